"""Accuracy corpus, batch 58a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 58b), from the 1970s, 1980s,
1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: three, 1990s: one, 2000s: two, 2010s: one,
2020s: four; five of the twelve from before 2000, as the brief asked), over the eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: TruthDive (truthdive.com; an ANI story), MONTSAME (montsame.mn), PM Transcripts
(pmtranscripts.pmc.gov.au; an Australian prime minister's media release), the Los Angeles Times
(latimes.com archive; and a mirror of its archive at shop.nohib.com), ARKA News Agency (arka.am),
P.M. News Nigeria (pmnewsnigeria.com), Maclean's (archive.macleans.ca), Expatica
(expatica.com), Radio Free Europe/Radio Liberty (rferl.org), Express & Star (expressandstar.com;
a PA story) and VietnamPlus (en.vietnamplus.vn; a VNA service). truthdive.com, montsame.mn,
arka.am, pmnewsnigeria.com and en.vietnamplus.vn are new to the corpus as sources, as far as
`sources.csv` shows; the others were used before; the pages are new, and so are the meetings
(see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_58a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-57b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_114NN_<slug>` / `test_114NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "New Delhi, Aug.16 (ANI)" and the URL's 2013/08/16 (a Friday, checked): "here on
    # Friday" -> 2013-08-16, the day of the story.
    ("dev_11401_yameen_delegation_manmohan", "South Asia", "2010s", "TruthDive (truthdive.com; an ANI story)", "https://truthdive.com/2013/08/16/six-member-maldivian-delegation-calls-on-pm/", "2013-08-16"),
    # The date line "2021-07-26 17:28:23" (a Monday, checked): the visit "took place between July 21
    # and 25" (a range) -> every meeting of the visit null.
    ("dev_11402_oyun_erdene_japan_visit", "East Asia", "2020s", "MONTSAME (montsame.mn)", "https://www.montsame.mn/en/read/270679", "2021-07-26"),
    # "Release Date: 04/12/1987" (day/month/year, as the site writes it: 4 December 1987, a Friday,
    # checked); the visit is "from 8 to 14 December 1987" (a range) -> the meetings null.
    ("test_11403_wingti_australia_visit_planned", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; media release)", "https://pmtranscripts.pmc.gov.au/release/transcript-7254", "1987-12-04"),
    # No date line in the excerpt; the URL's la-xpm-1985-11-06 (a Wednesday, checked): "Tuesday" ->
    # 1985-11-05; "will continue today" -> 1985-11-06; "last week" -> null.
    ("dev_11404_mubarak_arafat_cairo", "Middle East", "1980s", "Los Angeles Times (latimes.com archive; Times Staff Writer)", "https://www.latimes.com/archives/la-xpm-1985-11-06-mn-4659-story.html", "1985-11-06"),
    # The date line "20.07.2009, 20:26" and the dateline "YEREVAN, July 20" (a Monday, checked): the
    # Moscow negotiations are "recent" (no day) -> null; the next meeting "in this fall" -> null.
    ("dev_11405_sargsyan_aliev_moscow_talks", "Central Asia/Caucasus", "2000s", "ARKA News Agency (arka.am)", "https://arka.am/en/news/politics/15837/", "2009-07-20"),
    # No date line in the excerpt; the search tool's date field 2021-05-27 (a Thursday, checked;
    # removed with its " date ..." prefix) and the URL's 2021/05/27 agree: "flew into Abuja
    # Thursday" -> 2021-05-27.
    ("dev_11406_akufo_addo_buhari_abuja", "Africa", "2020s", "P.M. News (pmnewsnigeria.com)", "https://pmnewsnigeria.com/2021/05/27/akufo-addo-in-nigeria-for-talks-with-buhari/", "2021-05-27"),
    # The issue date "November 19 1979" (a Monday, checked; the URL's 1979/11/19 agrees): the call
    # came "late Thursday afternoon" of a week the text does not pin to the issue date -> null.
    ("test_11407_carter_clark_phone_iran", "North America", "1970s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1979/11/19/hello-joe-this-is-jimmy", "1979-11-19"),
    # The date line "6 September 2005" (a Tuesday, checked; "emphasised on Tuesday" agrees): "on
    # Monday evening" -> 2005-09-05.
    ("dev_11408_balkenende_belgian_dinner_brussels", "Western Europe", "2000s", "Expatica (expatica.com; Expatica News + ANP)", "https://www.expatica.com/be/general/belgian-and-dutch-ministers-get-on-splendidly-82056/", "2005-09-06"),
    # The dateline "Prague, 26 May 1997" (a Monday, checked): "later today" -> 1997-05-26; Goncz
    # "arrived in Bucharest yesterday" (1997-05-25), but the talk with Constantinescu is not given a
    # day -> null.
    ("dev_11409_goncz_constantinescu_bucharest", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1085026.html", "1997-05-26"),
    # No date line in the excerpt; the URL's 2025/02/04 (a Tuesday, checked): "on Tuesday evening"
    # -> 2025-02-04 (the same day; planned); "in December" -> null.
    ("dev_11410_starmer_frederiksen_dinner_planned", "Western Europe", "2020s", "Express & Star (expressandstar.com; a PA story)", "https://expressandstar.com/uk-news/2025/02/04/pm-to-host-danish-counterpart-for-dinner-in-downing-street", "2025-02-04"),
    # The title line "The World - News from Jan. 11, 1989" and the URL's la-xpm-1989-01-11 (a
    # Wednesday, checked): the meeting is not given a day -> null.
    ("test_11411_azcona_bush_washington", "Latin America", "1980s", "Los Angeles Times (archive brief, via the shop.nohib.com mirror)", "http://shop.nohib.com./archives/la-xpm-1989-01-11-mn-184-story.html", "1989-01-11"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2021-04-06 (a
    # Tuesday, checked; removed with its " date ..." prefix): "on April 6" -> 2021-04-06.
    ("dev_11412_hun_sen_chinh_phone", "Southeast Asia", "2020s", "VietnamPlus (en.vietnamplus.vn; VNA)", "https://en.vietnamplus.vn/cambodian-pm-congratulates-new-vietnamese-pm-via-phone-talks/199683.vnp", "2021-04-06"),
]

A = {}

_YM = ("New Delhi, Aug.16 (ANI): A six-member Maldivian delegation, led by Abdulla Yameen Abdul Gayoom, Leader of the Parliamentary Group of the Progress Party of Maldives, and also the presidential candidate of Progress Party, met the Prime Minister, Dr. Manmohan Singh, here on Friday.")
A["dev_11401_yameen_delegation_manmohan"] = dict(
    actors={
        "abdulla_yameen": ["Abdulla Yameen Abdul Gayoom", "Mr. Gayoom"],
        "manmohan_singh": ["Dr. Manmohan Singh", "Manmohan Singh", "Prime Minister Singh"],
        "progressive_party_of_maldives": ["Progress Party of Maldives", "Progress Party", "PPM"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs", "MEA"],
        "dunya_maumoon": ["Dunya Maumoon"],
        "ahmed_adeeb": ["Ahmed Adheeb Abdul Gafoor"],
        "moosa_zameer": ["Moosa Zameer"],
        "abdulla_maseeh": ["Abdulla Maseeh"],
        "ahmed_faris_maumoon": ["Ahmed Faris Maumoon"],
        "mohamed_ghassaan_maumoon": ["Mohamed Ghassaan Maumoon"],
    },
    meetings=[
        # "... a six-member Maldivian delegation, led by Abdulla Yameen Abdul Gayoom, ... met the
        # Prime Minister, Dr. Manmohan Singh, here on Friday." (the headline "calls on PM", "During
        # the meeting", "Mr. Gayoom agreed": the same) -> held, 2013-08-16 ("here on Friday" in the
        # Friday dateline), New Delhi (the dateline; "here").
        M(["abdulla_yameen", "manmohan_singh"], "2013-08-16", "New Delhi", IP, H, _YM),
        # Not rows: the six named members "were the other members of the Maldivian delegation that
        # called on the Prime Minister" (delegation members, not participants, as ANNOTATION's
        # "accompany" rule; see the notes); "MEA sources said" (unnamed sources; the ministry
        # annotated); "He hoped for free and fair elections in September" (no meeting); "He
        # invited Indian investment" (no meeting). Not annotated: ANI (the agency credit of the
        # dateline). "Mr. Gayoom" is Yameen (his name "Abdulla Yameen Abdul Gayoom"; no other Gayoom
        # is named). Kept as found: "stake holders", "emphasized on the need". Removed: at the
        # start, the site's empty table row "|  |  |  |  | " and the section line "National News
        # Sourced Wired"; at the end, the agency credit "(ANI)" after the last sentence.
    ],
    roles=[("Leader of the Parliamentary Group of the Progress Party of Maldives", "abdulla_yameen"),
           ("the presidential candidate of Progress Party", "abdulla_yameen"),
           ("the Prime Minister", "manmohan_singh"), ("Minister of State for Foreign Affairs", "dunya_maumoon"),
           ("Vice President of PPM", "ahmed_adeeb"),
           ("Minister of State for Human Resource, Youth and Sports", "mohamed_ghassaan_maumoon")],
)

_OC = ("During his visit, Prime Minister L.Oyun-Erdene has paid a courtesy call on His Majesty the Emperor Naruhito and held a meeting with Prime Minister Yoshihide Suga.")
_OM = ("Moreover, the PM attended the opening ceremony of the Tokyo-2020 Summer Olympics and held meetings with Nishimura Yasutoshi, Minister in charge of Economic Revitalization, the Trans-Pacific Partnership, COVID-19 disease control, and Social Security Reform, and Takaji Wakita, Director of Japanese National Institute of Infectious Diseases, Toshihiro Nikai, Secretary-General of Japan’s ruling Liberal Democratic Party, Motoo Hayashi, Chairman of Japan-Mongolia Parliamentary Friendship League and league member Kobayashi to discuss Mongolia-Japan bilateral ties and cooperation as well as timely issues.")
A["dev_11402_oyun_erdene_japan_visit"] = dict(
    actors={
        "luvsannamsrain_oyun_erdene": ["Prime Minister of Mongolia L.Oyun-Erdene", "L.Oyun-Erdene"],
        "naruhito": ["His Majesty the Emperor Naruhito", "Emperor Naruhito", "Naruhito"],
        "yoshihide_suga": ["Prime Minister Yoshihide Suga", "Yoshihide Suga"],
        "yasutoshi_nishimura": ["Nishimura Yasutoshi"],
        "takaji_wakita": ["Takaji Wakita"],
        "toshihiro_nikai": ["Toshihiro Nikai"],
        "motoo_hayashi": ["Motoo Hayashi"],
        "kobayashi_japan_mongolia_league": ["league member Kobayashi", "Kobayashi"],
        "kim_boo_kyum": ["Prime Minister Kim Boo-kyum", "Kim Boo-kyum"],
        "liberal_democratic_party": ["Liberal Democratic Party"],
        "japan_mongolia_parliamentary_friendship_league": ["Japan-Mongolia Parliamentary Friendship League"],
        "national_institute_of_infectious_diseases_japan": ["Japanese National Institute of Infectious Diseases"],
    },
    meetings=[
        # "... has paid a courtesy call on His Majesty the Emperor Naruhito and held a meeting with
        # Prime Minister Yoshihide Suga." -> two rows, held, date null (the visit "between July 21
        # and 25", a range; no day for either), Japan (the visit "to Japan"; no city is named for
        # the meetings: "Tokyo-2020" is the name of the Games).
        M(["luvsannamsrain_oyun_erdene", "naruhito"], None, "Japan", IP, H, _OC),
        M(["luvsannamsrain_oyun_erdene", "yoshihide_suga"], None, "Japan", IP, H, _OC),
        # "... held meetings with Nishimura Yasutoshi, ..., and Takaji Wakita, ..., Toshihiro Nikai,
        # ..., Motoo Hayashi, ... and league member Kobayashi ..." -> a list of meetings, read as
        # five separate meetings ("met X and Y" as separate bilaterals, ANNOTATION's dev_032), held,
        # date null, Japan. Hayashi and Kobayashi (the league's chairman and a member) may have
        # been one meeting; each pair with the prime minister is a row either way.
        M(["luvsannamsrain_oyun_erdene", "yasutoshi_nishimura"], None, "Japan", IP, H, _OM),
        M(["luvsannamsrain_oyun_erdene", "takaji_wakita"], None, "Japan", IP, H, _OM),
        M(["luvsannamsrain_oyun_erdene", "toshihiro_nikai"], None, "Japan", IP, H, _OM),
        M(["luvsannamsrain_oyun_erdene", "motoo_hayashi"], None, "Japan", IP, H, _OM),
        M(["luvsannamsrain_oyun_erdene", "kobayashi_japan_mongolia_league"], None, "Japan", IP, H, _OM),
        # "On his way back to Mongolia, the PM is scheduled to visit the Republic of Korea to meet
        # Prime Minister Kim Boo-kyum ..." -> planned, date null, South Korea ("the Republic of
        # Korea"; no city).
        M(["luvsannamsrain_oyun_erdene", "kim_boo_kyum"], None, "South Korea", IP, P,
          "On his way back to Mongolia, the PM is scheduled to visit the Republic of Korea to meet Prime Minister Kim Boo-kyum to exchange views on the management of the pandemic response, as well as bilateral relations, cooperation, and ongoing projects and programs."),
        # Not rows: "attended the opening ceremony of the Tokyo-2020 Summer Olympics" (a ceremony,
        # not a meeting). Not annotated: the byline e-mail address, MONTSAME (the agency credit of
        # the dateline "Ulaanbaatar /MONTSAME/."). "league member Kobayashi" is the text's only
        # name for him (key with the league; see the notes). Kept as found: the section line
        # "Politics", the byline e-mail and the date-time line (inside, after the headline).
        # Removed: at the end, the site line "Related news". Nothing cut off.
    ],
    roles=[("Prime Minister of Mongolia", "luvsannamsrain_oyun_erdene"), ("the PM", "luvsannamsrain_oyun_erdene"),
           ("Minister in charge of Economic Revitalization", "yasutoshi_nishimura"),
           ("Director of Japanese National Institute of Infectious Diseases", "takaji_wakita"),
           ("Secretary-General of Japan’s ruling Liberal Democratic Party", "toshihiro_nikai"),
           ("Chairman of Japan-Mongolia Parliamentary Friendship League", "motoo_hayashi")],
)

_WD = ("His program will include discussions with me, other senior Ministers, and the Joint Parliamentary Commmitee on Foreign Affairs, Defence and Trade and he will call on the Governor-General.")
A["test_11403_wingti_australia_visit_planned"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert"],
        "paias_wingti": ["Paias Wingti", "Mr Wingti"],
        "joint_standing_committee_on_foreign_affairs_defence_and_trade": ["Joint Parliamentary Commmitee on Foreign Affairs, Defence and Trade"],
    },
    meetings=[
        # "His program will include discussions with me, ..." - the release is Hawke's ("Hawke,
        # Robert" in the page header; "me", "I"; as batch 35a's dev_6804) -> Wingti-Hawke, planned,
        # date null (the visit "from 8 to 14 December 1987", a range), Australia (the discussions
        # are not placed: the visit covers Canberra, Melbourne, Sydney and Brisbane).
        M(["paias_wingti", "bob_hawke"], None, "Australia", IP, P, _WD),
        # "During Mr Wingti's visit to Canberra he and I will sign the Joint Declaration of
        # Principles ..." -> a planned signing by the two, Canberra, date null, required False (it
        # may be the same encounter as the discussions; see the notes).
        M(["paias_wingti", "bob_hawke"], None, "Canberra", IP, P,
          "During Mr Wingti's visit to Canberra he and I will sign the Joint Declaration of Principles to guide relations between Australia and PNG.",
          False),
        # "... discussions with ... the Joint Parliamentary Commmitee on Foreign Affairs, Defence
        # and Trade ..." -> a planned meeting with a named body, Australia, date null, required
        # False (a committee, not a person).
        M(["paias_wingti", "joint_standing_committee_on_foreign_affairs_defence_and_trade"], None, "Australia", IP, P, _WD, False),
        # "... and he will call on the Governor-General." -> the Governor-General is never named ->
        # one-party row (Wingti), planned, date null, Australia. (The "other senior Ministers" of
        # the same sentence are unnamed too; they are not given a second identical one-party row.)
        M(["paias_wingti"], None, "Australia", IP, P, _WD),
        # Not rows: "I very much welcome the first official visit" (a statement); the Joint
        # Declaration (a document, not an actor). Kept as found: the hard line breaks, "Commmitee",
        # the stray "0" after the last sentence, the site widget line "More information about Hawke,
        # Robert on The National Archive website." (inside the text, after "Period of Service").
        # Removed: at the start, the site header before "Hawke, Robert" ("PM Transcripts",
        # "Transcripts from the Prime Ministers of Australia", "Transcript 7254", "Photo of Hawke,
        # Robert"); at the end, the footer line "Transcript 7254".
    ],
    roles=[("The Prime Minister of Papua New Guinea", "paias_wingti"),
           ("the Prime Minister of Australia's closest neighbour", "paias_wingti")],
)

A["dev_11404_mubarak_arafat_cairo"] = dict(
    actors={
        "yasser_arafat": ["Palestine Liberation Organization Chairman Yasser Arafat", "Yasser Arafat", "Arafat"],
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "palestine_liberation_front": ["Palestine Liberation Front"],
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "osama_el_baz": ["Osama Baz", "Baz"],
    },
    meetings=[
        # "Palestine Liberation Organization Chairman Yasser Arafat met Egyptian President Hosni
        # Mubarak for more than four hours Tuesday ..." ("met privately for two hours before being
        # joined by aides", "After their first session at Kubbeh Palace": the same day) -> held,
        # 1985-11-05 (the Tuesday before the Wednesday paper), Cairo (Kubbeh Palace, an official
        # building named without a city, resolved to its city as ANNOTATION does for the White
        # House; see the notes).
        M(["yasser_arafat", "hosni_mubarak"], "1985-11-05", "Cairo", IP, H,
          "Palestine Liberation Organization Chairman Yasser Arafat met Egyptian President Hosni Mubarak for more than four hours Tuesday to discuss the future of the Mideast peace process and the Palestinian role in such efforts."),
        # "Officials said the talks will continue today and might stretch into Thursday ..." -> a
        # scheduled next session distinguished from the held one (ANNOTATION's dev_035) -> planned,
        # 1985-11-06 ("today"), Cairo.
        M(["yasser_arafat", "hosni_mubarak"], "1985-11-06", "Cairo", IP, P,
          "Officials said the talks will continue today and might stretch into Thursday, indicating that substantive discussions are taking place."),
        # "As in Jordan, where he met with King Hussein last week, ..." -> held, date null ("last
        # week"), Jordan.
        M(["yasser_arafat", "hussein_bin_talal"], None, "Jordan", IP, H,
          "As in Jordan, where he met with King Hussein last week, “Arafat will have a lot of explaining to do,” a senior Egyptian source said."),
        # Not rows: "Mubarak was expected to add his pressure to Hussein’s" (no meeting); "embraced
        # for the cameras" (the same session); Baz "later called the talks 'constructive'" (a
        # statement); the hijackers (unnamed). Not annotated: the Achille Lauro (a ship), the
        # Foreign Ministry source (unnamed). Kept as found: "Share", "Times Staff Writer" and the
        # site's "Advertisement" line inside the text. Removed: at the start, the site line
        # "Advertisement"; at the end, the last, cut-off sentence ("Mubarak, like Hussein, is
        # understood to be").
    ],
    roles=[("Palestine Liberation Organization Chairman", "yasser_arafat"), ("Egyptian President", "hosni_mubarak"),
           ("Mubarak’s chief foreign policy adviser", "osama_el_baz")],
)

A["dev_11405_sargsyan_aliev_moscow_talks"] = dict(
    actors={
        "serzh_sargsyan": ["Serzh Sargsyan"],
        "ilham_aliyev": ["Ilkham Aliev"],
        "arka_news_agency": ["ARKA News Agency"],
        "osce_minsk_group": ["OSCE Minsk Group"],
    },
    meetings=[
        # "Yerevan finds Armenian and Azerbaijani presidents’ tune at the recent negotiations in
        # Moscow constructive." ("both presidents – Serzh Sargsyan and Ilkham Aliev - displayed
        # willingness": the names) -> held, date null ("recent"), Moscow.
        M(["serzh_sargsyan", "ilham_aliyev"], None, "Moscow", IP, H,
          "Yerevan finds Armenian and Azerbaijani presidents’ tune at the recent negotiations in Moscow constructive."),
        # "... for the next presidential meeting likely to be held in this fall." -> planned, date
        # null ("this fall"), place null, required False ("likely"; an intended meeting with no day
        # or place).
        M(["serzh_sargsyan", "ilham_aliyev"], None, None, IP, P,
          "They instructed the two country’s foreign ministers to carry out necessary preparations along with OSCE Minsk Group co-chairs for the next presidential meeting likely to be held in this fall.",
          False),
        # Not rows: the foreign ministers and the Minsk Group co-chairs (unnamed; preparations, not a
        # meeting); the 1991 referendum and the 1994 cease-fire (background). Not annotated: the
        # Armenian presidential press office (an unnamed office), ARKA as the dateline's credit
        # "/ARKA/" (the agency is annotated once, for "told ARKA News Agency" in the body). Kept as
        # found: the sentence printed twice after the headline, "Ilkham Aliev", "the two country’s
        # foreign ministers". Removed: at the start, the site's rate and weather lines
        # ("Рейтинг@Mail.ru", "USD 396.76", ..., "Monday, February 10, 2025", "weather in Yerevan
        # -3"); at the end, the agency's end mark "-0---" after the last sentence.
    ],
    roles=[],
)

_AB = ("Ghanaian President Nana Akufo-Addo flew into Abuja Thursday with talks with President Muhammadu Buhari.")
_AO = ("Akufo-Addo meets Nigerian officials, L-R Niyi Adebayo, Geoffrey Onyeama, SGF Boss Mustapha and CoS Gambari")
A["dev_11406_akufo_addo_buhari_abuja"] = dict(
    actors={
        "nana_akufo_addo": ["Ghanaian President Nana Akufo-Addo", "Nana Akufo-Addo", "Akufo-Addo"],
        "muhammadu_buhari": ["President Muhammadu Buhari", "Muhammadu Buhari", "Buhari"],
        "ibrahim_attahiru": ["Lt General Ibrahim Attahiru"],
        "ecowas": ["ECOWAS"],
        "ibrahim_gambari": ["CoS Gambari"],
        "niyi_adebayo": ["trade minister Niyi Adebayo", "Niyi Adebayo"],
        "geoffrey_onyeama": ["Geoffrey Onyeama"],
        "boss_mustapha": ["SGF Boss Mustapha"],
    },
    meetings=[
        # "Ghanaian President Nana Akufo-Addo flew into Abuja Thursday with talks with President
        # Muhammadu Buhari." (the headline "Buhari receives Nana Akufo-Addo", the captions
        # "Akufo-Addo introduces some members of his delegation to Buhari", "Akufo-Addo, Buhari
        # settle down for talks": the same) -> held, 2021-05-27 (the Thursday of the story's day),
        # Abuja.
        M(["nana_akufo_addo", "muhammadu_buhari"], "2021-05-27", "Abuja", IP, H, _AB),
        # The caption "Akufo-Addo meets Nigerian officials, L-R Niyi Adebayo, Geoffrey Onyeama, SGF
        # Boss Mustapha and CoS Gambari" -> four rows (the visitor with each named official), held,
        # 2021-05-27, Abuja, required False (a photo caption of the welcome; the officials are the
        # hosts' side, so no official-official pairs are written; see the notes).
        M(["nana_akufo_addo", "niyi_adebayo"], "2021-05-27", "Abuja", IP, H, _AO, False),
        M(["nana_akufo_addo", "geoffrey_onyeama"], "2021-05-27", "Abuja", IP, H, _AO, False),
        M(["nana_akufo_addo", "boss_mustapha"], "2021-05-27", "Abuja", IP, H, _AO, False),
        M(["nana_akufo_addo", "ibrahim_gambari"], "2021-05-27", "Abuja", IP, H, _AO, False),
        # Not rows: "It was possible he came to condole Buhari" (a guess at the visit's purpose, the
        # same visit); "The leaders may also declared Mali and Chad" (sic; a guess, no meeting);
        # Attahiru's death (no meeting). Not annotated: "By Abankula" (the byline), the
        # "Presidential photographer" (unnamed). Kept as found: "with talks with", "may also
        # declared", every caption printed twice, the headline printed once more at the top.
        # Removed: at the start, the search tool's " date 2021-05-27" prefix and the first printing
        # of the headline ("Buhari receives Nana Akufo-Addo"). Kept at the end: "More later." (the
        # story's own line). Nothing cut off.
    ],
    roles=[("Ghanaian President", "nana_akufo_addo"), ("Chief of Army Staff", "ibrahim_attahiru"),
           ("trade minister", "niyi_adebayo"), ("SGF", "boss_mustapha"), ("CoS", "ibrahim_gambari")],
)

A["test_11407_carter_clark_phone_iran"] = dict(
    actors={
        "joe_clark": ["Prime Minister Joe Clark", "Joe Clark", "Clark", "Joe"],
        "jimmy_carter": ["Jimmy Carter", "Carter", "Jimmy"],
        "flora_macdonald": ["External Affairs Minister Flora MacDonald", "Flora MacDonald", "Minister MacDonald"],
        "bob_corbett": ["Conservative MP Bob Corbett", "Bob Corbett"],
        "kenneth_taylor": ["Kenneth Taylor"],
        "house_of_commons_of_canada": ["House of Commons"],
    },
    meetings=[
        # "Clark picked up the receiver and heard, “Hello Joe? This is Jimmy.”" (the headline,
        # "word came from Washington that 'the president of the United States would be calling'",
        # "why Jimmy Carter was calling": the same call) -> held, phone, date null ("late Thursday
        # afternoon" of a week the text does not tie to the issue date; see the notes), no place (a
        # call).
        M(["jimmy_carter", "joe_clark"], None, None, PH, H,
          "Clark picked up the receiver and heard, “Hello Joe? This is Jimmy.”"),
        # Not rows: "cancelling his visit to Ottawa" (a cancelled visit); MacDonald "accompanied"
        # Clark down the hall (not a participant of the call; the hot-line call "wasn't for Clark"
        # and names no caller); Clark's announcement in the House (a statement to a body); Corbett's
        # motion; MacDonald "reassured the House" (a statement); Taylor "privately urging
        # Canadians" (no meeting). Not annotated: Jane O'Hara (the byline), the White House (a
        # building), the U.S. embassy in Iran (a building). Kept as found: the OCR slips "White I
        # House", "on ! Clark’s", "rang ! through", "elevI enth-hour", "first j nor", "in j Iran",
        # the mixed straight and curly quotation marks; the section line "World" and the headline
        # with byline and date printed once more after it. Removed: at the start, the first
        # printing of the header ("World", "‘Hello Joe? This is Jimmy’", "Jane O’Hara November 19
        # 1979"); at the end, the last, cut-off sentence ("Later in the day, Energy Minister Ray I
        # Hnatyshyn").
    ],
    roles=[("Prime Minister", "joe_clark"), ("the president of the United States", "jimmy_carter"),
           ("External Affairs Minister", "flora_macdonald"), ("Conservative MP", "bob_corbett"),
           ("Canada’s ambassador in Tehran", "kenneth_taylor")],
)

A["dev_11408_balkenende_belgian_dinner_brussels"] = dict(
    actors={
        "jan_peter_balkenende": ["Dutch Prime Minister Jan Peter Balkenende", "Jan Peter Balkenende", "Balkenende"],
        "guy_verhofstadt": ["Belgian Prime Minister Guy Verhofstadt", "Guy Verhofstadt"],
        "karel_de_gucht": ["Belgian Foreign Minister Karel De Gucht", "Karel De Gucht"],
        "anp": ["Dutch news agency ANP", "ANP"],
    },
    meetings=[
        # "Dutch Prime Minister Jan Peter Balkenende and eight of his ministers visited Brussels on
        # Monday evening for a dinner with their Belgian counterparts." with "A spokesperson for
        # Belgian Prime Minister Guy Verhofstadt described the mood of the meeting ... the two prime
        # ministers’ conversations." -> Balkenende-Verhofstadt, held, 2005-09-05 ("on Monday
        # evening" in a Tuesday story), Brussels. The evidence is the sentence that names both (its
        # double space after "Verhofstadt" kept as in the text).
        M(["jan_peter_balkenende", "guy_verhofstadt"], "2005-09-05", "Brussels", IP, H,
          "A spokesperson for Belgian Prime Minister Guy Verhofstadt  described the mood of the meeting as “splendid” but refused to reveal the content of the two prime ministers’ conversations."),
        # Not rows: the eight ministers and "their Belgian counterparts" (unnamed on both sides);
        # "The first time was two years ago on a pleasure boat in Rotterdam" (ministers, unnamed);
        # "They also viewed an exhibition" (a visit to a museum); De Gucht's "Harry Potter" remark
        # (a statement). Not annotated: the spokespersons (unnamed), the museum (a place), the
        # European Constitution (a treaty). Kept as found: the double spaces ("agenda.  The first",
        # "Verhofstadt  described"), "the The Hague’s". Removed: at the start, the site line
        # "Expatica news"; at the end, the credit "[Copyright Expatica News + ANP 2005]" and the
        # line "Subject: Belgian news".
    ],
    roles=[("Dutch Prime Minister", "jan_peter_balkenende"), ("Belgian Prime Minister", "guy_verhofstadt"),
           ("Belgian Foreign Minister", "karel_de_gucht")],
)

_FW = ("Council Secretary General Daniel Tarschys and Leni Fischer, president of the organizations's Parliamentary Assembly, will hold what Council officials call a \"four-way meeting\" with Emil Constantinescu and Arpad Goncz.")
_RS = ("The two Council officials will be also be received separately by Constantinescu.")
_LT = ("U.S. Congressman Tom Lantos, who is also visiting, gave the two leaders a message from President Bill Clinton, praising Goncz's \"historic\" visit.")
A["dev_11409_goncz_constantinescu_bucharest"] = dict(
    actors={
        "council_of_europe": ["Council of Europe"],
        "parliamentary_assembly_of_the_council_of_europe": ["Parliamentary Assembly"],
        "daniel_tarschys": ["Council Secretary General Daniel Tarschys", "Daniel Tarschys"],
        "leni_fischer": ["Leni Fischer"],
        "emil_constantinescu": ["Emil Constantinescu", "Romania's President Constantinescu", "Constantinescu"],
        "arpad_goncz": ["Arpad Goncz", "Goncz"],
        "tom_lantos": ["U.S. Congressman Tom Lantos", "Tom Lantos"],
        "bill_clinton": ["President Bill Clinton"],
        "gheorghe_funar": ["Gheorghe Funar", "Funar"],
        "victor_ciorbea": ["Prime Minister Ciorbea"],
        "romanian_cradle": ["Romanian Cradle"],
        "nato": ["NATO"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "... will hold what Council officials call a 'four-way meeting' with Emil Constantinescu
        # and Arpad Goncz." ("due to have discussions later today in Bucharest with the presidents
        # of Romania and Hungary": the same) -> a planned meeting of four named people -> one row
        # per pair (six), planned, 1997-05-26 ("later today"), Bucharest. The pair of the two
        # Council officials (one side) is required False.
        M(["daniel_tarschys", "emil_constantinescu"], "1997-05-26", "Bucharest", IP, P, _FW),
        M(["daniel_tarschys", "arpad_goncz"], "1997-05-26", "Bucharest", IP, P, _FW),
        M(["leni_fischer", "emil_constantinescu"], "1997-05-26", "Bucharest", IP, P, _FW),
        M(["leni_fischer", "arpad_goncz"], "1997-05-26", "Bucharest", IP, P, _FW),
        M(["emil_constantinescu", "arpad_goncz"], "1997-05-26", "Bucharest", IP, P, _FW),
        M(["daniel_tarschys", "leni_fischer"], "1997-05-26", "Bucharest", IP, P, _FW, False),
        # "The two Council officials will be also be received separately by Constantinescu." -> a
        # separate planned meeting: two rows, planned, 1997-05-26, Bucharest.
        M(["emil_constantinescu", "daniel_tarschys"], "1997-05-26", "Bucharest", IP, P, _RS),
        M(["emil_constantinescu", "leni_fischer"], "1997-05-26", "Bucharest", IP, P, _RS),
        # "Romania's President Constantinescu told Goncz that relations ... are now a 'model' for
        # others." ("Goncz arrived in Bucharest yesterday", "He said he wanted to discuss with
        # Goncz": the visit's talks) -> held, date null (the day of the talk is not given; a
        # reader could write 1997-05-25), Bucharest.
        M(["emil_constantinescu", "arpad_goncz"], None, "Bucharest", IP, H,
          "Romania's President Constantinescu told Goncz that relations between their two countries, long strained, are now a \"model\" for others."),
        # "U.S. Congressman Tom Lantos, who is also visiting, gave the two leaders a message from
        # President Bill Clinton ..." -> Lantos with each of the two presidents, held, date null,
        # Bucharest (the visit's place), required False (the delivery of a message in person; the
        # guide excludes messages and letters, but this one is handed over; see the notes).
        M(["tom_lantos", "emil_constantinescu"], None, "Bucharest", IP, H, _LT, False),
        M(["tom_lantos", "arpad_goncz"], None, "Bucharest", IP, H, _LT, False),
        # Not rows: "Funar send a letter of protest ... to Prime Minister Ciorbea" (a letter); the
        # planned protests in Cluj (no meeting); Clinton's message (a message; Clinton is not met).
        # Not annotated: RFE/RL (the dateline's credit), "our correspondent" (unnamed). Kept as
        # found: "organizations's", "will be also be received", "Funar send". Removed: at the start,
        # the site lines "Accessibility links" and "Breaking News". Nothing cut off at the end.
    ],
    roles=[("Council Secretary General", "daniel_tarschys"),
           ("president of the organizations's Parliamentary Assembly", "leni_fischer"),
           ("Romania's President", "emil_constantinescu"), ("U.S. Congressman", "tom_lantos"),
           ("The nationalist mayor of Cluj", "gheorghe_funar")],
)

_SF = ("President of Finland Alexander Stubb and Prime Minister of Denmark Mette Frederiksen at a meeting with Prime Minister Sir Keir Starmer in December (Leon Neal/PA)")
A["dev_11410_starmer_frederiksen_dinner_planned"] = dict(
    actors={
        "keir_starmer": ["Prime Minister Sir Keir Starmer", "Sir Keir Starmer", "Sir Keir"],
        "mette_frederiksen": ["Denmark’s leader Mette Frederiksen", "Prime Minister of Denmark Mette Frederiksen", "Mette Frederiksen", "Ms Frederiksen"],
        "donald_trump": ["Donald Trump"],
        "alexander_stubb": ["President of Finland Alexander Stubb", "Alexander Stubb"],
        "european_union": ["EU"],
    },
    meetings=[
        # "Sir Keir Starmer will host his Danish counterpart for a working dinner in Downing Street
        # on Tuesday evening." ("The UK Prime Minister and Denmark’s premier Mette Frederiksen are
        # expected to discuss ... at the meeting": the counterpart's name) -> planned, 2025-02-04
        # (the story's Tuesday), London (Downing Street, resolved to its city as ANNOTATION does
        # for official buildings).
        M(["keir_starmer", "mette_frederiksen"], "2025-02-04", "London", IP, P,
          "Sir Keir Starmer will host his Danish counterpart for a working dinner in Downing Street on Tuesday evening."),
        # The caption "President of Finland Alexander Stubb and Prime Minister of Denmark Mette
        # Frederiksen at a meeting with Prime Minister Sir Keir Starmer in December" -> a held
        # meeting of three named people -> one row per pair, date null ("in December", month
        # only), place null (the caption's header "Sir Keir Starmer visit to Norway and Estonia"
        # does not say which of the two; see the notes).
        M(["alexander_stubb", "keir_starmer"], None, None, IP, H, _SF),
        M(["mette_frederiksen", "keir_starmer"], None, None, IP, H, _SF),
        M(["alexander_stubb", "mette_frederiksen"], None, None, IP, H, _SF),
        # Not rows: "Prime Minister Sir Keir Starmer met with EU leaders in Brussels on Monday" (a
        # meeting of unnamed EU leaders, the European Council; a multilateral gathering); "when
        # asked by journalists on Monday", "The Prime Minister’s official spokesman said"
        # (statements); Trump's claims on Greenland (statements). Not annotated: Nina Lloyd and PA
        # (the byline and the agency), Leon Neal/PA and Omar Havana/PA (photo credits), the
        # spokesman (unnamed), Downing Street (a place; "Downing Street would not be drawn" is the
        # office speaking, left as the place's name). Kept as found: "By contributor By Nina
        # Lloyd", "Published", the caption printed twice. Removed: at the start, the site line
        # "Express & Star"; at the end, the last, cut-off sentence ("Speaking ahead of a meeting
        # with t").
    ],
    roles=[("his Danish counterpart", "mette_frederiksen"), ("Denmark’s premier", "mette_frederiksen"),
           ("The UK Prime Minister", "keir_starmer"), ("the US president", "donald_trump"),
           ("President of Finland", "alexander_stubb"), ("Prime Minister of Denmark", "mette_frederiksen")],
)

A["test_11411_azcona_bush_washington"] = dict(
    actors={
        "jose_azcona": ["Honduran President Jose Azcona Hoyo", "Jose Azcona Hoyo", "Azcona"],
        "george_h_w_bush": ["President-elect Bush", "Bush"],
        "contras": ["Contras"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # "“I told him we needed some time . . . to formulate our policies,” Bush told reporters in
        # a terse statement after the 30-minute meeting in Washington." ("Honduran President Jose
        # Azcona Hoyo explained to President-elect Bush his country’s concern", "Azcona said he
        # outlined for Bush": the same meeting) -> held, date null (the brief of Jan. 11 gives the
        # meeting no day; a reader could write 1989-01-10), Washington.
        M(["jose_azcona", "george_h_w_bush"], None, "Washington", IP, H,
          "“I told him we needed some time . . . to formulate our policies,” Bush told reporters in a terse statement after the 30-minute meeting in Washington."),
        # Not rows: "Bush told reporters" (a statement); "Congress suspended military aid" (no
        # meeting); the Contras' withdrawal (no meeting). Kept as found: the title line "The World
        # - News from Jan. 11, 1989" and "- Share via". Removed: at the end, the site's lines
        # "More to Read", "Sign up for Essential California", "The most important California
        # stories ..." and "You may occasionally receive promotional content from the Los Angeles
        # Times.". Nothing cut off.
    ],
    roles=[("Honduran President", "jose_azcona"), ("President-elect", "george_h_w_bush")],
)

A["dev_11412_hun_sen_chinh_phone"] = dict(
    actors={
        "hun_sen": ["Cambodian Prime Minister Samdech Techo Hun Sen", "Samdech Techo Hun Sen", "Hun Sen", "PM Hun Sen"],
        "pham_minh_chinh": ["Prime Minister Pham Minh Chinh", "Pham Minh Chinh", "PM Chinh"],
    },
    meetings=[
        # "Cambodian Prime Minister Samdech Techo Hun Sen congratulated the new Prime Minister of
        # Vietnam, Pham Minh Chinh, over the phone on April 6." (the headline "via phone talks", the
        # caption "holds phone talks with his Cambodian counterpart ... on April 6", "During the
        # phone talks": the same call) -> held, phone, 2021-04-06, no place.
        M(["hun_sen", "pham_minh_chinh"], "2021-04-06", None, PH, H,
          "Cambodian Prime Minister Samdech Techo Hun Sen congratulated the new Prime Minister of Vietnam, Pham Minh Chinh, over the phone on April 6."),
        # Not rows: "On April 5, the Cambodian leader also sent a letter of congratulations" (a
        # letter); "maintaining phone talks and teleconferences at all levels" (a count, no specific
        # call); "agreed to assign the countries’ ministers of health" (unnamed; a plan, no meeting).
        # Not annotated: VNA (the photo credit "(Photo: VNA)"). Kept as found: the caption line
        # inside the text. Removed: at the start, the search tool's " date 2021-04-06" prefix; at
        # the end, the last, cut-off sentence ("Both sides also").
    ],
    roles=[("the new Prime Minister of Vietnam", "pham_minh_chinh"), ("his Cambodian counterpart", "hun_sen"),
           ("the Cambodian leader", "hun_sen"), ("Cambodian Prime Minister", "hun_sen")],
)
