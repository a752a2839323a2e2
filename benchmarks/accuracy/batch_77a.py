"""Accuracy corpus, batch 77a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 77b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and five
decades (1970s: one, 1980s: one, 1990s: three, 2010s: seven; five of the twelve from before
2000; no 2000s or 2020s page was both new and odd-year among this session's hits in the time).
Outlets/sites: The Hindu (an archive item reprinted 2017), The Iran Project (2013), The Press,
Christchurch, via Papers Past (1977), Foroyaa (2019), an OAS press release (1999), the
reg.burma/BurmaNet list archive at burmalibrary.org (1997), eurasia.ro (2011), the Ronald Reagan
Presidential Library (presidential remarks, 1987), People's Daily Online (1999), a HuffPost
Canada archive copy at actionnews.ca (2019), news.by (2019) and GOV.UK (a No. 10 readout, 2019).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
77b); the meetings are new except `dev_15206` (the Ramos-Than Shwe talks of October 1997 are in
`dev_5606` from another page; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_77a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-76b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_152NN_<slug>` / `test_152NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page line "October 24, 2017 12:15 am" (a Tuesday, checked) is the date of the archive
    # reprint; the meeting's "[Oct. 23, Kathmandu]" has no year (see the notes: left null).
    ("dev_15201_desai_mahendra_kathmandu", "South Asia", "2010s", "The Hindu (thehindu.com; archive column)", "https://www.thehindu.com/archive/desai-confers-with-nepal-king/article19907344.ece", "2017-10-24"),
    # The address's 2013/08/25 (a Sunday, checked): "on Sunday" -> 2013-08-25.
    ("dev_15202_rouhani_qaboos_tehran", "Middle East", "2010s", "The Iran Project (theiranproject.com)", "https://theiranproject.com/blog/2013/08/25/irans-president-rouhani-officially-welcomes-omani-ruler/", "2013-08-25"),
    # The address's CHP19771003 = Press, 3 October 1977 (a Monday, checked); no day is given for
    # any of the planned meetings.
    ("test_15203_talboys_overseas_trip_planned", "Oceania", "1970s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz)", "https://paperspast.natlib.govt.nz/newspapers/CHP19771003.2.99", "1977-10-03"),
    # The tool's date 2019-04-05 (a Friday, checked); the talks have no day in the text -> null.
    ("dev_15204_barrow_dakar_bilaterals", "Africa", "2010s", "Foroyaa (foroyaa.gm)", "https://foroyaa.gm/president-holds-talks-with-african-leaders-in-dakar/", "2019-04-05"),
    # The release's "February 5, 1999" (a Friday, checked). A zero-row control.
    ("dev_15205_mahuad_fujimori_oas_council", "Latin America", "1990s", "Organization of American States press release (oas.org)", "http://www.oas.org/OASpage/press2002/en/Press99/020899e.htm", "1999-02-05"),
    # The item's "17/10/97" (a Friday, checked): "yesterday" -> 1997-10-16 (see the notes on the
    # arrival day).
    ("dev_15206_ramos_than_shwe_yangon", "Southeast Asia", "1990s", "reg.burma / BurmaNet list archive (burmalibrary.org; a news item dated 17/10/97, source not named)", "http://www.burmalibrary.org/reg.burma/archives/199710/msg00243.html", "1997-10-17"),
    # The address's 2011/02/16 (a Wednesday, checked): "on Wednesday" -> 2011-02-16, the one
    # day of the visit.
    ("test_15207_gilauri_armenia_visit_planned", "Central Asia/Caucasus", "2010s", "eurasia.ro", "https://eurasia.ro/2011/02/16/georgian-pm-vists-armenia/", "2011-02-16"),
    # The remarks' "May 21, 1987" (a Thursday, checked); the meeting "have had" -> 1987-05-21.
    ("dev_15208_reagan_vranitzky_remarks", "Western Europe", "1980s", "Ronald Reagan Presidential Library (reaganlibrary.gov; public papers)", "https://www.reaganlibrary.gov/research/speeches/052187b", "1987-05-21"),
    # The page's header "14/07/1999, updated at 16:00" (removed with the site chrome; a
    # Wednesday, checked) and the address's 199907/14. The visit "scheduled for July 15-17" is a
    # range -> null.
    ("dev_15209_bagabandy_jiang_visit_planned", "East Asia", "1990s", "People's Daily Online (en.people.cn; a Xinhua-style item)", "http://en.people.cn/english/199907/14/enc_19990714001047_WorldNews.html", "1999-07-14"),
    # "Posted: 2019-11-13" (a Wednesday, checked); the caption's "Nov. 12, 2019" (a Tuesday,
    # checked; = "Tuesday" in the body).
    ("dev_15210_trudeau_moe_ottawa", "North America", "2010s", "HuffPost Canada (archive copy at actionnews.ca)", "http://actionnews.ca/newstempch.php?article=%2Farchive%2Fca%2Fentry%2Fjustin-trudeau-saskatchewan-scott-moe_ca_5dcc49e9e4b0a794d1f99871", "2019-11-13"),
    # The tool's date 2019-12-13 (a Friday, checked): "today" -> 2019-12-13.
    ("test_15211_lukashenko_bogomaz_regions_forum", "Eastern Europe/Russia", "2010s", "news.by (Belarus state TV news site)", "https://news.by/eng/news/ekonomika/a_lukashenko_o_potentsiale_sotrudnichestva_tochno_mozhem_podoyti_k_1_mlrd_tovarooborota_", "2019-12-13"),
    # The tool's date 2019-08-12 and the address's "12-august-2019" (a Monday, checked): "this
    # afternoon" -> 2019-08-12.
    ("dev_15212_johnson_costa_call", "Western Europe", "2010s", "GOV.UK (Prime Minister's Office, 10 Downing Street; news release)", "https://www.gov.uk/government/news/pm-call-with-prime-minister-antonio-costa-of-portugal-12-august-2019", "2019-08-12"),
]

A = {}

A["dev_15201_desai_mahendra_kathmandu"] = dict(
    actors={
        "morarji_desai": ["Mr. Morarji Desai", "Morarji Desai", "Mr. Morarji"],
        "mahendra_of_nepal": ["King Mahendra"],
        "sriman_narayan": ["Mr. Sriman Narayan", "Sriman Narayan"],
        "t_p_singh": ["Mr. T.P. Singh", "T.P. Singh"],
        "ministry_of_finance_india": ["Ministry of Finance"],
    },
    meetings=[
        # "The Deputy Prime Minister, Mr. Morarji Desai this afternoon [Oct. 23, Kathmandu] had
        # an hour's meeting with King Mahendra of Nepal." -> held, Kathmandu. Date null: the
        # bracket gives day and month without a year, and the page date (2017) is that of the
        # archive reprint, not of the report (see the notes). Sriman Narayan and "other
        # officials joined them" (attendees, not participants).
        M(["morarji_desai", "mahendra_of_nepal"], None, "Kathmandu", IP, H,
          "The Deputy Prime Minister, Mr. Morarji Desai this afternoon [Oct. 23, Kathmandu] had an hour’s meeting with King Mahendra of Nepal."),
        # "... the line of talks he will have in Washington during his State visit which
        # commences from next week." -> planned, the King's talks in Washington with unnamed
        # US counterparts: a one-party row, date null ("next week"), Washington; required false
        # (reported as speculation about the King's briefing, counterparts unnamed).
        M(["mahendra_of_nepal"], None, "Washington", IP, P,
          "It is however speculated that the King informed Mr. Morarji about the line of talks he will have in Washington during his State visit which commences from next week.", False),
        # "The officials of both sides had discussions ..." with "The Indian side was led by Mr.
        # T.P. Singh" -> held, the Indian head of the officials' talks with unnamed Nepalese
        # officials: a one-party row, required false (officials' talks, one side unnamed).
        M(["t_p_singh"], None, "Kathmandu", IP, H,
          "The Indian side was led by Mr. T.P. Singh, Secretary, Expenditure, Ministry of Finance.", False),
        # Not rows: the Karnali project, the 1960 trade agreement (documents). Not annotated:
        # Nepal, India, the United States, New Delhi, Washington (places/states); "Official
        # sources", "Indian officials" (unnamed). Removed: at the end, the cut-off sentence
        # ("Nepal claims that since over 90 per cent of the external trade of Nepal is conducted
        # with India, it had no other"). Nothing at the start.
    ],
    roles=[("The Deputy Prime Minister", "morarji_desai"), ("the Deputy Premier", "morarji_desai"),
           ("the King", "mahendra_of_nepal"), ("the Indian Ambassador in Nepal", "sriman_narayan")],
)

A["dev_15202_rouhani_qaboos_tehran"] = dict(
    actors={
        "hassan_rouhani": ["Iranian President Hassan Rouhani", "Hassan Rouhani", "Rouhani"],
        "qaboos_bin_said": ["Sultan Qaboos bin Said Al Said", "Sultan Qaboos"],
        "mohammad_javad_zarif": ["Iranian Foreign Minister Mohammad Javad Zarif", "Mohammad Javad Zarif"],
        "abbas_araqchi": ["Abbas Araqchi", "Araqchi"],
        "ali_khamenei": ["Ayatollah Seyyed Ali Khamenei", "Seyyed Ali Khamenei"],
        "farzad_piltan": ["Farzad Piltan"],
        "iranian_foreign_ministry": ["Iranian Foreign Ministry"],
        "iran_trade_promotion_organization": ["Iran Trade Promotion Organization"],
    },
    meetings=[
        # "Iranian President Hassan Rouhani has officially welcomed Oman's Sultan Qaboos ..."
        # with "The official ceremony started at Sa'dabad Cultural Complex in Tehran on Sunday"
        # -> held, 2013-08-25, Tehran.
        M(["hassan_rouhani", "qaboos_bin_said"], "2013-08-25", "Tehran", IP, H,
          "Iranian President Hassan Rouhani has officially welcomed Oman’s Sultan Qaboos bin Said Al Said who arrived in the Iranian capital at the head of a high-ranking delegation."),
        # "The Iranian president and Omani ruler are scheduled to hold official talks ..." ->
        # planned, date null (no day; the visit lasts "until Tuesday"), Tehran. A scheduled
        # session distinguished from the held welcome (ANNOTATION.md, dev_035).
        M(["hassan_rouhani", "qaboos_bin_said"], None, "Tehran", IP, P,
          "The Iranian president and Omani ruler are scheduled to hold official talks about ways to further expand bilateral relations and leading regional and international issues."),
        # "The Omani delegation was welcomed by Iranian Foreign Minister Mohammad Javad Zarif at
        # Tehran's Mehrabad International Airport on Sunday." -> held, 2013-08-25, Tehran; the
        # delegation is headed by Qaboos; required false (an airport welcome of a delegation).
        M(["mohammad_javad_zarif", "qaboos_bin_said"], "2013-08-25", "Tehran", IP, H,
          "The Omani delegation was welcomed by Iranian Foreign Minister Mohammad Javad Zarif at Tehran’s Mehrabad International Airport on Sunday.", False),
        # "Sultan Qaboos is also expected to meet ... Ali Khamenei." -> planned, date null,
        # Tehran (the visit's city).
        M(["qaboos_bin_said", "ali_khamenei"], None, "Tehran", IP, P,
          "According to Iranian Foreign Ministry Spokesman Abbas Araqchi, Sultan Qaboos is also expected to meet Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei."),
        # Not rows: Araqchi's statements; Piltan's "June 16 interview" (an interview); the 40th
        # anniversary commemoration (in the removed sentence). Not annotated: "top Omani
        # officials", "Oman's ministers of Royal Office, Diwan of Royal Court, Foreign Affairs
        # ... Oil and Gas", "his top advisor" (unnamed); Sa'dabad Cultural Complex, Mehrabad
        # International Airport, Tehran, Muscat, the Strait of Hormuz (places). Removed: at the
        # end, the cut-off sentence ("On May 28, Iran and Oman commemorated the 40th anniversary
        # of the establishment of bilateral relations during a cer"). Nothing at the start.
    ],
    roles=[("Omani ruler", "qaboos_bin_said"), ("The Iranian president", "hassan_rouhani"),
           ("The Omani king", "qaboos_bin_said"), ("Leader of the Islamic Revolution", "ali_khamenei"),
           ("Iranian Foreign Ministry Spokesman", "abbas_araqchi"), ("the Iranian diplomat", "abbas_araqchi")],
)

A["test_15203_talboys_overseas_trip_planned"] = dict(
    actors={
        "brian_talboys": ["Mr Taiboys", "Taiboys"],
        "cyrus_vance": ["Mr Cyrus Vance", "Cyrus Vance"],
        "warren_christopher": ["Mr Warren Christopher", "Warren Christopher"],
        "united_nations": ["United Nations", "U.N."],
        "united_nations_general_assembly": ["General Assembly of the United Nations"],
        "anzus_council": ["A.N.Z.U.S. Ministerial Council"],
    },
    meetings=[
        # "... in the United States where he will ... meet U.N. officials and officials of the
        # American Government, including the Secretary of State (Mr Cyrus Vance)." -> planned,
        # date null, United States (no city in the text).
        M(["brian_talboys", "cyrus_vance"], None, "United States", IP, P,
          "Probably the easiest part will be in the United States where he will speak to the General Assembly of the United Nations and will meet U.N. officials and officials of the American Government, including the Secretary of State (Mr Cyrus Vance)."),
        # "He will renew his acquaintance with the Deputy Secretary of State (Mr Warren
        # Christopher) ..." -> planned, date null, United States; required false (a meeting
        # implied by "renew his acquaintance", not stated as talks).
        M(["brian_talboys", "warren_christopher"], None, "United States", IP, P,
          "He will renew his acquaintance with the Deputy Secretary of State (Mr Warren Christopher), who was in New Zealand earlier this year for the meeting of the A.N.Z.U.S. Ministerial Council.", False),
        # "In South Korea the talk will be mainly about trade." / "In China the talks may be
        # more about ..." -> planned talks with unnamed hosts: one-party rows, date null;
        # required false (no counterpart even by role).
        M(["brian_talboys"], None, "South Korea", IP, P,
          "In South Korea the talk will be mainly about trade.", False),
        M(["brian_talboys"], None, "China", IP, P,
          "In China the talks may be more about the continuing bilateral relationship than trade.", False),
        # Not rows: the UN General Assembly speech (a plenary); the ANZUS Ministerial Council
        # meeting earlier this year (multilateral); "the foreign policy talks Mr Taiboys gave in
        # New Zealand" (speeches); the "U.N. officials" (unnamed). Not annotated: "the American
        # Government", the Soviet Union, New Zealand, South Korea, China (states). Removed: at
        # the start, the Papers Past lines ("Thank you for correcting the text ...", "This
        # article contains searchable text ...", ten "Article image" lines); at the end, the
        # fragment "Again, ". Kept as found: the OCR spelling "Taiboys" (the aliases are stored
        # so; the key is the corpus's brian_talboys).
    ],
    roles=[("The Minister of Foreign Affairs", "brian_talboys"), ("the Secretary of State", "cyrus_vance"),
           ("the Deputy Secretary of State", "warren_christopher")],
)

_BZ = ("According to a Press statement released from State House, President Barrow held series of discussions with Her Excellency Shake-Worke Zewde, President of Ethiopia, and President Roch Marc Christian of Burkina Faso.")
A["dev_15204_barrow_dakar_bilaterals"] = dict(
    actors={
        "adama_barrow": ["President Barrow", "Barrow"],
        "sahle_work_zewde": ["Her Excellency Shake-Worke Zewde", "Shake-Worke Zewde"],
        "roch_marc_christian_kabore": ["President Roch Marc Christian", "Roch Marc Christian"],
        "tony_blair": ["Tony Blair"],
        "macky_sall": ["Senegalese President Macky Sall", "President Macky Sall", "Macky Sall", "President Sall"],
        "tony_blair_institute_for_global_change": ["Tony Blair Institute for Global Change"],
    },
    meetings=[
        # "President Barrow held series of discussions with ... Shake-Worke Zewde, President of
        # Ethiopia, and President Roch Marc Christian of Burkina Faso." -> two separate held
        # bilaterals (a "series of bilateral talks"), date null (no day for the talks), Dakar.
        M(["adama_barrow", "sahle_work_zewde"], None, "Dakar", IP, H, _BZ),
        M(["adama_barrow", "roch_marc_christian_kabore"], None, "Dakar", IP, H, _BZ),
        # "He also met with former British Prime Minister Tony Blair ..." -> held, date null,
        # Dakar.
        M(["adama_barrow", "tony_blair"], None, "Dakar", IP, H,
          "He also met with former British Prime Minister Tony Blair, whose organization called the ‘‘Tony Blair Institute for Global Change’’, is providing technical support to the Government of The Gambia, in the implementation of the National Development Plan (NDP) and the ongoing reform programs."),
        # Not rows: the inaugural ceremony "of his host" and the State Lunch "in honor of visiting
        # regional leaders" (a ceremony and a multilateral lunch; no bilateral with Sall is
        # reported); Sall's speech. Not annotated: "State House" (an office/building), "the
        # Government of The Gambia" (a government), the National Development Plan (a plan),
        # Centre Des Expositions, Diamniadio, the Presidential Palace (places). Removed: at the
        # start, the tool's " date 2019-04-05 " prefix with the share line "0 SHARES Share
        # Tweet"; at the end, the cut-off sentence ("Amongst the Gambian dignitaries who attended
        # the event were former Vice President Mrs. Fatoumata Jallow Tambajang, Lands and Local
        # Government Minister"). Kept as found: "Shake-Worke Zewde" (for Sahle-Work Zewde) and
        # "Roch Marc Christian" without the surname (aliases stored so), "he call on",
        # "advancement their country".
    ],
    roles=[("President of Ethiopia", "sahle_work_zewde"), ("former British Prime Minister", "tony_blair"),
           ("the former British Prime Minister", "tony_blair"), ("his host", "macky_sall")],
)

A["dev_15205_mahuad_fujimori_oas_council"] = dict(
    actors={
        "jamil_mahuad": ["Ecuadorian President Jamil Mahuad", "Jamil Mahuad", "President Mahuad", "Mr. Mahuad"],
        "alberto_fujimori": ["Peruvian President Alberto Fujimori", "Alberto Fujimori", "President Fujimori", "Mr. Fujimori"],
        "organization_of_american_states": ["Organization of American States", "OAS"],
        "oas_permanent_council": ["OAS Permanent Council"],
        "carter_center": ["Carter Center"],
    },
    meetings=[
        # A zero-row control. Not rows: the two presidents "speaking at the Organization of
        # American States (OAS) today" at "a protocolary meeting of the OAS Permanent Council"
        # (a plenary session, not a bilateral); "the peace accords the two countries signed last
        # October" / "The agreement we signed" (a signing by the two countries, no meeting of the
        # two men reported, no date or place); the anti-corruption plan to be unveiled at the
        # Carter Center (an announcement). Not annotated: the photo credit "Roberto Ribeiro";
        # the image name "Abrazo Presidentes.JPG"; Ecuador, Peru, the hemisphere, Atlanta,
        # Georgia (places). Removed: at the start, the banner line "february press release
        # banner.GIF (30045 bytes)"; at the end, the cut-off sentence ('He added: "Ecuador will
        # be one of those countries at the forefront of the war against corruption, based on a
        # well-organized, well-financed program with measurable, s').
    ],
    roles=[("the Ecuadorian leader", "jamil_mahuad"), ("The Ecuadorian president", "jamil_mahuad")],
)

A["dev_15206_ramos_than_shwe_yangon"] = dict(
    actors={
        "fidel_ramos": ["Philippine President Fidel Ramos", "Fidel Ramos", "Mr Ramos", "Ramos"],
        "than_shwe": ["Senior General Than Shwe", "Gen Than Shwe", "Than Shwe"],
        "aung_san_suu_kyi": ["Aung San Suu Kyi", "Ms Suu Kyi", "Suu Kyi"],
        "slorc": ["State and Order Restoration Council", "Slorc"],
        "asean": ["Asean"],
    },
    meetings=[
        # "Mr Ramos and Senior General Than Shwe ... held talks before witnessing the signing
        # ceremony at the National Assembly building" with "Earlier, the President was welcomed
        # at the airport by Gen Than Shwe" (the same pair, day and place: one row) -> held,
        # 1997-10-16 ("arrived here yesterday" in the 17/10/97 item; see the notes), Yangon (the
        # dateline).
        M(["fidel_ramos", "than_shwe"], "1997-10-16", "Yangon", IP, H,
          "Mr Ramos and Senior General Than Shwe, chairman of Myanmar's State and Order Restoration Council (Slorc), held talks before witnessing the signing ceremony at the National Assembly building, a Philippine government statement said."),
        # "... the Philippine President intimated he was seeking to meet Ms Suu Kyi ..." with
        # "However, it was believed to be unlikely that such a meeting would take place." ->
        # planned (intended), date null, place null; required false (reported as unlikely to
        # take place).
        M(["fidel_ramos", "aung_san_suu_kyi"], None, None, IP, P,
          "Before leaving Manila, the Philippine President intimated he was seeking to meet Ms Suu Kyi, in what would be an unprecedented meeting between a foreign head of state and Myanmar's most prominent opposition figure.", False),
        # Not rows: the signing of the agreements by "Both countries" (documents); the 21-gun
        # salute and the school children (a ceremony); "the Yangon-based diplomatic corps"
        # (unnamed). Not annotated: "a Philippine government statement" (generic); Myanmar,
        # Manila, Yangon, Rangoon, the National Assembly building (places); "Myanmar official
        # media" (unnamed). Removed: at the start, the archive's navigation line "[Date Prev]
        # [Date Next][Thread Prev][Thread Next][Date Index ][Thread Index ]"; at the end, the
        # fragment "Myanmar's entry into Asean wa". Kept as found: the list heading
        # "COLLABORATOR RAMOS IN RANGOON", the hard line breaks, indents and trailing spaces,
        # "State and Order Restoration Council" (for State Law and Order).
    ],
    roles=[("the President", "fidel_ramos"), ("the Philippine President", "fidel_ramos"),
           ("chairman of Myanmar's State and Order Restoration Council", "than_shwe"),
           ("leading dissident", "aung_san_suu_kyi"), ("Myanmar's most prominent opposition figure", "aung_san_suu_kyi")],
)

_GS = "The Georgian PM will meet with the Armenian President Serzh Sargsyan and Prime Minister Tigran Sargsyan."
A["test_15207_gilauri_armenia_visit_planned"] = dict(
    actors={
        "nika_gilauri": ["Prime Minister Nika Gilauri", "Nika Gilauri"],
        "serzh_sargsyan": ["Serzh Sargsyan"],
        "tigran_sargsyan": ["Prime Minister Tigran Sargsyan", "Tigran Sargsyan"],
    },
    meetings=[
        # "The Georgian PM will meet with the Armenian President Serzh Sargsyan and Prime
        # Minister Tigran Sargsyan." -> two planned rows (separate interactions; the text does
        # not say they meet together), 2011-02-16 (the visit, "on Wednesday", was cut to "a
        # single day visit"), Armenia (no city in the text). Status follows the text's "will
        # meet" although the visit itself is reported in the past.
        M(["nika_gilauri", "serzh_sargsyan"], "2011-02-16", "Armenia", IP, P, _GS),
        M(["nika_gilauri", "tigran_sargsyan"], "2011-02-16", "Armenia", IP, P, _GS),
        # Not rows: the visit "initially scheduled for Feb.15" (a rescheduled date of the same
        # visit). Not annotated: "A Georgian governmental delegation" (unnamed). Removed: at the
        # end, the site's "Check Also" block (a related-link teaser about Erdogan). Nothing at
        # the start. Kept as found: "vists", "Feb.15".
    ],
    roles=[("The Georgian PM", "nika_gilauri"), ("the Armenian President", "serzh_sargsyan")],
)

A["dev_15208_reagan_vranitzky_remarks"] = dict(
    actors={
        "franz_vranitzky": ["Austrian Chancellor Vranitzky", "Chancellor Vranitzky", "Vranitzky"],
        "kurt_waldheim": ["Austrian President Kurt Waldheim", "Kurt Waldheim", "Mr. Waldheim"],
        "us_department_of_justice": ["Justice Department"],
        "united_nations": ["United Nations", "U.N."],
    },
    meetings=[
        # "Austrian Chancellor Vranitzky and I have had a very good meeting." -> held,
        # 1987-05-21 (the remarks' date; "have had"), place null (none in the text). The
        # speaker "I" is never named in the text: a one-party row (as the unnamed UK "Prime
        # Minister" of the GOV.UK readouts).
        M(["franz_vranitzky"], "1987-05-21", None, IP, H,
          "Austrian Chancellor Vranitzky and I have had a very good meeting."),
        # Not rows: "Both of us agreed at the conclusion of our meeting" (the same meeting); the
        # visa decision (an administrative act). Not annotated: "the Austrian Government", "the
        # U.S. Government" (governments); Austria, the United States, Cyprus, the Golan Heights
        # (places). Removed: at the end, the page's metadata lines " " / "Date" / "05/21/1987".
        # Nothing at the start (the excerpt begins with the date line; the page title is not in
        # it).
    ],
    roles=[("the Chancellor", "franz_vranitzky"), ("Austrian President", "kurt_waldheim"),
           ("former Secretary-General of the United Nations", "kurt_waldheim")],
)

A["dev_15209_bagabandy_jiang_visit_planned"] = dict(
    actors={
        "natsagiin_bagabandi": ["Mongolian President Nachagyn Bagabandy", "Nachagyn Bagabandy", "Bagabandy"],
        "jiang_zemin": ["Chinese President Jiang Zemin", "Jiang Zemin"],
    },
    meetings=[
        # "... the forthcoming state visit by Chinese President Jiang Zemin to Mongolia ..." with
        # "The visit, scheduled for July 15-17" -> planned, Jiang and his host Bagabandy (the
        # speaker, hailing the visit to his country), date null (a range), Mongolia (no city
        # for the visit; Ulan Bator is the place of the interview).
        M(["jiang_zemin", "natsagiin_bagabandi"], None, "Mongolia", IP, P,
          "Mongolian President Nachagyn Bagabandy said that the forthcoming state visit by Chinese President Jiang Zemin to Mongolia will be of great significance for the development of relations between the two countries."),
        # Not rows: Bagabandy's "interview with Chinese correspondents in Ulan Bator" (an
        # interview); his three visits to China, "the latest in December last year" (visits to
        # a country, no counterpart named, no single meeting); the 1994 pact (a treaty). Not
        # annotated: "Chinese correspondents" (unnamed); China, Mongolia, Russia, Ulan Bator,
        # the Asian-Pacific region (places). Removed: at the start, the site's image and header
        # lines ("blank.gif (49 bytes)ad_haier1.gif (5482 bytes)" and "blank.gif (49
        # bytes)14/07/1999, updated at 16:00 ... search.gif (947 bytes)"); at the end, the
        # cut-off sentence ("The president said that Mongolia will make all efforts to further
        # boost ties with China in line with the pact on developing friendship and cooperation
        # between Mongolia and C"). Kept as found: the two-space indents; the spelling
        # "Nachagyn Bagabandy" (the key is the corpus's natsagiin_bagabandi).
    ],
    roles=[("Mongolian President", "natsagiin_bagabandi"), ("The Mongolian president", "natsagiin_bagabandi"),
           ("Chinese President", "jiang_zemin")],
)

A["dev_15210_trudeau_moe_ottawa"] = dict(
    actors={
        "justin_trudeau": ["Prime Minister Justin Trudeau", "Justin Trudeau", "Trudeau"],
        "scott_moe": ["Saskatchewan Premier Scott Moe", "Scott Moe", "Premier Moe", "Moe"],
        "prime_ministers_office_canada": ["Prime Minister’s Office", "PMO"],
    },
    meetings=[
        # Caption: "Prime Minister Justin Trudeau meets with Premier of Saskatchewan Scott Moe in
        # his office on Parliament Hill in Ottawa on Nov. 12, 2019." (= "a closed-door meeting
        # Tuesday", "his one-on-one with Justin Trudeau") -> held, 2019-11-12, Ottawa.
        M(["justin_trudeau", "scott_moe"], "2019-11-12", "Ottawa", IP, H,
          "Prime Minister Justin Trudeau meets with Premier of Saskatchewan Scott Moe in his office on Parliament Hill in Ottawa on Nov. 12, 2019."),
        # Not rows: the PMO's readout and Moe's remarks "to reporters" (statements); the
        # "election-night pledge" (a statement). Not annotated: the photo credit "Justin
        # Tang/CP"; "HuffPost" / "HuffPost Canada" (the outlet in the header lines); Ottawa,
        # Parliament Hill, Saskatchewan (places). Removed: at the start, the mirror site's line
        # "Home WebMail Friday, November 1, 2024, 08:16 PM | Calgary | -1.7°C | Regions Advertise
        # Login | Our platform is in maintenance mode. Some URLs may not be available. |"; at the
        # end, the cut-off sentence ("He did not provide a further explanation on what e").
        # Kept as found: the header lines "Posted: ... | HuffPost" and the archive note, the
        # chrome inside the text ("|", "Open Image Modal", the "Watch:" line and the blank
        # line), "Theyre".
    ],
    roles=[("Premier of Saskatchewan", "scott_moe"), ("The Saskatchewan premier", "scott_moe"),
           ("the prime minister", "justin_trudeau")],
)

A["test_15211_lukashenko_bogomaz_regions_forum"] = dict(
    actors={
        "alexander_lukashenko": ["Alexander Lukashenko", "President Lukashenko"],
        "vladimir_putin": ["Vladimir Putin"],
        "alexander_bogomaz": ["Bryansk Governor Alexander Bogomaz", "Alexander Bogomaz"],
    },
    meetings=[
        # "These issues were discussed today at the meeting of President Lukashenko and Bryansk
        # Governor Alexander Bogomaz." -> held, 2019-12-13 ("today"), Belarus (no city; "your
        # visit" and "regular visits of Russian governors to Belarus" place the visit in
        # Belarus; see the notes).
        M(["alexander_lukashenko", "alexander_bogomaz"], "2019-12-13", "Belarus", IP, H,
          "These issues were discussed today at the meeting of President Lukashenko and Bryansk Governor Alexander Bogomaz."),
        # Not rows: "Presidents Alexander Lukashenko and Vladimir Putin are confident that ...
        # regional interaction, which was discussed today at the 7th Forum of Regions of Russia
        # and Belarus." (a forum, i.e. a multilateral event; no Lukashenko-Putin meeting is
        # reported); "regular visits of Russian governors to Belarus" (no specific visit); the
        # programme "Minsk and Bryansk signed" (a document; cities as parties). Not annotated:
        # the 7th Forum of Regions (an event); Minsk, Bryansk, Belarus, Russia (places).
        # Removed: at the start, the tool's " date 2019-12-13 " prefix. Nothing at the end.
    ],
    roles=[("Bryansk Governor", "alexander_bogomaz")],
)

A["dev_15212_johnson_costa_call"] = dict(
    actors={
        "boris_johnson": ["Prime Minister Johnson"],
        "antonio_costa": ["Prime Minister António Costa", "António Costa"],
        "european_union": ["EU"],
        "parliament_of_the_united_kingdom": ["Parliament"],
    },
    meetings=[
        # "The Prime Minister spoke to Prime Minister António Costa of Portugal this afternoon."
        # (a No. 10 call readout; "The Prime Minister" is "Prime Minister Johnson" in the next
        # sentences) -> phone, held, 2019-08-12, place null.
        M(["boris_johnson", "antonio_costa"], "2019-08-12", None, PH, H,
          "The Prime Minister spoke to Prime Minister António Costa of Portugal this afternoon."),
        # Not rows: Brexit, the Withdrawal Agreement (a treaty), Parliament's votes. Not
        # annotated: Portugal, the UK (states). Removed: at the start, the tool's " date
        # 2019-08-12 " prefix. Nothing at the end.
    ],
    roles=[("The Prime Minister", "boris_johnson")],
)
