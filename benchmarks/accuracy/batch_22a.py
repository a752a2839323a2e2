"""Accuracy corpus, batch 22a: 12 new articles from the 1970s, 1980s and 1990s (four per decade),
chosen where the corpus was still thinnest (region x decade cells counted over sources.csv and the
ARTICLES of every batch_*.py present before searching, 552 distinct article ids, batches 1-21b;
batch 22b, written at the same time by another helper, was not counted and was not opened: the
counting script skipped every file name containing "22"). Counts before this batch: in the 1970s
Central Asia/Caucasus had 0 articles, Oceania and Southeast Asia 6, the other eight regions 7; in
the 1980s Central Asia/Caucasus, Eastern Europe/Russia and North America had 6, Oceania 8, the
other seven regions 7; in the 1990s Africa, Central Asia/Caucasus, East Asia and Latin America had
9, the other seven regions 8. Picks: 1970s Oceania (a cell at 6), Africa and Latin America twice
(cells at 7; Southeast Asia 1970s, at 6, was searched in queries 2, 7, 13, 16, 20 and 23 and
returned only cables, memcons, Indonesian-language pages and a Papers Past page already in the
corpus; Central Asia/Caucasus 1970s, at 0, was not found in any result); 1980s Eastern
Europe/Russia and North America (cells at 6; Central Asia/Caucasus 1980s, at 6, was searched in
query 21 without a news page), East Asia and Latin America (cells at 7); 1990s the Middle East,
South Asia, Western Europe and Southeast Asia (cells at 8, the regions with no other pick).
Regions covered: ten of eleven (all but Central Asia/Caucasus); Latin America three times (1970s
twice, 1980s once). Outlets: The Press via Papers Past (twice), the Los Angeles Times, the South
Florida Sun-Sentinel, Rediff, the Orlando Sentinel (Chicago Tribune copy), The Jakarta Post via
jawawa.id, the JTA archive (four times) and the John Major Archive (the transcript of a joint press
conference, an official record rather than a news story; see the notes). None of the twelve pages is
in the corpus (two pages first taken, IsraelFaxx 1996-10-15 and The Independent 1997-11-06, were
found by the URL check to be in the corpus already and were replaced after the other ten had
been annotated; the split was then recomputed mechanically by the rule below, which moved three
already-annotated articles between dev and test; see the notes). Collected with the `search`
tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_22a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-21b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then the rank); positions 3, 7 and 11
are test, all others dev. Ids: `dev_42NN_<slug>` / `test_42NN_<slug>`, NN = collection position
(01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR debris included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue code CHP19750410 (The Press, Christchurch, 10 April 1975, a Thursday); no dateline, so
    # "last evening" = 1975-04-09 and "next Tuesday" = 1975-04-15 are read against the paper.
    # Region: Singapore's PM on holiday in New Zealand -> the host's region, Oceania (as
    # test_4003, Begin in London -> Western Europe).
    ("dev_4201_lee_kuan_yew_christchurch", "Oceania", "1970s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19750410.2.109", "1975-04-10"),
    # URL /la-xpm-1985-05-06-/ gives 1985-05-06, a Monday: "Sunday" = 1985-05-05. The headline
    # "Honecker in Moscow" gives the place. Region: Soviet and East German principals -> Eastern
    # Europe/Russia.
    ("dev_4202_honecker_gorbachev_moscow", "Eastern Europe/Russia", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1985-05-06-mn-4453-story.html", "1985-05-06"),
    # URL /fl-xpm-1989-02-10-/ gives 1989-02-10, a Friday: "today's meeting" = 1989-02-10.
    # Region: Canada-US -> North America.
    ("test_4203_bush_mulroney_ottawa", "North America", "1980s", "South Florida Sun-Sentinel", "https://www.sun-sentinel.com/news/fl-xpm-1989-02-10-8901080375-story.html", "1989-02-10"),
    # Date line "August 26, 1996" (a Monday): "Sunday" = 1996-08-25. Region: Middle East.
    ("dev_4204_netanyahu_arafat_before_new_year", "Middle East", "1990s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1996/08/26/archive/netanyahu-expected-to-meet-with-arafat-before-new-year", "1996-08-26"),
    # Issue code CHP19760907 (The Press, 7 September 1976, a Tuesday). The three days of talks that
    # "ended ... yesterday" are a range -> date null. Region: South Africa's PM -> Africa.
    ("dev_4205_vorster_kissinger_zurich", "Africa", "1970s", "The Press (Christchurch), via Papers Past (NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19760907.2.69", "1976-09-07"),
    # URL /news/sep/24indo.htm (Rediff's 1997 archive, no year in the URL or excerpt); the year
    # follows from the text (Gujral and Sharief both prime ministers; "the SAARC summit in Male in
    # May"; "the June 23 Islamabad declaration"): 1997-09-24, a Wednesday. The day of the New York
    # meeting is not stated -> date null. Region: India-Pakistan -> South Asia.
    ("dev_4206_gujral_sharief_new_york", "South Asia", "1990s", "Rediff (rediff.com)", "http://us.rediff.com/news/sep/24indo.htm", "1997-09-24"),
    # Date line "June 24, 1987|By Chicago Tribune" (a Wednesday): "met Wednesday" = 1987-06-24.
    # Region: East Asia.
    ("test_4207_chun_kim_young_sam_seoul", "East Asia", "1980s", "Orlando Sentinel (Chicago Tribune copy)", "http://articles.orlandosentinel.com/1987-06-24/news/0180030155_1_kim-dae-jung-chun", "1987-06-24"),
    # Date line "Wed, 18 Sep 1996": "yesterday" = 1996-09-17; the Keating mini-summit "on the same
    # date ... exactly a year ago" = 1995-09-17. Region: the host is Indonesia -> Southeast Asia.
    ("dev_4208_soeharto_howard_jakarta", "Southeast Asia", "1990s", "The Jakarta Post, via jawawa.id", "https://jawawa.id/newsitem/soeharto-and-howard-hit-it-off-1447893297", "1996-09-18"),
    # No date on the page or in the URL -> published empty, every date null (as dev_043). Decade
    # inferred from the text: Alfonsin (president 1983-89), Sarney (1985-90), Sanguinetti
    # (1985-90), "the Nazi past of Austrian President Kurt Waldheim" (president from 1986) ->
    # 1980s. Region: Latin America.
    ("dev_4209_alfonsin_bronfman_wjc", "Latin America", "1980s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/archive/alfonsin-offers-to-host-world-gathering-of-the-wjcongress", ""),
    # URL /1976/10/14/ gives 1976-10-14, a Thursday: "last Friday" = 1976-10-08 (JTA weekdays are
    # resolved, as dev_4005). Region: Argentine principals -> Latin America.
    ("dev_4210_ajc_guzzetti_meeting", "Latin America", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1976/10/14/archive/the-american-jewish-committee-expressed-gratification-at-a", "1976-10-14"),
    # No date on the page or in the URL -> published empty, date null. Decade inferred: "President
    # Juan D. Peron" after "in 1946 his government ..." and a Middle East peace "based on secure and
    # recognized borders for Israel" (post-1967 wording) -> Peron's third presidency, 1973-74 ->
    # 1970s. Region: Latin America.
    ("test_4211_imach_peron_audience", "Latin America", "1970s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/archive/jewish-leader-meets-with-peron", ""),
    # Title "... in Bonn – 26 May 1995" and "on Friday 26th May 1995": "here today" = 1995-05-26.
    # An official transcript of a press conference (John Major Archive), not a news story (see the
    # notes). Region: German and British principals in Bonn -> Western Europe.
    ("dev_4212_kohl_major_bonn", "Western Europe", "1990s", "John Major Archive (transcript of a joint press conference)", "https://johnmajorarchive.org.uk/1995/05/26/mr-majors-joint-press-conference-with-chancellor-kohl-in-bonn-26-may-1995/", "1995-05-26"),
]

A = {}

_LH = "He was welcomed to Christchurch by the Mayor (Mr H. G. Hay) and spent more than an hour talking informally with groups of guests."
_LD = ("He has made it very clear that his trip to New Zealand is for rest and recreation and most of his days are free of "
       "official engagements, -last evening’s function being the only formal one until a dinner next Tuesday night.")

A["dev_4201_lee_kuan_yew_christchurch"] = dict(
    actors={
        "lee_kuan_yew": ["Mr Lee Kuan Yew", "Lee Kuan Yew", "Mr Lee"],
        "h_g_hay": ["Mr H. G. Hay", "H. G. Hay"],
        "r_wilson": ["Mr R. Wilson", "R. Wilson"],
    },
    meetings=[
        # "He was welcomed to Christchurch by the Mayor (Mr H. G. Hay)" at the civic reception
        # "last evening" -> held, 1975-04-09 (read against the paper), Christchurch (Town Hall).
        M(["lee_kuan_yew", "h_g_hay"], "1975-04-09", "Christchurch", IP, H, _LH),
        # "a dinner next Tuesday night" -> the formal engagement of the holiday, host not named:
        # one-party row, planned, optional (with whom is not stated), 1975-04-15, place null.
        M(["lee_kuan_yew"], "1975-04-15", None, IP, P, _LD, False),
        # Not rows: the civic reception as such (200 guests, unnamed); "talking informally with
        # groups of guests" (unnamed); "watching dog trials at the Darfield property of Mr R.
        # Wilson" (a visit to a property, no meeting with Wilson stated); "When I visited
        # Christchurch 10 years ago" (a visit to a city). Removed: nothing but the cut-off last
        # sentence ("He returned to the city for lunch and during the aftern"). Kept: the OCR
        # forms "‘ls it", "-last evening’s" and the line break inside "the / centre".
    ],
    roles=[("the Prime Minister of Singapore", "lee_kuan_yew"), ("the Mayor", "h_g_hay")],
)

_HG = ("East German leader Erich Honecker and Soviet leader Mikhail S. Gorbachev affirmed Sunday their “complete unanimity” "
       "of views against reunification of East and West Germany.")

A["dev_4202_honecker_gorbachev_moscow"] = dict(
    actors={
        "erich_honecker": ["East German leader Erich Honecker", "Erich Honecker", "Honecker"],
        "mikhail_gorbachev": ["Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "tass": ["Tass"],
    },
    meetings=[
        # "affirmed Sunday their “complete unanimity”" + "The Tass account of the meeting" -> held,
        # 1985-05-05, Moscow (headline "Honecker in Moscow").
        M(["erich_honecker", "mikhail_gorbachev"], "1985-05-05", "Moscow", IP, H, _HG),
        # Not rows: "President Reagan’s state visit to Bonn" (no host named: the Chancellor is not
        # named in the text); Honecker's "cancellation of a scheduled visit to West Germany"
        # (cancelled, no counterpart named); the museum opening (a ceremony). Removed:
        # "Advertisement", "Share", the cut-off last sentence ("In his tribute to the Soviet army
        # shortly before the 40th anniversary of the end of World War II in Europe, Honec").
        # Kept: the byline line "Times Staff Writer" and the subheads.
    ],
    roles=[("East German leader", "erich_honecker"), ("Soviet leader", "mikhail_gorbachev"),
           ("the official Tass news agency", "tass")],
)

A["test_4203_bush_mulroney_ottawa"] = dict(
    actors={
        "brian_mulroney": ["Canadian Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "george_h_w_bush": ["George Bush", "Bush"],
        "ronald_reagan": ["President Ronald Reagan", "Ronald Reagan", "Reagan"],
    },
    meetings=[
        # "today's meeting with George Bush" -> planned (the article's perspective), 1989-02-10,
        # Ottawa ("first official foreign visit to Ottawa").
        M(["brian_mulroney", "george_h_w_bush"], "1989-02-10", "Ottawa", IP, P,
          "The President of the United States, and Canadian Prime Minister Brian Mulroney is already trying to salvage something from today's meeting with George Bush."),
        # "Their Quebec City meeting, dubbed the "Shamrock Summit"" (four years ago, Reagan's
        # visit) -> held, date null ("Four years ago"), Quebec City.
        M(["brian_mulroney", "ronald_reagan"], None, "Quebec City", IP, H,
          "Their Quebec City meeting, dubbed the \"Shamrock Summit\" by Mulroney aides, became a national embarrassment when Mulroney tried to cajole an obviously uncomfortable Reagan into joining him in a round of When Irish Eyes Are Smiling at a tedious gala reception."),
        # Not rows: the dinner that Bush declined ("Bush decided no supper either": not taking
        # place); "several more meetings with the president this year" (a count, no specific
        # meeting); Bush's "dinner at his home in Kennebunkport" (no counterpart). Removed: the
        # cut-off last sentence ("During the Canadian elec") and the site's podcast line above the
        # dateline. Kept: "Ottawa.." and "then- novice".
    ],
    roles=[("Canadian Prime Minister", "brian_mulroney"), ("the new President", "george_h_w_bush"),
           ("the president", "george_h_w_bush")],
)

A["dev_4205_vorster_kissinger_zurich"] = dict(
    actors={
        "john_vorster": ["Mr Vorster", "Vorster"],
        "henry_kissinger": ["Dr Kissinger"],
        "ian_smith": ["Mr Smith"],
    },
    meetings=[
        # "ended three days of talks in Zurich yesterday with ... Dr Kissinger" -> held, date null
        # (three days, a range), Zurich.
        M(["john_vorster", "henry_kissinger"], None, "Zurich", IP, H,
          "NZPA-Reuter Zurich The South African Prime Minister (Mr Vorster) ended three days of talks in Zurich yesterday with the U.S. Secretary of State (Dr Kissinger)."),
        # Not rows: Kissinger's possible trip "to begin negotiations between black and white
        # leaders" (undecided, no one named); "the presidents of Tanzania, Zambia, Botswana,
        # Angola and Mozambique" and "their summit meeting in Dar-es-Salaam" (unnamed, a
        # multilateral summit); the denial that Vorster would "pressure ... Mr Smith" (no
        # meeting); "working committees" (unnamed). The agency credit "NZPA-Reuter" at the head
        # of the body is kept in the text (and in the evidence) and not annotated.
        # Removed: the Papers Past "Thank you for correcting ..." lines, the
        # "Article image" lines and the cut-off last sentence ("“South Africa does not believe in
        # sanctions and South Africa does no"). Kept: the paragraph break inside "to turn / over".
    ],
    roles=[("The South African Prime Minister", "john_vorster"), ("the U.S. Secretary of State", "henry_kissinger"),
           ("the Rhodesian Prime Minister", "ian_smith")],
)

A["dev_4206_gujral_sharief_new_york"] = dict(
    actors={
        "inder_kumar_gujral": ["Prime Minister I K Gujral", "I K Gujral", "Gujral"],
        "nawaz_sharif": ["Nawaz Sharief", "Sharief"],
        "p_chidambaram": ["Finance Minister Palaniappan\nChidambaram", "Palaniappan\nChidambaram"],
        "salim_sherwani": ["Salim Sherwani"],
        "k_raghunath": ["Foreign Secretary K Raghunath", "K Raghunath"],
        "gohar_ayub_khan": ["Foreign\nMinister Gohar Ayub Khan", "Gohar Ayub Khan"],
        "mushahid_hussain": ["Senator Mushahid Hussain", "Mushahid Hussain"],
        "saarc": ["SAARC"],
        "united_nations_general_assembly": ["UN General Assembly"],
    },
    meetings=[
        # "At their second meeting this year" -> the talks reported, held, date null (the day is
        # not stated), New York (dateline "in New York").
        M(["inder_kumar_gujral", "nawaz_sharif"], None, "New York", IP, H,
          "At their second meeting this year -- they met at the SAARC summit in Male in May -- the two prime ministers also discussed the stalemate in the foreign secretary-level talks over interpretation of the June 23 Islamabad declaration concerning the setting up of a working group on Jammu and Kashmir."),
        # "they met at the SAARC summit in Male in May" -> held, date null (month only), Male.
        M(["inder_kumar_gujral", "nawaz_sharif"], None, "Male", IP, H,
          "At their second meeting this year -- they met at the SAARC summit in Male in May -- the two prime ministers also discussed the stalemate in the foreign secretary-level talks over interpretation of the June 23 Islamabad declaration concerning the setting up of a working group on Jammu and Kashmir."),
        # Not rows: the aides who "assisted" or "accompanied" (not participants); the foreign
        # secretaries' talks and "the next foreign secretary-level parleys in Islamabad" (unnamed
        # officials); Sharief's UNGA speech (a speech). Removed: the cut-off last sentence
        # ("Gujral, the sources said, was of the view that b"). Kept: the line breaks of the
        # page and the doubled quotes ''...''.
    ],
    roles=[("his Pakistani\ncounterpart", "nawaz_sharif")],
)

A["test_4207_chun_kim_young_sam_seoul"] = dict(
    actors={
        "chun_doo_hwan": ["President Chun Doo Hwan", "Chun Doo Hwan", "Chun"],
        "kim_young_sam": ["Kim Young Sam", "Kim"],
        "kim_dae_jung": ["Kim Dae Jung"],
        "democratic_justice_party": ["Democratic Justice Party"],
    },
    meetings=[
        # "President Chun Doo Hwan met Wednesday with his chief political rival, Kim Young Sam" ->
        # held, 1987-06-24, Seoul (dateline; the Blue House).
        M(["chun_doo_hwan", "kim_young_sam"], "1987-06-24", "Seoul", IP, H,
          "SEOUL — After 13 days of nationwide anti-government protests, President Chun Doo Hwan met Wednesday with his chief political rival, Kim Young Sam, in an effort to restore domestic tranquility and satisfy millions of South Koreans who are demanding a more democratic form of government."),
        # Not rows: Kim Dae Jung (under house arrest, no meeting); the dedication ceremonies at
        # Yonggwang (a ceremony). The byline "By Chicago Tribune" is kept and not annotated.
        # Removed: the cut-off last sentence ("Chun added that his government has ''coped with
        # the socia").
    ],
    roles=[("his chief political rival", "kim_young_sam")],
)

A["dev_4208_soeharto_howard_jakarta"] = dict(
    actors={
        "john_howard": ["Australian Prime Minister John Howard", "John Howard", "Howard"],
        "soeharto": ["President Soeharto", "Soeharto"],
        "moerdiono": ["Moerdiono", "Moediono"],
        "paul_keating": ["Paul Keating", "Keating"],
    },
    meetings=[
        # "their first formal meeting yesterday" (the tete-a-tete at Merdeka Palace) -> held,
        # 1996-09-17, Jakarta (dateline).
        M(["john_howard", "soeharto"], "1996-09-17", "Jakarta", IP, H,
          "JAKARTA (JP): Australian Prime Minister John Howard and President Soeharto struck a cordial note in their first formal meeting yesterday, with both men expressing satisfaction and affirming ties between the two countries."),
        # "Soeharto and Keating held a mini-summit in Bali exactly a year ago" "on the same date"
        # -> held, 1995-09-17, Bali.
        M(["soeharto", "paul_keating"], "1995-09-17", "Bali", IP, H,
          "Yesterday's meeting took place on the same date that Soeharto and Keating held a mini-summit in Bali exactly a year ago."),
        # Not rows: "it would be very easy to talk with him on the telephone" (hypothetical);
        # Keating's "six visits here" (a count); "more exchanges and meetings at all levels"
        # (general); Moerdiono's briefing (a statement). "(JP)" is the agency credit in the
        # dateline, not annotated.
        # Removed: the cut-off last paragraph ("Human rights" / "His attention towards Indonesia
        # is evident i"). Kept: "Moediono" (typo) and the date line.
    ],
    roles=[("Australian Prime Minister", "john_howard"), ("Howard's predecessor", "paul_keating"),
           ("Indonesian Minister/State Secretary", "moerdiono")],
)

A["dev_4209_alfonsin_bronfman_wjc"] = dict(
    actors={
        "raul_alfonsin": ["President Raul Alfonsin", "Raul Alfonsin", "Alfonsin"],
        "edgar_bronfman": ["WJC president Edgar Bronfman", "Edgar Bronfman", "Bronfman"],
        "world_jewish_congress": ["World Jewish Congress", "WJC"],
        "jose_sarney": ["President Jose Sarney", "Jose Sarney"],
        "julio_maria_sanguinetti": ["President Julio Maria Sanguinetti", "Julio Maria Sanguinetti", "President Sanguinetti", "Sanguinetti"],
        "dante_caputo": ["Argentine Foreign Minister Dante Caputo", "Dante Caputo"],
        "latin_american_jewish_congress": ["Latin American Jewish Congress"],
        "daia": ["DAIA"],
        "antonio_troccoli": ["Antonio Troccoli", "Troccoli"],
        "united_nations_war_crimes_commission": ["United Nations War Crimes Commission"],
        "kurt_waldheim": ["Austrian President Kurt Waldheim", "Kurt Waldheim"],
    },
    meetings=[
        # "a four-hour meeting with a WJC delegation at the Presidential Palace here Monday", in
        # which Alfonsin invited Bronfman -> held, date null (no publication date), Buenos Aires
        # (judgement: "here" with the invitation to "Buenos Aires"; alternative Argentina).
        M(["raul_alfonsin", "edgar_bronfman"], None, "Buenos Aires", IP, H,
          "He extended the invitation to WJC president Edgar Bronfman in the course of a four-hour meeting with a WJC delegation at the Presidential Palace here Monday."),
        # "Dante Caputo participated in the discussions with the WJC group" -> Caputo-Bronfman
        # optional (participation in the same meeting; the same-side pair Caputo-Alfonsin is not
        # coded).
        M(["dante_caputo", "edgar_bronfman"], None, "Buenos Aires", IP, H,
          "Argentine Foreign Minister Dante Caputo participated in the discussions with the WJC group, leaders of the Latin American Jewish Congress and the DAIA, the central representative body of Argentine Jewry.", False),
        # "a tour ... which included meetings with President Jose Sarney of Brazil and President
        # Julio Maria Sanguinetti of Uruguay" -> two held rows, date null; Sarney place Brazil,
        # Sanguinetti Montevideo ("was told by President Sanguinetti in Montevideo").
        M(["edgar_bronfman", "jose_sarney"], None, "Brazil", IP, H,
          "Bronfman is winding up a tour of Latin American countries which included meetings with President Jose Sarney of Brazil and President Julio Maria Sanguinetti of Uruguay."),
        M(["edgar_bronfman", "julio_maria_sanguinetti"], None, "Montevideo", IP, H,
          "Bronfman is winding up a tour of Latin American countries which included meetings with President Jose Sarney of Brazil and President Julio Maria Sanguinetti of Uruguay."),
        # "Antonio Troccoli, had a two-hour meeting with WJC officials" -> officials unnamed: the
        # organisation is listed as the counterpart, optional (no named person), date null,
        # place null.
        M(["antonio_troccoli", "world_jewish_congress"], None, None, IP, H,
          "The Argentine Minister of Interior, Antonio Troccoli, had a two-hour meeting with WJC officials focussing on neo-Nazi and anti-Semitic activities in the country.", False),
        # Not rows: Alfonsin's "recent visit to the Soviet Union" (no host named); WJC contacts
        # "with Soviet officials" (unnamed, no specific contact); documents submitted to the
        # Foreign Ministries (documents). Removed: the cut-off last sentence ("Officials of each
        # government made it clear that").
    ],
    roles=[("WJC president", "edgar_bronfman"), ("Argentine Foreign Minister", "dante_caputo"),
           ("The Argentine Minister of Interior", "antonio_troccoli")],
)

_AG = ("The American Jewish Committee expressed gratification at a “productive meeting” last Friday between Committee leaders "
       "and Argentinian statesmen during which the Argentinians voiced strong opposition to recent anti-Semitic manifestations "
       "in their country and promised vigorous countermeasures.")

A["dev_4210_ajc_guzzetti_meeting"] = dict(
    actors={
        "american_jewish_committee": ["The American Jewish Committee", "American Jewish Committee", "AJCommittee", "Committee"],
        "cesar_augusto_guzzetti": ["Rear Admiral Cesar Augusto Guzzetti", "Cesar Augusto Guzzetti"],
        "carlos_ortiz_de_rosas": ["Carlos Ortiz de Rosas"],
        "richard_maass": ["Richard Maass"],
        "united_nations": ["United Nations", "UN"],
    },
    meetings=[
        # "a “productive meeting” last Friday between Committee leaders and Argentinian statesmen"
        # (the statesmen named in the next sentence) -> held, 1976-10-08, place null. The
        # Committee leaders are unnamed: the organisation stands for them (as dev_4209's Troccoli row,
        # but required here: the article's one meeting, with named statesmen).
        M(["american_jewish_committee", "cesar_augusto_guzzetti"], "1976-10-08", None, IP, H, _AG),
        M(["american_jewish_committee", "carlos_ortiz_de_rosas"], "1976-10-08", None, IP, H, _AG),
        # The same-side pair of the two Argentinians -> optional.
        M(["cesar_augusto_guzzetti", "carlos_ortiz_de_rosas"], "1976-10-08", None, IP, H, _AG, False),
        # Not rows: Maass "reported" (not said to have attended; no row of his own). Removed: "Menu
        # JTA Search". Kept: the heading "News Brief".
    ],
    roles=[("Argentine Foreign Minister", "cesar_augusto_guzzetti"),
           ("the Argentine Ambassador to the United Nations", "carlos_ortiz_de_rosas")],
)

_IP = "Dr. Sion Cohen Imach, head of the DAIA, made his plea last Thursday during 40-minute audience with Peron."
_ID = ("Joining Dr. Imach in the delegation were Jaime Rajchemberg, president of the Buenos Aires Kehilla, Dr. Nehemias "
       "Resnitzky, DAIRA secretary, and Salomon Lobov, treasurer.")

A["test_4211_imach_peron_audience"] = dict(
    actors={
        "sion_cohen_imach": ["Dr. Sion Cohen Imach", "Sion Cohen Imach", "Dr. Imach", "Imach"],
        "juan_peron": ["President Juan D. Peron", "Juan D. Peron", "Peron"],
        "daia": ["DAIA", "DAIRA"],
        "jaime_rajchemberg": ["Jaime Rajchemberg"],
        "buenos_aires_kehilla": ["Buenos Aires Kehilla"],
        "nehemias_resnitzky": ["Dr. Nehemias Resnitzky", "Nehemias Resnitzky"],
        "salomon_lobov": ["Salomon Lobov"],
        "peronist_movement": ["Peronist movement"],
    },
    meetings=[
        # "his plea last Thursday during 40-minute audience with Peron" -> held, date null (no
        # publication date), place null (not stated).
        M(["sion_cohen_imach", "juan_peron"], None, None, IP, H, _IP),
        # "Joining Dr. Imach in the delegation were ..." -> delegation members received together
        # with him: optional pair rows with Peron (judgement: members of the received delegation,
        # not mere aides; alternative no rows). The same-side pairs are not coded.
        M(["jaime_rajchemberg", "juan_peron"], None, None, IP, H, _ID, False),
        M(["nehemias_resnitzky", "juan_peron"], None, None, IP, H, _ID, False),
        M(["salomon_lobov", "juan_peron"], None, None, IP, H, _ID, False),
        # Not rows: Peron's statements. Removed: the JTA donation appeal at the end ("Help ensure
        # Jewish news remains accessible to all. ..."). Kept: "DAIRA" (typo for DAIA, listed as
        # its alias).
    ],
    roles=[("The leader of the Argentine Jewish community", "sion_cohen_imach"), ("head of the DAIA", "sion_cohen_imach"),
           ("the President", "juan_peron")],
)


A["dev_4204_netanyahu_arafat_before_new_year"] = dict(
    actors={
        "benjamin_netanyahu": ["Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Netanyahu"],
        "yasser_arafat": ["Palestinian Authority leader Yasser Arafat", "Yasser Arafat", "Arafat"],
        "palestinian_authority": ["Palestinian Authority"],
        "yitzhak_mordechai": ["Defense Minister Yitzhak Mordechai", "Yitzhak Mordechai"],
        "ezer_weizman": ["President Ezer Weizman", "Ezer Weizman", "Weizman"],
        "israel_television": ["Israel Television"],
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak"],
        "hussein_bin_talal": ["Jordan’s King Hussein", "King Hussein"],
        "david_levy": ["Israel’s Foreign Minister David Levy", "David Levy"],
    },
    meetings=[
        # "Netanyahu is expected to meet with ... Arafat before Rosh Hashanah" -> planned, date
        # null, place null (required: the headline event, reported as expected).
        M(["benjamin_netanyahu", "yasser_arafat"], None, None, IP, P,
          "Prime Minister Benjamin Netanyahu is expected to meet with Palestinian Authority leader Yasser Arafat before Rosh Hashanah."),
        # "Mordechai and ... Weizman also are planning to meet with the Palestinian leader in the
        # next couple of weeks" -> two separate planned rows (not a joint meeting), date null.
        M(["yitzhak_mordechai", "yasser_arafat"], None, None, IP, P,
          "Defense Minister Yitzhak Mordechai and President Ezer Weizman also are planning to meet with the Palestinian leader in the next couple of weeks, a senior source, discussing the premier’s plans, told Israel Television on Sunday."),
        M(["ezer_weizman", "yasser_arafat"], None, None, IP, P,
          "Defense Minister Yitzhak Mordechai and President Ezer Weizman also are planning to meet with the Palestinian leader in the next couple of weeks, a senior source, discussing the premier’s plans, told Israel Television on Sunday."),
        # "Netanyahu has met with ... Mubarak in Cairo and Jordan’s King Hussein in Amman" -> two
        # held rows, date null (since June).
        M(["benjamin_netanyahu", "hosni_mubarak"], None, "Cairo", IP, H,
          "Since he formed his government in June, Netanyahu has met with Egyptian President Hosni Mubarak in Cairo and Jordan’s King Hussein in Amman."),
        M(["benjamin_netanyahu", "hussein_bin_talal"], None, "Amman", IP, H,
          "Since he formed his government in June, Netanyahu has met with Egyptian President Hosni Mubarak in Cairo and Jordan’s King Hussein in Amman."),
        # "David Levy held talks recently with Arafat" -> held, date null ("recently"), place null.
        M(["david_levy", "yasser_arafat"], None, None, IP, H,
          "Meanwhile, Israel’s Foreign Minister David Levy held talks recently with Arafat."),
        # "the premier met Sunday with Weizman" -> held, 1996-08-25, place null (not stated).
        M(["benjamin_netanyahu", "ezer_weizman"], "1996-08-25", None, IP, H,
          "Word of Netanyahu’s intention to meet with the Palestinian leader came after the premier met Sunday with Weizman."),
        # Not rows: Arafat's letter "requesting a meeting" (a letter; the meeting is the planned
        # Weizman row); "he would consider a meeting with Arafat only if ..." (conditional);
        # Netanyahu's trip to the United States (no counterpart named); Weizman's news conference.
        # Removed: "Search JTA's historical archive dating back to 1923", "See Original Daily
        # Bulletin From This Date", "Advertisement" and the cut-off last sentence ("Weizman said
        # he and Netanyahu had agreed to exchange ideas about whether a meeting"). Kept: the
        # bracket "[elected]".
    ],
    roles=[("the Palestinian leader", "yasser_arafat"), ("the premier", "benjamin_netanyahu"),
           ("the Israeli leader", "benjamin_netanyahu"), ("the Palestinian Authority head", "yasser_arafat")],
)

_KC = ("You know that I am not in the habit to do so normally but we had our normal and regular consultations here today and "
       "it was all of a sudden today that the events in former Yugoslavia took a fairly dramatic turn, so at this point I would "
       "only like to make very briefly a few introductory comments on what loomed on the agenda of our bilateral consultations "
       "and then the Foreign Ministers will give a report on what happened today.")
_KY = ("The delay took place because the Russian President, Boris Yeltsin, whom we both wanted to call, and we did so, was "
       "not in Moscow but in Minsk and it took a little while to establish a telephone link with Minsk and unfortunately we "
       "had to keep you waiting.")

A["dev_4212_kohl_major_bonn"] = dict(
    actors={
        "john_major": ["Mr Major", "John"],
        "helmut_kohl": ["Chancellor Kohl", "Helmut Kohl"],
        "boris_yeltsin": ["Boris Yeltsin"],
    },
    meetings=[
        # "our normal and regular consultations here today" (the speaker is Kohl, host) -> held,
        # 1995-05-26, Bonn.
        M(["helmut_kohl", "john_major"], "1995-05-26", "Bonn", IP, H, _KC),
        # "Boris Yeltsin, whom we both wanted to call, and we did so" -> phone, held, 1995-05-26;
        # place Bonn (where the callers were; judgement, alternative null). One call with three
        # named people -> pair rows Kohl-Yeltsin, Major-Yeltsin; the Kohl-Major pair is the same
        # day's consultations, not repeated.
        M(["helmut_kohl", "boris_yeltsin"], "1995-05-26", "Bonn", PH, H, _KY),
        M(["john_major", "boris_yeltsin"], "1995-05-26", "Bonn", PH, H, _KY),
        # Not rows: the unnamed Foreign Ministers; "what you did on 8 May" and "the very good
        # speech that you gave in Berlin" (an event and a speech). Removed: the site header ("The
        # Rt. Hon. Sir John Major KG CH", "Prime Minister of Great Britain and Northern Ireland
        # 1990-1997", "1995Prime Minister (1990-1997)") and the cut-off last sentence ("On the
        # issues that we discussed, well first of all we agreed on a private visit of John Major
        # and his wife for the autumn of this year and I will be ve"). The speaker label is not
        # in the stored excerpt (the rank-6 excerpt of query 24 omits it); that the speaker is
        # Kohl follows from "thank you ..., John".
    ],
    roles=[("the German Chancellor", "helmut_kohl"), ("the Russian President", "boris_yeltsin")],
)
