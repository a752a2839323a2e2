"""Accuracy corpus, batch 37b: 12 new articles about meetings between political actors, from the
1950s, 1960s, 1980s, 1990s, 2000s, 2010s and 2020s (1950s: one, 1960s: one, 1980s: one, 1990s:
two, 2000s: one, 2010s: four, 2020s: two), over eleven regions (Western Europe: two; South Asia,
Eastern Europe/Russia, Africa, Latin America, Southeast Asia, East Asia, North America, Central
Asia/Caucasus, Middle East, Oceania: one each). Outlets/sites: The Kathmandu Post, The Press
(Christchurch) via Papers Past (twice), the Los Angeles Times (archive page), Voice of America,
The Phnom Penh Post via PressReader, the Orlando Sentinel (a Washington Post story), the Edmonton
Sun, the OANA news agency site (a Kabar story), World Tribune.com (Middle East Newsline), the
Embassy of Solomon Islands (a joint statement of the two Prime Ministers) and Keep Talking Greece;
some of these sites were used before, the pages are new. Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_37b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-36b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_73NN_<slug>` / `test_73NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL's date 2020/08/15 (a Saturday): "on Saturday" and "Saturday's talks" = 2020-08-15;
    # "on April 10" = 2020-04-10 (the year of publication); the meeting "two days ahead" of the
    # Saturday talks = 2020-08-17 (a Monday).
    ("dev_7301_oli_modi_call", "South Asia", "2020s", "The Kathmandu Post (kathmandupost.com)", "https://kathmandupost.com/national/2020/08/15/oli-modi-hold-telephonic-conversation", "2020-08-15"),
    # The Papers Past id CHP19560605 = The Press (Christchurch), 5 June 1956 (a Tuesday); the
    # dateline "MOSCOW. June 4." (a Monday): "today" = the dateline day 1956-06-04 (as batch 5d:
    # "today" resolved to a dateline day that precedes the issue); "tomorrow" = 1956-06-05; "in
    # May last year" -> no date.
    ("dev_7302_tito_bulganin_khrushchev_moscow", "Eastern Europe/Russia", "1950s", "The Press (Christchurch), via Papers Past (N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19560605.2.100", "1956-06-05"),
    # The Papers Past id CHP19691024 = The Press (Christchurch), 24 October 1969 (a Friday); the
    # dateline "LONDON, October 23." -> "today" (Wilson's Commons answer, no row) = 1969-10-23;
    # "our conversation on October 17" = 1969-10-17 (the year of publication; "last week" agrees).
    ("test_7303_wilson_marshall_london", "Western Europe", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A. Staff Correspondent)", "https://paperspast.natlib.govt.nz/newspapers/CHP19691024.2.183", "1969-10-24"),
    # The URL's date 1987-12-17 (a Thursday; the page's heading "News from Dec. 17, 1987"):
    # "Monday" (the fighting; no row) = 1987-12-14.
    ("dev_7304_kenya_uganda_busia_normalize", "Africa", "1980s", "Los Angeles Times (latimes.com archive page)", "https://www.latimes.com/archives/la-xpm-1987-12-17-mn-29697-story.html", "1987-12-17"),
    # The URL's date 2007-08-31 (a Friday): "Friday" = 2007-08-31 (the day of the story);
    # "Earlier this week" (the Sarkozy call) -> no date.
    ("dev_7305_chavez_uribe_bogota_hostages", "Latin America", "2000s", "Voice of America (voanews.com)", "https://voanews.com/a/a-13-2007-08-31-voa53/352495.html", "2007-08-31"),
    # The PressReader id 20170908 = The Phnom Penh Post of 8 September 2017 (a Friday):
    # "yesterday" = 2017-09-07.
    ("dev_7306_prayut_hun_sen_phnom_penh", "Southeast Asia", "2010s", "The Phnom Penh Post, via PressReader (pressreader.com); byline Meta Kong", "http://www.pressreader.com/cambodia/the-phnom-penh-post/20170908/281547996046003", "2017-09-08"),
    # The page's date line "October 15, 1998" (a Thursday; also the URL): "Wednesday" =
    # 1998-10-14; "Friday" = 1998-10-16.
    ("test_7307_koo_wang_shanghai", "East Asia", "1990s", "Orlando Sentinel (orlandosentinel.com archive; a Washington Post story)", "http://articles.orlandosentinel.com/1998-10-15/news/9810150343_1_taiwan-mainland-china-shanghai", "1998-10-15"),
    # The URL's date 2012/11/08 (a Thursday): "Thursday" = 2012-11-08.
    ("dev_7308_harper_obama_call_bangalore", "North America", "2010s", "Edmonton Sun (edmontonsun.com)", "http://edmontonsun.com/2012/11/08/harper-congratulates-obama-on-election-win/wcm/01815944-b05b-4f1b-947b-81eea7621f1c", "2012-11-08"),
    # The page's date line "Fri, 11/29/2019" and the dateline "Bishkek, Nov.29, 2019": "Today,
    # Nov. 29, 2019" = 2019-11-29.
    ("dev_7309_jeenbekov_mirziyoyev_consultative", "Central Asia/Caucasus", "2010s", "OANA (oananews.org; Kabar)", "https://www.oananews.org/node/551109", "2019-11-29"),
    # The page's date line "Thursday, April 22, 1999" (the URL's folder "2000" is the site's
    # archive folder, not the date): "on Wednesday" = 1999-04-21; "in February" -> no date.
    ("dev_7310_abdullah_assad_damascus", "Middle East", "1990s", "World Tribune.com (Middle East Newsline)", "https://www.worldtribune.com/worldtribune/WTARC/2000/x47.html", "1999-04-22"),
    # The page's date line "03.06.2019" (day.month.year: 3 June 2019, a Monday): "met today" =
    # 2019-06-03.
    ("test_7311_morrison_sogavare_honiara", "Oceania", "2010s", "Embassy of Solomon Islands (solomonislandsembassy.com; joint statement of the two Prime Ministers)", "https://www.solomonislandsembassy.com/news-and-press-releases/the-hon-manasseh-sogavare-prime-minister-the-hon-scott-morrison-mp-prime-minister-joint-statement", "2019-06-03"),
    # The URL's date 2022/05/23 (a Monday): "on Monday" = 2022-05-23 (no row); "Last week" and
    # "beginning of the week" -> no dates.
    ("dev_7312_erdogan_refuses_mitsotakis", "Western Europe", "2020s", "Keep Talking Greece (keeptalkinggreece.com)", "https://www.keeptalkinggreece.com/2022/05/23/erdogan-for-me-there-is-no-mitsotakis-i-will-never-meet-with-him-again/", "2022-05-23"),
]

A = {}

A["dev_7301_oli_modi_call"] = dict(
    actors={
        "k_p_sharma_oli": ["KP Sharma Oli", "Oli"],
        "narendra_modi": ["Narendra Modi", "Modi"],
        "shanker_das_bairagi": ["Shanker Das Bairagi"],
        "ministry_of_foreign_affairs_nepal": ["Ministry of Foreign Affairs", "Foreign Ministry"],
        "kathmandu_post": ["Post"],
    },
    meetings=[
        # "Prime Minister KP Sharma Oli and his Indian counterpart Narendra Modi held a
        # telephonic conversation on Saturday" (the headline, "Oli rang up Modi", "held talks on
        # Saturday" and "Saturday's talks" are the same call) -> phone, held, 2020-08-15, place
        # null.
        M(["k_p_sharma_oli", "narendra_modi"], "2020-08-15", None, PH, H,
          "Four months after their last telephonic conversation, Prime Minister KP Sharma Oli and his Indian counterpart Narendra Modi held a telephonic conversation on Saturday."),
        # "Oli and Modi held the last telephonic conversation on April 10" -> an earlier call,
        # held, 2020-04-10 (the year of publication), place null.
        M(["k_p_sharma_oli", "narendra_modi"], "2020-04-10", None, PH, H,
          "Oli and Modi held the last telephonic conversation on April 10 where both leaders discussed the situation after the lockdown and problems faced by the Nepali people living in India in the wake of Covid-19 pandemic."),
        # "a scheduled high-level meeting between foreign secretary of Nepal and Indian
        # ambassador to Nepal in Kathmandu" -> the foreign secretary of Nepal is Shanker Das
        # Bairagi (named as "Foreign Secretary" two sentences before); the Indian ambassador is
        # unnamed -> one-party row, planned, 2020-08-17 ("two days ahead" of the Saturday call),
        # Kathmandu; required False (the named party is found only through a role phrase, the
        # counterpart is unnamed).
        M(["shanker_das_bairagi"], "2020-08-17", "Kathmandu", IP, P,
          "The talks also happened two days ahead of a scheduled high-level meeting between foreign secretary of Nepal and Indian ambassador to Nepal in Kathmandu.",
          False),
        # Not rows: Bairagi "told the Post" (a statement to the paper); the Ministry's statement
        # (a statement); "Both Kathmandu and Delhi have expressed willingness to hold dialogue
        # but it has yet to materialise" (no specific meeting); "repeated attempts from both
        # Kathmandu and New Delhi" (states, attempts). "the Post" is the paper itself, named in
        # the body as the one Bairagi spoke to, so it is annotated. "Anil Giri", glued to the
        # end of the subtitle ("...boundary issues.Anil Giri"), is the byline (not annotated;
        # kept as it stands). Removed: the section label "National" at the start and the last,
        # cut-off fragment ("Addressing the nation f").
    ],
    roles=[("his Indian counterpart", "narendra_modi"), ("Foreign Secretary", "shanker_das_bairagi"),
           ("foreign secretary of Nepal", "shanker_das_bairagi"), ("The prime minister", "k_p_sharma_oli")],
)

_TITO = ("Th e President of Jugoslavia (Marshal Tito) will begin the formal business of his State visit to Russia today with courtesy calls on the Soviet Prime Minister (Marshal Bulganin) and the Communist Party leader (Mr Khrushchev).")
_TITO2 = ("Marshal Tito is believed to have had an informal preliminary exchange of views already with the Soviet leaders, in preparation for the formal talks, which open tomorrow.")
A["dev_7302_tito_bulganin_khrushchev_moscow"] = dict(
    actors={
        "josip_broz_tito": ["Marshal Tito", "Tito"],
        "nikolai_bulganin": ["Marshal Bulganin"],
        "nikita_khrushchev": ["Mr Khrushchev"],
        "lavrenti_beria": ["Lavrenti Beria"],
        "sergei_zakharov": ["Major-General Sergei Zakharov", "Sergei Zakharov"],
    },
    meetings=[
        # "will begin the formal business of his State visit to Russia today with courtesy calls
        # on the Soviet Prime Minister (Marshal Bulganin) and the Communist Party leader (Mr
        # Khrushchev)" -> two separate courtesy calls (two rows), planned, 1956-06-04 (the
        # dateline day), Moscow.
        M(["josip_broz_tito", "nikolai_bulganin"], "1956-06-04", "Moscow", IP, P, _TITO),
        M(["josip_broz_tito", "nikita_khrushchev"], "1956-06-04", "Moscow", IP, P, _TITO),
        # "an informal preliminary exchange of views already with the Soviet leaders" -> held,
        # date null, Moscow; "the formal talks, which open tomorrow" -> planned, 1956-06-05,
        # Moscow. "the Soviet leaders" is a plural role phrase for the two named Soviet leaders
        # of the sentence before -> pair rows with each; all four required False (the
        # counterparts are given only by a plural role phrase, and the exchange is only
        # "believed" to have taken place).
        M(["josip_broz_tito", "nikolai_bulganin"], None, "Moscow", IP, H, _TITO2, False),
        M(["josip_broz_tito", "nikita_khrushchev"], None, "Moscow", IP, H, _TITO2, False),
        M(["josip_broz_tito", "nikolai_bulganin"], "1956-06-05", "Moscow", IP, P, _TITO2, False),
        M(["josip_broz_tito", "nikita_khrushchev"], "1956-06-05", "Moscow", IP, P, _TITO2, False),
        # "Excited Russians crowded round Tito and Mr Khrushchev as they walked in Moscow's Gorki
        # street" (with "they stepped with Mr Khrushchev out of a luxury limousine for a brief,
        # unscheduled sightseeing trip") -> an in-person outing of the two, held, date null (the
        # evening is not dated), Moscow.
        M(["josip_broz_tito", "nikita_khrushchev"], None, "Moscow", IP, H,
          "Sightseeing in Moscow Excited Russians crowded round Tito and Mr Khrushchev as they walked in Moscow’s Gorki street."),
        # Not rows: "the Soviet leaders went to Belgrade in May last year" (a trip with no host
        # named in the text; history); Beria "blamed ... for the rift" (history); Zakharov
        # "cleared the way" (security escort, no talks); Tito's "attractive wife" (unnamed;
        # accompanying). "(N.Z. Press Association—Copyright)" is the agency credit (not
        # annotated). The OCR slips "Th e", "SovietJugoslav", "Rusianfe" and the stray "'" are
        # kept; the sub-heading "Sightseeing in Moscow" is run into the next sentence in the
        # text, so the evidence above keeps it. Removed: the page's "Article image" lines at the
        # start and the last, cut-off fragment ("The sightseeing expedi").
    ],
    roles=[("Th e President of Jugoslavia", "josip_broz_tito"), ("the Soviet Prime Minister", "nikolai_bulganin"),
           ("the Communist Party leader", "nikita_khrushchev"), ("the executed Soviet security chief", "lavrenti_beria"),
           ("a Soviet security chief", "sergei_zakharov")],
)

A["test_7303_wilson_marshall_london"] = dict(
    actors={
        "harold_wilson": ["Mr Wilson", "Wilson"],
        "john_marshall": ["Mr Marshall"],
        "george_brown": ["Mr George Brown", "George Brown"],
        "house_of_commons_uk": ["House of Commons"],
        "western_european_union": ["Western European Union"],
        "new_zealand_government": ["New Zealand Government"],
        "british_government": ["British Government"],
        "european_economic_community": ["E.E.C.", "Common Market"],
    },
    meetings=[
        # "his meeting last week with the New Zealand Deputy Prime Minister (Mr Marshall)" and "I
        # repeated these assurances to Mr Marshall in the course of our conversation on October
        # 17" -> one meeting, held, 1969-10-17; place null (the text does not say where the two
        # met; the dateline London is where Wilson spoke in the Commons, not stated as the
        # meeting's place). Keyed `john_marshall` (New Zealand's Deputy Prime Minister; the text
        # gives only "Mr Marshall").
        M(["harold_wilson", "john_marshall"], "1969-10-17", None, IP, H,
          "Mr Wilson stated: “I repeated these assurances to Mr Marshall in the course of our conversation on October 17."),
        # Not rows: Wilson "Asked in the House of Commons" (a parliamentary answer); George
        # Brown's "statement to the Western European Union ... in July, 1967" (a statement to a
        # multilateral body); the Common Market entry (no meeting). Removed: the Papers Past end
        # matter ("Permanent link to this item", bibliographic details, copyright notes).
    ],
    roles=[("The British Prime Minister", "harold_wilson"), ("the New Zealand Deputy Prime Minister", "john_marshall"),
           ("the former Foreign Secretary", "george_brown")],
)

A["dev_7304_kenya_uganda_busia_normalize"] = dict(
    actors={
        "charles_katungi": ["Charles Katungi"],
    },
    meetings=[
        # Zero-row control. Not rows: Katungi "is seeking an appointment with Kenyan authorities
        # to present his government's demands" (a requested meeting, not arranged, with unnamed
        # authorities: as batch 5c's "requested meetings"); "Kenya is making similar moves in
        # Kampala" (unnamed); the two governments' statements (statements); the border clashes
        # "Monday" (fighting). Removed: the "Advertisement" lines at the start and end and,
        # inside the text, the share-widget line "Share via" between the heading and the body.
        # The heading "The World - News from Dec. 17, 1987" is kept.
    ],
    roles=[("Uganda’s ambassador in Nairobi", "charles_katungi")],
)

A["dev_7305_chavez_uribe_bogota_hostages"] = dict(
    actors={
        "hugo_chavez": ["Hugo Chavez", "Mr. Chavez", "President Chavez", "Chavez"],
        "alvaro_uribe": ["Alberto Uribe", "Mr. Uribe", "President Uribe", "Uribe"],
        "nicolas_sarkozy": ["Nicolas Sarkozy"],
        "ingrid_betancourt": ["Ingrid Betancourt", "Betancourt"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
    },
    meetings=[
        # "Mr. Chavez and Mr. Uribe discussed the hostage issue Friday during a meeting on the
        # outskirts of the Colombian capital, Bogota" (the lead's "has met with his Colombian
        # counterpart" is the same meeting) -> held, 2007-08-31, Bogota. Uribe is called
        # "Alberto Uribe" in the lead (the text's slip for Alvaro); keyed `alvaro_uribe` (the
        # Colombian President, as in earlier batches), the slip kept as an alias.
        M(["hugo_chavez", "alvaro_uribe"], "2007-08-31", "Bogota", IP, H,
          "Mr. Chavez and Mr. Uribe discussed the hostage issue Friday during a meeting on the outskirts of the Colombian capital, Bogota."),
        # "a spokesman for French President Nicolas Sarkozy said the French leader assured Mr.
        # Chavez in a telephone call" -> phone, held, date null ("Earlier this week"), place
        # null.
        M(["nicolas_sarkozy", "hugo_chavez"], None, None, PH, H,
          "Earlier this week, a spokesman for French President Nicolas Sarkozy said the French leader assured Mr. Chavez in a telephone call of his support to win the release of Betancourt and the other hostages."),
        # Not rows: Chavez "has offered to engage in a dialogue with the FARC" and "has offered
        # Venezuela as an alternative site for talks" (offers; an organisation); the FARC's
        # demands and Uribe's refusal of concessions (positions); the unnamed spokesman.
        # Removed: the agency note at the end ("Some information for this report provided by AP
        # and Reuters.").
    ],
    roles=[("his Colombian counterpart", "alvaro_uribe"), ("The Venezuelan leader", "hugo_chavez"),
           ("French President", "nicolas_sarkozy"), ("the French leader", "nicolas_sarkozy"),
           ("Venezuelan President", "hugo_chavez"), ("French-Colombian politician", "ingrid_betancourt")],
)

A["dev_7306_prayut_hun_sen_phnom_penh"] = dict(
    actors={
        "hun_sen": ["Hun Sen"],
        "prayut_chan_o_cha": ["Prayut Chan-ocha", "Prayut Chan-o-cha", "Prayut"],
        "touch_channy": ["Touch Channy", "Channy"],
        "ministry_of_social_affairs_cambodia": ["Ministry of Social Affairs"],
    },
    meetings=[
        # The caption "Prime Minister Hun Sen embraces Thai Prime Minister Prayut Chan-o-cha
        # after a meeting at the Peace Palace in Phnom Penh yesterday" (the joint press
        # conference at the Peace Palace, "the discussion" and "the official visit" are the same
        # occasion) -> held, 2017-09-07, Phnom Penh.
        M(["hun_sen", "prayut_chan_o_cha"], "2017-09-07", "Phnom Penh", IP, H,
          "Prime Minister Hun Sen embraces Thai Prime Minister Prayut Chan-o-cha after a meeting at the Peace Palace in Phnom Penh yesterday."),
        # Not rows: the joint press conference (the same occasion); "CAMBODIA and Thailand
        # agreed" (states); Vietnam's promise of funds (a state); Channy's statement (a
        # statement). "- Meta Kong" is the byline and "?? GOVERNMENT HOUSE OF THAILAND ??" the
        # photo credit inside the caption line (neither annotated; both kept as they stand).
        # "spokesmanTouch Channy", "longdelayed", "drugfree" and "CambodiaThailand" are kept.
        # Removed: the paper's name "The Phnom Penh Post" at the start and, at the end, the
        # second, cut-off copy of the caption ("GOVERNMENT HOUSE OF THAILAND Prime Minister Hun
        # Sen embraces Thai Prime Minister Prayut Chan-o-cha").
    ],
    roles=[("his Thai counterpart", "prayut_chan_o_cha"), ("Thai Prime Minister", "prayut_chan_o_cha"),
           ("Ministry of Social Affairs spokesman", "touch_channy")],
)

_KOO = ("More than 200 Taiwanese journalists have gone to China to cover the talks, which started in Shanghai and move Friday to Beijing, where Koo will also meet with China's President Jiang Zemin and Qian Qichen, one of China's foreign-policy elite.")
A["test_7307_koo_wang_shanghai"] = dict(
    actors={
        "koo_chen_fu": ["Koo Chen-fu", "Koo"],
        "wang_daohan": ["Wang Daohan", "Wang"],
        "jiang_zemin": ["Jiang Zemin"],
        "qian_qichen": ["Qian Qichen"],
    },
    meetings=[
        # "Koo huddled with his Chinese counterpart, Wang Daohan, at the Peace Hotel" (the talks
        # "resumed ... Wednesday" in Shanghai; "his talks with Wang" is the same) -> held,
        # 1998-10-14, Shanghai.
        M(["koo_chen_fu", "wang_daohan"], "1998-10-14", "Shanghai", IP, H,
          "Koo huddled with his Chinese counterpart, Wang Daohan, at the Peace Hotel, one of the cornerstones of Shanghai's historic riverside promenade, known as the Bund."),
        # "where Koo will also meet with China's President Jiang Zemin and Qian Qichen" -> two
        # planned meetings (one row each, as `dev_032`'s "met X and Y"), Beijing; date null (the
        # talks "move Friday to Beijing", the day of these meetings within the stay is not
        # given).
        M(["koo_chen_fu", "jiang_zemin"], None, "Beijing", IP, P, _KOO),
        M(["koo_chen_fu", "qian_qichen"], None, "Beijing", IP, P, _KOO),
        # "the talks, which started in Shanghai and move Friday to Beijing" -> the Koo-Wang
        # talks continued in Beijing, planned, 1998-10-16, Beijing; required False (Wang's part
        # in the Beijing leg is implied, not stated).
        M(["koo_chen_fu", "wang_daohan"], "1998-10-16", "Beijing", IP, P, _KOO, False),
        # Not rows: "The highest-ranking member of Taiwan's ruling party ever to meet with
        # Chinese officials" (the same visit; unnamed officials); the journalists; Beijing's and
        # Taiwan's dropped demands (positions). "By Washington Post" is the credit line (not
        # annotated). Removed: the last, cut-off sentence ("Zhou Jianming, a senior Chinese
        # schola"); the sentence before it is kept.
    ],
    roles=[("Taiwan's top negotiator", "koo_chen_fu"), ("his Chinese counterpart", "wang_daohan"),
           ("China's President", "jiang_zemin"), ("one of China's foreign-policy elite", "qian_qichen")],
)

A["dev_7308_harper_obama_call_bangalore"] = dict(
    actors={
        "stephen_harper": ["Prime Minister Stephen Harper", "Stephen Harper", "Prime Minister Harper", "Harper"],
        "barack_obama": ["Barack Obama", "Obama"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # "Prime Minister Stephen Harper and U.S. President Barack Obama spoke Thursday by phone"
        # ("the call") -> phone, held, 2012-11-08; place null (a call; Harper was in Bangalore,
        # Obama in Washington).
        M(["stephen_harper", "barack_obama"], "2012-11-08", None, PH, H,
          "BANGALORE, India – Prime Minister Stephen Harper and U.S. President Barack Obama spoke Thursday by phone for the first time since Obama’s re-election — an opportunity Harper used to press Obama to fix America’s economic woes."),
        # Not rows: "the White House and Congress working together" (institutions, a wish);
        # Harper's remarks "Earlier in Bangalore Thursday" (a statement); "Harper's aides said in
        # a statement" (unnamed aides).
    ],
    roles=[("U.S. President", "barack_obama"), ("The Prime Minister", "stephen_harper"),
           ("the president", "barack_obama")],
)

A["dev_7309_jeenbekov_mirziyoyev_consultative"] = dict(
    actors={
        "sooronbay_jeenbekov": ["Sooronbay Jeenbekov", "Jeenbekov"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
        "chingiz_aidarbekov": ["Chingiz Aidarbekov"],
        "daniyar_sydykov": ["Daniyar Sydykov"],
        "ibrahim_junusov": ["Ibrahim Junusov"],
        "jenish_razakov": ["Jenish Razakov"],
        "sanjar_mukanbetov": ["Sanjar Mukanbetov"],
        "zhanat_beishenov": ["Zhanat Beishenov"],
    },
    meetings=[
        # "Today, Nov. 29, 2019 Kyrgyz President Sooronbay Jeenbekov held talks with President of
        # Uzbekistan Shavkat Mirziyoyev" ("as part of the Second Consultative Meeting of Heads of
        # Central Asian States") -> a bilateral on the sidelines, held, 2019-11-29; place null
        # (the text names no venue; the dateline Bishkek is the agency's, not stated as the
        # meeting's place).
        M(["sooronbay_jeenbekov", "shavkat_mirziyoyev"], "2019-11-29", None, IP, H,
          "Today, Nov. 29, 2019 Kyrgyz President Sooronbay Jeenbekov held talks with President of Uzbekistan Shavkat Mirziyoyev."),
        # Not rows: the Second Consultative Meeting of Heads of Central Asian States (a
        # multilateral summit); the delegation members Aidarbekov, Sydykov, Junusov, Razakov,
        # Mukanbetov and Beishenov (listed as the delegation; not presented as meeting anyone).
        # "/Kabar/." in the dateline is the agency credit (not annotated). Removed: the site's
        # record lines at the start ("ID :", "551109", "Fri, 11/29/2019 - 09:58", "Auther :")
        # and the stray "X" at the end.
    ],
    roles=[("Kyrgyz President", "sooronbay_jeenbekov"), ("President of Uzbekistan", "shavkat_mirziyoyev"),
           ("Minister of Foreign Affairs", "chingiz_aidarbekov"),
           ("Head of the Foreign Policy Department of the President's Office", "daniyar_sydykov"),
           ("Ambassador of Kyrgyzstan to Uzbekistan", "ibrahim_junusov"), ("Deputy Prime Minister", "jenish_razakov"),
           ("Minister of Economy", "sanjar_mukanbetov"), ("Minister of Transport and Roads", "zhanat_beishenov")],
)

A["dev_7310_abdullah_assad_damascus"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah", "Abdullah"],
        "hafez_al_assad": ["Hafez Assad", "Assad"],
        "hussein_bin_talal": ["Hussein"],
        "baath_party": ["Baath Party"],
    },
    meetings=[
        # "Jordan's King Abdullah held talks with Syrian President Hafez Assad in Damascus on
        # Wednesday" ("Assad welcomed Abdullah at the airport", and "Abdullah will discuss with
        # Assad ... during his visit to Syria" belong to the same visit: one row for the pair and
        # place, as the multi-day visits of earlier batches) -> held, 1999-04-21, Damascus.
        M(["abdullah_ii", "hafez_al_assad"], "1999-04-21", "Damascus", IP, H,
          "AMMAN [MENL] -- Jordan's King Abdullah held talks with Syrian President Hafez Assad in Damascus on Wednesday in efforts to reconcile between the two Arab neighbors."),
        # "Abdullah and Assad met after Hussein's funeral in February" -> held, date null
        # (month only), place null (not given).
        M(["abdullah_ii", "hafez_al_assad"], None, None, IP, H,
          "Abdullah and Assad met after Hussein's funeral in February and soon both countries were declaring that a new chapter had begun in their relations."),
        # Not rows: "his late father Hussein traveled to Damascus in the mid-1980s" (a trip, no
        # host named; history); the Baath Party daily's comment (a statement by an unnamed
        # paper; the party is annotated); the bilateral committee (a body to be revived, no
        # meeting). "[MENL]" and the lines "Special to World Tribune.com" / "MIDDLE EAST
        # NEWSLINE" are source credits (not annotated; kept). Removed: the site's name "World
        # Tribune.com" at the start and the end matter (the repeated date line, "Contact World
        # Tribune.com at ..." and "Return to World Tribune.com front page").
    ],
    roles=[("Syrian President", "hafez_al_assad"), ("the Jordanian king", "abdullah_ii"),
           ("his late father", "hussein_bin_talal")],
)

A["test_7311_morrison_sogavare_honiara"] = dict(
    actors={
        "scott_morrison": ["The Hon. Scott Morrison MP", "Scott Morrison"],
        "manasseh_sogavare": ["The Hon. Manasseh Sogavare", "Manasseh Sogavare"],
        "ramsi": ["Regional Assistance Mission to Solomon Islands", "RAMSI"],
        "australian_government": ["Australian Government"],
    },
    meetings=[
        # "Prime Minister Scott Morrison and Prime Minister Manasseh Sogavare met today in
        # Honiara" -> held, 2019-06-03, Honiara.
        M(["scott_morrison", "manasseh_sogavare"], "2019-06-03", "Honiara", IP, H,
          "Prime Minister Scott Morrison and Prime Minister Manasseh Sogavare met today in Honiara to celebrate Australia and Solomon Islands’ partnership as ‘true wantoks’."),
        # Not rows: the statement's commitments ("We will work together", programmes,
        # assessments, the planned building) are undertakings of two states, not meetings; the
        # Australian Infrastructure Financing Facility for the Pacific is a financing programme
        # and the "Prime Minister's Office/Ministry of Foreign Affairs and External Trade
        # complex" a building (not annotated). Removed: the last, cut-off sentence ("Solomon
        # Islands recognised the crucial importance to the country’s economic future of sound
        # management of its mineral wealth, and to that end").
    ],
    roles=[],
)

A["dev_7312_erdogan_refuses_mitsotakis"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan", "President Erdogan", "Erdogan"],
        "kyriakos_mitsotakis": ["Kyriakos Mitsotakis", "PM Mitsotakis", "Mitsotakis"],
        "us_congress": ["US Congress", "Congress"],
        "gulen_movement": ["Gülen movement", "FETO"],
    },
    meetings=[
        # Zero-row control. Not rows: "I will never meet with him again" and "he has no
        # intention of ever meeting with ... Mitsotakis again" (a refused meeting); "I will not
        # talk to him anymore" (refused contact); Mitsotakis's "visit to the United States" (a
        # trip, no host named) and "addressing the US Congress" (a speech to a legislature);
        # "During a cabinet meeting Erdogan reportedly said" (a meeting of the whole cabinet, no
        # named counterpart); "We agreed not to include third countries" (a past agreement, no
        # specific meeting). FETO is Turkey's name for the Gülen movement (one key, two
        # aliases). The typo "saod" is kept. Removed: the site's date line "Monday , April 15
        # 2024" (the day of the crawl, not of the story) and the breadcrumb "Home / FEATURED /
        # ..." at the start, and the last, cut-off sentence ("Government spokesman Giannis
        # Oikonomou s"); "Prompt was the response of Greece." before it is kept.
    ],
    roles=[("Turkish President", "recep_tayyip_erdogan"), ("Greek Prime Minister", "kyriakos_mitsotakis"),
           ("The Greek PM", "kyriakos_mitsotakis")],
)
