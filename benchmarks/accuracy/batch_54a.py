"""Accuracy corpus, batch 54a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1970s, 1980s, 1990s, 2000s,
2010s and 2020s (1970s: one, 1980s: one, 1990s: three, 2000s: two, 2010s: two, 2020s: three;
five of the twelve from before 2000, as the brief asked, among them a 1980s text as the brief
asked), over the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East,
Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East
Asia, Oceania: one each).
Outlets/sites: UrduPoint News (urdupoint.com; a Sputnik story), the Los Angeles Times (latimes.com
archive), Diggers News (diggers.news), VietnamPlus (en.vietnamplus.vn; VNA), RFE/RL (rferl.org),
Dominican Today (dominicantoday.com), Wikinews (en.m.wikinews.org), Rediff (sports.rediff.com),
the Lubbock Avalanche-Journal (lubbockonline.com; an AP story), the Jewish Telegraphic Agency (JTA
archive), The Michigan Daily (digital.bentley.umich.edu; an AP story) and RNZ (rnz.co.nz).
diggers.news, digital.bentley.umich.edu and the sports.rediff.com mirror are new to the corpus as
sources (diggers.news and the Michigan Daily archive were seen, not taken, by earlier batches);
urdupoint.com, en.vietnamplus.vn, dominicantoday.com, Wikinews, lubbockonline.com and rnz.co.nz
were used a few times before; the Los Angeles Times, RFE/RL, Rediff and the JTA archive were used
often (as far as `sources.csv` and the batch files show); the pages and the meetings are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_54a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-53b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_106NN_<slug>` / `test_106NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The byline line "Wed 28th August 2019 | 09:54 PM" and the dateline "ALMATY (UrduPoint News /
    # Sputnik - 28th August, 2019)" (2019-08-28 is a Wednesday). The call is reported through "a
    # statement on Wednesday" (2019-08-28, the statement's day); the text does not give the day of
    # the call itself -> null (see the notes).
    ("dev_10601_nazarbayev_putin_call", "Central Asia/Caucasus", "2010s", "UrduPoint News (urdupoint.com; a Sputnik story)", "https://www.urdupoint.com/en/world/kazakh-ex-leader-nazarbayev-discusses-coopera-699813.html", "2019-08-28"),
    # No date line in the excerpt; the URL's la-xpm-1985-09-14 (a Saturday): "will arrive in Cairo
    # today to confer" -> 1985-09-14; "said in Washington earlier Friday" -> 1985-09-13 (a
    # statement, no row); "will meet with Reagan on Sept. 23 and Sept. 30, respectively" ->
    # 1985-09-23 and 1985-09-30 (both Mondays; the year of publication); "last month" (Murphy's
    # tour) and "last February" (an agreement) -> no rows.
    ("dev_10602_hussein_mubarak_cairo_strategy", "Middle East", "1980s", "Los Angeles Times (latimes.com archive; Times Staff Writer)", "https://www.latimes.com/archives/la-xpm-1985-09-14-mn-21550-story.html", "1985-09-14"),
    # No date line in the excerpt; the URL's 2025/03/22 and the search tool's date field 2025-03-22
    # (a Saturday; removed with its " date ..." prefix). The meeting "on the sidelines of the
    # inauguration" is not given a day -> null.
    ("test_10603_hichilema_chapo_namibia_sidelines", "Africa", "2020s", "Diggers News (diggers.news)", "https://diggers.news/local/2025/03/22/zambia-mozambique-discuss-possible-energy-partnership/", "2025-03-22"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2021-04-06 (a
    # Tuesday; removed with its " date ..." prefix) is the page's date, and the text agrees ("made a
    # phone call ... on April 6"): the call -> 2021-04-06 (the year of publication); the message
    # "on April 5" -> no row.
    ("dev_10604_phankham_chinh_congratulatory_call", "Southeast Asia", "2020s", "VietnamPlus (en.vietnamplus.vn; Vietnam News Agency)", "https://en.vietnamplus.vn/lao-prime-minister-makes-phone-call-to-congratulate-vietnamese-counterpart/199681.vnp", "2021-04-06"),
    # The dateline "Bratislava, 27 February 1997 (RFE/RL)" (1997-02-27 is a Thursday). The visit
    # "expected to take place in April" -> a month, date null; "early in 1993" -> no row.
    ("dev_10605_meciar_klaus_visit_planned", "Eastern Europe/Russia", "1990s", "RFE/RL (rferl.org)", "https://www.rferl.org/a/1083784.html", "1997-02-27"),
    # No date line in the excerpt; the URL's 2021/04/16 and the search tool's date field 2021-04-16
    # (a Friday; removed with its " date ..." prefix). "The meeting ... will take place next
    # Tuesday" -> 2021-04-20 (the first Tuesday after the Friday; a Tuesday, checked), read as the
    # meeting with the King and Sánchez of the first sentence (see the notes); "August 16, 2020"
    # (the swearing-in) -> no row.
    ("dev_10606_abinader_felipe_sanchez_planned", "Latin America", "2020s", "Dominican Today (dominicantoday.com)", "https://dominicantoday.com/dr/economy/2021/04/16/dominican-leader-to-attend-1st-major-event-abroad/", "2021-04-16"),
    # The date line "Wednesday, May 30, 2007" (2007-05-30 is a Wednesday, checked): "started his
    # three day visit to Canada yesterday" and "Upon arrival ... was met with" -> 2007-05-29 (a
    # Tuesday); "signed an agreement today" -> 2007-05-30; the store visit with Olsson is not
    # given a day -> null.
    ("test_10607_schwarzenegger_mcguinty_toronto", "North America", "2000s", "Wikinews (en.m.wikinews.org)", "https://en.m.wikinews.org/wiki/Arnold_Schwarzenegger_marks_three_day_visit_to_Canada", "2007-05-30"),
    # The date line "October 10, 2007 21:19 IST" (2007-10-10 is a Wednesday; the URL's 2007/oct/10
    # agrees): "met ... on Wednesday" -> 2007-10-10; the meeting with Madhav Kumar Nepal ("also
    # met") is not given a day -> null; "is also expected to meet" Prachanda -> planned, null;
    # "November 22" (the postponed polls) -> no row.
    ("dev_10608_saran_koirala_kathmandu", "South Asia", "2000s", "Rediff (sports.rediff.com mirror of rediff.com news)", "http://sports.rediff.com/news/2007/oct/10nepal1.htm", "2007-10-10"),
    # The date line "Published: Sunday, July 11, 1999" (a Sunday, checked; the URL's 071199 agrees):
    # "Beginning a visit to Mongolia on Saturday, ... Obuchi pledged" -> 1999-07-10 (a Saturday),
    # the day of the pledge made "In a meeting with" the Mongolian Prime Minister and of the
    # welcome that begins the visit (see the notes); the talks in China -> null.
    ("dev_10609_obuchi_naransatsralt_ulan_bator", "East Asia", "1990s", "Lubbock Avalanche-Journal (lubbockonline.com; an AP story)", "http://lubbockonline.com/stories/071199/wor_071199008.shtml", "1999-07-11"),
    # The item's date line "June 9, 1993" (a Wednesday). The arrival and the reception are not
    # given a day ("on his arrival here", "later") -> null; "two years ago" (a declaration) and
    # "June 1986" / "1986" (an election) -> no rows.
    ("dev_10610_vranitzky_rabin_peres_israel", "Western Europe", "1990s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/archive/austrian-chancellor-pays-a-landmark-visit-to-israel", "1993-06-09"),
    # The page's date line "Friday, June 8, 1973" (1973-06-08 is a Friday, checked; the removed
    # page metadata "Michigan Daily, 1973-06-08" agrees): "arrived yesterday" -> 1973-06-07 (an
    # arrival, no row); "a meeting Sunday with ... Ben-Gurion" -> 1973-06-10 (the first Sunday
    # after the Friday); "is to meet twice with Premier Golda Meir and with ..." -> not given a
    # day -> null.
    ("test_10611_brandt_meir_israel_planned", "Western Europe", "1970s", "The Michigan Daily (digital.bentley.umich.edu; an AP story)", "https://digital.bentley.umich.edu/midaily/mdp.39015071754563/279", "1973-06-08"),
    # The date lines "6 Oct 2015" and "2:15 pm on 6 October 2015" (2015-10-06 is a Tuesday). "have
    # met in Tuvalu's capital" is not given a day -> null.
    ("dev_10612_sopoaga_tong_tuvalu_paris_call", "Oceania", "2010s", "RNZ (rnz.co.nz; Radio New Zealand International)", "https://www.rnz.co.nz/international/pacific-news/286225/pacific-call-for-strong-paris-climate-agreement", "2015-10-06"),
]

A = {}

A["dev_10601_nazarbayev_putin_call"] = dict(
    actors={
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "Putin"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "security_council_of_kazakhstan": ["Security Council"],
        "nur_otan": ["Nur Otan"],
        "constitutional_council_of_kazakhstan": ["Constitutional Council"],
    },
    meetings=[
        # "Russian President Vladimir Putin and Kazakhstan;s former President Nursultan Nazarbayev
        # held a telephone conversation ..." (the headline's "Call With Putin", the repeated lead
        # and the dateline paragraph: the same call, one row) -> phone, held, date null (the text
        # gives the day of the statement, "on Wednesday", not of the call; see the notes), place
        # null (a call; "ALMATY" is the dateline of the report).
        M(["vladimir_putin", "nursultan_nazarbayev"], None, None, PH, H,
          "ALMATY (UrduPoint News / Sputnik - 28th August, 2019) Russian President Vladimir Putin and Kazakhstan;s former President Nursultan Nazarbayev held a telephone conversation during which they discussed cooperation between the two countries and the schedule of upcoming meetings, Nazarbayev's press service said in a statement on Wednesday."),
        # Not rows: "the schedule of upcoming meetings" (meetings not specified: no parties' day,
        # place or kind; a count-like mention); "Nazarbayev's press service said in a statement"
        # (a statement; the press service is not named as a body, not annotated, as batch 53a's
        # Maldivian president's office); "Kazakhstan's Culture Days in Russia" (an event);
        # "Nazarbayev announced his resignation", "the parliament bestowed upon him the honorary
        # title" (no meeting). The byline line "Zeeshan Aziz (@imziishan) 2 minutes ago ..." and the
        # dateline's "(UrduPoint News / Sputnik - 28th August, 2019)" are a byline and an agency
        # credit (not annotated). Kept as found: the headline printed twice (with "In" and "in"),
        # "Kazakhstan;s" (twice), the lead without a final full stop, "Nazarbayev said he would
        # retain". Nothing removed at the start; nothing cut off at the end (the excerpt ends with a
        # whole sentence).
    ],
    roles=[("Russian President", "vladimir_putin"), ("Kazakhstan;s former President", "nursultan_nazarbayev"),
           ("Kazakh Ex-Leader", "nursultan_nazarbayev")],
)

_HM = ("White House spokesman Larry Speakes said in Washington earlier Friday that Mubarak and Hussein, who will both be among the leaders addressing the opening session of the U.N. General Assembly later this month, will meet with Reagan on Sept. 23 and Sept. 30, respectively.")
A["dev_10602_hussein_mubarak_cairo_strategy"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein of Jordan", "Hussein"],
        "hosni_mubarak": ["President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "richard_murphy": ["Richard W. Murphy"],
        "larry_speakes": ["White House spokesman Larry Speakes", "Larry Speakes"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "reagan_administration": ["Reagan Administration"],
        "white_house": ["White House"],
        "united_nations_general_assembly": ["U.N. General Assembly"],
        "egyptian_foreign_ministry": ["Egyptian Foreign Ministry"],
    },
    meetings=[
        # "King Hussein of Jordan will arrive in Cairo today to confer with President Hosni Mubarak
        # ..." ("The surprise summit, announced only hours before Hussein was due to arrive": the
        # same) -> planned (an announced meeting later that day, as ANNOTATION's "is to meet"),
        # 1985-09-14, Cairo.
        M(["hussein_bin_talal", "hosni_mubarak"], "1985-09-14", "Cairo", IP, P,
          "King Hussein of Jordan will arrive in Cairo today to confer with President Hosni Mubarak on a strategy to salvage their Middle East peace initiative when both leaders meet with President Reagan in the United States later this month, Egyptian government officials said."),
        # "Mubarak and Hussein ... will meet with Reagan on Sept. 23 and Sept. 30, respectively." ->
        # two separate planned meetings, Mubarak-Reagan 1985-09-23 and Hussein-Reagan 1985-09-30
        # ("respectively" pairs the names with the days); place United States (the lead's "when
        # both leaders meet with President Reagan in the United States later this month"; no city
        # is given).
        M(["hosni_mubarak", "ronald_reagan"], "1985-09-23", "United States", IP, P, _HM),
        M(["hussein_bin_talal", "ronald_reagan"], "1985-09-30", "United States", IP, P, _HM),
        # Not rows: "an unproductive tour of the region last month by Mideast envoy Richard W.
        # Murphy" (a tour, no host named); "the leaders addressing the opening session of the
        # U.N. General Assembly" (a plenary); "efforts by Jordan and Egypt to persuade the United
        # States to meet with a joint delegation of Jordanians and Palestinians" (a proposed
        # meeting of a country with an unnamed delegation, not agreed); "the scenario mapped out by
        # Hussein and Arafat in an agreement last February" (an agreement; no meeting is stated;
        # see the notes); "the first meeting with the United States would lead to ..."
        # (hypothetical); "An Egyptian Foreign Ministry official said", "Egyptian government
        # officials said" (statements). "Times Staff Writer" is the byline (not annotated). Kept as
        # found: the lines "Share", "Times Staff Writer" and "Advertisement" inside the text.
        # Removed: the "Advertisement" line at the start; at the end, the last, cut-off sentence
        # ("This would in turn pave the way for PLO participation in the peace process and lead to
        # an international conference, where Israel would be asked to accept the establishment of
        # a confederated Jordanian-Palestinian").
    ],
    roles=[("Mideast envoy", "richard_murphy"),
           ("assistant secretary of State for Near Eastern and South Asian affairs", "richard_murphy"),
           ("White House spokesman", "larry_speakes"),
           ("Palestine Liberation Organization Chairman", "yasser_arafat")],
)

A["test_10603_hichilema_chapo_namibia_sidelines"] = dict(
    actors={
        "hakainde_hichilema": ["Hakainde Hichilema"],
        "daniel_chapo": ["Mozambican President Daniel Chapo", "Daniel Chapo", "President Chapo"],
        "clayson_hamasaka": ["Clayson Hamasaka"],
        "state_house_zambia": ["State House"],
        "netumbo_nandi_ndaitwah": ["Dr Netumbo Nandi-Ndaitwah", "Netumbo Nandi-Ndaitwah"],
    },
    meetings=[
        # "PRESIDENT Hakainde Hichilema has held bilateral discussions with Mozambican President
        # Daniel Chapo ..." ("the two leaders met on the sidelines of the inauguration of
        # Namibia’s fifth President", "Their discussions", "During the meeting, President Chapo
        # proposed": the same, one row) -> held, a bilateral on the sidelines of a ceremony, date
        # null (no day is given), place null (the text does not say where the inauguration took
        # place; a reader could write Namibia; see the notes).
        M(["hakainde_hichilema", "daniel_chapo"], None, None, IP, H,
          "PRESIDENT Hakainde Hichilema has held bilateral discussions with Mozambican President Daniel Chapo, focusing on strengthening ties between Zambia and Mozambique and exploring potential areas of economic cooperation."),
        # Not rows: "the inauguration of Namibia’s fifth President ..., Dr Netumbo Nandi-Ndaitwah"
        # (a ceremony; no meeting with her is stated); "a statement issued by State House Chief
        # Communication Specialist Clayson Hamasaka" (a statement); "President Chapo proposed a
        # joint energy project" (said in the meeting above). Kept as found: "PRESIDENT" in
        # capitals, "the 2023/2024 farming season". The excerpt has no headline. Removed: the
        # search tool's " date 2025-03-22" prefix at the start; at the end, the last, cut-off
        # sentence ("“President Hakainde Hichilema met Mozambican President...") and the blank
        # lines after it.
    ],
    roles=[("Mozambican President", "daniel_chapo"),
           ("State House Chief Communication Specialist", "clayson_hamasaka"),
           ("Namibia’s fifth President and first female leader", "netumbo_nandi_ndaitwah")],
)

A["dev_10604_phankham_chinh_congratulatory_call"] = dict(
    actors={
        "phankham_viphavanh": ["Lao Prime Minister Phankham Viphavanh", "PM Phankham Viphavanh", "Phankham Viphavanh"],
        "pham_minh_chinh": ["Pham Minh Chinh", "PM Chinh", "Chinh"],
        "asean": ["ASEAN"],
        "greater_mekong_subregion": ["Greater Mekong Sub-region"],
        "vietnam_laos_intergovernmental_committee": ["Vietnam-Laos Inter-governmental Committee"],
    },
    meetings=[
        # "Lao Prime Minister Phankham Viphavanh made a phone call to the new Vietnamese Prime
        # Minister Pham Minh Chinh on April 6 to offer his congratulations." ("During the call",
        # "The two PMs rejoiced", "They agreed", "The two PMs took the occasion to invite each
        # other": the same call, one row) -> phone, held, 2021-04-06, place null (a call; "Hanoi"
        # is the agency's dateline). A congratulatory call is a call (the guide's exclusion is of
        # congratulatory messages and letters; as batch 53a's Moon-Biden call of Nov. 12).
        M(["phankham_viphavanh", "pham_minh_chinh"], "2021-04-06", None, PH, H,
          "Hanoi (VNA) – Lao Prime Minister Phankham Viphavanh made a phone call to the new Vietnamese Prime Minister Pham Minh Chinh on April 6 to offer his congratulations."),
        # Not rows: "The Lao PM earlier sent a message of congratulations to Chinh on April 5" (a
        # message); "The two PMs took the occasion to invite each other to visit their respective
        # countries" (mutual invitations, none said to be accepted: no planned meeting, as
        # ANNOTATION's "invited ... and the invitation was accepted"); "outcomes of the 43rd meeting
        # of the Vietnam-Laos Inter-governmental Committee" (a committee session of unnamed
        # members); "multilateral forums, especially ASEAN and the Greater Mekong Sub-region
        # frameworks" (multilateral); the anniversaries "in 2022" (events). "Hanoi (VNA) –" is the
        # agency's dateline credit (not annotated). Kept as found: the four line breaks between two
        # paragraphs. Removed: the search tool's " date 2021-04-06" prefix at the start; at the end,
        # the last, cut-off sentence ("PM Chinh extended his warm greetings to Lao leaders and
        # people on the occasion of their traditional Bunpimay").
    ],
    roles=[("Lao Prime Minister", "phankham_viphavanh"), ("the new Vietnamese Prime Minister", "pham_minh_chinh"),
           ("the Lao PM", "phankham_viphavanh")],
)

A["dev_10605_meciar_klaus_visit_planned"] = dict(
    actors={
        "vladimir_meciar": ["Slovak Prime Minister Vladimir Meciar", "Vladimir Meciar", "Meciar"],
        "vaclav_klaus": ["Vaclav Klaus", "Klaus"],
        "rfe_rl": ["RFE/RL"],
        "petr_maryska": ["Petr Maryska"],
        "czech_foreign_ministry": ["Czech Foreign Ministry"],
        "slovak_foreign_ministry": ["Slovak Foreign Affair Ministry"],
        "czechoslovak_state_bank": ["Czechoslovak State Bank"],
    },
    meetings=[
        # "Slovak Prime Minister Vladimir Meciar will make his first official visit to the Czech
        # Republic soon at the invitation of his Czech counterpart, Vaclav Klaus." (the headline's
        # "Prime Ministers To Meet", "Meciar's visit is still in the planning stages": the same) ->
        # planned, date null ("expected to take place in April": a month), Czech Republic (no city).
        M(["vladimir_meciar", "vaclav_klaus"], None, "Czech Republic", IP, P,
          "Bratislava, 27 February 1997 (RFE/RL) - Slovak Prime Minister Vladimir Meciar will make his first official visit to the Czech Republic soon at the invitation of his Czech counterpart, Vaclav Klaus."),
        # Not rows: "Klaus visited the Slovak Republic in an official capacity early in 1993" (a
        # visit to a country, no host named, as batch 53a's visits to a city or country; a reader
        # could make it a one-party row; see the notes); "A Slovak government spokeswoman told
        # RFE/RL", "A Slovak Foreign Affair Ministry spokesman added", "Petr Maryska said"
        # (statements to the press); "both sides have much to discuss" (the visit above). The
        # dateline's "(RFE/RL)" is an agency credit (RFE/RL is annotated for "told RFE/RL" in the
        # body). Kept as found: "Slovak Foreign Affair Ministry" (sic). Removed: at the start, the
        # site lines "Accessibility links" and "Breaking News". Nothing cut off at the end.
    ],
    roles=[("Slovak Prime Minister", "vladimir_meciar"), ("his Czech counterpart", "vaclav_klaus"),
           ("Czech Foreign Ministry official", "petr_maryska")],
)

_AB = ("Santo Domingo.-The King of Spain, Felipe de Borbón, and the President of the Spanish Government, Pedro Sánchez, will be the third heads of State and Government with whom President Luis Abinader, will meet in person. after being sworn in on August 16, 2020.")
A["dev_10606_abinader_felipe_sanchez_planned"] = dict(
    actors={
        "luis_abinader": ["President Luis Abinader", "Luis Abinader"],
        "felipe_vi": ["Felipe de Borbón"],
        "pedro_sanchez": ["Pedro Sánchez"],
        "ibero_american_conference": ["Ibero-American Conference"],
    },
    meetings=[
        # "The King of Spain, Felipe de Borbón, and the President of the Spanish Government, Pedro
        # Sánchez, will be the third heads of State and Government with whom President Luis
        # Abinader, will meet in person." -> two planned meetings (King, Prime Minister), one row
        # each (named separately as heads of State and of Government; no three-way meeting is
        # stated); date 2021-04-20 ("The meeting ... will take place next Tuesday prior to
        # participating in the 27th Summit": read as the meeting of the first sentence; see the
        # notes), place null (the text gives no place for the meeting: "Spain" stands only in
        # "Dominicans residing in Spain", Andorra is the summit's).
        M(["luis_abinader", "felipe_vi"], "2021-04-20", None, IP, P, _AB),
        M(["luis_abinader", "pedro_sanchez"], "2021-04-20", None, IP, P, _AB),
        # Not rows: "will be the third heads of State and Government with whom President Luis
        # Abinader, will meet in person" (implies two earlier meetings, not named: a count); "the
        # 27th Summit of Heads of State and Government in the Principality of Andorra" and "The
        # conclave will only be attended in person by representatives of Spain, Portugal, Guatemala
        # and Andorra" (a summit; unnamed representatives); "The representatives of the other 17
        # Ibero-American nations will intervene virtually" (unnamed; the plenary). "Santo
        # Domingo.-" is the dateline. Kept as found: "President Luis Abinader, will meet in person.
        # after being sworn in" (a comma and a full stop astray). Removed: the search tool's " date
        # 2021-04-16" prefix at the start. Nothing cut off at the end.
    ],
    roles=[("The King of Spain", "felipe_vi"), ("the President of the Spanish Government", "pedro_sanchez")],
)

_SM = ("Upon arrival at the Pearson International Airport in Toronto, Schwarzenegger was met with Ontario premier Dalton McGuinty and U.S. Ambassador David Wilkins.")
A["test_10607_schwarzenegger_mcguinty_toronto"] = dict(
    actors={
        "arnold_schwarzenegger": ["Arnold Schwarzenegger", "Schwarzenegger"],
        "dalton_mcguinty": ["Ontario premier Dalton McGuinty", "Dalton McGuinty", "McGuinty"],
        "david_wilkins": ["U.S. Ambassador David Wilkins", "David Wilkins"],
        "phillip_olsson": ["LCBO chairman Phillip Olsson", "Phillip Olsson"],
        "liquor_control_board_of_ontario": ["Liquor Control Board of Ontario", "LCBO"],
        "special_olympics": ["Special Olympics"],
        "team_canada": ["Team Canada"],
        "economic_club_of_canada": ["Economic Club"],
    },
    meetings=[
        # "Upon arrival at the Pearson International Airport in Toronto, Schwarzenegger was met with
        # Ontario premier Dalton McGuinty and U.S. Ambassador David Wilkins." -> a meeting of three
        # named people on arrival, held, 2007-05-29 (the visit "started ... yesterday"), Toronto.
        # Schwarzenegger-McGuinty required (the visitor and his host, as the airport welcome of
        # batch 26b's test_5111); Schwarzenegger-Wilkins required False (the governor and his own
        # country's ambassador, a same-side pair, as earlier batches' same-government pairs);
        # McGuinty-Wilkins required False (two members of the welcoming party; see the notes).
        M(["arnold_schwarzenegger", "dalton_mcguinty"], "2007-05-29", "Toronto", IP, H, _SM),
        M(["arnold_schwarzenegger", "david_wilkins"], "2007-05-29", "Toronto", IP, H, _SM, False),
        M(["dalton_mcguinty", "david_wilkins"], "2007-05-29", "Toronto", IP, H, _SM, False),
        # "At a Liquor Control Board of Ontario (LCBO) store, ... the former actor, who came to
        # promote California wine with LCBO chairman Phillip Olsson" -> a joint promotion at a
        # store, held, date null (the sequence of the day is not dated), place null (the store is
        # not placed); required False (a joint public appearance rather than a stated meeting).
        M(["arnold_schwarzenegger", "phillip_olsson"], None, None, IP, H,
          "At a Liquor Control Board of Ontario (LCBO) store, workers and shoppers were stunned to see the former actor, who came to promote California wine with LCBO chairman Phillip Olsson; after, he gave autographs to his many fans.", False),
        # "Both politicians signed an agreement today ..." ("They also signed an agreement today for
        # low-carbon fuel standards": the same signing) -> Schwarzenegger-McGuinty (the two
        # politicians of the text), held, 2007-05-30, place null (the signing is not placed; the
        # same day's speech is at "Toronto's Economic Club"; a reader could write Toronto; see the
        # notes). A second row for the pair: a different day from the airport meeting.
        M(["arnold_schwarzenegger", "dalton_mcguinty"], "2007-05-30", None, IP, H,
          "Both politicians signed an agreement today for Ontario and California to donate $30 million over 5 years for stem cell research."),
        # Not rows: "Canadian reporters waited to ask him questions", "Schwarzenegger told
        # reporters", "McGuinty told reporters" (media); "He was presented with a Special Olympics
        # jacket at the hotel, where the unveiling of Team Canada's new uniforms took place" (an
        # event, no one named presenting it); the speeches at the Liberty Grand hotel and at
        # "Toronto's Economic Club" and the "Newsmaker of the Year award" (speeches, an award);
        # "the Canadian government", "the federal government" (institutions, no meeting). Kept as
        # found: the date line, the two caption lines "Arnold Schwarzenegger", "was met with", "--a
        # trade mission", "trading good and services", "Schwarzenegger, today, made". Removed: at
        # the end, the last, cut-off sentence ("He is set to meet with Canadian Prime Minister
        # Stephen Ha"), so Harper and the planned meeting are not in the text.
    ],
    roles=[("the current governor of California", "arnold_schwarzenegger"), ("the former actor", "arnold_schwarzenegger"),
           ("Ontario premier", "dalton_mcguinty"), ("U.S. Ambassador", "david_wilkins"),
           ("LCBO chairman", "phillip_olsson")],
)

A["dev_10608_saran_koirala_kathmandu"] = dict(
    actors={
        "shyam_saran": ["Shyam Saran", "Saran", "Sharan"],
        "girija_prasad_koirala": ["Nepal Prime Minister Girija Prasad Koirala", "Girija Prasad Koirala", "Koirala"],
        "manmohan_singh": ["Indian Prime Minister Manmohan Singh", "Manmohan Singh"],
        "madhav_kumar_nepal": ["Madhav Kumar Nepal"],
        "cpn_uml": ["Communist Party of Nepal (Unified Marxist-Leninist)"],
        "pushpa_kamal_dahal": ["Prachanda"],
        "communist_party_of_nepal_maoist": ["Maoists"],
    },
    meetings=[
        # "Indian Prime Minister Manmohan Singh's special envoy Shyam Saran met Nepal Prime Minister
        # Girija Prasad Koirala on Wednesday ..." ("the 45 minutes meeting between the former
        # Indian foreign secretary and Koirala at his official residence at Baluwatar": the same)
        # -> held, 2007-10-10, Kathmandu (the city the text gives for the visit, "his arrival in
        # Kathmandu", "Saran is in Kathmandu"; Baluwatar is the residence, as batch 19b placed
        # Baluwatar meetings in Kathmandu).
        M(["shyam_saran", "girija_prasad_koirala"], "2007-10-10", "Kathmandu", IP, H,
          "Indian Prime Minister Manmohan Singh's special envoy Shyam Saran met Nepal Prime Minister Girija Prasad Koirala on Wednesday and discussed the political developments in Nepal as New Delhi said it wanted to see that the landmark peace process remains on track."),
        # "Saran ... also met Communist Party of Nepal (Unified Marxist-Leninist) general secretary
        # Madhav Kumar Nepal, according to party sources." -> held, date null (the day is not
        # given), Kathmandu (the visit's city).
        M(["shyam_saran", "madhav_kumar_nepal"], None, "Kathmandu", IP, H,
          "Saran, a former ambassador to Nepal, also met Communist Party of Nepal (Unified Marxist-Leninist) general secretary Madhav Kumar Nepal, according to party sources."),
        # "Sharan is also expected to meet Maoist chairman Prachanda." ("Sharan": the envoy, spelt
        # so once) -> planned, date null, Kathmandu (the visit's city; "Saran is in Kathmandu").
        M(["shyam_saran", "pushpa_kamal_dahal"], None, "Kathmandu", IP, P,
          "Sharan is also expected to meet Maoist chairman Prachanda."),
        # Not rows: "Manmohan Singh's special envoy" (Singh sends the envoy; he is not placed at any
        # meeting); "During Saran's meetings with the Nepalese leaders, he is expected to discuss
        # ..." (the meetings above); Saran's statement "on his arrival in Kathmandu" (a statement);
        # "a stand-off between the ruling multi-party alliance and Maoists" (no meeting). Kept as
        # found: the line "Share:" and the date line after the headline, "Sharan". Removed: at the
        # end, the page's lines "Get Rediff News in your Inbox:", "Share:" and "RELATED STORIES".
        # Nothing cut off (the excerpt ends with a whole sentence before them).
    ],
    roles=[("Indian Prime Minister Manmohan Singh's special envoy", "shyam_saran"),
           ("the former Indian foreign secretary", "shyam_saran"), ("a former ambassador to Nepal", "shyam_saran"),
           ("Nepal Prime Minister", "girija_prasad_koirala"),
           ("Communist Party of Nepal (Unified Marxist-Leninist) general secretary", "madhav_kumar_nepal"),
           ("Maoist chairman", "pushpa_kamal_dahal")],
)

A["dev_10609_obuchi_naransatsralt_ulan_bator"] = dict(
    actors={
        "keizo_obuchi": ["Japanese Prime Minister Keizo Obuchi", "Keizo Obuchi", "Obuchi"],
        "janlavyn_narantsatsralt": ["Mongolian Prime Minister Janlavin Naransatsralt", "Janlavin Naransatsralt"],
        "natsagiin_bagabandi": ["Mongolian President Natsagiin Bagabandi", "Natsagiin Bagabandi"],
        "muneo_suzuki": ["Muneo Suzuki", "Suzuki"],
        "world_trade_organization": ["World Trade Organization"],
    },
    meetings=[
        # "In a meeting with Mongolian Prime Minister Janlavin Naransatsralt, Obuchi promised up to
        # $133 million ..." ("the smoothest prime ministerial summit", "The two sides also sealed
        # agreements": the same) -> held, 1999-07-10 (the pledge the lead dates "on Saturday"),
        # Ulan Bator (the dateline, the visit's city).
        M(["keizo_obuchi", "janlavyn_narantsatsralt"], "1999-07-10", "Ulan Bator", IP, H,
          "In a meeting with Mongolian Prime Minister Janlavin Naransatsralt, Obuchi promised up to $133 million in loans and grants to assist Mongolian infrastructure development and financial industry reform, said Muneo Suzuki, a spokesman for the Japanese government."),
        # "Obuchi was welcomed by Mongolian President Natsagiin Bagabandi at a ceremony in Ulan
        # Bator's Sukhabaatar Square." ("the two leaders greeted each other": the same) -> a
        # welcome by the head of state, held, 1999-07-10 (the ceremony that begins the visit "on
        # Saturday"; see the notes), Ulan Bator.
        M(["keizo_obuchi", "natsagiin_bagabandi"], "1999-07-10", "Ulan Bator", IP, H,
          "With lush green hills in the background, Obuchi was welcomed by Mongolian President Natsagiin Bagabandi at a ceremony in Ulan Bator's Sukhabaatar Square."),
        # "Following tough talks in China on trade and security issues, ..." / "The Beijing summit
        # culminated in a breakthrough agreement" -> Obuchi's talks with unnamed Chinese
        # counterparts: one named party, held, date null, Beijing ("The Beijing summit"); required
        # False (counterparts not given even by role, as batch 53a's Kissinger "talks with Chinese
        # leaders"; see the notes).
        M(["keizo_obuchi"], None, "Beijing", IP, H,
          "Following tough talks in China on trade and security issues, Obuchi appeared relieved to be in Mongolia, a country in which he has long had a personal interest.", False),
        # Not rows: "Obuchi also urged Mongolia ... to help in efforts to prevent Pyongyang from
        # testing another ballistic missile" (said in the meeting above; Pyongyang, a capital for a
        # government, is a place, not annotated); "said Muneo Suzuki" (a statement); "Mongolian
        # soldiers ... stood at attention" (unnamed). "{AP}" is the agency credit (not annotated).
        # Kept as found: "{AP}", "Janlavin Naransatsralt", "Sukhabaatar Square". Removed: at the
        # end, the site's line "© 2018. All Rights Reserved.  | Contact Us" and the blank lines
        # before it. Nothing cut off.
    ],
    roles=[("Japanese Prime Minister", "keizo_obuchi"), ("Mongolian Prime Minister", "janlavyn_narantsatsralt"),
           ("Mongolian President", "natsagiin_bagabandi"), ("a spokesman for the Japanese government", "muneo_suzuki")],
)

_VR = ("Vranitzky was greeted at Ben-Gurion Airport by Foreign Minister Shimon Peres and warmly welcomed later at a reception by Prime Minister Yitzhak Rabin, who acknowledged the “ups and downs” in Israeli-Austrian relations.")
A["dev_10610_vranitzky_rabin_peres_israel"] = dict(
    actors={
        "franz_vranitzky": ["Austrian Chancellor Franz Vranitzky", "Franz Vranitzky", "Vranitzky"],
        "shimon_peres": ["Foreign Minister Shimon Peres", "Shimon Peres"],
        "yitzhak_rabin": ["Prime Minister Yitzhak Rabin", "Yitzhak Rabin", "Rabin"],
        "kurt_waldheim": ["President Kurt Waldheim", "Waldheim"],
    },
    meetings=[
        # "Vranitzky was greeted at Ben-Gurion Airport by Foreign Minister Shimon Peres and warmly
        # welcomed later at a reception by Prime Minister Yitzhak Rabin ..." -> two separate
        # meetings in one sentence (an airport welcome, a reception), one row each (no three-way
        # meeting is stated); held, date null (the arrival is not given a day), place Israel (the
        # text names no city: "his arrival here", "the first to Israel"; Ben-Gurion Airport is not
        # a city; see the notes). The reception sentence's Rabin quotations are the same
        # reception.
        M(["franz_vranitzky", "shimon_peres"], None, "Israel", IP, H, _VR),
        M(["franz_vranitzky", "yitzhak_rabin"], None, "Israel", IP, H, _VR),
        # Not rows: "the retirement of President Kurt Waldheim", "the 1986 presidential election of
        # Waldheim" (no meeting); "Until Vranitzky made that declaration two years ago" (a
        # declaration); "Israeli officials" (unnamed); "the German army" and "the Third Reich" (a
        # common-noun army of the past and a state, not annotated). Kept as found: the lines "See
        # Original Daily Bulletin From This Date" and "Advertisement" after the date line, "must
        # shoulder take some responsibility" (sic). Removed: at the start, the site line "Search
        # JTA's historical archive dating back to 1923"; at the end, the last, cut-off sentence
        # ("Relations began to improve after Waldheim retired").
    ],
    roles=[("Austrian Chancellor", "franz_vranitzky"), ("Foreign Minister", "shimon_peres"),
           ("Prime Minister", "yitzhak_rabin")],
)

_BM = ("Brandt is to meet twice with Premier Golda Meir and with Foreign Minister Abba Eban, Fi- nance Minister Pinhas Sapir and Deputy Premier Yigal Allon.")
A["test_10611_brandt_meir_israel_planned"] = dict(
    actors={
        "willy_brandt": ["Chancellor Willy Brandt", "Willy Brandt", "Brandt"],
        "golda_meir": ["Premier Golda Meir", "Golda Meir"],
        "abba_eban": ["Foreign Minister Abba Eban", "Abba Eban"],
        "pinhas_sapir": ["Pinhas Sapir"],
        "yigal_allon": ["Deputy Premier Yigal Allon", "Yigal Allon"],
        "david_ben_gurion": ["David Ben-Gur- ion"],
        "european_economic_community": ["Con. mon Market"],
    },
    meetings=[
        # "Brandt is to meet twice with Premier Golda Meir and with Foreign Minister Abba Eban,
        # Finance Minister Pinhas Sapir and Deputy Premier Yigal Allon." (hyphenated "Fi- nance" in
        # the OCR text) -> planned meetings of the visiting chancellor with four named Israeli
        # leaders, one row per Brandt pair (the two meetings with Meir: the same pair, one row);
        # all planned, date null (no day given), place Israel (the headline's "Brandt arrives in
        # Israel"; the dateline JERUSALEM dates the report, the meetings are not placed). The
        # Israeli leaders' pairs among themselves are not rows (read as the hosts Brandt is to
        # meet, not a stated joint session; see the notes).
        M(["willy_brandt", "golda_meir"], None, "Israel", IP, P, _BM),
        M(["willy_brandt", "abba_eban"], None, "Israel", IP, P, _BM),
        M(["willy_brandt", "pinhas_sapir"], None, "Israel", IP, P, _BM),
        M(["willy_brandt", "yigal_allon"], None, "Israel", IP, P, _BM),
        # "Brandt climaxes his visit at a meeting Sunday with 86-year-old elder statesman David
        # Ben-Gurion ..." (hyphenated "Ben-Gur- ion") -> planned (a scheduled meeting, in the
        # present tense of a programme), 1973-06-10 ("Sunday" in a Friday paper), place Israel
        # (as above).
        M(["willy_brandt", "david_ben_gurion"], "1973-06-10", "Israel", IP, P,
          "Brandt climaxes his visit at a meeting Sunday with 86-year-old elder statesman David Ben-Gur- ion, who broke the ice between Israel and West Germany more than two decades ago."),
        # Not rows: "Chancellor Willy Brandt arrived yesterday" (an arrival; no one is named
        # greeting him); "a stop at the Yad Vashem memorial" (a place); "frontier police units"
        # (unnamed); "they were likely to take up Israeli relations with the Common Market" (a
        # topic; the European Economic Community is annotated). "JERUSALEM (IP) -" is the dateline
        # with the OCR's "(IP)" for the agency credit (not annotated); "THE SUMMER DAILY" and "Poge
        # Nine" are the paper's page header (not annotated). Kept as found (OCR): "Poge Nine",
        # "(IP)", "chief 'to set foot", "Yad Vas- hem", "plulled", "Fi- nance", "ques- tion",
        # "Con. mon Market", "Ben-Gur- ion", the line breaks of the newspaper columns and the blank
        # line inside the first paragraph. Removed: at the start, the page viewer's lines ("100%",
        # "Scanned image of the page. ...", "Page Options", "Download this Issue", "Share",
        # "Something wrong?", "Something wrong with this page? Report problem.", "Rights /
        # Permissions" and its paragraph), the page metadata ("June 08, 1973 - Image 9",
        # "Resource type:", "Text", "Publication:", "Michigan Daily, 1973-06-08") and the OCR
        # disclaimer line; at the end, the last, cut-off paragraph ("IN HIS delicate four-day
        # stay, Brandt hopes to put a final seal on the painful growth of rela- tions between
        # the").
    ],
    roles=[("Foreign Minister", "abba_eban"), ("Fi- nance Minister", "pinhas_sapir"),
           ("Deputy Premier", "yigal_allon"), ("86-year-old elder statesman", "david_ben_gurion"),
           ("the first German government chief", "willy_brandt")],
)

A["dev_10612_sopoaga_tong_tuvalu_paris_call"] = dict(
    actors={
        "enele_sopoaga": ["Tuvalu Prime Minister Enele Sopoaga", "Enele Sopoaga", "Mr Sopoaga"],
        "anote_tong": ["Kiribati President Anote Tong", "Anote Tong", "Mr Tong", "Tong"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        # "The Prime Minister of Tuvalu Enele Sopoaga and the President of Kiribati Anote Tong have
        # met in Tuvalu's capital to call for a strong and effective climate change agreement ..."
        # -> held, date null (no day is given), place Tuvalu (the capital is not named).
        M(["enele_sopoaga", "anote_tong"], None, "Tuvalu", IP, H,
          "The Prime Minister of Tuvalu Enele Sopoaga and the President of Kiribati Anote Tong have met in Tuvalu's capital to call for a strong and effective climate change agreement in Paris at the end of the year."),
        # Not rows: "the Paris talks", "the Paris Agreement" (a conference and a treaty to come;
        # not actors); the caption "Tong at Pacific Islands Forum in 2015" (a forum, no meeting);
        # "he has joined others in calling for a moratorium" (a call for a policy, no meeting).
        # "Photo: RNZI / Jamie Tahana" and "Photo: RNZI / Koro Vaka'uta" are photo credits (not
        # annotated). Kept as found: the two date lines, the caption lines, "Mr Sopoaga says this
        # if the Paris talks fail". Removed: at the end, the app promotion lines ("Get the RNZ app",
        # "for ad-free news and current affairs"). Nothing cut off.
    ],
    roles=[("The Prime Minister of Tuvalu", "enele_sopoaga"), ("the President of Kiribati", "anote_tong"),
           ("Tuvalu's Prime Minister", "enele_sopoaga"), ("Kiribati President", "anote_tong")],
)
