"""Gold annotations, article by article, written from the texts alone (see ANNOTATION.md).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


def M(p, d, pl, k, s, e, r=True):
    return {"participants": p, "date": d, "place": pl, "kind": k, "status": s,
            "evidence": e, "required": r}


IP, PH, VID = "in_person", "phone", "video"
H, P = "held", "planned"

A = {}

A["dev_001_alvi_ministers"] = dict(
    actors={
        "arif_alvi": ["Arif Alvi", "Dr Arif Alvi", "Dr Alvi", "Alvi"],
        "sardar_ayaz_sadiq": ["Sardar Ayaz Sadiq"],
        "azam_nazeer_tarar": ["Azam Nazeer Tarar"],
        "imran_khan": ["Imran Khan"],
        "ishaq_dar": ["Ishaq Dar", "Dar"],
        "pakistan_tehreek_e_insaf": ["Pakistan Tehreek-e-Insaf", "PTI"],
        "pml_n": ["PML-N"],
    },
    meetings=[
        M(["arif_alvi", "sardar_ayaz_sadiq"], "2022-12-14", "Islamabad", IP, H,
          "ISLAMABAD: In his latest tete-a-tete with coalition government leaders, President Dr Arif Alvi Wednesday held a meeting with Minister for Economic Affairs Sardar Ayaz Sadiq and Minister for Law Senator Azam Nazeer Tarar at the President's House."),
        M(["arif_alvi", "azam_nazeer_tarar"], "2022-12-14", "Islamabad", IP, H,
          "ISLAMABAD: In his latest tete-a-tete with coalition government leaders, President Dr Arif Alvi Wednesday held a meeting with Minister for Economic Affairs Sardar Ayaz Sadiq and Minister for Law Senator Azam Nazeer Tarar at the President's House."),
        M(["sardar_ayaz_sadiq", "azam_nazeer_tarar"], "2022-12-14", "Islamabad", IP, H,
          "ISLAMABAD: In his latest tete-a-tete with coalition government leaders, President Dr Arif Alvi Wednesday held a meeting with Minister for Economic Affairs Sardar Ayaz Sadiq and Minister for Law Senator Azam Nazeer Tarar at the President's House."),
        M(["arif_alvi", "imran_khan"], None, "Lahore", IP, P,
          "The meeting came ahead of the president's departure to Lahore to meet with Pakistan Tehreek-e-Insaf (PTI) Chairman Imran Khan to hold consultations regarding the dissolution of the Punjab and Khyber Pakhtunkhwa assemblies."),
        M(["ishaq_dar", "arif_alvi"], None, None, IP, H,
          "A day earlier, Finance Minister Ishaq Dar, too, spoke about his meeting with Dr Alvi — a few days ago — in which the latter suggested holding talks between the leadership of the PTI and the coalition government led by the PML-N."),
        M(["ishaq_dar", "arif_alvi"], None, None, IP, H,
          "Dar also held back-to-back meetings with President Alvi to discuss the ongoing political situation in the country including the dissolution of assemblies.", False),
    ],
    roles=[("the president", "arif_alvi"), ("The finance czar", "ishaq_dar")],
)

A["test_001_hasina_president"] = dict(
    actors={
        "sheikh_hasina": ["Sheikh Hasina"],
        "mohammed_shahabuddin": ["Mohammed Shahabuddin", "Shahabuddin"],
        "md_joynal_abedin": ["Md Joynal Abedin"],
        "ursula_von_der_leyen": ["Ursula von der Leyen"],
        "european_commission": ["European Commission", "EC"],
        "rebeka_sultana": ["Dr Rebeka Sultana", "Rebeka Sultana"],
        "prime_ministers_office_bangladesh": ["Prime Minister's Office", "PMO"],
    },
    meetings=[
        M(["sheikh_hasina", "mohammed_shahabuddin"], "2023-11-18", "Dhaka", IP, H,
          "Prime Minister Sheikh Hasina on Saturday paid a courtesy call on President Mohammed Shahabuddin at Bangabhaban."),
        M(["sheikh_hasina", "rebeka_sultana"], "2023-11-18", "Dhaka", IP, H,
          "President Shahabuddin and his wife Dr Rebeka Sultana welcomed Sheikh Hasina with a bouquet upon her arrival at about 11:15 am.", False),
    ],
    roles=[("The prime minister", "sheikh_hasina"), ("the president", "mohammed_shahabuddin"),
           ("the press secretary", "md_joynal_abedin"), ("his wife", "rebeka_sultana")],
)

A["dev_002_natwar_kasuri"] = dict(
    actors={
        "k_natwar_singh": ["K Natwar Singh", "Singh"],
        "khurshid_mahmud_kasuri": ["Khurshid Mahmud Kasuri", "Kasuri"],
        "manmohan_singh": ["Manmohan Singh"],
        "asian_cooperation_dialogue": ["Asian Cooperation Dialogue", "ACD"],
    },
    meetings=[
        M(["k_natwar_singh", "khurshid_mahmud_kasuri"], "2004-06-21", "Qingdao", IP, H,
          "External Affairs Minister K Natwar Singh held talks with his Pakistani counterpart Khurshid Mahmud Kasuri in Qingdao, east China, on Monday at a 'working lunch' on the sidelines of the 22-member Asian Cooperation Dialogue meeting."),
        M(["k_natwar_singh", "khurshid_mahmud_kasuri"], None, None, IP, P,
          "Under the roadmap agreed by the two countries, the Foreign Secretaries would meet in New Delhi on June 27-28 followed by a meeting between the foreign ministers in August.", False),
    ],
    roles=[("his Pakistani counterpart", "khurshid_mahmud_kasuri")],
)

A["dev_003_tillerson_wangyi"] = dict(
    actors={
        "rex_tillerson": ["Rex Tillerson"],
        "wang_yi": ["Wang Yi"],
        "xinhua_news_agency": ["Xinhua News Agency"],
        "donald_trump": ["Donald Trump", "Trump"],
        "group_of_20": ["Group of 20"],
    },
    meetings=[
        M(["rex_tillerson", "wang_yi"], "2017-02-17", "Bonn", IP, H,
          "U.S. Secretary of State Rex Tillerson and Chinese Foreign Minister Wang Yi on Friday held their first direct talks as the two countries seek to develop relations despite numerous differences."),
    ],
    roles=[],
)

A["dev_004_bilawal_lavrov"] = dict(
    actors={
        "bilawal_bhutto_zardari": ["Bilawal Bhutto-Zardari", "Bilawal", "BilawalBhuttoZardari", "@BBhuttoZardari"],
        "sergey_lavrov": ["Sergey Lavrov"],
        "shanghai_cooperation_organisation": ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"],
        "ministry_of_foreign_affairs_pakistan": ["MoFA", "@ForeignOfficePk"],
        "hina_rabbani_khar": ["Hina Rabbani Khar"],
        "dawn": ["Dawn"],
    },
    meetings=[
        M(["bilawal_bhutto_zardari", "sergey_lavrov"], "2023-05-04", "Goa", IP, H,
          "Pakistan Foreign Minister Bilawal Bhutto-Zardari on Thursday held a bilateral meeting with his Russian counterpart Sergey Lavrov in a beach resort of Goa."),
        M(["hina_rabbani_khar"], None, "India", IP, H,
          "Bilawal’s trip is the first visit to India by a Pakistani foreign minister since 2011 when then-foreign minister Hina Rabbani Khar visited for peace talks, Dawn newspaper reported.", False),
    ],
    roles=[("his Russian counterpart", "sergey_lavrov")],
)

A["dev_005_clinton_yeltsin_cologne"] = dict(
    actors={
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "samuel_berger": ["Samuel Berger", "Berger"],
        "russian_duma": ["Russian Duma", "Duma"],
        "g8": ["G-8"],
    },
    meetings=[
        M(["bill_clinton", "boris_yeltsin"], "1999-06-20", "Cologne", IP, H,
          "U.S. officials claimed immediate progress Sunday after a one-hour meeting between presidents Bill Clinton and Boris Yeltsin designed to get U.S.-Russian relations back on track after the bitter tension of the Kosovo conflict."),
        M(["bill_clinton", "boris_yeltsin"], None, "Moscow", IP, P,
          "Berger added that Yeltsin extended an invitation for Clinton to visit Moscow.", False),
    ],
    roles=[],
)

A["dev_006_clinton_yeltsin_hydepark"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "william_j_perry": ["William J. Perry"],
        "pavel_grachev": ["Pavel Grachev"],
        "nato": ["NATO"],
    },
    meetings=[
        M(["bill_clinton", "boris_yeltsin"], "1995-10-23", "Hyde Park", IP, H,
          "HYDE PARK, N.Y., OCT. 23 -- President Clinton and Russian President Boris Yeltsin today met for a jovial summit in which the two leaders proclaimed agreement over the best way to resolve their latest sharp differences over Bosnia: say nothing about them."),
        M(["william_j_perry", "pavel_grachev"], None, None, IP, P,
          "But both leaders expressed optimism that progress on the details of how to run the peace force could be achieved when Defense Secretary William J. Perry and his Russian counterpart, Pavel Grachev, meet later this week."),
    ],
    roles=[("his Russian counterpart", "pavel_grachev")],
)

A["test_002_clinton_yeltsin_planned"] = dict(
    actors={
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "al_gore": ["Al Gore", "Gore"],
        "sergei_kiriyenko": ["Sergei Kiriyenko", "Kiriyenko"],
        "viktor_chernomyrdin": ["Chernomyrdin"],
        "white_house": ["White House"],
        "russian_duma": ["Duma"],
    },
    meetings=[
        M(["bill_clinton", "boris_yeltsin"], None, "Russia", IP, P,
          "WASHINGTON (July 6) -- President Bill Clinton will visit Russia in early September to meet with Russian President Boris Yeltsin, the White House announced Monday."),
        M(["al_gore", "sergei_kiriyenko"], None, "Moscow", IP, P,
          "Gore will hold his first meetings with Russian Prime Minister Sergei Kiriyenko in July, as part of what was the \"Gore/Chernomyrdin\" Commission."),
    ],
    roles=[],
)

A["dev_007_widodo_anwar"] = dict(
    actors={
        "anwar_ibrahim": ["Anwar Ibrahim", "Anwar"],
        "joko_widodo": ["Joko Widodo", "Widodo"],
        "european_union": ["European Union"],
        "council_of_palm_oil_producing_countries": ["Council of Palm Oil Producing Countries", "CPOPC"],
    },
    meetings=[
        M(["anwar_ibrahim", "joko_widodo"], "2023-01-09", "Bogor", IP, H,
          "He met Indonesian President Joko Widodo for talks at a presidential palace in the city of Bogor, south of the capital Jakarta, where he thanked his counterpart for his support after the election."),
    ],
    roles=[("Malaysia’s new prime minister", "anwar_ibrahim"), ("the Indonesian president", "joko_widodo"),
           ("his counterpart", "joko_widodo"), ("The Indonesian leader", "joko_widodo")],
)

A["test_003_jokowi_najib_kuching"] = dict(
    actors={
        "joko_widodo": ["Joko Widodo", "Joko \"Kokowi\" Widodo", "Jokowi"],
        "najib_razak": ["Najib Razak"],
        "denny_abdi": ["Denny Abdi"],
        "islamic_state": ["Islamic State", "IS"],
    },
    meetings=[
        M(["joko_widodo", "najib_razak"], "2017-11-22", "Kuching", IP, P,
          "Jakarta: Indonesian President Joko \"Kokowi\" Widodo and Malaysian Prime Minister Najib Razak atttended the 12th Annual bilateral consultation meeting in Kuching, Sarawak on November 22, 2017."),
    ],
    roles=[("Malaysian PM", "najib_razak")],
)

A["dev_008_prabowo_anwar"] = dict(
    actors={
        "prabowo_subianto": ["Prabowo Subianto", "Subianto"],
        "anwar_ibrahim": ["Anwar Ibrahim", "Anwar"],
        "joko_widodo": ["Joko Widodo"],
        "xi_jinping": ["Xi Jinping"],
        "fumio_kishida": ["Fumio Kishida"],
    },
    meetings=[
        M(["prabowo_subianto", "anwar_ibrahim"], "2024-04-04", "Kuala Lumpur", IP, H,
          "Indonesian President-elect Prabowo Subianto held talks Thursday with Malaysia's leader on bolstering bilateral ties as part of a regional visit that has also taken him to China and Japan."),
        M(["prabowo_subianto", "xi_jinping"], "2024-04-01", "Beijing", IP, H,
          "In his Monday meeting with Chinese President Xi Jinping, Subianto pledged a continued friendly policy toward China."),
        M(["prabowo_subianto", "fumio_kishida"], "2024-04-03", "Japan", IP, H,
          "He then flew to Japan where he held talks with Prime Minister Fumio Kishida on Wednesday, and pledged to strengthen ties including defence cooperation."),
    ],
    roles=[("Malaysia's leader", "anwar_ibrahim"), ("Malaysian leader", "anwar_ibrahim")],
)

A["dev_009_buhari_weah"] = dict(
    actors={
        "muhammadu_buhari": ["Muhammadu Buhari"],
        "george_weah": ["George Weah", "Mr George Weah"],
        "news_agency_of_nigeria": ["News Agency of Nigeria", "NAN"],
    },
    meetings=[
        M(["muhammadu_buhari", "george_weah"], "2019-06-13", "Abuja", IP, H,
          "President Muhammadu Buhari on Thursday met behind closed doors the visiting Liberian President, Mr George Weah, at the Presidential Villa, Abuja."),
    ],
    roles=[("the visiting Liberian President", "george_weah"), ("the Liberian leader", "george_weah"),
           ("the president", "muhammadu_buhari")],
)

A["test_004_buhari_jonathan"] = dict(
    actors={
        "muhammadu_buhari": ["Muhammadu Buhari", "Buhari"],
        "goodluck_jonathan": ["Goodluck Jonathan", "Jonathan"],
    },
    meetings=[
        M(["muhammadu_buhari", "goodluck_jonathan"], "2020-01-30", "Abuja", IP, H,
          "President Muhammadu Buhari on Thursday met with former President Goodluck Jonathan at the presidential villa, Abuja."),
        M(["goodluck_jonathan", "muhammadu_buhari"], "2019-10-10", None, IP, H,
          "Jonathan visited his successor on October 10, 2019."),
    ],
    roles=[("his successor", "muhammadu_buhari"), ("the former president", "goodluck_jonathan")],
)

A["dev_010_amlo_biden_virtual"] = dict(
    actors={
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador", "López Obrador", "AMLO"],
        "joe_biden": ["Joe Biden", "Biden"],
        "donald_trump": ["Donald Trump"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["andres_manuel_lopez_obrador", "joe_biden"], "2022-04-29", None, VID, P,
          "President López Obrador confirmed that on Friday he will talk with the President of the United States, Joe Biden."),
    ],
    roles=[("the Mexican president", "andres_manuel_lopez_obrador"),
           ("his counterpart from the United States", "joe_biden")],
)

A["test_005_biden_amlo_whitehouse"] = dict(
    actors={
        "joe_biden": ["Joe Biden", "Biden"],
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador", "López Obrador", "AMLO"],
        "donald_trump": ["Donald Trump", "Trump", "Tump"],
        "daniel_ortega": ["Daniel Ortega"],
        "nicolas_maduro": ["Nicolás Maduro"],
        "miguel_diaz_canel": ["Miguel Díaz-Canel"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["joe_biden", "andres_manuel_lopez_obrador"], None, "Washington", IP, P,
          "President Joe Biden will meet with Mexican President, Andrés Manuel López Obrador at the White House to find common ground to relax a bilateral agenda that has been complicated since Biden's started his presidency, unlike the one the Mexican president had with his predecessor, Donald Trump."),
    ],
    roles=[("the Mexican president", "andres_manuel_lopez_obrador"), ("his predecessor", "donald_trump")],
)

A["dev_011_trump_mbs_call"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "Trump"],
        "mohammed_bin_salman": ["Mohammad bin Salman", "Mohammed bin Salman"],
        "hogan_gidley": ["Hogan Gidley"],
        "white_house": ["White House"],
        "jamal_khashoggi": ["Jamal Khashoggi"],
        "agnes_callamard": ["Agnes Callamard"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        M(["donald_trump", "mohammed_bin_salman"], "2019-06-21", None, PH, H,
          "US President Donald Trump spoke on Friday to Saudi Crown Prince Mohammed bin Salman about Middle East stability and the oil market, the White House said, after tensions with Iran prompted a rise in oil prices."),
    ],
    roles=[("the crown prince", "mohammed_bin_salman")],
)

A["test_006_abe_moon_hamburg"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "moon_jae_in": ["Moon Jae-in", "Moon"],
        "park_geun_hye": ["Park Geun Hye"],
        "washington_post": ["Washington Post"],
        "group_of_20": ["Group of 20"],
    },
    meetings=[
        M(["shinzo_abe", "moon_jae_in"], "2017-07-07", "Hamburg", IP, H,
          "Prime Minister Shinzo Abe met South Korean President Moon Jae-in for the first time on Friday, and the two leaders agreed to cooperate on promoting future-oriented ties as neighbors who share strategic interests, and resume reciprocal visits."),
    ],
    roles=[("his counterpart", "moon_jae_in"), ("his conservative predecessor", "park_geun_hye")],
)

_ABE_ARR = ("During a meeting with government officials and ruling Liberal Democratic Party lawmakers at the prime minister’s office in Tokyo on Tuesday, Abe said he is arranging separate meetings with President Moon and Chinese President Xi Jinping during his visit to Chengdu, China for this year’s trilateral summit between South Korea, China, and Japan slated for Dec. 23-25.")
A["dev_012_abe_moon_arranging"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "moon_jae_in": ["Moon Jae-in", "Moon"],
        "xi_jinping": ["Xi Jinping"],
        "kyodo_news": ["Kyodo"],
        "liberal_democratic_party": ["Liberal Democratic Party"],
        "hiroshi_kajiyama": ["Hiroshi Kajiyama"],
        "united_nations": ["United Nations"],
        "asean": ["ASEAN"],
    },
    meetings=[
        M(["shinzo_abe", "moon_jae_in"], None, "Chengdu", IP, P, _ABE_ARR),
        M(["shinzo_abe", "xi_jinping"], None, "Chengdu", IP, P, _ABE_ARR),
        M(["shinzo_abe"], "2019-12-03", "Tokyo", IP, H, _ABE_ARR, False),
        M(["moon_jae_in", "shinzo_abe"], None, None, IP, H,
          "It will be the first South Korea-Japan bilateral summit in 15 months after Moon and Abe last had talks at the United Nations General Assembly in September 2018."),
        M(["moon_jae_in", "shinzo_abe"], "2019-11-04", "Bangkok", IP, H,
          "The two leaders had an 11-minute discussion on the sidelines of the ASEAN+3 meeting in Bangkok, Thailand on Nov. 4."),
    ],
    roles=[],
)

A["test_007_iraq_kuwait_talks"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "saddam_hussein": ["Saddam Hussein", "Hussein"],
        "april_c_glaspie": ["April C. Glaspie"],
        "al_jumhuriya": ["Al Jumhuriya"],
        "sabah_al_ahmad_al_jaber_al_sabah": ["Sabah al Ahmed al Sabah"],
        "saad_al_abdullah_al_salim_al_sabah": ["Sheik Saad al Abdullah al Sabah", "Saad"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["saddam_hussein", "april_c_glaspie"], None, None, IP, H,
          "Official Iraqi radio said Wednesday that Hussein has summoned U.S. Ambassador April C. Glaspie for talks, but no details were released."),
        M(["hosni_mubarak"], "1990-07-24", None, IP, H,
          "Mubarak, who undertook a whirlwind tour of both Persian Gulf neighbors Tuesday to mediate the oil-policy and territorial dispute, told reporters that Iraqi and Kuwaiti representatives will meet Saturday or Sunday in Jidda, Saudi Arabia.", False),
    ],
    roles=[("the Kuwaiti foreign minister", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("the Kuwaiti prime minister", "saad_al_abdullah_al_salim_al_sabah")],
)

A["dev_013_saddam_ready_to_talk"] = dict(
    actors={
        "saddam_hussein": ["Saddam Hussein", "Hussein"],
        "sabah_al_ahmad_al_jaber_al_sabah": ["Sheik Sabah Ahmed Sabah"],
        "iraq_news_agency": ["Iraq News Agency"],
        "united_nations": ["United Nations", "U.N."],
    },
    meetings=[
        M(["saddam_hussein"], "1990-12-26", "Baghdad", IP, H,
          "Hussein on Wednesday met with 20 diplomats who had been recalled to Baghdad ahead of the deadline, diplomats said on condition of anonymity.", False),
    ],
    roles=[("Kuwait’s foreign minister", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("the Kuwaiti official", "sabah_al_ahmad_al_jaber_al_sabah")],
)

A["dev_014_hipkins_albanese"] = dict(
    actors={
        "anthony_albanese": ["Albanese"],
        "chris_hipkins": ["Chris Hipkins", "Hipkins", "Chris"],
        "jacinda_ardern": ["Jacinda Ardern"],
        "pacific_islands_forum": ["Pacific Island Forum"],
    },
    meetings=[
        M(["anthony_albanese", "chris_hipkins"], "2023-02-07", "Canberra", IP, H,
          "Australian Prime Minister Albanese said it was fantastic to welcome New Zealand's Chris Hipkins to Parliament House on Tuesday."),
        M(["anthony_albanese", "chris_hipkins"], None, "Wellington", IP, H,
          "I had first met Chris - Prime Minister Hipkins in the Parliament in Wellington some years ago and it means a lot to us as Australians that your first destination as Prime Minister is here."),
        M(["anthony_albanese", "jacinda_ardern"], None, None, IP, H,
          "Albanese said the discussion was wide-ranging, covering the economy, climate, security issues and \"how we'll work together to continue the plan that was established at last year's leaders' meeting with former Prime Minister Jacinda Ardern, including working through a range of issues relating to citizenship for Australians and New Zealanders which we intend to conclude before Anzac Day of this year\"."),
    ],
    roles=[("the Prime Minister", "chris_hipkins")],
)

A["test_008_peters_canberra"] = dict(
    actors={
        "winston_peters": ["Winston Peters", "Peters"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        M(["winston_peters"], "2018-08-22", "Canberra", IP, H,
          "Today in Canberra I hosted New Zealand's Deputy Prime Minister and Minister of Foreign Affairs, the Rt Hon Winston Peters, for our biannual ministerial consultations."),
    ],
    roles=[("New Zealand's Deputy Prime Minister and Minister of Foreign Affairs", "winston_peters")],
)

A["dev_015_abbott_key"] = dict(
    actors={
        "tony_abbott": ["Tony Abbott", "Abbott"],
        "john_key": ["John Key", "Key"],
        "islamic_state": ["Daesh", "Islamic State"],
    },
    meetings=[
        M(["tony_abbott", "john_key"], "2015-02-28", "New Zealand", IP, H,
          "Mr Abbott this morning sat down for formal talks with Mr Key, as he wrapped up his first official visit to New Zealand as Prime Minister."),
    ],
    roles=[("his New Zealand counterpart", "john_key")],
)

A["dev_016_dlamini_zuma_workneh"] = dict(
    actors={
        "nkosazana_dlamini_zuma": ["Nkosazana Dlamini Zuma", "Dr. Nkosazana Dlamini Zuma"],
        "workneh_gebeyehu": ["Workneh Gebeyehu", "Dr. Workneh Gebeyehu"],
        "african_union_commission": ["African Union Commission", "AUC", "AU Commission"],
        "african_union": ["AU"],
    },
    meetings=[
        M(["nkosazana_dlamini_zuma", "workneh_gebeyehu"], "2016-12-13", "Addis Ababa", IP, H,
          "The African Union Commission (AUC) Chairperson, Dr. Nkosazana Dlamini Zuma has met with the newly appointed Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, H.E. Dr. Workneh Gebeyehu."),
    ],
    roles=[("The AU Commission Chairperson", "nkosazana_dlamini_zuma"), ("the Foreign Affairs Minister", "workneh_gebeyehu"),
           ("The Chairperson", "nkosazana_dlamini_zuma"), ("Ethiopia’s Foreign Minister", "workneh_gebeyehu")],
)

_FAKI = ("Addis Ababa, October 21, 2024 (FBC) – The Chairperson of African Union Commission Mr. Moussa Faki Mahamat today met with the United Nations Secretary General Mr. António Guterres and Deputy Secretary-General Ms. Amina J. Mohammed and their teams in Addis Ababa this morning.")
A["dev_017_faki_guterres"] = dict(
    actors={
        "moussa_faki_mahamat": ["Moussa Faki Mahamat"],
        "antonio_guterres": ["António Guterres", "Guterres"],
        "amina_j_mohammed": ["Amina J. Mohammed"],
        "abiy_ahmed": ["Abiy Ahmed"],
        "african_union_commission": ["African Union Commission"],
        "african_union": ["African Union"],
        "united_nations": ["United Nations", "UN"],
        "un_economic_commission_for_africa": ["United Nations Economic Commission for Africa"],
    },
    meetings=[
        M(["moussa_faki_mahamat", "antonio_guterres"], "2024-10-21", "Addis Ababa", IP, H, _FAKI),
        M(["moussa_faki_mahamat", "amina_j_mohammed"], "2024-10-21", "Addis Ababa", IP, H, _FAKI),
        M(["antonio_guterres", "amina_j_mohammed"], "2024-10-21", "Addis Ababa", IP, H, _FAKI, False),
        M(["antonio_guterres", "abiy_ahmed"], "2024-10-21", "Addis Ababa", IP, H,
          "Earlier today, Guterres has also met with Prime Minister Abiy Ahmed of Ethiopia and discussed various regional and multilateral issues."),
    ],
    roles=[("the UN chief", "antonio_guterres")],
)

A["test_009_putin_lukashenko_moscow"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "alexander_lukashenko": ["Alexander Lukashenko", "Lukashenko"],
        "dmitry_peskov": ["Dmitry Peskov"],
    },
    meetings=[
        M(["vladimir_putin", "alexander_lukashenko"], "2023-04-05", "Moscow", IP, H,
          "Russian President Vladimir Putin welcomed Belarus counterpart Alexander Lukashenko to Moscow on Wednesday for two days of talks, but in their opening public remarks both men steered clear of the war in Ukraine."),
    ],
    roles=[("Belarus counterpart", "alexander_lukashenko")],
)

A["dev_018_bush_blair_2001"] = dict(
    actors={
        "george_w_bush": ["Bush", "George W. Bush"],
        "tony_blair": ["Tony Blair", "Blair"],
        "cherie_blair": ["Cherie"],
        "laura_bush": ["Laura"],
        "saddam_hussein": ["Saddam Hussein", "Saddam"],
        "nato": ["NATO"],
        "united_nations": ["U.N."],
    },
    meetings=[
        M(["george_w_bush", "tony_blair"], "2001-02-23", "Camp David", IP, H,
          "Friday's meeting was Bush's first with a European leader since taking office in January."),
    ],
    roles=[("the president", "george_w_bush")],
)

A["dev_019_bush_blair_2003"] = dict(
    actors={
        "george_w_bush": ["Bush"],
        "tony_blair": ["Tony Blair", "Blair"],
        "saddam_hussein": ["Saddam Hussein"],
        "united_nations": ["United Nations", "U.N."],
        "un_security_council": ["Security Council"],
        "kofi_annan": ["Kofi Annan"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["george_w_bush", "tony_blair"], "2003-03-27", "Camp David", IP, H,
          "President Bush is meeting with British Prime Minister Tony Blair to discuss the fighting in Iraq and plans for rebuilding the country once the war is over."),
        M(["tony_blair", "kofi_annan"], None, "New York", IP, P,
          "Prime Minister Blair is to meet briefly with U.N. Secretary-General Kofi Annan in New York, before returning to London."),
    ],
    roles=[("the president", "george_w_bush")],
)

A["dev_020_hu_putin_2006"] = dict(
    actors={
        "hu_jintao": ["Hu Jintao", "Hu"],
        "vladimir_putin": ["Vladimir Putin", "Putin", "Pu"],
        "sergei_prikhodko": ["Sergei Prikhodko"],
        "itar_tass": ["ITAR-Tass"],
        "rosneft": ["Rosneft"],
        "gazprom": ["Gazprom"],
    },
    meetings=[
        M(["hu_jintao", "vladimir_putin"], "2006-03-21", "Beijing", IP, H,
          "Chinese President Hu Jintao and visiting Russian President Vladimir Putin began their talks at the Great Hall of the People in Beijing on Tuesday afternoon."),
    ],
    roles=[],
)

A["dev_021_rabin_arafat_jta"] = dict(
    actors={
        "yitzhak_rabin": ["Yitzhak Rabin", "Rabin"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "warren_christopher": ["Warren Christopher", "Christopher"],
        "farouk_kaddoumi": ["Farouk Kaddoumi", "Kaddoumi"],
        "mike_mccurry": ["Mike McCurry"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        M(["yitzhak_rabin", "yasser_arafat"], "1993-10-06", "Cairo", IP, H,
          "Prime Minister Yitzhak Rabin’s meeting in Cairo on Wednesday with Yasser Arafat reflects a new realization on Israel’s part: If it wants to achieve real progress with the Palestinians, it must deal directly with the Palestine Liberation Organization chairman himself."),
        M(["warren_christopher", "farouk_kaddoumi"], "1993-10-06", "Washington", IP, H,
          "In Washington, meanwhile, Secretary of State Warren Christopher met Wednesday with Farouk Kaddoumi, a member of the PLO executive committee."),
        M(["warren_christopher", "yasser_arafat"], None, None, IP, H,
          "It was believed to be the first meeting between U.S. officials and the PLO since Christopher met last month with Arafat following the Sept. 13 signing ceremony on the White House lawn."),
    ],
    roles=[("the Palestine Liberation Organization chairman", "yasser_arafat")],
)

_BS = ("CAIRO -- Twenty years after war raged hot over this region, the chiefs of Israel, Egypt and the Palestinians met in the cool marble of a presidential palace yesterday to work out the details of peace.")
A["dev_022_rabin_arafat_baltsun"] = dict(
    actors={
        "yitzhak_rabin": ["Yitzhak Rabin", "Rabin"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "hosni_mubarak": ["Hosni Mubarak"],
        "plo": ["Palestine Liberation Organization", "PLO"],
    },
    meetings=[
        M(["yitzhak_rabin", "yasser_arafat"], "1993-10-06", "Cairo", IP, H, _BS),
        M(["yitzhak_rabin", "hosni_mubarak"], "1993-10-06", "Cairo", IP, H, _BS),
        M(["yasser_arafat", "hosni_mubarak"], "1993-10-06", "Cairo", IP, H, _BS),
        M(["yitzhak_rabin", "yasser_arafat"], "1993-09-13", "Washington", IP, H,
          "The two shook hands awkwardly in Washington Sept. 13, after witnessing the signing of a historic accord.", False),
    ],
    roles=[],
)

A["test_010_rabin_arafat_slated"] = dict(
    actors={
        "yitzhak_rabin": ["Yitzhak Rabin", "Rabin"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "nabil_shaath": ["Nabil Sha’ath"],
        "plo": ["Palestine Liberation Organization", "PLO"],
    },
    meetings=[
        M(["yitzhak_rabin", "yasser_arafat"], "1993-12-12", "Cairo", IP, P,
          "One day before Israeli troops are scheduled to begin to withdraw from the Gaza Strip and the West Bank town of Jericho, Prime Minister Yitzhak Rabin and Palestine Liberation Organization Chairman Yasser Arafat were slated to meet in Cairo."),
    ],
    roles=[],
)

A["dev_023_chavez_uribe"] = dict(
    actors={
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "farc": ["FARC"],
    },
    meetings=[
        M(["hugo_chavez", "alvaro_uribe"], "2008-07-11", "Paraguaná", IP, H,
          "Venezuela’s President Hugo Chavez and Colombia’s President Alvaro Uribe reconciled and said they “moved on” to overcome differences, following a two-hour private meeting on Friday."),
    ],
    roles=[],
)

_SC1 = ("According to Colombian government sources, Santos and Chávez were to talk privately first, and then meet with Holguin and Venezuelan Foreign Minister Nicolas Maduro.")
_SC2 = ("They were also set to be joined by former Argentine president Nestor Kirchner, who has played a major role in brokering an agreement as secretary general of the Union of South American Nations (Unasur).")
A["dev_024_santos_chavez"] = dict(
    actors={
        "juan_manuel_santos": ["Juan Manuel Santos", "Santos"],
        "hugo_chavez": ["Hugo Chávez", "Chávez"],
        "maria_angela_holguin": ["María Angela Holguín", "Holguín", "Holguin"],
        "nicolas_maduro": ["Nicolas Maduro"],
        "nestor_kirchner": ["Nestor Kirchner"],
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "simon_bolivar": ["Simón Bolívar"],
        "earth_times": ["Earth Times"],
        "unasur": ["Union of South American Nations", "Unasur"],
        "organization_of_american_states": ["Organization of American States"],
    },
    meetings=[
        M(["juan_manuel_santos", "hugo_chavez"], "2010-08-10", "Santa Marta", IP, H,
          "Presidents Juan Manuel Santos of Colombia and Hugo Chávez of Venezuela met Tuesday in a bid to overcome differences that have led both countries to cut off their diplomatic relations, Earth Times reports."),
        M(["hugo_chavez", "maria_angela_holguin"], "2010-08-10", "Santa Marta", IP, H,
          "He presented Colombian Foreign Minister María Angela Holguín with some red carnations, and broke protocol by getting out of his car to greet residents of a humble neighborhood who were cheering for him.", False),
        M(["juan_manuel_santos", "maria_angela_holguin"], "2010-08-10", "Santa Marta", IP, P, _SC1, False),
        M(["juan_manuel_santos", "nicolas_maduro"], "2010-08-10", "Santa Marta", IP, P, _SC1, False),
        M(["hugo_chavez", "maria_angela_holguin"], "2010-08-10", "Santa Marta", IP, P, _SC1, False),
        M(["hugo_chavez", "nicolas_maduro"], "2010-08-10", "Santa Marta", IP, P, _SC1, False),
        M(["maria_angela_holguin", "nicolas_maduro"], "2010-08-10", "Santa Marta", IP, P, _SC1, False),
        M(["nestor_kirchner", "juan_manuel_santos"], "2010-08-10", "Santa Marta", IP, P, _SC2, False),
        M(["nestor_kirchner", "hugo_chavez"], "2010-08-10", "Santa Marta", IP, P, _SC2, False),
        M(["nestor_kirchner", "maria_angela_holguin"], "2010-08-10", "Santa Marta", IP, P, _SC2, False),
        M(["nestor_kirchner", "nicolas_maduro"], "2010-08-10", "Santa Marta", IP, P, _SC2, False),
    ],
    roles=[("Santos’ predecessor and mentor", "alvaro_uribe")],
)

A["dev_025_zelensky_duda_contacts"] = dict(
    actors={
        "volodymyr_zelensky": ["Volodymyr Zelensky", "Zelensky"],
        "andrzej_duda": ["Andrzej Duda", "Duda"],
        "mateusz_morawiecki": ["Mateusz Morawiecki"],
        "denys_shmyhal": ["Denys Shmyhal"],
        "pap": ["PAP"],
        "reuters": ["Reuters"],
        "nato": ["NATO"],
        "national_assembly_poland": ["National Assembly"],
    },
    meetings=[],
    roles=[("the Ukrainian president", "volodymyr_zelensky"), ("Polish head of state", "andrzej_duda")],
)

A["dev_026_zelensky_tusk_call"] = dict(
    actors={
        "volodymyr_zelensky": ["Volodymyr Zelenskyy", "Zelenskyy"],
        "donald_tusk": ["Donald Tusk", "Tusk"],
        "vladimir_putin": ["Putin"],
        "nato": ["NATO"],
        "european_union": ["EU"],
        "council_of_the_eu": ["EU Council"],
    },
    meetings=[
        M(["volodymyr_zelensky", "donald_tusk"], "2024-11-20", None, PH, H,
          "President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of Poland Donald Tusk on Wednesday."),
        M(["volodymyr_zelensky", "donald_tusk"], None, None, IP, P,
          "\"We agreed to hold a meeting before the end of this year,\" Zelenskyy said."),
    ],
    roles=[("the Prime Minister", "donald_tusk")],
)

A["dev_027_pakistan_budget"] = dict(
    actors={
        "national_assembly_pakistan": ["National Assembly"],
        "pakistan_tehreek_e_insaf": ["Pakistan Tehreek-i-Insaf", "PTI"],
        "hammad_azhar": ["Hammad Azhar"],
        "imran_khan": ["Imran Khan"],
        "asad_umar": ["Asad Umar", "@Asad_Umar"],
    },
    meetings=[],
    roles=[("the premier", "imran_khan")],
)

A["dev_028_buhari_obasanjo_addis"] = dict(
    actors={
        "muhammadu_buhari": ["Muhammadu Buhari", "Buhari"],
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo"],
        "abdulsalami_abubakar": ["Abdulsalami Abubakar", "Abdulsalami"],
        "african_union": ["African Union"],
        "african_union_commission": ["African Union Commission"],
        "coalition_for_nigeria_movement": ["Coalition for Nigeria Movement", "Coalition of Nigeria"],
    },
    meetings=[
        M(["muhammadu_buhari", "olusegun_obasanjo"], "2018-01-28", "Addis Ababa", IP, H,
          "Addis Ababa — President Muhammadu Buhari and former president Olusegun Obasanjo yesterday met in Addis Ababa, Ethiopia, at the opening of the 30th Ordinary Session of the Assembly of Heads of State and Government of the African Union."),
        M(["abdulsalami_abubakar", "muhammadu_buhari"], "2018-01-28", "Addis Ababa", IP, H,
          "A former Head of State of Nigeria, General Abdulsalami Abubakar (rtd), who arrived the venue later, beat Obasanjo to paying homage to Buhari.", False),
    ],
    roles=[("The former leader", "olusegun_obasanjo"), ("the ex-president", "olusegun_obasanjo")],
)

A["test_011_obasanjo_buhari_addis"] = dict(
    actors={
        "muhammadu_buhari": ["Muhammadu Buhari", "Buhari"],
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo"],
        "african_union": ["African Union"],
    },
    meetings=[
        M(["olusegun_obasanjo", "muhammadu_buhari"], "2018-01-28", "Addis Ababa", IP, H,
          "It was all smiles when the two leaders met briefly on Sunday at the ongoing African Union summit taking place at Addis Ababa, Ethiopia."),
    ],
    roles=[("the President", "muhammadu_buhari")],
)

A["dev_029_obasanjo_mbeki"] = dict(
    actors={
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo"],
        "thabo_mbeki": ["Thabo Mbeki", "Mbeki"],
        "sani_abacha": ["Sani Abacha"],
        "olusegun_obasanjo_presidential_library": ["Olusegun Obasanjo Presidential Library"],
    },
    meetings=[
        M(["olusegun_obasanjo", "thabo_mbeki"], "2017-10-15", "Abeokuta", IP, H,
          "A former Nigerian President, Olusegun Obasanjo, on Sunday played host to the former South Africa President, Thabo Mbeki, in Abeokuta, the Ogun State capital."),
    ],
    roles=[("The ex-South African leader", "thabo_mbeki"), ("The former South Africa leader", "thabo_mbeki"),
           ("The visiting former president", "thabo_mbeki")],
)

_BH = "There, Bush and Howard - along with their wives and some offspring - joined ambassador Dennis Richardson for an intimate meal."
A["dev_030_bush_howard_dinner"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "john_howard": ["John Howard", "Howard"],
        "dennis_richardson": ["Dennis Richardson"],
        "laura_bush": ["Laura"],
        "janette_howard": ["Janette"],
        "richard_howard": ["Richard Howard"],
        "peter_costello": ["Peter Costello", "Costello"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["george_w_bush", "john_howard"], "2006-05-14", "Washington", IP, H, _BH),
        M(["george_w_bush", "dennis_richardson"], "2006-05-14", "Washington", IP, H, _BH, False),
        M(["john_howard", "dennis_richardson"], "2006-05-14", "Washington", IP, H, _BH, False),
        M(["george_w_bush", "john_howard"], None, "Washington", IP, P,
          "Not only has the US President laid on an official state visit, complete with a black-tie soiree at the White House, he was even prepared to miss the final episode of the TV series The West Wing to dine with his Aussie mate.", False),
    ],
    roles=[("the US President", "george_w_bush"), ("the Man of Steel", "john_howard"), ("the PM", "john_howard"),
           ("his Aussie mate", "john_howard")],
)

A["dev_031_bush_howard_sydney"] = dict(
    actors={
        "john_howard": ["JOHN HOWARD", "Howard", "Howard J"],
        "george_w_bush": ["George Bush", "Bush"],
        "mark_vaile": ["Mark Vaile"],
        "kevin_rudd": ["Kevin Rudd", "Rudd"],
        "australian_labor_party": ["Labor"],
        "australian_national_maritime_museum": ["National Maritime Museum"],
    },
    meetings=[
        M(["john_howard", "george_w_bush"], "2001-09-10", "Washington", IP, H,
          "JOHN HOWARD, he pointed out again yesterday, first met George Bush in Washington on September 10, 2001."),
        M(["george_w_bush", "john_howard"], "2007-09-05", "Sydney", IP, H,
          "Despite his unpopularity in this country, Bush used yesterday's media conference with Howard to try to bolster the Prime Minister's electoral prospects in the next poll."),
        M(["george_w_bush", "mark_vaile"], None, None, IP, H,
          "\"We're kicking ass,\" he told Mark Vaile on the tarmac after the Deputy Prime Minister inquired politely of the President's stopover in Iraq en route to Sydney.", False),
        M(["george_w_bush", "kevin_rudd"], "2007-09-06", "Sydney", IP, P,
          "He claimed diplomatically he did not want to interfere in the Australian election and said he looked forward to today's meeting with Kevin Rudd."),
    ],
    roles=[("the US President", "george_w_bush"), ("the Deputy Prime Minister", "mark_vaile"),
           ("the Prime Minister", "john_howard")],
)

_KW = ("During the visit, President of the Republic of Poland met President of Ukraine Viktor Yushchenko and President of Georgia Mihail Saakashvili.")
A["dev_032_kwasniewski_kiev"] = dict(
    actors={
        "aleksander_kwasniewski": ["Aleksander Kwaśniewski", "Kwaśniewski"],
        "viktor_yushchenko": ["Viktor Yushchenko"],
        "mikheil_saakashvili": ["Mihail Saakashvili"],
        "lech_walesa": ["Lech Wałesa"],
        "world_economic_forum": ["World Economic Forum"],
        "lvov_municipal_authorities": ["Lvov Municipal Authorities"],
        "solidarity": ["Solidarity"],
    },
    meetings=[
        M(["aleksander_kwasniewski", "viktor_yushchenko"], "2005-06-16", "Kiev", IP, H, _KW),
        M(["aleksander_kwasniewski", "mikheil_saakashvili"], "2005-06-16", "Kiev", IP, H, _KW),
    ],
    roles=[("President of the Republic of Poland", "aleksander_kwasniewski"), ("the host", "viktor_yushchenko"),
           ("President of Georgia", "mikheil_saakashvili")],
)

A["test_012_kaczynski_kiev"] = dict(
    actors={
        "lech_kaczynski": ["Lech Kaczyński"],
        "viktor_yanukovych": ["Victor Yanukovych", "Yanukovych"],
        "mariusz_handzlik": ["Mariusz Handzlik"],
        "dalia_grybauskaite": ["Dalia Grybauskaitė"],
        "yulia_tymoshenko": ["Yulia Tymoshenko"],
        "gjorge_ivanov": ["Gjorge Ivanov", "Ivanov"],
        "supreme_council_of_ukraine": ["Supreme Council of Ukraine"],
        "nato": ["NATO"],
        "european_union": ["EU"],
    },
    meetings=[
        M(["lech_kaczynski", "viktor_yanukovych"], "2010-02-25", "Kiev", IP, H,
          "After the swearing-in ceremony, Lech Kaczyński met with the new Ukrainian president."),
        M(["lech_kaczynski", "dalia_grybauskaite"], "2010-02-25", "Kiev", IP, H,
          "During the event, he talked with the President of Lithuania, Dalia Grybauskaitė."),
        M(["lech_kaczynski", "yulia_tymoshenko"], "2010-02-25", "Kiev", IP, H,
          "As the last stop on his visit to Kiev, Lech Kaczyński met with Yulia Tymoshenko, the Ukraine prime minister."),
        M(["lech_kaczynski", "gjorge_ivanov"], "2010-02-25", "Kiev", IP, H,
          "On his visit to Kiev, Lech Kaczyński also met with the President of Macedonia, Gjorge Ivanov."),
        M(["viktor_yanukovych", "lech_kaczynski"], None, "Poland", IP, P,
          "He invited him to pay a visit to Poland and the invitation was accepted – the date of the visit is to be agreed upon soon."),
    ],
    roles=[("the new Ukrainian president", "viktor_yanukovych"), ("the Polish president", "lech_kaczynski"),
           ("the Ukraine prime minister", "yulia_tymoshenko"), ("the President of Lithuania", "dalia_grybauskaite"),
           ("the President of Macedonia", "gjorge_ivanov")],
)

A["dev_033_clinton_zedillo_lunch"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "ernesto_zedillo": ["Zedillo", "Dr. Zedillo"],
    },
    meetings=[
        M(["bill_clinton", "ernesto_zedillo"], "1994-11-23", "United States", IP, H,
          "President Clinton met over lunch today with Mexican President-elect Zedillo, who takes office on December 1."),
    ],
    roles=[("The President", "bill_clinton")],
)

A["test_013_zedillo_clinton_nyc"] = dict(
    actors={
        "ernesto_zedillo": ["Ernesto Zedillo", "Zedillo"],
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        M(["ernesto_zedillo", "bill_clinton"], "1998-06-08", "New York", IP, H,
          "The President of Mexico, Ernesto Zedillo, and the President of the United States, Bill Clinton, met today in New York City."),
    ],
    roles=[("The President of Mexico", "ernesto_zedillo"), ("the President of the United States", "bill_clinton")],
)

A["dev_034_clinton_zedillo_merida"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "ernesto_zedillo": ["Ernesto Zedillo", "Zedillo"],
        "us_senate": ["Senate"],
    },
    meetings=[
        M(["bill_clinton", "ernesto_zedillo"], "1999-02-15", "Merida", IP, H,
          "The presidents' private meetings earlier today at Hacienda Temozon translated, aptly for this 23-hour visit, as \"Whirlwind Estate\" came three days after Clinton was acquitted by the Senate of impeachment charges."),
    ],
    roles=[],
)

_CJ = ("Clinton and Jiang, with their top security advisers, met in an intimate, informal setting in the Yellow Oval Room of the White House residence Tuesday night in an ice-breaking prelude to formal sessions Wednesday.")
A["dev_035_clinton_jiang_hotline"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "jiang_zemin": ["Jiang Zemin", "Jiang"],
        "anne_r_luzzatto": ["Anne R. Luzzatto", "Luzzatto"],
        "abraham_lincoln": ["Abraham Lincoln"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["bill_clinton", "jiang_zemin"], "1997-10-28", "Washington", IP, H, _CJ),
        M(["bill_clinton", "jiang_zemin"], "1997-10-29", "Washington", IP, P, _CJ),
    ],
    roles=[("The Chinese president", "jiang_zemin"), ("his guest", "jiang_zemin")],
)

A["dev_036_mahathir_soeharto"] = dict(
    actors={
        "mahathir_mohamad": ["Mahathir Mohamad", "Mahathir"],
        "soeharto": ["Soeharto", "Pak Harto"],
        "siti_hardijanti_rukmana": ["Siti \"Tutut\" Hardijanti Rukmana"],
        "try_sutrisno": ["Try Sutrisno"],
        "padjadjaran_university": ["Padjadjaran University"],
        "the_jakarta_post": ["The Jakarta Post"],
    },
    meetings=[
        M(["soeharto", "mahathir_mohamad"], "2004-02-07", "Jakarta", IP, H,
          "Old friends and fellow retirees Soeharto and Mahathir Mohamad, who shared the limelight during their heyday as two of Southeast Asia's most powerful leaders, held a reunion here on Saturday."),
    ],
    roles=[("the former Indonesian president", "soeharto"), ("former Malaysian prime minister", "mahathir_mohamad"),
           ("the ex-PM", "mahathir_mohamad"), ("The ailing former president", "soeharto")],
)

A["dev_037_habibie_mahathir"] = dict(
    actors={
        "b_j_habibie": ["B. J. Habibie", "Dr B. J. Habibie", "Dr Habibie", "Habibie"],
        "mahathir_mohamad": ["Datuk Seri Dr Mahathir Mohamad", "Mahathir Mohamad", "Dr Mahathir", "Mahathir"],
        "anwar_ibrahim": ["Anwar Ibrahim"],
        "icmi": ["Association of Indonesian Muslim Intellectuals", "Icmi"],
    },
    meetings=[
        M(["b_j_habibie", "mahathir_mohamad"], "1999-05-20", "Batam", IP, H,
          "AFTER a period of cool relations between Indonesia and Malaysia, the two heads of state finally met yesterday in Batam, Dr B. J. Habibie’s industrial showcase island to-be."),
        M(["b_j_habibie"], None, "Batam", IP, H,
          "Ironically, Batam is also where Dr Habibie met the daughter of ousted Malaysian Deputy Premier Anwar Ibrahim more than six months ago and cast aspersions on political reform in Malaysia, much to the chagrin of Prime Minister Datuk Seri Dr Mahathir Mohamad."),
    ],
    roles=[("his Indonesian counterpart", "b_j_habibie")],
)

A["dev_038_sisi_abdullah_zawya"] = dict(
    actors={
        "abdel_fattah_el_sisi": ["Abdel Fattah El-Sisi", "El-Sisi"],
        "abdullah_ii": ["King Abdullah II bin Al Hussein", "King Abdullah II"],
        "mohamed_el_shennawy": ["Mohamed El-Shennawy"],
    },
    meetings=[
        M(["abdel_fattah_el_sisi", "abdullah_ii"], "2025-04-19", None, PH, H,
          "Today, President Abdel Fattah El-Sisi held a phone call with King of the Hashemite Kingdom of Jordan, His Majesty King Abdullah II bin Al Hussein."),
    ],
    roles=[("Jordan’s King", "abdullah_ii"), ("The President", "abdel_fattah_el_sisi")],
)

A["dev_039_abdullah_sisi_anews"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah II"],
        "abdel_fattah_el_sisi": ["Abdel Fattah al-Sisi", "Sisi"],
        "donald_trump": ["Donald Trump"],
        "jordanian_royal_court": ["Jordanian Royal Court"],
    },
    meetings=[
        M(["abdullah_ii", "abdel_fattah_el_sisi"], "2025-04-19", None, PH, H,
          "Jordan's King Abdullah II spoke with Egyptian President Abdel Fattah al-Sisi on Saturday to discuss ongoing efforts to end the Israeli war on Gaza, which has been raging since Oct. 7, 2023."),
    ],
    roles=[("The Egyptian president", "abdel_fattah_el_sisi")],
)

A["dev_040_pm_macron_2021"] = dict(
    actors={
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
        "nato": ["NATO"],
    },
    meetings=[
        M(["emmanuel_macron"], "2021-09-24", None, PH, H,
          "The Prime Minister spoke to French President Emmanuel Macron this morning, to discuss a range of issues of mutual interest."),
    ],
    roles=[],
)

A["test_014_pm_macron_july2025"] = dict(
    actors={
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
    },
    meetings=[
        M(["emmanuel_macron"], "2025-07-05", None, PH, H,
          "The Prime Minister spoke to the President of France Emmanuel Macron this morning."),
        M(["emmanuel_macron"], None, "United Kingdom", IP, P,
          "He looked forward to welcoming the President to the UK next week, with both leaders agreeing that the State Visit will provide a historic opportunity to showcase the breadth of the UK-France relationship."),
        M(["emmanuel_macron"], "2025-07-10", None, IP, P,
          "Turning to the UK-France Summit on Thursday, they hoped to make good progress across a wide range of our joint priorities including migration, growth, defence and security.", False),
    ],
    roles=[("the President", "emmanuel_macron")],
)

A["dev_041_pm_macron_feb2025"] = dict(
    actors={
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
        "donald_trump": ["Trump"],
    },
    meetings=[
        M(["emmanuel_macron"], "2025-02-25", None, PH, H,
          "The Prime Minister spoke to the President of France, Emmanuel Macron, this afternoon."),
        M(["emmanuel_macron", "donald_trump"], "2025-02-24", "Washington", IP, H,
          "The Prime Minister said he was looking forward to travelling to the US this week and the leaders reflected on President Macron’s visit to Washington yesterday.", False),
    ],
    roles=[],
)

A["dev_042_chirac_blair_touquet"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Blair"],
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "george_w_bush": ["George W. Bush"],
        "saddam_hussein": ["Saddam Hussein"],
        "united_nations": ["U.N."],
    },
    meetings=[
        M(["tony_blair", "jacques_chirac"], "2003-02-04", "Le Touquet", IP, H,
          "LE TOUQUET, France (CNN) -- There were plenty of smiles when Prime Minister Tony Blair and a few of his senior UK ministers rolled into the French seaside town of Le Touquet for a summit with President Jacques Chirac and their French opposite numbers."),
    ],
    roles=[("the French leader", "jacques_chirac")],
)

A["test_015_lok_sabha_budget"] = dict(
    actors={
        "arun_jaitley": ["Arun Jaitley"],
        "bjp": ["BJP"],
        "nda": ["NDA"],
        "lok_sabha": ["Lok Sabha"],
        "rajya_sabha": ["Rajya Sabha"],
    },
    meetings=[],
    roles=[("Lower House of Parliament", "lok_sabha"), ("Upper House of Parliament", "rajya_sabha")],
)

A["dev_043_chirac_kohl_bonn"] = dict(
    actors={
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "helmut_kohl": ["Helmut Kohl", "Dr Helmut Kohl", "Dr Kohl", "Kohl"],
        "volker_ruhe": ["Volker Ruhe"],
        "nato": ["Nato"],
        "g7": ["G7"],
        "european_union": ["EU"],
    },
    meetings=[
        M(["jacques_chirac", "helmut_kohl"], None, "Bonn", IP, H,
          "THE French President, Mr Jacques Chirac, arrived in Bonn last night for informal talks with German Chancellor, Dr Helmut Kohl."),
    ],
    roles=[("THE French President", "jacques_chirac"), ("the Chancellor", "helmut_kohl")],
)

A["dev_044_olmert_abbas_jerusalem"] = dict(
    actors={
        "ehud_olmert": ["Ehud Olmert", "Olmert"],
        "mahmoud_abbas": ["Mahmoud Abbas", "Abbas"],
        "david_baker": ["David Baker"],
        "fatah": ["Fatah"],
        "hamas": ["Hamas"],
    },
    meetings=[
        M(["ehud_olmert", "mahmoud_abbas"], "2007-08-28", "Jerusalem", IP, H,
          "JERUSALEM - Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud Abbas held talks on Tuesday to prepare for a US-sponsored Middle East conference that Abbas cautioned could turn out to be pointless."),
        M(["ehud_olmert", "mahmoud_abbas"], None, "Jericho", IP, H,
          "They last met three weeks ago in the West Bank town of Jericho."),
    ],
    roles=[],
)

A["test_016_olmert_abbas_jericho"] = dict(
    actors={
        "ehud_olmert": ["Ehud Olmert", "Olmert"],
        "mahmoud_abbas": ["Mahmoud Abbas", "Abbas"],
        "saeb_erekat": ["Saeb Erekat"],
        "george_w_bush": ["Bush"],
        "palestinian_authority": ["Palestinian Authority"],
    },
    meetings=[
        M(["ehud_olmert", "mahmoud_abbas"], "2007-08-06", "Jericho", IP, H,
          "\"I am delighted to see you,\" Olmert said, embracing Palestinian Authority President Mahmoud Abbas inside a heavily guarded hotel in Jericho."),
    ],
    roles=[],
)
