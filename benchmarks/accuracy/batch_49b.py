"""Accuracy corpus, batch 49b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1970s, 1980s, 1990s,
2000s, 2010s and 2020s (1960s: two, 1970s: two, 1980s: one, 1990s: one, 2000s: two, 2010s: two,
2020s: two; six of the twelve from before 2000, as the brief asked for at least five), over
eleven regions (East Asia: two; Southeast Asia, Western Europe, Latin America, Eastern
Europe/Russia, Africa, Central Asia/Caucasus, South Asia, North America, Middle East, Oceania: one
each).
Outlets/sites: Mizzima (its English blog mirror, mizzimaenglish.blogspot.com), The Press
(Christchurch) via Papers Past (twice: dynamic-rsnz.natlib.govt.nz and
paperspast.natlib.govt.nz), Dawn (Karachi; its "From the past pages of Dawn" column), Time (the
archive text mirror at softbeam.net), the South Florida Sun-Sentinel (sun-sentinel.com), Civil
Georgia (civil.ge), BBC News (news.bbc.co.uk), Maclean's (archive.macleans.ca), Al Bawaba
(albawaba.me), Yonhap (en.yna.co.kr) and the Australian Department of Foreign Affairs and Trade
(dfat.gov.au; a joint statement).
mizzimaenglish.blogspot.com, albawaba.me (Al Bawaba had pages under .com and .net before) and
dfat.gov.au are new to the corpus as sites, and en.yna.co.kr had one page before (as far as
`sources.csv` and the batch files show); the other sites were used before, the pages and the
meetings are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_49b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-48b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and meetings already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_97NN_<slug>` / `test_97NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The blog's date line "Wednesday, April 11, 2012" and the story's own line "Wednesday, 11
    # April 2012 15:02" (2012-04-11 is a Wednesday, checked; the URL's 2012/04 agrees): "met ...
    # in Naypyitaw on Wednesday" = 2012-04-11; "last August" -> month only, no date.
    ("dev_9701_suu_kyi_thein_sein_naypyitaw", "Southeast Asia", "2010s", "Mizzima (its English blog mirror, mizzimaenglish.blogspot.com)", "https://mizzimaenglish.blogspot.com/2012/04/suu-kyi-thein-sein-meet-in-naypyitaw.html", "2012-04-11"),
    # No date line in the excerpt; the URL names the issue: The Press, 23 July 1966
    # (CHP19660723, a Saturday). The dateline "BONN, July 22." (a Friday): de Gaulle "yesterday
    # said" (1966-07-21) and the two leaders "announced today" (1966-07-22); the ten hours of
    # talks are not given a day of their own -> no date (see the notes).
    ("dev_9702_de_gaulle_erhard_bonn", "Western Europe", "1960s", "The Press (Christchurch), via Papers Past (N.Z. Press Association)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19660723.2.115", "1966-07-23"),
    # Dawn's "From the past pages of Dawn" column: the excerpt ends "Published in Dawn, May 12th,
    # 2024" and the URL names the item "1974-fifty-years-ago-mao-bhutto-meeting", so the
    # original item is Dawn of 1974-05-12 (a Sunday), which is used (as dev_3402 and dev_4001,
    # the column's reprints in earlier batches; 1974 and 2024 are both even years). The
    # column's own bracket "tomorrow [May 12]" dates the planned talks with Chou En-lai
    # (1974-05-12, the year of the original item); the meeting with Mao "within four hours of
    # his arrival" is given no day -> no date (see the notes).
    ("test_9703_bhutto_mao_peking", "East Asia", "1970s", "Dawn (Karachi), \"From the past pages of Dawn\" (a 1974 item reprinted in 2024)", "https://dawn.com/news/1832973/from-the-past-pages-of-dawn-1974-fifty-years-ago-mao-bhutto-meeting", "1974-05-12"),
    # The date line "Monday, Aug. 31, 1970" (Time's cover date; 1970-08-31 is a Monday, checked;
    # the URL's Time1970/1970-08-31 agrees): the Nixon-Diaz Ordaz meeting is given no day ->
    # no date.
    ("dev_9704_nixon_diaz_ordaz_puerto_vallarta", "Latin America", "1970s", "Time (archive mirror at softbeam.net)", "http://softbeam.net/txt/time/Time1970/1970-08-31/876778.html", "1970-08-31"),
    # No date line in the excerpt; the URL names the issue: The Press, 5 October 1968
    # (CHP19681005, a Saturday). The dateline "MOSCOW, October 4." (a Friday): "Discussions
    # began yesterday" = 1968-10-03 (a Thursday, checked); "fresh talks in Moscow today" =
    # 1968-10-04.
    ("dev_9705_dubcek_brezhnev_moscow", "Eastern Europe/Russia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19681005.2.84", "1968-10-05"),
    # No date line in the excerpt; the URL's 1992-04-10 (fl-xpm-1992-04-10, a Friday): "on
    # Thursday" = 1992-04-09 (a Thursday, checked), the day of the welcome in Abuja.
    ("dev_9706_de_klerk_babangida_abuja", "Africa", "1990s", "South Florida Sun-Sentinel (sun-sentinel.com)", "https://www.sun-sentinel.com/news/fl-xpm-1992-04-10-9202020309-story.html", "1992-04-10"),
    # No date line in the excerpt; the search tool's date field 2022-11-16 (removed with its
    # prefix; a Wednesday): the call "on 16 November" = 2022-11-16 (the year of publication);
    # "the second this month" -> an earlier call in November 2022, no day given.
    ("test_9707_garibashvili_pashinyan_call", "Central Asia/Caucasus", "2020s", "Civil Georgia (civil.ge)", "https://civil.ge/archives/515106", "2022-11-16"),
    # The page line "Last Updated: Tuesday, 21 March 2006, 18:36 GMT" (2006-03-21 is a Tuesday,
    # checked): none of the meetings of Khaleda Zia's visit is given a day in the text -> no
    # dates (see the notes).
    ("dev_9708_singh_khaleda_zia_delhi", "South Asia", "2000s", "BBC News (news.bbc.co.uk)", "http://news.bbc.co.uk/2/hi/south_asia/4823828.stm", "2006-03-21"),
    # The byline line "IAN AUSTEN May 9 1988" (Maclean's issue date; 1988-05-09 is a Monday,
    # checked; the URL's 1988/5/9 agrees): "last week's get-together" -> a range (the week of
    # 25 April-1 May 1988), no date.
    ("dev_9709_mulroney_reagan_washington", "North America", "1980s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1988/5/9/little-to-show-from-the-final-summit", "1988-05-09"),
    # The page line "Published January 6th, 2004 - 02:00 GMT" (2004-01-06 is a Tuesday,
    # checked): "began his first state-visit to Turkey on Tuesday" = 2004-01-06 (a visit, no
    # host named in that clause); the meetings Assad "was to" hold are given no day -> no date.
    ("dev_9710_assad_sezer_turkey_visit", "Middle East", "2000s", "Al Bawaba (albawaba.me)", "https://www.albawaba.me/news/syrian-president-begins-historic-visit-turkey-aim-improve-ties", "2004-01-06"),
    # The dateline "SEOUL, June 30 (Yonhap)" and the search tool's date field 2020-06-30
    # (removed with its prefix; 2020-06-30 is a Tuesday, checked; the URL's AEN20200629...
    # is Yonhap's story number, begun the day before): "later Tuesday" = 2020-06-30.
    ("test_9711_moon_eu_leaders_virtual", "East Asia", "2020s", "Yonhap News Agency (en.yna.co.kr)", "https://en.yna.co.kr/view/AEN20200629007100315", "2020-06-30"),
    # The page's date line "19 February 2016" (a Friday, checked): "met in Sydney on 19
    # February 2016" = 2016-02-19; the welcome of the two couples is given no day of its own.
    ("dev_9712_turnbull_key_sydney", "Oceania", "2010s", "Australian Department of Foreign Affairs and Trade (dfat.gov.au; a joint statement)", "https://www.dfat.gov.au/geo/new-zealand/joint-statement-australia-and-new-zealand", "2016-02-19"),
]

A = {}

_LUNCH = "Following the meeting, Suu Kyi had lunch with Thein Sein and his wife, Khin Khin Win."
A["dev_9701_suu_kyi_thein_sein_naypyitaw"] = dict(
    actors={
        "thein_sein": ["Burmese President Thein Sein", "Thein Sein"],
        "aung_san_suu_kyi": ["Aung San Suu Kyi", "Suu Kyi"],
        # New key.
        "nyan_win": ["Nyan Win"],
        "national_league_for_democracy": ["National League for Democracy", "NLD"],
        "associated_press": ["The Associated Press", "Associated Press"],
        # "his wife, Khin Khin Win" (new key).
        "khin_khin_win": ["Khin Khin Win"],
        # "Parliament" (Myanmar's; new key).
        "assembly_of_the_union_myanmar": ["Parliament"],
    },
    meetings=[
        # "Burmese President Thein Sein met opposition leader Aung San Suu Kyi in Naypyitaw on
        # Wednesday for about 90 minutes" ("Following the meeting, Suu Kyi had lunch with Thein
        # Sein": the same pair, the same day and place, one row) -> held, 2012-04-11, Naypyitaw.
        M(["thein_sein", "aung_san_suu_kyi"], "2012-04-11", "Naypyitaw", IP, H,
          "(Mizzima) – Burmese President Thein Sein met opposition leader Aung San Suu Kyi in Naypyitaw on Wednesday for about 90 minutes, only their second face-to-face meeting since the country embarked on an extraordinary series of reforms and a by-election."),
        # The lunch "with Thein Sein and his wife, Khin Khin Win" -> the guest with the host's
        # wife, held, 2012-04-11 ("Following the meeting" of Wednesday), Naypyitaw; required
        # False (a meal with the host's spouse, as the spouses' cross pairs of earlier batches).
        # No row for the host couple (Thein Sein and his wife).
        M(["aung_san_suu_kyi", "khin_khin_win"], "2012-04-11", "Naypyitaw", IP, H, _LUNCH, False),
        # "An historic meeting between Suu Kyi and Thein Sein last August" (the caption's "their
        # first meeting in Naypyitaw": the same; this meeting is "only their second") -> held,
        # date null (month only), Naypyitaw (from the caption; see the notes).
        M(["aung_san_suu_kyi", "thein_sein"], None, "Naypyitaw", IP, H,
          "An historic meeting between Suu Kyi and Thein Sein last August set the stage for the NLD to become a political party, to rejoin electoral politics and to collaborate in promoting political reconciliation."),
        # Not rows: "Suu Kyi told reporters" and "Nyan Win told The Associated Press" (statements
        # to the media); the by-elections and the 2010 general election (events); "take a role
        # in government as a minister" (no meeting). "(Mizzima)" is the agency credit at the top
        # of the story, "Phanida" the byline and "Photo: AFP" a photo credit (kept as they stand,
        # not annotated). Removed: at the end, the cut-off last sentence, a paragraph of its own
        # ("During their first meeting last August, Suu Kyi and Thei"). The blog's lines "0
        # comments" and a blank line below the headline are kept as they stand (they sit between
        # the blog's date line and the story's date line, both kept).
    ],
    roles=[("Burmese President", "thein_sein"), ("opposition leader", "aung_san_suu_kyi"),
           ("National League for Democracy spokesman", "nyan_win"), ("his wife", "khin_khin_win")],
)

_BONN = "The meeting—including separate discussions between the Defence and Foreign Ministers in a crowded 10-hour programme—was the first between the leaders since the N.A.T.O. crisis over France’s decision (which came into effect on July 1) to leave the alliance’s integrated military command."
A["dev_9702_de_gaulle_erhard_bonn"] = dict(
    actors={
        "charles_de_gaulle": ["President Charles de Gaulle", "Charles de Gaulle", "General de Gaulle",
                              "De Gaulle", "de Gaulle"],
        "ludwig_erhard": ["Dr. Ludwig Erhard", "Ludwig Erhard", "Dr. Erhard", "Erhard"],
        "georges_pompidou": ["Mr Georges Pompidou", "Georges Pompidou"],
        "maurice_couve_de_murville": ["Mr Couve de Murville", "Couve de Murville"],
        # New key.
        "pierre_messmer": ["Mr Pierre Messmer", "Pierre Messmer"],
        "nato": ["N.A.T.O."],
    },
    meetings=[
        # "The meeting ... was the first between the leaders since the N.A.T.O. crisis" (de
        # Gaulle "arrived in Bonn ... for ten hours of talks"; "The President and the West
        # German Chancellor. Dr. Ludwig Erhard announced today that they have agreed"; "the two
        # leaders' exchanges" at the luncheon: the same visit, one row) -> held, date null (the
        # talks are not given a day: "yesterday said" and "announced today" date a statement and
        # an announcement; see the notes), Bonn (the dateline and "arrived in Bonn").
        M(["charles_de_gaulle", "ludwig_erhard"], None, "Bonn", IP, H, _BONN),
        # "separate talks between the French and West German Defence Ministers" -> the French
        # Defence Minister is named earlier ("the Defence Minister, Mr Pierre Messmer"), the
        # German one is not: one-party row, held, date null, Bonn; required False (the French
        # minister is resolved from a role phrase, see the notes).
        M(["pierre_messmer"], None, "Bonn", IP, H,
          "Agreement on these projects was reached in separate talks between the French and West German Defence Ministers.",
          False),
        # "separate discussions between the Defence and Foreign Ministers" -> the French Foreign
        # Minister is named earlier ("the Foreign Minister, Mr Couve de Murville"), the German one
        # is not: one-party row, held, date null, Bonn; required False (as the row above).
        M(["maurice_couve_de_murville"], None, "Bonn", IP, H, _BONN, False),
        # Not rows: Pompidou, Couve de Murville and Messmer "arrived in Bonn with" de Gaulle
        # (accompanying; their own talks are the rows above); "his recent visit to the Soviet
        # Union" and "his refusal in Moscow last month" (a visit with no host named); Erhard's
        # "luncheon speech" (a speech at the same meeting); "offic- j ials said" (unnamed).
        # "(N.Z. Press Association—Copyright)" is the agency credit (not annotated). The OCR
        # debris ("' the West German * Chancellor.", "an- j] nounced", "j<", "I French troops on
        # Ger- L man soil", "reunifies-; tion") is kept as it stands. Removed: at the end, the
        # cut-off last sentence ("President de Gaulle said j French policy was trying to open up
        # the whole of").
    ],
    roles=[("The French President", "charles_de_gaulle"), ("the Premier", "georges_pompidou"),
           ("the Foreign Minister", "maurice_couve_de_murville"), ("the Defence Minister", "pierre_messmer")],
)

A["test_9703_bhutto_mao_peking"] = dict(
    actors={
        "zulfikar_ali_bhutto": ["Prime Minister Zulfikar Ali Bhutto", "Zulfikar Ali Bhutto",
                                "Prime Minister Bhutto", "Bhutto"],
        "mao_zedong": ["Chairman Mao Tsetung", "Mao Tsetung", "Chairman Mao"],
        # New key.
        "nusrat_bhutto": ["Begum Nusrat Bhutto", "Nusrat Bhutto"],
        "zhou_enlai": ["Prime Minister Chou En-lai", "Chou En-lai"],
        # The paper cited in the body (new key).
        "peoples_daily": ["People’s Daily"],
    },
    meetings=[
        # "Within four hours of his arrival here, Prime Minister Zulfikar Ali Bhutto had a
        # 90-minute meeting with Chairman Mao Tsetung." ("Later, Chairman Mao and Prime Minister
        # Bhutto had a conversation": the same meeting) -> held, date null (the day of the
        # arrival is not given; see the notes), Peking (the dateline).
        M(["zulfikar_ali_bhutto", "mao_zedong"], None, "Peking", IP, H,
          "PEKING: Within four hours of his arrival here, Prime Minister Zulfikar Ali Bhutto had a 90-minute meeting with Chairman Mao Tsetung."),
        # "Prime Minister Bhutto's formal talks with Prime Minister Chou En-lai and other Chinese
        # leaders are expected to begin tomorrow [May 12]." -> planned, 1974-05-12 (the column's
        # bracket, the year of the original item), Peking.
        M(["zulfikar_ali_bhutto", "zhou_enlai"], "1974-05-12", "Peking", IP, P,
          "Prime Minister Bhutto’s formal talks with Prime Minister Chou En-lai and other Chinese leaders are expected to begin tomorrow [May 12]."),
        # Not rows: Begum Nusrat Bhutto "accompanied" the Prime Minister (not a participant);
        # "the principal members of his party" who shook hands with Mao and "other Chinese
        # leaders" (unnamed); the "People's Daily" editorial (a publication). Kept as they stand:
        # the column's ellipses ("…", "... .") and the line "Published in Dawn, May 12th, 2024"
        # (an outlet line, not annotated, as dev_3402 and dev_4001). The excerpt begins at the
        # dateline (the column's headline is not in it). Removed: at the end, the page's blocks
        # after the "Published in Dawn" line ("Opinion", "Editorial" and the headlines, dates and
        # teasers of five later editorials: "Bilateral progress", "Bracing for impact", "Unfair
        # burden", "Successful summit", "Failed tax target").
    ],
    roles=[("the Chinese leader", "mao_zedong"), ("the Prime Minister", "zulfikar_ali_bhutto")],
)

A["dev_9704_nixon_diaz_ordaz_puerto_vallarta"] = dict(
    actors={
        "richard_nixon": ["Richard Nixon"],
        # New key.
        "gustavo_diaz_ordaz": ["Gustavo Diaz Ordaz", "Lame Duck President Diaz Ordaz", "Diaz Ordaz"],
        # New keys.
        "richard_burton": ["Richard Burton"],
        "elizabeth_taylor": ["Elizabeth Taylor"],
        "francisco_medina_ascencio": ["Governor Francisco Medina Ascencio", "Francisco Medina Ascencio"],
        "white_house": ["White House"],
    },
    meetings=[
        # "the President was making an end run south of the border to see Lame Duck President
        # Diaz Ordaz" ("The Presidents announced agreement": the same meeting) -> held, date null
        # (not given), Puerto Vallarta (the town prepared for the two presidents; see the notes).
        M(["richard_nixon", "gustavo_diaz_ordaz"], None, "Puerto Vallarta", IP, H,
          "En route to his third working vacation of the summer at San Clemente, Calif., the President was making an end run south of the border to see Lame Duck President Diaz Ordaz."),
        # Not rows: "Richard Burton and Elizabeth Taylor visited there for the filming of Night
        # of the Iguana in 1963" (a visit to a town, no host); Governor Medina Ascencio "purred"
        # (a statement); "White House aides" and "the ministerial level" (unnamed); the
        # "secret service men", troops and volunteers (unnamed). "Night of the Iguana" is a film
        # (not an actor). Removed: at the end, the cut-off last sentence ("Tiny islands that have
        # been under disputed sovereignty were apportio"). The excerpt has no site header.
    ],
    roles=[("the President", "richard_nixon")],
)

A["dev_9705_dubcek_brezhnev_moscow"] = dict(
    actors={
        "alexander_dubcek": ["Mr Alexander Dubcek", "Alexander Dubcek", "Mr Dubcek"],
        "leonid_brezhnev": ["Mr Leonid Brezhnev", "Leonid Brezhnev", "Mr Brezhnev"],
        # "the Prime Minister, Mr Oldrich Cemik": Oldrich Cernik, written "Cemik" by the OCR
        # (kept as written; new key under the name's usual spelling).
        "oldrich_cernik": ["Mr Oldrich Cemik", "Oldrich Cemik"],
        "gustav_husak": ["Mr Gustav Husak", "Gustav Husak"],
        "alexei_kosygin": ["Mr Alexei Kosygin", "Alexei Kosygin"],
        # "President Nikolai Podgomy": Podgorny, written "Podgomy" by the OCR.
        "nikolai_podgorny": ["President Nikolai Podgomy", "Nikolai Podgomy"],
        "izvestia": ["Izvestia"],
        "tass": ["Tass"],
        "kremlin": ["Kremlin"],
        # "the Czechoslovak Communist Party chief" (new key).
        "communist_party_of_czechoslovakia": ["Czechoslovak Communist Party"],
        # "the Soviet Party's General Secretary".
        "communist_party_of_the_soviet_union": ["Soviet Party"],
        # "the Slovak party chief" (new key).
        "communist_party_of_slovakia": ["Slovak party"],
        # "the Soviet Government newspaper" (new key).
        "soviet_government": ["Soviet Government"],
    },
    meetings=[
        # "Discussions began yesterday within an hour of the arrival of Mr Alexander Dubcek ...
        # to a welcoming bear hug and kisses from Mr Leonid Brezhnev" -> held, 1968-10-03,
        # Moscow (the dateline).
        M(["alexander_dubcek", "leonid_brezhnev"], "1968-10-03", "Moscow",
          IP, H,
          "Discussions began yesterday within an hour of the arrival of Mr Alexander Dubcek, the Czechoslovak Communist Party chief, to a welcoming bear hug and kisses from Mr Leonid Brezhnev, the Soviet Party’s General Secretary."),
        # "Czechoslovak and Soviet leaders were having fresh talks in Moscow today" -> the second
        # day of the same talks (one row per day, as dev_6402): held, 1968-10-04, Moscow;
        # required False (the leaders are not named in the sentence; see the notes).
        M(["alexander_dubcek", "leonid_brezhnev"], "1968-10-04", "Moscow", IP, H,
          "Czechoslovak and Soviet leaders were having fresh talks in Moscow today which could lead to tough new Russian demands for stern measures against what the Kremlin calls “anti-Socialist forces” in Prague.",
          False),
        # "the hugs and kisses for the Prague leaders from Mr Brezhnev, the Prime Minister, Mr
        # Alexei Kosygin, and President Nikolai Podgomy" (at the airport, on the arrival of
        # "yesterday") -> Dubcek greeted by Kosygin and by Podgorny: held, 1968-10-03, Moscow;
        # required False (an arrival greeting; their part in the talks is not stated). The
        # Brezhnev greeting is part of the first row.
        M(["alexander_dubcek", "alexei_kosygin"], "1968-10-03", "Moscow", IP, H,
          "In spite of the hugs and kisses for the Prague leaders from Mr Brezhnev, the Prime Minister, Mr Alexei Kosygin, and President Nikolai Podgomy, there were signs of Soviet coolness.",
          False),
        M(["alexander_dubcek", "nikolai_podgorny"], "1968-10-03", "Moscow", IP, H,
          "In spite of the hugs and kisses for the Prague leaders from Mr Brezhnev, the Prime Minister, Mr Alexei Kosygin, and President Nikolai Podgomy, there were signs of Soviet coolness.",
          False),
        # Not rows: "With Mr Dubcek were the Prime Minister, Mr Oldrich Cemik, and the Slovak party
        # chief, Mr Gustav Husak" (accompanying the visitor, not made participants; see the
        # notes); "Mr Dubcek told Communist reporters" (a statement); "The Kremlin chiefs did not
        # leave the airport terminal building to meet the Czechoslovak's plane" (a welcome not
        # given); Izvestia's complaint and Tass's report (publications); "Moscow television
        # news" and "An announcer" (unnamed). "(N.Z. P.A. -Reuter—Copyright)" is the agency
        # credit (not annotated). The line break inside "the visit “Izvestia” / reported" is
        # kept as it stands. Removed: at the start, the page's twenty "Article image" lines; at
        # the end, the cut-off last sentence, a paragraph of its own ("i There was no official
        # stateI ment on the opening of s the talks but Czechoslovak - sources said they lasted
        # about 1 three").
    ],
    roles=[("the Czechoslovak Communist Party chief", "alexander_dubcek"),
           ("the Soviet Party’s General Secretary", "leonid_brezhnev"),
           ("the Slovak party chief", "gustav_husak")],
)

A["dev_9706_de_klerk_babangida_abuja"] = dict(
    actors={
        "f_w_de_klerk": ["President F.W. de Klerk", "F.W. de Klerk", "De Klerk", "de Klerk"],
        "ibrahim_babangida": ["Nigeria's President Ibrahim Babangida", "Ibrahim Babangida", "Babangida"],
        "organization_of_african_unity": ["Organization of African Unity"],
        "nelson_mandela": ["Nelson Mandela"],
        # New key.
        "desmond_tutu": ["Archbishop Desmond Tutu", "Desmond Tutu"],
    },
    meetings=[
        # "President F.W. de Klerk was welcomed to Nigeria ... by its leader" ("its leader" =
        # Babangida, named in the next sentence; "The symbolism of the meeting", "he was greeted
        # on Thursday", Babangida's words of welcome "said to de Klerk": the same two-day visit,
        # one row dated to the welcome) -> held, 1992-04-09, Abuja (the dateline; "this newly
        # established capital").
        M(["f_w_de_klerk", "ibrahim_babangida"], "1992-04-09", "Abuja", IP, H,
          "ABUJA, Nigeria -- South Africa's drive to win acceptance from the rest of the continent took its most significant strive forward on Thursday when President F.W. de Klerk was welcomed to Nigeria, Black Africa's most populous and richest country, by its leader."),
        # Not rows: "at the invitation of Nigeria's President Ibrahim Babangida" (the invitation
        # to the visit of the row above); the referendum, the Ivory Coast's "announcement" of
        # diplomatic relations (no meeting); Mandela and Tutu (named in a comparison, no
        # meeting). Nothing removed at the start (the excerpt begins with the dateline; no
        # headline). Removed: at the end, the site's line "Copyright © 2021, Sun Sentinel".
    ],
    roles=[("its leader", "ibrahim_babangida"), ("the South African leader", "f_w_de_klerk"),
           ("the leader of South African's white minority government", "f_w_de_klerk")],
)

_CALL = "Georgian Prime Minister Irakli Garibashvili and his Armenian counterpart Prime Minister Nikol Pashinyan held a phone conversation – the second this month – on 16 November."
A["test_9707_garibashvili_pashinyan_call"] = dict(
    actors={
        "irakli_garibashvili": ["Georgian Prime Minister Irakli Garibashvili", "Irakli Garibashvili"],
        "nikol_pashinyan": ["Prime Minister Nikol Pashinyan", "Nikol Pashinyan"],
        "government_of_georgia": ["Georgian government"],
        # New key.
        "georgia_armenia_interdepartmental_commission": ["Georgia-Armenia Interdepartmental Commission"],
    },
    meetings=[
        # "held a phone conversation ... on 16 November" -> phone, held, 2022-11-16, place null.
        M(["irakli_garibashvili", "nikol_pashinyan"], "2022-11-16", None, PH, H, _CALL),
        # "– the second this month –" -> an earlier call of the same two in November 2022:
        # phone, held, date null (no day given), place null; required False (known only from a
        # count; see the notes).
        M(["irakli_garibashvili", "nikol_pashinyan"], None, None, PH, H, _CALL, False),
        # Not rows: "They also agreed to hold a meeting of the Georgia-Armenia Interdepartmental
        # Commission in Yerevan in early 2023" (a commission of unnamed officials); the
        # government's press release (a statement). Removed: at the start, the search tool's
        # date prefix (" date 2022-11-16 "); at the end, the site's lines "Also Read:" and "This
        # post is also available in: ქართული (Georgian) Русский (Russian)". The excerpt has no
        # headline.
    ],
    roles=[("his Armenian counterpart", "nikol_pashinyan"), ("Georgian Prime Minister", "irakli_garibashvili")],
)

_BEFORE = "Before meeting Mr Singh, the Bangladeshi premier held talks with Indian Commerce Minister Kamal Nath and the president of the governing Congress party, Sonia Gandhi."
A["dev_9708_singh_khaleda_zia_delhi"] = dict(
    actors={
        "manmohan_singh": ["Prime Minister Manmohan Singh", "Indian PM Manmohan Singh", "Manmohan Singh",
                           "Mr Singh"],
        "khaleda_zia": ["Bangladesh's PM Khaleda Zia", "Khaleda Zia", "Ms Zia"],
        # New key.
        "kamal_nath": ["Indian Commerce Minister Kamal Nath", "Kamal Nath"],
        "sonia_gandhi": ["Sonia Gandhi"],
        "indian_national_congress": ["Congress party"],
        "apj_abdul_kalam": ["Indian President APJ Abdul Kalam", "APJ Abdul Kalam"],
        "navtej_sarna": ["Indian foreign ministry spokesman Navtej Sarna", "Navtej Sarna"],
        "ministry_of_external_affairs_india": ["Indian foreign ministry"],
        "border_security_force": ["Border Security Force", "BSF"],
        "reuters": ["Reuters"],
        # New key.
        "somesh_goyal": ["BSF Inspector General Somesh Goyal", "Somesh Goyal"],
    },
    meetings=[
        # "Prime Minister Manmohan Singh met his Bangladeshi counterpart, Khaleda Zia, in
        # Delhi." (the ceremonial welcome and "the talks": the same visit) -> held, date null
        # (no day given; see the notes), Delhi.
        M(["manmohan_singh", "khaleda_zia"], None, "Delhi", IP, H,
          "The move came after Prime Minister Manmohan Singh met his Bangladeshi counterpart, Khaleda Zia, in Delhi."),
        # "the Bangladeshi premier held talks with Indian Commerce Minister Kamal Nath and the
        # president of the governing Congress party, Sonia Gandhi" -> two bilaterals (as
        # dev_032's "met X and Y"), held, date null, Delhi (the city of the visit); no
        # Kamal Nath-Sonia Gandhi row.
        M(["khaleda_zia", "kamal_nath"], None, "Delhi", IP, H, _BEFORE),
        M(["khaleda_zia", "sonia_gandhi"], None, "Delhi", IP, H, _BEFORE),
        # "Ms Zia also met Indian President APJ Abdul Kalam." -> held, date null, Delhi.
        M(["khaleda_zia", "apj_abdul_kalam"], None, "Delhi", IP, H,
          "Ms Zia also met Indian President APJ Abdul Kalam."),
        # Not rows: "both leaders agreed to hold more frequent and regular secretary-level
        # meetings" (meetings of unnamed officials); the joint statement and Navtej Sarna's
        # words (statements); Singh "told journalists" (a statement); the BSF "told the Reuters
        # news agency" and Somesh Goyal "said" (statements). The captions ("Khaleda Zia during
        # the guard of honour in Delhi", "Ms Zia is visiting Delhi ...", "Indian PM Manmohan
        # Singh and Bangladesh's PM Khaleda Zia", "Both leaders agreed ..."), the pull quote with
        # its attribution line and the subhead "'Illegal immigration'" are kept as they stand.
        # Removed: at the start, the site lines "[an error occurred while processing this
        # directive]", "BBC News" and "watch One-Minute World News"; at the end, the cut-off
        # last sentence, a paragraph of its own ("\"We are deployin"). The "Last Updated" line
        # is kept, as it carries the date.
    ],
    roles=[("his Bangladeshi counterpart", "khaleda_zia"), ("the Bangladeshi premier", "khaleda_zia"),
           ("the president of the governing Congress party", "sonia_gandhi"),
           ("Indian President", "apj_abdul_kalam"), ("Indian Commerce Minister", "kamal_nath"),
           ("Indian foreign ministry spokesman", "navtej_sarna")],
)

A["dev_9709_mulroney_reagan_washington"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "ronald_reagan": ["President Ronald Reagan", "Ronald Reagan", "Reagan"],
        # New key.
        "jim_wright": ["Democratic House Speaker Jim Wright", "Jim Wright"],
        "corazon_aquino": ["Cory Aquino"],
        "us_congress": ["Congress"],
        "us_house_of_representatives": ["House of Representatives", "House"],
        "us_senate": ["Senate"],
        # "Democratic House Speaker" (the adjective, as 48b's "Republican").
        "democratic_party_us": ["Democratic"],
    },
    meetings=[
        # "in the fourth and likely final bilateral summit with President Ronald Reagan,
        # Mulroney was unable to make any significant headway" ("last week's get-together": the
        # same) -> held, date null ("last week", a range), Washington ("his two-day visit to
        # Washington").
        M(["brian_mulroney", "ronald_reagan"], None, "Washington", IP, H,
          "Still, in the fourth and likely final bilateral summit with President Ronald Reagan, Mulroney was unable to make any significant headway on the issue of acid rain."),
        # Not rows: "the first three summit meetings between Mulroney and Reagan" (a count);
        # Mulroney's "first address to Congress" (a speech) and the senators, congressmen,
        # pages and staff in the chamber (an audience, unnamed); Jim Wright's remark (a
        # statement); "Canadian officials" (unnamed); the Senate vote (no meeting). "IAN AUSTEN"
        # is the byline (not annotated). The archive's header lines (the headline three times and
        # the byline line twice) are kept as they stand; so is the line break inside the
        # evidence sentence ("bilateral / summit"). Removed: at the end, the cut-off last sentence
        # ("There was no repetition").
    ],
    roles=[("the Filipino leader", "corazon_aquino"), ("Democratic House Speaker", "jim_wright")],
)

_ASSAD = "Assad, the first Syrian head of state to visit Turkey since Syria became independent in 1946, was to meet with his Turkish counterpart Ahmet Necdet Sezer and Turkish Prime Minister Recep Tayyip Erdogan and other senior Turkish officials."
A["dev_9710_assad_sezer_turkey_visit"] = dict(
    actors={
        "bashar_al_assad": ["Syria's President Bashar al-Assad", "Bashar al-Assad", "President Assad", "Assad"],
        # "his wife Asma" (new key).
        "asma_al_assad": ["Asma"],
        # New key.
        "ahmet_necdet_sezer": ["Ahmet Necdet Sezer"],
        "recep_tayyip_erdogan": ["Turkish Prime Minister Recep Tayyip Erdogan", "Recep Tayyip Erdogan"],
        # New keys.
        "cnn_turk": ["CNN-Turk"],
        "ahmet_oguz_celikkol": ["Ahmet Oguz Celikkol"],
    },
    meetings=[
        # "was to meet with his Turkish counterpart Ahmet Necdet Sezer and Turkish Prime Minister
        # Recep Tayyip Erdogan and other senior Turkish officials" -> two planned meetings (one
        # row per named host, as 48b's Zhu Rongji), date null (no day given for the meetings of
        # the three-day visit), Turkey (no city given).
        M(["bashar_al_assad", "ahmet_necdet_sezer"], None, "Turkey", IP, P, _ASSAD),
        M(["bashar_al_assad", "recep_tayyip_erdogan"], None, "Turkey", IP, P, _ASSAD),
        # Not rows: "his first state-visit to Turkey on Tuesday" (the visit whose meetings are
        # the rows above); Asma "accompanied" him (not a participant); "other senior Turkish
        # officials" (unnamed); "an interview to CNN-Turk" (a media interview); Celikkol's
        # "remarks published earlier this week" (a statement); the agreements and the
        # tourist protocol to be signed (no signatories named). "Ankara" stands for the
        # Turkish government (a place, not annotated). Kept as they stand: the outlet's lines
        # "Al Bawaba" (twice, below the date line; not annotated) and the blank lines holding a
        # single space. Nothing removed: the excerpt is the whole stored text.
    ],
    roles=[("his Turkish counterpart", "ahmet_necdet_sezer"), ("the Syrian leader", "bashar_al_assad"),
           ("Turkey's Ambassador to Syria", "ahmet_oguz_celikkol"), ("The envoy", "ahmet_oguz_celikkol"),
           ("his wife", "asma_al_assad")],
)

_EU = "In the session to open in the afternoon, Moon is expected to focus discussions with EU Council President Charles Michel and European Commission President Ursula von der Leyen on ways to cope with the COVID-19 crisis and strengthen cooperation on the Korean Peninsula issue."
A["test_9711_moon_eu_leaders_virtual"] = dict(
    actors={
        "moon_jae_in": ["South Korean President Moon Jae-in", "Moon Jae-in", "Moon"],
        "charles_michel": ["EU Council President Charles Michel", "Charles Michel"],
        "ursula_von_der_leyen": ["European Commission President Ursula von der Leyen", "Ursula von der Leyen"],
        "european_union": ["European Union", "EU"],
        "european_council": ["EU Council"],
        "european_commission": ["European Commission"],
        "cheong_wa_dae": ["Cheong Wa Dae"],
        # New key.
        "kang_min_seok": ["Cheong Wa Dae spokesman Kang Min-seok", "Kang Min-seok"],
    },
    meetings=[
        # "will hold a virtual summit with European Union leaders later Tuesday" / "Moon is
        # expected to focus discussions with EU Council President Charles Michel and European
        # Commission President Ursula von der Leyen" -> a video meeting of three named people:
        # one row per pair, planned, 2020-06-30, place null (a video meeting); the two EU
        # leaders' pair required False (the same side, as the same-delegation pairs of earlier
        # batches).
        M(["moon_jae_in", "charles_michel"], "2020-06-30", None, VID, P, _EU),
        M(["moon_jae_in", "ursula_von_der_leyen"], "2020-06-30", None, VID, P, _EU),
        M(["charles_michel", "ursula_von_der_leyen"], "2020-06-30", None, VID, P, _EU, False),
        # Not rows: "South Korea and the EU initially planned to hold an in-person summit in
        # Seoul in the first half of 2020" (a plan given up for the video summit; no leaders
        # named); "Cheong Wa Dae said" and Kang Min-seok's words (statements); the FTA signed
        # "In October 2010" (an agreement of states; no signatories named). "(Yonhap)" in the
        # dateline is the agency credit (not annotated). Removed: at the start, the search
        # tool's date prefix (" date 2020-06-30 "). Nothing removed at the end (the excerpt's
        # last sentence is whole).
    ],
    roles=[("South Korean President", "moon_jae_in"), ("EU Council President", "charles_michel"),
           ("European Commission President", "ursula_von_der_leyen"),
           ("Cheong Wa Dae spokesman", "kang_min_seok")],
)

_WELCOME = "Prime Minister Turnbull and Mrs Turnbull warmly welcomed Prime Minister Key and Mrs Key to Australia."
A["dev_9712_turnbull_key_sydney"] = dict(
    actors={
        "malcolm_turnbull": ["Prime Minister the Hon Malcolm Turnbull MP", "Malcolm Turnbull",
                             "Prime Minister Turnbull", "Turnbull"],
        "john_key": ["Prime Minister the Rt Hon John Key", "John Key", "Prime Minister Key", "Key"],
        # "Mrs Turnbull" and "Mrs Key": the two Prime Ministers' wives, named only so; new keys
        # under their full names (see the notes).
        "lucy_turnbull": ["Mrs Turnbull"],
        "bronagh_key": ["Mrs Key"],
    },
    meetings=[
        # "met in Sydney on 19 February 2016 for the annual Australia-New Zealand Leaders'
        # Meeting" ("The two leaders held substantive and wide-ranging discussions": the same)
        # -> held, 2016-02-19, Sydney.
        M(["malcolm_turnbull", "john_key"], "2016-02-19", "Sydney", IP, H,
          "Prime Minister the Hon Malcolm Turnbull MP and Prime Minister the Rt Hon John Key met in Sydney on 19 February 2016 for the annual Australia-New Zealand Leaders' Meeting."),
        # "Prime Minister Turnbull and Mrs Turnbull warmly welcomed Prime Minister Key and Mrs
        # Key to Australia." -> the welcome of the two couples: the cross pairs with a spouse
        # (the Turnbull-Key pair is the first row), held, date null (the welcome is given no
        # day), Australia ("to Australia"); required False (a welcome, as 48b's greeting of two
        # couples). No row for either couple itself.
        M(["malcolm_turnbull", "bronagh_key"], None, "Australia", IP, H, _WELCOME, False),
        M(["lucy_turnbull", "john_key"], None, "Australia", IP, H, _WELCOME, False),
        M(["lucy_turnbull", "bronagh_key"], None, "Australia", IP, H, _WELCOME, False),
        # Not rows: "engage with senior representatives of the Australian and New Zealand
        # business communities" (unnamed); Turnbull's "announcement" (a statement); the
        # agreements (no meeting of their own). Kept as they stand: the page title standing
        # twice and the subhead "People/Immigration Issues". Removed: at the start, the site
        # lines "Skip to main content", "New Zealand" (the section label) and "Flag of New
        # Zealand" (an image label); at the end, the cut-off last sentence ("The Prime Ministers
        # welcomed the good progress made to expedite cases, improve communications").
    ],
    roles=[],
)
