"""Accuracy corpus, batch 68a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 68b), from the 1980s, 1990s,
2000s, 2010s and 2020s (1980s: three, 1990s: two, 2000s: two, 2010s: three, 2020s: two; five of
the twelve from before 2000, as the brief asked; no 1970s page was found in time, see the notes),
over the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa,
Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East Asia,
Oceania: one each).
Outlets/sites: Kazinform (en.inform.kz), the Mexican Foreign Ministry (sre.gob.mx; a press
release), Kalinga TV (kalingatv.com; an IANS item), the Sun Sentinel archive (a UPI story of
1985), Papers Past (The Press, Christchurch, 1987), AP News (apnews.com; an AP story of 1989),
DOSFAN (dosfan.lib.uic.edu; a State Department press availability of 1995), mahathir.com (a
dinner speech of 1993), GhanaWeb (a GNA story), Metro US (metro.us), TheJournal.ie, Wired-Gov (wired-gov.net; a 10 Downing Street readout).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
68b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_68a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-67b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_134NN_<slug>` / `test_134NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date field 2017-04-22 (a Saturday, checked; removed with its " date ..."
    # prefix); the text has no date line. The meeting is "this week" -> date null.
    ("dev_13401_abdrakhmanov_abdyldayev_astana", "Central Asia/Caucasus", "2010s", "Kazinform (en.inform.kz)", "https://en.inform.kz/news/kazakh-kyrgyz-fms-discuss-efficient-use-of-water-resources-in-ca_a3019755/", "2017-04-22"),
    # No date on the stored page (a press release of the Mexican Foreign Ministry); published
    # None. Year 2013 by inference: "the 43rd OAS General Assembly, which will be held in Antigua,
    # Guatemala in June of this year" (the 43rd regular session was held in June 2013) -> 2010s.
    # "today" cannot be resolved -> date null.
    ("dev_13402_meade_carrera_castro", "Latin America", "2010s", "Secretaria de Relaciones Exteriores, Mexico (sre.gob.mx; press release)", "http://www.sre.gob.mx/en/index.php?option=com_content&view=article&id=1939:foreign-secretary-meade-meets-with-guatemalan-foreign-minister-luis-fernando-carrera-castro&catid=27:archives&Itemid=64", None),
    # The dateline "New Delhi, Aug 5 (IANS)"; no year on the page. Year 2023 by inference:
    # "Prachanda's recent visit to India from May 31 to June 3" (his 2023 visit); 2023-08-05 is a
    # Saturday (checked), so "on Saturday" under an Aug 5 dateline -> 2023-08-05; published
    # 2023-08-05 (from the dateline).
    ("test_13403_modi_prachanda_call", "South Asia", "2020s", "Kalinga TV (kalingatv.com; an IANS item)", "https://kalingatv.com/nation/pm-modi-dials-up-prachanda/", "2023-08-05"),
    # The page's "March 12, 1985" (a Tuesday, checked): "today" -> 1985-03-12.
    ("dev_13404_reagan_mubarak_white_house", "Middle East", "1980s", "Sun Sentinel (sun-sentinel.com archive; a UPI story)", "http://articles.sun-sentinel.com/1985-03-12/news/8501090895_1_mubarak-direct-talks-white-house", "1985-03-12"),
    # The Papers Past id CHP19871116 (The Press, Christchurch, 16 November 1987, a Monday,
    # checked); no date line in the text. The planned meetings are "this week" -> date null.
    ("dev_13405_bole_hayden_marshall_fiji", "Oceania", "1980s", "Papers Past (paperspast.natlib.govt.nz; The Press, NZPA-AAP)", "https://paperspast.natlib.govt.nz/newspapers/CHP19871116.2.48", "1987-11-16"),
    # The page's "October 24, 1989" (a Tuesday, checked): "Tuesday" -> 1989-10-24.
    ("dev_13406_shevardnadze_skubiszewski_warsaw", "Eastern Europe/Russia", "1980s", "AP News (apnews.com; an AP story of 1989)", "https://www.apnews.com/8ce7d24d4012d43aedb21ea03a4b16f3", "1989-10-24"),
    # The release line "November 16, 1995" and "95/11/16" (a Thursday, checked): "today" ->
    # 1995-11-16.
    ("test_13407_christopher_qian_osaka", "East Asia", "1990s", "DOSFAN (dosfan.lib.uic.edu; US State Department press availability)", "http://dosfan.lib.uic.edu/ERC/bureaus/eap/951116PressAvailability.html", "1995-11-16"),
    # The speech header "Tarikh/Date : 19/08/93" (a Thursday, checked): "earlier today" ->
    # 1993-08-19; "last January" -> null (month only).
    ("dev_13408_mahathir_chuan_bangkok", "Southeast Asia", "1990s", "mahathir.com (speech archive)", "http://mahathir.com/malaysia/speeches/1993/1993-08-19.php", "1993-08-19"),
    # The page's "General News of Tuesday, 15 May 2007" and the dateline "Tripoli, May 15, GNA"
    # (a Tuesday, checked): "on Monday" -> 2007-05-14.
    ("dev_13409_kufuor_gaddafi_tripoli", "Africa", "2000s", "GhanaWeb (ghanaweb.com; a GNA story)", "https://ghanaweb.com/GhanaHomePage/NewsArchive/Kufuor-s-meeting-with-Kadhafi-dispel-rumour-124030", "2007-05-15"),
    # No date on the stored page; published None. Year 2009 by inference: the "$900-billion
    # stimulus package before the U.S. Congress", "a G-20 leader's summit this April in London"
    # -> 2009, 2000s. "on Wednesday" cannot be resolved -> date null.
    ("dev_13410_harper_calderon_call", "North America", "2000s", "Metro US (metro.us)", "https://www.metro.us/harper-calderon-to-fight-u-s-protectionism/", None),
    # The byline line "Tuesday 30 Jul 2019, 1:21 PM" (checked) and the search tool's date field
    # 2019-07-30 (removed with its prefix): "this morning" -> 2019-07-30.
    ("test_13411_varadkar_johnson_call", "Western Europe", "2010s", "TheJournal.ie", "https://www.thejournal.ie/boris-johnson-leo-varadkar-4745937-Jul2019/", "2019-07-30"),
    # The line "Tuesday 24 Jan 2023 @ 10:10" (checked) and the search tool's date field
    # 2023-01-24 (removed with its prefix): "yesterday afternoon" -> 2023-01-23.
    ("dev_13412_pm_varadkar_call_2023", "Western Europe", "2020s", "Wired-Gov (wired-gov.net; a 10 Downing Street readout)", "https://www.wired-gov.net/wg/news.nsf/articles/pm+call+with+taoiseach+leo+varadkar+24012023101000?open", "2023-01-24"),
]

A = {}

A["dev_13401_abdrakhmanov_abdyldayev_astana"] = dict(
    actors={
        "kairat_abdrakhmanov": ["Kairat Abdrakhmanov"],
        "erlan_abdyldaev": ["Erlan Abdyldayev", "Abdyldayev"],
        "kazinform": ["Kazinform"],
        "kazakh_foreign_ministry": ["Kazakh MFA"],
        "shanghai_cooperation_organisation": ["Shanghai Cooperation Organization", "SCO"],
        "sco_council_of_foreign_ministers": ["Council of Foreign Ministers of the Shanghai Cooperation Organization"],
        "eurasian_economic_union": ["Eurasian Economic Union"],
        "supreme_eurasian_economic_council": ["Supreme Eurasian Economic Council"],
    },
    meetings=[
        # "... Kairat Abdrakhmanov met with his colleague Foreign Affairs Minister of Kyrgyzstan
        # Erlan Abdyldayev in Astana this week" -> held, date null ("this week"; the item is dated
        # 2017-04-22 by the search tool only), Astana.
        M(["kairat_abdrakhmanov", "erlan_abdyldaev"], None, "Astana", IP, H,
          "ASTANA. KAZINFORM - Minister of Foreign Affairs of the Republic of Kazakhstan Kairat Abdrakhmanov met with his colleague Foreign Affairs Minister of Kyrgyzstan Erlan Abdyldayev in Astana this week, Kazinform has learned from the Kazakh MFA's press service."),
        # Not rows: the session of the SCO Council of Foreign Ministers (a multilateral meeting as
        # such); "the agreements reached by the heads of state during the session of the Supreme
        # Eurasian Economic Council in Bishkek on April 14" (a multilateral session; the heads of
        # state unnamed); "at the onset of the meeting", "during the meeting" (the same meeting).
        # Not annotated: the dateline credit "KAZINFORM" (agency credit; "Kazinform" in the body
        # is annotated as the cited source), Kazakhstan, Kyrgyzstan, Central Asia (places).
        # Removed: at the start, the search tool's " date 2017-04-22" prefix. Nothing at the end
        # (the excerpt ends with a complete sentence). Kept as found: the blank-line runs.
    ],
    roles=[("Minister of Foreign Affairs of the Republic of Kazakhstan", "kairat_abdrakhmanov"),
           ("Foreign Affairs Minister of Kyrgyzstan", "erlan_abdyldaev")],
)

A["dev_13402_meade_carrera_castro"] = dict(
    actors={
        "jose_antonio_meade": ["Jose Antonio Meade", "MEADE"],
        "luis_fernando_carrera_castro": ["LUIS FERNANDO CARRERA CASTRO", "Luis Fernando Carrera Castro", "Carrera Castro"],
        "carlos_raul_morales": ["Carlos Raul Morales"],
        "vanessa_rubio_marquez": ["Vanessa Rubio M\u00e1rquez"],
        "organization_of_american_states": ["OAS"],
    },
    meetings=[
        # "Foreign Secretary Jose Antonio Meade held a meeting today with Guatemalan Foreign
        # Minister Luis Fernando Carrera Castro." -> held, date null (no date on the page),
        # place null (the release names no place). Morales ("accompanied") and Rubio Marquez
        # ("The Mexican side was represented by") are present, not participants (ANNOTATION.md).
        M(["jose_antonio_meade", "luis_fernando_carrera_castro"], None, None, IP, H,
          "Foreign Secretary Jose Antonio Meade held a meeting today with Guatemalan Foreign Minister Luis Fernando Carrera Castro."),
        # "... the 43rd OAS General Assembly, which will be held in Antigua, Guatemala in June of
        # this year and where they will continue their constructive bilateral dialogue." -> an
        # announced bilateral on the sidelines of a multilateral meeting: planned, date null
        # (month only), Antigua; required false (an intention to "continue ... dialogue", not a
        # scheduled meeting; see the notes).
        M(["jose_antonio_meade", "luis_fernando_carrera_castro"], None, "Antigua", IP, P,
          "Lastly, the foreign ministers exchanged views about the 43rd OAS General Assembly, which will be held in Antigua, Guatemala in June of this year and where they will continue their constructive bilateral dialogue.", False),
        # Not rows: the OAS General Assembly itself (multilateral); "multilateral forums"
        # (generic). Not annotated: Mexico, Guatemala (states), "The Mexican side" (generic).
        # Removed: at the start, the breadcrumb line "Home PRESS RELEASES FOREIGN SECRETARY MEADE
        # MEETS WITH ... CARRERA CASTRO" (site navigation with the first copy of the heading); at
        # the end, the footer ("MINISTRY OF FOREIGN AFFAIRS, MEXICO \u2013 COPYRIGHT \u00a9 2010 -
        # PRIVACY", the address and phone line, "Copyright \u00a9 2012 - PRIVACY"). Kept as found: the
        # heading twice more and the lines holding a single space.
    ],
    roles=[("FOREIGN SECRETARY", "jose_antonio_meade"), ("Foreign Secretary", "jose_antonio_meade"),
           ("GUATEMALAN FOREIGN MINISTER", "luis_fernando_carrera_castro"),
           ("Guatemalan Foreign Minister", "luis_fernando_carrera_castro"),
           ("the Deputy Minister of Foreign Affairs", "carlos_raul_morales"),
           ("the Undersecretary for Latin America and the Caribbean", "vanessa_rubio_marquez")],
)

A["test_13403_modi_prachanda_call"] = dict(
    actors={
        "narendra_modi": ["PM Modi", "Prime minister Narendra Modi", "Narendra Modi", "Modi"],
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal \u2018Prachanda\u2019", "Pushpa Kamal Dahal", "Prachanda"],
    },
    meetings=[
        # "Prime minister Narendra Modi on Saturday had a telephone conversation with his Nepal
        # counterpart Pushpa Kamal Dahal 'Prachanda'." -> phone, held, 2023-08-05 (dateline
        # Aug 5, a Saturday in 2023), no place.
        M(["narendra_modi", "pushpa_kamal_dahal"], "2023-08-05", None, PH, H,
          "New Delhi, Aug 5 (IANS) Prime minister Narendra Modi on Saturday had a telephone conversation with his Nepal counterpart Pushpa Kamal Dahal \u2018Prachanda\u2019."),
        # "... followed-up on discussions held during Prachanda's recent visit to India from May 31
        # to June 3" -> the discussions of that visit, read as the two leaders' (the sentence's
        # subject is "The two leaders"): held, date null (a range), India; required false (the
        # text does not say who held the discussions; see the notes).
        M(["pushpa_kamal_dahal", "narendra_modi"], None, "India", IP, H,
          "The two leaders reviewed various aspects of the India-Nepal bilateral cooperation and followed-up on discussions held during Prachanda\u2019s recent visit to India from May 31 to June 3 so as to advance the bilateral partnership and to further strengthen the deep bonds of friendship between the two countries.", False),
        # Not rows: "the tradition of high level exchanges" (generic). Not annotated: the dateline
        # credit "IANS" (agency credit), "official sources" (unnamed), India, Nepal (states).
        # Removed: nothing at the start (the excerpt starts with the headline); nothing at the
        # end. Kept as found: the repeated standfirst "Nepal, a close and friendly neighbor, is
        # a key partner in India's 'Neighbourhood First' policy." (twice), "followed-up".
    ],
    roles=[("Prime minister", "narendra_modi"), ("PM", "narendra_modi"),
           ("his Nepal counterpart", "pushpa_kamal_dahal")],
)

A["dev_13404_reagan_mubarak_white_house"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "plo": ["Palestine Liberation Organization", "PLO"],
    },
    meetings=[
        # "WASHINGTON -- President Reagan met with Egyptian President Hosni Mubarak today ..." ->
        # held, 1985-03-12, Washington (dateline; "arrived at the White House"). The Oval Office
        # photo session, the private session and the working lunch are the same pair on the same
        # day and place: one row.
        M(["ronald_reagan", "hosni_mubarak"], "1985-03-12", "Washington", IP, H,
          "WASHINGTON \u2014 President Reagan met with Egyptian President Hosni Mubarak today and the Arab leader called for a shift in U.S. policy and direct talks with the Palestine Liberation Organization -- but officials said there is little chance of change."),
        # Not rows: "direct talks with the Palestine Liberation Organization" and "confering with a
        # delegation representing the PLO and Jordan" (proposals addressed to a government, not
        # meetings); "A senior administration official said Monday" (a statement). Not
        # annotated: the credit "United Press International." (agency credit under the date),
        # "a senior administration official", "officials" (unnamed), Jordan, the United States
        # (states). Removed: at the end, the site footer ("Sun
        # Sentinel Articles", "Please note the green-lined linked article text ... editorial
        # staff."). Nothing at the start. Kept as found: "leader`s" (backquote), "beleagured",
        # "confering".
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("the Arab leader", "hosni_mubarak"),
           ("The Egyptian leader", "hosni_mubarak")],
)

_BH = ("To back this up, Mr Bole would advise Australian and New Zealand Foreign Ministers, Messrs Hayden and Marshall, , that military rule would formally end when Ratu Sir Kamisese Mara took over as head of Government.")
A["dev_13405_bole_hayden_marshall_fiji"] = dict(
    actors={
        "filipe_bole": ["Filipe Bole", "Mr Bole"],
        "bill_hayden": ["Hayden"],
        "russell_marshall": ["Marshall"],
        "penaia_ganilau": ["Ratu Sir Penaia Ganilau"],
        "sitiveni_rabuka": ["Brigadier Sitiveni Rabuka", "Sitiveni Rabuka", "Brigadier. Rabuka", "Rabuka"],
        "kamisese_mara": ["Ratu Sir Kamisese Mara"],
    },
    meetings=[
        # "Fiji's Foreign Minister, Filipe Bole, would assure his counterparts in Australia and New
        # Zealand this week ..." and "Mr Bole would advise Australian and New Zealand Foreign
        # Ministers, Messrs Hayden and Marshall" -> two planned bilaterals (one per counterpart),
        # date null ("this week"), place null (where they will meet is not stated).
        M(["filipe_bole", "bill_hayden"], None, None, IP, P, _BH),
        M(["filipe_bole", "russell_marshall"], None, None, IP, P, _BH),
        # Not rows: "Rabuka said yesterday he hoped to announce the new appointments" (a
        # statement); the appointments of Ganilau and Mara (not meetings); "informed sources"
        # (unnamed). Not annotated: the byline "JAMES SHRIMPTON", the credit "NZPA-AAP Suva",
        # Fiji, Australia, New Zealand (states), "the Fiji Republic" (the state). Removed: at the
        # start, the Papers Past image placeholders ("Article image", 38 lines); at the end, the
        # last, cut-off sentence ("Fiji would be r"). Kept as found: "Governor-Gen-eral",
        # "16*4 years", "Brigadier. Rabuka", "welder statesmen", the paragraph break after "of
        # the Republic", "Marshall, , that".
    ],
    roles=[("Fiji\u2019s Foreign Minister", "filipe_bole"), ("the former Governor-Gen-eral", "penaia_ganilau"),
           ("the Fiji Republic\u2019s first President", "penaia_ganilau"),
           ("Head of Government", "sitiveni_rabuka"), ("the former Prime Minister", "kamisese_mara")],
)

A["dev_13406_shevardnadze_skubiszewski_warsaw"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard A. Shevardnadze", "Shevardnadze"],
        "krzysztof_skubiszewski": ["Krzysztof Skubiszewski"],
        "tadeusz_mazowiecki": ["Tadeusz Mazowiecki", "Mazowiecki"],
        "stefan_staniszewski": ["Stefan Staniszewski"],
        "solidarity": ["Solidarity"],
    },
    meetings=[
        # "He was met by Polish Foreign Minister Krzysztof Skubiszewski ..." / "They held two
        # rounds of talks before Shevardnadze went to the Council of Ministers to meet
        # Mazowiecki" -> Shevardnadze-Skubiszewski held, 1989-10-24 ("Tuesday" in a story of
        # Tuesday October 24), Warsaw (dateline). The airport welcome and the two rounds of talks
        # are one row (same pair, day and place).
        M(["eduard_shevardnadze", "krzysztof_skubiszewski"], "1989-10-24", "Warsaw", IP, H,
          "They held two rounds of talks before Shevardnadze went to the Council of Ministers to meet Mazowiecki, a former Solidarity editor who became the first non-communist to lead an East bloc government on Aug. 24."),
        # "... Mazowiecki said after his two-hour meeting with Shevardnadze." -> held, 1989-10-24,
        # Warsaw.
        M(["tadeusz_mazowiecki", "eduard_shevardnadze"], "1989-10-24", "Warsaw", IP, H,
          "\u2033I am very happy about our many-faceted talk,\u2033 Mazowiecki said after his two-hour meeting with Shevardnadze."),
        # Not rows: Mazowiecki "will travel next month to Moscow", "I accepted the invitation to
        # Moscow ... expected to leave for the Soviet Union on Nov. 23" (a trip to a country; no
        # counterpart named or given by role; see the notes); "Staniszewski said after the
        # meeting" (a statement about the same talks). Not annotated: the dateline credit "AP",
        # "the Council of Ministers" (here the building Shevardnadze went to), "Polish officials"
        # (unnamed), "The Soviet leadership" (generic), Poland, the Soviet Union (states), Katyn,
        # Okecie airport (places). Removed: at the start, the site label "Related topics"; at the
        # end, the last, cut-off sentence ("Shevardnadze will meet with Polish officials again
        # Wednesday before holding disc"). Kept as found: "(AP) _", "Polish- Soviet", the
        # double-prime quotation marks.
    ],
    roles=[("The Soviet foreign minister", "eduard_shevardnadze"), ("Foreign Minister", "eduard_shevardnadze"),
           ("Polish Foreign Minister", "krzysztof_skubiszewski"), ("Prime Minister", "tadeusz_mazowiecki"),
           ("a former Solidarity editor", "tadeusz_mazowiecki"),
           ("Foreign Ministry spokesman", "stefan_staniszewski")],
)

A["test_13407_christopher_qian_osaka"] = dict(
    actors={
        "warren_christopher": ["CHRISTOPHER"],
        "qian_qichen": ["Qian Qichen"],
        "bill_clinton": ["Clinton"],
        "jiang_zemin": ["Jiang"],
        "apec": ["APEC"],
        "asean_regional_forum": ["ASEAN Regional Forum"],
        "un_security_council": ["UN Security Council"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "I am pleased to meet today with my colleague, Vice Premier and Foreign Minister Qian
        # Qichen of China." (remarks at the meeting, "In our talks today") -> held, 1995-11-16,
        # Osaka (the heading "New Otani Hotel Osaka, Japan").
        M(["warren_christopher", "qian_qichen"], "1995-11-16", "Osaka", IP, H,
          "SECRETARY CHRISTOPHER: Good afternoon. I am pleased to meet today with my colleague, Vice Premier and Foreign Minister Qian Qichen of China."),
        # "... beginning with our important meeting in Brunei." -> one earlier meeting of the same
        # pair, named by its place: held, date null, Brunei (the country; no city named). The
        # "fourth meeting ... in the last three and a half months" is a count (not a row).
        M(["warren_christopher", "qian_qichen"], None, "Brunei", IP, H,
          "Today marks my fourth meeting with the Vice Premier in the last three and a half months, beginning with our important meeting in Brunei."),
        # "... the positive meeting between Presidents Clinton and Jiang last month at the United
        # Nations 50th Anniversary commemoration." -> held, date null ("last month"), place null
        # (a UN commemoration does not give a city, ANNOTATION.md).
        M(["bill_clinton", "jiang_zemin"], None, None, IP, H,
          "In our talks today, the Foreign Minister and I want to build on the positive meeting between Presidents Clinton and Jiang last month at the United Nations 50th Anniversary commemoration."),
        # Not rows: APEC, the ASEAN Regional Forum, the UN Security Council (memberships, no
        # meeting); "our bilateral dialogue" (generic). Not annotated: the issuing office
        # ("U.S. Department of State", "Office of the Spokesman"), the United States, China, Japan
        # (states), the New Otani Hotel (a place). Removed: at the start, the site line "U.S. State
        # Department Geographic Bureaus: East Asia and Pacific Bureau"; at the end, the last,
        # cut-off sentence ("We are very pleased that Ambassador-Designate Li Daoyu has returned
        # to Washington -- and with a little cooperation from the United States Senate, we hope
        # Senator Sas"). Kept as found: "Office of the Spokesman" twice, the spacing of the
        # release line.
    ],
    roles=[("SECRETARY", "warren_christopher"), ("my colleague, Vice Premier and Foreign Minister", "qian_qichen"),
           ("Vice Premier and Foreign Minister", "qian_qichen"), ("the Vice Premier", "qian_qichen"),
           ("the Foreign Minister", "qian_qichen")],
)

A["dev_13408_mahathir_chuan_bangkok"] = dict(
    actors={
        "mahathir_mohamad": ["DATO' SERI DR. MAHATHIR BIN MOHAMAD"],
        "chuan_leekpai": ["MR CHUAN LEEKPAI", "Mr Chuan Leekpai", "Chuan Leekpai"],
        "malaysia_thailand_joint_commission": ["Joint Commission"],
        "malaysia_thailand_general_border_committee": ["General Border Committee"],
    },
    meetings=[
        # "We have again had very fruitful consultations and exchange of views earlier today."
        # (the speaker, Mahathir, to his host, Chuan) -> held, 1993-08-19 (the speech's date),
        # Bangkok (venue line "THE GOVERNMENT HOUSE, BANGKOK, THAILAND").
        M(["mahathir_mohamad", "chuan_leekpai"], "1993-08-19", "Bangkok", IP, H,
          "We have again had very fruitful consultations and exchange of views earlier today."),
        # "... having had the privilege of playing host to you and members of your delegation in
        # Kuala Lumpur last January." (also "We had very good discussions in Kuala Lumpur.", "When
        # we met some seven months ago") -> held, date null (month only), Kuala Lumpur.
        M(["mahathir_mohamad", "chuan_leekpai"], None, "Kuala Lumpur", IP, H,
          "I certainly welcome this opportunity to visit Thailand and meet your Excellency again, having had the privilege of playing host to you and members of your delegation in Kuala Lumpur last January."),
        # "I look forward to more consultations between the two sides duringthe course of this
        # visit ..." -> planned, date null (the rest of the visit, no day), Bangkok; required
        # false ("the two sides": the delegations, not necessarily the two leaders).
        M(["mahathir_mohamad", "chuan_leekpai"], None, "Bangkok", IP, P,
          "I look forward to more consultations between the two sides duringthe course of this visit in the common effort to expand relations between our two neighbourly countries.", False),
        # Not rows: the dinner itself (the same pair, day and place as the consultations: part of
        # the first row); the Joint Commission and the General Border Committee (standing
        # bodies, no meeting reported). Not annotated: "the Government of Thailand" (generic),
        # Malaysia, Thailand (states), Bangkok, Kuala Lumpur (places). Removed: at the end, the
        # last, cut-off sentence ("We do, however, encounter problems in our relations off").
        # Nothing at the start. Kept as found: "whichremains", "duringthe", the header lines of
        # the speech archive, the line breaks of the speech.
    ],
    roles=[("P.M. OF THAILAND", "chuan_leekpai"), ("Prime Minister of Thailand", "chuan_leekpai"),
           ("Your Excellency", "chuan_leekpai"), ("your Excellency", "chuan_leekpai")],
)

A["dev_13409_kufuor_gaddafi_tripoli"] = dict(
    actors={
        "john_agyekum_kufuor": ["John Kufuor", "President John Agyekum Kufuor", "John Agyekum Kufuor", "President Kufuor", "Kufuor"],
        "muammar_gaddafi": ["Moamer Kadhafi", "Kadhafi", "Colonel Muammar Gaddafi", "Muammar Gaddafi"],
        "andrew_awuni": ["Mr Andrew Awuni", "Andrew Awuni", "Mr Awuni", "Awuni"],
        "african_union": ["African Union"],
        "ghana_libya_joint_commission": ["Ghana/Libya Joint Commission for Co-operation"],
    },
    meetings=[
        # "This was the outcome of bilateral talks between President John Agyekum Kufuor and the
        # Libyan Leader, Colonel Muammar Gaddafi, in Tripoli on Monday." -> held, 2007-05-14
        # ("on Monday" in a story of Tuesday 15 May 2007), Tripoli. The caption ("Kadhafi (R)
        # accompanied by ... John Kufuor (L) in Tripoli, Libya on Monday") is the same meeting.
        M(["john_agyekum_kufuor", "muammar_gaddafi"], "2007-05-14", "Tripoli", IP, H,
          "This was the outcome of bilateral talks between President John Agyekum Kufuor and the Libyan Leader, Colonel Muammar Gaddafi, in Tripoli on Monday."),
        # Not rows: "the Ghana/Libya Joint Commission for Co-operation would be meeting in June"
        # (a commission session, no named participants); "the upcoming African Union Summit"
        # (removed with the cut-off sentence; multilateral); Awuni "told newsmen" (a briefing).
        # Not annotated: the photo credit "AFP/Mahmud Turkia", the byline "Kwaku Osei Bonsu, GNA
        # Special Correspondent" and the credit "GNA", "some senior government officials"
        # (unnamed), "Union Government of Africa" (a project), the City Hotel (a place), Ghana,
        # Libya (states). Removed: at the start, the breadcrumb "You are here: HomeNewsDashboard
        # 2007 05 15Article 124030"; at the end, the last, cut-off sentence ("Mr Awuni said the
        # upcoming African Union Summit in Ghana in July and its main agenda, the di"). Kept as
        # found: the caption without a full stop, "Kadhafi"/"Gaddafi", "dispel rumour",
        # "distant education".
    ],
    roles=[("Libyan President", "muammar_gaddafi"), ("Ghana's President and Chairman of the African Union", "john_agyekum_kufuor"),
           ("the veteran leader", "muammar_gaddafi"), ("the Libyan Leader", "muammar_gaddafi"),
           ("the Press Secretary and Presidential Spokesperson", "andrew_awuni"),
           ("the President", "john_agyekum_kufuor")],
)

A["dev_13410_harper_calderon_call"] = dict(
    actors={
        "stephen_harper": ["Prime Minister Stephen Harper", "Stephen Harper", "Harper"],
        "felipe_calderon": ["Felipe Calderon", "Calderon"],
        "alberto_lozano": ["Alberto Lozano", "Lozano"],
        "dimitri_soudas": ["Dimitri Soudas"],
        "us_congress": ["U.S. Congress"],
        "g20": ["G-20"],
        "mexican_embassy_ottawa": ["Mexican Embassy in Ottawa"],
    },
    meetings=[
        # "The leaders of the two countries ... talked by phone on Wednesday." / "Harper called
        # Felipe Calderon to discuss concerns about a 'Buy American' clause ..." -> phone, held,
        # date null (no date on the page, so "on Wednesday" cannot be resolved), no place.
        M(["stephen_harper", "felipe_calderon"], None, None, PH, H,
          "Harper called Felipe Calderon to discuss concerns about a \u201cBuy American\u201d clause in the $900-billion stimulus package before the U.S. Congress."),
        # Not rows: "agreeing to maintain ongoing dialogue" (no specific meeting); "the two would
        # work closely on the issue before a G-20 leader's summit this April in London" (a
        # multilateral summit; no bilateral announced); "he attended Calderon's inauguration" (a
        # ceremony, 2007); "Calderon congratulated Harper" (within the same call); "A spokesman
        # for the Mexican government said Thursday" (a statement). Not annotated: "the Mexican
        # government" (generic), NAFTA and the Security and Prosperity Partnership (agreements),
        # Canada, the U.S., Mexico (states). Removed: at the start, the page title line
        # "Harper, Calderon to fight U.S. protectionism - Metro US"; at the end, the last, cut-off
        # sentence ("Wednesday's call sends a further public"). Kept as found: "this week" without
        # a full stop at the end of the last paragraph, "leader's summit", "press attache".
    ],
    roles=[("Prime Minister", "stephen_harper"), ("Mexico\u2019s president", "felipe_calderon"),
           ("press attache with the Mexican Embassy in Ottawa", "alberto_lozano"),
           ("a spokesman for Harper", "dimitri_soudas")],
)

_EX = ("Former Taoiseach Enda Kenny spoke with Johnson\u2019s predecessor Theresa May on her first day in office in 2016, Brian Cowen did the same on the day David Cameron became Prime Minister in 2010, while in 2007, Bertie Ahern spoke to Labour Prime Minister Gordon Brown on the day he assumed office.")
A["test_13411_varadkar_johnson_call"] = dict(
    actors={
        "leo_varadkar": ["Taoiseach Leo Varadkar", "TAOISEACH LEO VARADKAR", "Leo Varadkar", "Varadkar"],
        "boris_johnson": ["Prime Minister Boris Johnson", "Boris Johnson", "Johnson"],
        "enda_kenny": ["Enda Kenny"],
        "theresa_may": ["Theresa May"],
        "brian_cowen": ["Brian Cowen"],
        "david_cameron": ["David Cameron"],
        "bertie_ahern": ["Bertie Ahern"],
        "gordon_brown": ["Gordon Brown"],
        "department_of_the_taoiseach": ["Department of the Taoiseach"],
    },
    meetings=[
        # "TAOISEACH LEO VARADKAR and UK Prime Minister Boris Johnson have spoken by phone this
        # morning." -> phone, held, 2019-07-30 (byline date), no place.
        M(["leo_varadkar", "boris_johnson"], "2019-07-30", None, PH, H,
          "TAOISEACH LEO VARADKAR and UK Prime Minister Boris Johnson have spoken by phone this morning."),
        # "Former Taoiseach Enda Kenny spoke with ... Theresa May on her first day in office in
        # 2016, Brian Cowen did the same on the day David Cameron became Prime Minister in 2010,
        # while in 2007, Bertie Ahern spoke to ... Gordon Brown on the day he assumed office." (in
        # the paragraph on the call "arranged when a new leader enters 10 Downing Street") ->
        # three earlier calls, phone, held, date null (the days are not given), no place.
        M(["enda_kenny", "theresa_may"], None, None, PH, H, _EX),
        M(["brian_cowen", "david_cameron"], None, None, PH, H, _EX),
        M(["bertie_ahern", "gordon_brown"], None, None, PH, H, _EX),
        # Not rows: "Varadkar also invited Johnson to Dublin" (an invitation, not accepted in the
        # text); "In a statement this afternoon, the Department of the Taoiseach said" (a
        # statement); "A call between the two offices is arranged when a new leader enters 10
        # Downing Street" (a custom, no specific call). Not annotated: the byline "Rónán Duffy",
        # the photo credit "PA Images", the UK, Ireland, the EU (states and union as places),
        # Downing Street, Dublin (places), Brexit, the backstop (policies). Removed: at the start,
        # the search tool's " date 2019-07-30" prefix and the cookie banner ("This site uses
        # cookies ... To learn more see our Cookies Policy."). Nothing at the end. Kept as found:
        # the page lines "7 minutes ago 823 Views 4 Comments" and "https://jrnl.ie/4745937", the
        # trailing spaces.
    ],
    roles=[("UK Prime Minister", "boris_johnson"), ("the Prime Minister", "boris_johnson"),
           ("the Taoiseach", "leo_varadkar"), ("Former Taoiseach", "enda_kenny"),
           ("Johnson\u2019s predecessor", "theresa_may"), ("Labour Prime Minister", "gordon_brown")],
)

A["dev_13412_pm_varadkar_call_2023"] = dict(
    actors={
        "leo_varadkar": ["Taoiseach Leo Varadkar", "Leo Varadkar"],
    },
    meetings=[
        # "The Prime Minister spoke to the Irish Taoiseach Leo Varadkar yesterday afternoon." ->
        # the UK Prime Minister is given by role alone (never named in the text): one-party row
        # (the guide), phone (the heading "PM call with Taoiseach ..."), held, 2023-01-23
        # ("yesterday" under "Tuesday 24 Jan 2023"), no place.
        M(["leo_varadkar"], "2023-01-23", None, PH, H,
          "The Prime Minister spoke to the Irish Taoiseach Leo Varadkar yesterday afternoon."),
        # Not rows: "The leaders agreed to stay in close touch." (no specific meeting). Not
        # annotated: "The Prime Minister" (unnamed; no actor to point a role to, as the GOV.UK
        # readouts in ANNOTATION.md), the issuer line "10 Downing Street", the UK, Ireland,
        # Ukraine, Northern Ireland (places), the Northern Ireland Protocol (an agreement).
        # Removed: at the start, the search tool's " date 2023-01-24" prefix; at the end, the
        # Wired-Gov footer ("Channel website: ...", "Original article link: ...", "Share this
        # article", and the "Latest News from 10 Downing Street" list). Kept as found: the site
        # lines "Tuesday 24 Jan 2023 @ 10:10", "10 Downing Street", "Printable version".
    ],
    roles=[("the Irish Taoiseach", "leo_varadkar")],
)
