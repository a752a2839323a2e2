"""Accuracy corpus, batch 66a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 66b), from the 1980s, 1990s,
2000s, 2010s and 2020s (1980s: two, 1990s: three, 2000s: three, 2010s: three, 2020s: one; five of
the twelve from before 2000, as the brief asked; no 1970s page: the odd-year 1970s candidates seen
were already in the corpus or not news pages, see the notes), over the eleven regions (Western
Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia,
Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Kun.uz, The Jakarta Post (via jawawa.id), La Moncloa (Spanish government; a press
conference transcript), SpaceWar (an AFP story), VOA News, the CIA reading room (an FBIS
translation of a Mexican TV report), Sikh Heritage Education (a Reuter story reprinted from a 1987
paper), CNW/newswire.ca (a PMO readout), Pacific Islands Report (a story of The National),
Nigeria News Day, the Austrian foreign ministry (bmeia.gv.at; a press release), HR-Net (a BTA
bulletin of the Bulgarian embassy).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
66b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_66a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-65b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_130NN_<slug>` / `test_130NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's line "14:44 / 11.01.2019" (a Friday, checked); the talks are those of the day of
    # Aydarbekov's arrival "on January 11, 2019" -> 2019-01-11.
    ("dev_13001_kamilov_aydarbekov_tashkent", "Central Asia/Caucasus", "2010s", "Kun.uz (kun.uz)", "https://kun.uz/en/news/2019/01/11/abdulaziz-kamilov-receives-kyrgyz-fm", "2019-01-11"),
    # The page's line "Thu, 11 Dec 1997" (a Thursday, checked): "yesterday" -> 1997-12-10.
    ("dev_13002_soeharto_moerdiono_cendana", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id archive)", "https://jawawa.id/newsitem/soeharto-to-attend-asean-summit-in-kl-1447893297", "1997-12-11"),
    # The page's line "2017.1.12" (a Thursday, checked; the URL has 20170119, the page's own date
    # line is preferred): "here today" -> 2017-01-12.
    ("test_13003_kenny_madrid_press_conference", "Western Europe", "2010s", "La Moncloa (lamoncloa.gob.es; Spanish government, press conference transcript)", "https://lamoncloa.gob.es/lang/en/presidente/intervenciones/Paginas/2017/20170119-pressrajoykenny.aspx?mode=Dark", "2017-01-12"),
    # The dateline "SEOUL (AFP) Aug 23, 2003" (a Saturday, checked): "Saturday" -> 2003-08-23,
    # "Friday" -> 2003-08-22, "on Wednesday" (six-way talks, no row) -> 2003-08-27.
    ("dev_13004_roh_kawaguchi_seoul", "East Asia", "2000s", "SpaceWar (spacewar.com; an AFP story)", "http://spacewar.com/2003/030823041706.4hvhtmkn.html", "2003-08-23"),
    # The headline's "2001-11-26" (a Monday, checked): "Sunday night" -> 2001-11-25.
    ("dev_13005_mubarak_gadhafi_tripoli", "Middle East", "2000s", "VOA News (voanews.com)", "https://www.voanews.com/a/a-13-a-2001-11-26-31-mubarak-66944017/377719.html", "2001-11-26"),
    # The FBIS issue "FBIS-LAT-89-135 17 July 1989" (the page's "Publication Date: July 17,
    # 1989", removed with the page header); the report was broadcast "12 Jul 89"; the meetings
    # have no day.
    ("dev_13006_salinas_barco_bogota", "Latin America", "1980s", "CIA reading room (cia.gov; an FBIS translation of a Mexican TV report)", "https://cia.gov/readingroom/node/2005065", "1989-07-17"),
    # The reprint's line "Article extracted from this publication >>  March 20, 1987"; the
    # dateline "COLOMBO: March 15" (a Sunday, checked): "yesterday" and "last night" ->
    # 1987-03-14.
    ("test_13007_dinesh_singh_jayewardene_colombo", "South Asia", "1980s", "Sikh Heritage Education (sikhheritageeducation.com; a Reuter story of 1987)", "https://sikhheritageeducation.com/gandhi-sends-message-to-jayewardene-amid-worseningrelations/", "1987-03-20"),
    # The dateline "OTTAWA, ON, April 1, 2025" and the search tool's date field 2025-04-01 (a
    # Tuesday, checked; removed with its " date ..." prefix): "Today" -> 2025-04-01.
    ("dev_13008_carney_sheinbaum_call", "North America", "2020s", "CNW / newswire.ca (Prime Minister's Office readout)", "https://www.newswire.ca/news-releases/readout-prime-minister-carney-speaks-with-president-of-mexico-claudia-sheinbaum-877584885.html", "2025-04-01"),
    # The URL's 1999/08/04 (a Wednesday) and the dateline "(August 2, 1999 - The National)" (a
    # Monday, checked): "on Saturday" -> 1999-07-31 from either.
    ("dev_13009_downer_morauta_somare_port_moresby", "Oceania", "1990s", "Pacific Islands Report (pireport.org; a story of The National)", "http://www.pireport.org/articles/1999/08/04/foreign-minister-downer-reaffirms-australias-commitment-png", "1999-08-04"),
    # The search tool's date field 2017-06-26 and the URL's 2017/06/26 (a Monday, checked;
    # removed with its " date ..." prefix): "on Sunday evening" -> 2017-06-25.
    ("dev_13010_osinbajo_akufo_addo_aguda_house", "Africa", "2010s", "Nigeria News Day (nigerianewsday.com)", "http://nigerianewsday.com/2017/06/26/osinbajo-host-ghanas-nana-akufo-addo/", "2017-06-26"),
    # The release's "Rome, 8 March 2005 Press release" (a Tuesday, checked): "today" ->
    # 2005-03-08.
    ("test_13011_plassnik_fini_rome", "Western Europe", "2000s", "Austrian Federal Ministry for European and International Affairs (bmeia.gv.at; press release)", "http://www.bmeia.gv.at/en/the-ministry/press/announcements/2005/plassnik-oesterreich-und-italien-gute-nachbarn-viele-gemeinsame-europaeische-interessen/", "2005-03-08"),
    # The bulletin's "FEBRUARY 15, 1995" (a Wednesday) and the URL's 95-02-15; the meeting "on
    # February 13" (a Monday, checked) is explicit -> 1995-02-13.
    ("dev_13012_zhelev_clinton_washington", "Eastern Europe/Russia", "1990s", "HR-Net (athena.hri.org; BTA bulletin of the Embassy of Bulgaria, Washington)", "http://athena.hri.org/news/balkans/bta/1995/95-02-15.bta", "1995-02-15"),
]

A = {}

A["dev_13001_kamilov_aydarbekov_tashkent"] = dict(
    actors={
        "abdulaziz_kamilov": ["Abdulaziz Kamilov"],
        "chingiz_aydarbekov": ["Chingiz Aydarbekov"],
        "ibragim_junusov": ["Ibragim Junusov"],
    },
    meetings=[
        # "Foreign Minister of Uzbekistan Abdulaziz Kamilov held talks with his Kyrgyz counterpart
        # Chingiz Aydarbekov, who had arrived in Tashkent on January 11, 2019." -> held,
        # 2019-01-11 (the day of arrival, reported at 14:44 the same day; see the notes),
        # Tashkent.
        M(["abdulaziz_kamilov", "chingiz_aydarbekov"], "2019-01-11", "Tashkent", IP, H,
          "Foreign Minister of Uzbekistan Abdulaziz Kamilov held talks with his Kyrgyz counterpart Chingiz Aydarbekov, who had arrived in Tashkent on January 11, 2019."),
        # Not rows: "The Ambassador of Kyrgyzstan to Uzbekistan Ibragim Junusov did also attend
        # the meeting." (present, not a participant: an actor); "regular meetings of the Council
        # of khokims ... chaired by the Prime Ministers" (recurring meetings of unnamed people);
        # "the first meeting of Foreign Ministers of India - Central Asia Dialogue ... in
        # Samarkand on January 12-13" (a multilateral meeting, no bilateral named); "between
        # heads of state" (no specific meeting). Not annotated: "MFA" (the photo credit "Photo:
        # MFA"), the Council of khokims and the Government of Kyrgyzstan (generic bodies of
        # unnamed people), the countries. Kept as found: the view counter "922" under the date
        # line, "did also attend". Removed: at the end, the site's "Related News" and "Top"
        # links. Nothing removed at the start.
    ],
    roles=[("Foreign Minister of Uzbekistan", "abdulaziz_kamilov"), ("his Kyrgyz counterpart", "chingiz_aydarbekov"),
           ("The Ambassador of Kyrgyzstan to Uzbekistan", "ibragim_junusov")],
)

_SM = ("The first involved Moerdiono, Minister of Agriculture Sjarifudin Baharsjah and Minister of Industry and Trade Tunky Ariwibowo.")
A["dev_13002_soeharto_moerdiono_cendana"] = dict(
    actors={
        "soeharto": ["Soeharto"],
        "moerdiono": ["Moerdiono"],
        "witjaksana_soegarda": ["Witjaksana Soegarda", "Witjaksono"],
        "sjarifudin_baharsjah": ["Sjarifudin Baharsjah"],
        "tunky_ariwibowo": ["Tunky Ariwibowo"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "Minister/State Secretary Moerdiono made the announcement after meeting with Soeharto
        # yesterday at his residence on Jl. Cendana, Central Jakarta." ("the second of two
        # meetings"; the first, with Moerdiono among others, is the same pair on the same day:
        # one row by ANNOTATION) -> held, 1997-12-10, Jakarta.
        M(["moerdiono", "soeharto"], "1997-12-10", "Jakarta", IP, H,
          "Minister/State Secretary Moerdiono made the announcement after meeting with Soeharto yesterday at his residence on Jl. Cendana, Central Jakarta."),
        # "The first involved Moerdiono, Minister of Agriculture Sjarifudin Baharsjah and Minister
        # of Industry and Trade Tunky Ariwibowo." (the first of Soeharto's two meetings
        # "yesterday"; a meeting of four) -> the pairs with Soeharto required (Moerdiono's
        # already above), held, 1997-12-10, Jakarta (no place stated for the first meeting;
        # Soeharto resting in Jakarta, dateline JAKARTA; see the notes).
        M(["soeharto", "sjarifudin_baharsjah"], "1997-12-10", "Jakarta", IP, H, _SM),
        M(["soeharto", "tunky_ariwibowo"], "1997-12-10", "Jakarta", IP, H, _SM),
        # The ministers' pairs among themselves (the same side) -> required false.
        M(["moerdiono", "sjarifudin_baharsjah"], "1997-12-10", "Jakarta", IP, H, _SM, False),
        M(["moerdiono", "tunky_ariwibowo"], "1997-12-10", "Jakarta", IP, H, _SM, False),
        M(["sjarifudin_baharsjah", "tunky_ariwibowo"], "1997-12-10", "Jakarta", IP, H, _SM, False),
        # Not rows: "the meeting which was also attended by ... Witjaksana Soegarda" (attended:
        # an actor, not a participant); the informal ASEAN summit in Kuala Lumpur on Sunday, the
        # "ASEAN heads of government meeting" and the meeting with the leaders of China, Japan and
        # South Korea (summits as such; no bilateral named); "the 12-day overseas trip last month"
        # (no meeting named); the signing ceremony of the foreign ministers (unnamed). Not
        # annotated: "(JP)" in the dateline (the paper's own credit), "an ASEAN foundation" (not
        # yet established), the states. Kept as found: "Witjaksono" (for Witjaksana), "another
        # involving one which includes", "Sunday's two-day meeting". Removed: at the end, the
        # last, cut-off sentence ("In the afternoon"). Nothing removed at the start.
    ],
    roles=[("Minister/State Secretary", "moerdiono"), ("The President", "soeharto"), ("the President", "soeharto"),
           ("Minister of Agriculture", "sjarifudin_baharsjah"), ("Minister of Industry and Trade", "tunky_ariwibowo"),
           ("Indonesia's director general for ASEAN national secretariat", "witjaksana_soegarda")],
)

A["test_13003_kenny_madrid_press_conference"] = dict(
    actors={
        "enda_kenny": ["Taoiseach Enda Kenny", "Enda Kenny"],
        "european_council": ["European Councils"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "For me it is a pleasure to receive the Prime Minister of Ireland, my friend Taoiseach
        # Enda Kenny, here today in Madrid." (the speaker, "President of the Government", is
        # never named in the text: a counterpart by role alone) -> one-party row, held,
        # 2017-01-12, Madrid.
        M(["enda_kenny"], "2017-01-12", "Madrid", IP, H,
          "For me it is a pleasure to receive the Prime Minister of Ireland, my friend Taoiseach Enda Kenny, here today in Madrid."),
        # "... the last time we held a bilateral meeting was in Granada, back in 2013, ...
        # organised in Granada, specifically in Loja." -> one-party row (the same unnamed
        # speaker), held, date null (a year only), Loja (the most specific named locality; see
        # the notes).
        M(["enda_kenny"], None, "Loja", IP, H,
          "We have seen each other on many occasions at European Councils, but the last time we held a bilateral meeting was in Granada, back in 2013, taking advantage of the Prime Minister's participation in a seminar on European policy, organised in Granada, specifically in Loja."),
        # Not rows: "We have seen each other on many occasions at European Councils" (a count, and
        # plenaries); the press conference itself (a statement to the press); "the Prime Minister
        # and his delegation" (unnamed delegation). Not annotated: "the British Government", the
        # United Kingdom, Ireland, Spain (states), Article 50 / the Treaty of the Union (a
        # treaty); "President of the Government" (unnamed, no actor to point to). Kept as found:
        # the share-button lines ("x: opens new window" ... "Send: opens new window") between the
        # date line and the dateline (inside the kept text), "President of the Government.-".
        # Removed: at the end, the last, cut-off sentence ("In these negotiations, which will
        # foreseeably begin in the coming months, Spain and"). Nothing removed at the start.
    ],
    roles=[("the Prime Minister of Ireland", "enda_kenny"), ("the Prime Minister", "enda_kenny"),
           ("Prime Minister of the Republic of Ireland", "enda_kenny")],
)

A["dev_13004_roh_kawaguchi_seoul"] = dict(
    actors={
        "roh_moo_hyun": ["Roh Moo-Hyun", "Roh"],
        "yoriko_kawaguchi": ["Yoriko Kawaguchi", "Kawaguchi"],
        "yoon_young_kwan": ["Yoon Young-Kwan"],
        "junichiro_koizumi": ["Junichiro Koizumi"],
        "chung_sang_ki": ["Chung Sang-Ki", "Chung"],
        "yonhap": ["Yonhap news agency"],
    },
    meetings=[
        # "South Korean President Roh Moo-Hyun held talks with Japanese Foreign Minister Yoriko
        # Kawaguchi Saturday ..." -> held, 2003-08-23 (dateline Aug 23, a Saturday), Seoul
        # (dateline).
        M(["roh_moo_hyun", "yoriko_kawaguchi"], "2003-08-23", "Seoul", IP, H,
          "South Korean President Roh Moo-Hyun held talks with Japanese Foreign Minister Yoriko Kawaguchi Saturday as diplomatic activity intensified ahead of talks in the Chinese capital on the Korean nuclear crisis."),
        # "Following her arrival Friday, Kawaguchi met her South Korean counterpart Yoon
        # Young-Kwan ..." -> held, 2003-08-22 (the arrival day; see the notes), Seoul.
        M(["yoriko_kawaguchi", "yoon_young_kwan"], "2003-08-22", "Seoul", IP, H,
          "Following her arrival Friday, Kawaguchi met her South Korean counterpart Yoon Young-Kwan to fine-tune their governments' positions ahead of the six-way talks."),
        # Not rows: the six-way talks in Beijing "on Wednesday" (a multilateral meeting of
        # states, no bilateral named); "she had delivered a message from Prime Minister Junichiro
        # Koizumi to Roh" (a message: Koizumi is not a participant); "Kawaguchi told journalists"
        # (a statement to the press); Chung "was quoted" (a statement). Not annotated: AFP (the
        # dateline credit), "Roh's office", the Foreign Ministry's bureau (generic), the states.
        # Kept as found: the headline's lower case, "the communist state's". Removed: at the start,
        # the site's section label "WAR.WIRE"; at the end, the last, cut-off sentence ("\"South
        # Korea is well aware that the abduction issue is a major concern for the Japanese
        # public, and thus hopes the problem will be resolved to lay the groundwork for Japan").
    ],
    roles=[("South Korean President", "roh_moo_hyun"), ("Japanese Foreign Minister", "yoriko_kawaguchi"),
           ("the Japanese minister", "yoriko_kawaguchi"), ("her South Korean counterpart", "yoon_young_kwan"),
           ("Prime Minister", "junichiro_koizumi"),
           ("director general of the Foreign Ministry's Asia-Pacific Affairs Bureau", "chung_sang_ki")],
)

A["dev_13005_mubarak_gadhafi_tripoli"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak", "Mr. Mubarak", "President Mubarak", "Mubarak"],
        "muammar_gaddafi": ["Muammar Gadhafi", "Mr. Gadhafi", "Gadhafi"],
        "yasser_arafat": ["Yasser Arafat"],
        "safwat_el_sherif": ["Safwat el-Sherif"],
        "hassan_nafae": ["Hassan Nafae"],
        "hassan_abu_taleb": ["Hassan Abu Taleb"],
        "cairo_university": ["Cairo University"],
    },
    meetings=[
        # "Egyptian President Hosni Mubarak met Sunday night in Tripoli with Libyan leader Muammar
        # Gadhafi following talks with Palestinian leader Yasser Arafat in Cairo." -> two rows:
        # Mubarak-Gadhafi held, 2001-11-25 ("Sunday night" under the headline's 2001-11-26, a
        # Monday), Tripoli;
        M(["hosni_mubarak", "muammar_gaddafi"], "2001-11-25", "Tripoli", IP, H,
          "Egyptian President Hosni Mubarak met Sunday night in Tripoli with Libyan leader Muammar Gadhafi following talks with Palestinian leader Yasser Arafat in Cairo."),
        # Mubarak-Arafat held, date null ("following": before Sunday night, no day given),
        # Cairo.
        M(["hosni_mubarak", "yasser_arafat"], None, "Cairo", IP, H,
          "Egyptian President Hosni Mubarak met Sunday night in Tripoli with Libyan leader Muammar Gadhafi following talks with Palestinian leader Yasser Arafat in Cairo."),
        # Not rows: "Mr. Mubarak's trip to Libya" and "the consultation" (the same meeting);
        # "discussions of regional issues" (no meeting named); el-Sherif "said" (a statement); the
        # analysts' quotes (interviews); the German court's verdict (no meeting). Not annotated:
        # "a German court", "a former Libyan diplomat" (unnamed), Washington, Libya (states).
        # Kept as found: "Gadhafi" (the outlet's spelling). Removed: at the start, the site's
        # "Accessibility links" and "Breaking News"; at the end, the last, cut-off sentence ("\"I
        # think President Mubarak is trying to build some sort of political alliance ... to reach
        # some sort of dialogue between the U").
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("Libyan leader", "muammar_gaddafi"),
           ("Palestinian leader", "yasser_arafat"), ("Egypt's Information Minister", "safwat_el_sherif")],
)

A["dev_13006_salinas_barco_bogota"] = dict(
    actors={
        "carlos_salinas_de_gortari": ["Carlos Salinas de Gortari", "President Salinas de Gortari", "Salinas"],
        "virgilio_barco": ["Virgilio Barco"],
    },
    meetings=[
        # "The luncheon was one of the most interesting points of his visit, aside from meetings
        # with President Virgilio Barco." (the signing by "the two presidents" at the end of the
        # visit: the same) -> held, date null (the visit "concluded" before the 12 July
        # broadcast; no day given), Bogota (the report is "from Bogota"; see the notes).
        M(["carlos_salinas_de_gortari", "virgilio_barco"], None, "Bogota", IP, H,
          "The luncheon was one of the most interesting points of his visit, aside from meetings with President Virgilio Barco."),
        # Not rows: "met with the country's intellectuals" and the luncheon (unnamed people);
        # "While touring the streets of Bogota, President Salinas de Gortari greeted the
        # Colombians" (a crowd). Not annotated: the reporters of the byline "[Report by Javier
        # Solorzano and Raul Rodriguez from Bogota?recorded]", the source line "Mexico City Red
        # Nacional 13 lmevision Television" and the document credits (CIA, FBIS), "the Colombian
        # press" (generic), Mexico, Colombia (states). Kept as found: the OCR slips "c;?,Jio I",
        # "'Visit Ends", "lmevision", "Bogota?recorded", "atmo- sphere", the run-on text of the
        # scanned page. Removed: at the start, the reading-room page header down to "Body:"
        # (the title "SALINAS' COLOMBIA VISIT ENDS; ACCORDS SIGNED", "Document Type:",
        # "Collection:", the document numbers, "Publication Date: July 17, 1989", "Content
        # Type: REPORT", the PDF link); at the end, the last, cut-off sentence ("Within this
        # proc").
    ],
    roles=[("the president", "carlos_salinas_de_gortari"), ("The president", "carlos_salinas_de_gortari")],
)

A["test_13007_dinesh_singh_jayewardene_colombo"] = dict(
    actors={
        "rajiv_gandhi": ["Rajiv Gandhi"],
        "junius_jayewardene": ["Junius Jayewardene", "Jayewardene"],
        "dinesh_singh": ["Dinesh Singh"],
        "parliament_of_india": ["Indian Parliament"],
        "un_human_rights_commission": ["U.N. Human Rights Commission"],
    },
    meetings=[
        # "The envoy, Dinesh Singh, ... who arrived in Colombo unannounced yesterday, handed the
        # message to Jayewardene last night, officials said." (a special envoy calling on the
        # president in person) -> held, 1987-03-14 ("last night" under the dateline March 15),
        # Colombo.
        M(["dinesh_singh", "junius_jayewardene"], "1987-03-14", "Colombo", IP, H,
          "The envoy, Dinesh Singh, a member of the Indian Parliament and a former government minister who arrived in Colombo unannounced yesterday, handed the message to Jayewardene last night, officials said."),
        # Not rows: "Rajiv Gandhi has sent a special envoy to Colombo with a message for President
        # Junius Jayewardene" (a message: Gandhi is not a participant); the "U.N. Human Rights
        # Commission meeting in Geneva" (a plenary); "Jayewardene in a speech told India and
        # Argentina" (a speech). Not annotated: Reuter (the dateline credit), "Sri Lankan
        # newspapers", "Diplomatic sources", "officials" (generic), India, Argentina, Sri Lanka
        # (states). Kept as found: "COLOMBO: March 15, (Reuter):", the reprint's closing line
        # "Article extracted from this publication >>  March 20, 1987" (two spaces; it gives the
        # publication date). Removed: nothing (the excerpt starts with the dateline and ends with
        # that line).
    ],
    roles=[("Indian Prime Minister", "rajiv_gandhi"), ("a special envoy", "dinesh_singh"), ("The envoy", "dinesh_singh"),
           ("a member of the Indian Parliament and a former government minister", "dinesh_singh")],
)

A["dev_13008_carney_sheinbaum_call"] = dict(
    actors={
        "mark_carney": ["Mark Carney", "Prime Minister Carney"],
        "claudia_sheinbaum": ["Claudia Sheinbaum", "President Sheinbaum"],
    },
    meetings=[
        # "Today, the Prime Minister, Mark Carney, spoke with the President of Mexico, Claudia
        # Sheinbaum." ("The leaders had a productive call") -> phone, held, 2025-04-01, no
        # place.
        M(["mark_carney", "claudia_sheinbaum"], "2025-04-01", None, PH, H,
          "OTTAWA, ON, April 1, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, spoke with the President of Mexico, Claudia Sheinbaum."),
        # Not rows: "ministers and senior officials will continue to work together" (unnamed);
        # "agreed to remain in close contact" (no specific meeting). Not annotated: CNW (the
        # dateline credit), Canada, Mexico (states). Kept as found: "OTTAWA, ON, April 1, 2025
        # /CNW/ -". Removed: at the start, the search tool's " date 2025-04-01" prefix. Nothing
        # removed at the end.
    ],
    roles=[("the Prime Minister", "mark_carney"), ("the President of Mexico", "claudia_sheinbaum")],
)

_DM = ("Mr. Downer arrived on an RAAF Falcon from East Timor and held talks with the Prime Minister, Sir Mekere Morauta, at his residence and Foreign Minister Sir Michael Somare at Parliament.")
A["dev_13009_downer_morauta_somare_port_moresby"] = dict(
    actors={
        "alexander_downer": ["Alexander Downer", "Mr. Downer"],
        "mekere_morauta": ["Sir Mekere Morauta", "Sir Mekere"],
        "michael_somare": ["Sir Michael Somare", "Sir Michael"],
        "world_bank": ["World Bank"],
        "imf": ["IMF"],
        "raaf": ["RAAF"],
    },
    meetings=[
        # "... held talks with the Prime Minister, Sir Mekere Morauta, at his residence and
        # Foreign Minister Sir Michael Somare at Parliament." ("during their separate meetings":
        # two bilaterals) -> two held rows, 1999-07-31 ("on Saturday" under the dateline of
        # Monday 2 August), Port Moresby (dateline; "here").
        M(["alexander_downer", "mekere_morauta"], "1999-07-31", "Port Moresby", IP, H, _DM),
        M(["alexander_downer", "michael_somare"], "1999-07-31", "Port Moresby", IP, H, _DM),
        # Not rows: "I had talks with the World Bank" (an institution's unnamed officials, no day,
        # no place; see the notes); "The IMF team is arriving here next week for preliminary
        # discussions" (an unnamed team); "a press conference at Jackson's Airport" (a statement
        # to the press); the Morauta-Somare pair ("separate meetings": no three-way meeting). Not
        # annotated: the byline "By Isaac Nicholas", The National (the dateline's source credit),
        # "the PNG Government" (generic), PNG, New Zealand (states). Kept as found: "---" after
        # the dateline, "four hour visit", "as you know, they see it as we in Canberra".
        # Removed: at the start, the site line "admin's picture"; at the end, the last, cut-off
        # sentence ("Mr. Downer said Australia had been supportive and had been impressed by the
        # way the Skate Government had handled Bougainville").
    ],
    roles=[("Australian Foreign Minister", "alexander_downer"), ("The Australian Foreign Minister", "alexander_downer"),
           ("the Prime Minister", "mekere_morauta"), ("The Prime Minister", "mekere_morauta"),
           ("Foreign Minister", "michael_somare")],
)

A["dev_13010_osinbajo_akufo_addo_aguda_house"] = dict(
    actors={
        "yemi_osinbajo": ["Yemi Osinbajo", "Acting President Osinbajo"],
        "nana_akufo_addo": ["Nana Akufo-Addo", "President Akufo-Addo"],
        "muhammadu_buhari": ["Muhammadu Buhari"],
        "shirley_ayorkor_botchway": ["Shirley Ayorkor Botchway"],
        "albert_kan_dapaah": ["Albert Kan Dapaah"],
        "ecowas": ["ECOWAS"],
        "african_union": ["African Union", "AU"],
        "ghana_nigeria_permanent_joint_commission": ["Ghana-Nigeria Permanent Joint Commission for Cooperation"],
    },
    meetings=[
        # "Acting President, Yemi Osinbajo on Sunday evening received President of Ghana, Nana
        # Akufo-Addo, at Akinola Aguda House, his official residence." -> held, 2017-06-25
        # ("Sunday evening" in a paper of Monday 26 June), Abuja (the official residence
        # resolved to its city as ANNOTATION does for official buildings; see the notes).
        M(["yemi_osinbajo", "nana_akufo_addo"], "2017-06-25", "Abuja", IP, H,
          "Acting President, Yemi Osinbajo on Sunday evening received President of Ghana, Nana Akufo-Addo, at Akinola Aguda House, his official residence."),
        # Not rows: "Members of the President Akufo-Addo's delegation included ... Botchway; ...
        # Kan Dapaah; and officials of the Foreign Ministry" (delegation members: actors, not
        # participants); "extended his good wishes to President Muhammadu Buhari" (a message);
        # the forthcoming AU Summit in Addis Ababa (a summit as such); "an ongoing tour of the
        # sub-region" (no other meeting named); the Joint Commission (no meeting of it named).
        # Not annotated: the Continental Free Trade Agreement (CFTA; an agreement), "the Foreign
        # Ministry" (generic), Nigeria, Ghana (states). Kept as found: "Members of the President
        # Akufo-Addo's delegation", the curly quotation marks. Removed: at the start, the search
        # tool's " date 2017-06-26" prefix. Nothing removed at the end.
    ],
    roles=[("Acting President", "yemi_osinbajo"), ("President of Ghana", "nana_akufo_addo"),
           ("the Ghanaian President", "nana_akufo_addo"), ("The Ghanaian President", "nana_akufo_addo"),
           ("Ghana\u2019s Minister of Foreign Affairs", "shirley_ayorkor_botchway"),
           ("Minister of National Security", "albert_kan_dapaah")],
)

_PF = ("Rome, 8 March 2005 - Minister for Foreign Affairs Ursula Plassnik today made her first official visit to Italy, meeting for talks with her Italian counterpart Gianfranco Fini and Minister for Europe Rocco Buttiglione.")
A["test_13011_plassnik_fini_rome"] = dict(
    actors={
        "ursula_plassnik": ["Ursula Plassnik", "Plassnik"],
        "gianfranco_fini": ["Gianfranco Fini"],
        "rocco_buttiglione": ["Rocco Buttiglione"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "... Ursula Plassnik today made her first official visit to Italy, meeting for talks
        # with her Italian counterpart Gianfranco Fini and Minister for Europe Rocco Buttiglione."
        # -> the two pairs with Plassnik required, held, 2005-03-08, Rome (dateline);
        M(["ursula_plassnik", "gianfranco_fini"], "2005-03-08", "Rome", IP, H, _PF),
        M(["ursula_plassnik", "rocco_buttiglione"], "2005-03-08", "Rome", IP, H, _PF),
        # the Italian pair (the same side, if the talks were one meeting of three) -> required
        # false (see the notes).
        M(["gianfranco_fini", "rocco_buttiglione"], "2005-03-08", "Rome", IP, H, _PF, False),
        # Not rows: "the regular exchange of visits at the political level" (no specific visit);
        # the quoted statements (statements). Not annotated: the Brenner Base Tunnel (a project),
        # South Tyrol, the Western Balkans, South-East Europe (places), Austria, Italy (states).
        # Kept as found: the two datelines ("Rome, 8 March 2005 Press release" and "Rome, 8 March
        # 2005 -"), the two blank lines under the title, "emphasized Plassnik". Removed: at the
        # end, the last, cut-off sentence ("The Minister for Foreign Affairs also took the
        # opportunity to inform Foreign Minis"). Nothing removed at the start.
    ],
    roles=[("Minister for Foreign Affairs", "ursula_plassnik"), ("her Italian counterpart", "gianfranco_fini"),
           ("Minister for Europe", "rocco_buttiglione"), ("The Foreign Minister", "ursula_plassnik"),
           ("the Foreign Minister", "ursula_plassnik")],
)

A["dev_13012_zhelev_clinton_washington"] = dict(
    actors={
        "bill_clinton": ["Bill Clinton", "CLINTON", "Clinton"],
        "zhelyu_zhelev": ["Zhelyu Zhelev", "ZHELEV"],
        "gatt": ["GATT"],
    },
    meetings=[
        # "US President Bill Clinton received Bulgarian President Zhelyu Zhelev at the Oval Office
        # on February 13." (the headline "PRESIDENT ZHELEV MEETS U.S. PRESIDENT CLINTON": the
        # same) -> held, 1995-02-13, Washington (the Oval Office resolved to its city; dateline
        # "Washington, February 14").
        M(["bill_clinton", "zhelyu_zhelev"], "1995-02-13", "Washington", IP, H,
          "Washington, February 14 - US President Bill Clinton received Bulgarian President Zhelyu Zhelev at the Oval Office on February 13."),
        # Not rows: Clinton's pledges (statements of the same meeting); the sanctions against
        # Yugoslavia (no meeting). Not annotated: the bulletin's header (the Embassy of Bulgaria
        # and BTA as the outlet), the Jackson-Vanik amendment and the Trade Reform Bill (laws),
        # Bulgaria, Yugoslavia, Serbia (states). Kept as found: the run-on header line in
        # capitals. Removed: at the start, the Usenet forwarding header of the mirror (a
        # transliterated Greek summary "Subject: Ta nea toy BTA 15-Feb-95 ...", "Giwrgos
        # Kapodistrias", the dashes, "From: bulgaria@access.digex.net (Embassy of Bulgaria)
        # Subject: BTA inf/ Feb. 15, 95 Date: 15 Feb 1995 17:12:23 -0500"); at the end, the last,
        # cut-off sentence ("Clinton said he was pleased to welcome President Zhelev and
        # government officials to the White House at the start of the meet").
    ],
    roles=[("US President", "bill_clinton"), ("U.S. PRESIDENT", "bill_clinton"), ("Bulgarian President", "zhelyu_zhelev")],
)
