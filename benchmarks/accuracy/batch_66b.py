"""Accuracy corpus, batch 66b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 66a), from the 1980s to the 2020s
(1980s: four (1982, 1984, 1986, 1988), 1990s: one (1990, the day read from another copy of the same
Time item, see the notes), 2010s: six (2012, 2012, 2016, 2016 (year read from the text, no day),
2018, 2018), 2020s: one (2020); five of the twelve from before 2000 (1982, 1984, 1986, 1988, 1990),
as the brief asked; no 1970s and no 2000s page was taken in the time available), over the eleven
regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Mediamax (mediamax.am), Viet Nam News (vietnamnews.vn), the Reagan Library archive
at the University of Texas (reagan.utexas.edu; a White House statement), The Japan Times
(japantimes.co.jp), Hiru News (hirunews.lk), the Los Angeles Times (latimes.com archive, two "The
World" briefs), Time (content.time.com; and the Time archive mirror softbeam.net), the Times of
Malta (timesofmalta.com), The Irish Times (a staging copy on irishtimes-irishtimes-staging.cdn.
arcpublishing.com) and the Kuwait Times (news.kuwaittimes.net, KUNA copy); Mediamax, Viet Nam News,
Hiru News and the Kuwait Times are new to the corpus. The pages are new to the corpus (URLs grepped
in sources.csv, corpus/metadata.csv and the other batches' modules), and so are their meetings
(names grepped in the corpus texts).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_66b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-65b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_131NN_<slug>` / `test_131NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date field 2016-12-23 (a Friday, checked; removed with its prefix);
    # "During the meetings on December 22" = 2016-12-22.
    ("dev_13101_sargsyan_janelidze_tbilisi", "Central Asia/Caucasus", "2010s", "Mediamax (mediamax.am)", "http://www.mediamax.am/en/news/armypolice/21191/", "2016-12-23"),
    # The line "Update: February, 07/2012 - 09:57" (2012-02-07 a Tuesday, checked; the site's
    # own date line "Thursday, July 19 2018" above the headline was removed): "yesterday" =
    # 2012-02-06.
    ("dev_13102_pham_binh_minh_yingluck", "Southeast Asia", "2010s", "Viet Nam News (vietnamnews.vn)", "https://vietnamnews.vn/politics-laws/220437/vn-looks-to-bolster-thailand-relations.html", "2012-02-07"),
    # The date line "November 4, 1982" (a Thursday, checked); the meeting itself is not given
    # a day ("met for about 30 minutes") -> no date (see the notes).
    ("test_13103_reagan_monge_oval_office", "Latin America", "1980s", "Ronald Reagan Presidential Library (reagan.utexas.edu; White House statement)", "http://www.reagan.utexas.edu/archives/speeches/1982/110482a.htm", "1982-11-04"),
    # The search tool's date field 2018-04-11 (a Wednesday, checked; removed with its prefix):
    # "on Wednesday" = 2018-04-11; "late Tuesday" = 2018-04-10; "on April 27" = 2018-04-27.
    ("dev_13104_kono_kang_seoul", "East Asia", "2010s", "The Japan Times (japantimes.co.jp)", "https://www.japantimes.co.jp/?post_type=news&p=1390813&utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+japantimes+%28The+Japan+Times%3A+All+Stories%29", "2018-04-11"),
    # The date line "Saturday, 08 February 2020 - 18:56" (a Saturday, checked) and the search
    # tool's date field 2020-02-08; the meeting is not given a day -> no date.
    ("dev_13105_modi_mahinda_rajapaksa_visit", "South Asia", "2020s", "Hiru News (hirunews.lk)", "http://www.hirunews.lk/233989/indian-pm-assures-to-be-a-faithful-companion", "2020-02-08"),
    # The headline "The World - News from March 28, 1988" (a Monday, checked) and the URL's
    # "1988-03-28"; the planned meetings are not given a day -> no date.
    ("dev_13106_mara_thatcher_london_planned", "Oceania", "1980s", "Los Angeles Times (latimes.com archive; The World)", "https://www.latimes.com/archives/la-xpm-1988-03-28-mn-140-story.html", "1988-03-28"),
    # No date in the kept text (content.time.com). `published` 1990-04-02 is the issue date that
    # a second copy of the same item in the same search results gives ("Apr. 02, 1990: World
    # Notes:Southern Africa", a Time Almanac CD-ROM copy without URL, not stored); since the
    # kept text has no date line, "last Wednesday" and "the next day" are not resolved -> no
    # dates (see the notes).
    ("test_13107_baker_mandela_windhoek", "Africa", "1990s", "Time (content.time.com; World Notes)", "http://content.time.com/time/magazine/article/0,9171,969752,00.html", "1990-04-02"),
    # No date in the kept text; the URL's "20120922" (a Saturday, checked). The meeting (after
    # "the 1980 standoff") is not given a day -> no date.
    ("dev_13108_mintoff_jalloud_tripoli", "Western Europe", "2010s", "Times of Malta (timesofmalta.com)", "http://www.timesofmalta.com/articles/view/20120922/local/-Mintoff-never-revealed-Jalloud-threatened-him-.437863", "2012-09-22"),
    # No date on the page or in the URL: `published` is left empty (as dev_043). Decade 2010s
    # read from the text ("State papers 1986", released "under the 30-year rule", "30 years
    # ago" -> 2016). The meetings' year is 1986 ("Three conversations ... in 1986"): "on March
    # 7th" = 1986-03-07, "on March 17th" = 1986-03-17, "on June 27th" = 1986-06-27.
    ("dev_13109_fitzgerald_thatcher_1986_papers", "Western Europe", "2010s", "The Irish Times (irishtimes.com, staging copy on irishtimes-irishtimes-staging.cdn.arcpublishing.com)", "https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/news/politics/thatcher-told-fitzgerald-to-take-all-northern-nationalists-south-1.2907280", ""),
    # No date in the kept text; the URL's "1986-07-29" (a Tuesday, checked). The meeting is not
    # given a day -> no date.
    ("dev_13110_shultz_bessmertnykh_washington", "North America", "1980s", "Los Angeles Times (latimes.com archive; The World)", "https://www.latimes.com/archives/la-xpm-1986-07-29-mn-19604-story.html", "1986-07-29"),
    # The date line "Monday, Dec. 10, 1984" (a Monday, checked) and the URL's "1984-12-10".
    # No gold rows (see the notes).
    ("test_13111_jaruzelski_press_warsaw", "Eastern Europe/Russia", "1980s", "Time (archive mirror at softbeam.net)", "http://softbeam.net/txt/time/Time1984/1984-12-10/955365.html", "1984-12-10"),
    # The search tool's date field 2018-07-31 (a Tuesday, checked; removed with its prefix):
    # "yesterday" = 2018-07-30; "late Monday" = 2018-07-30.
    ("dev_13112_maliki_kuwait_visit", "Middle East", "2010s", "Kuwait Times (news.kuwaittimes.net; KUNA)", "http://news.kuwaittimes.net/website/kuwaiti-leadership-discusses-iraq-developments-with-maliki/", "2018-07-31"),
]

A = {}

_SJ = "Yerevan /Mediamax/. Armenian Defense Minister Vigen Sargysan had meetings in Tbilisi with Georgian Foreign Minister Mikheil Janelidze and Chair of Parliamentary Defense and Security Committee Irakli Sesiashvili."
A["dev_13101_sargsyan_janelidze_tbilisi"] = dict(
    actors={
        "mikheil_janelidze": ["Mikheil Janelidze"],
        # New keys.
        "vigen_sargsyan": ["Vigen Sargysan"],
        "irakli_sesiashvili": ["Irakli Sesiashvili"],
        "vazgen_mirzakhanyan": ["Bishop Vazgen Mirzakhanyan", "Vazgen Mirzakhanyan"],
        "armenian_apostolic_church": ["Armenian Apostolic Church"],
    },
    meetings=[
        # "had meetings in Tbilisi with ... Janelidze and ... Sesiashvili" ("During the meetings
        # on December 22": the same two) -> two bilaterals (the plural "meetings"), held,
        # 2016-12-22, Tbilisi.
        M(["vigen_sargsyan", "mikheil_janelidze"], "2016-12-22", "Tbilisi", IP, H, _SJ),
        M(["vigen_sargsyan", "irakli_sesiashvili"], "2016-12-22", "Tbilisi", IP, H, _SJ),
        # "also met with representatives of Georgian civil society in Tbilisi" -> unnamed
        # counterparts: a one-party row, held, date null (not pinned to December 22), Tbilisi;
        # not required (a group, not a political actor).
        M(["vigen_sargsyan"], None, "Tbilisi", IP, H,
          "Vigen Sargysan also met with representatives of Georgian civil society in Tbilisi.", False),
        # "visited Saint Gevorg Cathedral ..., met with Primate of the Georgian Diocese Bishop
        # Vazgen Mirzakhanyan" -> held, date null, place null (the cathedral is not placed in a
        # city by the text); not required (a church leader, not a political actor).
        M(["vigen_sargsyan", "vazgen_mirzakhanyan"], None, None, IP, H,
          "Armenian Defense Minister visited Saint Gevorg Cathedral of the Georgian Diocese of the Armenian Apostolic Church, met with Primate of the Georgian Diocese Bishop Vazgen Mirzakhanyan and representatives of the clergy.", False),
        # Not rows: "discussed current level ... of bilateral cooperation" (the same meetings).
        # Not annotated: the dateline tag "Mediamax" (agency credit) and the photo credit "Press
        # service of Armenian Defense Ministry". Kept as they stand: "Sargysan" (for Sargsyan),
        # the photo-credit line under the headline. Removed: at the start, the search tool's
        # date prefix (" date 2016-12-23 ") and the site counter "131 views"; nothing at the end
        # (the excerpt ends with a full sentence).
    ],
    roles=[("Armenian Defense Minister", "vigen_sargsyan"), ("Georgian Foreign Minister", "mikheil_janelidze"),
           ("Chair of Parliamentary Defense and Security Committee", "irakli_sesiashvili"),
           ("Primate of the Georgian Diocese", "vazgen_mirzakhanyan")],
)

A["dev_13102_pham_binh_minh_yingluck"] = dict(
    actors={
        "pham_binh_minh": ["Pham Binh Minh", "Minh"],
        "yingluck_shinawatra": ["Yingluck Shinawatra", "Yingluck"],
        "nguyen_tan_dung": ["Nguyen Tan Dung"],
        # New keys.
        "surapong_tovichakchaikul": ["Surapong Tovichakchaikul"],
        "government_of_vietnam": ["Vietnamese Government"],
        "government_of_thailand": ["Thai Government"],
    },
    meetings=[
        # "Pham Binh Minh said yesterday in the meeting with Thai Prime Minister Yingluck
        # Shinawatra" -> held, 2012-02-06; place null (the dateline HA NOI is not the venue; the
        # text does not say where they met).
        M(["pham_binh_minh", "yingluck_shinawatra"], "2012-02-06", None, IP, H,
          "HA NOI — Part of Viet Nam's regional policy is to consistently attach high importance to the good neighbourliness relationship with Thailand, Minister of Foreign Affairs Pham Binh Minh said yesterday in the meeting with Thai Prime Minister Yingluck Shinawatra."),
        # "In the dialogue with Thai Foreign Minister Surapong Tovichakchaikul" (Minh is the
        # other party: "the two ministers agreed") -> held, date null (not pinned to
        # "yesterday"), place null.
        M(["pham_binh_minh", "surapong_tovichakchaikul"], None, None, IP, H,
          "In the dialogue with Thai Foreign Minister Surapong Tovichakchaikul, the two sides agreed to speed up the implementation of agreements reached between the two countries' high-ranking leaders such as increasing visits and exchanges; continuing to developing existing co-operation mechanisms; and promoting the second joint cabinet meeting this year."),
        # Not rows: Yingluck's welcome in Viet Nam "last November" (host given only as "the
        # Vietnamese Government and people"); Minh conveying Dung's "best regards" (a message);
        # "the second joint cabinet meeting this year" (a meeting of the two cabinets, no named
        # participants, no date). Kept as they stand: "continuing to developing", "take
        # advantages". Removed: at the start, the site's date line "Thursday, July 19 2018"; at
        # the end, the cut-off fragment "He als".
    ],
    roles=[("Minister of Foreign Affairs", "pham_binh_minh"), ("Thai Prime Minister", "yingluck_shinawatra"),
           ("his Thai counterpart", "yingluck_shinawatra"), ("Thai Foreign Minister", "surapong_tovichakchaikul")],
)

A["test_13103_reagan_monge_oval_office"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "luis_alberto_monge": ["President Monge", "Monge"],
        "george_shultz": ["Shultz"],
        "us_congress": ["Congress"],
        # New keys (the text gives some only by surname).
        "fernando_volio": ["Fernando Volio"],
        "harrison": ["Harrison"],
        "mcneil": ["McNeil"],
        "william_p_clark": ["Clark"],
        "enders": ["Enders"],
    },
    meetings=[
        # "President Reagan and President Monge met for about 30 minutes in the Oval Office" ->
        # held, date null (the statement is dated November 4 but does not say the meeting was
        # that day; see the notes), Washington (the Oval Office resolved to its city, as the
        # White House in ANNOTATION.md).
        M(["ronald_reagan", "luis_alberto_monge"], None, "Washington", IP, H,
          "President Reagan and President Monge met for about 30 minutes in the Oval Office, where they discussed a number of subjects."),
        # "President Reagan's upcoming trip to Latin America, which includes a visit to San Jose,
        # where, President Monge told President Reagan, he would be warmly welcomed" -> planned
        # visit to Monge's capital; not required (a meeting with Monge is implied, not stated).
        M(["ronald_reagan", "luis_alberto_monge"], None, "San Jose", IP, P,
          "The two Presidents also discussed President Reagan's upcoming trip to Latin America, which includes a visit to San Jose, where, President Monge told President Reagan, he would be warmly welcomed.", False),
        # Not rows: Volio, Harrison, McNeil, Shultz, Clark and Enders "Also attending the
        # meeting" (attendees, not participants, ANNOTATION.md); Monge "addressing the Conference
        # Friday" (a speech); the Conference on Free Elections and the San Jose Conference of
        # October 4 (multilateral); Congress's approval. Kept as they stand: the hard line
        # breaks, "Judge [Assistant to the President for National Security Affairs William P.]
        # Clark". Nothing removed (the excerpt is the whole statement).
    ],
    roles=[("the Costa Rican leader", "luis_alberto_monge"), ("Costa Rican Foreign Minister", "fernando_volio"),
           ("U.S. Ambassador to Costa Rica", "mcneil"), ("Secretary of State Shultz", "george_shultz"),
           ("Assistant Secretary of State", "enders")],
)

A["dev_13104_kono_kang_seoul"] = dict(
    actors={
        "taro_kono": ["Taro Kono", "Kono"],
        "moon_jae_in": ["Moon Jae-in"],
        "kim_jong_un": ["Kim Jong Un", "Kim"],
        "donald_trump": ["Donald Trump"],
        # New key.
        "kang_kyung_wha": ["Kang Kyung-wha", "Kang"],
    },
    meetings=[
        # "Taro Kono asked his South Korean counterpart Kang Kyung-wha on Wednesday" ("the
        # ministers' meeting in Seoul", "his meeting with Kang": the same) -> held, 2018-04-11,
        # Seoul.
        M(["taro_kono", "kang_kyung_wha"], "2018-04-11", "Seoul", IP, H,
          "Foreign Minister Taro Kono asked his South Korean counterpart Kang Kyung-wha on Wednesday for the issue of North Korea’s abductions of Japanese nationals in the 1970s and 1980s to be put on the agenda at an upcoming inter-Korea summit."),
        # "is expected to reiterate the appeal in an afternoon meeting with South Korean
        # President Moon Jae-in" -> planned, Seoul ("a two-day visit to the capital"); date null
        # ("an afternoon meeting" is not pinned to Wednesday; see the notes).
        M(["taro_kono", "moon_jae_in"], None, "Seoul", IP, P,
          "Kono, who is on a two-day visit to the capital, is expected to reiterate the appeal in an afternoon meeting with South Korean President Moon Jae-in, who plans to hold a summit on April 27 with North Korean leader Kim Jong Un."),
        # "who plans to hold a summit on April 27 with North Korean leader Kim Jong Un" ("an
        # upcoming inter-Korea summit": the same) -> planned, 2018-04-27, place null.
        M(["moon_jae_in", "kim_jong_un"], "2018-04-27", None, IP, P,
          "Kono, who is on a two-day visit to the capital, is expected to reiterate the appeal in an afternoon meeting with South Korean President Moon Jae-in, who plans to hold a summit on April 27 with North Korean leader Kim Jong Un."),
        # "Trump has also agreed to meet Kim in the coming months" ("U.S.-North Korean summits":
        # the same) -> planned, date null, place null.
        M(["donald_trump", "kim_jong_un"], None, None, IP, P,
          "U.S. President Donald Trump has also agreed to meet Kim in the coming months."),
        # Not rows: Kono's arrival "late Tuesday" (travel); "Japanese officials said" (unnamed).
        # Removed: at the start, the search tool's date prefix (" date 2018-04-11 "); at the end,
        # the cut-off last sentence ("According to the officials, Kono asked Kang to put a stop
        # to a plan by a group of South Korean lawmakers to make a visit next week to a").
    ],
    roles=[("Foreign Minister", "taro_kono"), ("his South Korean counterpart", "kang_kyung_wha"),
           ("South Korean President", "moon_jae_in"), ("North Korean leader", "kim_jong_un"),
           ("U.S. President", "donald_trump")],
)

A["dev_13105_modi_mahinda_rajapaksa_visit"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "Modi"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa"],
        "government_of_sri_lanka": ["Sri Lankan government"],
    },
    meetings=[
        # "Prime minister Modi expressed this following a meeting with Prime minister Mahinda
        # Rajapaksa who is currently on a 4 day official visit to India" -> held, date null (no
        # day), India (the visit's country; no city in the text).
        M(["narendra_modi", "mahinda_rajapaksa"], None, "India", IP, H,
          "Prime minister Modi expressed this following a meeting with Prime minister Mahinda Rajapaksa who is currently on a 4 day official visit to India."),
        # Not rows: Modi's statements. Kept as they stand: "Prime minister" (lower-case m),
        # "assures to be". Removed: at the start, the search tool's date prefix (" date
        # 2020-02-08 ") and the site line "Top"; nothing at the end.
    ],
    roles=[("Indian Prime Minister", "narendra_modi"), ("Indian PM", "narendra_modi")],
)

A["dev_13106_mara_thatcher_london_planned"] = dict(
    actors={
        "kamisese_mara": ["Kamisese Mara", "Mara"],
        "margaret_thatcher": ["Margaret Thatcher"],
        "geoffrey_howe": ["Geoffrey Howe"],
        "elizabeth_ii": ["Queen Elizabeth"],
        "commonwealth_of_nations": ["Commonwealth"],
        # New key.
        "buckingham_palace": ["Buckingham Palace"],
    },
    meetings=[
        # "he will meet with Prime Minister Margaret Thatcher and Foreign Secretary Geoffrey
        # Howe" -> two planned meetings (two named hosts; Thatcher and Howe are not presented as
        # meeting each other), London (he "arrived in London"), date null.
        M(["kamisese_mara", "margaret_thatcher"], None, "London", IP, P,
          "But a government spokesman said he will meet with Prime Minister Margaret Thatcher and Foreign Secretary Geoffrey Howe."),
        M(["kamisese_mara", "geoffrey_howe"], None, "London", IP, P,
          "But a government spokesman said he will meet with Prime Minister Margaret Thatcher and Foreign Secretary Geoffrey Howe."),
        # Not rows: the audience with Queen Elizabeth that "will not be granted" (refused); the
        # coups and the expulsion from the Commonwealth. "the British Crown" is not annotated (an
        # institution of the state, not a named body acting in the text). Kept as it stands: the
        # site line "Share" under the headline. Removed: the site line "Advertisement" at the
        # start and at the end.
    ],
    roles=[("Fijian Prime Minister", "kamisese_mara"), ("Prime Minister", "margaret_thatcher"),
           ("Foreign Secretary", "geoffrey_howe")],
)

A["test_13107_baker_mandela_windhoek"] = dict(
    actors={
        "james_baker": ["James Baker", "Baker"],
        "nelson_mandela": ["Nelson Mandela", "Mandela"],
        "f_w_de_klerk": ["F.W. de Klerk"],
    },
    meetings=[
        # "After a 35-minute session last Wednesday at Mandela's villa in Windhoek, ... Baker and
        # Mandela emerged" -> held, date null (the kept text has no date line; see the notes),
        # Windhoek.
        M(["james_baker", "nelson_mandela"], None, "Windhoek", IP, H,
          "After a 35-minute session last Wednesday at Mandela's villa in Windhoek, where both men were on hand to witness the birth of Namibia as a free nation, Baker and Mandela emerged to face a swarm of reporters and photographers."),
        # "Baker's plans to meet with South African President F.W. de Klerk in Cape Town the next
        # day" -> planned, date null, Cape Town.
        M(["james_baker", "f_w_de_klerk"], None, "Cape Town", IP, P,
          "Mandela criticized Baker's plans to meet with South African President F.W. de Klerk in Cape Town the next day."),
        # Not rows: the independence ceremony of Namibia (an event); facing the reporters (press).
        # Kept as it stands: the headline given twice. Removed: nothing at the start; at the
        # end, the cut-off sentence ("\"We do not think there has been any fundamental...") and
        # the site's subscription block ("Want the full story?", "Subscribe Now", "Subscribe"
        # twice, "Learn more about the benefits of being a TIME subscriber", "If you are already
        # a subscriber sign up — registration is free!").
    ],
    roles=[("black nationalist leader", "nelson_mandela"), ("U.S. Secretary of State", "james_baker"),
           ("South African President", "f_w_de_klerk")],
)

A["dev_13108_mintoff_jalloud_tripoli"] = dict(
    actors={
        "muammar_gaddafi": ["Muammar Gaddafi", "Col Gaddafi", "Gaddafi"],
        "times_of_malta": ["The Times"],
        # New keys.
        "dom_mintoff": ["Dom Mintoff", "Mr Mintoff", "Mintoff"],
        "abdesalam_jalloud": ["Abdesalam Jalloud", "Mr Jalloud", "Jalloud"],
        "john_attard_montalto": ["John Attard Montalto", "Dr Attard Montalto"],
        "karmenu_mifsud_bonnici": ["Karmenu Mifsud Bonnici"],
        "joe_camilleri": ["Joe Camilleri", "Mr Camilleri"],
        "malta_labour_party": ["Labour"],
        "office_of_the_prime_minister_malta": ["Office of the Prime Minister"],
    },
    meetings=[
        # The "threatening exchange with ... Abdesalam Jalloud" ("Mr Mintoff was in Tripoli
        # shortly after the 1980 standoff", "Mr Mintoff described the meeting, which lasted
        # several hours", "The meeting with Mr Jalloud over the oil drilling incident": the same)
        # -> held, date null (no day; "shortly after the 1980 standoff"), Tripoli.
        M(["dom_mintoff", "abdesalam_jalloud"], None, "Tripoli", IP, H,
          "Writing in The Times yesterday, Dr Attard Montalto – who had a long-standing friendship with the late Mr Mintoff – said the former Labour leader had told him about a threatening exchange with Muammar Gaddafi’s former number two, Abdesalam Jalloud."),
        # Not rows: "all the meetings Mintoff had with Gaddafi and with Jalloud" (a count, no
        # specific meeting); Gaddafi's submarine proposition (a claim, no meeting given); Attard
        # Montalto's article "yesterday" (writing); Mintoff telling Attard Montalto (a private
        # conversation reported without time or place). Removed: nothing at the start; at the
        # end, the cut-off last sentence ("However, he had remained in touch with Mr Mintoff
        # right till the very end and was even occasionally asked").
    ],
    roles=[("his Libyan counterpart", "abdesalam_jalloud"), ("Labour MEP", "john_attard_montalto"),
           ("the former Labour leader", "dom_mintoff"),
           ("Muammar Gaddafi’s former number two", "abdesalam_jalloud"),
           ("Mr Mintoff’s chosen successor", "karmenu_mifsud_bonnici"),
           ("the deposed Libyan leader", "muammar_gaddafi")],
)

A["dev_13109_fitzgerald_thatcher_1986_papers"] = dict(
    actors={
        "garret_fitzgerald": ["Dr Garret FitzGerald", "Garret FitzGerald", "FitzGerald"],
        "margaret_thatcher": ["Margaret Thatcher", "Thatcher"],
        "white_house": ["White House"],
        "ira": ["IRA"],
    },
    meetings=[
        # "The first conversation by phone on March 7th" (1986, "Three conversations ... in
        # 1986") -> phone, held, 1986-03-07, no place.
        M(["garret_fitzgerald", "margaret_thatcher"], "1986-03-07", None, PH, H,
          "The first conversation by phone on March 7th featured a disagreement about the status to be given to the taoiseach’s visit to the White House on March 17th, with FitzGerald claiming the British were trying to limit his input to the US president."),
        # "the taoiseach's visit to the White House on March 17th ... his input to the US
        # president" -> the counterpart is given by role alone (never named): a one-party row,
        # planned (discussed in advance in the March 7 call; the text does not report it held),
        # 1986-03-17, Washington (the White House resolved to its city); not required.
        M(["garret_fitzgerald"], "1986-03-17", "Washington", IP, P,
          "The first conversation by phone on March 7th featured a disagreement about the status to be given to the taoiseach’s visit to the White House on March 17th, with FitzGerald claiming the British were trying to limit his input to the US president.", False),
        # "The two leaders met again during a European summit in The Hague on June 27th" (a
        # bilateral on the summit's sidelines) -> held, 1986-06-27, The Hague.
        M(["garret_fitzgerald", "margaret_thatcher"], "1986-06-27", "The Hague", IP, H,
          "The two leaders met again during a European summit in The Hague on June 27th."),
        # The file-photo caption "prior to an Anglo-Irish summit meeting at Chequers" -> held,
        # date null, Chequers; not required (an undated file photograph).
        M(["garret_fitzgerald", "margaret_thatcher"], None, "Chequers", IP, H,
          "Then taoiseach Garret FitzGerald and British prime minister Margaret Thatcher (c) prior to an Anglo-Irish summit meeting at Chequers.", False),
        # Not rows: "Three conversations ... One of them was a phone conversation and the other
        # two were face-to-face meetings" (a count; the phone call and The Hague meeting are
        # rows; the third is not given); "a frank exchange between the two leaders 30 years
        # ago" (one of the three, not identified); the European summit itself (a plenary); the
        # Anglo-Irish Agreement (a treaty). Not annotated: the photo credit "Keystone/Getty
        # Images". Kept as they stand: the caption line given twice, the site line "READ SOME
        # MORE" inside the text. Removed: nothing at the start; at the end, the cut-off last
        # sentence ("FitzGerald said he was willing to push an Extradition Act in the autumn but
        # said it").
    ],
    roles=[("the taoiseach", "garret_fitzgerald"), ("British prime minister", "margaret_thatcher"),
           ("British leader", "margaret_thatcher")],
)

A["dev_13110_shultz_bessmertnykh_washington"] = dict(
    actors={
        "george_shultz": ["George P. Shultz", "Shultz"],
        "ronald_reagan": ["Reagan"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev"],
        "kremlin": ["Kremlin"],
        "us_state_department": ["State Department"],
        # New key.
        "alexander_bessmertnykh": ["Alexander Bessmertnykh"],
    },
    meetings=[
        # "Shultz's meeting in Washington with Soviet Deputy Foreign Minister Alexander
        # Bessmertnykh" ("Shultz and a senior Kremlin official met": the same) -> held, date null
        # (no day given), Washington.
        M(["george_shultz", "alexander_bessmertnykh"], None, "Washington", IP, H,
          "Shultz's meeting in Washington with Soviet Deputy Foreign Minister Alexander Bessmertnykh marked the resumption of quiet nuts-and-bolts diplomacy between the superpowers after months in which President Reagan and Soviet leader Mikhail S. Gorbachev bombarded each other with speeches and other public statements."),
        # "the next U.S.-Soviet summit" -> a planned summit of the two leaders, named only in the
        # next sentence; not required (the participants are implied, not stated), date and place
        # null.
        M(["ronald_reagan", "mikhail_gorbachev"], None, None, IP, P,
          "Secretary of State George P. Shultz and a senior Kremlin official met in the first high-level exchange in more than three months to begin preliminary planning for the next U.S.-Soviet summit.", False),
        # Not rows: the leaders' speeches and statements; "A State Department official said"
        # (unnamed). Removed: nothing at the start; at the end, the site lines "Copyright ©
        # 2019, Los Angeles Times" and "EDITION: California | U.S. & World".
    ],
    roles=[("Secretary of State", "george_shultz"), ("a senior Kremlin official", "alexander_bessmertnykh"),
           ("Soviet Deputy Foreign Minister", "alexander_bessmertnykh"), ("Soviet leader", "mikhail_gorbachev")],
)

A["test_13111_jaruzelski_press_warsaw"] = dict(
    actors={
        "wojciech_jaruzelski": ["General Wojciech Jaruzelski", "General Jaruzelski", "Jaruzelski"],
        "hans_dietrich_genscher": ["Hans-Dietrich Genscher"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "solidarity": ["Solidarity"],
        "time_magazine": ["TIME"],
        # New keys.
        "john_kohan": ["John Kohan"],
        "jerzy_popieluszko": ["Father Jerzy Popieluszko"],
        "comecon": ["COMECON"],
    },
    meetings=[
        # No gold rows (a control, see the notes): Jaruzelski's "evening question-and-answer
        # session" with 122 journalists and the "nearly three-hour encounter with the press"
        # (a news conference of one politician: press, not a meeting); "Genscher had postponed
        # a visit to Warsaw" (a postponed visit, not held, and no host named: not a row, as in
        # batch 5c); the "three-day meeting" and the "Jablonna V" International Meeting of
        # Journalists (a conference of journalists); Jaruzelski's remarks on Reagan (a speech).
        # John Kohan, who "filed this report", is named inside the body and annotated. Removed:
        # nothing at the start; at the end, the cut-off fragment "Jaruze".
    ],
    roles=[("the Polish leader", "wojciech_jaruzelski"), ("West German Foreign Minister", "hans_dietrich_genscher"),
           ("TIME Associate Editor", "john_kohan")],
)

_MK = "Maliki also met Acting Prime Minister and Foreign Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah and Deputy National Assembly Speaker Oudah Al-Rowaei."
A["dev_13112_maliki_kuwait_visit"] = dict(
    actors={
        "nouri_al_maliki": ["Nouri Al-Maliki", "Maliki"],
        "sabah_al_ahmad_al_jaber_al_sabah": ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah"],
        "sabah_al_khaled_al_hamad_al_sabah": ["Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah"],
        # New keys.
        "khaled_al_jarallah": ["Sheikh Khaled Al-Jarrallah", "Jarrallah", "Jarallah"],
        "oudah_al_rowaei": ["Oudah Al-Rowaei", "Rowaei"],
    },
    meetings=[
        # "arrived in Kuwait late Monday on an official visit, and met HH the Amir ... yesterday"
        # -> held, 2018-07-30, Kuwait (the dateline "KUWAIT" and "arrived in Kuwait"; city and
        # country share the name).
        M(["nouri_al_maliki", "sabah_al_ahmad_al_jaber_al_sabah"], "2018-07-30", "Kuwait", IP, H,
          "The Iraqi vice president arrived in Kuwait late Monday on an official visit, and met HH the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah yesterday."),
        # "Maliki also met ... Sabah Al-Khaled ... and ... Oudah Al-Rowaei" -> two separate
        # meetings (Rowaei's own statement "After receiving Maliki" treats his as a meeting of
        # its own), held, date null ("also met" is not pinned to "yesterday"), Kuwait.
        M(["nouri_al_maliki", "sabah_al_khaled_al_hamad_al_sabah"], None, "Kuwait", IP, H, _MK),
        M(["nouri_al_maliki", "oudah_al_rowaei"], None, "Kuwait", IP, H, _MK),
        # Not rows: "The Kuwaiti leadership discussed with visiting Iraqi Vice President Nouri
        # Al-Maliki" (a summary of the meetings above, no named counterpart); Jarallah's
        # statement (a quote); the visit to the Abdullah Al-Salem Cultural Center (a building);
        # the Kuwait International Conference on Iraq Reconstruction (a multilateral event).
        # Kept as they stand: "Jarrallah" beside "Jarallah". Removed: at the start, the search
        # tool's date prefix (" date 2018-07-31 "); at the end, the agency tag "- KUNA".
    ],
    roles=[("Iraqi Vice President", "nouri_al_maliki"), ("The Iraqi vice president", "nouri_al_maliki"),
           ("HH the Amir", "sabah_al_ahmad_al_jaber_al_sabah"), ("His Highness the Amir", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("Acting Prime Minister and Foreign Minister", "sabah_al_khaled_al_hamad_al_sabah"),
           ("Deputy National Assembly Speaker", "oudah_al_rowaei"), ("Deputy Foreign Minister", "khaled_al_jarallah")],
)
