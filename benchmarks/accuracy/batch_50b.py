"""Accuracy corpus, batch 50b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: three, 1990s: one, 2000s: two, 2010s: two, 2020s: three;
five of the twelve from before 2000, as the brief asked for at least five), over the eleven
regions (East Asia: two; Africa, Central Asia/Caucasus, South Asia, North America, Southeast Asia,
Middle East, Latin America, Oceania, Western Europe, Eastern Europe/Russia: one each).
Outlets/sites: the Chicago Tribune (articles.chicagotribune.com archive), Radio Free Europe/Radio
Liberty (rferl.org), People's Review (peoplesreview.com.np), Real Time 1960s (realtime1960s.com),
People's Daily Online (en.people.cn), the Philippine Department of Foreign Affairs
(dfa.gov.ph; a news item of a foreign-service post), The News International (thenews.com.pk),
The Washington Post (a clipping in the CIA reading room, cia.gov/readingroom), Pledge Times
(pledgetimes.com), Big News Network (bignewsnetwork.com, carrying Xinhua), the Jewish Telegraphic
Agency (jta.org archive) and lietuva.pl (a press release on the Lithuanian President's call).
peoplesreview.com.np, dfa.gov.ph, cia.gov/readingroom, bignewsnetwork.com and lietuva.pl are new
to the corpus as sites (as far as `sources.csv` and the batch files show); the other sites were
used before, the pages and the meetings they report are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_50b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-49b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and meetings already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_99NN_<slug>` / `test_99NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The byline line "October 03, 1988|By Tom Masland, Chicago Tribune." (1988-10-03 is a
    # Monday, checked; the URL's 1988-10-03 agrees): "returned from Zaire on Sunday" =
    # 1988-10-02, the day of the return, not of the meeting; none of the meetings is given a
    # day -> no dates.
    ("dev_9901_botha_mobutu_zaire", "Africa", "1980s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1988-10-03/news/8802030948_1_south-africa-black-ruled-neighbors-southern-african-leaders", "1988-10-03"),
    # The dateline "Washington, 23 April 1998 (RFE/RL)" (1998-04-23 is a Thursday, checked):
    # "today (Thursday)" = 1998-04-23, the planned luncheon.
    ("dev_9902_niyazov_clinton_luncheon", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1088457.html", "1998-04-23"),
    # The dateline "Kathmandu, 11 April:" and the URL's 2020/04/11 (a Saturday, checked): the
    # call "on Friday afternoon" = 2020-04-10 (a Friday, checked).
    ("test_9903_oli_modi_call", "South Asia", "2020s", "People's Review (peoplesreview.com.np)", "https://www.peoplesreview.com.np/2020/04/11/oli-modi-telephone-conversation-india-to-help-nepal-to-fight-against-covid-19/", "2020-04-11"),
    # The item's date line "Dec. 18, 1962 -" (a Tuesday, checked; the site writes each item
    # under its day, as the corpus's earlier realtime1960s page, dev_7905): "arrived ... today"
    # = 1962-12-18. Region North America (a US-UK meeting, as ANNOTATION.md's Bush-Blair).
    ("dev_9904_kennedy_macmillan_nassau", "North America", "1960s", "Real Time 1960s (realtime1960s.com)", "https://www.realtime1960s.com/post/president-kennedy-arrives-in-the-bahamas", "1962-12-18"),
    # No date line in the excerpt; the URL names the day: 200009/18 (print20000918, 2000-09-18,
    # a Monday, checked): "met Monday" = 2000-09-18.
    ("dev_9905_zhu_rongji_murayama_zhongnanhai", "East Asia", "2000s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/200009/18/print20000918_50744.html", "2000-09-18"),
    # The item's date line "19 September 2016 —" (a Monday, checked): the state visit "on
    # September 08 to 09"; the airport welcome "on the evening of 08 September" = 2016-09-08;
    # the meeting with Widodo is not given a day of its own (see the notes) -> no date.
    ("dev_9906_duterte_widodo_jakarta", "Southeast Asia", "2010s", "Department of Foreign Affairs of the Philippines (dfa.gov.ph; a foreign-service post's news item)", "https://dfa.gov.ph/dfa-news/news-from-our-foreign-service-postsupdate/10393-president-rodrigo-duterte-holds-bilateral-meeting-with-indonesian-president-joko-widodo", "2016-09-19"),
    # The date line "April 08, 2016" (a Friday, checked) under the byline: "on Thursday" =
    # 2016-04-07 (the talks in Cairo; the dateline JEDDAH is not the venue); "On Wednesday" =
    # 2016-04-06 (the joint committee's first day).
    ("test_9907_salman_sisi_cairo", "Middle East", "2010s", "The News International (thenews.com.pk)", "http://www.thenews.com.pk/print/111135-King-Salman-in-Egypt-on-state-visit", "2016-04-08"),
    # The reading room's catalogue line "Publication Date: May 29, 1988" (a Sunday, checked) and
    # the story's dateline "SEOUL, May 28-" (a Saturday, checked): "first face-to-face meeting
    # today" = 1988-05-28, the dateline's day (as the corpus's datelines a day before the issue).
    ("dev_9908_roh_three_kims_seoul", "East Asia", "1980s", "The Washington Post, via the CIA reading room (cia.gov/readingroom, an open-source clipping)", "https://www.cia.gov/readingroom/document/cia-rdp05t02051r000200350094-8", "1988-05-29"),
    # No date line in the excerpt; the search tool's date field 2022-08-08 (removed with its
    # prefix; a Monday, checked): "after a meeting this Monday" = 2022-08-08.
    ("dev_9909_boric_petro_bogota", "Latin America", "2020s", "Pledge Times (pledgetimes.com)", "https://pledgetimes.com/gabriel-boric-after-his-meeting-with-gustavo-petro-the-latin-american-heart-begins-to-beat/", "2022-08-08"),
    # The page's line "5th August 2024, 14:45 GMT+10" and the dateline "WELLINGTON, Aug. 5
    # (Xinhua)" (2024-08-05 is a Monday, checked): "said on Monday" and "Monday's meeting" =
    # 2024-08-05.
    ("dev_9910_luxon_salwai_wellington", "Oceania", "2020s", "Big News Network (bignewsnetwork.com; Xinhua)", "https://bignewsnetwork.com/news/274481920/new-zealand-vanuatu-cement-ties", "2024-08-05"),
    # No date line in the excerpt; the URL names the bulletin's day: 1982/03/15 (a Monday,
    # checked): "ended a four-day official visit to Austria yesterday" = 1982-03-14; the
    # meeting with the host is not given a day -> no date.
    ("test_9911_kreisky_qaddafi_austria", "Western Europe", "1980s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/1982/03/15/archive/qaddafis-visit-to-austria-widely-criticized-by-local-media-jewish-community-and-israel", "1982-03-15"),
    # The release's date line "Wednesday, March 19, Vilnius –" gives no year, nor does the URL.
    # The year is 2008: 19 March is a Wednesday in 2003, 2008 and 2014 (computed), and the text
    # places the call after the Lisbon Treaty's signing and before 2009 (its ratification in
    # Poland and "by the Seimas" still pending, "due in April"; "the likely situation in
    # Lithuania's energy sector after 2009" still ahead), which leaves 2008 (see the notes).
    ("dev_9912_adamkus_kaczynski_call", "Eastern Europe/Russia", "2000s", "lietuva.pl (a press release on the Lithuanian President's call)", "http://lietuva.pl/index-old.php?language=en&page=167&id=873", "2008-03-19"),
]

A = {}

_SO_FAR = "So far, he has met with Joaquim Chissano of Mozambique, Hastings Banda of Malawi and Mobutu Sese Seko of Zaire."
A["dev_9901_botha_mobutu_zaire"] = dict(
    actors={
        "p_w_botha": ["President P.W. Botha", "P.W. Botha", "Botha"],
        "joaquim_chissano": ["Joaquim Chissano"],
        "hastings_banda": ["Hastings Banda", "Banda"],
        "mobutu_sese_seko": ["Mobutu Sese Seko", "Mobutu"],
        "african_national_congress": ["African National Congress"],
        "kenneth_kaunda": ["President Kenneth Kaunda", "Kenneth Kaunda"],
    },
    meetings=[
        # "So far, he has met with Joaquim Chissano of Mozambique, Hastings Banda of Malawi and
        # Mobutu Sese Seko of Zaire." -> three separate meetings (one row each, as dev_032's
        # "met X and Y"), all held, date null (no day is given for any of them). The Mobutu
        # meeting is the "third meeting with an African leader in a month" from which Botha
        # "returned from Zaire on Sunday" -> place Zaire; the other two are given no place
        # ("of Mozambique", "of Malawi" name the leaders' countries, not the venues) -> null.
        M(["p_w_botha", "mobutu_sese_seko"], None, "Zaire", IP, H, _SO_FAR),
        M(["p_w_botha", "joaquim_chissano"], None, None, IP, H, _SO_FAR),
        M(["p_w_botha", "hastings_banda"], None, None, IP, H, _SO_FAR),
        # Not rows: "his unprecedented round of meetings last month" (a count); "more individual
        # meetings with African heads of state were in the offing" (unnamed); "a regional summit
        # conference of southern African leaders" he "anticipates being invited to" (a
        # multilateral summit, only hoped for); Kaunda "would agree to such a visit if asked"
        # (hypothetical); Botha "told reporters" (a statement). "Tom Masland" is the byline and
        # "Chicago Tribune" the outlet (not annotated). Removed: at the end, the cut-off last
        # sentence, a paragraph of its own ("Botha also suggested he might meet Zimbabwe`s
        # President Robert Mugabe, a key advocate of mandatory economic sanctions against South
        # Africa, reporters accom"). Nothing removed at the start (the excerpt begins with the
        # headline). The backtick quotes (``We are going ...``, Malawi`s) are kept as they stand.
    ],
    roles=[],
)

A["dev_9902_niyazov_clinton_luncheon"] = dict(
    actors={
        "saparmurat_niyazov": ["Turkmen President Saparmurat Niyazov", "Saparmurat Niyazov", "Niyazov"],
        "bill_clinton": ["President Bill Clinton", "Bill Clinton", "Clinton"],
        "white_house": ["White House"],
        "rfe_rl": ["RFE/RL"],
        # "the Turkmen government" (new key).
        "government_of_turkmenistan": ["Turkmen government"],
    },
    meetings=[
        # "Niyazov's visit culminates today (Thursday) with a working luncheon at the White House
        # with President Bill Clinton." ("The two men will shake hands ... before going into
        # their meeting"; "the Clinton-Niyazov talks": the same) -> planned (the article
        # announces it for later the same day), 1998-04-23, Washington (White House ->
        # Washington).
        M(["saparmurat_niyazov", "bill_clinton"], "1998-04-23", "Washington", IP, P,
          "Niyazov's visit culminates today (Thursday) with a working luncheon at the White House with President Bill Clinton."),
        # Not rows: "his talks in Washington" and "Niyazov was invited to meet with top U.S.
        # dignitaries" (counterparts unnamed); "no joint press conference" (a news conference,
        # and not held); the "written joint statement" (a statement); "A White House official"
        # and "U.S. officials" (unnamed); "the Turkmen delegation" (unnamed). "(RFE/RL)" in the
        # dateline is the agency credit; "RFE/RL" in "who spoke with RFE/RL" is annotated (cited
        # in the body). Removed: at the start, the site lines "Accessibility links" and "Breaking
        # News"; at the end, the cut-off last sentence, a paragraph of its own ("The official
        # said there are several indications that the message is getting through to Niyaz").
    ],
    roles=[("Turkmen President", "saparmurat_niyazov")],
)

A["test_9903_oli_modi_call"] = dict(
    actors={
        "k_p_sharma_oli": ["KP Sharma Oli", "PM Oli", "Oli"],
        "narendra_modi": ["Narendra Modi", "Modi"],
    },
    meetings=[
        # "Prime Minister of Nepal KP Sharma Oli held telephone conversation with his Indian
        # counterpart Narendra Modi on Friday afternoon." -> phone, held, 2020-04-10, place null.
        M(["k_p_sharma_oli", "narendra_modi"], "2020-04-10", None, PH, H,
          "Kathmandu, 11 April: Prime Minister of Nepal KP Sharma Oli held telephone conversation with his Indian counterpart Narendra Modi on Friday afternoon."),
        # Not rows: "In a twit by PM Oli" (a post on Twitter, a statement about the same call);
        # "Oli has stated" (a statement). Removed: at the end, the service's credit line
        # "People’s News Monitoring Service" (an agency tag). Nothing removed at the start (the
        # excerpt begins with the headline). The typo "COVID-119" is kept as it stands.
    ],
    roles=[("Prime Minister of Nepal", "k_p_sharma_oli"), ("his Indian counterpart", "narendra_modi")],
)

A["dev_9904_kennedy_macmillan_nassau"] = dict(
    actors={
        "john_f_kennedy": ["President Kennedy"],
        "harold_macmillan": ["British Prime Minister Harold Macmillan", "Harold Macmillan", "Mr. Macmillan"],
        "conservative_party_uk": ["Conservative party"],
    },
    meetings=[
        # "President Kennedy arrived in the Bahamas today for two days of talks with British Prime
        # Minister Harold Macmillan." ("The Prime Minister was at the airport in Nassau to greet
        # the President": the welcome that opens the same talks, one row) -> held (the visit has
        # begun with the greeting), 1962-12-18 (the day of the arrival and greeting; the two days
        # of talks as such are a range), Nassau (the airport "in Nassau"; see the notes).
        M(["john_f_kennedy", "harold_macmillan"], "1962-12-18", "Nassau", IP, H,
          "Dec. 18, 1962 - President Kennedy arrived in the Bahamas today for two days of talks with British Prime Minister Harold Macmillan."),
        # Not rows: "Unless the Prime Minister can return home with an assurance" (a hoped-for
        # outcome, no meeting). "Skybolt" is a missile and "the Anglo-American alliance" a
        # relationship (not actors). Removed: at the start, the site line "top of page"; at the
        # end, the site line "bottom of page". Nothing cut off (the item is whole).
    ],
    roles=[("British Prime Minister", "harold_macmillan"), ("The Prime Minister", "harold_macmillan"),
           ("the President", "john_f_kennedy")],
)

A["dev_9905_zhu_rongji_murayama_zhongnanhai"] = dict(
    actors={
        "zhu_rongji": ["Premier Zhu Rongji", "Zhu Rongji", "Premier Zhu", "Zhu"],
        # "Murayama Tomiichi" (family name first) and, as the text goes on, "Tomiichi" (the
        # given name used as if it were the surname): kept as written.
        "tomiichi_murayama": ["former Japanese Prime Minister Murayama Tomiichi", "Murayama Tomiichi", "Tomiichi"],
        "jiang_zemin": ["President Jiang Zemin", "Jiang Zemin"],
    },
    meetings=[
        # "Premier Zhu Rongji met Monday with former Japanese Prime Minister Murayama Tomiichi in
        # Zhongnanhai, site of China's central government." -> held, 2000-09-18, Beijing
        # (Zhongnanhai resolved to its city, as batch 10a's Obuchi-Jiang row).
        M(["zhu_rongji", "tomiichi_murayama"], "2000-09-18", "Beijing", IP, H,
          "Premier Zhu Rongji met Monday with former Japanese Prime Minister Murayama Tomiichi in Zhongnanhai, site of China's central government."),
        # Not rows: "President Jiang Zemin's visit to Japan in 1998" (a visit to a country, no
        # host named); "Premier Zhu's upcoming visit to Japan" (likewise, no host named, no day);
        # Murayama's "declaration ... on Japan's history of aggression" (a statement). Kept as
        # they stand: the headline standing twice. Removed: at the end, the cut-off last
        # sentence, a paragraph of its own ("Tomiichi said the historical issue in Japan-China
        # relations should be emphasized, stressing that without reflecting on the past, on").
    ],
    roles=[("Chinese Premier", "zhu_rongji"), ("Former Japanese PM", "tomiichi_murayama"),
           ("The premier", "zhu_rongji")],
)

_AIRPORT = "He was met at the Halim Perdanakusuma airport by Ambassador Maria Lumen B. Isleta and Minister Yasonna Laoly of the Indonesian Ministry for Law and Human Rights."
A["dev_9906_duterte_widodo_jakarta"] = dict(
    actors={
        "rodrigo_duterte": ["President Rodrigo Roa Duterte", "Rodrigo Roa Duterte", "President Duterte", "Duterte"],
        "joko_widodo": ["President Joko Widodo", "Joko Widodo", "President Widodo", "Widodo"],
        # New keys.
        "maria_lumen_b_isleta": ["Ambassador Maria Lumen B. Isleta", "Maria Lumen B. Isleta"],
        "yasonna_laoly": ["Minister Yasonna Laoly", "Yasonna Laoly"],
        "ministry_of_law_and_human_rights_indonesia": ["Indonesian Ministry for Law and Human Rights"],
        "asean": ["ASEAN"],
        "indonesian_government": ["Indonesian government"],
    },
    meetings=[
        # "After being welcomed with state honors, President Duterte had a friendly and fruitful
        # meeting with his counterpart, President Joko Widodo" -> held, date null (the state
        # visit ran "on September 08 to 09" and the meeting is given no day of its own; see the
        # notes), Jakarta ("arrived in Jakarta"; Istana Merdeka, the State Palace).
        M(["rodrigo_duterte", "joko_widodo"], None, "Jakarta", IP, H,
          "After being welcomed with state honors, President Duterte had a friendly and fruitful meeting with his counterpart, President Joko Widodo, where they discussed vital matters concerning Indonesian-Philippines relations."),
        # "He was met at the Halim Perdanakusuma airport by Ambassador Maria Lumen B. Isleta and
        # Minister Yasonna Laoly" ("He" = Duterte) -> the airport welcome, one row per greeter,
        # held, 2016-09-08 ("on the evening of 08 September"), Jakarta (the airport of the
        # arrival "in Jakarta"); required False (an airport greeting, as the greeting rows of
        # earlier batches; Isleta is his own country's ambassador). No Isleta-Laoly row.
        M(["rodrigo_duterte", "yasonna_laoly"], "2016-09-08", "Jakarta", IP, H, _AIRPORT, False),
        M(["rodrigo_duterte", "maria_lumen_b_isleta"], "2016-09-08", "Jakarta", IP, H, _AIRPORT, False),
        # "President Duterte looked forward to welcoming his counterpart to the Philippines" ->
        # a return visit of Widodo, planned, date null, Philippines; required False (a wish
        # rather than an arranged visit; a reader could leave it out).
        M(["rodrigo_duterte", "joko_widodo"], None, "Philippines", IP, P,
          "President Widodo expressed Indonesia’s full support for the Philippines’ ASEAN Chairmanship in 2017 while President Duterte looked forward to welcoming his counterpart to the Philippines and reciprocating the warm and generous hospitality accorded by the Indonesian government to his delegation.",
          False),
        # Not rows: "his successful participation at the ASEAN Summit in Vientiane" (a summit
        # plenary); the wreath-laying and the 21-gun salute (ceremonies, no counterpart named);
        # the Joint Statement the two signed (part of the first row's meeting); "his delegation"
        # (unnamed). "Philippine Peace Process" is a process (not an actor). Kept as it stands:
        # the page title "Jak Bilat". Removed: at the start, the site line "MENU"; at the end,
        # the cut-off last sentence ("The Philippines, Indonesia and Malaysia are all working
        # towards the realization of t") and the two spaces before it.
    ],
    roles=[("the 16th President of the Philippines", "rodrigo_duterte"), ("his counterpart", "joko_widodo"),
           ("The President", "rodrigo_duterte")],
)

A["test_9907_salman_sisi_cairo"] = dict(
    actors={
        # `salman_bin_abdulaziz` is the key `SAME_ACTOR` keeps (batch keys `king_salman` ->
        # `salman_bin_abdulaziz`).
        "salman_bin_abdulaziz": ["Custodian of the Two Holy Mosques King Salman", "King Salman"],
        "abdel_fattah_el_sisi": ["Egyptian President Abdel Fattah El-Sisi", "Abdel Fattah El-Sisi", "President El-Sisi"],
        # New keys.
        "mohammed_bin_naif": ["Crown Prince Mohammed bin Naif", "Mohammed bin Naif"],
        "saudi_press_agency": ["Saudi Press Agency"],
        "saudi_egyptian_joint_committee": ["Saudi-Egyptian joint committee"],
        "ahmad_bin_abdul_aziz_al_haqabani": ["Ahmad bin Abdul Aziz Al-Haqabani", "Al-Haqabani"],
        "saeed_abdullah": ["Saeed Abdullah", "Abdullah"],
        # "the Ministry of Commerce and Industry" (Saudi Arabia's, Al-Haqabani's ministry).
        "ministry_of_commerce_and_industry_saudi_arabia": ["Ministry of Commerce and Industry"],
        "ministry_of_commerce_and_industry_egypt": ["Egyptian Ministry of Commerce and Industry"],
        "house_of_representatives_egypt": ["Egyptian Parliament"],
    },
    meetings=[
        # "Custodian of the Two Holy Mosques King Salman held talks with Egyptian President Abdel
        # Fattah El-Sisi after his arrival in Cairo on Thursday." ("Following the session,
        # President El-Sisi held a luncheon in honour of the Custodian of the Two Holy Mosques":
        # the same pair, day and place, one row) -> held, 2016-04-07, Cairo (the dateline JEDDAH
        # is where the story was filed, not the venue).
        M(["salman_bin_abdulaziz", "abdel_fattah_el_sisi"], "2016-04-07", "Cairo", IP, H,
          "JEDDAH: Custodian of the Two Holy Mosques King Salman held talks with Egyptian President Abdel Fattah El-Sisi after his arrival in Cairo on Thursday."),
        # The joint committee's round that "kicked off" "On Wednesday" and the statements of
        # Al-Haqabani and Saeed Abdullah "following the meeting" -> the two officials as the
        # committee meeting's named participants: held, 2016-04-06 (its first day), place null
        # (not given; a reader could write Cairo); required False (their part in the meeting is
        # implied by their statements "following the meeting", not stated).
        M(["ahmad_bin_abdul_aziz_al_haqabani", "saeed_abdullah"], "2016-04-06", None, IP, H,
          "In statements following the meeting, Ahmad bin Abdul Aziz Al-Haqabani, undersecretary at the Ministry of Commerce and Industry, and Saeed Abdullah, first undersecretary at the Egyptian Ministry of Commerce and Industry, said the first day’s outcome was positive.",
          False),
        # Not rows: "King Salman will address the Egyptian Parliament" (a speech); "a number of
        # princes and the accompanying delegation" at the luncheon (unnamed); Mohammed bin Naif
        # "was made acting Custodian" (a decree, no meeting); the 15 agreements "would be signed
        # on the sidelines of the meetings" (no signatories named); "said the Saudi Press Agency"
        # (a report). "By our correspondents" is the byline (not annotated). Removed: at the end,
        # the cut-off last sentence, a paragraph of its own ("Egyptian Foreign Minister Sameh
        # Shoukry has emphasized the importance of King Salman’s visit to Cairo and spoke of the
        # ‘special relationship’ betwe"). Nothing removed at the start (the excerpt begins with
        # the headline).
    ],
    roles=[("Egyptian President", "abdel_fattah_el_sisi"),
           ("the Custodian of the Two Holy Mosques", "salman_bin_abdulaziz"),
           ("the king", "salman_bin_abdulaziz"),
           ("acting Custodian of the Two Holy Mosques", "mohammed_bin_naif"),
           ("undersecretary at the Ministry of Commerce and Industry", "ahmad_bin_abdul_aziz_al_haqabani"),
           ("first undersecretary at the Egyptian Ministry of Commerce and Industry", "saeed_abdullah")],
)

_KIMS = "The agreement on the sensitive issue, which has been the focus of intense debate and protest in Seoul, came during a long and apparently pro- ductive summit between Roh and \"the three Kims\" of the opposition-leftist Kim Dae Jung, centrist Kim Young Sam and maverick conser- vative Kim Jong Pil."
A["dev_9908_roh_three_kims_seoul"] = dict(
    actors={
        "roh_tae_woo": ["South Korean President Roh Tae Woo", "Roh Tae Woo", "ROH", "Roh"],
        "kim_dae_jung": ["Kim Dae Jung"],
        "kim_young_sam": ["Kim Young Sam"],
        # New key.
        "kim_jong_pil": ["Kim Jong Pil"],
        "national_assembly_south_korea": ["National Assembly", "National As- sembly"],
    },
    meetings=[
        # "South Korean President Roh Tae Woo and the country's three main op- position leaders
        # agreed at their first face-to-face meeting today" / "summit between Roh and \"the three
        # Kims\" ... Kim Dae Jung, centrist Kim Young Sam and maverick conser- vative Kim Jong
        # Pil" -> a meeting of four named people: one row per pair (six), held, 1988-05-28,
        # Seoul (the dateline and "the meeting at the presidential palace"). The three Kims lead
        # three rival parties, not one delegation, so their pairs are required too (see the
        # notes).
        M(["roh_tae_woo", "kim_dae_jung"], "1988-05-28", "Seoul", IP, H, _KIMS),
        M(["roh_tae_woo", "kim_young_sam"], "1988-05-28", "Seoul", IP, H, _KIMS),
        M(["roh_tae_woo", "kim_jong_pil"], "1988-05-28", "Seoul", IP, H, _KIMS),
        M(["kim_dae_jung", "kim_young_sam"], "1988-05-28", "Seoul", IP, H, _KIMS),
        M(["kim_dae_jung", "kim_jong_pil"], "1988-05-28", "Seoul", IP, H, _KIMS),
        M(["kim_young_sam", "kim_jong_pil"], "1988-05-28", "Seoul", IP, H, _KIMS),
        # Not rows: "reunification discussions with commu- nist North Korea" (talks proposed,
        # no participants named); "next week's National As- sembly opening" (a session of
        # parliament). "Peter Maass" is the byline and "The Washington Post" the outlet; the
        # clipping form's list of papers ("NFW YORK TIMES WALL STREET J. VMHJNGION TIMES THE
        # WASHINGTON POST") is a header (not annotated). The reading room's catalogue lines
        # (document number, release decision, dates, "Body:") are kept as they stand: they carry
        # the publication date. The OCR debris ("~~i?II\GION POST ~-~ DATE Jzl+j1", "CIA-RDPO5TO2O51")
        # and the line-end hyphens ("op- position", "pro- ductive") are kept as they stand.
        # Removed: at the end, the cut-off last sentence ("The meeting began w").
    ],
    roles=[("South Korean President", "roh_tae_woo")],
)

A["dev_9909_boric_petro_bogota"] = dict(
    actors={
        "gabriel_boric": ["Chilean President Gabriel Boric", "Gabriel Boric", "President Boric", "Boric"],
        "gustavo_petro": ["Gustavo Petro", "Petro"],
        "alvaro_leyva": ["Álvaro Leyva"],
        # New keys.
        "francia_marquez": ["Vice President Francia Márquez", "Francia Márquez"],
        "andean_community": ["Andean community", "community Andean"],
        "eclac": ["ECLAC"],
        "celac": ["CELAC"],
        "eln": ["ELN"],
    },
    meetings=[
        # The caption "Chilean President Gabriel Boric with his Colombian counterpart Gustavo
        # Petro, after a meeting this Monday, in Bogotá." ("On the morning of this Monday, the
        # leaders have had a meeting in Bogotá"; Petro's "first press conference ... was with
        # his Chilean counterpart": the same meeting) -> held, 2022-08-08, Bogotá.
        M(["gabriel_boric", "gustavo_petro"], "2022-08-08", "Bogotá", IP, H,
          "Chilean President Gabriel Boric with his Colombian counterpart Gustavo Petro, after a meeting this Monday, in Bogotá."),
        # Not rows: Petro "accompanied by his chancellor, Álvaro Leyva" (accompanying, not a
        # participant); "as Vice President Francia Márquez announced a few days ago during a
        # visit to Santiago" (a visit to a city, no host named); "the talks will resume" with the
        # ELN (talks of unnamed negotiators); the joint press conference (a media appearance of
        # the same meeting). "Mauricio Duenas Castañeda (EFE)" is the photo credit (not
        # annotated). The machine translation's wording ("community Andean", "a institutionality",
        # the closing quote before a space in ", ”announced") is kept as it stands. Removed: at
        # the start, the search tool's date prefix (" date 2022-08-08 "); at the end, the cut-off
        # last sentence, a paragraph of its own ("Boric, ac"). The excerpt has no headline.
    ],
    roles=[("his Colombian counterpart", "gustavo_petro"), ("his Chilean counterpart", "gabriel_boric"),
           ("the Colombian president", "gustavo_petro"), ("his chancellor", "alvaro_leyva")],
)

A["dev_9910_luxon_salwai_wellington"] = dict(
    actors={
        "christopher_luxon": ["New Zealand Prime Minister Christopher Luxon", "Christopher Luxon", "Luxon"],
        # New keys.
        "charlot_salwai": ["Vanuatu Prime Minister Charlot Salwai", "Charlot Salwai"],
        "mark_brown": ["PIF Chair Mark Brown", "Mark Brown"],
        "pacific_islands_forum": ["Pacific Islands Forum", "PIF", "forum"],
    },
    meetings=[
        # "Luxon and his counterpart, Vanuatu Prime Minister Charlot Salwai, held formal talks in
        # Wellington" ("Monday's meeting": the same) -> held, 2024-08-05, Wellington. The page
        # repeats the story: the same sentence stands twice, one row.
        M(["christopher_luxon", "charlot_salwai"], "2024-08-05", "Wellington", IP, H,
          "Luxon and his counterpart, Vanuatu Prime Minister Charlot Salwai, held formal talks in Wellington, discussing how the two countries can build the relationship even further and a range of issues including labor mobility and the Recognized Seasonal Employer scheme."),
        # Not rows: "the Pacific Islands Forum (PIF) Leaders meeting later this month" (a
        # multilateral leaders' meeting); Mark Brown's words (a statement); the joint statement
        # (a statement). "(Xinhua)" in the datelines and the line "Xinhua" are the agency credit
        # (not annotated). The "Mauri Statement of Partnership" is an agreement and the
        # "Recognized Seasonal Employer scheme" a programme (not actors). Kept as they stand: the
        # headline standing four times and the story's repetition below the page's date line.
        # Removed: at the end, the cut-off last sentence of the repeated story, a paragraph of its
        # own ("As a trusted partner to Vanuatu, ... Luxon said, adding it was also an
        # important"). Nothing removed at the start.
    ],
    roles=[("New Zealand Prime Minister", "christopher_luxon"), ("his counterpart", "charlot_salwai"),
           ("Vanuatu Prime Minister", "charlot_salwai"), ("PIF Chair", "mark_brown")],
)

A["test_9911_kreisky_qaddafi_austria"] = dict(
    actors={
        "muammar_gaddafi": ["Col. Muammar Qaddafi", "Muammar Qaddafi", "Qaddafi"],
        "bruno_kreisky": ["Chancellor Bruno Kreisky", "Bruno Kreisky", "Kreisky"],
        "ronald_reagan": ["President Reagan"],
        "arab_league": ["Arab League"],
        "organization_of_african_unity": ["Organization of African Unity"],
        "plo": ["Palestine Liberation Organization"],
        "yasser_arafat": ["Yasir Arafat"],
    },
    meetings=[
        # "According to Chancellor Bruno Kreisky who was Qaddafi’s host" (the "four-day official
        # visit to Austria" that ended "yesterday") -> the visitor and his named host: held, date
        # null (the visit's days are a range, the meeting is given none), Austria (the country of
        # the visit; "Before leaving Vienna" places his press conference, not the talks; a reader
        # could write Vienna). Required: a visit with its host named is a meeting (as batch 5d's
        # "a visit with who received the visitor"); see the notes.
        M(["muammar_gaddafi", "bruno_kreisky"], None, "Austria", IP, H,
          "According to Chancellor Bruno Kreisky who was Qaddafi’s host, the Libyan leader had a long-standing invitation to visit Austria."),
        # Not rows: "Qaddafi held a press conference" (a news conference of one person); "the
        # U.S. announced an embargo" (no meeting); Kreisky "has in the past, introduced to
        # European statesmen such persons, as ... Yasir Arafat" (a habit, no specific meeting,
        # the statesmen unnamed); Saudi Arabia's call for his expulsion (no meeting); "Kreisky
        # said" (a statement). The opposition parties, the media, "the Jewish community" and
        # "Jewish journalists" are unnamed groups (not annotated). Kept as it stands: the site
        # line "Download PDF for this date" below the headline. Removed: at the start, the
        # headline's first copy and the site line "Menu JTA Search"; at the end, the cut-off last
        # sentence ("There were reports that members of Qaddafi’s entourage had negotiated with
        # Austrian business").
    ],
    roles=[("the Libyan leader", "muammar_gaddafi"), ("Qaddafi’s host", "bruno_kreisky"),
           ("the Libyan strongman", "muammar_gaddafi"), ("The Austrian Chancellor", "bruno_kreisky"),
           ("Palestine Liberation Organization chief", "yasser_arafat")],
)

_HEADS = "He briefed President Adamkus on the results of his meetings with heads of Ukraine, Georgia and Azerbaijan who had recently visited Poland, and stressed the importance of the Sarmatia consortium in the Odessa-Brody-Gdansk pipeline project."
A["dev_9912_adamkus_kaczynski_call"] = dict(
    actors={
        "valdas_adamkus": ["President of the Republic of Lithuania Valdas Adamkus", "Valdas Adamkus",
                           "President Adamkus", "Adamkus"],
        "lech_kaczynski": ["Lech Kaczyński", "President Kaczyński"],
        "european_council": ["European Council"],
        "european_union": ["European Union"],
        "nato": ["NATO", "The Alliance"],
        # "the Seimas" (Lithuania's parliament; the key of batch 4a).
        "seimas": ["Seimas"],
        # "the Sarmatia consortium" (new key).
        "sarmatia": ["Sarmatia consortium"],
    },
    meetings=[
        # "President of the Republic of Lithuania Valdas Adamkus had a telephone conversation
        # with the President of the Republic of Poland Lech Kaczyński." -> phone, held,
        # 2008-03-19 (the release's "Wednesday, March 19"; the year: see the notes), place null.
        M(["valdas_adamkus", "lech_kaczynski"], "2008-03-19", None, PH, H,
          "Wednesday, March 19, Vilnius – President of the Republic of Lithuania Valdas Adamkus had a telephone conversation with the President of the Republic of Poland Lech Kaczyński."),
        # "his meetings with heads of Ukraine, Georgia and Azerbaijan who had recently visited
        # Poland" ("his" = Kaczyński) -> three meetings whose counterparts are given by role and
        # country only: three one-party rows, held, date null ("recently"), Poland; required
        # False (the heads are not named; a reader could make one row or none).
        M(["lech_kaczynski"], None, "Poland", IP, H, _HEADS, False),
        M(["lech_kaczynski"], None, "Poland", IP, H, _HEADS, False),
        M(["lech_kaczynski"], None, "Poland", IP, H, _HEADS, False),
        # Not rows: "the recent European Council meeting" (a multilateral meeting); the NATO
        # Membership Action Plans and the Lisbon Treaty (plans and a treaty, no meeting); "the
        # ratification ... by the Seimas" (a vote of parliament). The Odessa-Brody-Gdansk
        # pipeline is a project (not an actor). The apostrophes as written ("Lithuania‘s",
        # "Georgia‘s") are kept as they stand. Removed: at the start, the site line "Home Site
        # tree E-mail"; at the end, the cut-off last sentence ("“This Treaty is very important
        # both for Lithuania and the region and for").
    ],
    roles=[("President of the Republic of Lithuania", "valdas_adamkus"),
           ("the President of the Republic of Poland", "lech_kaczynski"),
           ("The Polish President", "lech_kaczynski")],
)
