"""Accuracy corpus, batch 79a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 79b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: one, 1990s: three, 2000s: two, 2010s: two, 2020s: three; five of the
twelve from before 2000).
Outlets/sites: RFE/RL (1997, 2005), the Manila Bulletin (2023), nigeriatoday.ng (2017), the Los
Angeles Times (1985 and 1995), the Baltimore Sun (a New York Times News Service story, 2007),
Newstalk (2019), the driftline.org mailing-list archive (a forwarded Reuters report, 1997), The
Press, Christchurch, via Papers Past (1977), MercoPress (2025) and NOW Toronto (2025). All are news
stories: no official release, parliamentary record or diplomatic cable.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
79b) and so are the meetings (grep of the corpus texts for the principals; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_79a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-78b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_156NN_<slug>` / `test_156NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline's "Moscow, 28 May 1997" (a Wednesday, checked): "today" -> 1997-05-28; Yeltsin's
    # visit "Friday and Saturday" (30-31 May) is a range -> null.
    ("dev_15601_chernomyrdin_kuchma_kyiv", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1084844.html", "1997-05-28"),
    # The page's "Published Sep 9, 2023 03:26 am" (a Saturday, checked; the address has 2023/9/8,
    # the page's own date line is used); "on Sept. 6" -> 2023-09-06 (year of publication).
    ("dev_15602_marcos_jakarta_bilaterals", "Southeast Asia", "2020s", "Manila Bulletin (mb.com.ph)", "https://mb.com.ph/2023/9/8/what-went-down-on-marcos-bilateral-meetings-in-jakarta", "2023-09-09"),
    # The tool's date 2017-05-02 (a Tuesday, checked) and the address's 2017/05: "on Monday" ->
    # 2017-05-01 (a Monday, checked).
    ("test_15603_obasanjo_ibb_abdulsalami_minna", "Africa", "2010s", "Nigeria Today (nigeriatoday.ng)", "http://www.nigeriatoday.ng/2017/05/obasanjo-ibb-abdulsalami-secretly-meet-in-minna/", "2017-05-02"),
    # The dateline's "Prague, 8 April 2005" (a Friday, checked): "today" -> 2005-04-08.
    ("dev_15604_nazarbaev_putin_visit", "Central Asia/Caucasus", "2000s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1058342.html", "2005-04-08"),
    # The page's "October 29, 1985" and the address's 1985-10-29 (a Tuesday, checked): "Monday" ->
    # 1985-10-28, "today" -> 1985-10-29.
    ("dev_15605_hussein_arafat_nedwa", "Middle East", "1980s", "Los Angeles Times (articles.latimes.com)", "http://articles.latimes.com/1985-10-29/news/mn-13041_1_plo-chairman-yasser-arafat", "1985-10-29"),
    # The page's "December 27, 2007" and the address's 2007-12-27 (a Thursday, checked):
    # "yesterday" -> 2007-12-26.
    ("dev_15606_karzai_musharraf_islamabad", "South Asia", "2000s", "The Baltimore Sun (articles.baltimoresun.com; New York Times News Service)", "http://articles.baltimoresun.com/2007-12-27/news/0712270213_1_karzai-president-pervez-musharraf-pakistan", "2007-12-27"),
    # The address's 1995-11-14 (a Tuesday, checked; no date line in the excerpt): "today" ->
    # 1995-11-14.
    ("test_15607_jiang_kim_young_sam_visit", "East Asia", "1990s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1995-11-14-mn-3079-story.html", "1995-11-14"),
    # The page's "15.05 8 Sep 2019" (a Sunday, checked): "tomorrow" -> 2019-09-09 (a Monday).
    ("dev_15608_varadkar_johnson_dublin_planned", "Western Europe", "2010s", "Newstalk (newstalk.com)", "https://www.newstalk.com/news/hard-brexit-varadkar-johnson-talks-902314", "2019-09-08"),
    # The forwarded Reuters report's "On Mon, 13 Jan 1997" (a Monday, checked) is used as the
    # publication date (the archived message itself is dated "Thu, 16 Jan 97", a header line
    # trimmed at the start, see below): "Monday" -> 1997-01-13 (the same day from either date).
    ("dev_15609_aleman_ortega_managua", "Latin America", "1990s", "driftline.org mailing-list archive (marxism-international; a forwarded Reuters report)", "http://www.driftline.org/cgi-bin/archive/archive_msg.cgi?file=spoon-archives/marxism-international.archive/marxism-international_1997/97-01-19.123&msgnum=7&start=489&end=550", "1997-01-13"),
    # The address's CHP19770902 = Press, 2 September 1977 (a Friday, checked): "last evening" ->
    # 1977-09-01.
    ("dev_15610_muldoon_brisbane_banquet", "Oceania", "1970s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz)", "https://paperspast.natlib.govt.nz/newspapers/CHP19770902.2.40", "1977-09-02"),
    # The address's 2025/05/08 (a Thursday, checked); the meetings are dated only "on his first
    # day in office" -> null.
    ("test_15611_merz_macron_tusk_first_day", "Western Europe", "2020s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2025/05/08/new-german-chancellor-wants-eu-mercosur-deal-expedited", "2025-05-08"),
    # The tool's date 2025-06-03 (a Tuesday, checked). A zero-row control ("on Monday" would be
    # 2025-06-02, not used).
    ("dev_15612_first_ministers_saskatoon", "North America", "2020s", "NOW Toronto (nowtoronto.com)", "https://nowtoronto.com/news/premier-doug-ford-joins-prime-minister-mark-carney-and-other-leaders-at-first-ministers-meeting/", "2025-06-03"),
]

A = {}

A["dev_15601_chernomyrdin_kuchma_kyiv"] = dict(
    actors={
        "viktor_chernomyrdin": ["Viktor Chernomyrdin", "Chernomyrdin"],
        "boris_yeltsin": ["President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "leonid_kuchma": ["President Leonid Kuchma", "Leonid Kuchma", "Kuchma"],
        "black_sea_fleet": ["Black Sea Fleet"],
    },
    meetings=[
        # "Chernomyrdin will meet Kuchma and other top Ukrainian officials in Kyiv today." ->
        # planned (announced for the day of the item), 1997-05-28, Kyiv.
        M(["viktor_chernomyrdin", "leonid_kuchma"], "1997-05-28", "Kyiv", IP, P,
          "Chernomyrdin will meet Kuchma and other top Ukrainian officials in Kyiv today."),
        # "... he and Yeltsin this time will meet and sign a "wide-range friendship treaty. "" with
        # "Yeltsin is scheduled to visit Ukraine's capital Friday and Saturday" and "the visit to
        # Kyiv" -> planned, date null (a two-day range), Kyiv.
        M(["leonid_kuchma", "boris_yeltsin"], None, "Kyiv", IP, P,
          "Kuchma yesterday told journalists in Estonia's capital, Tallinn, that he is \"extremely optimistic\" he and Yeltsin this time will meet and sign a \"wide-range friendship treaty. \""),
        # Not rows: Kuchma's remarks to journalists in Tallinn (a statement, the journalists
        # unnamed); "Yeltsin has postponed the visit to Kyiv ... at least six times" (visits that
        # did not take place); "Kuchma cautioned last week" (a statement); the treaty (a
        # document). Not annotated: the agency credit "(RFE/RL)" in the dateline; "other top
        # Ukrainian officials", "Russian officials", "some forces" (unnamed); the Soviet Union,
        # Russia, Ukraine, Moscow, Kyiv, Tallinn, Estonia, Sevastopol, Crimea (places/states).
        # Removed: at the start, the site lines "Accessibility links" and "Breaking News"; at the
        # end, the cut-off sentence ("Last week, Kuchma said he and Yeltsin should not s"). Kept
        # as found: the space before the closing quote in "treaty. "".
    ],
    roles=[("Russia's Prime Minister", "viktor_chernomyrdin"), ("Ukraine's President", "leonid_kuchma")],
)

_MB = ("Here is a look back at Marcos' meetings with Canadian Prime Minister Justin Trudeau, Cambodian Prime Minister Hun Manet, Vietnamese Prime Minister Pham Minh Chinh, Cook Islands Prime Minister Mark Brown, and South Korean President Yoon Suk Yeol.")
A["dev_15602_marcos_jakarta_bilaterals"] = dict(
    actors={
        "ferdinand_marcos_jr": ["President Ferdinand \"Bongbong\" Marcos Jr.", "President Ferdinand \u2018Bongbong\u2019 Marcos Jr.", "President Marcos", "Marcos"],
        "justin_trudeau": ["Canadian Prime Minister Justin Trudeau", "Justin Trudeau", "Prime Minister Trudeau", "Trudeau"],
        "hun_manet": ["Cambodian Prime Minister Hun Manet", "Hun Manet"],
        "pham_minh_chinh": ["Vietnamese Prime Minister Pham Minh Chinh", "Pham Minh Chinh"],
        "mark_brown": ["Cook Islands Prime Minister Mark Brown", "Mark Brown"],
        "yoon_suk_yeol": ["South Korean President Yoon Suk Yeol", "Yoon Suk Yeol"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "President Marcos' first bilateral meeting was with Prime Minister Trudeau on Sept. 6."
        # -> held, 2023-09-06, Jakarta (the headline's "bilateral meetings in Jakarta").
        M(["ferdinand_marcos_jr", "justin_trudeau"], "2023-09-06", "Jakarta", IP, H,
          "President Marcos' first bilateral meeting was with Prime Minister Trudeau on Sept. 6."),
        # The other four bilaterals of the list -> held, date null (no day in the excerpt; the
        # summit ran to "Sept. 7"), Jakarta.
        M(["ferdinand_marcos_jr", "hun_manet"], None, "Jakarta", IP, H, _MB),
        M(["ferdinand_marcos_jr", "pham_minh_chinh"], None, "Jakarta", IP, H, _MB),
        M(["ferdinand_marcos_jr", "mark_brown"], None, "Jakarta", IP, H, _MB),
        M(["ferdinand_marcos_jr", "yoon_suk_yeol"], None, "Jakarta", IP, H, _MB),
        # "He had a brief conversation about the South China Sea with the leaders of Japan and
        # the US." -> held, counterparts by role only (unnamed): a one-party Marcos row, date
        # null, Jakarta; required false (a brief informal conversation, possibly one three-way
        # exchange or two, see the notes).
        M(["ferdinand_marcos_jr"], None, "Jakarta", IP, H,
          "He had a brief conversation about the South China Sea with the leaders of Japan and the US.", False),
        # Not rows: "five bilateral meetings" / "He met with the leaders of Canada, ..." (the
        # same five meetings, counted); the 43rd ASEAN Summit and "leaders-level summits"
        # (plenaries); "Trudeau invited Marcos to visit Canada next year" (an invitation, not
        # accepted in the text). Not annotated: the photo credit "(ASEAN Media Center)" in the
        # doubled caption line; "other world leaders" (unnamed); Jakarta, Indonesia, Canada,
        # Cambodia, Vietnam, the Cook Islands, South Korea, Japan, the US, the Philippines, the
        # South China Sea (places/states). Removed: at the start, the site line "ADVERTISEMENT";
        # at the end, a trailing space only (the excerpt ends with a complete sentence). Kept as
        # found: the doubled caption line, the straight and the curly quotes around "Bongbong",
        # "inverted\u2014 with".
    ],
    roles=[("the President", "ferdinand_marcos_jr"), ("Canadian Prime Minister", "justin_trudeau"),
           ("Cambodian Prime Minister", "hun_manet"), ("Vietnamese Prime Minister", "pham_minh_chinh"),
           ("Cook Islands Prime Minister", "mark_brown"), ("South Korean President", "yoon_suk_yeol")],
)

_MN = ("Three former Nigerian presidents, Olusegun Obasanjo, Ibrahim Babangida (IBB) and Abdulsalami Abubakar on Monday, met in Minna, Niger State.")
A["test_15603_obasanjo_ibb_abdulsalami_minna"] = dict(
    actors={
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo"],
        "ibrahim_babangida": ["Ibrahim Babangida", "IBB", "Babangida"],
        "abdulsalami_abubakar": ["Abdulsalami Abubakar", "Abdulsalami"],
        "leadership": ["Leadership"],
    },
    meetings=[
        # A meeting of three named former presidents -> one held row per pair, 2017-05-01 ("on
        # Monday" in a Tuesday item), Minna (at IBB's "hilltop home").
        M(["olusegun_obasanjo", "ibrahim_babangida"], "2017-05-01", "Minna", IP, H, _MN),
        M(["olusegun_obasanjo", "abdulsalami_abubakar"], "2017-05-01", "Minna", IP, H, _MN),
        M(["ibrahim_babangida", "abdulsalami_abubakar"], "2017-05-01", "Minna", IP, H, _MN),
        # Not rows: "Visitors who usually besiege Babangida's house" (unnamed, turned away). Not
        # annotated: Minna, Niger State (places). "Leadership" is a newspaper cited as a source
        # (annotated, as Kyodo/Dawn in earlier batches). Removed: at the start, the tool's
        # " date 2017-05-02 " prefix with the site line "Pages Navigation Menu". Nothing at the
        # end: the page's own summary ends in "[\u2026]", kept as found.
    ],
    roles=[],
)

A["dev_15604_nazarbaev_putin_visit"] = dict(
    actors={
        "nursultan_nazarbayev": ["Kazakh President Nursultan Nazarbaev", "Nursultan Nazarbaev", "President Nazarbaev", "Nazarbaev"],
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "President Putin", "Putin"],
        "askar_akayev": ["Kyrgyz President Askar Akaev", "Askar Akaev"],
        "john_mccloud": ["John McCloud"],
        "institute_for_war_and_peace_reporting": ["Institute for War and Peace Reporting", "IWPR"],
        "cis": ["Commonwealth of Independent States", "CIS"],
        "collective_security_treaty_organization": ["Collective Security Treaty Organization"],
        "eurasian_economic_community": ["Eurasian Economic Community"],
    },
    meetings=[
        # Headline "President Is Latest CIS Leader To Meet With Putin", "due to arrive in Russia
        # today", "today's meeting" and "will be discussing with President Putin" -> planned,
        # 2005-04-08, Russia (no city).
        M(["nursultan_nazarbayev", "vladimir_putin"], "2005-04-08", "Russia", IP, P,
          "The president of Kazakhstan will be discussing with President Putin the joint development of the Caspian Sea's oil and gas deposits, Russia's leasing of the Baikonur cosmodrome, and further ties among Commonwealth of Independent States, or CIS, Collective Security Treaty countries."),
        # Not rows: "the latest in a line of CIS leaders to visit Russian President Vladimir
        # Putin" and "Putin's recent discussions" (earlier visits, none named); the ouster of
        # Akaev (no meeting); McCloud's assessment (a comment to the outlet). Not annotated: the
        # agency credit "(RFE/RL)" in the dateline; "(file photo)" (caption text); Kazakhstan,
        # Russia, Kyrgyzstan, Prague, London, Central Asia, the Caspian Sea, Baikonur (places).
        # Removed: at the start, the site lines "Accessibility links" and "Breaking News"; at the
        # end, the cut-off quotation ("\"It's of great importance to both of them [Russia and
        # Kazakhstan] ... in a sense a client o", the whole paragraph). Kept as found: the caption
        # "Kazakh President Nursultan Nazarbaev (file photo)" run into the first sentence, the
        # repeated sentence "The most immediate topic on the agenda ...".
    ],
    roles=[("The president of Kazakhstan", "nursultan_nazarbayev"), ("Kazakh President", "nursultan_nazarbayev"),
           ("Russian President", "vladimir_putin"), ("Kyrgyz President", "askar_akayev")],
)

A["dev_15605_hussein_arafat_nedwa"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein of Jordan", "King Hussein", "Hussein"],
        "yasser_arafat": ["PLO Chairman Yasser Arafat", "Yasser Arafat", "Arafat"],
        "plo": ["Palestine Liberation Organization", "PLO"],
    },
    meetings=[
        # "King Hussein of Jordan met Monday with leaders of the Palestine Liberation
        # Organization ..." with "The king spent 2 1/2 hours with PLO Chairman Yasser Arafat ..."
        # -> held, 1985-10-28, Amman (dateline; Nedwa Palace). Arafat's seven aides are
        # attendees (unnamed).
        M(["hussein_bin_talal", "yasser_arafat"], "1985-10-28", "Amman", IP, H,
          "The king spent 2 1/2 hours with PLO Chairman Yasser Arafat and seven of Arafat's senior aides and advisers at Hussein's Nedwa Palace."),
        # "An Arafat spokesman said the talks are likely to be resumed today." -> planned,
        # 1985-10-29, Amman; required false (only "likely", the parties implied by "the talks").
        M(["hussein_bin_talal", "yasser_arafat"], "1985-10-29", "Amman", IP, P,
          "An Arafat spokesman said the talks are likely to be resumed today.", False),
        # Not rows: "Hussein has told interviewers" (media interviews); "the cancellation of
        # talks between a Jordanian-PLO delegation and British officials" (did not take place,
        # unnamed); the Hussein-Arafat accord of Feb. 11 (a document); the palace statement (a
        # statement). Not annotated: the byline "CHARLES P. WALLACE | Times Staff Writer"; "an
        # Arafat spokesman", "a spokesman for Hussein" (unnamed); the Achille Lauro (a ship);
        # Amman, Jordan, Israel, Nedwa Palace (places/buildings). Removed: at the start, the site
        # line "YOU ARE HERE: LAT HomeCollections"; at the end, the cut-off sentence ("\"The two
        # sides,\" the statement continued, \"reviewed developments which took place in recent
        # weeks and "). Kept as found: the subhead "Subtlety of Phrasing", ". . . . ".
    ],
    roles=[("The king", "hussein_bin_talal"), ("the king", "hussein_bin_talal"), ("PLO Chairman", "yasser_arafat")],
)

A["dev_15606_karzai_musharraf_islamabad"] = dict(
    actors={
        "hamid_karzai": ["Afghan President Hamid Karzai", "Hamid Karzai", "Karzai"],
        "pervez_musharraf": ["President Pervez Musharraf", "Pervez Musharraf", "Musharraf"],
        "benazir_bhutto": ["Benazir Bhutto", "Bhutto"],
        "taliban": ["Taliban"],
    },
    meetings=[
        # "... after an unusually cordial meeting here yesterday ..." -> held, 2007-12-26
        # ("yesterday" in a Thursday 27 December item), Islamabad (dateline, "here").
        M(["hamid_karzai", "pervez_musharraf"], "2007-12-26", "Islamabad", IP, H,
          "ISLAMABAD, Pakistan -- Afghan President Hamid Karzai and President Pervez Musharraf of Pakistan signaled an improvement in relations between their two countries after an unusually cordial meeting here yesterday and called for greater cooperation in fighting terrorism."),
        # "... where he would also meet with the opposition politician Benazir Bhutto ..." ->
        # planned, date null (during "a two-day visit", no day), Islamabad ("the Pakistani
        # capital").
        M(["hamid_karzai", "benazir_bhutto"], None, "Islamabad", IP, P,
          "Karzai was on a two-day visit to the Pakistani capital, where he would also meet with the opposition politician Benazir Bhutto, a statement from the Afghan president's office said."),
        # Not rows: "the two men emerged yesterday from their discussions" and "their talks"
        # (the same meeting); the news briefing (a press event); the accusations "over the past
        # two years" (statements). Not annotated: the credit line "By New York Times News
        # Service."; "the Afghan president's office" (unnamed office); Islamabad, Pakistan,
        # Afghanistan (places). Removed: at the end, the site block "Baltimore Sun Articles" /
        # "Please note the green-lined linked article text has been applied commercially ...".
        # Nothing at the start.
    ],
    roles=[("Afghan President", "hamid_karzai"), ("the opposition politician", "benazir_bhutto")],
)

A["test_15607_jiang_kim_young_sam_visit"] = dict(
    actors={
        "jiang_zemin": ["Chinese President Jiang Zemin", "Jiang Zemin", "Jiang"],
        "kim_young_sam": ["South Korean President Kim Young Sam", "Kim Young Sam", "Kim"],
        "hwang_byung_tai": ["Hwang Byung Tai"],
        "national_assembly_south_korea": ["National Assembly"],
    },
    meetings=[
        # "... Chinese President Jiang Zemin met today with South Korean President Kim Young Sam
        # ..." (= "a 70-minute meeting", "the summit meeting") -> held, 1995-11-14, South Korea
        # (no city for the meeting; "Seoul" is used only as metonymy for the government).
        M(["jiang_zemin", "kim_young_sam"], "1995-11-14", "South Korea", IP, H,
          "In a milestone visit symbolizing a new era of pragmatic diplomacy toward the Koreas, Chinese President Jiang Zemin met today with South Korean President Kim Young Sam and urged deeper economic ties."),
        # "... Jiang later appealed for more investment in a luncheon meeting with Korean
        # business executives." -> held, unnamed counterparts: a one-party Jiang row,
        # 1995-11-14, South Korea; required false (a luncheon with business people, not
        # political actors).
        M(["jiang_zemin"], "1995-11-14", "South Korea", IP, H,
          "Kim also pledged to establish a vocational training center in China, while Jiang later appealed for more investment in a luncheon meeting with Korean business executives.", False),
        # Not rows: Jiang's "address to the National Assembly today" (a speech to a plenary);
        # visits to plants (no counterpart); Hwang's comments (a statement). Not annotated:
        # "his delegation", "Korean business executives" (unnamed); Beijing, Seoul, Pyongyang
        # (metonymy), South Korea, China, Japan, North Korea, the United States (places/states).
        # Removed: at the end, the cut-off quotation ("\u201cThe major obstacle standing in the
        # way of improving relations in the truest sense is Beijing\u2019s bidirectional stance
        # and its v"). Nothing at the start. Kept as found: the blank lines.
    ],
    roles=[("Chinese President", "jiang_zemin"), ("South Korean President", "kim_young_sam"),
           ("South Korean ambassador to China", "hwang_byung_tai")],
)

A["dev_15608_varadkar_johnson_dublin_planned"] = dict(
    actors={
        "leo_varadkar": ["Leo Varadkar", "Mr Varadkar", "Mr Vardakar", "Varadkar"],
        "boris_johnson": ["Boris Johnson", "Johnson"],
        "european_council": ["European Council"],
        "european_union": ["EU"],
        "eu_taskforce": ["EU taskforce"],
    },
    meetings=[
        # "... when he meets Boris Johnson in Dublin tomorrow." (= "their first formal bilateral
        # meeting", "that's what will happen tomorrow") -> planned, 2019-09-09, Dublin.
        M(["leo_varadkar", "boris_johnson"], "2019-09-09", "Dublin", IP, P,
          "Leo Varadkar says he will be looking to see if there's any \"common ground\" when he meets Boris Johnson in Dublin tomorrow."),
        # Not rows: the Taoiseach's visit to Dublin Port "to inspect facilities" (no
        # counterpart); "Speaking to reporters" (a statement); the European Council summit in
        # October (a plenary); negotiations between the EU taskforce and the UK government
        # (unnamed negotiators). Not annotated: the byline "Stephen McNeice" (twice, with the
        # time line); "the British government", "the UK government", "other EU member states"
        # (governments/states); Dublin, Dublin Port, Brussels, Ireland, Northern Ireland
        # (places). Removed: at the end, the cut-off sentence ("\"I don't know if we can find some
        # common ground around a Northern Ireland unique solution - but we've always said as a
        # Government that's something we'"). Nothing at the start. Kept as found: the headline
        # block repeated with "Boris Jo..." and "Share this article", the typo "Mr Vardakar", the
        # unclosed quotation of the last paragraph.
    ],
    roles=[("The Taoiseach", "leo_varadkar"), ("the Taoiseach", "leo_varadkar"), ("British prime minister", "boris_johnson")],
)

A["dev_15609_aleman_ortega_managua"] = dict(
    actors={
        "arnoldo_aleman": ["President Arnoldo Aleman", "Arnoldo Aleman", "Aleman"],
        "daniel_ortega": ["Daniel Ortega", "Ortega"],
        "sandinistas": ["Sandinistas", "Sandinista"],
        "liberal_alliance": ["Liberal Alliance"],
    },
    meetings=[
        # "... Monday when President Arnoldo Aleman and left-wing opposition leader Daniel Ortega
        # met ..." (= "the meeting in Aleman's presidential office") -> held, 1997-01-13,
        # Managua (dateline). Four Sandinista council members accompanied Ortega (unnamed
        # attendees). The evidence keeps the mail quote markers "> " of the line starts.
        M(["arnoldo_aleman", "daniel_ortega"], "1997-01-13", "Managua", IP, H,
          "Nicaragua took a major step toward > political stability Monday when President Arnoldo Aleman and > left-wing opposition leader Daniel Ortega met and agreed to > continue negotiations to end hostilites."),
        # Not rows: Ortega's words to reporters and the "separate news conferences" (press
        # events); "the joint photo opportunity" (the same meeting); "agreed to continue
        # negotiations" (no specific later meeting). Not annotated: the agency credit "(Reuter)"
        # in the dateline; "four members of the Sandinista ruling council", "analysts"
        # (unnamed); Managua, Nicaragua (places). Removed: at the start, the archive's header line
        # "File spoon-archives/marxism-international.archive/marxism-international_1997/
        # 97-01-19.123, message 7" and the mail header lines up to the forwarded message's own
        # header (From/Subject/Date of the list message, "Forwarded message:", the forwarded
        # Date/From/To lines with two private mail addresses); the text starts at the forwarded
        # "> Subject:" line; at the end, the cut-off quotation ("> <P>\t ``This is a good signal
        # that the country is now on the roa"). Kept as found: the "> " quote markers, the
        # "<P>"/"</P>" tags and tabs, the `` '' quotes, the typo "hostilites".
    ],
    roles=[("left-wing opposition leader", "daniel_ortega"), ("a former president", "daniel_ortega")],
)

A["dev_15610_muldoon_brisbane_banquet"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Muldoon", "Muidoon"],
        "joh_bjelke_petersen": ["Mr Joh Bjetke-i*. Petersen"],
    },
    meetings=[
        # A near-zero control. "In a speech to a banquet given bv the Premier of|* Queensland (Mr
        # Joh Bjetke-i*. Petersen)." -> Muldoon spoke at a banquet hosted by the Premier: held,
        # 1977-09-01 ("last evening" in a Friday 2 September paper), Brisbane; required false (a
        # speech at a banquet rather than reported talks of the two men; see the notes).
        M(["robert_muldoon", "joh_bjelke_petersen"], "1977-09-01", "Brisbane", IP, H,
          "In a speech to a banquet given bv the Premier of|* Queensland (Mr Joh Bjetke-i*. Petersen).", False),
        # Not rows: the appeal and the address (a speech); "We are prepared to play our part"
        # (no meeting). Not annotated: the agency byline "NZPA Brisbane"; "ordinary Australian
        # and New Zealand citizens", "various state Governments" (generic); Brisbane, Queensland,
        # New Zealand, Australia, the Tasman (places). Removed: at the start, eight "Article
        # image" lines; at the end, the cut-off sentence ("Mr Muldoon said ordinary - Australian
        # and New Zealand j citizens believed the closest r and most cordial relations < should
        # be"). Kept as found: all OCR noise ("Mr Mui- J. doon", "Bjetke-i*. Petersen", "bv",
        # "Muidoon", "*\u25a0", "\u00a3" and the like) and the paragraph break inside "the restc / must be
        # done".
    ],
    roles=[("Prime Minister", "robert_muldoon")],
)

A["test_15611_merz_macron_tusk_first_day"] = dict(
    actors={
        "friedrich_merz": ["Chancellor Friedrich Merz", "Friedrich Merz", "Merz"],
        "emmanuel_macron": ["French President Emmanuel Macron", "Emmanuel Macron", "Macron"],
        "donald_tusk": ["Polish Prime Minister Donald Tusk", "Donald Tusk", "Tusk"],
        "european_union": ["European Union", "EU"],
        "mercosur": ["Southern Common Market", "Mercosur"],
        "nato": ["North Atlantic Treaty Organization", "NATO"],
    },
    meetings=[
        # "Germany's newly appointed Chancellor Friedrich Merz traveled on his first day in
        # office to Paris and Warsaw ..." with "With French President Emmanuel Macron he
        # discussed bilateral ties, ..." -> held, date null ("his first day in office", no date
        # in the text), Paris.
        M(["friedrich_merz", "emmanuel_macron"], None, "Paris", IP, H,
          "With French President Emmanuel Macron he discussed bilateral ties, European security, US trade tariffs, and the Ukraine conflict."),
        # "In Warsaw, Merz met Polish Prime Minister Donald Tusk ..." -> held, date null, Warsaw.
        M(["friedrich_merz", "donald_tusk"], None, "Warsaw", IP, H,
          "In Warsaw, Merz met Polish Prime Minister Donald Tusk to review migration and border control issues as well as the ongoing war between Ukraine and Russia."),
        # Not rows: "I say this clearly to American partners every time I have the opportunity
        # to talk to them" (habitual, unnamed); the EU-Mercosur agreement and the EU trade deal
        # with Canada (treaties). Not annotated: "American partners", "the Americans" (generic);
        # Paris and Washington (also as metonymy), Warsaw, Germany, France, Poland, Ukraine,
        # Russia, Israel, Gaza, Canada, the United States, Europe, the Schengen area
        # (places/states). Removed: at the end, the cut-off fragment "Me". Nothing at the start
        # (the excerpt has no headline). Kept as found: the unquoted quotations of Merz.
    ],
    roles=[("Germany's newly appointed Chancellor", "friedrich_merz"), ("The German head of Government", "friedrich_merz"),
           ("French President", "emmanuel_macron"), ("Polish Prime Minister", "donald_tusk")],
)

A["dev_15612_first_ministers_saskatoon"] = dict(
    actors={
        "mark_carney": ["Prime Minister Mark Carney", "Mark Carney", "Carney"],
        "doug_ford": ["Ontario Premier Doug Ford", "Doug Ford", "Ford"],
        "scott_moe": ["Saskatchewan Premier Scott Moe", "Scott Moe", "Moe"],
        "donald_trump": ["U.S. President Donald Trump", "Donald Trump"],
        "first_ministers_office": ["First Ministers office"],
    },
    meetings=[
        # A zero-row control. Not rows: "Prime Minister Mark Carney met with Ontario Premier Doug
        # Ford and other provincial leaders on Monday ... at the first ministers' meeting" / "the
        # assembly" (a First Ministers' Meeting of the Prime Minister and all premiers, i.e. a
        # plenary, as `dev_15409` in batch 78a; no bilateral on its sidelines is reported; see
        # the notes); Moe "invited Carney to the province" (the invitation to host the same
        # meeting); the opening speeches (statements); "more frequent meetings" (a proposal, no
        # meeting). Not annotated: "other provincial leaders", "Ministers" (unnamed); Ottawa,
        # Saskatoon, Saskatchewan, Ontario, Canada, the U.S. (places/states). Removed: at the
        # start, the tool's " date 2025-06-03 " prefix; at the end, the cut-off sentence ("And
        # that\u2019s our goal today, to make sure that we have large, national infrastructure
        # proje"), which leaves the last quotation unclosed. Kept as found: the subhead "OPENING
        # SPEECHES". The excerpt has no headline.
    ],
    roles=[("Ontario Premier", "doug_ford"), ("Saskatchewan Premier", "scott_moe"), ("U.S. President", "donald_trump")],
)
