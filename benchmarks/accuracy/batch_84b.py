"""Accuracy corpus, batch 84b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 84a), from the 1970s to the 2020s (1970s:
one (1976), 1990s: four (1990, 1990, 1994, 1994), 2000s: three (2006, 2008, 2008), 2010s: two
(2016, 2018, the second without a date on the page), 2020s: one (2022), plus one 2010s article
dated by its text (2018); five of the twelve from before 2000, as the brief asked for at least
five), over the regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa,
Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East Asia,
Oceania: one each).
Outlets/sites: Kathmandu Metro (2008), A News (anews.com.tr, 2022), a US Embassy Nairobi cable
(via the WikiLeaks PlusD archive, 1976), the Los Angeles Times (1990), TwoCircles.net (a Xinhua
story, 2008), MercoPress (2006), the John Major Archive (a joint press conference transcript,
1994), The Straits Times (2018), The Daily Manila Shimbun (2018), PM Transcripts (an Australian
Prime Minister's Office transcript, 1990), The Independent (1994) and the Toronto Star (2016).
Nine are news stories; one is a diplomatic cable and two are official transcripts (within the
brief's limits of two official releases and one cable).
The pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch
files), and so, as far as the greps show, are their meetings (principals and actor keys grepped;
see the notes for the nearest).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_84b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-83b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_167NN_<slug>` / `test_167NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The issue line "Issue 48, November 30, 2008" (a Sunday, checked) is `published`; "on
    # Tuesday, November 25, 2008" (a Tuesday, checked) = 2008-11-25; "November 24, 2008" (the
    # arrival, no row).
    ("dev_16701_mukherjee_koirala_kathmandu", "South Asia", "2000s", "Kathmandu Metro (kathmandumetro.com)", "http://www.kathmandumetro.com/news/indian-foreign-minister2019s-nepal-visit", "2008-11-30"),
    # No date line in the excerpt; the URL (/world/2022/05/28/) gives 2022-05-28 (a Saturday,
    # checked): "on Saturday" = 2022-05-28.
    ("dev_16702_aliyev_akar_baku", "Central Asia/Caucasus", "2020s", "A News (anews.com.tr)", "https://www.anews.com.tr/world/2022/05/28/aliyev-receives-turkish-national-defense-minister-in-baku", "2022-05-28"),
    # A US embassy cable (Nairobi 1811); `published` = 1976-02-24 from "R 241410Z FEB 76" (a
    # Tuesday, checked); "MORNING OF FEBRUARY 24" / "THIS MORNING" = 1976-02-24; "FEBRUARY 23"
    # (refused calls, no row).
    ("test_16703_kenyatta_ambassador_cable_nairobi", "Africa", "1970s", "US Embassy Nairobi cable 1976NAIROB01811 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1976NAIROB01811_b.html", "1976-02-24"),
    # No date line in the excerpt; the URL (la-xpm-1990-08-02) gives 1990-08-02 (a Thursday,
    # checked); "concluded two days of talks ... today" -> a two-day range, no day (see notes).
    ("dev_16704_baker_shevardnadze_irkutsk", "Eastern Europe/Russia", "1990s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1990-08-02-mn-1355-story.html", "1990-08-02"),
    # No date line in the excerpt; the URL (/2008jun14/) gives 2008-06-14 (a Saturday, checked):
    # "on Thursday" = 2008-06-12 (checked), "on Friday" (the departure, no row) = 2008-06-13.
    ("dev_16705_maliki_abdullah_dhahabi_amman", "Middle East", "2000s", "TwoCircles.net (Xinhua)", "https://twocircles.net/2008jun14/jordan_iraq_keen_promote_ties_co_op_various_fields.html", "2008-06-14"),
    # No date line in the excerpt; the URL (/2006/01/23/) gives 2006-01-23 (a Monday, checked):
    # "yesterday" = 2006-01-22 (a Sunday, checked); "March 11", "in 1955", "in December" -> no
    # meetings.
    ("dev_16706_lagos_morales_bolivia", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2006/01/23/lagos-on-historic-visit-to-bolivia", "2006-01-23"),
    # The title line "... – 27 April 1994" and "held in London on Wednesday 27th April 1994" (a
    # Wednesday, checked) give `published`; "today" = 1994-04-27.
    ("test_16707_major_kohl_chequers", "Western Europe", "1990s", "John Major Archive (transcript of a joint press conference)", "https://johnmajorarchive.org.uk/1994/04/27/mr-majors-joint-press-conference-with-chancellor-helmut-kohl-27-april-1994/", "1994-04-27"),
    # No date on the page, in the excerpt or in the URL: `published` None; decade 2010s from the
    # headline "National Day Rally 2018" ("said Mr Lee yesterday"); "in May" -> no day.
    ("dev_16708_lee_mahathir_wan_azizah_anwar", "Southeast Asia", "2010s", "The Straits Times (straitstimes.com)", "https://www.straitstimes.com/singapore/spore-kl-can-pursue-win-win-cooperation-with-close-ties-pm-lee", None),
    # The date line "January 29, 2018" (a Monday, checked) is `published`: "on Sunday" =
    # 2018-01-28 (a Sunday, checked).
    ("dev_16709_kono_li_keqiang_wang_yi_beijing", "East Asia", "2010s", "The Daily Manila Shimbun (manila-stv.ph)", "https://manila-stv.ph/japan_news/li-positive-about-visiting-japan-for-3-way-summit.html", "2018-01-29"),
    # The release line "Release Date: 03/09/1990" and the title "... PORT MORESBY - 3 SEPTEMBER
    # 1990" (a Monday, checked) give `published`; "today" (Hawke's speech, no row) = 1990-09-03.
    ("dev_16710_hawke_namaliu_news_conference", "Oceania", "1990s", "PM Transcripts (Australian Prime Minister's Office; transcript of a joint news conference)", "http://pmtranscripts.pmc.gov.au/release/transcript-8113", "1990-09-03"),
    # The page line "Saturday 25 June 1994 00:02 BST" (a Saturday, checked) is `published`:
    # "yesterday" = 1994-06-24 (a Friday, checked); "in mid-July" -> no day.
    ("test_16711_major_reynolds_corfu", "Western Europe", "1990s", "The Independent (independent.co.uk)", "https://independent.co.uk/news/uk/angloirish-talks-back-on-track-for-july-summit-1424854.html", "1994-06-25"),
    # No date line in the excerpt; the URL (/2016/04/25/) gives 2016-04-25 (a Monday, checked):
    # "on Sunday" = 2016-04-24 (a Sunday, checked; the caption says "on April 24"), "on Monday
    # morning" (ministers' remarks, no row) = 2016-04-25.
    ("dev_16712_trudeau_notley_kananaskis", "North America", "2010s", "Toronto Star (thestar.com)", "https://www.thestar.com/news/canada/2016/04/25/trudeau-meets-notley-at-liberal-cabinet-retreat-in-alberta.html", "2016-04-25"),
]

A = {}

_KTM1 = ("On the afternoon of November 24, 2008, Indian Foreign Minister Pranab Mukherjee arrived in Kathmandu, and on Tuesday, November 25, 2008, he met with the president and vice-president, and then Prime Minister.")
_KTM2 = ("He also met with the current opposition leader and former Prime Minister Girija Prasad Koirala and General Secretary of the CPN-UML Jhalanath Khanal.")
A["dev_16701_mukherjee_koirala_kathmandu"] = dict(
    actors={
        "pranab_mukherjee": ["Indian Foreign Minister Pranab Mukherjee", "Pranab Mukherjee"],
        "girija_prasad_koirala": ["former Prime Minister Girija Prasad Koirala", "Girija Prasad Koirala"],
        "jhala_nath_khanal": ["Jhalanath Khanal"],
        "upendra_yadav": ["Nepalese foreign Minister Upendra Yadav", "Upendra Yadav"],
        "pushpa_kamal_dahal": ["Prachanda"],
        "cpn_uml": ["CPN-UML"],
        "communist_party_of_nepal_maoist": ["CPN-Maoist"],
        "nepali_congress": ["Nepali Congress"],
        # New keys.
        "peoples_liberation_army_nepal": ["People’s Liberation Army"],
        "nepali_army": ["Nepali Army"],
        "seven_party_alliance": ["seven-party alliance"],
    },
    meetings=[
        # "he met with the president and vice-president, and then Prime Minister" -> three
        # separate meetings, none of the hosts named (the text never names Nepal's president,
        # vice-president or prime minister) -> three one-party rows, held, 2008-11-25, Kathmandu
        # (he "arrived in Kathmandu"; the byline "in Kathmandu"), in person.
        M(["pranab_mukherjee"], "2008-11-25", "Kathmandu", IP, H, _KTM1),
        M(["pranab_mukherjee"], "2008-11-25", "Kathmandu", IP, H, _KTM1),
        M(["pranab_mukherjee"], "2008-11-25", "Kathmandu", IP, H, _KTM1),
        # "He also met with ... Koirala and ... Khanal" -> two bilaterals (as dev_032; "In the
        # meeting with the Indian Foreign Minister, ... Koirala complained" and "Khanal also
        # complained to the Indian Foreign Minister" are reported separately), held, date null
        # (no day given for these meetings), Kathmandu, in person.
        M(["pranab_mukherjee", "girija_prasad_koirala"], None, "Kathmandu", IP, H, _KTM2),
        M(["pranab_mukherjee", "jhala_nath_khanal"], None, "Kathmandu", IP, H, _KTM2),
        # "On Tuesday, November 25, 2008, after the meeting with his Indian Counterpart, ...
        # Upendra Yadav ..." -> held, 2008-11-25, Kathmandu, in person.
        M(["upendra_yadav", "pranab_mukherjee"], "2008-11-25", "Kathmandu", IP, H,
          "On Tuesday, November 25, 2008, after the meeting with his Indian Counterpart, Nepalese foreign Minister Upendra Yadav standing by the side of Indian Foreign Minister Pranab Mukherjee told the reporters that they discussed the Nepal-India Friendship, border issues, Indian investments in Nepalese hydropower, survey of east-west railway line in Nepal, repair and maintenance of Koshi barrage and rehabilitation of victims of the Koshi floods."),
        # Not rows: the arrival on November 24; the 12-point Understanding between the CPN-Maoist
        # and the seven-party alliance (an agreement); the joint remarks to reporters. Not
        # annotated: the byline "KTM Metro Reporter"; the site lines. Removed: at the start, the
        # site lines "Personal tools", "You are here: Home News Indian Foreign Minister’s Nepal
        # visit", "Navigation", "Log in", "Forgot your password?"; at the end, the cut-off
        # sentence "Indian Foreign Minister Pranab Mukherjee in turn told the reporters that
        # India would assist Nepal in the peace process and institutionali".
    ],
    roles=[("his Indian Counterpart", "pranab_mukherjee"),
           ("the current opposition leader", "girija_prasad_koirala"),
           ("General Secretary of the CPN-UML", "jhala_nath_khanal"),
           ("the Indian Foreign Minister", "pranab_mukherjee")],
)

A["dev_16702_aliyev_akar_baku"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev", "Aliyev"],
        "hulusi_akar": ["Hulusi Akar", "Akar"],
        "recep_tayyip_erdogan": ["Turkish President Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "Erdoğan"],
        # New keys.
        "yasar_guler": ["Chief of General Staff Gen. Yaşar Güler", "Yaşar Güler"],
        "musa_avsever": ["Musa Avsever"],
        "adnan_ozbal": ["Adnan Özbal"],
        "hasan_kucukakyuz": ["Hasan Küçükakyüz"],
        "zakir_hasanov": ["Azerbaijani Defense Minister Zakir Hasanov", "Zakir Hasanov"],
        "cahit_bagci": ["Cahit Bağcı"],
    },
    meetings=[
        # "Azerbaijan's president on Saturday received the Turkish national defense minister in
        # the capital Baku." / "Ilham Aliyev welcomed Hulusi Akar at the Presidential Palace ..."
        # -> held, 2022-05-28, Baku, in person. The commanders "accompanied" Akar; Hasanov and
        # Bağcı "were also present" -> actors, not participants (ANNOTATION.md).
        M(["ilham_aliyev", "hulusi_akar"], "2022-05-28", "Baku", IP, H,
          "Ilham Aliyev welcomed Hulusi Akar at the Presidential Palace ahead of Turkish President Recep Tayyip Erdoğan's arrival in Azerbaijan later Saturday."),
        # "Later, he will meet with Aliyev." (Erdoğan) -> planned, date null ("Later" after
        # Teknofest; the text does not say on which day), place Azerbaijan (no city given for
        # it), in person.
        M(["recep_tayyip_erdogan", "ilham_aliyev"], None, "Azerbaijan", IP, P,
          "Later, he will meet with Aliyev."),
        # Not rows: Erdoğan's arrival and visit "at Aliyev's invitation" (the meeting is the
        # planned row above); Teknofest (an event). Not annotated: Teknofest (an event);
        # Azerbaijan, Turkey, Baku, the Presidential Palace (places). Removed: nothing at the
        # start; at the end, only trailing blank lines.
    ],
    roles=[("Azerbaijan's president", "ilham_aliyev"),
           ("the Turkish national defense minister", "hulusi_akar"),
           ("Turkey's Ambassador to Baku", "cahit_bagci"),
           ("Land Forces Commander", "musa_avsever"),
           ("Naval Forces Commander", "adnan_ozbal"),
           ("Air Forces Commander", "hasan_kucukakyuz")],
)

A["test_16703_kenyatta_ambassador_cable_nairobi"] = dict(
    actors={
        "jomo_kenyatta": ["PRESIDENT KENYATTA", "KENYATTA"],
        "idi_amin": ["AMIN"],
        "daniel_arap_moi": ["MOI"],
        "mwai_kibaki": ["KIBAKI"],
        "ministry_of_foreign_affairs_kenya": ["MOFA"],
        # New keys (KENYOTO is named by one name only, misspelt; the key from background
        # knowledge of the Special Branch chief James Kanyotu, as 83b's `ebia_olewale`).
        "james_kanyotu": ["KENYOTO"],
        "ministry_of_defence_kenya": ["MOD"],
    },
    meetings=[
        # "I CALLED ON PRESIDENT KENYATTA MORNING OF FEBRUARY 24 ..." ("MY 45-MINUTE MEETING WITH
        # HIM THIS MORNING", the same meeting) -> the ambassador ("I") is not named -> one-party
        # row, held, 1976-02-24, Nairobi ("IN PRESIDENT'S OFFICE AT STATE HOUSE, NAIROBI"), in
        # person. Moi "HAD INITIATED THE MEETING" and "WAS ONLY OTHER PERSON PRESENT" -> an actor
        # present, not a participant (see the notes).
        M(["jomo_kenyatta"], "1976-02-24", "Nairobi", IP, H,
          "I CALLED ON PRESIDENT KENYATTA MORNING OF FEBRUARY 24 AND INFORMED HIM OF RESULTS OF KENYA MILITARY DELEGATION TO WASHINGTON (REF A)."),
        # Not rows: "HE HAD REFUSED THREE PHONE CALLS FROM AMIN FEBRUARY 23" (refused calls); the
        # "POSSIBLE VISIT TO KENYA BY THE SECRETARY" (hypothetical; the Secretary is not named);
        # the Kenya military delegation to Washington (unnamed members). Not annotated: the
        # routing and header lines (AMEMBASSY NAIROBI, SECSTATE, AMEMBASSY BONN/LONDON, tags);
        # "THE SECRETARY" (unnamed in the text); the delegation. Kept as they stand: the header
        # and page-break lines, "GBULD-BE", "SUCWUAS", "KENYOTO", "ANY-\nTHING". Removed: nothing
        # at the start; at the end, the cut-off sentence "MOI OPENED MEETING BY REFERRING TO
        # PRESIDENT'S INSTRUCTIONS THAT HE SHOULD SPEAK TO ME REGARDING KENYAN MILITARY DEFENSE
        # RE".
    ],
    roles=[("THE VICE PRESIDENT", "daniel_arap_moi"),
           ("MINISTER OF FINANCE", "mwai_kibaki"),
           ("CHIEF OF SPECIAL BRANCH", "james_kanyotu")],
)

A["dev_16704_baker_shevardnadze_irkutsk"] = dict(
    actors={
        "james_baker": ["Secretary of State James A. Baker III", "James A. Baker III", "Baker"],
        "eduard_shevardnadze": ["Soviet Foreign Minister Eduard A. Shevardnadze", "Eduard A. Shevardnadze", "Shevardnadze"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "mikhail_gorbachev": ["Soviet President Mikhail S. Gorbachev", "Mikhail S. Gorbachev"],
    },
    meetings=[
        # "... concluded two days of talks in the Siberian city of Irkutsk today ..." -> held,
        # date null (two days of talks: a range, as ANNOTATION.md; the concluding day "today"
        # alone is not the meeting's day), Irkutsk, in person.
        M(["james_baker", "eduard_shevardnadze"], None, "Irkutsk", IP, H,
          "Secretary of State James A. Baker III and Soviet Foreign Minister Eduard A. Shevardnadze concluded two days of talks in the Siberian city of Irkutsk today by agreeing on the importance of Soviet and American cooperation in Asia."),
        # "The two men also reportedly discussed the time and scheduling for another summit
        # meeting sometime near the end of this year between President Bush and ... Gorbachev."
        # -> planned, date null, place null, **required false** (only reportedly discussed; no
        # date fixed).
        M(["george_h_w_bush", "mikhail_gorbachev"], None, None, IP, P,
          "The two men also reportedly discussed the time and scheduling for another summit meeting sometime near the end of this year between President Bush and Soviet President Mikhail S. Gorbachev.", False),
        # Not rows: the news conference; the team of businessmen and experts to be sent to
        # Moscow (unnamed); the hydrofoil ride and fishing (the same talks). Removed: nothing.
    ],
    roles=[("the secretary of state", "james_baker"),
           ("the Soviet foreign minister", "eduard_shevardnadze")],
)

_AMM = ("Maliki wrapped up his Amman tour on Friday, after holding separate talks with Jordan’s King Abdullah II and Prime Minister Nadir Dhahabi on Thursday.")
A["dev_16705_maliki_abdullah_dhahabi_amman"] = dict(
    actors={
        "nouri_al_maliki": ["Iraqi Prime Minister Nuri al Maliki", "Nuri al Maliki", "Maliki"],
        "abdullah_ii": ["King Abdullah II", "King Abdullah", "Abdullah"],
        # New key.
        "nader_al_dahabi": ["Prime Minister Nadir Dhahabi", "Nadir Dhahabi", "Dhabi"],
    },
    meetings=[
        # "... separate talks with Jordan’s King Abdullah II and Prime Minister Nadir Dhahabi on
        # Thursday" -> two held rows, 2008-06-12, Amman ("his Amman tour"), in person. "In a
        # follow-up meeting with Maliki also on Thursday, Jordan’s premier Dhabi ..." is the
        # same Maliki-Dhahabi meeting (not a second row).
        M(["nouri_al_maliki", "abdullah_ii"], "2008-06-12", "Amman", IP, H, _AMM),
        M(["nouri_al_maliki", "nader_al_dahabi"], "2008-06-12", "Amman", IP, H, _AMM),
        # Not rows: the naming of a new ambassador to Baghdad (unnamed). Not annotated: the
        # byline "By Xinhua," (an agency credit at the top). Kept as they stand: "Oman :" (for
        # Amman), "Dhabi" (for Dhahabi), the app line "Support TwoCircles". Removed: at the
        # end, the cut-off sentence "He also called for no interference in Iraq’s internal
        # affairs and stressed the importance of expanding the political process to ens".
    ],
    roles=[("the Iraqi premier", "nouri_al_maliki"),
           ("Jordan’s premier", "nader_al_dahabi")],
)

A["dev_16706_lagos_morales_bolivia"] = dict(
    actors={
        "ricardo_lagos": ["Chilean President Ricardo Lagos", "Ricardo Lagos", "Lagos"],
        "evo_morales": ["Bolivian President Evo Morales", "President Evo Morales", "Evo Morales", "Morales"],
    },
    meetings=[
        # "... went straight into talks with Morales ahead of the inauguration later yesterday"
        # -> held, 2006-01-22, Bolivia (the text names no city: "Morales' downtown apartment",
        # "here"), in person.
        M(["ricardo_lagos", "evo_morales"], "2006-01-22", "Bolivia", IP, H,
          "Lagos, who leaves power on March 11 after six years at the helm of a popular centre-left coalition government in Chile, went straight into talks with Morales ahead of the inauguration later yesterday."),
        # Not rows: the inauguration (a ceremony); Morales's invitation to Lagos (the visit it
        # led to is the row); the greeting by "a large Bolivian delegation" (unnamed). Not
        # annotated: "A Chilean air force plane" (generic). Kept as they stand: "??I've come",
        # "??historic.''". Removed: at the end, the cut-off sentence "Lagos' son, Ricardo Lagos
        # Weber, also was making the trip as the personal envoy of the next Chilean president,".
    ],
    roles=[],
)

A["test_16707_major_kohl_chequers"] = dict(
    actors={
        "john_major": ["Mr Major"],
        "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "In the discussions I had with the Chancellor at Chequers ..." (Major speaking; "We
        # have had today at Chequers ... a formal summit") -> held, 1994-04-27, Chequers, in
        # person.
        M(["john_major", "helmut_kohl"], "1994-04-27", "Chequers", IP, H,
          "In the discussions I had with the Chancellor at Chequers we spent the bulk of our time looking at the broad picture of what will happen in the European Union and in our European continent beyond the boundaries of the European Union in the years immediately ahead."),
        # Not rows: the meetings of "other Ministers elsewhere around London" and the plenary
        # (unnamed participants); the planned trilateral exercise with Hungary and the seminar
        # in Hamburg (events). Not annotated: Partnership for Peace (a programme); Hungary,
        # Ukraine, Russia, the Baltic States (places). Removed: at the start, the site lines
        # "The Rt. Hon. Sir John Major KG CH", "Prime Minister of Great Britain and Northern
        # Ireland 1990-1997", "1994Prime Minister (1990-1997)"; at the end, the cut-off sentence
        # "I do not think I need to go into th".
    ],
    roles=[("the German Chancellor", "helmut_kohl"), ("the Chancellor", "helmut_kohl")],
)

_LEE = ("Soon after the election in May, Mr Lee called on Dr Mahathir, Deputy Prime Minister Wan Azizah Wan Ismail and her husband, Datuk Seri Anwar Ibrahim.")
A["dev_16708_lee_mahathir_wan_azizah_anwar"] = dict(
    actors={
        "lee_hsien_loong": ["Prime Minister Lee Hsien Loong", "Lee Hsien Loong", "Mr Lee", "PM Lee"],
        "mahathir_mohamad": ["Prime Minister Mahathir Mohamad", "Mahathir Mohamad", "Tun Dr Mahathir", "Dr Mahathir"],
        "anwar_ibrahim": ["Datuk Seri Anwar Ibrahim", "Anwar Ibrahim"],
        "pakatan_harapan": ["Pakatan Harapan"],
        # New keys.
        "wan_azizah_wan_ismail": ["Deputy Prime Minister Wan Azizah Wan Ismail", "Wan Azizah Wan Ismail"],
        "barisan_nasional": ["Barisan Nasional"],
    },
    meetings=[
        # "Mr Lee called on Dr Mahathir, ... Wan Azizah Wan Ismail and her husband, ... Anwar
        # Ibrahim." ("I had good meetings with all three of them") -> three calls, held, date
        # null ("in May"), place null (the text names no place), in person.
        M(["lee_hsien_loong", "mahathir_mohamad"], None, None, IP, H, _LEE),
        M(["lee_hsien_loong", "wan_azizah_wan_ismail"], None, None, IP, H, _LEE),
        M(["lee_hsien_loong", "anwar_ibrahim"], None, None, IP, H, _LEE),
        # Not rows: the National Day Rally speech; past cooperation (the Second Link, the
        # Linggiu Dam). Not annotated: the photo credit "PHOTO: EDELMAN"; the HSR (a project).
        # Removed: at the end, the cut-off sentence "\"He agreed that we should, becau".
    ],
    roles=[("her husband", "anwar_ibrahim")],
)

A["dev_16709_kono_li_keqiang_wang_yi_beijing"] = dict(
    actors={
        "li_keqiang": ["Chinese Premier Li Keqiang", "Li Keqiang", "Li"],
        "taro_kono": ["Japanese Foreign Minister Taro Kono", "Taro Kono", "Kono"],
        "wang_yi": ["Wang Yi", "Wang"],
        "shinzo_abe": ["Japanese Prime Minister Shinzo Abe", "Shinzo Abe"],
        "xi_jinping": ["Chinese President Xi Jinping", "Xi Jinping"],
    },
    meetings=[
        # "At a meeting in Beijing, Kono proposed ... and invited Li ..." (Li "responded
        # positively on Sunday") -> held, 2018-01-28, Beijing, in person.
        M(["taro_kono", "li_keqiang"], "2018-01-28", "Beijing", IP, H,
          "At a meeting in Beijing, Kono proposed that Japan host a trilateral Asian summit this spring and invited Li to visit Japan for the leaders' meeting."),
        # "Earlier on Sunday, Kono held talks with his Chinese counterpart, Wang Yi, ..." (at
        # the Diaoyutai State Guest House in Beijing) -> held, 2018-01-28, Beijing, in person.
        M(["taro_kono", "wang_yi"], "2018-01-28", "Beijing", IP, H,
          "Earlier on Sunday, Kono held talks with his Chinese counterpart, Wang Yi, and they agreed that the two countries should steadily promote reciprocal visits by Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping in order to improve the bilateral ties."),
        # Not rows: the invitation to Li to visit Japan for a trilateral summit (an invitation
        # given "positive consideration", not accepted or scheduled; a multilateral summit);
        # the "reciprocal visits" of Abe and Xi (to be promoted; no meeting fixed). Not
        # annotated: "a Japanese official" (unnamed). Removed: at the start, the outlet line
        # "The Daily Manila Shimbun"; at the end, the cut-off sentence "But the Chinese side
        # tried to justify the submarine activity by stressing its claim t".
    ],
    roles=[("his Chinese counterpart", "wang_yi")],
)

A["dev_16710_hawke_namaliu_news_conference"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert", "Hawke, Robert James Lee", "Mr Hawke"],
        "rabbie_namaliu": ["RABBIE NAMALIU"],
        # New key (a journalist addressed by first name only).
        "milton": ["Milton"],
    },
    meetings=[
        # Zero-row control: the text is the start of the transcript of a joint news conference
        # of Hawke and Namaliu (a joint media appearance, not a row, as 5d) and mentions
        # Hawke's "speech today" (a speech, not a row). The only sentence stating talks ("the
        # Prime Minister and I have talked about contingent situations ...") is the excerpt's
        # cut-off last sentence and was removed (see the notes).
        # Kept as they stand: "PRTY41R XTNTSTER", "preindepedence", "ulear", "JOURNALIST;".
        # Removed: at the start, the site lines "PM Transcripts", "Transcripts from the Prime
        # Ministers of Australia"; at the end, the cut-off sentence "Now it is the case that,
        # for instance the Prime Minister and I have talked about contingent situations where
        # Australia's interests let's be precise, in Bougainville it was conceivable there that
        # if things had developed in".
    ],
    roles=[("PRIME MINISTER OF PAPUA NEW GUINEA", "rabbie_namaliu")],
)

A["test_16711_major_reynolds_corfu"] = dict(
    actors={
        "john_major": ["JOHN MAJOR"],
        "albert_reynolds": ["Albert Reynolds", "Reynolds"],
        "ira": ["IRA"],
        "european_council": ["European Council"],
    },
    meetings=[
        # "... after their talks, which took place as the two leaders were in Corfu for the
        # European Council meeting ..." (the talks of "yesterday") -> held, 1994-06-24, Corfu,
        # in person (a bilateral on the sidelines of the European Council).
        M(["john_major", "albert_reynolds"], "1994-06-24", "Corfu", IP, H,
          "The Irish prime minister said after their talks, which took place as the two leaders were in Corfu for the European Council meeting, that he was not insisting on the cross- border bodies having executive powers which would have been a stumbling block to progress."),
        # "... a framework document for their summit in mid-July." -> planned, date null
        # ("mid-July"), place null, in person.
        M(["john_major", "albert_reynolds"], None, None, IP, P,
          "JOHN MAJOR and Albert Reynolds yesterday put the Anglo-Irish peace initiative back on track by agreeing to speed up the production of a framework document for their summit in mid-July."),
        # Not rows: the European Council meeting itself (multilateral). Not annotated: the
        # byline "Colin Brown". Kept as they stand: "cross- border", "mid- July". Removed: at
        # the start, the site lines "Stay up to date with notifications from The Independent"
        # and "Notifications can be managed in browser preferences."; inside, the site's
        # donation block after "Comments" ("Your support helps us to tell the story" ... "Your
        # support makes all the difference.", an app/ad block, as ANNOTATION.md); at the end,
        # the cut-off quotation "'A".
    ],
    roles=[("The Irish prime minister", "albert_reynolds")],
)

A["dev_16712_trudeau_notley_kananaskis"] = dict(
    actors={
        "justin_trudeau": ["Prime Minister Justin Trudeau", "Justin Trudeau"],
        "rachel_notley": ["Alberta Premier Rachel Notley", "Rachel Notley", "Notley"],
        "liberal_party_of_canada": ["Liberal Party"],
        "jim_carr": ["Natural Resources Minister Jim Carr", "Jim Carr", "Carr"],
        # New key (Amarjeet Sohi is named only in the removed cut-off sentence: not annotated).
        "marc_garneau": ["Transport Minister Marc Garneau", "Marc Garneau", "Garneau"],
    },
    meetings=[
        # "Notley met with Prime Minister Justin Trudeau privately on Sunday ..." (the caption:
        # "meets with ... Notley following meetings at a Liberal Party cabinet retreat in
        # Kananaskis, Alta. on April 24", the same meeting) -> held, 2016-04-24, Kananaskis, in
        # person.
        M(["rachel_notley", "justin_trudeau"], "2016-04-24", "Kananaskis", IP, H,
          "Notley met with Prime Minister Justin Trudeau privately on Sunday and then addressed about half the cabinet at the beginning of a three-day retreat in Kananaskis, Alta."),
        # Not rows: Notley "addressed about half the cabinet" (an address to a cabinet retreat,
        # ministers unnamed as participants); the cabinet retreat (a meeting of the cabinet);
        # the ministers' remarks. Removed: at the start, the site lines "PodcastsNewslettersToday’s
        # paper", "The Star Edition", "Change Location", "Sign In"; at the end, the cut-off
        # sentence "Infrastructure Minister Amarjeet Sohi said cabinet is “keenly aware” of the
        # challenges Alberta is facing and the need to get r".
    ],
    roles=[("the premier of Alberta", "rachel_notley")],
)
