"""Accuracy corpus, batch 14b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and every batch_*.py present before searching, 360 articles, batches 1-13b; batch 14a
not yet present: in the 2000s Western Europe had 5 and every other region 6; in the 2010s Central
Asia/Caucasus, East Asia, Eastern Europe/Russia, Latin America, Oceania and South Asia had 6, the
others 7 or more; in the 2020s South Asia, Southeast Asia and Western Europe had 6, the others 7)
and spread over ten regions (East Asia, Western Europe, Africa, Oceania 2000s; South Asia,
Central Asia/Caucasus, Latin America, Eastern Europe/Russia 2010s; South Asia, Southeast Asia,
Western Europe, Middle East 2020s). Every outlet but AllAfrica (a distributor used before) is new
to the corpus: mid-day (PTI), the Jappone blog, CanIndia (IANS), the Daily Mail, the Liverpool
Wantok blog quoting the PNG Post-Courier, ANCA (anca.org), a blog repost on theunhivedmind.com,
Charter97, VietnamPlus (VNA), Echo Live (PA) and a repost on bioreports.net. Collected with the
`search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on
them (the package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_14b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-13b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_27NN_<slug>` / `test_27NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "10 July,2015 02:13 PM IST" (a Friday); "on Friday" = the same day, "last night"
    # = 2015-07-09.
    ("dev_2701_modi_sharif_ufa", "South Asia", "2010s", "mid-day (PTI)", "https://mid-day.com/amp/news/world-news/article/Modi--Sharif-meet-in-Ufa-16360174", "2015-07-10"),
    # The blog's post date "Sunday, October 08, 2006" (the URL has 2006/10); "Sunday" = the same
    # day, "on Monday" = 2006-10-09.
    ("dev_2702_abe_hu_wen_beijing", "East Asia", "2000s", "Jappone (blog, jappone.blogspot.com)", "http://jappone.blogspot.com/2006/10/shinzo-abe-and-hu-make-new-start-in.html", "2006-10-08"),
    # Dateline "New Delhi, Sep 26 (IANS)" with the search result's date field 2020-09-26 (a
    # Saturday); "on Saturday" = the same day.
    ("test_2703_modi_rajapaksa_virtual", "South Asia", "2020s", "CanIndia News (IANS)", "https://www.canindia.com/modi-rajapaksa-hold-virtual-summit/", "2020-09-26"),
    # "Last updated at 09:29 23 November 2005" (a Wednesday); "today" = 2005-11-23, "yesterday" =
    # 2005-11-22 (no row depends on it).
    ("dev_2704_merkel_chirac_paris_planned", "Western Europe", "2000s", "Daily Mail", "https://www.dailymail.co.uk/news/article-369477/Chancellor-Merkel-heads-Paris.html", "2005-11-23"),
    # No date line in the excerpt; the AllAfrica story id 200203181138 gives 2002-03-18 (a
    # Monday); "on Monday" = the same day.
    ("dev_2705_mbeki_obasanjo_harare", "Africa", "2000s", "AllAfrica", "https://allafrica.com/stories/200203181138.html", "2002-03-18"),
    # The blog's post date "Wednesday, March 5, 2008"; the Post-Courier report it quotes is dated
    # in the text "[March 6, 2008]" (a Thursday), and its "this morning" / "today" are resolved
    # against that date (2008-03-06); see the notes.
    ("dev_2706_rudd_somare_port_moresby", "Oceania", "2000s", "Liverpool Wantok (blog, liverpoolwantok.blogspot.com), quoting the Papua New Guinea Post-Courier", "http://liverpoolwantok.blogspot.com/2008/03/australian-prime-minister-rudd-official.html", "2008-03-05"),
    # Date line "October 1, 2018" (a Monday); "on Friday" = 2018-09-28 (the caption has "on Sept.
    # 28").
    ("test_2707_pashinyan_aliyev_dushanbe", "Central Asia/Caucasus", "2010s", "ANCA (Armenian National Committee of America, anca.org)", "https://anca.org/pashinyan-aliyev-agree-to-de-escalate-border-incidents/", "2018-10-01"),
    # Date line "Sat Apr 11, 2015 3:47AM"; "on Friday night" = 2015-04-10, "on Wednesday" =
    # 2015-04-08, "on Thursday" = 2015-04-09, "on Saturday" = the same day.
    ("dev_2708_obama_castro_panama", "Latin America", "2010s", "theunhivedmind.com (blog repost; source not named)", "http://theunhivedmind.com/wordpress4/obama-castro-briefly-meet-at-summit-of-americas/", "2015-04-11"),
    # The URL (/2013/2/20/65614) = 2013-02-20 (a Wednesday). The line "20 January 2018, Saturday,
    # 20:19" above the headline is the site's clock at crawl time (the article id 65614 is of
    # 2013) and was removed. No row depends on the date (zero-row control).
    ("dev_2709_lukashenka_sochi_no_meeting", "Eastern Europe/Russia", "2010s", "Charter97 (charter97.org, English)", "https://charter97.org/en/news/2013/2/20/65614/?1", "2013-02-20"),
    # The search result's date field 2022-11-11 (a Friday); "on November 11" = 2022-11-11.
    ("dev_2710_chinh_prayut_phnom_penh", "Southeast Asia", "2020s", "VietnamPlus (VNA)", "https://en.vietnamplus.vn/pm-meets-thai-counterpart-malaysian-lower-house-speaker-in-phnom-penh/243718.vnp", "2022-11-11"),
    # Date line "Sat, 12 Mar, 2022 - 11:58"; "on Saturday" = the same day, "on Friday" =
    # 2022-03-11 ("tomorrow" in the quote was said on Friday).
    ("test_2711_martin_johnson_twickenham", "Western Europe", "2020s", "Echo Live (echolive.ie; PA)", "https://www.echolive.ie/nationalnews/arid-40827293.html", "2022-03-12"),
    # The search result's date field 2022-07-19 (a Tuesday); "on Tuesday" = the same day, "late
    # Monday" = 2022-07-18.
    ("dev_2712_erdogan_raisi_khamenei_tehran", "Middle East", "2020s", "bioreports.net (repost; source not named)", "https://bioreports.net/turkeys-erdogan-holds-talks-with-iranian-leaders-before-summit/", "2022-07-19"),
]

A = {}

A["dev_2701_modi_sharif_ufa"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Modi"],
        "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
        "ajit_doval": ["Ajit Doval"],
        "subrahmanyam_jaishankar": ["S Jaishankar"],
        "sartaj_aziz": ["Sartaj Aziz"],
        "vladimir_putin": ["Vladimir Putin"],
        "shanghai_cooperation_organisation": ["Shanghai Cooperation Organisation", "SCO"],
        "brics": ["BRICS"],
        "saarc": ["SAARC"],
    },
    meetings=[
        # "Modi on Friday warmly received his Pakistani counterpart Nawaz Sharif before their
        # much-anticipated meeting on the sidelines of the SCO Summit"; "shook hands ... before
        # settling down for delegation-level talks" -> held (the talks had begun), 2015-07-10 (the
        # Friday of the date line), Ufa (headline "meet in Ufa"; "here"). A sideline bilateral.
        # The standfirst repeats the sentence without its full stop; the body sentence is used.
        M(["narendra_modi", "nawaz_sharif"], "2015-07-10", "Ufa", IP, H,
          "Prime Minister Narendra Modi on Friday warmly received his Pakistani counterpart Nawaz Sharif before their much-anticipated meeting on the sidelines of the SCO Summit."),
        # "Modi and Sharif last night exchanged pleasantries and chatted briefly when they came
        # face-to-face at a dinner hosted by ... Putin for leaders of five BRICS countries and 10
        # SCO nations here" -> a brief exchange at a multilateral dinner, held, 2015-07-09, Ufa;
        # optional (an encounter at a plenary event, which the article sets apart from "the
        # meeting"). Putin as host of a dinner for fifteen delegations is not a pair (plenary).
        M(["narendra_modi", "nawaz_sharif"], "2015-07-09", "Ufa", IP, H,
          "Setting the tone for the meeting, Modi and Sharif last night exchanged pleasantries and chatted briefly when they came face-to-face at a dinner hosted by Russian President Vladimir Putin for leaders of five BRICS countries and 10 SCO nations here.", False),
        # Not rows: the delegation members Doval, Jaishankar and Aziz (listed as "included in"
        # the delegations, not as meeting anyone: ANNOTATION, delegation members are not
        # participants); "were last together in Kathmandu ... but they did not have a bilateral
        # meeting" (explicitly no meeting; the SAARC Summit is a plenary). Removed: the WhatsApp
        # channel promotion ("Exciting news! ... Click here!") and "Related Stories". "PTI" in the
        # date line is the agency credit (not an actor).
    ],
    roles=[("Prime Minister", "narendra_modi"), ("his Pakistani counterpart", "nawaz_sharif"),
           ("National Security Advisor", "ajit_doval"), ("Foreign Secretary", "subrahmanyam_jaishankar"),
           ("Sharif's advisor on foreign affairs and national security", "sartaj_aziz"),
           ("Russian President", "vladimir_putin")],
)

A["dev_2702_abe_hu_wen_beijing"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "hu_jintao": ["Hu Jintao", "Hu"],
        "wen_jiabao": ["Wen Jiabao", "Wen"],
        "roh_moo_hyun": ["Roh Moo Hyun"],
        "keizo_obuchi": ["Keizo Obuchi"],
    },
    meetings=[
        # "Abe met top Chinese leaders Sunday in talks that ... Hu Jintao described as a 'new
        # start'"; "their 80-minute summit" -> held, 2006-10-08 (the Sunday of the post date),
        # Beijing ("arrived in Beijing").
        M(["shinzo_abe", "hu_jintao"], "2006-10-08", "Beijing", IP, H,
          "Prime Minister Shinzo Abe met top Chinese leaders Sunday in talks that Chinese President Hu Jintao described as a \"new start\" and \"turning point\" for chilled bilateral relations as the Japanese leader arrived in Beijing on his first overseas trip as premier that will also take him to South Korea."),
        # "Ahead of the talks with Hu ... Abe also met with Premier Wen Jiabao at the Great Hall
        # of the People" (and Wen "greeted Abe in a welcoming ceremony": the same pair, day and
        # place, one row) -> held, 2006-10-08, Beijing (the Great Hall of the People is in
        # Beijing, as White House -> Washington).
        M(["shinzo_abe", "wen_jiabao"], "2006-10-08", "Beijing", IP, H,
          "Ahead of the talks with Hu, the first bilateral summit in 18 months, Abe also met with Premier Wen Jiabao at the Great Hall of the People for about 90 minutes."),
        # "Abe, who will visit Seoul on Monday to meet with South Korean President Roh Moo Hyun"
        # -> planned, 2006-10-09 (the Monday after the Sunday post), Seoul.
        M(["shinzo_abe", "roh_moo_hyun"], "2006-10-09", "Seoul", IP, P,
          "Abe, who will visit Seoul on Monday to meet with South Korean President Roh Moo Hyun, said before leaving Tokyo he is eyeing frank discussions with his counterparts on North Korea's nuclear test plan and to \"send a message that North Korea will be isolated in the international community unless it gives up (its plan of) conducting nuclear tests.\""),
        # Not rows: the 1999 "official visit by Keizo Obuchi" (a welcoming ceremony mentioned as
        # precedent; no counterpart named); "a senior Japanese official said earlier" (unnamed);
        # "frank discussions with his counterparts" (the same meetings). The post date line,
        # above the headline on the page, was put under it (headline first); the cut-off last
        # sentence ("The summits came amid rising international tensions after") was removed.
    ],
    roles=[("Prime Minister", "shinzo_abe"), ("Chinese President", "hu_jintao"),
           ("the Japanese leader", "shinzo_abe"), ("Premier", "wen_jiabao"),
           ("South Korean President", "roh_moo_hyun")],
)

A["test_2703_modi_rajapaksa_virtual"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Modi"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "Rajapaksa"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
    },
    meetings=[
        # "Modi and his Sri Lankan counterpart Mahinda Rajapaksa held a virtual summit on
        # Saturday" -> video, held, 2020-09-26 (the Saturday of the dateline), place null (a
        # video summit; "New Delhi" is where the story was filed).
        M(["narendra_modi", "mahinda_rajapaksa"], "2020-09-26", None, VID, H,
          "New Delhi, Sep 26 (IANS) Prime Minister Narendra Modi and his Sri Lankan counterpart Mahinda Rajapaksa held a virtual summit on Saturday in which they discussed bilateral relations and regional and international issues of mutual concern."),
        # Not rows: the MEA statement (a source); the congratulations, the commendation and the
        # agreements (said during the same summit); the parliamentary elections. The excerpt
        # has no headline (it opens with the dateline); the tool's date prefix was removed.
        # "(IANS)" is the agency credit.
    ],
    # "Prime Minister" alone is not listed: it also stands inside "Prime Minister of Sri Lanka".
    roles=[("his Sri Lankan counterpart", "mahinda_rajapaksa"),
           ("Prime Minister of Sri Lanka", "mahinda_rajapaksa")],
)

_MB = ("She will also meet European Commission president Jose Manuel Barroso and the head of the European parliament, Josep Borrell.")
A["dev_2704_merkel_chirac_paris_planned"] = dict(
    actors={
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "jacques_chirac": ["Jacques Chirac"],
        "gerhard_schroeder": ["Gerhard Schroeder", "Schroeder"],
        "helmut_kohl": ["Helmut Kohl"],
        "frank_walter_steinmeier": ["Frank-Walter Steinmeier", "Steinmeier"],
        "nato": ["NATO"],
        "jaap_de_hoop_scheffer": ["Jaap de Hoop Scheffer"],
        "european_commission": ["European Commission"],
        "jose_manuel_durao_barroso": ["Jose Manuel Barroso"],
        "european_parliament": ["European parliament"],
        "josep_borrell": ["Josep Borrell"],
        "european_union": ["EU"],
    },
    meetings=[
        # "Merkel's brief visit today"; "She will see French President Jacques Chirac for lunch at
        # the Elysee Palace" -> planned (the article's perspective), 2005-11-23 (the date line),
        # Paris (headline "heads to Paris"; the Elysee Palace is in Paris).
        M(["angela_merkel", "jacques_chirac"], "2005-11-23", "Paris", IP, P,
          "She will see French President Jacques Chirac for lunch at the Elysee Palace but with less than two hours scheduled for the meeting before she flies on to Brussels, the trip appears to be more about symbolism than serious discussion."),
        # "In Brussels, Merkel will meet NATO secretary general Jaap de Hoop Scheffer" -> planned,
        # Brussels; date null (the text does not say on which day she meets him; "before she
        # flies on to Brussels" suggests the same day but does not state it).
        M(["angela_merkel", "jaap_de_hoop_scheffer"], None, "Brussels", IP, P,
          "In Brussels, Merkel will meet NATO secretary general Jaap de Hoop Scheffer, in a move her advisers say is intended to underline the importance of Germany's transatlantic partnership with the United States."),
        # "She will also meet ... Barroso and the head of the European parliament, Josep Borrell"
        # -> two planned calls, Brussels (the paragraph continues "In Brussels, ..."), date null
        # (as above). One row per named counterpart and no Barroso-Borrell pair (a list of people
        # she will meet, as dev_2504's ministers; not stated to be one joint meeting).
        M(["angela_merkel", "jose_manuel_durao_barroso"], None, "Brussels", IP, P, _MB),
        M(["angela_merkel", "josep_borrell"], None, "Brussels", IP, P, _MB),
        # Not rows: Steinmeier "told German television yesterday" (an interview); Schroeder and
        # Kohl "began with visits to Paris" (no counterpart named, no specific visit); "her
        # pledge to boost ties with Washington" (no meeting).
    ],
    roles=[("Germany's new Chancellor", "angela_merkel"), ("French President", "jacques_chirac"),
           ("new Foreign Minister", "frank_walter_steinmeier"),
           ("NATO secretary general", "jaap_de_hoop_scheffer"),
           ("European Commission president", "jose_manuel_durao_barroso"),
           ("the head of the European parliament", "josep_borrell")],
)

_MO = ("Harare — The South African president, Thabo Mbeki, and Nigeria's Olusegun Obasanjo, completed separate talks with the Zimbabwean leader, Robert Mugabe, and the defeated opposition challenger Morgan Tsvangirai on Monday, but revealed little about the immediate outcome of the meetings.")
A["dev_2705_mbeki_obasanjo_harare"] = dict(
    actors={
        "thabo_mbeki": ["Thabo Mbeki", "Mbeki"],
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo"],
        "robert_mugabe": ["Robert Mugabe", "Mugabe"],
        "morgan_tsvangirai": ["Morgan Tsvangirai", "Tsvangirai"],
        "zanu_pf": ["Zanu-PF"],
        "movement_for_democratic_change": ["Movement for Democratic Change"],
    },
    meetings=[
        # "Mbeki, and ... Obasanjo, completed separate talks with ... Mugabe, and ... Tsvangirai on
        # Monday"; "scheduled talks with Mugabe in the morning, followed by lunch at State House
        # and a separate shorter meeting with Tsvangirai in the afternoon" -> two meetings
        # (Mugabe; Tsvangirai), each with both visitors -> four cross pairs, held, 2002-03-18 (the
        # Monday of the URL date), Harare (dateline; "flew into Harare"). The lunch is part of
        # the Mugabe meeting. No Mugabe-Tsvangirai pair ("separate talks").
        M(["thabo_mbeki", "robert_mugabe"], "2002-03-18", "Harare", IP, H, _MO),
        M(["olusegun_obasanjo", "robert_mugabe"], "2002-03-18", "Harare", IP, H, _MO),
        M(["thabo_mbeki", "morgan_tsvangirai"], "2002-03-18", "Harare", IP, H, _MO),
        M(["olusegun_obasanjo", "morgan_tsvangirai"], "2002-03-18", "Harare", IP, H, _MO),
        # The two mediators sat together in both meetings -> the Mbeki-Obasanjo pair of the
        # pair rule, optional (the same side, as the same-government pairs of dev_024 and
        # 13a; one row for the day).
        M(["thabo_mbeki", "olusegun_obasanjo"], "2002-03-18", "Harare", IP, H, _MO, False),
        # Not rows: "Obasanjo told reporters" (a briefing); "discussed their proposals with
        # Mugabe's Zanu-PF party and the opposition Movement for Democratic Change" (parties; the
        # same two meetings). The excerpt has no headline (it opens with the dateline); the
        # cut-off last sentence ("They are going to digest our own views ... ideas and points w")
        # was removed, so the last quotation is left open.
    ],
    roles=[("The South African president", "thabo_mbeki"), ("the Zimbabwean leader", "robert_mugabe"),
           ("the defeated opposition challenger", "morgan_tsvangirai"),
           ("The Nigerian leader", "olusegun_obasanjo")],
)

_RS = ("He will meet his counterpart, Sir Michael today after making a courtesy call on the Governor-General Sir Paulias Matane at Government House.")
_RM = ("He will also meet with the Opposition Leader Sir Mekere Morauta and his deputy Bart Philemon.")
A["dev_2706_rudd_somare_port_moresby"] = dict(
    actors={
        "kevin_rudd": ["Kevin Rudd", "Rudd"],
        "michael_somare": ["Sir Michael Somare", "Sir Michael"],
        "john_howard": ["John Howard"],
        "paulias_matane": ["Sir Paulias Matane"],
        "mekere_morauta": ["Sir Mekere Morauta"],
        "bart_philemon": ["Bart Philemon"],
        "post_courier": ["Papua New Guinea Post Courier"],
        "australian_defence_force": ["Australian Defence Force"],
    },
    meetings=[
        # "He will meet his counterpart, Sir Michael today" (also the airport welcome "by both
        # leaders including the Prime Minister Sir Michael Somare" and "the dinner at Parliament
        # House hosted by Sir Michael": the same pair, day and place, one row) -> planned,
        # 2008-03-06 (the report's own date "[March 6, 2008]"; he "arrives in Port Moresby this
        # morning"), Port Moresby.
        M(["kevin_rudd", "michael_somare"], "2008-03-06", "Port Moresby", IP, P, _RS),
        # "after making a courtesy call on the Governor-General Sir Paulias Matane at Government
        # House" -> planned, 2008-03-06 (the same "today"), Port Moresby.
        M(["kevin_rudd", "paulias_matane"], "2008-03-06", "Port Moresby", IP, P, _RS),
        # "He will also meet with the Opposition Leader Sir Mekere Morauta and his deputy Bart
        # Philemon" -> planned; date null (no day is given for it in a three-day tour); place
        # Papua New Guinea (no city is written for it; Goroka is visited "tomorrow").
        M(["kevin_rudd", "mekere_morauta"], None, "Papua New Guinea", IP, P, _RM),
        M(["kevin_rudd", "bart_philemon"], None, "Papua New Guinea", IP, P, _RM),
        # The opposition leader and his deputy meet Rudd together -> their pair, optional (the
        # same side).
        M(["mekere_morauta", "bart_philemon"], None, "Papua New Guinea", IP, P, _RM, False),
        # "Mr Rudd is visiting on an invitation by Sir Michael at the Bali climate change forum
        # late last year" -> an earlier encounter at which the invitation was given, held, Bali,
        # date null ("late last year"); optional (implied by the invitation; the forum is a
        # multilateral event).
        M(["kevin_rudd", "michael_somare"], None, "Bali", IP, H,
          "Mr Rudd is visiting on an invitation by Sir Michael at the Bali climate change forum late last year.", False),
        # Not rows: the blog's remarks on "the previous Australian government under John
        # Howard" (no meeting); the Kokoda Track walk "three years ago"; the Goroka projects and
        # the wreath at Bomana War Memorial (no counterpart). The blog's post date, above the
        # headline on the page, was put under it; the cut-off last sentence ("He was then newly
        # appointed Prime Minis") was removed. The line break inside "A similar reception is
        # planned\nfor Mr Rudd" is kept as on the page.
    ],
    roles=[("The new Australian Prime Minister", "kevin_rudd"), ("AUSTRALIAN Prime Minister", "kevin_rudd"),
           ("the new Australian Prime Minister", "kevin_rudd"),
           ("his counterpart", "michael_somare"), ("the Governor-General", "paulias_matane"),
           ("the Opposition Leader", "mekere_morauta"), ("his deputy", "bart_philemon")],
    # "the Prime Minister" (Somare, "the Prime Minister Sir Michael Somare") and "The Prime
    # Minister who is here for a three-day tour" (Rudd) differ only in case, so neither is listed.
)

A["test_2707_pashinyan_aliyev_dushanbe"] = dict(
    actors={
        "nikol_pashinyan": ["Nikol Pashinyan", "Pashinyan"],
        "ilham_aliyev": ["Ilham Aliyev", "Aliyev"],
        "vladimir_putin": ["Putin"],
        "cis": ["CIS"],
    },
    meetings=[
        # "Pashinyan and ... Aliyev on Friday chatted in Dushanbe, ... where the two leaders were
        # attending the summit of CIS States" (caption: "held a conversation in Dushanbe ... on
        # Sept. 28"; "two brief chats in Dushanbe": the same pair, day and place, one row) ->
        # held, 2018-09-28 (the Friday before the Monday date line), Dushanbe. A conversation on
        # the sidelines of a summit.
        M(["nikol_pashinyan", "ilham_aliyev"], "2018-09-28", "Dushanbe", IP, H,
          "Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev on Friday chatted in Dushanbe, the capital of Tajikstan, where the two leaders were attending the summit of CIS States."),
        # The line "Pashinyan reports on conversation with Putin in Dushanbe" (a second caption
        # or the title of an embedded video, under the photo caption) -> a conversation with
        # Putin in Dushanbe, held, date null (not given), optional (a title line, not reported
        # in the story).
        M(["nikol_pashinyan", "vladimir_putin"], None, "Dushanbe", IP, H,
          "Pashinyan reports on conversation with Putin in Dushanbe", False),
        # Not rows: "while he was introduced to Pashinyan [sic: Aliyev] at the opening ceremonies
        # of the World Cup in June, he and the Azerbaijani leader did not converse" (the text
        # says they did not talk: no meeting); the CIS summit itself (a plenary); the Facebook
        # Live post (a broadcast). Removed: the donation line ("Your generosity empowers our
        # advocacy ..."). The excerpt ends with the quotation, which ends in a comma. The typos
        # "Azerbaiajan’s" and "Tajikstan" are kept.
    ],
    roles=[("Azerbaiajan’s president", "ilham_aliyev"), ("Prime Minister", "nikol_pashinyan"),
           ("Azerbaijani President", "ilham_aliyev"), ("the Azerbaijani leader", "ilham_aliyev")],
)

A["dev_2708_obama_castro_panama"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "Obama", "President Obama"],
        "raul_castro": ["Raul Castro", "Castro", "President Castro"],
        "white_house": ["White House"],
        "united_states_national_security_council": ["National Security Council"],
        "bernadette_meehan": ["Bernadette Meehan"],
        "nelson_mandela": ["Nelson Mandela"],
        "john_kerry": ["John Kerry"],
        "bruno_rodriguez": ["Bruno Rodriguez"],
        "fidel_castro": ["Fidel Castro"],
    },
    meetings=[
        # "Obama has briefly met with his Cuban counterpart Raul Castro"; "Obama and Castro
        # greeted and stood next to each other at the ... Summit of the Americas in Panama City
        # ... on Friday night at a dinner ceremony" -> held, 2015-04-10 (the Friday before the
        # Saturday date line), Panama City. Required: the article presents it as a meeting
        # (headline "briefly meet").
        M(["barack_obama", "raul_castro"], "2015-04-10", "Panama City", IP, H,
          "Obama and Castro greeted and stood next to each other at the historic 35-nation Summit of the Americas in Panama City, the capital of Panama, on Friday night at a dinner ceremony."),
        # "Obama had earlier spoken by phone with Castro before heading to Panama. The two
        # discussed ... the summit on Wednesday by telephone." -> phone, held, 2015-04-08, place
        # null.
        M(["barack_obama", "raul_castro"], "2015-04-08", None, PH, H,
          "The two discussed the ongoing negotiations between Washington and Havana and the summit on Wednesday by telephone."),
        # "Obama and the Cuban leader are expected to hold a meeting on the sidelines of the
        # Summit on Saturday" -> planned (the article's perspective), 2015-04-11 (the Saturday of
        # the date line), Panama City (the summit's city, given above).
        M(["barack_obama", "raul_castro"], "2015-04-11", "Panama City", IP, P,
          "Obama and the Cuban leader are expected to hold a meeting on the sidelines of the Summit on Saturday."),
        # "The two leaders met once before, when they shook hands at the funeral of ... Nelson
        # Mandela in December 2013" -> held, date null (month only), place null (the funeral's
        # place is not written); optional (a handshake at a ceremony, as the 1993 handshake in
        # ANNOTATION.md).
        M(["barack_obama", "raul_castro"], None, None, IP, H,
          "The two leaders met once before, when they shook hands at the funeral of South Africa’s anti-apartheid icon Nelson Mandela in December 2013.", False),
        # "US and Cuban foreign ministers, John Kerry and Bruno Rodriguez, made history themselves
        # on Thursday by holding the highest level talks since 1958" -> held, 2015-04-09; place
        # null (the sentence does not say where; see the notes).
        M(["john_kerry", "bruno_rodriguez"], "2015-04-09", None, IP, H,
          "US and Cuban foreign ministers, John Kerry and Bruno Rodriguez, made history themselves on Thursday by holding the highest level talks since 1958."),
        # Not rows: Meehan's statement (a source); Obama's talk to "a forum of Latin American
        # civil society members" (no named counterpart); the Summit of the Americas (a plenary);
        # Fidel Castro (no meeting). Removed: the repeated headline and the breadcrumb
        # "HomeUSForeign Policy" before the date; the cut-off last sentence ("On December 17,
        # 2014, Obama anno"). The garbled "White House National Security Council Bernadette
        # Meehan spokesperson" is kept as on the page.
    ],
    roles=[("US President", "barack_obama"), ("his Cuban counterpart", "raul_castro"),
           ("the Cuban leader", "raul_castro"), ("South Africa’s anti-apartheid icon", "nelson_mandela")],
)

A["dev_2709_lukashenka_sochi_no_meeting"] = dict(
    actors={
        "alexander_lukashenko": ["Lukashenka"],
        "vladimir_putin": ["Putin"],
        "udf_by": ["udf.by"],
    },
    meetings=[
        # No rows (the batch's zero-row control). "The Belarusian dictator returned from Sochi
        # before meeting with Putin" and "got tired of waiting Putin in Sochi" -> the meeting
        # did not take place (guide: not a row). Also not rows: "a number of working meetings
        # today" and "a meeting on construction issues" (no named counterpart); the "working
        # visit to the Russian Federation" (no counterpart met); Putin's plans "to pay working
        # visits to Sochi" (no counterpart). Removed: the site's clock line above the headline
        # ("20 January 2018, Saturday, 20:19"; see ARTICLES).
    ],
    roles=[("The Belarusian dictator", "alexander_lukashenko"), ("the Belarusian ruler", "alexander_lukashenko"),
           ("the Russian president", "vladimir_putin")],
)

_PP = ("Phnom Penh (VNA) – Prime Minister Pham Minh Chinh met with his Thai counterpart Prayut Chan-o-cha, and Speaker of the House of Representatives of Malaysia Tan Sri Azhar Azizan Harun on the sidelines of the 40th and 41st ASEAN Summits and related Summits in Phnom Penh, Cambodia, on November 11.")
A["dev_2710_chinh_prayut_phnom_penh"] = dict(
    actors={
        "pham_minh_chinh": ["Pham Minh Chinh", "Chinh"],
        "prayut_chan_o_cha": ["Prayut Chan-o-cha"],
        "azhar_azizan_harun": ["Tan Sri Azhar Azizan Harun"],
        "house_of_representatives_malaysia": ["House of Representatives of Malaysia"],
        "asean": ["ASEAN"],
        "apec": ["APEC"],
    },
    meetings=[
        # "Chinh met with his Thai counterpart Prayut Chan-o-cha, and Speaker ... Azhar Azizan
        # Harun on the sidelines of the ... ASEAN Summits ... in Phnom Penh, Cambodia, on
        # November 11" -> two sideline meetings, held, 2022-11-11, Phnom Penh; no Prayut-Azhar
        # pair ("At their meeting, the Vietnamese and Thai PMs ..." shows the Thai meeting as its
        # own; a list of counterparts, as dev_2504).
        M(["pham_minh_chinh", "prayut_chan_o_cha"], "2022-11-11", "Phnom Penh", IP, H, _PP),
        M(["pham_minh_chinh", "azhar_azizan_harun"], "2022-11-11", "Phnom Penh", IP, H, _PP),
        # "the Vietnamese and Thai PMs ... agreed to hold the fourth joint cabinet meeting next
        # year" -> an agreed meeting of the two cabinets (which the PMs chair), planned, date
        # null ("next year"), place null; optional (a meeting of two governments; that the two
        # named PMs take part is implied, not written).
        M(["pham_minh_chinh", "prayut_chan_o_cha"], None, None, IP, P,
          "At their meeting, the Vietnamese and Thai PMs expressed their pleasure with the fine development of their friendly neighbourliness and enhanced strategic partnership; and agreed to hold the fourth joint cabinet meeting next year on the occasion of 10 years of the Vietnam-Thailand strategic partnership.", False),
        # Not rows: the ASEAN Summits (plenaries); "the upcoming 29th APEC Economic Leaders’ Week"
        # (a multilateral event, no named counterpart). The photo caption that opens the excerpt
        # ("... meets with his Thai counterpart Prayut Chan-o-cha (Photo: VNA)") is the same
        # meeting; the excerpt has no headline. Removed: the tool's date prefix and the cut-off
        # last sentence ("The two PMs also agreed on strengthening solidarity and unity i").
        # "(VNA)" and "(Photo: VNA)" are agency and photo credits.
    ],
    roles=[("Prime Minister", "pham_minh_chinh"), ("his Thai counterpart", "prayut_chan_o_cha"),
           ("Speaker of the House of Representatives of Malaysia", "azhar_azizan_harun"),
           ("The Vietnamese leader", "pham_minh_chinh")],
)

A["test_2711_martin_johnson_twickenham"] = dict(
    actors={
        "micheal_martin": ["Micheal Martin", "Micheál Martin", "Mr Martin"],
        "boris_johnson": ["Boris Johnson", "Mr Johnson"],
        "vincent_keaveny": ["Vincent Keaveny"],
        "european_union": ["European Union"],
        "british_government": ["British Government"],
    },
    meetings=[
        # "Micheal Martin and Boris Johnson will meet at the Six Nations match ... at
        # Twickenham"; "when he meets Boris Johnson at the rugby this weekend"; "he will talk to
        # the Prime Minister ... on Saturday" (one meeting) -> planned (the article's
        # perspective), 2022-03-12 (the Saturday of the date line; the quoted "tomorrow" was said
        # on Friday), Twickenham.
        M(["micheal_martin", "boris_johnson"], "2022-03-12", "Twickenham", IP, P,
          "Micheal Martin and Boris Johnson will meet at the Six Nations match between England and Ireland at Twickenham."),
        # "Arriving at a reception in central London hosted by the city’s Lord Mayor Vincent
        # Keaveny on Friday" (caption: Keaveny "welcomes Taoiseach Micheál Martin for a formal
        # dinner at Mansion House in London") -> held, 2022-03-11, London; optional (a host's
        # welcome at a reception, as the welcomes and arrival greetings of earlier batches).
        M(["micheal_martin", "vincent_keaveny"], "2022-03-11", "London", IP, H,
          "Arriving at a reception in central London hosted by the city’s Lord Mayor Vincent Keaveny on Friday, Mr Martin jokingly said he hopes Ireland will emerge victorious while he is sitting alongside Mr Johnson.", False),
        # Not rows: "he told reporters" (a briefing); the "engagement between the UK, the
        # European Union and the United States" (governments); "sitting alongside Mr Johnson"
        # (the same planned meeting). "By Ted Hennessey, PA" is the byline; "(James
        # Manning/PA)" the photo credits. The date line, above the headline on the page, was put
        # under it; the cut-off last sentence ("The Taoiseach") was removed.
    ],
    roles=[("The Taoiseach", "micheal_martin"), ("the Prime Minister", "boris_johnson"),
           ("the city’s Lord Mayor", "vincent_keaveny"),
           ("The Lord Mayor of the City of London", "vincent_keaveny"), ("Taoiseach", "micheal_martin")],
)

_ET = ("Tehran, Iran – Turkey’s President Recep Tayyip Erdogan has held separate talks with Iran’s Supreme Leader Ayatollah Ali Khamenei and President Ebrahim Raisi on improving bilateral relations in Tehran, in advance of the arrival of Russian President Vladimir Putin for a trilateral summit.")
_TS = ("Putin is expected to arrive later on Tuesday for the trilateral summit with the two presidents in the “Astana format”, with Syria on the agenda.")
A["dev_2712_erdogan_raisi_khamenei_tehran"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan", "Erdogan"],
        "ebrahim_raisi": ["Ebrahim Raisi", "Raisi"],
        "ali_khamenei": ["Ayatollah Ali Khamenei", "Khamenei"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
    },
    meetings=[
        # "Erdogan has held separate talks with ... Khamenei and President Ebrahim Raisi ... in
        # Tehran"; "He received an official welcome from Raisi on Tuesday at the Saadabad Palace"
        # (the same pair, day and place); "The meeting with Khamenei took place after the Raisi
        # meeting" -> two held rows, 2022-07-19 (the Tuesday of the date; Putin "is expected to
        # arrive later on Tuesday", after the talks), Tehran. No Khamenei-Raisi pair ("separate
        # talks").
        M(["recep_tayyip_erdogan", "ebrahim_raisi"], "2022-07-19", "Tehran", IP, H, _ET),
        M(["recep_tayyip_erdogan", "ali_khamenei"], "2022-07-19", "Tehran", IP, H, _ET),
        # "Putin is expected to arrive later on Tuesday for the trilateral summit with the two
        # presidents" -> a planned three-leader summit -> pairs (as 5c, dev_2104, dev_2306),
        # Tehran; date null (the arrival is dated, the summit is not). The Putin pairs are
        # required; the Erdogan-Raisi pair, already held that day, is optional in the group
        # (as Kishida-Yoon "again, in the group" in 13a).
        M(["vladimir_putin", "recep_tayyip_erdogan"], None, "Tehran", IP, P, _TS),
        M(["vladimir_putin", "ebrahim_raisi"], None, "Tehran", IP, P, _TS),
        M(["recep_tayyip_erdogan", "ebrahim_raisi"], None, "Tehran", IP, P, _TS, False),
        # Not rows: "a planned Erdogan visit to Tehran in November 2021, but it did not
        # materialise" (did not take place); the delegation's unnamed ministers; the Russian
        # plane that "did not carry Putin"; "the Raisi administration" (no meeting). The
        # excerpt has no headline (it opens with the standfirst); the tool's date prefix was
        # removed.
    ],
    roles=[("Turkish president", "recep_tayyip_erdogan"), ("Iran’s Supreme Leader", "ali_khamenei"),
           ("Russian President", "vladimir_putin"), ("Turkey’s President", "recep_tayyip_erdogan"),
           ("The Turkish president", "recep_tayyip_erdogan")],
)
