"""Accuracy corpus, batch 91a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 91b at the same time), over eleven regions
(Eastern Europe/Russia: two; East Asia, Latin America, Middle East, South Asia, Southeast Asia,
Africa, Western Europe, Central Asia/Caucasus, Oceania, North America: one each) and five
decades (1950s: one, 1960s: two, 1970s: one, 1980s: two, 2010s: six; six of the twelve from
before 2000).
Outlets/sites: the Russian MFA (mid.ru, 2015), the Japanese MOFA (mofa.go.jp, 2013), a White
House memorandum of conversation (docslib copy, 1989), History Diaries ("The Eighties", entry of
5 November 1985), TIME (mirror copy, 1953), The Friday Times (2017), the DFAT historical
documents volume 25 (Record of Conversation, Singapore 1965; wragge.github.io copy), a State
Department cable repeating an Embassy Lusaka cable (WikiLeaks PlusD, 1979), UK Hansard (oral
answers, 1965), Trend via xebersaati.com (2017), Republic World (2019), The American Presidency
Project (UCSB, White House readout, 2017). All texts are in English.
Kinds: official releases (two ministry readouts of phone calls, a White House readout), a
memorandum of conversation, a record of conversation, a diplomatic cable, a parliamentary oral
answer, a news-digest blog entry with a photo caption, a magazine piece, a photo feature, wire
copy, online news.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 91b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_91a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-90b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_180NN_<slug>` /
`test_180NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "13 August 2015" at the head and "August 13, 2015" at the foot of the release (a
    # Thursday).
    ("dev_18001_lavrov_kerry_phone", "Eastern Europe/Russia", "2010s", "Ministry of Foreign Affairs of the Russian Federation (mid.ru, press release)", "http://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/1653060", "2015-08-13"),
    # "February 12, 2013" under the title (a Tuesday); "2013/2/0212" in the address.
    ("dev_18002_kishida_kerry_phone", "East Asia", "2010s", "Ministry of Foreign Affairs of Japan (mofa.go.jp, announcement)", "https://www.mofa.go.jp/announce/announce/2013/2/0212_05.html", "2013-02-12"),
    # "DATE, TIME September 27, 1989" in the memorandum (a Wednesday): the date of the record;
    # the docslib upload has no date of its own (doubtful, see notes: 'published' is the
    # date of the document, as for the Wilson Center record in 90a).
    ("test_18003_bush_menem_memcon", "Latin America", "1980s", "White House memorandum of conversation (docslib.org copy of a declassified record)", "https://docslib.org/doc/1909488/eonfi-dentia-as-amended-tj-6121-9-oojt-r-jlija-bui-j-jdli-iirl-cohfidenfia1j-2", "1989-09-27"),
    # "The Eighties: Tuesday, November 5, 1985" (a Tuesday): the day the entry covers; the blog
    # post itself is dated 2025/11/05 in the address. 'published' = the entry's day, as batch
    # 53b did for the same series ("The Seventies", 1974-10-26); doubtful, see notes. Both
    # years are odd.
    ("dev_18004_shultz_gorbachev_diary", "Eastern Europe/Russia", "1980s", "History Diaries (historydiaries.blog, \"The Eighties\")", "https://historydiaries.blog/2025/11/05/the-eighties-tuesday-november-5-1985", "1985-11-05"),
    # "Monday, May. 25, 1953" at the head (TIME's issue date, a Monday); "Time1953/1953-05-25"
    # in the address.
    ("dev_18005_dulles_ben_gurion_time", "Middle East", "1950s", "TIME (mirror copy, softbeam.net)", "http://softbeam.net/txt/time/Time1953/1953-05-25/890556.html", "1953-05-25"),
    # "28-Jul-2017" in the address (a Friday); the excerpt itself has no date.
    ("dev_18006_gandhi_bhutto_simla", "South Asia", "2010s", "The Friday Times (thefridaytimes.com)", "https://thefridaytimes.com/28-Jul-2017/indira-gandhi-and-zulfikar-ali-bhutto-in-simla-1972", "2017-07-28"),
    # "Singapore, 21 July 1965" at the head of the record (a Wednesday): the date of the
    # document (doubtful as for test_18003: the online edition is later).
    ("test_18007_lee_pritchett_record", "Southeast Asia", "1960s", "DFAT historical documents, vol. 25 (wragge.github.io/dfat-documents-web copy)", "https://wragge.github.io/dfat-documents-web/volumes/volume-25-australia-and-the-formation-of-malaysia-1961-1966/285-record-of-conversation-between-lee-kuan-yew-and-pritchett/", "1965-07-21"),
    # Date-time group "O 032327Z DEC 79" of the State repeat -> 1979-12-03 (a Monday); the
    # repeated Lusaka cable is of "24 NOV 1979"; "1979" in the address.
    ("dev_18008_kaunda_lancaster_cable", "Africa", "1970s", "US Department of State cable repeating Embassy Lusaka 4253 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1979STATE312305_e.html", "1979-12-03"),
    # Oral answers of 2 February 1965 (a Tuesday): the date is in the Hansard address
    # ("commons/1965/feb/02").
    ("dev_18009_wilson_de_gaulle_erhard", "Western Europe", "1960s", "UK Parliament, Hansard (api.parliament.uk historic-hansard, oral answers)", "https://api.parliament.uk/historic-hansard/commons/1965/feb/02/president-de-gaulle-and-dr-erhard-talks", "1965-02-02"),
    # "2017-11-03 08:01" in the page's date line (a Friday) and the dateline "Nov. 3".
    ("dev_18010_mirziyoyev_prime_ministers", "Central Asia/Caucasus", "2010s", "xebersaati.com (copy of Trend, trend.az)", "http://www.xebersaati.com/news/144627-president-of-uzbekistan-meets-heads-of-government-of-several-countries-photo/", "2017-11-03"),
    # "Published 19:26 IST, September 17th 2019" at the head (a Tuesday).
    ("test_18011_ardern_trump_planned", "Oceania", "2010s", "Republic World (republicworld.com)", "https://republicworld.com/amp/world-news/new-zealand-pm-arden-to-officially-meet-trump-for-first-formal-talks", "2019-09-17"),
    # "June 16, 2017" under the title (a Friday).
    ("dev_18012_trump_trudeau_call", "North America", "2010s", "The American Presidency Project (presidency.ucsb.edu; White House readout)", "https://www.presidency.ucsb.edu/documents/readout-president-donald-j-trumps-call-with-prime-minister-justin-trudeau-canada-0", "2017-06-16"),
]

A = {}

A["dev_18001_lavrov_kerry_phone"] = dict(
    actors={
        "sergey_lavrov": ["Sergey Lavrov"],
        "john_kerry": ["John Kerry"],
        "united_nations": ["UN"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "On August 13" (release of 13 August 2015) -> 2015-08-13; no place for a call.
        M(["sergey_lavrov", "john_kerry"], "2015-08-13", None, PH, H,
          "On August 13, Foreign Minister Sergey Lavrov spoke over the phone with US Secretary of State John Kerry, at the latter’s initiative."),
        # Not rows: "the Kiev authorities" / "direct dialogue between Kiev and Donbass" (no
        # named people); the UN-sponsored dialogue (proposal). Removed: the language selector
        # line "de-DE1 en-GB1 ...", "Additional materials", "Advanced settings". Kept as
        # found: "201520:16".
    ],
    roles=[("Foreign Minister", "sergey_lavrov"),
           ("US Secretary of State", "john_kerry")],
)

A["dev_18002_kishida_kerry_phone"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Mr. Fumio Kishida", "Kishida"],
        "john_kerry": ["John Kerry", "John F. Kerry", "Kerry"],
        "barack_obama": ["President Barack Obama", "Barack Obama", "President Obama", "Obama"],
        "un_security_council": ["United Nations Security Council", "UN Security Council"],
    },
    meetings=[
        # "On February 12, from 9:50 P.M." (release of 12 February 2013) -> 2013-02-12.
        M(["fumio_kishida", "john_kerry"], "2013-02-12", None, PH, H,
          "On February 12, from 9:50 P.M. for approximately 20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held telephone talks with the Honorable John F. Kerry, Secretary of State of the United States of America."),
        # Not rows: Obama's statement (a statement). Removed: the "Japanese" language link; at
        # the end, the "Related Information (...)" link lines.
    ],
    roles=[("Foreign Minister", "fumio_kishida"),
           ("Minister for Foreign Affairs", "fumio_kishida"),
           ("U.S. Secretary of State", "john_kerry"),
           ("Secretary of State of the United States of America", "john_kerry")],
)

A["test_18003_bush_menem_memcon"] = dict(
    actors={
        # "The President" (George Bush) is never named in the excerpt (only "Mrs. Bush"): not
        # an actor (see notes).
        "carlos_menem": ["Carlos Menem", "President Menem", "Menem"],
        "barbara_bush": ["Mrs. Bush"],
        "nicholas_brady": ["Nicholas Brady"],
        "john_sununu": ["John H. Sununu"],
        "brent_scowcroft": ["Brent Scowcroft"],
        "lawrence_eagleburger": ["Lawrence Eagleburger"],
        "robert_gates": ["Robert M. Gates"],
        "david_mulford": ["David C. Mulford"],
        "terence_todman": ["Terence Todman"],
        "bernard_aronson": ["Bernard Aronson"],
        "everett_ellis_briggs": ["Everett Ellis Briggs"],
        "nestor_rapanelli": ["Nestor Rapanelli"],
        "alberto_kohan": ["Alberto Kohan"],
        "humberto_toledo": ["Humberto Toledo"],
    },
    meetings=[
        # Menem received by "The President" (unnamed) in the Oval Office, then the formal
        # meeting in the Cabinet Room: one meeting -> one row with the named party only.
        # Date from "DATE, TIME September 27, 1989"; place White House -> Washington.
        # The listed delegation members (Brady ... Toledo) are taken as accompanying
        # (participants of the record, not parties to the meeting): no pair rows.
        M(["carlos_menem"], "1989-09-27", "Washington", IP, H,
          "The President received President Menem at 11:40 a.m. in the Oval Office, after which the two stopped briefly at the edge of the Rose Garden for a friendly exchange with the media pool before going to the Residence to meet Mrs. Bush."),
        # Menem meets Mrs. Bush at the Residence: a courtesy meeting with the host's spouse
        # -> required false (as test_001's bouquet welcome).
        M(["carlos_menem", "barbara_bush"], "1989-09-27", "Washington", IP, H,
          "The President received President Menem at 11:40 a.m. in the Oval Office, after which the two stopped briefly at the edge of the Rose Garden for a friendly exchange with the media pool before going to the Residence to meet Mrs. Bush.", False),
        # Not rows: the "friendly exchange with the media pool". Removed: at the end, the
        # cut-off sentence "And it is especially nice to see ho~ the American people react to
        # their president, to see how much they l". Kept as found: the OCR header
        # "eOtifr' I DEN'l? IAL ...", "THE WH ITE HOUSE", "WASHI NGTON", "Carlos Menem, , ",
        # the declassification line.
    ],
    roles=[("Secretary of the Treasury", "nicholas_brady"),
           ("Deputy Secretary of State", "lawrence_eagleburger"),
           ("Under Secretary of Treasury for International Affairs", "david_mulford"),
           ("Ambassador to Argentina", "terence_todman"),
           ("Assistant Secretary of State for Inter-American Affairs", "bernard_aronson"),
           ("Chief of Staff to President Menem", "alberto_kohan"),
           ("Spokesman for President Menem", "humberto_toledo"),
           ("your wife", "barbara_bush")],
)

_CAPTION_18004 = ("Photograph: President Ronald Reagan meeting to discuss recent developments in the economy with George Bush, Don Regan, John Svahn, Craig Fuller, and Beryl Sprinkel in the Oval Office, 5 November 1985.")
_PAIRS_18004 = [
    ("ronald_reagan", "george_h_w_bush"), ("ronald_reagan", "don_regan"),
    ("ronald_reagan", "john_svahn"), ("ronald_reagan", "craig_fuller"),
    ("ronald_reagan", "beryl_sprinkel"),
    ("george_h_w_bush", "don_regan"), ("george_h_w_bush", "john_svahn"),
    ("george_h_w_bush", "craig_fuller"), ("george_h_w_bush", "beryl_sprinkel"),
    ("don_regan", "john_svahn"), ("don_regan", "craig_fuller"), ("don_regan", "beryl_sprinkel"),
    ("john_svahn", "craig_fuller"), ("john_svahn", "beryl_sprinkel"),
    ("craig_fuller", "beryl_sprinkel"),
]

A["dev_18004_shultz_gorbachev_diary"] = dict(
    actors={
        "ronald_reagan": ["President Ronald Reagan", "Ronald Reagan", "President Reagan", "Mr. Reagan", "Reagan"],
        "george_h_w_bush": ["George Bush"],
        "don_regan": ["Don Regan"],
        "john_svahn": ["John Svahn"],
        "craig_fuller": ["Craig Fuller"],
        "beryl_sprinkel": ["Beryl Sprinkel"],
        "george_shultz": ["George Shultz", "George P. Shultz", "Mr. Shultz"],
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Mikhail S. Gorbachev", "Mr. Gorbachev"],
        "eduard_shevardnadze": ["Eduard A. Shevardnadze"],
        "izvestia": ["Izvestia"],
    },
    meetings=[
        # Photo caption: Reagan's economic meeting with five named officials in the Oval
        # Office (-> Washington), "5 November 1985" -> 1985-11-05. Six named participants
        # -> one row per pair (15 rows, all required by the pair rule, as dev_001's
        # Sadiq-Tarar).
    ] + [M([a, b], "1985-11-05", "Washington", IP, H, _CAPTION_18004) for a, b in _PAIRS_18004] + [
        # Reagan "speaks with" Shultz, who is in Moscow -> a call (medium not stated; kind
        # phone doubtful); the entry's day -> 1985-11-05; no place for a call.
        M(["ronald_reagan", "george_shultz"], "1985-11-05", None, PH, H,
          "President Reagan speaks with Secretary of State George Shultz who is in Moscow meeting with Mikhail Gorbachev."),
        # Shultz's talks with Gorbachev in Moscow ("14 hours of discussions", days not given)
        # -> date null.
        M(["george_shultz", "mikhail_gorbachev"], None, "Moscow", IP, H,
          "President Reagan speaks with Secretary of State George Shultz who is in Moscow meeting with Mikhail Gorbachev."),
        M(["george_shultz", "eduard_shevardnadze"], None, "Moscow", IP, H,
          "At a news conference after a total of 14 hours of discussions with Mr. Gorbachev, the Soviet leader, and Foreign Minister Eduard A. Shevardnadze, Mr. Shultz said diplomatic efforts would continue in Moscow and Washington until the summit meeting two weeks from now, but he seemed to hold out little expectation of a major breakthrough."),
        # Gorbachev and Shevardnadze: the same side of the talks -> pair row required false.
        M(["mikhail_gorbachev", "eduard_shevardnadze"], None, "Moscow", IP, H,
          "At a news conference after a total of 14 hours of discussions with Mr. Gorbachev, the Soviet leader, and Foreign Minister Eduard A. Shevardnadze, Mr. Shultz said diplomatic efforts would continue in Moscow and Washington until the summit meeting two weeks from now, but he seemed to hold out little expectation of a major breakthrough.", False),
        # The Geneva summit "in two weeks" -> planned, date null.
        M(["ronald_reagan", "mikhail_gorbachev"], None, "Geneva", IP, P,
          "Washington and Moscow have failed to reach agreement or to narrow differences significantly in any area to be discussed by President Reagan and Mikhail S. Gorbachev in Geneva in two weeks, according to Secretary of State George P. Shultz."),
        # Not rows: Shultz's news conference; Reagan's interview with four unnamed Soviet
        # journalists (a media interview). Not annotated: the photo credit "(White House
        # Photographic Office/ Ronald Reagan Library/ U.S. National Archives)". Removed: at the
        # end, the cut-off paragraph "Vitaly Yurchenko has freely decided ... who had been d"
        # (one sentence).
    ],
    roles=[("Secretary of State", "george_shultz"),
           ("the Soviet leader", "mikhail_gorbachev"),
           ("Foreign Minister", "eduard_shevardnadze"),
           ("the President", "ronald_reagan")],
)

A["dev_18005_dulles_ben_gurion_time"] = dict(
    actors={
        "john_foster_dulles": ["John Foster Dulles", "Dulles"],
        # "Mistress Sharett" / "Mistress Ben-Gurion": the wives (keys with their first names,
        # which the text does not give: doubtful, see notes).
        "tzipora_sharett": ["Mistress Sharett"],
        "paula_ben_gurion": ["Mistress Ben-Gurion"],
        "david_ben_gurion": ["Premier David Ben-Gurion", "David Ben-Gurion"],
        "aref_al_aref": ["Aaref el Aaref"],
        "truman_administration": ["Truman Administration"],
    },
    meetings=[
        # The Foreign Minister's official dinner for Dulles in Tel Aviv: the host is given by
        # role only (Moshe Sharett is not named) -> one named party; "that night" of the
        # arrival, no day -> null; required false (the sentence is about the cooking).
        M(["john_foster_dulles"], None, "Tel Aviv", IP, H,
          "In Tel Aviv, Mistress Sharett prodded anxiously at the roast of beef (frozen), which she feared might not be tender enough for the Foreign Minister's official dinner that night; in Jerusalem, Mistress Ben-Gurion summoned the sentry outside her home to help her tear the skin off a monster halibut (also frozen), which she wanted to steam with lemon sauce for the Secretary's lunch with the Premier next day.", False),
        # "the Secretary's lunch with the Premier next day" in Jerusalem: both roles denote
        # named actors (Dulles; "Premier David Ben-Gurion") -> a Dulles-Ben-Gurion row. The
        # piece reports the visit as over ("Dulles stayed in Israel two days") -> held.
        M(["john_foster_dulles", "david_ben_gurion"], None, "Jerusalem", IP, H,
          "In Tel Aviv, Mistress Sharett prodded anxiously at the roast of beef (frozen), which she feared might not be tender enough for the Foreign Minister's official dinner that night; in Jerusalem, Mistress Ben-Gurion summoned the sentry outside her home to help her tear the skin off a monster halibut (also frozen), which she wanted to steam with lemon sauce for the Secretary's lunch with the Premier next day."),
        # The farewell at Dulles's departure (a gift handed over) -> required false; place
        # Israel (the departure from Israel; no city).
        M(["david_ben_gurion", "john_foster_dulles"], None, "Israel", IP, H,
          "At his departure, \"Premier David Ben-Gurion (who showed how important he thought the occasion was by abandoning his open-necked shirt for a gabardine suit and patterned necktie) handed the Secretary a new Hebrew Testament, the first ever printed in Jerusalem.", False),
        # Aref al-Aref's "unscheduled, indignant lecture" and Dulles's reply in Jordan: an
        # exchange at a welcome -> required false; place Jordan (country only).
        M(["aref_al_aref", "john_foster_dulles"], None, "Jordan", IP, H,
          "Replied Dulles: \"At home we Americans heatedly debate many issues, but we are not in the habit of criticizing one another outside the country.", False),
        # Not rows: the Egypt stop (no counterpart named). Removed: at the end, the cut-off
        # sentence "At a candlelight dinner at U.S. Ambassador Jo". Kept as found: "'went",
        # "P: Israel", "P:Jordan", the stray quotation mark before "Premier".
    ],
    roles=[("the Secretary", "john_foster_dulles"),
           ("the Premier", "david_ben_gurion"),
           ("Arab historian and former mayor of Jerusalem's Old City", "aref_al_aref")],
)

A["dev_18006_gandhi_bhutto_simla"] = dict(
    actors={
        "indira_gandhi": ["Indira Gandhi", "Prime Minister Indira Gandhi", "Ms Gandhi"],
        "zulfikar_ali_bhutto": ["Zulfikar Ali Bhutto", "Mr Bhutto", "Bhutto"],
        "benazir_bhutto": ["Benazir"],
        "the_citizen": ["The Citizen"],
        "mehru_jaffer": ["Mehru Jaffer"],
    },
    meetings=[
        # The 1972 Simla summit (no day in the text) -> date null; place Simla. Benazir came
        # "with" her father (accompanying): no pair rows for her.
        M(["indira_gandhi", "zulfikar_ali_bhutto"], None, "Simla", IP, H,
          "Indian Prime Minister Indira Gandhi walks in the grounds of the state guest house with then President Zulfikar Ali Bhutto in Simla."),
        # Not rows: the Simla Accord (an agreement); Benazir's impressions of Ms Gandhi.
        # Removed: the second, duplicated copy of the second and third paragraphs that the
        # excerpt repeats, ending in the cut-off sentence "... during their stay in Simla,”".
    ],
    roles=[("Indian Prime Minister", "indira_gandhi"),
           ("then President", "zulfikar_ali_bhutto"),
           ("his daughter", "benazir_bhutto")],
)

A["test_18007_lee_pritchett_record"] = dict(
    actors={
        "lee_kuan_yew": ["Lee Kuan Yew", "Lee"],
        # The author "I" of the record is Pritchett (named in the title only; the Australian
        # Deputy High Commissioner is not further identified in the text): key from the
        # surname (doubtful). Turner and Nixon likewise: surnames only.
        "pritchett": ["Pritchett"],
        "mr_turner": ["Turner"],
        "mr_nixon": ["Nixon"],
        "alex_josey": ["Alex Josey", "Josey"],
        "tunku_abdul_rahman": ["Tungku"],
        "alliance_government_malaysia": ["Alliance Government"],
    },
    meetings=[
        # The recorded conversation: "Singapore, 21 July 1965" -> 1965-07-21, Singapore.
        M(["lee_kuan_yew", "pritchett"], "1965-07-21", "Singapore", IP, H,
          "Record of Conversation Between Lee Kuan Yew and Pritchett"),
        # Lee's earlier talk with Messrs. Turner and Nixon (no date, no place): Lee-Turner and
        # Lee-Nixon; Turner-Nixon (the same side, visitors together) required false.
        M(["lee_kuan_yew", "mr_turner"], None, None, IP, H,
          "When he had spoken with Messrs. Turner and Nixon he had stated, first, that they could expect him to attack them if they opposed him.3"),
        M(["lee_kuan_yew", "mr_nixon"], None, None, IP, H,
          "When he had spoken with Messrs. Turner and Nixon he had stated, first, that they could expect him to attack them if they opposed him.3"),
        M(["mr_turner", "mr_nixon"], None, None, IP, H,
          "When he had spoken with Messrs. Turner and Nixon he had stated, first, that they could expect him to attack them if they opposed him.3", False),
        # Not rows: "some comments made to me by Alex Josey" (a journalist, not a political
        # actor); "he saw a lot of him" (a count); "we should tell the Tungku" (a proposal).
        # Removed: at the end, the cut-off sentence "There was no". Kept as found: the
        # footnote numbers glued to sentences ("Malaysia.1", "Australia.2", "him.3").
    ],
    roles=[("The Prime Minister", "lee_kuan_yew")],
)

A["dev_18008_kaunda_lancaster_cable"] = dict(
    actors={
        # The reporting officer "I" (the E.O. line names the classifying officer, an author
        # line, not annotated) is the unnamed ambassador.
        "kenneth_kaunda": ["KAUNDA"],
        "mark_chona": ["MARK CHONA"],
        "patriotic_front": ["PATRIOTIC FRONT"],
        "margaret_thatcher": ["MARGARET THATCHER"],
    },
    meetings=[
        # "I MET WITH KAUNDA ON NOV 24" (cable of 24 Nov 1979) -> 1979-11-24; one named party;
        # the place is not stated (only LUSAKA 4253 in the header) -> null, as 90a's
        # dev_17804. "KAUNDA RECEIVED ME NOV 24" is the same meeting. Mark Chona "WAS
        # PRESENT" / "TOOK THE NOTES" -> present, not a participant.
        M(["kenneth_kaunda"], "1979-11-24", None, IP, H,
          "2. SUMMARY: I MET WITH KAUNDA ON NOV 24 TO DELIVER THE PRESIDENT'S MESSAGE AND THE TALKING POINTS CONTAINED IN STATE 302375."),
        # "HE EXPECTS TO SPEAK TO MARGARET THATCHER EARLY NEXT WEEK": planned; medium not
        # stated (Lusaka-London -> phone, doubtful); "early next week" -> null; required false.
        M(["kenneth_kaunda", "margaret_thatcher"], None, None, PH, P,
          "HE EXPECTS TO SPEAK TO MARGARET THATCHER EARLY NEXT WEEK.", False),
        # Not rows: the President's message (a message; the President is unnamed); the
        # Lancaster House discussions (a conference). Not annotated: the drafting/clearance
        # lines (DMCELHANEY, J.KOLNER, KDALY) and the E.O. line (WISNER, FRANK G.). Removed:
        # at the end, the cut-off sentence "BEFORE DELIVERING THE TALKING POINTS ... I
        # SUMMARIZED SEVERAL POSIT"; the two archive stamp lines "Sheryl P. Walter
        # Declassified/Released US Department of State EO Systematic Review 20 Mar 2014"
        # printed between "MARGARET" and "THATCHER" (see notes). Kept as found: "GHOUGHT",
        # "DAR ES SALAM", the page-break lines.
    ],
    roles=[],
)

A["dev_18009_wilson_de_gaulle_erhard"] = dict(
    actors={
        "emanuel_shinwell": ["Mr. Shinwell"],
        "harold_wilson": ["Mr. Harold Wilson"],
        "charles_de_gaulle": ["General de Gaulle", "President de Gaulle"],
        "ludwig_erhard": ["Dr. Erhard"],
        "winston_churchill": ["Sir Winston Churchill"],
        "john_biggs_davison": ["Mr. Biggs-Davison"],
        "federal_government_of_germany": ["Federal Government of Germany"],
        "conservative_party_uk": ["Conservative Party"],
    },
    meetings=[
        # Two separate talks in London during Churchill's funeral ("in the month of
        # January"; no day) -> date null; London.
        M(["harold_wilson", "charles_de_gaulle"], None, "London", IP, H,
          "§ The Prime Minister (Mr. Harold Wilson)I was able, on the occasion of their presence in London for Sir Winston Churchill's funeral, to have short but useful talks with President de Gaulle and Dr. Erhard."),
        M(["harold_wilson", "ludwig_erhard"], None, "London", IP, H,
          "§ The Prime Minister (Mr. Harold Wilson)I was able, on the occasion of their presence in London for Sir Winston Churchill's funeral, to have short but useful talks with President de Gaulle and Dr. Erhard."),
        # Not rows: "my discussion with General de Gaulle" (the same talk); the questions.
        # Kept as found: "Mr. Shinwellasked", "Wilson)I", "Biggs-DavisonWhile".
    ],
    roles=[("The Prime Minister", "harold_wilson"),
           ("the Prime Minister", "harold_wilson")],
)

_EV_18010 = ("Shavkat Mirziyoyev held bilateral meetings with the Prime Ministers of Tajikistan Kokhir Rasulzoda, Kazakhstan Bakytzhan Sagintayev, Belarus Andrei Kobyakov and Deputy Chairman of the Cabinet of Ministers of Turkmenistan Esenmyrat Orazgeldiyev who arrived in Uzbekistan to attend the next meeting of the Council of CIS Heads of Government, Uzbek president's press-service reported.")

A["dev_18010_mirziyoyev_prime_ministers"] = dict(
    actors={
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kokhir_rasulzoda": ["Kokhir Rasulzoda"],
        "bakytzhan_sagintayev": ["Bakytzhan Sagintayev"],
        "andrei_kobyakov": ["Andrei Kobyakov"],
        "esenmyrat_orazgeldiyev": ["Esenmyrat Orazgeldiyev"],
        "council_of_cis_heads_of_government": ["Council of CIS Heads of Government"],
        "uzbek_presidential_press_service": ["Uzbek president's press-service"],
    },
    meetings=[
        # Four separate bilaterals ("held bilateral meetings with ..."). "received on
        # Tuesday" in a story of Friday 3 November 2017 -> Tuesday 2017-10-31 (doubtful, see
        # notes); Tashkent.
        M(["shavkat_mirziyoyev", "kokhir_rasulzoda"], "2017-10-31", "Tashkent", IP, H, _EV_18010),
        M(["shavkat_mirziyoyev", "bakytzhan_sagintayev"], "2017-10-31", "Tashkent", IP, H, _EV_18010),
        M(["shavkat_mirziyoyev", "andrei_kobyakov"], "2017-10-31", "Tashkent", IP, H, _EV_18010),
        M(["shavkat_mirziyoyev", "esenmyrat_orazgeldiyev"], "2017-10-31", "Tashkent", IP, H, _EV_18010),
        # Not rows: the meeting of the Council of CIS Heads of Government (multilateral).
        # Not annotated: the byline "By Diana Aliyeva – Trend:" and "www.trend.az".
    ],
    roles=[("The President of Uzbekistan", "shavkat_mirziyoyev"),
           ("the President of Uzbekistan", "shavkat_mirziyoyev")],
)

A["test_18011_ardern_trump_planned"] = dict(
    actors={
        "jacinda_ardern": ["Jacinda Ardern", "PM Ardern", "Ardern", "Arden"],
        "donald_trump": ["Donald Trump", "President Trump", "Trump"],
        "winston_peters": ["Winston Peters"],
        "justin_trudeau": ["Justin Trudeau"],
    },
    meetings=[
        # "on September 23 in New York" -> 2019-09-23, planned (the standfirst and the body
        # repeat the same meeting: one row).
        M(["jacinda_ardern", "donald_trump"], "2019-09-23", "New York", IP, P,
          "New Zealand PM Ardern will be meeting US President Trump on September 23 in New York."),
        # The 2017 East Asia summit encounter ("told Trump that no one marched"): an exchange
        # on the summit's margins, "reportedly" -> held, Vietnam, month only -> null;
        # required false.
        M(["jacinda_ardern", "donald_trump"], None, "Vietnam", IP, H,
          "At the same conference, PM Ardern also reportedly told Trump that no one marched when she was elected.", False),
        # Not rows: the Tokyo summit and the UN General Assembly (multilateral, no named
        # counterpart); Peters acting as Prime Minister. Not annotated: the byline "Reported
        # by: Bhavya Sukheja". Removed: "Download the all-new Republic app:", "Follow: Google
        # News Icon", "share", "null | Image: self", "Advertisement" (twice), the "READ: ..."
        # link lines, the last of them cut off. Kept as found: "Arden" in the headline.
    ],
    roles=[("New Zealand PM", "jacinda_ardern"),
           ("US President", "donald_trump"),
           ("New Zealand Prime Minister", "jacinda_ardern"),
           ("Deputy PM", "winston_peters"),
           ("the acting Prime Minister", "winston_peters"),
           ("Canadian Prime Minister", "justin_trudeau"),
           ("the President", "donald_trump")],
)

A["dev_18012_trump_trudeau_call"] = dict(
    actors={
        "donald_trump": ["Donald J. Trump", "President Donald J. Trump", "President Trump"],
        "justin_trudeau": ["Justin Trudeau", "Prime Minister Justin Trudeau", "Prime Minister Trudeau"],
    },
    meetings=[
        # "spoke today" in the readout of 16 June 2017 -> 2017-06-16; a call ("Call" in the
        # title).
        M(["donald_trump", "justin_trudeau"], "2017-06-16", None, PH, H,
          "President Donald J. Trump spoke today with Prime Minister Justin Trudeau of Canada to address various aspects of the strong bilateral relationship between their two countries."),
        # Removed: "Photo of Donald Trump"; the citation line "Donald J. Trump, Readout of
        # ... Online by Gerhard Peters and John T. Woolley, The American Presidency Project";
        # "Filed Under"; "Simple Search of Our Archives".
    ],
    roles=[],
)
