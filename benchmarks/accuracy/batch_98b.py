"""Accuracy corpus, batch 98b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 98a), from the 1950s to the 2020s (1950s:
two (1952, 1954), 1960s: one (1960), 1970s: two (1974, 1976), 1980s: one (1982), 1990s: one
(1998), 2000s: one (2000), 2010s: three (2010, 2018, 2018), 2020s: one (2022); seven of the
twelve from before 2000), over the regions (South Asia: two; Western Europe, East Asia, Africa,
Middle East, Latin America, Southeast Asia, Central Asia/Caucasus, Oceania, Eastern
Europe/Russia, North America: one each; all eleven regions covered).
Outlets/sites: TIME (1954, 1960; mirrors of the TIME archive at 610211.6jhxt.group and
20.210.105.67), The Sydney Morning Herald (2010), a US embassy cable on WikiLeaks PlusD
(Kinshasa 1976), WAF (wafoman.com, 2018), the Press (Christchurch) on Papers Past (1974),
Politico (2018), RFE/RL's Turkmen Report (2000), PM Transcripts of the Australian government
(1982), The Nation (Pakistan, 2022), the Associated Press (apnews.com, 1998) and the Harry S.
Truman Library (1952).
Text kinds: two newsmagazine stories (19501, 19512), one news-site story (19502), one diplomatic
cable (19503), one news-site item of a small news agency (19504), one newspaper agency item
(19505), one "this day in politics" history item (19506), one radio service's news digest
(19507), one ministerial media release (19508), one newspaper item built on a government press
release (19509), one wire story (19510) and one White House appointment sheet with a statement
and a joint statement (19511). All twelve texts are in English.
The pages are new to the corpus (URLs, ids/slugs and headline words grepped in sources.csv,
corpus/metadata.csv and the batch files, batch_98a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_98b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-97b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_195NN_<slug>` / `test_195NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The issue line "Monday, Aug. 08, 1960" (a Monday, checked).
    ("dev_19501_adenauer_de_gaulle_rambouillet", "Western Europe", "1960s", "TIME (archive mirror, 20.210.105.67)", "http://20.210.105.67/txt/time/Time1960/1960-08-08/869732.html", "1960-08-08"),
    # No date line in the excerpt; the URL date 20100830 (a Monday, checked) agrees with "state
    # media said on Monday"; "on Friday" = 2010-08-27 (a Friday, checked).
    ("dev_19502_kim_jong_il_hu_jintao_changchun", "East Asia", "2010s", "The Sydney Morning Herald (smh.com.au)", "https://www.smh.com.au/world/china-president-meets-kim-jongil-20100830-140mu.html", "2010-08-30"),
    # The cable's id 1976KINSHA05927 gives the year; the page header "KINSHA 05927 131826Z" gives
    # day 13 (18:26Z) and the text "BREAKFAST JULY 13" the month: 1976-07-13 (a Tuesday,
    # checked). The excerpt starts at paragraph 1 (no routing header; see the notes).
    ("test_19503_mobutu_lubumbashi_breakfast", "Africa", "1970s", "US Embassy Kinshasa cable 1976KINSHA05927 (WikiLeaks PlusD)", "https://search.wikileaks.org/plusd/cables/1976KINSHA05927_b.html", "1976-07-13"),
    # The date line "27 August 2018" and the URL date 2018/08/27 (a Monday, checked).
    ("dev_19504_busaidi_nouri_rouhani_letter", "Middle East", "2010s", "WAF (wafoman.com)", "https://wafoman.com/2018/08/27/rouhani-sends-a-letter-to-qaboos-of-oman/?lang=en", "2018-08-27"),
    # The Papers Past id CHP19740130 = the Press of 1974-01-30 (a Wednesday, checked); the
    # OCR-garbled dateline "HAV V\ \. January 29." (Havana, 29 January, a Tuesday): "yesterday" =
    # 1974-01-28 (a Monday, checked).
    ("dev_19505_brezhnev_castro_havana", "Latin America", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19740130.2.129", "1974-01-30"),
    # No date line in the excerpt; the URL date 2018/05/09 (a Wednesday, checked), the "this day
    # in politics" item of 9 May. The events are of 1957 and 1963, dated in the text.
    ("dev_19506_diem_eisenhower_dulles_1957", "Southeast Asia", "2010s", "Politico (politico.com)", "https://www.politico.com/story/2018/05/09/this-day-in-politics-may-9-1957-571268", "2018-05-09"),
    # The title and date line "Turkmen Report: September 30, 2000" / "30 September 2000" (a
    # Saturday, checked); the meeting item carries its own date line "September 27, 2000" (a
    # Wednesday, checked): "yesterday" = 2000-09-26 (a Tuesday, checked).
    ("test_19507_niyazov_wandel_turkmen_report", "Central Asia/Caucasus", "2000s", "RFE/RL (rferl.org), Turkmen Report", "https://www.rferl.org/a/1347142.html", "2000-09-30"),
    # The page's "Release Date:" field is empty; the statement ends "Canberra 9 December 1982" (a
    # Thursday, checked). "Tuesday 14 December" = 1982-12-14 (a Tuesday, checked).
    ("dev_19508_muldoon_anthony_cer_satellite", "Oceania", "1980s", "PM Transcripts (pmtranscripts.pmc.gov.au), media release of the Acting Prime Minister", "https://pmtranscripts.pmc.gov.au/node/16688", "1982-12-09"),
    # No headline or date line in the excerpt; the URL date 2022/05/03 (a Tuesday, checked):
    # "on Monday" = 2022-05-02 (a Monday, checked).
    ("dev_19509_shehbaz_hamad_tamim_eid_calls", "South Asia", "2020s", "The Nation (nation.com.pk)", "https://nation.com.pk/2022/05/03/pm-calls-turkey-bahrain-qatar-leaders-to-extend-eid-greetings/", "2022-05-03"),
    # The date line "October 10, 1998" (a Saturday, checked): "today" = 1998-10-10.
    ("dev_19510_holbrooke_milosevic_rugova", "Eastern Europe/Russia", "1990s", "AP (apnews.com)", "https://www.apnews.com/33eb549efadc9676d8dea383df367d51", "1998-10-10"),
    # The date lines "TUES., Nov. 18, 1952" and "November 18, 1952" (a Tuesday, checked):
    # "today" = 1952-11-18.
    ("test_19511_truman_eisenhower_white_house", "North America", "1950s", "Harry S. Truman Library (trumanlibrary.gov), White House appointment sheet and joint statement", "https://www.trumanlibrary.gov/node/355971", "1952-11-18"),
    # The issue line "Monday, Dec. 27, 1954" (a Monday, checked).
    ("dev_19512_tito_nehru_u_nu_musketeers", "South Asia", "1950s", "TIME (archive mirror, 610211.6jhxt.group)", "http://610211.6jhxt.group/txt/time/Time1954/1954-12-27/857881.html", "1954-12-27"),
]

A = {}

A["dev_19501_adenauer_de_gaulle_rambouillet"] = dict(
    actors={
        "konrad_adenauer": ["Konrad Adenauer", "Adenauer"],
        "charles_de_gaulle": ["Charles de Gaulle", "De Gaulle"],
        "european_economic_community": ["Common Market"],
        # "the U.S.", "Great Britain", "West Germany" are countries; "The French spokesman" and
        # the "spokesmen of both sides" are unnamed.
    },
    meetings=[
        # The two days of talks at Rambouillet "last week" (issue of 1960-08-08) -> held, date
        # null ("last week", two days), `Rambouillet` (the named venue, as Camp David in
        # ANNOTATION.md). The summons ("would like to see him at once"), the flight "to Paris"
        # and the Chartres outing are the same visit: one row.
        M(["konrad_adenauer", "charles_de_gaulle"], None, "Rambouillet", IP, H,
          "The two men closeted themselves for two days in the elegant presidential chateau at Rambouillet 30 miles outside Paris."),
        # Not rows: Adenauer "had planned to visit De Gaulle no sooner than September" (a plan
        # overtaken by this visit; it did not take place as such); "his fifth visit to De Gaulle
        # since ... 1958" (a count); the "plan for regular meetings of the heads of government
        # of all six Common Market countries" (multilateral, no named people). Removed: at the
        # end the cut-off sentence "In Adenauer's eyes, the support of the U.S. is more
        # important".
    ],
    roles=[("West Germany's Chancellor", "konrad_adenauer"),
           ("the general", "charles_de_gaulle")],
)

A["dev_19502_kim_jong_il_hu_jintao_changchun"] = dict(
    actors={
        "kim_jong_il": ["Kim Jong-Il", "Kim"],
        "hu_jintao": ["Hu Jintao", "Hu"],
        "china_central_television": ["China Central Television"],
        "united_nations": ["United Nations"],
        # Countries (China, North and South Korea, the US, Japan, Russia) and "Pyongyang" are not
        # annotated; the "North Korean officials" and the "international panel" are unnamed.
    },
    meetings=[
        # Kim and Hu "met on Friday in ... Changchun"; the page (URL date 2010-08-30, a Monday:
        # "state media said on Monday") -> held, 2010-08-27, `Changchun`. The headline and the
        # description of the meeting room are the same meeting.
        M(["kim_jong_il", "hu_jintao"], "2010-08-27", "Changchun", IP, H,
          "The two leaders met on Friday in the northeast city of Changchun as part of Kim's unofficial visit to the People's Republic, China Central Television said in the first official announcement of his visit."),
        # Not rows: the six-party talks (multilateral, resumption hoped for); "remain in close
        # consultation with China" (no specific contact). Removed: at the start the page's
        # "We’re sorry, this service is currently unavailable. Please try again later." and "This
        # was published 11 years ago" lines and the repeated headline; at the end the fragment
        # "Lat".
    ],
    roles=[("China president", "hu_jintao"),
           ("North Korean leader", "kim_jong_il"),
           ("Chinese president", "hu_jintao")],
)

A["test_19503_mobutu_lubumbashi_breakfast"] = dict(
    actors={
        "mobutu_sese_seko": ["MOBUTU"],
        "nguza_karl_i_bond": ["NGUZA"],
        "walter_cutler": ["CUTLER"],
        "felix_houphouet_boigny": ["HOUPHOUET- BOIGNY"],
        "leopold_sedar_senghor": ["SENGHOR"],
        "samora_machel": ["MACHEL"],
        "organization_of_african_unity": ["OAU"],
        "oau_liberation_committee": ["OAU LIBERATION COMMITTEE", "LIBERATION COMMITTEE"],
        "kenneth_kaunda": ["KAUNDA"],
        "seretse_khama": ["KHAMA"],
        "julius_nyerere": ["NYERERE"],
        "joshua_nkomo": ["NKOMO"],
        "abel_muzorewa": ["MUZOREWA"],
        # The writer ("I") is not named in the excerpt. Countries and "SOVIETS"/"USSR" are not
        # annotated. "HOUPHOUET-" / "BOIGNY" is hyphenated across a line break (alias written
        # with the space the validator reads for the line break, as 97b's "PRESI- DENT").
    },
    meetings=[
        # The breakfast "JULY 13" at Mobutu's residence in Lubumbashi and the 50 minutes alone
        # afterwards: one meeting; the writer is unnamed -> one named party, held, 1976-07-13,
        # `Lubumbashi`. Nguza and Cutler were "PRESENT FOR BREAKFAST": not participants
        # (ANNOTATION.md: people said only to be present).
        M(["mobutu_sese_seko"], "1976-07-13", "Lubumbashi", IP, H,
          "1. I HAD BREAKFAST JULY 13 WITH MOBUTU AT HIS RESIDENCE IN LUBUMBASHI."),
        # "HE WOULD BE SEEING KAUNDA, KHAMA AND NYERERE IN ZAMBIA" -> planned, date null, place
        # `Zambia` (no city). Mobutu's three pairs are required; the three pairs among Kaunda,
        # Khama and Nyerere follow the pair rule but are **required false** (the text does not
        # say whether Mobutu sees them together or one by one).
        M(["mobutu_sese_seko", "kenneth_kaunda"], None, "Zambia", IP, P,
          "6. I TOLD MOBUTU THAT I UNDERSTOOD HE WOULD BE SEEING KAUNDA, KHAMA AND NYERERE IN ZAMBIA AND HE WOULD HAVE THE OPPORTUNITY TO SUPPORT THE GENERAL CONCEPT OF A QUICK, NEGOTIATED SOLUTION."),
        M(["mobutu_sese_seko", "seretse_khama"], None, "Zambia", IP, P,
          "6. I TOLD MOBUTU THAT I UNDERSTOOD HE WOULD BE SEEING KAUNDA, KHAMA AND NYERERE IN ZAMBIA AND HE WOULD HAVE THE OPPORTUNITY TO SUPPORT THE GENERAL CONCEPT OF A QUICK, NEGOTIATED SOLUTION."),
        M(["mobutu_sese_seko", "julius_nyerere"], None, "Zambia", IP, P,
          "6. I TOLD MOBUTU THAT I UNDERSTOOD HE WOULD BE SEEING KAUNDA, KHAMA AND NYERERE IN ZAMBIA AND HE WOULD HAVE THE OPPORTUNITY TO SUPPORT THE GENERAL CONCEPT OF A QUICK, NEGOTIATED SOLUTION."),
        M(["kenneth_kaunda", "seretse_khama"], None, "Zambia", IP, P,
          "6. I TOLD MOBUTU THAT I UNDERSTOOD HE WOULD BE SEEING KAUNDA, KHAMA AND NYERERE IN ZAMBIA AND HE WOULD HAVE THE OPPORTUNITY TO SUPPORT THE GENERAL CONCEPT OF A QUICK, NEGOTIATED SOLUTION.", False),
        M(["kenneth_kaunda", "julius_nyerere"], None, "Zambia", IP, P,
          "6. I TOLD MOBUTU THAT I UNDERSTOOD HE WOULD BE SEEING KAUNDA, KHAMA AND NYERERE IN ZAMBIA AND HE WOULD HAVE THE OPPORTUNITY TO SUPPORT THE GENERAL CONCEPT OF A QUICK, NEGOTIATED SOLUTION.", False),
        M(["seretse_khama", "julius_nyerere"], None, "Zambia", IP, P,
          "6. I TOLD MOBUTU THAT I UNDERSTOOD HE WOULD BE SEEING KAUNDA, KHAMA AND NYERERE IN ZAMBIA AND HE WOULD HAVE THE OPPORTUNITY TO SUPPORT THE GENERAL CONCEPT OF A QUICK, NEGOTIATED SOLUTION.", False),
        # "I HAD SEEN NKOMO" -> the unnamed writer's earlier meeting: one named party, held,
        # date and place null.
        M(["joshua_nkomo"], None, None, IP, H,
          "I ALSO TOLD HIM THAT I HAD SEEN NKOMO WHO HAD TOLD ME HE HOPED TO VISIT KINSHASA."),
        # "MUZOREWA HAD RECENTLY BEEN HERE AND IS PROBABLY THE SOURCE OF SOME OF MOBUTU'S IDEAS"
        # -> a visit whose meeting with Mobutu is implied: held, date null, place null ("HERE"
        # names no place), **required false**.
        M(["abel_muzorewa", "mobutu_sese_seko"], None, None, IP, H,
          "IN PART I DID THIS BECAUSE, AS MOBUTU INFORMED ME, MUZOREWA HAD RECENTLY BEEN HERE AND IS PROBABLY THE SOURCE OF SOME OF MOBUTU'S IDEAS.", False),
        # Not rows: the "TALKING POINTS DESIGNED FOR MOBUTU, HOUPHOUET-BOIGNY AND SENGHOR" (no
        # meeting with the other two is reported); Nkomo "HOPED TO VISIT KINSHASA" (a wish, no
        # host named, not arranged); the OAU decision and its Liberation Committee (bodies, no
        # meeting). Removed: at the end the cut-off paragraph "7. REGARDING NAMIBIA HE SPOKE UP".
        # The page-break lines "SECRET / SECRET / PAGE 02 KINSHA 05927 131826Z" inside
        # paragraph 4 are kept as found.
    ],
    roles=[("FONMIN", "nguza_karl_i_bond"),
           ("AMBASSADOR", "walter_cutler")],
)

A["dev_19504_busaidi_nouri_rouhani_letter"] = dict(
    actors={
        "hassan_rouhani": ["Hassan Rouhani"],
        "qaboos_bin_said": ["Sultan Qaboos bin Said", "Sultan Qaboos Bin Said", "Sultan Qaboos", "Qaboos"],
        "oman_news_agency": ["Oman News Agency", "ONA"],
        "khalid_al_busaidi": ["Khalid Al-Busaidi"],
        "royal_court_of_oman": ["Diwan of the Royal Court"],
        "mohammad_nouri": ["Mohammad Nouri", "Nouri"],
        "houthis": ["Houthis"],
        "european_union": ["European Union"],
        "mohammad_javad_zarif": ["Mohammad Javad Zarif", "Zarif"],
        "yusuf_bin_alawi_bin_abdullah": ["Yusuf Bin Alawi", "Bin Alawi"],
        "donald_trump": ["Trump"],
        # Left out: "MEHR News Agency" (photo credit, twice), "WAF" (the outlet's own dateline
        # tag and self-reference). Countries and "Saudi", "the UAE" are not annotated.
    },
    meetings=[
        # Rouhani's letter "was received by Khalid Al-Busaidi ... during a meeting with Mohammad
        # Nouri" -> held; the day of the meeting is not given (ONA "reported today", 2018-08-27)
        # -> date null; place `Muscat` (the dateline "Muscat (WAF)-"; the Diwan is there).
        M(["khalid_al_busaidi", "mohammad_nouri"], None, "Muscat", IP, H,
          "The message was received by Khalid Al-Busaidi, Minister of the Diwan of the Royal Court, during a meeting with Mohammad Nouri the Ambassador of the Islamic Republic of Iran to Oman."),
        # Zarif "met with his Omani counterpart Yusuf Bin Alawi in ... Salalah, ONA reported in
        # July" -> held, date null (month of the report only), `Salalah`.
        M(["mohammad_javad_zarif", "yusuf_bin_alawi_bin_abdullah"], None, "Salalah", IP, H,
          "Following Trump’s announcement, Iranian foreign minister Mohammad Javad Zarif met with his Omani counterpart Yusuf Bin Alawi in Oman’s southern state of Salalah, ONA reported in July."),
        # The photo caption: Qaboos "receiving Iranian Foreign minister Zarif, and Nouri ... in
        # October 2017" -> held, date null (month only), place null (none given); **required
        # false** (a file-photo caption about an earlier audience). Zarif-Nouri (the same
        # delegation) follows the pair rule, **required false** (as dev_017 in ANNOTATION.md).
        # The first caption line ("received Iranian foreign minister in Oct 2017") is the same
        # audience.
        M(["qaboos_bin_said", "mohammad_javad_zarif"], None, None, IP, H,
          "Image: file photo by MEHR News Agency for Sultan Qaboos Bin Said of Oman, receiving Iranian Foreign minister Zarif, and Nouri current Iranian ambassador to Oman in October 2017", False),
        M(["qaboos_bin_said", "mohammad_nouri"], None, None, IP, H,
          "Image: file photo by MEHR News Agency for Sultan Qaboos Bin Said of Oman, receiving Iranian Foreign minister Zarif, and Nouri current Iranian ambassador to Oman in October 2017", False),
        M(["mohammad_javad_zarif", "mohammad_nouri"], None, None, IP, H,
          "Image: file photo by MEHR News Agency for Sultan Qaboos Bin Said of Oman, receiving Iranian Foreign minister Zarif, and Nouri current Iranian ambassador to Oman in October 2017", False),
        # Not rows: Rouhani's letter to Qaboos (a letter); the November 2014 Muscat meeting
        # "between Iran, the United States and European Union" (states and an organisation, no
        # named people); Bin Alawi's "visit to Washington DC last month" (no host named); the
        # US withdrawal from the nuclear deal.
    ],
    roles=[("Iranian President", "hassan_rouhani"),
           ("Minister of the Diwan of the Royal Court", "khalid_al_busaidi"),
           ("the Ambassador of the Islamic Republic of Iran to Oman", "mohammad_nouri"),
           ("the US president", "donald_trump"),
           ("Iranian foreign minister", "mohammad_javad_zarif"),
           ("his Omani counterpart", "yusuf_bin_alawi_bin_abdullah"),
           ("Iranian Foreign minister", "mohammad_javad_zarif"),
           ("current Iranian ambassador to Oman", "mohammad_nouri")],
)

A["dev_19505_brezhnev_castro_havana"] = dict(
    actors={
        "leonid_brezhnev": ["Mr Leonid Brezhnev", "Leonid Brezhnev", "Mr Brezhnev"],
        "fidel_castro": ["Dr Fidel Castro", "Fidel Castro", "Dr Castro"],
        "raul_castro": ["Mr Raul Castro", "Raul Castro"],
        "osvaldo_dorticos": ["President Osvaldo Dorticos", "Osvaldo Dorticos"],
        "andrei_gromyko": ["Mr Andrei Gromyko", "Andrei Gromyko"],
        "konstantin_katushev": ["Mr Konstantin Katushev", "Konstantin Katushev"],
        "communist_party_of_the_soviet_union": ["Soviet Communist Party"],
        "communist_party_of_cuba": ["Cuban Communist Party"],
        # Left out: the agency credit "(X.Z.P.A.-Rruter— Copyright" (OCR of N.Z.P.A.-Reuter).
        # "Other Cuban Communist Party leaders" are unnamed.
    },
    meetings=[
        # Brezhnev's talks "yesterday" (dateline "January 29", so 1974-01-28) with Fidel Castro,
        # joined by Raul Castro and Dorticos -> four named participants, one row per pair; held,
        # 1974-01-28, `Havana`. The airport bear-hug and the raised arms at the airport are the
        # same day and place: same rows. The three Cuban-Cuban pairs (hosts of one side) are
        # **required false** (as dev_017 in ANNOTATION.md).
        M(["leonid_brezhnev", "fidel_castro"], "1974-01-28", "Havana", IP, H,
          "The First Deputy Prime Minister (Mr Raul Castro) and President Osvaldo Dorticos joined Mr Brezhnev and Dr Fidel Castro for the talks, which were described as “friendlv and cordial.”"),
        M(["leonid_brezhnev", "raul_castro"], "1974-01-28", "Havana", IP, H,
          "The First Deputy Prime Minister (Mr Raul Castro) and President Osvaldo Dorticos joined Mr Brezhnev and Dr Fidel Castro for the talks, which were described as “friendlv and cordial.”"),
        M(["leonid_brezhnev", "osvaldo_dorticos"], "1974-01-28", "Havana", IP, H,
          "The First Deputy Prime Minister (Mr Raul Castro) and President Osvaldo Dorticos joined Mr Brezhnev and Dr Fidel Castro for the talks, which were described as “friendlv and cordial.”"),
        M(["fidel_castro", "raul_castro"], "1974-01-28", "Havana", IP, H,
          "The First Deputy Prime Minister (Mr Raul Castro) and President Osvaldo Dorticos joined Mr Brezhnev and Dr Fidel Castro for the talks, which were described as “friendlv and cordial.”", False),
        M(["fidel_castro", "osvaldo_dorticos"], "1974-01-28", "Havana", IP, H,
          "The First Deputy Prime Minister (Mr Raul Castro) and President Osvaldo Dorticos joined Mr Brezhnev and Dr Fidel Castro for the talks, which were described as “friendlv and cordial.”", False),
        M(["raul_castro", "osvaldo_dorticos"], "1974-01-28", "Havana", IP, H,
          "The First Deputy Prime Minister (Mr Raul Castro) and President Osvaldo Dorticos joined Mr Brezhnev and Dr Fidel Castro for the talks, which were described as “friendlv and cordial.”", False),
        # The invitation "made during the ... Cuban leader's fourth and last visit to Moscow in
        # December. 1972" implies a Castro-Brezhnev meeting in Moscow -> held, date null (month
        # only), `Moscow`, **required false** (background; the meeting is implied).
        M(["fidel_castro", "leonid_brezhnev"], None, "Moscow", IP, H,
          "I Mr Brezhnev’s visit to (Cuba is at the invitation of Dr Castro, made during the j Cuban leader's fourth and last visit to Moscow in December. 1972.", False),
        # Not rows: the mass rally (a speech); Gromyko and Katushev "in the delegation" (members
        # of the visiting delegation, no meeting of their own reported); the week-long visit as
        # such. Removed: the "Article image" lines at the start and at the end the cut-off
        # sentence "There was no confirmation that Mr Brezhnev would meet leaders of".
    ],
    roles=[("The visiting Soviet leader", "leonid_brezhnev"),
           ("The Soviet Communist Party chief", "leonid_brezhnev"),
           ("the Prime Minister", "fidel_castro"),
           ("The First Deputy Prime Minister", "raul_castro"),
           ("the first Soviet party-leader to visit Cuba", "leonid_brezhnev"),
           ("the Foreign Minister", "andrei_gromyko"),
           ("the Civil Aviation Minister", "konstantin_katushev")],
)

A["dev_19506_diem_eisenhower_dulles_1957"] = dict(
    actors={
        "henry_cabot_lodge": ["Henry Cabot Lodge"],
        "ngo_dinh_diem": ["President Ngo Dinh Diem", "Ngo Dinh Diem", "President Diem", "Diem"],
        "us_congress": ["Congress"],
        "dwight_eisenhower": ["President Dwight D. Eisenhower", "Dwight D. Eisenhower"],
        "john_foster_dulles": ["John Foster Dulles"],
        "the_new_york_times": ["The New York Times"],
        "andrew_tully": ["Andrew Tully"],
        "the_washington_daily_news": ["The Washington Daily News"],
        "sam_rayburn": ["House Speaker Sam Rayburn", "Sam Rayburn"],
        "richard_nixon": ["Vice President Richard Nixon", "Richard Nixon"],
        # "the U.S. government", "Washington" (as government) and the 50,000 spectators are
        # not named actors; "Columbine III" is a plane.
    },
    meetings=[
        # The photo caption: Lodge "presents his credentials to President Ngo Dinh Diem ... at
        # the presidential palace in Saigon on Aug. 26, 1963" -> held, 1963-08-26, `Saigon`.
        M(["henry_cabot_lodge", "ngo_dinh_diem"], "1963-08-26", "Saigon", IP, H,
          "U.S. Ambassador Henry Cabot Lodge presents his credentials to President Ngo Dinh Diem (center) at the presidential palace in Saigon on Aug. 26, 1963, weeks before Diem was slain after surrendering in a coup backed by the U.S. government."),
        # "On May 8" (of 1957: "On this day in 1957"; not the publication year) Eisenhower ("The
        # president") and Dulles greeted Diem at National Airport -> two held rows, 1957-05-08,
        # `Washington` ("he flew to Washington"); arrival welcomes count (as 97b's 19302). The
        # two hosts' pair follows the pair rule, **required false**.
        M(["dwight_eisenhower", "ngo_dinh_diem"], "1957-05-08", "Washington", IP, H,
          "The president and John Foster Dulles, the secretary of state, greeted him at National Airport with full military honors — including a 21-gun salute."),
        M(["john_foster_dulles", "ngo_dinh_diem"], "1957-05-08", "Washington", IP, H,
          "The president and John Foster Dulles, the secretary of state, greeted him at National Airport with full military honors — including a 21-gun salute."),
        M(["dwight_eisenhower", "john_foster_dulles"], "1957-05-08", "Washington", IP, H,
          "The president and John Foster Dulles, the secretary of state, greeted him at National Airport with full military honors — including a 21-gun salute.", False),
        # Not rows: Diem's address to "a joint meeting of Congress" over which Rayburn and Nixon
        # presided (a speech to a plenary); the "two-week visit to the United States" as such;
        # the Times editorial and Tully's report (media). Removed: at the end the cut-off
        # sentence "She is courageously facing up to economic competition with the Co".
    ],
    roles=[("U.S. Ambassador", "henry_cabot_lodge"),
           ("president of South Vietnam", "ngo_dinh_diem"),
           ("The president", "dwight_eisenhower"),
           ("the secretary of state", "john_foster_dulles"),
           ("House Speaker", "sam_rayburn"),
           ("Vice President", "richard_nixon")],
)

A["test_19507_niyazov_wandel_turkmen_report"] = dict(
    actors={
        "saparmurat_niyazov": ["Turkmen President Saparmurat Niyazov", "Saparmurat Niyazov", "Niyazov"],
        "matkarim_rajapov": ["Matkarim Rajapov", "Rajapov"],
        "orazmut_begmuradov": ["Orazmut Begmuradov"],
        "turkmen_tv": ["Turkmen TV"],
        "cabinet_of_ministers_turkmenistan": ["Cabinet of Ministers"],
        "akhmet_akyniyazov": ["Akhmet Akyniyazov"],
        "jens_wandel": ["Jens Wandel", "Wandel"],
        "united_nations": ["UN"],
        "united_nations_development_programme": ["UN development program"],
        # Left out: the end-of-item credit "(BBC Central Asia Monitoring -- Turkmen TV Channel
        # 1)" (agency credit; "Turkmen TV" is annotated from the body). The deputy chairman and
        # the education minister are unnamed.
    },
    meetings=[
        # Niyazov "met yesterday with the UN representative Jens Wandel": "yesterday" is read
        # from the item's own date line "September 27, 2000" (not the digest's 30 September)
        # -> held, 2000-09-26; place null (the text does not say where they met).
        M(["saparmurat_niyazov", "jens_wandel"], "2000-09-26", None, IP, H,
          "Turkmen President Saparmurat Niyazov met yesterday with the UN representative Jens Wandel, who is responsible for the UN development program in Turkmenistan."),
        # Not rows: "During the meeting" and "Following the talks" (the same meeting); the
        # demotion, the docked salaries and the dismissal (decisions, no meeting reported).
        # Removed: at the start the page's "Accessibility links" and "Breaking News" lines; at
        # the end the cut-off quotation "\"At present we are also implementing educational
        # programs ... and other resou".
    ],
    roles=[("Turkmen President", "saparmurat_niyazov"),
           ("Minister of Finance and Economy", "matkarim_rajapov"),
           ("The president", "saparmurat_niyazov"),
           ("governor of Serkhetabat District of [southern] Mary Region", "akhmet_akyniyazov"),
           ("the UN representative", "jens_wandel")],
)

A["dev_19508_muldoon_anthony_cer_satellite"] = dict(
    actors={
        "malcolm_fraser": ["Fraser, Malcolm"],
        "doug_anthony": ["Anthony, John Douglas", "J. D. Anthony"],
        "robert_muldoon": ["Mr. Muldoon"],
        # The statement's "I" is Anthony (named in its heading). The "other cabinet Ministers"
        # and "senior industry representatives" are unnamed; Parliament Houses are places.
    },
    meetings=[
        # Anthony ("I") and Muldoon "will sign the H-eads of Agreement ... during a twoway
        # satellite transmission at noon on Tuesday 14 December", exchanging copies "at the
        # satellite ceremony" -> a two-way video link of the two named signatories: video,
        # planned, 1982-12-14, place null (Muldoon in Wellington, Anthony in Canberra).
        M(["doug_anthony", "robert_muldoon"], "1982-12-14", None, VID, P,
          "The New Zealand Prime Minister, Mr. Muldoon, and I will sign the H-eads of Agreement of the Closer Economic Relationship between Australia and New Zealand during a twoway satellite transmission at noon on Tuesday 14 December."),
        # Not rows: the signatures "previously" made on each copy (no interaction); the other
        # ministers and industry representatives in Canberra (unnamed). Removed: at the start the
        # site lines "PM Transcripts" / "Transcripts from the Prime Ministers of Australia"; at
        # the end the memo line "Memo: To Heads of Bureaux" and its cut-off sentence "You or
        # your representatives are invited to attend the CER signing ceremony ... on Tuesday 14
        # Dece". The OCR lines "iv dia", "of Trade andal", "Resources~ i a" are kept as found.
    ],
    roles=[("the Acting Prime Minister", "doug_anthony"),
           ("Minister for Trade and Resources", "doug_anthony"),
           ("The New Zealand Prime Minister", "robert_muldoon")],
)

A["dev_19509_shehbaz_hamad_tamim_eid_calls"] = dict(
    actors={
        "shehbaz_sharif": ["Prime Minister Muhammad Shehbaz Sharif", "Muhammad Shehbaz Sharif", "Prime Minister Shehbaz Sharif", "Shehbaz Sharif"],
        "hamad_bin_isa_al_khalifa": ["Bahrain King Hamad bin Isa Al Khalifa", "King Hamad bin Isa Al Khalifa", "Hamad bin Isa Al Khalifa"],
        "tamim_bin_hamad_al_thani": ["Sheikh Tamin Bin Hamad Al Thani", "Tamin Bin Hamad Al Thani"],
        # Countries are not annotated; "the Pakistani diaspora" is not an actor.
    },
    meetings=[
        # "on Monday held a telephone call with Bahrain King Hamad" (URL date 2022-05-03, a
        # Tuesday) -> phone, held, 2022-05-02, place null.
        M(["shehbaz_sharif", "hamad_bin_isa_al_khalifa"], "2022-05-02", None, PH, H,
          "ISLAMABAD – Prime Minister Muhammad Shehbaz Sharif on Monday held a telephone call with Bahrain King Hamad bin Isa Al Khalifa to convey greetings on the auspicious occasion of Eidul Fitr."),
        # "also telephoned Amir of Qatar Sheikh Tamin Bin Hamad Al Thani on Monday" -> phone,
        # held, 2022-05-02, place null.
        M(["shehbaz_sharif", "tamim_bin_hamad_al_thani"], "2022-05-02", None, PH, H,
          "Prime Minister Muhammad Shehbaz Sharif also telephoned Amir of Qatar Sheikh Tamin Bin Hamad Al Thani on Monday to greet him on the auspicious occasion of Eidul Fitr."),
        # Not rows: the mutual invitations to visit Pakistan and Qatar (invitations, not
        # accepted in the text); "agreed to maintain close contact" (no specific contact).
        # Removed: the search tool's date prefix; at the end the subheading "PM Shehbaz Sharif
        # greets President Erdogan on Eid" with the fragment "Prime Minister M" that was all of
        # its paragraph (so no Erdogan row). No headline in the excerpt.
    ],
    roles=[("The Prime Minister", "shehbaz_sharif"),
           ("the Prime Minister", "shehbaz_sharif"),
           ("His Majesty", "hamad_bin_isa_al_khalifa"),
           ("Amir of Qatar", "tamim_bin_hamad_al_thani"),
           ("The Amir of Qatar", "tamim_bin_hamad_al_thani"),
           ("The Amir", "tamim_bin_hamad_al_thani")],
)

A["dev_19510_holbrooke_milosevic_rugova"] = dict(
    actors={
        "richard_holbrooke": ["Richard Holbrooke", "Holbrooke"],
        "slobodan_milosevic": ["Yugoslav President Slobodan Milosevic", "Slobodan Milosevic", "Milosevic"],
        "nato": ["NATO"],
        "ibrahim_rugova": ["Ibrahim Rugova"],
        "brian_donnelly": ["Brian Donnelly", "Donnelly"],
        "european_union": ["European Union"],
        "fehmi_agani": ["Fehmi Agani"],
        "iljaz_kurtesi": ["Iljaz Kurtesi"],
        "edita_tahiri": ["Edita Tahiri"],
        # Left out: the agency credit "(AP)". "the ethnic Albanians" and "government officials"
        # are unnamed.
    },
    meetings=[
        # Holbrooke "ended a round of crisis talks with Yugoslavia’s president early today" (the
        # talks "ended well past midnight") -> held, 1998-10-10 (the only day the text pins, the
        # day they ended), `Belgrade`.
        M(["richard_holbrooke", "slobodan_milosevic"], "1998-10-10", "Belgrade", IP, H,
          "BELGRADE, Yugoslavia (AP) _ U.S. envoy Richard Holbrooke ended a round of crisis talks with Yugoslavia’s president early today in a last-ditch effort to reach a diplomatic solution in Kosovo and avoid NATO airstrikes."),
        # He "arrived in ... Pristina later this morning for talks with ... Ibrahim Rugova" -> the
        # talks are the purpose of the trip, not reported as held -> planned, 1998-10-10,
        # `Pristina`. Donnelly "accompanied" him: not a participant (ANNOTATION.md).
        M(["richard_holbrooke", "ibrahim_rugova"], "1998-10-10", "Pristina", IP, P,
          "Holbrooke arrived in the Kosovo capital Pristina later this morning for talks with the main ethnic Albanian leader, Ibrahim Rugova."),
        # "Holbrooke returns for more talks with ... Milosevic after the trip" -> planned, date
        # null (not pinned), `Belgrade` (he returns from Pristina to the dateline city).
        M(["richard_holbrooke", "slobodan_milosevic"], None, "Belgrade", IP, P,
          "Holbrooke returns for more talks with Yugoslav President Slobodan Milosevic after the trip."),
        # At the U.S. center in Pristina "he was awaited by three Albanian negotiators" -> held,
        # 1998-10-10, `Pristina`, **required false** (the encounter is implied by "awaited"; it
        # may be part of the Rugova talks). The negotiators' pairs among themselves (one
        # delegation) are not written as rows.
        M(["richard_holbrooke", "fehmi_agani"], "1998-10-10", "Pristina", IP, H,
          "Upon arrival in Pristina, Holbrooke went straight to the U.S. center, where he was awaited by three Albanian negotiators _ Fehmi Agani, Iljaz Kurtesi and Edita Tahiri.", False),
        M(["richard_holbrooke", "iljaz_kurtesi"], "1998-10-10", "Pristina", IP, H,
          "Upon arrival in Pristina, Holbrooke went straight to the U.S. center, where he was awaited by three Albanian negotiators _ Fehmi Agani, Iljaz Kurtesi and Edita Tahiri.", False),
        M(["richard_holbrooke", "edita_tahiri"], "1998-10-10", "Pristina", IP, H,
          "Upon arrival in Pristina, Holbrooke went straight to the U.S. center, where he was awaited by three Albanian negotiators _ Fehmi Agani, Iljaz Kurtesi and Edita Tahiri.", False),
        # Not rows: "more than six hours of talks that ended well past midnight" (the same
        # Milosevic talks); the demanded "resumption of talks between the ethnic Albanians and
        # the Milosevic-led government" and the Albanians' refusal "to meet government
        # officials" (unnamed parties; a refusal). Removed: at the start the page's "Related
        # topics" line; at the end the cut-off sentence "Hundreds of people have been killed
        # ... the main republic o".
    ],
    roles=[("U.S. envoy", "richard_holbrooke"),
           ("Yugoslavia’s president", "slobodan_milosevic"),
           ("the main ethnic Albanian leader", "ibrahim_rugova"),
           ("British Ambassador to Yugoslavia", "brian_donnelly"),
           ("Yugoslav President", "slobodan_milosevic"),
           ("The American envoy", "richard_holbrooke")],
)

A["test_19511_truman_eisenhower_white_house"] = dict(
    actors={
        "us_state_department": ["DEPARTMENT OF STATE"],
        "white_house": ["WHITE HOUSE", "White House"],
        "dwight_eisenhower": ["Hon. Dwight D. Eisenhower", "Dwight D. Eisenhower", "General Eisenhower"],
        "henry_cabot_lodge": ["Sen. Henry Cabot Lodge", "Henry Cabot Lodge"],
        "joseph_m_dodge": ["Hon. Joseph M. Dodge", "Joseph M. Dodge"],
        "dean_acheson": ["Hon. Dean Acheson", "Dean Acheson"],
        "john_w_snyder": ["Hon. John W. Snyder", "John W. Snyder"],
        "robert_a_lovett": ["Hon. Robert A. Lovett", "Robert A. Lovett"],
        "averell_harriman": ["Hon. W. Averell Harriman", "W. Averell Harriman"],
        "harry_truman": ["President Truman"],
        # "the citizens of Washington" and "my associates" are unnamed; "SA-M:AW" are typist's
        # initials.
    },
    meetings=[
        # The joint statement: "President Truman and General Eisenhower met today at the White
        # House." -> held, 1952-11-18, `Washington` (White House -> Washington). Eisenhower's
        # oral statement ("This meeting today ...") is the same meeting.
        M(["harry_truman", "dwight_eisenhower"], "1952-11-18", "Washington", IP, H,
          "President Truman and General Eisenhower met today at the White House."),
        # The appointment sheet "APPOINTMENT OF THE PRESIDENT / 2:00" lists Eisenhower,
        # Eisenhower's associates Lodge and Dodge, and Truman's secretaries of State, Treasury
        # and Defense and the Director for Mutual Security. The sentence of the joint statement
        # that said "they met with the Secretaries ..." was cut off with the excerpt, so the
        # others' participation rests on the list alone: Truman with each of the six and
        # Eisenhower with each of Truman's four officials are **required false** (1952-11-18,
        # `Washington`). Pairs within one side (the four officials among themselves;
        # Eisenhower-Lodge, Eisenhower-Dodge, Lodge-Dodge) are not written as rows.
        M(["harry_truman", "henry_cabot_lodge"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["harry_truman", "joseph_m_dodge"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["harry_truman", "dean_acheson"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["harry_truman", "john_w_snyder"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["harry_truman", "robert_a_lovett"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["harry_truman", "averell_harriman"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["dwight_eisenhower", "dean_acheson"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["dwight_eisenhower", "john_w_snyder"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["dwight_eisenhower", "robert_a_lovett"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        M(["dwight_eisenhower", "averell_harriman"], "1952-11-18", "Washington", IP, H,
          "2:00 Hon. Dwight D. Eisenhower, President-elect Sen. Henry Cabot Lodge Hon. Joseph M. Dodge Hon. Dean Acheson, Secretary of State Hon. John W. Snyder, Secretary of Treasury Hon. Robert A. Lovett, Secretary of Defense Hon. W. Averell Harriman, Director for Mutual Security", False),
        # Not rows: the "very warm reception here from the citizens of Washington" (unnamed);
        # the "WHITE HOUSE PRESS AND RADIO NEWS CONFERENCE" and Eisenhower's oral statement to
        # the press (media); the announced joint statement (a document). Removed: at the end the
        # cut-off sentence "After conferring together by themselves, they met with the
        # Secretaries of State, Defense and Treasury, the Director of Mutual Security, and
        # General Eisenhower's associates, Senator".
    ],
    roles=[("THE PRESIDENT", "harry_truman"),
           ("President-elect", "dwight_eisenhower"),
           ("Secretary of State", "dean_acheson"),
           ("Secretary of Treasury", "john_w_snyder"),
           ("Secretary of Defense", "robert_a_lovett"),
           ("Director for Mutual Security", "averell_harriman")],
)

A["dev_19512_tito_nehru_u_nu_musketeers"] = dict(
    actors={
        "josip_broz_tito": ["Marshal Tito", "Tito"],
        "jawaharlal_nehru": ["Jawaharlal Nehru", "Nehru"],
        "u_nu": ["Premier U Nu", "U Nu"],
        "rajendra_prasad": ["Indian President Prasad", "Prasad"],
        # D'Artagnan and the Three Musketeers are fictional; the "leading Yugoslav diplomat" is
        # unnamed; countries and "Bombay State" are not annotated.
    },
    meetings=[
        # "the Marshal and the Indian Premier closeted themselves for talks" during Tito's visit
        # ("last week") -> held, date null, `New Delhi` (the visit's stop where he was greeted;
        # the talks sentence names no place). Participants only by role in that sentence.
        M(["josip_broz_tito", "jawaharlal_nehru"], None, "New Delhi", IP, H,
          "In between a flurry of motorcades, polo matches, preparations for a tiger hunt and bows to street crowds,* the Marshal and the Indian Premier closeted themselves for talks about matters of \"great significance.\""),
        # The red-carpet greeting in New Delhi by Nehru and Prasad: Tito-Prasad is a row (an
        # arrival welcome); Tito-Nehru on arrival is the row above (same visit); Nehru-Prasad
        # (the two hosts) follows the pair rule, **required false**.
        M(["josip_broz_tito", "rajendra_prasad"], None, "New Delhi", IP, H,
          "Standing on a red carpet to greet Tito were Nehru and Indian President Prasad."),
        M(["jawaharlal_nehru", "rajendra_prasad"], None, "New Delhi", IP, H,
          "Standing on a red carpet to greet Tito were Nehru and Indian President Prasad.", False),
        # U Nu "headed home to be in Rangoon in time to play host for Tito's state visit to
        # Burma" -> planned, date null, `Rangoon`.
        M(["u_nu", "josip_broz_tito"], None, "Rangoon", IP, P,
          "Burma's U Nu made a final round of speeches in Communist China, and headed home to be in Rangoon in time to play host for Tito's state visit to Burma."),
        # Not rows: U Nu's "final round of speeches in Communist China" (speeches, no host
        # named); the arrival at Bombay Harbor (escorted by destroyers, no named greeter); "the
        # introductions got under way" (general). Removed: at the end the cut-off sentence
        # "Nehru is also intrigued by Tito's ability to stand apart fro".
    ],
    roles=[("Burma's Premier", "u_nu"),
           ("Indian President", "rajendra_prasad"),
           ("the Marshal", "josip_broz_tito"),
           ("the Indian Premier", "jawaharlal_nehru")],
)
