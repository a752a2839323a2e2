"""Accuracy corpus, batch 8b: 12 new articles from the 1970s, 1980s, 1990s and 2000s (three per
decade), chosen where sources.csv was still thin (Central Asia/Caucasus in the 1980s, which had
none; Eastern Europe/Russia, Latin America and North America in the 1970s, which had one each;
Southeast Asia and Oceania in the 1980s, two each) and spread over ten regions: The Nut Graph
(Malaysia), The Washington Post (reposted by the Armenian archive aniarc.am), Time's archive,
The Harvard Crimson, a Papers Past wire story (The Press, NZPA-Reuter), Maclean's archive, the
Associated Press archive, The Sunday Times (Sri Lanka), Voice of America, The Independent, the
Deseret News and The Japan Times. Collected with the `search` tool (corpus `pages`) and annotated
from the texts alone, BEFORE the package was run on them (the package has not been run on this
batch). Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_8b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-7b): the articles are numbered 1..12 in the order they were first found; positions 3, 7 and
11 are test, all others dev. Ids: `dev_15NN_<slug>` / `test_15NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR forms and typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Dateline "KUALA LUMPUR, 6 June 2009" (a Saturday); the visit is "next week", "from 8 to 15
    # June 2009".
    ("dev_1501_lee_kuan_yew_malaysia_tour", "Southeast Asia", "2000s", "The Nut Graph", "http://www.thenutgraph.com/kuan-yews-trip-down-memory-lane/", "2009-06-06"),
    # The repost's title line "... – Washington Post, February 28, 1988" (a Sunday); the URL date
    # (/2017/07/01/) is the repost's. The repost drops the story's dateline.
    ("dev_1502_gorbachev_karabakh_activists", "Central Asia/Caucasus", "1980s", "The Washington Post, via aniarc.am (Armenian archive repost)", "https://aniarc.am/2017/07/01/washington-post-nk-gorbachev-zoei-and-silva-meet", "1988-02-28"),
    # Issue date line "Monday, Dec. 18, 1972" and the URL (/Time1972/1972-12-18/).
    ("test_1503_allende_on_the_road", "Latin America", "1970s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1972/1972-12-18/945169.html", "1972-12-18"),
    # URL (/article/1986/4/28/, a Monday) of a CDN mirror of The Harvard Crimson; dateline
    # HONOLULU, no date; "on Saturday" = 1986-04-26.
    ("dev_1504_reagan_marcos_phone", "Southeast Asia", "1980s", "The Harvard Crimson (CDN mirror)", "https://d119fkn55yihk8.cloudfront.net/article/1986/4/28/reagan-telephones-marcos-in-honolulu-phonolulu-deposed", "1986-04-28"),
    # Issue code CHP19790619 (The Press, 19 June 1979, a Tuesday); dateline Vienna, no date;
    # "on Sunday" = 1979-06-17.
    ("dev_1505_carter_brezhnev_vienna", "Eastern Europe/Russia", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19790619.2.78.5", "1979-06-19"),
    # Byline line "ROBERT LEWIS March 7 1977" (the Maclean's issue date, a Monday) and the URL
    # (/article/1977/3/7/).
    ("dev_1506_trudeau_carter_washington", "North America", "1970s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1977/3/7/trudeaus-triumph-at-home-and-abroad", "1977-03-07"),
    # Date line "August 11, 1986" on the page (a Monday); "today" = 1986-08-11, "on Sunday" =
    # 1986-08-10.
    ("test_1507_shultz_hayden_anzus", "Oceania", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/04bd39a68ed7cbfdc74a9ac93511c6d3", "1986-08-11"),
    # URL (/020421/, the Sunday paper of 21 April 2002, a Sunday); no date line in the excerpt.
    ("dev_1508_wickremesinghe_india_visit", "South Asia", "2000s", "The Sunday Times (Sri Lanka)", "https://sundaytimes.lk/020421/front/pm.html", "2002-04-21"),
    # URL (a-13-2005-03-26-..., a Saturday; the text's "On Saturday ... reported" is the same
    # day); no date line or headline in the excerpt (it begins with a photo caption).
    ("dev_1509_bakiyev_putin_phone", "Central Asia/Caucasus", "2000s", "Voice of America", "https://voa.pangea-cms.com/preview/en-US/a/a-13-2005-03-26-voa32/294413.html", "2005-03-26"),
    # Date line "Monday 30 January 1995 19:02 EST" on the page (kept in the text).
    ("dev_1510_adams_major_no_meeting", "Western Europe", "1990s", "The Independent", "https://the-independent.com/news/adams-accuses-major-of-being-threat-to-peace-1570551.html", "1995-01-30"),
    # URL (/1991/3/30/, a Saturday; "said Friday", "scheduled today"); no date line or headline
    # in the excerpt.
    ("test_1511_mandela_buthelezi_durban", "Africa", "1990s", "Deseret News", "https://www.deseret.com/1991/3/30/18913014/mandela-rival-agree-to-urgent-meeting-today", "1991-03-30"),
    # URL (/1998/09/16/, a Wednesday; "said Wednesday"); no date line or headline in the excerpt.
    ("dev_1512_kim_dae_jung_japan_visit", "East Asia", "1990s", "The Japan Times", "https://www.japantimes.co.jp/news/1998/09/16/national/kim-wants-past-cleared-for-sake-of-better-future/", "1998-09-16"),
]

A = {}

_LKY_AZ = ("Lee is scheduled to visit Ipoh and have an audience with the Sultan of Perak, Sultan Azlan Shah, and call on Menteri Besar Datuk Seri Dr Zambry Abdul Kadir.")
_LKY_KE = ("Lee is scheduled to have an audience with the Regent of Kelantan, Tengku Muhammad Faris Petra, and call on Menteri Besar Datuk Nik Abdul Aziz Nik Mat in what is believed to be their first face-to-face meeting.")
_LKY_PA = ("Lee will then proceed south to Pahang where he will have an audience with Sultan Ahmad Shah and call on Menteri Besar Datuk Seri Adnan Yaakob.")
A["dev_1501_lee_kuan_yew_malaysia_tour"] = dict(
    actors={
        "lee_kuan_yew": ["Lee Kuan Yew", "Kuan Yew", "Lee"],
        "najib_razak": ["Datuk Seri Najib Razak", "Najib Razak"],
        "muhyiddin_yassin": ["Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin"],
        "sultan_azlan_shah": ["Sultan Azlan Shah"],
        "zambry_abdul_kadir": ["Datuk Seri Dr Zambry Abdul Kadir", "Zambry Abdul Kadir"],
        "lim_guan_eng": ["Lim Guan Eng"],
        "tengku_muhammad_faris_petra": ["Tengku Muhammad Faris Petra"],
        "nik_abdul_aziz_nik_mat": ["Datuk Nik Abdul Aziz Nik Mat", "Nik Abdul Aziz Nik Mat", "Nik Aziz"],
        "sultan_ahmad_shah": ["Sultan Ahmad Shah"],
        "adnan_yaakob": ["Datuk Seri Adnan Yaakob", "Adnan Yaakob"],
        "lee_hsien_loong": ["Hsien Loong"],
        "umno": ["Umno"],
        "pas": ["PAS"],
    },
    meetings=[
        # An itinerary of planned calls. "His eight-day visit, from 8 to 15 June 2009, starts
        # with a meeting with ... Najib" -> planned 2009-06-08 (judgement: the first item of a
        # visit that starts on 8 June); no venue given -> Malaysia.
        M(["lee_kuan_yew", "najib_razak"], "2009-06-08", "Malaysia", IP, P,
          "His eight-day visit, from 8 to 15 June 2009, starts with a meeting with Prime Minister Datuk Seri Najib Razak as well as with several high-level officials, top editors and politicians."),
        M(["lee_kuan_yew", "muhyiddin_yassin"], None, "Malaysia", IP, P,
          "Officials from both countries say the 85-year-old Lee is also scheduled to meet Deputy Prime Minister Tan Sri Muhyiddin Yassin as well as Umno politicians and old friends in what some regard as a trip down memory lane."),
        # "have an audience with ... and call on ..." = two separate calls (dev_032 rule), Ipoh.
        M(["lee_kuan_yew", "sultan_azlan_shah"], None, "Ipoh", IP, P, _LKY_AZ),
        M(["lee_kuan_yew", "zambry_abdul_kadir"], None, "Ipoh", IP, P, _LKY_AZ),
        M(["lee_kuan_yew", "lim_guan_eng"], None, "Penang", IP, P,
          "He will then travel to Penang where he will call on Chief Minister Lim Guan Eng and then cross over to Kelantan in the east coast of the peninsula."),
        # Kelantan and Pahang are states; no town is named -> the most specific named locality.
        M(["lee_kuan_yew", "tengku_muhammad_faris_petra"], None, "Kelantan", IP, P, _LKY_KE),
        M(["lee_kuan_yew", "nik_abdul_aziz_nik_mat"], None, "Kelantan", IP, P, _LKY_KE),
        M(["lee_kuan_yew", "sultan_ahmad_shah"], None, "Pahang", IP, P, _LKY_PA),
        M(["lee_kuan_yew", "adnan_yaakob"], None, "Pahang", IP, P, _LKY_PA),
        # Not rows: the unnamed "high-level officials, top editors and politicians", "Umno
        # politicians and old friends", "Malaysian leaders, entrepreneurs ..." (unnamed groups in
        # an itinerary whose named calls are rows); Hsien Loong "is expected to visit Kuala
        # Lumpur soon" (a visit to a city, no host named); the journalists covering the visit.
    ],
    roles=[("Minister Mentor", "lee_kuan_yew"), ("the first prime minister and father of modern Singapore", "lee_kuan_yew"),
           ("Deputy Prime Minister", "muhyiddin_yassin"), ("the Sultan of Perak", "sultan_azlan_shah"),
           ("Chief Minister", "lim_guan_eng"), ("the Regent of Kelantan", "tengku_muhammad_faris_petra"),
           ("the PAS spiritual leader", "nik_abdul_aziz_nik_mat"), ("menteri besar of Kelantan", "nik_abdul_aziz_nik_mat"),
           ("Lee’s son", "lee_hsien_loong"), ("the current prime minister of Singapore", "lee_hsien_loong")],
)

_GK = ("The two activists who met with Gorbachev were Armenian poet Silva Kaputikian and writer Zori Balayan, the sources said.")
A["dev_1502_gorbachev_karabakh_activists"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Gorbachev"],
        "silva_kaputikyan": ["Silva Kaputikyan", "Silva Kaputikian"],
        "zori_balayan": ["Zori Balayan"],
        "vladimir_dolgikh": ["Vladimir Dolghikh", "Doghikh"],
        "politburo_cpsu": ["Politburo"],
        "communist_party_of_armenia": ["Armenian Communist party"],
        "komunist": ["Komunist"],
    },
    meetings=[
        # "held a meeting in Moscow yesterday with two leaders of the protests" + "The two
        # activists who met with Gorbachev were ... Kaputikian and ... Balayan" -> held, Moscow;
        # date null (judgement: the repost keeps only the Sunday issue date and drops the
        # dateline; in a morning paper's copy "yesterday" counts from the filing day, which is
        # not given, so the day is not certain).
        M(["mikhail_gorbachev", "silva_kaputikyan"], None, "Moscow", IP, H, _GK),
        M(["mikhail_gorbachev", "zori_balayan"], None, "Moscow", IP, H, _GK),
        # The two activists on the same side of the table -> optional pair (dev_017, dev_1104).
        M(["silva_kaputikyan", "zori_balayan"], None, "Moscow", IP, H, _GK, False),
        # Back in Yerevan they "had met with other leaders of the protests" (unnamed) -> the two
        # named activists as a pair, held, Yerevan, date null ("returning ... today, had met":
        # the order of return and meeting is not clear); optional.
        M(["silva_kaputikyan", "zori_balayan"], None, "Yerevan", IP, H,
          "The two activists, returning to Yerevan today, had met with other leaders of the protests, and they decided to suspend the demonstrations for four weeks, the sources said.", False),
        # Not rows: "the sources said by telephone" (unnamed sources talking to the paper);
        # Dolghikh's article in Komunist (a statement); the "appeal for calm" (a statement).
        # The repost's title credit "Washington Post" is the outlet (not an actor).
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"), ("General Secretary", "mikhail_gorbachev"),
           ("Armenian poet", "silva_kaputikyan"), ("a non-voting member of the ruling Politburo", "vladimir_dolgikh")],
)

A["test_1503_allende_on_the_road"] = dict(
    actors={
        "salvador_allende": ["Salvador Allende Gossens", "Allende"],
        "george_h_w_bush": ["George Bush"],
        "united_nations": ["U.N."],
        "itt": ["ITT"],
        "kennecott_copper": ["Kennecott Copper Corp."],
        "mexican_congress": ["Mexican Congress"],
    },
    meetings=[
        # Bush "paid a call on Allende later at his suite in the Waldorf-Astoria Hotel" -> held,
        # date null (the tour began "two weeks ago"); place null (judgement: a hotel, not a
        # locality, and "the U.N." does not give New York by the corpus's convention).
        M(["george_h_w_bush", "salvador_allende"], None, None, IP, H,
          "He also paid a call on Allende later at his suite in the Waldorf-Astoria Hotel."),
        # Not rows: the five-nation tour (countries); the speech to "a special session of the
        # Mexican Congress" (an institution); Bush's press conference; "his reception in Moscow"
        # (no host named).
    ],
    roles=[("Chile's beleaguered President", "salvador_allende"), ("the Marxist President", "salvador_allende"),
           ("the American Ambassador to the U.N.", "george_h_w_bush")],
)

A["dev_1504_reagan_marcos_phone"] = dict(
    actors={
        "ferdinand_marcos": ["Ferdinand Marcos", "Marcos"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "corazon_aquino": ["Corazon Aquino"],
    },
    meetings=[
        # "an emotional conversation between the two on Saturday" (the telephone conversation of
        # the lead) -> phone, held, Saturday before the Monday 1986-04-28 URL date = 1986-04-26;
        # place null (as every phone row in the corpus; the headline's "in Honolulu" is where
        # Marcos was called).
        M(["ronald_reagan", "ferdinand_marcos"], "1986-04-26", None, PH, H,
          "The official, speaking on condition he not be identified, described what he called an emotional conversation between the two on Saturday after Reagan arrived in Hawaii, where Marcos has been in exile since he was ousted by Corazon Aquino in February."),
        # "A source in Manila, who called Marcos on Saturday" -> one-party row (caller unnamed),
        # phone, held, 1986-04-26; optional (an anonymous source's call, reported as sourcing).
        M(["ferdinand_marcos"], "1986-04-26", None, PH, H,
          "A source in Manila, who called Marcos on Saturday, quoted Marcos as saying the talk with Reagan was \"friendly, congenial, productive and fruitful.\"", False),
        # Not rows: "a senior U.S. official said yesterday" (a briefing); Aquino's ousting of
        # Marcos.
    ],
    roles=[("Deposed President", "ferdinand_marcos"), ("Deposed Leader", "ferdinand_marcos"),
           ("The former Philippine president", "ferdinand_marcos"), ("the 20-year ruler of the Philippines", "ferdinand_marcos"),
           ("the president", "ronald_reagan")],
)

A["dev_1505_carter_brezhnev_vienna"] = dict(
    actors={
        "jimmy_carter": ["President Carter", "Mr Carter"],
        "leonid_brezhnev": ["Mr Brezhnev", "Brezhnev"],
        "harold_brown": ["Mr Harold Brown", "Harold Brown"],
        "dmitry_ustinov": ["Mr Dmitry Ustinov", "Dmitry Ustinov"],
        "us_senate": ["United States Senate"],
    },
    meetings=[
        # The first private discussions "before putting their names to the ... document" -> held,
        # Vienna (dateline, "the Vienna summit meeting"); the signing day is not given -> null.
        M(["jimmy_carter", "leonid_brezhnev"], None, "Vienna", IP, H,
          "Before putting their names to the 22-page document, i President Carter and the Sojviet leader. Mr Leonid | Brezhnev, held their first private discussions of the Isummit conference with only interpreters present."),
        # "a dinner in the Soviet Embassy on Sunday" (both speak "At the dinner") -> Sunday before
        # the Tuesday issue = 1979-06-17, Vienna; optional (another session of the same
        # multi-day summit, which the corpus codes as one encounter; dev_018, test_009).
        M(["jimmy_carter", "leonid_brezhnev"], "1979-06-17", "Vienna", IP, H,
          "But at a dinner in the Soviet Embassy on Sunday Mr Carter said they had reached no common ground on differences over other burning world problems.", False),
        # The defence ministers' talks (military chiefs unnamed) -> held, Vienna, date null.
        M(["harold_brown", "dmitry_ustinov"], None, "Vienna", IP, H,
          "Talks between the two super-Powers’ Defence Ministers (Mr Harold Brown and Mr Dmitry Ustinov) and their military chiefs — the first such meeting since World War II — set the tone for closer consultation at all levels, particularly on arms control."),
        # Not rows: "the last summit meeting in 1974" (no participants named); the signing as
        # such; the Senate's ratification (an institution). "NZPA-Reuter" is the agency credit.
    ],
    roles=[("the Sojviet leader", "leonid_brezhnev")],
)

A["dev_1506_trudeau_carter_washington"] = dict(
    actors={
        "pierre_trudeau": ["Pierre Trudeau", "Trudeau", "T rudeau"],
        "jimmy_carter": ["President Jimmy Carter", "Jimmy Carter"],
        "white_house": ["White House"],
        "republican_party": ["Republican Party"],
        "democratic_party": ["Democrats"],
        "parti_quebecois": ["Parti Québécois"],
        "liberal_party_of_canada": ["Liberal Party"],
    },
    meetings=[
        # Trudeau's visit to Washington "late last month" and to the White House, where Carter
        # speaks as host -> held, date null (a vague date), Washington (White House ->
        # Washington). Judgement: "met" is not written, but a visit to the President's house
        # with the President's words quoted is a visit to a person (kept required).
        M(["pierre_trudeau", "jimmy_carter"], None, "Washington", IP, H,
          "By the time the Prime Minister got to the White House, where he acknowledged he is “always a little bit moved and perhaps even intimidated,” they seemed to have vanished completely."),
        # Not rows: the "approving calls" to Trudeau aides (a count, unnamed callers); "One
        # speech" (a speech); the Trudeau adviser's and staffers' remarks. "ROBERT LEWIS" is the
        # byline; "the Auditor General" is an office whose holder is not named.
    ],
    roles=[("the Prime Minister", "pierre_trudeau")],
)

_AZ = ("A key issue at the talks, to be held today at the Presidio of San Francisco, was expected to be the United States’ decision to sell subsidized wheat to Soviet Union and China.")
A["test_1507_shultz_hayden_anzus"] = dict(
    actors={
        "george_shultz": ["George Shultz", "Shultz"],
        "caspar_weinberger": ["Caspar Weinberger"],
        "bill_hayden": ["Bill Hayden", "Hayden"],
        # Kim Beazley, written "Ken Beazley" by the AP (the alias as written).
        "kim_beazley": ["Ken Beazley"],
        "david_lange": ["David Lange", "Lange"],
    },
    meetings=[
        # "Shultz greeted Hayden at his Palo Alto home on Sunday" -> held, Sunday before the
        # Monday date line = 1986-08-10, Palo Alto. The party in Menlo Park (unnamed officials)
        # is the same evening.
        M(["george_shultz", "bill_hayden"], "1986-08-10", "Palo Alto", IP, H,
          "Shultz greeted Hayden at his Palo Alto home on Sunday, and officials from both countries then attended a private party in nearby Menlo Park."),
        # The ANZUS talks "to be held today at the Presidio of San Francisco" between the U.S.
        # delegation (Shultz, Weinberger) and Australia (Hayden, Beazley) -> planned 1986-08-11,
        # San Francisco; four named people -> one row per pair; the two same-side pairs are
        # optional (dev_017).
        M(["george_shultz", "bill_hayden"], "1986-08-11", "San Francisco", IP, P, _AZ),
        M(["george_shultz", "kim_beazley"], "1986-08-11", "San Francisco", IP, P, _AZ),
        M(["caspar_weinberger", "bill_hayden"], "1986-08-11", "San Francisco", IP, P, _AZ),
        M(["caspar_weinberger", "kim_beazley"], "1986-08-11", "San Francisco", IP, P, _AZ),
        M(["george_shultz", "caspar_weinberger"], "1986-08-11", "San Francisco", IP, P, _AZ, False),
        M(["bill_hayden", "kim_beazley"], "1986-08-11", "San Francisco", IP, P, _AZ, False),
        # Not rows: "Shultz and Hayden agreed earlier this year to draw up a document" (an
        # agreement, no meeting described); Lange "said Sunday" and "attending a conference in
        # Fiji" (a statement; a multilateral conference with no named counterpart); New Zealand
        # "not invited" (a country). "(AP)" is the agency credit; the ANZUS Treaty is a treaty.
    ],
    roles=[("Secretary of State", "george_shultz"), ("Defense Secretary", "caspar_weinberger"),
           ("Foreign Affairs Minister", "bill_hayden"), ("Defense Minister", "kim_beazley"),
           ("New Zealand Prime Minister", "david_lange")],
)

_CK = ("Despite it being a private visit, President Kumaratunga is due to have a luncheon meeting with Premier Vajpayee and also meet Congress Party leader Sonia Gandhi, widow of Rajiv Gandhi, and Home Minister L. K. Advani.")
A["dev_1508_wickremesinghe_india_visit"] = dict(
    actors={
        "ranil_wickremesinghe": ["Ranil Wickremesinghe", "Premier Wickremesinghe", "Mr. Wickremesinghe", "Wickremesinghe"],
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Premier Vajpayee", "Vajpayee"],
        "jayalalithaa": ["Jayalalithaa", "Ms. Jayalalithaa", "Ms. Jayalalitha"],
        "tony_blair": ["Tony Blair", "Blair"],
        "chandrika_kumaratunga": ["Chandrika Kumaratunga", "President Kumaratunga", "Kumaratunga"],
        "sonia_gandhi": ["Sonia Gandhi"],
        "l_k_advani": ["L. K. Advani"],
        # "Gopal\nGandhi's" is split by a line break in the text, so only the given name is
        # listed (aliases must occur verbatim; batch 7b's "Kuchma").
        "gopal_gandhi": ["Gopal"],
        "velupillai_prabhakaran": ["Velupillai Prabhakaran"],
        "rajiv_gandhi": ["Rajiv Gandhi"],
        "ltte": ["LTTE"],
        "tamil_nadu_legislative_assembly": ["Tamil Nadu State Assembly"],
        "indian_national_congress": ["Congress Party"],
        "the_sunday_times_sri_lanka": ["The Sunday Times"],
    },
    meetings=[
        # Four planned trips/meetings, none with a day: "the first week of June", "sometime in
        # June", "soon", "next week" -> dates null.
        M(["ranil_wickremesinghe", "atal_bihari_vajpayee"], None, "New Delhi", IP, P,
          "Prime Minister Ranil Wickremesinghe has planned to visit New Delhi to meet Indian Prime Minister Atal Behari Vajpayee in the first week of June ahead of the Government-LTTE peace talks in Thailand, The Sunday Times learns."),
        M(["ranil_wickremesinghe", "jayalalithaa"], None, "Chennai", IP, P,
          "The visit will come after Prime Minister Wickremesinghe visits Chennai \"sometime in June\" to meet Tamil Nadu Chief Minister Jayalalithaa and exchange views on the peace process in Sri Lanka."),
        M(["ranil_wickremesinghe", "tony_blair"], None, "London", IP, P,
          "Mr. Wickremesinghe is also expected to meet British Prime Minister Tony Blair in London soon."),
        # Kumaratunga "due in New Delhi next week": a luncheon with Vajpayee and meetings with
        # Sonia Gandhi and Advani -> three separate bilaterals (dev_032 rule), New Delhi.
        M(["chandrika_kumaratunga", "atal_bihari_vajpayee"], None, "New Delhi", IP, P, _CK),
        M(["chandrika_kumaratunga", "sonia_gandhi"], None, "New Delhi", IP, P, _CK),
        M(["chandrika_kumaratunga", "l_k_advani"], None, "New Delhi", IP, P, _CK),
        # Not rows: "who has met Ms. Jayalalitha on previous occasions" (a count); the message
        # sent to her (a message); the Wickremesinghe-Jayalalithaa meeting "earlier scheduled for
        # March ... but had to be postponed" (did not take place; the June plan is the row); the
        # Government-LTTE peace talks (no named people); the wedding and the "Madav Rao Scindia
        # Memorial lecture" (events; the lecture's namesake is not an actor of the text).
    ],
    roles=[("Indian Prime Minister", "atal_bihari_vajpayee"), ("The premier", "ranil_wickremesinghe"),
           ("the Prime Minister", "ranil_wickremesinghe"), ("Tamil Nadu Chief Minister", "jayalalithaa"),
           ("Indian High Commissioner", "gopal_gandhi"),
           ("former Indian Prime Minister", "rajiv_gandhi"), ("British Prime Minister", "tony_blair"),
           ("Congress Party leader", "sonia_gandhi"), ("widow of Rajiv Gandhi", "sonia_gandhi"),
           ("Home Minister", "l_k_advani")],
)

A["dev_1509_bakiyev_putin_phone"] = dict(
    actors={
        "kurmanbek_bakiyev": ["Kurmanbek Bakiyev", "Mr. Bakiyev"],
        "vladimir_putin": ["Vladimir Putin", "Mr. Putin"],
        "askar_akayev": ["Askar Akayev", "Mr. Akayev"],
        "interfax": ["Interfax"],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        # "spoke to the Russian leader on the phone" -> the role phrase denotes Putin, named
        # later in the text (test_004 rule) -> Bakiyev-Putin, phone, held; no day given -> null.
        M(["kurmanbek_bakiyev", "vladimir_putin"], None, None, PH, H,
          "Kyrgyzstan's interim leader, Kurmanbek Bakiyev, says he spoke to the Russian leader on the phone, and was offered help."),
        # Not rows: Putin "Speaking in Yerevan, Armenia, on Friday" (a statement); Akayev's
        # arrival in Russia and the Kremlin's confirmation (no meeting); the Interfax report.
    ],
    roles=[("Kyrgyzstan's interim leader", "kurmanbek_bakiyev"), ("the Russian leader", "vladimir_putin"),
           ("the Russian president", "vladimir_putin"), ("The Russian president", "vladimir_putin"),
           ("The Russian leader", "vladimir_putin"), ("ousted Kyrgyz President", "askar_akayev"),
           ("the ousted Kyrgyz leader", "askar_akayev"),
           ("the opposition leader appointed by parliament to lead an interim government", "kurmanbek_bakiyev")],
)

A["dev_1510_adams_major_no_meeting"] = dict(
    actors={
        "john_major": ["John Major", "Major"],
        "gerry_adams": ["Gerry Adams", "Mr Adams", "Adams"],
        "bertie_ahern": ["Bertie Ahern"],
        "ira": ["IRA"],
        "sinn_fein": ["Sinn Fein"],
    },
    meetings=[
        # Zero-meeting control. Not rows: Adams "said yesterday" and "demanded full peace
        # talks" (a statement and a demand, no specific meeting); Ahern's "ground-breaking visit
        # to Belfast City Hall" (a visit to a building, no host named); the drawing up of the
        # "framework document" (governments).
    ],
    roles=[("the Sinn Fein president", "gerry_adams"), ("the Irish opposition leader", "bertie_ahern")],
)

A["test_1511_mandela_buthelezi_durban"] = dict(
    actors={
        "nelson_mandela": ["Nelson Mandela", "Mandela"],
        "mangosuthu_buthelezi": ["Mangosuthu Buthelezi", "Buthelezi"],
        "african_national_congress": ["African National Congress", "ANC"],
        "inkatha_freedom_party": ["Inkatha Freedom Party", "Inkatha"],
        "saki_macozoma": ["Saki Macozoma"],
        "south_african_press_association": ["South African Press Association"],
    },
    meetings=[
        # "the Mandela-Buthelezi meeting scheduled today in Durban" -> planned, "today" = the
        # Saturday URL date 1991-03-30, Durban (the lead's "urgent meeting" is the same; the
        # ANC's refusal to confirm it does not cancel it).
        M(["nelson_mandela", "mangosuthu_buthelezi"], "1991-03-30", "Durban", IP, P,
          "Few details were available on the Mandela-Buthelezi meeting scheduled today in Durban in Natal Province, the traditional Zulu homeland and power base of the Zulu-dominated Inkatha."),
        # "met for the first time in 28 years in January" -> held, date null (month), place null.
        M(["nelson_mandela", "mangosuthu_buthelezi"], None, None, IP, H,
          "Mandela and Buthelezi, longtime friends turned political rivals, met for the first time in 28 years in January to complete an ANC-Inkatha peace agreement."),
        # Not rows: Macozoma "told the South African Press Association" (a statement to an
        # agency); Mandela's "news conference"; the Inkatha statement; the justice minister's
        # inquest (unnamed); "proposed negotiations with the government" (no named people).
    ],
    roles=[("his chief black rival", "mangosuthu_buthelezi"), ("ANC spokesman", "saki_macozoma")],
)

A["dev_1512_kim_dae_jung_japan_visit"] = dict(
    actors={
        # "Kim" and "President Kim"/"Ambassador Kim" denote both Kims in this text: "Kim’s first
        # visit" is the president, "Kim did not elaborate" the ambassador.
        "kim_dae_jung": ["Kim Dae Jung", "President Kim", "Kim"],
        "kim_suk_kyu": ["Kim Suk Kyu", "Ambassador Kim", "Kim"],
        "keizo_obuchi": ["Keizo Obuchi"],
        "national_press_club": ["National Press Club"],
    },
    meetings=[
        # "scheduled to visit Japan on Oct. 7-10 to hold talks with Prime Minister Keizo Obuchi"
        # -> planned, date null (a range), Tokyo ("his visit to Tokyo next month" in the lead).
        M(["kim_dae_jung", "keizo_obuchi"], None, "Tokyo", IP, P,
          "President Kim is scheduled to visit Japan on Oct. 7-10 to hold talks with Prime Minister Keizo Obuchi."),
        # Not rows: the ambassador's remarks "at a luncheon at the National Press Club" (a
        # speech to an institution, no named counterpart); the 2002 World Cup (an event).
    ],
    roles=[("South Korean President", "kim_dae_jung"), ("the president", "kim_dae_jung"),
           ("the country’s ambassador to Japan", "kim_suk_kyu"), ("The ambassador", "kim_suk_kyu"),
           ("Prime Minister", "keizo_obuchi")],
)
