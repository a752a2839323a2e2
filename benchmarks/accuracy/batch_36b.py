"""Accuracy corpus, batch 36b: 12 new articles about meetings between political actors, from the
1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: one, 1990s: four, 2000s: three,
2010s: one, 2020s: two), over eleven regions (East Asia: two; Central Asia/Caucasus, Southeast
Asia, Oceania, Eastern Europe/Russia, South Asia, Western Europe, Latin America, Africa, North
America, Middle East: one each). Outlets/sites: the Office of the Prime Minister of Armenia
(primeminister.am, a press release), the khmernz blog (a Cambodian press story via CAAI), The
Press (Christchurch) via Papers Past, the Office of the President of Estonia (vp1992-2001.president.ee,
a press release), Bangla2000 (an AP story), The Japan Times (twice), The American Presidency
Project (presidency.ucsb.edu, Public Papers of the Presidents), the White House Office of the
Press Secretary (Clinton archive), Lusaka Times, The Christian Science Monitor and the Tehran
Times; some of these sites were used before, the pages are new. Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_36b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-35b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_71NN_<slug>` / `test_71NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "25.03.2022" and the URL 2022/03/25 (a Friday). The call is told
    # without a day ("had a telephone conversation"; no "today") -> date null.
    ("dev_7101_pashinyan_putin_call", "Central Asia/Caucasus", "2020s", "Office of the Prime Minister of Armenia (primeminister.am; press release)", "https://www.primeminister.am/en/press-release/item/2022/03/25/Nikol-Pashinyan-Telephone-Conversation/", "2022-03-25"),
    # The date line "Sunday, 26 September 2010 20:07" (the URL gives 2010/09): the New York
    # meeting has no day in the text -> null; "last month" (ties resumed), "next week's
    # Asia-Europe Meeting" and "late October" -> no dates.
    ("dev_7102_hun_sen_abhisit_new_york", "Southeast Asia", "2010s", "khmernz blog (khmernz.blogspot.com), via CAAI; byline Cheang Sokha", "http://khmernz.blogspot.com/2010/09/hun-sen-and-abhisit-vow-to-cooperate.html", "2010-09-26"),
    # The Papers Past id CHP19790407 = The Press (Christchurch), 7 April 1979 (a Saturday):
    # "will leave tomorrow" = 1979-04-08 (the departure; no meeting has a day) -> every planned
    # meeting of the tour is dated null.
    ("test_7103_rowling_ordia_trip", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (National Library of New Zealand)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19790407.2.19", "1979-04-07"),
    # The page's date line "14.08.2001" (a Tuesday): "today" (the return, no meeting) =
    # 2001-08-14; "Yesterday" (the seminar, the lunch with Koivisto, the afternoon visit and the
    # plaque) = 2001-08-13; "On August 19-23, 1991" (history, no row).
    ("dev_7104_meri_koivisto_helsinki", "Eastern Europe/Russia", "2000s", "Office of the President of the Republic of Estonia (vp1992-2001.president.ee; press release)", "https://vp1992-2001.president.ee/eng/PrinditavDokument.asp?ID=9005", "2001-08-14"),
    # The date line "August 2, 2000" (a Wednesday; also the URL's 8-2-2000); the caption's
    # "Tuesday, August 1, 2000" pins "Tuesday" and "Tuesday night" = 2000-08-01; "on Thursday"
    # (the departure for Bangalore, no row) = 2000-08-03; "this week" -> no date.
    ("dev_7105_koirala_vajpayee_delhi", "South Asia", "2000s", "Bangla2000 (bangla2000.com; AP)", "http://bangla2000.com/News/Archive/International/8-2-2000/news_detail8.html", "2000-08-02"),
    # The URL's date 1997/12/19 (a Friday): "a telephone conversation Friday" = 1997-12-19 (the
    # day of the paper; the election "the previous day" = 1997-12-18, no row); "meet soon" ->
    # no date.
    ("dev_7106_hashimoto_kim_call", "East Asia", "1990s", "The Japan Times (japantimes.co.jp)", "https://www.japantimes.co.jp/news/1997/12/19/national/hashimoto-to-meet-new-president-of-south-korea/", "1997-12-19"),
    # The page's date line "February 24, 1988" (a Wednesday): "meet today" = 1988-02-24; "next
    # week" (the NATO summit) -> no date.
    ("test_7107_cavaco_silva_washington", "Western Europe", "1980s", "The American Presidency Project (presidency.ucsb.edu; Public Papers of the Presidents)", "https://www.presidency.ucsb.edu/documents/remarks-following-discussions-with-prime-minister-anibal-cavaco-silva-portugal-0", "1988-02-24"),
    # The release line "For Immediate Release June 25, 1996" (a Tuesday) and the URL: "today" =
    # 1996-06-25; "on May 21" = 1996-05-21 (the year of the release); "last week" (the foreign
    # ministers' agreement, no row) -> no date.
    ("dev_7108_clinton_duran_ballen", "Latin America", "1990s", "The White House, Office of the Press Secretary (Clinton archive, clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1996/06/1996-06-25-statement-on-visit-of-the-president-of-ecuador.html", "1996-06-25"),
    # The URL's date 2024/03/27 (a Wednesday; also the search result's date 2024-03-27):
    # "yesterday" = 2024-03-26.
    ("dev_7109_hichilema_masisi_kazungula", "Africa", "2020s", "Lusaka Times (lusakatimes.com)", "https://www.lusakatimes.com/2024/03/27/presidents-of-zambia-and-botswana-meet-to-strengthen-bilateral-ties/", "2024-03-27"),
    # The URL's date 1992/0731 (a Friday): "agreed Wednesday" = 1992-07-29 (a statement, no
    # row); "next Tuesday" = 1992-08-04 (the first Tuesday after both the Wednesday and the
    # Friday paper); "July 7" and "June 1990" (no rows).
    ("dev_7110_bourassa_ends_boycott", "North America", "1990s", "The Christian Science Monitor (csmonitor.com)", "https://csmonitor.com/1992/0731/31023.html", "1992-07-31"),
    # The page's date line "May 12, 2009" (a Tuesday): "on Monday" (the Netanyahu-Mubarak
    # meeting; Ma'ariv's report) = 2009-05-11; "next week" (Obama, King Abdullah II) -> no date.
    ("test_7111_abbas_turns_down_netanyahu", "Middle East", "2000s", "Tehran Times (tehrantimes.com; from Ma'an News)", "https://tehrantimes.com/print/194380/Abbas-turns-down-offer-to-meet-Netanyahu", "2009-05-12"),
    # The URL's date 1998/04/17 (a Friday): "sources said Friday" = 1998-04-17; the visit "May
    # 11-15" (a range; no row).
    ("dev_7112_bagabandi_visit_expected", "East Asia", "1990s", "The Japan Times (japantimes.co.jp)", "https://japantimes.co.jp/news/1998/04/17/national/mongolian-president-to-visit-in-may", "1998-04-17"),
]

A = {}

A["dev_7101_pashinyan_putin_call"] = dict(
    actors={
        "nikol_pashinyan": ["Nikol Pashinyan", "Prime Minister Pashinyan", "PM Pashinyan", "Pashinyan"],
        "vladimir_putin": ["Vladimir Putin"],
    },
    meetings=[
        # "Prime Minister Nikol Pashinyan had a telephone conversation with the President of the
        # Russian Federation Vladimir Putin" (the headline "holds phone talk" is the same call)
        # -> phone, held; no day in the text (the release's date line dates the release, not
        # the call; as dev_501 and dev_5104) -> date null; place null.
        M(["nikol_pashinyan", "vladimir_putin"], None, None, PH, H,
          "Prime Minister Nikol Pashinyan had a telephone conversation with the President of the Russian Federation Vladimir Putin."),
        # Not rows: "The leaders of the two countries agreed to make efforts to resolve the
        # crisis" (the same call); the Azerbaijani units and the Russian peacekeepers (unnamed
        # armed forces; not annotated as actors: no named organisation). Removed: the section
        # label "Press releases" at the start and the link "← Back to list" at the end.
    ],
    roles=[("the President of the Russian Federation", "vladimir_putin")],
)

A["dev_7102_hun_sen_abhisit_new_york"] = dict(
    actors={
        "hun_sen": ["Hun Sen"],
        "bun_rany": ["Bun Rany"],
        "abhisit_vejjajiva": ["Abhisit Vejjajiva", "Abhisit"],
        "prak_sokhon": ["Prak Sokhon"],
        "thaksin_shinawatra": ["Thaksin Shinawatra"],
        "united_nations_general_assembly": ["United Nations General Assembly"],
        "council_of_ministers_cambodia": ["Council of Ministers"],
        "unesco_world_heritage_committee": ["UNESCO World Heritage Committee"],
    },
    meetings=[
        # "the two leaders had met for about half an hour on the sidelines of the United Nations
        # General Assembly" (Hun Sen and Abhisit, "their first face-to-face meeting") -> a
        # bilateral on the sidelines, held; date null (no day in the text); place New York (the
        # text names New York as the city the delegation returned from, in the caption and in
        # "the ASEAN-US Leaders' Meeting in New York"; not inferred from the Assembly alone).
        M(["hun_sen", "abhisit_vejjajiva"], None, "New York", IP, H,
          "Speaking to reporters at Phnom Penh International Airport upon the return of the Cambodian delegation from the ASEAN-US Leaders’ Meeting in New York, Council of Ministers secretary of state Prak Sokhon said the two leaders had met for about half an hour on the sidelines of the United Nations General Assembly."),
        # "Hun Sen and Abhisit will have the opportunity to speak again at next week's
        # Asia-Europe Meeting in Belgium, and at the ASEAN Leaders' Meeting in Vietnam in late
        # October" -> two planned encounters at two multilateral summits (one per summit);
        # dates null ("next week", "late October"); places Belgium and Vietnam (no city);
        # required False (an "opportunity to speak" at a summit, not an arranged bilateral).
        M(["hun_sen", "abhisit_vejjajiva"], None, "Belgium", IP, P,
          "Hun Sen and Abhisit will have the opportunity to speak again at next week’s Asia-Europe Meeting in Belgium, and at the ASEAN Leaders’ Meeting in Vietnam in late October, Prak Sokhon said.",
          False),
        M(["hun_sen", "abhisit_vejjajiva"], None, "Vietnam", IP, P,
          "Hun Sen and Abhisit will have the opportunity to speak again at next week’s Asia-Europe Meeting in Belgium, and at the ASEAN Leaders’ Meeting in Vietnam in late October, Prak Sokhon said.",
          False),
        # Not rows: the caption "Hun Sen and his wife Bun Rany arrive at Phnom Penh International
        # Airport" (an arrival, no encounter); Prak Sokhon "Speaking to reporters" (a
        # statement); the ASEAN-US Leaders' Meeting (a multilateral meeting; its name is an
        # event, ASEAN is not annotated from it); Abhisit's quote (the same meeting); Thaksin's
        # appointment as adviser (an appointment); the ambassadors' withdrawal (unnamed); the
        # World Heritage Committee meeting in Brazil (a committee session). "via CAAI" is the
        # blog's source credit and "Cheang Sokha" the byline (not annotated). Removed: the photo
        # credit "Photo Supplied" at the start and, inside the text, the second (duplicated)
        # copy of the caption line; the last, cut-off word "With" at the end.
    ],
    roles=[("his Thai counterpart", "abhisit_vejjajiva"), ("his wife", "bun_rany"),
           ("Council of Ministers secretary of state", "prak_sokhon"),
           ("ousted former Thai prime minister", "thaksin_shinawatra")],
)

A["test_7103_rowling_ordia_trip"] = dict(
    actors={
        "bill_rowling": ["Mr Rowling", "Rowling"],
        "abraham_ordia": ["Mr Abraham Ordia", "Abraham Ordia", "Mr Ordia", "Ordia"],
        "supreme_council_for_sport_in_africa": ["Supreme Council for Sport in Africa", "African Sports Council", "Sports Council"],
        "new_zealand_labour_party": ["Labour Party"],
        "teamsters_union": ["Teamsters’ Union"],
        "george_meaney": ["Mr George Meaney", "George Meaney"],
        "james_callaghan": ["Mr Callaghan", "Callaghan"],
        "margaret_thatcher": ["Mrs Thatcher", "Thatcher"],
    },
    meetings=[
        # "he hoped to see the African Sports Council's head, Mr Abraham Ordia, in Lagos" (the
        # headline "ready to talk to Mr Ordia") -> an intended meeting on the tour -> planned;
        # date null (no day: the tour starts "tomorrow"); place Lagos.
        M(["bill_rowling", "abraham_ordia"], None, "Lagos", IP, P,
          "He told a new’s conference that he hoped to see the African Sports Council’s head, Mr Abraham Ordia, in Lagos."),
        # "Mr Rowling's first stop will be Honolulu where he will meet the United States Naval
        # Commander-in-Chief in the Pacific" -> the counterpart is given only by office ->
        # one-party row, planned, date null, Honolulu; required False (an unnamed officer).
        M(["bill_rowling"], None, "Honolulu", IP, P,
          "Mr Rowling’s first stop will be Honolulu where he will meet the United States Naval Commander-in-Chief in the Pacific.",
          False),
        # "going on to Washington for meetings with representatives of the Government, ... and
        # the trade-union movement, including the Teamsters' Union head, Mr George Meaney" ->
        # planned, date null, Washington; the one named counterpart.
        M(["bill_rowling", "george_meaney"], None, "Washington", IP, P,
          "In Los Angeles he will have discussions with representatives of New Zealand firms and meet American businessmen before going on to Washington for meetings with representatives of the Government, financial and economic institutions, and the trade-union movement, including the Teamsters’ Union head, Mr George Meaney."),
        # "Mr Rowling will then fly to Lagos where he will meet members of the Government and
        # people in the energy field" -> unnamed counterparts -> one-party row, planned, date
        # null, Lagos; required False.
        M(["bill_rowling"], None, "Lagos", IP, P,
          "t Mr Rowling will then fly to Lagos where he will meet members of the Government and people in the energy field.",
          False),
        # "His next stop will be London where he will see the Prime Minister (Mr Callaghan) and
        # other Ministers" -> planned, date null, London.
        M(["bill_rowling", "james_callaghan"], None, "London", IP, P,
          "His next stop will be London where he will see the Prime Minister (Mr Callaghan) and other Ministers."),
        # Not rows: "he had no plan to meet the Leader of the Opposition (Mrs Thatcher)" (a
        # meeting that is not planned); "I had hoped to meet him when he was in New Zealand"
        # (a meeting that did not take place); Rowling "intends to tell the Supreme Council for
        # Sport in Africa" and "would tell the Sports Council" (messages to an organisation,
        # not a meeting with a named person beyond the Ordia row); "discussions with
        # representatives of New Zealand firms" and "meet American businessmen" in Los Angeles
        # (unnamed, not political actors); "representatives of the Government, financial and
        # economic institutions" in Washington (unnamed); "other Ministers" in London
        # (unnamed); the news conference (a statement); the trip itself (travel). "PA" in the
        # dateline is the agency credit (not annotated); the Gleneagles Agreement is an
        # agreement (not an actor). George Meaney is keyed as the text spells him (the text is
        # the only source; see the notes). Removed: the last, cut-off sentence ("When a
        # reporter suggested it might be useful to hedge his bets on the British election r").
        # The OCR slips "new’s conference", "lie wanted" and the stray "t " before "Mr Rowling
        # will then fly" are kept as they stand (the evidence above keeps the "t ").
    ],
    roles=[("The Leader of the Opposition", "bill_rowling"), ("the Leader of the Opposition", "margaret_thatcher"),
           ("the African Sports Council’s head", "abraham_ordia"), ("the Prime Minister", "james_callaghan"),
           ("the Teamsters’ Union head", "george_meaney")],
)

A["dev_7104_meri_koivisto_helsinki"] = dict(
    actors={
        "lennart_meri": ["President Lennart Meri", "Lennart Meri", "President Meri", "Meri"],
        "mauno_koivisto": ["Mauno Koivisto", "President Koivisto", "Koivisto"],
        "seppo_zetterberg": ["Seppo Zetterberg"],
        "rein_ruutsoo": ["Rein Ruutsoo"],
        "tuglas_society": ["Tuglas Society"],
        "paasikivi_society": ["Paasikivi Society"],
        "helsinki_university": ["Helsinki University"],
        "nato": ["NATO"],
        "estonian_international_commission_for_the_investigation_of_crimes_against_humanity": [
            "Estonian International Commission for the Investigation of Crimes against Humanity"],
    },
    meetings=[
        # "Also Mauno Koivisto ... attended the seminar, and President Meri continued the
        # discussion with him on the lunch offered by the Paasikivi Society" -> a conversation
        # over lunch, held, 2001-08-13 (the seminar is "Yesterday"; the lunch follows it in the
        # same day's programme), Helsinki (the seminar at Helsinki University; the plaque "in
        # the centre of Helsinki"). The afternoon visit to the Finnish Military Museum together
        # and the plaque unveiled "In the presence of the Presidents Lennart Meri and Mauno
        # Koivisto" are the same pair, day and place -> the same row.
        M(["lennart_meri", "mauno_koivisto"], "2001-08-13", "Helsinki", IP, H,
          "Also Mauno Koivisto, the President of Finland also in 1991, attended the seminar, and President Meri continued the discussion with him on the lunch offered by the Paasikivi Society."),
        # Not rows: the seminar and its speakers Zetterberg and Ruutsoo (a seminar, not a
        # meeting of political actors; their speaking is not an encounter with Meri); the
        # questions on NATO membership (a discussion at the seminar, unnamed questioners); the
        # return to Tallinn "today" (travel); Meri's 1991 office at the Tuglas Society
        # (history). Removed: the last paragraph, a single cut-off sentence ("In Finland,
        # President Lennart Meri also met General Gustav Hägglu"), so that meeting is not in the
        # stored text. The doubled apostrophes in "''Estonia 1991-2001''" are kept.
    ],
    roles=[("The President of the Republic", "lennart_meri"), ("the President of Finland", "mauno_koivisto"),
           ("the Estonian Minister of Foreign Affairs", "lennart_meri")],
)

A["dev_7105_koirala_vajpayee_delhi"] = dict(
    actors={
        "girija_prasad_koirala": ["Girija Prasad Koirala", "Girja Prasad Koirala", "Koirala", "Koriala"],
        "atal_bihari_vajpayee": ["Prime Minister Atal Bihari Vajpayee", "Atal Bihari Vajpayee", "Vajpayee"],
        "indian_airlines": ["Indian Airlines"],
    },
    meetings=[
        # "Koirala had a meeting scheduled with Vajpayee on Tuesday night" -> scheduled when the
        # story was filed (Koirala "said Tuesday"; status follows the article's perspective) ->
        # planned, 2000-08-01 (the caption's "Tuesday, August 1, 2000"), New Delhi. "talks this
        # week" and "we are talking with Prime Minister Atal Bihari Vajpayee on it" are the same
        # talks.
        M(["girija_prasad_koirala", "atal_bihari_vajpayee"], "2000-08-01", "New Delhi", IP, P,
          "Koirala had a meeting scheduled with Vajpayee on Tuesday night and was scheduled to meet with most of India's top Cabinet officers before leaving New Delhi on Thursday for Bangalore."),
        # The caption: Koirala "talks to journalists while Indian Prime Minister Atal Bihari
        # Vajpayee looks on upon his arrival at the Presidential Palace in New Delhi Tuesday,
        # August 1, 2000" (the "ceremonial welcome at the presidential palace" of the body) ->
        # an arrival ceremony, held, 2000-08-01, New Delhi; required False (a welcome, no talks
        # stated; a separate row from the planned night meeting because its status differs).
        M(["girija_prasad_koirala", "atal_bihari_vajpayee"], "2000-08-01", "New Delhi", IP, H,
          "Nepalese Prime Minister Girja Prasad Koirala right talks to journalists while Indian Prime Minister Atal Bihari Vajpayee looks on upon his arrival at the Presidential Palace in New Delhi Tuesday, August 1, 2000.",
          False),
        # "was scheduled to meet with most of India's top Cabinet officers" -> unnamed
        # counterparts -> one-party row, planned, date null (before Thursday; no day), New
        # Delhi; required False.
        M(["girija_prasad_koirala"], None, "New Delhi", IP, P,
          "Koirala had a meeting scheduled with Vajpayee on Tuesday night and was scheduled to meet with most of India's top Cabinet officers before leaving New Delhi on Thursday for Bangalore.",
          False),
        # Not rows: "talks to journalists" and "said Tuesday" (statements); the 1950 treaty (a
        # treaty); the hijacking "last year" by unnamed Pakistanis; "India has called upon
        # Nepal" (states); the departure for Bangalore (travel). "NEW DELHI (AP)" and "(AP
        # Photo/Ajit Kumar)" are agency/photo credits (not annotated). Removed: the site's
        # navigation at the start ("Home | Web Resources | Free Advertising", "Home > News >
        # International News > Full Story", "Change Your Life!"); inside the text, the widget
        # lines between the headline and the caption ("News", "Sports", "Chat", "Travel",
        # "Dhaka Today", "Yellow Pages", "Higher Education", "Ask a Doctor", "Weather",
        # "Currency Rate", "Horoscope", "E-Cards", "B2K Poll", "Comment on the Site", "B2K
        # Club"); whitespace-only lines and trailing spaces; the last, cut-off fragment ("At
        # the"). The misspellings "Girja" and "Koriala" are kept (aliases as written).
    ],
    roles=[("Nepalese Prime Minister", "girija_prasad_koirala"), ("Indian Prime Minister", "atal_bihari_vajpayee"),
           ("Nepal leader", "girija_prasad_koirala")],
)

A["dev_7106_hashimoto_kim_call"] = dict(
    actors={
        "ryutaro_hashimoto": ["Ryutaro Hashimoto", "Hashimoto"],
        "kim_dae_jung": ["Kim Dae Jung", "Kim"],
        "keizo_obuchi": ["Keizo Obuchi", "Obuchi"],
        "bank_of_japan": ["Bank of Japan"],
    },
    meetings=[
        # "Hashimoto and ... Kim Dae Jung agreed during a telephone conversation Friday" ("placed
        # the call", "their brief conversation") -> phone, held, 1997-12-19, place null.
        M(["ryutaro_hashimoto", "kim_dae_jung"], "1997-12-19", None, PH, H,
          "Prime Minister Ryutaro Hashimoto and newly elected South Korean President Kim Dae Jung agreed during a telephone conversation Friday to meet soon, according to Japanese government officials."),
        # "agreed ... to meet soon" -> a meeting agreed on (as "agreed to hold a meeting") ->
        # planned, in person, date null, place null.
        M(["ryutaro_hashimoto", "kim_dae_jung"], None, None, IP, P,
          "Prime Minister Ryutaro Hashimoto and newly elected South Korean President Kim Dae Jung agreed during a telephone conversation Friday to meet soon, according to Japanese government officials."),
        # Not rows: "he earlier sent a congratulatory telegram" (a message); the Bank of Japan's
        # bridge loan "to its South Korean counterpart" (a loan between banks); "the troubled
        # fishery talks" (unnamed negotiators); Tokyo "closely consulting with Seoul" (states,
        # an intention); Obuchi's remarks (a statement). "Japanese government officials" are
        # unnamed sources.
    ],
    roles=[("newly elected South Korean President", "kim_dae_jung"), ("Foreign Minister", "keizo_obuchi")],
)

A["test_7107_cavaco_silva_washington"] = dict(
    actors={
        "anibal_cavaco_silva": ["Anibal Cavaco Silva", "Prime Minister Cavaco Silva", "Cavaco Silva"],
        "george_shultz": ["Secretary Shultz", "Shultz"],
        "eduard_shevardnadze": ["Shevardnadze"],
        "nato": ["North Atlantic Treaty Organization", "NATO"],
    },
    meetings=[
        # "It has been a pleasure and an honor for me to meet today with Prime Minister Cavaco
        # Silva on his first official visit to Washington" -> the speaker is "The President.",
        # never named in the stored text (the page's image label "Ronald Reagan picture" was
        # removed as site furniture, see below) -> one-party row (as the unnamed UK Prime
        # Minister of the GOV.UK readouts and test_6907), held, 1988-02-24, Washington.
        M(["anibal_cavaco_silva"], "1988-02-24", "Washington", IP, H,
          "It has been a pleasure and an honor for me to meet today with Prime Minister Cavaco Silva on his first official visit to Washington."),
        # "the NATO summit, where we will meet again next week" -> the two leaders at a
        # multilateral summit -> one-party row (the speaker is unnamed), planned, date null
        # ("next week"), place null (no place given); required False (an encounter at a
        # summit, not an arranged bilateral).
        M(["anibal_cavaco_silva"], None, None, IP, P,
          "High also on our list of topics was the agenda for the NATO summit, where we will meet again next week.",
          False),
        # "Secretary Shultz discussed his meeting with Soviet Foreign Minister Shevardnadze" ->
        # an earlier meeting, held, date null, place null.
        M(["george_shultz", "eduard_shevardnadze"], None, None, IP, H,
          "Secretary Shultz discussed his meeting with Soviet Foreign Minister Shevardnadze."),
        # Not rows: "our plans for the Moscow summit" (neither party is named in the text);
        # Shultz's part in the discussion (he reported to it; no Shultz-Cavaco Silva row: the
        # parties presented as meeting are the speaker and the Prime Minister); "the recent
        # European Community summit in Brussels" (a multilateral summit; the Community named
        # only in the event's name is not annotated); "U.S.-Soviet relations" (states).
        # Removed: the page's image label "Ronald Reagan picture" at the start (site
        # furniture, not part of the document) and the last, cut-off sentence ("Be assured, we
        # will never sacrifice the interests of our allies and friends in any ag"). The speaker
        # tag "The President." is kept.
    ],
    roles=[("Mr. Prime Minister", "anibal_cavaco_silva"), ("Soviet Foreign Minister", "eduard_shevardnadze")],
)

A["dev_7108_clinton_duran_ballen"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "sixto_duran_ballen": ["Sixto Duran-Ballen", "President Duran-Ballen", "Duran-Ballen"],
        "alberto_fujimori": ["Alberto Fujimori"],
        "luigi_einaudi": ["Luigi Einaudi"],
        "white_house": ["White House"],
    },
    meetings=[
        # "President Clinton today met with Ecuadoran President Sixto Duran-Ballen in the White
        # House" -> held, 1996-06-25, Washington (White House).
        M(["bill_clinton", "sixto_duran_ballen"], "1996-06-25", "Washington", IP, H,
          "President Clinton today met with Ecuadoran President Sixto Duran-Ballen in the White House to discuss the progress that Ecuador and Peru have made toward resolving their long-standing border dispute."),
        # "The President met with Peruvian President Alberto Fujimori on May 21" -> "The
        # President" is Clinton (named in the sentence before) -> held, 1996-05-21, place null
        # (not given).
        M(["bill_clinton", "alberto_fujimori"], "1996-05-21", None, IP, H,
          "The President met with Peruvian President Alberto Fujimori on May 21."),
        # Not rows: the agreement "reached between the two countries' Foreign Ministers in
        # Buenos Aires last week" (unnamed ministers); Einaudi "worked closely with all the
        # parties" (no specific meeting); the Guarantors of the Rio Protocol (states; the
        # protocol is a treaty); the renewal of the military support package (a decision);
        # Clinton's quoted calls on both countries (statements). The header "Office of the
        # Press Secretary" is the issuing office (the outlet; not annotated). Removed: the
        # archive's "View Header" link at the start and the end mark "# # #".
    ],
    roles=[("Ecuadoran President", "sixto_duran_ballen"), ("Peruvian President", "alberto_fujimori"),
           ("The President", "bill_clinton"), ("U.S. mediator", "luigi_einaudi")],
)

A["dev_7109_hichilema_masisi_kazungula"] = dict(
    actors={
        "hakainde_hichilema": ["Hakainde Hichilema", "President Hichilema", "Hichilema"],
        "mokgweetsi_masisi": ["Dr. Mokgweetsi Eric Keabetswe Masisi", "Mokgweetsi Eric Keabetswe Masisi", "President Masisi", "Masisi"],
        "sadc": ["Southern African Development Community", "SADC"],
    },
    meetings=[
        # "President Hakainde Hichilema yesterday welcomed ... Masisi ... at the Kazungula Bridge
        # border post" and "The meeting between the two leaders provided an opportunity to
        # review and discuss various aspects of cooperation" -> held, 2024-03-26, Kazungula
        # (the locality of the border post; no other place is given). The discussions "aimed at
        # signing memoranda" and Hichilema's thanks belong to the same visit and meeting.
        M(["hakainde_hichilema", "mokgweetsi_masisi"], "2024-03-26", "Kazungula", IP, H,
          "President Hakainde Hichilema yesterday welcomed His Excellency Dr. Mokgweetsi Eric Keabetswe Masisi, the President of the Republic of Botswana, at the Kazungula Bridge border post."),
        # Not rows: "strengthening multilateral relations within the Southern African
        # Development Community" (an organisation's framework, no meeting); the memoranda of
        # understanding (documents). Removed: the tool's date prefix at the start.
    ],
    roles=[("the President of the Republic of Botswana", "mokgweetsi_masisi")],
)

A["dev_7110_bourassa_ends_boycott"] = dict(
    actors={
        "robert_bourassa": ["Robert Bourassa", "Mr. Bourassa", "Bourassa"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
    },
    meetings=[
        # "agreed Wednesday to attend a meeting of provincial leaders next Tuesday called by
        # Prime Minister Brian Mulroney" ("The meeting will be at Mulroney's summer retreat at
        # Harrington Lake") -> a planned conference of the provincial leaders called by the
        # Prime Minister at his retreat; only Bourassa and Mulroney are named -> one pair row,
        # planned, 1992-08-04, Harrington Lake; required False (a multilateral meeting of
        # eleven leaders, most unnamed; Mulroney's attendance is implied by "called by" and
        # the venue, not stated).
        M(["robert_bourassa", "brian_mulroney"], "1992-08-04", "Harrington Lake", IP, P,
          "QUEBEC Premier Robert Bourassa, ending a two-year boycott of Canada unity talks, agreed Wednesday to attend a meeting of provincial leaders next Tuesday called by Prime Minister Brian Mulroney.",
          False),
        # Near-zero control (one optional row). Not rows: "a two-year boycott of Canada unity
        # talks" and "has refused to join reform talks" (talks not attended; unnamed
        # participants); "Ottawa had responded favorably" and "had improved the wording"
        # (government replies, not meetings; "Ottawa" is a place name used for the government,
        # not annotated); the package "agreed to by Canada's nine English-speaking provinces
        # July 7" (unnamed premiers); "Meech Lake, site of earlier talks" (unnamed, history);
        # the referendum (a vote); Bourassa's quote (a statement). Removed: the paywall and
        # promotion block at the end ("You've read 3 of 3 free articles. Subscribe to
        # continue." through the "Why is Christian Science in our name?" box).
    ],
    roles=[("QUEBEC Premier", "robert_bourassa"), ("Quebec Premier", "robert_bourassa")],
)

A["test_7111_abbas_turns_down_netanyahu"] = dict(
    actors={
        "mahmoud_abbas": ["Mahmoud Abbas", "Abbas"],
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu"],
        "barack_obama": ["Barack Obama"],
        "hosni_mubarak": ["Hosni Mubarak"],
        "abdullah_ii": ["King Abdullah II"],
        "maariv": ["Ma’ariv"],
    },
    meetings=[
        # "before the prime minister meets U.S. President Barack Obama in Washington next week"
        # -> planned, date null ("next week"), Washington.
        M(["benjamin_netanyahu", "barack_obama"], None, "Washington", IP, P,
          "According to Ma’ariv, Netanyahu’s office planned to hold that meeting before the prime minister meets U.S. President Barack Obama in Washington next week."),
        # "Netanyahu met on Monday with Egyptian President Hosni Mubarak in Sharm Ash-Sheikh" ->
        # held, 2009-05-11, Sharm Ash-Sheikh (the spelling of the text).
        M(["benjamin_netanyahu", "hosni_mubarak"], "2009-05-11", "Sharm Ash-Sheikh", IP, H,
          "Before his visit to Washington, Netanyahu met on Monday with Egyptian President Hosni Mubarak in Sharm Ash-Sheikh."),
        # "Netanyahu hopes to meet King Abdullah II of Jordan next week" -> an intended meeting
        # -> planned, date null, place null ("of Jordan" is the king's title, not the venue).
        M(["benjamin_netanyahu", "abdullah_ii"], None, None, IP, P,
          "Netanyahu hopes to meet King Abdullah II of Jordan next week."),
        # Not rows: Abbas "has turned down an offer to hold a meeting with ... Netanyahu" and
        # "Netanyahu's office planned to hold that meeting" (a refused meeting that will not
        # take place); the offices' contacts "in an attempt to arrange a meeting" (unnamed
        # offices, an attempt); "a meeting with Abbas is not on Netanyahu's current agenda"
        # (negated); "The nature of Netanyahu's talks in Washington" (the Obama row); Ma'ariv's
        # report (a source; the paper is annotated). Removed: the source tag "(Source:
        # maannews.net)" at the end (an agency credit).
    ],
    roles=[("Palestinian President", "mahmoud_abbas"), ("Israeli Prime Minister", "benjamin_netanyahu"),
           ("the prime minister", "benjamin_netanyahu"), ("U.S. President", "barack_obama"),
           ("Egyptian President", "hosni_mubarak"), ("Israeli daily newspaper", "maariv")],
)

A["dev_7112_bagabandi_visit_expected"] = dict(
    actors={
        "natsagiin_bagabandi": ["Natsagiin Bagabandi"],
        "ministry_of_foreign_affairs_japan": ["Foreign Ministry"],
    },
    meetings=[
        # Zero-row control. Not rows: Bagabandi "is expected to visit Japan May 11-15" (a
        # planned trip to a country with no host or counterpart named: as batch 5c's "trips
        # with no host named", not a meeting row); "Foreign Ministry sources said Friday" (a
        # statement by unnamed sources); the date "yet to be finalized through diplomatic
        # channels" (unnamed diplomats). The byline "Staff writer" is kept (not annotated).
        # Removed: the site's comment/subscription notice at the end ("With your current
        # subscription plan you can comment on stories. ...").
    ],
    roles=[("Mongolian President", "natsagiin_bagabandi"), ("the Mongolian leader", "natsagiin_bagabandi")],
)
