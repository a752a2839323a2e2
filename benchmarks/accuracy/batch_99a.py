"""Accuracy corpus, batch 99a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 99b at the same time), over the eleven regions
(Africa: two; North America, Central Asia/Caucasus, Western Europe, Latin America, South Asia,
Southeast Asia, East Asia, Oceania, Eastern Europe/Russia, Middle East: one each) and eight
decades (1950s: two, 1960s: one, 1970s: two, 1980s: one, 1990s: one, 2000s: one, 2010s: two,
2020s: two; seven of the twelve from before 2000).
Outlets/sites: The Press, Christchurch (Papers Past, three items: an N.Z. Press Association story
of 1959, a reprint from The Economist of 1971 and a wire story of 1955, all OCR), NIAT Khovar
(eng.khovar.tj, 2019), TIME (1967, copy at softbeam.net), a US Embassy Caracas cable (WikiLeaks
PlusD, 1977), Business Standard (a Press Trust of India story, 2023), The Jakarta Post (2009), the
Los Angeles Times (an Associated Press story, 1985), Newsroom (newsroom.co.nz, 2023), Global
Sentinel (globalsentinelng.com, Nigeria, 2017) and the Chicago Tribune (1999). All texts are in
English.
Kinds: a wire story (N.Z.P.A., OCR), a state news-agency item (Khovar), a newspaper reprint of a
news-magazine piece (The Economist in The Press, OCR), a news-magazine story (TIME), a diplomatic
cable, a news-agency story on a newspaper site (PTI via Business Standard), a newspaper story
(Jakarta Post), a wire story on a newspaper site (AP via the LA Times), a news-site analysis
(Newsroom), a wire story (The Press, OCR), a news-site item (Global Sentinel), a newspaper story
(Chicago Tribune).
The pages are new (grep of URL, slug/numeric id and headline words in `sources.csv`,
`corpus/metadata.csv` and the other batch files except 99b found nothing; many pages on the same
events were skipped because they are already in the corpus, see batch_99a_NOTES.md). Three
events are already in the corpus through other pages: Khrushchev's arrival in the United States
in September 1959 (test_17603, The Press of the next day), Khrushchev's visit to Belgrade in May
1955 (dev_18208, The Press of the day before) and the Trump-Buhari call of 13 February 2017
(dev_6005, Nigerian Monitor); the pages taken here are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_99a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-98b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_198NN_<slug>` /
`test_198NN_<slug>`, NN = position. (The brief gave the prefix 196, which batch 96a had used; the
engineer renumbered this batch to 198 before integrating it; nothing else changed.)

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "CHP19590916" in the address: The Press of 16 September 1959 (a Wednesday); dateline
    # "WASHINGTON, September 15" (a Tuesday), "today" = 1959-09-15. US-Soviet talks held in the
    # US -> North America (the corpus convention for Hyde Park, Washington).
    ("dev_19801_khrushchev_eisenhower_talks_today", "North America", "1950s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; N.Z. Press Association story, OCR)", "https://paperspast.natlib.govt.nz/newspapers/CHP19590916.2.125", "1959-09-16"),
    # Dateline "DUSHANBE, 25.04.2019." and "2019/04" in the address (2019-04-25 was a Thursday).
    # Tajikistan-Uzbekistan -> Central Asia/Caucasus.
    ("dev_19802_rahmon_mirziyoyev_beijing", "Central Asia/Caucasus", "2010s", "NIAT Khovar (eng.khovar.tj; Tajik state news agency)", "https://eng.khovar.tj/2019/04/emomali-rahmon-holds-talks-with-president-shavkat-mirziyoyev-of-uzbekistan-in-beijing", "2019-04-25"),
    # "CHP19710908" in the address: The Press of 8 September 1971 (a Wednesday). Malawi-South
    # Africa -> Africa.
    ("test_19803_banda_vorster_economist", "Africa", "1970s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; reprinted from The Economist, OCR)", "https://paperspast.natlib.govt.nz/newspapers/CHP19710908.2.138", "1971-09-08"),
    # Date line "Friday, Feb. 17, 1967" and "Time1967/1967-02-17" in the address (1967-02-17 was a
    # Friday). Kosygin's visit to Britain, hosted in London by Wilson -> Western Europe (the
    # host's region and the place; the visitor's region would be Eastern Europe/Russia).
    ("dev_19804_kosygin_wilson_london_time", "Western Europe", "1960s", "TIME (copy at softbeam.net)", "http://softbeam.net/txt/time/Time1967/1967-02-17/839445.html", "1967-02-17"),
    # Date-time group "O 251931Z NOV 77" -> 1977-11-25 (a Friday). US-Venezuela -> Latin America
    # (the non-US principal).
    ("dev_19805_vance_perez_caracas_cable", "Latin America", "1970s", "US Embassy Caracas cable 1977CARACA11457 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1977CARACA11457_c.html", "1977-11-25"),
    # Date line "Last Updated : May 27 2023 | 2:01 PM IST" (2023-05-27 was a Saturday, matching
    # "the foreign ministry here said Saturday"). Nepal-India -> South Asia.
    ("dev_19806_prachanda_modi_visit_planned", "South Asia", "2020s", "Business Standard (business-standard.com; a Press Trust of India story)", "https://www.business-standard.com/world-news/nepal-pm-prachanda-to-embark-on-4-day-official-visit-to-india-on-may-31-123052700300_1.html", "2023-05-27"),
    # Date line "Wed, March 18, 2009" and "2009/03/18" in the address (a Wednesday); "Tuesday" =
    # 2009-03-17. Malaysia-Indonesia -> Southeast Asia.
    ("test_19807_badawi_yudhoyono_jakarta", "Southeast Asia", "2000s", "The Jakarta Post (thejakartapost.com)", "http://www.thejakartapost.com/news/2009/03/18/badawi-sby-discuss-friendship-and-crisis.html", "2009-03-18"),
    # "1985-06-13" in the address (a Thursday; no date line in the excerpt); "announced
    # Wednesday" = 1985-06-12. US-China -> East Asia (the corpus convention).
    ("dev_19808_li_xiannian_reagan_planned", "East Asia", "1980s", "Los Angeles Times (latimes.com archives; an Associated Press story)", "https://www.latimes.com/archives/la-xpm-1985-06-13-mn-10665-story.html", "1985-06-13"),
    # "2023/07/26" in the address (a Wednesday; no date line in the excerpt); "on Wednesday" =
    # 2023-07-26. New Zealand-Australia (New Zealand outlet) -> Oceania.
    ("dev_19809_hipkins_albanese_wellington", "Oceania", "2020s", "Newsroom (newsroom.co.nz; analysis)", "https://newsroom.co.nz/2023/07/26/a-foreign-affairs-marathon-brings-relief-to-pms-domestic-woes/", "2023-07-26"),
    # "CHP19550528" in the address: The Press of 28 May 1955 (a Saturday); dateline "BELGRADE,
    # May 27" (a Friday): "today" = 1955-05-27, "yesterday" = 1955-05-26. Soviet Union-Yugoslavia
    # -> Eastern Europe/Russia.
    ("dev_19810_khrushchev_tito_belgrade_arrival", "Eastern Europe/Russia", "1950s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; wire story, OCR)", "https://paperspast.natlib.govt.nz/newspapers/CHP19550528.2.90", "1955-05-28"),
    # "2017/02/15" in the address (a Wednesday; no date line in the text); Spicer's briefing
    # "Tuesday" = 2017-02-14, the call "on Monday" = 2017-02-13. US-Nigeria -> Africa (the non-US
    # principal).
    ("test_19811_trump_buhari_call_confirmed", "Africa", "2010s", "Global Sentinel (globalsentinelng.com, Nigeria)", "https://globalsentinelng.com/2017/02/15/trumps-white-house-confirms-call-to-buhari/", "2017-02-15"),
    # Date line "July 12, 1999|By Hugh Dellios" and "1999-07-12" in the address (a Monday);
    # "Sunday" = 1999-07-11. Israel-Palestinian Authority -> Middle East.
    ("dev_19812_barak_arafat_erez", "Middle East", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1999-07-12/news/9907120103_1_barak-palestinian-president-yasser-arafat-palestinian-leader", "1999-07-12"),
]

A = {}

A["dev_19801_khrushchev_eisenhower_talks_today"] = dict(
    actors={
        "nikita_khrushchev": ["Mr Nikita Khrushchev", "Mr Khrushchev", "Khrushchev"],
        "dwight_eisenhower": ["President Eisenhower", "Mr Eisenhower"],
    },
    meetings=[
        # "will begin world-ranging talks here today" under the dateline "WASHINGTON, September
        # 15" -> 1959-09-15, Washington, planned. The 90-minute conference "at the White House in
        # the afternoon" is the same pair, day and place (one row).
        M(["nikita_khrushchev", "dwight_eisenhower"], "1959-09-15", "Washington", IP, P,
          "The Soviet Prime Minister, Mr Nikita Khrushchev, and President Eisenhower will begin world-ranging talks here today."),
        # The official greeting on landing at Andrews Air Force base (same day, another place;
        # "the President" = Eisenhower, named in the text): required false (a welcome).
        M(["nikita_khrushchev", "dwight_eisenhower"], "1959-09-15", "Andrews Air Force base", IP, P,
          "The Soviet leader will step out for his first visit to the New World, to be greeted officially by the President as Head of State of the Soviet Union.", False),
        # Background: "their first meeting since the Geneva 'summit' conference in 1955" -> the
        # two met at the 1955 Geneva summit (a four-power summit; month not given): required
        # false.
        M(["dwight_eisenhower", "nikita_khrushchev"], None, "Geneva", IP, H,
          "This, their first meeting since the Geneva \u201csummit\u201d conference in 1955, will be a business, not a social talk.", False),
        # Not rows: Sunday's moon rocket and the call for an international conference on Laos (a
        # proposal, not a meeting). Removed: the Papers Past boilerplate and "Article image"
        # lines, and the cut-off sentence "For the meeang Mr Eisenhower will have with him
        # several advisers, including the VicePresident (Mr Nufcn), ... the United States Resident
        # representative" at the end (Nixon and Herter are therefore not in the text). OCR kept:
        # "TUII4", "(330 pan. G.M.T.)".
    ],
    roles=[("The Soviet Prime Minister", "nikita_khrushchev"),
           ("The Soviet leader", "nikita_khrushchev"),
           ("the President", "dwight_eisenhower")],
)

A["dev_19802_rahmon_mirziyoyev_beijing"] = dict(
    actors={
        "emomali_rahmon": ["President Emomali Rahmon", "Emomali Rahmon"],
        "shavkat_mirziyoyev": ["President Shavkat Mirziyoyev", "Shavkat Mirziyoyev",
                               "President Mirziyoyev"],
    },
    meetings=[
        # Talks on the sidelines of the second Belt and Road Forum; the item is dated
        # 25.04.2019 but the day of the talks is not written -> null; place from the headline
        # ("in Beijing").
        M(["emomali_rahmon", "shavkat_mirziyoyev"], None, "Beijing", IP, H,
          "DUSHANBE, 25.04.2019. (NIAT Khovar) \u2013 On the sidelines of the second Belt and Road Forum for International Cooperation, the Founder of Peace and National Unity, Leader of the Nation, President of the Republic of Tajikistan Emomali Rahmon held talks with the President of the Republic of Uzbekistan Shavkat Mirziyoyev."),
        # Not rows: "once again meet" / "each meeting" (earlier meetings, none specified); the
        # Belt and Road Forum itself (a multilateral forum); the intergovernmental commission
        # (a body's work). "(NIAT Khovar)" is the agency credit in the dateline, not an actor.
        # Removed: the cut-off sentence "The counterparts also exchanged their views on the
        # development and implementation of inve" at the end.
    ],
    roles=[("Leader of the Nation", "emomali_rahmon"),
           ("President of the Republic of Tajikistan", "emomali_rahmon"),
           ("the President of the Republic of Uzbekistan", "shavkat_mirziyoyev"),
           ("his friend, brother and counterpart", "shavkat_mirziyoyev")],
)

A["test_19803_banda_vorster_economist"] = dict(
    actors={
        "hastings_banda": ["President Banda", "Dr Banda", "BANDA"],
        "john_vorster": ["Mr Vorster", "VORSTER"],
        "plato": ["Plato"],
    },
    meetings=[
        # Banda's (state) visit to Vorster's South Africa, held, no day; place the country
        # ("the land of apartheid"; Pretoria is only where "other African leaders" might go).
        M(["hastings_banda", "john_vorster"], None, "South Africa", IP, H,
          "It does look as if the visit of President Banda of Malawi was an unexpected success, not only for Mr Vorster (he was able to show the world that he is prepared to sup with a black man) and for Dr Banda (he was enthusiastically received by both blacks and whites and probably took home some cash to boot), but also for race relations in the land of apartheid."),
        # Not rows: "persuade other African leaders to go to Pretoria and talk to the South
        # Africans" (no one named, hypothetical); "a summit meeting may. be held early next year
        # in Malawi" (a suggested multilateral summit). "(Reprinted from the "Economist" by
        # arrangement)" is a credit line, not an actor. Removed: the Papers Past boilerplate and
        # "Article image" lines, and the crosshead "Two showmen" with the cut-off sentence "Such a
        # meeting, if it takes place, will be a success only if it is attended by leade" at the
        # end. OCR kept: "may. be".
    ],
    roles=[("MR VORSTER\u2019S GUEST", "hastings_banda")],
)

A["dev_19804_kosygin_wilson_london_time"] = dict(
    actors={
        "alexei_kosygin": ["Aleksei Nikolaevich Kosygin", "Kosygin"],
        "harold_wilson": ["Prime Minister Wilson"],
        "elizabeth_ii": ["Queen Elizabeth"],
        "edward_heath": ["Ted Heath"],
        "karl_marx": ["Karl Marx", "Marx"],
        "liudmila_gvishiani": ["Mrs. Liudmila Gvishiani"],
        "aleksei_gvishiani": ["Aleksei"],
        "mary_quant": ["Mary Quant"],
        "mary_ure": ["Mary Ure"],
        "parliament_of_the_united_kingdom": ["Houses of Parliament"],
        "shadow_cabinet_uk": ["Tory shadow Cabinet"],
    },
    meetings=[
        # The eight-day visit: no day is written for any event -> null dates. 10 Downing Street
        # -> London (official building).
        M(["alexei_kosygin", "harold_wilson"], None, "London", IP, H,
          "He dined at 10 Downing Street with Prime Minister Wilson, who welcomed him as \"an old friend, a statesman I personally know to be cool and wise in his judgment, warm in his heart.\""),
        # The dinner for 56 at Buckingham Palace with the Queen present (a state banquet):
        # required false.
        M(["alexei_kosygin", "elizabeth_ii"], None, "London", IP, H,
          "Kosygin dined on pheasant laid out on Sevres china at dinner for 56 in Buckingham Palace, where everyone, including Queen Elizabeth, came in informal clothes in deference to the Soviet Premier's liking for the common touch.", False),
        # "Britain's top capitalists" (unnamed): one named party, required false; place the
        # named locality.
        M(["alexei_kosygin"], None, "Hyde Park Hotel", IP, H,
          "He met with Britain's top capitalists at the Hyde Park Hotel, mingled with the likes of Mod Designer Mary Quant, Actress Mary Ure and the dip set at Lancaster House, and addressed scarlet robed sheriffs and aldermen, ecclesiastics and industrialists at the Guildhall.", False),
        # "scheduled to meet the Tory shadow Cabinet of Ted Heath" -> planned; the city is
        # written ("Returning to London").
        M(["alexei_kosygin", "edward_heath"], None, "London", IP, P,
          "Returning to London, he was scheduled to meet the Tory shadow Cabinet of Ted Heath in that archbastion of the capitalist system, the Carlton Club."),
        # Not rows: "There were talks of substance" (no counterpart named; the talks with Wilson
        # are the Downing Street row); mingling with Mary Quant, Mary Ure and "the dip set" at a
        # Lancaster House reception (socialising, not political talks); the speeches at the
        # Guildhall and to both Houses of Parliament; the Highgate cemetery visit (Marx's grave);
        # the daughter and grandson "accompanied" Kosygin (not participants). Removed: the
        # cut-off sentence "Like Soviet President Nikolai Podgorny in Italy a week earlier,
        # Kosygin got a friendly welcome in Britain--though anti-Communist demonstrators" at the
        # end. Kept: "19-yearold", "Ahead in Fashion." (a run-in crosshead).
    ],
    roles=[("The Premier of Soviet Russia", "alexei_kosygin"),
           ("the Soviet Premier", "alexei_kosygin"),
           ("an old friend", "alexei_kosygin"),
           ("Prime Minister", "harold_wilson"),
           ("his daughter", "liudmila_gvishiani"),
           ("his 19-yearold grandson", "aleksei_gvishiani"),
           ("Mod Designer", "mary_quant"),
           ("Actress", "mary_ure")],
)

_VP1 = ("FOLLOWING THE WORKING LUNCH (REFTEL), PRESIDENT PEREZ (CAP) AND THE SECRETARY WITHDREW FOR FURTHER DISCUSSIONS, THIS TIME ACCOMPANIED ONLY BY FOREIGN MINISTER CONSALVI, AMBASSADOR TODMAN AND AMBASSADOR VAKY.")
_VP2 = ("SUBJECTS DISCUSSED WERE (A) BELIZE -- CAP AGREED TO SUPPORT A NEGOTIATED SETTLEMENT, AND INDICATED HE WAS GOING TO INVITE TORRIJOS AND PRICE TO COME TO VENEZUELA FOR PRIVATE TALKS.")

A["dev_19805_vance_perez_caracas_cable"] = dict(
    actors={
        "carlos_andres_perez": ["PRESIDENT PEREZ", "PEREZ", "CAP"],
        "cyrus_vance": ["VANCE, CYRUS", "VANCE"],
        "simon_alberto_consalvi": ["CONSALVI"],
        "terence_todman": ["TODMAN"],
        "viron_vaky": ["VAKY"],
        "omar_torrijos": ["TORRIJOS"],
        "george_price": ["PRICE"],
    },
    meetings=[
        # "THE SECRETARY" = Vance (named in the TAGS line "VOIP (VANCE, CYRUS)"). The working
        # lunch (reported in the reference cable) and the further discussions are one row (same
        # pair, same occasion). No day is written (the cable is of 25 November) -> null; place
        # from the sending post, as in 96a's Dar es Salaam cable (the text gives no other).
        # Consalvi, Todman and Vaky "accompanied" them (not participants).
        M(["carlos_andres_perez", "cyrus_vance"], None, "Caracas", IP, H, _VP1),
        # Perez's intention to invite Torrijos and Price for private talks in Venezuela: an
        # intended meeting of three (one row per pair), not yet even an invitation -> planned,
        # required false.
        M(["carlos_andres_perez", "omar_torrijos"], None, "Venezuela", IP, P, _VP2, False),
        M(["carlos_andres_perez", "george_price"], None, "Venezuela", IP, P, _VP2, False),
        M(["omar_torrijos", "george_price"], None, "Venezuela", IP, P, _VP2, False),
        # Not rows: "THE BRITISH AMBASSADOR HAD INFORMED HIM" (unnamed, and the means is not
        # said); the Ayacucho pact (an agreement); header routing (AMEMBASSY CARACAS, SECSTATE
        # WASHDC) is not an actor. Removed: the cut-off sentence "THE PROBLEM NOW WAS" at the end.
        # OCR/typos kept: "DUBAN", "AYACHUCHO", "AR- GENTINE".
    ],
    roles=[("THE SECRETARY", "cyrus_vance"),
           ("FOREIGN MINISTER", "simon_alberto_consalvi")],
)

_PM1 = ("During the visit, the prime minister is scheduled to pay a courtesy call on President Droupadi Murmu and Vice President Jagdeep Dhankhar, the ministry said in a statement.")

A["dev_19806_prachanda_modi_visit_planned"] = dict(
    actors={
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal Prachanda", "Prachanda"],
        "narendra_modi": ["Narendra Modi", "Prime Minister Modi", "Modi"],
        "droupadi_murmu": ["President Droupadi Murmu", "Droupadi Murmu"],
        "jagdeep_dhankhar": ["Vice President Jagdeep Dhankhar", "Jagdeep Dhankhar"],
        "ganga_dahal": ["Ganga Dahal"],
    },
    meetings=[
        # "on June 1" -> 2023-06-01 (year of publication); no city in the excerpt (New Delhi is
        # only in the removed last paragraph) -> the country of the visit. The luncheon Modi
        # will host is the same pair and day (one row).
        M(["pushpa_kamal_dahal", "narendra_modi"], "2023-06-01", "India", IP, P,
          "Prachanda will hold delegation-level talks with Modi on June 1."),
        # Courtesy calls on the President and the Vice President: two separate calls (no
        # Murmu-Dhankhar pair), no day.
        M(["pushpa_kamal_dahal", "droupadi_murmu"], None, "India", IP, P, _PM1),
        M(["pushpa_kamal_dahal", "jagdeep_dhankhar"], None, "India", IP, P, _PM1),
        # Not rows: "talks with ... Narendra Modi and other leaders" (the same talks; the others
        # unnamed); the joint press meet; "the fourth visit" (earlier visits, none specified);
        # Ganga Dahal "will be accompanied" (not a participant). "Press Trust of India Kathmandu"
        # is the credit line, not an actor. Removed: the tool's date prefix and the button word
        # "close" above the headline, and the cut-off paragraph "The Prime Minister will address
        # Nepal-India Business Summit ... interact with business leaders" at the end. Kept: the
        # stray quote in "Dahal Prachanda'" and "Prime Minister Prachanda'"; the photo caption
        # "Nepal PM Pushpa Kamal Dahal Prachanda".
    ],
    roles=[("Nepal's Prime Minister", "pushpa_kamal_dahal"),
           ("Nepal PM", "pushpa_kamal_dahal"),
           ("the Prime Minister of Nepal", "pushpa_kamal_dahal"),
           ("the prime minister", "pushpa_kamal_dahal"),
           ("his counterpart from Nepal", "pushpa_kamal_dahal"),
           ("his Indian counterpart", "narendra_modi"),
           ("his daughter", "ganga_dahal")],
)

A["test_19807_badawi_yudhoyono_jakarta"] = dict(
    actors={
        "abdullah_ahmad_badawi": ["Abdullah Ahmad Badawi", "Abdullah Badawi", "Badawi", "Abdullah"],
        "susilo_bambang_yudhoyono": ["President Susilo Bambang Yudhoyono",
                                     "Susilo Bambang Yudhoyono", "Yudhoyono", "SBY"],
    },
    meetings=[
        # "on Tuesday" in a Wednesday paper -> 2009-03-17; Jakarta (the Presidential Palace /
        # State Palace). The embrace in the caption and the talks are the same meeting (one row).
        M(["abdullah_ahmad_badawi", "susilo_bambang_yudhoyono"], "2009-03-17", "Jakarta", IP, H,
          "Before stepping down from office later this month, Malaysian Prime Minister Abdullah Ahmad Badawi paid a visit to his \u201cgood friend\u201d President Susilo Bambang Yudhoyono in Jakarta on Tuesday to discuss some contentious bilateral issues."),
        # Not rows: the joint press conference (the same meeting). The byline "Erwida Maulia (The
        # Jakarta Post)" and the photo credit "JP/R. Berto Wedhatama" are not actors. Removed: the
        # browser notice and the site name above the headline, the short duplicate of the photo
        # caption, the buttons "Share This Article" / "Change Size" and the repeated headline,
        # and the cut-off sentence "Badawi, who promised last year ... strengthen ties between"
        # at the end. Kept: the double space in "\u201cgood friend\u201d  President".
    ],
    roles=[("Malaysian Prime Minister", "abdullah_ahmad_badawi"),
           ("visiting Malaysian Prime Minister", "abdullah_ahmad_badawi"),
           ("good friend", "susilo_bambang_yudhoyono")],
)

A["dev_19808_li_xiannian_reagan_planned"] = dict(
    actors={
        "li_xiannian": ["President Li Xiannian", "Li Xiannian", "Li"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "white_house": ["White House"],
        "li_zhaoxing": ["Li Zhaoxing"],
        "lin_jiamei": ["Lin Jiamei"],
        "li_peng": ["Li Peng"],
        "ji_pengfei": ["Ji Pengfei"],
        "anthony_sariti": ["Anthony Sariti"],
        "liu_shaoqi": ["Liu Shao-chi"],
        "deng_xiaoping": ["Deng Xiaoping"],
        "zhao_ziyang": ["Zhao Ziyang"],
        "chinese_foreign_ministry": ["Foreign Ministry"],
        "us_embassy_peking": ["U.S. Embassy"],
    },
    meetings=[
        # "will meet with Reagan at the White House on July 23" -> 1985-07-23, Washington
        # (White House), planned (the invitation was accepted).
        M(["li_xiannian", "ronald_reagan"], "1985-07-23", "Washington", IP, P,
          "It said only that Li has accepted Reagan\u2019s invitation and that the Chinese leader will meet with Reagan at the White House on July 23."),
        # Background: Reagan's visit to China in April 1984, when he invited Li (a meeting is
        # implied; month-only -> null date; place the country): required false.
        M(["ronald_reagan", "li_xiannian"], None, "China", IP, H,
          "The trip will be the first top-level exchange since President Reagan visited China in April, 1984, and invited Li to make a return tour.", False),
        # Not rows: Li's visit to Canada on July 14 (no counterpart named); the delegation
        # members (Lin Jiamei, Li Peng, Ji Pengfei) accompany Li; Deng's 1979 and Zhao's visits
        # to the United States (no counterpart named); the news briefing. "Associated Press" is
        # the credit line, not an actor. Removed: "Advertisement" and "Share" lines, and the
        # cut-off paragraph "The Reagan Administration has eased restrictions ... avoidance" at
        # the end. Kept: the crosshead "Will Last a Week".
    ],
    roles=[("the Chinese leader", "li_xiannian"),
           ("Foreign Ministry spokesman", "li_zhaoxing"),
           ("The Chinese spokesman", "li_zhaoxing"),
           ("his wife", "lin_jiamei"),
           ("Vice Premier", "li_peng"),
           ("State Councilor", "ji_pengfei"),
           ("U.S. Embassy spokesman", "anthony_sariti"),
           ("The previous president", "liu_shaoqi"),
           ("senior leader", "deng_xiaoping"),
           ("Premier", "zhao_ziyang")],
)

A["dev_19809_hipkins_albanese_wellington"] = dict(
    actors={
        "chris_hipkins": ["Prime Minister Chris Hipkins", "Chris Hipkins", "Hipkins"],
        "anthony_albanese": ["Anthony Albanese", "Albanese"],
    },
    meetings=[
        # "on Wednesday" (the item's day, 2023-07-26, from the address); the Beehive ->
        # Wellington (official building).
        M(["chris_hipkins", "anthony_albanese"], "2023-07-26", "Wellington", IP, H,
          "The meeting with Australian Prime Minister Anthony Albanese was described as the first annual leaders\u2019 meeting between the pair, the emphasis being the first of hopefully many for Hipkins."),
        # Not rows: the press appearance; the taskforce (a body still to report). Removed: the
        # related-links lines "* Looking beyond Aussie and China for wins / The days of politely
        # begging for Kiwi rights in Oz are over / Hipkins' energy - and inexperience - on display
        # in Australia", and the cut-off paragraph "While the meeting was the first annual
        # leaders' meeting hosted in New Zealand, it was the fifth tim" at the end (so the count
        # of earlier meetings is not in the text). The excerpt has no headline or date line (the
        # page opens with "Analysis:").
    ],
    roles=[("Australian Prime Minister", "anthony_albanese"),
           ("Prime Minister", "chris_hipkins")],
)

A["dev_19810_khrushchev_tito_belgrade_arrival"] = dict(
    actors={
        "nikita_khrushchev": ["Mr Nikita Khrushchev", "Mr Khrushchev"],
        "josip_broz_tito": ["Marshal Tito", "President Tito"],
        "cominform": ["Cominform"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
        "alexander_i_of_yugoslavia": ["King Alexander"],
    },
    meetings=[
        # "will today plunge into a full programme of official talks" under the dateline
        # "BELGRADE, May 27" -> 1955-05-27, Belgrade, planned. The Soviet side is named through
        # Khrushchev, "who is leading the Soviet delegation"; the Yugoslav side through Tito (the
        # host head of state of the same sentence). Both are inferred from the article, not
        # written as participants in the sentence; kept required (the article's main meeting).
        M(["nikita_khrushchev", "josip_broz_tito"], "1955-05-27", "Belgrade", IP, P,
          "Leaders of Russia, who arrived in Belgrade yesterday for their first visit to Jugoslavia since the breach between Marshal Tito and the Cominform in 1948, will today plunge into a full programme of official talks interspersed with formal luncheons and receptions."),
        # The OCR-damaged sentence on the arrival: "[not since 1948 had] President Tito shaken
        # the hands of the Soviet rulers" -> a welcome on the arrival "yesterday" (the day of the
        # handshake is not written in the sentence -> null): required false.
        M(["josip_broz_tito", "nikita_khrushchev"], None, "Belgrade", IP, H,
          "i President Tito shaken the hands of the , Soviet rulers since IMS.", False),
        # Not rows: Yugoslavia's acceptance of an invitation to send a Parliamentary delegation
        # to Russia (unnamed delegations, no date); Khrushchev's statement at the airport.
        # Removed: the Papers Past boilerplate and "Article image" lines, and the cut-off
        # paragraph "He blamed thp executed secret police chief. Mr Lavrenti Beria, for the
        # 'darkened relations' ... Hood relations with both E" at the end (one sentence; Beria is
        # therefore not in the text). OCR kept: "(Rec. 11 p.m.) ,", "Byzantine-style*",
        # "Parliamentary/", "i President Tito", "IMS".
    ],
    roles=[("the Soviet Communist Party first secretary", "nikita_khrushchev")],
)

_TB2 = ("In addition to his in-person meetings with the prime ministers of Japan and Canada, the President also recently had phone calls with the presidents of Tunisia, Peru, Nigeria, Colombia and South Africa.")

A["test_19811_trump_buhari_call_confirmed"] = dict(
    actors={
        "donald_trump": ["President Donald Trump", "Donald Trump", "Trump"],
        "sean_spicer": ["Sean Spicer", "Spicer"],
        "muhammadu_buhari": ["President Muhammadu Buhari", "Muhammadu Buhari",
                             "President Buhari", "Buhari"],
        "yemi_osinbajo": ["Yemi Osinbajo", "Osinbajo"],
        "bukola_saraki": ["Senate President Saraki", "Saraki"],
        "femi_adesina": ["Femi Adesina"],
        "white_house": ["White House"],
    },
    meetings=[
        # "on Monday" (the item is of Wednesday 2017-02-15) -> 2017-02-13; a phone call (place
        # null; Buhari was in London).
        M(["donald_trump", "muhammadu_buhari"], "2017-02-13", None, PH, H,
          "The Press Secretary to President Donald Trump, Sean Spicer has confirmed that the United States President called and spoke with President Muhammadu Buhari on Monday, puncturing speculations and claims by some commentators that the event never occurred."),
        # Spicer's list: in-person meetings with the (unnamed) Prime Ministers of Japan and
        # Canada and calls with the (unnamed) Presidents of Tunisia, Peru, Colombia and South
        # Africa ("Nigeria" is the Buhari call above): one named party each, "recently" -> no
        # day; required false.
        M(["donald_trump"], None, None, IP, H, _TB2, False),
        M(["donald_trump"], None, None, IP, H, _TB2, False),
        M(["donald_trump"], None, None, PH, H, _TB2, False),
        M(["donald_trump"], None, None, PH, H, _TB2, False),
        M(["donald_trump"], None, None, PH, H, _TB2, False),
        M(["donald_trump"], None, None, PH, H, _TB2, False),
        # Not rows: "photographs with visitors" (unnamed, unspecified); Buhari's transfer of
        # power to Osinbajo; the assurances of Osinbajo and Saraki; Adesina's statement (a
        # statement, not a meeting). Removed: "You are here" and the breadcrumb line above the
        # headline, the "Social media sharing" lines, and the comment form and footer ("Leave a
        # Reply", "This site uses Akismet ...") at the end; the text is otherwise complete.
    ],
    roles=[("The Press Secretary to President Donald Trump", "sean_spicer"),
           ("the United States President", "donald_trump"),
           ("the President", "donald_trump"),
           ("his deputy", "yemi_osinbajo"),
           ("Senate President", "bukola_saraki"),
           ("His spokesman", "femi_adesina"),
           ("the president", "muhammadu_buhari")],
)

A["dev_19812_barak_arafat_erez"] = dict(
    actors={
        "ehud_barak": ["Ehud Barak", "Barak"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "bill_clinton": ["President Clinton"],
        "benjamin_netanyahu": ["Benjamin Netanyahu"],
        "yitzhak_rabin": ["Yitzhak Rabin"],
    },
    meetings=[
        # "Sunday" in a Monday paper -> 1999-07-11; place: the dateline's named locality (no
        # city). The 75-minute meeting and the joint press conference are one row.
        M(["ehud_barak", "yasser_arafat"], "1999-07-11", "Erez Crossing", IP, H,
          "In their first summit meeting, new Israeli Prime Minister Ehud Barak and Palestinian President Yasser Arafat pulled out all the stops Sunday to create an atmosphere of trust and goodwill to kick off a mutually desired mission to revive Mideast peace talks."),
        # "Barak's visit with President Clinton this week" -> planned; "this week" is not a day
        # -> null; no place written.
        M(["ehud_barak", "bill_clinton"], None, None, IP, P,
          "And neither wanted to discuss negotiating strategy in detail before Barak's visit with President Clinton this week."),
        # Background: Rabin "co-signed the 1993 Oslo peace accords with Arafat" (a joint signing;
        # year only, no place): required false.
        M(["yitzhak_rabin", "yasser_arafat"], None, None, IP, H,
          "In turn, Arafat honored Barak by calling him \"my partner\" and \"my friend\"--the same words the Palestinian leader had used affectionately for former Prime Minister Yitzhak Rabin, who co-signed the 1993 Oslo peace accords with Arafat and shared a Nobel Peace prize with him.", False),
        # Not rows: the handshake of the opening paragraph (the same meeting); the Wye River
        # accord (an agreement). Removed: the cut-off sentence "That sharply contrasted with the
        # tense first meeting between Arafat and Netanyahu, who angered" at the end (so the
        # Arafat-Netanyahu meeting is not in the text). The byline (Hugh Dellios, Tribune Foreign
        # Correspondent) is a credit.
    ],
    roles=[("new Israeli Prime Minister", "ehud_barak"),
           ("The ramrod-straight former general", "ehud_barak"),
           ("Mr. Prime Minister", "ehud_barak"),
           ("my partner", "ehud_barak"),
           ("Palestinian President", "yasser_arafat"),
           ("the aging former guerrilla", "yasser_arafat"),
           ("the Palestinian leader", "yasser_arafat"),
           ("Barak's predecessor", "benjamin_netanyahu"),
           ("former Prime Minister", "yitzhak_rabin")],
)
