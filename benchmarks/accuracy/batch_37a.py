"""Accuracy corpus, batch 37a: 12 new articles about meetings between political actors, from the
1950s, 1960s, 1970s, 1990s, 2010s and 2020s (1950s: two, 1960s: one, 1970s: one, 1990s: three,
2010s: four, 2020s: one; none from the 1980s or 2000s), over eleven regions (Africa: two; Oceania,
Latin America, Southeast Asia, Central Asia/Caucasus, Middle East, Western Europe, South Asia,
Eastern Europe/Russia, East Asia, North America: one each). Outlets/sites: The Press
(Christchurch; Papers Past), The Christian Science Monitor, News24, Newsline (newsline.kz), JTA
(jta.org archive), Time (the softbeam.net mirror of the Time archive), The BRICS Post, the
Associated Press (apnews.com archive), Rediff (AP copy), the Los Angeles Times (Times Wire
Services), The American Presidency Project (a White House joint statement) and Kenyans.co.ke.
Where the corpus already used a site, the page is new. Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_37a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-36b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_72NN_<slug>` / `test_72NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Papers Past's id CHP19550124 = The Press (Christchurch) of Monday 24 January 1955; the
    # dateline "WASHINGTON. January 22." (the wire of two days before): "yesterday" (the talks
    # with Eisenhower and Dulles) = 1955-01-21, resolved against the dateline day as dev_7001's
    # "this afternoon"; Holland's own "today" (the talk with Benson) is inside a quotation whose
    # day the text does not give -> null.
    ("dev_7201_holland_eisenhower_washington", "Oceania", "1950s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19550124.2.72", "1955-01-24"),
    # The URL's date 1991/0918 (a Wednesday; the excerpt has no date line): "Sept. 17" (the
    # Bush meeting) = 1991-09-17 (year of publication); the other appointments have no day.
    ("dev_7202_fujimori_bush_planned", "Latin America", "1990s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1991/0918/18082.html", "1991-09-18"),
    # The page's line "2011-08-20 12:33" (a Saturday): "Friday's discussions" = 2011-08-19;
    # "on Saturday morning" (the forum) = 2011-08-20.
    ("test_7203_suu_kyi_thein_sein_naypyidaw", "Southeast Asia", "2010s", "News24 (news24.com; AFP)", "https://www.news24.com/World/News/Suu-Kyi-encouraged-by-talks-20110820", "2011-08-20"),
    # The page's line "23.01.2015" (a Friday): "on January 21" (the call; the Berlin meeting) =
    # 2015-01-21, explicit.
    ("dev_7204_nazarbayev_obama_call", "Central Asia/Caucasus", "2010s", "Newsline (newsline.kz)", "https://newsline.kz/article/626460/", "2015-01-23"),
    # The page's line "March 4, 1953" (a Wednesday; the bulletin's date): "yesterday"
    # (Eisenhower to Prince Faisal) = 1953-03-03, resolved against the bulletin's date as the
    # corpus does for JTA ("Thursday" in a Friday bulletin); the Dulles trip "in April" -> null.
    ("dev_7205_dulles_naguib_visit_planned", "Middle East", "1950s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/1953/03/04/archive/secretary-dulles-to-visit-middle-east-eisenhower-seeks-arab-trust", "1953-03-04"),
    # The page's date line "Monday, Feb. 05, 1973" (Time's issue date): "Last week" (the Paris
    # meeting) -> null; "ten years ago last week" (de Gaulle-Adenauer) -> null.
    ("dev_7206_brandt_pompidou_paris_time", "Western Europe", "1970s", "Time (archive mirror at softbeam.net)", "http://softbeam.net/txt/time/Time1973/1973-02-05/906813.html", "1973-02-05"),
    # The page's line "July 24, 2013, 8:42 am" (a Wednesday): the Singh-Biden and Biden-Ansari
    # meetings have no day in the text -> null; "in September" (the Washington talks) -> null
    # (month only); "in November 2010" (Obama's India visit) -> null.
    ("test_7207_singh_biden_obama_planned", "South Asia", "2010s", "The BRICS Post (thebricspost.com; agencies)", "http://www.thebricspost.com/india-pm-to-hold-talks-with-obama-in-us/", "2013-07-24"),
    # The page's line "February 27, 1990" (a Tuesday; AP from Lusaka): "today" (the airport
    # welcome) = 1990-02-27; "In his six-day visit" (the meetings to come) -> null.
    ("dev_7208_mandela_kaunda_lusaka", "Africa", "1990s", "Associated Press (apnews.com archive)", "https://www.apnews.com/d611b9c932bc9c7f5ad86b055198bcbf", "1990-02-27"),
    # The page's line "August 07, 2013  19:32" (a Wednesday): "on Wednesday" = 2013-08-07, the
    # day of the cancellation (no row: the summit will not take place).
    ("dev_7209_obama_cancels_putin_summit", "Eastern Europe/Russia", "2010s", "Rediff (news.rediff.com; AP copy)", "http://news.rediff.com/commentary/2013/aug/07/in-rebuke-obama-cancels-moscow-summit-with-putin/9ea3277063b373eb4d655e09af60cd7b", "2013-08-07"),
    # The URL's date 1990-06-01 (a Friday; no date line in the excerpt): "said Thursday" =
    # 1990-05-31 (a statement); "leave Sunday" = 1990-06-03, "in San Francisco on Monday" (Roh-
    # Gorbachev) = 1990-06-04, "in Washington on Wednesday" (Roh-Bush) = 1990-06-06, all in
    # "next week" as the first sentence says (weekdays computed with Python datetime).
    ("dev_7210_roh_gorbachev_planned", "East Asia", "1990s", "Los Angeles Times (latimes.com archives; Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1990-06-01-mn-173-story.html", "1990-06-01"),
    # The statement's date line "February 20, 1961" (a Monday): "met today" = 1961-02-20.
    ("test_7211_kennedy_diefenbaker_statement", "North America", "1960s", "The American Presidency Project (presidency.ucsb.edu; White House joint statement)", "https://www.presidency.ucsb.edu/documents/joint-statement-following-discussions-with-prime-minister-diefenbaker-canada", "1961-02-20"),
    # No date line in the excerpt and none in the URL: `published` is derived from the text,
    # "President William Ruto on Monday, May 29, told delegates" (29 May is a Monday in 2023,
    # the year the caption's "April 27, 2023" agrees with), i.e. the story of the day of the
    # speech; the decade (2020s) is certain, the day is an inference (see the notes). The
    # meeting dates are explicit in the captions ("June 2, 2020", "April 27, 2023") and need
    # no resolution; the angry call has no day -> null.
    ("dev_7212_museveni_ruto_call", "Africa", "2020s", "Kenyans.co.ke", "https://www.kenyans.co.ke/news/89852-ruto-issues-warning-after-receiving-musevenis-furious-phone-call", "2023-05-29"),
]

A = {}

_HOL1 = ("WASHINGTON. January 22. The Prime Minister of New Zealand <Mr Holland) yesterday discussed the Formosa situation with President Eisenhower and Mr Dulles, the Secretary of State.")
_HOL2 = ("\" Ir Holland spent almost 30 minutes wi h President Eisenhower, lunched with Mr Richard Nixon, the VicePresident, and had an unusually long talk with Mr Dulles, lasting an hour ani 20 minutes.")
A["dev_7201_holland_eisenhower_washington"] = dict(
    actors={
        "sidney_holland": ["MR HOLLAND", "Mr Holland", "Holland"],
        "dwight_eisenhower": ["President Eisenhower"],
        "john_foster_dulles": ["Mr Dulles"],
        "richard_nixon": ["Mr Richard Nixon", "Richard Nixon"],
        "ezra_taft_benson": ["Mr Ezra Benson", "Ezra Benson"],
        "united_nations": ["United Nations"],
        "un_security_council": ["Security Council"],
    },
    meetings=[
        # "yesterday discussed the Formosa situation with President Eisenhower and Mr Dulles"; the
        # later sentence separates the two talks ("spent almost 30 minutes wi h President
        # Eisenhower ... had an unusually long talk with Mr Dulles"; "his talks at the White House
        # and the State Department") -> two bilaterals, no Eisenhower-Dulles pair (they are not
        # presented as meeting each other), held, 1955-01-21, Washington (the dateline; the White
        # House).
        M(["sidney_holland", "dwight_eisenhower"], "1955-01-21", "Washington", IP, H, _HOL1),
        M(["sidney_holland", "john_foster_dulles"], "1955-01-21", "Washington", IP, H, _HOL1),
        # "lunched with Mr Richard Nixon, the VicePresident" -> a working meal, held, in the same
        # list as the 30 minutes with Eisenhower (the visit of "yesterday") -> 1955-01-21,
        # Washington.
        M(["sidney_holland", "richard_nixon"], "1955-01-21", "Washington", IP, H, _HOL2),
        # "I also discussed this matter today with Mr Ezra Benson, the Secretary of Agri ’u'ture"
        # -> held, date null (the day of the quoted remark is not given), Washington (the
        # dateline; he is on his visit there).
        M(["sidney_holland", "ezra_taft_benson"], None, "Washington", IP, H,
          "He said: “The matter has the gravest consequences for New Zealand and I also discussed this matter today with Mr Ezra Benson, the Secretary of Agri ’u'ture.”"),
        # Not rows: "the New Zealand Government has a’ready had discussions with the British and
        # the United States Governments" (governments, no persons, no occasion); "measures which
        # might be considered in the United Nations" (an organisation, no meeting). The White
        # House and the State Department are named as places of the talks (not annotated as
        # actors here). Removed: the Papers Past notices at the start ("Thank you for
        # correcting ...", "This article contains searchable text ..."), the "Article image"
        # widget lines, and the last, cut-off sentence ("-ed i* Mr Benson had given him an-
        # satisfaction in these talks, Mr He nd replied: “Mr Benson listened to what I had to
        # say and he has undertaken to give our rep"). The OCR errors "<Mr Holland)", ", . , ~",
        # "a’ready", '" Ir Holland', "wi h", "VicePresident", "ani" and "Agri ’u'ture" are kept
        # as they stand.
    ],
    roles=[("The Prime Minister of New Zealand", "sidney_holland"), ("the Secretary of State", "john_foster_dulles"),
           ("the President", "dwight_eisenhower"), ("the VicePresident", "richard_nixon")],
)

A["dev_7202_fujimori_bush_planned"] = dict(
    actors={
        "alberto_fujimori": ["Alberto Fujimori", "Mr. Fujimori", "Fujimori"],
        "george_h_w_bush": ["President Bush", "Mr. Bush"],
        "us_congress": ["United States Congress", "Congress"],
        "us_state_department": ["State Department"],
        "green_berets": ["Green Berets"],
        "shining_path": ["Shining Path"],
        "white_house": ["White House"],
        "bob_martinez": ["Bob Martinez"],
    },
    meetings=[
        # "Mr. Fujimori was to meet President Bush Sept. 17" ("an Oval Office meeting with Mr.
        # Bush") -> planned (the article's "was to meet", as "were to meet" in ANNOTATION.md),
        # 1991-09-17, Washington (the Oval Office, resolved to its city as the White House).
        M(["alberto_fujimori", "george_h_w_bush"], "1991-09-17", "Washington", IP, P,
          "On his first visit to the US since being elected in June 1990, Mr. Fujimori was to meet President Bush Sept. 17 to discuss efforts to reinvigorate his economy and eradicate cocaine traffic."),
        # "Fujimori was to confer with State Department officials, federal anti-drug director Bob
        # Martinez, and members of Congress" -> planned, date null (no day), United States (the
        # visit is "his first visit to the US"; no city for these talks). The named counterpart
        # gets a row; the unnamed officials and members of Congress give a one-party row,
        # required False (unnamed, a series, as dev_7012's Senate and House leaders).
        M(["alberto_fujimori", "bob_martinez"], None, "United States", IP, P,
          "In addition to having an Oval Office meeting with Mr. Bush, Fujimori was to confer with State Department officials, federal anti-drug director Bob Martinez, and members of Congress."),
        M(["alberto_fujimori"], None, "United States", IP, P,
          "In addition to having an Oval Office meeting with Mr. Bush, Fujimori was to confer with State Department officials, federal anti-drug director Bob Martinez, and members of Congress.",
          False),
        # Not rows: "They were also certain to discuss efforts to persuade Congress" (the same Bush
        # meeting); "Congress has refused to approve the aid package" (an institution's
        # decision); "The White House has argued" (a statement); the Green Berets "to work
        # directly with the Peruvian military" (a proposal, unnamed). Removed: the paywall line at
        # the end ("You've read  of  free articles. Subscribe to continue."); the excerpt has no
        # headline or date line. "Congress.On" and "International human rights group say" are
        # kept as they stand.
    ],
    roles=[("Peru's reform-minded president", "alberto_fujimori"), ("federal anti-drug director", "bob_martinez")],
)

A["test_7203_suu_kyi_thein_sein_naypyidaw"] = dict(
    actors={
        "aung_san_suu_kyi": ["Aung San Suu Kyi", "Suu Kyi"],
        "thein_sein": ["President Thein Sein", "Thein Sein"],
        "new_light_of_myanmar": ["New Light of Myanmar"],
        "afp": ["AFP"],
    },
    meetings=[
        # "Friday's discussions with President Thein Sein ... the one hour meeting in the capital
        # Naypyidaw" (the headline's "talks", "her first meeting with the country's new
        # nominally civilian president", the picture "at the presidential residence": the same
        # meeting) -> held, 2011-08-19, Naypyidaw.
        M(["aung_san_suu_kyi", "thein_sein"], "2011-08-19", "Naypyidaw", IP, H,
          "In her first comments on Friday's discussions with President Thein Sein, a former general, the Nobel laureate indicated that the one hour meeting in the capital Naypyidaw had gone well."),
        # At the economic forum "on Saturday morning" she "spoke with senior government officials
        # and ministers" -> unnamed counterparts, one-party row, held, 2011-08-20, Naypyidaw
        # (the forum is in Naypyidaw: "remained in Naypyidaw overnight and attended a forum");
        # required False (conversations at a forum with unnamed officials).
        M(["aung_san_suu_kyi"], "2011-08-20", "Naypyidaw", IP, H,
          "An AFP reporter at the event said the 66-year-old appeared relaxed and cheerful and spoke with senior government officials and ministers.",
          False),
        # Not rows: "she told reporters" (a statement); the forum itself (attendance at an event);
        # "the latest example of contacts between the government and its most renowned critic"
        # (general); "A Myanmar official ... said" (a statement); "Suu Kyi was told in June to
        # stay out of politics" (a warning, no meeting, no one named). Removed: the last, cut-off
        # sentence ("In recent weeks Suu Kyi has held two rou"). The section heads "'Putting aside
        # different views'" and "Open letter" are kept as they stand.
    ],
    roles=[("Myanmar's democracy champion", "aung_san_suu_kyi"), ("the country's new nominally civilian president", "thein_sein"),
           ("the Nobel laureate", "aung_san_suu_kyi"), ("the democracy icon", "aung_san_suu_kyi"),
           ("Government mouthpiece", "new_light_of_myanmar"), ("The newspaper", "new_light_of_myanmar"),
           ("the 66-year-old", "aung_san_suu_kyi"), ("a former general and junta prime minister", "thein_sein")],
)

A["dev_7204_nazarbayev_obama_call"] = dict(
    actors={
        "nursultan_nazarbayev": ["President Nursultan Nazarbayev", "Nursultan Nazarbayev", "Nazarbayev"],
        "barack_obama": ["U.S. President Barack Obama", "Barack Obama", "Obama"],
        "akorda": ["Ak Orda"],
        "frank_walter_steinmeier": ["Frank-Walter Steinmeier"],
    },
    meetings=[
        # "held a late night telephone conversation with U.S. President Barack Obama on January
        # 21" -> phone, held, 2015-01-21, place null.
        M(["nursultan_nazarbayev", "barack_obama"], "2015-01-21", None, PH, H,
          "President Nursultan Nazarbayev held a late night telephone conversation with U.S. President Barack Obama on January 21 upon the initiative of the United States, the Ak Orda presidential residence announced."),
        # "the foreign ministers of Germany, France, Russia, and Ukraine met in Berlin on January
        # 21" -> a four-minister meeting of which only Germany's minister is named, and only in
        # the next sentence ("German Foreign Minister Frank-Walter Steinmeier") -> one-party row,
        # held, 2015-01-21, Berlin; required False (participants given by role, a four-party
        # ministerial meeting).
        M(["frank_walter_steinmeier"], "2015-01-21", "Berlin", IP, H,
          "In the meantime, the foreign ministers of Germany, France, Russia, and Ukraine met in Berlin on January 21 to discuss the conflict in south-eastern Ukraine.",
          False),
        # Not rows: "can be resolved through peace talks between the heads of Ukraine, Russia,
        # Germany and France" (a proposal, unnamed heads); "asked his U.S. counterpart to get
        # involved" and "During the conversation" (the same call); the Ak Orda announcements
        # (statements). The byline "By Zhanar Abdulova" is kept in the text and not annotated.
        # Removed: the last, cut-off sentence ("The four foreign ministers agreed to
        # strongly"). The leading spaces of the lines are kept as they stand.
    ],
    roles=[("U.S. President", "barack_obama"), ("the Kazakh President", "nursultan_nazarbayev"), ("the U.S. leader", "barack_obama"),
           ("his U.S. counterpart", "barack_obama"), ("German Foreign Minister", "frank_walter_steinmeier"),
           ("presidential residence", "akorda")],
)

A["dev_7205_dulles_naguib_visit_planned"] = dict(
    actors={
        "john_foster_dulles": ["Secretary of State John Foster Dulles", "John Foster Dulles", "Secretary Dulles",
                               "SECRETARY DULLES", "Mr. Dulles", "Dulles"],
        "mohamed_naguib": ["Premier Naguib", "Naguib"],
        "dwight_eisenhower": ["President Eisenhower", "Mr. Eisenhower", "Eisenhower"],
        "faisal_bin_abdulaziz": ["Prince Faisal"],
        "abba_eban": ["Israel Ambassador Abba Eban", "Abba Eban"],
        "moshe_sharett": ["Israel Foreign Minister Moshe Sharett", "Moshe Sharett"],
        "north_atlantic_council": ["Atlantic Pact Council"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # "is planning a flying visit to Premier Naguib in Egypt" -> planned, date null (the trip
        # "in April", after the Paris meeting: month only), Egypt (no city).
        M(["john_foster_dulles", "mohamed_naguib"], None, "Egypt", IP, P,
          "Secretary of State John Foster Dulles is planning a flying visit to Premier Naguib in Egypt, and meetings elsewhere in the Middle East, in an attempt to strengthen American relations with the Arab states."),
        # "an expression of concern yesterday by President Eisenhower to Prince Faisal" and "Mr.
        # Eisenhower told the Prince" -> an exchange between the two, held, 1953-03-03, place
        # null (not given); required False (the text does not say how the concern was expressed:
        # a meeting is likely but not stated).
        M(["dwight_eisenhower", "faisal_bin_abdulaziz"], "1953-03-03", None, IP, H,
          "The new move became known today following an expression of concern yesterday by President Eisenhower to Prince Faisal, Saudi Arabia’s Foreign Minister, over evidence of a “deterioration in relations between the Arab nations and the United States.”",
          False),
        # "Israel Ambassador Abba Eban has conveyed to Secretary Dulles an invitation" -> held,
        # date null ("it was learned today" is the day the news became known, not of the
        # conveying), place null; required False (an invitation conveyed: a call on the
        # Secretary or a note, the text does not say).
        M(["abba_eban", "john_foster_dulles"], None, None, IP, H,
          "However, it was learned today that Israel Ambassador Abba Eban has conveyed to Secretary Dulles an invitation to visit Israel whenever the Secretary plans a trip to that part of the world.",
          False),
        # Not rows: "meetings elsewhere in the Middle East" (unnamed); "the Paris meeting of the
        # Atlantic Pact Council in April" (multilateral); "It could not be learned if Mr. Dulles
        # will visit Israel" (uncertain, no counterpart) and the invitation itself (not accepted:
        # no planned row); "The invitation was extended ... on behalf of ... Moshe Sharett" (an
        # invitation, no meeting); "Sources in the State Department said" (a statement).
        # Removed: the site's header line at the start ("Search JTA's historical archive dating
        # back to 1923"), two widget lines after the date line ("See Original Daily Bulletin From
        # This Date", "Advertisement") and the last, cut-off sentence ("Mr. Dulles was
        # appreciative of"). "The Department" (the State Department) and "the new
        # Administration"/"the Eisenhower Administration" are not annotated as separate actors.
    ],
    roles=[("Saudi Arabia’s Foreign Minister", "faisal_bin_abdulaziz"), ("the Prince", "faisal_bin_abdulaziz"),
           ("the Secretary", "john_foster_dulles"), ("the Ambassador", "abba_eban")],
)

A["dev_7206_brandt_pompidou_paris_time"] = dict(
    actors={
        "charles_de_gaulle": ["General Charles de Gaulle", "Charles de Gaulle"],
        "konrad_adenauer": ["Konrad Adenauer"],
        "willy_brandt": ["Willy Brandt", "Brandt"],
        "georges_pompidou": ["Georges Pompidou", "Pompidou"],
        "michel_debre": ["Michel Debre"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "Last week Willy Brandt and Georges Pompidou met in Paris" (the gala dinner and "the five
        # hours of talks between the two leaders": the same visit) -> held, date null ("Last
        # week"), Paris.
        M(["willy_brandt", "georges_pompidou"], None, "Paris", IP, H,
          "Last week Willy Brandt and Georges Pompidou met in Paris to congratulate each other on the tenth anniversary of the treaty."),
        # "At the Elysee Palace ten years ago last week, General Charles de Gaulle embraced a deeply
        # moved Konrad Adenauer" (the signing of the 1963 treaty) -> held, date null, Paris (the
        # Elysee Palace resolved to its city); required False (a background reference, as
        # dev_7005's 1956 embrace).
        M(["charles_de_gaulle", "konrad_adenauer"], None, "Paris", IP, H,
          "At the Elysee Palace ten years ago last week, General Charles de Gaulle embraced a deeply moved Konrad Adenauer, signaling the end to almost a century of Franco-German hostility and the birth of a treaty of friendship and cooperation.",
          False),
        # Not rows: "Michel Debre, did not take part in the conversations" (not a participant:
        # no Debre-Brandt row); the joint statement and Brandt's "appearance on West German
        # television" (statements, an interview); "one Bonn official put it" (unnamed). Removed:
        # the last, cut-off sentence ("In a joint statement, the two leaders publicly reaffirmed
        # their goal of achieving European unity"). "Legion d'honneur" and "preanniversary" are
        # kept as they stand.
    ],
    roles=[("the German Chancellor", "willy_brandt"), ("Pompidou's ultra-Gaullist Minister of Defense", "michel_debre")],
)

A["test_7207_singh_biden_obama_planned"] = dict(
    actors={
        "manmohan_singh": ["Indian Prime Minister Manmohan Singh", "Manmohan Singh", "Singh"],
        "barack_obama": ["US President Barack Obama", "Barack Obama", "President Obama", "Obama"],
        "joe_biden": ["US Vice President Joseph Biden", "Joseph Biden", "Biden"],
        "hamid_ansari": ["Vice-President Hamid Ansari", "Hamid Ansari"],
        "united_nations_general_assembly": ["United Nations General Assembly"],
    },
    meetings=[
        # "will hold talks with US President Barack Obama in Washington on a six-day visit to the
        # United States in September" -> planned, date null (month only), Washington.
        M(["manmohan_singh", "barack_obama"], None, "Washington", IP, P,
          "Indian Prime Minister Manmohan Singh will hold talks with US President Barack Obama in Washington on a six-day visit to the United States in September."),
        # "after a 75-minute meeting between Singh and visiting US Vice President Joseph Biden in
        # New Delhi" (the photo caption's "a meeting between Singh ... and ... Biden": the same)
        # -> held, date null (no day in the text), New Delhi.
        M(["manmohan_singh", "joe_biden"], None, "New Delhi", IP, H,
          "The announcement was made after a 75-minute meeting between Singh and visiting US Vice President Joseph Biden in New Delhi."),
        # "Biden also had a meeting with Vice-President Hamid Ansari" -> held, date null, place
        # null (the text names New Delhi only for the Singh meeting; not inferred).
        M(["joe_biden", "hamid_ansari"], None, None, IP, H,
          "Biden also had a meeting with Vice-President Hamid Ansari who pointed out that India would like to “cherish, as you do, the right to disagree without losing sight of our endeavour for the common good.”"),
        # "President Obama visited India in November 2010" -> a visit to a country, no
        # counterpart named, one-party row, held, date null (month only), India; required False
        # (as dev_7004's Mandela visit).
        M(["barack_obama"], None, "India", IP, H,
          "President Obama visited India in November 2010 and announced trade deals with the Asian nation worth $10 billion.",
          False),
        # Not rows: "During a meeting with top Indian leaders, Biden referred to Obama’s
        # statements" (unnamed leaders; it may be the Singh meeting); Singh "will also attend the
        # United Nations General Assembly" (a plenary); "an official statement released prior to
        # the vice president’s visit" and "Biden said last week" (statements). "[PMOI]" (twice)
        # is the photo credit (the Prime Minister's Office of India), kept in the text and not
        # annotated. Removed: the widget line at the start ("Follow us on:") and the source tag
        # at the end ("Source: Agencies"). The double spaces inside the Biden quotation are kept.
    ],
    roles=[("The Indian prime minister", "manmohan_singh"), ("The American leader", "barack_obama"),
           ("the vice president", "joe_biden"), ("US Vice President", "joe_biden")],
)

A["dev_7208_mandela_kaunda_lusaka"] = dict(
    actors={
        "nelson_mandela": ["Nelson Mandela", "Mandela"],
        "kenneth_kaunda": ["President Kenneth Kaunda", "Kenneth Kaunda", "Kaunda"],
        "winnie_madikizela_mandela": ["Winnie"],
        "african_national_congress": ["African National Congress", "ANC"],
        "commonwealth_of_nations": ["Commonwealth"],
    },
    meetings=[
        # "President Kenneth Kaunda of Zambia ... was the first to greet Mandela and his wife,
        # Winnie" -> the host head of state's welcome at the airport, held, 1990-02-27 ("today"),
        # Lusaka (the dateline; "the Lusaka airport"). Winnie accompanies her husband (a spouse:
        # no Kaunda-Winnie row).
        M(["kenneth_kaunda", "nelson_mandela"], "1990-02-27", "Lusaka", IP, H,
          "President Kenneth Kaunda of Zambia, whose Southern African nation has hosted the ANC’s exile headquarters for almost two decades, was the first to greet Mandela and his wife, Winnie."),
        # "In his six-day visit, Mandela will meet African and Commonwealth leaders, as well as
        # with exiled ANC leaders" -> unnamed counterparts, one-party row, planned, date null,
        # Lusaka (the dateline; the visit is to Zambia); required False (unnamed, a series).
        M(["nelson_mandela"], None, "Lusaka", IP, P,
          "In his six-day visit, Mandela will meet African and Commonwealth leaders, as well as with exiled ANC leaders from the organization’s 35-member national executive committee and military wing.",
          False),
        # Not rows: "embraced exiled members of his African National Congress and seven African
        # presidents" (unnamed; Kaunda's greeting is the row above); "the talks with regional
        # leaders" (the same planned series); "the 1979 Lusaka Commonwealth summit" (multilateral,
        # history); "He told the crowd" (a speech). "(AP)" in the dateline is the agency credit
        # (not annotated). Removed: the widget line at the start ("Related topics") and the
        # last, cut-off sentence ("He praised Kaunda as a peacemaker who tried to persuade
        # successive governments in P"). "breathrough" and the ″ quotation marks are kept.
    ],
    roles=[("The black nationalist leader", "nelson_mandela"), ("his wife", "winnie_madikizela_mandela")],
)

A["dev_7209_obama_cancels_putin_summit"] = dict(
    actors={
        "barack_obama": ["President Barack Obama", "Barack Obama", "Obama"],
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "Putin"],
        "national_security_agency": ["National Security Agency"],
        "edward_snowden": ["Edward Snowden"],
    },
    meetings=[
        # Zero-row control: "President Barack Obama on Wednesday canceled his Moscow summit with
        # Russian President Vladimir Putin" (and the headline "Obama cancels Moscow summit with
        # Putin") -> a meeting that will not take place: not a row (guide: "a call or meeting
        # that did not take place"). Also not rows: "Russia's harboring of ... Edward Snowden"
        # (no meeting). Removed: the widget lines at the end ("« Back to LIVE", "TOP STORIES").
        # The date line "August 07, 2013  19:32" (two spaces) is kept as it stands.
    ],
    roles=[("National Security Agency leaker", "edward_snowden")],
)

A["dev_7210_roh_gorbachev_planned"] = dict(
    actors={
        "roh_tae_woo": ["South Korean President Roh Tae Woo", "Roh Tae Woo", "Roh"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "yonhap": ["Yonhap"],
    },
    meetings=[
        # "meet with the Soviet president in San Francisco on Monday" (the first sentence's "his
        # talks next week with Mikhail S. Gorbachev", "The Roh-Gorbachev meeting", "the San
        # Francisco talks": the same meeting) -> planned, 1990-06-04, San Francisco.
        M(["roh_tae_woo", "mikhail_gorbachev"], "1990-06-04", "San Francisco", IP, P,
          "Roh is scheduled to leave Sunday and meet with the Soviet president in San Francisco on Monday after Gorbachev ends summit talks with President Bush."),
        # "Roh is to meet Bush in Washington on Wednesday" -> planned, 1990-06-06, Washington.
        M(["roh_tae_woo", "george_h_w_bush"], "1990-06-06", "Washington", IP, P,
          "Afterward, Roh is to meet Bush in Washington on Wednesday, the Yonhap news agency reported."),
        # "after Gorbachev ends summit talks with President Bush" -> the Bush-Gorbachev summit, in
        # progress at publication, held, date null (not given), place null (not given); required
        # False (mentioned in passing as a time reference, neither date nor place in the text).
        M(["mikhail_gorbachev", "george_h_w_bush"], None, None, IP, H,
          "Roh is scheduled to leave Sunday and meet with the Soviet president in San Francisco on Monday after Gorbachev ends summit talks with President Bush.",
          False),
        # Not rows: "Roh ... said Thursday" (statements); "make overtures through Gorbachev to
        # officials in the North Korean capital" (unnamed, no meeting); "no way opened for me to
        # go to Pyongyang" (negated). "From Times Wire Services" is the agency credit (not
        # annotated). Removed: the last, cut-off sentence ("Chief presidential spokesman Lee Soo
        # Jung said Roh and Gorbachev will discuss normalizing relations between Seoul and
        # Moscow, trade between the two nations, and peace on the Korean Peninsul"), so the
        # spokesman is not in the stored text. The double blank lines are kept as they stand.
    ],
    roles=[("the Soviet president", "mikhail_gorbachev"), ("The president", "roh_tae_woo")],
)

A["test_7211_kennedy_diefenbaker_statement"] = dict(
    actors={
        "john_f_kennedy": ["PRESIDENT KENNEDY"],
        "john_diefenbaker": ["Prime Minister Diefenbaker", "Diefenbaker"],
        "dean_rusk": ["Mr. Dean Rusk", "Dean Rusk"],
        "livingston_merchant": ["Mr. Livingston Merchant", "Livingston Merchant"],
        "howard_green": ["Mr. Howard Green", "Howard Green"],
        "arnold_heeney": ["Mr. Arnold Heeney", "Arnold Heeney"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "PRESIDENT KENNEDY and Prime Minister Diefenbaker met today in Washington" -> held,
        # 1961-02-20, Washington. Rusk, Merchant, Green and Heeney "assisted in these
        # discussions" (aides who assist, as "accompany"/"sit in on": not participants, no pair
        # rows).
        M(["john_f_kennedy", "john_diefenbaker"], "1961-02-20", "Washington", IP, H,
          "PRESIDENT KENNEDY and Prime Minister Diefenbaker met today in Washington to discuss informally a wide range of international problems as well as bilateral questions of interest to the two countries."),
        # Not rows: "this early opportunity for a friendly exchange of views" and "reviewed
        # defense and security problems" (the same meeting); "the central importance of the
        # United Nations" (no meeting); "the various consultative arrangements" (general).
        # Removed: the site's image line at the start ("John F. Kennedy photo") and the last,
        # cut-off sentence ("The President and the Prime Minister noted with satisfaction that
        # joint meetings are about to take place in Canada between members of both houses of the
        # federal legislatures of"), which would have given no row (unnamed legislators).
    ],
    roles=[("The Secretary of State", "dean_rusk"), ("the United States Ambassador-designate to Canada", "livingston_merchant"),
           ("the Secretary of State for External Affairs", "howard_green"),
           ("the Canadian Ambassador to the United States", "arnold_heeney"),
           ("The President", "john_f_kennedy"), ("the Prime Minister", "john_diefenbaker")],
)

A["dev_7212_museveni_ruto_call"] = dict(
    actors={
        "william_ruto": ["President William Ruto", "William Ruto", "Ruto"],
        "yoweri_museveni": ["Ugandan Head of State Yoweri Museveni", "President Yoweri Museveni", "Yoweri Museveni", "Museveni"],
    },
    meetings=[
        # "how his Ugandan counterpart called him while angry" ("Ugandan President called (me) and
        # he was not happy"; the headline's "Museveni's Furious Phone Call") -> phone, held, date
        # null (the call has no day; "Monday, May 29" is the day of the speech), place null.
        M(["yoweri_museveni", "william_ruto"], None, None, PH, H,
          "President William Ruto on Monday, May 29, told delegates attending the African Private Sector Dialogue on the African Continental Free Trade Area (AfCFTA) how his Ugandan counterpart called him while angry."),
        # Caption: "President William Ruto meets President Yoweri Museveni of Uganda in Uganda's
        # State House on April 27, 2023." (given twice, the second with "(right)": one row) ->
        # held, 2023-04-27, Uganda (the State House is not given a city).
        M(["william_ruto", "yoweri_museveni"], "2023-04-27", "Uganda", IP, H,
          "President William Ruto meets President Yoweri Museveni of Uganda in Uganda's State House on April 27, 2023."),
        # Caption: "A photo collage of President William Ruto (Left) and Ugandan Head of State
        # Yoweri Museveni (Right) during a phone call on June 2, 2020." -> phone, held,
        # 2020-06-02, place null; required False (a file-photo caption about an earlier call,
        # which may be the caption writer's label for the collage rather than a reported call).
        M(["william_ruto", "yoweri_museveni"], "2020-06-02", None, PH, H,
          "A photo collage of President William Ruto (Left) and Ugandan Head of State Yoweri Museveni (Right) during a phone call on June 2, 2020.",
          False),
        # Not rows: the speech to "delegates attending the African Private Sector Dialogue" (a
        # speech to a conference); "warned African leaders and Kenyan officials" (unnamed, a
        # speech); "we are seeking an agreement to create a regional airline" (states, no
        # meeting). "PCS" and "/President Yoweri Museveni" are photo credits (kept in the text,
        # not annotated); the African Private Sector Dialogue (an event) and AfCFTA (an agreement)
        # are not actors. Removed: the last, cut-off word ("As").
    ],
    roles=[("his Ugandan counterpart", "yoweri_museveni"), ("The Head of State", "william_ruto"),
           ("Ugandan President", "yoweri_museveni"), ("Ugandan Head of State", "yoweri_museveni")],
)
