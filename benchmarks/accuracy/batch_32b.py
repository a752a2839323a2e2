"""Accuracy corpus, batch 32b: 12 new articles about meetings between political actors, from the
1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: one, 1990s: three, 2000s: three,
2010s: two, 2020s: two), over eleven regions (Oceania: two; Africa, Middle East, South Asia,
East Asia, Latin America, Eastern Europe/Russia, Southeast Asia, Western Europe, North America,
Central Asia/Caucasus: one each). Outlets/sites: NTV Uganda (ntv.co.ug), The Press (Christchurch)
via Papers Past (two), Rediff.com (PTI), The Japan Times, MercoPress, NZ Newswire via MSN New
Zealand, Radio Free Europe/Radio Liberty, The Roanoke Times (AP) via the Virginia Tech digital
library, The Guardian, a Government of Canada statement via patriotresource.com, and the Los
Angeles Times; some of these sites were used before, the pages are new. Collected with the
`search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on
them (the package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_32b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-31b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or in batch 32a; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_63NN_<slug>` / `test_63NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date is 2022-07-26 (a Tuesday): "last night" = 2022-07-25.
    ("dev_6301_lavrov_museveni_entebbe", "Africa", "2020s", "NTV Uganda (ntv.co.ug)", "https://www.ntv.co.ug/ug/news/-uganda-russia-relations-russian-foreign-minister-lavrov-in-the-country-for-talks--3892730", "2022-07-26"),
    # Papers Past id CHP19820616 = The Press, 1982-06-16 (a Wednesday): Khalid's death "on
    # Sunday" = 1982-06-13, "The day after" = 1982-06-14, "late last evening" = 1982-06-15.
    ("dev_6302_pym_fahd_condolences", "Middle East", "1980s", "The Press (Christchurch), NZPA, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19820616.2.57.8", "1982-06-16"),
    # The page's date line "April 22, 2005 17:04 IST" (a Friday; the URL 2005/apr/22): "on
    # Friday" = 2005-04-22.
    ("test_6303_natwar_gyanendra_jakarta", "South Asia", "2000s", "Rediff.com (rediff.com; PTI)", "http://in.rediff.com/news/2005/apr/22nepal1.htm", "2005-04-22"),
    # The URL's date 2013/09/30 (a Monday): "on Sunday afternoon" = 2013-09-29.
    ("dev_6304_abe_elbegdorj_tomigaya", "East Asia", "2010s", "The Japan Times (japantimes.co.jp)", "http://www.japantimes.co.jp/news/2013/09/30/national/abe-hosts-mongolias-chief-at-home/", "2013-09-30"),
    # The URL's and the search result's date 2023-03-18 (a Saturday): "Friday" = 2023-03-17;
    # "Feb. 16" = 2023-02-16 (year of publication).
    ("dev_6305_bustillo_cafiero_montevideo", "Latin America", "2020s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2023/03/18/argentina-and-uruguay-foreign-ministers-agree-on-presidential-summit-next-month?utm_source=feed&utm_medium=rss&utm_content=main&utm_campaign=rss", "2023-03-18"),
    # The page's line "NZ Newswire 22/10/2016" (a Saturday): "on Saturday" = 2016-10-22.
    ("dev_6306_key_bainimarama_auckland", "Oceania", "2010s", "NZ Newswire, via MSN New Zealand (msn.com)", "http://www.msn.com/en-nz/news/other/nz-fiji-looking-forward-pms/ar-AAjfsC2", "2016-10-22"),
    # The dateline "Moscow, 24 October 1996 (RFE/RL)" (a Thursday): "today" = 1996-10-24.
    ("test_6307_yeltsin_kuchma_barvikha", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://rferl.org/amp/1082128.html", "1996-10-24"),
    # The page's header "DATE: SUNDAY, November 13, 1994 ... DATELINE: MANILA": "This morning" =
    # 1994-11-13 (Manila; the Clintons arrived "near midnight local time Saturday").
    ("dev_6308_clinton_ramos_malacanang", "Southeast Asia", "1990s", "The Roanoke Times (Associated Press), via the Virginia Tech digital library (scholar.lib.vt.edu)", "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9411/941113/11140098.htm", "1994-11-13"),
    # The URL's date 2005/jun/28 (a Tuesday): "yesterday" = 2005-06-27.
    ("dev_6309_blair_ahern_ira", "Western Europe", "2000s", "The Guardian (theguardian.com)", "http://www.theguardian.com/politics/2005/jun/28/northernireland.northernireland", "2005-06-28"),
    # The statement's header "Ottawa, Ontaria / September 12, 2001": "early this morning" =
    # 2001-09-12.
    ("dev_6310_chretien_bush_call_0912", "North America", "2000s", "Prime Minister of Canada (statement; Government of Canada), via patriotresource.com", "http://www.patriotresource.com/wtc/intl/0912/canada.html", "2001-09-12"),
    # The URL's date 1993-10-25 (a Monday): "Sunday" = 1993-10-24, "today" = 1993-10-25.
    ("test_6311_christopher_nazarbayev_npt", "Central Asia/Caucasus", "1990s", "Los Angeles Times (latimes.com)", "https://www.latimes.com/archives/la-xpm-1993-10-25-mn-49668-story.html", "1993-10-25"),
    # Papers Past id CHP19770526 = The Press, 1977-05-26 (a Thursday).
    ("dev_6312_muldoon_aides_london", "Oceania", "1970s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19770526.2.7", "1977-05-26"),
]

A = {}

A["dev_6301_lavrov_museveni_entebbe"] = dict(
    actors={
        "sergey_lavrov": ["Sergei Lavrov", "Lavrov"],
        "jeje_odongo": ["Gen. Jeje Odongo", "Jeje Odongo"],
        "yoweri_museveni": ["President Museveni", "Museveni"],
    },
    meetings=[
        # Lavrov "received by his Ugandan counterpart" on arrival "last night at Entebbe
        # Airport" -> held, 2022-07-25, Entebbe; an airport reception (with an exchange: "who
        # assured him ...") -> required False (as test_001's welcome).
        M(["sergey_lavrov", "jeje_odongo"], "2022-07-25", "Entebbe", IP, H,
          "Arriving last night at Entebbe Airport, the Russian Foreign Minister was received by his Ugandan counterpart, Gen. Jeje Odongo, who assured him of continued good relations between the two countries.",
          False),
        # "now scheduled to hold talks with President Museveni at State House in Entebbe" ->
        # planned, date null (no day given), Entebbe.
        M(["sergey_lavrov", "yoweri_museveni"], None, "Entebbe", IP, P,
          "Lavrov is now scheduled to hold talks with President Museveni at State House in Entebbe."),
        # Not rows: "in the country for talks" (the visit as a whole). Removed: the tool's date
        # prefix.
    ],
    roles=[("Russian foreign minister", "sergey_lavrov"), ("Russian Foreign Minister", "sergey_lavrov"),
           ("the Russian Foreign Minister", "sergey_lavrov"), ("his Ugandan counterpart", "jeje_odongo")],
)

A["dev_6302_pym_fahd_condolences"] = dict(
    actors={
        "khalid_bin_abdulaziz": ["King Khalid", "Khalid"],
        "fahd_bin_abdulaziz": ["King Fahd"],
        "francis_pym": ["Mr Francis Pym", "Francis Pym"],
        "prince_philip": ["Prince Philip"],
        "george_h_w_bush": ["Mr George Bush", "George Bush"],
        "hosni_mubarak": ["President Hosni Mubarak", "Hosni Mubarak"],
        "imelda_marcos": ["Imelda Marcos"],
        "ferdinand_marcos": ["Ferdinand Marcos"],
        "abdullah_bin_abdulaziz": ["Crown Prince Abdullah"],
    },
    meetings=[
        # "The day after King Khalid suffered a fatal heart attack" (death "on Sunday",
        # 1982-06-13) -> 1982-06-14; Pym and Prince Philip "met the new King at the Al Maather
        # Palace" -> three named people -> one row per pair. Place: the palace is not given a
        # city in the sentence; resolved to Riyadh (the convention for named official buildings:
        # White House -> Washington; the text is about Riyadh). The Pym-Philip pair (same side,
        # travelling together) is required False.
        M(["francis_pym", "fahd_bin_abdulaziz"], "1982-06-14", "Riyadh", IP, H,
          "The day after King Khalid suffered a fatal heart attack, the British Foreign Minister (Mr Francis Pym) and Prince Philip- met the new King at the Al Maather Palace."),
        M(["prince_philip", "fahd_bin_abdulaziz"], "1982-06-14", "Riyadh", IP, H,
          "The day after King Khalid suffered a fatal heart attack, the British Foreign Minister (Mr Francis Pym) and Prince Philip- met the new King at the Al Maather Palace."),
        M(["francis_pym", "prince_philip"], "1982-06-14", "Riyadh", IP, H,
          "The day after King Khalid suffered a fatal heart attack, the British Foreign Minister (Mr Francis Pym) and Prince Philip- met the new King at the Al Maather Palace.",
          False),
        # Bush "was expected late last evening" (1982-06-15) to offer condolences: an expected
        # arrival, no meeting with a named person stated -> one-party planned row, Saudi
        # Arabia, required False (as dev_6108's Srettha visit).
        M(["george_h_w_bush"], "1982-06-15", "Saudi Arabia", IP, P,
          "American sources said the Vice-President (Mr George Bush) was expected late last evening.",
          False),
        # Not rows: Fahd and Abdullah "received condolences and vows of allegiance" at a
        # ceremony (no named visitor); Mubarak and Imelda Marcos "arriving"/"arrived" (no
        # meeting stated); the delegations' arranged visits (countries only); the funeral.
        # "NZPA" at the start is the agency credit (not an actor). The OCR debris ("“i",
        # "Philip-", "thousands'", "’from") is kept. Removed: Papers Past's "Article image"
        # lines and the last, cut-off sentence ("Fahd, who had been in charge ... ailing bro").
    ],
    roles=[("the British Foreign Minister", "francis_pym"), ("the new King", "fahd_bin_abdulaziz"),
           ("the Vice-President", "george_h_w_bush"), ("his successor and half-brother", "fahd_bin_abdulaziz"),
           ("his half-brother", "abdullah_bin_abdulaziz"), ("the Philippines President", "ferdinand_marcos")],
)

A["test_6303_natwar_gyanendra_jakarta"] = dict(
    actors={
        "k_natwar_singh": ["K Natwar Singh", "Natwar"],
        "gyanendra_bir_bikram_shah": ["King Gyanendra"],
        "manmohan_singh": ["Prime Minister Manmohan Singh", "Manmohan Singh"],
    },
    meetings=[
        # "K Natwar Singh on Friday met King Gyanendra" -> held, 2005-04-22. Place: not stated
        # for this meeting; the next sentence ("may also meet the monarch on the sidelines of
        # the ongoing Asian-African Summit in Jakarta") and "the monarch's first visit abroad"
        # place it at the Jakarta summit -> Jakarta (doubtful; see the notes).
        M(["k_natwar_singh", "gyanendra_bir_bikram_shah"], "2005-04-22", "Jakarta", IP, H,
          "In the first political level contact after the royal takeover in Nepal, External Affairs Minister K Natwar Singh on Friday met King Gyanendra and sought speedy release of political prisoners and lifting of emergency and media censorship in the Himalayan kingdom."),
        # Manmohan Singh "may also meet the monarch on the sidelines of the ongoing
        # Asian-African Summit in Jakarta"; the King "was looking forward to meeting the Indian
        # prime minister during the Summit" -> planned, date null, Jakarta.
        M(["manmohan_singh", "gyanendra_bir_bikram_shah"], None, "Jakarta", IP, P,
          "The 45-minute meeting came amid indication that Prime Minister Manmohan Singh may also meet the monarch on the sidelines of the ongoing Asian-African Summit in Jakarta."),
        # "the king met the Indian ambassador in Kathmandu a week after the royal coup" -> the
        # envoy is unnamed -> one-party row, held, date null, Kathmandu.
        M(["gyanendra_bir_bikram_shah"], None, "Kathmandu", IP, H,
          "Though the king met the Indian ambassador in Kathmandu a week after the royal coup, he was apparently upset over New Delhi's tough position and had delayed till recently meeting the envoy when he requested for a second audience."),
        # "had delayed till recently meeting the envoy when he requested for a second audience"
        # -> a second, recent audience implied -> one-party row, held, date and place null,
        # required False.
        M(["gyanendra_bir_bikram_shah"], None, None, IP, H,
          "Though the king met the Indian ambassador in Kathmandu a week after the royal coup, he was apparently upset over New Delhi's tough position and had delayed till recently meeting the envoy when he requested for a second audience.",
          False),
        # Not rows: the royal takeover; the condemnation by India, the United States and
        # Britain; "Indian officials said". "Source: PTI" is the agency credit (not an actor).
        # Removed: the app banner and breadcrumb at the start, the "Get Rediff News in your
        # Inbox:" widgets, the related link "Also see: Nepal sets free 61 political detainees"
        # and the copyright end matter.
    ],
    roles=[("External Affairs Minister", "k_natwar_singh"), ("the monarch", "gyanendra_bir_bikram_shah"),
           ("the king", "gyanendra_bir_bikram_shah"), ("The King", "gyanendra_bir_bikram_shah"),
           ("The minister", "k_natwar_singh"), ("the Indian prime minister", "manmohan_singh")],
)

A["dev_6304_abe_elbegdorj_tomigaya"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "tsakhia_elbegdorj": ["Tsakhia Elbegdorj", "Elbegdorj"],
        "united_nations_general_assembly": ["U.N. General Assembly"],
    },
    meetings=[
        # "held a meeting ... at his private residence in the Tomigaya district of Shibuya Ward,
        # Tokyo, on Sunday afternoon" -> held, 2013-09-29, Tokyo (the city; the district and
        # ward are parts of it).
        M(["shinzo_abe", "tsakhia_elbegdorj"], "2013-09-29", "Tokyo", IP, H,
          "Prime Minister Shinzo Abe held a meeting with Mongolian President Tsakhia Elbegdorj at his private residence in the Tomigaya district of Shibuya Ward, Tokyo, on Sunday afternoon."),
        # Not rows: Elbegdorj's attendance at the U.N. General Assembly session (a plenary);
        # "It is rare for a prime minister to host talks" (general).
    ],
    roles=[("Mongolian President", "tsakhia_elbegdorj"), ("Mongolia’s chief", "tsakhia_elbegdorj"),
           ("Prime Minister", "shinzo_abe")],
)

A["dev_6305_bustillo_cafiero_montevideo"] = dict(
    actors={
        "francisco_bustillo": ["Francisco Bustillo", "Bustillo", "Bstillo"],
        "santiago_cafiero": ["Santiago Cafiero", "Cafiero"],
        "alberto_fernandez": ["Alberto Fernández"],
        "luis_lacalle_pou": ["Luis Lacalle Pou"],
        "mercosur": ["Mercosur"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "Bustillo and Cafiero met Friday in Montevideo" -> held, 2023-03-17, Montevideo.
        M(["francisco_bustillo", "santiago_cafiero"], "2023-03-17", "Montevideo", IP, H,
          "Bustillo and Cafiero met Friday in Montevideo in the framework of the 50th anniversary of the Treaty of the River Plate."),
        # "the previous gathering in Buenos Aires on Feb. 16" -> held, 2023-02-16, Buenos Aires
        # (the subtitle says the same).
        M(["francisco_bustillo", "santiago_cafiero"], "2023-02-16", "Buenos Aires", IP, H,
          "Friday's encounter was a follow-up to the previous gathering in Buenos Aires on Feb. 16."),
        # "a bilateral presidential summit between Alberto Fernández and Luis Lacalle Pou in
        # April" ("a meeting will be held ... during the next month of April") -> planned, date
        # null (month only), place null.
        M(["alberto_fernandez", "luis_lacalle_pou"], None, None, IP, P,
          "Foreign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina Friday agreed to broker a bilateral presidential summit between Alberto Fernández and Luis Lacalle Pou in April, during which a joint declaration is expected to be reached regarding recent agreements between the top diplomats."),
        # Not rows: the meeting "of Central Bank authorities" next week (unnamed); the
        # Ibero-American Summit (multilateral); the Mercosur-EU dialogue. "Palacio San Martín"
        # (the Argentine foreign ministry's building) is not annotated as an actor. Removed: the
        # tool's date prefix.
    ],
    roles=[],
)

A["dev_6306_key_bainimarama_auckland"] = dict(
    actors={
        "john_key": ["New Zealand Prime Minister John Key", "Prime Minister John Key", "John Key", "Mr Key"],
        "frank_bainimarama": ["Fijian Prime Minister Frank Bainimarama", "Frank Bainimarama", "Mr Bainimarama"],
    },
    meetings=[
        # Bainimarama "was on Saturday welcomed to Government House in Auckland" and "sat down
        # with Prime Minister John Key for talks" -> held, 2016-10-22, Auckland (one row: the
        # welcome and the talks are one encounter).
        M(["john_key", "frank_bainimarama"], "2016-10-22", "Auckland", IP, H,
          "Mr Bainimarama was greeted with a powhiri and a military inspection before he sat down with Prime Minister John Key for talks."),
        # Not rows: "the visits" (general); Bainimarama "told reporters" (a statement); the
        # lifted ban and the arrests (no meeting). "NZ Newswire" (agency credit) and the photo
        # credit (Fiona Goodall/Getty Images for The Department of Internal Affairs) are not
        # actors. Removed: the browser notice at the start and the last, cut-off sentence
        # ("Afterwards, Mr Key told media ... were stil").
    ],
    roles=[("New Zealand Prime Minister", "john_key"), ("Fijian Prime Minister", "frank_bainimarama"),
           ("the prime minister", "john_key")],
)

A["test_6307_yeltsin_kuchma_barvikha"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        "sergei_yastrzhembsky": ["Sergey Yastrzhembsky", "Yastrzhembsky"],
        "viktor_chernomyrdin": ["Viktor Chernomyrdin"],
        "russian_duma": ["State Duma", "Duma"],
    },
    meetings=[
        # "held a half-hour discussion at the Barvikha sanatorium near Moscow"; "reached an
        # agreement today" (dateline 24 October 1996) -> held, 1996-10-24, Barvikha (the most
        # specific named locality).
        M(["boris_yeltsin", "leonid_kuchma"], "1996-10-24", "Barvikha", IP, H,
          "The two presidents held a half-hour discussion at the Barvikha sanatorium near Moscow where Yeltsin is preparing for heart surgery, planned for next month."),
        # Chernomyrdin "would travel to Kyiv to sign a formal agreement" "before mid-November"
        # -> planned, no counterpart named -> one-party row, date null, Kyiv, required False.
        M(["viktor_chernomyrdin"], None, "Kyiv", IP, P,
          "Yastrzhembsky said the two presidents also agreed that before mid-November, Russian Prime Minister Viktor Chernomyrdin would travel to Kyiv to sign a formal agreement on the division of the fleet and the solution of pending financial problems.",
          False),
        # Yeltsin "had promised Kuchma that his first official visit ... would be to Kyiv" ->
        # planned Yeltsin-Kuchma (the host is implied, not stated), date null (after surgery),
        # Kyiv, required False.
        M(["boris_yeltsin", "leonid_kuchma"], None, "Kyiv", IP, P,
          "And he said Yeltsin had promised Kuchma that his first official visit after he had recovered from heart surgery would be to Kyiv to sign a long-awaited friendship relations agreement.",
          False),
        # Not rows: the press conference (Yastrzhembsky alone); "cancelled several planned
        # trips to Kyiv" (cancelled, a count); the Duma's warning. "(RFE/RL)" in the dateline is
        # the agency credit (not an actor). Removed: the repeated copy of paragraphs 2-4 at the
        # end of the excerpt (from the second "The two presidents held a half-hour discussion").
    ],
    roles=[("Russian President", "boris_yeltsin"), ("Ukrainian President", "leonid_kuchma"),
           ("Yeltsin spokesman", "sergei_yastrzhembsky"), ("Russian Prime Minister", "viktor_chernomyrdin")],
)

A["dev_6308_clinton_ramos_malacanang"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "hillary_clinton": ["Hillary", "Hillary Rodham Clinton"],
        "fidel_ramos": ["President Fidel Ramos", "Fidel Ramos", "Ramos"],
        "amelita_ramos": ["Amelita"],
        "gloria_macapagal_arroyo": ["Gloria Macapagal-Arroyo"],
        "leticia_shahani": ["Leticia Shehani"],
        "jose_rizal": ["Dr. Jose Rizal", "Jose Rizal"],
        "gerald_ford": ["Gerald Ford"],
        "newt_gingrich": ["Newt Gingrich"],
        "us_congress": ["Congress"],
        "republican_party": ["Republicans"],
    },
    meetings=[
        # "This morning, they received an official welcoming at Malacanang Palace ... The
        # Clintons were met by President Fidel Ramos" -> held, 1994-11-13, Manila (dateline;
        # Malacanang Palace). The wives (Hillary, Amelita) are not participants (convention).
        M(["bill_clinton", "fidel_ramos"], "1994-11-13", "Manila", IP, H,
          "The Clintons were met by President Fidel Ramos, a West Point graduate, and his wife, Amelita."),
        # Clinton "shook hands with Philippine dignitaries, including ... Gloria
        # Macapagal-Arroyo" and exchanged words -> held, same day and place, required False (a
        # greeting at the welcome).
        M(["bill_clinton", "gloria_macapagal_arroyo"], "1994-11-13", "Manila", IP, H,
          "Clinton shook hands with Philippine dignitaries, including a former classmate at Georgetown University - Gloria Macapagal-Arroyo.",
          False),
        # "The couple also met Ramos' sister, Philippine Sen. Leticia Shehani" -> held, same day
        # and place, required False (a meeting at the welcome; Hillary not a participant).
        M(["bill_clinton", "leticia_shahani"], "1994-11-13", "Manila", IP, H,
          "The couple also met Ramos' sister, Philippine Sen. Leticia Shehani.",
          False),
        # "a breakfast meeting with American business executives" (unnamed) -> one-party row,
        # 1994-11-13 ("began his day"), Manila, required False.
        M(["bill_clinton"], "1994-11-13", "Manila", IP, H,
          "Clinton, the first president to visit the Philippines since Gerald Ford in 1975, began his day with a jog and a breakfast meeting with American business executives.",
          False),
        # Not rows: the arrival ceremony at the airport (no one named); the wreath at Rizal's
        # monument; Gingrich's vow; the midterm elections; Ford's 1975 visit (no host named).
        # The header (Roanoke Times, Landmark Communications, Associated Press) is left out;
        # Georgetown University, West Point and Wellesley College are not annotated (as
        # University of London in batch 31b). Removed: the last, cut-off sentence ("He was
        # visiting the Philippines for l").
    ],
    roles=[("The Philippine senator", "gloria_macapagal_arroyo"), ("Ramos' sister", "leticia_shahani"),
           ("the president", "bill_clinton"), ("the Georgia Republican", "newt_gingrich"),
           ("a Philippine national hero", "jose_rizal")],
)

A["dev_6309_blair_ahern_ira"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Mr Blair", "Blair"],
        "bertie_ahern": ["Bertie Ahern", "Mr Ahern", "Ahern"],
        "ira": ["IRA"],
        "european_union": ["EU"],
    },
    meetings=[
        # "The leaders were staging a routine meeting"; "yesterday brushed aside reports" ->
        # held, 2005-06-27; place null (no place given for the meeting; London and Dublin appear
        # only in the weekend reports).
        M(["tony_blair", "bertie_ahern"], "2005-06-27", None, IP, H,
          "The leaders were staging a routine meeting to review progress on the peace process, days after Mr Ahern joined criticisms by other European leaders of Mr Blair's insistence that the EU's farm budget must be reformed before he concedes the UK's rebate."),
        # Not rows: the IRA statement "expected shortly" (a statement); "other European
        # leaders" (unnamed). Removed: the last paragraph, a quotation cut off before its
        # attribution ("If the Republicans do give up violence ... I don't know whether they
        # will,").
    ],
    roles=[("the Irish taoiseach", "bertie_ahern")],
)

A["dev_6310_chretien_bush_call_0912"] = dict(
    actors={
        # The statement's author ("I") is named only in the header line.
        "jean_chretien": ["Prime Minister Jean Chrétien", "Jean Chrétien"],
        "george_w_bush": ["President Bush"],
        "government_of_canada": ["Government of Canada"],
    },
    meetings=[
        # "I spoke early this morning with President Bush" -> phone (a conversation the day
        # after the attacks, from Ottawa; not said to be in person), held, 2001-09-12, place
        # null (a call).
        M(["jean_chretien", "george_w_bush"], "2001-09-12", None, PH, H,
          "I spoke early this morning with President Bush."),
        # Not rows: "He asked that I let the Canadian people know" and "I told him" (the same
        # conversation). Removed: the end line "©2001 Government of Canada."
    ],
    roles=[("Prime Minister", "jean_chretien")],
)

A["test_6311_christopher_nazarbayev_npt"] = dict(
    actors={
        "warren_christopher": ["Secretary of State Warren Christopher", "Warren Christopher", "Christopher"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "bill_clinton": ["Bill Clinton", "President Clinton", "Clinton"],
        "leonid_kravchuk": ["Ukrainian President Leonid Kravchuk", "Leonid Kravchuk", "Kravchuk"],
    },
    meetings=[
        # Christopher "won a pledge from Kazakhstan’s president Sunday" (the pledge "to U.S.
        # secretary of state" in person, with an aid package announced) -> held, 1993-10-24,
        # place Kazakhstan (no city in the text).
        M(["warren_christopher", "nursultan_nazarbayev"], "1993-10-24", "Kazakhstan", IP, H,
          "Bearing promises of aid and a visit with Bill Clinton, Secretary of State Warren Christopher won a pledge from Kazakhstan’s president Sunday to secure ratification of the Nuclear Non-Proliferation Treaty by the end of the year."),
        # "Christopher faces a tougher test today: a meeting with the president of Ukraine"
        # (= Kravchuk, to whom he "flew to Kiev ... Sunday night") -> planned, 1993-10-25, Kiev.
        M(["warren_christopher", "leonid_kravchuk"], "1993-10-25", "Kiev", IP, P,
          "But Christopher faces a tougher test today: a meeting with the president of Ukraine, who has suggested that he wants to cut a separate deal over some of the roughly 1,800 nuclear warheads his country inherited from the Soviet Union."),
        # "a promise of a meeting with President Clinton, probably early next year" (headline:
        # "Clinton may visit early next year") -> planned, date and place null.
        M(["nursultan_nazarbayev", "bill_clinton"], None, None, IP, P,
          "The Kazakh president, Nursultan Nazarbayev, surprised U.S. officials with the pledge, which he offered in exchange for a promise of a meeting with President Clinton, probably early next year."),
        # Not rows: Kravchuk "told reporters in Kiev last week" (cut off; a statement); "Aides
        # to Christopher said" (statements). The byline "TIMES STAFF WRITER" is left out.
        # Removed: the "Share" widget, the "Advertisement" line and the last, cut-off sentence
        # ("Kravchuk told reporters ... require him t").
    ],
    roles=[("U.S. secretary of state", "warren_christopher"), ("Kazakh Leader", "nursultan_nazarbayev"),
           ("Kazakhstan’s president", "nursultan_nazarbayev"), ("the president of Ukraine", "leonid_kravchuk"),
           ("The Kazakh president", "nursultan_nazarbayev"), ("the Kazakh leader", "nursultan_nazarbayev"),
           ("the secretary of state", "warren_christopher")],
)

A["dev_6312_muldoon_aides_london"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon"],
        "bernard_galvin": ["Mr B. V. Galvin", "Mr Galvin"],
        "g_w_symmans": ["Mr G. W. Symmans", "Mr Symmans"],
        "prime_ministers_department_nz": ["Prime Minister’s Department"],
        "new_zealand_parliament": ["Parliament"],
    },
    meetings=[
        # Zero-row control. Not rows: Muldoon "leaves for Niue, Rarotonga, Apia, and Fiji" and
        # "will fly to London" (trips with no host named); the Commonwealth Heads of State
        # conference (multilateral); Galvin and Symmans preparing the ground in London (no one
        # named to meet); whether they "will report to Mr Muldoon while he is in the Islands"
        # ("possible, but not likely": hypothetical); question time in Parliament (not a
        # meeting). The OCR'd byline "Parliamentary reporter" inside the text is kept and left
        # out of the actors. Removed: Papers Past's correction notice and "Article image" lines,
        # and the last, cut-off sentence ("“It is not really remarka").
    ],
    roles=[("The head of the Prime Minister’s Department", "bernard_galvin"),
           ("his chief press secretary", "g_w_symmans")],
)
