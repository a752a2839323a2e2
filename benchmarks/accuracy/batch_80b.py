"""Accuracy corpus, batch 80b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 80a), from the 1970s to the 2020s (1970s:
one (1972), 1980s: one (1988), 1990s: four (1990, 1996, 1998, 1998), 2000s: three (2004, 2006,
2008), 2010s: one (2018), 2020s: two (2020, 2022); six of the twelve from before 2000, as the
brief asked for at least five), over the regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each).
Outlets/sites: Radio Free Europe/Radio Liberty (via the armeniandiaspora.com forum, 2004), the
Los Angeles Times (two archive stories, from UPI 1990 and Times Wire Services 1988), The Sydney
Morning Herald (2006), The Miami Herald (an AFP story, via latinamericanstudies.org, 1998), The
Sierra Leone Web (its news archive, 1996), Dawn (a 1972 item in its "From the past pages of
Dawn" column), Hina (the Croatian news agency's English service, 1998), VietnamPlus (the
Vietnam News Agency, 2020), IceNews (2008), Yonhap (via mongolianbusinessdatabase.com, 2018) and
swissinfo.ch (a Keystone-SDA story, 2022). All twelve are news stories (no official release,
parliamentary record or cable). The pages are new to the corpus (URLs grepped in sources.csv,
corpus/metadata.csv and the batch files), and so are their meetings (dates and actor keys
grepped; see the notes for the two nearest: the Simla summit of 1972 and Khurelsukh's 2018 visit).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_80b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-79b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_159NN_<slug>` / `test_159NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date lines "March 12 2004" and "Yerevan, 12 March 2004 (RFE/RL)" (a Friday, checked;
    # the forum URL's march-2004 agrees) -> `published` 2004-03-12; "today" = 2004-03-12.
    ("dev_15901_saakashvili_kocharian_yerevan", "Central Asia/Caucasus", "2000s", "Radio Free Europe/Radio Liberty, via armeniandiaspora.com forum", "https://armeniandiaspora.com/forum/2004/march-2004/203-georgian-armenian-presidents-meet-in-armenia?p=203", "2004-03-12"),
    # No date line in the excerpt; the URL (la-xpm-1990-04-13) gives 1990-04-13 (a Friday,
    # checked): "today" = 1990-04-13; "next month" (Bush-Gorbachev) -> no day. A US-UK meeting
    # reported by a US paper from a US wire -> North America (as Bush-Blair in ANNOTATION.md).
    ("dev_15902_bush_thatcher_island_talks", "North America", "1990s", "Los Angeles Times (latimes.com archives; from United Press International)", "https://www.latimes.com/archives/la-xpm-1990-04-13-mn-1485-story.html", "1990-04-13"),
    # No date line in the kept text; the URL (/2006/10/25/) gives 2006-10-25 (a Wednesday,
    # checked): "yesterday afternoon" (Howard's departure, no row) = 2006-10-24. A zero-row
    # control.
    ("test_15903_howard_somare_no_talks_nadi", "Oceania", "2000s", "The Sydney Morning Herald (smh.com.au)", "http://www.smh.com.au/news/world/all-action-no-talk-at-pacific-gathering/2006/10/25/1161749189164.html", "2006-10-25"),
    # The page line "July 10, 1998" (a Friday, checked) is `published`: "Thursday" =
    # 1998-07-09; "Aug. 7" (Pastrana takes office, no row).
    ("dev_15904_pastrana_marulanda_meeting", "Latin America", "1990s", "The Miami Herald (AFP), via latinamericanstudies.org", "http://www.latinamericanstudies.org/colombia/pastrana2.htm", "1998-07-10"),
    # The page is the site's news archive for "November 1996"; the excerpt opens with the item
    # "30 November:" (a Saturday, checked), whose "today" = 1996-11-30 and which is taken as
    # `published` (see the notes); "in February" (Essy-Sankoh) -> no day.
    ("dev_15905_kabbah_sankoh_accord", "Africa", "1990s", "The Sierra Leone Web (sierra-leone.org; news archive, November 1996)", "https://sierra-leone.org/Archives/slnews1196.html", "1996-11-30"),
    # Dawn's "From the past pages of Dawn" column: the excerpt ends "Published in Dawn, July
    # 1st, 2022" and carries no column heading; the item is the Dawn of 1972-07-01 (a
    # Saturday, checked; the Simla summit and Nixon's announcement of "last night [June 29]"
    # date it to 1972), which is used as `published` (as the 1972 and 1974 reprints of batches
    # 18a and 21a; see the notes). "this evening [June 30]" = 1972-06-30.
    ("dev_15906_bhutto_gandhi_simla_first_round", "South Asia", "1970s", "Dawn (Karachi), \"From the past pages of Dawn\" (a 1972 item reprinted in 2022)", "https://www.dawn.com/news/1697641/fonts.googleapis.com", "1972-07-01"),
    # The dateline "LONDON, March 23 (Hina)" and the agency's end stamp "231846 MET mar 98"
    # (removed with the agency tag) give 1998-03-23 (a Monday, checked) -> `published`; "on
    # Monday" = 1998-03-23.
    ("test_15907_granic_troika_london", "Eastern Europe/Russia", "1990s", "Hina (Croatian News Agency; hina.hr OTS archive, English service)", "https://hina.hr/OTS/4199788", "1998-03-23"),
    # The search result's date field 2020-01-04 (a Saturday, checked; removed with the tool's
    # date prefix) is `published`; "January 4" = 2020-01-04 (the end of the visit, no row);
    # "January 2-4" (the trip) -> no day for the meeting.
    ("dev_15908_thongloun_phuc_committee", "Southeast Asia", "2020s", "VietnamPlus (en.vietnamplus.vn; Vietnam News Agency)", "https://en.vietnamplus.vn/lao-pm-concludes-vietnam-visit/166696.vnp", "2020-01-04"),
    # No date line in the excerpt; the URL (/2008/11/02/) gives 2008-11-02 (a Sunday, checked):
    # "tomorrow, Monday the 3rd November" = 2008-11-03 (the start of the visit; the meeting is
    # not given a day, see the notes); "on Friday" (an operation, no row) = 2008-10-31.
    ("dev_15909_store_gisladottir_visit_planned", "Western Europe", "2000s", "IceNews (icenews.is)", "https://www.icenews.is/2008/11/02/norwegian-foreign-minister-on-official-visit-to-iceland/", "2008-11-02"),
    # The dateline "SEOUL, Jan. 15 (Yonhap)" and the caption "on Jan. 15, 2018" (a Monday,
    # checked) -> `published` 2018-01-15; "on Monday" = 2018-01-15; "on Wednesday" (going
    # home) = 2018-01-17.
    ("dev_15910_moon_khurelsukh_seoul", "East Asia", "2010s", "Yonhap, via Mongolian Business Database (mongolianbusinessdatabase.com)", "http://mongolianbusinessdatabase.com/base/newsdetials?id=12395", "2018-01-15"),
    # No date line in the excerpt; the URL (la-xpm-1988-07-26) gives 1988-07-26 (a Tuesday,
    # checked), which the text bears out ("He flew in Monday", "said Monday"): "today" =
    # 1988-07-26; "Wednesday" = 1988-07-27; "Monday" = 1988-07-25; "Since Friday" = 1988-07-22.
    ("test_15911_velayati_perez_de_cuellar_talks", "Middle East", "1980s", "Los Angeles Times (latimes.com archives; Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1988-07-26-mn-6554-story.html", "1988-07-26"),
    # The search result's date field 2022-01-13 (a Thursday, checked; removed with the tool's
    # date prefix) is `published`: "on Thursday" (the news conference in Vienna during a
    # "one-day stay") = 2022-01-13, the day of the visit (see the notes).
    ("dev_15912_cassis_van_der_bellen_vienna", "Western Europe", "2020s", "swissinfo.ch (SWI; a Keystone-SDA story)", "https://www.swissinfo.ch/eng/politics/swiss-president-stresses-multilateralism-in-international-crises/47259306?utm_campaign=swi-rss&utm_source=multiple&utm_medium=rss&utm_content=o", "2022-01-13"),
]

A = {}

A["dev_15901_saakashvili_kocharian_yerevan"] = dict(
    actors={
        "mikheil_saakashvili": ["Mikheil Saakashvili", "Saakashvili"],
        "robert_kocharian": ["Armenian President Robert Kocharian", "Robert Kocharian", "Kocharian"],
        "russian_foreign_ministry": ["Russia's Foreign Ministry"],
    },
    meetings=[
        # Saakashvili "arrived in Yerevan today on his first official visit to Armenia, meeting
        # with Armenian President Robert Kocharian" ("their talks today": the same) -> held,
        # 2004-03-12, Yerevan, in person.
        M(["mikheil_saakashvili", "robert_kocharian"], "2004-03-12", "Yerevan", IP, H,
          "Yerevan, 12 March 2004 (RFE/RL) -- Georgian President Mikheil Saakashvili arrived in Yerevan today on his first official visit to Armenia, meeting with Armenian President Robert Kocharian and calling for closer relations between regional neighbors."),
        # Not rows: "the two agreed at their talks today to meet often, both formally and
        # informally" (a general intention, no specific meeting); Russia's Foreign Ministry
        # "warned" the Georgian government (a statement). Not annotated: the source header
        # "Radio Free Europe, Czech Republic" and the dateline credit "(RFE/RL)" (outlet and
        # agency credit); "the new Georgian government" (generic); Yerevan, Armenia, Georgia,
        # Azerbaijan, Russia, Adjaria, Tbilisi, the South Caucasus (places). Kept as they
        # stand: the repeated title line and the caption line "Armenian President Robert
        # Kocharian", the forum's indentation. Removed: at the start, the forum's lines
        # ("Announcement", "Collapse", "No announcement yet.", the thread title, "Collapse",
        # "X", "Filter", "Time", "Show", "Clear All", "new posts" and the post bullet "•"); at
        # the end, the forum's "Working..." and "X".
    ],
    roles=[("Georgian President", "mikheil_saakashvili"), ("Armenian President", "robert_kocharian")],
)

A["dev_15902_bush_thatcher_island_talks"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "margaret_thatcher": ["Prime Minister Margaret Thatcher", "Margaret Thatcher", "Thatcher"],
        "mikhail_gorbachev": ["Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "marlin_fitzwater": ["White House Press Secretary Marlin Fitzwater", "Marlin Fitzwater", "Fitzwater"],
        "white_house": ["White House"],
    },
    meetings=[
        # "President Bush met today with Prime Minister Margaret Thatcher" ("more than six hours
        # of talks at the storm-swept island resort", "their sixth meeting", "the first two
        # hours of talks", "The meetings": the same) -> held, 1990-04-13, place null (the
        # "island resort" is not named in the excerpt -- see the notes), in person.
        M(["george_h_w_bush", "margaret_thatcher"], "1990-04-13", None, IP, H,
          "President Bush met today with Prime Minister Margaret Thatcher, conferring about new pressures sparked by sweeping changes in Europe and helping the embattled British leader shore up her image at home."),
        # "by the time Bush meets next month with Soviet leader Mikhail S. Gorbachev" ->
        # planned, no day ("next month"), no place, in person.
        M(["george_h_w_bush", "mikhail_gorbachev"], None, None, IP, P,
          "At the same time, Bush, speaking to reporters en route to the conference, said he viewed “as positive” statements from Moscow predicting that a strategic nuclear arms reduction pact will be ready to approve by the time Bush meets next month with Soviet leader Mikhail S. Gorbachev."),
        # Not rows: "speaking to reporters" (media); "we're sending the same signals to our
        # negotiators" (unnamed); "Gorbachev's confrontation with the breakaway republic of
        # Lithuania" (no meeting); "their sixth meeting" (the same meeting, not a count row).
        # Not annotated: the credit line "From United Press International" (an agency credit);
        # "our negotiators" (unnamed); Europe, Moscow, the Soviet Union, Eastern Europe,
        # Lithuania, Iraq (places). Kept as they stand: "Share", "From United Press
        # International" and the inner "Advertisement" line. Removed: at the start, the site
        # line "Advertisement"; at the end, the cut-off sentence "The meetings were broken up by
        # a good deal of pomp, circumstance".
    ],
    roles=[("the embattled British leader", "margaret_thatcher"), ("the President", "george_h_w_bush"),
           ("Soviet leader", "mikhail_gorbachev"), ("White House Press Secretary", "marlin_fitzwater")],
)

A["test_15903_howard_somare_no_talks_nadi"] = dict(
    actors={
        "john_howard": ["John Howard", "Mr Howard"],
        "michael_somare": ["Sir Michael Somare", "Sir Michael"],
        "manasseh_sogavare": ["Manasseh Sogavare", "Mr Sogavare"],
        "julian_moti": ["Julian Moti"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        # New key.
        "department_of_foreign_affairs_and_trade_australia": ["Department of Foreign Affairs and Trade"],
    },
    meetings=[
        # Zero-row control. Not rows: "the three prime ministers rubbed shoulders ... sitting
        # across from each other at meetings, and going to the same dinners and lunches" (the
        # Forum's plenary meetings and meals, multilateral; "barely a word being exchanged
        # between them"); Howard "had chosen not to meet his Solomons and PNG counterparts
        # personally" (a declined meeting); Somare "not prepared to talk to you people" (to
        # journalists; refused); "discussions with the high commissioner were possible" (an
        # unnamed official, a possibility); the recall of PNG's high commissioner (no meeting);
        # "a ban on the PNG Prime Minister travelling to Australia". Not annotated: the byline
        # (Cynthia Banham); "New Zealand radio" (unnamed outlet); "Sir Michael's press
        # secretary", "PNG's high commissioner", "Diplomatic sources", "Australian journalists"
        # (unnamed); the Denarau Island resort, Fiji, Nadi, Canberra, PNG, Australia (places).
        # Kept as they stand: the inner "Advertisement" line. Removed: at the start, the first
        # copy of the headline, the site notice "We’re sorry, this feature is currently
        # unavailable. We’re working to restore it. Please try again later.",
        # "Advertisement" and "This was published 17 years ago"; at the end, the cut-off
        # sentence "The PNG Prime Minister later held a press conference at which he declared
        # he had an "excellent rapport" with Mr Howard, ... and then went on to accuse the
        # Australian press of".
    ],
    roles=[("the PNG Prime Minister", "michael_somare"), ("his attorney-general", "julian_moti"),
           ("an Australian fugitive", "julian_moti"), ("the forum", "pacific_islands_forum")],
)

A["dev_15904_pastrana_marulanda_meeting"] = dict(
    actors={
        "andres_pastrana": ["President-elect Andres Pastrana", "Andres Pastrana", "Pastrana"],
        "manuel_marulanda": ["Manuel Marulanda", "Marulanda", "Tirofijo"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
        # New keys.
        "jorge_briceno": ["Jorge Briceño"],
        "international_committee_of_the_red_cross": ["International Committee of the Red"],
    },
    meetings=[
        # "President-elect Andres Pastrana held a face-to-face meeting Thursday with the top
        # leader of Colombia's strongest rebel group" / "Pastrana said he met with ... Manuel
        # Marulanda" -> held, 1998-07-09 ("Thursday"), Colombia ("an undisclosed site"; "in a
        # mountainous region in central Colombia"), in person. Evidence: the sentence that names
        # both.
        M(["andres_pastrana", "manuel_marulanda"], "1998-07-09", "Colombia", IP, H,
          "Pastrana said he met with the legendary leader of the Revolutionary Armed Forces of Colombia (FARC), Manuel Marulanda, known as ``Tirofijo'' -- Sure-Shot -- who took up arms against the Colombian government 40 years ago."),
        # Not rows: Marulanda "agreed to sit down to talk peace with the incoming [government]"
        # and "the start of talks" / "the negotiating table" (future negotiations, no meeting
        # fixed); Briceño "accompanied" Marulanda (not a participant, as ANNOTATION.md); the
        # meeting "was set up with the help of the International Committee of the Red [Cross]"
        # (not a participant); Pastrana's statement "to reporters" (media). Not annotated: the
        # masthead line "The Miami Herald" and the dateline credit "(AFP)" (outlet and agency
        # credit); "the Colombian government" (generic); Bogota, Colombia, southern and central
        # Colombia (places). Kept as they stand: the text's broken lines "with the incoming" and
        # "the International Committee of the Red" (words lost on the page), the backtick quotes
        # and the 13-space indentation. Removed: nothing at the start; at the end, the cut-off
        # fragment "``We agreed on the conditions of demil".
    ],
    roles=[("the top leader of Colombia's strongest rebel group", "manuel_marulanda"),
           ("the legendary leader of the Revolutionary Armed Forces of Colombia", "manuel_marulanda"),
           ("FARC military commander", "jorge_briceno"), ("the Marxist group", "farc"),
           ("President-elect", "andres_pastrana")],
)

A["dev_15905_kabbah_sankoh_accord"] = dict(
    actors={
        # New keys.
        "ahmad_tejan_kabbah": ["President Ahmad Tejan Kabbah", "Ahmad Tejan Kabbah", "President Kabbah", "Kabbah"],
        "foday_sankoh": ["Foday Sankoh", "Corporal Foday Sankoh", "Sankoh"],
        "revolutionary_united_front": ["Revolutionary United Front", "RUF"],
        "executive_outcomes": ["Executive Outcomes"],
        "amara_essy": ["Ivory Coast Foreign Minister Amara Essy", "Amara Essy"],
        "sierra_leone_army": ["Sierra Leone army"],
    },
    meetings=[
        # "President Ahmad Tejan Kabbah and RUF leader Foday Sankoh today signed a peace accord"
        # ("The two raised their fists together in celebration after signing") -> the two sign
        # together (as test_3207 and dev_3402), held, 1996-11-30 ("today" of the item "30
        # November"), place null (no place is named in the kept text -- see the notes), in
        # person.
        M(["ahmad_tejan_kabbah", "foday_sankoh"], "1996-11-30", None, IP, H,
          "30 November: President Ahmad Tejan Kabbah and RUF leader Foday Sankoh today signed a peace accord to end more than five years of civil war."),
        # "a secret meeting he held with Foday Sankoh in February at the RUF leader's command
        # post" -> held, no day ("in February", month only), place null (the command post is
        # not located), in person.
        M(["amara_essy", "foday_sankoh"], None, None, IP, H,
          "Ivory Coast Foreign Minister Amara Essy has provided details of a secret meeting he held with Foday Sankoh in February at the RUF leader's command post, where he persuaded Sankoh to negotiate."),
        # Not rows: Kabbah "told diplomats and Ivorian government officials" (a statement to
        # unnamed people); "his statement" (a statement); the "incorporation of some former
        # rebels into the Sierra Leone army" and the RUF's "transformation ... into a political
        # party" (terms of the accord). Not annotated: "diplomats", "Ivorian government
        # officials", "his government" (unnamed/generic); Sierra Leone, the Ivory Coast, "the
        # bush" (places). Kept as they stand: the site line "The Sierra Leone Web" and the
        # month heading "November 1996" with their blank lines. Removed: nothing at the start;
        # at the end, the cut-off sentence "Parliamentary opposition leader John Karefa-Smart,
        # who accompanied President Kabbah to Abidjan, said, "The lessons that".
    ],
    roles=[("RUF leader", "foday_sankoh"), ("leader of the Revolutionary United Front", "foday_sankoh"),
           ("the RUF leader", "foday_sankoh"), ("Ivory Coast Foreign Minister", "amara_essy")],
)

A["dev_15906_bhutto_gandhi_simla_first_round"] = dict(
    actors={
        "zulfikar_ali_bhutto": ["President Bhutto", "Mr Bhutto"],
        "indira_gandhi": ["Prime Minister Indira Gandhi", "Indira Gandhi", "Mrs Gandhi"],
        "richard_nixon": ["President Richard Nixon", "Richard Nixon"],
    },
    meetings=[
        # "President Bhutto and Prime Minister Indira Gandhi had their first round of real talks
        # this evening [June 30]" ("the meeting held at the Governor’s House", Gandhi "greeted
        # President Bhutto when he arrived at the Governor’s residence": the same) -> held,
        # 1972-06-30, Simla (dateline; the Governor's House), in person.
        M(["zulfikar_ali_bhutto", "indira_gandhi"], "1972-06-30", "Simla", IP, H,
          "SIMLA: President Bhutto and Prime Minister Indira Gandhi had their first round of real talks this evening [June 30] with just the two of them present, without aides."),
        # Bhutto: "We will meet again." ("He did not say when") -> planned, no day, no place;
        # not required (an announced intention with no time, within an ongoing summit).
        M(["zulfikar_ali_bhutto", "indira_gandhi"], None, None, IP, P,
          "Approached by newsmen after the meeting, President Bhutto said: “We discussed our problems. We will meet again.”", False),
        # Not rows: "Approached by newsmen" / "a correspondent asked her" (media); Nixon
        # "announced that the United States would return to the Vietnam peace talks on July 13"
        # (multilateral negotiations, no named counterpart); "the real summit" (the same
        # summit, not a further meeting). Not annotated: the line "Published in Dawn, July 1st,
        # 2022" (outlet line, as dev_3402); "news agencies in Washington" (unnamed); Simla,
        # Washington, the United States, North Vietnam, Hanoi, Indo-China, the North [Korea]
        # (places); Resolution/peace talks (events). Kept as they stand: the column's square
        # brackets ("[June 30]", "[T]he President", "the North [Korea]") and "…". Removed:
        # nothing at the start; at the end, the page's "Opinion" / "Editorial" teaser blocks
        # ("Punishing evaders" ... "Polio drive").
    ],
    roles=[("[T]he President", "richard_nixon")],
)

_GT = ("Granic met British Foreign Secretary Robin Cook, Austria's Foreign Minister Wolfgang Schuessel and Luxembourg State Minister Lydia Err in London on Monday.")
A["test_15907_granic_troika_london"] = dict(
    actors={
        "robin_cook": ["British Foreign Secretary Robin Cook", "Robin Cook"],
        "wolfgang_schussel": ["Wolfgang Schuessel"],
        "franjo_tudjman": ["Croatian President Franjo Tudjman", "Franjo Tudjman", "President Tudjman"],
        "european_union": ["European Union", "EU"],
        # New keys.
        "mate_granic": ["Croatian Foreign Minister Mate Granic", "Mate Granic", "Granic"],
        "lydia_err": ["Lydia Err"],
        "eu_ministerial_troika": ["European ministerial troika", "EU ministerial troika"],
    },
    meetings=[
        # "Granic met British Foreign Secretary Robin Cook, Austria's Foreign Minister Wolfgang
        # Schuessel and Luxembourg State Minister Lydia Err in London on Monday" ("his talks with
        # the European ministerial troika", "During the meeting": the same) -> one meeting of
        # four named people -> one row per pair (six rows), held, 1998-03-23, London, in person.
        # The three troika pairs are kept required by the pair rule (as dev_15708's
        # Ruto-Odinga).
        M(["mate_granic", "robin_cook"], "1998-03-23", "London", IP, H, _GT),
        M(["mate_granic", "wolfgang_schussel"], "1998-03-23", "London", IP, H, _GT),
        M(["mate_granic", "lydia_err"], "1998-03-23", "London", IP, H, _GT),
        M(["robin_cook", "wolfgang_schussel"], "1998-03-23", "London", IP, H, _GT),
        M(["robin_cook", "lydia_err"], "1998-03-23", "London", IP, H, _GT),
        M(["wolfgang_schussel", "lydia_err"], "1998-03-23", "London", IP, H, _GT),
        # Not rows: "the meeting between a EU delegation and Croatian President Franjo Tudjman
        # did not take place at the beginning of March" (did not take place; the delegation is
        # unnamed); "the forthcoming donors' conference" (multilateral, no date); "time
        # deadlines were not discussed". Not annotated: the dateline credit "(Hina)" and the
        # page's "( Editorial: --> 1768 )" marker (agency/site tags); the PHARE programme, the
        # Dayton and Erdut agreements (programme, agreements); "Bosnian Croats" (generic);
        # London, Croatia, Bosnia-Herzegovina, the Croatian Danube River region (places). Kept
        # as they stand: the headline in capitals, "( Editorial: --> 1768 )", "a EU
        # delegation", "Bosnia- Herzegovina". Removed: at the start, the site's search filter
        # lines ("FILTER", "Prikaži samo sadržaje koji zadovoljavaju:", "objavljeni u
        # periodu:", "na jeziku:", "hrvatski engleski", "sadrže pojam:"); at the end, the agency
        # tag "(hina) mm rm /mb 231846 MET mar 98" and the site lines "VEZANE OBJAVE" and "An
        # unhandled error has occurred. Reload 🗙".
    ],
    roles=[("Croatian Foreign Minister", "mate_granic"), ("The Croatian Foreign Minister", "mate_granic"),
           ("British Foreign Secretary", "robin_cook"), ("Austria's Foreign Minister", "wolfgang_schussel"),
           ("Luxembourg State Minister", "lydia_err"), ("Croatian President", "franjo_tudjman")],
)

A["dev_15908_thongloun_phuc_committee"] = dict(
    actors={
        "thongloun_sisoulith": ["Lao Prime Minister Thongloun Sisoulith", "Thongloun Sisoulith"],
        "nguyen_xuan_phuc": ["Prime Minister Nguyen Xuan Phuc", "Nguyen Xuan Phuc"],
        "vietnam_laos_intergovernmental_committee": ["Vietnam-Laos Inter-governmental Committee", "Inter-governmental Committee"],
        "asean": ["ASEAN"],
        "apec": ["APEC"],
        # New key.
        "asem": ["ASEM"],
    },
    meetings=[
        # "the two PMs co-chaired the 42nd meeting of the Vietnam-Laos Inter-governmental
        # Committee" (Thongloun's visit "to co-chair the 42nd meeting ... at the invitation of
        # Prime Minister Nguyen Xuan Phuc"; "They expressed", "The two sides agreed": the same
        # meeting) -> held, no day ("the trip from January 2-4", a range), Vietnam (the visit's
        # country; the dateline "Hanoi (VNA)" is the report's, the venue is not named -- see the
        # notes), in person.
        M(["thongloun_sisoulith", "nguyen_xuan_phuc"], None, "Vietnam", IP, H,
          "Within the framework of the trip from January 2-4, the two PMs co-chaired the 42nd meeting of the Vietnam-Laos Inter-governmental Committee, and met press to publicise the results of the meeting."),
        # Not rows: "met press" (media); "regional and international forums like ASEAN, APEC,
        # ASEM and Mekong cooperation forums" (multilateral frameworks, no meeting). Not
        # annotated: the photo credit "(Photo: VNA)" and the dateline credit "(VNA)" (agency
        # credits); "the governments of Vietnam and Laos" (generic); Vietnam, Laos (places).
        # Kept as they stand: the caption line and the lead repeated after the dateline.
        # Removed: at the start, the tool's date prefix " date 2020-01-04 "; at the end, the
        # cut-off sentence "After the meeting, the two PMs witnessed the signing ceremony for
        # important cooperation documents, ... a memorandum of understanding (Mo".
    ],
    roles=[("Lao PM", "thongloun_sisoulith")],
)

A["dev_15909_store_gisladottir_visit_planned"] = dict(
    actors={
        # New keys.
        "jonas_gahr_store": ["Jonas Gahr Store", "Store"],
        "ingibjorg_solrun_gisladottir": ["Ingibjorg Solrun Gisladottir", "Gisladottir"],
        "university_of_iceland": ["University of Iceland"],
        "social_democratic_alliance": ["Social Democrats"],
    },
    meetings=[
        # Store "will make an official visit to Iceland tomorrow", "asked to visit Reykjavik by
        # his Icelandic counterpart"; "the Store and Gisladottir plan to discuss ..." / "The
        # Foreign Ministers’ meeting is due to end in the signing of a cooperation agreement"
        # (the same meeting) -> planned, no day (the visit begins on Monday 2008-11-03; the day
        # of the talks is not stated -- see the notes), Reykjavik (the city he was asked to
        # visit), in person.
        M(["jonas_gahr_store", "ingibjorg_solrun_gisladottir"], None, "Reykjavik", IP, P,
          "According to Foreign Ministry information, the Store and Gisladottir plan to discuss world affairs, the financial crisis and Icelandic-Norwegian relations."),
        # Not rows: "her official visit to Norway in summer 2007" (a past visit with no host
        # named, as batch 5c's trips; see the notes); Store's lecture at the University of
        # Iceland and his speech at "an open political meeting organised by the Social
        # Democrats" (a lecture and a public meeting, no named counterpart); Gisladottir's
        # operation and "collapse in New York" (no meeting). Not annotated: "Foreign Ministry
        # information" (which ministry is not said); Iceland, Norway, Reykjavik, Jan Mayen,
        # New York (places). Kept as they stand: the image name glued to the name
        # "stoere_133px_hvitJonas Gahr Store", the sentence without its source (". reports
        # that he was asked"), "the Store and Gisladottir". Removed: nothing at the start; at
        # the end, the site line "Comments are closed.".
    ],
    roles=[("the Norwegian Foreign Minister", "jonas_gahr_store"),
           ("his Icelandic counterpart", "ingibjorg_solrun_gisladottir")],
)

_MKT = ("The Moon-Khurelsukh meeting also involved Mongolia's Foreign Minister Damdin Tsogtbaatar and other visiting officials, including lawmakers.")
A["dev_15910_moon_khurelsukh_seoul"] = dict(
    actors={
        "moon_jae_in": ["South Korean President Moon Jae-in", "Moon Jae-in", "Moon"],
        "ukhnaa_khurelsukh": ["Mongolian Prime Minister Ukhnaa Khurelsukh", "Ukhnaa Khurelsukh", "Khurelsukh"],
        "damdin_tsogtbaatar": ["Damdin Tsogtbaatar"],
        "cheong_wa_dae": ["Cheong Wa Dae"],
    },
    meetings=[
        # "In a meeting held at the South Korean presidential office, Cheong Wa Dae" / caption
        # "shakes hands with ... in a meeting held at his office in Seoul on Jan. 15, 2018" ->
        # held, 2018-01-15, Seoul, in person. Evidence: the caption sentence (it names both,
        # the day and the city; the caption stands twice in the text).
        M(["moon_jae_in", "ukhnaa_khurelsukh"], "2018-01-15", "Seoul", IP, H,
          "South Korean President Moon Jae-in (R) shakes hands with Mongolian Prime Minister Ukhnaa Khurelsukh in a meeting held at his office in Seoul on Jan. 15, 2018."),
        # "He is set to ... meet other Korean leaders before heading home on Wednesday" -> the
        # leaders are unnamed -> a one-party planned row for Khurelsukh, no day (before
        # Wednesday, no day given), South Korea (the visit's country); not required (a general
        # programme, as test_15711's "other ministers").
        M(["ukhnaa_khurelsukh"], None, "South Korea", IP, P,
          "He is set to attend a joint business forum and meet other Korean leaders before heading home on Wednesday.", False),
        # "The Moon-Khurelsukh meeting also involved Mongolia's Foreign Minister Damdin
        # Tsogtbaatar" -> if Tsogtbaatar is a participant, the pair rule gives two more rows
        # (held, 2018-01-15, Seoul); not required ("involved" may mean that he accompanied
        # Khurelsukh, who is not a participant under ANNOTATION.md -- see the notes; the second
        # pair is within one delegation, as dev_024's same-government pairs).
        M(["moon_jae_in", "damdin_tsogtbaatar"], "2018-01-15", "Seoul", IP, H, _MKT, False),
        M(["ukhnaa_khurelsukh", "damdin_tsogtbaatar"], "2018-01-15", "Seoul", IP, H, _MKT, False),
        # Not rows: "a joint business forum" (an event); "other visiting officials, including
        # lawmakers" (unnamed); "Cheong Wa Dae pool reports" (a source). Not annotated: the
        # source line "www.yonhapnews.co.kr", the dateline credit "(Yonhap)" and the photo
        # credits "(Yonhap)" (agency credits); "The Mongolian government" (generic); Seoul,
        # South Korea, Mongolia, the Korean Peninsula, North Korea, Northeast Asia (places).
        # Kept as they stand: the doubled caption in one line. Removed: nothing at the start; at
        # the end, the cut-off sentence "Monday's meeting came about four months after Moon and
        # his Mon".
    ],
    roles=[("the visiting Mongolian prime minister", "ukhnaa_khurelsukh"),
           ("the Mongolian prime minister", "ukhnaa_khurelsukh"), ("Mr. President", "moon_jae_in"),
           ("Mongolia's Foreign Minister", "damdin_tsogtbaatar"),
           ("the South Korean presidential office", "cheong_wa_dae")],
)

_VPA = ("Further talks with Velayati and his Iraqi counterpart, Tariq Aziz, are to be held Wednesday.")
A["test_15911_velayati_perez_de_cuellar_talks"] = dict(
    actors={
        "ali_akbar_velayati": ["Foreign Minister Ali Akbar Velayati", "Ali Akbar Velayati", "Velayati"],
        "javier_perez_de_cuellar": ["U.N. Secretary General Javier Perez de Cuellar", "Javier Perez de Cuellar", "Perez de Cuellar"],
        "tariq_aziz": ["Tariq Aziz"],
        "united_nations": ["U.N."],
        "un_security_council": ["Security Council"],
    },
    meetings=[
        # "Velayati ... and U.N. Secretary General Javier Perez de Cuellar today held the first
        # round of peace talks" ("Velayati met for almost 90 minutes with Perez de Cuellar"; "he
        # would meet the U.N. secretary-general this evening for a second round": the same pair,
        # day and place -> one row, as ANNOTATION.md) -> held, 1988-07-26, New York ("U.N.
        # headquarters", resolved to its city -- see the notes), in person.
        M(["ali_akbar_velayati", "javier_perez_de_cuellar"], "1988-07-26", "New York", IP, H,
          "Foreign Minister Ali Akbar Velayati of Iran and U.N. Secretary General Javier Perez de Cuellar today held the first round of peace talks on implementing a cease-fire in the Iran-Iraq War."),
        # "Further talks with Velayati and his Iraqi counterpart, Tariq Aziz, are to be held
        # Wednesday" -> the Secretary-General's talks (his talks "originally set to begin
        # Wednesday") with each minister -> two planned rows, 1988-07-27, place null (not
        # stated), in person.
        M(["javier_perez_de_cuellar", "ali_akbar_velayati"], "1988-07-27", None, IP, P, _VPA),
        M(["javier_perez_de_cuellar", "tariq_aziz"], "1988-07-27", None, IP, P, _VPA),
        # The same sentence could be read as joint talks of the two ministers -> Velayati-Aziz,
        # planned, 1988-07-27; not required (the text does not say they meet each other -- see
        # the notes).
        M(["ali_akbar_velayati", "tariq_aziz"], "1988-07-27", None, IP, P, _VPA, False),
        # Not rows: Velayati "told reporters" / "said today" (media, statements); "Perez de
        # Cuellar said Monday" (a statement); "Iraqi officials declared Monday" (unnamed,
        # statement); Iran's acceptance of the resolution "July 18" (a statement). Not
        # annotated: "Times Wire Services" (a credit line); "Iraqi officials" (unnamed); Iran,
        # Iraq (places); Resolution 598 (a resolution). Kept as they stand: "Share", the inner
        # "Advertisement" lines and the subheads "Truce Date in 10 Days Hoped" and "‘Going On
        # Very Seriously’". Removed: at the start, the site line "Advertisement"; at the end,
        # the cut-off sentence "However, he said, Iraq invaded two northwestern cities “and
        # still the war is going on very seriously and they have used".
    ],
    roles=[("the U.N. secretary-general", "javier_perez_de_cuellar"), ("U.N. Chief", "javier_perez_de_cuellar"),
           ("Tehran Negotiator", "ali_akbar_velayati"), ("his Iraqi counterpart", "tariq_aziz")],
)

_CVB = ("He met the Austrian president, Alexander Van der Bellen, as well as members of the government and parliament to promote Switzerland’s plans to boost the role of scienceExternal link and digitalisation in bilateral relations.")
A["dev_15912_cassis_van_der_bellen_vienna"] = dict(
    actors={
        "alexander_van_der_bellen": ["Alexander Van der Bellen", "Van der Bellen"],
        "european_union": ["European Union", "EU"],
        "osce": ["Organization for Security and Co-operation in Europe", "OSCE"],
        # New keys.
        "ignazio_cassis": ["Swiss President Ignazio Cassis", "Ignazio Cassis", "Cassis"],
        "keystone_sda": ["Keystone-SDA"],
    },
    meetings=[
        # Cassis "has held talks in neighbouring Austria"; "He met the Austrian president,
        # Alexander Van der Bellen" (the caption's parade in Vienna: the same visit) -> held,
        # 2022-01-13 (the "one-day stay" whose news conference was "in Vienna on Thursday" --
        # see the notes), Vienna ("Austria’s capital"), in person.
        M(["ignazio_cassis", "alexander_van_der_bellen"], "2022-01-13", "Vienna", IP, H, _CVB),
        # "as well as members of the government and parliament" -> unnamed -> a one-party row
        # for Cassis, held, 2022-01-13, Vienna; not required (unnamed counterparts of a visit's
        # programme).
        M(["ignazio_cassis"], "2022-01-13", "Vienna", IP, H, _CVB, False),
        # "Cassis also met top representatives of the Vienna-based Organization for Security and
        # Co-operation in Europe (OSCE)" -> a named organisation with unnamed representatives ->
        # a pair with the organisation, held, 2022-01-13, Vienna; not required (as
        # test_15703's Nepal Democracy Solidarity Committee).
        M(["ignazio_cassis", "osce"], "2022-01-13", "Vienna", IP, H,
          "During his one-day stay in Austria’s capital, Cassis also met top representatives of the Vienna-based Organization for Security and Co-operation in Europe (OSCE).", False),
        # Not rows: "a news conference in Vienna on Thursday" (media); "Next week Cassis ... is
        # due to travel to neighbouring Germany to discuss bilateral relations" (a trip with no
        # named host); Van der Bellen "praised" (a statement); "Switzerland chaired the
        # 57-nation organisation twice" (no meeting). Not annotated: the photo credit
        # "Keystone/Roland Schlager"; "the Swiss government", "members of the government and
        # parliament", "top representatives" (generic/unnamed); Austria, Vienna, Switzerland,
        # Germany, Ukraine, Europe (places). Kept as they stand: the caption line, the link
        # residues "scienceExternal link" and "organisationExternal link", "Switzerland policy
        # of ‘good offices’". Removed: at the start, the tool's date prefix " date 2022-01-13 ";
        # at the end, trailing blank lines only.
    ],
    roles=[("the Austrian president", "alexander_van_der_bellen"), ("the new Swiss president", "ignazio_cassis"),
           ("Swiss President", "ignazio_cassis")],
)
