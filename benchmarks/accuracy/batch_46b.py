"""Accuracy corpus, batch 46b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: two, 1990s: two, 2000s: two, 2010s: two, 2020s: three; five
of the twelve from before 2000, as the brief asked), over eleven regions (Africa: two; East Asia,
Southeast Asia, South Asia, Latin America, Middle East, North America, Central Asia/Caucasus,
Eastern Europe/Russia, Western Europe, Oceania: one each). Outlets/sites: the Kremlin's English
site (en.special.kremlin.ru), the Chicago Tribune (New York Times News Service copy), EastMojo,
the Associated Press (apnews.com archive), The Roanoke Times (Los Angeles Times copy, via the
Virginia Tech digital library), Horn Diplomat, The New York Times (a digitized 1988 story
reposted by Saxafi Media), the Portland Press Herald, the Ministry of Foreign Affairs of Armenia
(mfa.am), The Press (Christchurch) via Papers Past (the dynamic-rsnz mirror; N.Z.P.A.-Reuter),
The Guardian and FBC News (Fiji). eastmojo.com, horndiplomat.com, saxafimedia.com,
pressherald.com and mfa.am are new to the corpus as sites (as far as `sources.csv` shows); the
other sites were used before (scholar.lib.vt.edu once, dev_6308), the pages and the stories are
new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_46b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-45b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_91NN_<slug>` / `test_91NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The release's closing line "November 14, 2000, Ulan Bator" (a Tuesday): the official part
    # of the visit it narrates (welcome, tete-a-tete, talks with delegations, signing) is that
    # day's, so the talks are dated 2000-11-14 (see the notes); the invitation to visit Russia
    # has no date.
    ("dev_9101_putin_bagabandi_ulan_bator", "East Asia", "2000s", "President of Russia (en.special.kremlin.ru, the Kremlin's English site)", "http://en.special.kremlin.ru/events/president/news/39669", "2000-11-14"),
    # The story's date line "April 26, 1986" (a Saturday; also the URL's 1986-04-26): "said
    # Friday" = 1986-04-25; "a telephone conversation Thursday" = 1986-04-24 (a Thursday,
    # checked); "Saturday afternoon" (Reagan due in Honolulu) = 1986-04-26, but the planned call
    # "when he stops there" is not pinned to a day; "sometime after ... November" -> no date.
    ("dev_9102_reagan_aquino_phone", "Southeast Asia", "1980s", "Chicago Tribune (articles.chicagotribune.com; New York Times News Service copy)", "http://articles.chicagotribune.com/1986-04-26/news/8601300294_1_vice-president-salvador-laurel-philippine-president-corazon-aquino-reagan-and-marcos", "1986-04-26"),
    # The URL's 2022/09/14 (a Wednesday) and the embedded post's "September 14, 2022": "met ...
    # here on Wednesday" = 2022-09-14; "also met" (Kwatra) -> no day given.
    ("test_9103_wangchuck_modi_new_delhi", "South Asia", "2020s", "EastMojo (eastmojo.com)", "https://www.eastmojo.com/national-news/2022/09/14/bhutan-king-meets-pm-modi-in-new-delhi/", "2022-09-14"),
    # The story's date line "December 1, 1990" (a Saturday): "will meet this week" -> no day.
    ("dev_9104_bush_south_american_presidents_planned", "Latin America", "1990s", "Associated Press (apnews.com archive)", "https://www.apnews.com/1f6f30456dc1135f1c56d275535185ec", "1990-12-01"),
    # The archive header "DATE: MONDAY, January 17, 1994" (a Monday, checked; "Copyright (c)
    # 1995" is the archive's notice): the five-hour meeting is given no day ("After a five-hour
    # meeting at the end of Clinton's eight-day trip") -> no date.
    ("dev_9105_clinton_assad_geneva", "Middle East", "1990s", "The Roanoke Times (Los Angeles Times copy), via the Virginia Tech digital library (scholar.lib.vt.edu)", "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9401/940117/01170069.htm", "1994-01-17"),
    # The URL's 2020/06/13 and the search tool's date field 2020-06-13 (removed with its prefix;
    # a Saturday): "on Sunday" and the quoted post's "Tomorrow" = 2020-06-14 (a Sunday,
    # checked); "in February this year" -> month only, no date.
    ("dev_9106_guelleh_farmajo_bihi_djibouti", "Africa", "2020s", "Horn Diplomat (horndiplomat.com)", "https://www.horndiplomat.com/2020/06/13/djibouti-president-confirms-meeting-between-somaliasomaliland-presidents/", "2020-06-13"),
    # The repost's note "from The New York Times's print archive on April 5, 1988" and the date
    # line "Special To the New York Times April 5, 1988" (a Tuesday): "over the weekend" =
    # 2-3 April 1988 (a range) -> no date; "in 1986" -> no date.
    ("test_9107_berhanu_farah_mogadishu_talks", "Africa", "1980s", "The New York Times (a digitized 1988 print story, reposted by Saxafi Media, saxafimedia.com)", "https://saxafimedia.com/barre-mengistu-dialogue-djibouti-somalia-and-ethiopia-resume-relations-archives", "1988-04-05"),
    # No date line in the excerpt; the URL's 2016/11/11 (a Friday): "met Thursday" and "on
    # Thursday" = 2016-11-10 (a Thursday, checked).
    ("dev_9108_obama_trump_white_house", "North America", "2010s", "Portland Press Herald (pressherald.com)", "https://www.pressherald.com/2016/11/11/transfer-of-power-begins-as-trump-and-obama-meet-at-white-house/", "2016-11-11"),
    # The release's date line "01 August, 2016" (a Monday; also the URL's 2016/08/01): "On August
    # 1" = 2016-08-01.
    ("dev_9109_nalbandian_margvelashvili_tbilisi", "Central Asia/Caucasus", "2010s", "Ministry of Foreign Affairs of Armenia (mfa.am, press release)", "https://mfa.am/en/press-releases/2016/08/01/min-ge-pres/6372", "2016-08-01"),
    # The URL's CHP19660622 (The Press, Christchurch, 22 June 1966, a Wednesday) and the dateline
    # "MOSCOW, June 21" (a Tuesday): "today" = 1966-06-21 (resolved against the dateline, as
    # dev_8908's "yesterday"); "arrived yesterday" = 1966-06-20 (no row).
    ("dev_9110_de_gaulle_brezhnev_kremlin", "Eastern Europe/Russia", "1960s", "The Press (Christchurch), via Papers Past (dynamic-rsnz.natlib.govt.nz mirror; N.Z.P.A.-Reuter)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19660622.2.115", "1966-06-22"),
    # The URL's 2004/oct/01 (a Friday; the print edition) and the page's "Thu 30 Sep 2004 20.17
    # EDT" (01.17 on 1 October in London): "yesterday" = 2004-09-30 (a Thursday, checked);
    # "earlier this year", "five years ago", "in the 1980s" -> no date.
    ("test_9111_paisley_ahern_dublin", "Western Europe", "2000s", "The Guardian (theguardian.com)", "https://www.theguardian.com/uk/2004/oct/01/northernireland.northernireland", "2004-10-01"),
    # No date line in the excerpt; the search tool's date field 2022-11-15 (removed with its
    # prefix; a Tuesday): "on Tuesday afternoon" = 2022-11-15 (the day itself); "On Sunday" =
    # 2022-11-13 (a Sunday, checked); "24 hours before Mr Biden and Mr Xi met" = the Monday,
    # 2022-11-14 (see the notes); "in 2016" -> no date.
    ("dev_9112_albanese_xi_bali_planned", "Oceania", "2020s", "FBC News (fbcnews.com.fj, Fiji Broadcasting Corporation)", "https://www.fbcnews.com.fj/world/face-time-with-xi-jinping-a-successful-outcome-albanese/", "2022-11-15"),
]

A = {}

A["dev_9101_putin_bagabandi_ulan_bator"] = dict(
    actors={
        "vladimir_putin": ["Mr Putin"],
        "natsagiin_bagabandi": ["Mr Bagabandi"],
        # "the monument to Sukhe Bator" (the revolutionary leader the square is named after;
        # new key).
        "damdin_sukhbaatar": ["Sukhe Bator"],
    },
    meetings=[
        # "The Russian and Mongolian leaders subsequently negotiated tete-a-tete at the State
        # Yurta ... and were later joined by their respective national delegations" (the talks
        # and the signing "After the talks" are the same pair, day and place: one row) -> held,
        # 2000-11-14 (the release's date line; see the notes), Ulan Bator (the date line; "the
        # country's capital"). The leaders are named only later ("Mr Putin", "Mr Bagabandi").
        M(["vladimir_putin", "natsagiin_bagabandi"], "2000-11-14", "Ulan Bator", IP, H,
          "The Russian and Mongolian leaders subsequently negotiated tete-a-tete at the State Yurta, part of the government centre complex, and were later joined by their respective national delegations."),
        # "Mr Putin invited Mr Bagabandi to visit Russia whenever it was convenient for him." ->
        # planned, date null, Russia; required False (an invitation with no acceptance or date,
        # as dev_005's invitation to Moscow).
        M(["natsagiin_bagabandi", "vladimir_putin"], None, "Russia", IP, P,
          "Mr Putin invited Mr Bagabandi to visit Russia whenever it was convenient for him.",
          False),
        # Not rows: the welcoming ceremony and the wreath (the same visit); the national
        # delegations (unnamed); the agreements "signed in the presence of both Presidents" (the
        # same encounter); the statements to the press (media). The Ulan Bator Declaration is a
        # document (not an actor). Removed: at the start, the site's widget lines "Select font
        # Arial Times New Roman", "Character spacing (Kerning): Standard Medium Large" and the
        # breadcrumb "News /". The excerpt has no headline.
    ],
    roles=[("the Russian leader", "vladimir_putin")],
)

A["dev_9102_reagan_aquino_phone"] = dict(
    actors={
        "corazon_aquino": ["Philippine President Corazon Aquino", "Corazon Aquino", "Aquino"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "rene_saguisag": ["Rene Saguisag"],
        "salvador_laurel": ["Vice President Salvador Laurel", "Salvador Laurel", "Laurel"],
        "ferdinand_marcos": ["former President Ferdinand Marcos", "Ferdinand Marcos", "Marcos"],
        "white_house": ["White House"],
        # "the Philippine government had advised the U.S." (new key, on the pattern of
        # `indonesian_government`).
        "philippine_government": ["Philippine government"],
    },
    meetings=[
        # "Reagan had extended the invitation to Aquino during a telephone conversation Thursday"
        # ("their three-minute conversation", "Reagan`s telephone call to Aquino": the same) ->
        # phone, held, 1986-04-24, place null.
        M(["ronald_reagan", "corazon_aquino"], "1986-04-24", None, PH, H,
          "White House officials said Reagan had extended the invitation to Aquino during a telephone conversation Thursday."),
        # "Reagan invited her to visit Washington sometime after the U.S. congressional elections
        # in November, and ``she said she`d be delighted.``" -> planned, date null, Washington;
        # required False: the spokesman adds "What she has really done is accepted in principle"
        # and "it is very low in her priorities" (batch 5b leaves meetings agreed "in principle"
        # out; ANNOTATION.md counts an accepted invitation as planned: an optional row).
        M(["corazon_aquino", "ronald_reagan"], None, "Washington", IP, P,
          "Aquino`s spokesman, Rene Saguisag, said that during their three-minute conversation, which was their first direct contact since Aquino took office two months ago, Reagan invited her to visit Washington sometime after the U.S. congressional elections in November, and ``she said she`d be delighted.``",
          False),
        # "Marcos is in Honolulu, and Reagan plans to phone him when he stops there." -> phone,
        # planned, date null (the stop runs from "Saturday afternoon" through the night; the
        # call's day is not given), place null.
        M(["ronald_reagan", "ferdinand_marcos"], None, None, PH, P,
          "Marcos is in Honolulu, and Reagan plans to phone him when he stops there."),
        # Not rows: "a personal meeting between Reagan and Marcos ... was ruled out" (a meeting
        # that will not take place); "it would be offended if Reagan telephoned ... Marcos first"
        # (a hypothetical call) and the Philippine government's advice to the U.S. (a message to
        # a government); the economic summit in Tokyo (multilateral); the announcement
        # "confirmed in Los Angeles" (a statement). "By New York Times News Service." is the
        # byline (not annotated). Removed: at the end, the last, cut-off sentence ("With a
        # schedule designed to give the 75-year-old President time to adjust to the 13-hour time
        # difference from Washington, Reagan will take a week to reach Tok"). The backquotes the
        # archive uses for apostrophes and quotation marks are kept.
    ],
    roles=[("Philippine President", "corazon_aquino"), ("Aquino`s spokesman", "rene_saguisag"),
           ("the spokesman", "rene_saguisag"), ("Vice President", "salvador_laurel"),
           ("former President", "ferdinand_marcos")],
)

A["test_9103_wangchuck_modi_new_delhi"] = dict(
    actors={
        # New key (the present king; `jigme_singye_wangchuck` of earlier batches is his father).
        "jigme_khesar_namgyel_wangchuck": ["Bhutan’s king Jigme Khesar Namgyel Wangchuck",
                                           "Jigme Khesar Namgyel Wangchuck", "Wangchuck"],
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "@narendramodi"],
        # The key of earlier batches (`vinay_kwatra`).
        "vinay_kwatra": ["foreign secretary Vinay Mohan Kwatra", "Vinay Mohan Kwatra"],
        "elizabeth_ii": ["Queen Elizabeth II"],
    },
    meetings=[
        # "Bhutan's king Jigme Khesar Namgyel Wangchuck met Prime Minister Narendra Modi here on
        # Wednesday" (Modi's post "Had a warm meeting with His Majesty the King of Bhutan": the
        # same) -> held, 2022-09-14, New Delhi (the dateline, "here").
        M(["jigme_khesar_namgyel_wangchuck", "narendra_modi"], "2022-09-14", "New Delhi", IP, H,
          "New Delhi: Bhutan’s king Jigme Khesar Namgyel Wangchuck met Prime Minister Narendra Modi here on Wednesday and both leaders are believed to have discussed bilateral ties and the ways to further strengthen them."),
        # "Wangchuck also met foreign secretary Vinay Mohan Kwatra." -> held, date null (no day
        # is given for it), New Delhi (the dateline of a story about his stop in the capital; see
        # the notes).
        M(["jigme_khesar_namgyel_wangchuck", "vinay_kwatra"], None, "New Delhi", IP, H,
          "Wangchuck also met foreign secretary Vinay Mohan Kwatra."),
        # Not rows: "en route to London to attend the Queen Elizabeth II's funeral" (a funeral,
        # multilateral; no bilateral stated); Modi's post (a statement about the same meeting);
        # "successive Druk Gyalpos" (kings in general, no meeting). The embedded post's widget
        # word "See more" and its link are kept as they stand (mid-text). Nothing removed: the
        # excerpt is the whole page text.
    ],
    roles=[("Bhutan’s king", "jigme_khesar_namgyel_wangchuck"),
           ("His Majesty the King of Bhutan", "jigme_khesar_namgyel_wangchuck"),
           ("Prime Minister", "narendra_modi"), ("foreign secretary", "vinay_kwatra")],
)

_BUSH = "RIO DE JANEIRO, Brazil (AP) _ President Bush will meet this week with five South American presidents of widely differing backgrounds and styles."
A["dev_9104_bush_south_american_presidents_planned"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "fernando_collor_de_mello": ["Fernando Collor de Mello", "Collor"],
        "luis_alberto_lacalle": ["Luis Alberto Lacalle", "Lacalle"],
        "luis_alberto_de_herrera": ["Luis Alberto de Herrera"],
        # "the key figure in the National Party" (Uruguay's; new key).
        "national_party_uruguay": ["National Party"],
        "carlos_menem": ["Carlos Menem", "Menem"],
        "juan_peron": ["Juan Peron"],
        # "the ″Peronistas″ - followers of the late dictator Juan Peron" (the key of earlier
        # batches for the movement).
        "peronist_movement": ["Peronistas"],
        # "his wife Zulema" (new key).
        "zulema_yoma": ["Zulema"],
    },
    meetings=[
        # "President Bush will meet this week with five South American presidents" -> one
        # planned row per president named below (Collor, Lacalle, Menem); date null ("this
        # week"), place null (the excerpt gives no venue; the dateline is Rio de Janeiro, but the
        # meetings are not placed there). "Lacalle is expected to speak English with Bush" is the
        # same meeting.
        M(["george_h_w_bush", "fernando_collor_de_mello"], None, None, IP, P, _BUSH),
        M(["george_h_w_bush", "luis_alberto_lacalle"], None, None, IP, P, _BUSH),
        M(["george_h_w_bush", "carlos_menem"], None, None, IP, P, _BUSH),
        # Not rows: the fourth and fifth presidents (Chile's in the removed fragment, the fifth
        # not reached by the excerpt: unnamed here); no pairs among the presidents (the text
        # has Bush meet them, not a summit of the five); "Bush has called him ″Indiana Jones.″"
        # (a remark; the nickname is not listed as an alias); Menem's separation from Zulema,
        # the 1982 war (no meetings). "With AM-Bush-South America" is the AP's slug line, kept in
        # the headline as it stands. Removed: at the start, the site's "Related topics" line; at
        # the end, the cut-off fragment "-CHILE: Patricio Aylwin, 72, t".
    ],
    roles=[("Brazil’s youngest-ever president", "fernando_collor_de_mello"),
           ("His grandfather", "luis_alberto_de_herrera"),
           ("the late dictator", "juan_peron"), ("his wife", "zulema_yoma")],
)

A["dev_9105_clinton_assad_geneva"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "hafez_al_assad": ["Assad"],
        "plo": ["Palestine Liberation Organization"],
    },
    meetings=[
        # "After a five-hour meeting at the end of Clinton's eight-day trip ..., the Syrian
        # leader declared" ("a news conference with Clinton" follows the same meeting) -> held,
        # date null (no day in the text), Geneva (the header's "DATELINE: GENEVA"; the news
        # conference "with Clinton" places both there). The Syrian leader is named only
        # further on ("Assad").
        M(["bill_clinton", "hafez_al_assad"], None, "Geneva", IP, H,
          "After a five-hour meeting at the end of Clinton's eight-day trip to Europe and the former Soviet Union, the Syrian leader declared that if pending negotiations succeed, \"We are ready to sign peace now.\""),
        # Not rows: the news conference (the same encounter, media); "pending negotiations" and
        # "negotiating the details of a settlement between Israel and Syria" (unnamed parties);
        # "last year's secret negotiations between Israel and the Palestine Liberation
        # Organization" (unnamed negotiators); "senior U.S. officials" (unnamed). The archive
        # header (Roanoke Times, "SOURCE: Los Angeles Times") and the closing "by CNB" are credits
        # and metadata (not annotated) and are kept, the header carrying the date. Nothing
        # removed: the excerpt is the whole page text.
    ],
    roles=[("the Syrian leader", "hafez_al_assad")],
)

_DJIBOUTI = "Djibouti President Ismail Omar Guelleh announces he will chair a historic meeting between Pres Mohamed Abdullahi Farmajo of Somalia and Pres Muse Bihi Abdi of Somaliland on Sunday."
A["dev_9106_guelleh_farmajo_bihi_djibouti"] = dict(
    actors={
        "ismail_omar_guelleh": ["Djibouti President Ismail Omar Guelleh", "Ismail Omar Guelleh",
                                "President Ismail Omar Guelleh", "Guelleh"],
        "mohamed_abdullahi_farmajo": ["Pres Mohamed Abdullahi Farmajo", "Mohamed Abdullahi Farmajo",
                                      "President Mohamed Abdullahi Farmajo"],
        # Two spellings in one text: "Muse Bihi Abdi" and "Moussa Bihi Abdi" (new key).
        "muse_bihi_abdi": ["Pres Muse Bihi Abdi", "Muse Bihi Abdi", "President Moussa Bihi Abdi",
                           "Moussa Bihi Abdi"],
        # The key of earlier batches; "Dr Abiy Ahmed Ali" is the full form written here.
        "abiy_ahmed": ["Ethiopian Prime minister Dr Abiy Ahmed Ali", "Dr Abiy Ahmed Ali", "Abiy Ahmed Ali",
                       "Prime Minister Abiy Ahmed", "Ethiopia PM Abiy Ahmed", "Abiy Ahmed"],
        "harun_maruf": ["Senior journalist Harun Maruf", "Harun Maruf"],
        "twitter": ["Twitter"],
    },
    meetings=[
        # "Guelleh ... will chair a historic meeting between ... Farmajo ... and ... Bihi Abdi
        # ... on Sunday" ("Tomorrow in Djibouti, I will chair a meeting", "the summit between the
        # two leaders": the same) -> planned, 2020-06-14, Djibouti; a meeting of three named
        # people (the chair takes part): one row per pair.
        M(["mohamed_abdullahi_farmajo", "muse_bihi_abdi"], "2020-06-14", "Djibouti", IP, P, _DJIBOUTI),
        M(["ismail_omar_guelleh", "mohamed_abdullahi_farmajo"], "2020-06-14", "Djibouti", IP, P, _DJIBOUTI),
        M(["ismail_omar_guelleh", "muse_bihi_abdi"], "2020-06-14", "Djibouti", IP, P, _DJIBOUTI),
        # "The two leaders met in Addis Ababa in February this year." -> held, date null (month
        # only), Addis Ababa.
        M(["mohamed_abdullahi_farmajo", "muse_bihi_abdi"], None, "Addis Ababa", IP, H,
          "The two leaders met in Addis Ababa in February this year."),
        # Not rows: Abiy "invited ... to attend the discussions" (invited to attend, not a
        # participant, as ANNOTATION.md's attendees; no acceptance); "the mediation initiated by
        # ... Abiy Ahmed Ali in Feb." (his part in the February meeting is not stated as a
        # meeting with either leader); "A planned follow-up meeting in Somaliland ... failed to
        # materialize" (a meeting that did not take place); Guelleh's post on Twitter and Harun
        # Maruf's remarks (statements). "By: MoDuale" is the byline (not annotated). Removed: at
        # the start, the search tool's date prefix (" date 2020-06-13 ").
    ],
    roles=[("Djibouti President", "ismail_omar_guelleh"), ("Ethiopian Prime minister", "abiy_ahmed"),
           ("Ethiopia PM", "abiy_ahmed"), ("Senior journalist", "harun_maruf")],
)

_DIALOGUE = "Ethiopia’s leader, Mengistu Haile Mariam, and the Somali President, Mohammed Siyad Barre, first held a cautious dialogue in Djibouti in 1986 in an effort to end the virtual state of war, which had existed for nearly a decade."
A["test_9107_berhanu_farah_mogadishu_talks"] = dict(
    actors={
        "mengistu_haile_mariam": ["Mengistu Haile Mariam"],
        # The key of earlier batches ("Mohamed Siad Barre"); this text spells "Mohammed Siyad
        # Barre".
        "mohamed_siad_barre": ["Mohammed Siyad Barre"],
        "berhanu_bahiy": ["Foreign Minister Berhanu Bahiy", "Berhanu Bahiy"],
        "ahmed_mohamud_farah": ["Deputy Prime Minister Ahmed Mohamud Farah", "Ahmed Mohamud Farah"],
        # "the Ethiopian press agency ... which is run by the Government" (the agency cited as
        # the source in the body; new key).
        "ethiopian_news_agency": ["Ethiopian press agency"],
    },
    meetings=[
        # "after Foreign Minister Berhanu Bahiy of Ethiopia and Deputy Prime Minister Ahmed
        # Mohamud Farah of Somalia held peace talks over the weekend in Mogadishu" -> held, date
        # null ("over the weekend": 2-3 April, a range), Mogadishu.
        M(["berhanu_bahiy", "ahmed_mohamud_farah"], None, "Mogadishu", IP, H,
          "The agreement was announced in a joint statement after Foreign Minister Berhanu Bahiy of Ethiopia and Deputy Prime Minister Ahmed Mohamud Farah of Somalia held peace talks over the weekend in Mogadishu, the Somali capital."),
        # "Mengistu Haile Mariam, and ... Mohammed Siyad Barre, first held a cautious dialogue in
        # Djibouti in 1986" (the sentence stands twice, in the repost's summary and in the story)
        # -> held, date null (year only), Djibouti.
        M(["mengistu_haile_mariam", "mohamed_siad_barre"], None, "Djibouti", IP, H, _DIALOGUE),
        # Not rows: the agreement and the joint statement (documents); "agreed at the time to form
        # a ministerial committee" (no meeting); "Some Western diplomats" (unnamed). The repost's
        # note on the digitized archive and the byline "By Sheila Rule, Special To the New York
        # Times" are kept (they carry the date) but not annotated (outlet and byline); the
        # repost's mid-text widget line "Be the first to know – Follow us on @Saxafi" is kept as
        # it stands (only start/end trimming). Removed: at the end, the cut-off fragment "They
        # agreed at ".
    ],
    roles=[("Ethiopia’s leader", "mengistu_haile_mariam"), ("the Somali President", "mohamed_siad_barre"),
           ("Foreign Minister", "berhanu_bahiy"), ("Deputy Prime Minister", "ahmed_mohamud_farah")],
)

_HILL = "After leaving the White House, he met on Capitol Hill with House Speaker Paul Ryan, R-Wis., and Senate Majority Leader Mitch McConnell, R-Ky."
A["dev_9108_obama_trump_white_house"] = dict(
    actors={
        "barack_obama": ["President Obama", "Obama"],
        "donald_trump": ["Donald Trump", "Trump"],
        "george_washington": ["George Washington"],
        "paul_ryan": ["House Speaker Paul Ryan", "Paul Ryan"],
        "mitch_mcconnell": ["Senate Majority Leader Mitch McConnell", "Mitch McConnell"],
        "josh_earnest": ["White House press secretary Josh Earnest", "Josh Earnest"],
        "white_house": ["White House"],
    },
    meetings=[
        # "President Obama met Thursday at the White House with Donald Trump" ("The Oval Office
        # meeting", "The private meeting", "he and Obama met for longer than expected": the
        # same) -> held, 2016-11-10, Washington (the dateline; the White House resolved to its
        # city).
        M(["barack_obama", "donald_trump"], "2016-11-10", "Washington", IP, H,
          "WASHINGTON — President Obama met Thursday at the White House with Donald Trump, his elected successor and longtime political nemesis, to begin a whirlwind 10-week transition before Trump’s inauguration in January."),
        # "After leaving the White House, he met on Capitol Hill with House Speaker Paul Ryan ...
        # and Senate Majority Leader Mitch McConnell" ("one of several for Trump in Washington on
        # Thursday") -> two bilaterals, as dev_032's "met Yushchenko and Saakashvili" (no
        # Ryan-McConnell row; see the notes); held, 2016-11-10, Washington (Capitol Hill).
        M(["donald_trump", "paul_ryan"], "2016-11-10", "Washington", IP, H, _HILL),
        M(["donald_trump", "mitch_mcconnell"], "2016-11-10", "Washington", IP, H, _HILL),
        # Not rows: "pledged to seek Obama's counsel in the coming weeks" and "I very much look
        # forward to dealing with the president in the future" (no specific meeting); the remarks
        # to reporters and Josh Earnest's briefing (media); the portrait of George Washington
        # (no meeting). Removed: at the end, the cut-off fragment "A la".
    ],
    roles=[("his elected successor", "donald_trump"), ("Mr. President-elect", "donald_trump"),
           ("House Speaker", "paul_ryan"), ("Senate Majority Leader", "mitch_mcconnell"),
           ("White House press secretary", "josh_earnest"), ("the president", "barack_obama")],
)

A["dev_9109_nalbandian_margvelashvili_tbilisi"] = dict(
    actors={
        "edward_nalbandian": ["Foreign Minister Edward Nalbandian", "Edward Nalbandian"],
        "giorgi_margvelashvili": ["Giorgi Margvelashvili", "President Margvelashvili"],
        "serzh_sargsyan": ["Serzh Sargsyan"],
        "osce_minsk_group": ["OSCE Minsk Group"],
    },
    meetings=[
        # "On August 1, while on an official visit to Tbilisi, Foreign Minister Edward
        # Nalbandian had a meeting with Giorgi Margvelashvili" -> held, 2016-08-01, Tbilisi.
        M(["edward_nalbandian", "giorgi_margvelashvili"], "2016-08-01", "Tbilisi", IP, H,
          "On August 1, while on an official visit to Tbilisi, Foreign Minister Edward Nalbandian had a meeting with Giorgi Margvelashvili, the President of Georgia."),
        # Not rows: the greetings of "the President of Armenia" conveyed by Nalbandian and
        # Margvelashvili's best wishes to Serzh Sargsyan (messages); "his meetings and
        # discussions held in Tbilisi" (unnamed counterparts); "the Summits in Vienna and Saint
        # Petersburg" and the OSCE Minsk Group Co-Chairs (no participants named). Removed: at the
        # end, the site's widget line "Print the page".
    ],
    roles=[("Foreign Minister of Armenia", "edward_nalbandian"),
           ("the President of Georgia", "giorgi_margvelashvili"),
           ("The President of Georgia", "giorgi_margvelashvili"), ("the Minister", "edward_nalbandian"),
           ("the President of Armenia", "serzh_sargsyan"), ("President of Armenia", "serzh_sargsyan")],
)

A["dev_9110_de_gaulle_brezhnev_kremlin"] = dict(
    actors={
        "charles_de_gaulle": ["President de Gaulle", "General de Gaulle", "de Gaulle"],
        "leonid_brezhnev": ["Mr Leonid Brezhnev", "Leonid Brezhnev", "Mr Brezhnev"],
        "alexei_kosygin": ["Mr Alexei Kosygin", "Alexei Kosygin", "Mr Kosygin"],
        "nikolai_podgorny": ["President Nikolai Podgorny", "Nikolai Podgorny", "President Podgorny"],
        "maurice_couve_de_murville": ["Mr Maurice Couve de Murville", "Maurice Couve de Murville"],
        "philippe_baudet": ["Mr Philippe Baudet", "Philippe Baudet"],
        "politburo_cpsu": ["Politburo"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
    },
    meetings=[
        # "President de Gaulle began momentous Kremlin talks today with Mr Leonid Brezhnev and
        # other members of the Politburo" -> held, 1966-06-21, Moscow (the dateline; the
        # Kremlin).
        M(["charles_de_gaulle", "leonid_brezhnev"], "1966-06-21", "Moscow", IP, H,
          "MOSCOW, June 21. President de Gaulle began momentous Kremlin talks today with Mr Leonid Brezhnev and other members of the Politburo."),
        # Podgorny and Kosygin, "other members of the Politburo" with whom the talks were held,
        # sat at the table ("took back seats to Mr Brezhnev") -> de Gaulle-Podgorny and de
        # Gaulle-Kosygin, held, same day and place; required False (named as seated members of
        # the Soviet group led by Brezhnev, not as the counterpart; see the notes).
        M(["charles_de_gaulle", "nikolai_podgorny"], "1966-06-21", "Moscow", IP, H,
          "President Podgorny sat on I Mr Brezhnev’s left, facing Mr Maurice Couve de Murville, the French Foreign Minister.",
          False),
        M(["charles_de_gaulle", "alexei_kosygin"], "1966-06-21", "Moscow", IP, H,
          "Mr Kosygin sat on the party leader’s right, across the table from Mr Philippe Baudet, the French Ambassador.",
          False),
        # Not rows: Couve de Murville and Baudet (members of the French delegation, seated
        # opposite: delegation members, not participants, as ANNOTATION.md); no pairs within the
        # Soviet side; "arrived yesterday on a 12-day visit" (an arrival, no host named);
        # "Normally, talks with Western visitors are conducted by ... Kosygin, or ... Podgorny"
        # (a general statement). "(N Z.P A. Reuter —Copyright?" is the agency credit (not
        # annotated). Removed: at the start, Papers Past's notice ("Thank you for correcting the
        # text in this article. ..." and "This article contains searchable text which was
        # automatically generated ...") and its fourteen "Article image" lines; at the end, the
        # last, cut-off sentence ("Its walls are covered with I yellow silk, set off by tall ■
        # gre"). OCR slips ("FRENCHRUSSIAN", "hack seats", "cameramen j filmed", "sat on I Mr
        # Brezhnev's left", the paragraph opening ", President Podgorny") are kept.
    ],
    roles=[("the French leader", "charles_de_gaulle"),
           ("general secretary of the Soviet Communist Party", "leonid_brezhnev"),
           ("The party leader", "leonid_brezhnev"), ("the party leader", "leonid_brezhnev"),
           ("the Prime Minister", "alexei_kosygin"),
           ("the French Foreign Minister", "maurice_couve_de_murville"),
           ("the French Ambassador", "philippe_baudet")],
)

A["test_9111_paisley_ahern_dublin"] = dict(
    actors={
        "ian_paisley": ["Ian Paisley", "Mr Paisley"],
        "bertie_ahern": ["Bertie Ahern", "Mr Ahern"],
        "tony_blair": ["Tony Blair"],
        # New key.
        "democratic_unionist_party": ["Democratic Unionist Party"],
        # The key of earlier batches; the accented spelling is added as written.
        "sinn_fein": ["Sinn Féin"],
        # "leader of the Free Presbyterian church" (new key).
        "free_presbyterian_church": ["Free Presbyterian church"],
        "ira": ["IRA"],
        # "a former press officer in the Dublin government" (Ireland's government; new key, on
        # the pattern of `british_government`).
        "irish_government": ["Dublin government"],
    },
    meetings=[
        # "Ian Paisley yesterday made an historic journey ... for his first political meeting with
        # an Irish prime minister in Dublin" (the prime minister is named in "Initiating a meeting
        # in Dublin with the Irish prime minister, Bertie Ahern"; "The talks", "After the meeting":
        # the same) -> held, 2004-09-30 ("yesterday" against the print date 1 October; see the
        # notes), Dublin.
        M(["ian_paisley", "bertie_ahern"], "2004-09-30", "Dublin", IP, H,
          "After decades of vowing \"no surrender\", the hardline Unionist leader Ian Paisley yesterday made an historic journey south of the Northern Ireland border for his first political meeting with an Irish prime minister in Dublin."),
        # "Mr Paisley's party attended meetings with Mr Ahern earlier this year in London" -> the
        # party (an organisation) and Ahern, held, date null, London; required False (plural,
        # unspecific "meetings" of a party delegation, close to a count).
        M(["democratic_unionist_party", "bertie_ahern"], None, "London", IP, H,
          "Mr Paisley's party attended meetings with Mr Ahern earlier this year in London, to avoid the sensitivities of travelling to Dublin.",
          False),
        # "His one visit to Dublin to meet the taoiseach five years ago" -> the taoiseach of five
        # years before is not named in the text: one-party row (Paisley), held, date null,
        # Dublin; required False (the counterpart given by title only, and the visit dated only
        # "five years ago").
        M(["ian_paisley"], None, "Dublin", IP, H,
          "His one visit to Dublin to meet the taoiseach five years ago was in his capacity as leader of the Free Presbyterian church to discuss arson attacks on his churches along the border.He resolutely refused to discuss politics.",
          False),
        # Not rows: "He once threw snowballs at a previous taoiseach who came to Belfast" (an
        # incident; the taoiseach unnamed); the invitation of the 1980s "returned with 'no
        # surrender' written over it" (refused); "will sit down in a power-sharing government with
        # Sinn Féin" (a hypothetical coalition); Tony Blair's deadline (no meeting); the IRA
        # (no meeting). ", Ireland correspondent" is the byline without its name (not annotated).
        # Removed: at the start, the site's "Skip to main content Skip to navigation"; at the end,
        # the cut-off last sentence ("Despite Mr Blair's claims of a breakthrough on the IRA
        # handing over guns and stopping paramilitary activity, the Stormont assembly remains
        # suspended while uni"). The missing space in "border.He" is kept; the evidence of the
        # third row therefore runs on into the next sentence, as the text does.
    ],
    roles=[("the hardline Unionist leader", "ian_paisley"), ("the Irish prime minister", "bertie_ahern"),
           ("The 78-year-old undisputed leader of unionism", "ian_paisley"),
           ("Mr Paisley's party", "democratic_unionist_party")],
)

_PHNOM_PENH = "On Sunday, Mr Albanese held talks with US President Joe Biden in Phnom Penh – 24 hours before Mr Biden and Mr Xi met in Indonesia."
_TUESDAY = "Mr Albanese and Mr Xi will hold talks on Tuesday afternoon at the G20 summit in Bali – the first time an Australian Prime Minister has managed to hold a formal meeting with the Chinese President since Malcolm Turnbull in 2016."
A["dev_9112_albanese_xi_bali_planned"] = dict(
    actors={
        # "nthony Albanese" (the caption's first letter is cut off in the excerpt; kept as
        # written).
        "anthony_albanese": ["nthony Albanese", "Prime Minister Anthony Albanese", "Anthony Albanese",
                             "Mr Albanese"],
        "xi_jinping": ["Chinese President Xi Jinping", "Xi Jinping", "Mr Xi"],
        "malcolm_turnbull": ["Malcolm Turnbull"],
        "joe_biden": ["US President Joe Biden", "Joe Biden", "Mr Biden"],
        # "Chinese telco Huawei" (new key).
        "huawei": ["Huawei"],
        "group_of_20": ["G20"],
    },
    meetings=[
        # "Mr Albanese and Mr Xi will hold talks on Tuesday afternoon at the G20 summit in Bali"
        # -> planned, 2022-11-15 (the Tuesday of publication), Bali (a bilateral on the
        # summit's sidelines, not the plenary).
        M(["anthony_albanese", "xi_jinping"], "2022-11-15", "Bali", IP, P, _TUESDAY),
        # "... hold a formal meeting with the Chinese President since Malcolm Turnbull in 2016"
        # -> Turnbull's formal meeting with the Chinese President in 2016, held, date null, place
        # null; required False (elliptical; the Chinese President of 2016 is given by title,
        # read as Xi, the holder the text names).
        M(["malcolm_turnbull", "xi_jinping"], None, None, IP, H, _TUESDAY, False),
        # "On Sunday, Mr Albanese held talks with US President Joe Biden in Phnom Penh" -> held,
        # 2022-11-13, Phnom Penh.
        M(["anthony_albanese", "joe_biden"], "2022-11-13", "Phnom Penh", IP, H, _PHNOM_PENH),
        # "24 hours before Mr Biden and Mr Xi met in Indonesia" -> held, 2022-11-14 (24 hours
        # after the Sunday talks: the Monday; see the notes), Indonesia (no city given for it).
        M(["joe_biden", "xi_jinping"], "2022-11-14", "Indonesia", IP, H, _PHNOM_PENH),
        # Not rows: "Australian ministers struggled to get phone calls with their Chinese
        # counterparts" (unnamed, no specific call); "After addressing business leaders in
        # Bali" (a speech to unnamed people); the G20 summit as such (multilateral); Albanese's
        # quoted remarks (media). "[Source: ABC Australia News]" is the caption's credit (not
        # annotated). Removed: at the start, the search tool's date prefix (" date 2022-11-15 ").
        # The excerpt ends at a full sentence; nothing else removed.
    ],
    roles=[("Prime Minister", "anthony_albanese"), ("Chinese President", "xi_jinping"),
           ("the Chinese President", "xi_jinping"), ("US President", "joe_biden"),
           ("Australia’s Prime Minister", "anthony_albanese")],
)
