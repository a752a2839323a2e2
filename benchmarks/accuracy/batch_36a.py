"""Accuracy corpus, batch 36a: 12 new articles about meetings between political actors, from the
1950s, 1960s, 1970s, 1980s, 1990s, 2000s and 2010s (1950s: two, 1960s: one, 1970s: one, 1980s:
one, 1990s: two, 2000s: three, 2010s: two; none after 2019), over eleven regions (Western Europe:
two; Oceania, Middle East, Africa, Southeast Asia, South Asia, East Asia, Central Asia/Caucasus,
Eastern Europe/Russia, Latin America, North America: one each). Outlets/sites: Otago Daily Times
(Papers Past), JTA (jta.org archive), myjoyonline (The Ghanaian Times), The Jakarta Post via
jawawa.id, Time (a mirror of the Time archive at softbeam.net), Los Angeles Times (twice; AP),
The Guardian, The Korea Times, the Kremlin (en.special.kremlin.ru), UPI (upi.com archives) and
the Office of the Prime Minister of Canada (pco-bcp.gc.ca via the Library and Archives Canada web
archive); some of these sites were used before, the pages are new. Collected with the `search`
tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_36a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-35b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_70NN_<slug>` / `test_70NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Papers Past's id ODT19500822 = Otago Daily Times of 22 August 1950 (a Tuesday); the dateline
    # "WELLINGTON, Aug. 21." (the Press Association wire of the day before): "this afternoon" (the
    # first talks) = 1950-08-21; "tomorrow" (the Cabinet meeting and, "Later", the continued
    # discussions) = 1950-08-22.
    ("dev_7001_menzies_holland_wellington", "Oceania", "1950s", "Otago Daily Times, via Papers Past (Press Association)", "https://paperspast.natlib.govt.nz/newspapers/ODT19500822.2.32", "1950-08-22"),
    # The URL's date 1958/06/25 (a Wednesday; the page has no date line): "a statement issued
    # here today" = the statement, not the visit; the state visit itself has no day in the text.
    ("dev_7002_nkrumah_nasser_cairo_jta", "Middle East", "1950s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/1958/06/25/archive/premier-of-ghana-joins-nasser-in-pledge-against-israel-visits-cairo", "1958-06-25"),
    # No date line on the page; the text pins it: "arrived in ... Cairo yesterday,Sunday, May 27,
    # 2007" -> published Monday 2007-05-28. "yesterday" (the arrival, the welcome by Mubarak and
    # the closed-door meeting, the reception at the airport) = 2007-05-27; "Today" (the wreaths)
    # = 2007-05-28; the programme items without a day (Fathia Nkrumah, Nazif, Moussa) -> null.
    ("test_7003_kufuor_mubarak_cairo", "Africa", "2000s", "myjoyonline (myjoyonline.com; The Ghanaian Times)", "https://myjoyonline.com/president-to-visit-fathia", "2007-05-28"),
    # The page's date line "Wed, 31 Aug 1994": "yesterday" (the call; "yesterday's 38-minute
    # chat") = 1994-08-30; "this week" (Soeharto-Bergsten) -> null; "on Friday, Sept. 2"
    # (Mandela's visit) = 1994-09-02; "Nov. 15" (the APEC meeting, no row).
    ("dev_7004_keating_soeharto_call", "Southeast Asia", "1990s", "The Jakarta Post, via jawawa.id", "https://jawawa.id/newsitem/keating-discusses-apec-preparations-with-soeharto-1447893297", "1994-08-31"),
    # The page's date line "Monday, May. 02, 1960" (Time's issue date): "last week" (Chou's
    # arrival and the talks) -> null; "his 1956 visit" -> null (a year only).
    ("dev_7005_nehru_chou_delhi_time", "South Asia", "1960s", "Time (archive mirror at softbeam.net)", "http://softbeam.net/txt/time/Time1960/1960-05-02/826357.html", "1960-05-02"),
    # The URL's date 1989-06-01 (a Thursday; an AP story from London): "today" (the farewell
    # meeting; the Buckingham Palace luncheon told as the same day's programme) = 1989-06-01;
    # "this week's NATO summit" (no row).
    ("dev_7006_bush_thatcher_farewell", "Western Europe", "1980s", "Los Angeles Times (latimes.com archives; Associated Press)", "https://www.latimes.com/archives/la-xpm-1989-06-01-mn-1589-story.html", "1989-06-01"),
    # The URL's date 2006/nov/08 (a Wednesday): "this week" (the cancelled Livingstone-Chavez
    # meeting, the No 10 briefing) -> null; the historical snubs have years only (1994, 1987,
    # 1958, 1077) or none (Chirac-Arafat) -> null.
    ("test_7007_political_snubs_guardian", "Western Europe", "2000s", "The Guardian (theguardian.com)", "https://www.theguardian.com/politics/2006/nov/08/2", "2006-11-08"),
    # The excerpt has no date line; the same page's other excerpt (rank 2 of the same query, same
    # URL) shows "Posted : 2013-08-21 19:23" (a Wednesday), which the URL's 2013/08 and "said
    # Wednesday" agree with. "this week" (Kishida's dinner, Fukuda's visit) -> null; "next month"
    # (the G20) and "late last month" (Abe's request) -> no rows.
    ("dev_7008_park_abe_unlikely", "East Asia", "2010s", "The Korea Times (koreatimes.co.kr)", "http://www.koreatimes.co.kr/www/news/nation/2013/08/116_141511.html", "2013-08-21"),
    # The page's line "July 24, 2019, The Kremlin, Moscow" (a Wednesday): the meeting and "today"
    # (the news of Atambayev's flight) = 2019-07-24.
    ("dev_7009_putin_atambayev_kremlin", "Central Asia/Caucasus", "2010s", "President of Russia (en.special.kremlin.ru; statement with a press question)", "http://en.special.kremlin.ru/catalog/persons/280/events/61094", "2019-07-24"),
    # The URL's date 1991-08-22 (a Thursday): "by phone Wednesday" = 1991-08-21; the visit to
    # Germany "in coming weeks", "no date was set" -> null.
    ("dev_7010_kohl_yeltsin_call", "Eastern Europe/Russia", "1990s", "Los Angeles Times (latimes.com archives)", "https://latimes.com/archives/la-xpm-1991-08-22-mn-1250-story.html", "1991-08-22"),
    # The URL's date 1977/09/07 (a Wednesday; the dateline "WASHINGTON (UPI)" has no date). The
    # text gives no day for the ceremony (no "today"/weekday) -> null.
    ("test_7011_carter_torrijos_signing", "Latin America", "1970s", "UPI (upi.com archives)", "https://www.upi.com/Archives/1977/09/07/Treaty-ends-gunboat-diplomacy-legacy/1201504666584/?spt=su", "1977-09-07"),
    # The release's date line "April 23, 2004" (a Friday): "April 29 and 30, 2004" (the visit, a
    # range) -> null; "On April 29" (the roundtable with Hamilton) = 2004-04-29; "On Thursday
    # afternoon" (the Senate and House leaders) = 2004-04-29 (the Thursday of the visit, the
    # first Thursday after the Friday release); "January 13" (Monterrey) = 2004-01-13.
    ("dev_7012_martin_washington_planned", "North America", "2000s", "Office of the Prime Minister of Canada (news release, pco-bcp.gc.ca via the Library and Archives Canada web archive)", "https://epe.lac-bac.gc.ca/100/205/301/pco-bcp/website/06-10-10/www.pco-bcp.gc.ca/printer.asp@printerfriendly=1&language=e&page=archivemartin&sub=newscommuniques&doc=news_release_20040423_184_e.htm", "2004-04-23"),
]

A = {}

_ODT1 = ("The role of New Zealand and Australian troops as part of the United Nations forces in Korea was among subjects discussed at a private 90minute meeting this afternoon between the Prime Minister of Australia, Mr Menzies, and the Prime Minister of New Zealand, Mr Holland.")
A["dev_7001_menzies_holland_wellington"] = dict(
    actors={
        "robert_menzies": ["Mr Menzies", "Menzies", "M!r Menzies", "MR MENZIES"],
        "sidney_holland": ["Mr Holland", "Holland"],
        "j_r_willoughby": ["Mr J. R. Willoughby", "J. R. Willoughby"],
        "a_brown": ["Mr A. Brown", "A. Brown"],
        "united_nations": ["United Nations"],
        "federal_cabinet_australia": ["Federal Cabinet"],
        "legislative_council_new_zealand": ["Legislative Council"],
        "federal_parliament_australia": ["Federal Parliament"],
    },
    meetings=[
        # "a private 90minute meeting this afternoon between the Prime Minister of Australia, Mr
        # Menzies, and the Prime Minister of New Zealand, Mr Holland" ("The talks were held at
        # Parliament Buildings"; Holland meeting him on the steps and showing him the Chambers is
        # the same visit) -> held, 1950-08-21, Wellington (the dateline; Parliament Buildings).
        M(["robert_menzies", "sidney_holland"], "1950-08-21", "Wellington", IP, H, _ODT1),
        # "Later the two Prime Ministers will continue their private discussions and attend a
        # State luncheon" -> a next-day session announced separately (after the 10 a.m. Cabinet
        # meeting "tomorrow"), planned, 1950-08-22, Wellington (as dev_035's "formal sessions
        # Wednesday").
        M(["robert_menzies", "sidney_holland"], "1950-08-22", "Wellington", IP, P,
          "Later the two Prime Ministers will continue their private discussions and attend a State luncheon at which Mr Menzies will be the guest of honour."),
        # "He will attend a special meeting of Cabinet at 10 a.m. tomorrow" -> Menzies with the
        # (unnamed) members of the New Zealand Cabinet, one-party row, planned, 1950-08-22,
        # Wellington; required False (a briefing of an unnamed body, as dev_6901's
        # parliamentarians).
        M(["robert_menzies"], "1950-08-22", "Wellington", IP, P,
          "He will attend a special meeting of Cabinet at 10 a.m. tomorrow to enable all members to hear at first hand an account of his tour.",
          False),
        # Not rows: Menzies "accompanied by his personal assistant, Mr J. R. Willoughby, and the
        # secretary to the Federal Cabinet, Mr A. Brown" (companions, not participants: no
        # Willoughby-Holland or Brown-Holland rows); "introduced by Mr Holland to members of
        # Cabinet" (the same visit, unnamed ministers); Holland's "interview later" (a media
        # interview); "Mr Menzies had met most of the leading figures in world affairs" (vague,
        # unnamed, a count). "PA" before the dateline is the agency credit (not annotated);
        # "Cabinet", "the Government", "Upper House"/"Lower House" are generic and not
        # annotated. Removed: six "Article image" lines at the start (the page's image widgets)
        # and the last, cut-off sentence ("The matters he had been investigating were as
        # important to N"). The OCR errors "90minute", "arrived at- Parliament", "M!r Menzies"
        # and "“ The matter" are kept as they stand.
    ],
    roles=[("the Prime Minister of Australia", "robert_menzies"), ("the Prime Minister of New Zealand", "sidney_holland"),
           ("his personal assistant", "j_r_willoughby"), ("the secretary to the Federal Cabinet", "a_brown")],
)

A["dev_7002_nkrumah_nasser_cairo_jta"] = dict(
    actors={
        "kwame_nkrumah": ["Dr. Kwame Nkrumah", "Kwame Nkrumah", "Dr. Nkrumah", "Nkrumah"],
        "gamal_abdel_nasser": ["Gamel Abdel Nasser", "Col. Nasser", "Nasser"],
    },
    meetings=[
        # "issued their statement at the conclusion of the Ghanian Prime Minister’s state visit to
        # Cairo" (with "Dr. Nkrumah and Col. Nasser" as the two leaders who "has agreed" and
        # "issued their statement") -> the state visit = a held Nkrumah-Nasser meeting, Cairo,
        # date null (the visit has no day; "today" is the day of the delegation's statement,
        # issued "here", a place the text does not name).
        M(["kwame_nkrumah", "gamal_abdel_nasser"], None, "Cairo", IP, H,
          "Dr. Nkrumah and Col. Nasser, the UAR delegation here stated, issued their statement at the conclusion of the Ghanian Prime Minister’s state visit to Cairo."),
        # Not rows: the joint statement itself (a statement about the same visit); the Bandung
        # conference of April 1955 and its resolution (a multilateral conference, history); "the
        # UAR delegation here stated" (a statement by an unnamed delegation). The United Arab
        # Republic, Ghana, Israel and "the Arab states" are states (not annotated); "the UAR
        # delegation" is an unnamed delegation (not annotated). Removed: the site's header line
        # at the start ("Menu JTA Search"); the excerpt is otherwise complete. "Ghana. has",
        # "Bandung. Indonesia", "Gamel" and "Ghanian" are kept as they stand.
    ],
    roles=[("Prime Minister of Ghana", "kwame_nkrumah"), ("the Ghanian Prime Minister", "kwame_nkrumah")],
)

_KUF1 = ("The President, who is being accompanied by Foreign Minister, Nana Akuffo Addo and other top government officials was met on arrival by the Egyptian Minister of International Cooperation, Mrs Fayza Abul Naga and the Ghana Ambassador to Egypt, Akiliya Olufemi Akiwimi.")
_KUF2 = ("President Kufuor is also expected to meet the Egyptian Prime Minister, Dr Ahmed Nazif and Amr Moura, Secretary General of the League of Arab States.")
A["test_7003_kufuor_mubarak_cairo"] = dict(
    actors={
        "john_agyekum_kufuor": ["J.A Kufuor", "President Kufuor", "Kufuor"],
        "hosni_mubarak": ["Hosani Mubarak", "President Mubarak", "Mubarak"],
        "fathia_nkrumah": ["Fathia Nkrumah", "Mrs Nkrumah"],
        "kwame_nkrumah": ["Dr Nkrumah"],
        "nana_akufo_addo": ["Nana Akuffo Addo"],
        "fayza_abul_naga": ["Mrs Fayza Abul Naga", "Fayza Abul Naga"],
        "akiliya_olufemi_akiwimi": ["Akiliya Olufemi Akiwimi"],
        "egyptian_army": ["Egyptian Army"],
        "embassy_of_ghana_egypt": ["Ghana Embassy"],
        "anwar_sadat": ["Anwar Sadat"],
        "ahmed_nazif": ["Dr Ahmed Nazif", "Ahmed Nazif"],
        "amr_moussa": ["Amr Moura"],
        "arab_league": ["League of Arab States"],
    },
    meetings=[
        # "he was welcomed by President Mubarak" at the Presidency on arrival and "The two leaders
        # later went into a closed door meeting" -> one row (same pair, day and place), held,
        # 2007-05-27 ("arrived ... yesterday,Sunday, May 27, 2007"), Cairo.
        M(["john_agyekum_kufuor", "hosni_mubarak"], "2007-05-27", "Cairo", IP, H,
          "On arrival at the Cairo International Airport, President Kufuor was taken to the Presidency where he was welcomed by President Mubarak before inspecting a guard of honour mounted by the Egyptian Army."),
        # "met on arrival by ... Mrs Fayza Abul Naga and the Ghana Ambassador to Egypt, Akiliya
        # Olufemi Akiwimi" -> an arrival reception, two rows (one per host), held, 2007-05-27,
        # Cairo; required False (arrival courtesies, as dev_6906's airstrip reception).
        M(["john_agyekum_kufuor", "fayza_abul_naga"], "2007-05-27", "Cairo", IP, H, _KUF1, False),
        M(["john_agyekum_kufuor", "akiliya_olufemi_akiwimi"], "2007-05-27", "Cairo", IP, H, _KUF1, False),
        # "is also expected to meet the Egyptian Prime Minister, Dr Ahmed Nazif and Amr Moura" ->
        # two planned meetings (one per person named; no Nazif-Moussa pair: they are listed as
        # the visitor's appointments, not as meeting each other), date null (the visit's
        # programme, no day), Cairo. "Amr Moura" is the text's spelling of the Arab League's
        # Secretary General (key `amr_moussa`).
        M(["john_agyekum_kufuor", "ahmed_nazif"], None, "Cairo", IP, P, _KUF2),
        M(["john_agyekum_kufuor", "amr_moussa"], None, "Cairo", IP, P, _KUF2),
        # "The President during his tour is scheduled to visit Fathia Nkrumah ... at the Nile
        # Badrawy Hospital in Cairo" (the headline "President to visit Fathia") -> a planned
        # visit to a person, date null, Cairo; required False (a private visit to a hospitalised
        # former first lady, not a political counterpart).
        M(["john_agyekum_kufuor", "fathia_nkrumah"], None, "Cairo", IP, P,
          "The President during his tour is scheduled to visit Fathia Nkrumah; wife of Ghana’s First President, Dr Nkrumah at the Nile Badrawy Hospital in Cairo, where Mrs Nkrumah who reportedly suffered a stroke last year has since been hospitalized.",
          False),
        # Not rows: Nana Akuffo Addo and "other top government officials" accompanied Kufuor
        # (companions, not participants: no Akufo-Addo-Mubarak row); "The President’s visit
        # would enable the two leaders to review the bilateral relations" (the same visit);
        # "meeting African Ambassadors to Egypt and members of the Egyptian business community"
        # and "meeting with the Ghanaian community" (unnamed groups); the wreaths at the
        # monument and at the tomb of Anwar Sadat (ceremonies); the Cairo Citadel, the museum and
        # the Pyramid Site (sightseeing). Removed: the page's URL line and the section line
        # ("National") at the start; the source tag at the end ("Source: The Ghanaian Times") and
        # the site's DISCLAIMER block after it. The text is one paragraph as in the excerpt;
        # "yesterday,Sunday", "J.A Kufuor", "Hosani", "Akuffo", "solider" and "Amr Moura" are
        # kept as they stand.
    ],
    roles=[("his Egyptian counterpart", "hosni_mubarak"), ("The President", "john_agyekum_kufuor"),
           ("wife of Ghana’s First President", "fathia_nkrumah"), ("Ghana’s First President", "kwame_nkrumah"),
           ("Foreign Minister", "nana_akufo_addo"),
           ("the Egyptian Minister of International Cooperation", "fayza_abul_naga"),
           ("the Ghana Ambassador to Egypt", "akiliya_olufemi_akiwimi"),
           ("the former Egyptian President", "anwar_sadat"), ("the Egyptian Prime Minister", "ahmed_nazif"),
           ("Secretary General of the League of Arab States", "amr_moussa")],
)

A["dev_7004_keating_soeharto_call"] = dict(
    actors={
        "paul_keating": ["Paul Keating", "Keating"],
        "soeharto": ["President Soeharto", "Soeharto"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
        "moerdiono": ["Moerdiono"],
        "eminent_persons_group_apec": ["Eminent Persons Group C"],
        "fred_bergsten": ["Fred Bergsten"],
        "nelson_mandela": ["Nelson Mandela"],
        "african_national_congress": ["African National Congress", "ANC"],
    },
    meetings=[
        # "Australian Prime Minister Paul Keating yesterday had a telephone conversation with
        # President Soeharto" ("yesterday's 38-minute chat" is the same call) -> phone, held,
        # 1994-08-30, place null.
        M(["paul_keating", "soeharto"], "1994-08-30", None, PH, H,
          "JAKARTA (JP): Australian Prime Minister Paul Keating yesterday had a telephone conversation with President Soeharto about the preparations for the upcoming meeting of the Asia-Pacific Economic Cooperation (APEC) forum in Bogor in November."),
        # "President Soeharto ... this week is scheduled to meet with the chairman of the APEC's
        # Eminent Persons Group C, Fred Bergsten" -> planned, date null ("this week"), place null
        # (not stated; the dateline is not given as the meeting's place).
        M(["soeharto", "fred_bergsten"], None, None, IP, P,
          "President Soeharto, as the chairman of the forum, this week is scheduled to meet with the chairman of the APEC's Eminent Persons Group C, Fred Bergsten, who will present the group's second report."),
        # "South African President Nelson Mandela will be visiting Indonesia on Friday, Sept. 2"
        # -> a visit to a country with no counterpart named, one-party row, planned, 1994-09-02,
        # Indonesia; required False (as test_007's tour with no named counterpart).
        M(["nelson_mandela"], "1994-09-02", "Indonesia", IP, P,
          "The minister also confirmed that South African President Nelson Mandela will be visiting Indonesia on Friday, Sept. 2 in his capacity as leader of the African National Congress (ANC).",
          False),
        # Not rows: Moerdiono "told reporters" (a statement about the call); the APEC meeting in
        # Bogor "scheduled for Nov. 15" and "last year's inaugural APEC Leaders Meeting on Blake
        # Island" (multilateral meetings); the policy session in Tokyo (unnamed participants).
        # "(JP)" in the dateline is the paper's credit (not annotated). Removed: the staff
        # initials at the end ("(emb)"). "APEC's Eminent Persons Group C" is kept as it stands
        # (the alias is the name as written).
    ],
    roles=[("Australian Prime Minister", "paul_keating"), ("Minister/State Secretary", "moerdiono"),
           ("the chairman of the forum", "soeharto"),
           ("the chairman of the APEC's Eminent Persons Group C", "fred_bergsten"),
           ("South African President", "nelson_mandela"), ("The minister", "moerdiono")],
)

A["dev_7005_nehru_chou_delhi_time"] = dict(
    actors={
        "zhou_enlai": ["Chou Enlai", "Chou"],
        "jawaharlal_nehru": ["Jawaharlal Nehru", "Nehru"],
        "indian_express": ["Indian Express"],
    },
    meetings=[
        # "in more than 14 hours of tough face-to-face discussions in Nehru's drawing room, the
        # two got nowhere" (with the airport welcome "he told Chou at the airport" and the drive
        # into town: the same visit) -> held, date null ("last week"), New Delhi ("arrived in New
        # Delhi").
        M(["jawaharlal_nehru", "zhou_enlai"], None, "New Delhi", IP, H,
          "But in more than 14 hours of tough face-to-face discussions in Nehru's drawing room, the two got nowhere."),
        # "his 1956 visit. Then ... Prime Minister Jawaharlal Nehru was ready with a friendly
        # embrace" -> the earlier visit, held, date null (a year only), place null (the text
        # does not say where the 1956 welcome was); required False (a background reference).
        M(["jawaharlal_nehru", "zhou_enlai"], None, None, IP, H,
          "Then happy shouts rose from tens of thousands of throats, and Prime Minister Jawaharlal Nehru was ready with a friendly embrace.",
          False),
        # "four days in Rangoon, where he and his Burmese hosts gaily celebrated the settlement"
        # -> hosts unnamed, one-party row, held, date null, Rangoon; required False.
        M(["zhou_enlai"], None, "Rangoon", IP, H,
          "Chou was fresh from four days in Rangoon, where he and his Burmese hosts gaily celebrated the settlement of Burma's own border dispute with China, and he soon would be stopping off in Nepal, where he had put in a claim for all of Mount Everest.",
          False),
        # Not rows: the stop in Nepal ("would be stopping off", no one named to meet: travel);
        # the press campaign and the Indian Express quote (a newspaper's comment); "New Delhi's
        # city officials" (unnamed, no reception held). Removed: the last, cut-off paragraph
        # ("What Chou would like is a border compromise--one that would leave the Chinese in
        # possession of vital fringe areas where they have already built"). "Chou Enlai" and
        # "Now. Chou assured" are kept as they stand.
    ],
    roles=[("Red China's Premier", "zhou_enlai"), ("his guest", "zhou_enlai"), ("the visitor", "zhou_enlai")],
)

A["dev_7006_bush_thatcher_farewell"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "margaret_thatcher": ["Margaret Thatcher", "Thatcher"],
        "james_baker": ["James A. Baker III", "Baker"],
        "barbara_bush": ["Barbara"],
        "elizabeth_ii": ["Queen Elizabeth II"],
        "prince_philip": ["Prince Philip"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev"],
        "nato": ["NATO"],
    },
    meetings=[
        # "President Bush wound up his European trip today conferring with Prime Minister
        # Margaret Thatcher in a farewell meeting" ("a nearly two-hour private meeting at 10
        # Downing Street") -> held, 1989-06-01, London (10 Downing Street, resolved to its city
        # as the White House -> Washington).
        M(["george_h_w_bush", "margaret_thatcher"], "1989-06-01", "London", IP, H,
          "President Bush wound up his European trip today conferring with Prime Minister Margaret Thatcher in a farewell meeting that showed some sign of friction between old friends."),
        # "Bush also attended a Buckingham Palace luncheon with Queen Elizabeth II" -> a meal with
        # the head of state, held, 1989-06-01 (the same day's programme), London (Buckingham
        # Palace).
        M(["george_h_w_bush", "elizabeth_ii"], "1989-06-01", "London", IP, H,
          "Along with his wife, Barbara, Bush also attended a Buckingham Palace luncheon with Queen Elizabeth II."),
        # Not rows: Barbara Bush ("Along with his wife") and Prince Philip (posing for pictures)
        # are spouses, not participants (no Barbara-Queen, Philip-Bush rows); Baker "said
        # afterward" (statements; he is not said to have taken part); "this week's NATO summit
        # in Brussels" (multilateral); Bush's "responses to Soviet President Mikhail S.
        # Gorbachev" (policy, no meeting). "From Associated Press" is the agency credit (not
        # annotated). Removed: the "Advertisement" line at the start; three widget lines inside
        # the text ("Share" after the headline, two "Advertisement" lines between paragraphs);
        # the last, cut-off sentence ("Bush hailed the “very, very special relationship” between
        # the United States and Brit").
    ],
    roles=[("Secretary of State", "james_baker"), ("his wife", "barbara_bush"), ("the First Lady", "barbara_bush"),
           ("the queen", "elizabeth_ii"), ("Soviet President", "mikhail_gorbachev"),
           ("the President", "george_h_w_bush")],
)

A["test_7007_political_snubs_guardian"] = dict(
    actors={
        "ken_livingstone": ["Ken Livingstone", "Livingstone", "New Ken", "Mayor Ken"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "boris_yeltsin": ["Boris Yeltsin"],
        "albert_reynolds": ["Albert Reynolds"],
        "tony_blair": ["Tony Blair", "Blair"],
        "george_w_bush": ["Bush"],
        "daily_mirror": ["Mirror"],
        "ronald_reagan": ["Ronald Reagan"],
        "neil_kinnock": ["Neil Kinnock"],
        "labour_party": ["Labour"],
        "harold_macmillan": ["Harold Macmillan", "Macmillan"],
        "nikita_khrushchev": ["Nikita Khrushchev", "Mr K"],
        "pope_gregory_vii": ["Pope Gregory VII"],
        "henry_iv_holy_roman_emperor": ["Henry IV", "Henry"],
        "jacques_chirac": ["Jacques Chirac"],
        "yasser_arafat": ["Yasser Arafat"],
    },
    meetings=[
        # "President Ronald Reagan effectively snubbed Neil Kinnock when he went to Washington
        # ... in 1987: a 20-minute meeting, then bye-bye." -> a short meeting that did take
        # place, held, date null (a year only), Washington.
        M(["ronald_reagan", "neil_kinnock"], None, "Washington", IP, H,
          "President Ronald Reagan effectively snubbed Neil Kinnock when he went to Washington to explain Labour's non-nuclear policy in 1987: a 20-minute meeting, then bye-bye."),
        # "Jacques Chirac, who visited the ailing Yasser Arafat" -> a visit to a person, held,
        # date and place null (not given).
        M(["jacques_chirac", "yasser_arafat"], None, None, IP, H,
          "French military impotence has made the snub a vital tool to Jacques Chirac, who visited the ailing Yasser Arafat on the day he was too busy to see the US-backed leader of Iraq."),
        # "In 1958, when Harold Macmillan visited Moscow, he was snubbed by Nikita Khrushchev" ->
        # a visit during which the host snubbed the visitor; whether they met is not said,
        # held, date null, Moscow; required False.
        M(["harold_macmillan", "nikita_khrushchev"], None, "Moscow", IP, H,
          "In 1958, when Harold Macmillan visited Moscow, he was snubbed by Nikita Khrushchev.",
          False),
        # "Pope Gregory VII kept the German emperor, Henry IV, waiting in the snow for three days
        # before accepting his apology" -> an encounter that ends in an audience (Canossa, not
        # named), held, date null (1077, a year only), place null; required False (a medieval
        # anecdote told as history).
        M(["pope_gregory_vii", "henry_iv_holy_roman_emperor"], None, None, IP, H,
          "The most famous snub in history came in 1077, when Pope Gregory VII kept the German emperor, Henry IV, waiting in the snow for three days before accepting his apology, though Henry got his revenge in the end, expelling the Pope from Rome.",
          False),
        # Not rows (meetings that did not take place): Livingstone's "scheduled meeting with
        # President Hugo Chavez cancelled this week"; Yeltsin "refusing to leave his plane at
        # Shannon" (no meeting with Reynolds); Chirac "too busy to see the US-backed leader of
        # Iraq" (refused; the Iraqi leader is unnamed); Blair "avoiding going to collect his
        # Congressional Gold Medal in Washington" ("Blair Snubs Bush": no meeting). Also not
        # rows: "this week's No 10 press briefing" (a news conference). "Bush" is George W. Bush
        # (Blair's Congressional Gold Medal, 2006). Removed: the last, cut-off sentence ("But
        # everyone's"). The repeated headline and the stray quote in '"diplomatic toothache"
        # are kept as they stand.
    ],
    roles=[("the prez", "hugo_chavez"), ("Irish premier", "albert_reynolds"), ("the German emperor", "henry_iv_holy_roman_emperor"),
           ("the Pope", "pope_gregory_vii")],
)

A["dev_7008_park_abe_unlikely"] = dict(
    actors={
        "park_geun_hye": ["President Park Geun-hye", "Park Geun-hye", "Park"],
        "shinzo_abe": ["Abe"],
        "cheong_wa_dae": ["Cheong Wa Dae"],
        "group_of_20": ["G20"],
        "fumio_kishida": ["Fumio Kishida"],
        "yasuo_fukuda": ["Yasuo Fukuda", "Fukuda"],
        "takeo_fukuda": ["Takeo Fukuda"],
        "park_chung_hee": ["Park Chung-hee"],
    },
    meetings=[
        # "Over dinner this week, Japanese Minister of Foreign Affairs Fumio Kishida purportedly
        # asked Korean diplomats for a summit" -> a dinner with unnamed diplomats, one-party row,
        # held, date null ("this week"), place null; required False (unnamed counterparts, a
        # "purportedly" report; as dev_013's "met with 20 diplomats").
        M(["fumio_kishida"], None, None, IP, H,
          "Over dinner this week, Japanese Minister of Foreign Affairs Fumio Kishida purportedly asked Korean diplomats for a summit between Park and Abe this autumn.",
          False),
        # Near-zero control (no required row). Not rows: "not likely to accept repeated requests
        # by Japan for a summit", "no immediate plans to arrange a summit", "no immediate plans
        # for one" (meetings not planned); "speculation that the two may have a meeting next
        # month on the sidelines of the G20 Summit" and "In Russia, the two will be meeting with
        # many other leaders, but not one another" (speculation, then negated; the G20 summit is
        # multilateral); "a summit between Park and Abe this autumn" (a request); "If he does pay
        # a courtesy visit to Park" (conditional, not announced: no Fukuda-Park row); "Fukuda met
        # Park twice this year" (a count); Fukuda "plans to take part in a forum in Seoul"
        # (attendance); "Abe himself asked to meet Park" (a request); "some officials will visit
        # Korea" (unnamed). The byline "By Kim Tae-gyu" is kept in the text and not annotated.
        # Removed: the last, cut-off sentence ("Against this backdrop, public se").
    ],
    roles=[("Japanese Minister of Foreign Affairs", "fumio_kishida"), ("former Prime Minister", "yasuo_fukuda"),
           ("his father", "takeo_fukuda"), ("her father", "park_chung_hee"), ("the ultra-rightist leader", "shinzo_abe")],
)

A["dev_7009_putin_atambayev_kremlin"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin"],
        "almazbek_atambayev": ["Almazbek Atambayev", "Mr Atambayev", "Atambayev"],
    },
    meetings=[
        # "Vladimir Putin met with former President of Kyrgyzstan Almazbek Atambayev" ("Yes, I met
        # with Mr Atambayev. We talked about ...": the same meeting) -> held, 2019-07-24, Moscow
        # (the page's "The Kremlin, Moscow" line).
        M(["vladimir_putin", "almazbek_atambayev"], "2019-07-24", "Moscow", IP, H,
          "Vladimir Putin met with former President of Kyrgyzstan Almazbek Atambayev, after which he made a statement for the media."),
        # Not rows: Atambayev "scheduled a number of meetings, including at the highest level"
        # (unnamed counterparts; the one at the highest level is this meeting); "open to contact
        # with my colleagues" (general); "everyone should unite around the sitting President"
        # (the sitting Kyrgyz president is not named; no meeting); the statement for the media
        # (a statement). Removed: the site's header lines at the start ("View settings", "Font
        # size:", "Site colours:", "Official website of the President of Russia", "Документ
        # /"). The repeated date/place line at the end and "Did you met" are kept as they stand.
    ],
    roles=[("former President of Kyrgyzstan", "almazbek_atambayev"), ("former Kyrgyz President", "almazbek_atambayev"),
           ("President of Russia", "vladimir_putin"), ("Mr President", "vladimir_putin")],
)

A["dev_7010_kohl_yeltsin_call"] = dict(
    actors={
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "boris_yeltsin": ["Yeltsin"],
        "nato": ["NATO"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev"],
    },
    meetings=[
        # "German Chancellor Helmut Kohl spoke with Yeltsin by phone Wednesday" -> phone, held,
        # 1991-08-21, place null (Kohl was "vacationing in Austria"; a call has no single place).
        M(["helmut_kohl", "boris_yeltsin"], "1991-08-21", None, PH, H,
          "German Chancellor Helmut Kohl spoke with Yeltsin by phone Wednesday and declared the Soviet coup’s failure “a victory of the will for peace and democracy, which would not have been possible without the courage and steadfastness of the president of the Russian republic.”"),
        # "an invitation to visit Germany in coming weeks" and "Kohl said Yeltsin accepted the
        # invitation to visit Germany, but no date was set" -> an accepted invitation (planned,
        # as test_012's Yanukovych), Kohl-Yeltsin, date null, Germany.
        M(["helmut_kohl", "boris_yeltsin"], None, "Germany", IP, P,
          "Kohl said Yeltsin accepted the invitation to visit Germany, but no date was set."),
        # Not rows: "The statement released by Kohl’s office in Bonn" (a statement about the
        # call); NATO's "blunt communique" (a statement of an alliance); Kohl as "the closest
        # Western ally of Mikhail S. Gorbachev" (a relationship, no meeting); the troop
        # withdrawal (states). Removed: an empty first line and one widget line inside the text
        # ("Share via", after the headline). The double blank line before "With perestroika" is
        # kept as it stands.
    ],
    roles=[("German Chancellor", "helmut_kohl"), ("the president of the Russian republic", "boris_yeltsin"),
           ("the chancellor", "helmut_kohl"), ("the Russian president", "boris_yeltsin"),
           ("the Western alliance", "nato")],
)

A["test_7011_carter_torrijos_signing"] = dict(
    actors={
        "jimmy_carter": ["Jimmy Carter", "Carter"],
        "omar_torrijos": ["Gen. Omar Torrijos", "Omar Torrijos", "President Torrijos", "Torrijos"],
        "theodore_roosevelt": ["Theodore Roosevelt"],
    },
    meetings=[
        # "President Jimmy Carter and Panamanian Gen. Omar Torrijos ... simultaneously signed two
        # copies of canal agreements" (then "they embraced in a Spanish bear hug"; Carter's
        # remarks on Torrijos at the dinner) -> the two signatories' ceremony, held, date null
        # (no day in the text), Washington (the dateline; the Hall of Americas). Kept required:
        # the two leaders sign together and embrace, more than dev_022's few words at a signing.
        M(["jimmy_carter", "omar_torrijos"], None, "Washington", IP, H,
          "President Jimmy Carter and Panamanian Gen. Omar Torrijos, dressed in business suits and each using his own pen, simultaneously signed two copies of canal agreements designed to erase the legacy of Theodore Roosevelt's gunboat diplomacy."),
        # Not rows: "walked down the line of 27 heads of state, shaking hands with each" (unnamed,
        # multilateral); "the White House dinner" (a dinner for the invited guests; with whom is
        # not stated beyond Carter's remark about Torrijos: the same encounter); "Thirteen years
        # of arduous negotiations" (negotiators, unnamed); the U.S. and Panamanian aides
        # (unnamed); the demonstrators. "UPI" in the dateline is the agency credit and "By Juan
        # J. Walte" the byline (not annotated); the White House and the Hall of Americas are
        # places. Removed: the "Advertisement" line at the start; two "Advertisement" widget
        # lines inside the text (after the second and the sixth paragraphs); the last, cut-off
        # sentence ("Only two").
    ],
    roles=[],
)

A["dev_7012_martin_washington_planned"] = dict(
    actors={
        "paul_martin": ["Paul Martin"],
        "george_w_bush": ["George W. Bush"],
        "center_for_global_development": ["Center for Global Development", "Centre for Global Development"],
        "woodrow_wilson_international_center_for_scholars": ["Woodrow Wilson International Center for Scholars"],
        "lee_hamilton": ["Lee Hamilton"],
        "un_commission_on_private_sector_and_development": ["UN Commission on Private Sector and Development"],
    },
    meetings=[
        # "Prime Minister Paul Martin will visit Washington, D.C. on April 29 and 30, 2004 for
        # meetings with US President George W. Bush" -> planned, date null (a two-day range),
        # Washington.
        M(["paul_martin", "george_w_bush"], None, "Washington", IP, P,
          "Prime Minister Paul Martin will visit Washington, D.C. on April 29 and 30, 2004 for meetings with US President George W. Bush and congressional and other non-governmental leaders."),
        # "following on their January 13 meeting in Monterrey, Mexico" -> held, 2004-01-13 (the
        # year of the release), Monterrey.
        M(["paul_martin", "george_w_bush"], "2004-01-13", "Monterrey", IP, H,
          "This will be the second face-to-face meeting between the Prime Minister and President, following on their January 13 meeting in Monterrey, Mexico."),
        # "participate in a roundtable discussion with Washington think tank representatives,
        # hosted by Lee Hamilton" -> planned, 2004-04-29 ("On April 29 ... Following the
        # address"), Washington; required False (a roundtable with unnamed think-tank people;
        # Hamilton is the host).
        M(["paul_martin", "lee_hamilton"], "2004-04-29", "Washington", IP, P,
          "Following the address, the Prime Minister will participate in a roundtable discussion with Washington think tank representatives, hosted by Lee Hamilton, President and Director of the Woodrow Wilson International Center for Scholars.",
          False),
        # "On Thursday afternoon, the Prime Minister will attend a series of meetings with Senate
        # and House leaders" -> unnamed counterparts, one-party row, planned, 2004-04-29,
        # Washington; required False (unnamed, a series).
        M(["paul_martin"], "2004-04-29", "Washington", IP, P,
          "On Thursday afternoon, the Prime Minister will attend a series of meetings with Senate and House leaders.",
          False),
        # Not rows: "meetings with ... congressional and other non-governmental leaders" (unnamed;
        # the Senate and House leaders are the row above); the keynote address to the
        # "Director's Forum" (a speech); the breakfast roundtable with "representatives of
        # several non-governmental organizations" (unnamed, not political actors); "the second
        # face-to-face meeting" (a count; the two meetings are rows). "Senate" and "House" are
        # not annotated (generic here). Removed: the last, cut-off sentence ("The Prime Minister
        # will then meet with President Bush in the Oval Office and continue their discussions
        # o"), so the Oval Office meeting is in the stored text only through the first
        # sentence's "meetings with US President George W. Bush". The header lines ("April 23,
        # 2004", "Ottawa, Ontario", "NEWS RELEASE") are kept as they stand.
    ],
    roles=[("Prime Minister", "paul_martin"), ("US President", "george_w_bush"), ("the Prime Minister", "paul_martin"),
           ("President and Director of the Woodrow Wilson International Center for Scholars", "lee_hamilton")],
)
