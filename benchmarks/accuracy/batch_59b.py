"""Accuracy corpus, batch 59b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 59a), from the 1970s to the 2020s
(1970s: one, 1980s: one, 1990s: three, 2000s: one, 2010s: two, 2020s: four; five of the twelve from
before 2000 (1976, 1984, 1994, 1996, 1998; the 1976 and 1984 pages carry no date and are dated
from their texts, see the notes), as the brief asked for at least five), over the eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: PanARMENIAN.Net (panarmenian.net), AllAfrica (allafrica.com), the Jewish
Telegraphic Agency (jta.org archive), The Canberra Times (canberratimes.com.au; "Times past"
column), Local News 8 (localnews8.com; AP copy), Pratidin Time (pratidintime.com), Radio Free
Europe/Radio Liberty (rferl.org), mahathir.com (speeches archive), the Houses of the Oireachtas
(oireachtas.ie; Dail debate), National Newswatch (nationalnewswatch.com; "Today in Canada's
Political History"), News.mn (news.mn) and the Margaret Thatcher Foundation archive
(margaretthatcher.org; a speech text). New to the corpus: panarmenian.net, canberratimes.com.au,
localnews8.com, pratidintime.com, mahathir.com and news.mn; the others had pages before (see the
notes). The pages are new, and so are the meetings they report.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_59b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-58b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_117NN_<slug>` / `test_117NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "PanARMENIAN.Net - 26.09.2000" (2000-09-26, a Tuesday, checked): "today
    # morning" -> 2000-09-26; "on Monday evening" (2000-09-25) is the arrival.
    ("dev_11701_robertson_shevardnadze_tbilisi", "Central Asia/Caucasus", "2000s", "PanARMENIAN.Net (panarmenian.net; MEDIAMAX copy)", "http://panarmenian.net/eng/politics/news/7892", "2000-09-26"),
    # No date line in the kept text; the search tool's date field 2016-12-21 (a Wednesday,
    # checked; removed with its prefix): "today" -> 2016-12-21 (see the notes: read from the
    # date field as the convention has it).
    ("dev_11702_buhari_akufo_addo_abuja", "Africa", "2010s", "AllAfrica (allafrica.com)", "http://allafrica.com/stories/201612210147.html", "2016-12-21"),
    # No date on the page or in the URL -> `published` empty (as dev_043); "today", "tonight",
    # "tomorrow" cannot be resolved -> no dates. Decade 1970s from the text (Ford is President,
    # the United States "in its bicentennial year", i.e. 1976).
    ("test_11703_hussein_ford_white_house", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/archive/hussein-says-mideast-peace-depends-on-ford-u-s-principles-of-justice", ""),
    # The search tool's date field 2024-02-06 (a Tuesday, checked; removed with its prefix): a
    # "Times past" column; "on this day in 1972" -> 1972-02-06 for the arrival and welcome; the
    # talks have no day ("was underway") -> no date. Decade = decade of publication (2020s).
    ("dev_11704_mcmahon_suharto_fairbairn_1972", "Oceania", "2020s", "The Canberra Times (canberratimes.com.au; Times past column)", "https://www.canberratimes.com.au/story/8496865/times-past-february-7-1972/", "2024-02-06"),
    # No date line in the kept text; the URL's 2022/11/01 (a Tuesday, checked). The day of the
    # meeting is not stated ("have met") -> no date.
    ("dev_11705_petro_venezuela_palace", "Latin America", "2020s", "Local News 8 (localnews8.com; AP copy)", "https://localnews8.com/news/ap-national/2022/11/01/colombias-president-promises-to-deepen-ties-with-venezuela/", "2022-11-01"),
    # The search tool's date field 2022-04-02 (a Saturday, checked; removed with its prefix): "on
    # Saturday" -> 2022-04-02; "Yesterday" -> 2022-04-01; the listed call and meeting carry their
    # own full dates.
    ("dev_11706_modi_deuba_hyderabad_house", "South Asia", "2020s", "Pratidin Time (pratidintime.com; ANI copy)", "https://www.pratidintime.com/national/pm-modi-nepal-pm-hold-delegation-level-talks-in-delhi", "2022-04-02"),
    # The dateline "Moscow, 17 October 1996" (a Thursday, checked): "yesterday" -> 1996-10-16.
    ("test_11707_lukashenka_yeltsin_barvikha", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1081887.html", "1996-10-17"),
    # The line "Tarikh/Date : 03/02/94" (day/month/year, the Malaysian order of the site; the URL's
    # 1994-02-03 agrees; 1994-02-03, a Thursday, checked): "this afternoon" -> 1994-02-03.
    ("dev_11708_ramos_dinner_speech_manila_1994", "Southeast Asia", "1990s", "mahathir.com (speeches archive; a dinner speech)", "http://mahathir.com/malaysia/speeches/1994/1994-02-03.php", "1994-02-03"),
    # The heading "Wednesday, 27 May 1998" (a Wednesday, checked): the meeting carries its own
    # date "on Monday, 25 May, last" (1998-05-25, a Monday, checked).
    ("dev_11709_taoiseach_aznar_madrid_1998", "Western Europe", "1990s", "Houses of the Oireachtas (oireachtas.ie; Dail Eireann debate, oral answers)", "https://www.oireachtas.ie/en/debates/debate/dail/1998-05-27/10/", "1998-05-27"),
    # The URL's 2024/06/19 (a Wednesday, checked) and the title "June 19, 1988": "on this date in
    # 1988" -> the diary day 1988-06-19 (a Sunday, "Father's Day", checked). Decade = decade of
    # publication (2020s).
    ("dev_11710_reagan_mulroney_toronto_1988", "North America", "2020s", "National Newswatch (nationalnewswatch.com)", "https://nationalnewswatch.com/2024/06/19/today-in-canadas-political-history-june-19-1988-ronald-reagan-has-a-busy-day-in-toronto", "2024-06-19"),
    # The date line "2016 оны 4 сарын 15" (Mongolian: 15 April 2016, a Friday, checked): the
    # meeting carries its own date "Yesterday (14th April)" -> 2016-04-14.
    ("test_11711_elbegdorj_lavrov_ger", "East Asia", "2010s", "News.mn (news.mn)", "https://www.news.mn/r/300025", "2016-04-15"),
    # No date on the page -> `published` empty (as dev_043); no dates. Decade 1980s, year 1984,
    # from the text ("Mr. Asquith, paid a visit in 1910. Seventy four years!").
    ("dev_11712_thatcher_soares_sintra_1984", "Western Europe", "1980s", "Margaret Thatcher Foundation archive (margaretthatcher.org; speaking text)", "http://www.margaretthatcher.org/document/105662", ""),
]

A = {}

A["dev_11701_robertson_shevardnadze_tbilisi"] = dict(
    actors={
        "eduard_shevardnadze": ["Edward Shevardnadze"],
        "zurab_zhvania": ["Zurab Zhvania"],
        "nato": ["NATO"],
        # New keys.
        "george_robertson": ["NATO Secretary General George Robertson", "George Robertson"],
        "mediamax": ["MEDIAMAX"],
    },
    meetings=[
        # "today morning NATO Secretary General met with the president of Georgia Edward
        # Shevardnadze" ("NATO Secretary General" = George Robertson, named in the sentences
        # before and after) -> held, 2000-09-26, Tbilisi (the headline and "arrived in Tbilisi").
        M(["george_robertson", "eduard_shevardnadze"], "2000-09-26", "Tbilisi", IP, H,
          "As MEDIAMAX reports, today morning NATO Secretary General met with the president of Georgia Edward Shevardnadze."),
        # "Today George Robertson will also meet with the speaker of the parliament of Georgia,
        # Zurab Zhvania" -> planned, 2000-09-26, Tbilisi.
        M(["george_robertson", "zurab_zhvania"], "2000-09-26", "Tbilisi", IP, P,
          "Today George Robertson will also meet with the speaker of the parliament of Georgia, Zurab Zhvania, and with NATO member-states ambassadors, accredited in Georgia."),
        # Not rows: "with NATO member-states ambassadors" (unnamed); "the conference on NATO
        # relations with South Caucasian states" (a conference); the arrival "on Monday
        # evening" (no counterpart). PanARMENIAN.Net (the outlet of the dateline) is not
        # annotated; MEDIAMAX, cited as the source, is. Kept as they stand: the headline in
        # capitals, the dateline "PanARMENIAN.Net - 26.09.2000, MEDIAMAX, YEREVAN.", "-0-".
        # Removed: at the end, the site's list " Top stories" with its four teaser lines and
        # "Partner news" / "---". Nothing removed at the start.
    ],
    roles=[("NATO Secretary General", "george_robertson"), ("the president of Georgia", "eduard_shevardnadze"),
           ("the speaker of the parliament of Georgia", "zurab_zhvania")],
)

A["dev_11702_buhari_akufo_addo_abuja"] = dict(
    actors={
        "muhammadu_buhari": ["President Muhammadu Buhari", "Muhammadu Buhari", "President Buhari"],
        "nana_akufo_addo": ["Nana Akufo-Addo"],
    },
    meetings=[
        # "President Muhammadu Buhari today received Ghana's President-elect, Nana Akufo-Addo at
        # the Presidential Villa, Abuja" ("I have come to introduce myself to President Buhari":
        # the same) -> held, 2016-12-21, Abuja.
        M(["muhammadu_buhari", "nana_akufo_addo"], "2016-12-21", "Abuja", IP, H,
          "President Muhammadu Buhari today received Ghana's President-elect, Nana Akufo-Addo at the Presidential Villa, Abuja."),
        # Not rows: "a private visit to Lagos on Sunday to participate in the Future of Africa
        # Awards" (an event, no counterpart; the awards are not an actor); "the oath of office"
        # (no meeting). Kept as they stand: "\" Said the President-elect." (capital S after the
        # quotation). Removed: at the start, the search tool's date prefix (" date 2016-12-21 ").
        # Nothing removed at the end (the excerpt ends with a full sentence).
    ],
    roles=[("Ghana's President-elect", "nana_akufo_addo"), ("the President-elect", "nana_akufo_addo"),
           ("the President", "muhammadu_buhari")],
)

A["test_11703_hussein_ford_white_house"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein of Jordan", "King Hussein", "Hussein"],
        "gerald_ford": ["President Ford", "Ford"],
        "henry_kissinger": ["Secretary of State Henry A. Kissinger", "Henry A. Kissinger"],
        # New keys.
        "alia_al_hussein": ["Queen Alia"],
        "senate_foreign_relations_committee": ["Senate Foreign Relations"],
        "house_international_relations_committee": ["House International Relations Committees"],
    },
    meetings=[
        # "After the ceremony, the King and. President held their first meeting" (the welcoming
        # ceremony at the White House; "their discussions will be about ...": the same) -> held,
        # date null (no publication date), Washington (the White House).
        M(["hussein_bin_talal", "gerald_ford"], None, "Washington", IP, H,
          "After the ceremony, the King and. President held their first meeting and later Secretary of State Henry A. Kissinger hosted a lunch for the royal visitors at the State Department."),
        # "... and later Secretary of State Henry A. Kissinger hosted a lunch for the royal
        # visitors at the State Department" -> a working meal, Kissinger-Hussein, held, date null,
        # Washington (the State Department, in the Washington visit). Queen Alia accompanies (not
        # a participant, as the spouses of dev_018).
        M(["henry_kissinger", "hussein_bin_talal"], None, "Washington", IP, H,
          "After the ceremony, the King and. President held their first meeting and later Secretary of State Henry A. Kissinger hosted a lunch for the royal visitors at the State Department."),
        # "They will be guests at a state dinner tonight at the White House" -> the host is the
        # President (implied, not said) -> planned, Ford-Hussein, date null, Washington; required
        # False (a state dinner, host implied).
        M(["gerald_ford", "hussein_bin_talal"], None, "Washington", IP, P,
          "They will be guests at a state dinner tonight at the White House.", False),
        # "The King's schedule includes meetings with the Senate Foreign Relations and House
        # International Relations Committees at a luncheon at the Capitol tomorrow" -> planned
        # meetings with two named bodies, date null, Washington; required False (committees,
        # not persons; one luncheon).
        M(["hussein_bin_talal", "senate_foreign_relations_committee"], None, "Washington", IP, P,
          "The King’s schedule includes meetings with the Senate Foreign Relations and House International Relations Committees at a luncheon at the Capitol tomorrow and a meeting with the ambassadors of all the Arab countries represented in Washington Thursday morning at Blair House where the guests are staying.", False),
        M(["hussein_bin_talal", "house_international_relations_committee"], None, "Washington", IP, P,
          "The King’s schedule includes meetings with the Senate Foreign Relations and House International Relations Committees at a luncheon at the Capitol tomorrow and a meeting with the ambassadors of all the Arab countries represented in Washington Thursday morning at Blair House where the guests are staying.", False),
        # Not rows: "a meeting with the ambassadors of all the Arab countries" (unnamed); the
        # welcoming ceremony and the "exchange of greetings" (a ceremony, the same visit);
        # Hussein's tribute (a statement); "a private visit" to Chicago (no counterpart). Kept as
        # they stand: "the King and. President" (stray full stop), the curly quotes. Removed: at
        # the end, the site's cut-off appeal line ("Help ensure Jewish news remains accessible to
        # al"). Nothing removed at the start.
    ],
    roles=[("the Monarch", "hussein_bin_talal"), ("the King", "hussein_bin_talal"),
           ("Mr. President", "gerald_ford"), ("Secretary of State", "henry_kissinger"),
           ("a sincere and loyal friend", "hussein_bin_talal")],
)

A["dev_11704_mcmahon_suharto_fairbairn_1972"] = dict(
    actors={
        "soeharto": ["Indonesian president Suharto", "president Suharto", "President Suharto", "Suharto"],
        "william_mcmahon": ["Australian prime minister William McMahon", "William McMahon", "Mr McMahon"],
        "asean": ["Association of South East Asian Nations", "ASEAN"],
        # New keys.
        "paul_hasluck": ["Sir Paul Hasluck"],
        "ben_chifley": ["Ben Chifley"],
        "siti_hartinah": ["Mrs Suharto"],
        "garuda_indonesia": ["Garuda Airways"],
        "the_canberra_times": ["The Canberra Times"],
    },
    meetings=[
        # "The Canberra Times reported a full agenda for official talks was underway between
        # Australian prime minister William McMahon and President Suharto of Indonesia" ("when
        # he meets president Suharto": the same talks, quoted from the time) -> held, date null
        # (no day for the talks), Australia (no city named for the talks; "The Canberra Times" is
        # a paper's name).
        M(["william_mcmahon", "soeharto"], None, "Australia", IP, H,
          "The Canberra Times reported a full agenda for official talks was underway between Australian prime minister William McMahon and President Suharto of Indonesia."),
        # "... stepped from his Garuda Airways DCS aircraft, to be welcomed by the
        # governor-general, Sir Paul Hasluck" (the arrival "on this day in 1972" at Fairbairn)
        # -> held, 1972-02-06, Fairbairn (the named locality); required False (an airport
        # welcome, as test_001's bouquet).
        M(["soeharto", "paul_hasluck"], "1972-02-06", "Fairbairn", IP, H,
          "But in 1972, dressed in a blue suit and black petji (the distinctive round, black Indonesian cap) president Suharto, closely followed by Mrs Suharto, stepped from his Garuda Airways DCS aircraft, to be welcomed by the governor-general, Sir Paul Hasluck.", False),
        # Not rows: Ben Chifley "advocated Indonesia's independence struggle" in 1945 (no
        # meeting); "Mrs Suharto" follows (a spouse); "a crowd of about 300 people" (unnamed).
        # "Australian prime minister" also precedes Ben Chifley; the role is listed once (for
        # McMahon, the meeting's party). Kept as they stand: "DCS aircraft", "Mr McMahon, has
        # been briefed". Removed: at the start, the search tool's date prefix
        # (" date 2024-02-06 "). Nothing removed at the end.
    ],
    roles=[("Indonesian president", "soeharto"), ("the governor-general", "paul_hasluck"),
           ("Australian prime minister", "william_mcmahon")],
)

A["dev_11705_petro_venezuela_palace"] = dict(
    actors={
        "gustavo_petro": ["Colombian president Gustavo Petro", "Gustavo Petro"],
    },
    meetings=[
        # "The presidents of Colombia and Venezuela have met" ("After the meeting in Venezuela's
        # presidential palace": the same) -> the Venezuelan president is never named -> a
        # one-party row (Petro), held, date null ("have met", no day), Venezuela (the palace is
        # "Venezuela's presidential palace"; no city named).
        M(["gustavo_petro"], None, "Venezuela", IP, H,
          "BOGOTA, Colombia (AP) — The presidents of Colombia and Venezuela have met and say they will improve trade and security cooperation, as both countries seek to normalize relations following the election of Colombia’s first leftist leader."),
        # Not rows: "the governments of Venezuela and Colombia" (governments); Petro's remarks
        # after the meeting (statements). The byline "By MANUEL RUEDA" and the credit "(AP)" are
        # kept as they stand and not annotated. Nothing removed at the start or the end (the
        # excerpt is whole).
    ],
    roles=[("Colombian president", "gustavo_petro"), ("Colombia’s president", "gustavo_petro"),
           ("Colombia’s first leftist leader", "gustavo_petro")],
)

_JS = "Yesterday, Nepal Prime Minister met External Affairs Minister S Jaishankar and Foreign Secretary Harsh Shringla in the national capital, reported news agency ANI."
A["dev_11706_modi_deuba_hyderabad_house"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "PM Modi", "@narendramodi"],
        "sher_bahadur_deuba": ["Nepal Prime Minister Sher Bahadur Deuba", "Sher Bahadur Deuba", "Prime Minister Deuba", "Deuba", "@SherBDeuba"],
        "arindam_bagchi": ["Ministry of External Affairs Spokesperson Arindam Bagchi", "Arindam Bagchi", "Bagchi"],
        "subrahmanyam_jaishankar": ["External Affairs Minister S Jaishankar", "S Jaishankar"],
        "bjp": ["Bharatiya Janta Party", "BJP"],
        "ani": ["ANI"],
        "mahatma_gandhi": ["Mahatma Gandhi"],
        # New keys.
        "harsh_vardhan_shringla": ["Foreign Secretary Harsh Shringla", "Harsh Shringla"],
        "jp_nadda": ["JP Nadda", "Nadda"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "parliament_of_nepal": ["Nepal's Parliament"],
    },
    meetings=[
        # "Prime Minister Narendra Modi and Nepal Prime Minister Sher Bahadur Deuba on Saturday
        # held delegation-level talks at Hyderabad House in New Delhi" ("The meeting between PM
        # @narendramodi and PM @SherBDeuba of Nepal gets underway": the same) -> held, 2022-04-02,
        # New Delhi.
        M(["narendra_modi", "sher_bahadur_deuba"], "2022-04-02", "New Delhi", IP, H,
          "Prime Minister Narendra Modi and Nepal Prime Minister Sher Bahadur Deuba on Saturday held delegation-level talks at Hyderabad House in New Delhi."),
        # "Yesterday, Nepal Prime Minister met External Affairs Minister S Jaishankar and Foreign
        # Secretary Harsh Shringla in the national capital" -> three named people -> pair rows,
        # held, 2022-04-01, New Delhi ("the national capital", named as New Delhi in the text).
        # The Jaishankar-Shringla pair (the same side) is required False (as dev_017).
        M(["sher_bahadur_deuba", "subrahmanyam_jaishankar"], "2022-04-01", "New Delhi", IP, H, _JS),
        M(["sher_bahadur_deuba", "harsh_vardhan_shringla"], "2022-04-01", "New Delhi", IP, H, _JS),
        M(["subrahmanyam_jaishankar", "harsh_vardhan_shringla"], "2022-04-01", "New Delhi", IP, H, _JS, False),
        # "Earlier, he met Bharatiya Janta Party (BJP) President JP Nadda at the party
        # headquarters in a courtesy meeting" (Nadda's tweet "Had a courtesy meeting with ...
        # today": the same) -> held, date null ("Earlier", before "Yesterday"'s meeting, day not
        # certain), place null (the party headquarters, no city).
        M(["sher_bahadur_deuba", "jp_nadda"], None, None, IP, H,
          "Earlier, he met Bharatiya Janta Party (BJP) President JP Nadda at the party headquarters in a courtesy meeting, the report stated."),
        # "This was followed by a congratulatory telephonic conversation on 19 July 2021" (Modi's
        # message to Deuba, then the call) -> phone, held, 2021-07-19, no place.
        M(["narendra_modi", "sher_bahadur_deuba"], "2021-07-19", None, PH, H,
          "This was followed by a congratulatory telephonic conversation on 19 July 2021."),
        # "The most recent meeting between PM Modi and Sher Bahadur Deuba took place on November
        # 2, 2021, on the sidelines of COP 26 in Glasgow" -> a bilateral on the sidelines, held,
        # 2021-11-02, Glasgow.
        M(["narendra_modi", "sher_bahadur_deuba"], "2021-11-02", "Glasgow", IP, H,
          "The most recent meeting between PM Modi and Sher Bahadur Deuba took place on November 2, 2021, on the sidelines of COP 26 in Glasgow."),
        # Not rows: "a congratulatory message" (a message); COP 26 itself (a plenary; not an
        # actor); "paid respects to Mahatma Gandhi at Rajghat" (a memorial); "the last visit being
        # in August 2018" and "visited India several times" (visits to a country, a count).
        # Kept as they stand: "Bharatiya Janta Party", the mixed quotes ("Working ... agenda.”),
        # the handles "@narendramodi", "@SherBDeuba". Removed: at the start, the search tool's
        # date prefix (" date 2022-04-02 "); at the end, the cut-off last sentence ("The previous
        # th").
    ],
    roles=[("Nepal Prime Minister", "sher_bahadur_deuba"), ("the Nepal PM", "sher_bahadur_deuba"),
           ("External Affairs Minister", "subrahmanyam_jaishankar"), ("Foreign Secretary", "harsh_vardhan_shringla"),
           ("Ministry of External Affairs Spokesperson", "arindam_bagchi")],
)

A["test_11707_lukashenka_yeltsin_barvikha"] = dict(
    actors={
        "alexander_lukashenko": ["Belarusian President Aleksandr Lukashenka", "Aleksandr Lukashenka", "Lukashenka"],
        "boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "sergei_yastrzhembsky": ["Sergei Yasterzhembsky"],
        # New key.
        "belarusian_parliament": ["Belarusian Parliament", "Parliament"],
    },
    meetings=[
        # "Belarusian President Aleksandr Lukashenka met Russian President Boris Yeltsin at
        # Barvikha rest house near Moscow yesterday" ("after the meeting", "his meeting with
        # Yeltsin": the same) -> held, 1996-10-16, Barvikha (the named locality; "near Moscow").
        M(["alexander_lukashenko", "boris_yeltsin"], "1996-10-16", "Barvikha", IP, H,
          "Moscow, 17 October 1996 (RFE/RL) -- Belarusian President Aleksandr Lukashenka met Russian President Boris Yeltsin at Barvikha rest house near Moscow yesterday to discuss integration between the two countries."),
        # Not rows: Yasterzhembsky's statement and Lukashenka's press conference (statements); the
        # "popular assembly" of 6,000 delegates (unnamed, a plenary); "Russia and Belarus signed a
        # union agreement on April 2" (countries, no persons named). The byline "By Stephanie Baker
        # and Jan de Weydenthal" and the credit "(RFE/RL)" are kept and not annotated. Key
        # `alexander_lukashenko` reused for the spelling "Lukashenka", `sergei_yastrzhembsky` for
        # "Yasterzhembsky". Removed: at the start, the site lines "Accessibility links" and
        # "Breaking News"; at the end, the cut-off last sentence ("He said he had asked Russia to
        # supply oil refineries in Belarus").
    ],
    roles=[("Belarusian President", "alexander_lukashenko"), ("Russian President", "boris_yeltsin"),
           ("Yeltsin's spokesman", "sergei_yastrzhembsky")],
)

_RM = "4.    Our meeting this afternoon, during which we  discussed issues  of  common  concern  and  reviewed  the  progress of bilateral relations since your visit to  Kuala  Lumpur  last year,  revealed yet again how much our views and aspirations coincide."
A["dev_11708_ramos_dinner_speech_manila_1994"] = dict(
    actors={
        "fidel_ramos": ["Fidel  Ramos"],
        "amelita_ramos": ["Amelita"],
    },
    meetings=[
        # "Our meeting this afternoon, during which we discussed issues of common concern" -> the
        # speaker ("I", "my wife and I") is never named in the kept text (the site is Mahathir's,
        # but the text names no speaker) -> a one-party row (Ramos), held, 1994-02-03,
        # Philippines ("to be here in the Philippines"; no city named).
        M(["fidel_ramos"], "1994-02-03", "Philippines", IP, H, _RM),
        # "... since your visit to Kuala Lumpur last year" ("your visit to our country last
        # year", "your visit to Malaysia in January 1993": the same) -> Ramos's earlier visit to
        # the speaker, held, date null (month only), Kuala Lumpur; a one-party row (Ramos).
        M(["fidel_ramos"], None, "Kuala Lumpur", IP, H, _RM),
        # Not rows: "I am also particularly pleased to be able to meet you again" (the same
        # meeting); "this journey to your country" (the same visit); "Madam Amelita" is addressed
        # (a spouse). Kept as they stand: "Speechs in the year", the tabs of the date line, the
        # double and triple spaces of the fixed-width text, the paragraph numbers. Removed: at the
        # end, the cut-off last sentence ("It reaffirmed our faith that  in  you  and  your
        # government  we"). Nothing removed at the start.
    ],
    roles=[("Your Excellency", "fidel_ramos")],
)

A["dev_11709_taoiseach_aznar_madrid_1998"] = dict(
    actors={
        "jose_maria_aznar": ["Prime Minister Aznar", "Aznar"],
        "felipe_gonzalez": ["Prime Minister Gonzalez"],
        "john_bruton": ["John Bruton", "Mr. J. Bruton"],
        # New keys.
        "ruairi_quinn": ["Ruairí Quinn", "Mr. Quinn"],
        "dail_eireann": ["Dáil Éireann"],
    },
    meetings=[
        # "I had a three hour meeting with Prime Minister Aznar of Spain in Madrid on Monday, 25
        # May, last" (the speaker, the Taoiseach, is never named in the kept text) -> a one-party
        # row (Aznar), held, 1998-05-25, Madrid.
        M(["jose_maria_aznar"], "1998-05-25", "Madrid", IP, H,
          "I had a three hour meeting with Prime Minister Aznar of Spain in Madrid on Monday, 25 May, last."),
        # Not rows: "the bilateral arrangement ... which I established with Prime Minister
        # Gonzalez" (an arrangement, no meeting stated); "Did the Taoiseach outline to Prime
        # Minister Aznar ..." (the same meeting); "The entire press conference" (a news
        # conference); "the forthcoming Cardiff Summit" (a plenary). Kept as they stand: "I made
        # is abundantly clear". Removed: at the start, the site lines "Skip to main content" and
        # "Normal View"; at the end, the cut-off last sentence ("More importantly, be").
    ],
    roles=[("the Prime Minister", "jose_maria_aznar")],
)

A["dev_11710_reagan_mulroney_toronto_1988"] = dict(
    actors={
        "ronald_reagan": ["President Ronald Reagan", "Ronald Reagan"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Brian"],
        "mila_mulroney": ["Mila"],
        "francois_mitterrand": ["Pres. Mitterrand"],
        "nancy_reagan": ["Nancy"],
        "g7": ["G7"],
        "stephen_harper": ["Stephen Harper"],
        # New keys.
        "tom_axworthy": ["Tom Axworthy"],
        "queens_centre_for_the_study_of_democracy": ["Queen’s Centre for the Study of Democracy"],
    },
    meetings=[
        # "Met by Brian & Mila ... then in bldg. for brief 1 on 1 with Brian" (Reagan's diary
        # for "this date in 1988") -> held, 1988-06-19, Toronto ("City hall Toronto").
        M(["ronald_reagan", "brian_mulroney"], "1988-06-19", "Toronto", IP, H,
          "Met by Brian & Mila—Mil. parade, Nat. Anthem then in bldg. for brief 1 on 1 with Brian & back to hotel for switch back to slacks, blazer & lunch."),
        # "A courtesy visit with Pres. Mitterrand of France" -> held, 1988-06-19, Toronto.
        M(["ronald_reagan", "francois_mitterrand"], "1988-06-19", "Toronto", IP, H,
          "A courtesy visit with Pres. Mitterrand of France and at 2:30 off to Metro Toronto Convention Center—5 min. drive."),
        # Not rows: "A meeting of summit heads only" and the "working dinner" at the Toronto Hunt
        # Club (the G7 summit's plenary sessions); "greeted by some officials" (unnamed); "Nancy
        # off to dinner with wives" (spouses); Mila welcoming with Brian (a spouse). Arthur Milnes
        # (the column's author, in the closing author note) is not annotated, as a byline. Kept as
        # they stand: the site line "  • National Newswatch" under the title, the diary's
        # abbreviations ("min's.", "Mil. parade", "bldg."), the unmatched closing quotation mark
        # after "2 1⁄2,", the empty lines before the author note. Nothing removed at the start or
        # the end.
    ],
    roles=[("Prime Minister", "brian_mulroney"), ("then-Prime Minister", "stephen_harper")],
)

A["test_11711_elbegdorj_lavrov_ger"] = dict(
    actors={
        "tsakhia_elbegdorj": ["President Elbegdorj", "Elbegdorj", "Ts.Elbegdorj", "Elbegdrj"],
        "sergey_lavrov": ["Russian Foreign Minister Lavrov", "Sergey Lavrov", "Minister Lavrov", "Lavrov"],
    },
    meetings=[
        # "Yesterday (14th April), President Elbegdorj met Russian Foreign Minister Lavrov in the
        # reception ger, at his official Ikh Tenger residence" (headline "Sergey Lavrov meets
        # President"; "The President greeted Russia's top diplomat": the same) -> held,
        # 2016-04-14, place null (a residence named without a city or country; "Mongolian" is a
        # nationality).
        M(["tsakhia_elbegdorj", "sergey_lavrov"], "2016-04-14", None, IP, H,
          "Yesterday (14th April), President Elbegdorj met Russian Foreign Minister Lavrov in the reception ger, at his official Ikh Tenger residence."),
        # Not rows: "the trilateral meeting of the three presidents" and "trilateral presidential
        # meeting" (the other presidents unnamed; no specific day). Kept as they stand: the
        # Mongolian date line, "Me Elbegdrj said" (typo of "Mr Elbegdorj"), "between involving",
        # the sentence without a full stop ("... will be implemented"). Removed: at the end, the
        # site's Mongolian comment-policy note ("АНХААРУУЛГА: ...") and the line "Сэтгэгдэл
        # бүртгэгдээгүй байна" ("no comments"). Nothing removed at the start.
    ],
    roles=[("Russian Foreign Minister", "sergey_lavrov"), ("Russia’s top diplomat", "sergey_lavrov"),
           ("the Mongolian President", "tsakhia_elbegdorj"), ("The President", "tsakhia_elbegdorj")],
)

A["dev_11712_thatcher_soares_sintra_1984"] = dict(
    actors={
        "margaret_thatcher": ["Margaret Thatcher", "MT"],
        "mario_soares": ["Dr Mario Soares", "Dr. Mario Soares"],
        # New keys.
        "h_h_asquith": ["Mr. Asquith"],
    },
    meetings=[
        # The title "Speech at banquet hosted by Portuguese Prime Minister (Dr Mario Soares)"
        # ("Venue: Sintra, Lisbon"; the speech addresses "Mr. Prime Minister") -> a working meal
        # of the two prime ministers, held, date null (no date on the page), Sintra (the venue's
        # first, more specific name).
        M(["margaret_thatcher", "mario_soares"], None, "Sintra", IP, H,
          "Speech at banquet hosted by Portuguese Prime Minister (Dr Mario Soares)"),
        # "I once thought—indeed I told you as much in Moscow, Mr. Prime Minister—that ..." -> an
        # earlier conversation of the two in Moscow, held, date null, Moscow; required False (an
        # aside that implies, without reporting, a meeting).
        M(["margaret_thatcher", "mario_soares"], None, "Moscow", IP, H,
          "I once thought—indeed I told you as much in Moscow, Mr. Prime Minister—that I was to be the first British Prime Minister to pay an official visit to Portugal.", False),
        # Not rows: "I hope that you will soon visit us in London" (a wish, no visit agreed);
        # Asquith's visit "in 1910" (a visit to a country); "my husband" (unnamed, absent). The
        # speaker "I" is Margaret Thatcher (the name line and "MT"). The archive's metadata
        # ("Source: Thatcher Archive: speaking text") is not annotated as an actor. Kept as they
        # stand: "Dr. Mario SoaresMr. Prime Minister" (joined), the page markers "[end p1]",
        # "[end p2]", "[end p3]". Removed: at the end, the cut-off last paragraph ("Among the
        # wealth of memories which this glorious Palace recalls, ... of the lasting strength of
        # the"). Nothing removed at the start.
    ],
    roles=[("Portuguese Prime Minister", "mario_soares"), ("Mr. Prime Minister", "mario_soares")],
)
