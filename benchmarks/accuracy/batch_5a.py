"""Accuracy corpus, batch 5a: 12 new articles chosen where the corpus was thinnest (the 1980s in
Oceania, Latin America, South Asia, East Asia, North America and Eastern Europe; Central Asia,
West Africa and Southeast Asia in the 1990s; a Nordic and a Caribbean story; wire copy, national
papers, a digitised newspaper, a UN press release), collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ../ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_5a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch): the articles are
numbered 1..12 in the order they were collected; positions 3, 7 and 11 are test, all others dev.
Ids: `dev_6NN_<slug>` / `test_6NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date from the URL's issue code CHP19890711 (The Press, Christchurch, 11 July 1989, a
    # Tuesday); the excerpt has no date line.
    ("dev_601_lange_hawke_breakfast", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19890711.2.72", "1989-07-11"),
    # Date from the URL (/Archives/1985/03/15/, a Friday), consistent with "met ... Friday"
    # during the inauguration of Jose Sarney (15 March 1985).
    ("dev_602_bush_ortega_brasilia", "Latin America", "1980s", "United Press International (UPI archives)", "http://www.upi.com/Archives/1985/03/15/Bush-meets-with-Nicaraguan-president/8562479710800/", "1985-03-15"),
    # Date from the URL (la-xpm-1988-12-31, a Saturday).
    ("test_603_bhutto_gandhi_islamabad", "South Asia", "1980s", "Los Angeles Times (Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1988-12-31-mn-759-story.html", "1988-12-31"),
    # Dateline "Moscow, 15 October 1996 (RFE/RL)" (a Tuesday).
    ("dev_604_yeltsin_niyazov_barvikha", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1082058.html", "1996-10-15"),
    # Date from the URL (/2012/06/07/, a Thursday); the page's "Friday, April 19, 2024" is the
    # site's date widget at crawl time (trimmed).
    ("dev_605_stoltenberg_cameron_oslo", "Western Europe", "2010s", "newsinenglish.no (Views and News from Norway)", "http://www.newsinenglish.no/2012/06/07/prime-ministers-descend-on-norway/", "2012-06-07"),
    # Date stamp "19951128" and "On Tuesday, 28 November" in the text (also in the URL).
    ("dev_606_boutros_ghali_rawlings_ghana", "Africa", "1990s", "United Nations press release (press.un.org)", "https://press.un.org/en/1995/19951128.sgt2005.html", "1995-11-28"),
    # Date from the URL (/1983/0119/, a Wednesday).
    ("test_607_nakasone_reagan_white_house", "East Asia", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1983/0119/011955.html", "1983-01-19"),
    # Date line on the page ("Mon, 23 Nov 1998").
    ("dev_608_keating_soeharto_cendana", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/soeharto-tells-keating-his-policies-were-appropriate-1447893297", "1998-11-23"),
    # Date line on the page ("April 6, 1987", a Monday).
    ("dev_609_reagan_mulroney_ottawa", "North America", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/128e21b70bff9499a8fa264e7182bbef", "1987-04-06"),
    # Date line on the page ("October 26, 1988|By Paula Butturini", a Wednesday).
    ("dev_610_walesa_kiszczak_refusal", "Eastern Europe/Russia", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1988-10-26/news/8802100582_1_solidarity-jacek-kuron-lech-walesa", "1988-10-26"),
    # Date line on the page ("July 29, 2010 19:14 IST", a Thursday; also in the URL).
    ("test_611_cameron_sonia_cancelled", "South Asia", "2010s", "Rediff", "https://m.rediff.com/amp/news/report/emergency-makes-sonia-cancel-meet-with-uk-pm/20100729.htm", "2010-07-29"),
    # No date in the excerpt or the URL. 2025-03-22 (a Saturday) inferred: the Caricom virtual
    # session it dates "yesterday" was held on Friday 21 March 2025 -- the same outlet's
    # version of the story ("Young for talks with Rubio on Wednesday", tagged 20250321, "meeting
    # in a virtual session on Friday") and globalsouth.live (2025/03/21, "will meet virtually on
    # Friday"), both read in this session -- and Young spoke to reporters "on Thursday" (20
    # March). Page id 6.2.2262737 is later than that version's 6.2.2262555.
    ("dev_612_young_mottley_rubio", "Latin America", "2020s", "Trinidad and Tobago Guardian (Guardian Media)", "https://guardian.co.tt/news/young-set-to-meet-with-rubio-6.2.2262737.b9a6d605ae", "2025-03-22"),
]

A = {}

A["dev_601_lange_hawke_breakfast"] = dict(
    actors={
        "bob_hawke": ["Mr Bob Hawke", "Bob Hawke", "Mr Hawke", "Hawke"],
        "david_lange": ["Mr Lange", "Lange"],
        "bob_tizard": ["Mr Tizard", "Tizard", "Bob"],
    },
    meetings=[
        # "yesterday" in a paper dated Tuesday 1989-07-11 -> 1989-07-10. The text names no
        # place for the breakfast -> null. "his talks with Mr Lange" and "he and Mr Hawke had
        # discussed" are the same meeting.
        M(["bob_hawke", "david_lange"], "1989-07-10", None, IP, H,
          "Mr Hawke made his comment yesterday after a breakfast meeting with Mr Lange."),
    ],
    roles=[("The Australian leader", "bob_hawke"), ("the Prime Minister", "david_lange"),
           ("the Minister of Defence", "bob_tizard")],
)

A["dev_602_bush_ortega_brasilia"] = dict(
    actors={
        "george_h_w_bush": ["Vice President George Bush", "George Bush", "Bush"],
        "daniel_ortega": ["Daniel Ortega", "Ortega"],
        "jose_sarney": ["Jose Sarney"],
        "tancredo_neves": ["Tancredo Neves"],
        "george_shultz": ["George Shultz"],
        "mirna_tenorio": ["Mirna Tenorio", "Tenorio"],
        "fernando_cardoze_fabrega": ["Fernando Cardoze Fabrega"],
        "nicaraguan_embassy": ["Nicaraguan Embassy"],
    },
    meetings=[
        # "Friday" = the publication day 1985-03-15; place from the dateline (BRASILIA).
        M(["george_h_w_bush", "daniel_ortega"], "1985-03-15", "Brasilia", IP, H,
          "BRASILIA, Brazil -- Vice President George Bush met informally with Nicaraguan President Daniel Ortega Friday and discussed the Sandinista government's four-point peace plan, a diplomat said."),
        # Before the plan "proposed last week": no day, no place.
        M(["daniel_ortega", "george_shultz"], None, None, IP, H,
          "Ortega was telling Bush about the four points of a peace plan Nicaragua proposed last week after Ortega met with Secretary of State George Shultz, Mirna Tenorio of the Nicaraguan Embassy said."),
        # Announced, no day; place Brasilia (Ortega's stay at the dateline's city, in contrast
        # with "no formal meeting between Bush and Ortega was likely in Brazil").
        M(["daniel_ortega", "fernando_cardoze_fabrega"], None, "Brasilia", IP, P,
          "But Ortega said he would meet with Panamian Foreign Minister Fernando Cardoze Fabrega."),
        # The four foreign ministers are given by role only -> one-party row. "Saturday" after a
        # Friday 1985-03-15 -> 1985-03-16; no place (Bush "was to leave early Saturday").
        M(["george_h_w_bush"], "1985-03-16", None, IP, P,
          "Bush scheduled a working breakfast for Saturday with the foreign ministers of Costa Rica, Honduras, El Salvador and Guatamala, the so-called core nations that tend to suport U.S. policy in Central America."),
        # Not rows: "no formal meeting between Bush and Ortega was likely in Brazil" (a meeting
        # that will not take place); the possible "meeting of ministers from Mexico, Venezuela,
        # Panama and Colombia" (hypothetical, unnamed); "the talks in Manzanillo" (unnamed).
    ],
    roles=[("Vice President", "george_h_w_bush"), ("Nicaraguan President", "daniel_ortega"),
           ("Brazilian acting President", "jose_sarney"), ("President-elect", "tancredo_neves"),
           ("Secretary of State", "george_shultz"),
           ("Panamian Foreign Minister", "fernando_cardoze_fabrega")],
)

A["test_603_bhutto_gandhi_islamabad"] = dict(
    actors={
        "benazir_bhutto": ["Benazir Bhutto", "Bhutto"],
        "rajiv_gandhi": ["Rajiv Gandhi", "Gandhi"],
        "zia_ul_haq": ["Zia ul-Haq"],
        "asif_ali_zardari": ["Asif Ali Zardari"],
        "sonia_gandhi": ["Sonia"],
    },
    meetings=[
        # "Friday" in a paper dated Saturday 1988-12-31 -> 1988-12-30. The excerpt names no
        # city ("the first working visit to Pakistan") -> place Pakistan.
        M(["benazir_bhutto", "rajiv_gandhi"], "1988-12-30", "Pakistan", IP, H,
          "Prime Minister Benazir Bhutto of Pakistan and her Indian counterpart, Rajiv Gandhi, met Friday for historic talks expected to open a new page in relations between two nations that for 41 years have been deeply suspicious of each other and have fought three wars."),
        # A separate, earlier session on another day: "9 p.m. Thursday" -> 1988-12-29. The
        # spouses were "present" -> not participants.
        M(["benazir_bhutto", "rajiv_gandhi"], "1988-12-29", "Pakistan", IP, H,
          "Bhutto and Gandhi’s first private meeting began at 9 p.m. Thursday and lasted until 1:30 a.m., Indian sources said."),
    ],
    roles=[("her Indian counterpart", "rajiv_gandhi"), ("Pakistan’s military president", "zia_ul_haq"),
           ("Bhutto’s husband", "asif_ali_zardari"), ("Gandhi’s Italian-born wife", "sonia_gandhi")],
)

A["dev_604_yeltsin_niyazov_barvikha"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "saparmurat_niyazov": ["Saparmurat Niyazov", "Niyazov"],
        "viktor_chernomyrdin": ["Viktor Chernomyridin", "Viktor Chernomyrdin"],
        "yevgeny_primakov": ["Yevgeny Primakov"],
        "itar_tass": ["Itar-Tass"],
        "interfax": ["Interfax"],
        "cis": ["Commonwealth of Independent States"],
        "taliban": ["Taliban"],
    },
    meetings=[
        # "today" = the dateline day 1996-10-15; place from "met at the Barvikha sanatorium".
        M(["boris_yeltsin", "saparmurat_niyazov"], "1996-10-15", "Barvikha", IP, H,
          "Moscow, 15 October 1996 (RFE/RL) -- Russian President Boris Yeltsin today met visiting Turkmenistan President Saparmurat Niyazov to discuss the conflict in Afganistan and economic ties, including oil deposits in the Caspian Sea."),
        # "later" the same day; Yeltsin is at the sanatorium -> Barvikha. Chernomyrdin "was also
        # present at talks with Niyazov" -> not a participant of that meeting (no row).
        M(["boris_yeltsin", "viktor_chernomyrdin"], "1996-10-15", "Barvikha", IP, H,
          "Yeltsin later held a separate meeting with Prime Minister Viktor Chernomyridin, who was also present at talks with Niyazov."),
        # "yesterday" -> 1996-10-14; no city for these talks; Niyazov is "visiting" Russia.
        M(["viktor_chernomyrdin", "saparmurat_niyazov"], "1996-10-14", "Russia", IP, H,
          "Russia's Prime Minister Viktor Chernomyrdin and Niyazov also held talks yesterday on Russia's natural gas debt to Ashgabat."),
        # "previous talks": no day, no place.
        M(["saparmurat_niyazov", "yevgeny_primakov"], None, None, IP, H,
          "Following previous talks with Foreign Minister Yevgeny Primakov, Niyazov had said that fighting in Afghanistan is an internal matter."),
        # Not rows: the Almaty summit Niyazov "did not attend" (multilateral, not attended);
        # Niyazov's statement to Interfax (an interview).
    ],
    roles=[("Russian President", "boris_yeltsin"), ("Turkmenistan President", "saparmurat_niyazov"),
           ("Russia's Prime Minister", "viktor_chernomyrdin"), ("Foreign Minister", "yevgeny_primakov")],
)

_BE = ("After the early morning meeting, Stoltenberg and Cameron were due to fly to Berlin together, where they’d meet with Chancellor Angela Merkel.")
A["dev_605_stoltenberg_cameron_oslo"] = dict(
    actors={
        "jens_stoltenberg": ["Jens Stoltenberg", "Stoltenberg"],
        "david_cameron": ["David Cameron", "Cameron"],
        "angela_merkel": ["Angela Merkel"],
        "aker_asa": ["Aker ASA", "Aker"],
        "kjell_inge_rokke": ["Kjell Inge Røkke"],
        "norwegian_labour_party": ["Labour Party"],
    },
    meetings=[
        # "Wednesday evening" in a story dated Thursday 2012-06-07 -> 2012-06-06; the dinner
        # at the state residence in Oslo is the same visit.
        M(["jens_stoltenberg", "david_cameron"], "2012-06-06", "Oslo", IP, H,
          "British Prime Minister David Cameron led the pack, arriving in Oslo Wednesday evening for an overnight visit with Stoltenberg."),
        # "on Thursday" (the day of the story, told as a plan: "were due to", "they'd meet") ->
        # planned 2012-06-07, Berlin; three named leaders -> three pair rows.
        M(["jens_stoltenberg", "angela_merkel"], "2012-06-07", "Berlin", IP, P, _BE),
        M(["david_cameron", "angela_merkel"], "2012-06-07", "Berlin", IP, P, _BE),
        # The two visitors travelling together (same-side pair, dev_017 precedent) -> optional.
        # The 8am meeting with unnamed Aker executives is not a separate row.
        M(["jens_stoltenberg", "david_cameron"], "2012-06-07", "Berlin", IP, P, _BE, False),
    ],
    roles=[("Norwegian Prime Minister", "jens_stoltenberg"), ("his British colleague", "david_cameron"),
           ("British Prime Minister", "david_cameron"), ("Chancellor", "angela_merkel"),
           ("a self-made billionaire", "kjell_inge_rokke")],
)

_AN = ("On Tuesday, 28 November, the third day of his official visit to Ghana, Secretary-General Boutros Boutros-Ghali went to Parliament House at 10 a.m. to call on the Speaker of Parliament, Daniel F. Annan.")
_ML = ("Later the majority leader, G.H. Owusu-Acheampong, and the minority leader, Owusu Agyekum, also addressed the meeting and pledged support to the United Nations.")
A["dev_606_boutros_ghali_rawlings_ghana"] = dict(
    actors={
        "boutros_boutros_ghali": ["Boutros Boutros-Ghali"],
        "daniel_f_annan": ["Daniel F. Annan"],
        "g_h_owusu_acheampong": ["G.H. Owusu-Acheampong"],
        "owusu_agyekum": ["Owusu Agyekum"],
        "jerry_rawlings": ["Jerry John Rawlings"],
        "paul_victor_obeng": ["Paul Victor Obeng"],
        "kojo_tsikata": ["Kojo Taikata"],
        "obed_asamoah": ["Obed E. Asamoah"],
        "mahama_iddrisu": ["Alhaji Mahama Iddrisu"],
        "mohamed_ibn_chambas": ["Mohammed bin Chambas"],
        "lansana_kouyate": ["Lansana Kouyate"],
        "united_nations": ["United Nations"],
        "un_general_assembly": ["General Assembly"],
        "parliament_of_ghana": ["Parliament"],
        "council_of_state_ghana": ["Council of State"],
    },
    meetings=[
        # Explicit date; Parliament House is not placed in a city in the text -> Ghana.
        M(["boutros_boutros_ghali", "daniel_f_annan"], "1995-11-28", "Ghana", IP, H, _AN),
        # The majority and minority leaders "addressed the meeting": joined it, but hosts'
        # side and a speaking role rather than talks -> optional (no host-side pairs).
        M(["boutros_boutros_ghali", "g_h_owusu_acheampong"], "1995-11-28", "Ghana", IP, H, _ML, False),
        M(["boutros_boutros_ghali", "owusu_agyekum"], "1995-11-28", "Ghana", IP, H, _ML, False),
        # "At 11 a.m." the same day. Both sides' accompanying officials are actors, not
        # participants (ANNOTATION.md convention).
        M(["boutros_boutros_ghali", "jerry_rawlings"], "1995-11-28", "Ghana", IP, H,
          "At 11 a.m. the Secretary-General had a 90-minute meeting with the President, Jerry John Rawlings."),
        # Not a row: the special session of the General Assembly (a plenary).
    ],
    roles=[("the Speaker of Parliament", "daniel_f_annan"), ("The Speaker", "daniel_f_annan"),
           ("the majority leader", "g_h_owusu_acheampong"), ("the minority leader", "owusu_agyekum"),
           ("the Secretary-General", "boutros_boutros_ghali"), ("the President", "jerry_rawlings"),
           ("the President of Ghana", "jerry_rawlings"),
           ("the Presidential Adviser on Governmental Affairs", "paul_victor_obeng"),
           ("member of the Council of State in charge of Security Affairs", "kojo_tsikata"),
           ("Minister of Foreign Affairs", "obed_asamoah"), ("Minister of Defence", "mahama_iddrisu"),
           ("Vice-Minister of Foreign Affairs", "mohamed_ibn_chambas"),
           ("the Assistant Secretary-General for Political Affairs", "lansana_kouyate")],
)

A["test_607_nakasone_reagan_white_house"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "yasuhiro_nakasone": ["Yasuhiro Nakasone", "Mr. Nakasone", "Nakasone"],
        "george_shultz": ["George Shultz"],
        "taizo_watanabe": ["Taizo Watanabe", "Mr. Watanabe", "Watanabe"],
        "zenko_suzuki": ["Zenko Suzuki"],
        "national_diet": ["Diet"],
        "white_house": ["White House"],
    },
    meetings=[
        # "on Tuesday" in a paper dated Wednesday 1983-01-19 -> 1983-01-18; "the White House
        # meetings" -> Washington.
        M(["ronald_reagan", "yasuhiro_nakasone"], "1983-01-18", "Washington", IP, H,
          "Given the amenities required for a first meeting, and the participation of other officials, President Reagan and Japanese Prime Minister Yasuhiro Nakasone had only a limited amount of time to do real business at their meeting on Tuesday."),
        # Scheduled ("was added for Wednesday morning"), the publication day -> planned,
        # 1983-01-19, one of "the White House meetings" -> Washington.
        M(["ronald_reagan", "yasuhiro_nakasone"], "1983-01-19", "Washington", IP, P,
          "An unscheduled breakfast meeting between the two leaders was added for Wednesday morning."),
        # Not a row: Shultz "visits Japan at the end of this month" (a visit to a country, no
        # named counterpart).
    ],
    roles=[("Japanese Prime Minister", "yasuhiro_nakasone"), ("the new Japanese leader", "yasuhiro_nakasone"),
           ("Secretary of State", "george_shultz"), ("a Japanese spokesman", "taizo_watanabe"),
           ("his predecessor", "zenko_suzuki")],
)

A["dev_608_keating_soeharto_cendana"] = dict(
    actors={
        "paul_keating": ["Paul Keating", "Keating"],
        "soeharto": ["Soeharto"],
        "b_j_habibie": ["B.J. Habibie"],
    },
    meetings=[
        # "on Thursday" in a paper dated Monday 1998-11-23 -> 1998-11-19; Jl. Cendana, Central
        # Jakarta -> Jakarta. "made no less than half-a-dozen visits here" is a count (no row);
        # Keating's Saturday remarks to journalists are not a meeting.
        M(["paul_keating", "soeharto"], "1998-11-19", "Jakarta", IP, H,
          "Despite no longer being in office, the rapport between them has continued and Keating on Thursday visited Soeharto at his residence on Jl. Cendana, Central Jakarta."),
    ],
    roles=[("Former Australian prime minister", "paul_keating"), ("former Indonesian president", "soeharto"),
           ("his predecessor", "soeharto"), ("the 77-year-old former president", "soeharto")],
)

A["dev_609_reagan_mulroney_ottawa"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
        "jeanne_sauve": ["Jeanne Sauve"],
        "marlin_fitzwater": ["Marlin Fitzwater", "Fitzwater"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # "on Sunday" in a story dated Monday 1987-04-06 -> 1987-04-05; Ottawa (dateline; the
        # first session at Rideau Hall). The arrival ceremony, photo session and private talks
        # are the same summit. Sauve's home is the venue; she is not a participant.
        M(["ronald_reagan", "brian_mulroney"], "1987-04-05", "Ottawa", IP, H,
          "Reagan and Mulroney met at a summit where their domestic political problems were a backdrop to nagging differences on trade and acid rain."),
        # Not rows: Mulroney's "television interviews"; "an agreement last year".
    ],
    roles=[("Canadian Prime Minister", "brian_mulroney"), ("The president", "ronald_reagan"),
           ("Gov. General", "jeanne_sauve"), ("presidential spokesman", "marlin_fitzwater")],
)

A["dev_610_walesa_kiszczak_refusal"] = dict(
    actors={
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "czeslaw_kiszczak": ["Czeslaw Kiszczak", "Gen. Kiszczak", "Kiszczak"],
        "jerzy_urban": ["Jerzy Urban"],
        "adam_michnik": ["Adam Michnik", "Michnik"],
        "jacek_kuron": ["Jacek Kuron", "Kuron"],
        "janusz_onyszkiewicz": ["Janusz Onyszkiewicz"],
        "solidarity": ["Solidarity"],
    },
    # Zero-row control: the proposed Walesa-Kiszczak meeting "Wednesday" is refused ("Walesa
    # said he would not meet Kiszczak Wednesday"); the round-table talks "could begin Friday, but
    # only if ..." (conditional, between the authorities and the union); Walesa's "telephone
    # interview" is a media interview; "everything ... has already been discussed" names no
    # meeting.
    meetings=[],
    roles=[("Government spokesman", "jerzy_urban"), ("Solidarity leader", "lech_walesa"),
           ("Interior Minister", "czeslaw_kiszczak"), ("Solidarity`s national spokesman", "janusz_onyszkiewicz")],
)

A["test_611_cameron_sonia_cancelled"] = dict(
    actors={
        "david_cameron": ["David Cameron", "Cameron"],
        "sonia_gandhi": ["Sonia Gandhi", "Gandhi", "Sonia"],
        "rahul_gandhi": ["Rahul Gandhi"],
        "david_miliband": ["David Milliband"],
        "financial_times": ["Financial Times"],
        "indian_national_congress": ["Congress"],
        "labour_party": ["Labour"],
        "parliament_of_india": ["Parliament"],
    },
    meetings=[
        # Earlier visit alluded to in a parenthesis ("remember his spending time with ..."):
        # held, date null, Amethi; optional (no meeting verb, the visit is only recalled).
        M(["rahul_gandhi", "david_miliband"], None, "Amethi", IP, H,
          "Rahul Gandhi's absence must be more jarring for the visiting delegation -- remember his spending time with former Labour foreign secretary David Milliband in Amethi -- also because he represents issues that match Cameron's concerns.", False),
        # Not rows: the Cameron-Sonia Gandhi meeting "scheduled ... on Thursday" was "called off"
        # (cancelled); "the meeting with the Gandhis could not come about"; Rahul Gandhi left for
        # London (no meeting).
    ],
    roles=[("British Prime Minister", "david_cameron"), ("UK PM", "david_cameron"),
           ("the prime minister", "david_cameron"), ("Congress president", "sonia_gandhi"),
           ("Congress general secretary", "rahul_gandhi"),
           ("former Labour foreign secretary", "david_miliband")],
)

A["dev_612_young_mottley_rubio"] = dict(
    actors={
        "stuart_young": ["Stuart Young", "Young"],
        "marco_rubio": ["Marco Rubio", "Rubio"],
        "mia_mottley": ["Mia Mottley"],
        "mauricio_claver_carone": ["Mauricio Claver-Carone"],
        "caricom": ["Caribbean Community", "Caricom"],
        "guardian_media": ["Guardian Media"],
        "cmc": ["CMC"],
    },
    meetings=[
        # Said "on Thursday" (2025-03-20, the day before "yesterday" = Friday 2025-03-21 in a
        # paper dated Saturday 2025-03-22) about "this morning" -> 2025-03-20, phone.
        M(["stuart_young", "mia_mottley"], "2025-03-20", None, PH, H,
          "Young had also indicated to reporters on Thursday that he had “spent quite a while on the telephone this morning” with Barbados Prime Minister Mia Mottley, who is also the Caricom chair, “sharing ideas” ahead of yesterday’s meeting."),
        # "on Wednesday" ahead -> 2025-03-26; "the Kingston meeting" -> Kingston. Young is the
        # only Caricom leader named as taking part.
        M(["stuart_young", "marco_rubio"], "2025-03-26", "Kingston", IP, P,
          "Prime Minister Stuart Young was among Caribbean Community (Caricom) leaders who met in a virtual session yesterday, ahead of face-to-face talks with United States Secretary of State Marco Rubio in Jamaica on Wednesday."),
        # Counterparts unnamed ("the representatives from Barbados, ...") -> one-party row;
        # before "Last week", no day -> date null; optional (unspecified group of
        # representatives, dev_013 precedent).
        M(["mauricio_claver_carone"], None, "Washington", IP, H,
          "The disclosure came after US Special Envoy for Latin America and the Caribbean, Mauricio Claver-Carone, met in Washington with the representatives from Barbados, the Bahamas, Belize, Dominica, Guyana, Haiti, Jamaica, St. Kitts-Nevis, St Lucia, St Vincent and the Grenadines, Suriname and T&T.", False),
        # Not rows: the Caricom leaders' "virtual session yesterday" (a meeting of the whole
        # Conference of Heads, a plenary); "not all regional leaders are expected to attend".
    ],
    roles=[("United States Secretary of State", "marco_rubio"), ("Barbados Prime Minister", "mia_mottley"),
           ("the Caricom chair", "mia_mottley"),
           ("US Special Envoy for Latin America and the Caribbean", "mauricio_claver_carone")],
)
