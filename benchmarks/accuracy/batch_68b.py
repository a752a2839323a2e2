"""Accuracy corpus, batch 68b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 68a), from the 1970s to the 2020s
(1970s: two (1974, 1976), 1990s: three (1990, 1996, 1996), 2000s: two (2002, 2008), 2010s: one
(2018), 2020s: four (2022, 2022, 2022, 2024); five of the twelve from before 2000 (1974, 1976,
1990, 1996, 1996), as the brief asked; no even-year 1980s page was taken, see the notes), over the
eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: The Diplomatic Insight (thediplomaticinsight.com), the Jewish Telegraphic Agency
(jta.org archive), Matangi Tonga (matangitonga.to, print view), RFE/RL (rferl.org), the sultanate.com
news server (a Brunei newspaper story), Lusaka Times (lusakatimes.com), the Houses of the Oireachtas
(oireachtas.ie; Dail oral answers, Irish-language interface), KBS World (world.kbs.co.kr), a mirror
of BBC News Online (bbctodays.pages.dev), Maclean's (archive.macleans.ca), the Government of Malta
(gov.mt; a ministry press release) and HR-Net (hri.org; a BTA bulletin of the Embassy of Bulgaria);
sultanate.com, Lusaka Times, KBS World, the BBC mirror and gov.mt are new to the corpus. The pages
are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the other batches'
modules, batch 68a excepted), and so are their meetings (names grepped in the corpus texts).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_68b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-67b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_135NN_<slug>` / `test_135NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline "San Cristóbal, 29 July 2022 (TDI)" (a Friday, checked): "on 29 July" ->
    # 2022-07-29.
    ("dev_13501_faria_leyva_san_cristobal", "Latin America", "2020s", "The Diplomatic Insight (thediplomaticinsight.com)", "https://thediplomaticinsight.com/venezuela-and-colombias-foreign-ministers-meet/", "2022-07-29"),
    # No date line in the kept text; the URL's "1974/09/12" (the JTA bulletin of Thursday 12
    # September 1974, checked): "today" -> 1974-09-12 (resolved against the bulletin date, as the
    # JTA items of batch 67b; see the notes); the talks with Ford are not given a day -> null.
    ("dev_13502_rabin_kissinger_blair_house", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/1974/09/12/archive/rabin-and-kissinger-meet-for-7-hours-emphasis-on-israels-need-to-be-strong", "1974-09-12"),
    # The date line "Thursday, August 18, 2022 - 21:59" (a Thursday, checked) and the caption's
    # "18 August 2022": the greeting -> 2022-08-18; the audience in 'Eua (the same day's visit,
    # before the remarks of "this afternoon") -> 2022-08-18 (see the notes).
    ("test_13503_mahuta_tupou_eua", "Oceania", "2020s", "Matangi Tonga (matangitonga.to, print view)", "https://matangitonga.to/print/30004", "2022-08-18"),
    # The dateline "Bishkek, 15 October 1996 (RFE/RL)" (a Tuesday, checked): "today meets" ->
    # 1996-10-15.
    ("dev_13504_velayati_akayev_bishkek", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1082051.html", "1996-10-15"),
    # No date in the kept text; the URL's "2008/27_aug" (27 August 2008, a Wednesday, checked):
    # "yesterday" -> 2008-08-26.
    ("dev_13505_sultan_abdullah_badawi_johor", "Southeast Asia", "2000s", "sultanate.com news server (a Brunei newspaper story, byline Azlan Othman)", "http://www.sultanate.com/news_server/2008/27_aug_3.html", "2008-08-27"),
    # No date line in the kept text; the URL's "2018/04/12" (a Thursday, checked): "today" ->
    # 2018-04-12.
    ("dev_13506_masisi_lungu_courtesy_call", "Africa", "2010s", "Lusaka Times (lusakatimes.com)", "https://www.lusakatimes.com/2018/04/12/botswanas-new-president-expected-in-zambia/", "2018-04-12"),
    # The date line "Tuesday, 1 May 1990" (a Tuesday, checked; the URL's 1990-05-01 agrees); the
    # meeting is dated in the questions: "in London on 20 April, 1990" -> 1990-04-20, explicit.
    ("test_13507_taoiseach_thatcher_london", "Western Europe", "1990s", "Houses of the Oireachtas (oireachtas.ie; Dail Eireann debate, oral answers, Irish-language interface)", "https://www.oireachtas.ie/ga/debates/debate/dail/1990-05-01/9/", "1990-05-01"),
    # The search tool's date field 2024-01-19 (a Friday, checked; removed with its prefix): "on
    # Tuesday afternoon" -> 2024-01-16 (a Tuesday, checked).
    ("dev_13508_cho_kamikawa_phone", "East Asia", "2020s", "KBS World (world.kbs.co.kr)", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=183282", "2024-01-19"),
    # The date line "Tuesday, 30 July, 2002, 15:36 GMT" (a Tuesday, checked); the meeting is not
    # given a day ("a day after" an undated statement) -> null.
    ("dev_13509_musharraf_khaleda_zia_dhaka", "South Asia", "2000s", "BBC News Online (mirror at bbctodays.pages.dev)", "https://bbctodays.pages.dev/2/low/south_asia/2157891.stm", "2002-07-30"),
    # The date line "December 27 1976" under the byline (the issue date, a Monday, checked; the
    # URL's 1976/12/27 agrees): the dinner "this month" -> null.
    ("dev_13510_levesque_trudeau_sussex_dinner", "North America", "1970s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1976/12/27/no-quarter-asked-and-none-given", "1976-12-27"),
    # No date in the kept text; the URL's "2022/11/24" (a Thursday, checked); the meeting is not
    # given a day -> null.
    ("test_13511_borg_tajani_meeting", "Western Europe", "2020s", "Government of Malta, Department of Information (gov.mt; press release of the Ministry for Foreign and European Affairs and Trade)", "https://www.gov.mt/en/Government/DOI/Press%20Releases/Pages/2022/11/24/pr221622en.aspx", "2022-11-24"),
    # The date line "21 May, 1996" (a Tuesday, checked; the URL's 96-05-21 agrees): the item
    # datelined "Beijing, May 20" reports "the first day of the official visit" -> 1996-05-20 (a
    # Monday, checked; see the notes).
    ("dev_13512_videnov_li_peng_beijing", "Eastern Europe/Russia", "1990s", "HR-Net (hri.org; a BTA bulletin of the Embassy of Bulgaria in Washington)", "http://www.hri.org/news/balkans/bta/1996/96-05-21.bta.html", "1996-05-21"),
]

A = {}

A["dev_13501_faria_leyva_san_cristobal"] = dict(
    actors={
        "alvaro_leyva": ["Álvaro Leyva Duran", "Álvaro Leyva"],
        "gustavo_petro": ["Gustavo Petro"],
        "twitter": ["Twitter"],
        # New keys.
        "carlos_faria": ["Carlos Faria"],
        "freddy_bernal": ["Freddy Bernal"],
        "rander_pena": ["Rander Peña"],
        "raul_rosende": ["Raul Rosende"],
        "un_verification_mission_in_colombia": ["UN Verification Mission in Colombia"],
    },
    meetings=[
        # "Carlos Faria, meets with ... Álvaro Leyva Duran, on 29 July" ("the first and historic
        # meeting", "this meeting": the same) -> held (a same-day report in the present tense),
        # 2022-07-29, San Cristóbal (the dateline's place, where the Governor of Táchira welcomes
        # them). Bernal, Peña ("also participated") and Rosende ("also joined the meeting") are
        # annotated but not participants (attendance; see the notes).
        M(["carlos_faria", "alvaro_leyva"], "2022-07-29", "San Cristóbal", IP, H,
          "San Cristóbal, 29 July 2022 (TDI): The Foreign Minister of the Bolivarian Republic of Venezuela, Carlos Faria, meets with the Designated Foreign Minister of Colombia, Álvaro Leyva Duran, on 29 July."),
        # Not rows: "This meeting was appointed by ... Gustavo Petro" (Petro does not take part);
        # Faria's post on Twitter and Bernal's words of welcome (statements); the joint
        # declaration; "ambassadors will be appointed" (future appointments, no meeting). Not
        # annotated: the outlet tag "(TDI)" in the dateline. Kept as they stand: "President-elect
        # of Columbia", "The Deputy Foreign", "as of 7 August." (an unfinished clause), the
        # trailing spaces after "on 29 July." and after the closing quotation mark. Removed:
        # nothing at the start; at the end, the cut-off sentence "In addition, the border closed
        # between the two countries i".
    ],
    roles=[("The Foreign Minister of the Bolivarian Republic of Venezuela", "carlos_faria"),
           ("the Designated Foreign Minister of Colombia", "alvaro_leyva"),
           ("President-elect of Columbia", "gustavo_petro"), ("The Governor of Táchira state", "freddy_bernal"),
           ("the Governor of Táchira", "freddy_bernal"), ("The Deputy Foreign", "rander_pena"),
           ("The Deputy Representative of the Secretary General of the UN Verification Mission in Colombia", "raul_rosende")],
)

A["dev_13502_rabin_kissinger_blair_house"] = dict(
    actors={
        "yitzhak_rabin": ["Israeli Premier Yitzhak Rabin", "Yitzhak Rabin", "Rabin"],
        "henry_kissinger": ["Secretary of State Henry A. Kissinger", "Henry A. Kissinger", "Kissinger"],
        "gerald_ford": ["President Ford", "Ford"],
        "anwar_sadat": ["Egyptian President Anwar Sadat", "Anwar Sadat", "Sadat"],
        "robert_anderson_state_department": ["Robert Anderson", "Anderson"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # "Rabin and ... Kissinger conferred for seven hours today at Blair House and at the State
        # Department" (the headline's "Meet for 7 Hours", "his meeting with Kissinger", "The talks
        # today": the same) -> held, 1974-09-12 ("today" against the bulletin date; see the
        # notes), Washington (Blair House and the State Department, official buildings named
        # without a city, resolved to their city as ANNOTATION.md does for the White House).
        M(["yitzhak_rabin", "henry_kissinger"], "1974-09-12", "Washington", IP, H,
          "Israeli Premier Yitzhak Rabin and Secretary of State Henry A. Kissinger conferred for seven hours today at Blair House and at the State Department on the Middle East situation in general and on bilateral matters affecting Israel’s financial and military position."),
        # "he was only in the middle of his talks with Ford and Kissinger" -> talks with Ford
        # under way, held, date null (not given a day), place null (not stated for them).
        M(["yitzhak_rabin", "gerald_ford"], None, None, IP, H,
          "Rabin agreed, adding that he would not go into details at present since he was only in the middle of his talks with Ford and Kissinger."),
        # Not rows: Ford's "welcoming remarks" of "yesterday" (a speech; a meeting with Rabin is
        # not stated in it); Sadat's "choice" to Israel (a statement); the MIGs sent to Egypt;
        # Anderson's answers (a spokesman's briefing); "the Middle East peace negotiations"
        # (future, no named participants). Not annotated: Blair House (a building), Egypt, the
        # Suez Canal (places). Kept as it stands: the site line "Download PDF for this date"
        # under the headline, the double blank line. Removed: at the start, the first copy of
        # the headline ("Rabin and Kissinger Meet for 7 Hours; Emphasis on Israel’s Need to Be
        # Strong") and the site line "Menu JTA Search"; at the end, the cut-off sentence
        # "Regarding the Suez Canal’s re-opening, Anderson said".
    ],
    roles=[("Israeli Premier", "yitzhak_rabin"), ("Secretary of State", "henry_kissinger"),
           ("the Secretary", "henry_kissinger"), ("Egyptian President", "anwar_sadat"),
           ("State Department spokesman", "robert_anderson_state_department")],
)

A["test_13503_mahuta_tupou_eua"] = dict(
    actors={
        "nanaia_mahuta": ["Hon. Nanaia Mahuta", "Nanaia Mahuta"],
        "tupou_vi": ["King Tupou VI"],
        # New key (the Crown Prince, named with his title).
        "tupoutoa_ulukalala": ["HRH Crown Prince Tupouto'a 'Ulukalala", "Tupouto'a 'Ulukalala"],
    },
    meetings=[
        # "the New Zealand Foreign Minister flew to 'Eua where she was received in an audience
        # with King Tupou VI at the Royal Palace in 'Eua" ("her lunch with the King", "the
        # conversations we had": the same) -> held, 2022-08-18 (the visit of the report's day;
        # see the notes), 'Eua (the island named, no city; the most specific named locality).
        M(["nanaia_mahuta", "tupou_vi"], "2022-08-18", "'Eua", IP, H,
          "After arriving at Fua'amotu International Airport with her delegation, the New Zealand Foreign Minister flew to 'Eua where she was received in an audience with King Tupou VI at the Royal Palace in 'Eua."),
        # The caption "HRH Crown Prince Tupouto'a 'Ulukalala greets Hon. Nanaia Mahuta at St
        # George Government Building, Nuku'alofa. 18 August 2022." -> a greeting, held,
        # 2022-08-18 (the caption's date), Nuku'alofa; not required (a greeting known only from
        # a photo caption; see the notes).
        M(["tupoutoa_ulukalala", "nanaia_mahuta"], "2022-08-18", "Nuku'alofa", IP, H,
          "HRH Crown Prince Tupouto'a 'Ulukalala greets Hon. Nanaia Mahuta at St George Government Building, Nuku'alofa.", False),
        # Not rows: the remarks to reporters (statements); the speech "tomorrow at Fangaloto" (a
        # speech); the tour that "included Niue earlier in the week" (no counterpart named). Not
        # annotated: the photo credit "Photo by Linny Folau / Matangi Tonga" and the byline "By
        # Linny Folau". Kept as they stand: the footnote mark "[1]" after the headline, the two
        # spaces after "21:59.", "making announcement", the opening curly quotation mark closed
        # by a straight one. Removed: at the start, the site lines "Matangi Tonga", "Published on
        # Matangi Tonga (https://matangitonga.to)" and "Home > NZ Foreign Minister receives warm
        # welcome from King Tupou VI"; at the end, the cut-off sentence "She said New Zealand
        # pledged at COP26, $1.3 billion climate finance".
    ],
    roles=[("the New Zealand Foreign Minister", "nanaia_mahuta"), ("The Minister", "nanaia_mahuta"),
           ("the King", "tupou_vi")],
)

A["dev_13504_velayati_akayev_bishkek"] = dict(
    actors={
        "ali_akbar_velayati": ["Ali Akbar Velayati", "Velayati"],
        "askar_akayev": ["President Askar Akayev", "Askar Akayev"],
        "taliban": ["Taliban"],
        # New key.
        "kyrgyz_american_bureau_on_human_rights": ["Kyrgyz-American Bureau on human rights"],
    },
    meetings=[
        # "Velayati arrived yesterday, and today meets President Askar Akayev and other top
        # officials." ("Velayati's talks are expected to focus ...": the same) -> planned (the
        # day's programme, announced in the present tense with "expected"; see the notes),
        # 1996-10-15, Bishkek (the dateline).
        M(["ali_akbar_velayati", "askar_akayev"], "1996-10-15", "Bishkek", IP, P,
          "Velayati arrived yesterday, and today meets President Askar Akayev and other top officials."),
        # Not rows: "Velayati discussed ... with top officials in Bishkek" (unnamed officials);
        # the departure "this evening for a visit to Almaty" (no counterpart named); the two
        # Russian military delegations (unnamed); the round-table of the Kyrgyz-American Bureau
        # (an event). Not annotated: the dateline credit "(RFE/RL)"; "Our Bishkek correspondent"
        # (unnamed). Kept as it stands: "bi-lateral". Removed: at the start, the site lines
        # "Accessibility links" and "Breaking News"; at the end, the cut-off sentence "The
        # chairwoman of the bureau, Natalya Ablova, tells RFE/RL that several prominent,
        # pro-democracy Kyrgyz representatives will participate: Jypar Jeksheev, ... Tabyldy
        # Egemberdiyev, former co-chairman of the "Democratic movement of Kyrgyzst".
    ],
    roles=[("Iran's Foreign Minister", "ali_akbar_velayati")],
)

_GR = ("Present at the Sultan Ismail International Airport to greet His Majesty were His Royal Highness Tunku Ibrahim Ismail Ibni Sultan Iskandar, the Tunku Mahkota of Johor; Dato Hj Abdul Ghani bin Othman, Chief Minister of Johor; Datuk Seri Utama Dr Rais Yatim, Malaysian Minister of Foreign Affairs; Dato' Shahrir bin Abdul Samad, Minister of Domestic Trade and Consumer Affairs as the minister-in-attendance; Dato' Abdul Latiff Yusof, Johor State Secretary and Datuk Ku Jaafar bin Ku Shaari, the High Commissioner of Malaysia to Brunei Darussalam.")
_RS = ("Upon arrival at the Pulai Springs Resort, where His Majesty is staying throughout the visit, His Majesty was greeted by Dato' Seri Abdullah Hj Ahmad Badawi, Prime Minister of Malaysia; Pehin Sri Abdul Taib Mahmud, Chief Minister of Sarawak and Dato' Seri Musa Aman, Chief Minister of Sabah.")
A["dev_13505_sultan_abdullah_badawi_johor"] = dict(
    actors={
        "abdullah_ahmad_badawi": ["Dato' Seri Abdullah Hj Ahmad Badawi", "Abdullah Hj Ahmad Badawi"],
        # New keys (the Sultan of Brunei is never named, only "His Majesty the Sultan and Yang
        # Di-Pertuan of Brunei Darussalam": not an actor, see the notes).
        "tunku_ibrahim_ismail": ["His Royal Highness Tunku Ibrahim Ismail Ibni Sultan Iskandar", "Tunku Ibrahim Ismail Ibni Sultan Iskandar"],
        "abdul_ghani_othman": ["Dato Hj Abdul Ghani bin Othman", "Abdul Ghani bin Othman"],
        "rais_yatim": ["Datuk Seri Utama Dr Rais Yatim", "Dr Rais Yatim", "Rais Yatim"],
        "shahrir_abdul_samad": ["Dato' Shahrir bin Abdul Samad", "Shahrir bin Abdul Samad"],
        "abdul_latiff_yusof": ["Dato' Abdul Latiff Yusof", "Abdul Latiff Yusof"],
        "ku_jaafar_ku_shaari": ["Datuk Ku Jaafar bin Ku Shaari", "Ku Jaafar bin Ku Shaari"],
        "high_commission_of_brunei_in_malaysia": ["High Commission of Brunei Darussalam in Malaysia"],
        "royal_malaysian_armed_forces": ["Royal Malaysian Armed Forces"],
        "as_sheikh_hj_noh": ["Datuk As-Sheikh Hj Noh"],
        "abdul_taib_mahmud": ["Pehin Sri Abdul Taib Mahmud", "Abdul Taib Mahmud"],
        "musa_aman": ["Dato' Seri Musa Aman", "Musa Aman"],
    },
    meetings=[
        # "His Majesty the Sultan ... and Malaysian Prime Minister, Dato' Seri Abdullah Hj Ahmad
        # Badawi discussed ... during the 12th annual leaders' consultation yesterday at the
        # Pulai Springs Resort in Johor" ("Both leaders also exchanged views", the greeting by
        # Abdullah at the resort: the same pair, day and place) -> the Sultan is never named ->
        # a one-party row (Abdullah), held, 2008-08-26, Johor (the named locality of the resort;
        # no city is given).
        M(["abdullah_ahmad_badawi"], "2008-08-26", "Johor", IP, H,
          "His Majesty the Sultan and Yang Di-Pertuan of Brunei Darussalam and Malaysian Prime Minister, Dato' Seri Abdullah Hj Ahmad Badawi discussed ways and means to further enhance bilateral cooperation and addressed matters of mutual interest during the 12th annual leaders' consultation yesterday at the Pulai Springs Resort in Johor, Malaysia."),
        # The airport welcome ("His Majesty arrived in Johor yesterday afternoon"; "Present at
        # the Sultan Ismail International Airport to greet His Majesty were ...") -> six airport
        # greetings of the unnamed Sultan: one-party rows, held, 2008-08-26, Johor; not required
        # (airport welcomes, as the optional airport rows of earlier batches).
        M(["tunku_ibrahim_ismail"], "2008-08-26", "Johor", IP, H, _GR, False),
        M(["abdul_ghani_othman"], "2008-08-26", "Johor", IP, H, _GR, False),
        M(["rais_yatim"], "2008-08-26", "Johor", IP, H, _GR, False),
        M(["shahrir_abdul_samad"], "2008-08-26", "Johor", IP, H, _GR, False),
        M(["abdul_latiff_yusof"], "2008-08-26", "Johor", IP, H, _GR, False),
        M(["ku_jaafar_ku_shaari"], "2008-08-26", "Johor", IP, H, _GR, False),
        # "Upon arrival at the Pulai Springs Resort ... His Majesty was greeted by ... Abdullah
        # ...; ... Abdul Taib Mahmud ... and ... Musa Aman" -> Abdullah's greeting is part of his
        # row above; the two chief ministers' greetings: one-party rows, held, 2008-08-26, Johor;
        # not required (welcomes on arrival).
        M(["abdul_taib_mahmud"], "2008-08-26", "Johor", IP, H, _RS, False),
        M(["musa_aman"], "2008-08-26", "Johor", IP, H, _RS, False),
        # Not rows: "officials of the High Commission" (unnamed); the guard of honour mounted by
        # the Royal Malaysian Armed Forces (a ceremony); the doa read by the Mufti (a prayer, no
        # meeting). Not annotated: the byline "By Azlan Othman"; "His Majesty the Sultan and Yang
        # Di-Pertuan of Brunei Darussalam" (never named; see the notes). Kept as they stand: the
        # headline "Closer Brunei, M'sia ties", "Dato Hj" beside "Dato'". Removed: nothing at
        # the start; at the end, the cut-off sentence "Later in the day, His Majesty joined the
        # Malaysian premier for hi".
    ],
    roles=[("Malaysian Prime Minister", "abdullah_ahmad_badawi"), ("Prime Minister of Malaysia", "abdullah_ahmad_badawi"),
           ("the Tunku Mahkota of Johor", "tunku_ibrahim_ismail"), ("Chief Minister of Johor", "abdul_ghani_othman"),
           ("Malaysian Minister of Foreign Affairs", "rais_yatim"),
           ("Minister of Domestic Trade and Consumer Affairs", "shahrir_abdul_samad"),
           ("Johor State Secretary", "abdul_latiff_yusof"),
           ("the High Commissioner of Malaysia to Brunei Darussalam", "ku_jaafar_ku_shaari"),
           ("the Johor State Mufti", "as_sheikh_hj_noh"), ("Chief Minister of Sarawak", "abdul_taib_mahmud"),
           ("Chief Minister of Sabah", "musa_aman")],
)

A["dev_13506_masisi_lungu_courtesy_call"] = dict(
    actors={
        "mokgweetsi_masisi": ["Mr Mokgweetsi Masisi", "Mokgweetsi Masisi", "President Masisi"],
        "edgar_lungu": ["Edgar Chagwa Lungu"],
        # New keys.
        "vincent_seretse": ["Vincent T. Seretse"],
        "eric_molale": ["Eric Mothibi Molale"],
        "onkokame_mokaila": ["Onkokame Kitso Mokaila"],
    },
    meetings=[
        # "Mr Mokgweetsi Masisi is today expected to pay a courtesy call on Zambia's President
        # Edgar Chagwa Lungu" -> planned ("expected"), 2018-04-12, place null (no city or country
        # is named as the place; "Zambia's" is a nationality, see the notes). The three ministers
        # accompany him: actors, not participants.
        M(["mokgweetsi_masisi", "edgar_lungu"], "2018-04-12", None, IP, P,
          "Botswana’s new president, Mr Mokgweetsi Masisi is today expected to pay a courtesy call on Zambia’s President Edgar Chagwa Lungu."),
        # Not rows: the delegation's return "home the same day" (travel). Removed: nothing at the
        # start; at the end, the appended reader's comment "Botswana, small , land-locked, mainly
        # arid and one resource-dependent for foreign exchange but doing relatively well
        # regardless. The secret is ... Sir Seretse Khama. Zambian professionals ... Welcome
        # President Masisi to a country that is even refusing to grow up." (see the notes).
    ],
    roles=[("Botswana’s new president", "mokgweetsi_masisi"), ("Zambia’s President", "edgar_lungu"),
           ("the Minister of International Affairs and Cooperation", "vincent_seretse"),
           ("Minister of Mineral Resources, Green Technology & Energy Security", "eric_molale"),
           ("Minister of Transport and Communications", "onkokame_mokaila")],
)

A["test_13507_taoiseach_thatcher_london"] = dict(
    actors={
        "margaret_thatcher": ["Mrs. Thatcher"],
        "dick_spring": ["Dick Spring", "Mr. Spring"],
        "european_council": ["European Council"],
        "dail_eireann": ["Dáil Éireann"],
        # New key.
        "proinsias_de_rossa": ["Proinsias De Rossa"],
    },
    meetings=[
        # "his meeting with the British Prime Minister in London on 20 April, 1990" (the same in
        # question 10; "my meeting with the British Prime Minister", "the meeting", "his
        # discussions with Mrs. Thatcher": the same) -> the speaker "I" is the Taoiseach, who is
        # never named -> a one-party row (Thatcher, named as "Mrs. Thatcher"), held, 1990-04-20,
        # London.
        M(["margaret_thatcher"], "1990-04-20", "London", IP, H,
          "9 Proinsias De Rossa asked the Taoiseach if Anglo-Irish relations were discussed at his meeting with the British Prime Minister in London on 20 April, 1990; and if he will make a statement on the matter."),
        # Not rows: "I had similar meetings with all the other EC leaders" (unnamed leaders, no
        # count of specific meetings); "last Saturday's special European Council meeting in
        # Dublin" (a plenary); "the joint statement" (a statement); "talks between the
        # constitutional parties in Northern Ireland" (unnamed parties, hypothetical); the
        # questions of De Rossa and Spring (parliamentary questions). Not annotated: "EC" (the
        # Community named only in "EC leaders"), "Protocol" (a convention). Kept as they stand:
        # the Irish-language lines "díospóireacht" and "Ceist:", the comma ending "in Anglo-Irish
        # relations,". Removed: at the start, the site lines "Léim ar aghaidh chuig an
        # bpríomhábhar" and "Gnáthamharc" (Irish for "Skip to main content" and "Normal View");
        # at the end, the cut-off sentence "We just hope that something imp".
    ],
    roles=[("the British Prime Minister", "margaret_thatcher"), ("the Prime Minister", "margaret_thatcher")],
)

A["dev_13508_cho_kamikawa_phone"] = dict(
    actors={
        "un_security_council": ["UN Security Council"],
        "south_korean_foreign_ministry": ["Seoul’s foreign ministry"],
        # New keys.
        "cho_tae_yul": ["Cho Tae-yul", "Cho"],
        "yoko_kamikawa": ["Yoko Kamikawa", "Kamikawa"],
        "government_of_south_korea": ["Seoul government"],
    },
    meetings=[
        # "Cho Tae-yul held his first phone call ... with his Japanese counterpart, Yoko
        # Kamikawa" ("Cho and Kamikawa spoke for over 30 minutes on Tuesday afternoon": the same)
        # -> phone, held, 2024-01-16 ("on Tuesday" against the Friday 2024-01-19), no place.
        M(["cho_tae_yul", "yoko_kamikawa"], "2024-01-16", None, PH, H,
          "Foreign minister Cho Tae-yul held his first phone call since taking office with his Japanese counterpart, Yoko Kamikawa, to discuss bilateral relations and other issues."),
        # Not rows: "seven summits last year" (a count); the agreement "to work closely together
        # with the United States" (no meeting). Not annotated: the photo credit "Photo : YONHAP
        # News" (removed). Kept as they stand: the sentences run together without spaces
        # ("issues.According", "year.Congratulating" ...). Removed: at the start, the search
        # tool's date prefix (" date 2024-01-19 ") and the photo credit "Photo : YONHAP News";
        # nothing at the end (the excerpt ends with a full sentence).
    ],
    roles=[("his Japanese counterpart", "yoko_kamikawa"), ("Foreign minister", "cho_tae_yul")],
)

A["dev_13509_musharraf_khaleda_zia_dhaka"] = dict(
    actors={
        "pervez_musharraf": ["Pervez Musharraf", "President Musharraf", "General Musharraf", "Musharraf"],
        "khaleda_zia": ["Bangladeshi Prime Minister Khaleda Zia", "Khaleda Zia"],
        "m_morshed_khan": ["Morshed Khan"],
        # New keys.
        "nisar_memon": ["Nisar Memon"],
        "east_pakistan_army": ["East Pakistan army"],
    },
    meetings=[
        # "The leaders met in Dhaka, a day after President Musharraf expressed regret ..." (the
        # agreements signed with Khaleda Zia, "the talks", "His meetings": the same) -> held,
        # date null (the statement of regret is not given a day), Dhaka.
        M(["pervez_musharraf", "khaleda_zia"], None, "Dhaka", IP, H,
          "The leaders met in Dhaka, a day after President Musharraf expressed regret for excesses committed in the 1971 Bangladesh war of independence."),
        # Not rows: the breakfast "with former colleagues in the East Pakistan army" (unnamed,
        # not political actors); the statements of Memon and Morshed Khan to journalists (a
        # meeting of the two is not stated); the general strike. Kept as they stand: the image
        # placeholder "![]()", the caption run into the text ("... a red-carpet welcome Pakistani
        # President ..."), the cross-heads "Unresolved questions" and "Pain 'shared'" run into
        # the paragraphs. Removed: at the start, the site line "| You are in: South Asia |"
        # followed by a long run of table pipes, and the "| " before the date line; at the end,
        # the cut-off quotation "\"I wish to express to the Bangladeshi people sincere regrets
        # for the tragic events, which have left deep wounds on both our".
    ],
    roles=[("Pakistani President", "pervez_musharraf"), ("The president", "pervez_musharraf"),
           ("Bangladeshi Prime Minister", "khaleda_zia"), ("Pakistani Information Minister", "nisar_memon"),
           ("His Bangladeshi counterpart", "m_morshed_khan")],
)

_LT = ("When René Lévesque arrived late at 24 Sussex Drive for dinner with the other nine provincial premiers and Pierre Trudeau this month, the anticipation of welcoming “the new boy,” as one premier called him playfully, was in the air.")
A["dev_13510_levesque_trudeau_sussex_dinner"] = dict(
    actors={
        "pierre_trudeau": ["Pierre Trudeau"],
        # New keys.
        "rene_levesque": ["René Lévesque", "Lévesque", "René"],
        "richard_hatfield": ["Richard Hatfield"],
        "foreign_affairs_journal": ["Foreign Affairs"],
    },
    meetings=[
        # "René Lévesque arrived ... at 24 Sussex Drive for dinner with the other nine
        # provincial premiers and Pierre Trudeau this month" (the discussion of the Constitution
        # at the dinner, Hatfield pressing Lévesque there: the same) -> a dinner of eleven first
        # ministers of whom three are named: one row per named pair; held, date null ("this
        # month"), Ottawa (24 Sussex Drive, the Prime Minister's residence, named without a
        # city; see the notes). The pairs with Hatfield are not required (one of nine premiers at
        # a collective dinner).
        M(["rene_levesque", "pierre_trudeau"], None, "Ottawa", IP, H, _LT),
        M(["rene_levesque", "richard_hatfield"], None, "Ottawa", IP, H, _LT, False),
        M(["pierre_trudeau", "richard_hatfield"], None, "Ottawa", IP, H, _LT, False),
        # Not rows: the group photograph; Lévesque's promise to "send them all copies" (letters);
        # "Three of the premiers" and "one premier" (unnamed). Not annotated: the byline
        # "ROBERT LEWIS"; the British North America Act and the Constitution (laws). Kept as they
        # stand: the headline and byline lines printed three and two times, the hyphenated
        # "indi- / cate" with its paragraph break. Removed: nothing at the start; at the end, the
        # cut-off sentence "Pressed to specify the date of his referendum, Lévesque hedged, not
        # willing to ti".
    ],
    roles=[("the new boy", "rene_levesque"), ("The Prime Minister", "pierre_trudeau"),
           ("the Quebec premier", "rene_levesque")],
)

A["test_13511_borg_tajani_meeting"] = dict(
    actors={
        "antonio_tajani": ["Antonio Tajani"],
        "european_union": ["European Union"],
        # New keys.
        "ian_borg": ["Minister Ian Borg", "Ian Borg", "Minister Borg"],
        "government_of_italy": ["Italian Government"],
    },
    meetings=[
        # "Ian Borg claimed this after an official meeting he had with ... Antonio Tajani"
        # ("This meeting", "During the meeting": the same) -> held, date null (the release gives
        # no day), place null (none given).
        M(["ian_borg", "antonio_tajani"], None, None, IP, H,
          "Minister for Foreign and European Affairs and Trade Ian Borg claimed this after an official meeting he had with the Minister for Foreign Affairs of Italy Antonio Tajani."),
        # Not rows: "the meeting that will be held later this week in Spain" (a meeting of
        # unnamed participants); Italy's establishing relations with Malta "after Independence"
        # (history). Not annotated: the issuing ministry in the release's header ("PRESS RELEASE
        # BY THE MINISTRY FOR FOREIGN AND EUROPEAN AFFAIRS AND TRADE", the publisher, like an
        # outlet header). Kept as they stand: the quotation opened with a curly mark and closed
        # with a straight one, the double blank lines. Nothing removed (the excerpt is the whole
        # release).
    ],
    roles=[("Minister for Foreign and European Affairs and Trade", "ian_borg"),
           ("the Minister for Foreign Affairs of Italy", "antonio_tajani")],
)

A["dev_13512_videnov_li_peng_beijing"] = dict(
    actors={
        "zhan_videnov": ["Bulgarian Prime Minister Zhan Videnov", "Zhan Videnov"],
        "li_peng": ["Li Peng"],
        "reuters": ["Reuters"],
        # New keys.
        "strahil_chervenkov": ["Strahil Chervenkov", "Chervenkov"],
        "bulgarian_national_radio": ["Bulgarian National Radio"],
        "bulgarian_foreign_ministry": ["Bulgarian Foreign Ministry"],
        "government_of_bulgaria": ["Bulgarian Government"],
    },
    meetings=[
        # "The ceremony of welcome was immediately followed by official talks between Zhan
        # Videnov and his Chinese counterpart Li Peng." -> held, 1996-05-20 (the item datelined
        # "Beijing, May 20" reports "the first day of the official visit"; see the notes),
        # Beijing (the dateline's place, "the official visit here").
        M(["zhan_videnov", "li_peng"], "1996-05-20", "Beijing", IP, H,
          "The ceremony of welcome was immediately followed by official talks between Zhan Videnov and his Chinese counterpart Li Peng."),
        # Not rows: "Foreign Ministers from Balkan countries will meet in Sofia on June 8 and 9"
        # (a multilateral meeting, no named participants); Chervenkov's words to journalists (a
        # statement); the six documents signed (agreements). Not annotated: the agency credits
        # "(BTA)" and the byline "BTA exclusive by Atanas Matev"; the header "From: Embassy of
        # Bulgaria <>" (the bulletin's sender). Kept as they stand: the bulletin's header lines
        # ("News from Bulgaria / May 21, 96", "Bulgarian Telegraph Agency Directory - Previous
        # Article - Next Article"), the indented paragraphs and blank lines, "Albania have".
        # Removed: at the start, the HR-Net site lines ("Read the North Atlantic Treaty (4 April
        # 1949) A)? GHT="50">", "Compact version", "Today's Suggestion", "Read The "Macedonian
        # Question" (by Maria Nystazopoulou-Pelekidou)", the menu from "HomeAbout HR-Net..." to
        # "Greek Fonts" with the site's date "Wednesday, 1 April 2020"); at the end, the cut-off
        # fragment "The Chinese sid".
    ],
    roles=[("Bulgarian Prime Minister", "zhan_videnov"), ("his Chinese counterpart", "li_peng"),
           ("the Chief of the Bulgarian Foreign Ministry Southeastern Europe department", "strahil_chervenkov")],
)
