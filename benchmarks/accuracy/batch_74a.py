"""Accuracy corpus, batch 74a: 11 new articles (not 12; see the notes) about meetings between
political actors, all published in ODD years (another helper takes even years as batch 74b), over
eleven regions less East Asia (Western Europe: two; Central Asia/Caucasus, Middle East, Africa,
Southeast Asia, Eastern Europe/Russia, Latin America, North America, South Asia, Oceania: one
each; no East Asia page that was new was found in the time) and five decades (1970s: two, 1990s:
one, 2000s: three, 2010s: one, 2020s: four; three of the eleven from before 2000, fewer than the
five the brief asked; see the notes).
Outlets/sites: Kazinform (inform.kz, 2021), PM Transcripts of the Australian Prime Minister's
Office (pmtranscripts.pmc.gov.au; joint communiques of 1973 and 1975), People's Daily Online
(2001), VietnamPlus (2019), The Independent (1997), AllAfrica carrying ANGOP (2021), MercoPress
(2005), The Local Sweden (2007), the Prime Minister of Canada (pm.gc.ca, 2021) and the Prime
Minister of Australia (pm.gov.au, 2023).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
74b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_74a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-73b): the articles are numbered 1..N in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_146NN_<slug>` / `test_146NN_<slug>`, NN = collection position (01..11).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The tool's date 2021-08-27 (a Friday, checked); the call has no day in the text -> null.
    ("dev_14601_tokayev_mirziyoyev_call", "Central Asia/Caucasus", "2020s", "Kazinform (en.inform.kz)", "https://en.inform.kz/news/presidents-of-kazakhstan-uzbekistan-talk-over-phone_a3829371/", "2021-08-27"),
    # The page's "Release Date: 07/06/1973" and "7 June 1973" (a Thursday, checked); the visit is
    # "from 3 to 6 June, 1973" (a range) -> dates null.
    ("dev_14602_whitlam_gandhi_new_delhi", "South Asia", "1970s", "PM Transcripts (pmtranscripts.pmc.gov.au; joint communique, media release)", "http://pmtranscripts.pmc.gov.au/release/transcript-2948", "1973-06-07"),
    # The communique's "16 January 1975" (a Thursday, checked; the page's release date is cut from
    # the stored text); the visit is "from 12to 16 January 1975" (a range) -> dates null.
    ("test_14603_whitlam_kosygin_moscow", "Eastern Europe/Russia", "1970s", "PM Transcripts (pmtranscripts.pmc.gov.au; joint communique, media release)", "https://pmtranscripts.pmc.gov.au/release/transcript-3594", "1975-01-16"),
    # The address's 20010118 (a Thursday, checked): "Thursday" -> 2001-01-18, "Wednesday" ->
    # 2001-01-17.
    ("dev_14604_mubarak_arafat_ben_ami", "Middle East", "2000s", "People's Daily Online (en.people.cn)", "http://en.people.cn/english/200101/18/print20010118_60828.html", "2001-01-18"),
    # The tool's date 2019-07-08 (a Monday, checked); "on July 8" is written out.
    ("dev_14605_phuc_locsin_hanoi", "Southeast Asia", "2010s", "VietnamPlus (en.vietnamplus.vn; VNA)", "https://en.vietnamplus.vn/prime-minister-hosts-philippine-foreign-minister/155726.vnp", "2019-07-08"),
    # No date on the stored page and none from the tool: published None. The year 1997 (odd;
    # decade 1990s) is inferred, see the notes. "on Thursday" cannot be resolved -> null.
    ("dev_14606_bruton_blair_downing_street", "Western Europe", "1990s", "The Independent (independent.co.uk)", "http://www.independent.co.uk/news/uk/home-news/bruton-is-first-to-call-at-no-10-1260002.html", None),
    # The tool's date 2021-10-18 (a Monday, checked): "Friday" -> 2021-10-15.
    ("test_14607_lourenco_nujoma_luanda", "Africa", "2020s", "AllAfrica (allafrica.com; ANGOP)", "https://allafrica.com/stories/202110180153.html", "2021-10-18"),
    # The address's 2005/02/15 (a Tuesday, checked); the closed-door meeting has no day in the text
    # -> null (see the notes).
    ("dev_14608_lula_chavez_caracas", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2005/02/15/brazil-venezuela-a-fruitful-visit", "2005-02-15"),
    # The address's 20071123 (a Friday, checked): "on Friday" -> 2007-11-23.
    ("dev_14609_fillon_reinfeldt_stockholm", "Western Europe", "2000s", "The Local Sweden (thelocal.se)", "https://www.thelocal.se/20071123/9192/", "2007-11-23"),
    # No date on the stored page and none from the tool: published None. The year 2021 (odd) is
    # inferred, see the notes. "Today" cannot be resolved -> null.
    ("dev_14610_trudeau_biden_call", "North America", "2020s", "Prime Minister of Canada (pm.gc.ca; readout)", "https://pm.gc.ca/en/node/13790", None),
    # No date on the stored page and none from the tool: published None; the year 2023 (odd) is in
    # the text ("on 15 February 2023"), which also gives the meeting's day.
    ("test_14611_kalsakau_albanese_canberra", "Oceania", "2020s", "Prime Minister of Australia (pm.gov.au; joint statement)", "https://pm.gov.au/media/joint-statement", None),
]

A = {}

A["dev_14601_tokayev_mirziyoyev_call"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "kazinform": ["KAZINFORM", "Kazinform"],
        "akorda_press_service": ["Akorda press service"],
    },
    meetings=[
        # "... Head of State Kassym-Jomart Tokayev had a telephone conversation with President of
        # Uzbekistan Shavkat Mirziyoyev ..." -> phone, held, date null (no day in the text; the
        # page of 27 August 2021 says nothing of "today"), no place. "During the phone talk" is
        # the same call.
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], None, None, PH, H,
          "NUR-SULTAN. KAZINFORM – At the initiative of the Uzbek side, Head of State Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev, Kazinform has learnt from the Akorda press service."),
        # Not rows: the condolences (a message inside the call). Not annotated: Kazakhstan,
        # Uzbekistan, Afghanistan (states), Nur-Sultan, Zhambyl region (places), "the families of
        # victims" (unnamed). "KAZINFORM" in the dateline is the agency's own credit but is kept as
        # an alias because the body names "Kazinform" as the reporting agency. Removed: at the
        # start, the tool's " date 2021-08-27 " prefix. Nothing at the end (the excerpt ends with a
        # full sentence).
    ],
    roles=[("Head of State", "kassym_jomart_tokayev"), ("President of Uzbekistan", "shavkat_mirziyoyev"),
           ("The Uzbek leader", "shavkat_mirziyoyev"), ("the President", "kassym_jomart_tokayev")],
)

A["dev_14602_whitlam_gandhi_new_delhi"] = dict(
    actors={
        "gough_whitlam": ["Mr Whitlam", "Edward Gough Whitlam", "Whitlam"],
        "indira_gandhi": ["Shrimati Indira Gandhi", "Indira Gandhi"],
        "margaret_whitlam": ["Mrs h,.! itlam"],
        "government_of_australia": ["Government of Australia"],
    },
    meetings=[
        # "The Prime Minister of Australia had extensive discussions with the Prime Minister of
        # India." (Whitlam and, named in the sentence before, Indira Gandhi) -> held, date null
        # (the visit "from 3 to 6 June, 1973", a range), New Delhi (the communique "issued in New
        # Delhi"; "During his stay in Delhi").
        M(["gough_whitlam", "indira_gandhi"], None, "New Delhi", IP, H,
          "The Prime Minister of Australia had extensive discussions with the Prime Minister of India."),
        # "... the Prime Minister of Australia was received by the President of India." -> the
        # President is unnamed (role-only counterpart): a one-party row, held, date null, New Delhi.
        M(["gough_whitlam"], None, "New Delhi", IP, H,
          "During his stay in Delhi, the Prime Minister of Australia was received by the President of India."),
        # "The Minister of External Affairs, the Minister of Finance, ... called on the Prime
        # Minister of Australia ..." -> five unnamed ministers (role-only): one one-party row for
        # the calls, required false (several calls in one sentence, none named; see the notes).
        M(["gough_whitlam"], None, "New Delhi", IP, H,
          "The Minister of External Affairs, the Minister of Finance, the Minister of Agriculture, the Minister of Planning and the Minister of Commerce called on the Prime Minister of Australia and discussed matters of mutual interest.", False),
        # Not rows: Mrs Whitlam and the officials "accompanied" him (not participants). Not
        # annotated: India, Australia (states), New Delhi/Delhi (places), "senior officials"
        # (unnamed), the unnamed President and ministers of India. Removed: at the start, the site
        # lines "PM Transcripts", "Transcripts from the Prime Ministers of Australia", "Whitlam,
        # Gough", "Period of Service: ...", "Release Date:", "07/06/1973", "Release Type:", "Media
        # Release", "Transcript ID:", "2948", "Document:", "00002948.pdf 8 Page(s)", "Released
        # by:", "  • Whitlam, Edward Gough"; at the end, the cut-off sentence ("They expreFssed the
        # hope that all remaining differences, particularly in the areas o"). Kept as found: the
        # OCR slips "PRIME MINIST71l'S", "COMMTUNIQUE", "communioue", "Mrs h,.! itlam",
        # "PtmosDhere", "anDroach", "n~ rogress", the page marks "/ 2" and "-2-", the unclosed
        # opening quote.
    ],
    roles=[("the Prime Minister and Minister for Foreign Affairs", "gough_whitlam"),
           ("Prime Minister of India", "indira_gandhi"), ("Prime Minister of Australia", "gough_whitlam"),
           ("the Prime Minister of Australia", "gough_whitlam"), ("the Prime Minister of India", "indira_gandhi")],
)

A["test_14603_whitlam_kosygin_moscow"] = dict(
    actors={
        "gough_whitlam": ["E. G. Whitlam", "Mr Whitlam"],
        "nikolai_podgorny": ["N. V. Podgorny"],
        "alexei_kosygin": ["A. N. Kosygin"],
        "kirill_mazurov": ["K. T. Mazurov"],
        "vasily_kuznetsov": ["V. V. Kuznetsov"],
        "mikhail_kuzmin": ["M. R. Kuzmin"],
        "lionel_bowen": ["L. F. Bowen"],
        "james_plimsoll": ["Sir James Plimsoll"],
        "lenox_hewitt": ["Sir Lenox Hewitt"],
        "d_h_mckay": ["D. H. McKay"],
        "richard_woolcott": ["R. A. Woolcott"],
        "geoffrey_yeend": ["G. J. Yeend"],
        "soviet_government": ["Soviet Government"],
    },
    meetings=[
        # "The Prime Minister of Australia, E. G. Whitlam, was received by the Chairman of the
        # Presidium of the Supreme Soviet of the USSR, N. V. Podgorny." -> held, date null (the
        # visit "from 12to 16 January 1975", a range), place USSR (the text does not say in which
        # city; the country is the most specific place given).
        M(["gough_whitlam", "nikolai_podgorny"], None, "USSR", IP, H,
          "The Prime Minister of Australia, E. G. Whitlam, was received by the Chairman of the Presidium of the Supreme Soviet of the USSR, N. V. Podgorny."),
        # "In the talks which took place between ... A. N. Kosygin, ... K. T. Mazurov and the Prime
        # Minister of Australia, E. G. Whitlam, there took part: ..." -> a meeting of three named
        # people: one row per pair, held, date null, USSR. Kosygin-Mazurov (both on the Soviet
        # side) is required false (the pair rule; see the notes). The officials who "took part"
        # are attendees, not participants.
        M(["gough_whitlam", "alexei_kosygin"], None, "USSR", IP, H,
          "In the talks which took place between the Chairman of the Soviet of Ministers of the USSR, A. N. Kosygin, the First Deputy Chairman of the Soviet of Ministers, K. T. Mazurov and the Prime Minister of Australia, E. G. Whitlam, there took part:"),
        M(["gough_whitlam", "kirill_mazurov"], None, "USSR", IP, H,
          "In the talks which took place between the Chairman of the Soviet of Ministers of the USSR, A. N. Kosygin, the First Deputy Chairman of the Soviet of Ministers, K. T. Mazurov and the Prime Minister of Australia, E. G. Whitlam, there took part:"),
        M(["alexei_kosygin", "kirill_mazurov"], None, "USSR", IP, H,
          "In the talks which took place between the Chairman of the Soviet of Ministers of the USSR, A. N. Kosygin, the First Deputy Chairman of the Soviet of Ministers, K. T. Mazurov and the Prime Minister of Australia, E. G. Whitlam, there took part:", False),
        # Not rows: the wreath-laying (a ceremony); the visits to Moscow and Leningrad (trips);
        # the officials who "took part" (attendees). Not annotated: the USSR/Soviet Union,
        # Australia (states), Moscow, Leningrad, the Tomb of the Unknown Solider, the Piskarovskoye
        # Memorial Cemetery (places), "the Soviet people", "other officials" (unnamed), the
        # Presidium, the Supreme Soviet, the Soviet of Ministers and the departments (named only
        # inside titles). Removed: at the start, the site lines "Whitlam, Gough", "Period of
        # Service: 05/12/1972 to 11/11/1975", "Release Date: 16/01/1975", "Release Type: Media
        # Release", "Transcript ID: 3594" with their blank lines; at the end, the cut-off sentence
        # ("During the talks which were held in a businesslike atmosph"). Kept as found: "12to",
        # "Solider", the two sentences broken off in the source ("Memorial Cemetery in", "generous").
    ],
    roles=[("the Prime Minister of Australia", "gough_whitlam"), ("The Prime Minister of Australia", "gough_whitlam"),
           ("the Chairman of the Presidium of the Supreme Soviet of the USSR", "nikolai_podgorny"),
           ("the Chairman of the Soviet of Ministers of the USSR", "alexei_kosygin"),
           ("the First Deputy Chairman of the Soviet of Ministers", "kirill_mazurov"),
           ("the First Deputy Minister of Foreign Affairs of the USSR", "vasily_kuznetsov"),
           ("the Special Minister of State", "lionel_bowen"),
           ("the Ambassador of Australia to the USSR", "james_plimsoll")],
)

A["dev_14604_mubarak_arafat_ben_ami"] = dict(
    actors={
        "hosni_mubarak": ["Hosni Mubarak"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "shlomo_ben_ami": ["Shlomo Ben-Ami", "Ben-Ami"],
        "amr_moussa": ["Amr Moussa"],
        "mahmoud_abbas": ["Mahmoud Abbas"],
        "nabil_shaath": ["Nabil Shaath"],
        "plo": ["Palestine Liberation Organization", "PLO"],
        "middle_east_news_agency": ["Middle East News Agency"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "Egyptian President Hosni Mubarak Thursday met with Palestinian leader Yasser Arafat ..."
        # -> held, 2001-01-18 (Thursday, the address's day), place Egypt (the text names no city;
        # "Arafat arrived here", Ben-Ami "on a brief visit to Egypt"). "The two leaders met
        # one-on-one ..." is the same meeting; Moussa, Abbas and Shaath "were joined" later (not
        # participants; see the notes).
        M(["hosni_mubarak", "yasser_arafat"], "2001-01-18", "Egypt", IP, H,
          "Egyptian President Hosni Mubarak Thursday met with Palestinian leader Yasser Arafat to discuss Palestinian-Israeli negotiations in recent days aimed to reach a peace deal."),
        # "Arafat arrived here late Wednesday and met Ben-Ami, who wa on a brief visit to Egypt." ->
        # held, 2001-01-17, Egypt ("their overnight meeting" is the same).
        M(["yasser_arafat", "shlomo_ben_ami"], "2001-01-17", "Egypt", IP, H,
          "Arafat arrived here late Wednesday and met Ben-Ami, who wa on a brief visit to Egypt."),
        # "The meeting was held after their talks with Israeli Foreign Minister Shlomo Ben-Ami
        # Wednesday ..." ("their" = Mubarak and Arafat) -> Mubarak-Ben-Ami, held, 2001-01-17,
        # Egypt; required false (read from "their"; the text reports only Arafat's meeting with
        # Ben-Ami in detail).
        M(["hosni_mubarak", "shlomo_ben_ami"], "2001-01-17", "Egypt", IP, H,
          "The meeting was held after their talks with Israeli Foreign Minister Shlomo Ben-Ami Wednesday, the state-run Middle East News Agency reported.", False),
        # Not rows: the UN resolutions (documents). Not annotated: Egypt, Israel (states), East
        # Jerusalem (a place), "The Palestinian side", "Israeli troops", "Palestinians"
        # (generic). Removed: at the end, the trailer "People's Daily Online ---". Nothing at the
        # start. Kept as found: "who wa on", "should based on".
    ],
    roles=[("Egyptian President", "hosni_mubarak"), ("Palestinian leader", "yasser_arafat"),
           ("Israeli Foreign Minister", "shlomo_ben_ami"), ("Egyptian Foreign Minister", "amr_moussa"),
           ("secretary general of the Palestine Liberation Organization (PLO) executive committee", "mahmoud_abbas"),
           ("Palestinian minister of international cooperation", "nabil_shaath"),
           ("The news agency", "middle_east_news_agency")],
)

A["dev_14605_phuc_locsin_hanoi"] = dict(
    actors={
        "nguyen_xuan_phuc": ["Nguyen Xuan Phuc", "Phuc"],
        "teodoro_locsin": ["Teodoro Lopez Locsin"],
        "pham_binh_minh": ["Pham Binh Minh"],
        "asean": ["ASEAN"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "He made the remarks while hosting Foreign Minister of the Philippines Teodoro Lopez
        # Locsin in Hanoi on July 8." (and the caption "Prime Minister Nguyen Xuan Phuc (R)
        # received ... in Hanoi on July 8") -> held, 2019-07-08, Hanoi.
        M(["nguyen_xuan_phuc", "teodoro_locsin"], "2019-07-08", "Hanoi", IP, H,
          "He made the remarks while hosting Foreign Minister of the Philippines Teodoro Lopez Locsin in Hanoi on July 8."),
        # "Minister Teodoro Lopez Locsin said he had successful talks with Foreign Minister Pham
        # Binh Minh ..." -> held, date null (no day given), place null (not stated for these talks).
        M(["teodoro_locsin", "pham_binh_minh"], None, None, IP, H,
          "Minister Teodoro Lopez Locsin said he had successful talks with Foreign Minister Pham Binh Minh, describing it as an evidence of close relations between the two countries."),
        # Not rows: "organizing more visits" (a proposal, no named parties); the ASEAN and UN roles
        # (organisations). Not annotated: the photo credit "(Photo: VNA)" and the dateline credit
        # "Hanoi (VNA) –", Vietnam, the Philippines, China (states), Hanoi, Southeast Asia
        # (places), "business communities" (generic). Removed: at the start, the tool's " date
        # 2019-07-08 " prefix; at the end, the cut-off sentence ("PM Phuc highly valued the
        # Philippines's positive contributions to the negotiation for a Code of Conduct in the East
        # Sea (COC), hoping the"). Kept as found: the triple blank lines between paragraphs,
        # "an evidence", "the latter's".
    ],
    roles=[("Prime Minister", "nguyen_xuan_phuc"), ("Foreign Minister of the Philippines", "teodoro_locsin"),
           ("PM Phuc", "nguyen_xuan_phuc"), ("The PM", "nguyen_xuan_phuc"), ("Foreign Minister", "pham_binh_minh")],
)

A["dev_14606_bruton_blair_downing_street"] = dict(
    actors={
        "john_bruton": ["John Bruton", "Bruton", "Mr Bruton"],
        "tony_blair": ["Tony Blair", "Mr Blair"],
        "dick_spring": ["Dick Spring"],
        "mo_mowlam": ["Mo Mowlam", "Ms Mowlam"],
        "gerry_adams": ["Gerry Adams"],
        "martin_mcguinness": ["Martin McGuinness"],
        "sinn_fein": ["Sinn Fein"],
        "ira": ["IRA"],
        "oxford_union": ["Oxford Union"],
    },
    meetings=[
        # "John Bruton, the Irish Prime Minister, will be the first leader to meet Tony Blair at
        # Downing Street ..." / "Their meeting on Thursday ..." -> planned, date null ("on
        # Thursday" in a page without a date), London (Downing Street, an official building
        # resolved to its city, as in ANNOTATION.md). Spring "will accompany" him and Mowlam "also
        # will be at Number Ten": present, not participants.
        M(["john_bruton", "tony_blair"], None, "London", IP, P,
          "John Bruton, the Irish Prime Minister, will be the first leader to meet Tony Blair at Downing Street since his election as Prime Minister."),
        # Not rows: the address to the Oxford Union (a speech); "the revived peace talks in
        # Northern Ireland, due to begin again on 3 June" and "the talks process, which we
        # commenced on June 10 last year" (multi-party talks, no named pair); the elections.
        # Not annotated: Northern Ireland, the Province, Europe (places), "both governments",
        # "both sides" (generic). Removed: at the start, the site lines "Click to follow" and "The
        # Independent Online". Nothing at the end (the excerpt ends with the article's last
        # sentence). Kept as found: "which resumes of June 3", the unbalanced quotes.
    ],
    roles=[("the Irish Prime Minister", "john_bruton"), ("the Irish premier", "john_bruton"),
           ("Foreign Minister", "dick_spring"), ("the Northern Ireland Secretary", "mo_mowlam"),
           ("Prime Minister", "tony_blair")],
)

A["test_14607_lourenco_nujoma_luanda"] = dict(
    actors={
        "joao_lourenco": ["João Lourenço"],
        "sam_nujoma": ["Sam Nujoma"],
        "swapo": ["South West African People's Organisation", "SWAPO"],
        "african_national_congress": ["African National Congress", "ANC"],
        "government_of_angola": ["Angolan Government"],
    },
    meetings=[
        # "Angolan Head of State João Lourenço Friday in Luanda met with the former President of
        # Namibia, Sam Nujoma ..." -> held, 2021-10-15 (Friday before the Monday 18 October 2021
        # page), Luanda. "At the end of the audience" is the same meeting.
        M(["joao_lourenco", "sam_nujoma"], "2021-10-15", "Luanda", IP, H,
          "Luanda — Angolan Head of State João Lourenço Friday in Luanda met with the former President of Namibia, Sam Nujoma, with whom he discussed issues of common interest."),
        # Not rows: Nujoma's statement to the press (a statement). Not annotated: Angola, Namibia,
        # South Africa (states), Luanda (a place), "the Angolan Government and people" (only the
        # government as an organisation), "the apartheid regime" (generic). Removed: at the start,
        # the tool's " date 2021-10-18 " prefix. Nothing at the end.
    ],
    roles=[("Angolan Head of State", "joao_lourenco"), ("the former President of Namibia", "sam_nujoma"),
           ("founding member and first president of SWAPO", "sam_nujoma")],
)

A["dev_14608_lula_chavez_caracas"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inacio Lula da Silva", "Lula"],
        "hugo_chavez": ["Chavez"],
        "pdvsa": ["Petroleos de Venezuela SA", "PDVSA"],
        "petrobras": ["Petrobras"],
    },
    meetings=[
        # "The two leaders presided at a meeting for Venezuelan and Brazilian businessmen at the
        # Miraflores presidential palace, after which they met behind closed doors." -> held, date
        # null (the visit ended "Monday evening", 14 February 2005, but the text does not give the
        # day of this meeting; see the notes), Caracas ("businessmen of both nations meeting in
        # Caracas"; the Miraflores palace).
        M(["luiz_inacio_lula_da_silva", "hugo_chavez"], None, "Caracas", IP, H,
          "The two leaders presided at a meeting for Venezuelan and Brazilian businessmen at the Miraflores presidential palace, after which they met behind closed doors."),
        # Not rows: the signing of 26 accords "by representatives of the two governments"
        # (unnamed); the meeting with businessmen (a group, unnamed); the departure for Guyana (a
        # trip). Not annotated: Venezuela, Brazil, Guyana, the United States, Latin America
        # (states, a region), Caracas, Maiquetia airport, the Miraflores presidential palace
        # (places), "Washington" (used for the US government), "businessmen" (generic). Removed:
        # at the end, the cut-off sentence ("Lula vowed that the current bilateral trade amounting
        # to $1.6 billion"). Nothing at the start.
    ],
    roles=[("Brazilian President", "luiz_inacio_lula_da_silva")],
)

A["dev_14609_fillon_reinfeldt_stockholm"] = dict(
    actors={
        "francois_fillon": ["Francois Fillon"],
        "fredrik_reinfeldt": ["Fredrik Reinfeldt"],
        "european_union": ["EU"],
    },
    meetings=[
        # "France's Prime Minister Francois Fillon visited his Swedish counterpart Fredrik
        # Reinfeldt in Stockholm on Friday for talks followed by a working lunch." -> held,
        # 2007-11-23 (Friday, the address's day), Stockholm.
        M(["francois_fillon", "fredrik_reinfeldt"], "2007-11-23", "Stockholm", IP, H,
          "France's Prime Minister Francois Fillon visited his Swedish counterpart Fredrik Reinfeldt in Stockholm on Friday for talks followed by a working lunch."),
        # Not rows: "a forthcoming EU summit in December" (a plenary); the EU presidencies; the
        # working group (officials, unnamed). Not annotated: France, Sweden, the Czech Republic
        # (states), Stockholm, Paris (places), "the foreign ministry in Paris" (named only as a
        # place of work). Nothing removed (the excerpt is the whole article).
    ],
    roles=[("France's Prime Minister", "francois_fillon"), ("his Swedish counterpart", "fredrik_reinfeldt"),
           ("The French Prime Minister", "francois_fillon")],
)

A["dev_14610_trudeau_biden_call"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau"],
        "joe_biden": ["Joe Biden"],
        "michael_spavor": ["Michael Spavor"],
        "michael_kovrig": ["Michael Kovrig"],
        "g7": ["G7"],
    },
    meetings=[
        # "Today, Prime Minister Justin Trudeau spoke with the President of the United States of
        # America, Joe Biden." -> phone (a readout of a call: "spoke with", "agreed to stay in
        # close contact"), held, date null (no publication date), no place.
        M(["justin_trudeau", "joe_biden"], None, None, PH, H,
          "Today, Prime Minister Justin Trudeau spoke with the President of the United States of America, Joe Biden."),
        # Not rows: "the upcoming Leaders Summit on Climate hosted by the President" (a
        # multilateral summit); "agreed to stay in close contact" (no specific call). Not
        # annotated: Canada, the United States, China (states), the Budget, the jobs plan
        # (documents), "AstraZeneca" (named as a vaccine). Removed: at the start, the site line
        # "Main Content" and the blank line after it; at the end, the site line "Associated links".
    ],
    roles=[("Prime Minister", "justin_trudeau"), ("the President of the United States of America", "joe_biden"),
           ("The Prime Minister", "justin_trudeau"), ("the President", "joe_biden")],
)

A["test_14611_kalsakau_albanese_canberra"] = dict(
    actors={
        "ishmael_kalsakau": ["Ishmael Kalsakau", "Kalsakau"],
        "anthony_albanese": ["Anthony Albanese", "Albanese"],
        "council_of_ministers_vanuatu": ["Council of Ministers"],
        "national_security_council_vanuatu": ["National Security Council"],
        "australian_infrastructure_financing_facility_for_the_pacific": ["Australian Infrastructure Financing Facility for the Pacific", "AIFFP"],
    },
    meetings=[
        # "Prime Minister Ishmael Kalsakau and Prime Minister Anthony Albanese met for the first
        # time and held bilateral talks on 15 February 2023 in Canberra." -> held, 2023-02-15,
        # Canberra.
        M(["ishmael_kalsakau", "anthony_albanese"], "2023-02-15", "Canberra", IP, H,
          "Prime Minister Ishmael Kalsakau and Prime Minister Anthony Albanese met for the first time and held bilateral talks on 15 February 2023 in Canberra."),
        # Not rows: the signing of the Bilateral Security Agreement "in December 2022" (a signing,
        # no named signatories); the Boe Declaration (a document). Not annotated: Australia,
        # Vanuatu (states), Canberra (a place), the Bilateral Security Agreement, the Boe
        # Declaration, PACER Plus (agreements), "the Pacific family" (generic). Removed: at the
        # end, the cut-off sentence ("This work builds on Australia's longstanding support to
        # climate resilient infrastructure development in Vanuatu including in the security and
        # tran"). Nothing at the start.
    ],
    roles=[("Prime Minister Kalsakau", "ishmael_kalsakau"), ("Prime Minister Albanese", "anthony_albanese")],
)
