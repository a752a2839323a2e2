"""Accuracy corpus, batch 83b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 83a), from the 1970s to the 2020s (1970s:
one (1978), 1980s: two (1980, 1984), 1990s: three (1990, 1992, 1996), 2000s: two (2004, 2004),
2010s: three (2010, 2016, 2018), 2020s: one (2024); six of the twelve from before 2000, as the
brief asked for at least five), over the regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each).
Outlets/sites: a US Embassy Jakarta cable (via the WikiLeaks PlusD archive, 1978), The Olive
Press (2024), Ya Libnan (2010), Cook Islands News (2018), china.org.cn (2004), The Press
(Christchurch) via Papers Past (1984), RFE/RL (1996), The Telegraph (Calcutta, 2004), The
Roanoke Times (an AP story, via the Virginia Tech digital library, 1990), The Guardian (via the
author's archive markhuband.com, 1992), Maclean's (1980) and the Catalan News Agency (2016).
Eleven are news stories; one is a diplomatic cable (within the brief's limits of two official
releases and one cable; no official release was taken).
The pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch
files), and so, as far as the greps show, are their meetings (principals and actor keys grepped;
see the notes for the nearest: Wen Jiabao and Akayev, Zhao Ziyang, the Bhutanese king and
Puna appear elsewhere in the corpus, but not in these meetings).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_83b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-82b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_165NN_<slug>` / `test_165NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # A US embassy cable (Jakarta 6556); `published` = 1978-05-19 from "R 190732Z MAY 78" (a
    # Friday, checked); "MAY 21, 1978" (the day the communique will be issued, no row); no day
    # is given for any meeting of the visit.
    ("dev_16501_olewale_soeharto_jakarta", "Southeast Asia", "1970s", "US Embassy Jakarta cable 1978JAKART06556 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1978JAKART06556_d.html", "1978-05-19"),
    # The page line "12 Apr, 2024 @ 12:42" (a Friday, checked) is `published`: "this morning",
    # "today's", "this afternoon" = 2024-04-12.
    ("dev_16502_picardo_cameron_brussels", "Western Europe", "2020s", "The Olive Press (theolivepress.es)", "https://theolivepress.es/spain-news/2024/04/12/in-pictures-gibraltar-chief-minister-fabian-picardo-meets-david-cameron-in-brussels-ahead-of-crunch-talks-with-spain-and-the-eu", "2024-04-12"),
    # No date line in the kept text; the excerpt's trackback links (removed with the comments)
    # give the page's address yalibnan.com/2010/03/23/..., and the image label "032310" agrees:
    # `published` = 2010-03-23 (a Tuesday, checked); "on Tuesday" = 2010-03-23; "on Monday"
    # (Clinton's statement, no row) = 2010-03-22.
    ("test_16503_hariri_jumblatt_serail", "Middle East", "2010s", "Ya Libnan (yalibnan.com)", "https://yalibnan.com/?p=6178", "2010-03-23"),
    # The page line "Tuesday April 10, 2018" (a Tuesday, checked) is `published`; "Last week's
    # state visit", "in March" -> no day; "yesterday" (the press conference, no row) =
    # 2018-04-09.
    ("dev_16504_puna_delegation_new_zealand", "Oceania", "2010s", "Cook Islands News (cookislandsnews.com)", "http://www.cookislandsnews.com/national/politics/item/68679-state-visit-huge-success-pm?tmpl=component&print=1", "2018-04-10"),
    # No date line in the excerpt; the URL (/archive/2004-09/23/) gives 2004-09-23 (a
    # Thursday, checked): "Wednesday" = 2004-09-22, "on Tuesday" = 2004-09-21 (both checked);
    # "in 1994", "in 2002" -> no day.
    ("dev_16505_wen_akayev_kyrgyzstan", "Central Asia/Caucasus", "2000s", "china.org.cn (China Internet Information Center)", "http://china.org.cn/archive/2004-09/23/content_1107835.htm", "2004-09-23"),
    # No date line in the excerpt; the Papers Past address (CHP19840507) gives 1984-05-07 (a
    # Monday, checked); "on Saturday evening" (Hay's return, no row) = 1984-05-05; no day is
    # given for the interview.
    ("dev_16506_hay_zhao_ziyang_china", "East Asia", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19840507.2.57", "1984-05-07"),
    # The date line "Moscow, 26 August 1996 (RFE/RL)" (a Monday, checked) is `published`:
    # "today" = 1996-08-26; "yesterday" (talks called off, no row) = 1996-08-25; "last week",
    # "Friday", "Saturday", "last night" -> no meeting on those days.
    ("test_16507_lebed_chernomyrdin_chechnya", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1081417.html", "1996-08-26"),
    # The URL (/1041124/) gives 2004-11-24 (a Wednesday, checked); the date line "New Delhi,
    # Nov. 23" is the day before; the visit "between November 24 and 29" is a range, and no
    # day is given for any of its meetings; "last week" (Dixit's talks) -> no day.
    ("dev_16508_wangchuk_delhi_working_visit", "South Asia", "2000s", "The Telegraph (Calcutta)", "https://www.telegraphindia.com/1041124/asp/nation/story_4042008.asp", "2004-11-24"),
    # The header line "DATE: TUESDAY, April 3, 1990" (a Tuesday, checked) is `published`; no
    # day is given for Callejas's meetings ("a two-day summit"); "April 18", "March 23",
    # "April 25" (no rows).
    ("dev_16509_callejas_chamorro_managua", "Latin America", "1990s", "The Roanoke Times (Associated Press), via the Virginia Tech digital library (scholar.lib.vt.edu)", "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1990/rt9004/900403/04030451.htm", "1990-04-03"),
    # The line "The Guardian, 8 December 1992" (a Tuesday, checked) is `published`: "today" =
    # 1992-12-08, "on Saturday" = 1992-12-05, "yesterday afternoon" (the arrival, no row) =
    # 1992-12-07, "on Sunday" (no row) = 1992-12-06, "on Thursday" (Kouchner's return, no row)
    # = 1992-12-10 (all checked).
    ("dev_16510_oakley_aideed_mogadishu", "Africa", "1990s", "The Guardian (via markhuband.com, the author's archive of his articles)", "http://www.markhuband.com/us-officials-to-meet-somali-warlords/", "1992-12-08"),
    # The issue line "John Hay June 30 1980" (a Monday, checked) is `published`; "last week",
    # "in July", "in March" -> no day.
    ("test_16511_leitch_lalonde_ottawa", "North America", "1980s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1980/6/30/more-a-fandango-than-a-pavane", "1980-06-30"),
    # The search result's date field 2016-12-22 (a Thursday, checked; removed with the tool's
    # date prefix) is `published`; "last week" (the call) -> no day; "this Wednesday" (a
    # meeting not attended, no row) = 2016-12-21; "last Wednesday" (an interview, no row) =
    # 2016-12-14; "until January", "in 2011" -> no day.
    ("dev_16512_rajoy_puigdemont_call", "Western Europe", "2010s", "Catalan News Agency (catalannewsagency.com)", "http://www.catalannewsagency.com/politics/item/catalan-leaders-call-for-bilateral-relationship-with-spain-refuse-to-attend-upcoming-regional-summits", "2016-12-22"),
]

A = {}

_MAS = ("MINISTER OLEWALE ALSO PAID COURTESY CALLS ON H.E. THE VICE SPEAKER OF THE HOUSE OF REPRESENTATIVES, MASHURI, LIMITED OFFICIAL USE LIMITED OFFICIAL USE PAGE 02 JAKART 06556 01 OF 02 200012Z H.E. MINISTER COORDINATOR FOR POLITICAL AND SECURITY AFFAIRS, GENERAL MARADEN PANGGABEAN, AND OTHER CABINET MINISTERS.")
A["dev_16501_olewale_soeharto_jakarta"] = dict(
    actors={
        "soeharto": ["PRESIDENT SOEHARTO", "SOEHARTO"],
        "michael_somare": ["PRIME MINISTER SOMARE", "SOMARE"],
        # New keys (Olewale and Mashuri are named by one name only; the keys from background
        # knowledge of PNG's foreign minister Ebia Olewale and the vice speaker Mashuri Saleh,
        # as batch 78b's `ian_sinclair`; see the notes).
        "ebia_olewale": ["MINISTE OLEWALE", "MINISTER OLEWALE", "OLEWALE"],
        "mashuri_saleh": ["MASHURI"],
        "maraden_panggabean": ["GENERAL MARADEN PANGGABEAN", "MARADEN PANGGABEAN"],
        "house_of_representatives_indonesia": ["HOUSE OF REPRESENTATIVES"],
    },
    meetings=[
        # "DURING HIS VISIT MINISTE OLEWALE PAID A COURTESY CALL ON H.E. PRESIDENT SOEHARTO AT
        # THE MERDEKA PALACE" -> held (the communique reports the visit in the past tense), date
        # null (no day given), Jakarta (the Merdeka Palace, resolved to its city as
        # ANNOTATION.md's official buildings), in person.
        M(["ebia_olewale", "soeharto"], None, "Jakarta", IP, H,
          "DURING HIS VISIT MINISTE OLEWALE PAID A COURTESY CALL ON H.E. PRESIDENT SOEHARTO AT THE MERDEKA PALACE, ON WHICH OCCASION HE RENEWED THE INVITATION EXTENDED BY PRIME MINISTER SOMARE FOR HIS TO VISIT PAPUA NEW GUINEA."),
        # "MINISTER OLEWALE ALSO PAID COURTESY CALLS ON ... MASHURI, ... GENERAL MARADEN
        # PANGGABEAN, AND OTHER CABINET MINISTERS." -> two held calls on the named hosts (the
        # other cabinet ministers are unnamed), date null, place null (the text names no place
        # for them; see the notes), in person. The sentence runs over the cable's page break;
        # the evidence keeps the page-break lines verbatim.
        M(["ebia_olewale", "mashuri_saleh"], None, None, IP, H, _MAS),
        M(["ebia_olewale", "maraden_panggabean"], None, None, IP, H, _MAS),
        # "THE TWO MINISTERS DISCUSSED A WIDE RANGE OF BILATERAL, REGIONAL AND INTERNATIONAL
        # MATTERS." -> the talks of the two foreign ministers ("BOTH FOREIGN MINISTERS"); the
        # Indonesian one is not named -> one-party row, held, date null, place null, in person.
        M(["ebia_olewale"], None, None, IP, H,
          "THE TWO MINISTERS DISCUSSED A WIDE RANGE OF BILATERAL, REGIONAL AND INTERNATIONAL MATTERS."),
        # Not rows: Olewale "RENEWED THE INVITATION EXTENDED BY PRIME MINISTER SOMARE FOR HIS TO
        # VISIT PAPUA NEW GUINEA" (an invitation, not accepted or scheduled); the communique
        # "WHICH WILL BE ISSUED ON MAY 21" (a document). Not annotated: the routing and header
        # lines (AMEMBASSY ..., SECSTATE, CINCPAC, the tags); the archive stamp lines "Sheryl P.
        # Walter Declassified/Released US Department of State EO Systematic Review 20 Mar 2014"
        # (twice; a declassification stamp, as a photo credit); "OTHER CABINET MINISTERS" and the
        # unnamed Indonesian foreign minister; Indonesia, Papua New Guinea, the Merdeka Palace
        # (places and a building). Kept as they stand: the header and page-break lines, the
        # stamp lines, "AREOPERATIVE", "MINISTE OLEWALE", "FOR HIS TO VISIT". Removed: nothing at
        # the start; at the end, the cut-off sentence "THE TWO MINISTERS REVIEWED MATTERS
        # PERTAINING TO BORDER ARRANGEMENTS AND".
    ],
    roles=[("VICE SPEAKER OF THE HOUSE OF REPRESENTATIVES", "mashuri_saleh"),
           ("MINISTER COORDINATOR FOR POLITICAL AND SECURITY AFFAIRS", "maraden_panggabean"),
           ("PRIME MINISTER", "michael_somare")],
)

_QUAD = ("Around the table Picardo and Cameron will be facing off with the Spanish Foreign Secretary José Manuel Albares and EU bigwig Maroš Šef?ovi?.")
A["dev_16502_picardo_cameron_brussels"] = dict(
    actors={
        "david_cameron": ["Foreign Secretary David Cameron", "David Cameron", "Cameron"],
        "european_union": ["EU"],
        "royal_air_force": ["RAF"],
        # New keys.
        "fabian_picardo": ["Gibraltar Chief Minister Fabian Picardo", "Chief Minister Fabian Picardo", "Fabian Picardo", "Picardo"],
        "jose_manuel_albares": ["José Manuel Albares"],
        "maros_sefcovic": ["Maroš Šef?ovi?"],
        "gibraltar_socialist_labour_party": ["Gibraltar Socialist Labour Party"],
        "joseph_garcia": ["Dr Joseph Garcia", "Joseph Garcia"],
        "michael_llamas": ["Michael Llamas"],
        "glendon_martinez": ["Glendon Martinez"],
    },
    meetings=[
        # "CHIEF Minister Fabian Picardo was in Brussels this morning to meet with David Cameron
        # ahead of today's crunch talks" (the headline's "meets David Cameron in Brussels"; the
        # caption's "enjoy a light moment ahead of their high-level talks": the same) -> held,
        # 2024-04-12, Brussels, in person.
        M(["fabian_picardo", "david_cameron"], "2024-04-12", "Brussels", IP, H,
          "CHIEF Minister Fabian Picardo was in Brussels this morning to meet with David Cameron ahead of today’s crunch talks with the EU on Gibraltar’s status post-Brexit."),
        # "Around the table Picardo and Cameron will be facing off with ... Albares and ...
        # Šefčovič" ("The Gibraltar delegation will sit with counterparts from the UK, the EU and
        # Spain this afternoon"; "The meeting will be the highest level multilateral
        # negotiation") -> a planned meeting of four named people -> one row per pair across the
        # sides, planned, 2024-04-12, Brussels, in person. No second Picardo-Cameron row (the
        # same pair, day and place as the held row above, and on the same side of the table; see
        # the notes).
        M(["fabian_picardo", "jose_manuel_albares"], "2024-04-12", "Brussels", IP, P, _QUAD),
        M(["fabian_picardo", "maros_sefcovic"], "2024-04-12", "Brussels", IP, P, _QUAD),
        M(["david_cameron", "jose_manuel_albares"], "2024-04-12", "Brussels", IP, P, _QUAD),
        M(["david_cameron", "maros_sefcovic"], "2024-04-12", "Brussels", IP, P, _QUAD),
        M(["jose_manuel_albares", "maros_sefcovic"], "2024-04-12", "Brussels", IP, P, _QUAD),
        # Not rows: "a working breakfast with his team" (unnamed); the talks "worn on since 2020"
        # and "had previously broken down" (a series, no meeting fixed); "sources from the EU
        # were quoted" (statements). Garcia, Llamas and Martinez "will be accompanied for the
        # meeting" -> actors, not participants (ANNOTATION.md). Not annotated: the related-link
        # lines' "MCGRAIL INQUIRY" (an inquiry), "lead detective", "police chief", "police
        # boss", "the most powerful lawyer in Gibraltar" (unnamed); "Spanish officials", "the
        # Gibraltar delegation", "The Gibraltar and United Kingdom delegations" (unnamed or
        # generic); Gibraltar Airport (a place); Brussels, Gibraltar, Spain, the UK (places).
        # Kept as they stand: the page lines "12 Apr, 2024 @ 12:42" and "2 mins read", the two
        # related-link lines "MCGRAIL INQUIRY: ..." and the caption lines, "Šef?ovi?". Removed:
        # nothing at the start; at the end, the fragment "Picardo said ".
    ],
    roles=[("Gibraltar Chief Minister", "fabian_picardo"), ("the Chief Minister", "fabian_picardo"),
           ("leader of the Gibraltar Socialist Labour Party", "fabian_picardo"),
           ("the Spanish Foreign Secretary", "jose_manuel_albares"),
           ("EU bigwig", "maros_sefcovic"), ("the Deputy Chief Minister", "joseph_garcia"),
           ("the Attorney General", "michael_llamas"), ("the Chief Secretary", "glendon_martinez")],
)

A["test_16503_hariri_jumblatt_serail"] = dict(
    actors={
        "saad_hariri": ["Prime Minister Saad Hariri", "Saad Hariri", "Hariri"],
        "progressive_socialist_party": ["Progressive Socialist Party", "PSP"],
        "bashar_al_assad": ["Syrian President Bashar al-Assad", "Bashar al-Assad"],
        "hillary_clinton": ["Hillary Clinton"],
        # New key.
        "walid_jumblatt": ["MP Walid Jumblatt", "Walid Jumblatt", "Jumblatt"],
    },
    meetings=[
        # "Prime Minister Saad Hariri met with Progressive Socialist Party leader MP Walid
        # Jumblatt on Tuesday at the Grand Serail" ("Following his meeting with Hariri", "he and
        # Hariri discussed": the same) -> held, 2010-03-23, Beirut (the Grand Serail, resolved to
        # its city as ANNOTATION.md's official buildings), in person.
        M(["saad_hariri", "walid_jumblatt"], "2010-03-23", "Beirut", IP, H,
          "Prime Minister Saad Hariri met with Progressive Socialist Party leader MP Walid Jumblatt on Tuesday at the Grand Serail to discuss the latest domestic developments."),
        # "his expected visit to Syria, whose date he said would soon be set by Syrian President
        # Bashar al-Assad" -> a visit with no date, its host implied by who sets the date ->
        # planned, date null, Syria, in person; not required (see the notes).
        M(["walid_jumblatt", "bashar_al_assad"], None, "Syria", IP, P,
          "Following his meeting with Hariri Jumblatt said the road to Damascus was now open, in reference to his expected visit to Syria, whose date he said would soon be set by Syrian President Bashar al-Assad.",
          False),
        # Not rows: Clinton's "statement on Monday" (a statement); Jumblatt "commented" (media).
        # Not annotated: the image label "jumblatt hariri 032310" run into the first sentence (a
        # file label, not a caption); Damascus, Syria, Lebanon, the Grand Serail (places and a
        # building). Kept as they stand: the image label, "–when", "negotiations—saying".
        # Removed: nothing at the start; at the end, the comment block "3 responses to ...",
        # its three trackback lines and "Leave a Reply" (site comments).
    ],
    roles=[("Prime Minister", "saad_hariri"), ("Progressive Socialist Party leader", "walid_jumblatt"),
           ("Syrian President", "bashar_al_assad"), ("US Secretary of State", "hillary_clinton")],
)

_GC = ("Puna pointed to Glassie meeting with his New Zealand counterpart, David Clark, while he himself was able to sit down with Chris Hipkins in his capacity as the education minister, as just a couple of examples.")
A["dev_16504_puna_delegation_new_zealand"] = dict(
    actors={
        "henry_puna": ["Prime minister Henry Puna", "prime minister Henry Puna", "Henry Puna", "Puna"],
        "mark_brown": ["Mark Brown"],
        "chris_hipkins": ["Chris Hipkins"],
        "jacinda_ardern": ["Jacinda Ardern"],
        # New keys.
        "albert_nicholas": ["Albert Nicholas"],
        "nandi_glassie": ["Nandi Glassie", "Glassie"],
        "david_clark": ["David Clark"],
    },
    meetings=[
        # "Glassie meeting with his New Zealand counterpart, David Clark" -> held, date null
        # (the visit was "last week", no day), New Zealand (the country of the visit; no city),
        # in person.
        M(["nandi_glassie", "david_clark"], None, "New Zealand", IP, H, _GC),
        # "he himself was able to sit down with Chris Hipkins in his capacity as the education
        # minister" ("he" = Puna, the subject of "Puna pointed") -> held, date null, New
        # Zealand, in person.
        M(["henry_puna", "chris_hipkins"], None, "New Zealand", IP, H, _GC),
        # Not rows: the "state visit by a Cook Islands delegation to New Zealand" (meetings with
        # ministries and agencies, none named); "Jacinda Ardern's visit to the Cook Islands" in
        # March (a visit, no meeting with a named Cook Islands host; see the notes); the press
        # conference of Puna and Brown (media). Not annotated: the byline slot "Written by"
        # (empty); "the Office of the Prime Minister" (an office/building); "the foreign affairs
        # ministry", "the ministries and the agencies", "six heads of ministries" (generic or
        # unnamed); the Pacific Reset (a policy), Te Mato Vai (a project); New Zealand, the Cook
        # Islands (places). Kept as they stand: the date line, the doubled caption with
        # "18040930", "agency- to-agency". Removed: at the start, the lines "JUser: :_load:
        # Unable to load user with ID: 5443" and "Print this page" (site messages); at the end,
        # the cut-off sentence "Whether it was deliberate or not, Puna said they were also
        # privileged to".
    ],
    roles=[("finance minister", "mark_brown"), ("internal affairs minister", "albert_nicholas"),
           ("health minister", "nandi_glassie"), ("his New Zealand counterpart", "david_clark"),
           ("the education minister", "chris_hipkins"), ("New Zealand prime minister", "jacinda_ardern")],
)

A["dev_16505_wen_akayev_kyrgyzstan"] = dict(
    actors={
        "wen_jiabao": ["Premier Wen Jiabao", "Wen Jiabao", "Wen"],
        "askar_akayev": ["Kyrgyz President Askar Akayev", "Askar Akayev", "Akayev"],
        "li_peng": ["Premier Li Peng", "Li Peng"],
        # New key.
        "nikolai_tanayev": ["Kyrgyz Prime Minister Nikolai Tanayev", "Nikolai Tanayev"],
    },
    meetings=[
        # "said visiting Premier Wen Jiabao during talks with Kyrgyz President Askar Akayev
        # Wednesday" -> held, 2004-09-22, Kyrgyzstan (the country of the visit; no city), in
        # person.
        M(["wen_jiabao", "askar_akayev"], "2004-09-22", "Kyrgyzstan", IP, H,
          "The two countries plan to work together in such fields as trade, communications, energy and mining in the next ten years, said visiting Premier Wen Jiabao during talks with Kyrgyz President Askar Akayev Wednesday."),
        # "a joint statement signed by Wen and Kyrgyz Prime Minister Nikolai Tanayev on Tuesday"
        # ("The two prime ministers also signed a compendium") -> a joint signing during the
        # visit -> held, 2004-09-21, Kyrgyzstan, in person; not required (the text reports a
        # signing, not talks; see the notes).
        M(["wen_jiabao", "nikolai_tanayev"], "2004-09-21", "Kyrgyzstan", IP, H,
          "In a joint statement signed by Wen and Kyrgyz Prime Minister Nikolai Tanayev on Tuesday and released Wednesday, the two countries pledged to fully tap potential areas of cooperation such as politics, economy, trade, security and culture.",
          False),
        # Not rows: "Premier Li Peng's visit in 1994" (a visit to a country, no host named); the
        # treaty "signed in 2002" (a treaty, no signatories named); the "joint committees on
        # trade and economy" (bodies, no meeting fixed). Not annotated: the Good Neighbourly
        # Treaty (a treaty); China, Kyrgyzstan (places). Kept as they stand: the line breaks of
        # the page ("Wen\nJiabao"). Removed: nothing at the start; at the end, the cut-off
        # sentence "At the same time, border trade will be encouraged and a consultation
        # mechanism to pr".
    ],
    roles=[("visiting Premier", "wen_jiabao"), ("Kyrgyz President", "askar_akayev"),
           ("Kyrgyz Prime Minister", "nikolai_tanayev")],
)

_HAY = ("It was also given significance by the Chinese central Government and Sir. Hamish, as head of the delegation, had a 40minute interview with the Chinese Prime Minister, Mr Zhao Ziyang.")
_ALLEY = ("Rewi Alley, the New Zealander who has spent much of his life in China and Gansu province joined Mr Zhao and Sir Hamish for the discussion.")
A["dev_16506_hay_zhao_ziyang_china"] = dict(
    actors={
        "zhao_ziyang": ["Mr Zhao Ziyang", "Zhao Ziyang", "Mr Zhao"],
        # New keys.
        "hamish_hay": ["Sir Hamish Hay", "Sir Hamish", "Sir. Hamish"],
        "rewi_alley": ["Rewi Alley"],
    },
    meetings=[
        # "Sir. Hamish, as head of the delegation, had a 40minute interview with the Chinese
        # Prime Minister, Mr Zhao Ziyang" ("Mr Zhao spoke to us for 40 minutes": the same) ->
        # held, date null (no day given), China (the text names no city for the interview; the
        # visit was to "Gansu Province in China"), in person.
        M(["hamish_hay", "zhao_ziyang"], None, "China", IP, H, _HAY),
        # "Rewi Alley ... joined Mr Zhao and Sir Hamish for the discussion." -> Alley took part
        # (more than "sat in"), so the pair rule gives the two pairs with him; not required
        # (a reviewer could read him as present only; see the notes).
        M(["rewi_alley", "hamish_hay"], None, "China", IP, H, _ALLEY, False),
        M(["rewi_alley", "zhao_ziyang"], None, "China", IP, H, _ALLEY, False),
        # Not rows: the "good-will delegation of Christchurch City Councillors" visiting Gansu
        # (a visit; "the Gansu provincial government" unnamed); Hay's return "on Saturday
        # evening". Not annotated: "the Gansu provincial government", "the Chinese central
        # Government" (governments named by place); "Christchurch City Councillors and staff"
        # (unnamed); New Zealand, China, Gansu Province, Christchurch (places). Kept as they
        # stand: "threeweek", "Sir. Hamish", "40minute", "Gansu province joined" (no comma) and
        # the unclosed quotation mark of the last paragraph. Removed: at the start, the Papers
        # Past notices ("Thank you for correcting ...", "This article contains searchable text
        # ...") and the 40 lines "Article image"; at the end, the cut-off sentence "He had
        # farewelled President Reagan in the morning and had addressed the Army in the afternoon
        # and spoke to us about 5.30 p.m.,” Sir Hami".
    ],
    roles=[("the Mayor of Christchurch", "hamish_hay"), ("head of the delegation", "hamish_hay"),
           ("the Chinese Prime Minister", "zhao_ziyang"), ("the New Zealander", "rewi_alley")],
)

A["test_16507_lebed_chernomyrdin_chechnya"] = dict(
    actors={
        "viktor_chernomyrdin": ["Prime Minister Viktor Chernomyrdin", "Viktor Chernomyrdin", "Chernomyrdin"],
        "boris_yeltsin": ["Yeltsin"],
        "interfax": ["Interfax"],
        "itar_tass": ["Itar-Tass", "Tass"],
        # New keys.
        "aleksandr_lebed": ["Aleksandr Lebed", "Lebed"],
        "aslan_maskhadov": ["Aslan Maskhadov", "Maskhadov"],
        "vyacheslav_tikhomirov": ["General Vyacheslav Tikhomirov", "Vyacheslav Tikhomirov"],
        "ilias_sigauri": ["Ilias Sigauri"],
        "russian_interior_ministry": ["Russian interior ministry", "Interior Ministry"],
    },
    meetings=[
        # "Lebed briefed Chernomyrdin today on his latest talks with Chechen separatists." ("the
        # two agreed": the same) -> held, 1996-08-26, Moscow (the date line; Lebed "could return
        # to Moscow"), in person.
        M(["aleksandr_lebed", "viktor_chernomyrdin"], "1996-08-26", "Moscow", IP, H,
          "Lebed briefed Chernomyrdin today on his latest talks with Chechen separatists."),
        # "Lebed reached a truce agreement last week with Chechen separatist commander Aslan
        # Maskhadov" -> an agreement reached in talks -> held, date null ("last week"), place
        # null (none given), in person.
        M(["aleksandr_lebed", "aslan_maskhadov"], None, None, IP, H,
          "Lebed reached a truce agreement last week with Chechen separatist commander Aslan Maskhadov that took effect Friday."),
        # "General Vyacheslav Tikhomirov, is expected to meet today with separatist commander
        # Aslan Maskhadov" -> planned, 1996-08-26, place null (the text gives none for the
        # meeting itself), in person.
        M(["vyacheslav_tikhomirov", "aslan_maskhadov"], "1996-08-26", None, IP, P,
          "The commander of Russian forces in Chechnya, General Vyacheslav Tikhomirov, is expected to meet today with separatist commander Aslan Maskhadov to continue efforts toward solidifying the ceasefire in the breakaway republic."),
        # Not rows: "Lebed called off further talks with Maskhadov yesterday" (called off); "A
        # possible meeting today between Yeltsin and Lebed has been postponed, but could take
        # place as soon as tomorrow" (postponed, a possibility only; as batch 5c's postponed
        # visit; see the notes); "further postponement of a planned meeting between the Russian
        # and Chechen military commanders" (unnamed; presumably the Tikhomirov-Maskhadov
        # meeting, given its own row above); "his latest talks with Chechen separatists" (the
        # talks with Maskhadov, or unnamed); Lebed's consultations "with Russian leaders"
        # (unnamed). Not annotated: the date line's "(RFE/RL)" (outlet credit); "a Lebed
        # spokesman", "a Russian military official", "A spokesman for the Russian interior
        # ministry", "Chechen separatists", "Chechen fighters" (unnamed or generic); Chechnya,
        # Moscow, Grozny, Achkhoi-Martan (places). Removed: at the start, the site lines
        # "Accessibility links" and "Breaking News" (as 82b); at the end, the fragment "Interfax
        # reports that all ".
    ],
    roles=[("Russian national security chief", "aleksandr_lebed"), ("Prime Minister", "viktor_chernomyrdin"),
           ("Chechen separatist commander", "aslan_maskhadov"), ("separatist commander", "aslan_maskhadov"),
           ("The commander of Russian forces in Chechnya", "vyacheslav_tikhomirov"),
           ("the pro-Moscow Chechen Culture Minister", "ilias_sigauri")],
)

_KSN = ("He will meet President A.P.J. Abdul Kalam, Prime Minister Singh, foreign minister K. Natwar Singh and other key members of the United Progressive Alliance government.")
A["dev_16508_wangchuk_delhi_working_visit"] = dict(
    actors={
        "jigme_singye_wangchuck": ["King Jigme Singye Wangchuk", "Jigme Singye Wangchuk", "Wangchuk"],
        "manmohan_singh": ["Manmohan Singh", "Prime Minister Singh"],
        "j_n_dixit": ["J.N. Dixit"],
        "apj_abdul_kalam": ["President A.P.J. Abdul Kalam", "A.P.J. Abdul Kalam"],
        "k_natwar_singh": ["K. Natwar Singh"],
        "united_progressive_alliance": ["United Progressive Alliance", "UPA"],
        "sonia_gandhi": ["Sonia Gandhi"],
        "indian_national_congress": ["Congress"],
        # New key.
        "ulfa": ["Ulfa"],
    },
    meetings=[
        # "He will meet President A.P.J. Abdul Kalam, Prime Minister Singh, foreign minister K.
        # Natwar Singh and other key members of the United Progressive Alliance government." ->
        # three separate planned calls on the named hosts (the others unnamed) of the 'working
        # visit' "between November 24 and 29" -> planned, date null (a range), New Delhi (the
        # king "has decided to come to Delhi"; the date line "New Delhi"; see the notes), in
        # person.
        M(["jigme_singye_wangchuck", "apj_abdul_kalam"], None, "New Delhi", IP, P, _KSN),
        M(["jigme_singye_wangchuck", "manmohan_singh"], None, "New Delhi", IP, P, _KSN),
        M(["jigme_singye_wangchuck", "k_natwar_singh"], None, "New Delhi", IP, P, _KSN),
        # "He will also meet Sonia Gandhi, the UPA chairperson and Congress chief." -> planned,
        # date null, New Delhi, in person.
        M(["jigme_singye_wangchuck", "sonia_gandhi"], None, "New Delhi", IP, P,
          "He will also meet Sonia Gandhi, the UPA chairperson and Congress chief."),
        # "the Sino-Indian boundary talks that national security adviser J.N. Dixit held last
        # week with senior Chinese officials in Beijing" -> unnamed counterparts -> one-party
        # row, held, date null ("last week"), Beijing, in person.
        M(["j_n_dixit"], None, "Beijing", IP, H,
          "Bhutan may also be interested in the Sino-Indian boundary talks that national security adviser J.N. Dixit held last week with senior Chinese officials in Beijing."),
        # Not rows: "Manmohan Singh offered talks with Northeast rebels" (an offer to unnamed
        # groups); "Wangchuk may also discuss with the Indian leadership" (unnamed; the same
        # visit); the state visit "in January next year" as chief guest at the Republic Day
        # celebrations (a visit to a country and a ceremony, no host named); "The foreign
        # ministry statement" (a statement). Not annotated: "The foreign ministry", "the
        # Centre", "the Indian leadership", "senior Chinese officials", "rebel group" (generic or
        # unnamed); the Republic Day celebrations (an event); Delhi, New Delhi, Bhutan, India,
        # Beijing, Sikkim, Assam, the Northeast, Thimphu (places). Kept as they stand: "' which
        # may be near completion '" (straight quotes for dashes), "'working visit'",
        # "'unscheduled'". Removed: at the start, the site lines "The Telegraph", "Since 1st
        # March, 1999" and "Email This Page"; at the end, the cut-off sentence "Thimphu's worry
        # over a situation when India would offer peace talks to the rebels was one reason why
        # Bhutan, one of India's closest allies".
    ],
    roles=[("the king", "jigme_singye_wangchuck"), ("national security adviser", "j_n_dixit"),
           ("foreign minister", "k_natwar_singh"),
           ("the UPA chairperson and Congress chief", "sonia_gandhi")],
)

_CAL = ("The Honduran president spoke with reporters after meetings with Chamorro and Roman Catholic Cardinal Miguel Obando y Bravo in Managua.")
A["dev_16509_callejas_chamorro_managua"] = dict(
    actors={
        "violeta_chamorro": ["President-elect Violeta Barrios de Chamorro", "Violeta Barrios de Chamorro", "Chamorro"],
        "miguel_obando_y_bravo": ["Cardinal Miguel Obando y Bravo", "Miguel Obando y Bravo"],
        "contras": ["Contras", "Contra"],
        "united_nations": ["U.N."],
        # New keys (Callejas is named by surname only; the key from background knowledge of
        # Honduras's president Rafael Leonardo Callejas; `policarpo_callejas` of batch 78a is a
        # different man).
        "rafael_leonardo_callejas": ["Callejas"],
        "israel_galeano": ["Israel Galeano", "Commander Franklyn", "Galeano"],
    },
    meetings=[
        # "after meetings with Chamorro and Roman Catholic Cardinal Miguel Obando y Bravo in
        # Managua" -> "meetings" with two people -> two held meetings (as dev_032), date null
        # (no day given), Managua, in person.
        M(["rafael_leonardo_callejas", "violeta_chamorro"], None, "Managua", IP, H, _CAL),
        M(["rafael_leonardo_callejas", "miguel_obando_y_bravo"], None, "Managua", IP, H, _CAL),
        # "Callejas said top rebel commander Israel Galeano ... had assured him the Contras would
        # disband" -> an assurance, its occasion and kind not given -> held, date null, place
        # null, in person; not required (it may have been a message; see the notes).
        M(["israel_galeano", "rafael_leonardo_callejas"], None, None, IP, H,
          "Callejas said top rebel commander Israel Galeano, also known as Commander Franklyn, had assured him the Contras would disband by the time President-elect Violeta Barrios de Chamorro is sworn in.",
          False),
        # Not rows: "a two-day summit with four other Central American presidents in Montelimar"
        # (a summit; the four unnamed); "spoke with reporters" (media); "the March accord in
        # Honduras between Contras representatives and those of Chamorro" (unnamed
        # representatives; witnessed by the cardinal); "a Contra spokesman said" (a statement);
        # "a lower-ranking Contra commander agreed" (unnamed). Not annotated: the header
        # (Roanoke Times, Landmark Communications, Associated Press; as batch 32b); "the new
        # Nicaraguan government", "Nicaragua's leftist government" (generic); Tegucigalpa,
        # Honduras, Nicaragua, Montelimar, Managua (places). Kept as they stand: the header line.
        # Removed: nothing at the start; at the end, the editor's initials line "by CNB" (as an
        # agency tag).
    ],
    roles=[("The Honduran president", "rafael_leonardo_callejas"), ("top rebel commander", "israel_galeano"),
           ("The cardinal", "miguel_obando_y_bravo")],
)

_OAK = ("The former US ambassador to Somalia, Robert Oakley, and a state department official, Robert Odeck, were to meet General Mohamed Farah Aideed today.")
_PLANS = ("SENIOR US diplomats arrived unannounced in the Somali capital yesterday afternoon with plans to meet the two main warring faction leaders.")
_KOU = ("France’s minister for humanitarian affairs, Bernard Kouchner, met both faction leaders on Saturday and is expected to return to Somalia on Thursday after top level discussions in Paris over how negotiations should proceed.")
A["dev_16510_oakley_aideed_mogadishu"] = dict(
    actors={
        "united_nations": ["United Nations", "UN"],
        "us_state_department": ["state department"],
        # New keys.
        "robert_oakley": ["Robert Oakley"],
        "robert_odeck": ["Robert Odeck"],
        "mohamed_farah_aideed": ["General Mohamed Farah Aideed", "Mohamed Farah Aideed", "Gen Aideed"],
        "ali_mahdi_mohamed": ["Ali Mahdi Mohamed", "Mr Ali Mahdi"],
        "united_somali_congress": ["United Somali Congress", "USC"],
        "bernard_kouchner": ["Bernard Kouchner"],
    },
    meetings=[
        # "Robert Oakley, and ... Robert Odeck, were to meet General Mohamed Farah Aideed today."
        # -> planned, 1992-12-08, Mogadishu ("the Somali capital"; the date line "in
        # Mogadishu"), in person; one row per visitor (no Oakley-Odeck row: the two are the same
        # visiting party, as 82b's delegation members).
        M(["robert_oakley", "mohamed_farah_aideed"], "1992-12-08", "Mogadishu", IP, P, _OAK),
        M(["robert_odeck", "mohamed_farah_aideed"], "1992-12-08", "Mogadishu", IP, P, _OAK),
        # "with plans to meet the two main warring faction leaders" -> the other of "the two"
        # leaders is Ali Mahdi ("the faction leaders", "both faction leaders": Aideed and Ali
        # Mahdi) -> planned, date null (no day given for him), Mogadishu, in person; not
        # required (the diplomats are unnamed in that sentence, and the second leader is
        # resolved from the context; see the notes).
        M(["robert_oakley", "ali_mahdi_mohamed"], None, "Mogadishu", IP, P, _PLANS, False),
        M(["robert_odeck", "ali_mahdi_mohamed"], None, "Mogadishu", IP, P, _PLANS, False),
        # "Bernard Kouchner, met both faction leaders on Saturday" -> two held meetings (the
        # text does not say whether jointly), 1992-12-05, Somalia ("is expected to return to
        # Somalia"; no city given), in person.
        M(["bernard_kouchner", "mohamed_farah_aideed"], "1992-12-05", "Somalia", IP, H, _KOU),
        M(["bernard_kouchner", "ali_mahdi_mohamed"], "1992-12-05", "Somalia", IP, H, _KOU),
        # Not rows: "the French government had encouraged Gen Aideed and Mr Ali Mahdi to meet"
        # (a proposal, no meeting fixed; the sentence that said Kouchner "had engineered a
        # meeting between the two" is the cut-off last sentence, removed); "to reunite Gen
        # Aideed with his former ally" (an aim); Kouchner's return "on Thursday" (a trip) and the
        # "top level discussions in Paris" (unnamed); "discussions with the faction leaders" (in
        # general). Not annotated: the byline "Mark Huband in Mogadishu" and the line "The
        # Guardian, 8 December 1992" (author and outlet); "SENIOR US diplomats" (the same two,
        # unnamed there), "A senior Somali political source", "Senior diplomatic sources",
        # "the French government", "the US", "France" (unnamed or governments named by their
        # country); Mogadishu, Somalia, Paris (places). Kept as they stand: the subheading line,
        # the byline and the outlet line. Removed: nothing at the start; at the end, the cut-off
        # sentence "A senior diplomatic source in Mogadishu confirmed on Sunday that he had
        # engineered a meeting between the two,".
    ],
    roles=[("The former US ambassador to Somalia", "robert_oakley"), ("a state department official", "robert_odeck"),
           ("the interim president", "ali_mahdi_mohamed"), ("his former ally", "ali_mahdi_mohamed"),
           ("France’s minister for humanitarian affairs", "bernard_kouchner")],
)

A["test_16511_leitch_lalonde_ottawa"] = dict(
    actors={
        "marc_lalonde": ["Marc Lalonde", "Lalonde"],
        "liberal_party_of_canada": ["Grits"],
        # New key.
        "merv_leitch": ["Merv Leitch", "Leitch"],
    },
    meetings=[
        # "Provincial Energy Minister Merv Leitch and Ottawa's Marc Lalonde came together last
        # week, reached no agreement" ("Leitch's Ottawa visit", "the next day and a half of
        # meetings across the vast oak table": the same) -> held, date null ("last week"; a day
        # and a half), Ottawa, in person.
        M(["merv_leitch", "marc_lalonde"], None, "Ottawa", IP, H,
          "Provincial Energy Minister Merv Leitch and Ottawa’s Marc Lalonde came together last week, reached no agreement and handed the negotiations, to resume in July, on to their first ministers."),
        # Not rows: the negotiations "to resume in July" by "their first ministers" (both
        # unnamed in the text; see the notes); "he later told reporters" (media); the
        # commissionaire's parking incident. Not annotated: the byline "John Hay" / "By John
        # Hay", the lines "Canada" and "Maclean's" (author, section and outlet); "the federal
        # government", "the feds", "the energy department", "Alberta officials", "a
        # commissionaire" (generic or unnamed); Alberta, Ottawa (places). Kept as they stand:
        # the repeated title, byline and section lines, "onepage", the page break inside "“The
        # reverse" and "to talk prices". Removed: at the start, the section line "Canada"; at the
        # end, the fragment "Lalonde bears a campaign commitment ".
    ],
    roles=[("Provincial Energy Minister", "merv_leitch"), ("the Albertan", "merv_leitch")],
)

_PEND = ("The Catalan and Spanish executives still have two pending meetings: one between the Spanish Vice President, Soraya Sáenz de Santamaría, and the Catalan Vice President, Oriol Junqueras; and another, and more crucial one, between Puigdemont and Rajoy.")
A["dev_16512_rajoy_puigdemont_call"] = dict(
    actors={
        "mariano_rajoy": ["Rajoy"],
        "government_of_spain": ["Spanish Government", "Spanish executive"],
        # New keys.
        "carles_puigdemont": ["Puigdemont"],
        "government_of_catalonia": ["Catalan Government", "Catalan Executive"],
        "neus_munte": ["Neus Munté", "Munté"],
        "enric_millo": ["Enric Millo"],
        "soraya_saenz_de_santamaria": ["Soraya Sáenz de Santamaría", "Sáenz de Santamaría"],
        "oriol_junqueras": ["Oriol Junqueras", "Junqueras"],
        "catalunya_radio": ["Catalunya Ràdio"],
    },
    meetings=[
        # "Rajoy called Puigdemont last week to ask him to attend the meeting." ("the Spanish
        # President reissued the invitation": in the same call) -> phone, held, date null ("last
        # week"), place null.
        M(["mariano_rajoy", "carles_puigdemont"], None, None, PH, H,
          "Rajoy called Puigdemont last week to ask him to attend the meeting."),
        # "two pending meetings: one between ... Sáenz de Santamaría, and ... Junqueras; and
        # another ... between Puigdemont and Rajoy" ("the meeting with Sáenz de Santamaría will
        # have to wait until January") -> two intended meetings -> planned, date null, place
        # null, in person.
        M(["soraya_saenz_de_santamaria", "oriol_junqueras"], None, None, IP, P, _PEND),
        M(["carles_puigdemont", "mariano_rajoy"], None, None, IP, P, _PEND),
        # Not rows: Munté "failed to attend this Wednesday the preparatory meeting for the
        # Conference of Presidents" (not attended; a multilateral meeting); the Conference of
        # Presidents itself (a meeting of all regional presidents, which Puigdemont refuses to
        # attend); "the bilateral meetings ... The last one took place in 2011" (unnamed
        # participants); Junqueras's "interview" with Catalunya Ràdio (media); Munté's request to
        # Millo (a statement). Not annotated: the Conference of Presidents (an event); "Catalan
        # Government sources" (unnamed); "The Catalan and Spanish executives" (generic);
        # Catalonia (a place). Kept as they stand: the subheadings "Munté absent from
        # preparatory meeting for conference" and "Pending meetings". Removed: at the start, the
        # tool's date prefix " date 2016-12-22 " (the stored excerpt begins in the middle of the
        # story, as stored); at the end, the cut-off sentence "This week “is really intense”, he
        # stated referring to the parliamentary debate of the budget for 2017, which ended ".
    ],
    roles=[("the Spanish President", "mariano_rajoy"),
           ("The Catalan Government spokeswoman and Catalan Minister for the Presidency", "neus_munte"),
           ("the delegate of the Spanish Government in Catalonia", "enric_millo"),
           ("the Spanish Vice President", "soraya_saenz_de_santamaria"),
           ("the Catalan Vice President", "oriol_junqueras")],
)
