"""Accuracy corpus, batch 53a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1970s, 1990s, 2000s,
2010s and 2020s (1960s: two, 1970s: one, 1990s: two, 2000s: two, 2010s: two, 2020s: three; five
of the twelve from before 2000, as the brief asked, among them the 1960s and the 1970s that the
last batches lacked), over the eleven regions (East Asia: two; Western Europe, Eastern
Europe/Russia, Latin America, Central Asia/Caucasus, South Asia, Middle East, Africa, North
America, Southeast Asia, Oceania: one each).
Outlets/sites: Real Time 1960s (realtime1960s.com), The Press (Christchurch) via Papers Past (twice,
once through its dynamic-rsnz mirror), the South Florida Sun Sentinel (sun-sentinel.com archive),
the Government portal of Uzbekistan (old.gov.uz; a UzA report), Lanka Puvath (english.lankapuvath.lk),
the Los Angeles Times (latimes.com archive; a Reuters story), Peace FM Online (peacefmonline.com),
the Government of Newfoundland and Labrador's news releases (releases.gov.nl.ca), SGGP
(en.sggp.org.vn), Business Standard (business-standard.com; an AFP story) and the Global Korean
Post (globalkorean.ca). english.lankapuvath.lk, peacefmonline.com, releases.gov.nl.ca,
en.sggp.org.vn and globalkorean.ca are new to the corpus as sites; realtime1960s.com, old.gov.uz
and sun-sentinel.com were used a few times before; Papers Past, the Los Angeles Times and Business
Standard were used before (as far as `sources.csv` and the batch files show); the pages and the
meetings are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_53a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-52b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_104NN_<slug>` / `test_104NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The item's own date line "June 29, 1963 - ..." (1963-06-29 is a Saturday): "began a
    # detailed discussion today" -> 1963-06-29; the dinner and the after-dinner discussions are
    # of the same day (the private talk ended "to dine"). "next month's negotiations in Moscow" ->
    # no row (unnamed negotiators).
    ("dev_10401_kennedy_macmillan_test_ban_talks", "Western Europe", "1960s", "Real Time 1960s (realtime1960s.com)", "https://www.realtime1960s.com/post/president-kennedy-and-prime-minister-macmillan-discuss-s-treaty", "1963-06-29"),
    # The URL's CHP19610518 (The Press, Christchurch, 18 May 1961, a Thursday) and the dateline
    # "NEW YORK, May 17" (a Wednesday): "Yesterday, President Kennedy received a personal note
    # ... delivered by the Soviet Ambassador (Mr Menshikov) who had a 30-minute talk with the
    # President" -> 1961-05-16 (a Tuesday; "yesterday" resolved against the dateline, as batch
    # 5d); the Vienna conference "two or three days after ... his visit to France, from May 31 to
    # June 2" and the talks with de Gaulle (a range) -> null; "February 22" (a letter) -> no row.
    ("dev_10402_kennedy_khrushchev_vienna_planned", "Eastern Europe/Russia", "1960s", "The Press (Christchurch), via Papers Past (dynamic-rsnz mirror; N.Z. Press Assn.)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19610518.2.119", "1961-05-18"),
    # The URL's CHP19730219 (The Press, Christchurch, 19 February 1973, a Monday) and the dateline
    # "PEKING, February 18" (a Sunday): the conversation "last night" -> 1973-02-17 (a Saturday);
    # "just under a year ago" (the Nixon meeting) and "earlier this month" (Mao's meeting with
    # North Vietnamese officials) -> null.
    ("test_10403_kissinger_mao_peking", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19730219.2.110", "1973-02-19"),
    # No date line in the excerpt; the URL's fl-xpm-1997-02-02 (1997-02-02 is a Sunday): "taking
    # the lead on Saturday ... by playing host at a summit" -> 1997-02-01 (a Saturday).
    ("dev_10404_fujimori_hashimoto_toronto", "Latin America", "1990s", "South Florida Sun Sentinel (sun-sentinel.com archive)", "https://www.sun-sentinel.com/news/fl-xpm-1997-02-02-9702010291-story.html", "1997-02-02"),
    # The page's date line "2017-06-09 | Politics" and the dateline "Astana, 9 June" (2017-06-09 is
    # a Friday). The meeting "Within the frameworks of the SCO summit in Astana ... has met" is not
    # given a day in so many words (no "today"; the dateline dates the report) -> null, as batch
    # 52a's dev_10201; "the meeting in Samarkand" -> null.
    ("dev_10405_mirziyoyev_atambayev_astana_sco", "Central Asia/Caucasus", "2010s", "Government portal of the Republic of Uzbekistan (old.gov.uz; a UzA report)", "https://old.gov.uz/en/news/view/11010", "2017-06-09"),
    # No date line in the excerpt; the URL's 2023/11/18 (a Saturday): "Friday (17)" and "held
    # discussions Friday evening" -> 2023-11-17 (a Friday; the day number in the text agrees); the
    # state visit "at his earliest convenience" -> null.
    ("dev_10406_muizzu_wickremesinghe_kurumba", "South Asia", "2020s", "Lanka Puvath (english.lankapuvath.lk; the national news agency of Sri Lanka)", "https://english.lankapuvath.lk/2023/11/18/sri-lankan-president-ranil-wickremesinghe-congratulates-maldives-president-dr-muizzu/", "2023-11-18"),
    # No date line in the excerpt; the URL's la-xpm-1991-02-04 (a Monday): "said today" (the news
    # conference, no row) -> 1991-02-04; "Hammadi, who met the Iranian president Saturday" ->
    # 1991-02-02 (a Saturday); Belonogov's visit "on Tuesday" (no row) -> 1991-02-05; "Aug. 2"
    # (the invasion of Kuwait) -> no row.
    ("test_10407_rafsanjani_hammadi_tehran", "Middle East", "1990s", "Los Angeles Times (latimes.com archive; from Reuters)", "https://www.latimes.com/archives/la-xpm-1991-02-04-mn-622-story.html", "1991-02-04"),
    # No date line or URL date; the text dates itself: "Ex-President John Agyekum Kufuor yesterday,
    # Tuesday, November 3, 2009 entered ... the Osu Castle" (2009-11-03 is a Tuesday, checked) ->
    # published the next day, 2009-11-04 (a Wednesday). The visit to Mills -> 2009-11-03; the
    # roundtable "earlier in the early hours of yesterday" (in the article's frame, the same
    # "yesterday") -> 2009-11-03; Obama's visit "in July this year" -> a month, no row.
    ("dev_10408_obasanjo_kufuor_mills_osu_castle", "Africa", "2000s", "Peace FM Online (peacefmonline.com)", "https://www.peacefmonline.com/v12/tools/printnews/news.php?contentid=30781", "2009-11-04"),
    # The release's date lines "December 18, 2003" and "2003 12 18 9:05 a.m." (2003-12-18 is a
    # Thursday; the URL's 2003/exec/1218 agrees): "is meeting with Prime Minister Paul Martin in
    # Ottawa today", "scheduled for 1:30 p.m." -> 2003-12-18.
    ("dev_10409_williams_martin_ottawa_planned", "North America", "2000s", "Government of Newfoundland and Labrador, news releases (releases.gov.nl.ca; Executive Council)", "https://www.releases.gov.nl.ca/releases/2003/exec/1218n01.htm", "2003-12-18"),
    # No date line in the excerpt; the search tool's date field 2025-03-13 (a Thursday; removed
    # with its " date ..." prefix) is the page's date, and the text agrees ("arrived at Noi Bai
    # International Airport on March 13 afternoon, concluding their three-day official visit").
    # The meetings "During the visit" are not given days -> null.
    ("dev_10410_to_lam_singapore_visit_meetings", "Southeast Asia", "2020s", "SGGP (en.sggp.org.vn; Saigon Giai Phong, with VNA)", "https://en.sggp.org.vn/top-vietnamese-leader-wraps-up-official-visit-to-singapore-post116307.html", "2025-03-13"),
    # The page's date line "Last Updated : Sep 28 2013 | 11:55 AM IST" (2013-09-28 is a Saturday;
    # the URL's 113092800203 agrees): the trip "on Monday" -> 2013-09-30; "his September
    # 30-October 1 visit to Jakarta, where he will meet President Susilo Bambang Yudhoyono" -> a
    # range, the meeting's day not given -> null; "he said yesterday" -> 2013-09-27 (a
    # statement, no row); the foreign ministers' meeting "in New York last week" -> null.
    ("test_10411_abbott_yudhoyono_jakarta_planned", "Oceania", "2010s", "Business Standard (business-standard.com; an AFP story)", "https://www.business-standard.com/amp/article/pti-stories/australian-pm-to-visit-indonesia-on-first-foreign-trip-113092800203_1.html", "2013-09-28"),
    # The page's date line "Feb. 9, 2021" (a Tuesday): "on the morning of Feb. 4" -> 2021-02-04 (a
    # Thursday); "On Nov. 12 last year" -> 2020-11-12 (a Thursday); "on Jan. 20" (the
    # inauguration) -> no row.
    ("dev_10412_moon_biden_first_phone_summit", "East Asia", "2020s", "Global Korean Post (globalkorean.ca)", "https://globalkorean.ca/news/15897/", "2021-02-09"),
]

A = {}

_KM = ("They ended their private talk to dine with a group that included Secretary of State Dean Rusk and the Earl of Home, Britain’s Foreign Secretary.")
A["dev_10401_kennedy_macmillan_test_ban_talks"] = dict(
    actors={
        "john_f_kennedy": ["President Kennedy"],
        "harold_macmillan": ["Prime Minister Macmillan", "Mr. Macmillan", "Macmillan"],
        "dean_rusk": ["Secretary of State Dean Rusk", "Dean Rusk"],
        "alec_douglas_home": ["the Earl of Home"],
        "harold_evans": ["Harold Evans"],
        "nikita_khrushchev": ["Premier Khrushchev", "Khrushchev"],
    },
    meetings=[
        # "President Kennedy and Prime Minister Macmillan began a detailed discussion today ..."
        # ("The two men met alone for 90 minutes in the library of Mr. Macmillan’s home", "their
        # private talk", and the dinner and after-dinner discussions the same evening: the same
        # pair, the same day and place, one row) -> held, 1963-06-29, place null (the text names
        # no city or country for Mr. Macmillan's home; "Gatwick Airport" is where the President
        # arrived from; see the notes).
        M(["john_f_kennedy", "harold_macmillan"], "1963-06-29", None, IP, H,
          "June 29, 1963 - President Kennedy and Prime Minister Macmillan began a detailed discussion today on how the U.S. and Britain will conduct next month’s negotiations in Moscow for a nuclear test-ban treaty."),
        # "They ended their private talk to dine with a group that included Secretary of State
        # Dean Rusk and the Earl of Home ..." / "the discussions after dinner, in which the two
        # foreign ministers joined" -> a meeting of four named people (Kennedy, Macmillan, Rusk,
        # Home), one row per pair beyond Kennedy-Macmillan (above): the cross pairs and the two
        # foreign ministers required; the same-side pairs (Kennedy-Rusk, Macmillan-Home) required
        # False, as the same-government pairs of earlier batches. All held, 1963-06-29, place
        # null (as above).
        M(["john_f_kennedy", "alec_douglas_home"], "1963-06-29", None, IP, H, _KM),
        M(["harold_macmillan", "dean_rusk"], "1963-06-29", None, IP, H, _KM),
        M(["dean_rusk", "alec_douglas_home"], "1963-06-29", None, IP, H, _KM),
        M(["john_f_kennedy", "dean_rusk"], "1963-06-29", None, IP, H, _KM, False),
        M(["harold_macmillan", "alec_douglas_home"], "1963-06-29", None, IP, H, _KM, False),
        # Not rows: "next month’s negotiations in Moscow for a nuclear test-ban treaty" (planned
        # negotiations of unnamed delegations; "when they were arranged earlier this month" the
        # same); "Harold Evans, the Prime Minister’s spokesman, said" (a spokesman's statement;
        # Evans is not placed at the discussions); "Premier Khrushchev is becoming more eager for
        # some kind of accord" (no meeting); "U.S. and British officials" (unnamed). Nothing
        # removed at the start (the excerpt begins with the date line); removed at the end the
        # site lines "top of page", "bottom of page" and "Comments". The item is whole (no
        # cut-off sentence).
    ],
    roles=[("Secretary of State", "dean_rusk"), ("Britain’s Foreign Secretary", "alec_douglas_home"),
           ("the Prime Minister’s spokesman", "harold_evans")],
)

A["dev_10402_kennedy_khrushchev_vienna_planned"] = dict(
    actors={
        "john_f_kennedy": ["President Kennedy", "Kennedy"],
        "nikita_khrushchev": ["Mr Khrushchev", "Khrushchev"],
        "charles_de_gaulle": ["President de Gaulle"],
        "mikhail_menshikov": ["Mr Menshikov"],
        "pierre_salinger": ["Mr Pierre Salinger", "Pierre Salinger"],
        "the_new_york_times": ["New York Times"],
        "white_house": ["White House"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # "Agreement had been reached on an informal conference between President Kennedy and Mr
        # Khrushchev ..." / "the meeting would take place in Vienna two or three days after the
        # President completed his visit to France, from May 31 to June 2" (the headline "Kennedy
        # To Meet Khrushchev Soon", "a possible meeting, between the two leaders": the same) ->
        # planned, date null (not pinned: "two or three days after" a range), Vienna.
        M(["john_f_kennedy", "nikita_khrushchev"], None, "Vienna", IP, P,
          "Agreement had been reached on an informal conference between President Kennedy and Mr Khrushchev, official sources in Washington said, according to “New York Times” today."),
        # "... his visit to France, from May 31 to June 2, for talks with President de Gaulle." ->
        # planned, date null (a range), France (the text names no city).
        M(["john_f_kennedy", "charles_de_gaulle"], None, "France", IP, P,
          "Barring unforeseen difficulties, the informants said, the meeting would take place in Vienna two or three days after the President completed his visit to France, from May 31 to June 2, for talks with President de Gaulle."),
        # "It was delivered by the Soviet Ambassador (Mr Menshikov) who had a 30-minute talk with
        # the President." ("the conversation between the President and the ambassador": the
        # same) -> held, 1961-05-16 ("Yesterday" under the dateline of May 17), place null (the
        # text says nowhere where the President received him).
        M(["mikhail_menshikov", "john_f_kennedy"], "1961-05-16", None, IP, H,
          "It was delivered by the Soviet Ambassador (Mr Menshikov) who had a 30-minute talk with the President."),
        # Not rows: "President Kennedy received a personal note from Mr Khrushchev" and "a reply
        # to one from the President on February 22" (letters); "Mr Menshikov and the White House
        # press secretary. Mr Pierre Salinger, refused to discuss the contents of the message"
        # (statements to the press); "official sources", "Diplomatic sources", "State Department
        # officials" (unnamed). "(N.Z. Press Assn.—Copyright)" is the agency credit (not
        # annotated). Kept as found: the quotation marks round the headline, "they believed "it
        # was going on.”" with its mixed quotation marks, "press secretary. Mr Pierre Salinger"
        # (a full stop for a comma), "a possible meeting, between", "the “New York Times ” said".
        # Removed: at the start, the site's two correction notes and the "Article image" lines;
        # at the end, the last, cut-off sentence ("They did say, however, that there was nothing
        # in the message, either").
    ],
    roles=[("the Soviet Ambassador", "mikhail_menshikov"), ("the White House press secretary", "pierre_salinger"),
           ("the President", "john_f_kennedy"), ("the ambassador", "mikhail_menshikov")],
)

A["test_10403_kissinger_mao_peking"] = dict(
    actors={
        "henry_kissinger": ["Dr Henry Kissinger", "Henry Kissinger", "Dr Kissinger", "Kissinger"],
        "mao_zedong": ["Mao Tse-tung", "Chairman Mao", "Mao"],
        "richard_nixon": ["President Nixon", "Mr Nixon"],
        "winston_lord": ["Mr Winston Lord", "Winston Lord"],
        "xinhua_news_agency": ["New China News Agency"],
    },
    meetings=[
        # "The United States special envoy, Dr Henry Kissinger, has had an unexpected audience
        # with the Chinese leader, Mao Tse-tung ..." ("the two men had “a frank and wideranging
        # conversation ...” last night", "Mao’s meeting with Dr Kissinger", "The meeting, which
        # took place in Mao’s residence in the western section of Peking": the same, one row) ->
        # held, 1973-02-17 ("last night" under the dateline of February 18), Peking.
        M(["henry_kissinger", "mao_zedong"], "1973-02-17", "Peking", IP, H,
          "The United States special envoy, Dr Henry Kissinger, has had an unexpected audience with the Chinese leader, Mao Tse-tung —an apparent indication that his talks on normalising Chinese-United States relations are progressing well."),
        # "... previously met Mao just under a year ago when he attended a meeting between the
        # Chairman and Mr Nixon during the President’s visit to Peking." -> Mao-Nixon, held, date
        # null ("just under a year ago"), Peking.
        M(["mao_zedong", "richard_nixon"], None, "Peking", IP, H,
          "Dr Kissinger, now on the fourth day of his present visit to China, previously met Mao just under a year ago when he attended a meeting between the Chairman and Mr Nixon during the President’s visit to Peking."),
        # The same sentence's "previously met Mao": Kissinger-Mao at that earlier meeting, held,
        # date null, Peking; required False (he "attended" the Chairman's meeting with Nixon, as
        # ANNOTATION's attendees, though the text says he "met Mao"; see the notes).
        # Kissinger-Nixon is not a row (the same side, and attendance).
        M(["henry_kissinger", "mao_zedong"], None, "Peking", IP, H,
          "Dr Kissinger, now on the fourth day of his present visit to China, previously met Mao just under a year ago when he attended a meeting between the Chairman and Mr Nixon during the President’s visit to Peking.", False),
        # "... as Mao’s meeting with North Vietnamese officials earlier this month was also shown
        # on television." -> one named party (the officials are unnamed), held, date null
        # ("earlier this month"), place null.
        M(["mao_zedong"], None, None, IP, H,
          "Observers said that it was likely’ a brief news film of the meeting with Mao would be broadcast by Peking television in the next day or two, as Mao’s meeting with North Vietnamese officials earlier this month was also shown on television."),
        # "Dr Kissinger’s current talks with Chinese leaders and officials" ("his talks on
        # normalising Chinese-United States relations"): the envoy's talks over four days with
        # unnamed counterparts -> one named party, held, date null, Peking; required False
        # (several sessions, counterparts given only as "Chinese leaders and officials"; the
        # excerpt's sentence naming Chou En-lai was cut off and removed).
        M(["henry_kissinger"], None, "Peking", IP, H,
          "The meeting, which took place in Mao’s residence in the western section of Peking, was a sure indication that Dr Kissinger’s current talks with Chinese leaders and officials on the international situation in the postVietnam war era and on normalising Chinese-Ameri-can relations were progressing well, the observers added.", False),
        # Not rows: "Chairman Mao asked Dr Kissinger to convey his regards to President Nixon" (a
        # message); "the Chinese leader usually meets only visiting Heads of State or Government
        # leaders" (a general practice, no meeting); "Dr Kissinger was accompanied to the meeting
        # by Mr Winston Lord" (accompanies, not a participant, as ANNOTATION's attendees); "Peking
        # television" (a broadcaster named by its city; not annotated). "(N.Z.P. A.-Reuter—
        # Copyright)" is the agency credit (not annotated). Kept as found: "Mao Tse-tung —an",
        # "wideranging", "it was likely’", "postVietnam", "Chinese-Ameri-can", the break "a member
        # of" / "; his party in Peking." Removed: at the start, the "Article image" lines; at the
        # end, the last, cut-off sentence ("On the Chinese side, apart from Mao, was the Prime
        # Minister (Chou En-lai), who is holding most of the negotiations with Dr Kissinger, the
        # assistant Foreign Minister (Miss Wang Hai-jung"), so Chou En-lai is not in the text.
    ],
    roles=[("The United States special envoy", "henry_kissinger"), ("the Chinese leader", "mao_zedong"),
           ("the Chairman", "mao_zedong"), ("the President", "richard_nixon")],
)

A["dev_10404_fujimori_hashimoto_toronto"] = dict(
    actors={
        "alberto_fujimori": ["Peruvian President Alberto Fujimori", "Alberto Fujimori", "Fujimori"],
        "ryutaro_hashimoto": ["Japanese Prime Minister Ryutaro Hashimoto", "Ryutaro Hashimoto", "Hashimoto"],
        "lloyd_axworthy": ["Canadian Foreign Minister Lloyd Axworthy", "Lloyd Axworthy"],
        "fidel_castro": ["President Fidel Castro", "Fidel Castro"],
        "tupac_amaru_revolutionary_movement": ["Tupac Amaru"],
    },
    meetings=[
        # "Canada appeared to be taking the lead on Saturday ... by playing host at a summit
        # between Peruvian President Alberto Fujimori and Japanese Prime Minister Ryutaro
        # Hashimoto." / "Meanwhile, in Toronto, Fujimori and Hashimoto met ..." ("The talks",
        # "The meeting", "agreed with his Peruvian counterpart": the same, one row) -> held,
        # 1997-02-01 ("on Saturday" in a Sunday paper), Toronto.
        M(["alberto_fujimori", "ryutaro_hashimoto"], "1997-02-01", "Toronto", IP, H,
          "Meanwhile, in Toronto, Fujimori and Hashimoto met to smooth over differences between the two countries over how to resolve the crisis."),
        # Not rows: Canada "playing host" (a country; no Canadian host named at the summit);
        # "Lloyd Axworthy pointedly declined to confirm or deny" (a statement); Canada "in a
        # strong position to persuade President Fidel Castro to grant sanctuary" (a hypothetical
        # approach, no meeting); "the Tupac Amaru guerrillas holding 72 hostages" (no meeting).
        # Removed: at the start, the site line "Read the Sun Sentinel's award-winning
        # journalism"; at the end, the last, cut-off sentence ("Fujimori, who is of Japanese
        # ancestry, promised that Peruvian police would stop their").
    ],
    roles=[("his Peruvian counterpart", "alberto_fujimori"), ("the tough-minded Peruvian president", "alberto_fujimori"),
           ("Canadian Foreign Minister", "lloyd_axworthy")],
)

A["dev_10405_mirziyoyev_atambayev_astana_sco"] = dict(
    actors={
        "shavkat_mirziyoyev": ["President of the Republic of Uzbekistan Shavkat Mirziyoyev", "Shavkat Mirziyoyev"],
        "almazbek_atambayev": ["President of Kyrgyzstan Almazbek Atambayev",
                               "President of the Kyrgyz Republic Almazbek Atambayev", "Almazbek Atambayev"],
        "shanghai_cooperation_organisation": ["SCO"],
    },
    meetings=[
        # "Within the frameworks of the SCO summit in Astana, President of the Republic of
        # Uzbekistan Shavkat Mirziyoyev in the allotted residence for him has met with President
        # of the Kyrgyz Republic Almazbek Atambayev." (the headline, "this meeting with the
        # President of Kyrgyzstan", "The Presidents have discussed": the same, one row) -> held, a
        # bilateral on the sidelines of the summit, date null (see ARTICLES), Astana.
        M(["shavkat_mirziyoyev", "almazbek_atambayev"], None, "Astana", IP, H,
          "Within the frameworks of the SCO summit in Astana, President of the Republic of Uzbekistan Shavkat Mirziyoyev in the allotted residence for him has met with President of the Kyrgyz Republic Almazbek Atambayev."),
        # "... enrich the agreements, reached during the meeting in Samarkand, with a new
        # content." -> an earlier meeting of the two presidents, held, date null, Samarkand;
        # required False (the participants of "the meeting in Samarkand" are implied, not named;
        # see the notes).
        M(["shavkat_mirziyoyev", "almazbek_atambayev"], None, "Samarkand", IP, H,
          "Shavkat Mirziyoyev has underlined that this meeting with the President of Kyrgyzstan serves to reinforce and enhance cooperation between our countries, enrich the agreements, reached during the meeting in Samarkand, with a new content.", False),
        # Not rows: "The Heads of State regularly conduct telephone conversations" (a count, no
        # specific call); "the governmental and regional delegations are exchanged" and "The
        # reciprocal visits of the civil society representatives ... to Andijan and Osh" (unnamed);
        # the SCO summit itself (a multilateral meeting). The report line "UzA special
        # correspondent Abu Bakir Urozov reports." is a byline (UzA and Urozov not annotated).
        # Kept as found: the date line "2017-06-09 | Politics", "has met with", "with a new
        # content", "The exchanges ... has increased", the trailing spaces at the ends of the
        # paragraphs. Removed: at the start, the portal's header ("The Government portal of the",
        # "Republic of Uzbekistan"), the calendar line "Mo Tu We Th Fr Sa Su" and the "New on the
        # portal" list. Nothing cut off at the end (the excerpt ends with a whole sentence).
    ],
    roles=[("President of the Republic of Uzbekistan", "shavkat_mirziyoyev"),
           ("President of the Kyrgyz Republic", "almazbek_atambayev"),
           ("the President of Kyrgyzstan", "almazbek_atambayev")],
)

A["dev_10406_muizzu_wickremesinghe_kurumba"] = dict(
    actors={
        "ranil_wickremesinghe": ["Sri Lankan President Ranil Wickremesinghe", "Ranil Wickremesinghe",
                                 "President Wickremesinghe", "Wickremesinghe"],
        "mohamed_muizzu": ["Dr. Mohamed Muizzu", "Mohamed Muizzu", "President Dr Muizzu", "Dr Muizzu", "Muizzu"],
    },
    meetings=[
        # "The President of Maldives, Dr Muizzu, and President Wickremesinghe held discussions
        # Friday evening in Kurumba Maldives ..." ("During this meeting", "During the meeting,
        # the two leaders": the same, one row) -> held, 2023-11-17, "Kurumba Maldives" (the most
        # specific named locality, a resort; the text names no city for the discussions).
        M(["mohamed_muizzu", "ranil_wickremesinghe"], "2023-11-17", "Kurumba Maldives", IP, H,
          "The President of Maldives, Dr Muizzu, and President Wickremesinghe held discussions Friday evening in Kurumba Maldives, the President Dr. Muizzu’s office said in a press release."),
        # "Sri Lankan President Ranil Wickremesinghe congratulated the new President of the
        # Maldives Dr. Mohamed Muizzu on assumption of presidency at his inauguration ceremony in
        # Malé, Maldives Friday (17)." -> an encounter at the ceremony, held, 2023-11-17, Malé;
        # required False (a congratulation in person at a ceremony; the guide's congratulatory
        # messages are not rows; see the notes).
        M(["ranil_wickremesinghe", "mohamed_muizzu"], "2023-11-17", "Malé", IP, H,
          "(LANKAPUVATH | COLOMBO) – Sri Lankan President Ranil Wickremesinghe congratulated the new President of the Maldives Dr. Mohamed Muizzu on assumption of presidency at his inauguration ceremony in Malé, Maldives Friday (17).", False),
        # "The Sri Lankan President extended an invitation to President Dr Muizzu to make a state
        # visit to Sri Lanka at his earliest convenience. President Dr Muizzu accepted the
        # invitation." -> planned (an invitation accepted, as ANNOTATION), date null, Sri Lanka.
        M(["mohamed_muizzu", "ranil_wickremesinghe"], None, "Sri Lanka", IP, P,
          "The Sri Lankan President extended an invitation to President Dr Muizzu to make a state visit to Sri Lanka at his earliest convenience."),
        # Not rows: "visiting the Maldives to witness the Presidential Inauguration" (the
        # ceremony, a multilateral occasion; the encounters are the rows above); "the President
        # Dr. Muizzu’s office said in a press release" (a statement; the office is not named as
        # a body, not annotated). "(LANKAPUVATH | COLOMBO)" is the agency's tag (not annotated).
        # Kept as found: "Maldives’ President Dr Muizzu" in the headline, "the President Dr.
        # Muizzu’s office", "the President Wickremesinghe’s visit". Removed: at the end, the
        # comment widget ("Leave a Reply", "Your email address will not be published. Required
        # fields are marked *") and the blank line before it. Nothing cut off.
    ],
    roles=[("the new President of the Maldives", "mohamed_muizzu"), ("The President of Maldives", "mohamed_muizzu"),
           ("the President of Sri Lanka", "ranil_wickremesinghe"), ("The Sri Lankan President", "ranil_wickremesinghe")],
)

A["test_10407_rafsanjani_hammadi_tehran"] = dict(
    actors={
        "akbar_hashemi_rafsanjani": ["President Hashemi Rafsanjani", "Hashemi Rafsanjani", "Rafsanjani"],
        "saddam_hussein": ["Iraqi President Saddam Hussein", "Saddam Hussein", "Saddam", "Hussein"],
        "saadoun_hammadi": ["Iraqi Deputy Prime Minister Saadoun Hammadi", "Saadoun Hammadi"],
        "marlin_fitzwater": ["White House spokesman Marlin Fitzwater", "Marlin Fitzwater"],
        "alexander_belonogov": ["Soviet Deputy Foreign Minister Alexander Belonogov", "Alexander Belonogov"],
        "vitaly_churkin": ["Soviet Foreign Ministry spokesman Vitaly Churkin", "Vitaly Churkin"],
        "islamic_republic_news_agency": ["IRNA"],
        "white_house": ["White House"],
        "soviet_foreign_ministry": ["Soviet Foreign Ministry"],
        "swiss_embassy_in_tehran": ["Swiss Embassy"],
    },
    meetings=[
        # "The peace message was given to Iraqi Deputy Prime Minister Saadoun Hammadi, who met the
        # Iranian president Saturday." -> held, 1991-02-02, place null (the text does not say
        # where; "He has since returned to Baghdad" and the news conference "in Tehran" suggest
        # Tehran; see the notes).
        M(["saadoun_hammadi", "akbar_hashemi_rafsanjani"], "1991-02-02", None, IP, H,
          "The peace message was given to Iraqi Deputy Prime Minister Saadoun Hammadi, who met the Iranian president Saturday."),
        # Not rows: Rafsanjani "is ready to meet Iraqi President Saddam Hussein" and "why
        # shouldn’t I meet Saddam?" (an offer, neither agreed nor planned); "talk to the United
        # States" and "contact the United States through the Swiss Embassy" (a country, a
        # channel); "Belonogov will visit Tehran on Tuesday" (a visit to a city, no host named,
        # as batch 52a's visits to countries); "He had sent peace proposals to Hussein" (a
        # message); Fitzwater's and Churkin's remarks (statements); "a news conference in Tehran"
        # (media). "From Reuters" is the agency credit (not annotated). Kept as found: the line
        # "Share", the credit line and the "Advertisement" line inside the text. Removed: the
        # "Advertisement" line at the start; at the end, the last, cut-off paragraph ("Asked
        # about details of Iran’s peace initiative, Rafsanjani said: “We are now negotiating with
        # the Organization of the Islamic Conference, Persian Gulf littoral states, Pakistan,
        # Turkey, the United Nations,") and the "Advertisement" line left dangling before it.
    ],
    roles=[("Iran’s President", "akbar_hashemi_rafsanjani"), ("the Iranian president", "akbar_hashemi_rafsanjani"),
           ("the national Iranian news agency", "islamic_republic_news_agency"),
           ("White House spokesman", "marlin_fitzwater"), ("Soviet Deputy Foreign Minister", "alexander_belonogov"),
           ("Soviet Foreign Ministry spokesman", "vitaly_churkin"), ("Iraqi Deputy Prime Minister", "saadoun_hammadi")],
)

_OB = ("Former President Kufuor\ufffds \ufffdbody-body,\ufffd the former Nigerian President, Olusegun Obasanjo, led his colleague former African leaders, who are attending a conference in Accra, to pay Prof. John Evans Atta Mills a visit.")
A["dev_10408_obasanjo_kufuor_mills_osu_castle"] = dict(
    actors={
        "john_agyekum_kufuor": ["Ex-President John Agyekum Kufuor", "John Agyekum Kufuor", "Former President Kufuor",
                                "Mr. Kufuor", "ex-President Kufuor", "Kufuor"],
        "john_atta_mills": ["President John Evans Atta Mills", "Prof. John Evans Atta Mills", "John Evans Atta Mills",
                            "President Mills"],
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo"],
        "koku_anyidoho": ["Mr Koku Anyidoho", "Koku Anyidoho"],
        "barack_obama": ["Barack Obama"],
        "john_dramani_mahama": ["Mr John Dramani", "John Dramani"],
        "club_de_madrid": ["Club Madrid"],
    },
    meetings=[
        # "... Obasanjo, led his colleague former African leaders ... to pay Prof. John Evans Atta
        # Mills a visit." ("In a brief remark to introduce his colleagues to President Mills",
        # "Welcoming them": the same visit) -> Obasanjo-Mills, held, 2009-11-03 (the lead's
        # "yesterday, Tuesday, November 3, 2009"), Accra (the Osu Castle, the seat of government,
        # resolved to its city as ANNOTATION resolves official buildings; the conference is "in
        # Accra").
        M(["olusegun_obasanjo", "john_atta_mills"], "2009-11-03", "Accra", IP, H, _OB),
        # The lead: Kufuor "entered ... the Osu Castle, and enviously stared at President John
        # Evans Atta Mills, as he welcomed him and his former African leaders" -> Mills welcomed
        # Kufuor with the visitors: Kufuor-Mills, held, 2009-11-03, Accra.
        M(["john_agyekum_kufuor", "john_atta_mills"], "2009-11-03", "Accra", IP, H,
          "Ex-President John Agyekum Kufuor yesterday, Tuesday, November 3, 2009 entered, the seat of government, the Osu Castle, and enviously stared at President John Evans Atta Mills, as he welcomed him and his former African leaders, who belong to the Club Madrid."),
        # The third pair of the same visit, Obasanjo-Kufuor (two visitors of the same
        # delegation): required False, as the same-side pairs of earlier batches.
        M(["olusegun_obasanjo", "john_agyekum_kufuor"], "2009-11-03", "Accra", IP, H, _OB, False),
        # "Obasanjo said they earlier in the early hours of yesterday had a lively roundtable
        # discussion on the economic crisis and it was addressed by the Vice President, Mr John
        # Dramani." -> the former leaders' roundtable addressed by the Vice President: Obasanjo-
        # Dramani, held, 2009-11-03, Accra (the conference "in Accra"); required False (a
        # conference session addressed by a speaker, close to a plenary; see the notes).
        M(["olusegun_obasanjo", "john_dramani_mahama"], "2009-11-03", "Accra", IP, H,
          "In a brief remark to introduce his colleagues to President Mills, Obasanjo said they earlier in the early hours of yesterday had a lively roundtable discussion on the economic crisis and it was addressed by the Vice President, Mr John Dramani.", False),
        # Not rows: "The last time Mr. Kufuor stepped foot at the castle was during the visit of
        # the US president, Barack Obama, in July this year." (Kufuor's presence at the castle
        # during a visit; no meeting of Kufuor with Obama, and no host, is stated; a month);
        # "His acceptance to speak with the media was surprisingly arranged by ... Koku Anyidoho"
        # (media); Kufuor "stared at the new crop of Presidential reporters" (media); "a
        # conference in Accra" (the conference itself). Kept as found: the three replacement
        # characters in "Kufuor\ufffds \ufffdbody-body,\ufffd", "entered, the seat of
        # government", "many of who", "at all time". Nothing removed at the start (the excerpt
        # begins with the headline); removed at the end the last, cut-off sentence ("He said
        # African leaders should strive").
    ],
    roles=[("the former Nigerian President", "olusegun_obasanjo"), ("body-body", "olusegun_obasanjo"),
           ("the former President", "john_agyekum_kufuor"), ("Communication Director", "koku_anyidoho"),
           ("the US president", "barack_obama"), ("the Vice President", "john_dramani_mahama")],
)

A["dev_10409_williams_martin_ottawa_planned"] = dict(
    actors={
        "danny_williams": ["Premier Danny Williams", "Danny Williams", "Premier Williams"],
        "paul_martin": ["Prime Minister Paul Martin", "Paul Martin"],
        "elizabeth_matthews": ["Elizabeth Matthews"],
        "office_of_the_premier_newfoundland_and_labrador": ["Office of the Premier"],
    },
    meetings=[
        # "Premier Danny Williams is meeting with Prime Minister Paul Martin in Ottawa today." (the
        # headline's "Premier and Prime Minister meeting in Ottawa today", "our first official
        # meeting", "The meeting is scheduled for 1:30 p.m. (Ottawa time)": the same) -> planned
        # (a meeting scheduled for the afternoon of a release timed 9:05 a.m.; see the notes),
        # 2003-12-18, Ottawa.
        M(["danny_williams", "paul_martin"], "2003-12-18", "Ottawa", IP, P,
          "Premier Danny Williams is meeting with Prime Minister Paul Martin in Ottawa today."),
        # Not rows: "the Prime Minister initiated our first official meeting" (the meeting
        # above); "building a good working relationship with the Prime Minister and the federal
        # government" (a hope); "after he was sworn into office" (a ceremony). "(Executive
        # Council)" is the issuing office's header line (not annotated, as an outlet header); the
        # media contact's name and office are annotated. Kept as found: the date line, the header
        # line, the media contact line and the line "2003 12 18 9:05 a.m." with its spacing.
        # Removed: at the end, the site's navigation line ("SearchHomeBack to GovernmentContact
        # Us") and the copyright notice ("All material copyright the Government of Newfoundland
        # and Labrador. ..." and "Disclaimer/Copyright/Privacy Statement"). Nothing cut off.
    ],
    roles=[("Premier", "danny_williams"), ("the Prime Minister", "paul_martin"),
           ("Communications Director", "elizabeth_matthews")],
)

_TL = ("During the visit, General Secretary To Lam held talks with PM Lawrence Wong; met with President Tharma Shamugaratnam and Speaker of the Parliament Seah Kian Peng; received Senior Minister and Coordinating Minister for National Security Teo Chee Hean; met with former PM and Senior Minister Lee Hsien Loong; visited the Lee Kuan Yew School of Public Policy (National University of Singapore) and delivered a policy speech on Vietnam’s science, technology, innovation and digital transformation policy in a new era, and opportunities for bilateral cooperation.")
A["dev_10410_to_lam_singapore_visit_meetings"] = dict(
    actors={
        "to_lam": ["Vietnamese Party General Secretary To Lam", "General Secretary To Lam", "To Lam"],
        "lawrence_wong": ["PM Lawrence Wong", "Lawrence Wong"],
        "tharman_shanmugaratnam": ["President Tharma Shamugaratnam", "Tharma Shamugaratnam"],
        "seah_kian_peng": ["Speaker of the Parliament Seah Kian Peng", "Seah Kian Peng"],
        "teo_chee_hean": ["Teo Chee Hean"],
        "lee_hsien_loong": ["Lee Hsien Loong"],
        "ho_chi_minh": ["President Ho Chi Minh", "Ho Chi Minh"],
        "communist_party_of_vietnam": ["Communist Party of Vietnam"],
        "peoples_action_party": ["People's Action Party", "PAP"],
        "lee_kuan_yew_school_of_public_policy": ["Lee Kuan Yew School of Public Policy"],
        "national_university_of_singapore": ["National University of Singapore"],
        "embassy_of_vietnam_in_singapore": ["Vietnamese Embassy"],
    },
    meetings=[
        # One sentence lists five separate meetings of the visit: talks with Wong; meetings with
        # Tharman and with Seah Kian Peng ("met with President ... and Speaker ...": two
        # meetings, as ANNOTATION's dev_032); Teo Chee Hean received; a meeting with Lee Hsien
        # Loong -> five rows, all held, date null (the three-day visit's days are not given),
        # Singapore (the city-state the text names as the visit's destination).
        M(["to_lam", "lawrence_wong"], None, "Singapore", IP, H, _TL),
        M(["to_lam", "tharman_shanmugaratnam"], None, "Singapore", IP, H, _TL),
        M(["to_lam", "seah_kian_peng"], None, "Singapore", IP, H, _TL),
        M(["to_lam", "teo_chee_hean"], None, "Singapore", IP, H, _TL),
        M(["to_lam", "lee_hsien_loong"], None, "Singapore", IP, H, _TL),
        # Not rows: "at the invitation of ... Lawrence Wong" (the invitation to the visit whose
        # talks are the first row); "offered flowers in tribute to President Ho Chi Minh" (a
        # tribute, no meeting); "received leaders of outstanding businesses", "met with overseas
        # Vietnamese intellectuals", "met with the Vietnamese Embassy’s officials and staff, and
        # representatives of the Vietnamese community" (unnamed); "witnessed the exchange of
        # cooperation documents", the orchid naming ceremony, the policy speech (events); "his
        # spouse" (unnamed); "The two sides decided to upgrade ..." (the talks above). "(Photo:
        # VNA)" is a photo credit (not annotated). Kept as found: the photo caption at the
        # start, "President Tharma Shamugaratnam" (sic), "Pansir Panjang" (sic), "on March 13
        # afternoon". Removed: the search tool's " date 2025-03-13" prefix at the start; at the
        # end, the last, cut-off sentence ("They pledged to continue consolidating and
        # strengthening mutually beneficial coo").
    ],
    roles=[("Vietnamese Party General Secretary", "to_lam"),
           ("General Secretary of the Communist Party of Vietnam Central Committee", "to_lam"),
           ("Prime Minister and Secretary-General of the ruling People's Action Party (PAP)", "lawrence_wong"),
           ("Speaker of the Parliament", "seah_kian_peng"),
           ("Senior Minister and Coordinating Minister for National Security", "teo_chee_hean"),
           ("former PM and Senior Minister", "lee_hsien_loong")],
)

A["test_10411_abbott_yudhoyono_jakarta_planned"] = dict(
    actors={
        "tony_abbott": ["Tony Abbott", "Abbott"],
        "susilo_bambang_yudhoyono": ["President Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono"],
        "marty_natalegawa": ["Indonesian Foreign Minister Marty Natalegawa", "Marty Natalegawa"],
    },
    meetings=[
        # "... he announced his September 30-October 1 visit to Jakarta, where he will meet
        # President Susilo Bambang Yudhoyono." (the lead's "visiting Indonesia where he will
        # discuss asylum-seekers": the same visit) -> planned, date null (the meeting's day within
        # the two-day visit is not given), Jakarta.
        M(["tony_abbott", "susilo_bambang_yudhoyono"], None, "Jakarta", IP, P,
          "\"The government is determined to ensure that Australia's foreign policy is focused on our region,\" he said yesterday as he announced his September 30-October 1 visit to Jakarta, where he will meet President Susilo Bambang Yudhoyono."),
        # "Australian and Indonesian foreign ministers discussed the issue at a meeting in New York
        # last week at which Indonesian Foreign Minister Marty Natalegawa said ..." -> the
        # Australian minister is not named: one named party (Natalegawa), held, date null ("last
        # week"), New York.
        M(["marty_natalegawa"], None, "New York", IP, H,
          "Australian and Indonesian foreign ministers discussed the issue at a meeting in New York last week at which Indonesian Foreign Minister Marty Natalegawa said the measure could put cooperation on asylum-seekers at risk."),
        # Not rows: "accompanied by a 20-member business delegation" (unnamed); "he would not visit
        # traditional allies Washington or London until he had visited capitals in Asia" (visits
        # to capitals, no host, hypothetical); "make Jakarta their first port of call" (a hope);
        # "he said yesterday" (a statement); "a military-led operation known as Sovereign
        # Borders" (an operation, not an actor). "AFP Sydney" is the agency credit line (not
        # annotated). Kept as found: the line "Image" and the credit and date lines between the
        # headline and the body. Removed: at the end, the last, cut-off sentence ("Abbott
        # dismissed tensions yesterday, saying "the last thing I would ever want to do is
        # anything that do").
    ],
    roles=[("Indonesian Foreign Minister", "marty_natalegawa")],
)

A["dev_10412_moon_biden_first_phone_summit"] = dict(
    actors={
        "moon_jae_in": ["President Moon Jae-in", "Moon Jae-in", "President Moon"],
        "joe_biden": ["U.S. President Joe Biden", "President Joe Biden", "Joe Biden", "President Biden",
                      "President-elect Biden", "Biden"],
        "facebook": ["Facebook"],
        "twitter": ["Twitter"],
    },
    meetings=[
        # "President Moon Jae-in on the morning of Feb. 4 in Seoul held his first phone summit with
        # U.S. President Joe Biden." ("The talk began at 8 a.m.", "I just had a great
        # conversation with President Joe Biden", "The phone summit": the same call, one row) ->
        # phone, held, 2021-02-04, place null (a call; "in Seoul" is where Moon was, as batch
        # 52a's call "from India").
        M(["moon_jae_in", "joe_biden"], "2021-02-04", None, PH, H,
          "President Moon Jae-in on the morning of Feb. 4 in Seoul held his first phone summit with U.S. President Joe Biden."),
        # "On Nov. 12 last year, President Moon called President-elect Biden to send a
        # congratulatory message on the latter’s election." -> a call, phone, held, 2020-11-12
        # ("last year" in a 2021 text), place null (a congratulatory call is a call; the guide's
        # exclusion is of messages and letters; see the notes).
        M(["moon_jae_in", "joe_biden"], "2020-11-12", None, PH, H,
          "On Nov. 12 last year, President Moon called President-elect Biden to send a congratulatory message on the latter’s election."),
        # Not rows: Moon "shared what the two leaders discussed through his social media
        # accounts" and "ended the post with the slogan" (posts); "President Biden and I pledged"
        # (the call above); "assumed office on Jan. 20 in Washington" (an inauguration). The
        # outlet line "Global Korean Post" and the byline "By Park Hye Ri and Lee Jihae" are not
        # annotated. Kept as found: the date line and the outlet and byline lines, the triple
        # line breaks between paragraphs. Removed: at the start, the page's title line (the
        # headline printed a first time). Nothing cut off at the end (the excerpt ends with a
        # whole sentence).
    ],
    roles=[("U.S. President", "joe_biden"), ("President-elect", "joe_biden")],
)
