"""Accuracy corpus, batch 74b: 11 new articles (one short of the 12 asked for; the time budget ran
out before a second Western Europe page was found, see the notes) about meetings between political
actors, all published (or, where the page shows no date, written) in EVEN years (another helper
takes odd years as batch 74a), from the 1970s to the 2010s (1970s: one (1978), 1980s: one (1980;
read from the text's context, see the notes), 1990s: four (1994, 1994, 1996, 1998), 2000s: four
(2000, 2000, 2004, 2006), 2010s: one (2016; read from background knowledge, see the notes); six of
the eleven from before 2000 (1978, 1980, 1994, 1994, 1996, 1998), as the brief asked), over the
regions (Western Europe: one of the two asked for; Central Asia/Caucasus, Middle East, Africa,
Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East Asia,
Oceania: one each). Outlets/sites: The Times of Central Asia (timesca.com), The Indian Express
("Forty Years Ago" reprint), Bangla2000 (an AP story), The American Presidency Project (a White
House statement), swissinfo.ch, RNZ, the Clinton White House archive (four press releases), The
Canadian Press via earbank.com. The pages are new to the corpus (URLs grepped in sources.csv,
corpus/metadata.csv and the batch files), and so, where the corpus allowed, are their meetings
(names grepped in the corpus texts; the Martin-Bush Ottawa meeting of 2004-11-30 is in the corpus
as a planned meeting, see the notes). Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run,
imported or read for this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_74b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-73b): the articles are numbered 1..11 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_147NN_<slug>` / `test_147NN_<slug>`, NN = collection position (01..11).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date on the page: `published` left empty; the year (2016) is background knowledge
    # (Karimov's death and burial "on September 3"), so the decade 2010s is inferred and the
    # meeting "on September 12" (no year in the text) is given no date (see the notes).
    ("dev_14701_nazarbayev_mirziyoyev_samarkand", "Central Asia/Caucasus", "2010s", "The Times of Central Asia (timesca.com; TCA)", "https://timesca.com/nazarbayev-visits-uzbekistan-meets-acting-uzbek-president/", ""),
    # "Forty Years Ago" reprint of the 9 March 1978 paper (a Thursday, checked); `published` is
    # the paper's date, as for dev_9809 (batch 50a); the search tool's date 2018-03-09 is the
    # reprint's. The call on Vajpayee is not given a day -> null.
    ("dev_14702_vajpayee_wang_pin_nan", "South Asia", "1970s", "The Indian Express (indianexpress.com; \"Forty Years Ago\" reprint of the 9 March 1978 paper)", "http://indianexpress.com/article/opinion/editorials/forty-years-ago-march-9-1978-pekings-invitation-5091276/", "1978-03-09"),
    # The date line "October 4, 2000" (a Wednesday, checked) is `published`; "said Tuesday" ->
    # 2000-10-03; "on Wednesday" -> 2000-10-04; "on Thursday" -> 2000-10-05 (Barak's departure;
    # the summit itself is not given a day).
    ("test_14703_mubarak_arafat_barak_summit", "Middle East", "2000s", "Bangla2000 (bangla2000.com; an Associated Press story)", "http://bangla2000.com/News/Archive/International/10-4-2000/news_detail1.html", "2000-10-04"),
    # No date in the excerpt (the page's title and date lines were not in it): `published` left
    # empty; the decade 1980s (1980) is read from the text (the Soviet invasion of Afghanistan,
    # the Moscow Olympics boycott, "Zimbabwe-Rhodesia", the Tehran hostages); "this morning",
    # "tonight" -> null (see the notes).
    ("dev_14704_carter_moi_washington", "Africa", "1980s", "White House statement, via The American Presidency Project (UC Santa Barbara)", "https://presidency.ucsb.edu/documents/visit-president-moi-kenya-white-house-statement", ""),
    # The line "This content was published on March 31, 2000 - 23:02" (a Friday, checked) is
    # `published`; the talks "in Berne" are not given a day -> null.
    ("dev_14705_schussel_ogi_berne", "Western Europe", "2000s", "swissinfo.ch (SWI)", "https://www.swissinfo.ch/eng/-business-as-usual--with-austria/1453320", "2000-03-31"),
    # The date line "14 Mar 2006" (a Tuesday, checked) is `published`; no meeting rows.
    ("dev_14706_sevele_ministerial_contact", "Oceania", "2000s", "RNZ (rnz.co.nz; Pacific news)", "https://www.rnz.co.nz/international/pacific-news/160871/tonga's-acting-prime-minister-encourages-more-ministerial-level-contact-with-new-zealand", "2006-03-14"),
    # The line "For Immediate Release September 23, 1998" (a Wednesday, checked) is `published`;
    # "met today" -> 1998-09-23.
    ("test_14707_clinton_goh_oval_office", "Southeast Asia", "1990s", "The White House, Office of the Press Secretary (Clinton White House archive, clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1998/09/1998-09-23-statement-by-the-press-secretary-on-singapore.html", "1998-09-23"),
    # "For Immediate Release November 21, 1996" (a Thursday) is `published`; "on February 26"
    # (no year) -> 1997-02-26 (a Wednesday, checked; the next 26 February, "first State Visit of
    # the second term"; see the notes).
    ("dev_14708_clinton_frei_state_visit", "Latin America", "1990s", "The White House, Office of the Press Secretary (Clinton White House archive, clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1996/11/1996-11-21-chilean-president-frei-to-visit-in-february.html", "1996-11-21"),
    # "For Immediate Release May 24, 1994" (a Tuesday, checked) is `published`; "met today" ->
    # 1994-05-24; "signed April 30" -> 1994-04-30.
    ("dev_14709_clinton_ulmanis_oval_office", "Eastern Europe/Russia", "1990s", "The White House, Office of the Press Secretary (Clinton White House archive, clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1994/05/1994-05-24-statement-on-president-meeting-with-latvian-president.html", "1994-05-24"),
    # "For Immediate Release April 8, 1994" (a Friday, checked) is `published`; "today" ->
    # 1994-04-08.
    ("dev_14710_clinton_hosokawa_call", "East Asia", "1990s", "The White House, Office of the Press Secretary (Clinton White House archive, clintonwhitehouse6.archives.gov)", "https://clintonwhitehouse6.archives.gov/1994/04/1994-04-08-statement-on-presidents-phone-call-with-pm-hosokawa.html", "1994-04-08"),
    # The lines "2004-11-30 | Bush Cda" and "Date: 2004-11-30" (a Tuesday, checked) give
    # `published`; "a November 30th news conference" -> 2004-11-30.
    ("test_14711_martin_bush_ottawa", "North America", "2000s", "The Canadian Press (video record summary, via earbank.com)", "https://www.earbank.com/products/2004-11-30-bush-cda", "2004-11-30"),
]

A = {}

A["dev_14701_nazarbayev_mirziyoyev_samarkand"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyaev", "Mirziyaev"],
        "islam_karimov": ["Islam Karimov", "Karimov", "Islam Abduganiyevich"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "g20": ["G20"],
    },
    meetings=[
        # "The Kazakh president also met with acting Uzbek President Shavkat Mirziyaev" ("During
        # the meeting", "Nazarbayev told Mirziyaev": the same) -> held, on the Samarkand trip of
        # "September 12" (the caption also dates the pair's photo "on September 12"), Samarkand;
        # date null: the page has no date and the text no year (see the notes).
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], None, "Samarkand", IP, H,
          "The Kazakh president also met with acting Uzbek President Shavkat Mirziyaev."),
        # Not rows: Putin "visited the city to honor Karimov" (a visit to a city, no one met);
        # Karimov's funeral and the G20 summit (not attended / multilateral); "Islam
        # Abduganiyevich [Karimov] and I signed the Eternal Friendship Agreement… in 1998" (a
        # signing recalled without a meeting stated; kept as no row, see the notes); "both at
        # bilateral meetings and within international organizations" (no specific meeting). Not
        # annotated: the photo credit "(akorda.kz)" and the agency tag "(TCA)" in the dateline;
        # "the Kazakh president’s press service" (unnamed office); Samarkand, Uzbekistan,
        # Kazakhstan, China (places). Kept as they stand: the trailing spaces after "Nazarbayev
        # said.". Removed: nothing at the start; at the end, the byline trailer "Sergey Kwan",
        # "TCA" and the cut-off author note "Sergey Kwan has worked for The Times of Cen".
    ],
    roles=[("Kazakhstan President", "nursultan_nazarbayev"), ("acting Uzbek President", "shavkat_mirziyoyev"),
           ("The Kazakh president", "nursultan_nazarbayev"), ("late President", "islam_karimov"),
           ("the first President of Uzbekistan", "islam_karimov"), ("Russian President", "vladimir_putin")],
)

A["dev_14702_vajpayee_wang_pin_nan"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Atal Behari Vajpayee", "Vajpayee"],
        "huang_hua": ["Huang Hua"],
        "morarji_desai": ["Morarji Desai", "Desai", "Morarji"],
        "indira_gandhi": ["Indira Gandhi", "Indira"],
        "the_new_york_times": ["The New York Times"],
        "ministry_of_external_affairs_india": ["MEA"],
        "janata_party": ["Janata"],
        # New key.
        "wang_pin_nan": ["Wang Pin-nan", "Wang"],
    },
    meetings=[
        # "The invitation ... was conveyed orally to Vajpayee by the leader of the Chinese goodwill
        # delegation, Wang Pin-nan, when he called on Vajpayee" ("The meeting lasted one and a half
        # hours", "Vajpayee and Wang reviewed": the same) -> held, date null (no day given; the
        # paper is of 9 March 1978), place null (the text names no city).
        M(["wang_pin_nan", "atal_bihari_vajpayee"], None, None, IP, H,
          "The invitation from the Chinese foreign minister, Huang Hua, was conveyed orally to Vajpayee by the leader of the Chinese goodwill delegation, Wang Pin-nan, when he called on Vajpayee."),
        # "Vajpayee was invited to visit Peking and he accepted the invitation “in principle”" (the
        # inviter is Huang Hua) -> a visit to the inviting minister, planned, date null, Peking;
        # accepted only "in principle" and the host not said to meet him -> not required.
        M(["atal_bihari_vajpayee", "huang_hua"], None, "Peking", IP, P,
          "Minister for External Affairs Atal Behari Vajpayee was invited to visit Peking and he accepted the invitation “in principle”.", False),
        # Not rows: Desai's "interview" with The New York Times (a media interview); the appeal of
        # "The prime minister of Zambia" to the Janata government (an appeal, unnamed). Not
        # annotated: "The prime minister of Zambia", "the former ruler of Sikkim" (unnamed);
        # India, China, Peking, Sikkim, Zambia (places). Kept as they stand: the caption line with
        # its text twice ("Indian Express front page on March 9, 1978" x2). Removed: at the start,
        # the search tool's " date 2018-03-09 " prefix; at the end, the cut-off sentence "Mainza
        # Chona, in a letter to The Times from Lusaka, said today: “Mrs Gandhi is one of the
        # greatest leaders ... and in office as premier of one of".
    ],
    roles=[("Minister for External Affairs", "atal_bihari_vajpayee"), ("the Chinese foreign minister", "huang_hua"),
           ("the leader of the Chinese goodwill delegation", "wang_pin_nan"), ("the Prime Minister", "morarji_desai"),
           ("the prime minister", "morarji_desai")],
)

_MB = ("\"In this case I will only attend the beginning of the meeting and then leave them alone to hammer out details,\" he said.")
_AL = ("Barak and Arafat were to meet separately in Paris on Wednesday with U.S. Secretary of State Madeleine Albright in a U.S. effort to revive peace talks.")
A["test_14703_mubarak_arafat_barak_summit"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak", "Mubarak"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "madeleine_albright": ["Madeleine Albright", "Albright"],
        "david_baker": ["David Baker"],
        "ariel_sharon": ["Ariel Sharon"],
        "likud": ["Likud"],
        # New key.
        "ehud_barak": ["Ehud Barak", "Barak"],
    },
    meetings=[
        # "Arafat and ... Barak have agreed to come to Egypt to discuss ways of ending the
        # Israeli-Palestinian violence" (the summit "at the Red Sea resort of Sharm El-Sheikh") ->
        # planned, date null ("Mubarak did not say when"; Barak leaves "on Thursday", which dates
        # his departure, not the meeting), Sharm El-Sheikh.
        M(["yasser_arafat", "ehud_barak"], None, "Sharm El-Sheikh", IP, P,
          "CAIRO (AP) - President Hosni Mubarak said Tuesday that Palestinian leader Yasser Arafat and Israeli Prime Minister Ehud Barak have agreed to come to Egypt to discuss ways of ending the Israeli-Palestinian violence."),
        # Mubarak "will only attend the beginning of the meeting" -> he is a participant of the
        # same planned summit: Mubarak-Arafat and Mubarak-Barak pair rows, planned, date null,
        # Sharm El-Sheikh.
        M(["hosni_mubarak", "yasser_arafat"], None, "Sharm El-Sheikh", IP, P, _MB),
        M(["hosni_mubarak", "ehud_barak"], None, "Sharm El-Sheikh", IP, P, _MB),
        # "where Arafat and Barak met last year and signed an interim peace deal" -> held, date
        # null ("last year"), Sharm El-Sheikh.
        M(["yasser_arafat", "ehud_barak"], None, "Sharm El-Sheikh", IP, H,
          "Mubarak said the gathering will be held at the Red Sea resort of Sharm El-Sheikh, where Arafat and Barak met last year and signed an interim peace deal."),
        # "Barak and Arafat were to meet separately in Paris on Wednesday with ... Albright" -> two
        # separate planned meetings, 2000-10-04 (the paper's Wednesday), Paris.
        M(["ehud_barak", "madeleine_albright"], "2000-10-04", "Paris", IP, P, _AL),
        M(["yasser_arafat", "madeleine_albright"], "2000-10-04", "Paris", IP, P, _AL),
        # Not rows: "Albright has said she also hoped for a trilateral meeting" (a hope, not an
        # announced meeting); Sharon's "visit ... to a Jerusalem site" (a visit to a place);
        # Mubarak "told reporters" (a statement). Not annotated: the agency tag "(AP)" in the
        # dateline; "Barak's office" (an office); Egypt, Israel, Jerusalem, Cairo, Paris,
        # Sharm El-Sheikh (places). Kept as they stand: the site lines "News", "|", "|" between
        # the headline and the date line, and the "|" after the headline. Removed: at the start,
        # the site line "Change Your Life! |"; at the end, a trailing "|".
    ],
    roles=[("Palestinian leader", "yasser_arafat"), ("Israeli Prime Minister", "ehud_barak"),
           ("spokesman for Barak's office", "david_baker"), ("the Israeli leader", "ehud_barak"),
           ("U.S. Secretary of State", "madeleine_albright"), ("the leader of the hard-line opposition Likud party", "ariel_sharon")],
)

A["dev_14704_carter_moi_washington"] = dict(
    actors={
        "jimmy_carter": ["President Carter", "Carter"],
        "daniel_arap_moi": ["President Daniel arap Moi", "Daniel arap Moi", "President Moi", "Moi"],
        "warren_christopher": ["Warren Christopher"],
        "zbigniew_brzezinski": ["Zbigniew Brzezinski"],
        # New keys.
        "wilbert_lemelle": ["Ambassador Wilbert LeMelle", "Wilbert LeMelle"],
        "william_harrop": ["William Harrop"],
        "gordon_beyer": ["Gordon Beyer"],
        "gerald_funk": ["Gerald Funk"],
        "charles_njonjo": ["Charles Njonjo"],
        "robert_ouko": ["Robert J. Ouko"],
        "godfrey_kariuki": ["Godfrey G. Kariuki"],
    },
    meetings=[
        # "President Carter met this morning for an hour and 15 minutes in the Cabinet Room with
        # President Daniel arap Moi" -> held, date null (no publication date on the page),
        # Washington ("President Moi is in Washington"; the Cabinet Room).
        M(["jimmy_carter", "daniel_arap_moi"], None, "Washington", IP, H,
          "President Carter met this morning for an hour and 15 minutes in the Cabinet Room with President Daniel arap Moi of the Republic of Kenya."),
        # "the two leaders will meet again tonight at a state dinner in the White House" ->
        # planned, date null, Washington (White House).
        M(["jimmy_carter", "daniel_arap_moi"], None, "Washington", IP, P,
          "In addition to their meeting this morning, the two leaders will meet again tonight at a state dinner in the White House."),
        # Not rows: the people "Attending the meeting with the two Presidents" (delegation
        # members: actors, not participants, as in ANNOTATION.md); the Olympic boycott and the
        # hostages (no meeting). Not annotated: "Kenya's support", the Soviet Union, Afghanistan,
        # Moscow, Tehran, Zimbabwe-Rhodesia (places / countries); "Department of State", "Office
        # of the President", "NSC" (offices named as titles in the list). Kept as they stand: the
        # list lines as broken in the excerpt ("... African Affairs Gordon Beyer, Director, East
        # African" / "Affairs, Department of State"; "Gerald Funk, NSC staff member Kenyan Side";
        # "Charles Njonjo, Attorney General Robert J. Ouko, ..."). Removed: nothing at the start;
        # at the end, the cut-off fragment "Ni" (the next list entry).
    ],
    roles=[("Acting Secretary of State", "warren_christopher"),
           ("Assistant to the President for National Security Affairs", "zbigniew_brzezinski"),
           ("U.S. Ambassador to Kenya", "wilbert_lemelle"), ("Attorney General", "charles_njonjo"),
           ("Minister for Foreign Affairs", "robert_ouko")],
)

A["dev_14705_schussel_ogi_berne"] = dict(
    actors={
        # New keys.
        "adolf_ogi": ["Adolf Ogi", "Ogi"],
        "wolfgang_schussel": ["Wolfgang Schüssel", "Schüssel"],
        "joseph_deiss": ["Joseph Deiss"],
        "kaspar_villiger": ["Kaspar Villiger"],
        "freedom_party_of_austria": ["Freedom Party"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "have emphasised the good relations between Switzerland and Austria after talks in
        # Berne" ("After talks in Berne, Schüssel and Ogi said": the same) -> held, date null (no
        # day given), Berne.
        M(["adolf_ogi", "wolfgang_schussel"], None, "Berne", IP, H,
          "The Swiss president, Adolf Ogi (pictured right) and the Austrian chancellor, Wolfgang Schüssel (left) have emphasised the good relations between Switzerland and Austria after talks in Berne."),
        # "Schüssel also held talks with the foreign minister, Joseph Deiss, and the finance
        # minister, Kaspar Villiger" -> two held rows (separate counterparts in one sentence, as
        # dev_032), date null, Berne (the same visit).
        M(["wolfgang_schussel", "joseph_deiss"], None, "Berne", IP, H,
          "Schüssel also held talks with the foreign minister, Joseph Deiss, and the finance minister, Kaspar Villiger."),
        M(["wolfgang_schussel", "kaspar_villiger"], None, "Berne", IP, H,
          "Schüssel also held talks with the foreign minister, Joseph Deiss, and the finance minister, Kaspar Villiger."),
        # Not rows: the EU partners' freeze of "bilateral ties" (no meeting); "Switzerland is the
        # first country to receive representatives" (a summary of the same visit); the street
        # protest. Not annotated: "Left-wing parties and human rights groups", "600 people"
        # (unnamed); Switzerland, Austria, Vienna, Berne, Europe (places). Kept as they stand: the
        # standfirst (which repeats the lead) and the line "This content was published on March
        # 31, 2000 - 23:02". Removed: at the end, the cut-off sentence "\"We want to draw attention
        # to the dangers of a radicalisation of politics in Switzerland as well,\" said the
        # organisers, which included the youth branch of th".
    ],
    roles=[("The Swiss president", "adolf_ogi"), ("the Austrian chancellor", "wolfgang_schussel"),
           ("the foreign minister", "joseph_deiss"), ("the finance minister", "kaspar_villiger")],
)

A["dev_14706_sevele_ministerial_contact"] = dict(
    actors={
        "feleti_sevele": ["Dr Feleti Sevele", "Feleti Sevele", "Dr Sevele"],
        "winston_peters": ["Winston Peters"],
    },
    meetings=[
        # Zero-meeting control. Not rows: "visits, such as the one this week by Foreign Minister
        # Winston Peters" (a visit to a country; no one is said to be met, and the visitor's host
        # is not named); "it was a mistake not to allow the recent New Zealand parliamentary select
        # committee ... to visit the country" (a visit that did not take place; a committee);
        # "regular contact at ministerial level" (no specific meeting). Not annotated: "the recent
        # New Zealand parliamentary select committee", "his government" (unnamed bodies); Tonga,
        # New Zealand (places). Kept as they stand: the date lines "14 Mar 2006" and "9:06 pm on 14
        # March 2006". Removed: nothing.
    ],
    roles=[("The Acting Prime Minister of Tonga", "feleti_sevele"), ("Foreign Minister", "winston_peters")],
)

A["test_14707_clinton_goh_oval_office"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "goh_chok_tong": ["Prime Minister Goh Chok Tong", "Goh Chok Tong", "Prime Minister Goh", "Goh"],
        "keizo_obuchi": ["Prime Minister Obuchi", "Obuchi"],
        "asean": ["ASEAN"],
        "imf": ["IMF"],
        "apec": ["APEC"],
    },
    meetings=[
        # "President Clinton and Prime Minister Goh of Singapore met today in the Oval Office" ->
        # held, 1998-09-23, Washington (Oval Office -> Washington, as White House -> Washington).
        M(["bill_clinton", "goh_chok_tong"], "1998-09-23", "Washington", IP, H,
          "President Clinton and Prime Minister Goh of Singapore met today in the Oval Office."),
        # "President Clinton reported on his meeting with Prime Minister Obuchi" -> held, date
        # null, place null.
        M(["bill_clinton", "keizo_obuchi"], None, None, IP, H,
          "President Clinton reported on his meeting with Prime Minister Obuchi and the two leaders agreed on the importance of a strong Japanese economy to the recovery of the region."),
        # Not rows: the ASEAN Regional Forum and Post-Ministerial meetings, "this November's APEC
        # meeting" (multilateral); the joint military exercises. Not annotated: Singapore,
        # Indonesia, Thailand, Southeast Asia (places); the Status of Forces Agreement (an
        # agreement). Removed: at the start, the site line "View Header"; at the end, the release
        # end mark "# # #".
    ],
    roles=[("The President", "bill_clinton")],
)

A["dev_14708_clinton_frei_state_visit"] = dict(
    actors={
        "bill_clinton": ["President Clinton"],
        "eduardo_frei_ruiz_tagle": ["President Eduardo Frei", "Eduardo Frei", "President Frei"],
        "united_nations": ["United Nations"],
        "un_security_council": ["Security Council"],
    },
    meetings=[
        # "President Clinton has invited Chilean President Eduardo Frei to the White House for a
        # State Visit on February 26" ("the two leaders to review", "The Presidents will also
        # discuss": the same) -> planned, 1997-02-26 (no year in the text; the next 26 February
        # after the release, "first State Visit of the second term"; see the notes), Washington
        # (White House).
        M(["bill_clinton", "eduardo_frei_ruiz_tagle"], "1997-02-26", "Washington", IP, P,
          "President Clinton has invited Chilean President Eduardo Frei to the White House for a State Visit on February 26."),
        # Not rows: the Summit of the Americas "in March 1998" (multilateral); the Ecuador-Peru
        # peace process; UN peacekeeping. Not annotated: Chile, Ecuador, Peru (places). Removed:
        # at the start, the site line "View Header"; at the end, the release end mark "# # #".
    ],
    roles=[("Chilean President", "eduardo_frei_ruiz_tagle")],
)

A["dev_14709_clinton_ulmanis_oval_office"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "guntis_ulmanis": ["President Guntis Ulmanis", "Guntis Ulmanis", "President Ulmanis", "Ulmanis"],
        "boris_yeltsin": ["Yeltsin"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "President Clinton met today with Latvian President Guntis Ulmanis" ("During their
        # half-hour discussion in the Oval Office": the same) -> held, 1994-05-24, Washington
        # (Oval Office).
        M(["bill_clinton", "guntis_ulmanis"], "1994-05-24", "Washington", IP, H,
          "President Clinton met today with Latvian President Guntis Ulmanis who is visiting the United States for the official opening of the Latvian Mission to the United Nations in New York."),
        # "Presidents Ulmanis and Yeltsin in signing the April 30 agreements" -> a joint signing,
        # held, 1994-04-30, place null; a meeting only implied by the joint signing -> not
        # required.
        M(["guntis_ulmanis", "boris_yeltsin"], "1994-04-30", None, IP, H,
          "He noted the vision and statesmanship displayed by Presidents Ulmanis and Yeltsin in signing the April 30 agreements, which will contribute to stability and security both within the Baltic region and throughout all of Europe.", False),
        # Not rows: the opening of the Latvian Mission (an event); the withdrawal of Russian troops.
        # Not annotated: "the Latvian Mission to the United Nations" (a mission; the UN is
        # annotated); Latvia, Russia, Estonia, New York, the Baltic region (places). Removed: at
        # the start, the site line "View Header"; at the end, the release end mark "# # #".
    ],
    roles=[("Latvian President", "guntis_ulmanis"), ("the President", "bill_clinton")],
)

A["dev_14710_clinton_hosokawa_call"] = dict(
    actors={
        "morihiro_hosokawa": ["Prime Minister Hosokawa", "Hosokawa"],
    },
    meetings=[
        # "The President spoke with Prime Minister Hosokawa of Japan today at 9:40 AM(EDT) for
        # approximately 12 minutes" -> a phone conversation (a 12-minute exchange timed in EDT with
        # the Prime Minister of Japan; the page address says "phone-call"; see the notes), held,
        # 1994-04-08, no place (a call). "The President" of the release is not named in the text
        # -> a one-party row (Hosokawa), as for the unnamed UK "Prime Minister" of the GOV.UK
        # readouts.
        M(["morihiro_hosokawa"], "1994-04-08", None, PH, H,
          "The President spoke with Prime Minister Hosokawa of Japan today at 9:40 AM(EDT) for approximately 12 minutes."),
        # Not rows: "The President intends to work closely with the new Prime Minister" (no
        # meeting; unnamed); the quoted tribute (part of the call). Not annotated: "The
        # President" (unnamed in the text; no actor to point to); Japan (place);
        # the Framework agreement (an agreement). Removed: at the start, the site line "View
        # Header".
    ],
    roles=[],
)

A["test_14711_martin_bush_ottawa"] = dict(
    actors={
        "paul_martin": ["Prime Minister Paul Martin", "Paul Martin"],
        "george_w_bush": ["President George Bush", "George Bush", "Bush"],
    },
    meetings=[
        # "The two leaders addressed a November 30th news conference in Ottawa, after meeting for
        # almost two hours" -> held, 2004-11-30, Ottawa.
        M(["paul_martin", "george_w_bush"], "2004-11-30", "Ottawa", IP, H,
          "The two leaders addressed a November 30th news conference in Ottawa, after meeting for almost two hours."),
        # Not rows: the news conference itself (the same day; a news conference); "thank you for
        # the meetings we've had" (the same meeting, in the machine transcript). Not annotated:
        # "The Canadian Press" (the outlet header and "Source:" line); Canada, the US,
        # Afghanistan, Ottawa (places). Kept as they stand: the record lines "2004-11-30 | Bush
        # Cda", "Date:", "Placeline:", "Source:" and the "Transcript Prediction" line. Removed:
        # nothing.
    ],
    roles=[("US President", "george_w_bush"), ("the prime minister", "paul_martin"),
           ("the Prime Minister", "paul_martin")],
)
