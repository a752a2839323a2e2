"""Accuracy corpus, batch 95a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 95b at the same time), over the eleven regions
(Oceania: two; East Asia, North America, Africa, Eastern Europe/Russia, Central Asia/Caucasus,
Latin America, South Asia, Middle East, Western Europe, Southeast Asia: one each) and eight
decades (1950s: one, 1960s: two, 1970s: two, 1980s: one, 1990s: two, 2000s: one, 2010s: one,
2020s: two; eight of the twelve from before 2000).
Outlets/sites: the Los Angeles Times (a 1987 wire story, copy at vinapk.com), The American
Presidency Project (presidency.ucsb.edu; welcoming-ceremony remarks, 1977), a US Embassy cable
(WikiLeaks PlusD: Rabat 1979), 1News, New Zealand (2023), BBC On This Day (archived copy at
archive.wikiwix.com; a story dated 1959), the Heydar Aliyev Heritage library (lib.aliyevheritage.org;
record of a conversation, 1999), a Wikinews-style story (copy at openfilehosting.com, 2005), a
News18 story (copy at news.indzs.com, 2025), the Jewish Telegraphic Agency (jta.org, 1993),
Hansard, House of Commons (api.parliament.uk, 1967), the Presidential Communications Office,
Philippines (mirror.pco.gov.ph; opening statements, 2017) and PM Transcripts
(pmtranscripts.pmc.gov.au; press-conference transcript, OCR, 1963). All texts are in English.
Kinds: a wire/newspaper story, a speech transcript, a diplomatic cable, a TV-news web story, an
"on this day" feature, a conversation record, a web news item, a recollection story, a news-agency
bulletin story, a parliamentary statement, a bilateral-meeting transcript, a press-conference
transcript (OCR).
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 95b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_95a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-94b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_188NN_<slug>` /
`test_188NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "la-xpm-1987-06-29" in the address (a Monday); "today" = 1987-06-29 (Carter arrived in
    # Beijing "on Sunday").
    ("dev_18801_carter_deng_beijing", "East Asia", "1980s", "Los Angeles Times (wire story; copy of latimes.com archives at vinapk.com)", "https://vinapk.com/archives/la-xpm-1987-06-29-mn-248-story.html", "1987-06-29"),
    # Date line "February 21, 1977" (a Monday). US-Canada -> North America.
    ("dev_18802_trudeau_carter_welcome", "North America", "1970s", "The American Presidency Project (presidency.ucsb.edu; welcoming-ceremony remarks)", "https://www.presidency.ucsb.edu/documents/visit-prime-minister-pierre-elliott-trudeau-canada-remarks-the-president-and-the-prime", "1977-02-21"),
    # Date-time group "O 011000Z JUN 79" -> 1979-06-01 (a Friday). Morocco -> Africa (as 75a's
    # 14802/14803).
    ("test_18803_javits_hassan_fez", "Africa", "1970s", "US Embassy Rabat cable 3786 (WikiLeaks PlusD, wikileaks.org)", "https://wikileaks.org/plusd/cables/1979RABAT03786_e.html", "1979-06-01"),
    # "2023/02/07" in the address (a Tuesday); "today" = 2023-02-07. Australia-New Zealand ->
    # Oceania.
    ("dev_18804_hipkins_albanese_canberra", "Oceania", "2020s", "1News, TVNZ (1news.co.nz)", "https://www.1news.co.nz/2023/02/07/good-to-see-ya-gday-pms-hipkins-and-albanese-meet/", "2023-02-07"),
    # BBC On This Day story for 23 February 1959 (a Monday): 'published' = the date the story
    # carries (the page itself was put on line decades later; doubtful, as 94a's memo dates).
    ("dev_18805_macmillan_khrushchev_moscow", "Eastern Europe/Russia", "1950s", "BBC On This Day (news.bbc.co.uk; archived copy at archive.wikiwix.com)", "https://archive.wikiwix.com/cache/index2.php?url=http%3A%2F%2Fnews.bbc.co.uk%2Fonthisday%2Fhi%2Fdates%2Fstories%2Ffebruary%2F23%2Fnewsid_2752000%2F2752737.stm", "1959-02-23"),
    # Heading "Presidential palace, December 17, 1999" (a Friday): 'published' = the date of the
    # conversation recorded.
    ("dev_18806_aliyev_blokhin_baku", "Central Asia/Caucasus", "1990s", "Heydar Aliyev Heritage library (lib.aliyevheritage.org; record of a conversation)", "https://lib.aliyevheritage.org/en/8464112.html", "1999-12-17"),
    # Date line "Thursday, February 17, 2005".
    ("test_18807_lula_chavez_caracas", "Latin America", "2000s", "Wikinews-style news item (copy at openfilehosting.com)", "https://openfilehosting.com/brazilian-president-lula-met-chavez-military-and-economic-cooperation", "2005-02-17"),
    # "Last Updated:December 25, 2025, 20:32 IST" (a News18 story reproduced at news.indzs.com).
    ("dev_18808_sharif_vajpayee_lahore_recalled", "South Asia", "2020s", "News18 story (copy at news.indzs.com)", "http://news.indzs.com/can-win-polls-in-pakistan-too-what-nawaz-sharif-told-vajpayee-after-his-1999-lahore-speech-387504.html", "2025-12-25"),
    # "1993/09/29" in the address (a Wednesday); "late Sunday" = 1993-09-26.
    ("dev_18809_rabin_hussein_gulf_of_eilat", "Middle East", "1990s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/1993/09/29/archive/official-denials-notwithstanding-rabin-apparently-met-with-hussein", "1993-09-29"),
    # "HC Deb 20 June 1967" (a Tuesday); "yesterday" = 1967-06-19, "this morning" = 1967-06-20.
    ("dev_18810_wilson_de_gaulle_commons", "Western Europe", "1960s", "Hansard, House of Commons (api.parliament.uk historic-hansard; Prime Minister's statement)", "https://api.parliament.uk/historic-hansard/commons/1967/jun/20/prime-minister-and-president-de-gaulle-1", "1967-06-20"),
    # Heading "28 April 2017" (a Friday).
    ("test_18811_duterte_widodo_malacanang", "Southeast Asia", "2010s", "Presidential Communications Operations Office, Philippines (mirror.pco.gov.ph; opening statements transcript)", "https://mirror.pco.gov.ph/opening-statements-of-philippine-president-rodrigo-roa-duterte-and-president-joko-widodo-of-the-republic-of-indonesia-during-their-bilateral-meeting/", "2017-04-28"),
    # "Release Date: 14/07/1963" and "ON SUNDAY JULY 14 1963". Australian Prime Minister,
    # Australian source -> Oceania (as 94a's 18601).
    ("dev_18812_menzies_macmillan_kennedy_press", "Oceania", "1960s", "PM Transcripts, Department of the Prime Minister and Cabinet (pmtranscripts.pmc.gov.au; press-conference transcript, OCR)", "https://pmtranscripts.pmc.gov.au/node/11479", "1963-07-14"),
]

A = {}

A["dev_18801_carter_deng_beijing"] = dict(
    actors={
        "deng_xiaoping": ["Deng Xiaoping", "Deng"],
        "jimmy_carter": ["Jimmy Carter", "Carter"],
        "rosalynn_carter": ["Rosalyn"],
        "richard_nixon": ["Richard M. Nixon"],
    },
    meetings=[
        # "today" = 1987-06-29; the Great Hall of the People, Beijing.
        M(["jimmy_carter", "deng_xiaoping"], "1987-06-29", "Beijing", IP, H,
          "BEIJING — China’s 82-year-old leader Deng Xiaoping told former President Jimmy Carter today that he is too old to visit the United States again but recalled the “extraordinary hospitality” of his last trip eight years ago."),
        # Rosalyn Carter with Deng at the photo call (same meeting): pair row, required false.
        M(["rosalynn_carter", "deng_xiaoping"], "1987-06-29", "Beijing", IP, H,
          "Carter’s wife, Rosalyn, slipped her arm through Deng’s as the dignitaries posed for photographers.", False),
        # The last meeting, August 1981 (month only -> null), "during a trip to China".
        M(["jimmy_carter", "deng_xiaoping"], None, "China", IP, H,
          "“It’s been too long,” Carter said when Deng recalled that the two last met in August, 1981, during a trip to China by the former U.S. President.", False),
        # Deng's January 1979 visit as Carter's guest (month only -> null).
        M(["deng_xiaoping", "jimmy_carter"], None, "United States", IP, H,
          "“God doesn’t permit me to go back to my 60s,” replied Deng, who last visited the United States in January, 1979, as Carter’s guest shortly after the normalization of relations.", False),
        # Not rows: Carter's suggestion that Deng visit the US (a proposal, refused); Nixon's
        # 1972 trip (no named counterpart). Removed: at the end the cut-off sentence "But the
        # Chinese leader added ... severed diplomatic relations with N".
    ],
    roles=[("China’s 82-year-old leader", "deng_xiaoping"),
           ("former President", "jimmy_carter"),
           ("the former U.S. President", "jimmy_carter"),
           ("the Chinese leader", "deng_xiaoping"),
           ("Carter’s wife", "rosalynn_carter")],
)

A["dev_18802_trudeau_carter_welcome"] = dict(
    actors={
        # Named only in the site's header line "Jimmy Carter photo" (kept, as 94a kept the
        # PM Transcripts header names); the speaker is "THE PRESIDENT".
        "jimmy_carter": ["Jimmy Carter"],
        "pierre_trudeau": ["Pierre Elliott Trudeau", "Prime Minister Trudeau", "Trudeau"],
        "margaret_trudeau": ["Margaret"],
        "white_house": ["White House"],
    },
    meetings=[
        # The welcoming ceremony at the White House (no city written -> null, as 94a's Oval
        # Office).
        M(["jimmy_carter", "pierre_trudeau"], "1977-02-21", None, IP, H,
          "I am very grateful to be here, to welcome to the White House and to our country a man who shares with me the tremendous friendship that has always existed between the United States of America and the people of Canada to the north."),
        # Margaret Trudeau greeted at the same ceremony: pair row, required false.
        M(["jimmy_carter", "margaret_trudeau"], "1977-02-21", None, IP, H,
          "THE PRESIDENT. To Prime Minister Trudeau and his beautiful wife, Margaret, to the people of Canada who come to be with us this afternoon, and to all of our own welcomers who have come here on t/ds occasion to make our neighbors feel at home:", False),
        # The talks of the next two days (two days -> date null): planned, required false (the
        # same visit as the held row).
        M(["jimmy_carter", "pierre_trudeau"], None, None, IP, P,
          "This next 2 days I will spend with Prime Minister Trudeau, and he will have a chance to visit with our top officials and to let the Canadian officials share these discussions.", False),
        # Removed: the cut-off sentence at the end "He is a senior statesman of the North
        # Atlantic Treaty Organiz".
    ],
    roles=[("THE PRESIDENT", "jimmy_carter"), ("his beautiful wife", "margaret_trudeau")],
)

A["test_18803_javits_hassan_fez"] = dict(
    actors={
        "jacob_javits": ["SENATOR JAVITS", "JAVITS"],
        "hassan_ii": ["KING HASSAN II", "HASSAN II"],
        # The classifying officer (the ambassador) in the EO line.
        "richard_b_parker": ["PARKER, RICHARD B."],
        "us_congress": ["CONGRESS"],
    },
    meetings=[
        M(["jacob_javits", "hassan_ii"], "1979-05-31", "Fez", IP, H,
          "2. FOLLOWING IS DRAFT MEMCON, FROM INTERPRETER'S NOTES, OF SENATOR JAVITS' PRIVATE MEETING WITH MOROCCO'S KING HASSAN II IN FEZ ON MAY 31."),
        # Not rows: the group meeting (memcon by septel; its participants are not named here) and
        # the resumed private session (the same meeting). Removed: the declassification stamps
        # "Sheryl P. Walter Declassified/Released US Department of State EO Systematic Review 20
        # Mar 2014" (a stamp, like a credit) and the cut-off second copy of it at the end.
    ],
    roles=[("THE SENATOR", "jacob_javits"), ("THE KING", "hassan_ii"),
           ("MOROCCO'S KING", "hassan_ii"), ("HIS MAJESTY", "hassan_ii")],
)

A["dev_18804_hipkins_albanese_canberra"] = dict(
    actors={
        "chris_hipkins": ["Prime Minister Chris Hipkins", "Chris Hipkins", "Hipkins"],
        "anthony_albanese": ["Anthony Albanese", "Albanese"],
        "jacinda_ardern": ["Ardern"],
        "parliament_of_australia": ["Australian Parliament"],
    },
    meetings=[
        M(["chris_hipkins", "anthony_albanese"], "2023-02-07", "Canberra", IP, H,
          "The trans-Tasman leaders met for the first time at the Prime Minister's Courtyard at the Australian Parliament."),
        # The private meeting to follow the same day: planned, required false (same visit).
        M(["chris_hipkins", "anthony_albanese"], "2023-02-07", "Canberra", IP, P,
          "The two will now meet privately, with likely topics of discussion to be the controversial 501 deportees policy, New Zealand citizens' rights in Australia and economic opportunities.", False),
        # The earlier call ("Hipkins' first call to a foreign leader"): phone, no day -> null,
        # required false (recalled in passing).
        M(["anthony_albanese", "chris_hipkins"], None, None, PH, H,
          "Albanese extended his \"congratulations, in person\" to Hipkins, and acknowledged he understood he was Hipkins' first call to a foreign leader.", False),
        # Not rows: Ardern's "heads up" to Albanese (mode unknown); the press conference (media).
        # Removed: the byline "By Felix Desmarais, Political Reporter", "4 mins ago", the
        # duplicated caption and the photo credit "(Source: Auspic)".
    ],
    roles=[("his Australian counterpart", "anthony_albanese")],
)

A["dev_18805_macmillan_khrushchev_moscow"] = dict(
    actors={
        "harold_macmillan": ["Harold Macmillan", "Mr Macmillan", "Macmillan"],
        "nikita_khrushchev": ["Nikita Khrushchev", "Mr Khrushchev", "Khrushchev"],
        "winston_churchill": ["Sir Winston Churchill"],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        # "this morning" = 1959-02-23 (the story's date); the Moscow Kremlin.
        M(["harold_macmillan", "nikita_khrushchev"], "1959-02-23", "Moscow", IP, H,
          "Britain and the USSR have expressed a willingness to expand Anglo-Soviet trade and cultural ties during the first official meeting between British prime minister Harold Macmillan and Soviet premier Nikita Khrushchev."),
        # The informal talks of the day before (1959-02-22) at Semyonovskoye: the parties are
        # only "neither side" -> required false.
        M(["harold_macmillan", "nikita_khrushchev"], "1959-02-22", "Semyonovskoye", IP, H,
          "Yesterday, during informal talks in Semyonovskoye, 60 miles south-east of the capital, neither side could agree on establishing a demilitarised \"free\" city in west Berlin or on unifying Germany.", False),
        # The British Embassy dinner the same evening (Macmillan welcomed "his host").
        M(["harold_macmillan", "nikita_khrushchev"], "1959-02-23", "Moscow", IP, H,
          "This evening, the British delegation held a dinner for Mr Khrushchev at the British Embassy opposite the Kremlin on the other side of the Moscow River.", False),
        # Not rows: Churchill's wartime visit (no named counterpart). Removed: the site's menus
        # ("BBC Home", "Explore the BBC", "23 February", "Search ON THIS DAY by date", ...) and,
        # at the end, the cut-off sentence "In two days' time, Mr Macmillan will play host to
        # the Soviet leader at a dacha ... on the outsk".
    ],
    roles=[("British prime minister", "harold_macmillan"),
           ("Soviet premier", "nikita_khrushchev"),
           ("British Prime Minister", "harold_macmillan"),
           ("his host", "nikita_khrushchev")],
)

A["dev_18806_aliyev_blokhin_baku"] = dict(
    actors={
        "heydar_aliyev": ["Heydar Aliyev", "Heydar Aliyevich"],
        "alexander_blokhin": ["Alexander Blokhin"],
    },
    meetings=[
        # "Presidential palace" (no city written) -> the country, "Azerbaijan" (doubtful).
        M(["heydar_aliyev", "alexander_blokhin"], "1999-12-17", "Azerbaijan", IP, H,
          "From the conversation of President of the Azerbaijan Republic Heydar Aliyev with Ambassador of the Russian Federation in Azerbaijan Alexander Blokhin Presidential palace, December 17, 1999"),
        # Not rows: "we quite often met in salons" (a count of meetings, none specific).
        # Removed: at the end the cut-off sentence "I quite sincerely think that the period of
        # my tenure in Azerbaijan i".
    ],
    roles=[("President of the Azerbaijan Republic", "heydar_aliyev"),
           ("Ambassador of the Russian Federation in Azerbaijan", "alexander_blokhin"),
           ("the Russian Federation Ambassador", "alexander_blokhin")],
)

A["test_18807_lula_chavez_caracas"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva", "President Lula", "Lula"],
        "hugo_chavez": ["Hugo Chavez"],
        "luiz_fernando_furlan": ["Luiz Fernando Furlan"],
        "antonio_palocci": ["Antônio Palocci"],
        "celso_amorim": ["Celso Amorim"],
        "humberto_costa": ["Humberto Costa"],
        "dilma_rousseff": ["Dilma Roussef"],
        "walfrido_mares_guia": ["Walfrido Mares Guia"],
        "jose_eduardo_dutra": ["José Eduardo Dutra"],
        "guido_mantega": ["Guido Mantega"],
        "silas_rondeau": ["Silas Rondeau Cavalcante Silva"],
        "jose_fritsch": ["José Fritsch"],
        "marco_aurelio_garcia": ["Marco Aurélio Garcia"],
        "petrobras": ["Petrobras"],
        "bndes": ["National Economic and Social Development Bank", "BNDES"],
        "eletrobras": ["Eletrobrás"],
        "brazilian_ministry_of_external_relations": ["Brazilian Ministry of External Relations"],
    },
    meetings=[
        # The members of the "comitiva" are attending members (no pair rows, as 94a's
        # delegations).
        M(["luiz_inacio_lula_da_silva", "hugo_chavez"], "2005-02-14", "Caracas", IP, H,
          "CARACAS, Venezuela – The Brazilian President Luiz Inácio Lula da Silva met the Venezuelan President Hugo Chavez on February 14, 2005 in Caracas, Venezuela."),
        # The scheduled meetings with the (unnamed) presidents of Guiana and Suriname: one-party
        # rows, planned as written, required false; place = the country as written ("Guiana").
        M(["luiz_inacio_lula_da_silva"], "2005-02-15", "Guiana", IP, P,
          "The scheduled meetings are with the presidents of: Venezuela (February, 14), Guiana (February, 15) and Suriname (February, 16).", False),
        M(["luiz_inacio_lula_da_silva"], "2005-02-16", "Suriname", IP, P,
          "The scheduled meetings are with the presidents of: Venezuela (February, 14), Guiana (February, 15) and Suriname (February, 16).", False),
        # Removed: at the end the cut-off sentence "Days before the arrival in Venezuela and
        # commenting about the trip Lula sa".
    ],
    roles=[("The Brazilian President", "luiz_inacio_lula_da_silva"),
           ("the Venezuelan President", "hugo_chavez"),
           ("the Minister of Finance", "antonio_palocci"),
           ("the Minister of Foreign Relations", "celso_amorim"),
           ("the Minister of Mines and Energy", "dilma_rousseff"),
           ("The Brazilian Presidential Advisor", "marco_aurelio_garcia")],
)

A["dev_18808_sharif_vajpayee_lahore_recalled"] = dict(
    actors={
        "nawaz_sharif": ["Nawaz Sharif"],
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee", "Vajpayee"],
        "ashok_kumar_tandon": ["Ashok Kumar Tandon", "Ashok Tandon", "Tandon"],
        "press_trust_of_india": ["Press Trust of India", "PTI"],
        "ndtv": ["NDTV"],
        "dev_anand": ["Dev Anand"],
        "javed_akhtar": ["Javed Akhtar"],
        "kapil_dev": ["Kapil Dev"],
    },
    meetings=[
        # The February 1999 Lahore visit (month only -> null); Lahore.
        M(["nawaz_sharif", "atal_bihari_vajpayee"], None, "Lahore", IP, H,
          "Former Pakistan Prime Minister Nawaz Sharif once told former Indian Prime Minister Atal Bihari Vajpayee that he could “win elections in Pakistan too\" after the latter’s speech in Lahore during his landmark visit in 1999, Vajpayee’s former media adviser Ashok Kumar Tandon has recalled."),
        # Not rows: Tandon's words to NDTV (media); the speech at the Governor's House (a public
        # address); the delegation's members (not political actors, attending only). Removed:
        # "2 hours ago 4", "ARTICLE AD BOX", the duplicated caption and, at the end, the cut-off
        # "On his arrival, the".
    ],
    roles=[("Former Pakistan Prime Minister", "nawaz_sharif"),
           ("former Indian Prime Minister", "atal_bihari_vajpayee"),
           ("The former Prime Minister", "atal_bihari_vajpayee"),
           ("Vajpayee’s former media adviser", "ashok_kumar_tandon")],
)

A["dev_18809_rabin_hussein_gulf_of_eilat"] = dict(
    actors={
        "yitzhak_rabin": ["Prime Minister Yitzhak Rabin", "Yitzhak Rabin", "Rabin"],
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "haaretz": ["Ha’aretz"],
        "danny_yatom": ["Maj. Gen. Danny Yatom", "Danny Yatom"],
        "oded_ben_ami": ["Oded Ben-Ami"],
        "hassan_bin_talal": ["Crown Prince Hassan"],
        "abdul_salam_majali": ["Prime Minister Abdul Salam al-Majali", "Abdul Salam al-Majali"],
        "plo": ["Palestine Liberation Organization"],
    },
    meetings=[
        # Reported by the Israeli dailies, officially denied by both sides: kept as held
        # (doubtful). "late Sunday" = 1993-09-26; place "Gulf of Eilat" (a gulf, no city; kept as
        # the written place, as 94a's "Chequers").
        M(["yitzhak_rabin", "hussein_bin_talal"], "1993-09-26", "Gulf of Eilat", IP, H,
          "Prime Minister Yitzhak Rabin denied it, Jordan’s King Hussein denied it — but despite all their denials, all the major dailies here are reporting that the two leaders did indeed meet for a few hours late Sunday on board a ship in the Gulf of Eilat."),
        # Yatom and Ben-Ami attended (Israeli side): pair rows with Hussein only, required false.
        M(["danny_yatom", "hussein_bin_talal"], "1993-09-26", "Gulf of Eilat", IP, H,
          "Ha’aretz also provided the names of two other Israeli officials attending the meeting: Maj. Gen. Danny Yatom, Rabin’s military secretary, and Oded Ben-Ami, the prime minister’s press adviser.", False),
        M(["oded_ben_ami", "hussein_bin_talal"], "1993-09-26", "Gulf of Eilat", IP, H,
          "Ha’aretz also provided the names of two other Israeli officials attending the meeting: Maj. Gen. Danny Yatom, Rabin’s military secretary, and Oded Ben-Ami, the prime minister’s press adviser.", False),
        # Not rows: Crown Prince Hassan and al-Majali were "vacationing" in Aqaba (not said to
        # attend). Removed: "Menu JTA Search", "Download PDF for this date" and, at the end, the
        # cut-off "But despite these fears, Jordanian official".
    ],
    roles=[("Jordan’s King", "hussein_bin_talal"),
           ("The Jordanian monarch", "hussein_bin_talal"),
           ("Rabin’s military secretary", "danny_yatom"),
           ("the prime minister’s press adviser", "oded_ben_ami")],
)

A["dev_18810_wilson_de_gaulle_commons"] = dict(
    actors={
        "harold_wilson": ["Mr. Harold Wilson"],
        "charles_de_gaulle": ["President de Gaulle"],
        "knox_cunningham": ["Sir Knox Cunningham"],
        "european_communities": ["European Communities"],
        "european_economic_community": ["European Economic Community"],
    },
    meetings=[
        # Two days of talks ("yesterday and this morning" = 19-20 June 1967) -> date null; no
        # place written.
        M(["harold_wilson", "charles_de_gaulle"], None, None, IP, H,
          "During our lengthy discussions yesterday and this morning, President de Gaulle and I had, as we had planned, a most useful and wide-ranging exchange of views about the world situation as a whole."),
        # The second day's session (1967-06-20): required false (part of the same talks).
        M(["harold_wilson", "charles_de_gaulle"], "1967-06-20", None, IP, H,
          "This morning, we reviewed the Middle East and world situation in the light of yesterday's and overnight developments.", False),
        # The January 1967 meeting, recalled (month only -> null).
        M(["harold_wilson", "charles_de_gaulle"], None, None, IP, H,
          "As regards the British application to join the European Communities, President de Gaulle further explained to me the views which he had expressed at our meeting in January of this year and at his Press conference on 16th May.", False),
        # Not rows: "keep in close and continuing personal touch" (no specific contact); de
        # Gaulle's press conference (media). Removed: at the end the cut-off sentence "The
        # position of Her Majesty's Government on associatio".
    ],
    roles=[("The Prime Minister", "harold_wilson"),
           ("the President of France", "charles_de_gaulle")],
)

A["test_18811_duterte_widodo_malacanang"] = dict(
    actors={
        "rodrigo_duterte": ["Rodrigo Roa Duterte", "PRESIDENT DUTERTE", "President Duterte"],
        "joko_widodo": ["Joko Widodo", "President Joko Widodo", "PRESIDENT WIDODO"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # Malacañan Palace; "welcome you to Manila" -> Manila.
        M(["rodrigo_duterte", "joko_widodo"], "2017-04-28", "Manila", IP, H,
          "Opening Statements of Philippine President Rodrigo Roa Duterte and President Joko Widodo of the Republic of Indonesia during their Bilateral Meeting"),
        # Duterte's earlier visit that Widodo reciprocates (no date or place written): required
        # false (implied meeting).
        M(["rodrigo_duterte", "joko_widodo"], None, None, IP, H,
          "And it is an honor for me to reciprocate your visit by visiting Manila.", False),
        # Not rows: the ASEAN chairmanship and summit (multilateral). Removed: at the end the
        # cut-off sentence "Allow me therefore to highlight the following: on the political
        # cooperation, we need to sustain the momentum".
    ],
    roles=[("Philippine President", "rodrigo_duterte")],
)

A["dev_18812_menzies_macmillan_kennedy_press"] = dict(
    actors={
        "robert_menzies": ["Menzies, Robert", "Menzies, Sir Robert Gordon", "SIR ROBERT MENZIES",
                           "Sir Robert"],
        # OCR: "Mr, MacMillan" in the question, "Mr0Ivi( amilln,-n" in the answer.
        "harold_macmillan": ["MacMillan", "Ivi( amilln,-n"],
        "john_f_kennedy": ["Konnedy"],
        "alec_douglas_home": ["Lcrd Hovne"],
        "duncan_sandys": ["Sandys"],
        "rab_butler": ["Butler"],
        "j_b_commins": ["J. B. COMMINS"],
        "order_of_the_thistle": ["Order of the Thistle"],
    },
    meetings=[
        # The London talks (Menzies' "twelve days in London") and the Washington talks ("two
        # days in Wa-shington"): no day written -> null.
        M(["robert_menzies", "harold_macmillan"], None, "London", IP, H,
          "You spoke in fairly general t ermns yeisterday,, Could you give us something more specific on your talks with Mr, MacMillan and Pr-esideat Konnedy?"),
        M(["robert_menzies", "john_f_kennedy"], None, "Washington", IP, H,
          "You spoke in fairly general t ermns yeisterday,, Could you give us something more specific on your talks with Mr, MacMillan and Pr-esideat Konnedy?"),
        # The other UK talks (Home, Sandys, Butler): OCR-garbled -> required false.
        M(["robert_menzies", "alec_douglas_home"], None, "London", IP, H,
          "My rpa-in talks in the United Kingdorm wore with the Prime Ministev. Mr0Ivi( amilln,-n, viith the Lcrd Hovne, with Mr,~ Sandys a-, nd wihMr. Butler.", False),
        M(["robert_menzies", "duncan_sandys"], None, "London", IP, H,
          "My rpa-in talks in the United Kingdorm wore with the Prime Ministev. Mr0Ivi( amilln,-n, viith the Lcrd Hovne, with Mr,~ Sandys a-, nd wihMr. Butler.", False),
        M(["robert_menzies", "rab_butler"], None, "London", IP, H,
          "My rpa-in talks in the United Kingdorm wore with the Prime Ministev. Mr0Ivi( amilln,-n, viith the Lcrd Hovne, with Mr,~ Sandys a-, nd wihMr. Butler.", False),
        # Not rows: the press conference itself (media); the day in Ottawa (no named
        # counterpart). Removed: at the end the cut-off "The prcincip~ ral things ... in /
        # jarticular 11".
    ],
    roles=[],
)
