"""Accuracy corpus, batch 14a: 12 new articles from the 1970s, 1980s, 1990s and 2000s (three per
decade), chosen where sources.csv was still thin (region x decade cells counted over sources.csv
and every batch_*.py present before searching, 360 articles, batches 1-13b: in the 1970s South
Asia had 3 articles and Central Asia/Caucasus 0, every other region 4; in the 1980s Central
Asia/Caucasus had 3, Africa, Eastern Europe/Russia, Latin America, North America, Southeast Asia
and Western Europe 4; in the 1990s Central Asia/Caucasus, North America, Oceania and South Asia 5;
in the 2000s Western Europe 5, every other region 6) and spread over nine regions (Central
Asia/Caucasus 3, South Asia 2, Latin America, Southeast Asia, Western Europe, Oceania, East Asia,
North America and Africa 1 each). Outlets not yet in the corpus: the archived Elysee site (via
jacqueschirac-asso.fr; a spokesman's report), Taiwan Today (the Taiwan Review archive) and
Kazakhstan Today (via engnews.gazeta.kz); the others were used before (The Gleaner (Jamaica), the
Chicago Tribune twice, the Los Angeles Times, Business Standard, Reuters' Screenocean newsreel
archive, PM Transcripts, the Mail & Guardian, the Deseret News). Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_14a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-13b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_26NN_<slug>` / `test_26NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # A 2023 reprint on the Gleaner's site (URL date 20230526) of a 1978 story: the page gives
    # "PUBLISHED WEDNESDAY, MAY 24, 1978" (a Wednesday), so published = 1978-05-24 and decade
    # 1970s (as the Herald reprint of dev_1808, batch 10a); "yesterday" = 1978-05-23.
    ("dev_2601_kaunda_manley_kingston", "Latin America", "1970s", "The Gleaner (Jamaica), archive reprint of a 1978 story", "https://jamaica-gleaner.com/article/esponsored/20230526/kaunda-enjoys-productive-two-hours-jamaica", "1978-05-24"),
    # Date line "May 09, 1986" (a Friday); "Friday" = 1986-05-09 (the Manila day of the
    # meetings; Manila is ahead of Chicago).
    ("dev_2602_shultz_aquino_manila", "Southeast Asia", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1986-05-09/news/8602020480_1_marcos-loyalists-president-corazon-aquino-aquino-government", "1986-05-09"),
    # No date line in the excerpt; the URL (la-xpm-1988-06-13) gives 1988-06-13 (a Monday). No
    # meeting row, so no day is resolved.
    ("test_2603_arutunyan_vezirov_rallies", "Central Asia/Caucasus", "1980s", "Los Angeles Times (Reuters)", "https://www.latimes.com/archives/la-xpm-1988-06-13-mn-3300-story.html", "1988-06-13"),
    # Date line "Last Updated : Sep 18 1997" (a Thursday; the URL id 197091801133 agrees);
    # "yesterday" = 1997-09-17, "on Tuesday" = 1997-09-16, "on September 23" = 1997-09-23.
    ("dev_2604_gujral_pakistan_delegation", "South Asia", "1990s", "Business Standard", "https://www.business-standard.com/amp/article/economy-policy/india-wants-dialogue-with-pak-to-move-forward-gujral-197091801133_1.html", "1997-09-18"),
    # Date line "Paris, 2 January 2007" (a Tuesday) of the spokesman's report; the text does not
    # say on which day the call took place (no "today"), so the row's date is null.
    ("dev_2605_chirac_zapatero_call", "Western Europe", "2000s", "Presidency of the French Republic (archived elysee.fr, via jacqueschirac-asso.fr), spokesman's report", "http://www.jacqueschirac-asso.fr/archives-elysee.fr/elysee/elysee.fr/anglais/speeches_and_documents/2007/telephone_conversation_with_the_president_of_the_government_of_spain.69604.html", "2007-01-02"),
    # Record line "Date: 22nd September 1979" (a Saturday). The story text dates the arrival
    # ("Wednesday (19 September)"); "the first full day of their indian tour" = 1979-09-20.
    ("dev_2606_birendra_reddy_new_delhi", "South Asia", "1970s", "Reuters (newsreel story text, Reuters Screenocean archive)", "https://reuters.screenocean.com/record/380833", "1979-09-22"),
    # "Release Date: 15/11/1993" (a Monday). The bilaterals are to take place at the leaders'
    # meeting "on 19-20 November" (a range: dates null).
    ("test_2607_keating_apec_seattle", "Oceania", "1990s", "PM Transcripts (Australian Prime Minister's Office; media release)", "http://pmtranscripts.pmc.gov.au/release/transcript-9036", "1993-11-15"),
    # Date line "June 01, 1970" (a Monday) of the monthly column; the text gives "Monday, May 11"
    # and "Tuesday, May 12" (1970, both weekdays check).
    ("dev_2608_chiang_ching_kuo_saigon", "East Asia", "1970s", "Taiwan Today (Taiwan Review archive)", "https://taiwantoday.tw/news_amp.php?unit=4,8,8,29,31,32,32,45&post=6101", "1970-06-01"),
    # Date line "April 04, 1987" (a Saturday); "Sunday" = 1987-04-05 (the President's arrival
    # for "the two-day summit": the summit itself is a range, date null).
    ("dev_2609_mulroney_reagan_summit_eve", "North America", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1987-04-04/news/8701250805_1_mulroney-canadian-realities-acid-rain", "1987-04-04"),
    # Date line "9:47 16.03.2004" (a Tuesday). The call's day is not stated (date null).
    ("dev_2610_nazarbayev_putin_call", "Central Asia/Caucasus", "2000s", "Kazakhstan Today (via engnews.gazeta.kz)", "http://engnews.gazeta.kz/art.asp?aid=298624", "2004-03-16"),
    # No date line or headline in the excerpt; the URL (2008-01-18) gives 2008-01-18 (a
    # Friday); "on Thursday" = 2008-01-17. (Replaces the AllAfrica story first picked for this
    # position, which the parallel batch 14b also picked; see the notes.)
    ("test_2611_mbeki_mugabe_mediation", "Africa", "2000s", "Mail & Guardian", "https://mg.co.za/article/2008-01-18-mbeki-meets-mugabe-on-mediation-mission/", "2008-01-18"),
    # No date line in the excerpt; the URL (1997/11/18) gives 1997-11-18 (a Tuesday); "later
    # Tuesday" = 1997-11-18, "Monday" = 1997-11-17.
    ("dev_2612_nazarbayev_washington_pacts", "Central Asia/Caucasus", "1990s", "Deseret News", "https://www.deseret.com/1997/11/18/19346330/kazakh-leader-to-sign-pacts-forging-closer-ties-with-u-s", "1997-11-18"),
]

A = {}

A["dev_2601_kaunda_manley_kingston"] = dict(
    actors={
        "kenneth_kaunda": ["Dr Kenneth Kaunda", "Kenneth Kaunda", "Dr Kaunda", "Kaunda"],
        # The standfirst (written for the 2023 reprint) calls the Prime Minister "Norman
        # Manley" (the name of the airport); the Prime Minister of 1978 is Michael Manley, the
        # actor every other mention ("Prime Minister Manley", "Mr Manley") denotes. Key by the
        # person meant; the alias is kept as written.
        "michael_manley": ["Prime Minister Norman Manley", "Prime Minister Manley", "Mr Manley"],
        "beverley_manley": ["Mrs Manley"],
        "commonwealth_of_nations": ["Commonwealth"],
    },
    meetings=[
        # "welcomed once again to Jamaica yesterday by Prime Minister Manley" + "He later had a
        # working lunch with Prime Minister Manley and brief, formal discussions" -> the welcome,
        # lunch and discussions are the same pair, day and place: one row, held, 1978-05-23
        # ("yesterday"), Kingston ("a two-hour layover in Kingston"; the Norman Manley
        # International Airport).
        M(["kenneth_kaunda", "michael_manley"], "1978-05-23", "Kingston", IP, H,
          "He later had a working lunch with Prime Minister Manley and brief, formal discussions during which the two leaders reviewed the economic and political situation in Southern Africa."),
        # Mrs Manley's part in the airport welcome -> optional (a welcome by the host's spouse,
        # as test_001's bouquet).
        M(["kenneth_kaunda", "beverley_manley"], "1978-05-23", "Kingston", IP, H,
          "Zambian President Dr Kenneth Kaunda was welcomed once again to Jamaica yesterday by Prime Minister Manley and Mrs Manley and government officials during a two-hour stopover at the Norman Manley International Airport.", False),
        # Not rows: "He told him", "He told Mr Manley" (the same encounter); "a short press
        # conference in the VIP lounge" (media); "government officials", "his 21-member
        # delegation" (unnamed). The cut-off last sentence naming the ministers who sat in on
        # the talks (P.J. Patterson, Ralph Brown) was trimmed, so they are not in the text.
    ],
    roles=[("the Zambian President", "kenneth_kaunda"), ("the Zambian president", "kenneth_kaunda"),
           ("Zambian President", "kenneth_kaunda")],
)

A["dev_2602_shultz_aquino_manila"] = dict(
    actors={
        "george_shultz": ["U.S. Secretary of State George Shultz", "George Shultz", "Shultz"],
        "corazon_aquino": ["President Corazon Aquino", "Corazon Aquino", "President Aquino", "Aquino"],
        "ferdinand_marcos": ["President Ferdinand Marcos", "Ferdinand Marcos", "Marcos"],
        "blas_ople": ["Blas Ople", "Ople"],
        "marcos_administration": ["Marcos administration"],
    },
    meetings=[
        # "met separately Friday with President Corazon Aquino" + "his 40-minute meeting with
        # Aquino" -> held, 1986-05-09, Manila (dateline).
        M(["george_shultz", "corazon_aquino"], "1986-05-09", "Manila", IP, H,
          "MANILA — U.S. Secretary of State George Shultz met separately Friday with President Corazon Aquino and leading supporters of deposed President Ferdinand Marcos in a show of American support for Aquino`s still-struggling government."),
        # "Earlier, Shultz met privately with four former top members of the Marcos
        # administration"; Blas Ople, "labor minister in the Marcos administration", speaks for
        # "the opposition panel" and "emerged from the meeting" -> Ople is a participant ->
        # Shultz-Ople, held, 1986-05-09 (the same Friday: "met separately Friday with ... and
        # leading supporters"), Manila. The other three members are unnamed (no further row).
        M(["george_shultz", "blas_ople"], "1986-05-09", "Manila", IP, H,
          "Blas Ople, labor minister in the Marcos administration and a key aide of the deposed president, said opposition leaders had ``a very cordial and at the same time honest exchange of views`` with Shultz."),
        # Not rows: "this week`s economic summit of industrialized nations in Tokyo"
        # (multilateral); Marcos himself (in exile, no meeting); "Ople told reporters" (media);
        # bylines (Joseph A. Reaves, Ronald E. Yates) are not annotated.
    ],
    roles=[("U.S. Secretary of State", "george_shultz"), ("the deposed president", "ferdinand_marcos"),
           ("labor minister in the Marcos administration", "blas_ople")],
)

A["test_2603_arutunyan_vezirov_rallies"] = dict(
    actors={
        "suren_arutyunyan": ["Suren Arutunyan", "Arutunyan"],
        "abdul_rahman_vezirov": ["Abdul Vezirov", "Vezirov"],
        "armenpress": ["Armanpress"],
        "supreme_soviet_of_armenia": ["Supreme Soviet"],
        "presidium_of_the_supreme_soviet_of_azerbaijan": ["Presidium of the Azerbaijani Supreme Soviet"],
    },
    meetings=[
        # A zero-row control. Not rows: the two party chiefs "differed sharply" and "were
        # speaking at mass demonstrations in the capitals of their republics" (separate rallies,
        # no encounter of the two); "Vezirov spoke to 10,000 demonstrators", "met the
        # demonstrators" (a crowd, not a named counterpart); "his return from consultations
        # with authorities in Moscow" (unnamed authorities, no person given even by role); the
        # Supreme Soviet session "when it meets this week" (a legislature's session); the
        # Armenpress spokesman and "an Azerbaijani press official" (sources, unnamed).
    ],
    roles=[("Armenian party chief", "suren_arutyunyan"), ("Azerbaijani leader", "abdul_rahman_vezirov")],
)

A["dev_2604_gujral_pakistan_delegation"] = dict(
    actors={
        "inder_kumar_gujral": ["Prime Minister IK Gujral", "IK Gujral", "Gujral"],
        "k_raghunath": ["K Raghunath"],
        "shamshad_ahmad": ["Shamshad Ahmad", "Ahmad"],
        "nawaz_sharif": ["Nawaz Sharif"],
    },
    meetings=[
        # "the eight-member Pakistani side called on Gujral at the Prime Ministers office" +
        # "During the 25-minute meeting with the Pakistani delegation" + "Ahmad said after the
        # meeting that the Pakistani delegation ... apprised Gujral" -> Shamshad Ahmad (the
        # leader of the Pakistani side) and Gujral, held, 1997-09-17 (the call came "within
        # hours" before the second session held "yesterday"), New Delhi (the Prime Minister's
        # office, resolved to its city). K Raghunath "joined" the delegation (accompanies; not
        # a participant, no Gujral-Raghunath row).
        M(["inder_kumar_gujral", "shamshad_ahmad"], "1997-09-17", "New Delhi", IP, H,
          "Ahmad said after the meeting that the Pakistani delegation, joined by the Indian foreign secretary, apprised Gujral of the direction in which the three-day talks were heading but gave no details."),
        # "The foreign secretaries ... K Raghunath and Shamshad Ahmad, resumed their delegation
        # level talks at Hyderabad House here for a second session" -> held, 1997-09-17 (the
        # second session "yesterday"), New Delhi (Hyderabad House).
        M(["k_raghunath", "shamshad_ahmad"], "1997-09-17", "New Delhi", IP, H,
          "The foreign secretaries of the two countries, K Raghunath and Shamshad Ahmad, resumed their delegation level talks at Hyderabad House here for a second session within hours after the eight-member Pakistani side called on Gujral at the Prime Ministers office."),
        # "The two sides, which held the first session of plenary and informal talks ... on
        # Tuesday" -> the first session of the same foreign secretaries' talks, held,
        # 1997-09-16, New Delhi; optional (the sides are named only in the previous sentence,
        # and the "three-day talks" may be read as one meeting of the pair).
        M(["k_raghunath", "shamshad_ahmad"], "1997-09-16", "New Delhi", IP, H,
          "The two sides, which held the first session of plenary and informal talks spread over three hours on Tuesday, yesterday got into the nitty-gritty of ways to give effect to the June 23 joint statement issued at the end of the second round of foreign-secretary-level talks in Islamabad.", False),
        # "Gujral, who is scheduled to meet Pakistan Prime Minister Nawaz Sharif in New York on
        # September 23" -> planned, 1997-09-23, New York.
        M(["inder_kumar_gujral", "nawaz_sharif"], "1997-09-23", "New York", IP, P,
          "Officials were tightlipped on whether Gujral, who is scheduled to meet Pakistan Prime Minister Nawaz Sharif in New York on September 23, had made any proposals to achieve tangible results at the current parleys."),
        # Not rows: "the second round of foreign-secretary-level talks in Islamabad" ending with
        # the June 23 joint statement (the participants are not named); the "working groups"
        # (planned bodies, no meeting); Gujral "indicated" (a statement).
    ],
    roles=[("Pakistan Prime Minister", "nawaz_sharif"), ("the Indian foreign secretary", "k_raghunath")],
)

A["dev_2605_chirac_zapatero_call"] = dict(
    actors={
        "jacques_chirac": ["M. Jacques CHIRAC", "Jacques CHIRAC", "President Chirac"],
        "jose_luis_rodriguez_zapatero": ["M. Jose-Luis ZAPATERO", "Jose-Luis ZAPATERO", "Mr José-Luis Zapatero", "José-Luis Zapatero"],
    },
    meetings=[
        # "President Chirac spoke to Mr José-Luis Zapatero" (headline: "Telephone conversation")
        # -> phone, held; date null (the report is dated "Paris, 2 January 2007", but the text
        # does not say the call was that day; alternative 2007-01-02); place null (a call).
        M(["jacques_chirac", "jose_luis_rodriguez_zapatero"], None, None, PH, H,
          "President Chirac spoke to Mr José-Luis Zapatero, the Spanish Prime Minister."),
        # Not rows: "the French authorities' determination to cooperate fully with the Spanish
        # authorities" (general cooperation, no meeting).
    ],
    roles=[("President of the Republic", "jacques_chirac"),
           ("President of the government of Spain", "jose_luis_rodriguez_zapatero"),
           ("the Spanish Prime Minister", "jose_luis_rodriguez_zapatero")],
)

_BR_CHINA = "The king and Queen left Nepal on August 26th for official talks with Chinese leader in Peking."

A["dev_2606_birendra_reddy_new_delhi"] = dict(
    actors={
        "birendra_bir_bikram_shah": ["KING BIRENDRA", "King Birendra"],
        "aishwarya_rajya_lakshmi_devi_shah": ["Queen Aishwarya"],
        "neelam_sanjiva_reddy": ["Sanjiva Reddy", "President Reddy"],
        "non_aligned_movement": ["non-aligned movement"],
    },
    meetings=[
        # "The Royal Couple paid a visit to Indian President Sanjiva Reddy on the first full day
        # of their indian tour" (title: "KING BIRENDRA MEETS WITH INDIAN PRESIDENT") -> held,
        # New Delhi (the President's New Delhi Residence); date 1979-09-20 (arrival "on
        # Wednesday (19 September)", the first full day is the next day).
        M(["birendra_bir_bikram_shah", "neelam_sanjiva_reddy"], "1979-09-20", "New Delhi", IP, H,
          "The Royal Couple paid a visit to Indian President Sanjiva Reddy on the first full day of their indian tour."),
        # The Queen is part of "The Royal Couple" that paid the visit and was "received" ->
        # optional (the visitor's spouse).
        M(["aishwarya_rajya_lakshmi_devi_shah", "neelam_sanjiva_reddy"], "1979-09-20", "New Delhi", IP, H,
          "The Royal Couple paid a visit to Indian President Sanjiva Reddy on the first full day of their indian tour.", False),
        # "official talks with Chinese leader in Peking" -> the counterpart is given by role
        # only -> one-party row (the King; the Queen accompanies), held (the tour has since
        # moved on), Peking, date null (only the departure day, August 26th, is given).
        M(["birendra_bir_bikram_shah"], None, "Peking", IP, H, _BR_CHINA),
        # Not rows: "the recent summit conference of Non-Aligned countries in Havana"
        # (multilateral); the travels to Kuwait, Holland and Canada (no hosts named); "Observers
        # believe the King and President Reddy discussed" (the same visit); the wreath at the
        # Gandhi Memorial; the threatened demonstrations. The shot list, embargo line, keywords
        # and record id were removed as archive metadata.
    ],
    roles=[("INDIAN PRESIDENT", "neelam_sanjiva_reddy"), ("Indian President", "neelam_sanjiva_reddy")],
)

_KB = ("I will also take the opportunity at the Seattle meeting to have bilateral meetings with a "
       "number of the leaders present, including President Ziang Zemnin of China, President Kim "
       "Young Sam of the Republic of Korea, Prime Minister Chuan Leekpai of Thailand and Prime "
       "Minister Hosokawa of Japan.")

A["test_2607_keating_apec_seattle"] = dict(
    actors={
        "paul_keating": ["Keating, Paul", "Keating, Paul John", "P J KEATING"],
        "bill_clinton": ["President Clinton"],
        # The name is broken over two lines ("President Ziang" / "Zemnin"); aliases are written
        # as single-line forms.
        "jiang_zemin": ["President Ziang", "Zemnin"],
        "kim_young_sam": ["President Kim Young Sam", "Kim Young Sam"],
        "chuan_leekpai": ["Prime Minister Chuan Leekpai", "Chuan Leekpai"],
        "morihiro_hosokawa": ["Prime Minister Hosokawa", "Hosokawa"],
        "gareth_evans": ["Senator Evans"],
        "peter_cook": ["Senator Cook"],
        "neville_wran": ["Mr Neville Wran", "Neville Wran"],
        "apec": ["APEC"],
        "eminent_persons_group": ["Eminent Persons' Group"],
    },
    meetings=[
        # "I" = the Prime Minister, P J Keating (the statement's author line). "bilateral
        # meetings with ... President Ziang Zemnin of China, President Kim Young Sam ..., Prime
        # Minister Chuan Leekpai ... and Prime Minister Hosokawa" -> four separate planned
        # bilaterals, Seattle ("at the Seattle meeting"), date null (the leaders' meeting is "on
        # 19-20 November", a range).
        M(["paul_keating", "jiang_zemin"], None, "Seattle", IP, P, _KB),
        M(["paul_keating", "kim_young_sam"], None, "Seattle", IP, P, _KB),
        M(["paul_keating", "chuan_leekpai"], None, "Seattle", IP, P, _KB),
        M(["paul_keating", "morihiro_hosokawa"], None, "Seattle", IP, P, _KB),
        # Not rows: the "informal meeting of leaders of the APEC economies in Seattle" "At the
        # invitation of President Clinton" (multilateral; no bilateral with Clinton is stated);
        # "the fifth APEC ministerial meeting" at which Senators Evans and Cook "will represent
        # Australia" (multilateral); the Eminent Persons' Group on which Neville Wran
        # "represented Australia" (a body). The fax header lines are kept as OCR text.
    ],
    roles=[("THE PRIME MINISTER", "paul_keating"), ("the Minister for Foreign Affairs", "gareth_evans"),
           ("Minister for Trade", "peter_cook")],
)

_CK_AIR = "He was met at the airport by Premier Khiem, Foreign Minister Tran Van Lam and other dignitaries."

A["dev_2608_chiang_ching_kuo_saigon"] = dict(
    actors={
        "chiang_ching_kuo": ["Vice Premier Chiang Ching-kuo", "Chiang Ching-kuo", "Vice Premier Chiang"],
        "tran_thien_khiem": ["Premier Tran Thien Khiem", "Tran Thien Khiem", "Premier Khiem"],
        "tran_van_lam": ["Foreign Minister Tran Van Lam", "Tran Van Lam"],
        "nguyen_van_thieu": ["President Nguyen Van Thieu", "Nguyen Van Thieu"],
        "nguyen_cao_ky": ["Vice President Nguyen Cao Ky", "Nguyen Cao Ky"],
        "ma_chi_chuang": ["Admiral Ma Chi-chuang", "Ma Chi-chuang"],
        "james_shen": ["James Shen"],
        "chiang_kai_shek": ["President Chiang Kai-shek", "Chiang Kai-shek"],
        "china_airlines": ["China Airlines"],
    },
    meetings=[
        # "flew into Saigon on Monday, May 11" + "He was met at the airport by Premier Khiem,
        # Foreign Minister Tran Van Lam and other dignitaries" -> an arrival welcome, held,
        # 1970-05-11, Saigon; two rows (Khiem, Lam), both optional (airport greetings, as
        # dev_1809); Khiem-Lam: the same (host) side, no row.
        M(["chiang_ching_kuo", "tran_thien_khiem"], "1970-05-11", "Saigon", IP, H, _CK_AIR, False),
        M(["chiang_ching_kuo", "tran_van_lam"], "1970-05-11", "Saigon", IP, H, _CK_AIR, False),
        # "Calling at the presidential palace, Vice Premier Chiang delivered to President Nguyen
        # Van Thieu a letter" -> a call on Thieu, held, Saigon (the presidential palace); date
        # null (the day is not stated; the paragraph comes between the Monday arrival and the
        # Tuesday rocket attack, but the text does not date it).
        M(["chiang_ching_kuo", "nguyen_van_thieu"], None, "Saigon", IP, H,
          "Calling at the presidential palace, Vice Premier Chiang delivered to President Nguyen Van Thieu a letter from President Chiang Kai-shek, the visitor's father."),
        # "He also conferred with Vice President Nguyen Cao Ky and other leaders." -> held,
        # Saigon, date null; "other leaders" unnamed (no further row).
        M(["chiang_ching_kuo", "nguyen_cao_ky"], None, "Saigon", IP, H,
          "He also conferred with Vice President Nguyen Cao Ky and other leaders."),
        # Not rows: the visit "at the invitation of Premier Tran Thien Khiem" (an invitation;
        # no talks with Khiem are reported beyond the airport); the letter from Chiang Kai-shek
        # (a letter, delivered at the Thieu call; he is not a participant); Ma Chi-chuang and
        # James Shen "Accompanying him" (not participants); the rocket attack; the wreath at the
        # war cemetery. The cut-off last sentence (a call upon "the Vietnam Senate and N...")
        # was trimmed.
    ],
    roles=[("The vice premier", "chiang_ching_kuo"), ("the vice premier", "chiang_ching_kuo"),
           ("the visitor's father", "chiang_kai_shek"), ("Defense Vice Minister", "ma_chi_chuang"),
           ("Vice Minister of Foreign Affairs", "james_shen"), ("Foreign Minister", "tran_van_lam")],
)

A["dev_2609_mulroney_reagan_summit_eve"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "brian_mulroney": ["Canadian Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "george_h_w_bush": ["Vice President George Bush", "George Bush"],
        "progressive_conservative_party": ["Progressive Conservative Party"],
    },
    meetings=[
        # "Just days from his annual summit meeting with President Reagan" + "The President is to
        # arrive here Sunday for the two-day summit" -> planned, Ottawa (dateline; "here"); date
        # null (a two-day summit; "Sunday" = 1987-04-05 dates the arrival, not a single meeting
        # day; alternative 1987-04-05).
        M(["ronald_reagan", "brian_mulroney"], None, "Ottawa", IP, P,
          "The President is to arrive here Sunday for the two-day summit, during which those topics, as well as the U.S. refusal to recognize Canadian sovereignty over the Northwest Passage in the Arctic, will be on the agenda."),
        # "the anger he directed at Vice President George Bush during a hastily scheduled Ottawa
        # meeting in January" -> held, Ottawa, date null (month only).
        M(["george_h_w_bush", "brian_mulroney"], None, "Ottawa", IP, H,
          "Mulroney`s comments also represented a turnabout from the anger he directed at Vice President George Bush during a hastily scheduled Ottawa meeting in January."),
        # "Reagan had promised Mulroney at their 1986 summit" -> held, date and place null.
        M(["ronald_reagan", "brian_mulroney"], None, None, IP, H,
          "At that time, alarmed by an administration budget request for only a fraction of the acid rain research money Reagan had promised Mulroney at their 1986 summit, the prime minister declared: ``Canadians don`t want to be on anyone`s back burner or taken for granted at any time.``"),
        # Not rows: "in a rare interview" (media); "his annual summit meeting" (the same planned
        # summit); the polls. The cut-off last sentence ("Last month, Reagan reversed himself
        # ...") was trimmed; byline (Howard Witt) not annotated.
    ],
    roles=[("The President", "ronald_reagan"), ("Canadian Prime Minister", "brian_mulroney"),
           ("the prime minister", "brian_mulroney"), ("Vice President", "george_h_w_bush")],
)

A["dev_2610_nazarbayev_putin_call"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "N. Nazarbayev"],
        "vladimir_putin": ["Vladimir Putin", "V. Putin", "Putin"],
        "viktor_khristenko": ["Victor Christenko"],
        "kazakhstan_today": ["KZ-today"],
        "presidential_administration_of_kazakhstan": ["presidential administration of RK"],
        "russian_duma": ["State Duma"],
    },
    meetings=[
        # "has congratulated Vladimir Putin ... in a telephone conversation" + "Heads of Russia
        # and Kazakhstan have discussed further development of co-operation ... during the
        # conversation" -> a call with substance (not only a congratulatory message), phone,
        # held; date null (the day is not stated; the item is of 2004-03-16 09:47); place null.
        M(["nursultan_nazarbayev", "vladimir_putin"], None, None, PH, H,
          "Nursultan Nazarbayev, president of Kazakhstan, has congratulated Vladimir Putin with his convincing victory in the Russian presidential poll in a telephone conversation."),
        # Not rows: Putin "confirmed that Victor Christenko will remain the representative of
        # Russia in the High Level Group" (an appointment; the group is a body, no meeting);
        # "the Year of Russia in Kazakhstan" (an event). The page's "print version" links, the
        # views counter and the credit line ("text: "Kazakhstan Today"") were removed.
    ],
    roles=[("president of Kazakhstan", "nursultan_nazarbayev"), ("the Russian president", "vladimir_putin")],
)

A["test_2611_mbeki_mugabe_mediation"] = dict(
    actors={
        "thabo_mbeki": ["South African President Thabo Mbeki", "Thabo Mbeki", "Mbeki"],
        "robert_mugabe": ["Robert Mugabe", "Mugabe"],
        "morgan_tsvangirai": ["Morgan Tsvangirai"],
        "zanu_pf": ["Zanu-PF"],
        "movement_for_democratic_change": ["Movement for Democratic Change", "MDC"],
        "sadc": ["Southern African Development Community"],
        "aziz_pahad": ["Aziz Pahad"],
    },
    meetings=[
        # "Mbeki met his Zimbabwean counterpart on Thursday" + "Mbeki met with Robert Mugabe at a
        # hotel for four hours" -> held, 2008-01-17 (the Thursday before the Friday page),
        # Harare (the farewell "at the government State House offices in Harare"; the hotel's
        # city is not named separately). "his Zimbabwean counterpart" = Mugabe.
        M(["thabo_mbeki", "robert_mugabe"], "2008-01-17", "Harare", IP, H,
          "Mbeki met with Robert Mugabe at a hotel for four hours and also met with members of the political opposition."),
        # "also met with members of the political opposition" = "Earlier, Mbeki also met with
        # several opposition figures at the South African ambassador's residence" (the same
        # meeting told twice) -> the counterparts are unnamed -> one-party row, held,
        # 2008-01-17, Harare; optional (unnamed group, as test_2411's "senior Korean officials").
        M(["thabo_mbeki"], "2008-01-17", "Harare", IP, H,
          "Earlier, Mbeki also met with several opposition figures at the South African ambassador’s residence.", False),
        # "Mbeki had been expected to also meet with Morgan Tsvangirai ... but that was not
        # confirmed" -> an expected meeting whose taking place is not confirmed -> planned,
        # 2008-01-17, Harare; optional (neither held nor called off in the text).
        M(["thabo_mbeki", "morgan_tsvangirai"], "2008-01-17", "Harare", IP, P,
          "Mbeki had been expected to also meet with Morgan Tsvangirai, leader of the main opposition Movement for Democratic Change, but that was not confirmed.", False),
        # Not rows: "talks between Zimbabwe's ruling Zanu-PF and the two factions of the
        # opposition Movement for Democratic Change" (an ongoing negotiation between parties,
        # no specific meeting; Mbeki oversees it at the request of the Southern African
        # Development Community); "Nor was it clear if he met with the leaders of the other
        # faction" (unnamed, unconfirmed); the farewell on the State House steps (the same
        # Mbeki-Mugabe encounter); Mugabe's holiday in Malaysia; Pahad "said" on Wednesday (a
        # statement). No headline is given in the excerpt; the cut-off last sentence was trimmed.
    ],
    roles=[("his Zimbabwean counterpart", "robert_mugabe"), ("the elder African leader", "robert_mugabe"),
           ("leader of the main opposition Movement for Democratic Change", "morgan_tsvangirai"),
           ("South African Deputy Foreign Affairs Minister", "aziz_pahad")],
)

_NZ_MON = ("He met Monday with Vice President Al Gore, Defense Secretary William Cohen and Energy "
           "Secretary Federico Pena")
_NZ_REG = ("Nazarbayev, whose nation hosted Hillary Rodham Clinton last week, is the third head of "
           "state from the region to meet Clinton in the past four months after Georgian President "
           "Edouard She-vard-nad-ze and Azerbaijani President Gaidar Aleyev.")

A["dev_2612_nazarbayev_washington_pacts"] = dict(
    actors={
        "nursultan_nazarbayev": ["Kazakhstan President Nursultan Nazarbayev", "Nursultan Nazarbayev", "Nazarbayev"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "al_gore": ["Vice President Al Gore", "Al Gore"],
        "william_cohen": ["Defense Secretary William Cohen", "William Cohen"],
        "federico_pena": ["Energy Secretary Federico Pena", "Federico Pena"],
        "hillary_clinton": ["Hillary Rodham Clinton"],
        "eduard_shevardnadze": ["Georgian President Edouard She-vard-nad-ze", "Edouard She-vard-nad-ze"],
        "heydar_aliyev": ["Azerbaijani President Gaidar Aleyev", "Gaidar Aleyev"],
    },
    meetings=[
        # "Nazarbayev was seeing Clinton later Tuesday." (+ "would sign 14 agreements with
        # President Clinton") -> planned, 1997-11-18, Washington ("during his stay in
        # Washington").
        M(["nursultan_nazarbayev", "bill_clinton"], "1997-11-18", "Washington", IP, P,
          "Nazarbayev was seeing Clinton later Tuesday."),
        # "He met Monday with Vice President Al Gore, Defense Secretary William Cohen and Energy
        # Secretary Federico Pena" -> three meetings (or one of four people; either way the
        # pairs with Nazarbayev), held, 1997-11-17, Washington; no rows among the three U.S.
        # officials (the same host side).
        M(["nursultan_nazarbayev", "al_gore"], "1997-11-17", "Washington", IP, H, _NZ_MON),
        M(["nursultan_nazarbayev", "william_cohen"], "1997-11-17", "Washington", IP, H, _NZ_MON),
        M(["nursultan_nazarbayev", "federico_pena"], "1997-11-17", "Washington", IP, H, _NZ_MON),
        # "the third head of state from the region to meet Clinton in the past four months after
        # Georgian President Edouard She-vard-nad-ze and Azerbaijani President Gaidar Aleyev" ->
        # two held meetings with Clinton, date and place null (not stated).
        M(["eduard_shevardnadze", "bill_clinton"], None, None, IP, H, _NZ_REG),
        M(["heydar_aliyev", "bill_clinton"], None, None, IP, H, _NZ_REG),
        # "whose nation hosted Hillary Rodham Clinton last week" -> the nation, not Nazarbayev,
        # is said to host her -> optional row, held, Kazakhstan, date null ("last week").
        M(["nursultan_nazarbayev", "hillary_clinton"], None, "Kazakhstan", IP, H, _NZ_REG, False),
        # Not rows: "other U.S. officials" (unnamed; the same planned signing); "Clinton sent a
        # memo to the secretaries of state and energy" (a memo); the strategic plan (a
        # statement).
    ],
    roles=[("Kazakhstan President", "nursultan_nazarbayev"), ("Vice President", "al_gore"),
           ("Defense Secretary", "william_cohen"), ("Energy Secretary", "federico_pena"),
           ("Georgian President", "eduard_shevardnadze"), ("Azerbaijani President", "heydar_aliyev")],
)
