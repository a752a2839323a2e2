"""Accuracy corpus, batch 15a: 12 new articles from the 1970s, 1980s, 1990s and 2000s (three per
decade), chosen where the corpus was still thin (region x decade cells counted over sources.csv
and the ARTICLES of every batch_*.py present before searching, 384 articles, batches 1-14b: in the
1970s Central Asia/Caucasus had 0 articles and Africa, Eastern Europe/Russia, the Middle East,
North America, Oceania, South Asia, Southeast Asia and Western Europe 4; in the 1980s Africa,
Central Asia/Caucasus, Eastern Europe/Russia, Latin America, South Asia and Western Europe 4; in
the 1990s North America 5, every other region 6 or more; in the 2000s Eastern Europe/Russia, Latin
America, the Middle East, North America, South Asia and Southeast Asia 6) and spread over nine
regions (Africa 2, Latin America 2, Middle East 2, Western Europe, Southeast Asia, South Asia,
Eastern Europe/Russia, Oceania and North America 1 each). Outlets not yet in the corpus: The Bali
Times, the Bangor Daily News and redOrbit (Reuters copy); the others were used before (Time's
archive mirror twice, India Today, the Los Angeles Times, The Christian Science Monitor, The Press
(Christchurch) via Papers Past, UPI, the Jamestown Foundation's Monitor, PM Transcripts).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_15a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-14b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11 are
test, all others dev. Ids: `dev_28NN_<slug>` / `test_28NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue date line "Monday, May. 21, 1973" and the URL (/Time1973/1973-05-21/). Time's cover
    # date is not the day of writing; "this week" (the five-day visit) is a range -> date null.
    ("dev_2801_brezhnev_brandt_bonn", "Western Europe", "1970s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1973/1973-05-21/907280.html", "1973-05-21"),
    # No date line in the excerpt; the URL (/2007/07/26/) gives 2007-07-26, a Thursday; "on
    # Thursday" = the same day, 2007-07-26 (judgement; alternative 2007-07-19).
    ("dev_2802_lee_kuan_yew_suharto_jakarta", "Southeast Asia", "2000s", "The Bali Times", "http://www.thebalitimes.com/2007/07/26/singapores-lee-kuan-yew-visits-suharto/", "2007-07-26"),
    # No date line in the excerpt; the URL's issue code (19850228) gives the India Today issue of
    # 1985-02-28. The meeting day is not stated (the minister landed in Bombay "On the night of
    # February 9"): date null.
    ("test_2803_athulathmudali_rajiv_delhi", "South Asia", "1980s", "India Today (magazine archive)", "https://www.indiatoday.in/magazine/indiascope/story/19850228-indo-sri-lanka-ties-sri-lankan-minister-athulathmudali-lauds-rajiv-gandhi-769831-2013-11-28", "1985-02-28"),
    # No date line in the excerpt; the URL (la-xpm-1985-12-05) gives 1985-12-05, a Thursday;
    # "said Wednesday" = 1985-12-04 (the press conference, not a meeting). The discussion with
    # Gorbachev is not dated.
    ("dev_2804_mugabe_gorbachev_arms", "Africa", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1985-12-05-mn-711-story.html", "1985-12-05"),
    # No date line in the excerpt; the URL (/1988/0411/) gives 1988-04-11, a Monday; "Friday" =
    # 1988-04-08.
    ("dev_2805_alfonsin_sarney_nuclear_pact", "Latin America", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1988/0411/ocoop.html", "1988-04-11"),
    # Issue code CHP19761018 (The Press, Christchurch, 18 October 1976, a Monday); the dateline
    # "Lusaka" carries no date. "yesterday" = Sunday 1976-10-17 (the summit), "on Saturday night"
    # = 1976-10-16 (the state dinner, "On the eve of the summit": both agree).
    ("dev_2806_frontline_presidents_lusaka", "Africa", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19761018.2.70.7", "1976-10-18"),
    # Dateline "CAIRO, July 7 (UPI)" and the URL (/2003/07/07/): 2003-07-07, a Monday; "met in
    # Cairo Monday" = 2003-07-07.
    ("test_2807_mubarak_assad_cairo", "Middle East", "2000s", "United Press International (upi.com)", "http://www.upi.com/Top_News/2003/07/07/Mubarak-Assad-meet-on-regional-issues/UPI-32591057592216/?st_rec=61421182694626", "2003-07-07"),
    # No date on the page (as dev_1801, the same Monitor): published empty. Decade from the text:
    # "Monitor Volume: 5" (1999; the Monitor began in 1995), "met six times in 1998", a source
    # dated "January 15". "January 14-15" is a range and "in May" a month: dates null.
    ("dev_2808_kuchma_kwasniewski_warsaw", "Eastern Europe/Russia", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/?p=50580", ""),
    # Transcript header "WEDNESDAY, 6 JULY 1994" (a Wednesday); "this morning" = 1994-07-06.
    ("dev_2809_keating_bolger_canberra", "Oceania", "1990s", "PM Transcripts (Australian Prime Minister's Office; doorstop transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-9272", "1994-07-06"),
    # No date line in the excerpt; the URL (/1990/08/27/) gives 1990-08-27, a Monday (the
    # headline's "Mulroney arriving today"); "Sunday" = 1990-08-26, "Monday" = 1990-08-27,
    # "Tuesday" = 1990-08-28.
    ("dev_2810_bush_mulroney_kennebunkport", "North America", "1990s", "Bangor Daily News (archive.bdnblogs.com)", "https://archive.bdnblogs.com/1990/08/27/bush-continues-vacation-with-church-golf-mulroney-arriving-today/?amp=1", "1990-08-27"),
    # Issue date line "Monday, May. 26, 1975" and the URL (/Time1975/1975-05-26/). "Thursday" is
    # NOT resolved: Time's cover date is about a week after the issue went on sale, so the
    # Thursday before the cover date (1975-05-22) may be wrong (alternative 1975-05-15): dates null.
    ("test_2811_shah_ford_washington", "Middle East", "1970s", "Time (magazine archive, text mirror)", "http://softbeam.net/txt/time/Time1975/1975-05-26/917466.html", "1975-05-26"),
    # Date line "April 4, 2006" (a Tuesday); "on Tuesday" = the same day. No meeting row.
    ("dev_2812_kirchner_vazquez_summit_cancelled", "Latin America", "2000s", "redOrbit (Reuters)", "http://www.redorbit.com/news/science/457938/hopes_for_truce_on_uruguay_pulp_mills_fade_further/", "2006-04-04"),
]

A = {}

A["dev_2801_brezhnev_brandt_bonn"] = dict(
    actors={
        "leonid_brezhnev": ["Leonid Brezhnev", "Brezhnev"],
        "willy_brandt": ["Chancellor Willy Brandt", "Willy Brandt", "Brandt"],
        "mannesmann": ["Mannesmann"],
        "thyssen": ["Thyssen"],
    },
    meetings=[
        # "Brezhnev's historic five-day visit this week to Bonn" + "Brezhnev's talks with
        # Chancellor Willy Brandt" -> planned (a preview in the issue of 21 May), Bonn; date null
        # ("this week", a five-day visit; Time's cover date is not the day of writing).
        M(["leonid_brezhnev", "willy_brandt"], None, "Bonn", IP, P,
          "In the Russian view, the improving relations between Moscow and Bonn can only be further improved by Brezhnev's talks with Chancellor Willy Brandt."),
        # Not rows: "the West Germans see the meeting in essentially the same light" (the same
        # planned visit); the Moscow editor (unnamed); the West German deliveries and bank
        # credits (trade, no meeting). Mannesmann and Thyssen are firms named in the text.
    ],
    roles=[],
)

A["dev_2802_lee_kuan_yew_suharto_jakarta"] = dict(
    actors={
        "lee_kuan_yew": ["Lee Kuan Yew", "Lee"],
        "soeharto": ["Suharto"],
        "lee_hsien_loong": ["Prime Minister Lee Hsien Loong", "Lee Hsien Loong"],
    },
    meetings=[
        # "paid a brief visit to ex-president Suharto on Thursday" + "their meeting at Suharto's
        # residence in Jakarta" + "a 15-minute chat" -> held, 2007-07-26 (the Thursday of the
        # page date; judgement, see ARTICLES), Jakarta.
        M(["lee_kuan_yew", "soeharto"], "2007-07-26", "Jakarta", IP, H,
          "JAKARTA ~ Former Singaporean prime minister Lee Kuan Yew paid a brief visit to ex-president Suharto on Thursday."),
        # Not rows: Suharto "was accompanied by his three daughters" (unnamed, accompany); "the
        # press crowding the footpath" / "waiting media" (no interview given); Lee's "private
        # visit since Sunday" (no counterpart named); the civil suit.
    ],
    roles=[("Former Singaporean prime minister", "lee_kuan_yew"), ("ex-president", "soeharto"),
           ("his visitor", "lee_kuan_yew")],
)

A["test_2803_athulathmudali_rajiv_delhi"] = dict(
    actors={
        "lalith_athulathmudali": ["Lalith Athulathmudali", "Athulathmudali"],
        "rajiv_gandhi": ["Indian Prime Minister Rajiv Gandhi", "Rajiv Gandhi"],
        "air_lanka": ["Air Lanka"],
        "zaire_cargo": ["Zaire Cargo"],
    },
    meetings=[
        # "He was enroute to New Delhi for a meeting with Indian Prime Minister Rajiv Gandhi" +
        # "just when Athulathmudali and Rajiv Gandhi were exchanging hearty handshakes in New
        # Delhi" -> held, New Delhi; date null (the day is not stated; he landed in Bombay "On the
        # night of February 9").
        M(["lalith_athulathmudali", "rajiv_gandhi"], None, "New Delhi", IP, H,
          "It was an ironical - and embarrassing twist of fate that led to the cargo of the aircraft and its destination being known just when Athulathmudali and Rajiv Gandhi were exchanging hearty handshakes in New Delhi."),
        # Not rows: the Zaire Cargo pilot's SOS to the Trivandrum tower (radio, unnamed); the
        # arms "covertly supplied by Jordan" (a country); the photo caption "Lalith
        # Athulathmudali and Rajiv Gandhi" (the same meeting). The cut-off last sentence
        # ("was really standing in for his president, J.R. Jayewardene t") was trimmed.
    ],
    roles=[("Sri Lanka's Minister for National Security", "lalith_athulathmudali"),
           ("Indian Prime Minister", "rajiv_gandhi")],
)

A["dev_2804_mugabe_gorbachev_arms"] = dict(
    actors={
        "robert_mugabe": ["Prime Minister Robert Mugabe", "Robert Mugabe", "Mugabe"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev"],
        "ronald_reagan": ["President Reagan"],
        "reagan_administration": ["Reagan Administration"],
        "non_aligned_movement": ["nonaligned movement"],
    },
    meetings=[
        # "he has discussed with Soviet leader Mikhail S. Gorbachev the possibility of obtaining
        # Soviet military aid" during "his visit to Moscow--his first" -> held, in person (a
        # visit), Moscow; date null (the discussion is not dated; "said Wednesday" dates the
        # press conference).
        M(["robert_mugabe", "mikhail_gorbachev"], None, "Moscow", IP, H,
          "Prime Minister Robert Mugabe of Zimbabwe said Wednesday that he has discussed with Soviet leader Mikhail S. Gorbachev the possibility of obtaining Soviet military aid for Zimbabwe."),
        # Not rows: the press conference (media); "Mugabe recently visited the United States"
        # (a country, no counterpart named, no talks reported); the agreements signed "While in
        # Moscow" (with whom is not stated; the same visit); future "Soviet-Zimbabwean teams"
        # (unnamed); Reagan's policy (a policy, no contact). Ads and the "Share" line removed;
        # the cut-off last sentence ("There has been a strain because Moscow backed ... a") was
        # trimmed.
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"),
           ("the next leader of the so-called nonaligned movement", "robert_mugabe")],
)

A["dev_2805_alfonsin_sarney_nuclear_pact"] = dict(
    actors={
        "raul_alfonsin": ["Ra'ul Alfons'in", "Mr. Alfons'in", "Alfons'in"],
        "jose_sarney": ["Jos'e Sarney", "Mr. Sarney"],
    },
    meetings=[
        # "The Presidents of Brazil and Argentina signed a nuclear pact Friday" + "In their fifth
        # meeting in three years, Alfons'in and Mr. Sarney also initialed an accord" -> held,
        # 1988-04-08 ("Friday" in a Monday paper); place null (the text never says where the
        # summit was).
        M(["raul_alfonsin", "jose_sarney"], "1988-04-08", None, IP, H,
          "In their fifth meeting in three years, Alfons'in and Mr. Sarney also initialed an accord allowing each country to export 5,000 automobiles to the other duty free and eliminating import tariffs on dozens of food products."),
        # "the Presidents' first meeting in 1985" -> a specific earlier meeting, held; date null
        # (year only), place null (as dev_2609's "their 1986 summit").
        M(["raul_alfonsin", "jose_sarney"], None, None, IP, H,
          "Since the Presidents' first meeting in 1985, bilateral trade has risen substantially, reaching $1.4 billion last year."),
        # Not rows: "fifth meeting in three years" as a count (the other three meetings are not
        # reported); the agreements of "the past three years" (no meeting); the proposed Latin
        # American nonproliferation treaty and the Tlatelolco agreement (treaties, not actors).
    ],
    roles=[("Argentine President", "raul_alfonsin"), ("Brazilian President", "jose_sarney")],
)

A["dev_2806_frontline_presidents_lusaka"] = dict(
    actors={
        "kenneth_kaunda": ["President Kenneth Kaunda", "Kenneth Kaunda"],
        "indira_gandhi": ["Mrs Indira Ghandhi", "Indira Ghandhi"],
        "united_press_international": ["United Press International"],
        "the_sunday_times": ["Sunday Times"],
        "rhodesian_army": ["Rhodesian Army"],
    },
    meetings=[
        # "At a state dinner for the visiting Indian Prime Minister (Mrs Indira Ghandhi) on
        # Saturday night, he [Kaunda] said" -> Kaunda hosts the visiting Prime Minister: held,
        # 1976-10-16, Lusaka (the dateline; "visiting" Zambia).
        M(["kenneth_kaunda", "indira_gandhi"], "1976-10-16", "Lusaka", IP, H,
          "At a state dinner for the visiting Indian Prime Minister (Mrs Indira Ghandhi) on Saturday night, he said: “The bell for freedom tolls in southern Africa.”"),
        # "Black Africa's “front-line” Presidents met in Lusaka, Zambia, yesterday" = "the
        # Presidents of Zambia, Tanzania, Mozambique, Angola, and Botswana hold their summit";
        # Kaunda is the President of Zambia, the others are given by country only -> one-party
        # row, held, 1976-10-17, Lusaka; optional (a five-country summit, close to the "summits
        # as such" that are not rows).
        M(["kenneth_kaunda"], "1976-10-17", "Lusaka", IP, H,
          "NZPA-Reuter Lusaka 1 Black Africa’s “front-line” Presidents 1 met in Lusaka, Zambia, yesterday for last- J minute consultations to co-ordinate tactics : before next week’s British-sponsored Rhodesia conference in Geneva.", False),
        # Not rows: "next week's British-sponsored Rhodesia conference in Geneva" (multilateral);
        # the nationalists' "various inter-party talks" (unnamed, expected); Kaunda "said" (a
        # statement); the UPI / Sunday Times report. The agency tag "NZPA-Reuter" is not
        # annotated; the cut-off last sentence (the "secret meeting in Lusaka" of guerrillas,
        # "... Dr Henry Kissing") was trimmed with its fragment.
    ],
    roles=[("the visiting Indian Prime Minister", "indira_gandhi")],
)

A["test_2807_mubarak_assad_cairo"] = dict(
    actors={
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "bashar_al_assad": ["Bashar Assad", "Assad"],
        "abdul_halim_khaddam": ["Syrian Vice President Abdel Halim Khaddam", "Abdel Halim Khaddam"],
        "farouk_al_sharaa": ["Foreign Minister Farouk Sharaa", "Farouk Sharaa"],
        "hamas": ["Hamas"],
        "islamic_jihad": ["Islamic Jihad"],
        "hezbollah": ["Hezbollah"],
    },
    meetings=[
        # "met in Cairo Monday" + "immediately opened talks with Mubarak" + "Mubarak briefed
        # Assad" -> one meeting, held, 2003-07-07, Cairo. Khaddam and Sharaa "accompanied" Assad
        # (not participants; no pair rows).
        M(["hosni_mubarak", "bashar_al_assad"], "2003-07-07", "Cairo", IP, H,
          "CAIRO, July 7 (UPI) -- Egyptian President Hosni Mubarak and Syria's Bashar Assad met in Cairo Monday to discuss the Palestinian cause, Iraq and other key regional issues."),
        # Not rows: the "road map" peace talks between Israel and the Palestinians (between
        # parties, no named people); "European efforts" (no people); Washington's accusations
        # (statements). The agency credit "(UPI)" is not annotated; "Latest Headlines" removed.
    ],
    roles=[("Syrian Vice President", "abdul_halim_khaddam")],
)

A["dev_2808_kuchma_kwasniewski_warsaw"] = dict(
    actors={
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        "aleksander_kwasniewski": ["Aleksander Kwasniewski", "Kwasniewski"],
        "european_union": ["European Union", "EU"],
        "unian": ["UNIAN"],
        "dinau": ["DINAU"],
        "ukrainian_television": ["Ukrainian Television"],
    },
    meetings=[
        # "On January 14-15 in Warsaw Presidents ... conferred" -> held, Warsaw; date null (a
        # two-day range).
        M(["leonid_kuchma", "aleksander_kwasniewski"], None, "Warsaw", IP, H,
          "On January 14-15 in Warsaw Presidents Leonid Kuchma of Ukraine and Aleksander Kwasniewski of Poland conferred on bilateral cooperation projects and on their countries’ relations with the European Union (EU), of which Poland is a prospective full member."),
        # "are due to meet again in May in ... Lviv" -> planned, Lviv; date null (month only).
        # The participants are "The Ukrainian and Polish presidents" (role phrases for the two
        # named presidents).
        M(["leonid_kuchma", "aleksander_kwasniewski"], None, "Lviv", IP, P,
          "The Ukrainian and Polish presidents met six times in 1998 and are due to meet again in May in the western Ukrainian, formerly Polish, city of Lviv."),
        # Not rows: "met six times in 1998" (a count); the request to the European Union (a
        # proposal to a body); "French and German leaders" (unnamed, a comparison). The next
        # item's headline ("TRIPARTITE BATTALION TO BE BASED IN CARPATHIAN UKRAINE.") was
        # removed; the author initials "–VS" are kept and not annotated.
    ],
    roles=[],
)

A["dev_2809_keating_bolger_canberra"] = dict(
    actors={
        "paul_keating": ["P J KEATING", "Keating"],
        "jim_bolger": ["J B BOLGER"],
        "apec": ["APEC"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # Keating ("PM") speaking beside Bolger ("JB"): "We've had a very good and useful talk
        # this morning ..., and we've just had lunch with members of the Cabinet and we'll be
        # meeting further this afternoon" -> the morning talk, the lunch and the afternoon
        # session are the same pair, day and place: one row, held, 1994-07-06, Canberra
        # (Parliament House, Canberra, in the header). Cabinet members are unnamed.
        M(["paul_keating", "jim_bolger"], "1994-07-06", "Canberra", IP, H,
          "We've had a very good and useful talk this morning for quite a long time, ranging over a number of subjects, and we've just had lunch with members of the Cabinet and we'll be meeting further this afternoon."),
        # Not rows: the doorstop itself (a joint press appearance); "issues in the last year"
        # (an agreement, a settlement; no meeting); AFTA and CER (trade agreements, not actors).
        # The cut-off last sentence ("I think the fact that we spe") was trimmed.
    ],
    roles=[("THE PRIME MINISTER OF NEW ZEALAND", "jim_bolger"), ("the Prime Minister", "jim_bolger")],
)

A["dev_2810_bush_mulroney_kennebunkport"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "brent_scowcroft": ["Brent Scowcroft", "Scowcroft"],
        "barbara_bush": ["Barbara"],
        "dorothy_walker_bush": ["Dorothy Walker Bush"],
        "jeb_bush": ["Jeb"],
        "brian_mulroney": ["Canadian Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "st_anns_episcopal_church": ["St. Ann’s Episcopal Church", "St. Ann’s"],
        "abc": ["ABC-TV"],
    },
    meetings=[
        # "Bush planned to consult Monday with Canadian Prime Minister Brian Mulroney, who was
        # bringing his family to Walker's Point" (headline: "Mulroney arriving today") ->
        # planned, 1990-08-27, Kennebunkport (the dateline; Walker's Point is Bush's home there).
        M(["george_h_w_bush", "brian_mulroney"], "1990-08-27", "Kennebunkport", IP, P,
          "Bush planned to consult Monday with Canadian Prime Minister Brian Mulroney, who was bringing his family to Walker’s Point for an overnight stay."),
        # "received a briefing from his national security adviser, Brent Scowcroft, early in the
        # morning" (Sunday) -> held, 1990-08-26, Kennebunkport; optional (a staff briefing of
        # the President by his own adviser, as dev_013's envoys).
        M(["george_h_w_bush", "brent_scowcroft"], "1990-08-26", "Kennebunkport", IP, H,
          "The president, in the third week of a vacation at his seaside family home, received a briefing from his national security adviser, Brent Scowcroft, early in the morning before heading off to church.", False),
        # "a congressional briefing Tuesday in Washington" -> members of Congress unnamed ->
        # one-party row, planned, 1990-08-28, Washington; optional (unnamed group, as dev_012's
        # meeting with LDP lawmakers).
        M(["george_h_w_bush"], "1990-08-28", "Washington", IP, P,
          "Bush’s recreation-filled Sunday launched a week in which he planned to devote energies to the Middle East, including a congressional briefing Tuesday in Washington.", False),
        # Not rows: church services and breakfast with family and "the vestrymen" (family
        # members join him at church; the vestrymen are unnamed); aides who "updated him"
        # (unnamed); Scowcroft's ABC-TV interview and questions from reporters (media). The
        # site's "loading..." line and its subscription teaser (a duplicate of the first
        # paragraph) were removed; the cut-off last sentence ("After Mulroney's departure, Bush
        # was to fly to Washington to fill in key members of Cong") was trimmed.
    ],
    roles=[("The president", "george_h_w_bush"), ("his national security adviser", "brent_scowcroft"),
           ("Canadian Prime Minister", "brian_mulroney")],
)

_SH = ("After a 95-minute meeting withFord and Secretary of State Henry Kissinger in the Oval Office, "
       "the Shah was the guest of honor, with Empress Farah, at a luncheon given by Kissinger and his "
       "wife Nancy.")

A["test_2811_shah_ford_washington"] = dict(
    actors={
        "mohammad_reza_pahlavi": ["His Imperial Majesty Mohammed Reza Pahlavi", "Mohammed Reza Pahlavi"],
        "farah_pahlavi": ["Empress Farah"],
        "gerald_ford": ["Gerald Ford", "Ford"],
        "henry_kissinger": ["Secretary of State Henry Kissinger", "Henry Kissinger", "Kissinger"],
        "nancy_kissinger": ["Nancy"],
        "marjorie_merriweather_post": ["Marjorie Merriweather Post"],
        "robert_mcnamara": ["Robert Mc-Namaras"],
        "william_f_buckley": ["William F. Buckleys"],
        "david_brinkley": ["David Brinkleys"],
        "jacob_javits": ["Jacob Javits"],
        "bob_hope": ["Comedian Bob Hope", "Bob Hope"],
        "pearl_bailey": ["Pearl Bailey"],
        "fred_astaire": ["Fred Astaire"],
        "henry_ford_ii": ["Henry Ford II"],
        "cristina_ford": ["Cristina"],
        "william_seawell": ["William Seawell"],
        "pan_american_world_airways": ["Pan American World Airways"],
        "cia": ["CIA"],
    },
    meetings=[
        # The welcome at the White House ("arrived ... for a four-day state visit Thursday"),
        # the "95-minute meeting withFord and ... Kissinger in the Oval Office" and the state
        # dinner "that evening" -> the Shah and Ford, one row (same pair, day and place), held,
        # Washington (White House / Oval Office); date null (Time's "Thursday" is not resolved,
        # see ARTICLES).
        M(["mohammad_reza_pahlavi", "gerald_ford"], None, "Washington", IP, H, _SH),
        # The Shah and Kissinger: the same Oval Office meeting and Kissinger's luncheon for him
        # (same day) -> one row, held, Washington (Hillwood's city is not stated; the Oval
        # Office meeting gives Washington); date null.
        M(["mohammad_reza_pahlavi", "henry_kissinger"], None, "Washington", IP, H, _SH),
        # Ford and Kissinger in the same meeting -> same (host) side; optional (as dev_017's
        # Guterres-Mohammed).
        M(["gerald_ford", "henry_kissinger"], None, "Washington", IP, H, _SH, False),
        # Nancy Kissinger co-hosts the luncheon ("given by Kissinger and his wife Nancy") ->
        # optional (the host's spouse, as test_001).
        M(["mohammad_reza_pahlavi", "nancy_kissinger"], None, "Washington", IP, H, _SH, False),
        # Ford "greeted his Iranian guests" (the Shah and Empress Farah) -> Ford-Farah optional
        # (the visitor's spouse, as dev_2606's Queen Aishwarya); Farah otherwise accompanies.
        M(["gerald_ford", "farah_pahlavi"], None, "Washington", IP, H,
          "Gerald Ford, the seventh U.S. President that the Shah has met in his 34-year reign, greeted his Iranian guests with the kind of warmth normally reserved for close and deeply trusted friends.", False),
        # Not rows: "the seventh U.S. President that the Shah has met" (a count); the luncheon
        # guests who "heard Kissinger laud his guest" and the state dinner's notables (attend;
        # no encounter with the Shah is reported); the Iranian students' protest (unnamed). The
        # cut-off last word ("With") was trimmed.
    ],
    roles=[("the Shah of Iran", "mohammad_reza_pahlavi"), ("the Emperor", "mohammad_reza_pahlavi"),
           ("his guest", "mohammad_reza_pahlavi"), ("Secretary of State", "henry_kissinger"),
           ("the seventh U.S. President", "gerald_ford"), ("his wife Nancy", "nancy_kissinger")],
)

A["dev_2812_kirchner_vazquez_summit_cancelled"] = dict(
    actors={
        "nestor_kirchner": ["President Nestor Kirchner", "Nestor Kirchner"],
        "tabare_vazquez": ["Vazquez"],
        "gonzalo_fernandez": ["Gonzalo Fernandez"],
        "botnia": ["Metsa-Botnia", "Botnia"],
        "ence": ["Ence"],
    },
    meetings=[
        # A zero-row control. Not rows: the "planned presidential "summit" on the dispute was
        # canceled for a second" time and "Kirchner and ... Vazquez had planned to meet this
        # week" / "The meeting has been postponed" (a meeting that did not take place); "Talks
        # between Uruguay and Argentina ... crumbled" (between governments, no named people);
        # Fernandez "told reporters at a news conference" (media). The agency credit
        # "(Reuters)" is not annotated; "Tabare" and "Vazquez" stand on two lines in the
        # excerpt, so the alias is the surname only. The cut-off last sentence ("Uruguay bl")
        # was trimmed.
    ],
    roles=[("Argentina's President", "nestor_kirchner"),
           ("Uruguay's Presidential Chief of Staff", "gonzalo_fernandez")],
)
