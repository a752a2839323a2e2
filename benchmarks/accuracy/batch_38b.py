"""Accuracy corpus, batch 38b: 12 new articles about meetings between political actors, from the
1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: one, 1990s: one, 2000s: two,
2010s: four, 2020s: three), over eleven regions (Middle East: two; Africa, Southeast Asia,
Oceania, Latin America, South Asia, Central Asia/Caucasus, East Asia, Eastern Europe/Russia,
Western Europe, North America: one each). Outlets/sites: Egypt Today, Breitbart News (an AP
story), Media Selangor (a Bernama story), FBC News (Fiji), TwoCircles.net (an IANS story citing
EFE), The Week (India), the 24.kg news agency, Sina English (a Xinhua story), the Associated Press
archive, the Daily Mail's PA wire page, a Canadian Prime Minister's Office news release (via the
Library and Archives Canada web archive) and the Jewish Telegraphic Agency archive; some of these
sites were used before, the pages are new. Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run
on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_38b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-37b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_75NN_<slug>` / `test_75NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "Sat, 09 Feb 2019 - 05:16 GMT" (a Saturday) and the dateline "CAIRO -
    # 9 February 2019": "on Saturday" = 2019-02-09; "on Sunday" = 2019-02-10; "on Monday" (the
    # summit's end; no row) = 2019-02-11.
    ("dev_7501_sisi_addis_au_summit", "Africa", "2010s", "Egypt Today (egypttoday.com)", "https://www.egypttoday.com/Article/2/64463/What-is-on-the-agenda-of-Sisi’s-visit-to-Addis", "2019-02-09"),
    # The URL's date 2017/09/10 (a Sunday; the AP story was filed on the Saturday): "early
    # Saturday" = 2017-09-09; "Thursday" = 2017-09-07 (both the days before the Sunday).
    ("dev_7502_tamim_mbs_call_dispute", "Middle East", "2010s", "Breitbart News (breitbart.com; an AP story)", "https://www.breitbart.com/middle-east/2017/09/10/qatari-saudi-leaders-share-phone-call-start-new-dispute/", "2017-09-10"),
    # The page's date line "26 Jul 2023, 9:02 AM" (removed with the page furniture at the start;
    # also the URL's 2023/07) and the dateline "PUTRAJAYA, July 26" (a Wednesday): "today" =
    # 2023-07-26.
    ("test_7503_marcos_anwar_putrajaya", "Southeast Asia", "2020s", "Media Selangor (mediaselangor.com; Bernama)", "https://mediaselangor.com/en/2023/07/177203", "2023-07-26"),
    # The search result's date field 2025-04-15 (a Tuesday; the page gives no date line in the
    # excerpt): "yesterday" = 2025-04-14.
    ("dev_7504_rabuka_eke_nadi", "Oceania", "2020s", "FBC News (fbcnews.com.fj)", "https://www.fbcnews.com.fj/news/fiji-and-tonga-relations-set-to-deepen/", "2025-04-15"),
    # The URL's folder "2008mar07" (a Friday): "Friday" = 2008-03-07; "Wednesday" (the OAS
    # declaration; no row) = 2008-03-05.
    ("dev_7505_rio_group_santo_domingo", "Latin America", "2000s", "TwoCircles.net (twocircles.net; IANS, citing EFE)", "https://twocircles.net/2008mar07/rio_group_mounts_diplomatic_offensive_resolve_andean_crisis.html", "2008-03-07"),
    # The URL's date 2018/09/21 (a Friday). No row is dated ("next week", "September 17",
    # "September 20" belong to non-rows).
    ("dev_7506_swaraj_qureshi_called_off", "South Asia", "2010s", "The Week (theweek.in)", "https://theweek.in/news/india/2018/09/21/Meeting-between-foreign-ministers-of-India-Pakistan-called-off.html", "2018-09-21"),
    # The page's date line "2021-05-01 17:41" (removed at the start; the search result's date
    # field agrees), a Saturday: "today" = 2021-05-01.
    ("test_7507_japarov_rahmon_call", "Central Asia/Caucasus", "2020s", "24.kg news agency (24.kg)", "https://24.kg/english/192500_Sadyr_Japarov_and_Emomali_Rahmon_talk_over_the_phone_again/", "2021-05-01"),
    # The page's date line "2005-04-29 02:30:05 Xinhua English" (also the URL's 2005/0429) and
    # the dateline "BEIJING, April 29": "Friday afternoon" = 2005-04-29 (a Friday); "in August
    # 1945" -> no date (month only).
    ("dev_7508_hu_lien_beijing", "East Asia", "2000s", "Sina English (english.sina.com; Xinhua)", "http://english.sina.com/china/p/1/2005/0429/29572.html", "2005-04-29"),
    # The page's date line "October 25, 1988" (a Tuesday): "Tuesday" = 1988-10-25; "Monday's
    # talks" = 1988-10-24; "earlier" (the Sakharov meeting) -> no date.
    ("dev_7509_kohl_gorbachev_moscow", "Eastern Europe/Russia", "1980s", "The Associated Press (apnews.com archive)", "https://www.apnews.com/0d0b1acdd487f6ab9729bfcb6d9f5285", "1988-10-25"),
    # The search result's date field 2017-07-13 (a Thursday; removed at the start) and the
    # embedded tweet "Today, I am in Brussels to meet Michel Barnier ... July 13, 2017": the
    # Brussels meetings = 2017-07-13.
    ("dev_7510_corbyn_barnier_brussels", "Western Europe", "2010s", "Daily Mail Online (dailymail.co.uk; PA wire)", "http://www.dailymail.co.uk/wires/pa/article-4692666/Jeremy-Corbyn-vows-protect-jobs-living-standards-EU-meeting.html?ITO=1490&ns_mchannel=rss&ns_campaign=1490", "2017-07-13"),
    # The release's date line "June 4, 1996" (a Tuesday; also the document name
    # news_re1996060470). The visit "from June 10 to 14" is a range -> every row's date null.
    ("test_7511_zedillo_canada_visit", "North America", "1990s", "Prime Minister's Office of Canada (news release; via the Library and Archives Canada web archive, epe.lac-bac.gc.ca)", "https://epe.lac-bac.gc.ca/100/205/301/pco-bcp/website/06-07-27/www.pco-bcp.gc.ca/printer.asp@language=e&page=archivechretien&sub=newsreleases&doc=news_re1996060470_e.htm&printerfriendly=y.htm", "1996-06-04"),
    # The page's date line "July 10, 1978" (a Monday; also the URL). JTA "today" (the bulletin
    # has no dateline in the excerpt) is not resolved, as `test_4003`, `dev_4004`, `test_6003`
    # and batch 17a-19a did: the bulletin's stories are often filed the day before its date.
    ("dev_7512_sadat_peres_austria", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive; Daily News Bulletin)", "https://www.jta.org/1978/07/10/archive/peres-and-sadat-describe-their-talks-as-constructive", "1978-07-10"),
]

A = {}

_SISI_CAP = "President Abdel Fatah al-Sisi and Ethiopian Prime Minister Abiy Ahmed in Addis Ababa."
A["dev_7501_sisi_addis_au_summit"] = dict(
    actors={
        "abdel_fattah_el_sisi": ["President Abdel Fatah al-Sisi", "Abdel Fatah al-Sisi", "Sisi"],
        "abiy_ahmed": ["Ethiopian Prime Minister Abiy Ahmed", "Abiy Ahmed"],
        "paul_kagame": ["Paul Kagame", "Kagame"],
        "gamal_abdel_nasser": ["Gamal Abdel Nasser"],
        "anwar_sadat": ["Mohamed Anwar al-Sadat"],
        "african_union": ["African Union"],
        "african_union_assembly": ["African Union Assembly of Heads of State and Government",
                                   "Assembly of the African Union"],
        "organization_of_african_unity": ["Organization of the African Unity"],
        "egypt_today": ["Egypt Today"],
    },
    meetings=[
        # The photo caption "President Abdel Fatah al-Sisi and Ethiopian Prime Minister Abiy Ahmed
        # in Addis Ababa. February 9, 2019." -> the two leaders pictured together on the day of
        # Sisi's arrival (the host welcoming the visitor), held, 2019-02-09, Addis Ababa;
        # required False (the caption shows them together but does not say they met or talked).
        M(["abdel_fattah_el_sisi", "abiy_ahmed"], "2019-02-09", "Addis Ababa", IP, H, _SISI_CAP, False),
        # "a tripartite meeting would be held on the sidelines on Sunday between the heads of
        # state of Egypt, Ethiopia, and Sudan" -> planned, 2019-02-10, Addis Ababa (the summit's
        # city). No participant is named in the sentence: "the heads of state of Egypt" is Sisi
        # (the article's subject), those of Ethiopia and Sudan are given by role only (the text
        # names Abiy only as "Ethiopian Prime Minister", not as head of state; Sudan's leader is
        # not named) -> one-party row (Sisi); required False (the only participant is found
        # through a role phrase, as `dev_7301`'s one-party row, and the news comes from unnamed
        # sources).
        M(["abdel_fattah_el_sisi"], "2019-02-10", "Addis Ababa", IP, P,
          "Sources told Egypt Today that a tripartite meeting would be held on the sidelines on Sunday between the heads of state of Egypt, Ethiopia, and Sudan to be followed by a press conference.",
          False),
        # Not rows: Sisi is "to succeed his Rwandan counterpart Paul Kagame on Sunday in the
        # chairmanship of the African Union Assembly" (a hand-over at the summit's plenary); "The
        # assembly will convene in a closed meeting" and the 32nd Ordinary Session (the
        # multilateral summit itself); Abiy's "official dinner for African heads of states
        # participating in the summit on Saturday" (a summit dinner, guests unnamed); the press
        # conference; Nasser and Sadat chairing the OAU (history, offices). "Egypt Today" is the
        # paper itself, named in the body as told by sources (annotated, as batch 37b's "the
        # Post"); "Press Photo" is the photo credit (not annotated). The states (Egypt, Angola,
        # South Africa, ...) are places. Removed: inside the text, between the headline and the
        # caption, the empty byline lines ("BY", "-", "BY") and the second copy of the date line;
        # after the caption, the second, duplicated copy of the caption line; at the end, the
        # last, cut-off fragment ("That is in addit").
    ],
    roles=[("Ethiopian Prime Minister", "abiy_ahmed"), ("his Rwandan counterpart", "paul_kagame")],
)

A["dev_7502_tamim_mbs_call_dispute"] = dict(
    actors={
        "tamim_bin_hamad_al_thani": ["Sheikh Tamim bin Hamad al-Thani", "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"],
        "mohammed_bin_salman": ["Mohammed bin Salman", "Crown Prince Mohammed"],
        "donald_trump": ["Donald Trump", "Trump"],
        "white_house": ["White House"],
        "saudi_press_agency": ["Saudi Press Agency"],
        "qatar_news_agency": ["Qatar News Agency"],
    },
    meetings=[
        # "Leaders in Qatar and Saudi Arabia spoke by telephone early Saturday" = "a call between
        # Saudi Crown Prince Mohammed bin Salman ... and Qatari Emir Sheikh Tamim bin Hamad Al
        # Thani" (the headline's "Phone Call" and "the call" are the same) -> phone, held,
        # 2017-09-09 (the lead's "early Saturday"), place null.
        M(["mohammed_bin_salman", "tamim_bin_hamad_al_thani"], "2017-09-09", None, PH, H,
          "Both governments acknowledged a call between Saudi Crown Prince Mohammed bin Salman, next in line to the kingdom’s throne, and Qatari Emir Sheikh Tamim bin Hamad Al Thani."),
        # "Kuwait's emir ... met Thursday in the White House with US President Donald Trump" ->
        # the emir is given by role only -> one-party row (Trump), held, 2017-09-07, Washington
        # (White House -> Washington, as ANNOTATION.md).
        M(["donald_trump"], "2017-09-07", "Washington", IP, H,
          "The call also comes after Kuwait’s emir, who so far has been unsuccessful in mediating the dispute, met Thursday in the White House with US President Donald Trump, who himself offered to arbitrate."),
        # "Trump personally spoke with Sheikh Tamim" (and "The White House earlier acknowledged
        # Trump spoke with Sheikh Tamim", the same contact) -> held, date null (before the
        # Saturday call; no day given), place null; kind phone (judgement: the text says "spoke
        # with", in a story about calls, contrasted with the in-person White House meeting).
        M(["donald_trump", "tamim_bin_hamad_al_thani"], None, None, PH, H,
          "Qatar said that call came after Trump personally spoke with Sheikh Tamim."),
        # "Trump spoke with ... Crown Prince Mohammed" -> a separate contact, held, phone (as the
        # row above), date and place null.
        M(["donald_trump", "mohammed_bin_salman"], None, None, PH, H,
          "The White House earlier acknowledged Trump spoke with Sheikh Tamim and Crown Prince Mohammed, as well as Abu Dhabi’s powerful crown prince."),
        # "as well as Abu Dhabi's powerful crown prince" -> the crown prince is given by role only
        # -> one-party row (Trump), phone, held, date and place null; required False (a role-only
        # counterpart in a list, and the kind is implied).
        M(["donald_trump"], None, None, PH, H,
          "The White House earlier acknowledged Trump spoke with Sheikh Tamim and Crown Prince Mohammed, as well as Abu Dhabi’s powerful crown prince.",
          False),
        # Not rows: "Crown Prince Mohammed would talk to Bahrain, Egypt and the United Arab
        # Emirates" (states, intended consultations); "Riyadh and Doha had agreed to send two
        # envoys" (unnamed envoys, a plan); the Kuwaiti emir's mediation (no specific meeting);
        # Trump "offered to arbitrate" (an offer); the agencies' statements. The caption line
        # "Qatar's Emir ... attends the 4th Summit of Arab States an" (cut off on the page, kept
        # as it stands; a summit attendance, no row) and its photo credit "FAYEZ
        # NURELDINE/AFP/Getty" (not annotated); "(AP)" in the dateline is the agency credit (not
        # annotated). Removed: the last, cut-off paragraph ("“This proves that the authority in
        # Qatar is not serious in dialogue and").
    ],
    roles=[("Qatar's Emir", "tamim_bin_hamad_al_thani"), ("US President", "donald_trump"),
           ("Saudi Crown Prince", "mohammed_bin_salman"), ("next in line to the kingdom’s throne", "mohammed_bin_salman"),
           ("Qatari Emir", "tamim_bin_hamad_al_thani")],
)

A["test_7503_marcos_anwar_putrajaya"] = dict(
    actors={
        "ferdinand_marcos_jr": ["Ferdinand Marcos Jr", "Marcos Jr", "Marcos"],
        "anwar_ibrahim": ["Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", "Anwar"],
        "tengku_zafrul_tengku_abdul_aziz": ["Tengku Datuk Seri Zafrul Tengku Abdul Aziz"],
        "zambry_abdul_kadir": ["Datuk Seri Zambry Abdul Kadir", "Zambry Abdul Kadir"],
        "aaron_ago_dagang": ["Datuk Aaron Ago Dagang", "Aaron Ago Dagang"],
        "johari_abdul": ["Tan Sri Johari Abdul", "Johari Abdul"],
        "dewan_rakyat": ["Dewan Rakyat"],
    },
    meetings=[
        # "President of the Philippines Ferdinand Marcos Jr held bilateral talks with Prime
        # Minister Datuk Seri Anwar Ibrahim in Putrajaya today" (the headline's "meets", "was
        # received by Anwar upon his arrival at Perdana Putra" and "the meeting with Anwar" are
        # the same occasion) -> held, 2023-07-26, Putrajaya.
        M(["ferdinand_marcos_jr", "anwar_ibrahim"], "2023-07-26", "Putrajaya", IP, H,
          "PUTRAJAYA, July 26 — President of the Philippines Ferdinand Marcos Jr held bilateral talks with Prime Minister Datuk Seri Anwar Ibrahim in Putrajaya today, in conjunction with his three-day state visit to Malaysia to discuss steps to revitalise bilateral ties."),
        # Not rows: "Among those present were" Zafrul, Zambry, Aaron Ago Dagang and Johari Abdul
        # (present at the meeting, not presented as meeting anyone: actors, not participants, as
        # ANNOTATION.md); the "three-day state visit to Malaysia" (the visit as a whole; its
        # meeting is the row above); the signing of the guest book. Perdana Putra and "the Prime
        # Minister's Office" it houses are a building and an office (not annotated). Removed: at
        # the start, the section label "CURRENT", the first copy of the headline and the date
        # line "26 Jul 2023, 9:02 AM" (the second copy of the headline opens the text); at the
        # end, the agency tag "— Bernama" and the site's end matter ("What do you think?",
        # "Latest", "MidRec", the "About Us" paragraph).
    ],
    roles=[("President of the Philippines", "ferdinand_marcos_jr"),
           ("International Trade and Industry Minister", "tengku_zafrul_tengku_abdul_aziz"),
           ("Foreign Minister", "zambry_abdul_kadir"), ("National Unity Minister", "aaron_ago_dagang"),
           ("Dewan Rakyat Speaker", "johari_abdul")],
)

A["dev_7504_rabuka_eke_nadi"] = dict(
    actors={
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Prime Minister Rabuka", "Rabuka"],
        "aisake_valu_eke": ["Dr. ‘Aisake Valu Eke", "‘Aisake Valu Eke", "Aisake Valu Eke"],
    },
    meetings=[
        # "Rabuka yesterday met with the Prime Minister of the Kingdom of Tonga, Dr. 'Aisake Valu
        # Eke" ("The first bilateral meeting between the two leaders was held on the sidelines of
        # the TROIKA Leaders' gathering at the Sheraton Fiji Golf and Beach Resort in Nadi" is the
        # same meeting; "warmly welcomed the Tongan Prime Minister" belongs to it) -> held,
        # 2025-04-14, Nadi.
        M(["sitiveni_rabuka", "aisake_valu_eke"], "2025-04-14", "Nadi", IP, H,
          "Rabuka yesterday met with the Prime Minister of the Kingdom of Tonga, Dr. ‘Aisake Valu Eke."),
        # Not rows: the TROIKA Leaders' gathering (a multilateral gathering; the row is the
        # bilateral on its sidelines); "both Prime Ministers agreed" (the same meeting); Tonga's
        # planned diplomatic mission (a state's plan). "Fiji Government/ Facebook" in the caption
        # is the photo credit (not annotated). Removed: the search tool's date prefix
        # (" date 2025-04-15") at the start; inside the text, the line "Article continues after
        # advertisement" after the "yesterday" sentence; at the end, the site's promotion
        # "Stream the best of Fiji on VITI+. Anytime. Anywhere.". The missing full stop after
        # "Blue Pacific region" is kept.
    ],
    roles=[("Prime Minister and Minister for Foreign Affairs", "sitiveni_rabuka"),
           ("Prime Minister of the Kingdom of Tonga", "aisake_valu_eke"),
           ("the Tongan Prime Minister", "aisake_valu_eke")],
)

_RIO_DIN = ("Officials in the Dominican Republic capital said Venezuela’s leftist President Hugo Chavez, an open sympathiser of the Revolutionary Armed Forces of Colombia (FARC) and his Colombian counterpart Alvaro Uribe would attend a dinner hosted by Dominican president Leonel Fernandez.")
_RIO_MEET = "Uribe is scheduled to meet Fernandez, Mexican President Felipe Calderon and Brazilian Foreign Minister Celso Amorim."
A["dev_7505_rio_group_santo_domingo"] = dict(
    actors={
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "leonel_fernandez": ["Leonel Fernandez", "Fernandez"],
        "felipe_calderon": ["Felipe Calderon"],
        "celso_amorim": ["Celso Amorim"],
        "carlos_morales_troncoso": ["Carlos Morales Troncoso"],
        "rafael_correa": ["Rafael Correa"],
        "alejandro_foxley": ["Alejandro Foxley", "Foxley"],
        "rio_group": ["Rio Group"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
        "organization_of_american_states": ["Organization of American States", "OAS"],
        "efe": ["EFE"],
    },
    meetings=[
        # "Uribe is scheduled to meet Fernandez, Mexican President Felipe Calderon and Brazilian
        # Foreign Minister Celso Amorim" -> three planned bilaterals (one row each, as `dev_032`'s
        # "met X and Y"), Santo Domingo (the dateline, the summit's city); date null (the
        # meetings' day is not given).
        M(["alvaro_uribe", "leonel_fernandez"], None, "Santo Domingo", IP, P, _RIO_MEET),
        M(["alvaro_uribe", "felipe_calderon"], None, "Santo Domingo", IP, P, _RIO_MEET),
        M(["alvaro_uribe", "celso_amorim"], None, "Santo Domingo", IP, P, _RIO_MEET),
        # "Chavez ... and his Colombian counterpart Alvaro Uribe would attend a dinner hosted by
        # Dominican president Leonel Fernandez" -> the two adversaries at one dinner with the
        # host: planned, date null, Santo Domingo; Chavez-Uribe and Fernandez-Chavez, both
        # required False (a dinner of the summit, to which the two are said only to "attend";
        # ANNOTATION.md does not make attendees participants, but the story presents the dinner
        # as the occasion to bring the two together). Fernandez-Uribe is not repeated (the pair
        # is a required row above; the dinner may be that encounter).
        M(["hugo_chavez", "alvaro_uribe"], None, "Santo Domingo", IP, P, _RIO_DIN, False),
        M(["leonel_fernandez", "hugo_chavez"], None, "Santo Domingo", IP, P, _RIO_DIN, False),
        # Not rows: the 20th Rio Group summit and its foreign ministers' session (multilateral);
        # Morales Troncoso's hope that "each nation ... will sit down at the table" (a wish, no
        # named parties); "the mediation of Fernandez" (no specific meeting); Foxley hailing the
        # OAS declaration (a statement) and the OAS commission (unnamed representatives). Correa
        # is named only as one of "the three Andean presidents". Removed: the byline "By IANS" at
        # the start; at the end, the last, cut-off sentence ("The OAS Wednesday approved a
        # resolution establishing that Bogota violated Ecuador’s sovereignty and territorial
        # integ").
    ],
    roles=[("Venezuela’s leftist President", "hugo_chavez"), ("his Colombian counterpart", "alvaro_uribe"),
           ("Dominican president", "leonel_fernandez"), ("Mexican President", "felipe_calderon"),
           ("Brazilian Foreign Minister", "celso_amorim"), ("Dominican Foreign Minister", "carlos_morales_troncoso"),
           ("The foreign minister", "carlos_morales_troncoso")],
)

A["dev_7506_swaraj_qureshi_called_off"] = dict(
    actors={
        "sushma_swaraj": ["Sushma Swaraj", "Swaraj"],
        "shah_mehmood_qureshi": ["Shah Mehmood Qureshi"],
        "imran_khan": ["Imran Khan"],
        "narendra_modi": ["Prime Minister Modi", "Modi"],
        "ministry_of_external_affairs_india": ["ministry of external affairs"],
        "united_nations_general_assembly": ["United Nations General Assembly", "UNGA"],
        "burhan_wani": ["Burhan Wani"],
    },
    meetings=[
        # Zero-row control. Not rows: the meeting "between External Affairs Minister Sushma
        # Swaraj and her Pakistani counterpart Shah Mehmood Qureshi on the sidelines of the ...
        # UNGA ... next week" was announced and then called off ("India called off the meeting
        # abruptly"; "cancelling the meeting"): a meeting that will not take place (ANNOTATION.md;
        # batch 5a's cancelled meeting, `test_611`); "the first high-level interaction" (the same
        # cancelled meeting); "both prime ministers talked about bettering relations" (statements,
        # no contact between them); Imran Khan's letter to Modi (a letter); "The letter ... was
        # handed over to Swaraj on September 17" (a letter delivered by an unnamed person);
        # "India agreed to the meeting only on September 20" (a decision); the ministry's press
        # release (a statement). The doubled apostrophes (",''") are kept as they stand. The text
        # is the excerpt as returned from its first sentence (no headline in the excerpt); the
        # last sentence is complete, so nothing was removed at the end.
    ],
    roles=[("External Affairs Minister", "sushma_swaraj"), ("her Pakistani counterpart", "shah_mehmood_qureshi")],
)

A["test_7507_japarov_rahmon_call"] = dict(
    actors={
        "sadyr_japarov": ["Sadyr Japarov"],
        "emomali_rahmon": ["Emomali Rahmon"],
    },
    meetings=[
        # "A telephone conversation took place today between the Presidents of Kyrgyzstan Sadyr
        # Japarov and Tajikistan, Emomali Rahmon" (the headline's "talk over the phone" and "the
        # telephone conversation" are the same) -> phone, held, 2021-05-01, place null.
        M(["sadyr_japarov", "emomali_rahmon"], "2021-05-01", None, PH, H,
          "A telephone conversation took place today between the Presidents of Kyrgyzstan Sadyr Japarov and Tajikistan, Emomali Rahmon."),
        # Not rows: the headline's "again" (an earlier call implied, not reported: no day, no
        # text); "the beginning of the meeting of the intergovernmental commission" (unnamed
        # members, a future meeting of a body); "Kyrgyzstan and Tajikistan agreed to cease fire
        # ... on April 29" (states, an agreement with no named negotiators); the clashes. The
        # "Official website of the leader of the Republic of Tajikistan" and "The press service
        # of the head of Kyrgyzstan" are unnamed sources (not annotated). Removed: the page's
        # date line "2021-05-01 17:41" (with the search tool's date prefix) at the start.
    ],
    roles=[("the leader of the Republic of Tajikistan", "emomali_rahmon"), ("the head of Kyrgyzstan", "sadyr_japarov")],
)

A["dev_7508_hu_lien_beijing"] = dict(
    actors={
        "hu_jintao": ["Hu Jintao", "Hu"],
        "lien_chan": ["Lien Chan"],
        "mao_zedong": ["Mao Zedong"],
        "chiang_kai_shek": ["Chiang Kai-shek"],
        "chinese_communist_party": ["Communist Party of China", "CPC"],
        "kuomintang": ["Chinese Kuomintang", "Kuomintang", "KMT"],
    },
    meetings=[
        # "Hu Jintao shook hands with visiting Chinese Kuomintang (KMT) Party Chairman Lien Chan
        # here Friday afternoon in the first meeting between top leaders of the two parties" (the
        # headline's "historic meeting" is the same) -> held, 2005-04-29, Beijing (the dateline;
        # "here").
        M(["hu_jintao", "lien_chan"], "2005-04-29", "Beijing", IP, H,
          "BEIJING, April 29 (Xinhuanet) -- General Secretary of the Communist Party of China (CPC) Central Committee Hu Jintao shook hands with visiting Chinese Kuomintang (KMT) Party Chairman Lien Chan here Friday afternoon in the first meeting between top leaders of the two parties in 60 years."),
        # "Late CPC Chairman Mao Zedong and late KMT Chairman Chiang Kai-shek conducted the
        # previous meeting in August 1945 in Chongqing" -> held, date null (month only),
        # Chongqing.
        M(["mao_zedong", "chiang_kai_shek"], None, "Chongqing", IP, H,
          "Late CPC Chairman Mao Zedong and late KMT Chairman Chiang Kai-shek conducted the previous meeting in August 1945 in Chongqing, the wartime capital of China, in an unsuccessful bid to negotiate a truce."),
        # Not rows: the two parties' statements; the KMT leaving the mainland in 1949 (history).
        # "Xinhua English" in the date line and "(Xinhuanet)" in the dateline are the agency
        # credits at the top (not annotated). The garbled "andí▒ seek" is kept as it stands.
        # Removed: the breadcrumb "NEWS > Mainland" at the start and the last, cut-off fragment
        # ("Lien Chan and his KMT delegation arrived in Nanj").
    ],
    roles=[("General Secretary of the Communist Party of China (CPC) Central Committee", "hu_jintao"),
           ("Chinese Kuomintang (KMT) Party Chairman", "lien_chan"), ("Late CPC Chairman", "mao_zedong"),
           ("late KMT Chairman", "chiang_kai_shek")],
)

A["dev_7509_kohl_gorbachev_moscow"] = dict(
    actors={
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Mr. Gorbachev", "Gorbachev"],
        "andrei_sakharov": ["Andrei D. Sakharov"],
        "tass": ["Tass"],
        "nato": ["NATO"],
    },
    meetings=[
        # "Kohl said Monday's talks had been 'often and in part hard.'" (the banquet with its
        # speeches "the night before" is the same day and pair) -> held, 1988-10-24, Moscow (the
        # dateline).
        M(["helmut_kohl", "mikhail_gorbachev"], "1988-10-24", "Moscow", IP, H,
          "Kohl said Monday’s talks had been ″often and in part hard.″"),
        # "The two met again Tuesday" ("a second round of talks with Gorbachev"; the accords
        # signed) -> a second day, its own row (as `dev_035`, `dev_4812`, `dev_6402`): held,
        # 1988-10-25, Moscow.
        M(["helmut_kohl", "mikhail_gorbachev"], "1988-10-25", "Moscow", IP, H,
          "The two met again Tuesday, but a Tass news agency dispatch on the session did not say whether they discussed the Berlin dispute."),
        # "The chancellor earlier highlighted his concern for human rights by meeting with Andrei
        # D. Sakharov ... at the West German ambassador's residence" -> held, date null
        # ("earlier": Monday or Tuesday), Moscow (the residence is in the dateline city).
        M(["helmut_kohl", "andrei_sakharov"], None, "Moscow", IP, H,
          "The chancellor earlier highlighted his concern for human rights by meeting with Andrei D. Sakharov, the Nobel Peace Prize laureate at the West German ambassador’s residence."),
        # Not rows: the "banquet speeches the night before" and Gorbachev's "dinner speech" (the
        # Monday of the first row; speeches); Kohl's "radio interview in January" (an interview);
        # Kohl speaking to reporters (a news conference); the unnamed West German ambassador (the
        # host of the residence, not presented as meeting anyone). "(AP)" in the dateline is the
        # agency credit (not annotated); Tass is cited in the body (annotated). Removed: "Related
        # topics" at the start and the last, cut-off fragment ("Tas").
    ],
    roles=[("West German Chancellor", "helmut_kohl"), ("the Nobel Peace Prize laureate", "andrei_sakharov"),
           ("The chancellor", "helmut_kohl")],
)

_COR = ("The Labour leader and shadow Brexit secretary Sir Keir Starmer were meeting Michel Barnier for the first time, although the EU official has stressed he will negotiate only with the UK Government.")
A["dev_7510_corbyn_barnier_brussels"] = dict(
    actors={
        "jeremy_corbyn": ["Jeremy Corbyn", "Mr Corbyn", "@jeremycorbyn"],
        "michel_barnier": ["Michel Barnier"],
        "keir_starmer": ["Sir Keir Starmer", "Sir Keir"],
        "frans_timmermans": ["Frans Timmermans"],
        "labour_party": ["Labour"],
        "european_union": ["EU"],
        "european_commission": ["European Commission", "EC"],
        "british_government": ["UK Government", "Government"],
        "the_guardian": ["Guardian"],
    },
    meetings=[
        # "The Labour leader and shadow Brexit secretary Sir Keir Starmer were meeting Michel
        # Barnier for the first time" ("arrived for talks in Brussels with the EU's chief
        # negotiator", the tweet "Today, I am in Brussels to meet Michel Barnier" and "The
        # meeting" are the same) -> held (the story is written as the talks begin), 2017-07-13
        # (the tweet's "Today ... July 13, 2017"), Brussels. Corbyn and Starmer are both subjects
        # of "were meeting" -> participants: Corbyn-Barnier and Starmer-Barnier required;
        # Corbyn-Starmer (the same delegation) required False, as `dev_017`.
        M(["jeremy_corbyn", "michel_barnier"], "2017-07-13", "Brussels", IP, H, _COR),
        M(["keir_starmer", "michel_barnier"], "2017-07-13", "Brussels", IP, H, _COR),
        M(["jeremy_corbyn", "keir_starmer"], "2017-07-13", "Brussels", IP, H, _COR, False),
        # The caption "EC Vice-President Frans Timmermans with Jeremy Corbyn for a meeting at EU"
        # -> a separate meeting, held; Brussels and 2017-07-13 (judgement: the caption belongs to
        # the story of the day's Brussels visit, "Today, I am in Brussels"; it gives no day of
        # its own).
        M(["frans_timmermans", "jeremy_corbyn"], "2017-07-13", "Brussels", IP, H,
          "EC Vice-President Frans Timmermans with Jeremy Corbyn for a meeting at EU (AP Photo/Olivier Hoslet, pool/PA))"),
        # Not rows: "He told the Guardian" (Starmer to a paper: an interview); Corbyn's remarks
        # on arrival and "Speaking before the Brussels visit" (statements); "last month's
        # election"; Barnier's stress that "he will negotiate only with the UK Government" (no
        # meeting). "(AP Photo/Olivier Hoslet, pool/PA))" is the photo credit inside the caption
        # (kept, not annotated; the evidence keeps the caption line whole because it has no
        # full stop); Berlaymont and Westminster are places. Removed: the search tool's date
        # prefix (" date 2017-07-13") at the start and the last, cut-off paragraph ("He added:
        # “In contrast to the Conservatives").
    ],
    roles=[("the EU’s chief negotiator", "michel_barnier"), ("The Labour leader", "jeremy_corbyn"),
           ("shadow Brexit secretary", "keir_starmer"), ("the EU official", "michel_barnier"),
           ("EC Vice-President", "frans_timmermans")],
)

_ZED_PREM = "He will meet with Ontario Premier Mike Harris, Alberta Premier Ralph Klein and British Columbia Premier Glen Clark."
A["test_7511_zedillo_canada_visit"] = dict(
    actors={
        "ernesto_zedillo": ["Ernesto Zedillo", "President Zedillo"],
        "jean_chretien": ["Prime Minister Jean Chrétien", "Jean Chrétien", "Prime Minister Chrétien"],
        "romeo_leblanc": ["Governor General Roméo LeBlanc", "Roméo LeBlanc"],
        "mike_harris": ["Mike Harris"],
        "ralph_klein": ["Ralph Klein"],
        "glen_clark": ["Glen Clark"],
        "house_of_commons_of_canada": ["House of Commons"],
        "senate_of_canada": ["Senate"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # All rows planned (an announcement of a visit "from June 10 to 14": a range -> dates
        # null).
        # "In Ottawa, President Zedillo will be the guest of Governor General Roméo LeBlanc" ->
        # hosted by the Governor General, planned, Ottawa.
        M(["ernesto_zedillo", "romeo_leblanc"], None, "Ottawa", IP, P,
          "In Ottawa, President Zedillo will be the guest of Governor General Roméo LeBlanc."),
        # "In his meetings with Prime Minister Chrétien, among the topics that will be discussed
        # are ..." -> planned, Ottawa (the sentence continues the paragraph opened by "In Ottawa";
        # the joint session of Parliament is there too).
        M(["ernesto_zedillo", "jean_chretien"], None, "Ottawa", IP, P,
          "In his meetings with Prime Minister Chrétien, among the topics that will be discussed are the U.S. Helms-Burton Act, the benefits of the NAFTA partnership for both countries and mutual concerns about reform of the United Nations."),
        # "He will meet with Ontario Premier Mike Harris, Alberta Premier Ralph Klein and British
        # Columbia Premier Glen Clark" -> three planned meetings (one row each); place Canada
        # (the text lists the cities Toronto, Calgary and Vancouver in the sentence before but
        # does not say which premier is met where; not inferred from background knowledge, as
        # ANNOTATION.md).
        M(["ernesto_zedillo", "mike_harris"], None, "Canada", IP, P, _ZED_PREM),
        M(["ernesto_zedillo", "ralph_klein"], None, "Canada", IP, P, _ZED_PREM),
        M(["ernesto_zedillo", "glen_clark"], None, "Canada", IP, P, _ZED_PREM),
        # Not rows: Chrétien "today announced" (an announcement); the visit to Canada as a whole
        # (its meetings are the rows); the address to "a Joint Session of the House of Commons and
        # the Senate" (a speech to a legislature); "Accompanied by a delegation of Mexican
        # Ministers and business leaders" (unnamed); "a lunch and medal presentation at the
        # University of Calgary" (an academic event with no named host; the university is a
        # place here, not annotated); the Prime Minister's quoted statement. The Helms-Burton
        # Act and NAFTA are a law and an agreement (not actors). Removed: the end matter ("PMO
        # Press Office: (613) 957-5555", "Return to regular web page:").
    ],
    roles=[("President of Mexico", "ernesto_zedillo"), ("the Prime Minister", "jean_chretien"),
           ("Ontario Premier", "mike_harris"), ("Alberta Premier", "ralph_klein"),
           ("British Columbia Premier", "glen_clark"), ("Governor General", "romeo_leblanc")],
)

A["dev_7512_sadat_peres_austria"] = dict(
    actors={
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "Sadat"],
        "shimon_peres": ["Shimon Peres", "Peres"],
        "bruno_kreisky": ["Chancellor Bruno Kreisky", "Bruno Kreisky", "Kreisky"],
        "willy_brandt": ["Chancellor Willy Brandt", "Willy Brandt", "Brandt"],
        "menachem_begin": ["Premier Menachem Begin", "Menachem Begin", "Begin"],
        "jimmy_carter": ["President Carter", "Carter"],
        "israeli_labor_party": ["Labor Party"],
    },
    meetings=[
        # "Egyptian President Anwar Sadat and Israel's Labor Party leader Shimon Peres both
        # described the talks they held here today" (the headline's "Their Talks", "the session",
        # "the meeting between the Egyptian leader and the leader of Israel's opposition party"
        # and "today's meeting" are the same) -> held; date null (JTA "today", not resolved: see
        # ARTICLES); place Austria ("here", and "before they leave Austria"; no city in the
        # text). Kreisky and Brandt: the session "was attended by" them and they "had helped to
        # arrange the meeting" -> actors, not participants (ANNOTATION.md: people said only to
        # attend are not participants).
        M(["anwar_sadat", "shimon_peres"], None, "Austria", IP, H,
          "Egyptian President Anwar Sadat and Israel’s Labor Party leader Shimon Peres both described the talks they held here today as a constructive step in the search for Middle East peace."),
        # "Peres and Sadat will probably have a second meeting before they leave Austria" ->
        # planned, date null, Austria; required False ("probably", from unnamed sources).
        M(["shimon_peres", "anwar_sadat"], None, "Austria", IP, P,
          "Israeli and Egyptian sources said, after today’s meeting, that Peres and Sadat will probably have a second meeting before they leave Austria.",
          False),
        # Not rows: Sadat "would meet with Premier Menachem Begin ... if Israel's position has
        # changed" (a conditional, hypothetical meeting); "there were no plans for him to meet
        # President Carter" (no meeting planned); Carter "coming to Bonn this week for the
        # Western economic summit talks" (a multilateral summit); "Sadat would like to have a
        # meeting with Carter" (a wish of observers); the unnamed Egyptian spokesman; "the
        # Israeli and Egyptian delegations" (unnamed). Removed: the archive's search line
        # ("Search JTA's historical archive dating back to 1923") at the start; inside the text,
        # between the date line and the body, the lines "See Original Daily Bulletin From This
        # Date" and "Advertisement"; at the end, the last, cut-off fragment ("But, according to
        # the").
    ],
    roles=[("Egyptian President", "anwar_sadat"), ("Israel’s Labor Party leader", "shimon_peres"),
           ("Austrian Chancellor", "bruno_kreisky"), ("former West German Chancellor", "willy_brandt"),
           ("the Egyptian leader", "anwar_sadat"), ("the leader of Israel’s opposition party", "shimon_peres"),
           ("The Egyptian President", "anwar_sadat")],
)
