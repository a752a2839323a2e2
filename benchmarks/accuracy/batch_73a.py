"""Accuracy corpus, batch 73a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 73b), over the eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and five
decades (1980s: one, 1990s: four, 2000s: four, 2010s: two, 2020s: one; five of the twelve from
before 2000, as the brief asked at least five; no 1970s page was found, see the notes).
Outlets/sites: RFE/RL Kazakh Report (rferl.org, 1999), the (Fort Lauderdale) Sun-Sentinel
reprinting The New York Times (1989), the Mail & Guardian (mg.co.za, 2005), a Xinhua item reposted
on the Ecuador Rising blog (2009), the Jamestown Foundation's Monitor (jamestown.org), The Irish
Times, RNZ (rnz.co.nz, 2025), the Government of Newfoundland and Labrador news releases (2003),
the Sri Lankan Policy Research & Information Unit (priu.gov.lk, 2009), The Jakarta Post via
jawawa.id, the Office of the President of Mongolia (president.mn, 2019) and The Independent (1993).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
73b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_73a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-72b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_144NN_<slug>` / `test_144NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's "Kazakh Report: May 28, 1999" / "28 May 1999" (a Friday, checked): "yesterday" ->
    # 1999-05-27; "today, May 28" is written out.
    ("dev_14401_balghymbayev_sultanov_tashkent", "Central Asia/Caucasus", "1990s", "RFE/RL Kazakh Report (rferl.org)", "https://www.rferl.org/a/1343494.html", "1999-05-28"),
    # The page's "April 2, 1989" (a Sunday, checked): "on Monday" -> 1989-04-03, "on Wednesday"
    # -> 1989-04-05, "on Thursday" -> 1989-04-06 (the days of the coming week).
    ("dev_14402_mubarak_rejects_shamir_washington", "Middle East", "1980s", "Sun-Sentinel (articles.sun-sentinel.com; The New York Times story)", "http://articles.sun-sentinel.com/1989-04-02/news/8901170786_1_shamir-president-hosni-mubarak-egyptian", "1989-04-02"),
    # The page's "/ 17 February 2005" (a Thursday, checked): "on Thursday" -> 2005-02-17.
    ("test_14403_gnassingbe_obasanjo_abuja", "Africa", "2000s", "Mail & Guardian (mg.co.za)", "https://mg.co.za/article/2005-02-17-controversial-togo-leader-meets-with-obasanjo/", "2005-02-17"),
    # The dateline "LIMA, Oct. 22" with the blog address's 2009/10: published 2009-10-22 (a
    # Thursday, checked): "on Thursday" -> 2009-10-22.
    ("dev_14404_garcia_correa_piura", "Latin America", "2000s", "Xinhua via the Ecuador Rising blog (ecuador-rising.blogspot.com)", "http://ecuador-rising.blogspot.com/2009/10/peruvian-ecuadorian-presidents-hold.html", "2009-10-22"),
    # No date on the stored page and none from the tool: published None. The year 1997 (odd;
    # decade 1990s) is inferred, see the notes. "September 14 and 15" is a range -> date null.
    ("dev_14405_cimoszewicz_vagnorius_vilnius", "Eastern Europe/Russia", "1990s", "Jamestown Foundation, Monitor (jamestown.org)", "https://jamestown.org/program/lithuania-poland-developing-unique-relationship/", None),
    # No date on the stored page and none from the tool: published None. Decade 2010s (a State
    # Papers story on 1987 files, year 2017 odd) is inferred, see the notes. The call's day is in
    # the text ("April 10th", in "spring 1987") -> 1987-04-10.
    ("dev_14406_haughey_mitterrand_call", "Western Europe", "2010s", "The Irish Times (irishtimes.com, arcpublishing CDN copy)", "https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/news/ireland/irish-news/haughey-engaged-in-telephone-diplomacy-to-ease-fears-on-european-referendum-1.3331142", None),
    # The page's "12 Apr 2025" (a Saturday, checked); the meeting spans a "two-day stop" -> null.
    ("test_14407_peters_eke_nukualofa", "Oceania", "2020s", "RNZ (rnz.co.nz; RNZ Pacific)", "https://www-green.cache-blue.aws.rnz.net.nz/international/pacific-news/557966/nz-s-foreign-minister-wraps-up-tonga-visit-now-heads-to-hawai-i", "2025-04-12"),
    # The release's "November 17, 2003" (a Monday, checked); the meeting is "the recent
    # gathering" -> date null.
    ("dev_14408_williams_martin_regina", "North America", "2000s", "Government of Newfoundland and Labrador, news releases (releases.gov.nl.ca)", "https://www.releases.gov.nl.ca/releases/2003/exec/1117n03.htm", "2003-11-17"),
    # No date line on the stored page; the address's 20090102 (a Friday, checked) is taken as the
    # day of publication: "today" -> 2009-01-02.
    ("dev_14409_nasheed_rajapaksa_colombo", "South Asia", "2000s", "Policy Research & Information Unit, Sri Lanka (priu.gov.lk)", "http://www.priu.gov.lk/news_update/Current_Affairs/ca200901/20090102sri_lanka_and_maldives.htm", "2009-01-02"),
    # No date on the stored page and none from the tool: published None. The year 1995 (odd;
    # decade 1990s) is inferred, see the notes. "beginning on Thursday" cannot be resolved -> null.
    ("dev_14410_goh_soeharto_jakarta_planned", "Southeast Asia", "1990s", "The Jakarta Post via jawawa.id", "https://jawawa.id/newsitem/pm-goh-to-visit-jakarta-1447893297", None),
    # The page's "2019/04/25 11:55:40" (a Thursday, checked): "today" -> 2019-04-25.
    ("test_14411_battulga_xi_beijing", "East Asia", "2010s", "Office of the President of Mongolia (president.mn)", "https://president.mn/en/2019/04/25/the-official-talks-between-the-heads-of-state-of-mongolia", "2019-04-25"),
    # The page's "Thursday 04 February 1993" (a Thursday, checked); the conference meeting has no
    # day in the text -> date null.
    ("dev_14412_spring_mayhew_london", "Western Europe", "1990s", "The Independent (independent.co.uk)", "http://independent.co.uk/news/uk/spring-attempts-to-revive-ulster-talks-1470798.html", "1993-02-04"),
]

A = {}

A["dev_14401_balghymbayev_sultanov_tashkent"] = dict(
    actors={
        "nurlan_balghymbayev": ["Nurlan Balghymbayev", "Balghymbayev"],
        "utkir_sultanov": ["Utkir Sultanov"],
        "islam_karimov": ["Islam Karimov"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
        "rfe_rl": ["RFE/RL"],
        "kazakh_stock_exchange": ["Kazakh Stock Exchange"],
    },
    meetings=[
        # "Kazakh Premier Nurlan Balghymbayev met with his Uzbek counterpart Utkir Sultanov in
        # Tashkent yesterday." -> held, 1999-05-27 ("yesterday" in the report of Friday 28 May
        # 1999), Tashkent. "The sides discussed ..." and "The Uzbek Prime Minister refused ..."
        # are the same meeting.
        M(["nurlan_balghymbayev", "utkir_sultanov"], "1999-05-27", "Tashkent", IP, H,
          "RFE/RL correspondents report that Kazakh Premier Nurlan Balghymbayev met with his Uzbek counterpart Utkir Sultanov in Tashkent yesterday."),
        # "... the meeting of Nurlan Balghymbayev with Uzbek President Islam Karimov today, May 28
        # could be possible." (and the headline "KAZAKH PREMIER HOPES TO MEET WITH UZBEK
        # PRESIDENT") -> planned, 1999-05-28, place null (he is "visiting Bukhara area"; no place
        # is named for the meeting); required false (a possible meeting, see the notes).
        M(["nurlan_balghymbayev", "islam_karimov"], "1999-05-28", None, IP, P,
          "His press service reports that the meeting of Nurlan Balghymbayev with Uzbek President Islam Karimov today, May 28 could be possible.", False),
        # Not rows: the Kazakh side's request to "Uzbek officials" and what Balghymbayev "told
        # Uzbek officials" (unnamed counterparts; part of the Tashkent talks); the talks "with
        # representatives of Ashgabat" (unnamed); the treaty "signed by Kazakh and Uzbek
        # Presidents on October 30, 1998" (a signing named by role, no meeting stated);
        # Nazarbayev's decree (a document). Not annotated: "His press service", "Uzbek officials"
        # (unnamed), Kazakhstan, Uzbekistan, Turkmenistan (states; "Ashgabat" used for its
        # government), Tashkent, Bukhara, Shymkent, Almaty, Southern Kazakhstan Oblast (places),
        # the Treaty on Eternal Friendship (a treaty). Removed: at the start, the site lines
        # "Accessibility links" and "Breaking News" with the blank lines after them; at the end,
        # the last item's heading "125 KAZAKH FAMILIES BROUGHT FROM AFGHANISTAN TO BE SETTLED DOWN
        # IN QOSTANAY OBLAST." and its cut-off sentence ("RFE/RL correspondents quote the Kazakh
        # State Agency of Migration and Demography as reporting that on May 28, 125 Kazakh
        # families br"). Kept as found: "Kazakh*Uzbek", "Meanwhile...", the double blank line.
    ],
    roles=[("Kazakh Premier", "nurlan_balghymbayev"), ("his Uzbek counterpart", "utkir_sultanov"),
           ("The Uzbek Prime Minister", "utkir_sultanov"), ("Premier", "nurlan_balghymbayev"),
           ("Uzbek President", "islam_karimov"), ("Kazakh President", "nursultan_nazarbayev")],
)

A["dev_14402_mubarak_rejects_shamir_washington"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "yitzhak_shamir": ["Yitzhak Shamir", "Shamir"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "james_baker": ["James A. Baker III"],
        "avi_pazner": ["Avi Pazner", "Pazner"],
        "white_house": ["White House"],
    },
    meetings=[
        # "Mubarak, who arrived in Washington on Saturday, meets with President Bush at the White
        # House on Monday." -> planned (announced in the Sunday paper), 1989-04-03, Washington
        # (the White House).
        M(["hosni_mubarak", "george_h_w_bush"], "1989-04-03", "Washington", IP, P,
          "Mubarak, who arrived in Washington on Saturday, meets with President Bush at the White House on Monday."),
        # "... his meetings with Secretary of State James A. Baker III on Wednesday and President
        # Bush on Thursday." -> two planned rows (separate meetings in one sentence), 1989-04-05
        # and 1989-04-06, Washington ("Shamir arrives in Washington on Tuesday").
        M(["yitzhak_shamir", "james_baker"], "1989-04-05", "Washington", IP, P,
          "Shamir arrives in Washington on Tuesday in preparation for his meetings with Secretary of State James A. Baker III on Wednesday and President Bush on Thursday."),
        M(["yitzhak_shamir", "george_h_w_bush"], "1989-04-06", "Washington", IP, P,
          "Shamir arrives in Washington on Tuesday in preparation for his meetings with Secretary of State James A. Baker III on Wednesday and President Bush on Thursday."),
        # Not rows: the Shamir-Mubarak "informal meeting this week in Washington" (requested and
        # refused: "Mubarak said no"), the "ceremonial three-way meeting with President Bush" (a
        # wish, not arranged), "an informal get-together with Shamir" (refused); "Shamir, who as
        # prime minister has never met with Mubarak" (no meeting); the request "through their
        # embassy" (a message). Not annotated: "Egyptian and Israeli officials", "An Egyptian
        # official", "the Egyptians" (unnamed), Egypt, Israel (states), Washington, Jerusalem,
        # Cairo (places; "Cairo" used for the government), the Camp David peace treaty (a treaty),
        # the agency line "April 2, 1989|The New York Times" (a credit at the top). Removed: at the
        # end, the last, cut-off paragraph ("Mubarak`s inclination not to meet with Shamir was
        # apparently reinforced when Cairo heard about the Israeli leader`s peace proposal to allow
        # Palestinians on the West Bank and Gaza Strip to hold elec"). Nothing at the start. Kept
        # as found: the headline's "U.s.", the backtick apostrophes and quotes ("Shamir`s",
        # "``We asked").
    ],
    roles=[("Prime Minister", "yitzhak_shamir"), ("Secretary of State", "james_baker"),
           ("Shamir`s press adviser", "avi_pazner"), ("The Egyptian leader", "hosni_mubarak"),
           ("the Israeli", "yitzhak_shamir")],
)

A["test_14403_gnassingbe_obasanjo_abuja"] = dict(
    actors={
        "faure_gnassingbe": ["Faure Gnassingbe", "Gnassingbe"],
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo"],
        "oluremi_oyo": ["Oluremi Oyo"],
        "gnassingbe_eyadema": ["Gnassingbe Eyadema"],
        "african_union": ["African Union"],
        "ecowas": ["Economic Community of West African States", "Ecowas"],
        "parliament_of_togo": ["Parliament"],
    },
    meetings=[
        # "A meeting on Thursday between Togo's new military-installed leader, Faure Gnassingbe,
        # with ... Nigeria's President Olusegun Obasanjo, has ended, officials said." -> held,
        # 2005-02-17 ("on Thursday" on the page of Thursday 17 February 2005), Abuja ("flew into
        # the Nigerian capital, Abuja, for talks with Obasanjo"). "their talks", "the leaders'
        # meeting", "After the talks ... a lunch break" are the same meeting.
        M(["faure_gnassingbe", "olusegun_obasanjo"], "2005-02-17", "Abuja", IP, H,
          "A meeting on Thursday between Togo’s new military-installed leader, Faure Gnassingbe, with his fiercest critic of his accession to power, the chairperson of the African Union, Nigeria’s President Olusegun Obasanjo, has ended, officials said."),
        # Not rows: Oyo's promise "to brief journalists" (a briefing); Gnassingbe's swearing-in
        # (a ceremony); Ecowas's threat and "a chorus of international condemnation" (statements);
        # the recall of the ambassador (unnamed). Not annotated: "officials", "Obasanjo's aides",
        # "the army", "the speaker of the Assembly", "Togolese officials" (unnamed or generic),
        # Togo, Nigeria, Ghana, Benin (states; "Abuja" used for the Nigerian government), the
        # Constitution (a document). Removed: at the end, the last, cut-off sentence ("Nigeria
        # has also demanded and has "). Nothing at the start. Kept as found: the leading "/ " of
        # the date line, the quote marks ”coup d’état” and ”zero tolerance for military juntas”,
        # the sentence without final stop after ”coup d’état”, "4,7-million".
    ],
    roles=[("Togo’s new military-installed leader", "faure_gnassingbe"),
           ("the chairperson of the African Union", "olusegun_obasanjo"),
           ("Nigeria’s President", "olusegun_obasanjo"), ("Obasanjo’s spokesperson", "oluremi_oyo"),
           ("the Togolese leader", "faure_gnassingbe"), ("Africa’s newest leader", "faure_gnassingbe"),
           ("his autocratic father", "gnassingbe_eyadema"), ("the Nigerian leader", "olusegun_obasanjo")],
)

A["dev_14404_garcia_correa_piura"] = dict(
    actors={
        "alan_garcia": ["Alan Garcia", "Garcia"],
        "rafael_correa": ["Rafael Correa", "Correa"],
    },
    meetings=[
        # "Peruvian President Alan Garcia and his Ecuadorian counterpart Rafael Correa on Thursday
        # held talks ..." -> held, 2009-10-22 ("on Thursday" under the dateline "LIMA, Oct. 22"),
        # Piura ("3rd Bilateral Ministerial Cabinet Meeting held in Piura city"). "During the
        # meeting, the two presidents signed six cooperation agreements" is the same meeting.
        M(["alan_garcia", "rafael_correa"], "2009-10-22", "Piura", IP, H,
          "LIMA, Oct. 22 (Xinhua) -- Peruvian President Alan Garcia and his Ecuadorian counterpart Rafael Correa on Thursday held talks which were described by them as \"historical\" following armed confrontation over a century."),
        # Not rows: "the peace agreement signed on Oct. 26, 1998 in ... Brasilia" (a signing with
        # no named signatories); the wars of 1941, 1981 and 1995 (events). Not annotated: Peru,
        # Ecuador, Latin America (states, a region), Lima, Piura, Brasilia, El Oro, Paquisha
        # (places), the Bilateral Ministerial Cabinet Meeting (a meeting format), the agency credit
        # "(Xinhua)" in the dateline. Removed: at the end, the blog's trailer "No comments:" and
        # "Post a Comment". Nothing at the start.
    ],
    roles=[("Peruvian President", "alan_garcia"), ("his Ecuadorian counterpart", "rafael_correa"),
           ("the Peruvian president", "alan_garcia")],
)

A["dev_14405_cimoszewicz_vagnorius_vilnius"] = dict(
    actors={
        "wlodzimierz_cimoszewicz": ["Wlodzimierz Cimoszewicz", "Cimoszewicz"],
        "gediminas_vagnorius": ["Gediminas Vagnorius"],
        "dariusz_rosati": ["Dariusz Rosati", "Rosati"],
        "algirdas_saudargas": ["Algirdas Saudargas"],
        "algirdas_brazauskas": ["Algirdas Brazauskas"],
        "vytautas_landsbergis": ["Vytautas Landsbergis"],
        "polish_lithuanian_intergovernmental_cooperation_council": ["Polish-Lithuanian Intergovernmental Cooperation Council", "The Council"],
        "nato": ["NATO"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "Prime ministers Wlodzimierz Cimoszewicz and Gediminas Vagnorius ... established a
        # Polish-Lithuanian Intergovernmental Cooperation Council at a meeting in Vilnius on
        # September 14 and 15." -> held, date null (a two-day range), Vilnius. "The prime
        # ministers agreed ..." is the same meeting.
        M(["wlodzimierz_cimoszewicz", "gediminas_vagnorius"], None, "Vilnius", IP, H,
          "Prime ministers Wlodzimierz Cimoszewicz and Gediminas Vagnorius, along with ministers of the two governments, established a Polish-Lithuanian Intergovernmental Cooperation Council at a meeting in Vilnius on September 14 and 15."),
        # "Foreign Ministers Dariusz Rosati and Algirdas Saudargas signed agreements ..." -> a
        # signing by the two ministers at the same Vilnius meeting: held, date null, Vilnius;
        # required false (a joint signing, not stated as talks; see the notes).
        M(["dariusz_rosati", "algirdas_saudargas"], None, "Vilnius", IP, H,
          "Foreign Ministers Dariusz Rosati and Algirdas Saudargas signed agreements on establishing joint control of the mutual border and of customs services on that border.", False),
        # "Lithuanian president Algirdas Brazauskas and parliament chairman Vytautas Landsbergis
        # focused on these issues at their meetings with the Polish delegation." -> two meetings
        # (one each) with a counterpart given by role alone ("the Polish delegation"): one-party
        # rows, held, date null, place null (Vilnius is only implied).
        M(["algirdas_brazauskas"], None, None, IP, H,
          "Lithuanian president Algirdas Brazauskas and parliament chairman Vytautas Landsbergis focused on these issues at their meetings with the Polish delegation."),
        M(["vytautas_landsbergis"], None, None, IP, H,
          "Lithuanian president Algirdas Brazauskas and parliament chairman Vytautas Landsbergis focused on these issues at their meetings with the Polish delegation."),
        # Not rows: "The Polish premier and foreign minister told representatives of Lithuania's
        # Polish minority ..." (a meeting with unnamed representatives; the two named Poles are on
        # the same side, so no pair can be formed; see the notes); the Council's future "plenary
        # meetings" (a body's sessions); Rosati's remark (a statement). Not annotated: "ministers
        # of the two governments", "the Polish delegation", "representatives of Lithuania's
        # Polish minority" (unnamed), Poland, Lithuania, Russia (states), Vilnius, Kaunas
        # (places), the four commissions (unnamed subdivisions). Removed: at the end, the last,
        # cut-off sentence ("Earlier this year, Poland and Lithuania set up a Consultative Council
        # at the presidential level and an interparlia"). Nothing at the start. Kept as found: the
        # header "Publication: Monitor Volume: 3 Issue: 172", the dash "countries"–as".
    ],
    roles=[("Lithuanian president", "algirdas_brazauskas"), ("parliament chairman", "vytautas_landsbergis"),
           ("The Polish premier", "wlodzimierz_cimoszewicz"), ("foreign minister", "dariusz_rosati")],
)

A["dev_14406_haughey_mitterrand_call"] = dict(
    actors={
        "charles_haughey": ["Charles Haughey", "Haughey"],
        "francois_mitterrand": ["François Mitterand", "Mitterand"],
        "wilfried_martens": ["Martens"],
        "pj_mara": ["PJ Mara"],
        "raymond_crotty": ["Raymond Crotty"],
        "david_donoghue": ["David Donoghue"],
        "supreme_court_of_ireland": ["Supreme Court"],
        "department_of_foreign_affairs_ireland": ["Department of Foreign Affairs"],
        "european_economic_community": ["EEC"],
    },
    meetings=[
        # "... Haughey spoke to President François Mitterand of France the day after the court
        # decision was announced on April 9th." / "I was present on the afternoon of April 10th
        # when the Taoiseach talked to President Mitterand" -> phone (one of the "round of phone
        # calls with European leaders"), held, 1987-04-10 (the day is written; the year from
        # "spring 1987" and "March 1987"), no place.
        M(["charles_haughey", "francois_mitterrand"], "1987-04-10", None, PH, H,
          "The Department of Foreign Affairs archives reveal Haughey spoke to President François Mitterand of France the day after the court decision was announced on April 9th."),
        # "(speaking on the lines of an earlier conversation with Prime Minister Martens of
        # Belgium)" -> phone (same round of calls; the text does not say "phone" for this one),
        # held, date null ("earlier", before April 10th), no place; required false (see the notes).
        M(["charles_haughey", "wilfried_martens"], None, None, PH, H,
          "“The Taoiseach (speaking on the lines of an earlier conversation with Prime Minister Martens of Belgium) said that he regretted the development, over which he had no control, and that he hoped everything would be in order before the European Council meeting at the end of June.", False),
        # Not rows: "an urgent round of phone calls with European leaders" (a count of calls, no
        # named counterpart); Mara's briefing of "political correspondents" (a briefing); the
        # European Council meeting "at the end of June" (a plenary); the Supreme Court case
        # (a court decision). Not annotated: "European leaders", "political correspondents" (unnamed),
        # Ireland, France, Belgium (states), the Single European Act/SEA (a treaty), the European
        # Council meeting (an event). Removed: at the end, the cut-off fragment "The following
        # mo". Nothing at the start. Kept as found: "Mitterand" (for Mitterrand), "taoiseach" in
        # lower case, the straight and curly quotes, the unclosed opening quote of the Martens
        # sentence, the double blank line before "Just a few months earlier".
    ],
    roles=[("Taoiseach", "charles_haughey"), ("the Taoiseach", "charles_haughey"),
           ("taoiseach", "charles_haughey"), ("French president", "francois_mitterrand"),
           ("The French president", "francois_mitterrand"), ("Prime Minister", "wilfried_martens"),
           ("Government press secretary", "pj_mara"), ("Foreign Affairs official", "david_donoghue"),
           ("the official", "david_donoghue")],
)

A["test_14407_peters_eke_nukualofa"] = dict(
    actors={
        "winston_peters": ["Winston Peters", "Peters"],
        "aisake_valu_eke": ["'Aisake Valu Eke", "Eke"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        # "The two-day stop in Nuku'alofa focused on strengthening ties ..., with Peters meeting
        # with Tonga' Prime Minister 'Aisake Valu Eke and several senior ministers ..." -> held,
        # date null (a two-day stop ending by the page of 12 April 2025), Nuku'alofa. The
        # welcome ("When welcoming Peters ...") and the caption are the same meeting; the "several
        # senior ministers" are unnamed (no rows).
        M(["winston_peters", "aisake_valu_eke"], None, "Nuku'alofa", IP, H,
          "The two-day stop in Nuku'alofa focused on strengthening ties between New Zealand and Tonga, with Peters meeting with Tonga' Prime Minister 'Aisake Valu Eke and several senior ministers to discuss shared priorities including climate change, infrastructure support, and regional security."),
        # Not rows: "en route to Hawai'i ... for high-level talks with US Indo-Pacific officials"
        # (planned talks with unnamed officials); "an opportunity to connect with ... the new
        # Tongan Cabinet" (the same visit; the Cabinet unnamed); the launch of a programme (an
        # event). Not annotated: "a cross-party delegation", "US Indo-Pacific officials", "the
        # new Tongan Cabinet" (unnamed or generic), New Zealand, Tonga, the US (states), Hawai'i,
        # Nuku'alofa (places), the photo credit "RNZ Pacific / Grace Fiavaai". Removed: at the
        # end, the cut-off fragment "Th". Nothing at the start. Kept as found: "Tonga' Prime
        # Minister" (twice), "The New Zealand's Foreign Minister", the two caption lines, the
        # double space after "(L-R)", "......", the unclosed quotes.
    ],
    roles=[("NZ's Foreign Minister", "winston_peters"), ("Tonga' Prime Minister", "aisake_valu_eke"),
           ("New Zealand's Foreign Minister", "winston_peters"), ("Tonga's Prime Minister", "aisake_valu_eke"),
           ("The Tonga prime minister", "aisake_valu_eke"), ("the Foreign Minister", "winston_peters"),
           ("Prime Minister", "aisake_valu_eke")],
)

A["dev_14408_williams_martin_regina"] = dict(
    actors={
        "danny_williams": ["Danny Williams", "Williams"],
        "paul_martin": ["Mr. Martin", "Martin"],
        "jean_chretien": ["Mr. Chr\ufffdtien", "Chr\ufffdtien"],
        "liberal_party_of_canada": ["federal Liberal Party"],
    },
    meetings=[
        # "... the recent gathering of premiers in Regina to meet with the new leader of the
        # governing federal Liberal Party was a very important one." (with Williams's "valuable
        # opportunity to meet ... with the person who will be Canada's next Prime Minister" and
        # "Premier Williams returns from Regina this evening") -> held, date null ("recent"),
        # Regina. One row Williams-Martin: the other premiers are unnamed ("my colleagues in the
        # other provinces"). "Mr. Martin and the premiers discussed ..." is the same meeting.
        M(["danny_williams", "paul_martin"], None, "Regina", IP, H,
          "While not an official first ministers\ufffd meeting, the recent gathering of premiers in Regina to meet with the new leader of the governing federal Liberal Party was a very important one."),
        # Not rows: "the commitment to hold a first ministers' meeting prior to the 2004 federal
        # budget" and "annual first ministers' meetings" (multilateral meetings, no date, no
        # named counterpart pair); Chretien's "commitment" (a promise); the quotes (statements).
        # Not annotated: "my colleagues in the other provinces", "the premiers" (unnamed),
        # "Executive Council" and "Office of the Premier" (the release's header and contact line),
        # the media contact "Elizabeth Matthews" (a contact credit, like a byline), Canada
        # (state), Regina, Ottawa (places; "Ottawa" used for the federal government),
        # Newfoundlanders and Labradorians (people). Removed: at the end, the trailing spaces
        # after the date stamp "2003 11 17". Nothing at the start. Kept as found: the replacement
        # characters "\ufffd" for apostrophes and the "e" of "Chr\ufffdtien".
    ],
    roles=[("Premier", "danny_williams"), ("The premier", "danny_williams"),
           ("the new leader of the governing federal Liberal Party", "paul_martin"),
           ("the person who will be Canada\ufffds next Prime Minister", "paul_martin"),
           ("Prime Minister", "paul_martin")],
)

A["dev_14409_nasheed_rajapaksa_colombo"] = dict(
    actors={
        "mohamed_nasheed": ["Mohamed Nasheed", "Nasheed"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa", "Rajapaksa"],
    },
    meetings=[
        # "... bi-lateral talks between two countries led by the Maldivian President Mohamed
        # Nasheed and Sri Lankan President Mahinda Rajapaksa, held at the Presidential Secretariat
        # today." -> held, 2009-01-02 ("today"; the address's date), Colombo (the Presidential
        # Secretariat, an official building resolved to its city as in ANNOTATION.md; see the
        # notes). "There was a frank exchange of views between the two national leaders" is the
        # same meeting.
        M(["mohamed_nasheed", "mahinda_rajapaksa"], "2009-01-02", "Colombo", IP, H,
          "This was part of the understandings reached in bi-lateral talks between two countries led by the Maldivian President Mohamed Nasheed and Sri Lankan President Mahinda Rajapaksa, held at the Presidential Secretariat today."),
        # Not rows: the thanks and congratulations (statements inside the talks); the planned
        # archaeological survey (a project). Not annotated: Sri Lanka, the Maldives, Ceylon
        # (states), Kilinochchi (a place; "the Kilinochchi Operation" an event), the Presidential
        # Secretariat (a building). Removed: at the start, the page's "|" line; at the end, the
        # last, cut-off sentence ("The opportunities for current Sri Lankan investors in the
        # Maldives to diversify from tourism into other areas was also discuss"). Kept as found:
        # the page's short lines (line breaks inside sentences), "bi-lateral", "between two
        # countries".
    ],
    roles=[("the Maldivian President", "mohamed_nasheed"), ("Sri Lankan President", "mahinda_rajapaksa"),
           ("The Maldivian President", "mohamed_nasheed"), ("the President", "mahinda_rajapaksa")],
)

A["dev_14410_goh_soeharto_jakarta_planned"] = dict(
    actors={
        "goh_chok_tong": ["Goh Chok Tong", "Goh"],
        "soeharto": ["Soeharto"],
        "moerdiono": ["Moerdiono"],
        "asean": ["Association of Southeast Asian Nations"],
        "apec": ["Asia Pacific Economic Cooperation forum"],
    },
    meetings=[
        # "Moerdiono did not mention any specific topic to be discussed by Goh during his meeting
        # with President Soeharto ..." (a "two-day working visit to Indonesia beginning on
        # Thursday"; headline "PM Goh to visit Jakarta") -> planned, date null (no publication
        # date; the meeting's day is not given), Jakarta (the headline's city).
        M(["goh_chok_tong", "soeharto"], None, "Jakarta", IP, P,
          "Moerdiono did not mention any specific topic to be discussed by Goh during his meeting with President Soeharto, adding that the two leaders will likely discuss various bilateral, regional and international matters."),
        # "Soeharto and Goh last met in November at the leadership meeting during the Asia
        # Pacific Economic Cooperation forum in Bogor, near Jakarta." -> held, date null (month
        # only), Bogor; required false (a meeting at a multilateral summit; the text does not say
        # whether it was a separate bilateral; see the notes).
        M(["soeharto", "goh_chok_tong"], None, "Bogor", IP, H,
          "Soeharto and Goh last met in November at the leadership meeting during the Asia Pacific Economic Cooperation forum in Bogor, near Jakarta.", False),
        # Not rows: "the leaders of the Association of Southeast Asian Nations have agreed to
        # periodically schedule informal meetings" (a general arrangement); Moerdiono's
        # statements (announcements). Not annotated: "the leaders" (unnamed), Indonesia (state),
        # Jakarta, Bogor (places), the credit "(JP)" in the dateline, the initials "(emb)" (a
        # byline). Removed: at the start, the site line "Indonesian Political, Business & Finance
        # News" and the first of the page's two title lines; at the end, the site line "View JSON
        # | Print". Kept as found: "Minister/State Secretary", "(emb)".
    ],
    roles=[("Singapore Prime Minister", "goh_chok_tong"), ("Minister/State Secretary", "moerdiono"),
           ("President", "soeharto"), ("PM", "goh_chok_tong")],
)

A["test_14411_battulga_xi_beijing"] = dict(
    actors={
        "khaltmaagiin_battulga": ["Khaltmaagiin Battulga", "Battulga"],
        "xi_jinping": ["Xi Jinping"],
    },
    meetings=[
        # "President of Mongolia Khaltmaagiin Battulga held official talks with President of the
        # People's Republic of China Xi Jinping today in the Great Hall of the People." -> held,
        # 2019-04-25 ("today" on the page of 2019/04/25), Beijing (the Great Hall of the People,
        # an official building resolved to its city as in ANNOTATION.md; the text also has "a
        # state visit to China"). "their third meeting" and "the meeting" are the same meeting.
        M(["khaltmaagiin_battulga", "xi_jinping"], "2019-04-25", "Beijing", IP, H,
          "President of Mongolia Khaltmaagiin Battulga held official talks with President of the People’s Republic of China Xi Jinping today in the Great Hall of the People."),
        # Not rows: "he had met President Battulga two times before" (a count of meetings, no
        # specific one); the Second Belt and Road Forum (a multilateral event); "The sides
        # acknowledged ..." (the same talks). Not annotated: Mongolia, China (states), the Great
        # Hall of the People (a building), the Treaty on Friendly Relations and Cooperation (a
        # treaty). Removed: at the start, the site navigation ("• Home", "• President", "President
        # KHURELSUKH Ukhnaa", "• Contact us", "2025/05/16", "MN", "MNG", "President of Mongolia"
        # and the menu repeated), the first copy of the title and the image line "thumbnail
        # 66EE3BE1-267B-4CA8-9E8A-B635B99B399A66EE3BE1-267B-4CA8-9E8A-B635B99B399A"; at the end,
        # the last, cut-off sentence ("Within the frames of bilateral trade and economic
        # cooperation, it was agreed tha"). Kept as found: the time stamp "2019/04/25 11:55:40",
        # the upper-case title.
    ],
    roles=[("President of Mongolia", "khaltmaagiin_battulga"),
           ("President of the People’s Republic of China", "xi_jinping"),
           ("President Xi Jinping", "xi_jinping")],
)

A["dev_14412_spring_mayhew_london"] = dict(
    actors={
        "dick_spring": ["Dick Spring", "Mr Spring", "Spring"],
        "patrick_mayhew": ["Sir Patrick Mayhew", "Sir Patrick"],
        "ian_paisley": ["Ian Paisley", "Mr Paisley"],
        "james_molyneaux": ["James Molyneaux"],
        "albert_reynolds": ["Albert Reynolds"],
        "ulster_unionist_party": ["Ulster Unionists", "ULSTER UNIONIST"],
        "democratic_unionist_party": ["Democratic Ulster Unionist Party"],
        "irish_labour_party": ["Labour Party"],
        "fianna_fail": ["Fianna Fail"],
    },
    meetings=[
        # "He was speaking after the first meeting of the Anglo-Irish conference in London since
        # the Irish elections." (the intergovernmental conference of the two governments; "The
        # talks were described as 'very successful and congenial' by Sir Patrick Mayhew") -> held,
        # Spring-Mayhew, date null (no day in the text), London.
        M(["dick_spring", "patrick_mayhew"], None, "London", IP, H,
          "He was speaking after the first meeting of the Anglo-Irish conference in London since the Irish elections."),
        # "... Mr Spring said he would be inviting all party leaders, including Ian Paisley and
        # James Molyneaux, to talks without preconditions about location." -> two planned rows
        # (separate bilateral talks), date null, place null; required false (an invitation not
        # yet made or accepted; see the notes).
        M(["dick_spring", "ian_paisley"], None, None, IP, P,
          "In a move to put pressure on the Ulster Unionists, Mr Spring said he would be inviting all party leaders, including Ian Paisley and James Molyneaux, to talks without preconditions about location.", False),
        M(["dick_spring", "james_molyneaux"], None, None, IP, P,
          "In a move to put pressure on the Ulster Unionists, Mr Spring said he would be inviting all party leaders, including Ian Paisley and James Molyneaux, to talks without preconditions about location.", False),
        # Not rows: "the stalled inter-party negotiations" (multi-party talks, no named pair);
        # "ULSTER UNIONIST leaders will be invited to bilateral talks" (the same invitation,
        # leaders unnamed); Paisley's "precondition" (a demand). Not annotated: "all party
        # leaders", "the party leaders", "the democratic parties in Ulster" (generic), Northern
        # Ireland, Ulster (regions), London (a place), the Irish constitution (a document), the
        # Anglo-Irish conference (a meeting format), the byline "Colin Brown,Political
        # Correspondent". Removed: at the end, the site's comment block ("Join our commenting
        # forum", "Join thought-provoking conversations, ...", "Comments", "Thank you for
        # registering", "Please refresh the page or navigate to another page on the site to be").
        # Nothing at the start. Kept as found: the byline line without space after the comma, the
        # line "Comments" under the date line, the single quotes.
    ],
    roles=[("the Irish foreign minister", "dick_spring"),
           ("Secretary of State for Northern Ireland", "patrick_mayhew"),
           ("the Irish deputy prime minister", "dick_spring"),
           ("leader of the Democratic Ulster Unionist Party", "ian_paisley"),
           ("leader of the Labour Party", "dick_spring")],
)
