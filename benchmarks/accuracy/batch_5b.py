"""Accuracy corpus, batch 5b: 12 new articles chosen where the corpus was thinnest (the first two
1970s articles, East Asia and the Middle East; Southeast Asia and the Pacific islands in the
1980s; West Africa and the Baltics in the 1990s; the Balkans, Central America and the Gulf in the
2010s; North Africa, Central Africa and the Pacific islands in the 2020s; wire copy, national
papers, two digitised newspaper pages, a broadcaster, a state news agency and an official royal
statement), collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run on this batch). Conventions:
../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_5b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batch 5a):
the articles are numbered 1..12 in the order they were collected; positions 3, 7 and 11 are
test, all others dev. Ids: `dev_7NN_<slug>` / `test_7NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date from the URL (/1979/07/12/, a Thursday); the excerpt has no dateline.
    ("dev_701_begin_sadat_alexandria", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1979/07/12/archive/begin-sadat-stress-they-will-continue-talks-to-achieve-comprehensive-peace-settlement", "1979-07-12"),
    # Date from the URL (la-xpm-1987-12-03, a Thursday); "met Wednesday" = 2 December 1987.
    ("dev_702_sihanouk_hun_sen_france", "Southeast Asia", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1987-12-03-mn-26427-story.html", "1987-12-03"),
    # Date from the URL's issue code CHP19720927 (The Press, Christchurch, 27 September 1972, a
    # Wednesday); the story's dateline is "PEKING, September 26" (a Tuesday).
    ("test_703_tanaka_chou_peking", "East Asia", "1970s", "The Press (Christchurch), via Papers Past (N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19720927.2.94", "1972-09-27"),
    # Date line on the page ("Wednesday, 24.11.2010.", also in the URL).
    ("dev_704_tadic_josipovic_croatia", "Eastern Europe/Russia", "2010s", "B92 (Tanjug)", "http://www.b92.net/eng/news/politics-article.php?yyyy=2010&mm=11&dd=24&nav_id=71077", "2010-11-24"),
    # Date line on the page ("11 March 2024", a Monday; also the search result's date field and
    # the story id 202403110459).
    ("dev_705_kagame_lourenco_luanda", "Africa", "2020s", "Angola Press Agency (ANGOP), via allAfrica", "https://allafrica.com/stories/202403110459.html", "2024-03-11"),
    # Date line "MAP 20 November 2020" at the foot of the statement (a Friday: "this Friday").
    # The search result's date field says 2020-11-22 (a Sunday); either way "this Friday" is
    # 2020-11-20. The page has no headline in the excerpt.
    ("dev_706_mohammed_vi_ghazouani_call", "Africa", "2020s", "Royal Office statement (MAP), maroc.ma", "https://www.maroc.ma/en/royal-activities/statement-royal-office-45", "2020-11-20"),
    # Date from the search result's date field (2022-07-12, a Tuesday), consistent with
    # "tomorrow (Wednesday)"; the excerpt has no date line or headline.
    ("test_707_sogavare_pif_bilaterals", "Oceania", "2020s", "The Island Sun (Solomon Islands)", "https://theislandsun.com.sb/bilateral-talks-line-up-for-solomon-islands-delegates/", "2022-07-12"),
    # Date from the URL (/2012/06/13/, a Wednesday), consistent with "met ... Wednesday" and
    # "returned to Honduras later on Wednesday".
    ("dev_708_perez_molina_lobo_guatemala", "Latin America", "2010s", "Caribbean Journal", "https://www.caribjournal.com/2012/06/13/guatemala-and-honduras-presidents-hold-regional-security-talks/amp/", "2012-06-13"),
    # Date from the URL (/1994/0727/, a Wednesday); the summit is dated in the text (July 26).
    ("dev_709_yeltsin_meri_kremlin", "Eastern Europe/Russia", "1990s", "The Christian Science Monitor", "https://www.csmonitor.com/1994/0727/27041.html", "1994-07-27"),
    # Date from the URL (story id 170607195623973 = 2017-06-07 19:56, a Wednesday).
    ("dev_710_kuwait_emir_gulf_mediation", "Middle East", "2010s", "Al Jazeera English", "https://www.aljazeera.com/news/2017/06/kuwait-emir-qatar-gcc-170607195623973.html", "2017-06-07"),
    # Date line on the page ("August 14, 1990|By New York Times News Service.", a Tuesday).
    ("test_711_taylor_jawara_banjul", "Africa", "1990s", "Chicago Tribune (New York Times News Service)", "http://articles.chicagotribune.com/1990-08-14/news/9003080125_1_charles-taylor-president-samuel-doe-rebel-leader", "1990-08-14"),
    # Date from the URL's issue code CHP19890725 (The Press, Christchurch, 25 July 1989, a
    # Tuesday); the excerpt has no date line.
    ("dev_712_evans_pacific_snubs", "Oceania", "1980s", "The Press (Christchurch), via Papers Past (NZPA-AAP)", "https://paperspast.natlib.govt.nz/newspapers/CHP19890725.2.65.5", "1989-07-25"),
]

A = {}

A["dev_701_begin_sadat_alexandria"] = dict(
    actors={
        "menachem_begin": ["Menachem Begin", "Begin"],
        "anwar_sadat": ["Anwar Sadat", "Sadat"],
    },
    meetings=[
        # "two days of meetings here" (a range) -> date null. "here" = Alexandria: the visit is
        # the one Begin's invitation is "to match" ("the visit to the Egyptian harbor town of
        # Alexandria"). "their conversations here" is the same meeting; the joint press
        # conference "today" is not a separate meeting.
        M(["menachem_begin", "anwar_sadat"], None, "Alexandria", IP, H,
          "Although Sadat described their two days of meetings here as “the most important talks we have had so far,” the only substantive news to emerge from the press conference was that Sadat will visit Israel at the end of August at Begin’s invitation."),
        # Announced ("will visit ... at Begin's invitation"; the invitation is accepted) ->
        # planned; "at the end of August" -> date null; "visit him 'in Haifa'" -> Haifa.
        M(["anwar_sadat", "menachem_begin"], None, "Haifa", IP, P,
          "Begin invited Sadat to visit him “in Haifa, to match the visit to the Egyptian harbor town of Alexandria.”"),
        # Not rows: the autonomy negotiations' "fourth session here last week" and the talks that
        # "adjourned last Thursday" (unnamed negotiators, "the lower echelons").
    ],
    roles=[("Premier", "menachem_begin"), ("President", "anwar_sadat")],
)

_SH = "No agreements were announced, but both sides said they will meet again today and perhaps on Friday."
A["dev_702_sihanouk_hun_sen_france"] = dict(
    actors={
        "norodom_sihanouk": ["Prince Norodom Sihanouk", "Norodom Sihanouk", "Sihanouk"],
        "hun_sen": ["Hun Sen", "Premier Hun Sen"],
        "norodom_ranariddh": ["Prince Norodom Ranariddh", "Norodom Ranariddh"],
    },
    meetings=[
        # "Wednesday" in a paper dated Thursday 1987-12-03 -> 1987-12-02. The hotel is "in
        # eastern France", "75 miles east of Paris", near Chateau Thierry: no venue city -> France.
        M(["norodom_sihanouk", "hun_sen"], "1987-12-02", "France", IP, H,
          "Two opponents at war, Prince Norodom Sihanouk, the former ruler of Cambodia, and Hun Sen, the present premier of Cambodia, met Wednesday in a secluded hotel in eastern France for negotiations aimed at leading their small Southeast Asian nation out of its bloody morass."),
        # "today" = the publication day 1987-12-03, announced -> planned, same hotel -> France.
        M(["norodom_sihanouk", "hun_sen"], "1987-12-03", "France", IP, P, _SH),
        # "perhaps on Friday" -> 1987-12-04, tentative -> optional.
        M(["norodom_sihanouk", "hun_sen"], "1987-12-04", "France", IP, P, _SH, False),
        # Announced round "sometime in the future" -> planned, date null, Pyongyang.
        M(["norodom_sihanouk", "hun_sen"], None, "Pyongyang", IP, P,
          "They also announced that they will hold another round of negotiations sometime in the future at Sihanouk’s home in Pyongyang in North Korea."),
        # Ranariddh "described the talks" (his presence is not stated) -> actor, not participant;
        # "An aide to Premier Hun Sen" and "the Cambodian government delegation" are unnamed.
    ],
    roles=[("the former ruler of Cambodia", "norodom_sihanouk"), ("the present premier of Cambodia", "hun_sen"),
           ("Premier", "hun_sen"), ("the son of the 65-year-old Sihanouk", "norodom_ranariddh"),
           ("the chief of staff of his rebel army", "norodom_ranariddh")],
)

_TC = ("In the afternoon, the Prime Minister (Mr Kakuei Tanaka) picks up the thread of the conversations he began with the Chinese Prime Minister (Chou En-lai) soon after his arrival in Peking vesterdav on a six-day State visit.")
A["test_703_tanaka_chou_peking"] = dict(
    actors={
        "kakuei_tanaka": ["Mr Kakuei Tanaka", "Kakuei Tanaka", "Mr Tanaka", "Tanaka"],
        "zhou_enlai": ["Chou En-lai", "Chou"],
        "masayoshi_ohira": ["Mr Masayoshi Ohira", "Masayoshi Ohira"],
        "ji_pengfei": ["Chi Peng-fei"],
    },
    meetings=[
        # "today" is resolved against the dateline's own date ("PEKING, September 26"), not the
        # paper's date (27 September): the story pins its day itself. Place from the dateline.
        M(["masayoshi_ohira", "ji_pengfei"], "1972-09-26", "Peking", IP, H,
          "The Japanese Foreign Minister (Mr Masayoshi Ohira) began talks with his opposite number, Chi Peng-fei, of China, centring on the nuts-and-bolts problems involved in the establishment of diplomatic relations with the Chinese mainland after a lapse of more than three decades."),
        # The afternoon session of 26 September, told as scheduled ("picks up") -> planned.
        M(["kakuei_tanaka", "zhou_enlai"], "1972-09-26", "Peking", IP, P, _TC),
        # The first talks "soon after his arrival in Peking yesterday" -> 1972-09-25 (the
        # dateline day minus one); the banquet "last night" hosted by Chou is the same day and
        # pair -> same row.
        M(["kakuei_tanaka", "zhou_enlai"], "1972-09-25", "Peking", IP, H, _TC),
    ],
    roles=[("The Japanese Foreign Minister", "masayoshi_ohira"), ("his opposite number", "ji_pengfei"),
           ("the Prime Minister", "kakuei_tanaka"), ("the Chinese Prime Minister", "zhou_enlai")],
)

A["dev_704_tadic_josipovic_croatia"] = dict(
    actors={
        "boris_tadic": ["Boris Tadić", "Tadić", "Boris Tadic", "Tadic"],
        "ivo_josipovic": ["Ivo Josipovic", "Josipovic"],
        "jadranka_kosor": ["Jadranka Kosor"],
        "luka_bebic": ["Luka Bebic"],
        "european_union": ["EU"],
        "serb_national_council": ["Serb National Council"],
        "serbian_cultural_association_prosvjeta": ["Serbian Cultural Association Prosvjeta"],
        "croatian_chamber_of_commerce": ["Croatian Chamber of Commerce"],
    },
    meetings=[
        # Held on the first day of the visit, reported on Wednesday 2010-11-24 at 09:27 (the
        # same day's programme continues "today"). The text names no city ("at Josipovic's
        # office"; "Belgrade and Zagreb" name the governments) -> Croatia. The closed-door
        # meeting, the talks with delegations and the joint press conference are one row.
        M(["boris_tadic", "ivo_josipovic"], "2010-11-24", "Croatia", IP, H,
          "Tadic has meet with Croatian President Ivo Josipovic, and will also confer with Prime Minister Jadranka Kosor and Parliament Speaker Luka Bebic."),
        # "will also confer with" the two: separate meetings (dev_032 reading), no day given.
        M(["boris_tadic", "jadranka_kosor"], None, "Croatia", IP, P,
          "Tadic has meet with Croatian President Ivo Josipovic, and will also confer with Prime Minister Jadranka Kosor and Parliament Speaker Luka Bebic."),
        M(["boris_tadic", "luka_bebic"], None, "Croatia", IP, P,
          "Tadic has meet with Croatian President Ivo Josipovic, and will also confer with Prime Minister Jadranka Kosor and Parliament Speaker Luka Bebic."),
        # Unnamed representatives of two organisations -> one-party row, optional (dev_612).
        M(["boris_tadic"], "2010-11-24", "Croatia", IP, P,
          "The Serbian president will also meet today with representatives of the Serb National Council and the Serbian Cultural Association Prosvjeta.", False),
        # Second day (2010-11-25): the two presidents visit Krnjak together (and address a
        # business forum before): a joint programme, not talks -> optional.
        M(["boris_tadic", "ivo_josipovic"], "2010-11-25", "Krnjak", IP, P,
          "Tadic and Josipovic will then visit the municipality of Krnjak, central Croatia, where they will meet with local authority representatives from the regions of Banija and Kordun and representatives of the Serb population.", False),
    ],
    roles=[("Serbian President", "boris_tadic"), ("Croatian President", "ivo_josipovic"),
           ("Prime Minister", "jadranka_kosor"), ("Parliament Speaker", "luka_bebic"),
           ("The Serbian president", "boris_tadic")],
)

_AD = ("On the occasion, the Head of State held separate meetings with his counterparts from Rwanda, Paul Kagame, and from the DRC, Félix Tshisekedi.")
A["dev_705_kagame_lourenco_luanda"] = dict(
    actors={
        "paul_kagame": ["Paul Kagame"],
        "joao_lourenco": ["João Lourenço"],
        "felix_tshisekedi": ["Felix Tshisekedi", "Félix Tshisekedi", "Tshisekedi"],
        "tete_antonio": ["Téte António"],
        "african_union": ["African Union", "AU"],
    },
    meetings=[
        # Arrived "today morning" (2024-03-11) at Lourenço's invitation; the talks are only
        # "expected" -> planned, Luanda.
        M(["paul_kagame", "joao_lourenco"], "2024-03-11", "Luanda", IP, P,
          "Luanda — The President of Rwanda, Paul Kagame, arrived in Luanda today morning for a working visit lasting a few hours, at the invitation of his Angolan counterpart, João Lourenço."),
        # Airport reception by the foreign minister: an arrival greeting -> optional (dev_031).
        M(["paul_kagame", "tete_antonio"], "2024-03-11", "Luanda", IP, H,
          "Upon his arrival in Luanda, the Rwandan statesman was received, at 4 de Fevereiro International Airport, by the Angolan Minister of Foreign Affairs, Téte António, among other entities.", False),
        # "just under two weeks" before -> date null; "that [trip] made by ... Tshisekedi" is a
        # trip to Luanda -> Luanda.
        M(["felix_tshisekedi", "joao_lourenco"], None, "Luanda", IP, H,
          "Paul Kagame's trip to Luanda comes just under two weeks after that made by his DRC counterpart, Felix Tshisekedi, who also met with President João Lourenço."),
        # Sideline bilaterals at the AU summit ("separate meetings") -> two rows, Addis Ababa,
        # date null ("recently"). The "high-level meeting on the DRC" itself is multilateral.
        M(["joao_lourenco", "paul_kagame"], None, "Addis Ababa", IP, H, _AD),
        M(["joao_lourenco", "felix_tshisekedi"], None, "Addis Ababa", IP, H, _AD),
        # Not a row: Tshisekedi "accepted the principle of a direct meeting with Paul Kagame"
        # (agreement in principle, no meeting announced).
    ],
    roles=[("The President of Rwanda", "paul_kagame"), ("his Angolan counterpart", "joao_lourenco"),
           ("the Rwandan statesman", "paul_kagame"),
           ("the Angolan Minister of Foreign Affairs", "tete_antonio"),
           ("his DRC counterpart", "felix_tshisekedi"),
           ("the African Union (AU) mediator", "joao_lourenco"), ("the Head of State", "joao_lourenco")],
)

_MV = ("On this occasion, His Majesty the King expressed his readiness to pay an official visit to the Islamic Republic of Mauritania, while extending an invitation to His Excellency the President to visit his second country, the Kingdom of Morocco.")
A["dev_706_mohammed_vi_ghazouani_call"] = dict(
    actors={
        "mohammed_vi": ["King Mohammed VI"],
        "mohamed_ould_cheikh_el_ghazouani": ["Mohamed Ould Cheikh El Ghazouani"],
        "royal_office_morocco": ["Royal Office"],
    },
    meetings=[
        # "this Friday" = 2020-11-20 (the statement's date line); a call -> phone, no place.
        M(["mohammed_vi", "mohamed_ould_cheikh_el_ghazouani"], "2020-11-20", None, PH, H,
          "His Majesty King Mohammed VI had, this Friday, a telephone call with His brother His Excellency Mohamed Ould Cheikh El Ghazouani, President of the Islamic Republic of Mauritania."),
        # A readiness to visit and an invitation not (yet) accepted: prospective visits, not
        # announced meetings -> planned, optional (dev_005 precedent), date null; place the
        # country to be visited.
        M(["mohammed_vi", "mohamed_ould_cheikh_el_ghazouani"], None, "Mauritania", IP, P, _MV, False),
        M(["mohamed_ould_cheikh_el_ghazouani", "mohammed_vi"], None, "Morocco", IP, P, _MV, False),
    ],
    roles=[("President of the Islamic Republic of Mauritania", "mohamed_ould_cheikh_el_ghazouani"),
           ("His Majesty the King", "mohammed_vi"),
           ("His Excellency the President", "mohamed_ould_cheikh_el_ghazouani")],
)

A["test_707_sogavare_pif_bilaterals"] = dict(
    actors={
        "manasseh_sogavare": ["Manasseh Sogavare", "Prime Minister Sogavare", "Sogavare"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        # "today" = 2022-07-12; place from the dateline ("Suva, Fiji"; "On the ground in Suva").
        # The counterpart is a delegation given by country only -> one-party row; required (a
        # specific, scheduled bilateral with a specific country's delegation, as the breakfast
        # with four foreign ministers in dev_602).
        M(["manasseh_sogavare"], "2022-07-12", "Suva", IP, P,
          "Prime Minister Manasseh Sogavare will meet with the Korean Delegation today to discuss matters that would bolster both countries bilateral relations."),
        # "tomorrow (Wednesday)" -> 2022-07-13; leaders given by country only -> one-party row.
        M(["manasseh_sogavare"], "2022-07-13", "Suva", IP, P,
          "Source familiar with the arrangements says, Sogavare will meet with leaders of Australia, New Zealand and New Caledonia tomorrow (Wednesday)."),
        # Not rows: the Palau session ("still trying to find a free time", not arranged), "other
        # countries who are showing interest", the Forum Leaders Meeting (plenary), journalists
        # "trying to get hold of" Sogavare.
    ],
    roles=[("Prime Minister", "manasseh_sogavare")],
)

A["dev_708_perez_molina_lobo_guatemala"] = dict(
    actors={
        "otto_perez_molina": ["Otto Perez Molina", "Perez Molina"],
        "porfirio_lobo_sosa": ["Porfirio Lobo Sosa", "Lobo"],
        "reinaldo_sanchez": ["Reinaldo Sanchez"],
        "pompeyo_bonilla": ["Pompeyo Bonilla"],
        "sica": ["Central American Integration System", "SICA"],
    },
    meetings=[
        # "Wednesday" = the publication day 2012-06-13; Guatemala City named.
        M(["otto_perez_molina", "porfirio_lobo_sosa"], "2012-06-13", "Guatemala City", IP, H,
          "Guatemala President Otto Perez Molina and Honduras President Porfirio Lobo Sosa met in Guatemala City Wednesday for talks focused on regional security."),
        # Not rows: "Security and Defence ministers of both countries have recently met three
        # times" (a count, unnamed); the Summit of the Americas (plenary). Sanchez and Bonilla
        # "accompanied" Lobo -> actors, not participants.
    ],
    roles=[("Guatemala President", "otto_perez_molina"), ("Honduras President", "porfirio_lobo_sosa"),
           ("The Guatemalan leader", "otto_perez_molina"), ("his private secretary", "reinaldo_sanchez"),
           ("Security Minister", "pompeyo_bonilla"),
           ("the President Pro Tempore of the Central American Integration System", "porfirio_lobo_sosa")],
)

A["dev_709_yeltsin_meri_kremlin"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "lennart_meri": ["Lennart Meri"],
        "riina_kionka": ["Riina Kionka", "Ms. Kionka"],
        "estonian_foreign_ministry": ["Estonian Foreign Ministry"],
        "vitaly_churkin": ["Vitaly Churkin"],
        "raul_malk": ["Raul Malk"],
        "red_army": ["Red Army"],
        "kgb": ["KGB"],
    },
    meetings=[
        # Explicit date; "a Kremlin summit" -> Moscow (official building -> its city).
        M(["boris_yeltsin", "lennart_meri"], "1994-07-26", "Moscow", IP, H,
          "PRESIDENT Boris Yeltsin held a Kremlin summit July 26 with his Estonian counterpart Lennart Meri, part of a last-ditch effort to negotiate Russian troop withdrawal by the end of August and salvage increasingly rocky relations between Russia and its tiny Baltic neighbor."),
        # "last week" -> date null; Helsinki named. Held although "fruitless".
        M(["vitaly_churkin", "raul_malk"], None, "Helsinki", IP, H,
          "Similar talks between Vitaly Churkin of Russia and Estonia's Raul Malk last week in Helsinki also proved fruitless."),
        # Not rows: the talks that "ended in failure late Monday" between unnamed deputy foreign
        # ministers; Kionka's interview.
    ],
    roles=[("his Estonian counterpart", "lennart_meri"),
           ("chief of policy planning at the Estonian Foreign Ministry", "riina_kionka")],
)

_DU = ("Earlier on Wednesday, Kuwait's leader held talks in UAE's Dubai with Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed Al Nahyan and Dubai ruler Sheikh Mohammed bin Rashid Al Maktoum.")
A["dev_710_kuwait_emir_gulf_mediation"] = dict(
    actors={
        "sabah_al_ahmad_al_jaber_al_sabah": ["Sheikh Sabah Al Ahmad Al Sabah", "Sheikh Sabah"],
        "tamim_bin_hamad_al_thani": ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"],
        "mohamed_bin_zayed_al_nahyan": ["Sheikh Mohammed bin Zayed Al Nahyan"],
        "mohammed_bin_rashid_al_maktoum": ["Sheikh Mohammed bin Rashid Al Maktoum"],
        "salman_bin_abdulaziz": ["King Salman"],
        "anwar_gargash": ["Anwar Gargash"],
        "adel_al_jubeir": ["Adel al-Jubeir"],
        "qatar_news_agency": ["QNA"],
        "gcc": ["GCC"],
    },
    meetings=[
        # "on Wednesday" = the publication day 2017-06-07, Doha. The lead's "after meeting with
        # Qatar's Emir" is the same meeting.
        M(["sabah_al_ahmad_al_jaber_al_sabah", "tamim_bin_hamad_al_thani"], "2017-06-07", "Doha", IP, H,
          "In a meeting held in Doha on Wednesday, Sheikh Sabah briefed Sheikh Tamim on his efforts to resolve the crisis between Qatar and each of the Kingdom of Saudi Arabia, the United Arab Emirates and the Kingdom of Bahrain, Qatar state news agency QNA reported."),
        # Three named people -> three pairs; the two UAE hosts' own pair is optional (same side,
        # dev_017 precedent).
        M(["sabah_al_ahmad_al_jaber_al_sabah", "mohamed_bin_zayed_al_nahyan"], "2017-06-07", "Dubai", IP, H, _DU),
        M(["sabah_al_ahmad_al_jaber_al_sabah", "mohammed_bin_rashid_al_maktoum"], "2017-06-07", "Dubai", IP, H, _DU),
        M(["mohamed_bin_zayed_al_nahyan", "mohammed_bin_rashid_al_maktoum"], "2017-06-07", "Dubai", IP, H, _DU, False),
        # "on Tuesday" -> 2017-06-06, Jeddah.
        M(["sabah_al_ahmad_al_jaber_al_sabah", "salman_bin_abdulaziz"], "2017-06-06", "Jeddah", IP, H,
          "Sheikh Sabah's UAE trip came after meeting on Tuesday with Saudi King Salman in Jeddah, but their dialogue was also not made public."),
        # Not rows: Gargash's statement; al-Jubeir speaking in Germany (the "joint" press
        # conference is in the removed cut-off sentence).
    ],
    roles=[("Kuwait's Emir", "sabah_al_ahmad_al_jaber_al_sabah"), ("Qatar's Emir", "tamim_bin_hamad_al_thani"),
           ("Kuwait's leader", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("Abu Dhabi Crown Prince", "mohamed_bin_zayed_al_nahyan"),
           ("Dubai ruler", "mohammed_bin_rashid_al_maktoum"),
           ("the foreign minister of the UAE", "anwar_gargash"), ("Saudi King", "salman_bin_abdulaziz"),
           ("Saudi Arabia's foreign minister", "adel_al_jubeir")],
)

A["test_711_taylor_jawara_banjul"] = dict(
    actors={
        "charles_taylor": ["Charles Taylor", "Taylor"],
        "dawda_jawara": ["Dawda Kairaba Jawara", "Jawara"],
        "prince_johnson": ["Prince Johnson"],
        "ibrahim_babangida": ["Gen. Ibrahim Babangida", "Ibrahim Babangida"],
        "jerry_rawlings": ["Flight Lt. Jerry Rawlings", "Jerry Rawlings"],
        "yoweri_museveni": ["President Yoweri Museveni", "Yoweri Museveni"],
        "organization_of_african_unity": ["Organization of African Unity"],
        "ecowas": ["Economic Commmunity of West African States"],
        "us_embassy_liberia": ["U.S. Embassy"],
    },
    meetings=[
        # Announced ("will meet soon"; "within the next few days") -> planned, date null;
        # "will meet with Jawara in Banjul" -> Banjul (the dateline, Abidjan, is not the venue).
        # "agreed Monday to hold cease-fire talks with a group of West African leaders" is the
        # same meeting (Jawara heads the group; Taylor's agreement, not the talks, is dated).
        M(["charles_taylor", "dawda_jawara"], None, "Banjul", IP, P,
          "In a communique from his headquarters on the outskirts of Monrovia, Liberia`s capital, rebel leader Charles Taylor said he will meet soon with President Dawda Kairaba Jawara of Gambia, the head of a group of five West African nations that are preparing to send troops into Liberia in an effort to end the 8-month civil war."),
        # Not rows: "he would be in touch with" Babangida, Rawlings and Museveni (unspecified
        # contact, no meeting announced); Johnson's cooperation with the force.
    ],
    roles=[("rebel leader", "charles_taylor"),
           ("the head of a group of five West African nations", "dawda_jawara"),
           ("A rival Liberian rebel leader", "prince_johnson"),
           ("the chairman of the Organization of African Unity", "yoweri_museveni")],
)

A["dev_712_evans_pacific_snubs"] = dict(
    actors={
        "gareth_evans": ["Senator Gareth Evans", "Gareth Evans", "Mr Evans"],
        "solomon_mamaloni": ["Solomon Mamaloni", "Mr Mamaloni"],
        "walter_lini": ["Walter Lini", "Father Lini", "Mr Lirii"],
        "barak_sope": ["Barak Sope"],
        "lord_glenarthur": ["Lord Glenarthur"],
        "royal_australian_air_force": ["R.A.A.F."],
        "australian_embassy_micronesia": ["Australian Embassy"],
    },
    # Zero-row control: Mamaloni "called off scheduled talks" (cancelled), Lini "cancelled a
    # meeting and dinner date at the last minute", Sope "did not show up for a meeting", Mamaloni
    # "refused to see" Lord Glenarthur; Evans's visit to Micronesia names no host; his remarks to
    # reporters are not a meeting.
    meetings=[],
    roles=[("The Australian Foreign Affairs and Trade Minister", "gareth_evans"),
           ("the Solomon Islands’ Prime Minister", "solomon_mamaloni"),
           ("Vanuatu’s Prime Minister", "walter_lini"),
           ("Father Lini’s political rival", "barak_sope"),
           ("The Solomon Islands leader", "solomon_mamaloni"),
           ("Britain’s Junior Foreign Minister", "lord_glenarthur")],
)
