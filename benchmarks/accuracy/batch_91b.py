"""Accuracy corpus, batch 91b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 91a), from the 1950s to the 2020s (1950s:
one (1958), 1960s: three (1960, 1960, 1968), 1970s: two (1974, 1976), 1980s: two (1986, 1988),
1990s: one (1998), 2000s: none, 2010s: two (2014, 2018), 2020s: one (2020); nine of the twelve
from before 2000), over the regions (Western Europe: two; Latin America, Central
Asia/Caucasus, Africa, Oceania, Middle East, Eastern Europe/Russia, South Asia, East Asia,
North America, Southeast Asia: one each).
Outlets/sites: UK Hansard (Commons written answer, 1960), The Press (Christchurch) via Papers
Past (1960, 1958), two US embassy cables (WikiLeaks PlusD: Buenos Aires 1974, Nairobi 1976),
News.az (Azerbaijani foreign ministry release, 2020), Parliament of Australia ParlInfo (arrival
statements, 1968), JTA (1986), Reuters via the ACI Russia archive (1998), Global Times via
en.nanhai.org.cn (2018), HeinOnline (White House press briefing, 1988) and a VNA story via
blog.vietnam-aujourdhui.info (2014).
Text kinds: one parliamentary written answer (18101), two newspaper archive pages with cable
news (18102, 18109), two diplomatic cables (18103, 18105), one official release (18104), one
transcript of arrival statements (18106), two news/wire stories (18107, 18108), one agency
story reprinted by a news site (18110), one press-briefing transcript (18111) and one agency
story reposted on a blog (18112). All twelve texts are in English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_91a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_91b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-90b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_181NN_<slug>` / `test_181NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's header "HC Deb 29 November 1960" and the URL (/written-answers/1960/nov/29/)
    # = 1960-11-29 (a Tuesday, checked).
    ("dev_18101_fanfani_segni_italy_hansard", "Western Europe", "1960s", "UK Parliament, Hansard (House of Commons written answers; api.parliament.uk historic-hansard)", "https://api.parliament.uk/historic-hansard/written-answers/1960/nov/29/italy-prime-ministers-visit", "1960-11-29"),
    # The Papers Past id CHP19601001 = The Press, 1 October 1960 (a Saturday, checked); the
    # dateline "NEW YORK, September 30" (a Friday): "yesterday" / "last night" = 1960-09-29.
    ("dev_18102_macmillan_khrushchev_new_york", "Western Europe", "1960s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19601001.2.127", "1960-10-01"),
    # The cable's date-time group "R 171541Z JAN 74" = 1974-01-17 (a Thursday, checked);
    # "JAN 15" / "JAN 16" take the year from the cable.
    ("test_18103_peron_torrijos_olivos_cable", "Latin America", "1970s", "US Embassy Buenos Aires cable 1974BUENOS00419 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1974BUENOS00419_b.html", "1974-01-17"),
    # The search tool's date 2020-05-13 (a Wednesday, checked) and the text's own "On 13 May
    # 2020".
    ("dev_18104_mammadyarov_makei_phone", "Central Asia/Caucasus", "2020s", "News.az (release of the Azerbaijani foreign ministry)", "https://news.az/news/azerbaijani-belarusian-fms-hold-phone-conversation", "2020-05-13"),
    # The cable's date-time group "O 151325Z APR 76" = 1976-04-15 (a Thursday, checked).
    ("dev_18105_kibinge_kenyatta_kissinger_cable", "Africa", "1970s", "US Embassy Nairobi cable 1976NAIROB03715 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1976NAIROB03715_b.html", "1976-04-15"),
    # The document's date line "27 MARCH 1968" (a Wednesday, checked); ParlInfo press release
    # 824334 (arrival statements at Wellington airport).
    ("dev_18106_holyoake_gorton_wellington", "Oceania", "1960s", "Parliament of Australia, ParlInfo (press release: arrival statements)", "https://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id:%22media/pressrel/824334%22;src1=sm1", "1968-03-27"),
    # The page's date line "August 15, 1986" and the URL (/1986/08/15/) (a Friday, checked):
    # "Wednesday night" = 1986-08-13, "Thursday" = 1986-08-14.
    ("test_18107_peres_mubarak_phone_jta", "Middle East", "1980s", "JTA (Jewish Telegraphic Agency archive)", "http://www.jta.org/1986/08/15/archive/peres-mubarak-summit-seems-likely", "1986-08-15"),
    # The URL (/post/08-25-1998-14-56-31-...) = 1998-08-25 (a Tuesday, checked) and the
    # dateline "Aug 25": "on Tuesday" = 1998-08-25, "on Sunday" = 1998-08-23.
    ("dev_18108_clinton_yeltsin_phone_reuters", "Eastern Europe/Russia", "1990s", "Reuters (via the ACI Russia archive, acirussia.wixsite.com)", "https://acirussia.wixsite.com/dd2018/post/08-25-1998-14-56-31-clinton-yeltsin-confer-by-telephone", "1998-08-25"),
    # The Papers Past id CHP19580319 = The Press, 19 March 1958 (a Wednesday, checked); the
    # dateline "NEW DELHI, March 18" (a Tuesday): "today" = 1958-03-18.
    ("dev_18109_nash_nehru_new_delhi", "South Asia", "1950s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19580319.2.102", "1958-03-19"),
    # The page's lines "2018-05-05 09:42:47" and "May 5, 2018" (a Saturday, checked): "on
    # Friday" = 2018-05-04.
    ("dev_18110_xi_moon_abe_phone", "East Asia", "2010s", "Global Times (via en.nanhai.org.cn)", "http://en.nanhai.org.cn/index/info/content/cid/21/id/5490.html", "2018-05-05"),
    # The briefing's own date "June 19, 1988" (a Sunday, checked), given at 6:20 P.M. in
    # Toronto; the HeinOnline page (1988 Supplement 3, American Foreign Policy Current
    # Documents) has no date of its own.
    ("test_18111_reagan_mulroney_toronto_briefing", "North America", "1980s", "HeinOnline (American Foreign Policy Current Documents 1988, Supplement 3: White House press briefing)", "http://heinonline.org/HOL/LandingPage?handle=hein.forrel/afpdoc0049&div=1&src=home", "1988-06-19"),
    # The URL (/post/2014/11/28/) = 2014-11-28 (a Friday, checked); "November 27" takes the
    # year from the URL (and from "December, 2014" in the text).
    ("dev_18112_dung_prayuth_hanoi", "Southeast Asia", "2010s", "VNA story via blog.vietnam-aujourdhui.info", "http://blog.vietnam-aujourdhui.info/post/2014/11/28/Vietnam%2C-Thailand-hold-high-level-talks", "2014-11-28"),
]

A = {}

A["dev_18101_fanfani_segni_italy_hansard"] = dict(
    actors={
        # New keys. The answering Prime Minister (Macmillan) and "my noble Friend, the
        # Foreign Secretary" (Home) are never named: no keys.
        "desmond_donnelly": ["Mr. Donnelly"],
        "amintore_fanfani": ["Signor Fanfani"],
        "antonio_segni": ["Signor Segni"],
        "government_of_italy": ["Italian Government"],
        "nato": ["Atlantic Alliance"],
        "united_nations": ["United Nations"],
        # "the Six and the Seven" (EEC and EFTA) are nicknames, not names: no keys.
    },
    meetings=[
        # The Prime Minister's discussions in Italy with Fanfani and Segni: the British side is
        # never named, so one one-party row per named Italian (the guide's rule for a
        # counterpart given by role only); no Fanfani-Segni row (same side, not a meeting
        # between them). Held, date null (only the communique's date, 22 November, is given,
        # not the days of the talks), place Italy (no city given).
        M(["amintore_fanfani"], None, "Italy", IP, H,
          "We had full and valuable discussions with the Italian Prime Minister, Signor Fanfani, and Foreign Minister, Signor Segni."),
        M(["antonio_segni"], None, "Italy", IP, H,
          "We had full and valuable discussions with the Italian Prime Minister, Signor Fanfani, and Foreign Minister, Signor Segni."),
        # Not rows: "the visit which the then Italian Prime Minister paid to this country last
        # year" (no party named); "further informal exchanges between us" (no specific
        # meeting).
    ],
    roles=[("the Italian Prime Minister", "amintore_fanfani"),
           ("Foreign Minister", "antonio_segni")],
)

A["dev_18102_macmillan_khrushchev_new_york"] = dict(
    actors={
        "harold_macmillan": ["Mr Macmillan", "Macmiillan"],
        # "Mr K" (headline) is the paper's nickname for Khrushchev; kept as an alias.
        "nikita_khrushchev": ["Mr K", "Mr Khrushchev", "Khrushchev"],
        "dwight_eisenhower": ["President Eisenhower"],
        "jawaharlal_nehru": ["Mr Nehru"],
        "united_nations_general_assembly": ["United Nations General Assembly", "General Assembly"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # The "long talk" of "yesterday" / "last night's two-hour private talks at the Soviet
        # United Nations delegation headquarters" -> held, 1960-09-29, New York.
        M(["harold_macmillan", "nikita_khrushchev"], "1960-09-29", "New York", IP, H,
          "Mr Macmillan scored a personal triumph in the United Nations General Assembly yesterday and later had a long talk with Mr Khrushchev."),
        # "will probably visit Washington this week-end to confer with President Eisenhower"
        # -> planned, date null (a week-end, two days), Washington.
        M(["harold_macmillan", "dwight_eisenhower"], None, "Washington", IP, P,
          "The British Prime Minister, Mr Macmillan, will probably visit Washington this week-end to confer with President Eisenhower, sources said today."),
        # Khrushchev's agreed return courtesy call on Macmillan before he leaves "in the middle
        # of next week" -> planned, date null, New York (the dateline city, where Macmillan
        # stays; not stated in the sentence).
        M(["nikita_khrushchev", "harold_macmillan"], None, "New York", IP, P,
          "The only positive result to come from the Khrushchev-Macmiillan talk—their first since the Paris summit failed in May—was an understanding that the Soviet Prime Minister would pay a return courtesy call on the British leader before Mr Macmillan leaves for home in the middle of next week."),
        # Not rows: Macmillan hearing Nehru's speech to the General Assembly (a plenary); the
        # failed Paris summit of May (multilateral). Removed: the Papers Past header ("Article
        # image" lines) and at the end the cut-off sentence "Mr Macmillan and Mr Khrushchev
        # exchanged views on disarmament, Berlin and the bid by the Soviet leader to oust Mr
        # Dag Hammarskjold, ... replace his office by a".
    ],
    roles=[("The British Prime Minister", "harold_macmillan"),
           ("the Prime Minister", "harold_macmillan"),
           ("the British leader", "harold_macmillan"),
           ("the Russian leader", "nikita_khrushchev"),
           ("the Soviet Prime Minister", "nikita_khrushchev"),
           ("the President", "dwight_eisenhower"),
           ("the Indian Prime Minister", "jawaharlal_nehru")],
)

A["test_18103_peron_torrijos_olivos_cable"] = dict(
    actors={
        "omar_torrijos": ["OMAR TORRIJOS", "TORRIJOS"],
        # Note: the alias "PERON" also matches inside "ISABEL DE PERON" (the cable's forms).
        "juan_peron": ["PERON"],
        # New key. The alias is split by a line break in the cable ("ISABEL DE" / "PERON").
        "isabel_peron": ["ISABEL DE PERON"],
    },
    meetings=[
        # The two-hour meeting "MORNING JAN 16" in Olivos -> held, 1974-01-16 (year from the
        # cable), Olivos (the presidential residence's town, named in the text).
        M(["juan_peron", "omar_torrijos"], "1974-01-16", "Olivos", IP, H,
          "MORNING JAN 16 PRESIDENTS PERON AND TORRIJOS AND STAFFS HAD TWO-HOUR MEETING IN OLIVOS DURING WHICH, ACCORDING TO THEIR SUBSEQUENT STATEMENTS, THEY DISCUSSED BROAD RANGE OF INTERNATIONAL ISSUES INCLUDING PANAMA'S DISPUTE WITH US OVER THE CANAL."),
        # Torrijos met at the airport by Vice-President Isabel Peron on arrival, JAN 15 ->
        # held, 1974-01-15, Buenos Aires, **required false** (a ceremonial airport welcome).
        M(["isabel_peron", "omar_torrijos"], "1974-01-15", "Buenos Aires", IP, H,
          "2. PANAMANIAN PRESIDENT OMAR TORRIJOS ARRIVED IN BUENOS AIRES JAN 15 AND WAS MET AT AIRPORT BY VICE-PRESIDENT ISABEL DE PERON.", False),
        # Not rows: Peron's "MEETING WITH NEWSMEN" (press). Addressees (SECSTATE, AMEMBASSY
        # PANAMA, USCINCSO) are not actors. Removed: at the end the cut-off sentence "HE SAID
        # THE BIG POWERS LIKE THE US AND GREAT BRITAIN ... MUST OBEY THE MANDATES OF T".
        # Cable headers kept.
    ],
    roles=[("PANAMANIAN PRESIDENT", "omar_torrijos"),
           ("VICE-PRESIDENT", "isabel_peron")],
)

A["dev_18104_mammadyarov_makei_phone"] = dict(
    actors={
        "elmar_mammadyarov": ["Elmar Mammadyarov"],
        "vladimir_makei": ["Vladimir Makei"],
        "united_nations": ["UN"],
        "cis": ["CIS"],
        "european_union": ["European Union"],
    },
    meetings=[
        # The call of 13 May 2020 -> phone, held, 2020-05-13, place null.
        M(["elmar_mammadyarov", "vladimir_makei"], "2020-05-13", None, PH, H,
          "On 13 May 2020, Foreign Minister Elmar Mammadyarov had a telephone conversation with the Foreign Minister of Belarus, Vladimir Makei."),
        # Not rows: "The agenda of future bilateral contacts on different levels" (no specific
        # meeting). Removed: the tool's date and the site's font widget (" date 2020-05-13 +
        # ↺ − 16 px").
    ],
    # "Foreign Minister" alone is not listed (it precedes both names).
    roles=[("the Foreign Minister of Belarus", "vladimir_makei")],
)

A["dev_18105_kibinge_kenyatta_kissinger_cable"] = dict(
    actors={
        # New key (Permanent Secretary of the Kenyan foreign ministry).
        "leonard_kibinge": ["LEONARD KIBINGE", "KIBINGE"],
        "munyua_waiyaki": ["WAIYAKI"],
        # "KENYATT" is the cable's truncated spelling (kept).
        "jomo_kenyatta": ["KENYATT", "KENYATTA"],
        "henry_kissinger": ["KISSINGER", "KISSINGER, HENRY A."],
        "ministry_of_foreign_affairs_kenya": ["MINISTRY OF FOREIGN AFFAIRS", "MOFA"],
        "european_economic_community": ["EEC"],
        # The signer "MARSHALL" (the ambassador, the "ME" of the cable) is the drafter, not an
        # actor (as the cable drafters of 90b); addressees are not actors.
    },
    meetings=[
        # The ambassador's lunch with Kibinge: the counterpart ("ME", the ambassador) is not
        # named in the sentence -> one-party Kibinge row, held. Date null: "APRIL -8" is
        # garbled (perhaps April 8, 1976, a Thursday a week before the cable; not certain).
        # Place Nairobi (the embassy's city; not stated in the sentence).
        M(["leonard_kibinge"], None, "Nairobi", IP, H,
          "1. AT LUNCH APRIL -8 ALONE WITH AMBASSADOR (FORMER, TO U.S.) LEONARD KIBINGE, PERMSEC MOFA, FOLLOWING CAME UP:"),
        # Kenyatta's coming "MEETING WITH SECRETARY KISSINGER" (the Secretary's trip, subject
        # line "SECRETARY'S SUBSTANTIVE CONVERSATION WITH PRESIDENT KENYATTA") -> planned, date
        # null, place null (the trip to Kenya is implied by the tags, no city given).
        M(["jomo_kenyatta", "henry_kissinger"], None, None, IP, P,
          "A. KIBINGE, WHO PREPARING BRIEFING NOTES FOR MINISTER OF FOREIGN AFFAIRS WAIYAKI FOR PRESIDENT KENYATT IN MEETING WITH SECRETARY KISSINGER, ASKED ME FOR AMPLIFICATION OF SECRETARY'S POINTS: \"ENCOURAGE KENYA TO PLAY A MODERATE ROLE IN SOTHERN AFRICAN ISSUES.\""),
        # Not rows: Waiyaki (he receives the briefing notes; not said to attend); the
        # recommendation "THE SECRETARY MAY WISH TO MENTION TO KENYATTA" (the same planned
        # meeting). Removed: "Show Headers" (page control) at the start and at the end the
        # cut-off reference line "REF: (A) ST". The page prints the cable body before its
        # header block; that order is kept.
    ],
    roles=[("PERMSEC MOFA", "leonard_kibinge"),
           ("AMBASSADOR (FORMER, TO U.S.)", "leonard_kibinge"),
           ("MINISTER OF FOREIGN AFFAIRS", "munyua_waiyaki"),
           ("THE SECRETARY", "henry_kissinger")],
)

A["dev_18106_holyoake_gorton_wellington"] = dict(
    actors={
        "keith_holyoake": ["Mr Holyoake"],
        # "John" is Holyoake's form of address to Gorton (twice in the text).
        "john_gorton": ["John Gorton", "Mr. Gorton", "John"],
        "harold_holt": ["Harold Holt"],
        "commonwealth_of_nations": ["Commonwealth"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # Holyoake welcoming Gorton at Wellington airport on arrival -> held, 1968-03-27,
        # Wellington. The speaker (Holyoake) is named in the title.
        M(["keith_holyoake", "john_gorton"], "1968-03-27", "Wellington", IP, H,
          "I want to say how delighted I am that Mr. Gorton has come to visit us and has also brought his wife with him."),
        # The talks announced for "the coming two or three days we are travelling together"
        # -> planned, date null, place New Zealand (the visit's country; no single city).
        M(["keith_holyoake", "john_gorton"], None, "New Zealand", IP, P,
          "I do not know what new I can say because the press have been asking me, and asking you the other side of the Tasman, but we will of course, gentlemen, be discussing everything that I can imagine of mutual interest to our two countries."),
        # Holt's visit "a little over a year ago" ("we had Harold Holt here") -> held, date
        # null, place New Zealand ("here", said in Wellington of the country).
        M(["keith_holyoake", "harold_holt"], None, "New Zealand", IP, H,
          "You all remember, and I do particularly, John, that it is just a little over a year ago that we had Harold Holt here."),
        # Removed: the page's note and "Download PDF" links, and at the end the cut-off
        # sentence "One of the first things I did when I became Prime Minister was to ring up
        # the Prime Minister of New Zealand ... which I think the people o" (so Gorton's call to
        # Holyoake, which stood in it, is not in the text and not a row). OCR forms such as
        # "e were very fond of him" are kept.
    ],
    roles=[("New Zealand Prime Minister", "keith_holyoake"),
           ("Mr. Prime Minister", "keith_holyoake"),
           ("the Prime Minister of Australia", "john_gorton")],
)

A["test_18107_peres_mubarak_phone_jta"] = dict(
    actors={
        "shimon_peres": ["Shimon Peres", "Peres"],
        # "mubarak" is the headline's lower-case form ("Peres-mubarak"); kept as written.
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak", "mubarak"],
        # New key.
        "izzat_abdul_latif": ["Izzat Abdul Latif"],
        "ezer_weizman": ["Ezer Weizman", "Weizman"],
        "avraham_tamir": ["Avraham Tamir"],
        "mohammed_bassiouny": ["Mohammad Basyouni"],
        "ariel_sharon": ["Ariel Sharon", "Sharon"],
        "moshe_arens": ["Moshe Arens"],
        "likud": ["Likud"],
        # New key (the Israeli Inner Cabinet of the unity government).
        "israeli_inner_cabinet": ["Inner Cabinet"],
        "prime_ministers_office_israel": ["Prime Minister’s Office"],
    },
    meetings=[
        # Peres's call to Mubarak at the end of the Inner Cabinet session of "Wednesday night"
        # -> phone, held, 1986-08-13 (the session's day; the call may have fallen after
        # midnight, but the text places it on Wednesday night), place null.
        M(["shimon_peres", "hosni_mubarak"], "1986-08-13", None, PH, H,
          "At the end of the eight-hour Inner Cabinet session, Peres telephoned Mubarak to inform him of the approval."),
        # The summit expected "soon" -> planned, date and place null.
        M(["shimon_peres", "hosni_mubarak"], None, None, IP, P,
          "The Inner Cabinet’s approval Wednesday night of a draft agreement with Egypt increased prospects that a summit meeting will take place soon between Israeli Premier Shimon Peres and Egyptian President Hosni Mubarak."),
        # Not rows: Peres "in the same room with" Weizman, Tamir and Basyouni during the call
        # (co-presence at the end of a cabinet session, not a reported meeting; a reviewer
        # could add Peres-Basyouni, held, 1986-08-13); Peres's letter to Mubarak "Thursday"
        # (a letter); the Inner Cabinet vote (a cabinet session). Removed: the site's search
        # line, "See Original Daily Bulletin From This Date", "Advertisement", and at the end
        # the cut-off "Arens said".
    ],
    roles=[("Israeli Premier", "shimon_peres"),
           ("Egyptian President", "hosni_mubarak"),
           ("Cabinet Minister", "ezer_weizman"),
           ("Director General of the Prime Minister’s Office", "avraham_tamir"),
           ("the Egyptian Charge d’Affaires", "mohammed_bassiouny")],
)

A["dev_18108_clinton_yeltsin_phone_reuters"] = dict(
    actors={
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "sergei_kiriyenko": ["Sergei Kiriyenko", "Kiriyenko"],
        "viktor_chernomyrdin": ["Viktor Chernomyrdin", "Chernomyrdin"],
        "al_gore": ["Al Gore"],
        "white_house": ["White House"],
        # Reuters (the agency, source of the story) is not an actor.
    },
    meetings=[
        # "spoke by telephone on Tuesday" -> phone, held, 1998-08-25, place null.
        M(["bill_clinton", "boris_yeltsin"], "1998-08-25", None, PH, H,
          "EDGARTOWN, Mass., Aug 25 (Reuters) - U.S. President Bill Clinton and Russian President Boris Yeltsin spoke by telephone on Tuesday, the first conversation between the two leaders since Yeltsin fired his government on Sunday, a White House official said."),
        # Gore "spoke with both Kiriyenko and Chernomyrdin on Sunday" -> two rows (one per
        # interlocutor), held, 1998-08-23, place null. Kind phone is inferred (Gore in the
        # US, the two in Moscow; the text says only "spoke with"); doubtful kind.
        M(["al_gore", "sergei_kiriyenko"], "1998-08-23", None, PH, H,
          "Vice President Al Gore spoke with both Kiriyenko and Chernomyrdin on Sunday, stressing that Russia needed to take urgent steps to reform its economy."),
        M(["al_gore", "viktor_chernomyrdin"], "1998-08-23", None, PH, H,
          "Vice President Al Gore spoke with both Kiriyenko and Chernomyrdin on Sunday, stressing that Russia needed to take urgent steps to reform its economy."),
        # The Moscow summit "next week" -> planned, date null, Moscow.
        M(["boris_yeltsin", "bill_clinton"], None, "Moscow", IP, P,
          "The White House has said earlier a Moscow summit between Yeltsin and Clinton next week would go ahead as planned."),
        # Not rows: Yeltsin firing the government (no meeting reported). Removed: the site's
        # trailing "コメント" (comments widget). This is the wixsite copy (rank 2) of the same
        # Reuters item as aciproject1998.org (rank 1), taken for its single line breaks.
    ],
    roles=[("U.S. President", "bill_clinton"),
           ("Russian President", "boris_yeltsin"),
           ("Vice President", "al_gore"),
           ("Prime Minister", "sergei_kiriyenko")],
)

A["dev_18109_nash_nehru_new_delhi"] = dict(
    actors={
        # New keys: walter_nash, alister_mcintosh, edwina_mountbatten, lok_sabha.
        "walter_nash": ["Mr Nash"],
        "jawaharlal_nehru": ["Mr Nehru"],
        "mahatma_gandhi": ["Mahatma Ghandi"],
        "alister_mcintosh": ["Mr A. D. Mclntosh"],
        "edwina_mountbatten": ["Lady Mountbatten"],
        # The text's "House of Representatives" is India's lower house (Lok Sabha).
        "lok_sabha": ["House of Representatives"],
    },
    meetings=[
        # Nash's talks with Nehru "today" (55 minutes of private talks) -> held, 1958-03-18,
        # New Delhi.
        M(["walter_nash", "jawaharlal_nehru"], "1958-03-18", "New Delhi", IP, H,
          "The Prime Minister of New Zealand (Mr Nash) arrived in New Delhi early today and began talks with the Indian Prime Minister (Mr Nehru)."),
        # Nehru's promise of "more time for. talks, probably tonight" -> planned, date null
        # ("probably"), New Delhi.
        M(["walter_nash", "jawaharlal_nehru"], None, "New Delhi", IP, P,
          "As he left Lady Mountbatten arrived to meet Mr Nash and to hear Mr Nehru promise more time for. talks, probably tonight."),
        # Lady Mountbatten arriving "to meet Mr Nash" (and hearing Nehru) -> held, 1958-03-18,
        # New Delhi, **required false** (not an office-holder; a brief encounter); the
        # Nehru-Mountbatten pair likewise, required false.
        M(["edwina_mountbatten", "walter_nash"], "1958-03-18", "New Delhi", IP, H,
          "As he left Lady Mountbatten arrived to meet Mr Nash and to hear Mr Nehru promise more time for. talks, probably tonight.", False),
        M(["edwina_mountbatten", "jawaharlal_nehru"], "1958-03-18", "New Delhi", IP, H,
          "As he left Lady Mountbatten arrived to meet Mr Nash and to hear Mr Nehru promise more time for. talks, probably tonight.", False),
        # Not rows: McIntosh accompanying Nash at the wreath-laying (same delegation); Nehru's
        # Budget debate (parliament). Removed: the Papers Past header lines and at the end the
        # cut-off sentence "Asked whether he believed the preliminary talks had shown that
        # Indian-New Zealand relations". OCR forms ("wa.", "for. talks", "Mclntosh") kept.
    ],
    roles=[("The Prime Minister of New Zealand", "walter_nash"),
           ("the Indian Prime Minister", "jawaharlal_nehru"),
           ("the Secretary for External Affairs", "alister_mcintosh")],
)

A["dev_18110_xi_moon_abe_phone"] = dict(
    actors={
        "xi_jinping": ["Xi Jinping", "Xi"],
        "moon_jae_in": ["Moon Jae-in", "Moon"],
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        # "Global Times" appears only as the source line (outlet credit): not an actor.
    },
    meetings=[
        # Two separate calls "on Friday" -> phone, held, 2018-05-04, place null; one row per
        # call, both with the lead sentence (which names both calls).
        M(["xi_jinping", "moon_jae_in"], "2018-05-04", None, PH, H,
          "Chinese President Xi Jinping spoke on the phone with South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe on Friday on boosting ties with these two countries."),
        M(["xi_jinping", "shinzo_abe"], "2018-05-04", None, PH, H,
          "Chinese President Xi Jinping spoke on the phone with South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe on Friday on boosting ties with these two countries."),
        # No Moon-Abe row (two bilateral calls, not a three-way call). Removed: the site's
        # "WeChat QR Code" and "Home>News Center" lines and the trailing "Read more:" link to
        # globaltimes.cn.
    ],
    roles=[("Chinese President", "xi_jinping"),
           ("South Korean President", "moon_jae_in"),
           ("Japanese Prime Minister", "shinzo_abe")],
)

A["test_18111_reagan_mulroney_toronto_briefing"] = dict(
    actors={
        # ".ARLIN FITZWATER" is the page's OCR of "MARLIN FITZWATER" (kept).
        "marlin_fitzwater": [".ARLIN FITZWATER", "MR. FITZWATER"],
        "ronald_reagan": ["Reagan"],
        "brian_mulroney": ["Mulroney"],
        # "IZitterrand." is the page's OCR of "Mitterrand." (kept, without the period).
        "francois_mitterrand": ["IZitterrand", "Mitterrand"],
        "white_house": ["THE WHITE HOUSE"],
        "us_congress": ["Congress"],
    },
    meetings=[
        # The brief bilateral after the arrival ceremony at the Toronto summit -> held,
        # 1988-06-19 (the briefing's day; the meetings are reported the same evening), Toronto.
        M(["ronald_reagan", "brian_mulroney"], "1988-06-19", "Toronto", IP, H,
          "The President met with Prime Minister Mulroney for brief bilateral discussions following the official arrival ceremony."),
        # The 20-minute meeting with Mitterrand "later on in the afternoon" -> held,
        # 1988-06-19, Toronto (summit sidelines).
        M(["ronald_reagan", "francois_mitterrand"], "1988-06-19", "Toronto", IP, H,
          "The President met later on in the afternoon for approximately 20 minutes -- shortly around 2:00 p.m. with President IZitterrand. of France."),
        # Not rows: "their first summit was in Bonn" (a past multilateral summit); the summit
        # meetings (multilateral). Removed: the HeinOnline navigation and title lines, the
        # "raw text is:" line, and at the end the cut-off sentence "He asked the President
        # about his priorities in the second term, some discussion of Pre". The page's deep
        # indentation of the typescript lines was removed (whitespace only, no word changed).
    ],
    roles=[("The President", "ronald_reagan"),
           ("The Prime Minister", "brian_mulroney")],
)

A["dev_18112_dung_prayuth_hanoi"] = dict(
    actors={
        "nguyen_tan_dung": ["Nguyen Tan Dung"],
        "prayut_chan_o_cha": ["Prayuth Chan-ocha"],
        "nguyen_phu_trong": ["Nguyen Phu Trong"],
    },
    meetings=[
        # The talks "on November 27 in Hanoi" -> held, 2014-11-27, Hanoi.
        M(["nguyen_tan_dung", "prayut_chan_o_cha"], "2014-11-27", "Hanoi", IP, H,
          "Prime Minister Nguyen Tan Dung made the remark at talks on November 27 in Hanoi with his Thai counterpart Prayuth Chan-ocha who is on a working visit to Vietnam to elevate bilateral ties to a higher level."),
        # Prayuth's invitation to Dung to "co-chair the third joint cabinet meeting next year"
        # -> planned, date and place null, **required false** (an invitation, not yet an
        # announced meeting). The Greater Mekong Sub-region Summit is multilateral: no row.
        M(["prayut_chan_o_cha", "nguyen_tan_dung"], None, None, IP, P,
          "Prayuth Chan-ocha invited PM Nguyen Tan Dung to attend the Greater Mekong Sub-region Summit in Thailand in December, 2014 and co-chair the third joint cabinet meeting next year.", False),
        # Not rows: Nguyen Phu Trong's "Thailand visit in June 2013" (no counterpart named,
        # not even by role). Removed: at the end the cut-off sentence "After the talks, the two
        # PMs witnessed the signing of three cooperation documents, ... between the Mekong
        # Delta cit". The excerpt starts without a headline (the title is in the URL only).
    ],
    roles=[("his Thai counterpart", "prayut_chan_o_cha"),
           ("The Thai PM", "prayut_chan_o_cha"),
           ("Party General Secretary", "nguyen_phu_trong")],
)
