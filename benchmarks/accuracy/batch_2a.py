"""Accuracy corpus, batch 2a: metadata and gold annotations for 12 new articles.

Batch 2a was collected (search tool, corpus `pages`) and annotated from the texts alone, before the
package was run on any of them; the package has not been run on this batch at all. Conventions are
those of ANNOTATION.md (and /work/shared/ANNOTATION-GUIDE.md); batch-specific judgement calls are in
batch_2a_NOTES.md.

Split rule (fixed before annotating): the articles are numbered 1..12 in the order they were
collected; positions 2, 6 and 10 are test, all others dev. Ids are `dev_1NN_<slug>` /
`test_1NN_<slug>` with NN = collection position (01..12).

Data format: ARTICLES as in articles_meta.py, A as in annotations.py.
M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
# Every `published` value is on the page (search result date field, page date line or URL);
# none had to be inferred from the text.
ARTICLES = [
    ("dev_101_magufuli_kenyatta_nairobi", "Africa", "2010s", "Business Daily Africa (PSCU)", "http://www.businessdailyafrica.com/Tanzania-s-Magufuli-in-Kenya-for-first-State-visit/539546-3436014-i4icqwz/index.html", "2016-10-31"),
    ("test_102_pashinyan_aliyev_brussels", "Central Asia/Caucasus", "2020s", "Asbarez", "https://asbarez.com/developing-pashinyan-aliyev-talks-in-brussels-start/", "2023-05-14"),
    ("dev_103_hussein_arafat_netanyahu", "Middle East", "1990s", "IsraelFaxx (Voice of America)", "http://www.israelfaxx.com/webarchive/1996/10/6fax1015.html", "1996-10-15"),
    # published from the URL (1010716); the dateline of the story is "Agra, July 15".
    ("dev_104_vajpayee_musharraf_agra", "South Asia", "2000s", "The Telegraph (Calcutta)", "https://www.telegraphindia.com/1010716/front_pa.htm", "2001-07-16"),
    ("dev_105_vazquez_kirchner_caracas", "Latin America", "2000s", "MercoPress", "https://en.mercopress.com/2006/07/06/vazquez-hints-at-mill-dialogue", "2006-07-06"),
    # page date "15 May 1997"; the live-updated story has a later "FRIDAY, 8.00AM" entry.
    ("test_106_mandela_kabila_capetown", "Africa", "1990s", "Mail & Guardian", "https://mg.co.za/article/1997-05-15-kabila-flies-into-cape-town/", "1997-05-15"),
    ("dev_107_amirabdollahian_farhan_call", "Middle East", "2020s", "IFP News (Iran Front Page)", "https://ifpnews.com/iranian-fm-invited-saudi-arabia-jointly-watch-football-match-saudi-peer/", "2023-10-06"),
    ("dev_108_karimov_nazarbayev_astana", "Central Asia/Caucasus", "2010s", "Tengrinews", "https://en.tengrinews.kz/politics_sub/uzbek-president-marks-nazarbayevs-farsighted-approach-257658/", "2014-11-26"),
    ("dev_109_obama_rouhani_call", "Middle East", "2010s", "The Denver Post", "http://www.denverpost.com/2013/09/27/obama-irans-president-talk-by-phone-breaking-diplomatic-freeze/", "2013-09-27"),
    ("test_110_kibaki_odinga_annan", "Africa", "2000s", "Taipei Times", "http://www.taipeitimes.com/News/world/archives/2008/01/26/2003398928", "2008-01-26"),
    ("dev_111_saarc_dates_kadirgamar", "South Asia", "1990s", "Rediff (UNI)", "http://in.rediff.com/news/1998/jun/09bomb1.htm", "1998-06-09"),
    ("dev_112_milei_lula_no_meeting", "Latin America", "2020s", "Malay Mail (AFP)", "https://www.malaymail.com/news/world/2024/06/29/argentinas-president-milei-wont-make-amends-with-brazils-lula-says-he-has-inflated-ego/142036", "2024-06-29"),
]

A = {}

A["dev_101_magufuli_kenyatta_nairobi"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta"],
        "john_magufuli": ["John Pombe Magufuli", "Dr Magufuli", "Magufuli"],
        "william_ruto": ["William Ruto"],
        "samson_mwathethe": ["Samson Mwathethe"],
    },
    meetings=[
        # Monday 2016-10-31 = publication day ("arrived in Kenya Monday morning", talks "later today").
        M(["john_magufuli", "uhuru_kenyatta"], "2016-10-31", "Nairobi", IP, H,
          "Dr Magufuli, who was formally received by his host President Uhuru Kenyatta at State House, Nairobi, was accorded full military honours complete with a 21-gun salute."),
        M(["uhuru_kenyatta", "john_magufuli"], None, "Dar es Salaam", IP, H,
          "President Uhuru Kenyatta (right) with Tanzania's John Pombe Magufuli at a past even in Dar Es Salaam Tanzania.", False),
    ],
    roles=[("the Tanzanian leader", "john_magufuli"), ("his host", "uhuru_kenyatta")],
)

_AB1 = ("Talks between Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan in Brussels kicked off on Sunday, with European Council President Charles Michel, who initiated the meeting, met with the two leaders separately ahead of the summit.")
_AB2 = ("When confirming Sunday’s summit, Michel’s office also announced that another meeting between Pashinyan and Aliyev will take place on June 1 in Chisinau, the capital of Moldova, with the participation of French President Emmanuel Macron and the German Chancellor Olaf Sholz.")
A["test_102_pashinyan_aliyev_brussels"] = dict(
    actors={
        "nikol_pashinyan": ["Nikol Pashinyan", "Pashinyan"],
        "ilham_aliyev": ["Ilham Aliyev", "Aliyev"],
        "charles_michel": ["Charles Michel", "Michel"],
        "emmanuel_macron": ["Emmanuel Macron"],
        "olaf_scholz": ["Olaf Sholz"],
        "european_council": ["European Council"],
        "european_union": ["EU"],
    },
    meetings=[
        # Sunday 2023-05-14 = publication day. The Pashinyan-Aliyev summit is still "ahead" (headline).
        M(["nikol_pashinyan", "ilham_aliyev"], "2023-05-14", "Brussels", IP, P, _AB1),
        M(["charles_michel", "nikol_pashinyan"], "2023-05-14", "Brussels", IP, H, _AB1),
        M(["charles_michel", "ilham_aliyev"], "2023-05-14", "Brussels", IP, H, _AB1),
        # Saturday = 2023-05-13; may be the same separate meeting (the lead says Sunday).
        M(["nikol_pashinyan", "charles_michel"], "2023-05-13", None, IP, H,
          "Pashinyan told Michel on Saturday that the Azerbaijani provocations “are aimed at disrupting the efforts for resuming the peace talks.”", False),
        M(["nikol_pashinyan", "ilham_aliyev"], "2023-06-01", "Chisinau", IP, P, _AB2),
        M(["nikol_pashinyan", "emmanuel_macron"], "2023-06-01", "Chisinau", IP, P, _AB2),
        M(["nikol_pashinyan", "olaf_scholz"], "2023-06-01", "Chisinau", IP, P, _AB2),
        M(["ilham_aliyev", "emmanuel_macron"], "2023-06-01", "Chisinau", IP, P, _AB2),
        M(["ilham_aliyev", "olaf_scholz"], "2023-06-01", "Chisinau", IP, P, _AB2),
        M(["emmanuel_macron", "olaf_scholz"], "2023-06-01", "Chisinau", IP, P, _AB2),
    ],
    roles=[("European Council President", "charles_michel"), ("EU leader", "charles_michel"),
           ("the prime minister", "nikol_pashinyan"), ("French President", "emmanuel_macron"),
           ("the German Chancellor", "olaf_scholz")],
)

A["dev_103_hussein_arafat_netanyahu"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein"],
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu"],
        "yasser_arafat": ["Yasir Arafat", "Arafat"],
        "shimon_peres": ["Shimon Peres"],
        "hamas": ["Hamas"],
        "cnn": ["CNN"],
    },
    meetings=[
        M(["hussein_bin_talal", "benjamin_netanyahu"], None, None, PH, H,
          "Jordan's King Hussein has telephoned Israeli Prime Minister Benjamin Netanyahu and offered his help in the current Israel-Palestinian negotiations aimed at avoiding another outbreak of violence."),
        # "the talks held Monday in Amman between Arafat and the king": Monday = 1996-10-14 (bulletin Tue 15 Oct).
        M(["hussein_bin_talal", "yasser_arafat"], "1996-10-14", "Amman", IP, H,
          "The king made the call after meeting in Amman with Palestinian leader Yasir Arafat."),
        M(["hussein_bin_talal", "yasser_arafat"], "1996-10-15", "Jericho", IP, P,
          "King Hussein will meet with Arafat in Jericho Tuesday, his first trip to Palestinian territory."),
        M(["benjamin_netanyahu", "yasser_arafat"], None, None, IP, P,
          "CNN reports Netanyahu and Arafat are expected to possibly meet within the next 24 hours to announce an agreement on the withdrawal of Israeli troops from Hebron, Israeli television said.", False),
    ],
    roles=[("the king", "hussein_bin_talal"), ("the prime minister", "benjamin_netanyahu"),
           ("Palestinian leader", "yasser_arafat"), ("former Prime Minister", "shimon_peres")],
)

_AG1 = ("As the two camps sat well into the night searching for the right words to sum up the summit between Prime Minister Atal Bihari Vajpayee and President Pervez Musharraf, two things were clear: both sides will keep talking beyond Agra and that daybreak tomorrow will see the emergence of a please-all document.")
_AG2 = ("Yesterday\ufffds distance between the two leaders as they shook hands gingerly in the forecourt of Rashtrapati Bhavan was bridged today with Musharraf laying the first brick of the foundation by telling Vajpayee: \ufffdI am delighted to be in Agra.")
A["dev_104_vajpayee_musharraf_agra"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee", "Vajpayee"],
        "pervez_musharraf": ["Pervez Musharraf", "Musharraf"],
        "sushma_swaraj": ["Sushma Swaraj"],
        "hurriyat": ["Hurriyat"],
    },
    meetings=[
        # Dateline "Agra, July 15" + "today".
        M(["atal_bihari_vajpayee", "pervez_musharraf"], "2001-07-15", "Agra", IP, H, _AG1),
        M(["pervez_musharraf", "atal_bihari_vajpayee"], None, "Pakistan", IP, P,
          "The summit tasted its first success when Musharraf extended an invitation to Vajpayee to pay a return visit and the Prime Minister accepted."),
        # Welcome handshake "yesterday" (2001-07-14); Rashtrapati Bhavan -> New Delhi.
        M(["atal_bihari_vajpayee", "pervez_musharraf"], "2001-07-14", "New Delhi", IP, H, _AG2, False),
    ],
    roles=[("the Prime Minister", "atal_bihari_vajpayee"), ("information minister", "sushma_swaraj")],
)

A["dev_105_vazquez_kirchner_caracas"] = dict(
    actors={
        "tabare_vazquez": ["Tabaré Vazquez", "Vazquez"],
        "nestor_kirchner": ["Néstor Kirchner", "Kirchner"],
        "mercosur": ["Mercosur"],
        "international_court_of_justice": ["World Court"],
        "botnia": ["Botnia"],
        "ence": ["ENCE"],
    },
    meetings=[
        # Tuesday night = 2006-07-04 (article Thu 2006-07-06). An embrace at the Mercosur summit, not a
        # bilateral meeting ("the pulp conflict was not tackled") -> optional.
        M(["tabare_vazquez", "nestor_kirchner"], "2006-07-04", "Caracas", IP, H,
          "Uruguayan President Tabaré Vazquez yesterday said that a warm embrace with his Argentine counterpart Néstor Kirchner in Caracas on Tuesday night was a sign toward dialogue between the two countries which are engaged in a bitter spat over the construction of two pulp mills in Uruguay.", False),
    ],
    roles=[("his Argentine counterpart", "nestor_kirchner"), ("The Uruguayan president", "tabare_vazquez")],
)

A["test_106_mandela_kabila_capetown"] = dict(
    actors={
        "nelson_mandela": ["NELSON MANDELA", "Nelson Mandela", "Mandela"],
        "laurent_kabila": ["LAURENT KABILA", "Laurent Kabila", "Kabila"],
        "mobutu_sese_seko": ["Mobutu Sese Seko", "Sese Seko Mobutu", "Mobutu"],
        "moise_nyarugabo_muhizi": ["Moise Nyarugabo Muhizi"],
        "thabo_mbeki": ["Thabo Mbeki"],
        "mohamed_sahnoun": ["Mohamed Sahnoun"],
        "united_nations": ["UN"],
    },
    meetings=[
        # Kabila flew in Thursday afternoon "for talks"; the Friday entry reports them held, without a day.
        M(["nelson_mandela", "laurent_kabila"], None, "Cape Town", IP, H,
          "Mandela said he was confident of a resolution of the Zaire war, after two hours of talks with rebel leader Laurent Kabila in Cape Town."),
        M(["mobutu_sese_seko", "thabo_mbeki"], None, "Kinshasa", IP, P,
          "He is to hold separate meetings in Kinshasa with South African Deputy President Thabo Mbeki."),
    ],
    roles=[("rebel leader", "laurent_kabila"), ("Our president", "laurent_kabila"),
           ("Kabila’s chief aide", "moise_nyarugabo_muhizi"), ("South African Deputy President", "thabo_mbeki"),
           ("UN envoy", "mohamed_sahnoun")],
)

A["dev_107_amirabdollahian_farhan_call"] = dict(
    actors={
        "hossein_amirabdollahian": ["Hossein Amirabdollahian", "Amirabdollahian"],
        "faisal_bin_farhan": ["Faisal bin Farhan"],
        "al_ittihad": ["Al Ittihad"],
        "sepahan": ["Sepahan"],
        "asian_football_confederation": ["Asian Football Confederation", "AFC"],
    },
    meetings=[
        # Thursday = 2023-10-05 (article Fri 2023-10-06).
        M(["hossein_amirabdollahian", "faisal_bin_farhan"], "2023-10-05", None, PH, H,
          "Iranian Foreign Minister Hossein Amirabdollahian held a phone conversation with his Saudi counterpart Faisal bin Farhan on Thursday to discuss some issues of mutual interests pertaining to various fields of bilateral ties."),
        # The Saudi crown prince-cum-prime minister is not named -> one-party row.
        M(["hossein_amirabdollahian"], None, "Jeddah", IP, H,
          "Considering the recent milestone meeting between the Iranian foreign minister and the Saudi crown prince-cum-prime minister in Jeddah, both sides agreed that necessary steps should be taken in this path in compliance with the right course for political ties between the two countries."),
        M(["faisal_bin_farhan", "hossein_amirabdollahian"], None, "Saudi Arabia", IP, P,
          "Taking into consideration the importance of persistent football club matches between the two countries in the direction of promoting comprehensive cooperation, the Saudi foreign minister invited Amirabdollahian to jointly participate in the first football match in Saudi Arabia.", False),
    ],
    roles=[("his Saudi counterpart", "faisal_bin_farhan"), ("the Iranian foreign minister", "hossein_amirabdollahian"),
           ("the Saudi foreign minister", "faisal_bin_farhan")],
)

_KN = ("He met with Nursultan Nazarbayev and the two discussed implementation of agreements reached during the Kazakh President’s visit to Uzbekistan in June 2013.")
A["dev_108_karimov_nazarbayev_astana"] = dict(
    actors={
        "islam_karimov": ["Islam Karimov"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "tengrinews": ["Tengrinews"],
    },
    meetings=[
        # "arrived in Astana on an official visit on Tuesday, November 25" (2014-11-25 is a Tuesday).
        M(["islam_karimov", "nursultan_nazarbayev"], "2014-11-25", "Astana", IP, H, _KN),
        # June 2013 visit: month only; the host is implied, not named -> optional.
        M(["nursultan_nazarbayev", "islam_karimov"], None, "Uzbekistan", IP, H, _KN, False),
    ],
    roles=[("the Kazakh President", "nursultan_nazarbayev"), ("Kazakhstan's President", "nursultan_nazarbayev"),
           ("Uzbekistan's President", "islam_karimov"), ("Uzbek President", "islam_karimov"),
           ("President of Kazakhstan", "nursultan_nazarbayev"), ("President of Uzbekistan", "islam_karimov")],
)

A["dev_109_obama_rouhani_call"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "Obama"],
        "hassan_rouhani": ["Hassan Rouhani", "Hasan Rouhani", "Rouhani"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # Friday = 2013-09-27 = publication day (caption: "Friday, Sept. 27, 2013").
        M(["barack_obama", "hassan_rouhani"], "2013-09-27", None, PH, H,
          "President Barack Obama was on the line, and the two men spoke for 15 minutes, ending a decades-long diplomatic freeze."),
    ],
    roles=[("U.S. President", "barack_obama"), ("Iranian President", "hassan_rouhani")],
)

_KO = ("Flanked by Annan, President Mwai Kibaki and opposition leader Raila Odinga on Thursday stood together for the first time since the disputed Dec. 27 polls and called for peace and a start to dialogue.")
A["test_110_kibaki_odinga_annan"] = dict(
    actors={
        "mwai_kibaki": ["Mwai Kibaki", "Kibaki"],
        "raila_odinga": ["Raila Odinga", "Odinga"],
        "kofi_annan": ["Kofi Annan", "Annan"],
        "united_nations": ["UN"],
    },
    meetings=[
        # Thursday = 2008-01-24 (paper of Sat 2008-01-26). No place is given in the text.
        M(["mwai_kibaki", "raila_odinga"], "2008-01-24", None, IP, H, _KO),
        M(["mwai_kibaki", "kofi_annan"], "2008-01-24", None, IP, H, _KO),
        M(["raila_odinga", "kofi_annan"], "2008-01-24", None, IP, H, _KO),
        M(["mwai_kibaki", "raila_odinga"], None, None, IP, P,
          "Former UN chief Kofi Annan was set to push for further talks yesterday between feuding Kenyan leaders to end a political crisis, one day after organizing their first face-to-face meeting.", False),
    ],
    roles=[("The president of Kenya", "mwai_kibaki"), ("the opposition leader", "raila_odinga"),
           ("the former UN secretary general", "kofi_annan"), ("former UN chief", "kofi_annan")],
)

A["dev_111_saarc_dates_kadirgamar"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee"],
        "nawaz_sharif": ["Nawaz Sharief"],
        "sheikh_hasina": ["Sheikh Hasina Wajed", "Sheikh Hasina"],
        "chandrika_kumaratunga": ["Chandrika Kumaratunga"],
        "lakshman_kadirgamar": ["Lakshman Kadirgamar"],
        "vasundhara_raje": ["Vasundhara Raje"],
        "saarc": ["South Asian Association for Regional Cooperation", "SAARC"],
    },
    meetings=[
        # Monday = 1998-06-08 (story of Tue 1998-06-09); no place given.
        M(["lakshman_kadirgamar", "vasundhara_raje"], "1998-06-08", None, IP, H,
          "Meanwhile, Sri Lankan Foreign Minister Lakshman Kadirgamar met Minister of State for External Affairs Vasundhara Raje on Monday and reportedly discussed with her the tentative dates for the SAARC summit."),
        M(["atal_bihari_vajpayee", "nawaz_sharif"], None, None, IP, P,
          "Prime Minister Atal Bihari Vajpayee and his Pakistani counterpart Nawaz Sharief have said they want talks, but no dates have been set.", False),
    ],
    roles=[("his Pakistani counterpart", "nawaz_sharif"), ("Sri Lankan Foreign Minister", "lakshman_kadirgamar"),
           ("Sri Lankan President", "chandrika_kumaratunga")],
)

A["dev_112_milei_lula_no_meeting"] = dict(
    actors={
        "javier_milei": ["Javier Milei", "Milei"],
        "luiz_inacio_lula_da_silva": ["Luiz Inacio Lula da Silva", "Lula"],
        "ln_plus": ["LN+"],
        "g7": ["G7"],
        "mercosur": ["Mercosur"],
    },
    meetings=[],
    roles=[("Argentina’s President", "javier_milei")],
)
