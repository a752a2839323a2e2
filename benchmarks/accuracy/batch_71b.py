"""Accuracy corpus, batch 71b: 12 new articles about meetings between political actors, all published
(or, where the page shows no date, written) in EVEN years (another helper takes odd years as batch
71a), from the 1980s to the 2020s (1980s: one (1988), 1990s: four (1992, 1996, 1996, 1998), 2000s:
one (2002, read from the text's context), 2010s: five (2014, 2016, 2016, 2018, 2018), 2020s: one
(2024); five of the twelve from before 2000 (1988, 1992, 1996, 1996, 1998), as the brief asked; no
1970s page was found that was both new and from an even year), over the eleven regions (Western
Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia,
Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: The Jamestown Foundation (Monitor), Bulawayo24 (bulawayo24.com), Agencia EFE
(efe.com, English service), Al Diyar (via the khaddam.net archive), The Nation (Bangkok; copy on
andreasharsono.net, the site of its correspondent), the Latvian Ministry of Foreign Affairs
(mfa.gov.lv), the U.S. Embassy in Canada (ca.usembassy.gov; a State Department transcript), The
Economist Intelligence Unit (Country Report, via nationallizenzen.zbw.eu), PM Transcripts
(pmtranscripts.pmc.gov.au), the Danish Prime Minister's Office (english.stm.dk), the Ministry of
Foreign Affairs of Japan (mofa.go.jp) and the Irish Department of Foreign Affairs (dfa.ie);
Bulawayo24, andreasharsono.net (The Nation), mfa.gov.lv, ca.usembassy.gov, the EIU, stm.dk and
dfa.ie are new to the corpus. The pages are new to the corpus (URLs grepped in sources.csv,
corpus/metadata.csv and the other batches' modules, batch 71a excepted), and so are their meetings
(names grepped in the corpus texts). Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run,
imported or read for this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_71b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-70b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_141NN_<slug>` / `test_141NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date on the page. "Publication: Monitor Volume: 2 Issue: 7" (Jamestown's Monitor began in
    # 1995, so volume 2 = 1996; background knowledge, as batch 62a did for volume 5): `published`
    # left empty, decade 1990s. "last weekend" cannot be resolved -> null.
    ("dev_14101_menagarishvili_aliyev_baku", "Central Asia/Caucasus", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/program/georgia-and-azerbaijan-draw-closer-together/", ""),
    # The date line "12 Dec 2014 at 16:15hrs" (a Friday, checked): "on Wednesday" = 2014-12-10 (a
    # Wednesday, checked) is the day Kalaba "accompanied Lungu to Zimbabwe"; the meeting itself is
    # not given a day -> null (see the notes).
    ("dev_14102_lungu_mugabe_zimbabwe", "Africa", "2010s", "Bulawayo24 (bulawayo24.com)", "http://bulawayo24.com/index-id-news-sc-africa-byo-59275.html", "2014-12-12"),
    # No date line in the kept text (the search tool's date field "2018-01" only): `published` left
    # empty; the photo caption gives the meeting "on Jan. 18, 2018" (a Thursday, checked; the body's
    # "on Thursday" agrees) -> 2018-01-18.
    ("test_14103_cartes_pena_nieto_asuncion", "Latin America", "2010s", "Agencia EFE (efe.com, English service)", "https://www.efe.com/efe/english/business/paraguay-mexico-agree-to-move-forward-on-economic-cooperation-pact/50000265-3497002?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss", ""),
    # The line "Publishing date: 1988-06-22" (a Wednesday, checked): "today" -> 1988-06-22;
    # "yesterday afternoon", "last night" / "in the morning" (of the day before) -> 1988-06-21.
    ("dev_14104_hoss_khaddam_damascus", "Middle East", "1980s", "Al Diyar (via the khaddam.net archive; English translation)", "https://khaddam.net/?p=10179", "1988-06-22"),
    # The blog date line "Monday, March 02, 1998" and the source line "The Nation, March 2, 1998"
    # (a Monday, checked; the URL's 1998/03 agrees): "today" / "this morning" -> 1998-03-02.
    ("dev_14105_chuan_suharto_jakarta", "Southeast Asia", "1990s", "The Nation (Bangkok; copy on andreasharsono.net, the site of its correspondent)", "http://www.andreasharsono.net/1998/03/chuan-set-to-discuss-crisis-with-suharto.html", "1998-03-02"),
    # No release date on the page beyond the text: "On 6 May 2024" (a Monday, checked) gives the
    # meetings' day explicitly; `published` left empty, decade 2020s from the text.
    ("dev_14106_braze_karis_tallinn", "Eastern Europe/Russia", "2020s", "Ministry of Foreign Affairs of Latvia (mfa.gov.lv; press release)", "https://mfa.gov.lv/en/article/foreign-minister-baiba-braze-while-tallinn-highlights-close-cooperation-between-latvia-and-estonia-ensure-international-support-ukraine", ""),
    # The transcript's date line "Washington, DC / May 11, 2018" (a Friday, checked) -> the meeting
    # 2018-05-11; the earlier call is not dated ("after your confirmation") -> null.
    ("test_14107_pompeo_freeland_washington", "North America", "2010s", "U.S. Embassy & Consulates in Canada (ca.usembassy.gov; State Department transcript)", "https://ca.usembassy.gov/remarks-by-secretary-pompeo-with-canadian-foreign-minister-chrystia-freeland-before-their-meeting/", "2018-05-11"),
    # The header "Country Report Bangladesh January 1996" and the URL's 19960123 (a Tuesday, checked)
    # -> published 1996-01-23; "On December 31" in a January 1996 report is 1995-12-31 (see the
    # notes); "separately" gives no day -> null.
    ("dev_14108_merrill_bangladesh_talks", "South Asia", "1990s", "The Economist Intelligence Unit, Country Report Bangladesh (via nationallizenzen.zbw.eu)", "http://nationallizenzen.zbw.eu/zbwhtml/10836/24266/?page=cr_crbd_main_19960123t000000_0011_xml.xml", "1996-01-23"),
    # The title "CANBERRA, 1 SEPTEMBER 1992" (a Tuesday, checked; the removed page metadata "Release
    # Date: 01/09/1992" agrees) -> the lunch 1992-09-01.
    ("dev_14109_keating_rabuka_canberra", "Oceania", "1990s", "PM Transcripts (Australian Prime Minister's Office; speech)", "https://pmtranscripts.pmc.gov.au/node/19357", "1992-09-01"),
    # No date on the page: `published` left empty; decade 2000s from the text ("complete the
    # enlargement negotiations with up to 10 countries at the Copenhagen Summit in December" = the
    # Copenhagen European Council of December 2002; background knowledge, see the notes); the
    # meetings are not given a day -> null.
    ("dev_14110_fogh_rasmussen_chirac_paris", "Western Europe", "2000s", "Prime Minister's Office of Denmark (english.stm.dk; press release)", "https://english.stm.dk/press/press-releases/afr-prime-minister-anders-fogh-rasmussen-expresses-pleasure-with-visit-to-paris/", ""),
    # The date line "August 12, 2016" (a Friday, checked) and "On August 12" -> 2016-08-12.
    ("test_14111_kishida_yun_phone", "East Asia", "2010s", "Ministry of Foreign Affairs of Japan (mofa.go.jp)", "https://www.mofa.go.jp/a_o/na/kr/page4e_000490.html", "2016-08-12"),
    # The headline's "7 December 2016" and "on Wednesday 7 December" (a Wednesday, checked; the URL's
    # /2016/ agrees) -> 2016-12-07; "this morning", "today" = the same day.
    ("dev_14112_flanagan_benn_london", "Western Europe", "2010s", "Department of Foreign Affairs of Ireland (dfa.ie; Embassy of Ireland in Great Britain news)", "https://www.dfa.ie/irish-embassy/great-britain/news-and-events/2016/min-flanagan-visits-london-for-brexit-meetings/", "2016-12-07"),
]

A = {}

A["dev_14101_menagarishvili_aliyev_baku"] = dict(
    actors={
        "irakli_menagarishvili": ["Georgian foreign minister Irakli Menagarishvili", "Irakli Menagarishvili", "Menagarishvili"],
        "heydar_aliyev": ["Azerbaijani president Heydar Aliyev", "Heydar Aliyev", "Aliyev"],
        "eduard_shevardnadze": ["President Eduard Shevardnadze", "Georgian president Eduard Shevardnadze", "Eduard Shevardnadze"],
        # New keys.
        "hassan_hasanov": ["foreign minister Hassan Hassanov", "Hassan Hassanov"],
        "zviad_gamsakhurdia": ["Zviad Gamsakhurdia"],
        "chevron": ["Chevron"],
    },
    meetings=[
        # "Menagarishvili conferred last weekend in Baku with ... Aliyev and foreign minister Hassan
        # Hassanov" -> two rows (one sentence naming two interactions; the text does not say they
        # were one session), held, date null ("last weekend", no publication date), Baku.
        M(["irakli_menagarishvili", "heydar_aliyev"], None, "Baku", IP, H,
          "Georgian foreign minister Irakli Menagarishvili conferred last weekend in Baku with Azerbaijani president Heydar Aliyev and foreign minister Hassan Hassanov."),
        M(["irakli_menagarishvili", "hassan_hasanov"], None, "Baku", IP, H,
          "Georgian foreign minister Irakli Menagarishvili conferred last weekend in Baku with Azerbaijani president Heydar Aliyev and foreign minister Hassan Hassanov."),
        # "Shevardnadze invited Aliyev to pay an official visit to Georgia in the near future" ->
        # planned, date null, Georgia; an invitation not said to be accepted (ANNOTATION.md counts
        # "invited ... and the invitation was accepted") -> not required (see the notes).
        M(["eduard_shevardnadze", "heydar_aliyev"], None, "Georgia", IP, P,
          "Georgian president Eduard Shevardnadze invited Aliyev to pay an official visit to Georgia in the near future.", False),
        # Not rows: "As Aliyev and Menagarishvili discussed the trans-Georgian pipeline" (the same
        # talks); "He combined the trip with a visit to Armenia" (no counterpart); the Chevron
        # executives' visit to Georgia (unnamed people, a visit to a country); "(under Zviad
        # Gamsakhurdia's presidency)" (no meeting). Not annotated: Georgia, Azerbaijan, Armenia,
        # Karabakh, Abkhazia, South Ossetia (places). Kept as they stand: the header "Publication:
        # Monitor Volume: 2 Issue: 7", the source reference "(15)". Removed: nothing at the start;
        # at the end, the next item's headline "Tengiz Pipeline Project Stuck, Alternative
        # Discussed." (another story of the same Monitor issue).
    ],
    roles=[("Georgian foreign minister", "irakli_menagarishvili"), ("Azerbaijani president", "heydar_aliyev"),
           ("foreign minister", "hassan_hasanov"), ("The Azerbaijan president", "heydar_aliyev"),
           ("Georgian president", "eduard_shevardnadze")],
)

A["dev_14102_lungu_mugabe_zimbabwe"] = dict(
    actors={
        "edgar_lungu": ["Edgar Lungu", "Lungu"],
        "robert_mugabe": ["President Robert Mugabe", "Robert Mugabe", "Mr Mugabe", "Mugabe"],
        "zanu_pf": ["Zanu-PF"],
        "sadc": ["SADC"],
        # New keys.
        "harry_kalaba": ["Foreign Affairs minister Harry Kalaba", "Harry Kalaba", "Kalaba", "Kabala"],
        "michael_sata": ["former President Michael Sata", "Michael Sata"],
        "patriotic_front_zambia": ["Patriotic Front"],
    },
    meetings=[
        # "Lungu ... has denied seeking funding in Zimbabwe saying he only met President Robert
        # Mugabe" ("The meeting was meant to provide an opportunity for the two leaders ...",
        # "reportedly told Mugabe": the same) -> held; date null (Kalaba "accompanied Lungu to
        # Zimbabwe on Wednesday", but the meeting itself is not given a day; see the notes); place
        # Zimbabwe (no city named).
        M(["edgar_lungu", "robert_mugabe"], None, "Zimbabwe", IP, H,
          "ZAMBIAN presidential hopeful and leader of the Patriotic Front, Edgar Lungu, has denied seeking funding in Zimbabwe saying he only met President Robert Mugabe to exchange notes on the happenings in both countries' ruling parties."),
        # Not rows: Kalaba "accompanied Lungu" (an accompanying minister, not a participant; see
        # ANNOTATION.md); "there was a need for them to meet" (the parties; the same meeting); the
        # parties' "general conferences" (party congresses); "seeking political advice from
        # Mugabe" (the same trip). Not annotated: Zambia, Zimbabwe (countries); "some activists",
        # "the local well-wishers" (unnamed). Kept as they stand: the date line "12 Dec 2014 at
        # 16:15hrs | Views", "meet" in the headline, "Kabala" (for Kalaba). Removed: at the start,
        # the section line "News / Africa"; at the end, the cut-off sentence "In all instances his
        # party, Zanu-PF, and state security agents have been".
    ],
    roles=[("ZAMBIAN presidential hopeful", "edgar_lungu"), ("leader of the Patriotic Front", "edgar_lungu"),
           ("Foreign Affairs minister", "harry_kalaba"), ("SADC chairperson", "robert_mugabe"),
           ("the current minister of defence", "edgar_lungu"), ("the Zimbabwean strongman", "robert_mugabe"),
           ("former President", "michael_sata")],
)

A["test_14103_cartes_pena_nieto_asuncion"] = dict(
    actors={
        "horacio_cartes": ["Paraguayan President Horacio Cartes", "Horacio Cartes", "Cartes"],
        "enrique_pena_nieto": ["Enrique Peña Nieto", "Peña Nieto"],
    },
    meetings=[
        # "Cartes (R) and his Mexican counterpart, Enrique Peña Nieto (L), signed bilateral
        # agreements during their meeting at the Government Palace in Asuncion on Jan. 18, 2018"
        # ("on Thursday agreed ... during the Mexican leader's first visit to Asuncion", "after his
        # meeting with Cartes at the presidential residence": the same) -> held, 2018-01-18,
        # Asuncion.
        M(["horacio_cartes", "enrique_pena_nieto"], "2018-01-18", "Asuncion", IP, H,
          "Paraguayan President Horacio Cartes (R) and his Mexican counterpart, Enrique Peña Nieto (L), signed bilateral agreements during their meeting at the Government Palace in Asuncion on Jan. 18, 2018."),
        # Not rows: "a press conference" (statements); "talks leading to an economic cooperation
        # agreement" (future negotiations, no participants or date). Not annotated: the photo
        # credit "EFE/Andres Cristaldo" (kept inside the text: it ends the caption); the Government
        # Palace, the presidential residence (buildings). Removed: at the start, the search tool's
        # date prefix (" date 2018-01 "); at the end, nothing.
    ],
    roles=[("Paraguayan President", "horacio_cartes"), ("his Mexican counterpart", "enrique_pena_nieto"),
           ("the Mexican leader", "enrique_pena_nieto")],
)

A["dev_14104_hoss_khaddam_damascus"] = dict(
    actors={
        "salim_hoss": ["Dr. Salim al-Hoss", "Salim al-Hoss", "Prime Minister al-Hoss", "President Hoss", "al-Hoss", "Hoss"],
        "abdul_halim_khaddam": ["Mr. Abdul-Halim Khaddam", "Abdul-Halim Khaddam", "Khaddam"],
        "amin_gemayel": ["Sheikh Amine Gemayel", "President Gemayel", "Gemayel"],
        "hafez_al_assad": ["Hafez al-Assad"],
        # New keys.
        "hussein_al_husseini": ["Hussein al-Husseini", "Al-Husseini", "al-Husseini"],
        "abdul_qader_qadoura": ["Abdul Qader Qadoura"],
        "ali_hamoud": ["Brigadier Ali Hamoud", "Ali Hamoud"],
    },
    meetings=[
        # "al-Hoss, returned last night from the Syrian capital, which he visited in the morning. He
        # met with the Vice President of Syria, Mr. Abdul-Halim Khaddam." ("Khaddam briefed
        # President Hoss": the same) -> held, 1988-06-21 (the morning of the day before
        # publication), Damascus ("the Syrian capital"; the lead "From Damascus to Damascus").
        M(["salim_hoss", "abdul_halim_khaddam"], "1988-06-21", "Damascus", IP, H,
          "He met with the Vice President of Syria, Mr. Abdul-Halim Khaddam."),
        # "It is expected that al-Husseini will meet with both ... Qadoura, and ... Khaddam" (the
        # headline: "Al-Husseini today in Damascus meets with Khaddam") -> two planned rows,
        # 1988-06-22 ("Today ... is heading to Damascus"), Damascus.
        M(["hussein_al_husseini", "abdul_qader_qadoura"], "1988-06-22", "Damascus", IP, P,
          "It is expected that al-Husseini will meet with both the President of the People’s Council, Abdul Qader Qadoura, and Mr. Abdul-Halim Khaddam."),
        M(["hussein_al_husseini", "abdul_halim_khaddam"], "1988-06-22", "Damascus", IP, P,
          "It is expected that al-Husseini will meet with both the President of the People’s Council, Abdul Qader Qadoura, and Mr. Abdul-Halim Khaddam."),
        # "Supposedly, a phone call took place yesterday afternoon between ... Gemayel, and ...
        # Hafez al-Assad" -> phone, held, 1988-06-21, no place; "Supposedly" -> not required (see
        # the notes).
        M(["amin_gemayel", "hafez_al_assad"], "1988-06-21", None, PH, H,
          "Supposedly, a phone call took place yesterday afternoon between the President of the Republic, Sheikh Amine Gemayel, and the Syrian President Hafez al-Assad.", False),
        # "the meeting between the two presidents in Algeria" (= Gemayel and Assad, named in the
        # preceding sentence; "the Algerian meeting") -> held, date null, Algeria; participants read
        # across sentences -> not required (as batch 70b).
        M(["amin_gemayel", "hafez_al_assad"], None, "Algeria", IP, H,
          "The phone call and the visits of al-Hoss and al-Husseini are part of the follow-up to and implementation of the results of the meeting between the two presidents in Algeria.", False),
        # Not rows: the invitations "conveyed" by Ali Hamoud to al-Husseini and al-Hoss (messages);
        # "what he had conveyed to President Gemayel through intermediaries" (a message through
        # unnamed intermediaries); "the presidential elections" (an event). Not annotated: the
        # outlet line "publisher: الديار AL Diyar" (header); "Western sources" (unnamed). Kept as
        # they stand: the header lines "publisher: ...", "Publishing date: 1988-06-22" and the
        # share-button lines "Facebook", "Twitter", "LinkedIn", "WhatsApp" (inside the text, below
        # the headline; only start/end trimming was allowed). Removed: nothing at the start; at the
        # end, the cut-off sentence "Western sources believe that the talk about the government is
        # somewhat exaggerated, and while the issue was raised between Presidents Gemayel a".
    ],
    roles=[("The acting Prime Minister", "salim_hoss"), ("the Vice President of Syria", "abdul_halim_khaddam"),
           ("the Speaker of the Parliament", "hussein_al_husseini"),
           ("the head of the Syrian monitoring team", "ali_hamoud"),
           ("the President of the People’s Council", "abdul_qader_qadoura"),
           ("the President of the Republic", "amin_gemayel"), ("the Syrian President", "hafez_al_assad")],
)

A["dev_14105_chuan_suharto_jakarta"] = dict(
    actors={
        "chuan_leekpai": ["Prime Minister Chuan Leekpai", "Chuan Leekpai", "Chuan", "Chuang"],
        "soeharto": ["Indonesian President Suharto", "president Suharto", "Suharto"],
        "b_j_habibie": ["B.J. Habibie"],
        # New keys.
        "supachai_panitchpakdi": ["Supachai Panitchpakdi"],
        "surin_pitsuwan": ["Foreign Minister Surin Pitsuwan", "Surin Pitsuwan"],
        "the_nation_thailand": ["The Nation"],
        "peoples_consultative_assembly": ["People’s Consultative Assembly"],
    },
    meetings=[
        # "Chuan Leekpai arrived yesterday for a short meeting today, with Indonesian President
        # Suharto" ("the meeting between the two leaders ... will take place this morning at the
        # presidential palace": the same) -> planned (the paper reports it as upcoming),
        # 1998-03-02, Jakarta (dateline).
        M(["chuan_leekpai", "soeharto"], "1998-03-02", "Jakarta", IP, P,
          "JAKARTA – Prime Minister Chuan Leekpai arrived yesterday for a short meeting today, with Indonesian President Suharto on the economic situation in South Asia, which is facing its worst economic crisis in decades."),
        # Not rows: "It is not clear whether Chuan is to meet Suharto's next deputy B.J. Habibie"
        # (uncertain, not announced); Supachai and Surin "accompanied" Chuan (not participants);
        # "A Thai diplomat here told The Nation" (unnamed, a statement); Suharto's speech to the
        # People's Consultative Assembly (a speech to a plenary). Not annotated: the byline "Andreas
        # Harsono" and the source line "The Nation, March 2, 1998" (header; "The Nation" is
        # annotated from the body). Kept as they stand: the blog date line "Monday, March 02,
        # 1998", "South Asia" (for Southeast Asia), "Chuang", "fight schedule hat not", "I front
        # of", "1.000", "ailing economic". Removed: nothing at the start; at the end, the blog line
        # "No comments:".
    ],
    roles=[("Prime Minister", "chuan_leekpai"), ("Indonesian President", "soeharto"), ("the president", "soeharto"),
           ("The prime minister", "chuan_leekpai"),
           ("Deputy Prime Minister and Commerce Minister", "supachai_panitchpakdi"),
           ("Foreign Minister", "surin_pitsuwan"), ("Suharto’s next deputy", "b_j_habibie")],
)

_BR = ("While in Tallinn, the Minister of Foreign Affairs met the President of Estonia, Alar Karis, the President of the Riigikogu (Parliament), Lauri Hussar, the Minister of Foreign Affairs, Margus Tsahkna, and the Chair of the Foreign Affairs Committee of the Riigikogu, Marko Mihkelson.")
A["dev_14106_braze_karis_tallinn"] = dict(
    actors={
        "nato": ["NATO"],
        "european_union": ["European Union"],
        "united_nations": ["United Nations"],
        # New keys.
        "baiba_braze": ["Baiba Braže"],
        "alar_karis": ["Alar Karis"],
        "lauri_hussar": ["Lauri Hussar"],
        "margus_tsahkna": ["Margus Tsahkna"],
        "marko_mihkelson": ["Marko Mihkelson"],
        "riigikogu": ["Riigikogu (Parliament)", "Riigikogu"],
        "nb8": ["NB8"],
    },
    meetings=[
        # "While in Tallinn, the Minister of Foreign Affairs [= Braže, named in the previous
        # sentence] met the President of Estonia, Alar Karis, ..., Lauri Hussar, ..., Margus
        # Tsahkna, and ..., Marko Mihkelson" ("In her meetings with the Estonian officials": the
        # same) -> four separate interactions named in one sentence = four rows, held, 2024-05-06
        # ("On 6 May 2024"), Tallinn.
        M(["baiba_braze", "alar_karis"], "2024-05-06", "Tallinn", IP, H, _BR),
        M(["baiba_braze", "lauri_hussar"], "2024-05-06", "Tallinn", IP, H, _BR),
        M(["baiba_braze", "margus_tsahkna"], "2024-05-06", "Tallinn", IP, H, _BR),
        M(["baiba_braze", "marko_mihkelson"], "2024-05-06", "Tallinn", IP, H, _BR),
        # Not rows: "the NATO summit in Washington, D.C." (a plenary); "the dynamic exchange of
        # visits" (no specific visit); the regional and multilateral formats (NB8, EU, NATO, UN).
        # Not annotated: Latvia, Estonia, Ukraine, Russia (countries); "the Estonian officials"
        # (the same four). Kept as they stand: nothing special. Removed: nothing at the start (the
        # excerpt begins with the body); at the end, the cut-off sentence "The representatives of
        # both Latvia and Estonia agreed on the need to keep working on the im".
    ],
    roles=[("the President of Estonia", "alar_karis"), ("the President of the Riigikogu (Parliament)", "lauri_hussar"),
           ("the Chair of the Foreign Affairs Committee of the Riigikogu", "marko_mihkelson"),
           ("the Latvian Foreign Minister", "baiba_braze")],
)

A["test_14107_pompeo_freeland_washington"] = dict(
    actors={
        "mike_pompeo": ["Secretary Pompeo", "SECRETARY POMPEO", "Mike Pompeo"],
        "chrystia_freeland": ["Canadian Foreign Minister Chrystia Freeland", "Chrystia Freeland", "FOREIGN MINISTER FREELAND"],
    },
    meetings=[
        # "Remarks ... before their meeting" / "And it's a pleasure to meet you in person." -> the
        # two are together in the Treaty Room: held (the meeting is taking place; see the notes),
        # 2018-05-11, Washington (the date line "Washington, DC").
        M(["mike_pompeo", "chrystia_freeland"], "2018-05-11", "Washington", IP, H,
          "And it’s a pleasure to meet you in person."),
        # "The Secretary of State and I spoke, I think maybe less than an hour after your
        # confirmation when you were in the plane." -> a call (he was on a plane), held, date null
        # (not dated), no place.
        M(["chrystia_freeland", "mike_pompeo"], None, None, PH, H,
          "The Secretary of State and I spoke, I think maybe less than an hour after your confirmation when you were in the plane."),
        # Not rows: "We're looking forward to our visit" (the same meeting); "I was on my way to
        # Brussels" (a trip, no counterpart). Not annotated: the Treaty Room (a room); "everyone",
        # "you all" (the press, unnamed). Kept as they stand: the header lines ("Mike Pompeo",
        # "Secretary of State", "Treaty Room", "Washington, DC", "May 11, 2018"), "(In French.)".
        # Removed: nothing (the excerpt is stored whole).
    ],
    roles=[("Secretary of State", "mike_pompeo"), ("Canadian Foreign Minister", "chrystia_freeland"),
           ("Mr. Secretary", "mike_pompeo"), ("the foreign minister", "chrystia_freeland"),
           ("The Secretary of State", "mike_pompeo")],
)

A["dev_14108_merrill_bangladesh_talks"] = dict(
    actors={
        "hussain_muhammad_ershad": ["Lieutenant-General Hossain Mohammad Ershad", "Hossain Mohammad Ershad"],
        "sheikh_hasina": ["Sheikh Hasina"],
        "jatiya_party": ["Jatiya Party", "JP"],
        "bangladesh_nationalist_party": ["BNP"],
        # New keys.
        "david_merrill": ["David Merrill", "Mr Merrill"],
        "awami_league": ["AL"],
        "jamaat_e_islami": ["Jamaat-e-Islami"],
        "abdur_rahman_biswas": ["Mr Biswas"],
    },
    meetings=[
        # "Mr Merrill also met the leaders of the fundamentalist Jamaat-e-Islami party separately."
        # -> the counterparts are given by role only ("the leaders of ... party") -> a one-party
        # row (Merrill), held; date null ("separately", no day); place null (no place named).
        M(["david_merrill"], None, None, IP, H,
          "Mr Merrill also met the leaders of the fundamentalist Jamaat-e-Islami party separately."),
        # "On December 31 leading members of the BNP, AL and the Jatiya Party ... met for talks at
        # the residence of the US ambassador ..., David Merrill" -> the members are unnamed; that
        # Merrill took part is read from "also met" in the next sentence and the headline ("The US
        # ambassador tries to mediate") -> a one-party row (Merrill), held, 1995-12-31 (see the
        # notes), place null (a residence, no city), not required.
        M(["david_merrill"], "1995-12-31", None, IP, H,
          "On December 31 leading members of the BNP, AL and the Jatiya Party (JP, the party of the former president, Lieutenant-General Hossain Mohammad Ershad) met for talks at the residence of the US ambassador to Bangladesh, David Merrill, in an attempt to break the political deadlock.", False),
        # Not rows: the talks among the parties' "leading members" as such (unnamed
        # representatives; ANNOTATION.md); "Sheikh Hasina once again made it clear" (a statement);
        # "the appointment of the president to head an interim government" (an appointment). Not
        # annotated: Bangladesh (country); "opposition activists" (unnamed). Kept as they stand:
        # the header lines "Country Report Bangladesh January 1996 Main report" and "Political
        # scene: The US ambassador tries to mediate". Removed: nothing at the start; at the end,
        # the publisher's lines "© 1996 The Economist lntelligence Unit Ltd. All rights reserved"
        # and "Whilst every effort has been taken to verify the accuracy of this information, The
        # Economist lntelligence Unit Ltd. cannot accept any responsibility or liability for
        # reliance by any person on this information" (copyright and disclaimer).
    ],
    roles=[("the US ambassador to Bangladesh", "david_merrill"), ("The US ambassador", "david_merrill"),
           ("the former president", "hussain_muhammad_ershad"), ("the party of the former president", "jatiya_party")],
)

A["dev_14109_keating_rabuka_canberra"] = dict(
    actors={
        "paul_keating": ["THE HON P J KEATING", "P J KEATING"],
        "sitiveni_rabuka": ["PRIME MINISTER SITIVENI RABUKA OF FIJI", "SITIVENI RABUKA"],
        "filipe_bole": ["Foreign Minister Bole", "Bole"],
        # New key.
        "mrs_rabuka": ["Mrs Rabuka"],
    },
    meetings=[
        # The statement's title "LUNCH IN HONOUR OF PRIME MINISTER SITIVENI RABUKA OF FIJI CANBERRA,
        # 1 SEPTEMBER 1992" given by Keating ("It gives me great pleasure to welcome you, Prime
        # minister, on your first visit to Australia": the same) -> held, 1992-09-01, Canberra.
        # Mrs Rabuka and Foreign Minister Bole are addressed guests, not participants of the pair.
        M(["paul_keating", "sitiveni_rabuka"], "1992-09-01", "Canberra", IP, H,
          "STATEMENT BY THE PRIME MINISTER, THE HON P J KEATING, MP LUNCH IN HONOUR OF PRIME MINISTER SITIVENI RABUKA OF FIJI CANBERRA, 1 SEPTEMBER 1992"),
        # Not rows: "Fiji's recent elections" (an event); the 1964 post in Suva (a mission, no
        # meeting). Not annotated: "Your Excellencies, distinguished guests" (unnamed); Australia,
        # Fiji, Suva (places). Kept as they stand: the title line, the fax header lines "TEL: 1.
        # Sep. 92 14: 12 No. 009 P. 01/ 03" and "TEL: 1 . Sep .92 14 : 12 NO.-009 -P. 02/ 03-", the
        # page number "2", the repeated title (three lines), "we were all. British colonies",
        # "conciliato'ry". Removed: at the start, the site header and page metadata ("PM
        # Transcripts", "Transcripts from the Prime Ministers of Australia", "Keating, Paul",
        # "Period of Service: 20/12/1991 - 11/03/1996", "Release Date: 01/09/1992", "Release Type:
        # Speech", "Transcript ID: 8643", "Document: 00008643.pdf 3 Page(s)", "Released by: •
        # Keating, Paul John"); at the end, the cut-off fragment "Relations between Australia and
        # Fiji have".
    ],
    roles=[("THE PRIME MINISTER", "paul_keating"), ("Prime minister", "sitiveni_rabuka"),
           ("Foreign Minister", "filipe_bole")],
)

_AF = ("During his visit, the Danish Prime Minister met with President Jacques Chirac, Prime Minister Jean-Pierre Raffarin and Chairman of the National Assembly Foreign Affairs Committee Édouard Balladur.")
A["dev_14110_fogh_rasmussen_chirac_paris"] = dict(
    actors={
        "anders_fogh_rasmussen": ["Prime Minister Anders Fogh Rasmussen", "Anders Fogh Rasmussen"],
        "jacques_chirac": ["President Jacques Chirac", "Jacques Chirac"],
        "jean_pierre_raffarin": ["Prime Minister Jean-Pierre Raffarin", "Jean-Pierre Raffarin"],
        # New keys.
        "edouard_balladur": ["Édouard Balladur"],
        "national_assembly_foreign_affairs_committee": ["National Assembly Foreign Affairs Committee"],
    },
    meetings=[
        # "the Danish Prime Minister [= Fogh Rasmussen, named in the previous sentence] met with ...
        # Chirac, ... Raffarin and ... Balladur" ("these visits", "the meetings": the same) -> three
        # separate interactions = three rows, held, date null (no date on the page), Paris.
        M(["anders_fogh_rasmussen", "jacques_chirac"], None, "Paris", IP, H, _AF),
        M(["anders_fogh_rasmussen", "jean_pierre_raffarin"], None, "Paris", IP, H, _AF),
        M(["anders_fogh_rasmussen", "edouard_balladur"], None, "Paris", IP, H, _AF),
        # Not rows: "the Copenhagen Summit in December" (a plenary); "France supports our wish" (a
        # position). Not annotated: France, Paris (places). Kept as they stand: the initials "AFR"
        # in the headline. Removed: at the start, the page label "Press release"; at the end,
        # nothing.
    ],
    roles=[("the Danish Prime Minister", "anders_fogh_rasmussen"),
           ("Chairman of the National Assembly Foreign Affairs Committee", "edouard_balladur")],
)

A["test_14111_kishida_yun_phone"] = dict(
    actors={
        "fumio_kishida": ["Mr. Fumio Kishida", "Fumio Kishida", "Minister Kishida"],
        "yun_byung_se": ["Mr. Yun Byung-se", "Yun Byung-se", "Minister Yun"],
        "moon_jae_in": ["Mr. Moon Jae-in", "Moon Jae-in"],
        # New keys.
        "minjoo_party_of_korea": ["The Minjoo Party of Korea"],
        "government_of_japan": ["Government of Japan"],
        "government_of_the_rok": ["Government of the ROK"],
    },
    meetings=[
        # "On August 12, ... Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk
        # with Mr. Yun Byung-se" ("today's telephone talk": the same) -> phone, held, 2016-08-12,
        # no place.
        M(["fumio_kishida", "yun_byung_se"], "2016-08-12", None, PH, H,
          "On August 12, commencing at around 5:45 p.m. for approximately 30 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with Mr. Yun Byung-se, Minister of Foreign Affairs of the Republic of Korea (ROK)."),
        # Not rows: "Director-General level talks" (unnamed officials); "the recent visit to
        # Takeshima by Mr. Moon Jae-in" (a visit to a place, no counterpart); the agreement "reached
        # at the end of last year" (an agreement). Not annotated: the Embassy of Japan in Seoul (a
        # building); Takeshima (a place); "the foundation" (unnamed). Kept as they stand: the date
        # line "August 12, 2016". Removed: at the start, the page's section heading "Japan-Republic
        # of Korea Relations"; at the end, the cut-off item "4. With regard to North Korea’s
        # nuclear and missile issues, Minister Kishida stated that it was an unforgivable
        # provocation of an even more esc".
    ],
    roles=[("Minister for Foreign Affairs", "fumio_kishida"),
           ("Minister of Foreign Affairs of the Republic of Korea (ROK)", "yun_byung_se"),
           ("former leader of The Minjoo Party of Korea", "moon_jae_in")],
)

_FB = ("In Westminster his political meetings included engagement with Hilary Benn MP, Chair of the Parliamentary Committee for Exiting the EU; with Labour Shadow SoS for NI, Dave Anderson and with the All-Party Parliamentary Group on the Irish in Britain.")
A["dev_14112_flanagan_benn_london"] = dict(
    actors={
        "boris_johnson": ["Boris Johnson"],
        "labour_party": ["Labour"],
        # New keys.
        "charlie_flanagan": ["Charlie Flanagan", "Minister Flanagan"],
        "hilary_benn": ["Hilary Benn MP", "Hilary Benn"],
        "dave_anderson": ["Dave Anderson MP", "Dave Anderson"],
        "david_davis": ["David Davis"],
        "james_brokenshire": ["James Brokenshire"],
        "appg_irish_in_britain": ["All-Party Parliamentary Group on the Irish in Britain"],
        "global_irish_network": ["Global Irish Network"],
        "exiting_the_eu_committee": ["Parliamentary Committee for Exiting the EU"],
        "irish_government": ["Irish government"],
    },
    meetings=[
        # "The Minister began the day by meeting with a group of UK based members of Ireland's
        # Global Irish Network." -> unnamed members (role only) -> a one-party row (Flanagan), held,
        # 2016-12-07 ("This morning"), London.
        M(["charlie_flanagan"], "2016-12-07", "London", IP, H,
          "The Minister began the day by meeting with a group of UK based members of Ireland's Global Irish Network."),
        # "his political meetings included engagement with Hilary Benn MP ...; with ... Dave
        # Anderson and with the All-Party Parliamentary Group ..." -> three interactions = three
        # rows, held, 2016-12-07, London (Westminster, like Downing Street -> London); the APPG is
        # a body, not a person -> not required. ("I also had a good discussion with Dave Anderson
        # MP": the same as the Anderson row.)
        M(["charlie_flanagan", "hilary_benn"], "2016-12-07", "London", IP, H, _FB),
        M(["charlie_flanagan", "dave_anderson"], "2016-12-07", "London", IP, H, _FB),
        M(["charlie_flanagan", "appg_irish_in_britain"], "2016-12-07", "London", IP, H, _FB, False),
        # Not rows: "Minister Flanagan has already had a number of meetings with ... David Davis,
        # Boris Johnson and James Brokenshire" (a count of meetings, none specific; ANNOTATION.md);
        # "hosted an event marking the conclusion of the 1916 Centenary programme" (an event);
        # "discussions on Brexit with parliamentarians from a range of different parties" (the
        # same Westminster meetings, unnamed MPs). Not annotated: "UK Cabinet Ministers" (plural
        # role); the UK, Northern Ireland, Westminster (places). Kept as they stand: nothing
        # special. Removed: at the start, the site line "Skip to main content"; at the end, the
        # cut-off sentence "I affirmed the Irish Government's strong commitment".
    ],
    roles=[("The Minister for Foreign Affairs and Trade", "charlie_flanagan"), ("The Minister", "charlie_flanagan"),
           ("Chair of the Parliamentary Committee for Exiting the EU", "hilary_benn"),
           ("Labour Shadow SoS for NI", "dave_anderson")],
)
