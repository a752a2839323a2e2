"""Accuracy corpus, batch 3b: 12 new articles (Western Europe, North America, Oceania, East Asia,
Southeast Asia), collected with the `search` tool (corpus `pages`) and annotated from the texts
alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_3b_NOTES.md.

Split rule (fixed before annotating): the articles are numbered 1..12 in the order they were
collected; positions 2, 6 and 10 are test, all others dev. Ids: `dev_4NN_<slug>` /
`test_4NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date in the page text. 2022-09-17 (a Saturday) from the same PA story on
    # thecourier.co.uk (search result date 2022-09-17) read in this session, consistent with
    # the text: the Biden meeting "on Sunday" was cancelled, the call is "on Saturday evening",
    # the Chevening meeting was "on Saturday", the Queen's funeral is "on Monday".
    ("dev_401_truss_biden_cancelled", "Western Europe", "2020s", "The National (Scotland) (PA)", "https://thenational.scot/news/national/22120918.pms-biden-talks-cancelled-full-bilateral-meeting-planned-wednesday", "2022-09-17"),
    ("test_402_cameron_cancels_nz", "Oceania", "2010s", "Scoop (press release)", "https://scoop.co.nz/stories/PO1110/S00421/british-prime-minister-regrettably-cancels-trip-to-nz.htm", "2011-10-24"),
    # No date on the page. 1996-11-19 (Tuesday) inferred: "arrives in Australia today" and
    # "they meet tomorrow ... flies from Sydney to Canberra"; CNN's report of 19 November 1996
    # (read in this session) has Clinton arriving in Sydney on Tuesday and the one-hour
    # meeting in Canberra on Wednesday, and a White House briefing dated Canberra, 20 November
    # 1996, reports the meeting "this morning".
    ("dev_403_clinton_howard_breather", "Oceania", "1990s", "The Independent", "http://www.independent.co.uk/news/world/clinton-takes-a-breather-down-under-1353121.html", "1996-11-19"),
    # Date from the URL (os-xpm-2005-04-24); the excerpt has no date line.
    ("dev_404_hu_koizumi_jakarta", "East Asia", "2000s", "Orlando Sentinel", "https://www.orlandosentinel.com/news/os-xpm-2005-04-24-0504240021-story.html", "2005-04-24"),
    # No date on the page. 2007-08-20 (Monday) inferred: the story reports Monday's meetings
    # and "Monday night" while Tuesday's session is still ahead ("On Tuesday, all three will
    # come together"); Xinhua (china.org.cn) captions read in this session date the
    # Bush-Harper bilateral in Montebello to August 20, 2007. Either 20 or 21 August as
    # publication day gives the same weekday resolutions.
    ("dev_405_bush_harper_montebello", "North America", "2000s", "CBC News", "https://www.cbc.ca/news/canada/bush-harper-meet-as-leaders-summit-begins-1.652269", "2007-08-20"),
    ("test_406_trump_macron_mount_vernon", "North America", "2010s", "RFI (Radio France Internationale)", "http://en.rfi.fr/20180407-trump-invites-macron-dine-george-washingtons-home", "2018-04-07"),
    ("dev_407_duterte_xi_da_nang", "Southeast Asia", "2010s", "Rappler", "https://www.rappler.com/newsbreak/inside-track/188201-duterte-waited-two-hours-bilateral-meeting-xi-jinping?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+rappler+%28Rappler%29", "2017-11-12"),
    # Date from the URL (2022/11/17).
    ("dev_408_marcos_xi_apec", "Southeast Asia", "2020s", "Daily Tribune (Philippines)", "https://tribune.net.ph/2022/11/17/malacanang-confirms-marcos-xi-bilateral-meet-at-apec/", "2022-11-17"),
    ("dev_409_trudeau_trump_mar_a_lago", "North America", "2020s", "CTV News", "https://www.ctvnews.ca/politics/prime-minister-trudeau-meets-donald-trump-at-mar-a-lago-1.7128663", "2024-11-29"),
    ("test_410_biden_xi_filoli", "East Asia", "2020s", "California Globe", "https://californiaglobe.com/fr/biden-xi-meet-at-filoli-estate-south-of-san-francisco/", "2023-11-15"),
    # Page line "Tue 17 Aug 2004 19.07 EDT" (= 18 Aug 00.07 BST); URL date 2004/aug/18 (the
    # print date) used. "on Monday" = 2004-08-16 with either date.
    ("dev_411_blair_berlusconi_sardinia", "Western Europe", "2000s", "The Guardian", "https://www.theguardian.com/politics/2004/aug/18/uk.italy", "2004-08-18"),
    ("dev_412_chirac_kohl_avignon", "Western Europe", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1088556.html", "1998-05-06"),
]

A = {}

_TS = ("The PM will still meet Irish Taoiseach Micheal Martin, Canadian prime minister Justin Trudeau and Polish president Andrzej Duda in Downing Street on Sunday, as planned.")
_CH = ("It comes after Ms Truss met Australian PM Anthony Albanese and New Zealand PM Jacinda Ardern at the Government’s Chevening country residence on Saturday.")
A["dev_401_truss_biden_cancelled"] = dict(
    actors={
        "liz_truss": ["Liz Truss", "Ms Truss"],
        "joe_biden": ["Joe Biden", "Mr Biden"],
        "jill_biden": ["Jill"],
        "micheal_martin": ["Micheal Martin"],
        "justin_trudeau": ["Justin Trudeau"],
        "andrzej_duda": ["Andrzej Duda"],
        "mohammed_bin_salman": ["Mohammed bin Salman"],
        "mohamed_bin_zayed_al_nahyan": ["Sheikh Mohammed bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan"],
        "anthony_albanese": ["Anthony Albanese"],
        "jacinda_ardern": ["Jacinda Ardern", "Ms Ardern"],
        "downing_street": ["Downing Street", "No 10"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["liz_truss", "joe_biden"], "2022-09-21", "New York", IP, P,
          "The leaders will instead attend a “full bilateral meeting” at the UN General Assembly on Wednesday, No 10 said."),
        M(["liz_truss", "micheal_martin"], "2022-09-18", "London", IP, P, _TS),
        M(["liz_truss", "justin_trudeau"], "2022-09-18", "London", IP, P, _TS),
        M(["liz_truss", "andrzej_duda"], "2022-09-18", "London", IP, P, _TS),
        M(["liz_truss", "mohammed_bin_salman"], "2022-09-17", None, PH, P,
          "Ms Truss is also expected to hold a call with the Crown Prince of Saudi Arabia, Mohammed bin Salman, on Saturday evening."),
        M(["liz_truss", "mohamed_bin_zayed_al_nahyan"], "2022-09-17", None, PH, H,
          "She spoke to the UAE president and ruler of Abu Dhabi, Sheikh Mohammed bin Zayed Al Nahyan, in the morning, when he expressed his condolences following the death of the Queen, Downing Street said."),
        M(["liz_truss", "anthony_albanese"], "2022-09-17", "Chevening", IP, H, _CH),
        M(["liz_truss", "jacinda_ardern"], "2022-09-17", "Chevening", IP, H, _CH),
    ],
    roles=[("The Prime Minister", "liz_truss"), ("The PM", "liz_truss"), ("US president", "joe_biden"),
           ("his wife", "jill_biden"), ("Irish Taoiseach", "micheal_martin"),
           ("Canadian prime minister", "justin_trudeau"), ("Polish president", "andrzej_duda"),
           ("the Crown Prince of Saudi Arabia", "mohammed_bin_salman"),
           ("the UAE president and ruler of Abu Dhabi", "mohamed_bin_zayed_al_nahyan"),
           ("Australian PM", "anthony_albanese"), ("New Zealand PM", "jacinda_ardern")],
)

A["test_402_cameron_cancels_nz"] = dict(
    actors={
        "david_cameron": ["David Cameron"],
        "john_key": ["John Key"],
        "european_council": ["European Council"],
        "downing_street": ["Downing Street"],
    },
    meetings=[],
    roles=[("The British Prime Minister", "david_cameron"), ("the British Prime Minister", "david_cameron"),
           ("the New Zealand Prime Minister", "john_key")],
)

_CR = ("Back in Sydney, Mr Howard will host Mr Clinton and his wife, Hillary, on a night cruise of Sydney Harbour.")
A["dev_403_clinton_howard_breather"] = dict(
    actors={
        "bill_clinton": ["Bill Clinton", "Mr Clinton", "Clinton"],
        "john_howard": ["John Howard", "Mr Howard"],
        "hillary_clinton": ["Hillary", "Mrs Clinton"],
        "george_h_w_bush": ["George Bush"],
        "apec": ["Asia-Pacific Economic Co-operation", "Apec"],
    },
    meetings=[
        M(["bill_clinton", "john_howard"], "1996-11-18", None, PH, H,
          "From Hawaii Mr Clinton yesterday telephoned John Howard, the Australian Prime Minister, to warn him that the failed Russian space probe to Mars, carrying plutonium-powered batteries, was likely to crash anywhere between the Timor and Tasman seas, with the towns of Broken Hill and Tibooburra the most likely targets."),
        M(["bill_clinton", "john_howard"], "1996-11-20", "Canberra", IP, P,
          "That will be when he flies from Sydney to Canberra for talks with Mr Howard and his cabinet and addresses both houses of parliament, only the second American president after his predecessor, George Bush, to do so."),
        M(["john_howard", "bill_clinton"], None, "Sydney", IP, P, _CR),
        M(["john_howard", "hillary_clinton"], None, "Sydney", IP, P, _CR, False),
    ],
    roles=[("the Australian Prime Minister", "john_howard"), ("his wife", "hillary_clinton"),
           ("his predecessor", "george_h_w_bush")],
)

A["dev_404_hu_koizumi_jakarta"] = dict(
    actors={
        "hu_jintao": ["Hu Jintao", "Hu"],
        "junichiro_koizumi": ["Junichiro Koizumi", "Koizumi"],
        "un_security_council": ["U.N. Security Council"],
    },
    meetings=[
        M(["hu_jintao", "junichiro_koizumi"], "2005-04-23", "Jakarta", IP, H,
          "BEIJING -- Chinese President Hu Jintao and Japanese Prime Minister Junichiro Koizumi met Saturday on the sidelines of a trade conference in Indonesia in a bid to stem mounting tension between their countries during the past month."),
    ],
    roles=[("Chinese President", "hu_jintao"), ("Japanese Prime Minister", "junichiro_koizumi")],
)

_TU = ("On Tuesday, all three will come together for a formal discussion.")
A["dev_405_bush_harper_montebello"] = dict(
    actors={
        "stephen_harper": ["Stephen Harper", "Harper"],
        "george_w_bush": ["George W. Bush", "Bush"],
        "felipe_calderon": ["Felipe Calderon", "Calderon"],
    },
    meetings=[
        M(["stephen_harper", "george_w_bush"], "2007-08-20", "Montebello", IP, H,
          "Prime Minister Stephen Harper and U.S. President George W. Bush met privately Monday afternoon, kicking off a two-day leader's summit in Quebec."),
        M(["felipe_calderon", "george_w_bush"], "2007-08-20", "Montebello", IP, H,
          "Monday's talks involved one-on-one sessions, with Calderon and Bush meeting privately after the Harper-Bush talk."),
        M(["stephen_harper", "felipe_calderon"], "2007-08-20", "Montebello", IP, P,
          "The three North American leaders were then scheduled to meet for dinner."),
        M(["stephen_harper", "george_w_bush"], "2007-08-21", "Montebello", IP, P, _TU),
        M(["stephen_harper", "felipe_calderon"], "2007-08-21", "Montebello", IP, P, _TU),
        M(["george_w_bush", "felipe_calderon"], "2007-08-21", "Montebello", IP, P, _TU),
    ],
    roles=[("Prime Minister", "stephen_harper"), ("U.S. President", "george_w_bush"),
           ("Mexican President", "felipe_calderon")],
)

_MV = ("Donald and Melania Trump will dine with Emmanuel and Brigitte Macron at George Washington's home, Mount Vernon, at the start of the French president's state visit to the US in April.")
_EF = ("The invitation returns the favour of a private dinner for the two couples in a restaurant on the Eiffel Tower during the Trumps's visit to Paris last year.")
A["test_406_trump_macron_mount_vernon"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "Donald", "Trump"],
        "melania_trump": ["Melania Trump", "Melania"],
        "emmanuel_macron": ["Emmanuel Macron", "Emmanuel", "Macron"],
        "brigitte_macron": ["Brigitte Macron", "Brigitte"],
        "george_washington": ["George Washington"],
        "sarah_huckabee_sanders": ["Sarah Huckabee Sanders"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
        "nicolas_sarkozy": ["Nicolas Sarkozy"],
        "george_w_bush": ["George W Bush"],
        "felipe_vi": ["King Felipe VI", "Felipe VI"],
        "letizia_ortiz": ["Queen Letizia"],
        "barack_obama": ["Barack Obama"],
        "ayub_khan": ["Ayub Khan"],
    },
    meetings=[
        M(["donald_trump", "emmanuel_macron"], "2018-04-23", "Mount Vernon", IP, P, _MV),
        M(["donald_trump", "brigitte_macron"], "2018-04-23", "Mount Vernon", IP, P, _MV, False),
        M(["melania_trump", "emmanuel_macron"], "2018-04-23", "Mount Vernon", IP, P, _MV, False),
        M(["melania_trump", "brigitte_macron"], "2018-04-23", "Mount Vernon", IP, P, _MV, False),
        M(["donald_trump", "emmanuel_macron"], None, "Paris", IP, H, _EF),
        M(["donald_trump", "brigitte_macron"], None, "Paris", IP, H, _EF, False),
        M(["melania_trump", "emmanuel_macron"], None, "Paris", IP, H, _EF, False),
        M(["melania_trump", "brigitte_macron"], None, "Paris", IP, H, _EF, False),
        M(["emmanuel_macron", "donald_trump"], "2018-04-24", "Washington", IP, P,
          "Macron is making the first state visit of the Trump presidency and will attend a state dinner at the White House the following evening, 24 April.", False),
    ],
    roles=[("wife of French President Emmanuel Macron", "brigitte_macron"), ("French President", "emmanuel_macron"),
           ("U.S. President", "donald_trump"), ("First lady", "melania_trump"),
           ("the French president", "emmanuel_macron"), ("the founding father", "george_washington"),
           ("White House spokeswoman", "sarah_huckabee_sanders"), ("Pakistani president", "ayub_khan")],
)

A["dev_407_duterte_xi_da_nang"] = dict(
    actors={
        "rodrigo_duterte": ["Rodrigo Duterte", "Duterte"],
        "xi_jinping": ["Xi Jinping", "President Xi Jinping", "Xi"],
        "vladimir_putin": ["Vladimir Putin"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
    },
    meetings=[
        M(["rodrigo_duterte", "xi_jinping"], "2017-11-11", "Da Nang", IP, H,
          "The Philippine leader was the last head of government Xi met with on Saturday, November 11, on the sidelines of the Asia-Pacific Economic Cooperation (APEC) Summit in Da Nang, Vietnam."),
        M(["rodrigo_duterte", "vladimir_putin"], None, "Da Nang", IP, H,
          "Whatever his sentiments about the timing of the meeting, Duterte earlier said that day he thought his talk with Xi was among the \"most productive\" meetings he had on the sidelines of the APEC Summit, aside from his meeting with Russian President Vladimir Putin."),
    ],
    roles=[("Philippine President", "rodrigo_duterte"), ("Chinese President", "xi_jinping"),
           ("The Philippine leader", "rodrigo_duterte"), ("Russian President", "vladimir_putin")],
)

A["dev_408_marcos_xi_apec"] = dict(
    actors={
        "ferdinand_marcos_jr": ["Bongbong Marcos", "Marcos"],
        "xi_jinping": ["Xi Jinping", "Xi"],
        "malacanang": ["Malacañang"],
        "asean": ["ASEAN"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
    },
    meetings=[
        M(["ferdinand_marcos_jr", "xi_jinping"], "2022-11-17", "Bangkok", IP, P,
          "Presidents Bongbong Marcos of the Philippines and Xi Jinping of China will hold a bilateral meeting on 17 November on the sidelines of the 29th Asia-Pacific Economic Cooperation summit in Bangkok, Malacañang announced."),
    ],
    roles=[],
)

A["dev_409_trudeau_trump_mar_a_lago"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Prime Minister Trudeau", "Trudeau"],
        "donald_trump": ["Donald Trump", "Trump"],
        "dominic_leblanc": ["Dominic LeBlanc"],
        "katie_telford": ["Katie Telford"],
        "brian_clow": ["Brian Clow"],
        "doug_burgum": ["Doug Burgum"],
        "howard_lutnick": ["Howard Lutnick"],
        "mike_waltz": ["Mike Waltz"],
        "dave_mccormick": ["Dave McCormick"],
        "dina_powell": ["Dina Powell"],
        "ctv_news": ["CTV News"],
        "prime_ministers_office_canada": ["Prime Minister's Office"],
    },
    meetings=[
        M(["justin_trudeau", "donald_trump"], "2024-11-29", "Mar-a-Lago", IP, H,
          "Prime Minister Justin Trudeau landed in West Palm Beach, Fla., on Friday evening to meet with U.S.-president elect Donald Trump at Mar-a-Lago, sources confirm to CTV News."),
        M(["donald_trump", "justin_trudeau"], "2019-12-03", "London", IP, H,
          "Then-U.S. president Donald Trump meets with Prime Minister Justin Trudeau at Winfield House, Dec. 3, 2019, in London."),
    ],
    roles=[("U.S.-president elect", "donald_trump"), ("president-elect", "donald_trump"),
           ("Then-U.S. president", "donald_trump"), ("Public Safety Minister", "dominic_leblanc"),
           ("the prime minister's chief of staff", "katie_telford"), ("his deputy chief of staff", "brian_clow"),
           ("the incoming president's nominee for Interior Secretary", "doug_burgum"),
           ("Commerce Secretary nominee", "howard_lutnick"), ("National Security Advisor nominee", "mike_waltz"),
           ("Pennsylvania Senator-elect", "dave_mccormick")],
)

A["test_410_biden_xi_filoli"] = dict(
    actors={
        "joe_biden": ["Joe Biden", "President Joe Biden", "President Biden", "Biden"],
        "xi_jinping": ["Xi Jinping", "President Xi Jinping", "President Xi", "Xi"],
        "gavin_newsom": ["Gavin Newsom", "Newsom"],
        "kamala_harris": ["Kamala Harris"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["joe_biden", "xi_jinping"], "2023-11-15", "Woodside", IP, H,
          "President Joe Biden met with Chinese President Xi Jinping at the Filoli Historic House and Garden in Woodside south of San Francisco on Wednesday, meeting face-to-face for the first time in over a year before going to the APEC Summit."),
        M(["joe_biden", "xi_jinping"], None, "Bali", IP, H,
          "President Biden and President Xi last met face to face at a G20 meeting in Bali, Indonesia last November."),
        M(["gavin_newsom", "xi_jinping"], None, "China", IP, H,
          "Shortly before that announcement, Governor Gavin Newsom had met with President Xi while on a Chinese trip, where the upcoming summit was discussed."),
    ],
    roles=[("Chinese President", "xi_jinping"), ("Governor", "gavin_newsom"), ("Vice President", "kamala_harris")],
)

A["dev_411_blair_berlusconi_sardinia"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Tony"],
        "cherie_blair": ["Cherie"],
        "silvio_berlusconi": ["Silvio Berlusconi", "Mr Berlusconi", "Berlusconi"],
        "veronica_lario": ["Veronica"],
        "eleonora_berlusconi": ["Eleanora"],
        "luigi_berlusconi": ["Luigi"],
        "rosa_bossi": ["Rosa"],
        "mariano": ["Mariano"],
    },
    meetings=[
        M(["tony_blair", "silvio_berlusconi"], "2004-08-16", "Porto Rotondo", IP, H,
          "Tony Blair might have thought he was on a strictly private holiday when he stepped off a white, police-escorted helicopter into Silvio Berlusconi's sumptuous Sardinian estate on Monday."),
        M(["silvio_berlusconi", "cherie_blair"], "2004-08-16", "Porto Rotondo", IP, H,
          "Late on Monday night after a high-security, low-publicity arrival, the Italian prime minister took Tony and Cherie for a \"spin\" in his 20-metre (65 ft) Magnum motorboat.", False),
    ],
    roles=[("his showman host", "silvio_berlusconi"), ("the Italian prime minister", "silvio_berlusconi"),
           ("Their flamboyant host", "silvio_berlusconi"), ("the Italian leader", "silvio_berlusconi"),
           ("Mr Berlusconi's wife", "veronica_lario"), ("his mother", "rosa_bossi"),
           ("owner of a bar in nearby Porto Rotondo", "mariano")],
)

A["dev_412_chirac_kohl_avignon"] = dict(
    actors={
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "leon_brittan": ["Leon Brittan", "Brittan"],
        "european_union": ["European Union", "EU", "Union"],
    },
    meetings=[
        M(["jacques_chirac", "helmut_kohl"], "1998-05-06", "Avignon", IP, P,
          "President Jacques Chirac and Chancellor Helmut Kohl will begin the 71st biannual Franco-German summit meeting later this afternoon in the Provencal city of Avignon in what could hardly be less auspicious circumstances."),
    ],
    roles=[("President", "jacques_chirac"), ("Chancellor", "helmut_kohl"), ("EU Trade Commissioner", "leon_brittan")],
)
