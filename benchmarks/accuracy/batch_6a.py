"""Accuracy corpus, batch 6a: 12 new articles chosen where the corpus was still thin after batch
5d (the 1980s in Africa, East Asia, the Middle East, Western Europe, Southeast Asia, North
America and Eastern Europe/Russia, which had one article each; the 1990s in South Asia, Oceania
and Central Asia/Caucasus, with one or two; and two 2020s articles outside Eastern Europe: North
America, which had one, and East Asia), from a broad spread of outlets (wire copy from AP, UPI
and PACNEWS, The Christian Science Monitor, the Los Angeles Times, the Chicago Tribune, The
Tribune of Chandigarh, RFE/RL's Kyrgyz Report, Global News, The Japan Times and NZPA copy via
Papers Past), collected with the `search` tool (corpus `pages`) and annotated from the texts
alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_6a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-5d): the articles are numbered 1..12 in the order they were first found; positions 3, 7 and
11 are test, all others dev. Ids: `dev_10NN_<slug>` / `test_10NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR forms and misspellings included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date from the URL's issue code /1980/0103/ (Thursday 3 January 1980); the excerpt has no
    # date line. "Wednesday" = 1980-01-02.
    ("dev_1001_moi_binaisa_nyerere_summit", "Africa", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1980/0103/010332.html", "1980-01-03"),
    # Date line "January 01, 1986|Associated Press" and the URL (/1986-01-01/), a Wednesday;
    # "Tuesday" = 1985-12-31, "Monday" = 1985-12-30.
    ("dev_1002_hussein_assad_damascus", "Middle East", "1980s", "Los Angeles Times (Associated Press)", "http://articles.latimes.com/1986-01-01/news/mn-23275_1_reconciliation-talks", "1986-01-01"),
    # Date line "March 24, 1987" (a Tuesday); "Monday" = 1987-03-23.
    ("test_1003_thatcher_kohl_mitterrand", "Western Europe", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/b3f906f81a35c11a0a9d8c10237caf5c", "1987-03-24"),
    # Date line "August 26, 1986|From Times Wire Services" and the URL (/1986-08-26/), a
    # Tuesday; "Monday" = 1986-08-25.
    ("dev_1004_suharto_aquino_jakarta", "Southeast Asia", "1980s", "Los Angeles Times (Times Wire Services)", "http://articles.latimes.com/1986-08-26/news/mn-17878_1_muslim-rebels", "1986-08-26"),
    # Date from the URL (/Archives/1981/03/10/), a Tuesday ("arrived in Ottawa today");
    # "Monday" = 1981-03-09.
    ("dev_1005_reagan_trudeau_ottawa", "North America", "1980s", "United Press International (UPI archives)", "https://www.upi.com/Archives/1981/03/10/US-President-Ronald-Reagan-arrived-in-Ottawa-today-marking/9416353048400/", "1981-03-10"),
    # Date line "June 15, 1987|By Bruce Buursma and James Yuenger, Chicago Tribune." and the
    # URL (/1987-06-15/), a Monday; "Sunday" = 1987-06-14.
    ("dev_1006_pope_jaruzelski_warsaw", "Eastern Europe/Russia", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1987-06-15/news/8702140067_1_gen-wojciech-jaruzelski-poland-polish-society", "1987-06-15"),
    # Date from the URL (/1998/98jul28/) and the page header "Saturday, July 28, 1998" (the
    # header's weekday is wrong: 28 July 1998 was a Tuesday); dateline "COLOMBO, July 27" (a
    # Monday): "tomorrow" = July 28 (resolved against the dateline day, as 5d), "Wednesday" =
    # July 29.
    ("test_1007_vajpayee_sharif_colombo", "South Asia", "1990s", "The Tribune (Chandigarh), Tribune News Service", "http://tribuneindia.com/1998/98jul28/head.htm", "1998-07-28"),
    # Dateline "HONIARA, Solomon Islands (September 9, 1997 - PACNEWS)" (a Tuesday): the
    # story's own date; the URL (/1997/09/10/) gives Pacific Islands Report's posting day (as
    # dev_908, the story's date is taken). "this week" is not a day.
    ("dev_1008_ulufaalu_skate_port_moresby", "Oceania", "1990s", "Pacific Islands Report (PACNEWS)", "http://www.pireport.org/articles/1997/09/10/solomon-islands-official-bougainville-peace-process-observer", "1997-09-09"),
    # Date line of the report "26 August 1999" (a Thursday); the items are dated "on 26
    # August" in the text.
    ("dev_1009_akayev_keizo_bishkek", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (Kyrgyz Report)", "https://rferl.org/amp/1343641.html", "1999-08-26"),
    # Date from the search result's date field ("2025-08-21", a Thursday); the text's "on
    # Thursday" agrees; the URL has no date.
    ("dev_1010_carney_trump_call", "North America", "2020s", "Global News", "https://globalnews.ca/news/11344400/donald-trump-tariffs-mark-carney-call/", "2025-08-21"),
    # Date from the URL (/2021/06/14/), a Monday ("Tokyo on Monday denied"); "on Saturday" =
    # 2021-06-12.
    ("test_1011_suga_moon_g7", "East Asia", "2020s", "The Japan Times (Kyodo, staff report)", "https://www.japantimes.co.jp/news/2021/06/14/national/suga-moon-meeting-scrapped/", "2021-06-14"),
    # Date from the URL's issue code CHP19800912 (The Press, Friday 12 September 1980); no
    # dateline date ("NZPA Correspondent Peking"); "yesterday" = 1980-09-11.
    ("dev_1012_muldoon_zhao_peking", "East Asia", "1980s", "The Press (Christchurch), via Papers Past (NZPA correspondent)", "https://paperspast.natlib.govt.nz/newspapers/CHP19800912.2.8", "1980-09-12"),
]

A = {}

_EA = ("Presidents Daniel arap Moi of Kenya and Godfrey L. Binaisa of Uganda arrived here Wednesday for talks with Tanzanian President Julius K. Nyerere in an apparent attempt to patch up the troubled relations among the three former members of the defunct East African Community.")
A["dev_1001_moi_binaisa_nyerere_summit"] = dict(
    actors={
        "daniel_arap_moi": ["Daniel arap Moi", "President Moi"],
        "godfrey_binaisa": ["Godfrey L. Binaisa"],
        "julius_nyerere": ["Julius K. Nyerere", "Dr. Nyerere"],
        "idi_amin": ["Idi Amin"],
        "east_african_community": ["East African Community"],
        "east_african_airways": ["East African Airways"],
    },
    meetings=[
        # A three-leader summit ("the first formal summit among leaders of the community") in
        # progress -> held; one row per pair. The talks' day is not given (only the arrival,
        # "Wednesday") -> null; the town's name is illegible ("in this north Tanzanian town")
        # -> Tanzania.
        M(["daniel_arap_moi", "julius_nyerere"], None, "Tanzania", IP, H, _EA),
        M(["godfrey_binaisa", "julius_nyerere"], None, "Tanzania", IP, H, _EA),
        M(["daniel_arap_moi", "godfrey_binaisa"], None, "Tanzania", IP, H, _EA),
        # "a meeting last May" -> held, month only -> null; no place given.
        M(["julius_nyerere", "daniel_arap_moi"], None, None, IP, H,
          "Despite a meeting last May between the Tanzanian leader and President Moi, the border has remained shut."),
        # Not rows: Idi Amin's seizure of power; the sealing of the border.
    ],
    roles=[("Tanzanian President", "julius_nyerere"), ("the Tanzanian leader", "julius_nyerere")],
)

A["dev_1002_hussein_assad_damascus"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "hafez_al_assad": ["Hafez Assad", "Assad"],
        "abdul_halim_khaddam": ["Addel-Halim Khaddam"],
        "abdel_raouf_kasm": ["Abdel-Raouf Kasm"],
        "farouk_al_sharaa": ["Farouk Shareh"],
        "mohammed_ghabbash": ["Mohammed Ghabbash"],
        "yasser_arafat": ["Yasser Arafat"],
        "plo": ["Palestine Liberation Organization"],
    },
    meetings=[
        # "second round ... Tuesday" (1985-12-31): the five-hour private meeting at Assad's
        # palace, the luncheon and the later session with aides, and the send-off at the
        # airport are the same pair, day and place -> one row, Damascus.
        M(["hussein_bin_talal", "hafez_al_assad"], "1985-12-31", "Damascus", IP, H,
          "DAMASCUS, Syria — Jordan's King Hussein and Syria's President Hafez Assad held a second round of reconciliation talks Tuesday, seeking agreement on ways to resolve the Arab-Israeli conflict, the Iran-Iraq war and the Lebanese crisis, Jordanian sources said."),
        # "had also held two meetings Monday" (1985-12-30): another day, explicitly
        # distinguished from Tuesday's round -> its own row (dev_035, test_903); place from the
        # dateline (the king's trip to Syria; the talks of the visit are in Damascus).
        M(["hussein_bin_talal", "hafez_al_assad"], "1985-12-30", "Damascus", IP, H,
          "Hussein and Assad, who have been bitter rivals over Middle East policy since 1979, had also held two meetings Monday after the king's arrival on his first trip to Syria in six years."),
        # Not rows: Khaddam "also attended" the session (an attendee, not a participant); Kasm,
        # Shareh and Ghabbash seeing the king off at the airport with Assad (aides at a
        # send-off, as people who accompany); the king's "campaign with ... Yasser Arafat" (no
        # meeting stated).
    ],
    roles=[("Jordan's King", "hussein_bin_talal"), ("Syria's President", "hafez_al_assad"),
           ("Syrian Vice President", "abdul_halim_khaddam"), ("the Jordanian monarch", "hussein_bin_talal"),
           ("Premier", "abdel_raouf_kasm"), ("Foreign Minister", "farouk_al_sharaa"),
           ("Interior Minister", "mohammed_ghabbash"), ("the king", "hussein_bin_talal"),
           ("Palestine Liberation Organization leader", "yasser_arafat")],
)

_TK = ("She told reporters her talks with Chancellor Helmut Kohl in Bonn and with French President Francois Mitterrand in Caen, France, earlier in the day focused on disarmament and recent political reform moves in the Soviet Union.")
_TR = ("Mrs. Thatcher had earlier consultations with Italian government officials, British sources in Bonn said, and she will telephone President Reagan before leaving for Moscow.")
A["test_1003_thatcher_kohl_mitterrand"] = dict(
    actors={
        "margaret_thatcher": ["Margaret Thatcher", "Mrs. Thatcher"],
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "francois_mitterrand": ["Francois Mitterrand", "Mitterrand"],
        "ronald_reagan": ["President Reagan"],
        "european_economic_community": ["European Economic Community", "Common Market"],
    },
    meetings=[
        # "met Monday with French and West German leaders" (1987-03-23): two separate
        # meetings, each with its own city.
        M(["margaret_thatcher", "helmut_kohl"], "1987-03-23", "Bonn", IP, H, _TK),
        M(["margaret_thatcher", "francois_mitterrand"], "1987-03-23", "Caen", IP, H, _TK),
        # "will telephone President Reagan before leaving for Moscow" (she leaves Saturday):
        # planned phone call, day not given -> null.
        M(["margaret_thatcher", "ronald_reagan"], None, None, PH, P, _TR),
        # "earlier consultations with Italian government officials" (unnamed) -> one-party
        # row, optional; no day or place given.
        M(["margaret_thatcher"], None, None, IP, H, _TR, False),
        # Not rows: the "five-day visit to the Soviet Union" from Saturday (a visit to a
        # country, no host named, test_607); the US-Soviet negotiations in Geneva (unnamed
        # negotiators); Kohl speaking "with the reporters" (the same meeting's press
        # appearance).
    ],
    roles=[("British Prime Minister", "margaret_thatcher"), ("Chancellor", "helmut_kohl"),
           ("French President", "francois_mitterrand")],
)

A["dev_1004_suharto_aquino_jakarta"] = dict(
    actors={
        "soeharto": ["President Suharto", "Suharto"],
        "corazon_aquino": ["Corazon Aquino", "Aquino"],
        "sudharmono": ["Sudharmono"],
        "golkar": ["Golkar"],
        "leticia_shahani": ["Leticia Shahani", "Shahani"],
        "new_peoples_army": ["New People's Army"],
        "communist_party_of_the_philippines": ["Communist Party"],
        "ferdinand_marcos": ["Ferdinand E. Marcos"],
    },
    meetings=[
        # "on Monday" (1986-08-25), "In two hours of wide-ranging talks"; dateline Jakarta.
        M(["soeharto", "corazon_aquino"], "1986-08-25", "Jakarta", IP, H,
          "JAKARTA, Indonesia — President Suharto on Monday advised visiting Philippine President Corazon Aquino, whose government is tackling a 17-year Communist insurgency, to crush communism before it grows too strong."),
        # Not rows: Shahani "had not discussed the matter with Aquino" (a negated discussion
        # inside one delegation); the press conference; the "36-hour visit to Singapore" (a
        # visit to a country, no host named).
    ],
    roles=[("Indonesia Leader", "soeharto"), ("visiting Philippine President", "corazon_aquino"),
           ("Indonesian Minister of State", "sudharmono"), ("Suharto's right-hand man", "sudharmono"),
           ("Philippine Deputy Foreign Minister", "leticia_shahani"), ("the Philippine leader", "corazon_aquino"),
           ("former President", "ferdinand_marcos")],
)

A["dev_1005_reagan_trudeau_ottawa"] = dict(
    actors={
        "ronald_reagan": ["Ronald Reagan", "Reagan"],
        "pierre_trudeau": ["Pierre Trudeau", "Trudeau"],
        "richard_nixon": ["Richard Nixon"],
        "mark_macguigan": ["Mark MacGuigan", "MacGuigan"],
        "jimmy_carter": ["Carter"],
        "house_of_commons_of_canada": ["House of Commons"],
        "us_senate": ["U.S. Senate"],
    },
    meetings=[
        # The private talks of the visit that began "today": expected, not yet reported ->
        # planned; their day is not given -> null; Ottawa.
        M(["ronald_reagan", "pierre_trudeau"], None, "Ottawa", IP, P,
          "But while the nation's capital rolled out the red carpet for the first visit by a U.S. president since Richard Nixon in 1972, Reagan and Prime Minister Pierre Trudeau were likely to have tough words in private over several bilateral issues."),
        # MacGuigan: "We certainly intend to discuss this fully with the president" -> planned,
        # optional (judgement: "we" is the Canadian side; the discussion may be the
        # Reagan-Trudeau talks themselves).
        M(["mark_macguigan", "ronald_reagan"], None, "Ottawa", IP, P,
          "We certainly intend to discuss this fully with the president.", False),
        # Not rows: the arrival; Nixon's 1972 visit (a visit to a country, no host named);
        # "the guarantees Carter gave Trudeau" (no meeting stated); MacGuigan's statement to
        # the House of Commons (a speech); what "Canadian officials want to discuss" (unnamed,
        # part of the same talks).
    ],
    roles=[("U.S. President", "ronald_reagan"), ("Prime Minister", "pierre_trudeau"),
           ("External Affairs Minister", "mark_macguigan"), ("the president", "ronald_reagan")],
)

A["dev_1006_pope_jaruzelski_warsaw"] = dict(
    actors={
        "john_paul_ii": ["Pope John Paul II", "John Paul"],
        "wojciech_jaruzelski": ["Gen. Wojciech Jaruzelski", "Wojciech Jaruzelski", "Jaruzelski"],
        "holy_see": ["Holy See"],
        "catholic_church": ["Catholic Church"],
    },
    meetings=[
        # "a dramatic last-minute meeting Sunday" (1987-06-14); place from the dateline
        # (WARSAW), where the closing exchange took place.
        M(["john_paul_ii", "wojciech_jaruzelski"], "1987-06-14", "Warsaw", IP, H,
          "WARSAW — Pope John Paul II and Poland`s chief of state, Gen. Wojciech Jaruzelski, emerged from a dramatic last-minute meeting Sunday with expressions of conviction for improvement in human life but without any indication that Poland and the Holy See had resolved their basic differences."),
        # Not rows: the Pope's "week-long visit" as such and "the two previous visits he has
        # made to his homeland" (visits to a country; no meeting stated).
    ],
    roles=[("Poland`s chief of state", "wojciech_jaruzelski"), ("the Pope", "john_paul_ii"),
           ("the pontiff", "john_paul_ii"), ("the 67-year-old pontiff", "john_paul_ii"),
           ("the 56-year-old soldier-turned-politician", "wojciech_jaruzelski")],
)

A["test_1007_vajpayee_sharif_colombo"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Mr. Vajpayee", "Mr Vajpayee", "Vajpayee"],
        "chandrika_kumaratunga": ["Chandrika Bandarnaike Kumaratune"],
        "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
        "sheikh_hasina": ["Sheikh Hasina"],
        "jigmi_yoeser_thinley": ["Lyonpo Jigmi Yoeser Thinley"],
        "jigme_singye_wangchuck": ["Mr Jigme Wangchuk", "Jigme Wangchuk"],
        "saarc": ["SAARC"],
        "sri_lanka_army": ["Army"],
    },
    meetings=[
        # "tomorrow evening": the dateline is "COLOMBO, July 27" -> planned 1998-07-28
        # (resolved against the dateline day, as "today" in test_903/test_911).
        M(["atal_bihari_vajpayee", "chandrika_kumaratunga"], "1998-07-28", "Colombo", IP, P,
          "He will meet the Sri Lankan President, Ms Chandrika Bandarnaike Kumaratune, tomorrow evening."),
        # "Wednesday" = 1998-07-29 for the three meetings that follow (the lunch comes
        # "Before the bilateral meeting with Pakistan"; "In the afternoon" continues the
        # Wednesday paragraph).
        M(["atal_bihari_vajpayee", "nawaz_sharif"], "1998-07-29", "Colombo", IP, P,
          "But the strobelights will obviously be focussed on the 5 p.m. meeting between Mr. Vajpayee and Pakistan's Nawaz Sharif."),
        M(["atal_bihari_vajpayee", "sheikh_hasina"], "1998-07-29", "Colombo", IP, P,
          "Before the bilateral meeting with Pakistan, Mr Vajpayee will be lunching with the Bangladesh Prime Minister, Sheikh Hasina."),
        M(["atal_bihari_vajpayee", "jigmi_yoeser_thinley"], "1998-07-29", "Colombo", IP, P,
          "In the afternoon, he will meet Bhutan's Chairman of Council of Ministers, Lyonpo Jigmi Yoeser Thinley."),
        # Not rows: "The King of Bhutan, Mr Jigme Wangchuk, with whom the original meeting was
        # scheduled" (replaced: the King is not coming, a meeting that will not take place);
        # the SAARC Summit itself (multilateral).
    ],
    roles=[("PM", "atal_bihari_vajpayee"), ("Prime Minister", "atal_bihari_vajpayee"),
           ("the Sri Lankan President", "chandrika_kumaratunga"), ("the Bangladesh Prime Minister", "sheikh_hasina"),
           ("Bhutan's Chairman of Council of Ministers", "jigmi_yoeser_thinley"),
           ("The King of Bhutan", "jigme_singye_wangchuck")],
)

A["dev_1008_ulufaalu_skate_port_moresby"] = dict(
    actors={
        "bartholomew_ulufaalu": ["Bartholomew Ulufa'alu", "Ulufa'alu"],
        "bill_skate": ["Bill Skate", "Skate"],
        "noel_levi": ["Noel Levi"],
        "south_pacific_forum_secretariat": ["South Pacific Forum Secretariat"],
    },
    meetings=[
        # "meetings this week" -> one row (same pair and place; "this week" is not a day ->
        # null); the dateline is Honiara, the meetings are in Port Moresby.
        M(["bartholomew_ulufaalu", "bill_skate"], None, "Port Moresby", IP, H,
          "Agreement was reached during meetings this week between new Solomon Islands Prime Minister Bartholomew Ulufa'alu and his PNG counterpart, Bill Skate, in the Papua New Guinea capital of Port Moresby."),
        # Not rows: the "upcoming Bougainville peace talks" (parties unnamed; the Solomon
        # Islands as observer); Levi's candidacy.
    ],
    roles=[("new Solomon Islands Prime Minister", "bartholomew_ulufaalu"), ("his PNG counterpart", "bill_skate"),
           ("Papua New Guinea Prime Minister", "bill_skate"), ("PNG's candidate", "noel_levi")],
)

A["dev_1009_akayev_keizo_bishkek"] = dict(
    actors={
        "keizo_takemi": ["Takemi Keizo", "Keizo"],
        "askar_akayev": ["President Askar Akayev", "Askar Akayev"],
        "farid_niyazov": ["Farid Niyazov", "Niyazov"],
        "anarbek_shamkeev": ["Anarbek Shamkeev"],
        "bolot_januzakov": ["General Bolot Januzakov", "Bolot Januzakov", "Januzakov"],
        "interior_ministry_of_kyrgyzstan": ["Interior Ministry"],
        "parliament_of_kyrgyzstan": ["Kyrgyz parliament"],
    },
    meetings=[
        M(["keizo_takemi", "askar_akayev"], "1999-08-26", "Bishkek", IP, H,
          "Japan's Deputy Foreign Minister Takemi Keizo held a meeting with President Askar Akayev behind closed doors on his arrival in Bishkek on 26 August."),
        # "scheduled to meet other Kyrgyz officials in Bishkek that night" (unnamed) ->
        # one-party row, planned, 1999-08-26, optional.
        M(["keizo_takemi"], "1999-08-26", "Bishkek", IP, P,
          "Keizo was scheduled to meet other Kyrgyz officials in Bishkek that night and it was expected a Japanese plan to release the hostages would be discussed.", False),
        # Not rows: "a special meeting of the government" (an internal cabinet meeting, no
        # named participants); the ten MPs' fact-finding trip to Batken (no counterpart); the
        # hostage-taking.
    ],
    roles=[("Japan's Deputy Foreign Minister", "keizo_takemi"),
           ("the head of the government's information service", "farid_niyazov"),
           ("Interior Ministry General", "anarbek_shamkeev"), ("the general", "anarbek_shamkeev"),
           ("The head of the defense and security department of the presidential administration", "bolot_januzakov")],
)

A["dev_1010_carney_trump_call"] = dict(
    actors={
        "mark_carney": ["Mark Carney", "Carney"],
        "donald_trump": ["Donald Trump", "Trump"],
        "anita_anand": ["Anita Anand"],
        "marco_rubio": ["Marco Rubio"],
        "prime_ministers_office_canada": ["Prime Minister’s Office", "PMO"],
        "white_house": ["White House"],
    },
    meetings=[
        # "on Thursday" in a Thursday story -> 2025-08-21.
        M(["mark_carney", "donald_trump"], "2025-08-21", None, PH, H,
          "Prime Minister Mark Carney and U.S. President Donald Trump spoke over the phone on Thursday as the effects from Trump’s trade war continue to mount."),
        # "just hours" before the Thursday call, in Washington, D.C. -> held, 2025-08-21
        # (judgement: "was in Washington ... to meet with" reports the meeting as done).
        M(["anita_anand", "marco_rubio"], "2025-08-21", "Washington", IP, H,
          "The call came just hours after Foreign Affairs Minister Anita Anand was in Washington, D.C., to meet with U.S. Secretary of State Marco Rubio."),
        # "agreed to 'reconvene shortly'" -> planned, no day; kind taken as phone (they
        # reconvene the conversation), optional (judgement: neither the kind nor a specific
        # contact is stated).
        M(["mark_carney", "donald_trump"], None, None, PH, P,
          "The two also agreed to “reconvene shortly.”", False),
        # Not rows: Trump's executive order; the White House statement; Carney's reaction.
    ],
    roles=[("Prime Minister", "mark_carney"), ("U.S. President", "donald_trump"),
           ("Foreign Affairs Minister", "anita_anand"), ("U.S. Secretary of State", "marco_rubio"),
           ("the President", "donald_trump"), ("Carney’s office", "prime_ministers_office_canada")],
)

A["test_1011_suga_moon_g7"] = dict(
    actors={
        "yoshihide_suga": ["Yoshihide Suga", "Suga"],
        "moon_jae_in": ["Moon Jae-in", "Moon"],
        "katsunobu_kato": ["Katsunobu Kato"],
        "yonhap": ["Yonhap"],
        "south_korean_foreign_ministry": ["South Korean Foreign Ministry"],
        "g7": ["Group of Seven", "G7"],
    },
    meetings=[
        # Near-zero control. The greeting exchange at the summit venue ("Moon approached Suga
        # and spoke to him ... on Saturday", 2021-06-12): held, optional (judgement: a brief
        # encounter at a multilateral venue that the article sets against the talks that did
        # not happen, as dev_031's tarmac remark); place: the summit "in the United Kingdom"
        # (no city given).
        M(["yoshihide_suga", "moon_jae_in"], "2021-06-12", "United Kingdom", IP, H,
          "The Japanese government had said Moon approached Suga and spoke to him as the South Korean president and other guests were joining a G7 discussion on Saturday.", False),
        # Not rows: the "pull-aside" meeting Japan "called off" / the "brief talks" the report
        # says were agreed (did not take place); "They had not met in person since ..." (a
        # negation); Moon's invitation to the G7 summit (multilateral).
    ],
    roles=[("Prime Minister", "yoshihide_suga"), ("South Korean President", "moon_jae_in"),
           ("the South Korean president", "moon_jae_in"), ("Chief Cabinet Secretary", "katsunobu_kato")],
)

A["dev_1012_muldoon_zhao_peking"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon"],
        "zhao_ziyang": ["Mr Zhao Ziyang", "Zhao Ziyang", "Mr Zhao"],
        "zhang_wenjin": ["Mr Zhang Wenjin", "Zhang Wenjin"],
    },
    meetings=[
        # The greeting at the Great Hall, the informal talks and the banquet: the same pair,
        # day and place -> one row, held, Peking. Date null (judgement: "Within 21 hours of his
        # arrival" does not pin the day of the meeting; the arrival "yesterday afternoon" is
        # 1980-09-11).
        M(["robert_muldoon", "zhao_ziyang"], None, "Peking", IP, H,
          "• Mr Muldoon was greeted there by Mr Zhao , and after informal talks both leaders proceeded to the banquet room."),
        # The airport welcome by the Vice-Foreign Minister on arrival "yesterday afternoon"
        # (1980-09-11) -> optional (an arrival greeting, test_001/dev_031).
        M(["robert_muldoon", "zhang_wenjin"], "1980-09-11", "Peking", IP, H,
          "In line with a recent Chinese policy decision, there was little ceremonial and Mr Muldoon was warmly but quietly greeted by the Vice-Foreign Minister (Mr Zhang Wenjin).", False),
        # Not rows: the guard of honour; the banquet speech (a speech, part of the same
        # meeting).
    ],
    roles=[("The Prime Minister", "robert_muldoon"), ("the new Chinese Prime Minister", "zhao_ziyang"),
           ("the new leader", "zhao_ziyang"), ("the Vice-Foreign Minister", "zhang_wenjin"),
           ("his host", "zhao_ziyang")],
)
