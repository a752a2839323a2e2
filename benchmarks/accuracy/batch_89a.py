"""Accuracy corpus, batch 89a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 89b at the same time), over all eleven regions
(Southeast Asia: two; Western Europe, Oceania, North America, Eastern Europe/Russia, South Asia,
Latin America, Africa, Central Asia/Caucasus, East Asia, Middle East: one each) and seven decades
(1950s: three, 1970s: two, 1980s: one, 1990s: one, 2000s: two, 2010s: two, 2020s: one; seven of
the twelve from before 2000).
Outlets/sites: Papers Past (The Press, Christchurch, NZPA copy, 1959, twice), PM Transcripts (a
media release of Robert Menzies, 1959), JTA (1975), a State Department cable (1973, WikiLeaks PlusD
mirror forum.wikileaks.org), the Clinton White House (a 1999 press briefing transcript), a Kenyan
blog copying a PPS/Capital FM story (2013), the Azerbaijani presidency (2017 release), TIME (1983,
softbeam.net mirror), The Diplomatic Insight (2021), OANA/ANTARA (2009) and a blog copy of a
Jakarta Post story (2009). All texts are in English.
Kinds: seven news items (wire/newspaper/magazine/online), one diplomatic cable, one press briefing
transcript, one official release (presidency), one prime minister's media release, one blog copy.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 89b found nothing; `dev_17606` is a different page, the press
briefing, from the White House statement on the same Clinton-Menem visit in batch 85a).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_89a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-88b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_176NN_<slug>` /
`test_176NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue date from the Papers Past address (CHP19590831 = The Press, 31 August 1959, a
    # Monday); the cabled story is datelined "LONDON, August 29" (a Saturday).
    ("dev_17601_eisenhower_macmillan_chequers", "Western Europe", "1950s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; N.Z. Press Association)", "https://paperspast.natlib.govt.nz/newspapers/CHP19590831.2.81", "1959-08-31"),
    # "Release Date: 28/09/1959" (28 September 1959, a Monday) and "28TH SEPTEMBER, 1959" in the
    # embargo line.
    ("dev_17602_menzies_tunku_visit", "Oceania", "1950s", "PM Transcripts (pmtranscripts.pmc.gov.au; media release of Robert Menzies)", "https://pmtranscripts.pmc.gov.au/node/10823", "1959-09-28"),
    # Issue date from the Papers Past address (CHP19590917 = The Press, 17 September 1959, a
    # Thursday); the cabled story is datelined "WASHINGTON, September 16" (a Wednesday).
    ("test_17603_khrushchev_eisenhower_washington", "North America", "1950s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz)", "https://paperspast.natlib.govt.nz/newspapers/CHP19590917.2.141.4", "1959-09-17"),
    # "February 18, 1975" under the headline (a Tuesday); also in the address.
    ("dev_17604_kissinger_gromyko_talks", "Eastern Europe/Russia", "1970s", "Jewish Telegraphic Agency (jta.org archive)", "https://www.jta.org/1975/02/18/archive/kissinger-gromyko-end-two-days-of-talks-u-s-ussr-determined-to-work-for-mideast-peace", "1975-02-18"),
    # Cable date-time group "121459Z OCT 73" -> 1973-10-12 (a Friday); also "1973" in the address.
    ("dev_17605_riza_laingen_singh_cable", "South Asia", "1970s", "US Department of State cable (WikiLeaks PlusD, mirror forum.wikileaks.org)", "https://forum.wikileaks.org/plusd/cables/1973STATE202477_b.html", "1973-10-12"),
    # "For Immediate Release January 11, 1999" (a Monday); also in the address.
    ("dev_17606_clinton_menem_briefing", "Latin America", "1990s", "The White House, Office of the Press Secretary (clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1999/01/1999-01-11-briefing-by-jim-dobbins.html", "1999-01-11"),
    # "Friday 10 May 2013" (the blog's post date) and the dateline "CAPE TOWN, South Africa,
    # May 10" with "on Friday" (2013-05-10 is a Friday); also "2013/05" in the address.
    ("test_17607_kenyatta_zuma_cape_town", "Africa", "2010s", "ayoubmzee blog (ayoubmzee.blogspot.ca; PPS/Capital FM copy)", "http://ayoubmzee.blogspot.ca/2013/05/uhuru-holds-talks-with-sas-zuma-by.html", "2013-05-10"),
    # "19 november 2017, 19:23" under the title (a Sunday).
    ("dev_17608_aliyev_lavrov_baku", "Central Asia/Caucasus", "2010s", "President of the Republic of Azerbaijan (president.az)", "https://president.az/en/articles/view/25902", "2017-11-19"),
    # "Monday, Jan. 24, 1983" at the head of the text (issue date); also in the address.
    ("dev_17609_nakasone_chun_seoul", "East Asia", "1980s", "TIME (mirror softbeam.net)", "http://softbeam.net/txt/time/Time1983/1983-01-24/950833.html", "1983-01-24"),
    # Dateline "Riyadh, 11 October 2021 (TDI)" (a Monday).
    ("dev_17610_mbs_johnson_call", "Middle East", "2020s", "The Diplomatic Insight (thediplomaticinsight.com)", "https://thediplomaticinsight.com/saudi-crown-prince-receives-phone-call-from-uk/", "2021-10-11"),
    # "Thu, 04/23/2009 - 14:25" at the head and the dateline "Jakarta, April 23 (ANTARA)"
    # (2009-04-23 is a Thursday).
    ("test_17611_najib_yudhoyono_jakarta", "Southeast Asia", "2000s", "OANA (oananews.org; ANTARA copy)", "https://www.oananews.org/node/57035", "2009-04-23"),
    # "07 April 2009" (blog post date) and "Tue, 04/07/2009" (the Jakarta Post's date, a
    # Tuesday); also "2009/04" in the address.
    ("dev_17612_yudhoyono_najib_phone", "Southeast Asia", "2000s", "ecosoc-monitor2 blog (ecosoc-monitor2.blogspot.com; The Jakarta Post copy)", "http://ecosoc-monitor2.blogspot.com/2009/04/yudhoyono-and-najib-agree-to-improve.html", "2009-04-07"),
]

A = {}

A["dev_17601_eisenhower_macmillan_chequers"] = dict(
    actors={
        "dwight_eisenhower": ["President Eisenhower", "Eisenhower"],
        "harold_macmillan": ["Mr Macmillan"],
        "james_hagerty": ["Mr James Hagerty", "Mr Hagerty"],
        "nato": ["North Atlantic Treaty Organisation"],
        "nz_press_association": ["N.Z. Press Association"],
    },
    meetings=[
        # "LONDON, August 29 ... today" -> 1959-08-29 (the correspondent's day, as in 88a's
        # dev_17402: relative days resolved against the cable's dateline, the paper being of
        # Monday 31 August). Place Chequers (as "Chequers" rows of earlier batches).
        M(["dwight_eisenhower", "harold_macmillan"], "1959-08-29", "Chequers", IP, H,
          "President Eisenhower and the British Prime Minister, Mr Macmillan, today had “a general conversation on the world situation” at Chequers, it was officially announced in London today."),
        # "They will continue when the four of them get together for subsequent meetings":
        # further sessions of the same talks (the four = the two principals and their unnamed
        # Foreign Secretaries), no day -> planned, date null, required false.
        M(["dwight_eisenhower", "harold_macmillan"], None, None, IP, P,
          "They will continue when the four of them get together for subsequent meetings.”", False),
        # The headline "Eisenhower Ends Visit To Queen": a visit to a person given by role only
        # ("Queen", unnamed) -> one-party row, held, no date/place, required false.
        M(["dwight_eisenhower"], None, None, IP, H,
          "Eisenhower Ends Visit To Queen", False),
        # Not rows: Hagerty's press conference (a single person's news conference); "the report
        # by the Foreign Secretaries to the principals" (unnamed). Removed: at the start, the
        # Papers Past correction notes and the "Article image" lines; at the end, the cut-off
        # fragment "The British". Kept as found: "British-Ameri-can", "It was obvious".
    ],
    roles=[("the British Prime Minister", "harold_macmillan"),
           ("President Eisenhower’s press secretary", "james_hagerty")],
)

A["dev_17602_menzies_tunku_visit"] = dict(
    actors={
        "robert_menzies": ["Menzies, Robert", "Menzies, Sir Robert Gordon", "R G MENZIES",
                           "R. G. MENZIES", "Mr. Menzies"],
        "tunku_abdul_rahman": ["Tunku Abdul Rahman", "Tunku Abdul Rabman"],
        "pattie_menzies": ["Dame Pattie Menzies"],
        "australian_cabinet": ["Australian Cabinet"],
        "commonwealth_parliamentary_association": ["Commonwealth Parliamentary Association"],
    },
    meetings=[
        # The Tunku's announced visit (30 October - 14 November: a range -> date null). Menzies
        # "looked forward to seeing" him -> planned; place Canberra, where the text puts the
        # visit's discussions with the Cabinet Menzies heads (the "seeing" sentence itself
        # names only Australia; doubtful, see notes).
        M(["robert_menzies", "tunku_abdul_rahman"], None, "Canberra", IP, P,
          "Mr. Menzies said that he greatly looked forward to seeing Tunku Abdul Rabman who would be most welcome in Australia."),
        # Menzies' own journey: "discussions with Government leaders in Indonesia and Malaya"
        # (unnamed leaders) -> two one-party planned rows, date null (ranges), required false.
        M(["robert_menzies"], None, "Indonesia", IP, P,
          "He would have discussions with Government leaders in Indonesia and Malaya as well as seeing as much as he could of both countries which were important neighbours of Australia.", False),
        M(["robert_menzies"], None, "Malaya", IP, P,
          "He would have discussions with Government leaders in Indonesia and Malaya as well as seeing as much as he could of both countries which were important neighbours of Australia.", False),
        # Not rows: the Tunku's "discussions with the Australian Cabinet" (a body; Menzies'
        # meeting is the row above); the CPA meeting (multilateral); Dame Pattie accompanies.
        # Removed: at the start, the site header "PM Transcripts / Transcripts from the Prime
        # Ministers of Australia". Kept as found: "14+ th", "PUBLICA'TION", "PM o 6l~", "Zoing".
    ],
    roles=[("THE PRIME MINISTER OF MALAYA", "tunku_abdul_rahman"),
           ("The Prime Minister", "robert_menzies")],
)

A["test_17603_khrushchev_eisenhower_washington"] = dict(
    actors={
        "nikita_khrushchev": ["Mr Khrushchev"],
        "dwight_eisenhower": ["Mi Eisenhower", "Mr Eisenhower"],
        "william_fulbright": ["Democrat Senator William Fulbright"],
        "national_press_club": ["National Press Club", "Press Club"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
        "senate_foreign_relations_committee": ["Foreign Relations Committee"],
    },
    meetings=[
        # "Shortly before the dinner at the White House last night" in a story datelined
        # "WASHINGTON, September 16" (Wednesday) -> 1959-09-15. The "preliminary discussions",
        # the banquet and the two-hour discussion are the same evening -> one row.
        M(["nikita_khrushchev", "dwight_eisenhower"], "1959-09-15", "Washington", IP, H,
          "Shortly before the dinner at the White House last night, to which the Soviet leader took his family, he had a two-hour discussion with Mr Eisenhower."),
        # "host tonight ... a return dinner for Mr Eisenhower" -> 1959-09-16, planned.
        M(["nikita_khrushchev", "dwight_eisenhower"], "1959-09-16", "Washington", IP, P,
          "The 65-year-old Mr Khrushchev will himself be host tonight when he gives a return dinner for Mr Eisenhower at the Soviet Embassy in Washington."),
        # Camp David talks "at the end of the Prime Minister's tour" (no day) -> planned, null.
        M(["nikita_khrushchev", "dwight_eisenhower"], None, "Camp David", IP, P,
          "They agreed to hold further detailed talks in the seclusion of Camp David, Maryland, at the end of the Prime Minister’s tour of the country."),
        # Tea with members of the Foreign Relations Committee "headed by" Fulbright (today,
        # 1959-09-16, planned): Fulbright is named only as the committee's chairman, not said
        # to attend -> required false. The sentence runs over the excerpt's line break.
        M(["nikita_khrushchev", "william_fulbright"], "1959-09-16", "Washington", IP, P,
          "After the Press Club luncheon the Prime Minister will drive to the Capitol, the home of Congress, to have tea with members of the Foreign Relations Committee, headed by Democrat Senator William Fulbright There, he will be subjected to further close questioning on EastWest relations.", False),
        # Not rows: the speech at the National Press Club (a speech); the Geneva summit of 1955
        # (multilateral). Removed: at the start, the "Article image" lines; at the end, the
        # cut-off sentence "The two leaders will go to the P". Kept as found: "Mi Eisenhower",
        # "EastWest", the missing full stop after "Fulbright".
    ],
    roles=[("The Soviet Prime Minister", "nikita_khrushchev"),
           ("The dynamic Russian leader", "nikita_khrushchev"),
           ("the Soviet leader", "nikita_khrushchev"),
           ("the Prime Minister", "nikita_khrushchev"),
           ("the President", "dwight_eisenhower")],
)

A["dev_17604_kissinger_gromyko_talks"] = dict(
    actors={
        "henry_kissinger": ["Henry A. Kissinger", "Kissinger"],
        "andrei_gromyko": ["Andrel Gromyko", "Gromyko"],
    },
    meetings=[
        # "two days of talks" (a range; the "five-hour session today" is the second day of the
        # same talks) -> one row, date null. Place: "issued here", no city in the text -> null
        # (the "Geneva peace conference" is a different, multilateral conference).
        M(["henry_kissinger", "andrei_gromyko"], None, None, IP, H,
          "The declaration was contained in a joint communique issued here following two days of talks between Secretary of State Henry A. Kissinger and Soviet Foreign Minister Andrel Gromyko."),
        # Not rows: the Geneva peace conference (multilateral, not reconvened); Kissinger's
        # remarks to newsmen. Removed: the JTA site lines ("Search JTA's historical archive
        # dating back to 1923", "See Original Daily Bulletin From This Date", "Advertisement");
        # at the end, the subheading "UN RESOLUTION 338 AS A BASIS" with its cut-off fragment
        # "The solution should be based on United N". Kept as found: "Andrel", "tow days".
    ],
    roles=[("Secretary of State", "henry_kissinger"),
           ("Soviet Foreign Minister", "andrei_gromyko"),
           ("the Secretary", "henry_kissinger")],
)

A["dev_17605_riza_laingen_singh_cable"] = dict(
    actors={
        "riza_pakistan_embassy": ["RIZA"],
        "bruce_laingen": ["LAINGEN"],
        "swaran_singh": ["SINGH"],
        "aziz_ahmed": ["AZIZ AHMED"],
        "zulfikar_ali_bhutto": ["BHUTTO"],
        "pakistan_embassy_washington": ["PAKISTAN EMBASSY"],
    },
    meetings=[
        # Riza's call on Laingen "OCTOBER 9" (cable of 12 October 1973) -> 1973-10-09; the
        # city is not stated (the cable comes from SECSTATE WASHDC) -> place null.
        M(["riza_pakistan_embassy", "bruce_laingen"], "1973-10-09", None, IP, H,
          "1. MINISTER RIZA OF THE PAKISTAN EMBASSY REQUESTED BRIEF- ING ON VISIT OF INDIAN FOREIGN MINISTER DURING CALL ON LAINGEN OCTOBER 9."),
        # The Secretary's talks with Singh: the Secretary is never named in the cable -> one
        # named party; date and place not given -> null.
        M(["swaran_singh"], None, None, IP, H,
          "(A) BULK OF TALKS WITH SINGH FOCUSED ON US/INDIAN BILATERAL RELATIONSHIP AND CURRENT STATE OF SIMLA PROCESS IN SOUTH ASIA."),
        # Singh's meeting with Aziz Ahmed in New York (no day) -> held, null, New York.
        M(["swaran_singh", "aziz_ahmed"], None, "New York", IP, H,
          "(C) LAINGEN NOTED THAT SINGH HAD SOUGHT MEETING IN NEW YORK WITH AZIZ AHMED WHERE HE HAD EXPRESSED SOME OF INDIA'S CONCERNS OVER POINTS MADE BY BHUTTO IN UNGA SPEECH, PARTICULARLY PAK STANCE ON 195 POWS AND BHUTTO'S REFERENCE TO \"PARITY\" IN MILITARY AREA."),
        # Not rows: Bhutto's UNGA speech; "OUR CONTACTS WITH NEW LEAD..." (cut off, removed).
        # Not annotated: the drafting/clearance names (LBLAINGEN, PCONSTABLE, PICKERING,
        # EAGLEBURGER: the cable's byline block); "SHAH'S" (role only). Removed: at the end, the
        # cut-off sentence "ON AFGHANISTAN, WE HAD NOTED THAT OUR CONTACTS WITH NEW LEAD".
    ],
    roles=[("INDIAN FOREIGN MINISTER", "swaran_singh"),
           ("MINISTER RIZA", "riza_pakistan_embassy")],
)

A["dev_17606_clinton_menem_briefing"] = dict(
    actors={
        "bill_clinton": ["President Clinton"],
        "carlos_menem": ["Menem", "President Menem"],
        "james_dobbins": ["MR. DOBBINS"],
        "un_security_council": ["Security Council"],
    },
    meetings=[
        # The Clinton-Menem bilateral (Oval Office + Cabinet Room = one meeting). The briefing
        # of 11 January 1999 does not say "today" -> date null (doubtful, see notes); no city
        # named (Oval Office, Cabinet Room only) -> place null.
        M(["carlos_menem", "bill_clinton"], None, None, IP, H,
          "Menem opened by expressing his strong support for President Clinton and for the leadership he's provided."),
        # Menem's visit to the United Kingdom: no counterpart named -> one-party row, held,
        # required false.
        M(["carlos_menem"], None, "United Kingdom", IP, H,
          "President Menem briefed the President in some detail on his visit to the United Kingdom and on the state of the UK-Argentine relationship, noting in this connection the importance Argentina attached to progress which they hope to see in discussions with the United Kingdom regarding the Malvinas-Falklands.", False),
        # Not rows: "discussions with the United Kingdom" (countries); the Security Council
        # (a body); the briefing itself; "the press spokesman" (unnamed). Removed: at the start,
        # "View Header"; at the end, the cut-off sentence "President Clinton n". Kept as found:
        # the title lines with their spacing ("PRESS BRIEFING BY" with no name).
    ],
    roles=[("the President", "bill_clinton")],
)

A["test_17607_kenyatta_zuma_cape_town"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru", "President Kenyatta"],
        "jacob_zuma": ["Zuma", "President Jacob Zuma", "President Zuma"],
        "world_economic_forum": ["World Economic Forum for Africa"],
        "igad": ["IGAD"],
    },
    meetings=[
        # "CAPE TOWN, South Africa, May 10 – President Kenyatta on Friday" -> 2013-05-10
        # (a Friday); on the sidelines of the WEF Africa meeting.
        M(["uhuru_kenyatta", "jacob_zuma"], "2013-05-10", "Cape Town", IP, H,
          "CAPE TOWN, South Africa, May 10 – President Kenyatta on Friday met and held bilateral talks with his South African counterpart President Jacob Zuma on the sidelines of the World Economic Forum for Africa that is taking place in Cape Town, South Africa."),
        # Not rows: Zuma's attending Kenyatta's inauguration (a ceremony); the WEF meeting
        # (multilateral); the IGAD peace process. Removed: the second copy of the photo
        # caption; at the end, the cut-off sentence "On bilateral issues, the two leaders
        # instructed ... the establishment of a fra". Not annotated: the photo credit "PPS".
        # Kept as found: "Africacontinue".
    ],
    roles=[("his South African counterpart", "jacob_zuma"),
           ("the fourth President of Kenya", "uhuru_kenyatta"),
           ("The president", "uhuru_kenyatta")],
)

A["dev_17608_aliyev_lavrov_baku"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev"],
        "sergey_lavrov": ["Sergey Lavrov", "Sergey Viktorovich"],
    },
    meetings=[
        # "has today received" in a release of 19 November 2017 -> 2017-11-19; the text names
        # no city ("to see you in Azerbaijan again") -> Azerbaijan.
        M(["ilham_aliyev", "sergey_lavrov"], "2017-11-19", "Azerbaijan", IP, H,
          "President of the Republic of Azerbaijan Ilham Aliyev has today received a delegation led by Russian Minister of Foreign Affairs Sergey Lavrov."),
        # Not rows: "Regular meetings are held at the level of heads of state. There have been
        # several meetings this year." (counts, no specific meeting); "Foreign ministers ...
        # also meet on a regular basis". Removed: the repeated title line under the date; at
        # the end, the cut-off fragment of Lavrov's reply ("- Dear Ilham Heydarovich, thank you
        # very much for the invitation and for the op").
    ],
    roles=[("President of the Republic of Azerbaijan", "ilham_aliyev"),
           ("Russian FM", "sergey_lavrov"),
           ("Russian Minister of Foreign Affairs", "sergey_lavrov"),
           ("Russian Foreign Minister", "sergey_lavrov")],
)

A["dev_17609_nakasone_chun_seoul"] = dict(
    actors={
        "chun_doo_hwan": ["Chun Doo Hwan", "Chun"],
        "yasuhiro_nakasone": ["Yasuhiro Nakasone", "Nakasone"],
        "ronald_reagan": ["President Ronald Reagan"],
        "reagan_administration": ["Reagan Administration"],
    },
    meetings=[
        # Nakasone's 24-hour visit to Seoul "last week" (issue of Monday 24 January 1983; day
        # not given) -> date null; Seoul (Blue House). State dinner and "second session" are
        # one visit -> one row.
        M(["chun_doo_hwan", "yasuhiro_nakasone"], None, "Seoul", IP, H,
          "Following a formal state dinner, South Korean President Chun Doo Hwan, 51, and Japanese Prime Minister Yasuhiro Nakasone, 64, retired for a \"second session,\" a hard-drinking Oriental stag party."),
        # "his meeting with President Ronald Reagan this week" -> planned, date null ("this
        # week"); Washington from the headline and "Nakasone is going to Washington".
        M(["yasuhiro_nakasone", "ronald_reagan"], None, "Washington", IP, P,
          "During his 24-hour visit to Seoul, the outgoing Japanese politician who became Prime Minister seven weeks ago was laying some shrewd groundwork for his meeting with President Ronald Reagan this week."),
        # Removed: at the end, the cut-off fragment "Sou". Not annotated: the byline (George
        # Russell).
    ],
    roles=[("South Korean President", "chun_doo_hwan"),
           ("Japanese Prime Minister", "yasuhiro_nakasone"),
           ("the outgoing Japanese politician who became Prime Minister seven weeks ago", "yasuhiro_nakasone"),
           ("his guest", "yasuhiro_nakasone")],
)

A["dev_17610_mbs_johnson_call"] = dict(
    actors={
        "mohammed_bin_salman": ["Mohammed bin Salman bin Abdulaziz"],
        "boris_johnson": ["Boris Johnson"],
        "g20": ["G20"],
    },
    meetings=[
        # "received a phone call today" under the dateline "Riyadh, 11 October 2021" ->
        # 2021-10-11; a phone call -> place null.
        M(["mohammed_bin_salman", "boris_johnson"], "2021-10-11", None, PH, H,
          "Riyadh, 11 October 2021 (TDI): Mohammed bin Salman bin Abdulaziz, Saudi Crown Prince, Deputy Prime Minister and Minister of Defense, received a phone call today from Prime Minister of the United Kingdom, Boris Johnson."),
        # Not rows: the G20 (multilateral). The outlet tag "(TDI)" is part of the dateline line
        # and was kept (not cut out of the middle of a sentence).
    ],
    roles=[("Saudi Crown Prince", "mohammed_bin_salman"),
           ("Prime Minister of the United Kingdom", "boris_johnson"),
           ("the Crown Prince", "mohammed_bin_salman")],
)

A["test_17611_najib_yudhoyono_jakarta"] = dict(
    actors={
        "najib_razak": ["Dato' Sri Mohd. Najib bin Hj. Tun Abdul Razak", "Najib Razak"],
        "susilo_bambang_yudhoyono": ["Susilo Bambang Yudhoyono", "Yudhoyono"],
        "abdullah_ahmad_badawi": ["Abdullah Ahmad Badawi"],
        "dino_patti_djalal": ["Dino Patti Djalal"],
        "jusuf_kalla": ["Jusuf Kalla"],
        "hidayat_nurwahid": ["Hidayat Nurwahid"],
        "agung_laksono": ["Agung Laksono"],
        "antara": ["ANTARA"],
        "mpr_indonesia": ["People's Consultative Assembly", "MPR"],
        "dpr_indonesia": ["House of Representatives", "DPR"],
    },
    meetings=[
        # "said here on Thursday" (dateline Jakarta, April 23, a Thursday) -> 2009-04-23; the
        # honorary call and the bilateral meeting at Merdeka Palace are one meeting -> one row.
        M(["najib_razak", "susilo_bambang_yudhoyono"], "2009-04-23", "Jakarta", IP, H,
          "Najib Razak made the statement at a joint press conference with President Susilo Bambang Yudhoyono after a bilateral meeting at Merdeka Palace."),
        # Announced meetings with three named officials during the two-day visit (no day given)
        # -> planned, date null; place: the text names no city for them, only the visit "to
        # Indonesia" -> Indonesia. One sentence, three separate interactions -> three rows.
        M(["najib_razak", "jusuf_kalla"], None, "Indonesia", IP, P,
          "Meanwhile, presidential spokesman Dino Patti Djalal said earlier that besides bipartite meeting with President Yudhoyono, Najib Razak would also meet with Vice President Jusuf Kalla, People's Consultative Assembly (MPR) Speaker Hidayat Nurwahid, and House of Representatives (DPR) Speaker Agung Laksono."),
        M(["najib_razak", "hidayat_nurwahid"], None, "Indonesia", IP, P,
          "Meanwhile, presidential spokesman Dino Patti Djalal said earlier that besides bipartite meeting with President Yudhoyono, Najib Razak would also meet with Vice President Jusuf Kalla, People's Consultative Assembly (MPR) Speaker Hidayat Nurwahid, and House of Representatives (DPR) Speaker Agung Laksono."),
        M(["najib_razak", "agung_laksono"], None, "Indonesia", IP, P,
          "Meanwhile, presidential spokesman Dino Patti Djalal said earlier that besides bipartite meeting with President Yudhoyono, Najib Razak would also meet with Vice President Jusuf Kalla, People's Consultative Assembly (MPR) Speaker Hidayat Nurwahid, and House of Representatives (DPR) Speaker Agung Laksono."),
        # Not rows: the joint press conference (the same meeting); Badawi (replaced, no
        # meeting). Removed: at the start, the site fields "ID : 57035" and "Auther :"; at the
        # end, the cut-off fragment "In ".
    ],
    roles=[("visiting Malaysian Prime Minister", "najib_razak"),
           ("The president", "susilo_bambang_yudhoyono"),
           ("presidential spokesman", "dino_patti_djalal"),
           ("Vice President", "jusuf_kalla"),
           ("People's Consultative Assembly (MPR) Speaker", "hidayat_nurwahid"),
           ("House of Representatives (DPR) Speaker", "agung_laksono")],
)

A["dev_17612_yudhoyono_najib_phone"] = dict(
    actors={
        "susilo_bambang_yudhoyono": ["Susilo Bambang Yudhoyono", "Yudhoyono"],
        "najib_razak": ["M. Najib Tun Razak", "Najib Razak", "Najib"],
        "abdullah_ahmad_badawi": ["Abdullah Ahmad Badawi", "Badawi"],
        "dino_patti_djalal": ["Dino Patti Djalal", "Dino"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # The annual consultative meeting "in Jakarta last month" (month only) -> date null;
        # Yudhoyono and Badawi are its two principals ("attended this meeting").
        M(["susilo_bambang_yudhoyono", "abdullah_ahmad_badawi"], None, "Jakarta", IP, H,
          "Yudhoyono and former Malaysian Prime Minister Abdullah Ahmad Badawi attended this meeting, just days before the latter stepped down from Malaysia's top leadership position."),
        # The congratulatory phone call "last week" -> phone, held, date null. A call (not a
        # message) with substance ("reiterated their commitment") -> required.
        M(["susilo_bambang_yudhoyono", "najib_razak"], None, None, PH, H,
          "The President and newly-appointed Malaysian Prime Minister had their first talks last week when Yudhoyono made a phone call to congratulate Najib on his inauguration as Malaysia's sixth prime minister."),
        # "last met in June 2008" (month only) -> held, null, no place; required false (a
        # passing reference).
        M(["susilo_bambang_yudhoyono", "najib_razak"], None, None, IP, H,
          "According to Dino, Yudhoyono and Najib last met in June 2008, when the latter was still serving as deputy to Badawi.", False),
        # Planned bilateral on the ASEAN sidelines "later this week" -> planned, null, Pattaya.
        M(["susilo_bambang_yudhoyono", "najib_razak"], None, "Pattaya", IP, P,
          "They have both planned to have bilateral meetings on the sidelines of the ASEAN Summit with the Dialogue Partners — China, Japan, South Korea, Australia, New Zealand and India — in Pattaya, Thailand, later this week."),
        # Not rows: Dino's press statement "Monday" (a statement); "During phone conversations"
        # (the same call). Not annotated: the byline "Erwida MauliaTHE JAKARTA POST". Removed:
        # at the end, the cut-off sentence "Najib was sworn in as prime minister of Malaysia last
        # Friday as rising political tensions and t".
    ],
    roles=[("Indonesian President", "susilo_bambang_yudhoyono"),
           ("new Malaysian Prime Minister", "najib_razak"),
           ("former Malaysian Prime Minister", "abdullah_ahmad_badawi"),
           ("newly-appointed Malaysian Prime Minister", "najib_razak"),
           ("presidential spokesman", "dino_patti_djalal")],
)
