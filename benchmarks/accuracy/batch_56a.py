"""Accuracy corpus, batch 56a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 56b), from the 1970s, 1980s,
1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: one, 1990s: three, 2000s: three, 2010s: three,
2020s: one; five of the twelve from before 2000 and one of them from the 1970s, as the brief
asked), over the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa,
Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East Asia,
Oceania: one each).
Outlets/sites: Today.az (today.az; an Azertag story), the Jewish Telegraphic Agency (jta.org
archive), the Latin American Network Information Center (lanic.utexas.edu; an FBIS translation of a
Radio Havana Cuba newscast), GhanaWeb (ghanaweb.com; a GNA story), the Los Angeles Times
(latimes.com archive), the Office of the Council of Ministers of Cambodia (pressocm.gov.kh), Loop
Samoa (loopsamoa.com), The Washington Times (washingtontimes.com), India Today (indiatoday.in
magazine archive), RFE/RL (rferl.org), Gazzetta del Sud (gazzettadelsud.it, English section; an
ANSA-style wire item) and the Chicago Tribune (articles.chicagotribune.com; a UPI story).
today.az, pressocm.gov.kh, loopsamoa.com and gazzettadelsud.it are new to
the corpus as sources (as far as `sources.csv` and the batch files show); the others were used
before; the pages are new, and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_56a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-55b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_110NN_<slug>` / `test_110NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt and none in the URL; the search tool's date field 2019-10-15
    # (a Tuesday, checked; removed with its " date ..." prefix). The meeting is not given a day
    # ("has met"; "today's anniversary Summit" is inside a quotation and names no day) -> null.
    ("dev_11001_aliyev_nazarbayev_baku", "Central Asia/Caucasus", "2010s", "Today.az (today.az; an Azertag story)", "http://www.today.az/news/politics/187277.html", "2019-10-15"),
    # The bulletin's date line "June 16, 1975" (a Monday, checked; no date in the URL): "said
    # today" (the TV programme) -> 1975-06-16, no row; the meeting "following" which he spoke
    # "this morning" is not given a day of its own -> null (see the notes).
    ("dev_11002_rabin_kissinger_90_minute_meeting", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/archive/rabin-prefers-interim-accord-to-geneva-meets-kissinger-for-90-minute-discussion", "1975-06-16"),
    # The header "FBIS-LAT-95-130 Daily Report 7 Jul 1995" and "0000 GMT 7 Jul 95" (1995-07-07 is
    # a Friday, checked; the URL's 19950707 agrees): "On Wednesday [5 July] evening" ->
    # 1995-07-05 (a Wednesday, checked; the bracket is FBIS's).
    ("test_11003_castro_castillo_peraza_havana", "Latin America", "1990s", "LANIC (lanic.utexas.edu; FBIS Daily Report translation of a Radio Havana Cuba newscast)", "http://lanic.utexas.edu/project/castro/db/1995/19950707.html", "1995-07-07"),
    # The date line "General News of Thursday, 30 October 2003" and the dateline "Accra, Oct. 30,
    # GNA" (2003-10-30 is a Thursday, checked; the site's "2003 10 30" agrees): "on Thursday
    # left Accra for Abidjan ... to consult with" -> 2003-10-30; the consultations with Bedie
    # ("had been consulting") -> null.
    ("dev_11004_kufuor_gbagbo_abidjan_planned", "Africa", "2000s", "GhanaWeb (ghanaweb.com; a GNA story)", "https://www.ghanaweb.com/GhanaHomePage/NewsArchive/President-Kufuor-leaves-for-Ivory-Coast-45795", "2003-10-30"),
    # No date line in the excerpt; the URL's la-xpm-1991-08-30 (a Friday, checked): "concluded a
    # four-day visit to Mongolia on Thursday" -> 1991-08-29 is the end of the visit; the summit
    # itself is not given a day -> null.
    ("dev_11005_yang_shangkun_ochirbat_ulan_bator", "East Asia", "1990s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1991-08-30-mn-1488-story.html", "1991-08-30"),
    # The dateline "Phnom Penh, May 21, 2019" (a Tuesday, checked; no date in the URL): "on Oct.
    # 27, 1988" -> 1988-10-27, explicit; "in January 1989" -> month only, null; "this Sunday"
    # (a photo handed over) and "Sept. 19, 1989" (a border crossing) -> no rows.
    ("dev_11006_hun_sen_chavalit_photo_recollection", "Southeast Asia", "2010s", "Office of the Council of Ministers of Cambodia, press and quick reaction unit (pressocm.gov.kh)", "https://pressocm.gov.kh/en/archives/53123", "2019-05-21"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2023-04-23 (a
    # Sunday, checked; removed with its " date ..." prefix): the luncheon "on Friday" ->
    # 2023-04-21; "in August last year" (Ardern) -> month only, null.
    ("test_11007_fiame_mahuta_vailima_luncheon", "Oceania", "2020s", "Loop Samoa (loopsamoa.com)", "https://www.loopsamoa.com/samoa-news/samoa-hosts-nz-foreign-minister-119458", "2023-04-23"),
    # The header "- The Washington Times - Thursday, February 19, 2009" (a Thursday, checked; the
    # URL's 2009/feb/19 agrees): "their first meeting Thursday" -> 2009-02-19; "announced Tuesday"
    # (troops) -> no row.
    ("dev_11008_obama_harper_ottawa_first_meeting", "North America", "2000s", "The Washington Times (washingtontimes.com)", "https://www.washingtontimes.com:443/news/2009/feb/19/obama-travels-canada/", "2009-02-19"),
    # The line "Published On: Dec 31, 1991" (a Tuesday, checked; the URL's 19911231 agrees; its
    # tail 1991-12-30 is the archive's): "visit to India last fortnight", "The two-day talks" ->
    # no day -> null.
    ("dev_11009_koirala_india_visit_1991", "South Asia", "1990s", "India Today (indiatoday.in magazine archive)", "https://www.indiatoday.in/magazine/diplomacy/story/19911231-quantum-leap-in-relations-815295-1991-12-30", "1991-12-31"),
    # The dateline "Prague, 2 May 2001 (RFE/RL)" (a Wednesday, checked): "held talks yesterday
    # (Tuesday) in Bucharest" -> 2001-05-01 (a Tuesday, checked); "Two weeks ago ... met with
    # ... Putin" -> null; "(April 4)" (an election) -> no row.
    ("dev_11010_voronin_iliescu_bucharest", "Eastern Europe/Russia", "2000s", "RFE/RL (rferl.org)", "https://www.rferl.org/a/1096347.html", "2001-05-02"),
    # The dateline "Rome, December 21" and the search tool's date field 2017-12-21 (a Thursday,
    # checked; removed with its " date ..." prefix; no year in the excerpt otherwise): the call
    # "on Thursday" -> 2017-12-21; "a meeting in the next few weeks" -> null; "yesterday"
    # (Kurz's speech) -> no row.
    ("test_11011_alfano_kneissl_call", "Western Europe", "2010s", "Gazzetta del Sud (gazzettadelsud.it, English news)", "http://www.gazzettadelsud.it/news/english/271591/respect-autonomous-agreement-alfano-tells-vienna-2.html", "2017-12-21"),
    # The date line "January 14, 1985|By United Press International." (a Monday, checked; the
    # URL's 1985-01-14 agrees): "arrived Sunday" -> 1985-01-13 (the arrival, no row); the talks
    # are not given a day -> null.
    ("dev_11012_martens_reagan_missile_talks", "Western Europe", "1980s", "Chicago Tribune (articles.chicagotribune.com; a UPI story)", "http://articles.chicagotribune.com/1985-01-14/news/8501030499_1_medium-range-missiles-martens-belgian", "1985-01-14"),
]

A = {}

A["dev_11001_aliyev_nazarbayev_baku"] = dict(
    actors={
        "ilham_aliyev": ["President of Azerbaijan Ilham Aliyev", "Ilham Aliyev", "President Ilham Aliyev", "Ilham Heydarovich"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Elbasy Nursultan Nazarbayev", "Nursultan Abishevich"],
        "azertag": ["Azertag"],
        "heydar_aliyev": ["Heydar Aliyev"],
        "cooperation_council_of_turkic_speaking_states": ["Cooperation Council of Turkic-speaking States", "Turkic Council"],
    },
    meetings=[
        # "President of Azerbaijan Ilham Aliyev has met with ... Nursultan Nazarbayev, Azertag
        # reported." (the welcome "Welcome to Azerbaijan!", "It is a great honor to receive you",
        # the reply: the same meeting) -> held, date null (no day in the text), Baku (the speakers
        # place the visit in Baku: "today's anniversary Summit ... is being held in Baku", "my ninth
        # visit to Baku"; a reader could write Azerbaijan; see the notes).
        M(["ilham_aliyev", "nursultan_nazarbayev"], None, "Baku", IP, H,
          "President of Azerbaijan Ilham Aliyev has met with First President of the Republic of Kazakhstan-Elbasy, Honorary President of the Cooperation Council of Turkic-speaking States Nursultan Nazarbayev, Azertag reported."),
        # Not rows: "your official visit to our country and the meetings as part of my visits to
        # Kazakhstan, as well as our meetings at international venues" (earlier meetings counted,
        # none specified); "this is my ninth visit to Baku" (a count); "today's anniversary Summit
        # of the Turkic Council" (a summit); "thank you for accepting our invitation to visit us"
        # (the present visit); "Together with Heydar Aliyev, you stood at the origins" (no
        # meeting). "Azertag reported" is the cited agency (annotated). Kept as found:
        # "Kazakhstan-Elbasy", the hyphen-minus before each speech. Removed: the search tool's
        # " date 2019-10-15" prefix at the start; at the end, the last, cut-off sentence ("In
        # Soviet times, we had a separate relationship").
    ],
    roles=[("President of Azerbaijan", "ilham_aliyev"),
           ("First President of the Republic of Kazakhstan-Elbasy", "nursultan_nazarbayev"),
           ("Honorary President of the Cooperation Council of Turkic-speaking States", "nursultan_nazarbayev"),
           ("the first President of Kazakhstan", "nursultan_nazarbayev"),
           ("The first President of Kazakhstan-Elbasy", "nursultan_nazarbayev")],
)

A["dev_11002_rabin_kissinger_90_minute_meeting"] = dict(
    actors={
        "yitzhak_rabin": ["Israeli Premier Yitzhak Rabin", "Yitzhak Rabin", "Rabin"],
        "henry_kissinger": ["Secretary of State Henry Kissinger", "Henry Kissinger", "Kissinger"],
        "cbs": ["CBS"],
    },
    meetings=[
        # "Rabin made his comments on CBS's "Face the Nation" television program this morning
        # following a meeting here with Secretary of State Henry Kissinger." (the headline "Meets
        # Kissinger for 90-minute Discussion", "his unscheduled 90 minute meeting with Rabin": the
        # same) -> held, date null (the meeting preceded the morning programme; its day is not
        # stated; a reader could write 1975-06-16 from the headline under the date line; see the
        # notes), place null ("here" with no dateline in the excerpt; Washington would come from
        # knowledge).
        M(["yitzhak_rabin", "henry_kissinger"], None, None, IP, H,
          "Rabin made his comments on CBS’s “Face the Nation” television program this morning following a meeting here with Secretary of State Henry Kissinger."),
        # Not rows: the "Face the Nation" programme (a TV interview; CBS annotated); "resuming
        # talks at the Geneva peace conference" (a conference); "an interim agreement between Egypt
        # and Israel" (no meeting); "shuttle diplomacy" (not wanted: hypothetical); "We'll continue
        # to maintain communications through diplomatic channels" (no specific contact);
        # "Kissinger told the reporters" (a statement). Kept as found: "expect to say" (for
        # "except"), "90 minute" beside "90-minute", the archive's line "See Original Daily
        # Bulletin From This Date" under the date line, the double blank line. Removed: at the
        # start, the archive's line "Search JTA's historical archive dating back to 1923"; at the
        # end, the last, cut-off sentence ("Rabin decl").
    ],
    roles=[("Israeli Premier", "yitzhak_rabin"), ("Secretary of State", "henry_kissinger"),
           ("The Premier", "yitzhak_rabin")],
)

_CC = ("[FBIS Translated Text] On Wednesday [5 July] evening, Cuban head of state Fidel Castro received Mexican National Action Party [PAN] President Carlos Castillo Peraza at the Council of State facilities.")
A["test_11003_castro_castillo_peraza_havana"] = dict(
    actors={
        "fidel_castro": ["Fidel Castro", "Castro"],
        "carlos_castillo_peraza": ["Carlos Castillo Peraza", "Carlos Castillo", "Castillo Peraza", "Castillo"],
        "national_action_party_mexico": ["National Action Party", "PAN"],
    },
    meetings=[
        # "On Wednesday [5 July] evening, Cuban head of state Fidel Castro received ... Carlos
        # Castillo Peraza at the Council of State facilities." ("During talks ... Fidel Castro and
        # Carlos Castillo discussed", "Just before the dialogue began": the same) -> held,
        # 1995-07-05 (the weekday and FBIS's bracketed day agree), Havana (the Council of State
        # facilities, an official building resolved to its city as ANNOTATION's "White House ->
        # Washington"; the header is "Havana Radio Havana Cuba"; a reader could write Cuba).
        M(["fidel_castro", "carlos_castillo_peraza"], "1995-07-05", "Havana", IP, H, _CC),
        # Not rows: "the Cuban president held a brief meeting with Cuban and foreign media" (the
        # media; unnamed); "We already had a visit by a delegation of senators. We talked
        # extensively with them" (unnamed senators); "when I visited Mexico for the change of
        # government, we were talking with various parliamentary representatives at a meeting"
        # (unnamed); "Castillo is concluding a one-week official visit to our country at the
        # invitation of the supreme Cuban leader" (the same visit). Not annotated: FBIS (the
        # translating service's header and "[FBIS Translated Text]" tag), Radio Havana Cuba (the
        # source line), Isidro Parrales (the reporter's byline). Kept as found: the header lines,
        # FBIS's bracketed insertions, "[pauses]", "[words indistinct]", "for use" (for "us").
        # Removed: at the start, the site line "Latin American Network Information Center -
        # LANIC"; at the end, the last, cut-off sentence ("The truth is that I think").
    ],
    roles=[("Cuban head of state", "fidel_castro"), ("the supreme Cuban leader", "fidel_castro"),
           ("the Cuban president", "fidel_castro")],
)

_KG = ("Accra, Oct. 30, GNA- President John Agyekum Kufuor on Thursday left Accra for Abidjan, Ivory Coast, to consult with the Ivorian leader, Laurent Gbagbo, on the need to consolidate peace in that country.")
_KO = ("The President flew on a Nigerian presidential plane to the Ivorian capital and will be joined there by President Olusegun Obasanjo of Nigeria.")
A["dev_11004_kufuor_gbagbo_abidjan_planned"] = dict(
    actors={
        "john_agyekum_kufuor": ["President John Agyekum Kufuor", "John Agyekum Kufuor", "President Kufuor", "Kufuor"],
        "laurent_gbagbo": ["Laurent Gbagbo"],
        "henri_konan_bedie": ["Konan Bedie"],
        "kwabena_agyapong": ["Mr Kwabena Agyapong", "Kwabena Agyapong", "Mr Agyapong"],
        "olusegun_obasanjo": ["President Olusegun Obasanjo", "Olusegun Obasanjo"],
        "aliu_mahama": ["Vice President Aliu Mahama", "Aliu Mahama"],
        "owusu_nsiah": ["Owusu Nsiah"],
        "ecowas": ["Economic Community of West African States", "ECOWAS"],
        "french_government": ["French Government"],
    },
    meetings=[
        # "President John Agyekum Kufuor on Thursday left Accra for Abidjan ... to consult with the
        # Ivorian leader, Laurent Gbagbo" ("Thursday's trip", "He is expected back later in the
        # day": the same) -> planned (the consultation is still ahead when the story is filed:
        # "will be joined there", "is expected back"), 2003-10-30 (a day trip that Thursday),
        # Abidjan.
        M(["john_agyekum_kufuor", "laurent_gbagbo"], "2003-10-30", "Abidjan", IP, P, _KG),
        # "... will be joined there by President Olusegun Obasanjo of Nigeria." -> Kufuor-Obasanjo
        # planned, 2003-10-30, Abidjan ("there" = "the Ivorian capital", named Abidjan in the
        # lead). Obasanjo-Gbagbo: not stated (Obasanjo joins Kufuor; that he meets Gbagbo is an
        # inference) -> required false.
        M(["john_agyekum_kufuor", "olusegun_obasanjo"], "2003-10-30", "Abidjan", IP, P, _KO),
        M(["olusegun_obasanjo", "laurent_gbagbo"], "2003-10-30", "Abidjan", IP, P, _KO, False),
        # "President Kufuor had been consulting with other key players, including former President
        # Konan Bedie, on the Ivorian crisis." -> held, date null, place null, required false
        # (consultations of unstated number, kind and day; "These meetings" in the next sentence
        # calls them meetings; see the notes).
        M(["john_agyekum_kufuor", "henri_konan_bedie"], None, None, IP, H,
          "Briefing pressmen at the Kotoka Internation Airport, Mr Kwabena Agyapong, Presidential Press Secretary, said President Kufuor had been consulting with other key players, including former President Konan Bedie, on the Ivorian crisis.", False),
        # Not rows: "Briefing pressmen" (a briefing); "the peace accords signed in the French town
        # of Marcoussis and Accra", "The accords, brokered by the French Government and West
        # African leaders in March this year, followed peace talks" (accords; talks of unnamed
        # parties); "Vice President Aliu Mahama and the Inspector General of Police Owusu Nsiah
        # saw the President off" (a send-off at the airport, not a meeting; a reader could add an
        # optional row; see the notes). Not annotated: GNA (the agency's credit in "Source: GNA"
        # and the dateline). Kept as found: "Kotoka Internation Airport", "GNA-" without a space.
        # Removed: at the start, the site's breadcrumb line "You are here: HomeNews2003 10
        # 30Article 45795". Nothing cut off at the end.
    ],
    roles=[("the Ivorian leader", "laurent_gbagbo"), ("former President", "henri_konan_bedie"),
           ("Presidential Press Secretary", "kwabena_agyapong"),
           ("Chairman of Economic Community of West African States", "john_agyekum_kufuor"),
           ("The President", "john_agyekum_kufuor"), ("Vice President", "aliu_mahama"),
           ("the Inspector General of Police", "owusu_nsiah")],
)

A["dev_11005_yang_shangkun_ochirbat_ulan_bator"] = dict(
    actors={
        "yang_shangkun": ["Chinese President Yang Shangkun", "Yang Shangkun", "Yang"],
        "punsalmaagiin_ochirbat": ["Mongolian President Punsalmaagiyn Ochirbat", "Punsalmaagiyn Ochirbat", "Ochirbat"],
        "xinhua_news_agency": ["New China News Agency"],
    },
    meetings=[
        # "His summit in Ulan Bator with Mongolian President Punsalmaagiyn Ochirbat marked ..."
        # (the headline "China-Mongolia Summit", "a four-day visit to Mongolia", "During Yang's
        # trip": the same) -> held, date null (during the four-day visit that ended on Thursday,
        # 1991-08-29; no day for the summit), Ulan Bator.
        M(["yang_shangkun", "punsalmaagiin_ochirbat"], None, "Ulan Bator", IP, H,
          "His summit in Ulan Bator with Mongolian President Punsalmaagiyn Ochirbat marked a major expansion of Sino-Mongolian economic, political and cultural ties, virtually severed in the early 1960s when Sino-Soviet relations sharply deteriorated."),
        # Not rows: "an agreement was signed", "The two sides also signed agreements" (signings of
        # unnamed signatories); "normalization of Sino-Soviet ties in 1989 and Sino-Mongolian ties
        # last year" (no meeting); "Ochirbat called the agreement" (a statement); "the official
        # New China News Agency reported" (the agency cited; annotated under the corpus's
        # `xinhua_news_agency`). Kept as found: the double blank lines. Removed: at the end, the
        # last, cut-off sentence ("Yang, speaking Thursday with a Mongolian television station
        # before flying to China's Inner Mongolia Autonomous Region, said his talks were
        # "fruitful" and promoted "mutual"), which held an interview (no row) and the only other
        # mention of the talks.
    ],
    roles=[("Chinese President", "yang_shangkun"), ("Mongolian President", "punsalmaagiin_ochirbat")],
)

_HC = ("“This resulted in my secret meeting with (the then) H.E. Chavalit Yongchaiyudh, a powerful Thai army chief, on Oct. 27, 1988 and my open visit to Bangkok in January 1989,” he added.")
A["dev_11006_hun_sen_chavalit_photo_recollection"] = dict(
    actors={
        "hun_sen": ["Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech Techo Hun Sen", "Hun Sen"],
        "chavalit_yongchaiyudh": ["H.E. Chavalit Yongchaiyudh", "Chavalit Yongchaiyudh"],
        "tea_banh": ["Samdech Pichey Sena Tea Banh", "Tea Banh"],
        "cham_prasidh": ["H.E. Cham Prasidh", "Cham Prasidh"],
        "khmer_rouge": ["Khmer Rouge"],
    },
    meetings=[
        # "This resulted in my secret meeting with (the then) H.E. Chavalit Yongchaiyudh ... on
        # Oct. 27, 1988" -> held, 1988-10-27 (explicit), place null (not given).
        M(["hun_sen", "chavalit_yongchaiyudh"], "1988-10-27", None, IP, H, _HC),
        # "... and my open visit to Bangkok in January 1989" -> a visit whose hosts are not named
        # (ANNOTATION: trips with no host named are not rows) -> a one-party row (Hun Sen), held,
        # date null (month only), Bangkok, required false.
        M(["hun_sen"], None, "Bangkok", IP, H, _HC, False),
        # Not rows: "Hun Sen shared on his Facebook page this morning an old photo" (a post);
        # "this photo handed over to me this Sunday by a former Belgian journalist" (a handover by
        # an unnamed person); "traveled secretly to Thailand by crossing a rail bridge in Poipet"
        # on Sept. 19, 1989 (a trip; whom he met is in the removed, cut-off sentence); "the senior
        # officials who accompanied him ... included ... Tea Banh ... Cham Prasidh ... and a
        # senior Thai army officer" (companions, not a meeting; the officer unnamed); "the
        # trilateral group" (unnamed factions). Kept as found: "2019 –Prime Minister" (no space
        # after the dash), "there was soldiers", "there were full of mine fields". Nothing
        # removed at the start; at the end, the last, cut-off sentence ("“I travelled secretly to
        # Bangkok on Sept. 19, 1989 on").
    ],
    roles=[("a powerful Thai army chief", "chavalit_yongchaiyudh"), ("the Premier", "hun_sen"),
           ("Samdech Techo Prime Minister", "hun_sen"),
           ("current Deputy Prime Minister and Minister of National Defence", "tea_banh"),
           ("current Senior Minister and Minister of Industry and Handicraft", "cham_prasidh")],
)

A["test_11007_fiame_mahuta_vailima_luncheon"] = dict(
    actors={
        "fiame_naomi_mataafa": ["Fiame Naomi Mataafa", "Fiame"],
        "nanaia_mahuta": ["Minister Mahuta", "Mahuta"],
        "jacinda_ardern": ["Honourable Jacinda Ardern", "Jacinda Ardern"],
        "national_university_of_samoa": ["National University of Samoa"],
    },
    meetings=[
        # "Prime Minister, Fiame Naomi Mataafa hosted a luncheon in honor of the Minister of
        # Foreign Affairs of NZ and her delegation at RLS Museum, Vailima on Friday." ("Minister
        # Mahuta's visit", "the opportunity to have a broad ranging exchange with you Minister
        # Mahuta": the same visit) -> held, 2023-04-21 ("on Friday" in a Sunday page), Vailima
        # (the most specific named locality; "RLS Museum" is a building). The minister is named
        # by role in this sentence and by name elsewhere (ANNOTATION: the named actor is listed).
        M(["fiame_naomi_mataafa", "nanaia_mahuta"], "2023-04-21", "Vailima", IP, H,
          "Prime Minister, Fiame Naomi Mataafa hosted a luncheon in honor of the Minister of Foreign Affairs of NZ and her delegation at RLS Museum, Vailima on Friday."),
        # ""Honourable Jacinda Ardern with her multi-party and multi-sectoral delegation in August
        # last year to commemorate ..."" (a quoted sentence without its verb: Ardern's visit, told
        # by Fiame as host) -> held, date null (month only), place null (not stated), required
        # false (the meeting with Fiame is implied, not stated; see the notes).
        M(["jacinda_ardern", "fiame_naomi_mataafa"], None, None, IP, H,
          "\"Honourable Jacinda Ardern with her multi-party and multi-sectoral delegation in August last year to commemorate not only the 60th Anniversary of our independence but also the 60th Anniversary of the Treaty of Friendship between Samoa and New Zealand,\" she said.", False),
        # Not rows: "Mahuta visited the National University of Samoa" (a visit to an institution;
        # no person named); "the visits you undertook and agreements signed" (unspecified);
        # "our hosting of CHOGM next year" (a summit). Kept as found: "Prime Minister, Fiame" (a
        # comma after the title), the quotation that opens with "Your visit also comes post
        # Covid-19. without a close. Removed: the search tool's " date 2023-04-23" prefix at the
        # start; at the end, the last, cut-off sentence ("In my recent visit to London to attend
        # the Commonwealth Foreign Affairs Ministers' meeting, it was also").
    ],
    roles=[("the Minister of Foreign Affairs of NZ", "nanaia_mahuta"),
           ("Prime Minister", "fiame_naomi_mataafa")],
)

A["dev_11008_obama_harper_ottawa_first_meeting"] = dict(
    actors={
        "barack_obama": ["President Obama", "Mr. Obama", "Obama"],
        "stephen_harper": ["Canadian Prime Minister Stephen Harper", "Stephen Harper", "Mr. Harper"],
    },
    meetings=[
        # "President Obama and Canadian Prime Minister Stephen Harper said their first meeting
        # Thursday was a success ..." (the joint press conference and "Each took two questions":
        # the same day's encounter) -> held, 2009-02-19, Ottawa (the dateline; the meeting is
        # placed by "his first foreign trip" and the dateline only).
        M(["barack_obama", "stephen_harper"], "2009-02-19", "Ottawa", IP, H,
          "OTTAWA, CanadaPresident Obama and Canadian Prime Minister Stephen Harper said their first meeting Thursday was a success that could foster neighborly cooperation on economic and energy issues, while avoiding the thorny topic of troop levels in Afghanistan and Mr. Obama’s one-time tough talk on trade agreements."),
        # Not rows: "Mr. Obama greeted Canadian leaders" (unnamed); "held a joint press conference
        # with Mr. Harper" (the same encounter; a news conference); "a new "U.S.-Canada clean
        # energy dialogue"" and "the group commits senior officials" (a future dialogue of unnamed
        # officials); "announced Tuesday he would be sending 17,000 more troops" (a statement).
        # Not annotated: The Washington Times (the outlet's header). Kept as found:
        # "CanadaPresident" (no space after the dateline), the final quotation without its close
        # ("presented to me. …"). Removed: at the end, the last, cut-off sentence ("In terms of
        # length, how long we might be there, obvious").
    ],
    roles=[("Canadian Prime Minister", "stephen_harper"), ("The president", "barack_obama")],
)

A["dev_11009_koirala_india_visit_1991"] = dict(
    actors={
        "girija_prasad_koirala": ["Girija Prasad Koirala", "Koirala"],
        "saarc": ["SAARC"],
    },
    meetings=[
        # "Contrary to the norm, Girija Prasad Koirala's visit to India last fortnight was short on
        # rhetoric but long on achievement." ("The two-day talks were beneficial for both sides",
        # "Koirala got India to accommodate": the same visit) -> the Indian side is not named, even
        # by role: a one-party row (Koirala), held, date null ("last fortnight"), India, required
        # false (as batch 55a's talks in Abu Dhabi with an unnamed side; see the notes). A
        # near-zero control.
        M(["girija_prasad_koirala"], None, "India", IP, H,
          "Contrary to the norm, Girija Prasad Koirala's visit to India last fortnight was short on rhetoric but long on achievement.", False),
        # Not rows: "An agreement on water resource development was also signed" (a signing of
        # unnamed signatories); "the recent SAARC debacle" (a summit; SAARC annotated); "his
        # opponents will try" (unnamed); "Palace suspicion" (the palace as an institution; not
        # annotated). Kept as found: the glued headline and sentences ("Fruitful visitContrary",
        # "satisfied.The", "oblivion.On", "economy.An", "hydro-electricity.Diplomatically",
        # "bully.But", "crossed.Published") and the line "Published By: AtMigration Published On:
        # Dec 31, 1991" (the date line). Removed: at the end, the archive's marker "--- ENDS ---".
        # Nothing removed at the start.
    ],
    roles=[("Nepal's first democratically elected prime minister in 30 years", "girija_prasad_koirala")],
)

_VI = ("Prague, 2 May 2001 (RFE/RL) -- Vladimir Voronin, Moldova's new communist president, held talks yesterday (Tuesday) in Bucharest with Romanian President Ion Iliescu and Prime Minister Adrian Nastase.")
A["dev_11010_voronin_iliescu_bucharest"] = dict(
    actors={
        "vladimir_voronin": ["Moldovan President Vladimir Voronin", "Vladimir Voronin", "Voronin"],
        "ion_iliescu": ["Ion Iliescu", "Iliescu"],
        "adrian_nastase": ["Adrian Nastase"],
        "vladimir_putin": ["Vladimir Putin"],
    },
    meetings=[
        # "Vladimir Voronin ... held talks yesterday (Tuesday) in Bucharest with Romanian President
        # Ion Iliescu and Prime Minister Adrian Nastase." (the lead's "At a meeting this week in
        # Bucharest", "Iliescu and Voronin looked at ways": the same) -> a meeting of three named
        # people: Voronin-Iliescu and Voronin-Nastase held, 2001-05-01, Bucharest;
        # Iliescu-Nastase (the host side) required false, as batch 55a's host pairs.
        M(["vladimir_voronin", "ion_iliescu"], "2001-05-01", "Bucharest", IP, H, _VI),
        M(["vladimir_voronin", "adrian_nastase"], "2001-05-01", "Bucharest", IP, H, _VI),
        M(["ion_iliescu", "adrian_nastase"], "2001-05-01", "Bucharest", IP, H, _VI, False),
        # "Two weeks ago, Voronin traveled to Moscow, where he met with Russian President Vladimir
        # Putin and other top officials." -> held, date null ("Two weeks ago"), Moscow.
        M(["vladimir_voronin", "vladimir_putin"], None, "Moscow", IP, H,
          "Two weeks ago, Voronin traveled to Moscow, where he met with Russian President Vladimir Putin and other top officials."),
        # Not rows: "other top officials" (unnamed); "he was elected president by Moldova's
        # Communist-dominated parliament less than a month ago (April 4)" (an election); "RFE/RL
        # correspondent Eugen Tomiuc reports" (the byline in the standfirst; not annotated, nor is
        # RFE/RL, the outlet's credit). Kept as found: the standfirst paragraph, "(Tuesday)".
        # Removed: at the start, the site lines "Accessibility links" and "Breaking News"; at the
        # end, the last, cut-off sentence ("Since his election, Voronin has pledged to tighten
        # economic and political relations with Russia and to pursue eventual membership").
    ],
    roles=[("his Romanian counterpart", "ion_iliescu"), ("Romanian President", "ion_iliescu"),
           ("Moldova's new communist president", "vladimir_voronin"), ("Prime Minister", "adrian_nastase"),
           ("Russian President", "vladimir_putin")],
)

A["test_11011_alfano_kneissl_call"] = dict(
    actors={
        "angelino_alfano": ["Italian Foreign Minister Angelino Alfano", "Angelino Alfano", "Alfano"],
        "karin_kneissl": ["Karin Kneissl", "Minister Kneissl", "Kneissl"],
        "sebastian_kurz": ["Chancellor Kurz"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "Italian Foreign Minister Angelino Alfano reiterated ... in a telephone conversation with
        # his Austrian counterpart Karin Kneissl on Thursday." (the headline "Alfano tells Vienna",
        # the subhead "Italian foreign minister speaks to Austrian counterpart", "who congratulated
        # Kneissl": the same call) -> phone, held, 2017-12-21 ("on Thursday" under the dateline
        # "Rome, December 21", a Thursday), place null (a call).
        M(["angelino_alfano", "karin_kneissl"], "2017-12-21", None, PH, H,
          "Rome, December 21 - Italian Foreign Minister Angelino Alfano reiterated the need to continue to honour the 1946 Gruber-De Gasperi agreement that formed the basis of the autonomous status of Alto Adige in a telephone conversation with his Austrian counterpart Karin Kneissl on Thursday."),
        # "Minister Kneissl and I have decided to set up a meeting in the next few weeks" ->
        # planned, date null ("in the next few weeks"), place null. The evidence is the quoted
        # sentence (it ends the quotation, with "." after the closing quotation mark).
        M(["angelino_alfano", "karin_kneissl"], None, None, IP, P,
          "In the spirit of mutual trust and staunch collaboration that mark relations between two EU member states, Minister Kneissl and I have decided to set up a meeting in the next few weeks"),
        # Not rows: "The important speech made yesterday by Chancellor Kurz" (a speech); "the 1946
        # Gruber-De Gasperi agreement" (an agreement; not an actor); "according to a foreign
        # ministry statement" (a statement; the ministry is not named as a body, as batch 55a's
        # press service). Kept as found: the section label "Rome", the headline printed twice with
        # its "(2)", "agreement- Alfano", "congratulated Kneissl on his appointment". Removed: the
        # search tool's " date 2017-12-21" prefix at the start; at the end, the site's comment box
        # and lists of other stories (from "Lascia il tuo commento" on). Nothing cut off.
    ],
    roles=[("Italian Foreign Minister", "angelino_alfano"), ("Italian foreign minister", "angelino_alfano"),
           ("his Austrian counterpart", "karin_kneissl"), ("Austrian counterpart", "karin_kneissl"),
           ("Chancellor", "sebastian_kurz")],
)

A["dev_11012_martens_reagan_missile_talks"] = dict(
    actors={
        "wilfried_martens": ["Belgian Prime Minister Wilfried Martens", "Wilfried Martens", "Martens"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "flemish_social_christian_party": ["Flemish Social Christian party"],
        "la_libre_belgique": ["La Libre Belgique"],
        "nato": ["NATO"],
    },
    meetings=[
        # "Belgian Prime Minister Wilfried Martens arrived Sunday on a delicate mission of
        # mollifying President Reagan ..." (the headline "Belgian Arrives For Missile Talks",
        # "Reagan was prepared to tell Martens": the same coming talks) -> planned, date null (the
        # talks are not given a day; the arrival was Sunday, 1985-01-13; a reader could write
        # 1985-01-14, the paper's day), Washington (the dateline; the visitor has arrived there).
        M(["wilfried_martens", "ronald_reagan"], None, "Washington", IP, P,
          "WASHINGTON — Belgian Prime Minister Wilfried Martens arrived Sunday on a delicate mission of mollifying President Reagan and leaders of his own party on the touchy subject of installing cruise missiles in his country."),
        # Not rows: "leaders of his own party" (unnamed); "IN AN INTERVIEW with the Belgian
        # publication La Libre Belgique, Reagan said" (an interview); "arms-control talks with the
        # Soviets", "a Geneva agreement" (negotiations of unnamed parties); "NATO's two-track
        # decision" (a decision; NATO annotated). Not annotated: United Press International (the
        # byline credit). Kept as found: the date line "January 14, 1985|By United Press
        # International.", the backticks (America`s, NATO`s, ``...``), "IN AN INTERVIEW" in
        # capitals, the line break inside the quotation ("renewed / negotiations"). Nothing
        # removed: the excerpt starts with the headline and ends with a whole sentence.
    ],
    roles=[("Belgian Prime Minister", "wilfried_martens")],
)
