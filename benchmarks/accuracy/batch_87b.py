"""Accuracy corpus, batch 87b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 87a), from the 1970s to the 2020s (1970s:
one (1974), 1980s: one (1982), 1990s: one (1990), 2000s: four (2000, 2002, 2006, 2006), 2010s:
one (2018), 2020s: four (2020, 2022, 2022, 2024); three of the twelve from before 2000), over
the regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: The Astana Times (2024), The Nation (Thailand, 2022), RNZ (Radio New Zealand,
2006), The Business Standard (tbsnews.net, Bangladesh, 2022), a US embassy cable (WikiLeaks
PlusD, 1974), People's Daily Online (2000 and 2002), UPI (1982 archive and 2006), JTA (Jewish
Telegraphic Agency archive, 1990), La Gazzetta del Mezzogiorno (English news, 2018) and
Romania Journal (2020).
Eleven are news stories; one is a diplomatic cable (17305); no official release (within the
brief's limits of two official releases and one cable). All twelve texts are in English: the
four non-English pages first taken (17306 Italian, 17307 and 17310 Spanish, 17312 French) were
replaced because the corpus holds English-language texts only (see the notes).
The North America article (17308) is a Middle East story by subject (Jordan's King Hussein) but
the meeting it reports is in Kennebunkport, Maine; the South Asia article (17304) reports a
Bangladesh-Nepal meeting held in Colombo.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_87a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_87b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-86b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_173NN_<slug>` / `test_173NN_<slug>`, NN = collection position (01..12).
The four replacement pages take positions 06, 07, 10 and 12 in the order they were found in the
replacement searches.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL (/2024/03/) and the search result's date 2024-03-01 (a Friday, checked); "on
    # Feb. 29" = 2024-02-29 (a Thursday).
    ("dev_17301_nurtleu_fidan_antalya", "Central Asia/Caucasus", "2020s", "The Astana Times (astanatimes.com)", "https://astanatimes.com/2024/03/kazakh-and-turkish-fms-reiterate-commitment-to-strengthening-cooperation/", "2024-03-01"),
    # The search result's date 2022-02-27 (a Sunday, checked; the visit was "between February
    # 24 and 26"): "on Friday" = 2022-02-25. The page's "Mon, March 07, 2022" (the site's
    # current-date line) was removed.
    ("dev_17302_don_saifuddin_working_lunch", "Southeast Asia", "2020s", "The Nation (nationthailand.com)", "https://www.nationthailand.com/in-focus/40012831", "2022-02-27"),
    # "29 Nov 2006" / "5:09 pm on 29 November 2006" (a Wednesday, checked): "today" =
    # 2006-11-29.
    ("test_17303_qarase_bainimarama_wellington", "Oceania", "2000s", "RNZ International (radionz.co.nz)", "http://www.radionz.co.nz/international/pacific-news/166454/new-zealand-foreign-minister-says-fiji-talks-constructive", "2006-11-29"),
    # "29 March, 2022, 06:20 pm" (a Tuesday, checked): "today" = 2022-03-29.
    ("dev_17304_momen_khadka_colombo", "South Asia", "2020s", "The Business Standard (tbsnews.net, Bangladesh)", "https://www.tbsnews.net/bangladesh/bangladesh-and-nepal-emphasise-stronger-bilateral-ties-393394", "2022-03-29"),
    # The cable's date-time group "R 141000Z JUN 74" = 1974-06-14 (a Friday, checked); "JUNE
    # 13" = 1974-06-13.
    ("dev_17305_kim_dong_jo_takashima_cable", "East Asia", "1970s", "US Embassy Seoul cable 1974SEOUL03835 (WikiLeaks PlusD, theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1974SEOUL03835.html", "1974-06-14"),
    # "Monday, June 26, 2000" (checked): "Sunday" = 2000-06-25 (the joint ZDF interview).
    ("dev_17306_chirac_schroeder_hanover", "Western Europe", "2000s", "People's Daily Online (english.peopledaily.com.cn)", "http://english.peopledaily.com.cn/english/200006/26/eng20000626_43991.html", "2000-06-26"),
    # The URL (/Archives/1982/11/18/) gives 1982-11-18 (a Thursday, checked): "today" =
    # 1982-11-18; "Tuesday" = 1982-11-16.
    ("test_17307_bush_kaunda_mugabe_lusaka", "Africa", "1980s", "UPI (upi.com archives)", "https://www.upi.com/Archives/1982/11/18/Vice-President-George-Bush-arrived-today-for-talks-with/7630406443600/", "1982-11-18"),
    # The URL (/1990/08/17/) gives 1990-08-17 (a Friday, checked): "on Thursday" =
    # 1990-08-16.
    ("dev_17308_king_hussein_bush_kennebunkport", "North America", "1990s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/1990/08/17/archive/jordanian-monarch-meets-with-bush-but-doesnt-say-if-hell-close-port", "1990-08-17"),
    # "Wednesday, August 07, 2002" (checked): "on Tuesday" = 2002-08-06.
    ("dev_17309_abdullah_naji_sabri_jordan", "Middle East", "2000s", "People's Daily Online (en.people.cn)", "http://en.people.cn/200208/07/eng20020807_101035.shtml", "2002-08-07"),
    # The page's date line "14 Giugno 2018" and "Paris, June 14" (a Thursday, checked):
    # "Friday" = 2018-06-15.
    ("dev_17310_macron_conte_paris_planned", "Western Europe", "2010s", "La Gazzetta del Mezzogiorno (English news, ANSA)", "http://www.lagazzettadelmezzogiorno.it/news/english/1025812/migrant-detente-time-with-italy-macron-3.html", "2018-06-14"),
    # The search result's date 2020-12-28 (a Monday, checked): "on Tuesday, December 29" =
    # 2020-12-29.
    ("test_17311_iohannis_sandu_chisinau_planned", "Eastern Europe/Russia", "2020s", "Romania Journal (romaniajournal.ro)", "https://www.romaniajournal.ro/politics/romanian-president-pays-visit-to-r-of-moldova/", "2020-12-28"),
    # The URL (/2006/12/15/) and the dateline "Dec. 15" (a Friday, checked); the meeting's day
    # is not given.
    ("dev_17312_brownfield_maduro_caracas", "Latin America", "2000s", "UPI (upi.com)", "http://www.upi.com/Top_News/2006/12/15/US-Venezuelan-leaders-meet/UPI-10131166207203/?st_rec=60431169859379", "2006-12-15"),
]

A = {}

A["dev_17301_nurtleu_fidan_antalya"] = dict(
    actors={
        "murat_nurtleu": ["Murat Nurtleu", "Nurtleu"],
        # New key.
        "hakan_fidan": ["Hakan Fidan", "Fidan"],
        "kazakh_foreign_ministry": ["Kazakh Foreign Ministry"],
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev"],
        # New keys.
        "antalya_diplomacy_forum": ["Antalya Diplomacy Forum"],
        "organization_of_turkic_states": ["Organization of Turkic States", "OTS"],
    },
    meetings=[
        # "met with ... Hakan Fidan on Feb. 29 as part of his participation in the Antalya
        # Diplomacy Forum" -> held, 2024-02-29, place Antalya (the forum's city, named in its
        # title; the dateline ASTANA is the newsroom's).
        M(["murat_nurtleu", "hakan_fidan"], "2024-02-29", "Antalya", IP, H,
          "ASTANA – Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu met with Turkish Foreign Minister Hakan Fidan on Feb. 29 as part of his participation in the Antalya Diplomacy Forum, reported the Kazakh Foreign Ministry’s press service."),
        # Not rows: the forum's debates and the OTS summit in Astana (multilateral). "Nurtleu
        # and Fidan also exchanged views" is the same meeting. Removed: at the start, the
        # tool's " date 2024-03-01" prefix.
    ],
    roles=[("Kazakh Deputy Prime Minister and Foreign Minister", "murat_nurtleu"),
           ("Turkish Foreign Minister", "hakan_fidan"),
           ("Kazakh President", "kassym_jomart_tokayev")],
)

A["dev_17302_don_saifuddin_working_lunch"] = dict(
    actors={
        "don_pramudwinai": ["Don Pramudwinai"],
        "saifuddin_abdullah": ["Saifuddin Abdullah", "Saifuddin"],
        "ismail_sabri_yaakob": ["Ismail Sabri Yaakob", "Ismail Sabri"],
        "muhyiddin_yassin": ["Muhyiddin Yassin"],
        "asean": ["Asean"],
    },
    meetings=[
        # "hosted a working lunch with his Malaysian counterpart, Saifuddin Abdullah, on
        # Friday" -> held, 2022-02-25, place Thailand (no city in the text).
        M(["don_pramudwinai", "saifuddin_abdullah"], "2022-02-25", "Thailand", IP, H,
          "Foreign Minister Don Pramudwinai hosted a working lunch with his Malaysian counterpart, Saifuddin Abdullah, on Friday to discuss ways of strengthening bilateral relations in the post-Covid era and finding ways to overcome challenges."),
        # "the high-level visit ... provided the two leaders with a chance to meet in person"
        # -> Ismail Sabri's meeting with the (unnamed) Thai leader during the Feb. 24-26 visit
        # -> one-party row, held, date null, Thailand, **required false** (inferred from the
        # visit; the Thai leader is not named).
        M(["ismail_sabri_yaakob"], None, "Thailand", IP, H,
          "At the working lunch, both ministers agreed that the high-level visit – first since the beginning of the Covid-19 pandemic – was not only timely but also of high importance as it provided the two leaders with a chance to meet in person and discuss ways of adding impetus to bilateral ties.", False),
        # Removed: at the start, the tool's " date 2022-02-27" prefix and the site's date line
        # "Mon, March 07, 2022".
    ],
    roles=[("his Malaysian counterpart", "saifuddin_abdullah"),
           ("Malaysian Prime Minister", "ismail_sabri_yaakob"),
           ("his predecessor", "muhyiddin_yassin")],
)

A["test_17303_qarase_bainimarama_wellington"] = dict(
    actors={
        "winston_peters": ["Winston Peters", "Mr Peters"],
        "laisenia_qarase": ["Laisenia Qarase", "Mr Qarase"],
        "frank_bainimarama": ["Commodore Frank Bainimarama", "Frank Bainimarama", "Commodore Bainimarama"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        # "today's meeting between the Fiji prime minister, Laisenia Qarase, and the Fiji
        # military commander, Commodore Frank Bainimarama" + "New Zealand hosted the meeting in
        # Wellington" -> held, 2006-11-29, Wellington.
        M(["laisenia_qarase", "frank_bainimarama"], "2006-11-29", "Wellington", IP, H,
          "New Zealand's foreign minister, Winston Peters, says today's meeting between the Fiji prime minister, Laisenia Qarase, and the Fiji military commander, Commodore Frank Bainimarama, has been constructive."),
        # Peters as host ("New Zealand hosted the meeting", "we made that offer ... at the end
        # of the discussion") -> two rows, held, same day and place, **required false** (his
        # presence is implied, not stated).
        M(["winston_peters", "laisenia_qarase"], "2006-11-29", "Wellington", IP, H,
          "He says New Zealand hosted the meeting in Wellington because it recognises that resolving the current situation in Fiji is fundamentally important to its future, and to the future of the wider Pacific.", False),
        M(["winston_peters", "frank_bainimarama"], "2006-11-29", "Wellington", IP, H,
          "He says New Zealand hosted the meeting in Wellington because it recognises that resolving the current situation in Fiji is fundamentally important to its future, and to the future of the wider Pacific.", False),
        # Not rows: "no concrete plans for him and the military commander to meet again soon"
        # (no meeting planned); the Pacific Islands Forum foreign ministers' meeting in Sydney
        # on Friday (multilateral). The caption-like line "Winston Peters." is kept.
    ],
    roles=[("New Zealand's foreign minister", "winston_peters"),
           ("the Fiji prime minister", "laisenia_qarase"),
           ("the Fiji military commander", "frank_bainimarama"),
           ("the military commander", "frank_bainimarama"),
           ("The Commodore", "frank_bainimarama")],
)

A["dev_17304_momen_khadka_colombo"] = dict(
    actors={
        "ak_abdul_momen": ["A K Abdul Momen", "Momen"],
        "narayan_khadka": ["Narayan Khadka"],
        "bimstec": ["BIMSTEC"],
    },
    meetings=[
        # "The two Foreign Ministers discussed bilateral issues on the sidelines of the 18th
        # BIMSTEC ministerial meeting in Colombo today." -> held, 2022-03-29, Colombo (a
        # bilateral on the sidelines of a multilateral meeting).
        M(["ak_abdul_momen", "narayan_khadka"], "2022-03-29", "Colombo", IP, H,
          "The two Foreign Ministers discussed bilateral issues on the sidelines of the 18th BIMSTEC ministerial meeting in Colombo today."),
        # Not rows: the BIMSTEC ministerial meeting (multilateral); "exchange of high level
        # visits" (general). Not annotated: the byline "TBS Report" and "Photo: Courtesy".
        # Removed: at the start, the tool's " date 2022-03-29" prefix.
    ],
    roles=[("his Nepalese counterpart", "narayan_khadka"),
           ("Foreign Minister of Nepal", "narayan_khadka"),
           ("Foreign Minister of Bangladesh", "ak_abdul_momen")],
)

A["dev_17305_kim_dong_jo_takashima_cable"] = dict(
    actors={
        # New keys.
        "kim_dong_jo": ["KIM DONG -JO", "KIM DONG-JO", "KIM"],
        "takashima": ["TAKASHIMA"],
        "okazaki": ["OKAZAKI"],
        "kim_dae_jung": ["KIM TAE-CHUNG"],
        "park_chung_hee": ["PARK"],
        "gaimusho": ["GAIMUSHO"],
    },
    meetings=[
        # "FONMIN KIM DONG -JO DURING MEETING JUNE 13 TOLD AMBASSADOR" -> the (unnamed) US
        # ambassador -> one-party row, held, 1974-06-13, place Seoul (the embassy's city).
        M(["kim_dong_jo"], "1974-06-13", "Seoul", IP, H,
          "1. FONMIN KIM DONG -JO DURING MEETING JUNE 13 TOLD AMBASSADOR THAT ROKG NOT UNDULY WORRIED OVER CURRENT STATE OF ROK-JAPAN RELATIONS."),
        # Takashima's call on Kim Dong-jo during his "JUNE 6- 10 VISIT TO KOREA" -> held, date
        # null (a day within the visit is not given), place South Korea (no city).
        M(["kim_dong_jo", "takashima"], None, "South Korea", IP, H,
          "EMBASSY HAD DIFFICULTY ARRANGING CALL ON KIM DONG-JO, SUCCEEDING ONLY BY PROMISING THAT ROK ASIAN BUREAU DIRECTOR COULD MAKE RECIPROCAL CALL ON JAPANESE FOREIGN MINISTER IN TOKYO."),
        # The private "school reunion" that evening (Takashima "had not revealed what
        # transpired": it took place) -> held, date null, South Korea, **required false**.
        M(["kim_dong_jo", "takashima"], None, "South Korea", IP, H,
          "KIM THERUPON INVITED TAKASHIMA TO PRIVATE \"SCHOOL REUNION\" THAT EVENING.", False),
        # "OKAZAKI ACKNOWLEDGED TO DCM" -> Okazaki with the (unnamed) US DCM -> one-party row,
        # held, date null, Seoul, **required false** (a diplomats' briefing).
        M(["okazaki"], None, "Seoul", IP, H,
          "JAPANESE COUNSELOR OKAZAKI ACKNOWLEDGED TO DCM, HOWEVER, THAT VISIT WAS PRIMARILY TO ASSESS STATE OF ROK-JAPAN RELATIONS, PARTICULARLY IN LIGHT OF KIM TAE-CHUNG ARRAIGNMENT AND PENDING TRIAL OF TWO JAPANESE.", False),
        # Not rows: the promised "RECIPROCAL CALL ON JAPANESE FOREIGN MINISTER IN TOKYO" (both
        # parties unnamed); "FEELERS FROM PERSONS PURPORTEDLY CLOSE TO PRESIDENT PARK" (no
        # named meeting). Removed: at the end, the cut-off sentence "HE DESCRIBED AS
        # \"OUTRAGEOUS\" SUGGESTION THAT PRIME MINISTER TANKAKA COME TO S".
    ],
    roles=[("FONMIN", "kim_dong_jo"), ("GAIMUSHO ASIAN BUREAU DIRECTOR", "takashima"),
           ("JAPANESE COUNSELOR", "okazaki"), ("PRESIDENT PARK", "park_chung_hee")],
)

A["dev_17306_chirac_schroeder_hanover"] = dict(
    actors={
        "jacques_chirac": ["French President Jacques Chirac", "Jacques Chirac", "Chirac"],
        "gerhard_schroeder": ["Chancellor Gerhard Schroeder", "Gerhard Schroeder", "Schroeder"],
        "francois_mitterrand": ["Francois Mitterrand"],
        "helmut_kohl": ["Helmut Kohl"],
        "european_union": ["European Union", "EU"],
        # New key.
        "zdf": ["ZDF"],
    },
    meetings=[
        # "Chirac arrived from Hanover where he had visited Germany's Expo 2000 world fair,
        # accompanied by Chancellor Gerhard Schroeder." -> held, Hanover, date null (the text
        # does not say on which day they toured the fair; "ZDF Sunday in Hanover" dates only
        # the joint interview, a media interview and not a row).
        M(["jacques_chirac", "gerhard_schroeder"], None, "Hanover", IP, H,
          "Chirac arrived from Hanover where he had visited Germany's Expo 2000 world fair, accompanied by Chancellor Gerhard Schroeder."),
        # Not rows: the joint ZDF interview (a media interview); the two-day state visit to
        # Berlin (no host named); the Mitterrand-Kohl relations (general). Removed: at the
        # start, the site's navigation menu; at the end, the cut-off "The nadir".
    ],
    roles=[("French President", "jacques_chirac"),
           ("Chancellor", "gerhard_schroeder"),
           ("late president", "francois_mitterrand"),
           ("former chancellor", "helmut_kohl")],
)

A["test_17307_bush_kaunda_mugabe_lusaka"] = dict(
    actors={
        "george_h_w_bush": ["Vice President George Bush", "George Bush", "Bush"],
        # "Haunda" (sic) is Kenneth Kaunda; the alias is kept as written.
        "kenneth_kaunda": ["President Kenneth Haunda", "Kenneth Haunda"],
        "robert_mugabe": ["Prime Minister Robert Mugabe", "Robert Mugabe", "Mugabe"],
        "swapo": ["South West Africa People's Organization", "SWAPO"],
    },
    meetings=[
        # "arrived today for talks with President Kenneth Haunda during a one-day stopover" ->
        # planned (the talks are announced on arrival, not reported), 1982-11-18, Lusaka.
        M(["george_h_w_bush", "kenneth_kaunda"], "1982-11-18", "Lusaka", IP, P,
          "LUSAKA, Zambia -- Vice President George Bush arrived today for talks with President Kenneth Haunda during a one-day stopover on his trans-continental safari to outline America's African policy to black leaders."),
        # "his talks with Prime Minister Robert Mugabe" during the three-day visit to Zimbabwe
        # ("Before leaving Harare") -> held, date null (the talks' day is not given), Harare.
        M(["george_h_w_bush", "robert_mugabe"], None, "Harare", IP, H,
          "Bush said his talks with Prime Minister Robert Mugabe did not affect the U.S. stand calling for withdrawal of Cuban troops from Angola as a prerequisite for a South African withdrawal from South West Africa."),
        # Mugabe's "speech welcoming Bush" on Tuesday (1982-11-16) -> a welcome in Bush's
        # presence, held, Harare (the city of the visit), **required false** (a speech, as the
        # corpus's airport welcomes).
        M(["robert_mugabe", "george_h_w_bush"], "1982-11-16", "Harare", IP, H,
          "Mugabe outlined his government's position on Namibia Tuesday in a speech welcoming Bush, saying he rejected U.S.-South African proposals to link a Cuban troop withdrawal from Angola to Namibian independence.", False),
        # Not rows: the onward stops in Zaire and Kenya (no counterpart named); the Zambia
        # regiment's welcome (no named actor). Removed: at the end, the cut-off sentence "Bush
        # said his talks with Zimbabwean leaders had pinpointed economic development as the
        # main problem facing the country".
    ],
    roles=[("Vice President", "george_h_w_bush"),
           ("Prime Minister", "robert_mugabe")],
)

A["dev_17308_king_hussein_bush_kennebunkport"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "saddam_hussein": ["Saddam Hussein"],
        "james_baker": ["James Baker"],
        "brent_scowcroft": ["Brent Scowcroft"],
        "united_nations": ["United Nations", "U.N."],
        "un_security_council": ["Security Council"],
        "white_house": ["White House"],
    },
    meetings=[
        # "left a meeting with President Bush on Thursday" + "at Bush's vacation home in
        # Kennebunkport, Maine" -> held, 1990-08-16, Kennebunkport.
        M(["hussein_bin_talal", "george_h_w_bush"], "1990-08-16", "Kennebunkport", IP, H,
          "Jordan’s King Hussein left a meeting with President Bush on Thursday without giving any clear indication whether he would close the Jordanian port of Aqaba to Iraqi trade."),
        # "He was escorted to his helicopter by ... James Baker and ... Brent Scowcroft" ->
        # two held rows, same day and place, **required false** (a send-off, as the corpus's
        # airport greetings).
        M(["hussein_bin_talal", "james_baker"], "1990-08-16", "Kennebunkport", IP, H,
          "He was escorted to his helicopter by Secretary of State James Baker and National Security Adviser Brent Scowcroft.", False),
        M(["hussein_bin_talal", "brent_scowcroft"], "1990-08-16", "Kennebunkport", IP, H,
          "He was escorted to his helicopter by Secretary of State James Baker and National Security Adviser Brent Scowcroft.", False),
        # Not rows: the supposed message from Saddam Hussein (denied); the White House news
        # conference (media); the "long-distance insults" (not a meeting). Removed: at the
        # start, the duplicated headline and "Menu JTA Search" (the second headline and
        # "Download PDF for this date" kept); at the end, the cut-off quotation "“It is Saddam
        # who lied to his Arab neighbors,".
    ],
    roles=[("The Jordanian king", "hussein_bin_talal"),
           ("the Iraqi president", "saddam_hussein"),
           ("his Iraqi foe", "saddam_hussein"),
           ("Secretary of State", "james_baker"),
           ("National Security Adviser", "brent_scowcroft")],
)

A["dev_17309_abdullah_naji_sabri_jordan"] = dict(
    actors={
        "abdullah_ii": ["Jordanian King Abdullah II", "King Abdullah II", "Abdullah II", "Abdullah"],
        "naji_sabri": ["Naji Sabri", "Sabri"],
        "saddam_hussein": ["Saddam Hussein", "Saddam"],
        "george_w_bush": ["George W. Bush"],
    },
    meetings=[
        # "on Tuesday ... during a meeting with visiting Iraqi Foreign Minister Naji Sabri" ->
        # held, 2002-08-06, place Jordan ("arrived here"; no city named).
        M(["abdullah_ii", "naji_sabri"], "2002-08-06", "Jordan", IP, H,
          "Jordanian King Abdullah II on Tuesday expressed his keenness on cementing cooperation and enhancing relations between Jordan and Iraq during a meeting with visiting Iraqi Foreign Minister Naji Sabri."),
        # Not rows: the letter from Saddam Hussein (a letter); Abdullah's visits to the United
        # States, Britain and France and "his visit to Washington" (no counterpart named). The
        # lead sentence appears twice in the page (kept as is).
    ],
    roles=[("visiting Iraqi Foreign Minister", "naji_sabri"),
           ("Iraqi President", "saddam_hussein"),
           ("the monarch", "abdullah_ii"),
           ("US President", "george_w_bush")],
)

A["dev_17310_macron_conte_paris_planned"] = dict(
    actors={
        # "macron" (lower case) is kept as written.
        "emmanuel_macron": ["French President Emmanuel Macron", "Emmanuel Macron", "Macron", "macron"],
        # New key.
        "giuseppe_conte": ["Premier Giuseppe Conte", "Giuseppe Conte", "Conte"],
        # New key.
        "bfm_tv": ["BFM-TV"],
    },
    meetings=[
        # "his meeting with Premier Giuseppe Conte in Paris Friday" + "The working lunch with
        # Conte is scheduled to go ahead Friday" -> planned, 2018-06-15, Paris (one meeting).
        M(["emmanuel_macron", "giuseppe_conte"], "2018-06-15", "Paris", IP, P,
          "Paris, June 14 - French President Emmanuel Macron said Thursday it was \"time for detente\" with Italy after a diplomatic crisis over migrant ship Aquarius had threatened his meeting with Premier Giuseppe Conte in Paris Friday."),
        # Not rows: the BFM-TV report (media). The Italian date line "14 Giugno 2018" is the
        # page's and is kept.
    ],
    roles=[("French President", "emmanuel_macron"),
           ("Premier", "giuseppe_conte")],
)

A["test_17311_iohannis_sandu_chisinau_planned"] = dict(
    actors={
        "klaus_iohannis": ["Klaus Iohannis"],
        "maia_sandu": ["Maia Sandu"],
        "romanian_presidential_administration": ["Romanian Presidential Administration"],
    },
    meetings=[
        # "will pay a visit to Chisinau on Tuesday, December 29, upon the invitation of ...
        # Maia Sandu" -> planned, 2020-12-29, Chisinau (the quoted press release and "The two
        # presidents will tackle" are the same visit).
        M(["klaus_iohannis", "maia_sandu"], "2020-12-29", "Chisinau", IP, P,
          "President Klaus Iohanniswill pay a visit to Chisinau on Tuesday, December 29, upon the invitation of the new President of the Republic of Moldova, Maia Sandu."),
        # Removed: at the start, the tool's " date 2020-12-28" prefix; at the end, the cut-off
        # sentence "At the same time, the two presidents are to adopt a Joint Statement ... and
        # to enfor".
    ],
    roles=[("the new President of the Republic of Moldova", "maia_sandu"),
           ("The Romanians President", "klaus_iohannis"),
           ("the Romanian President", "klaus_iohannis")],
)

A["dev_17312_brownfield_maduro_caracas"] = dict(
    actors={
        # New key.
        "william_brownfield": ["U.S. Ambassador William Brownfield", "William Brownfield"],
        "nicolas_maduro": ["Venezuelan Foreign Minister Nicolas Maduro", "Nicolas Maduro", "Maduro"],
        "hugo_chavez": ["Venezuelan President Hugo Chavez", "Hugo Chavez", "Chavez"],
        # New key.
        "el_universal": ["El Universal"],
    },
    meetings=[
        # "In a meeting reportedly lasting more than an hour, U.S. Ambassador William Brownfield
        # and Venezuelan Foreign Minister Nicolas Maduro discussed ..." -> held, date null (the
        # day is not given; "reported Friday" dates the newspaper's report), Caracas (the
        # dateline; the talks' city is not stated otherwise).
        M(["william_brownfield", "nicolas_maduro"], None, "Caracas", IP, H,
          "In a meeting reportedly lasting more than an hour, U.S. Ambassador William Brownfield and Venezuelan Foreign Minister Nicolas Maduro discussed ways of ending the verbal hostility between the nations, El Universal newspaper reported Friday."),
        # Not rows: Chavez and the Bush administration (no meeting). "Bush" (the
        # administration) is not an actor key here. Removed: at the start, the site's
        # "Advertisement"; at the end, "Latest Headlines" (the inner "Advertisement" is kept).
    ],
    roles=[("the U.S. ambassador", "william_brownfield"),
           ("Venezuela's foreign minister", "nicolas_maduro"),
           ("the foreign minister", "nicolas_maduro")],
)
