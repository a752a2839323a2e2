"""Accuracy corpus, batch 60b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 60a), from the 1970s to the 2020s
(1970s: one, 1980s: two, 1990s: four, 2000s: one, 2010s: three, 2020s: one; seven of the twelve from
before 2000 (1976, 1982, 1988, 1992, 1994, 1994, 1996; the 1992 and 1994 Independent pages and the
2020 MONTSAME page carry no date and are dated from their texts, see the notes), as the brief asked
for at least five), over the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle
East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East
Asia, Oceania: one each).
Outlets/sites: the Heydar Aliyev Heritage library (lib.aliyevheritage.org; a statement), MONTSAME
(montsame.mn), the Sunday Times of Sri Lanka (sundaytimes.lk; a book extract), The Independent
(independent.co.uk; three Reuters/staff stories), the Los Angeles Times via a mirror (nohib.com;
"The World" news digest), Kenya Today (kenya-today.com), Radio New Zealand (radionz.co.nz;
Checkpoint), Deutsche Welle (dw.com), Hansard (api.parliament.uk; Commons oral answers) and Time
(magazine archive mirror). New to the corpus: kenya-today.com and dw.com; the others had pages
before (see the notes). The pages are new, and so are the meetings they report.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_60b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-59b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_119NN_<slug>` / `test_119NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The heading "... - Tbilisi, March 8, 1996" (1996-03-08, a Friday, checked): the statement's
    # own date; "the first day of our meeting" gives no day for the talks (a meeting of more than
    # one day) -> no date for the row.
    ("dev_11901_aliyev_shevardnadze_tbilisi", "Central Asia/Caucasus", "1990s", "Heydar Aliyev Heritage library (lib.aliyevheritage.org; a press-conference statement)", "https://lib.aliyevheritage.org/print.php?lang=en&page=9359991", "1996-03-08"),
    # No date line, no date field, no date in the URL -> `published` empty (as dev_043); "On March
    # 16" has no year -> no date. Decade 2020s and the year 2020 from the text ("As COVID-19
    # continues to spread around the globe", the coronavirus outbreak as news) and the site's
    # running number (270679 is a 2021-07-26 story in the corpus; 219080 is earlier): see the notes.
    ("dev_11902_tsogtbaatar_klecheski_ulaanbaatar", "East Asia", "2020s", "MONTSAME (montsame.mn)", "https://www.montsame.mn/en/read/219080", ""),
    # No date in the kept text; the URL's "140803" = 2014-08-03 (a Sunday, checked; the paper's
    # issue path). The meeting of November 1986 has no day -> no date. Decade = decade of
    # publication (2010s).
    ("test_11903_natwar_ramachandran_bangalore", "South Asia", "2010s", "The Sunday Times (Sri Lanka; sundaytimes.lk; a book extract)", "https://www.sundaytimes.lk/140803/sunday-times-2/natwar-exposes-rajivs-dealings-with-ltte-109493.html", "2014-08-03"),
    # No date on the page or in the URL -> `published` empty (as dev_043); "yesterday" cannot be
    # resolved -> no dates. Decade 1990s, year 1994, from the text (Kuwait freed "in 1991"; "in
    # October" Iraqi troops at the Kuwaiti border; the Gulf states drop "a 46-year-old boycott").
    ("dev_11904_mubarak_assad_fahd_alexandria", "Middle East", "1990s", "The Independent (independent.co.uk)", "http://www.independent.co.uk/news/world/arab-leaders-hold-surprise-summit-1390810.html", ""),
    # The title "The World - News from Jan. 21, 1988" (a Thursday, checked) and the URL's
    # 1988-01-21. "The two met" gives no day -> no date.
    ("dev_11905_hun_sen_sihanouk_paris_1988", "Southeast Asia", "1980s", "Los Angeles Times (mirror video.nohib.com; The World news digest)", "http://video.nohib.com/archives/la-xpm-1988-01-21-mn-37578-story.html", "1988-01-21"),
    # No date on the page or in the URL -> `published` empty; "meet today" cannot be resolved ->
    # no date. Decade 1990s, year 1992, from the text (the "Commonwealth-controlled" fleet; South
    # Ossetia, "where hundreds have been killed in fighting this year"): see the notes.
    ("dev_11906_yeltsin_kravchuk_yalta", "Eastern Europe/Russia", "1990s", "The Independent (independent.co.uk; Reuter copy)", "http://www.independent.co.uk/news/world/europe/moscow-and-kiev-try-to-end-fleet-dispute-1537797.html", ""),
    # The search tool's date field 2018-03-09 (a Friday, checked; removed with its prefix): the
    # meeting "currently" under way -> 2018-03-09.
    ("test_11907_uhuru_raila_harambee_house", "Africa", "2010s", "Kenya Today (kenya-today.com)", "https://www.kenya-today.com/news/uhuru-bows-pressure-holds-secet-meeting-raila", "2018-03-09"),
    # The date line "19 Sep 2016" (a Monday, checked) and "5:37 pm on 19 September 2016". "as
    # they met" gives no day (the meeting in New York, the broadcast in New Zealand) -> no date.
    ("dev_11908_key_clark_new_york", "Oceania", "2010s", "Radio New Zealand (radionz.co.nz; Checkpoint)", "http://www.radionz.co.nz/national/programmes/checkpoint/audio/201816738/john-key-and-helen-clark-talk-tactics-in-new-york", "2016-09-19"),
    # The page title line "... | DW | 01.09.2004" (2004-09-01, a Wednesday, checked; removed with
    # the navigation at the start): "Sept. 13" -> 2004-09-13 (a Monday, checked), the year of
    # publication.
    ("dev_11909_zapatero_chirac_schroeder_madrid", "Western Europe", "2000s", "Deutsche Welle (dw.com)", "https://www.dw.com/en/zapatero-schr%C3%B6der-and-chirac-to-meet-sept-13/a-1313883", "2004-09-01"),
    # No date in the kept copy; another copy of the same article in the same results (rank 4,
    # https://independent.co.uk/...) gives "Saturday 17 September 1994 23:02 BST" (a Saturday,
    # checked). The meeting's day is not stated ("flew into ... immediately held") -> no date.
    ("dev_11910_carter_cedras_port_au_prince", "Latin America", "1990s", "The Independent (independent.co.uk)", "http://www.independent.co.uk/news/carter-is-last-chance-for-haiti-1449531.html", "1994-09-17"),
    # The URL's 1976/feb/05 (1976-02-05, a Thursday, checked): "on 7th February" -> 1976-02-07
    # (a Saturday, checked; "on Saturday" in the same answers agrees).
    ("test_11911_schmidt_chequers_hansard_1976", "Western Europe", "1970s", "Hansard (House of Commons debates, api.parliament.uk; oral answers)", "https://api.parliament.uk/historic-hansard/commons/1976/feb/05/chancellor-of-the-federal-german-republic", "1976-02-05"),
    # The date line "Monday, May. 10, 1982" (a Monday, checked). The summit meeting "last week"
    # has no day -> no date.
    ("dev_11912_reagan_oneill_budget_summit", "North America", "1980s", "Time (magazine archive mirror at 20.210.105.67)", "http://20.210.105.67/txt/time/Time1982/1982-05-10/925358.html", "1982-05-10"),
]

A = {}

A["dev_11901_aliyev_shevardnadze_tbilisi"] = dict(
    actors={
        "heydar_aliyev": ["Heydar Aliyev"],
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
    },
    meetings=[
        # "... the documents we signed on the first day of our meeting" (the speaker is Heydar
        # Aliyev, named in the heading; the heading's "after the completion of negotiations ...
        # between the delegations of Azerbaijan and Georgia - Tbilisi": the same meeting) -> held,
        # date null (a meeting of more than one day; only the statement's day is given), Tbilisi.
        M(["heydar_aliyev", "eduard_shevardnadze"], None, "Tbilisi", IP, H,
          "My friend, President of Georgia Eduard Shevardnadze informed you on the details of the documents we signed on the first day of our meeting."),
        # Not rows: "the joint press conference" (a news conference, the same visit); the
        # signing of documents "today" (the same meeting); "the heads of governments of Georgia
        # and Azerbaijan" (unnamed, an aim); "other countries ... will join this document" (a
        # wish). Treaties and the Declaration are not actors. Kept as they stand: the stray
        # backslash in "Declaration \"On Peace" and the mixed quotation marks, "are open the road".
        # Removed: at the end, the cut-off last sentence ("They have grea"). Nothing removed at
        # the start.
    ],
    roles=[("President of the Republic of Azerbaijan", "heydar_aliyev"),
           ("President of Georgia", "eduard_shevardnadze"), ("My friend", "eduard_shevardnadze")],
)

A["dev_11902_tsogtbaatar_klecheski_ulaanbaatar"] = dict(
    actors={
        # New keys.
        "damdin_tsogtbaatar": ["D.Tsogtbaatar"],
        "michael_klecheski": ["Michael S. Klecheski"],
        "us_government": ["U.S. Government"],
    },
    meetings=[
        # "On March 16, Minister of Foreign Affairs of Mongolia D.Tsogtbaatar received U.S.
        # Ambassador to Mongolia Michael S. Klecheski at the latter's request" (headline "Foreign
        # Minister meets U.S. Ambassador"; "discussed at the meeting": the same) -> held, date
        # null (no year on the page, `published` empty), Ulaanbaatar (the dateline, where the
        # minister received the ambassador).
        M(["damdin_tsogtbaatar", "michael_klecheski"], None, "Ulaanbaatar", IP, H,
          "Ulaanbaatar /MONTSAME/. On March 16, Minister of Foreign Affairs of Mongolia D.Tsogtbaatar received U.S. Ambassador to Mongolia Michael S. Klecheski at the latter’s request."),
        # Not rows: "assistance planned by the U.S. Government" (aid, not a meeting). MONTSAME in
        # the dateline is the agency credit at the top (not annotated, as `(Reuters) -`). Kept as
        # they stand: the section line "Politics", "D.Tsogtbaatar" without a space, "mutual
        # concerns". Nothing removed at the start or the end (the excerpt is whole).
    ],
    roles=[("Minister of Foreign Affairs of Mongolia", "damdin_tsogtbaatar"),
           ("U.S. Ambassador to Mongolia", "michael_klecheski"), ("Foreign Minister", "damdin_tsogtbaatar")],
)

_NR = "At the end of the first day, he instructed P. Chidambaram and me to meet the Tamil Nadu Chief Minister M.G Ramachandran, who had brought with him Velupillai Prabhakaran, the founder and leader of the Liberation Tigers of Tamil Eelam (LTTE)."
A["test_11903_natwar_ramachandran_bangalore"] = dict(
    actors={
        "k_natwar_singh": ["Natwar"],
        "rajiv_gandhi": ["Rajiv Gandhi", "Rajiv"],
        "p_chidambaram": ["P. Chidambaram"],
        "m_g_ramachandran": ["M.G Ramachandran"],
        "velupillai_prabhakaran": ["Velupillai Prabhakaran", "Prabhakaran"],
        "ltte": ["Liberation Tigers of Tamil Eelam", "LTTE"],
        "saarc": ["SAARC"],
        "mahatma_gandhi": ["Gandhi"],
        "jawaharlal_nehru": ["Nehru"],
        "zhou_enlai": ["Chou En- lai"],
        # New keys (or keys not found in earlier batches).
        "j_r_jayewardene": ["J.R. Jayewardene", "Jayewardene"],
        "anton_balasingham": ["Anton Balasingham", "Balasingham"],
        "ramachandran_tamil_nadu_minister": ["Ramachandran"],
    },
    meetings=[
        # "he [Rajiv] instructed P. Chidambaram and me to meet the Tamil Nadu Chief Minister M.G
        # Ramachandran, who had brought with him Velupillai Prabhakaran" (the narrator "me" is
        # Natwar, named in the headline "Natwar exposes Rajiv's dealings with LTTE"; the next
        # sentences describe the meeting itself: the interpreters each side "brought with him")
        # -> held, date null ("At the end of the first day" of the November 1986 summit, no day),
        # Bangalore. Natwar-MGR and Chidambaram-MGR are required.
        M(["k_natwar_singh", "m_g_ramachandran"], None, "Bangalore", IP, H, _NR),
        M(["p_chidambaram", "m_g_ramachandran"], None, "Bangalore", IP, H, _NR),
        # Prabhakaran "had been brought with him" by MGR (accompanying, though the point of the
        # meeting) -> the pairs with him are required False; Natwar-Chidambaram (the same side)
        # required False (as dev_017).
        M(["k_natwar_singh", "velupillai_prabhakaran"], None, "Bangalore", IP, H, _NR, False),
        M(["p_chidambaram", "velupillai_prabhakaran"], None, "Bangalore", IP, H, _NR, False),
        M(["k_natwar_singh", "p_chidambaram"], None, "Bangalore", IP, H, _NR, False),
        # Not rows: the SAARC Summit and its opening session (a plenary); "We conveyed our
        # misgivings to him [Jayewardene]" ("we" unnamed, a message); Rajiv's instruction (not a
        # meeting); the interpreters Ramachandran and Balasingham (accompany, not participants);
        # the Panchsheel agreement "signed between Nehru and Chou En- lai" (a treaty, no meeting
        # reported). Kept as they stand: "Chou En- lai", "M.G Ramachandran", the empty lines under
        # the headline. Removed: at the start, the site's teaser paragraph (the article's first
        # sentences, ending "[...]"); at the end, the cut-off last sentence ("My first impression
        # of Prabha").
    ],
    roles=[("Sri Lankan President", "j_r_jayewardene"), ("the Tamil Nadu Chief Minister", "m_g_ramachandran"),
           ("the founder and leader of the Liberation Tigers of Tamil Eelam", "velupillai_prabhakaran")],
)

_AX = "President Assad and King Fahd of Saudi Arabia held separate meetings with President Mubarak when they arrived."
A["dev_11904_mubarak_assad_fahd_alexandria"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "hafez_al_assad": ["Hafez al-Assad", "Assad"],
        "fahd_bin_abdulaziz": ["King Fahd"],
        "muammar_gaddafi": ["Muammar Gaddafi"],
        "ali_abdullah_saleh": ["Ali Abdullah Saleh"],
        # New key.
        "safwat_el_sherif": ["Safwat Sherif", "Mr Sherif"],
    },
    meetings=[
        # "President Assad and King Fahd of Saudi Arabia held separate meetings with President
        # Mubarak when they arrived" -> two rows, held, date null ("yesterday", no publication
        # date), Alexandria (the dateline and "gathered in the Egyptian port"). The mini-summit
        # of the three ("Leaders of Egypt, Syria and Saudi Arabia gathered ...") is the same
        # encounter for these two pairs (one row per pair).
        M(["hafez_al_assad", "hosni_mubarak"], None, "Alexandria", IP, H, _AX),
        M(["fahd_bin_abdulaziz", "hosni_mubarak"], None, "Alexandria", IP, H, _AX),
        # The mini-summit's third pair, Assad-Fahd ("Leaders of Egypt, Syria and Saudi Arabia
        # gathered ... for a surprise Arab mini-summit"; the leaders are given by country, named
        # elsewhere) -> held, date null, Alexandria; required False (the text reports the
        # gathering, not a session of the three).
        M(["hafez_al_assad", "fahd_bin_abdulaziz"], None, "Alexandria", IP, H,
          "Alexandria - Leaders of Egypt, Syria and Saudi Arabia gathered in the Egyptian port yesterday for a surprise Arab mini-summit called by the Egyptian president, Hosni Mubarak.", False),
        # Not rows: "foreign ministers of the three countries were due to start preparatory talks"
        # (unnamed); Gaddafi and Saleh "might also come" (hypothetical; "no more heads of state
        # would be coming"); the Damascus Declaration (a pact; not an actor); "the six Gulf
        # states" (unnamed). Removed: below the headline, the site lines "Click to follow" and
        # "The Independent Online"; at the end, the cut-off last paragraph ("Mr Mubarak told
        # Kuwait's al-Watan newspaper that he believed President").
    ],
    roles=[("the Egyptian president", "hosni_mubarak"), ("the Egyptian Information Minister", "safwat_el_sherif"),
           ("the Libyan leader", "muammar_gaddafi")],
)

A["dev_11905_hun_sen_sihanouk_paris_1988"] = dict(
    actors={
        "hun_sen": ["Hun Sen"],
        "norodom_sihanouk": ["Norodom Sihanouk"],
        "khmer_rouge": ["Khmer Rouge"],
    },
    meetings=[
        # "The two met in a hotel near Paris and quickly disagreed on Hun Sen's proposal" ("The
        # two" = Hun Sen and Sihanouk, the previous sentence) -> held, date null (no day in the
        # digest), place null ("near Paris": not in Paris, and no locality or country named).
        M(["hun_sen", "norodom_sihanouk"], None, None, IP, H,
          "The two met in a hotel near Paris and quickly disagreed on Hun Sen’s proposal, which linked the disarming of the Khmer Rouge to the withdrawal of Vietnamese forces, which support Hun Sen’s regime."),
        # Not rows: "Hun Sen called on Prince Norodom Sihanouk ... to disarm" ("called on" = urged;
        # the same talks); "Cambodian peace talks" (the same). Nothing removed at the start or the
        # end (the excerpt is whole; its leading empty line is not kept).
    ],
    roles=[("exiled resistance leader", "norodom_sihanouk"), ("Prime Minister", "hun_sen"),
           ("Prince", "norodom_sihanouk")],
)

A["dev_11906_yeltsin_kravchuk_yalta"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Mr Yeltsin"],
        "leonid_kravchuk": ["Leonid Kravchuk", "Mr Kravchuk"],
        "cis": ["Commonwealth"],
    },
    meetings=[
        # "Russian and Ukrainian leaders meet today in Yalta" (named in the next sentence:
        # "Russian President Boris Yeltsin and the Ukrainian leader Leonid Kravchuk"; "Mr Kravchuk
        # and Mr Yeltsin are expected to discuss": the same) -> planned (announced for "today",
        # the story written before it), date null (no publication date), Yalta.
        M(["boris_yeltsin", "leonid_kravchuk"], None, "Yalta", IP, P,
          "YALTA (Reuter) - Russian and Ukrainian leaders meet today in Yalta, site of a 1945 conference that sealed Kremlin authority through Eastern Europe, in an effort to carve up the crumbling legacy of Soviet power."),
        # Not rows: "a 1945 conference" (history, no persons named); "a joint Commonwealth
        # peace-keeping force" (a force); "Russia and Ukraine differ" (countries). "(Reuter)" in
        # the dateline is an agency credit (not annotated). Removed: below the headline, the site
        # lines "Click to follow" and "The Independent Online". Nothing removed at the end (the
        # excerpt ends with a full sentence).
    ],
    roles=[("Russian President", "boris_yeltsin"), ("the Ukrainian leader", "leonid_kravchuk")],
)

A["test_11907_uhuru_raila_harambee_house"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta", "Kenyatta"],
        "raila_odinga": ["Raila Odinga"],
        "national_super_alliance": ["NASA"],
    },
    meetings=[
        # "President Uhuru Kenyatta and NASA leader Raila Odinga are currently holed up in a
        # meeting at Harambee House in Nairobi" -> held (under way), 2018-03-09, Nairobi.
        M(["uhuru_kenyatta", "raila_odinga"], "2018-03-09", "Nairobi", IP, H,
          "President Uhuru Kenyatta and NASA leader Raila Odinga are currently holed up in a meeting at Harambee House in Nairobi."),
        # Not rows: "are expected to address a media conference" (a news conference); "calls for
        # dialogue" and the dismissed "possibility of holding dialogue" (no meeting); "his
        # cronies" (unnamed). Removed: at the start, the search tool's date prefix
        # (" date 2018-03-09 "); at the end, the readers' comment block ("Comments", "Anonymous
        # says", ...). The page's title is not in the excerpt.
    ],
    roles=[("NASA leader", "raila_odinga"), ("the opposition chief", "raila_odinga"),
           ("President", "uhuru_kenyatta")],
)

A["dev_11908_key_clark_new_york"] = dict(
    actors={
        "john_key": ["John Key"],
        "helen_clark": ["Helen Clark"],
    },
    meetings=[
        # "... between the Prime Minister John Key and his predecessor Helen Clark as they met to
        # 'talk tactics' in New York" (headline: the same) -> held, date null (the day of the
        # meeting is not stated), New York.
        M(["john_key", "helen_clark"], None, "New York", IP, H,
          "There was no sign of the fierce political rivalry that used to exist between the Prime Minister John Key and his predecessor Helen Clark as they met to \"talk tactics\" in New York."),
        # Not rows: none. "Checkpoint" is the programme (the outlet's header; not annotated).
        # Nothing removed at the start or the end (the excerpt is whole).
    ],
    roles=[("the Prime Minister", "john_key"), ("his predecessor", "helen_clark")],
)

_ZS = "Zapatero, Schröder and Chirac to Meet Sept. 13"
A["dev_11909_zapatero_chirac_schroeder_madrid"] = dict(
    actors={
        "jose_luis_rodriguez_zapatero": ["Jose Luis Rodriguez Zapatero", "Zapatero", "Zapetero"],
        "jacques_chirac": ["Jacques Chirac", "Chirac"],
        "gerhard_schroeder": ["Gerhard Schröder", "Schröder"],
        "associated_press": ["Associated Press"],
        "european_union": ["EU"],
        # New keys.
        "government_of_spain": ["Spanish government"],
        "france_2": ["France Deux"],
    },
    meetings=[
        # The headline "Zapatero, Schröder and Chirac to Meet Sept. 13" ("France, Germany and
        # Spain will hold an informal meeting on Sept. 13"; Zapatero "has also invited Jacques
        # Chirac and Gerhard Schröder ... to dinner in Madrid": the same occasion) -> three named
        # participants -> three pair rows, planned, 2004-09-13, Madrid (the dinner's city, the
        # only place named for the meeting).
        M(["jose_luis_rodriguez_zapatero", "gerhard_schroeder"], "2004-09-13", "Madrid", IP, P, _ZS),
        M(["jose_luis_rodriguez_zapatero", "jacques_chirac"], "2004-09-13", "Madrid", IP, P, _ZS),
        M(["jacques_chirac", "gerhard_schroeder"], "2004-09-13", "Madrid", IP, P, _ZS),
        # Not rows: the dinner (the same occasion, one row per pair); the "Franco-German axis
        # which ... meets regularly" (a count); "comments by Zapetero a month ago" (statements).
        # "his French and German counterparts" denotes two actors (not listed as a role). Kept as
        # they stand: "Zapetero" (typo), the straight quotes. Removed: at the start, the page
        # title line ("... | DW | 01.09.2004") and the navigation list ("1. Inhalt" ... "6. Choose
        # from 30 Languages"); at the end, the dangling " (" after the last sentence and the line
        # "WWW links".
    ],
    roles=[("Spanish Premier", "jose_luis_rodriguez_zapatero")],
)

_HC = "Mr Carter, accompanied by former chairman of the Joint Chiefs of Staff, General Colin Powell, and Senator Sam Nunn, immediately held a three-hour meeting with Generals Raoul Cedras and Philippe Biamby at Haitian military headquarters."
A["dev_11910_carter_cedras_port_au_prince"] = dict(
    actors={
        "jimmy_carter": ["Jimmy Carter", "Mr Carter"],
        "colin_powell": ["Colin Powell"],
        "raoul_cedras": ["Raoul Cedras"],
        "bill_clinton": ["President Clinton", "Mr Clinton"],
        "pentagon": ["Pentagon"],
        "un_security_council": ["UN Security Council"],
        # New keys.
        "sam_nunn": ["Sam Nunn"],
        "philippe_biamby": ["Philippe Biamby"],
    },
    meetings=[
        # "Mr Carter, accompanied by ... Colin Powell, and Senator Sam Nunn, immediately held a
        # three-hour meeting with Generals Raoul Cedras and Philippe Biamby at Haitian military
        # headquarters" -> Carter-Cedras and Carter-Biamby, held, date null (the day is not
        # stated), Port-au-Prince (the capital he "flew into"; the headquarters are there).
        M(["jimmy_carter", "raoul_cedras"], None, "Port-au-Prince", IP, H, _HC),
        M(["jimmy_carter", "philippe_biamby"], None, "Port-au-Prince", IP, H, _HC),
        # Cedras-Biamby (the same side) -> required False (as dev_017). Powell and Nunn
        # "accompanied" Carter -> not participants (the convention for people said only to
        # accompany; see the notes).
        M(["raoul_cedras", "philippe_biamby"], None, "Port-au-Prince", IP, H, _HC, False),
        # Not rows: "It was not clear whether talks would continue today" (uncertain); Clinton's
        # "briefings in the Pentagon" (unnamed briefers); Carter "would report back ... only to Mr
        # Clinton" (an intended report, no meeting set); "Haitian officials" (unnamed). Removed:
        # below the headline, the site lines "Click to follow" and "The Independent Online"; at the
        # end, the print cross-references "Clinton's gamble, page 11" and "Leading article, page
        # 18".
    ],
    roles=[("FORMER President", "jimmy_carter"), ("former chairman of the Joint Chiefs of Staff", "colin_powell"),
           ("Senator", "sam_nunn")],
)

_SC = "I have invited the Chancellor to talks at Chequers on 7th February, Sir."
A["test_11911_schmidt_chequers_hansard_1976"] = dict(
    actors={
        "helmut_schmidt": ["Herr Schmidt"],
        "european_economic_community": ["EEC"],
        "united_nations": ["United Nations"],
        "nato": ["NATO"],
        # New keys.
        "arnold_shaw": ["Arnold Shaw", "Mr. Shaw"],
        "jasper_more": ["Jasper More"],
        "council_of_ministers_eec": ["Council of Ministers"],
    },
    meetings=[
        # "I have invited the Chancellor to talks at Chequers on 7th February" (the speaker, the
        # Prime Minister, is never named in the text; "the Chancellor of the Federal German
        # Republic" is Herr Schmidt, named in the next question; "discuss this matter on
        # Saturday": the same) -> a one-party row (Schmidt), planned, 1976-02-07, Chequers.
        M(["helmut_schmidt"], "1976-02-07", "Chequers", IP, P, _SC),
        # Not rows: "on previous occasions when I have met the Federal German Chancellor" (a
        # count); the discussions "with the Heads of Government and the Council of Ministers"
        # (multilateral, repeated); "at the United Nations" (a plenary); "When the Prime Minister
        # meets the German Chancellor" (the same planned talks); "the Belgian Defence Minister"
        # and "the Foreign and Commonwealth Secretary" (unnamed). Kept as they stand: the joined
        # speaker names ("Mr. Arnold Shawasked", "The Prime MinisterI", "Mr. ShawAs", "Mr. Jasper
        # MoreWhen"), the section marks "§". Removed: at the end, the cut-off last question
        # ("§ Mr. Roy HughesWould it not be more appropriate ... bearing in mind that that
        # founde"); Roy Hughes is therefore not annotated. Nothing removed at the start.
    ],
    roles=[("the Chancellor of the Federal German Republic", "helmut_schmidt"), ("the Chancellor", "helmut_schmidt"),
           ("the Federal German Chancellor", "helmut_schmidt"), ("the German Chancellor", "helmut_schmidt")],
)

A["dev_11912_reagan_oneill_budget_summit"] = dict(
    actors={
        "ronald_reagan": ["Ronald Reagan", "Reagan"],
        "tip_oneill": ["Tip O'Neill", "Speaker O'Neill"],
        "us_congress": ["Congress"],
        "white_house": ["White House"],
    },
    meetings=[
        # "The day after that inconclusive and sometimes acrimonious summit meeting with Speaker
        # O'Neill, Reagan took to prime-time TV" ("a summit session of the two leaders ... Three
        # hours later, it broke up in an impasse"; "Ronald Reagan and House Speaker Tip O'Neill":
        # the same) -> held, date null ("last week", no day), place null (none named).
        M(["ronald_reagan", "tip_oneill"], None, None, IP, H,
          "The day after that inconclusive and sometimes acrimonious summit meeting with Speaker O'Neill, Reagan took to prime-time TV to urge Americans to tell Congress that \"this is no time for politics as usual--that you too want an end to runaway taxes, spending, Government debt and high interest rates.\""),
        # Not rows: the "secret meetings at carefully guarded locations" of "second-echelon
        # officials" (unnamed, several); the TV address (a speech). The byline "By Ed Magnuson" is
        # kept and not annotated. Kept as they stand: "May. 10", ">Can Congress" without a space.
        # Removed: at the end, the cut-off last sentence ("The Democra"). Nothing removed at the
        # start.
    ],
    roles=[("House Speaker", "tip_oneill"), ("the President", "ronald_reagan")],
)
