"""Accuracy corpus, batch 3a: metadata and gold annotations for 12 new articles.

Batch 3a was collected (search tool, corpus `pages`) and annotated from the texts alone, before the
package was run on any of them; the package has not been run on this batch at all. Conventions are
those of ANNOTATION.md (and /work/shared/ANNOTATION-GUIDE.md); batch-specific judgement calls are in
batch_3a_NOTES.md. The batch stresses multi-party meetings (trilaterals, a four-leader phone
conference), planned meetings, phone and video calls, relative dates, role-only counterparts, and
has one article with no meeting at all (test_310).

Split rule (fixed before annotating): the articles are numbered 1..12 in the order they were
collected; positions 2, 6 and 10 are test, all others dev. Ids are `dev_3NN_<slug>` /
`test_3NN_<slug>` with NN = collection position (01..12).

Data format: ARTICLES as in articles_meta.py, A as in annotations.py.
M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
# `published` comes from the page (date line, search-result date field) or the URL, except for
# dev_308 and dev_311, where it is derived from the text (see batch_3a_NOTES.md).
ARTICLES = [
    # published from the URL (20151229); "said Tuesday" = 2015-12-29.
    ("dev_301_normandy_phone_conference", "Eastern Europe/Russia", "2010s", "Sputnik International", "https://sputnikglobe.com/20151229/talks-leaders-situation-press-1032462022.html", "2015-12-29"),
    ("test_302_abdullah_sisi_kadhimi_amman", "Middle East", "2020s", "UrduPoint News (Sputnik)", "https://www.urdupoint.com/en/world/amman-hosts-3rd-jordan-iraq-egypt-summit-on-t-1011119.html", "2020-08-25"),
    # published from the URL (2000/01/12); "confirmed to IRIN on Wednesday" = 2000-01-12.
    ("dev_303_buyoya_mkapa_museveni_kampala", "Africa", "2000s", "IRIN (The New Humanitarian archive)", "http://www.thenewhumanitarian.org/news/2000/01/12/regional-presidents-meet-uganda", "2000-01-12"),
    # page line "Source: CCTV.com | 04-12-2009 08:27" (MM-DD-YYYY, as in the URL 20090412).
    ("dev_304_wen_lee_aso_pattaya", "East Asia", "2000s", "CCTV.com", "http://www.cctv.com/english/20090412/101416.shtml", "2009-04-12"),
    # published from the URL (items08/191008 = 19 Oct 2008); the call is dated in the text (18 October 2008).
    ("dev_305_rajapaksa_singh_call", "South Asia", "2000s", "LankaWeb", "https://www.lankaweb.com/news/items08/191008-5.html", "2008-10-19"),
    ("test_306_yeltsin_cis_weekend", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1084217.html", "1997-03-31"),
    ("dev_307_hasina_modi_virtual_planned", "South Asia", "2020s", "The Daily Asian Age (Bangladesh)", "https://dailyasianage.com/news/249761/hasina-modi-virtual-meeting-dec-17", "2020-12-15"),
    # derived from the text ("Malacañang said on Thursday, June 22"; 2017 = the year in which 22 June is
    # a Thursday and the Marawi clashes took place); no date line in the excerpt, none in the URL.
    ("dev_308_duterte_jokowi_call", "Southeast Asia", "2010s", "Rappler", "https://www.rappler.com/nation/173668-duterte-jokowi-phone-call-anti-terrorism/", "2017-06-22"),
    ("dev_309_clinton_netanyahu_arafat_threeway", "Middle East", "1990s", "The Baltimore Sun", "http://articles.baltimoresun.com/1998-09-29/news/1998272067_1_israelis-and-palestinians-clinton-peace-process", "1998-09-29"),
    ("test_310_obama_uhuru_no_meeting", "Africa", "2010s", "African Culture Direct (blog repost of a story by Kevin J. Kelley)", "http://africanculturedirect.blogspot.com/2014/06/no-obama-uhuru-meeting-planned-at-us.html", "2014-06-11"),
    # dateline "HAVANA, Jan 16 (Reuters)"; the year (1999) is derived from the text (Chavez is
    # "President-elect" after "the recent election"; 16 Jan 1999 is the Saturday the text describes).
    ("dev_311_castro_chavez_pastrana_havana", "Latin America", "1990s", "Reuters (via latinamericanstudies.org)", "http://latinamericanstudies.org/venezuela/aid.htm", "1999-01-16"),
    ("dev_312_amlo_biden_trudeau_nals", "Latin America", "2020s", "LatinNews Daily", "https://www.latinnews.com/component/k2/item/90809.html?period=2021&archive=3&Itemid=6&cat_id=826904:lopez-obrador-meets-biden", "2021-11-22"),
]

A = {}

_NF = ("Ukrainian President Petro Poroshenko, Russian President Vladimir Putin, French President Francois Hollande and German Chancellor Angela Merkel will hold a phone conference on the situation in Ukraine December 30, Poroshenko's press service said Tuesday.")
_NM = ("Russia's President Vladimir Putin (L), Ukraine's President Petro Poroshenko (R), Germany's Chancellor Angela Merkel (2nd R) and France's President Francois Hollande attend a meeting on resolving the Ukrainian crisis in Minsk, February 11, 2015")
_N4 = ["petro_poroshenko", "vladimir_putin", "francois_hollande", "angela_merkel"]
A["dev_301_normandy_phone_conference"] = dict(
    actors={
        "petro_poroshenko": ["Petro Poroshenko", "Poroshenko"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "francois_hollande": ["Francois Hollande", "Hollande"],
    },
    meetings=(
        # Four-way phone conference announced for Wednesday December 30 -> 6 planned pair rows.
        [M([a, b], "2015-12-30", None, PH, P, _NF)
         for i, a in enumerate(_N4) for b in _N4[i + 1:]]
        # "earlier on Tuesday" = 2015-12-29 = publication day.
        + [M(["petro_poroshenko", "angela_merkel"], "2015-12-29", None, PH, H,
             "Poroshenko and Merkel held a phone talk earlier on Tuesday, coordinating their positions ahead of Wednesday's conference in the so-called Normandy format, the press service said in a statement.")]
        # Photo caption of the Minsk meeting -> 6 held pair rows, all optional (a caption).
        + [M([a, b], "2015-02-11", "Minsk", IP, H, _NM, False)
           for i, a in enumerate(_N4) for b in _N4[i + 1:]]
    ),
    roles=[("Russia's President", "vladimir_putin"), ("Ukraine's President", "petro_poroshenko"),
           ("Germany's Chancellor", "angela_merkel"), ("France's President", "francois_hollande"),
           ("Ukrainian President", "petro_poroshenko"), ("Russian President", "vladimir_putin"),
           ("French President", "francois_hollande"), ("German Chancellor", "angela_merkel")],
)

_AM = ("The Jordanian capital of Amman hosted on Tuesday a trilateral summit between King Abdullah II, Iraqi Prime Minister Mustafa al-Kadhimi and Egyptian President Abdel Fattah Sisi, the kingdom's Royal Hashemite Court said.")
A["test_302_abdullah_sisi_kadhimi_amman"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah II", "Abdullah II"],
        "mustafa_al_kadhimi": ["Mustafa al-Kadhimi", "Mustafa Al Kadhimi"],
        "abdel_fattah_el_sisi": ["Abdel Fattah Sisi", "Abdel Fattah El Sisi", "Sisi"],
        "royal_hashemite_court": ["Royal Hashemite Court"],
        "youm7": ["Youm7"],
    },
    meetings=[
        # Tuesday = 2020-08-25 = publication day.
        M(["abdullah_ii", "mustafa_al_kadhimi"], "2020-08-25", "Amman", IP, H, _AM),
        M(["abdullah_ii", "abdel_fattah_el_sisi"], "2020-08-25", "Amman", IP, H, _AM),
        M(["mustafa_al_kadhimi", "abdel_fattah_el_sisi"], "2020-08-25", "Amman", IP, H, _AM),
    ],
    roles=[("Iraqi Prime Minister", "mustafa_al_kadhimi"), ("Egyptian President", "abdel_fattah_el_sisi"),
           ("President of #Egypt", "abdel_fattah_el_sisi"), ("Prime Minister of #Iraq", "mustafa_al_kadhimi"),
           ("The king", "abdullah_ii"), ("the court", "royal_hashemite_court")],
)

_KA = ("Burundi President Pierre Buyoya, Tanzania’s Benjamin Mkapa and Uganda’s Yoweri Museveni are to meet in Kampala on Thursday for talks on issues affecting the region, ahead of the UN Security Council debate on the DRC conflict in New York on 24 January.")
A["dev_303_buyoya_mkapa_museveni_kampala"] = dict(
    actors={
        "pierre_buyoya": ["Pierre Buyoya"],
        "benjamin_mkapa": ["Benjamin Mkapa"],
        "yoweri_museveni": ["Yoweri Museveni"],
        "hope_kivengere": ["Hope Kivengere", "Kivengere"],
        "joaquim_chissano": ["Joaquim Chissano"],
        "irin": ["IRIN"],
        "pana": ["PanAfrican News Agency", "PANA"],
        "sadc": ["Southern African Development Community", "SADC"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # Thursday = 2000-01-13 (story of Wed 2000-01-12); the talks run on to Friday -> dated to the start.
        M(["pierre_buyoya", "benjamin_mkapa"], "2000-01-13", "Kampala", IP, P, _KA),
        M(["pierre_buyoya", "yoweri_museveni"], "2000-01-13", "Kampala", IP, P, _KA),
        M(["benjamin_mkapa", "yoweri_museveni"], "2000-01-13", "Kampala", IP, P, _KA),
    ],
    roles=[("Burundi President", "pierre_buyoya"), ("Uganda’s Presidential Press Secretary", "hope_kivengere"),
           ("Mozambican President", "joaquim_chissano")],
)

_WL = ("Before leaving on Saturday, he met with South Korean President Lee Myung-bak and Japanese Prime Minister Taro Aso in Pattaya.")
A["dev_304_wen_lee_aso_pattaya"] = dict(
    actors={
        "wen_jiabao": ["Wen Jiabao", "Wen"],
        "lee_myung_bak": ["Lee Myung-bak"],
        "taro_aso": ["Taro Aso"],
        "abhisit_vejjajiva": ["Abhisit Vejjajiva", "Abhisit"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # Saturday = 2009-04-11 (page dated Sun 2009-04-12).
        M(["wen_jiabao", "lee_myung_bak"], "2009-04-11", "Pattaya", IP, H, _WL),
        M(["wen_jiabao", "taro_aso"], "2009-04-11", "Pattaya", IP, H, _WL),
        M(["lee_myung_bak", "taro_aso"], "2009-04-11", "Pattaya", IP, H, _WL),
        # The day of the call is not stated.
        M(["wen_jiabao", "abhisit_vejjajiva"], None, None, PH, H,
          "Wen Jiabao also had a telephone conversation with his Thai counterpart Abhisit Vejjajiva at the request of the Thai government."),
    ],
    roles=[("Chinese Premier", "wen_jiabao"), ("South Korean President", "lee_myung_bak"),
           ("Japanese Prime Minister", "taro_aso"), ("his Thai counterpart", "abhisit_vejjajiva")],
)

A["dev_305_rajapaksa_singh_call"] = dict(
    actors={
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "Rajapaksa"],
        "manmohan_singh": ["Manmohan Singh", "Dr. Manmohan Singh", "Dr. Singh"],
        "lucien_rajakarunanayaka": ["Lucien Rajakarunanayaka"],
        "rohitha_bogollagama": ["Rohitha Bogollagama"],
        "pranab_mukherjee": ["Pranab Mukherjee"],
        "laxman_yapa_abeywardena": ["Laxman Yapa Abeywardena"],
        "ltte": ["LTTE"],
    },
    meetings=[
        M(["mahinda_rajapaksa", "manmohan_singh"], "2008-10-18", None, PH, H,
          "A spokesman for the President of Sri Lanka said that President Mahinda Rajapaksa had a telephone discussion with the Indian Prime Minister Dr. Manmohan Singh , October 18."),
        # An invitation, not an accepted or scheduled visit -> optional (as dev_005, dev_107).
        M(["rohitha_bogollagama", "pranab_mukherjee"], None, "Sri Lanka", IP, P,
          "Consequent to this discussion, said the spokesman, Foreign Minister Rohitha Bogollagama has invited the Indian Minister of External Affairs, Pranab Mukherjee to undertake a visit to Sri Lanka at an early date.", False),
    ],
    roles=[("the President of Sri Lanka", "mahinda_rajapaksa"), ("the Indian Prime Minister", "manmohan_singh"),
           ("the Indian leader", "manmohan_singh"), ("Foreign Minister", "rohitha_bogollagama"),
           ("the Indian Minister of External Affairs", "pranab_mukherjee"),
           ("Cabinet Minister", "laxman_yapa_abeywardena"), ("the spokesman", "lucien_rajakarunanayaka")],
)

_AZ = ("Azerbaijan's mostly ethnic Armenian Nagorno-Karabakh region was a reported focus of Yeltsin's meetings with Armenian President Levon Ter-Petrosyan and Azerbaijan's President Heydar Aliev.")
A["test_306_yeltsin_cis_weekend"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        "eduard_shevardnadze": ["Eduard Shevardnadze"],
        "levon_ter_petrosyan": ["Levon Ter-Petrosyan"],
        "heydar_aliyev": ["Heydar Aliev"],
        "askar_akayev": ["Askar Akayev"],
        "dmitry_ryurikov": ["Dmitry Ryurikov", "Ryurikov"],
        "cis": ["Commonwealth of Independent States", "CIS"],
        "interfax": ["Interfax"],
        "itar_tass": ["Itar-Tass", "Tass"],
    },
    meetings=[
        # "met separately this weekend with five of the visiting presidents": weekend (29-30 March 1997)
        # -> date null; place Moscow (dateline, "visiting presidents").
        M(["boris_yeltsin", "leonid_kuchma"], None, "Moscow", IP, H,
          "Ryurikov described the Yeltsin-Kuchma talks as constructive and said the two presidents agreed on the need to improve ties."),
        # Promised visit; the host is implied -> optional (as dev_108).
        M(["boris_yeltsin", "leonid_kuchma"], None, "Ukraine", IP, P,
          "Interfax reports that Yeltsin promised Ukrainian President Leonid Kuchma that he will visit Ukraine by early June, regardless of whether a treaty of friendship has been agreed in advance.", False),
        M(["boris_yeltsin", "eduard_shevardnadze"], None, "Moscow", IP, H,
          "Yeltsin's press service says Yeltsin and Georgian President Eduard Shevardnadze discussed the situation in Georgia's Abkhazia region."),
        M(["boris_yeltsin", "levon_ter_petrosyan"], None, "Moscow", IP, H, _AZ),
        M(["boris_yeltsin", "heydar_aliyev"], None, "Moscow", IP, H, _AZ),
        M(["boris_yeltsin", "askar_akayev"], None, "Moscow", IP, H,
          "Tass reports Yeltsin and Kyrgyz President Askar Akayev discussed trade, economic, and humanitarian contacts during their talks."),
    ],
    roles=[("Russian President", "boris_yeltsin"), ("Ukrainian President", "leonid_kuchma"),
           ("Georgian President", "eduard_shevardnadze"), ("Armenian President", "levon_ter_petrosyan"),
           ("Azerbaijan's President", "heydar_aliyev"), ("Kyrgyz President", "askar_akayev"),
           ("Yeltsin's aide for international relations", "dmitry_ryurikov")],
)

A["dev_307_hasina_modi_virtual_planned"] = dict(
    actors={
        "sheikh_hasina": ["Sheikh Hasina"],
        "narendra_modi": ["Narendra Modi", "Shri Narendra Modi", "Modi"],
        "sheikh_mujibur_rahman": ["Bangabandhu Sheikh Mujibur Rahman", "Sheikh Mujibur Rahman", "Bangabandhu"],
        "mahatma_gandhi": ["Mahatma Gandhi"],
    },
    meetings=[
        # The joint stamp launch "on December 17, 2020" is part of the same virtual summit (same pair, day).
        M(["sheikh_hasina", "narendra_modi"], "2020-12-17", None, VID, P,
          "A Virtual Summit between Prime Minister Sheikh Hasina and Indian counterpart Narendra Modi will be held on 17 December 2020."),
        # Month only; the host is implied -> optional (as dev_108).
        M(["sheikh_hasina", "narendra_modi"], None, "India", IP, H,
          "Prime Minister Sheikh Hasina paid an official visit to India in October 2019.", False),
    ],
    roles=[("Indian counterpart", "narendra_modi"), ("Father of the Nation", "sheikh_mujibur_rahman")],
)

_DJ = ("Duterte went to Indonesia in September for a state visit, while Jokowi returned the gesture with a trip to the Philippines in April.")
A["dev_308_duterte_jokowi_call"] = dict(
    actors={
        "rodrigo_duterte": ["Rodrigo Duterte", "Duterte"],
        "joko_widodo": ["Joko Widodo", "Jokowi", "Widodo"],
        "ernesto_abella": ["Ernesto Abella", "Abella"],
        "malacanang": ["Malacañang"],
        "islamic_state": ["Islamic State", "ISIS"],
        "maute_group": ["Maute Group"],
    },
    meetings=[
        M(["rodrigo_duterte", "joko_widodo"], "2017-06-21", None, PH, H,
          "Malacañang said on Thursday, June 22, that Duterte received a phone call from the Indonesian leader, popularly known as Jokowi, at around 7:30 pm on Wednesday, June 21."),
        # "In previous meetings between the two leaders": two visits, month only.
        M(["rodrigo_duterte", "joko_widodo"], None, "Indonesia", IP, H, _DJ),
        M(["joko_widodo", "rodrigo_duterte"], None, "Philippines", IP, H, _DJ),
    ],
    roles=[("Philippine President", "rodrigo_duterte"), ("Indonesian President", "joko_widodo"),
           ("the Indonesian leader", "joko_widodo"), ("Presidential Spokesman", "ernesto_abella")],
)

_TW = ("WASHINGTON -- After a rare three-way meeting with President Clinton, the leaders of Israel and the Palestinians agreed yesterday to return here in mid-October for \"intensive\" talks aimed at completing their long-overdue interim peace deal.")
_CNA = ["bill_clinton", "benjamin_netanyahu", "yasser_arafat"]
A["dev_309_clinton_netanyahu_arafat_threeway"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "madeleine_albright": ["Madeleine K. Albright"],
        "dennis_ross": ["Dennis Ross"],
    },
    meetings=(
        # "yesterday" = 1998-09-28 (paper of Tue 1998-09-29); dateline WASHINGTON, Oval Office.
        [M([a, b], "1998-09-28", "Washington", IP, H, _TW)
         for i, a in enumerate(_CNA) for b in _CNA[i + 1:]]
        # "return here in mid-October" -> planned, date null, Washington.
        + [M([a, b], None, "Washington", IP, P, _TW)
           for i, a in enumerate(_CNA) for b in _CNA[i + 1:]]
    ),
    roles=[("the Palestinian leader", "yasser_arafat"), ("the president", "bill_clinton"),
           ("Prime Minister", "benjamin_netanyahu"), ("Secretary of State", "madeleine_albright"),
           ("the U.S. special Middle East envoy", "dennis_ross")],
)

A["test_310_obama_uhuru_no_meeting"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "Obama", "Mr Obama"],
        "joe_biden": ["Joseph Biden"],
        "uhuru_kenyatta": ["Uhuru Kenyatta", "Uhuru"],
        "stephen_hayes": ["Stephen Hayes", "Mr Hayes"],
        "white_house": ["White House"],
        "corporate_council_on_africa": ["Corporate Council on Africa"],
        "us_news": ["US News"],
    },
    meetings=[],
    roles=[("US President", "barack_obama"), ("Vice President", "joe_biden"),
           ("the head of a US-Africa business group", "stephen_hayes"),
           ("president of the Corporate Council on Africa", "stephen_hayes")],
)

_HV1 = ("Cuban leader Fidel Castro greeted Venezuelan President-elect Hugo Chavez with a bear hug Saturday night on his arrival in Havana for a visit aimed at helping the fledgling Colombian peace process.")
_HV2 = ("The three Latin American leaders were due to hold a lunch meeting on Sunday, where they will discuss possible support roles for Cuba and Venezuela in Colombia's recently-opened talks with leftist guerrillas.")
A["dev_311_castro_chavez_pastrana_havana"] = dict(
    actors={
        "fidel_castro": ["Fidel Castro", "Castro"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "andres_pastrana": ["Pastrana"],
        "marisabel_rodriguez_de_chavez": ["Marisabel Rodriguez de Chavez"],
        "simon_bolivar": ["Bolivar"],
    },
    meetings=[
        # Saturday = 1999-01-16 = dateline day; the host's welcome opens the visit.
        M(["fidel_castro", "hugo_chavez"], "1999-01-16", "Havana", IP, H, _HV1),
        # Sunday = 1999-01-17: scheduled three-way lunch, distinguished from the arrival (as dev_035).
        M(["fidel_castro", "hugo_chavez"], "1999-01-17", "Havana", IP, P, _HV2),
        M(["fidel_castro", "andres_pastrana"], "1999-01-17", "Havana", IP, P, _HV2),
        M(["hugo_chavez", "andres_pastrana"], "1999-01-17", "Havana", IP, P, _HV2),
    ],
    roles=[("Cuban leader", "fidel_castro"), ("Venezuelan President-elect", "hugo_chavez"),
           ("Colombian President", "andres_pastrana"), ("his wife", "marisabel_rodriguez_de_chavez"),
           ("independence hero", "simon_bolivar")],
)

_NA = ("On 18 November Mexico’s President Andrés Manuel López Obrador, US President Joe Biden and Canada’s Prime Minister Justin Trudeau met for the North American Leaders’ Summit – the first since 2016.")
A["dev_312_amlo_biden_trudeau_nals"] = dict(
    actors={
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador", "López Obrador"],
        "joe_biden": ["Joe Biden"],
        "justin_trudeau": ["Justin Trudeau"],
        "marcelo_ebrard": ["Marcelo Ebrard"],
        "white_house": ["White House"],
        "secretaria_de_relaciones_exteriores": ["SRE"],
    },
    meetings=[
        # Explicit day; the text names no place -> null.
        M(["andres_manuel_lopez_obrador", "joe_biden"], "2021-11-18", None, IP, H, _NA),
        M(["andres_manuel_lopez_obrador", "justin_trudeau"], "2021-11-18", None, IP, H, _NA),
        M(["joe_biden", "justin_trudeau"], "2021-11-18", None, IP, H, _NA),
    ],
    roles=[("Mexico’s President", "andres_manuel_lopez_obrador"), ("US President", "joe_biden"),
           ("Canada’s Prime Minister", "justin_trudeau"), ("Foreign Minister", "marcelo_ebrard"),
           ("Mexico’s foreign ministry", "secretaria_de_relaciones_exteriores")],
)
