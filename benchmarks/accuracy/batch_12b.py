"""Accuracy corpus, batch 12b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thin (region x decade cells counted over
sources.csv and every batch_*.py before searching, 312 articles, batch 12a not yet present: in
the 2000s every region had 5 except East Asia and Oceania 6; in the 2010s East Asia, Oceania,
South Asia and Western Europe had 5, Africa 9, the others 6; in the 2020s Eastern Europe/Russia
had 5, Africa 7, the others 6) and spread over all eleven regions (Africa, North America,
Southeast Asia, Middle East 2000s; East Asia, Oceania, South Asia, Western Europe 2010s; Middle
East, Eastern Europe/Russia, Latin America, Central Asia/Caucasus 2020s). Every outlet but the
Toronto Star and The Korea Herald (each used once before) is new to the corpus: FijiLive, State
Times (a PTI story), china.org.cn, Sudan Tribune, a Bangkok Post story reposted on the AseanNow
forum (the Bangkok Post was used once, via pgoh13.com), Al Bawaba, Arab News, Romania Insider,
latin-american.news (an EFE story) and News.Az. Collected
with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package
was run on them (the package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_12b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-11b): the articles are numbered 1..12 in the order they were first found in this session's
search results; positions 3, 7 and 11 are test, all others dev. Ids: `dev_23NN_<slug>` /
`test_23NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL (ud=20150928) gives 2015-09-28 (a Monday). "Sunday"
    # = 2015-09-27.
    ("dev_2301_park_abe_trilateral_seoul", "East Asia", "2010s", "The Korea Herald", "https://koreaherald.com/view.php?ud=20150928000022", "2015-09-28"),
    # Date line "Apr 18, 2013 09:27:15 PM" (a Thursday); "this afternoon" = the same day (no row
    # depends on it).
    ("dev_2302_bainimarama_oneill_png_visit", "Oceania", "2010s", "FijiLive", "https://fijilive.com/news/2013/04/bainimarama-ends-png-state-visit/53616.Fijilive", "2013-04-18"),
    # The search result's date field 2018-05-12 (a Saturday; the excerpt has no date line);
    # "today" = 2018-05-12, "yesterday" = 2018-05-11 (Modi's two-day visit of 11-12 May fits).
    ("test_2303_modi_prachanda_deuba_kathmandu", "South Asia", "2010s", "State Times (PTI)", "http://news.statetimes.in/pm-modi-exchanges-views-on-strengthening-ties-with-prachanda-other-leaders-in-nepal/", "2018-05-12"),
    # URL (/2011-05/19/) = 2011-05-19, a Thursday; "on Wednesday" = 2011-05-18.
    ("dev_2304_kenny_cameron_dublin", "Western Europe", "2010s", "china.org.cn (China Internet Information Center)", "http://english.china.org.cn/wap/2011-05/19/content_22597657.htm", "2011-05-19"),
    # Dateline "Dec 19, 2005 (ABUJA)" (a Monday); "today" = 2005-12-19.
    ("dev_2305_bashir_obasanjo_abuja", "Africa", "2000s", "Sudan Tribune", "https://sudantribune.com/article13699", "2005-12-19"),
    # URL (/news/2007/08/01/) = 2007-08-01, a Wednesday; "yesterday" = 2007-07-31.
    ("dev_2306_harper_bush_call_montebello", "North America", "2000s", "Toronto Star (thestar.com)", "https://www.thestar.com/news/2007/08/01/bush_expresses_his_thanks_for_canadas_efforts_in_afghanistan.html", "2007-08-01"),
    # The credit line at the foot of the story, "--Bangkok Post 2006-04-30" (a Sunday); no row
    # depends on it (the only meeting did not take place).
    ("test_2307_thaksin_arroyo_unavailable", "Southeast Asia", "2000s", "Bangkok Post, via the AseanNow forum (aseannow.com)", "https://aseannow.com/topic/67691-arroyo-unavailable-for-thaksin-meeting", "2006-04-30"),
    # Date line "Published November 4th, 2001 - 02:00 GMT" (a Sunday); "on Saturday" =
    # 2001-11-03.
    ("dev_2308_khatami_papandreou_saturday", "Middle East", "2000s", "Al Bawaba", "https://www.albawaba.net/news/khatami-meets-greek-fm", "2001-11-04"),
    # Date line "Updated 03 October 2021" (a Sunday); the caption's "on Sunday" = 2021-10-03 (the
    # story was updated on the day of the call).
    ("dev_2309_abdullah_assad_call_amman", "Middle East", "2020s", "Arab News", "https://arabnews.com/node/1940766", "2021-10-03"),
    # The search result's date field 2020-12-15 (a Tuesday; no date line in the excerpt). No
    # meeting row gets a date (see the notes on the Facebook post of Monday 14 December).
    ("dev_2310_sandu_iohannis_visit_ambassador", "Eastern Europe/Russia", "2020s", "Romania Insider", "https://www.romania-insider.com/maia-sandu-iohannis-visit-year-end-dec-2020", "2020-12-15"),
    # Date line "January 7, 2023" under the headline (a Saturday); "this Saturday" = 2023-01-07.
    # The site header "Today: November 17, 2024" (the day the page was crawled) was removed.
    ("test_2311_petro_maduro_caracas_second", "Latin America", "2020s", "latin-american.news (EFE)", "https://latin-american.news/petro-and-maduro-are-already-meeting-in-caracas-what-will-they-talk-about", "2023-01-07"),
    # No date in the excerpt or the URL -> published empty (as dev_043, test_2111), so "on April
    # 15" has no year and every date is null. Decade from the text: the call is made "amid the
    # coronavirus pandemic" (2020s).
    ("dev_2312_zourabichvili_aliyev_video", "Central Asia/Caucasus", "2020s", "News.Az", "https://news.az/news/azerbaijani-georgian-presidents-had-conversation-through-video-conference-updated", ""),
]

A = {}

_KH = ("Abe told Park that he was looking forward to the trilateral summit, which may take place in late October in Seoul, Japan‘s Kyodo news agency said, citing Katsunobu Kato, Japanese deputy chief cabinet secretary.")
A["dev_2301_park_abe_trilateral_seoul"] = dict(
    actors={
        "park_geun_hye": ["Park Geun-hye", "Park"],
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "cheong_wa_dae": ["Cheong Wa Dae"],
        "kyodo_news": ["Kyodo"],
        "katsunobu_kato": ["Katsunobu Kato", "Kato"],
        "min_kyung_wook": ["Min Kyung-wook"],
        "united_nations": ["U.N."],
        "ban_ki_moon": ["Ban Ki-moon"],
        "nhk": ["NHK"],
        "lee_kuan_yew": ["Lee Kuan Yew"],
        "xi_jinping": ["Xi Jinping"],
    },
    meetings=[
        # "met with Japanese Prime Minister Shinzo Abe Sunday" -> held, 2015-09-27 (the Sunday
        # before the Monday URL date); no place in the text (the lunch hosted by Ban Ki-moon is
        # not located) -> null. "Park's conversation with Abe" is the same meeting.
        M(["park_geun_hye", "shinzo_abe"], "2015-09-27", None, IP, H,
          "South Korean President Park Geun-hye met with Japanese Prime Minister Shinzo Abe Sunday, Cheong Wa Dae said, in a sign of a thaw between the two countries ahead of a trilateral summit also involving China."),
        # "the trilateral summit, which may take place in late October in Seoul" (Park "agreed to
        # hold a trilateral summit with Japan in Seoul in either late October or early
        # November") -> a three-leader summit: the pair Park-Abe planned, Seoul, date null. The
        # Chinese participant is not named (China "was represented by its prime minister at the
        # previous summit"), so no pair with Xi.
        M(["park_geun_hye", "shinzo_abe"], None, "Seoul", IP, P, _KH),
        # "the first time that Park and Abe held brief talks since March when they both attended
        # the funeral for ... Lee Kuan Yew" -> earlier brief talks at the funeral, held, date
        # null (month only), place null (the funeral is not located); optional (implied by "the
        # first time ... since").
        M(["park_geun_hye", "shinzo_abe"], None, None, IP, H,
          "It marked the first time that Park and Abe held brief talks since March when they both attended the funeral for Singapore‘s founding father Lee Kuan Yew.", False),
        # "Earlier this month, Park held summit talks with her Chinese counterpart, Xi Jinping"
        # -> held, date null ("earlier this month"), place null (not given).
        M(["park_geun_hye", "xi_jinping"], None, None, IP, H,
          "Earlier this month, Park held summit talks with her Chinese counterpart, Xi Jinping, and agreed to hold a trilateral summit with Japan in Seoul in either late October or early November."),
        # Not rows: the working lunch "hosted by U.N. Secretary-General Ban Ki-moon for some
        # leaders" (Park and Abe met before it; their attendance is not stated); Park "has so
        # far shunned bilateral talks" (no meeting); "A trilateral summit has not been held since
        # May 2012" (no meeting; unnamed Chinese prime minister); the spokesman's and Kyodo's
        # reports (sources). The cut-off last fragment ("Japan r") was removed.
    ],
    roles=[("South Korean President", "park_geun_hye"), ("Japanese Prime Minister", "shinzo_abe"),
           ("Japanese deputy chief cabinet secretary", "katsunobu_kato"),
           ("Presidential spokesman", "min_kyung_wook"), ("U.N. Secretary-General", "ban_ki_moon"),
           ("Japanese public broadcaster", "nhk"), ("Singapore‘s founding father", "lee_kuan_yew"),
           ("her Chinese counterpart", "xi_jinping")],
)

A["dev_2302_bainimarama_oneill_png_visit"] = dict(
    actors={
        "frank_bainimarama": ["Bainimarama"],
        "peter_oneill": ["Peter O’Neill"],
        "inoke_kubuabola": ["Ratu Jone Kubuabola"],
        "group_of_77": ["G77+China Group"],
        "vodafone_fiji": ["Vodafone Fiji"],
        "bemobile": ["BeMobile"],
    },
    meetings=[
        # Headline "Bainimarama ends PNG state visit"; "With his PNG counterpart, Peter O'Neill,
        # Bainimarama announced ..." -> the two leaders together during the state visit, held;
        # the visit's days are not given -> date null; place Port Moresby (the only city of the
        # visit named: "Upon leaving the Jackson International Airport in Port Moresby").
        M(["frank_bainimarama", "peter_oneill"], None, "Port Moresby", IP, H,
          "With his PNG counterpart, Peter O’Neill, Bainimarama announced annual bilateral trade talks, relaxed visa processing and Vodafone Fiji's entry into PNG's growing mobile phone market through mobile provider BeMobile."),
        # "In a meeting with Fiji Foreign Minister Ratu Jone Kubuabola and other Fijian officials"
        # -> held, a named pair (the other officials unnamed); no day and no place are given for
        # it -> date and place null (the visit context suggests PNG, not stated).
        M(["frank_bainimarama", "inoke_kubuabola"], None, None, IP, H,
          "In a meeting with Fiji Foreign Minister Ratu Jone Kubuabola and other Fijian officials, Bainimarama proposed the establishment of a Fiji Trade Mission office in PNG to boost Fiji's economic presence in the growing Melanesian economy."),
        # Not rows: "to chair a series of meetings on the G77+China Group" in New York (planned
        # multilateral meetings, no counterpart); the guard of honour and gun salute at the
        # airport (ceremony, no named person); "annual bilateral trade talks" (a future series,
        # no date or people); the grant pledge (same meeting). The site's footer item (a rugby
        # story, "FijiLive |") was removed.
    ],
    roles=[("his PNG counterpart", "peter_oneill"), ("The PNG leader", "peter_oneill"),
           ("Fiji Foreign Minister", "inoke_kubuabola")],
)

_DB = ("He also paid courtesy calls on President Bidya Devi Bhandari and Vice-President Nanda Bahadur Pun yesterday.")
A["test_2303_modi_prachanda_deuba_kathmandu"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Modi", "Modi"],
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal", "Prachanda"],
        "sher_bahadur_deuba": ["Sher Bahadur Deuba"],
        "nepali_congress": ["Nepali Congress"],
        "raveesh_kumar": ["Raveesh Kumar"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "communist_party_of_nepal_maoist_centre": ["Communist Party of Nepal – MC (Maoist Centre)"],
        "k_p_sharma_oli": ["K P Sharma"],
        "bidya_devi_bhandari": ["Bidya Devi Bhandari"],
        "nanda_bahadur_pun": ["Nanda Bahadur Pun"],
    },
    meetings=[
        # "Modi and ... Prachanda today exchanged views" (the spokesman: "PM Modi met Pushpa
        # Kamal Dahal 'Prachanda") -> held, 2018-05-12, Kathmandu (dateline).
        M(["narendra_modi", "pushpa_kamal_dahal"], "2018-05-12", "Kathmandu", IP, H,
          "Kathmandu: Prime Minister Narendra Modi and Nepal’s former prime minister and Maoist party chief Prachanda today exchanged views on strengthening bilateral ties, a day after meeting Nepal’s top leadership."),
        # "Modi also met ... Sher Bahadur Deuba and other members of the Nepali Congress" (they
        # "called on PM Modi in Kathmandu") -> held, Kathmandu; the day is not written for this
        # meeting, but the story sets today's meetings ("also") against yesterday's ones (each
        # marked "yesterday") -> 2018-05-12 (see NOTES). The other members are unnamed.
        M(["narendra_modi", "sher_bahadur_deuba"], "2018-05-12", "Kathmandu", IP, H,
          "Modi also met President of Nepali Congress and former Prime Minister Sher Bahadur Deuba and other members of the Nepali Congress."),
        # "Modi yesterday held a one-on-one meeting with Nepal Prime Minister K P Sharma which
        # was followed by marathon delegation-level talks" (one row: the two sessions of the
        # same pair and day) -> held, 2018-05-11; place Kathmandu ("Modi arrived in Kathmandu
        # yesterday"; dateline). "K P Sharma" (the surname Oli is missing) kept as alias.
        M(["narendra_modi", "k_p_sharma_oli"], "2018-05-11", "Kathmandu", IP, H,
          "Modi yesterday held a one-on-one meeting with Nepal Prime Minister K P Sharma which was followed by marathon delegation-level talks during which the two sides had extensive discussion on all aspects of the bilateral relationship."),
        # "paid courtesy calls on President ... Bhandari and Vice-President ... Pun yesterday" ->
        # two separate in-person calls (a courtesy call is a visit, not a phone call), held,
        # 2018-05-11, Kathmandu.
        M(["narendra_modi", "bidya_devi_bhandari"], "2018-05-11", "Kathmandu", IP, H, _DB),
        M(["narendra_modi", "nanda_bahadur_pun"], "2018-05-11", "Kathmandu", IP, H, _DB),
        # Not rows: "a day after meeting Nepal's top leadership" (a summary of yesterday's
        # meetings, coded above); the spokesman's tweets (sources); the prayers at Janaki,
        # Mukhtinath and Pashupatinath temples and the civic reception in Janakpur (no
        # counterpart named). The agency credit "(PTI)" at the end was removed.
    ],
    roles=[("Prime Minister", "narendra_modi"), ("Nepal’s former prime minister", "pushpa_kamal_dahal"),
           ("Maoist party chief", "pushpa_kamal_dahal"), ("President of Nepali Congress", "sher_bahadur_deuba"),
           ("former Prime Minister", "sher_bahadur_deuba"),
           ("official spokesperson of the Ministry of External Affairs", "raveesh_kumar"),
           ("Chairman of Communist Party of Nepal – MC (Maoist Centre)", "pushpa_kamal_dahal"),
           ("Nepal Prime Minister", "k_p_sharma_oli"), ("President", "bidya_devi_bhandari"),
           ("Vice-President", "nanda_bahadur_pun")],
)

A["dev_2304_kenny_cameron_dublin"] = dict(
    actors={
        "enda_kenny": ["Enda Kenny", "Kenny"],
        "david_cameron": ["David Cameron", "Cameron"],
        "northern_ireland_assembly": ["Northern Ireland Assembly"],
        "elizabeth_ii": ["Queen Elizabeth II"],
        "european_union": ["EU"],
        "international_monetary_fund": ["IMF"],
        "british_olympic_council": ["British Olympic Council"],
    },
    meetings=[
        # "Kenny on Wednesday met with his British counterpart David Cameron"; "During the
        # meeting at Government Buildings in Dublin" -> held, 2011-05-18, Dublin.
        M(["enda_kenny", "david_cameron"], "2011-05-18", "Dublin", IP, H,
          "Irish Prime Minister Enda Kenny on Wednesday met with his British counterpart David Cameron, who is in Ireland for his first official visit since he was elected prime minister in May last year, and exchanged views on European issues, the make-up of the new Northern Ireland Assembly and the potential of developing the all-island economy."),
        # Not rows: Cameron "attending the state dinner in Dublin Castle" (an event of the
        # Queen's visit; no host or table companion named, no meeting stated); the Queen's
        # "ongoing visit" (no meeting with a named person stated); the loan (governments); the
        # British Olympic Council's announcement (a statement).
    ],
    roles=[("Irish Prime Minister", "enda_kenny"), ("his British counterpart", "david_cameron"),
           ("British Queen", "elizabeth_ii"), ("The Irish prime minister", "enda_kenny"),
           ("the Queen", "elizabeth_ii"), ("The British prime minister", "david_cameron")],
)

A["dev_2305_bashir_obasanjo_abuja"] = dict(
    actors={
        "omar_al_bashir": ["Omar al-Bashir", "al-Bashir"],
        "olusegun_obasanjo": ["Olusegun Obasanjo", "President Obasanjo", "Obasanjo"],
        "majzoub_al_khalifah": ["Majzoub al-Khalifah"],
        "african_union": ["AU"],
    },
    meetings=[
        # "Presidents Omar al-Bashir and Nigeria's Olusegun Obasanjo today held discussions in
        # Abuja" ("The Sudan-Nigeria summit in Abuja") -> held, 2005-12-19 (dateline), Abuja.
        M(["omar_al_bashir", "olusegun_obasanjo"], "2005-12-19", "Abuja", IP, H,
          "Presidents Omar al-Bashir and Nigeria’s Olusegun Obasanjo today held discussions in Abuja."),
        # Not rows: the AU summit in Khartoum in January (multilateral); "the contacts being
        # made to hold a five-party summit to include leaders of Sudan, Niger, Chad, Libya and
        # Nigeria" (a multilateral summit still being arranged, leaders unnamed); the Abuja
        # peace talks between the government and the Darfur rebels (unnamed delegations); the
        # adviser's account (a source). The agency credit "(ST)" at the end was removed.
    ],
    roles=[("Sudanese president", "omar_al_bashir"), ("Nigerian counterpart", "olusegun_obasanjo"),
           ("The presidential adviser", "majzoub_al_khalifah"),
           ("the head of the government delegation at the Abuja peace talks", "majzoub_al_khalifah"),
           ("Nigerian President", "olusegun_obasanjo"), ("his Sudanese counterpart", "omar_al_bashir"),
           ("the Nigerian president", "olusegun_obasanjo")],
)

_MB = ("Yesterday's high-level chat was held in advance of the leaders' summit in Montebello, Que., on Aug. 20 and 21, where Harper will play host to Bush and Mexican President Felipe Calderon for private talks.")
A["dev_2306_harper_bush_call_montebello"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "stephen_harper": ["Stephen Harper", "Harper"],
        "white_house": ["White House"],
        "tony_snow": ["Tony Snow", "Snow"],
        "conservative_party_of_canada": ["Conservative", "Tories"],
        "prime_ministers_office_canada": ["PMO"],
        "felipe_calderon": ["Felipe Calderon"],
        "alvaro_uribe": ["Uribe"],
    },
    meetings=[
        # "a telephone call between the two leaders"; "the 20-minute call initiated by Harper
        # yesterday morning" -> phone, held, 2007-07-31, place null.
        M(["stephen_harper", "george_w_bush"], "2007-07-31", None, PH, H,
          "No one was available from Harper's office to inform the media of the details of the 20-minute call initiated by Harper yesterday morning."),
        # "the leaders' summit in Montebello, Que., on Aug. 20 and 21, where Harper will play
        # host to Bush and ... Calderon for private talks" -> a three-leader summit: three
        # planned pairs (5c rule), Montebello, date null (a two-day range).
        M(["stephen_harper", "george_w_bush"], None, "Montebello", IP, P, _MB),
        M(["stephen_harper", "felipe_calderon"], None, "Montebello", IP, P, _MB),
        M(["george_w_bush", "felipe_calderon"], None, "Montebello", IP, P, _MB),
        # Not rows: Harper and "his Conservative colleagues gather in Charlottetown today for a
        # three-day caucus retreat" (a party caucus, no named counterpart); the PMO's summary and
        # Snow's briefing (sources); "supporting President (Alvaro) Uribe" (no meeting). The
        # cut-off last sentence ("During a mid-July trip to Colombia, ...") was trimmed.
    ],
    roles=[("U.S. President", "george_w_bush"), ("Prime Minister", "stephen_harper"),
           ("The president", "george_w_bush"), ("the Prime Minister", "stephen_harper"),
           ("a presidential spokesperson", "tony_snow"), ("Mexican President", "felipe_calderon")],
)

A["test_2307_thaksin_arroyo_unavailable"] = dict(
    actors={
        "thaksin_shinawatra": ["Thaksin Shinawatra", "Mr Thaksin", "Thaksin"],
        "gloria_macapagal_arroyo": ["Gloria Macapagal Arroyo", "President Gloria Macapagal-Arroyo",
                                    "President Arroyo", "Mrs Arroyo", "Arroyo"],
        "kantathi_suphamongkhon": ["Kantathi Suphamongkhon", "Mr Kanthathi"],
        "raul_gonzalez": ["Raul Gonzalez"],
    },
    meetings=[
        # No rows (a zero-row control). "Thaksin Shinawatra will not meet his Philippines
        # counterpart President Gloria Macapagal Arroyo" and "The cancellation of appointment"
        # -> a meeting that does not take place (guide: not a row); "meeting with President
        # Arroyo was meant to be an added benefit to the trip" (the same cancelled plan).
        # Also not rows: the protesters' demand (unnamed), Gonzalez speaking "on national radio"
        # (an interview), Kantathi's comments (statements), Thaksin's private trip (no host).
        # The duplicated headline line ("Arroyo 'unavailable' for Thaksin meeting") and the
        # forum replies below the story were removed; "--Bangkok Post 2006-04-30" is the source
        # credit (not an actor).
    ],
    roles=[("Prime Minister", "thaksin_shinawatra"), ("his Philippines counterpart", "gloria_macapagal_arroyo"),
           ("Foreign Minister", "kantathi_suphamongkhon"), ("the Thai foreign minister", "kantathi_suphamongkhon"),
           ("the Philippines Justice Secretary", "raul_gonzalez")],
)

A["dev_2308_khatami_papandreou_saturday"] = dict(
    actors={
        "mohammad_khatami": ["Mohammed Khatami", "Khatami"],
        "george_papandreou": ["George Papandreou", "Papandreou"],
        "european_union": ["European Union", "EU"],
        "iranian_parliament": ["Iranian Parliament"],
    },
    meetings=[
        # "Khatami held on Saturday talks with Greek Foreign Minister George Papandreou" -> held,
        # 2001-11-03 (the Saturday before the Sunday date line); the text names no venue (only
        # "Tehran-Athens ties") -> place null.
        M(["mohammad_khatami", "george_papandreou"], "2001-11-03", None, IP, H,
          "Iranian President Mohammed Khatami held on Saturday talks with Greek Foreign Minister George Papandreou, discussing bilateral ties in the tense atmosphere generated by the US-led war against Afghanistan."),
        # "In a separate meeting with the Iranian Parliament, Papandreou ..." -> a meeting with
        # an institution whose members are unnamed -> one-party row (Papandreou), held, date
        # null ("separate"; the day is not given), place null; optional.
        M(["george_papandreou"], None, None, IP, H,
          "In a separate meeting with the Iranian Parliament, Papandreou hailed Iran's stances on regional issues and said Tehran and Athens shared common political views on recent developments in Afghanistan.", False),
        # Not rows: "constructive talks by Iran, Greece, Egypt and Italy's parliament speakers"
        # (unnamed speakers, multilateral); the EU invitation to invest (a proposal). "Al
        # Bawaba" under the date line is the byline (the duplicated byline line was removed);
        # the end credit "– Albawaba.com", the copyright line and the newsletter box were
        # removed.
    ],
    roles=[("Iranian President", "mohammad_khatami"), ("Greek Foreign Minister", "george_papandreou"),
           ("the president", "mohammad_khatami"), ("the Greek minister", "george_papandreou")],
)

A["dev_2309_abdullah_assad_call_amman"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah II", "King Abdullah"],
        "bashar_al_assad": ["Bashar Assad", "Assad"],
        "royal_hashemite_court": ["Jordanian Royal Court"],
        "bbc": ["BBC"],
        "ali_ayoub": ["Ali Ayoub"],
        "yousef_huneiti": ["Yousef Huneiti"],
    },
    meetings=[
        # Caption: "received a call from Syrian President Bashar Assad on Sunday"; the Royal
        # Court: "received a phone call from Assad" -> phone, held, 2021-10-03, place null.
        M(["abdullah_ii", "bashar_al_assad"], "2021-10-03", None, PH, H,
          "Jordan’s King Abdullah II received a call from Syrian President Bashar Assad on Sunday."),
        # "Ali Ayoub ... recently met in Amman with Jordanian Chief of Staff Gen. Yousef
        # Huneiti" -> held, Amman, date null ("recently").
        M(["ali_ayoub", "yousef_huneiti"], None, "Amman", IP, H,
          "Syrian Defense Minister Ali Ayoub, who is also head of the army, recently met in Amman with Jordanian Chief of Staff Gen. Yousef Huneiti."),
        # Not rows: "High-level delegations from the two countries have held regular meetings"
        # (unnamed, a count); King Abdullah's BBC interview in November 2011 (an interview).
        # "(File/AFP)" is the photo credit; "Short Url", "Follow" and the repeated headline
        # lines were removed. The cut-off last sentence ("Jordan also reopened the Jaber-Nasib
        # border crossing ...") was trimmed.
    ],
    roles=[("Syrian President", "bashar_al_assad"), ("Jordanian King", "abdullah_ii"),
           ("The king", "abdullah_ii"), ("Syrian Defense Minister", "ali_ayoub"),
           ("head of the army", "ali_ayoub"), ("Jordanian Chief of Staff", "yousef_huneiti")],
)

A["dev_2310_sandu_iohannis_visit_ambassador"] = dict(
    actors={
        "klaus_iohannis": ["President Klaus Iohannis", "Klaus Iohannis", "Iohannis"],
        "maia_sandu": ["Maia Sandu", "Sandu"],
        "daniel_ionita": ["Daniel Ioniță"],
        "unimedia": ["Unimedia"],
        "romanian_presidential_administration": ["Romanian Presidential Administration"],
    },
    meetings=[
        # "She made the announcement after a meeting with Romania's ambassador to Chișinău,
        # Daniel Ioniță" (her post: "I had a meeting with Romania's ambassador") -> held; the
        # day is not written (the embedded post is dated "Monday, December 14, 2020", which is
        # when it was posted, not necessarily the meeting) -> date null; place not given ->
        # null.
        M(["maia_sandu", "daniel_ionita"], None, None, IP, H,
          "She made the announcement after a meeting with Romania’s ambassador to Chișinău, Daniel Ioniță, Unimedia reported."),
        # "Iohannis will make a visit to Moldova by the end of the year, the country's newly
        # elected president Maia Sandu announced" ("the visit of President Klaus Iohannis at the
        # end of this year is an important one for our country") -> a planned visit whose host is
        # only implied (Sandu, who announces it) -> planned Iohannis-Sandu, Moldova, date null;
        # optional (the meeting is implied, not stated; dev_041 / 5c "trips with no host named").
        M(["klaus_iohannis", "maia_sandu"], None, "Moldova", IP, P,
          "Romania’s president Klaus Iohannis will make a visit to Moldova by the end of the year, the country’s newly elected president Maia Sandu announced.", False),
        # Not rows: "Iohannis last visited Moldova in January 2015" (a past trip, no host named);
        # the Presidential Administration's announcement (a statement); the Facebook post (a
        # source; Facebook not annotated, as Instagram in test_2111). "(Photo: presidency.ro)"
        # is the photo credit.
    ],
    roles=[("Romania’s president", "klaus_iohannis"), ("the country’s newly elected president", "maia_sandu"),
           ("Romania’s ambassador to Chișinău", "daniel_ionita"), ("Romania’s ambassador", "daniel_ionita"),
           ("Romania’s President", "klaus_iohannis")],
)

_PW = ("Petro was received with honors at the Miraflores presidential palace, minutes after landing at the Simón Bolívar international airport, which serves Caracas, where he was welcomed by the executive vice president, Delcy Rodriguez; the foreign minister, Yvan Gil; and the Colombian ambassador in Venezuela, Armando Benedetti.")
A["test_2311_petro_maduro_caracas_second"] = dict(
    actors={
        "nicolas_maduro": ["Nicolás Maduro", "Maduro"],
        "gustavo_petro": ["Gustavo Petro", "Petro"],
        "delcy_rodriguez": ["Delcy Rodriguez"],
        "yvan_gil": ["Yvan Gil"],
        "armando_benedetti": ["Armando Benedetti"],
        "eln": ["National Liberation Army", "ELN"],
        "alvaro_leyva": ["Álvaro Leyva"],
    },
    meetings=[
        # "Maduro, received this Saturday his counterpart from Colombia, Gustavo Petro, in
        # Caracas" (headline: "already meeting") -> held, 2023-01-07, Caracas.
        M(["nicolas_maduro", "gustavo_petro"], "2023-01-07", "Caracas", IP, H,
          "The President of Venezuela, Nicolás Maduro, received this Saturday his counterpart from Colombia, Gustavo Petro, in Caracas, where both leaders will hold a extraordinary bilateral meeting, the second meeting held in the Caribbean country since the reestablishment of diplomatic relations last August."),
        # "their first meeting in the Venezuelan capital"; "Petro and Maduro's first meeting was
        # in November 2022" -> held, Caracas ("the Venezuelan capital"), date null (month only).
        M(["nicolas_maduro", "gustavo_petro"], None, "Caracas", IP, H,
          "The meeting between Maduro and Petro, whose agenda is unknown, is held two months after their first meeting in the Venezuelan capital, in which they agreed to continue working together in various areas, such as the economy, trade, migration and binational security, among others, to go towards total integration."),
        # "he was welcomed by the executive vice president, Delcy Rodriguez; the foreign
        # minister, Yvan Gil; and the Colombian ambassador ..., Armando Benedetti" -> three
        # arrival greetings, optional (as dev_2108), 2023-01-07, Caracas (the airport "serves
        # Caracas"). Benedetti is Petro's own ambassador (a greeter, not a participant of the
        # Maduro-Petro meeting).
        M(["delcy_rodriguez", "gustavo_petro"], "2023-01-07", "Caracas", IP, H, _PW, False),
        M(["yvan_gil", "gustavo_petro"], "2023-01-07", "Caracas", IP, H, _PW, False),
        M(["armando_benedetti", "gustavo_petro"], "2023-01-07", "Caracas", IP, H, _PW, False),
        # Not rows: Leyva "accompanied" Petro (not a participant); the peace dialogue with the
        # ELN (delegations unnamed). Removed: the site header ("Today: November 17, 2024", "1
        # min read"), the repeated headline, the related links "(See: ...)", the agency credit
        # "EFE" and the cut-off last sentence ("Benedetti said earlier on his Twitter account
        # ..."). The headline was put on the first line, above the date line.
    ],
    roles=[("The President of Venezuela", "nicolas_maduro"), ("his counterpart from Colombia", "gustavo_petro"),
           ("the executive vice president", "delcy_rodriguez"), ("the foreign minister", "yvan_gil"),
           ("the Colombian ambassador in Venezuela", "armando_benedetti"),
           ("The Colombian head of state", "gustavo_petro"), ("Foreign Minister", "alvaro_leyva")],
)

A["dev_2312_zourabichvili_aliyev_video"] = dict(
    actors={
        "salome_zourabichvili": ["Salome Zourabichvili", "Salome Zourabishvili"],
        "ilham_aliyev": ["Ilham Aliyev"],
        "azertag": ["AzerTag"],
    },
    meetings=[
        # "have had a conversation through a video conference on April 15" -> video, held;
        # published is empty (no year) -> date null; place null.
        M(["salome_zourabichvili", "ilham_aliyev"], None, None, VID, H,
          "On the initiative of the Georgian side, President of Georgia Salome Zourabichvili and President of the Republic of Azerbaijan Ilham Aliyev have had a conversation through a video conference on April 15, according to AzerTag."),
        # Aliyev to Zourabichvili: "I remember your very successful official visit to our
        # country" -> her earlier official visit to Azerbaijan (the speaker's country), the
        # speaker as host implied -> held, Azerbaijan, date null; optional (a passing reference).
        M(["salome_zourabichvili", "ilham_aliyev"], None, "Azerbaijan", IP, H,
          "I remember your very successful official visit to our country.", False),
        # Not rows: "I look forward to continuing our cooperation ... as soon as possible" (no
        # meeting); "the solidarity shown to Georgia yesterday" (no meeting). The end credit
        # "News.Az" was removed.
    ],
    roles=[("President of Georgia", "salome_zourabichvili"),
           ("President of the Republic of Azerbaijan", "ilham_aliyev"),
           ("Mr. President", "ilham_aliyev"), ("Mrs. President", "salome_zourabichvili"),
           ("The Georgian President", "salome_zourabichvili")],
)
