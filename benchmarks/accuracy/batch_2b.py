"""Accuracy corpus, batch 2b: 12 new articles (East Asia, Southeast Asia, Western Europe,
North America, Oceania), collected with the `search` tool (corpus `pages`) and annotated from
the texts alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_2b_NOTES.md.

Split rule (fixed before annotating): the articles are numbered 1..12 in the order they were
collected; positions 2, 6 and 10 are test, all others dev. Ids: `dev_2NN_<slug>` /
`test_2NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    ("dev_201_mori_kim_clinton", "East Asia", "2000s", "People's Daily Online", "http://en.people.cn/english/200006/09/print20000609_42603.html", "2000-06-09"),
    ("test_202_lee_mahathir_retreat", "Southeast Asia", "2010s", "The Online Citizen", "https://www.theonlinecitizen.com/2019/03/29/pm-lee-hsien-loong-will-meet-pm-dr-mahathir-during-9th-leaders-retreat-in-april/", "2019-03-29"),
    ("dev_203_hollande_merkel_farewell", "Western Europe", "2010s", "sipcypriannewsalive (blog, AFP-based)", "http://www.sipcypriannewsalive.com/2017/05/hollande-says-goodbye-to-merkel-at.html", "2017-05-09"),
    ("dev_204_clinton_chretien_ottawa", "North America", "1990s", "Amarillo Globe-News", "http://amarillo.com/stories/1999/10/09/usn_LA0751.shtml", "1999-10-09"),
    # No date on the page. 2021-05-31 inferred: the text's "today" is the Monday after the
    # Sunday reunion in Queenstown, the year follows from "first bilateral meeting in Auckland
    # in 2019" and "February last year" (first NZ Covid case); the day is corroborated by other
    # search results read in this session (Scoop release of 17 May 2021: arrival Sunday 30 May,
    # talks on the 31st; afndaily.com.au 2021/05/31).
    ("dev_205_ardern_morrison_queenstown", "Oceania", "2020s", "Newsroom (via inkl)", "https://www.inkl.com/news/tough-talks-ahead-for-trans-tasman-leaders", "2021-05-31"),
    ("test_206_kishida_yoon_washington", "East Asia", "2020s", "Asia News Network", "https://asianews.network/pm-kishida-president-yoon-meet-on-sidelines-of-nato-summit-discuss-concern-over-russia-nk-ties", "2024-07-12"),
    # No year on the page; the dateline gives "Oct. 7". 1998 inferred: Keizo Obuchi was prime
    # minister July 1998 - April 2000 and Kim Dae Jung president from February 1998; of those
    # years only 1998 has 7 October on a Wednesday (the text: "on Wednesday", "the first day of
    # his four-day visit"); a 1998 MOFA press conference read in this session announces the
    # state visit for 7-10 October 1998.
    ("dev_207_kim_dae_jung_akihito", "East Asia", "1990s", "Kyodo (via indexarticles.com, Asian Political News)", "https://indexarticles.com/newspaper-collection/asian-political-news/kim-invites-japanese-emperor-to-visit-s-korea/", "1998-10-07"),
    ("dev_208_mahathir_thaksin", "Southeast Asia", "2000s", "Bangkok Post (via pgoh13.com)", "http://pgoh13.com/mahathir_thaksin.php", "2005-10-21"),
    # Date from the URL (politics97/news/08/0822); the page text has none.
    ("dev_209_blair_jospin_lunch", "Western Europe", "1990s", "BBC News (Politics 97 archive, bbc.adactio.com mirror)", "http://bbc.adactio.com/politics97/news/08/0822/blair.shtml", "1997-08-22"),
    ("test_210_bush_martin_ottawa", "North America", "2000s", "Tampa Bay Times", "https://www.tampabay.com/archive/2004/12/01/bush-s-canadian-visit-frosty/", "2004-12-01"),
    ("dev_211_turnbull_key_resignation", "Oceania", "2010s", "9News (Australia)", "http://www.9news.com.au/national/2016/12/05/12/20/turnbull-lauds-retiring-nz-pm-key", "2016-12-05"),
    ("dev_212_starmer_scholz_berlin", "Western Europe", "2020s", "Yahoo News", "https://news.yahoo.com/sir-keir-starmer-olaf-scholz-182026474.html", "2022-07-14"),
]

A = {}

_MK = ("Japanese Prime Minister Yoshiro Mori Thursday held talks with visiting South Korean President Kim Dae Jung and U.S. President Bill Clinton separately on bilateral ties and regional issues of common concern.")
A["dev_201_mori_kim_clinton"] = dict(
    actors={
        "yoshiro_mori": ["Yoshiro Mori", "Mori"],
        "kim_dae_jung": ["Kim Dae Jung", "Kim"],
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "kim_jong_il": ["Kim Jong Il"],
        "keizo_obuchi": ["Keizo Obuchi"],
    },
    meetings=[
        M(["yoshiro_mori", "kim_dae_jung"], "2000-06-08", "Tokyo", IP, H, _MK),
        M(["yoshiro_mori", "bill_clinton"], "2000-06-08", "Tokyo", IP, H, _MK),
        M(["kim_dae_jung", "kim_jong_il"], None, "Pyongyang", IP, P,
          "In his meeting with Mori, Kim said he will tell DPRK leader Kim Jong Il that maintaining good relations with Japan, South Korea and the United States would benefit Pyongyang's goals of seeking security and revitalizing its economy, an official said."),
        M(["kim_jong_il"], None, "Beijing", IP, H,
          "Kim and Mori shared the hope that the historic unofficial visit to Beijing last week by the DPRK leader will give a positive impetus to the three-day summit starting next Monday, said the official.", False),
    ],
    roles=[("the DPRK leader", "kim_jong_il")],
)

_SV = ("He also referred to previous exchanges by the countries that displayed their close relationship, including his visit to Singapore in January as well as other government ministers’ visits such as those by Economic Affairs Minister Mohamed Azmin Ali and Transport Minister Anthony Loke.")
A["test_202_lee_mahathir_retreat"] = dict(
    actors={
        "lee_hsien_loong": ["Lee Hsien Loong"],
        "mahathir_mohamad": ["Dr Mahathir", "Mahathir"],
        "najib_razak": ["Najib Razak"],
        "saifuddin_abdullah": ["Saifuddin Abdullah", "Mr Saifuddin", "Saifuddin"],
        "william_leong": ["William Leong"],
        "mohamed_azmin_ali": ["Mohamed Azmin Ali"],
        "anthony_loke": ["Anthony Loke"],
        "ministry_of_foreign_affairs_singapore": ["Ministry of Foreign Affairs"],
        "channel_newsasia": ["Channel NewsAsia"],
        "pakatan_harapan": ["Pakatan Harapan"],
    },
    meetings=[
        M(["lee_hsien_loong", "mahathir_mohamad"], None, "Putrajaya", IP, P,
          "PM Lee Hsien Loong will meet PM Dr Mahathir during 9th Leaders’ Retreat in April"),
        M(["najib_razak", "lee_hsien_loong"], "2019-01-16", "Singapore", IP, H,
          "Prior to this, the 8th edition of the retreat was held Singapore on 16 January this year between former premier Najib Razak and Prime Minister Lee Hsien Loong."),
        M(["saifuddin_abdullah"], None, "Singapore", IP, H, _SV, False),
        M(["mohamed_azmin_ali"], None, "Singapore", IP, H, _SV, False),
        M(["anthony_loke"], None, "Singapore", IP, H, _SV, False),
    ],
    roles=[("former premier", "najib_razak"), ("Malaysia’s Foreign Minister", "saifuddin_abdullah"),
           ("Selayang Member of Parliament", "william_leong"), ("Economic Affairs Minister", "mohamed_azmin_ali"),
           ("Transport Minister", "anthony_loke")],
)

A["dev_203_hollande_merkel_farewell"] = dict(
    actors={
        "francois_hollande": ["Francois Hollande", "Hollande"],
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
        "marine_le_pen": ["Marine Le Pen"],
        "afp": ["AFP"],
        "germanwings": ["Germanwings"],
    },
    meetings=[
        M(["francois_hollande", "angela_merkel"], "2012-05-15", "Berlin", IP, H,
          "On May 15, 2012, when he took office as President of France, Francois Hollande traveled to Berlin to meet with German Chancellor Angela Merkel."),
        M(["francois_hollande", "angela_merkel"], "2017-05-08", "Berlin", IP, H,
          "Hollande Says Goodbye To Merkel At Dinner In Berlin."),
        M(["angela_merkel", "emmanuel_macron"], "2017-05-07", None, PH, H,
          "\"We know that Germany and France are linked by a common destiny,\" continued the chancellor, who called the new French president on Sunday night after his victory against the far-right candidate Marine Le Pen."),
    ],
    roles=[("The German chancellor", "angela_merkel"), ("the chancellor", "angela_merkel"),
           ("the French leader", "francois_hollande"), ("the new French president", "emmanuel_macron"),
           ("French President-elect", "emmanuel_macron")],
)

A["dev_204_clinton_chretien_ottawa"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "jean_chretien": ["Jean Chretien", "Chretien"],
        "lucien_bouchard": ["Lucien Bouchard", "Bouchard"],
    },
    meetings=[
        M(["bill_clinton", "jean_chretien"], "1999-10-08", "Ottawa", IP, H,
          "Besides the technology agreement, Clinton and Prime Minister Jean Chretien talked about trade, nuclear proliferation and peacekeeping in East Timor."),
        M(["bill_clinton", "jean_chretien"], "1999-10-08", "Mont Treblant", IP, H,
          "Later, Clinton and Chretien headed to a new ski resort in Quebec's Mont Treblant area, about 90 miles north of Montreal, for a conference on federalism - and an afternoon of golf.", False),
        M(["bill_clinton", "lucien_bouchard"], "1999-10-08", "Mont Treblant", IP, H,
          "At the federalism conference, Clinton spent about 15 minutes privately with Quebec's premier, Lucien Bouchard."),
    ],
    roles=[("Canada's prime minister", "jean_chretien"), ("Quebec's separatist premier", "lucien_bouchard"),
           ("Quebec's premier", "lucien_bouchard")],
)

A["dev_205_ardern_morrison_queenstown"] = dict(
    actors={
        "jacinda_ardern": ["Jacinda Ardern", "Ardern"],
        "scott_morrison": ["Scott Morrison", "Morrison"],
        "jo_moir": ["Jo Moir"],
    },
    meetings=[
        M(["scott_morrison", "jacinda_ardern"], "2021-05-30", "Queenstown", IP, H,
          "It was all hugs and smiles when Scott Morrison and Jacinda Ardern were reunited in Queenstown on Sunday, but as political editor Jo Moir reports, today is bound to have plenty of uncomfortable tensions."),
        M(["jacinda_ardern", "scott_morrison"], "2021-05-31", "Queenstown", IP, P,
          "Prime Minister Jacinda Ardern and her Australian counter-part Scott Morrison have a close relationship that will be put under pressure in Queenstown on Monday."),
        M(["scott_morrison", "jacinda_ardern"], None, "Auckland", IP, H,
          "The leaders had their first bilateral meeting in Auckland in 2019, which went by with little noteworthiness other than an awkward handshake attempt from Ardern that Morrison interpreted as a hug."),
        M(["jacinda_ardern", "scott_morrison"], None, "Sydney", IP, H,
          "Their most recent meeting in Sydney in February last year coincided with New Zealand recording its first Covid case on home soil."),
    ],
    roles=[("her Australian counter-part", "scott_morrison"), ("the Prime Minister", "jacinda_ardern")],
)

_KZ = ("Together with the leaders of South Korea, Australia and New Zealand, he was also scheduled to meet with Ukrainian President Volodymyr Zelenskyy.")
A["test_206_kishida_yoon_washington"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "yoon_suk_yeol": ["Yoon Suk Yeol", "Yoon"],
        "ulf_kristersson": ["Ulf Kristersson"],
        "volodymyr_zelensky": ["Volodymyr Zelenskyy"],
        "nato": ["North Atlantic Treaty Organization", "NATO"],
    },
    meetings=[
        M(["fumio_kishida", "yoon_suk_yeol"], "2024-07-10", "Washington", IP, H,
          "WASHINGTON – Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in Washington on Wednesday and expressed concerns over growing military ties between North Korea and Russia."),
        M(["fumio_kishida", "ulf_kristersson"], "2024-07-10", "Washington", IP, H,
          "Later on the same day, Kishida also met with Swedish Prime Minister Ulf Kristersson and welcomed Sweden’s accession to NATO, saying that the accession has expanded opportunities for Japan-Sweden cooperation."),
        M(["fumio_kishida", "volodymyr_zelensky"], None, "Washington", IP, P, _KZ),
        M(["yoon_suk_yeol", "volodymyr_zelensky"], None, "Washington", IP, P, _KZ, False),
        M(["fumio_kishida", "yoon_suk_yeol"], None, "Washington", IP, P, _KZ, False),
    ],
    roles=[("the leaders of South Korea", "yoon_suk_yeol")],
)

_AU = ("Kim conveyed the invitation during an audience with Emperor Akihito and Empress Michiko on the first day of his four-day visit to Japan, the official said.")
_RK = ("Similar invitations were extended to the emperor during the visits to Tokyo by Presidents Roh Tae Woo in 1990 and Kim Young Sam in 1994.")
A["dev_207_kim_dae_jung_akihito"] = dict(
    actors={
        "kim_dae_jung": ["Kim Dae Jung", "Kim"],
        "akihito": ["Emperor Akihito", "Akihito"],
        "michiko": ["Empress Michiko"],
        "keizo_obuchi": ["Keizo Obuchi"],
        "roh_tae_woo": ["Roh Tae Woo"],
        "kim_young_sam": ["Kim Young Sam"],
        "chun_doo_hwan": ["Chun Doo Hwan"],
        "imperial_household_agency": ["Imperial Household Agency"],
    },
    meetings=[
        M(["kim_dae_jung", "akihito"], "1998-10-07", "Tokyo", IP, H, _AU),
        M(["kim_dae_jung", "michiko"], "1998-10-07", "Tokyo", IP, H, _AU),
        M(["akihito", "michiko"], "1998-10-07", "Tokyo", IP, H, _AU, False),
        M(["keizo_obuchi", "kim_dae_jung"], "1998-10-08", "Japan", IP, P,
          "A Japanese government source said Prime Minister Keizo Obuchi will express his commitment to realizing the first-ever visit by a Japanese emperor to South Korea when he meets Kim on Thursday, though he will not specify a date."),
        M(["roh_tae_woo", "akihito"], None, "Tokyo", IP, H, _RK, False),
        M(["kim_young_sam", "akihito"], None, "Tokyo", IP, H, _RK, False),
        M(["chun_doo_hwan"], None, "Japan", IP, H,
          "The emperor’s visit has not materialized although four South Korean presidents, including Chun Doo Hwan in 1984, have made state visits to Japan.", False),
    ],
    roles=[("the emperor", "akihito")],
)

A["dev_208_mahathir_thaksin"] = dict(
    actors={
        "mahathir_mohamad": ["Mahathir Mohamad", "Mr Mahathir", "Mahathir"],
        "thaksin_shinawatra": ["Thaksin Shinawatra", "Mr Thaksin", "Thaksin"],
        "anand_panyarachun": ["Anand Panyarachun"],
        "national_reconciliation_commission": ["National Reconciliation Commission", "NRC"],
        "abdullah_ahmad_badawi": ["Abdullah Ahmad Badawi", "Mr Abdullah"],
        "syed_hamid_albar": ["Syed Hamid Albar", "Mr Syed Hamid"],
        "apec": ["Asia-Pacific Economic Cooperation", "Apec"],
    },
    meetings=[
        M(["mahathir_mohamad", "thaksin_shinawatra"], "2005-11-21", "Thailand", IP, P,
          "Former Malaysian prime minister Mahathir Mohamad will visit Thailand on Nov 21 for talks with Prime Minister Thaksin Shinawatra expected to focus on differences stemming from border security tensions."),
        M(["anand_panyarachun", "mahathir_mohamad"], None, "Malaysia", IP, H,
          "The NRC chairman met Mr Mahathir a few weeks ago in Malaysia."),
        M(["thaksin_shinawatra", "abdullah_ahmad_badawi"], None, "Pusan", IP, P,
          "Mr Thaksin said he would talk to Mr Abdullah to clear the air during next month's Asia-Pacific Economic Cooperation (Apec) summit in Pusan, South Korea."),
    ],
    roles=[("the former Malaysian prime minister", "mahathir_mohamad"), ("The former Malaysian leader", "mahathir_mohamad"),
           ("The NRC chairman", "anand_panyarachun"), ("The prime minister", "thaksin_shinawatra"),
           ("his Malaysian counterpart", "abdullah_ahmad_badawi"), ("Malaysian Foreign Minister", "syed_hamid_albar")],
)

A["dev_209_blair_jospin_lunch"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Mr Blair", "Blair"],
        "lionel_jospin": ["Lionel Jospin", "Mr Jospin", "Jospin"],
        "cherie_blair": ["Cherie"],
        "jean_claude_sergeant": ["Jean-Claude Sergeant"],
        "sorbonne": ["Sorbonne"],
        "labour_party": ["Labour"],
    },
    meetings=[
        M(["tony_blair", "lionel_jospin"], None, "Saint-Martin-d'Oydes", IP, H,
          "Mr Blair had a private meeting with Mr Jospin where the two leaders discussed Europe and unemployment policy."),
    ],
    roles=[("the French Prime Minister", "lionel_jospin"), ("The Prime Minister", "tony_blair"),
           ("his wife", "cherie_blair")],
)

A["test_210_bush_martin_ottawa"] = dict(
    actors={
        "george_w_bush": ["Bush"],
        "paul_martin": ["Paul Martin", "Martin"],
        "saddam_hussein": ["Saddam Hussein"],
        "un_security_council": ["United Nations Security Council"],
        "white_house": ["White House"],
    },
    meetings=[
        M(["george_w_bush", "paul_martin"], "2004-11-30", "Ottawa", IP, H,
          "President Bush, meeting Tuesday with Canadian Prime Minister Paul Martin, declined to make trade concessions sought by Canada and told his international critics that the American election was an endorsement of his administration's foreign policy."),
    ],
    roles=[("The prime minister", "paul_martin")],
)

A["dev_211_turnbull_key_resignation"] = dict(
    actors={
        "malcolm_turnbull": ["Malcolm Turnbull", "Mr Turnbull"],
        "john_key": ["John Key", "Mr Key", "John"],
        "bill_shorten": ["Bill Shorten", "Mr Shorten"],
        "tony_abbott": ["Tony Abbott"],
        "joe_hockey": ["Joe Hockey"],
        "new_zealand_national_party": ["NZ Nationals", "NZ National Party"],
        "australian_labor_party": ["Labor"],
    },
    meetings=[],
    roles=[("The New Zealand prime minister", "john_key"), ("his counterpart across the ditch", "john_key"),
           ("Labor leader", "bill_shorten"), ("Former prime minister", "tony_abbott"),
           ("Former treasurer", "joe_hockey")],
)

_SS = ("The pair arrived at the German Chancellery on Thursday to meet Wolfgang Schmidt, Germany’s federal minister for special affairs, head of the chancellery and commissioner for the Federal Intelligence Service.")
_SF = ("They are set to attend meetings with Mr Scholz and Sigmar Gabriel, the former German minister of foreign affairs, on Friday.")
A["dev_212_starmer_scholz_berlin"] = dict(
    actors={
        "keir_starmer": ["Sir Keir Starmer", "Sir Keir", "Keir Starmer"],
        "olaf_scholz": ["Olaf Scholz", "Mr Scholz", "Scholz"],
        "david_lammy": ["David Lammy", "Mr Lammy"],
        "wolfgang_schmidt": ["Wolfgang Schmidt"],
        "sigmar_gabriel": ["Sigmar Gabriel"],
        "peter_mandelson": ["Peter Mandelson"],
        "labour_party": ["Labour"],
        "spd": ["Social Democratic Party"],
        "federal_intelligence_service": ["Federal Intelligence Service"],
    },
    meetings=[
        M(["keir_starmer", "olaf_scholz"], "2022-07-15", "Berlin", IP, P,
          "Sir Keir Starmer, the Labour leader, will meet Olaf Scholz, the German chancellor, in Berlin on Friday to discuss Brexit and the war in Ukraine."),
        M(["keir_starmer", "wolfgang_schmidt"], "2022-07-14", "Berlin", IP, H, _SS),
        M(["david_lammy", "wolfgang_schmidt"], "2022-07-14", "Berlin", IP, H, _SS),
        M(["keir_starmer", "david_lammy"], "2022-07-14", "Berlin", IP, H, _SS, False),
        M(["david_lammy", "olaf_scholz"], "2022-07-15", "Berlin", IP, P, _SF),
        M(["keir_starmer", "sigmar_gabriel"], "2022-07-15", "Berlin", IP, P, _SF),
        M(["david_lammy", "sigmar_gabriel"], "2022-07-15", "Berlin", IP, P, _SF),
    ],
    roles=[("the Labour leader", "keir_starmer"), ("the German chancellor", "olaf_scholz"),
           ("the shadow foreign secretary", "david_lammy"),
           ("Germany’s federal minister for special affairs", "wolfgang_schmidt"),
           ("the former German minister of foreign affairs", "sigmar_gabriel"),
           ("the Labour grandee", "peter_mandelson"), ("The leader", "keir_starmer")],
)
