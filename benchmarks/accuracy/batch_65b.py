"""Accuracy corpus, batch 65b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 65a), from the 1980s to the 2020s
(1980s: one (1988, the year read from the text, see the notes), 1990s: four (1990, 1992, 1994,
1998), 2000s: one (2008), 2010s: two (2014, 2014), 2020s: four (2022, 2022, 2022, 2024); five of
the twelve from before 2000 (1988, 1990, 1992, 1994, 1998), as the brief asked; no 1970s page was
found in the time available), over the eleven regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each).
Outlets/sites: AzerNews (azernews.az; Trend), the Philippine Department of Foreign Affairs
(dfa.gov.ph; a press release), The Sydney Morning Herald (news.smh.com.au), Sikh Heritage
Education (sikhheritageeducation.com; a Reuter dispatch), the Sir John Major archive
(johnmajorarchive.org.uk; a joint doorstep interview), the Los Angeles Times archive via the
mirror vinapk.com (Associated Press), Yonhap (en.yna.co.kr), The Independent (independent.co.uk),
the Yemen Times (yementimes.com), La Moncloa (lamoncloa.gob.es; the Spanish presidency), Xinhua
(news.xinhuanet.com) and The Diplomatic Insight (thediplomaticinsight.com); AzerNews, The Sydney
Morning Herald, the Yemen Times, La Moncloa and The Diplomatic Insight are new to the corpus. The
pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the other
batches' modules), and so are their meetings (names grepped in the corpus texts).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_65b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-64b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_129NN_<slug>` / `test_129NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date field 2022-04-14 (a Thursday, checked; removed with its prefix) and
    # the page: "on Thursday" = 2022-04-14.
    ("dev_12901_kazakbaev_mukhriddin_call", "Central Asia/Caucasus", "2020s", "AzerNews (azernews.az; Trend)", "https://www.azernews.az/region/192316.html", "2022-04-14"),
    # The release's opening "18 July 2014 -" (a Friday, checked): "on July 18" = 2014-07-18.
    ("dev_12902_sihasak_del_rosario_meeting", "Southeast Asia", "2010s", "Department of Foreign Affairs of the Philippines (dfa.gov.ph; press release)", "https://dfa.gov.ph/dfa-news/dfa-releasesupdate/3593-acting-thai-foreign-minister-visits-philippines", "2014-07-18"),
    # No date in the kept text; the URL's "20080121" (2008-01-21 a Monday, checked): "on Monday"
    # = 2008-01-21, "on Wednesday" = 2008-01-23.
    ("test_12903_sikua_somare_apology", "Oceania", "2000s", "The Sydney Morning Herald (news.smh.com.au)", "http://news.smh.com.au/world/new-solomons-pm-pledges-ramsi-support-20080121-1n8h.html", "2008-01-21"),
    # The dateline "NEW DELHI, India, Jan. 25, Reuter" gives no year; 1988 is read from the text
    # (the "July 1987 accord", "their four year old war"; Jan. 25 a Monday and "Tuesday's
    # Republic Day parade" on Jan. 26 fit 1988, checked): "on Monday" = 1988-01-25.
    ("dev_12904_jayewardene_gandhi_delhi", "South Asia", "1980s", "Sikh Heritage Education (sikhheritageeducation.com; a Reuter dispatch)", "https://sikhheritageeducation.com/jayewardene-gandhi-discuss-tamil-war-indosri-lankan-party/", "1988-01-25"),
    # The heading "2 December 1992" and "held in Copenhagen on Wednesday 2nd December 1992" (a
    # Wednesday, checked): "today" = 1992-12-02.
    ("dev_12905_major_schluter_copenhagen", "Western Europe", "1990s", "Sir John Major archive (johnmajorarchive.org.uk; joint doorstep interview transcript)", "https://johnmajorarchive.org.uk/?p=5714", "1992-12-02"),
    # No date line in the kept text; the URL's "1990-07-08" (a Sunday, checked): "Saturday" =
    # 1990-07-07.
    ("dev_12906_walesa_mazowiecki_truce", "Eastern Europe/Russia", "1990s", "Los Angeles Times (archive page via the mirror vinapk.com; Associated Press)", "https://vinapk.com/archives/la-xpm-1990-07-08-mn-378-story.html", "1990-07-08"),
    # The search tool's date field 2022-11-12 (removed with its prefix) and the dateline "PHNOM
    # PENH, Nov. 12 (Yonhap)" (2022-11-12 a Saturday, checked): "on Saturday" = 2022-11-12.
    ("test_12907_yoon_li_keqiang_phnom_penh", "East Asia", "2020s", "Yonhap News Agency (en.yna.co.kr)", "https://en.yna.co.kr/view/AEN20221112003400315", "2022-11-12"),
    # The date line "Wednesday 02 March 1994 00:02" (a Wednesday, checked): "yesterday morning"
    # = 1994-03-01.
    ("dev_12908_mandela_buthelezi_royal_hotel", "Africa", "1990s", "The Independent (independent.co.uk)", "https://www.independent.co.uk/news/world/anc-and-inkatha-agree-to-work-for-poll-peace-buthelezi-and-mandela-extol-friendship-and-love-but-zulu-chief-says-he-is-not-ready-to-join-election-1426449.html", "1994-03-02"),
    # The date line "January 12 1998" (a Monday, checked); the visit is "during May 1998" (month
    # only) -> no date.
    ("dev_12909_qatar_emir_yemen_visit_planned", "Middle East", "1990s", "Yemen Times (yementimes.com archive)", "https://yementimes.com/emir-of-qatar-in-sanaa-archives1998-02-front-page/", "1998-01-12"),
    # "President's News - 2024.4.15" and the caption's "15/04/2024" (a Monday, checked): "this
    # afternoon" = 2024-04-15.
    ("dev_12910_sanchez_montenegro_moncloa", "Western Europe", "2020s", "La Moncloa (lamoncloa.gob.es; Spanish presidency news)", "https://www.lamoncloa.gob.es/lang/en/presidente/news/paginas/2024/20240415-sanchez-montenegro-meeting.aspx", "2024-04-15"),
    # The dateline "OTTAWA, Oct. 29 (Xinhua)" and the URL's "2014-10/29" (a Wednesday, checked):
    # "arrived here Tuesday" = 2014-10-28; the meetings themselves are not given a day (see the
    # notes) -> no date.
    ("test_12911_kerry_harper_baird_ottawa", "North America", "2010s", "Xinhua (news.xinhuanet.com)", "http://news.xinhuanet.com/english/world/2014-10/29/c_133749356.htm", "2014-10-29"),
    # The dateline "Asuncion, 16 May 2022 (TDI)" (a Monday, checked); the meeting's day within the
    # "two-day visit" is not given -> no date.
    ("dev_12912_lacalle_abdo_asuncion", "Latin America", "2020s", "The Diplomatic Insight (thediplomaticinsight.com)", "https://thediplomaticinsight.com/uruguayan-president-visits-paraguay/", "2022-05-16"),
]

A = {}

A["dev_12901_kazakbaev_mukhriddin_call"] = dict(
    actors={
        "trend_news_agency": ["Trend"],
        "kabar": ["Kabar"],
        "osce": ["OSCE"],
        # New keys.
        "ruslan_kazakbaev": ["Ruslan Kazakbaev", "Kazakbaev"],
        "sirojiddin_mukhriddin": ["Sirodjiddin Mukhriddin", "Mukhriddin"],
    },
    meetings=[
        # "Ministers of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev and Tajikistan Sirodjiddin
        # Mukhriddin held a phone conversation on Thursday" ("During the conversation": the same)
        # -> phone, held, 2022-04-14, no place.
        M(["ruslan_kazakbaev", "sirojiddin_mukhriddin"], "2022-04-14", None, PH, H,
          "Ministers of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev and Tajikistan Sirodjiddin Mukhriddin held a phone conversation on Thursday, Trend reports with reference to Kabar."),
        # Not rows: "bilateral meetings of the competent bodies of the parties" (unnamed, not
        # fixed); the Fourth Consultative Meeting of the Heads of State of Central Asia and the
        # "planned high-level meeting in Bishkek" (multilateral events); "agreed to keep in
        # constant touch" (no specific contact). Trend and Kabar are cited as sources in the body
        # and annotated; the byline line "By Trend" is not. Kept as they stand: the straight
        # opening quote and curly closing quote around "30 years of cooperation of Central
        # Asia-OSCE”", "Sirodjiddin". Removed: at the start, the search tool's date prefix ("
        # date 2022-04-14 "); nothing at the end (the excerpt ends with a full sentence).
    ],
    roles=[],
)

A["dev_12902_sihasak_del_rosario_meeting"] = dict(
    actors={
        "sihasak_phuangketkeow": ["Sihasak Phuangketkeow", "Sihasak"],
        # New key.
        "albert_del_rosario": ["Albert F. del Rosario", "Del Rosario"],
    },
    meetings=[
        # "Acting Thai Foreign Minister Sihasak Phuangketkeow met with Foreign Affairs Secretary
        # Albert F. del Rosario on July 18" -> held, 2014-07-18; place null (the text names no
        # city or country for the meeting; "the Philippine side" is a nationality, see the notes).
        M(["sihasak_phuangketkeow", "albert_del_rosario"], "2014-07-18", None, IP, H,
          "18 July 2014 - Acting Thai Foreign Minister Sihasak Phuangketkeow met with Foreign Affairs Secretary Albert F. del Rosario on July 18 to discuss the current situation in Thailand, bilateral relations, and other issues of mutual concern."),
        # Not rows: the "national reconciliation process" and "code of conduct" (no meeting);
        # "agreed to identify other areas of cooperation". Kept as they stand: "Del Rosario"
        # (capital D) beside "del Rosario", the closing "END". Nothing removed (the excerpt is the
        # whole release).
    ],
    roles=[("Acting Thai Foreign Minister", "sihasak_phuangketkeow"),
           ("Foreign Affairs Secretary", "albert_del_rosario"), ("the Secretary", "albert_del_rosario"),
           ("The Acting Foreign Minister", "sihasak_phuangketkeow")],
)

A["test_12903_sikua_somare_apology"] = dict(
    actors={
        "michael_somare": ["Michael Somare", "Somare"],
        "kevin_rudd": ["Kevin Rudd", "Rudd"],
        "manasseh_sogavare": ["Manasseh Sogavare", "Sogavare"],
        "ramsi": ["Regional Assistance Mission to the Solomons Islands", "RAMSI"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        # New key.
        "derek_sikua": ["Derek Sikua", "Sikua"],
    },
    meetings=[
        # "Sikua apologised to his Papua New Guinean counterpart Michael Somare on Monday" (on his
        # "fence-mending tour to Papua New Guinea"; "He said he had also apologised to Somare":
        # the same encounter) -> held, 2008-01-21, Papua New Guinea (the tour's country; no city
        # in the kept text).
        M(["derek_sikua", "michael_somare"], "2008-01-21", "Papua New Guinea", IP, H,
          "Sikua apologised to his Papua New Guinean counterpart Michael Somare on Monday for the trouble caused by ousted Solomons prime minister Manasseh Sogavare, who lost a no-confidence vote last month."),
        # "that will also take him to Canberra for talks with Australian Prime Minister Kevin Rudd
        # on Wednesday" ("Rudd should expect a similar apology": the same) -> planned,
        # 2008-01-23, Canberra.
        M(["derek_sikua", "kevin_rudd"], "2008-01-23", "Canberra", IP, P,
          "Sikua is on a fence-mending tour to Papua New Guinea, that will also take him to Canberra for talks with Australian Prime Minister Kevin Rudd on Wednesday."),
        # Not rows: Sogavare's boycott of the Pacific Islands Forum meeting in Tonga (a plenary,
        # not attended); the no-confidence vote; "Sikua told reporters" (press). The byline (Ilya
        # Gridneff) is not annotated. Kept as they stand: the line "Rudd should expect a similar
        # apology, he said." given twice, "Solomons Islands". Removed: at the start, the site
        # lines "JavaScript disabled. Please enable JavaScript to use My News, My Clippings, My
        # Comments and user settings." and "If you have trouble accessing our login form below,
        # you can go to our login page." (twice); at the end, the last sentence, which stops
        # without a full stop ("Sikua said the issue of former Solomon Islands attorney-general
        # Julian Moti was not raised during his talks with Somare"), taken as cut off.
    ],
    roles=[("New Solomons Islands Prime Minister", "derek_sikua"),
           ("his Papua New Guinean counterpart", "michael_somare"),
           ("Australian Prime Minister", "kevin_rudd"),
           ("ousted Solomons prime minister", "manasseh_sogavare"),
           ("the former prime minister", "manasseh_sogavare")],
)

A["dev_12904_jayewardene_gandhi_delhi"] = dict(
    actors={
        "junius_jayewardene": ["Junius Jayewardene", "Jayewardene", "Jaywardene"],
        "rajiv_gandhi": ["Rajiv Gandhi", "Gandhi"],
        "ltte": ["Liberation Tigers of Tamil Eelam"],
        # New key.
        "ramaswamy_venkataraman": ["Ramaswamy Venkataraman"],
    },
    meetings=[
        # "Sri Lankan President Junius Jayewardene and Indian Prime Minister Rajiv Gandhi
        # discussed on Monday ..." ("The two leaders met for 90 minutes": the same) -> held,
        # 1988-01-25, New Delhi (the dateline; Jayewardene's "state visit here").
        M(["junius_jayewardene", "rajiv_gandhi"], "1988-01-25", "New Delhi", IP, H,
          "NEW DELHI, India, Jan. 25, Reuter: Sri Lankan President Junius Jayewardene and Indian Prime Minister Rajiv Gandhi discussed on Monday enforcing a controversial peace pact which has so far failed to end a Tamil rebellion."),
        # "Jayewardene was met earlier by President Ramaswamy Venkataraman and Gandhi in the
        # capital's ... Presidential Palace" -> held, date null ("earlier" is not pinned to the
        # day), New Delhi ("the capital"); a welcome by the head of state: not required. The
        # Gandhi part is the same pair as the talks (no second row); Venkataraman and Gandhi
        # are co-hosts, not a pair.
        M(["junius_jayewardene", "ramaswamy_venkataraman"], None, "New Delhi", IP, H,
          "Jayewardene was met earlier by President Ramaswamy Venkataraman and Gandhi in the capital’s ted sandstone Presidential Palace which was ringed by police commandos,", False),
        # Not rows: the proposed friendship treaty (a document); "Tuesday's Republic Day parade
        # where Jayewardene is the Chief Guest" (a ceremony); the "six day state visit" (the visit
        # itself; the talks are the row); the spokesman's briefing (press). Reuter (the dateline's
        # agency tag) is not annotated. Kept as they stand: "has said’ elections", "ted sandstone",
        # "commandos," and "assassinations," ending sentences with commas, "Sri Lanka," ending a
        # paragraph, "Both he and Gandhi has been", "Jaywardene". Removed: nothing at the start;
        # at the end, the cut-off last sentence ("Jayewardene has given no details of the pact
        # but he said on his last visit here in November that it would be similar to a 20year
        # treaty Indo").
    ],
    roles=[("Sri Lankan President", "junius_jayewardene"), ("Indian Prime Minister", "rajiv_gandhi"),
           ("the Chief Guest", "junius_jayewardene")],
)

_MS = "We have today had a visit by the British Prime Minister who also is the President of the Council and we have had a two and a half hour very valuable discussion."
A["dev_12905_major_schluter_copenhagen"] = dict(
    actors={
        "john_major": ["Mr Major"],
        "european_council": ["European Council"],
        # New key.
        "poul_schluter": ["Poul Schluter", "Mr Poul Schluter", "SCHLUTER"],
    },
    meetings=[
        # Schluter: "We have today had a visit by the British Prime Minister ... and we have had a
        # two and a half hour very valuable discussion" (the heading's interview "held in
        # Copenhagen on Wednesday 2nd December 1992"; Major: "the areas we have been discussing
        # this morning": the same) -> held, 1992-12-02, Copenhagen.
        M(["poul_schluter", "john_major"], "1992-12-02", "Copenhagen", IP, H, _MS),
        # Not rows: the Edinburgh summit / European Council (a plenary); "a meeting of Foreign
        # Ministers in the so-called Conclave on 8 December" (unnamed ministers, multilateral); the
        # joint doorstep interview itself (press). Kept as they stand: the speaker labels "MR
        # SCHLUTER:" and "PRIME MINISTER:" (the latter is Major), "reratification". Removed: at the
        # start, the site's header lines ("The Rt. Hon. Sir John Major KG CH", "Prime Minister of
        # Great Britain and Northern Ireland 1990-1997", "1992Prime Minister (1990-1997)"); at the
        # end, the cut-off last sentence ("There are many interlinked decisions that will
        # altogether").
    ],
    roles=[("the Danish Prime Minister", "poul_schluter"), ("the British Prime Minister", "john_major"),
           ("the President of the Council", "john_major")],
)

_WD = "Roman Catholic Archbishop Bronislaw Dabrowski was host of the unannounced meeting, which was held at an undisclosed location near Warsaw."
A["dev_12906_walesa_mazowiecki_truce"] = dict(
    actors={
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "tadeusz_mazowiecki": ["Tadeusz Mazowiecki", "Mazowiecki"],
        "solidarity": ["Solidarity"],
        "pap": ["PAP"],
        # New key.
        "bronislaw_dabrowski": ["Bronislaw Dabrowski"],
    },
    meetings=[
        # "Lech Walesa and ... Tadeusz Mazowiecki declared a political truce after a private,
        # five-hour meeting Saturday" -> held, 1990-07-07; place Poland ("an undisclosed location
        # near Warsaw": not Warsaw itself, so the country; see the notes).
        M(["lech_walesa", "tadeusz_mazowiecki"], "1990-07-07", "Poland", IP, H,
          "Solidarity leader Lech Walesa and Polish Prime Minister Tadeusz Mazowiecki declared a political truce after a private, five-hour meeting Saturday, pledging to cooperate “for the good of our country.”"),
        # "Archbishop Bronislaw Dabrowski was host of the unannounced meeting" -> the host of the
        # same meeting; pair rows with each leader kept but not required (the text presents
        # Walesa and Mazowiecki as the meeting parties).
        M(["bronislaw_dabrowski", "lech_walesa"], "1990-07-07", "Poland", IP, H, _WD, False),
        M(["bronislaw_dabrowski", "tadeusz_mazowiecki"], "1990-07-07", "Poland", IP, H, _WD, False),
        # Not rows: the communique and PAP's statement (documents); the farmers' demonstration and
        # "vigil"; the ousting of three Communist ministers "on Friday" (a decision); the
        # threatened "road blockade on Monday". The credit line "From Associated Press" is not
        # annotated; the Council of Ministers building is a building. Kept as they stand: the
        # site line "Advertisement" three times inside the text. Removed: at the start, the site
        # line "Advertisement"; at the end, the cut-off last sentence ("About 3,000 farmers
        # marched through Warsaw, then took up a vigil outside the Council of Ministers building
        # for most of the day Saturd").
    ],
    roles=[("Solidarity leader", "lech_walesa"), ("Polish Prime Minister", "tadeusz_mazowiecki"),
           ("the prime minister", "tadeusz_mazowiecki"), ("Roman Catholic Archbishop", "bronislaw_dabrowski")],
)

A["test_12907_yoon_li_keqiang_phnom_penh"] = dict(
    actors={
        "li_keqiang": ["Li Keqiang", "Li", "Premier Li"],
        "yoon_suk_yeol": ["Yoon Suk-yeol", "Yoon", "President Yoon"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "Li Keqiang expressed ... during brief talks with President Yoon Suk-yeol on Saturday"
        # ("Yoon met with Li in a waiting room when both attended the ... ASEAN Plus Three summit
        # in Phnom Penh": the same) -> held, 2022-11-12, Phnom Penh.
        M(["li_keqiang", "yoon_suk_yeol"], "2022-11-12", "Phnom Penh", IP, H,
          "PHNOM PENH, Nov. 12 (Yonhap) -- Chinese Premier Li Keqiang expressed China's commitment to playing a constructive role for the denuclearization of the Korean Peninsula during brief talks with President Yoon Suk-yeol on Saturday, a presidential official said."),
        # Not rows: the ASEAN Plus Three summit (a plenary of leaders); "the official told
        # reporters" (press; unnamed). Yonhap (the dateline's agency tag) and the byline (Lee
        # Haye-ah) are not annotated. Removed: at the start, the search tool's date prefix ("
        # date 2022-11-12 "); nothing at the end.
    ],
    roles=[("Chinese Premier", "li_keqiang")],
)

A["dev_12908_mandela_buthelezi_royal_hotel"] = dict(
    actors={
        "nelson_mandela": ["Nelson Mandela", "Mr Mandela", "Mandela"],
        "mangosuthu_buthelezi": ["MANGOSUTHU Buthelezi", "Chief Buthelezi", "Buthelezi"],
        "african_national_congress": ["African National Congress", "ANC"],
        "inkatha_freedom_party": ["Inkatha Freedom Party", "Inkatha"],
    },
    meetings=[
        # "Buthelezi ... went into a meeting with Nelson Mandela yesterday morning" ("the all-day
        # meeting at Durban's Royal Hotel": the same) -> held, 1994-03-01, Durban.
        M(["mangosuthu_buthelezi", "nelson_mandela"], "1994-03-01", "Durban", IP, H,
          "MANGOSUTHU Buthelezi, the leader of the Inkatha Freedom Party, went into a meeting with Nelson Mandela yesterday morning snarling, warning of war, and walked out nine hours later smiling, committed to peace and freedom of political expression."),
        # Not rows: the joint statement (a document); the elections "next month"; "ANC officials
        # remarked" (press, unnamed); the white right-wingers training Inkatha Zulus (no meeting).
        # The byline (John Carlin) is not annotated. Kept as they stand: "MANGOSUTHU" in capitals,
        # straight single quotes. Removed: nothing at the start; at the end, the cut-off fragment
        # "Yesterd" (a paragraph of its own).
    ],
    roles=[("the leader of the Inkatha Freedom Party", "mangosuthu_buthelezi"),
           ("the president of the African National Congress", "nelson_mandela"),
           ("the ANC president", "nelson_mandela"), ("Zulu chief", "mangosuthu_buthelezi")],
)

A["dev_12909_qatar_emir_yemen_visit_planned"] = dict(
    actors={
        "ali_abdullah_saleh": ["Ali Abdullah Saleh"],
        "gcc": ["Gulf Cooperation Council"],
        # New keys.
        "hamad_bin_khalifa_al_thani": ["Sheikh Hamad Bin Khalifah Al Tahni"],
        "yemen_times": ["Yemen Times"],
    },
    meetings=[
        # "has decided to visit Yemen during May 1998 ... the Qatari ruler is responding to an
        # invitation from President Ali Abdullah Saleh" (an accepted invitation from a named host,
        # ANNOTATION.md) -> planned, date null (month only), Sanaa (the headline "Emir of Qatar in
        # Sanaa").
        M(["hamad_bin_khalifa_al_thani", "ali_abdullah_saleh"], None, "Sanaa", IP, P,
          "According to Yemen Times sources, the Qatari ruler is responding to an invitation from President Ali Abdullah Saleh."),
        # Not rows: "the first among the rulers of the Gulf states since the Iraqi invasion of
        # Kuwait" (a record, no meeting); the GCC membership push (no meeting). Kept as they
        # stand: the archive tag "[Archives:1998/02/Front Page]" in the headline, the stray line
        # "in May", "Al Tahni". Nothing removed (the excerpt is the whole page text).
    ],
    roles=[("Emir of Qatar", "hamad_bin_khalifa_al_thani"), ("the Qatari ruler", "hamad_bin_khalifa_al_thani"),
           ("the Qatari Emir", "hamad_bin_khalifa_al_thani")],
)

A["dev_12910_sanchez_montenegro_moncloa"] = dict(
    actors={
        "pedro_sanchez": ["Pedro Sánchez"],
        # New key.
        "luis_montenegro": ["Luis Montenegro"],
    },
    meetings=[
        # "Pedro Sánchez, met this afternoon at Moncloa Palace with the Prime Minister of Portugal,
        # Luis Montenegro" (the line "Moncloa Palace, Madrid") -> held, 2024-04-15, Madrid.
        M(["pedro_sanchez", "luis_montenegro"], "2024-04-15", "Madrid", IP, H,
          "The President of the Government of Spain, Pedro Sánchez, met this afternoon at Moncloa Palace with the Prime Minister of Portugal, Luis Montenegro, with whom he discussed many of the issues and challenges that Portugal and Spain share as neighbours and brother countries."),
        # "the upcoming XXXV Bilateral Summit, which will take place in autumn in Portugal" -> a
        # Spain-Portugal summit of the two governments; planned, date null (season only),
        # Portugal; not required (who will attend is not stated; see the notes).
        M(["pedro_sanchez", "luis_montenegro"], None, "Portugal", IP, P,
          "The two leaders discussed the upcoming XXXV Bilateral Summit, which will take place in autumn in Portugal, and the collaboration between the two countries in the framework of the national recovery programmes linked to areas included in the Recovery, Transformation and Resilience Plans of both countries, such as electric vehicles, energy and ecological transition, development of special technologies and digital infrastructures.", False),
        # Not rows: Montenegro's "first visit abroad" (the visit itself; the meeting is the row).
        # The photo credit (Pool Moncloa/Borja Puig de la Bellacasa) is not annotated; Moncloa
        # Palace is a building. Kept as they stand: the truncated caption "Pedr..." and the
        # share-button lines ("x: opens new window", ...) inside the text. Removed: nothing at the
        # start; at the end, the cut-off fragment "Portugal and".
    ],
    roles=[("President of the Government of Spain", "pedro_sanchez"),
           ("Prime Minister of Portugal", "luis_montenegro"),
           ("the President of the Government", "pedro_sanchez")],
)

A["test_12911_kerry_harper_baird_ottawa"] = dict(
    actors={
        "john_kerry": ["John Kerry", "Secretary Kerry", "Kerry"],
        "stephen_harper": ["Stephen Harper"],
        "barack_obama": ["President Obama", "Barack Obama"],
        "islamic_state": ["ISIL"],
        "parliament_of_canada": ["Canadian Parliament"],
        # New key.
        "john_baird": ["John Baird", "Baird"],
    },
    meetings=[
        # "Canadian Prime Minister Stephen Harper met Kerry" (during Kerry's "brief visit" to
        # Ottawa) -> held, date null (the text gives the arrival day, not the meeting's), Ottawa.
        M(["stephen_harper", "john_kerry"], None, "Ottawa", IP, H,
          "Canadian Prime Minister Stephen Harper met Kerry, thanking him for the solidarity shown by the United States with Canada in light of last week's terrorist accidents."),
        # "During their meeting, Baird and Kerry discussed ..." -> held, date null, Ottawa.
        M(["john_baird", "john_kerry"], None, "Ottawa", IP, H,
          "During their meeting, Baird and Kerry discussed in detail the threat and challenges from ISIL, Ebola, Ukrainian issue and efforts Washington and Ottawa are taking to minimize and eliminate threats."),
        # Not rows: Kerry's tribute at the National War Memorial (no counterpart); the joint press
        # conference (press); Obama's and Kerry's "solidarity" (statements); "pledged to continue to
        # work closely". Xinhua (the dateline tag and the photo credit, with David Kawai) is not
        # annotated. Kept as they stand: "terrorist accidents", "Ukrainian issue". Removed: only a
        # leading empty line; nothing at the end.
    ],
    roles=[("US Secretary of State", "john_kerry"), ("United States Secretary of State", "john_kerry"),
           ("Canadian Prime Minister", "stephen_harper"), ("Canadian Foreign Affairs Minister", "john_baird")],
)

A["dev_12912_lacalle_abdo_asuncion"] = dict(
    actors={
        "luis_lacalle_pou": ["Luis Lacalle Pou"],
        # New key.
        "mario_abdo_benitez": ["Mario Abdo Benítez", "Marito Benitz"],
    },
    meetings=[
        # "The Uruguayan President held a bilateral meeting with his Paraguayan counterpart at the
        # Palacio de López" (the counterpart is Mario Abdo Benítez, named as the host who invited
        # him) -> held, date null (the day of the "two-day visit" is not given), Asuncion (the
        # presidential palace resolved to its city; the dateline "Asuncion").
        M(["luis_lacalle_pou", "mario_abdo_benitez"], None, "Asuncion", IP, H,
          "The Uruguayan President held a bilateral meeting with his Paraguayan counterpart at the Palacio de López."),
        # Not rows: the invitation (the same visit); the award of the National Order of Merit (a
        # ceremony of the same visit); "Both leaders attended the military and police parade"
        # (joint attendance at a ceremony); the unnamed "Foreign Minister" accompanying Lacalle.
        # TDI (the dateline tag) is not annotated. Kept as they stand: "Marito Benitz", "the
        # President of Paraguay for national celebrations". Removed: nothing at the start; at the
        # end, the cut-off last sentence ("Uruguay, being more developed economically, is").
    ],
    roles=[("The Uruguayan President", "luis_lacalle_pou"), ("his Paraguayan counterpart", "mario_abdo_benitez"),
           ("the President of Paraguay", "mario_abdo_benitez"), ("Paraguayan President", "mario_abdo_benitez"),
           ("the Uruguayan leader", "luis_lacalle_pou")],
)
