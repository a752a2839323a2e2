"""Accuracy corpus, batch 19b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 480 articles, batches
1-18b; batch 19a not yet present: in the 2000s Middle East, North America, Oceania, South Asia and
Western Europe had 8, the other six regions 9; in the 2010s Africa, Central Asia/Caucasus, Middle
East, Oceania and South Asia had 9, the other six 8; in the 2020s Africa had 10, the Middle East,
North America, Southeast Asia and Western Europe 9, the other six 8) and spread over all eleven
regions (Middle East, Western Europe, North America, South Asia 2000s; Africa, Southeast Asia,
Latin America, Eastern Europe/Russia 2010s; Central Asia/Caucasus, East Asia, Oceania, South Asia
2020s). Every slot went to an 8-cell except Africa, which has no 8-cell in these decades (taken in
the 2010s, a 9-cell); South Asia twice (2000s and 2020s). Every outlet is new to the corpus as a
site: Daily News Egypt, 4NI, ABC News (US), Sri Lanka Guardian, Malawi24, reuters.com (Reuters
was in the corpus only as a wire credit in other outlets' pages), Andina, ERR News, MENAFN (an
AzerNews report), Yonhap's English site (Yonhap was in the corpus only as a credit in a Korea
Herald page), Fiji Sun and Khabarhub. Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run
on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_19b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-18b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_37NN_<slug>` / `test_37NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL has 2006/12/27 (a Wednesday): "told the press Tuesday"
    # (2006-12-26) dates a statement, "which began Wednesday" a trip; "the Dec. 23 meeting" takes
    # the year of publication.
    ("dev_3701_olmert_mubarak_sharm_planned", "Middle East", "2000s", "Daily News Egypt (dailynewsegypt.com; cites The Daily Star Egypt)", "https://dailynewsegypt.com/2006/12/27/mubarak-to-meet-olmert-in-sharm", "2006-12-27"),
    # Date line "23/01/2003" (a Thursday): "today" = 2003-01-23.
    ("dev_3702_ahern_blair_trimble_london", "Western Europe", "2000s", "4NI (4ni.co.uk)", "https://4ni.co.uk/northern-ireland-news/5897/ahern-and-blair-begin-critical-peace-drive", "2003-01-23"),
    # Date line "Nov 17, 2008 2:37pm" (a Monday, as the URL's 2008/11): "Monday" and "today's
    # meeting" = 2008-11-17.
    ("test_3703_obama_mccain_chicago", "North America", "2000s", "ABC News (abcnews.go.com, politics blog)", "http://abcnews.go.com/blogs/politics/2008/11/mccain-and-obam/", "2008-11-17"),
    # Dateline "(June 20, Colombo, Sri Lanka Guardian)" with the URL's 2008/06: 2008-06-20 (a
    # Friday), as "arrived here Friday morning"; "few minuets ago" is the same day.
    ("dev_3704_indian_team_gotabhaya_colombo", "South Asia", "2000s", "Sri Lanka Guardian (srilankaguardian.org)", "http://srilankaguardian.org/2008/06/why-indian-delegation-in-colombo-now.html", "2008-06-20"),
    # No date line in the excerpt; the search result's date and the URL are 2017-02-01 (a
    # Wednesday). No meeting day is given in the text.
    ("dev_3705_mutharika_lungu_magufuli_au", "Africa", "2010s", "Malawi24 (malawi24.com)", "https://malawi24.com/2017/02/01/mutharika-lungu-hold-bilateral-talks-au/", "2017-02-01"),
    # Date line "November 30, 2015 / 6:28 AM" (a Monday; the search result's date is the same):
    # "on Wednesday" = 2015-12-02.
    ("dev_3706_suu_kyi_thein_sein_min_aung_hlaing_planned", "Southeast Asia", "2010s", "Reuters (reuters.com)", "http://www.reuters.com/article/us-myanmar-politics-idUSKBN0TJ0EY20151130", "2015-11-30"),
    # Dateline "09:52 | Puno, Jun. 23." and "Published: 6/23/2015" (a Tuesday).
    ("test_3707_humala_morales_puno", "Latin America", "2010s", "Andina (andina.pe, English service)", "https://andina.pe/ingles/noticia-peru-bolivia-presidents-get-together-for-1st-binational-cabinet-in-puno-562099.aspx", "2015-06-23"),
    # No date line in the excerpt; the search result's date is 2019-02-04 (a Monday): "on
    # Monday" = 2019-02-04.
    ("dev_3708_ratas_karins_skvernelis_riga", "Eastern Europe/Russia", "2010s", "ERR News (news.err.ee)", "https://news.err.ee/907279/prime-minister-to-meet-with-baltic-counterparts-in-riga", "2019-02-04"),
    # No date line in the excerpt; the search result's date is 2023-12-11 (a Monday). The
    # reception is not dated in the text (see the notes).
    ("dev_3709_aliyev_papuashvili_garibashvili", "Central Asia/Caucasus", "2020s", "MENAFN (menafn.com; an AzerNews report)", "https://menafn.com/1107570125/President-Ilham-Aliyev-Receives-Delegation-Headed-By-Speaker-Of-Georgian-Parliament", "2023-12-11"),
    # Date line "16:06 March 09, 2023" and dateline "SEOUL, March 9" (a Thursday, as "said
    # Thursday"); the caption's "Sept. 21, 2022" is explicit.
    ("dev_3710_yoon_kishida_japan_planned", "East Asia", "2020s", "Yonhap News Agency (en.yna.co.kr)", "https://en.yna.co.kr/view/AEN20230309007900315", "2023-03-09"),
    # Date line "Wednesday 10 September 2025 | 11:30" (2025-09-10 was a Wednesday). No meeting
    # day is given ("Earlier this week" is a range).
    ("test_3711_rabuka_pif_bilaterals_honiara", "Oceania", "2020s", "Fiji Sun (fijisun.com.fj)", "https://fijisun.com.fj/news/pacific/prime-minister-rabuka-to-leave-forum-early-minister-takes-over", "2025-09-10"),
    # Date lines "06 March 2024" and "Publish Date : 06 March 2024 10:10 AM" (a Wednesday; the
    # site's own date line "Sunday, December 22nd, 2024" was removed): "today" = 2024-03-06.
    ("dev_3712_dahal_oli_khanal_lamichhane_baluwatar", "South Asia", "2020s", "Khabarhub (english.khabarhub.com)", "https://english.khabarhub.com/2024/06/344511/!", "2024-03-06"),
]

A = {}

_AG = ("An Egyptian diplomatic source told The Daily Star Egypt “[Abul Gheit] will meet Olmert and [Israeli Minister for Foreign Affairs Tzipi] Livni and a couple of other politicians to discuss the Palestinian issue.")
A["dev_3701_olmert_mubarak_sharm_planned"] = dict(
    actors={
        "ehud_olmert": ["Ehud Olmert", "Olmert"],
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "ahmed_aboul_gheit": ["Ahmed Abul Gheit", "Abul Gheit"],
        "tzipi_livni": ["Livni"],
        "mahmoud_abbas": ["Mahmoud Abbas"],
        "mohammed_bassiouny": ["Mohammed Bassiouny"],
        "the_daily_star_egypt": ["The Daily Star Egypt"],
        "quartet_on_the_middle_east": ["Quartet on the Middle East"],
        "european_union": ["European Union"],
        "united_nations": ["United Nations"],
        "shura_council_egypt": ["Shura Council"],
        "national_security_committee_shura_council": ["National Security Committee"],
    },
    meetings=[
        # "Olmert will meet with Egyptian President Hosni Mubarak in Sharm El Sheikh next week"
        # (the headline, "Mubarak and Olmert are expected to hold talks", "Olmert's visit": the
        # same) -> planned, date null ("next week"; "The exact date ... will be decided"), Sharm
        # El Sheikh.
        M(["ehud_olmert", "hosni_mubarak"], None, "Sharm El Sheikh", IP, P,
          "CAIRO: Israeli Prime Minister Ehud Olmert will meet with Egyptian President Hosni Mubarak in Sharm El Sheikh next week an Israeli official told the press Tuesday."),
        # "[Abul Gheit] will meet Olmert and [... Tzipi] Livni and a couple of other politicians"
        # (during his "current trip to Israel") -> two planned meetings (a list of people to be
        # met, as dev_032 and 18b's dev_3501; no Olmert-Livni pair: the same government), date
        # null, Israel (the trip's country; no city is named).
        M(["ahmed_aboul_gheit", "ehud_olmert"], None, "Israel", IP, P, _AG),
        M(["ahmed_aboul_gheit", "tzipi_livni"], None, "Israel", IP, P, _AG),
        # "the Dec. 23 meeting between Olmert and Palestinian President Mahmoud Abbas" -> held,
        # 2006-12-23 (day and month, the year of publication), place null (not given).
        M(["ehud_olmert", "mahmoud_abbas"], "2006-12-23", None, IP, H,
          "Abul Gheit had recently welcomed the Dec. 23 meeting between Olmert and Palestinian President Mahmoud Abbas, considering it a positive step in the direction of rebuilding trust between the two sides."),
        # Not rows: "a couple of other politicians" (unnamed); Bassiouny "told The Daily Star
        # Egypt" (an interview) and "Egyptian officials are in contact with both ... sides"
        # (unnamed, no specific contact); the Quartet's decision (a decision of an organisation).
        # Removed: the site's "3 Min Read" label and the cut-off last paragraph ("“We must have a
        # new government which will adhere to the wishes of the inte"). Kept as on the page: the
        # byline "Abdel-Rahman Hussein" (not an actor), the missing full stop after "forward",
        # the unclosed quotation marks and the bracketed insertions "[Abul Gheit]" and "[Israeli
        # Minister for Foreign Affairs Tzipi]" (so "Tzipi Livni" never stands together: alias
        # "Livni" only).
    ],
    roles=[("Israeli Prime Minister", "ehud_olmert"), ("Egyptian President", "hosni_mubarak"),
           ("Egyptian Foreign Minister", "ahmed_aboul_gheit"),
           ("Israeli Minister for Foreign Affairs", "tzipi_livni"), ("Palestinian President", "mahmoud_abbas"),
           ("Former Ambassador to Israel", "mohammed_bassiouny"), ("the former ambassador", "mohammed_bassiouny")],
)

A["dev_3702_ahern_blair_trimble_london"] = dict(
    actors={
        "bertie_ahern": ["Bertie Ahern", "Mr Ahern", "Ahern"],
        "tony_blair": ["Tony Blair", "Mr Blair", "Blair"],
        "david_trimble": ["David Trimble", "Mr Trimble"],
        "ira": ["IRA"],
        "northern_ireland_office": ["Northern Ireland Office"],
    },
    meetings=[
        # "his talks with the Prime Minister Tony Blair in Downing Street" ("talks held in London
        # today", the headline's "Ahern and Blair begin critical peace drive", "his meeting with
        # Mr Blair": the same) -> held, 2003-01-23 (the date line's "today"), London (the text's
        # city; Downing Street is the venue).
        M(["bertie_ahern", "tony_blair"], "2003-01-23", "London", IP, H,
          "Irish Taoiseach Bertie Ahern has described his talks with the Prime Minister Tony Blair in Downing Street as the starting point in a drive to resolve the issues of police reform, demilitarisation and decommissioning."),
        # "Mr Ahern also met with the former First Minister David Trimble today before his meeting
        # with Mr Blair" ("speaking after this meeting", "the Irish Prime Minister told him": the
        # same) -> held, 2003-01-23, place null (the text does not say where; see the notes).
        M(["bertie_ahern", "david_trimble"], "2003-01-23", None, IP, H,
          "Mr Ahern also met with the former First Minister David Trimble today before his meeting with Mr Blair."),
        # Not rows: "the two governments had no deal" and "the Governments believed" (no named
        # people); Ahern and Trimble "said" (statements). Removed: the author tag "(AMcE)" and,
        # after it, the page's repeated start of the story ("Speaking after talks held in London
        # today, ... to have a rea"), a duplicate cut off mid-word. The date line "23/01/2003"
        # and the headline line are kept as on the page.
    ],
    roles=[("Irish Taoiseach", "bertie_ahern"), ("the Prime Minister", "tony_blair"),
           ("the former First Minister", "david_trimble"), ("The Upper Bann MP", "david_trimble"),
           ("the Irish Prime Minister", "bertie_ahern")],
)

A["test_3703_obama_mccain_chicago"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "Obama"],
        "john_mccain": ["John McCain", "McCain"],
        "rahm_emanuel": ["Rahm Emanuel"],
        "lindsey_graham": ["Lindsey Graham"],
        "white_house": ["White House"],
    },
    meetings=[
        # "President-elect Barack Obama Monday welcomed the man he defeated, Sen. John McCain ...
        # to a meeting at his transition headquarters in downtown Chicago" (the headline, "the
        # meeting, which clocked in at under an hour", "today's meeting": the same) -> held,
        # 2008-11-17 (the Monday of the date line), Chicago.
        M(["barack_obama", "john_mccain"], "2008-11-17", "Chicago", IP, H,
          "Less than two weeks after Election Day, President-elect Barack Obama Monday welcomed the man he defeated, Sen. John McCain, R-Ariz., to a meeting at his transition headquarters in downtown Chicago."),
        # "since McCain phoned Obama to concede" -> held, phone, date null (Election Day is not
        # dated in the text), place null; required (one specific call).
        M(["john_mccain", "barack_obama"], None, None, PH, H,
          "It was the first time the two had spoken since McCain phoned Obama to concede."),
        # Not rows: "Joining the lawmakers at today's meeting were ... Rahm Emanuel ... and ...
        # Lindsey Graham" (each joins his own side's principal: present at the meeting, not
        # participants, as ANNOTATION.md's "accompany / be present / sit in on"; see the notes);
        # the joint statement; Obama "told reporters" and McCain "replied" (press remarks); the
        # sources "close to" each man (unnamed). Removed: the cut-off last fragment ("The two had
        # worked well together negotiating the presidential debates, and h"). The byline "By
        # Lindsey Ellerson" is kept (not an actor).
    ],
    roles=[("President-elect", "barack_obama"), ("the man he defeated", "john_mccain"),
           ("the Arizona Republican", "john_mccain"), ("the man he lost to", "barack_obama"),
           ("the Republican", "john_mccain"), ("incoming White House Chief of Staff", "rahm_emanuel"),
           ("McCain’s good friend and colleague", "lindsey_graham")],
)

_IT = ("Soon after arrival, the Indian team held talks with Defence Secretary Gothabhaya Rajapakse at the Ministry of Defence in Colombo few minuets ago.")
_SM = ("\"The delegation is scheduled to meet President Rajapakse and other key officials of the Sri Lankan Government,\" sources said, declining details.")
_TEAM = ["m_k_narayanan", "shiv_shankar_menon", "vijay_singh"]
A["dev_3704_indian_team_gotabhaya_colombo"] = dict(
    actors={
        "m_k_narayanan": ["M.K. Narayanan", "Narayanan"],
        "shiv_shankar_menon": ["Shivshankar Menon"],
        "vijay_singh": ["Vijay Singh"],
        "gotabaya_rajapaksa": ["Gothabhaya Rajapakse"],
        "mahinda_rajapaksa": ["Mahinda Rajapakse"],
        "manmohan_singh": ["Dr. Manmohan Singh", "Manmohan Singh"],
        "rohitha_bogollagama": ["Rohitha Bogollagama"],
        "saarc": ["South Asian Association for Regional Cooperation", "SAARC"],
    },
    meetings=[
        # "the Indian team held talks with Defence Secretary Gothabhaya Rajapakse at the Ministry
        # of Defence in Colombo few minuets ago" ("The meeting was cordial": the same); the team
        # is the delegation "headed by ... M.K. Narayanan", accompanied by Menon and Vijay Singh
        # ("The three officials", "The three arrived") -> three rows, each member with Gotabhaya,
        # held, 2008-06-20 (the dateline's day, "arrived here Friday morning"), Colombo. No pairs
        # inside the delegation (see the notes).
    ] + [M([x, "gotabaya_rajapaksa"], "2008-06-20", "Colombo", IP, H, _IT) for x in _TEAM] + [
        # "The delegation is scheduled to meet President Rajapakse and other key officials" ->
        # three planned rows, each member with Mahinda Rajapakse ("Sri Lankan President Mahinda
        # Rajapakse" above), date null (the "two-day visit"; no day is given), Colombo (the
        # visit's city: "arrived here" under the Colombo dateline).
    ] + [M([x, "mahinda_rajapaksa"], None, "Colombo", IP, P, _SM) for x in _TEAM] + [
        # "At the Colombo summit, he [Manmohan Singh] will hand over the baton to Sri Lankan
        # President Mahinda Rajapakse" -> planned, date null (the summit opens "on August 1"; the
        # hand-over's day is not given), Colombo; optional (the hand-over of the SAARC chair is a
        # ceremony of a multilateral summit, not talks).
        M(["manmohan_singh", "mahinda_rajapaksa"], None, "Colombo", IP, P,
          "At the Colombo summit, he will hand over the baton to Sri Lankan President Mahinda Rajapakse.", False),
        # Not rows: "other key officials of the Sri Lankan Government" (unnamed); "a visit to New
        # Delhi by Sri Lanka Foreign Minister Rohitha Bogollagama, earlier in the week" (a trip
        # with no host named); "an Indian diplomat told the media" (a statement); "the ongoing
        # consultations between Sri Lanka and India" (governments); the SAARC summit itself.
        # Removed: the page's pull quote above the byline (a quoted copy of the paragraph "Soon
        # after arrival, ... it is learnt.") with its rule line "____________________", and the
        # cut-off last sentence ("Bogollagama was in India, to extend the customary invitation for
        # Prime Minister Singh"). The excerpt has no headline (it opens with the pull quote); none
        # was made up. Kept: "few minuets ago", "vis-a-vis", the byline "by Nilantha Ilangamuwa in
        # Colombo" (not an actor).
    ],
    roles=[("National Security Advisor", "m_k_narayanan"), ("Foreign Secretary", "shiv_shankar_menon"),
           ("The Indian Prime Minister", "manmohan_singh"), ("the outgoing Chairman of SAARC", "manmohan_singh"),
           ("Sri Lankan President", "mahinda_rajapaksa"), ("President Rajapakse", "mahinda_rajapaksa"),
           ("Sri Lanka Foreign Minister", "rohitha_bogollagama")],
)

A["dev_3705_mutharika_lungu_magufuli_au"] = dict(
    actors={
        "peter_mutharika": ["Peter Mutharika", "Mutharika"],
        "edgar_lungu": ["Edgar Chagwa Lungu", "Lungu"],
        "john_magufuli": ["John Mugufuli"],
        "african_union": ["African Union", "AU"],
    },
    meetings=[
        # "Mutharika held an audience with Zambian President Edgar Chagwa Lungu at African Union
        # (AU) headquarters in Addis Ababa" ("I met with President Lungu", "the discussion": the
        # same) -> held, date null (no day is given), Addis Ababa.
        M(["peter_mutharika", "edgar_lungu"], None, "Addis Ababa", IP, H,
          "Malawi President Peter Mutharika held an audience with Zambian President Edgar Chagwa Lungu at African Union (AU) headquarters in Addis Ababa where they discussed various issues for the benefit of people of the two countries."),
        # "Apart from Lungu, Mutharika also met President John Mugufuli of Tanzania" -> held, date
        # null, Addis Ababa (the occasion of the report: "Apart from Lungu ... also"; see the
        # notes).
        M(["peter_mutharika", "john_magufuli"], None, "Addis Ababa", IP, H,
          "Apart from Lungu, Mutharika also met President John Mugufuli of Tanzania where they discussed issues on how to strengthen relations between the two countries."),
        # Not rows: "Writing on his Facebook page" (a post; Facebook not annotated, as in 12b);
        # Mutharika "said" / "added" (statements). Removed: the search tool's " date 2017-02-01"
        # prefix. The excerpt has no headline (it opens with the body); none was made up.
        # "Mugufuli" is kept as written and keyed `john_magufuli`.
    ],
    roles=[("Malawi President", "peter_mutharika"), ("Zambian President", "edgar_lungu"),
           ("The Malawi leader", "peter_mutharika")],
)

_SK = ("YANGON (Reuters) - Myanmar opposition leader Aung San Suu Kyi will meet President Thein Sein and military chief Min Aung Hlaing on Wednesday, their first meeting since she won an historic election earlier this month, a senior government official told Reuters.")
A["dev_3706_suu_kyi_thein_sein_min_aung_hlaing_planned"] = dict(
    actors={
        "aung_san_suu_kyi": ["Aung San Suu Kyi", "Suu Kyi"],
        "thein_sein": ["Thein Sein"],
        "min_aung_hlaing": ["Min Aung Hlaing"],
        "national_league_for_democracy": ["National League for Democracy", "NLD"],
        "reuters": ["Reuters"],
    },
    meetings=[
        # "Suu Kyi will meet President Thein Sein and military chief Min Aung Hlaing on Wednesday"
        # (the headline "to meet president, military chief on Wednesday": the same) -> planned,
        # 2015-12-02 (the Wednesday after the Monday of the date line), place null (the text
        # names no venue; Naypyitaw is in the caption of an earlier arrival only). Suu Kyi with
        # each: required. Whether it is one meeting of three or two meetings is not said: the
        # Thein Sein-Min Aung Hlaing pair is optional (see the notes).
        M(["aung_san_suu_kyi", "thein_sein"], "2015-12-02", None, IP, P, _SK),
        M(["aung_san_suu_kyi", "min_aung_hlaing"], "2015-12-02", None, IP, P, _SK),
        M(["thein_sein", "min_aung_hlaing"], "2015-12-02", None, IP, P, _SK, False),
        # Not rows: the caption's "arrives for Myanmar's first parliament meeting" (a sitting of
        # parliament); "invited the military chief and the president to meet just days after the
        # Nov. 8 election" (the invitation of the meeting above); "a senior government official
        # told Reuters" (a statement; Reuters is annotated as the cited source). Removed: the
        # search tool's " date 2015-11-30" prefix, the site's navigation and link lines ("Financial
        # Government Solutions ...", "Directory of sites", "Login", "Contact", "Support", "Reuters
        # logo", the "Sections" block with three unrelated headlines, the edition list, "#World
        # News"), the first copy of the headline, the "2 Min Read" label and the cut-off last
        # sentence ("The NLD will be the dominant party when Myanmar's new parliament sits in
        # Feb"). Kept: the date line as shown ("November 30, 2015 / 6:28 AM / 2 years ago"), the
        # photo credit "REUTERS/Soe Zeya Tun" and the byline "Aung Hla Tun" (not actors).
    ],
    roles=[("Myanmar opposition leader", "aung_san_suu_kyi"),
           ("National League for Democracy (NLD) party leader", "aung_san_suu_kyi"),
           ("a former political prisoner", "aung_san_suu_kyi"), ("the military chief", "min_aung_hlaing"),
           ("the president", "thein_sein")],
)

A["test_3707_humala_morales_puno"] = dict(
    actors={
        "ollanta_humala": ["Ollanta Humala", "Humala"],
        "evo_morales": ["Evo Morales", "Mr. Morales", "Morales"],
        "cabinet_of_peru": ["Peru’s Ministerial Cabinet"],
    },
    meetings=[
        # "Humala and his Bolivian counterpart Evo Morales arrived in Puno, Peru to hold a
        # presidential meeting" ("Later, the two presidents were gathered in a private meeting",
        # the headline's "get together": the same) -> held (the private meeting is reported as
        # having begun), 2015-06-23 (the dateline's day), Puno.
        M(["ollanta_humala", "evo_morales"], "2015-06-23", "Puno", IP, H,
          "Peruvian President Ollanta Humala and his Bolivian counterpart Evo Morales arrived in Puno, Peru to hold a presidential meeting and chair the first ministerial meeting to discuss issues facing border regions."),
        # Caption: "Humala met his Bolivian counterpart Evo Morales in Cusco" -> held, date null,
        # Cusco; optional (a caption that contradicts the story's place: a file photo of an
        # earlier meeting or a caption error; see the notes).
        M(["ollanta_humala", "evo_morales"], None, "Cusco", IP, H,
          "Peruvian President Ollanta Humala met his Bolivian counterpart Evo Morales in Cusco.", False),
        # Not rows: "Peru's Ministerial Cabinet greeted Mr. Morales. Bolivians ministers did the
        # same with President Humala" (greetings by whole cabinets, no named person); the
        # binational cabinet ("the first ministerial meeting", the same two presidents chairing
        # ministers: the presidents' row above); the signing, official photo and press conference
        # (acts of the same meeting). Nothing removed beyond whitespace; "Photo: ANDINA/Prensa
        # Presidencia" is the photo credit (not actors). Kept as on the page: "Bolivians
        # ministers", "Cabinet-led Cabinet", "axes: ... and; Infrastructure".
    ],
    roles=[("Peruvian President", "ollanta_humala"), ("his Bolivian counterpart", "evo_morales")],
)

_RK = ("Mr Ratas will meet Latvia's new prime minister, Krišjānis Kariņš, and Lithuanian Prime Minister Saulius Skvernelis in Riga to discuss the Latvian presidency of the Baltic Council of Ministers, issues concerning the European Union and Brexit, the digital single market, and matters touching on the EU's long-term budget strategy.")
_SA = ("The prime ministers will also meet with the director of the NATO Strategic Communications Centre of Excellence in Riga, Jānis Sārts.")
A["dev_3708_ratas_karins_skvernelis_riga"] = dict(
    actors={
        "juri_ratas": ["Jüri Ratas", "Mr Ratas", "Ratas"],
        "krisjanis_karins": ["Krišjānis Kariņš"],
        "saulius_skvernelis": ["Saulius Skvernelis"],
        "janis_sarts": ["Jānis Sārts"],
        "baltic_council_of_ministers": ["Baltic Council of Ministers"],
        "european_union": ["European Union", "EU"],
        "nato_strategic_communications_centre_of_excellence": ["NATO Strategic Communications Centre of Excellence"],
    },
    meetings=[
        # "Mr Ratas will meet Latvia's new prime minister, Krišjānis Kariņš, and Lithuanian Prime
        # Minister Saulius Skvernelis in Riga" ("is meeting with his Latvian and Lithuanian
        # colleagues in Riga on Monday", "His meeting with the new Latvian head of government",
        # "The meeting will also discuss": the same) -> one meeting of three heads of government:
        # three pair rows (the guide's pair rule), planned (announced: "will meet"), 2019-02-04
        # (the Monday of publication), Riga.
        M(["juri_ratas", "krisjanis_karins"], "2019-02-04", "Riga", IP, P, _RK),
        M(["juri_ratas", "saulius_skvernelis"], "2019-02-04", "Riga", IP, P, _RK),
        M(["krisjanis_karins", "saulius_skvernelis"], "2019-02-04", "Riga", IP, P, _RK),
        # "The prime ministers will also meet with the director of the NATO Strategic
        # Communications Centre of Excellence in Riga, Jānis Sārts" -> the three prime ministers
        # with Sārts: three planned rows (the pairs among the prime ministers are the rows
        # above), 2019-02-04 (the same Riga visit: "Mr Ratas is expected to be back in Tallinn on
        # Monday evening"), Riga.
        M(["juri_ratas", "janis_sarts"], "2019-02-04", "Riga", IP, P, _SA),
        M(["krisjanis_karins", "janis_sarts"], "2019-02-04", "Riga", IP, P, _SA),
        M(["saulius_skvernelis", "janis_sarts"], "2019-02-04", "Riga", IP, P, _SA),
        # Not rows: Ratas "said" (a statement); "the Latvian presidency of the Baltic Council of
        # Ministers" (a function). Removed: the search tool's " date 2019-02-04" prefix. The
        # excerpt has no headline (it opens with the body); none was made up.
    ],
    roles=[("Latvia's new prime minister", "krisjanis_karins"), ("the new Latvian prime minister", "krisjanis_karins"),
           ("the new Latvian head of government", "krisjanis_karins"),
           ("Lithuanian Prime Minister", "saulius_skvernelis"),
           ("the director of the NATO Strategic Communications Centre of Excellence", "janis_sarts")],
)

A["dev_3709_aliyev_papuashvili_garibashvili"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev"],
        "shalva_papuashvili": ["Shalva Papuashvili"],
        "irakli_garibashvili": ["Garibashvili"],
        "heydar_aliyev": ["Heydar Aliyev"],
        "eduard_shevardnadze": ["Eduard Shevardnadze"],
        "parliament_of_georgia": ["Parliament of Georgia"],
        "milli_majlis": ["Milli Majlis"],
    },
    meetings=[
        # "Ilham Aliyev has received a delegation led by Chairman of the Parliament of Georgia
        # Shalva Papuashvili" (the whole report: the same) -> held, date null (the text gives no
        # day; see the notes), Azerbaijan ("Shalva Papuashvili's visit to Azerbaijan"; no city is
        # given for the reception). The delegation's members are not named.
        M(["ilham_aliyev", "shalva_papuashvili"], None, "Azerbaijan", IP, H,
          "President of the Republic of Azerbaijan Ilham Aliyev has received a delegation led by Chairman of the Parliament of Georgia Shalva Papuashvili."),
        # "his meeting with Irakli Garibashvili during the SPECA Summit held in Baku" -> held,
        # date null, Baku; required (a meeting of the pair on a summit's sidelines).
        M(["ilham_aliyev", "irakli_garibashvili"], None, "Baku", IP, H,
          "The head of state noted the role of his regular meetings with the Georgian Prime Minister, including his meeting with Irakli Garibashvili during the SPECA Summit held in Baku, where the latter was invited by the President of Azerbaijan as a guest of honor, in strengthening bilateral ties."),
        # Not rows: "his regular meetings with the Georgian Prime Minister" (a count); Papuashvili's
        # "visit to Azerbaijan this May, where he participated in the special session ... at the
        # Milli Majlis" (a parliamentary session, no person met named); the role of Heydar Aliyev
        # and Shevardnadze (history). Removed: the search tool's " date 2023-12-11" prefix and the
        # cut-off last sentence ("The Minister highlighted the importance of projects implemented
        # by the"). Kept: the page's hard line breaks inside sentences (evidence joins them with a
        # space) and the agency tag "(MENAFN- AzerNews)" (not actors). Because of those breaks,
        # "Irakli Garibashvili", "Great Leader" and "former President of Georgia" never stand on
        # one line: alias "Garibashvili" only, and those role phrases are not listed.
    ],
    roles=[("President of the Republic of Azerbaijan", "ilham_aliyev"),
           ("Chairman of the Parliament of Georgia", "shalva_papuashvili"), ("The head of state", "ilham_aliyev"),
           ("the Georgian Prime Minister", "irakli_garibashvili"), ("the President of Azerbaijan", "ilham_aliyev"),
           ("The Chairman of the Georgian Parliament", "shalva_papuashvili"), ("National Leader", "heydar_aliyev")],
)

A["dev_3710_yoon_kishida_japan_planned"] = dict(
    actors={
        "yoon_suk_yeol": ["Yoon Suk Yeol", "Yoon"],
        "fumio_kishida": ["Fumio Kishida"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # "Yoon Suk Yeol will visit Japan next week for a summit with Prime Minister Fumio
        # Kishida" (the headline: the same) -> planned, date null (the trip is "from March 16-17";
        # the summit's day is not given), Japan (no city is named).
        M(["yoon_suk_yeol", "fumio_kishida"], None, "Japan", IP, P,
          "SEOUL, March 9 (Yonhap) -- President Yoon Suk Yeol will visit Japan next week for a summit with Prime Minister Fumio Kishida, the presidential office said Thursday."),
        # Caption: "prior to their talks in New York on Sept. 21, 2022, as they meet on the
        # sidelines of the U.N. General Assembly" -> held, 2022-09-21, New York.
        M(["yoon_suk_yeol", "fumio_kishida"], "2022-09-21", "New York", IP, H,
          "In this file photo, South Korean President Yoon Suk Yeol (L) and Japanese Prime Minister Fumio Kishida pose for a photo prior to their talks in New York on Sept. 21, 2022, as they meet on the sidelines of the U.N. General Assembly."),
        # Not rows: "at the invitation of the Japanese government" (an invitation, the visit
        # above); South Korea's announcement "on Monday" (a decision); the U.N. General Assembly
        # itself. Removed: the section label "All News" before the date line. "(Yonhap)" in the
        # dateline and after the caption is the agency and photo credit (not an actor).
    ],
    roles=[("South Korean President", "yoon_suk_yeol"), ("Japanese Prime Minister", "fumio_kishida")],
)

_RL = ("He met his New Zealand counterpart, Christopher Luxon, Australian Prime Minister, Anthony Albanese, and Vanuatu Prime Minister, Jotham Napat.")
_RH = ("Earlier this week, he held talks with the Marshall Islands President, Hilde Heine, and Solomon Islands Prime Minister, Jeremiah Manele.")
A["test_3711_rabuka_pif_bilaterals_honiara"] = dict(
    actors={
        "sitiveni_rabuka": ["Sitiveni Rabuka", "Mr Rabuka", "Rabuka"],
        "christopher_luxon": ["Christopher Luxon"],
        "anthony_albanese": ["Anthony Albanese"],
        "jotham_napat": ["Jotham Napat"],
        "hilde_heine": ["Hilde Heine"],
        "jeremiah_manele": ["Jeremiah Manele"],
        "filipe_tuisawau": ["Ro Filipe Tuisawau"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        # "Mr Rabuka held several bilateral meetings on the margins of the PIFLM": "He met his New
        # Zealand counterpart, Christopher Luxon, Australian Prime Minister, Anthony Albanese, and
        # Vanuatu Prime Minister, Jotham Napat" -> three separate bilaterals (no pairs among the
        # three), held, date null (no day is given), Honiara (the PIFLM's city: the caption's
        # "leaders plenary meeting in Honiara", Tuisawau "arrived in Honiara today" to take
        # Rabuka's seat in it).
        M(["sitiveni_rabuka", "christopher_luxon"], None, "Honiara", IP, H, _RL),
        M(["sitiveni_rabuka", "anthony_albanese"], None, "Honiara", IP, H, _RL),
        M(["sitiveni_rabuka", "jotham_napat"], None, "Honiara", IP, H, _RL),
        # "Earlier this week, he held talks with the Marshall Islands President, Hilde Heine, and
        # Solomon Islands Prime Minister, Jeremiah Manele" -> two separate talks (no Heine-Manele
        # pair), held, date null ("Earlier this week": a range), Honiara.
        M(["sitiveni_rabuka", "hilde_heine"], None, "Honiara", IP, H, _RH),
        M(["sitiveni_rabuka", "jeremiah_manele"], None, "Honiara", IP, H, _RH),
        # Not rows: "will not be part of the Pacific leaders retreat to Munda" (a multilateral
        # retreat he will not attend); Tuisawau taking over "his seat in the ... Leaders Meeting"
        # (a plenary); "heading to Israel to open Fiji's embassy in Jerusalem" (no counterpart);
        # the PIFLM and its communique (multilateral). Removed: the site's "Related stories"
        # label. Kept: the standfirst under the headline, which the body repeats word for word
        # (as on the page), and the photo credit "Photo: Pacific Islands Forum" (the Forum is an
        # actor through the body's "Pacific Islands Forum Leaders Meeting").
    ],
    roles=[("his New Zealand counterpart", "christopher_luxon"), ("Australian Prime Minister", "anthony_albanese"),
           ("Vanuatu Prime Minister", "jotham_napat"), ("the Marshall Islands President", "hilde_heine"),
           ("Solomon Islands Prime Minister", "jeremiah_manele"),
           ("Fiji’s Minister for Public Works and Transport", "filipe_tuisawau")],
)

A["dev_3712_dahal_oli_khanal_lamichhane_baluwatar"] = dict(
    actors={
        "k_p_sharma_oli": ["KP Sharma Oli", "KP Oli", "Oli"],
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal", "Dahal"],
        "jhala_nath_khanal": ["Jhalanath Khanal"],
        "rabi_lamichhane": ["Rabi Lamichhane"],
        "cpn_uml": ["CPN-UML", "UML"],
        "cpn_unified_socialist": ["Unified Socialist party", "Inofoed Socialist"],
        "rastriya_swatantra_party": ["Rastriya Swatantra Party", "RSP"],
        "communist_party_of_nepal_maoist_centre": ["Maoist Center"],
        "janata_samajwadi_party": ["Janata Samajwadi Party"],
        "prime_ministers_secretariat_nepal": ["Prime Minister’s Secretariat"],
    },
    meetings=[
        # "Oli is scheduled to arrive at Baluwatar for a crucial meeting with Prime Minister
        # Pushpa Kamal Dahal" ("slated to engage in discussions at the official residence in
        # Baluwatar", "The anticipated tête-à-tête between the two leaders", the subtitle's
        # "Holds talks with ... KP Oli": the same) -> planned, 2024-03-06 (the day of the report:
        # the subtitle counts it among the day's talks; see the notes), Kathmandu (the dateline's
        # city; Baluwatar, the Prime Minister's residence, is in it, as Bangabhaban -> Dhaka).
        M(["k_p_sharma_oli", "pushpa_kamal_dahal"], "2024-03-06", "Kathmandu", IP, P,
          "KATHMANDU: CPN-UML Chairman KP Sharma Oli is scheduled to arrive at Baluwatar for a crucial meeting with Prime Minister Pushpa Kamal Dahal."),
        # "Earlier today, Jhalanath Khanal ... held discussions with Prime Minister Dahal" -> held,
        # 2024-03-06, Kathmandu (the dateline; the text gives no venue for it).
        M(["jhala_nath_khanal", "pushpa_kamal_dahal"], "2024-03-06", "Kathmandu", IP, H,
          "Earlier today, Jhalanath Khanal, a senior leader of the Unified Socialist party, held discussions with Prime Minister Dahal."),
        # "Prime Minister Dahal and ... Rabi Lamichhane also held talks today at Baluwatar" ->
        # held, 2024-03-06, Kathmandu.
        M(["pushpa_kamal_dahal", "rabi_lamichhane"], "2024-03-06", "Kathmandu", IP, H,
          "Meanwhile, Prime Minister Dahal and Rastriya Swatantra Party (RSP) Chairman Rabi Lamichhane also held talks today at Baluwatar, indicating the dynamic nature of political developments."),
        # Not rows: "the task force meeting, where the allocation of ministries ... will be
        # deliberated" (unnamed members); "ongoing internal discussions within the ruling
        # coalition parties" and "ongoing negotiations" (no named people). Removed: the site's
        # date line "Sunday, December 22nd, 2024", "Time taken to read : 2 Minute", the font-size
        # widget ("• A" three times), trailing spaces after the date line, and the unrelated
        # headlines after "Publish Date" ("Economic Digest ...", "Westerly winds ...", etc.).
        # "Inofoed Socialist" is kept as written and read as the "Unified Socialist party" named
        # above (see the notes).
    ],
    roles=[("CPN-UML Chairman", "k_p_sharma_oli"), ("UML Chairman", "k_p_sharma_oli"),
           ("Prime Minister", "pushpa_kamal_dahal"),
           ("a senior leader of the Unified Socialist party", "jhala_nath_khanal"),
           ("Rastriya Swatantra Party (RSP) Chairman", "rabi_lamichhane")],
)
