"""Accuracy corpus, batch 98a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 98b at the same time), over the eleven regions
(Africa: two; Oceania, Central Asia/Caucasus, Southeast Asia, Eastern Europe/Russia, Middle East,
Latin America, South Asia, Western Europe, North America, East Asia: one each) and eight decades
(1950s: two, 1960s: one, 1970s: one, 1980s: two, 1990s: one, 2000s: one, 2010s: two, 2020s: two;
seven of the twelve from before 2000).
Outlets/sites: PM Transcripts (pmtranscripts.pmc.gov.au; press-conference transcript, OCR, 1959),
The New York Times (2001, copy at azer.com), a US Embassy Manila cable (WikiLeaks PlusD, 1975), the
Orlando Sentinel (a Washington Post story, 1989), TIME (1963, copy at a mirror site), Mehr News
Agency (en.mehrnews.com, 2023), Africanews (2021), The Spokesman-Review (spokesman.com, 1997), the
Daily Sun (Bangladesh, daily-sun.com, 2017), The Press, Christchurch (Papers Past, N.Z. Press
Association story, 1959), the Chicago Tribune (1987) and The Korea Herald (m.koreaherald.com,
2019). All texts are in English.
Kinds: a press-conference transcript (OCR), a newspaper story (NYT), a diplomatic cable, a
newspaper story (Washington Post via the Orlando Sentinel), a news-magazine story (TIME), a
news-agency item (Mehr), a news-site item (Africanews), a newspaper story (Spokesman-Review), a
newspaper feature recalling March 1971 (Daily Sun), a wire story (N.Z.P.A., OCR), a newspaper
story (Chicago Tribune), a newspaper story (Korea Herald).
The pages are new (grep of URL, slug/numeric id and headline words in `sources.csv`,
`corpus/metadata.csv` and the other batch files except 98b found nothing; many pages on the same
events were skipped because they are already in the corpus, see batch_98a_NOTES.md). One event
is already in the corpus through another page: the de Klerk-Kaunda meeting of 28 August 1989
(dev_5002, Los Angeles Times); the page taken here (Orlando Sentinel / Washington Post) is new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_98a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-97b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_194NN_<slug>` /
`test_194NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "Release Date: 09/07/1959" on the page (removed as furniture) and the headline "... ON
    # THURSDAY 9TH JULY 1959 AT 3.30 P.M" (1959-07-09 was a Thursday). Australian PM -> Oceania.
    ("dev_19401_menzies_nash_diefenbaker_tour", "Oceania", "1950s", "PM Transcripts, Department of the Prime Minister and Cabinet (pmtranscripts.pmc.gov.au; press-conference transcript, OCR)", "http://pmtranscripts.pmc.gov.au/release/transcript-85", "1959-07-09"),
    # Date line "The New York Times / April 4, 2001" (a Wednesday); dateline "KEY WEST, Fla., April
    # 3" ("today" = 2001-04-03, a Tuesday). Armenia-Azerbaijan -> Central Asia/Caucasus.
    ("dev_19402_powell_kocharian_aliyev_key_west", "Central Asia/Caucasus", "2000s", "The New York Times (copy at Azerbaijan International, azer.com)", "http://www.azer.com/aiweb/categories/karabakh/media/key_west/media_nyt_perlez.html", "2001-04-04"),
    # Date-time group "R 110504Z JAN 75" -> 1975-01-11 (a Saturday). Indonesia-Philippines ->
    # Southeast Asia.
    ("test_19403_malik_romulo_manila_cable", "Southeast Asia", "1970s", "US Embassy Manila cable 1975MANILA00473 (WikiLeaks PlusD, theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1975MANILA00473.html", "1975-01-11"),
    # Date line "August 29, 1989|By Washington Post" and "1989-08-29" in the address (a Tuesday);
    # "Monday" = 1989-08-28. South Africa-Zambia -> Africa.
    ("dev_19404_de_klerk_kaunda_livingstone", "Africa", "1980s", "Orlando Sentinel (articles.orlandosentinel.com; a Washington Post story)", "http://articles.orlandosentinel.com/1989-08-29/news/8908293206_1_south-africa-klerk-kaunda", "1989-08-29"),
    # Date line "Friday, Sep. 06, 1963" and "Time1963/1963-09-06" in the address (1963-09-06 was a
    # Friday). Soviet Union-Yugoslavia -> Eastern Europe/Russia.
    ("dev_19405_tito_khrushchev_brioni_time", "Eastern Europe/Russia", "1960s", "TIME (copy at 487790.bceovw70.asia)", "http://487790.bceovw70.asia/txt/time/Time1963/1963-09-06/870463.html", "1963-09-06"),
    # Date line "May 1, 2023, 5:45 PM" and dateline "TEHRAN, May 01 (MNA)" (a Monday, matching
    # "said on Monday"); "Wednesday" = 2023-05-03. Iran-Syria -> Middle East.
    ("dev_19406_raisi_assad_damascus_planned", "Middle East", "2020s", "Mehr News Agency (en.mehrnews.com)", "https://en.mehrnews.com/news/200147/Raeisi-to-arrive-in-Syria-for-state-visit-on-Wednesday", "2023-05-01"),
    # "2021/06/26" in the address and "this Saturday, June 26, 2021" in the text (a Saturday).
    # DR Congo-Rwanda -> Africa.
    ("test_19407_tshisekedi_kagame_goma_rubavu", "Africa", "2020s", "Africanews (africanews.com)", "https://www.africanews.com/2021/06/26/rwanda-dr-congo-presidents-strengthen-bilateral-ties/", "2021-06-26"),
    # Date line "Mon., Oct. 13, 1997" and "1997/oct/13" in the address (a Monday); "Sunday" =
    # 1997-10-12. US-Venezuela -> Latin America (the non-US principal).
    ("dev_19408_clinton_caldera_venezuela", "Latin America", "1990s", "The Spokesman-Review (spokesman.com)", "http://www.spokesman.com/stories/1997/oct/13/clinton-visits-venezuela-rise-of-democracy-free/", "1997-10-13"),
    # Date line "16th March, 2017 02:18:47" (a Thursday; the removed title bar also reads
    # "2017-03-16"). A feature recalling 16 March 1971 in Dhaka -> South Asia, decade 2010s.
    ("dev_19409_mujib_yahya_dhaka_1971", "South Asia", "2010s", "Daily Sun (Bangladesh; daily-sun.com)", "http://daily-sun.com/post/212602/MujibYahya-meeting-begins", "2017-03-16"),
    # "CHP19590305" in the address: The Press of 5 March 1959 (a Thursday); dateline "LONDON,
    # March 4" (a Wednesday). British PM -> Western Europe.
    ("dev_19410_macmillan_eisenhower_talks_round", "Western Europe", "1950s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; N.Z. Press Association story, OCR)", "https://paperspast.natlib.govt.nz/newspapers/CHP19590305.2.92", "1959-03-05"),
    # Date line "December 09, 1987|By Janet Cawley and George de Lama" and "1987-12-09" in the
    # address (a Wednesday); "Tuesday" = 1987-12-08. US-Soviet summit held in the US -> North
    # America (the corpus convention for Hyde Park, Washington).
    ("test_19411_reagan_gorbachev_washington", "North America", "1980s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1987-12-09/news/8704010468_1_nuclear-free-world-reagan-and-gorbachev-nuclear-missiles", "1987-12-09"),
    # Date line "Jan. 8, 2019 - 12:43" and "20190108" in the address (a Tuesday); "on Tuesday
    # afternoon" = 2019-01-08. North Korea-China -> East Asia.
    ("dev_19412_kim_jong_un_xi_beijing", "East Asia", "2010s", "The Korea Herald (m.koreaherald.com)", "https://m.koreaherald.com/view.php?ud=20190108000477", "2019-01-08"),
]

A = {}

_MZ1 = ("I saw Mr. Nash at some length in Auckland; Mr. Diefenbaker and his Cabinet in Ottawa; I saw -the President and Mr. Nixon and Mr. Herter in Washington; I had talks with the World Bank in Washington; and with the International Monetary Fund Mr. Jacobsson, the head of the I. M. F. in Washington.")
_MZ2 = ("And then of course, Mr. MacMillan and his Cabinet-Chancellor Adenauer- President De Gaulle-the new prime Minister of Holland Mr. De Quay; and wiih the Foreign Minister of Holland In Zurich.")
_MZ3 = ("I had some very long and interesting conversations with Mr. Nehru in Delhi; and then I saw the new Prime Minister and some of his senior ministers in Singapore.")

A["dev_19401_menzies_nash_diefenbaker_tour"] = dict(
    actors={
        # The speaker: "R.G MENZIES" in the headline, "MEZIS" in the OCR of the second header.
        "robert_menzies": ["R.G MENZIES", "MEZIS"],
        "walter_nash": ["Mr. Nash"],
        "john_diefenbaker": ["Mr. Diefenbaker"],
        "richard_nixon": ["Mr. Nixon"],
        "christian_herter": ["Mr. Herter"],
        "world_bank": ["World Bank"],
        "international_monetary_fund": ["International Monetary Fund", "I. M. F."],
        "per_jacobsson": ["Mr. Jacobsson"],
        "harold_macmillan": ["Mr. MacMillan"],
        "konrad_adenauer": ["Chancellor Adenauer", "Adenauer"],
        "charles_de_gaulle": ["President De Gaulle", "De Gaulle"],
        "jan_de_quay": ["Mr. De Quay"],
        "ayub_khan": ["President Ayub"],
        "jawaharlal_nehru": ["Mr. Nehru"],
    },
    meetings=[
        # The round-the-world journey, told by the speaker ("I"): every contact is held, without
        # a day (none is dated). "I saw -the President and Mr. Nixon and Mr. Herter" is read as
        # separate calls (a list of people seen), so no Nixon-Herter pair.
        M(["robert_menzies", "walter_nash"], None, "Auckland", IP, H, _MZ1),
        M(["robert_menzies", "john_diefenbaker"], None, "Ottawa", IP, H, _MZ1),
        # "the President" is not named (role only) -> one named party; required false (a list
        # item with a role-only counterpart).
        M(["robert_menzies"], None, "Washington", IP, H, _MZ1, False),
        M(["robert_menzies", "richard_nixon"], None, "Washington", IP, H, _MZ1),
        M(["robert_menzies", "christian_herter"], None, "Washington", IP, H, _MZ1),
        # Talks with an institution (the World Bank), no person named: required false.
        M(["robert_menzies", "world_bank"], None, "Washington", IP, H, _MZ1, False),
        M(["robert_menzies", "per_jacobsson"], None, "Washington", IP, H, _MZ1),
        # Unnamed "financial agents": one named party, required false.
        M(["robert_menzies"], None, "New York", IP, H,
          "I had some discussions in New York with our financial agents there.", False),
        # The European calls: no place written for Macmillan, Adenauer, de Gaulle and de Quay
        # ("In Zurich" belongs to the Dutch Foreign Minister, who is unnamed).
        M(["robert_menzies", "harold_macmillan"], None, None, IP, H, _MZ2),
        M(["robert_menzies", "konrad_adenauer"], None, None, IP, H, _MZ2),
        M(["robert_menzies", "charles_de_gaulle"], None, None, IP, H, _MZ2),
        M(["robert_menzies", "jan_de_quay"], None, None, IP, H, _MZ2),
        M(["robert_menzies"], None, "Zurich", IP, H, _MZ2, False),
        M(["robert_menzies", "ayub_khan"], None, "Karachi", IP, H,
          "Then I saw the new President of Pakistan in Karachi President Ayub."),
        M(["robert_menzies", "jawaharlal_nehru"], None, "Delhi", IP, H, _MZ3),
        # The (unnamed) new Prime Minister of Singapore and his ministers: one named party.
        M(["robert_menzies"], None, "Singapore", IP, H, _MZ3, False),
        # Not rows: "talks ... with, I think, ten heads of Government" (a count); "no conference
        # this year of a formal kind"; the press conference itself. Removed: the site header and
        # the metadata block (Period of Service, Release Date, Release Type, Transcript ID,
        # Document, Released by) above the headline, and the cut-off "I did" at the end. OCR kept
        # ("MEZIS", "9TH TULY,_ 99", "Theie", "qui'le", "wiih", "roundthe-").
    ],
    roles=[("PRIME MINISTER", "robert_menzies"),
           ("the head of the I. M. F.", "per_jacobsson"),
           ("the new prime Minister of Holland", "jan_de_quay"),
           ("the new President of Pakistan", "ayub_khan")],
)

_KW1 = ("In his less than four hours here, General Powell met separately with Presidents Robert Kocharian of Armenia and Heydar Aliyev of Azerbaijan.")

A["dev_19402_powell_kocharian_aliyev_key_west"] = dict(
    actors={
        "colin_powell": ["Colin L. Powell", "General Powell", "Powell"],
        "robert_kocharyan": ["Robert Kocharian"],
        "heydar_aliyev": ["Heydar Aliyev"],
        "osce": ["Organization for Security and Cooperation in Europe"],
    },
    meetings=[
        # "here today" under the dateline "KEY WEST, Fla., April 3" -> 2001-04-03, Key West.
        # Powell's two separate meetings, then the joint session: the Powell pairs are one row
        # each (same pair, day and place); the session adds the Kocharian-Aliyev pair.
        M(["colin_powell", "robert_kocharyan"], "2001-04-03", "Key West", IP, H, _KW1),
        M(["colin_powell", "heydar_aliyev"], "2001-04-03", "Key West", IP, H, _KW1),
        M(["robert_kocharyan", "heydar_aliyev"], "2001-04-03", "Key West", IP, H,
          "He then joined the two for the start of a formal plenary session at a white weatherboard conference center known as the Truman Little White House."),
        # Background: the two leaders' common ground "last month in Paris" (the meeting is
        # implied, no day) -> required false.
        M(["robert_kocharyan", "heydar_aliyev"], None, "Paris", IP, H,
          "General Powell said the purpose of the talks, which are scheduled to continue for four days, is to build on progress in \"developing some common ground\" between the two leaders last month in Paris.", False),
        # Not rows: "talks ... scheduled to continue for four days" (the same talks, no separate
        # day); the OSCE auspices (a body). Removed: the site's section lines "During Key West
        # Talks / For the Resolution of the Karabakh Conflict" and the cut-off "American
        # officials" at the end. "The New York Times" (source line) is not an actor.
    ],
    roles=[("Secretary of State", "colin_powell"),
           ("America's principal diplomat", "colin_powell")],
)

_ML = ("ALTHOUGH HE DID CONFER WITH PRESIDENT AND MORE EXTENSIVELY WITH FOREIGN SECRETARY ROMULO, IT DOES NOT APPEAR HE CAME TO MANILA WITH ANY PARTICULAR MISSION IN MIND OTHER THAN CONTINUING GRADUAL DEVELOPMENT OF FRIENDLY RELATIONS WITH PHILIPPINES.")

A["test_19403_malik_romulo_manila_cable"] = dict(
    actors={
        "adam_malik": ["MALIK"],
        "carlos_p_romulo": ["ROMULO"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # The visit of January 7-10 (a range) -> no day; Manila.
        M(["adam_malik", "carlos_p_romulo"], None, "Manila", IP, H, _ML),
        # "CONFER WITH PRESIDENT": the Philippine President is not named -> one named party.
        # Kept required: it is one of the two meetings the cable reports.
        M(["adam_malik"], None, "Manila", IP, H, _ML),
        # Not rows: the dinner honouring Malik with Romulo's toast (same pair, same visit: one
        # row); the press speculation about a tripartite summit. Header routing (SECSTATE,
        # AMEMBASSY ..., CINCPAC FOR POLAD) is not an actor. Removed: the cut-off sentence "GOP,
        # OF COURSE, KNOWS ... AL TOHAMY, WHO DEPARTED DAY BEFORE MALIK ARRIVED, HAD" at the end.
    ],
    roles=[("INDONESIAN FOREIGN MINISTER", "adam_malik"),
           ("FOREIGN SECRETARY", "carlos_p_romulo")],
)

A["dev_19404_de_klerk_kaunda_livingstone"] = dict(
    actors={
        "f_w_de_klerk": ["Frederik W. de Klerk", "De Klerk", "de Klerk"],
        "kenneth_kaunda": ["Kenneth Kaunda", "Kaunda"],
        "national_party_south_africa": ["National Party"],
        "african_national_congress": ["African National Congress", "ANC"],
    },
    meetings=[
        # "Monday" in a Tuesday paper -> 1989-08-28; dateline Livingstone (the hotel by the
        # Victoria Falls). The lunch is the same meeting.
        M(["f_w_de_klerk", "kenneth_kaunda"], "1989-08-28", "Livingstone", IP, H,
          "LIVINGSTONE, ZAMBIA — Fulfilling a mission of goodwill that prompted his predecessor to resign, acting President Frederik W. de Klerk of South Africa flew to Zambia Monday for three hours of amiable talks with one of his government's oldest and most uncompromising critics, President Kenneth Kaunda."),
        # Not rows: "his third visit to a black African state in a month" (no counterpart named,
        # a count); the predecessor (unnamed) who resigned. Removed: the cut-off sentence "He
        # also is chairman of the ''front-line states'' ... against Pretori" at the end. The
        # byline "By Washington Post" is a credit, not an actor.
    ],
    roles=[("acting President", "f_w_de_klerk"),
           ("one of his government's oldest and most uncompromising critics", "kenneth_kaunda"),
           ("Africa's leading patron of the ANC", "kenneth_kaunda")],
)

A["dev_19405_tito_khrushchev_brioni_time"] = dict(
    actors={
        "nikita_khrushchev": ["Nikita Khrushchev", "Khrushchev"],
        "josip_broz_tito": ["Tito"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # "last week" (the 15-day state visit, the four-day session) -> no day; Brioni.
        M(["nikita_khrushchev", "josip_broz_tito"], None, "Brioni", IP, H,
          "Khrushchev not only swallowed Tito's determination to maintain his status as a Communist \"independent,\" but in a four-day session at the island retreat of Brioni patiently listened to his host's advice on how to outbid the Chinese in the struggle for the leadership of the Red world."),
        # Not rows: the "anti-Chinese Communist summit conference" they agreed to hold (a
        # multilateral conference); Khrushchev's wish to address the Yugoslav parliament.
        # Removed: the cut-off sentence "Tito ignored ... observer status in Comecon, the s" at
        # the end.
    ],
    roles=[("his host", "josip_broz_tito"),
           ("his guest", "nikita_khrushchev")],
)

A["dev_19406_raisi_assad_damascus_planned"] = dict(
    actors={
        "ebrahim_raisi": ["Ebrahim Raeisi", "Raeisi"],
        "bashar_al_assad": ["Bashar al-Assad"],
        "islamic_republic_news_agency": ["IRNA"],
    },
    meetings=[
        # A state visit to Damascus at the host's invitation "on Wednesday" (Monday paper) ->
        # 2023-05-03, planned. The meeting with Assad is implied by the hosted visit (doubtful,
        # kept required).
        M(["ebrahim_raisi", "bashar_al_assad"], "2023-05-03", "Damascus", IP, P,
          "TEHRAN, May 01 (MNA) – Iranian President Ebrahim Raeisi is set to visit Damascus at the invitation of his Syrian counterpart Bashar al-Assad on Wednesday, the Iranian media said on Monday."),
        # Meetings "with Syrian officials" (unnamed) during the two-day visit: one named party,
        # no day, place the country; required false.
        M(["ebrahim_raisi"], None, "Syria", IP, P,
          "According to the report, during the two-day visit, the Iranian delegation and the president are set to hold meetings with Syrian officials to discuss ways to strengthen and deepen political relations, as well as enhance the level of economic and trade cooperation between Tehran and Damascus.", False),
        # Not rows: the joint meeting of merchants and the meetings with Iranian nationals (no
        # named counterpart, not political talks). Removed: the tool's date prefix and the
        # section label "1. Politics" above the date line. "(MNA)" is the agency credit.
    ],
    roles=[("Iranian President", "ebrahim_raisi"),
           ("his Syrian counterpart", "bashar_al_assad"),
           ("the president", "ebrahim_raisi")],
)

A["test_19407_tshisekedi_kagame_goma_rubavu"] = dict(
    actors={
        "felix_tshisekedi": ["Félix Tshisekedi", "Tshisekedi"],
        "paul_kagame": ["Paul Kagame", "Kagame"],
    },
    meetings=[
        # Two meetings on consecutive days, each side of the border.
        M(["felix_tshisekedi", "paul_kagame"], "2021-06-26", "Goma", IP, H,
          "Félix Tshisekedi and his Rwandan counterpart Paul Kagame met once again this Saturday, June 26, 2021."),
        M(["felix_tshisekedi", "paul_kagame"], "2021-06-25", "Rubavu", IP, H,
          "The previous day,Tshisekedi was received by Kagame at La Corniche One-Stop Border Post in Rubavu before the two leaders toured Rubavu to assess the damage caused by the recent earthquakes following the eruption of Mount Nyiragongo volcano in eastern DRC."),
        # Not rows: "met once again" (earlier meetings, none specified); the press conference.
        # Removed: the tag line "Democratic Republic of Congo" under the byline. The byline
        # "By Rédaction Africanews" is not an actor. "day,Tshisekedi" kept.
    ],
    roles=[("his Rwandan counterpart", "paul_kagame")],
)

A["dev_19408_clinton_caldera_venezuela"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "rafael_caldera": ["Rafael Caldera", "Caldera"],
        "federico_pena": ["Federico Pena"],
        "william_daley": ["William Daley"],
        "madeleine_albright": ["Madeleine Albright", "Albright"],
        "bill_richardson": ["Bill Richardson"],
        "barry_mccaffrey": ["Barry McCaffrey", "McCaffrey"],
        "miguel_angel_burelli": ["Miguel Angel Burelli"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # The arrival "on Sunday" (Monday paper) -> 1997-10-12; place: the named locality (no
        # city is written for the welcome; Caracas is only "put in the global spotlight").
        M(["bill_clinton", "rafael_caldera"], "1997-10-12", "La Carlota Air Base", IP, H,
          "On a mild day with rain-threatening clouds, Clinton was warmly greeted by President Rafael Caldera and a 21-gun salute at La Carlota Air Base."),
        # The two ministers signing agreements: an interaction between named actors, no day or
        # place written; required false (a signing, not talks).
        M(["madeleine_albright", "miguel_angel_burelli"], None, None, IP, H,
          "Albright and Foreign Minister Miguel Angel Burelli signed customs and legal assistance agreements to bolster the battle against narcotics and money laundering.", False),
        # "On Monday" = 1997-10-13 (the day of the paper, announced as future); place the
        # country of the visit (headline "Clinton Visits Venezuela").
        M(["bill_clinton", "rafael_caldera"], "1997-10-13", "Venezuela", IP, P,
          "On Monday, Clinton and Caldera will witness the signing of a declaration of alliance against drugs."),
        # Not rows: the cabinet members "accompanied" Clinton (not participants); the handshakes
        # with children. Removed: "Arrow-right Camera" above the headline and the cut-off
        # "Arrivi" at the end.
    ],
    roles=[("Energy Secretary", "federico_pena"),
           ("Commerce Secretary", "william_daley"),
           ("Secretary of State", "madeleine_albright"),
           ("U.N. Ambassador", "bill_richardson"),
           ("the drug policy adviser", "barry_mccaffrey"),
           ("Foreign Minister", "miguel_angel_burelli"),
           ("the president of the most important country of the world", "bill_clinton"),
           ("the president", "bill_clinton")],
)

A["dev_19409_mujib_yahya_dhaka_1971"] = dict(
    actors={
        "sheikh_mujibur_rahman": ["Sheikh Mujibur Rahman", "Bangabandhu", "Mujib"],
        "yahya_khan": ["President Yahya Khan", "Yahya Khan", "Yahya"],
        "syed_nazrul_islam": ["Syed Nazrul Islam"],
        "tajuddin_ahmad": ["Tajuddin Ahmed"],
        "national_assembly_of_pakistan": ["National Assembly"],
    },
    meetings=[
        # A 2017 feature recalling 1971: "March 16" follows "In 1971, President Yahya Khan
        # arrived in Dhaka on 15 March" -> 1971-03-16 (the year is written in the text; the
        # publication year would be wrong). Place Dhaka (the President's House there). The
        # "scheduled" meeting and the "opening session" are the same meeting: one row.
        M(["sheikh_mujibur_rahman", "yahya_khan"], "1971-03-16", "Dhaka", IP, H,
          "The much talked about meeting between Bangabandhu and Yahya Khan started at the President’s House on March 16 to ‘resolve’ the political crisis."),
        # Not rows: Syed Nazrul Islam and Tajuddin Ahmed "accompanied" Mujib (not
        # participants); the briefing of newsmen. Removed: the title bar "Mujib-Yahya meeting
        # begins | 2017-03-16 |", the headline repeated under the date line, and the cut-off
        # sentence "I had the opportunity ... political developments t" at the end. The byline
        # "Amir Hossain" and the button word "printer" on the date line are kept, not actors.
    ],
    roles=[],
)

A["dev_19410_macmillan_eisenhower_talks_round"] = dict(
    actors={
        "harold_macmillan": ["Mr Macmillan", "Macmillan"],
        "dwight_eisenhower": ["President Eisenhower"],
        "nikita_khrushchev": ["Mr Khrushchev"],
        "the_times_london": ["The Times"],
        "british_government": ["British Government"],
        "house_of_commons_uk": ["Commons"],
    },
    meetings=[
        # Accepted invitation for Washington talks "in a fortnight" -> planned, no day.
        M(["harold_macmillan", "dwight_eisenhower"], None, "Washington", IP, P,
          "Mr Macmillan, who returned to London yesterday after his 10-day visit to Russia, has accepted President Eisenhower’s invitation for Washington talks on his Russian visit and is expected to fly there in a fortnight."),
        # Paris talks "Next Monday and Tuesday" and Bonn "Wednesday and Thursday": two-day
        # ranges -> no day; the hosts are not named -> one named party; required false.
        M(["harold_macmillan"], None, "Paris", IP, P,
          "Next Monday and Tuesday he will go ’to Paris for talks and on Wednesday and Thursday he will be in Bonn.", False),
        M(["harold_macmillan"], None, "Bonn", IP, P,
          "Next Monday and Tuesday he will go ’to Paris for talks and on Wednesday and Thursday he will be in Bonn.", False),
        # Background: his (held) talks with "the Soviet leaders" (unnamed as participants;
        # Khrushchev is named only in a press quote) during the visit to Russia; one named
        # party, required false.
        M(["harold_macmillan"], None, "Russia", IP, H,
          "Continuing his objective of easing world tensions, Mr Macmillan will visit Western capitals this month to discuss his talks with the Soviet leaders on the German question.", False),
        # Not rows: the report to the Commons (a statement to a body). Removed: the Papers Past
        # boilerplate and "Article image" lines, and the paragraph "In a Rome newspaper ... for
        # a Foreign Ministers’ c" (a single cut-off sentence) at the end. Kept: the OCR "(NJi.
        # Press Association-Copyright)" (credit, not an actor), "’to Paris", "rpission".
    ],
    roles=[],
)

A["test_19411_reagan_gorbachev_washington"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Gorbachev"],
        "george_h_w_bush": ["George Bush"],
        "george_shultz": ["George Shultz"],
        "abraham_lincoln": ["Abraham Lincoln"],
    },
    meetings=[
        # "Tuesday" in a Wednesday paper -> 1987-12-08; the White House -> Washington. The two
        # private sessions, the signing and the state dinner are one row (same pair, day, place).
        M(["ronald_reagan", "mikhail_gorbachev"], "1987-12-08", "Washington", IP, H,
          "The signing, just before 2 p.m. (EST) in the East Room of the White House, was expected to be the centerpiece in a day that included two sessions of private talks between the superpower leaders and a state dinner Tuesday night at the White House."),
        # Not rows: Bush, Shultz and congressional leaders were "guests" at the signing (not
        # participants); "You repeat that at every meeting" (no specific meeting). Removed: the
        # cut-off sentence "Standing before a roaring fire ... Reagan said, ``" at the end. The
        # byline (Janet Cawley, George de Lama, Chicago Tribune) is a credit.
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"),
           ("Vice President", "george_h_w_bush"),
           ("Secretary of State", "george_shultz")],
)

_KX3 = ("The four-day trip from Monday to Thursday is Kim’s fourth official visit to China, following three summits with Xi in March, May and June 2018.")

A["dev_19412_kim_jong_un_xi_beijing"] = dict(
    actors={
        "kim_jong_un": ["Kim Jong-un", "Kim Jong Un", "Kim"],
        "xi_jinping": ["Xi Jinping", "Xi"],
        "donald_trump": ["Donald Trump", "Trump"],
        "ri_sol_ju": ["Ri Sol-ju"],
        "kim_yong_chol": ["Kim Yong-chol"],
        "ri_yong_ho": ["Ri Yong-ho"],
        "no_kwang_chol": ["No Kwang-chol"],
        "pak_thae_song": ["Pak Thae-song"],
        "kim_yo_jong": ["Kim Yo-jong"],
        "ri_su_yong": ["Ri Su-yong"],
        "rodong_sinmun": ["Rodong Sinmun"],
        "xinhua_news_agency": ["Xinhua News Agency"],
        "workers_party_of_korea": ["Workers’ Party of Korea"],
    },
    meetings=[
        # "on Tuesday afternoon" in a Tuesday item -> 2019-01-08; Beijing (arrival at the
        # Beijing station).
        M(["kim_jong_un", "xi_jinping"], "2019-01-08", "Beijing", IP, H,
          "North Korean leader Kim Jong-un held talks with Chinese President Xi Jinping on Tuesday afternoon, according to media outlets of the two countries, apparently to discuss a second summit with US President Donald Trump concerning denuclearization."),
        # The planned second Kim-Trump summit (no date, place being negotiated).
        M(["kim_jong_un", "donald_trump"], None, None, IP, P,
          "During the visit, the leaders of North Korea and China are expected to discuss the agenda for Kim’s second summit with Trump, who said Sunday that the US was negotiating a location for the meeting and would announce it in the “not-too-distant future.”"),
        # Background: the three 2018 summits. June = the file-photo caption (dated, Beijing);
        # March and May month-only -> no day or place. All required false.
        M(["xi_jinping", "kim_jong_un"], "2018-06-19", "Beijing", IP, H,
          "In this June 19, 2018, file photo provided by China's Xinhua News Agency, Chinese President Xi Jinping, right, shakes hands with North Korean leader Kim Jong Un, during a welcome ceremony at the Great Hall of the People in Beijing.", False),
        M(["kim_jong_un", "xi_jinping"], None, None, IP, H, _KX3, False),
        M(["kim_jong_un", "xi_jinping"], None, None, IP, H, _KX3, False),
        # Not rows: the wife and officials "accompanied" Kim (not participants); "his two
        # previous trips" and "The first visit" are the 2018 summits already listed. Removed:
        # "From / Send to" above the headline and the cut-off sentence "In his New Year’s speech
        # ... welcomed by" at the end. "(AP-Yonhap)" (photo credit) and the byline "Park
        # Han-na" are not actors.
    ],
    roles=[("North Korean leader", "kim_jong_un"),
           ("The North Korean leader", "kim_jong_un"),
           ("Chinese President", "xi_jinping"),
           ("the Chinese leader", "xi_jinping"),
           ("US President", "donald_trump"),
           ("his wife", "ri_sol_ju"),
           ("North Korea’s chief nuclear negotiator with the US", "kim_yong_chol"),
           ("Foreign Minister", "ri_yong_ho"),
           ("Defense Minister", "no_kwang_chol"),
           ("Kim’s younger sister", "kim_yo_jong")],
)
