"""Accuracy corpus, batch 69a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 69b), from the 1980s, 1990s,
2000s, 2010s and 2020s (1980s: one, 1990s: five, 2000s: one, 2010s: four, 2020s: one; six of the
twelve from before 2000, one of them dated by inference, as the brief asked at least five; no 1970s
page was found in time, see the notes), over the eleven regions (Western Europe: two; Central
Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North
America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Xeber Saati (xebersaati.com; a Trend story), Times of Malta (timesofmalta.com),
Rediff (rediff.com; a PTI story), Tasnim News Agency (tasnimnews.com), the Jakarta Post archive at
jawawa.id (two stories, 1997 and 1999), RFE/RL (rferl.org; two stories, both 1999), petertase.com
(a blog column), the South China Morning Post (scmp.com), Deutsche Welle (dw.com), Papers Past (The
Press, Christchurch, 1989).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
69b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_69a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-68b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_136NN_<slug>` / `test_136NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date field 2017-06-29 (removed with its " date ..." prefix) and the page
    # line "2017-06-29 20:40 | www.trend.az | 0" (a Thursday, checked); the talks are "in Dushanbe
    # June 29" -> 2017-06-29.
    ("dev_13601_rahimzoda_azizov_dushanbe", "Central Asia/Caucasus", "2010s", "Xeber Saati (xebersaati.com; a Trend story)", "http://www.xebersaati.com/news/74904-uzbek-tajik-interior-ministers-hold-talks-for-first-time-in-19-years/", "2017-06-29"),
    # The page's "Monday, January 30, 2017, 19:45" (a Monday, checked). The talks "has had talks"
    # carry no day of their own -> date null (see the notes).
    ("dev_13602_coleiro_preca_mattarella_rome", "Western Europe", "2010s", "Times of Malta (timesofmalta.com)", "http://www.timesofmalta.com/articles/view/20170130/local/president-coleiro-preca-meets-italian-president-in-rome.638139", "2017-01-30"),
    # The page's "June 08, 2019 10:43 IST" (a Saturday, checked): the visit "on Friday" ->
    # 2019-06-07; the send-off "tweeted Saturday" -> 2019-06-08.
    ("test_13603_jaishankar_bhutan_visit", "South Asia", "2010s", "Rediff (rediff.com; a PTI story)", "https://m.rediff.com/amp/news/report/jaishankar-calls-on-bhutanese-king/20190608.htm", "2019-06-08"),
    # No date line on the stored page; the address's 2023/06/12 (a Monday, checked) is taken as the
    # day of publication: the call "on Sunday" -> 2023-06-11.
    ("dev_13604_amirabdollahian_al_thani_call", "Middle East", "2020s", "Tasnim News Agency (tasnimnews.com)", "https://tasnimnews.com/en/news/2023/06/12/2909559/iran-qatar-urge-development-of-ties", "2023-06-12"),
    # The page's "Sun, 23 Nov 1997" (a Sunday, checked): the visit ended "yesterday" -> the
    # farewell and the award ceremony 1997-11-22.
    ("dev_13605_soeharto_mandela_cape_town", "Africa", "1990s", "The Jakarta Post archive (jawawa.id)", "https://jawawa.id/newsitem/soeharto-receives-s-africas-highest-honor-from-mandela-1447893297", "1997-11-23"),
    # The page's "Fri, 26 Feb 1999" (a Friday, checked): "on Thursday" -> 1999-02-25.
    ("dev_13606_downer_habibie_jakarta", "Southeast Asia", "1990s", "The Jakarta Post archive (jawawa.id)", "https://jawawa.id/newsitem/downer-hails-ris-east-timor-policy-1447893297", "1999-02-26"),
    # The dateline "Kyiv, 19 July 1999 (RFE/RL)" (a Monday, checked); the meeting is "July 16" ->
    # 1999-07-16.
    ("test_13607_stepashin_kuchma_lucinschi_smirnov_kyiv", "Eastern Europe/Russia", "1990s", "RFE/RL (rferl.org)", "https://rferl.org/amp/1091770.html", "1999-07-19"),
    # The byline line "Peter Tase - Nov 06, 13" (2013-11-06, a Wednesday, checked; the address
    # has 2013/11/08): the visit "On Friday October 25, 2013" -> 2013-10-25.
    ("dev_13608_cartes_mujica_uruguay", "Latin America", "2010s", "petertase.com (Peter Tase's blog column)", "https://petertase.com/2013/11/08/paraguay-and-uruguay-the-dawn-of-a-new-era-of-friendship/?shared=email&msg=fail", "2013-11-06"),
    # No date on the stored page; published None. Year 1993 by inference (background knowledge, as
    # batch 68a did for two undated pages): Li Peng back at work after a long absence ("his first
    # [talks] with a visiting head of government for two months"), Chuan Leekpai Thai prime
    # minister, Narasimha Rao Indian prime minister and due in Beijing "in early September" (his
    # visit of September 1993) -> 1990s. "yesterday" cannot be resolved -> dates null.
    ("dev_13609_li_peng_chuan_beijing", "East Asia", "1990s", "South China Morning Post (scmp.com)", "https://www.scmp.com/article/41940/premier-set-full-duties", None),
    # The page title line "... | DW | 20.12.2005" (a Tuesday, checked; removed as site title):
    # "on Monday evening" -> 2005-12-19.
    ("dev_13610_merkel_berlusconi_rome", "Western Europe", "2000s", "Deutsche Welle (dw.com)", "https://www.dw.com/en/out-with-the-old-in-with-the-new-as-angie-meets-silvio/a-1829210", "2005-12-20"),
    # The Papers Past id CHP19890602 (The Press, Christchurch, 2 June 1989, a Friday, checked); no
    # date line in the text. Lange's talks: "early today" is his arrival, not the talks -> date
    # null; Palmer's talks "In May" -> null (month only).
    ("test_13611_lange_palmer_apia_talks", "Oceania", "1980s", "Papers Past (paperspast.natlib.govt.nz; The Press)", "https://paperspast.natlib.govt.nz/newspapers/CHP19890602.2.26", "1989-06-02"),
    # The dateline "Ottawa, 20 September 1999 (RFE/RL)" (a Monday, checked): "the session Saturday"
    # -> 1999-09-18.
    ("dev_13612_ivanov_axworthy_ottawa", "North America", "1990s", "RFE/RL (rferl.org)", "https://www.rferl.org/a/1092203.html", "1999-09-20"),
]

A = {}

A["dev_13601_rahimzoda_azizov_dushanbe"] = dict(
    actors={
        "ramazon_rahimzoda": ["Ramazon Rahimzoda"],
        "abdusalom_azizov": ["Abdusalom Azizov"],
        "council_of_cis_ministers_of_internal_affairs": ["Council of the CIS Ministers of Internal Affairs"],
        "cis": ["CIS"],
        "tajik_interior_ministry": ["Tajik Interior Ministry"],
    },
    meetings=[
        # "Interior ministers of Tajikistan and Uzbekistan, Ramazon Rahimzoda and Abdusalom Azizov,
        # had talks in Dushanbe June 29 ..." -> held, 2017-06-29, Dushanbe. "During the meeting"
        # is the same meeting.
        M(["ramazon_rahimzoda", "abdusalom_azizov"], "2017-06-29", "Dushanbe", IP, H,
          "Interior ministers of Tajikistan and Uzbekistan, Ramazon Rahimzoda and Abdusalom Azizov, had talks in Dushanbe June 29 for the first time in 19 years."),
        # Not rows: "a meeting of the Council of the CIS Ministers of Internal Affairs" (a
        # multilateral meeting as such); "The Uzbek interior minister last visited Tajikistan 19
        # years ago" (a visit to a country, no counterpart, no day). Not annotated: the byline
        # "By Elena Kosolapova - Trend:" and the site line "www.trend.az" (byline and agency
        # credit), "the press service" (unnamed), Tajikistan, Uzbekistan (states), Baku, Dushanbe
        # (places). Removed: at the start, the search tool's " date 2017-06-29" prefix. Nothing at
        # the end (the excerpt ends with a complete sentence). Kept as found: the page line
        # "2017-06-29 20:40 | www.trend.az | 0" and the dateline "Baku, Azerbaijan, June 29".
    ],
    roles=[("The Uzbek interior minister", "abdusalom_azizov")],
)

A["dev_13602_coleiro_preca_mattarella_rome"] = dict(
    actors={
        "marie_louise_coleiro_preca": ["President Marie-Louise Coleiro Preca", "Marie-Louise Coleiro Preca", "Coleiro Preca"],
        "sergio_mattarella": ["Sergio Mattarella", "President Mattarella", "Mattarella"],
        "council_of_the_european_union": ["EU Council"],
        "european_union": ["EU"],
    },
    meetings=[
        # "President Marie-Louise Coleiro Preca has had talks at the Quirinale in Rome with Italian
        # President Sergio Mattarella." -> held, date null (no day is given for the talks; the item
        # is dated Monday 30 January 2017, see the notes), Rome.
        M(["marie_louise_coleiro_preca", "sergio_mattarella"], None, "Rome", IP, H,
          "President Marie-Louise Coleiro Preca has had talks at the Quirinale in Rome with Italian President Sergio Mattarella."),
        # Not rows: "President Mattarella is due to make a state visit to Malta later this year" (a
        # visit to a country; no counterpart named or given by role, as batch 68a's Mazowiecki
        # trip; see the notes); "the forthcoming Malta meeting of non-executive presidents of EU
        # countries" (multilateral). Not annotated: Malta, Italy (states), the Quirinale, Rome
        # (places). Removed: at the end, two blank lines holding a single space. Nothing at the
        # start (the excerpt starts with the date line).
    ],
    roles=[("Italian President", "sergio_mattarella")],
)

_GY = ("'It was a privilege to also meet Her Majesty the ever gracious Gyaltsuen, and especially delightful to interact with the Druk Gyalsey!' he tweeted.")
A["test_13603_jaishankar_bhutan_visit"] = dict(
    actors={
        "subrahmanyam_jaishankar": ["Dr S Jaishankar", "S Jaishankar", "Jaishankar", "@DrSJaishankar"],
        "jigme_khesar_namgyel_wangchuck": ["King Jigme Khesar Namgyel Wangchuck", "His Majesty Jigme Khesar Namgyel Wangchuck", "Jigme Khesar Namgyel Wangchuck"],
        "lotay_tshering": ["Lotay Tshering"],
        "tandi_dorji": ["Tandi Dorji", "@FMBhutan"],
        "raveesh_kumar": ["Raveesh Kumar"],
        "narendra_modi": ["Narendra Modi"],
        "ministry_of_external_affairs_india": ["External Affairs Ministry"],
    },
    meetings=[
        # "External Affairs Minister S Jaishankar met Bhutanese King Jigme Khesar Namgyel
        # Wangchuck ..." (the audience tweeted "Friday"; the caption "with King ... in Thimpu")
        # -> held, 2019-06-07, Thimpu (as written; see the notes).
        M(["subrahmanyam_jaishankar", "jigme_khesar_namgyel_wangchuck"], "2019-06-07", "Thimpu", IP, H,
          "External Affairs Minister S Jaishankar met Bhutanese King Jigme Khesar Namgyel Wangchuck and said the special bilateral friendship has always benefited from the enlightened guidance of the head of state of the Himalayan nation."),
        # "... to also meet Her Majesty the ever gracious Gyaltsuen ..." -> the queen is given by
        # role alone (never named): one-party row (the guide), held, 2019-06-07 (the day-long
        # visit of Friday), Bhutan (no city for this meeting).
        M(["subrahmanyam_jaishankar"], "2019-06-07", "Bhutan", IP, H, _GY),
        # "... and especially delightful to interact with the Druk Gyalsey" -> a second, separate
        # interaction with a counterpart given by role alone (the crown prince, a child): one-party
        # row, required false (an "interaction" with a child, not talks).
        M(["subrahmanyam_jaishankar"], "2019-06-07", "Bhutan", IP, H, _GY, False),
        # "On Friday, Jaishankar also met Bhutan's Prime Minister Lotay Tshering ..." -> held,
        # 2019-06-07, Bhutan.
        M(["subrahmanyam_jaishankar", "lotay_tshering"], "2019-06-07", "Bhutan", IP, H,
          "On Friday, Jaishankar also met Bhutan's Prime Minister Lotay Tshering and discussed important elements of the bilateral ties."),
        # "He also held talks with his Bhutanese counterpart Tandi Dorji ..." -> held, 2019-06-07
        # (the day-long visit of Friday; see the notes), Bhutan.
        M(["subrahmanyam_jaishankar", "tandi_dorji"], "2019-06-07", "Bhutan", IP, H,
          "He also held talks with his Bhutanese counterpart Tandi Dorji and discussed issues of mutual interest with emphasis on development partnership and hydro-power."),
        # "EAM @DrSJaishankar is seen-off by @FMBhutan Tandi Dorji" (tweeted Saturday) -> a
        # send-off on another day than the talks: held, 2019-06-08, Bhutan; required false (a
        # farewell, not talks).
        M(["subrahmanyam_jaishankar", "tandi_dorji"], "2019-06-08", "Bhutan", IP, H,
          "'After a day-long visit to the Kingdom of Bhutan, EAM @DrSJaishankar is seen-off by @FMBhutan Tandi Dorji.", False),
        # Not rows: "Bhutan was Prime Minister Narendra Modi's first overseas visit after assuming
        # charge in 2014" (a visit to a country; no counterpart); the tweets themselves
        # (statements). Not annotated: the credit "Source:PTI" (agency credit), the photo credit
        # "Photograph: Courtesy @MEAIndia/Twitter", India, Bhutan (states), Thimpu (a place), "the
        # Druk Gyalpos" (the kings as an office, no one king named), the Neighbourhood First policy.
        # Removed: at the start, the site label "NEWS"; at the end, the footer ("Source: PTI",
        # "(c) Copyright 2024 PTI. All rights reserved. Republication or redistribution of PTI
        # content, including b", cut off). Kept as found: "Thimpu", the line holding a single
        # space, "seen-off".
    ],
    roles=[("External Affairs Minister", "subrahmanyam_jaishankar"), ("EAM", "subrahmanyam_jaishankar"),
           ("Bhutanese King", "jigme_khesar_namgyel_wangchuck"),
           ("the head of state of the Himalayan nation", "jigme_khesar_namgyel_wangchuck"),
           ("Bhutan's Prime Minister", "lotay_tshering"), ("his Bhutanese counterpart", "tandi_dorji"),
           ("External Affairs Ministry spokesperson", "raveesh_kumar"), ("Prime Minister", "narendra_modi")],
)

A["dev_13604_amirabdollahian_al_thani_call"] = dict(
    actors={
        "hossein_amirabdollahian": ["Hossein Amirabdollahian", "Amirabdollahian"],
        "mohammed_bin_abdulrahman_al_thani": ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"],
        "iranian_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "In a telephone conversation on Sunday, Iranian Foreign Minister Hossein Amirabdollahian
        # and his Qatari counterpart Sheikh Mohammed bin Abdulrahman Al Thani talked ..." -> phone,
        # held, 2023-06-11 ("on Sunday" in an item of Monday 12 June 2023, from the address), no
        # place. "Amirabdollahian also held consultations with his Qatari counterpart" is the same
        # call.
        M(["hossein_amirabdollahian", "mohammed_bin_abdulrahman_al_thani"], "2023-06-11", None, PH, H,
          "In a telephone conversation on Sunday, Iranian Foreign Minister Hossein Amirabdollahian and his Qatari counterpart Sheikh Mohammed bin Abdulrahman Al Thani talked about the issues of mutual interest."),
        # Not rows: "The foreign ministers of Iran and Qatar called for efforts ..." (the same
        # call, in the lead). Not annotated: the dateline credit "TEHRAN (Tasnim)" (agency credit),
        # "the Qatari government" (generic), Iran, Qatar (states), Tehran, Doha (capitals as
        # metonyms). Removed: nothing (the excerpt starts with the headline and ends with a complete
        # sentence).
    ],
    roles=[("Iranian Foreign Minister", "hossein_amirabdollahian"),
           ("his Qatari counterpart", "mohammed_bin_abdulrahman_al_thani"),
           ("the Qatari foreign minister", "mohammed_bin_abdulrahman_al_thani")],
)

A["dev_13605_soeharto_mandela_cape_town"] = dict(
    actors={
        "soeharto": ["President Soeharto", "Soeharto"],
        "nelson_mandela": ["President Nelson Mandela", "Nelson Mandela", "Mandela"],
        "apec": ["Asia Pacific Economic Cooperation", "APEC"],
        "garuda_indonesia": ["Garuda Indonesia"],
        "antara": ["Antara"],
        "afp": ["AFP"],
        "african_national_congress": ["African National Congress"],
        "sheik_yusuf": ["Sheik Yusuf", "Sheik Yusef"],
        "sultan_alaudin": ["Sultan Alaudin of Gowa", "Sultan Alaudin"],
    },
    meetings=[
        # "Soeharto bade farewell to his host President Nelson Mandela before departing for the
        # airport" and "Mandela bestowed ... on Soeharto at a short ceremony at his official
        # Genadendal home" -> the same pair on the same day: one row, held, 1997-11-22 (the visit
        # ended "yesterday" in a paper of Sunday 23 November 1997), Cape Town (he flew "from Cape
        # Town"; the residence is named without a city, see the notes).
        M(["soeharto", "nelson_mandela"], "1997-11-22", "Cape Town", IP, H,
          "Soeharto bade farewell to his host President Nelson Mandela before departing for the airport, the news agency said."),
        # Not rows: the APEC leaders meeting in Vancouver (multilateral; planned); "statements he has
        # made to the media throughout his three-day state visit" (statements); the visit to the
        # cemetery of Sheik Yusuf (no meeting); "accompanied by around 1,000 South Africans" (a
        # crowd, unnamed). Not annotated: the dateline credit "JAKARTA (JP)" (the paper's own
        # credit), "the news agency" (Antara again), "the Dutch government" and "the former white
        # minority South African government" (generic), the Order of Good Hope (an award),
        # Indonesia, South Africa, Canada (states), Vancouver, Cape Town, Rio de Janeiro, Cancun,
        # Gowa, South Sulawesi, Genadendal (places). Removed: at the end, the last, cut-off sentence
        # ("A South African girl who recently studied at a Moslem boardi"). Nothing at the start.
        # Kept as found: "Sheik Yusef" beside "Sheik Yusuf", the subheading "National hero".
    ],
    roles=[("his host", "nelson_mandela"), ("the Indonesian leader", "soeharto"), ("the President", "soeharto"),
           ("an adopted son of Sultan Alaudin of Gowa", "sheik_yusuf")],
)

A["dev_13606_downer_habibie_jakarta"] = dict(
    actors={
        "alexander_downer": ["Alexander Downer", "Downer"],
        "b_j_habibie": ["President B.J. Habibie", "B.J. Habibie", "Habibie"],
        "wiranto": ["Gen. Wiranto", "Wiranto"],
        "sintong_panjaitan": ["Lt. Gen. (ret) Sintong Panjaitan", "Sintong Panjaitan"],
        "nugroho_wisnumurti": ["Nugroho Wisnumurti"],
        "john_howard": ["John Howard", "Howard"],
        "indonesian_armed_forces": ["ABRI"],
        "ministry_of_foreign_affairs_indonesia": ["foreign affairs ministry"],
    },
    meetings=[
        # "Speaking to journalists after meeting with President B.J. Habibie at the Merdeka Palace,
        # Downer said ..." and "During the one-hour meeting with Downer, Habibie was accompanied by
        # ..." -> held, 1999-02-25 ("on Thursday" in a paper of Friday 26 February 1999), Jakarta
        # (dateline; "said here"; the Merdeka Palace). Wiranto, Sintong Panjaitan and Nugroho
        # Wisnumurti "accompanied" Habibie: present, not participants (ANNOTATION.md).
        M(["alexander_downer", "b_j_habibie"], "1999-02-25", "Jakarta", IP, H,
          "Speaking to journalists after meeting with President B.J. Habibie at the Merdeka Palace, Downer said he was assured by the President that Indonesia would not abandon East Timor in an irresponsible way as Portugal had done in 1975."),
        # Not rows: "since he received Australian Prime Minister John Howard's letter in December"
        # (a letter); "This was Habibie's first meeting with a senior Australian minister since
        # ..." (the same meeting); "Habibie's aides" (unnamed). Not annotated: the dateline credit
        # "JAKARTA (JP)", "RI" (Indonesia), Indonesia, Australia, Portugal, East Timor (states and
        # a territory), the Merdeka Palace (a place), "Sesdalopbang" (an office). Removed: at the
        # end, the cut-off opening of a quotation ("\"Wh"). Nothing at the start. Kept as found:
        # "Secretary of Development Operations" after a full stop ("Gen. Wiranto. Secretary ..."),
        # "(ret)".
    ],
    roles=[("Visiting Australian Foreign Minister", "alexander_downer"), ("the President", "b_j_habibie"),
           ("Minister of Defense/Armed Forces (ABRI) Commander", "wiranto"),
           ("Secretary of Development Operations (Sesdalopbang)", "sintong_panjaitan"),
           ("the director general for political affairs at the foreign affairs ministry", "nugroho_wisnumurti"),
           ("Australian Prime Minister", "john_howard")],
)

_KY = ("Russian Prime Minister Sergei Stepashin, Ukrainian President Leonid Kuchma, Moldovan President Petru Lucinschi, and the leader of the breakaway Transdniester region, Igor Smirnov, signed the joint statement following a meeting July 16 in Kyiv.")
A["test_13607_stepashin_kuchma_lucinschi_smirnov_kyiv"] = dict(
    actors={
        "sergei_stepashin": ["Sergei Stepashin"],
        "leonid_kuchma": ["Leonid Kuchma"],
        "petru_lucinschi": ["Petru Lucinschi"],
        "igor_smirnov": ["Igor Smirnov", "Smirnov"],
        "kai_eide": ["Kai Eide"],
        "osce": ["OSCE"],
    },
    meetings=[
        # "... Stepashin, ... Kuchma, ... Lucinschi, and ... Igor Smirnov, signed the joint
        # statement following a meeting July 16 in Kyiv." -> a meeting of four named leaders: one
        # row per pair (six rows), held, 1999-07-16, Kyiv. Kai Eide ("Also signing the document
        # was OSCE representative Kai Eide") signed the statement but is not said to have taken
        # part in the meeting: not a participant (see the notes).
        M(["sergei_stepashin", "leonid_kuchma"], "1999-07-16", "Kyiv", IP, H, _KY),
        M(["sergei_stepashin", "petru_lucinschi"], "1999-07-16", "Kyiv", IP, H, _KY),
        M(["sergei_stepashin", "igor_smirnov"], "1999-07-16", "Kyiv", IP, H, _KY),
        M(["leonid_kuchma", "petru_lucinschi"], "1999-07-16", "Kyiv", IP, H, _KY),
        M(["leonid_kuchma", "igor_smirnov"], "1999-07-16", "Kyiv", IP, H, _KY),
        M(["petru_lucinschi", "igor_smirnov"], "1999-07-16", "Kyiv", IP, H, _KY),
        # Not rows: "The leaders of Russia, Ukraine, Moldova and the breakaway Transdniester region
        # have signed a joint statement" (the same meeting, in the lead); "negotiations" between
        # Moldova and Transdniester (urged, unnamed negotiators); "Smirnov said" (a statement).
        # Not annotated: the dateline credit "(RFE/RL)", "the Russian military" and "Russian
        # peacekeepers" (generic), Russia, Ukraine, Moldova, Romania (states), Transdniester (a
        # region). Removed: at the end, the last, cut-off sentence of the repeated block
        # ("Transdniester, a region of 700,000 mostly Russian-speaking people in eastern Moldova,
        # declar"). Nothing at the start. Kept as found: the second copy of five paragraphs after
        # "autonomy. -", "Transdnieste leader".
    ],
    roles=[("Russian Prime Minister", "sergei_stepashin"), ("Ukrainian President", "leonid_kuchma"),
           ("Moldovan President", "petru_lucinschi"),
           ("the leader of the breakaway Transdniester region", "igor_smirnov"),
           ("Transdnieste leader", "igor_smirnov"), ("OSCE representative", "kai_eide")],
)

A["dev_13608_cartes_mujica_uruguay"] = dict(
    actors={
        "horacio_cartes": ["Horacio Cartes", "President Cartes", "Mr. Cartes", "Cartes"],
        "jose_mujica": ["Jose Mujica", "President Mujica", "Mujica"],
        "jose_gervasio_artigas": ["Jose Gervasio Artigas"],
        "gaspar_rodriguez_de_francia": ["Dr. Gaspar Rodriguez de Francia", "Gaspar Rodriguez de Francia"],
        "mercosur": ["MERCOSUR"],
    },
    meetings=[
        # "On Friday October 25, 2013, Paraguayan President Horacio Cartes conducted his first
        # official visit to Uruguay." / "In their official meeting, presidents Jose Mujica and
        # Horacio Cartes agreed ..." -> held, 2013-10-25, Uruguay (no city is named). The joint
        # press statement is part of the same visit (one row).
        M(["horacio_cartes", "jose_mujica"], "2013-10-25", "Uruguay", IP, H,
          "In their official meeting, presidents Jose Mujica and Horacio Cartes agreed to further strengthen bilateral ties while asserting their respective governments\u2019 willingness to work intensely in the areas of trade, and industrial and cultural cooperation, all within the context of mutual interests, reciprocity and friendship."),
        # "... in 1820 when the father of Uruguayan nationhood, Jose Gervasio Artigas, was hosted by
        # Paraguay's dictator Dr. Gaspar Rodriguez de Francia in Asuncion." -> a historical
        # hosting: held, date null (a year only), Asuncion; required false (an old episode
        # cited in a speech, "hosted" for a stay rather than talks; see the notes).
        M(["jose_gervasio_artigas", "gaspar_rodriguez_de_francia"], None, "Asunci\u00f3n", IP, H,
          "President Mujica put particular emphasis on the traditional and historical ties existing between both countries, ties that date back to 1820 when the father of Uruguayan nationhood, Jose Gervasio Artigas, was hosted by Paraguay\u2019s dictator Dr. Gaspar Rodriguez de Francia in Asunci\u00f3n.", False),
        # Not rows: "Mr. Cartes' numerous official visits" (a count). Not annotated: the byline
        # "Peter Tase", the photo caption credit "Geopolitical Monitor, Copy 2", "their respective
        # governments" (generic), Paraguay, Uruguay (states), Asuncion (also as a metonym).
        # Removed: at the end, the last, cut-off sentence ("Mr. Mujica reiterated his i"). Nothing
        # at the start. Kept as found: the headline twice, "Copy 2On Friday", "trade block".
    ],
    roles=[("Paraguayan President", "horacio_cartes"), ("his Uruguayan counterpart", "jose_mujica"),
           ("the father of Uruguayan nationhood", "jose_gervasio_artigas"),
           ("Paraguay\u2019s dictator", "gaspar_rodriguez_de_francia")],
)

A["dev_13609_li_peng_chuan_beijing"] = dict(
    actors={
        "li_peng": ["Li Peng", "Mr Li"],
        "chuan_leekpai": ["Chuan Leekpai", "Mr Chuan"],
        "p_v_narasimha_rao": ["P.V. Narasimha Rao"],
        "wu_jianmin": ["Wu Jianmin", "Mr Wu"],
        "chinese_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "... Chinese Prime Minister Li Peng stepped into the public spotlight again yesterday
        # formally welcoming his Thai counterpart Chuan Leekpai to Beijing." (the welcoming ceremony
        # at the Great Hall of the People and the talks at the Diaoyutai State Guesthouse: the same
        # pair, day and place, one row) -> held, date null (no date on the page), Beijing.
        M(["li_peng", "chuan_leekpai"], None, "Beijing", IP, H,
          "LOOKING tanned and relaxed from his sojourn at the beach resort of Beidaihe, Chinese Prime Minister Li Peng stepped into the public spotlight again yesterday formally welcoming his Thai counterpart Chuan Leekpai to Beijing."),
        # "... the premier ... would be holding talks with Indian Prime Minister P.V. Narasimha Rao
        # when he arrived in Beijing in early September." -> planned, date null (a range), Beijing.
        M(["li_peng", "p_v_narasimha_rao"], None, "Beijing", IP, P,
          "The Foreign Ministry spokesman, Wu Jianmin, said at press conference later that the premier had ''made an excellent recovery'' and would be holding talks with Indian Prime Minister P.V. Narasimha Rao when he arrived in Beijing in early September."),
        # Not rows: "the premier had ''accepted with pleasure'' an invitation to visit Thailand at
        # his convenience" (a visit to a country; who invited him and whom he will meet are not
        # said; see the notes); Wu Jianmin's "press conference" (a briefing). Not annotated:
        # "the army, navy and air force" and "a military band" (generic), Thailand, China
        # (states), Beidaihe, the Diaoyutai State Guesthouse, the Great Hall of the People,
        # Tiananmen Square (places). Removed: at the start, the tag line "Beidaihe meeting" and
        # the promotion "Get more with myNEWS / A personalised news feed of stories that matter to
        # you / Learn more"; at the end, the last, cut-off sentence ("Yesterday's talks, Mr Li's
        # first with a visiting head of government for two months, lasted 80 minutes and focused
        # primarily on Sino-Thai economic and trade relations although the two premiers did
        # discuss the Cambodian question"). Kept as found: the doubled single quotes ''...'', the
        # double blank line after "Great Hall of the People.".
    ],
    roles=[("Chinese Prime Minister", "li_peng"), ("his Thai counterpart", "chuan_leekpai"),
           ("the premier", "li_peng"), ("Indian Prime Minister", "p_v_narasimha_rao"),
           ("The Foreign Ministry spokesman", "wu_jianmin"), ("his guest", "chuan_leekpai")],
)

A["dev_13610_merkel_berlusconi_rome"] = dict(
    actors={
        "angela_merkel": ["Angela Merkel", "Merkel", "Angie"],
        "silvio_berlusconi": ["Silvio Berlusconi", "Berlusconi", "Silvio"],
        "gerhard_schroeder": ["Gerhard Schr\u00f6der", "Schr\u00f6der"],
    },
    meetings=[
        # "German Chancellor Angela Merkel met with Italian Premier Minister Silvio Berlusconi on
        # Monday evening during a short visit to Rome ..." (with the dinner: the same pair, day and
        # place, one row) -> held, 2005-12-19 ("on Monday" in an item of Tuesday 20 December 2005),
        # Rome.
        M(["angela_merkel", "silvio_berlusconi"], "2005-12-19", "Rome", IP, H,
          "German Chancellor Angela Merkel met with Italian Premier Minister Silvio Berlusconi on Monday evening during a short visit to Rome and took the opportunity to stress that efforts should be made to improve relations between their two countries which suffered during the term of office of her predecessor."),
        # Not rows: "Schroder and Berlusconi very rarely saw eye-to-eye" (a caption; no
        # specific meeting); "aides said" (unnamed). Not annotated: "the Italian government",
        # "the Schroder administration" (Schroder's government; the person is annotated),
        # "the new coalition government in Germany" (generic), Germany, Italy (states), Rome (a
        # place). Removed: at the start, the page title line "Out With The Old, in With The New as
        # Angie Meets Silvio | Europe| News and current affairs from around the continent | DW |
        # 20.12.2005" and the site menu ("1. Inhalt" ... "6. Choose from 30 Languages"); at the
        # end, the last, cut-off sentence ("The underlying message was that Berlusconi was glad to
        # see the back of Schroder ... with their Italian counterparts dur"). Kept as found:
        # "each others company" (twice), "Italian Premier Minister", the OCR-split heading "Perso
        # n al a n imosity fuelled past political spats", the caption "Schroder und
        # Berlusconi".
    ],
    roles=[("German Chancellor", "angela_merkel"), ("Italian Premier Minister", "silvio_berlusconi"),
           ("The Italian prime minister", "silvio_berlusconi"), ("her predecessor", "gerhard_schroeder")],
)

A["test_13611_lange_palmer_apia_talks"] = dict(
    actors={
        "david_lange": ["Mr Lange"],
        "geoffrey_palmer": ["Mr Palmer"],
        "russell_marshall": ["Mr Marshall"],
        "tofilau_eti_alesana": ["Tofilau Eti"],
        "cabinet_of_new_zealand": ["Cabinet"],
        "new_zealand_parliament": ["Parliament"],
    },
    meetings=[
        # "... the Prime Minister, Mr Lange, was due to have arrived in Western Samoa early today
        # for talks on reducing immigration." ("he would go to Apia") -> the Western Samoan side
        # is not named (its government as host): one-party row for the named party (as the
        # one-party rows for unnamed hosts of batches 5b/5d), planned ("was due to"), date null
        # ("early today" is the arrival, the talks have no day), Apia.
        M(["david_lange"], None, "Apia", IP, P,
          "Adopting the \u201cPacific Way\u201d of consultation, the Prime Minister, Mr Lange, was due to have arrived in Western Samoa early today for talks on reducing immigration."),
        # "In May the Deputy Prime Minister, Mr Palmer, visited Apia for talks." -> one-party row
        # (counterparts unnamed), held, date null (month only), Apia.
        M(["geoffrey_palmer"], None, "Apia", IP, H,
          "In May the Deputy Prime Minister, Mr Palmer, visited Apia for talks."),
        # "Western Samoa's Prime Minister, Tofilau Eti, ... has been consulted." -> consulted by
        # the New Zealand side (not named; how and where not said): one-party row, held, date
        # null, place null (his being in Auckland does not place the consultation); required false
        # (a passive "has been consulted"; see the notes).
        M(["tofilau_eti_alesana"], None, None, IP, H,
          "Western Samoa's Prime Minister, Tofilau Eti, who is recuperating in Auckland after heart surgery, has been consulted.", False),
        # Not rows: "Meetings have also been held by Mr Palmer, Mr Lange and the Minister of
        # Foreign Affairs, Mr Marshall, with representatives of Western Samoa's Government and its
        # community in New Zealand" (meetings counted, not one specific meeting); "Yesterday in
        # Parliament ... he said" (a statement); the Cabinet's recommendation (a decision). Not
        # annotated: the byline "BRENDON BURNS", "the Governmetn" (New Zealand's government,
        # generic), "Western Samoa's Government" (generic), Western Samoa, New Zealand (states),
        # Apia, Auckland, Wellington (places). Removed: at the start, the Papers Past notes ("Thank
        # you for correcting the text in this article. ...", "This article contains searchable
        # text ...") and 28 "Article image" placeholders; at the end, the last, cut-off sentence
        # ("There were also 6200 Westerm Samoan overstayers, making up about a third of th"). Kept
        # as found: "Governmetn", the byline lines "By" / "BRENDON BURNS" / "in Wellington".
    ],
    roles=[("the Prime Minister", "david_lange"), ("the Deputy Prime Minister", "geoffrey_palmer"),
           ("the Minister of Foreign Affairs", "russell_marshall"),
           ("Western Samoa's Prime Minister", "tofilau_eti_alesana")],
)

A["dev_13612_ivanov_axworthy_ottawa"] = dict(
    actors={
        "igor_ivanov": ["Igor Ivanov", "Ivanov"],
        "lloyd_axworthy": ["Lloyd Axworthy", "Axworthy"],
        "g8": ["G-8"],
        "kosovo_liberation_army": ["Kosovo Liberation Army", "UCK"],
        "nato": ["NATO"],
        "united_nations": ["United Nations", "UN"],
        "united_nations_general_assembly": ["UN General Assembly"],
        "circumpolar_conference": ["Circumpolar Conference"],
        "goskomsever": ["Goskomsever"],
        "vladimir_goman": ["Vladimir Goman"],
    },
    meetings=[
        # "Russian Foreign Minister Igor Ivanov met in Ottawa for four-and-a-half hours with his
        # Canadian counterpart, Foreign Affairs Minister Lloyd Axworthy." / "At a news conference
        # following the session Saturday ..." -> held, 1999-09-18 (the session "Saturday" under a
        # dateline of Monday 20 September 1999), Ottawa.
        M(["igor_ivanov", "lloyd_axworthy"], "1999-09-18", "Ottawa", IP, H,
          "Ottawa, 20 September 1999 (RFE/RL) -- Russian Foreign Minister Igor Ivanov met in Ottawa for four-and-a-half hours with his Canadian counterpart, Foreign Affairs Minister Lloyd Axworthy."),
        # Not rows: the news conference (of the same two, after the session); "raised 'at the G-8
        # ... level'" and "the opening of the UN General Assembly this week" (multilateral); the
        # Circumpolar Conference (multilateral, no meeting reported); Goman "will attend an
        # international conference on federalism" (multilateral); "the UN Secretary-General's
        # report" (a report; the office holder unnamed). Not annotated: the dateline credit
        # "(RFE/RL)", Canada, Russia (states), Moscow, Kosovo, the Arctic, Mont Tremblant
        # (places), "the eight nations" (generic). Removed: at the start, the site lines
        # "Accessibility links" and "Breaking News"; at the end, the last, cut-off sentence ("The
        # meeting - hosted last year by Austria (with culture as the topic) - will be co-hosted
        # this year by former Social Democratic Ontario Premier Bob Rae and the former pr").
        # Kept as found: "to insure implementation".
    ],
    roles=[("Russian Foreign Minister", "igor_ivanov"), ("his Canadian counterpart", "lloyd_axworthy"),
           ("Foreign Affairs Minister", "lloyd_axworthy"), ("The Canadian minister", "lloyd_axworthy"),
           ("the head of the Russian Federation's northern directorate", "vladimir_goman")],
)
