"""Accuracy corpus, batch 95b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 95a), from the 1960s to the 2020s (1960s:
one (1960), 1970s: three (1974, 1978, 1978), 1980s: one (1988), 1990s: two (1990, 1998), 2000s:
three (2002, 2008, 2008), 2010s: one (2018), 2020s: one (2024); seven of the twelve from before
2000), over the regions (Western Europe: two; South Asia, Middle East, Latin America, East Asia,
Africa, Central Asia/Caucasus, North America, Oceania, Southeast Asia, Eastern Europe/Russia: one
each; all eleven regions covered).
Outlets/sites: TIME (1960, a mirror of the TIME archive at 20.210.105.67), two US embassy cables
on WikiLeaks PlusD (Bonn 1978, Cairo 1974), The American Presidency Project (UCSB, 1978), the
Public Papers of the Presidents on govinfo.gov (1998), Deseret News (1990), the Maravi blog
(a reprint of The Herald, Harare, 2008), the Armenian Diaspora forum (a DeFacto Agency item,
2008), National Newswatch (2024), ABC Radio AM (2002), Rappler (2018) and the Los Angeles Times
archive (AP, 1988).
Text kinds: one newsmagazine story (18901), two diplomatic cables (18902, 18904; the second a
press transcript), two presidential remarks transcripts (18903, 18905), one newspaper story
(18906), one newspaper story reprinted on a blog (18907), one news-agency item on a forum
(18908), one history column (18909), one radio transcript (18910), one news story (18911) and
one wire story in a newspaper archive (18912). All twelve texts are in English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_95a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_95b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-94b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_189NN_<slug>` / `test_189NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The issue line "Monday, May. 09, 1960" (a Monday, checked).
    ("dev_18901_nehru_chou_new_delhi", "South Asia", "1960s", "TIME (archive mirror, 20.210.105.67)", "http://20.210.105.67/txt/time/Time1960/1960-05-09/897460.html", "1960-05-09"),
    # The cable's date-time group "O 312019Z MAR 78" = 1978-03-31 (a Friday, checked).
    ("dev_18902_christopher_schmidt_hamburg", "Western Europe", "1970s", "US Embassy Bonn cable 1978BONN05883 (WikiLeaks PlusD)", "https://search.wikileaks.org/plusd/cables/1978BONN05883_d.html", "1978-03-31"),
    # The document's date "July 14, 1978" (a Friday, checked).
    ("test_18903_carter_schmidt_bonn_remarks", "Western Europe", "1970s", "The American Presidency Project (UCSB; remarks)", "https://www.presidency.ucsb.edu/documents/remarks-and-question-and-answer-session-with-reporters-following-meeting-with-chancellor", "1978-07-14"),
    # The cable's date-time group "O R 110035Z OCT 74" = 1974-10-11 (a Friday, checked); the
    # meeting "OCTOBER 10" = a Thursday.
    ("dev_18904_sadat_kissinger_october_meeting", "Middle East", "1970s", "US Embassy Cairo cable 1974CAIRO08052 (WikiLeaks PlusD)", "https://search.wikileaks.org/plusd/cables/1974CAIRO08052.html", "1974-10-11"),
    # The document's date "April 16, 1998" (a Thursday, checked).
    ("dev_18905_clinton_frei_santiago", "Latin America", "1990s", "Public Papers of the Presidents (govinfo.gov; remarks)", "https://www.govinfo.gov/content/pkg/PPP-1998-book1/html/PPP-1998-book1-doc-pg568-2.htm", "1998-04-16"),
    # The URL date 1990/6/6 (a Wednesday, checked): the text's "Wednesday" = 1990-06-06.
    ("dev_18906_bush_roh_white_house", "East Asia", "1990s", "Deseret News (deseret.com)", "https://www.deseret.com/1990/6/6/18865132/president-welcomes-the-leader-of-s-korea/", "1990-06-06"),
    # The post's date "Sunday, May 11, 2008" (a Sunday, checked): "yesterday" = 2008-05-10.
    ("test_18907_mugabe_mbeki_state_house", "Africa", "2000s", "Maravi blog (maravi.blogspot.com; reprint of The Herald, Harare)", "http://maravi.blogspot.com/2008/05/herald-sadc.html", "2008-05-11"),
    # The item's line "2008-10-01 14:52:00" (a Wednesday, checked).
    ("dev_18908_sargsian_saakashvili_tbilisi", "Central Asia/Caucasus", "2000s", "Armenian Diaspora forum (DeFacto Agency item)", "https://armeniandiaspora.com/forum/2008/october-2008/143858-armenian-georgian-top-level-talks-held-in-tbilisi", "2008-10-01"),
    # The URL date 2024/07/10 (a Wednesday, checked); the column is about July 10, 1981.
    ("dev_18909_trudeau_reagan_washington_1981", "North America", "2020s", "National Newswatch (nationalnewswatch.com; history column)", "https://nationalnewswatch.com/2024/07/10/today-in-canadas-political-history-july-10-1981-ronald-reagan-reports-on-his-talks-in-d-c-with-pierre-trudeau", "2024-07-10"),
    # The line "AM Archive - Wednesday, 14 August , 2002" (a Wednesday, checked): "last night" =
    # 2002-08-13.
    ("dev_18910_howard_somare_port_moresby", "Oceania", "2000s", "ABC Radio AM (abc.net.au; transcript)", "http://www.abc.net.au/am/stories/s648181.htm", "2002-08-14"),
    # The line "Published 8:34 PM, July 14, 2018" (a Saturday, checked; the text: "Saturday,
    # July 14"); "Monday, July 16" = 2018-07-16 (a Monday, checked).
    ("test_18911_duterte_mahathir_planned", "Southeast Asia", "2010s", "Rappler (rappler.com)", "https://www.rappler.com/nation/207301-rodrigo-duterte-departure-malaysia-private-trip?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+rappler+%28Rappler%29", "2018-07-14"),
    # The URL date 1988-07-11 (a Monday, checked): "today" = 1988-07-11.
    ("dev_18912_jaruzelski_gorbachev_warsaw", "Eastern Europe/Russia", "1980s", "Los Angeles Times archive (AP)", "https://www.latimes.com/archives/la-xpm-1988-07-11-mn-4282-story.html", "1988-07-11"),
]

A = {}

A["dev_18901_nehru_chou_new_delhi"] = dict(
    actors={
        "zhou_enlai": ["Chou En-lai", "Chou"],
        "jawaharlal_nehru": ["Jawaharlal Nehru", "Nehru"],
        "parliament_of_india": ["Parliament"],
        # "Nepal, whose King" (unnamed) and "the Indians" are not annotated.
    },
    meetings=[
        # The Nehru-Chou talks in New Delhi (over; "had foundered") -> held, date null (no day
        # in the text), `New Delhi` ("the chilly treatment he had received in New Delhi").
        M(["jawaharlal_nehru", "zhou_enlai"], None, "New Delhi", IP, H,
          "His talks with Chou, he said, had foundered on \"a rock of entirely different sets of facts . . ."),
        # Not rows: Chou's press conference (media); Nehru's statement in Parliament (a plenary).
        # Removed: at the end the robot note "This file is automatically generated by a robot
        # program, so reader's discretion is required."
    ],
    roles=[("Red China's Premier", "zhou_enlai"),
           ("India's Prime Minister", "jawaharlal_nehru")],
)

A["dev_18902_christopher_schmidt_hamburg"] = dict(
    actors={
        "warren_christopher": ["CHRISTOPHER"],
        "helmut_schmidt": ["SCHMIDT", "CHANCELLOR SCHMIDT"],
        "henry_owen": ["HENRY OWEN"],
        # The reporting ambassador ("I") is unnamed; routing lines (AMEMBASSY BONN, SECSTATE
        # WASHDC) are not annotated.
    },
    meetings=[
        # Christopher's meeting with Schmidt on March 31 in Hamburg -> held, 1978-03-31,
        # `Hamburg`.
        M(["warren_christopher", "helmut_schmidt"], "1978-03-31", "Hamburg", IP, H,
          "1. IN ADDITION TO DISCUSSION OF ERW, WHICH WILL BE REPORTED SEPARATELY BY DEPUTY SECRETARY, NUMBER OF OTHER SUBJECTS WERE COVERED BRIEFLY IN CHRISTOPHER'S MEETING MARCH 31 WITH CHANCELLOR SCHMIDT IN HAMBURG."),
        # Not rows: "FREQUENT PERSONAL, HIGHLEVEL CONTACTS" (general); the economic summit
        # (multilateral); Owen's preparatory work (no meeting stated). Removed: at the end the
        # cut-off sentence "FROM THE INCEPTION OF ... THAT, WHILE ECONOMIC SUBJE" with the two
        # interleaved declassification lines ("Sheryl P. Walter Declassified/Released ...").
    ],
    roles=[("DEPUTY SECRETARY", "warren_christopher"),
           ("CHANCELLOR", "helmut_schmidt")],
)

A["test_18903_carter_schmidt_bonn_remarks"] = dict(
    actors={
        "helmut_schmidt": ["Chancellor Helmut Schmidt", "Chancellor Schmidt"],
        "walter_scheel": ["President Scheel"],
        # "THE PRESIDENT" (the US speaker) is never named in the text (the page's photo label
        # "Jimmy Carter photo" was removed, as the label in 18706): no key. "his Secretary of
        # State" is unnamed.
    },
    meetings=[
        # The meeting with Schmidt in Bonn ("We have already worked hard for 3 hours") -> held,
        # 1978-07-14, `Bonn`, one named party (the US President is unnamed). The title is the
        # only sentence naming Schmidt with the meeting and the place.
        M(["helmut_schmidt"], "1978-07-14", "Bonn", IP, H,
          "Remarks and a Question-and-Answer Session With Reporters Following a Meeting With Chancellor Helmut Schmidt in Bonn, Federal Republic of Germany"),
        # Scheel's welcome of the (unnamed) President -> held, 1978-07-14, Bonn, one named
        # party, **required false** (a welcome, as Margaret Kenyatta's in 18712).
        M(["walter_scheel"], "1978-07-14", "Bonn", IP, H,
          "First of all, I want to thank President Scheel and Chancellor Schmidt, the German officials for the superb welcome that they've given us, an opportunity for me to return to Bonn, to revisit Berlin and Frankfurt on this trip.", False),
        # Not rows: "continue our work while eating" and "as Chancellor Schmidt emphasized this
        # morning" (the same meeting); "the so-called summit meeting on Sunday and Monday"
        # (multilateral). Removed: the photo label "Jimmy Carter photo" at the start and at the
        # end the cut-off word "We".
    ],
    roles=[("THE CHANCELLOR", "helmut_schmidt")],
)

A["dev_18904_sadat_kissinger_october_meeting"] = dict(
    actors={
        "anwar_sadat": ["SADAT", "PRESIDENT SADAT"],
        "henry_kissinger": ["KISSINGER", "SECRETARY KISSINGER", "DR. KISSINGER", "KISSINGER, HENRY A."],
        "gerald_ford": ["PRESIDENT FORD"],
        "brent_scowcroft": ["GENERAL SCOWCROFT"],
        "ron_nessen": ["NESSEN"],
        # Routing lines (AMEMBASSY ..., SECSTATE WASHDC, USINT ALGIERS) are not annotated; the
        # speaker tags "(S)", "(K)" are not aliases.
    },
    meetings=[
        # The second meeting, October 10 -> held, 1974-10-10, `Cairo` (the cable is sent from
        # Cairo and Kissinger "WILL RETURN HERE"; the text names no other place).
        M(["anwar_sadat", "henry_kissinger"], "1974-10-10", "Cairo", IP, H,
          "SUBJECT: REMARKS OF PRESIDENT SADAT AND SECRETARY KISSINGER FOLLOWING OCTOBER 10 MEETING"),
        # The first meeting "LAST NIGHT" (before the remarks of October 10) -> held,
        # 1974-10-09, Cairo. One row for the sentence's "last night" (its "this evening" is the
        # row above).
        M(["anwar_sadat", "henry_kissinger"], "1974-10-09", "Cairo", IP, H,
          "THE PRES- IDENT AND I HAVE BOTH LAST NIGHT AND THIS EVENING REVIEWED THE ENTIRE RANGE OF EGYPTIAN UNITED STATES BILATERAL RELATIONSHIPS AS WELL AS PROGRESS TOWARDS PEACE IN THE MIDDLE EAST."),
        # Kissinger's return "ON MONDAY" to review with Sadat -> planned, 1974-10-14 (the
        # Monday after Thursday October 10), Cairo ("HERE").
        M(["henry_kissinger", "anwar_sadat"], "1974-10-14", "Cairo", IP, P,
          "(K): WELL I'M AT THE BEGINNING OF MY TRIP AND I HAVE TO VISIT MANY OTHER COUNTRIES, OF COURSE, I WILL RETURN HERE ON MONDAY TO REVIEW MY CONVERSATION WITH PRESIDENT SADAT SO I WOULD THINK I WOULD BE GOING THROUGH THEM THEN."),
        # Not rows: the press session (media); "I HAVE TO VISIT MANY OTHER COUNTRIES"
        # (unnamed). Removed: at the end the cut-off answer "(S): WELL WE HAVE DISCUSSED THIS
        # ... AND AS DR. KISSINGER SAYS -". The hyphenations "PRES- IDENT", "RE- PEATED" and
        # the interleaved page-header lines are kept.
    ],
    roles=[("THE PRESIDENT", "anwar_sadat"),
           ("THE SECRETARY", "henry_kissinger")],
)

A["dev_18905_clinton_frei_santiago"] = dict(
    actors={
        "bill_clinton": ["William J. Clinton"],
        "eduardo_frei_ruiz_tagle": ["Eduardo Frei", "President Frei"],
        "us_congress": ["Congress"],
        # The header credit "U.S. Government Publishing Office" (a source credit, as "SOURCE:
        # Associated Press" in 18708) is not annotated; the Summit of the Americas is a summit.
    },
    meetings=[
        # The "very lengthy meeting with the U.S. President" before the remarks -> held,
        # 1998-04-16, `Santiago` (the title: "in Santiago").
        M(["eduardo_frei_ruiz_tagle", "bill_clinton"], "1998-04-16", "Santiago", IP, H,
          "I would like to point out that we had a very lengthy meeting with the U.S. President."),
        # Frei's visit to the US "last year" ("get together in Washington") -> held, date null,
        # `Washington`, **required false** (an earlier visit mentioned in passing).
        M(["eduardo_frei_ruiz_tagle", "bill_clinton"], None, "Washington", IP, H,
          "We had a very pleasant visit to the United States last year, and we had the opportunity to get together in Washington to see the Congress, to visit some States, and at that point, I think we kicked off the beginning of our bilateral relationships.", False),
        # Not rows: "We're going to start this meeting" (the delegations' session of the same
        # day and pair); the Summit of the Americas (multilateral). Removed: at the end the
        # cut-off sentence "And the Ministers that are present here will be--have signed about
        # 10 different documents on the environment, cooperation, et ceter". The title's
        # "Eduardo Frei Eduardo of Chile" is kept as found.
    ],
    roles=[("the President of the United States", "bill_clinton"),
           ("the U.S. President", "bill_clinton")],
)

A["dev_18906_bush_roh_white_house"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "roh_tae_woo": ["Roh Tae-woo", "Roh"],
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Gorbachev", "President Gorbachev"],
        "marlin_fitzwater": ["Marlin Fitzwater"],
    },
    meetings=[
        # Bush welcoming Roh at the White House on Wednesday -> held, 1990-06-06,
        # `Washington` (White House -> Washington).
        M(["george_h_w_bush", "roh_tae_woo"], "1990-06-06", "Washington", IP, H,
          "President Bush welcomed South Korean President Roh Tae-woo to the White House Wednesday, saying he thinks Roh's meeting this week with Mikhail Gorbachev was \"very important.\""),
        # Roh's Monday meeting with Gorbachev in San Francisco -> held, 1990-06-04 (the Monday
        # of the same week), `San Francisco`.
        M(["roh_tae_woo", "mikhail_gorbachev"], "1990-06-04", "San Francisco", IP, H,
          "The Monday meeting ended a 42-year gap in relations between South Korea and the Soviet Union and resulted in a prediction by Roh that relations with the superpower would be normalized."),
        # Not rows: "a four-day summit in Washington" (Gorbachev's summit; the counterpart is
        # not stated); "go into details ... after the media left the room" (the same
        # Bush-Roh meeting). Removed: nothing (the excerpt ends on a whole sentence).
    ],
    roles=[("South Korean President", "roh_tae_woo"),
           ("the South Korean president", "roh_tae_woo"),
           ("the Soviet leader", "mikhail_gorbachev"),
           ("the Kremlin leader", "mikhail_gorbachev"),
           ("White House press secretary", "marlin_fitzwater")],
)

A["test_18907_mugabe_mbeki_state_house"] = dict(
    actors={
        "robert_mugabe": ["PRESIDENT Mugabe", "President Mugabe", "Cde Mugabe"],
        "thabo_mbeki": ["President Thabo Mbeki", "President Mbeki"],
        "patrick_chinamasa": ["Cde Patrick Chinamasa"],
        "nicholas_goche": ["Cde Nicholas Goche", "Cde Goche"],
        "zanu_pf": ["Zanu-PF"],
        "movement_for_democratic_change": ["MDC"],
        "sikhanyiso_ndlovu": ["Cde Sikhanyiso Ndlovu", "Cde Ndlovu"],
        "sydney_sekeramayi": ["Cde Sydney Sekeramayi"],
        "didymus_mutasa": ["Cde Didymus Mutasa"],
        "sadc": ["SADC"],
        # The byline "Herald Reporters" and the source tag "(HERALD)" are not annotated.
    },
    meetings=[
        # The talks at State House "yesterday" -> held, 2008-05-10, `Harare`.
        M(["robert_mugabe", "thabo_mbeki"], "2008-05-10", "Harare", IP, H,
          "PRESIDENT Mugabe yesterday held talks with his South African counterpart, President Thabo Mbeki, at State House in Harare."),
        # The second, brief meeting before Mbeki's departure -> held, 2008-05-10, Harare,
        # **required false** (a second short session of the same visit and pair).
        M(["thabo_mbeki", "robert_mugabe"], "2008-05-10", "Harare", IP, H,
          "President Mbeki returned to State House for a brief meeting with Cde Mugabe before departing for the airport, where he was seen off by the President, Defence Minister Cde Sydney Sekeramayi, Cde Goche, State Security Minister Cde Didymus Mutasa and service chiefs.", False),
        # Not rows: the airport welcome and send-off (ceremonial, the same visit); the ministers
        # "also at State House" (attendance); Mbeki meeting the fact-finding mission (unnamed);
        # the South African-brokered talks last year (no named pair). Removed: at the end the
        # cut-off sentence "Sadc heads of state last year mandated ... Constitutional A".
    ],
    roles=[("his South African counterpart", "thabo_mbeki"),
           ("Justice, Legal and Parliamentary Affairs Minister", "patrick_chinamasa"),
           ("Public Service, Labour and Social Welfare Minister", "nicholas_goche"),
           ("the Minister of Information and Publicity", "sikhanyiso_ndlovu"),
           ("Defence Minister", "sydney_sekeramayi"),
           ("State Security Minister", "didymus_mutasa"),
           ("the President", "robert_mugabe")],
)

A["dev_18908_sargsian_saakashvili_tbilisi"] = dict(
    actors={
        "serzh_sargsyan": ["Serge Sargsian"],
        "mikheil_saakashvili": ["Mikhail Saakashvili", "Saakashvili"],
        "regnum": ["Regnum"],
        # The source credit "DeFacto Agency" / "DE FACTO" is not annotated.
    },
    meetings=[
        # The closed-door meeting on September 30 in Tbilisi -> held, 2008-09-30, `Tbilisi`.
        M(["serzh_sargsyan", "mikheil_saakashvili"], "2008-09-30", "Tbilisi", IP, H,
          "A meeting of the RA President Serge Sargsian, who had arrived in Tbilisi on an official visit, and Georgia's President Mikhail Saakashvili behind closed doors was held on September 30."),
        # The expanded negotiations that followed -> held, 2008-09-30, Tbilisi, **required
        # false** (the delegations' session of the same day and pair).
        M(["serzh_sargsyan", "mikheil_saakashvili"], "2008-09-30", "Tbilisi", IP, H,
          "Then Armenian-Georgian talks were followed by expanded negotiations.", False),
        # Not rows: the joint statement and joint briefing (media). Removed: the forum furniture
        # ("Announcement", "Collapse", "No announcement yet.", "Filter", "Time", "Show", "Clear
        # All", "new posts") and at the end the cut-off sentence "\"It will take a few years
        # ... joint projects will \"change economic g".
    ],
    roles=[("RA President", "serzh_sargsyan"),
           ("Georgia's President", "mikheil_saakashvili"),
           ("Georgian President", "mikheil_saakashvili")],
)

A["dev_18909_trudeau_reagan_washington_1981"] = dict(
    actors={
        "pierre_trudeau": ["Pierre Trudeau", "Trudeau", "P.M. Trudeau"],
        "ronald_reagan": ["Ronald Reagan", "President Ronald Reagan", "President Reagan", "Reagan"],
        "jimmy_carter": ["Carter"],
        # The G7 / Ottawa Summit is a summit, not an actor.
    },
    meetings=[
        # The meeting in Washington "on this date in 1981" (the headline: July 10, 1981) ->
        # held, 1981-07-10, `Washington`.
        M(["pierre_trudeau", "ronald_reagan"], "1981-07-10", "Washington", IP, H,
          "Canada’s Prime Minister also took the opportunity at his meeting with President Ronald Reagan to raise a variety of bilateral issues with his American counterpart."),
        # Not rows: "At lunch we finally got around to 3 bilateral issues" (the same meeting);
        # the Ottawa (Montebello) summit (multilateral). Removed: the site label "• National
        # Newswatch" under the headline and at the end the cut-off sentence "\"Our issue had to
        # do with a discrimina".
    ],
    roles=[("Canada’s Prime Minister", "pierre_trudeau"),
           ("his American counterpart", "ronald_reagan")],
)

A["dev_18910_howard_somare_port_moresby"] = dict(
    actors={
        "john_howard": ["John Howard", "JOHN HOWARD"],
        "michael_somare": ["Sir Michael Somare", "Sir Michael"],
        "linda_mottram": ["LINDA MOTTRAM"],
        "shane_mcleod": ["Shane McLeod", "SHANE McLEOD"],
        "keith_norrish": ["Keith Norrish", "KEITH NORRISH"],
        "australian_government": ["Australian Government"],
    },
    meetings=[
        # The meeting with Somare and his cabinet "last night" -> held, 2002-08-13, `Port
        # Moresby` ("who's visiting Port Moresby").
        M(["john_howard", "michael_somare"], "2002-08-13", "Port Moresby", IP, H,
          "SHANE McLEOD: John Howard caught up with the diggers in the midst of a whirlwind tour of Papua New Guinea that last night included a state dinner and a meeting with the recently elected Sir Michael Somare and his new cabinet."),
        # Not rows: "The issue has been discussed between ..." (the same meeting, no separate
        # session stated); the joint trip to Isurava and the Forum in Fiji (a ceremony and a
        # multilateral forum). Removed: the page's programme furniture before the headline
        # ("Linda MottramLinda Mottram presents AM ...", "The World Today", "Correspondents
        # Report", "More Current Affairs:") and at the end the cut-off answer "MICHAEL SOMARE:
        # This is an agreement ... we'l".
    ],
    roles=[("PNG's newly elected Prime Minister", "michael_somare"),
           ("Papua New Guinea correspondent", "shane_mcleod")],
)

A["test_18911_duterte_mahathir_planned"] = dict(
    actors={
        "rodrigo_duterte": ["President Rodrigo Duterte", "Duterte"],
        "mahathir_mohamad": ["Prime Minister Mahathir Mohamad", "Mahathir Mohamad", "Mahathir"],
        "manny_pacquiao": ["Manny Pacquiao", "Senator Manny Pacquiao"],
        "lucas_matthysse": ["Lucas Matthysse"],
        "malacanang": ["Malacañang"],
        "harry_roque": ["Harry Roque", "Roque"],
        "alan_peter_cayetano": ["Alan Peter Cayetano"],
        "hermogenes_esperon": ["Hermogenes Esperon Jr"],
        "mindanao_development_authority": ["Mindanao Development Authority"],
        "abul_khayr_alonto": ["Datu Abul Khayr Alonto"],
        "bong_go": ["Bong Go"],
        "moro_islamic_liberation_front": ["Moro Islamic Liberation Front"],
        "benigno_aquino_iii": ["Benigno Aquino III"],
        "najib_razak": ["Najib Razak"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # The meeting set for Monday, July 16 -> planned, 2018-07-16, `Malaysia` (the text
        # names Kuala Lumpur only for the boxing match; the meeting's city is not stated).
        M(["rodrigo_duterte", "mahathir_mohamad"], "2018-07-16", "Malaysia", IP, P,
          "Duterte is then set to meet Malaysian Prime Minister Mahathir Mohamad on Monday, July 16."),
        # Not rows: the headline's "will also meet with Prime Minister Mahathir Mohamad" (the
        # same planned meeting); Mahathir at the ASEAN forum in the Philippines (multilateral,
        # no meeting stated); the MILF peace negotiations (no named pair). Removed: the search
        # tool's " date 2018-07-14 " prefix and at the end the cut-off credit "– Rapple".
    ],
    roles=[("Malaysian Prime Minister", "mahathir_mohamad"),
           ("Presidential Spokesperson", "harry_roque"),
           ("Foreign Secretary", "alan_peter_cayetano"),
           ("National Security Adviser", "hermogenes_esperon"),
           ("Special Assistant to the President", "bong_go"),
           ("then Philippine president", "benigno_aquino_iii")],
)

A["dev_18912_jaruzelski_gorbachev_warsaw"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "wojciech_jaruzelski": ["Wojciech Jaruzelski"],
        "raisa_gorbacheva": ["Raisa"],
        "polish_united_workers_party": ["Polish Communist Party"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
        "sejm": ["Polish Parliament"],
        "aeroflot": ["Aeroflot"],
        "nato": ["NATO", "North Atlantic Treaty Organization"],
        "warsaw_pact": ["Warsaw Pact"],
        # The credit "Associated Press" is not annotated.
    },
    meetings=[
        # Jaruzelski greeting Gorbachev at Okecie Airport on arrival (the day of the story) ->
        # held, 1988-07-11, `Warsaw`.
        M(["wojciech_jaruzelski", "mikhail_gorbachev"], "1988-07-11", "Warsaw", IP, H,
          "Polish Communist Party General Secretary Wojciech Jaruzelski greeted Gorbachev and his wife, Raisa, when their Aeroflot jet arrived at Warsaw’s Okecie Airport on a mild, sunny morning."),
        # Jaruzelski greeting Raisa Gorbacheva -> held, same day and place, **required false**
        # (a spouse greeted, as Margaret Kenyatta in 18712).
        M(["wojciech_jaruzelski", "raisa_gorbacheva"], "1988-07-11", "Warsaw", IP, H,
          "Polish Communist Party General Secretary Wojciech Jaruzelski greeted Gorbachev and his wife, Raisa, when their Aeroflot jet arrived at Warsaw’s Okecie Airport on a mild, sunny morning.", False),
        # Not rows: the address to the Polish Parliament (a plenary); the proposed informal
        # East-West talks (a proposal, unnamed leaders); chats with citizens. Removed: the page
        # furniture "Advertisement" and "Share" and at the end the cut-off sentence "Referring
        # indirectly to a trouble area in the ostensibly friendly relations between the Soviet
        # Un".
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"),
           ("Polish Communist Party General Secretary", "wojciech_jaruzelski"),
           ("his wife", "raisa_gorbacheva"),
           ("the Soviet Communist Party general secretary", "mikhail_gorbachev")],
)
