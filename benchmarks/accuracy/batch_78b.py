"""Accuracy corpus, batch 78b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 78a), from the 1970s to the 2020s (1970s:
two (1976, 1978), 1980s: two (1984, 1984), 1990s: one (1990), 2000s: three (2002, 2004, 2006),
2010s: two (2010, 2018), 2020s: two (2020, 2022); five of the twelve from before 2000, as the
brief asked for at least five), over the regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each). Outlets/sites: two US embassy cables (Canberra 1978, Paris
1976; via the WikiLeaks PlusD archive), The American Presidency Project (remarks of President
Reagan, 1984), the Los Angeles Times (an AP story, 1990), artsakh.news (a statement of the
European Council President, 2022), The Philippine Star (2002), the Hindustan Times (2004), the
Kremlin's English site (2020), the Wilson Center Digital Archive (a Japanese embassy cable,
1984), government-world.com (a copy of a GOV.UK press release, 2018), TwoCircles.net (a DPA
story, 2010) and UrbanToronto (a forum copy of a Toronto Star column, 2006). The pages are new to
the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch files), and so, where
the corpus allowed, are their meetings (actor keys, pairs and dates grepped in the batch files).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_78b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-77b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_155NN_<slug>` / `test_155NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # A US embassy cable (Canberra 8508), not a news story; `published` = 1978-10-18 from the
    # time group "P 180629Z OCT 78" (a Wednesday, checked); "YESTERDAY" = 1978-10-17 and "THIS
    # MORNING" = 1978-10-18 (no row uses them). A zero-row control.
    ("dev_15501_fraser_carter_trial_balloon", "Oceania", "1970s", "US Embassy Canberra cable 1978CANBER08508 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1978CANBER08508_d.html", "1978-10-18"),
    # The page's date line "February 14, 1984" (a Tuesday, checked) is `published`; "today" =
    # 1984-02-14.
    ("dev_15502_reagan_mubarak_hussein", "Middle East", "1980s", "The American Presidency Project (presidency.ucsb.edu; remarks of President Reagan)", "https://www.presidency.ucsb.edu/documents/remarks-president-reagan-president-mohammed-hosni-mubarak-egypt-and-king-hussein-i-jordan", "1984-02-14"),
    # A US embassy cable (Paris 3225); `published` = 1976-02-02 from "R 021859Z FEB 76" (a
    # Monday, checked); "JANUARY 30" -> 1976-01-30 (a Friday); "FEBRUARY 12-13" -> a range, no day.
    ("test_15503_giscard_schmidt_nice", "Western Europe", "1970s", "US Embassy Paris cable 1976PARIS03225 (via the WikiLeaks PlusD archive, theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1976PARIS03225_b.html", "1976-02-02"),
    # No date line in the excerpt; the URL (la-xpm-1990-05-02) gives 1990-05-02 (a Wednesday,
    # checked); "today" = 1990-05-02.
    ("dev_15504_de_klerk_mandela_talks", "Africa", "1990s", "Los Angeles Times (latimes.com archives; Associated Press)", "https://www.latimes.com/archives/la-xpm-1990-05-02-mn-386-story.html", "1990-05-02"),
    # The page line "Monday, 23 May, 2022, 09:24" (a Monday, checked) is `published`. The quoted
    # statement's "Today I hosted" is not resolved (the statement's own day is not given; see
    # the notes) -> date null.
    ("dev_15505_michel_aliyev_pashinyan", "Central Asia/Caucasus", "2020s", "artsakh.news (statement of the European Council President)", "https://artsakh.news/en/news/240477", "2022-05-23"),
    # `published` = 2002-10-04 from the URL (/2002/10/04/), a Friday (checked); "last Aug. 3" ->
    # 2002-08-03 (a Saturday); "last year", "two weeks ago" -> no day.
    ("dev_15506_arroyo_bush_apec", "Southeast Asia", "2000s", "The Philippine Star (philstar.com)", "https://qa.philstar.com/headlines/2002/10/04/178497/gma-bush-meet-likely-apec-summit/amp", "2002-10-04"),
    # "Updated: Jan 05, 2004 10:16 IST" (a Monday, checked) is `published`; "on Sunday" ->
    # 2004-01-04, "this morning" (fixing the meeting) -> 2004-01-04 as the Sunday of the
    # meeting, "later this morning" / "on Monday" -> 2004-01-05.
    ("test_15507_vajpayee_jamali_islamabad", "South Asia", "2000s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/india/vajpayee-meets-jamali-talks-peace/story-0NJVx53H6mbME7TbQqZzmI.html", "2004-01-05"),
    # The page line "February 7, 2020, Krasnaya Polyana" (a Friday, checked) is `published`;
    # "December 20, 2019", "December 30 and 31, 2019" are explicit.
    ("dev_15508_putin_lukashenko_sochi", "Eastern Europe/Russia", "2020s", "President of Russia (en.special.kremlin.ru; official website)", "http://en.special.kremlin.ru/catalog/keywords/82/events/62752", "2020-02-07"),
    # A Japanese embassy cable (No. 1361) in the Wilson Center Digital Archive; `published` =
    # 1984-03-25 from "March 25, 1984" and "Received: MOFA 22:28 1984 March 25" (a Sunday,
    # checked); "on the 25th" -> 1984-03-25.
    ("dev_15509_nakasone_deng_beijing", "East Asia", "1980s", "Wilson Center Digital Archive (digitalarchive.wilsoncenter.org; cable of the Japanese embassy in China, MOFA release)", "https://digitalarchive.wilsoncenter.org/document/cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman", "1984-03-25"),
    # The title "PM call with Taioseach: 19 February 2018" (a Monday, checked) is `published`;
    # "earlier this evening" -> 2018-02-19.
    ("dev_15510_pm_varadkar_call", "Western Europe", "2010s", "government-world.com (a copy of a GOV.UK press release of the Prime Minister's Office)", "http://government-world.com/press-release-pm-call-with-taioseach-19-february-2018/?print=print", "2018-02-19"),
    # No date line in the excerpt; the URL (2010aug10) gives 2010-08-10 (a Tuesday, checked):
    # "Tuesday" = 2010-08-10; "inaugurated Saturday" = 2010-08-07 (no row).
    ("test_15511_santos_chavez_santa_marta", "Latin America", "2010s", "TwoCircles.net (a DPA story)", "https://twocircles.net/2010aug10/venezuela_colombia_agree_resume_relations.html", "2010-08-10"),
    # The column's line "Nov. 8, 2006. 01:00 AM" (a Wednesday, checked) is `published`: "last
    # Thursday" = 2006-11-02, "last Saturday" = 2006-11-04.
    ("dev_15512_harper_mcguinty_brunch", "North America", "2000s", "UrbanToronto forum (urbantoronto.ca; a copy of a Toronto Star column)", "https://urbantoronto.ca/forum/threads/what-pm-premier-discussed-at-secret-talks.71/latest", "2006-11-08"),
]

A = {}

A["dev_15501_fraser_carter_trial_balloon"] = dict(
    actors={
        "malcolm_fraser": ["PRIME MINISTER FRASER", "MR. FRASER", "FRASER"],
        "jimmy_carter": ["PRESIDENT CARTER", "CARTER"],
        "us_government": ["US GOVERNMENT"],
        "australian_broadcasting_corporation": ["ABC"],
        # New keys ("THE AUSTRALIAN" is the newspaper; Sinclair is given by surname only, the
        # key from background knowledge of the 1978 Minister for Primary Industries).
        "the_australian": ["THE AUSTRALIAN", "AUSTRALIAN"],
        "ian_sinclair": ["SINCLAIR"],
    },
    meetings=[
        # Zero-row control. Not rows: "PRESIDENT CARTER IS UNDERSTOOD TO HAVE ASKED FOR A
        # MEETING WITH PRIME MINISTER FRASER" / "THE MEETING COULD TAKE PLACE ... OVER
        # CHRISTMAS" / "ANXIOUS FOR A MEETING EITHER AT A SUMMIT CONFERENCE IN JAMAICA ... OR IN
        # AMERICA" (a press report of a requested, speculative meeting -- a "trial balloon" the
        # embassy will neither confirm nor encourage; requested meetings are not rows, as in
        # batch 5c; see the notes); "A POSSIBLE MEETING BETWEEN FRASER AND PRESIDENT CARTER"
        # (speculation); "THE CORRESPONDENCE FROM FRASER TO THE PRESIDENT" (a letter);
        # Sinclair's "VISIT TO THE US" (no counterpart named). Not annotated: the routing lines
        # (AMEMBASSY CANBERRA, SECSTATE: addressees, as in batch 76b); the program "A.M." (a
        # programme); "ITS CANBERRA CORRESPONDENT", "THE MEDIA", "EMBASSY" (unnamed/generic); the
        # US beef legislation (a law); Canberra, Georgia, Jamaica, America, the United States
        # (places). Kept as they stand: the header and routing lines, "THE UNITED STATE BY".
        # Removed: nothing at the start; at the end, the cut-off sentence "WE HAVE NOT WISHED
        # TO GIVE ENCOURAGEMENT ... OVER THE BEEF QUOTE" and the two archive stamp lines
        # "Sheryl P. Walter Declassified/Released US Department of State EO Systematic Review 20
        # Mar 2014" (the second cut off, "Systemat").
    ],
    roles=[("THE PRESIDENT", "jimmy_carter"), ("MINISTER FOR PRIMARY INDUSTRIES", "ian_sinclair")],
)

_RMH = ("President Reagan. I have been honored today to welcome and confer with King Hussein and President Mubarak.")
A["dev_15502_reagan_mubarak_hussein"] = dict(
    actors={
        "ronald_reagan": ["President Reagan"],
        "hosni_mubarak": ["President Mohammed Hosni Mubarak", "Mohammed Hosni Mubarak", "President Mubarak", "Mubarak"],
        "hussein_bin_talal": ["King Hussein I", "King Hussein"],
    },
    meetings=[
        # "welcome and confer with King Hussein and President Mubarak" (the title: "Following
        # Their Meetings") -> held, 1984-02-14 ("today" on the page's date); place null: no city
        # or country is named for the meetings ("for having come here"; see the notes). One row
        # per named pair with Reagan.
        M(["ronald_reagan", "hussein_bin_talal"], "1984-02-14", None, IP, H, _RMH),
        M(["ronald_reagan", "hosni_mubarak"], "1984-02-14", None, IP, H, _RMH),
        # Whether Hussein and Mubarak met each other (a joint meeting) or Reagan saw them
        # separately is not said ("Their visit", "Their Meetings") -> the third pair, not
        # required.
        M(["hussein_bin_talal", "hosni_mubarak"], "1984-02-14", None, IP, H, _RMH, False),
        # Not rows: "Our discussions today" (the same meetings); the principles "I set forth in
        # September of 1982" (a speech). Not annotated: "our government" (generic); the
        # Egyptian-Israeli treaty (a treaty); the Middle East, Egypt, Jordan, Lebanon, the United
        # States (places). Removed: at the start, the site line "Ronald Reagan picture"; nothing
        # at the end (the excerpt ends with a full sentence).
    ],
    roles=[],
)

_GS2 = ("2. GISCARD WILL HOST FRG CHANCELLOR SCHMIDT FOR SEMI- ANNUAL FRANCO-GERMAN SUMMIT FEBRUARY 12-13 IN SMALL HIDEAWAY CLOSE TO NICE.")
A["test_15503_giscard_schmidt_nice"] = dict(
    actors={
        "valery_giscard_d_estaing": ["GISCARD"],
        "helmut_schmidt": ["FRG CHANCELLOR SCHMIDT", "SCHMIDT"],
        "european_parliament": ["EC PARLIAMENT"],
        "french_ministry_of_foreign_affairs": ["QUAI"],
        # New keys (Plaisant is given by surname and title only -> a title-based key, as in
        # batch 77b; Poniatowski and Lecanuet from background knowledge of the 1976 ministers).
        "deputy_director_plaisant": ["PLAISANT"],
        "michel_poniatowski": ["PONIATOWSKI"],
        "jean_lecanuet": ["LECANUET"],
    },
    meetings=[
        # "GISCARD WILL HOST FRG CHANCELLOR SCHMIDT FOR SEMI-ANNUAL FRANCO-GERMAN SUMMIT FEBRUARY
        # 12-13 IN SMALL HIDEAWAY CLOSE TO NICE" -> planned, date null (a two-day range), place
        # France (the summary's "IN FRANCE"; the venue is near Nice, not in it -- see the
        # notes). The summary's "SUMMIT WILL TAKE PLACE IN FRANCE FEBRUARY 12-13" is the same
        # meeting; the fuller paragraph 2 sentence is the evidence.
        M(["valery_giscard_d_estaing", "helmut_schmidt"], None, "France", IP, P, _GS2),
        # Plaisant "TOLD US JANUARY 30" (the embassy, unnamed officers) -> a one-party row:
        # held, 1976-01-30, place null, not required (a briefing of the embassy, the kind of
        # contact not said; see the notes).
        M(["deputy_director_plaisant"], "1976-01-30", None, IP, H,
          "PLAISANT (QUAI DEPUTY DIRECTOR FOR CENTRAL EUROPE) TOLD US JANUARY 30 THAT GISCARD AND SCHMIDT WOULD BE ACCOM- PANIED BY LARGE NUMBER OF THEIR KEY MINISTERS, INCLUDING FONMINS, FINANCE MINISTERS, MINISTERS OF INDUSTRY AND COMMERCE, AND -- ON THE FRENCH SIDE -- GISCARD'S TWO MINISTERS OF STATE: INTERIOR MINISTER PONIATOWSKI AND JUSTICE MINISTER LECANUET.", False),
        # Not rows: the ministers who "WOULD BE ACCOMPANIED" (Poniatowski, Lecanuet, unnamed
        # foreign, finance and industry ministers: present, not participants); "DEFENSE
        # MINISTERS ... NOT EXPECTED TO PARTICIPATE"; the "CLOSE RELATIONSHIP" (general); "THESE
        # MEETINGS" (the same summit). Not annotated: the routing lines (SECSTATE, ALL EC
        # CAPITALS, USMISSION NATO); the references (REF (A), (B)); the Tindemans report (a
        # report named after its author; its author is not otherwise named); the 1963 Treaty
        # (a treaty); "THEIR RESPECTIVE GOVERNMENTS", "FRENCH", "FONMINS" (generic/unnamed);
        # France, Nice, Central Europe (places). Kept as they stand: the header, routing and
        # page-break lines, the hyphenated line breaks ("SEMI- ANNUAL", "PREDE- CESSORS",
        # "ACCOM- PANIED"). Removed: nothing at the start; at the end, the cut-off sentence
        # "PLAISANT RECALLED THAT THERE STILL REMAINS A FUNDAMENTAL DIFFERENCE ... (FRENCH PREFE".
    ],
    roles=[("QUAI DEPUTY DIRECTOR FOR CENTRAL EUROPE", "deputy_director_plaisant"), ("INTERIOR MINISTER", "michel_poniatowski"),
           ("JUSTICE MINISTER", "jean_lecanuet"), ("FRG CHANCELLOR", "helmut_schmidt")],
)

A["dev_15504_de_klerk_mandela_talks"] = dict(
    actors={
        "f_w_de_klerk": ["Frederik W. de Klerk", "De Klerk"],
        "nelson_mandela": ["Nelson Mandela", "Mandela"],
        "african_national_congress": ["African National Congress"],
        # New keys.
        "andries_treurnicht": ["Andries Treurnicht", "Treurnicht"],
        "conservative_party_south_africa": ["Conservative Party", "Conservative"],
        "parliament_of_south_africa": ["Parliament"],
    },
    meetings=[
        # "began historic talks" today -> held, 1990-05-02; place null (the talks were held at
        # "a Dutch colonial mansion", no city or country named; see the notes). "The three days
        # of meetings" are the same talks (one row, as for a multi-day visit).
        M(["f_w_de_klerk", "nelson_mandela"], "1990-05-02", None, IP, H,
          "President Frederik W. de Klerk and African National Congress leader Nelson Mandela today urged the swift abolition of apartheid and began historic talks aimed at ending white-minority rule."),
        # Not rows: "full-scale negotiations on a new constitution" (future, no parties named);
        # the Conservative Party's walk-out of "a debate in Parliament" (a plenary); Treurnicht
        # "said" (a statement). Not annotated: the agency credit line "From Associated Press";
        # "the government" (generic); "South Africans", "Blacks" (groups); South Africa (a place,
        # in "South African law"). Removed: nothing.
    ],
    roles=[("African National Congress leader", "nelson_mandela"), ("The Conservative leader", "andries_treurnicht")],
)

_MAP = ("European Council President Charles Michel released a statement after hosting Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev for trilateral talks in Brussels.")
A["dev_15505_michel_aliyev_pashinyan"] = dict(
    actors={
        "charles_michel": ["Charles Michel"],
        "nikol_pashinyan": ["Nikol Pashinyan", "Prime Minister Pashinyan", "Pashinyan"],
        "ilham_aliyev": ["Ilham Aliyev", "President Aliyev", "Aliyev"],
        "european_council": ["European Council"],
        "european_union": ["EU"],
    },
    meetings=[
        # "after hosting ... Pashinyan and ... Aliyev for trilateral talks in Brussels" -> three
        # named participants -> one row per pair; held, date null (the quoted statement's "Today
        # I hosted" is the statement's day, which the text does not give; the page is dated
        # Monday 23 May, 09:24 -- see the notes), Brussels.
        M(["charles_michel", "nikol_pashinyan"], None, "Brussels", IP, H, _MAP),
        M(["charles_michel", "ilham_aliyev"], None, "Brussels", IP, H, _MAP),
        M(["nikol_pashinyan", "ilham_aliyev"], None, "Brussels", IP, H, _MAP),
        # Not rows: "our third discussion in this format" (a count); "The first joint meeting of
        # the Border Commissions" (bodies of unnamed members); "The Deputy Prime Ministers will
        # take this work forward", "Teams led by the Foreign Ministers" (unnamed). Not annotated:
        # the Border Commissions (unnamed bodies of both countries); the peace treaty (a
        # treaty); the South Caucasus, Armenia, Azerbaijan, Nakhichevan (places). Kept as they
        # stand: the site line "![]() 3220" run into the date line. Removed: nothing at the
        # start; at the end, the cut-off sentence "In addition to this track, I also stressed to
        # both leaders that it was necessary that the rights and security of the ethnic A".
    ],
    roles=[("European Council President", "charles_michel"), ("Armenian Prime Minister", "nikol_pashinyan"),
           ("Azerbaijani President", "ilham_aliyev")],
)

_AJKM = ("Besides Bush, the DFA is also working out other \"on-the-side\" meetings between Mrs. Arroyo and Chinese President Jiang Zemin, Japanese Prime Minister Junichiro Koizumi and Malaysian Prime Minister Mahathir Mohammad.")
A["dev_15506_arroyo_bush_apec"] = dict(
    actors={
        "gloria_macapagal_arroyo": ["Mrs. Arroyo"],
        "george_w_bush": ["Bush"],
        "blas_ople": ["Blas Ople"],
        "ignacio_bunye": ["Ignacio Bunye"],
        "colin_powell": ["Colin Powell", "Powell"],
        "jiang_zemin": ["Jiang Zemin"],
        "junichiro_koizumi": ["Junichiro Koizumi"],
        "mahathir_mohamad": ["Mahathir Mohammad"],
        "white_house": ["White House"],
        "us_congress": ["US Congress"],
        "apec": ["APEC"],
        "armed_forces_of_the_philippines": ["Armed Forces of the Philippines", "AFP"],
        # New keys.
        "philippine_star": ["The STAR"],
        "department_of_foreign_affairs_philippines": ["DFA"],
        "us_embassy_manila": ["US Embassy in Manila"],
    },
    meetings=[
        # "Mrs. Arroyo and Bush may be able to have a "side" meeting during the APEC summit"
        # (the article's subject, "The possibility of the meeting") -> planned, no date, no
        # place (the summit's city is not named in the stored text), not required: a
        # possibility from "Palace sources", not an announced meeting (see the notes).
        M(["gloria_macapagal_arroyo", "george_w_bush"], None, None, IP, P,
          "Palace sources told The STAR that Mrs. Arroyo and Bush may be able to have a \"side\" meeting during the APEC summit.", False),
        # "conferred at a hastily arranged bilateral meeting during the APEC summit in Beijing,
        # China last year" -> held, no day, Beijing.
        M(["gloria_macapagal_arroyo", "george_w_bush"], None, "Beijing", IP, H,
          "Mrs. Arroyo and Bush also conferred at a hastily arranged bilateral meeting during the APEC summit in Beijing, China last year."),
        # "Bush called up the President" (Arroyo) "two weeks ago" -> phone, held, no day; "her
        # latest phone conversation with Bush" is the same call.
        M(["george_w_bush", "gloria_macapagal_arroyo"], None, None, PH, H,
          "The White House announced two weeks ago that Bush called up the President to express anew the US governments gratitude for the support given by the Philippines in the US-led war on terrorism."),
        # Powell's "visit to Manila last Aug. 3" and "his meeting with Mrs. Arroyo at
        # Malacañang" -> held, 2002-08-03, Manila.
        M(["colin_powell", "gloria_macapagal_arroyo"], "2002-08-03", "Manila", IP, H,
          "Press Secretary Ignacio Bunye yesterday said the same commitment was officially relayed to the President by US Secretary of State Colin Powell during the latters visit to Manila last Aug. 3."),
        # "his first meeting with Mrs. Arroyo during her visit to the White House last year" ->
        # held, no day, Washington (White House).
        M(["george_w_bush", "gloria_macapagal_arroyo"], None, "Washington", IP, H,
          "Powell said the $55 million anti-terror fund allocated to the Philippines under this US assistance would be given in addition to the $100 million earlier committed by Bush in his first meeting with Mrs. Arroyo during her visit to the White House last year."),
        # The DFA "is also working out" side meetings with Jiang, Koizumi and Mahathir ->
        # three separate bilaterals (as dev_032), planned ("is arranging"), no date, no place.
        M(["gloria_macapagal_arroyo", "jiang_zemin"], None, None, IP, P, _AJKM),
        M(["gloria_macapagal_arroyo", "junichiro_koizumi"], None, None, IP, P, _AJKM),
        M(["gloria_macapagal_arroyo", "mahathir_mohamad"], None, None, IP, P, _AJKM),
        # Not rows: Ople "accompanies the President" (present, not a participant); the letter
        # of Sept. 20 "sent by Bush to the US Congress" (a letter); Bunye "said" (a
        # statement); the APEC summit as such (a summit). Not annotated: "Malacañang officials",
        # "Palace sources" (unnamed); the World Trade Center and the Pentagon (places of the
        # attacks); the Philippines, Beijing, China, Manila (places). Kept as they stand:
        # "Mrs. Arroyos participation", "this years", "the US governments", "the latters
        # visit". Removed: nothing at the start; at the end, the cut-off sentence "Before she
        # flies to Mexico, the President will also make an overnight stop".
    ],
    roles=[("the President", "gloria_macapagal_arroyo"), ("Foreign Affairs Secretary", "blas_ople"),
           ("Press Secretary", "ignacio_bunye"), ("US Secretary of State", "colin_powell"),
           ("Chinese President", "jiang_zemin"), ("Japanese Prime Minister", "junichiro_koizumi"),
           ("Malaysian Prime Minister", "mahathir_mohamad")],
)

A["test_15507_vajpayee_jamali_islamabad"] = dict(
    actors={
        "atal_bihari_vajpayee": ["A.B. Vajpayee", "PM Vajpayee", "Vajpayee", "Atal"],
        "zafarullah_khan_jamali": ["Mir Zafarullah Khan Jamali", "Jamali"],
        "pervez_musharraf": ["President Musharraf", "Pervez Musharraf", "Musharraf"],
        "saarc": ["SAARC", "Saarc"],
        # New keys.
        "yashwant_sinha": ["Yashwant Sinha", "Sinha"],
        "masood_khan": ["Masood Khan"],
        "ministry_of_foreign_affairs_pakistan": ["Pakistan Foreign Office"],
    },
    meetings=[
        # "had a one-to-one meeting at the Jinnah Convention Centre here on Sunday" -> held,
        # 2004-01-04 (the Sunday before the Monday update), Islamabad (the Jinnah Convention
        # Centre resolved to its city, as White House -> Washington; the excerpt has no
        # dateline -- see the notes). "The surprise meeting was fixed this morning" and "They
        # met in a warm and friendly atmosphere" are the same meeting.
        M(["atal_bihari_vajpayee", "zafarullah_khan_jamali"], "2004-01-04", "Islamabad", IP, H,
          "Prime Minister A.B. Vajpayee and his Pakistani counterpart Mir Zafarullah Khan Jamali had a one-to-one meeting at the Jinnah Convention Centre here on Sunday."),
        # "PM Vajpayee will meet President Musharraf later this morning" and "the meeting would
        # be held at 10.30 a.m. on Monday" -> planned, 2004-01-05; place null (no venue given).
        M(["atal_bihari_vajpayee", "pervez_musharraf"], "2004-01-05", None, IP, P,
          "PM Vajpayee will meet President Musharraf later this morning."),
        # Not rows: the banquet Musharraf "hosted for the leaders of Saarc countries" (a
        # multilateral event); the SAARC summit as such; Sinha and Khan "said" (statements);
        # "sought an appointment" (the same planned meeting). Not annotated: the site lines
        # "HindustanTimes. com Special", "india Updated: ..." (outlet chrome kept in the text);
        # "Indian militants", "the leaders of Saarc countries" (generic); SAFTA (an agreement);
        # New Delhi, South Asia, Bhutan, J&K (places). Kept as they stand: "this morning.Replace"
        # (no space), "south asia's", "HindustanTimes. com". Removed: at the start, the site's
        # weather lines ("Today in New Delhi, India", "Nov 15, 2018-Thursday", "New Delhi",
        # "Humidity", "Wind"); at the end, the cut-off fragment "The Saarc char".
    ],
    roles=[("his Pakistani counterpart", "zafarullah_khan_jamali"), ("External Affairs Minister", "yashwant_sinha"),
           ("Pakistani President", "pervez_musharraf"), ("Pakistan Foreign Office spokesman", "masood_khan")],
)

_PLC = ("During several telephone conversations the two presidents had on December 30 and 31, 2019, they held in-depth discussions on Russian oil and gas deliveries to Belarus.")
A["dev_15508_putin_lukashenko_sochi"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin"],
        "alexander_lukashenko": ["Alexander Lukashenko", "Mr Lukashenko"],
        "supreme_eurasian_economic_council": ["Supreme Eurasian Economic Council"],
        # New key.
        "union_state": ["Union State"],
    },
    meetings=[
        # "Vladimir Putin held talks in Sochi with ... Lukashenko" -> held, 2020-02-07, Sochi
        # (the text's city; the date line names Krasnaya Polyana). The opening remarks ("Over
        # the past hour ... of our conversation") are the same talks.
        M(["vladimir_putin", "alexander_lukashenko"], "2020-02-07", "Sochi", IP, H,
          "Vladimir Putin held talks in Sochi with President of the Republic of Belarus Alexander Lukashenko, who came to Russia on a working visit."),
        # "The last time they met was on December 20, 2019 in St Petersburg" -> held,
        # 2019-12-20, St Petersburg (met on the occasion of a council meeting; the council as
        # such is not a row).
        M(["vladimir_putin", "alexander_lukashenko"], "2019-12-20", "St Petersburg", IP, H,
          "The last time they met was on December 20, 2019 in St Petersburg, where Alexander Lukashenko arrived for a meeting of the Supreme Eurasian Economic Council."),
        # "several telephone conversations ... on December 30 and 31, 2019" -> dated calls on
        # two days -> one phone row per day (how many calls on each day is not said; see the
        # notes).
        M(["vladimir_putin", "alexander_lukashenko"], "2019-12-30", None, PH, H, _PLC),
        M(["vladimir_putin", "alexander_lukashenko"], "2019-12-31", None, PH, H, _PLC),
        # Not rows: "our delegation has not yet arrived" / "when our colleagues join us" (the
        # same talks, unnamed delegations). Not annotated: "colleagues", "our delegation"
        # (unnamed); Sochi, Krasnaya Polyana, St Petersburg, Russia, Belarus (places). Removed:
        # at the start, the site lines before the title ("View settings", "Font size:", "Site
        # colours:", "Official website of the President of Russia", "Документ   /"); at the end,
        # the cut-off sentence "We not only discussed matters of mutual inter".
    ],
    roles=[("President of the Republic of Belarus", "alexander_lukashenko"), ("President of Russia", "vladimir_putin"),
           ("President of Belarus", "alexander_lukashenko"), ("Mr President", "alexander_lukashenko")],
)

A["dev_15509_nakasone_deng_beijing"] = dict(
    actors={
        "yasuhiro_nakasone": ["Prime Minister Nakasone", "Nakasone"],
        "deng_xiaoping": ["Chairman Deng Xiaoping", "Deng Xiaoping", "Deng"],
        "hu_yaobang": ["Hu Yaobang", "Comrade Hu"],
        "zhao_ziyang": ["Zhao Ziyang"],
        "wu_xueqian": ["Wu Xueqian"],
        "ministry_of_foreign_affairs_japan": ["MOFA"],
        # New keys (the ambassador is given by surname only; the key from background knowledge
        # of Japan's ambassador to China in 1984).
        "yasue_katori": ["Ambassador Katori", "Katori"],
        "tang_ke": ["Tang Ke"],
    },
    meetings=[
        # "Prime Minister Nakasone had a conversation with Chairman Deng Xiaoping at the Great
        # Hall of the People on the 25th" -> held, 1984-03-25, Beijing (the Great Hall resolved
        # to its city). Wu and Tang "in attendance" -> present, not participants.
        M(["yasuhiro_nakasone", "deng_xiaoping"], "1984-03-25", "Beijing", IP, H,
          "Prime Minister Nakasone had a conversation with Chairman Deng Xiaoping at the Great Hall of the People on the 25th at 9:45am for approximately and hour and a half."),
        # "It has been 5 years since meeting you in Japan." -> an earlier meeting, held, no
        # day, Japan; not required (a recollection inside the conversation).
        M(["deng_xiaoping", "yasuhiro_nakasone"], None, "Japan", IP, H,
          "It has been 5 years since meeting you in Japan.", False),
        # "The Prime Minister and Comrade Hu have come to a decision in Beijing" -> the
        # Nakasone-Hu talks of the same visit, held, no day, Beijing; not required (a meeting
        # implied by a decision reached together; see the notes).
        M(["yasuhiro_nakasone", "hu_yaobang"], None, "Beijing", IP, H,
          "The Prime Minister and Comrade Hu have come to a decision in Beijing with much foresight.", False),
        # Not rows: Deng's "Retrospection" and the separate wires (documents). Not annotated:
        # "The Foreign Minister" (the addressee, unnamed); the MacArthur Foundation (a site
        # credit line, like a photo credit); "Chinese individuals" (generic); China, Japan,
        # Beijing (places). Kept as they stand: the archive lines "This document was made
        # possible with support from MacArthur Foundation", "Do not cite underlined in press
        # release", "Year Month 25", "approximately and hour and a half", "Japan and China does
        # not". Removed: at the start, the site line "Skip to content"; at the end, the cut-off
        # sentence "Prime Minister: I thank from the bottom of my heart the Chinese government
        # and people's".
    ],
    roles=[("the Prime Minister", "yasuhiro_nakasone"), ("The Prime Minister", "yasuhiro_nakasone"),
           ("Foreign Minister", "wu_xueqian"), ("Petroleum Industry Minister", "tang_ke")],
)

A["dev_15510_pm_varadkar_call"] = dict(
    actors={
        "leo_varadkar": ["Leo Varadkar"],
        "northern_ireland_executive": ["Executive"],
        "british_government": ["UK Government"],
    },
    meetings=[
        # "The Prime Minister spoke to Taoiseach Leo Varadkar on the phone earlier this
        # evening." -> the Prime Minister is not named in the text -> a one-party row: phone,
        # held, 2018-02-19, place null.
        M(["leo_varadkar"], "2018-02-19", None, PH, H,
          "The Prime Minister spoke to Taoiseach Leo Varadkar on the phone earlier this evening."),
        # Not rows: "the recent phase of political talks in Northern Ireland" (talks of unnamed
        # parties); "They agreed to continue to stay in close contact" (no specific contact).
        # Not annotated: "A No 10 spokesperson", "The Prime Minister" (unnamed), "the parties"
        # (generic); devolved Government (generic); Northern Ireland (a place). Kept as they
        # stand: "Taioseach" in the title. Removed: nothing.
    ],
    roles=[("Taoiseach", "leo_varadkar")],
)

_SC2 = ("According to Colombian government sources, Santos and Chavez were to talk privately first, and then meet with Holguin and Venezuelan Foreign Minister Nicolas Maduro.")
_SCK = ("They were also set to be joined by former Argentine president Nestor Kirchner, who has played a major role in brokering an agreement as secretary general of the Union of South American Nations(Unasur).")
A["test_15511_santos_chavez_santa_marta"] = dict(
    actors={
        "juan_manuel_santos": ["Juan Manuel Santos", "Santos"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "maria_angela_holguin": ["Maria Angela Holguin", "Holguin"],
        "nicolas_maduro": ["Nicolas Maduro"],
        "nestor_kirchner": ["Nestor Kirchner"],
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "unasur": ["Union of South American Nations", "Unasur"],
        "organization_of_american_states": ["Organisation of American States"],
        "simon_bolivar": ["Simon Bolivar"],
    },
    meetings=[
        # Santos "announced after meeting with his Venezuelan counterpart Hugo Chavez" (the
        # next sentence: "The leaders symbolically met in ... Santa Marta") -> held, 2010-08-10
        # (Tuesday), Santa Marta. The private talk and the expanded session of the same day and
        # place are one row for this pair.
        M(["juan_manuel_santos", "hugo_chavez"], "2010-08-10", "Santa Marta", IP, H,
          "Bogota : Colombia and Venezuela restored diplomatic relations Tuesday, Colombian President Juan Manuel Santos announced after meeting with his Venezuelan counterpart Hugo Chavez."),
        # "were to ... meet with Holguin and ... Maduro" -> the expanded session, planned
        # ("were to meet"), 2010-08-10, Santa Marta; four named participants -> one row per
        # pair. The cross pairs are required; Santos-Holguin and Chavez-Maduro (a president and
        # his own foreign minister) are not (see the notes).
        M(["juan_manuel_santos", "nicolas_maduro"], "2010-08-10", "Santa Marta", IP, P, _SC2),
        M(["hugo_chavez", "maria_angela_holguin"], "2010-08-10", "Santa Marta", IP, P, _SC2),
        M(["maria_angela_holguin", "nicolas_maduro"], "2010-08-10", "Santa Marta", IP, P, _SC2),
        M(["juan_manuel_santos", "maria_angela_holguin"], "2010-08-10", "Santa Marta", IP, P, _SC2, False),
        M(["hugo_chavez", "nicolas_maduro"], "2010-08-10", "Santa Marta", IP, P, _SC2, False),
        # "They were also set to be joined by ... Kirchner" ("They" = Santos and Chavez) ->
        # planned, 2010-08-10, Santa Marta; one row with each president.
        M(["nestor_kirchner", "juan_manuel_santos"], "2010-08-10", "Santa Marta", IP, P, _SCK),
        M(["nestor_kirchner", "hugo_chavez"], "2010-08-10", "Santa Marta", IP, P, _SCK),
        # Not rows: Chavez "presented ... Holguin with some red carnations" (a greeting on
        # arrival, part of the same visit); Chavez greeting "residents" (unnamed); Uribe
        # "accused Venezuela at the Organisation of American States" (a statement at a
        # multilateral body); the inaugural speech (a speech); the "freeze" and the broken
        # relations (no meeting). Not annotated: the agency credit line "By DPA,"; "Colombian
        # government sources" (unnamed); the US military, the Colombian Army (generic here);
        # "Colombian guerrillas" (generic); Bogota, Colombia, Venezuela, Santa Marta, Ecuador
        # (places). Kept as they stand: "Bogota :" and "Nations(Unasur)". Removed: nothing.
    ],
    roles=[("Colombian President", "juan_manuel_santos"), ("his Venezuelan counterpart", "hugo_chavez"),
           ("Colombian Foreign Minister", "maria_angela_holguin"), ("Venezuelan Foreign Minister", "nicolas_maduro"),
           ("former Argentine president", "nestor_kirchner"),
           ("secretary general of the Union of South American Nations(Unasur)", "nestor_kirchner"),
           ("Santos\u2019 predecessor and mentor", "alvaro_uribe")],
)

A["dev_15512_harper_mcguinty_brunch"] = dict(
    actors={
        "stephen_harper": ["Prime Minister Stephen Harper", "Stephen Harper", "Harper"],
        "dalton_mcguinty": ["Premier Dalton McGuinty", "Dalton McGuinty", "McGuinty"],
        "mike_harris": ["Mike Harris"],
    },
    meetings=[
        # "The phone call to Premier Dalton McGuinty from Prime Minister Stephen Harper came at
        # 6 p.m. last Thursday" (connected "three hours later"; "Harper ... called McGuinty to
        # suggest a meeting" is the same call) -> phone, held, 2006-11-02, place null.
        M(["stephen_harper", "dalton_mcguinty"], "2006-11-02", None, PH, H,
          "The phone call to Premier Dalton McGuinty from Prime Minister Stephen Harper came at 6 p.m. last Thursday."),
        # "a meeting over brunch at 24 Sussex last Saturday" ("their meeting last Saturday",
        # "But it did" take place) -> held, 2006-11-04, Ottawa (24 Sussex, the Prime
        # Minister's residence, resolved to its city; see the notes).
        M(["stephen_harper", "dalton_mcguinty"], "2006-11-04", "Ottawa", IP, H,
          "Interestingly, it was Harper who called McGuinty to suggest a meeting over brunch at 24 Sussex last Saturday."),
        # Not rows: "their two meetings prior to last Saturday" (a count; neither is dated or
        # placed); the "cancelled ... meeting with Ontario's minister responsible for native
        # affairs" (cancelled, and the minister is unnamed); the Liberal fundraiser (an event);
        # the "advertising campaign" and "seek a truce" (options, no meeting). Not annotated:
        # the byline (IAN URQUHART); "the Harperites" (a group); "the federal cabinet",
        # "Harper's office", "provincial sources", "his staff" (generic/unnamed); Queen's Park
        # (the legislature's building); Windsor, Ottawa, Ontario (places). Removed: at the start,
        # the forum lines "M", "Mike in TO", "Guest"; at the end, the cut-off sentence "One
        # area".
    ],
    roles=[("Premier", "dalton_mcguinty"), ("Prime Minister", "stephen_harper")],
)
