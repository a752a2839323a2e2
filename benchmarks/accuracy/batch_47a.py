"""Accuracy corpus, batch 47a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1970s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1970s: three, 1990s: one, 2000s: two, 2010s: three, 2020s: two; five
of the twelve from before 2000, as the brief asked), over the eleven regions (Africa: two;
Southeast Asia, Western Europe, Middle East, South Asia, East Asia, Eastern Europe/Russia, North
America, Oceania, Latin America, Central Asia/Caucasus: one each). Outlets/sites: The American
Presidency Project (presidency.ucsb.edu, a joint statement), the Jersey Evening Post (PA copy), a
mirror site carrying an English news story from a Chinese site (formacion-profesional-a-distancia
.com), the Jewish Telegraphic Agency (jta.org archive), Pakistan Today, KBS News (English), The
Ukrainian Weekly (ukrweekly.com archive), Maclean's (archive.macleans.ca), PM Transcripts (the
Australian Prime Minister's Office, a media release), Digital Journal (dpa copy), Akorda (the
Kazakh President's site, mirror.akorda.kz) and Pulse Live Kenya (pulselive.co.ke).
jerseyeveningpost.com, formacion-profesional-a-distancia.com, news.kbs.co.kr, digitaljournal.com
and pulselive.co.ke are new to the corpus as sites (as far as `sources.csv` and the batch files
show); the other sites were used before, the pages and the stories are new. Collected with the
`search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on
them (the package has not been run, imported or read for this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_47a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-46b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_92NN_<slug>` / `test_92NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The statement's date line "June 08, 1969" (a Sunday): "met on Midway Island on June 8,
    # 1969" -> 1969-06-08 (explicit); "a friendship dating from 1965" -> no row.
    ("dev_9201_nixon_thieu_midway", "Southeast Asia", "1960s", "The American Presidency Project (presidency.ucsb.edu; joint statement)", "https://www.presidency.ucsb.edu/documents/joint-statement-following-the-meeting-with-president-thieu", "1969-06-08"),
    # No date line in the excerpt; the URL's 2019/10/10 (a Thursday). The story is written while
    # the meeting goes on ("is meeting", "were holding", "was being held"): the meeting is dated
    # 2019-10-10, the day of the story (see the notes); "in a week", "next week" (the EU summit)
    # -> no rows.
    ("dev_9202_varadkar_johnson_thornton_manor", "Western Europe", "2010s", "Jersey Evening Post (jerseyeveningpost.com, PA copy)", "https://jerseyeveningpost.com/morenews/uknews/2019/10/10/varadkar-meets-johnson-at-luxury-wedding-venue-for-brexit-talks/", "2019-10-10"),
    # No date line in the excerpt; the URL's world/2011-06/13 (a Monday): "on Monday met" =
    # 2011-06-13 (the day itself).
    ("test_9203_kikwete_clinton_dar_es_salaam", "Africa", "2010s", "formacion-profesional-a-distancia.com (a mirror site carrying an English news story of a Chinese site, URL path world/2011-06/13/content_...)", "http://formacion-profesional-a-distancia.com/world/2011-06/13/content_22775513.htm", "2011-06-13"),
    # The bulletin's date line "June 2, 1975" (a Monday; the URL's 1975/06/02 agrees): "today"
    # (the luncheon) is resolved against the date line -> 1975-06-02 (as batch 40b's dev_7901,
    # where the date line is in the excerpt; see the notes); "yesterday evening" (Sadat's
    # arrival) -> no row; "next week" (Rabin) -> null.
    ("dev_9204_ford_sadat_salzburg", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/1975/06/02/archive/ford-tells-sadat-u-s-will-not-tolerate-stagnation-in-efforts-for-mideast-peace", "1975-06-02"),
    # No date line in the excerpt; the URL's 2017/07/26 and the search tool's date field
    # 2017-07-26 (removed with its prefix; a Wednesday): the talks and the airport reception
    # have no day in the text ("a three-day visit", "Earlier") -> null; "November 15 and 16,
    # 2016" (a summit postponed) -> no row.
    ("dev_9205_sharif_yameen_male", "South Asia", "2010s", "Pakistan Today (pakistantoday.com.pk)", "https://www.pakistantoday.com.pk/2017/07/26/india-harmed-saarc-undermined-its-spirit-nawaz/", "2017-07-26"),
    # The header "입력 2023.05.08 (15:47)" ("entered"; the search tool's date field 2023-05-08
    # agrees; a Monday): the summit "held in Seoul on Sunday" = 2023-05-07 (a Sunday, checked);
    # Yoon's visit to Japan "50 days" before -> null (an approximate count).
    ("dev_9206_yoon_kishida_seoul_summit", "East Asia", "2020s", "KBS News (news.kbs.co.kr, English news)", "https://news.kbs.co.kr/news/view.do?ncd=7670075", "2023-05-08"),
    # The copyright line "The Ukrainian Weekly, July 11, 1999, No. 28" (a Sunday): "on July 4"
    # -> 1999-07-04 (explicit; a Sunday, checked); "on July 3" (testimony, a complaint) -> no
    # rows; "in September" -> null.
    ("test_9207_kuchma_yeltsin_dacha", "Eastern Europe/Russia", "1990s", "The Ukrainian Weekly (ukrweekly.com archive; story credited to Eastern Economist)", "https://ukrweekly.com/old/archive/1999/289909.shtml", "1999-07-11"),
    # The date line "Robert Lewis June 4 1979" (Maclean's issue date; a Monday; the URL's
    # 1979/6/4 agrees): the Jasper meeting has no day in the text -> null; "June 25" (the Tokyo
    # summit) -> no row.
    ("dev_9208_clark_pitfield_jasper", "North America", "1970s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1979/6/4/the-new-pm-no-ordinary-joe", "1979-06-04"),
    # The release's date line "Media Release - 22 January 1973" (a Monday): the visit "from 20 to
    # 23 January" is a range and the day of "their first meeting" (an anniversary) is not given
    # -> null.
    ("dev_9209_whitlam_kirk_new_zealand", "Oceania", "1970s", "PM Transcripts (Australian Prime Minister's Office; media release; pmtranscripts.dpmc.gov.au)", "http://pmtranscripts.dpmc.gov.au/browse.php?did=2785", "1973-01-22"),
    # The date line "Oct 12, 2007" (a Friday): "met on Friday" = 2007-10-12 (the day itself);
    # "soon" (Chavez and the FARC leaders) -> null; "From 2012" -> no row.
    ("dev_9210_uribe_chavez_pipeline", "Latin America", "2000s", "Digital Journal (digitaljournal.com, dpa copy)", "http://www.digitaljournal.com/article/239804", "2007-10-12"),
    # The release's date line "29 May 2007" (a Tuesday): the reception told in the present tense
    # under it and Sobianin's meeting "On the same day" -> 2007-05-29 (see the notes); "in the
    # next month" (the CIS summit) -> no row.
    ("test_9211_nazarbayev_sobianin_astana", "Central Asia/Caucasus", "2000s", "Akorda, the site of the President of Kazakhstan (mirror.akorda.kz; press release)", "http://mirror.akorda.kz/en/events/president-nursultan-nazarbayev-receives-sergey-sobianin-the-head-of-the-administration-of-the-president-of-the-russian-federation-who-arrived-in-astana-for-a-three-day-visit", "2007-05-29"),
    # No date line in the excerpt; the search tool's date field 2023-10-04 (removed with its
    # prefix; a Wednesday; the URL has no date): the call is given no day -> null.
    ("dev_9212_biden_ruto_call", "Africa", "2020s", "Pulse Live Kenya (pulselive.co.ke)", "https://www.pulselive.co.ke/news/local/president-joe-biden-calls-ruto-to-discuss-haiti-intervention-stip-and-climate-change/t4eqq2w", "2023-10-04"),
]

A = {}

A["dev_9201_nixon_thieu_midway"] = dict(
    actors={
        "nguyen_van_thieu": ["PRESIDENT Nguyen Van Thieu", "Nguyen Van Thieu", "President Thieu"],
        "richard_nixon": ["President Nixon"],
    },
    meetings=[
        # "PRESIDENT Nguyen Van Thieu ... and President Nixon ... met on Midway Island on June 8,
        # 1969." (the headline's "the Meeting With President Thieu", "Their daylong discussions",
        # "their first meeting as Chiefs of State": the same meeting, one row) -> held,
        # 1969-06-08, Midway Island (the most specific named locality).
        M(["nguyen_van_thieu", "richard_nixon"], "1969-06-08", "Midway Island", IP, H,
          "PRESIDENT Nguyen Van Thieu of the Republic of Vietnam and President Nixon of the United States met on Midway Island on June 8, 1969."),
        # Not rows: "senior members of their respective governments" (unnamed; assistance and
        # counsel, not parties); "received a briefing from Vietnamese and American military
        # commanders" (unnamed); "a friendship dating from 1965" (no meeting stated); "the Paris
        # talks" (unnamed negotiators). Removed: the site's image line at the start ("Richard
        # Nixon photo", as batch 5d's "John F. Kennedy photo": Nixon is named in the text) and
        # the last, cut-off sentence ("They reiterated their common resolve to reject any
        # attempt ... without regard to the will of the people o").
    ],
    roles=[],
)

A["dev_9202_varadkar_johnson_thornton_manor"] = dict(
    actors={
        "boris_johnson": ["Boris Johnson", "Mr Johnson"],
        "leo_varadkar": ["Leo Varadkar", "Mr Varadkar"],
        "william_hesketh_lever": ["William Hesketh Lever"],
        "european_union": ["EU"],
    },
    meetings=[
        # "Boris Johnson is meeting Leo Varadkar for last-ditch Brexit talks" ("were holding
        # what is described as a 'private meeting' at a luxury wedding venue on the Wirral
        # peninsula", "The meeting ... was being held at Thornton Manor ... in the village of
        # Thornton Hough", "ahead of the discussion": the same meeting, one row) -> held (under
        # way as the story is written), 2019-10-10 (the day of the story; see the notes),
        # Thornton Hough (the village named; no city is given).
        M(["boris_johnson", "leo_varadkar"], "2019-10-10", "Thornton Hough", IP, H,
          "Boris Johnson is meeting Leo Varadkar for last-ditch Brexit talks in a bid to break the deadlock as the departure deadline looms and progress with the EU falters."),
        # Not rows: "the crucial EU summit in Brussels starting in a week" and "next week's
        # European Council meeting" (a multilateral summit); the EU as a counterpart of the UK
        # (no meeting described); William Hesketh Lever, the house's former owner (no meeting).
        # The graphic caption "Countdown to leaving the EU" with its credit "(PA Graphics)" is
        # kept as found inside the text (the credit not annotated). Removed: the widget line "-
        # Advertisement -" after the headline and the last, cut-off sentence ("The downbeat
        # assessment from Mr Barnier was echoed by the Taoiseach, who said ... leave the customs
        # union with the rest").
    ],
    roles=[("The Prime Minister", "boris_johnson"), ("his Irish counterpart", "leo_varadkar"),
           ("The Taoiseach", "leo_varadkar"), ("the PM", "boris_johnson"),
           ("the soap magnate", "william_hesketh_lever")],
)

A["test_9203_kikwete_clinton_dar_es_salaam"] = dict(
    actors={
        "jakaya_kikwete": ["Tanzanian President Jakaya Kikwete", "Jakaya Kikwete", "Kikwete"],
        "hillary_clinton": ["U.S. Secretary of State Hillary Clinton", "Hillary Clinton", "Clinton"],
        "barack_obama": ["U.S. President Barack Obama", "Barack Obama"],
        "us_government": ["U.S. Government"],
    },
    meetings=[
        # "Tanzanian President Jakaya Kikwete and visiting U.S. Secretary of State Hillary
        # Clinton on Monday met" ("the bilateral talks at the State House in Dar es Salaam",
        # "Clinton's visit", "the two sides discussed": the same meeting, one row) -> held,
        # 2011-06-13, Dar es Salaam.
        M(["jakaya_kikwete", "hillary_clinton"], "2011-06-13", "Dar es Salaam", IP, H,
          "Tanzanian President Jakaya Kikwete and visiting U.S. Secretary of State Hillary Clinton on Monday met on the bilateral relations and cooperations, as well as international and global issues."),
        # Not rows: the "joint press conference" after the talks (media, the same encounter);
        # Obama's "Partnership for Growth (PFG) initiative" and the "Feed the Future Initiative"
        # (programmes, not meetings; not actors); "U.S. official statement" (a document); Kikwete
        # "told reporters" (media). No credit line in the excerpt. Kept as found: "cooperations",
        # "thanks to the U.S. support". Removed: the last, cut-off sentence ("On the threat of
        # piracy, Clinton said that the U.S. is working with Tanzania to address the issue,
        # stressing").
    ],
    roles=[("The Tanzanian president", "jakaya_kikwete"), ("Tanzanian President", "jakaya_kikwete"),
           ("U.S. Secretary of State", "hillary_clinton"), ("U.S. President", "barack_obama")],
)

A["dev_9204_ford_sadat_salzburg"] = dict(
    actors={
        "gerald_ford": ["President Ford", "Ford"],
        "anwar_sadat": ["Egyptian President Anwar Sadat", "Anwar Sadat", "Sadat"],
        "yitzhak_rabin": ["Israeli Premier Yitzhak Rabin", "Yitzhak Rabin"],
        "henry_kissinger": ["Secretary of State Henry A. Kissinger", "Henry A. Kissinger"],
    },
    meetings=[
        # "Ford spoke at a luncheon offered in his honor by Egyptian President Anwar Sadat."
        # ("Today's luncheon at Sadat's Salzburg residence, Fuschl Castle, was the first time the
        # two men met", the toasts: the same encounter, one row) -> held, 1975-06-02 ("today"
        # against the date line; see the notes), Salzburg (the text's "Salzburg residence";
        # Fuschl Castle is the building).
        M(["gerald_ford", "anwar_sadat"], "1975-06-02", "Salzburg", IP, H,
          "Ford spoke at a luncheon offered in his honor by Egyptian President Anwar Sadat."),
        # "America will bring heavy pressure to bear on Israeli Premier Yitzhak Rabin when they
        # meet next week in Washington." -> planned, date null ("next week"), Washington; the
        # American side is "America", read as Ford (the article's American principal); required
        # False (the counterpart is given as a country; see the notes).
        M(["gerald_ford", "yitzhak_rabin"], None, "Washington", IP, P,
          "It also seemed clear that America will bring heavy pressure to bear on Israeli Premier Yitzhak Rabin when they meet next week in Washington.",
          False),
        # Not rows: Sadat's "official state visit" to Vienna and Ford's arrival "from Madrid" (no
        # host named); Kissinger's renewal of "his step-by-step approach" (a policy, no meeting
        # described); "American circles", "American-sources" (unnamed). Kept as found: "sin-
        # cere", "by deeds, He said", "American-sources" and the subhead "PRESSURE ON ISRAEL
        # EXPECTED". Removed: at the start, the site's search line ("Search JTA's historical
        # archive dating back to 1923"); after the date line, the page-furniture lines ("See
        # Original Daily Bulletin From This Date", "Advertisement"); at the end, the last,
        # cut-off sentence ("At the lunch, at which the toasts were in water ..., Sadat indicated
        # what his line will be during the two-day summit me").
    ],
    roles=[("The American President", "gerald_ford"), ("the Egyptian president", "anwar_sadat"),
           ("Israeli Premier", "yitzhak_rabin"), ("Secretary of State", "henry_kissinger")],
)

A["dev_9205_sharif_yameen_male"] = dict(
    actors={
        "nawaz_sharif": ["Prime Minister Nawaz Sharif", "Nawaz Sharif", "PM Sharif", "Premier Sharif", "Sharif"],
        "abdulla_yameen": ["President Gayoom"],
        "radio_pakistan": ["Radio Pakistan"],
        "saarc": ["South Asian Association for Regional Cooperation", "SAARC"],
        "pakistan_maldives_joint_business_council": ["Pakistan-Maldives Joint Business Council"],
        "pakistan_maldives_joint_working_group": ["Joint Working Group"],
    },
    meetings=[
        # "The prime minister said that he also exchanged views with the Maldivian president"
        # ("speaking at a joint news conference in Male along with President Gayoom", "a
        # three-day visit at the invitation of Maldivian president", "the two countries have
        # agreed", the MoUs signed: the visit's talks, one row) -> held, date null (no day),
        # Male (the dateline and the joint news conference "in Male").
        M(["nawaz_sharif", "abdulla_yameen"], None, "Male", IP, H,
          "The prime minister said that he also exchanged views with the Maldivian president over ongoing brutal repression by Indian forces in occupied Kashmir."),
        # "Sharif, accompanied with his wife, was received by President Gayoom at the airport."
        # -> held, date null, Maldives (the airport's city is not named); required False (an
        # arrival reception on the same visit; see the notes).
        M(["abdulla_yameen", "nawaz_sharif"], None, "Maldives", IP, H,
          "Sharif, accompanied with his wife, was received by President Gayoom at the airport.",
          False),
        # Not rows: "The 19th SAARC summit, scheduled to take place in Islamabad on November 15
        # and 16, 2016, was postponed" (a multilateral summit that did not take place); India's
        # boycott (no meeting); the joint news conference (media; the same visit); "the four joint
        # working committees", the council and group to be set up (bodies, no meeting). Sharif's
        # wife (unnamed) accompanies. "President Gayoom" is the text's only name for the
        # Maldivian president (keyed `abdulla_yameen`, a new key; see the notes). Kept as found:
        # "Memorandums", "accompanied with". Removed: the search tool's " date 2017-07-26" prefix
        # and the last, cut-off sentence ("A formal welcoming ceremony in honour of the prime").
    ],
    roles=[("the Maldivian president", "abdulla_yameen"), ("Maldivian president", "abdulla_yameen"),
           ("The prime minister", "nawaz_sharif")],
)

_YV = ("The South Korea-Japan Summit was held in Seoul on Sunday in 50 days since President Yoon Suk Yeol visited Japan.")
A["dev_9206_yoon_kishida_seoul_summit"] = dict(
    actors={
        "yoon_suk_yeol": ["President Yoon Suk Yeol", "Yoon Suk Yeol"],
        "fumio_kishida": ["Japanese Prime Minister Fumio Kishida", "Prime Minister Fumio Kishida", "Fumio Kishida",
                          "Prime Minister Kishida", "Kishida"],
        "kim_dae_jung": ["Kim Dae-jung"],
        "keizo_obuchi": ["Keizo Obuchi"],
    },
    meetings=[
        # "The South Korea-Japan Summit was held in Seoul on Sunday" (the parties from the next
        # sentences: "Prime Minister Fumio Kishida's 'reciprocal visit'", "President Yoon Suk
        # Yeol greets Japanese Prime Minister Fumio Kishida at the entrance of the presidential
        # office", "The summit lasted longer than scheduled at over 100 minutes": the same
        # meeting, one row) -> held, 2023-05-07, Seoul.
        M(["yoon_suk_yeol", "fumio_kishida"], "2023-05-07", "Seoul", IP, H, _YV),
        # "... in 50 days since President Yoon Suk Yeol visited Japan" (Kishida's visit is
        # "reciprocal") -> Yoon-Kishida, held, date null (an approximate count), Japan; required
        # False (the text names the country visited, the host only through "reciprocal").
        M(["yoon_suk_yeol", "fumio_kishida"], None, "Japan", IP, H, _YV, False),
        # Not rows: "the 1998 joint declaration adopted by then leaders of the two countries Kim
        # Dae-jung and Keizo Obuchi" (a document; no meeting is told); the honor guard and the
        # welcome ceremony (the same visit); the soundbites (statements); "the so-called 'shuttle
        # diplomacy' resumed after 12 years" (no specific meeting). Kept as found: the header line
        # with the program name "News Today" and the Korean time stamps, the broadcast labels
        # "[Anchor Lead]", "[Pkg]", "[Soundbite]", "Oye of the focal points", "Yoon Suk
        # Yeol(President)". Removed: the search tool's " date 2023-05-08" prefix and, at the end,
        # the cut-off soundbite ("[Soundbite] Fumio Kishida(Japanese Prime Minister) : \"I feel
        # heartbroken that many peopl").
    ],
    roles=[("Japanese Prime Minister", "fumio_kishida")],
)

A["test_9207_kuchma_yeltsin_dacha"] = dict(
    actors={
        "leonid_kuchma": ["President Leonid Kuchma", "Leonid Kuchma", "President Kuchma", "Kuchma"],
        "boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Mr. Yeltsin", "Yeltsin"],
        "dmitry_yakushkin": ["Russian Presidential Press Secretary Dmitrii Yakushkin", "Dmitrii Yakushkin"],
        "sergei_stepashin": ["Russian Prime Minister Sergei Stepashin", "Sergei Stepashin", "Mr. Stepashin"],
        "federation_council_of_russia": ["Russian Federation Council"],
        "valeriy_pustovoitenko": ["Ukrainian Prime Minister Valerii Pustovoitenko", "Valerii Pustovoitenko"],
        "oleksander_martynenko": ["Oleksander Martynenko"],
        "anatoly_lisitsyn": ["Yaroslavl Oblast Chairman Anatolii Lisitsin", "Anatolii Lisitsin"],
        "black_sea_fleet": ["Black Sea Fleet"],
    },
    meetings=[
        # "President Leonid Kuchma traveled to Moscow on July 4 for informal talks with Russian
        # President Boris Yeltsin." ("The two met informally at Mr. Yeltsin's dacha", "Presidents
        # Yeltsin and Kuchma discussed": the same meeting, one row) -> held, 1999-07-04, Moscow.
        # Evidence without the dateline "MOSCOW - ".
        M(["leonid_kuchma", "boris_yeltsin"], "1999-07-04", "Moscow", IP, H,
          "President Leonid Kuchma traveled to Moscow on July 4 for informal talks with Russian President Boris Yeltsin."),
        # "the presidents agreed that Mr. Yeltsin would pay an official visit to Kyiv in
        # September" -> Yeltsin-Kuchma, planned, date null (month only), Kyiv.
        M(["boris_yeltsin", "leonid_kuchma"], None, "Kyiv", IP, P,
          "According to President Kuchma's spokesman Oleksander Martynenko, the presidents agreed that Mr. Yeltsin would pay an official visit to Kyiv in September."),
        # "Before flying to back Kyiv on July 4, President Kuchma met briefly with the Yaroslavl
        # Oblast Chairman Anatolii Lisitsin" -> held, 1999-07-04, Moscow (the dateline's city,
        # before the flight home; see the notes).
        M(["leonid_kuchma", "anatoly_lisitsyn"], "1999-07-04", "Moscow", IP, H,
          "Before flying to back Kyiv on July 4, President Kuchma met briefly with the Yaroslavl Oblast Chairman Anatolii Lisitsin to discuss prospects for economic cooperation between that oblast and Ukrainian enterprises."),
        # Not rows: Yakushkin "informed media" (a statement); Stepashin's "testimony before the
        # Russian Federation Council on July 3" (a hearing of a body, not a meeting of named
        # people); Pustovoitenko "complained in Kyiv" (a statement); "Russian business
        # structures" (unnamed); the ship Moskva (not an actor). "Eastern Economist" under the
        # headline is the story's source credit and "The Ukrainian Weekly" in the copyright line
        # the outlet (neither annotated). Kept as found: "flying to back Kyiv", the copyright line
        # (it carries the date). Removed: the site's end link "| Home Page |".
    ],
    roles=[("Russian President", "boris_yeltsin"), ("Russian Presidential Press Secretary", "dmitry_yakushkin"),
           ("Russian Prime Minister", "sergei_stepashin"), ("Ukrainian Prime Minister", "valeriy_pustovoitenko"),
           ("President Kuchma's spokesman", "oleksander_martynenko"),
           ("the Yaroslavl Oblast Chairman", "anatoly_lisitsyn")],
)

_CP = ("For more than two hours, joined by Clark’s chief of staff, Bill Neville, the three men talked in a log cabin, called Viewpoint, a political era removed from the salons of Montreal, Rosedale and Rockcliffe Park.")
A["dev_9208_clark_pitfield_jasper"] = dict(
    actors={
        "joe_clark": ["Joe Clark", "Clark"],
        "michael_pitfield": ["Michael Pitfield", "Pitfield", "Michael"],
        "bill_neville": ["Bill Neville"],
        "pierre_trudeau": ["Pierre Trudeau"],
    },
    meetings=[
        # "... the three men talked in a log cabin" (Pitfield "had come to the edge of the
        # Conservative leader's vast Alberta constituency to hand over the keys of the
        # transition", Clark "Coming down the path to greet him": the same meeting) -> a meeting
        # of three named men, one row per pair. Clark-Pitfield: held, date null (no day in the
        # text), Jasper Park Lodge (the most specific named locality; no town is named).
        M(["joe_clark", "michael_pitfield"], None, "Jasper Park Lodge", IP, H, _CP),
        # Neville "joined" and "the three men talked" -> pair rows with Neville, required False
        # (Clark's own chief of staff, who joins his principal; a reader could treat him as an
        # aide present, as ANNOTATION's attendees; see the notes).
        M(["joe_clark", "bill_neville"], None, "Jasper Park Lodge", IP, H, _CP, False),
        M(["michael_pitfield", "bill_neville"], None, "Jasper Park Lodge", IP, H, _CP, False),
        # Not rows: "the summit of leading industrial nations in Tokyo June 25" and "the
        # Commonwealth conference in August" (multilateral, planned); Pitfield as "an intimate of
        # Pierre Trudeau" (no meeting); the 500-page "Procedures and Process for a Change of
        # Government" (a document, not an actor). "Robert Lewis" is the byline (not annotated).
        # Kept as found: "months— the referendum". Removed: the page's header block repeated
        # twice after the first ("The new PM: no ordinary Joe" / "Robert Lewis June 4 1979" and
        # "The new PM: no ordinary Joe" / "Robert Lewis") and the last, cut-off sentence ("For
        # levity, there was even a copy of a 400-year-old treatise ... standing beside a mountain
        # of tr").
    ],
    roles=[("prime minister-elect", "joe_clark"), ("the Conservative leader", "joe_clark"),
           ("the nation’s top civil servant", "michael_pitfield"), ("Clark’s chief of staff", "bill_neville")],
)

A["dev_9209_whitlam_kirk_new_zealand"] = dict(
    actors={
        "gough_whitlam": ["Whitlam, Gough", "E. G. Whitlam", "Whitlam"],
        "norman_kirk": ["Norman Kirk"],
    },
    meetings=[
        # "The two Prime Ministers had lengthy and intimate discussions on a wide range of
        # issues." (Whitlam "visited New Zealand from 20 to 23 January at the invitation of"
        # Kirk; "their first meeting since they came into office": the same visit, one row) ->
        # held, date null (a range; the anniversary's day is not given), New Zealand (no city).
        M(["gough_whitlam", "norman_kirk"], None, "New Zealand", IP, H,
          "The two Prime Ministers had lengthy and intimate discussions on a wide range of issues."),
        # "The Prime Ministers agreed that they themselves should meet informally at least once a
        # year" -> planned, date null, place null; required False (a standing arrangement rather
        # than a specific meeting; see the notes).
        M(["gough_whitlam", "norman_kirk"], None, None, IP, P,
          "The Prime Ministers agreed that they themselves should meet informally at least once a year for an overall review of relations between Australia and New Zealand.",
          False),
        # Not rows: "more frequent exchanges between Ministers and regular meetings of officials"
        # (unnamed, general); the "Australian-New Zealand Agreement of 1944 the ANZAC Pact" (a
        # treaty, not an actor). Kept as found: the page's line breaks and the run-in subhead
        # "Economic Particular attention". Removed: the site's header line ("PM Transcripts -
        # Prime Ministers of Australia") and the last, cut-off sentence ("Agreement was reached on
        # the need to broaden the range of consultations on economic matters between both
        # countries an").
    ],
    roles=[("The Prime Minister of Australia", "gough_whitlam"), ("the Prime Minister of New Zealand", "norman_kirk")],
)

_UCC = ("During a ceremony in Estacion Ballenas, in La Guajira - only a few kilometres away from the border to Venezuela - Chavez, Uribe and Correa called for energy integration in South America.")
A["dev_9210_uribe_chavez_pipeline"] = dict(
    actors={
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "rafael_correa": ["Ecuadorian President Rafael Correa", "Rafael Correa", "Correa"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
    },
    meetings=[
        # "Presidents Alvaro Uribe of Colombia and Hugo Chavez of Venezuela met on Friday" ("the
        # two leaders unveiled a new gas pipeline", the ceremony in Estacion Ballenas: the same
        # encounter) -> held, 2007-10-12, Estacion Ballenas (the ceremony's place, the most
        # specific named locality; see the notes).
        M(["alvaro_uribe", "hugo_chavez"], "2007-10-12", "Estacion Ballenas", IP, H,
          "Presidents Alvaro Uribe of Colombia and Hugo Chavez of Venezuela met on Friday amid intensive talks aimed at securing a hostage swap with Colombian rebels, which Chavez is mediating."),
        # Correa "as a guest" at the opening, and "Chavez, Uribe and Correa called for energy
        # integration" at the ceremony -> the pairs with Correa, held, 2007-10-12, Estacion
        # Ballenas; required False (a guest at a public ceremony; see the notes).
        M(["alvaro_uribe", "rafael_correa"], "2007-10-12", "Estacion Ballenas", IP, H, _UCC, False),
        M(["hugo_chavez", "rafael_correa"], "2007-10-12", "Estacion Ballenas", IP, H, _UCC, False),
        # "Chavez - who is scheduled to meet FARC leaders soon" -> a one-party row (the FARC's
        # leaders are not named), planned, date null ("soon"), place null; required False (as
        # batch 37a's planned meetings with unnamed leaders).
        M(["hugo_chavez"], None, None, IP, P,
          "The left-wing populist Chavez - who is scheduled to meet FARC leaders soon and got involved in the talks with Uribe's approval - and the conservative Colombian president opened the Antonio Ricaurte stretch of the Trans-Oceanic gas pipe with Ecuadorian President Rafael Correa as a guest.",
          False),
        # Not rows: "the ongoing negotiations to convince the ... (FARC) to free about 45
        # hostages" (unnamed negotiators); the "Colombian rebels" (unnamed). "By dpa news" is the
        # byline/credit (not annotated). Removed: the site's login widget at the start ("Remember
        # meForgot password?", "Log in with Twitter") and the last, cut-off sentence ("\"Colombia
        # shares its own reserves of gas with V").
    ],
    roles=[("the conservative Colombian president", "alvaro_uribe"), ("Ecuadorian President", "rafael_correa"),
           ("The left-wing populist", "hugo_chavez")],
)

A["test_9211_nazarbayev_sobianin_astana"] = dict(
    actors={
        "nursultan_nazarbayev": ["President Nursultan Nazarbayev", "Nursultan Nazarbayev"],
        "sergey_sobyanin": ["Sergey Sobianin"],
        "adilbek_dzhaksybekov": ["Adilbek Dzhaksybekov"],
        "presidential_administration_of_russia": ["Administration of the President of the Russian Federation"],
        "presidential_administration_of_kazakhstan": ["Administration of the President of the Republic of Kazakhstan"],
        "cis": ["CIS"],
    },
    meetings=[
        # "President Nursultan Nazarbayev Receives Sergey Sobianin ..., Who Arrived in Astana For
        # a Three-day Visit." ("during the conversation": the same) -> held, 2007-05-29 (the
        # release's date line; see the notes), Astana.
        M(["nursultan_nazarbayev", "sergey_sobyanin"], "2007-05-29", "Astana", IP, H,
          "President Nursultan Nazarbayev Receives Sergey Sobianin, the Head of the Administration of the President of the Russian Federation, Who Arrived in Astana For a Three-day Visit."),
        # "On the same day Sergey Sobianin met with ... Adilbek Dzhaksybekov." ("at the meeting",
        # "During the meeting the sides exchanged views": the same) -> held, 2007-05-29, Astana.
        M(["sergey_sobyanin", "adilbek_dzhaksybekov"], "2007-05-29", "Astana", IP, H,
          "On the same day Sergey Sobianin met with Head of the Administration of the President of the Republic of Kazakhstan Adilbek Dzhaksybekov."),
        # Not rows: "the informal summit of CIS member states, which will be held in
        # Saint-Petersburg in the next month" (multilateral); "the last Kazakhstani-Russian
        # meetings at the highest level" (unnamed, unspecified); "You have to meet each other as
        # often as possible" (an exhortation); "the practice of meetings between the Heads of the
        # Presidential Administrations" (general). Kept as found: "influence on". Removed: the
        # site's navigation lines at the
        # start ("Section categories", "Events calendar", "All events") and the last, cut-off
        # sentence ("The interlocutors expressed an opinion that Russia and Kazakhstan are the
        # pivot of").
    ],
    roles=[("the Head of the Administration of the President of the Russian Federation", "sergey_sobyanin"),
           ("the President of Kazakhstan", "nursultan_nazarbayev"),
           ("Head of the Administration of the President of the Republic of Kazakhstan", "adilbek_dzhaksybekov")],
)

A["dev_9212_biden_ruto_call"] = dict(
    actors={
        "joe_biden": ["United States President Joe Biden", "U.S. President Joe Biden", "President Joe Biden", "Joe Biden",
                      "President Biden", "Biden"],
        "william_ruto": ["President William Ruto", "William Ruto", "President Ruto", "Ruto"],
    },
    meetings=[
        # "United States President Joe Biden reached out to President William Ruto" (the
        # headlines' "private phone call" and "calls Ruto", "The telephone conversation": the
        # same call, one row) -> phone, held, date null (no day in the text), place null.
        M(["joe_biden", "william_ruto"], None, None, PH, H,
          "United States President Joe Biden reached out to President William Ruto and shared his commitment to strengthening the bilateral relationship between the two countries."),
        # Not rows: the "African Climate Summit" Ruto hosted (a multilateral summit; a
        # congratulation inside the call); the photo captions of each president "in his office"
        # (no meeting); the "Multinational Security Support (MSS) mission" and the "Strategic
        # Trade and Investment Partnership (STIP)" (a mission and an agreement, not actors; see
        # the notes). "Denis Mwangi" is the byline (not annotated). Kept as found: the two
        # headlines and the duplicated caption lines. Removed: the search tool's " date
        # 2023-10-04" prefix, the site banner ("The sports category has moved to a new
        # website."), the widget line "ADVERTISEMENT" and the last, cut-off sentence ("They
        # highlighted the necessity of a joi").
    ],
    roles=[("United States President", "joe_biden"), ("U.S. President", "joe_biden")],
)
