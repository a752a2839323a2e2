"""Accuracy corpus, batch 80a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 80b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: three, 1990s: one, 2000s: one, 2010s: three, 2020s: three; five of
the twelve from before 2000).
Outlets/sites: Asia-Plus (2013), the Associated Press (apnews.com, 1989), the Los Angeles Times (a
United Press International story, 1987), The Daily Star of Bangladesh (2025), RFE/RL (1997),
Global News (2019), Voice of America (2003), a US Embassy San Salvador cable via the WikiLeaks
PlusD archive (1975), The Press, Christchurch, via Papers Past (1983), VietnamPlus of the Vietnam
News Agency (2021), Deutsche Welle (2015) and TimesDaily (Associated Press photo captions, 2021).
Eleven news stories and one diplomatic cable; no official release or parliamentary record.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
80b) and so are the meetings (grep of the corpus texts for the principals; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_80a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-79b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_158NN_<slug>` / `test_158NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The dateline's "DUSHANBE, May 28, 2013" and the address's 20130528 (a Tuesday, checked);
    # the meeting is dated "on May 27" in the text -> 2013-05-27 (a Monday).
    ("dev_15801_rahmon_atambayev_bishkek", "Central Asia/Caucasus", "2010s", "Asia-Plus (asiaplustj.info)", "https://asiaplustj.info/en/news/tajikistan/politics/20130528/tajik-kyrgyz-leaders-outline-main-directions-further-bilateral-cooperation", "2013-05-28"),
    # The page's "December 17, 1989" (a Sunday, checked): "met Sunday" -> 1989-12-17.
    ("dev_15802_assad_al_sharif_damascus", "Middle East", "1980s", "Associated Press (apnews.com)", "https://www.apnews.com/7eb776b438ad7d90571a663a1444b959", "1989-12-17"),
    # The address's 1987-05-22 (a Friday, checked; no date line in the excerpt): "arrived
    # Thursday" -> 1987-05-21 (a Thursday, checked).
    ("test_15803_kim_il_sung_beijing_welcome", "East Asia", "1980s", "Los Angeles Times (latimes.com archive; United Press International)", "https://www.latimes.com/archives/la-xpm-1987-05-22-mn-1225-story.html", "1987-05-22"),
    # The page's "Mon Aug 25, 2025 01:11 AM" (a Monday, checked): "yesterday evening" and
    # "Earlier in the afternoon" -> 2025-08-24 (a Sunday).
    ("dev_15804_dar_khaleda_gulshan", "South Asia", "2020s", "The Daily Star (Bangladesh; thedailystar.net)", "https://www.thedailystar.net/news/bangladesh/diplomacy/news/dar-khaleda-discuss-ways-normalise-relations-3969781", "2025-08-25"),
    # The dateline's "Washington, 19 February 1997" (a Wednesday, checked): "Friday" ->
    # 1997-02-21 (a Friday, checked); "later this week" -> null.
    ("dev_15805_zyuganov_herbst_washington_planned", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1083709.html", "1997-02-19"),
    # The tool's date 2019-12-10 (a Tuesday, checked): "set to meet face-to-face Tuesday" ->
    # 2019-12-10 (the day of the item); "Monday" would be 2019-12-09 (the speech, not a row).
    ("dev_15806_kenney_trudeau_face_to_face", "North America", "2010s", "Global News (globalnews.ca)", "https://globalnews.ca/news/6276821/jason-kenney-justin-trudeau-ottawa-meeting/", "2019-12-10"),
    # The headline's "2003-05-05" (a Monday, checked): "early in the day" -> 2003-05-05.
    ("test_15807_obasanjo_mbeki_muluzi_harare", "Africa", "2000s", "Voice of America (voanews.com)", "https://www.voanews.com/a/a-13-a-2003-05-05-12-3-67463907/385637.html", "2003-05-05"),
    # The cable's date-time group "081835Z JUL 75" (1975-07-08, a Tuesday, checked); the meeting
    # is "JULY 7" -> 1975-07-07 (year of the cable).
    ("dev_15808_molina_melgar_el_poy", "Latin America", "1970s", "US Embassy San Salvador cable 1975SANSA02689 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1975SANSA02689.html", "1975-07-08"),
    # The address's CHP19830628 = Press, 28 June 1983 (a Tuesday, checked); the talks are "last
    # week" -> null.
    ("dev_15809_muldoon_stone_canberra", "Oceania", "1980s", "The Press, Christchurch (Papers Past, dynamic-rsnz.natlib.govt.nz)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19830628.2.3", "1983-06-28"),
    # The tool's date 2021-02-12 (a Friday, checked): "on February 11" -> 2021-02-11 (year of
    # publication; a Thursday).
    ("dev_15810_phuc_thongloun_hun_sen_calls", "Southeast Asia", "2020s", "Vietnam News Agency (VietnamPlus, en.vietnamplus.vn)", "https://en.vietnamplus.vn/pm-nguyen-xuan-phuc-holds-phone-talks-with-lao-cambodian-leaders/196239.vnp", "2021-02-12"),
    # The page's "March 16, 2015" (a Monday, checked): the call "on Monday" -> 2015-03-16; the
    # talks "on March 23" -> 2015-03-23 (year of publication).
    ("test_15811_merkel_tsipras_call_berlin_planned", "Western Europe", "2010s", "Deutsche Welle (m.dw.com)", "https://m.dw.com/en/greek-prime-minister-tsipras-to-visit-germany/a-18319674", "2015-03-16"),
    # The tool's date 2021-11-26 (a Friday, checked); the captions give "Friday, Nov. 26, 2021"
    # and "Thursday Nov. 25, 2021" (checked).
    ("dev_15812_macron_draghi_quirinal_rome", "Western Europe", "2020s", "TimesDaily (timesdaily.com; Associated Press photo captions)", "https://www.timesdaily.com/news/nation/italy-france-deepen-economic-defense-cooperation/article_b44fc523-dc48-5783-936c-ca728b191cbb.html", "2021-11-26"),
]

A = {}

A["dev_15801_rahmon_atambayev_bishkek"] = dict(
    actors={
        "emomali_rahmon": ["Tajik President Emomali Rahmon", "Emomali Rahmon", "Rahmon"],
        "almazbek_atambayev": ["Almazbek Atambayev", "Atambayev"],
        "collective_security_treaty_organization": ["Collective Security Treaty Organization", "CSTO"],
        "hamrokhon_zarifi": ["Foreign Minister Hamrokhon Zarifi", "Hamrokhon Zarifi"],
        "erkin_rahmatulloyev": ["Erkin Rahmatulloyev"],
        "sherali_khairulloyev": ["Defense Minister Sherali Khairulloyev", "Sherali Khairulloyev"],
        "abdurahim_qahhorov": ["Security Council Secretary Abdurahim Qahhorov", "Abdurahim Qahhorov"],
        "nizom_hakimov": ["Minister of Transport Nizom Hakimov", "Nizom Hakimov"],
        "rahmat_bobokalonov": ["Rahmat Bobokalonov"],
        "mahmadtohir_zokirov": ["Mahmadtohir Zokirov"],
        "maliksho_nematov": ["Maliksho Nematov"],
        "khairiddin_abdurahimov": ["Khairiddin Abdurahimov"],
        "mamadsho_ilolov": ["Mamadsho Ilolov"],
        "gurez_zaripov": ["Customs Service Head Gurez Zaripov", "Gurez Zaripov"],
        "beg_zuhurov": ["Communications Service Agency Head Beg Zuhurov", "Beg Zuhurov"],
        "sherali_mirzo": ["Border Guards Commander Sherali Mirzo", "Sherali Mirzo"],
    },
    meetings=[
        # "Tajik President Emomali Rahmon met with his Kyrgyz counterpart Almazbek Atambayev on May
        # 27 on the sidelines of the two-day ... (CSTO) talks." -> held, 2013-05-27, Bishkek (the
        # lead: Rahmon "is currently in Bishkek, Kyrgyzstan" for the CSTO summit; the dateline
        # DUSHANBE is the agency's, not the venue). A bilateral on the sidelines of a summit.
        M(["emomali_rahmon", "almazbek_atambayev"], "2013-05-27", "Bishkek", IP, H,
          "Tajik President Emomali Rahmon met with his Kyrgyz counterpart Almazbek Atambayev on May 27 on the sidelines of the two-day Collective Security Treaty Organization (CSTO) talks."),
        # Not rows: the informal CSTO summit as such (a plenary); "The two leaders made a joint
        # statement" (the same meeting); the thirteen ministers and officials "accompanying
        # Emomali Rahmon on his visit" (delegation members: actors, not participants, so no pair
        # rows). Not annotated: the agency credit "Asia-Plus" in the dateline; "the Tajik
        # president's official website" (an unnamed site); Dushanbe, Bishkek, Kyrgyzstan, the
        # Central Asian region (places). Removed: at the end, the cut-off fragment "For the
        # purpose o". Nothing at the start (the excerpt has no headline). Kept as found: the typo
        # "ands stability".
    ],
    roles=[("Tajik President", "emomali_rahmon"), ("his Kyrgyz counterpart", "almazbek_atambayev"),
           ("State Adviser to the President for Foreign Policy", "erkin_rahmatulloyev"),
           ("Minister of Land Reclamation and Water Resources", "rahmat_bobokalonov"),
           ("Chairman of the State Committee on Land Management and Geodesy", "mahmadtohir_zokirov"),
           ("Chairman of the Committee for Youth, Sports and Tourism Affairs", "maliksho_nematov"),
           ("Chairman of the Committee for Emergency Situations", "khairiddin_abdurahimov"),
           ("President of the Academy of Sciences", "mamadsho_ilolov")],
)

A["dev_15802_assad_al_sharif_damascus"] = dict(
    actors={
        "hafez_al_assad": ["President Hafez Assad", "Hafez Assad", "Assad"],
        "safwat_el_sherif": ["Egyptian Information Minister Safwat al-Sharif", "Safwat al-Sharif", "al-Sharif", "Al-Sharif", "Sharif"],
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "anwar_sadat": ["Anwar Sadat"],
        "jibran_kourieh": ["Jibran Kourieh"],
        "egyptian_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "President Hafez Assad met Sunday with an Egyptian government minister ..." (named in
        # the next sentence: Safwat al-Sharif; "during the meeting with al-Sharif") -> held,
        # 1989-12-17, Damascus (dateline). Al-Sharif's letter from Mubarak and Assad's letter in
        # return were exchanged at the same meeting.
        M(["hafez_al_assad", "safwat_el_sherif"], "1989-12-17", "Damascus", IP, H,
          "DAMASCUS, Syria (AP) _ President Hafez Assad met Sunday with an Egyptian government minister for the latest in a series of talks aimed at ending a 10-year-old rift between the two major Arab powers."),
        # "Assad and Mubarak met in the Moroccan city in May during an Arab summit conference."
        # (= "when the two leaders met in Casablanca") -> held, date null (month only),
        # Casablanca (the city named in the preceding paragraph). A meeting of the two at the
        # summit, reported as such.
        M(["hafez_al_assad", "hosni_mubarak"], None, "Casablanca", IP, H,
          "Assad and Mubarak met in the Moroccan city in May during an Arab summit conference."),
        # "... the Syrian president will dispatch a personal envoy to Mubarak within the next few
        # days." -> the envoy is unnamed: a one-party Mubarak row, planned, date null ("within
        # the next few days"), place null; required false (an envoy's errand announced by a
        # spokesman, the counterpart unnamed; see the notes).
        M(["hosni_mubarak"], None, None, IP, P,
          "Assad’s spokesman, Jibran Kourieh, said the Syrian president will dispatch a personal envoy to Mubarak within the next few days.", False),
        # Not rows: "They met twice in October" (a count of meetings without a specific one, as
        # "met six times" in ANNOTATION.md); the letters of Mubarak and Assad (letters); al-Sharif
        # arriving "at Damascus airport" (the same visit); the Arab summit of 1987 and the Arab
        # summit conference as such (plenaries); Sadat's peace treaty (a treaty). Not annotated:
        # "senior officials of Cairo's Foreign Ministry" (unnamed attendees; the ministry is
        # annotated); Syria, Egypt, Cairo (also as metonymy), Damascus, Casablanca, Israel, Libya
        # (places/states). Removed: at the start, the site line "Related topics"; at the end, the
        # cut-off sentence ("Only radical Syria and Libya have yet to do so for"). Kept as found:
        # the AP dash "_", the typo "Demascus", the ″...″ quotation marks.
    ],
    roles=[("Egyptian Information Minister", "safwat_el_sherif"), ("Egypt’s president", "hosni_mubarak"),
           ("Assad’s spokesman", "jibran_kourieh"), ("the Syrian president", "hafez_al_assad"),
           ("The Egyptian envoy", "safwat_el_sherif")],
)

A["test_15803_kim_il_sung_beijing_welcome"] = dict(
    actors={
        "kim_il_sung": ["North Korean President Kim Il Sung", "Kim Il Sung", "Kim"],
        "zhao_ziyang": ["Zhao Ziyang"],
        "li_xiannian": ["President Li Xiannian", "Li Xiannian", "Li"],
        "chinese_communist_party": ["Communist Party"],
        "xinhua_news_agency": ["New China News Agency"],
    },
    meetings=[
        # "Kim ... arrived at Beijing Railway Station and was met by Zhao Ziyang, premier and
        # acting Communist Party leader." -> held, 1987-05-21 ("arrived Thursday" in a Friday
        # item), Beijing. Required: the text says Kim "was met by" the premier (as the airport
        # meeting of Shevardnadze and Qian in an earlier batch); see the notes.
        M(["kim_il_sung", "zhao_ziyang"], "1987-05-21", "Beijing", IP, H,
          "Kim, 75, arrived at Beijing Railway Station and was met by Zhao Ziyang, premier and acting Communist Party leader."),
        # "... entered the Great Hall of the People, where President Li Xiannian hosted a
        # welcoming banquet." with Li's toast quoted -> held, 1987-05-21 (the arrival day's
        # sequence), Beijing. Required: a banquet hosted by the head of state for the visitor,
        # with toasts exchanged (a working meal, not a speech to a banquet as `dev_15610`).
        M(["kim_il_sung", "li_xiannian"], "1987-05-21", "Beijing", IP, H,
          "Kim, the world’s longest-serving Communist ruler and the object of an extravagant personality cult, attended a red-carpet welcoming ceremony in Beijing’s Tian An Men Square and entered the Great Hall of the People, where President Li Xiannian hosted a welcoming banquet."),
        # Not rows: the welcoming ceremony (the same day and visit, no counterpart named); "a
        # noisy welcome from hundreds of singing children" (unnamed); Kim's proposal in December
        # for talks between North and South Korea and the "tripartite talks" (proposals); "Kim
        # might use the trip to send a message to Washington through his hosts" (a speculation);
        # the toast and Kim's speech (statements). Not annotated: the agency byline "United
        # Press International"; "Western diplomats", "An East European source", "North Korean
        # students" (unnamed); Beijing, Beijing Railway Station, Tian An Men Square, the Great
        # Hall of the People, China, North and South Korea, Seoul, Pyongyang and Washington (also
        # as metonymy), the United States (places/states/buildings). Removed: at the start, the
        # site line "Advertisement"; at the end, the cut-off quotation ("“Pyongyang is inte")
        # with the "Advertisement" line before it. Kept as found: the headline, "Share" and the
        # byline block, and the two "Advertisement" lines inside the text.
    ],
    roles=[("North Korean President", "kim_il_sung"), ("premier and acting Communist Party leader", "zhao_ziyang"),
           ("the world’s longest-serving Communist ruler", "kim_il_sung")],
)

A["dev_15804_dar_khaleda_gulshan"] = dict(
    actors={
        "ishaq_dar": ["Pakistan Foreign Minister Ishaq Dar", "Ishaq Dar", "Dar", "ishaq dar"],
        "khaleda_zia": ["BNP Chairperson Khaleda Zia", "Khaleda Zia", "Khaleda", "khaleda zia"],
        "bangladesh_nationalist_party": ["BNP"],
        "shyrul_kabir_khan": ["Shyrul Kabir Khan"],
        "zahid": ["Zahid"],
        "shafiqur_rahman": ["Jamaat-e-Islami Ameer Shafiqur Rahman", "Shafiqur Rahman", "Shafiqur"],
        "jamaat_e_islami": ["Jamaat-e-Islami", "Jamaat"],
    },
    meetings=[
        # "Pakistan Foreign Minister Ishaq Dar visited BNP Chairperson Khaleda Zia at her Gulshan
        # residence yesterday evening ..." (= "Khaleda and Dar discussed ...") -> held,
        # 2025-08-24 ("yesterday" in a Monday paper), Gulshan (the most specific locality in the
        # text; no city is named).
        M(["ishaq_dar", "khaleda_zia"], "2025-08-24", "Gulshan", IP, H,
          "Pakistan Foreign Minister Ishaq Dar visited BNP Chairperson Khaleda Zia at her Gulshan residence yesterday evening to enquire about her health."),
        # "Earlier in the afternoon, the Pakistan FM visited ailing Jamaat-e-Islami Ameer Shafiqur
        # Rahman at his residence." (= "the courtesy visit") -> held, 2025-08-24 (the afternoon
        # of the same day), place null (no locality for this residence).
        M(["ishaq_dar", "shafiqur_rahman"], "2025-08-24", None, IP, H,
          "Earlier in the afternoon, the Pakistan FM visited ailing Jamaat-e-Islami Ameer Shafiqur Rahman at his residence."),
        # Not rows: Shyrul Kabir Khan's and Zahid's statements to reporters, the Jamaat press
        # release (statements; Zahid is not said to have attended the visit). Not annotated: the
        # dateline block and the headline's outlet (none named); "reporters", "everyone"
        # (unnamed); Bangladesh, Pakistan, Gulshan (places/states). Removed: at the end, the
        # site's related-topic block ("Related topic:" / "Khaleda ZiaBangladesh-Pakistan
        # relations"). Nothing at the start. Kept as found: the doubled date line and the lower-
        # case image line "pakistan foreign minister ishaq dar meets khaleda zia" (its surface
        # forms are listed as aliases).
    ],
    roles=[("Pakistan Foreign Minister", "ishaq_dar"), ("the Pakistan FM", "ishaq_dar"),
           ("BNP Chairperson", "khaleda_zia"), ("BNP media cell member", "shyrul_kabir_khan"),
           ("Jamaat-e-Islami Ameer", "shafiqur_rahman")],
)

A["dev_15805_zyuganov_herbst_washington_planned"] = dict(
    actors={
        "gennady_zyuganov": ["Gennady Zyuganov", "Zyuganov"],
        "communist_party_of_the_russian_federation": ["Communist Party"],
        "boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "john_herbst": ["John Herbst"],
        "strobe_talbott": ["Deputy Secretary of State Strobe Talbott", "Strobe Talbott"],
        "madeleine_albright": ["U.S. Secretary of State Madeleine Albright", "Madeleine Albright"],
        "us_state_department": ["U.S. State Department", "State Department"],
        "nato": ["NATO"],
    },
    meetings=[
        # "... Zyuganov is scheduled to meet in Washington Friday with John Herbst ..." ->
        # planned, 1997-02-21 ("Friday" in a Wednesday item), Washington.
        M(["gennady_zyuganov", "john_herbst"], "1997-02-21", "Washington", IP, P,
          "A U.S. State Department spokeswoman says Zyuganov is scheduled to meet in Washington Friday with John Herbst, the State Department's Deputy U.S. Coordinator for relations with former Soviet republics."),
        # "... talks between U.S. Secretary of State Madeleine Albright and Russian President
        # Boris Yeltsin." (Talbott "will be in Moscow later this week for" them) -> planned,
        # date null ("later this week"), Moscow. Talbott is an attendee, not a participant.
        M(["madeleine_albright", "boris_yeltsin"], None, "Moscow", IP, P,
          "The spokeswoman said Zyuganov will not meet Deputy Secretary of State Strobe Talbott, who will be in Moscow later this week for talks between U.S. Secretary of State Madeleine Albright and Russian President Boris Yeltsin."),
        # Not rows: "Zyuganov will not meet ... Strobe Talbott" (a meeting that will not take
        # place); Zyuganov's talk to "college students in New York" (a speech to unnamed
        # people); his "five-day visit to the United States" (no counterpart). Not annotated: the
        # agency credit "(RFE/RL)" in the dateline; "A U.S. State Department spokeswoman"
        # (unnamed); Washington, New York, Moscow, Russia, the United States, America, the West,
        # the former Soviet republics (places/states). Removed: at the start, the site lines
        # "Accessibility links" and "Breaking News". Nothing at the end (the excerpt ends with a
        # complete sentence).
    ],
    roles=[("The head of Russia's Communist Party", "gennady_zyuganov"),
           ("the State Department's Deputy U.S. Coordinator for relations with former Soviet republics", "john_herbst"),
           ("Deputy Secretary of State", "strobe_talbott"), ("U.S. Secretary of State", "madeleine_albright"),
           ("Russian President", "boris_yeltsin")],
)

A["dev_15806_kenney_trudeau_face_to_face"] = dict(
    actors={
        "jason_kenney": ["Alberta Premier Jason Kenney", "Jason Kenney", "Kenney"],
        "justin_trudeau": ["Prime Minister Justin Trudeau", "Justin Trudeau", "Trudeau"],
        "liberal_party_of_canada": ["Liberal", "Liberals"],
        "canadian_club": ["Canadian Club"],
    },
    meetings=[
        # "Alberta Premier Jason Kenney and Prime Minister Justin Trudeau are set to meet
        # face-to-face Tuesday ..." (= "Kenney's meeting with Trudeau") -> planned, 2019-12-10
        # (the day of the item), place null: the excerpt names no city (only "the prime
        # minister's office"; see the notes).
        M(["jason_kenney", "justin_trudeau"], "2019-12-10", None, IP, P,
          "Alberta Premier Jason Kenney and Prime Minister Justin Trudeau are set to meet face-to-face Tuesday, for the first time since voters in that province threw out all of its Liberal MPs."),
        # Not rows: "eight provincial cabinet ministers all meeting with their federal
        # counterparts and industry officials" (unnamed people); "last week's meeting of
        # provincial and territorial premiers" (a plenary of all premiers); Kenney's "luncheon
        # speech to the Canadian Club" on Monday (a speech). Not annotated: "the Trudeau
        # government", "the federal government" (descriptions of the Government of Canada);
        # "Indigenous groups", "voters" (generic); Alberta, Canada, the West (places). Removed:
        # at the start, the tool's " date 2019-12-10 " prefix with the share line "Send this page
        # to someone via email"; at the end, the cut-off sentence ("On Tuesday, in addition to
        # requesting retroactive changes to the fiscal-"). Kept as found: the bracket in "[Tuesday,]".
    ],
    roles=[("Alberta Premier", "jason_kenney"), ("Prime Minister", "justin_trudeau")],
)

_VOA1 = ("Nigerian President Olusegun Obasanjo and his South African counterpart, Thabo Mbeki, arrived in the Zimbabwe capital early in the day and immediately went into talks with President Mugabe at a hotel in the capital.")
_VOA2 = ("They were later joined by Malawi President Bukili Muluzi.")
_VOA3 = ("After meeting with Mr. Mugabe, the three visiting presidents then met with Morgan Tsvangirai, leader of the Movement for Democratic Change.")
A["test_15807_obasanjo_mbeki_muluzi_harare"] = dict(
    actors={
        "olusegun_obasanjo": ["Nigerian President Olusegun Obasanjo", "Olusegun Obasanjo"],
        "thabo_mbeki": ["Thabo Mbeki", "President Mbeki"],
        "bakili_muluzi": ["Malawi President Bukili Muluzi", "Bukili Muluzi"],
        "robert_mugabe": ["Zimbabwe President Robert Mugabe", "Robert Mugabe", "President Mugabe", "Mr. Mugabe"],
        "morgan_tsvangirai": ["Morgan Tsvangirai"],
        "movement_for_democratic_change": ["Movement for Democratic Change", "MDC"],
        "zanu_pf": ["ZANU-PF"],
    },
    meetings=[
        # First meeting: Obasanjo and Mbeki "went into talks with President Mugabe at a hotel in
        # the capital"; "They were later joined by ... Muluzi." -> a meeting of four named
        # people: one row per pair; held, 2003-05-05 ("early in the day"), Harare (the lead's
        # "talks in Harare").
        M(["olusegun_obasanjo", "robert_mugabe"], "2003-05-05", "Harare", IP, H, _VOA1),
        M(["thabo_mbeki", "robert_mugabe"], "2003-05-05", "Harare", IP, H, _VOA1),
        M(["bakili_muluzi", "robert_mugabe"], "2003-05-05", "Harare", IP, H, _VOA2),
        # The three visiting presidents among themselves (pairs of the same four-party and
        # three-party sessions): required false, as the same-side pair in `dev_017` (co-mediators
        # on one side of the talks; see the notes). One row per pair covers both sessions.
        M(["olusegun_obasanjo", "thabo_mbeki"], "2003-05-05", "Harare", IP, H, _VOA1, False),
        M(["olusegun_obasanjo", "bakili_muluzi"], "2003-05-05", "Harare", IP, H, _VOA2, False),
        M(["thabo_mbeki", "bakili_muluzi"], "2003-05-05", "Harare", IP, H, _VOA2, False),
        # Second meeting: "the three visiting presidents then met with Morgan Tsvangirai" ->
        # three pair rows with Tsvangirai; held, 2003-05-05, Harare.
        M(["olusegun_obasanjo", "morgan_tsvangirai"], "2003-05-05", "Harare", IP, H, _VOA3),
        M(["thabo_mbeki", "morgan_tsvangirai"], "2003-05-05", "Harare", IP, H, _VOA3),
        M(["bakili_muluzi", "morgan_tsvangirai"], "2003-05-05", "Harare", IP, H, _VOA3),
        # Not rows: the lead's "talks ... with ... the country's opposition leaders" (the same
        # Tsvangirai meeting; the other leaders unnamed); "negotiations between the MDC and the
        # ruling ZANU-PF" and the MDC's readiness "for talks with ZANU-PF" (proposed talks of
        # parties, no meeting); South Africa's efforts "behind the scenes" (no specific
        # meeting). Not annotated: "the South African delegation", "South African leaders",
        # "political observers", "economists" (unnamed); "the Zimbabwe government" (a
        # description); Harare, Zimbabwe, South Africa, Nigeria, Malawi (places/states). Removed:
        # at the start, the site lines "Accessibility links" and "Breaking News"; at the end, the
        # cut-off sentence ("The Zimbabwe president says he w"). Kept as found: the headline with
        # its date, the misspelling "Bukili Muluzi".
    ],
    roles=[("Zimbabwe President", "robert_mugabe"), ("Nigerian President", "olusegun_obasanjo"),
           ("his South African counterpart", "thabo_mbeki"), ("Malawi President", "bakili_muluzi"),
           ("leader of the Movement for Democratic Change", "morgan_tsvangirai")],
)

A["dev_15808_molina_melgar_el_poy"] = dict(
    actors={
        "arturo_armando_molina": ["PRESIDENT MOLINA", "MOLINA"],
        "juan_alberto_melgar_castro": ["MELGAR"],
        "carlos_humberto_romero": ["MINDEF ROMERO", "ROMERO"],
        "rodriguez": ["RODRIGUEZ"],
        "oswaldo_lopez_arellano": ["LOPEZ ARELLANO"],
        "organization_of_american_states": ["OAS"],
        "government_of_honduras": ["GOH"],
    },
    meetings=[
        # "... THE MOLINA-MELGAR JULY 7 MEETING AT EL POY ON THE FRONTIER." -> held, 1975-07-07,
        # El Poy (the named border locality). Romero, Rodriguez and "OTHER MEMBERS OF HIS
        # MILITARY STAFF" accompanied Molina: attendees, not participants.
        M(["arturo_armando_molina", "juan_alberto_melgar_castro"], "1975-07-07", "El Poy", IP, H,
          "THE SALVADORAN PRESS IS GIVING FRONT PAGE HEADLINE TREATMENT TO ITS COVERAGE OF THE MOLINA-MELGAR JULY 7 MEETING AT EL POY ON THE FRONTIER."),
        # Not rows: "THE UPCOMING COSTA RICA MEETING WITH OTHER COS'S" (a multilateral meeting of
        # chiefs of state); Molina's earlier "AGREEMENT WITH LOPEZ ARELLANO" (an agreement, no
        # meeting reported); the instruction to the border commanders (no meeting); the GOH
        # referral to the OAS (no meeting). Not annotated: the routing and header lines
        # (AMEMBASSY..., SECSTATE, USCINCSO, POLAD); "THE SALVADORAN PRESS" (generic); "BORDER
        # MILITARY COMMANDERS" (unnamed); El Poy, Costa Rica (places). Removed: at the end, the
        # cut-off paragraph 4 ("4. BOTH PRESIDENTS FEELS THATTHE COS MEETING IN COSTA RICA IS /
        # NOT RPT NOT THE PLACE TO DISCUSS THE BILATERAL PR"). Nothing at the start. Kept as
        # found: the header and page-break lines, "WASREPORTED".
    ],
    roles=[("MINDEF", "carlos_humberto_romero"), ("ARMED FORCE CHIEF OF STAFF", "rodriguez")],
)

A["dev_15809_muldoon_stone_canberra"] = dict(
    actors={
        "bob_hawke": ["Mr Hawke", "Hawke"],
        "robert_muldoon": ["Mr Muldoon", "Muldoon"],
        "paul_keating": ["Mr Keating"],
        "john_stone": ["Mr John Stone", "John Stone"],
        "david_lange": ["Mr David Lange", "David Lange"],
        "new_zealand_labour_party": ["Labour Party"],
        "national_press_club_australia": ["National Press Club"],
        "australian_treasury": ["Australian Treasury"],
    },
    meetings=[
        # "Mr Muldoon said ... that he had twice rebuked the permanent head of the Australian
        # Treasury, Mr John Stone, in talks in Canberra last week." -> held, date null ("last
        # week"), Canberra. "twice rebuked ... in talks" is one row for the talks of that visit.
        M(["robert_muldoon", "john_stone"], None, "Canberra", IP, H,
          "Mr Muldoon said in Wellington yesterday that he had twice rebuked the permanent head of the Australian Treasury, Mr John Stone, in talks in Canberra last week."),
        # Not rows: Hawke "warned his New Zealand counterpart" (a statement at a press club, not
        # a meeting of the two); Hawke's address to the National Press Club yesterday and
        # Muldoon's address to it "on Friday" (speeches); the Closer Economic Relations treaty
        # (a treaty); Muldoon "having a shot" in his Parliament (a speech). Not annotated: the
        # byline "NZPA staff correspondent Canberra"; "the Labour Government", "the Hawke Labour
        # Government", "his Government" (descriptions of Australia's government); "the people of
        # New Zealand" (generic); Canberra, Wellington, the Tasman, New Zealand (places). Removed:
        # at the start, the Papers Past lines ("Thank you for correcting the text ...", "This
        # article contains searchable text ...") and six "Article image" lines; at the end, the
        # cut-off fragment "Mr Muldoon". Kept as found: "Prime Minster", "direction.-”".
    ],
    roles=[("The Australian Prime Minister", "bob_hawke"), ("his New Zealand counterpart", "robert_muldoon"),
           ("his Treasurer", "paul_keating"), ("my Treasurer", "paul_keating"),
           ("the Prime Minster", "robert_muldoon"),
           ("the permanent head of the Australian Treasury", "john_stone")],
)

_VN1 = ("Hanoi (VNA) – Prime Minister Nguyen Xuan Phuc held separate phone talks with Lao Party General Secretary and Prime Minister Thongloun Sisoulith, and Cambodia People’s Party President and Prime Minister Samdech Techo Hun Sen on February 11.")
_VN2 = ("The three leaders are scheduled to have a joint online meeting in the first quarter of 2021 to discuss measures to bring relations of the three fraternal neighbours to a new height, for common development and prosperity.")
A["dev_15810_phuc_thongloun_hun_sen_calls"] = dict(
    actors={
        "nguyen_xuan_phuc": ["PM Nguyen Xuan Phuc", "Prime Minister Nguyen Xuan Phuc", "Nguyen Xuan Phuc"],
        "thongloun_sisoulith": ["Thongloun Sisoulith"],
        "hun_sen": ["Samdech Techo Hun Sen", "Hun Sen"],
        "lao_peoples_revolutionary_party": ["Lao Party"],
        "cambodian_peoples_party": ["Cambodia People’s Party"],
        "communist_party_of_vietnam": ["Vietnamese Party"],
    },
    meetings=[
        # "... held separate phone talks with ... Thongloun Sisoulith, and ... Hun Sen on
        # February 11." -> two calls (separate): phone, held, 2021-02-11, no place.
        M(["nguyen_xuan_phuc", "thongloun_sisoulith"], "2021-02-11", None, PH, H, _VN1),
        M(["nguyen_xuan_phuc", "hun_sen"], "2021-02-11", None, PH, H, _VN1),
        # "The three leaders are scheduled to have a joint online meeting in the first quarter of
        # 2021 ..." -> a planned three-way video meeting: one row per pair; video, planned, date
        # null (a quarter), no place.
        M(["nguyen_xuan_phuc", "thongloun_sisoulith"], None, None, VID, P, _VN2),
        M(["nguyen_xuan_phuc", "hun_sen"], None, None, VID, P, _VN2),
        M(["thongloun_sisoulith", "hun_sen"], None, None, VID, P, _VN2),
        # Not rows: the congratulations and the lunar new year greetings (said during the same
        # calls); the 13th National Party Congress (an event). Not annotated: the photo credit
        # "(Photo: VNA)" and the agency credit "(VNA)" in the dateline; Hanoi, Vietnam, Laos,
        # Cambodia (places/states). Removed: at the start, the tool's " date 2021-02-12 " prefix.
        # Nothing at the end (the item ends with "./."). Kept as found: the headline repeated as
        # a caption with its photo credit, "Vietnam – Laos", "./.".
    ],
    roles=[("Lao Party General Secretary and Prime Minister", "thongloun_sisoulith"),
           ("Cambodia People’s Party President and Prime Minister", "hun_sen")],
)

A["test_15811_merkel_tsipras_call_berlin_planned"] = dict(
    actors={
        "alexis_tsipras": ["Greek PM Tsipras", "Greek Prime Minister Alexis Tsipras", "Alexis Tsipras", "Tsipras"],
        "angela_merkel": ["German Chancellor Angela Merkel", "Chancellor Angela Merkel", "Angela Merkel", "Merkel"],
        "steffen_seibert": ["Steffen Seibert"],
        "syriza": ["Syriza"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "German Chancellor Angela Merkel invited ... Tsipras to visit Berlin during a telephone
        # conversation on Monday, ..." -> phone, held, 2015-03-16 (the Monday of the item), no
        # place.
        M(["angela_merkel", "alexis_tsipras"], "2015-03-16", None, PH, H,
          "German Chancellor Angela Merkel invited Greek Prime Minister Alexis Tsipras to visit Berlin during a telephone conversation on Monday, German government spokesman Steffen Seibert said."),
        # "That offer was accepted and Tsipras is due to hold talks with Merkel on March 23." (=
        # the lead's "first official visit to Berlin next week to hold talks with Chancellor
        # Angela Merkel") -> planned, 2015-03-23, Berlin.
        M(["alexis_tsipras", "angela_merkel"], "2015-03-23", "Berlin", IP, P,
          "That offer was accepted and Tsipras is due to hold talks with Merkel on March 23."),
        # "Tsipras and Merkel are also due to meet before next week at a European Union summit
        # from March 19-20 in Brussels, ..." -> planned, date null (a range), Brussels; required
        # false: the two are "due to meet" at a summit of all EU leaders, no bilateral on its
        # sidelines is announced (see the notes).
        M(["alexis_tsipras", "angela_merkel"], None, "Brussels", IP, P,
          "Tsipras and Merkel are also due to meet before next week at a European Union summit from March 19-20 in Brussels, where Tsipras wants to persuade the eurozone to revise the terms of Greece's 240-billion euro ($255 billion) bailout.", False),
        # Not rows: the invitation (made in the call; the visit is the planned row); the EU
        # summit as such (a plenary); the extension "in February" and the creditors' approval
        # (no meeting). Not annotated: the short link "https://p.dw.com/p/1Ermc"; "Greece's
        # eurozone creditors", "Greek politicians", "Greeks" (generic); "the eurozone" (a group of
        # states); Berlin, Brussels, Athens (also as metonymy), Germany, Greece (places/states).
        # Removed: at the start, the site lines "1. Skip to content", "2. Skip to main menu", "3.
        # Skip to more DW sites"; at the end, the cut-off paragraph (Tsipras's quotation to the
        # daily Ethnos, ending "bank deposits would not be threate"), so Ethnos is not in the
        # stored text. Kept as found: the short link line.
    ],
    roles=[("Greek Prime Minister", "alexis_tsipras"), ("German Chancellor", "angela_merkel"),
           ("German government spokesman", "steffen_seibert")],
)

A["dev_15812_macron_draghi_quirinal_rome"] = dict(
    actors={
        "emmanuel_macron": ["France's President Emmanuel Macron", "French President Emmanuel Macron", "Emmanuel Macron", "Macron"],
        "mario_draghi": ["Italy's Prime Minister Mario Draghi", "Italian Prime Minister Mario Draghi", "Mario Draghi"],
        "sergio_mattarella": ["Italy's President Sergio Mattarella", "Sergio Mattarella"],
        "luigi_di_maio": ["Italy's Foreign Minister Luigi Di Maio", "Luigi Di Maio"],
        "pope_francis": ["Pope Francis"],
        "italian_air_force": ["Italy's Air Force"],
    },
    meetings=[
        # "... Macron ... and ... Draghi sign the Franco-Italian Quirinal Treaty next to ...
        # Mattarella ... and ... Di Maio ... in Rome, Friday, Nov. 26, 2021." with the ceremony
        # and the welcome of the same day and place -> one Macron-Draghi row: held, 2021-11-26,
        # Rome. Di Maio stands "next to" the signers: an attendee.
        M(["emmanuel_macron", "mario_draghi"], "2021-11-26", "Rome", IP, H,
          "France's President Emmanuel Macron, left, and Italy's Prime Minister Mario Draghi sign the Franco-Italian Quirinal Treaty next to Italy's President Sergio Mattarella, second left, and Italy's Foreign Minister Luigi Di Maio, right, at the Quirinale presidential palace in Rome, Friday, Nov. 26, 2021."),
        # "... Mattarella ... and ... Draghi ... welcome ... Macron ... at the Quirinale
        # presidential palace in Rome, Friday, Nov. 26, 2021, ..." -> a three-party welcome:
        # Macron-Mattarella held, 2021-11-26, Rome, required false (a welcome and a ceremony, no
        # talks reported); Mattarella-Draghi (the two hosts, the same side) required false, as the
        # same-side pair in `dev_017`. Macron-Draghi is the row above.
        M(["emmanuel_macron", "sergio_mattarella"], "2021-11-26", "Rome", IP, H,
          "Italy's President Sergio Mattarella, center left, and Italy's Prime Minister Mario Draghi, right, welcome France's President Emmanuel Macron, left, at the Quirinale presidential palace in Rome, Friday, Nov. 26, 2021, prior the Franco-Italian Quirinal Treaty signing.", False),
        M(["sergio_mattarella", "mario_draghi"], "2021-11-26", "Rome", IP, H,
          "Italy's President Sergio Mattarella, center left, and Italy's Prime Minister Mario Draghi, right, welcome France's President Emmanuel Macron, left, at the Quirinale presidential palace in Rome, Friday, Nov. 26, 2021, prior the Franco-Italian Quirinal Treaty signing.", False),
        # "... Macron ... and ... Draghi right, meet at Palazzo Chigi Government's Office in
        # Rome, Thursday Nov. 25, 2021." -> held, 2021-11-25, Rome (a different day from the
        # signing: its own row).
        M(["emmanuel_macron", "mario_draghi"], "2021-11-25", "Rome", IP, H,
          "French President Emmanuel Macron, left, and Italian Prime Minister Mario Draghi right, meet at Palazzo Chigi Government's Office in Rome, Thursday Nov. 25, 2021."),
        # "... Macron, right, talks with Pope Francis during a private audience at the Vatican,
        # Friday, Nov. 26, 2021." (= "leaves the Vatican after a meeting with Pope Francis"; the
        # Thursday caption's "who will also meet Pope Francis on Friday" announces the same
        # meeting) -> one row, held, 2021-11-26, Vatican.
        M(["emmanuel_macron", "pope_francis"], "2021-11-26", "Vatican", IP, H,
          "French President Emmanuel Macron, right, talks with Pope Francis during a private audience at the Vatican, Friday, Nov. 26, 2021."),
        # Not rows: the ceremony after the signing and the Air Force demonstration (the same day;
        # no further counterpart); the Quirinal Treaty (a treaty). Not annotated: Rome, the
        # Quirinale presidential palace, Palazzo Chigi, the Vatican, Italy, France (places/
        # buildings/states). Removed: at the start, the tool's " date 2021-11-26 " prefix; at the
        # end, the cut-off caption ("French President Emmanuel Macron, right, poses with Pope
        # Francis during a private audience at the Vatic"). The excerpt consists of photo
        # captions only (no headline or body text). Kept as found: "Mario Draghi right,", "an
        # Italy's Air Force", "prior the".
    ],
    roles=[("France's President", "emmanuel_macron"), ("French President", "emmanuel_macron"),
           ("Italy's Prime Minister", "mario_draghi"), ("Italian Prime Minister", "mario_draghi"),
           ("Italy's President", "sergio_mattarella"), ("Italy's Foreign Minister", "luigi_di_maio")],
)
