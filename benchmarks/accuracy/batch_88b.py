"""Accuracy corpus, batch 88b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 88a), from the 1950s to the 2020s (1950s:
one (1958), 1960s: three (1960, 1960, 1962), 1970s: two (1972, 1978), 1990s: one (1994), 2000s:
two (2008, 2008), 2010s: one (2016), 2020s: two (2020, 2022); seven of the twelve from before
2000), over the regions (Middle East: two; East Asia: two; South Asia, Western Europe, Southeast
Asia, Latin America, Africa, Eastern Europe/Russia, Oceania, Central Asia/Caucasus: one each; no
North America page was found that was new, in an even year and dated).
Outlets/sites: Wilson Center Digital Archive (a Xinhua cable, 1960), a US embassy cable (WikiLeaks
PlusD, 1978), Papers Past (The Press, Christchurch, 1958 and 1960; NZPA cables), a Nixon tape
transcript (Scribd, 1972), Aljasiira News (2020), nippon.com (Jiji Press, 2022), Trend (trend.az,
AP, 2008), The Arab Weekly (AFP-style story, 2016), PM Transcripts (a Keating press-conference
transcript, 1994), the President of Armenia's site (an official release, 2008) and "The World
and Japan" database (a prime minister's letter, 1962).
Text kinds: six news stories (17503, 17504, 17506, 17507, 17508, 17509), two diplomatic cables
(17501, 17502), two transcripts (17505 a taped conversation, 17510 a press conference), one
official release (17511) and one official letter (17512). All twelve texts are in English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_88a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_88b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-87b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_175NN_<slug>` / `test_175NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The cable's own date lines "February 24, 1960" / "24 February 1960" (a Wednesday,
    # checked); "on 1 March" = 1960-03-01 (a Tuesday).
    ("dev_17501_nehru_khrushchev_calcutta_cable", "South Asia", "1960s", "Wilson Center Digital Archive (cable of the Xinhua Branch in New Delhi)", "https://wilson-center-digital-archive.dvincitest.com/document/cable-xinhua-branch-new-delhi-sino-indian-border-issue-mentioned-nehru-khrushchev-talks", "1960-02-24"),
    # The cable's date-time group "O 281250Z JAN 78" = 1978-01-28 (a Saturday, checked);
    # "TODAY" = 1978-01-28.
    ("dev_17502_sadat_carter_cairo_cable", "Middle East", "1970s", "US Embassy Cairo cable 1978CAIRO03198 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1978CAIRO03198_d.html", "1978-01-28"),
    # The Papers Past id CHP19600730 = The Press, 30 July 1960 (a Saturday, checked); the
    # dateline "PARIS, July 29" (a Friday) and "today" = 1960-07-29.
    ("test_17503_adenauer_de_gaulle_paris", "Western Europe", "1960s", "The Press (Christchurch), via Papers Past (N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19600730.2.136", "1960-07-30"),
    # The Papers Past id CHP19580110 = The Press, 10 January 1958 (a Friday, checked); the
    # dateline "NEW DELHI, January 9" (a Thursday) and "today" / "this morning" = 1958-01-09.
    ("dev_17504_soekarno_macmillan_new_delhi", "Southeast Asia", "1950s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19580110.2.88", "1958-01-10"),
    # The transcript's header "June 15, 1972 10:31 am 12:10 pm Conversation No. 735-1" (a
    # Thursday, checked): the conversation's own date (the page is an undated Scribd upload of
    # the Nixon Library transcript).
    ("dev_17505_nixon_echeverria_oval_office", "Latin America", "1970s", "Scribd (ro.scribd.com; transcript of Nixon White House tape, conversation 735-1)", "https://ro.scribd.com/document/201307660/Nixon-LEA-1972-06-15", "1972-06-15"),
    # The URL (/2020/03/27/) gives 2020-03-27 (a Friday, checked); the call's day is not given.
    ("dev_17506_abiy_farmajo_phone", "Africa", "2020s", "Aljasiira News (aljasiiranews.com)", "https://aljasiiranews.com/2020/03/27/ethiopian-pm-talk-teleconference-with-somalia-president/", "2020-03-27"),
    # The dateline "Tokyo, Jan. 22" and the search result's date 2022-01-22 (a Saturday,
    # checked): "Friday" = 2022-01-21.
    ("test_17507_kishida_biden_video", "East Asia", "2020s", "nippon.com (Jiji Press)", "https://www.nippon.com/en/news/yjj2022012101021/kishida-biden-agree-to-launch-2-plus-2-economic-talks.html", "2022-01-22"),
    # The page's "6 April 2008 02:46 (UTC +04:00)" (a Sunday, checked): "Sunday" (the talks) =
    # 2008-04-06; the dinner's day is not stated.
    ("dev_17508_bush_putin_sochi_dinner", "Eastern Europe/Russia", "2000s", "Trend (en.trend.az; AP)", "https://en.trend.az/world/other/1170106.html", "2008-04-06"),
    # The page's date line "Sunday 04/09/2016" = 4 September 2016 (a Sunday, checked, so the
    # line is day/month/year). "on Monday" is NOT resolved (see the meeting's comment).
    ("dev_17509_netanyahu_bogdanov_jerusalem", "Middle East", "2010s", "The Arab Weekly (thearabweekly.com)", "https://thearabweekly.com/israel-pm-discusses-possible-abbas-meeting-russia-envoy", "2016-09-04"),
    # The transcript's title "TUESDAY, 28 JUNE 1994" and the page's "Release Date: 28/06/1994"
    # (a Tuesday, checked): "this morning" = 1994-06-28.
    ("dev_17510_keating_soeharto_jakarta", "Oceania", "1990s", "PM Transcripts (Australian Prime Minister's Office; press-conference transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-9266", "1994-06-28"),
    # The URL (/2008/09/30/) and the visit dates "30.09.2008 - 01.10.2008" (2008-09-30 a
    # Tuesday, checked): "On the first day of the official visit" = 2008-09-30.
    ("test_17511_sargsyan_saakashvili_tbilisi", "Central Asia/Caucasus", "2000s", "President of the Republic of Armenia (president.am; official release)", "http://www.president.am/en/foreign-visits/item/2008/09/30/news-38/", "2008-09-30"),
    # The letter's "[Date] November 3, 1962" / "Tokyo, November 3, 1962" (a Saturday,
    # checked); the meetings' days are not given.
    ("dev_17512_ikeda_kim_jong_pil_letter", "East Asia", "1960s", "\"The World and Japan\" Database (worldjpn.net, GRIPS/University of Tokyo; letter of the Japanese Prime Minister)", "https://worldjpn.net/documents/texts/JPKR/19621103.O1E.html", "1962-11-03"),
]

A = {}

A["dev_17501_nehru_khrushchev_calcutta_cable"] = dict(
    actors={
        "jawaharlal_nehru": ["Nehru"],
        "nikita_khrushchev": ["Nikita Khrushchev", "Khrushchev"],
        "zhou_enlai": ["Premier Zhou", "Zhou"],
        # New key; "Gao Liang" stands in the text only inside the typo "Gao Liangwill" (the
        # alias is the name as printed before the run-on).
        "gao_liang": ["Gao Liang"],
        "xinhua_news_agency": ["Xinhua Branch in New Delhi", "Xinhua Press Headquarters", "Xinhua Office in New Delhi", "Xinhua"],
        # New key.
        "chinese_embassy_in_india": ["The Chinese Embassy in India"],
    },
    meetings=[
        # "the Nehru-Khrushchev talks" (Khrushchev's visit to India, days not given in the
        # text) -> held, date null, place India (the station's country; the talks' city is not
        # stated: "continue talks in Calcutta" implies the earlier talks were elsewhere). A
        # reviewer could set New Delhi or null.
        M(["jawaharlal_nehru", "nikita_khrushchev"], None, "India", IP, H,
          "The Sino-Indian border issue was briefly raised during the Nehru-Khrushchev talks and Khrushchev took a non-interventionist stance."),
        # "will continue talks in Calcutta on 1 March" -> planned, 1960-03-01, Calcutta.
        M(["jawaharlal_nehru", "nikita_khrushchev"], "1960-03-01", "Calcutta", IP, P,
          "Nehru and Khrushchev will continue talks in Calcutta on 1 March; Gao Liangwill go to gain further understanding of the situation."),
        # Not rows: Nehru's letter to Premier Zhou "inviting him to meet for talks" (a letter and
        # an invitation not yet accepted in the text); Gao Liang "will go to gain further
        # understanding" (no named counterpart). The repeated summary line about the talks is
        # the same meeting. Removed: the site's sponsor line "This document was made possible
        # with support from MacArthur Foundation" and, at the end, the site's "Associated
        # Places / Related Documents / Document Information / Source ..." block.
    ],
    roles=[],
)

A["dev_17502_sadat_carter_cairo_cable"] = dict(
    actors={
        "anwar_sadat": ["SADAT"],
        "jimmy_carter": ["PRESIDENT CARTER", "CARTER"],
        "ezer_weizman": ["WEIZMAN"],
    },
    meetings=[
        # "HAVE TODAY BEEN IN TOUCH WITH SADAT ... I TOLD HIM" -> the (unnamed) US ambassador
        # -> one-party row, held, 1978-01-28, place Cairo (the sending embassy's city; not stated
        # for the contact), kind in_person by default but "IN TOUCH" may be a telephone contact
        # -> **required false**.
        M(["anwar_sadat"], "1978-01-28", "Cairo", IP, H,
          "1. HAVE TODAY BEEN IN TOUCH WITH SADAT TO CONVEY TO HIM YOUR VIEWS ON HIS IDEA THAT THE SECURITY COMMITTEE RECONVENING BE DEFERRED UNTIL AFTER HIS VISIT TO THE U.S.", False),
        # "PRESIDENT CARTER WHEN THE LATTER TELEPHONED HIM ON ... THE EVENING OF THE RECALL OF
        # THE EGYPTIAN DELEGATION" -> held, phone, date null (the recall's day is not given),
        # place null. The sentence runs over the cable's page break (header lines kept
        # verbatim inside the evidence).
        M(["jimmy_carter", "anwar_sadat"], None, None, PH, H,
          "2. SADAT RECALLED THAT HE HAD INITIALLY AGREED TO A RECONVENING OF THE SECURITY COMMITTEE AS A \"CONCESSION\" TO PRESIDENT CARTER WHEN THE LATTER TELEPHONED HIM ON SECRET SECRET PAGE 02 CAIRO 03198 281309Z THE EVENING OF THE RECALL OF THE EGYPTIAN DELEGATION."),
        # Not rows: "HIS VISIT TO THE U.S." (a visit to a country, no host named); "SENDING
        # WEIZMAN BACK TO CAIRO" for the Security Committee (delegation talks, no named
        # counterpart; conditional). Kept inside the text: the declassification stamps "Sheryl
        # P. Walter Declassified/Released ..." (they interrupt a sentence). Removed: at the end,
        # the cut-off paragraph "3. SADAT EMPHASIZED, HOWEVER, THAT HE IS NOT ANXIOUS TO HAVE
        # THE SECURITY COMMITTEE BEGIN SUBSTANTIVE DISCUSSIONS UNTIL, AS HE PUT".
    ],
    roles=[("PRESIDENT CARTER", "jimmy_carter")],
)

A["test_17503_adenauer_de_gaulle_paris"] = dict(
    actors={
        "charles_de_gaulle": ["President de Gaulle", "General de Gaulle", "De Gaulle", "de Gaulle"],
        "konrad_adenauer": ["Dr. Adenauer", "Adenauer"],
        # New key.
        "news_chronicle": ["News Chronicle"],
    },
    meetings=[
        # "President de Gaulle and the German Chancellor, Dr. Adenauer, today start a week-end of
        # top-secret talks near Paris" -> held (starting on the dateline's day), 1960-07-29,
        # place Paris ("near Paris"; the exact site is not named).
        M(["charles_de_gaulle", "konrad_adenauer"], "1960-07-29", "Paris", IP, H,
          "(Rec. 10 p.m.) PARIS, July 29. President de Gaulle and the German Chancellor, Dr. Adenauer, today start a week-end of top-secret talks near Paris aimed at pulling Europe closer together in the face of increasing world tensions."),
        # Not rows: "a general conference of leaders from other Continental nations" (a possible
        # multilateral conference); "the week-end meeting" / "the hastilycalled meeting" are the
        # same talks. The agency line "(N.Z. Preu Association—Copyright)" is kept (as in the
        # other Papers Past texts) and not annotated. Removed: at the start, the page's
        # "Article image" lines; at the end, the cut-off sentence "They feel that a convincing
        # demonstration of European unity and particularly •of Paris-Bonn unity might be a sa".
    ],
    roles=[("the German Chancellor", "konrad_adenauer")],
)

A["dev_17504_soekarno_macmillan_new_delhi"] = dict(
    actors={
        "harold_macmillan": ["Mr Macmillan", "Macmillan"],
        "sukarno": ["President Soekarno", "Dr. Soekarno", "Soekarno"],
        "jawaharlal_nehru": ["Mr Nehru", "Nehru"],
        # New key.
        "dorothy_macmillan": ["Lady Dorothy Macmillan"],
        "indira_gandhi": ["Mrs Indira Gandhi"],
        # New key.
        "british_high_commission_india": ["British High Commission"],
    },
    meetings=[
        # "met President Soekarno of Indonesia at lunch today as the guest of the Indian Prime
        # Minister, Mr Nehru" -> held, 1958-01-09, New Delhi.
        M(["harold_macmillan", "sukarno"], "1958-01-09", "New Delhi", IP, H,
          "The British Prime Minister (Mr Macmillan) met President Soekarno of Indonesia at lunch today as the guest of the Indian Prime Minister, Mr Nehru."),
        # Nehru is the host of that lunch (a participant of a three-person meal) -> two pair
        # rows, **required false** (the text presents the Macmillan-Soekarno meeting; the host
        # is named only as such). Lady Dorothy Macmillan and Indira Gandhi "were at the lunch"
        # (present, not participants).
        M(["harold_macmillan", "jawaharlal_nehru"], "1958-01-09", "New Delhi", IP, H,
          "The British Prime Minister (Mr Macmillan) met President Soekarno of Indonesia at lunch today as the guest of the Indian Prime Minister, Mr Nehru.", False),
        M(["sukarno", "jawaharlal_nehru"], "1958-01-09", "New Delhi", IP, H,
          "The British Prime Minister (Mr Macmillan) met President Soekarno of Indonesia at lunch today as the guest of the Indian Prime Minister, Mr Nehru.", False),
        # "Dr. Soekarno this morning had his third meeting with Mr Nehru" -> the morning meeting
        # (a specific one) -> held, 1958-01-09, New Delhi ("in Delhi"). The two earlier
        # meetings are a count -> no rows.
        M(["sukarno", "jawaharlal_nehru"], "1958-01-09", "New Delhi", IP, H,
          "Dr. Soekarno this morning had his third meeting with Mr Nehru since his arrival in Delhi two days ago."),
        # Not rows: Nehru's statement through a spokesman; "Indonesian sources said Dr. Soekarno
        # had assured Mr Macmillan" is the same lunch. Removed: at the start, the "Article
        # image" lines; at the end, the cut-off paragraph "Mr Macmillan today laid a wreath on
        # the spot where Mahatma Gandhi, India’s independence leader, was cremated after he was
        # assass".
    ],
    roles=[("The British Prime Minister", "harold_macmillan"),
           ("the Indian Prime Minister", "jawaharlal_nehru"),
           ("Mr Nehru’s daughter", "indira_gandhi"),
           ("his hostess", "indira_gandhi")],
)

A["dev_17505_nixon_echeverria_oval_office"] = dict(
    actors={
        "richard_nixon": ["Nixon"],
        # "Echeverra" (sic, the accent lost) is kept as written.
        "luis_echeverria": ["Luis Echeverra Alvarez"],
        "alexander_haig": ["Alexander M. Haig, Jr."],
        # New key.
        "donald_f_barnes": ["Donald F. Barnes"],
        "henry_kissinger": ["Dr. Kissinger"],
    },
    meetings=[
        # "[The President met with Luis Echeverra Alvarez, Alexander M. Haig, Jr. and translator
        # Donald F. Barnes]" -> Nixon-Echeverría, held, 1972-06-15, Washington (Oval Office ->
        # its city, as in earlier batches). Haig (the President's aide) and the translator
        # Barnes are staff present -> actors, not participants (no pair rows).
        M(["richard_nixon", "luis_echeverria"], "1972-06-15", "Washington", IP, H,
          ". 2246-2248 Oval Office [The President met with Luis Echeverra Alvarez, Alexander M. Haig, Jr. and translator Donald F. Barnes] [Seating arrangements, press photos, introductions, small talk] Nixon: Well I want to say that we I think its very appropriate that the first meeting that we have after I returned from Moscow is with the President of Mexico."),
        # "If you like, after he returns ... I would like to have him come to Mexico City and
        # give you a first-hand report" -> Kissinger-Echeverría, planned (an offer, conditional)
        # -> **required false**, date null, Mexico City.
        M(["henry_kissinger", "luis_echeverria"], None, "Mexico City", IP, P,
          "Nixon: If you like, after he returns some time later in the summer I would like to have him come to Mexico City and give you a first-hand report on his trip as he did earlier when he used to go to Acapulco.", False),
        # Not rows: Kissinger's trip to China (a country, no named host); his earlier Acapulco
        # reports (vague past meetings); "weve only met once before" (an earlier, unspecified
        # meeting); the staff talks (unnamed). Removed: at the start, the Scribd line "Sunteți
        # pe pagina 1din 27" (the site's Romanian page counter); at the end, the cut-off
        # "Translator: Bueno, quiero Nixon: And then go to other subjects i".
    ],
    roles=[("The President", "richard_nixon"),
           ("the President of Mexico", "luis_echeverria"),
           ("Mr. President", "luis_echeverria"),
           ("translator", "donald_f_barnes")],
)

A["dev_17506_abiy_farmajo_phone"] = dict(
    actors={
        "mohamed_abdullahi_farmajo": ["Mohamed Abdullahi Farmajo", "Farmajo"],
        "abiy_ahmed": ["Abiy Ahmed", "Aby Ahmed"],
        "igad": ["IGAD"],
        # New key.
        "twitter": ["Twitter"],
    },
    meetings=[
        # "spoke on the phone" -> held, phone, date null (the day is not given), place null.
        M(["mohamed_abdullahi_farmajo", "abiy_ahmed"], None, None, PH, H,
          "Addis Ababa (AL): – Somali President Mohamed Abdullahi Farmajo and Ethiopian Prime Minister Abiy Ahmed spoke on the phone, according to a tweet posted on his Twitter account."),
        # Not rows: the "telephone conversation with all the leaders of the IGAD member states"
        # (a multilateral call; the other presidents are unnamed); "agreed to meet together"
        # (unnamed leaders, no meeting fixed). Removed: at the end, the site's "LEAVE A REPLY"
        # comment form.
    ],
    roles=[("Somali President", "mohamed_abdullahi_farmajo"),
           ("Somalia President", "mohamed_abdullahi_farmajo"),
           ("Ethiopian Prime Minister", "abiy_ahmed"),
           ("Ethiopian PM", "abiy_ahmed"),
           ("The prime minister", "abiy_ahmed")],
)

A["test_17507_kishida_biden_video"] = dict(
    actors={
        "fumio_kishida": ["Japanese Prime Minister Fumio Kishida", "Fumio Kishida", "Kishida"],
        "joe_biden": ["U.S. President Joe Biden", "Joe Biden", "Biden"],
        # New key.
        "quad": ["Quad"],
    },
    meetings=[
        # "agreed Friday" / "During their 80-minute video conference" -> held, video, 2022-01-21,
        # place null.
        M(["fumio_kishida", "joe_biden"], "2022-01-21", None, VID, H,
          "During their 80-minute video conference, Kishida and Biden confirmed their commitment to beefing up the deterrence power and response capability of the Japan-U.S. alliance."),
        # "They held telephone talks in October" -> held, phone, date null (month only).
        M(["fumio_kishida", "joe_biden"], None, None, PH, H,
          "They held telephone talks in October and had a short conversation in Britain in November, on the sidelines of a U.N. climate conference."),
        # "had a short conversation in Britain in November, on the sidelines of a U.N. climate
        # conference" -> held, in person, date null, place Britain (no city).
        M(["fumio_kishida", "joe_biden"], None, "Britain", IP, H,
          "They held telephone talks in October and had a short conversation in Britain in November, on the sidelines of a U.N. climate conference."),
        # Not rows: the Quad summit in Japan (multilateral) and Biden's visit to Japan to attend
        # it; Kishida's US visit that "has yet to be realized" (not held); the two-plus-two
        # dialogue of (unnamed) ministers. Removed: at the start, the tool's " date 2022-01-22"
        # prefix and the site label "Newsfrom Japan".
    ],
    roles=[("Japanese Prime Minister", "fumio_kishida"),
           ("U.S. President", "joe_biden"),
           ("the U.S. president", "joe_biden")],
)

A["dev_17508_bush_putin_sochi_dinner"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "laura_bush": ["Laura Bush", "Laura"],
        "dmitry_medvedev": ["Dmitry Medvedev", "Medvedev"],
        "condoleezza_rice": ["Secretary of State Condoleezza Rice", "Condoleezza Rice"],
        "sergey_lavrov": ["Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov"],
        "dana_perino": ["White House press secretary Dana Perino", "Dana Perino"],
        "white_house": ["White House"],
        # New key.
        "google": ["Google"],
    },
    meetings=[
        # The farewell get-together with dinner at Putin's Black Sea retreat -> held, date null
        # (the page is dated Sunday 02:46 local time; the day of the dinner is not stated),
        # place null (the text names neither Sochi nor a country; "Putin's retreat ... at the
        # shores of the Black Sea"; a reviewer could set Russia). The greeting, walking tour and
        # dance are the same meeting.
        M(["george_w_bush", "vladimir_putin"], None, None, IP, H,
          "At a troubled time in U.S.-Russian relations, there were no frowns when Vladimir Putin and George W. Bush got together for their last time as presidents."),
        # Rice "was at a table with ... Lavrov, presumably going over business" -> held, same
        # dinner, **required false** (an inferred conversation at a dinner table).
        M(["condoleezza_rice", "sergey_lavrov"], None, None, IP, H,
          "While Bush and Putin relaxed, Secretary of State Condoleezza Rice was at a table with Russian Foreign Minister Sergey Lavrov, presumably going over business for the presidents' talks Sunday.", False),
        # "the presidents' talks Sunday" -> planned, 2008-04-06 (the page's own day, a Sunday),
        # place null.
        M(["george_w_bush", "vladimir_putin"], "2008-04-06", None, IP, P,
          "While Bush and Putin relaxed, Secretary of State Condoleezza Rice was at a table with Russian Foreign Minister Sergey Lavrov, presumably going over business for the presidents' talks Sunday."),
        # Not rows: Laura Bush and Medvedev at the dinner (present; seating only); "the 28th
        # meeting between Bush and Putin" (a count; the same meeting). Removed: the agency tag
        # "(AP) - " before the first sentence; at the end, the cut-off sentence "They seem to
        # get along well even when they fiercely disagree, as they increasingly do on issues
        # such as missile defense, democracy, Iraq, Kosovo'". The line "Other News Materials 6
        # April 2008 02:46 (UTC +04:00)" (section and date line) is kept.
    ],
    roles=[("White House press secretary", "dana_perino"),
           ("Secretary of State", "condoleezza_rice"),
           ("Russian Foreign Minister", "sergey_lavrov"),
           ("Putin's hand-picked successor", "dmitry_medvedev"),
           ("the first lady", "laura_bush"),
           ("his wife", "laura_bush"),
           ("his American visitor", "george_w_bush")],
)

A["dev_17509_netanyahu_bogdanov_jerusalem"] = dict(
    actors={
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu"],
        "mahmoud_abbas": ["Mahmud Abbas", "Abbas"],
        "mikhail_bogdanov": ["Mikhail Bogdanov"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "abdel_fattah_el_sisi": ["Abdel Fattah al-Sisi"],
    },
    meetings=[
        # "discussed with a Russian envoy" / "held talks in Jerusalem with Mikhail Bogdanov" ->
        # held, Jerusalem, **date null**: "on Monday" cannot be resolved safely against the
        # page's "Sunday 04/09/2016" (the previous Monday would be 2016-08-29, but the date line
        # may be the weekly's issue date preceding the story; a reviewer could set 2016-08-29).
        M(["benjamin_netanyahu", "mikhail_bogdanov"], None, "Jerusalem", IP, H,
          "Netanyahu's office said he was open to such a meeting after he held talks in Jerusalem with Mikhail Bogdanov, President Vladimir Putin's Middle East envoy."),
        # "The last substantial public meeting between Abbas and Netanyahu is thought to have
        # been in 2010" -> held, date null (a year), place null, **required false** (a hedged
        # background reference).
        M(["mahmoud_abbas", "benjamin_netanyahu"], None, None, IP, H,
          "The last substantial public meeting between Abbas and Netanyahu is thought to have been in 2010, though there have been unconfirmed reports of secret meetings since then.", False),
        # Not rows: Putin's proposal to host a Netanyahu-Abbas meeting in Moscow (a proposal
        # under review, not agreed or scheduled); the Israeli-Palestinian summit Putin "wanted
        # to host" (a wish); "unconfirmed reports of secret meetings" (unspecified).
    ],
    roles=[("Israel's Prime Minister", "benjamin_netanyahu"),
           ("Israel PM", "benjamin_netanyahu"),
           ("Palestinian president", "mahmoud_abbas"),
           ("a Russian envoy", "mikhail_bogdanov"),
           ("Russia envoy", "mikhail_bogdanov"),
           ("President Vladimir Putin's Middle East envoy", "mikhail_bogdanov"),
           ("the Russian president", "vladimir_putin"),
           ("Egyptian President", "abdel_fattah_el_sisi"),
           ("The prime minister", "benjamin_netanyahu")],
)

A["dev_17510_keating_soeharto_jakarta"] = dict(
    actors={
        "paul_keating": ["THE HON P.J. KEATING MP", "THE HON P. J. KEATING MP", "KEATING"],
        "soeharto": ["President Soeharto", "Soeharto"],
        "apec": ["APEC"],
    },
    meetings=[
        # "the meeting I had this morning with President Soeharto" (the speaker "PMV" is the
        # Prime Minister named in the title) -> held, 1994-06-28, Jakarta (the press
        # conference's city). The second mention ("which lasted two hours") is the same meeting.
        M(["paul_keating", "soeharto"], "1994-06-28", "Jakarta", IP, H,
          "PMV: You wanted some details and impressions of the meeting I had this morning with President Soeharto and I'm very happy to give you an opening stateme-nt -and I'll take questions."),
        # Not rows: "a constant flow of ministers back and forth" (general); APEC in Seattle /
        # Bogor (multilateral). Removed: at the start, the site header ("PM Transcripts ...")
        # and the page's metadata block (period of service, release date, type, id, document,
        # released by); at the end, the cut-off sentence "That is, the work of the special
        # assistance led by Mr Bintoro ... to a point of adoption and a".
    ],
    roles=[("THE PRIME MINISTER", "paul_keating"),
           ("The President", "soeharto"),
           ("the President's point of view", "soeharto")],
)

A["test_17511_sargsyan_saakashvili_tbilisi"] = dict(
    actors={
        "serzh_sargsyan": ["President Serzh Sargsyan", "Serzh Sargsyan"],
        # "Sahakashvili" (sic) kept as written.
        "mikheil_saakashvili": ["Mikhail Sahakashvili"],
    },
    meetings=[
        # "On the first day of the official visit to Georgia, President Serzh Sargsyan met in
        # Tbilisi with his counterpart" -> held, 2008-09-30 (first day of "30.09.2008 -
        # 01.10.2008"), Tbilisi.
        M(["serzh_sargsyan", "mikheil_saakashvili"], "2008-09-30", "Tbilisi", IP, H,
          "On the first day of the official visit to Georgia, President Serzh Sargsyan met in Tbilisi with his counterpart Mikhail Sahakashvili."),
        # Not rows: the future consortium of (unnamed) government representatives. Removed: at
        # the start, the site's section label "Foreign visits"; at the end, the cut-off
        # "President Sahakashvili expressed gratit".
    ],
    roles=[("his counterpart", "mikheil_saakashvili"),
           ("the President of Armenia", "serzh_sargsyan")],
)

A["dev_17512_ikeda_kim_jong_pil_letter"] = dict(
    actors={
        # New key.
        "hayato_ikeda": ["Hayato Ikeda"],
        "park_chung_hee": ["Chung Hee Park", "Mr. Chung Hee Park"],
        "kim_jong_pil": ["Col. Chong Pil Kim", "Chong Pil Kim", "Col. Kim"],
        "masayoshi_ohira": ["Foreign Minister Masayoshi Ohira", "Masayoshi Ohira"],
        # New key.
        "korean_central_intelligence_agency": ["Central Intelligence Agency"],
    },
    meetings=[
        # "Foreign Minister Masayoshi Ohira and I respectively conferred with Col. Kim" (the
        # writer "I" is Ikeda, named as the letter's author) -> two separate meetings
        # ("respectively"): Ikeda-Kim and Ohira-Kim, held, date null, place Japan (Kim's "visit
        # to Japan"; no city for the talks). The delivery of Park's letter is the Ikeda-Kim
        # meeting.
        M(["hayato_ikeda", "kim_jong_pil"], None, "Japan", IP, H,
          "Foreign Minister Masayoshi Ohira and I respectively conferred with Col. Kim and exchanged frank views on the problems between Japan and Korea."),
        M(["masayoshi_ohira", "kim_jong_pil"], None, "Japan", IP, H,
          "Foreign Minister Masayoshi Ohira and I respectively conferred with Col. Kim and exchanged frank views on the problems between Japan and Korea."),
        # Not rows: the two letters (Park's of October 19 and this one); Kim's next visit to
        # Japan (a country) and the hoped-for transmission of the letter to Park (no meeting
        # announced); the "Japan - Korea Overall Talks" (delegation negotiations, unnamed).
        # Removed: at the start, the database banner ("\"The World and Japan\" Database
        # (Project Leader: TANAKA Akihiko) ...", three lines).
    ],
    roles=[("Prime Minister of Japan", "hayato_ikeda"),
           ("Acting President of the Republic of Korea", "park_chung_hee"),
           ("Chairman of the Supreme Council", "park_chung_hee"),
           ("Your Excellency", "park_chung_hee"),
           ("Director of the Central Intelligence Agency", "kim_jong_pil")],
)
