"""Accuracy corpus, batch 72b: 12 new articles about meetings between political actors, all published
(or, where the page shows no date, written) in EVEN years (another helper takes odd years as batch
72a), from the 1970s to the 2020s (1970s: one (1978), 1980s: one (1984), 1990s: four (1992, 1996,
1996, 1996; three of them read from the text's context, see the notes), 2000s: one (2002), 2010s:
one (2018, read from the text's context), 2020s: four (2020, 2020, 2022, 2022); six of the twelve
from before 2000 (1978, 1984, 1992, 1996, 1996, 1996), as the brief asked), over the eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: Jewish Telegraphic Agency (jta.org archive), Hyetert (hyetert.org; a copy of
ArmenianLiberty.org / RFE/RL Armenian Service), The Press (Christchurch; Papers Past), Sikh Heritage
Education (sikhheritageeducation.com; an undated news copy), Nelson Mandela Foundation (The
Presidential Years; SABC TV transcript), The Irish Times (two), Vietnam News Agency (VietnamPlus),
Andina (Peru), EIN Presswire (a New Zealand/Samoa government joint statement), The Diplomatic
Insight, South China Morning Post; hyetert.org and
tpy.nelsonmandela.org are new to the corpus. The pages are new to the corpus (URLs grepped in
sources.csv and corpus/metadata.csv), and so are their meetings (names grepped in the corpus
texts). Collected with the `search` tool (corpus `pages`) and annotated from the texts alone,
BEFORE the package was run on them (the package has not been run, imported or read for this
batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_72b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-71b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_143NN_<slug>` / `test_143NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "January 12, 1978" (a Thursday, checked): "this morning" -> 1978-01-12.
    ("dev_14301_weizman_sadat_aswan", "Middle East", "1970s", "Jewish Telegraphic Agency (jta.org archive; Daily Bulletin)", "https://www.jta.org/archive/weizman-confers-with-sadat-prior-to-opening-of-talks-between-israeli-egyptian-military-committee", "1978-01-12"),
    # No date line in the kept text; the URL's 2002/08/15 (a Thursday, checked) is taken as
    # `published` (ANNOTATION.md: values from the URL): "on Wednesday" -> 2002-08-14 (see the notes).
    ("dev_14302_aliev_kocharian_border", "Central Asia/Caucasus", "2000s", "Hyetert (hyetert.org; copy of ArmenianLiberty.org, RFE/RL Armenian Service)", "https://hyetert.org/2002/08/15/armenianliberty-org-aliev-kocharian-in-good-mood-after-karabakh-talks/", "2002-08-15"),
    # No date line in the kept text; the Papers Past id CHP19840217 (The Press, Friday 17 February
    # 1984, checked) gives `published`: "yesterday" -> 1984-02-16.
    ("test_14303_chernenko_trudeau_moscow", "Eastern Europe/Russia", "1980s", "The Press (Christchurch; Papers Past, NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19840217.2.65.9", "1984-02-17"),
    # No date on the page: `published` left empty; decade 1990s (1992) from the text's context (the
    # SAARC summit "in Dhaka in December", the Babri Masjid resolution, the JKLF march "next month";
    # background knowledge, see the notes); "recently" -> null.
    ("dev_14304_rao_sharif_jakarta", "South Asia", "1990s", "Sikh Heritage Education (sikhheritageeducation.com; copy of a news report)", "https://sikhheritageeducation.com/india-pak-makes-little-headway-on-kashmir-issue", ""),
    # No date in the kept text; the URL's "12-november-1996" (the SABC tape's date, a Tuesday,
    # checked) is taken as `published`; the meeting has just ended ("We have discussed these
    # matters for more than an hour") -> 1996-11-12 (see the notes).
    ("dev_14305_mandela_chiluba_briefing", "Africa", "1990s", "Nelson Mandela Foundation (The Presidential Years; SABC TV archive transcript)", "https://tpy.nelsonmandela.org/footnotes/667-sabc-tv-archive-tape-71933mt-12-november-1996-nm-briefing-media-after-meeting-with-president-chiluba", "1996-11-12"),
    # No date on the page: `published` left empty; decade 1990s (1996) from the text's context (the
    # shooting of Det Garda Jerry McCabe, the Mitchell/de Chastelain/Holkeri talks; background
    # knowledge); "tomorrow", "today" -> null.
    ("dev_14306_spring_stormont_talks", "Western Europe", "1990s", "The Irish Times", "https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/spring-backed-by-mitchell-in-call-to-keep-talks-going-1.67785", ""),
    # No date on the page: `published` left empty; decade 1990s (1996) from the text's context (the
    # Drumcree march and Garvaghy Road, the Irish EU Presidency; background knowledge); "on
    # Saturday" -> null.
    ("test_14307_mayhew_spring_phone", "Western Europe", "1990s", "The Irish Times", "https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/mayhew-holds-out-on-spring-s-demand-for-full-igc-meeting-1.67159", ""),
    # The search tool's date field 2020-11-10 (a Tuesday, checked) and "on November 10" ->
    # 2020-11-10.
    ("dev_14308_phuc_thongloun_phone", "Southeast Asia", "2020s", "VietnamPlus (Vietnam News Agency)", "https://en.vietnamplus.vn/vietnamese-lao-prime-ministers-hold-phone-talks/190162.vnp", "2020-11-10"),
    # The date line "Cobija (Bolivia), Sep. 3." has no year: `published` left empty; decade 2010s
    # (2018) from the text's context (President Vizcarra, the 4th Binational Cabinet; "Sep. 3" a
    # Monday in 2018, checked; background knowledge); the meeting is not given a day -> null.
    ("dev_14309_vizcarra_morales_cobija", "Latin America", "2010s", "Andina (Agencia Peruana de Noticias, English service)", "https://andina.pe/ingles/noticia-peru-president-4th-binational-cabinet-brings-very-satisfactory-results-724001.aspx", ""),
    # The date line "SAMOA, June 14 - 14 June 2022" (a Tuesday, checked; the search tool's date
    # field agrees) and "in Wellington on 14 June 2022" -> 2022-06-14.
    ("dev_14310_ardern_mataafa_wellington", "Oceania", "2020s", "EIN Presswire (einpresswire.com; joint statement of the Prime Ministers of Samoa and New Zealand)", "https://www.einpresswire.com/article/576675527/joint-statement-from-the-prime-ministers-of-the-independent-state-of-samoa-and-aotearoa-new-zealand-on-the-occasion-of-the-official-visit-by", "2022-06-14"),
    # The date line "Ottawa, 6 April 2022" (a Wednesday, checked); the call itself is not given a
    # day ("spoke with") -> null (see the notes).
    ("test_14311_trudeau_amlo_call", "North America", "2020s", "The Diplomatic Insight (thediplomaticinsight.com)", "https://thediplomaticinsight.com/canadian-prime-minister-speaks-with-mexican-president/", "2022-04-06"),
    # The search tool's date field 2020-11-14 (a Saturday, checked); "later this month" -> null.
    ("dev_14312_wang_motegi_planned", "East Asia", "2020s", "South China Morning Post", "https://www.scmp.com/news/china/diplomacy/article/3109856/chinas-foreign-minister-wang-yi-may-visit-japan-later-month", "2020-11-14"),
]

A = {}

A["dev_14301_weizman_sadat_aswan"] = dict(
    actors={
        "ezer_weizman": ["Defense Minister Ezer Weizman", "Ezer Weizman", "Weizman"],
        "anwar_sadat": ["President Anwar Sadat", "Anwar Sadat", "Sadat"],
        # New key.
        "israeli_egyptian_military_committee": ["Israeli-egyptian Military Committee", "Israeli-Egyptian military committee"],
    },
    meetings=[
        # "Weizman flew to Cairo this morning and from there to Aswan where he held a 50-minute
        # meeting with President Anwar Sadat" ("the Sadat-Weizman talks", "what subjects Sadat
        # wanted to discuss with him at Aswan": the same) -> held, 1978-01-12 ("this morning" in
        # the bulletin of January 12, 1978), Aswan.
        M(["ezer_weizman", "anwar_sadat"], "1978-01-12", "Aswan", IP, H,
          "Defense Minister Ezer Weizman flew to Cairo this morning and from there to Aswan where he held a 50-minute meeting with President Anwar Sadat before the joint Israeli-Egyptian military committee had its ceremonial opening session this evening in the Egyptian capital."),
        # Not rows: the military committee's opening session and "Working sessions" (committee
        # plenaries, members unnamed); "the political committee meeting beginning next Monday in
        # Jerusalem" (a committee, no named participants); "he told reporters" (a statement).
        # Not annotated: Israel, Egypt, Cairo, Aswan, Sinai, Jerusalem (places); "well informed
        # sources in Cairo", "reporters" (unnamed). Kept as they stand: the date line, the lines
        # "See Original Daily Bulletin From This Date" and "Advertisement" below it (inside the
        # text), "Israeli-egyptian" in the headline, "On lending" (for landing), "(See story
        # P.3.)". Removed: at the start, the site line "Search JTA's historical archive dating back
        # to 1923"; at the end, the subheading "ELEMENTS OF COMMITTEE TALKS INDICATED" and the
        # cut-off paragraph "When Weizman left Ben Gurion Airport ... so important to us and the
        # Egyptians al".
    ],
    roles=[("Defense Minister", "ezer_weizman"), ("President", "anwar_sadat")],
)

A["dev_14302_aliev_kocharian_border"] = dict(
    actors={
        "robert_kocharian": ["Presidents Robert Kocharian", "Robert Kocharian", "President Kocharian", "Kocharian"],
        "heydar_aliyev": ["Heydar Aliev", "Aliev"],
    },
    meetings=[
        # "The presidents of Armenia and Azerbaijan ended their long-awaited face-to-face talks on
        # Wednesday" (named in the next sentence: "Presidents Robert Kocharian and Heydar Aliev";
        # "a four-hour one-on-one meeting held in a portable cabin on the border": the same) ->
        # held, 2002-08-14 (Wednesday before the URL's Thursday 2002-08-15), place "Nakhichevan"
        # (the area "on the western edge of Azerbaijan's Nakhichevan exclave", the most specific
        # named locality; see the notes).
        M(["robert_kocharian", "heydar_aliyev"], "2002-08-14", "Nakhichevan", IP, H,
          "The presidents of Armenia and Azerbaijan ended their long-awaited face-to-face talks on Wednesday with upbeat statements on prospects for the resolution of the Nagorno-Karabakh conflict."),
        # "the first since last November" (= "our previous meeting") -> held, date null (month
        # only), place null; a meeting given only as a reference point -> not required.
        M(["heydar_aliyev", "robert_kocharian"], None, None, IP, H,
          "It was the 18th bilateral meeting between Aliev and Kocharian since 1999 and the first since last November.", False),
        # Not rows: "the 18th bilateral meeting ... since 1999" (a count); "they spoke to
        # journalists" (statements). Not annotated: Armenia, Azerbaijan, Yerevan, Nakhichevan,
        # Karabakh (places); the outlet name "ArmenianLiberty.org" in the headline (an outlet in a
        # header). Kept as they stand: the headline's "ArmenianLiberty.org:", "can not". Removed:
        # at the start, the site line "İçeriğe geçmek için "Enter"a basın"; at the end, the cut-off
        # quotation "“If we don’t solve this problem ... we feel a big burden of responsibility,”
        # he" and the fragment "The talks were p".
    ],
    roles=[("his Azerbaijani counterpart", "heydar_aliyev")],
)

_CH = ("Mr Chernenko yesterday met the Cuban President, Dr Fidel Castro, the Nicaraguan leader, Daniel Ortega Saavedra, and the Afghan leader, Babrak Karmal.")
A["test_14303_chernenko_trudeau_moscow"] = dict(
    actors={
        "pierre_trudeau": ["Mr Pierre Trudeau", "Pierre Trudeau", "Mr Trudeau"],
        "leonid_brezhnev": ["Leonid Brezhnev"],
        "andrei_gromyko": ["Mr Andrei Gromyko", "Andrei Gromyko", "Mr Gromyko"],
        "fidel_castro": ["Dr Fidel Castro", "Fidel Castro", "Dr Castro"],
        "daniel_ortega": ["Daniel Ortega Saavedra"],
        # New keys.
        "konstantin_chernenko": ["Konstantin Chernenko", "Mr Chernenko", "Chernenko"],
        "yuri_andropov": ["Yuri Andropov", "Mr Andropov"],
        "babrak_karmal": ["Babrak Karmal"],
    },
    meetings=[
        # "Mr Chernenko met the Canadian Prime Minister, Mr Pierre Trudeau" (on "a second day of
        # meetings ... yesterday"; "Mr Gromyko accompanied Mr Chernenko at all his meetings with
        # foreign leaders yesterday") -> held, 1984-02-16, Moscow (dateline). Gromyko accompanied:
        # an actor, not a participant (ANNOTATION.md).
        M(["konstantin_chernenko", "pierre_trudeau"], "1984-02-16", "Moscow", IP, H,
          "Mr Chernenko met the Canadian Prime Minister, Mr Pierre Trudeau, who was the last Western leader to see him after the funeral of the President, Yuri Andropov."),
        # "Mr Chernenko yesterday met ... Castro, ... Ortega Saavedra, and ... Karmal" -> three
        # separate interactions named in one sentence = three rows, held, 1984-02-16, Moscow.
        M(["konstantin_chernenko", "fidel_castro"], "1984-02-16", "Moscow", IP, H, _CH),
        M(["konstantin_chernenko", "daniel_ortega"], "1984-02-16", "Moscow", IP, H, _CH),
        M(["konstantin_chernenko", "babrak_karmal"], "1984-02-16", "Moscow", IP, H, _CH),
        # Not rows: "meetings between ... Chernenko, and world leaders" (the same meetings, in
        # general); "In his meeting with Dr Castro" (the same as the Castro row); Andropov's
        # funeral (an event); Gromyko's speech (a speech). Not annotated: the agency line
        # "NZPA-Reuter Moscow" (an agency credit at the top); the Soviet Union, Cuba, Afghanistan,
        # Central America (places); "many diplomats" (unnamed). Kept as they stand: "a second day .
        # of meetings" (OCR). Removed: at the start, the Papers Past notes ("Thank you for
        # correcting the text in this article. ..." and "This article contains searchable text
        # ...") and the twenty "Article image" lines; at the end, the cut-off sentence "After his
        # meeting with Mr Ortega the official Soviet".
    ],
    roles=[("the new Soviet leader", "konstantin_chernenko"), ("the Canadian Prime Minister", "pierre_trudeau"),
           ("the President", "yuri_andropov"), ("his mentor", "leonid_brezhnev"),
           ("Mr Andropov’s predecessor", "leonid_brezhnev"), ("the veteran Foreign Minister", "andrei_gromyko"),
           ("the Cuban President", "fidel_castro"), ("the Nicaraguan leader", "daniel_ortega"),
           ("the Afghan leader", "babrak_karmal")],
)

A["dev_14304_rao_sharif_jakarta"] = dict(
    actors={
        "p_v_narasimha_rao": ["Narasimha Rao", "Rao"],
        "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
        "saarc": ["SAARC"],
        "national_assembly_pakistan": ["Pakistan national assembly"],
        # New key.
        "jammu_and_kashmir_liberation_front": ["Jammu and Kashmir Liberation Front"],
    },
    meetings=[
        # "The prime ministers of India and Pakistan recently held an 80-minute discussion" (named
        # in the next sentence: "both Narasimha Rao and Nawaz Sharif"; "the discussions, held over
        # breakfast", "Our talks": the same) -> held, date null ("recently", no publication
        # date), Jakarta (dateline).
        M(["p_v_narasimha_rao", "nawaz_sharif"], None, "Jakarta", IP, H,
          "JAKARTA: The prime ministers of India and Pakistan recently held an 80-minute discussion on various bilateral issues but there was little hope for optimism about any progress on the Kashmir question."),
        # "the leaders are expected to meet again in Dhaka in December at the SAARC summit" ->
        # planned, date null (month only), Dhaka; a meeting "at the SAARC summit" may be no more
        # than the summit itself -> not required (see the notes).
        M(["p_v_narasimha_rao", "nawaz_sharif"], None, "Dhaka", IP, P,
          "It was agreed that discussions on Siachem, Sir Creek and other bilateral issues would be held before January since the leaders are expected to meet again in Dhaka in December at the SAARC summit.", False),
        # Not rows: the "discussions on Siachem, Sir Creek and other bilateral issues" (unnamed
        # officials); "speaking to correspondents" (statements); the JKLF's threat to cross the
        # Line of Control (no meeting). Not annotated: India, Pakistan, Kashmir, Dhaka (places);
        # "the government" (unnamed); Babri Masjid Ram Janma Bhoomi (an issue). Kept as they
        # stand: "Siachem" (for Siachen), "inspite", "improved, Our", the unopened quotation
        # after "Rao said:". Removed: nothing at the start (the excerpt begins with the
        # dateline); at the end, the cut-off sentence "Describing the discussion as “cordial” and
        # “very meaningful,” Sharif said he agreed with Rao that “we have got to overcome th".
    ],
    roles=[],
)

A["dev_14305_mandela_chiluba_briefing"] = dict(
    actors={
        "nelson_mandela": ["MANDELA"],
        "frederick_chiluba": ["President Frederick Chiluba", "Frederick Chiluba", "CHILUBA"],
        "kenneth_kaunda": ["Dr Kenneth Kaunda", "Kenneth Kaunda"],
        "sadc": ["Southern African Development Community"],
    },
    meetings=[
        # "This is President Frederick Chiluba of Zambia ... He is here to exchange views with me
        # ... We have discussed these matters for more than an hour." -> the speaker is Mandela
        # (the transcript's labels "CHILUBA:" replying to him and "MANDELA:"; see the notes) ->
        # held, 1996-11-12 (the meeting has just ended; the URL's tape date), place null (none
        # named).
        M(["nelson_mandela", "frederick_chiluba"], "1996-11-12", None, IP, H,
          "We have discussed these matters for more than an hour."),
        # Not rows: "He also briefed me", "We discussed the question of elections", "I am
        # satisfied with our discussion", Chiluba's "I came to consult" (the same meeting);
        # "perhaps we will continue to consult" (vague, no meeting announced); "the opposition led
        # by Dr Kenneth Kaunda" (no meeting). Not annotated: Zambia, South Africa, Africa
        # (places); "the government party", "the opposition", "his colleagues" (unnamed). Kept as
        # they stand: "canvas", "form the press", "I’ll any more eloquent", the labels
        # "CHILUBA:", "MANDELA: [CHUCKLES]" and "[QUESTIONS]". Removed: at the start, the site
        # title "The Presidential Years"; at the end, the cut-off label "MA".
    ],
    roles=[("my president here", "frederick_chiluba"), ("The president here", "frederick_chiluba"),
           ("the President", "nelson_mandela")],
)

A["dev_14306_spring_stormont_talks"] = dict(
    actors={
        "dick_spring": ["Mr Spring", "Spring"],
        "george_mitchell": ["Senator George Mitchell", "George Mitchell", "Senator Mitchell", "Mitchell"],
        "john_de_chastelain": ["Gen John de Chastelain", "John de Chastelain"],
        "gerry_adams": ["Mr Gerry Adams", "Gerry Adams"],
        "sinn_fein": ["Sinn Fein"],
        # New keys.
        "harri_holkeri": ["Mr Harri Holkeri", "Harri Holkeri"],
        "hugh_annesley": ["Sir Hugh Annesley", "Hugh Annesley"],
        "jerry_mccabe": ["Det Garda Jerry McCabe", "Jerry McCabe"],
        "royal_ulster_constabulary": ["RUC"],
    },
    meetings=[
        # "he and the Northern Ireland Secretary had agreed to leave ... for discussion at their
        # meeting tomorrow in London" ("tomorrow's Inter Governmental Conference meeting in London":
        # the same) -> the Secretary is given by role only (his name stood in the cut-off last
        # sentence) -> a one-party row (Spring), planned, date null (no publication date), London.
        # Annesley "will be present" -> an actor, not a participant.
        M(["dick_spring"], None, "London", IP, P,
          "WHEN he emerged from Castle Buildings at Stormont last night the Tanaiste, Mr Spring, said that he and the Northern Ireland Secretary had agreed to leave \"the serious matters of difference between the governments that have emerged over the last 10 days\" for discussion at their meeting tomorrow in London."),
        # "In Dublin today a Sinn Fein delegation, led by ... Mr Gerry Adams, will hold talks with
        # senior officials at Government Buildings" -> counterparts unnamed (role only) -> a
        # one-party row (Adams), planned (announced for today), date null (no publication date),
        # Dublin.
        M(["gerry_adams"], None, "Dublin", IP, P,
          "In Dublin today a Sinn Fein delegation, led by the party's president, Mr Gerry Adams, will hold talks with senior officials at Government Buildings, the first such meeting since the shooting of Det Garda Jerry McCabe in Adare, Co Limerick."),
        # Not rows: Spring's talk with the Secretary at Stormont "last night" (implied by "had
        # agreed", stated only in the removed cut-off sentence); "the multi party peace talks" (a
        # plenary); the chairmen's "joint statement" (a statement). Not annotated: Castle
        # Buildings, Government Buildings (buildings); Stormont, London, Dublin, Adare (places);
        # "the three independent chairmen", "the participants", "the parties" (plural). Kept as
        # they stand: the standfirst line "WHEN he emerged ... the Northern Ireland Secretary…"
        # (inside the text, below the headline), "READ MORE", "In a joint statement." Removed:
        # nothing at the start; at the end, the cut-off sentence "Mr Spring had met the Northern
        # Secretary, Sir Patrick Mayhew, on the fringes of the multiparty talks for a preliminary
        # exchange of views on the sharp differences between the".
    ],
    roles=[("the Tanaiste", "dick_spring"), ("the RUC Chief Constable", "hugh_annesley"),
           ("the party's president", "gerry_adams")],
)

A["test_14307_mayhew_spring_phone"] = dict(
    actors={
        "patrick_mayhew": ["Sir Patrick Mayhew", "Patrick Mayhew", "Mr Mayhew", "Mayhew"],
        "dick_spring": ["Mr Spring", "Spring"],
        "european_union": ["European Union"],
        "royal_ulster_constabulary": ["RUC"],
        # New keys.
        "anglo_irish_conference": ["Anglo Irish Conference"],
        "eu_council_of_ministers": ["Council of Minister"],
    },
    meetings=[
        # "Mr Mayhew was resisting the request in a telephone conversation with Mr Spring on
        # Saturday" -> phone, held, date null (no publication date), no place.
        M(["patrick_mayhew", "dick_spring"], None, None, PH, H,
          "But Mr Mayhew was resisting the request in a telephone conversation with Mr Spring on Saturday, on the grounds that a meeting at this time would upset some Conservative MPs."),
        # Not rows: the "full Anglo Irish Inter Governmental Conference meeting" (demanded, not
        # confirmed, no named participants; "Government sources are adamant that the meeting will
        # go ahead" is a claim, see the notes); "The demand ... was conveyed by the Tanaiste ... to
        # Mr Mayhew's office" (a message to an office); "the multi party talks in Belfast
        # tomorrow" (a plenary). Not annotated: "the Government", "British sources", "Government
        # sources", "the Taoiseach", "some Conservative MPs" (unnamed); Garvaghy Road, Drumcree,
        # Belfast (places); the Anglo Irish Agreement (an agreement). Kept as they stand: the
        # standfirst line "THE Government ... a full Anglo Irish Inter …", "READ MORE", "Council of
        # Minister". Removed: nothing at the start; at the end, the cut-off sentence "He left
        # Dub".
    ],
    roles=[("the Northern Secretary", "patrick_mayhew"), ("the Tanaiste", "dick_spring")],
)

A["dev_14308_phuc_thongloun_phone"] = dict(
    actors={
        "nguyen_xuan_phuc": ["Prime Minister Nguyen Xuan Phuc", "Vietnamese Prime Minister Nguyen Xuan Phuc", "Nguyen Xuan Phuc", "PM Phuc"],
        "thongloun_sisoulith": ["Thongloun Sisoulith", "PM Thongloun"],
        "asean": ["ASEAN"],
        # New key.
        "lao_government": ["Lao Government"],
    },
    meetings=[
        # "Vietnamese Prime Minister Nguyen Xuan Phuc held phone talks with his Lao counterpart
        # Thongloun Sisoulith on November 10" -> phone, held, 2020-11-10, no place.
        M(["nguyen_xuan_phuc", "thongloun_sisoulith"], "2020-11-10", None, PH, H,
          "Hanoi (VNA) – Vietnamese Prime Minister Nguyen Xuan Phuc held phone talks with his Lao counterpart Thongloun Sisoulith on November 10 to discuss bilateral ties and regional cooperation ahead of the 37th ASEAN Summit."),
        # Not rows: "the 37th ASEAN Summit" (a plenary); "important meetings in the Greater Mekong
        # Sub-region" (meetings in general). Not annotated: the agency tags "(Photo: VNA)" and
        # "(VNA)" (agency credits); Vietnam, Laos, Hanoi (places); "Lao Party, State and Government
        # leaders", "their Vietnamese counterparts" (unnamed, plural). Kept as they stand: the
        # photo caption line and the empty lines after it. Removed: at the start, the search
        # tool's date prefix (" date 2020-11-10 "); at the end, the cut-off sentence "The leaders
        # pledged to continue jointly preparing for important activities, including the 43rd
        # meeting of the Vietnam-Laos Inter-Governmental Committee".
    ],
    roles=[("Vietnamese Prime Minister", "nguyen_xuan_phuc"), ("his Lao counterpart", "thongloun_sisoulith")],
)

A["dev_14309_vizcarra_morales_cobija"] = dict(
    actors={
        "martin_vizcarra": ["President Martin Vizcarra", "Martin Vizcarra", "President Vizcarra", "Vizcarra"],
        "evo_morales": ["Bolivian President Evo Morales", "Evo Morales"],
    },
    meetings=[
        # "As is known, the meeting took place in Cobija" / "Joined by his counterpart, Bolivian
        # President Evo Morales, Vizcarra informed they had extensively reviewed the topics" (the
        # 4th Binational Cabinet, chaired by the two presidents) -> held, date null (the statement
        # was made "on Monday", the meeting is not given a day, and the page has no year), Cobija.
        M(["martin_vizcarra", "evo_morales"], None, "Cobija", IP, H,
          "Joined by his counterpart, Bolivian President Evo Morales, Vizcarra informed they had extensively reviewed the topics linked to four thematic axes."),
        # Not rows: the Binational Cabinet's ministerial sessions (ministers unnamed); "President
        # Martin Vizcarra on Monday affirmed" (a statement). Not annotated: Peru, Bolivia, Cobija,
        # Titicaca Lake (places); "both Governments" (plural). Kept as they stand: the time and
        # date line "17:56 | Cobija (Bolivia), Sep. 3.", the subheading "Axes", the sentences
        # without a full stop ("... of Titicaca Lake", "... drug-trafficking"). Removed: at the
        # start, the site name "Andina"; at the end, the cut-off fragment "However, P".
    ],
    roles=[("his counterpart", "evo_morales"), ("Bolivian President", "evo_morales"),
           ("the Peruvian leader", "martin_vizcarra")],
)

A["dev_14310_ardern_mataafa_wellington"] = dict(
    actors={
        "jacinda_ardern": ["Prime Minister Ardern", "Ardern"],
        "fiame_naomi_mataafa": ["Hon. Fiame Naomi Mata’afa", "Honourable Fiame Naomi Mata’afa", "Fiame Naomi Mata’afa", "Fiame"],
        # New key.
        "fiame_mataafa_faumuina_mulinuu_ii": ["Honourable Fiame Mata’afa FM II CBE", "Fiame Mata’afa FM II CBE"],
    },
    meetings=[
        # "Prime Minister Ardern was honoured to welcome Hon. Fiame Naomi Mata’afa ... in
        # Wellington on 14 June 2022" / "In their first face-to-face engagement as leaders, Prime
        # Ministers Ardern and Fiame shared a wide-ranging and frank discussion" -> held,
        # 2022-06-14, Wellington.
        M(["jacinda_ardern", "fiame_naomi_mataafa"], "2022-06-14", "Wellington", IP, H,
          "In their first face-to-face engagement as leaders, Prime Ministers Ardern and Fiame shared a wide-ranging and frank discussion on issues of mutual interest across bilateral, regional and multilateral agendas."),
        # Not rows: "the Prime Ministers announced a special fellowship" (an announcement, the
        # same visit); the Treaty of Friendship's anniversary "on 1 August 2022" (a commemoration,
        # no meeting); the renewal of the Statement of Partnership "in 2023" (removed with the
        # cut-off sentence). Not annotated: Samoa, Aotearoa New Zealand, Wellington (places).
        # Kept as they stand: the wire date line "SAMOA, June 14 - 14 June 2022:", the line
        # break inside "since becoming / Prime Minister.". Removed: at the start, the search
        # tool's date prefix (" date 2022-06-14 "); at the end, the cut-off sentence "To this end,
        # leaders committed to renewing, in 2023, their bilateral Statement of Partnership, first
        # signed in".
    ],
    roles=[("Prime Minister of Samoa", "fiame_naomi_mataafa"),
           ("father of the current Prime Minister", "fiame_mataafa_faumuina_mulinuu_ii"),
           ("Samoa’s first Prime Minister", "fiame_mataafa_faumuina_mulinuu_ii")],
)

A["test_14311_trudeau_amlo_call"] = dict(
    actors={
        "justin_trudeau": ["Justin Trudeau"],
        "andres_manuel_lopez_obrador": ["Andrés Manuel López Obrador"],
        "ursula_von_der_leyen": ["Ursula von der Leyen"],
        "european_commission": ["European Commission"],
        "united_nations": ["United Nations"],
        # New key.
        "un_security_council": ["United Nations Security Council"],
    },
    meetings=[
        # "Justin Trudeau, the Prime Minister of Canada, spoke with Andrés Manuel López Obrador,
        # the President of Mexico" (a Prime Minister's Office readout; "The leaders talked",
        # "discussed": the same) -> phone, held, date null (the call is not given a day; see the
        # notes), no place.
        M(["justin_trudeau", "andres_manuel_lopez_obrador"], None, None, PH, H,
          "Ottawa, 6 April 2022 (TDI): Justin Trudeau, the Prime Minister of Canada, spoke with Andrés Manuel López Obrador, the President of Mexico."),
        # Not rows: the invitation to "the “Stand Up for Ukraine” campaign pledging event on April
        # 9" (an event co-convened by Trudeau and von der Leyen, not a meeting of the two); "the
        # November 2021 North American Leaders’ Summit" (a summit); "ongoing work at the United
        # Nations" (a body). Not annotated: the agency tag "(TDI)" (outlet credit in the date
        # line); Canada, Mexico, Ukraine, Ottawa (places); NAFTA and the Canada-United
        # States-Mexico Agreement (agreements); "Canadian investors" (unnamed). Kept as they
        # stand: the subheading "Canada-Mexico Relations". Removed: nothing at the start; at the
        # end, the cut-off sentence "The relationship continues with the most recent
        # Canada-US-Mexico Free Trad".
    ],
    roles=[("the Prime Minister of Canada", "justin_trudeau"), ("the President of Mexico", "andres_manuel_lopez_obrador"),
           ("The Prime Minister", "justin_trudeau"), ("the President", "andres_manuel_lopez_obrador"),
           ("the European Commission President", "ursula_von_der_leyen")],
)

A["dev_14312_wang_motegi_planned"] = dict(
    actors={
        "wang_yi": ["Wang Yi"],
        "toshimitsu_motegi": ["Toshimitsu Motegi"],
    },
    meetings=[
        # "Wang Yi (right) may visit Tokyo to meet his Japanese counterpart Toshimitsu Motegi
        # (left) later this month" ("Official expected to meet Japanese counterpart Toshimitsu
        # Motegi": the same) -> planned (expected), date null ("later this month"), Tokyo.
        M(["wang_yi", "toshimitsu_motegi"], None, "Tokyo", IP, P,
          "China’s Foreign Minister Wang Yi (right) may visit Tokyo to meet his Japanese counterpart Toshimitsu Motegi (left) later this month."),
        # Not rows: "Leaders of the two countries agreed in September to hold more high-level
        # talks" (leaders unnamed; an agreement, no specific meeting). Not annotated: "newspaper"
        # (unnamed); China, Japan, Tokyo, the East China Sea (places); the photo credit
        # "Handout". Kept as they stand: the caption's "Photo: Handout", the headline line and the
        # two bullet lines. Removed: at the start, the search tool's date prefix (" date
        # 2020-11-14 "); at the end, the site line "Topic | Japan".
    ],
    roles=[("China’s Foreign Minister", "wang_yi"), ("his Japanese counterpart", "toshimitsu_motegi"),
           ("Japanese counterpart", "toshimitsu_motegi")],
)
