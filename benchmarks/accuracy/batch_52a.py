"""Accuracy corpus, batch 52a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1980s, 1990s, 2000s, 2010s
and 2020s (1980s: three, 1990s: two, 2000s: two, 2010s: three, 2020s: two; five of the twelve
from before 2000, as the brief asked), over the eleven regions (Latin America: two; Central
Asia/Caucasus, East Asia, South Asia, Eastern Europe/Russia, Oceania, Africa, Middle East,
Western Europe, Southeast Asia, North America: one each).
Outlets/sites: Kazinform (inform.kz), The Japan Times (japantimes.co.jp; a Kyodo story), the
Hindustan Times (hindustantimes.com), RFE/RL (rferl.org), RNZ (radionz.co.nz), GhanaWeb
(mobile.ghanaweb.com news archive), the Chicago Tribune (articles.chicagotribune.com), the Los
Angeles Times (latimes.com archive, a Reuters story; and a mirror of the archive at
161.35.110.226), the Ireland in History blog (irelandinhistory.blogspot.com), The Diplomatic
Insight (thediplomaticinsight.com) and CNN's AC360 blog (ac360.blogs.cnn.com).
irelandinhistory.blogspot.com, thediplomaticinsight.com and ac360.blogs.cnn.com are new to the
corpus as sites, and radionz.co.nz and ghanaweb.com were used only once or twice before (as far
as `sources.csv` and the batch files show); the other sites were used before, the pages and the
meetings are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_52a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-51b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_102NN_<slug>` / `test_102NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the search tool's date field 2021-10-25 (a Monday; removed
    # with its " date ..." prefix) is the page's date. The talks "During his state visit to
    # Ashgabat" are not dated in the text (no "today") -> null.
    ("dev_10201_tokayev_berdimuhamedow_ashgabat", "Central Asia/Caucasus", "2020s", "Kazinform (inform.kz)", "https://www.inform.kz/en/presidents-of-kazakhstan-turkmenistan-hold-talks-in-narrow-format_a3853266/amp", "2021-10-25"),
    # No date line in the excerpt; the URL's 2017/01/12 (a Thursday): "newly declassified
    # records showed Thursday" is the day itself (the release of the records, no row). The
    # meeting of 1983 is dated by the text: "a ... file dated Nov. 24, 1983, Nakasone explained
    # in the meeting held the same day" -> 1983-11-24 (a Thursday); "In March the following
    # year" (Nakasone-Zhao) -> a month -> null.
    ("dev_10202_hu_yaobang_nakasone_records", "East Asia", "2010s", "The Japan Times (japantimes.co.jp; a Kyodo story)", "https://www.japantimes.co.jp/news/2017/01/12/national/politics-diplomacy/chinese-leader-warmed-japanese-defense-strength-1980s-declassified-records-show/", "2017-01-12"),
    # The page's date line "Jun 23, 2015 12:56 AM IST" (2015-06-23 is a Tuesday). The meeting of
    # the declassified note is dated in the text: "in Moscow on March 13, 1985" -> 1985-03-13 (a
    # Wednesday); the photo file name "...-at-the-Palam-airport-on-Decemeber-17-1985-..." ->
    # 1985-12-17 (a Tuesday).
    ("test_10203_zia_thatcher_moscow_note", "South Asia", "2010s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/india/rajiv-more-open-minded-than-his-mother-zia-ul-haq-told-thatcher/story-W6NSWR4OOvDNzZIq26ETEK-quickread.html", "2015-06-23"),
    # The dateline "Neptun, Romania; 2 June 1997 (RFE/RL)" (1997-06-02 is a Monday): "today
    # signed a treaty" -> the signing by the two presidents -> 1997-06-02.
    ("dev_10204_constantinescu_kuchma_neptun", "Eastern Europe/Russia", "1990s", "RFE/RL (rferl.org)", "https://rferl.org/a/1085279.html", "1997-06-02"),
    # The page's date lines "18 Apr 2003" and "10:50 am on 18 April 2003" (2003-04-18 is a
    # Friday). "have successfully completed their first talks" gives no day -> null; "their next
    # discussions after the Supreme Court rules" -> null.
    ("dev_10205_qarase_chaudhry_talks", "Oceania", "2000s", "RNZ, Radio New Zealand (radionz.co.nz)", "http://www.radionz.co.nz/international/pacific-news/143263/fiji-prime-minister-and-labour-party-leader-hold-one-to-one-talks", "2003-04-18"),
    # The page's date line "Thu, 28 Jan 1999" and the dateline "Accra (Greater Accra), 28 Jan.
    # '99" (1999-01-28 is a Thursday): "President Jerry John Rawlings yesterday noted ... The
    # President was speaking when Mr Lloyd Axworthy ... called on him" -> 1999-01-27 (a
    # Wednesday); "launched on January sixth" (the rebel attack) -> no row.
    ("dev_10206_rawlings_axworthy_castle", "Africa", "1990s", "GhanaWeb (mobile.ghanaweb.com news archive)", "https://mobile.ghanaweb.com/GhanaHomePage/NewsArchive/Rawlings-holds-talks-with-Canadian-Foreign-Minister-4893", "1999-01-28"),
    # The page's date line "October 11, 1989" (a Wednesday; the URL's 1989-10-11 agrees): the
    # three presidents "called Tuesday for a drug summit" in the communique issued "after a
    # nearly five-hour meeting" -> the meeting 1989-10-10 (a Tuesday); "within 90 days" (the
    # summit with Bush) -> null.
    ("test_10207_andean_presidents_ica_bush", "Latin America", "1980s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1989-10-11/news/8901210099_1_andean-leaders-drug-summit-powerful-cocaine-cartels", "1989-10-11"),
    # No date line in the excerpt; the URL's la-xpm-1987-07-10 (a Friday): "with Egyptian
    # President Hosni Mubarak on Thursday" -> 1987-07-09 (a Thursday); "in September, 1986" (the
    # Alexandria statement) -> a month -> null; "in two weeks" (Abdel Meguid's visit) -> no row.
    ("dev_10208_peres_mubarak_geneva", "Middle East", "1980s", "Los Angeles Times (latimes.com archive; from Reuters)", "https://latimes.com/archives/la-xpm-1987-07-10-mn-1950-story.html", "1987-07-10"),
    # The post's date line "Monday, 14 January 2019" (2019-01-14 is a Monday; the URL's 2019/01
    # agrees). The meeting it recalls is dated in the text: "14 January 1965: ... Sean Lemass
    # and Terence O’Neill, met in person" -> 1965-01-14 (a Thursday); "later in the year" (the
    # return call) -> null.
    ("dev_10209_lemass_oneill_stormont_1965", "Western Europe", "2010s", "Ireland in History (irelandinhistory.blogspot.com; a history blog)", "https://irelandinhistory.blogspot.com/2019/01/14-january-1965-for-first-time-since.html", "2019-01-14"),
    # The dateline "Phnom Penh, 6 May 2023 (TDI)" (2023-05-06 is a Saturday). The audience, the
    # conversation and the courtesy call of the state visit are not dated in the text (the
    # visit's days are not given; "from 04–06 May 2023" belongs to the SEA Games) -> null;
    # "February 13–14, 2023" (Hun Sen's visit to Laos) -> a range, no row.
    ("dev_10210_thongloun_cambodia_state_visit", "Southeast Asia", "2020s", "The Diplomatic Insight (thediplomaticinsight.com)", "https://thediplomaticinsight.com/laos-president-visit-to-cambodia-brings-positive-outcomes", "2023-05-06"),
    # No date line in the excerpt; the URL's la-xpm-1985-11-12 (a Tuesday): "urged President
    # Reagan today" at "a meeting of congressional leaders ... with the President" ->
    # 1985-11-12; "expire Thursday" (the debt limit) -> no row.
    ("test_10211_reagan_oneill_budget_summit_plea", "North America", "1980s", "Los Angeles Times (archive mirror at 161.35.110.226)", "http://161.35.110.226/archives/la-xpm-1985-11-12-mn-5006-story.html", "1985-11-12"),
    # The post's date line "July 20th, 2009" and "03:41 PM ET" (2009-07-20 is a Monday; the URL's
    # 2009/07/20 agrees): "spoke with the de facto head Honduras' government Sunday" ->
    # 2009-07-19 (a Sunday); "told reporters Monday" -> the day itself (media, no row).
    ("dev_10212_clinton_micheletti_call", "Latin America", "2000s", "CNN (ac360.blogs.cnn.com, the AC360 blog)", "https://ac360.blogs.cnn.com/2009/07/20/clinton-tough-with-de-facto-honduran-leader/", "2009-07-20"),
]

A = {}

A["dev_10201_tokayev_berdimuhamedow_ashgabat"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Head of State Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "President Tokayev",
                                  "Tokayev"],
        "gurbanguly_berdimuhamedov": ["President Gurbanguly Berdimuhamedow", "Gurbanguly Berdimuhamedow",
                                      "Berdimuhamedow"],
        "kazinform": ["Kazinform"],
        "akorda_press_service": ["Akorda press service"],
    },
    meetings=[
        # "During his state visit to Ashgabat, Head of State Kassym-Jomart Tokayev held talks with
        # President Gurbanguly Berdimuhamedow of Turkmenistan" ("The top-level talks ... were
        # held in narrow format", "During the talks": the same talks, one row) -> held, date null
        # (the text does not say when; no "today"), Ashgabat.
        M(["kassym_jomart_tokayev", "gurbanguly_berdimuhamedov"], None, "Ashgabat", IP, H,
          "ASHBAGAT. KAZINFORM – During his state visit to Ashgabat, Head of State Kassym-Jomart Tokayev held talks with President Gurbanguly Berdimuhamedow of Turkmenistan, Kazinform has learnt from the Akorda press service."),
        # Not rows: "the invitation to pay a state visit" and "accepting his invitation" (the
        # visit itself, the row above); "he looks forward to signing of important documents
        # during his state visit" (a signing within the same visit, no other party named); "the
        # heads of state" (the same two men). The agency tag "KAZINFORM" in the dateline is not
        # annotated (the body's "Kazinform has learnt" is). Kept as found: "ASHBAGAT" (sic) in
        # the dateline, «...» quotation marks. Removed: the search tool's " date 2021-10-25"
        # prefix at the start and the last, cut-off sentence ("Ahead of the talks, the leaders
        # of K").
    ],
    roles=[("Head of State", "kassym_jomart_tokayev"), ("The President of Kazakhstan", "kassym_jomart_tokayev"),
           ("his Turkmen colleague", "gurbanguly_berdimuhamedov"), ("the Kazakh leader", "kassym_jomart_tokayev"),
           ("the Kazakh President", "kassym_jomart_tokayev")],
)

A["dev_10202_hu_yaobang_nakasone_records"] = dict(
    actors={
        "hu_yaobang": ["Hu Yaobang", "Hu"],
        "yasuhiro_nakasone": ["Prime Minister Yasuhiro Nakasone", "Yasuhiro Nakasone", "Nakasone"],
        "deng_xiaoping": ["Deng Xiaoping"],
        "zhao_ziyang": ["then-Premier Zhao Ziyang", "Zhao Ziyang", "Zhao"],
        "kim_il_sung": ["Kim Il Sung"],
        "chinese_communist_party": ["China’s Communist Party"],
        "nakasone_cabinet": ["Nakasone Cabinet"],
    },
    meetings=[
        # "According to a top-secret Japanese diplomatic file dated Nov. 24, 1983, Nakasone
        # explained in the meeting held the same day ..." (the lead's "Hu Yaobang told Prime
        # Minister Yasuhiro Nakasone in 1983", "Hu’s visit to Japan and meeting with Nakasone in
        # November 1983", "Nakasone and Hu also exchanged opinions about North Korea in 1983":
        # the same meeting, one row) -> held, 1983-11-24, Japan (the text names no city).
        M(["hu_yaobang", "yasuhiro_nakasone"], "1983-11-24", "Japan", IP, H,
          "According to a top-secret Japanese diplomatic file dated Nov. 24, 1983, Nakasone explained in the meeting held the same day that Japan would build up the necessary defense capacity to handle Soviet threats, within the bounds of the war-renouncing Constitution."),
        # "In March the following year, Nakasone met in China with then-Premier Zhao Ziyang" ->
        # held, date null (a month), China.
        M(["yasuhiro_nakasone", "zhao_ziyang"], None, "China", IP, H,
          "In March the following year, Nakasone met in China with then-Premier Zhao Ziyang, who would later replace Hu as general secretary in 1987."),
        # "... with Hu telling Nakasone about an exchange he had had with Kim Il Sung" -> an
        # earlier exchange of Hu with Kim, held, date and place null; required False (an
        # "exchange" that may have been messages; see the notes).
        M(["hu_yaobang", "kim_il_sung"], None, None, IP, H,
          "Nakasone and Hu also exchanged opinions about North Korea in 1983, with Hu telling Nakasone about an exchange he had had with Kim Il Sung, the country’s leader at the time.", False),
        # Not rows: "newly declassified records showed Thursday" (a release of records); "the
        # countries signed a peace and friendship treaty in 1978" (countries; no one named);
        # "under the rule of paramount leader Deng Xiaoping" (no meeting); Zhao's statement "not
        # at all of the thinking ..." (the Nakasone-Zhao meeting above); "would later replace Hu"
        # (no meeting). Removed: the agency credit line "• Kyodo" at the start (so Kyodo is not
        # in the text) and the last, cut-off sentence ("Hu said Kim h").
    ],
    roles=[("Chinese government heavyweight", "hu_yaobang"), ("the leading Chinese official", "hu_yaobang"),
           ("the then-Japanese leader", "yasuhiro_nakasone"), ("paramount leader", "deng_xiaoping"),
           ("the Chinese official", "hu_yaobang"), ("the country’s leader at the time", "kim_il_sung")],
)

A["test_10203_zia_thatcher_moscow_note"] = dict(
    actors={
        "zia_ul_haq": ["General Zia-ul-Haq", "Zia-ul-Haq", "Zia"],
        "margaret_thatcher": ["British Prime Minister Margaret Thatcher", "Margaret Thatcher", "Thatcher"],
        "rajiv_gandhi": ["Rajiv Gandhi", "Mr Gandhi"],
        "indira_gandhi": ["Indira Gandhi"],
        "charles_powell": ["CD Powell"],
    },
    meetings=[
        # "A confidential note of a meeting between Thatcher and Zia-ul-Haq in Moscow on March
        # 13, 1985, ..." (the lead's "General Zia-ul-Haq told British Prime Minister Margaret
        # Thatcher", "recorded the meeting": the same meeting, one row) -> held, 1985-03-13,
        # Moscow.
        M(["margaret_thatcher", "zia_ul_haq"], "1985-03-13", "Moscow", IP, H,
          "A confidential note of a meeting between Thatcher and Zia-ul-Haq in Moscow on March 13, 1985, now declassified, also reveals that according to Thatcher, “India remained heavily dependent upon the Soviet Union for arms”."),
        # The photo file name "Former-PM-Rajiv-Gandhi-C-with-then-Pakistan-President-Zia-ul-Haq-
        # R-at-the-Palam-airport-on-Decemeber-17-1985-HT-File-Photo" -> Gandhi with Zia at the
        # airport, held, 1985-12-17, New Delhi (Palam airport, resolved to its city as ANNOTATION
        # resolves official buildings); required False (a photo's file name, not a sentence;
        # see the notes).
        M(["rajiv_gandhi", "zia_ul_haq"], "1985-12-17", "New Delhi", IP, H,
          "Former-PM-Rajiv-Gandhi-C-with-then-Pakistan-President-Zia-ul-Haq-R-at-the-Palam-airport-on-Decemeber-17-1985-HT-File-Photo", False),
        # Not rows: "CD Powell, private secretary in 10 Downing Street, recorded the meeting" (a
        # note-taker, not a participant, as ANNOTATION's attendees); Zia's hopes "on Mr Gandhi"
        # and "his recent remarks" (no meeting); "The trial of the Sikh hijackers" (unnamed). "HT"
        # (the outlet, in a widget line and the file name) is not annotated; "10 Downing Street"
        # is a place here ("in 10 Downing Street"). Kept as found: the title line, the line
        # "None | By, London", the date line, the lead paragraph printed twice, the file name
        # printed twice (with "Decemeber"), the widget line "HT launches Crick-it, ...",
        # "“more open- minded”". Removed: the page's title line "Rajiv more open-minded than his
        # mother, Zia-ul-Haq told Thatcher | Latest News India - Hindustan Times" and two
        # "close_game" lines at the start (the headline that follows them is kept), and the
        # last, cut-off paragraph ("On Thatcher’s view that India was “heavily dependent” on the
        # Soviet Union for arms, the record of the meeting states: “President Zia said that he
        # very much hoped that Britain would s").
    ],
    roles=[("British Prime Minister", "margaret_thatcher"), ("president of Pakistan", "zia_ul_haq"),
           ("his mother", "indira_gandhi"), ("private secretary in 10 Downing Street", "charles_powell")],
)

A["dev_10204_constantinescu_kuchma_neptun"] = dict(
    actors={
        "emil_constantinescu": ["Emil Constantinescu"],
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        "nato": ["NATO"],
        "council_of_europe": ["Council of Europe"],
    },
    meetings=[
        # "Romania and Ukraine today signed a treaty ..." / "The friendship treaty was signed by
        # Romanian and Ukrainian Presidents Emil Constantinescu and Leonid Kuchma in the Romanian
        # Black Sea resort of Neptun." ("Kuchma said after the signing": the same encounter) ->
        # held, 1997-06-02 (the dateline's "today"), Neptun. The sentence is printed twice in the
        # excerpt (one row).
        M(["emil_constantinescu", "leonid_kuchma"], "1997-06-02", "Neptun", IP, H,
          "The friendship treaty was signed by Romanian and Ukrainian Presidents Emil Constantinescu and Leonid Kuchma in the Romanian Black Sea resort of Neptun."),
        # Not rows: "Romania and Ukraine today signed a treaty" (countries; the signatories are
        # the row above); "a pact signed nearly 60 years ago between Nazi Germany and the then
        # Soviet Union" (states; no one named; states are places, not annotated); "a Council of
        # Europe recommendation" (a document). The agency tag "(RFE/RL)" in the dateline is not
        # annotated. Kept as found: the five paragraphs after the dateline, printed twice. Nothing
        # removed at the start or the end (the excerpt starts with the dateline and ends with a
        # whole sentence).
    ],
    roles=[],
)

A["dev_10205_qarase_chaudhry_talks"] = dict(
    actors={
        "laisenia_qarase": ["Laisenia Qarase", "Mr Qarase"],
        "mahendra_chaudhry": ["Mahendra Chaudhry", "Mr Chaudhry"],
        "fiji_labour_party": ["Labour Party", "Labour"],
        "radio_fiji": ["Radio Fiji"],
        "supreme_court_of_fiji": ["Supreme Court"],
    },
    meetings=[
        # "Fiji's prime minister, Laisenia Qarase, and Labour Party leader, Mahendra Chaudhry,
        # have successfully completed their first talks after a six month stand-off." ("The
        # one-to-one meeting took place behind closed doors", "both men discussed ... in their
        # talks": the same talks, one row) -> held, date null (no day given), place null (the
        # text names no place; see the notes).
        M(["laisenia_qarase", "mahendra_chaudhry"], None, None, IP, H,
          "Fiji's prime minister, Laisenia Qarase, and Labour Party leader, Mahendra Chaudhry, have successfully completed their first talks after a six month stand-off."),
        # "The two men have agreed to hold their next discussions after the Supreme Court rules
        # ..." ("the next talks": the same) -> planned (agreed to hold a meeting, as ANNOTATION),
        # date null, place null.
        M(["laisenia_qarase", "mahendra_chaudhry"], None, None, IP, P,
          "The two men have agreed to hold their next discussions after the Supreme Court rules on the government's appeal against the inclusion of Labour in the government."),
        # Not rows: "Mr Qarase says the issue is to be discussed later" (the next talks above);
        # "a small committee consisting of three members from each side" (unnamed); "the
        # government's appeal" (a court case). Kept as found: the two date lines. Nothing removed
        # (the excerpt starts with the date line and ends with a whole sentence).
    ],
    roles=[("Fiji prime minister", "laisenia_qarase"), ("Fiji's prime minister", "laisenia_qarase"),
           ("Labour Party leader", "mahendra_chaudhry"), ("The radio", "radio_fiji")],
)

A["dev_10206_rawlings_axworthy_castle"] = dict(
    actors={
        "jerry_rawlings": ["President Jerry John Rawlings", "Jerry John Rawlings", "President Rawlings", "Rawlings"],
        "lloyd_axworthy": ["Mr Lloyd Axworthy", "Lloyd Axworthy", "Mr Axworthy", "Axworthy"],
        "sandelle_scrimshaw": ["Ms Sandelle Scrimshaw", "Sandelle Scrimshaw"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "President Jerry John Rawlings yesterday noted ... The President was speaking when Mr
        # Lloyd Axworthy, Canada's Foreign Affairs Minister, called on him at the Castle, Osu, at
        # the start of a two- day visit." ("Mr Axworthy thanked Ghana": the same call, one row)
        # -> held, 1999-01-27 ("yesterday" in the dateline of 28 January), Accra (the Castle,
        # Osu, the seat of government, resolved to its city as ANNOTATION resolves official
        # buildings; the dateline is Accra).
        M(["jerry_rawlings", "lloyd_axworthy"], "1999-01-27", "Accra", IP, H,
          "The President was speaking when Mr Lloyd Axworthy, Canada's Foreign Affairs Minister, called on him at the Castle, Osu, at the start of a two- day visit."),
        # Not rows: "a four-member delegation including Ms Sandelle Scrimshaw" (a delegation
        # member, not a participant, as ANNOTATION's attendees); "The Minister who flew in from
        # Nigeria" (a trip; no host named); "a rebel attack on the capital, Freetown" (no
        # meeting); "only Nigeria, Guinea and Ghana have troops" (countries). Kept as found: the
        # date line "Thu, 28 Jan 1999 Source: --", "two- day", "Ghana 's", "for the her", the
        # doubled single quotes. Removed: the site's "Menu" line at the start and the last,
        # cut-off sentence ("Mr Axworthy said during his stay he would discuss with government
        # officials issues including the protect").
    ],
    roles=[("The President", "jerry_rawlings"), ("Canada's Foreign Affairs Minister", "lloyd_axworthy"),
           ("The Minister", "lloyd_axworthy"), ("former Canadian High Commissioner in Ghana", "sandelle_scrimshaw")],
)

_IC = ("In a terse communique after a nearly five-hour meeting in a heavily barricaded luxury hotel, Peruvian President Alan Garcia said the Andean leaders also would like European heads of state to attend the summit with Bush.")
_IB = ("ICA, PERU — The presidents of Colombia, Peru and Bolivia, the South American states that produce nearly all the world`s cocaine, called Tuesday for a drug summit with President Bush within 90 days.")
A["test_10207_andean_presidents_ica_bush"] = dict(
    actors={
        "alan_garcia": ["Peruvian President Alan Garcia", "Alan Garcia", "Garcia"],
        "virgilio_barco": ["Colombian President Virgilio Barco", "Virgilio Barco"],
        "jaime_paz_zamora": ["Bolivian President Jaime Paz Zamora", "Jaime Paz Zamora"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "marlin_fitzwater": ["Marlin Fitzwater"],
        "white_house": ["White House"],
    },
    meetings=[
        # "The Latin leaders gathered under tight security in this remote and harsh Peruvian
        # desert town ... In a terse communique after a nearly five-hour meeting ..., Peruvian
        # President Alan Garcia said ..." ("Garcia, Colombian President Virgilio Barco and
        # Bolivian President Jaime Paz Zamora made no direct reference ...", "The drug meeting of
        # the Andean presidents": the same meeting) -> a meeting of three named presidents: one
        # row per pair, held, 1989-10-10 (the communique's call came "Tuesday"), Ica (the
        # dateline, "this remote ... desert town").
        M(["alan_garcia", "virgilio_barco"], "1989-10-10", "Ica", IP, H, _IC),
        M(["alan_garcia", "jaime_paz_zamora"], "1989-10-10", "Ica", IP, H, _IC),
        M(["virgilio_barco", "jaime_paz_zamora"], "1989-10-10", "Ica", IP, H, _IC),
        # "The presidents of Colombia, Peru and Bolivia ... called Tuesday for a drug summit with
        # President Bush within 90 days." / "The White House said the President accepted the
        # invitation" -> planned (an accepted invitation, as ANNOTATION), date null ("within 90
        # days"), place null: the pairs with Bush required; the three Andean pairs at that summit
        # required False (the text states the summit "with President Bush"; see the notes).
        M(["alan_garcia", "george_h_w_bush"], None, None, IP, P, _IB),
        M(["virgilio_barco", "george_h_w_bush"], None, None, IP, P, _IB),
        M(["jaime_paz_zamora", "george_h_w_bush"], None, None, IP, P, _IB),
        M(["alan_garcia", "virgilio_barco"], None, None, IP, P, _IB, False),
        M(["alan_garcia", "jaime_paz_zamora"], None, None, IP, P, _IB, False),
        M(["virgilio_barco", "jaime_paz_zamora"], None, None, IP, P, _IB, False),
        # Not rows: "``We accept. The President will go,`` spokesman Marlin Fitzwater said in
        # Washington" (a statement); "European heads of state" (unnamed); "a planned increase in
        # the number of U.S. military advisers" (no meeting). The byline "By George de Lama,
        # Chicago Tribune." is not annotated. Kept as found: the headline, the date-and-byline
        # line, the backtick quotation marks and "world`s", "nation`s". Removed: the last,
        # cut-off paragraph ("Colombian police said gunmen on motorcycles Tuesday killed two
        # employees of El Espectador in an attempt to force the Bogota daily to end its antidrug
        # c").
    ],
    roles=[("the President", "george_h_w_bush"), ("The President", "george_h_w_bush"),
           ("The White House spokesman", "marlin_fitzwater"), ("Peruvian President", "alan_garcia"),
           ("Colombian President", "virgilio_barco"), ("Bolivian President", "jaime_paz_zamora")],
)

A["dev_10208_peres_mubarak_geneva"] = dict(
    actors={
        "shimon_peres": ["Israeli Foreign Minister Shimon Peres", "Shimon Peres", "Peres"],
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "esmat_abdel_maguid": ["Egyptian Foreign Minister Esmat Abdel Meguid", "Esmat Abdel Meguid"],
        "david_danieli": ["Israeli spokesman David Danieli", "David Danieli"],
        "yitzhak_shamir": ["Yitzhak Shamir"],
    },
    meetings=[
        # "Israeli Foreign Minister Shimon Peres said he discussed an American proposal ... with
        # Egyptian President Hosni Mubarak on Thursday." (the headline's "Peres Meets Mubarak in
        # Geneva", "after talks with Mubarak that ran almost two hours": the same meeting, one
        # row) -> held, 1987-07-09, Geneva (the headline).
        M(["shimon_peres", "hosni_mubarak"], "1987-07-09", "Geneva", IP, H,
          "Israeli Foreign Minister Shimon Peres said he discussed an American proposal for a Middle East peace agreement with Egyptian President Hosni Mubarak on Thursday."),
        # "Peres and Mubarak issued a joint statement in Alexandria, Egypt, in September, 1986,
        # ..." -> an earlier meeting implied by a joint statement issued in one place, held, date
        # null (a month), Alexandria; required False (the text states a statement, not a
        # meeting; see the notes).
        M(["shimon_peres", "hosni_mubarak"], None, "Alexandria", IP, H,
          "Peres and Mubarak issued a joint statement in Alexandria, Egypt, in September, 1986, when Peres was prime minister of Israel’s fragile national unity coalition, calling for an international peace conference to help seek a solution to the Arab-Israeli conflict.", False),
        # Not rows: "Egyptian Foreign Minister Esmat Abdel Meguid will pay an official visit to
        # Israel in two weeks" (a visit to a country, no host named, as batch 51a's visits to
        # countries); "Yitzhak Shamir ... has voiced strong opposition to such a meeting" (the
        # international conference; not held); "Israeli and Egyptian officials told reporters"
        # (unnamed; media). The credit line "From Reuters" is not annotated. Kept as found: the
        # widget line "Share via", the credit line, two "Advertisement" lines and two subheads
        # inside the text. Removed: the "Advertisement" line at the start. Nothing removed at the
        # end (the excerpt ends with a whole sentence).
    ],
    roles=[("Israel’s current prime minister", "yitzhak_shamir"), ("Israeli spokesman", "david_danieli"),
           ("Egyptian Foreign Minister", "esmat_abdel_maguid")],
)

A["dev_10209_lemass_oneill_stormont_1965"] = dict(
    actors={
        "sean_lemass": ["Sean Lemass", "Lemass"],
        "terence_oneill": ["Terence O’Neill", "O’Neill"],
        "t_k_whitaker": ["T. K. Whitaker"],
        "department_of_finance_ireland": ["Department of Finance"],
        "fianna_fail": ["Fianna Fail"],
        "eamon_de_valera": ["Eamon De Valera"],
        "irish_guards": ["Irish Guards"],
        "eton_college": ["Eton"],
        "basil_brooke": ["Lord Brookborough"],
        "ian_paisley": ["Reverend Ian Paisley", "Ian Paisley"],
        "ulster_unionist_party": ["Unionist Party"],
        "parliament_of_northern_ireland": ["Northern Parliament"],
    },
    meetings=[
        # "14 January 1965: For the first time since the partition of Ireland the two current
        # leaders ..., Sean Lemass and Terence O’Neill, met in person." ("The meeting was held
        # over cups of tea at Stormont", "it was agreed that they meet to break the ice on this
        # day": the same meeting, one row) -> held, 1965-01-14, Stormont (the most specific named
        # locality; the text names no city, as ANNOTATION's Camp David).
        M(["sean_lemass", "terence_oneill"], "1965-01-14", "Stormont", IP, H,
          "14 January 1965: For the first time since the partition of Ireland the two current leaders of the respective parliaments on this island, Sean Lemass and Terence O’Neill, met in person."),
        # "... such an outburst did not stop the leader of the Unionist Party from paying a
        # complimentary return call on Sean Lemass in Dublin later in the year ..." -> O'Neill
        # ("the leader of the Unionist Party") called on Lemass, held, date null ("later in the
        # year"), Dublin.
        M(["terence_oneill", "sean_lemass"], None, "Dublin", IP, H,
          "The following month the Reverend gentleman denounced O’Neill as a ‘Traitor’, but such an outburst did not stop the leader of the Unionist Party from paying a complimentary return call on Sean Lemass in Dublin later in the year that was meant to further cement the relationship."),
        # Not rows: "O’Neill had approached Lemass through T. K. Whitaker ... and invited the
        # Taoiseach to travel North" (an approach through an intermediary and an invitation: the
        # meeting above; no meeting with Whitaker stated); Paisley's followers who "threw
        # snowballs at his car" (a protest, not a meeting); "came to power as Taoiseach in 1959 on
        # Eamon De Valera’s election" (no meeting); "Lord Brookborough retired" (no meeting). The
        # Easter Rising, the War of Independence, the Civil War and World War Two are events (not
        # actors); the British Empire is not annotated (a state). Kept as found: the post's date
        # line, "Brookborough", "North –South", the trailing spaces at the ends of paragraphs.
        # Removed: the last, cut-off sentence ("Lemass retired the following year and Jack
        # Lynch, who had little").
    ],
    roles=[("the Taoiseach", "sean_lemass"), ("Prime Minister of Northern Ireland", "terence_oneill"),
           ("the leader of the Unionist Party", "terence_oneill"), ("the Reverend gentleman", "ian_paisley"),
           ("Secretary of the Department of Finance", "t_k_whitaker")],
)

_TH = ("The President had a conversation with Hun Sen, the Prime Minister of Cambodia, and had a courtesy call from Say Chum, the President of the Senate of Cambodia.")
A["dev_10210_thongloun_cambodia_state_visit"] = dict(
    actors={
        "thongloun_sisoulith": ["Lao president Thongloun Sisoulith", "Thongloun Sisoulith", "Thongloun"],
        "hun_sen": ["Cambodia Prime Minister Hun Sen", "Hun Sen", "Samdech Techo"],
        "norodom_sihamoni": ["Norodom Sihamoni"],
        "norodom_sihanouk": ["RATANAK KAUDH"],
        "say_chum": ["Say Chum"],
        "senate_of_cambodia": ["Senate of Cambodia"],
    },
    meetings=[
        # "Preah Bat and Norodom Sihamoni, King of Cambodia, had an imperial audience with
        # RATANAK KAUDH, the late King-Father of Cambodia, Thongloun Sisoulith, at the Royal
        # Palace." -> the King's audience with the visiting president (the sentence is garbled:
        # the late King-Father's title stands between "audience with" and the visitor's name;
        # see the notes), held, date null, Phnom Penh (the Royal Palace, resolved to its city;
        # the dateline is Phnom Penh).
        M(["norodom_sihamoni", "thongloun_sisoulith"], None, "Phnom Penh", IP, H,
          "Preah Bat and Norodom Sihamoni, King of Cambodia, had an imperial audience with RATANAK KAUDH, the late King-Father of Cambodia, Thongloun Sisoulith, at the Royal Palace."),
        # "The President had a conversation with Hun Sen, the Prime Minister of Cambodia, and had
        # a courtesy call from Say Chum, the President of the Senate of Cambodia." -> two
        # meetings, held, date null, Phnom Penh: Thongloun-Hun Sen (the caption's "Hun Sen with
        # Lao president Thongloun Sisoulith at the Peace Palace in Phnom Penh", "Thongloun and
        # Hun Sen expressed", "The two Leaders urged": the same, one row) and Thongloun-Say Chum.
        M(["thongloun_sisoulith", "hun_sen"], None, "Phnom Penh", IP, H, _TH),
        M(["say_chum", "thongloun_sisoulith"], None, "Phnom Penh", IP, H, _TH),
        # Not rows: "the successful Official Visit of Samdech Techo, Prime Minister, to the Lao
        # PDR on February 13–14, 2023" (a visit to a country, no host named, as batch 51a's
        # visits to countries); "witnessed the opening ceremony of the 32nd SEA GAMES" (an
        # event, not a meeting); "a state visit to the Kingdom of Cambodia at the legacy of
        # Norodom Sihamoni" (the visit; its meetings are the rows above). "(TDI)" in the dateline
        # (the outlet's tag) and the 32nd SEA Games (an event) are not annotated. Kept as found:
        # the lines "232" and "Laos President" and the caption between the headline and the
        # dateline, "at the legacy of", the garbled audience sentence, "RATANAK KAUDH", the line
        # "Also read: Double taxation agreement between Cambodia, Laos". Removed: the last,
        # cut-off sentence ("To contribute to the upkeep of peace, security, and prosperity in
        # the area and beyond, both sides reaffirmed their firm commitment to supporting one
        # another").
    ],
    roles=[("Laos President", "thongloun_sisoulith"), ("Lao president", "thongloun_sisoulith"),
           ("the Lao President", "thongloun_sisoulith"), ("The President", "thongloun_sisoulith"),
           ("King of Cambodia", "norodom_sihamoni"), ("the late King-Father of Cambodia", "norodom_sihanouk"),
           ("the Prime Minister of Cambodia", "hun_sen"), ("Cambodia Prime Minister", "hun_sen"),
           ("the President of the Senate of Cambodia", "say_chum")],
)

A["test_10211_reagan_oneill_budget_summit_plea"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "tip_oneill": ["Speaker of the House Thomas P. (Tip) O’Neill", "Thomas P. (Tip) O’Neill", "O’Neill"],
        "dan_rostenkowski": ["Rep. Dan Rostenkowski", "Dan Rostenkowski", "Rostenkowski"],
        "edward_djerejian": ["White House spokesman Edward Djerejian", "Edward Djerejian", "Djerejian"],
        "robert_byrd": ["Senate Democratic leader Robert C. Byrd", "Robert C. Byrd", "Byrd"],
        "white_house": ["White House"],
        "house_ways_and_means_committee": ["House Ways and Means Committee"],
        "us_house_of_representatives": ["House"],
        "us_senate": ["Senate"],
    },
    meetings=[
        # "A key House Democrat urged President Reagan today ..." / "... Rep. Dan Rostenkowski
        # (D-Ill.), chairman of the House Ways and Means Committee, told reporters after a
        # meeting of congressional leaders from both parties with the President." -> Reagan with
        # the congressional leaders; the named leaders present are Rostenkowski (who urged the
        # President) and Byrd ("said he told the President", below): rows per pair, held,
        # 1985-11-12 ("today"), Washington (the dateline; the text does not say where the
        # meeting was held).
        M(["ronald_reagan", "dan_rostenkowski"], "1985-11-12", "Washington", IP, H,
          "“I recommended that he have a summit with the Speaker,” Rep. Dan Rostenkowski (D-Ill.), chairman of the House Ways and Means Committee, told reporters after a meeting of congressional leaders from both parties with the President."),
        # "Senate Democratic leader Robert C. Byrd ..., however, said he told the President that
        # he “is in for a big surprise ...”" (the answer, at the same meeting, to what "Reagan
        # ... told the congressional leaders") -> Reagan-Byrd, held, 1985-11-12, Washington.
        M(["ronald_reagan", "robert_byrd"], "1985-11-12", "Washington", IP, H,
          "Senate Democratic leader Robert C. Byrd of West Virginia, however, said he told the President that he “is in for a big surprise if he thinks that national defense would not be cut rather much” if the deficit reduction measure becomes law."),
        # The third pair of the same meeting, Rostenkowski-Byrd: required False (both are
        # placed at the meeting only by inference; see the notes).
        M(["dan_rostenkowski", "robert_byrd"], "1985-11-12", "Washington", IP, H,
          "“I recommended that he have a summit with the Speaker,” Rep. Dan Rostenkowski (D-Ill.), chairman of the House Ways and Means Committee, told reporters after a meeting of congressional leaders from both parties with the President.", False),
        # Not rows: the summit with O'Neill ("the White House said Reagan has no plans to meet
        # with O’Neill on the issue", "I recommended that he have a summit with the Speaker",
        # "The President has no plans at this time for such a summit": a proposed meeting that
        # is not planned); "A congressional conference committee" (unnamed); Djerejian's
        # account of what Reagan told the leaders (a statement; Djerejian is not placed at the
        # meeting). "(D-Ill.)" is not annotated as a party. Kept as found: the headline with " : "
        # and the subhead "Budget Deficit Bills". Removed at the end: the last, cut-off paragraph
        # ("House Republican leader Robert H. Michel of Illinois said, “What Danny was talking
        # about was taking the group of conferees that have been appointed and breaking from
        # that group, breaking it down into a much smaller working group of both houses, both
        # parties, and wi") and the subhead "Process Explained" left before it; so Michel is not
        # in the text.
    ],
    roles=[("A key House Democrat", "dan_rostenkowski"), ("Speaker of the House", "tip_oneill"),
           ("the Speaker", "tip_oneill"), ("the President", "ronald_reagan"), ("The President", "ronald_reagan"),
           ("chairman of the House Ways and Means Committee", "dan_rostenkowski"),
           ("White House spokesman", "edward_djerejian"), ("Senate Democratic leader", "robert_byrd")],
)

A["dev_10212_clinton_micheletti_call"] = dict(
    actors={
        "hillary_clinton": ["Secretary of State Hillary Clinton", "Hillary Clinton", "Clinton"],
        "roberto_micheletti": ["de facto President Roberto Micheletti", "Roberto Micheletti"],
        "manuel_zelaya": ["President Jose Manuel Zelaya", "Jose Manuel Zelaya", "Zeyala"],
        "pj_crowley": ["Assistant Secretary P.J. Crowley", "P.J. Crowley", "Crowley"],
        "oscar_arias": ["Costa Rican President Oscar Arias", "Oscar Arias", "President Arias", "Arias"],
        "organization_of_american_states": ["OAS"],
    },
    meetings=[
        # "Secretary of State Hillary Clinton spoke with the de facto head Honduras' government
        # Sunday ..." / "... Clinton had a "very tough phone call" with de facto President
        # Roberto Micheletti by phone from India ..." ("The call came as ...": the same call, one
        # row) -> phone, held, 2009-07-19 (Sunday in a Monday post), place null (a call).
        M(["hillary_clinton", "roberto_micheletti"], "2009-07-19", None, PH, H,
          "Assistant Secretary P.J. Crowley told reporters Monday that Clinton had a \"very tough phone call\" with de facto President Roberto Micheletti by phone from India, where she urged him to accept mediation efforts by Costa Rican President Oscar Arias and \"helped him understand the potential consequences of a failure to take advantage of this mediation.\""),
        # The photo caption "Hillary Clinton says she told President Jose Manuel Zelaya the U.S.
        # supports a restoration of democratic order." -> an earlier exchange of Clinton with
        # Zelaya, held, date and place null; required False (a caption; how and when she told him
        # is not said; see the notes).
        M(["hillary_clinton", "manuel_zelaya"], None, None, IP, H,
          "Hillary Clinton says she told President Jose Manuel Zelaya the U.S. supports a restoration of democratic order.", False),
        # Not rows: "the breakdown of talks between the two sides over the weekend" (the sides
        # unnamed); "mediation efforts by Costa Rican President Oscar Arias" and "a proposal by
        # an OAS mediator" (a mediation, no meeting of Arias stated); "Crowley told reporters
        # Monday" (media). The byline "Elise Labott / CNN State Department Producer" is not
        # annotated (CNN only in the byline). Kept as found: the date and time lines, the caption
        # shortcode line, "the de facto head Honduras' government", "Zeyala's", the last
        # paragraph without a full stop. Removed: the last, cut-off sentence ("The plan also
        # gives immunity to both sides for any crimes committed as part of the political crisis
        # and creates an electoral commission made of Honduran and international").
    ],
    roles=[("Secretary of State", "hillary_clinton"), ("the de facto head Honduras' government", "roberto_micheletti"),
           ("de facto President", "roberto_micheletti"), ("ousted president", "manuel_zelaya"),
           ("Assistant Secretary", "pj_crowley"), ("Costa Rican President", "oscar_arias"),
           ("an OAS mediator", "oscar_arias")],
)
