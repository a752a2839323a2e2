"""Accuracy corpus, batch 97b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 97a), from the 1950s to the 2020s (1950s:
three (1952, 1956, 1958), 1960s: one (1960), 1970s: two (1974, 1976), 1990s: one (1996), 2000s:
two (2000, 2004), 2010s: one (2014), 2020s: two (2022, 2022); seven of the twelve from before
2000), over the regions (South Asia: two; Eastern Europe/Russia, Central Asia/Caucasus, Southeast
Asia, Africa, Latin America, East Asia, Oceania, Middle East, Western Europe, North America: one
each; all eleven regions covered).
Outlets/sites: TIME (1952, 1958, 1960; mirrors of the TIME archive at 20.210.105.67 and
softbeam.net), the Press (Christchurch) on Papers Past (1956), Baku Today reposted on
armenianclub.com (2004), ParlInfo of the Parliament of Australia (1996), two US embassy cables on
WikiLeaks PlusD (Abidjan 1974, Mexico 1976), the Hindustan Times (2022), People's Daily Online
(2000), The New Daily (2022) and Al-Alam (2014).
Text kinds: three newsmagazine stories (19301, 19311, 19312), one newspaper agency item (19302),
one news-site item reposted on a forum/blog (19303), one prime-ministerial press-conference
transcript (19304), two diplomatic cables (19305, 19307), three news-site stories (19306, 19309,
19310) and one state-media news item (19308). All twelve texts are in English.
The pages are new to the corpus (URLs, ids/slugs and headline words grepped in sources.csv,
corpus/metadata.csv and the batch files, batch_97a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_97b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-96b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_193NN_<slug>` / `test_193NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The issue line "Monday, Mar. 14, 1960" (a Monday, checked).
    ("dev_19301_chou_nehru_invitation", "South Asia", "1960s", "TIME (archive mirror, softbeam.net)", "http://softbeam.net/txt/time/Time1960/1960-03-14/871549.html", "1960-03-14"),
    # The Papers Past id CHP19560604 = the Press of 1956-06-04 (a Monday, checked); dateline
    # "MOSCOW’, June 2.": "today" = 1956-06-02 (a Saturday, checked).
    ("dev_19302_tito_molotov_khrushchev_moscow", "Eastern Europe/Russia", "1950s", "The Press, Christchurch (Papers Past)", "https://paperspast.natlib.govt.nz/newspapers/CHP19560604.2.89", "1956-06-04"),
    # The date line "Baku Today 28/04/2004 19:46" (a Wednesday, checked): "today" = 2004-04-28.
    # (The armenianclub URL date 2004/05/05 is the repost date.)
    ("test_19303_aliyev_kocharyan_baku_today", "Central Asia/Caucasus", "2000s", "Baku Today, via armenianclub.com (repost)", "https://www.armenianclub.com/2004/05/05/baku-aliyev-meets-kocharyan/", "2004-04-28"),
    # The title line "Hyatt Hotel Jakarta, 17 September 1996: press conference" (a Tuesday,
    # checked): "this morning" = 1996-09-17, "yesterday" = 1996-09-16.
    ("dev_19304_howard_soeharto_jakarta", "Southeast Asia", "1990s", "ParlInfo, Parliament of Australia (press-conference transcript, media release EZ230)", "http://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id%3A%22media%2Fpressrel%2FEZ230%22;src1=sm1", "1996-09-17"),
    # The cable's date-time group "R 051105Z OCT 74" = 1974-10-05 (a Saturday, checked); the
    # meeting "ON OCTOBER 3" = 1974-10-03 (a Thursday, checked).
    ("dev_19305_keogh_houphouet_abidjan", "Africa", "1970s", "US Embassy Abidjan cable 1974ABIDJA08053 (WikiLeaks PlusD)", "https://forum.wikileaks.org/plusd/cables/1974ABIDJA08053_b.html", "1974-10-05"),
    # No date line in the excerpt; the Hindustan Times article id 101641315471524 embeds the
    # Unix time 1641315471 = 2022-01-04 16:57 UTC (a Tuesday, checked); the search tool's date
    # is also 2022-01-04. The calls themselves are left undated (see the notes).
    ("dev_19306_jaishankar_blinken_lavrov_calls", "South Asia", "2020s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/india-news/jaishankar-holds-talks-with-us-russian-counterparts-discuss-bilateral-ties-101641315471524-amp.html", "2022-01-04"),
    # The cable's date-time group "R 291850Z JAN 76" = 1976-01-29 (a Thursday, checked).
    ("test_19307_trudeau_echeverria_mexico", "Latin America", "1970s", "US Embassy Mexico cable 1976MEXICO01219 (WikiLeaks PlusD)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1976MEXICO01219_b.html", "1976-01-29"),
    # The URL date 200007/18 (print20000718; a Tuesday, checked): "Tuesday afternoon", "This
    # morning" and "later this afternoon" = 2000-07-18.
    ("dev_19308_zhu_putin_beijing", "East Asia", "2000s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/200007/18/print20000718_45772.html", "2000-07-18"),
    # The URL date 2022/07/13 (a Wednesday, checked): "Wednesday afternoon’s meeting" =
    # 2022-07-13.
    ("dev_19309_albanese_sogavare_suva", "Oceania", "2020s", "The New Daily (thenewdaily.com.au)", "https://www.thenewdaily.com.au/news/national/2022/07/13/anthony-albanese-pacific-islands-forum", "2022-07-13"),
    # The date line "Sun Jun 1, 2014 10:40:30" (a Sunday, checked).
    ("dev_19310_kuwait_emir_tehran_planned", "Middle East", "2010s", "Al-Alam News Network (en.alalam.ir)", "http://en.alalam.ir/news/1599004/kuwaiti-emir-due-in-tehran-to-meet-leader--president", "2014-06-01"),
    # The issue line "Monday, Jul. 14, 1958" (a Monday, checked).
    ("test_19311_macmillan_de_gaulle_paris", "Western Europe", "1950s", "TIME (archive mirror, 20.210.105.67)", "http://20.210.105.67/txt/time/Time1958/1958-07-14/868566.html", "1958-07-14"),
    # The issue line "Monday, Jul. 21, 1952" (a Monday, checked).
    ("dev_19312_eisenhower_taft_visit", "North America", "1950s", "TIME (archive mirror, 20.210.105.67)", "http://20.210.105.67/txt/time/Time1952/1952-07-21/859857.html", "1952-07-21"),
]

A = {}

A["dev_19301_chou_nehru_invitation"] = dict(
    actors={
        "zhou_enlai": ["Chou En-lai", "Chou"],
        "jawaharlal_nehru": ["Jawaharlal Nehru", "Nehru"],
        # "Red China", "India", "Burma" are countries (not annotated); "the Chinese" unnamed.
    },
    meetings=[
        # Chou accepted Nehru's invitation to come to New Delhi "to talk about it", in April
        # (invitation accepted -> planned, ANNOTATION.md) -> planned, date null (month only),
        # `New Delhi`.
        M(["zhou_enlai", "jawaharlal_nehru"], None, "New Delhi", IP, P,
          "After months of exchanging crusty letters over the India-Red China border dispute, Red China's Chou En-lai last week accepted Prime Minister Jawaharlal Nehru's invitation to come to New Delhi to talk about it."),
        # Not rows: the "crusty letters" and Chou's "letter oozing good will" (letters); "he
        # could not go in March" (the same planned visit); "no point in any meeting until ..."
        # (a condition, no meeting). Removed: at the end the archive's "This file is
        # automatically generated by a robot program ..." line.
    ],
    roles=[("Prime Minister", "jawaharlal_nehru")],
)

A["dev_19302_tito_molotov_khrushchev_moscow"] = dict(
    actors={
        "josip_broz_tito": ["Marshal Tito", "Tito"],
        "vyacheslav_molotov": ["Mr Molotov"],
        "nikita_khrushchev": ["Mr Khrushchev"],
        "vladimir_lenin": ["Lenin"],
        "cominform": ["Cominform"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party", "Communist Party"],
        # "the Soviet Government" and "the Russian leaders" are not annotated as named actors.
    },
    meetings=[
        # Molotov among the Soviet leaders who greeted Tito on his arrival "today" (dateline
        # June 2) -> held, 1956-06-02, `Moscow` (an arrival welcome, as 96b's 19105).
        M(["josip_broz_tito", "vyacheslav_molotov"], "1956-06-02", "Moscow", IP, H,
          "Among the Soviet leaders who greeted the Jugoslav President was Mr Molotov, whose resignation as Foreign Minister was announced last night."),
        # Tito drove in an open car with Khrushchev through the cheering streets -> held,
        # 1956-06-02, `Moscow`.
        M(["josip_broz_tito", "nikita_khrushchev"], "1956-06-02", "Moscow", IP, H,
          "Russians lining the streets cheered and shouted “Tito” as the President wearing army uniform, drove in an open car with Mr Khrushchev, the Soviet Communist Party leader."),
        # Khrushchev went to Belgrade in May last year to patch up the quarrel with Tito ->
        # held, null (month only), `Belgrade`, **required false** (background).
        M(["nikita_khrushchev", "josip_broz_tito"], None, "Belgrade", IP, H,
          "Mr Khrushchev went to Belgrade in May last year to patch up the quarrel with Marshal Tito over Jugoslavia’s expulsion from the Cominform in 1948.", False),
        # Not rows: "his talks with the Russian leaders" (counterparts unnamed, future); the
        # speech to the crowd at the station. Removed: the "Article image" lines at the start
        # and at the end the cut-off sentence "On the Cominform rupture, he said: “The common
        # struggle ... our fates are insep".
    ],
    roles=[("the Jugoslav President", "josip_broz_tito"),
           ("the President", "josip_broz_tito"),
           ("the Soviet Communist Party leader", "nikita_khrushchev")],
)

A["test_19303_aliyev_kocharyan_baku_today"] = dict(
    actors={
        "ilham_aliyev": ["Aliyev"],
        "robert_kocharyan": ["Robert Kocharyan", "Kocharyan"],
        "ans": ["ANS"],
        "osce_minsk_group": ["OSCE Minsk group", "Minsk group"],
        "central_asia_caucasus_institute": ["Central Asia-Caucasus Institute"],
        "frederick_starr": ["Frederick Starr", "Starr"],
        "lider_tv": ["Lider TV"],
        "steven_mann": ["Steven Mann"],
        # "Baku Today" (twice at the top) is the source credit (left out); the Minsk group
        # chairmen are unnamed; countries are not annotated.
    },
    meetings=[
        # Aliyev met Kocharyan "today" (date line 28/04/2004), a two-hour meeting -> held,
        # 2004-04-28, place null (no place in the text; "BAKU:" is the source tag).
        M(["ilham_aliyev", "robert_kocharyan"], "2004-04-28", None, IP, H,
          "Azerbaijani president Aliyev has met with his Armenian counterpart Robert Kocharyan today to consider the ways of settling Karabakh conflict between Armenia and Azerbaijan, according to ANS."),
        # Their first meeting, December 2003 in Geneva -> held, null (month only), `Geneva`,
        # **required false** (background).
        M(["ilham_aliyev", "robert_kocharyan"], None, "Geneva", IP, H,
          "Their first meeting was in December 2003 in Geneva of Switzerland.", False),
        # Aliyev "now meeting" the (unnamed) Minsk group co-chairmen -> one named party, held,
        # 2004-04-28, **required false** (a side remark).
        M(["ilham_aliyev"], "2004-04-28", None, IP, H,
          "Aliyev is now meeting with OSCE Minsk group’s chairmen.", False),
        # Not rows: "the second time Aliyev and Kocharyan have met" (a count, the same
        # meeting); "The two presidents have hold close meeting" (the same meeting); Starr's
        # interview to Lider TV (media); the chairmen "agreed orally to meet sometimes"
        # (unnamed, hypothetical).
    ],
    roles=[("Azerbaijani president", "ilham_aliyev"),
           ("his Armenian counterpart", "robert_kocharyan"),
           ("Chairman of Washington based Central Asia-Caucasus Institute", "frederick_starr"),
           ("new US spokesman at the Minsk group", "steven_mann")],
)

A["dev_19304_howard_soeharto_jakarta"] = dict(
    actors={
        "soeharto": ["President Soeharto"],
        # The speaker ("I", "Prime Minister" of Australia) is not named in the text; "the
        # Indonesian government" and "the new government in Australia" are not named actors.
    },
    meetings=[
        # The discussions with Soeharto "this morning" (press conference of 17 September
        # 1996, Hyatt Hotel Jakarta) -> held, 1996-09-17, `Jakarta`; the speaker is unnamed,
        # so one named party.
        M(["soeharto"], "1996-09-17", "Jakarta", IP, H,
          "I can say to you today that as a result of the discussions that I had, particularly with President Soeharto this morning, and previously briefer discussions yesterday, that the bilateral relationship is in very good shape, there is a very clear understanding between the two of us of the importance of the relationship each to the other, and the contribution that the strong relationship makes to the region."),
        # The "briefer discussions yesterday" -> held, 1996-09-16, `Jakarta` (a separate
        # interaction in the same sentence).
        M(["soeharto"], "1996-09-16", "Jakarta", IP, H,
          "I can say to you today that as a result of the discussions that I had, particularly with President Soeharto this morning, and previously briefer discussions yesterday, that the bilateral relationship is in very good shape, there is a very clear understanding between the two of us of the importance of the relationship each to the other, and the contribution that the strong relationship makes to the region."),
        # "I have met the President on two previous occasions in 1985 and in 1992" -> two held
        # meetings, dates null (year only), place null, **required false** (background).
        M(["soeharto"], None, None, IP, H,
          "I have been here on a number of earlier occasions and I have met the President on two previous occasions in 1985 and in 1992.", False),
        M(["soeharto"], None, None, IP, H,
          "I have been here on a number of earlier occasions and I have met the President on two previous occasions in 1985 and in 1992.", False),
        # Not rows: "tell President Soeharto directly and on several opportunities over the
        # past day" (the same discussions); the rescheduling of the visit. Removed: at the
        # start the ParlInfo note "Where available, the PDF/Word icon ..." and at the end the
        # cut-off sentence "I told the President that inevitably with a change of government,
        # certain things would be done". The lines "ko" and "EOE....." are kept as found.
    ],
    roles=[("the President", "soeharto")],
)

A["dev_19305_keogh_houphouet_abidjan"] = dict(
    actors={
        "felix_houphouet_boigny": ["PRESIDENT HOUPHOUET-BOIGNY", "HOUPHOUET-BOIGNY", "FELIX HOUPHOUET-BOIGNY", "HOUPHOUET"],
        "james_keogh": ["JAMES KEOGH", "KEOGH"],
        "james_mcginley": ["JAMES MCGINLEY"],
        "usia": ["USIA"],
        "usun": ["USUN"],
        "george_washington": ["GEORGE WASHINGTON"],
        # The ambassador and the PAO are unnamed; routing lines (AMEMBASSY ..., SECSTATE
        # WASHDC, USLO PEKING, USINT ALGIERS) are not annotated.
    },
    meetings=[
        # Keogh (accompanied by McGinley, the ambassador and the PAO) received by
        # Houphouet-Boigny for one hour on October 3 -> held, 1974-10-03, `Abidjan` (the
        # visit to Abidjan). McGinley "ACCOMPANIED" Keogh: not a participant (ANNOTATION.md).
        M(["felix_houphouet_boigny", "james_keogh"], "1974-10-03", "Abidjan", IP, H,
          "1. USIA DIRECTOR JAMES KEOGH, ACCOMPANIED BY USIA ASSISTANT DIRECTOR FOR AFRICA JAMES MCGINLEY, AMBASSADOR AND PAO WERE RECEIVED BY PRESI- DENT FELIX HOUPHOUET-BOIGNY FOR ONE HOUR ON OCTOBER 3."),
        # Not rows: the summary ("APPOINTMENT WAS ARRANGED WITH PRESIDENT HOUPHOUET-BOIGNY",
        # "MEETING LASTED ONE HOUR"; the same meeting). Removed: at the end the cut-off
        # sentence "PRESIDENT REPLIED THAT GEORGE WASHINGTON IS HIS IDOL, A MAN WHO LED HIS
        # COUNTRY TO INDEPEN-DEN".
    ],
    roles=[("USIA DIRECTOR", "james_keogh"),
           ("USIA ASSISTANT DIRECTOR FOR AFRICA", "james_mcginley")],
)

A["dev_19306_jaishankar_blinken_lavrov_calls"] = dict(
    actors={
        "subrahmanyam_jaishankar": ["S Jaishankar", "Jaishankar"],
        "antony_blinken": ["Antony Blinken", "Blinken", "@SecBlinken"],
        "sergey_lavrov": ["Sergey Lavrov", "Lavrov"],
        "russian_embassy_india": ["Russian embassy"],
        "shanghai_cooperation_organisation": ["SCO"],
        "brics": ["BRICS"],
        "russia_india_china_grouping": ["RIC"],
        "united_nations": ["UN"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # The call with Blinken ("yesterday night" in a tweet whose day the text does not
        # give) -> held, date null, no place, phone.
        M(["subrahmanyam_jaishankar", "antony_blinken"], None, None, PH, H,
          "External affairs minister S Jaishankar held telephonic conversations with US secretary of state Antony Blinken and Russian foreign minister Sergey Lavrov."),
        # The call with Lavrov ("this evening" in a tweet, day not given) -> held, date null,
        # no place, phone.
        M(["subrahmanyam_jaishankar", "sergey_lavrov"], None, None, PH, H,
          "External affairs minister S Jaishankar held telephonic conversations with US secretary of state Antony Blinken and Russian foreign minister Sergey Lavrov."),
        # Not rows: "the summit held in Delhi on December 6" and the "2+2 Meeting" (no named
        # participants in the text); "upcoming high-level contacts" and the "two-plus-two"
        # dialogue (unnamed participants, not arranged); the tweets (statements). No headline
        # in the excerpt (it starts with the lead); removed the search tool's date prefix.
    ],
    roles=[("External affairs minister", "subrahmanyam_jaishankar"),
           ("US secretary of state", "antony_blinken"),
           ("Russian foreign minister", "sergey_lavrov"),
           ("Russian FM", "sergey_lavrov"),
           ("the EAM", "subrahmanyam_jaishankar")],
)

A["test_19307_trudeau_echeverria_mexico"] = dict(
    actors={
        "pierre_trudeau": ["PRIME MINISTER TRUDEAU", "TRUDEAU"],
        "luis_echeverria": ["ECHEVERRIA"],
        "langley": ["LANGLEY"],
        "canadian_embassy_mexico": ["CANADIAN EMBASSY"],
        "mexican_foreign_secretariat": ["FOREIGN SECRETARIAT"],
        "third_world_university": ["THIRD WORLD UNIVERSITY"],
        # Routing lines are not annotated; the Canadian embassy contact and the foreign
        # secretariat official are unnamed.
    },
    meetings=[
        # The Echeverria-Trudeau talks during the visit to Mexico Jan 23-26 (a range) ->
        # held, date null, place `Mexico` (no city for the talks).
        M(["pierre_trudeau", "luis_echeverria"], None, "Mexico", IP, H,
          "2. ECHEVERRIA-TRUDEAU TALKS: A CANADIAN EMBASSY CONTACT REPORTS THAT TRUDEAU AND HIS PARTY WERE DISAPPOINTED BECAUSE ECHEVERRIA WAS ONLY INTERESTED IN DISCUSSING THE NEW INTER- NATIONAL ECONOMIC ORDER (NIEO) AND OTHER THIRD WORLD TOPICS DURING HIS TALKS WITH TRUDEAU."),
        # Not rows: the visit as such (the talks row); the foreign secretariat official's
        # suggestion to Ambassador Langley (the official unnamed, the mode of contact not
        # given: a communication, not a reported meeting); the joint communique (a document).
        # Removed: at the end the cut-off sentence "ALL OF THIS HAS LED CANADIAN EMBOFFS TO
        # GIVE MORE CREDENCE TO RUMORS THAT ECHEVERRIA PLANS TO HEAD THE UNIVERSITY AFTER HE
        # LEAVE".
    ],
    roles=[("PRIME MINISTER", "pierre_trudeau")],
)

A["dev_19308_zhu_putin_beijing"] = dict(
    actors={
        "zhu_rongji": ["Premier Zhu Rongji", "Zhu Rongji", "Zhu"],
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "Putin"],
        "jiang_zemin": ["Jiang Zemin"],
        "li_ruihuan": ["Li Ruihuan"],
        "li_peng": ["Li Peng"],
        "chinese_foreign_ministry": ["Chinese Foreign Ministry"],
        "cppcc_national_committee": ["National Committee of the Chinese People's Political Consultative Conference"],
        "npc_standing_committee": ["Standing Committee of the Chinese National People's Congress"],
        # The Russian prime minister is unnamed.
    },
    meetings=[
        # Zhu met Putin at the Great Hall of the People "Tuesday afternoon" -> held,
        # 2000-07-18, place `China` (Beijing is not named; "his first visit to China").
        M(["zhu_rongji", "vladimir_putin"], "2000-07-18", "China", IP, H,
          "Premier Zhu Rongji met with visiting Russian President Vladimir Putin at the Great Hall of the People Tuesday afternoon."),
        # "This morning" Jiang held formal talks with Putin -> held, 2000-07-18, `China`.
        M(["jiang_zemin", "vladimir_putin"], "2000-07-18", "China", IP, H,
          "This morning, Chinese President Jiang Zemin held formal talks with Putin and the two heads of state singed a number of important documents."),
        # Putin "will also meet with Li Ruihuan ... and Li Peng ... later this afternoon" ->
        # two planned bilaterals (as dev_032 in ANNOTATION.md), 2000-07-18, `China`.
        M(["vladimir_putin", "li_ruihuan"], "2000-07-18", "China", IP, P,
          "Sources close to Chinese Foreign Ministry said Putin will also meet with Li Ruihuan, chairman of the National Committee of the Chinese People's Political Consultative Conference, and Li Peng, chairman of the Standing Committee of the Chinese National People's Congress, later this afternoon."),
        M(["vladimir_putin", "li_peng"], "2000-07-18", "China", IP, P,
          "Sources close to Chinese Foreign Ministry said Putin will also meet with Li Ruihuan, chairman of the National Committee of the Chinese People's Political Consultative Conference, and Li Peng, chairman of the Standing Committee of the Chinese National People's Congress, later this afternoon."),
        # The "upcoming regular meeting between Chinese premier and Russian prime minister in
        # October": the Chinese premier is Zhu (the speaker), the Russian prime minister is
        # unnamed -> one named party, planned, null (month only), **required false**.
        M(["zhu_rongji"], None, None, IP, P,
          "Zhu also said that China is making all preparations for the upcoming regular meeting between Chinese premier and Russian prime minister in October.", False),
        # Not rows: the headline, subheadline and the caption "Premier Zhu Rongji Met with
        # Putin" (the same meeting). Removed: the footer "People's Daily Online --- http://...".
    ],
    roles=[("Chinese Premier", "zhu_rongji"),
           ("Russian President", "vladimir_putin"),
           ("the president", "vladimir_putin"),
           ("Chinese President", "jiang_zemin"),
           ("Chinese premier", "zhu_rongji"),
           ("chairman of the National Committee of the Chinese People's Political Consultative Conference", "li_ruihuan"),
           ("chairman of the Standing Committee of the Chinese National People's Congress", "li_peng")],
)

A["dev_19309_albanese_sogavare_suva"] = dict(
    actors={
        "anthony_albanese": ["Prime Minister Anthony Albanese", "Anthony Albanese", "Mr Albanese"],
        "manasseh_sogavare": ["Manasseh Sogavare", "Mr Sogavare", "Prime Minister Sogavare"],
        "scott_morrison": ["Scott Morrison"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        # Countries (Australia, Solomon Islands, the US) and "Beijing" are not annotated.
    },
    meetings=[
        # Albanese met Sogavare at the Pacific Islands Forum, "Wednesday afternoon’s
        # meeting" (URL date 2022/07/13, a Wednesday) -> held, 2022-07-13, `Suva` ("in Suva on
        # Wednesday", "touched down in Suva for the Pacific Islands Forum").
        M(["anthony_albanese", "manasseh_sogavare"], "2022-07-13", "Suva", IP, H,
          "Prime Minister Anthony Albanese has met Solomon Islands leader Manasseh Sogavare at the Pacific Islands Forum in Fiji"),
        # Not rows: the "give me a hug" greeting and "his meeting with Mr Sogavare would be
        # cordial" (the same meeting); the Forum leaders' summit (multilateral). Removed: at
        # the end the cut-off quotation "“It comes because we understand ... economy in the".
    ],
    roles=[("PM", "anthony_albanese"),
           ("Solomon Islands leader", "manasseh_sogavare"),
           ("his predecessor", "scott_morrison")],
)

A["dev_19310_kuwait_emir_tehran_planned"] = dict(
    actors={
        "sabah_al_ahmad_al_jaber_al_sabah": ["Sheikh Sabah al-Ahmad al-Jaber al-Sabah", "Sheikh Sabah al-Jaber al-Sabah"],
        "ali_khamenei": ["Ayatollah Seyyed Ali Khamenei"],
        "hassan_rouhani": ["President Hassan Rouhani", "Hassan Rouhani"],
        "ali_reza_enayati": ["Ali-Reza Enayati", "Enayati"],
        "al_alam": ["al-Alam News Channel"],
        "gulf_cooperation_council": ["Persian Gulf Cooperation Council"],
        # The Kuwaiti and Iranian officials and ministers are unnamed.
    },
    meetings=[
        # The Emir "plans to visit ... Iran to hold talks with ... Khamenei and President
        # Hassan Rouhani" -> two planned bilaterals (one per named host), date null (no day
        # in the text), `Tehran` (headline "due in Tehran").
        M(["sabah_al_ahmad_al_jaber_al_sabah", "ali_khamenei"], None, "Tehran", IP, P,
          "Kuwaiti Emir Sheikh Sabah al-Ahmad al-Jaber al-Sabah plans to visit the Islamic Republic of Iran to hold talks with Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei and President Hassan Rouhani."),
        M(["sabah_al_ahmad_al_jaber_al_sabah", "hassan_rouhani"], None, "Tehran", IP, P,
          "Kuwaiti Emir Sheikh Sabah al-Ahmad al-Jaber al-Sabah plans to visit the Islamic Republic of Iran to hold talks with Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei and President Hassan Rouhani."),
        # Not rows: Enayati told al-Alam "on Saturday night" (a media interview); the
        # officials' talks and memoranda (unnamed); the 1979 congratulation (a message); "the
        # first ... leader who will visit Iran" (the same visit). Removed: the duplicated
        # headline line at the start, and at the end the tag "NTJ/HH" and the related-items
        # data block "string(682) ...".
    ],
    roles=[("Kuwaiti Emir", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("Leader of the Islamic Revolution", "ali_khamenei"),
           ("Iranian ambassador to Kuwait", "ali_reza_enayati"),
           ("the ambassador", "ali_reza_enayati"),
           ("the then Kuwaiti foreign minister", "sabah_al_ahmad_al_jaber_al_sabah")],
)

A["test_19311_macmillan_de_gaulle_paris"] = dict(
    actors={
        "harold_macmillan": ["Prime Minister Harold Macmillan", "Harold Macmillan", "Macmillan"],
        "charles_de_gaulle": ["Premier de Gaulle", "General de Gaulle", "De Gaulle", "de Gaulle"],
        "nato": ["NATO"],
        # "the British government" and "the British" are not annotated as named actors.
    },
    meetings=[
        # Macmillan flew to Paris "last week"; De Gaulle greeted him at the airport; talks at
        # the Hotel Matignon -> one row for the visit (same pair, same visit), held, date null
        # ("last week"), `Paris`.
        M(["charles_de_gaulle", "harold_macmillan"], None, "Paris", IP, H,
          "Obviously pleased, protocol-conscious General de Gaulle, who rarely leaves his own office when he is in Paris, drove out to the airport in his shiny new Citroen DS 19 to greet his English visitorj in person."),
        # Not rows: "should make the first visit to him in London" (did not take place); the
        # Matignon talks (the same visit); negotiating "separately with the Soviet Union"
        # (hypothetical). Removed: at the end the cut-off sentence "They tried to suggest ...
        # how costly nuclear weaponry could get (De Gaulle, in talks with John Foster Dulles
        # later in the week, cou" (so no Dulles row).
    ],
    roles=[("Prime Minister", "harold_macmillan"),
           ("his English visitorj", "harold_macmillan")],
)

A["dev_19312_eisenhower_taft_visit"] = dict(
    actors={
        "dwight_eisenhower": ["Dwight Eisenhower", "Ike Eisenhower", "Eisenhower", "Ike"],
        "robert_a_taft": ["Taft"],
        "paul_hoffman": ["Paul Hoffman"],
        "frank_carlson": ["Senator Frank Carlson", "Frank Carlson", "Carlson"],
        "herbert_brownell": ["Herbert Brownell", "Brownell"],
        "thomas_stephens": ["Thomas Stephens"],
        "mamie_eisenhower": ["Mamie"],
        "earl_warren": ["Warren"],
        "john_s_fine": ["Governor Fine"],
        "douglas_macarthur": ["MacArthur"],
        "boy_scouts": ["Boy Scout"],
        "salvation_army": ["Salvation Army"],
        # Eisenhower's four brothers are unnamed; hotels are places, not actors.
    },
    meetings=[
        # Eisenhower called Taft headquarters, wanting "to drop by for a visit", then stepped
        # out into Taft's headquarters (the headline "The Meeting") -> held (the visit is made
        # in the text), date null (no day in the text), place null (no city named).
        M(["dwight_eisenhower", "robert_a_taft"], None, None, IP, H,
          "From her bedside phone, without waiting for advice from the experts, Eisenhower quickly called Taft headquarters: he wanted to drop by for a visit."),
        # Not rows: the call to "Taft headquarters" (an office, not a person); the advisers
        # around him and the handshakes with Brownell and Carlson (his own staff in the
        # suite); going to see Mamie (family); the vote announcements. Removed: at the end
        # the cut-off sentence "Eisenhower and Taft were alone for five minutes in Taft's
        # suite, came out together to face the TV came".
    ],
    roles=[("another Ike strategist", "thomas_stephens"),
           ("the man who had tried so long and hard to be President", "robert_a_taft")],
)
