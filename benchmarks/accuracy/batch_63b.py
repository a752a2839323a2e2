"""Accuracy corpus, batch 63b: 12 new articles about meetings between political actors, all
published (or, for a statement republished without its own date, made) in EVEN years (another
helper takes odd years as batch 63a), from the 1970s to the 2020s (1970s: one (1976), 1980s: one
(1980), 1990s: three (1990, 1996, 1998), 2000s: one (2008), 2010s: three (2014, 2016, 2018),
2020s: three (2022, 2022, 2024); five of the twelve from before 2000 (1976, 1980, 1990, 1996,
1998), as the brief asked), over the eleven regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each).
Outlets/sites: The Orient News (theorientnews.com), the Georgian RRC law library (rrc.ge; an
official statement), the UN press releases (press.un.org), the Jewish Telegraphic Agency archive
(jta.org), the Los Angeles Times archive (latimes.com), the Fiji Permanent Mission to the UN
(fijiprun.org; a mission press release), MercoPress (en.mercopress.com), UKPOL (ukpol.co.uk; a
Commons statement), VnExpress International (e.vnexpress.net), NewsDrum (newsdrum.in; PTI),
Global News (globalnews.ca) and NL Times (nltimes.nl); all new to the corpus except the LA Times
and JTA archives. The pages are new to the corpus (URLs grepped in sources.csv,
corpus/metadata.csv and the corpus texts), and so are their meetings (names grepped in the corpus
texts).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_63b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-62b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_125NN_<slug>` / `test_125NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "BALI, 09 July 2022" (a Saturday, checked) is the only date; the meeting itself
    # has no day in the text ("met", no weekday) -> no date (see the notes).
    ("dev_12501_blinken_wang_yi_bali", "East Asia", "2020s", "The Orient News (theorientnews.com; TON)", "https://theorientnews.com/index.php/latest-news/item/12612-us-chinese-foreign-ministers-hold-first-talks-since-october", "2022-07-09"),
    # No date line on the page; the statement's own "On 27 August 1996" (a Tuesday, checked) and
    # the URL's "gancx_1996_08_27" -> the meeting and `published` 1996-08-27.
    ("dev_12502_shevardnadze_chibirov_vladikavkaz", "Central Asia/Caucasus", "1990s", "RRC legal library (rrc.ge; an official statement)", "http://rrc.ge/law/gancx_1996_08_27_e.htm?lawid=475&lng_3=en", "1996-08-27"),
    # The release line "19980708" (1998-07-08, a Wednesday, checked) is `published`; the text's
    # own "On Monday, 29 June" (1998-06-29 a Monday, checked) anchors "The next day" = 1998-06-30
    # and "On the same day" / "Later that evening" = 1998-06-30.
    ("test_12503_secretary_general_nigeria", "Africa", "1990s", "United Nations press release (press.un.org; SG/T/2144)", "https://press.un.org/en/1998/19980708.sgt2144.html", "1998-07-08"),
    # The date line "June 30, 1980" (a Monday, checked): "Wednesday and Thursday" = 1980-07-02 and
    # 1980-07-03 (two days -> no single date); "Friday" = 1980-06-27, "yesterday" = 1980-06-29.
    ("dev_12504_burg_washington_autonomy", "Middle East", "1980s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/archive/burg-goes-to-washington-for-talks-with-egyptians-u-s-on-resuming-palestinian-autonomy-negotiations", "1980-06-30"),
    # No date line in the kept text; the URL's "1990-06-27" (a Wednesday, checked): "Tuesday" =
    # 1990-06-26.
    ("dev_12505_gorbachev_landsbergis_kremlin", "Eastern Europe/Russia", "1990s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1990-06-27-mn-677-story.html", "1990-06-27"),
    # The date line "Saturday, September 27, 2014" (a Saturday, checked): "today" = 2014-09-27.
    ("dev_12506_bainimarama_lavrov_new_york", "Oceania", "2010s", "Permanent Mission of Fiji to the UN (fijiprun.org; press release)", "http://www.fijiprun.org/node/176", "2014-09-27"),
    # No date in the kept text; the URL's "2008/11/19" (a Wednesday, checked): "The Tuesday
    # conversation" = 2008-11-18.
    ("test_12507_kirchner_obama_call", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2008/11/19/obama-rings-cristina-and-invites-himself-to-visit-argentina", "2008-11-19"),
    # No publication date of the republishing page; the text says the statement was made "in the
    # House of Commons on 24 June 1976" (a Thursday, checked) -> `published` 1976-06-24;
    # "yesterday" = 1976-06-23 belongs to the President's address, not to the talks -> no date.
    ("dev_12508_callaghan_giscard_statement", "Western Europe", "1970s", "UKPOL (ukpol.co.uk; a House of Commons statement)", "https://www.ukpol.co.uk/james-callaghan-1976-statement-on-president-giscard-destaings-state-visit/", "1976-06-24"),
    # The search tool's date field 2016-05-16 (removed with its prefix) and the byline date "May
    # 16, 2016" (a Monday, checked): "on Sunday" = 2016-05-15.
    ("dev_12509_thongloun_phuc_hanoi", "Southeast Asia", "2010s", "VnExpress International (e.vnexpress.net)", "https://e.vnexpress.net/news/news/lao-pm-makes-first-foreign-visit-to-vietnam-3403514.html", "2016-05-16"),
    # The search tool's date field 2024-06-06 (removed with its prefix) and the dateline "Colombo,
    # Jun 6" (2024-06-06 a Thursday, checked): "on Wednesday evening" = 2024-06-05, "on Thursday
    # morning" = 2024-06-06.
    ("dev_12510_zameer_wickremesinghe_colombo", "South Asia", "2020s", "NewsDrum (newsdrum.in; PTI)", "https://www.newsdrum.in/international/maldives-foreign-minister-meets-sri-lankan-president-prime-minister-to-boost-bilateral-ties-4748206", "2024-06-06"),
    # The date line "August 27, 2018 7:34 pm EST" (a Monday, checked): "On Monday" = 2018-08-27;
    # the calls themselves are only said to have happened before Monday's statement and remarks
    # -> no date (see the notes).
    ("test_12511_trudeau_trump_nafta_call", "North America", "2010s", "Global News (globalnews.ca)", "https://globalnews.ca/news/4412678/trudeau-trump-mexico-canada-nafta-talks/amp/", "2018-08-27"),
    # The search tool's date field 2022-04-19 (a Tuesday, checked; removed with its prefix): "on
    # Tuesday" = 2022-04-19.
    ("dev_12512_rutte_de_croo_ghent", "Western Europe", "2020s", "NL Times (nltimes.nl)", "https://nltimes.nl/2022/04/19/rutte-12-ministers-visiting-belgium-discuss-climate-war", "2022-04-19"),
]

A = {}

A["dev_12501_blinken_wang_yi_bali"] = dict(
    actors={
        "antony_blinken": ["Antony Blinken", "Blinken"],
        "wang_yi": ["Wang Yi", "Wang"],
        "group_of_20": ["G20"],
    },
    meetings=[
        # "Antony Blinken and China's Foreign Minister Wang Yi met for the first in-person talks"
        # ("Blinken's meeting with Wang in Bali, Indonesia": the same) -> held, date null (the
        # dateline "09 July 2022" is the story's date; no day is given for the talks), Bali.
        M(["antony_blinken", "wang_yi"], None, "Bali", IP, H,
          "BALI, 09 July 2022, (TON): US Secretary of State Antony Blinken and China’s Foreign Minister Wang Yi met for the first in-person talks since October after attending a G20 summit where the top US diplomat led efforts to pressure Russia over its war in Ukraine."),
        # Not rows: the G20 summit (a plenary); "a productive and constructive conversation" (the
        # same talks). TON (the agency tag in the dateline) is not annotated. Kept as it stands:
        # "face to face  diplomacy" (two spaces). Removed: nothing at the start; at the end, the
        # site lines "Rate this item", "(0 votes)", "Login to post comments", "Go to top".
    ],
    roles=[("US Secretary of State", "antony_blinken"), ("China’s Foreign Minister", "wang_yi"),
           ("the top US diplomat", "antony_blinken")],
)

A["dev_12502_shevardnadze_chibirov_vladikavkaz"] = dict(
    actors={
        "eduard_shevardnadze": ["E. A. Shevardnadze", "E. A. SHEVARDNADZE"],
        # New keys.
        "ludvig_chibirov": ["L. A. Chibirov", "L. A. CHIBIROV"],
        "combined_peacekeeping_forces_south_ossetia": ["Combined Peace Keeping forces"],
    },
    meetings=[
        # "On 27 August 1996 meeting between E. A. Shevardnadze and L. A. Chibirov took place in
        # Vladikavkaz" (the title says the same) -> held, 1996-08-27, Vladikavkaz.
        M(["eduard_shevardnadze", "ludvig_chibirov"], "1996-08-27", "Vladikavkaz", IP, H,
          "On 27 August 1996 meeting between  E. A. Shevardnadze and L. A. Chibirov took place in Vladikavkaz."),
        # Not rows: the Memorandum "signed in Moscow on 16 May 1996" and the Agreement of 24 June
        # 1992 (agreements, signatories unnamed). "The Parties" denotes both leaders' sides (not
        # listed as a role). Kept as it stands: "between  E. A." (two spaces). Removed: nothing at
        # the start; at the end, the cut-off last sentence ("To this end, the Parties reiterate
        # their commitment to the article 1 of the Memorandum to denounce application of force").
    ],
    roles=[],
)

A["test_12503_secretary_general_nigeria"] = dict(
    actors={
        # The Secretary-General is never named in the kept text: no key (role-only party).
        "tom_ikimi": ["Chief Tom Ikimi", "Tom Ikimi"],
        "abdulsalami_abubakar": ["General Abdulsalam Abubakar", "Abdulsalam Abubakar", "General Abubakar", "Abubakar"],
        "olusegun_obasanjo": ["Olusegun Obasanjo"],
        "united_nations": ["United Nations"],
        # New keys.
        "dagogo_jack": ["Dagogo Jack"],
        "nwokedi": ["Justice Nwokedi", "Nwokedi"],
        "christina_anyanwu": ["Christina Anyanwu"],
        "moshood_abiola": ["Chief Moshood Abiola", "Moshood Abiola"],
        "unesco": ["UNESCO"],
        "national_election_commission_nigeria": ["National Election Commission"],
        "human_rights_commission_nigeria": ["Human Rights Commission"],
    },
    meetings=[
        # "In Abuja he [the Secretary-General] was welcomed by Chief Tom Ikimi ... who hosted a
        # dinner in his honour" (on the first day, "Monday, 29 June") -> held, 1998-06-29, Abuja;
        # one-party row (the Secretary-General is given by role alone).
        M(["tom_ikimi"], "1998-06-29", "Abuja", IP, H,
          "In Abuja he was welcomed by Chief Tom Ikimi, the Nigerian Foreign Minister, who hosted a dinner in his honour."),
        # "The next day, the delegation headed by the Secretary-General met with General Abdulsalam
        # Abubakar" (and the private conversation that followed: the same meeting) -> held,
        # 1998-06-30, Nigeria (no city given for the meeting); one-party row.
        M(["abdulsalami_abubakar"], "1998-06-30", "Nigeria", IP, H,
          "The next day, the delegation headed by the Secretary-General met with General Abdulsalam Abubakar, the Nigerian Head of State."),
        # "On the same day the Secretary-General met with Dagogo Jack ... and Justice Nwokedi" ->
        # two one-party rows, held, 1998-06-30, Nigeria (whether they were seen together is not
        # said; no Jack-Nwokedi row).
        M(["dagogo_jack"], "1998-06-30", "Nigeria", IP, H,
          "On the same day the Secretary-General met with Dagogo Jack, Chairman of the National Election Commission, and Justice Nwokedi, Chairman of the Human Rights Commission."),
        M(["nwokedi"], "1998-06-30", "Nigeria", IP, H,
          "On the same day the Secretary-General met with Dagogo Jack, Chairman of the National Election Commission, and Justice Nwokedi, Chairman of the Human Rights Commission."),
        # "He had a telephone conversation with Olusegun Obasanjo" (the same day) -> phone, held,
        # 1998-06-30, no place; one-party row.
        M(["olusegun_obasanjo"], "1998-06-30", None, PH, H,
          "He had a telephone conversation with Olusegun Obasanjo, the former Head of state, and met with Christina Anyanwu, winner of this years's UNESCO World Press Freedom Prize, both of whom had been recently released from prison."),
        # "... and met with Christina Anyanwu" -> held, 1998-06-30, Nigeria; one-party row.
        M(["christina_anyanwu"], "1998-06-30", "Nigeria", IP, H,
          "He had a telephone conversation with Olusegun Obasanjo, the former Head of state, and met with Christina Anyanwu, winner of this years's UNESCO World Press Freedom Prize, both of whom had been recently released from prison."),
        # "Later that evening the Secretary-General met with Chief Moshood Abiola" -> held,
        # 1998-06-30, Nigeria; one-party row.
        M(["moshood_abiola"], "1998-06-30", "Nigeria", IP, H,
          "Later that evening the Secretary-General met with Chief Moshood Abiola, the former presidential candidate, currently imprisoned by authorities."),
        # Not rows: the meetings of 1 July with "heads of United Nations agencies", "the
        # traditional rules' consultative council" and "members of several Nigerian citizens'
        # groups" (unnamed people); the visits to Ghana and the United Kingdom (in the headline
        # only). Kept as they stand: "transmission.)On Monday", "Secretary- General", "this
        # years's", "He late met", "traditional rules'". Removed: nothing at the start; at the end,
        # the cut-off last sentence ("Later that evening, the Secretary-General met with the
        # Presidents of Liberia and Sierra Leone, Charles T. Taylor and Alhaji Ahmad Tejan Kabbah,
        # respectively, who had arrived in Nigeria for a").
    ],
    roles=[("the Nigerian Foreign Minister", "tom_ikimi"), ("the Nigerian Head of State", "abdulsalami_abubakar"),
           ("Chairman of the National Election Commission", "dagogo_jack"),
           ("Chairman of the Human Rights Commission", "nwokedi"),
           ("the former Head of state", "olusegun_obasanjo"),
           ("the former presidential candidate", "moshood_abiola")],
)

_BA = "He is to meet with Egypt’s principal negotiator, Foreign Minster Kamal Hassan Ali and U.S. special Ambassador Sol Linowitz Wednesday and Thursday in what has been described as an attempt to reach agreement on a date for resuming the stalled talks."
_BM = "Burg and Ali are also expected to meet with Secretary of State Edmund Muskie and possibly with President Carter:"
A["dev_12504_burg_washington_autonomy"] = dict(
    actors={
        "kamal_hassan_ali": ["Kamal Hassan Ali", "Ali"],
        "sol_linowitz": ["Sol Linowitz"],
        "jimmy_carter": ["President Carter", "Carter"],
        "anwar_sadat": ["Anwar Sodat", "Sodat"],
        "menachem_begin": ["Menachem Begin"],
        # New keys.
        "yosef_burg": ["Yosef Burg", "Burg"],
        "edmund_muskie": ["Edmund Muskie"],
    },
    meetings=[
        # "He [Burg] is to meet with ... Kamal Hassan Ali and ... Sol Linowitz Wednesday and
        # Thursday" (in Washington, where he "left ... today for a series of meetings") -> planned,
        # date null (two days, 1980-07-02/03), Washington; three named parties -> one row per pair.
        M(["yosef_burg", "kamal_hassan_ali"], None, "Washington", IP, P, _BA),
        M(["yosef_burg", "sol_linowitz"], None, "Washington", IP, P, _BA),
        M(["kamal_hassan_ali", "sol_linowitz"], None, "Washington", IP, P, _BA),
        # "Burg and Ali are also expected to meet with Secretary of State Edmund Muskie" ->
        # planned, date null, Washington; the Burg-Ali pair is already a row above.
        M(["yosef_burg", "edmund_muskie"], None, "Washington", IP, P, _BM),
        M(["kamal_hassan_ali", "edmund_muskie"], None, "Washington", IP, P, _BM),
        # "... and possibly with President Carter" -> planned, not required (only "possibly").
        M(["yosef_burg", "jimmy_carter"], None, "Washington", IP, P, _BM, False),
        M(["kamal_hassan_ali", "jimmy_carter"], None, "Washington", IP, P, _BM, False),
        # "after consultations with Sodat, the Egyptian Foreign Minister told reporters
        # yesterday" -> held, date null (before "yesterday", not pinned), place null; not required
        # (a passing mention, the kind of contact not stated).
        M(["kamal_hassan_ali", "anwar_sadat"], None, None, IP, H,
          "But after consultations with Sodat, the Egyptian Foreign Minister told reporters yesterday that Egypt would “wait and see” if there was a change in the Israeli attitude.", False),
        # Not rows: Burg "departed with the good wishes of Premier Menachem Begin and the Cabinet"
        # (no meeting stated); the talks "suspended by President Anwar Sodat" (an act); Ali's
        # response "voiced ... Friday" and remarks to reporters (statements); the leak to the
        # media. Kept as they stand: "Sodat" (twice), "Foreign Minster", "was on uncrystallized",
        # the colon after "President Carter", the empty line before the last paragraph, and the
        # site line "See Original Daily Bulletin From This Date" under the date line (inside the
        # text, so not trimmed). Removed: at the start, the site line "Search JTA's historical
        # archive dating back to 1923"; at the end, the cut-off last sentence ("Its movements would
        # be entirely free and").
    ],
    roles=[("Interior Minister", "yosef_burg"), ("Israel’s chief negotiator in the autonomy talks", "yosef_burg"),
           ("Egypt’s principal negotiator", "kamal_hassan_ali"), ("Foreign Minster", "kamal_hassan_ali"),
           ("U.S. special Ambassador", "sol_linowitz"), ("Secretary of State", "edmund_muskie"),
           ("the Egyptian Foreign Minister", "kamal_hassan_ali"), ("Premier", "menachem_begin")],
)

_GL = "Soviet President Mikhail S. Gorbachev rejected a package of compromise proposals handed to him Tuesday by Lithuania’s leader, saying it did not go far enough toward meeting the demands he has set for opening talks with the breakaway Baltic republic."
_LK = "Landsbergis, however, said that an assortment of draft documents toward that end failed to placate either Gorbachev or another top Moscow official, Supreme Soviet First Deputy Chairman Anatoly I. Lukyanov."
A["dev_12505_gorbachev_landsbergis_kremlin"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "vytautas_landsbergis": ["Vytautas Landsbergis", "Landsbergis"],
        "anatoly_lukyanov": ["Anatoly I. Lukyanov", "Lukyanov"],
        "kazimiera_prunskiene": ["Kazimiera Prunskiene"],
        "tass": ["Tass"],
        # New key.
        "supreme_soviet": ["Supreme Soviet"],
    },
    meetings=[
        # "Gorbachev rejected a package of compromise proposals handed to him Tuesday by
        # Lithuania's leader" ("the unscheduled meeting in the Kremlin", "the 90-minute session":
        # the same) -> held, 1990-06-26, Moscow (the Kremlin, resolved to its city).
        M(["mikhail_gorbachev", "vytautas_landsbergis"], "1990-06-26", "Moscow", IP, H, _GL),
        # Lukyanov is named as having been shown the documents too ("he as well as Lukyanov did not
        # accept them") -> pairs with him, held, 1990-06-26, Moscow; not required (his presence at
        # the session is implied, not stated).
        M(["vytautas_landsbergis", "anatoly_lukyanov"], "1990-06-26", "Moscow", IP, H, _LK, False),
        M(["mikhail_gorbachev", "anatoly_lukyanov"], "1990-06-26", "Moscow", IP, H, _LK, False),
        # Not rows: the debate of Lithuania's Parliament (a plenary); Prunskiene's proposal; the
        # "negotiations" Moscow sets conditions for (hypothetical); Tass's report. Kept as it
        # stands: the empty lines after the headline and before the fifth paragraph. Removed:
        # nothing at the start; at the end, the cut-off last sentence ("He said the republic's
        # Supreme Council, or Parliament, which he addressed later in the day, will “have to seek
        # a way out of the situat").
    ],
    roles=[("Soviet President", "mikhail_gorbachev"), ("Lithuania’s leader", "vytautas_landsbergis"),
           ("Lithuania’s president", "vytautas_landsbergis"),
           ("the republic’s prime minister", "kazimiera_prunskiene"),
           ("Supreme Soviet First Deputy Chairman", "anatoly_lukyanov"),
           ("another top Moscow official", "anatoly_lukyanov")],
)

A["dev_12506_bainimarama_lavrov_new_york"] = dict(
    actors={
        "frank_bainimarama": ["Hon. Josaia Voreqe Bainimarama", "Josaia Voreqe Bainimarama", "Bainimarama"],
        "sergey_lavrov": ["Sergey Lavrov", "Minister Lavrov", "Lavrov"],
        "united_nations": ["United Nations"],
        # New keys.
        "multinational_observer_group_fiji": ["Multinational Observer Group"],
        "russian_service_institute": ["Russian Service Institute"],
    },
    meetings=[
        # "Bainimarama, held a bilateral meeting today at the United Nations with Russian Foreign
        # Minister Sergey Lavrov" (under "New York / Saturday, September 27, 2014") -> held,
        # 2014-09-27, New York.
        M(["frank_bainimarama", "sergey_lavrov"], "2014-09-27", "New York", IP, H,
          "Fijian Prime Minister, Hon. Josaia Voreqe Bainimarama, held a bilateral meeting today at the United Nations with Russian Foreign Minister Sergey Lavrov."),
        # Not rows: "the expected visit to Fiji in early 2015 of the Defence Minister of Russia"
        # (the visitor unnamed and no named host); the attendance of "eight Fijian diplomats" at the
        # Russian Service Institute (unnamed). Kept as they stand: "Vladivostok.  He" (two
        # spaces), the stray closing quotation mark after "Defence Minister of Russia.", the photo
        # caption. Removed: at the start, the site's error lines ("Error message", "User warning:
        # The following module is missing ... (line 1128 of /var/www/un/includes/"); at the end,
        # the language menu "English Arabic French Russian Spanish".
    ],
    roles=[("Fijian Prime Minister", "frank_bainimarama"), ("Russian Foreign Minister", "sergey_lavrov"),
           ("the Prime Minister", "frank_bainimarama")],
)

A["test_12507_kirchner_obama_call"] = dict(
    actors={
        "cristina_fernandez_de_kirchner": ["Cristina Fernández de Kirchner", "Cristina Kirchner", "Mrs. Kirchner", "Kirchner"],
        "barack_obama": ["Barack Obama", "Obama"],
        # New keys.
        "zine_el_abidine_ben_ali": ["Zine El Abidine Ben Ali"],
        "jorge_luis_borges": ["Jorge Luis Borges"],
        "julio_cortazar": ["Julio Cortázar"],
    },
    meetings=[
        # "Kirchner ... held a telephone conversation with US President-elect Barack Obama" ("The
        # Tuesday conversation") -> phone, held, 2008-11-18, no place.
        M(["cristina_fernandez_de_kirchner", "barack_obama"], "2008-11-18", None, PH, H,
          "Argentine President Cristina Fernández de Kirchner who is currently on a North African tour, held a telephone conversation with US President-elect Barack Obama, during which he expressed his desire to meet her in person and visit Argentina."),
        # "while Mrs. Kirchner was waiting to meet her Tunisian counterpart Zine El Abidine Ben Ali,
        # in the Carthage Presidential Palace" -> planned (about to happen; not reported as held),
        # 2008-11-18 (the same Tuesday), Carthage.
        M(["cristina_fernandez_de_kirchner", "zine_el_abidine_ben_ali"], "2008-11-18", "Carthage", IP, P,
          "The Tuesday conversation took place while Mrs. Kirchner was waiting to meet her Tunisian counterpart Zine El Abidine Ben Ali, in the Carthage Presidential Palace."),
        # "she believed that they will meet “very soon after he takes office,” on January 20" ->
        # planned, date null (after January 20, no day), place null; not required (a belief; the
        # invitation to Argentina and Obama's "hopeful of visiting" are the same prospect).
        M(["cristina_fernandez_de_kirchner", "barack_obama"], None, None, IP, P,
          "She added that she believed that they will meet \"very soon after he takes office,\" on January 20.", False),
        # Not rows: "I have spoken to different heads of state in Magreb" (unnamed, a count); the
        # congratulatory letter; the invitation (see above). Kept as they stand: the quotation
        # marks as printed ("I am very pleased. \"I also informed"), "president elect".
        # Removed: nothing at the start; at the end, the cut-off last sentence ("In that document,
        # the President said that the \"era that is opening\" in the United States \"is a major
        # landmark in one of history's most emotional epics... the fight ag").
    ],
    roles=[("Argentine President", "cristina_fernandez_de_kirchner"), ("US President-elect", "barack_obama"),
           ("her Tunisian counterpart", "zine_el_abidine_ben_ali"), ("president elect", "barack_obama")],
)

A["dev_12508_callaghan_giscard_statement"] = dict(
    actors={
        "james_callaghan": ["James Callaghan"],
        "valery_giscard_d_estaing": ["M. Valery Giscard d’Estaing", "Valery Giscard d’Estaing", "Giscard d’Estaing"],
        # New keys.
        "house_of_commons": ["House of Commons"],
        "european_community": ["European Community"],
        "european_assembly": ["European Assembly"],
    },
    meetings=[
        # "a statement about my talks with the President of the French Republic, M. Valery Giscard
        # d'Estaing" ("I" = James Callaghan, named in the introduction; "our official talks",
        # "our private talks and the official sessions": the same talks during the "State visit
        # to the United Kingdom") -> held, date null (no day for the talks; "yesterday" is the
        # address), United Kingdom (no city).
        M(["james_callaghan", "valery_giscard_d_estaing"], None, "United Kingdom", IP, H,
          "With your permission, Mr. Speaker, I wish to make a statement about my talks with the President of the French Republic, M. Valery Giscard d’Estaing."),
        # Not rows: the President's address from the Royal Gallery (a speech); the Foreign and
        # Commonwealth Secretary's part in the talks (unnamed; the same talks). The Tindemans
        # Report is a document (not an actor). Kept as it stands: the headline "James Callaghan –
        # 1976 Statement ...". Removed: nothing at the start; at the end, the cut-off last sentence
        # ("Finally, and perhaps of greatest significance for preventing future misunderstandings,
        # we reached agreement on the need for closer and more systematic contacts between our two
        # Governm"), a paragraph of its own.
    ],
    roles=[("the then Prime Minister", "james_callaghan"),
           ("the President of the French Republic", "valery_giscard_d_estaing"),
           ("the President", "valery_giscard_d_estaing")],
)

A["dev_12509_thongloun_phuc_hanoi"] = dict(
    actors={
        "thongloun_sisoulith": ["Thongloun Sisoulith", "Thongloun"],
        "nguyen_xuan_phuc": ["Nguyen Xuan Phuc", "Phuc"],
        "asean": ["ASEAN"],
        # New key.
        "national_assembly_of_laos": ["National Assembly"],
    },
    meetings=[
        # "In a meeting in Hanoi on Sunday, Thongloun and his counterpart, Vietnam Prime Minister
        # Nguyen Xuan Phuc, pledged ..." -> held, 2016-05-15, Hanoi.
        M(["thongloun_sisoulith", "nguyen_xuan_phuc"], "2016-05-15", "Hanoi", IP, H,
          "In a meeting in Hanoi on Sunday, Thongloun and his counterpart, Vietnam Prime Minister Nguyen Xuan Phuc, pledged to work closely to implement agreements to foster their bilateral political, diplomatic, security, defense, economic, trade and investment ties."),
        # Not rows: the visit "from May 15 to 17" as such (the meeting above is its recorded
        # contact); the statement on the government portal; "Both sides also said they will work
        # with other countries" (no meeting). "Toan Dao" (byline) is not annotated. Kept as it
        # stands: "By Toan Dao   May 16" (three spaces). Removed: at the start, the search tool's
        # date prefix (" date 2016-05-16 ") and the site name "VnExpress International". Nothing
        # removed at the end.
    ],
    roles=[("Lao Prime Minister", "thongloun_sisoulith"), ("his counterpart", "nguyen_xuan_phuc"),
           ("Vietnam Prime Minister", "nguyen_xuan_phuc")],
)

_ZW = "Zameer, who is on a three-day visit to Colombo, met Wickremesinghe on Wednesday evening and called on Gunawardena on Thursday morning."
A["dev_12510_zameer_wickremesinghe_colombo"] = dict(
    actors={
        "ranil_wickremesinghe": ["Ranil Wickremesinghe", "President Wickremesinghe", "Wickremesinghe", "@RW_UNP"],
        "mohamed_muizzu": ["Mohamed Muizzu"],
        # New keys.
        "moosa_zameer": ["Moosa Zameer", "Zameer"],
        "dinesh_gunawardena": ["Dinesh Gunawardena", "Gunawardena", "@DCRGunawardena"],
        "namal_rajapaksa": ["Namal Rajapaksa"],
    },
    meetings=[
        # "Zameer ... met Wickremesinghe on Wednesday evening" (the lead's "called on Sri Lankan
        # President Ranil Wickremesinghe" and "After he met President Wickremesinghe": the same) ->
        # held, 2024-06-05, Colombo (the visit "to Colombo"; the dateline).
        M(["moosa_zameer", "ranil_wickremesinghe"], "2024-06-05", "Colombo", IP, H, _ZW),
        # "... and called on Gunawardena on Thursday morning" ("It was an honour to call on the
        # Prime Minister of Sri Lanka @DCRGunawardena today": the same) -> held, 2024-06-06,
        # Colombo.
        M(["moosa_zameer", "dinesh_gunawardena"], "2024-06-06", "Colombo", IP, H, _ZW),
        # "Zameer also met Namal Rajapaksa" -> held, date null (no day), Colombo (the visit).
        M(["moosa_zameer", "namal_rajapaksa"], None, "Colombo", IP, H,
          "Zameer also met Namal Rajapaksa, a Member of Parliament from Hambantota, who he termed as a “long-time friend of Maldives” and said in a post on X, “We reflected on our time tested and historic ties of friendship. Confident that the close relationship between #Maldives and #SriLanka will progress further in the years ahead.”"),
        # Not rows: "other senior leaders" (unnamed); the posts on X (statements); Muizzu's
        # election. PTI (the agency tag in the dateline) is not annotated; X (a platform) is not an
        # actor. Kept as they stand: the quotation without its opening mark ("The #Maldives and
        # #SriLanka share ... he added further."), "who he termed". Removed: at the start, the
        # search tool's date prefix (" date 2024-06-06 "); at the end, the cut-off last sentence
        # ("Rajapaksa responded with a post on X: “I was very pleased to meet Minister Zameer during
        # his").
    ],
    roles=[("Maldives Foreign Affairs Minister", "moosa_zameer"), ("Sri Lankan President", "ranil_wickremesinghe"),
           ("the Prime Minister of Sri Lanka", "dinesh_gunawardena"),
           ("a Member of Parliament from Hambantota", "namal_rajapaksa")],
)

A["test_12511_trudeau_trump_nafta_call"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "donald_trump": ["Donald Trump", "Trump"],
        "enrique_pena_nieto": ["Enrique Pena Nieto"],
        "andres_manuel_lopez_obrador": ["Andres Manuel Lopez Obrador", "Obrador"],
        "prime_ministers_office_canada": ["Prime Minister’s Office"],
        # New key.
        "erin_otoole": ["Erin O’Toole"],
    },
    meetings=[
        # "a statement was released saying that U.S. President Donald Trump and Prime Minister
        # Justin Trudeau had spoken about NAFTA talks" (the headline "Trudeau phones Trump") ->
        # phone, held, date null (the statement is of Monday evening; the day of the call is not
        # given), no place.
        M(["justin_trudeau", "donald_trump"], None, None, PH, H,
          "On Monday evening, a statement was released saying that U.S. President Donald Trump and Prime Minister Justin Trudeau had spoken about NAFTA talks, and that Trudeau welcomed the progress made in the discussions between the U.S. and Mexico."),
        # "Pena Nieto reiterated ... after he talked with U.S. President Donald Trump by telephone"
        # (a video caption) -> phone, held, date null (the remarks are of Monday; the call is only
        # "after"), no place.
        M(["enrique_pena_nieto", "donald_trump"], None, None, PH, H,
          "WATCH: On Monday, Mexican President Enrique Pena Nieto reiterated he wanted Canada to return to talks with Mexico and the U.S. in order to reach a trilateral deal in the revamp of the North American Free Trade Agreement (NAFTA) after he talked with U.S. President Donald Trump by telephone."),
        # Not rows: "the two leaders will engage this week" (no specific contact, as "speaking
        # again soon" in ANNOTATION.md); the U.S.-Mexico deal and the "discussions between the U.S.
        # and Mexico" (negotiators unnamed); Lopez Obrador's speech in Chiapas and O'Toole's note
        # (statements). Kept as they stand: the site lines inside the text ("Story continues
        # below", "READ MORE: ...", "WATCH: U.S., Mexico reach ..."). Removed: nothing at the
        # start; at the end, the cut-off video caption ("WATCH: Trump announces United States-M").
    ],
    roles=[("Mexican President", "enrique_pena_nieto"), ("U.S. President", "donald_trump"),
           ("the Mexican president-elect", "andres_manuel_lopez_obrador"),
           ("Conservative Foreign Affairs critic", "erin_otoole")],
)

_RD = "Rutte and the twelve Cabinet members will meet Prime Minister Alexander De Croo and twelve of his government members in the monumental city center of Ghent."
_RC = "They will first meet separately with their Belgian counterparts on Tuesday and then have joint consultations with the two Prime Ministers in the evening."
A["dev_12512_rutte_de_croo_ghent"] = dict(
    actors={
        "mark_rutte": ["Mark Rutte", "Rutte"],
        # New keys.
        "alexander_de_croo": ["Alexander De Croo", "De Croo"],
        "wopke_hoekstra": ["Wopke Hoekstra"],
        "dilan_yesilgoz_zegerius": ["Dilan Yeşilgöz-Zegerius"],
        "rob_jetten": ["Rob Jetten"],
    },
    meetings=[
        # "Rutte and the twelve Cabinet members will meet Prime Minister Alexander De Croo ... in
        # ... Ghent" (the travel "on Tuesday afternoon"; the joint consultations "in the evening")
        # -> planned, 2022-04-19, Ghent.
        M(["mark_rutte", "alexander_de_croo"], "2022-04-19", "Ghent", IP, P, _RD),
        # "They [Hoekstra, Yeşilgöz-Zegerius, Jetten, among others] will first meet separately with
        # their Belgian counterparts on Tuesday" -> three one-party rows (the counterparts given by
        # role alone), planned, 2022-04-19, Ghent.
        M(["wopke_hoekstra"], "2022-04-19", "Ghent", IP, P, _RC),
        M(["dilan_yesilgoz_zegerius"], "2022-04-19", "Ghent", IP, P, _RC),
        M(["rob_jetten"], "2022-04-19", "Ghent", IP, P, _RC),
        # Not rows: the joint consultations of the delegations with the two Prime Ministers (the
        # Rutte-De Croo row; the other Cabinet members unnamed); "Since 2003 ... convened ... three
        # times" (a count); De Croo's invitation (the meeting above). Kept as they stand:
        # "FLemish", "neighbor Germany and France". Removed: at the start, the search tool's date
        # prefix (" date 2022-04-19 "). Nothing removed at the end.
    ],
    roles=[("Foreign Affairs Minister", "wopke_hoekstra"),
           ("Justice Minister", "dilan_yesilgoz_zegerius"), ("Climate Minister", "rob_jetten")],
)
