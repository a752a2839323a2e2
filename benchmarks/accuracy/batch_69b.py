"""Accuracy corpus, batch 69b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 69a), from the 1970s to the 2020s
(1970s: one (1974), 1980s: four (1980, 1988, 1988, 1988), 2000s: one (2008), 2010s: three (2012,
2012, 2018), 2020s: three (2020, 2020, 2024); five of the twelve from before 2000 (1974, 1980,
1988, 1988, 1988), as the brief asked; no even-year 1990s page was taken, see the notes), over the
eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Papers Past (paperspast.natlib.govt.nz; The Press, Christchurch), MercoPress
(en.mercopress.com), Press TV (presstv.ir), Pattaya Mail (pattayamail.com), the Orlando Sentinel
(articles.orlandosentinel.com; a New York Times story), the Los Angeles Times (a mirror of the
latimes.com archive at cache.nohib.com.), The Brussels Times (brusselstimes.com), the Ronald Reagan
Presidential Library (reaganlibrary.gov; a White House statement), the Houses of the Oireachtas
(oireachtas.ie; a Dail statement), the Samoa Observer (samoaobserver.ws), MONTSAME (montsame.mn,
Japanese interface) and Hurriyet (hurriyet.com.tr; an Anatolian Agency item); the Orlando Sentinel,
The Brussels Times, the Reagan Library, the Samoa Observer and Hurriyet are new to the corpus. The
pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the other
batches' modules, batch 69a excepted), and so are their meetings (names grepped in the corpus
texts). Collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run, imported or read for this
batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_69b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-68b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_137NN_<slug>` / `test_137NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "DAR-ES-SALAAM, February 4." of a Press item; the page's URL (CHP19740205) gives
    # the issue of Tuesday 5 February 1974 (checked): "last night" against the dateline -> 1974-02-03
    # (a Sunday, checked; see the notes).
    ("dev_13701_douglas_home_malecela_dar", "Africa", "1970s", "Papers Past (paperspast.natlib.govt.nz; The Press, Christchurch, N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19740205.2.138", "1974-02-05"),
    # No date line in the kept text; the URL's "2024/04/15" (a Monday, checked) and the embedded
    # post dated "April 15, 2024": "on Monday" -> 2024-04-15.
    ("dev_13702_vieira_mondino_brasilia", "Latin America", "2020s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2024/04/15/brazil-and-argentina-have-much-in-common-despite-opposing-presidents", "2024-04-15"),
    # The date line "Wed Sep 12, 2012 4:38PM" (a Wednesday, checked; the URL's 2012/09/12 agrees):
    # "on Wednesday" -> 2012-09-12.
    ("test_13703_salehi_kazykhanov_astana", "Central Asia/Caucasus", "2010s", "Press TV (presstv.ir)", "http://www.presstv.ir/detail/2012/09/12/261213/salehi-meets-with-kazakhstan-fm/", "2012-09-12"),
    # The dateline "BANGKOK, Feb 18" without a year; the year 2012 is read from the text ("during
    # the first half of 2012", the programme of the visit) -> published 2012-02-18 (a Saturday,
    # checked); "on Monday" -> 2012-02-20 (a Monday, checked; see the notes).
    ("dev_13704_yingluck_najib_planned", "Southeast Asia", "2010s", "Pattaya Mail (pattayamail.com)", "https://www.pattayamail.com/thailandnews/thai-pm-to-visit-malaysia-on-monday-10290", "2012-02-18"),
    # The date line "September 29, 1988" (a Thursday, checked; the URL's 1988-09-29 agrees):
    # "Wednesday" -> 1988-09-28 (checked).
    ("dev_13705_shevardnadze_qian_un", "Eastern Europe/Russia", "1980s", "Orlando Sentinel (articles.orlandosentinel.com; a New York Times story)", "http://articles.orlandosentinel.com/1988-09-29/news/0070200029_1_soviet-foreign-minister-soviet-union-china", "1988-09-29"),
    # The header "The World - News from Jan. 22, 1988" (a Friday, checked; the URL's 1988-01-22
    # agrees); the meetings are not given a day -> null.
    ("dev_13706_cordovez_junejo_islamabad", "South Asia", "1980s", "Los Angeles Times (The World briefs; mirror of the latimes.com archive at cache.nohib.com.)", "http://cache.nohib.com./archives/la-xpm-1988-01-22-mn-25377-story.html", "1988-01-22"),
    # The search tool's date field 2020-10-07 (a Wednesday, checked; removed with its prefix): "on
    # Wednesday" -> 2020-10-07; "on 20 October" -> 2020-10-20 (explicit, year of publication).
    ("test_13707_de_croo_rutte_hague_planned", "Western Europe", "2020s", "The Brussels Times (brusselstimes.com)", "https://www.brusselstimes.com/news/belgium-all-news/politics/134599/prime-minister-de-croos-first-visit-abroad-will-be-to-the-netherlands/", "2020-10-07"),
    # The date line "December 31, 1988" (a Saturday, checked; the URL's 123188 agrees); the call is
    # reported on the day of the statement -> 1988-12-31 (see the notes).
    ("dev_13708_reagan_mulroney_phone", "North America", "1980s", "Ronald Reagan Presidential Library (reaganlibrary.gov; statement by the Deputy Press Secretary)", "https://www.reaganlibrary.gov/sites/default/files/archives/speeches/1988/123188f.htm", "1988-12-31"),
    # No date line in the kept text; the URL's "1980-03-19" (the Dail sitting of Wednesday 19 March
    # 1980, checked); the visit is dated in the text: "on Thursday 13 March" -> 1980-03-13 (a
    # Thursday, checked).
    ("dev_13709_taoiseach_giscard_paris", "Western Europe", "1980s", "Houses of the Oireachtas (oireachtas.ie; Dail Eireann debate, statement by the Taoiseach)", "https://www.oireachtas.ie/en/debates/debate/dail/1980-03-19/30/", "1980-03-19"),
    # The byline date "17 November 2018, 12:00AM" (a Saturday, checked): "on Friday" -> 2018-11-16
    # (a Friday, checked).
    ("dev_13710_tuilaepa_xi_port_moresby", "Oceania", "2010s", "Samoa Observer (samoaobserver.ws)", "https://www.samoaobserver.ws/category/article/19776", "2018-11-17"),
    # The date line "2020-09-16 18:23:45" (a Wednesday, checked): "today" -> 2020-09-16; the other
    # meetings of the two-day visit are not given a day -> null.
    ("test_13711_khurelsukh_wang_yi_mongolia", "East Asia", "2020s", "MONTSAME (montsame.mn, Japanese interface; English text)", "https://montsame.mn/jp/read/236675", "2020-09-16"),
    # The date line "01.05.2008 - 14:09" (1 May 2008, a Thursday, checked): the planned meetings
    # are not given a day -> null.
    ("dev_13712_turkish_delegation_talabani_maliki", "Middle East", "2000s", "Hurriyet (hurriyet.com.tr; Anatolian Agency)", "http://www.hurriyet.com.tr/turkey-sends-delagation-to-iraq-8832658", "2008-05-01"),
]

A = {}

_GR = ("As Mr Malecela greeted: his guest at the foot of the; steps, placards waved over] his head reading: “Home go home” and ‘‘Home-master of I deception.”")
A["dev_13701_douglas_home_malecela_dar"] = dict(
    actors={
        "alec_douglas_home": ["Sir Alec Douglas-Home", "Sir Aleci Douglas-Home", "Douglas-Home"],
        # New keys.
        "john_malecela": ["Mr John Malecela", "John Malecela", "Mr Malecela", "Malecela"],
        "lady_douglas_home": ["Lady DouglasHome"],
        "tanu": ["Tan-1 ganyika African National; Union Party", "T.A.N.U."],
        "tanu_youth_league": ["Youth League"],
        "royal_air_force": ["R.A.F."],
    },
    meetings=[
        # Malecela waits at the airport "to welcome" Douglas-Home, greets "his guest at the foot of
        # the steps" and walks with him to the car; the visit is made "at Mr Malecela's invitation"
        # (the same encounter) -> held, 1974-02-03 ("last night" against the dateline "February
        # 4"; see the notes), Dar-es-Salaam (the dateline's place, where he "flew to").
        M(["john_malecela", "alec_douglas_home"], "1974-02-03", "Dar-es-Salaam", IP, H, _GR),
        # Not rows: the students' demonstration and the diplomats "jostled and kicked" (no meeting);
        # "Lady DouglasHome" walking with them (a spouse, present: an actor, not a participant);
        # "the Minister"'s appeal to the students (a statement). Not annotated: the agency credit
        # "(N.Z.P.A.-Reutcr—Copyright)"; Rhodesia, Blantyre, Malawi (places). Kept as they stand:
        # the OCR slips "Reutcr", "VCIO", "or-t ganised", "Tan-1 ganyika", "author-; ities", "ar- 1
        # riving", "Ma-' lawi", "for-! ward", "greeted: his", "over] his", "of I deception",
        # "Sir Aleci", "reia-i tions", "strain!", "Rhodesia’s!", the paragraph break after
        # "placards!" and the mixed quotation marks. Removed: at the start, ten site lines "Article
        # image"; at the end, the cut-off sentence "At talks today, which Sir' Alec Douglas-Home
        # will hold I with Tanzanian leaders the' possibility of Britain resum-' ing capital aid to
        # Tanzania' is expected to".
    ],
    roles=[("the British Foreign Secretary", "alec_douglas_home"), ("the Tanzanian Foreign Minister", "john_malecela"),
           ("his guest", "alec_douglas_home"), ("the Minister", "john_malecela")],
)

_VM = ("Foreign Ministers Mauro Vieira of Brazil and Diana Mondino of Argentina met in Brasilia on Monday for talks aimed at bringing South America's two largest countries closer together, despite the opposing views of presidents Luiz Inácio Lula da Silva and Javier Milei, especially on each other.")
A["dev_13702_vieira_mondino_brasilia"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva", "Lula"],
        "javier_milei": ["Javier Milei", "Milei"],
        # New keys.
        "mauro_vieira": ["Mauro Vieira", "Vieira"],
        "diana_mondino": ["Diana Mondino", "Mondino", "@DianaMondino"],
        "geraldo_alckmin": ["Vice President Geraldo Alckmin", "Geraldo Alckmin"],
    },
    meetings=[
        # "Foreign Ministers Mauro Vieira ... and Diana Mondino ... met in Brasilia on Monday" ("The
        # two top diplomats reviewed", "After meeting with Vieira": the same) -> held, 2024-04-15,
        # Brasilia.
        M(["mauro_vieira", "diana_mondino"], "2024-04-15", "Brasilia", IP, H, _VM),
        # "After meeting with Vieira, Mondino had lunch with Vice President Geraldo Alckmin" ->
        # held; date and place null (the lunch is not given a day or a place in the text; see the
        # notes).
        M(["diana_mondino", "geraldo_alckmin"], None, None, IP, H,
          "After meeting with Vieira, Mondino had lunch with Vice President Geraldo Alckmin and plans to meet with local businessmen in São Paulo on Tuesday and Wednesday."),
        # Not rows: "plans to meet with local businessmen in São Paulo" (unnamed); "a meeting
        # between the two leaders is not ruled out" (Lula-Milei: not announced or planned, see the
        # notes); the embedded post "— Diana Mondino (@DianaMondino) April 15, 2024" (a post).
        # Not annotated: "Buenos Aires media" (unnamed). Kept as they stand: "Rio Grande del Sur",
        # the post line. Removed: nothing at the start; at the end, the cut-off sentence "It has
        # become a true state policy, Mond".
    ],
    roles=[("Vice President", "geraldo_alckmin")],
)

A["test_13703_salehi_kazykhanov_astana"] = dict(
    actors={
        "non_aligned_movement": ["Non-Aligned Movement", "NAM"],
        # New keys.
        "ali_akbar_salehi": ["Ali Akbar Salehi", "Salehi"],
        "yerzhan_kazykhanov": ["Yerzhan Kazykhanov"],
        "ahmet_davutoglu": ["Ahmet Davutoglu"],
        "cica": ["Conference on Interaction and Confidence-Building Measures in Asia", "CICA"],
    },
    meetings=[
        # "Salehi has met with his Kazakh counterpart, Yerzhan Kazykhanov, on the sidelines of the
        # fourth meeting of the foreign ministers of the ... (CICA)" ("During the meeting on
        # Wednesday in Kazakhstan's capital, Astana": the same) -> held, 2012-09-12, Astana.
        M(["ali_akbar_salehi", "yerzhan_kazykhanov"], "2012-09-12", "Astana", IP, H,
          "Iranian Foreign Minister Ali Akbar Salehi has met with his Kazakh counterpart, Yerzhan Kazykhanov, on the sidelines of the fourth meeting of the foreign ministers of the Conference on Interaction and Confidence-Building Measures in Asia (CICA)."),
        # "Earlier on Wednesday, Salehi also held talks with his Turkish counterpart, Ahmet
        # Davutoglu." -> held, 2012-09-12; place null (no place is given for this meeting; see the
        # notes).
        M(["ali_akbar_salehi", "ahmet_davutoglu"], "2012-09-12", None, IP, H,
          "Earlier on Wednesday, Salehi also held talks with his Turkish counterpart, Ahmet Davutoglu."),
        # Not rows: the CICA foreign ministers' meeting (a plenary); the NAM summit in Tehran (a
        # summit, no pair named); "his earlier speech at the CICA meeting" (a speech); "exchanging
        # high-level delegations" (a proposal). Kept as it stands: the photo caption "Iran's
        # Foreign Minister Ali Akbar Salehi (file photo)". Removed: the second, duplicated copy of
        # that caption line (after the date line); at the end, the agency tag "TNP/SS/AZ" and the
        # comment widget lines "Before you submit, read our comment policy. Send your Feedback.",
        # "500 characters left", "Loading ...".
    ],
    roles=[("Iran's Foreign Minister", "ali_akbar_salehi"), ("Iranian Foreign Minister", "ali_akbar_salehi"),
           ("his Kazakh counterpart", "yerzhan_kazykhanov"), ("The Iranian foreign minister", "ali_akbar_salehi"),
           ("The Kazakh foreign minister", "yerzhan_kazykhanov"), ("his Iranian counterpart", "ali_akbar_salehi"),
           ("his Turkish counterpart", "ahmet_davutoglu")],
)

A["dev_13704_yingluck_najib_planned"] = dict(
    actors={
        "yingluck_shinawatra": ["Thai Prime Minister Yingluck Shinawatra", "Yingluck Shinawatra", "Ms Yingluck"],
        "najib_razak": ["Najib Tun Razak"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
        # New key.
        "thai_malaysia_joint_commission": ["Thai Malaysia Joint Commission", "JC"],
    },
    meetings=[
        # "Ms Yingluck was scheduled to meet her Malaysian counterpart Najib Tun Razak" during "the
        # one day visit" ("will visit Malaysia on Monday") -> planned, 2012-02-20 ("on Monday"
        # against the dateline "Feb 18" of 2012; see the notes), Malaysia (no city is named).
        M(["yingluck_shinawatra", "najib_razak"], "2012-02-20", "Malaysia", IP, P,
          "During the one day visit, Ms Yingluck was scheduled to meet her Malaysian counterpart Najib Tun Razak to discuss bilateral issues including a plan to revive the existing cooperation mechanism as Thailand would propose to host the Thai Malaysia Joint Commission (JC), Joint Development Strategy for Border Areas (JDS) during the first half of 2012 to lay groundwork for the 5th annual summit meeting between Thai and Malaysian leaders which Malaysia was expected to host."),
        # Not rows: the Joint Commission and the "5th annual summit meeting between Thai and
        # Malaysian leaders" (future meetings without a date or named participants beyond this
        # visit); the invitation to "the 21st World Economic Forum on East Asia" (an event); the
        # trip "postponed from October of last year" (no meeting held). Not annotated: the JDS,
        # IMT-GT and AEC (programmes), the World Economic Forum on East Asia (an event). Kept as it
        # stands: "one day visit". Removed: nothing (the excerpt is stored whole).
    ],
    roles=[("Thai Prime Minister", "yingluck_shinawatra"), ("The Thai premier", "yingluck_shinawatra"),
           ("her Malaysian counterpart", "najib_razak"), ("the Malaysian leader", "najib_razak")],
)

A["dev_13705_shevardnadze_qian_un"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "qian_qichen": ["Qian Qichen", "Qian"],
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Gorbachev"],
        "gennady_gerasimov": ["Gennadi Gerasimov", "Gerasimov"],
        "alexei_kosygin": ["Aleksei Kosygin"],
        "zhou_enlai": ["Premier Zhou Enlai", "Zhou Enlai"],
        "ho_chi_minh": ["Ho Chi Minh"],
        "united_nations": ["United Nations"],
        # New key.
        "soviet_foreign_ministry": ["Soviet Foreign Ministry"],
    },
    meetings=[
        # "a meeting Wednesday between the Soviet foreign minister, Eduard Shevardnadze, and the
        # Chinese foreign minister, Qian Qichen, at the Chinese Mission to the United Nations" ->
        # held, 1988-09-28; place null (the Mission is named without a city and the dateline is
        # "UNITED NATIONS"; see the notes).
        M(["eduard_shevardnadze", "qian_qichen"], "1988-09-28", None, IP, H,
          "Soviet spokesman Gennadi Gerasimov said the Soviet-backed Vietnamese occupation of Cambodia was the principal subject at a meeting Wednesday between the Soviet foreign minister, Eduard Shevardnadze, and the Chinese foreign minister, Qian Qichen, at the Chinese Mission to the United Nations."),
        # "China's foreign minister will visit Moscow this year and meet with Soviet leader Mikhail
        # Gorbachev" ("Qian is to visit Moscow in late November or early December") -> planned,
        # date null (a range), Moscow; Qian is named in the same text ("China's foreign minister"
        # -> qian_qichen).
        M(["qian_qichen", "mikhail_gorbachev"], None, "Moscow", IP, P,
          "UNITED NATIONS — China's foreign minister will visit Moscow this year and meet with Soviet leader Mikhail Gorbachev, the Soviet Foreign Ministry announced Wednesday."),
        # "The last such meeting was in 1969, when Aleksei Kosygin ... met at Beijing's airport with
        # Premier Zhou Enlai" -> held, date null (year only), Beijing.
        M(["alexei_kosygin", "zhou_enlai"], None, "Beijing", IP, H,
          "The last such meeting was in 1969, when Aleksei Kosygin, then the Soviet premier, met at Beijing's airport with Premier Zhou Enlai after Ho Chi Minh's funeral in Hanoi."),
        # Not rows: "The Soviet foreign minister will reciprocate by visiting Beijing next year" (no
        # counterpart named); "Shevardnadze has met with the Chinese foreign minister during
        # previous trips" (a count of meetings); "a summit between the nations' leaders" (possible,
        # not planned); "a meeting with the Chinese at the highest levels" (called for in speeches);
        # Ho Chi Minh's funeral (an event). Not annotated: the byline "By New York Times"; "U.S.
        # officials" and "Diplomats" (unnamed); the Chinese Mission (a building). Kept as it
        # stands: the headline with "Since '69" and the "|" in the date line. Removed: nothing at
        # the start; at the end, the cut-off sentence "The Soviets have agreed to withdraw all
        # their troops from Afghanis".
    ],
    roles=[("China's foreign minister", "qian_qichen"), ("Soviet leader", "mikhail_gorbachev"),
           ("Soviet spokesman", "gennady_gerasimov"), ("the Soviet foreign minister", "eduard_shevardnadze"),
           ("the Chinese foreign minister", "qian_qichen"), ("then the Soviet premier", "alexei_kosygin"),
           ("Beijing Envoy", "qian_qichen")],
)

_CJ = ("Cordovez, who will visit the Afghan capital of Kabul after his talks in Pakistan, consulted separately with Prime Minister Mohammed Khan Junejo and Zain Noorani, deputy foreign affairs minister.")
A["dev_13706_cordovez_junejo_islamabad"] = dict(
    actors={
        "diego_cordovez": ["Diego Cordovez", "Cordovez"],
        "mohammad_khan_junejo": ["Prime Minister Mohammed Khan Junejo", "Mohammed Khan Junejo"],
        "united_nations": ["U.N."],
        # New keys.
        "zain_noorani": ["Zain Noorani"],
        "pakistani_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "Cordovez met in Islamabad with Pakistani officials" and "consulted separately with Prime
        # Minister Mohammed Khan Junejo and Zain Noorani" -> two separate interactions, two rows,
        # held, date null (no day is given in the brief), Islamabad.
        M(["diego_cordovez", "mohammad_khan_junejo"], None, "Islamabad", IP, H, _CJ),
        M(["diego_cordovez", "zain_noorani"], None, "Islamabad", IP, H, _CJ),
        # Not rows: the visit to Kabul (planned, no counterpart named); "mid-February talks in
        # Geneva, where Pakistan and Afghanistan are expected to chart a pullout" (talks of
        # countries, no named participants); "Pakistani officials" (unnamed). Kept as they stand:
        # the header "The World - News from Jan. 22, 1988" and the site line "- Share via" between
        # the header and the item (inside the text). Removed: nothing at the start; at the end, the
        # site lines "More to Read", "Sign up for Essential California", "The most important
        # California stories and recommendations in your inbox every morning." and "You may
        # occasionally receive promotional content from the Los Angeles Times."
    ],
    roles=[("U.N. mediator", "diego_cordovez"), ("Prime Minister", "mohammad_khan_junejo"),
           ("deputy foreign affairs minister", "zain_noorani")],
)

_BX = ("The two heads of government agreed on this visit on Wednesday at a Benelux meeting.")
_BT = ("At this Benelux meeting, in which Luxembourg Prime Minister Xavier Bettel also participated, the fight against the coronavirus crisis and Brexit were on the agenda.")
A["test_13707_de_croo_rutte_hague_planned"] = dict(
    actors={
        "alexander_de_croo": ["Prime Minister Alexander De Croo", "Alexander De Croo", "De Croo"],
        "mark_rutte": ["Mark Rutte"],
        "michel_barnier": ["Michel Barnier"],
        "european_union": ["European Union"],
        # New keys.
        "xavier_bettel": ["Xavier Bettel"],
        "benelux": ["Benelux"],
    },
    meetings=[
        # "De Croo will meet his Dutch counterpart Mark Rutte in The Hague on 20 October" ->
        # planned, 2020-10-20, The Hague.
        M(["alexander_de_croo", "mark_rutte"], "2020-10-20", "The Hague", IP, P,
          "Prime Minister Alexander De Croo will meet his Dutch counterpart Mark Rutte in The Hague on 20 October in what will be his first official trip abroad."),
        # "The two heads of government agreed on this visit on Wednesday at a Benelux meeting" (with
        # Bettel, who "also participated") -> a meeting of three named prime ministers: one row
        # per pair, held, 2020-10-07, place null (none given); kind in_person by default (the text
        # does not say how the meeting was held; see the notes). The two pairs with Bettel are not
        # required (he is named only as a further participant).
        M(["alexander_de_croo", "mark_rutte"], "2020-10-07", None, IP, H, _BX),
        M(["alexander_de_croo", "xavier_bettel"], "2020-10-07", None, IP, H, _BT, False),
        M(["mark_rutte", "xavier_bettel"], "2020-10-07", None, IP, H, _BT, False),
        # Not rows: "a new Prime Minister grants his first working visit" (a custom); the support
        # for Barnier (a statement); "I have also discussed an offensive approach with my Dutch
        # and Luxembourg colleagues" (the same Benelux meeting); "a broad consultation with
        # citizens and businesses" (planned, unnamed). Not annotated: "the German Presidency (of
        # the European Union)" (a country's presidency, no person). Removed: at the start, the
        # search tool's date prefix (" date 2020-10-07 "); at the end, the outlet line "The
        # Brussels Times".
    ],
    roles=[("Prime Minister", "alexander_de_croo"), ("his Dutch counterpart", "mark_rutte"),
           ("Luxembourg Prime Minister", "xavier_bettel"), ("European negotiator", "michel_barnier")],
)

A["dev_13708_reagan_mulroney_phone"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Prime Minister Mulroney", "Mulroney"],
        "mila_mulroney": ["Mrs. Mulroney"],
        # New key.
        "roman_popadiuk": ["Deputy Press Secretary Popadiuk", "Popadiuk"],
    },
    meetings=[
        # "The President called Prime Minister Brian Mulroney at 9:18 a.m. P.s.t." -> the President
        # is never named ("The President", role only) -> a one-party row (Mulroney), phone, held,
        # 1988-12-31 (the statement's date; see the notes), no place. "The President took the
        # opportunity to wish the Prime Minister and Mrs. Mulroney a Happy New Year" (the same
        # call) -> no row for Mrs. Mulroney (greetings sent in the call).
        M(["brian_mulroney"], "1988-12-31", None, PH, H,
          "The President called Prime Minister Brian Mulroney at 9:18 a.m. P.s.t. to congratulate him on the historic achievement of the U.S.-Canada free trade agreement."),
        # Not rows: the free trade agreement (an agreement); the President's words (a statement).
        # Not annotated: "The President" (never named: no actor to point to). Kept as they stand:
        # the double backquotes and double apostrophes around the quotation, "P.s.t.". Removed:
        # nothing (the excerpt is stored whole).
    ],
    roles=[("the Prime Minister", "brian_mulroney"), ("Deputy Press Secretary", "roman_popadiuk")],
)

_TL = ("During the visit President Giscard d'Estaing hosted a working lunch in my honour.")
_TD = ("The main matters discussed with the President, Prime Minister, Foreign Minister Francois-Poncet and other Cabinet Ministers were matters affecting the European Community, including political co-operation items, Northern Ireland, cultural relations and a contract for the supply of telecommunications equipment by Telectron Limited, Tallaght, in co-operation with the French firm CIT/Alcatel.")
A["dev_13709_taoiseach_giscard_paris"] = dict(
    actors={
        "valery_giscard_d_estaing": ["President Giscard d'Estaing", "Giscard d'Estaing"],
        "jean_francois_poncet": ["Foreign Minister Francois-Poncet", "Francois-Poncet"],
        "european_council": ["European Council", "Council"],
        "european_community": ["European Community", "Community"],
        # New keys.
        "raymond_barre": ["Prime Minister Barre", "Barre"],
        "brian_lenihan": ["Deputy Lenihan", "Lenihan"],
        "telectron": ["Telectron Limited"],
        "cit_alcatel": ["CIT/Alcatel"],
    },
    meetings=[
        # The Taoiseach (the speaker "I") is never named -> one-party rows. "President Giscard
        # d'Estaing hosted a working lunch in my honour" during the working visit "to Paris on
        # Thursday 13 March" -> held, 1980-03-13, Paris.
        M(["valery_giscard_d_estaing"], "1980-03-13", "Paris", IP, H, _TL),
        # "The main matters discussed with the President, Prime Minister, Foreign Minister
        # Francois-Poncet" ("the Prime Minister" = Barre, who invited him; "I took the opportunity
        # of outlining for the President and Prime Minister": the same) -> one-party rows for Barre
        # and Francois-Poncet, held, 1980-03-13, Paris. (Giscard's part in the discussions is his
        # row above: same pair, day and place.)
        M(["raymond_barre"], "1980-03-13", "Paris", IP, H, _TD),
        M(["jean_francois_poncet"], "1980-03-13", "Paris", IP, H, _TD),
        # Not rows: "other Cabinet Ministers" (unnamed); "the next European Council" (a plenary);
        # the French President's visit to the Middle East (no counterpart named); Lenihan
        # "accompanied" the Taoiseach (an actor, not a participant). Not annotated: the Taoiseach
        # (never named), "a Cheann Comhairle" (the Chair, unnamed), "Deputies" (unnamed), the
        # European Monetary System (a system). Kept as they stand: "Francois-Poncet" without
        # cedilla. Removed: nothing at the start; at the end, the cut-off sentence "There were
        # exchanges about cultural relations and it was".
    ],
    roles=[("Prime Minister", "raymond_barre"), ("the Minister for Foreign Affairs", "brian_lenihan"),
           ("the President", "valery_giscard_d_estaing"), ("the French President", "valery_giscard_d_estaing"),
           ("Foreign Minister", "jean_francois_poncet")],
)

A["dev_13710_tuilaepa_xi_port_moresby"] = dict(
    actors={
        "tuilaepa_sailele_malielegaoi": ["Prime Minister Tuilaepa Dr. Sa’ilele Malielegaoi", "Tuilaepa Dr. Sa’ilele Malielegaoi", "P.M. Tuilaepa", "Tuilaepa"],
        "xi_jinping": ["Chinese President Xi Jinping", "Xi Jinping", "President Xi", "Xi"],
        # New key.
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
    },
    meetings=[
        # "Tuilaepa ... met Chinese President Xi Jinping on Friday in Port Moresby" ("During the
        # meeting with Tuilaepa": the same) -> held, 2018-11-16, Port Moresby.
        M(["tuilaepa_sailele_malielegaoi", "xi_jinping"], "2018-11-16", "Port Moresby", IP, H,
          "Prime Minister Tuilaepa Dr. Sa’ilele Malielegaoi met Chinese President Xi Jinping on Friday in Port Moresby, Papua New Guinea."),
        # Not rows: "Xi's meeting with the leaders of eight Pacific Island states on Friday" (a
        # group meeting with unnamed leaders, beyond Tuilaepa's own meeting); the APEC Leaders
        # Summit (a plenary); the 2019 Pacific Games (an event). Not annotated: the byline "By
        # Alexander Rheeney"; the Belt and Road Initiative (a programme); "the Chinese media"
        # (unnamed). Kept as they stand: the trailing spaces after "venue.", "exchanges.",
        # "development." and "framework.". Removed: nothing at the start; at the end, the cut-off
        # sentence "The Chinese president also met Peter Christian, the Federated States of
        # Micronesia president, Vanuatu Prime Minister Charlot Salwai, Cook Islands Prime Minister
        # Henry Puna, Prime Minister Samuela Akilisi Pohiva of Tonga, Niue Premier Toke Talagi and
        # the Fiji Defe" (see the notes).
    ],
    roles=[("Prime Minister", "tuilaepa_sailele_malielegaoi"), ("Chinese President", "xi_jinping"),
           ("The Prime Minister", "tuilaepa_sailele_malielegaoi")],
)

_WY = ("The two-day visit paid by the Chinese Foreign Minister wrapped up today after Minister Wang Yi held official bilateral meetings with President Battulga Khaltmaa, Prime Minister Khurelsukh Ukhnaa and Foreign Minister of Mongolia Enkhtaivan Nyamtseren and signed several bilateral cooperation documents.")
A["test_13711_khurelsukh_wang_yi_mongolia"] = dict(
    actors={
        "ukhnaa_khurelsukh": ["Prime Minister Khurelsukh", "U.Khurelsukh", "Khurelsukh Ukhnaa", "Khurelsukh"],
        "wang_yi": ["Chinese Foreign Minister Wang Yi", "Minister Wang Yi", "Wang Yi"],
        "khaltmaagiin_battulga": ["President Battulga Khaltmaa", "Battulga Khaltmaa"],
        "n_enkhtaivan": ["Enkhtaivan Nyamtseren", "N.Enkhtaivan"],
    },
    meetings=[
        # "Prime Minister of Mongolia U.Khurelsukh today received ... Wang Yi" -> held, 2020-09-16,
        # place null (the text names no city and never says where the visit took place; "of
        # Mongolia" is a nationality, not a place; see the notes).
        M(["ukhnaa_khurelsukh", "wang_yi"], "2020-09-16", None, IP, H,
          "Prime Minister of Mongolia U.Khurelsukh today received State Councilor and Minister of Foreign Affairs of the People’s Republic of China Wang Yi, sharing views on bilateral partnership and cooperation between Mongolia and China and issues on regional and international cooperation of mutual concerns."),
        # "Wang Yi held official bilateral meetings with President Battulga Khaltmaa, Prime
        # Minister Khurelsukh Ukhnaa and Foreign Minister ... Enkhtaivan Nyamtseren" -> separate
        # bilaterals: Battulga and Enkhtaivan rows, held, date null (within the two-day visit),
        # place null (as above); the Khurelsukh meeting is the row above.
        M(["wang_yi", "khaltmaagiin_battulga"], None, None, IP, H, _WY),
        M(["wang_yi", "n_enkhtaivan"], None, None, IP, H, _WY),
        # Not rows: "the frequency of high-level visits" (no specific visit); the isolation of the
        # Mongolian officials (no meeting). Kept as they stand: the Japanese-interface label "映像"
        # and the credit line "montastudio@montsame.gov.mn" under the headline (inside the text),
        # the trailing spaces at paragraph ends, "regimen". Removed: nothing at the start; at the
        # end, the Japanese-interface label "コメント" ("comments").
    ],
    roles=[("Prime Minister of Mongolia", "ukhnaa_khurelsukh"),
           ("State Councilor and Minister of Foreign Affairs of the People’s Republic of China", "wang_yi"),
           ("the Chinese Foreign Minister", "wang_yi"), ("President", "khaltmaagiin_battulga"),
           ("Prime Minister", "ukhnaa_khurelsukh"), ("Foreign Minister of Mongolia", "n_enkhtaivan"),
           ("Minister of Foreign Affairs", "n_enkhtaivan")],
)

_TD2 = ("The delegation will meet Iraqi officials including President Jalal Talabani and PM Nuri Al Maliki.")
A["dev_13712_turkish_delegation_talabani_maliki"] = dict(
    actors={
        "jalal_talabani": ["President Jalal Talabani", "Jalal Talabani"],
        "nouri_al_maliki": ["PM Nuri Al Maliki", "Nuri Al Maliki"],
    },
    meetings=[
        # "The delegation will meet Iraqi officials including President Jalal Talabani and PM Nuri
        # Al Maliki" -> the Turkish delegation's members are given by role only ("a senior Prime
        # Ministry official and Turkey's Special Representative to Iraq") -> one-party rows,
        # planned, date null (not given a day), Baghdad (where the delegation "will hold meetings").
        M(["jalal_talabani"], None, "Baghdad", IP, P, _TD2),
        M(["nouri_al_maliki"], None, "Baghdad", IP, P, _TD2),
        # Not rows: the meetings with "representatives of the Turkmen community and Turkmen MPS"
        # (unnamed); "the strategic dialogue mechanism foreseen to be chaired by the PMs" (a future
        # mechanism, no meeting); "Iraqi President's recent visit to Turkey" (no counterpart
        # named). Not annotated: the agency credit "Anatolian Agency" under the headline; the
        # unnamed delegation members. Kept as they stand: "delagation" in the headline, "Son
        # Güncelleme:" (Turkish "last update") in the date line, "Turkmen MPS", the leading spaces
        # of every line and the paragraph break inside "discussed during / Iraqi President's".
        # Removed: at the start, the site line "Gündem Haberleri" (Turkish "agenda news"); at the
        # end, the site line "Sayfa Başı" (Turkish "top of page").
    ],
    roles=[("President", "jalal_talabani"), ("PM", "nouri_al_maliki"), ("Iraqi President", "jalal_talabani")],
)
