"""Accuracy corpus, batch 27b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
spread over eleven regions (2000s: Latin America, Southeast Asia, Oceania, Eastern Europe/Russia;
2010s: Africa, Central Asia/Caucasus, South Asia, North America; 2020s: Western Europe, Middle
East, East Asia, Oceania). New outlets/sites: Reuters (reuters.com), the President of Azerbaijan
(en.president.az), BBC News (news.bbc.co.uk), The Local (thelocal.com), China Daily
(chinadaily.com.cn), India Today (indiatoday.in; Mail Today), One America News (oann.com),
NewsBreak (newsbreak.com), The Honolulu Advertiser (Bloomberg), RIA Novosti (sputniknews.com), the
Prime Minister of Canada (pm.gc.ca) and The New Zealand Herald (nzherald.co.nz); some of these
sites were used before, the pages are new. Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run
on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_27b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-26b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_53NN_<slug>` / `test_53NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "November 21, 2012 / 9:00 AM" (a Wednesday): "on Wednesday" = 2012-11-21,
    # "late on Tuesday" = 2012-11-20.
    ("dev_5301_kabila_kagame_museveni_kampala", "Africa", "2010s", "Reuters (reuters.com)", "http://www.reuters.com/article/us-congo-democratic-uganda-idUSBRE8AK0EK20121121", "2012-11-21"),
    # Date line "11 september 2015, 18:15" (a Friday); "Today we talked" (in the quoted
    # remarks) = 2015-09-11.
    ("dev_5302_aliyev_nazarbayev_astana", "Central Asia/Caucasus", "2010s", "President of the Republic of Azerbaijan (en.president.az)", "https://en.president.az/articles/16111", "2015-09-11"),
    # "Last Updated: Thursday, 16 September, 2004, 03:34 GMT"; the talks have no day in the
    # text -> null.
    ("test_5303_chavez_lula_manaus", "Latin America", "2000s", "BBC News (news.bbc.co.uk)", "http://news.bbc.co.uk/2/hi/americas/3659818.stm", "2004-09-16"),
    # The URL has 20221026 (a Wednesday): "on Wednesday" = 2022-10-26.
    ("dev_5304_macron_scholz_lunch_paris", "Western Europe", "2020s", "The Local (thelocal.com; AFP)", "https://apiwp.thelocal.com/20221026/macron-and-scholz-enjoy-friendly-lunch-after-tensions-between-france-and-germany/", "2022-10-26"),
    # "Updated: 2004-09-02 00:28" (a Thursday): "Wednesday" = 2004-09-01.
    ("dev_5305_hu_arroyo_beijing", "Southeast Asia", "2000s", "China Daily (chinadaily.com.cn)", "http://covid-19.chinadaily.com.cn/english/doc/2004-09/02/content_370842.htm", "2004-09-02"),
    # The URL ends 2015-12-26 (a Saturday; the Mail Today print day): "It was Christmas" =
    # 2015-12-25.
    ("dev_5306_modi_sharif_lahore", "South Asia", "2010s", "India Today (indiatoday.in; Mail Today)", "https://www.indiatoday.in/mail-today/story/pm-modi-stuns-everyone-with-unexpected-stopover-in-lahore-to-meet-nawaz-sharif-278971-2015-12-26", "2015-12-26"),
    # Date line "5:08 PM – Tuesday, October 17, 2023": the cancelled meetings "on Wednesday" =
    # 2023-10-18 (no rows); the caption's meeting is dated "January 13, 2018".
    ("test_5307_amman_summit_cancelled", "Middle East", "2020s", "One America News (oann.com)", "https://www.oann.com/newsroom/jordan-cancels-bidens-summit-with-king-abdullah-sissi-abbas-in-amman/", "2023-10-17"),
    # The search result's date is 2021-11-16 (a Tuesday): "on Monday night" = 2021-11-15.
    ("dev_5308_biden_xi_virtual", "East Asia", "2020s", "NewsBreak (newsbreak.com)", "https://www.newsbreak.com/news/2435165719400/biden-meets-virtually-with-his-excellency-xi-jinping", "2021-11-16"),
    # Date line "Posted at 11:46 a.m., Wednesday, March 21, 2007": "yesterday" = 2007-03-20,
    # "today" = 2007-03-21.
    ("dev_5309_clark_bush_washington", "Oceania", "2000s", "The Honolulu Advertiser (Bloomberg News Service)", "http://the.honoluluadvertiser.com/article/2007/Mar/21/br/br0345697128.html", "2007-03-21"),
    # Dateline "SOCHI, June 5" and URL 20040605 (a Saturday): "is meeting" = 2004-06-05;
    # "said on Friday" = 2004-06-04 (a statement, not a meeting).
    ("dev_5310_putin_lukashenko_sochi", "Eastern Europe/Russia", "2000s", "RIA Novosti (sputniknews.com)", "https://sputniknews.com/20040605/39762238.html", "2004-06-05"),
    # The URL has 2018/05/14 (a Monday): "Today" = 2018-05-14.
    ("test_5311_trudeau_trump_phone", "North America", "2010s", "Prime Minister of Canada (pm.gc.ca)", "https://pm.gc.ca/eng/news/2018/05/14/prime-minister-justin-trudeau-speaks-president-united-states-donald-trump", "2018-05-14"),
    # The search result's date is 2024-08-15 (a Thursday): "yesterday" = 2024-08-14, "this
    # afternoon" = 2024-08-15.
    ("dev_5312_luxon_albanese_sydney", "Oceania", "2020s", "The New Zealand Herald (nzherald.co.nz)", "https://www.nzherald.co.nz/nz/politics/prime-minister-christopher-luxon-heads-into-frank-talks-over-501-deportees-policy-with-australian-pm-anthony-albanese/2B5AM4D6UVAXHFFHUSD2XQ6CEE/", "2024-08-15"),
]

A = {}

_KK = "KAMPALA (Reuters) - Congolese and Rwandan presidents Joseph Kabila and Paul Kagame are due to meet on Wednesday after holding three-way talks with Ugandan President Yoweri Museveni late on Tuesday, sources in the Ugandan presidency said."
_MK = "“Museveni met Kagame first at the State House and then later he met with both (Kagame and Kabila) for a couple of hours,” said one of the sources, adding they may issue a statement or hold a news conference later Wednesday."
A["dev_5301_kabila_kagame_museveni_kampala"] = dict(
    actors={
        "joseph_kabila": ["Joseph Kabila", "Kabila"],
        "paul_kagame": ["Paul Kagame", "Kagame"],
        "yoweri_museveni": ["Yoweri Museveni", "Museveni"],
        "m23": ["M23"],
    },
    meetings=[
        # "are due to meet on Wednesday" -> planned, 2012-11-21; place Kampala (dateline; the
        # headline says "in Uganda").
        M(["joseph_kabila", "paul_kagame"], "2012-11-21", "Kampala", IP, P, _KK),
        # "three-way talks with ... Museveni late on Tuesday" -> three pair rows, held,
        # 2012-11-20, Kampala. Museveni's earlier one-to-one with Kagame "first at the State
        # House" (same pair, same evening) is the same row.
        M(["joseph_kabila", "paul_kagame"], "2012-11-20", "Kampala", IP, H, _KK),
        M(["paul_kagame", "yoweri_museveni"], "2012-11-20", "Kampala", IP, H, _MK),
        M(["joseph_kabila", "yoweri_museveni"], "2012-11-20", "Kampala", IP, H, _KK),
        # Not rows: a possible statement/news conference; the M23 statement. Removed: site
        # navigation, the repeated headline, "1 Min Read", the reporting credits and "Our
        # Standards". "KAMPALA (Reuters)" is the agency credit and "Reuters Staff" the byline
        # (not actors).
    ],
    roles=[("Ugandan President", "yoweri_museveni")],
)

A["dev_5302_aliyev_nazarbayev_astana"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev", "Ilham Heydar oglu"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "President Nursultan Nazarbayev", "Nursultan Abishevich"],
    },
    meetings=[
        # "Ilham Aliyev has met with ... Nursultan Nazarbayev"; the day comes from the quoted
        # "Today we talked" under the 11 September date line, the place from "welcome to
        # Astana!" -> held, 2015-09-11, Astana.
        M(["ilham_aliyev", "nursultan_nazarbayev"], "2015-09-11", "Astana", IP, H,
          "President of the Republic of Azerbaijan Ilham Aliyev has met with President of the Republic of Kazakhstan Nursultan Nazarbayev."),
        # Not rows: the Summit of Turkic-speaking countries (multilateral); the joint
        # attendance at the Kazakh Khanate ceremony "this morning" (same pair, same day).
    ],
    roles=[("President of the Republic of Azerbaijan", "ilham_aliyev"),
           ("President of the Republic of Kazakhstan", "nursultan_nazarbayev"),
           ("President of Kazakhstan", "nursultan_nazarbayev"),
           ("the leader of fraternal Azerbaijan", "ilham_aliyev")],
)

A["test_5303_chavez_lula_manaus"] = dict(
    actors={
        "hugo_chavez": ["Hugo Chavez", "Mr Chavez", "Chavez"],
        "luiz_inacio_lula_da_silva": ["Luiz Inacio Lula da Silva", "President Lula", "Lula"],
        "bbc": ["BBC"],
        "cnn": ["CNN"],
    },
    meetings=[
        # "The agreement came during talks in the Amazonian city of Manaus." -> held, date null
        # (no day in the text; the page is dated 16 September), Manaus.
        M(["hugo_chavez", "luiz_inacio_lula_da_silva"], None, "Manaus", IP, H,
          "The agreement came during talks in the Amazonian city of Manaus."),
        # Not rows: Chavez "told the BBC" (an interview); the referendum. Removed: the SSI error
        # line, "BBC News", "watch One-Minute World News" and the related-links list at the end.
        # "By Iain Bruce" / "BBC Manaus" are the byline (the byline's BBC is not counted; the
        # BBC cited in the body is).
    ],
    roles=[("Venezuela's President", "hugo_chavez"), ("The Venezuelan President", "hugo_chavez")],
)

A["dev_5304_macron_scholz_lunch_paris"] = dict(
    actors={
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
        "olaf_scholz": ["Olaf Scholz", "Scholz"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "hosted ... Scholz for lunch on Wednesday" (caption: "in Paris on Wednesday") ->
        # held, 2022-10-26, Paris; the one-on-one session is part of the same meeting.
        M(["emmanuel_macron", "olaf_scholz"], "2022-10-26", "Paris", IP, H,
          "French President Emmanuel Macron hosted German Chancellor Olaf Scholz for lunch on Wednesday, with both sides saying they made progress towards easing differences on energy and defence dogging the European Union's vital double act."),
        # Not rows: Scholz's tweet; the absent press appearance. Removed: the repeated headline
        # and the last, cut-off sentence ("Berlin's move ... who fear the effe"). The caption's
        # "Ludovic MARIN / AFP" is a photo credit (not an actor).
    ],
    roles=[("French President", "emmanuel_macron"), ("German Chancellor", "olaf_scholz"),
           ("France's President", "emmanuel_macron")],
)

A["dev_5305_hu_arroyo_beijing"] = dict(
    actors={
        "hu_jintao": ["President Hu Jintao", "Hu Jintao", "Hu"],
        "gloria_macapagal_arroyo": ["Gloria Macapagal Arroyo", "President Arroyo", "Arroyo"],
        "ministry_of_commerce_china": ["Ministry of Commerce of China"],
    },
    meetings=[
        # "Hu made the remarks when meeting with ... Arroyo, who flew into Beijing Wednesday
        # afternoon" -> held, 2004-09-01, Beijing.
        M(["hu_jintao", "gloria_macapagal_arroyo"], "2004-09-01", "Beijing", IP, H,
          "Hu made the remarks when meeting with visiting Philippine President Gloria Macapagal Arroyo, who flew into Beijing Wednesday afternoon for a three-day state visit after a short stopover in South China's city of Guangzhou."),
        # Not rows: the welcoming ceremony (same encounter); the unnamed Foreign Ministry
        # spokesman. Removed: the breadcrumb "Home>News Center>China" and the last, cut-off
        # sentence ("On the question of Taiwan, ... understands the importa"). "China Daily" in
        # the byline is the outlet (not an actor).
    ],
    roles=[("Philippine President", "gloria_macapagal_arroyo"),
           ("visiting Philippine President", "gloria_macapagal_arroyo")],
)

A["dev_5306_modi_sharif_lahore"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "PM Modi", "Modi"],
        "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
        "vladimir_putin": ["Vladimir Putin"],
        "vikas_swarup": ["Vikas Swarup"],
        "aizaz_ahmad_chaudhry": ["Aizaz Ahmad Chaudhary"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "twitter": ["Twitter"],
    },
    meetings=[
        # "It was Christmas. ... Modi joined his Pakistani counterpart at his ancestral home in
        # Jatti Umra near Lahore." -> held, 2015-12-25 (Christmas, year of publication), Lahore
        # (headline "stopover in Lahore"; the homes at Jatti Umra / Raiwind are "near Lahore").
        M(["narendra_modi", "nawaz_sharif"], "2015-12-25", "Lahore", IP, H,
          "Springing a huge foreign policy surprise, Prime Minister Narendra Modi joined his Pakistani counterpart at his ancestral home in Jatti Umra near Lahore."),
        # "Modi had flown to Moscow before that for an annual summit with ... Putin" -> held,
        # date null, Moscow (an annual bilateral summit = a meeting of the pair).
        M(["narendra_modi", "vladimir_putin"], None, "Moscow", IP, H,
          "Modi had flown to Moscow before that for an annual summit with Russian president Vladimir Putin."),
        # Not rows: the Kabul visit (no counterpart named); Aizaz Chaudhary's presence ("I was
        # lucky to be in Lahore today or would have missed this meeting": he was there, but the
        # text does not make him a party); the foreign secretaries' meeting "in January"
        # (unnamed people); Swarup's tweet. Removed: the last, cut-off sentence ("Since Modi's
        # unscheduled meeting with Sharif on the sidelines of the Paris climate talks on
        # December 1, New Delhi and Islamabad have been attem") and with it the Paris meeting.
    ],
    roles=[("his Pakistani counterpart", "nawaz_sharif"), ("Russian president", "vladimir_putin"),
           ("Pakistan Foreign Secretary", "aizaz_ahmad_chaudhry"),
           ("Ministry of External Affairs spokesperson", "vikas_swarup")],
)

A["test_5307_amman_summit_cancelled"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah II", "King Abdullah"],
        "abdel_fattah_el_sisi": ["Abdel Fattah al-Sisi", "Abdel Fattah Sissi", "Sisi", "Sissi"],
        "joe_biden": ["President Joe Biden", "Joe Biden", "Biden"],
        "ayman_safadi": ["Ayman Safadi", "Safadi"],
        "mahmoud_abbas": ["Mahmoud Abbas", "Abbas"],
        "palestinian_authority": ["Palestinian Authority"],
        "times_of_israel": ["Times of Israel"],
        "al_jazeera": ["Al Jazeera Arabic"],
        "islamic_jihad": ["Palestinian Islamic Jihad"],
        "hamas": ["Hamas"],
    },
    meetings=[
        # The photo caption: Abdullah and Sisi "review an honour guard upon Sisi's arrival at
        # Marka International Aiport, in the Jordanian capital Amman on January 13, 2018" -> a
        # visit received by the King: held, 2018-01-13, Amman.
        M(["abdullah_ii", "abdel_fattah_el_sisi"], "2018-01-13", "Amman", IP, H,
          "King Abdullah II of Jordan (L) and Egyptian President Abdel Fattah al-Sisi review an honour guard upon Sisi’s arrival at Marka International Aiport, in the Jordanian capital Amman on January 13, 2018."),
        # Not rows (cancelled meetings, the batch's main point): Biden's scheduled meetings
        # with Abdullah, Sisi and Abbas "on Wednesday" (2023-10-18), "now canceled"; the summit
        # "called off altogether"; Abbas "dropped plans to participate". Safadi's statement on
        # Al Jazeera is a media interview. Removed: the last, cut-off sentence ("Israel
        # maintained ... alongside Hamas"). "OAN's Elizabeth Volberding" is the byline and
        # "Khalil MAZRAAWI / AFP" the photo credit (not actors).
    ],
    roles=[("Egyptian President", "abdel_fattah_el_sisi"), ("Jordan Foreign Minister", "ayman_safadi"),
           ("Egypt’s President", "abdel_fattah_el_sisi"), ("Palestinian Authority President", "mahmoud_abbas"),
           ("Jordan’s King Abdullah", "abdullah_ii")],
)

A["dev_5308_biden_xi_virtual"] = dict(
    actors={
        "joe_biden": ["President Biden", "Biden"],
        "xi_jinping": ["Xi Jinping", "Xi"],
    },
    meetings=[
        # "met virtually on Monday night" / "The video conference" -> video, held, 2021-11-15;
        # place null (a video call; the Roosevelt Room is one end).
        M(["joe_biden", "xi_jinping"], "2021-11-15", None, VID, H,
          "President Biden and Chinese President Xi Jinping met virtually on Monday night, their talk coming at a critical time for both countries."),
        # The excerpt is the single paragraph the page carries (no headline in the excerpt).
    ],
    roles=[("Chinese President", "xi_jinping")],
)

A["dev_5309_clark_bush_washington"] = dict(
    actors={
        "george_w_bush": ["Bush"],
        "helen_clark": ["Clark"],
        "condoleezza_rice": ["Condoleezza Rice"],
        "nancy_pelosi": ["Nancy Pelosi"],
        "robert_gates": ["Robert Gates"],
        "us_state_department": ["State Department"],
        "new_zealand_herald": ["New Zealand Herald"],
    },
    meetings=[
        # "It was Clark's second formal meeting with Bush, and the third time a New Zealand
        # prime minister visited the White House" -> held; the excerpt gives no day (the
        # meeting is not dated "today" in the text) -> date null; place Washington (White
        # House -> Washington, ANNOTATION.md).
        M(["helen_clark", "george_w_bush"], None, "Washington", IP, H,
          "It was Clark's second formal meeting with Bush, and the third time a New Zealand prime minister visited the White House in 24 years, according to the New Zealand Herald."),
        # "Clark met ... Rice and ... Pelosi yesterday" -> two separate held rows (no
        # Rice-Pelosi pair), 2007-03-20; place United States (no city in the text; the visit
        # is a US trip "before moving on to Chicago and Seattle").
        M(["helen_clark", "condoleezza_rice"], "2007-03-20", "United States", IP, H,
          "Clark met Secretary of State Condoleezza Rice and House Speaker Nancy Pelosi yesterday."),
        M(["helen_clark", "nancy_pelosi"], "2007-03-20", "United States", IP, H,
          "Clark met Secretary of State Condoleezza Rice and House Speaker Nancy Pelosi yesterday."),
        # "She will meet ... Robert Gates today" -> planned, 2007-03-21, United States.
        M(["helen_clark", "robert_gates"], "2007-03-21", "United States", IP, P,
          "She will meet Secretary of Defense Robert Gates today before moving on to Chicago and Seattle."),
        # Not rows: Bush "told reporters"; the State Department envoy to Tonga (unnamed);
        # troop deployments. "By Emma O'Brien" / "Bloomberg News Service" are the byline (not
        # actors); the "White House" transcript is a building/office (not an actor).
    ],
    roles=[("Secretary of State", "condoleezza_rice"), ("House Speaker", "nancy_pelosi"),
           ("Secretary of Defense", "robert_gates")],
)

A["dev_5310_putin_lukashenko_sochi"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Mr. Putin"],
        "alexander_lukashenko": ["Alexander Lukashenko", "Mr. Lukashenko"],
        "council_of_ministers_of_russia_belarus_union": ["Council of Ministers of Russia-Belarus Union"],
    },
    meetings=[
        # "Putin is meeting his Belarussian counterpart ... in Sochi" (dateline June 5) ->
        # held, 2004-06-05, Sochi (residence Bocharov Ruchei).
        M(["vladimir_putin", "alexander_lukashenko"], "2004-06-05", "Sochi", IP, H,
          "SOCHI, June 5 (RIA Novosti) - Russian President Vladimir Putin is meeting his Belarussian counterpart Alexander Lukashenko in his residence Bocharov Ruchei in Sochi."),
        # Not rows: the Council of Ministers meeting "in Minsk soon" (a body, no named people);
        # the Yalta summit (multilateral, earlier); Lukashenko's remarks "on Friday"; the
        # unnamed government source. Removed: "Subscribe" and the comment-widget lines at the
        # end. "RIA Novosti" in the dateline is the agency credit (not an actor).
    ],
    roles=[("Russian President", "vladimir_putin"), ("his Belarussian counterpart", "alexander_lukashenko"),
           ("the Belarussian president", "alexander_lukashenko"), ("the Belarussian leader", "alexander_lukashenko"),
           ("his Russian counterpart", "vladimir_putin")],
)

A["test_5311_trudeau_trump_phone"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau"],
        "donald_trump": ["Donald J. Trump", "President Trump"],
        "g7": ["G7"],
    },
    meetings=[
        # "Today, the Prime Minister, Justin Trudeau, spoke with ... Trump." (an official
        # call readout) -> phone, held, 2018-05-14, place null.
        M(["justin_trudeau", "donald_trump"], "2018-05-14", None, PH, H,
          "Today, the Prime Minister, Justin Trudeau, spoke with the President of the United States, Donald J. Trump."),
        # Not a row: "looks forward to welcoming President Trump and the other G7 Leaders in
        # Charlevoix on June 8-9" (hosting a multilateral summit; no bilateral stated). NAFTA
        # is a treaty (not an actor). The excerpt carries no headline.
    ],
    roles=[("the Prime Minister", "justin_trudeau"), ("the President of the United States", "donald_trump"),
           ("The Prime Minister", "justin_trudeau")],
)

A["dev_5312_luxon_albanese_sydney"] = dict(
    actors={
        "christopher_luxon": ["Luxon"],
        "anthony_albanese": ["Albanese"],
        "chris_minns": ["Chris Minns", "Minns"],
        "lowy_institute": ["Lowy Institute"],
        "beca": ["Beca"],
    },
    meetings=[
        # "when he meets with Albanese this afternoon" -> planned, 2024-08-15; place null (the
        # text puts Luxon in Sydney "yesterday" but does not say where today's meeting is).
        M(["christopher_luxon", "anthony_albanese"], "2024-08-15", None, IP, P,
          "He said that was something he planned to “advocate very strongly” when he meets with Albanese this afternoon."),
        # "Following meetings at Beca, he and his team of ministers made their way further
        # downtown to meet with ... Chris Minns" ("yesterday") -> held, 2024-08-14, Sydney
        # ("further downtown" after the Lowy Institute speech "in Sydney yesterday").
        M(["christopher_luxon", "chris_minns"], "2024-08-14", "Sydney", IP, H,
          "Following meetings at Beca, he and his team of ministers made their way further downtown to meet with New South Wales Premier Chris Minns."),
        # Not rows: the meetings at Beca (a company, no named people); "rubbing shoulders with
        # ... infrastructure bosses" (unnamed); the Lowy Institute speech. The excerpt starts
        # in the body (no headline); only the tool's date prefix was removed.
    ],
    roles=[("The Prime Minister", "christopher_luxon"), ("New South Wales Premier", "chris_minns")],
)
