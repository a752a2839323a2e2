"""Accuracy corpus, batch 25b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen, as the brief asks, from the regions batch 24b did not take: North America, South Asia,
Western Europe, Africa, the Middle East, Central Asia/Caucasus and Eastern Europe/Russia, spread
over the decades (2000s: South Asia, Western Europe, North America, Middle East; 2010s: Africa,
Middle East, Central Asia/Caucasus, Eastern Europe/Russia; 2020s: North America, Western Europe,
South Asia, Africa). Two Africa 2000s candidates were found and skipped as already in the corpus
(ghanaweb ID=81560, batch 17b) or had no day-precise date, so the fourth 2000s slot went to the
Middle East. New outlets/sites: Rediff (rediff.com), Deutsche Welle via tiue.org (mirror, used
before), a Nigerian news blog (nubdish.blogspot.com), The Jerusalem Post (jpost.com), News.Az,
a Wikinews copy on bestratedcomputersreview.com, a Ukrainian presidency copy on
allukraine.blogspot.com, the White House (whitehouse.gov readout), Agencia EFE (agencyefe.com),
Daily Pakistan (en.dailypakistan.com.pk), Watchdog Uganda (watchdoguganda.com) and SpaceWar (AFP;
spacewar.com, site used before, page new). Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run
on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_25b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-24b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_49NN_<slug>` / `test_49NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "Last updated on: September 24, 2004 22:36 IST" (a Friday): "on Friday" = 2004-09-24.
    ("dev_4901_manmohan_musharraf_newyork", "South Asia", "2000s", "Rediff (rediff.com)", "http://rediff.com/news/report/indpak/20040924.htm", "2004-09-24"),
    # Date line "September 19, 2003" (a Friday): "on Saturday" = 2003-09-20.
    ("dev_4902_blair_schroeder_chirac_berlin", "Western Europe", "2000s", "Deutsche Welle, via tiue.org (mirror)", "https://tiue.org/dw/en/schröder-chirac-blair-to-seek-deal-on-iraq/a-974299", "2003-09-19"),
    # Blog date line "Tuesday 10 March 2015": "on Monday" = 2015-03-09; "on Sunday" = 2015-03-08.
    ("test_4903_mbeki_abdulsalami_buhari_kaduna", "Africa", "2010s", "nubdish.blogspot.com (Nigerian news blog)", "http://nubdish.blogspot.com/2015/03/mbeki-abdulsalami-meet-buhari.html", "2015-03-10"),
    # Date line "September 12, 2015 01:12" (a Saturday): "on Friday" = 2015-09-11 (Earnest's
    # briefing); the Kerry call ("weekend") has no day.
    ("dev_4904_obama_netanyahu_planned", "Middle East", "2010s", "The Jerusalem Post (jpost.com)", "https://www.jpost.com/Israel-News/Politics-And-Diplomacy/Netanyahu-to-meet-Obama-at-White-House-in-November-415988", "2015-09-12"),
    # The search result's date is 2019-10-09 (a Wednesday): "today" = 2019-10-09.
    ("dev_4905_aliyev_gakharia_baku", "Central Asia/Caucasus", "2010s", "News.Az (news.az)", "https://news.az/news/president-ilham-aliyev-receives-georgian-prime-minister", "2019-10-09"),
    # Date line "Tuesday, April 22, 2008": "yesterday" = 2008-04-21 (a Monday).
    ("dev_4906_bush_calderon_harper_neworleans", "North America", "2000s", "Wikinews copy on bestratedcomputersreview.com", "http://bestratedcomputersreview.com/us-president-bush-meets-with-canadian-and-mexican-leaders", "2008-04-22"),
    # Blog date line "Wednesday, April 21, 2010": "Today" = 2010-04-21.
    ("test_4907_yanukovych_medvedev_kharkiv", "Eastern Europe/Russia", "2010s", "allukraine.blogspot.com (copy of a Ukrainian presidency release)", "http://allukraine.blogspot.com/2010/04/president-yanukovych-meets-president.html", "2010-04-21"),
    # The URL has 2021/08/02 (a Monday): "today" = 2021-08-02.
    ("dev_4908_biden_trudeau_call", "North America", "2020s", "The White House (whitehouse.gov)", "https://whitehouse.gov/briefing-room/statements-releases/2021/08/02/readout-of-president-joseph-r-biden-jr-call-with-prime-minister-justin-trudeau-of-canada-2", "2021-08-02"),
    # The URL has 2023/04/05 (a Wednesday): the Meloni meeting is that day; "the night before" =
    # 2023-04-04.
    ("dev_4909_sanchez_meloni_rome", "Western Europe", "2020s", "Agencia EFE (agencyefe.com)", "https://agencyefe.com/2023/04/05/sanchez-arrives-in-rome-to-meet-with-meloni/", "2023-04-05"),
    # The URL and the search result's date give 29-Dec-2022 (a Thursday): "on Wednesday" =
    # 2022-12-28.
    ("dev_4910_shehbaz_erdogan_call", "South Asia", "2020s", "Daily Pakistan (en.dailypakistan.com.pk)", "https://en.dailypakistan.com.pk/29-Dec-2022/pm-shehbaz-turkish-president-erdogan-discuss-bilateral-global-issues", "2022-12-29"),
    # The URL and the search result's date give 2023-02-28 (a Tuesday; the text's "Tomorrow,
    # Wednesday 1st March 2023" agrees): "this morning" = 2023-02-28.
    ("test_4911_museveni_ramaphosa_pretoria", "Africa", "2020s", "Watchdog Uganda (watchdoguganda.com)", "https://www.watchdoguganda.com/news/20230228/150240/president-museveni-in-south-africa-for-one-day-state-visit.html", "2023-02-28"),
    # Date line "TEHRAN, Aug 2 (AFP) Aug 02, 2008" (a Saturday): "on Saturday" = 2008-08-02.
    ("dev_4912_assad_ahmadinejad_tehran", "Middle East", "2000s", "SpaceWar (spacewar.com; AFP)", "http://www.spacewar.com/2006/080802162739.c1d1ce4z.html", "2008-08-02"),
]

A = {}

_MM = ("President Musharraf (R) offers a present to Prime Minister Manmohan SinghIn their first-ever one-to-one interaction, Prime Minister Manmohan Singh on Friday met Pakistan President Gen Pervez Musharraf for talks to set the future direction of Indo-Pak relations.")
A["dev_4901_manmohan_musharraf_newyork"] = dict(
    actors={
        "manmohan_singh": ["Manmohan Singh", "Singh"],
        "pervez_musharraf": ["Pervez Musharraf", "Musharraf"],
        "k_natwar_singh": ["K Natwar Singh"],
        "j_n_dixit": ["J N Dixit"],
        "shyam_saran": ["Shyam Saran"],
        "khurshid_mahmud_kasuri": ["Khurshid Mahmud Kasuri"],
        "sheikh_rashid_ahmed": ["Sheikh Rashid"],
        "tariq_aziz": ["Tariq Aziz"],
    },
    meetings=[
        # "on Friday met ... Musharraf" at the Roosevelt Hotel (dateline "in New York") -> held,
        # 2004-09-24, New York. The ministers and advisers "were also present" / "were present"
        # -> not participants (ANNOTATION.md: attend / be present), no pair rows.
        M(["manmohan_singh", "pervez_musharraf"], "2004-09-24", "New York", IP, H, _MM),
        # Not rows: the photo caption (the same meeting, in the evidence sentence); the visa regime.
        # Removed: site navigation and "This article was first published 20 years ago"; the
        # last, cut-off sentence ("The prime minister has, however, voiced concern over the exi").
        # Kept: "SinghIn" run together as on the page (caption and body joined).
    ],
    roles=[("Pakistan President", "pervez_musharraf"), ("External Affairs Minister", "k_natwar_singh"),
           ("National Security Adviser", "j_n_dixit"), ("Foreign Secretary", "shyam_saran"),
           ("Foreign Minister", "khurshid_mahmud_kasuri"), ("Information Minister", "sheikh_rashid_ahmed")],
)

_BS = ("September 19, 2003British Prime Minister Tony Blair will travel to Berlin on Saturday for talks with German Chancellor Gerhard Schröder and French President Jacques Chirac.")
A["dev_4902_blair_schroeder_chirac_berlin"] = dict(
    actors={
        "tony_blair": ["Tony Blair", "Blair"],
        "gerhard_schroeder": ["Gerhard Schröder", "Schröder"],
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "george_w_bush": ["Bush"],
        "un_security_council": ["United Nations Security Council"],
        "elysee_palace": ["Elysée Palace"],
    },
    meetings=[
        # "will travel to Berlin on Saturday for talks with ... Schröder and ... Chirac" -> a
        # three-leader meeting = three pair rows, planned, 2003-09-20, Berlin.
        M(["tony_blair", "gerhard_schroeder"], "2003-09-20", "Berlin", IP, P, _BS),
        M(["tony_blair", "jacques_chirac"], "2003-09-20", "Berlin", IP, P, _BS),
        M(["gerhard_schroeder", "jacques_chirac"], "2003-09-20", "Berlin", IP, P, _BS),
        # Not rows: "informal discussions" (no parties, no time); the inter-governmental
        # conference "next month" (multilateral). Removed: the last, cut-off paragraph
        # ("Hurt feelings" ...). Kept: "2003British" run together and the unbalanced quote.
    ],
    roles=[("British Prime Minister", "tony_blair"), ("German Chancellor", "gerhard_schroeder"),
           ("French President", "jacques_chirac"), ("U.S. President", "george_w_bush"),
           ("the British prime minister", "tony_blair")],
)

_KD = ("A former South African President, Thabo Mbeki, and a former Nigerian military Head of State, Gen. Abdulsalami Abubakar, were in Kaduna on Monday to confer with the All Progressives Congress Presidential candidate, Maj.Gen. Muhammadu Buhari (retd.), ahead of the rescheduled March 28 presidential election.")
_AB = ("President Jonathan had on Sunday met behind closed-doors with Abubakar and Mbeki.")
A["test_4903_mbeki_abdulsalami_buhari_kaduna"] = dict(
    actors={
        "thabo_mbeki": ["Thabo Mbeki", "Mbeki"],
        "abdulsalami_abubakar": ["Abdulsalami Abubakar", "Abubakar"],
        "muhammadu_buhari": ["Muhammadu Buhari", "Buhari"],
        "goodluck_jonathan": ["Goodluck Jonathan", "Jonathan"],
        "all_progressives_congress": ["All Progressives Congress", "APC"],
    },
    meetings=[
        # "were in Kaduna on Monday to confer with ... Buhari" (the "closed-door meeting" at his
        # Jabi Road office) -> Mbeki and Abubakar visit Buhari together: pair rows with Buhari,
        # held, 2015-03-09, Kaduna. (No Mbeki-Abubakar pair: both on the visiting side, as
        # batch 23b's co-host convention.)
        M(["thabo_mbeki", "muhammadu_buhari"], "2015-03-09", "Kaduna", IP, H, _KD),
        M(["abdulsalami_abubakar", "muhammadu_buhari"], "2015-03-09", "Kaduna", IP, H, _KD),
        # "President Jonathan had on Sunday met behind closed-doors with Abubakar and Mbeki" ("at
        # the Presidential Villa, Abuja") -> held, 2015-03-08, Abuja.
        M(["goodluck_jonathan", "abdulsalami_abubakar"], "2015-03-08", "Abuja", IP, H, _AB),
        M(["goodluck_jonathan", "thabo_mbeki"], "2015-03-08", "Abuja", IP, H, _AB),
        # Not rows: the Peace Accord (an agreement); the elections. Removed: "No comments:" /
        # "Post a Comment" and the blog's comment policy line.
    ],
    roles=[("A former South African President", "thabo_mbeki"),
           ("a former Nigerian military Head of State", "abdulsalami_abubakar"),
           ("the All Progressives Congress Presidential candidate", "muhammadu_buhari"),
           ("the APC presidential candidate", "muhammadu_buhari"), ("the Katsina-born General", "muhammadu_buhari")],
)

A["dev_4904_obama_netanyahu_planned"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "Obama"],
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu"],
        "josh_earnest": ["Josh Earnest"],
        "john_kerry": ["John Kerry"],
        "john_kirby": ["John Kirby"],
        "white_house": ["White House"],
        "us_department_of_state": ["State Department"],
        "us_congress": ["Congress"],
        "us_senate": ["US Senate"],
    },
    meetings=[
        # "Obama will host ... Netanyahu at the White House this fall" ("likely ... in early
        # November") -> planned, date null, Washington (White House -> Washington).
        M(["barack_obama", "benjamin_netanyahu"], None, "Washington", IP, P,
          "WASHINGTON - US President Barack Obama will host Prime Minister Benjamin Netanyahu at the White House this fall."),
        # "discussed Iran ... in a weekend telephone call" (reported "on Tuesday") -> phone, held,
        # date null (no day), place null.
        M(["john_kerry", "benjamin_netanyahu"], None, None, PH, H,
          "Meanwhile, US Secretary of State John Kerry discussed Iran with Israeli Prime Minister Benjamin Netanyahu in a weekend telephone call and reaffirmed the US commitment to Israel's security, the State Department said on Tuesday."),
        # Not rows: "spoken with Netanyahu more than with any other foreign leader" (a count);
        # Netanyahu's March 3 address to Congress ("no administration officials received him":
        # no meeting); "continue to have these discussions in the coming weeks" (no specific
        # contact); Earnest's and Kirby's briefings. Removed: the photo caption/credit lines,
        # "1 minute read.", the Facebook and video lines, and the last, cut-off sentence ("Kirby
        # said Kerry and Netanyahu discussed ... in S").
    ],
    roles=[("US President", "barack_obama"), ("Prime Minister", "benjamin_netanyahu"),
           ("White House press secretary", "josh_earnest"), ("US Secretary of State", "john_kerry"),
           ("Israeli Prime Minister", "benjamin_netanyahu"), ("State Department spokesman", "john_kirby"),
           ("The secretary", "john_kerry")],
)

A["dev_4905_aliyev_gakharia_baku"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev"],
        "giorgi_gakharia": ["Giorgi Gakharia"],
    },
    meetings=[
        # "has today received Prime Minister of Georgia Giorgi Gakharia" -> held, 2019-10-09;
        # place: no city in the text -> Azerbaijan ("welcome you to Azerbaijan").
        M(["ilham_aliyev", "giorgi_gakharia"], "2019-10-09", "Azerbaijan", IP, H,
          "President of the Republic of Azerbaijan Ilham Aliyev has today received Prime Minister of Georgia Giorgi Gakharia."),
        # Not rows: "I recall meetings with you" (earlier meetings, no time or place). Removed:
        # the tool's date prefix and "+ ↺ − 16 px"; Gakharia's reply, cut off in the excerpt.
    ],
    roles=[("President of the Republic of Azerbaijan", "ilham_aliyev"),
           ("Prime Minister of Georgia", "giorgi_gakharia")],
)

_NO = ("Canadian Prime Minster Stephen Harper, US President George W. Bush and Mexican President Felipe Calderón met yesterday at the Security and Prosperity Partnership of North America summit, held this year in New Orleans, Louisiana.")
A["dev_4906_bush_calderon_harper_neworleans"] = dict(
    actors={
        "stephen_harper": ["Stephen Harper"],
        "george_w_bush": ["George W. Bush", "Bush"],
        "felipe_calderon": ["Felipe Calderón", "Calderón", "Mr. Calderón"],
    },
    meetings=[
        # "The first meeting was between Bush and Calderón" (yesterday) -> held, 2008-04-21,
        # New Orleans.
        M(["george_w_bush", "felipe_calderon"], "2008-04-21", "New Orleans", IP, H,
          "The first meeting was between Bush and Calderón."),
        # "Later in the day Bush met with Canada’s Prime Minister" (= Harper, named in the lead)
        # -> held, 2008-04-21, New Orleans.
        M(["george_w_bush", "stephen_harper"], "2008-04-21", "New Orleans", IP, H,
          "Later in the day Bush met with Canada’s Prime Minister."),
        # The three "met yesterday at the ... summit": a three-leader summit; the Bush pairs are
        # the rows above; the Harper-Calderón pair only from the summit sentence -> optional.
        M(["stephen_harper", "felipe_calderon"], "2008-04-21", "New Orleans", IP, H, _NO, False),
        # Not rows: the joint press conference; "the speech". Removed: the last, cut-off
        # sentence ("Bush also mentioned other points from the meeting: ... and Canada and Mexico").
        # Kept: "Prime Minster" as on the page.
    ],
    roles=[("Canadian Prime Minster", "stephen_harper"), ("US President", "george_w_bush"),
           ("Mexican President", "felipe_calderon"), ("Canada’s Prime Minister", "stephen_harper")],
)

A["test_4907_yanukovych_medvedev_kharkiv"] = dict(
    actors={
        "viktor_yanukovych": ["Viktor Yanukovych", "Yanukovych"],
        "dmitry_medvedev": ["Dmitry Medvedev", "Medvedev"],
    },
    meetings=[
        # Headline "President Yanukovych meets President Medvedev tete-a-tete"; "glad to see him
        # in Kharkiv"; "Today we will summarize" -> held, 2010-04-21 (the blog's date line),
        # Kharkiv.
        M(["viktor_yanukovych", "dmitry_medvedev"], "2010-04-21", "Kharkiv", IP, H,
          "President Yanukovych meets President Medvedev tete-a-tete"),
        # Not rows: "traditional meeting point for governors of border regions" (no named
        # governors; a tradition); "negotiations that we were conducting recently" (no time,
        # unnamed negotiators).
    ],
    roles=[("the President", "viktor_yanukovych"), ("his Russian counterpart", "dmitry_medvedev"),
           ("Russian President", "dmitry_medvedev")],
)

A["dev_4908_biden_trudeau_call"] = dict(
    actors={
        "joe_biden": ["Joseph R. Biden, Jr."],
        "justin_trudeau": ["Justin Trudeau"],
        "michael_kovrig": ["Michael Kovrig"],
        "michael_spavor": ["Michael Spavor"],
        "tampa_bay_lightning": ["Tampa Bay Lightning"],
        "montreal_canadiens": ["Montreal Canadiens"],
    },
    meetings=[
        # "spoke today with Justin Trudeau" (a "Call" in the headline) -> phone, held,
        # 2021-08-02, place null.
        M(["joe_biden", "justin_trudeau"], "2021-08-02", None, PH, H,
          "President Joseph R. Biden, Jr. spoke today with Justin Trudeau, Prime Minister of Canada to thank him for the gift of Montreal smoked meats sent in congratulations for the Tampa Bay Lightning’s victory over the Montreal Canadiens for the Stanley Cup trophy."),
        # Not rows: the gift (not a meeting). Removed: the closing "###".
    ],
    roles=[("Prime Minister of Canada", "justin_trudeau"), ("The President", "joe_biden"),
           ("Prime Minister", "justin_trudeau")],
)

A["dev_4909_sanchez_meloni_rome"] = dict(
    actors={
        "pedro_sanchez": ["Sánchez"],
        "giorgia_meloni": ["Meloni"],
        "robert_abela": ["Robert Abela"],
        "spanish_air_force": ["Spanish Air Force"],
        "european_parliament": ["European Parliament"],
        "european_union": ["EU"],
        "fratelli_d_italia": ["Hermanos de Italia"],
    },
    meetings=[
        # "he went to the Chigi Palace ... for his meeting with Meloni" (present tense, "there
        # will be no joint press conference") -> planned (the story reports the arrival, not the
        # meeting), 2023-04-05 (the day of arrival), Rome.
        M(["pedro_sanchez", "giorgia_meloni"], "2023-04-05", "Rome", IP, P,
          "From there he went to the Chigi Palace, seat of the Italian Government, for his meeting with Meloni and after which, by decision of the host country, there will be no joint press conference and a statement without questions."),
        # "after meeting the night before with the Prime Minister of Malta, Robert Abela" (the
        # plane "from Valletta") -> held, 2023-04-04, Valletta.
        M(["pedro_sanchez", "robert_abela"], "2023-04-04", "Valletta", IP, H,
          "The Spanish Air Force plane in which Sánchez traveled from Valletta after meeting the night before with the Prime Minister of Malta, Robert Abela, arrived at Rome’s Ciampino airport at mid-morning."),
        # Not rows: "Cyprus and Malta (with whose leaders he met the day before)": the Cyprus
        # leader is not named (Malta = the Abela row). Removed: the opening fragment "Rome (EFE)
        # half of this year, has taken him this week to Cyprus, Malta and Italy." (the excerpt
        # starts mid-sentence), so the stored text starts at "The Spanish Air Force plane".
    ],
    roles=[("the Prime Minister of Malta", "robert_abela"), ("The President of the Government", "pedro_sanchez")],
)

A["dev_4910_shehbaz_erdogan_call"] = dict(
    actors={
        "shehbaz_sharif": ["Shehbaz Sharif", "Shehbaz"],
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "telephoned ... Erdogan on Wednesday" -> phone, held, 2022-12-28, place null.
        M(["shehbaz_sharif", "recep_tayyip_erdogan"], "2022-12-28", None, PH, H,
          "ISLAMABAD – Prime Minister Shehbaz Sharif telephoned President of Turkey Recep Tayyip Erdogan on Wednesday and both leaders discussed the bilateral ties and developments in the region."),
        # Not rows: the invitation to the Geneva conference on January 9 (a multilateral
        # conference, not a meeting of the two); "agreed to remain in close contact".
    ],
    roles=[("Prime Minister", "shehbaz_sharif"), ("President of Turkey", "recep_tayyip_erdogan"),
           ("the Prime Minister", "shehbaz_sharif"), ("Turkish premier", "recep_tayyip_erdogan"),
           ("the premier", "shehbaz_sharif")],
)

_WA = ("The President was received at the Waterloof Airbase by Mrs. Lindiwe Daphney Zulu, South Africa’s Minister of Social Development; Uganda’s Foreign Affairs Minister, Hon. Jeje Odongo and Uganda’s High Commissioner to South Africa, Paul Amoru; among others.")
A["test_4911_museveni_ramaphosa_pretoria"] = dict(
    actors={
        "yoweri_museveni": ["Yoweri Kaguta Museveni", "Museveni"],
        "cyril_ramaphosa": ["Cyril Ramaphosa"],
        "lindiwe_zulu": ["Lindiwe Daphney Zulu", "Mrs. Lindiwe Daphney Zulu"],
        "jeje_odongo": ["Jeje Odongo"],
        "paul_amoru": ["Paul Amoru"],
    },
    meetings=[
        # "received at the Waterloof Airbase by Mrs. Lindiwe Daphney Zulu" ("this morning") ->
        # held, 2023-02-28, place South Africa (the airbase's city is not given). Odongo and
        # Amoru (his own minister and envoy) also "received" him -> optional rows.
        M(["yoweri_museveni", "lindiwe_zulu"], "2023-02-28", "South Africa", IP, H, _WA),
        M(["yoweri_museveni", "jeje_odongo"], "2023-02-28", "South Africa", IP, H, _WA, False),
        M(["yoweri_museveni", "paul_amoru"], "2023-02-28", "South Africa", IP, H, _WA, False),
        # "will meet with his South African counterpart ... at The Union Buildings" (the same
        # day; the State Dinner that evening is the same pair, same day -> one row) -> planned,
        # 2023-02-28; place Pretoria (Union Buildings -> its city, as White House -> Washington).
        M(["yoweri_museveni", "cyril_ramaphosa"], "2023-02-28", "Pretoria", IP, P,
          "The President will meet with his South African counterpart, H.E Cyril Ramaphosa, at The Union Buildings, and witness the signing of several bilateral agreements, among other engagements."),
        # Not rows: the joint press conference and the Business Forum address (joint
        # appearances); "several business engagements" tomorrow (no named counterpart).
    ],
    roles=[("The President of the Republic of Uganda", "yoweri_museveni"),
           ("South Africa’s Minister of Social Development", "lindiwe_zulu"),
           ("Uganda’s Foreign Affairs Minister", "jeje_odongo"),
           ("Uganda’s High Commissioner to South Africa", "paul_amoru"),
           ("his South African counterpart", "cyril_ramaphosa"), ("his host", "cyril_ramaphosa")],
)

A["dev_4912_assad_ahmadinejad_tehran"] = dict(
    actors={
        "bashar_al_assad": ["Bashar al-Assad", "Assad"],
        "mahmoud_ahmadinejad": ["Mahmoud Ahmadinejad", "Ahmadinejad"],
        "ahmad_moussavi": ["Ahmad Moussavi", "Moussavi"],
        "ali_khamenei": ["Ayatollah Ali Khamenei"],
        "nicolas_sarkozy": ["Nicolas Sarkozy"],
        "dana_perino": ["Dana Perino"],
        "fars_news_agency": ["Fars news agency"],
        "white_house": ["White House"],
    },
    meetings=[
        # "arrived in Tehran on Saturday" and "was driven straight to a meeting with President
        # Mahmoud Ahmadinejad" -> held, 2008-08-02, Tehran.
        M(["bashar_al_assad", "mahmoud_ahmadinejad"], "2008-08-02", "Tehran", IP, H,
          "Assad flew into the capital's Mehrabad international airport and was driven straight to a meeting with President Mahmoud Ahmadinejad."),
        # "Assad would also meet ... Khamenei ... before returning to Damascus on Sunday" ->
        # planned, date null (Saturday or Sunday), Tehran.
        M(["bashar_al_assad", "ali_khamenei"], None, "Tehran", IP, P,
          "Local media reported that Assad would also meet Iran's Supreme Leader Ayatollah Ali Khamenei, who has the last word on major issues, before returning to Damascus on Sunday."),
        # "a trip to Paris a month ago during which ... Sarkozy urged Syria" -> the Paris
        # encounter is implied, not stated as a meeting -> optional, held, date null, Paris.
        M(["bashar_al_assad", "nicolas_sarkozy"], None, "Paris", IP, H,
          "The Syrian's leader's visit follows a trip to Paris a month ago during which French President Nicolas Sarkozy urged Syria to \"persuade Iran\" to prove that it is not seeking nuclear weapons.", False),
        # Not rows: Moussavi's statement; Perino's warning. "(AFP)" in the dateline is an
        # agency credit (not an actor). Removed: the image placeholders
        # ("![]() |") before the headline and the last, cut-off sentence (Rice's deadline).
    ],
    roles=[("Syrian President", "bashar_al_assad"), ("Iran's ambassador to Syria", "ahmad_moussavi"),
           ("Iran's Supreme Leader", "ali_khamenei"), ("French President", "nicolas_sarkozy"),
           ("White House spokeswoman", "dana_perino")],
)
