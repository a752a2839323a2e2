"""Accuracy corpus, batch 77b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 77a), from the 1970s to the 2020s (1970s:
three (1974, 1974, 1976), 1980s: one (1986), 1990s: three (1990, 1992, 1998), 2000s: two (2000,
2002), 2010s: two (2018, 2018), 2020s: one (2020); six of the twelve from before 2000, as the
brief asked for at least five), over the regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each). Outlets/sites: the Heydar Aliyev Heritage library (a
transcript of a private conversation, 2000), three US embassy cables (Lusaka and Caracas 1974,
Bangkok 1976; via the WikiLeaks PlusD archive), Himalayan Tribune (Kathmandu), the Houses of the
Oireachtas (a Dail question list, 2002), Pacific Islands Report (a New Zealand Herald story,
1998), the historic Hansard of the UK House of Commons (1992), the Quebec Liberal Party (a
government announcement, 2018), the Chicago Tribune (1990), 26 September (26sepnews.net, Yemen)
and the Wilson Center Digital Archive (a Japanese embassy cable, 1986). The pages are new to the
corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch files), and so, where the
corpus allowed, are their meetings (actor keys and pairs grepped in the batch files). Collected
with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package
was run on them (the package has not been run, imported or read for this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_77b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-76b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_153NN_<slug>` / `test_153NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The heading gives the day of the conversation, "March 22, 2000" (a Wednesday, checked);
    # the transcript page has no other date, so that day is `published` (as the 1998 Solana
    # transcript of batch 75b).
    ("dev_15301_aliyev_shevardnadze_krtsanisi", "Central Asia/Caucasus", "2000s", "Heydar Aliyev Heritage library (lib.aliyev-heritage.org; transcript of a private conversation)", "https://lib.aliyev-heritage.org/en/5185773.html", "2000-03-22"),
    # A US embassy cable (Lusaka 02349), not a news story; `published` = 1974-11-08 from the
    # time group "081600Z NOV 74" (a Friday, checked); "NOV 6" -> 1974-11-06 (a Wednesday).
    ("dev_15302_kaunda_easum_lusaka", "Africa", "1970s", "US Embassy Lusaka cable 1974LUSAKA02349 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1974LUSAKA02349_b.html", "1974-11-08"),
    # A US embassy cable (Bangkok 1557); `published` = 1976-01-23 from "231136Z JAN 76" (a
    # Friday, checked); "JAN. 19" -> 1976-01-19 (a Monday), "JAN. 21" -> 1976-01-21 (a
    # Wednesday); "LAST WEEK" -> no day.
    ("test_15303_lee_khukrit_bangkok", "Southeast Asia", "1970s", "US Embassy Bangkok cable 1976BANGKO01557 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1976BANGKO01557.html", "1976-01-23"),
    # A US embassy cable (Caracas 2132); `published` = 1974-03-12 from "121711Z MAR 74" (a
    # Tuesday, checked); "ON MONDAY, MARCH 11" -> 1974-03-11 (a Monday, checked).
    ("dev_15304_luers_perez_caracas", "Latin America", "1970s", "US Embassy Caracas cable 1974CARACA02132 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1974CARACA02132_b.html", "1974-03-12"),
    # `published` = 2020-12-24 from the URL (/2020/12/24/) and the dateline "Kathmandu, Dec. 24"
    # (a Thursday, checked); "this morning" -> 2020-12-24, "yesterday" -> 2020-12-23.
    ("dev_15305_hou_yanqi_prachanda", "South Asia", "2020s", "Himalayan Tribune (himalayantribune.com)", "https://himalayantribune.com/2020/12/24/chinese-ambassador-meets-prachanda/", "2020-12-24"),
    # "Dail Eireann debate - Tuesday, 25 Jun 2002" (a Tuesday, checked) is `published`. A
    # zero-row control.
    ("dev_15306_dail_official_engagements", "Western Europe", "2000s", "Houses of the Oireachtas (oireachtas.ie; Dail Eireann debate, questions to the Taoiseach)", "https://www.oireachtas.ie/en/debates/debate/dail/2002-06-25/2/member-speech/Joe-Sherlock.D.1981-06-30/", "2002-06-25"),
    # `published` = 1998-07-07 from the URL (/1998/07/07/), a Tuesday (checked); the story is
    # credited to the New Zealand Herald of July 6, 1998. A zero-row control.
    ("test_15307_rabuka_profile_auckland", "Oceania", "1990s", "Pacific Islands Report (pireport.org; a New Zealand Herald story)", "http://www.pireport.org/articles/1998/07/07/fiji%C3%A2%C2%80%C2%99s-prime-minister-sitiveni-rabuka-transition", "1998-07-07"),
    # `published` = 1992-02-04 from the URL (/1992/feb/04/), a Tuesday (checked).
    ("dev_15308_major_kohl_hansard", "Western Europe", "1990s", "Hansard, House of Commons (api.parliament.uk/historic-hansard; parliamentary record)", "https://api.parliament.uk/historic-hansard/commons/1992/feb/04/chancellor-kohl", "1992-02-04"),
    # The dateline "WASHINGTON D.C., June 26, 2018" (a Tuesday, checked) gives `published`; the
    # meetings are not dated within the "two-day mission" -> date null.
    ("dev_15309_couillard_washington", "North America", "2010s", "Quebec Liberal Party (plq.org; a government announcement)", "https://plq.org/en/press-release/the-premiers-mission-to-washington/?", "2018-06-26"),
    # "May 18, 1990" (a Friday, checked) in the page is `published`; "Thursday" -> 1990-05-17.
    ("dev_15310_gorbachev_prunskiene_moscow", "Eastern Europe/Russia", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1990-05-18/news/9002100028_1_prunskiene-lithuanian-officials-baltic-crisis", "1990-05-18"),
    # `published` = 2018-05-02 from the URL (/2018/05/02/), a Wednesday (checked); the text
    # gives no day for either meeting.
    ("test_15311_hadi_shutaif", "Middle East", "2010s", "26 September (en.26sepnews.net, Yemen)", "https://en.26sepnews.net/2018/05/02/president-hadi-values-positions-of-omani-brothers/", "2018-05-02"),
    # A Japanese embassy cable (No. 3756) in the Wilson Center Digital Archive; `published` =
    # 1986-11-09 from "Sent: China, November 9, 1986" (a Sunday, checked); "On the 8th" ->
    # 1986-11-08 (the month and year of the cable).
    ("dev_15312_nakasone_hu_beijing", "East Asia", "1980s", "Wilson Center Digital Archive (digitalarchive.wilsoncenter.org; cable of the Japanese embassy in China, MOFA release)", "https://digitalarchive.wilsoncenter.org/document/209796", "1986-11-09"),
]

A = {}

A["dev_15301_aliyev_shevardnadze_krtsanisi"] = dict(
    actors={
        "heydar_aliyev": ["Heydar Aliyev"],
        "eduard_shevardnadze": ["Eduard Shevardnadze"],
    },
    meetings=[
        # The heading: a private meeting in Tbilisi on March 22, 2000 -> held, 2000-03-22,
        # Tbilisi. "Today we shall hold extensive discussions" is the same meeting (same pair,
        # day and place), not a separate planned row.
        M(["heydar_aliyev", "eduard_shevardnadze"], "2000-03-22", "Tbilisi", IP, H,
          "From the conversation of the President of the Republic of Azerbaijan Heydar Aliyev and President of Georgia Eduard Shevardnadze at private meeting - Tbilisi, \u201cKrsanisi\u201d Governmental House, March 22, 2000"),
        # Not rows: the "official visit" as such (the same encounter); the agreement on the
        # Baku-Tbilisi-Ceyhan pipeline (an agreement, no meeting). Not annotated: "the
        # Azerbaijani delegation" (unnamed); the Baku-Tbilisi-Ceyhan pipeline (a project);
        # Azerbaijan, Georgia, Tbilisi, the Southern Caucasus (places); "Krsanisi"
        # Governmental House (a building). Kept as they stand: "invitation on to pay",
        # "important issue as the security". Removed: nothing at the start; at the end, the
        # cut-off sentence "I consider it necessary to stress that".
    ],
    roles=[("President of the Republic of Azerbaijan", "heydar_aliyev"), ("President of Georgia", "eduard_shevardnadze"),
           ("the President of Azerbaijan", "heydar_aliyev")],
)

_KE = ("1. FOLLOWING PRESIDENT KAUNDA'S STATE HOUSE BREAKFAST NOV 6 FOR ASST SEC EASUM, WHICH ALSO ATTENDED BY AMBASSADORS HURD, BOLEN, HINTON, CARTER, AND STEVENSON AS WELL AS AMBASSADOR WILKOWSKI, PRESIDENT'S ADVISOR MARK CHONA AND FOREIGN MINISTER MWAANGA, LATTER THREE WITHDREW WITH PRESIDENT AND EASUM FOR DISCUSSION OF SOUTHERN AFRICAN ISSUES WITH FOCUS ON SOUTH AFRICAN ROLE.")
A["dev_15302_kaunda_easum_lusaka"] = dict(
    actors={
        "kenneth_kaunda": ["PRESIDENT KAUNDA", "KAUNDA"],
        "john_vorster": ["VORSTER"],
        # New keys (the ambassadors are given by surname only; full-name keys from background
        # knowledge of the US ambassadors in the region in 1974, see the notes).
        "donald_easum": ["EASUM"],
        "john_hurd": ["HURD"],
        "david_bolen": ["BOLEN"],
        "deane_hinton": ["HINTON"],
        "w_beverly_carter": ["CARTER"],
        "robert_stevenson": ["STEVENSON"],
        "jean_wilkowski": ["WILKOWSKI"],
        "mark_chona": ["MARK CHONA"],
        "vernon_mwaanga": ["MWAANGA"],
    },
    meetings=[
        # Kaunda's State House breakfast "NOV 6 FOR ASST SEC EASUM" and the discussion after it
        # are one meeting -> held, 1974-11-06, Lusaka (State House resolved to its city, as
        # White House -> Washington; the cable is from Lusaka). The ambassadors "ATTENDED" and
        # Wilkowski, Chona and Mwaanga "WITHDREW WITH PRESIDENT AND EASUM" (present, not
        # participants, ANNOTATION.md) -> no rows for them.
        M(["kenneth_kaunda", "donald_easum"], "1974-11-06", "Lusaka", IP, H, _KE),
        # Not rows: "CONTACT WITH LIBERATION MOVEMENTS AS WELL AS WITH SOUTH AFRICANS AND
        # PORTUGUESE OVER THE YEARS" (unnamed, no specific meeting); Vorster's "RECENT REMARKS"
        # (statements). Not annotated: the routing lines (AMEMBASSY ..., SECSTATE, AMCONSUL
        # CAPE TOWN: addressees, as in batch 76b); the Lusaka Manifesto (a document); "OTHERS"
        # (generic); Zambia, South Africa, Rhodesia, Namibia, Southeast Asia (places). Kept as
        # they stand: the header, routing and page-break lines; "HE WILLING TO GO". Removed:
        # nothing at the start; at the end, the cut-off paragraph "4. EASUM RESPONDED US UN".
    ],
    roles=[("ASST SEC", "donald_easum"), ("PRESIDENT'S ADVISOR", "mark_chona"), ("FOREIGN MINISTER", "vernon_mwaanga"),
           ("PRESIDENT", "kenneth_kaunda")],
)

_LK_DIN = ("1. SEEN IN RETROSPECT, PROGRAM FOR SINGAPORE PRIME MINISTER CONFIDENTIAL CONFIDENTIAL PAGE 02 BANGKO 01557 231305Z LEE KUAN YEW'S VISIT TO BANGKOK, JAN. 19-21, SEEMS TO HAVE BEEN VERY LIGHT, WITH BUSINESS CONFINED TO DINNER CONVER- SATION WITH PRIME MINISTER KHUKRIT AND FOREIGN MINISTER CHATCHAI JAN. 19.")
_LK_KL = ("2. ACCORDING TO TAN SENG CHYE, COUNSELOR OF SINGAPORE EM- BASSY BANGKOK, VISIT SHOULD BE SEEN AS CONTINUATION OF CON- VERSATION IN KUALA LUMPUR LAST WEEK BETWEEN KHUKRIT, LEE, AND PRESIDENT MARCOS AT TIME OF FUNERAL OF THE LATE MALAYSIAN PRIME MINISTER, TUN RAZAK.")
A["test_15303_lee_khukrit_bangkok"] = dict(
    actors={
        "lee_kuan_yew": ["LEE KUAN YEW", "LEE"],
        "kukrit_pramoj": ["KHUKRIT"],
        "chatchai_choonhavan": ["CHATCHAI"],
        "ferdinand_marcos": ["MARCOS"],
        "abdul_razak": ["TUN RAZAK", "RAZAK"],
        "asean": ["ASEAN"],
        # New keys.
        "tan_seng_chye": ["TAN SENG CHYE"],
        "embassy_of_singapore_bangkok": ["SINGAPORE EMBASSY BANGKOK"],
    },
    meetings=[
        # "CONVERSATION WITH PRIME MINISTER KHUKRIT AT DINNER JAN. 19" -> held, 1976-01-19,
        # Bangkok (Lee's "VISIT ... TO BANGKOK").
        M(["lee_kuan_yew", "kukrit_pramoj"], "1976-01-19", "Bangkok", IP, H,
          "SUMMARY: SEEN IN RETROSPECT, VISIT OF SINGAPORE PRIME MINISTER LEE KUAN YEW TO BANGKOK JAN. 19-21 (REFTEL) DID NOT INVOLVE MUCH SUBSTANCE, BEYOND CONVERSATION WITH PRIME MINISTER KHUKRIT AT DINNER JAN. 19."),
        # The same dinner conversation had Foreign Minister Chatchai as a third named party ->
        # one row per pair (Lee-Khukrit above; Lee-Chatchai; Khukrit-Chatchai, kept required by
        # the pair rule as in dev_001). The sentence runs across the cable's page break.
        M(["lee_kuan_yew", "chatchai_choonhavan"], "1976-01-19", "Bangkok", IP, H, _LK_DIN),
        M(["kukrit_pramoj", "chatchai_choonhavan"], "1976-01-19", "Bangkok", IP, H, _LK_DIN),
        # "VISIT TO CHIANG MAI TO MEET KING JAN. 21" -> the King is given by role only -> a
        # one-party row: held, 1976-01-21, Chiang Mai.
        M(["lee_kuan_yew"], "1976-01-21", "Chiang Mai", IP, H,
          "ACCORDING TO SINGAPORE EMBASSY BANGKOK, VISIT TO CHIANG MAI TO MEET KING JAN. 21 WAS TO FOR PROTOCOL PURPOSES."),
        # "CONVERSATION IN KUALA LUMPUR LAST WEEK BETWEEN KHUKRIT, LEE, AND PRESIDENT MARCOS"
        # at Razak's funeral -> three named parties -> three pair rows; held, date null ("LAST
        # WEEK"), Kuala Lumpur. The summary's "CONVERSATION ON ECONOMIC ISSUES HELD IN KUALA
        # LUMPUR LAST WEEK" is the same conversation.
        M(["kukrit_pramoj", "lee_kuan_yew"], None, "Kuala Lumpur", IP, H, _LK_KL),
        M(["kukrit_pramoj", "ferdinand_marcos"], None, "Kuala Lumpur", IP, H, _LK_KL),
        M(["lee_kuan_yew", "ferdinand_marcos"], None, "Kuala Lumpur", IP, H, _LK_KL),
        # Not rows: Lee's "DEPARTURE PRESS CONFERENCE JAN. 21" (a single person's); the funeral
        # as such. Not annotated: the routing lines; "KING" (unnamed); "ASEAN MEMBERS"
        # (generic); Bangkok, Chiang Mai, Kuala Lumpur, Thailand (places). Kept as they stand:
        # the header and page-break lines, "MALAYSIANPRIME", "WAS TO FOR", the hyphenated
        # line breaks ("CON- TINUATION", "EM- BASSY"). Removed: nothing at the start; at the
        # end, the cut-off fragment "FOCUS OF D".
    ],
    roles=[("SINGAPORE PRIME MINISTER", "lee_kuan_yew"), ("FOREIGN MINISTER", "chatchai_choonhavan"),
           ("THE LATE MALAYSIAN PRIME MINISTER", "abdul_razak"), ("COUNSELOR OF SINGAPORE EM- BASSY BANGKOK", "tan_seng_chye")],
)

_LP = ("ON MONDAY, MARCH 11, WHEN LUERS CALLED ON THE FUTURE MINISTER OF STATE FOR INFORMATION CONSALVI AT THE HEADQUARTERS OF THE TRANSITION OF AD, CONSALVI IMMEDIATELY TOOK HIM TO SEE THE PRESIDENT-ELECT.")
A["dev_15304_luers_perez_caracas"] = dict(
    actors={
        "carlos_andres_perez": ["CARLOS ANDRES PEREZ", "CAP"],
        "simon_alberto_consalvi": ["CONSALVI"],
        # New keys ("AD" is Accion Democratica; the text gives only the abbreviation).
        "william_luers": ["WILLIAM LUERS", "LUERS"],
        "accion_democratica": ["AD"],
    },
    meetings=[
        # Luers "CALLED ON" Consalvi on Monday, March 11 -> held, 1974-03-11; place null (the
        # venue is "THE HEADQUARTERS OF THE TRANSITION OF AD"; no city or country is given for
        # it; CARACAS is the cable's origin and Luers' former post, see the notes).
        M(["william_luers", "simon_alberto_consalvi"], "1974-03-11", None, IP, H, _LP),
        # Consalvi "TOOK HIM TO SEE THE PRESIDENT-ELECT" (Perez) -> held, 1974-03-11; "I
        # HEARTILY APPROVE HIS MEETING WITH THE NEW CHIEF OF STATE" and the "CONVERSATION OF
        # ABOUT 20 MINUTES" are the same meeting. Consalvi took Luers there (present, not a
        # participant) -> no Consalvi-Perez row.
        M(["william_luers", "carlos_andres_perez"], "1974-03-11", None, IP, H, _LP),
        # Not rows: Perez's promise to invite Luers to the inauguration (an invitation, the
        # ceremonies as such); negotiations "WITH THE COMPANIES" (unnamed, future, not a
        # meeting). Not annotated: the routing lines; "THE DEPARTMENT", "THE PETROLEUM
        # COMPANIES", "HIS GOVERNMENT" (generic); "I" (the unnamed ambassador); Caracas, Cuba,
        # Panama (places). Kept as they stand: the header and page-break lines, "REACT TH THIS
        # PROPOSAL". Removed: nothing at the start; at the end, the cut-off sentence "WHEN
        # ASKED WHAT ROLE HE SAW THE US GOVERNMENT PLAYING, CAP REPLIED THAT HE THOUGHT THEY
        # WOULD HAVE TO DEAL WITH THE US GOVERNME".
    ],
    roles=[("PRESIDENT-ELECT", "carlos_andres_perez"), ("THE NEW CHIEF OF STATE", "carlos_andres_perez"),
           ("NEW PRESIDENT", "carlos_andres_perez"), ("THE FUTURE MINISTER OF STATE FOR INFORMATION", "simon_alberto_consalvi"),
           ("FORMER POLITICAL COUNSELOR IN CARACAS", "william_luers")],
)

A["dev_15305_hou_yanqi_prachanda"] = dict(
    actors={
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal \u2018Prachanda\u2019", "Pushpa Kamal Dahal", "Prachanda"],
        "bidya_devi_bhandari": ["Bidya Devi Bhandari"],
        # New keys.
        "hou_yanqi": ["Hou Yanqi"],
        "bishnu_sapkota_jugal": ["Bishnu Sapkota Jugal"],
        "nepal_communist_party": ["Nepal Communist Party"],
    },
    meetings=[
        # "Hou Yanqi met ... Prachanda this morning" -> held, 2020-12-24, Kathmandu (the
        # dateline; "his residence Khumaltar", see the notes).
        M(["hou_yanqi", "pushpa_kamal_dahal"], "2020-12-24", "Kathmandu", IP, H,
          "Kathmandu, Dec. 24: Chinese Ambassador to Nepal Hou Yanqi met chairman of Nepal Communist Party (Prachanda-Nepal faction) Pushpa Kamal Dahal \u2018Prachanda\u2019 this morning."),
        # "had a meeting with President Bidya Devi Bhandari yesterday" -> held, 2020-12-23;
        # place null (the text does not say where).
        M(["hou_yanqi", "bidya_devi_bhandari"], "2020-12-23", None, IP, H,
          "The Chinese Ambassador had a meeting with President Bidya Devi Bhandari yesterday."),
        # Not rows: Jugal "informed" (a statement). Not annotated: the "Prachanda-Nepal
        # faction" (a faction name written with its leaders' names); Kathmandu, Khumaltar
        # (places). Removed: nothing.
    ],
    roles=[("Chinese Ambassador to Nepal", "hou_yanqi"), ("The Chinese Ambassador", "hou_yanqi"),
           ("chairman of Nepal Communist Party", "pushpa_kamal_dahal"), ("Prachanda\u2019s press coordinator", "bishnu_sapkota_jugal"),
           ("Chairman Prachanda", "pushpa_kamal_dahal")],
)

A["dev_15306_dail_official_engagements"] = dict(
    actors={
        "ruairi_quinn": ["Ruair\u00ed Quinn", "Mr. Quinn"],
        "dail_eireann": ["D\u00e1il \u00c9ireann"],
        # New keys.
        "trevor_sargent": ["Trevor Sargent", "Mr. Sargent"],
        "joe_higgins": ["Joe Higgins", "Mr. J. Higgins"],
        "national_forum_on_europe": ["National Forum on Europe"],
    },
    meetings=[
        # Zero-row control. The questions ask about the Taoiseach's "discussions with the
        # President of Latvia during her recent visit here", "his meeting on 18 June 2002 with
        # the President of Slovenia" and "his recent meeting in Dublin with the Spanish Prime
        # Minister": the Taoiseach is not named in the text and every counterpart is given by
        # role only, so no row has a named party (the guide lists only named parties). Also
        # not rows: "official visits abroad" (plans without a counterpart). Not annotated: "the
        # Taoiseach", "the President of Latvia", "the President of Slovenia", "the Spanish
        # Prime Minister" (unnamed office holders); the reports of the Forum (documents);
        # Dublin (a place). Removed: at the start, the site lines "Skip to main content" and
        # "Normal View"; at the end, the cut-off question 10 with its heading lines ("Enda
        # Kenny" / "Question:" / "10 Mr. Kenny asked the Taoiseach if he will report on his
        # recent contacts with other European Union Heads of Govern").
    ],
    roles=[],
)

A["test_15307_rabuka_profile_auckland"] = dict(
    actors={
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Mr. Rabuka", "Rabuka"],
        # New keys.
        "paul_reeves": ["Sir Paul Reeves", "Sir Paul"],
        "don_gevirtz": ["Don Gevirtz"],
        "new_zealand_herald": ["New Zealand Herald"],
        "constitution_review_commission": ["Constitution Review Commission"],
    },
    meetings=[
        # Zero-row control. Not rows: Rabuka "telling Pacific journalists" (a media event);
        # "setting up U.S. forums for Mr. Rabuka" and "all of those contacts with American
        # leaders" (unspecified, no named counterpart: counts, not meetings); the protesters
        # "cursing his name"; Reeves "led the Constitution Review Commission" (a body's work,
        # no meeting); "A diplomat noted" (a statement). Not annotated: the byline (Michael J.
        # Field); "A diplomat", "the protesters", "Pacific journalists", "American leaders"
        # (unnamed/generic); the Maori and the Indo-Fijians (groups); the 1990 constitution
        # (a document); Auckland, Albert Street, Fiji, New Zealand (places). Removed: at the
        # start, the site line "admin's picture"; at the end, the cut-off paragraph "\"Rabuka
        # has told me frequently he doesn't feel he ever made a dramatic change, that he always
        # ha".
    ],
    roles=[("Fiji Prime Minister", "sitiveni_rabuka"), ("Former New Zealand Governor-General", "paul_reeves"),
           ("The U.S. Ambassador at the time of the negotiations", "don_gevirtz"), ("the prime minister", "sitiveni_rabuka")],
)

A["dev_15308_major_kohl_hansard"] = dict(
    actors={
        "helmut_kohl": ["Chancellor Kohl", "Kohl"],
        "andrew_hunter": ["Mr. Hunter"],
        "bank_of_england": ["Bank of England"],
        # New key.
        "giles_radice": ["Mr. Radice"],
    },
    meetings=[
        # "I expect to meet him again soon, but I have no immediate plans to do so." -> an
        # intended meeting without any plan; the Prime Minister is not named in the text ->
        # a one-party row: planned, no date, no place, not required (see the notes).
        M(["helmut_kohl"], None, None, IP, P,
          "I expect to meet him again soon, but I have no immediate plans to do so.", False),
        # Not rows: "in frequent contact by telephone" (a count of calls); "the closest
        # possible co-operation ... in the past year" (general); the opt-outs "negotiated by
        # the Prime Minister at Maastricht" (a multilateral summit); "the Governor of the Bank
        # of England noted yesterday" (a statement). Not annotated: "the Prime Minister"
        # (unnamed in the text), "the Governor of the Bank of England" (unnamed), "the
        # Opposition" (generic); the United Kingdom, Germany, north America, continental
        # Europe, Japan, Maastricht (places). Kept as they stand: the speaker names run into
        # the speeches ("Mr. HunterTo ask", "The Prime MinisterChancellor Kohl"). Removed:
        # nothing.
    ],
    roles=[("the Chancellor of Germany", "helmut_kohl")],
)

A["dev_15309_couillard_washington"] = dict(
    actors={
        "us_house_of_representatives": ["House of Representatives"],
        # New keys.
        "philippe_couillard": ["Philippe Couillard"],
        "wilbur_ross": ["Wilbur Ross"],
        "sonny_perdue": ["Sonny Perdue"],
        "pat_toomey": ["Pat Toomey"],
        "bill_pascrell": ["Bill Pascrell"],
        "richard_neal": ["Richard Neal"],
        "sander_levin": ["Sander Levin"],
        "suzan_delbene": ["Suzan DelBene"],
        "ron_kind": ["Ron Kind"],
        "mike_thompson": ["Mike Thompson"],
        "brian_higgins": ["Brian Higgins"],
        "david_macnaughton": ["David MacNaughton"],
        "us_cabinet": ["Cabinet of the United States"],
        "us_senate_finance_committee": ["Finance Committee"],
        "house_ways_and_means_committee": ["Committee on Ways and Means"],
        "northern_border_caucus": ["Northern Border Caucus"],
    },
    meetings=[
        # "He met with:" and eleven named people during the "two-day mission to the American
        # capital" -> one held row per person, date null (the day of each meeting is not
        # given), Washington. Whether some of them were met together is not said -> no pair
        # rows among them. The evidence is the list item naming each (the list is one
        # sentence).
        M(["philippe_couillard", "wilbur_ross"], None, "Washington", IP, H,
          "Wilbur Ross, United States Secretary of Commerce and member of the Cabinet of the United States;"),
        M(["philippe_couillard", "sonny_perdue"], None, "Washington", IP, H,
          "Sonny Perdue, Secretary of Agriculture and member of the Cabinet of the United States;"),
        M(["philippe_couillard", "pat_toomey"], None, "Washington", IP, H,
          "Pat Toomey, Senator for Pennsylvania and member of the Finance Committee;"),
        M(["philippe_couillard", "bill_pascrell"], None, "Washington", IP, H,
          "Bill Pascrell, Representative for New Jersey in the House of Representatives and member of the Committee on Ways and Means;"),
        M(["philippe_couillard", "richard_neal"], None, "Washington", IP, H,
          "Richard Neal, Representative for Massachusetts;"),
        M(["philippe_couillard", "sander_levin"], None, "Washington", IP, H,
          "Sander Levin, Representative for Michigan;"),
        M(["philippe_couillard", "suzan_delbene"], None, "Washington", IP, H,
          "Suzan DelBene, Representative for the State of Washington;"),
        M(["philippe_couillard", "ron_kind"], None, "Washington", IP, H,
          "Ron Kind, Representative for Wisconsin;"),
        M(["philippe_couillard", "mike_thompson"], None, "Washington", IP, H,
          "Mike Thompson, Representative for California;"),
        M(["philippe_couillard", "brian_higgins"], None, "Washington", IP, H,
          "Brian Higgins, Representative for the State of New York and Co-chair of the Northern Border Caucus;"),
        # The Canadian ambassador is on the same list ("met with"); he may have accompanied
        # the Premier rather than been met -> not required.
        M(["philippe_couillard", "david_macnaughton"], None, "Washington", IP, H,
          "David MacNaughton, Canadian Ambassador to the United States.", False),
        # Not annotated: "Qu\u00e9bec\u2019s workers, farmers, entrepreneurs, families and
        # regions" (generic); Washington, Pennsylvania, New Jersey, Massachusetts, Michigan,
        # Wisconsin, California, the State of New York (places). Removed: at the start, the
        # site lines before "The Premier\u2019s mission to Washington" (the French title
        # "Mission du premier ministre \u00e0 Washington - Philippe Couillard rencontre des
        # d\u00e9cideurs de l'administration am\u00e9ricaine et des leaders du Congr\u00e8s", "Back to the
        # press releases", "Government announcement", "26 June 2018", the English title
        # "Philippe Couillard meets with congressional leaders and decision-makers in the
        # American administration", the French title again and the party's newsletter block);
        # at the end, the heading "They discussed:" with its cut-off first item "The current
        # economic uncertainty and its cons".
    ],
    roles=[("Qu\u00e9bec Premier", "philippe_couillard"), ("United States Secretary of Commerce", "wilbur_ross"),
           ("Secretary of Agriculture", "sonny_perdue"), ("Senator for Pennsylvania", "pat_toomey"),
           ("Representative for Massachusetts", "richard_neal"), ("Representative for Michigan", "sander_levin"),
           ("Representative for Wisconsin", "ron_kind"), ("Representative for California", "mike_thompson"),
           ("Canadian Ambassador to the United States", "david_macnaughton")],
)

_GPR = ("Nonetheless, the fact that Prunskiene was able to meet at all with Gorbachev and Soviet Prime Minister Nikolai Ryzhkov was an important change from the stalemate triggered by the Lithuanian legislature`s independence vote March 11.")
A["dev_15310_gorbachev_prunskiene_moscow"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Gorbachev"],
        "kazimiera_prunskiene": ["Kazimiera Prunskiene", "Prunskiene"],
        "tass": ["Tass"],
        "us_state_department": ["State Department"],
        # New key.
        "nikolai_ryzhkov": ["Nikolai Ryzhkov"],
    },
    meetings=[
        # "Gorbachev met with ... Prunskiene for nearly two hours Thursday" -> held,
        # 1990-05-17 (the Thursday before the Friday paper), Moscow (dateline; "the Kremlin
        # meeting").
        M(["mikhail_gorbachev", "kazimiera_prunskiene"], "1990-05-17", "Moscow", IP, H,
          "MOSCOW \u2014 President Mikhail Gorbachev met with Lithuanian Prime Minister Kazimiera Prunskiene for nearly two hours Thursday in the most significant step so far toward resolving the 2-month-old conflict between Moscow and the rebellious republic."),
        # "Prunskiene was able to meet ... with Gorbachev and Soviet Prime Minister Nikolai
        # Ryzhkov" -> Ryzhkov a third named party of the same meeting -> pair rows
        # Prunskiene-Ryzhkov and Gorbachev-Ryzhkov (the pair rule, as in dev_001), dated to
        # the same Thursday, Moscow.
        M(["kazimiera_prunskiene", "nikolai_ryzhkov"], "1990-05-17", "Moscow", IP, H, _GPR),
        M(["mikhail_gorbachev", "nikolai_ryzhkov"], "1990-05-17", "Moscow", IP, H, _GPR),
        # Not rows: "the superpower summit in Washington" in two weeks (its participants are not
        # named in the text); Tass's comment (a statement); the State Department official's
        # remark. Not annotated: the byline (Vincent J. Schodolski, George de Lama, Chicago
        # Tribune); "the Kremlin", "the Lithuanian legislature", "a senior State Department
        # official" (institutions named generically, unnamed person); Moscow, Lithuania,
        # Latvia, Estonia, the USSR, the Soviet Union, the United States, Washington (places).
        # Kept as they stand: the backquotes ("legislature`s", "``a big step forward``") and
        # the paragraph break inside "emphasized the / ``indispensable necessity``". Removed:
        # nothing at the start; at the end, the cut-off sentence "Secretary of State James A.
        # Baker III, in Moscow for crucial pre-summit talks, had warned Wednesday that the
        # Soviets` failure to engage in a dialogue with the three Baltic states" (so Baker is
        # not annotated).
    ],
    roles=[("Lithuanian Prime Minister", "kazimiera_prunskiene"), ("Soviet Prime Minister", "nikolai_ryzhkov"),
           ("the official news agency", "tass"), ("Lithuanian Leader", "kazimiera_prunskiene")],
)

A["test_15311_hadi_shutaif"] = dict(
    actors={
        "abd_rabbuh_mansour_hadi": ["Abd-Rabbo Manousr Hadi", "President Hadi", "Hadi"],
        "qaboos_bin_said": ["Qabus bin Saeed"],
        # New keys.
        "khaled_shutaif": ["Dr. Khaled Shutaif", "Khaled Shutaif", "Shutaif"],
        "tarshan_al_waili": ["Tarshan al-Wai\u2019li"],
        "houthis": ["Houthi"],
    },
    meetings=[
        # "In his meeting with Yemen's Ambassador to Oman Dr. Khaled Shutaif" -> held; the text
        # gives no day and no place -> null, null.
        M(["abd_rabbuh_mansour_hadi", "khaled_shutaif"], None, None, IP, H,
          "In his meeting with Yemen\u2019s Ambassador to Oman Dr. Khaled Shutaif, President Hadi confirmed historical relations between the two countries and coordination in different issues of common concern, including efforts for fighting terrorism through marine and ground outlets."),
        # "Earlier, President Hadi met with Governor of Sa'ada General Tarshan al-Wai'li" ->
        # held, null, null.
        M(["abd_rabbuh_mansour_hadi", "tarshan_al_waili"], None, None, IP, H,
          "Earlier, President Hadi met with Governor of Sa\u2019ada General Tarshan al-Wai\u2019li, who briefed him on latest developments and victories in the warfronts there."),
        # Not rows: Hadi "asked Shutaif to covey his best wishes to the Sultan of Oman Qabus bin
        # Saeed" (a message, no meeting with the Sultan). Not annotated: "Omani officials",
        # "Omani authorities", "tribal and social leaders" (generic); Yemen, Oman, the
        # Sultanate, Sa'ada (places). Kept as they stand: the lines "img" and "Local 0" after
        # the headline, "Manousr", "covey", "rules of the governor". Removed: nothing at the
        # start; at the end, the site lines "RELATED POSTS" and "Leave A Reply".
    ],
    roles=[("Yemen\u2019s Ambassador to Oman", "khaled_shutaif"), ("Ambassador Shutaif", "khaled_shutaif"),
           ("the Sultan of Oman", "qaboos_bin_said"), ("Governor of Sa\u2019ada", "tarshan_al_waili"),
           ("the governor", "tarshan_al_waili")],
)

A["dev_15312_nakasone_hu_beijing"] = dict(
    actors={
        "yasuhiro_nakasone": ["Nakasone"],
        "hu_yaobang": ["General Secretary Hu", "Hu"],
        # New keys (the Japanese participants are given by surname only; see the notes).
        "yosuke_nakae": ["Ambassador Nakae", "Nakae"],
        "deputy_chief_cabinet_secretary_watanabe": ["Deputy Chief Cabinet Secretary Watanabe"],
        "deputy_director_general_yanai": ["Deputy Director-General Yanai"],
        "director_general_fujita": ["Director-General Fujita"],
        "executive_secretary_fukuda": ["Executive Secretary to the Prime Minister Fukuda"],
        "counselor_mine": ["Counselor Mine"],
        "hu_qili": ["Hu Qili"],
        "wang_zhaoguo": ["Wang Zhaoguo"],
        "liu_shuqing": ["Liu Shuqing"],
        "liu_yandong": ["Liu Yandong"],
        "yang_zhenya": ["Yang Zhenya"],
        "ma_yuzhen": ["Ma Yuzhen"],
        "ministry_of_foreign_affairs_japan": ["Ministry of Foreign Affairs of Japan", "MOFA"],
        "all_china_youth_federation": ["All-China Youth Federation"],
        "wilson_center_history_and_public_policy_program": ["History and Public Policy Program"],
    },
    meetings=[
        # "On the 8th, from 1800 hours, the Prime Minister had a meeting for an hour and a half
        # with General Secretary Hu." -> held, 1986-11-08 (the month and year of the cable),
        # China (the "Visit to China"; no city in the text). "The Prime Minister" is Nakasone
        # (named in the archive's summary "Hu and Nakasone discuss ..."). The listed
        # "Participants" of both sides are delegation members (present, not the parties the
        # text presents as meeting) -> no rows for them.
        M(["yasuhiro_nakasone", "hu_yaobang"], "1986-11-08", "China", IP, H,
          "On the 8th, from 1800 hours, the Prime Minister had a meeting for an hour and a half with General Secretary Hu."),
        # Not annotated: the translator credit (Stephen Mercado); "the China Division
        # Director", "Information Department Director" (unnamed); the Act on Access to
        # Information Held by Administrative Organs (a law); China, Japan (places). Kept as
        # they stand: the archive lines "Citation", "get citation", "share document",
        # "English HTML", "[blacked out]", the doubled "Information Department Director".
        # Removed: at the start, the site lines "Search in" and "Digital Archive International
        # History Declassified"; at the end, the cut-off sentence "We applaud Your Excellency's
        # contribution to the maintenance and".
    ],
    roles=[("the Prime Minister", "yasuhiro_nakasone"), ("Your Excellency the Prime Minister", "yasuhiro_nakasone"),
           ("General Secretary Hu", "hu_yaobang")],
)
