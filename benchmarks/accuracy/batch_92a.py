"""Accuracy corpus, batch 92a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 92b at the same time), over eleven regions
(East Asia: two; Africa, Middle East, Western Europe, Latin America, Central Asia/Caucasus, South
Asia, Oceania, Eastern Europe/Russia, North America, Southeast Asia: one each) and six decades
(1950s: one, 1960s: three, 1970s: four, 1990s: one, 2010s: one, 2020s: two; nine of the twelve
from before 2000).
Outlets/sites: the Biafran War Database (africaknowledgeproject.org; a State Department
memorandum of conversation, 1969), the Jewish Virtual Library (transcript of the Begin-Sadat
joint press conference, 1977), The American Presidency Project (UCSB; Kennedy-Macmillan joint
statement, 1963), a cable of the US Embassy Buenos Aires (WikiLeaks PlusD, 1973), Trend
(en.trend.az, 2021), Hindustan Times (2019), PM Transcripts (pmtranscripts.pmc.gov.au; TV
interview transcript, 1967), The Press (Christchurch) via Papers Past (N.Z. Press Association
wire, 1955), National Newswatch ("Today in Canada's political history", 2023), a cable of the
US Embassy Manila (WikiLeaks PlusD, 1979), a Japanese embassy cable in the Wilson Center Digital
Archive (1979), People's Daily Online (en.people.cn, 1999). All texts are in English.
Kinds: a memorandum of conversation, a press-conference transcript with a communique, a joint
statement, two US diplomatic cables, a Japanese diplomatic cable, wire copy (Trend; N.Z.P.A.), an
online newspaper story, a TV interview transcript, a history column, a state-media story.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 92b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_92a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-91b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_182NN_<slug>` /
`test_182NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "Washington, April 17, 1969, 4:45 p.m." at the head of the memorandum (a Thursday): the
    # date of the document (the database's own page has only "1999 - ." in its copyright line;
    # 'published' = the date of the document, as batch 91a did for its memcon; doubtful).
    ("dev_18201_rogers_nabwera_memcon", "Africa", "1960s", "Biafran War Database, Africa Knowledge Project (africaknowledgeproject.org; State Department memorandum of conversation)", "https://africaknowledgeproject.org/index.php/bwd/article/view/961", "1969-04-17"),
    # "(November 21, 1977)" under the title (a Monday): the date of the press conference; the
    # Jewish Virtual Library page itself is undated (doubtful as for 18201).
    ("dev_18202_begin_sadat_press_conference", "Middle East", "1970s", "Jewish Virtual Library (jewishvirtuallibrary.org; transcript of a joint press conference)", "https://www.jewishvirtuallibrary.org/prime-minister-begin-joint-press-conference-with-egyptian-president-sadat-and-text-of-agreed-communique-november-1977", "1977-11-21"),
    # "June 30, 1963" under the title (a Sunday).
    ("test_18203_kennedy_macmillan_birch_grove", "Western Europe", "1960s", "The American Presidency Project (presidency.ucsb.edu; joint statement)", "https://www.presidency.ucsb.edu/documents/joint-statement-following-discussions-with-prime-minister-macmillan-his-home-birch-grove", "1963-06-30"),
    # Date-time group "O P 141620 Z MAY 73" -> 1973-05-14 (a Monday); "1973" in the address.
    ("dev_18204_llambi_campora_cable", "Latin America", "1970s", "US Embassy Buenos Aires cable 3354 (WikiLeaks PlusD, forum.wikileaks.org)", "https://forum.wikileaks.org/plusd/cables/1973BUENOS03354.html", "1973-05-14"),
    # The tool's " date 2021-08-14" prefix (removed from the text) and the dateline "BAKU,
    # Azerbaijan, August 14" (a Saturday).
    ("dev_18205_tleuberdi_blinken_phone", "Central Asia/Caucasus", "2020s", "Trend (en.trend.az)", "https://en.trend.az/casia/kazakhstan/3469188.html", "2021-08-14"),
    # "First Published: May 31, 2019 14:55 IST" at the foot (a Friday).
    ("dev_18206_modi_sirisena_jugnauth", "South Asia", "2010s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/india-news/on-day-1-pm-modi-lines-up-5-meetings-with-foreign-dignitaries/story-BAlqlQ73zMNm9dTN7VZFnM.html", "2019-05-31"),
    # "Release Date: 08/07/1967" (a Saturday) in the page's record; the title gives the
    # broadcast as "9TH JULY 1967" and the OCR stamp "14 JUL 1967" (doubtful: 'published' = the
    # release date of the record).
    ("test_18207_holt_four_corners", "Oceania", "1960s", "PM Transcripts, Department of the Prime Minister and Cabinet (pmtranscripts.pmc.gov.au; TV interview transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-1623", "1967-07-08"),
    # "CHP19550527" in the address: The Press (Christchurch), 27 May 1955 (a Friday); dateline
    # "BELGRADE, May 26".
    ("dev_18208_khrushchev_tito_belgrade", "Eastern Europe/Russia", "1950s", "The Press (Christchurch) via Papers Past (paperspast.natlib.govt.nz; N.Z. Press Association wire)", "https://paperspast.natlib.govt.nz/newspapers/CHP19550527.2.114", "1955-05-27"),
    # "2023/06/03" in the address (a Saturday); the excerpt itself has no date line.
    ("dev_18209_diefenbaker_eisenhower_1960", "North America", "2020s", "National Newswatch (nationalnewswatch.com; history column)", "https://www.nationalnewswatch.com/2023/06/03/today-in-canadas-political-history-dief-meets-with-president-ike-at-white-house/", "2023-06-03"),
    # Date-time group "O 290016Z OCT 79" -> 1979-10-29 (a Monday); "1979" in the address.
    ("dev_18210_holbrooke_marcos_cable", "Southeast Asia", "1970s", "US Embassy Manila cable 20673 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1979MANILA20673_e.html", "1979-10-29"),
    # "December 6, 1979" at the head and "Sent: China, December 06, 1979, 21:40" (a Thursday):
    # the date of the cable (the archive's online edition is later; doubtful as for 18201).
    ("test_18211_ohira_deng_cable", "East Asia", "1970s", "Wilson Center Digital Archive (digitalarchive.wilsoncenter.org; Japanese embassy cable, translation)", "https://digitalarchive.wilsoncenter.org/document/cable-no-2629-ambassador-yoshida-foreign-minister-prime-ministers-visit-china-ohira-deng", "1979-12-06"),
    # "Thursday, December 02, 1999, updated at 09:56(GMT+8)" at the head; "199912/02" in the
    # address.
    ("dev_18212_jiang_craig_beijing", "East Asia", "1990s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/199912/02/eng19991202A104.html", "1999-12-02"),
]

A = {}

A["dev_18201_rogers_nabwera_memcon"] = dict(
    actors={
        "william_rogers": ["Rogers"],
        # Only the surname is given (Kenyan Ambassador Burudi Nabwera): key from the surname.
        "nabwera": ["Nabwera"],
        # The drafter of the memorandum, named in the source note (not a byline of a news
        # story): annotated as an actor (doubtful, see notes).
        "terence_todman": ["Terence A. Todman"],
        "us_national_archives": ["National Archives"],
    },
    meetings=[
        # Date and place from the head "Washington, April 17, 1969, 4:45 p.m.".
        M(["william_rogers", "nabwera"], "1969-04-17", "Washington", IP, H,
          "During his meeting with Secretary Rogers, Kenyan Ambassador Nabwera said bilateral relations between the United States and Kenya were excellent, but the United States should formulate an independent policy toward Africa and not follow the lead of other Western powers such as the United Kingdom and France."),
        # Removed: the second, duplicated copy of the summary paragraph and of the source note
        # (the page repeats them), and the footer "Biafran War Database. / Editor: Azuka
        # Nzegwu. / Published by Africa Resource Center ... Copyright ...".
    ],
    roles=[("Secretary Rogers", "william_rogers"),
           ("Kenyan Ambassador", "nabwera")],
)

A["dev_18202_begin_sadat_press_conference"] = dict(
    actors={
        "menachem_begin": ["Menachem Begin", "Begin", "Mr. Begin"],
        "anwar_sadat": ["Sadat", "President Sadat", "Mr. Sadat"],
        "government_of_israel": ["Government of Israel"],
    },
    meetings=[
        # Sadat's visit to Israel and his talks with Begin in Jerusalem ("the historic meeting
        # in Jerusalem" in the communique is the same meeting: one row). The visit spans
        # several days that the text does not give (only the press conference is dated
        # November 21) -> date null (doubtful: the joint press conference itself is of
        # 1977-11-21, but it is a joint appearance before the press, not the talks).
        M(["menachem_begin", "anwar_sadat"], None, "Jerusalem", IP, H,
          "At the conclusion of the Sadat visit, a joint press conference given by Prime Minister Begin and President Sadat was held in Jerusalem."),
        # Not rows: "why Mr. Begin could not come to Cairo" (a visit that did not take place);
        # the proposed "dialogue between the two countries" and "peace treaties in Geneva"
        # (proposals between governments). Removed: the site's navigation lines
        # ("Bookstore Glossary ...", "Anti-Semitism Biography ...", "donate subscribe Contact
        # About Home") and, at the end, the cut-off question "Q. Mr. Prime Minister, have you
        # received an invitation to go to Cairo and,".
    ],
    roles=[("Prime Minister Begin", "menachem_begin"),
           ("the President, our noble guest", "anwar_sadat"),
           ("Egyptian President Sadat", "anwar_sadat")],
)

A["test_18203_kennedy_macmillan_birch_grove"] = dict(
    actors={
        "john_f_kennedy": ["Kennedy", "President Kennedy"],
        "harold_macmillan": ["Macmillan", "Prime Minister Macmillan"],
        "dean_rusk": ["Mr. Rusk"],
        "alec_douglas_home": ["Lord Home"],
        "duncan_sandys": ["Mr. Duncan Sandys", "Duncan Sandys"],
        "lord_hailsham": ["Lord Hailsham"],
        "peter_thorneycroft": ["Mr. Thorneycroft"],
        "edward_heath": ["Mr. Heath"],
        "nato": ["NATO"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "During the past two days" (statement of 30 June 1963) -> 29-30 June: two days ->
        # date null. Place: the title gives "His Home in Birch Grove, Sussex" -> "Birch Grove"
        # (a house/estate rather than a town; doubtful, see notes).
        M(["john_f_kennedy", "harold_macmillan"], None, "Birch Grove", IP, H,
          "DURING the past two days President Kennedy and Prime Minister Macmillan have held their seventh meeting to discuss current problems."),
        # Rusk and Home's conversations in London "during the previous two days" (27-28 June,
        # not pinned to one day) -> date null.
        M(["dean_rusk", "alec_douglas_home"], None, "London", IP, H,
          "During some twelve hours of discussion the President and the Prime Minister began by hearing reports from Lord Home and Mr. Rusk about conversations which the two Ministers had held in London during the previous two days."),
        # Not rows: the six ministers who "took part in the talks at various times" are taken
        # as attending members of the delegations (as "accompanying" in ANNOTATION.md), so no
        # pair rows for them (doubtful, see notes); "President Kennedy's visit to Germany and
        # Eire" (a visit to countries, no named host). Removed: "John F. Kennedy photo" at the
        # head and, at the end, the cut-off sentence '" The President and the Prime Minister
        # were agreed on their policy'.
    ],
    roles=[("The United States Secretary of State", "dean_rusk"),
           ("British Foreign Secretary", "alec_douglas_home"),
           ("Secretary of State for Commonwealth Relations", "duncan_sandys"),
           ("Lord President of the Council", "lord_hailsham"),
           ("Minister of Defence", "peter_thorneycroft"),
           ("Lord Privy Seal", "edward_heath"),
           ("the President", "john_f_kennedy"),
           ("the Prime Minister", "harold_macmillan")],
)

A["dev_18204_llambi_campora_cable"] = dict(
    actors={
        "benito_llambi": ["BENITO LLAMBI", "LLAMBI"],
        "hector_campora": ["CAMPORA"],
        "william_rogers": ["SECRETARY ROGERS", "ROGERS"],
        "juan_peron": ["PERON"],
        "richard_nixon": ["PRESIDENT NIXON", "NIXON"],
        # "ASST. SECY RICHARDSON": first name not given -> key from the surname.
        "richardson_asst_secy": ["RICHARDSON"],
        "justicialista_party": ["JUSTICIALISTA PARTY"],
    },
    meetings=[
        # The Ambassador (the unnamed "ME" of the cable) meets Llambi "MORNING MAY 14" (cable
        # of 14 May 1973) -> 1973-05-14; the embassy's city -> Buenos Aires. One named party.
        M(["benito_llambi"], "1973-05-14", "Buenos Aires", IP, H,
          "DURING ALMOST HOUR- LONG MEETING MORNING MAY 14 WITH BENITO LLAMBI HE ASSURED ME THAT IF SECRETARY WERE TO STAY OVER MAY 26 CAMPORA WOULD RECEIVE HIM ON MAY 26."),
        # Campora to receive Secretary Rogers: one planned meeting, on May 26 or (if Rogers
        # does not stay) on May 24 -> date null; Buenos Aires (the schedule of the Secretary's
        # Buenos Aires visit).
        M(["hector_campora", "william_rogers"], None, "Buenos Aires", IP, P,
          "APPARENTLY THEY PREFER THAT CAMPORA IN HIS CAPACITY AS PRESIDENT RATHER THAN AS PRESIDENT- ELECT RECEIVE SECRETARY ROGERS."),
        # Not rows: the proposed invitation from Nixon to Peron and Llambi's question whether
        # Peron "BE INVITED TO THE WHITE HOUSE TO TALK WITH PRESIDENT NIXON" (a proposal /
        # hypothetical, not an announced meeting; doubtful, see notes); the letter to
        # Richardson. Removed: at the end, the cut-off sentence "I POINTED OUT THAT A GOOD
        # BEGINNING WAS BEING MADE IN THE ATTENDANCE AT DR. CAMPORA'". Kept as found: the cable
        # headers and the repeated "CONFIDENTIAL" page lines.
    ],
    roles=[("SECRETARY", "william_rogers"),
           ("THE PRESIDENT OF THE JUSTICIALISTA PARTY", "juan_peron")],
)

A["dev_18205_tleuberdi_blinken_phone"] = dict(
    actors={
        "mukhtar_tleuberdi": ["Mukhtar Tleuberdi", "Tleuberdi"],
        "antony_blinken": ["Anthony Blinken", "Blinken"],
        "trend_news_agency": ["Trend"],
        "kazakh_foreign_ministry": ["Kazakh Foreign Ministry"],
        "central_asia_investment_partnership": ["Central Asia Investment Partnership"],
    },
    meetings=[
        # The telephone conversation: the day is not given (story of Saturday 14 August 2021)
        # -> date null; no place for a call. "Blinken briefed Tleuberdi" and "Tleuberdi and
        # Blinken talked about" are the same call (one row).
        M(["mukhtar_tleuberdi", "antony_blinken"], None, None, PH, H,
          "Deputy Prime Minister, Foreign Minister of Kazakhstan Mukhtar Tleuberdi and US Secretary of State Anthony Blinken discussed issues of cooperation between the countries, Trend reports with reference to the Kazakh Foreign Ministry."),
        # Not rows: "continue to maintain close contact" (no specific meeting); the
        # governments' announcement of the partnership. Removed: the tool's " date 2021-08-14"
        # prefix.
    ],
    roles=[("Deputy Prime Minister, Foreign Minister of Kazakhstan", "mukhtar_tleuberdi"),
           ("US Secretary of State", "antony_blinken")],
)

A["dev_18206_modi_sirisena_jugnauth"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Modi", "Modi"],
        "maithripala_sirisena": ["Maithripala Sirisena", "President Sirisena", "Sirisena"],
        "pravind_jugnauth": ["Pravind Jugnauth"],
        "sooronbay_jeenbekov": ["Sooronbay Sharipovich Jeenbekov"],
        "amit_shah": ["Amit Shah"],
        "subrahmanyam_jaishankar": ["S Jaishankar"],
        "suresh_prabhu": ["Suresh Prabhu"],
        "maneka_gandhi": ["Maneka Gandhi"],
        "radha_mohan_singh": ["Radha Mohan Singh"],
        "bharatiya_janata_party": ["BJP"],
        "asian_news_international": ["ANI"],
        "bimstec": ["BIMSTEC"],
    },
    meetings=[
        # "Friday" (story of Friday 31 May 2019) -> 2019-05-31; Hyderabad House in Delhi.
        M(["narendra_modi", "maithripala_sirisena"], "2019-05-31", "Delhi", IP, H,
          "PM Modi’s first bilateral meeting, amongst the five scheduled for Friday, was with Sri Lankan President Maithripala Sirisena at the Hyderabad House in Delhi, according to ANI."),
        # "next" after the Friday meeting -> 2019-05-31; no place given for this meeting ->
        # null (Delhi is likely but not stated; doubtful).
        M(["narendra_modi", "pravind_jugnauth"], "2019-05-31", None, IP, H,
          "The PM next met his Mauritian counterpart Pravind Jugnauth who extended his warm felicitations."),
        # "on Thursday" (story of Friday 31 May 2019) -> 2019-05-30; no place given.
        M(["narendra_modi", "sooronbay_jeenbekov"], "2019-05-30", None, IP, H,
          "The PM met President of the Kyrgyz Republic, Sooronbay Sharipovich Jeenbekov, on Thursday, marking his first bilateral meeting as the Prime Minister for a second term right after the oath-taking ceremony."),
        # Not rows: the swearing-in ceremony attended by Sirisena and the BIMSTEC
        # representatives (a ceremony); the other unnamed meetings "amongst the five
        # scheduled"; cabinet appointments.
    ],
    roles=[("Prime Minister", "narendra_modi"),
           ("The PM", "narendra_modi"),
           ("Sri Lankan President", "maithripala_sirisena"),
           ("the Sri Lankan leader", "maithripala_sirisena"),
           ("his Mauritian counterpart", "pravind_jugnauth"),
           ("President of the Kyrgyz Republic", "sooronbay_jeenbekov"),
           ("BJP President", "amit_shah"),
           ("former foreign secretary", "subrahmanyam_jaishankar")],
)

A["test_18207_holt_four_corners"] = dict(
    actors={
        "harold_holt": ["Holt, Harold", "Holt, Harold Edward", "MR HAROLD HOLT", "MR. HAROLD HOLT", "Mr. Holt"],
        "lyndon_johnson": ["President Johnson"],
        # OCR of "Mr. Wilson" (Harold Wilson), split over two lines: "Mir.\n*. ilson".
        "harold_wilson": ["Mir. *. ilson"],
        # The interviewer, named in the title and the transcript (not a byline).
        "robert_moore": ["MR ROBERT MOORE", "Mr. Rojert Moore", "MR. MOORE"],
        "abc_television": ["ABC TELEVISION NETWORK"],
    },
    meetings=[
        # Holt's latest ("fifth series of") meetings with Johnson, "just a few days ago": a
        # specific series, not a bare count -> held; days and place not given -> null.
        M(["harold_holt", "lyndon_johnson"], None, None, IP, H,
          "And just a few days ago he returned from his fifth series of meetings with President Johnson and his third meeting with Mir. *. ilson."),
        M(["harold_holt", "harold_wilson"], None, None, IP, H,
          "And just a few days ago he returned from his fifth series of meetings with President Johnson and his third meeting with Mir. *. ilson."),
        # Not rows: the TV interview itself (a media interview); "international gatherings"
        # Holt chaired (multilateral, unnamed). Removed: the site header "PM Transcripts /
        # Transcripts from the Prime Ministers of Australia" and, at the end, the cut-off
        # paragraph "MOORE: . Hell, certainly, Sir, since you came to office ... than any Prim"
        # (one sentence). Kept as found: the OCR of the transcript's first page.
    ],
    roles=[("THE PRIME MINISTER", "harold_holt"),
           ("PRIME MINISTER", "harold_holt")],
)

A["dev_18208_khrushchev_tito_belgrade"] = dict(
    actors={
        "nikita_khrushchev": ["Nikita Khrushchev"],
        # "Nikola" as printed (Nikolai Bulganin).
        "nikolai_bulganin": ["Nikola Bulganin"],
        "josip_broz_tito": ["Marshal Tito", "President Tito", "Tito"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
        "cominform": ["Cominform"],
        "yugoslav_foreign_ministry": ["Jugoslav foreign ministry"],
        "new_zealand_press_association": ["N.Z. Press Associate onr"],
    },
    meetings=[
        # The Belgrade talks, announced ("will arrive in Belgrade today for talks") -> planned;
        # the talks are to last about a week from the arrival "today" (26 May) -> date null.
        M(["nikita_khrushchev", "josip_broz_tito"], None, "Belgrade", IP, P,
          "The Soviet Communist Party First Secretary, Mr Nikita Khrushchev, with the Soviet Prime Minister, Marshal Nikola Bulganin, will arrive in Belgrade today for talks with the Jugoslav President, Marshal Tito—the “outcast of the Cominform.”"),
        M(["nikolai_bulganin", "josip_broz_tito"], None, "Belgrade", IP, P,
          "The Soviet Communist Party First Secretary, Mr Nikita Khrushchev, with the Soviet Prime Minister, Marshal Nikola Bulganin, will arrive in Belgrade today for talks with the Jugoslav President, Marshal Tito—the “outcast of the Cominform.”"),
        # Khrushchev and Bulganin: the same delegation -> pair row required false (as
        # Gorbachev-Shevardnadze in 91a).
        M(["nikita_khrushchev", "nikolai_bulganin"], None, "Belgrade", IP, P,
          "The Soviet Communist Party First Secretary, Mr Nikita Khrushchev, with the Soviet Prime Minister, Marshal Nikola Bulganin, will arrive in Belgrade today for talks with the Jugoslav President, Marshal Tito—the “outcast of the Cominform.”", False),
        # Not rows: the possible visit to Tito's residence at Brioni and "their talks with
        # President Tito" in the last paragraph (the same talks); receptions and the press
        # conference. Removed: the "Article image" lines and, at the end, the cut-off
        # fragment "By showing the w". Kept as found: "(N.Z. Press Associate onr—Copyright)",
        # "gnd", "ory". The agency name in the OCR'd tag is annotated as an actor (doubtful).
    ],
    roles=[("The Soviet Communist Party First Secretary", "nikita_khrushchev"),
           ("the Soviet Prime Minister", "nikolai_bulganin"),
           ("the Jugoslav President", "josip_broz_tito")],
)

A["dev_18209_diefenbaker_eisenhower_1960"] = dict(
    actors={
        "john_diefenbaker": ["John Diefenbaker", "Dief"],
        "dwight_eisenhower": ["Dwight Eisenhower"],
        "time_magazine": ["Time Magazine"],
        "brian_mulroney": ["Brian Mulroney"],
        "stephen_harper": ["Stephen Harper"],
        "tom_axworthy": ["Tom Axworthy"],
        "queens_centre_for_the_study_of_democracy": ["Queen’s Centre for the Study of Democracy"],
        # Not annotated: the author, Arthur Milnes (bio at the foot = byline material).
    },
    meetings=[
        # "on this date in 1960" (column of 3 June 2023, "Today in Canada's political history")
        # -> 1960-06-03; White House -> Washington. The quoted report's "The President" / "The
        # Prime Minister" and "the private discussions between the PM and the President" are
        # the same talks (one row).
        M(["john_diefenbaker", "dwight_eisenhower"], "1960-06-03", "Washington", IP, H,
          "Prime Minister John Diefenbaker and U.S. President Dwight Eisenhower held lengthy talks at the White House on this date in 1960."),
        # Removed: the site header "National Newswatch / National Opinion Centre", the
        # disclaimer "The views, opinions and analyses ...", "Click here for more political news
        # headlines" and the newsletter line. Kept: the author's bio (names Mulroney, Harper,
        # Axworthy; no meetings).
    ],
    roles=[("Prime Minister", "john_diefenbaker"),
           ("U.S. President", "dwight_eisenhower"),
           ("The President", "dwight_eisenhower"),
           ("The Prime Minister", "john_diefenbaker"),
           ("the PM", "john_diefenbaker"),
           ("then-Prime Minister", "stephen_harper")],
)

A["dev_18210_holbrooke_marcos_cable"] = dict(
    actors={
        "richard_holbrooke": ["HOLBROOKE", "HOLBROOKE, RICHARD"],
        "ferdinand_marcos": ["PRESIDENT MARCOS", "MARCOS"],
        "kriangsak_chomanan": ["KRIANGSAK", "PRIME MINISTER KRIANGSAK"],
        "pol_pot": ["POL POT"],
        "asean": ["ASEAN"],
        # Not annotated: "Sheryl P. Walter" of the declassification stamp (removed with the
        # cut-off sentence anyway).
    },
    meetings=[
        # Holbrooke (the "ME" of a cable "FROM HOLBROOKE") meets Marcos at Malacanang Palace on
        # October 25 (cable of 29 October 1979) -> 1979-10-25, Manila.
        M(["richard_holbrooke", "ferdinand_marcos"], "1979-10-25", "Manila", IP, H,
          "PRESIDENT MARCOS ASKED ME TO SEE HIM ALONE AT THE BEGINNING OF OUR MEETING AT MALACANANG PALACE ON OCTOBER 25."),
        # Not rows: Kriangsak's visit to Manila, cancelled (did not take place). Removed: at
        # the end, the cut-off sentence "I TOLD HIM THAT GENERAL ROMULO HAD TOLD ... SECRETARY
        # VANCE THAT ... APPROVAL OF I" with the two declassification-stamp lines inside it.
    ],
    roles=[("PRIME MINISTER", "kriangsak_chomanan")],
)

A["test_18211_ohira_deng_cable"] = dict(
    actors={
        "masayoshi_ohira": ["Ohira", "Prime Minister Ohira"],
        "deng_xiaoping": ["Deng"],
        # Japanese ambassador in Beijing, surname only.
        "ambassador_yoshida": ["Ambassador Yoshida", "Yoshida"],
        "gu_mu": ["Gu Mu"],
        "ministry_of_foreign_affairs_japan": ["MOFA"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "The meeting took place on the morning of the 6th" (cable of 6 December 1979) ->
        # 1979-12-06. The participants are named only in the heading "(Ohira – Deng Meeting)",
        # which is taken as evidence (it occurs twice). Place: "Sent: China" (no city) ->
        # China.
        M(["masayoshi_ohira", "deng_xiaoping"], "1979-12-06", "China", IP, H,
          "Prime Minister's Visit to China (Ohira – Deng Meeting) (A)"),
        # Not rows: the proposals "made via Vice Minister Gu Mu recently" (no meeting stated);
        # the talks of working-level officials (unnamed, future). Removed: "Skip to content"
        # and, at the end, the cut-off sentence "As for the details, I would like your
        # agreement to raise them today formally with Prem".
    ],
    roles=[("Prime Minister", "masayoshi_ohira"),
           ("Vice Minister", "gu_mu")],
)

A["dev_18212_jiang_craig_beijing"] = dict(
    actors={
        "jiang_zemin": ["Jiang Zemin", "Jiang"],
        "larry_craig": ["Larry Craig", "Craig"],
        "world_trade_organization": ["World Trade Organization", "WTO"],
        "us_congress": ["US Congress"],
        "republican_party": ["Republican Party"],
        "npc_foreign_affairs_committee": ["Foreign Affairs Committee of China's National People's Congress"],
    },
    meetings=[
        # "on December 1" (story of 2 December 1999) -> 1999-12-01; Great Hall of the People
        # in Beijing.
        M(["jiang_zemin", "larry_craig"], "1999-12-01", "Beijing", IP, H,
          "Chinese President Jiang Zemin met with US Senator Larry Craig and his delegation at the Great Hall of the People in Beijing on December 1."),
        # Jiang's "exchanges with the US congressmen" during his 1997 state visit (unnamed
        # counterparts, vague) -> one named party, required false; place the US (country).
        M(["jiang_zemin"], None, "United States", IP, H,
          "Jiang also recalled exchanges with the US congressmen during his 1997 state visit to the US.", False),
        # Not rows: the signed Sino-US WTO agreement (an agreement); the joint communiques.
        # Removed: the site's navigation lines ("English Home", "FM Remarks", "Friendly
        # Contacts", "News in / World Media", "Message Board", "Voice of Readers", "Employment
        # Opportunity") and, at the end, the cut-off fragment "Zeng Jia".
    ],
    roles=[("Chinese President", "jiang_zemin"),
           ("US Senator", "larry_craig"),
           ("the chairman of the policy committee of the Republican Party", "larry_craig")],
)
