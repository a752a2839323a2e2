"""Accuracy corpus, batch 73b: 12 new articles about meetings between political actors, all published
(or, where the page shows no date, written) in EVEN years (another helper takes odd years as batch
73a), from the 1980s to the 2020s (1980s: two (1984, 1988), 1990s: four (1992, 1996, 1998, 1998;
1996 read from the text's context, see the notes), 2000s: four (2000, 2006, 2006, 2008), 2010s: one
(2010), 2020s: one (2022); six of the twelve from before 2000 (1984, 1988, 1992, 1996, 1998, 1998),
as the brief asked; no 1970s page was found that was both new and of an even year, see the notes),
over the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast
Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one
each). Outlets/sites: The Jamestown Foundation (Monitor), Voice of America, Hansard (UK Parliament,
written answers), India Today (magazine archive), The Ukrainian Weekly, KildareStreet.com (Dail
debates, two), a China.org.cn/Xinhua copy (keyanhelp.cn), Loop Tonga (Loop Pacific), Deseret News,
U.S. Department of State (1997-2001 archive), Guyana Chronicle (via landofsixpeoples.com);
voanews.com, kildarestreet.com, keyanhelp.cn and the State Department archive are new to the
corpus. The pages are new to the corpus (URLs grepped in sources.csv and corpus/metadata.csv), and
so are their meetings (names grepped in the corpus texts). Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_73b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-72b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_145NN_<slug>` / `test_145NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date on the page: `published` left empty; decade 1990s (1996) from the text's context
    # (Monitor "Volume: 2", the Interfax report of "November 18" and "yesterday"; background
    # knowledge, see the notes); "last week" -> null.
    ("dev_14501_ozgan_shevardnadze_tbilisi", "Central Asia/Caucasus", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/program/georgian-abkhaz-direct-contacts-disclosed/", ""),
    # No date line in the kept text; the URL's "2006-10-23" (a Monday, checked) is taken as
    # `published` (ANNOTATION.md: values from the URL); the meeting is not given a day -> null.
    ("dev_14502_arroyo_surayud_manila", "Southeast Asia", "2000s", "Voice of America (voanews.com)", "https://www.voanews.com/a/a-13-2006-10-23-voa29/316503.html", "2006-10-23"),
    # The URL's "1988/jan/12" (a Tuesday, checked; Hansard written answers of 12 January 1988) is
    # `published`; the visit "on 7 and 8 January" spans two days and the talk is not given one -> null.
    ("test_14503_pm_babangida_nigeria", "Africa", "1980s", "Hansard (UK Parliament, written answers; api.parliament.uk historic Hansard)", "https://api.parliament.uk/historic-hansard/written_answers/1988/jan/12/nigeria", "1988-01-12"),
    # The URL's "19840731" / "1984-07-31" (the magazine issue date, a Tuesday, checked) is
    # `published`; "last fortnight" and the call -> null.
    ("dev_14504_jayewardene_gandhi_delhi", "South Asia", "1980s", "India Today (magazine archive)", "https://www.indiatoday.in/magazine/neighbours/story/19840731-jayewardene-visits-india-to-find-solution-to-sri-lanka-vexed-tamil-problem-803188-1984-07-31", "1984-07-31"),
    # No date on the page: `published` left empty; the URL's archive year 1998 gives the decade and
    # the year of "November 17" -> 1998-11-17 (a Tuesday, checked; see the notes).
    ("dev_14505_kuzmuk_cohen_washington", "Eastern Europe/Russia", "1990s", "The Ukrainian Weekly (ukrweekly.com archive)", "https://ukrweekly.com/old/archive/1998/489804.shtml", ""),
    # The date line "Tuesday, 31 January 2006" (checked) is `published`; "25 November" is the
    # preceding November -> 2005-11-25 (see the notes); "between 27 and 28 November" -> null.
    ("dev_14506_ahern_gyurcsany_blair", "Western Europe", "2000s", "KildareStreet.com (Dail debates, Taoiseach's reply to questions)", "https://www.kildarestreet.com/debate/?id=2006-01-31.27.10", "2006-01-31"),
    # The date line "Wednesday, 9 April 2008" (checked) is `published`; "On 26 February", "On 27
    # February", "On 28 February" -> 2008-02-26, 2008-02-27, 2008-02-28.
    ("test_14507_ahern_jansa_gusenbauer_tusk", "Western Europe", "2000s", "KildareStreet.com (Dail debates, Taoiseach's reply to questions)", "https://www.kildarestreet.com/debate/?id=2008-04-09.79.9", "2008-04-09"),
    # No date line in the kept text; the URL's "2010-04/06" (a Tuesday, checked) is `published`;
    # "met Tuesday" -> 2010-04-06.
    ("dev_14508_wang_guangya_shin_seoul", "East Asia", "2010s", "keyanhelp.cn (copy of a China.org.cn/Xinhua report)", "http://keyanhelp.cn/world/2010-04/06/content_19754676.htm", "2010-04-06"),
    # The date line "13:41, August 18, 2022" (a Thursday, checked) is `published`; "has arrived"
    # -> 2022-08-18 for the airport welcome; the planned calls are not given a day -> null.
    ("dev_14509_mahuta_tonga_visit", "Oceania", "2020s", "Loop Tonga (looptonga.com; Loop Pacific)", "https://www.looptonga.com/tonga-news/new-zealands-foreign-affairs-minister-two-day-visit-tonga-115644", "2022-08-18"),
    # No date line in the kept text; the URL's "1992/3/1" (a Sunday, checked) is `published`; the
    # visit's date was not revealed ("early next week" only in reports) -> null.
    ("dev_14510_hussein_bush_planned", "Middle East", "1990s", "Deseret News (deseret.com)", "https://www.deseret.com/1992/3/1/18970695/jordanian-king-will-visit-u-s-confer-with-bush-on-mideast", "1992-03-01"),
    # The date line "Ottawa, Canada, March 10, 1998" (a Tuesday, checked; released March 13) is
    # `published`; "This morning", "this evening" -> 1998-03-10.
    ("test_14511_albright_axworthy_ottawa", "North America", "1990s", "U.S. Department of State (1997-2001 archive; remarks in press briefing)", "https://1997-2001.state.gov/statements/1998/980310a.html", "1998-03-10"),
    # The date line "Guyana Chronicle / April 15, 2000" (a Saturday, checked) is `published`;
    # "yesterday" -> 2000-04-14.
    ("dev_14512_jagdeo_chavez_havana", "Latin America", "2000s", "Guyana Chronicle (via landofsixpeoples.com)", "https://landofsixpeoples.com/news/nc00415.htm", "2000-04-15"),
]

A = {}

_OZ2 = ("Georgian foreign minister Irakly Menagarishvili, a participant in the discussions, stated yesterday that a possible meeting between Shevardnadze and Abkhaz leader Vladislav Ardzinba was discussed.")
A["dev_14501_ozgan_shevardnadze_tbilisi"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "irakli_menagarishvili": ["Irakly Menagarishvili", "Menagarishvili"],
        "vladislav_ardzinba": ["Vladislav Ardzinba", "Ardzinba"],
        "interfax": ["Interfax"],
        # New key.
        "konstantin_ozgan": ["Konstantin Ozgan", "Ozgan"],
    },
    meetings=[
        # "a delegation headed by ... Konstantin Ozgan, conferred with Georgian president Eduard
        # Shevardnadze and other officials last week in Tbilisi" ("the Tbilisi talks": the same)
        # -> held, date null ("last week", no publication date), Tbilisi.
        M(["konstantin_ozgan", "eduard_shevardnadze"], None, "Tbilisi", IP, H,
          "Senior Georgian officials and Abkhaz representatives disclosed yesterday that a delegation headed by Abkhazia’s unrecognized foreign minister, Konstantin Ozgan, conferred with Georgian president Eduard Shevardnadze and other officials last week in Tbilisi."),
        # Menagarishvili is "a participant in the discussions" -> a participant of the same
        # meeting: Ozgan-Menagarishvili and (same side) Shevardnadze-Menagarishvili pair rows, held,
        # date null, Tbilisi; his presence is stated only in passing -> not required (see the notes).
        M(["konstantin_ozgan", "irakli_menagarishvili"], None, "Tbilisi", IP, H, _OZ2, False),
        M(["eduard_shevardnadze", "irakli_menagarishvili"], None, "Tbilisi", IP, H, _OZ2, False),
        # Not rows: "a possible meeting between Shevardnadze and ... Ardzinba was discussed" ("a
        # long shot": hypothetical); "Both sides agreed to continue high-level contacts" (no
        # specific meeting); the "tripartite Russian-Georgian-Abkhaz format" (a format). Not
        # annotated: Georgia, Abkhazia, Tbilisi, Moscow (places); "Senior Georgian officials",
        # "Abkhaz representatives", "the Abkhaz side", "The Abkhaz delegates" (unnamed). Kept as
        # they stand: the line "Publication: Monitor Volume: 2 Issue: 217". Removed: nothing at the
        # start; at the end, the heading of the next Monitor item, "Moscow "Guarantees" Safe
        # Transit of Azerbaijani Oil.".
    ],
    roles=[("Abkhazia’s unrecognized foreign minister", "konstantin_ozgan"), ("Georgian president", "eduard_shevardnadze"),
           ("Georgian foreign minister", "irakli_menagarishvili"), ("Abkhaz leader", "vladislav_ardzinba")],
)

A["dev_14502_arroyo_surayud_manila"] = dict(
    actors={
        "gloria_macapagal_arroyo": ["President Gloria Arroyo", "Gloria Arroyo", "Mrs. Arroyo", "Arroyo"],
        "thaksin_shinawatra": ["Thaksin Shinawatra"],
        "asean": ["ASEAN", "Association of Southeast Asian Nations"],
        # New key.
        "surayud_chulanont": ["Prime Minister Surayud Chulanont", "Surayud Chulanont", "Mr. Surayud", "Mr. Suryaud"],
    },
    meetings=[
        # "She spoke after meeting with Prime Minister Surayud Chulanont in Manila" / "Prime
        # Minister Surayud Chulanont held a closed-door meeting with President Gloria Arroyo" ("A
        # second meeting included cabinet officials", the dinner "at the presidential palace in
        # Manila", "the talks": the same pair, visit and place -> one row) -> held, date null (the
        # text gives no day), Manila.
        M(["surayud_chulanont", "gloria_macapagal_arroyo"], None, "Manila", IP, H,
          "Prime Minister Surayud Chulanont held a closed-door meeting with President Gloria Arroyo."),
        # Not rows: "a regional tour by the Thai leader" (no hosts named); the coup that "ousted
        # ... Thaksin Shinawatra" (no meeting); the toast (a speech). Not annotated: Thailand,
        # Manila (places); "the armed forces", "the military", "cabinet officials of both
        # governments", "The community of nations" (unnamed or plural). Kept as they stand: the
        # headline, the label "update" below it, "s\"trong commitment" (the misplaced quotation
        # mark), "Mr. Suryaud". Removed: at the start, the site lines "Accessibility links",
        # "Breaking News", "News"; at the end, the cut-off sentence "\"These perceptions relate to
        # political, security".
    ],
    roles=[("Philippine President", "gloria_macapagal_arroyo"), ("Thailand's military-installed leader", "surayud_chulanont"),
           ("the Thai leader", "surayud_chulanont"), ("The new Thai leader", "surayud_chulanont"),
           ("the elected prime minister", "thaksin_shinawatra"), ("the Philippine leader", "gloria_macapagal_arroyo")],
)

A["test_14503_pm_babangida_nigeria"] = dict(
    actors={
        "ibrahim_babangida": ["President Babangida", "Babangida"],
    },
    meetings=[
        # "I paid a visit to Nigeria on 7 and 8 January at the invitation of President Babangida.
        # In the course of this I had a long and very useful talk with the President" -> the "I"
        # is the Prime Minister (the written answer's label "The Prime Minister"), who is not
        # named in the text -> a one-party row (Babangida), held, date null (a two-day visit, the
        # talk not given a day), Nigeria (no city named).
        M(["ibrahim_babangida"], None, "Nigeria", IP, H,
          "In the course of this I had a long and very useful talk with the President, which covered all aspects of our bilateral relations as well as regional and international questions."),
        # Not rows: "I also put on record publicly" (a statement); "the very warm and friendly
        # welcome ... from many thousands of ordinary people" (a crowd). Not annotated: "The Prime
        # Minister" (the unnamed speaker; no actor to point to, as in the GOV.UK readouts);
        # Nigeria, Britain, southern Africa (places). Kept as they stand: "§ The Prime MinisterI"
        # (no space). Removed: nothing.
    ],
    roles=[("the President", "ibrahim_babangida")],
)

A["dev_14504_jayewardene_gandhi_delhi"] = dict(
    actors={
        "indira_gandhi": ["Prime Minister Indira Gandhi", "Indira Gandhi", "Mrs Gandhi"],
        "junius_jayewardene": ["Sri Lanka President Junius Richard Jayewardene", "Junius Richard Jayewardene", "Jayewardene"],
        "lalith_athulathmudali": ["Lalith Athulathmudali", "Athulathmudali"],
        # New keys.
        "sirimavo_bandaranaike": ["Sirimao Bandaranaike"],
        "sri_lanka_freedom_party": ["Sri Lanka Freedom Party", "SLFP"],
        "tamil_united_liberation_front": ["Tamil United Liberation Front", "TULF"],
        "united_national_party": ["United National Party"],
    },
    meetings=[
        # "When Prime Minister Indira Gandhi telephonically invited ... Jayewardene to visit her" ->
        # a specific call -> phone, held, date null (not given), no place.
        M(["indira_gandhi", "junius_jayewardene"], None, None, PH, H,
          "When Prime Minister Indira Gandhi telephonically invited Sri Lanka President Junius Richard Jayewardene to visit her on his way back from Washington and London, the idea was to give another gentle nudge to the talks between the two governments towards solving the island's Tamil problem which have made little progress since they began seven months ago."),
        # "Jayewardene arrived in New Delhi last fortnight, talked to the Indian prime minister" (the
        # role phrase denotes the named Indira Gandhi; "The second Jayewardene-Mrs Gandhi meeting
        # in eight months": the same) -> held, date null ("last fortnight"), New Delhi.
        M(["junius_jayewardene", "indira_gandhi"], None, "New Delhi", IP, H,
          "Jayewardene arrived in New Delhi last fortnight, talked to the Indian prime minister and her colleagues and departed, leaving everyone guessing about his next move."),
        # "In Delhi, Jayewardene and Athulathmudali had lengthy talks with Indian leaders" -> the
        # Indian side unnamed (plural); the two named visitors are one delegation -> a same-side
        # pair row, held, date null, Delhi, not required (ANNOTATION.md: same-delegation pairs).
        M(["junius_jayewardene", "lalith_athulathmudali"], None, "Delhi", IP, H,
          "In Delhi, Jayewardene and Athulathmudali had lengthy talks with Indian leaders in which they reiterated their determination to find a political solution to the tangle.", False),
        # Not rows: "The second Jayewardene-Mrs Gandhi meeting in eight months" (the same meeting;
        # the first one is only counted, no date or place); "the talks between the two
        # governments" and the All-Party Conference (APC) (talks of unnamed delegates; a
        # conference); Athulathmudali's complaint (a statement). Not annotated: "her colleagues",
        # "Indian leaders", "the powerful Buddhist clergy", "the Governments of Sri Lanka and India"
        # (unnamed or plural); the All-Party Conference (a conference); India, Sri Lanka,
        # Washington, London, New Delhi, Delhi (places). Kept as they stand: the headline and the
        # standfirst, which repeats a later sentence ("The second Jayewardene-Mrs Gandhi meeting
        # ..."), and the empty lines. Removed: nothing at the start; at the end, the cut-off
        # sentence "At the same time, they defended Colombo's decision to seek help from Mossad,
        # the Israeli intelligence outfit, and from retired members of Britain's elite Special".
    ],
    roles=[("Sri Lanka President", "junius_jayewardene"), ("the Indian prime minister", "indira_gandhi"),
           ("the minister for national security", "lalith_athulathmudali")],
)

_KZ = ("The Washington portion of Gen. Kuzmuk's visit, in addition to some five hours of discussion at the Pentagon as well as dinner with Secretary Cohen, also included a meeting with Deputy Secretary of State for Arms Control John Holum and with senior officials at the White House National Security Council.")
A["dev_14505_kuzmuk_cohen_washington"] = dict(
    actors={
        "william_cohen": ["Defense Secretary William Cohen", "William Cohen", "Secretary Cohen"],
        "nato": ["NATO"],
        "united_states_national_security_council": ["White House National Security Council"],
        # New keys.
        "oleksandr_kuzmuk": ["Oleksander Kuzmuk", "Col.-Gen. Kuzmuk", "Minister Kuzmuk", "Gen. Kuzmuk", "Kuzmuk"],
        "kenneth_bacon": ["Kenneth Bacon"],
        "john_holum": ["John Holum"],
        "us_southern_command": ["Southern Command"],
        "us_coast_guard": ["Coast Guard Command"],
    },
    meetings=[
        # "his November 17 talks with Secretary Cohen" ("meeting with Defense Secretary William
        # Cohen", "some five hours of discussion at the Pentagon as well as dinner with Secretary
        # Cohen": the same) -> held, 1998-11-17 (the year from the URL's archive year; see the
        # notes), Washington (dateline; the Pentagon is not resolved further).
        M(["oleksandr_kuzmuk", "william_cohen"], "1998-11-17", "Washington", IP, H,
          "During the \"meeting of friends,\" as Col.-Gen. Kuzmuk described his November 17 talks with Secretary Cohen, the two signed an agreement laying out U.S.-Ukrainian military contacts for the coming year, which includes joint exercises, visit exchanges and other activities of interest to both countries."),
        # "also included a meeting with ... John Holum" -> held, date null (the visit ran
        # "November 15-20"; no day given), Washington ("The Washington portion").
        M(["oleksandr_kuzmuk", "john_holum"], None, "Washington", IP, H, _KZ),
        # "... and with senior officials at the White House National Security Council" ->
        # counterparts unnamed -> a one-party row (Kuzmuk), held, date null, Washington.
        M(["oleksandr_kuzmuk"], None, "Washington", IP, H, _KZ),
        # Not rows: "U.S. commanders at the Pentagon and a number of military installations"
        # (unnamed, in general); Bacon "said following the meeting" (a statement); the wreath
        # layings; "a gathering of Ukrainian Americans" (not political actors, unnamed). Not
        # annotated: the byline "by Yaro Bihun / Special to The Ukrainian Weekly"; the Pentagon,
        # Fort Bragg, Fort Knox, Key West, Arlington National Cemetery, the Taras Shevchenko
        # Monument (places); the Partnership for Peace program (a programme). Kept as they stand:
        # the headline and byline lines. Removed: nothing at the start; at the end, the cut-off
        # fragment "Asked about the possibility of Ukra".
    ],
    roles=[("Ukraine's Defense Minister", "oleksandr_kuzmuk"), ("Defense Secretary", "william_cohen"),
           ("Pentagon Spokesman", "kenneth_bacon"), ("Deputy Secretary of State for Arms Control", "john_holum"),
           ("The visiting dignitary", "oleksandr_kuzmuk")],
)

_AM = ("I met leaders from Palestine, Morocco and Israel and had a short exchange with the new German Chancellor, AngelaMerkel.")
A["dev_14506_ahern_gyurcsany_blair"] = dict(
    actors={
        "bertie_ahern": ["Bertie Ahern"],
        "tony_blair": ["Mr. Blair"],
        "angela_merkel": ["AngelaMerkel"],
        "fianna_fail": ["Fianna Fail"],
        "european_union": ["European Union", "EU"],
        "palestinian_authority": ["Palestinian Authority"],
        # New keys.
        "ferenc_gyurcsany": ["Prime Minister Gyurcsany", "Gyurcsany"],
        "irish_hungarian_business_circle": ["Irish-Hungarian Business Circle"],
    },
    meetings=[
        # The "I" is Bertie Ahern (the speaker line of the reply). "I visited Budapest on 25
        # November for a meeting with Prime Minister Gyurcsany" ("At the meeting, we discussed":
        # the same) -> held, 2005-11-25 (the November before the debate of 31 January 2006; see
        # the notes), Budapest.
        M(["bertie_ahern", "ferenc_gyurcsany"], "2005-11-25", "Budapest", IP, H,
          "I visited Budapest on 25 November for a meeting with Prime Minister Gyurcsany."),
        # "a bilateral meeting with the Prime Minister Mr. Blair" at the Barcelona summit -> held,
        # date null (the summit ran "between 27 and 28 November"), Barcelona.
        M(["bertie_ahern", "tony_blair"], None, "Barcelona", IP, H,
          "I also had a bilateral meeting with the Prime Minister Mr. Blair to discuss issues on the EU agenda, including the future financial perspectives, and Northern Ireland matters."),
        # "had a short exchange with the new German Chancellor, AngelaMerkel" -> held, date null,
        # Barcelona.
        M(["bertie_ahern", "angela_merkel"], None, "Barcelona", IP, H, _AM),
        # "I met leaders from Palestine, Morocco and Israel" -> counterparts unnamed -> a
        # one-party row (Ahern), held, date null, Barcelona; three unnamed leaders in one clause
        # -> not required.
        M(["bertie_ahern"], None, "Barcelona", IP, H, _AM, False),
        # Not rows: the EuroMed summit and its plenary (multilateral); "a dinner hosted by the King
        # of Spain" (a summit dinner, host unnamed); "I had previously written to the new
        # Chancellor" (a letter); "I used this opportunity to reiterate my congratulations"
        # (removed with the cut-off sentence); the launch of the Business Circle. Not annotated:
        # "the King of Spain", "the British and Spanish Prime Ministers", "EU and Mediterranean
        # Foreign Ministers", "Heads of State or Government" (unnamed); Budapest, Hungary,
        # Ireland, Barcelona and the listed countries (places); "the Palestinian Authority" is
        # annotated as a body. Kept as they stand: the site lines "Dáil debates", "2:30 pm",
        # "Photo of Bertie AhernBertie Ahern (Dublin Central, Fianna Fail)", "AngelaMerkel".
        # Removed: nothing at the start; at the end, the cut-off sentence "I used this opportunity
        # to reiterate my congratulations and indicated that I would be happy for the Chancellor
        # to".
    ],
    roles=[("the Prime Minister", "tony_blair"), ("the new German Chancellor", "angela_merkel"),
           ("the new Chancellor", "angela_merkel")],
)

A["test_14507_ahern_jansa_gusenbauer_tusk"] = dict(
    actors={
        "bertie_ahern": ["Bertie Ahern"],
        "janez_jansa": ["Prime Minister Janša", "Janša"],
        "donald_tusk": ["Prime Minister Donald Tusk", "Donald Tusk"],
        "osce": ["Organisation for Security and Co-operation in Europe", "OSCE"],
        "european_union": ["EU"],
        "united_nations": ["UN"],
        "fianna_fail": ["Fianna Fail"],
        # New keys.
        "danilo_turk": ["President Türk", "Türk"],
        "alfred_gusenbauer": ["Chancellor Alfred Gusenbauer", "Alfred Gusenbauer", "Chancellor Gusenbauer"],
        "heinz_fischer": ["President Fischer"],
    },
    meetings=[
        # The "I" is Bertie Ahern (the speaker line). "On 26 February, I travelled to Ljubljana
        # for a bilateral meeting with Prime Minister Janša" -> held, 2008-02-26, Ljubljana.
        M(["bertie_ahern", "janez_jansa"], "2008-02-26", "Ljubljana", IP, H,
          "On 26 February, I travelled to Ljubljana for a bilateral meeting with Prime Minister Janša."),
        # "While in Ljubljana, I paid a call on President Türk" -> held, 2008-02-26 (the Ljubljana
        # day), Ljubljana.
        M(["bertie_ahern", "danilo_turk"], "2008-02-26", "Ljubljana", IP, H,
          "While in Ljubljana, I paid a call on President Türk."),
        # "On 27 February, I travelled to Austria to meet Chancellor Alfred Gusenbauer" -> held,
        # 2008-02-27, Vienna (the text puts him in Vienna on this trip: "Separately while in
        # Vienna"; see the notes).
        M(["bertie_ahern", "alfred_gusenbauer"], "2008-02-27", "Vienna", IP, H,
          "On 27 February, I travelled to Austria to meet Chancellor Alfred Gusenbauer."),
        # "I called on President Fischer" (in Austria, 27 February) -> held, 2008-02-27, Vienna.
        M(["bertie_ahern", "heinz_fischer"], "2008-02-27", "Vienna", IP, H,
          "I called on President Fischer and our discussions again centred on key EU issues."),
        # "On 28 February, I travelled to Poland for a meeting with Prime Minister Donald Tusk"
        # -> held, 2008-02-28, Poland (no city named).
        M(["bertie_ahern", "donald_tusk"], "2008-02-28", "Poland", IP, H,
          "On 28 February, I travelled to Poland for a meeting with Prime Minister Donald Tusk."),
        # Not rows: the address to "the Permanent Council of the Organisation for Security and
        # Co-operation in Europe" (a speech to a body); "three European capitals" (a summary); the
        # spring European Council (a summit). Not annotated: Ljubljana, Slovenia, Austria, Vienna,
        # Poland, Kosovo, Chad, the western Balkans (places); "the European Presidency" (an
        # office). Kept as they stand: the site lines "Dáil debates", "11:00 am", "Photo of Bertie
        # AhernBertie Ahern (Dublin Central, Fianna Fail)". Removed: nothing at the start; at the
        # end, the cut-off sentence "This was my first bilateral meeting with Prime M".
    ],
    roles=[],
)

A["dev_14508_wang_guangya_shin_seoul"] = dict(
    actors={
        "united_nations": ["U.N."],
        # New keys.
        "wang_guangya": ["Wang Guangya"],
        "shin_kak_soo": ["Shin Kak-soo"],
    },
    meetings=[
        # "Chinese Vice Foreign Minister Wang Guangya met with his South Korean counterpart Shin
        # Kak-soo in Seoul" ("Senior Chinese and South Korean diplomats met Tuesday": the same) ->
        # held, 2010-04-06 (Tuesday = the URL's date), Seoul.
        M(["wang_guangya", "shin_kak_soo"], "2010-04-06", "Seoul", IP, H,
          "Chinese Vice Foreign Minister Wang Guangya met with his South Korean counterpart Shin Kak-soo in Seoul for what is called \"strategic talks,\" the second of such meeting since December 2008, the ministry said."),
        # Not rows: "the second of such meeting since December 2008" (an earlier meeting, month
        # only, participants not named); "the stalled six-party talks" (multilateral). Not
        # annotated: "Seoul's foreign ministry", "the ministry" (a ministry named by place only);
        # the DPRK, Pyongyang, Seoul, Shanghai (places); the Shanghai World Expo (an event).
        # Kept as they stand: "U.N. sanction". Removed: nothing.
    ],
    roles=[("Chinese Vice Foreign Minister", "wang_guangya"), ("his South Korean counterpart", "shin_kak_soo")],
)

_MH = ("Mahuta will hold audiences with King Tupou VI, followed by bilateral calls on Prime Minister Hu'akavameiliku and her counterpart ‘Utoikamanu.")
A["dev_14509_mahuta_tonga_visit"] = dict(
    actors={
        "nanaia_mahuta": ["Nanaia Mahuta", "Mahuta"],
        "tupou_vi": ["King Tupou VI"],
        "siaosi_sovaleni": ["Prime Minister Hu'akavameiliku", "Hu'akavameiliku"],
        # New key.
        "fekitamoeloa_utoikamanu": ["Hon Fekitamoeloa Katoa 'Utoikamanu", "Fekitamoeloa Katoa 'Utoikamanu", "‘Utoikamanu"],
    },
    meetings=[
        # "She was met at the airport by ... 'Utoikamanu and other officials" -> an airport
        # welcome on arrival, held, 2022-08-18 ("has arrived", the article's date line), Tonga (no
        # city named); a greeting -> not required.
        M(["nanaia_mahuta", "fekitamoeloa_utoikamanu"], "2022-08-18", "Tonga", IP, H,
          "She was met at the airport by Minister for Foreign Affairs, Hon Fekitamoeloa Katoa 'Utoikamanu and other officials.", False),
        # "Mahuta will hold audiences with King Tupou VI, followed by bilateral calls on Prime
        # Minister Hu'akavameiliku and her counterpart ‘Utoikamanu" -> three planned rows, date
        # null (a "two-day visit", no day given), Tonga.
        M(["nanaia_mahuta", "tupou_vi"], None, "Tonga", IP, P, _MH),
        M(["nanaia_mahuta", "siaosi_sovaleni"], None, "Tonga", IP, P, _MH),
        M(["nanaia_mahuta", "fekitamoeloa_utoikamanu"], None, "Tonga", IP, P, _MH),
        # Not rows: "will meet with women leaders and representatives of the civil society"
        # (unnamed, not officials); the inspection of projects. Not annotated: the byline "BY: Loop
        # Pacific"; the photo credit "Photo MOFA Tonga"; "other officials" (unnamed); Tonga, the
        # Kingdom, New Zealand (places). Kept as they stand: the byline and time/date lines, the
        # caption line, both apostrophes ('Utoikamanu / ‘Utoikamanu). Removed: at the start, a
        # blank line; at the end, trailing blank lines.
    ],
    roles=[("New Zealand's Foreign Affairs Minister", "nanaia_mahuta"), ("Minister for Foreign Affairs", "fekitamoeloa_utoikamanu"),
           ("her counterpart", "fekitamoeloa_utoikamanu"), ("The Foreign Minister", "nanaia_mahuta")],
)

A["dev_14510_hussein_bush_planned"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein of Jordan", "King Hussein", "Hussein"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "brent_scowcroft": ["Brent Scowcroft", "Scowcroft"],
        "saddam_hussein": ["Saddam Hussein"],
        "white_house": ["White House"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # "King Hussein of Jordan will visit Washington to confer with President Bush" ("Hussein
        # and Bush would \"compare notes\"", "the two leaders also will discuss": the same) ->
        # planned, date null (the date was not revealed), Washington.
        M(["hussein_bin_talal", "george_h_w_bush"], None, "Washington", IP, P,
          "King Hussein of Jordan will visit Washington to confer with President Bush about the Middle East peace talks \"and how to deal with Iraq's Saddam Hussein,\" a top White House adviser said Saturday."),
        # Not rows: "The Arab delegations and Israel have been meeting in Washington in the third
        # round of talks" (multilateral, delegates unnamed); Bush's trip to Chicago and
        # campaigning; Scowcroft's statements. Not annotated: Jordan, Iraq, Kuwait, Washington,
        # Chicago, the South (places); "The Arab delegations" (unnamed). Kept as they stand:
        # "next week.Bush" (no space). Removed: at the start, the site lines "clock menu
        # more-arrow no yes" and "Filed under:"; nothing at the end.
    ],
    roles=[("a top White House adviser", "brent_scowcroft"), ("National security adviser", "brent_scowcroft"),
           ("the Arab monarch", "hussein_bin_talal")],
)

_AX = ("The Secretary of State met with the Prime Minister, with Defense Minister Eggleton.")
A["test_14511_albright_axworthy_ottawa"] = dict(
    actors={
        "madeleine_albright": ["Madeleine K. Albright", "Dr. Madeleine Albright"],
        "lloyd_axworthy": ["Canadian Foreign Minister Axworthy", "Axworthy", "AXWORTHY"],
        # New key.
        "art_eggleton": ["Defense Minister Eggleton", "Eggleton"],
    },
    meetings=[
        # Axworthy: "This morning I had the opportunity to welcome the Secretary of State, Dr.
        # Madeleine Albright" ("two sessions of meetings", "a dinner this evening": the same pair,
        # day and place -> one row) -> held, 1998-03-10, Ottawa (date line).
        M(["lloyd_axworthy", "madeleine_albright"], "1998-03-10", "Ottawa", IP, H,
          "This morning I had the opportunity to welcome the Secretary of State, Dr. Madeleine Albright, to Canada for an official visit."),
        # "The Secretary of State met with the Prime Minister" -> the Prime Minister is not named
        # in the text -> a one-party row (Albright), held, 1998-03-10, Ottawa.
        M(["madeleine_albright"], "1998-03-10", "Ottawa", IP, H, _AX),
        # "... with Defense Minister Eggleton" -> held, 1998-03-10, Ottawa.
        M(["madeleine_albright", "art_eggleton"], "1998-03-10", "Ottawa", IP, H, _AX),
        # Not rows: the press briefing itself (a news conference); "(French translation.)". Not
        # annotated: "the Prime Minister" (unnamed; no actor to point to); the release credit "As
        # released by the Office of the Spokesman" and the site lines "U.S. Department of State",
        # "Blue Bar", "Great Seal"; Canada, Ottawa (places). Kept as they stand: the title lines
        # (from "Great Seal Secretary of State ..."), "U.S. Department of State", "Blue Bar", the
        # speaker label "FOREIGN MINISTER AXWORTHY:", "(French translation.)", "(In English.)".
        # Removed: at the start, the archive's site header (from "U.S. Department of State / Other
        # State Department Archive Sites..." to the disclaimer and the next "U.S. Department of
        # State"); at the end, the cut-off fragment "(Inaudible) - enormous amount of exchange
        # within two co".
    ],
    roles=[("the Secretary of State", "madeleine_albright"), ("The Secretary of State", "madeleine_albright"),
           ("Canadian Foreign Minister", "lloyd_axworthy"), ("Defense Minister", "art_eggleton")],
)

A["dev_14512_jagdeo_chavez_havana"] = dict(
    actors={
        "bharrat_jagdeo": ["PRESIDENT Bharrat Jagdeo", "Bharrat Jagdeo", "President Jagdeo", "Mr Jagdeo", "Jagdeo"],
        "hugo_chavez": ["President Hugo Chavez", "Hugo Chavez", "Chavez"],
        "fernando_henrique_cardoso": ["President Fernando Henrique Cardoso", "Fernando Henrique Cardoso"],
        "united_nations": ["United Nations", "UN"],
        "bbc": ["BBC"],
        # New keys.
        "oliver_jackman": ["Mr Oliver Jackman", "Oliver Jackman"],
        "guyana_venezuela_high_level_commission": ["High Level Commission"],
    },
    meetings=[
        # "PRESIDENT Bharrat Jagdeo and President Hugo Chavez of Venezuela met yesterday in Havana"
        # ("The talks were \"cordial\"": the same) -> held, 2000-04-14, Havana.
        M(["bharrat_jagdeo", "hugo_chavez"], "2000-04-14", "Havana", IP, H,
          "PRESIDENT Bharrat Jagdeo and President Hugo Chavez of Venezuela met yesterday in Havana, Cuba on the last day of the South Summit there."),
        # "the two hope to meet again in September in Brazil" -> planned, date null (month only),
        # Brazil (no city named).
        M(["bharrat_jagdeo", "hugo_chavez"], None, "Brazil", IP, P,
          "The talks were \"cordial\" and the two hope to meet again in September in Brazil, the ministry said."),
        # An invitation to visit Guyana, to which Chavez "indicated that such a visit could take
        # place during the last quarter of this year" -> planned, date null, Guyana; tentative
        # ("could") -> not required.
        M(["hugo_chavez", "bharrat_jagdeo"], None, "Guyana", IP, P,
          "Responding to an invitation from the Guyana President to visit here, Chavez \"indicated that such a visit could take place during the last quarter of this year\", it reported.", False),
        # "a state visit to Venezuela by President Fernando Henrique Cardoso" -> a visit with Chavez
        # as host, implied by "His assurances came during" -> held, date null ("earlier this
        # week"), Venezuela; inferred -> not required.
        M(["hugo_chavez", "fernando_henrique_cardoso"], None, "Venezuela", IP, H,
          "His assurances came during a state visit to Venezuela by President Fernando Henrique Cardoso of Brazil, the BBC Caribbean Report said.", False),
        # "Mr Oliver Jackman, is to meet for the first time both the Venezuelan and Guyanese
        # facilitators" -> counterparts unnamed -> a one-party row (Jackman), planned, date null
        # ("late this month or early May"), place null.
        M(["oliver_jackman"], None, None, IP, P,
          "Newly-appointed UN `Good Officer', Mr Oliver Jackman, is to meet for the first time both the Venezuelan and Guyanese facilitators late this month or early May."),
        # Not rows: the South Summit (multilateral); "looked at visits at other levels" (no
        # specific meeting); Chavez calling Guyanese "our brethren" (a statement). Not annotated:
        # the outlet line "Guyana Chronicle" (an outlet in a header); "The Foreign Ministry here",
        # "the ministry" (a ministry named by place only); "the Venezuelan and Guyanese
        # facilitators" (unnamed); Havana, Cuba, Brazil, Guyana, Venezuela, the Essequibo
        # (places). Kept as they stand: the headline and date lines, the backquotes in "`Good
        # Officer'". Removed: nothing.
    ],
    roles=[("the Guyana President", "bharrat_jagdeo"), ("Newly-appointed UN `Good Officer'", "oliver_jackman")],
)
