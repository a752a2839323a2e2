"""Accuracy corpus, batch 15b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and every batch_*.py present before searching, 384 articles, batches 1-14b; batch 15a
not yet present: in the 2000s Eastern Europe/Russia, Latin America, Middle East, North America,
South Asia and Southeast Asia had 6, the others 7 or 8; in the 2010s East Asia and Oceania had 6,
the others 7 or 9; in the 2020s every region had 7 but the Middle East 8) and spread over eleven
regions (Eastern Europe/Russia, Latin America, South Asia, Middle East 2000s; East Asia, Oceania,
Southeast Asia, North America 2010s; Africa, Central Asia/Caucasus, Western Europe, Eastern
Europe/Russia 2020s). Every outlet is new to the corpus: a blog repost (krissonseu), the Marxism
mailing-list archive reposting The New York Times, OANA (PTI), 6abc.com, bostonese.com,
domain-b.com, TWF India (IBNS), SowetanLIVE, Kun.uz, One America News (Reuters), Ukrainska Pravda
and CityNews Toronto. Collected with the `search` tool (corpus `pages`) and annotated from the
texts alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_15b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-14b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_29NN_<slug>` / `test_29NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The blog's post date "Wednesday, September 2, 2009" (the URL has 2009/09); "on Tuesday (1
    # September)" and "on Tuesday morning" = 2009-09-01.
    ("dev_2901_putin_tusk_sopot", "Eastern Europe/Russia", "2000s", "krissonseu (blog, krissonseu.blogspot.com; repost, source not named)", "http://krissonseu.blogspot.com/2009/09/poland-keen-to-shed-anti-russian-image.html", "2009-09-02"),
    # The reposted New York Times story is dated "April 23, 2002" (a Tuesday; the list post is of
    # "Tue Apr 23 10:48:53 MDT 2002"); dateline "HAVANA, April 22", so "tonight" = 2002-04-22
    # (no row depends on it); the call is dated in the text ("on March 19" = 2002-03-19);
    # "last month" = March 2002 (the Monterrey summit, not a row).
    ("dev_2902_castro_fox_phone_tape", "Latin America", "2000s", "Marxism mailing list archive (lists.csbs.utah.edu), reposting The New York Times", "https://lists.csbs.utah.edu/pipermail/marxism/2002-April/068246.html", "2002-04-23"),
    # The page's date line "Fri, 07/10/2009 - 10:49"; the PTI dateline is "New Delhi, July 9"
    # (a Thursday: "told reporters here Thursday" = 2009-07-09). "next week" is resolved by the
    # explicit dates in the text ("expected on July 16", "expected on July 14"); "two months
    # after" gives no day.
    ("test_2903_singh_gilani_egypt_planned", "South Asia", "2000s", "OANA (oananews.org; PTI)", "https://www.oananews.org/node/69703", "2009-07-10"),
    # Date line "March 2, 2008 3:20:55 PM PST" (a Sunday); "Sunday" and "Sunday night" = the same
    # day (the Baghdad day; the PST stamp does not change the reading).
    ("dev_2904_ahmadinejad_talabani_baghdad", "Middle East", "2000s", "6abc.com (WPVI-TV, archive)", "https://6abc.com/archive/5993991/", "2008-03-02"),
    # Dateline "Singapore, Nov. 7, 2015" (a Saturday; the URL has 2015/11); the meeting is on the
    # dateline's day ("At 3 PM local time").
    ("dev_2905_xi_ma_singapore", "East Asia", "2010s", "bostonese.com", "https://bostonese.com/2015/11/xi-jinping-and-ma-ying-jeou-hold-historical-talk-in-singapore/", "2015-11-07"),
    # Date line "03 Feb 2017" (a Friday); "on Wednesday" = 2017-02-01 (when the officials spoke;
    # no row depends on it); the call is dated in the text ("on 28 January" = 2017-01-28, a
    # Saturday); "today" = 2017-02-03.
    ("dev_2906_trump_turnbull_call", "Oceania", "2010s", "domain-b.com", "https://domain-b.com/amp/economy/world-economy/trump-slams-phone-on-australia-s-turnbull-over-refugee-issue", "2017-02-03"),
    # By-line date "06 Sep 2016, 08:22 am" and dateline "Vientiane, Sep 6" (a Tuesday); "on
    # Tuesday" = the same day, "on Monday" = 2016-09-05 (the insult; not a row).
    ("test_2907_obama_duterte_cancelled", "Southeast Asia", "2010s", "TWF India (twfindia.in; IBNS)", "https://twfindia.in/news/president-obama-cancels-meeting-with-filipono-counterpart-following-insult/details", "2016-09-06"),
    # No date line in the excerpt; the URL has 2023-06-08 (a Thursday): "on Thursday" = the same
    # day, "on Wednesday night" = 2023-06-07, "on Monday" = 2023-06-05; "Last month" (May 2023)
    # gives no day.
    ("dev_2908_ramaphosa_putin_call", "Africa", "2020s", "SowetanLIVE (sowetanlive.co.za)", "https://www.sowetanlive.co.za/news/south-africa/2023-06-08-presidency-confirms-ramaphosas-phone-call-with-putin/", "2023-06-08"),
    # Date line "11:01 / 09.10.2020" (a Friday; the URL has 2020/10/09). The call itself is not
    # dated in the text ("had a telephone conversation"): date null (see the notes). "last month"
    # and "last November" belong to no row.
    ("dev_2909_mirziyoyev_berdimuhamedov_call", "Central Asia/Caucasus", "2020s", "Kun.uz (English)", "https://kun.uz/en/news/2020/10/09/mirziyoyev-berdimuhamedov-discuss-the-situation-in-kyrgyzstan", "2020-10-09"),
    # Date line "May 18, 2020" (a Monday); "later on Monday" = the same day. The caption date
    # "January 19, 2020" is explicit.
    ("dev_2910_macron_merkel_video", "Western Europe", "2020s", "One America News Network (oann.com; Reuters)", "https://www.oann.com/french-president-macron-to-hold-video-conference-with-merkel/?utm_source=rss&utm_medium=rss&utm_campaign=french-president-macron-to-hold-video-conference-with-merkel", "2020-05-18"),
    # Date line "Tuesday, 28 February 2023, 08:44" (the URL has 2023/02/28). No row depends on a
    # date (zero-row control).
    ("test_2911_kremlin_no_scholz_macron_contacts", "Eastern Europe/Russia", "2020s", "Ukrainska Pravda (pravda.com.ua, English)", "https://www.pravda.com.ua/eng/news/2023/02/28/7391319/", "2023-02-28"),
    # No date line in the excerpt; the URL has 2014/03/25 (a Tuesday): "Tuesday" = the same day;
    # "last week" and "the day after" belong to no row.
    ("dev_2912_harper_abe_xi_key_hague", "North America", "2010s", "CityNews Toronto (toronto.citynews.ca)", "https://toronto.citynews.ca/2014/03/25/harper-in-the-netherlands-for-nuclear-summit/", "2014-03-25"),
]

A = {}

A["dev_2901_putin_tusk_sopot"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Mr Putin", "Putin"],
        "donald_tusk": ["Donald Tusk"],
        "lech_kaczynski": ["Lech Kaczynski"],
        "radoslaw_sikorski": ["Radek Sikorski"],
        "gazeta_wyborcza": ["Gazeta Wyborcza"],
        "european_union": ["EU"],
    },
    meetings=[
        # "Putin and Polish leader Donald Tusk on Tuesday morning spent 30 minutes chatting ... on
        # a pier in the Polish town of Sopot" ("The meeting - the first of its type in eight
        # years"; the agreement "He also signed" belongs to the same visit) -> held, 2009-09-01
        # (the Tuesday before the Wednesday post; "on Tuesday (1 September)"), Sopot.
        M(["vladimir_putin", "donald_tusk"], "2009-09-01", "Sopot", IP, H,
          "Russian Prime Minister Vladimir Putin and Polish leader Donald Tusk on Tuesday morning spent 30 minutes chatting in a friendly manner in view of cameras on a pier in the Polish town of Sopot on the Baltic Sea coast."),
        # Not rows: the Westerplatte ceremonies "where around 20 European leaders gathered" (a
        # commemoration of many leaders, no bilateral named); Putin's open letter in Gazeta
        # Wyborcza (a letter); Kaczynski's "muted allusion" (a speech, no meeting); Sikorski's
        # quotation (a statement). The blog's post date, above the headline on the page, was put
        # under it; the cut-off last sentence ("\"This [Mr Putin's letter] i") was removed.
    ],
    roles=[("Russian Prime Minister", "vladimir_putin"), ("Polish leader", "donald_tusk"),
           ("The Russian premier", "vladimir_putin"), ("Polish President", "lech_kaczynski"),
           ("Polish foreign minister", "radoslaw_sikorski")],
)

A["dev_2902_castro_fox_phone_tape"] = dict(
    actors={
        "fidel_castro": ["Fidel Castro", "Castro", "Mr. Castro"],
        "vicente_fox": ["Vicente Fox", "Fox", "Mr. Fox", "President Fox"],
        "jorge_castaneda": ["Castaneda"],
        "rodolfo_elizondo": ["Rodolfo Elizondo"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "made public his private conversation on March 19 with Mr. Fox. During the late-night
        # phone call, Mr. Fox and Mr. Castro agreed ..." -> phone, held, 2002-03-19 (explicit),
        # place null (a call). The tape's release "tonight" is a news conference, not a meeting.
        M(["fidel_castro", "vicente_fox"], "2002-03-19", None, PH, H,
          "Mr. Castro, at a news conference here to which he had urgently summoned foreign journalists, made public his private conversation on March 19 with Mr. Fox."),
        # Not rows: the news conference with foreign journalists (one named person); "his
        # attendance last month at the United Nations development summit meeting in Monterrey"
        # (a plenary; no encounter of the two is reported); Elizondo's statement; Mexico's vote
        # in Geneva (a vote). The list's subject line is the first line (the story's own
        # headline follows the "New York Times / April 23, 2002" lines); "Richard Fidler rfidler
        # at" is the poster's line (a byline, not an actor); "New York Times" there is the
        # outlet in the header (not an actor). The text is hard-wrapped as on the page (so
        # "President Vicente Fox of\nMexico" etc.); the cut-off last sentence ("\"However, the
        # fraternal") was removed.
    ],
    roles=[("the Mexican leader", "vicente_fox"), ("the Cuban leader", "fidel_castro"),
           ("the president of Cuba", "fidel_castro"), ("his counterpart", "fidel_castro"),
           ("a spokesman for Mr. Fox", "rodolfo_elizondo")],
)

_SG = ("New Delhi, July 9 (PTI) India's Prime Minister Manmohan Singh and his Pakistani counterpart Yousuf Raza Gilani will meet in Egypt next week on the margins of Non Aligned Movement (NAM) Summit to decide on the future course of ties on the basis of what Islamabad has done to address India's concerns on terrorism.")
A["test_2903_singh_gilani_egypt_planned"] = dict(
    actors={
        # "Manmohan\nSingh", "Asif\nAli Zardari" and "External\nAffairs Ministry" are split by the
        # page's hard line breaks: only the one-line forms are aliases, and the ministry (no
        # one-line form) is not listed (see the notes).
        "manmohan_singh": ["Singh"],
        "yousuf_raza_gilani": ["Yousuf Raza Gilani", "Gilani"],
        "shiv_shankar_menon": ["Shivshankar Menon", "Menon"],
        "salman_bashir": ["Salman Bashir", "Bashir"],
        "vivek_katju": ["Vivek Katju", "Katju"],
        "asif_ali_zardari": ["Zardari"],
        "non_aligned_movement": ["Non Aligned Movement", "NAM"],
    },
    meetings=[
        # "Singh and his Pakistani counterpart Yousuf Raza Gilani will meet in Egypt next week
        # on the margins of ... (NAM) Summit"; "During his three-day stay in Sharm-el Shaikh,
        # Singh will have a meeting with Gilani"; "The Singh-Gilani meeting, expected on July 16"
        # -> planned, 2009-07-16, Sharm-el Sheikh (the text's first spelling; also "Sharm-el
        # Shaikh"). Katju's "the exact date and time ... was still to be finalised" is noted as a
        # doubt (see the notes); the article itself gives the expected day.
        M(["manmohan_singh", "yousuf_raza_gilani"], "2009-07-16", "Sharm-el Sheikh", IP, P, _SG),
        # "Foreign Secretary Shivshankar Menon and his Pakistani counterpart Salman Bashir will
        # discuss terrorism ..."; "Menon and Bashir, whose meeting is expected on July 14" ->
        # planned, 2009-07-14; place null (the text does not say where the secretaries meet).
        M(["shiv_shankar_menon", "salman_bashir"], "2009-07-14", None, IP, P,
          "Prior to the meeting between Singh and Gilani, Foreign Secretary Shivshankar Menon and his Pakistani counterpart Salman Bashir will discuss terrorism and steps taken by Islamabad to bring to book perpetrators of November 26 Mumbai attacks and dismantle the infrastructure of terrorism."),
        # "two months after the Indian leader met President Asif Ali Zardari in Yekaterinburg in
        # Russia" ("the first top level interaction after the Mumbai attacks" is the same
        # meeting) -> held, date null ("two months after"), Yekaterinburg.
        M(["manmohan_singh", "asif_ali_zardari"], None, "Yekaterinburg", IP, H,
          "The Singh-Gilani meeting, expected on July 16, will take place two months after the Indian leader met President Asif Ali Zardari in Yekaterinburg in Russia."),
        # "Singh will have a meeting with Gilani besides some other leaders" -> planned meetings
        # with unnamed leaders, one-party row, Sharm-el Sheikh, date null; optional (an
        # unspecified number of unnamed counterparts).
        M(["manmohan_singh"], None, "Sharm-el Sheikh", IP, P,
          "During his three-day stay in Sharm-el Shaikh, Singh will have a meeting with Gilani besides some other leaders.", False),
        # Not rows: the Paris visit as "Chief Guest of Honour at the French National Day" (no
        # counterpart named); Katju "briefing mediapersons" (a briefing); the secretaries who
        # "will then report to their respective leaders" (a report, no specific meeting); "There
        # will be a meeting" (the same Singh-Gilani meeting); the NAM Summit itself (a plenary).
        # Removed: the page's "ID : 69703" and "Auther :" lines and the cut-off last paragraph
        # ("On the NAM Su"); the date line, above the headline on the page, was put under it.
        # "(PTI)" is the agency credit.
    ],
    # "his Pakistani counterpart" is not listed: it denotes Gilani once and Bashir once.
    roles=[("India's Prime Minister", "manmohan_singh"), ("the Prime Minister", "manmohan_singh"),
           ("Special Secretary", "vivek_katju"), ("the Indian leader", "manmohan_singh")],
)

A["dev_2904_ahmadinejad_talabani_baghdad"] = dict(
    actors={
        "mahmoud_ahmadinejad": ["Mahmoud Ahmadinejad", "Ahmadinejad"],
        "jalal_talabani": ["Jalal Talabani", "Talabani"],
        "nouri_al_maliki": ["Nouri al-Maliki"],
        "abdul_aziz_al_hakim": ["Abdul-Aziz al-Hakim"],
        "saddam_hussein": ["Saddam Hussein", "Saddam"],
        "islamic_revolutionary_guard_corps": ["Revolutionary Guard"],
    },
    meetings=[
        # "Talabani ... greeted Ahmadinejad with an honor guard"; "The two held hands at the
        # red-carpet welcome ceremony"; "Talabani said he and Ahmadinejad discussed economic,
        # political, security and oil issues" (welcome and talks: one row) -> held, 2008-03-02
        # (the Sunday of the date line: "on an historic trip to Baghdad Sunday"), Baghdad.
        M(["mahmoud_ahmadinejad", "jalal_talabani"], "2008-03-02", "Baghdad", IP, H,
          "Talabani said he and Ahmadinejad discussed economic, political, security and oil issues and planned to sign several unspecified agreements."),
        # "Ahmadinejad said at a press conference with U.S.-backed Prime Minister Nouri al-Maliki
        # in the Green Zone" -> a joint press conference, held, 2008-03-02 (the trip's Sunday),
        # Baghdad (the Green Zone is in Baghdad, the trip's city). Required (a joint appearance
        # of the two on the visit, as the joint news conference of 6b's Duda-Abbas row); see
        # the notes.
        M(["mahmoud_ahmadinejad", "nouri_al_maliki"], "2008-03-02", "Baghdad", IP, H,
          "\"The Iraqi people do not like the Americans,\" Ahmadinejad said at a press conference with U.S.-backed Prime Minister Nouri al-Maliki in the Green Zone - the heart of the American diplomatic presence."),
        # "Ahmadinejad said Sunday night after meeting Abdul-Aziz al-Hakim" -> held, 2008-03-02,
        # Baghdad.
        M(["mahmoud_ahmadinejad", "abdul_aziz_al_hakim"], "2008-03-02", "Baghdad", IP, H,
          "\"Six years ago, there were no terrorists in our region. As soon as the others landed in this country and the region, we witnessed their arrival and presence,\" Ahmadinejad said Sunday night after meeting Abdul-Aziz al-Hakim, the leader of Iraq's largest Shiite political bloc."),
        # Not rows: "planned to sign several unspecified agreements" (a signing, no new
        # meeting); Saddam Hussein and the Revolutionary Guard (history). The excerpt ends with
        # a cut-off paragraph ("Then he cut through the Green Zon"), removed.
    ],
    roles=[("Iranian President", "mahmoud_ahmadinejad"), ("U.S.-backed Prime Minister", "nouri_al_maliki"),
           ("the leader of Iraq's largest Shiite political bloc", "abdul_aziz_al_hakim"),
           ("Iraqi President", "jalal_talabani")],
)

A["dev_2905_xi_ma_singapore"] = dict(
    actors={
        "xi_jinping": ["Xi Jinping", "Xi jinping", "Mr. Xi", "Xi"],
        "ma_ying_jeou": ["Ma Ying-jeou", "Ma"],
        "kuomintang": ["KMT"],
        "eric_chu": ["Eric Chu"],
        "hung_hsiu_chu": ["Hung Hsiu-chu"],
    },
    meetings=[
        # "Xi jinping and Ma Ying-jeou formally met each other and shaked hands"; "The two leaders
        # shared the dinner together" (the same pair, day and place: one row) -> held,
        # 2015-11-07 (the dateline's day), Singapore.
        M(["xi_jinping", "ma_ying_jeou"], "2015-11-07", "Singapore", IP, H,
          "Singapore, Nov. 7, 2015, — At 3 PM local time, Xi jinping and Ma Ying-jeou formally met each other and shaked hands in front of more than 500 reporters for 90 seconds."),
        # Not rows: the speeches; the KMT's nomination of Eric Chu over Hung Hsiu-chu (a party
        # vote). "By Xinming Li, bostonese.com" is the byline. The typos ("shaked", "Taiwan
        # Straight", "pepole", "Xi jinping") are kept.
    ],
    roles=[("Party chairman", "eric_chu")],
)

_TT = ("Senior US officials said on Wednesday that during the call on 28 January, Trump also boasted about the magnitude of his electoral college win and informed Turnbull that he had spoken with four other world leaders that day - including Russian President Vladimir Putin - and that \"this was the worst call by far\", US media reported today.")
_TC = ("Finally, Trump ended the call, making it far shorter than his conversations with Japanese Prime Minister Shinzo Abe, German Chancellor Angela Merkel of Germany and French President Francois Hollande.")
A["dev_2906_trump_turnbull_call"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "Trump"],
        "malcolm_turnbull": ["Malcolm Turnbull", "Turnbull"],
        "vladimir_putin": ["Vladimir Putin"],
        "steve_bannon": ["Steve Bannon"],
        "michael_flynn": ["Michael Flynn"],
        "sean_spicer": ["Sean Spicer"],
        "white_house": ["White House"],
        "shinzo_abe": ["Shinzo Abe"],
        "angela_merkel": ["Angela Merkel"],
        "francois_hollande": ["Francois Hollande"],
        "united_nations": ["UN"],
    },
    meetings=[
        # "the call on 28 January" (Trump-Turnbull; "a scheduled hour-long phone call") -> phone,
        # held, 2017-01-28 (explicit), place null.
        M(["donald_trump", "malcolm_turnbull"], "2017-01-28", None, PH, H, _TT),
        # "he had spoken with four other world leaders that day - including Russian President
        # Vladimir Putin" -> a call with Putin that day, phone (one of the day's calls), held,
        # 2017-01-28.
        M(["donald_trump", "vladimir_putin"], "2017-01-28", None, PH, H, _TT),
        # "far shorter than his conversations with ... Shinzo Abe, ... Angela Merkel ... and ...
        # Francois Hollande" -> three conversations, phone (compared in length with the call),
        # held; date null: the text does not say they were that day (they are presumably the
        # "four other world leaders" with Putin, but that is a count, not a statement).
        M(["donald_trump", "shinzo_abe"], None, None, PH, H, _TC),
        M(["donald_trump", "angela_merkel"], None, None, PH, H, _TC),
        M(["donald_trump", "francois_hollande"], None, None, PH, H, _TC),
        # Not rows: Bannon, Flynn and Spicer, who "joined" Trump during the call (present, not
        # participants); the officials' briefing "on Wednesday"; the UN's "intervention" and the
        # US "pledge" (no meeting). Removed: the cut-off last paragraph ("Trump, who on 27
        # January signed an executive order ... complained that he was \"going to get killed\"
        # pol").
    ],
    roles=[("US President", "donald_trump"), ("Australian Prime Minister", "malcolm_turnbull"),
           ("Russian President", "vladimir_putin"), ("chief strategist", "steve_bannon"),
           ("National Security Adviser", "michael_flynn"), ("White House press secretary", "sean_spicer"),
           ("Japanese Prime Minister", "shinzo_abe"), ("German Chancellor", "angela_merkel"),
           ("French President", "francois_hollande")],
)

A["test_2907_obama_duterte_cancelled"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "President Obama", "Obama"],
        "rodrigo_duterte": ["Rodrigo Duterte", "Duterte"],
        "park_geun_hye": ["Park Geun-hye"],
        "ned_price": ["Ned Price"],
        "white_house": ["White House"],
        "united_states_national_security_council": ["White House National Security Council"],
        "ndtv": ["NDTV"],
        "the_hindu": ["The Hindu"],
    },
    meetings=[
        # "Obama is now likely to meet South Korean President Park Geun-hye on Tuesday" ->
        # planned, 2016-09-06 (the Tuesday of the dateline), Vientiane (the dateline's city,
        # where Obama "arrived in the capital of Laos"; the text names no other place).
        M(["barack_obama", "park_geun_hye"], "2016-09-06", "Vientiane", IP, P,
          "Obama is now likely to meet South Korean President Park Geun-hye on Tuesday, according to Ned Price, spokesman for the White House National Security Council."),
        # Not rows: the Obama-Duterte meeting, "cancelled" (did not take place: guide); Duterte's
        # "press conference on Monday" and Obama's "news conference" (one person each); "his
        # aides to speak with Philippine officials" (unnamed); "the annual summit of Southeast
        # Asian leaders" (a plenary); Duterte's statement of regret. Removed: the image
        # placeholder line ("Image") above the headline. "by IBNS" and "(IBNS)" are agency
        # credits. The headline's typo "Filipono" is kept.
    ],
    roles=[("U.S. President", "barack_obama"), ("Filipono counterpart", "rodrigo_duterte"),
           ("Filipino President", "rodrigo_duterte"), ("South Korean President", "park_geun_hye"),
           ("spokesman for the White House National Security Council", "ned_price")],
)

A["dev_2908_ramaphosa_putin_call"] = dict(
    actors={
        "cyril_ramaphosa": ["Cyril Ramaphosa", "Ramaphosa"],
        "vladimir_putin": ["Vladimir Putin", "President Putin", "Putin"],
        "volodymyr_zelensky": ["Volodymyr Zelensky", "Zelensky"],
        "vincent_magwenya": ["Vincent Magwenya"],
        "the_presidency_south_africa": ["Presidency"],
        "kremlin": ["Kremlin"],
        "brics": ["Brics"],
        "timeslive": ["TimesLIVE"],
    },
    meetings=[
        # "Ramaphosa’s office on Thursday confirmed he had a telephonic conversation with his
        # Russian counterpart Vladimir Putin"; "the Kremlin said the two leaders ... discussed
        # ... on Wednesday night" -> phone, held, 2023-06-07 (the Wednesday before the Thursday
        # of the URL date), place null.
        M(["cyril_ramaphosa", "vladimir_putin"], "2023-06-07", None, PH, H,
          "President Cyril Ramaphosa’s office on Thursday confirmed he had a telephonic conversation with his Russian counterpart Vladimir Putin to discuss the upcoming African leaders' peace mission to Kyiv and Moscow."),
        # "the upcoming African leaders' peace mission to Kyiv and Moscow"; Putin "expressed his
        # desire to receive the peace mission"; "their forthcoming separate engagements with
        # Putin and ... Zelensky" -> two planned meetings of the mission (unnamed "African
        # leaders"; the text does not say Ramaphosa is one of them) -> one-party rows, date null.
        # Places: Moscow for Putin, Kyiv for Zelensky (the mission goes "to Kyiv and Moscow";
        # pairing each leader with his capital is a reading, see the notes).
        M(["vladimir_putin"], None, "Moscow", IP, P,
          "Putin has welcomed the initiative by African heads of state and expressed his desire to receive the peace mission."),
        M(["volodymyr_zelensky"], None, "Kyiv", IP, P,
          "African leaders this week discussed their forthcoming separate engagements with Putin and Ukrainian President Volodymyr Zelensky aimed at finding a way to end to the conflict."),
        # "The telephone conversation with President Putin followed a discussion which took
        # place on Monday among the African leaders" (the presidency spokesman's words) -> a
        # discussion of unnamed leaders, Ramaphosa's part implied -> one-party Ramaphosa row,
        # held, 2023-06-05, place null, kind in_person by default (the text does not say how it
        # was held); optional.
        M(["cyril_ramaphosa"], "2023-06-05", None, IP, H,
          "The telephone conversation with President Putin followed a discussion which took place on Monday among the African leaders.", False),
        # "during a phone call between Ramaphosa and Zelensky" (reported "Last month") -> phone,
        # held, date null (before a report of last month; no day), place null.
        M(["cyril_ramaphosa", "volodymyr_zelensky"], None, None, PH, H,
          "Last month TimesLIVE reported that during a phone call between Ramaphosa and Zelensky, the latter warned Ramaphosa against “arming the aggressor”."),
        # Not rows: "This is not the first time Ramaphosa had spoken to Putin. He has also spoken
        # to Zelensky since the war broke out" (counts of calls, no specific one); the
        # "Russia-Africa summit scheduled to take place at the end of July in St Petersburg" (a
        # multilateral summit); Zelensky's quotation (words from the call above). Removed: the
        # site's registration box ("We've got news for you. ... Register now"), the duplicated
        # caption line, and the cut-off last sentence ("“I called on Mr President [Ramaphosa]
        # to"). "Amanda Khoza Presidency reporter" is the byline; "Image: Mikhail
        # Svetlov/Getty Images." the photo credit (kept in the text, not actors).
    ],
    roles=[("Russian President", "vladimir_putin"), ("his Russian counterpart", "vladimir_putin"),
           ("Presidency spokesperson", "vincent_magwenya"), ("Ukrainian President", "volodymyr_zelensky")],
)

A["dev_2909_mirziyoyev_berdimuhamedov_call"] = dict(
    actors={
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
        "gurbanguly_berdimuhamedov": ["Gurbanguly Berdimuhamedov", "Berdimuhamedov"],
    },
    meetings=[
        # "Mirziyoyev had a telephone conversation with President of Turkmenistan Gurbanguly
        # Berdimuhamedov" -> phone, held; date null (the text gives no day; the story's date
        # 2020-10-09 is when it was posted, not when the call took place), place null.
        M(["shavkat_mirziyoyev", "gurbanguly_berdimuhamedov"], None, None, PH, H,
          "President of Uzbekistan Shavkat Mirziyoyev had a telephone conversation with President of Turkmenistan Gurbanguly Berdimuhamedov."),
        # Not rows: "the political consultations held by the foreign ministers of the two
        # countries last month" (unnamed ministers); "the Consultative Meeting of the Heads of
        # State of Central Asia that took place last November in Tashkent" (a multilateral
        # meeting); "the schedule of upcoming events at the highest level" (no specific meeting).
        # "the presidential press service" is unnamed (not an actor). Removed: the view counter
        # ("885") and the trailing navigation ("Top"); the date line, above the headline on the
        # page, was put under it.
    ],
    roles=[("President of Uzbekistan", "shavkat_mirziyoyev"),
           ("President of Turkmenistan", "gurbanguly_berdimuhamedov")],
)

A["dev_2910_macron_merkel_video"] = dict(
    actors={
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
        "angela_merkel": ["Angela Merkel"],
    },
    meetings=[
        # "Macron will hold a video conference later on Monday with German Chancellor Angela
        # Merkel" ("at the end of the meeting": the same) -> video, planned, 2020-05-18 (the
        # Monday of the date line), place null (a video conference; "PARIS" is where the story
        # was filed).
        M(["emmanuel_macron", "angela_merkel"], "2020-05-18", None, VID, P,
          "PARIS (Reuters) – French President Emmanuel Macron will hold a video conference later on Monday with German Chancellor Angela Merkel, said a statement from Macron’s office."),
        # The file-photo caption: "Merkel welcomes ... Macron at the beginning of the Libya summit
        # in Berlin, Germany, January 19, 2020" -> held, 2020-01-19, Berlin; optional (a host's
        # welcome at a multilateral summit, as the welcomes of earlier batches).
        M(["angela_merkel", "emmanuel_macron"], "2020-01-19", "Berlin", IP, H,
          "FILE PHOTO: German Chancellor Angela Merkel welcomes French President Emmanuel Macron at the beginning of the Libya summit in Berlin, Germany, January 19, 2020.", False),
        # Not rows: the "new Franco-German initiative" (presented at the same meeting); the Libya
        # summit itself (a plenary). The excerpt has no headline (it opens with the caption,
        # which the page printed twice: the duplicate was removed). "REUTERS/Axel Schmidt" is
        # the photo credit and "(Reuters)" the agency credit.
    ],
    roles=[("French President", "emmanuel_macron"), ("German Chancellor", "angela_merkel")],
)

A["test_2911_kremlin_no_scholz_macron_contacts"] = dict(
    actors={
        "dmitry_peskov": ["Dmitry Peskov", "Peskov"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "olaf_scholz": ["Olaf Scholz", "Scholz"],
        "emmanuel_macron": ["Emmanuel Macron", "Macron"],
        "kremlin": ["Kremlin"],
        "izvestiya": ["Izvestiya"],
    },
    meetings=[
        # No rows (the batch's zero-row control). Not rows: Scholz and Macron "are not
        # contacting Russia at the moment at all" and "there have been no initiatives recently"
        # (no contact); "Macron declared his readiness to call Putin five or six times, but the
        # Kremlin has not received any requests for such a conversation" (statements of
        # readiness, no call held or scheduled); "who said they would continue to speak with
        # Putin" (an intention, no specific call); Peskov's "interview with the Izvestiya news
        # outlet" (an interview); Macron's and Scholz's statements in the background list
        # (statements). Removed: "Support Us" above the headline, the repeated headline under the
        # date line and the cut-off donation line ("Journalists fight on their own frontline.
        # Support Uk").
    ],
    roles=[("press secretary of the Russian President", "dmitry_peskov"), ("German Chancellor", "olaf_scholz"),
           ("French President", "emmanuel_macron"),
           ("the Russian President's press secretary", "dmitry_peskov")],
)

A["dev_2912_harper_abe_xi_key_hague"] = dict(
    actors={
        "stephen_harper": ["Stephen Harper", "Harper"],
        "shinzo_abe": ["Shinzo Abe"],
        "xi_jinping": ["Xi Jinping"],
        "john_key": ["John Key"],
        "david_johnston": ["David Johnston"],
        "barack_obama": ["Barack Obama", "Obama"],
        "g7": ["G7"],
        "g8": ["G8"],
        "malaysia_airlines": ["Malaysia Airlines"],
    },
    meetings=[
        # "Harper met briefly Tuesday with a variety of world leaders at the Nuclear Security
        # Summit"; "The prime minister and Japan’s Shinzo Abe ... discussed trade" -> held,
        # 2014-03-25 (the Tuesday of the URL date; the lead dates the day's meetings), place
        # Netherlands (headline "in the Netherlands"; the text names no city: "this pristine
        # European capital").
        M(["stephen_harper", "shinzo_abe"], "2014-03-25", "Netherlands", IP, H,
          "The prime minister and Japan’s Shinzo Abe, both G7 leaders, discussed trade and touched on the group’s actions against Russia in retaliation of its annexation of Crimea last week."),
        # "Before the biennial meeting ... wrapped up Tuesday, Harper also chatted briefly with
        # President Xi Jinping of China" ("his conversation with the Chinese leader": the same)
        # -> held, 2014-03-25, Netherlands.
        M(["stephen_harper", "xi_jinping"], "2014-03-25", "Netherlands", IP, H,
          "Before the biennial meeting — focused on ensuring the world’s nuclear materials are kept out of the hands of terrorists — wrapped up Tuesday, Harper also chatted briefly with President Xi Jinping of China."),
        # "Harper also met with New Zealand Prime Minister John Key" -> held, 2014-03-25,
        # Netherlands.
        M(["stephen_harper", "john_key"], "2014-03-25", "Netherlands", IP, H,
          "Harper also met with New Zealand Prime Minister John Key."),
        # Not rows: "the possibility of Harper going to China later this year" (a possible trip,
        # no counterpart); "Johnston’s recent state visit to China" (no counterpart named); "G7
        # leaders announced" (a group statement, the day before); the family photo of "Obama,
        # Harper and the rest of the leaders" (a plenary event); Obama "arriving or leaving the
        # site". Removed: the cut-off last sentence ("Throughout the shoot, Harper chatted
        # amiably with"). The excerpt has no date line (the URL gives the date).
    ],
    roles=[("The prime minister", "stephen_harper"), ("the Chinese leader", "xi_jinping"),
           ("New Zealand Prime Minister", "john_key"), ("Gov. Gen.", "david_johnston"),
           ("U.S. President", "barack_obama")],
)
