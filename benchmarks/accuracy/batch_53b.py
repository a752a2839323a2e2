"""Accuracy corpus, batch 53b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1970s, 1980s, 1990s,
2000s, 2010s and 2020s (1960s: two, 1970s: two, 1980s: one, 1990s: one, 2000s: two, 2010s: two,
2020s: two; six of the twelve from before 2000, as the brief asked for at least five), over the
eleven regions (Eastern Europe/Russia: two; Oceania, Western Europe, Southeast Asia, South Asia,
Central Asia/Caucasus, East Asia, Africa, Middle East, Latin America, North America: one each).
Outlets/sites: The Christian Science Monitor (csmonitor.com), TVNZ 1 News (tvnz.co.nz), History
Diaries (historydiaries.blog, "The Seventies" day by day), The Press (Christchurch) via Papers
Past, Voice of America (voanews.com), Wikinews (en.wikinews.org), Civil Georgia (old.civil.ge),
The Chosun Ilbo (english.chosun.com), The New York Times archive (nytimes.com), the Jewish
Telegraphic Agency (jta.org), the Deseret News (deseret.com) and Darpan Magazine
(darpanmagazine.com, carrying The Canadian Press). tvnz.co.nz, historydiaries.blog,
english.chosun.com and nytimes.com are new to the corpus as sites (as far as `sources.csv` and the
batch files show); the other sites were used before, the pages are new, and so are the meetings
they report (see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_53b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-52b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_105NN_<slug>` / `test_105NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL names the issue: 1980/0702 (1980-07-02, a Wednesday,
    # checked). The text gives its dates in full: the visit "June 30 and July 1" (1980-06-30, a
    # Monday; 1980-07-01, a Tuesday; checked), "the final day of the visit" = July 1; "July 2
    # and 3" (a briefing of unnamed leaders; no row).
    ("dev_10501_schmidt_brezhnev_moscow_talks", "Eastern Europe/Russia", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1980/0702/070249.html", "1980-07-02"),
    # No date line in the excerpt; the search tool's date field 2020-12-11 (removed with its
    # prefix; a Friday, checked): "called Jacinda Ardern this morning" = 2020-12-11 (New Zealand
    # time; see the notes); "today" (Ardern told reporters) = the same day.
    ("dev_10502_johnson_ardern_call", "Oceania", "2020s", "TVNZ 1 News (tvnz.co.nz)", "https://www.tvnz.co.nz/one-news/new-zealand/boris-johnson-congratulates-ardern-election-win-covid-19-response", "2020-12-11"),
    # The site retells the news of 1974 day by day, each post under its day (as the corpus's
    # realtime1960s pages dev_7905, dev_9904, dev_10305): the URL names the post "the-seventies-
    # saturday-october-26-1974" (1974-10-26, a Saturday, checked; the URL's 2024/10/26 is the
    # day it was posted, fifty years on; see the notes). "today" = 1974-10-26; "arrived on
    # Wednesday" = 1974-10-23 (checked; an arrival, no row); "on November 23 and 24" -> no date
    # (two days); "in the next six weeks", "in June" -> no date.
    ("test_10503_kissinger_brezhnev_vladivostok_planned", "Eastern Europe/Russia", "1970s", "History Diaries (historydiaries.blog, \"The Seventies\")", "https://historydiaries.blog/2024/10/26/the-seventies-saturday-october-26-1974", "1974-10-26"),
    # The URL names the issue: CHP19700522 (1970-05-22, a Friday, checked); the dateline "KASSEL
    # (West Germany), May 21." (1970-05-21, a Thursday, checked): "today" = the dateline's day,
    # 1970-05-21 (as test_911); "on March 19" = 1970-03-19 (the year of publication; a Thursday,
    # checked); "last night" = 1970-05-20 (an arrival, no row).
    ("dev_10504_brandt_stoph_kassel", "Western Europe", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19700522.2.133", "1970-05-22"),
    # The headline ends "- 2004-01-16" (a Friday, checked; the URL's 2004-01-16 agrees): "his
    # meeting with Mr. Thaksin Friday" = 2004-01-16.
    ("dev_10505_badawi_thaksin_bangkok", "Southeast Asia", "2000s", "Voice of America (voanews.com)", "https://www.voanews.com/a/a-13-a-2004-01-16-24-new/394141.html", "2004-01-16"),
    # The date line "Wednesday, September 6, 2006" (a Wednesday, checked): "tomorrow" =
    # 2006-09-07; "a two-day visit during which he is scheduled to hold talks" -> no date (two
    # days).
    ("dev_10506_musharraf_karzai_kabul_planned", "South Asia", "2000s", "Wikinews (en.wikinews.org)", "https://en.wikinews.org/wiki/Pakistan_President_Musharraf_in_Kabul_for_talks", "2006-09-06"),
    # The date line "Civil Georgia, Tbilisi / 18 Jul.'10 / 14:48" (2010-07-18, a Sunday,
    # checked): "on July 18" = 2010-07-18.
    ("test_10507_aliyev_saakashvili_batumi", "Central Asia/Caucasus", "2010s", "Civil Georgia (civil.ge)", "https://old.civil.ge/eng/_print.php?id=22524", "2010-07-18"),
    # The date line "May 28, 2018 09:35" (a Monday, checked; the URL's 2018/05/28 agrees):
    # "on Saturday afternoon" = 2018-05-26 (checked); "on Sunday" = 2018-05-27 (a briefing, no
    # row); "on Friday" = 2018-05-25 (checked); "on April 27" = 2018-04-27 and "June 12" =
    # 2018-06-12 (the year of publication); "last week" -> no date.
    ("dev_10508_moon_kim_panmunjom_second", "East Asia", "2010s", "The Chosun Ilbo (english.chosun.com)", "https://english.chosun.com/site/data/html_dir/2018/05/28/2018052800599.html?related_all", "2018-05-28"),
    # The date line "March 8, 1964, Page 18 The New York Times Archives" (a Sunday, checked; the
    # URL's 1964/03/08 agrees). The meeting at "Baanako" is dated only "last fall" (on the way
    # home from the United States) -> no date.
    ("dev_10509_haile_selassie_bamako_truce", "Africa", "1960s", "The New York Times (nytimes.com archive)", "https://www.nytimes.com/1964/03/08/archives/an-emperor-tries-to-unite-africa-a-generation-older-than-other.html", "1964-03-08"),
    # No date line in the excerpt; the URL names the bulletin's day: 1960/09/26 (a Monday,
    # checked). The headline's "Today" and the third paragraph's "Today ... in addition to
    # President Eisenhower" = 1960-09-26; the first paragraph's "tomorrow" for the same meeting
    # was written the day before the bulletin (Sunday 1960-09-25), so the second paragraph's
    # "Yesterday" and "today, at lunch" have no certain day (1960-09-24/25 from the writing day,
    # 1960-09-25/26 from the bulletin's) -> no date; "arrived ... Friday" = 1960-09-23 (an
    # arrival, no row); "Later this week" -> no date. See the notes.
    ("dev_10510_nasser_new_york_meetings", "Middle East", "1960s", "Jewish Telegraphic Agency (jta.org)", "https://www.jta.org/1960/09/26/archive/eisenhower-to-confer-with-nasser-in-n-y-today-hussein-on-way", "1960-09-26"),
    # No date line in the excerpt; the URL names the day: 1990/6/17 (1990-06-17, a Sunday,
    # checked): "sat down Saturday" and "began Saturday morning" = 1990-06-16 (checked); "Sunday
    # night" = 1990-06-17 (Baker's arrival; the day of the meetings is not stated -> no date).
    ("test_10511_baker_central_america_antigua", "Latin America", "1990s", "Deseret News (deseret.com)", "https://www.deseret.com/1990/6/17/18866742/central-america-leaders-discuss-economic-options", "1990-06-17"),
    # The date line "Darpan News Desk The Canadian Press, 08 Jun, 2022 09:52 AM" (2022-06-08, a
    # Wednesday, checked): "today" = 2022-06-08; "late Tuesday" and "Tuesday afternoon" =
    # 2022-06-07 (checked). Region North America (the Canadian prime minister at the
    # US-hosted summit in Los Angeles, in a Canadian wire story; see the notes).
    ("dev_10512_trudeau_mottley_los_angeles", "North America", "2020s", "Darpan Magazine (darpanmagazine.com; The Canadian Press)", "https://www.darpanmagazine.com/news/national/summit-day-1-biden-to-kimmel-trudeau-to-barbados/?page=54", "2022-06-08"),
]

A = {}

_USTINOV = ("Perhaps the most intriguing note of the final day of the visit was a long talk Mr. Schmidt and his foreign minister had with Defense Minister Dmitri Ustinov and Marshal Nikolai Ogarkov, the chief of the Soviet general staff.")
A["dev_10501_schmidt_brezhnev_moscow_talks"] = dict(
    actors={
        "helmut_schmidt": ["Helmut Schmidt", "Mr. Schmidt", "Schmidt"],
        "leonid_brezhnev": ["Leonid Brezhnev", "Mr. Brezhnev", "Brezhnev"],
        "nato": ["NATO"],
        "tass": ["Tass news agency", "Tass"],
        "dmitry_ustinov": ["Defense Minister Dmitri Ustinov", "Dmitri Ustinov"],
        # New key.
        "nikolai_ogarkov": ["Marshal Nikolai Ogarkov", "Nikolai Ogarkov"],
    },
    meetings=[
        # "the West German chancellor and the Soviet leader ... talked at each other, and past
        # each other, during Mr. Schmidt's significant visit here June 30 and July 1" ("The
        # Soviet leader dismissed the NATO missile position June 30. After the talks ...": the
        # talks are of June 30) -> held, 1980-06-30 (see the notes; a reader could write null
        # for the two-day visit), place null ("here": the excerpt names no city or country for
        # the visit; see the notes).
        M(["helmut_schmidt", "leonid_brezhnev"], "1980-06-30", None, IP, H,
          "That, in effect, was what the West German chancellor and the Soviet leader said as they talked at each other, and past each other, during Mr. Schmidt's significant visit here June 30 and July 1."),
        # "a long talk Mr. Schmidt and his foreign minister had with Defense Minister Dmitri
        # Ustinov and Marshal Nikolai Ogarkov" on "the final day of the visit" (July 1) -> three
        # named participants (the foreign minister is unnamed): one row per pair, held,
        # 1980-07-01, place null (as above). The Ustinov-Ogarkov pair (the two hosts, one side)
        # is required False (as the same-side pair of dev_2705).
        M(["helmut_schmidt", "dmitry_ustinov"], "1980-07-01", None, IP, H, _USTINOV),
        M(["helmut_schmidt", "nikolai_ogarkov"], "1980-07-01", None, IP, H, _USTINOV),
        M(["dmitry_ustinov", "nikolai_ogarkov"], "1980-07-01", None, IP, H, _USTINOV, False),
        # Not rows: the two leaders' positions as the paper paraphrases them (statements);
        # "his foreign minister had to brief French and United States leaders July 2 and 3"
        # (the minister and the leaders unnamed); "German TV interviewers" and "a jammed press
        # conference" (interviews, a news conference); Tass's quotation (a report). Removed: at
        # the end, the cut-off last sentence ("Mr. Sch"). Nothing removed at the start (the
        # excerpt begins with the headline).
    ],
    roles=[("the West German chancellor", "helmut_schmidt"), ("the Soviet leader", "leonid_brezhnev"),
           ("the chief of the Soviet general staff", "nikolai_ogarkov")],
)

A["dev_10502_johnson_ardern_call"] = dict(
    actors={
        "boris_johnson": ["UK Prime Minister Boris Johnson", "Boris Johnson", "Johnson"],
        "jacinda_ardern": ["Jacinda Ardern", "Prime Minister Ardern", "Ardern"],
        "downing_street": ["Downing Street"],
        # The UN is named in the names of a pledge and a conference (events, not actors).
        "united_nations": ["United Nations", "UN"],
        # New keys: the two companies named in "the Pfizer/BioNTech vaccine".
        "pfizer": ["Pfizer"],
        "biontech": ["BioNTech"],
    },
    meetings=[
        # "UK Prime Minister Boris Johnson called Jacinda Ardern this morning" ("the call", "their
        # call", "[the call]": the same) -> phone, held, 2020-12-11 (see the notes on the time
        # zone), place null.
        M(["boris_johnson", "jacinda_ardern"], "2020-12-11", None, PH, H,
          "UK Prime Minister Boris Johnson called Jacinda Ardern this morning to congratulate her after her election win and to praise New Zealand’s tackling of Covid-19."),
        # Not rows: "Ardern told reporters today" (a statement to the press); "looked forward to
        # meeting in person at the earliest opportunity" (a wish, no meeting arranged); "wanted
        # to work with Ardern ahead of next year's UN Climate Change Conference" (a conference,
        # no meeting); the Downing Street spokesperson's account (a statement). Kept as they
        # stand: the two video-widget lines "Your playlist will load after this ad" inside the
        # text, the mixed straight and curly quotation marks, and the unclosed quotation of the
        # spokesperson's paragraphs. Removed: at the start, the search tool's date prefix
        # (" date 2020-12-11 "). The excerpt has no headline and no cut-off sentence.
    ],
    roles=[("UK Prime Minister", "boris_johnson")],
)

_SIX = ("The meeting is considered a gain for Mr. Brezhnev, who will also meet Chancellor Helmut Schmidt of West Germany and President Valery Giscard d’Estaing of France in the next six weeks as he builds contacts with the new leaders or the three Western countries.")
A["test_10503_kissinger_brezhnev_vladivostok_planned"] = dict(
    actors={
        "gerald_ford": ["President Ford", "Mr. Ford"],
        "leonid_brezhnev": ["Leonid Brezhnev", "Mr. Brezhnev"],
        "henry_kissinger": ["Secretary of State Kissinger", "Mr. Kissinger"],
        "helmut_schmidt": ["Chancellor Helmut Schmidt", "Helmut Schmidt"],
        "valery_giscard_d_estaing": ["President Valery Giscard d’Estaing", "Valery Giscard d’Estaing"],
        "andrei_gromyko": ["Foreign Minister Andrei A. Gromyko", "Andrei A. Gromyko", "Mr. Gromyko"],
        # New keys: Kissinger's deputy and Brezhnev's interpreter.
        "helmut_sonnenfeldt": ["Helmut Sonnenfeldt"],
        "viktor_sukhodrev": ["Viktor M. Sukhodrev"],
    },
    meetings=[
        # "President Ford has agreed to meet with Leonid Brezhnev ... on November 23 and 24 in the
        # Vladivostok area" ("the Vladivostok meeting": the same) -> planned, date null (two
        # days), Vladivostok.
        M(["gerald_ford", "leonid_brezhnev"], None, "Vladivostok", IP, P,
          "President Ford has agreed to meet with Leonid Brezhnev, the Soviet leader, on November 23 and 24 in the Vladivostok area of the Soviet Far East."),
        # "The Secretary of State and Mr. Brezhnev began personal discussions at 4:30 PM today"
        # (the "three days of talks ... in Moscow", the "larger working meeting at 7 PM" and "In
        # the last hour and a half, Mr. Kissinger and Mr. Brezhnev met in private": the same
        # pair and place, one row) -> held, 1974-10-26, Moscow.
        M(["henry_kissinger", "leonid_brezhnev"], "1974-10-26", "Moscow", IP, H,
          "The Secretary of State and Mr. Brezhnev began personal discussions at 4:30 PM today before adjourning to a larger working meeting at 7 PM."),
        # "In a luncheon toast to Mr. Gromyko today, Mr. Kissinger declared that the talks here"
        # (Gromyko's "toast replying to Mr. Kissinger at luncheon today": the same) -> a working
        # meal, held, 1974-10-26, Moscow ("the talks here", the talks "in Moscow"). Gromyko's
        # joining the evening's private meeting is the same pair, day and place (this row).
        M(["henry_kissinger", "andrei_gromyko"], "1974-10-26", "Moscow", IP, H,
          "In a luncheon toast to Mr. Gromyko today, Mr. Kissinger declared that the talks here had “made good progress in a number of fields.”"),
        # "who will also meet Chancellor Helmut Schmidt ... and President Valery Giscard
        # d'Estaing ... in the next six weeks" -> two separate planned meetings, date null,
        # place null.
        M(["leonid_brezhnev", "helmut_schmidt"], None, None, IP, P, _SIX),
        M(["leonid_brezhnev", "valery_giscard_d_estaing"], None, None, IP, P, _SIX),
        # Not rows: "They were joined in their private meeting by Foreign Minister Andrei A.
        # Gromyko and Mr. Kissinger's deputy. Helmut Sonnenfeldt, as well as Mr. Brezhnev's
        # interpreter" (people who joined a meeting, not presented as its parties; Gromyko's pair
        # with Kissinger is the luncheon row; see the notes); "met in private with an
        # interpreter" (the same Kissinger-Brezhnev row); "Mr. Kissinger arrived on Wednesday"
        # (an arrival); "by the time Mr. Brezhnev goes to Washington in June" (a visit to a city,
        # no counterpart named); "American officials" and "Western diplomatic observers"
        # (unnamed; statements). Kept as they stand: "Mr. Kissinger's deputy. Helmut
        # Sonnenfeldt" (a full stop for a comma) and "the new leaders or the three Western
        # countries". Removed: nothing at the start (the excerpt begins with the first story;
        # the post's title is only in the URL); at the end, only the trailing space (the excerpt
        # ends with a full sentence).
    ],
    roles=[("the Soviet leader", "leonid_brezhnev"), ("The Secretary of State", "henry_kissinger"),
           ("Mr. Kissinger’s deputy", "helmut_sonnenfeldt"), ("Mr. Brezhnev’s interpreter", "viktor_sukhodrev")],
)

A["dev_10504_brandt_stoph_kassel"] = dict(
    actors={
        "willy_brandt": ["Mr Willy Brandt", "Willy Brandt", "Mr Brandt", "Brandt"],
        "willi_stoph": ["Mr Willi Stoph", "Willi Stoph", "Stoph"],
        # New key.
        "world_health_organization": ["World Health Organisation"],
    },
    meetings=[
        # "Mr Willy Brandt, and ... (Mr Willi Stoph) will face each other in Kassel across the
        # bargaining table for the second time today" (the headline's "Meet Again", "the
        # meeting", "the site of the talks": the same) -> planned, 1970-05-21 (the dateline's
        # day), Kassel.
        M(["willy_brandt", "willi_stoph"], "1970-05-21", "Kassel", IP, P,
          "The West German Chancellor, Mr Willy Brandt, and the East German Prime Minister (Mr Willi Stoph) will face each other in Kassel across the bargaining table for the second time today, but there were no hopes of any spectacular success."),
        # "Their first historic meeting was held in Erfurt, East Germany, on March 19" -> held,
        # 1970-03-19, Erfurt (the meeting of dev_5005, here a second report of it).
        M(["willy_brandt", "willi_stoph"], "1970-03-19", "Erfurt", IP, H,
          "Their first historic meeting was held in Erfurt, East Germany, on March 19, after more than 20 years almost totally barren of political communication between the two sides."),
        # Not rows: "Mr Brandt got a big welcome when he flew in last night" and the crowd that
        # followed him (an arrival, no host named); East Germany's bid for membership of the
        # World Health Organisation (no meeting); the "East German blasts against Bonn"
        # (statements). "ftf.Z.P.A. -Reuter— Copyright)" is the agency credit (not annotated);
        # Schloss Wilhelmshoehe is a place. Kept as they stand: the OCR errors ("ftf.Z.P.A.",
        # "threestorey"), the run-in subheading "Big Welcome" and the paragraph break inside a
        # sentence ("a crowd of" / "several hundred"). Removed: at the start, the site's two
        # notes on text corrections and twenty-six "Article image" lines; at the end, the cut-off
        # last sentence ("When a chanted cry of "Willy Bra").
    ],
    roles=[("The West German Chancellor", "willy_brandt"), ("the East German Prime Minister", "willi_stoph"),
           ("the Chancellor", "willy_brandt")],
)

A["dev_10505_badawi_thaksin_bangkok"] = dict(
    actors={
        "abdullah_ahmad_badawi": ["Abdullah Ahmad Badawi", "Mr. Abdullah"],
        "thaksin_shinawatra": ["Thai Prime Minister Thaksin Shinawatra", "Thaksin Shinawatra", "Mr. Thaksin"],
        "jemaah_islamiyah": ["Jemaah Islamiyah"],
    },
    meetings=[
        # "He met Thai Prime Minister Thaksin Shinawatra" (the headline's and lead's "Talks in
        # Bangkok", "his meeting with Mr. Thaksin Friday": the same) -> held, 2004-01-16,
        # Bangkok.
        M(["abdullah_ahmad_badawi", "thaksin_shinawatra"], "2004-01-16", "Bangkok", IP, H,
          "He met Thai Prime Minister Thaksin Shinawatra to discuss cooperation on development programs covering the border region between the two Southeast Asian neighbors."),
        # Not rows: "The visit to Thailand" (the same meeting's trip); "speaking to reporters"
        # and "In an earlier newspaper interview" (statements, an interview); the attacks and
        # the Bali bombing (no meeting). Kept as they stand: the headline's " - 2004-01-16" and
        # the two empty lines after it. Removed: at the start, the site lines "Accessibility
        # links" and "Breaking News"; at the end, the cut-off last sentence ("He said he assured
        # Mr. Thaksin that Malaysia would also cooperate with Thailand in fighting bandits that
        # operate along").
    ],
    roles=[("Malaysia's new prime minister", "abdullah_ahmad_badawi"), ("his Thai counterpart", "thaksin_shinawatra"),
           ("New Malaysian PM", "abdullah_ahmad_badawi")],
)

A["dev_10506_musharraf_karzai_kabul_planned"] = dict(
    actors={
        "pervez_musharraf": ["President Pervez Musharraf", "Pervez Musharraf", "President Musharraf", "Musharraf"],
        "hamid_karzai": ["Hamid Karzai", "President Karzai"],
        "taliban": ["Taliban"],
        "al_qaeda": ["Al-Qaeda"],
        "afp": ["AFP"],
        "ministry_of_foreign_affairs_pakistan": ["Pakistan foreign office"],
        # New keys: the two spokespeople and the Afghan foreign ministry.
        "tasnim_aslam": ["Tasnim Aslam"],
        "sultan_ahmad_baheen": ["Sultan Ahmad Baheen"],
        "ministry_of_foreign_affairs_afghanistan": ["Afghan Foreign Ministry"],
    },
    meetings=[
        # "Musharraf is in Kabul for a two-day visit during which he is scheduled to hold talks
        # with his Afghan counterpart, Hamid Karzai" ("The talks", "the Presidents 'will exchange
        # views'": the same) -> planned, date null (the day within the two-day visit is not
        # stated), Kabul.
        M(["pervez_musharraf", "hamid_karzai"], None, "Kabul", IP, P,
          "The President of Pakistan, Pervez Musharraf is in Kabul for a two-day visit during which he is scheduled to hold talks with his Afghan counterpart, Hamid Karzai."),
        # "President Musharraf is scheduled to meet cabinet ministers and address parliamentarians
        # tomorrow" -> unnamed ministers: a one-party row for Musharraf, planned, 2006-09-07,
        # Kabul (the visit's city); required False (a group of unnamed officials, as
        # dev_10312).
        M(["pervez_musharraf"], "2006-09-07", "Kabul", IP, P,
          "President Musharraf is scheduled to meet cabinet ministers and address parliamentarians tomorrow.",
          False),
        # Not rows: "address parliamentarians" (a speech); the delegation's members (unnamed,
        # accompanying); the statement of "President Karzai's office" and the spokespeople's
        # words (statements); "Pakistan signed a peace agreement with pro-Taliban militants ...
        # on the eve of the visit" (an agreement, no named counterpart). Kept as they stand: the
        # photo caption "President Pervez Musharraf of Pakistan", the subheading "Pakistan signs
        # "agreement" with militants" and the unclosed quotation ending in a comma. Removed: at
        # the start, the site lines "From Wikinews, the free news source you can write!" and
        # "Jump to: navigation, search" (between the headline and the date line); at the end,
        # the cut-off last sentence (""Pakistan is committed to its policy on war on terro").
    ],
    roles=[("The President of Pakistan", "pervez_musharraf"), ("his Afghan counterpart", "hamid_karzai"),
           ("Pakistan foreign office spokeswoman", "tasnim_aslam"),
           ("Afghan Foreign Ministry spokesman", "sultan_ahmad_baheen")],
)

A["test_10507_aliyev_saakashvili_batumi"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev"],
        "mikheil_saakashvili": ["Mikheil Saakashvili", "President Saakashvili", "Saakashvili"],
    },
    meetings=[
        # "Ilham Aliyev, arrived in ... Batumi on July 18 to meet with Georgian counterpart,
        # Mikheil Saakashvili" (the headline's "Leaders Meet in Batumi", "after the meeting",
        # "discussed during the meeting": the meeting took place) -> held, 2010-07-18, Batumi.
        M(["ilham_aliyev", "mikheil_saakashvili"], "2010-07-18", "Batumi", IP, H,
          "Azerbaijani President, Ilham Aliyev, arrived in Georgia’s Black Sea resort of Batumi on July 18 to meet with Georgian counterpart, Mikheil Saakashvili."),
        # Not rows: "a joint news conference" (a news conference); "a bilateral working group"
        # (proposed; no members named); Saakashvili's words (statements). "Civil Georgia" in the
        # date line is the outlet (not annotated). Removed: at the end, the site line "Civil.Ge
        # © 2001-2019". Nothing removed at the start (the excerpt begins with the headline). The
        # item is whole (no cut-off sentence).
    ],
    roles=[("Azerbaijani President", "ilham_aliyev"), ("Georgian counterpart", "mikheil_saakashvili"),
           ("his Azerbaijani counterpart", "ilham_aliyev"), ("the Azerbaijani counterpart", "ilham_aliyev")],
)

A["dev_10508_moon_kim_panmunjom_second"] = dict(
    actors={
        "moon_jae_in": ["President Moon Jae-in", "Moon Jae-in", "Moon"],
        "kim_jong_un": ["North Korean leader Kim Jong-un", "Kim Jong-un", "Kim"],
        "donald_trump": ["U.S. President Donald Trump", "Donald Trump", "Trump"],
        # New keys.
        "suh_hoon": ["National Intelligence Service chief Suh Hoon", "Suh Hoon"],
        "kim_yong_chol": ["Kim Yong-chol"],
        "national_intelligence_service_south_korea": ["National Intelligence Service"],
        "united_front_department": ["United Front Department"],
    },
    meetings=[
        # "Moon Jae-in and North Korean leader Kim Jong-un met for a second time on Saturday
        # afternoon on the northern side of the truce village of Panmunjom" (the headline's
        # "Surprise Summit", "the meeting, which lasted for about two hours", "the latest
        # talks", "the ad-hoc summit": the same) -> held, 2018-05-26, Panmunjom.
        M(["moon_jae_in", "kim_jong_un"], "2018-05-26", "Panmunjom", IP, H,
          "President Moon Jae-in and North Korean leader Kim Jong-un met for a second time on Saturday afternoon on the northern side of the truce village of Panmunjom."),
        # "their joint declaration after the first summit on April 27" -> held, 2018-04-27,
        # place null (this text does not say where the first summit was held).
        M(["moon_jae_in", "kim_jong_un"], "2018-04-27", None, IP, H,
          "Moon also said he and Kim \"reconfirmed the need for the speedy implementation\" of their joint declaration after the first summit on April 27 and \"will hold high-level talks on June 1.\""),
        # "while Moon was in Washington for a summit with Trump last week" -> held, date null
        # ("last week"), Washington.
        M(["moon_jae_in", "donald_trump"], None, "Washington", IP, H,
          "Amid the war of words between the U.S. and North Korea, South Korean officials secretly visited Pyongyang while Moon was in Washington for a summit with Trump last week."),
        # "Suh Hoon apparently met his North Korean counterpart Kim Yong-chol ... on Friday" ->
        # held (reported with "apparently"; see the notes), 2018-05-25, place null (the officials'
        # visit to Pyongyang is told in the sentence before, "while Moon was in Washington ...
        # last week", not tied to Friday's meeting).
        M(["suh_hoon", "kim_yong_chol"], "2018-05-25", None, IP, H,
          "National Intelligence Service chief Suh Hoon apparently met his North Korean counterpart Kim Yong-chol, the director of the United Front Department on Friday to arrange the ad-hoc summit."),
        # "the June 12 North Korea-U.S. summit must be successfully held" (Trump "abruptly
        # canceled their planned summit" last week) -> planned, 2018-06-12, place null;
        # required False (a summit cancelled by one side and hoped for by the two Koreas; see
        # the notes).
        M(["donald_trump", "kim_jong_un"], "2018-06-12", None, IP, P,
          "Moon briefed reporters on Sunday about the meeting, which lasted for about two hours starting at 3 p.m., saying the two \"agreed the June 12 North Korea-U.S. summit must be successfully held.\"",
          False),
        # Not rows: "will hold high-level talks on June 1" (talks of unnamed officials); "Moon
        # briefed reporters on Sunday" and the press conference of the caption (news
        # conferences); Kim "on Friday afternoon requested a meeting" (a request; the meeting
        # is the first row); "South Korean officials secretly visited Pyongyang" (unnamed);
        # "North Korea's vice foreign minister" (unnamed; statements). The byline ("By Jeong
        # Woo-sang") and the photo credit ("/Newsis") are not annotated; Cheong Wa Dae is here
        # the place of a press conference (not annotated). Kept as they stand: the bullet and
        # the indentation of the page's lines, and the photo caption inside the text. Removed:
        # at the end, the cut-off last caption ("President Moon Jae-in (right) and North Korean
        # leader Kim Jong-un walk out after a summit in the truce v"). Nothing removed at the
        # start (the excerpt begins with the headline).
    ],
    roles=[("North Korean leader", "kim_jong_un"), ("U.S. President", "donald_trump"),
           ("his North Korean counterpart", "kim_yong_chol"),
           ("the director of the United Front Department", "kim_yong_chol"),
           ("National Intelligence Service chief", "suh_hoon")],
)

_BAMAKO = ("At Baanako, he virtually forced King Hassan II of Morocco and Premier Ahmed Ben Bella of Algeria into the same room, and, in the name of the “African family,” persuaded them to sign a truce ending the fighting between their countries.")
A["dev_10509_haile_selassie_bamako_truce"] = dict(
    actors={
        "haile_selassie_i": ["Emperor Haile Selassie", "Haile Selassie"],
        "hassan_ii": ["King Hassan II"],
        "ahmed_ben_bella": ["Premier Ahmed Ben Bella", "Ahmed Ben Bella"],
        # "O baanization of African Unity" (OCR for "Organization").
        "organization_of_african_unity": ["O baanization of African Unity"],
        # New keys: the Empress and the Imperial Guard.
        "empress_menen": ["Empress Menen"],
        "imperial_guard_ethiopia": ["Imperial Guard"],
    },
    meetings=[
        # "At Baanako, he virtually forced King Hassan II ... and Premier Ahmed Ben Bella ... into
        # the same room, and ... persuaded them to sign a truce" -> three named participants (the
        # Emperor as host and mediator in the room, as Annan in test_110): one row per pair,
        # held, date null ("last fall"), place Bamako (written "Baanako" by the OCR; see the
        # notes).
        M(["haile_selassie_i", "hassan_ii"], None, "Bamako", IP, H, _BAMAKO),
        M(["haile_selassie_i", "ahmed_ben_bella"], None, "Bamako", IP, H, _BAMAKO),
        M(["hassan_ii", "ahmed_ben_bella"], None, "Bamako", IP, H, _BAMAKO),
        # Not rows: "turned scheduled state visits into determined cease-fire talks" (visits
        # and talks of no named counterpart); "The foreign ministers of 32 member states were
        # summoned ... to hear the Emperor lecture them" (a multilateral meeting of unnamed
        # ministers); the coup attempt, the Empress's illness and the Emperor's walks in New York
        # and Washington (no meeting). Guenet Leul Palace and Africa Hall are places. Kept as
        # they stand: the OCR errors ("Baanako", "on . the way home", "O baanization", "Africa.
        # Hall"). Removed: at the end, the cut-off last sentence, a paragraph of its own ("THE
        # Emperor had come to realize, after observing the chaos suffered by the Congo, that the
        # energies and elemental"). Nothing removed at the start (the excerpt begins with the
        # date line; the headline is only in the URL).
    ],
    roles=[("the Lion of Judah", "haile_selassie_i"), ("the Emperor", "haile_selassie_i"),
           ("his wife", "empress_menen")],
)

_WEEKEND = ("He had a long talk with Marshal Tito, President of Yugoslavia; conferred with Lebanon’s Premier Saeb Salaam; talked with Ghana’s President Kwame Nkmmah; met Dr. Nkrumah again today, at lunch; held a parley with Cuba’s Prime Minister Fidel Castro; and met with the Deputy Prime Minister of Afghanistan.")
A["dev_10510_nasser_new_york_meetings"] = dict(
    actors={
        "gamal_abdel_nasser": ["Gamal Abdel Nasser", "Colonel Nasser", "Col. Nasser", "Nasser"],
        "dwight_eisenhower": ["President Dwight D. Eisenhower", "Dwight D. Eisenhower", "President Eisenhower", "Eisenhower"],
        "nikita_khrushchev": ["Nikita S. Khrushchev", "Khrushchev"],
        "josip_broz_tito": ["Marshal Tito"],
        "kwame_nkrumah": ["Kwame Nkmmah", "Dr. Nkrumah"],
        "fidel_castro": ["Fidel Castro"],
        "jawaharlal_nehru": ["Jawaharial Nehru", "Mr. Nehru"],
        "sukarno": ["President Sukarno"],
        "hussein_bin_talal": ["King Hussein"],
        "united_nations": ["United Nations"],
        "united_nations_general_assembly": ["General Assembly"],
        # New keys (spellings as written: "Saeb Salaam", "Musa Naser").
        "saeb_salam": ["Saeb Salaam"],
        "bahjat_talhouni": ["Prime Minister Bahjat Talhouni", "Bahjat Talhouni"],
        "hazza_majali": ["Premier Hazza Majali", "Hazza Majali"],
        "musa_naser": ["Musa Naser"],
    },
    meetings=[
        # "is scheduled to confer in New York tomorrow with President Dwight D. Eisenhower" (the
        # headline's "Eisenhower to Confer with Nasser in N. Y. Today"; "Today, Col. Nasser is
        # expected to meet, in addition to President Eisenhower": the same) -> planned,
        # 1960-09-26 (the headline's and third paragraph's "Today" on the bulletin's day; see
        # the notes), New York.
        M(["gamal_abdel_nasser", "dwight_eisenhower"], "1960-09-26", "New York", IP, P,
          "Gamal Abdel Nasser. President of the United Arab Republic, here to lead his country’s delegation to the General Assembly, is scheduled to confer in New York tomorrow with President Dwight D. Eisenhower."),
        # "Yesterday, he met with ... Nikita S. Khrushchev, at the latter's Long Island weekend
        # retreat" ("the Nasser-Khrushchev talks": the same) -> held, date null (see the notes),
        # Long Island (the named locality).
        M(["gamal_abdel_nasser", "nikita_khrushchev"], None, "Long Island", IP, H,
          "Yesterday, he met with the Soviet Union’s Prime Minister, Nikita S. Khrushchev, at the latter’s Long Island weekend retreat."),
        # One sentence, six separate interactions of the weekend ("spent the weekend conferring
        # with other heads of government") -> six rows, held, date null, place null (the text
        # places none of them): Tito; Salaam; Nkrumah ("talked with"); Nkrumah again ("met Dr.
        # Nkrumah again today, at lunch": a second meeting, its own row); Castro; and the
        # unnamed Deputy Prime Minister of Afghanistan (a one-party row for Nasser).
        M(["gamal_abdel_nasser", "josip_broz_tito"], None, None, IP, H, _WEEKEND),
        M(["gamal_abdel_nasser", "saeb_salam"], None, None, IP, H, _WEEKEND),
        M(["gamal_abdel_nasser", "kwame_nkrumah"], None, None, IP, H, _WEEKEND),
        M(["gamal_abdel_nasser", "kwame_nkrumah"], None, None, IP, H, _WEEKEND),
        M(["gamal_abdel_nasser", "fidel_castro"], None, None, IP, H, _WEEKEND),
        M(["gamal_abdel_nasser"], None, None, IP, H, _WEEKEND),
        # "Today, Col. Nasser is expected to meet ... also with Jawaharial Nehru" -> planned,
        # 1960-09-26, place null (not stated).
        M(["gamal_abdel_nasser", "jawaharlal_nehru"], "1960-09-26", None, IP, P,
          "Today, Col. Nasser is expected to meet, in addition to President Eisenhower, also with Jawaharial Nehru, Prime Minister of India."),
        # "Later this week, he will confer with President Sukarno of Indonesia" -> planned, date
        # null, place null.
        M(["gamal_abdel_nasser", "sukarno"], None, None, IP, P,
          "Later this week, he will confer with President Sukarno of Indonesia."),
        # Not rows: Nasser "arrived at International Airport at Idlewild Friday" and Nehru
        # "arrived from India today" (arrivals); Sukarno "is coming to the United Nations" and
        # King Hussein will "join the summit assemblage", "accompanied by" Talhouni and Naser (a
        # gathering for the General Assembly, no meeting stated); "when he addresses the
        # General Assembly" (a speech to a plenary); the death of Majali (no meeting). The United
        # Arab Republic ("the UAR") is a state (not annotated). Kept as they stand: "Gamal Abdel
        # Nasser. President" (a full stop for a comma), "Kwame Nkmmah" and "Jawaharial Nehru".
        # Removed: at the start, the page-title line with "Menu JTA Search" (the headline is kept
        # once) and "Download PDF for this date" (as batch 17a's JTA pages); at the end, the
        # cut-off last sentence ("The UAR leader is expected to address the Assembly eithe").
    ],
    roles=[("President of the United Arab Republic", "gamal_abdel_nasser"),
           ("the UAR President", "gamal_abdel_nasser"),
           ("the Soviet Union’s Prime Minister", "nikita_khrushchev"),
           ("President of Yugoslavia", "josip_broz_tito"), ("Lebanon’s Premier", "saeb_salam"),
           ("Ghana’s President", "kwame_nkrumah"), ("Cuba’s Prime Minister", "fidel_castro"),
           ("Prime Minister of India", "jawaharlal_nehru"), ("the Jordanian Foreign Minister", "musa_naser")],
)

_BAKER = ("Secretary of State James Baker was scheduled to arrive in Guatemala Sunday night and meet individually with each of the presidents.")
A["test_10511_baker_central_america_antigua"] = dict(
    actors={
        "vinicio_cerezo": ["Guatemalan President Vinicio Cerezo", "Vinicio Cerezo", "Cerezo"],
        "james_baker": ["Secretary of State James Baker", "James Baker", "Baker"],
        "european_economic_community": ["European Community"],
        # New keys: Costa Rica's president (not `felipe_calderon`, Mexico's) and Guatemala's
        # foreign minister.
        "rafael_calderon": ["President Rafael Calderon", "Rafael Calderon"],
        "ariel_rivera": ["Guatemalan Foreign Minister Ariel Rivera", "Ariel Rivera"],
    },
    meetings=[
        # "Six presidents sat down Saturday for a Central American summit" in Antigua: a regional
        # summit of six, two of them named (Calderon, Cerezo) -> one pair row among the named,
        # held, 1990-06-16, Antigua, required False (as the five-president summit of dev_910).
        M(["rafael_calderon", "vinicio_cerezo"], "1990-06-16", "Antigua", IP, H,
          "Six presidents sat down Saturday for a Central American summit to \"put the wars behind us\" and discuss ways collectively to improve their struggling economies.",
          False),
        # "James Baker was scheduled to arrive in Guatemala Sunday night and meet individually
        # with each of the presidents" -> six separate planned meetings: two with the named
        # presidents (pair rows) and four with presidents given by country alone (El Salvador,
        # Honduras, Nicaragua, Panama: one-party rows for Baker, as test_10311); date null (the
        # day of the meetings is not stated), place Guatemala (as written).
        M(["james_baker", "rafael_calderon"], None, "Guatemala", IP, P, _BAKER),
        M(["james_baker", "vinicio_cerezo"], None, "Guatemala", IP, P, _BAKER),
        M(["james_baker"], None, "Guatemala", IP, P, _BAKER),
        M(["james_baker"], None, "Guatemala", IP, P, _BAKER),
        M(["james_baker"], None, "Guatemala", IP, P, _BAKER),
        M(["james_baker"], None, "Guatemala", IP, P, _BAKER),
        # Not rows: the summit as such (ministers and "others" around the televisions; Cerezo's
        # opening speech); Calderon's wish to watch the match, told by "A Costa Rican
        # government source" (no meeting; unnamed source); Rivera's words (a statement); the
        # World Cup match (an event). Kept as they stand: "Guatemala City.The meeting" (no
        # space) and the unclosed quotation in Cerezo's first quoted sentence. Removed: at the
        # start, the site lines "clock menu more-arrow no yes" and "Filed under:"; at the end,
        # the cut-off last sentence ("A reliable source in international finance said Baker
        # would encourage the formation of a Central American economic community, and he would
        # propose a"). The excerpt has no headline.
    ],
    roles=[("Guatemalan President", "vinicio_cerezo"), ("Guatemalan Foreign Minister", "ariel_rivera"),
           ("Secretary of State", "james_baker")],
)

A["dev_10512_trudeau_mottley_los_angeles"] = dict(
    actors={
        "joe_biden": ["U.S. President Joe Biden", "Joe Biden", "Biden"],
        "justin_trudeau": ["Prime Minister Justin Trudeau", "Justin Trudeau", "Trudeau"],
        "mia_mottley": ["Mia Mottley"],
        "anita_anand": ["Defence Minister Anita Anand", "Anita Anand"],
        # New keys.
        "jimmy_kimmel": ["Jimmy Kimmel"],
        "shilpan_amin": ["Shilpan Amin"],
        "general_motors_international": ["General Motors International"],
        "francois_philippe_champagne": ["Innovation Minister François-Philippe Champagne", "François-Philippe Champagne", "Champagne"],
        "norad": ["Norad"],
    },
    meetings=[
        # "Trudeau ... is getting down to work on environmental priorities with Barbados
        # counterpart Mia Mottley" (the day's programme, told before it happens: "today",
        # "Later", "will cross paths later in the day") -> planned, 2022-06-08, Los Angeles (see
        # the notes).
        M(["justin_trudeau", "mia_mottley"], "2022-06-08", "Los Angeles", IP, P,
          "Trudeau, who arrived in Los Angeles late Tuesday, is getting down to work on environmental priorities with Barbados counterpart Mia Mottley."),
        # "He'll also talk with Shilpan Amin, the president of General Motors International" (the
        # day's programme) -> planned, 2022-06-08, Los Angeles; required False (a company's
        # president, not a political actor; see the notes).
        M(["justin_trudeau", "shilpan_amin"], "2022-06-08", "Los Angeles", IP, P,
          "He'll also talk with Shilpan Amin, the president of General Motors International, about electric vehicles, the hemisphere's climate goals and the effort to energize economic growth.",
          False),
        # "who spent Tuesday afternoon ... for meetings with military officials in Colorado" ->
        # unnamed officials: a one-party row for Trudeau, held, 2022-06-07, Colorado (the state
        # named; no city); required False (as dev_10312's unnamed officials).
        M(["justin_trudeau"], "2022-06-07", "Colorado", IP, H,
          "The meetings mark a whipsaw pivot for Trudeau, who spent Tuesday afternoon in the rarefied air of the Rocky Mountains for meetings with military officials in Colorado.",
          False),
        # Not rows: "Biden is sitting down to tape an appearance with talk-show host Jimmy Kimmel"
        # (a media appearance, not a meeting); "his leader-level meetings" (unnamed); "a
        # roundtable meeting with Latin American and Caribbean leaders" (a multilateral meeting
        # of unnamed leaders); "Biden and Trudeau will cross paths later in the day, when the
        # president hosts all of the delegations at the official opening ceremony" (a ceremony
        # of all the delegations, no meeting of the two; see the notes); Champagne "on his way
        # into a caucus meeting" (a party's meeting of unnamed members); "He and Defence
        # Minister Anita Anand toured the Cheyenne Mountain Complex" (a tour by two of one
        # government). The byline ("Darpan News Desk The Canadian Press") is not annotated; the
        # Summit of the Americas is an event. Kept as they stand: the line "  • Summit Day 1:
        # Biden to Kimmel, Trudeau to Barbados" that repeats the headline after the date line.
        # Removed: at the start, the site lines "Wednesday, February 11, 2026" (the site's own
        # date of the day the page was stored), "ADVT" and "National"; at the end, the cut-off
        # last sentence ("Both countries agree Norad, the only binational defence system of its
        # kind in the world, is badly in need of upgrades i").
    ],
    roles=[("Barbados counterpart", "mia_mottley"), ("the prime minister", "justin_trudeau"),
           ("the president of General Motors International", "shilpan_amin"),
           ("talk-show host", "jimmy_kimmel"), ("Innovation Minister", "francois_philippe_champagne"),
           ("Defence Minister", "anita_anand")],
)
