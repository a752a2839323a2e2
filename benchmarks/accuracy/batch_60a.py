"""Accuracy corpus, batch 60a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 60b), from the 1980s, 1990s,
2000s, 2010s and 2020s (1980s: one, 1990s: five, 2000s: three, 2010s: two, 2020s: one; six of the
twelve from before 2000, as the brief asked for at least five; no 1970s page was found that was new,
odd-year, English and in a region still open: see the notes), over the eleven regions (Western
Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia,
Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: the Armenian diaspora forum (armeniandiaspora.com; an Armenpress story), the Los
Angeles Times (archive, via the vinapk.com mirror), The Christian Science Monitor (csmonitor.com),
The Baltimore Sun (articles.baltimoresun.com; a New York Times News Service story), The Sydney
Morning Herald (smh.com.au), the Los Angeles Times (articles.latimes.com), BBC News (via
article.wn.com), National Journal (nationaljournal.com), The John Major Archive
(johnmajorarchive.org.uk; a press conference transcript), a blog repost of VOV
(vietnamrss.blogspot.com), UPI (upi.com archives) and Lokmat Times (lokmattimes.com; an ANI story).
vietnamrss.blogspot.com, nationaljournal.com and lokmattimes.com are new to the corpus as sources,
as far as `sources.csv` and the other batch files show; the others were used before; the pages are
new, and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_60a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-59b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_118NN_<slug>` / `test_118NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "WARSAW, MAY 16, ARMENPRESS" with the year of the URL's "2005/may-2005" (2005-05-16,
    # a Monday, checked): "on May 15 evening" -> 2005-05-15.
    ("dev_11801_kocharian_aliyev_warsaw", "Central Asia/Caucasus", "2000s", "Armenian diaspora forum (armeniandiaspora.com; an Armenpress story)", "https://armeniandiaspora.com/forum/2005/may-2005/27227-aliyev-kocharian-hold-meeting-in-joyful-mood", "2005-05-16"),
    # No date line in the excerpt; the URL's la-xpm-1995-01-22 (a Sunday, checked): "Saturday" ->
    # 1995-01-21.
    ("dev_11802_hussein_mubarak_aqaba", "Middle East", "1990s", "Los Angeles Times (archive, via the vinapk.com mirror)", "https://vinapk.com/archives/la-xpm-1995-01-22-mn-23096-story.html", "1995-01-22"),
    # No date line in the excerpt; the URL's 1993/0115 (a Friday, checked): "meet in the Kremlin
    # today" -> 1993-01-15 (planned).
    ("test_11803_yeltsin_kravchuk_kremlin", "Eastern Europe/Russia", "1990s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1993/0115/15081.html", "1993-01-15"),
    # The date line "April 21, 1991" (a Sunday, checked; the URL's 1991-04-21 agrees): "agreed
    # yesterday" -> 1991-04-20.
    ("dev_11804_roh_gorbachev_cheju", "East Asia", "1990s", "The Baltimore Sun (articles.baltimoresun.com; a New York Times News Service story)", "http://articles.baltimoresun.com/1991-04-21/news/1991111066_1_north-korea-south-korea-gorbachev", "1991-04-21"),
    # No date line in the kept text; the URL's 2007/09/09 (a Sunday, checked): "a weekend meeting"
    # and the Somare-Hu talks are given no day -> null.
    ("dev_11805_downer_abal_sydney", "Oceania", "2000s", "The Sydney Morning Herald (smh.com.au)", "https://www.smh.com.au/news/apec/a-bit-of-warmth-returns-with-png/2007/09/09/1189276546318.html", "2007-09-09"),
    # The date line "January 14, 1987" (a Wednesday, checked; the URL's 1987-01-14 agrees): the talks
    # are given no day (Shultz "arrived Monday night", the tribute was paid "Tuesday") -> null.
    ("dev_11806_shultz_houphouet_abidjan", "Africa", "1980s", "Los Angeles Times (articles.latimes.com)", "http://articles.latimes.com/1987-01-14/news/mn-3410_1_ivory-coast", "1987-01-14"),
    # The page's "Last Updated: Thursday, 24 November 2005, 19:48 GMT" (a Thursday, checked): "have
    # been meeting on Thursday" -> 2005-11-24.
    ("test_11807_uribe_chavez_punto_fijo", "Latin America", "2000s", "BBC News (via article.wn.com)", "http://article.wn.com/link/WNATA0785E04EA701E40F5052E6D31A97605?source=templategenerator&template=asianamericantoday%2Frs2.txt", "2005-11-24"),
    # No date line in the kept text; the URL's 20110718 (a Monday, checked; "the White House confirmed
    # on Monday" agrees): "On Sunday" -> 2011-07-17.
    ("dev_11808_obama_boehner_cantor_sunday", "North America", "2010s", "National Journal (nationaljournal.com)", "http://www.nationaljournal.com/whitehouse/obama-meets-boehner-cantor-on-sunday-20110718", "2011-07-18"),
    # "held in Dublin on Thursday 21st December 1995" (a Thursday, checked): the meeting "here
    # tonight" -> 1995-12-21; "our meeting in Majorca" is given no day -> null.
    ("dev_11809_major_bruton_dublin", "Western Europe", "1990s", "The John Major Archive (johnmajorarchive.org.uk; transcript of a joint press conference)", "https://johnmajorarchive.org.uk/?p=9411", "1995-12-21"),
    # No date line; the URL's 2013/06 with the text's "on June 25" (a Tuesday, checked) and the
    # welcome ceremony still ahead "in the afternoon": published 2013-06-25; the airport welcome and
    # the planned ceremony/talks -> 2013-06-25.
    ("dev_11810_trong_yingluck_bangkok", "Southeast Asia", "2010s", "VietNam News blog repost of VOV (vietnamrss.blogspot.com)", "https://vietnamrss.blogspot.com/2013/06/party-leader-welcomed-in-bangkok.html", "2013-06-25"),
    # No date line in the excerpt; the URL's 1991/06/06 (a Thursday, checked): "Thursday" ->
    # 1991-06-06; "In the late afternoon" (the same Thursday) -> 1991-06-06 (planned).
    ("test_11811_gorbachev_carlsson_stockholm", "Western Europe", "1990s", "UPI (upi.com archives)", "https://www.upi.com/Archives/1991/06/06/Gorbachev-holds-talks-with-Swedish-government/7029676180800/", "1991-06-06"),
    # The dateline "Male [Maldives], July 25" and the search tool's date field 2025-07-25 (a Friday,
    # checked; removed with its " date ..." prefix): "on Friday" -> 2025-07-25; the Modi-Muizzu talks
    # -> 2025-07-25 (see the notes).
    ("dev_11812_modi_gayoom_muizzu_male", "South Asia", "2020s", "Lokmat Times (lokmattimes.com; an ANI story)", "https://www.lokmattimes.com/international/matter-of-privilege-for-maldives-to-host-pm-modi-maldives-ex-president/", "2025-07-25"),
]

A = {}

_KK = ("But before their meeting the two presidents met with OSCE Minsk group cochairmen from Russia, USA and France and a special representative of the OSCE chairman-in-office Andrzey Kasprzik.")
A["dev_11801_kocharian_aliyev_warsaw"] = dict(
    actors={
        "robert_kocharyan": ["Robert Kocharian", "KOCHARIAN", "Kocharian"],
        "ilham_aliyev": ["Ilham Aliyev", "ALIYEV", "Aliyev"],
        "andrzej_kasprzyk": ["Andrzey Kasprzik"],
        "elmar_mammadyarov": ["Elmar Mamedyarov", "Mamedyarov"],
        "osce_minsk_group": ["OSCE Minsk group", "Minsk group"],
        "osce": ["OSCE"],
        "council_of_europe": ["Council of Europe"],
    },
    meetings=[
        # "... presidents Robert Kocharian and Ilham Aliyev had a two-hour long face-to-face meeting in
        # Warsaw, Poland on May 15 evening on the sidelines of a Council of Europe summit." (the
        # headline "HOLD MEETING IN JOYFUL MOOD", "the Kocharian-Aliyev meeting": the same) -> held,
        # 2005-05-15, Warsaw.
        M(["robert_kocharyan", "ilham_aliyev"], "2005-05-15", "Warsaw", IP, H,
          "WARSAW, MAY 16, ARMENPRESS: Armenian and Azerbaijani presidents Robert Kocharian and Ilham Aliyev had a two-hour long face-to-face meeting in Warsaw, Poland on May 15 evening on the sidelines of a Council of Europe summit."),
        # "... before their meeting the two presidents met with OSCE Minsk group cochairmen ... and a
        # special representative of the OSCE chairman-in-office Andrzey Kasprzik." -> a meeting of
        # three named people (the co-chairs are unnamed) -> the pairs with Kasprzyk, held, date null
        # ("before their meeting": no day is given), Warsaw; the Kocharian-Aliyev pair of this session
        # is not a row of its own (see the notes).
        M(["robert_kocharyan", "andrzej_kasprzyk"], None, "Warsaw", IP, H, _KK),
        M(["ilham_aliyev", "andrzej_kasprzyk"], None, "Warsaw", IP, H, _KK),
        # Not rows: "Late in the evening Kocharian and Aliyev again met with Minsk group cochairmen"
        # (the same pair on the same evening; the co-chairs are unnamed); the Council of Europe summit
        # (a summit as such); Mamedyarov "told reporters" (a statement); "meetings between the foreign
        # ministers" (no specific one, and absent from this text). Not annotated: "Armenpress" above
        # the dateline and "ARMENPRESS" in it (the agency credit), the co-chairs (unnamed), the Prague
        # process (a process). Kept as found: the hard line breaks, "cochairmen", "Andrzey Kasprzik".
        # Removed: at the end, the page's repetition of the story's opening ("Armenpress / WARSAW, MAY
        # 16, ARMENPRESS: ... on the sidelines of a Council o", cut off). Nothing removed at the start.
    ],
    roles=[("Azeri foreign minister", "elmar_mammadyarov"),
           ("a special representative of the OSCE chairman-in-office", "andrzej_kasprzyk")],
)

A["dev_11802_hussein_mubarak_aqaba"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "hosni_mubarak": ["President Mubarak", "Hosni Mubarak", "Mubarak"],
        "saddam_hussein": ["Saddam Hussein"],
        "oic": ["Organization of the Islamic Conference"],
    },
    meetings=[
        # "King Hussein and Egyptian President Hosni Mubarak talked for more than two hours at this Red
        # Sea port ..." (the headline "meet to thaw out", "reconciled ... Saturday", "Mubarak flew home
        # immediately after the talks": the same) -> held, 1995-01-21 ("Saturday" in a Sunday paper),
        # Aqaba (the dateline's "this Red Sea port").
        M(["hussein_bin_talal", "hosni_mubarak"], "1995-01-21", "Aqaba", IP, H,
          "King Hussein and Egyptian President Hosni Mubarak talked for more than two hours at this Red Sea port and then held a joint news conference to announce their achievement."),
        # Not rows: "He has twice visited Egypt, the second time in July" (visits to a country, no
        # counterpart named; see the notes); the joint news conference (part of the same meeting);
        # Mubarak "criticized Hussein" (a statement); the peace treaty with Israel and the December
        # summit of the OIC (a treaty; a summit as such). Not annotated: the U.S.-led force, "the
        # anti-Iraq camp" (unnamed). Kept as found: "Mideast:" in the headline. Removed: at the end, the
        # last, cut-off sentence ("However, relations have improve"). Nothing removed at the start.
    ],
    roles=[("the king", "hussein_bin_talal"), ("Egyptian President", "hosni_mubarak"),
           ("Iraqi President", "saddam_hussein")],
)

A["test_11803_yeltsin_kravchuk_kremlin"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Mr. Yeltsin", "Yeltsin"],
        "leonid_kravchuk": ["Leonid Kravchuk", "Mr. Kravchuk", "Kravchuk"],
        "vadim_dolganov": ["Vadim Dolganov", "Mr. Dolganov"],
        "cis": ["Commonwealth of Independent States"],
    },
    meetings=[
        # "WHEN Russian President Boris Yeltsin and his Ukrainian counterpart Leonid Kravchuk meet in
        # the Kremlin today, ..." (the headline "Meet at Kremlin", "today's summit": the same) ->
        # planned, 1993-01-15 ("today" in the paper of 15 January), Moscow (the Kremlin, resolved to
        # its city as ANNOTATION resolves the White House; the text also names Moscow).
        M(["boris_yeltsin", "leonid_kravchuk"], "1993-01-15", "Moscow", IP, P,
          "WHEN Russian President Boris Yeltsin and his Ukrainian counterpart Leonid Kravchuk meet in the Kremlin today, they are likely to find that closer ties between the two Slavic states will require changing old attitudes."),
        # Not rows: "Bilateral agreements reached often have not held" (no specific meeting);
        # Dolganov "says" (statements to the paper). Not annotated: "officials" (unnamed), the Kremlin
        # (a building), "Ukraine's Embassy in Moscow" (named only in Dolganov's title). Kept as found:
        # the subheading "Common ground elusive" run into the end of a paragraph. Removed: at the end,
        # the last, cut-off paragraph ("Since achieving independence, ... an \"older brother\"
        # postur"). Nothing removed at the start.
    ],
    roles=[("Russian President", "boris_yeltsin"), ("his Ukrainian counterpart", "leonid_kravchuk"),
           ("press attache at Ukraine's Embassy in Moscow", "vadim_dolganov")],
)

A["dev_11804_roh_gorbachev_cheju"] = dict(
    actors={
        "roh_tae_woo": ["President Roh Tae Woo", "Roh Tae Woo"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Mr. Gorbachev"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "CHEJU, South Korea -- ... President Roh Tae Woo and Soviet President Mikhail S. Gorbachev
        # agreed yesterday to negotiate a mutual cooperation treaty ..." ("the mere fact of the
        # meeting", "The meeting stood in sharp contrast": the same) -> held, 1991-04-20 ("yesterday"
        # in a Sunday paper), Cheju (the dateline; the text's spelling).
        M(["roh_tae_woo", "mikhail_gorbachev"], "1991-04-20", "Cheju", IP, H,
          "CHEJU, South Korea -- In a surprisingly rapid acceleration of their new relationship, President Roh Tae Woo and Soviet President Mikhail S. Gorbachev agreed yesterday to negotiate a mutual cooperation treaty and to multiply trade tenfold over the next five years in an effort to assist the faltering Soviet economy."),
        # Not rows: "his four-day visit to Japan" (no counterpart named; "the Japanese refused" is
        # unnamed); the calls on North Korea (no meeting). Not annotated: "By New York Times News
        # Service" (the byline credit), "Intelligence sources" (unnamed), the Non-Proliferation Treaty
        # (a treaty). Kept as found: "April 21, 1991|By New York Times News Service". Removed: at the
        # end, the last, cut-off sentence ("Mr. Gorbachev emphasized the contrast by stating pointedly
        # over dinner after his arrival late Friday, \"It was cold with rain in Japan, but here in
        # Cheju it is so warm that I fee"). Nothing removed at the start.
    ],
    roles=[("Soviet President", "mikhail_gorbachev")],
)

A["dev_11805_downer_abal_sydney"] = dict(
    actors={
        "alexander_downer": ["Alexander Downer", "Mr Downer"],
        "sam_abal": ["Sam Abal", "Mr Abal"],
        "john_howard": ["John Howard", "Mr Howard"],
        "michael_somare": ["Sir Michael Somare", "Sir Michael"],
        "julian_moti": ["Julian Moti", "Moti"],
        "hu_jintao": ["Hu Jintao"],
        "png_defence_force": ["PNG Defence Force"],
    },
    meetings=[
        # "... the Foreign Affairs Minister, Alexander Downer, in a weekend meeting with his counterpart
        # Sam Abal, suggested the resumption of the ministerial talks." -> held, date null ("a
        # weekend meeting"), Sydney ("ON THE sidelines of the Sydney meeting").
        M(["alexander_downer", "sam_abal"], None, "Sydney", IP, H,
          "Australian sources said the Foreign Affairs Minister, Alexander Downer, in a weekend meeting with his counterpart Sam Abal, suggested the resumption of the ministerial talks."),
        # "However, Sir Michael held one-on-one talks with other senior figures, including China's
        # President Hu Jintao." -> held, date null, Sydney ("during his current visit to Sydney", the
        # sentence before).
        M(["michael_somare", "hu_jintao"], None, "Sydney", IP, H,
          "However, Sir Michael held one-on-one talks with other senior figures, including China's President Hu Jintao."),
        # Not rows: "Mr Howard did not hold a bilateral meeting with Sir Michael" (a meeting that did
        # not take place); "the first such meeting to be held early next year" and the annual
        # ministerial talks (meetings of unnamed ministers); "Ministerial talks scheduled for December
        # last year were scrapped" (did not take place); Abal "said" (a statement); the "Sydney
        # meeting" itself (the APEC gathering, a summit as such). Not annotated: "By Craig Skehan" (the
        # byline), "Australian sources", "Australian officials" (unnamed), "other senior figures"
        # (unnamed). Kept as found: the "Advertisement" line inside the text, "each side. but not prime
        # ministers" (full stop and small letter as found). Removed: at the start, the site lines
        # between the first headline and the second ("We’re sorry, this feature is currently
        # unavailable. ...", "Advertisement", "This was published 16 years ago") and the first of the
        # two headlines; at the end, the site lines "Most Viewed in National" and "Loading".
    ],
    roles=[("the Foreign Affairs Minister", "alexander_downer"), ("his counterpart", "sam_abal"),
           ("the Prime Minister", "john_howard"), ("Papua New Guinea's Prime Minister", "michael_somare"),
           ("China's President", "hu_jintao"), ("the wanted lawyer", "julian_moti"), ("the fugitive", "julian_moti")],
)

A["dev_11806_shultz_houphouet_abidjan"] = dict(
    actors={
        "george_shultz": ["George P. Shultz", "Shultz"],
        "felix_houphouet_boigny": ["Felix Houphouet-Boigny", "Houphouet-Boigny"],
    },
    meetings=[
        # "At a press conference, Shultz described his talks with the 81-year-old leader as \"an
        # important, educational, thoughtful meeting.\"" (the headline "Shultz Meets Ivory Coast
        # Leader", "no contentious issues for Shultz to discuss with Houphouet-Boigny": the same) ->
        # held, date null (the talks are given no day: Shultz "arrived Monday night", the tribute and
        # the press conference were "Tuesday"; see the notes), Abidjan (the dateline).
        M(["george_shultz", "felix_houphouet_boigny"], None, "Abidjan", IP, H,
          "At a press conference, Shultz described his talks with the 81-year-old leader as \"an important, educational, thoughtful meeting.\""),
        # Not rows: the "glowing tribute" and the press conference (statements); "scheduled to leave
        # early today for Liberia" (a trip, no meeting named). Not annotated: "NORMAN KEMPSTER | Times
        # Staff Writer" (the byline), "U.S. officials", "one senior official" (unnamed), the Hotel
        # Ivoire (a building), "the United States" (a country). Kept as found: the subheading
        # "Liberian Economy Troubled", the date line "January 14, 1987|NORMAN KEMPSTER | Times Staff
        # Writer". Removed: at the start, the site line "YOU ARE HERE: LAT HomeCollections"; at the
        # end, the last, cut-off sentence ("Twice the driver was able to talk his way past the
        # roadblock, but the third time he cheerfully handed the policeman a worn bank note").
    ],
    roles=[("Secretary of State", "george_shultz"), ("The secretary of state", "george_shultz"),
           ("the 81-year-old leader", "felix_houphouet_boigny"), ("Ivory Coast Leader", "felix_houphouet_boigny")],
)

A["test_11807_uribe_chavez_punto_fijo"] = dict(
    actors={
        "alvaro_uribe": ["Alvaro Uribe", "Mr Uribe", "Uribe"],
        "hugo_chavez": ["Hugo Chavez", "Mr Chavez", "Chavez"],
        "rodrigo_granda": ["Rodrigo Granda"],
    },
    meetings=[
        # "Venezuela's President Hugo Chavez and his Colombian counterpart, Alvaro Uribe, have been
        # meeting on Thursday to discuss joint energy projects." (the caption "during their meeting",
        # "The talks between leftist Mr Chavez and conservative Mr Uribe", "Mr Uribe's visit to the
        # Venezuelan town of Punto Fijo": the same) -> held, 2005-11-24 ("on Thursday" in a Thursday
        # story), Punto Fijo.
        M(["hugo_chavez", "alvaro_uribe"], "2005-11-24", "Punto Fijo", IP, H,
          "Venezuela's President Hugo Chavez and his Colombian counterpart, Alvaro Uribe, have been meeting on Thursday to discuss joint energy projects."),
        # Not rows: "a regional summit" / "the recent Americas summit in Argentina" (a summit as such);
        # "Caracas broke off diplomatic relations with Bogota" (no meeting); the capture of Granda (no
        # meeting); Chavez "acknowledged", "said" (statements). Not annotated: "Correspondents", "Local
        # media reports" (unnamed), the Free Trade Area of the Americas / FTAA (a proposed trade area,
        # as ANNOTATION treats NAFTA). Kept as found: the page's "Last Updated: ..." line and the
        # caption lines, "The talks ... comes" (number as found). Removed: nothing at the start (the
        # excerpt begins with the date line); at the end, trailing blank lines only.
    ],
    roles=[("Venezuela's President", "hugo_chavez"), ("his Colombian counterpart", "alvaro_uribe"),
           ("a rebel commander", "rodrigo_granda")],
)

_OB = ("On Sunday, President Obama hosted a secret meeting with House Speaker John Boehner, R-Ohio, and Majority Leader Eric Cantor, R-Va., to discuss a fiscal agreement that would allow Congress to lift the debt ceiling, the White House confirmed on Monday.")
A["dev_11808_obama_boehner_cantor_sunday"] = dict(
    actors={
        "barack_obama": ["President Obama", "Obama"],
        "john_boehner": ["John Boehner"],
        "eric_cantor": ["Eric Cantor"],
        "harry_reid": ["Harry Reid", "Reid"],
        "mitch_mcconnell": ["Mitch McConnell", "McConnell"],
        "jay_carney": ["Jay Carney"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
        "us_senate": ["Senate"],
        "republican_party": ["Republicans"],
    },
    meetings=[
        # "On Sunday, President Obama hosted a secret meeting with House Speaker John Boehner, R-Ohio,
        # and Majority Leader Eric Cantor, R-Va., ..." (the headline "Obama Meets Boehner, Cantor on
        # Sunday", "The meeting came as ...": the same) -> a meeting of three named people -> three
        # pair rows, held, 2011-07-17 ("On Sunday" in a Monday story), place null (the text does not
        # say where the meeting was held; see the notes).
        M(["barack_obama", "john_boehner"], "2011-07-17", None, IP, H, _OB),
        M(["barack_obama", "eric_cantor"], "2011-07-17", None, IP, H, _OB),
        M(["john_boehner", "eric_cantor"], "2011-07-17", None, IP, H, _OB),
        # "All eyes in Washington are focused on talks between Senate Leaders Harry Reid, D-Nev., and
        # Mitch McConnell, R-Ky., ..." -> talks between two named leaders, held (in progress), date
        # null, place null, required False (negotiations under way, no specific meeting; see the
        # notes).
        M(["harry_reid", "mitch_mcconnell"], None, None, IP, H,
          "All eyes in Washington are focused on talks between Senate Leaders Harry Reid, D-Nev., and Mitch McConnell, R-Ky., that would tee off spending cuts in the $1.5 trillion range and set the stage to increase the government’s borrowing limit.",
          False),
        # Not rows: the House vote "on Tuesday" (a vote, not a meeting); the Rose Garden ceremony and
        # "Obama told a reporter" (a ceremony; a remark to the press); Carney "pushed back" (a
        # statement). Not annotated: "a reporter" (unnamed), "House conservatives" (a group, unnamed),
        # the Rose Garden (a place). Kept as found: the blank lines between paragraphs. Removed: at the
        # start, the site's navigation, browser and sign-in lines and the repeated headline before the
        # article's own headline ("Skip Navigation" ... "Reveal Navigation"); at the end, the last,
        # cut-off paragraph ("\"If necessary, it's not the preferred outcome, it's not the desired
        # outcome … [but] that's").
    ],
    roles=[("House Speaker", "john_boehner"), ("Majority Leader", "eric_cantor"),
           ("White House press secretary", "jay_carney"), ("The president", "barack_obama")],
)

A["dev_11809_major_bruton_dublin"] = dict(
    actors={
        "john_major": ["Mr Major"],
        "john_bruton": ["John Bruton", "JOHN BRUTON"],
    },
    meetings=[
        # "Below is the text of Mr Major’s joint press conference with John Bruton, held in Dublin on
        # Thursday 21st December 1995." with Bruton's "The Prime Minister and I have had a very useful
        # meeting." and "We had the opportunity here tonight ..." (the same) -> held, 1995-12-21,
        # Dublin. The evidence is the sentence that names both (as batch 59a's dev_11610).
        M(["john_major", "john_bruton"], "1995-12-21", "Dublin", IP, H,
          "Below is the text of Mr Major’s joint press conference with John Bruton, held in Dublin on Thursday 21st December 1995."),
        # "... this report, which we did at our meeting in Majorca; ..." - "we" are the two prime
        # ministers (Bruton speaking of himself and Major) -> an earlier meeting, held, date null (no
        # day), Majorca.
        M(["john_bruton", "john_major"], None, "Majorca", IP, H,
          "This covers cooperation between Britain and Ireland across the Irish Sea in the matter of joint planning of infrastructure, the development of science and technology, cooperation in the areas of health and education and broadcasting, a whole range of matters in which the two countries, both speaking the same language, both sharing much common history, have not cooperated as fully in the past as it would be mutually beneficial for both of us that we should and we are very happy that we have been able to commission this report, which we did at our meeting in Majorca; we have been able to receive it here today in Dublin and we now are looking forward to an intensive series of meetings between our respective members of government to put this into effect over the next year or so."),
        # Not rows: "an intensive series of meetings between our respective members of government"
        # (unnamed ministers, no specific meeting); "the preparatory meetings in the political tract"
        # (meetings of unnamed parties); the Downing Street communique (a document); the report "from
        # our officials" (unnamed). Not annotated: "the international body" (unnamed), "our officials".
        # Kept as found: the speaker label "PRIME MINISTER JOHN BRUTON:", "political tract", the en dash
        # in the title. Removed: at the start, the site's header lines ("The Rt. Hon. Sir John Major KG
        # CH", "Prime Minister of Great Britain and Northern Ireland 1990-1997", "1995Prime Minister
        # (1990-1997)"); at the end, the last, cut-off sentence ("We discussed the intergovernmental
        # conference, ... the positions in Bosnia and Russia were also touched upon or will").
    ],
    roles=[("The Prime Minister", "john_major")],
)

A["dev_11810_trong_yingluck_bangkok"] = dict(
    actors={
        "nguyen_phu_trong": ["Party General Secretary Nguyen Phu Trong", "Nguyen Phu Trong", "Trong"],
        "yingluck_shinawatra": ["PM Yingluck Shinawatra", "Yingluck Shinawatra"],
        "do_muoi": ["Do Muoi"],
        "vietnam_airlines": ["Vietnam Airlines"],
    },
    meetings=[
        # "Trong was welcomed at the airport by the Deputy Prime Minister and Interior Minister of
        # Thailand, ..." -> an airport greeting by an unnamed official -> one-party row (Trong), held,
        # 2013-06-25 (the arrival "on June 25"), Bangkok, required False (an arrival greeting, as
        # earlier batches mark them).
        M(["nguyen_phu_trong"], "2013-06-25", "Bangkok", IP, H,
          "Trong was welcomed at the airport by the Deputy Prime Minister and Interior Minister of Thailand, and officials of the Vietnamese Embassy in Bangkok.",
          False),
        # "Thai Prime Minister Yingluck Shinawatra is scheduled to host a State-level welcome ceremony
        # for Vietnamese Party leader Trong ... in the afternoon." with "Both leaders will then hold
        # talks ..." (the same afternoon, the same place: one row) -> planned, 2013-06-25, Bangkok.
        M(["yingluck_shinawatra", "nguyen_phu_trong"], "2013-06-25", "Bangkok", IP, P,
          "Thai Prime Minister Yingluck Shinawatra is scheduled to host a State-level welcome ceremony for Vietnamese Party leader Trong and his entourage in the afternoon."),
        # Not rows: "the 1993 visit by Trong’s predecessor Do Muoi" (a visit to a country, no
        # counterpart named); "at the invitation of PM Yingluck Shinawatra" (an invitation, the same
        # visit). Not annotated: "(VOV)" at the start of the body and "(Photo:VOV)" (the agency tag and
        # photo credits), "Source: Pano feed" (the blog's feed line), the Deputy Prime Minister and
        # Interior Minister (unnamed), the Vietnamese Embassy (unnamed officials). Kept as found: "Source:
        # Pano feed", "touched down Don Muang airport runway", the photo caption printed twice without
        # a break ("(Photo:VOV)Party leader"), the blank lines. Removed: at the end, the blog's
        # subscription line ("Đăng ký: VietNam News"). Nothing removed at the start.
    ],
    roles=[("Party leader", "nguyen_phu_trong"), ("Vietnamese Party leader", "nguyen_phu_trong"),
           ("Thai Prime Minister", "yingluck_shinawatra"), ("Trong’s predecessor", "do_muoi")],
)

A["test_11811_gorbachev_carlsson_stockholm"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Gorbachev"],
        "ingvar_carlsson": ["Ingvar Carlsson", "Carlsson"],
        "raisa_gorbacheva": ["Raisa"],
        "fernando_collor_de_mello": ["Fernando Collor de Mello", "Collor"],
    },
    meetings=[
        # "STOCKHOLM, Sweden -- Soviet President Mikhail Gorbachev met Swedish Prime Minster Ingvar
        # Carlsson for several hours Thursday ..." (the headline "holds talks with Swedish
        # government", "the Baltic issue was expected to dominate the talks": the same) -> held,
        # 1991-06-06 ("Thursday" in a Thursday story), Stockholm.
        M(["mikhail_gorbachev", "ingvar_carlsson"], "1991-06-06", "Stockholm", IP, H,
          "STOCKHOLM, Sweden -- Soviet President Mikhail Gorbachev met Swedish Prime Minster Ingvar Carlsson for several hours Thursday at the start of a brief trip to Sweden."),
        # "In the late afternoon, Gorbachev was to have a short private meeting with Brazilian
        # President Fernando Collor de Mello ..." -> planned ("was to have", ANNOTATION's "were to
        # meet"), 1991-06-06 (the same Thursday), Stockholm.
        M(["mikhail_gorbachev", "fernando_collor_de_mello"], "1991-06-06", "Stockholm", IP, P,
          "In the late afternoon, Gorbachev was to have a short private meeting with Brazilian President Fernando Collor de Mello who Thursday was to end a three-day official visit to Sweden."),
        # Not rows: "Collor was to invite Gorbachev to an international environmental conference" (an
        # invitation to a conference); the Nobel Peace Prize lecture in Oslo (a lecture); "Opposition
        # politicians called for Carlsson ..." (a demand, unnamed politicians); the Soviet prosecutor
        # general's report (a report). Raisa arrived with Gorbachev (an accompanying spouse, not a
        # participant). Not annotated: "By JULIAN M. ISHERWOOD" (the byline), "Soviet sources", the
        # prosecutor general (unnamed). Kept as found: "Prime Minster" (typo), the two "Advertisement"
        # lines inside the text. Removed: at the start, the site line "Advertisement" before the
        # headline; at the end, the site line "Latest Headlines".
    ],
    roles=[("Soviet President", "mikhail_gorbachev"), ("the Soviet president", "mikhail_gorbachev"),
           ("Swedish Prime Minster", "ingvar_carlsson"), ("first lady", "raisa_gorbacheva"),
           ("Brazilian President", "fernando_collor_de_mello")],
)

A["dev_11812_modi_gayoom_muizzu_male"] = dict(
    actors={
        "maumoon_abdul_gayoom": ["Maumoon Abdul Gayoom", "Gayoom"],
        "narendra_modi": ["Prime Minister Narendra Modi", "PM Narendra Modi", "Shri Narendra Modi", "Narendra Modi",
                          "Prime Minister Modi", "PM Modi", "Modi"],
        "mohamed_muizzu": ["Mohamed Muizzu", "President Dr Mohamed Muizzu", "Dr Mohamed Muizzu"],
        "randhir_jaiswal": ["Randhir Jaiswal"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "maldives_national_defence_force": ["MNDF"],
        "aminiya_school": ["Aminiya School"],
    },
    meetings=[
        # "Male [Maldives], July 25 : Maldives' former President Maumoon Abdul Gayoom on Friday held
        # talks with Prime Minister Narendra Modi ..." -> held, 2025-07-25 ("on Friday" in a Friday
        # story), Male.
        M(["maumoon_abdul_gayoom", "narendra_modi"], "2025-07-25", "Male", IP, H,
          "Male [Maldives], July 25 : Maldives' former President Maumoon Abdul Gayoom on Friday held talks with Prime Minister Narendra Modi and hoped that latter's visit would further strengthen the ties of friendship between India and Maldives."),
        # "Prime Minister Modi and Maldivian President Mohamed Muizzu also held delegation-level talks
        # in Male." (with "Warmly welcomed by President Dr Mohamed Muizzu", "received the Prime
        # Minister at Republic Square", "Muizzu accompanied PM Modi at the venue": the same pair, the
        # same day and place, one row) -> held, 2025-07-25 (the arrival "today", the welcome, and the
        # talks that "lie ahead" the same day; see the notes), Male.
        M(["narendra_modi", "mohamed_muizzu"], "2025-07-25", "Male", IP, H,
          "Prime Minister Modi and Maldivian President Mohamed Muizzu also held delegation-level talks in Male."),
        # Not rows: Gayoom's and Muizzu's posts on X and Jaiswal's post (posts); the 21-gun salute and
        # the guard of honour (ceremonies, parts of the welcome). Not annotated: X (a platform named as
        # the place of a post), the Republic Square (a place), "Children" (unnamed). Kept as found:
        # "Male [Maldives], July 25 :" (space before the colon), "latter's visit". Removed: at the
        # start, the search tool's " date 2025-07-25" prefix; at the end, the last, cut-off sentence
        # ("PM Modi met with the ministers and officials of").
    ],
    roles=[("Maldives' former President", "maumoon_abdul_gayoom"), ("Maldivian President", "mohamed_muizzu"),
           ("The Maldivian president", "mohamed_muizzu"), ("Prime Minister of India", "narendra_modi"),
           ("the Prime Minister", "narendra_modi"),
           ("Official Spokesperson of the Ministry of External Affairs", "randhir_jaiswal")],
)
