"""Accuracy corpus, batch 59a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 59b), from the 1970s, 1980s,
1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: three, 1990s: two, 2000s: two, 2010s: three,
2020s: one; six of the twelve from before 2000, as the brief asked for at least five), over the
eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Kazinform (en.inform.kz), CGTN Africa (africa.cgtn.com), news.lk (the Sri Lankan
government news portal), The Japan Times (japantimes.co.jp; a Kyodo story), the Official Gazette
of the Philippines (officialgazette.gov.ph), TradeArabia (tradearabia.com), PM Transcripts
(pmtranscripts.pmc.gov.au; an Australian prime minister's media release), the Chicago Tribune
(articles.chicagotribune.com), the Los Angeles Times (archive, via the ukobiw.net mirror), The
John Major Archive (johnmajorarchive.org.uk; a press conference transcript), Hansard (UK House
of Commons, api.parliament.uk) and CBS News (cbsnews.com). africa.cgtn.com, news.lk,
officialgazette.gov.ph, tradearabia.com and cbsnews.com are new to the corpus as sources, as far
as `sources.csv` and the other batch files show; the others were used before; the pages are new,
and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_59a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-58b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_116NN_<slug>` / `test_116NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "16:15, 01 December 2017" (a Friday, checked): the call "has held" is given no
    # day -> null (see the notes).
    ("dev_11601_nazarbayev_mirziyoyev_phone", "Central Asia/Caucasus", "2010s", "Kazinform (en.inform.kz)", "https://en.inform.kz/news/uzbek-president-extends-congratulations-to-nazarbayev_a3091963/", "2017-12-01"),
    # No date line in the excerpt; the URL's 2017/12/19 (a Tuesday, checked): the meeting is given no
    # day -> null; "last month", "last week" -> no meeting rows.
    ("dev_11602_museveni_kenyatta_nairobi", "Africa", "2010s", "CGTN Africa (africa.cgtn.com)", "https://africa.cgtn.com/2017/12/19/museveni-visits-kenya-for-bilateral-talks-with-kenyatta/", "2017-12-19"),
    # The story's date line "March 16, 2015" (a Monday, checked; the site's "November 18, 2024" above
    # it is the portal's date, removed): "on Saturday" -> 2015-03-14.
    ("test_11603_modi_rajapaksa_colombo", "South Asia", "2010s", "news.lk (Sri Lanka government news portal)", "https://news.lk./news/business/item/6633-indian-pm-modi-meets-former-president-rajapaksa", "2015-03-16"),
    # No date line in the excerpt; the URL's 2003/01/17 (a Friday, checked): "agreed Thursday" ->
    # 2003-01-16; "visit Tuesday" (a shrine visit, no row).
    ("dev_11604_kawaguchi_roh_moo_hyun", "East Asia", "2000s", "The Japan Times (japantimes.co.jp; a Kyodo story)", "https://www.japantimes.co.jp/news/2003/01/17/national/kawaguchi-roh-look-to-future/", "2003-01-17"),
    # The URL's 1983/07/11 (a Monday, checked), the Gazette's date for this "Official Week in Review:
    # May 8 - May 15, 1983"; the talk is given no day (the items are dated "May 8-", "May 9-" by
    # what Marcos said) -> null.
    ("dev_11605_marcos_nakasone_week_in_review", "Southeast Asia", "1980s", "Official Gazette of the Republic of the Philippines (officialgazette.gov.ph; weekly review)", "https://www.officialgazette.gov.ph/1983/07/11/official-week-in-review-may-8-may-15-1983/", "1983-07-11"),
    # The dateline "Damascus, October 8, 2009" (a Thursday, checked; the site's "Thursday 21 June
    # 2018" above the headline is the site's date, removed): the talks are given no day -> null;
    # "last month" -> null.
    ("dev_11606_abdullah_assad_damascus", "Middle East", "2000s", "TradeArabia (tradearabia.com)", "http://www.tradearabia.com/news/LAW_168419.html", "2009-10-08"),
    # "Release Date:" is empty on the page; the garbled line "FOR MEaDrIcAh9 1985" gives the year
    # (the statement "of 4 March" is past, Beazley's visit "from 31 March" is ahead: March 1985),
    # not the day -> published None (as ANNOTATION's dev_043), decade 1980s. "on 17 April" with the
    # year 1985 -> 1985-04-17 (a Wednesday, checked).
    ("test_11607_hawke_lange_canberra_planned", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; media release)", "https://pmtranscripts.pmc.gov.au/node/17321", None),
    # The date line "March 20, 1985" (a Wednesday, checked; the URL's 1985-03-20 agrees): "a visit
    # Tuesday" -> 1985-03-19.
    ("dev_11608_reagan_alfonsin_washington", "Latin America", "1980s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1985-03-20/news/8501150988_1_argentine-president-raul-alfonsin-central-america-argentina", "1985-03-20"),
    # No date line in the excerpt; the URL's la-xpm-1997-01-05 (a Sunday, checked): "Saturday" ->
    # 1997-01-04.
    ("dev_11609_kohl_yeltsin_country_house", "Eastern Europe/Russia", "1990s", "Los Angeles Times (archive, via the ukobiw.net mirror)", "https://ukobiw.net/archives/la-xpm-1997-01-05-mn-15658-story.html", "1997-01-05"),
    # "held in Rome on Wednesday 27th November 1991" (a Wednesday, checked): "this morning",
    # "this afternoon" -> 1991-11-27; "tomorrow" -> 1991-11-28; "on Sunday" -> 1991-12-01; "on
    # Monday" -> 1991-12-02 (the next Sunday and Monday after the Wednesday).
    ("dev_11610_major_andreotti_rome", "Western Europe", "1990s", "The John Major Archive (johnmajorarchive.org.uk; transcript of a joint press conference)", "https://johnmajorarchive.org.uk/1991/11/27/mr-majors-joint-press-conference-with-mr-andreotti-27-november-1991/", "1991-11-27"),
    # "HC Deb 25 January 1977" (a Tuesday, checked): the visit "from 23rd to 24th January" (a range)
    # -> null.
    ("test_11611_callaghan_schmidt_commons_statement", "Western Europe", "1970s", "Hansard (House of Commons debates, api.parliament.uk historic Hansard)", "https://api.parliament.uk/historic-hansard/commons/1977/jan/25/west-german-chancellor-talks", "1977-01-25"),
    # No date line in the excerpt; the search tool's date field 2025-11-19 (a Wednesday, checked;
    # removed with its " date ..." prefix; "the president said Wednesday" agrees): "on Friday" ->
    # 2025-11-21 (planned).
    ("dev_11612_trump_mamdani_white_house_planned", "North America", "2020s", "CBS News (cbsnews.com)", "https://www.cbsnews.com/news/president-trump-zohran-mamdani-meeting-announced/", "2025-11-19"),
]

A = {}

A["dev_11601_nazarbayev_mirziyoyev_phone"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kazinform": ["Kazinform"],
        "akorda_press_service": ["Akorda press service"],
    },
    meetings=[
        # "ASTANA. KAZINFORM - Head of State Nursultan Nazarbayev has held a telephone conversation
        # with his Uzbek counterpart Shavkat Mirziyoyev, ..." (the headline "Uzbek President extends
        # congratulations", "The Uzbek leader extended the warmest congratulations": the same call)
        # -> held, phone, date null ("has held", no day; the story is of 1 December; see the notes),
        # no place (a call).
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], None, None, PH, H,
          "ASTANA. KAZINFORM - Head of State Nursultan Nazarbayev has held a telephone conversation with his Uzbek counterpart Shavkat Mirziyoyev, Kazinform has learnt from the Akorda press service."),
        # Not rows: the congratulations on the Day of the First President (inside the call, not a
        # message of their own); "the constant high-level dialogue" (no specific meeting). Not
        # annotated: "KAZINFORM" in the dateline (the agency credit; the agency is annotated once, for
        # "Kazinform has learnt" in the body). Kept as found: the four-space indentation of every
        # line, the date line "16:15, 01 December 2017 | GMT +6". Removed: nothing at the start
        # (the excerpt begins with the date line); nothing at the end (the excerpt ends with the
        # story's last sentence).
    ],
    roles=[("Head of State", "nursultan_nazarbayev"), ("his Uzbek counterpart", "shavkat_mirziyoyev"),
           ("The Uzbek leader", "shavkat_mirziyoyev"), ("Uzbek President", "shavkat_mirziyoyev")],
)

A["dev_11602_museveni_kenyatta_nairobi"] = dict(
    actors={
        "yoweri_museveni": ["Visiting Ugandan President Yoweri Museveni", "Yoweri Museveni", "Yoweri museveni", "Museveni"],
        "uhuru_kenyatta": ["Uhuru Kenyatta", "President Uhuru Kenyatta", "Kenyatta"],
        "amisom": ["AMISOM"],
    },
    meetings=[
        # "Museveni met with Kenyatta in State House, where they held bilateral talks on various
        # issues affecting the East African region." (the headline "bilateral talks with Kenyatta",
        # the caption "... at State House Nairobi", "the two leaders discussed", "Kenyatta and
        # Museveni also discussed": the same talks) -> held, date null (no day is given), Nairobi
        # (the caption's "State House Nairobi").
        M(["yoweri_museveni", "uhuru_kenyatta"], None, "Nairobi", IP, H,
          "Museveni met with Kenyatta in State House, where they held bilateral talks on various issues affecting the East African region."),
        # Not rows: "Museveni pledged to convene a meeting of Chiefs of Defence Forces from Troop
        # Contributing Countries" (a planned multilateral meeting of unnamed officers; Museveni is not
        # said to attend); Kenyatta "sworn-in for a second term last month" (a ceremony); "Uganda last
        # week said" (a statement). Not annotated: "the presidency" (an unnamed office), the
        # Standard Gauge Railway / SGR (a project), "the Somali government" (unnamed). Kept as found:
        # the photo caption printed twice (once with a straight, once with a curly apostrophe), "Yoweri
        # museveni", "[L]". Removed: nothing at the start (the excerpt begins with the headline);
        # nothing at the end (the excerpt ends with a whole sentence).
    ],
    roles=[("Ugandan President", "yoweri_museveni"), ("a Head of State", "yoweri_museveni")],
)

A["test_11603_modi_rajapaksa_colombo"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "Mr. Modi", "Modi"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "Mr. Rajapaksa", "Rajapaksa"],
        "the_hindu": ["The Hindu"],
        "research_and_analysis_wing": ["RAW"],
    },
    meetings=[
        # "... Prime Minister Narendra Modi ended his two-day visit to Sri Lanka on Saturday with a
        # meeting with the former Sri Lankan President Mahinda Rajapaksa, ..." ("The one-on-one
        # meeting at India House in Colombo lasted about 15 minutes": the same) -> held, 2015-03-14
        # ("on Saturday" in a Monday story), Colombo.
        M(["narendra_modi", "mahinda_rajapaksa"], "2015-03-14", "Colombo", IP, H,
          "In a personal gesture, Prime Minister Narendra Modi ended his two-day visit to Sri Lanka on Saturday with a meeting with the former Sri Lankan President Mahinda Rajapaksa, who was ousted from power in elections in January."),
        # Not rows: "they had a personal equation after three meetings last year" (a count of
        # meetings, no specific one); Rajapaksa's "interview to The Hindu" (a media interview);
        # "Officials told The Hindu" (unnamed officials); "requested on behalf of Mr. Modi by Indian
        # officials" (the same meeting). Not annotated: "Indian officials", "Officials" (unnamed),
        # India House (a building). Kept as found: the lines holding only spaces, "Officials declined
        # to comment on the meeting, None of the Prime Minister's aides" (comma and capital as
        # found), the four-space indentation. Removed: at the start, the portal's date and menu lines
        # ("November 18, 2024", "tami sin youtube  twitter facebook"); at the end, the site's widget
        # lines ("dgi log front", "recu", "electionR2", "Desathiya").
    ],
    roles=[("the former Sri Lankan President", "mahinda_rajapaksa"), ("former President Rajapaksa", "mahinda_rajapaksa"),
           ("Indian PM", "narendra_modi"), ("the Prime Minister", "narendra_modi")],
)

A["dev_11604_kawaguchi_roh_moo_hyun"] = dict(
    actors={
        "yoriko_kawaguchi": ["Foreign Minister Yoriko Kawaguchi", "Yoriko Kawaguchi", "Kawaguchi"],
        "roh_moo_hyun": ["South Korean President-elect Roh Moo Hyun", "Roh Moo Hyun", "President Roh", "Roh"],
        "junichiro_koizumi": ["Prime Minister Junichiro Koizumi", "Junichiro Koizumi", "Koizumi"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "Foreign Minister Yoriko Kawaguchi and South Korean President-elect Roh Moo Hyun agreed
        # Thursday to build future-oriented bilateral relations ..." ("Kawaguchi, the first Japanese
        # minister to meet with Roh ..., ... the meeting was extended to an hour": the same meeting)
        # -> held, 2003-01-16 ("Thursday" in a Friday paper), place null (the excerpt names no city
        # or country for the meeting; see the notes).
        M(["yoriko_kawaguchi", "roh_moo_hyun"], "2003-01-16", None, IP, H,
          "Foreign Minister Yoriko Kawaguchi and South Korean President-elect Roh Moo Hyun agreed Thursday to build future-oriented bilateral relations in the wake of Prime Minister Junichiro Koizumi’s contentious visit this week to Yasukuni Shrine and amid the North Korean nuclear standoff."),
        # "They also agreed to effect a meeting between Koizumi and Roh at an early stage, ..." -> an
        # agreed meeting, planned, date null ("at an early stage"), place null.
        M(["junichiro_koizumi", "roh_moo_hyun"], None, None, IP, P,
          "They also agreed to effect a meeting between Koizumi and Roh at an early stage, according to the officials."),
        # Not rows: "Koizumi's possible attendance at Roh's Feb. 25 inauguration, but nothing was
        # finalized" (not arranged; a ceremony); "She invited Roh to visit Japan" (an invitation not
        # said to be accepted); Koizumi's visit to Yasukuni (a shrine, not a meeting); the
        # cooperation "with the United States" and "with China, Russia and the European Union" (no
        # meeting). Not annotated: "Japanese officials", "the officials" (unnamed), Yasukuni Shrine (a
        # place). Kept as found: ". . .". Removed: at the start, the agency line "• Kyodo"; at the end,
        # the last, cut-off sentence ("Koizumi's visit to Yasukuni has cast a cloud over Kawaguchi's
        # t").
    ],
    roles=[("Foreign Minister", "yoriko_kawaguchi"), ("South Korean President-elect", "roh_moo_hyun"),
           ("Prime Minister", "junichiro_koizumi"), ("the first Japanese minister to meet with Roh", "yoriko_kawaguchi")],
)

A["dev_11605_marcos_nakasone_week_in_review"] = dict(
    actors={
        "ferdinand_marcos": ["PRESIDENT MARCOS"],
        "yasuhiro_nakasone": ["Japanese Prime Minister Yasuhiro Nakasone", "Prime Minister Yasuhiro Nakasone", "Yasuhiro Nakasone", "Nakasone"],
        "asean": ["ASEAN"],
        "overseas_economic_cooperation_fund": ["Overseas Economic Cooperation Fund"],
        "philippine_airlines": ["Philippine Airlines"],
    },
    meetings=[
        # "The President disclosed the highlights of his two-hour talk with Nakasone, ..." ("he and
        # Nakasone approved an air agreement", "the assurance ... given by the Japanese Prime
        # Minister before his departure", "Assessing the visit of Nakasone": the same visit) ->
        # held, date null (no day is given), place null (the text does not name the visit's city or
        # country; see the notes).
        M(["ferdinand_marcos", "yasuhiro_nakasone"], None, None, IP, H,
          "The President disclosed the highlights of his two-hour talk with Nakasone, the President said that the personal diplomacy undertaken by the Japanese Prime Minister is the start of a new era of rationality in the relationships between the ASEAN countries and Japan to preserve security and hasten economic development in the region."),
        # Not rows: the assurance "given by the Japanese Prime Minister before his departure" (the same
        # visit; no separate encounter is described); the loans, the air agreement and the dam (no
        # meeting). Not annotated: "the Japanese government" (unnamed as an actor), the San Roque dam
        # (a project), RP (the country). Kept as found: "Tags: ,", "the cooper industry", "* * * * *",
        # the comma splice "with Nakasone, the President said". Removed: at the end, the last, cut-off
        # sentence ("But the President underscor"). Nothing removed at the start.
    ],
    roles=[("The President", "ferdinand_marcos"), ("the Japanese Prime Minister", "yasuhiro_nakasone")],
)

A["dev_11606_abdullah_assad_damascus"] = dict(
    actors={
        "abdullah_bin_abdulaziz": ["King Abdullah", "Abdullah"],
        "bashar_al_assad": ["President Bashar al-Assad", "Bashar al-Assad", "Assad"],
        "barack_obama": ["US President Barack Obama", "Barack Obama", "Obama"],
        "bouthaina_shaaban": ["Buthaina Shaaban", "Shaaban"],
        "rafik_hariri": ["Rafik al-Hariri"],
    },
    meetings=[
        # "Saudi Arabia's King Abdullah held talks with President Bashar al-Assad ..." ("Abdullah's
        # visit to Damascus", "Assad and Abdullah exchanged national medals ... during their
        # meeting": the same) -> held, date null (no day is given; the dateline is October 8),
        # Damascus.
        M(["abdullah_bin_abdulaziz", "bashar_al_assad"], None, "Damascus", IP, H,
          "Saudi Arabia's King Abdullah held talks with President Bashar al-Assad to heal a rift that has aggravated Arab discord over Iran, the Israeli-Palestinian conflict and Lebanon."),
        # "Assad broke the ice last month when he visited Saudi Arabia and held two hours of talks
        # with Abdullah, ..." -> held, date null ("last month"), Saudi Arabia (no city).
        M(["bashar_al_assad", "abdullah_bin_abdulaziz"], None, "Saudi Arabia", IP, H,
          "Assad broke the ice last month when he visited Saudi Arabia and held two hours of talks with Abdullah, but has given no sign that he is willing to sever his alliance with Iran."),
        # Not rows: Shaaban "said the talks were productive" (a statement); "Diplomats in Damascus
        # said", "one source said", "a Western diplomat in Riyadh" (unnamed); Obama "seeks its help"
        # (no meeting); the Hariri assassination (no meeting). Not annotated: the diplomats and the
        # source (unnamed). Kept as found: the double space in "said  the talks", "Syrian denied",
        # "Islamic block". Removed: at the start, the site's date line "Thursday 21 June 2018"; at the
        # end, the last, cut-off sentence ("Syrian businessmen hope that the political im").
    ],
    roles=[("Saudi Arabia's King", "abdullah_bin_abdulaziz"), ("US President", "barack_obama"),
           ("an adviser to Assad", "bouthaina_shaaban"), ("Saudi-backed Lebanese statesman", "rafik_hariri")],
)

_BZ = ("In accordance with this approach, Minister for Defence Kim Beazley will visit New Zealand from 31 March to 4 April for regular talks on defence co-operation with relevant New Zealand Ministers.")
A["test_11607_hawke_lange_canberra_planned"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert", "Hawke, Robert James Lee"],
        "kim_beazley": ["Minister for Defence Kim Beazley", "Kim Beazley"],
        "david_lange": ["Prime Minister David Lange", "David Lange"],
    },
    meetings=[
        # "Thereafter I have agreed with Prime Minister David Lange's request to meet me when he
        # visits Canberra on 17 April." - the release is Hawke's ("Hawke, Robert" in the page
        # header; "my statement", "I", "me"; as batch 58a's test_11403) -> Lange-Hawke, planned,
        # 1985-04-17 (the day given, with the release's year 1985), Canberra.
        M(["david_lange", "bob_hawke"], "1985-04-17", "Canberra", IP, P,
          "Thereafter I have agreed with Prime Minister David Lange's request to meet me when he visits Canberra on 17 April."),
        # "... Kim Beazley will visit New Zealand from 31 March to 4 April for regular talks on
        # defence co-operation with relevant New Zealand Ministers." -> the counterparts are never
        # named -> one-party row (Beazley), planned, date null (a range), New Zealand (no city).
        M(["kim_beazley"], None, "New Zealand", IP, P, _BZ),
        # Not rows: "consultations with both our ANZUS partners" (no specific meeting); "These
        # meetings will provide opportunities" (the same two meetings); "my statement of 4 March" (a
        # statement). Not annotated: ANZUS / "ANZIJS" (a treaty alliance, as ANNOTATION treats
        # treaties). Kept as found: the hard line breaks, the garbled line "FOR MEaDrIcAh9 1985", the
        # empty "Release Date:", "-the Government", "relationships 3re", "ANZIJS", the stray "1" after
        # the last sentence. Removed: at the start, the site header before "Hawke, Robert" ("PM
        # Transcripts", "Transcripts from the Prime Ministers of Australia"). Nothing cut off at the
        # end.
    ],
    roles=[("Minister for Defence", "kim_beazley"), ("Prime Minister", "david_lange")],
)

A["dev_11608_reagan_alfonsin_washington"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "raul_alfonsin": ["Argentine President Raul Alfonsin", "Raul Alfonsin", "Alfonsin"],
        "sandinistas": ["Sandinista regime", "Sandinistas"],
        "reagan_administration": ["Reagan administration"],
    },
    meetings=[
        # "WASHINGTON — President Reagan welcomed a visit Tuesday by Argentine President Raul
        # Alfonsin ..." ("In an arrival ceremony at the White House", "Reagan praised his visitor":
        # the same visit and talks) -> held, 1985-03-19 ("Tuesday" in a Wednesday paper),
        # Washington.
        M(["ronald_reagan", "raul_alfonsin"], "1985-03-19", "Washington", IP, H,
          "WASHINGTON — President Reagan welcomed a visit Tuesday by Argentine President Raul Alfonsin as an opportunity to shore up a struggling democracy and to tongue-lash the leftist Sandinista regime in Nicaragua."),
        # Not rows: "a senior administration official said", "sources said" (unnamed; statements);
        # Alfonsin's "short address" (a speech). Not annotated: "By George de Lama, Chicago Tribune."
        # (the byline), the official and the sources (unnamed), the White House (a building). Kept as
        # found: "U.s. Aid", the doubled backticks ``...`` for quotation marks, "region`s", the
        # paragraph break inside the sentence "warning that austerity and economic hardship" /
        # "``conspire against democracy.``". Removed: at the end, the last, cut-off paragraph
        # ("Implying that social unrest ... ``the demagogues that are always there would find in
        # the"). Nothing removed at the start.
    ],
    roles=[("Argentine President", "raul_alfonsin"), ("his visitor", "raul_alfonsin")],
)

A["dev_11609_kohl_yeltsin_country_house"] = dict(
    actors={
        "helmut_kohl": ["German Chancellor Helmut Kohl", "Helmut Kohl", "Kohl"],
        "boris_yeltsin": ["Boris N. Yeltsin", "Yeltsin"],
        "nato": ["North Atlantic Treaty Organization", "NATO"],
    },
    meetings=[
        # "MOSCOW — German Chancellor Helmut Kohl, ..., emerged from talks with his Kremlin ally
        # Saturday ..." ("after meeting with Yeltsin at a country house 60 miles west of Moscow":
        # the same) -> held, 1997-01-04 ("Saturday" in a Sunday paper), Russia (a country house 60
        # miles west of Moscow: no venue city named, as ANNOTATION's hotel "75 miles east of Paris"
        # -> France; see the notes).
        M(["helmut_kohl", "boris_yeltsin"], "1997-01-04", "Russia", IP, H,
          "MOSCOW — German Chancellor Helmut Kohl, the first Western leader to see Boris N. Yeltsin since the Russian president’s heart operation in November, emerged from talks with his Kremlin ally Saturday full of hope that Russia and the West can settle a dispute over NATO expansion this year."),
        # Not rows: "which I will discuss with my NATO colleagues over the next couple of days on the
        # telephone" (calls with unnamed colleagues, no specific call); "Kohl told a news conference"
        # (a news conference); Yeltsin's heart operation and campaign (no meeting); "different
        # Russian ministers" (unnamed). Not annotated: the Kremlin (here an adjective, "his Kremlin
        # ally"). Kept as found: the mis-encoded closing quotation marks ("concerned,†a",
        # "compromise,†added", "interests.â€", "telephone.â€"), "July--probably". Removed: at the
        # end, the last, cut-off sentence ("Moscow's NATO expansion fears are likely to be aired
        # du"). Nothing removed at the start.
    ],
    roles=[("German Chancellor", "helmut_kohl"), ("the Russian president", "boris_yeltsin"),
           ("his Kremlin ally", "boris_yeltsin"), ("the German leader", "helmut_kohl")],
)

_MK = ("Prime Minister Major will fly this afternoon to Bonn to have a meeting with Chancellor Kohl and on Sunday will have a meeting with the Dutch Prime Minister, Mr Lubbers, and on Monday with President Mitterrand.")
_AK = ("I myself had the possibility yesterday to participate in Brussels in a meeting of the six Prime Ministers who belong to the popular parties, the Christian Democrat parties, and tomorrow I will fly to Bonn to meet Chancellor Kohl.")
A["dev_11610_major_andreotti_rome"] = dict(
    actors={
        "john_major": ["Prime Minister Major", "Mr Major", "Major"],
        "giulio_andreotti": ["Mr Andreotti"],
        "helmut_kohl": ["Chancellor Kohl"],
        "ruud_lubbers": ["Mr Lubbers"],
        "francois_mitterrand": ["President Mitterrand"],
        "european_council": ["European Council"],
        "house_of_commons_uk": ["House of Commons"],
        "european_communities": ["EC"],
    },
    meetings=[
        # "Below is Mr Major's press conference with Mr Andreotti, held in Rome on Wednesday 27th
        # November 1991." with the host's "we had the pleasure of meeting this morning the British
        # Prime Minister ..." (the speaker is Andreotti, the host; see the notes) -> held,
        # 1991-11-27 ("this morning"), Rome. The evidence is the sentence that names both.
        M(["john_major", "giulio_andreotti"], "1991-11-27", "Rome", IP, H,
          "Below is Mr Major’s press conference with Mr Andreotti, held in Rome on Wednesday 27th November 1991."),
        # "Prime Minister Major will fly this afternoon to Bonn to have a meeting with Chancellor Kohl
        # and on Sunday will have a meeting with the Dutch Prime Minister, Mr Lubbers, and on Monday
        # with President Mitterrand." -> three planned meetings: Kohl, 1991-11-27 ("this afternoon"),
        # Bonn; Lubbers, 1991-12-01 ("on Sunday"), place null; Mitterrand, 1991-12-02 ("on Monday"),
        # place null.
        M(["john_major", "helmut_kohl"], "1991-11-27", "Bonn", IP, P, _MK),
        M(["john_major", "ruud_lubbers"], "1991-12-01", None, IP, P, _MK),
        M(["john_major", "francois_mitterrand"], "1991-12-02", None, IP, P, _MK),
        # "... and tomorrow I will fly to Bonn to meet Chancellor Kohl." (the speaker, Andreotti) ->
        # planned, 1991-11-28 ("tomorrow"), Bonn.
        M(["giulio_andreotti", "helmut_kohl"], "1991-11-28", "Bonn", IP, P, _AK),
        # Not rows: "a meeting of the six Prime Ministers who belong to the popular parties" in
        # Brussels "yesterday" (a multilateral meeting of unnamed prime ministers); "the Maastricht
        # meeting" / "the meeting in Maastricht" and the European Council (a summit as such); "the
        # Foreign Ministers" (unnamed); Major's statement "in front of the House of Commons" (a
        # statement to a body); the British "Foreign Minister of the United Kingdom" (unnamed; present
        # at the morning meeting, not a named participant). Kept as found: the page's title line and
        # the "Below is ..." line, the en dash in the title, "view points". Removed: at the start, the
        # site's header lines ("The Rt. Hon. Sir John Major KG CH", "Prime Minister of Great Britain
        # and Northern Ireland 1990-1997", "1991Prime Minister (1990-1997)"); at the end, the last,
        # cut-off paragraph ("We had a chance with the utmost frankness ... there is still a lot to be
        # done in").
    ],
    roles=[("the British Prime Minister", "john_major"), ("the Dutch Prime Minister", "ruud_lubbers")],
)

_CS = ("With permission, Mr. Speaker, I will make a statement about the visit of the Chancellor of the Federal Republic of Germany from 23rd to 24th January.")
A["test_11611_callaghan_schmidt_commons_statement"] = dict(
    actors={
        "james_callaghan": ["Mr. James Callaghan"],
        "helmut_schmidt": ["Chancellor Schmidt"],
        "hans_dietrich_genscher": ["Herr Genscher"],
        "hans_apel": ["Dr. Apel"],
        "hans_friderichs": ["Dr. Friderichs"],
        "georg_leber": ["Herr Leber"],
        "imf": ["IMF"],
    },
    meetings=[
        # "... I will make a statement about the visit of the Chancellor of the Federal Republic of
        # Germany from 23rd to 24th January." - the statement is Callaghan's ("The Prime Minister (Mr.
        # James Callaghan)"; "I", "our talks", "I expressed to the Chancellor") -> Callaghan-Schmidt,
        # held, date null (a range), place null (the text does not name the place of the visit; see
        # the notes).
        M(["james_callaghan", "helmut_schmidt"], None, None, IP, H, _CS),
        # "... the Federal Chancellor and I agreed to repeat it at our next meeting." -> the next
        # meeting of the two, planned, date null, place null, required False (named only as the
        # occasion for repeating the format; see the notes).
        M(["james_callaghan", "helmut_schmidt"], None, None, IP, P,
          "This pattern worked well, and the Federal Chancellor and I agreed to repeat it at our next meeting.",
          False),
        # Not rows: Genscher, Apel, Friderichs and Leber "accompanied" Schmidt (delegation members,
        # not participants, ANNOTATION's "accompany" rule); "a series of bilateral talks" of the
        # ministers (the British ministers are unnamed, and no pair is stated); "the series of
        # international meetings" and "a properly prepared meeting of leading industrialised
        # countries" (multilateral meetings). Not annotated: "Mr. Speaker" (unnamed), the British
        # ministers (named by office only), "Her Majesty's Government" and "the Federal Government"
        # (governments). Kept as found: the header line "HC Deb 25 January 1977 vol 924 cc1174-82",
        # "Much of our talks was concerned". Removed: at the end, the last, cut-off paragraph
        # ("Britain's prospects for recovery in 1977 ... as a mea"). Nothing removed at the start.
    ],
    roles=[("The Prime Minister", "james_callaghan"), ("the Chancellor of the Federal Republic of Germany", "helmut_schmidt"),
           ("the Federal Chancellor", "helmut_schmidt"), ("the Chancellor", "helmut_schmidt"),
           ("Vice-Chancellor and Federal Minister of Foreign Affairs", "hans_dietrich_genscher"),
           ("Federal Minister of Finance", "hans_apel"), ("Federal Minister of the Economy", "hans_friderichs"),
           ("Federal Minister of Defence", "georg_leber")],
)

A["dev_11612_trump_mamdani_white_house_planned"] = dict(
    actors={
        "donald_trump": ["President Trump", "Mr. Trump"],
        "zohran_mamdani": ["New York City Mayor-elect Zohran Mamdani", "Zohran Mamdani", "Zohran 'Kwame' Mamdani", "Mamdani"],
        "andrew_cuomo": ["Andrew Cuomo"],
        "fox_news": ["Fox News"],
    },
    meetings=[
        # "President Trump and New York City Mayor-elect Zohran Mamdani will have a meeting at the
        # White House on Friday, ..." ("the meeting will take place at the Oval Office", "the
        # Mayor-elect plans to meet with the President in Washington", "they would meet in
        # Washington": the same) -> planned, 2025-11-21 ("on Friday" in a Wednesday story),
        # Washington (the White House, resolved to its city as ANNOTATION does).
        M(["donald_trump", "zohran_mamdani"], "2025-11-21", "Washington", IP, P,
          "President Trump and New York City Mayor-elect Zohran Mamdani will have a meeting at the White House on Friday, the president said Wednesday in a post on Truth Social."),
        # Not rows: "in an interview on Fox News" (a media interview); the post on Truth Social (a
        # post); "his team reached out to the White House to set up the meeting" (the arranging of
        # the same meeting); Trump's endorsement of Cuomo (no meeting); Mamdani's victory speech (a
        # speech). Not annotated: "a spokesperson for Mamdani" (unnamed), Truth Social (a platform
        # named as the place of a post), the White House and the Oval Office (buildings). Kept as
        # found: "[Mamdani]". Removed: at the start, the search tool's " date 2025-11-19" prefix; at
        # the end, the last, cut-off paragraph ("\"I want to just speak plainly ... Mamdani said in an
        # interview").
    ],
    roles=[("the president", "donald_trump"), ("the President", "donald_trump"), ("the Mayor-elect", "zohran_mamdani"),
           ("the mayor-elect", "zohran_mamdani"), ("the democratic socialist", "zohran_mamdani"),
           ("independent candidate", "andrew_cuomo")],
)
