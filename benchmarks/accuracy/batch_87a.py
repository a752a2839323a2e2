"""Accuracy corpus, batch 87a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 87b at the same time), over ten regions
(Western Europe: two; Middle East: two; Central Asia/Caucasus, Southeast Asia, Africa, Oceania,
East Asia, Latin America, Eastern Europe/Russia, South Asia: one each; North America: none, see
below) and five decades (1970s: one, 1980s: four, 2000s: three, 2010s: two, 2020s: two; five of
the twelve from before 2000).
Outlets/sites: RFE/RL (2005), ETAN's list copy of an Antara item (2007), a State Department cable
(1975, WikiLeaks PlusD), the Jewish Telegraphic Agency archive (1983, 1987), RNZ (2015), China
Daily (AP copy, 2005), The Harvard Crimson (1989, via a mirror), Warsaw Point (2021), bdnews24
(2025), a BBC Radio News report (1987, transcript in the Margaret Thatcher Foundation archive) and
Devdiscourse (2019). All texts are in English: the two El País (Spanish-language) items first taken
at positions 10 and 11 were replaced, because the corpus holds English-language texts only.
Eleven news items and one diplomatic cable; no official release. North America: the one odd-year
candidate found in time (Maclean's 1979, Carter-Clark call) is already in the corpus (batch 58a),
and a further search found only cables and even-year pages, so the slot went to a second Middle
East article (JTA 1983, position 12).
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 87b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_87a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-86b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_172NN_<slug>` /
`test_172NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "(RFE/RL) 11 November 2005" (a Friday): "today" -> 2005-11-11.
    ("dev_17201_lavrov_djekshenkulov_moscow", "Central Asia/Caucasus", "2000s", "RFE/RL (rferl.org)", "http://www.rferl.org/a/1062851.html", "2005-11-11"),
    # "November 7" on the page, year from the address (et2007): 2007-11-07, a Wednesday;
    # "on Tuesday" -> 2007-11-06.
    ("dev_17202_yudhoyono_timor_leste_delegation", "Southeast Asia", "2000s", "ETAN list (etan.org; Antara copy)", "https://www.etan.org/et2007/november/10/07presy.htm", "2007-11-07"),
    # Cable date-time group "012240Z MAY 75" -> 1975-05-01 (a Thursday).
    ("test_17203_kaunda_secretary_cable", "Africa", "1970s", "US Department of State cable (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1975STATE102308_b.html", "1975-05-01"),
    # "April 2, 1987" (a Thursday): "Monday" -> 1987-03-30 (announcement only).
    ("dev_17204_rifai_masri_washington_planned", "Middle East", "1980s", "Jewish Telegraphic Agency (jta.org)", "http://www.jta.org/1987/04/02/archive/u-s-looking-forward-to-visit-by-hussein-later-this-year", "1987-04-02"),
    # "18 May 2015" (a Monday): "on Saturday" -> 2015-05-16.
    ("dev_17205_mccully_kubuabola_auckland", "Oceania", "2010s", "RNZ (radionz.co.nz)", "http://www.radionz.co.nz/international/pacific-news/273883/nz-and-fiji-foreign-minister-meet,-creating-an-annual-event", "2015-05-18"),
    # "Updated: 2005-10-28 09:55" (a Friday): "Friday" -> 2005-10-28, "Thursday" -> 2005-10-27.
    ("dev_17206_ban_machimura_koizumi_tokyo", "East Asia", "2000s", "China Daily (chinadaily.com.cn; AP copy)", "http://covid-19.chinadaily.com.cn/english/doc/2005-10/28/content_488549.htm", "2005-10-28"),
    # Date from the address (/article/1989/10/28/, a Saturday): "yesterday" -> 1989-10-27.
    ("test_17207_bush_ortega_san_jose", "Latin America", "1980s", "The Harvard Crimson (via the mirror d119fkn55yihk8.cloudfront.net)", "https://d119fkn55yihk8.cloudfront.net/article/1989/10/28/bush-latin-leaders-celebrate-democracy-psan", "1989-10-28"),
    # "date 2021-09-06" (a Monday) at the head of the text: "On Monday" -> 2021-09-06.
    ("dev_17208_rau_vilnius_planned", "Eastern Europe/Russia", "2020s", "Warsaw Point (warsawpoint.com)", "http://warsawpoint.com/news/20120-foreign-minister-to-discuss-eastern-policy-migration-crisis-during-vilnius-visit.html", "2021-09-06"),
    # "Published : 03 Jan 2025, 08:29 PM" (a Friday).
    ("dev_17209_dar_yunus_cairo", "South Asia", "2020s", "bdnews24 (bdnews24.com)", "https://bdnews24.com/bangladesh/7f6770ef6f97", "2025-01-03"),
    # "Source: BBC Radio News Report 1800 23 March 1987" (a Monday) in the page header (removed
    # with the header); the trimmed text has no relative day.
    ("dev_17210_thatcher_kohl_bonn", "Western Europe", "1980s", "BBC Radio News report (transcript, Margaret Thatcher Foundation, margaretthatcher.org)", "http://www.margaretthatcher.org/document/106597", "1987-03-23"),
    # "Updated: 11-11-2019 20:19 IST" (a Monday): "on Monday" -> 2019-11-11.
    ("test_17211_jaishankar_blok_netherlands", "Western Europe", "2010s", "Devdiscourse (devdiscourse.com)", "https://www.devdiscourse.com/article/science-environment/740419-jaishankar-holds-talks-with-his-dutch-counterpart", "2019-11-11"),
    # "January 11, 1983" (a Tuesday). Taken in the North America slot (see the docstring).
    ("dev_17212_hussein_arafat_amman", "Middle East", "1980s", "Jewish Telegraphic Agency (jta.org)", "https://www.jta.org/1983/01/11/archive/jordan-seen-edging-cautiously-toward-participating-in-peace-talks", "1983-01-11"),
]

A = {}

A["dev_17201_lavrov_djekshenkulov_moscow"] = dict(
    actors={
        "sergey_lavrov": ["Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "Lavrov"],
        "alibek_djekshenkulov": ["Alibek Djekshenkulov", "Djekshenkulov"],
        "itar_tass": ["ITAR-TASS"],
        "interfax": ["Interfax"],
    },
    meetings=[
        # Talks "today in Moscow" (Friday 2005-11-11), reported before they took place ("before
        # today's meeting", "discussions will focus") -> planned.
        M(["sergey_lavrov", "alibek_djekshenkulov"], "2005-11-11", "Moscow", IP, P,
          "(RFE/RL) 11 November 2005 -- Russian Foreign Minister Sergei Lavrov meets his Kyrgyz counterpart Alibek Djekshenkulov for talks today in Moscow."),
        # Not rows: "Speaking to Interfax" (a media interview). Removed: at the start, "Accessibility
        # links / Breaking News"; at the end, the "RFE/RL Central Asia Report" box and site notice.
        # Not annotated: RFE/RL (outlet credit in the dateline).
    ],
    roles=[("his Kyrgyz counterpart", "alibek_djekshenkulov"), ("Russian Foreign Minister", "sergey_lavrov")],
)

A["dev_17202_yudhoyono_timor_leste_delegation"] = dict(
    actors={
        "susilo_bambang_yudhoyono": ["President Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono", "President Yudhoyono"],
        "fernando_la_sama_de_araujo": ["Fernando La Sama de Araujo", "Mr Fernando", "Fernando"],
        "dino_patti_djalal": ["Dino Patti Djalal", "Dino"],
        "xanana_gusmao": ["Xanana Gusmao"],
        "kkp": ["KKP"],
    },
    meetings=[
        # "on Tuesday" (Wednesday 2007-11-07 item) -> 2007-11-06; Jakarta from the dateline
        # ("at his office here"). The delegation was led by Fernando La Sama de Araujo, who
        # speaks of the meeting -> participant.
        M(["susilo_bambang_yudhoyono", "fernando_la_sama_de_araujo"], "2007-11-06", "Jakarta", IP, H,
          "Jakarta - President Susilo Bambang Yudhoyono received a parliamentary delegation from Timor Leste at his office here on Tuesday, and discussed issues such as economic cooperation, border dispute settlement and education."),
        # Not rows: the message from Xanana Gusmao "through Fernando" (a message); Dino's
        # statements. Removed: at the end, the cut-off sentence "A number of newspapers in the".
        # Not annotated: "AN" (the Antara tag in the list subject line).
    ],
    roles=[("the Timor Leste parliament speaker", "fernando_la_sama_de_araujo"),
           ("Indonesian presidential spokesman", "dino_patti_djalal"),
           ("The President", "susilo_bambang_yudhoyono"), ("prime minister", "xanana_gusmao")],
)

A["test_17203_kaunda_secretary_cable"] = dict(
    actors={
        "kenneth_kaunda": ["KAUNDA, KENNETH", "KAUNDA"],
        "vernon_mwaanga": ["FM MWAANGA", "MWAANGA"],
        "siteke_mwale": ["AMB. MWALE", "MWALE"],
        "nathaniel_davis": ["ASSISTANT SECRETARY DAVIS", "DAVIS"],
        "jean_wilkowski": ["AMB. WILKOWSKI", "WILKOWSKI"],
        "haverkamp": ["HAVERKAMP"],
        "ian_smith": ["SMITH"],
        "african_national_council": ["ANC"],
    },
    meetings=[
        # The counterpart is "THE SECRETARY" (role only; no name in the text) -> a one-party
        # Kaunda row; required false (as the one-party rows of batches 80a/81a/86a). April 19 in a
        # 1 May 1975 cable -> 1975-04-19; no place in the text -> null. Mwaanga and Mwale
        # ("ACCOMPANIED"), Davis and Wilkowski ("ALSO PRESENT") are not participants.
        M(["kenneth_kaunda"], "1975-04-19", None, IP, H,
          "KAUNDA, ACCOMPANIED BY FM MWAANGA AND AMB. MWALE, MET WITH THE SECRETARY ON APRIL 19.", False),
        # Not rows: "RESUMING TALKS BETWEEN SMITH AND ANC" (a hoped-for process, no specific
        # meeting). Removed: at the start, the PGP/site chrome and the header lines up to the
        # drafting/clearance block (names of drafters are not actors); at the end, the cut-off
        # sentence beginning "KA".
    ],
    roles=[("ASSISTANT SECRETARY", "nathaniel_davis")],
)

A["dev_17204_rifai_masri_washington_planned"] = dict(
    actors={
        "hussein_bin_talal": ["Jordan’s King Hussein", "King Hussein", "Hussein"],
        "zaid_rifai": ["Jordanian Prime Minister Zeid Rifai", "Zeid Rifai"],
        "taher_masri": ["Foreign Minister Taher Masri", "Taher Masri"],
        "george_h_w_bush": ["Vice President George Bush", "George Bush"],
        "george_shultz": ["Secretary of State George Shultz", "George Shultz"],
        "caspar_weinberger": ["Secretary of Defense Caspar Weinberger", "Caspar Weinberger"],
        "phyllis_oakley": ["Phyllis Oakley", "Oakley"],
        "us_state_department": ["State Department"],
        "reagan_administration": ["Reagan Administration"],
        "us_congress": ["Congress"],
        "yitzhak_shamir": ["Israeli Premier Yitzhak Shamir", "Yitzhak Shamir"],
        "plo": ["Palestine Liberation Organization"],
    },
    meetings=[
        # Two Jordanians to meet three Americans: one row per cross pair (the two Jordanians are
        # one delegation, not a meeting with each other). Planned; "April 6-7" (two days) ->
        # date null; Washington.
        M(["zaid_rifai", "george_h_w_bush"], None, "Washington", IP, P,
          "Jordanian Prime Minister Zeid Rifai and Foreign Minister Taher Masri will meet with Vice President George Bush, Secretary of State George Shultz and Secretary of Defense Caspar Weinberger."),
        M(["zaid_rifai", "george_shultz"], None, "Washington", IP, P,
          "Jordanian Prime Minister Zeid Rifai and Foreign Minister Taher Masri will meet with Vice President George Bush, Secretary of State George Shultz and Secretary of Defense Caspar Weinberger."),
        M(["zaid_rifai", "caspar_weinberger"], None, "Washington", IP, P,
          "Jordanian Prime Minister Zeid Rifai and Foreign Minister Taher Masri will meet with Vice President George Bush, Secretary of State George Shultz and Secretary of Defense Caspar Weinberger."),
        M(["taher_masri", "george_h_w_bush"], None, "Washington", IP, P,
          "Jordanian Prime Minister Zeid Rifai and Foreign Minister Taher Masri will meet with Vice President George Bush, Secretary of State George Shultz and Secretary of Defense Caspar Weinberger."),
        M(["taher_masri", "george_shultz"], None, "Washington", IP, P,
          "Jordanian Prime Minister Zeid Rifai and Foreign Minister Taher Masri will meet with Vice President George Bush, Secretary of State George Shultz and Secretary of Defense Caspar Weinberger."),
        M(["taher_masri", "caspar_weinberger"], None, "Washington", IP, P,
          "Jordanian Prime Minister Zeid Rifai and Foreign Minister Taher Masri will meet with Vice President George Bush, Secretary of State George Shultz and Secretary of Defense Caspar Weinberger."),
        # Not rows: Hussein's hoped-for visit "later this year" (no host named); the invitation
        # Hussein "turned down" (refused). Removed: at the start, "Search JTA's historical archive
        # dating back to 1923"; at the end, the cut-off sentence "She reiterated the U.S. position
        # is th". Kept as found: the inner "See Original Daily Bulletin..."/"Advertisement" lines.
    ],
    roles=[("the King", "hussein_bin_talal"), ("The Prime Minister", "zaid_rifai"),
           ("State Department spokesperson", "phyllis_oakley"), ("Vice President", "george_h_w_bush")],
)

A["dev_17205_mccully_kubuabola_auckland"] = dict(
    actors={
        "murray_mccully": ["Murray McCully"],
        "inoke_kubuabola": ["Fiji Foreign Minister Ratu Inoke Kubuabola", "Ratu Inoke Kubuabola", "Ratu Inoke"],
        "un_security_council": ["United Nations Security Council"],
    },
    meetings=[
        # "on Saturday" (Monday 2015-05-18) -> 2015-05-16, Auckland; the names are in the next
        # paragraph ("the talks between Murray McCully and Ratu Inoke Kubuabola").
        M(["murray_mccully", "inoke_kubuabola"], "2015-05-16", "Auckland", IP, H,
          "The foreign ministers of Fiji and New Zealand met in Auckland on Saturday to further discuss the warming relationship between the two countries, and agreed to make the talks an annual event."),
        # Not rows: "agreed to make the talks an annual event" (future talks with no specific
        # meeting). Kept as found: the photo caption lines (the caption name is an alias).
    ],
    roles=[("Fiji Foreign Minister", "inoke_kubuabola")],
)

A["dev_17206_ban_machimura_koizumi_tokyo"] = dict(
    actors={
        "ban_ki_moon": ["Foreign Minister Ban Ki-moon", "Ban Ki-moon", "Ban"],
        "junichiro_koizumi": ["Junichiro Koizumi", "Koizumi"],
        "roh_moo_hyun": ["Roh Moo-hyun", "Roh"],
        "nobutaka_machimura": ["Nobutaka Machimura", "Machimura"],
    },
    meetings=[
        # "was set Friday to meet" (Friday 2005-10-28 item) -> planned, 2005-10-28; Tokyo from
        # "his own visit to Tokyo".
        M(["ban_ki_moon", "junichiro_koizumi"], "2005-10-28", "Tokyo", IP, P,
          "South Korea's foreign minister was set Friday to meet with Japanese Prime Minister Junichiro Koizumi, a meeting that was expected to be overshadowed by the premier's visit to a controversial war shrine."),
        # "after arriving in Tokyo Thursday" -> 2005-10-27; the same meeting as "In his meeting
        # with Ban, Machimura ..." (one row).
        M(["ban_ki_moon", "nobutaka_machimura"], "2005-10-27", "Tokyo", IP, H,
          "\"The South Korean people were disappointed by Koizumi's visit to Yasukuni,\" Ban told his counterpart Nobutaka Machimura after arriving in Tokyo Thursday."),
        # Not rows: the Roh-Koizumi summit "likely scuttled" / "would be difficult" (not taking
        # place); "They have since met three times" (a count); Machimura's call for the two
        # leaders to meet at next month's summit (a proposal, not agreed); Ban relaying the
        # message to Roh (no meeting stated); the six-nation talks (multilateral). Removed: at the
        # end, the cut-off sentence "Roh made a similar proposal ... Tokyo has so far fai".
        # Not annotated: AP (agency credit in the title line).
    ],
    roles=[("South Korea's foreign minister", "ban_ki_moon"), ("his counterpart", "nobutaka_machimura"),
           ("the Japanese premier", "junichiro_koizumi"), ("the premier", "junichiro_koizumi")],
)

A["test_17207_bush_ortega_san_jose"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "daniel_ortega": ["Nicaraguan President Daniel Ortega", "Daniel Ortega", "Ortega"],
        "contras": ["Contra"],
        "white_house": ["White House"],
        "james_baker": ["Secretary of State James A. Baker III", "James A. Baker III", "Baker"],
        "manuel_noriega": ["Manuel Antonio Noriega"],
        "alfredo_cristiani": ["Salvadoran President Alfredo Cristiani", "Alfredo Cristiani"],
    },
    meetings=[
        # The only bilateral contact in the kept text: a "friendly" handshake before the
        # leaders' session ("yesterday" in a Saturday 1989-10-28 paper -> 1989-10-27), San Jose.
        # Required false: an exchange of greetings, not talks (the sentence "After meeting with
        # Bush earlier, Ortega had told rep..." was cut off at the end of the excerpt).
        M(["george_h_w_bush", "daniel_ortega"], "1989-10-27", "San Jose", IP, H,
          "Earlier, Bush and Ortega had exchanged what the White House termed a \"friendly\" handshake before joining the other leaders gathered to celebrate a century of democracy in Costa Rica.", False),
        # Not rows: the talks "with leaders of 16 North and South American countries" and Bush
        # sitting down "with Latin American leaders" (multilateral); the dinner (all leaders).
        # Removed: at the start, the site's headline list ("News / Garber Announces ..."); at the
        # end, the cut-off sentence "After meeting with Bush earlier, Ortega had told rep".
    ],
    roles=[("the Nicaraguan president", "daniel_ortega"), ("Secretary of State", "james_baker")],
)

A["dev_17208_rau_vilnius_planned"] = dict(
    actors={
        "zbigniew_rau": ["Polish Foreign Minister Zbigniew Rau", "Foreign Minister Zbigniew Rau", "Zbigniew Rau", "Minister Rau"],
        "gabrielius_landsbergis": ["Gabrielius Landsbergis"],
        "gitanas_nauseda": ["Gitanas Nausėda"],
        "viktorija_cmilyte_nielsen": ["Viktorija Čmilytė-Nielsen"],
        "ingrida_simonyte": ["Ingrida Šimonytė"],
        "ministry_of_foreign_affairs_poland": ["Polish Foreign Ministry"],
        "vilnius_university": ["Vilnius University"],
        "center_for_physical_sciences_and_technology": ["Center of Physical Sciences and Technology"],
    },
    meetings=[
        # The visit began "On Monday" (2021-09-06), the talks are announced ("will discuss",
        # "will also meet") "During the visit" (length not stated) -> planned, date null, Vilnius.
        M(["zbigniew_rau", "gabrielius_landsbergis"], None, "Vilnius", IP, P,
          "During the visit, Polish Foreign Minister Zbigniew Rau will discuss multiple issues with the head of Lithuanian diplomacy, Gabrielius Landsbergis."),
        M(["zbigniew_rau", "gitanas_nauseda"], None, "Vilnius", IP, P,
          "The head of the Polish Foreign Ministry will also meet with the President of the Republic of Lithuania, Gitanas Nausėda, the chairman of the Lithuanian lower house of parliament, Viktorija Čmilytė-Nielsen, and the Prime Minister of Lithuania, Ingrida Šimonytė."),
        M(["zbigniew_rau", "viktorija_cmilyte_nielsen"], None, "Vilnius", IP, P,
          "The head of the Polish Foreign Ministry will also meet with the President of the Republic of Lithuania, Gitanas Nausėda, the chairman of the Lithuanian lower house of parliament, Viktorija Čmilytė-Nielsen, and the Prime Minister of Lithuania, Ingrida Šimonytė."),
        M(["zbigniew_rau", "ingrida_simonyte"], None, "Vilnius", IP, P,
          "The head of the Polish Foreign Ministry will also meet with the President of the Republic of Lithuania, Gitanas Nausėda, the chairman of the Lithuanian lower house of parliament, Viktorija Čmilytė-Nielsen, and the Prime Minister of Lithuania, Ingrida Šimonytė."),
        # Separate meetings with each (one row each, no rows among the Lithuanians). Not rows:
        # the visits to the university, the centre and the cemetery. Kept as found: the page's
        # "date 2021-09-06" line at the start.
    ],
    roles=[("the head of Lithuanian diplomacy", "gabrielius_landsbergis"),
           ("The head of the Polish Foreign Ministry", "zbigniew_rau"),
           ("the President of the Republic of Lithuania", "gitanas_nauseda"),
           ("the chairman of the Lithuanian lower house of parliament", "viktorija_cmilyte_nielsen"),
           ("the Prime Minister of Lithuania", "ingrida_simonyte")],
)

A["dev_17209_dar_yunus_cairo"] = dict(
    actors={
        "ishaq_dar": ["Pakistan's Foreign Minister Ishaq Dar", "Ishaq Dar", "Dar"],
        "the_express_tribune": ["The Express Tribune"],
        "muhammad_yunus": ["Chief Advisor Muhammad Yunus", "Muhammad Yunus", "Yunus"],
        "hina_rabbani_khar": ["Hina Rabbani Khar"],
        "d_8_organization": ["D-8"],
        "sheikh_hasina": ["Sheikh Hasina", "Hasina"],
        "awami_league": ["Awami League"],
    },
    meetings=[
        # "invited me to visit Dhaka during my trip to Cairo": an encounter in Cairo implied, not
        # stated as a meeting -> held, date null, Cairo, required false.
        M(["ishaq_dar", "muhammad_yunus"], None, "Cairo", IP, H,
          "“Bangladesh’s Chief Advisor Muhammad Yunus invited me to visit Dhaka during my trip to Cairo,” he said.", False),
        # The February visit "at the invitation of the chief advisor": a visit to the country
        # whose host is named only as the inviter -> planned, date null (month only), place
        # Bangladesh (no city in that sentence), required false.
        M(["ishaq_dar", "muhammad_yunus"], None, "Bangladesh", IP, P,
          "Speaking at a press conference on Thursday, Dar confirmed the visit, which he said was at the invitation of the chief advisor.", False),
        # Not rows: Yunus's acceptance of "Pakistan's invitation" to Islamabad (no host named);
        # Hina Rabbani Khar's 2012 trip to the D-8 summit (multilateral); the press conference
        # (not a meeting); "a number of exchanges ... at the highest level" (no specific one).
    ],
    roles=[("the chief advisor", "muhammad_yunus"), ("The foreign minister", "ishaq_dar"),
           ("the then prime minister", "sheikh_hasina"), ("The Awami League leader", "sheikh_hasina")],
)

A["dev_17210_thatcher_kohl_bonn"] = dict(
    actors={
        "margaret_thatcher": ["Mrs Thatcher"],
        "helmut_kohl": ["Herr Kohl", "Chancellor Kohl"],
        "nato": ["NATO"],
    },
    meetings=[
        # The Bonn meeting (same meeting as "her meeting with the West German Chancellor, Herr
        # Kohl"). The report is dated 23 March 1987 (page header, removed), but the trimmed text
        # gives no day for the meeting ("After the talks in Normandy ... went on to Bonn") ->
        # date null; Bonn.
        M(["margaret_thatcher", "helmut_kohl"], None, "Bonn", IP, H,
          "Mrs Thatcher spent an hour and forty-five minutes with Chancellor Kohl and she said their meeting had been extremely useful."),
        # Not rows: "the talks in Normandy" (counterpart not named in the text); the Moscow visit
        # (no host named). Not annotated: Diana Goodman (the BBC correspondent, a byline).
        # Removed: at the start, the archive header (document type, venue, source, journalist,
        # editorial comments with an ITN quote and a note on Bernard Ingham, ranking, word count,
        # themes); at the end, the speaker label "MT" and the cut-off quote "Defence weaponry is so
        # complicated ... one can nev". Kept as found: "[end p1]", the stray "\";" and the
        # correspondent's name line.
    ],
    roles=[("the West German Chancellor", "helmut_kohl")],
)

A["test_17211_jaishankar_blok_netherlands"] = dict(
    actors={
        "subrahmanyam_jaishankar": ["External Affairs Minister S Jaishankar", "S Jaishankar", "Jaishankar"],
        "stef_blok": ["Stef Blok", "@ministerBlok", "Blok"],
        "mauritshuis": ["@mauritshuis"],
        "pia_dijkstra": ["@piadijkstra"],
        "european_union": ["EU"],
        "ivica_dacic": ["Ivica Dacic"],
    },
    meetings=[
        # "on Monday" (Monday 2019-11-11 item) -> 2019-11-11; no city in the text ("who is here",
        # "arrived in the Netherlands") -> country.
        M(["subrahmanyam_jaishankar", "stef_blok"], "2019-11-11", "Netherlands", IP, H,
          "External Affairs Minister S Jaishankar on Monday met his Dutch counterpart Stef Blok and held comprehensive discussions on bilateral and multilateral issues of mutual interest."),
        # The meeting with "Dutch political leaders" (unnamed in that sentence); the only one
        # identified is the committee chair, by her Twitter handle in the quoted tweet -> row with
        # required false.
        M(["subrahmanyam_jaishankar", "pia_dijkstra"], "2019-11-11", "Netherlands", IP, H,
          "Jaishankar also met Dutch political leaders on Monday and discussed with them the future of multilateralism, India-EU ties and regional issues.", False),
        # Talks in Belgrade before he "arrived in the Netherlands" (day not given) -> date null.
        M(["subrahmanyam_jaishankar", "ivica_dacic"], None, "Belgrade", IP, H,
          "Jaishankar arrived in the Netherlands from Belgrade where he held wide-ranging talks with top Serbian leadership including his counterpart Ivica Dacic."),
        # Not rows: "a series of high-level exchanges in recent years" (no specific meeting); the
        # museum visit (same Blok meeting). Removed: at the end, the cut-off quote start "\"O".
    ],
    roles=[("his Dutch counterpart", "stef_blok"), ("External Affairs Minister", "subrahmanyam_jaishankar"),
           ("FM of Netherlands", "stef_blok"), ("Chair Foreign Affairs Committee", "pia_dijkstra"),
           ("his counterpart", "ivica_dacic")],
)

A["dev_17212_hussein_arafat_amman"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "yasser_arafat": ["Yasir Arafat", "Arafat"],
        "hikmat_al_masri": ["Hikmat Al Masri"],
        "israel_radio": ["Israel Radio"],
        "fahd_kawasme": ["Fahd Kawasme"],
        "mohammed_milhim": ["Mohammed Milhim"],
        "menachem_begin": ["Menachem Begin"],
    },
    meetings=[
        # "who continue their talks in Amman" on the day of the item (1983-01-11), as the
        # "today continues" Kuchma row of batch 81a -> held, 1983-01-11, Amman.
        M(["hussein_bin_talal", "yasser_arafat"], "1983-01-11", "Amman", IP, H,
          "He will be meeting with Egyptian leaders on behalf of Hussein and Arafat who continue their talks in Amman."),
        # Hikmat Al Masri's mission to Cairo: counterparts "Egyptian leaders" unnamed -> one-party
        # planned row, date null, Cairo, required false.
        M(["hikmat_al_masri"], None, "Cairo", IP, P,
          "He will be meeting with Egyptian leaders on behalf of Hussein and Arafat who continue their talks in Amman.", False),
        # Not rows: Begin's "visit to Washing to late next month" (no host named); "sharp
        # disagreement" / "remain at adds" (no meeting). Removed: at the start, "Search JTA's
        # historical archive dating back to 1923"; at the end, "Recommended from JTA /
        # Advertisement". Kept as found: the typos ("presumable)", "adds", "Washing to").
    ],
    roles=[("Palestine Liberation Organization chief", "yasser_arafat"), ("the Jordanian King", "hussein_bin_talal"),
           ("former Speaker of the Jordanian parliament", "hikmat_al_masri")],
)
