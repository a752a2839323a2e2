"""Accuracy corpus, batch 90b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 90a), from the 1950s to the 2020s (1950s:
one (1956), 1960s: one (1960), 1970s: three (1972, 1974, 1976), 1980s: one (1982), 1990s: two
(1990, 1994), 2000s: one (2006), 2010s: two (2016, 2018), 2020s: one (2026); eight of the
twelve from before 2000), over the regions (Western Europe: two; Africa, South Asia, Latin
America, Middle East, Southeast Asia, Central Asia/Caucasus, North America, East Asia, Eastern
Europe/Russia, Oceania: one each).
Outlets/sites: a US embassy cable (WikiLeaks PlusD, Lusaka 1974), a State Department cable
repeating an embassy Seoul cable (WikiLeaks PlusD, 1976), Time magazine (1956, a text mirror of
the archive), AsiaOne (2026), Wilson Center Digital Archive (record of the Gorbachev-Kohl
conversation, 1990), JTA (1994), The Press (Christchurch) via Papers Past (1960), Trend via
xebersaati.com (2018), UK Hansard (House of Commons questions, 1972), UPI archives (1982), the
Kremlin website (a transcript, 2006) and Newstalk ZB (2016).
Text kinds: two diplomatic cables (17901, 17910), one magazine piece (17902), four news/wire
stories (17903, 17905, 17909, 17912), one newspaper archive page (17906), one agency story on an
official reception (17907), one record of conversation (17904) and two transcripts
(parliamentary questions 17908, a Kremlin meeting transcript 17911). All twelve texts are in
English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_90a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_90b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-89b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_179NN_<slug>` / `test_179NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The cable's date-time group "R 061521Z FEB 74" = 1974-02-06 (a Wednesday, checked).
    ("dev_17901_douglas_home_kaunda_lusaka_cable", "Africa", "1970s", "US Embassy Lusaka cable 1974LUSAKA00185 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1974LUSAKA00185_b.html", "1974-02-06"),
    # The page's issue line "Monday, Dec. 10, 1956" (a Monday, checked) and the URL
    # (/Time1956/1956-12-10/).
    ("dev_17902_chou_nehru_new_delhi_time", "South Asia", "1950s", "Time magazine (text mirror of the archive, 610211.6jhxt.group)", "http://610211.6jhxt.group/txt/time/Time1956/1956-12-10/808730.html", "1956-12-10"),
    # The search tool's date 2026-01-16 (a Friday, checked) and "on Thursday (Jan 15)" in the
    # text: the call was on 2026-01-15.
    ("test_17903_de_la_fuente_rubio_phone", "Latin America", "2020s", "AsiaOne (asiaone.com)", "https://www.asiaone.com/world/us-tells-mexico-incremental-progress-border-security-unacceptable", "2026-01-16"),
    # The document's own date "November 09, 1990" and "Bonn, 9 November 1990" (a Friday,
    # checked); the archive page has no date of its own (as the 89b Wilson Center minutes).
    ("dev_17904_gorbachev_kohl_bonn_record", "Western Europe", "1990s", "Wilson Center Digital Archive (record of conversation, CWIHP; English translation)", "https://digitalarchive.wilsoncenter.org/document/118937", "1990-11-09"),
    # The page's date line "June 22, 1994" (a Wednesday, checked).
    ("dev_17905_hussein_clinton_washington_jta", "Middle East", "1990s", "JTA (Jewish Telegraphic Agency archive)", "http://www.jta.org/archive/king-hussein-seeks-additional-aid-as-jordan-pursues-talks-with-israel", "1994-06-22"),
    # The Papers Past id CHP19601008 = The Press, 8 October 1960 (a Saturday, checked); the
    # dateline "WASHINGTON, October 6" (a Thursday): "today" = 1960-10-06.
    ("dev_17906_soekarno_eisenhower_khrushchev_1960", "Southeast Asia", "1960s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19601008.2.158", "1960-10-08"),
    # The search tool's date 2018-04-04 (a Wednesday, checked) and the dateline "Baku,
    # Azerbaijan, April 4": "today" = 2018-04-04.
    ("test_17907_aliyev_al_maliki_baku", "Central Asia/Caucasus", "2010s", "Trend (via xebersaati.com)", "http://www.xebersaati.com/news/210852-president-aliyev-receives-palestinian-fm-update/", "2018-04-04"),
    # The URL (/commons/1972/dec/14/) = the sitting of 14 December 1972 (a Thursday, checked).
    ("dev_17908_trudeau_chequers_hansard", "Western Europe", "1970s", "UK Parliament, Hansard (House of Commons; api.parliament.uk historic-hansard)", "https://api.parliament.uk/historic-hansard/commons/1972/dec/14/prime-minister-of-canada-talks", "1972-12-14"),
    # The URL (/Archives/1982/10/05/) = 1982-10-05 (a Tuesday, checked): "late Monday" /
    # "Monday" = 1982-10-04.
    ("dev_17909_trudeau_balsemao_toronto", "North America", "1980s", "UPI (upi.com archives)", "https://www.upi.com/Archives/1982/10/05/Prime-Minister-Pierre-Trudeau-will-visit-Portugal-at-the/8885402638400/", "1982-10-05"),
    # The cable's date-time group "O 260121Z MAY 76" = 1976-05-26 (a Wednesday, checked); it
    # repeats Seoul 3864 of "250455Z MAY 76"; "MAY 24" = 1976-05-24 (year from the cable).
    ("dev_17910_richardson_park_seoul_cable", "East Asia", "1970s", "US State Department cable 1976STATE129165 repeating Embassy Seoul 3864 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1976STATE129165_b.html", "1976-05-26"),
    # The transcript's date line "July 15, 2006, Strelna, St Petersburg" (a Saturday,
    # checked): "Yesterday" = 2006-07-14.
    ("test_17911_putin_bush_strelna", "Eastern Europe/Russia", "2000s", "Kremlin (en.special.kremlin.ru; transcript)", "http://en.special.kremlin.ru/events/president/transcripts/23707", "2006-07-15"),
    # The page's "Publish Date Sat, 22 Oct 2016, 4:04PM" (a Saturday, checked): "this morning" /
    # "today's talks" = 2016-10-22.
    ("dev_17912_bainimarama_key_auckland", "Oceania", "2010s", "Newstalk ZB (newstalkzb.co.nz)", "http://www.newstalkzb.co.nz/news/politics/fiji-nz-talks-end-with-positive-outcomes/", "2016-10-22"),
]

A = {}

A["dev_17901_douglas_home_kaunda_lusaka_cable"] = dict(
    actors={
        "alec_douglas_home": ["DOUGLAS-HOME", "HOME"],
        "kenneth_kaunda": ["KAUNDA"],
        "vernon_mwaanga": ["VERNON MWAANGA", "MWAANGA"],
        # New keys (the Zambian delegation). "MAINZATFWONA" is the cable's garbled form of
        # Prime Minister Mainza Chona; the alias is kept as written.
        "mainza_chona": ["MAINZATFWONA"],
        "elijah_mudenda": ["ELIJAH MUDENDA"],
        "reuben_kamanga": ["REUBEN KAMANGA"],
        "humphrey_mulemba": ["HUMPHREY MULEMBA"],
        "aaron_milner": ["AARON MILNER"],
        "peter_matoka": ["PETER MATOKA"],
        "alexander_chikwanda": ["ALEXANDER CHIKWANDA"],
        # New key (organisation). The "UNI-" ... "VERSITY OF ZAMBIA" of the students is split
        # by the cable's page header, so it has no alias as a name and no key.
        "government_of_zambia": ["GRZ"],
    },
    meetings=[
        # Douglas-Home's discussions with President Kaunda during the visit of 31 Jan - 2 Feb
        # -> held, date null (the day of the Kaunda talks is not given), place Lusaka.
        M(["alec_douglas_home", "kenneth_kaunda"], None, "Lusaka", IP, H,
          "1. SUMMARY: DURING HIS JAN. 31 - FEB. 2 VISIT TO LUSAKA BRITISH FOREIGN SECRETARY DOUGLAS-HOME DISCUSSED ANGLO-ZAMBIAN RELATIONS WITH PRESIDENT KAUNDA AND SENIOR GRZ OFFICIALS."),
        # The delegation talks "MORNING FEB. 1" with Mwaanga -> held, 1974-02-01 (year from
        # the cable), Lusaka.
        M(["alec_douglas_home", "vernon_mwaanga"], "1974-02-01", "Lusaka", IP, H,
          "3. HOME HELD TALKS OVER THREE HOURS WITH MWAANGA AND OTHER GRZ OFFICIALS MORNING FEB. 1."),
        # The seven other named members of the Zambian delegation at the same talks -> one
        # row each with Douglas-Home, **required false** (delegation members; the
        # Zambian-Zambian pairs and the pairs with Mwaanga are not written, as the 89b
        # minutes' delegation members: 36 pair rows would swamp the article).
        M(["alec_douglas_home", "mainza_chona"], "1974-02-01", "Lusaka", IP, H,
          "ZAMBIAN DELEGATION ALSO INCLUDED PRIME MINISTER MAINZATFWONA, CENTRAL COMMITTEE MEMBERS ELIJAH MUDENDA, REUBEN KAMANGA AND HUMPHREY MULEMBA, MIN HOME AFFAIRS AARON MILNER, MIN LOCAL GOVERNMENT AND HOUSING PETER MATOKA, AND MIN PLANNING AND FINANCE ALEXANDER CHIKWANDA.", False),
        M(["alec_douglas_home", "elijah_mudenda"], "1974-02-01", "Lusaka", IP, H,
          "ZAMBIAN DELEGATION ALSO INCLUDED PRIME MINISTER MAINZATFWONA, CENTRAL COMMITTEE MEMBERS ELIJAH MUDENDA, REUBEN KAMANGA AND HUMPHREY MULEMBA, MIN HOME AFFAIRS AARON MILNER, MIN LOCAL GOVERNMENT AND HOUSING PETER MATOKA, AND MIN PLANNING AND FINANCE ALEXANDER CHIKWANDA.", False),
        M(["alec_douglas_home", "reuben_kamanga"], "1974-02-01", "Lusaka", IP, H,
          "ZAMBIAN DELEGATION ALSO INCLUDED PRIME MINISTER MAINZATFWONA, CENTRAL COMMITTEE MEMBERS ELIJAH MUDENDA, REUBEN KAMANGA AND HUMPHREY MULEMBA, MIN HOME AFFAIRS AARON MILNER, MIN LOCAL GOVERNMENT AND HOUSING PETER MATOKA, AND MIN PLANNING AND FINANCE ALEXANDER CHIKWANDA.", False),
        M(["alec_douglas_home", "humphrey_mulemba"], "1974-02-01", "Lusaka", IP, H,
          "ZAMBIAN DELEGATION ALSO INCLUDED PRIME MINISTER MAINZATFWONA, CENTRAL COMMITTEE MEMBERS ELIJAH MUDENDA, REUBEN KAMANGA AND HUMPHREY MULEMBA, MIN HOME AFFAIRS AARON MILNER, MIN LOCAL GOVERNMENT AND HOUSING PETER MATOKA, AND MIN PLANNING AND FINANCE ALEXANDER CHIKWANDA.", False),
        M(["alec_douglas_home", "aaron_milner"], "1974-02-01", "Lusaka", IP, H,
          "ZAMBIAN DELEGATION ALSO INCLUDED PRIME MINISTER MAINZATFWONA, CENTRAL COMMITTEE MEMBERS ELIJAH MUDENDA, REUBEN KAMANGA AND HUMPHREY MULEMBA, MIN HOME AFFAIRS AARON MILNER, MIN LOCAL GOVERNMENT AND HOUSING PETER MATOKA, AND MIN PLANNING AND FINANCE ALEXANDER CHIKWANDA.", False),
        M(["alec_douglas_home", "peter_matoka"], "1974-02-01", "Lusaka", IP, H,
          "ZAMBIAN DELEGATION ALSO INCLUDED PRIME MINISTER MAINZATFWONA, CENTRAL COMMITTEE MEMBERS ELIJAH MUDENDA, REUBEN KAMANGA AND HUMPHREY MULEMBA, MIN HOME AFFAIRS AARON MILNER, MIN LOCAL GOVERNMENT AND HOUSING PETER MATOKA, AND MIN PLANNING AND FINANCE ALEXANDER CHIKWANDA.", False),
        M(["alec_douglas_home", "alexander_chikwanda"], "1974-02-01", "Lusaka", IP, H,
          "ZAMBIAN DELEGATION ALSO INCLUDED PRIME MINISTER MAINZATFWONA, CENTRAL COMMITTEE MEMBERS ELIJAH MUDENDA, REUBEN KAMANGA AND HUMPHREY MULEMBA, MIN HOME AFFAIRS AARON MILNER, MIN LOCAL GOVERNMENT AND HOUSING PETER MATOKA, AND MIN PLANNING AND FINANCE ALEXANDER CHIKWANDA.", False),
        # Not rows: Mwaanga's apology to Home for the demonstration (an apology during the
        # visit, no meeting of its own is reported; a reviewer could add a held row, date
        # null); Kaunda's "SPECIFIC PROPOSALS TO HOME" (content of the Kaunda talks, the
        # same meeting). Note: the alias "HOME" also matches "MIN HOME AFFAIRS" (the
        # cable's spelling; kept).
        # Removed: at the end the cut-off sentence "IN FRIENDLY BUT FRANK EXCHANGE, TWO
        # DELEGATIONS". Cable headers kept.
    ],
    roles=[("BRITISH FOREIGN SECRETARY", "alec_douglas_home"),
           ("PRESIDENT", "kenneth_kaunda"),
           ("FONMIN", "vernon_mwaanga"),
           ("PRIME MINISTER", "mainza_chona"),
           ("MIN HOME AFFAIRS", "aaron_milner"),
           ("MIN LOCAL GOVERNMENT AND HOUSING", "peter_matoka"),
           ("MIN PLANNING AND FINANCE", "alexander_chikwanda")],
)

A["dev_17902_chou_nehru_new_delhi_time"] = dict(
    actors={
        "zhou_enlai": ["Chou En-lai", "Chou"],
        "jawaharlal_nehru": ["Jawaharlal Nehru", "Nehru"],
        "nikita_khrushchev": ["Khrushchev"],
        "nikolai_bulganin": ["Bulganin"],
        "dwight_eisenhower": ["President Eisenhower", "Ike"],
        "john_foster_dulles": ["John Foster Dulles"],
    },
    meetings=[
        # Chou's call on Nehru in New Delhi "last week" -> held, date null (week only), New
        # Delhi. "Closeted together for ten hours, Chou and Nehru ..." is the same meeting
        # (one row per meeting per article).
        M(["zhou_enlai", "jawaharlal_nehru"], None, "New Delhi", IP, H,
          "Smiling, sleek and self-effacing, his air transport borne aloft on a roseate cloud of good will, Red China's Premier Chou En-lai last week dropped in to New Delhi to pay a call on Jawaharlal Nehru."),
        # Nehru's coming visit to Eisenhower "later this month" -> planned, date null, place
        # United States (country only).
        M(["jawaharlal_nehru", "dwight_eisenhower"], None, "United States", IP, P,
          "Closeted together for ten hours, Chou and Nehru presumably discussed all the touchy subjects that lay between them: Communist buildup in Nepal and Tibet. Chinese intentions toward Burma and Formosa; but a good deal, if not most, of the talking centered around what Nehru will tell President Eisenhower about Chou when he visits the U.S. later this month."),
        # Chou's return stop in New Delhi "to hear what Ike and the Pandit had to say" ->
        # planned Chou-Nehru, New Delhi, date null.
        M(["zhou_enlai", "jawaharlal_nehru"], None, "New Delhi", IP, P,
          "When Nehru returns from his U.S. visit, Chou will pass through New Delhi again to hear what Ike and the Pandit had to say."),
        # Not rows: the Khrushchev-Bulganin visit "just a year ago" (no meeting with a named
        # host is stated); Chou's remarks to "U.S. reporters" (media); Dulles (mentioned).
        # Note: the evidence of the planned Nehru-Eisenhower row is the whole sentence as the
        # text writes it (it runs on after "Tibet."; the period there is the magazine's).
        # Removed: the mirror's closing line "This file is automatically generated by a robot
        # program, so reader's discretion is required."
    ],
    roles=[("Red China's Premier", "zhou_enlai"),
           ("the Red leader", "zhou_enlai"),
           ("the Pandit", "jawaharlal_nehru")],
)

A["test_17903_de_la_fuente_rubio_phone"] = dict(
    actors={
        # New key.
        "juan_ramon_de_la_fuente": ["Juan Ramon de la Fuente"],
        "marco_rubio": ["Marco Rubio"],
        "us_state_department": ["State Department"],
        # New key.
        "bureau_of_western_hemisphere_affairs": ["Bureau of Western Hemisphere Affairs"],
    },
    meetings=[
        # "spoke on Thursday (Jan 15)" and "the call" -> phone, held, 2026-01-15; place null
        # (a call; the dateline is Mexico City but the sides' places are not given).
        M(["juan_ramon_de_la_fuente", "marco_rubio"], "2026-01-15", None, PH, H,
          "MEXICO CITY — Mexican Foreign Minister Juan Ramon de la Fuente and his US counterpart, Secretary of State Marco Rubio, spoke on Thursday (Jan 15) about security and \"reaffirmed the importance of the US-Mexico partnership,\" both governments said in a joint statement."),
        # Not rows: "Upcoming bilateral engagements with Mexico" (no named participant, no
        # meeting); the joint statement and the post on X (statements). "X" (a website) is
        # not an actor. Removed: the tool's " date 2026-01-16" prefix.
    ],
    roles=[("Mexican Foreign Minister", "juan_ramon_de_la_fuente"),
           ("his US counterpart", "marco_rubio"),
           ("Secretary of State", "marco_rubio")],
)

A["dev_17904_gorbachev_kohl_bonn_record"] = dict(
    actors={
        "mikhail_gorbachev": ["M.S. Gorbachev", "Gorbachev", "M.S. GORBACHEV"],
        "helmut_kohl": ["Helmut Kohl", "Kohl", "H. Kohl", "H. KOHL"],
        # New key.
        "wolfgang_schauble": ["Schäuble"],
    },
    meetings=[
        # The one-on-one conversation in Bonn on 9 November 1990 -> held, 1990-11-09, Bonn.
        M(["mikhail_gorbachev", "helmut_kohl"], "1990-11-09", "Bonn", IP, H,
          "\"Record of a Conversation between M.S. Gorbachev and Federal Chancellor Helmut Kohl in Bonn,\" November 09, 1990, History and Public Policy Program Digital Archive, CWIHP Archives."),
        # Not rows: "This is already our third meeting in this year" (a count of meetings,
        # no specific one); the attempt on Schäuble's life (no meeting). The archive's
        # program names ("History and Public Policy Program", "CWIHP Archives") are citation
        # credits, not actors. Removed: the site's "Search in / Digital Archive International
        # History Declassified" header, "This document was made possible ...", "Citation / get
        # citation", "share document", "English HTML", and at the end the cut-off sentence
        # "There were many discussions abou". The record's double spaces are kept.
    ],
    roles=[("Federal Chancellor", "helmut_kohl"),
           ("the Federal Chancellor of the", "helmut_kohl"),
           ("Mr. President", "mikhail_gorbachev"),
           ("the minister of internal affairs", "wolfgang_schauble")],
)

A["dev_17905_hussein_clinton_washington_jta"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "warren_christopher": ["Warren Christopher"],
        # New keys.
        "william_perry": ["William Perry"],
        "ron_brown": ["Ron Brown"],
        "adam_garfinkle": ["Adam Garfinkle", "Garfinkle"],
        "foreign_policy_research_institute": ["Foreign Policy Research Institute"],
        "white_house": ["White House"],
    },
    meetings=[
        # "a White House meeting between the two leaders on Wednesday" -> expected, planned;
        # the page is of Wednesday 22 June 1994, so "on Wednesday" = 1994-06-22 (the same
        # day; still ahead when written); place Washington (the White House).
        M(["hussein_bin_talal", "bill_clinton"], "1994-06-22", "Washington", IP, P,
          "Administration officials here expect President Clinton to announce an increase in military and humanitarian aid to Jordan after a White House meeting between the two leaders on Wednesday."),
        # "is scheduled to meet with" three named secretaries during the three-day visit ->
        # three planned rows, date null, place Washington (the visit "in town" with the
        # Clinton administration; inferred from the White House visit, not stated for these
        # meetings).
        M(["hussein_bin_talal", "warren_christopher"], None, "Washington", IP, P,
          "In addition to meeting the president, Hussein is scheduled to meet with Secretary of State Warren Christopher, Defense Secretary William Perry, Commerce Secretary Ron Brown and House and Senate leaders during his three-day visit."),
        M(["hussein_bin_talal", "william_perry"], None, "Washington", IP, P,
          "In addition to meeting the president, Hussein is scheduled to meet with Secretary of State Warren Christopher, Defense Secretary William Perry, Commerce Secretary Ron Brown and House and Senate leaders during his three-day visit."),
        M(["hussein_bin_talal", "ron_brown"], None, "Washington", IP, P,
          "In addition to meeting the president, Hussein is scheduled to meet with Secretary of State Warren Christopher, Defense Secretary William Perry, Commerce Secretary Ron Brown and House and Senate leaders during his three-day visit."),
        # Not rows: "House and Senate leaders" (unnamed); Hussein's hope "to meet openly with
        # Israeli leaders" (unnamed, a wish); the Israeli-Jordanian talks "scheduled for next
        # month" (diplomats, unnamed); past clandestine meetings (no specific one);
        # Garfinkle's quotes (comment). Removed: the "Search JTA's historical archive ..."
        # banner, "See Original Daily Bulletin From This Date", "Advertisement", and at the
        # end the cut-off sentence "Responding to Hussein's remarks, Prime Minister Yitzhak
        # Rabin said ... between Jor" (so Rabin, whose offer to meet Hussein stood in it,
        # gives no row).
    ],
    roles=[("Jordan’s King", "hussein_bin_talal"),
           ("the president", "bill_clinton"),
           ("Secretary of State", "warren_christopher"),
           ("Defense Secretary", "william_perry"),
           ("Commerce Secretary", "ron_brown"),
           ("the Jordanian leader", "hussein_bin_talal")],
)

A["dev_17906_soekarno_eisenhower_khrushchev_1960"] = dict(
    actors={
        "sukarno": ["Soekarno", "President Soekarno", "Dr. Soekarno"],
        "dwight_eisenhower": ["President Eisenhower", "Eisenhower"],
        "nikita_khrushchev": ["Mr Khrushchev", "Khrushchev"],
        # "Mr Nehhu" is the OCR's form of Mr Nehru (kept as written).
        "jawaharlal_nehru": ["Mr Nehhu"],
        "united_nations": ["United Nations"],
        # New key.
        "indonesian_communist_party": ["Indonesian Communist Party"],
    },
    meetings=[
        # "said today after a 45-minute conference with President Eisenhower" -> held,
        # 1960-10-06 (dateline day), Washington.
        M(["sukarno", "dwight_eisenhower"], "1960-10-06", "Washington", IP, H,
          "(Rec. 10 p.m.) WASHINGTON, October 6. President Soekarno, of Indonesia, said today after a 45-minute conference with President Eisenhower that he still wanted him to meet Mr Khrushchev."),
        # "spent about 40 minutes with Mr Khrushchev at the Soviet United Nations
        # headquarters" -> held, New York; date null (after the Washington talks, very likely
        # the same day, but the text does not say "today" for it).
        M(["sukarno", "nikita_khrushchev"], None, "New York", IP, H,
          "Dr. Soekarno flew back to New York and spent about 40 min- utes with- Mr Khrushchev at the Soviet United Nations headquarters."),
        # Khrushchev's dinner with Nehru (his host) -> held, New York, date null (as above).
        M(["nikita_khrushchev", "jawaharlal_nehru"], None, "New York", IP, H,
          "After the Indonesian President left, Mr Khrushchev went to the hotel of Mr Nehhu, who,, was his dinner host."),
        # Not rows: the Eisenhower-Khrushchev meeting urged by the resolution (a proposal,
        # not arranged); the meeting with the Dutch Prime Minister that Soekarno refused
        # ("No, no"; refused, and the Prime Minister is unnamed); the introduction of the
        # unnamed PKI leader to Eisenhower (part of the Soekarno-Eisenhower conference; the
        # leader is not named). The evidence of the Khrushchev row spans the OCR's paragraph
        # break ("min-" / "utes"). Removed: the Papers Past banner ("Thank you for correcting
        # ...", "This article contains searchable text ...", the "Article image" lines) and,
        # at the end, the cut-off sentence "He said he was \"distressed that ... rooted
        # themselv".
    ],
    roles=[("the Indonesian President", "sukarno")],
)

A["test_17907_aliyev_al_maliki_baku"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev", "President Aliyev", "Aliyev"],
        "riyad_al_maliki": ["Riyad al-Maliki", "al-Maliki"],
        "mahmoud_abbas": ["Mahmoud Abbas"],
        "organisation_of_islamic_cooperation": ["OIC"],
        "non_aligned_movement": ["Non-Aligned Movement"],
    },
    meetings=[
        # "has today received" -> held, 2018-04-04 (dateline), Baku.
        M(["ilham_aliyev", "riyad_al_maliki"], "2018-04-04", "Baku", IP, H,
          "President of the Republic of Azerbaijan Ilham Aliyev has today received Foreign Minister of Palestine Riyad al-Maliki."),
        # Not rows: Abbas's greetings conveyed by al-Maliki and Aliyev's greetings back
        # (messages, not a meeting); the OIC summit in Istanbul and the NAM ministerial
        # conference in Baku (multilateral). Removed: the tool's " date 2018-04-04" prefix.
    ],
    roles=[("Foreign Minister of Palestine", "riyad_al_maliki"),
           ("The foreign minister", "riyad_al_maliki"),
           ("the head of state", "ilham_aliyev"),
           ("Palestinian President", "mahmoud_abbas"),
           ("The Palestinian foreign minister", "riyad_al_maliki"),
           ("the foreign minister", "riyad_al_maliki"),
           ("the Palestinian president", "mahmoud_abbas")],
)

A["dev_17908_trudeau_chequers_hansard"] = dict(
    actors={
        "pierre_trudeau": ["Mr. Trudeau"],
        # New keys (members of the House named in the record).
        "gilbert_longden": ["Sir Gilbert Longden"],
        "robert_adley": ["Mr. Adley"],
        "richard_crossman": ["Mr. Cross-man"],
        "the_times_london": ["The Times"],
    },
    meetings=[
        # The answering "Prime Minister" (Edward Heath) is never named in the text -> the
        # Chequers talks are a one-party row (the guide's rule for a counterpart given by
        # role alone): held, date null (3rd and 4th December: two days), place Chequers.
        M(["pierre_trudeau"], None, "Chequers", IP, H,
          "We held talks at Chequers on 3rd and 4th December and he was my guest at dinner at 10 Downing Street."),
        # The dinner at 10 Downing Street -> a second interaction in the same sentence: held,
        # date null, place London (10 Downing Street), **required false** (part of the same
        # visit, one-party).
        M(["pierre_trudeau"], None, "London", IP, H,
          "We held talks at Chequers on 3rd and 4th December and he was my guest at dinner at 10 Downing Street.", False),
        # Not rows: the questions of Longden and Adley (parliamentary questions); "I have been
        # to Ottawa twice" (a count of visits); the Minister for Trade's visit in May 1971
        # (unnamed, no counterpart). The fused forms "Longdenasked", "Adleyasked", "Prime
        # MinisterMr." are the page's. Removed: at the end the paragraph "§ Mr. Kaufman Did
        # the right hon. Gentleman explain ... and Martinique" (a single cut-off sentence).
    ],
    roles=[("the Prime Minister of Canada", "pierre_trudeau"),
           ("the right hon. Member for Coventry, East", "richard_crossman")],
)

A["dev_17909_trudeau_balsemao_toronto"] = dict(
    actors={
        "pierre_trudeau": ["Prime Minister Pierre Trudeau", "Pierre Trudeau", "Trudeau"],
        # New key.
        "francisco_pinto_balsemao": ["Pinto Balsemao", "Balsemao"],
        # New keys (organisations).
        "expresso": ["L'Expresso"],
        "democratic_alliance_portugal": ["Democratic Alliance"],
        "nato": ["NATO"],
    },
    meetings=[
        # Trudeau "will visit Portugal at the invitation of Prime Minister Pinto Balsemao" ->
        # planned, date null ("No date has been set"), place Portugal.
        M(["pierre_trudeau", "francisco_pinto_balsemao"], None, "Portugal", IP, P,
          "TORONTO -- Prime Minister Pierre Trudeau will visit Portugal at the invitation of Prime Minister Pinto Balsemao to cement diplomatic and commercial relations and 'a project of great importance to Southern Africa.'"),
        # The banquet "late Monday" -> held, 1982-10-04 (story of Tuesday 5 October), place
        # Toronto (dateline; the banquet's city is not stated otherwise).
        M(["pierre_trudeau", "francisco_pinto_balsemao"], "1982-10-04", "Toronto", IP, H,
          "Trudeau late Monday accepted the Portugese prime minister's invitation at a sparkling banquet in honor of the first Canadian visit by a Portugese head of state."),
        # The "private talks" -> a separate held interaction; date and place null (not
        # given; most likely Toronto on Monday).
        M(["pierre_trudeau", "francisco_pinto_balsemao"], None, None, IP, H,
          "Trudeau also said he and Balsemao had, during private talks, spoken about improvine the already 'strong ties and closer cooperation' forged at the NATO summit in Bonn, as well as 'increased commercial relations.'"),
        # Not rows: the NATO summit in Bonn (multilateral); Balsemao's meetings with the
        # Portuguese community (no named political actor). The byline "By LESLEY TAYLOR" is
        # kept (not an actor). Removed: the "Advertisement" lines and, at the end, the
        # cut-off sentence "Jose Vicennte, who left Por".
    ],
    roles=[("the Portugese prime minister", "francisco_pinto_balsemao")],
)

A["dev_17910_richardson_park_seoul_cable"] = dict(
    actors={
        # New keys (except park_chung_hee).
        "elliot_richardson": ["SECRETARY RICHARDSON", "RICHARDSON"],
        "park_chung_hee": ["PRES. PARK", "PRESIDENT PARK", "PARK"],
        "chung_il_kwon": ["CHUNG IL-KWON"],  # wrapped "CHUNG\nIL-KWON" in the text
        "choi_kyu_hah": ["CHOI KYU-HA"],
        "kim_yong_hwan": ["KIM YONG-HWAN"],
        "chang_yie_joon": ["CHANG YIE-JOON"],
        "kim_chong_yom": ["KIM CHONG-YOM"],
        "choi_kwang_soo": ["CHOI KWANG-SOO"],
        "richard_sneider": ["AMBASSADOR SNEIDER", "SNEIDER"],
        "government_of_south_korea": ["ROKG"],
    },
    meetings=[
        # "LENGTHY MEETING ON MAY 24 WITH PRESIDENT PARK" -> held, 1976-05-24, place Seoul
        # (the embassy's city; not stated). The attendees (Chang, Kim Chong-yom, the
        # interpreter Choi Kwang-soo, Ambassador Sneider) are not pair rows (aides at the
        # meeting, as the 89b minutes).
        M(["elliot_richardson", "park_chung_hee"], "1976-05-24", "Seoul", IP, H,
          "SUMMARY: SECRETARY RICHARDSON HAD LENGTHY MEETING ON MAY 24 WITH PRESIDENT PARK WHICH FOCUSED ON ECONOMIC AND POLITICAL ISSUES."),
        # Three "BRIEF COURTESY CALLS" -> three held rows, date null (not given), Seoul (as
        # above).
        M(["elliot_richardson", "chung_il_kwon"], None, "Seoul", IP, H,
          "HE ALSO PAID BRIEF COURTESY CALLS ON SPEAKER CHUNG IL-KWON, PRIME MINISTER CHOI KYU-HA, AND FINANCE MINISTER KIM YONG-HWAN."),
        M(["elliot_richardson", "choi_kyu_hah"], None, "Seoul", IP, H,
          "HE ALSO PAID BRIEF COURTESY CALLS ON SPEAKER CHUNG IL-KWON, PRIME MINISTER CHOI KYU-HA, AND FINANCE MINISTER KIM YONG-HWAN."),
        M(["elliot_richardson", "kim_yong_hwan"], None, "Seoul", IP, H,
          "HE ALSO PAID BRIEF COURTESY CALLS ON SPEAKER CHUNG IL-KWON, PRIME MINISTER CHOI KYU-HA, AND FINANCE MINISTER KIM YONG-HWAN."),
        # Not rows: "TOKYO PASS SECRETARY RICHARDSON" (routing). Cable drafters/approvers
        # (JDFORBES, MRFORBES, JLHOGANSON) and the addressee "MR O'DONOHUE" are cable
        # metadata, not actors (as bylines). Removed: at the end the paragraph "3. SECRETARY
        # RESPONDED ... BENEFIT TO U" (one cut-off sentence).
    ],
    roles=[("SPEAKER", "chung_il_kwon"),
           ("PRIME MINISTER", "choi_kyu_hah"),
           ("FINANCE MINISTER", "kim_yong_hwan"),
           ("COMMERCE AND INDUSTRY MINISTER", "chang_yie_joon")],
)

A["test_17911_putin_bush_strelna"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin"],
        "george_w_bush": ["George W. Bush"],
        "g8": ["G8"],
    },
    meetings=[
        # The meeting of 15 July 2006 in Strelna -> held, 2006-07-15; place St Petersburg
        # (the date line "Strelna, St Petersburg"; Strelna lies within St Petersburg).
        M(["vladimir_putin", "george_w_bush"], "2006-07-15", "St Petersburg", IP, H,
          "Beginning of the Meeting with U.S. President George W. Bush"),
        # "Yesterday we had the opportunity to spend several hours together in an informal
        # setting" -> held, 2006-07-14; place St Petersburg (Bush arrived before the summit;
        # the place of the evening is not stated separately).
        M(["vladimir_putin", "george_w_bush"], "2006-07-14", "St Petersburg", IP, H,
          "Yesterday we had the opportunity to spend several hours together in an informal setting."),
        # Not rows: the G8 summit sessions "with our other colleagues" (multilateral). The
        # speaker tag "Resident Vladimir Putin" is the page's typo (kept). Removed: the site
        # header ("View settings", "Font size:", "Site colours:", "Official website of the
        # President of Russia", "Transcripts /") and the repeated date line at the end.
    ],
    roles=[("U.S. President", "george_w_bush"),
           ("Mr President", "george_w_bush")],
)

A["dev_17912_bainimarama_key_auckland"] = dict(
    actors={
        "frank_bainimarama": ["Frank Bainimarama", "Mr Bainimarama"],
        "john_key": ["John Key", "Mr Key"],
    },
    meetings=[
        # The talks at Government House in Auckland "this morning" (caption) / "today's
        # talks" -> held, 2016-10-22 (publish date), Auckland.
        M(["frank_bainimarama", "john_key"], "2016-10-22", "Auckland", IP, H,
          "Fiji's Frank Bainimarama's met with our Prime Minister at Government House in Auckland and emerged in a jovial mood."),
        # Not rows: the quotes (comment); Bainimarama's "first official visit" (the same
        # talks). The byline/photo credit "Barry Soper" is not an actor. "the Prime
        # Minister" is not listed as a role: in Bainimarama's quote it denotes Key, in Key's
        # quote Bainimarama. Removed: the site's player header ("ZB ZB / Live now / ... /
        # Listen live on / ZB"), the repeated title/author/date block and the repeated photo
        # caption, and at the end the cut-off sentence "Journalists were told he wouldn't
        # take questions after making a stat".
    ],
    roles=[("our Prime Minister", "john_key"),
           ("The Fijian prime minister", "frank_bainimarama")],
)
