"""Accuracy corpus, batch 64b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 64a), from the 1970s to the 2020s
(1970s: one (1972, inferred from the text, see the notes), 1980s: two (1986, 1986), 1990s: two
(1990, 1990), 2000s: two (2004, 2004), 2010s: three (2014, 2016, 2018), 2020s: two (2022, 2022);
five of the twelve from before 2000 (1972, 1986, 1986, 1990, 1990), as the brief asked), over the
eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: RIA Novosti via armenianclub.com, the Chicago Tribune archive
(articles.chicagotribune.com), Sudan Tribune (sudantribune.com; AFP), the Union-Bulletin
(union-bulletin.com; AP), Time (a magazine-archive mirror), the Los Angeles Times archive, the
Jewish Telegraphic Agency archive (jta.org), GOV.UK (a 10 Downing Street call readout), PM
Transcripts (pmtranscripts.pmc.gov.au), the Toronto Star (thestar.com), Business Standard
(business-standard.com; PTI) and the Buenos Aires Herald (buenosairesherald.com); Sudan Tribune,
the Union-Bulletin, the Toronto Star, Business Standard and the Buenos Aires Herald are new to the
corpus. The pages are new to the corpus (URLs grepped in sources.csv and corpus/metadata.csv),
and so are their meetings (names grepped in the corpus texts).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_64b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-63b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_127NN_<slug>` / `test_127NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date lines "April 28 2004" and "BAKU, April 28 (RIA Novosti)" (2004-04-28 a Wednesday,
    # checked): "on Wednesday, April 28" and "on Wednesday evening" = 2004-04-28.
    ("dev_12701_aliyev_kocharyan_warsaw", "Central Asia/Caucasus", "2000s", "RIA Novosti, via armenianclub.com (repost)", "https://www.armenianclub.com/2004/05/05/kocharian-aliyev-to-discuss-nk-conflict-in-warsaw/", "2004-04-28"),
    # The date line "November 22, 1990" (a Thursday, checked): "Friday" = 1990-11-23, "late
    # Wednesday" = 1990-11-21; "13 years ago" gives no day.
    ("dev_12702_bush_assad_geneva_planned", "Middle East", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1990-11-22/news/9004060666_1_president-hafez-assad-president-bush-syrian", "1990-11-22"),
    # The dateline "WASHINGTON, Dec 2 (AFP)" and the photo caption's "December 2, 2004" (a
    # Thursday, checked) -> `published` 2004-12-02; the meeting's day is the caption's.
    ("test_12703_bush_obasanjo_white_house", "Africa", "2000s", "Sudan Tribune (sudantribune.com; AFP)", "https://sudantribune.com/article7510", "2004-12-02"),
    # The search tool's date field 2022-02-25 (a Friday, checked; removed with its prefix): "on
    # Friday" = 2022-02-25.
    ("dev_12704_ismail_sabri_prayuth_bangkok", "Southeast Asia", "2020s", "Union-Bulletin (union-bulletin.com; AP, Seattle Times feed)", "https://www.union-bulletin.com/seattle_times/thai-and-malaysia-leaders-discuss-insurgency-myanmar-crisis/article_c5856ec4-0de0-562e-b05f-5a866c4d415d.html", "2022-02-25"),
    # The issue line "Monday, Mar. 10, 1986" (a Monday, checked) and the URL's "1986-03-10"; the
    # lunch is only "last week" (the garbled lead also says "TWO WEEKS AGO") -> no date.
    ("dev_12705_chun_blue_house_lunch", "East Asia", "1980s", "Time (magazine archive, via the mirror at 610211.6jhxt.group)", "http://610211.6jhxt.group/txt/time/Time1986/1986-03-10/960889.html", "1986-03-10"),
    # No date line in the kept text; the URL's "1986-07-18" (a Friday, checked): "today" =
    # 1986-07-18, "arrived Saturday" = 1986-07-12, "leave Moscow on Saturday" = 1986-07-19.
    ("dev_12706_nixon_gorbachev_kremlin", "Eastern Europe/Russia", "1980s", "Los Angeles Times (latimes.com archive; Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1986-07-18-mn-16783-story.html", "1986-07-18"),
    # No date on the page, in the URL or in the text ("said here yesterday"): `published` empty;
    # decade 1970s and an even year (1972) inferred from the text (Nixon's "summit trip to
    # Moscow" while "William P. Rogers" is Secretary of State; see the notes). All dates null.
    ("test_12707_kreisky_kirchschlaeger_nixon", "Western Europe", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "http://www.jta.org/archive/austrian-leader-says-peace-in-europe-linked-to-peace-in-the-middle-east-kreisky-expects-to-visit-isr", ""),
    # No date in the kept text; the URL's "1-november-2022" (2022-11-01 a Tuesday, checked):
    # "this afternoon" = 2022-11-01.
    ("dev_12708_sunak_rutte_call", "Western Europe", "2020s", "GOV.UK (Prime Minister's Office, 10 Downing Street; a call readout)", "https://www.gov.uk/government/news/pm-call-with-prime-minister-of-the-netherlands-1-november-2022", "2022-11-01"),
    # "Release Date: 02/02/1990" and the heading "AUCKLAND, 2 FEBRUARY 1990" (a Friday, checked):
    # the talks "have just concluded" -> 1990-02-02.
    ("dev_12709_hawke_palmer_auckland", "Oceania", "1990s", "PM Transcripts (Australian Prime Minister's Office; joint news conference transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-7882", "1990-02-02"),
    # The search tool's date field 2018-04-15 (a Sunday, checked; removed with its prefix) and
    # the URL: "this morning" / "the Sunday morning meeting" = 2018-04-15.
    ("dev_12710_trudeau_notley_horgan_ottawa", "North America", "2010s", "Toronto Star (thestar.com)", "https://www.thestar.com/news/canada/2018/04/15/prime-minister-premiers-meet-over-controversial-trans-mountain-pipeline.html", "2018-04-15"),
    # "Last Updated : Feb 08 2016" (a Monday, checked): "on Monday" = 2016-02-08, "yesterday" =
    # 2016-02-07, "on February 20" = 2016-02-20 (year of publication; a Saturday).
    ("test_12711_jaitley_paudel_delhi", "South Asia", "2010s", "Business Standard (business-standard.com; PTI)", "https://www.business-standard.com/amp/article/pti-stories/nepal-fm-meets-jaitley-talks-trade-bilateral-issues-116020800623_1.html", "2016-02-08"),
    # The date line "Thursday, January 30, 2014" (a Thursday, checked): "yesterday" = 2014-01-29,
    # "Monday's" ruling = 2014-01-27, "on Tuesday" = 2014-01-28.
    ("dev_12712_humala_pinera_havana", "Latin America", "2010s", "Buenos Aires Herald (buenosairesherald.com)", "http://www.buenosairesherald.com/article/150895/humala-and-pi%C3%B1era-in-havana-show-of-unity", "2014-01-30"),
]

A = {}

A["dev_12701_aliyev_kocharyan_warsaw"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev", "Aliyev"],
        "robert_kocharyan": ["Robert Kocharyan", "Kocharyan", "Kocharian"],
        "osce_minsk_group": ["OSCE Minsk Group", "OSCE Minsk group"],
    },
    meetings=[
        # "Presidents Ilham Aliyev ... and Robert Kocharyan ... will discuss ways of settling the
        # Nagorno-Karabakh conflict on Wednesday, April 28, in Warsaw" ("The Azeri president is to
        # have a two-hour meeting with the Armenian president": the same) -> planned, 2004-04-28,
        # Warsaw.
        M(["ilham_aliyev", "robert_kocharyan"], "2004-04-28", "Warsaw", IP, P,
          "BAKU, April 28 (RIA Novosti) – Presidents Ilham Aliyev of Azerbaijan and Robert Kocharyan of Armenia will discuss ways of settling the Nagorno-Karabakh conflict on Wednesday, April 28, in Warsaw."),
        # "on Wednesday evening, Aliyev will also meet with co-chairmen of the OSCE Minsk Group ...
        # from the US, Russia and France" -> planned, 2004-04-28, Warsaw; one-party row (the
        # co-chairmen are given by role alone, never named).
        M(["ilham_aliyev"], "2004-04-28", "Warsaw", IP, P,
          "Besides, on Wednesday evening, Aliyev will also meet with co-chairmen of the OSCE Minsk Group on Nagorno-Karabakh from the US, Russia and France."),
        # Not rows: the European economic summit (a plenary); Aliyev's "report at the European
        # Economic Summit" (a speech); the "efforts of the OSCE Minsk group" (no meeting). RIA
        # Novosti (the source line and the agency tag in the dateline) is not annotated. Kept as
        # they stand: the parenthesis opened at "(The Armenian-Azeri armed conflict" and never
        # closed, "Kocharian" (headline) beside "Kocharyan" (body). Removed: nothing at the start;
        # at the end, the cut-off last sentence ("In addition, the president of Azerbaijan is also
        # scheduled to meet with his Georgian op"), a paragraph of its own.
    ],
    roles=[("The Azeri president", "ilham_aliyev"), ("the Armenian president", "robert_kocharyan"),
           ("the current president of Armenia", "robert_kocharyan")],
)

_BA = "The two-hour talk with Assad, scheduled to take place in Geneva on Friday, will be Assad`s first direct conversation with an American president since he met with Jimmy Carter in Geneva 13 years ago."
A["dev_12702_bush_assad_geneva_planned"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "hafez_al_assad": ["President Hafez Assad", "Hafez Assad", "Assad"],
        "barbara_bush": ["Barbara"],
        "jimmy_carter": ["Jimmy Carter"],
        "hosni_mubarak": ["Hosni Mubarak"],
        "turgut_ozal": ["Turgat Ozal"],
        "saddam_hussein": ["Saddam Hussein"],
        "us_state_department": ["State Department"],
        "white_house": ["White House"],
    },
    meetings=[
        # "President Bush will meet Friday with President Hafez Assad" / "The two-hour talk with
        # Assad, scheduled to take place in Geneva on Friday" -> planned, 1990-11-23, Geneva.
        M(["george_h_w_bush", "hafez_al_assad"], "1990-11-23", "Geneva", IP, P, _BA),
        # "since he met with Jimmy Carter in Geneva 13 years ago" -> held, date null, Geneva.
        M(["hafez_al_assad", "jimmy_carter"], None, "Geneva", IP, H, _BA),
        # Not rows: the Thanksgiving dinner "with some of the 230,000 American troops" (unnamed);
        # Mubarak and Ozal "had encouraged Bush this week to see Assad" (an act of urging; no
        # meeting or call is reported, see the notes); the president's remarks (statements).
        # Pan Am Flight 103 and Air Force One are not actors. The byline (Timothy J. McNulty,
        # Chicago Tribune) is not annotated. Kept as they stand: the backticks for apostrophes and
        # quotation marks ("He`ll", "``He is a coalition partner"), "Turgat Ozal", the paragraph
        # break inside the sentence "shows how / administration policy", "on-and even aimed at
        # defending-some". Removed: nothing at the start; at the end, the cut-off last sentence
        # ("Syria has sent more than 4,000 soldiers to Saudi Arabia as part of an").
    ],
    roles=[("the Syrian leader", "hafez_al_assad"), ("the Syrian dictator", "hafez_al_assad"),
           ("the president", "george_h_w_bush"), ("Egyptian President", "hosni_mubarak"),
           ("Turkish President", "turgut_ozal")],
)

A["test_12703_bush_obasanjo_white_house"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "olusegun_obasanjo": ["Olusegun Obasanjo", "Obasanjo", "Obasancjo"],
        "african_union": ["African Union", "AU"],
        "us_government": ["US government"],
    },
    meetings=[
        # "US President George W. Bush (R) meets with Nigerian President Olusegun Obasanjo in the
        # Oval Office at the White House in Washington, DC., December 2, 2004" (the photo caption;
        # "a visit to the White House", "their talks": the same) -> held, 2004-12-02, Washington.
        M(["george_w_bush", "olusegun_obasanjo"], "2004-12-02", "Washington", IP, H,
          "US President George W. Bush (R) meets with Nigerian President Olusegun Obasanjo in the Oval Office at the White House in Washington, DC., December 2, 2004."),
        # Not rows: "I have met with the president four or five times" (a count); "he had worked
        # with the Nigerian leader on Liberia, Sudan ..." (no specific meeting); "keeping the US
        # government briefed" (no specific contact); Obasanjo's words to reporters (statements).
        # AFP (dateline tag and caption credit) is not annotated; the White House and the Oval
        # Office are buildings (place), not actors. Kept as they stand: "(AFP). |", "HIV (news –
        # web sites)-AIDS", "Obasancjo". Removed: nothing at the start; at the end, the cut-off
        # last sentence ("“I have met with other leader").
    ],
    roles=[("US President", "george_w_bush"), ("Nigerian President", "olusegun_obasanjo"),
           ("the Nigerian president", "olusegun_obasanjo"),
           ("acting president of the African Union", "olusegun_obasanjo"),
           ("the Nigerian leader", "olusegun_obasanjo"), ("the president", "olusegun_obasanjo")],
)

A["dev_12704_ismail_sabri_prayuth_bangkok"] = dict(
    actors={
        "prayut_chan_o_cha": ["Prayuth Chan-ocha", "Prayuth"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
        "aung_san_suu_kyi": ["Aung San Suu Kyi"],
        "united_nations": ["U.N."],
        # New key.
        "ismail_sabri_yaakob": ["Ismail Sabri Yaakob"],
    },
    meetings=[
        # "Ismail Sabri Yaakob met with his Thai counterpart Prayuth Chan-ocha on Friday" (the
        # honour guard "outside Prayuth's offices in Bangkok" and "their meeting": the same) ->
        # held, 2022-02-25, Bangkok.
        M(["ismail_sabri_yaakob", "prayut_chan_o_cha"], "2022-02-25", "Bangkok", IP, H,
          "BANGKOK (AP) — Malaysian Prime Minister Ismail Sabri Yaakob met with his Thai counterpart Prayuth Chan-ocha on Friday in the first official visit of a foreign leader to Thailand since the start of the coronavirus pandemic."),
        # Not rows: the joint statement (a document); the ASEAN plan "adopted last April" (no
        # named meeting); the army's seizure of power. AP (the dateline tag) is not annotated;
        # "Myanmar's army" is not a named organisation. Kept as they stand: "--" as dashes.
        # Removed: at the start, the search tool's date prefix (" date 2022-02-25 "); at the end,
        # the site's comment block ("(0) comments", "Welcome to the discussion.", "Posting comments
        # is now limited to subscribers only. ...", "Log in", "Keep it Clean. Please avoid obscene,
        # vulgar, lewd, racist or sexually-oriented l").
    ],
    roles=[("Malaysian Prime Minister", "ismail_sabri_yaakob"), ("his Thai counterpart", "prayut_chan_o_cha")],
)

A["dev_12705_chun_blue_house_lunch"] = dict(
    actors={
        "chun_doo_hwan": ["CHUN DOO HWAN", "Chun"],
        "kim_dae_jung": ["KIM Dae Jung", "Kim Dae Jung"],
        # New keys.
        "lee_min_woo": ["Lee Min Woo"],
        "new_korea_democratic_party": ["New Korea Democratic Party", "N.K.D.P."],
        "democratic_justice_party": ["Democratic Justice Party"],
    },
    meetings=[
        # "At lunch with Lee Min Woo, leader of the N.K.D.P., and other politicians, he [Chun]
        # offered ..." (the lunch "AT THE BLUE HOUSE, THE PRESIDENTIAL RESIDENCE IN SEOUL", "the
        # luncheon meeting": the same) -> held, date null ("last week"), Seoul.
        M(["chun_doo_hwan", "lee_min_woo"], None, "Seoul", IP, H,
          "At lunch with Lee Min Woo, leader of the N.K.D.P., and other politicians, he offered to consider writing a new constitution, though on his own terms."),
        # Not rows: "HE INVITED TOP OPPOSITION LEADERS TO JOIN HIM FOR LUNCH" (the same lunch; the
        # leaders unnamed there); the release of Kim Dae Jung from house arrest (not said to have
        # attended; not a meeting); Kim's remark and Chun's reply (statements); the 1988 Seoul
        # Olympics and elections (events). The byline (Edward W. Desmond) is not annotated. Kept
        # as they stand: the all-capitals standfirst run into the first paragraph ("SOUTH KOREA
        # LUNCH AT THE BLUE HOUSE Chun ends ... TWO WEEKS AGO, ... LAST WEEK"), "KIM Dae Jung",
        # "constitution--but". Removed: nothing at the start; at the end, the cut-off last sentence
        # ("Opposition Leaders Kim Dae Jung and Kim Young Sam, along with the N.K.D.P., have
        # already rejected Chun's").
    ],
    roles=[("SOUTH KOREA'S PRESIDENT", "chun_doo_hwan"), ("THE EX-GENERAL", "chun_doo_hwan"),
           ("the President", "chun_doo_hwan"), ("leader of the N.K.D.P.", "lee_min_woo"),
           ("South Korea's most prominent dissident", "kim_dae_jung")],
)

_NG = "A senior diplomatic source said the two nations were “looking toward” a September meeting of high-ranking ministers to prepare for the second summit between Soviet leader Gorbachev and President Reagan."
A["dev_12706_nixon_gorbachev_kremlin"] = dict(
    actors={
        "richard_nixon": ["Richard M. Nixon", "Nixon"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "ronald_reagan": ["President Reagan", "Reagan"],
        "leonid_brezhnev": ["Leonid Brezhnev"],
        "tass": ["Tass"],
        "white_house": ["White House"],
        # New key.
        "john_taylor_nixon_aide": ["John Taylor", "Taylor"],
    },
    meetings=[
        # "Richard M. Nixon and Mikhail S. Gorbachev had a long talk ... today" ("the one-hour,
        # 40-minute meeting", "met with Gorbachev in the Kremlin": the same) -> held, 1986-07-18,
        # Moscow (the Kremlin, resolved to its city).
        M(["richard_nixon", "mikhail_gorbachev"], "1986-07-18", "Moscow", IP, H,
          "Richard M. Nixon and Mikhail S. Gorbachev had a long talk about U.S.-Soviet relations today near the end of a private visit by the former President that coincides with diplomatic efforts to schedule a new summit."),
        # "brief President Reagan when he returns" / "a “private discussion” between Nixon and
        # Reagan on his return" -> planned, date null, place null (no place given for the
        # discussion itself).
        M(["richard_nixon", "ronald_reagan"], None, None, IP, P,
          "Instead, he said there would be a “private discussion” between Nixon and Reagan on his return."),
        # "the second summit between Soviet leader Gorbachev and President Reagan" ("They agreed
        # ... to meet this year in the United States") -> planned, date null, United States.
        M(["mikhail_gorbachev", "ronald_reagan"], None, "United States", IP, P, _NG),
        # "They agreed in Geneva last November" -> the earlier summit, held, date null (month
        # only), Geneva; not required (implied by the agreement, not reported as such).
        M(["mikhail_gorbachev", "ronald_reagan"], None, "Geneva", IP, H,
          "They agreed in Geneva last November to meet this year in the United States.", False),
        # "since 1974, when he met with the late Soviet leader Leonid Brezhnev" -> held, date
        # null, Soviet Union (the country of the visit; no city).
        M(["richard_nixon", "leonid_brezhnev"], None, "Soviet Union", IP, H,
          "The former President arrived Saturday for his first visit to the Soviet Union since 1974, when he met with the late Soviet leader Leonid Brezhnev shortly before being forced out of office by the Watergate scandal."),
        # "Nixon spoke with Reagan by telephone before coming here" -> phone, held, date null, no
        # place.
        M(["richard_nixon", "ronald_reagan"], None, None, PH, H,
          "He said Nixon spoke with Reagan by telephone before coming here, but was not carrying a message."),
        # Not rows: "a September meeting of high-ranking ministers" (unnamed); Nixon "would not
        # meet with reporters" and the "news conference" (refused / press); "We told President
        # Reagan and the White House before we left" (a message of unstated kind; the telephone
        # call is the row); Tass's report. "Times Wire Services" (credit) is not annotated. Kept
        # as they stand: "Share", the site line "Advertisement" and the subheading "Nixon Admired
        # in Kremlin" inside the text, "“detailed and frank”--phrasing". Removed: at the start,
        # the site line "Advertisement"; at the end, the site line "Advertisement", the subheading
        # "No Message From Reagan" and the cut-off fragment "The diplo" that follows it.
    ],
    roles=[("the former President", "richard_nixon"), ("Nixon aide", "john_taylor_nixon_aide"),
           ("Soviet leader", "mikhail_gorbachev"), ("the late Soviet leader", "leonid_brezhnev")],
)

_KN = "Dr. Kirchschlaeger and Austrian Chancellor Bruno Kreisky met with the newsmen after conferring with Nixon and Secretary of State William P. Rogers."
A["test_12707_kreisky_kirchschlaeger_nixon"] = dict(
    actors={
        "bruno_kreisky": ["Bruno Kreisky", "Kreisky"],
        "richard_nixon": ["President Nixon", "Nixon"],
        "william_rogers": ["William P. Rogers", "Rogers"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "Sadat"],
        "jewish_telegraphic_agency": ["Jewish Telegraphic Agency"],
        # New key.
        "rudolf_kirchschlaeger": ["Dr. Rudolph Kirchschlaeger", "Dr. Kirchschlaeger"],
    },
    meetings=[
        # "Dr. Kirchschlaeger and ... Bruno Kreisky met with the newsmen after conferring with
        # Nixon and Secretary of State William P. Rogers" -> held, date null (undated page), place
        # null ("here" is never named); four named participants -> one row per pair. The two
        # Austrian-American pairs of each Austrian are required; the same-side pairs
        # (Kirchschlaeger-Kreisky, Nixon-Rogers) are rows by the pair rule but not required.
        M(["rudolf_kirchschlaeger", "richard_nixon"], None, None, IP, H, _KN),
        M(["bruno_kreisky", "richard_nixon"], None, None, IP, H, _KN),
        M(["rudolf_kirchschlaeger", "william_rogers"], None, None, IP, H, _KN),
        M(["bruno_kreisky", "william_rogers"], None, None, IP, H, _KN),
        M(["rudolf_kirchschlaeger", "bruno_kreisky"], None, None, IP, H, _KN, False),
        M(["richard_nixon", "william_rogers"], None, None, IP, H, _KN, False),
        # "his recent conversations in Cairo with President Anwar Sadat" ("Sadat and other
        # Egyptian officials he met in Cairo": the same visit) -> held, date null, Cairo.
        M(["rudolf_kirchschlaeger", "anwar_sadat"], None, "Cairo", IP, H,
          "Dr. Kirchschlaeger disclosed that he had informed Rogers of his recent conversations in Cairo with President Anwar Sadat of Egypt and added that Sadat authorized him to report this to Rogers."),
        # Not rows: the meeting "with the newsmen" (press); the visits to "Israel and Egypt"
        # (countries); "informed Rogers" and "his conversations with Rogers" (the same talks as
        # the conferring); "the Egyptian Foreign Minister will visit Vienna" (a visit to a city by
        # an unnamed minister, no host named; see the notes); "he did not intend to visit Cairo
        # again" (not intended). Kept as they stand: "(See P. 3 for Moscow arrival story.)",
        # "Dr. Kirchschlaeger said that. “At this", the subheading "NO MIDEAST MEDIATOR ROLE".
        # Removed: nothing at the start (the excerpt begins with the body; no headline or date);
        # at the end, the cut-off last sentence ("Dr. Kirchschlaeger said he had no contacts
        # regarding his").
    ],
    roles=[("the Austrian Foreign Minister", "rudolf_kirchschlaeger"), ("The Austrian diplomat", "rudolf_kirchschlaeger"),
           ("Austrian Chancellor", "bruno_kreisky"), ("Secretary of State", "william_rogers"),
           ("the Foreign Minister", "rudolf_kirchschlaeger")],
)

A["dev_12708_sunak_rutte_call"] = dict(
    actors={
        "rishi_sunak": ["Rishi Sunak"],
        "mark_rutte": ["Mark Rutte", "Rutte"],
    },
    meetings=[
        # "Prime Minister Rishi Sunak spoke to the Dutch Prime Minister, Mark Rutte, this
        # afternoon" (a call readout; "spoke to" with no place) -> phone, held, 2022-11-01, no
        # place.
        M(["rishi_sunak", "mark_rutte"], "2022-11-01", None, PH, H,
          "Prime Minister Rishi Sunak spoke to the Dutch Prime Minister, Mark Rutte, this afternoon."),
        # Not rows: "The leaders agreed to stay in close touch in the coming weeks" (no specific
        # contact); the congratulations (given in the same call). Nothing removed.
    ],
    roles=[("the Dutch Prime Minister", "mark_rutte"), ("The Prime Minister", "rishi_sunak")],
)

A["dev_12709_hawke_palmer_auckland"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert James Lee", "Hawke, Robert", "Mr Hawke", "Hawke"],
        # New keys.
        "geoffrey_palmer": ["GEOFFREY PALMER", "PALMER"],
        "royal_australian_air_force": ["RAAF"],
        "royal_new_zealand_air_force": ["RNZAF"],
        "forum_fisheries_agency": ["Forum Fisheries Agency"],
        "australian_government": ["Government of Australia"],
    },
    meetings=[
        # "the Australian Prime minister and myself [Palmer] have just concluded a very fruitful
        # round of talks" (under "GOVERNMENT HOUSE, AUCKLAND, 2 FEBRUARY 1990"; "the discussions
        # we had on driftnetting": the same) -> held, 1990-02-02, Auckland.
        M(["geoffrey_palmer", "bob_hawke"], "1990-02-02", "Auckland", IP, H,
          "Ladies and gentlemen, the Australian Prime minister and myself have just concluded a very fruitful round of talks and one of the results of those talks, and indeed of previous Australian and New Zealand cooperation on this important issue of driftnet fishing is that the Australian Prime Minister is going to sign the Driftnet Fishing Convention on behalf of the Government of Australia right now."),
        # Not rows: the joint news conference itself (a press event); "previous Australian and
        # New Zealand cooperation" (no meeting); the planned "consultation with" the Forum island
        # countries (unnamed). The Driftnet Fishing Convention is a treaty, not an actor. Kept as
        # they stand: the page's metadata block and the heading given twice, "E & 0 E", "Mr
        # Hawke., arnd I", "driftnetting? ' There's", "1990/ 1991", "qountries". Removed: at the
        # start, the site lines "PM Transcripts" and "Transcripts from the Prime Ministers of
        # Australia"; at the end, the cut-off last sentence ("I think this will be a practical
        # measure that will assist those steps which really began with the Tarawa Declaration and
        # I am very encouraged at the response to the Convention and I am also very encouraged
        # that").
    ],
    roles=[("the Australian Prime minister", "bob_hawke"), ("the Australian Prime Minister", "bob_hawke"),
           ("PRIME MINISTER OF NEW ZEALAND", "geoffrey_palmer")],
)

_TN = "“It's a pleasure to be sitting down with the premiers this morning. We have important discussions ahead, and I’m looking forward to it,” Trudeau said at the outset of the session with Alberta Premier Rachel Notley and B.C. Premier John Horgan."
A["dev_12710_trudeau_notley_horgan_ottawa"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "bill_morneau": ["Bill Morneau", "Morneau"],
        # New keys.
        "rachel_notley": ["Rachel Notley", "Notley"],
        "john_horgan": ["John Horgan", "Horgan"],
        "jim_carr": ["Jim Carr", "Carr"],
        "bc_new_democratic_party": ["New Democrats"],
    },
    meetings=[
        # "the session with Alberta Premier Rachel Notley and B.C. Premier John Horgan" ("A
        # high-profile meeting between Prime Minister Justin Trudeau and the premiers of Alberta
        # and B.C. ... is underway on Parliament Hill", "the Sunday morning meeting": the same) ->
        # held, 2018-04-15, Ottawa; three named participants -> one row per pair.
        M(["justin_trudeau", "rachel_notley"], "2018-04-15", "Ottawa", IP, H, _TN),
        M(["justin_trudeau", "john_horgan"], "2018-04-15", "Ottawa", IP, H, _TN),
        M(["rachel_notley", "john_horgan"], "2018-04-15", "Ottawa", IP, H, _TN),
        # Not rows: Morneau "was in on the discussions along with" Carr (present, not presented
        # as meeting parties: actors only, no pair rows, as "sat in on" in ANNOTATION.md); the
        # Summit of the Americas (a plenary); the crowd. Kept as they stand: "It's" (straight
        # apostrophe) beside "I’m", "OTTAWA—A". Removed: at the start, the search tool's date
        # prefix (" date 2018-04-15 "); at the end, the cut-off last sentence ("But Morneau and
        # Carr have made clear that they are considering regulatory, financial and").
    ],
    roles=[("Prime Minister", "justin_trudeau"), ("Alberta Premier", "rachel_notley"),
           ("B.C. Premier", "john_horgan"), ("Finance Minister", "bill_morneau"),
           ("Natural Resources Minister", "jim_carr"), ("The prime minister", "justin_trudeau")],
)

A["test_12711_jaitley_paudel_delhi"] = dict(
    actors={
        "k_p_sharma_oli": ["K P Sharma Oli", "Oli"],
        "sushma_swaraj": ["Sushma Swaraj", "Swaraj"],
        "narendra_modi": ["Narendra Modi"],
        # New keys.
        "arun_jaitley": ["Arun Jaitley", "Jaitley"],
        "bishnu_prasad_paudel": ["Bishnu Prasad Poudel", "Bishnu Prasad Paudel", "Paudel"],
    },
    meetings=[
        # "Finance Minister Arun Jaitley on Monday discussed bilateral trade and economic issues
        # with his Nepalese counterpart, Bishnu Prasad Paudel" (the caption "at a meeting in New
        # Delhi", the lunch he "hosted ... for Paudel": the same) -> held, 2016-02-08, New Delhi.
        M(["arun_jaitley", "bishnu_prasad_paudel"], "2016-02-08", "New Delhi", IP, H,
          "As India and Nepal look to normalise ties after months of tense relations, Finance Minister Arun Jaitley on Monday discussed bilateral trade and economic issues with his Nepalese counterpart, Bishnu Prasad Paudel."),
        # "Paudel, who is on a two-day visit to India, had yesterday met ... Sushma Swaraj" ->
        # held, 2016-02-07, India (the visit's country; no city given for this meeting).
        M(["bishnu_prasad_paudel", "sushma_swaraj"], "2016-02-07", "India", IP, H,
          "Paudel, who is on a two-day visit to India, had yesterday met External Affairs Minister Sushma Swaraj."),
        # "Oli is scheduled to hold comprehensive talks with Prime Minister Narendra Modi on
        # February 20" (during his "likely visit to India") -> planned, 2016-02-20, India.
        M(["k_p_sharma_oli", "narendra_modi"], "2016-02-20", "India", IP, P,
          "Oli is scheduled to hold comprehensive talks with Prime Minister Narendra Modi on February 20 on key regional and bilateral issues, the sources said."),
        # Not rows: Oli's "likely visit to India on February 19" (a visit to a country; the talks
        # are the row); the donors' conference in Kathmandu (a plenary). The credit lines "Press
        # Trust of India New Delhi" and "Last Updated ..." are not annotated. Kept as they stand:
        # the photo caption given twice, "Oli likely visit", "Poudel" (caption) beside "Paudel"
        # (body), the site line "Also Read" inside the text. Removed: nothing at the start; at the
        # end, the cut-off last sentence ("Sections of the Nepalese populat").
    ],
    roles=[("Union Finance Minister", "arun_jaitley"), ("his counterpart from Nepal", "bishnu_prasad_paudel"),
           ("Finance Minister", "arun_jaitley"), ("his Nepalese counterpart", "bishnu_prasad_paudel"),
           ("Nepal FM", "bishnu_prasad_paudel"), ("Nepalese PM", "k_p_sharma_oli"),
           ("Nepal Prime Minister", "k_p_sharma_oli"), ("the country's premier", "k_p_sharma_oli"),
           ("External Affairs Minister", "sushma_swaraj"), ("Prime Minister", "narendra_modi")],
)

A["dev_12712_humala_pinera_havana"] = dict(
    actors={
        "ollanta_humala": ["Ollanta Humala", "President Humala", "Humala"],
        "international_court_of_justice": ["International Court of Justice", "ICJ"],
        "celac": ["Community of Latin American and Caribbean States", "Community of Latin America and Caribbean States", "CELAC"],
        "alberto_van_klaveren": ["Alberto van Klaveren"],
        # New keys.
        "sebastian_pinera": ["Sebastián Piñera", "Piñera"],
        "fredy_otarola": ["Fredy Otárola"],
        "congress_of_peru": ["Peruvian Congress"],
    },
    meetings=[
        # "Presidents Ollanta Humala and Sebastián Piñera ... met on the sidelines of the CELAC ...
        # summit in Havana" (the caption's "meet ... in Havana, Cuba, yesterday", "met for over an
        # hour": the same) -> held, 2014-01-29, Havana.
        M(["ollanta_humala", "sebastian_pinera"], "2014-01-29", "Havana", IP, H,
          "HAVANA — As the echoes of Monday’s International Court of Justice (ICJ) continued to reverberate in Santiago and Lima yesterday, Presidents Ollanta Humala and Sebastián Piñera of Peru and Chile met on the sidelines of the CELAC (Community of Latin America and Caribbean States) summit in Havana in a show of unity."),
        # Not rows: the CELAC summit (a plenary); the joint statement (a document); "President
        # Humala himself reportedly spoke to the captains of the ships" (unnamed captains, the
        # means of contact unstated; see the notes); van Klaveren's and Otárola's statements; the
        # ICJ ruling. Kept as they stand: "Chile''s", "Peru''s", "implemention", "politicians on
        # both countries", "it affects", "Latin America and Caribbean" beside the caption's
        # "Latin American and Caribbean". Removed: at the start, the site's current-date line
        # ("January 17, 2018"); at the end, the cut-off last sentence ("While Chile has expressed
        # its disagreement with the ruling").
    ],
    roles=[("Chile''s President", "sebastian_pinera"), ("Peru''s President", "ollanta_humala"),
           ("Chile’s agent to the ICJ", "alberto_van_klaveren"),
           ("the President of the Peruvian Congress", "fredy_otarola")],
)
