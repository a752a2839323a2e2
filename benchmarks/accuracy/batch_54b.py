"""Accuracy corpus, batch 54b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: one, 1990s: three, 2000s: two, 2010s: three, 2020s: two;
five of the twelve from before 2000, as the brief asked for at least five, one of them from the
1980s), over the eleven regions (Middle East: two; South Asia, Oceania, Central Asia/Caucasus,
Eastern Europe/Russia, Southeast Asia, Latin America, Western Europe, East Asia, North America,
Africa: one each).
Outlets/sites: Time (archive mirror at 610211.6jhxt.group), FBC News (fbcnews.com.fj), Virtual
Karabakh (virtualkarabakh.az, carrying Trend), the Jewish Telegraphic Agency (jta.org), the Royal
Embassy of Saudi Arabia in Washington (saudiembassy.net), the Deseret News (deseret.com), the
KhmerNZ blog (khmernz.blogspot, carrying AFP), the Los Angeles Times (latimes.com archive, carrying
the Associated Press), The News Letter (newsletter.co.uk, Belfast), Yonhap News Agency
(english.yonhapnews.co.kr), the Prime Minister's Office of Canada (a statement in the Privy
Council Office archive at epe.lac-bac.gc.ca) and GhanaWeb (ghanaweb.com). virtualkarabakh.az,
saudiembassy.net, newsletter.co.uk and english.yonhapnews.co.kr are new to the corpus as sites (as
far as `sources.csv` and the batch files show); the other sites were used before, the pages are
new, and so are the meetings they report (see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_54b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-53b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_107NN_<slug>` / `test_107NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "Friday, Apr. 01, 1966" (a Friday, checked; the URL's Time1966/1966-04-01
    # agrees): the date. The Paris "lunch and talks" are told for "last week" -> no date;
    # the talks with Johnson are still ahead ("would") -> no date.
    ("dev_10701_indira_gandhi_de_gaulle_johnson_visit", "South Asia", "1960s", "Time (archive mirror at 610211.6jhxt.group)", "http://610211.6jhxt.group/txt/time/Time1966/1966-04-01/840608.html", "1966-04-01"),
    # No date line in the excerpt; the search tool's date field 2024-10-18 (removed with its
    # prefix; a Friday, checked): the caption's "yesteday" (sic) = 2024-10-17 (a Thursday,
    # checked); "next Wednesday" (CHOGM, no row) -> no date.
    ("dev_10702_rabuka_watts_luxon_auckland_planned", "Oceania", "2020s", "FBC News (fbcnews.com.fj)", "https://www.fbcnews.com.fj/news/rabuka-to-meet-with-nz-pm/", "2024-10-18"),
    # The date line "07-12-2018" (day-month-year: 2018-12-07, a Friday, checked; the text's "in an
    # interview with Trend on Dec. 7" agrees): the conversation "at the event in St. Petersburg",
    # the unofficial summit "on Dec. 6" -> 2018-12-06 (a Thursday, checked; the year of
    # publication).
    ("test_10703_aliyev_pashinyan_st_petersburg", "Central Asia/Caucasus", "2010s", "Virtual Karabakh (virtualkarabakh.az; Trend)", "https://www.virtualkarabakh.az/en/new-item/6/753/hajiyev-azerbaijani-president-armenian-acting-pm-had-conversation-in-st-petersburg.html", "2018-12-07"),
    # No date line in the excerpt; the URL names the bulletin's day: 1996/12/25 (a Wednesday,
    # checked): "met Tuesday" and "Mubarak said Tuesday" = 1996-12-24 (checked); "would convene
    # again soon" -> no date; "arrived in the region Saturday night" (in the removed last
    # sentence; an arrival) -> no row.
    ("dev_10704_netanyahu_arafat_erez_ross", "Middle East", "1990s", "Jewish Telegraphic Agency (jta.org)", "http://www.jta.org/1996/12/25/archive/netanyahu-arafat-meet-in-effort-to-reach-agreement-2", "1996-12-25"),
    # The date line "July 30, 2010" (a Friday, checked; the URL's news07301002 agrees): "this
    # evening" = 2010-07-30.
    ("dev_10705_saudi_jordanian_kings_amman", "Middle East", "2010s", "Royal Embassy of Saudi Arabia, Washington (saudiembassy.net)", "http://www.saudiembassy.net/latest_news/news07301002.aspx", "2010-07-30"),
    # No date line in the excerpt; the URL names the day: 1992/6/9 (a Tuesday, checked): "failed
    # Tuesday" = 1992-06-09; "a further meeting would be held in Prague Thursday" = 1992-06-11 (a
    # Thursday, checked).
    ("dev_10706_klaus_meciar_brno", "Eastern Europe/Russia", "1990s", "Deseret News (deseret.com)", "https://www.deseret.com/1992/6/9/18988490/czechoslovakia-likely-to-split-says-prime-minister-designate/", "1992-06-09"),
    # The blog's date line "Tuesday, 4 November 2008" (a Tuesday, checked; the URL's 2008/11
    # agrees; the AFP story's "the government said Tuesday" is the same day): "Nov. 12" =
    # 2008-11-12 (the year of publication; a Wednesday, checked); "on the 6th and 7th" and
    # "Thursday and Friday" (2008-11-06/07) -> no date (two days); "later this month", "next
    # week" -> no date.
    ("test_10707_somchai_hun_sen_possible_talks", "Southeast Asia", "2000s", "KhmerNZ blog (khmernz.blogspot; AFP)", "http://khmernz.blogspot.ca/2008/11/thai-pm-to-head-to-vietnam-for.html", "2008-11-04"),
    # No date line in the excerpt; the URL names the day: 1986-09-03 (a Wednesday, checked):
    # "arrived unannounced Tuesday" = 1986-09-02 (an arrival, no row); "had an appointment
    # Wednesday with Barber Conable" = 1986-09-03 (told before it took place: planned); "two days
    # of talks" -> no date.
    ("dev_10708_seaga_conable_talks_planned", "Latin America", "1980s", "Los Angeles Times (latimes.com archive; Associated Press)", "https://www.latimes.com/archives/la-xpm-1986-09-03-fi-13089-story.html", "1986-09-03"),
    # No date line in the excerpt; the search tool's date field 2022-10-27 (removed with its
    # prefix; a Thursday, checked): "held a phone conversation yesterday evening" = 2022-10-26 (a
    # Wednesday, checked); the statements' "this evening" were issued on that day.
    ("dev_10709_sunak_martin_phone", "Western Europe", "2020s", "The News Letter (newsletter.co.uk)", "https://www.newsletter.co.uk/news/politics/northern-ireland-protocol-prime-minister-rishi-sunak-tells-taoiseach-micheal-martin-he-wants-deal-on-protocol-3895090", "2022-10-27"),
    # The dateline "VLADIVOSTOK, Sept. 9 (Yonhap)" with the URL's 2012/09/09 (a Sunday, checked;
    # the caption's "on Sept. 9, 2012" agrees): "Sunday" = 2012-09-09; "a day after" (the
    # foreign ministers' meeting) = 2012-09-08 (a Saturday, checked); "on Aug. 10" (a visit to
    # the islets; no row).
    ("dev_10710_lee_noda_vladivostok_pullaside", "East Asia", "2010s", "Yonhap News Agency (english.yonhapnews.co.kr)", "http://english.yonhapnews.co.kr/national/2012/09/09/51/0301000000AEN20120909002700315F.HTML", "2012-09-09"),
    # The date line "July 4, 2000 / Ottawa, Ontario" (a Tuesday, checked; the URL's 20000704
    # agrees): "I called President-elect Vicente Fox yesterday" = 2000-07-03 (a Monday, checked).
    ("test_10711_chretien_fox_phone", "North America", "2000s", "Prime Minister's Office of Canada (statement; Privy Council Office archive, epe.lac-bac.gc.ca)", "https://epe.lac-bac.gc.ca/100/205/301/pco-bcp/website/06-07-27/www.pco-bcp.gc.ca/printer.asp@language=e&page=archivechretien&sub=newsreleases&doc=mexicanelections.20000704_e.htm&printerfriendly=y.htm", "2000-07-04"),
    # The date line "Wed, 13 May 1998" (a Wednesday, checked): the banquet's day is not stated
    # ("who rounds off a two-day official visit") -> no date.
    ("dev_10712_rawlings_eyadema_banquet", "Africa", "1990s", "GhanaWeb (ghanaweb.com)", "https://mobile.ghanaweb.com/GhanaHomePage/NewsArchive/Rawlings-Calls-For-Improved-Relations-With-Togo-3906", "1998-05-13"),
]

A = {}

A["dev_10701_indira_gandhi_de_gaulle_johnson_visit"] = dict(
    actors={
        "indira_gandhi": ["Indira Gandhi", "Mrs. Gandhi"],
        # "Lai Bahadur Shastri" (OCR for "Lal") and "Shastri".
        "lal_bahadur_shastri": ["Lai Bahadur Shastri", "Shastri"],
        "lyndon_johnson": ["Lyndon Johnson", "President Johnson"],
        "charles_de_gaulle": ["Charles de Gaulle"],
        "air_india": ["Air India"],
        # "a White House 707" (the aircraft's operator).
        "white_house": ["White House"],
    },
    meetings=[
        # "After lunch and talks in Paris with Charles de Gaulle" -> held, date null (on the trip
        # of "last week"), Paris.
        M(["indira_gandhi", "charles_de_gaulle"], None, "Paris", IP, H,
          "After lunch and talks in Paris with Charles de Gaulle, Mrs. Gandhi boarded a more suitable transport for her transatlantic flight: a White House 707."),
        # "The President and the Prime Minister had much to talk about ... In the talks, he would
        # gently insist" (the visit to the U.S. at Johnson's invitation, told before the talks)
        # -> planned, date null, United States (the visit's country: "to get India's Prime
        # Minister to the U.S."; no city named).
        M(["lyndon_johnson", "indira_gandhi"], None, "United States", IP, P,
          "In the talks, he would gently insist that India must take steps to control its population growth, revamp its outmoded agricultural methods, and find some modus vivendi with Pakistan so that the two bitter foes do not expend their economic resources arming against each other."),
        # Not rows: the invitation "extended originally to Lai Bahadur Shastri ... put off ... by
        # Lyndon Johnson ... When Shastri died before he could make the trip" (a visit that never
        # took place); the Air India strike; "She welcomed, too, the opportunity of placing
        # India's viewpoint ... before the President" (the same planned talks); "she said before
        # leaving Delhi" (a statement). Kept as they stand: "Lai Bahadur Shastri" (OCR) and the
        # date line above the headline. Removed: at the end, the site's cut-off footer line
        # ("This file is automatica"). Nothing removed at the start.
    ],
    roles=[("India's Prime Minister", "indira_gandhi"), ("India's new leader", "indira_gandhi"),
           ("his successor", "indira_gandhi"), ("The President", "lyndon_johnson"),
           ("the Prime Minister", "indira_gandhi")],
)

_MET_NZ = ("Rabuka met with Fiji’s High Commissioner to New Zealand, Ratu Inoke Kubuabola, and New Zealand’s Minister for Climate Change, Simon Watts")
A["dev_10702_rabuka_watts_luxon_auckland_planned"] = dict(
    actors={
        "sitiveni_rabuka": ["Prime Minister Hon. Sitiveni Rabuka", "Prime Minister Sitiveni Rabuka", "Sitiveni Rabuka", "Rabuka"],
        "inoke_kubuabola": ["Ratu Inoke Kubuabola"],
        "christopher_luxon": ["Prime Minister Christopher Luxon", "Christopher Luxon"],
        # New keys: the New Zealand minister, the Fijian permanent secretary and the deputy prime
        # minister.
        "simon_watts": ["Hon. Simon Watts", "Simon Watts"],
        "lesi_korovavala": ["Dr. Lesi Korovavala", "Lesi Korovavala"],
        "manoa_kamikamica": ["Manoa Kamikamica"],
    },
    meetings=[
        # The photo caption: Rabuka "was warmly welcomed by ... Simon Watts upon his arrival at
        # the Auckland International Airport yesteday" -> an airport welcome: held, 2024-10-17,
        # Auckland; required False (a welcome on arrival, as the welcome of test_001; it may be
        # the same encounter as the next row; see the notes).
        M(["sitiveni_rabuka", "simon_watts"], "2024-10-17", "Auckland", IP, H,
          "Prime Minister Hon. Sitiveni Rabuka (right) was warmly welcomed by New Zealand's Minister for Climate Change, Hon. Simon Watts upon his arrival at the Auckland International Airport yesteday.",
          False),
        # "Rabuka met with ... Ratu Inoke Kubuabola, and ... Simon Watts" -> two bilaterals (as
        # dev_032's "met X and Y"), held, date null (the day is not stated), New Zealand (the
        # visit's country; no city stated for the meetings).
        M(["sitiveni_rabuka", "inoke_kubuabola"], None, "New Zealand", IP, H, _MET_NZ),
        M(["sitiveni_rabuka", "simon_watts"], None, "New Zealand", IP, H, _MET_NZ),
        # "Rabuka will meet with Prime Minister Christopher Luxon" -> planned, date null, New
        # Zealand (no city stated for the meeting; Auckland is the place of the Fiji Day
        # celebrations).
        M(["sitiveni_rabuka", "christopher_luxon"], None, "New Zealand", IP, P,
          "Rabuka will meet with Prime Minister Christopher Luxon to discuss key areas of cooperation, including regional security, economic ties, and climate change, as part of the Fiji-New Zealand Duavata Partnership and later been invited to officiate at the Fiji Day celebrations at Mangere Centre Park, Auckland."),
        # Not rows: "He was also accompanied by ... Dr. Lesi Korovavala, and his wife" (people
        # accompanying, not parties); the Fiji Day celebrations (an event); Kamikamica as acting
        # prime minister (no meeting); "travel to Samoa for the CHOGAM next Wednesday" (a summit
        # as such). "[Source: Fiji Government/ Facebook]" is the photo credit (not annotated); the
        # Duavata Partnership is an arrangement (not an actor). Kept as they stand: "yesteday",
        # "later been invited", "CHOGAM" and the sentence without a full stop ("... Simon
        # Watts"). Removed: at the start, the search tool's date prefix (" date 2024-10-18 ").
        # The excerpt has no headline and no cut-off sentence.
    ],
    roles=[("New Zealand's Minister for Climate Change", "simon_watts"),
           ("Fiji’s High Commissioner to New Zealand", "inoke_kubuabola"),
           ("Permanent Secretary for Foreign Affairs", "lesi_korovavala"),
           ("Acting Prime Minister", "manoa_kamikamica")],
)

A["test_10703_aliyev_pashinyan_st_petersburg"] = dict(
    actors={
        "ilham_aliyev": ["Azerbaijani President Ilham Aliyev", "Ilham Aliyev", "President Aliyev", "Aliyev"],
        "nikol_pashinyan": ["Armenian Acting Prime Minister Nikol Pashinyan", "Nikol Pashinyan", "Pashinyan"],
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "President Putin"],
        "trend_news_agency": ["Trend"],
        "presidential_administration_of_azerbaijan": ["Azerbaijani Presidential Administration"],
        "cis": ["CIS"],
        # New key.
        "hikmet_hajiyev": ["Hikmet Hajiyev", "Hajiyev"],
    },
    meetings=[
        # "Aliyev and ... Pashinyan had a conversation at the event in St. Petersburg" (the
        # unofficial summit "on Dec. 6"; "President Aliyev talked with Pashinyan during the
        # event": the same) -> held, 2018-12-06, St. Petersburg.
        M(["ilham_aliyev", "nikol_pashinyan"], "2018-12-06", "St. Petersburg", IP, H,
          "Azerbaijani President Ilham Aliyev and Armenian Acting Prime Minister Nikol Pashinyan had a conversation at the event in St. Petersburg, Deputy Head of the Foreign Policy Affairs Department of the Azerbaijani Presidential Administration Hikmet Hajiyev said in an interview with Trend on Dec. 7."),
        # Not rows: "at the invitation of Russian President Vladimir Putin, President Aliyev took
        # part in the unofficial summit" and the summit of 2017 (summits as such); "a joint dinner
        # for the presidents" and the ballet (a gathering of all the presidents); Aliyev "sitting
        # to the right of President Putin" (a seat at a ballet); "conversations and discussions
        # ... with all the heads of state participating" (no specific counterpart: a count-like
        # statement); Hajiyev's interview with Trend (an interview). Kept as they stand: the mixed
        # straight and curly quotation marks. Removed: at the start, the site line "Loading..."
        # and the first of two identical headline lines; at the end, the source line "trend.az".
        # The item is whole (no cut-off sentence).
    ],
    roles=[("Azerbaijani President", "ilham_aliyev"), ("Armenian Acting Prime Minister", "nikol_pashinyan"),
           ("Russian President", "vladimir_putin"),
           ("Deputy Head of the Foreign Policy Affairs Department of the Azerbaijani Presidential Administration", "hikmet_hajiyev")],
)

_EREZ_ROSS = ("The two leaders did not talk to reporters after their meeting, but U.S. Special Middle East Coordinator Dennis Ross, who served as mediator, described the session as “extremely productive.”")
A["dev_10704_netanyahu_arafat_erez_ross"] = dict(
    actors={
        "benjamin_netanyahu": ["Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Netanyahu"],
        "yasser_arafat": ["Palestinian leader Yasser Arafat", "Yasser Arafat", "Arafat"],
        "dennis_ross": ["U.S. Special Middle East Coordinator Dennis Ross", "Dennis Ross", "Ross"],
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "yitzhak_mordechai": ["Israeli Defense Minister Yitzhak Mordechai", "Yitzhak Mordechai"],
    },
    meetings=[
        # "Netanyahu and ... Arafat met Tuesday" ("conferring for three hours at the Erez
        # Crossing", "their meeting", "the session", "The Netanyahu-Arafat summit": the same) ->
        # held, 1996-12-24, Erez Crossing (the named locality).
        M(["benjamin_netanyahu", "yasser_arafat"], "1996-12-24", "Erez Crossing", IP, H,
          "In a sign of progress in the talks, Prime Minister Benjamin Netanyahu and Palestinian leader Yasser Arafat met Tuesday to discuss ways to implement the agreement."),
        # Ross "served as mediator" of the session -> the mediator's pairs with the two leaders,
        # held, 1996-12-24, Erez Crossing; required False (the text presents the two leaders as
        # meeting, with Ross mediating; see the notes).
        M(["dennis_ross", "benjamin_netanyahu"], "1996-12-24", "Erez Crossing", IP, H, _EREZ_ROSS, False),
        M(["dennis_ross", "yasser_arafat"], "1996-12-24", "Erez Crossing", IP, H, _EREZ_ROSS, False),
        # "Netanyahu and Arafat would convene again soon" -> planned, date null, place null.
        M(["benjamin_netanyahu", "yasser_arafat"], None, None, IP, P,
          "Ross said the two leaders had instructed their negotiators to continue meeting this week and that Netanyahu and Arafat would convene again soon."),
        # "Mubarak made the comment during a joint news conference with ... Mordechai after the
        # two held talks at an Egyptian resort on the Red Sea" (the comment "Tuesday") -> held,
        # 1996-12-24, Egypt (the resort is not named).
        M(["hosni_mubarak", "yitzhak_mordechai"], "1996-12-24", "Egypt", IP, H,
          "Mubarak made the comment during a joint news conference with Israeli Defense Minister Yitzhak Mordechai after the two held talks at an Egyptian resort on the Red Sea."),
        # Not rows: "negotiators moved closer" and "instructed their negotiators to continue
        # meeting this week" (unnamed negotiators); the joint news conference (the same
        # occasion as the Mubarak-Mordechai talks); the Interim Agreement "signed last year in
        # Washington" (an agreement). Kept as they stand: the curly quotation marks. Removed: at
        # the start, the page-title line with "Menu JTA Search" (the headline is kept once) and
        # "Download PDF for this date" (as batch 53b's JTA page); at the end, the cut-off last
        # sentence ("Tuesday’s summit came after intensive mediation efforts by Ross, who arrived
        # in the region Saturday night, as w").
    ],
    roles=[("U.S. Special Middle East Coordinator", "dennis_ross"), ("Palestinian leader", "yasser_arafat"),
           ("Egyptian President", "hosni_mubarak"), ("Israeli Defense Minister", "yitzhak_mordechai")],
)

A["dev_10705_saudi_jordanian_kings_amman"] = dict(
    actors={
        "abdullah_bin_abdulaziz": ["Custodian of the Two Holy Mosques King Abdullah bin Abdulaziz", "King Abdullah bin Abdulaziz"],
        "abdullah_ii": ["Jordanian King Abdullah II", "King Abdullah II"],
        "ayman_safadi": ["Ayman Al-Safadi"],
        "royal_hashemite_court": ["Hashemite Royal Court"],
        # New keys: the attendees, spelt as written ("Miqren" for Muqrin, "Samir Al-Rufaee" for
        # Samir Rifai, "Nasser Joda" for Nasser Judeh, "Nasser Al-Loozi" for Nasser Lozi).
        "muqrin_bin_abdulaziz": ["Prince Miqren bin Abdulaziz"],
        "faisal_bin_abdullah_bin_mohammed_al_saud": ["Prince Faisal bin Abdullah bin Mohammed Al-Saud"],
        "turki_bin_abdullah_bin_mohammed_al_saud": ["Prince Turki bin Abdullah bin Mohammed Al-Saud"],
        "abdulaziz_bin_abdullah_bin_abdulaziz": ["Prince Abdulaziz bin Abdullah bin Abdulaziz"],
        "mansour_bin_nasser_bin_abdulaziz": ["Prince Mansour bin Nasser bin Abdulaziz"],
        "bandar_bin_salman_bin_mohammed_al_saud": ["Prince Bandar bin Salman bin Mohammed Al-Saud"],
        "mansour_bin_abdullah_bin_abdulaziz": ["Prince Mansour bin Abdullah bin Abdulaziz"],
        "ibrahim_al_assaf": ["Dr. Ibrahim Al-Assaf", "Ibrahim Al-Assaf"],
        "abdulaziz_khoja": ["Dr. Abdulaziz Khoja", "Abdulaziz Khoja"],
        "ali_bin_al_hussein": ["Prince Ali bin Al-Hussein"],
        "samir_rifai": ["Samir Al-Rufaee"],
        "nasser_lozi": ["Nasser Al-Loozi"],
        "fawaz_bin_zeben_bin_abdullah": ["Al-Sharif Fawaz bin Zeben bin Abdullah"],
        "khalid_karaki": ["Dr. Khalid Al-Karki", "Khalid Al-Karki"],
        "nasser_judeh": ["Nasser Joda"],
        "mohammed_abu_hammour": ["Dr. Mohammed Abu-Hamour", "Mohammed Abu-Hamour"],
        "ali_ayed": ["Ali Al-Ayed"],
        "mohammed_raggad": ["Gen. Mohammed Al-Raggad", "Mohammed Al-Raggad"],
        "ghaftan_majali": ["Gaftan Al-Majali"],
    },
    meetings=[
        # "King Abdullah bin Abdulaziz and Jordanian King Abdullah II co-chaired bilateral talks
        # at Basman Royal Palace in Amman this evening" (the round of talks, the communiqué's
        # "the two leaders discussed": the same) -> held, 2010-07-30, Amman.
        M(["abdullah_bin_abdulaziz", "abdullah_ii"], "2010-07-30", "Amman", IP, H,
          "The Custodian of the Two Holy Mosques King Abdullah bin Abdulaziz and Jordanian King Abdullah II co-chaired bilateral talks at Basman Royal Palace in Amman this evening."),
        # Not rows: the twenty people who "attended" the talks on each side (attendees, not
        # parties: no pair rows, as ANNOTATION.md's delegation members); "senior protocol
        # officials" (unnamed); the communiqué (a statement). Saudi Arabia, Jordan and the
        # Palestinian state are states (not annotated). Kept as they stand: "; , Chief of
        # General Intelligence" and "Al-Majali’" (a stray apostrophe). Removed: at the end, the
        # site link "« Return". Nothing removed at the start (the excerpt begins with the
        # headline).
    ],
    roles=[("The Custodian of the Two Holy Mosques", "abdullah_bin_abdulaziz"), ("Jordanian King", "abdullah_ii"),
           ("Chief of the Hashemite Royal Court", "nasser_lozi"),
           ("Minister of Foreign Affairs", "nasser_judeh"), ("Chief of the Guard of Honor", "ali_bin_al_hussein"),
           ("Minister of Culture and Information", "abdulaziz_khoja"),
           ("Jordanian Ambassador to Saudi Arabia", "ghaftan_majali")],
)

A["dev_10706_klaus_meciar_brno"] = dict(
    actors={
        # New keys.
        "vaclav_klaus": ["Prime Minister-designate Vaclav Klaus", "Vaclav Klaus", "Klaus"],
        "vladimir_meciar": ["Vladimir Meciar", "Meciar"],
        "movement_for_a_democratic_slovakia": ["Movement for a Democratic Slovakia", "HZDS"],
        "civic_democratic_party_czech": ["Civic Democratic Party", "ODS"],
        "milan_knazko": ["Milan Knazko"],
    },
    meetings=[
        # "Talks between the top two Czechoslovak politicians ... failed Tuesday"; "Klaus and
        # Meciar met for six hours of talks" ("emerging from the meeting at a government villa in
        # the central town of Brno": the same) -> held, 1992-06-09, Brno.
        M(["vaclav_klaus", "vladimir_meciar"], "1992-06-09", "Brno", IP, H,
          "Klaus and Meciar met for six hours of talks after the elections highlighted deep differences between the two parts of the country."),
        # "He said a further meeting would be held in Prague Thursday" ("the agreement to meet
        # again": the two) -> planned, 1992-06-11, Prague.
        M(["vaclav_klaus", "vladimir_meciar"], "1992-06-11", "Prague", IP, P,
          "He said a further meeting would be held in Prague Thursday, but was deeply pessimistic."),
        # Not rows: the elections, Klaus's and Knazko's words (statements); "Meciar refused to
        # comment" (no statement). Kept as they stand: "election.\"According" (no space) and the
        # single line breaks between paragraphs. Removed: at the end, the cut-off last sentence
        # ("Previously, the HZDS has said it would declare sovereignty through the Slovak
        # National Council (regional parliament"). The excerpt has no headline (it is only in the
        # URL); nothing removed at the start.
    ],
    roles=[("Prime Minister-designate", "vaclav_klaus"),
           ("leader of the Movement for a Democratic Slovakia", "vladimir_meciar"),
           ("HZDS deputy chairman", "milan_knazko")],
)

A["test_10707_somchai_hun_sen_possible_talks"] = dict(
    actors={
        "somchai_wongsawat": ["Thai Prime Minister Somchai Wongsawat", "Somchai Wongsawat", "Somchai"],
        "hun_sen": ["Prime Minister Hun Sen", "Hun Sen"],
        # "U.N. World Heritage status".
        "united_nations": ["U.N."],
        # New keys: the Thai foreign minister and the grouping.
        "sompong_amornviwat": ["Thai foreign minister Sompong Amornviwat", "Sompong Amornviwat"],
        "acmecs": ["ACMECS", "Ayeyawady, Chao Phraya and Mekong Economic Cooperation Strategy"],
    },
    meetings=[
        # "where he might hold talks with his Cambodian counterpart"; "I may have a chance to see
        # (Cambodian) Prime Minister Hun Sen, but the talks will not be official" -> a possible
        # meeting, not arranged: planned, date null (the visit "on the 6th and 7th"), Hanoi (the
        # leaders' meeting "in Hanoi"); required False (hedged with "might" and "may"; a reader
        # could leave it out; see the notes).
        M(["somchai_wongsawat", "hun_sen"], None, "Hanoi", IP, P,
          "BANGKOK (AFP)--Thai Prime Minister Somchai Wongsawat will head to Vietnam this week to attend a meeting of Mekong river nations, the government said Tuesday, where he might hold talks with his Cambodian counterpart.",
          False),
        # "Sompong Amornviwat is due to head to ... Siem Reap Nov. 12 for meetings with his
        # counterpart" (the earlier "Foreign ministers from the two sides are due to meet for
        # official negotiations later this month": the same) -> the Cambodian minister is given
        # by role alone: a one-party row, planned, 2008-11-12, Siem Reap.
        M(["sompong_amornviwat"], "2008-11-12", "Siem Reap", IP, P,
          "Thai foreign minister Sompong Amornviwat is due to head to Cambodia's tourist hub Siem Reap Nov. 12 for meetings with his counterpart aimed at solving their long-running territorial dispute."),
        # Not rows: the ACMECS meeting ("leaders from Cambodia, Laos, Myanmar, Thailand and
        # Vietnam would meet Thursday and Friday in Hanoi": a multilateral meeting of unnamed
        # leaders); Somchai's plans to "visit the Philippines and India next week" (no host
        # named); "Somchai told reporters" and the government's statement (statements); the
        # fire-fights (no meeting). "BANGKOK (AFP)--" is the agency credit (not annotated).
        # Kept as they stand: the blog's date line and the headline's "Summit;May". Removed: at
        # the end, the blog line "No comments:". The item is whole (no cut-off sentence).
    ],
    roles=[("Thai Prime Minister", "somchai_wongsawat"), ("his Cambodian counterpart", "hun_sen"),
           ("Thai foreign minister", "sompong_amornviwat")],
)

_SEAGA_ORGS = ("An aide to Seaga, Don Brice, said the prime minister would be talking with the World Bank and the International Monetary Fund, major lenders to Third World countries.")
A["dev_10708_seaga_conable_talks_planned"] = dict(
    actors={
        "edward_seaga": ["Prime Minister Edward Seaga", "Edward Seaga", "Seaga"],
        "world_bank": ["World Bank"],
        "international_monetary_fund": ["International Monetary Fund"],
        "ronald_reagan": ["President Reagan"],
        "george_shultz": ["Secretary of State George P. Shultz", "George P. Shultz"],
        "james_baker": ["Treasury Secretary James A. Baker III", "James A. Baker III", "Baker"],
        "michael_manley": ["former Prime Minister Michael Manley", "Michael Manley", "Manley"],
        "us_treasury_department": ["Treasury Department"],
        "us_congress": ["Congress"],
        # New keys.
        "don_brice": ["Don Brice", "Brice"],
        "barber_conable": ["Barber Conable"],
        "robert_levine": ["Robert Levine"],
        "jamaica_labour_party": ["Jamaica Labor Party"],
        "peoples_national_party_jamaica": ["People’s National Party"],
        "general_accounting_office": ["General Accounting Office", "GAO"],
    },
    meetings=[
        # "Seaga had an appointment Wednesday with Barber Conable, the new head of the bank" (the
        # Wednesday of publication; told as an appointment) -> planned, 1986-09-03, United States
        # (the headline's "in U.S."; no city stated).
        M(["edward_seaga", "barber_conable"], "1986-09-03", "United States", IP, P,
          "Seaga had an appointment Wednesday with Barber Conable, the new head of the bank."),
        # "the prime minister would be talking with the World Bank and the International Monetary
        # Fund" -> two planned meetings with organisations (no person named for the fund; the
        # bank's head is the previous row), date null ("two days of talks"), United States;
        # required False (institutions as counterparts; see the notes).
        M(["edward_seaga", "world_bank"], None, "United States", IP, P, _SEAGA_ORGS, False),
        M(["edward_seaga", "international_monetary_fund"], None, "United States", IP, P, _SEAGA_ORGS, False),
        # Not rows: "Seaga will not be seeing President Reagan or Secretary of State George P.
        # Shultz" and "Seaga had no appointment with Treasury Secretary James A. Baker III
        # either" (meetings that will not take place); "arrived unannounced Tuesday" (an
        # arrival); "Brice said in a telephone interview" (an interview); the elections, the GAO's
        # report and Baker's list (no meeting). "Associated Press" under the headline is the
        # agency credit (not annotated). Kept as they stand: the lines "Share" and
        # "Advertisement" inside the text. Removed: at the start, the line "Advertisement"; at
        # the end, a line "Advertisement" and the cut-off last sentence ("It quoted an unnamed
        # member of a U. S. mission to Jamaica as saying it was hard to negotiate “because the
        # Jamaican prime minister believed he could bypass A").
    ],
    roles=[("the new head of the bank", "barber_conable"), ("An aide to Seaga", "don_brice"),
           ("a Treasury Department spokesman", "robert_levine"), ("Treasury Secretary", "james_baker"),
           ("Secretary of State", "george_shultz"), ("The prime minister", "edward_seaga")],
)

A["dev_10709_sunak_martin_phone"] = dict(
    actors={
        "micheal_martin": ["Taoiseach Micheal Martin", "Micheal Martin", "Mr Martin"],
        "rishi_sunak": ["Prime Minister Rishi Sunak", "Rishi Sunak", "Prime Minister Sunak", "PM Sunak", "@RishiSunak"],
        "european_union": ["EU"],
        "downing_street": ["Downing Street"],
        "northern_ireland_assembly": ["Stormont assembly"],
        # New keys: the two people and the assembly of the photo caption.
        "brendan_smith": ["Brendan Smith TD", "Brendan Smith"],
        "lorraine_clifford_lee": ["Lorraine Clifford-Lee"],
        "british_irish_parliamentary_assembly": ["British-Irish Parliamentary Assembly"],
    },
    meetings=[
        # "The two leaders held a phone conversation yesterday evening" (the taoiseach's tweet
        # "Good conversation with British PM @RishiSunak this evening", the spokesman's "The
        # taoiseach and Prime Minister Sunak spoke this evening" and Downing Street's "Prime
        # Minister Rishi Sunak spoke to Taoiseach Micheal Martin this evening": the same call)
        # -> phone, held, 2022-10-26, place null. The evidence is the Downing Street sentence,
        # which names both (the first sentence names neither).
        M(["rishi_sunak", "micheal_martin"], "2022-10-26", None, PH, H,
          "A Downing Street spokeswoman said: “Prime Minister Rishi Sunak spoke to Taoiseach Micheal Martin this evening."),
        # Not rows: the photo caption (Martin "with Brendan Smith TD ... and Lorraine
        # Clifford-Lee ... at the 62nd plenary of the British-Irish Parliamentary Assembly": a
        # plenary, a photograph); "The taoiseach congratulated PM Sunak on his appointment" (said
        # in the same call); the tweet and the statements; "a negotiated compromise with the EU"
        # (negotiations of unnamed officials). "PA Photo: Liam McBurney/PA Wire" is the photo
        # credit (not annotated); the Northern Ireland Protocol Bill is legislation (not an
        # actor). Kept as they stand: the two lines "Advertisement Hide Ad" inside the text, and
        # "Micheal" without its accent. Removed: at the start, the search tool's date prefix
        # (" date 2022-10-27 "); at the end, a line "Advertisement Hide Ad" and the cut-off last
        # sentence ("“The leaders agreed on the vital importance of a strong relationship between
        # the UK and Ireland and expressed their determination to build on that friendship in
        # the"). The excerpt has no headline.
    ],
    roles=[("the taoiseach", "micheal_martin"), ("the prime minister", "rishi_sunak"),
           ("British PM", "rishi_sunak")],
)

A["dev_10710_lee_noda_vladivostok_pullaside"] = dict(
    actors={
        "lee_myung_bak": ["South Korean President Lee Myung-bak", "Lee Myung-bak", "Lee"],
        "apec": ["Asia Pacific Economic Cooperation", "APEC"],
        # New keys.
        "yoshihiko_noda": ["Japanese Prime Minister Yoshihiko Noda", "Japan's Prime Minister Yoshihiko Noda", "Yoshihiko Noda", "Noda"],
        "park_jeong_ha": ["Park Jeong-ha"],
        "kim_sung_hwan": ["South Korean Foreign Minister Kim Sung-hwan", "Kim Sung-hwan"],
        "koichiro_gemba": ["Koichiro Gemba"],
    },
    meetings=[
        # "Lee Myung-bak and ... Yoshihiko Noda held impromptu talks at the ... (APEC) forum
        # summit Sunday" ("The pull-aside meeting ... with both leaders exchanging views while
        # standing", "The talks lasted four to five minutes", the caption's handshake "on Sept. 9,
        # 2012": the same) -> held, 2012-09-09, Vladivostok.
        M(["lee_myung_bak", "yoshihiko_noda"], "2012-09-09", "Vladivostok", IP, H,
          "VLADIVOSTOK, Sept. 9 (Yonhap) -- South Korean President Lee Myung-bak and Japanese Prime Minister Yoshihiko Noda held impromptu talks at the Asia Pacific Economic Cooperation (APEC) forum summit Sunday and concurred on the need to work together to create a future-oriented relationship for the two countries."),
        # "a day after ... Kim Sung-hwan and his Japanese counterpart Koichiro Gemba met on the
        # sidelines of the summit" -> held, 2012-09-08, Vladivostok (the summit's city).
        M(["kim_sung_hwan", "koichiro_gemba"], "2012-09-08", "Vladivostok", IP, H,
          "The short talks and the understanding reached is noteworthy because they come a day after South Korean Foreign Minister Kim Sung-hwan and his Japanese counterpart Koichiro Gemba met on the sidelines of the summit and agreed to dispassionately handle tensions between the two countries so as to calm the situation at an early date."),
        # Not rows: the APEC summit and its "final session" (a summit as such); "Lee's
        # unprecedented visit on Aug. 10 to ... Dokdo" (a visit to islets, no counterpart);
        # Park's words to reporters (a statement). "(Yonhap)" in the dateline is the agency
        # credit and "(Photo courtesy of Presidential Office Cheong Wa Dae) (Yonhap)" the photo
        # credit (not annotated). Kept as they stand: the image-widget line "![]() |" and the
        # caption with its trailing " |", and the single line breaks between paragraphs.
        # Removed: at the end, the cut-off last sentence ("South Koreans see those claims as
        # amounting to denying Korea's rights because the country regained independence from
        # Japan's 1910-45 colonial rule and reclaimed sovereignty over its territory, wh").
        # Nothing removed at the start (the excerpt begins with the dateline).
    ],
    roles=[("South Korean President", "lee_myung_bak"), ("Japanese Prime Minister", "yoshihiko_noda"),
           ("the Japanese prime minister", "yoshihiko_noda"), ("Seoul's presidential spokesman", "park_jeong_ha"),
           ("South Korean Foreign Minister", "kim_sung_hwan"), ("his Japanese counterpart", "koichiro_gemba")],
)

A["test_10711_chretien_fox_phone"] = dict(
    actors={
        "jean_chretien": ["Prime Minister Jean Chrétien", "Jean Chrétien"],
        "vicente_fox": ["President-elect Vicente Fox", "Vicente Fox", "Mr. Fox"],
        "ernesto_zedillo": ["President Ernesto Zedillo", "Ernesto Zedillo"],
    },
    meetings=[
        # "I called President-elect Vicente Fox yesterday to offer my congratulations" (the
        # statement of "Prime Minister Jean Chrétien", in the first person) -> phone, held,
        # 2000-07-03, place null.
        M(["jean_chretien", "vicente_fox"], "2000-07-03", None, PH, H,
          "I called President-elect Vicente Fox yesterday to offer my congratulations, on behalf of all Canadians, on his historic victory in the Mexican presidential elections."),
        # Not rows: "I indicated to the President-elect that I would be delighted to welcome him
        # to Canada prior to his taking office in December" (an invitation, not yet accepted or
        # arranged; see the notes); "I wish also to congratulate President Ernesto Zedillo" (a
        # message in the statement); the Summit of the Americas "in Quebec City next April" (a
        # summit as such; an event, not an actor); NAFTA (a treaty). The contact line "PMO Press
        # Office: (613) 957-5555" is kept at the end of the release but not annotated (a credit).
        # Kept as they stand: the date line and the unclosed quotation's closing mark at the end
        # of the statement. Removed: at the end, the archive's link line "Return to regular web
        # page:". The release is whole (no cut-off sentence) and has no headline.
    ],
    roles=[("the President-elect", "vicente_fox")],
)

A["dev_10712_rawlings_eyadema_banquet"] = dict(
    actors={
        "jerry_rawlings": ["President Jerry Rawlings", "Jerry Rawlings", "Rawlings"],
        # New keys: the Togolese president and the two joint bodies.
        "gnassingbe_eyadema": ["President Gnassingbe Eyadema", "Gnassingbe Eyadema"],
        "ghana_togo_joint_commission": ["Ghana/Togo Joint Commission"],
        "ghana_togo_border_redemarcation_committee": ["Ghana/Togo Border Redemarcation Committee"],
    },
    meetings=[
        # "he said at a banquet he hosted for President Gnassingbe Eyadema of Togo who rounds off
        # a two-day official visit to the neigbouring Ghana" -> a banquet (a working meal, as
        # ANNOTATION.md's working lunches): held, date null (the day is not stated), Ghana (no
        # city stated).
        M(["jerry_rawlings", "gnassingbe_eyadema"], None, "Ghana", IP, H,
          "''We should vigorously exploit the factors that unite us to promote the well-being of our peoples,'' he said at a banquet he hosted for President Gnassingbe Eyadema of Togo who rounds off a two-day official visit to the neigbouring Ghana."),
        # Not rows: the Joint Commission "could be restructured and reconvened" and the call "to
        # reconvene ... the Ghana/Togo Border Redemarcation Committee" (proposals for bodies of
        # unnamed members); the West Africa Gas Pipeline Project (a project); Rawlings's words
        # (a speech at the banquet). "Source: --" in the date line is empty (not annotated).
        # Kept as they stand: the doubled apostrophes used as quotation marks and "neigbouring".
        # Removed: at the start, the site's menu lines ("News", "Sports", "Business",
        # "Entertainment", "GhanaWeb TV", "Africa", "Opinions", "Country"); at the end, the
        # cut-off last sentence ("He also called for the reactivation of the Quadripartite C").
    ],
    roles=[],
)
