"""Accuracy corpus, batch 72a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 72b), over the eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: one, 1990s: three, 2000s: four, 2010s: one, 2020s: two; five of the
twelve from before 2000, as the brief asked at least five).
Outlets/sites: the Jewish Telegraphic Agency (jta.org, 1975), the Los Angeles Times (1989, via the
fold6.site mirror of the latimes.com archive; 2003, latimes.com), KDRTV (kdrtv.com, Kenya), the
George Bush Presidential Library (bush41library.tamu.edu, a 1991 statement), RFE/RL Newsline
(rferl.org, 1997), Dawn (dawn.com, 2001), APA via the Armenian Diaspora forum
(armeniandiaspora.com, 2009), Crikey (crikey.com.au, 2005), The Nation Thailand
(nationthailand.com), the Houses of the Oireachtas (oireachtas.ie, Dáil written answers, 1999) and
the Joplin Business Journal (joplinbusinessjournal.com, 2023).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
72b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_72a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-71b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_142NN_<slug>` / `test_142NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line on the stored page; the address's 1975/04/10 (a Thursday, checked) is taken as
    # the day of publication. The planned meeting is "next week" -> date null.
    ("dev_14201_allon_kissinger_planned_1975", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org; archive)", "http://www.jta.org/1975/04/10/archive/allon-due-in-the-u-s-next-week-to-attend-uja-fund-raising-meetings-will-meet-with-kissinger", "1975-04-10"),
    # No date line on the stored page; the address's la-xpm-1989-02-02 (a Thursday, checked) is
    # taken as the day of publication: "arrived here Wednesday" -> 1989-02-01.
    ("dev_14202_shevardnadze_qian_beijing_airport", "East Asia", "1980s", "Los Angeles Times (latimes.com archive, via the fold6.site mirror)", "https://fold6.site./archives/la-xpm-1989-02-02-mn-2572-story.html", "1989-02-02"),
    # The search tool's date 2019-08-14 (a Wednesday, checked); no date line in the text: "today"
    # -> 2019-08-14, "On Sunday" -> 2019-08-11.
    ("test_14203_uhuru_gideon_moi_nakuru", "Africa", "2010s", "KDRTV (kdrtv.com)", "https://www.kdrtv.com/news/president-uhuru-gideon-moi-planned-meeting-in-nakuru-that-is-giving-ruto-men-headache/", "2019-08-14"),
    # The statement's date line "1991-05-03" (a Friday, checked): "today" -> 1991-05-03.
    ("dev_14204_bush_perez_private_visit", "Latin America", "1990s", "George Bush Presidential Library, Public Papers (bush41library.tamu.edu; statement)", "https://bush41library.tamu.edu/archives/public-papers/2942", "1991-05-03"),
    # The page's "Newsline - May 9, 1997" (a Friday, checked): "yesterday" -> 1997-05-08.
    ("dev_14205_kuchma_yeltsin_newsline", "Eastern Europe/Russia", "1990s", "RFE/RL Newsline (rferl.org)", "https://www.rferl.org/a/1141404.html", "1997-05-09"),
    # The dateline "NEW DELHI, Oct 8" with the address's 2001/10/09 (a Tuesday): "on Monday" ->
    # 2001-10-08 (a Monday, checked; the dateline's day).
    ("dev_14206_musharraf_vajpayee_call", "South Asia", "2000s", "Dawn (dawn.com)", "http://dawn.com/2001/10/09/top7.htm", "2001-10-09"),
    # The reposted APA item's "20 May 2009 18:06" (a Wednesday, checked); the visit is dated in the
    # text ("on May 20").
    ("test_14207_saakashvili_eyyubov_baku", "Central Asia/Caucasus", "2000s", "APA (en.apa.az) via the Armenian Diaspora forum (armeniandiaspora.com)", "https://www.armeniandiaspora.com/showthread.php?t=171163&s=fa1137f57879d6e5eaa423e69ea59564", "2009-05-20"),
    # No date line on the stored page; the address's 2005/09/06 (a Tuesday, checked) is taken as
    # the day of publication. The meeting is "in July 2003" -> date null.
    ("dev_14208_somare_howard_townsville", "Oceania", "2000s", "Crikey (crikey.com.au)", "https://uat.crikey.com.au/2005/09/06/michael-somares-disdain-for-john-howard", "2005-09-06"),
    # No date line on the stored page; the address's la-xpm-2003-oct-17 (a Friday, checked) is taken
    # as the day of publication: "on Thursday" -> 2003-10-16.
    ("dev_14209_bush_schwarzenegger_riverside", "North America", "2000s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-2003-oct-17-me-arnold17-story.html", "2003-10-17"),
    # No date on the stored page and none from the tool: published None. The year 2025 (odd; decade
    # 2020s) is inferred from the text ("will mark the 50th anniversary of diplomatic ties next
    # year"; see the notes). "on Sunday" cannot be resolved -> date null.
    ("dev_14210_sihasak_le_hoai_trung", "Southeast Asia", "2020s", "The Nation Thailand (nationthailand.com)", "https://www.nationthailand.com/news/asean/40059772", None),
    # The page's "Wednesday, 13 Oct 1999" (a Wednesday, checked); the call and the meeting carry
    # their own days ("on 5 October last", "on 2 October last").
    ("test_14211_taoiseach_blair_call_adams", "Western Europe", "1990s", "Houses of the Oireachtas, Dáil written answers (oireachtas.ie)", "https://www.oireachtas.ie/ga/debates/debate/dail/1999-10-13/30/", "1999-10-13"),
    # No date line on the stored page; the address's 2023/01/17 (a Tuesday, checked) is taken as the
    # day of publication. The visit spans Thursday and Friday -> the rows have date null.
    ("dev_14212_berset_van_der_bellen_austria", "Western Europe", "2020s", "Joplin Business Journal (joplinbusinessjournal.com)", "https://www.joplinbusinessjournal.com/2023/01/17/new-swiss-president-makes-visit-to-austrian-president/", "2023-01-17"),
]

A = {}

A["dev_14201_allon_kissinger_planned_1975"] = dict(
    actors={
        "yigal_allon": ["Yigal Allon", "Allon"],
        "henry_kissinger": ["Henry A. Kissinger", "Kissinger"],
        "simcha_dinitz": ["Simcha Dinitz"],
        "shimon_peres": ["Shimon Peres"],
        "gerald_ford": ["Ford"],
        "united_jewish_appeal": ["United Jewish Appeal", "UJA"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # "... has been invited by Secretary of State Henry A. Kissinger to meet with him in
        # Washington ..." / "The State Department confirmed today that Allon would meet with
        # Kissinger but did not announce the date of the meeting." -> planned, date null ("next
        # week"; no day), Washington. The headline ("Will Meet with Kissinger") and "Allon's visit
        # to the U.S. and meeting with Kissinger" are the same meeting.
        M(["yigal_allon", "henry_kissinger"], None, "Washington", IP, P,
          "Foreign Minister Yigal Allon will visit the United States next week to attend major fund-raising meetings of the United Jewish Appeal and has been invited by Secretary of State Henry A. Kissinger to meet with him in Washington, informed sources disclosed here today."),
        # Not rows: "Simcha Dinitz met with the Secretary of State three times in the past week" (a
        # count of meetings, no specific one); the Cabinet's meeting "here Sunday" (a cabinet
        # session); "top Israeli officials--Allon or Defense Minister Shimon Peres--to come to
        # Washington" (a visit not made); the UJA fund-raising meetings (events). Not annotated:
        # "the Cabinet", "American authorities", "the Administration" (generic), Israel, Egypt
        # (states), Washington, Jerusalem, Cairo (places; "Jerusalem"/"Cairo" used for
        # governments), Kissinger's Middle East mission (an event). Removed: at the start, the
        # page's first title line and the site line "Menu JTA Search" (the title is kept once, as
        # the page repeats it); at the end, the last, cut-off sentence ("They said the Minister did
        # not want to "impose" himself upon Washington if he were not welco") and the paragraph
        # opening it ("Sources here said that Allon had been invited some time ago ..."). Kept as
        # found: "Download PDF for this date" under the title, the dashes "negotiations–all",
        # "officials–Allon".
    ],
    roles=[("Foreign Minister", "yigal_allon"), ("Secretary of State", "henry_kissinger"),
           ("the Secretary of State", "henry_kissinger"), ("Israeli Ambassador", "simcha_dinitz"),
           ("Defense Minister", "shimon_peres"), ("President Ford", "gerald_ford")],
)

A["dev_14202_shevardnadze_qian_beijing_airport"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard A. Shevardnadze", "Shevardnadze"],
        "qian_qichen": ["Qian Qichen"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "deng_xiaoping": ["Deng Xiaoping"],
        "nikita_khrushchev": ["Nikita S. Khrushchev"],
        "mao_zedong": ["Mao Tse-tung"],
    },
    meetings=[
        # "Shevardnadze, who was met and warmly greeted at the airport by Chinese Foreign Minister
        # Qian Qichen ..." (he "arrived here Wednesday", at "Beijing airport") -> held, 1989-02-01,
        # Beijing.
        M(["eduard_shevardnadze", "qian_qichen"], "1989-02-01", "Beijing", IP, H,
          "Shevardnadze, who was met and warmly greeted at the airport by Chinese Foreign Minister Qian Qichen, said he had brought a personal letter to Chinese leaders from Gorbachev."),
        # "The meeting, which would bring Soviet President Mikhail S. Gorbachev to Beijing to meet
        # China's paramount leader, Deng Xiaoping, ... is expected to take place in April or May."
        # -> planned, date null (months only), Beijing.
        M(["mikhail_gorbachev", "deng_xiaoping"], None, "Beijing", IP, P,
          "The meeting, which would bring Soviet President Mikhail S. Gorbachev to Beijing to meet China’s paramount leader, Deng Xiaoping, and other top officials, is expected to take place in April or May."),
        # "... since Nikita S. Khrushchev met Mao Tse-tung in Beijing in 1959 ..." -> held, date
        # null (a year only), Beijing.
        M(["nikita_khrushchev", "mao_zedong"], None, "Beijing", IP, H,
          "The summit meeting will be the first since Nikita S. Khrushchev met Mao Tse-tung in Beijing in 1959, shortly before relations between the two countries soured over ideological and border disputes."),
        # Not rows: the negotiations with "his Chinese hosts" and "the two sides" (unnamed
        # counterparts); the personal letter from Gorbachev (a letter); the written statement.
        # Not annotated: "Chinese leaders", "his Chinese hosts", "other top officials" (unnamed),
        # China, the Soviet Union, Vietnam, Cambodia (states), Beijing airport (a place). Removed:
        # at the end, the last, cut-off sentence ("The Soviet Union has supported Vietnam's
        # decade-long intervention in Cambodia, while China has been the most important backer of
        # resistance forces fighting the Vie"). Nothing at the start. Kept as found: the share
        # line "- Share via" under the headline, the subheading "First Summit Since 1959", ". . .".
    ],
    roles=[("Soviet Foreign Minister", "eduard_shevardnadze"), ("Chinese Foreign Minister", "qian_qichen"),
           ("Soviet President", "mikhail_gorbachev"), ("China’s paramount leader", "deng_xiaoping")],
)

_MOI = ("Among the leaders who met Senator Moi on Sunday were former Bomet Governor Isaac Rutto,Buzeki,MPs William Kamkatet and Sila Teren, former MPs Franklin Bett, Zakayo Cheruiyot, KANU Secretary General Nick Salat and others.")
A["test_14203_uhuru_gideon_moi_nakuru"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta", "Uhuru"],
        "gideon_moi": ["Gideon Moi", "Senator Gideon Moi", "Senator Moi", "Gideon", "Moi"],
        "william_ruto": ["Ruto"],
        "daniel_arap_moi": ["President Moi"],
        "isaac_rutto": ["Isaac Rutto"],
        "buzeki": ["Buzeki"],
        "william_kamkatet": ["William Kamkatet"],
        "sila_teren": ["Sila Teren"],
        "franklin_bett": ["Franklin Bett"],
        "zakayo_cheruiyot": ["Zakayo Cheruiyot"],
        "nick_salat": ["Nick Salat"],
        "kanu": ["KANU"],
    },
    meetings=[
        # "President Uhuru will be meeting with Gideon Moi and top South Rift politicians after the
        # State House gala ..." -> planned, 2019-08-14 ("will be in Nakuru today"), Nakuru (the
        # gala at State House Nakuru; the text also says the talk "is likely to happen at State
        # House Nakuru, or in Kabarak"; see the notes). "The president will have a meeting with the
        # younger Moi" and "their talk" are the same meeting; the "top South Rift politicians" are
        # unnamed.
        M(["uhuru_kenyatta", "gideon_moi"], "2019-08-14", "Nakuru", IP, P,
          "President Uhuru will be meeting with Gideon Moi and top South Rift politicians after the State House gala to among many other things discuss the issues facing residents of the entire Rift Valley as well as plot on the pending referendum."),
        # "Among the leaders who met Senator Moi on Sunday were ..." (with "On Sunday, Senator
        # Gideon Moi hosted a number of key leaders from the region") -> held, 2019-08-11, place
        # null (none is named for it). One row per named leader with Moi, the host the text presents
        # them as meeting; the guest-guest pairs are left out (see the notes).
        M(["gideon_moi", "isaac_rutto"], "2019-08-11", None, IP, H, _MOI),
        M(["gideon_moi", "buzeki"], "2019-08-11", None, IP, H, _MOI),
        M(["gideon_moi", "william_kamkatet"], "2019-08-11", None, IP, H, _MOI),
        M(["gideon_moi", "sila_teren"], "2019-08-11", None, IP, H, _MOI),
        M(["gideon_moi", "franklin_bett"], "2019-08-11", None, IP, H, _MOI),
        M(["gideon_moi", "zakayo_cheruiyot"], "2019-08-11", None, IP, H, _MOI),
        M(["gideon_moi", "nick_salat"], "2019-08-11", None, IP, H, _MOI),
        # Not rows: the music-festival gala (an event); "it was President Moi who inducted Uhuru
        # into politics" (no meeting); the list Moi "will be presenting" (part of the planned
        # talk). Not annotated: "DP Ruto's men", "a source", "the leaders", "the government",
        # "Uhuru's government" (generic or unnamed), Nakuru, Kabarak, State House Nakuru, the Mau
        # forest, the Rift Valley (places), "the pending referendum" (an event). Removed: at the
        # start, the search tool's " date 2019-08-14" prefix; at the end, the last paragraph, whose
        # second sentence is cut off ("We expect the meeting between Senator Moi and the President
        # will be of much importance and fruitful to the people of the Rift Valley. Gideon has the
        # president's ear and it is our hope that the issues will be addressed immediately,"
        # added anoth"). Kept as found: the opening quote mark "”The president ...", "the Kenyatta",
        # "Rutto,Buzeki,MPs" without spaces.
    ],
    roles=[("the head of state", "uhuru_kenyatta"), ("The president", "uhuru_kenyatta"),
           ("the younger Moi", "gideon_moi"), ("Senator", "gideon_moi"),
           ("former Bomet Governor", "isaac_rutto"), ("KANU Secretary General", "nick_salat"),
           ("DP", "william_ruto")],
)

A["dev_14204_bush_perez_private_visit"] = dict(
    actors={
        "carlos_andres_perez": ["Carlos Andres Perez", "President Perez", "Perez"],
        "government_of_el_salvador": ["Government of El Salvador"],
        "world_bank": ["World Bank"],
        "inter_american_development_bank": ["Inter-American Development Bank"],
        "university_of_tulsa": ["University of Tulsa"],
    },
    meetings=[
        # "The President met today with Venezuelan President Carlos Andres Perez, who is on a
        # private visit to the U.S." -> "The President" is never named in the statement (role
        # only): one-party row, held, 1991-05-03 (the statement's date line), United States (no
        # city is named; the visit is "to the U.S."). "The two leaders discussed ...", "President
        # Perez briefed the President ..." and "Following their meeting" are the same meeting.
        M(["carlos_andres_perez"], "1991-05-03", "United States", IP, H,
          "The President met today with Venezuelan President Carlos Andres Perez, who is on a private visit to the U.S."),
        # Not rows: "the agreement reached last weekend by the Government of El Salvador and the
        # guerrillas" (the guerrillas unnamed; an agreement, no named meeting); the May 25
        # elections; Perez's trip to Houston, Tulsa and Palo Alto and the graduation ceremony
        # (events, no counterpart). Not annotated: "The President", "the guerrillas", "the
        # Surinamese military" (unnamed or generic), the United States, Venezuela, El Salvador,
        # Nicaragua, Haiti, Suriname, Spain, Mexico (states), Houston, Tulsa, Palo Alto (places).
        # Removed: nothing (the excerpt is the whole statement, from its date line to a complete
        # last sentence). Kept as found: "President Perez' efforts", "dialog".
    ],
    roles=[("Venezuelan President", "carlos_andres_perez")],
)

A["dev_14205_kuchma_yeltsin_newsline"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "yevgeny_primakov": ["Yevgenii Primakov", "Primakov"],
        "javier_solana": ["Javier Solana", "Solana"],
        "nato": ["NATO", "NATOs"],
        "russian_security_council": ["Russian Security Council", "Security Council"],
        "ivan_rybkin": ["Ivan Rybkin"],
        "nezavisimaya_gazeta": ["Nezavisimaya gazeta"],
        "rfe_rl": ["RFE/RL Newsline"],
        "izvestiya": ["Izvestiya"],
        "reuters": ["Reuters"],
        "afp": ["AFP"],
        "leonid_kuchma": ["Leonid Kuchma"],
        "itar_tass": ["ITAR-TASS"],
        "viktor_chernomyrdin": ["Viktor Chernomyrdin"],
    },
    meetings=[
        # "After meeting with Yeltsin yesterday in Moscow, Leonid Kuchma said ..." -> held,
        # 1997-05-08 ("yesterday" in the Newsline of Friday 9 May 1997), Moscow.
        M(["leonid_kuchma", "boris_yeltsin"], "1997-05-08", "Moscow", IP, H,
          "After meeting with Yeltsin yesterday in Moscow, Leonid Kuchma said the Russian presidents upcoming visit to Kyiv will remove all the remaining obstacles and misunderstanding in our bilateral relations, ITAR-TASS reported."),
        # "... may be finalized at a meeting next week between Foreign Minister Yevgenii Primakov
        # and NATO Secretary-General Javier Solana ..." -> planned, date null ("next week"), place
        # null. "the sixth round of talks between Primakov and Solana" is the same meeting.
        M(["yevgeny_primakov", "javier_solana"], None, None, IP, P,
          "President Boris Yeltsin says a charter between Russia and NATO has been 98% agreed and may be finalized at a meeting next week between Foreign Minister Yevgenii Primakov and NATO Secretary-General Javier Solana, Russian news agencies reported yesterday."),
        # Not rows: "Yeltsin said he may participate in the sixth round of talks" (a possibility,
        # see the notes); "the Russian presidents upcoming visit to Kyiv", "Chernomyrdin is to
        # visit Ukraine on 28 May" and "Yeltsin is tentatively scheduled to arrive in Kyiv" (visits
        # to a country, no named counterpart); the Security Council session "on 7 May" chaired by
        # Yeltsin (a council meeting). Not annotated: "Russian news agencies", "NATO officials"
        # (unnamed), Russia, Ukraine (states), Moscow, Kyiv, the Black Sea Fleet (places, a fleet),
        # the 1962 Cuban missile crisis (an event). Removed: at the start, the site lines
        # "Accessibility links" and "Breaking News" with the blank lines after them; at the end, the
        # last, cut-off sentence ("Meanwhile, Russian Foreign Ministry spokesman Valerii
        # Nesterushkin yes"). Kept as found: "NATOs expansion plans", "the Russian presidents
        # upcoming visit" (no apostrophes), "[ones]", the double blank lines.
    ],
    roles=[("President", "boris_yeltsin"), ("Foreign Minister", "yevgeny_primakov"),
           ("NATO Secretary-General", "javier_solana"), ("Security Council Secretary", "ivan_rybkin"),
           ("Prime Minister", "viktor_chernomyrdin")],
)

A["dev_14206_musharraf_vajpayee_call"] = dict(
    actors={
        "pervez_musharraf": ["Pervez Musharraf", "Gen Musharraf", "Musharraf"],
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Mr Vajpayee", "Vajpayee"],
        "taliban": ["Taliban"],
        "osama_bin_laden": ["Osama bin Laden"],
        "jaish_i_mohammed": ["Jaish-i-Mohammed"],
        "george_w_bush": ["George W. Bush"],
        "cabinet_committee_on_security_india": ["cabinet committee on security"],
        "vladimir_putin": ["Vladimir Putin"],
    },
    meetings=[
        # "President Pervez Musharraf and Prime Minister Atal Behari Vajpayee spoke to each other on
        # Monday ..." ("the Vajpayee-Musharraf phone-call") -> phone, held, 2001-10-08 ("on Monday"
        # under the dateline "Oct 8"), no place. "spoke for 15 minutes" and "his talk with Gen
        # Musharraf" are the same call.
        M(["pervez_musharraf", "atal_bihari_vajpayee"], "2001-10-08", None, PH, H,
          "NEW DELHI, Oct 8: President Pervez Musharraf and Prime Minister Atal Behari Vajpayee spoke to each other on Monday, their first direct talk since the failure of the India-Pakistan summit in Agra in July, discussing their tense relations and briefing each other on their respective approaches to the ongoing military campaign against the Taliban regime in Afghanistan and its likely impact on regional security, official sources said."),
        # "... since the failure of the India-Pakistan summit in Agra in July ..." -> the Agra
        # summit of the two (a bilateral summit), held, date null (month only), Agra.
        M(["pervez_musharraf", "atal_bihari_vajpayee"], None, "Agra", IP, H,
          "NEW DELHI, Oct 8: President Pervez Musharraf and Prime Minister Atal Behari Vajpayee spoke to each other on Monday, their first direct talk since the failure of the India-Pakistan summit in Agra in July, discussing their tense relations and briefing each other on their respective approaches to the ongoing military campaign against the Taliban regime in Afghanistan and its likely impact on regional security, official sources said."),
        # "Mr Vajpayee also spoke to Russian President Vladimir Putin ..." -> phone (a leader in
        # New Delhi "also spoke to" the Russian President, in a story about calls; the text does
        # not say "phone"), held, date null (no day of its own), no place; required false (see the
        # notes).
        M(["atal_bihari_vajpayee", "vladimir_putin"], None, None, PH, H,
          "Mr Vajpayee also spoke to Russian President Vladimir Putin on the situation in Afghanistan and in Pakistan.", False),
        # Not rows: the meeting of the cabinet committee on security over which Vajpayee presided
        # (a committee session); Bush's promise (a statement); "their common Western friends"
        # (unnamed). Not annotated: "official sources", "An Indian news channel", "Diplomatic
        # sources" (unnamed), "the state assembly in Srinagar" (a body named by place only), India,
        # Pakistan, Afghanistan, America (states), New Delhi, Kashmir, Srinagar (places). Removed:
        # at the end, the last, cut-off sentence ("India and Pakistan agree on the need for a
        # multi-ethnic government in Afghanistan, but disagree on which of the two rivals has
        # greater claim on its friendship, and possibly i"). Nothing at the start. Kept as found:
        # "Mr Vajpayee.spoke" (no space), "the shaping public unrest".
    ],
    roles=[("President", "pervez_musharraf"), ("Prime Minister", "atal_bihari_vajpayee"),
           ("US President", "george_w_bush"), ("Russian President", "vladimir_putin")],
)

A["test_14207_saakashvili_eyyubov_baku"] = dict(
    actors={
        "mikheil_saakashvili": ["Mikhail Saakashvili", "Saakashvili"],
        "yagub_eyyubov": ["Yagub Eyyubov", "Eyyubov"],
        "apa": ["APA"],
        "heydar_aliyev": ["Heydar Aliyev"],
        "zarifa_aliyeva": ["Zarifa Aliyeva"],
        "hajibala_abutalibov": ["Hajibala Abutalibov"],
        "khalaf_khalafov": ["Khalaf Khalafov"],
    },
    meetings=[
        # "Saakashvili and Eyyubov had a short protocol meeting in the VIP hall of the airport." (the
        # airport welcome by "First Deputy Prime Minister of Azerbaijan Yagub Eyyubov" on the
        # arrival "on May 20") -> held, 2009-05-20, Baku (the dateline "Baku- APA" and "Heydar
        # Aliyev International Airport"; see the notes). The welcome is the same meeting.
        M(["mikheil_saakashvili", "yagub_eyyubov"], "2009-05-20", "Baku", IP, H,
          "Saakashvili and Eyyubov had a short protocol meeting in the VIP hall of the airport."),
        # Not rows: the visits to the graves of Heydar Aliyev and Zarifa Aliyeva and to Martyrs'
        # Alley (tributes, the dead are not counterparts); Abutalibov and Khalafov "accompanied"
        # Saakashvili (escorts, not parties presented as meeting him; see the notes); the documents
        # to be signed "between the two countries" (no named signatories). Not annotated: "other
        # officials", "President's press service" (unnamed), Georgia, Azerbaijan (states), the
        # Alley of Honors, Martyrs' Alley, the Eternal Torch complex, Heydar Aliyev International
        # Airport (places), the dateline credit "Baku- APA." (agency credit at the top; APA is
        # annotated for "told APA" in the body). Removed: at the start, the forum's navigation
        # ("Announcement", "Collapse", "No announcement yet.", the thread title, "Collapse", "X",
        # "Filter", "Time", "Show", "Clear All", "new posts"); at the end, the forum's "Working..."
        # and "X". Kept as found: the bullet before the post title, the address line of the
        # original item, the indentation and line breaks of the repost, "officials welcomes".
    ],
    roles=[("Georgia's President", "mikheil_saakashvili"),
           ("First Deputy Prime Minister of Azerbaijan", "yagub_eyyubov"),
           ("Georgian President", "mikheil_saakashvili"), ("Baku Mayor", "hajibala_abutalibov"),
           ("Deputy Foreign Minister", "khalaf_khalafov")],
)

A["dev_14208_somare_howard_townsville"] = dict(
    actors={
        "michael_somare": ["Michael Somare", "Somare"],
        "john_howard": ["John Howard", "Howard"],
        "supreme_court_of_papua_new_guinea": ["Supreme Court"],
        "ramsi": ["RAMSI", "Regional Assistance Mission to Solomon Islands"],
        "pacific_islands_forum": ["Pacific Islands forum", "Forum"],
        "greg_urwin": ["Greg Urwin", "Urwin"],
    },
    meetings=[
        # "Somare and Howard had a one-to-one meeting that is still regular grist to the Port
        # Moresby rumour mill ..." (the "monumental argument with Howard in Townsville in July
        # 2003") -> held, date null (month only), Townsville.
        M(["michael_somare", "john_howard"], None, "Townsville", IP, H,
          "Somare and Howard had a one-to-one meeting that is still regular grist to the Port Moresby rumour mill, with the story being that Somare ended up “bouncing off the walls.”"),
        # Not rows: the gathering of "The prime ministers of Australia, New Zealand, PNG, Fiji and
        # Tonga" to farewell RAMSI (a multilateral gathering, the others unnamed); the Pacific
        # Islands forum in Auckland (a plenary) and "Howard suggested the leaders sleep on the
        # issue" (the forum's leaders); the Brisbane airport security check (no meeting). Not
        # annotated: "The 160 Australian police", "the leaders", "Islanders" (generic), the
        # Enhanced Co-operation Program (a programme), Australia, PNG, New Zealand, Fiji, Tonga,
        # the Solomons (states), Townsville, Port Moresby, Auckland, Suva, Brisbane (places).
        # Removed: at the end, the site line "Read more of The Di" (a cut-off link line). Nothing
        # at the start. Kept as found: the excerpt's line breaks inside sentences ("Papua New /
        # Guinean"), "Co-operation".
    ],
    roles=[("Papua New Guinean Prime Minister", "michael_somare"), ("Australia’s PM", "john_howard"),
           ("PNG’s leader", "michael_somare"), ("the Australian candidate", "greg_urwin")],
)

A["dev_14209_bush_schwarzenegger_riverside"] = dict(
    actors={
        "george_w_bush": ["Bush"],
        "arnold_schwarzenegger": ["Arnold Schwarzenegger", "Schwarzenegger"],
        "white_house": ["White House"],
        "gray_davis": ["Gray Davis"],
    },
    meetings=[
        # "President Bush and Arnold Schwarzenegger embraced one another physically and politically
        # on Thursday ..." / "The meeting came soon enough: a half-hour private conversation at the
        # Mission Inn in Riverside ..." -> held, 2003-10-16 ("on Thursday" in a paper of Friday 17
        # October 2003), Riverside. "the first meeting" is the same meeting.
        M(["george_w_bush", "arnold_schwarzenegger"], "2003-10-16", "Riverside", IP, H,
          "The meeting came soon enough: a half-hour private conversation at the Mission Inn in Riverside, nine days after the recall election."),
        # "Gov. Gray Davis said Thursday in an interview that he and Schwarzenegger also plan to
        # meet next week." -> planned, date null ("next week"), place null.
        M(["gray_davis", "arnold_schwarzenegger"], None, None, IP, P,
          "Gov. Gray Davis said Thursday in an interview that he and Schwarzenegger also plan to meet next week."),
        # Not rows: Schwarzenegger's wish "to meet with Bush as quickly as possible" (the same
        # meeting, earlier wish); "he is scheduled to meet with legislative leaders" in Sacramento
        # (unnamed counterparts); the news conferences (single persons). Not annotated: "legislative
        # leaders", "candidates for jobs" (unnamed), California (a state), Sacramento, Riverside, the
        # Mission Inn (places), the recall election (an event), the byline line "Times Staff
        # Writers". Removed: at the start, the site line "Advertisement" and the blank line after
        # it; at the end, the last, cut-off sentence ("That meeting is expected to take place
        # Thursday"). Kept as found: the share line "Share" and the "Advertisement" line inside the
        # text, "-- for each dollar".
    ],
    roles=[("President", "george_w_bush"), ("the governor-elect", "arnold_schwarzenegger"),
           ("Gov.", "gray_davis")],
)

A["dev_14210_sihasak_le_hoai_trung"] = dict(
    actors={
        "sihasak_phuangketkeow": ["Sihasak Phuangketkeow", "Sihasak"],
        "le_hoai_trung": ["Lê Hoài Trung"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
        "communist_party_of_vietnam": ["Communist Party of Vietnam"],
    },
    meetings=[
        # "Foreign Minister Sihasak Phuangketkeow on Sunday met Vietnamese counterpart Lê Hoài Trung
        # ..." -> held, date null (the page has no date, so "on Sunday" cannot be resolved), place
        # null (Trung is "the visiting minister", but no city or country is named for the meeting;
        # see the notes). "the talks", "the warm welcome" are the same meeting.
        M(["sihasak_phuangketkeow", "le_hoai_trung"], None, None, IP, H,
          "Foreign Minister Sihasak Phuangketkeow on Sunday met Vietnamese counterpart Lê Hoài Trung and discussed the Thai–Cambodian border situation, as the visiting minister expressed hope that peace would return for both countries and the region."),
        # Not rows: "a planned visit to Thailand by the secretary-general of the Communist Party of
        # Vietnam" (the secretary-general is unnamed and no counterpart is named); the 50th
        # anniversary (an event). Not annotated: "the secretary-general of the Communist Party of
        # Vietnam" (unnamed), "reporters", Thailand, Vietnam, Cambodia (states). Removed: nothing
        # (the excerpt starts with the first sentence and ends with a complete one). Kept as found:
        # the diacritics "Lê Hoài Trung", "Thai–Cambodian", "Thai–Vietnam".
    ],
    roles=[("Foreign Minister", "sihasak_phuangketkeow"), ("Vietnamese counterpart", "le_hoai_trung"),
           ("the visiting minister", "le_hoai_trung"), ("the Vietnamese minister", "le_hoai_trung"),
           ("his Thai counterpart", "sihasak_phuangketkeow")],
)

A["test_14211_taoiseach_blair_call_adams"] = dict(
    actors={
        "dail_eireann": ["Dáil Éireann"],
        "caoimhghin_o_caolain": ["Caoimhghín Ó Caoláin"],
        "john_bruton": ["John Bruton", "Mr. J. Bruton"],
        "sinn_fein": ["Sinn Féin"],
        "tony_blair": ["Prime Minister Blair", "Blair"],
        "george_mitchell": ["Senator Mitchell"],
        "gerry_adams": ["Gerry Adams"],
    },
    meetings=[
        # "I spoke with him most recently on 5 October last, when I telephoned him ..." (him: "Prime
        # Minister Blair"; I: the Taoiseach answering, never named in the text) -> one-party row
        # (role-only counterpart), phone, held, 1999-10-05, no place.
        M(["tony_blair"], "1999-10-05", None, PH, H,
          "I spoke with him most recently on 5 October last, when I telephoned him to offer my condolences and the condolences of the Government and the people of Ireland, following the London rail disaster."),
        # "I met Gerry Adams, President of Sinn Féin, on 2 October last." -> one-party row, held,
        # 1999-10-02, Dublin (the question asks about "his recent meeting in Dublin with the
        # leadership of Sinn Féin", which this answers).
        M(["gerry_adams"], "1999-10-02", "Dublin", IP, H,
          "I met Gerry Adams, President of Sinn Féin, on 2 October last."),
        # Not rows: "I maintain regular contact with Prime Minister Blair" (no specific contact);
        # the review "under the chairmanship of Senator Mitchell" (a process); the questions of
        # Ó Caoláin and Bruton (parliamentary questions). Not annotated: "the Taoiseach", "I" (the
        # Taoiseach, unnamed in the text), "the Government and the people of Ireland" (generic),
        # the Good Friday Agreement (an agreement), the London rail disaster (an event). Removed: at
        # the start, the site's skip link "Léim ar aghaidh chuig an bpríomhábhar" and the blank
        # line after it. Nothing at the end. Kept as found: the Irish-language header
        # "díospóireacht -", the question numbers and references, the blank lines.
    ],
    roles=[("the British Prime Minister", "tony_blair"), ("President of Sinn Féin", "gerry_adams"),
           ("Senator", "george_mitchell")],
)

A["dev_14212_berset_van_der_bellen_austria"] = dict(
    actors={
        "alexander_van_der_bellen": ["Alexander Van der Bellen", "Van der Bellen"],
        "alain_berset": ["Alain Berset", "President Berset", "Berset"],
        "karl_nehammer": ["Karl Nehammer"],
        "alexander_schallenberg": ["Alexander Schallenberg"],
        "european_union": ["European Union", "EU"],
        "swiss_federal_council": ["Swiss Federal Council"],
        "european_commission": ["EU Commission"],
    },
    meetings=[
        # "Austrian President Alexander Van der Bellen welcomed the visit of newly inaugurated
        # Swiss President Alain Berset." (the state visit "in Austria"; the talks "On Thursday",
        # the tribute "on Friday") -> held, date null (a visit over Thursday and Friday, 12-13
        # January 2023; see the notes), Austria (no city is named).
        M(["alexander_van_der_bellen", "alain_berset"], None, "Austria", IP, H,
          "Austrian President Alexander Van der Bellen welcomed the visit of newly inaugurated Swiss President Alain Berset."),
        # "Berset also met with Chancellor Karl Nehammer, Foreign Minister Alexander Schallenberg,
        # and many more Austrian politicians." -> two rows (separate meetings named in one
        # sentence), held, date null, Austria.
        M(["alain_berset", "karl_nehammer"], None, "Austria", IP, H,
          "Berset also met with Chancellor Karl Nehammer, Foreign Minister Alexander Schallenberg, and many more Austrian politicians."),
        M(["alain_berset", "alexander_schallenberg"], None, "Austria", IP, H,
          "Berset also met with Chancellor Karl Nehammer, Foreign Minister Alexander Schallenberg, and many more Austrian politicians."),
        # Not rows: "the bilateral talks with the Austrian hosts" on Thursday (the same visit;
        # hosts unnamed); "Various high-level meetings in recent months" (a count); the strategic
        # partnership "agreed upon ... in 2021" (an agreement). Not annotated: "many more Austrian
        # politicians", "the Austrian hosts", "20 Swiss universities" (unnamed), Horizon Europe,
        # Erasmus+, the 2030 Agenda (programmes), Switzerland, Austria (states). Removed: at the
        # end, the last paragraph, a heading with one cut-off sentence ("Other Topics of Discussion"
        # / "Other central topics of discussion were the Russian war of a"). Nothing at the start.
        # Kept as found: the section headings ("Introduction", "Strategic Partnership", ...).
    ],
    roles=[("Austrian President", "alexander_van_der_bellen"), ("Swiss President", "alain_berset"),
           ("Chancellor", "karl_nehammer"), ("Foreign Minister", "alexander_schallenberg"),
           ("Federal President", "alain_berset"), ("Federal President", "alexander_van_der_bellen")],
)
