"""Accuracy corpus, batch 42b: 12 new articles about meetings between political actors, all
published in even years, from the 1960s, 1990s, 2000s, 2010s and 2020s (1960s: three, 1990s:
two, 2000s: three, 2010s: two, 2020s: two; five of the twelve from before 2000), over eleven
regions (Central Asia/Caucasus: two; East Asia, Southeast Asia, South Asia, Middle East, Africa,
Latin America, North America, Eastern Europe/Russia, Oceania, Western Europe: one each).
Outlets/sites: Bangla2000 (an AP story), The Press (Christchurch) via Papers Past (twice), India
Travel Times, the khaddam.net archive (a UPI story), Ghana Business News, Time (the text mirror
at 20.210.105.67), National Newswatch, ABC News (Australia), The Frontier Post (a RIA Novosti
story), the ismaili.net timeline (an Interfax story) and The Armenian Mirror-Spectator; some of
these sites were used before, the pages are new. Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_42b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-41b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_83NN_<slug>` / `test_83NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "May 12, 2000" (a Friday; also the URL's 5-12-2000) and the AP
    # dateline "TOKYO, MAY 11" (a Thursday): "Thursday" = 2000-05-11 (the same day in either
    # reading), "on Wednesday" / "Wednesday" = 2000-05-10, "on Tuesday" (China's criticism; no
    # row) = 2000-05-09; "mid-October" -> no date.
    ("dev_8301_mori_tang_tokyo", "East Asia", "2000s", "Associated Press, via Bangla2000 (bangla2000.com)", "http://bangla2000.com/News/Archive/International/5-12-2000/news_detail2.html", "2000-05-12"),
    # The URL's CHP19660526 (The Press, Christchurch, 26 May 1966, a Thursday) and the dateline
    # "KUALA LUMPUR, May 25" (a Wednesday): "today" = 1966-05-25 (the Tunku's announcement);
    # the meeting with Thanom is not given a day ("His announcement followed a meeting") -> no
    # date; "on Friday" (the talks' abandoned first schedule) = 1966-05-27, "this weekend" /
    # "during the weekend" -> no date; "yesterday" (Malik's statement; no row) = 1966-05-24.
    ("dev_8302_tunku_thanom_cameron_highlands", "Southeast Asia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19660526.2.164?items_per_page=100&page=16&query=%22bangkok%22&snippet=true", "1966-05-26"),
    # The site's date line "Dateline New Delhi, Wednesday, June 7, 2006" (a Wednesday, checked;
    # also the URL's june0706): "on Wednesday" = 2006-06-07; "on Tuesday evening" (the arrival
    # and the airport reception) = 2006-06-06; the planned calls are not given a day.
    ("test_8303_koirala_manmohan_delhi", "South Asia", "2000s", "India Travel Times (indiatraveltimes.com)", "http://www.indiatraveltimes.com/news/news2006/june06/june0706_news1.html", "2006-06-07"),
    # The page's line "Publishing date: 1996-02-27" (a Tuesday): "arrived Tuesday" = 1996-02-27
    # (the talks of that day), "Thursday" = 1996-02-29 (1996 is a leap year); "since November",
    # "in November" -> no date.
    ("dev_8304_habibi_khaddam_damascus", "Middle East", "1990s", "United Press International, via the khaddam.net archive (khaddam.net)", "https://khaddam.net/articles/iranian-officials-meet-syrian-leaders/", "1996-02-27"),
    # The search result's date field 2018-09-18 (a Tuesday; removed with the tool's date prefix)
    # and the URL's 2018/09/18: "on Tuesday" = 2018-09-18; "last year" -> no date.
    ("dev_8305_akufo_addo_kabore_accra", "Africa", "2010s", "Ghana Business News (ghanabusinessnews.com)", "https://www.ghanabusinessnews.com/2018/09/18/burkinas-kabore-in-ghana-for-two-day-visit/", "2018-09-18"),
    # The issue line "Friday, Jul. 12, 1968" (a Friday; also the URL's 1968-07-12): "Last week"
    # (the San Salvador trip; no row) and "Before leaving Texas" (the Barrientos talks) -> no
    # date.
    ("dev_8306_johnson_barrientos_san_salvador", "Latin America", "1960s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1968/1968-07-12/712120.html", "1968-07-12"),
    # The URL's 2022/06/15 (a Wednesday): "on this date in 1976" = 1976-06-15 (a Tuesday); the
    # Ford-Kissinger meeting "only minutes before" = the same day; "in 1979, almost to the day"
    # (no row) -> no date.
    ("test_8307_ford_kissinger_clark_oval_office", "North America", "2020s", "National Newswatch (nationalnewswatch.com)", "https://www.nationalnewswatch.com/2022/06/15/today-in-canadas-political-history-mr-clark-goes-to-washington/", "2022-06-15"),
    # The URL's CHP19680827 (The Press, Christchurch, 27 August 1968, a Tuesday) and the dateline
    # "BUCHAREST, August 25" (a Sunday): "today" = 1968-08-25 (the Politburo meeting; no row),
    # "yesterday" = 1968-08-24 (Ceausescu-Tito); the Basov call is not given a day ("came
    # after a call"); "10 days ago" -> no date (as "three weeks ago" in ANNOTATION.md); "on
    # Wednesday" (the speech; no row) = 1968-08-21.
    ("dev_8308_ceausescu_tito_border_town", "Eastern Europe/Russia", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19680827.2.6", "1968-08-27"),
    # The page's lines "Updated July 15, 2008 21:52:00" / "First posted July 15, 2008 19:37:00"
    # (a Tuesday; also the URL's 2008-07-15): "tomorrow" = 2008-07-16; the talks with
    # Bainimarama are not given a day ("has described talks"); "next month", "by March next
    # year" -> no date.
    ("dev_8309_smith_bainimarama_fiji", "Oceania", "2000s", "ABC News (abc.net.au)", "http://www.abc.net.au/news/2008-07-15/smith-says-fiji-talks-worthwhile/439968", "2008-07-15"),
    # The search result's date field 2022-05-13 (a Friday; removed with the tool's date
    # prefix): "on Friday" = 2022-05-13, "On Thursday" (the joint statement; no row) =
    # 2022-05-12; "on February 24" (no meeting).
    ("dev_8310_niinisto_andersson_biden_call", "Western Europe", "2020s", "The Frontier Post (thefrontierpost.com; RIA Novosti)", "https://thefrontierpost.com/biden-calls-leaders-of-finland-and-sweden/?utm_source=rss&utm_medium=rss&utm_campaign=biden-calls-leaders-of-finland-and-sweden", "2022-05-13"),
    # The page's header "Tue, 12 Nov 96 14:10:34 EST" (1996-11-12, a Tuesday; also the URL's
    # 961112) and the Interfax dateline "MOSCOW, Nov 11" (a Monday): "last Sunday" = 1996-11-10
    # (the same day from either date), "Monday" (the interview; no row) = 1996-11-11.
    ("test_8311_aga_khan_abdullajanov_moscow", "Central Asia/Caucasus", "1990s", "Interfax, via the ismaili.net timeline (ismaili.net)", "http://ismaili.net/timeline/1996/961112.html", "1996-11-12"),
    # The URL's 2018/09/13 (a Thursday): "on Monday, September 10" = 2018-09-10 (a Monday,
    # checked); the caption's "September 10" the same day; "in June" -> no date.
    ("dev_8312_pashinyan_bakhtadze_yerevan", "Central Asia/Caucasus", "2010s", "The Armenian Mirror-Spectator (mirrorspectator.com)", "https://mirrorspectator.com/2018/09/13/georgian-prime-minister-visits-armenia/", "2018-09-13"),
]

A = {}

A["dev_8301_mori_tang_tokyo"] = dict(
    actors={
        "yoshiro_mori": ["Yoshiro Mori", "Mori"],
        "tang_jiaxuan": ["Chinese Foreign Minister Tang Jiaxuan", "Tang Jiaxuan", "Tang"],
        "kazuhiko_koshikawa": ["Kazuhiko Koshikawa", "Koshikawa"],
        "prime_ministers_office_japan": ["prime minister's office"],
        "jiang_zemin": ["Chinese President Jiang Zemin", "Jiang Zemin"],
        "yohei_kono": ["Japanese Foreign Minister Yohei Kono", "Yohei Kono"],
        "zhu_rongji": ["Chinese Premier Zhu Rongji", "Zhu Rongji"],
    },
    meetings=[
        # "Japan's prime minister urged visiting Chinese Foreign Minister Tang Jiaxuan Thursday"
        # + "During a one-hour meeting at the prime minister's official residence, Yoshiro Mori
        # told Tang ..." ("their talk Thursday" is the same) -> held, 2000-05-11, Tokyo
        # (dateline; the official residence).
        M(["yoshiro_mori", "tang_jiaxuan"], "2000-05-11", "Tokyo", IP, H,
          "During a one-hour meeting at the prime minister's official residence, Yoshiro Mori told Tang that he hoped that Beijing and Taipei will \"resolve their problems in a peaceful manner as quickly as possible,\" said Kazuhiko Koshikawa, a spokesman for the prime minister's office."),
        # "During a meeting Wednesday between Tang with Japanese Foreign Minister Yohei Kono" (sic
        # "between ... with") -> held, 2000-05-10; place Tokyo (the dateline; Tang "arrived in
        # Tokyo on Wednesday").
        M(["tang_jiaxuan", "yohei_kono"], "2000-05-10", "Tokyo", IP, H,
          "During a meeting Wednesday between Tang with Japanese Foreign Minister Yohei Kono, the two sides agreed that Chinese Premier Zhu Rongji will visit Japan in mid-October, the spokesman said."),
        # Not rows: "Chinese Premier Zhu Rongji will visit Japan in mid-October" (a visit to a
        # country, no host named); Tang's "four days of visits with Japanese political leaders,
        # economic groups and nongovernmental organizations" (no one named); China's criticism
        # "on Tuesday" and the quotation of Jiang Zemin (statements). "(AP)" in the dateline is
        # the agency credit (not annotated). Removed: at the start, the site's line "Change
        # Your Life! |"; inside the text, the table lines "News |" and "|" between the headline
        # and the date line; at the end, a last "|" line. The headline's trailing " |" (table
        # residue) is kept as it stands.
    ],
    roles=[("Japan's prime minister", "yoshiro_mori"), ("Chinese Foreign Minister", "tang_jiaxuan"),
           ("a spokesman for the prime minister's office", "kazuhiko_koshikawa"),
           ("the spokesman", "kazuhiko_koshikawa"), ("Japanese Foreign Minister", "yohei_kono"),
           ("Chinese Premier", "zhu_rongji"), ("Chinese President", "jiang_zemin")],
)

A["dev_8302_tunku_thanom_cameron_highlands"] = dict(
    actors={
        "tunku_abdul_rahman": ["Tunku Abdul Rahman", "Tunku"],
        "thanom_kittikachorn": ["FieldMarshal Thanom Kittikachorn", "Thanom Kittikachorn"],
        "abdul_razak": ["Tun Abdul Razak"],
        # Written "Mr Adam Maiik" (OCR) once and "Mr Malik" once.
        "adam_malik": ["Mr Adam Maiik", "Adam Maiik", "Mr Malik", "Malik"],
    },
    meetings=[
        # "His announcement followed a meeting with the visiting Thai Prime Minister,
        # FieldMarshal Thanom Kittikachorn." ("His" = the Tunku, speaking "today" at Cameron
        # Highlands) -> held; date null (the announcement is dated, the meeting is only said to
        # precede it); place Cameron Highlands (where the Tunku spoke after the meeting; the
        # dateline is Kuala Lumpur).
        M(["tunku_abdul_rahman", "thanom_kittikachorn"], None, "Cameron Highlands", IP, H,
          "His announcement followed a meeting with the visiting Thai Prime Minister, FieldMarshal Thanom Kittikachorn."),
        # "the talks between Malaysia's Deputy Premier, Tun Abdul Razak, and Indonesia’s Foreign
        # Minister, Mr Adam Maiik, were scheduled to have been held in Bangkok on Friday" + "I
        # expect the talks to take place during the weekend" (the peace talks "expected to be
        # held in Bangkok this weekend" are the same) -> planned; date null (the Friday date is
        # abandoned, "the weekend" is a range); Bangkok.
        M(["abdul_razak", "adam_malik"], None, "Bangkok", IP, P,
          "The Tunku said originally the talks between Malaysia's Deputy Premier, Tun Abdul Razak, and Indonesia’s Foreign Minister, Mr Adam Maiik, were scheduled to have been held in Bangkok on Friday."),
        # Not rows: the Tunku speaking to reporters (a statement); Malik's statement "in Djakarta
        # yesterday"; "Thailand will he the host" (a state; sic "he"); "Indonesian leaders and
        # newspapers" (unnamed). "(N.Z.P.A.-Reuter —Copyright)" is the agency credit (not
        # annotated). Removed: at the start, Papers Past's thirty "Article image" lines; at the
        # end, the cut-off fragment "In the latest". OCR slips ("FieldMarshal", "Maiik", "al!",
        # "will he the host", "self-deter-mination", the run-in subhead "Borneo Peoples") and
        # the mixed quotation marks are kept.
    ],
    roles=[("the Malaysian Prime Minister", "tunku_abdul_rahman"),
           ("the visiting Thai Prime Minister", "thanom_kittikachorn"),
           ("Malaysia's Deputy Premier", "abdul_razak"), ("Indonesia’s Foreign Minister", "adam_malik")],
)

_KOIRALA_CALLS = "The Nepalese Prime Minister will also call on President A P J Abdul Kalam and Vice President Bhairon Singh Shekhawat besides meeting Defence Minister Pranab Mukherjee and Home Minister Shivraj Patil."
A["test_8303_koirala_manmohan_delhi"] = dict(
    actors={
        "girija_prasad_koirala": ["Nepalese Prime Minister Girija Prasad Koirala", "Girija Prasad Koirala", "Koirala"],
        # "Monmohan" (sic) in the headline; "Singh" alone is Manmohan Singh ("at the invitation
        # of Singh").
        "manmohan_singh": ["Manmohan Singh", "Monmohan", "Singh"],
        "apj_abdul_kalam": ["President A P J Abdul Kalam", "A P J Abdul Kalam"],
        "bhairon_singh_shekhawat": ["Vice President Bhairon Singh Shekhawat", "Bhairon Singh Shekhawat"],
        "pranab_mukherjee": ["Defence Minister Pranab Mukherjee", "Pranab Mukherjee"],
        "shivraj_patil": ["Home Minister Shivraj Patil", "Shivraj Patil"],
    },
    meetings=[
        # "Koirala met his Indian counterpart Manmohan Singh here on Wednesday" (the headline's
        # "hold talks" is the same) -> held, 2006-06-07, New Delhi ("New Delhi: ... here").
        M(["girija_prasad_koirala", "manmohan_singh"], "2006-06-07", "New Delhi", IP, H,
          "New Delhi: Nepalese Prime Minister Girija Prasad Koirala met his Indian counterpart Manmohan Singh here on Wednesday where the two leaders discussed measures to enhance bilateral relations with emphasis on rebuilding the economy in the Himalayan country."),
        # "will also call on President ... Kalam and Vice President ... Shekhawat besides meeting
        # Defence Minister ... Mukherjee and Home Minister ... Patil" -> four planned meetings
        # (separate interactions listed in one sentence), date null, place India (no city is
        # given for them; Koirala is on a visit to India).
        M(["girija_prasad_koirala", "apj_abdul_kalam"], None, "India", IP, P, _KOIRALA_CALLS),
        M(["girija_prasad_koirala", "bhairon_singh_shekhawat"], None, "India", IP, P, _KOIRALA_CALLS),
        M(["girija_prasad_koirala", "pranab_mukherjee"], None, "India", IP, P, _KOIRALA_CALLS),
        M(["girija_prasad_koirala", "shivraj_patil"], None, "India", IP, P, _KOIRALA_CALLS),
        # "the Prime Minister himself received him at the airport" ("the Prime Minister" =
        # Manmohan Singh; the arrival "on Tuesday evening") -> held, 2006-06-06, place India (the
        # airport's city is not given); required False (an arrival reception, as the tarmac
        # greeting and the bouquet welcome in ANNOTATION.md).
        M(["manmohan_singh", "girija_prasad_koirala"], "2006-06-06", "India", IP, H,
          "Nepalese officials accompanying the delegation were quoted as saying the Koirala was very happy that the Prime Minister himself received him at the airport.",
          False),
        # Not rows: Koirala's visit "at the invitation of Singh" (the invitation of the visit
        # reported above); India's expected budgetary support and the waiver of dues (no
        # meeting); "Nepalese officials" and the "41-member delegation" (unnamed). Removed: at
        # the start, nothing before the site's date line; inside the text, the site's menu
        # ("Home", "Window on India", "Ayurveda", "Yoga", "Cuisines", "Art & Culture",
        # "Pilgrimage", "Religion", "Fashion", "Festival", "Cinema", "Society", "History &
        # Legend") and the link "Back to Headlines" between the date line and the headline; at
        # the end, the last, cut-off sentence ("Koirala was sworn in as the Prime Minister of
        # Nepal ... led to the restoration of dem"), so King Gyanendra is not in the kept text.
        # The slips "Monmohan", "the Koirala" and "Koirala, 84 arrived" are kept.
    ],
    roles=[("his Indian counterpart", "manmohan_singh"), ("The Nepalese Prime Minister", "girija_prasad_koirala"),
           ("the Prime Minister", "manmohan_singh"), ("Vice President", "bhairon_singh_shekhawat"),
           ("Defence Minister", "pranab_mukherjee"), ("Home Minister", "shivraj_patil")],
)

_HABIBI = "Habibi, heading a delegation that also includes Foreign Minister Ali Akbar Velayati, met Syrian Vice President Abdel Halim Khaddam and Foreign Minister Farouk Sharaa, the source said."
A["dev_8304_habibi_khaddam_damascus"] = dict(
    actors={
        "hassan_habibi": ["Hassan Habibi", "Habibi"],
        "ali_akbar_velayati": ["Foreign Minister Ali Akbar Velayati", "Ali Akbar Velayati", "Velayati"],
        "abdul_halim_khaddam": ["Syrian Vice President Abdel Halim Khaddam", "Abdel Halim Khaddam"],
        "farouk_al_sharaa": ["Foreign Minister Farouk Sharaa", "Farouk Sharaa", "Sharaa"],
        "hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad"],
        "yitzhak_rabin": ["Israeli Prime Minister Yitzhak Rabin", "Yitzhak Rabin"],
        "saddam_hussein": ["Iraqi President Saddam Hussein", "Saddam Hussein"],
    },
    meetings=[
        # "Habibi, heading a delegation that also includes ... Velayati, met ... Khaddam and
        # Foreign Minister Farouk Sharaa" (the talks of his arrival "Tuesday in Damascus", where
        # he "spoke with Syrian officials") -> one meeting of three named participants: pair
        # rows, held, 1996-02-27, Damascus. Velayati is a delegation member (not a participant,
        # ANNOTATION.md). Khaddam-Sharaa (the same, host side) required False, as the
        # same-delegation pair of `dev_017`.
        M(["hassan_habibi", "abdul_halim_khaddam"], "1996-02-27", "Damascus", IP, H, _HABIBI),
        M(["hassan_habibi", "farouk_al_sharaa"], "1996-02-27", "Damascus", IP, H, _HABIBI),
        M(["abdul_halim_khaddam", "farouk_al_sharaa"], "1996-02-27", "Damascus", IP, H, _HABIBI, False),
        # "Habibi was expected to meet Thursday with Syrian President Hafez Assad." -> planned,
        # 1996-02-29, Damascus (the visit's city).
        M(["hassan_habibi", "hafez_al_assad"], "1996-02-29", "Damascus", IP, P,
          "Habibi was expected to meet Thursday with Syrian President Hafez Assad."),
        # "Sharaa and Velayati are also expected to discuss ..." -> planned talks of the two
        # foreign ministers, date null ("During three days of meetings"), Damascus.
        M(["farouk_al_sharaa", "ali_akbar_velayati"], None, "Damascus", IP, P,
          "Sharaa and Velayati are also expected to discuss the slayings of sons-in-law of Iraqi President Saddam Hussein and how such violence in Iraq could affect the stability of the region."),
        # Not rows: "Syrian officials are expected to brief the Iranians" (no one named on
        # either side); "Habibi twice postponed his visit to Syria since November" (postponed
        # visits, counted); Syria's support for the United Arab Emirates (states); Rabin's
        # assassination. "publisher: UPI" is the archive's outlet line (not annotated). Removed:
        # at the end, the archive's list "Recent Articles" with its link titles ("Khaddam’s
        # memoirs… “letters of love and threats” ..." and "Damascus releases the American pilot
        # ...").
    ],
    roles=[("Iran’s vice president", "hassan_habibi"), ("Syrian Vice President", "abdul_halim_khaddam"),
           ("Syrian President", "hafez_al_assad"), ("Israeli Prime Minister", "yitzhak_rabin"),
           ("Iraqi President", "saddam_hussein")],
)

A["dev_8305_akufo_addo_kabore_accra"] = dict(
    actors={
        "roch_marc_christian_kabore": ["Roch Marc Christian Kaboré", "Mr Kaboré", "Kaboré"],
        "nana_akufo_addo": ["President Nana Addo Dankwa Akufo-Addo", "Nana Addo Dankwa Akufo-Addo", "President Akufo-Addo", "Akufo-Addo"],
        "ghana_armed_forces": ["Ghana Armed Forces"],
        "ecowas": ["ECOWAS"],
    },
    meetings=[
        # "President ... Akufo-Addo received Mr Kaboré at the Jubilee House on Tuesday" ("Both
        # leaders are engaged in bilateral talks" is the same) -> held, 2018-09-18, Accra (the
        # Jubilee House, resolved to its city as "White House -> Washington" in ANNOTATION.md).
        M(["nana_akufo_addo", "roch_marc_christian_kabore"], "2018-09-18", "Accra", IP, H,
          "President Nana Addo Dankwa Akufo-Addo received Mr Kaboré at the Jubilee House on Tuesday after the Burkinabe President had inspected a full guard of Honour mounted by the Ghana Armed Forces."),
        # "the reception accorded him when he paid a visit to his country last year" (+ "Last
        # year, President Akufo-Addo paid a two-day official visit to Burkina Faso") -> held,
        # date null, Burkina Faso; required False (the host's part is implied by "the reception
        # accorded him", not stated as a meeting, as `test_8111`'s July 1977 visit).
        M(["nana_akufo_addo", "roch_marc_christian_kabore"], None, "Burkina Faso", IP, H,
          "The President Akufo-Addo thanked the Burkinabe President for visiting Ghana and for the reception accorded him when he paid a visit to his country last year.",
          False),
        # Not rows: "the governments of the two countries agreed" last year (governments); the
        # expected cooperation agreements (documents); the terror attacks; the guard of honour
        # (a ceremony). Removed: at the start, the search tool's date prefix (" date
        # 2018-09-18 "); at the end, the last, cut-off sentence ("They also decided to work
        # together ... under the auspices of the Af"). The excerpt has no headline. The slips
        # "Burkinabe Faso", "can collaboration", "The President Akufo-Addo" and "reign in" are
        # kept.
    ],
    roles=[("The President of Burkinabe Faso", "roch_marc_christian_kabore"),
           ("the Burkinabe President", "roch_marc_christian_kabore")],
)

A["dev_8306_johnson_barrientos_san_salvador"] = dict(
    actors={
        "lyndon_johnson": ["President Johnson", "Lyndon Johnson", "Johnson"],
        "rene_barrientos_ortuno": ["Rene Barrientos Ortuno"],
        "john_connally": ["Governor John Connally", "John Connally"],
        "johnson_administration": ["Administration"],
        "central_american_common_market": ["Central American Common Market"],
    },
    meetings=[
        # "Before leaving Texas, he conferred with Bolivia's President Rene Barrientos Ortuno at
        # the L.B.J. ranch" ("he" = President Johnson) -> held; date null (before the trip "Last
        # week", no day); place "L.B.J. ranch" (the most specific named locality, as Camp David
        # and Hyde Park in ANNOTATION.md).
        M(["lyndon_johnson", "rene_barrientos_ortuno"], None, "L.B.J. ranch", IP, H,
          "Before leaving Texas, he conferred with Bolivia's President Rene Barrientos Ortuno at the L.B.J. ranch and played host to ambassadors from 20 Latin countries at San Antonio's HemisFair, itself a symbol of inter-American solidarity."),
        # Not rows: Johnson's "minisummit with the presidents of five Central American
        # republics" in San Salvador ("the little summit", "The five isthmus Presidents will
        # discuss ...") -- a multilateral meeting whose other participants are named only by
        # their countries (as the APEC/ASEAN leaders of `dev_904`); the ambassadors from 20
        # Latin countries hosted at HemisFair and entertained at Connally's Picosa Ranch
        # (unnamed; a reception); the Independence Day speech. Removed: at the end, the last,
        # cut-off sentence ("The goals of those who met in Philadelphia, he told the
        # ambassadors, \"ar"). The slip "in-cluding" is kept.
    ],
    roles=[("the man still in office", "lyndon_johnson"), ("Bolivia's President", "rene_barrientos_ortuno")],
)

_CLARK = "Republican U.S. President Gerald R. Ford and his famed Secretary of State Henry Kissinger graciously granted a 45-minute private meeting in the Oval Office to Canada’s new Tory Leader of the Opposition, Joe Clark, on this date in 1976."
A["test_8307_ford_kissinger_clark_oval_office"] = dict(
    actors={
        "gerald_ford": ["Gerald R. Ford", "President Ford", "Ford"],
        "henry_kissinger": ["Secretary of State Henry Kissinger", "Henry Kissinger", "Kissinger"],
        "joe_clark": ["Joe Clark", "Clark"],
        "pierre_trudeau": ["Pierre Trudeau", "Trudeau"],
        "gerald_r_ford_library": ["Gerald R. Ford Presidential Library"],
    },
    meetings=[
        # "Ford and his famed Secretary of State Henry Kissinger graciously granted a 45-minute
        # private meeting in the Oval Office to ... Joe Clark, on this date in 1976" ("Minutes
        # later Clark arrived", "their talks", "photos of the meeting" are the same) -> Ford
        # and Kissinger both grant the meeting: participants; held, 1976-06-15, Washington (the
        # Oval Office / White House). The Ford-Kissinger pair of this meeting is the row below
        # (same pair, day and place: one row).
        M(["gerald_ford", "joe_clark"], "1976-06-15", "Washington", IP, H, _CLARK),
        M(["henry_kissinger", "joe_clark"], "1976-06-15", "Washington", IP, H, _CLARK),
        # "the comments ... made by Kissinger in a meeting with Ford only minutes before the
        # Canadian PM’s arrival at the White House" -> held, 1976-06-15, Washington. The
        # sentence runs on from the previous one without a space ("before.What Clark").
        M(["henry_kissinger", "gerald_ford"], "1976-06-15", "Washington", IP, H,
          "What Clark could not have known were the comments about him and Pierre Trudeau made by Kissinger in a meeting with Ford only minutes before the Canadian PM’s arrival at the White House."),
        # Not rows: Clark becoming prime minister "in 1979, almost to the day"; the transcript
        # at the Gerald R. Ford Presidential Library (a document); Kissinger's quoted remarks.
        # Removed: at the end, the author's biography glued to the caption ("Arthur Milnes is an
        # accomplished public historian ... the 175 year-old Frontenac Club Hotel."; an author
        # line, as bylines are left out, as `test_6611`), so Brian Mulroney, Stephen Harper and
        # Tom Axworthy are not in the kept text. The caption shortcode "[caption ...]" and the
        # missing spaces after full stops are kept as they stand.
    ],
    roles=[("Canada’s new Tory Leader of the Opposition", "joe_clark"), ("The rookie Canadian leader", "joe_clark"),
           # The text calls the arriving visitor "the Canadian PM" (Clark was Leader of the
           # Opposition; "Minutes later Clark arrived").
           ("the Canadian PM", "joe_clark"),
           ("his famed Secretary of State", "henry_kissinger"), ("the US Secretary of State", "henry_kissinger"),
           ("Republican U.S. President", "gerald_ford")],
)

A["dev_8308_ceausescu_tito_border_town"] = dict(
    actors={
        "nicolae_ceausescu": ["President Nicolae Ceausescu", "Nicolae Ceausescu", "Mr Ceausescu", "Ceausescu"],
        "josip_broz_tito": ["President Tito", "Tito"],
        "a_v_basov": ["Mr A. V. Basov", "A. V. Basov", "Mr Basov", "Basov"],
        "politburo_romanian_communist_party": ["Rumanian Politburo"],
        "romanian_communist_party": ["Communist Party"],
        "league_of_communists_of_yugoslavia": ["Jugoslav Communist Party"],
        "warsaw_pact": ["Warsaw Pact"],
    },
    meetings=[
        # "a call by the Soviet Ambassador, Mr A. V. Basov, on President Nicolae Ceausescu"
        # ("Mr Basov delivered a warning to the President") -> held; date null (the Politburo
        # meeting "today" came after it; the call's day is not given); place Bucharest (the
        # dateline, where the call on the President was made).
        M(["a_v_basov", "nicolae_ceausescu"], None, "Bucharest", IP, H,
          "The meeting, believed to be of the standing committee of the Communist Party’s presidium, came after a call by the Soviet Ambassador, Mr A. V. Basov, on President Nicolae Ceausescu."),
        # "Mr Ceausescu yesterday / met President Tito of Jugoslavia at a small border town"
        # (the headline's "Rumanian Leader And Tito Meet", "their meeting") -> held, 1968-08-24
        # (the dateline's yesterday), place null (the town is not named; whose side of the
        # border is not said). The sentence is broken by a paragraph break in the page.
        M(["nicolae_ceausescu", "josip_broz_tito"], "1968-08-24", None, IP, H,
          "Mr Ceausescu yesterday met President Tito of Jugoslavia at a small border town to discuss the crisis."),
        # "Mr Ceausescu received a hero’s welcome in Prague 10 days ago when he arrived to sign a
        # treaty of friendship with Czechoslovakia’s liberal Communist leaders." -> counterparts
        # by role only: one-party row, held, date null ("10 days ago"), Prague; required False
        # (a welcome and a treaty signing, the leaders unnamed).
        M(["nicolae_ceausescu"], None, "Prague", IP, H,
          "Mr Ceausescu received a hero’s welcome in Prague 10 days ago when he arrived to sign a treaty of friendship with Czechoslovakia’s liberal Communist leaders.",
          False),
        # Not rows: the meeting of "Key members of the Rumanian Politburo" (a party body, members
        # unnamed); the speech "on Wednesday"; "Western officials interpreted" (a statement);
        # the Jugoslav party's resolution (a document). "(N.Z.P..A.-Renter —Copyright)" (sic) is
        # the agency credit (not annotated). Removed: at the start, Papers Past's twenty
        # "Article image" lines; at the end, the last, cut-off sentence ("An official resolution
        # adopted after a special session of the Jugoslav Party central committee and published
        # late last night by the official \""), so its "Jugoslav Party central committee" is
        # not in the kept text. OCR slips ("given the. Russians", "for-concern",
        # "he occupation", the run-in subhead "JUGOSLAV RESOLUTION") are kept.
    ],
    roles=[("the Soviet Ambassador", "a_v_basov"), ("the President", "nicolae_ceausescu")],
)

A["dev_8309_smith_bainimarama_fiji"] = dict(
    actors={
        "stephen_smith": ["Foreign minister Stephen Smith", "Stephen Smith", "Mr Smith"],
        "frank_bainimarama": ["Commodore Frank Bainimarama", "Frank Bainimarama"],
        "laisenia_qarase": ["Laisenia Qarase"],
        "pacific_islands_forum": ["Pacific Island forum", "Pacific Islands forum"],
    },
    meetings=[
        # "Stephen Smith and five other Pacific Ministers met with Commodore Frank Bainimarama
        # for three hours." ("talks with Fiji's interim Prime Minister Frank Bainimarama", "the
        # meeting", "the talks" are the same) -> held; date null (the talks are not given a
        # day); place Fiji (the ministers report on "what progress ... they have seen in Fiji";
        # no city). The five other ministers are unnamed (no rows for them).
        M(["stephen_smith", "frank_bainimarama"], None, "Fiji", IP, H,
          "Stephen Smith and five other Pacific Ministers met with Commodore Frank Bainimarama for three hours."),
        # "Mr Smith will meet with the deposed former Prime Minister Laisenia Qarase tomorrow."
        # -> planned, 2008-07-16, Fiji (the same trip; no city).
        M(["stephen_smith", "laisenia_qarase"], "2008-07-16", "Fiji", IP, P,
          "Mr Smith will meet with the deposed former Prime Minister Laisenia Qarase tomorrow."),
        # Not rows: the ministers' report "at a Pacific Islands forum in Niue next month"
        # (multilateral); the travel bans and Smith's demand (statements). Removed: at the end,
        # the page's line "Topics: world-politics, government-and-politics, elections,
        # foreign-affairs, fiji, australia" (the date line "First posted ..." after it is kept).
        # The slip "Travels bans" is kept.
    ],
    roles=[("Fiji's interim Prime Minister", "frank_bainimarama"), ("the interim prime minister", "frank_bainimarama"),
           ("the deposed former Prime Minister", "laisenia_qarase"), ("Foreign minister", "stephen_smith")],
)

_JOINT_CALL = "HELSINKI (RIA Novosti): Finnish President and Swedish Prime Minister Sauli Niinistö and Magdalena Andersson held a joint telephone conversation with US President Joe Biden on Friday, the Finnish leader said."
A["dev_8310_niinisto_andersson_biden_call"] = dict(
    actors={
        "sauli_niinisto": ["Sauli Niinistö", "Niinistö"],
        "magdalena_andersson": ["Magdalena Andersson"],
        "joe_biden": ["US President Joe Biden", "Joe Biden"],
        "sanna_marin": ["Finnish Prime Minister Sanna Marin", "Sanna Marin"],
        "nato": ["NATO"],
    },
    meetings=[
        # "Niinistö and Magdalena Andersson held a joint telephone conversation with US President
        # Joe Biden on Friday" (Niinistö's quoted post "Joint telephone conversation with US
        # President Joe Biden and Magdalena Andersson" is the same) -> one call of three named
        # participants: three pair rows, phone, held, 2022-05-13, place null. Niinistö-Andersson
        # is required (two countries' leaders on the same call, not one delegation).
        M(["sauli_niinisto", "joe_biden"], "2022-05-13", None, PH, H, _JOINT_CALL),
        M(["magdalena_andersson", "joe_biden"], "2022-05-13", None, PH, H, _JOINT_CALL),
        M(["sauli_niinisto", "magdalena_andersson"], "2022-05-13", None, PH, H, _JOINT_CALL),
        # Not rows: "Niinistö and Finnish Prime Minister Sanna Marin called for immediate NATO
        # membership in a joint statement" (a statement); Niinistö's post "in social networks"
        # (a post). "(RIA Novosti)" in the dateline is the agency credit (not annotated).
        # Removed: at the start, the search tool's date prefix (" date 2022-05-13 "); at the
        # end, the widget line "Related". The excerpt has no headline. The slips "Finnish
        # President and Swedish Prime Minister Sauli Niinistö and Magdalena Andersson",
        # "Ukr-aine" and "Finland ‘s" are kept.
    ],
    roles=[("Finnish President", "sauli_niinisto"), ("Swedish Prime Minister", "magdalena_andersson"),
           ("US President", "joe_biden"), ("the Finnish leader", "sauli_niinisto"),
           ("Finnish Prime Minister", "sanna_marin")],
)

A["test_8311_aga_khan_abdullajanov_moscow"] = dict(
    actors={
        # Written "Aga Khan VI" (sic; the Ismaili imam of 1996 is Aga Khan IV); keyed by the
        # person.
        "aga_khan_iv": ["Aga Khan VI", "Aga Khan"],
        "abdumalik_abdullajanov": ["Abdumalik Abdulldzhanov", "Abdulldzhanov"],
        "national_revival_movement_tajikistan": ["Movement for the National Revival of Tajikistan"],
        "interfax": ["Interfax"],
        "taliban": ["Talibs"],
        "united_nations": ["U.N."],
        "osce": ["OSCE"],
        "emomali_rahmon": ["President Emomali Rakhmonov", "Emomali Rakhmonov"],
    },
    meetings=[
        # "Aga Khan VI, last Sunday met in Moscow with ... Abdumalik Abdulldzhanov" ("the talks
        # had lasted for an hour" is the same) -> held, 1996-11-10, Moscow.
        M(["aga_khan_iv", "abdumalik_abdullajanov"], "1996-11-10", "Moscow", IP, H,
          "MOSCOW, Nov 11 (Interfax) - Leader of the Ismaelites, Aga Khan VI, last Sunday met in Moscow with leader of the Movement for the National Revival of Tajikistan, ex-prime minister of Tajikistan Abdumalik Abdulldzhanov."),
        # Not rows: the opposition leaders "are ready to sit down at a negotiating table with the
        # Tajik official authorities, 'if certain cardinal terms ... are fulfilled'" (a
        # conditional, hypothetical meeting; no one named); Abdulldzhanov telling Interfax
        # "Monday" (an interview). "(Interfax)" in the dateline is the agency credit (not
        # annotated; Interfax in the body is). Removed: at the end, the agency tag "(c)
        # Interfax, 1996" and the site's lines "Please use the back arrow to go back to the
        # previous page" and "Back to timeline 1996". The slips "Ismaelites", "Aga Khan VI" and
        # "Abdulldzhanov" are kept.
    ],
    roles=[("Leader of the Ismaelites", "aga_khan_iv"),
           ("leader of the Movement for the National Revival of Tajikistan", "abdumalik_abdullajanov"),
           ("ex-prime minister of Tajikistan", "abdumalik_abdullajanov")],
)

A["dev_8312_pashinyan_bakhtadze_yerevan"] = dict(
    actors={
        "nikol_pashinyan": ["Armenian Prime Minister Nikol Pashinyan", "Prime Minister Nikol Pashinyan", "Nikol Pashinyan", "Pashinyan"],
        "mamuka_bakhtadze": ["Georgian Prime Minister Mamuka Bakhtadze", "Mamuka Bakhtadze", "Bakhtadze"],
        "yerevan_brandy_company": ["Yerevan Brandy Company"],
    },
    meetings=[
        # "Pashinyan ... hosted his Georgian counterpart Mamuka Bakhtadze in Yerevan on Monday,
        # September 10" (the headline's "Visits Armenia", "longer-than-planned talks", "Today we
        # had a very important conversation", the joint press conference and the museum tour
        # in the captions are the same visit) -> held, 2018-09-10, Yerevan.
        M(["nikol_pashinyan", "mamuka_bakhtadze"], "2018-09-10", "Yerevan", IP, H,
          "YEREVAN (Combined Sources) — Prime Minister Nikol Pashinyan praised the current level of relations between Armenia and Georgia as he hosted his Georgian counterpart Mamuka Bakhtadze in Yerevan on Monday, September 10."),
        # Not rows: the joint press conference (a media appearance of the same pair, same day);
        # Bakhtadze's election "in June". "(Combined Sources)" is the agency credit (not
        # annotated). Removed: inside the text, the share counters "304" and "0" under the
        # headline and the newsletter box "Get the Mirror in your inbox:"; at the end, the last,
        # cut-off quotation ("“During today’s meeting my counterpart and I discussed ... to
        # intensify political relations"). The missing comma in "with Bakhtadze Pashinyan" is
        # kept.
    ],
    roles=[("his Georgian counterpart", "mamuka_bakhtadze"), ("the Georgian prime minister", "mamuka_bakhtadze"),
           ("head of the Georgian government", "mamuka_bakhtadze")],
)
