"""Accuracy corpus, batch 65a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 65b), from the 1980s, 1990s,
2000s, 2010s and 2020s (1980s: four, 1990s: one, 2000s: two, 2010s: four, 2020s: one; five of the
twelve from before 2000, as the brief asked; no 1970s page: the odd-year 1970s candidates seen were
already in the corpus, see the notes), over the eleven regions (Western Europe: two; Central
Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North
America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Dawn (an AFP story), NEWS.am, Rador, VietnamPlus, The Indian Express ("Forty years
ago" column), People's Daily Online, Capital FM (Kenya), PM Transcripts (an Australian media
release), the Sun-Sentinel, two Los Angeles Times archive pages, the Clinton White House archive.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
65b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_65a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-64b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_128NN_<slug>` / `test_128NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's line "Published January 5, 2005"; the dateline "RIYADH, Jan 4" (a Tuesday,
    # checked): "on Tuesday" -> 2005-01-04.
    ("dev_12801_mubarak_abdullah_riyadh", "Middle East", "2000s", "Dawn (beta.dawn.com; an AFP story)", "https://beta.dawn.com/news/378944/mubarak-arrives-in-riyadh-for-talks", "2005-01-05"),
    # The search tool's date field 2021-04-16 (a Friday, checked; removed with its " date ..."
    # prefix): "on Friday" and "Earlier in the day" -> 2021-04-16.
    ("dev_12802_sarkissian_talakvadze_tbilisi", "Central Asia/Caucasus", "2020s", "NEWS.am (news.am)", "https://news.am/eng/news/639201.html", "2021-04-16"),
    # No date line in the kept text; the URL's 2015/02/20 (a Friday, checked): "today" ->
    # 2015-02-20.
    ("test_12803_iohannis_plevneliev_bucharest", "Eastern Europe/Russia", "2010s", "Rador (rador.ro; Romanian radio news agency)", "https://www.rador.ro/2015/02/20/joint-press-conference-by-romanian-and-bulgarian-presidents-in-bucharest/", "2015-02-20"),
    # The search tool's date field 2019-12-23 (a Monday, checked; removed with its " date ..."
    # prefix) agrees with the text's "in Hanoi on December 23".
    ("dev_12804_minh_retno_hanoi", "Southeast Asia", "2010s", "VietnamPlus (en.vietnamplus.vn; VNA)", "https://en.vietnamplus.vn/vietnam-indonesia-fortify-bilateral-cooperation/165983.vnp", "2019-12-23"),
    # No date on the page; the column's address "december-11-1977-forty-years-ago" (the series
    # reprints the front page of forty years before on the same day) -> 2017-12-11 (a Monday,
    # checked); the talks themselves have no day (see the notes).
    ("dev_12805_desai_nepal_summit_kathmandu", "South Asia", "2010s", "The Indian Express (indianexpress.com; \"Forty years ago\" column)", "http://indianexpress.com/article/opinion/editorials/december-11-1977-forty-years-ago-india-nepal-meet-4977007/", "2017-12-11"),
    # The page's line "Last updated at: (Beijing Time) Tuesday, August 12, 2003" and the URL's
    # 200308/12 (a Tuesday, checked): "Monday" -> 2003-08-11.
    ("dev_12806_li_zhaoxing_koizumi_tokyo", "East Asia", "2000s", "People's Daily Online (en.people.cn)", "http://en.people.cn/200308/12/eng20030812_122137.shtml", "2003-08-12"),
    # The page's line "April 10, 2013 2:35 pm" and the dateline "NAIROBI, Kenya, Apr 10" (a
    # Wednesday, checked): "On his first day in office" -> 2013-04-10.
    ("test_12807_kenyatta_kagame_first_day", "Africa", "2010s", "Capital FM (capitalfm.co.ke)", "https://www.capitalfm.co.ke/news/2013/04/busy-first-day-in-office-for-president-uhuru/", "2013-04-10"),
    # The release's "Release Date: 19/05/1989" and "19 MAY 1989" (a Friday, checked); the visit
    # "from 23 to 28 May 1989" is a range (the meeting is not dated).
    ("dev_12808_namaliu_hawke_visit_planned", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; media release)", "https://pmtranscripts.pmc.gov.au/release/transcript-7602", "1989-05-19"),
    # No date line in the kept text; the URL's 1985-03-05 (a Tuesday, checked): "today" ->
    # 1985-03-05, "Monday evening" -> 1985-03-04 (arrival, no row).
    ("dev_12809_craxi_reagan_shultz_washington", "Western Europe", "1980s", "Sun-Sentinel (sun-sentinel.com archive)", "https://www.sun-sentinel.com/news/fl-xpm-1985-03-05-8501080562-story.html", "1985-03-05"),
    # No date line in the kept text; the URL's 1985-10-23 (a Wednesday, checked): "Tuesday" ->
    # 1985-10-22.
    ("dev_12810_spadolini_craxi_coalition", "Western Europe", "1980s", "Los Angeles Times (latimes.com archive; Times Staff Writer)", "https://www.latimes.com/archives/la-xpm-1985-10-23-mn-13858-story.html", "1985-10-23"),
    # The page's line "January 22, 1987" and the URL's 1987-01-22 (a Thursday, checked): "on
    # Wednesday" -> 1987-01-21.
    ("test_12811_mulroney_bush_baker_ottawa", "North America", "1980s", "Los Angeles Times (articles.latimes.com; Times Staff Writer)", "http://articles.latimes.com/1987-01-22/news/mn-350_1_prime-minister-brian-mulroney", "1987-01-22"),
    # The statement's "For Immediate Release February 2, 1995" and the URL (a Thursday, checked);
    # the calls have no day ("has telephoned").
    ("dev_12812_christopher_fujimori_duran_calls", "Latin America", "1990s", "The White House (Clinton White House archive; press secretary statement)", "https://clintonwhitehouse6.archives.gov/1995/02/1995-02-02-statement-by-the-press-secretary-on-peru-and-equador.html", "1995-02-02"),
]

A = {}

A["dev_12801_mubarak_abdullah_riyadh"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "abdullah_bin_abdulaziz": ["Crown Prince Abdullah bin Abdul Aziz", "Abdullah bin Abdul Aziz", "Crown Prince Abdullah", "Abdullah"],
        "ahmed_aboul_gheit": ["Ahmed Abul Gheit"],
        "omar_suleiman": ["Omar Suleiman", "Suleiman"],
        "osama_el_baz": ["Osama al-Baz"],
    },
    meetings=[
        # "Mubarak was greeted at the airport by Saudi Crown Prince Abdullah bin Abdul Aziz, ..."
        # -> held (an airport welcome by the host, a row as in 29a/64a), 2005-01-04 (the arrival
        # "on Tuesday" under the dateline "RIYADH, Jan 4"), Riyadh (headline and dateline).
        M(["hosni_mubarak", "abdullah_bin_abdulaziz"], "2005-01-04", "Riyadh", IP, H,
          "Mubarak was greeted at the airport by Saudi Crown Prince Abdullah bin Abdul Aziz, an Egyptian diplomat said."),
        # "Officials in Cairo earlier said Mubarak would hold talks with Crown Prince Abdullah ..."
        # -> planned (announced talks, not reported as held), 2005-01-04 (the visit "would last
        # only a few hours"), Riyadh; required false: the same pair, day and place as the held
        # welcome (see the notes).
        M(["hosni_mubarak", "abdullah_bin_abdulaziz"], "2005-01-04", "Riyadh", IP, P,
          "Officials in Cairo earlier said Mubarak would hold talks with Crown Prince Abdullah in a bid to defuse tensions between Riyadh and Libya over an alleged Libyan plot to assassinate Abdullah.",
          False),
        # "... just a week after Suleiman held "urgent" talks in Saudi Arabia ..." -> the Saudi
        # counterpart is not named: a one-party row, held, date null ("just a week after", not a
        # day), Saudi Arabia.
        M(["omar_suleiman"], None, "Saudi Arabia", IP, H,
          "The brief trip comes just a week after Suleiman held \"urgent\" talks in Saudi Arabia following the kingdom's decision to expel Libya's ambassador over the purported plot."),
        # Not rows: "He was accompanied by Egyptian Foreign Minister Ahmed Abul Gheit, intelligence
        # chief Omar Suleiman and his political adviser Osama al-Baz" (delegation members: actors,
        # not participants); the expulsion of Libya's ambassador and the "war of words" (no
        # meeting). Not annotated: AFP (the end credit "-AFP"), "an Egyptian diplomat",
        # "Officials in Cairo", "the Libyan press" (unnamed or generic), Tripoli/Riyadh as
        # governments (places). Kept as found: the straight quotation marks, "-AFP". Removed: at
        # the end, the site's opinion/editorial block ("Opinion", "Editorial", "Weathering the
        # storm ...", "Afghan repatriation ...", "Trying harder ...", "Return to the helm ..." and
        # its cut-off teaser). Nothing removed at the start.
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("Saudi Crown Prince", "abdullah_bin_abdulaziz"),
           ("The crown prince", "abdullah_bin_abdulaziz"), ("Egyptian Foreign Minister", "ahmed_aboul_gheit"),
           ("intelligence chief", "omar_suleiman"), ("his political adviser", "osama_el_baz")],
)

A["dev_12802_sarkissian_talakvadze_tbilisi"] = dict(
    actors={
        "armen_sarkissian": ["Armen Sarkissian", "Sarkissian"],
        "archil_talakvadze": ["Archil Talakvadze"],
        "nouneh_sarkissian": ["Nouneh Sarkissian"],
        "ilia_ii": ["Ilia II"],
        "parliament_of_georgia": ["Parliament of Georgia"],
        "news_am": ["Armenian News-NEWS.am"],
    },
    meetings=[
        # "... Armen Sarkissian, who is in Georgia on an official visit, on Friday is meeting with
        # the chairperson Archil Talakvadze of the Parliament of Georgia, ..." (the welcoming
        # ceremony in the legislature: the same) -> held (under way as reported), 2021-04-16,
        # Tbilisi (dateline).
        M(["armen_sarkissian", "archil_talakvadze"], "2021-04-16", "Tbilisi", IP, H,
          "TBILISI. – Armenia’s President Armen Sarkissian, who is in Georgia on an official visit, on Friday is meeting with the chairperson Archil Talakvadze of the Parliament of Georgia, the Armenian News-NEWS.am correspondent reports from Tbilisi."),
        # "Earlier in the day, Sarkissian ... then met—together with his wife, Nouneh
        # Sarkissian—with Ilia II, ..." -> held, 2021-04-16, Tbilisi.
        M(["armen_sarkissian", "ilia_ii"], "2021-04-16", "Tbilisi", IP, H,
          "Earlier in the day, Sarkissian visited the Heroes Square, then met—together with his wife, Nouneh Sarkissian—with Ilia II, the Catholicos-Patriarch of All Georgia."),
        # The same sentence's wife: a spouse who comes along (not a participant by ANNOTATION),
        # but written as co-subject of "met" -> required false.
        M(["nouneh_sarkissian", "ilia_ii"], "2021-04-16", "Tbilisi", IP, H,
          "Earlier in the day, Sarkissian visited the Heroes Square, then met—together with his wife, Nouneh Sarkissian—with Ilia II, the Catholicos-Patriarch of All Georgia.",
          False),
        # Not rows: the visit to the Heroes Square (a place); the welcoming ceremony (the same
        # meeting). Not annotated: Georgia, Armenia (countries). Kept as found: "TBILISI. –", the
        # em dashes without spaces. Removed: at the start, the search tool's " date 2021-04-16"
        # prefix. Nothing removed at the end (the excerpt ends with a complete sentence).
    ],
    roles=[("Armenia’s President", "armen_sarkissian"), ("The President", "armen_sarkissian"),
           ("the Catholicos-Patriarch of All Georgia", "ilia_ii"), ("his wife", "nouneh_sarkissian")],
)

A["test_12803_iohannis_plevneliev_bucharest"] = dict(
    actors={
        "klaus_iohannis": ["Klaus Iohannis", "Iohannis"],
        "rosen_plevneliev": ["Rosen Plevneliev"],
        "european_union": ["EU"],
    },
    meetings=[
        # "Romania's President Klaus Iohannis has received his Bulgarian counterpart Rosen
        # Plevneliev at Cotroceni Palace today." (the talks before the press conference: the
        # same) -> held, 2015-02-20, Bucharest (headline; "visit to Bucharest").
        M(["klaus_iohannis", "rosen_plevneliev"], "2015-02-20", "Bucharest", IP, H,
          "Romania’s President Klaus Iohannis has received his Bulgarian counterpart Rosen Plevneliev at Cotroceni Palace today."),
        # Not rows: the joint press conference (a statement to the press); "the joint Cabinet
        # meeting (this spring – with ministers, with mayors" (a planned meeting of unnamed
        # ministers and mayors); the "common military exercises" (no meeting). Not annotated:
        # Romania, Bulgaria, Ukraine (countries), the Danube (a place). Kept as found: "held  a
        # common" (two spaces), "terms of office", "the forth", the unclosed parenthesis "(this
        # spring –". Removed: at the end, the last, cut-off sentence ("We are aware that we can
        # only be successful and efficient as all"). Nothing removed at the start.
    ],
    roles=[("Romania’s President", "klaus_iohannis"), ("his Bulgarian counterpart", "rosen_plevneliev"),
           ("Mr President", "klaus_iohannis")],
)

A["dev_12804_minh_retno_hanoi"] = dict(
    actors={
        "pham_binh_minh": ["Pham Binh Minh", "Minh"],
        "retno_marsudi": ["Retno Marsudi"],
    },
    meetings=[
        # "Deputy Prime Minister and Foreign Minister Pham Binh Minh held talks with visiting
        # Indonesian Minister of Foreign Affairs Retno Marsudi in Hanoi on December 23, ..." ->
        # held, 2019-12-23, Hanoi.
        M(["pham_binh_minh", "retno_marsudi"], "2019-12-23", "Hanoi", IP, H,
          "Deputy Prime Minister and Foreign Minister Pham Binh Minh held talks with visiting Indonesian Minister of Foreign Affairs Retno Marsudi in Hanoi on December 23, during which both sides agreed to enhance all-round cooperation in the time ahead."),
        # Not rows: "the 4th meeting of the Vietnam – Indonesia Cooperation Committee and the 8th
        # meeting of the joint committee ..." (committee meetings of unnamed members); the
        # celebration activities (no meeting). Not annotated: ASEAN (named only in the removed
        # cut-off sentence); VNA (the photo credit "(Photo:
        # VNA)" and the dateline "Hanoi (VNA) –"), the two committees (bodies of unnamed
        # officials, not actors in the text's sense). Kept as found: the duplicated lead (headline
        # block and dateline paragraph), the photo caption. Removed: at the start, the search
        # tool's " date 2019-12-23" prefix; at the end, the last, cut-off sentence ("They said it
        # is crucial to maintain the central role of the ASEAN, especially when Vietnam is
        # performing in its role").
    ],
    roles=[("Deputy Prime Minister and Foreign Minister", "pham_binh_minh"),
           ("visiting Indonesian Minister of Foreign Affairs", "retno_marsudi")],
)

A["dev_12805_desai_nepal_summit_kathmandu"] = dict(
    actors={
        "morarji_desai": ["Morarji Desai", "Desai"],
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee"],
        "indian_express": ["The Indian Express"],
        "alitalia": ["Alitalia Airlines"],
        "g_meritthis": ["G. Meritthis", "Meritthis"],
        "j_c_shah": ["Justice J.C. Shah", "Justice Shah"],
        "shah_commission": ["Shah Commission", "Commission"],
    },
    meetings=[
        # "The Indo-Nepal summit talks in Kathmandu ended ..."; "Both Morarji Desai and Atal
        # Bihari Vajpayee have patiently explained to the Nepalese representatives ..." (the
        # Nepalese side is not named: a counterpart by role alone) -> one-party row for the
        # principal of "the Prime Minister's visit", held, date null (no day for the talks; the
        # column reprints a front page), Kathmandu.
        M(["morarji_desai"], None, "Kathmandu", IP, H,
          "Both Morarji Desai and Atal Bihari Vajpayee have patiently explained to the Nepalese representatives that the Indian attitude stems from the fact that New Delhi wants not only Nepal but the entire region to be a zone of peace and friendship."),
        # The same sentence's Vajpayee (the Indian delegation's second named member) -> a
        # one-party row, required false (the same talks; see the notes).
        M(["atal_bihari_vajpayee"], None, "Kathmandu", IP, H,
          "Both Morarji Desai and Atal Bihari Vajpayee have patiently explained to the Nepalese representatives that the Indian attitude stems from the fact that New Delhi wants not only Nepal but the entire region to be a zone of peace and friendship.",
          False),
        # Not rows: "Desai told the The Indian Express" (a media interview); the detention at Delhi
        # Airport; the Shah Commission's visit to the centre and colonies and "Justice Shah
        # interrogated numerous persons" (no named counterpart; an inquiry). Not annotated: Nepal,
        # India, New Delhi (places/governments), "the Indian side", "the Nepalese side" (generic).
        # Kept as found: the duplicated photo caption "Front page of The Indian Express on
        # December 11, 1977.", "the The Indian Express". Removed: nothing (the excerpt has no tool
        # prefix and ends with a complete sentence; trailing blank lines only).
    ],
    roles=[("the Prime Minister", "morarji_desai")],
)

_LZ = ("Li made the remark during meetings with Japanese Prime Minister Junichiro Koizumi and Foreign Minister Yoriko Kawaguchi.")
A["dev_12806_li_zhaoxing_koizumi_tokyo"] = dict(
    actors={
        "li_zhaoxing": ["Li Zhaoxing", "Li"],
        "junichiro_koizumi": ["Junichiro Koizumi", "Koizumi"],
        "yoriko_kawaguchi": ["Yoriko Kawaguchi", "Kawaguchi"],
    },
    meetings=[
        # "Li made the remark during meetings with Japanese Prime Minister Junichiro Koizumi and
        # Foreign Minister Yoriko Kawaguchi." ("meetings": two separate interactions) -> two held
        # rows, 2003-08-11 ("said Monday in Tokyo" on a page of Tuesday 12 August), Tokyo.
        M(["li_zhaoxing", "junichiro_koizumi"], "2003-08-11", "Tokyo", IP, H, _LZ),
        M(["li_zhaoxing", "yoriko_kawaguchi"], "2003-08-11", "Tokyo", IP, H, _LZ),
        # Not rows: "the envisioned six-country talks" (a multilateral format, not held); the
        # "four-day visit" (the same meetings); the treaty (not an actor). Not annotated: the
        # DPRK, the Republic of Korea, the United States, Russia (states). Kept as found: the two
        # headlines and the repeated lead paragraph, "fundament". Removed: at the end, the last,
        # cut-off sentence ("China's development is a chance for Japan, not a threat, Koizu").
        # Nothing removed at the start.
    ],
    roles=[("Chinese Foreign Minister", "li_zhaoxing"), ("The Chinese foreign minister", "li_zhaoxing"),
           ("Chinese FM", "li_zhaoxing"), ("Japanese Prime Minister", "junichiro_koizumi")],
)

_KS = ("Later, President Kenyatta met and held separate talks with Malawi Vice-President Khumbo Kachali, US civil rights activist Jesse Jackson, India’s Human Resource Development Minister Shashi Tharoor, South Korea’s special envoy Choung Byoung-gug, Sri Lanka’s special envoy Guna Wardena and China’s National People’s Congress (NPC) Vice-Chairman Zhang Baowen.")
_KW = ("President Kenyatta also held talks with World Bank Vice-President Makhtar Diop and World Bank Country representative Johannes Zutt.")
A["test_12807_kenyatta_kagame_first_day"] = dict(
    actors={
        "uhuru_kenyatta": ["President Uhuru Kenyatta", "Uhuru Kenyatta", "President Kenyatta", "Kenyatta", "Uhuru"],
        "william_ruto": ["Deputy President William Ruto", "William Ruto"],
        "paul_kagame": ["Paul Kagame", "Kagame"],
        "khumbo_kachali": ["Khumbo Kachali"],
        "jesse_jackson": ["Jesse Jackson"],
        "shashi_tharoor": ["Shashi Tharoor"],
        "choung_byoung_gug": ["Choung Byoung-gug"],
        "guna_wardena": ["Guna Wardena"],
        "zhang_baowen": ["Zhang Baowen"],
        "makhtar_diop": ["Makhtar Diop"],
        "johannes_zutt": ["Johannes Zutt"],
        "world_bank": ["World Bank"],
        "national_peoples_congress": ["National People’s Congress", "NPC"],
    },
    meetings=[
        # "President Kenyatta, who was accompanied by Deputy President William Ruto, met and held
        # talks with his Rwandan counterpart Paul Kagame." (the caption and "During the meeting":
        # the same) -> held, 2013-04-10 ("On his first day in office", dateline Apr 10), Nairobi
        # ("at State House, Nairobi"). Ruto "accompanied" him: an actor, not a participant.
        M(["uhuru_kenyatta", "paul_kagame"], "2013-04-10", "Nairobi", IP, H,
          "President Kenyatta, who was accompanied by Deputy President William Ruto, met and held talks with his Rwandan counterpart Paul Kagame."),
        # "Later, President Kenyatta met and held separate talks with ..." -> six separate held
        # rows, 2013-04-10, Nairobi (all "called on him at State House, Nairobi").
        M(["uhuru_kenyatta", "khumbo_kachali"], "2013-04-10", "Nairobi", IP, H, _KS),
        M(["uhuru_kenyatta", "jesse_jackson"], "2013-04-10", "Nairobi", IP, H, _KS),
        M(["uhuru_kenyatta", "shashi_tharoor"], "2013-04-10", "Nairobi", IP, H, _KS),
        M(["uhuru_kenyatta", "choung_byoung_gug"], "2013-04-10", "Nairobi", IP, H, _KS),
        M(["uhuru_kenyatta", "guna_wardena"], "2013-04-10", "Nairobi", IP, H, _KS),
        M(["uhuru_kenyatta", "zhang_baowen"], "2013-04-10", "Nairobi", IP, H, _KS),
        # "President Kenyatta also held talks with World Bank Vice-President Makhtar Diop and World
        # Bank Country representative Johannes Zutt." (one meeting of three) -> the two pairs
        # with Kenyatta required; the World Bank pair (the same side) required false.
        M(["uhuru_kenyatta", "makhtar_diop"], "2013-04-10", "Nairobi", IP, H, _KW),
        M(["uhuru_kenyatta", "johannes_zutt"], "2013-04-10", "Nairobi", IP, H, _KW),
        M(["makhtar_diop", "johannes_zutt"], "2013-04-10", "Nairobi", IP, H, _KW, False),
        # Not rows: "a series of meetings with regional leaders and envoys" (the summary of the
        # same meetings); "At the meeting with China's NPC Vice-Chairman" (the Zhang row); the
        # invitation to Chinese investors, the Joint Trade and Economic Commission (no meeting).
        # Not annotated: "PPS" (the photo credit "/PPS"), Capital FM (not in the text). Kept as
        # found: the caption line twice (page furniture inside the kept text), "Kagame/PPS".
        # Removed: at the end, the last, cut-off sentence ("Through the existing Joint Trade and
        # Economic Commission between Kenya and China, ... capacity building that addr"). Nothing
        # removed at the start.
    ],
    roles=[("his Rwandan counterpart", "paul_kagame"), ("Deputy President", "william_ruto"),
           ("Malawi Vice-President", "khumbo_kachali"), ("US civil rights activist", "jesse_jackson"),
           ("India’s Human Resource Development Minister", "shashi_tharoor"), ("South Korea’s special envoy", "choung_byoung_gug"),
           ("Sri Lanka’s special envoy", "guna_wardena"), ("China’s NPC Vice-Chairman", "zhang_baowen"),
           ("World Bank Vice-President", "makhtar_diop"), ("World Bank Country representative", "johannes_zutt"),
           ("the Head of State", "uhuru_kenyatta")],
)

A["dev_12808_namaliu_hawke_visit_planned"] = dict(
    actors={
        "rabbie_namaliu": ["Hon. Rabble Namaliu", "Rabble Namaliu", "Prime Minister Namaliu", "Namaliu"],
        "bob_hawke": ["Prime Minister Hawke", "Hawke"],
        "john_kaputin": ["Hon. John Kaputin", "John Kaputin"],
    },
    meetings=[
        # "During the visit Prime Minister Namaliu will meet Prime Minister Hawke and other
        # Ministers in Canberra, ..." -> planned, date null (a visit "from 23 to 28 May 1989": a
        # range), Canberra.
        M(["rabbie_namaliu", "bob_hawke"], None, "Canberra", IP, P,
          "During the visit Prime Minister Namaliu will meet Prime Minister Hawke and other Ministers in Canberra, and will address business leaders and meet the media in the other"),
        # Not rows: "and other Ministers" (unnamed, the same meetings in Canberra; a reader could add
        # a one-party Namaliu row); "will address business leaders and meet the media" (unnamed; a
        # media event); "He will be accompanied by the Hon. John Kaputin" (a delegation member:
        # an actor, not a participant). Not annotated: the Government (of Australia, generic),
        # the cities (places). Kept as found: "Rabble" (for Rabbie), the line breaks of the release,
        # the release's own truncated last sentence ("... meet the media in the other": the page
        # text ends there before its footer; kept because it is the meeting sentence, see the
        # notes). Removed: at the start, the site header and furniture ("PM Transcripts",
        # "Transcripts from the Prime Ministers of Australia", "Transcript 7602", "Photo of Hawke,
        # Robert", "Hawke, Robert", "Period of Service: ...", "More information about Hawke, Robert
        # on The National Archive website."); at the end, the footer "Transcript 7602".
    ],
    roles=[("The Prime Minister of Papua New Guinea", "rabbie_namaliu"), ("Member for Rabaul", "john_kaputin")],
)

_CR = ("Italian Prime Minister Bettino Craxi talked economics with Secretary of State George Shultz today, then met President Reagan at the White House for talks on U.S. strategy at next week's arms talks with the Soviets.")
A["dev_12809_craxi_reagan_shultz_washington"] = dict(
    actors={
        "bettino_craxi": ["Bettino Craxi", "Craxi"],
        "george_shultz": ["George Shultz", "Shultz"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "margaret_thatcher": ["Margaret Thatcher"],
        "antonio_ghirelli": ["Antonio Ghirelli"],
        "andrei_gromyko": ["Andrei Gromyko", "Gromyko"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # "... Craxi talked economics with Secretary of State George Shultz today, then met
        # President Reagan at the White House ..." -> two held rows, 1985-03-05 ("today" in a
        # Tuesday 5 March story), Washington (White House; "arrived in Washington").
        M(["bettino_craxi", "george_shultz"], "1985-03-05", "Washington", IP, H, _CR),
        M(["bettino_craxi", "ronald_reagan"], "1985-03-05", "Washington", IP, H, _CR),
        # "Craxi comes to Washington armed with fresh word from Soviet Foreign Minister Andrei
        # Gromyko who visited Rome last week." -> an implied meeting, held, date null ("last
        # week"), Rome; required false (the meeting is implied, not stated).
        M(["bettino_craxi", "andrei_gromyko"], None, "Rome", IP, H,
          "Craxi comes to Washington armed with fresh word from Soviet Foreign Minister Andrei Gromyko who visited Rome last week.",
          False),
        # Not rows: "follows the visit of British Prime Minister Margaret Thatcher" (her visit, no
        # counterpart named); "an address Wednesday to a joint session of Congress" (a speech to
        # a plenary); the economic summit in Bonn and the arms negotiations in Geneva (summits and
        # negotiations of unnamed delegations); "At a breakfast meeting with some members of
        # Congress today" (unnamed members); "the Craxi group and Shultz talked" (the same talks).
        # Not annotated: "the Soviets", "the Italians" (generic). Kept as found: the straight
        # quotation marks. Removed: at the start, the site's podcast promotion ("Hear new episodes
        # of the true-crime podcast Felonious Florida now") and the blank lines after it; at the
        # end, the footer "Copyright © 2018, Sun Sentinel".
    ],
    roles=[("Italian Prime Minister", "bettino_craxi"), ("Secretary of State", "george_shultz"),
           ("British Prime Minister", "margaret_thatcher"), ("a spokesman for Craxi", "antonio_ghirelli"),
           ("Soviet Foreign Minister", "andrei_gromyko")],
)

A["dev_12810_spadolini_craxi_coalition"] = dict(
    actors={
        "bettino_craxi": ["Bettino Craxi", "Craxi"],
        "giovanni_spadolini": ["Giovanni Spadolini", "Spadolini"],
        "ronald_reagan": ["President Reagan"],
        "giulio_andreotti": ["Giulio Andreotti"],
        "mohammed_abbas": ["Abul Abbas", "Abbas"],
        "italian_republican_party": ["Italy’s Republican Party", "Republican Party", "Republicans"],
        "christian_democrats": ["Christian Democrat Party"],
        "nato": ["Atlantic Alliance"],
    },
    meetings=[
        # "Republican leader Giovanni Spadolini, ..., met with Craxi for more than an hour Tuesday
        # without resolving their differences." ("the talks as "preliminary"": the same) -> held,
        # 1985-10-22 ("Tuesday" in a Wednesday 23 October paper), place null (no place is given
        # for the meeting; see the notes).
        M(["giovanni_spadolini", "bettino_craxi"], "1985-10-22", None, IP, H,
          "Republican leader Giovanni Spadolini, whose resignation as defense minister over Craxi’s handling of the Achille Lauro affair triggered the collapse of the 26-month-old government, met with Craxi for more than an hour Tuesday without resolving their differences."),
        # Not rows: "President Reagan's summit with Atlantic Alliance leaders in New York on
        # Thursday" (a summit as such); "failed to consult him" (no meeting); Abbas "persuading
        # the four Palestinian hijackers" (unnamed); "an all-party executive committee" (a
        # proposal). Not annotated: the Achille Lauro (a ship), the United States, Yugoslavia,
        # Egypt (states). Kept as found: "Share", "Times Staff Writer", the subheading "Spadolini
        # Outraged", the "Advertisement" line inside the story (the brief allows trimming only at
        # the start and end). Removed: at the start, an "Advertisement" line; at the end, the last,
        # cut-off sentence ("Spadolini also said after the preliminary meeting with Craxi that
        # the new government must take into account “new developments in the Medit").
    ],
    roles=[("Prime Minister-designate", "bettino_craxi"), ("Republican leader", "giovanni_spadolini"),
           ("Foreign Minister", "giulio_andreotti"), ("a Socialist", "bettino_craxi")],
)

A["test_12811_mulroney_bush_baker_ottawa"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "george_h_w_bush": ["Vice President George Bush", "George Bush", "Bush"],
        "james_baker": ["James A. Baker III", "Baker"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "progressive_conservative_party": ["Progressive Conservative Party"],
        "liberal_party_of_canada": ["Liberal Party"],
        "new_democratic_party": ["New Democratic Party"],
    },
    meetings=[
        # "OTTAWA — Prime Minister Brian Mulroney told Vice President George Bush on Wednesday
        # ..." (the five hours of "lecturing" and "called Bush and Baker to Ottawa": the same
        # meeting) -> held, 1987-01-21 ("on Wednesday" in a Thursday 22 January paper), Ottawa
        # (dateline; "invited here").
        M(["brian_mulroney", "george_h_w_bush"], "1987-01-21", "Ottawa", IP, H,
          "OTTAWA — Prime Minister Brian Mulroney told Vice President George Bush on Wednesday that the Reagan Administration has broken its promises to Canada regarding trade and pollution and that failure to move quickly on restoring the commitments will seriously damage relations between the traditionally close nations."),
        # "Mulroney and key aides spent more than five hours lecturing Bush and Treasury Secretary
        # James A. Baker III, ..." (a meeting of three named people) -> Mulroney-Baker required;
        # Bush-Baker (the same side) required false.
        M(["brian_mulroney", "james_baker"], "1987-01-21", "Ottawa", IP, H,
          "Mulroney and key aides spent more than five hours lecturing Bush and Treasury Secretary James A. Baker III, who were invited here by the prime minister to hear Canadian concerns about the pace and style of U.S.-Canadian free trade negotiations as well as President Reagan's failure to push for effective controls on acid rain pollution."),
        M(["george_h_w_bush", "james_baker"], "1987-01-21", "Ottawa", IP, H,
          "Mulroney and key aides spent more than five hours lecturing Bush and Treasury Secretary James A. Baker III, who were invited here by the prime minister to hear Canadian concerns about the pace and style of U.S.-Canadian free trade negotiations as well as President Reagan's failure to push for effective controls on acid rain pollution.",
          False),
        # Not rows: "his boasting about close personal and diplomatic ties with Reagan" (no
        # specific meeting); "a brief news conference" (a statement to the press); "key aides"
        # (unnamed). Not annotated: the byline "KENNETH FREED | Times Staff Writer", "the Reagan
        # Administration" (generic), the polls. Kept as found: "the timing of Mulroney's
        # complaints have", ". . .". Removed: at the start, the site line "YOU ARE HERE: LAT
        # HomeCollections"; at the end, the last, cut-off sentence ("He seemed almost bellicose
        # when he stated that "I don't want to be on anybody's back burner or taken for granted at
        # any") and, with it, its subheading "Seems Almost Bellicose" (a fragment).
    ],
    roles=[("Vice President", "george_h_w_bush"), ("Treasury Secretary", "james_baker"),
           ("the prime minister", "brian_mulroney")],
)

_WC = ("In this search for peace, Secretary Christopher has telephoned both Presidents Fujimori and Duran-Ballen.")
A["dev_12812_christopher_fujimori_duran_calls"] = dict(
    actors={
        "bill_clinton": ["President Clinton"],
        "alberto_fujimori": ["President Fujimori", "Fujimori"],
        "sixto_duran_ballen": ["President Duran-Ballen", "Duran-Ballen"],
        "warren_christopher": ["Secretary Christopher"],
        "alexander_watson": ["Alexander Watson"],
        "organization_of_american_states": ["Organization of American States"],
    },
    meetings=[
        # "In this search for peace, Secretary Christopher has telephoned both Presidents Fujimori
        # and Duran-Ballen." (two calls) -> two phone rows, held, date null (no day), no place.
        M(["warren_christopher", "alberto_fujimori"], None, None, PH, H, _WC),
        M(["warren_christopher", "sixto_duran_ballen"], None, None, PH, H, _WC),
        # Not rows: "President Clinton this morning wrote to President Fujimori ... and President
        # Duran-Ballen" (letters); "Intense negotiations involving the Guarantors, Peru and
        # Ecuador are continuing in Rio de Janeiro" and Watson "leading the U.S. delegation" (talks
        # of delegations, no named counterpart); "Our ambassadors ... have been in constant
        # contact" (unnamed; no specific meeting); the OAS resolution (a plenary act). Not
        # annotated: the Guarantors, Argentina, Brazil, Chile, Peru, Ecuador (states); the Rio
        # Protocol (a treaty). Kept as found: "--", the straight quotation marks. Removed: at the
        # start, the site link "View Header"; at the end, the release end mark "# # #".
    ],
    roles=[("Assistant Secretary of State for Inter-American Affairs", "alexander_watson")],
)
