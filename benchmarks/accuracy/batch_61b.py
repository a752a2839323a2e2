"""Accuracy corpus, batch 61b: 12 new articles about meetings between political actors, all
published (or, where the page carries no publication date, dated by their text) in EVEN years
(another helper takes odd years as batch 61a), from the 1980s to the 2020s (1980s: two, 1990s:
four, 2000s: three, 2010s: two, 2020s: one; no 1970s page was found that was both even-year and
new to the corpus; six of the twelve from before 2000 (1984, 1984, 1990, 1992, 1996, 1998; the
1990 and 1996 pages carry no publication date and are dated from their texts, see the notes), as
the brief asked for at least five), over the eleven regions (Western Europe: two; Central
Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North
America, South Asia, East Asia, Oceania: one each).
Outlets/sites: armenianclub.com (a Radio Liberty repost), the American Presidency Project
(presidency.ucsb.edu), PM Transcripts (pmtranscripts.pmc.gov.au), The Moscow Times archive
(oldtmt.vedomosti.ru), docslib.org (a declassified Clinton Library telcon memorandum), People's
Daily Online (en.people.cn; Xinhua), Modern Ghana (modernghana.com; The Chronicle), Business
Standard (business-standard.com), VHeadline Venezuela News (a blog), National Newswatch
(nationalnewswatch.com), the Margaret Thatcher Foundation (margaretthatcher.org; an extract of
Helmut Kohl's memoirs) and the Jewish Virtual Library (jewishvirtuallibrary.org; an Israeli
government text). New to the corpus as outlets: oldtmt.vedomosti.ru, the VHeadline blog and
jewishvirtuallibrary.org; the others had pages before (see the notes). The pages are new, and so are the
meetings they report.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_61b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-60b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_121NN_<slug>` / `test_121NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "May 19 2006" (a Friday, checked; the URL's 2006/05/20 is the repost's day):
    # "said on Friday" = 2006-05-19, "talks in Strasbourg the previous night" -> 2006-05-18.
    ("dev_12101_oskanian_mammadyarov_strasbourg", "Central Asia/Caucasus", "2000s", "Radio Free Europe/Radio Liberty, via armenianclub.com (repost)", "https://www.armenianclub.com/2006/05/20/no-agreement-yet-on-key-armenian-azeri-summit/", "2006-05-19"),
    # The date line "April 13, 1984" (a Friday, checked): the remarks "Following Their Meeting"
    # and "Today we took our relationship one step further" -> the meeting 1984-04-13.
    ("dev_12102_reagan_prem_1984", "Southeast Asia", "1980s", "The American Presidency Project (presidency.ucsb.edu; White House remarks)", "https://www.presidency.ucsb.edu/documents/remarks-the-president-and-prime-minister-prem-tinsulanonda-thailand-following-their", "1984-04-13"),
    # "Release Date: 07/08/1984" (day/month) and the heading "PORT MORESBY, 7 AUGUST 1984"
    # (1984-08-07, a Tuesday, checked): "YOUR TALKS WITH MR LANGE TODAY" -> 1984-08-07.
    ("test_12103_hawke_lange_port_moresby", "Oceania", "1980s", "PM Transcripts (pmtranscripts.pmc.gov.au; press conference transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-6436", "1984-08-07"),
    # No date line in the kept text and none in the search result; the URL's
    # ".../sitemap/free/1996/2/..." gives February 1996 only -> `published` empty (as dev_043);
    # "talks Tuesday" cannot be resolved to a day -> no date. Decade 1990s and the even year 1996
    # from the URL and the text ("debts accumulated up to Jan. 1, 1996").
    ("dev_12104_yeltsin_lukashenko_kremlin", "Eastern Europe/Russia", "1990s", "The Moscow Times (archive at oldtmt.vedomosti.ru)", "http://oldtmt.vedomosti.ru/sitemap/free/1996/2/article/yeltsin-signs-pacts-with-lukashenko/327834.html", ""),
    # The memorandum's own "DATE, TIME February 22, 1998, 1:15 - 1:26 p.m. EST" (a Sunday,
    # checked) -> the call 1998-02-22. Region: the non-US principal (Blair), as ANNOTATION.md.
    ("dev_12105_clinton_blair_telcon_1998", "Western Europe", "1990s", "docslib.org (Clinton Presidential Library memorandum of telephone conversation)", "https://docslib.org/doc/12491367/telecon-with-british-prime-minister-blair", "1998-02-22"),
    # The date line "08:27, June 08, 2012" and the dateline "BEIJING, June 7 (Xinhua)": "held
    # talks Thursday" = 2012-06-07 (a Thursday, checked; the caption's "June 7, 2012" agrees).
    ("dev_12106_hu_elbegdorj_beijing", "East Asia", "2010s", "People's Daily Online (en.people.cn; Xinhua)", "http://en.people.cn/90883/7839708.html", "2012-06-08"),
    # The date line "31.08.2004" (2004-08-31, a Tuesday, checked): "on Tuesday August 17, this
    # year" -> 2004-08-17 (a Tuesday, checked); the reception "on that day".
    ("test_12107_rawlings_sama_togo", "Africa", "2000s", "Modern Ghana (modernghana.com; The Chronicle)", "https://www.modernghana.com/news/62054/rawlings-mystery-togo-trip-resolved.html", "2004-08-31"),
    # The search tool's date field 2018-09-22 (a Saturday, checked; removed with its prefix) and
    # the URL's "118092200585" (2018-09-22). The meeting recalled has no date -> null.
    ("dev_12108_desai_chinese_pm_natwar", "South Asia", "2010s", "Business Standard (business-standard.com)", "https://www.business-standard.com/article/opinion/when-morarji-desai-met-chinese-pm-natwar-singh-called-it-disaster-meet-118092200585_1.html", "2018-09-22"),
    # No date in the kept text; the URL's "2008/07" gives July 2008 only -> `published` empty;
    # "scheduled for Friday" cannot be resolved -> no date. Decade 2000s, year 2008 from the URL
    # (the text: Reyes killed "on March 1", the hostages freed "last January").
    ("dev_12109_uribe_chavez_coro_planned", "Latin America", "2000s", "VHeadline Venezuela News (blog, vheadlinevenezuelanews.blogspot.com; ABN)", "http://vheadlinevenezuelanews.blogspot.com/2008/07/presidents-alvaro-uribe-and-hugo-chavez.html", ""),
    # The URL's 2022/11/29 (a Tuesday, checked): "on this date in 1989" -> 1989-11-29 (a
    # Wednesday, checked); "the following day" -> the departure 1989-11-30 (not the talks' day).
    ("dev_12110_mulroney_bush_briefing_1989", "North America", "2020s", "National Newswatch (nationalnewswatch.com; Today in Canada's Political History)", "https://www.nationalnewswatch.com/2022/11/29/today-in-canadas-political-history-pm-mulroney-briefs-president-bush-on-talks-with-gorbachev/", "2022-11-29"),
    # No publication date on the page (an extract of Helmut Kohl's memoirs on the Thatcher
    # Foundation site) -> `published` empty (as dev_043). The entry's own heading "Friday, 30
    # March 1990" (a Friday, checked) dates the meeting -> 1990-03-30; decade 1990s and the even
    # year from that heading (see the notes).
    ("test_12111_kohl_thatcher_downing_street_1990", "Western Europe", "1990s", "Margaret Thatcher Foundation (margaretthatcher.org; extract of Helmut Kohl's memoirs)", "https://margaretthatcher.org/document/111034", ""),
    # The heading "(November 19, 1992)" and "this morning (Thursday); 19.11.92" (1992-11-19, a
    # Thursday, checked) -> the call 1992-11-19.
    ("dev_12112_rabin_mubarak_phone_1992", "Middle East", "1990s", "Jewish Virtual Library (jewishvirtuallibrary.org; Israeli government text)", "https://www.jewishvirtuallibrary.org/telephone-conversation-between-prime-minister-rabin-and-president-mubarak", "1992-11-19"),
]

A = {}

_OM = "Foreign Minister Vartan Oskanian said on Friday that he and his Azerbaijani counterpart Elmar Mammadyarov failed to set a date for the next, potentially decisive Armenian-Azerbaijani summit on Nagorno-Karabakh during talks in Strasbourg the previous night."
A["dev_12101_oskanian_mammadyarov_strasbourg"] = dict(
    actors={
        "vartan_oskanian": ["Vartan Oskanian", "Oskanian"],
        "elmar_mammadyarov": ["Elmar Mammadyarov", "Mammadyarov"],
        "ilham_aliyev": ["Ilham Aliev", "Aliev"],
        "robert_kocharian": ["Robert Kocharian", "Kocharian"],
        "osce_minsk_group": ["OSCE Minsk Group"],
        "council_of_europe": ["Council of Europe"],
        "rfe_rl": ["RFE/RL"],
        # New keys.
        "council_of_europe_committee_of_ministers": ["Committee of Ministers"],
        "dan_fried": ["Dan Fried"],
        "grigory_karasin": ["Grigory Karasin"],
    },
    meetings=[
        # "... he and his Azerbaijani counterpart Elmar Mammadyarov failed to set a date ...
        # during talks in Strasbourg the previous night" ("The two men met in the presence of the
        # OSCE Minsk Group co-chairs": the same) -> held, 2006-05-18 (the night before Friday
        # 2006-05-19), Strasbourg.
        M(["vartan_oskanian", "elmar_mammadyarov"], "2006-05-18", "Strasbourg", IP, H, _OM),
        # The next Aliev-Kocharian summit (the mediators "hope than another face-to-face meeting
        # between Presidents Ilham Aliev and Robert Kocharian will yield a breakthrough"; no date
        # set, and "might therefore not take place at all") -> planned, date and place null;
        # required False (hoped for, not scheduled).
        M(["ilham_aliyev", "robert_kocharian"], None, None, IP, P,
          "The American, French and Russian mediators hope than another face-to-face meeting between Presidents Ilham Aliev and Robert Kocharian will yield a breakthrough in the Karabakh peace process.", False),
        # Not rows: "he told RFE/RL by phone" (an interview); the co-chairs' visit "on May 25"
        # with Dan Fried and Grigory Karasin (a visit to the region; the counterparts, "the
        # conflicting parties", are unnamed); "A Kocharian spokesman said" (a statement).
        # "Harry Tamrazian" (byline) and "Radio Liberty, Czech Rep." (the source line) are not
        # annotated. Kept as they stand: "hope than", "Minster", "Aliev" beside "Kocharian".
        # Removed: at the end, the cut-off last sentence ("The mediators will discuss with the
        # conflicting parties their new unpublicized peace proposals put forward"). Nothing
        # removed at the start.
    ],
    roles=[("Foreign Minister", "vartan_oskanian"), ("his Azerbaijani counterpart", "elmar_mammadyarov"),
           ("U.S. Assistant Secretary of State", "dan_fried"), ("Russian Deputy Foreign Minster", "grigory_karasin")],
)

A["dev_12102_reagan_prem_1984"] = dict(
    actors={
        "ronald_reagan": ["Ronald Reagan"],
        "prem_tinsulanonda": ["Prem Tinsulanonda", "Prime Minister Prem", "Prem"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "Remarks of the President and Prime Minister Prem Tinsulanonda of Thailand Following
        # Their Meeting" / "I'm delighted to have this opportunity to exchange views with Prime
        # Minister Prem" (the President is Ronald Reagan, named in the page's photo label) ->
        # held, 1984-04-13 (the date line; "Today we took our relationship one step further"),
        # place null (no place in the text).
        M(["ronald_reagan", "prem_tinsulanonda"], "1984-04-13", None, IP, H,
          "The President. I'm delighted to have this opportunity to exchange views with Prime Minister Prem and to discuss with him events in Southeast Asia and in other parts of the world."),
        # Not rows: "This is the Prime Minister's second visit with me" (a count; the earlier
        # visit has no date or place); the treaties (Treaty of Amity and Commerce, Manila Pact;
        # not actors); the science and technology agreement (a signing at the same meeting).
        # Kept as they stand: the photo label "Ronald Reagan picture" (the only place the
        # President is named), "of that and American people to—of Thai". Removed: at the end, the
        # cut-off last sentence ("We'll also request the Co"). Nothing removed at the start.
    ],
    roles=[("The President", "ronald_reagan"), ("the Prime Minister", "prem_tinsulanonda")],
)

_HL = "JOURNALIST: -PRIME MINISTER WHAT DID EP'ERGE OUT OF YOUR TALKS WITH MR LANGE TODAY."
A["test_12103_hawke_lange_port_moresby"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert", "Hawke, Robert James Lee"],
        "david_lange": ["MR LANGE", "LANGE", "DAVID"],
        "bill_hayden": ["BILL HAYDEN"],
    },
    meetings=[
        # "WHAT DID EP'ERGE OUT OF YOUR TALKS WITH MR LANGE TODAY" (asked of the Prime Minister,
        # Hawke, named in the transcript's header; "I WAS PUTTING TO DAVID OUR ASSESSMENT": the
        # same talks) -> held, 1984-08-07 (the press conference's day), Port Moresby (the heading
        # "PRESS CONFERENCE AT TRAVELODGE HOTEL, PORT MORESBY"; the talks "TODAY" in the same
        # place, as the dateline convention).
        M(["bob_hawke", "david_lange"], "1984-08-07", "Port Moresby", IP, H, _HL),
        # Not rows: the United States' position put "TO THE NEW ZEALANDERS" (unnamed, a
        # position); BILL HAYDEN "HAS MADE CLEAR" (a statement); the ANZUS alliance (a treaty;
        # not an actor). Kept as they stand: the OCR slips "EP'ERGE", "OU'D", "ACTING'AS",
        # "STATES9", "ANYONEs", "AUSTRALIAi", "ZMPROPER", "GOVERNMJENT", "19847", "REVERSED1 17".
        # Removed: at the start, the site header ("PM Transcripts", "Transcripts from the Prime
        # Ministers of Australia"); at the end, the cut-off fragment "(.;' HERE WAS S".
    ],
    roles=[("PRIME MINISTER", "bob_hawke")],
)

A["dev_12104_yeltsin_lukashenko_kremlin"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "alexander_lukashenko": ["Alexander Lukashenko", "Lukashenko"],
        "mikhail_gorbachev": ["Mikhail Gorbachev"],
        "viktor_chernomyrdin": ["Viktor Chernomyrdin"],
        "interfax": ["Interfax"],
        "itar_tass": ["Itar-Tass"],
        "federation_council": ["Federation Council"],
    },
    meetings=[
        # "Yeltsin said after a two-hour meeting in the Kremlin with Lukashenko" ("talks Tuesday":
        # the same) -> held, date null (no publication day), Moscow (the Kremlin, resolved to its
        # city as "White House -> Washington").
        M(["boris_yeltsin", "alexander_lukashenko"], None, "Moscow", IP, H,
          "\"Life itself pushes Russia and Belarus towards integration,\" Yeltsin said after a two-hour meeting in the Kremlin with Lukashenko, Interfax reported."),
        # "Lukashenko then met ... with Prime Minister Viktor Chernomyrdin" -> held, date null,
        # place null (no place given for this meeting).
        M(["alexander_lukashenko", "viktor_chernomyrdin"], None, None, IP, H,
          "Lukashenko then met with members of the Federation Council and with Prime Minister Viktor Chernomyrdin."),
        # Not rows: "members of the Federation Council" (unnamed members); the signings (the same
        # meetings); the road agreement "Russia is planning to reach ... with Poland" (countries).
        # Kept as they stand: "Belarussian". Removed: at the start, the site's browser-alert
        # line ("Get the latest updates as we post them — right on your browser") and ". Last
        # Updated: 07/27/2016"; at the end, the cut-off last sentence ("Lukashenko hailed the
        # agreements as").
    ],
    roles=[("Belarussian President", "alexander_lukashenko"), ("Soviet president", "mikhail_gorbachev"),
           ("President", "boris_yeltsin"), ("Prime Minister", "viktor_chernomyrdin")],
)

A["dev_12105_clinton_blair_telcon_1998"] = dict(
    actors={
        "bill_clinton": ["Bill"],
        "tony_blair": ["Blair"],
        "madeleine_albright": ["Madeleine"],
        "un_security_council": ["Security Council"],
        "cnn": ["CNN"],
        # New keys.
        "kofi_annan": ["Kofi"],
        "butler_unscom": ["Butler"],
        "unscom": ["UNSCOM"],
        "peter_huggins": ["Peter Huggins"],
        "bonnie_glick": ["Bonnie Glick"],
        "tom_crowell": ["Tom Crowell"],
        "lawrence_butler": ["Lawrence Butler"],
        "gwenyth_todd": ["Gwenyth Todd"],
        "joe_marty": ["Joe Marty"],
    },
    meetings=[
        # "SUBJECT: Telcon with British Prime Minister Blair" ("PARTICIPANTS: The President Prime
        # Minister Blair"; "Hello Bill": the President is Bill; "DATE, TIME February 22, 1998") ->
        # phone, held, 1998-02-22, no place (a call). The notetakers are present, not
        # participants.
        M(["bill_clinton", "tony_blair"], "1998-02-22", None, PH, H,
          "SUBJECT: Telcon with British Prime Minister Blair (U)"),
        # "I talked to him but not toda ." (Blair and Kofi; a day before the call, kind not
        # stated) -> held, date null, place null; required False (kind unknown, a passing
        # mention; written as in_person by default).
        M(["tony_blair", "kofi_annan"], None, None, IP, H,
          "Prime Minister Blair: I talked to him but not toda .", False),
        # "He said he was going to call me." (Kofi -> Blair) -> phone, planned, date null;
        # required False (an intention reported second-hand).
        M(["kofi_annan", "tony_blair"], None, None, PH, P,
          "He said he was going to call me.", False),
        # Not rows: "All Madeleine has is a cryptic call" (the caller unnamed); "If we ask Kofi
        # to revisit" (a hypothetical visit to sites, not a meeting); the CNN reporter (unnamed).
        # "Butler" (works for the Security Council) is kept apart from the notetaker "Lawrence
        # Butler" (the text does not say they are the same). Kept as they stand: the OCR and
        # redaction marks ("J.eJ", "toda .", "I' 11", "intelli ence", "('&)", "--+er-", "J..G1",
        # "·The", "E.0.", "J€;J", "section l.4(b)(d)"). Removed: at the start, the leading empty
        # lines; at the end, the cut-off last sentence ("But some of those sites have a hundred
        # warehouse-sized bui").
    ],
    roles=[("The President", "bill_clinton"), ("British Prime Minister", "tony_blair"),
           ("Prime Minister Blair", "tony_blair")],
)

A["dev_12106_hu_elbegdorj_beijing"] = dict(
    actors={
        "hu_jintao": ["Hu Jintao", "Hu"],
        "tsakhiagiin_elbegdorj": ["Tsakhia Elbegdorj", "Elbegdorj"],
        "shanghai_cooperation_organization": ["Shanghai Cooperation Organization", "SCO"],
    },
    meetings=[
        # "Chinese President Hu Jintao held talks Thursday with Mongolian President Tsakhia
        # Elbegdorj in the Great Hall of the People in Beijing" (the caption and the "welcoming
        # ceremony ... before their talks": the same) -> held, 2012-06-07, Beijing.
        M(["hu_jintao", "tsakhiagiin_elbegdorj"], "2012-06-07", "Beijing", IP, H,
          "BEIJING, June 7 (Xinhua) -- Chinese President Hu Jintao held talks Thursday with Mongolian President Tsakhia Elbegdorj in the Great Hall of the People in Beijing."),
        # Not rows: the SCO summit / "12th Meeting of the Council of Heads of Member States of
        # the SCO" (a plenary); Elbegdorj's arrival "Wednesday afternoon" (an arrival). Xinhua in
        # the dateline and "(Xinhua/Huang Jingwen)" (agency credit, photo credit) are not
        # annotated. Nothing removed (the excerpt is whole; its empty lines kept).
    ],
    roles=[("Chinese President", "hu_jintao"), ("Mongolian President", "tsakhiagiin_elbegdorj")],
)

_RS = "He said that it was under those circumstances that Prime Minister Koffi Sama and the Togolese Minister for Security and Interior received Flt. Lt. Jerry John Rawlings in Togo from where similar protocol courtesies and privileges were extended to him to facilitate his travel to Ghana through the Aflao Ghana-Togo border on that day."
A["test_12107_rawlings_sama_togo"] = dict(
    actors={
        "jerry_rawlings": ["Flt. Lt. Jerry John Rawlings", "Jerry John Rawlings", "ex-President Rawlings",
                           "former President Rawlings", "Rawlings"],
        # New keys.
        "koffi_sama": ["Koffi Sama"],
        "the_chronicle_ghana": ["The Chronicle"],
    },
    meetings=[
        # "Prime Minister Koffi Sama and the Togolese Minister for Security and Interior received
        # Flt. Lt. Jerry John Rawlings in Togo ... on that day" (the day is "Tuesday August 17,
        # this year") -> Sama-Rawlings, held, 2004-08-17, Togo (the reception is placed "in
        # Togo"; Lome is named only for his presence). The minister is unnamed (not listed).
        M(["koffi_sama", "jerry_rawlings"], "2004-08-17", "Togo", IP, H, _RS),
        # Not rows: "never on an official visit to Togo" (denied); the Benin officials' escort
        # (unnamed officials); the anonymous official's statements to The Chronicle (an
        # interview). "By Chronicle" (byline) is not annotated. Removed: at the start, the site
        # logo line ("ModernGhana logo"); below the byline, the site line "Listen to article"; at
        # the end, the cut-off last sentence ("He did not even alight from his vehicle at the
        # Aflao border where Togolese customs and immigra").
    ],
    roles=[("the former Ghanaian head of state", "jerry_rawlings"), ("the ex-Ghanaian head of state", "jerry_rawlings"),
           ("Prime Minister", "koffi_sama")],
)

A["dev_12108_desai_chinese_pm_natwar"] = dict(
    actors={
        "morarji_desai": ["Morarji Desai", "Desai"],
        "k_natwar_singh": ["Singh"],
    },
    meetings=[
        # "he recalls the first meeting between China's Prime Minister and Desai" (the Chinese
        # Prime Minister is never named) -> a one-party row (Desai), held, date null (no date),
        # place null.
        M(["morarji_desai"], None, None, IP, H,
          "In a recent article on diplomacy and Morarji Desai, he recalls the first meeting between China’s Prime Minister and Desai."),
        # Not rows: the Commonwealth Summit in Lusaka (a plenary; the note before it is a
        # note); "the Prime Minister and Foreign Ministers sat down" (the same meeting; unnamed
        # ministers). The writer is called "K" and "Singh" (the page has dropped the linked
        # names: "foreign minister K is", "was aghast"); only "Singh" is annotated. Kept as they
        # stand: "K is", ". was aghast", the mixed quotes "‘dietary preferences of the Prime
        # Minister”", "five piece". Removed: at the start, the search tool's date prefix
        # (" date 2018-09-22 "). Nothing removed at the end.
    ],
    roles=[("the Finance Minister", "morarji_desai")],
)

A["dev_12109_uribe_chavez_coro_planned"] = dict(
    actors={
        "alvaro_uribe": ["Alvaro Uribe"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "nicolas_maduro": ["Nicolas Maduro", "Maduro"],
        "rafael_correa": ["Rafael Correa"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
        "unasur": ["South American Union", "Unasur"],
        "rio_group": ["Rio Group"],
        # New keys.
        "raul_reyes": ["Raul Reyes"],
        "abn_venezuela": ["ABN"],
    },
    meetings=[
        # "the meeting scheduled for Friday between Presidents Alvaro Uribe of Colombia and Hugo
        # Chavez of Venezuela" ("The meeting will be in Coro, Falcoón state") -> planned, date
        # null (no publication day), Coro.
        M(["alvaro_uribe", "hugo_chavez"], None, "Coro", IP, P,
          "Foreign Minister Nicolas Maduro said that the meeting scheduled for Friday between Presidents Alvaro Uribe of Colombia and Hugo Chavez of Venezuela would be characterized by the \"re-establishment\" of a \"constructive and respectful dialogue,\" the state news agency ABN reported."),
        # "the two presidents have met on the sidelines of the Rio Group summit in the Dominican
        # Republic and the South American Union (Unasur) meeting in Brasilia" -> two held rows
        # (two separate encounters), dates null, Dominican Republic (no city) and Brasilia.
        M(["alvaro_uribe", "hugo_chavez"], None, "Dominican Republic", IP, H,
          "Since the impasse in March, the two presidents have met on the sidelines of the Rio Group summit in the Dominican Republic and the South American Union (Unasur) meeting in Brasilia."),
        M(["alvaro_uribe", "hugo_chavez"], None, "Brasilia", IP, H,
          "Since the impasse in March, the two presidents have met on the sidelines of the Rio Group summit in the Dominican Republic and the South American Union (Unasur) meeting in Brasilia."),
        # Not rows: Maduro's announcement (a statement); Correa "broke diplomatic relations" (no
        # meeting); Chavez "publicly urged the FARC" (a statement); the hostages' release. Kept
        # as they stand: "Falcoón", "Chavez'". Removed: at the end, the blog block "No comments:"
        # / "Post a Comment". Nothing removed at the start (the excerpt has no title).
    ],
    roles=[("Foreign Minister", "nicolas_maduro"), ("the minister", "nicolas_maduro"),
           ("deputy leader", "raul_reyes"), ("Ecuadorean President", "rafael_correa")],
)

A["dev_12110_mulroney_bush_briefing_1989"] = dict(
    actors={
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
        "george_h_w_bush": ["George H.W. Bush", "President Bush", "Bush"],
        "mikhail_gorbachev": ["Mikhail Gorbachev", "President Gorbachev", "Gorbachev"],
        "james_baker": ["Secretary Baker"],
    },
    meetings=[
        # "Prime Minister Brian Mulroney was at the White House on this date in 1989 where he
        # gave President George H.W. Bush ... an in-person briefing" -> held, 1989-11-29 (this
        # date = the publication day 11-29, in 1989), Washington (the White House).
        M(["brian_mulroney", "george_h_w_bush"], "1989-11-29", "Washington", IP, H,
          "Prime Minister Brian Mulroney was at the White House on this date in 1989 where he gave President George H.W. Bush and senior members of his Administration an in-person briefing about his recently concluded talks with Mikhail Gorbachev in Moscow."),
        # "his recently concluded talks with Mikhail Gorbachev in Moscow" -> held, date null,
        # Moscow.
        M(["brian_mulroney", "mikhail_gorbachev"], None, "Moscow", IP, H,
          "Prime Minister Brian Mulroney was at the White House on this date in 1989 where he gave President George H.W. Bush and senior members of his Administration an in-person briefing about his recently concluded talks with Mikhail Gorbachev in Moscow."),
        # "Bush, who would depart for Malta the following day for his first talks with the Soviet
        # leader" -> planned (future from the story's 1989 vantage), date null (the departure
        # day is given, not the talks' day), Malta.
        M(["george_h_w_bush", "mikhail_gorbachev"], None, "Malta", IP, P,
          "Bush, who would depart for Malta the following day for his first talks with the Soviet leader since becoming President, had requested the briefing from Canada’s Prime Minister."),
        # Not rows: "the fifth bilateral between the PM and the President this year" (a count);
        # "Secretary Baker, and the others" (present at the briefing, not participants); the
        # embassy report (a document). Removed: at the end, the photo-caption markup and the
        # author note ("[caption id=... ] Prime Minister Brian Mulroney and President George
        # H.W. Bush[/caption]Arthur Milnes is an accomplished public historian ... Frontenac Club
        # Hotel."; the caption repeats the two names). Nothing removed at the start.
    ],
    roles=[("Canada’s Prime Minister", "brian_mulroney"), ("the Soviet leader", "mikhail_gorbachev"),
           ("The President", "george_h_w_bush"), ("the PM", "brian_mulroney"), ("The Prime Minister", "brian_mulroney")],
)

A["test_12111_kohl_thatcher_downing_street_1990"] = dict(
    actors={
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "margaret_thatcher": ["Margaret Thatcher", "Margaret"],
        "george_h_w_bush": ["Bush"],
        "mikhail_gorbachev": ["Gorbachev"],
        "nato": ["NATO"],
    },
    meetings=[
        # "In the morning, the Federal Chancellor and the Prime Minister meet for a one-to-one
        # conversation in No.10 Downing Street" (Kohl and Margaret Thatcher, named in the next
        # sentences; the press conference and luncheon: the same visit) -> held, 1990-03-30 (the
        # entry's heading "Friday, 30 March 1990"), London (No.10 Downing Street, resolved to its
        # city).
        M(["helmut_kohl", "margaret_thatcher"], "1990-03-30", "London", IP, H,
          "In the morning, the Federal Chancellor and the Prime Minister meet for a one-to-one conversation in No.10 Downing Street."),
        # "even before Bush's meeting with Gorbachev" -> planned (ahead), date and place null;
        # required False (a passing reference to another meeting).
        M(["george_h_w_bush", "mikhail_gorbachev"], None, None, IP, P,
          "Margaret Thatcher proposes working out various options even before Bush's meeting with Gorbachev.", False),
        # Not rows: the press conference (a news conference of the same visit); "partners in
        # talks" (general). Nothing removed (the excerpt is whole).
    ],
    roles=[("the Federal Chancellor", "helmut_kohl"), ("the Prime Minister", "margaret_thatcher")],
)

A["dev_12112_rabin_mubarak_phone_1992"] = dict(
    actors={
        "yitzhak_rabin": ["Yitzhak Rabin", "Prime Minister Rabin", "Mr. Rabin", "Rabin"],
        "hosni_mubarak": ["Hosni Mubarak", "President Mubarak", "Mubarak"],
        "anwar_sadat": ["President Sadat", "Sadat"],
    },
    meetings=[
        # "Prime Minister and Defense Minister Yitzhak Rabin, this morning (Thursday); 19.11.92,
        # phoned Egyptian President Hosni Mubarak" (the heading "Telephone Conversation between
        # Prime Minister Rabin and President Mubarak": the same) -> phone, held, 1992-11-19, no
        # place (a call).
        M(["yitzhak_rabin", "hosni_mubarak"], "1992-11-19", None, PH, H,
          "Prime Minister and Defense Minister Yitzhak Rabin, this morning (Thursday); 19.11.92, phoned Egyptian President Hosni Mubarak on the occasion of the 15th anniversary of the visit to Israel by President Sadat."),
        # Not rows: "the visit to Israel by President Sadat" / "the Sadat visit to Jerusalem" (a
        # visit to a country, no counterpart named); "the peace talks now being conducted"
        # (unnamed negotiators). Kept as they stand: "(Thursday); 19.11.92", "work for an assist".
        # Nothing removed (the excerpt is whole).
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("Prime Minister and Defense Minister", "yitzhak_rabin"),
           ("The prime minister", "yitzhak_rabin")],
)
