"""Accuracy corpus, batch 79b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 79a), from the 1980s to the 2020s (1980s:
four (1980, 1984, 1986, 1988), 1990s: one (1990), 2000s: one (2006), 2010s: one (2018), 2020s:
five (2022, 2022, 2024, 2024, 2024); five of the twelve from before 2000, as the brief asked for
at least five; no 1970s page was found whose page was new and whose date was in the text), over
the regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia,
Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Khovar (Tajikistan's state news agency, 2024), the Chicago Tribune (1988),
nepalnews.com (2006), TIME (two magazine stories, 1980 and 1984, via a text mirror of the TIME
archive), the Los Angeles Times (1986, 1990), Kahawa Tungu (Kenya, 2024), The Japan Times
(2024), the Scottish Daily Mail (via PressReader, 2018), PINA (Pacific Islands News
Association, 2022) and Devdiscourse (a Reuters story, 2022). All twelve are news stories (no
official release, parliamentary record or cable). The pages are new to the corpus (URLs grepped
in sources.csv, corpus/metadata.csv and the batch files); so are their meetings except two:
Fiame-Ardern (`test_15711`; the held meeting of 2022-06-14 is in batch 72b from another page,
here it is still planned) and Koirala-Shekhawat (`test_15703`; planned in batch 42b, from the
previous day's page) -- see the notes.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_79b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-78b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_157NN_<slug>` / `test_157NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Dateline "DUSHANBE, 18.04.2024" and "On April 18" (a Thursday, checked) -> `published`
    # 2024-04-18; the airport conversation is dated by "On April 18" (the arrival day).
    ("dev_15701_rahmon_mirziyoyev_dushanbe", "Central Asia/Caucasus", "2020s", "Khovar (eng.khovar.tj; National Information Agency of Tajikistan)", "https://eng.khovar.tj/2024/04/president-emomali-rahmon-greets-president-of-uzbekistan-shavkat-mirziyoyev-in-dushanbe-international-airport", "2024-04-18"),
    # The page line "September 16, 1988" (a Friday, checked) is `published`: "Thursday" =
    # 1988-09-15; "Friday" (the third round) = 1988-09-16 (no row); "Aug. 31" (no row).
    ("dev_15702_walesa_kiszczak_four_hours", "Eastern Europe/Russia", "1980s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1988-09-16/news/8801300884_1_lech-walesa-solidarity-gen-kiszczak", "1988-09-16"),
    # The page line "June 8, 2006" (a Thursday, checked) is `published`: "Thursday" =
    # 2006-06-08; "this evening" = 2006-06-08; "Tuesday evening" (the arrival) = 2006-06-06
    # (no row).
    ("test_15703_koirala_rajnath_delhi", "South Asia", "2000s", "nepalnews.com (archive.nepalnews.com)", "https://archive.nepalnews.com/pm-koirala-busy-in-parleys-in-new-delhi", "2006-06-08"),
    # The issue line "Monday, Dec. 17, 1984" (a Monday, checked; the URL's 1984-12-17 agrees)
    # is `published`; "last week's visit" -> no day.
    ("dev_15704_hussein_mubarak_visit", "Middle East", "1980s", "TIME magazine (text mirror of the TIME archive, 20.210.105.67)", "http://20.210.105.67/txt/time/Time1984/1984-12-17/923825.html", "1984-12-17"),
    # The issue line "Monday, Jun. 16, 1980" (a Monday, checked; the URL's 1980-06-16 agrees)
    # is `published`; the meeting "last week" -> no day.
    ("dev_15705_carter_kennedy_white_house", "North America", "1980s", "TIME magazine (text mirror of the TIME archive, 20.210.105.67)", "http://20.210.105.67/txt/time/Time1980/1980-06-16/924190.html", "1980-06-16"),
    # No date line in the excerpt; the URL (la-xpm-1986-10-22) gives 1986-10-22 (a Wednesday,
    # checked): "on Tuesday night" = 1986-10-21; "today" = 1986-10-22 (no row).
    ("dev_15706_aquino_enrile_meeting", "Southeast Asia", "1980s", "Los Angeles Times (latimes.com archives)", "https://www.latimes.com/archives/la-xpm-1986-10-22-mn-6859-story.html", "1986-10-22"),
    # No date line in the excerpt; the URL (la-xpm-1990-02-28) gives 1990-02-28 (a Wednesday,
    # checked): "Tuesday" = 1990-02-27 (Chamorro's preparations, no row); "Sunday's upset" =
    # 1990-02-25 (the election); Ortega's visit is not given a day.
    ("test_15707_ortega_chamorro_transition", "Latin America", "1990s", "Los Angeles Times (latimes.com archives)", "https://www.latimes.com/archives/la-xpm-1990-02-28-mn-1353-story.html", "1990-02-28"),
    # The search result's date field 2024-02-26 (a Monday, checked; removed with the tool's
    # date prefix) is `published`: "on Monday" = "this afternoon" = 2024-02-26.
    ("dev_15708_ruto_odinga_museveni_kisozi", "Africa", "2020s", "Kahawa Tungu (kahawatungu.com)", "https://kahawatungu.com/ruto-raila-meet-at-musevenis-home-in-uganda/?utm_source=rss&utm_medium=rss&utm_campaign=ruto-raila-meet-at-musevenis-home-in-uganda", "2024-02-26"),
    # No date line in the excerpt; the URL (/2024/04/17/) gives 2024-04-17 (a Wednesday,
    # checked): "on Wednesday evening" = 2024-04-17; "earlier this month" -> no day.
    ("dev_15709_kishida_yoon_call", "East Asia", "2020s", "The Japan Times (japantimes.co.jp)", "https://japantimes.co.jp/news/2024/04/17/japan/politics/south-korea-yoon-japan-kishida-call", "2024-04-17"),
    # The PressReader URL (/20181117/) gives the paper's issue 2018-11-17 (a Saturday,
    # checked): "yesterday" = 2018-11-16 (the snub, no row; Lidington's "today" in his quote is
    # the same Friday); "on Wednesday night" = 2018-11-14; "just a week ago" -> no day.
    ("dev_15710_sturgeon_lidington_snub", "Western Europe", "2010s", "Scottish Daily Mail (via PressReader, pressreader.com)", "http://www.pressreader.com/uk/scottish-daily-mail/20181117/281638191240135", "2018-11-17"),
    # No date line in the excerpt; the URL (/2022/06/13/) gives 2022-06-13 (a Monday,
    # checked): "this week" -> no day; "on 14 June" is Mata'afa's arrival, not the meeting
    # (no day for the meeting); "last week" (the Forum meeting, no row).
    ("test_15711_mataafa_ardern_planned", "Oceania", "2020s", "PINA (pina.com.fj; Pacific Islands News Association)", "https://pina.com.fj/2022/06/13/samoan-pm-fiame-naomi-mataafa-to-meet-nz-pm-jacinda-ardern-this-week/", "2022-06-13"),
    # The page line "Updated: 21-01-2022 22:41 IST | Created: 21-01-2022 22:41 IST" (a Friday,
    # checked) is `published`; "on Friday" = 2022-01-21 (no row). A zero-row control.
    ("dev_15712_scholz_biden_invite_denied", "Western Europe", "2020s", "Devdiscourse (devdiscourse.com; a Reuters story)", "https://www.devdiscourse.com/article/law-order/1892791-german-govt-spokesperson-denies-report-on-biden-invite", "2022-01-21"),
]

A = {}

A["dev_15701_rahmon_mirziyoyev_dushanbe"] = dict(
    actors={
        "emomali_rahmon": ["Emomali Rahmon"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
    },
    meetings=[
        # Rahmon welcomed Mirziyoyev at Dushanbe airport; "During a special conversation
        # between the heads of state at the airport" -> held, 2024-04-18 ("On April 18", the
        # arrival), Dushanbe (the airport's city), in person. The welcome and the conversation
        # are one row; the state visit's talks are not reported as held (only "the results of
        # the state visit would contribute", a wish) -> no further row.
        M(["emomali_rahmon", "shavkat_mirziyoyev"], "2024-04-18", "Dushanbe", IP, H,
          "During a special conversation between the heads of state at the airport, the Honorable Head of State Emomali Rahmon sincerely welcomed the President of the Republic of Uzbekistan Honorable Shavkat Mirziyoyev to Tajikistan."),
        # Not rows: the young people who "welcomed the distinguished guest" (unnamed). Not
        # annotated: the agency tag "/NIAT «Khovar»/" in the dateline (an agency credit, as in
        # ANNOTATION.md); Dushanbe, Tajikistan, Uzbekistan (places). Kept as they stand: the
        # site line "Read also" between the title and the dateline. Removed: nothing.
    ],
    roles=[("President of Uzbekistan", "shavkat_mirziyoyev"),
           ("the President of the Republic of Uzbekistan", "shavkat_mirziyoyev"),
           ("President of the Republic of Tajikistan", "emomali_rahmon"),
           ("The Founder of Peace and National Unity", "emomali_rahmon"),
           ("Leader of the Nation", "emomali_rahmon"),
           ("the high-ranking guest", "shavkat_mirziyoyev"),
           ("the Head of the friendly and neighboring state of Uzbekistan", "shavkat_mirziyoyev"),
           ("the distinguished guest", "shavkat_mirziyoyev"),
           ("the Honorable Head of State", "emomali_rahmon")],
)

A["dev_15702_walesa_kiszczak_four_hours"] = dict(
    actors={
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "czeslaw_kiszczak": ["Czeslaw Kiszczak", "Gen. Kiszczak"],
        "wojciech_jaruzelski": ["Gen. Wojciech Jaruzelski", "Wojciech Jaruzelski"],
        "solidarity": ["Solidarity"],
        "catholic_church": ["Roman Catholic Church"],
        "polish_united_workers_party": ["Communist Party"],
        # New key.
        "henryk_wujec": ["Henryk Wujec"],
    },
    meetings=[
        # "after lengthy talks Thursday with Communist Party authorities" / "his four-hour
        # meeting with Interior Minister Czeslaw Kiszczak" / "Thursday`s meeting between Walesa
        # and Gen. Kiszczak" -> one meeting, held, 1988-09-15, Warsaw (the dateline; the text
        # does not name the venue -- see the notes), in person.
        M(["lech_walesa", "czeslaw_kiszczak"], "1988-09-15", "Warsaw", IP, H,
          "In an unusual step that appeared to reflect the delicacy of the negotiations, both sides issued a joint communique on Thursday`s meeting between Walesa and Gen. Kiszczak."),
        # Not rows: "A third round of preliminary talks, to include eight Solidarity
        # representatives and eight government representatives, was scheduled for Friday"
        # (unnamed representatives; Walesa is not said to take part -- see the notes); the
        # promised "round-table discussions" (future negotiations of groups, no day); "the
        # principles settled on Aug. 31" (an earlier agreement, not reported as a meeting);
        # Wujec "said" (a statement). Not annotated: the byline (Paula Butturini, Chicago
        # Tribune); "the authorities", "the opposition", "government supporters" (generic);
        # Warsaw, Poland (places). Kept as they stand: the backtick quotes (``...``,
        # "Friday`s"), "demand-legalization", "round- table", "in order the consider".
        # Removed: nothing at the start; at the end, the cut-off sentence "The brief
        # communique, car".
    ],
    roles=[("Solidarity leader", "lech_walesa"), ("Interior Minister", "czeslaw_kiszczak")],
)

_KSG = ("PM Koirala is scheduled to meet with India’s Vice-President Bhairon Singh Shekhawat and Congress party chief Sonia Gandhi this evening.")
_KMIN = ("Meanwhile, finance minister Dr Ram Saran Mahat, commerce and industries minister Gopal Man Shrestha and local development minister Rajendra Pandey met with their Indian counterparts separately and discussed about the areas of cooperation.")
A["test_15703_koirala_rajnath_delhi"] = dict(
    actors={
        "girija_prasad_koirala": ["Prime Minister Girija Prasad Koirala", "Girija Prasad Koirala", "PM Koirala", "Koirala"],
        "rajnath_singh": ["Raj Nath Singh", "Singh"],
        "bharatiya_janata_party": ["Bharatiya Janata Party", "BJP"],
        "bhairon_singh_shekhawat": ["Bhairon Singh Shekhawat"],
        "sonia_gandhi": ["Sonia Gandhi"],
        "indian_national_congress": ["Congress party"],
        "communist_party_of_nepal_maoist": ["Maoists", "Maoist"],
        # New keys.
        "nepal_democracy_solidarity_committee": ["Nepal Democracy Solidarity Committee"],
        "ram_sharan_mahat": ["Dr Ram Saran Mahat", "Ram Saran Mahat"],
        "gopal_man_shrestha": ["Gopal Man Shrestha"],
        "rajendra_pandey": ["Rajendra Pandey"],
    },
    meetings=[
        # "PM Koirala had a meeting at with the president of India's main opposition
        # Bharatiya Janata Party, Raj Nath Singh, at Delhi's Imperial Hotel" (Thursday, the
        # lead) -> held, 2006-06-08, New Delhi (the hotel resolved to its city; the headline and
        # lead name New Delhi), in person.
        M(["girija_prasad_koirala", "rajnath_singh"], "2006-06-08", "New Delhi", IP, H,
          "PM Koirala had a meeting at with the president of India’s main opposition Bharatiya Janata Party, Raj Nath Singh, at Delhi’s Imperial Hotel where he has been staying since Tuesday."),
        # "the representatives of the Nepal Democracy Solidarity Committee ... met Koirala" ->
        # a named organisation with unnamed representatives -> a pair with the organisation,
        # held, 2006-06-08 (reported among Thursday's meetings), New Delhi; not required (an
        # organisation's delegation, the day not stated in the sentence; see the notes).
        M(["girija_prasad_koirala", "nepal_democracy_solidarity_committee"], "2006-06-08", "New Delhi", IP, H,
          "Similarly, the representatives of the Nepal Democracy Solidarity Committee, which was formed to support Nepal’s recent democratic movement, met Koirala and renewed their support to Nepal’s peace process, reports said.", False),
        # "is scheduled to meet with ... Shekhawat and ... Sonia Gandhi this evening" -> two
        # separate planned meetings (as dev_032), 2006-06-08, New Delhi.
        M(["girija_prasad_koirala", "bhairon_singh_shekhawat"], "2006-06-08", "New Delhi", IP, P, _KSG),
        M(["girija_prasad_koirala", "sonia_gandhi"], "2006-06-08", "New Delhi", IP, P, _KSG),
        # The three ministers "met with their Indian counterparts separately" -> role-only
        # counterparts -> three one-party rows, held; date null ("Meanwhile", no day in the
        # sentence) and place null (no place in the sentence; see the notes).
        M(["ram_sharan_mahat"], None, None, IP, H, _KMIN),
        M(["gopal_man_shrestha"], None, None, IP, H, _KMIN),
        M(["rajendra_pandey"], None, None, IP, H, _KMIN),
        # Not rows: "continued high-level meetings" (a count); "Koirala arrived in New Delhi
        # ... Tuesday evening" (an arrival); "the ongoing government-Maoist talks" (talks of
        # unnamed parties); "The BJP chief said", "Singh mentioned" (statements of the same
        # meeting). Not annotated: "the parliament", "reports" (generic); New Delhi, Delhi,
        # Nepal, India, the Imperial Hotel (places). Kept as they stand: the site lines "2 MIN
        # READ", "A", "A+", "A-" and the caption lines "Prime Minister Girija Prasad Koirala" /
        # "... (File Photo)"; "had a meeting at with". Removed: nothing at the start; at the
        # end, the cut-off sentence "Dr Mahat also held a meeting with Indian industrialists
        # toda".
    ],
    roles=[("the president of India’s main opposition Bharatiya Janata Party", "rajnath_singh"),
           ("The BJP chief", "rajnath_singh"), ("India’s Vice-President", "bhairon_singh_shekhawat"),
           ("Congress party chief", "sonia_gandhi"), ("finance minister", "ram_sharan_mahat"),
           ("commerce and industries minister", "gopal_man_shrestha"),
           ("local development minister", "rajendra_pandey")],
)

A["dev_15704_hussein_mubarak_visit"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak"],
        "hussein_bin_talal": ["King Hussein of Jordan", "King Hussein", "Hussein"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "Sadat"],
        "plo": ["Palestine Liberation Organization", "P.L.O."],
        "shimon_peres": ["Shimon Peres"],
    },
    meetings=[
        # "last week's visit by King Hussein of Jordan" (to Mubarak: "For Egyptian President
        # Hosni Mubarak"; "the two leaders agreed on the need for peace talks") -> held, no
        # day ("last week"; a three-day visit), place null (the text does not say where; Egypt
        # is implied by Sadat's grave -- see the notes), in person.
        M(["hussein_bin_talal", "hosni_mubarak"], None, None, IP, H,
          "For Egyptian President Hosni Mubarak, last week's visit by King Hussein of Jordan was another step toward ending Egypt's isolation within the Arab world, which began when President Anwar Sadat accepted the Camp David accords and subsequently signed a peace treaty with Israel in 1979."),
        # Not rows: Peres "urged Hussein ... to meet directly with him" (a proposal, not an
        # agreed meeting); the proposed "peace conference" (multilateral, proposed); "Israel has
        # refused to negotiate with the P.L.O." (refused); Hussein "declining to lay a wreath at
        # Sadat's grave" (no meeting). Not annotated: the Camp David accords and the peace
        # treaty (agreements); the Soviet Union, Moscow, the U.S., Israel, Egypt, Jordan, the
        # Arab world, the Middle East (places/countries). Removed: nothing.
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("the Jordanian monarch", "hussein_bin_talal"),
           ("the King", "hussein_bin_talal"), ("Prime Minister", "shimon_peres")],
)

A["dev_15705_carter_kennedy_white_house"] = dict(
    actors={
        "edward_kennedy": ["Senator Edward Kennedy", "Edward Kennedy", "Kennedy", "Teddy"],
        "jimmy_carter": ["President Jimmy Carter", "Jimmy Carter", "Carter", "Jimmy"],
        "white_house": ["White House"],
        # New key (the poll cited in the body).
        "gallup": ["Gallup"],
    },
    meetings=[
        # Kennedy "had come calling on President Jimmy Carter" at the White House "last week"
        # ("the candidates were meeting face to face"; "54 minutes later from the Oval Office";
        # "his tense meeting with Kennedy") -> held, no day, Washington (the White House
        # resolved to its city), in person.
        M(["edward_kennedy", "jimmy_carter"], None, "Washington", IP, H,
          "The occasion had all the drama of a summit conference, and, in a sense, that is what it was: Senator Edward Kennedy, wearing a diplomat's dark blue suit, had come calling on President Jimmy Carter."),
        # Not rows: "At a brief meeting with reporters" (a news conference); the Democratic
        # National Convention (a convention, future); the primaries. Not annotated: the
        # Democratic National Convention (an event); "the Democrats" (voters); the West Wing,
        # the Oval Office, the old Executive Office Building (parts of buildings). Kept as they
        # stand: "A the long, black Lincoln Continenal", "tradition --and common sense--the".
        # Removed: nothing at the start; at the end, the cut-off sentence "It had, in fact,
        # ended two days earlier on "Super Tuesday," when 696 delegates, 20% of the tot".
    ],
    roles=[("the Senator", "edward_kennedy"), ("The President", "jimmy_carter"),
           ("the President", "jimmy_carter")],
)

A["dev_15706_aquino_enrile_meeting"] = dict(
    actors={
        "corazon_aquino": ["President Corazon Aquino", "Corazon Aquino", "Aquino"],
        "ferdinand_marcos": ["President Ferdinand E. Marcos", "Ferdinand E. Marcos"],
        "new_peoples_army": ["New People’s Army"],
        # New key.
        "juan_ponce_enrile": ["Defense Minister Juan Ponce Enrile", "Juan Ponce Enrile", "Enrile"],
    },
    meetings=[
        # "met with Defense Minister Juan Ponce Enrile for two hours on Tuesday night" -> held,
        # 1986-10-21, place null ("the house of a university president", no city or country
        # named for it; the excerpt has no dateline -- see the notes), in person.
        M(["corazon_aquino", "juan_ponce_enrile"], "1986-10-21", None, IP, H,
          "President Corazon Aquino met with Defense Minister Juan Ponce Enrile for two hours on Tuesday night in an attempt to reconcile the deepening rift between the two key members of the Philippine government’s ruling coalition."),
        # Not rows: "today's Cabinet meeting" (a cabinet session, multilateral); the Cabinet
        # minister "who was present" (unnamed, present); Aquino's expected speech and Enrile's
        # speech at a military camp (speeches); the peasants' march (no meeting). Not
        # annotated: "A government spokesman", "a university president", "a Cabinet minister",
        # "One minister" (unnamed); "the Philippine government", "the government" (generic); a
        # women's sorority group (unnamed). Kept as they stand: "Share", "Times Staff Writer",
        # the inner "Advertisement" and "Speech by Aquino" lines, "between him Aquino".
        # Removed: at the start, the site line "Advertisement"; at the end, the cut-off
        # sentence "“We can no longer ignore these cries for help,” said Enrile, who has been
        # hinting in recent weeks that he and others in the military may take overt action to
        # forc".
    ],
    roles=[("Defense Minister", "juan_ponce_enrile"), ("the president", "corazon_aquino")],
)

A["test_15707_ortega_chamorro_transition"] = dict(
    actors={
        "violeta_chamorro": ["Violeta Barrios de Chamorro", "Chamorro"],
        "daniel_ortega": ["President Daniel Ortega", "Daniel Ortega", "Ortega"],
        "sandinistas": ["Sandinistas", "Sandinista"],
        "contras": ["Contras"],
        # New keys.
        "antonio_lacayo": ["Antonio Lacayo"],
        "national_opposition_union": ["National Opposition Union", "UNO"],
        "national_assembly_nicaragua": ["National Assembly"],
    },
    meetings=[
        # "After a congratulatory visit from President Daniel Ortega, ... Chamorro began
        # preparing Tuesday" -> held, no day (the visit is not dated; "Tuesday" is the day of
        # the preparations), place null (no dateline or venue in the excerpt), in person.
        M(["daniel_ortega", "violeta_chamorro"], None, None, IP, H,
          "After a congratulatory visit from President Daniel Ortega, opposition leader Violeta Barrios de Chamorro began preparing Tuesday for two months of hard bargaining with his defeated Sandinista movement over her triumphant coalition’s program for a “government of national salvation.”"),
        # Lacayo's transition team "will negotiate with Ortega's representatives" -> Ortega's
        # representatives are unnamed -> a one-party planned row for Lacayo, no day, no place;
        # not required (negotiations of teams over weeks rather than one meeting).
        M(["antonio_lacayo"], None, None, IP, P,
          "Chamorro named her son-in-law, Antonio Lacayo, to head a transition team that will negotiate with Ortega’s representatives on the scheduled April 25 transfer of power.", False),
        # Not rows: "two months of hard bargaining" / "bargaining over the coming weeks" (a
        # process of unnamed parties, no meeting); the "warning from the Sandinista leadership"
        # (a statement); "the scheduled April 25 transfer of power" (a ceremony). Not annotated:
        # "the Sandinista leadership", "UNO leaders", "Sandinista party officials" (unnamed);
        # "the army" (generic). Kept as they stand: "Share", "TIMES STAFF WRITER", the inner
        # "Advertisement" line, "his defeated Sandinista movement". Removed: at the start, the
        # site line "Advertisement"; at the end, the cut-off sentence "“It’s going to be harder
        # than the normal transition,” said Alf".
    ],
    roles=[("opposition leader", "violeta_chamorro"), ("The president-elect", "violeta_chamorro"),
           ("her son-in-law", "antonio_lacayo")],
)

_RMO = ("President William Ruto and Azimio La Umoja Coalition leader Raila Odinga met with Ugandan President Yoweri Museveni on Monday in his Kisozi country home.")
A["dev_15708_ruto_odinga_museveni_kisozi"] = dict(
    actors={
        "william_ruto": ["President William Ruto", "William Ruto", "President Ruto", "Ruto"],
        "raila_odinga": ["Raila Odinga", "Rt. Hon. Odinga", "Odinga"],
        "yoweri_museveni": ["Yoweri Museveni", "Museveni"],
        "azimio_la_umoja": ["Azimio La Umoja Coalition"],
        "east_african_community": ["East African Community"],
        "african_union_commission": ["Africa Union Commission"],
        "hage_geingob": ["President Hage Geingob", "Hage Geingob"],
    },
    meetings=[
        # Ruto and Odinga "met with ... Museveni on Monday in his Kisozi country home" (three
        # named participants; "I was happy to meet President Ruto and Rt. Hon. Odinga this
        # afternoon at my farm in Kisozi") -> one row per pair, held, 2024-02-26, Kisozi, in
        # person. Ruto-Odinga kept required by the pair rule ("They had left Nairobi
        # separately", but they met Museveni together).
        M(["william_ruto", "yoweri_museveni"], "2024-02-26", "Kisozi", IP, H, _RMO),
        M(["raila_odinga", "yoweri_museveni"], "2024-02-26", "Kisozi", IP, H, _RMO),
        M(["william_ruto", "raila_odinga"], "2024-02-26", "Kisozi", IP, H, _RMO),
        # Not rows: the "Also Read" headline "Ruto Off To Namibia For Memorial Service For
        # Late President Hage Geingob" (a link to another story; a memorial service); the
        # East African Political Federation (a plan); Odinga's "declared candidacy" (no
        # meeting); Museveni's social-media "update" (a statement). Not annotated: the East
        # African Political Federation (a proposed federation, not an organisation that
        # acts); Kenya, Uganda, Namibia, Nairobi, Kampala (places). Kept as they stand: the
        # line break in "from\n\nKampala", "meeting President at", the inner "Also Read" line.
        # Removed: at the start, the tool's date prefix " date 2024-02-26 "; nothing at the
        # end.
    ],
    roles=[("Azimio La Umoja Coalition leader", "raila_odinga"),
           ("Ugandan President", "yoweri_museveni"), ("Uganda’s leader", "yoweri_museveni")],
)

A["dev_15709_kishida_yoon_call"] = dict(
    actors={
        "fumio_kishida": ["Prime Minister Fumio Kishida", "Fumio Kishida", "Kishida"],
        "yoon_suk_yeol": ["Yoon Suk-yeol", "Yoon"],
        "joe_biden": ["Joe Biden"],
        "ministry_of_foreign_affairs_japan": ["Japan’s Foreign Ministry"],
    },
    meetings=[
        # "held talks over the telephone on Wednesday evening" -> phone, held, 2024-04-17,
        # place null.
        M(["fumio_kishida", "yoon_suk_yeol"], "2024-04-17", None, PH, H,
          "Prime Minister Fumio Kishida and South Korean President Yoon Suk-yeol held talks over the telephone on Wednesday evening, with the two leaders agreeing to deepen bilateral cooperation, as well as trilateral ties with the United States, their mutual ally."),
        # "his visit earlier this month to the United States for a summit with U.S. President
        # Joe Biden" / "the Kishida-Biden talks" -> held, no day ("earlier this month"), United
        # States (the country; no city in the text), in person.
        M(["fumio_kishida", "joe_biden"], None, "United States", IP, H,
          "Kishida told reporters that he had shared information with Yoon about his visit earlier this month to the United States for a summit with U.S. President Joe Biden."),
        # Not rows: "The prime minister and Yoon spoke for about 15 minutes" (the same call);
        # "Kishida told reporters" (a statement); the trilateral "ties" (no meeting). Not
        # annotated: the United States, Seoul, North Korea (places/countries). Removed:
        # nothing at the start (the excerpt has no headline); at the end, the site's comment
        # notice "With your current subscription plan you can comment on stories. However,
        # before writing your first comment, please create a display name in the Profile
        # section of your subscriber account page."
    ],
    roles=[("South Korean President", "yoon_suk_yeol"), ("U.S. President", "joe_biden"),
           ("The prime minister", "fumio_kishida")],
)

A["dev_15710_sturgeon_lidington_snub"] = dict(
    actors={
        "nicola_sturgeon": ["NICOLA Sturgeon", "Nicola Sturgeon", "Miss Sturgeon"],
        "theresa_may": ["Theresa May", "May"],
        "scottish_national_party": ["SNP"],
        "scottish_government": ["Scottish Government"],
        # New key.
        "david_lidington": ["David Lidington", "Mr Lidington"],
    },
    meetings=[
        # Lidington: "I saw the First Minister myself just a week ago." -> held, no day ("just
        # a week ago"), place null, in person.
        M(["david_lidington", "nicola_sturgeon"], None, None, IP, H,
          "I saw the First Minister myself just a week ago."),
        # "The Prime Minister phoned Nicola Sturgeon after the Cabinet meeting concluded on
        # Wednesday night" -> "the Prime Minister" = Theresa May (named in the text) -> phone,
        # held, 2018-11-14, place null.
        M(["theresa_may", "nicola_sturgeon"], "2018-11-14", None, PH, H,
          "‘The Prime Minister phoned Nicola Sturgeon after the Cabinet meeting concluded on Wednesday night and I offered a further meeting today which they turned down – they didn’t want that.’"),
        # Not rows: Sturgeon "snubbed a Brexit meeting" / "said no to a request for a meeting
        # with David Lidington" / "a further meeting today which they turned down" (a refused
        # meeting, not held); Lidington "in Edinburgh to meet Scottish businesses" (unnamed);
        # "the Cabinet meeting" (a cabinet session); "British ministers ... have listened to the
        # First Minister and her team" (general). Not annotated: the masthead "Scottish Daily
        # Mail" and the byline (Rachel Watson); "European leaders", "critics", "British
        # ministers" (generic/unnamed); the Cabinet (generic); Westminster, Scotland, the UK,
        # Edinburgh (places). Removed: nothing at the start; at the end, the cut-off sentence
        # "Within minutes of the revelation, Miss Sturgeon took to Twitter to confirm that she
        # had snubbed Mr Lidington after earlier this week stating that she and Scottish
        # ministers must be given more of a say in how the withdrawal".
    ],
    roles=[("The First Minister", "nicola_sturgeon"), ("the First Minister", "nicola_sturgeon"),
           ("the SNP leader", "nicola_sturgeon"), ("May’s deputy", "david_lidington"),
           ("Theresa May’s deputy", "david_lidington"), ("The Prime Minister", "theresa_may"),
           ("the Prime Minister", "theresa_may")],
)

_FMA = ("Samoan Prime Minister, Fiame Naomi Mata’afa, is scheduled to meet her New Zealand counterpart, Jacinda Ardern, this week.")
A["test_15711_mataafa_ardern_planned"] = dict(
    actors={
        "fiame_naomi_mataafa": ["Fiame Naomi Mata’afa", "Mata’afa", "Fiame"],
        "jacinda_ardern": ["Prime Minister Jacinda Ardern", "Jacinda Ardern", "Ardern"],
        "anthony_albanese": ["Anthony Albanese"],
        "nanaia_mahuta": ["Nanaia Mahuta"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        # New key (the outlet cited in the body).
        "the_spinoff": ["The Spinoff"],
    },
    meetings=[
        # "is scheduled to meet her New Zealand counterpart, Jacinda Ardern, this week" (also
        # the headline; "She will meet with Ardern and other ministers") -> planned, no day
        # ("this week"; "14 June" is her arrival), New Zealand (no city is given for the
        # meeting: "Auckland, Wellington and Hawke's Bay" are places she will visit), in person.
        M(["fiame_naomi_mataafa", "jacinda_ardern"], None, "New Zealand", IP, P, _FMA),
        # Ardern "was in Australia as the first foreign leader to meet Australia's new Prime
        # Minister, Anthony Albanese" -> held, no day, Australia, in person. ("she would meet
        # Australia and Samoa's Prime ministers" refers to the same two meetings.)
        M(["jacinda_ardern", "anthony_albanese"], None, "Australia", IP, H,
          "The first official meeting between Mata’afa as Prime Minister and Ardern was confirmed by the New Zealand Prime Minister, who was in Australia as the first foreign leader to meet Australia’s new Prime Minister, Anthony Albanese."),
        # "She will meet with Ardern and other ministers" -> the other ministers are unnamed ->
        # a one-party planned row for Mata'afa, no day, New Zealand; not required (a general
        # programme of the visit; Mahuta is named elsewhere but not as a counterpart).
        M(["fiame_naomi_mataafa"], None, "New Zealand", IP, P,
          "She will meet with Ardern and other ministers and visit Auckland, Wellington and Hawke’s Bay.”", False),
        # Not rows: "a special meeting of the Pacific Islands Forum in Fiji last week"
        # (multilateral); Ardern's "post-Cabinet press conference" (a news conference); "Ardern
        # and ... Mahuta face questions" (no meeting); the Treaty of Friendship (a treaty).
        # Not annotated: "the Government", "Pacific nations" (generic); the Treaty of
        # Friendship; New Zealand, Australia, Samoa, Sāmoa, Fiji, Auckland, Wellington, Hawke's
        # Bay, Aotearoa (places). Kept as they stand: the headline's blank lines, "Prime
        # ministers,”.", "01 August ,". Removed: nothing at the start; at the end, the cut-off
        # fragment "The ".
    ],
    roles=[("Samoan Prime Minister", "fiame_naomi_mataafa"), ("Samoan PM", "fiame_naomi_mataafa"),
           ("NZ PM", "jacinda_ardern"), ("her New Zealand counterpart", "jacinda_ardern"),
           ("the New Zealand Prime Minister", "jacinda_ardern"),
           ("Australia’s new Prime Minister", "anthony_albanese"),
           ("Foreign Affairs Minister", "nanaia_mahuta")],
)

A["dev_15712_scholz_biden_invite_denied"] = dict(
    actors={
        "olaf_scholz": ["Chancellor Olaf Scholz", "Olaf Scholz", "Scholz"],
        "joe_biden": ["Joe Biden"],
        # New key (the magazine cited in the body).
        "der_spiegel": ["Der Spiegel"],
    },
    meetings=[
        # Zero-row control. Not rows: the "invitation to discuss the Ukraine crisis that came
        # at short notice from U.S. President Joe Biden", which Scholz reportedly "did not
        # accept" (a declined invitation; the government denies the refusal but no meeting is
        # reported as held or fixed); "both sides hoped to organize a meeting by mid-February"
        # (a hope reported by a magazine, no meeting announced -- see the notes; a reviewer
        # could want a non-required planned Scholz-Biden row). Not annotated: the agency credit
        # line "Reuters | Berlin | ..."; "A German government spokesperson" (unnamed);
        # Germany, Berlin (places). Kept as they stand: the site lines "- Country:" /
        # "- Germany" after the credit line. Removed: nothing at the start; at the end, the
        # site lines "(This story has not been edited by Devdiscourse staff and is
        # auto-generated from a syndicated feed.)", "- READ MORE ON:" and its tag list
        # ("- Joe Biden" ... "- Olaf Scholz"), "Advertisement", "ALSO READ" and its five
        # headlines.
    ],
    roles=[("U.S. President", "joe_biden"), ("Chancellor", "olaf_scholz")],
)
