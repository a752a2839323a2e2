"""Accuracy corpus, batch 62b: 12 new articles about meetings between political actors, all
published (or, where the page carries no publication date, dated by their text) in EVEN years
(another helper takes odd years as batch 62a), from the 1970s to the 2020s (1970s: one, 1980s:
two (1980, 1986), 1990s: two, 2000s: two, 2010s: three, 2020s: two;
five of the twelve from before 2000 (1974, 1980, 1986, 1990, 1990), as the brief asked), over
the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast
Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one
each). Two pages carry no publication date (`dev_12310`, `dev_12312`); their years are read from
their texts (see the notes).
Outlets/sites: News Central Asia (newscentralasia.net), AP News (apnews.com), the Journal of
Commerce (joc.com), The Island (island.lk), the Jewish Telegraphic Agency archive (jta.org), PM
Transcripts (pmtranscripts.pmc.gov.au), Interfax-Ukraine (en.interfax.com.ua), the Los Angeles
Times archive (articles.latimes.com / latimes.com, two pages), The Nation Thailand
(nationthailand.com), UrduPoint (urdupoint.com; Sputnik) and the Obama White House archive
(obamawhitehouse.archives.gov; a press readout). The pages are new to the corpus (URLs grepped in
sources.csv, corpus/metadata.csv and the batch modules), and so are their main meetings (see the
notes for two secondary rows that may repeat meetings already in the corpus).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_62b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-61b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_123NN_<slug>` / `test_123NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date field 2024-10-11 (a Friday, checked; removed with its prefix) and the
    # text's own "On 11 October 2024" -> the meeting 2024-10-11.
    ("dev_12301_berdimuhamedov_putin_ashgabat", "Central Asia/Caucasus", "2020s", "News Central Asia (newscentralasia.net)", "https://www.newscentralasia.net/2024/10/11/arkadag-berdimuhamedov-meets-with-putin-russia-expects-the-president-of-turkmenistan-to-attend-the-brics-summit/", "2024-10-11"),
    # The date line "May 14, 2000" (a Sunday, checked): "met here Sunday" = 2000-05-14.
    ("dev_12302_kagame_museveni_mwanza", "Africa", "2000s", "AP News (apnews.com; Associated Press)", "https://www.apnews.com/9006474d3c149ecf534f7e019af396cd", "2000-05-14"),
    # No date line in the kept text; the URL's "_19900315" gives 1990-03-15 (a Thursday,
    # checked): "is to sign ... in Mexico City today" -> 1990-03-15.
    ("test_12303_mulroney_salinas_mexico_city", "Latin America", "1990s", "Journal of Commerce (joc.com)", "https://www.joc.com/maritime-news/canadian-prime-minister-sign-trade-pact-mexico-city-today_19900315.html", "1990-03-15"),
    # No date line in the kept text; the URL's "2008/06/22" (a Sunday, checked): "arrived ... on
    # Friday" = 2008-06-20, "left ... yesterday" = 2008-06-21; the meeting with the President is
    # only said to come before the departure -> no date (see the notes).
    ("dev_12304_indian_delegation_rajapakse", "South Asia", "2000s", "The Island (island.lk)", "http://www.island.lk/2008/06/22/news4.html", "2008-06-22"),
    # The date line "July 31, 1974" (a Wednesday, checked; the URL's 1974/07/31 agrees): "met
    # today" = 1974-07-31, "meets again tomorrow" = 1974-08-01.
    ("dev_12305_allon_kissinger_1974", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1974/07/31/archive/allon-describes-two-hour-meeting-with-kissinger-as-pilgrimage-in-search-of-peace", "1974-07-31"),
    # "Release Date: 21/03/1980" (day/month; 1980-03-21, a Friday, checked): the press
    # conference's "accomplished today" -> the talks 1980-03-21.
    ("dev_12306_muldoon_fraser_cer_1980", "Oceania", "1980s", "PM Transcripts (pmtranscripts.pmc.gov.au; press conference transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-5304", "1980-03-21"),
    # The search tool's date field 2016-12-22 (removed with its prefix) and the date line "10:55
    # 22.12.2016" (a Thursday, checked): "on Thursday" = 2016-12-22.
    ("test_12307_lukashenko_kuchma_2016", "Eastern Europe/Russia", "2010s", "Interfax-Ukraine (en.interfax.com.ua)", "http://en.interfax.com.ua/news/general/392399.html", "2016-12-22"),
    # The date line "October 19, 1986" (a Sunday, checked): "will arrive ... on Monday" =
    # 1986-10-20 (the arrival; the talks' day is not given); "last weekend" -> no day.
    ("dev_12308_kohl_reagan_visit_1986", "Western Europe", "1980s", "Los Angeles Times (articles.latimes.com archive)", "http://articles.latimes.com/1986-10-19/news/mn-6233_1_star-wars", "1986-10-19"),
    # No date line in the kept text; the URL's "1990-06-09" (a Saturday, checked): "Friday" =
    # 1990-06-08; "Earlier this week", "last week" -> no day.
    ("dev_12309_bush_kohl_dinner_1990", "Western Europe", "1990s", "Los Angeles Times (latimes.com archive; UPI)", "https://www.latimes.com/archives/la-xpm-1990-06-09-mn-559-story.html", "1990-06-09"),
    # No publication date on the page (the only date, "THURSDAY, April 18, 2024", is the site's
    # header, removed) -> `published` empty (as dev_043); "yesterday" and "from Wednesday" cannot
    # be resolved -> no date. Decade 2010s and the even year 2018 from the text (Mahathir "took
    # the top job again in May", aged 93; Prem 99; see the notes).
    ("dev_12310_mahathir_prem_bangkok", "Southeast Asia", "2010s", "The Nation Thailand (nationthailand.com)", "https://www.nationthailand.com/national/30357206", ""),
    # The search tool's date field 2022-11-29 (removed with its prefix) and the dateline "29th
    # November, 2022" (a Tuesday, checked): "on Tuesday" = 2022-11-29.
    ("test_12311_kishida_khurelsukh_tokyo", "East Asia", "2020s", "UrduPoint (urdupoint.com; Sputnik)", "https://www.urdupoint.com/en/world/japanese-mongolian-leaders-discuss-global-si-1602141.html", "2022-11-29"),
    # No date on the page (a White House readout in the Obama archive) -> `published` empty;
    # "on Friday night" cannot be resolved -> no date. Decade 2010s and the even year 2010 from
    # the text: a G8 followed by a G20, and "the leadership that Prime Minister Harper has shown
    # around the G8 and G20 Summits" (both hosted by Canada in June 2010; background knowledge,
    # the most doubtful dating of the batch, see the notes).
    ("dev_12312_obama_harper_g8_readout", "North America", "2010s", "The Obama White House archive (obamawhitehouse.archives.gov; press readout)", "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/readout-president-s-meeting-with-prime-minister-harper", ""),
]

A = {}

_BP = "On 11 October 2024, in Ashgabat Chairman of the Halk Maslahaty, National Leader of Turkmen people Gurbanguly Berdimuhamedov met with President Vladimir Putin of Russia."
A["dev_12301_berdimuhamedov_putin_ashgabat"] = dict(
    actors={
        "gurbanguly_berdimuhamedov": ["Gurbanguly Berdimuhamedov", "Berdimuhamedov"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "halk_maslahaty": ["Halk Maslahaty"],
        # New keys.
        "magtymguly_pyragy": ["Magtymguly Fragi", "Magtymguly Pyragy"],
        "alexander_pushkin": ["Pushkin"],
        "fyodor_dostoevsky": ["Dostoevsky"],
    },
    meetings=[
        # "On 11 October 2024, in Ashgabat ... Gurbanguly Berdimuhamedov met with President
        # Vladimir Putin of Russia" ("The meeting took place on the sidelines of the International
        # conference"; the transcript "We are delighted to welcome you to Turkmenistan": the same)
        # -> held, 2024-10-11, Ashgabat.
        M(["gurbanguly_berdimuhamedov", "vladimir_putin"], "2024-10-11", "Ashgabat", IP, H, _BP),
        # Not rows: the International conference / the international forum (a plenary event); the
        # BRICS summit named only in the URL (not in the kept text); the executive order of "The
        # President of Turkmenistan" (an order, the President unnamed; not listed). Magtymguly,
        # Pushkin and Dostoevsky are persons named in the text (poets), annotated as actors.
        # Kept as they stand: "Magtymguly Fragi" beside "Magtymguly Pyragy", the missing full
        # stop after "Magtymguly Fragi". Removed: at the start, the search tool's date prefix
        # (" date 2024-10-11 "); at the end, the cut-off last word ("In").
    ],
    roles=[("Chairman of the Halk Maslahaty, National Leader of Turkmen people", "gurbanguly_berdimuhamedov"),
           ("President Vladimir Putin of Russia", "vladimir_putin")],
)

A["dev_12302_kagame_museveni_mwanza"] = dict(
    actors={
        "paul_kagame": ["Paul Kagame", "Kagame"],
        "yoweri_museveni": ["Yoweri Museveni", "Museveni"],
        "benjamin_mkapa": ["Benjamin Mkapa", "Mkapa"],
        "laurent_kabila": ["Laurent Kabila", "Kabila"],
        "milton_obote": ["Milton Obote"],
        "mwenze_kongolo": ["Mwenze Kongolo"],
        "un_security_council": ["U.N. Security Council"],
    },
    meetings=[
        # "The presidents of Rwanda and Uganda met here Sunday" (Kagame and Museveni, named in the
        # next sentences; the dateline "MWANZA, Tanzania") -> held, 2000-05-14, Mwanza.
        M(["paul_kagame", "yoweri_museveni"], "2000-05-14", "Mwanza", IP, H,
          "MWANZA, Tanzania (AP) _ The presidents of Rwanda and Uganda met here Sunday for talks aimed at diffusing growing hostility between the nominal allies backing rebels in the 21-month civil war in Congo."),
        # "Paul Kagame ... spoke for 40 minutes with Tanzania's President Benjamin Mkapa" (on
        # arrival, the same day) -> held, 2000-05-14, Mwanza.
        M(["paul_kagame", "benjamin_mkapa"], "2000-05-14", "Mwanza", IP, H,
          "Paul Kagame of Rwanda arrived first in this town on Lake Victoria and spoke for 40 minutes with Tanzania’s President Benjamin Mkapa."),
        # "Yoweri Museveni ... spoke briefly with Mkapa at the airport" -> held, 2000-05-14,
        # Mwanza (the airport of this town).
        M(["yoweri_museveni", "benjamin_mkapa"], "2000-05-14", "Mwanza", IP, H,
          "Yoweri Museveni of Uganda _ Kagame’s former comrades in the guerrilla movement against Ugandan President Milton Obote _arrived 1 1/2 hours later and spoke briefly with Mkapa at the airport before heading to the Hotel Tilapia where the meeting was to take place."),
        # "Mkapa had spoken with Museveni earlier by telephone" -> phone, held, date null
        # ("earlier", before the talks; the day is not stated), no place (a call).
        M(["benjamin_mkapa", "yoweri_museveni"], None, None, PH, H,
          "A Tanzanian official, who spoke on condition of anonymity, said Mkapa had spoken with Museveni earlier by telephone in an attempt to narrow differences between Uganda and Rwanda before the talks began."),
        # "Congolese Justice Minister Mwenze Kongolo met with Kagame in Kigali" -> held, date null
        # (the "Saturday" belongs to the envoy's message in the previous sentence; the text does
        # not say the envoy is Kongolo), Kigali.
        M(["mwenze_kongolo", "paul_kagame"], None, "Kigali", IP, H,
          "Congolese Justice Minister Mwenze Kongolo met with Kagame in Kigali in the first such contact since Rwanda poured men and weapons in to support the rebels in August 1998."),
        # Not rows: "a Congolese envoy had carried a rare message of peace from Kabila to Kagame"
        # (a message; the envoy unnamed); Kabila's hope "to initiate direct contact with Rwandans"
        # (unnamed); the peace agreement of last July and August (an agreement). Kept as they
        # stand: "Kagame's former comrades", "_arrived", "diffusing". Removed: at the start, the
        # site line "Related topics"; at the end, the cut-off last sentence ("Later Sunday,
        # Rwandan and Ugandan army officials were to meet in Kisangani under the auspices of the
        # U.N. observer miss").
    ],
    roles=[("Tanzania’s President", "benjamin_mkapa"), ("Ugandan President", "milton_obote"),
           ("Congolese President", "laurent_kabila"), ("Congolese Justice Minister", "mwenze_kongolo")],
)

_MS = "The agreement being signed by Mr. Mulroney and Mexican President Carlos Salinas de Gortari will cover such sectors as agriculture, petrochemicals and environmental technology.Last January, a Mexican government delegation to Canada made a strong pitch for increased Canadian investment in and trade with Mexico."
A["test_12303_mulroney_salinas_mexico_city"] = dict(
    actors={
        "brian_mulroney": ["Brian Mulroney", "Mr. Mulroney"],
        "carlos_salinas_de_gortari": ["Carlos Salinas de Gortari"],
        # New keys.
        "fernando_solana": ["Fernando Solana"],
        "herminio_blanco": ["Herminio Blanco", "Mr. Blanco"],
        "michael_hart": ["Michael Hart"],
    },
    meetings=[
        # "Canadian Prime Minister Brian Mulroney is to sign a major trade pact in Mexico City
        # today" / "The agreement being signed by Mr. Mulroney and Mexican President Carlos
        # Salinas de Gortari" -> planned (is to sign; "TODAY"), 1990-03-15, Mexico City.
        M(["brian_mulroney", "carlos_salinas_de_gortari"], "1990-03-15", "Mexico City", IP, P, _MS),
        # Not rows: "a Mexican government delegation to Canada" (unnamed members, a visit to a
        # country); Solana's, Blanco's and Hart's remarks (statements). Kept as they stand:
        # "technology.Last January" (no space). Removed: at the start, the first of two identical
        # headline lines; at the end, the cut-off last sentence ("He said Canada should be part
        # of such an accord, or else it would see benefits").
    ],
    roles=[("Canadian Prime Minister", "brian_mulroney"), ("Mexican President", "carlos_salinas_de_gortari"),
           ("Mexico's foreign secretary", "fernando_solana"), ("the Mexican undersecretary of trade", "herminio_blanco"),
           ("a trade negotiator", "michael_hart")],
)

_IR = "The high powered Indian delegation which arrived in Colombo on Friday left for India yesterday by a special flight after a meeting with President Mahinda Rajapakse in Colombo."
_DV = "Among others, the Indian delegation met Minister Douglas Devananda, the Chairman of the Northern Special Task Force and Minister of Social Services."
A["dev_12304_indian_delegation_rajapakse"] = dict(
    actors={
        "mahinda_rajapaksa": ["Mahinda Rajapakse", "President Rajapakse", "Rajapakse"],
        "shivshankar_menon": ["Shiv Shankar Menon"],
        "m_k_narayanan": ["M.K. Narayanan"],
        "lalith_weeratunga": ["Mr. Lalith Weeratunga", "Lalith Weeratunga"],
        "gotabaya_rajapaksa": ["Gotabhaya Rajapakse"],
        "douglas_devananda": ["Douglas Devananda", "Devananda"],
        # New keys.
        "vijay_singh_defence_secretary": ["Vijay Singh"],
        "colombo_stock_exchange": ["Colombo Stock Exchange"],
        "saarc": ["SAARC"],
        "ipkf": ["IPKF"],
        "northern_special_task_force": ["Northern Special Task Force"],
    },
    meetings=[
        # "... left for India yesterday by a special flight after a meeting with President
        # Mahinda Rajapakse in Colombo" (the delegation "comprised ... Menon, ... Narayanan and
        # ... Vijay Singh") -> one held row per pair, date null (the meeting is only said to come
        # before the departure on 2008-06-21; Friday 2008-06-20 or Saturday), Colombo.
        M(["shivshankar_menon", "mahinda_rajapaksa"], None, "Colombo", IP, H, _IR),
        M(["m_k_narayanan", "mahinda_rajapaksa"], None, "Colombo", IP, H, _IR),
        M(["vijay_singh_defence_secretary", "mahinda_rajapaksa"], None, "Colombo", IP, H, _IR),
        # "Among others, the Indian delegation met Minister Douglas Devananda" ("Devananda had a
        # breakfast meeting with the visiting Indian delegation": the same) -> one held row per
        # pair, date null, place null (no place given for this meeting).
        M(["shivshankar_menon", "douglas_devananda"], None, None, IP, H, _DV),
        M(["m_k_narayanan", "douglas_devananda"], None, None, IP, H, _DV),
        M(["vijay_singh_defence_secretary", "douglas_devananda"], None, None, IP, H, _DV),
        # Not rows: the Sri Lankan delegation's visit to Delhi last September (a visit to a city,
        # the hosts unnamed); the forthcoming SAARC Summit (a plenary); Devananda's appeal "to the
        # Indian Government" (a government, not a person). "the Army Commander" is unnamed (not
        # listed). Kept as they stand: "on August", "Rajapakse", "Gotabhaya". Removed: at the end,
        # the cut-off last sentence ("Devananda had also said that TULF leader V.
        # Anandasangaree lived in a dream world ... persuaded the UNP which o"). Nothing removed at
        # the start.
    ],
    roles=[("Foreign Secretary", "shivshankar_menon"), ("National Security Advisor", "m_k_narayanan"),
           ("the Secretary to the President", "lalith_weeratunga"),
           ("the Chairman of the Northern Special Task Force and Minister of Social Services", "douglas_devananda")],
)

A["dev_12305_allon_kissinger_1974"] = dict(
    actors={
        "yigal_allon": ["Yigal Allon", "Allon"],
        "henry_kissinger": ["Henry A. Kissinger", "Kissinger"],
        "richard_nixon": ["President Nixon", "Nixon"],
        # New keys.
        "richard_murphy": ["Richard Murphy", "Murphy"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # "Israeli Foreign Minister Yigal Allon and Secretary of State Henry A. Kissinger met today"
        # ("a two-hour meeting with the Secretary": the same) -> held, 1974-07-31, place null (no
        # city in the kept text; "here" has no dateline).
        M(["yigal_allon", "henry_kissinger"], "1974-07-31", None, IP, H,
          "Israeli Foreign Minister Yigal Allon and Secretary of State Henry A. Kissinger met today in what one State Department source said was an effort to “have some quiet diplomacy here.”"),
        # "when he meets again tomorrow with Allon for a working luncheon" -> planned, 1974-08-01,
        # place null.
        M(["henry_kissinger", "yigal_allon"], "1974-08-01", None, IP, P,
          "According to sources, Kissinger is expected to urge Israel to begin talks with Jordan rather than with Egypt and also to continue to sound out Israel on the question of the Palestinians when he meets again tomorrow with Allon for a working luncheon."),
        # Not rows: the Geneva peace conference (a conference, "possibly" reconvened); talks of
        # Israel "with Jordan rather than with Egypt" (countries); Allon's thanks to Nixon (a
        # statement); Nixon's nomination of Murphy (an announcement). Kept as they stand:
        # "conferring. President Nixon", "Six-Day War Murphy". Removed: at the start, the site
        # line "Search JTA's historical archive dating back to 1923"; below the date line, the
        # site lines "See Original Daily Bulletin From This Date" and "Advertisement"; at the
        # end, the cut-off last sentence ("The resumption of diplomatic relations between the
        # U.S. and Syria was announced by Nixon and Syrian").
    ],
    roles=[("Israeli Foreign Minister", "yigal_allon"), ("Secretary of State", "henry_kissinger"),
           ("the Secretary", "henry_kissinger"), ("The Israeli official", "yigal_allon"),
           ("The Secretary", "henry_kissinger")],
)

A["dev_12306_muldoon_fraser_cer_1980"] = dict(
    actors={
        "robert_muldoon": ["Muldoon"],
        "malcolm_fraser": ["Fraser, Malcolm", "Mr Fraser", "Fraser"],
        "brian_talboys": ["Mr Talboys"],
        # New keys.
        "adam_schneider": ["Mr Adam Schneider"],
    },
    meetings=[
        # The joint press conference of "Prime Minister Muldoon" and "Prime Minister Fraser" after
        # their talks ("what you think has been accomplished today"; "a further meeting between
        # yourself and Mr Fraser" implies the present one) -> held, 1980-03-21, place null (no
        # place in the kept text).
        M(["robert_muldoon", "malcolm_fraser"], "1980-03-21", None, IP, H,
          "Question: Prime Minister can you sum up in laymen's terms what you think has been accomplished today?"),
        # "do you anticipate a further meeting between yourself and Mr Fraser in the next six to
        # 12 months" -> "probably, yes" -> planned, date and place null; required False (a
        # probability, nothing arranged).
        M(["robert_muldoon", "malcolm_fraser"], None, None, IP, P,
          "Question: Prime Minister, do you anticipate a further meeting between yourself and Mr Fraser in the next six to 12 months to review progress?", False),
        # "the next ministerial meeting ... in Canberra. Probably the New Zealand ministers would
        # be Mr Talboys and Mr Adam Schneider" (their Australian counterparts unnamed) -> one-party
        # rows (as the unnamed counterparts in ANNOTATION.md), planned, date null ("about the
        # middle of July"), Canberra; required False ("Probably").
        M(["brian_talboys"], None, "Canberra", IP, P,
          "Probably the New Zealand ministers would be Mr Talboys and Mr Adam Schneider.", False),
        M(["adam_schneider"], None, "Canberra", IP, P,
          "Probably the New Zealand ministers would be Mr Talboys and Mr Adam Schneider.", False),
        # Not rows: "when our deputy Prime Ministers meet in July" (both unnamed); the Premiers'
        # Conference (a plenary); consultations with State governments and industries (unnamed).
        # NAFTA here is the Australia-New Zealand agreement (a treaty; not an actor). Kept as they
        # stand: the OCR slips "Tmak e", "unon", "lh* i'. ul it", "available for" without end, the
        # unlabelled question "When can you expect ...". Removed: at the end, the cut-off answer
        # ("Prime Minister Fraser: / Yes, Austra"). Nothing removed at the start.
    ],
    roles=[],
)

A["test_12307_lukashenko_kuchma_2016"] = dict(
    actors={
        "alexander_lukashenko": ["Alexander Lukashenko", "Lukashenko"],
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        # New keys.
        "trilateral_contact_group": ["Trilateral Contact Group", "TCG"],
    },
    meetings=[
        # "Belarusian President Alexander Lukashenko met with former Ukrainian President Leonid
        # Kuchma on Thursday" -> held, 2016-12-22, place null (no place in the text).
        M(["alexander_lukashenko", "leonid_kuchma"], "2016-12-22", None, IP, H,
          "Belarusian President Alexander Lukashenko met with former Ukrainian President Leonid Kuchma on Thursday, the Belarusian presidential press service said."),
        # Not rows: the anniversary on December 27 (an anniversary); the press service's report (a
        # statement). Removed: at the start, the search tool's date prefix (" date 2016-12-22 ")
        # and the section label "Facts"; at the end, the agency credit "Interfax-Ukraine".
    ],
    roles=[("Belarusian President", "alexander_lukashenko"), ("former Ukrainian President", "leonid_kuchma"),
           ("the Belarusian president", "alexander_lukashenko")],
)

A["dev_12308_kohl_reagan_visit_1986"] = dict(
    actors={
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "margaret_thatcher": ["Margaret Thatcher", "Thatcher"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
    },
    meetings=[
        # "Kohl will arrive for an official visit to the United States on Monday" / "In his talks
        # with Reagan, Kohl will encourage him ..." -> planned, date null (Monday 1986-10-20 is
        # the arrival; the talks' day is not given), United States.
        M(["helmut_kohl", "ronald_reagan"], None, "United States", IP, P,
          "In his talks with Reagan, Kohl will encourage him to continue to pursue arms control agreements with the Soviets at Geneva, informed sources here said."),
        # "... with Soviet leader Mikhail S. Gorbachev at the summit in Iceland last weekend" ->
        # held, date null ("last weekend"), Iceland.
        M(["ronald_reagan", "mikhail_gorbachev"], None, "Iceland", IP, H,
          "Kohl is urging the German public to beware of the current Soviet propaganda campaign to convince Europeans that Reagan's insistence on keeping SDI was the reason he was unable to reach an arms control agreement with Soviet leader Mikhail S. Gorbachev at the summit in Iceland last weekend."),
        # "The German chancellor believes there will be another meeting between Reagan and
        # Gorbachev" -> planned, date and place null; required False (a belief, nothing set).
        M(["ronald_reagan", "mikhail_gorbachev"], None, None, IP, P,
          "The German chancellor believes there will be another meeting between Reagan and Gorbachev that will produce results, according to reliable sources.", False),
        # Not rows: Thatcher named as an ally (no meeting); the arms control talks "at Geneva"
        # (unnamed negotiators). "WILLIAM TUOHY | Times Staff Writer" (byline) is not annotated;
        # SDI / "Star Wars" is a programme (not an actor). Removed: at the start, the site line
        # "YOU ARE HERE: LAT HomeCollections"; at the end, the cut-off last sentence ("He will
        # emphasize East-West relations ... and the Soviet economic").
    ],
    roles=[("West German Chancellor", "helmut_kohl"), ("the President", "ronald_reagan"),
           ("Britain's Conservative Prime Minister", "margaret_thatcher"), ("Soviet leader", "mikhail_gorbachev"),
           ("The German chancellor", "helmut_kohl")],
)

A["dev_12309_bush_kohl_dinner_1990"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "james_baker": ["James A. Baker III", "Baker"],
        "eduard_shevardnadze": ["Eduard A. Shevardnadze"],
        "nato": ["North Atlantic Treaty Organization", "NATO"],
        "warsaw_pact": ["Warsaw Pact"],
        # New keys.
        "hal_daub": ["Hal Daub"],
    },
    meetings=[
        # "President Bush ... met with West German Chancellor Helmut Kohl" on Friday ("Bush
        # welcomed Kohl to the White House for a previously scheduled dinner") -> held,
        # 1990-06-08, Washington (the White House).
        M(["george_h_w_bush", "helmut_kohl"], "1990-06-08", "Washington", IP, H,
          "President Bush reported some progress with the Soviet Union over German reunification Friday, and met with West German Chancellor Helmut Kohl to again discuss the thorny issue."),
        # "Earlier this week ... James A. Baker III and ... Eduard A. Shevardnadze discussed the
        # matter in Denmark" -> held, date null, Denmark.
        M(["james_baker", "eduard_shevardnadze"], None, "Denmark", IP, H,
          "Earlier this week, at the direction of Bush and Soviet President Mikhail S. Gorbachev, Secretary of State James A. Baker III and Soviet Foreign Minister Eduard A. Shevardnadze discussed the matter in Denmark."),
        # "his summit talks last week with Gorbachev" -> held, date null ("last week"), place null.
        M(["george_h_w_bush", "mikhail_gorbachev"], None, None, IP, H,
          "Administration officials said the dinner, part of Kohl’s private trip to the United States, would also be an opportunity for Bush to report on his summit talks last week with Gorbachev."),
        # Not rows: the NATO ministers' meeting in Turnberry (a plenary of all ministers); the
        # campaign appearance for Hal Daub (a campaign event). "From United Press International"
        # (agency credit) is not annotated. Kept as they stand: the "Advertisement" line inside
        # the text (between paragraphs; not at the start or end). Removed: at the start, the site
        # line "Advertisement"; below the headline, the site control "Share"; at the end, the
        # cut-off last sentence ("In addition, Bush expected to hear Kohl's report ... with a key
        # economic pact between East and West Germany set").
    ],
    roles=[("West German Chancellor", "helmut_kohl"), ("Soviet President", "mikhail_gorbachev"),
           ("Secretary of State", "james_baker"), ("Soviet Foreign Minister", "eduard_shevardnadze"),
           ("the President", "george_h_w_bush")],
)

A["dev_12310_mahathir_prem_bangkok"] = dict(
    actors={
        "mahathir_mohamad": ["Mahathir Mohamad", "Mahathir"],
        "prem_tinsulanonda": ["General Prem Tinsulanonda", "General Prem", "Prem"],
        "prayut_chan_o_cha": ["Prayut Chanocha"],
        "asean": ["Asean"],
        "pakatan_harapan": ["Pakatan Harapan Party"],
        "chulalongkorn_university": ["Chulalongkorn University"],
        # New keys.
        "pissanu_puttawongse": ["General Pissanu Puttawongse"],
        "general_prem_tinsulanonda_statesman_foundation": ["General Prem Tinsulanonda Statesman Foundation"],
    },
    meetings=[
        # "Two highly placed men met in Bangkok yesterday" (Mahathir and Prem, named in the next
        # sentence; "he stopped off at Prem's residence yesterday", the reunion at the Si Sao
        # Thevet residence: the same) -> held, date null (no publication date), Bangkok.
        M(["mahathir_mohamad", "prem_tinsulanonda"], None, "Bangkok", IP, H,
          "Two highly placed men met in Bangkok yesterday to recall their close friendship."),
        # Not rows: the visit "at the invitation of his counterpart Prime Minister Prayut
        # Chanocha" and "bilateral meetings and negotiations" (no meeting with Prayut is reported;
        # unnamed counterparts); the speech at Chulalongkorn University; Pissanu's account to
        # reporters (a statement); "paths crossed often at Asean ... events" (a count). Kept as
        # they stand: the trailing spaces after some sentences, "Prayut Chanocha". Removed: at
        # the start, the site header ("THURSDAY, April 18, 2024" / "nationthailand") and the first
        # of two identical headline lines; at the end, the cut-off last sentence ("Prem had sent a
        # personal note congratulating Mahathir thro").
    ],
    roles=[("Malaysian Prime Minister", "mahathir_mohamad"), ("Privy Council President", "prem_tinsulanonda"),
           ("his counterpart", "prayut_chan_o_cha"), ("the Malaysian leader", "mahathir_mohamad"),
           ("the veteran statesman", "prem_tinsulanonda"), ("The visitor", "mahathir_mohamad"),
           ("the host", "prem_tinsulanonda")],
)

A["test_12311_kishida_khurelsukh_tokyo"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "ukhnaa_khurelsukh": ["Ukhnaagiin Khurelsukh", "Khurelsukh"],
        "un_security_council": ["UN Security Council"],
        # New keys.
        "japanese_foreign_ministry": ["Japanese Foreign Ministry"],
    },
    meetings=[
        # "Japanese Prime Minister Fumio Kishida on Tuesday discussed ... with Mongolian President
        # Ukhnaagiin Khurelsukh at a meeting in Tokyo" (the headline-like first line repeats it;
        # the "Japan-Mongolia Summit": the same) -> held, 2022-11-29, Tokyo.
        M(["fumio_kishida", "ukhnaa_khurelsukh"], "2022-11-29", "Tokyo", IP, H,
          "TOKYO (UrduPoint News / Sputnik - 29th November, 2022) Japanese Prime Minister Fumio Kishida on Tuesday discussed discussed bilateral relations and the global situation with Mongolian President Ukhnaagiin Khurelsukh at a meeting in Tokyo."),
        # Not rows: the call on North Korea (a statement to a country); "Pyongyang's special
        # services" (unnamed). UrduPoint News / Sputnik (agency credit in the dateline) are not
        # annotated. Kept as they stand: "discussed discussed" (twice), the first line without a
        # full stop. Removed: at the start, the search tool's date prefix (" date 2022-11-29 ").
        # Nothing removed at the end.
    ],
    roles=[("Japanese Prime Minister", "fumio_kishida"), ("Mongolian President", "ukhnaa_khurelsukh")],
)

A["dev_12312_obama_harper_g8_readout"] = dict(
    actors={
        "barack_obama": ["President Obama"],
        "stephen_harper": ["Prime Minister Harper"],
        "g8": ["G8"],
        "g20": ["G20"],
    },
    meetings=[
        # "President Obama and Prime Minister Harper met shortly after the G8 dinner session on
        # Friday night" -> held, date null (no publication date), place null (no place in the
        # text).
        M(["barack_obama", "stephen_harper"], None, None, IP, H,
          "President Obama and Prime Minister Harper met shortly after the G8 dinner session on Friday night."),
        # Not rows: the G8 dinner session and the G20 (plenaries); "coordinated closely" (no
        # specific contact). "The White House / Office of the Press Secretary" (the issuer's
        # header) is not annotated. Removed: at the end, the site line "White House Shareables".
        # Nothing removed at the start.
    ],
    roles=[("The President", "barack_obama")],
)
