"""Accuracy corpus, batch 78a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 78b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: two, 1980s: three, 1990s: one, 2000s: one, 2010s: two, 2020s: three; six of the
twelve from before 2000).
Outlets/sites: monitor.co.ke (2015), Kazinform (2021), the Los Angeles Times (a 1989 news digest
and a 1985 AP story), The Press, Christchurch, via Papers Past (1977), LatestLY (an ANI copy,
2025), China.org.cn (a Xinhua copy, 2009), the Houses of the Oireachtas (a Dail Eireann record,
1979), Maclean's (1987), Pledge Times (2021), the Clinton White House archive (a press
secretary's statement, 1997) and a blog copy of a Bangkok Post report (daweiproject, 2011).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
78b) and so are the meetings (grep of the corpus texts for the principals; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_78a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-77b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_154NN_<slug>` / `test_154NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The address's 2015/10/07 (a Wednesday, checked); the talks are dated only "the first day of
    # Kikwete's three days state visit" -> null.
    ("dev_15401_kenyatta_kikwete_nairobi", "Africa", "2010s", "The Monitor (monitor.co.ke)", "https://www.monitor.co.ke/2015/10/07/kenya-tanzania-unite-scaling-economy/", "2015-10-07"),
    # The item's "6 December 2021, 19:40" and the tool's date 2021-12-06 (a Monday, checked);
    # "signed today" -> 2021-12-06 (see the notes on the meeting's date).
    ("dev_15402_nazarbayev_mirziyoyev_meet", "Central Asia/Caucasus", "2020s", "Kazinform (inform.kz)", "https://www.inform.kz/en/elbasy-uzbek-president-meet_a3871036", "2021-12-06"),
    # The digest's "News from June 4, 1989" and the address's 1989-06-04 (a Sunday, checked); the
    # Casablanca meeting is "less than a week" before the border reopening -> null.
    ("test_15403_mubarak_kadafi_casablanca", "Middle East", "1980s", "Los Angeles Times (latimes.com archive; 'The World' news digest)", "https://latimes.com/archives/la-xpm-1989-06-04-mn-2477-story.html", "1989-06-04"),
    # The address's CHP19770829 = Press, 29 August 1977 (a Monday, checked). A zero-row control.
    ("dev_15404_south_pacific_forum_madang", "Oceania", "1970s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz)", "https://paperspast.natlib.govt.nz/newspapers/CHP19770829.2.4", "1977-08-29"),
    # The tool's date 2025-04-05 (a Saturday, checked) = the dateline's "April 5"; "Earlier in the
    # day" -> 2025-04-05.
    ("dev_15405_modi_premadasa_colombo", "South Asia", "2020s", "LatestLY (latestly.com; ANI agency copy)", "https://www.latestly.com/agency-news/world-news-pm-modi-meets-sri-lankas-opposition-leader-premadasa-appreciates-his-commitment-to-strengthening-ties-6760686.html", "2025-04-05"),
    # The address's 2009-04/30 and the end line "(Xinhua News Agency April 30, 2009)" (a
    # Thursday, checked); "on Wednesday" -> 2009-04-29, = the caption's "April 29, 2009".
    ("dev_15406_wen_aso_beijing", "East Asia", "2000s", "China.org.cn (english.china.org.cn; Xinhua copy)", "http://english.china.org.cn/international/2009-04/30/content_17699999.htm", "2009-04-30"),
    # The address's 1985-07-29 (a Monday, checked); the meeting "scheduled for Wednesday" ->
    # 1985-07-31.
    ("test_15407_shevardnadze_helsinki_arrival", "Eastern Europe/Russia", "1980s", "Los Angeles Times (Associated Press; latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1985-07-29-mn-5069-story.html", "1985-07-29"),
    # The record's "Wednesday, 17 Oct 1979" (checked); "September 5 last" -> 1979-09-05.
    ("dev_15408_dail_taoiseach_thatcher_meeting", "Western Europe", "1970s", "Houses of the Oireachtas (oireachtas.ie; Dail Eireann debates, parliamentary record)", "https://www.oireachtas.ie/en/debates/debate/dail/1979-10-17/3/", "1979-10-17"),
    # The issue date "December 7 1987" (a Monday, checked) and the address's 1987/12/7. A
    # zero-row control.
    ("dev_15409_first_ministers_toronto", "North America", "1980s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1987/12/7/division-in-the-house", "1987-12-07"),
    # The tool's date 2021-02-17 (a Wednesday, checked): "this Wednesday" -> 2021-02-17.
    ("dev_15410_lacalle_abdo_punta_del_este", "Latin America", "2020s", "Pledge Times (pledgetimes.com)", "https://pledgetimes.com/uruguay-and-paraguay-want-mercosur-to-be-a-springboard-and-not-a-corset/", "2021-02-17"),
    # The release's "April 3, 1997" (a Thursday, checked): "today" -> 1997-04-03.
    ("test_15411_clinton_guterres_white_house", "Western Europe", "1990s", "The White House, Office of the Press Secretary (clintonwhitehouse6.archives.gov; statement)", "https://clintonwhitehouse6.archives.gov/1997/04/1997-04-03-statement-on-president-meeting-portugese-pm.html", "1997-04-03"),
    # The post's "Tuesday, December 20, 2011" (checked) and the address's 2011/12: "today" ->
    # 2011-12-20; "last Thursday" -> 2011-12-15 (a Thursday, checked).
    ("dev_15412_thaksin_yingluck_burma", "Southeast Asia", "2010s", "daweiproject.blogspot.com (blog copy of a Bangkok Post report)", "https://daweiproject.blogspot.com/2011/12/thaksin-behind-pms-burma-trip.html", "2011-12-20"),
]

A = {}

A["dev_15401_kenyatta_kikwete_nairobi"] = dict(
    actors={
        "uhuru_kenyatta": ["President Uhuru Kenyatta", "Uhuru Kenyatta", "President Uhuru", "Uhuru"],
        "jakaya_kikwete": ["President Jakaya Kikwete", "Jakaya Kikwete", "President Kikwete", "Kikwete"],
    },
    meetings=[
        # "President Uhuru Kenyatta and President Jakaya Kikwete who held bilateral talks in state
        # house in Nairobi ..." -> held, date null ("the first day of Kikwete's three days state
        # visit", no day), Nairobi.
        M(["uhuru_kenyatta", "jakaya_kikwete"], None, "Nairobi", IP, H,
          "President Uhuru Kenyatta and President Jakaya Kikwete who held bilateral talks in state house in Nairobi have formed commitment of the two countries in fight of the vices."),
        # Not rows: "The President of Kenya used to tell me ..." (habitual, no specific meeting;
        # the phrase is not listed as a role because it need not denote Kenyatta); the "state
        # visit" as such (the talks are its row). Not annotated: the byline "Cyrus Kioko";
        # Kenya, Tanzania, Nairobi, Voi, Eastern Africa, "state house" (places/buildings).
        # Removed: at the end, the cut-off sentence ("While addressing trade on the two eastern
        # Africa countries, President Uhuru said people from the two countries are the same and
        # do not u"). Nothing at the start. Kept as found: the doubled caption line "President
        # Jakaya Kikwete of Tanzania", "corporation", "drunk trafficking", "cur terror", "the
        # high linking".
    ],
    roles=[("Tanzania’s President", "jakaya_kikwete")],
)

A["dev_15402_nazarbayev_mirziyoyev_meet"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Elbasy"],
        "shavkat_mirziyoyev": ["Uzbek President Shavkat Mirziyoyev", "Shavkat Mirziyoyev"],
        "advisory_council_of_heads_of_central_asian_states": ["Advisory Council of the Heads of Central Asian States"],
    },
    meetings=[
        # Headline "Elbasy, Uzbek President meet" with the body (congratulations, the "signed
        # today" declaration discussed) -> held, 2021-12-06 (the Elbasy comments on the
        # declaration "signed today", so the meeting is on the item's day; see the notes), place
        # null (no place for the meeting; "NUR-SULTAN" is only the dateline).
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], "2021-12-06", None, IP, H,
          "Elbasy, Uzbek President meet"),
        # "... the Declaration on allied relations signed today by the Presidents of Kazakhstan
        # and Uzbekistan." -> a signing by the two presidents (the Kazakh one unnamed): a
        # one-party row for Mirziyoyev, held, 2021-12-06, place null; required false (a signing
        # reported in passing, the counterpart unnamed).
        M(["shavkat_mirziyoyev"], "2021-12-06", None, IP, H,
          "The Elbasy highlighted importance of the Declaration on allied relations signed today by the Presidents of Kazakhstan and Uzbekistan.", False),
        # Not rows: "the Elbasy's official website reads" (a source); the Advisory Council
        # initiative (an institution to be created). Not annotated: the byline "Zhanna
        # Nurmaganbetova", the agency credit "KAZINFORM" in the dateline; the Declaration (a
        # document); Kazakhstan, Uzbekistan, Nur-Sultan (places). Removed: at the start, the
        # tool's " date 2021-12-06 " prefix with the site line "Qazaq TV Телерадиокомпания
        # Президента Казахстана"; at the end, the tag line "Foreign policy    Kazakhstan and
        # Uzbekistan    First President of Kazakhstan - Leader of Nation".
    ],
    roles=[("First President of Kazakhstan", "nursultan_nazarbayev"), ("the First President", "nursultan_nazarbayev"),
           ("The Elbasy", "nursultan_nazarbayev"), ("Uzbek President", "shavkat_mirziyoyev"),
           ("the Uzbek President", "shavkat_mirziyoyev")],
)

A["test_15403_mubarak_kadafi_casablanca"] = dict(
    actors={
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak"],
        "muammar_gaddafi": ["Libyan leader Moammar Kadafi", "Moammar Kadafi", "Kadafi"],
        "arab_league": ["Arab League"],
    },
    meetings=[
        # "... less than a week after Egyptian President Hosni Mubarak met with Libyan leader
        # Moammar Kadafi at the summit in Casablanca, Morocco, ..." -> held, a bilateral on the
        # summit (reported as a meeting of the two men), date null ("less than a week after"),
        # Casablanca.
        M(["hosni_mubarak", "muammar_gaddafi"], None, "Casablanca", IP, H,
          "The two North African nations reopened their border less than a week after Egyptian President Hosni Mubarak met with Libyan leader Moammar Kadafi at the summit in Casablanca, Morocco, that readmitted Cairo to the Arab League."),
        # Not rows: "an official delegation will fly to Tripoli today for talks" (unnamed
        # delegation and hosts); the Casablanca summit as such (a plenary); the 1979 peace treaty
        # (a document). Not annotated: "Egyptian sources" (unnamed); Egypt, Libya, Tripoli,
        # Cairo (as metonymy), Casablanca, Morocco, Israel (places/states). Removed: nothing at
        # the start or the end (the excerpt is the whole item). Kept as found: the digest header
        # line and "Share via".
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("Libyan leader", "muammar_gaddafi")],
)

A["dev_15404_south_pacific_forum_madang"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon"],
        "south_pacific_forum": ["South Pacific Forum"],
        "tupuola_efi": ["Tupuola Efi"],
        "bernard_dowiyogo": ["Mr Bernard Dowiyogo", "Bernard Dowiyogo"],
        "malcolm_fraser": ["Mr Malcolm Fraser", "Malcolm Fraser", "Mr Fraser"],
        "robert_rex": ["Mr Robert Rex", "Robert Rex"],
    },
    meetings=[
        # A zero-row control. Not rows: "an informal week-end of talks at Madang" / "the
        # week-end get-together" (an informal session of the Forum's leaders, i.e. a
        # multilateral gathering, participants not listed); the eighth South Pacific Forum (a
        # plenary); Efi, Dowiyogo and Fraser "reached Port Moresby yesterday" (arrivals);
        # "Mr Fraser will leave again this afternoon" (a departure); "consultation on some of
        # the more difficult questions" (a wish, no meeting); Muldoon's remarks "on his return"
        # (statements). Not annotated: the agency byline "NZPA staff correspondent Port
        # Moresby"; "the leaders of Western Samoa, Nauru and Australia" (named separately),
        # "some officials", "the Island leaders" (unnamed); the "Gleneaglet" (a nickname of the
        # gathering); Madang, Port Moresby, New Guinea, Samoa, Nauru, Australia, Niue (places).
        # Removed: at the start, twenty "Article image" lines; at the end, the cut-off sentence
        # ("Mr Muldoon repeated his denial of a report last week which said he would be using
        # the forum as a "). Kept as found: the OCR "200-cnile", the hard paragraph breaks in
        # "All three leaders —" and "clarified most / issues", the straight opening quote.
    ],
    roles=[("the Prime Minister", "robert_muldoon"), ("Premier of Niue", "robert_rex")],
)

A["dev_15405_modi_premadasa_colombo"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "PM Modi", "@narendramodi"],
        "sajith_premadasa": ["Sajith Premadasa", "Mr. Sajith Premadasa", "@sajithpremadasa"],
        "subrahmanyam_jaishankar": ["S Jaishankar"],
        "ajit_doval": ["Ajit Doval"],
        "randhir_jaiswal": ["Randhir Jaiswal", "Jaiswal"],
        "anura_kumara_dissanayake": ["President Anura Kumara Dissanayake", "Anura Kumara Dissanayake", "President Dissanayake", "Dissanayake"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs", "MEA"],
    },
    meetings=[
        # "Colombo [Sri Lanka], April 5 (ANI): Prime Minister Narendra Modi held a meeting with
        # Sri Lanka's Leader of the Opposition, Sajith Premadasa ..." -> held, 2025-04-05 (the
        # dateline day; "Earlier in the day" for the Dissanayake talks), Colombo. Jaishankar and
        # Doval "were present during the meeting" (attendees, not participants).
        M(["narendra_modi", "sajith_premadasa"], "2025-04-05", "Colombo", IP, H,
          "Colombo [Sri Lanka], April 5 (ANI): Prime Minister Narendra Modi held a meeting with Sri Lanka's Leader of the Opposition, Sajith Premadasa and appreciated his personal contribution and commitment to strengthening the friendship between the two nations."),
        # "Earlier in the day, PM Modi and Dissanayake held a bilateral meeting and
        # delegation-level talks in Colombo." -> held, 2025-04-05, Colombo (one row: the
        # bilateral and the delegation talks of the same pair, day and place).
        M(["narendra_modi", "anura_kumara_dissanayake"], "2025-04-05", "Colombo", IP, H,
          "Earlier in the day, PM Modi and Dissanayake held a bilateral meeting and delegation-level talks in Colombo."),
        # Not rows: the posts on X by Modi and Jaiswal (statements); "President Dissanayake chose
        # India as the place for his first overseas visit" (a visit to a country "a few months
        # ago", no meeting or counterpart named). Not annotated: the agency credit "(ANI)" in
        # the dateline; X (a platform); "other officials" (unnamed); India, Sri Lanka, Colombo
        # (places). Removed: at the start, the tool's " date 2025-04-05 " prefix; at the end,
        # the cut-off sentence ("This indicates his personal commitment to India-Sri Lan"), so
        # the last quotation is left unclosed.
    ],
    roles=[("Sri Lanka's Leader of the Opposition", "sajith_premadasa"), ("Leader of Opposition", "sajith_premadasa"),
           ("External Affairs Minister", "subrahmanyam_jaishankar"), ("National Security Adviser", "ajit_doval"),
           ("Ministry of External Affairs (MEA) spokesperson", "randhir_jaiswal")],
)

A["dev_15406_wen_aso_beijing"] = dict(
    actors={
        "wen_jiabao": ["Chinese Premier Wen Jiabao", "Wen Jiabao", "Wen"],
        "taro_aso": ["Japanese Prime Minister Taro Aso", "Taro Aso", "Aso"],
        "hu_jintao": ["President Hu Jintao", "Hu Jintao"],
    },
    meetings=[
        # Caption: "... holds talks with Japanese Prime Minister Taro Aso (4th R) at the Great
        # Hall of the People in Beijing, capital of China, April 29, 2009." (= "on Wednesday", =
        # "In talks lasting more than two hours ...") -> held, 2009-04-29, Beijing.
        M(["wen_jiabao", "taro_aso"], "2009-04-29", "Beijing", IP, H,
          "Chinese Premier Wen Jiabao (2nd L) holds talks with Japanese Prime Minister Taro Aso (4th R) at the Great Hall of the People in Beijing, capital of China, April 29, 2009."),
        # "... following his meetings with President Hu Jintao in London and with Wen Jiabao in
        # Pattaya, Thailand." -> two earlier held meetings, date null (only "in a month"),
        # London and Pattaya.
        M(["taro_aso", "hu_jintao"], None, "London", IP, H,
          "It is Aso's third meeting with the Chinese state leaders in a month, following his meetings with President Hu Jintao in London and with Wen Jiabao in Pattaya, Thailand."),
        M(["taro_aso", "wen_jiabao"], None, "Pattaya", IP, H,
          "It is Aso's third meeting with the Chinese state leaders in a month, following his meetings with President Hu Jintao in London and with Wen Jiabao in Pattaya, Thailand."),
        # Not rows: the 1995 and 2005 statements of "Japanese prime ministers" (documents,
        # unnamed); "Aso arrived in Beijing earlier Wednesday" (an arrival, = the talks' day).
        # Not annotated: the photo credit "[Liu Jiansheng/Xinhua]" and the end credit
        # "(Xinhua News Agency April 30, 2009)" (kept in the text); "governments and political
        # figures on both sides" (generic); the Great Hall of the People, Beijing, London,
        # Pattaya, China, Japan (places). Removed: nothing at the start or the end (the excerpt
        # is the whole item). Kept as found: the "|" lines of the caption block.
    ],
    roles=[("his Japanese counterpart", "taro_aso"), ("Chinese Premier", "wen_jiabao"),
           ("Japanese Prime Minister", "taro_aso")],
)

A["test_15407_shevardnadze_helsinki_arrival"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard A. Shevardnadze", "Shevardnadze"],
        "george_shultz": ["U.S. Secretary of State George P. Shultz", "George P. Shultz", "Shultz"],
        "andrei_gromyko": ["Andrei A. Gromyko"],
        "aeroflot": ["Aeroflot"],
    },
    meetings=[
        # "... his meeting with U.S. Secretary of State George P. Shultz, scheduled for
        # Wednesday." -> planned, 1985-07-31 (Wednesday after a Monday item), place Finland (no
        # place is given for the meeting; both men are arriving in Finland for the anniversary:
        # see the notes).
        M(["eduard_shevardnadze", "george_shultz"], "1985-07-31", "Finland", IP, P,
          "He told a Finnish television correspondent that it was too soon to say what might come of his meeting with U.S. Secretary of State George P. Shultz, scheduled for Wednesday."),
        # Not rows: Shevardnadze's words to "a Finnish television correspondent" (a media
        # interview, the reporter unnamed); the written statement (a statement); the Helsinki
        # anniversary ceremonies (a plenary occasion); the appointment "to replace Andrei A.
        # Gromyko" (no meeting). Not annotated: the credit "Associated Press" under the headline;
        # the Helsinki Accords / Helsinki agreement (a treaty); the Soviet Union, Finland,
        # Moscow, Europe (places). Removed: at the start, the line "Advertisement"; at the end,
        # the cut-off sentence ("Gromyko, 72, was named to the largely ceremonial post of Soviet
        # p"). Kept as found: "Share" under the headline and the "Advertisement" lines and
        # subheads inside the text.
    ],
    roles=[("The smiling, silver-haired minister", "eduard_shevardnadze"),
           ("U.S. Secretary of State", "george_shultz")],
)

A["dev_15408_dail_taoiseach_thatcher_meeting"] = dict(
    actors={
        "margaret_thatcher": ["Mrs. Thatcher"],
        "louis_mountbatten": ["Lord Mountbatten", "Earl Mountbatten of Burma"],
        "british_army": ["British Army"],
        "ira": ["Provisional IRA"],
        "dail_eireann": ["Dáil Éireann"],
    },
    meetings=[
        # "... reached at his meeting in London with the British Prime Minister on September 5
        # last." (the British Prime Minister is "Mrs. Thatcher" in Questions 3 and 5; the
        # Taoiseach is never named in the excerpt) -> held, 1979-09-05, London: a one-party row
        # for Thatcher (as the unnamed UK "Prime Minister" rows, the other way round).
        M(["margaret_thatcher"], "1979-09-05", "London", IP, H,
          "asked the Taoiseach the agreement, if any, for a political initiative in the Six Counties reached at his meeting in London with the British Prime Minister on September 5 last."),
        # Not rows: Questions 3-5 ("his discussions with the British Prime Minister", "his
        # recent meeting with the British Prime Minister, Mrs. Thatcher": the same meeting);
        # "subsequent discussions in London in which the Ministers for Foreign Affairs and
        # Justice participated" (unnamed ministers and counterparts); the Taoiseach's answer
        # (a statement to the House). Not annotated: the Taoiseach, the Ceann Comhairle, the
        # Ministers for Foreign Affairs and Justice, the Deputies (unnamed); "Government,
        # Opposition and religious leaders" (generic); Northern Ireland, the Irish Republic,
        # the Six Counties, County Sligo, Warrenpoint, London, Ireland (places). Removed: at the
        # start, the site lines "Skip to main content" and "Normal View"; at the end, the
        # cut-off fragment "I think it is fair co".
    ],
    roles=[("the British Prime Minister", "margaret_thatcher"), ("the House", "dail_eireann")],
)

A["dev_15409_first_ministers_toronto"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "david_peterson": ["Ontario Premier David Peterson", "David Peterson", "Peterson"],
        "brian_peckford": ["Peckford"],
    },
    meetings=[
        # A zero-row control. Not rows: "last week's First Ministers' meeting in Toronto" / "the
        # two-day debate" / "the conference" (a conference of the Prime Minister and all
        # premiers, i.e. a plenary; no bilateral on its sidelines is reported; Peterson is "his
        # host" of that conference); the remarks "to reporters" (statements); the proposed free
        # trade agreement (a treaty). Not annotated: the byline "MADELAINE DROHAN"; "his fellow
        # premiers", "the premiers" (unnamed); "Ottawa" (metonymy for the federal government);
        # Toronto, Ontario, Prince Edward Island, Manitoba, Canada, the United States (places).
        # Removed: at the end, the cut-off fragment "Indeed, Mulroney had been expected to
        # outline a proposed national day care program to the premiers;". Nothing at the start.
        # Kept as found: the repeated header lines, the OCR "prePeckford: miers" (a caption name
        # fused into "premiers"; "Peckford" stored as an alias of brian_peckford), the broken
        # words "regional develop- / ment" and the paragraph break after "unseemly".
    ],
    roles=[("his host", "david_peterson"), ("Ontario Premier", "david_peterson")],
)

A["dev_15410_lacalle_abdo_punta_del_este"] = dict(
    actors={
        "luis_lacalle_pou": ["Luis Lacalle Pou", "Lacalle Pou"],
        "mario_abdo_benitez": ["Mario Abdo Benítez", "Abdo"],
        "mercosur": ["Mercosur"],
    },
    meetings=[
        # "... in a statement with the president of Paraguay, Mario Abdo Benítez, with whom he
        # discussed the relaxation of the regional bloc." with "his first face-to-face meeting
        # with Abdo" and the lunch "at the presidential residence of the Uruguayan resort of
        # Punta del Este" -> one held row, 2021-02-17 ("this Wednesday"), Punta del Este.
        M(["luis_lacalle_pou", "mario_abdo_benitez"], "2021-02-17", "Punta del Este", IP, H,
          "The president of Uruguay, Luis Lacalle Pou, said this Wednesday that Mercosur it must be “a trampoline” and “not a corset”, in a statement with the president of Paraguay, Mario Abdo Benítez, with whom he discussed the relaxation of the regional bloc."),
        # Not rows: the joint declaration and the quotations (statements); "Abdo arrived on
        # Tuesday night" (an arrival). Not annotated: "The two minor partners of the block", "the
        # other members of Mercosur" (states); Uruguay, Paraguay, Punta del Este, Montevideo,
        # Maldonado (places). Removed: at the start, the tool's " date 2021-02-17 " prefix; at
        # the end, the cut-off fragment "Lacalle Pou,". Kept as found: "Mercosur it must be",
        # "equal terms than", the misplaced opening quotes in ', “Lacalle Pou said' and
        # similar.
    ],
    roles=[("The president of Uruguay", "luis_lacalle_pou"), ("the president of Paraguay", "mario_abdo_benitez"),
           ("the Uruguayan president", "luis_lacalle_pou")],
)

A["test_15411_clinton_guterres_white_house"] = dict(
    actors={
        "bill_clinton": ["President Clinton"],
        "antonio_guterres": ["Portuguese Prime Minister Guterres", "Prime Minister Guterres", "Guterres"],
        "madeleine_albright": ["Secretary Albright"],
        "samuel_berger": ["National Security Advisor Berger"],
        "jaime_gama": ["Portuguese Foreign Minister Gama"],
        "william_cohen": ["Secretary of Defense Cohen"],
        "stabilization_force": ["Stabilization Force"],
        "un_security_council": ["UN Security Council"],
        "nato": ["NATO"],
        "atlantic_partnership_council": ["Atlantic Partnership Council"],
    },
    meetings=[
        # "The President and the Prime Minister of Portugal, Antonio Manuel de Oliveira Guterres,
        # met for just over 90 minutes in the White House today -- a 20-minute private meeting,
        # also attended by ..., followed by a working lunch ..." (heading "President Clinton's
        # Meeting with Portuguese Prime Minister Guterres") -> one held row (private meeting and
        # working lunch: same pair, day, place), 1997-04-03, Washington (White House). The Vice
        # President, Albright, Berger, Gama and Cohen attended (not participants).
        M(["bill_clinton", "antonio_guterres"], "1997-04-03", "Washington", IP, H,
          "The President and the Prime Minister of Portugal, Antonio Manuel de Oliveira Guterres, met for just over 90 minutes in the White House today -- a 20-minute private meeting, also attended by the Vice President, Secretary Albright, National Security Advisor Berger, and Portuguese Foreign Minister Gama, followed by a working lunch in the State Dining Room, in which Secretary of Defense Cohen and other U.S. and Portuguese officials also participated."),
        # Not rows: the Madrid summit (a NATO summit, multilateral); the Government of National
        # Unity and Reconciliation in Angola "scheduled to take place on April 11" (the forming
        # of a government, not a meeting). Not annotated: the issuer header "THE WHITE HOUSE /
        # Office of the Press Secretary"; "the Vice President" (unnamed); "other U.S. and
        # Portuguese officials"; the UN peacekeeping force in Angola (unnamed), Partnership for
        # Peace (a programme), the Government of National Unity and Reconciliation (not yet
        # formed); the White House, the State Dining Room, Bosnia, Angola, Russia, Ukraine,
        # Europe, the Iberian peninsula (places). The full name "Antonio Manuel / de Oliveira
        # Guterres" is split by a line break in the text and is not stored as an alias.
        # Removed: at the start, the site line "View Header"; at the end, the cut-off sentence
        # ("They also stressed the need for an immediate cease-fire and a diplomatic solution
        # to"). Kept as found: the centred heading lines with their spaces, the blank line
        # inside the first sentence.
    ],
    roles=[("The President", "bill_clinton"), ("the Prime Minister of Portugal", "antonio_guterres"),
           ("the Alliance", "nato")],
)

_TS = "Thaksin told the Bangkok Post in an exclusive interview by phone from Dubai he travelled to Burma last Thursday and visited Burmese President Thein Sein and former president Than Shwe."
A["dev_15412_thaksin_yingluck_burma"] = dict(
    actors={
        "thaksin_shinawatra": ["Thaksin Shinawatra", "Thaksin"],
        "yingluck_shinawatra": ["Prime Minister Yingluck Shinawatra", "Yingluck Shinawatra", "Ms Yingluck"],
        "aung_san_suu_kyi": ["Aung San Suu Kyi", "Mrs Suu Kyi"],
        "thein_sein": ["Burmese President Thein Sein", "Thein Sein"],
        "than_shwe": ["Than Shwe"],
        "bangkok_post": ["Bangkok Post"],
    },
    meetings=[
        # "... he travelled to Burma last Thursday and visited Burmese President Thein Sein and
        # former president Than Shwe." -> two held rows (separate visits), 2011-12-15 ("last
        # Thursday" in a Tuesday 20 December item), Burma (no city).
        M(["thaksin_shinawatra", "thein_sein"], "2011-12-15", "Burma", IP, H, _TS),
        M(["thaksin_shinawatra", "than_shwe"], "2011-12-15", "Burma", IP, H, _TS),
        # "The meeting today between Ms Yingluck and Burma's pro-democracy icon Aung San Suu Kyi
        # ..." with "... before visiting Rangoon, where she will meet Mrs Suu Kyi." -> planned
        # (announced for "today"), 2011-12-20, Rangoon.
        M(["yingluck_shinawatra", "aung_san_suu_kyi"], "2011-12-20", "Rangoon", IP, P,
          "The meeting today between Ms Yingluck and Burma's pro-democracy icon Aung San Suu Kyi is symbolic of democracy and the cordial relations Thailand and Burma have enjoyed, he said."),
        # Not rows: Thaksin's "exclusive interview by phone" with the Bangkok Post (a media
        # interview); "It is the first time a Thai leader has met the democracy icon" (a
        # statement about the planned meeting); the 4th GMS Summit in Naypyidaw (a summit,
        # multilateral); Thaksin's past offer to Burma (no meeting). Not annotated: "the world
        # community", "the superpowers", "western countries" (generic); Burma, Thailand, Dubai,
        # Bangkok, Naypyidaw, Rangoon (places); the GMS Summit (an event). Removed: at the end,
        # the cut-off sentence ("The GMS comprises Thailand, Cambodia, Bur"). Nothing at the
        # start. Kept as found: the post date line and the blank lines.
    ],
    roles=[("Ousted premier", "thaksin_shinawatra"), ("his sister", "yingluck_shinawatra"),
           ("Burma's pro-democracy icon", "aung_san_suu_kyi"), ("the democracy icon", "aung_san_suu_kyi"),
           ("former president", "than_shwe")],
)
