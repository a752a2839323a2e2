"""Accuracy corpus, batch 7b: 12 new articles from the 1980s, 1990s and 2000s (four per decade),
chosen where sources.csv was still thin after batch 6b (South Asia in the 1980s, which had one
article; East Asia, South Asia and Southeast Asia in the 1990s and Western Europe and Eastern
Europe/Russia in the 2000s, which had two each) and spread over eight regions: a Papers Past
wire story (The Press, NZPA-Reuter), the Los Angeles Times (staff and Reuters copy), the Chicago
Tribune, The Jakarta Post (via jawawa.id), an AFP story reposted on armenianclub.com, Deutsche
Welle, The Tribune (Chandigarh; PTI), the Associated Press archive, The Spokesman-Review (AP),
TwoCircles.net (Xinhua) and Voice of America. Collected with the `search` tool (corpus `pages`)
and annotated from the texts alone, BEFORE the package was run on them (the package has not been
run on this batch). Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_7b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-6b): the articles are numbered 1..12 in the order they were first found; positions 3, 7 and
11 are test, all others dev. Ids: `dev_13NN_<slug>` / `test_13NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR forms and typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue code CHP19851219 (The Press, 19 December 1985, a Thursday); dateline New Delhi, no
    # date; "on Tuesday" = 1985-12-17.
    ("dev_1301_zia_gandhi_new_delhi", "South Asia", "1980s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19851219.2.79.7", "1985-12-19"),
    # URL (la-xpm-1988-01-30), a Saturday; the excerpt has no date line ("predicted Friday").
    ("dev_1302_chun_press_conference_no_meeting", "East Asia", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1988-01-30-mn-10140-story.html", "1988-01-30"),
    # URL (la-xpm-1988-09-12), a Monday; "travels today"; no date line in the excerpt.
    ("test_1303_botha_chissano_songo", "Africa", "1980s", "Los Angeles Times (Reuters)", "https://www.latimes.com/archives/la-xpm-1988-09-12-mn-1367-story.html", "1988-09-12"),
    # Date line "June 28, 1994" on the page and the URL (/1994-06-28/), a Tuesday ("agreed
    # Tuesday").
    ("dev_1304_two_koreas_summit_date", "East Asia", "1990s", "Chicago Tribune", "http://articles.chicagotribune.com/1994-06-28/news/9406290072_1_north-koreans-north-korea-s-capital-full-inspections", "1994-06-28"),
    # Date line "Thu, 17 Nov 1994" on the page; "talks yesterday" = 1994-11-16.
    ("dev_1305_soeharto_clinton_jakarta", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/soeharto-clinton-discuss-rights-issue-1447893297", "1994-11-17"),
    # The repost's source line "Agence France Presse / Aug 16 2004" and the dateline "MOSCOW,
    # Aug 16 (AFP)" (a Monday; "the Kremlin said Monday").
    ("dev_1306_putin_kuchma_kocharian_sochi", "Eastern Europe/Russia", "2000s", "Agence France-Presse, via armenianclub.com (repost)", "https://www.armenianclub.com/2004/08/17/putin-to-meet-ukrainian-and-armenian-presidents-in-sochi/", "2004-08-16"),
    # The page title "... | DW | 13.02.2004" (a Friday; removed from the text as site header);
    # "met in Berlin on Thursday" = 2004-02-12.
    ("test_1307_schroeder_blair_chirac_berlin", "Western Europe", "2000s", "Deutsche Welle (DW)", "http://www.dw.com/en/blair-and-schr%C3%B6der-deny-plans-for-triumvirate-with-chirac/a-1112892", "2004-02-13"),
    # Page header "Monday, August 31, 1998" (removed with the site navigation) and the URL
    # (/98aug31/); dateline "DURBAN, Aug 30 (PTI)" (the Sunday; "today").
    ("dev_1308_indo_pak_secretaries_durban", "South Asia", "1990s", "The Tribune (Chandigarh) (PTI)", "http://tribuneindia.com/1998/98aug31/head.htm", "1998-08-31"),
    # Date line "February 23, 1985" on the page (a Saturday); "on Friday" = 1985-02-22.
    ("dev_1309_reagan_de_la_madrid_call", "Latin America", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/19e54568f554c78ab1af84f82613d1a5", "1985-02-23"),
    # URL (/stories/1997/may/03/), a Saturday; "Friday" = 1997-05-02, "today" = 1997-05-03.
    ("dev_1310_mobutu_kabila_ship_talks", "Africa", "1990s", "The Spokesman-Review (Associated Press)", "http://www.spokesman.com/stories/1997/may/03/zaire-rebel-leader-misses-the-boat-reluctant-pres/?print-friendly", "1997-05-03"),
    # URL (/2007nov29/), a Thursday ("told a Wednesday public meeting"); no date line.
    ("test_1311_chavez_uribe_no_relations", "Latin America", "2000s", "TwoCircles.net (Xinhua)", "https://twocircles.net/2007nov29/chavez_not_want_any_type_relationship_uribes_colombian_govt.html", "2007-11-29"),
    # Title "Israel Calls Off Peres-Arafat Meeting - 2001-09-23" (a Sunday) and the URL
    # (a-13-a-2001-09-23-...); "Sunday afternoon" = the same day.
    ("dev_1312_peres_arafat_called_off", "Middle East", "2000s", "Voice of America", "https://www.voanews.com/a/a-13-a-2001-09-23-12-israel-66435237/550464.html", "2001-09-23"),
]

A = {}

A["dev_1301_zia_gandhi_new_delhi"] = dict(
    actors={
        "rajiv_gandhi": ["Mr Rajiv Gandhi", "Rajiv Gandhi", "Mr Gandhi", "Gandhi"],
        "zia_ul_haq": ["General Mohammad Zia-ul-Haq", "Mohammad Zia-ul-Haq", "General Zia", "Zia"],
    },
    meetings=[
        # "on Tuesday" before the Thursday 1985-12-19 issue = 1985-12-17; "during a six-hour
        # visit by General Zia to New Delhi" -> New Delhi. The joint press conference is part of
        # the same encounter (one row).
        M(["rajiv_gandhi", "zia_ul_haq"], "1985-12-17", "New Delhi", IP, H,
          "India’s Prime Minister, Mr Rajiv Gandhi, and Pakistan’s President, General Mohammad Zia-ul-Haq had what they described as their most cordial talks yet, on Tuesday, during a six-hour visit by General Zia to New Delhi."),
        # Not rows: Gandhi's visit to Pakistan "next year" (a visit to a country, no host
        # named: batch 5c/5d/6a); the resumed "talks on draft peace treaties" (no named people).
    ],
    roles=[("India’s Prime Minister", "rajiv_gandhi"), ("Pakistan’s President", "zia_ul_haq")],
)

A["dev_1302_chun_press_conference_no_meeting"] = dict(
    actors={
        "chun_doo_hwan": ["Chun Doo Hwan", "Chun"],
    },
    meetings=[
        # Zero-meeting control. Not rows: the predicted inter-Korean "talks ... as early as next
        # year" and "We will really sit down and recognize each other and talk" (hypothetical /
        # general expectations); Chun "told reporters" / the "press conference ... with a group
        # of foreign reporters" (a news conference of a single person); the Olympic teams.
    ],
    roles=[("The president", "chun_doo_hwan")],
)

A["test_1303_botha_chissano_songo"] = dict(
    actors={
        "p_w_botha": ["Pieter W. Botha", "Botha"],
        "joaquim_chissano": ["Joaquim Chissano"],
        "renamo": ["Mozambique National Resistance", "MNR", "Renamo"],
    },
    meetings=[
        # "travels today" (the URL date, 1988-09-12) and "will hold a day of talks at Songo" ->
        # planned 1988-09-12 (judgement: the talks are dated to the travel day, as dev_1106),
        # place Songo.
        M(["p_w_botha", "joaquim_chissano"], "1988-09-12", "Songo", IP, P,
          "Botha and Mozambican President Joaquim Chissano will hold a day of talks at Songo near the Cahora Bassa hydroelectric dam--a stalled project to harness the mighty Zambezi River that symbolizes the complex relationship between their two states."),
        # Not rows: the 1984 Nkomati Accord between "Pretoria and Maputo" (governments, no
        # meeting described); "From Reuters" is an agency credit.
    ],
    roles=[("South African President", "p_w_botha"), ("Mozambican President", "joaquim_chissano")],
)

_KK = ("Negotiators agreed the meeting of northern President Kim Il Sung and southern President Kim Young-sam would be followed by a second summit in South Korea.")
A["dev_1304_two_koreas_summit_date"] = dict(
    actors={
        "kim_il_sung": ["Kim Il Sung"],
        "kim_young_sam": ["Kim Young-sam"],
        "lee_hong_koo": ["Lee Hong-koo"],
        "lee_yong_ho": ["Lee Yong-ho"],
        "robert_gallucci": ["Robert Gallucci"],
        "house_foreign_relations_committee": ["House Foreign Relations Committee"],
    },
    meetings=[
        # The first summit "July 25-27 in Pyongyang" -> planned, date null (a range), Pyongyang.
        M(["kim_il_sung", "kim_young_sam"], None, "Pyongyang", IP, P, _KK),
        # The "second summit in South Korea" ("Second Unscheduled Meeting"; "they failed to
        # agree on a date or place") -> planned, South Korea, optional (agreed, but neither date
        # nor venue set; close to an agreement in principle, batch 5b dev_705).
        M(["kim_il_sung", "kim_young_sam"], None, "South Korea", IP, P, _KK, False),
        # The US-North Korea talks "scheduled to restart in Geneva July 8" at which Gallucci "is
        # to represent the Clinton administration" -> one-party row (counterpart a government),
        # planned 1994-07-08, Geneva, optional.
        M(["robert_gallucci"], "1994-07-08", "Geneva", IP, P,
          "In Washington, Assistant Secretary of State Robert Gallucci, who is to represent the Clinton administration in Geneva, briefed the House Foreign Relations Committee behind closed doors Tuesday.", False),
        # Not rows: the Panmunjom negotiations "Tuesday" (countries and unnamed negotiators;
        # the text never says that Lee Hong-koo met anyone); Gallucci's closed-door briefing
        # of the House Foreign Relations Committee (a committee of Congress, an institution,
        # as dev_1101's visits to Congress); "previously proposed summits".
    ],
    roles=[("northern President", "kim_il_sung"), ("southern President", "kim_young_sam"),
           ("South Korea's chief negotiator", "lee_hong_koo"), ("Assistant Secretary of State", "robert_gallucci")],
)

A["dev_1305_soeharto_clinton_jakarta"] = dict(
    actors={
        "soeharto": ["President Soeharto", "Soeharto"],
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "moerdiono": ["Moerdiono"],
        "indonesian_armed_forces": ["ABRI", "Armed Forces"],
        "apec": ["APEC"],
    },
    meetings=[
        # "talks yesterday" before the 1994-11-17 date line = 1994-11-16; dateline JAKARTA and
        # "at the Merdeka Palace" -> Jakarta. The smaller meeting "stretched to one-and-a-half
        # hours" is the same talks.
        M(["soeharto", "bill_clinton"], "1994-11-16", "Jakarta", IP, H,
          "JAKARTA (JP): President Soeharto and U.S. President Bill Clinton engaged in extended talks yesterday discussing human rights issues and East Timor."),
        # Not rows: "the historic APEC meeting in Bogor on Tuesday" (a multilateral summit as
        # such); Moerdiono's briefing (a spokesman's statement); "(JP)" is the paper's credit.
    ],
    roles=[("U.S. President", "bill_clinton"), ("Minister/State Secretary", "moerdiono"),
           ("the American president", "bill_clinton")],
)

_PS = ("Putin is due to hold talks Wednesday with Ukrainian President Leonid Kuchma and Friday with Armenian President Robert Kocharian, a Kremlin spokeswoman told AFP Monday.")
A["dev_1306_putin_kuchma_kocharian_sochi"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        # "Leonid Kuchma" is split by a line break in the text ("Leonid\nKuchma"), so only the
        # surname is listed (aliases must occur verbatim).
        "leonid_kuchma": ["Kuchma"],
        "robert_kocharyan": ["Robert Kocharian"],
        "kremlin": ["Kremlin"],
        "afp": ["AFP"],
        "tnk_bp": ["TNK-BP"],
    },
    meetings=[
        # "Wednesday" / "Friday" after the Monday 2004-08-16 dateline = 2004-08-18 / 2004-08-20;
        # "in the Black Sea resort of Sochi" -> Sochi; two separate talks -> two rows.
        M(["vladimir_putin", "leonid_kuchma"], "2004-08-18", "Sochi", IP, P, _PS),
        M(["vladimir_putin", "robert_kocharyan"], "2004-08-20", "Sochi", IP, P, _PS),
        # Not rows: the TNK-BP contract (a company and a government); "the Kremlin said", "a
        # Kremlin spokeswoman told AFP" (statements to the press).
    ],
    roles=[("Russian President", "vladimir_putin"), ("Ukrainian President", "leonid_kuchma"),
           ("Armenian President", "robert_kocharyan")],
)

_DW = ("Days after hosting French President Jacques Chirac in the German capital, Schröder's talks with the British premier aimed to pave the way for the upcoming summit with all three leaders next Wednesday.")
A["test_1307_schroeder_blair_chirac_berlin"] = dict(
    actors={
        "gerhard_schroeder": ["Gerhard Schröder", "Schröder"],
        "tony_blair": ["Tony Blair", "Blair"],
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "european_union": ["EU", "European Union"],
    },
    meetings=[
        # "met in Berlin on Thursday" before the Friday 2004-02-13 page date = 2004-02-12.
        M(["gerhard_schroeder", "tony_blair"], "2004-02-12", "Berlin", IP, H,
          "German Chancellor Gerhard Schröder and British Prime Minister Tony Blair met in Berlin on Thursday ahead of a three-way summit with France next week."),
        # The three-way summit "next Wednesday" = 2004-02-18, planned; three named leaders ->
        # one row per pair; the place is not stated -> null.
        M(["gerhard_schroeder", "tony_blair"], "2004-02-18", None, IP, P, _DW),
        M(["gerhard_schroeder", "jacques_chirac"], "2004-02-18", None, IP, P, _DW),
        M(["tony_blair", "jacques_chirac"], "2004-02-18", None, IP, P, _DW),
        # "Days after hosting French President Jacques Chirac in the German capital" -> held,
        # date null ("days after"), Berlin (the German capital, resolved as White House ->
        # Washington). "Schröder and Chirac this week said" is the same visit.
        M(["gerhard_schroeder", "jacques_chirac"], None, "Berlin", IP, H, _DW),
        # Not rows: "the EU's next summit, scheduled for March 25-26 in Brussels" (a summit of
        # all members as such); the "open letter" of six countries (a letter).
    ],
    roles=[("German Chancellor", "gerhard_schroeder"), ("British Prime Minister", "tony_blair"),
           ("French President", "jacques_chirac"), ("the British premier", "tony_blair")],
)

A["dev_1308_indo_pak_secretaries_durban"] = dict(
    actors={
        "k_raghunath": ["K. Raghunath"],
        "shamshad_ahmad": ["Shamshad Ahmed"],
        "dilip_lehri": ["Mr Dilip Lehri", "Dilip Lehri"],
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Mr Vajpayee"],
        "sartaj_aziz": ["Sartaj Aziz"],
        "nawaz_sharif": ["Nawaz Sharif", "Mr Sharif"],
        "non_aligned_movement": ["NAM"],
    },
    meetings=[
        # "today" in the dateline "DURBAN, Aug 30" = 1998-08-30 (the dateline day, a day before
        # the issue; batches 5b-5d); "at the Indian headquarters here" -> Durban.
        M(["k_raghunath", "shamshad_ahmad"], "1998-08-30", "Durban", IP, H,
          "\"They have held lengthy discussions at the Indian headquarters here, but I am not in a position to give you the details\", an Indian spokesman said after the talks between Foreign Secretary K. Raghunath and his Pakistani counterpart Shamshad Ahmed."),
        # The same two officials' earlier talks "in Colombo in July" -> held, date null (month),
        # Colombo.
        M(["k_raghunath", "shamshad_ahmad"], None, "Colombo", IP, H,
          "This was the first meeting between the two officials after their talks failed on the modalities for the resumption of the dialogue in Colombo in July with Pakistan insisting on discussing the Kashmir issue first while India wanting the commencement of the negotiation process \"on the basis of a broadbased and composite approach.\""),
        # Vajpayee "hoped to meet his Pakistani counterpart [= Sharif, named earlier] in New
        # York next month" -> planned (an intention), date null, New York; optional (a hope, not
        # an arranged meeting).
        M(["atal_bihari_vajpayee", "nawaz_sharif"], None, "New York", IP, P,
          "Mr Vajpayee yesterday said he was disappointed at the cancellation of Mr Sharifs visit and hoped to meet his Pakistani counterpart in New York next month.", False),
        # Not rows: the Vajpayee-Sharif meeting "originally slated" for the NAM summit (cancelled:
        # Sharif "cancelled his visit"); a Vajpayee-Aziz meeting that "was not yet certain"
        # (hypothetical); Lehri "briefing reporters" (a statement).
    ],
    roles=[("the spokesman", "dilip_lehri"), ("Pakistan Foreign Minister", "sartaj_aziz")],
)

A["dev_1309_reagan_de_la_madrid_call"] = dict(
    actors={
        "miguel_de_la_madrid": ["President Miguel de la Madrid", "Miguel de la Madrid", "de la Madrid"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "william_french_smith": ["William French Smith"],
        "sergio_garcia_ramirez": ["Sergio Garcia Ramirez"],
        "drug_enforcement_administration": ["Drug Enforcement Administration"],
        "white_house": ["White House"],
    },
    meetings=[
        # "talked by telephone on Friday" before the Saturday 1985-02-23 date line = 1985-02-22;
        # phone, place null ("de la Madrid called Reagan" is the same call).
        M(["miguel_de_la_madrid", "ronald_reagan"], "1985-02-22", None, PH, H,
          "The two heads of state talked by telephone on Friday amid concern about the kidnapping earlier this month of a U.S. Drug Enforcement Administration agent in Guadalajara, 320 miles northwest of here."),
        # The two attorneys general "should meet to plan a joint strategy" (agreed by the
        # presidents) -> planned, date and place null ("It gave no details").
        M(["william_french_smith", "sergio_garcia_ramirez"], None, None, IP, P,
          "As an initial step, it said, the presidents agreed that U.S. Attorney General William French Smith and Attorney General Sergio Garcia Ramirez of Mexico should meet to plan a joint strategy."),
        # Not rows: the communique of "the Mexican presidential press office" (a statement);
        # the kidnapped DEA agent (unnamed).
    ],
    roles=[("the Mexican president", "miguel_de_la_madrid"), ("U.S. Attorney General", "william_french_smith")],
)

A["dev_1310_mobutu_kabila_ship_talks"] = dict(
    actors={
        "laurent_kabila": ["Laurent Kabila", "Kabila"],
        "mobutu_sese_seko": ["Mobutu Sese Seko", "Mobutu"],
        "nelson_mandela": ["Nelson Mandela"],
        "bill_richardson": ["Bill Richardson"],
        "aziz_pahad": ["Aziz Pahad"],
    },
    meetings=[
        # Near-zero control (a failed meeting). Kabila "would decide today whether to attend the
        # talks with President Mobutu Sese Seko"; Pahad "still hopeful the talks will go forward
        # today" -> planned 1997-05-03 ("today" = the Saturday issue date), place null (a ship,
        # no city); optional: the talks are still scheduled by the mediators but Kabila has not
        # agreed to attend.
        M(["laurent_kabila", "mobutu_sese_seko"], "1997-05-03", None, IP, P,
          "Rebel leader Laurent Kabila said he wanted more safety guarantees and would decide today whether to attend the talks with President Mobutu Sese Seko after seeing a new security report from the South African officials organizing the meeting.", False),
        # Not rows: Friday's talks aboard the ship (did not take place: "Kabila would not
        # come"); Mobutu's missed flight "a day after" (not attended); Mobutu aboard with
        # "international mediators" and Mandela and Richardson remaining aboard "to continue
        # consultations" (co-presence; no meeting stated, counterparts of the consultations not
        # named); Kabila's announcement "to reporters" and Pahad's remarks "to reporters".
    ],
    roles=[("the grudging president of Zaire", "mobutu_sese_seko"), ("his rebel enemy", "laurent_kabila"),
           ("Rebel leader", "laurent_kabila"), ("South African President", "nelson_mandela"),
           ("U.S. envoy", "bill_richardson"), ("South Africa’s deputy foreign minister", "aziz_pahad")],
)

A["test_1311_chavez_uribe_no_relations"] = dict(
    actors={
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "pavel_rondon": ["Pavel Rondon"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
        "manuel_marulanda": ["Antonio Marin", "Manuel Marulanda", "Marulanda"],
        "fernando_marin": ["Fernando Marin"],
    },
    meetings=[
        # Near-zero control (a refused relationship). Chavez's "speaking directly to the
        # Colombian government’s top army general" (counterpart by role only) -> one-party row,
        # held, date null, place null; kind not stated (default in person); optional: a contact
        # of unspecified kind and time given as the reason for the dismissal.
        M(["hugo_chavez"], None, None, IP, H,
          "The row began on Wednesday after Uribe fired Chavez as mediator from talks between rebels the Revolutionary Armed Forces of Colombia, saying the Colombian government was angered by Chavez’s speaking directly to the Colombian government’s top army general about the negotiations.", False),
        # Not rows: "I will not have any type of relationship" (a refusal); the "campaign
        # meeting with students" / "public meeting" (a rally); Rondon "called ... home for
        # consultations" (no counterpart named); "The next step would be to go and speak to
        # Marulanda in Caguan" and the hostages "about to" be delivered (hypothetical); the
        # "talks with FARC chief Antonio Marin" that Uribe is accused of sabotaging (not held);
        # Uribe's "public speech"; "By Xinhua" is the byline.
    ],
    roles=[("Venezuela’s president", "hugo_chavez"), ("FARC chief", "manuel_marulanda"),
           ("its ambassador to Bogota", "pavel_rondon"), ("its ambassador to Caracas", "fernando_marin"),
           ("the president", "hugo_chavez")],
)

A["dev_1312_peres_arafat_called_off"] = dict(
    actors={
        "shimon_peres": ["Shimon Peres", "Mr. Peres", "Peres"],
        "yasser_arafat": ["Yasser Arafat", "Mr. Arafat", "Arafat"],
        "ariel_sharon": ["Ariel Sharon", "Sharon"],
        "zalman_shoval": ["Zalman Shoval", "Mr. Shoval"],
        "voice_of_america": ["VOA"],
        "fatah": ["Fatah"],
        "palestinian_authority": ["Palestinian Authority"],
        "yasser_abed_rabbo": ["Yasser Abed Rabbo"],
    },
    meetings=[
        # Zero-meeting control (a cancelled meeting). Not rows: the Peres-Arafat meeting
        # "scheduled for Sunday afternoon" ("called off", "would not take place"; a meeting that
        # did not take place); its postponement with no new date ("then the meeting can go
        # ahead": hypothetical, batch 5c's postponed visit); "the weekly Israeli cabinet
        # meeting" (a government body in session, like a plenary); Shoval "told VOA" (a media
        # interview); Abed Rabbo's response (a statement).
    ],
    roles=[("Foreign Minister", "shimon_peres"), ("Palestinian leader", "yasser_arafat"),
           ("the Prime Minister", "ariel_sharon"), ("a political advisor to Prime Minister Sharon", "zalman_shoval"),
           ("Palestinian Information Minister", "yasser_abed_rabbo")],
)
