"""Accuracy corpus, batch 47b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1970s, 1980s, 1990s,
2000s, 2010s and 2020s (1960s: one, 1970s: one, 1980s: one, 1990s: two, 2000s: three, 2010s:
two, 2020s: two; five of the twelve from before 2000, as the brief asked), over eleven regions
(Africa: two; Southeast Asia, Middle East, Latin America, East Asia, Western Europe, North
America, Oceania, Eastern Europe/Russia, Central Asia/Caucasus, South Asia: one each).
Outlets/sites: Time (the archive text mirror at 610211.6jhxt.group), Al Bawaba (albawaba.com),
The Press (Christchurch) via Papers Past (a piece from The Economist), Pledge Times
(pledgetimes.com, an EFE story), The Roanoke Times (Los Angeles Times copy, via the Virginia Tech
digital library), the Majorca Daily Bulletin, The Harvard Crimson (api.thecrimson.com), Nepituno
(nepituno.to, Tonga; an RNZI story), the Chicago Tribune (articles.chicagotribune.com), BBC News
(news.bbc.co.uk), the Ethiopian embassy's site (ethiopianembassy.org, a news item) and the Los
Angeles Times (an Associated Press story archived by HVK, hvk.org). majorcadailybulletin.com,
nepituno.to, ethiopianembassy.org and hvk.org are new to the corpus as sites (as far as
`sources.csv` and the batch files show); the other sites were used before, the pages and the
stories are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_47b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-46b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_93NN_<slug>` / `test_93NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "Friday, Sep. 16, 1966" (1966-09-16 is a Friday; Time's cover date; the URL's
    # Time1966/1966-09-16 agrees): the talks with Johnson "last week" -> no date; the visits to
    # Peking and Moscow have no date.
    ("dev_9301_ne_win_johnson_white_house", "Southeast Asia", "1960s", "Time (archive mirror at 610211.6jhxt.group)", "http://610211.6jhxt.group/txt/time/Time1966/1966-09-16/836368.html", "1966-09-16"),
    # No date line in the excerpt; the search tool's date field 2018-09-27 (removed with its
    # prefix; a Thursday), which the text's "local media said Thursday" fits: "Saturday night"
    # = 2018-09-22 (the Saturday of "the weekend" before that Thursday; a Saturday, checked);
    # "on Sept. 3" = 2018-09-03 (the year of publication).
    ("dev_9302_aoun_hariri_secret_meeting", "Middle East", "2010s", "Al Bawaba (albawaba.com)", "https://www.albawaba.com/news/aoun-hariri-dilly-dally-over-new-lebanese-cabinet-though-secret-1192196", "2018-09-27"),
    # The URL's CHP19740131 (The Press, Christchurch, 31 January 1974, a Thursday): the meeting on
    # Djerba is given no day of its own ("after meeting on the island of Djerba, proclaimed the
    # merger ... on January 12": the 12th, a Saturday, is the proclamation's day) -> no date (see
    # the notes).
    ("test_9303_bourguiba_gadaffi_djerba", "Africa", "1970s", "The Press (Christchurch), via Papers Past (paperspast.natlib.govt.nz; a piece from The Economist)", "https://paperspast.natlib.govt.nz/newspapers/CHP19740131.2.126", "1974-01-31"),
    # No date line in the excerpt; the search tool's date field 2024-07-20 (removed with its
    # prefix; a Saturday): "this Friday" = 2024-07-19 (a Friday, checked); "On June 1" (the
    # inauguration) -> no row.
    ("dev_9304_bukele_gaetz_congressmen", "Latin America", "2020s", "Pledge Times (pledgetimes.com; an EFE story)", "https://pledgetimes.com/bukele-received-republican-congressmen-matt-gaetz-dan-bishop-and-alex-mooney-at-the-presidential-palace-video/", "2024-07-20"),
    # The archive header "DATE: SATURDAY, February 12, 1994" (a Saturday, checked; "Copyright (c)
    # 1995" is the archive's notice): "the talks on Friday" = 1994-02-11 (a Friday, checked);
    # "in July" / "last July" -> no date.
    ("dev_9305_clinton_hosokawa_no_deal", "East Asia", "1990s", "The Roanoke Times (Los Angeles Times copy), via the Virginia Tech digital library (scholar.lib.vt.edu)", "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9402/940212/02120166.htm", "1994-02-12"),
    # No date line in the excerpt; the URL's 2002/05/21 (a Tuesday): "yesterday" = 2002-05-20 (a
    # Monday); "next month's EU summit" -> no row.
    ("dev_9306_blair_aznar_london_gibraltar", "Western Europe", "2000s", "Majorca Daily Bulletin (majorcadailybulletin.com)", "https://www.majorcadailybulletin.com/news/local/2002/05/21/5216/gibraltar-crisis-but-hint-progress.html", "2002-05-21"),
    # No date line in the excerpt; the URL's 1980/11/21 (a Friday; The Crimson's issue): "met
    # yesterday" = 1980-11-20 (a Thursday, checked).
    ("test_9307_carter_reagan_white_house", "North America", "1980s", "The Harvard Crimson (api.thecrimson.com)", "https://api.thecrimson.com/article/1980/11/21/carter-reagan-meet-pwashington-president-elect-reagan-and", "1980-11-21"),
    # The story's date line "10 June, 2016." (a Friday): the caption's "on Mr Key's arrival in
    # Suva on Thursday 9 June 2016" (a Thursday, checked) dates the welcome; the official talks
    # of the "overnight visit" are given no day -> no date.
    ("dev_9308_key_bainimarama_suva_arrival", "Oceania", "2010s", "Nepituno (nepituno.to, Tonga; an RNZI story)", "http://nepituno.to/index.php/pacific/item/1316-nz-s-pm-arrives-in-fiji-for-landmark-visit", "2016-06-10"),
    # The date line "June 14, 1994" (a Tuesday; the URL's 1994-06-14 agrees): "arrives in the
    # Sarajevo Tuesday" = 1994-06-14, the day of the meetings.
    ("dev_9309_tudjman_izetbegovic_zubak_sarajevo", "Eastern Europe/Russia", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1994-06-14/news/9406150075_1_croatian-president-franjo-tudjman-bosnian-kresimir-zubak", "1994-06-14"),
    # The page's "Last Updated: Saturday, 11 February 2006, 19:07 GMT" (a Saturday): "met
    # face-to-face on Friday" = 2006-02-10 (a Friday, checked); "Two days of talks" (Friday and
    # Saturday) are a range; Chirac's separate talks "before" are given no day -> no date.
    ("dev_9310_kocharyan_aliyev_rambouillet", "Central Asia/Caucasus", "2000s", "BBC News (news.bbc.co.uk)", "http://news.bbc.co.uk/2/hi/europe/4701898.stm", "2006-02-11"),
    # The headline's "(April 3, 2020)" (a Friday; the URL's april-3-2020 agrees): the phone talks
    # with Kagame that the headline dates -> 2020-04-03; the discussion with Michel ("also") has no
    # day of its own -> no date (see the notes).
    ("test_9311_abiy_kagame_michel_phone", "Africa", "2020s", "Embassy of Ethiopia (ethiopianembassy.org, news item)", "https://ethiopianembassy.org/ethiopian-rwandan-leaders-hold-phone-talks-on-covid19-april-3-2020/", "2020-04-03"),
    # The archive's header "Date: September 15, 2000" (a Friday; the URL's 2000/0900 agrees):
    # "a 40 -minute private talk with Clinton on Friday" = 2000-09-15; the luncheon with Gore is
    # given no day; the call with Bush "not long after arriving on U.S. soil on Sept. 7" -> no
    # date (see the notes); "Albright said Thursday" -> no row.
    ("dev_9312_vajpayee_clinton_planned", "South Asia", "2000s", "Los Angeles Times (an Associated Press story), archived by HVK (hvk.org)", "https://hvk.org/2000/0900/63.html", "2000-09-15"),
]

A = {}

_NE_WIN = "He posed benignly with Mao Tse-tung near Peking's Temple of Broad Charity, stood amicably beside Soviet Premier Aleksei Kosygin during a ten-day Moscow call, and kept his dry distance from U.S. Embassy officials in Rangoon."
A["dev_9301_ne_win_johnson_white_house"] = dict(
    actors={
        # New key.
        "ne_win": ["Burma's Strongman General Ne Win", "General Ne Win", "Ne Win"],
        "lyndon_johnson": ["President Johnson"],
        "mao_zedong": ["Mao Tse-tung"],
        "alexei_kosygin": ["Soviet Premier Aleksei Kosygin", "Aleksei Kosygin"],
        # "U.S. Embassy officials in Rangoon" (new key, on the pattern of `us_embassy_moscow`).
        "us_embassy_rangoon": ["U.S. Embassy"],
    },
    meetings=[
        # "after two hours of low-key, getting-to-know-you talks with President Johnson and an
        # exchange of gifts" (the luncheon toast, the landing "at the White House last week": the
        # same visit) -> held, date null ("last week"), Washington (the White House; "the
        # capital").
        M(["ne_win", "lyndon_johnson"], None, "Washington", IP, H,
          "Then, after two hours of low-key, getting-to-know-you talks with President Johnson and an exchange of gifts (a set of golf clubs for Ne Win, a teak coffee table for the Johnsons), the Burmese leader slipped inconspicuously out of the capital for an eleven-day tour of the U.S."),
        # "He posed benignly with Mao Tse-tung near Peking's Temple of Broad Charity" -> held, date
        # null, Peking; required False (a pose for the cameras on an earlier visit: an encounter,
        # no talks stated).
        M(["ne_win", "mao_zedong"], None, "Peking", IP, H, _NE_WIN, False),
        # "stood amicably beside Soviet Premier Aleksei Kosygin during a ten-day Moscow call" ->
        # held, date null, Moscow; required False (as the pose with Mao).
        M(["ne_win", "alexei_kosygin"], None, "Moscow", IP, H, _NE_WIN, False),
        # Not rows: "kept his dry distance from U.S. Embassy officials in Rangoon" (no meeting;
        # unnamed officials); "Hence the visits to the three major cold war capitals" (the visits
        # above, no new counterpart); "Washington officials" (unnamed); the luncheon toast (the
        # same visit as the first row). "the Johnsons" (Johnson and his wife) is not listed as an
        # alias. Removed: at the end, the last paragraph, a single cut-off sentence ("Since Ne
        # Win came to power in a 1962 coup that unseated Premier U Nu, Burma has been run with a
        # firmness reminiscent of Sukarno's in the halcyon days of Indon"), so U Nu and Sukarno
        # are not annotated. The excerpt has no site header; nothing else removed.
    ],
    roles=[("the Burmese leader", "ne_win"), ("Burma's boss", "ne_win"),
           ("Soviet Premier", "alexei_kosygin")],
)

A["dev_9302_aoun_hariri_secret_meeting"] = dict(
    actors={
        "michel_aoun": ["President Michel Aoun", "Michel Aoun", "Aoun"],
        "saad_hariri": ["Prime Minister-designate Saad Hariri", "Saad Hariri", "Hariri"],
        # New keys.
        "gebran_bassil": ["Gebran Bassil"],
        "free_patriotic_movement": ["Free Patriotic Movement", "FPM"],
        "al_akhbar": ["Al-Akhbar"],
        "lebanese_forces": ["Lebanese Forces", "LF"],
        "progressive_socialist_party": ["Progressive Socialist Party", "PSP"],
        "talal_arslan": ["Druze MP Talal Arslan", "Talal Arslan"],
        # The key `SAME_ACTOR` keeps for the Assembly.
        "united_nations_general_assembly": ["United Nations General Assembly"],
    },
    meetings=[
        # "Hariri met with Aoun Saturday night without notifying the media" (the "secret meeting"
        # "over the weekend", "Aoun and Hariri's supposed meeting, which took place at Baabda
        # Palace": the same) -> held (reported by Al-Akhbar), 2018-09-22, Baabda (Baabda Palace,
        # resolved to its town as ANNOTATION.md's official buildings).
        M(["saad_hariri", "michel_aoun"], "2018-09-22", "Baabda", IP, H,
          "According to local daily Al-Akhbar, Hariri met with Aoun Saturday night without notifying the media, ahead of the president’s trip to New York to attend the United Nations General Assembly."),
        # "Hariri also met separately with Aoun's son-in-law, ... Gebran Bassil" -> held, date null
        # (no day of its own), place null.
        M(["saad_hariri", "gebran_bassil"], None, None, IP, H,
          "Hariri also met separately with Aoun’s son-in-law, caretaker Foreign Minister and Free Patriotic Movement leader Gebran Bassil, the newspaper reported."),
        # "the draft Cabinet formula the premiere-designate had presented to the president on
        # Sept. 3" (also "had presented to Aoun earlier in the month") -> held, 2018-09-03, place
        # null; required False (a presentation of a draft, in which a meeting is implied but not
        # stated).
        M(["saad_hariri", "michel_aoun"], "2018-09-03", None, IP, H,
          "Al-Akhbar cited sources who said that Aoun and Hariri’s supposed meeting, which took place at Baabda Palace, likely took place so that the two could discuss the draft Cabinet formula the premiere-designate had presented to the president on Sept. 3.",
          False),
        # Not rows: "the president's trip to New York to attend the United Nations General
        # Assembly" (a multilateral session, no bilateral stated); the dispute between the LF and
        # the FPM and the PSP's demands (parties, no meeting); Aoun's reservations (a statement).
        # "(Twitter)" is the caption's photo credit (not annotated). Removed: at the start, the
        # search tool's date prefix (" date 2018-09-27 "); at the end, the cut-off last sentence
        # ("According to Al-Akhbar, sources close to Hariri denied that the meetings had taken").
        # The excerpt has no headline; the caption line opens it.
    ],
    roles=[("the president", "michel_aoun"), ("the premiere-designate", "saad_hariri"),
           ("Aoun’s son-in-law", "gebran_bassil"), ("caretaker Foreign Minister", "gebran_bassil"),
           ("Free Patriotic Movement leader", "gebran_bassil"), ("local daily Al-Akhbar", "al_akhbar"),
           ("the newspaper", "al_akhbar")],
)

A["test_9303_bourguiba_gadaffi_djerba"] = dict(
    actors={
        # New key.
        "habib_bourguiba": ["President Bourguiba", "Mr Bourguiba", "Bourguiba"],
        # The key of earlier batches; this text spells "Gadaffi".
        "muammar_gaddafi": ["Colonel Gadaffi"],
        # New key.
        "hedi_nouira": ["Mr Hedi Nouira", "Hedi Nouira"],
    },
    meetings=[
        # "President Bourguiba ... and Colonel Gadaffi ..., after meeting on the island of Djerba,
        # proclaimed the merger ... on January 12" ("as had been agreed with Colonel Gadaffi": the
        # same meeting) -> held, date null (the 12th is the day of the proclamation that followed
        # the meeting; see the notes), Djerba.
        M(["habib_bourguiba", "muammar_gaddafi"], None, "Djerba", IP, H,
          "President Bourguiba, of Tunisia and Colonel Gadaffi, of Libya, after meeting on the island of Djerba, proclaimed the merger of their countries into an Arab Islamic Republic on January 12."),
        # Not rows: "the return of the Tunisian Prime Minister, Mr Hedi Nouira, from an official
        # visit to Iran" (a visit, no host named); "During the 40-minute flight from Djerba he was
        # evidently reminded" (by unnamed people); "the president said at Tunis airport" (a
        # statement); the referendum "agreed" for January 18 (a vote, no meeting). "(From the
        # "Economist")" is the reprint's source credit (not annotated); the Arab Islamic Republic
        # is a proposed state (not an actor). Removed: at the start, Papers Past's "Article
        # image" lines; at the end, the cut-off last sentence ("When the Tunisian Foreign
        # Minister, Mr Mohammed Masmoudi, who had been the architect of the merger, returned from
        # accompanying Colonel Gadaffi back to Tripoli, he was i"), so Masmoudi is not annotated.
    ],
    roles=[("the colonel", "muammar_gaddafi"), ("Libya’s young military zealot", "muammar_gaddafi"),
           ("Tunisia’s elderly and cautious leader", "habib_bourguiba"), ("the president", "habib_bourguiba"),
           ("the Tunisian Prime Minister", "hedi_nouira")],
)

_BUKELE = "The President of El Salvador, Nayib Bukele received this Friday at the Presidential House, in the capital of the country, the Republican congressmen Matt Gaetz, Dan Bishop and Alex Mooney, as confirmed to EFE by a government source."
A["dev_9304_bukele_gaetz_congressmen"] = dict(
    actors={
        # New keys.
        "nayib_bukele": ["Nayib Bukele", "Bukele"],
        "matt_gaetz": ["Matt Gaetz", "Gaetz"],
        "dan_bishop": ["Dan Bishop"],
        "alex_mooney": ["Alex Mooney"],
        # "the United States ambassador ..., William Ducan" (a typo for Duncan, kept as written;
        # new key).
        "william_duncan": ["William Ducan"],
        "efe": ["EFE"],
        # "shared a video on X" (the platform renamed from Twitter: the key of earlier batches,
        # `twitter`, with the alias as written).
        "twitter": ["X"],
        "us_congress": ["U.S. Congress", "Congress"],
        # "the “Salvadoran caucus in Congress”, “a bipartisan working group”" (new key).
        "salvadoran_caucus": ["Salvadoran caucus"],
        "republican_party": ["Republican"],
    },
    meetings=[
        # "Nayib Bukele received this Friday at the Presidential House, in the capital of the
        # country, the Republican congressmen Matt Gaetz, Dan Bishop and Alex Mooney" (the video
        # of "the congressmen ... entering the Government House", "the visit by the US
        # congressmen": the same) -> a meeting of four named people: Bukele with each congressman
        # required, held, 2024-07-19, San Salvador (the Presidential House "in the capital of
        # the country", resolved to the capital as ANNOTATION.md's official buildings; see the
        # notes).
        M(["nayib_bukele", "matt_gaetz"], "2024-07-19", "San Salvador", IP, H, _BUKELE),
        M(["nayib_bukele", "dan_bishop"], "2024-07-19", "San Salvador", IP, H, _BUKELE),
        M(["nayib_bukele", "alex_mooney"], "2024-07-19", "San Salvador", IP, H, _BUKELE),
        # The pairs within the visiting delegation: required False (the same delegation, as
        # ANNOTATION.md's dev_017 and later batches).
        M(["matt_gaetz", "dan_bishop"], "2024-07-19", "San Salvador", IP, H, _BUKELE, False),
        M(["matt_gaetz", "alex_mooney"], "2024-07-19", "San Salvador", IP, H, _BUKELE, False),
        M(["dan_bishop", "alex_mooney"], "2024-07-19", "San Salvador", IP, H, _BUKELE, False),
        # Not rows: the ambassador "accompanied" the congressmen (not a participant, as
        # ANNOTATION.md's accompanying people; no pair rows for him); Bukele's post on X (a
        # statement); "Gaetz participated in Bukele's inauguration" on June 1 (a ceremony, no
        # meeting stated); "the presidential spokeswoman" (unnamed); the caucus and "members of
        # the U.S. Congress" (no meeting). "According to the criteria of" is a mid-text widget
        # fragment, kept as it stands (only start/end trimming). Removed: at the start, the search
        # tool's date prefix (" date 2024-07-20 "); at the end, the agency tag "EFE" (the credit
        # line; the "EFE" of the first sentence, a source cited in the body, is annotated). The
        # excerpt has no headline.
    ],
    roles=[("The President of El Salvador", "nayib_bukele"), ("The Salvadoran president", "nayib_bukele"),
           ("the United States ambassador to the Central American country", "william_duncan")],
)

A["dev_9305_clinton_hosokawa_no_deal"] = dict(
    actors={
        "bill_clinton": ["Clinton"],
        "morihiro_hosokawa": ["Hosokawa"],
        "kiichi_miyazawa": ["Kiichi Miyazawa"],
    },
    meetings=[
        # "After three hours of what were described as "direct, intense" meetings with Hosokawa,
        # Clinton said ..." ("the talks on Friday", the news conference "with Clinton at his side
        # in the White House East Room": the same) -> held, 1994-02-11, Washington (the header's
        # "DATELINE: WASHINGTON"; the White House).
        M(["bill_clinton", "morihiro_hosokawa"], "1994-02-11", "Washington", IP, H,
          "After three hours of what were described as \"direct, intense\" meetings with Hosokawa, Clinton said that, while the overall U.S.-Japanese relationship remains solid, six months of negotiations have failed to reconcile widely differing views on the crucial issue of opening Japanese markets to U.S. goods."),
        # "Clinton and Hosokawa's predecessor, Kiichi Miyazawa, agreed in Tokyo in July" -> held,
        # date null (month only), Tokyo; required False (an agreement of the two, in which a
        # meeting is implied but not stated; "a deadline set last July in Tokyo": the same).
        M(["bill_clinton", "kiichi_miyazawa"], None, "Tokyo", IP, H,
          "Clinton and Hosokawa's predecessor, Kiichi Miyazawa, agreed in Tokyo in July that they would establish a framework for setting \"objective criteria\" by which progress in reducing the trade surplus could be measured.",
          False),
        # Not rows: "the president rejected Hosokawa's call for more talks" (a refused meeting);
        # "six months of negotiations" (unnamed negotiators); "a senior administration official"
        # (unnamed); the news conference (the same encounter, media). The archive header
        # (Roanoke Times, "SOURCE: Los Angeles Times") is metadata and credit (not annotated) and
        # is kept, as it carries the date. Removed: at the end, the cut-off last sentence
        # (""Japan's offers made in these negotiations si"). The excerpt has no headline and
        # begins after the story's lede.
    ],
    roles=[("the president", "bill_clinton"), ("Hosokawa's predecessor", "kiichi_miyazawa")],
)

A["dev_9306_blair_aznar_london_gibraltar"] = dict(
    actors={
        "tony_blair": ["Prime Minister Tony Blair", "Tony Blair", "Blair"],
        # New key.
        "jose_maria_aznar": ["Spanish Prime Minister Jose Maria Aznar", "Jose Maria Aznar", "Aznar"],
        "jack_straw": ["Foreign Secretary Jack Straw", "Jack Straw"],
        "nato": ["NATO"],
        "european_union": ["European Union", "EU"],
        # "he told BBC radio" (the broadcaster).
        "bbc": ["BBC"],
    },
    meetings=[
        # "Aznar ... gave no hint of progress after talks in London with Prime Minister Tony Blair"
        # ("PM's Blair and Aznar held talks yesterday.", "a news conference after the talks": the
        # same) -> held, 2002-05-20, London.
        M(["jose_maria_aznar", "tony_blair"], "2002-05-20", "London", IP, H,
          "Spanish Prime Minister Jose Maria Aznar denied yesterday that talks with Britain on the future of Gibraltar were in crisis, but gave no hint of progress after talks in London with Prime Minister Tony Blair."),
        # Not rows: "talks with Britain on the future of Gibraltar" and "negotiations" (between
        # governments; no named negotiators); "next month's EU summit, to be hosted by Aznar" (a
        # multilateral summit); Straw's remarks to BBC radio (an interview); the news conference
        # (the same encounter). The 1713 Treaty of Utrecht is a treaty (not an actor); Britain
        # and Spain are countries. Removed: at the end, the cut-off last sentence ("He described
        # the talks, which began last year, as preliminary negotiations and stressed that no
        # agreement on joint sovereignty would be imposed on"). The excerpt has no headline; its
        # first line "PM's Blair and Aznar held talks yesterday." (a standfirst) is kept.
    ],
    roles=[("Spanish Prime Minister", "jose_maria_aznar"), ("Prime Minister", "tony_blair"),
           ("Foreign Secretary", "jack_straw")],
)

A["test_9307_carter_reagan_white_house"] = dict(
    actors={
        "ronald_reagan": ["President-elect Reagan", "Reagan"],
        "jimmy_carter": ["President Carter", "Carter"],
        # New key.
        "william_casey": ["William Casey", "Casey"],
        "cia": ["CIA"],
    },
    meetings=[
        # "President-elect Reagan and President Carter met yesterday at the White House for the
        # first time since the election." ("After the meeting", "The two men discussed": the same)
        # -> held, 1980-11-20, Washington (the dateline; the White House).
        M(["ronald_reagan", "jimmy_carter"], "1980-11-20", "Washington", IP, H,
          "WASHINGTON--President-elect Reagan and President Carter met yesterday at the White House for the first time since the election."),
        # Not rows: "Reagan's inauguration on January 20" (a ceremony); "sources close to the
        # presidential transition operation" (unnamed); Casey "likely to be picked to head the
        # CIA" (an appointment, no meeting). "Full-Feathered Lame Duck" and "The Cooperation
        # Game" are the story's subheads, kept. Removed: at the end, the site's "Read more in
        # News" line and its list of "Recommended Articles" (four linked headlines with teasers
        # and a fifth, cut off). The excerpt has no headline.
    ],
    roles=[("the outgoing chief executive", "jimmy_carter"), ("Reagan's campaign manager", "william_casey")],
)

_SUVA = "A 100-strong guard of honour and a personal welcome from the now-elected Fiji prime minister kicked off the overnight visit, which will include a banquet and official talks between the two leaders."
A["dev_9308_key_bainimarama_suva_arrival"] = dict(
    actors={
        "john_key": ["New Zealand's prime minister John Key", "John Key", "Mr Key"],
        "frank_bainimarama": ["Fiji's prime minister Frank Bainimarama", "Frank Bainimarama"],
    },
    meetings=[
        # "a personal welcome from the now-elected Fiji prime minister kicked off the overnight
        # visit" (the caption "John Key and ... Frank Bainimarama on Mr Key's arrival in Suva on
        # Thursday 9 June 2016") -> held, 2016-06-09, Suva; required False (an arrival welcome,
        # as in earlier batches; the talks are the next row).
        M(["frank_bainimarama", "john_key"], "2016-06-09", "Suva", IP, H, _SUVA, False),
        # "the overnight visit, which will include a banquet and official talks between the two
        # leaders" ("Trade, investment, and Fiji's recovery ... are on the agenda for discussion",
        # "Mr Key also plans to raise the topic": the same talks) -> planned, date null (the day
        # of the talks in the overnight visit is not given), Suva.
        M(["john_key", "frank_bainimarama"], None, "Suva", IP, P, _SUVA),
        # Not rows: "the first visit by a New Zealand prime minister since before Frank
        # Bainimarama's coup in 2006" (no specific earlier meeting); the sevusevu and kava
        # ceremony and the gifts (the same welcome, no other named party); Cyclone Winston (an
        # event). "Photo by Fijian government" is the caption's photo credit (not annotated). The
        # headline's site label "Featured" and the caption, which stands twice on one line, are
        # kept as they stand (mid-text). Removed: at the start, the site's header and banner lines
        # ("Menu", an image path, "RED", "Rapid Engineering Diagnostic", "Specialize in:", "...",
        # "Latest News"); at the end, the agency tag "RNZI", the reader comment (in Tongan) and the
        # comment form ("Leave a comment" ... "back to top").
    ],
    roles=[("NZ's PM", "john_key"), ("New Zealand's prime minister", "john_key"),
           ("The New Zealand prime minister", "john_key"), ("Fiji's prime minister", "frank_bainimarama"),
           ("the now-elected Fiji prime minister", "frank_bainimarama")],
)

_SARAJEVO = "Tudjman met with his Bosnian counterpart, Alija Izetbegovic, and the president of the new Muslim-Croat federation in Bosnia-Herzegovina, Kresimir Zubak."
A["dev_9309_tudjman_izetbegovic_zubak_sarajevo"] = dict(
    actors={
        "franjo_tudjman": ["Croatian President Franjo Tudjman", "Franjo Tudjman", "Tudjman"],
        # New keys.
        "alija_izetbegovic": ["Alija Izetbegovic"],
        "kresimir_zubak": ["Kresimir Zubak"],
        # "According to Croatian radio" (the broadcaster cited as the source; new key).
        "croatian_radio": ["Croatian radio"],
    },
    meetings=[
        # "Tudjman met with his Bosnian counterpart, Alija Izetbegovic, and the president of the
        # new Muslim-Croat federation ..., Kresimir Zubak." -> held, 1994-06-14 (the Tuesday of
        # his arrival), Sarajevo: Tudjman-Izetbegovic and Tudjman-Zubak required (as dev_032's
        # "met X and Y").
        M(["franjo_tudjman", "alija_izetbegovic"], "1994-06-14", "Sarajevo", IP, H, _SARAJEVO),
        M(["franjo_tudjman", "kresimir_zubak"], "1994-06-14", "Sarajevo", IP, H, _SARAJEVO),
        # "their talks" may describe one meeting of the three -> Izetbegovic-Zubak, required
        # False (see the notes).
        M(["alija_izetbegovic", "kresimir_zubak"], "1994-06-14", "Sarajevo", IP, H, _SARAJEVO, False),
        # Not rows: "his first official visit to the Bosnian capital" (the same visit); the
        # federation and the confederation with Croatia (political entities, no meeting).
        # Nothing removed: the excerpt is the whole page text (a photo story: headline, date
        # line, caption text).
    ],
    roles=[("Croatian President", "franjo_tudjman"), ("his Bosnian counterpart", "alija_izetbegovic"),
           ("the president of the new Muslim-Croat federation in Bosnia-Herzegovina", "kresimir_zubak")],
)

_CHIRAC = "French President Jacques Chirac held separate talks with the Armenian and Azeri leaders before they met face-to-face on Friday."
A["dev_9310_kocharyan_aliyev_rambouillet"] = dict(
    actors={
        "robert_kocharyan": ["Armenian President Robert Kocharyan", "Robert Kocharyan"],
        "ilham_aliyev": ["Azerbaijan President Ilham Aliyev", "Ilham Aliyev"],
        "jacques_chirac": ["French President Jacques Chirac", "Jacques Chirac"],
        # New keys.
        "steven_mann": ["US mediator Steven Mann", "Steven Mann"],
        "steven_eke": ["Steven Eke"],
        # "The separatist Karabakh administration" (new key).
        "karabakh_administration": ["Karabakh administration"],
        "associated_press": ["Associated Press"],
        "bbc": ["BBC"],
    },
    meetings=[
        # "France hosted the high-profile talks between Armenia's Robert Kocharyan and
        # Azerbaijan's Ilham Aliyev." ("Two days of talks ... have ended", "before they met
        # face-to-face on Friday", "the talks at Rambouillet": the same talks of the same pair and
        # place, one row) -> held, 2006-02-10 (the face-to-face meeting "on Friday"; the two days
        # of talks are a range; see the notes), Rambouillet.
        M(["robert_kocharyan", "ilham_aliyev"], "2006-02-10", "Rambouillet", IP, H,
          "France hosted the high-profile talks between Armenia's Robert Kocharyan and Azerbaijan's Ilham Aliyev."),
        # "Chirac held separate talks with the Armenian and Azeri leaders before they met
        # face-to-face on Friday" -> two bilaterals, held, date null (only "before" the Friday
        # meeting), place null (the text does not say where Chirac's talks were held).
        M(["jacques_chirac", "robert_kocharyan"], None, None, IP, H, _CHIRAC),
        M(["jacques_chirac", "ilham_aliyev"], None, None, IP, H, _CHIRAC),
        # Not rows: "mediation by France, the United States and Russia" (states); Steven Mann's
        # remark "after the talks" (a statement; the mediators' part in the talks is not
        # stated as a meeting with either leader); "Correspondents" (unnamed); the separatist
        # administration's refusal (a statement). "(AFP pics)" is the caption's photo credit (not
        # annotated). Removed: at the start, the page's error line "[an error occurred while
        # processing this directive]" and the site lines "BBC News" and "watch One-Minute World
        # News"; at the end, the cut-off fragment "The scope for compromise is".
    ],
    roles=[("Armenian President", "robert_kocharyan"), ("Azerbaijan President", "ilham_aliyev"),
           ("French President", "jacques_chirac"), ("US mediator", "steven_mann"),
           ("the BBC's regional analyst", "steven_eke")],
)

A["test_9311_abiy_kagame_michel_phone"] = dict(
    actors={
        "abiy_ahmed": ["Prime Minister Dr Abiy Ahmed", "Dr Abiy Ahmed", "Abiy Ahmed",
                       "Prime Minister Dr Abiy", "Dr Abiy"],
        "paul_kagame": ["Rwandan President Paul Kagame", "Paul Kagame"],
        "charles_michel": ["Charles Michel"],
        "european_union": ["EU"],
        # "European Council President" and "the EU Council" (the key of earlier batches).
        "european_council": ["European Council", "EU Council"],
        "european_commission": ["EU Commission"],
    },
    meetings=[
        # "Prime Minister Dr Abiy Ahmed has held phone talks with Rwandan President Paul Kagame"
        # (the headline's "Ethiopian, Rwandan Leaders Hold Phone Talks On COVID19 (April 3, 2020)",
        # "After the discussion": the same) -> phone, held, 2020-04-03 (the day the headline
        # gives; see the notes), place null.
        M(["abiy_ahmed", "paul_kagame"], "2020-04-03", None, PH, H,
          "Prime Minister Dr Abiy Ahmed has held phone talks with Rwandan President Paul Kagame on challenges of coronavirus (COVID19)."),
        # "Similarly, the Premier also held discussion with European Council President, Charles
        # Michel" -> phone ("Similarly", after the phone talks), held, date null (no day of its
        # own), place null.
        M(["abiy_ahmed", "charles_michel"], None, None, PH, H,
          "Similarly, the Premier also held discussion with European Council President, Charles Michel on cooperation with the EU to mitigate adverse effects of COVID19 on Africa."),
        # Not rows: "Prime Minister Dr Abiy said" (a statement); "The Premier appreciated the
        # responsiveness of the EU Council and EU Commission" (no meeting). Removed: at the end,
        # the site's comment widget ("0 replies", "Leave a Reply", "Want to join the
        # discussion?", "Feel free to contribute!", "Leave a Reply", "Your email address will not
        # be published. Required fields are marked *").
    ],
    roles=[("the Premier", "abiy_ahmed"), ("The Premier", "abiy_ahmed"),
           ("Rwandan President", "paul_kagame"), ("European Council President", "charles_michel")],
)

A["dev_9312_vajpayee_clinton_planned"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "atal_bihari_vajpayee": ["Indian Prime Minister Atal Bihari Vajpayee", "Atal Bihari Vajpayee",
                                 "Vajpayee"],
        # New key.
        "joe_lockhart": ["Joe Lockhart"],
        "madeleine_albright": ["Secretary of State Madeleine Albright", "Madeleine Albright"],
        "al_gore": ["Vice President Al Gore", "Al Gore", "Gore"],
        "george_w_bush": ["Texas Gov. George W. Bush", "George W. Bush"],
        "white_house": ["White House"],
        "us_state_department": ["State Department"],
        # New key.
        "howard_university": ["Howard University"],
    },
    meetings=[
        # "Vajpayee planned a 40 -minute private talk with Clinton on Friday followed by an
        # additional 30 minutes accompanied by top aides" (the lede's "are tackling", the
        # ceremonial welcome, "the White House meeting": the same day and pair, one row) ->
        # planned, 2000-09-15, Washington (the dateline; the White House).
        M(["atal_bihari_vajpayee", "bill_clinton"], "2000-09-15", "Washington", IP, P,
          "After a ceremonial welcome on the White House South Lawn, featuring a 19 -gun salute, Vajpayee planned a 40 -minute private talk with Clinton on Friday followed by an additional 30 minutes accompanied by top aides from both sides."),
        # "a luncheon meeting at the State Department with Vajpayee that was to take place after
        # Gore addressed a gathering" -> planned, date null (no day is given for it; see the
        # notes), Washington (Gore "was flying to Washington"; the State Department).
        M(["al_gore", "atal_bihari_vajpayee"], None, "Washington", IP, P,
          "Vice President Al Gore was flying to Washington from New York for a luncheon meeting at the State Department with Vajpayee that was to take place after Gore addressed a gathering at Howard University."),
        # "Vajpayee talked by telephone with Texas Gov. George W. Bush not long after arriving on
        # U.S. soil on Sept. 7." -> phone, held, date null ("not long after" the arrival on
        # Sept. 7; see the notes), place null.
        M(["atal_bihari_vajpayee", "george_w_bush"], None, None, PH, H,
          "Vajpayee talked by telephone with Texas Gov. George W. Bush not long after arriving on U.S. soil on Sept. 7."),
        # Not rows: "The two leaders canceled plans for an afternoon news conference" (a
        # cancelled news conference); Lockhart's and Albright's statements ("would be discussed
        # at the White House meeting": the first row); Gore's address to "a gathering at Howard
        # University" (a speech); "He departs Sunday" (a departure). The archive's header
        # ("Author: George Gedda, Associated Press Writer", "Publication: The Los Angeles
        # Times", "Date: September 15, 2000") is kept, as it carries the date; byline, agency and
        # paper are not annotated. The Comprehensive Test Ban Treaty is a treaty (not an actor).
        # The archive's hard line breaks and the spaced "19 -gun", "40 -minute" are kept.
        # Removed: at the end, the cut-off last sentence ("Members of Congress praised Vajpayee's
        # remarks Thursday before a joint session of senators and Hous").
    ],
    roles=[("presidential spokesman", "joe_lockhart"), ("Secretary of State", "madeleine_albright"),
           ("Vice President", "al_gore"), ("the prime minister", "atal_bihari_vajpayee")],
)
