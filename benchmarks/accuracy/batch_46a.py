"""Accuracy corpus, batch 46a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1970s, 1980s, 1990s, 2000s,
2010s and 2020s (1970s: one, 1980s: two, 1990s: two, 2000s: two, 2010s: three, 2020s: two; five
of the twelve from before 2000, as the brief asked), over eleven regions (East Asia: two; Central
Asia/Caucasus, South Asia, Middle East, Africa, Latin America, Western Europe, Eastern
Europe/Russia, North America, Southeast Asia, Oceania: one each). Outlets/sites: Radio Free
Europe/Radio Liberty (rferl.org, its "Kyrgyz Report"), United Press International (upi.com), the
Chicago Tribune (articles.chicagotribune.com), Arab News (arabnews.com), Time (two archive
mirrors, 487790.bceovw70.asia and 20.210.105.67), teleSUR English (telesurenglish.net), the Irish
Independent (independent.ie), the Los Angeles Times (latimes.com archives, Reuters copy), iPolitics
(old.ipolitics.ca), Connecticut Public (ctpublic.org, an NPR story) and the Prime Minister's
Office of Tonga (pmo.gov.to). independent.ie, old.ipolitics.ca, ctpublic.org and pmo.gov.to are
new to the corpus as sites (as far as `sources.csv` and the batch files show); the other sites
were used before, the pages and the stories are new. Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_46a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-45b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_90NN_<slug>` / `test_90NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The report's own date lines "Kyrgyz Report: September 14, 1999" and "14 September 1999"
    # (1999-09-14 is a Tuesday): the meeting with Schroeder "in Berlin on 13 September" ->
    # 1999-09-13 (explicit; the year of publication); "met with authorities of Berlin on 12
    # September" -> 1999-09-12; the meeting with Rau and the Bundestag's president has no day ->
    # null.
    ("dev_9001_akayev_schroeder_berlin", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org, Kyrgyz Report)", "https://rferl.org/amp/1343646.html", "1999-09-14"),
    # The dateline "COLOMBO, Sri Lanka, Nov. 12 (UPI)" and the URL's 2003/11/12 (a Wednesday):
    # "the Wednesday meeting" = 2003-11-12; "agreed to meet again" has no day -> null; "last
    # week" (the sackings) and "in 1999", "in 1983" -> no rows.
    ("dev_9002_kumaratunga_wickremesinghe_talks", "South Asia", "2000s", "United Press International (upi.com)", "https://www.upi.com/Top_News/2003/11/12/No-progress-reported-in-Sri-Lankan-talks/39621068686495/", "2003-11-12"),
    # The date line "November 12, 1995" (a Sunday; the URL's 1995-11-12 agrees): "South Korea
    # said Saturday" = 1995-11-11; the meeting "next Saturday" (and "next week") -> the Saturday
    # after the statement and after the paper's date alike, 1995-11-18 (see the notes).
    ("test_9003_kim_murayama_osaka_planned", "East Asia", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1995-11-12/news/9511120257_1_summit-meeting-south-korea-foreign-ministry", "1995-11-12"),
    # No date line in the excerpt; the search result's date field 2021-03-25 (a Thursday), which
    # the text's "on Thursday" fits: the video call = 2021-03-25; the invited visit "in the near
    # future" -> null.
    ("dev_9004_salman_kadhimi_video_call", "Middle East", "2020s", "Arab News (arabnews.com)", "https://www.arabnews.com/node/1831917/saudi-arabia", "2021-03-25"),
    # The date line "Monday, Jul. 03, 1989" (1989-07-03 is a Monday; the URL's Time1989/1989-07-03
    # agrees; Time's cover date): the handshake "last week" -> null.
    ("dev_9005_dos_santos_savimbi_gbadolite", "Africa", "1980s", "Time (archive mirror at 487790.bceovw70.asia)", "http://487790.bceovw70.asia/txt/time/Time1989/1989-07-03/958047.html", "1989-07-03"),
    # The date line "Published 19 April 2021" (a Monday; the URL's 20210419 agrees): Lasso "on
    # Monday night will travel to Bogota to meet" Duque -> the travel is 2021-04-19, the meeting's
    # day is not given -> null; the call "On that day" = the day "the runoff election results were
    # released on April 11" -> 2021-04-11 (the year of publication).
    ("dev_9006_lasso_duque_bogota_planned", "Latin America", "2020s", "teleSUR English (telesurenglish.net)", "https://www.telesurenglish.net/news/Ecuador-Guillero-Lasso-To-Meet-With-Ivan-Duque-In-Colombia-20210419-0007.html", "2021-04-19"),
    # No article date on the page; the page header's "Wednesday 21 August 2019" is the site's
    # current-date display (removed at the start, as batch 41b's "Montevideo, November 22nd
    # 2024"). The text pins the date: "It will be 30 years ago tomorrow since ... signed the
    # Anglo-Irish Agreement" with the caption's "on November 15 1985" -> published 2015-11-14 (a
    # Saturday; "This weekend 30 years ago"). The meeting "On a cold Friday morning" = 1985-11-15
    # (a Friday; explicit in the caption).
    ("test_9007_thatcher_fitzgerald_hillsborough", "Western Europe", "2010s", "Irish Independent (independent.ie)", "https://www.independent.ie/life/flashback-1985-the-signing-of-the-angloirish-agreement-34190246.html", "2015-11-14"),
    # No date line in the excerpt; the URL's la-xpm-1985-11-22 (a Friday): the leaders "Thursday
    # endorsed" = 1985-11-21 (their meeting, not a row); the private talks with Husak that preceded
    # it on the stopover have no day of their own -> null (see the notes); the Geneva summit ->
    # null.
    ("dev_9008_gorbachev_husak_prague", "Eastern Europe/Russia", "1980s", "Los Angeles Times (latimes.com archives, from Reuters)", "https://www.latimes.com/archives/la-xpm-1985-11-22-mn-1039-story.html", "1985-11-22"),
    # The date line "Published November 26th, 2019 at 6:32pm" (a Tuesday; the URL's 2019/11/26
    # agrees): "will meet in private on Friday evening" -> 2019-11-29; the caption's "on Nov. 19,
    # 2018" (explicit) -> 2018-11-19; "On Tuesday" (Legault at the National Assembly) = the day of
    # publication, no row.
    ("dev_9009_ford_legault_montreal_planned", "North America", "2010s", "iPolitics (old.ipolitics.ca)", "https://old.ipolitics.ca/2019/11/26/ford-legault-to-meet-in-private-on-friday-evening-in-montreal", "2019-11-26"),
    # No date line in the excerpt; the URL's 2007-06-22 (a Friday): "at a Friday meeting" =
    # 2007-06-22; the caption's "June 21, 2007" (explicit) dates the meeting at the Capitol.
    ("dev_9010_bush_triet_white_house", "Southeast Asia", "2000s", "Connecticut Public (ctpublic.org, NPR)", "https://ctpublic.org/2007-06-22/bush-vietnam-president-hold-historic-meeting", "2007-06-22"),
    # The release's date line "(26 May 2015)" (a Tuesday): the bilateral "on 23 May 2015 ... that
    # afternoon" -> 2015-05-23 (a Saturday; explicit); "in February 2015" and "earlier in May
    # 2015" are month-only -> null.
    ("test_9011_abe_pohiva_iwaki", "Oceania", "2010s", "Prime Minister's Office of Tonga (pmo.gov.to)", "http://www.pmo.gov.to/bilateral-meeting-prime-minister-abe-of-japan-and-prime-minister-pohiva-of-tonga-2/", "2015-05-26"),
    # The date line "Monday, Oct. 22, 1973" (1973-10-22 is a Monday; the URL's
    # Time1973/1973-10-22 agrees; Time's cover date): the talks "last week" in a "four-day
    # visit" -> null.
    ("dev_9012_tanaka_brezhnev_moscow", "East Asia", "1970s", "Time (archive mirror at 20.210.105.67)", "http://20.210.105.67/txt/time/Time1973/1973-10-22/908047.html", "1973-10-22"),
]

A = {}

_AR = ("Also, Akayev met in Berlin with President Johannes Rau as well as the President of the German Bundestag.")
A["dev_9001_akayev_schroeder_berlin"] = dict(
    actors={
        "askar_akayev": ["Kyrgyz President Askar Akayev", "Askar Akayev", "President Akayev", "Akayev"],
        "gerhard_schroeder": ["German Chancellor Gerhard Schroeder", "Gerhard Schroeder", "Chancellor Schroeder"],
        "esengul_omuraliev": ["Vice Prime Minister Esengul OmurAliyev", "Esengul OmurAliyev",
                              "Deputy Prime Minister Omuraliev", "Omuraliev",
                              "Deputy Prime Minister Esengul Omuraliev", "Esengul Omuraliev"],
        "johannes_rau": ["President Johannes Rau", "Johannes Rau"],
        "bundestag": ["German Bundestag"],
        "rfe_rl": ["RFE/RL"],
        "university_of_bonn": ["Bonn University"],
    },
    meetings=[
        # "Kyrgyz President Askar Akayev met with German Chancellor Gerhard Schroeder in Berlin on
        # 13 September" (the headline "AKAYEV MEETS GERMAN CHANCELLOR", "the first state leader
        # to meet with the German Chancellor in the new residence", "Chancellor Schroeder promised
        # to consider the issue": the same meeting, one row) -> held, 1999-09-13, Berlin.
        M(["askar_akayev", "gerhard_schroeder"], "1999-09-13", "Berlin", IP, H,
          "Kyrgyz President Askar Akayev met with German Chancellor Gerhard Schroeder in Berlin on 13 September."),
        # "Akayev met in Berlin with President Johannes Rau" -> held, date null (no day for it),
        # Berlin.
        M(["askar_akayev", "johannes_rau"], None, "Berlin", IP, H, _AR),
        # "... as well as the President of the German Bundestag" (given by role alone) -> a
        # one-party row, held, date null, Berlin.
        M(["askar_akayev"], None, "Berlin", IP, H, _AR),
        # "President Akayev and the Kyrgyz delegation met with authorities of Berlin on 12
        # September" (an unnamed group of city officials) -> a one-party row, held, 1999-09-12,
        # Berlin; required False (see the notes).
        M(["askar_akayev"], "1999-09-12", "Berlin", IP, H,
          "President Akayev and the Kyrgyz delegation met with authorities of Berlin on 12 September and visited the city of Potsdam in the afternoon of 13 September.",
          False),
        # Not rows: OmurAliyev/Omuraliev "attended the meeting" (an attendee, no pair row, as
        # ANNOTATION's "sat in on"); the agreements "signed in Bonn between the German and Kyrgyz
        # governments" (no one named); the Kyrgyz delegation's meeting "with German businessmen"
        # in Cologne (no one named on either side); the doctrine presented at Bonn University (a
        # speech). "an RFE/RL correspondent" is the outlet's own reporter (RFE/RL annotated as
        # named in the body, as batch 45a's ORT). The two spellings "OmurAliyev" and "Omuraliev"
        # are kept as found. Removed: the last, cut-off sentence ("In Dusseldorf, they met with
        # the leadership of the").
    ],
    roles=[("Kyrgyz President", "askar_akayev"), ("German Chancellor", "gerhard_schroeder"),
           ("the German Chancellor", "gerhard_schroeder"), ("Vice Prime Minister", "esengul_omuraliev"),
           ("Deputy Prime Minister", "esengul_omuraliev")],
)

A["dev_9002_kumaratunga_wickremesinghe_talks"] = dict(
    actors={
        "chandrika_kumaratunga": ["Sri Lankan President Chandrika Kumaratunga", "Chandrika Kumaratunga", "Kumaratunga"],
        "ranil_wickremesinghe": ["Prime Minister Ranil Wickramasinghe", "Ranil Wickramasinghe", "Wickramasinghe"],
        "bbc": ["BBC"],
        "ltte": ["Tamil Tiger", "Tigers"],
    },
    meetings=[
        # "The BBC said the Wednesday meeting was the first since Sri Lankan President Chandrika
        # Kumaratunga fired several top ministers" (the headline's "Sri Lankan talks", the lead's
        # "inconclusive talks" of "Sri Lanka's president and prime minister": the same meeting) ->
        # held, 2003-11-12, Colombo (the dateline; the text names no other place; see the notes).
        M(["chandrika_kumaratunga", "ranil_wickremesinghe"], "2003-11-12", "Colombo", IP, H,
          "The BBC said the Wednesday meeting was the first since Sri Lankan President Chandrika Kumaratunga fired several top ministers and suspended parliament last week."),
        # "Sri Lanka's president and prime minister have reportedly agreed to meet again" (roles
        # resolved to the two named in the text) -> planned, date null, place null. Evidence
        # without the dateline credit "COLOMBO, Sri Lanka, Nov. 12 (UPI) --".
        M(["chandrika_kumaratunga", "ranil_wickremesinghe"], None, None, IP, P,
          "Sri Lanka's president and prime minister have reportedly agreed to meet again, after inconclusive talks designed to ease the country's constitutional crisis."),
        # Not rows: the sacking of "several top ministers" (unnamed); the "assassination attempt
        # in 1999" (not a meeting); the "peace process with Tamil Tiger rebels" (no meeting
        # described). "UPI" in the dateline is the outlet's credit (not annotated). The spellings
        # "Wickramasinghe" and "Aids to Prime Minister Ranil Wickramasinghe's said" are kept as
        # found. Removed: the "Advertisement" line at the start and the two inside the text
        # (after the BBC paragraph and after the last paragraph), and the widget line "Latest
        # Headlines" at the end.
    ],
    roles=[("Sri Lanka's president", "chandrika_kumaratunga"), ("the president", "chandrika_kumaratunga"),
           ("the prime minister", "ranil_wickremesinghe"), ("Sri Lankan President", "chandrika_kumaratunga")],
)

A["test_9003_kim_murayama_osaka_planned"] = dict(
    actors={
        "kim_young_sam": ["President Kim Young-sam", "Kim Young-sam", "Kim"],
        "tomiichi_murayama": ["Tomiichi Murayama"],
        "yonhap": ["Yonhap news agency", "Yonhap"],
        "south_korean_foreign_ministry": ["Foreign Ministry"],
        "apec": ["APEC"],
    },
    meetings=[
        # "a scheduled meeting next week between President Kim Young-sam and Japan's prime
        # minister" = "the meeting between Kim and Japan's Tomiichi Murayama next Saturday at the
        # APEC summit in Osaka" (one meeting) -> planned, 1995-11-18 ("next Saturday"), Osaka.
        # Required: threatened ("could not be held until ...", "how can we tell now") but not
        # cancelled ("no such plans at the moment to cancel"); see the notes.
        M(["kim_young_sam", "tomiichi_murayama"], "1995-11-18", "Osaka", IP, P,
          "An official at the Foreign Ministry said there were no such plans at the moment to cancel the meeting between Kim and Japan's Tomiichi Murayama next Saturday at the APEC summit in Osaka."),
        # Not rows: the APEC summit itself (a multilateral meeting); "remarks by a Japanese
        # minister" (unnamed; a statement); "a Foreign Ministry source" and "An official at the
        # Foreign Ministry" (unnamed). "Gary borg" is the byline (kept, lower-case "borg" as
        # found; not annotated). Removed: the section label "Around the world." at the start.
    ],
    roles=[("Japan's prime minister", "tomiichi_murayama")],
)

A["dev_9004_salman_kadhimi_video_call"] = dict(
    actors={
        "salman_bin_abdulaziz": ["Saudi Arabia’s King Salman", "King Salman"],
        "mustafa_al_kadhimi": ["Iraqi Prime Minister Mustafa Al-Kadhimi", "Mustafa Al-Kadhimi", "Al-Kadhimi"],
        "mohammed_bin_salman": ["Crown Prince Mohammed bin Salman", "Mohammed bin Salman"],
        "barham_salih": ["Iraqi President Barham Salih", "Barham Salih"],
        "saudi_iraqi_coordination_council": ["Saudi-Iraqi Coordination Council"],
    },
    meetings=[
        # "King Salman held talks with Iraqi Prime Minister Mustafa Al-Kadhimi on Thursday via
        # video call" ("During the meeting": the same) -> video, held, 2021-03-25, place null.
        # Evidence without the dateline "RIYADH: ".
        M(["salman_bin_abdulaziz", "mustafa_al_kadhimi"], "2021-03-25", None, VID, H,
          "Saudi Arabia’s King Salman held talks with Iraqi Prime Minister Mustafa Al-Kadhimi on Thursday via video call to discuss relations and developments in the region."),
        # "The king invited the premier to visit the Kingdom in the near future to meet with Crown
        # Prince Mohammed bin Salman" + "accepted the invitation" -> planned (ANNOTATION's "invited
        # ... and the invitation was accepted"), date null, Saudi Arabia (the Kingdom).
        M(["mustafa_al_kadhimi", "mohammed_bin_salman"], None, "Saudi Arabia", IP, P,
          "The king invited the premier to visit the Kingdom in the near future to meet with Crown Prince Mohammed bin Salman to discuss ways to strengthen relations."),
        # Not rows: "King Salman also extended greetings to Iraqi President Barham Salih"
        # (greetings, not a meeting); "recent visits by officials between the two countries"
        # (unnamed, no specific visit); the joint statement; "Baghdad said" (the government by
        # its capital, not annotated). Removed: the search tool's " date 2021-03-25" prefix only.
    ],
    roles=[("the king", "salman_bin_abdulaziz"), ("the premier", "mustafa_al_kadhimi"),
           ("Iraqi Prime Minister", "mustafa_al_kadhimi"), ("Iraqi President", "barham_salih")],
)

A["dev_9005_dos_santos_savimbi_gbadolite"] = dict(
    actors={
        "mobutu_sese_seko": ["President Mobutu Sese Seko", "Mobutu Sese Seko"],
        "jose_eduardo_dos_santos": ["Angolan President Eduardo dos Santos", "Eduardo dos Santos", "Dos Santos"],
        "jonas_savimbi": ["rebel leader Jonas Savimbi", "Jonas Savimbi", "Savimbi"],
        "unita": ["National Union for the Total Independence of Angola", "UNITA"],
    },
    meetings=[
        # "Angolan President Eduardo dos Santos and rebel leader Jonas Savimbi ... met there for a
        # handshake" ("there" = Mobutu's "country estate ... in northern Zaire"; "For a few hours
        # last week ... At the end of the one-day summit": the same encounter) -> held, date null
        # ("last week"), Zaire (no town is named; see the notes).
        M(["jose_eduardo_dos_santos", "jonas_savimbi"], None, "Zaire", IP, H,
          "The nickname, a reminder of the treaty that ended World War I, seemed especially apt last week as Angolan President Eduardo dos Santos and rebel leader Jonas Savimbi, the main antagonists in a 14-year-old civil war, met there for a handshake that might lead to a formal peace agreement."),
        # Not rows: Mobutu (the owner of the estate; the text does not say he met either man);
        # the "one-day summit, attended by 17 other African leaders" (a multilateral summit,
        # unnamed leaders); the "eight years of U.S.-brokered negotiations" (no one named). "By
        # Bruce W. Nelan" is the byline (not annotated). "Versailles-in- the-Jungle" and
        # "Russian- Cuban imperialism" are kept as found. Removed: the last, cut-off sentence ("With
        # the departure of Cuban and So").
    ],
    roles=[("Angolan President", "jose_eduardo_dos_santos"), ("rebel leader", "jonas_savimbi"),
           ("its leader", "jonas_savimbi")],
)

A["dev_9006_lasso_duque_bogota_planned"] = dict(
    actors={
        "guillermo_lasso": ["Ecuador's President-elect Guillermo Lasso", "Guillermo Lasso", "Lasso"],
        "ivan_duque": ["Colombian President Ivan Duque", "Ivan Duque", "Duque"],
        "ariel_avila": ["Colombian analyst Ariel Avila", "Ariel Avila"],
        "alvaro_uribe": ["former President Alvaro Uribe", "Alvaro Uribe"],
    },
    meetings=[
        # "Lasso and his wife on Monday night will travel to Bogota to meet with Colombian
        # President Ivan Duque" (the headline's "To Meet With President Duque In Colombia", "His
        # visit will take place", "The meeting between the two presidents will also be held": the
        # same) -> planned, date null (the travel is Monday night, the meeting's day is not
        # given), Bogota (spelled so in the text). The wife (unnamed) is an attendee.
        M(["guillermo_lasso", "ivan_duque"], None, "Bogota", IP, P,
          "Ecuador's President-elect Guillermo Lasso and his wife on Monday night will travel to Bogota to meet with Colombian President Ivan Duque."),
        # "On that day [April 11], Duque called the Ecuadorean politician to invite him to his
        # country." -> phone, held, 2021-04-11, place null.
        M(["ivan_duque", "guillermo_lasso"], "2021-04-11", None, PH, H,
          "On that day, Duque called the Ecuadorean politician to invite him to his country."),
        # Not rows: Duque's tweet (a statement); Ariel Avila's analysis; Lasso's pledge "Last
        # week" (a statement); the proceedings against Alvaro Uribe (no meeting). The photo
        # credit "Photo: EFE" is not annotated. Kept as found inside the text: the caption line
        # twice (once with a bullet) and the related-link line "Guillermo Lasso Is Ecuador's
        # President-Elect" between two paragraphs. Removed: the page header (the player and share
        # widgets "Live", "Audio Only", "google plus", "facebook", "twitter" and the breadcrumb
        # "News > Ecuador") and the end line "Post with no comments.".
    ],
    roles=[("the Ecuadorean politician", "guillermo_lasso"), ("Ecuador's President-elect", "guillermo_lasso"),
           ("Colombian President", "ivan_duque"), ("the Colombian president", "ivan_duque")],
)

A["test_9007_thatcher_fitzgerald_hillsborough"] = dict(
    actors={
        "margaret_thatcher": ["British Prime Minister Margaret Thatcher", "Margaret Thatcher", "Mrs Thatcher"],
        "garret_fitzgerald": ["Taoiseach Garret FitzGerald", "Garret FitzGerald", "An Taoiseach Dr Garret Fitzgerald",
                              "Dr Garret Fitzgerald", "Garret Fitzgerald", "Dr FitzGerald"],
        "geoffrey_howe": ["Geoffrey Howe"],
        "new_ireland_forum": ["New Ireland Forum"],
    },
    meetings=[
        # "On a cold Friday morning, Mrs Thatcher flew by helicopter into the castle grounds and
        # later met Dr FitzGerald." (the signing "on November 15 1985" at Hillsborough, the wait
        # before the media and the joint signing: the same encounter, one row) -> held, 1985-11-15,
        # Hillsborough (the village and its castle).
        M(["margaret_thatcher", "garret_fitzgerald"], "1985-11-15", "Hillsborough", IP, H,
          "On a cold Friday morning, Mrs Thatcher flew by helicopter into the castle grounds and later met Dr FitzGerald."),
        # Not rows: Geoffrey Howe, enlisted "to help in moving the furniture" (present, not a
        # party to the meeting; no pair rows, as ANNOTATION's attendees); "talks went on between
        # the governments" (no one named, no specific meeting); "the Secretary of State" whose
        # home the castle is (unnamed). "Ger Siggins" is the byline, "Photo: Matt Walsh" a photo
        # credit (not annotated). The duplicated caption line, "siging" and the two spellings
        # "FitzGerald"/"Fitzgerald" are kept as found. Removed: the page header's current-date
        # line "Wednesday 21 August 2019" (the site's, not the article's) and the last, cut-off
        # fragment ("The Taoiseac").
    ],
    roles=[("British Prime Minister", "margaret_thatcher"), ("the prime minister", "margaret_thatcher"),
           ("the Taoiseach", "garret_fitzgerald"), ("her minister", "geoffrey_howe")],
)

A["dev_9008_gorbachev_husak_prague"] = dict(
    actors={
        "mikhail_gorbachev": ["Kremlin leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Mikhail Gorbachev",
                              "Gorbachev"],
        "ronald_reagan": ["President Reagan"],
        "gustav_husak": ["Czechoslovak President Gustav Husak", "Gustav Husak"],
        "warsaw_pact": ["Warsaw Pact"],
        "tass": ["Tass"],
        "prague_radio": ["Prague radio"],
    },
    meetings=[
        # "Gorbachev ... met the other leaders following private talks with Czechoslovak President
        # Gustav Husak." -> held, date null (the stopover's talks with Husak are not given a day;
        # see the notes), Prague.
        M(["mikhail_gorbachev", "gustav_husak"], None, "Prague", IP, H,
          "Prague radio had earlier reported that Gorbachev, who stopped over in the Czechoslovak capital on his way home to Moscow, met the other leaders following private talks with Czechoslovak President Gustav Husak."),
        # "his summit meeting with President Reagan in Geneva" ("his talks with President Reagan",
        # "Mikhail Gorbachev's meeting with President Reagan": the same) -> held, date null,
        # Geneva.
        M(["mikhail_gorbachev", "ronald_reagan"], None, "Geneva", IP, H,
          "Leaders of the Soviet Union’s six Warsaw Pact allies Thursday endorsed the stand taken by Kremlin leader Mikhail S. Gorbachev at his summit meeting with President Reagan in Geneva."),
        # Not rows: Gorbachev's meeting with "the Communist Party leaders of the six countries"
        # (Thursday, 1985-11-21) and their dinner in Prague Castle (a multilateral meeting whose
        # leaders are not named in the excerpt, as batch 5d's multilateral meeting with unnamed
        # leaders); "Officials in Prague" (unnamed). "From Reuters" is the credit line (not
        # annotated). Removed: the "Advertisement" and "Share" widget lines at the start, the two
        # "Advertisement" lines inside the text, and at the end the subhead "Leaders Listed" with
        # the cut-off fragment under it ("Attending the meeting w"). The subhead "Dined in Castle"
        # is kept.
    ],
    roles=[("Kremlin leader", "mikhail_gorbachev"), ("Czechoslovak President", "gustav_husak")],
)

A["dev_9009_ford_legault_montreal_planned"] = dict(
    actors={
        "doug_ford": ["Ontario Premier Doug Ford", "Doug Ford", "Ford"],
        "francois_legault": ["Quebec Premier François Legault", "François Legault", "Legault"],
        "ontario_new_democratic_party": ["NDP"],
        "progressive_conservative_party_of_ontario": ["PCs"],
        "supreme_court_of_canada": ["Supreme Court"],
        "national_assembly_of_quebec": ["Quebec National Assembly"],
    },
    meetings=[
        # "Ontario Premier Doug Ford and Quebec Premier François Legault will meet in private on
        # Friday evening ... in Montreal" ("their evening meeting", "his meeting with Ford", "the
        # Ontario premier wanted to meet him in Montreal. 'I accepted.'": the same) -> planned,
        # 2019-11-29, Montreal. Evidence: the sentence after the dateline (the teaser above the
        # date line repeats its start, cut off by the site with "[…]").
        M(["doug_ford", "francois_legault"], "2019-11-29", "Montreal", IP, P,
          "TORONTO — Ontario Premier Doug Ford and Quebec Premier François Legault will meet in private on Friday evening, linking up for a closed-to-media tête-à-tête in Montreal three days before an all-premiers meeting in Toronto."),
        # The photo caption "Quebec Premier François Legault (left) meets with Ontario Premier Doug
        # Ford at Queen’s Park in Toronto on Nov. 19, 2018." -> held, 2018-11-19, Toronto.
        M(["francois_legault", "doug_ford"], "2018-11-19", "Toronto", IP, H,
          "Quebec Premier François Legault (left) meets with Ontario Premier Doug Ford at Queen’s Park in Toronto on Nov. 19, 2018."),
        # Not rows: "an all-premiers meeting in Toronto" (a multilateral meeting of unnamed
        # premiers); the NDP motion and the Supreme Court challenge (no meeting); Legault's
        # answers to reporters at the National Assembly (statements). "(iPolitics/Marieke Walsh)"
        # is the photo credit (not annotated). Kept as found: the teaser line with "[…]" and the
        # related-link line "READ MORE: Ford government to support motion calling on Legault to
        # repeal Bill 21". Removed: the page-title line "Ford, Legault to meet in private on
        # Friday evening in Montreal -" and the site name "iPolitics" before the headline, and the
        # last, cut-off sentence ("Bloc Quebecois leader Yves-François Blanchet has also weighed
        # in on the motion").
    ],
    roles=[("Ontario Premier", "doug_ford"), ("Quebec Premier", "francois_legault"),
           ("the Ontario premier", "doug_ford")],
)

A["dev_9010_bush_triet_white_house"] = dict(
    actors={
        "george_w_bush": ["President George W. Bush", "George W. Bush", "President Bush"],
        "nguyen_minh_triet": ["Vietnamese President Nguyen Minh Triet", "Vietnam President Nguyen Minh Triet",
                              "Nguyen Minh Triet", "Triet"],
        "nancy_pelosi": ["House Speaker Nancy Pelosi", "Nancy Pelosi"],
    },
    meetings=[
        # "President Bush and Vietnam President Nguyen Minh Triet discussed trade and human rights
        # issues at a Friday meeting" (the caption's handshake "in the Oval Office at the White
        # House": the same) -> held, 2007-06-22, Washington (the White House, as ANNOTATION's
        # White House -> Washington).
        M(["george_w_bush", "nguyen_minh_triet"], "2007-06-22", "Washington", IP, H,
          "President Bush and Vietnam President Nguyen Minh Triet discussed trade and human rights issues at a Friday meeting that marked the first time a Vietnamese president has visited the White House in more than three decades."),
        # The caption "House Speaker Nancy Pelosi (D-CA) and Vietnamese President Nguyen Minh
        # Triet speak to reporters before a meeting at the U.S. Capitol June 21, 2007." -> held,
        # 2007-06-21, Washington (the U.S. Capitol, an official building resolved to its city).
        M(["nancy_pelosi", "nguyen_minh_triet"], "2007-06-21", "Washington", IP, H,
          "House Speaker Nancy Pelosi (D-CA) and Vietnamese President Nguyen Minh Triet speak to reporters before a meeting at the U.S. Capitol June 21, 2007."),
        # Not rows: the protesters (unnamed); the planned "visit to Orange County, Calif." (a trip
        # with no host named); the 2001 trade agreement. The photo credits ("Saul Loeb", "AFP/Getty
        # Images", "Mark Wilson / Getty Images", "Getty Images") are kept as found inside the
        # caption block and not annotated; both captions stand twice. Removed: the site header
        # (from "© 2024 Connecticut Public" and the "FCC Public Inspection Files" list to the
        # player widget and "Available On Air Stations") and the last, cut-off sentence ("On
        # Thursday, Triet signed a Trad").
    ],
    roles=[("the President of Vietnam", "nguyen_minh_triet"), ("the Communist leader", "nguyen_minh_triet"),
           ("The president", "george_w_bush"), ("House Speaker", "nancy_pelosi")],
)

_PN = ("Prime Minister Pohiva noted with pleasure his meeting with Japan’s Parliamentary Vice Minister for Foreign Affairs, Mr. Nakane, during his visit to Tonga in February 2015 as well as the new Japanese Ambassador to Tonga, Mr. Yukio Numata, earlier in May 2015.")
A["test_9011_abe_pohiva_iwaki"] = dict(
    actors={
        "shinzo_abe": ["Prime Minister Abe"],
        "akilisi_pohiva": ["Prime Minister Pohiva"],
        "tupou_vi": ["His Majesty King Tupou VI", "King Tupou VI"],
        "akihito": ["His Majesty Emperor Akihito", "Emperor Akihito"],
        "kazuyuki_nakane": ["Mr. Nakane"],
        "yukio_numata": ["Mr. Yukio Numata", "Yukio Numata"],
        "government_of_tonga": ["Government of Tonga"],
    },
    meetings=[
        # "a bilateral meeting was held that afternoon [23 May 2015] between Prime Minister Abe of
        # Japan and Prime Minister Pohiva of Tonga" (after the PALM7 summit "in Iwaki City") ->
        # held, 2015-05-23, Iwaki.
        M(["shinzo_abe", "akilisi_pohiva"], "2015-05-23", "Iwaki", IP, H,
          "Following the completion of the Summit meeting of PALM7 on 23 May 2015 in Iwaki City, a bilateral meeting was held that afternoon between Prime Minister Abe of Japan and Prime Minister Pohiva of Tonga."),
        # "his meeting with ... Mr. Nakane, during his visit to Tonga in February 2015" -> held,
        # date null (month only), Tonga.
        M(["akilisi_pohiva", "kazuyuki_nakane"], None, "Tonga", IP, H, _PN),
        # "... as well as the new Japanese Ambassador to Tonga, Mr. Yukio Numata, earlier in May
        # 2015" -> held, date null (month only), place null (not stated); required False (the
        # "as well as" may extend "his meeting with" or only "noted with pleasure"; see the notes).
        M(["akilisi_pohiva", "yukio_numata"], None, None, IP, H, _PN, False),
        # Not rows: the PALM7 summit itself (multilateral); the greetings conveyed to the Emperor
        # and to Abe, the coronation invitation "conveyed to Japan via diplomatic channel" and
        # Abe's promise to "convey the message" to the Emperor (messages, not meetings). Removed:
        # the last, cut-off sentence ("He thanked Prime Minister Pohiva for Tonga's donation to
        # Japan in the aftermath of the Great East Jap").
    ],
    roles=[("Japan’s Parliamentary Vice Minister for Foreign Affairs", "kazuyuki_nakane"),
           ("the new Japanese Ambassador to Tonga", "yukio_numata")],
)

A["dev_9012_tanaka_brezhnev_moscow"] = dict(
    actors={
        "kakuei_tanaka": ["Prime Minister Kakuei Tanaka", "Kakuei Tanaka", "Tanaka"],
        "leonid_brezhnev": ["Soviet Party Leader Leonid Brezhnev", "Leonid Brezhnev", "Brezhnev"],
        "national_diet_of_japan": ["Diet"],
    },
    meetings=[
        # "During the first rounds of Tanaka's negotiations in Moscow ... While Soviet Party Leader
        # Leonid Brezhnev expanded at length on specific opportunities ..., Tanaka tenaciously
        # stuck to the island issue." (the "four-day visit to Moscow", "Tanaka's talks with Kremlin
        # leaders": the same visit, one row) -> held, date null ("last week"), Moscow.
        M(["kakuei_tanaka", "leonid_brezhnev"], None, "Moscow", IP, H,
          "While Soviet Party Leader Leonid Brezhnev expanded at length on specific opportunities for Japanese participation in Siberian development, Tanaka tenaciously stuck to the island issue."),
        # Not rows: the "luncheon given by Tanaka" that Brezhnev "failed to show up for" (did not
        # take place with him); the "farewell press conference" (a statement); "The first Japanese
        # Prime Minister to visit Moscow since 1956" (no one named); "Kremlin leaders" (unnamed
        # beyond Brezhnev). "Habomai*" (the footnote mark) and "islands--Etorofu" are kept as
        # found. Removed: the last, cut-off sentence ("The deadlock persisted thro").
    ],
    roles=[("Soviet Party Leader", "leonid_brezhnev"), ("Japan's tough, wary Prime Minister", "kakuei_tanaka")],
)
