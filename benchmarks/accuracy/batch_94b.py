"""Accuracy corpus, batch 94b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 94a), from the 1970s to the 2020s (1970s:
three (1972, 1974, 1976), 1980s: one (1988), 1990s: four (1990, 1990, 1994, 1996), 2000s: one
(2002), 2010s: two (2010, 2018), 2020s: one (2022); eight of the twelve from before 2000), over
the regions (Africa: two; Central Asia/Caucasus, South Asia, East Asia, Oceania, Latin America,
Western Europe, Eastern Europe/Russia, Southeast Asia, Middle East, North America: one each; all
eleven regions covered).
Outlets/sites: two US embassy cables on WikiLeaks PlusD (Dar es Salaam 1974, Singapore 1976),
Voice of America (2002), Mainstream Weekly (2018), the Wilson Center Digital Archive (a record of
conversation, 1972), the Reagan Library's speech archive (reagan.utexas.edu, 1988), The American
Presidency Project (UCSB, 1990), the Quill Project's document collection (a Downing Street
letter, 1996), The Roanoke Times archive (AP, 1990), Gulf States Newsletter (1994), the
Government of Canada news archive (canada.ca, 2010) and KDRTV (Kenya, 2022).
Text kinds: two diplomatic cables (18701, 18709), one news story (18702), one magazine feature
(18703), one record of conversation (18704), two presidential remarks transcripts (18705,
18706), one private secretary's letter recording a call (18707), one wire story in a
newspaper archive (18708), one newsletter item (18710), one official statement (18711) and one
news story (18712). All twelve texts are in English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_94a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_94b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-93b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_187NN_<slug>` / `test_187NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The cable's date-time group "R 070950Z NOV 74" = 1974-11-07 (a Thursday, checked); the
    # meeting "EVENING NOVEMBER 6" = 1974-11-06 (a Wednesday).
    ("dev_18701_nyerere_charge_msasani", "Africa", "1970s", "US Embassy Dar es Salaam cable 1974DARES03685 (WikiLeaks PlusD)", "https://search.wikileaks.org/plusd/cables/1974DARES03685_b.html", "1974-11-07"),
    # The headline's date "2002-08-14" (a Wednesday, checked).
    ("dev_18702_aliev_kocharian_nakhichevan", "Central Asia/Caucasus", "2000s", "Voice of America (voanews.com)", "https://www.voanews.com/a/a-13-a-2002-08-14-22-armenian-67577927/388785.html", "2002-08-14"),
    # The page's line "Sunday 9 September 2018" (a Sunday, checked).
    ("test_18703_gandhi_bhutto_simla", "South Asia", "2010s", "Mainstream Weekly", "http://www.mainstreamweekly.net/article8221.html", "2018-09-09"),
    # The document's date "July 29, 1972" (a Saturday, checked).
    ("dev_18704_takeiri_zhou_third_round", "East Asia", "1970s", "Wilson Center Digital Archive (record of conversation, document 118835)", "https://digitalarchive.wilsoncenter.org/document/118835", "1972-07-29"),
    # The URL (/speeches/1988/062388a) = 1988-06-23 (a Thursday, checked); the text itself
    # carries no date.
    ("dev_18705_hawke_discussions_remarks", "Oceania", "1980s", "Ronald Reagan Presidential Library speech archive (reagan.utexas.edu)", "http://www.reagan.utexas.edu/archives/speeches/1988/062388a.htm", "1988-06-23"),
    # The document's date "April 26, 1990" (a Thursday, checked).
    ("dev_18706_bush_perez_welcome", "Latin America", "1990s", "The American Presidency Project (UCSB; remarks)", "https://www.presidency.ucsb.edu/documents/remarks-the-welcoming-ceremony-for-president-carlos-andres-perez-venezuela", "1990-04-26"),
    # The letter's date "19 June 1996" (a Wednesday, checked): "today" = 1996-06-19.
    ("test_18707_bruton_taoiseach_call", "Western Europe", "1990s", "Quill Project (resource 25110; Downing Street private secretary's letter)", "https://quillproject.net/resource_collections/351/resource_item/25110", "1996-06-19"),
    # The header "DATE: FRIDAY, May 18, 1990" (a Friday, checked): "today" = 1990-05-18.
    ("dev_18708_baker_shevardnadze_moscow", "Eastern Europe/Russia", "1990s", "The Roanoke Times archive (AP)", "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1990/rt9005/900518/05180187.htm", "1990-05-18"),
    # The cable's date-time group "R 131315Z FEB 76" = 1976-02-13 (a Friday, checked).
    ("dev_18709_lee_marcos_singapore", "Southeast Asia", "1970s", "US Embassy Singapore cable 1976SINGAP00759 (WikiLeaks PlusD)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1976SINGAP00759.html", "1976-02-13"),
    # The line "Issue 479 - 07 Feb 1994" (a Monday, checked).
    ("dev_18710_arafat_fahd_audience", "Middle East", "1990s", "Gulf States Newsletter (gsn-online.com)", "https://www.gsn-online.com/downloadable/1186", "1994-02-07"),
    # The page's date line "27 May 2010" (a Thursday, checked): "today" = 2010-05-27.
    ("test_18711_harper_calderon_parliament", "North America", "2010s", "Government of Canada news archive (canada.ca; PMO statement)", "https://www.canada.ca/en/news/archive/2010/05/statement-prime-minister-canada-535479.html", "2010-05-27"),
    # The search result's date 2022-09-12 (a Monday, checked); "Tuesday's swearing in" = the
    # next day, consistent.
    ("dev_18712_ruto_kenyatta_state_house", "Africa", "2020s", "KDRTV (kdrtv.co.ke)", "https://www.kdrtv.co.ke/politics/uhuru-meets-william-ruto-at-state-house/", "2022-09-12"),
]

A = {}

A["dev_18701_nyerere_charge_msasani"] = dict(
    actors={
        "julius_nyerere": ["NYERERE", "PRESIDENT NYERERE"],
        # "PRINSEC FOREIGN MINISTRY NYAKYI" (the Principal Secretary); only the surname is in
        # the text.
        "anthony_nyakyi": ["NYAKYI"],
        "donald_easum": ["EASUM"],
        "united_nations": ["UN"],
        # The US charge ("CHARGE", "ME", "I") is unnamed: no key. The routing lines (AMEMBASSY
        # ..., SECSTATE WASHDC, USLO PEKING, USMISSION USUN NEW YORK) and "DEPARTMENT" are not
        # annotated (as in 18502).
    },
    meetings=[
        # The talk at Nyerere's Msasani residence, evening of November 6 -> held, 1974-11-06,
        # place `Msasani` (the most specific named locality; the text names no city for the
        # meeting), one named party (the charge is unnamed). Nyakyi attended (not a
        # participant by the attendance convention).
        M(["julius_nyerere"], "1974-11-06", "Msasani", IP, H,
          "1. SUMMARY: NYERERE TOLD CHARGE OF HIS CONCERN EVENING NOVEMBER 6 ABOUT THREE MATTERS."),
        # Nyakyi's call to the charge at 1800 hours November 6 -> held, phone, 1974-11-06, one
        # named party, **required false** (a call arranging the meeting).
        M(["anthony_nyakyi"], "1974-11-06", None, PH, H,
          "2. PRINSEC FOREIGN MINISTRY NYAKYI TELEPHONED ME AT HOME 1800 HOURS NOVEMBER 6 TO SAY PRESIDENT NYERERE WISHED TO TALK TO ME AT 1845 HOURS AT HIS MSASANI RESIDENCE.", False),
        # Not rows: "NYERERE TOOK NYAKYI AND I INTO HIS PERSONAL STUDY" (the same meeting).
        # Removed: nothing (the excerpt ends on a whole sentence).
    ],
    roles=[("PRINSEC FOREIGN MINISTRY", "anthony_nyakyi")],
)

A["dev_18702_aliev_kocharian_nakhichevan"] = dict(
    actors={
        "heydar_aliyev": ["Geidar Aliev", "Aliev"],
        "robert_kocharyan": ["Robert Kocharian"],
        "arkady_gukasian": ["Arkady Gukasian"],
    },
    meetings=[
        # The meeting in progress on the day of the story -> held, 2002-08-14, `Nakhichevan`
        # (the text: "the Nakhichevan region of Azerbaijan"; no city).
        M(["heydar_aliyev", "robert_kocharyan"], "2002-08-14", "Nakhichevan", IP, H,
          "This is the first meeting in months between Azerbaijani President Geidar Aliev and Armenian President Robert Kocharian to discuss their dispute over Nagorno-Karabakh."),
        # Not rows: "Representatives from the two countries have met numerous times" (unnamed,
        # a count). Removed: "Accessibility links" / "Breaking News" at the start.
    ],
    roles=[("Azerbaijani President", "heydar_aliyev"),
           ("Armenian President", "robert_kocharyan"),
           ("the Armenian president", "robert_kocharyan"),
           ("The newly elected president", "arkady_gukasian")],
)

A["test_18703_gandhi_bhutto_simla"] = dict(
    actors={
        "indira_gandhi": ["Mrs Gandhi", "Indiraji"],
        "zulfikar_ali_bhutto": ["Zulfikar Ali Bhutto", "Bhutto"],
        "swaran_singh": ["Swaran Singh"],
        "d_p_dhar": ["D.P. Dhar"],
        "t_n_kaul": ["T.N. Kaul"],
        # "G.P." (G. Parthasarathi); only the initials are in the text.
        "g_parthasarathi": ["G.P."],
        "mirza_afzal_beg": ["Mirza Afzal Beg"],
        "sheikh_mohammed_abdullah": ["Sheikh Mohammed Abdullah"],
        "benazir_bhutto": ["Benazir"],
        "aziz_ahmed": ["Aziz Ahmed"],
        "aga_shahi": ["Aga Shahi"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "policy_planning_committee_india": ["Policy Planning Committee"],
        "jawaharlal_nehru_university": ["Jawaharlal Nehru University"],
        "pakistan_foreign_office": ["Pakistan Foreign Office"],
        # The byline "Ashok Parthasarathi" is not annotated.
    },
    meetings=[
        # The Simla talks "June 30 to July 2, 1972" -> held, date null (a range), `Simla`. The
        # sentence naming both leaders is the evidence.
        M(["indira_gandhi", "zulfikar_ali_bhutto"], None, "Simla", IP, H,
          "After the conclusion of the “Bangladesh War†on December 16, 1971 it was decided through diplomatic channels that post-War talks would be held over June 30 and July 2 between Mrs Gandhi and Zulfikar Ali Bhutto who had become the President of a wobbly civilian government in Pakistan and their respective top Ministers and officials."),
        # G.P.'s "super-secret talks on J&K with Mirza Afzal Beg" -> held, no date or place,
        # **required false** (a series of talks, no specific session).
        M(["g_parthasarathi", "mirza_afzal_beg"], None, None, IP, H,
          "G.P., though at that time formally the Vice-Chancellor of the Jawaharlal Nehru University in Delhi, had just started his super-secret talks on J&K with Mirza Afzal Beg, the closest aide of Sheikh Mohammed Abdullah, relating to the Sheikh giving up his long-standing demand for a plebiscite in J&K with the obective of bringing him back into the national mainstream.", False),
        # Not rows: the opening "welcome remarks" and Bhutto's thanks (the same talks); the
        # delegations' members (accompanying). Removed: at the end the cut-off sentence
        # "Bhutto had built up a reputation worldwide for (a) his histrionics; and (b) his foul
        # language,". The mojibake closing quotes ("†") are kept as found.
    ],
    roles=[("Foreign Minister", "swaran_singh"),
           ("his daughter", "benazir_bhutto"),
           ("the Secretary-General of the Pakistan Foreign Office", "aziz_ahmed"),
           ("the Foreign Secretary", "aga_shahi"),
           ("the closest aide of Sheikh Mohammed Abdullah", "mirza_afzal_beg")],
)

A["dev_18704_takeiri_zhou_third_round"] = dict(
    actors={
        "takeiri_yoshikatsu": ["Takeiri"],
        "zhou_enlai": ["Zhou Enlai", "Zhou"],
        "chiang_kai_shek": ["Jiang Jieshi", "Chiang Kai-shek"],
        "liberal_democratic_party_japan": ["LDP"],
        "nationalist_government": ["Nationalist Government"],
        "liao_chengzhi": ["Mr. Liao"],
        "tokyo_shimbun": ["Tokyo Shimbun"],
        "sankei_shimbun": ["Sankei Shimbun"],
        # "Mr. Xiao": surname only.
        "mr_xiao": ["Mr. Xiao"],
        "kakuei_tanaka": ["Tanaka"],
        "masayoshi_ohira": ["Ohira"],
        "xinhua_news_agency": ["Xinhua"],
        "kyodo_news": ["Kyodo"],
    },
    meetings=[
        # The third round of the Takeiri-Zhou dialogue, July 29, 19:30-21:30 -> held,
        # 1972-07-29, place null (no place in the text).
        M(["takeiri_yoshikatsu", "zhou_enlai"], "1972-07-29", None, IP, H,
          "During a conversation with Takeiri, Zhou Enlai reviewed the main points of their opinions from the first and second rounds of dialogue."),
        # The first and second rounds -> two held rows (two interactions in one sentence),
        # no dates, **required false** (earlier sessions mentioned in passing).
        M(["takeiri_yoshikatsu", "zhou_enlai"], None, None, IP, H,
          "During a conversation with Takeiri, Zhou Enlai reviewed the main points of their opinions from the first and second rounds of dialogue.", False),
        M(["takeiri_yoshikatsu", "zhou_enlai"], None, None, IP, H,
          "During a conversation with Takeiri, Zhou Enlai reviewed the main points of their opinions from the first and second rounds of dialogue.", False),
        # Takeiri's "telephone call late last night" -> held, phone, 1972-07-28 ("last
        # night" resolved against July 29), place null.
        M(["takeiri_yoshikatsu", "zhou_enlai"], "1972-07-28", None, PH, H,
          "Thank you for telephone call late last night."),
        # Not rows: what Zhou "heard from Mr. Xiao" and "According to Mr. Liao" (reports, no
        # meeting stated). Removed: the site menu ("Search in", "Digital Archive International
        # History Declassified"), "This document was made possible with support from the
        # MacArthur Foundation", the "Citation / get citation" block with the citation string
        # and translator credits, "share document", "English HTML", and at the end the cut-off
        # sentence "Although, it cou".
    ],
    roles=[("Prime Minister", "kakuei_tanaka"),
           ("Foreign Minister", "masayoshi_ohira")],
)

A["dev_18705_hawke_discussions_remarks"] = dict(
    actors={
        "bob_hawke": ["Robert Hawke", "Bob Hawke", "Hawke", "Bob"],
        "us_congress": ["Congress"],
        # "The President" (the speaker) is never named in the text: no key.
    },
    meetings=[
        # The discussions just concluded -> held, 1988-06-23 (the remarks' date from the URL),
        # place null (the excerpt drops the place names), one named party.
        M(["bob_hawke"], "1988-06-23", None, IP, H,
          "Prime Minister Hawke and I also talked a good deal about bilateral trade issues."),
        # Not rows: "the Prime Minister's last visit in 1986" (a visit, no counterpart named);
        # "This is our fourth meeting" (a count); "my meetings a few weeks ago in" (place and
        # counterpart cut off). Removed: nothing; the excerpt is kept with its gaps (the page
        # dropped words at line ends, e.g. "welcome Prime Minister Bob Hawke to").
    ],
    roles=[("the Prime Minister", "bob_hawke"),
           ("The Prime Minister", "bob_hawke")],
)

A["dev_18706_bush_perez_welcome"] = dict(
    actors={
        "george_h_w_bush": ["President Bush"],
        "carlos_andres_perez": ["Carlos Andres Perez", "President Perez"],
        "violeta_chamorro": ["Violeta Chamorro"],
        "contadora_group": ["Contadora group"],
        # "the Somoza regime": a regime, no person key.
    },
    meetings=[
        # The welcoming ceremony -> held, 1990-04-26, `Washington` (the Oval Office named in
        # the text -> Washington, as White House -> Washington).
        M(["george_h_w_bush", "carlos_andres_perez"], "1990-04-26", "Washington", IP, H,
          "It is my great honor to welcome the leader of one of South America's oldest democracies and one of Latin America's most respected statesmen, Carlos Andres Perez, President of Venezuela."),
        # The consultations about to start in the Oval Office -> planned, 1990-04-26,
        # Washington, **required false** (the same visit and day as the welcome).
        M(["george_h_w_bush", "carlos_andres_perez"], "1990-04-26", "Washington", IP, P,
          "Mr. President, in just a few moments we'll move inside to the Oval Office and begin our consultations.", False),
        # Bush's call "on the morning after Nicaragua's recent elections" -> held, phone, date
        # null (no day in the text), place null.
        M(["george_h_w_bush", "carlos_andres_perez"], None, None, PH, H,
          "President Perez, on the morning after Nicaragua's recent elections, I remember calling you to discuss the stunning victory the Nicaraguan people had won at the ballot box."),
        # Not rows: Perez "attending the inauguration of Violeta Chamorro" (a ceremony, no
        # meeting stated). Removed: the photo label "George Bush photo" at the start and at the
        # end the cut-off sentence "From Moscow to Mana".
    ],
    roles=[("President of Venezuela", "carlos_andres_perez"),
           ("the new President of Nicaragua", "violeta_chamorro")],
)

A["test_18707_bruton_taoiseach_call"] = dict(
    actors={
        "john_bruton": ["Bruton"],
        "irish_government": ["Irish Government"],
        "ira": ["IRA"],
        "sinn_fein": ["Sinn Fein"],
        # "The Prime Minister" (UK) is unnamed; "Dear Martin" is the letter's addressee (first
        # name only, a routing line): no keys.
    },
    meetings=[
        # The telephone conversation "today" -> held, phone, 1996-06-19, place null, one named
        # party (the Taoiseach = Bruton; the Prime Minister is not named).
        M(["john_bruton"], "1996-06-19", None, PH, H,
          "The Prime Minister and the Taoiseach spoke on the telephone today for just under 15 minutes."),
        # Not rows: "not accepting any phone calls from Sinn Fein" (refused contacts); "prepared
        # to talk to them at some point" (unnamed, vague). Removed: the site's jump-tool,
        # catalogue, login and copy-information lines before "From the Private Secretary", and
        # at the end the cut-off sentence "The government had decided that if they did cut off
        # all links with Sinn Fein, this w".
    ],
    roles=[("the Taoiseach", "john_bruton"),
           ("THE TAOISEACH", "john_bruton")],
)

A["dev_18708_baker_shevardnadze_moscow"] = dict(
    actors={
        "james_baker": ["Baker"],
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "george_h_w_bush": ["President Bush"],
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Gorbachev"],
        "kazimiera_prunskiene": ["Kazimiera Prunskiene"],
        # "SOURCE: Associated Press" is an agency credit: no key.
    },
    meetings=[
        # The Baker-Shevardnadze talks -> held, date null (no day given for them), `Moscow`
        # (dateline).
        M(["james_baker", "eduard_shevardnadze"], None, "Moscow", IP, H,
          "Baker informed Soviet Foreign Minister Eduard Shevardnadze of the decision as they tried to break a deadlock on arms control issues less than two weeks before the Washington summit."),
        # The Bush-Gorbachev summit "May 31-June 3" -> planned, date null (a range),
        # `Washington` ("the Washington summit").
        M(["george_h_w_bush", "mikhail_gorbachev"], None, "Washington", IP, P,
          "\"There are gaps between us still. I can't tell you we are going to get there,\" a senior U.S. official said of Baker's attempt to forge an agreement on nuclear weapons cuts before President Bush and Soviet President Mikhail Gorbachev hold their May 31-June 3 talks."),
        # Baker "due to see Gorbachev today" -> planned, 1990-05-18, Moscow.
        M(["james_baker", "mikhail_gorbachev"], "1990-05-18", "Moscow", IP, P,
          "He is due to see Gorbachev today."),
        # Baker "would see Kazimiera Prunskiene" -> planned, no date, place null.
        M(["james_baker", "kazimiera_prunskiene"], None, None, IP, P,
          "Baker told Shevardnadze that he would see Kazimiera Prunskiene, Lithuania's prime minister, and \"his reaction was a non-reaction,\" the official said."),
        # Not rows: "further talks with the Soviets" (unnamed, conditional). Removed: the
        # archive's copyright line "Roanoke Times Copyright (c) 1995, Landmark Communications,
        # Inc." and the end credit "by CNB"; the header line with DATE/DATELINE is kept.
    ],
    roles=[("Soviet Foreign Minister", "eduard_shevardnadze"),
           ("Soviet President", "mikhail_gorbachev"),
           ("Lithuania's prime minister", "kazimiera_prunskiene")],
)

A["dev_18709_lee_marcos_singapore"] = dict(
    actors={
        "lee_kuan_yew": ["LEE KUAN YEW", "LEE"],
        "ferdinand_marcos": ["MARCOS"],
        "delfin_garcia": ["DELFIN GARCIA", "GARCIA"],
        "asean": ["ASEAN"],
        # The US "AMBASSADOR" is unnamed; routing lines (AMEMBASSY ..., CINCPAC) not annotated.
    },
    meetings=[
        # The Lee-Marcos meeting "IN SINGAPORE JANUARY 27-29" -> held, date null (a range),
        # Singapore.
        M(["lee_kuan_yew", "ferdinand_marcos"], None, "Singapore", IP, H,
          "ACCORDING TO GARCIA, DISCUSSIONS BETWEEN LEE AND MARCOS WENT VERY WELL."),
        # The ambassador's conversation with Garcia on February 13 -> held, 1976-02-13,
        # Singapore (the embassy's city), one named party.
        M(["delfin_garcia"], "1976-02-13", "Singapore", IP, H,
          "1. IN CONVERSATION WITH AMBASSADOR FEBRUARY 13, PHILIPPINE AM- BASSADOR DELFIN GARCIA PASSED ON FOLLOWING COMMENTS CONCERNING LEE KUAN YEW-MARCOS MEETING WHICH TOOK PLACE IN SINGAPORE JANUARY 27-29:"),
        # Lee's 1974 official visit to Manila (the visit Marcos "owed" in return) -> held,
        # date null, Manila, **required false** (the counterpart is implied by "RETURN
        # VISIT", not stated).
        M(["lee_kuan_yew", "ferdinand_marcos"], None, "Manila", IP, H,
          "LEE HAD OFFERED TO STOP IN MANILA FOR TWO DAYS ENROUTE BACK TO SINGAPORE FROM HONG KONG VISIT, BUT MARCOS HAD RECALLED THAT HE OWED SINGAPORE A RETURN VISIT (LEE HAD PAID OFFICIAL VISIT TO MANILA IN 1974) AND PROPOSED INSTEAD THAT HE SHOULD GO TO SINGAPORE.", False),
        # Not rows: Lee's offer to stop in Manila (not taken up); the ASEAN summit in Bali
        # (multilateral). Removed: at the end the cut-off item "(B) THERE WAS SOME DISCUSSION
        # OF WAYS TO SECURE A". The hyphenations "AM- BASSADOR", "MAT- TERS" are kept.
    ],
    roles=[("PHILIPPINE AMBASSADOR", "delfin_garcia")],
)

A["dev_18710_arafat_fahd_audience"] = dict(
    actors={
        "yasser_arafat": ["Yasser Arafat", "Arafat", "Chairman Yasser"],
        "fahd_bin_abdulaziz": ["King Fahd"],
        "plo": ["PLO"],
        "saddam_hussein": ["Saddam Hussein"],
    },
    meetings=[
        # The audience -> held, date null (no day in the text), `Saudi Arabia` (no city).
        M(["yasser_arafat", "fahd_bin_abdulaziz"], None, "Saudi Arabia", IP, H,
          "Chairman Yasser Arafat has been to Saudi Arabia for his long-sought-after audience with King Fahd."),
        # Not rows: the "diplomatic soundings ... by senior PLO officials" (unnamed). Removed:
        # the subscription box ("This newsletter is available to subscribers ... news
        # alerts.").
    ],
    roles=[("The Palestinian leader", "yasser_arafat"),
           ("the PLO leader", "yasser_arafat")],
)

A["test_18711_harper_calderon_parliament"] = dict(
    actors={
        "stephen_harper": ["Stephen Harper"],
        "felipe_calderon": ["Felipe Calderón", "President Calderon", "President Calderón"],
        "margarita_zavala": ["Margarita Zavala"],
        "noel_kinsella": ["Speaker Kinsella", "Kinsella"],
        "peter_milliken": ["Speaker Milliken", "Milliken"],
        "parliament_of_canada": ["Parliament of Canada", "Parliament"],
        # G-20, APEC, the Summit of the Americas, the North American Leaders' Summit (summits)
        # and NAFTA (a treaty) are not actors.
    },
    meetings=[
        # Harper welcoming Calderón "today" -> held, 2010-05-27, `Ottawa` (the date line
        # "Ottawa, Ontario").
        M(["stephen_harper", "felipe_calderon"], "2010-05-27", "Ottawa", IP, H,
          "Your Excellency, Mr. President, Speaker Kinsella, Speaker Milliken, honourable colleagues, dear friends, it is my great honour and pleasure to welcome and introduce today a man I have come to know and greatly admire since we both came to our respective offices in 2006, his Excellency, Felipe Calderón, President of the United Mexican States."),
        # Not rows: "attended a number of summits together" (multilateral, a count); "I have
        # also visited his magnificent country on two occasions" (a count); Calderón's address
        # to Parliament (a plenary); Zavala "with us here today" (present, not a participant).
        # Removed: at the end the cut-off sentence "Educational and cultural exchanges are
        # flourishing, and our Seasonal Agricultural Work".
    ],
    roles=[("President of the United Mexican States", "felipe_calderon"),
           ("the First Lady of Mexico", "margarita_zavala"),
           ("Prime Minister", "stephen_harper")],
)

A["dev_18712_ruto_kenyatta_state_house"] = dict(
    actors={
        "william_ruto": ["Dr William Ruto", "William Ruto", "Ruto"],
        "uhuru_kenyatta": ["Uhuru Kenyatta"],
        "rachel_ruto": ["Rachel"],
        "margaret_kenyatta": ["Margaret Kenyatta"],
        "joe_biden": ["Joe biden"],
    },
    meetings=[
        # The talks at State House -> held (Ruto "is at Statehouse", has arrived and been
        # welcomed), 2022-09-12, `Nairobi` (State House resolved to its city, as Bangabhaban ->
        # Dhaka; the text names no city).
        M(["william_ruto", "uhuru_kenyatta"], "2022-09-12", "Nairobi", IP, H,
          "President-elect Dr William Ruto is at Statehouse to hold talks with outgoing president Uhuru Kenyatta."),
        # Margaret Kenyatta welcoming Ruto -> held, **required false** (a welcome by the
        # host's spouse, as test_001).
        M(["william_ruto", "margaret_kenyatta"], "2022-09-12", "Nairobi", IP, H,
          "Ruto arrived at statehouse around 4 pm in the company of his wife Rachel and was welcomed by President Uhuru Kenyatta and his wife Margaret Kenyatta.", False),
        # Their last encounter at the Madaraka day celebrations "June 1st this year" -> held,
        # 2022-06-01, place null, **required false** (a public celebration).
        M(["william_ruto", "uhuru_kenyatta"], "2022-06-01", None, IP, H,
          "This is the first time the two have met since Madaraka day celebrations in June 1st this year.", False),
        # Not rows: the swearing-in ceremony (a public event with 20 heads of state); Biden's
        # delegation (unnamed officials). Removed: the search tool's " date 2022-09-12 " prefix.
    ],
    roles=[("President-elect", "william_ruto"),
           ("outgoing president", "uhuru_kenyatta"),
           ("US President", "joe_biden")],
)
