"""Accuracy corpus, batch 44b: 12 new articles about meetings between political actors, all
published in even years, from the 1960s, 1970s, 1990s, 2000s, 2010s and 2020s (1960s: one,
1970s: one, 1990s: three, 2000s: two, 2010s: two, 2020s: three; five of the twelve from before
2000), over eleven regions (Africa: two; Central Asia/Caucasus, East Asia, Eastern
Europe/Russia, Latin America, Middle East, North America, Oceania, South Asia, Southeast Asia,
Western Europe: one each). Outlets/sites: The National (thenationalnews.com), a Reuters story on
elEconomista.es, teleSUR English, Maclean's archive, The Japan Times, The Jamestown Foundation's
Monitor, BreakingNews.ie, the Los Angeles Times (mirror ukobiw.net), The Press (Christchurch) via
Papers Past (twice, once through its dynamic-rsnz mirror), Bangladesh Post (a BSS story) and
Trend News Agency (en.trend.az); some of these sites were used before, the pages are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_44b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-43b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_87NN_<slug>` / `test_87NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, run-together words and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "Oct 22, 2022" and "Updated: October 22, 2022, 1:56 PM" (a Saturday;
    # also the URL's 2022/10/22): "on Saturday" (the Royal Court's statement) = 2022-10-22;
    # "on Monday" (the start of the visit) = 2022-10-24, but the talks with King Hamad are not
    # given a day -> no date. The caption's "February 21, 2020" dates the Pompeo meeting.
    ("dev_8701_haitham_bahrain_visit_planned", "Middle East", "2020s", "The National (thenationalnews.com)", "https://www.thenationalnews.com/gulf-news/oman/2022/10/22/sultan-of-oman-to-visit-bahrain-monday/", "2022-10-22"),
    # No date line in the excerpt. The URL's .../471162/04/08/... (elEconomista's month/year
    # segment: April 2008) and the text: the elections "on March 29", the result unpublished "14
    # days after the vote" = 12 April, a Saturday in 2008 (checked), and the talks and the SADC
    # summit "on Saturday" / "later on Saturday": published 2008-04-12 (doubtful only in that the
    # year comes from the URL; see the notes). "on Thursday" (the opposition source's report of
    # the Tsvangirai meeting) is the date of the report, not of the meeting -> no date.
    ("dev_8702_mbeki_mugabe_harare_talks", "Africa", "2000s", "Reuters, via elEconomista.es (eleconomista.es)", "https://www.eleconomista.es/mercado-continuo/noticias/471162/04/08/Mbeki-starts-crisis-talks-with-Zimbabwes-Mugabe.html", "2008-04-12"),
    # The URL's ...-20220404-0003 and the search tool's date field 2022-04-04 (removed with its
    # prefix; a Monday): "arrived this Sunday" = 2022-04-03 (also the date of Cafiero's tweet,
    # "April 3, 2022"); "on April 4" (the wreath) = 2022-04-04; the Casa Rosada meeting comes
    # "Afterwards" (no day stated) -> no date.
    ("test_8703_boric_fernandez_buenos_aires", "Latin America", "2020s", "teleSUR English (telesurenglish.net)", "https://www.telesurenglish.net/news/President-of-Chile-Arrives-in-Argentina-on-First-Official-Visit-20220404-0003.html", "2022-04-04"),
    # The issue line "June 4 1990" (a Monday, Maclean's cover date; also the URL's 1990/6/4).
    # "over the space of four days" and Getty's "Thursday evening meeting" are not tied to a
    # stated week (the cover date is not the day of writing) -> no date.
    ("dev_8704_mulroney_premiers_sussex_drive", "North America", "1990s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1990/6/4/deadline", "1990-06-04"),
    # The URL's 2000/09/24 (a Sunday; the Japan Times dates its web copy by the print issue):
    # "here Saturday" = 2000-09-23 (a Saturday, checked); "in Seoul in May", "in June", "last
    # month" -> no date.
    ("dev_8705_mori_kim_atami", "East Asia", "2000s", "The Japan Times (japantimes.co.jp)", "https://www.japantimes.co.jp/news/2000/09/24/national/leaders-agree-to-coordinate-pyongyang-policies/", "2000-09-24"),
    # No date line; the item closes "(BNS, February 16)" and opens "Lithuania celebrated
    # yesterday the 80th anniversary of the its declaration of independence" (16 February 1918;
    # the 80th anniversary is 1998-02-16, a Monday), and Adamkus's "February 26 inauguration" is
    # still ahead: published 1998-02-17 (a Tuesday; inferred, see the notes). The discussions
    # are placed at the anniversary events but not given a day -> no date.
    ("dev_8706_kwasniewski_vilnius_anniversary", "Eastern Europe/Russia", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/program/poland-to-act-as-lithuanias-advocate/", "1998-02-17"),
    # No date line; the kicker "Fifty years ago today" and "On the 50th anniversary of Terence
    # O'Neill's meeting with Jack Lynch", with the meeting "on January 8, 1968": published
    # 2018-01-08 (a Monday; 1968-01-08 was a Monday too). The meeting's date is explicit.
    ("test_8707_oneill_lynch_iveagh_house", "Western Europe", "2010s", "BreakingNews.ie (breakingnews.ie)", "https://www.breakingnews.ie/views/meetings-helped-thaw-relations-before-the-north-exploded-821628.html", "2018-01-08"),
    # The URL's la-xpm-1994-05-29 (a Sunday): the "Two days of peace talks" "ended Saturday"
    # (1994-05-28) -> a two-day span, no date; "on June 15" (the committee; no row) = 1994-06-15.
    ("dev_8708_pyongyang_cambodia_talks", "Southeast Asia", "1990s", "Los Angeles Times (mirror ukobiw.net)", "https://ukobiw.net/archives/la-xpm-1994-05-29-mn-63681-story.html", "1994-05-29"),
    # The URL's CHP19741209 (The Press, Christchurch, 9 December 1974, a Monday) and the
    # dateline "RAROTONGA, December 8" (a Sunday): "today" / "tonight" = 1974-12-08 (the farewell
    # and the arrival in Auckland; no rows); the Wellington talks are not given a day -> no date.
    ("dev_8709_albert_henry_rowling_planned", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (N.Z.P.A.)", "https://paperspast.natlib.govt.nz/newspapers/CHP19741209.2.16", "1974-12-09"),
    # The URL's CHP19660304 (The Press, Christchurch, 4 March 1966, a Friday) and the dateline
    # "DAKAR, March 3" (a Thursday): "yesterday" = 1966-03-02 (the arrival, the rally and the
    # lap of honour with Toure).
    ("dev_8710_nkrumah_toure_conakry", "Africa", "1960s", "The Press (Christchurch), via Papers Past (dynamic-rsnz mirror; N.Z.P.A.-Reuter)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19660304.2.119", "1966-03-04"),
    # The page's line "Published : 09 Jun 2024 10:42 PM" (a Sunday): "on Sunday" = 2024-06-09;
    # "this afternoon" (the briefing) = 2024-06-09.
    ("test_8711_tobgay_hasina_new_delhi", "South Asia", "2020s", "Bangladesh Post (bangladeshpost.net; BSS)", "https://mail.bangladeshpost.net/posts/i-always-think-about-bangladesh-139422", "2024-06-09"),
    # The dateline "Baku, Azerbaijan, Aug. 18" and the search tool's date field 2018-08-18
    # (removed with its prefix; a Saturday; the text's "signed in December 2017 is on
    # ratification" agrees): "on Aug. 17" = 2018-08-17 (a Friday).
    ("dev_8712_abylgaziev_sagintayev_astana", "Central Asia/Caucasus", "2010s", "Trend News Agency (en.trend.az)", "https://en.trend.az/casia/kyrgyzstan/2941750.html", "2018-08-18"),
]

A = {}

A["dev_8701_haitham_bahrain_visit_planned"] = dict(
    actors={
        "haitham_bin_tariq": ["Sultan Haitham bin Tariq", "Haitham bin Tariq", "Sultan Haitham"],
        "hamad_bin_isa_al_khalifa": ["King Hamad"],
        "mike_pompeo": ["Mike Pompeo"],
        # "Oman's Royal Court said on Saturday" / "the Royal Court said" (Oman's Diwan).
        "royal_court_of_oman": ["Oman's Royal Court", "Royal Court"],
    },
    meetings=[
        # "The visit comes at the invitation of Bahrain's King Hamad" + "During his visit, Sultan
        # Haitham will discuss means of boosting co-operation between the two countries" (the
        # headline "Sultan of Oman to visit Bahrain on Monday" and the standfirst are the same)
        # -> a visit to a named host at his invitation: planned, date null (the visit begins "on
        # Monday", 2022-10-24, and lasts two days; the talks are not given a day), Bahrain (no
        # city given).
        M(["haitham_bin_tariq", "hamad_bin_isa_al_khalifa"], None, "Bahrain", IP, P,
          "The visit comes at the invitation of Bahrain’s King Hamad, the Royal Court said."),
        # The file-photo caption: "Oman's Sultan Haitham bin Tariq meets with U.S. Secretary of
        # State Mike Pompeo (not pictured) at al-Alam palace in Muscat, Oman February 21, 2020."
        # -> held, 2020-02-21, Muscat (captions count, ANNOTATION-GUIDE.md).
        M(["haitham_bin_tariq", "mike_pompeo"], "2020-02-21", "Muscat", IP, H,
          "FILE PHOTO: Oman's Sultan Haitham bin Tariq meets with U.S. Secretary of State Mike Pompeo (not pictured) at al-Alam palace in Muscat, Oman February 21, 2020."),
        # Not rows: "a number of senior Omani officials, including the foreign, interior and
        # finance ministers" (unnamed companions); the Royal Court's statement. The photo credit
        # "Andrew Caballero-Reynolds/Pool via REUTERS/File Photo" and the byline "Amr Mostafa" are
        # not annotated. Nothing was removed: the excerpt is the whole story, with its date lines.
    ],
    roles=[("Sultan of Oman", "haitham_bin_tariq"), ("Ruler of Oman", "haitham_bin_tariq"),
           ("The Sultan", "haitham_bin_tariq"), ("U.S. Secretary of State", "mike_pompeo")],
)

A["dev_8702_mbeki_mugabe_harare_talks"] = dict(
    actors={
        # The page runs words together: "Thabo Mbekibegan talks" ("Mbeki began"); the run-together
        # form is kept as an alias, as typos are.
        "thabo_mbeki": ["South African President Thabo Mbekibegan", "Thabo Mbekibegan", "Mbeki"],
        "robert_mugabe": ["President Robert Mugabe", "Robert Mugabe", "Mugabe"],
        # "metMDC leader Morgan Tsvangirai", "MDC leader Tsvangirai".
        "morgan_tsvangirai": ["Morgan Tsvangirai", "Tsvangirai"],
        # "the oppositionMovement for Democratic Change (MDC)".
        "movement_for_democratic_change": ["Movement for Democratic Change", "MDC"],
        "mukoni_ratshitanga": ["Mukoni Ratshitanga"],
        # "the Southern AfricanDevelopment Community (SADC)".
        "sadc": ["Southern AfricanDevelopment Community", "SADC"],
        "levy_mwanawasa": ["Zambian President Levy Mwanawasa", "Levy Mwanawasa"],
        "kabinga_pande": ["Kabinga Pande", "Pande"],
        # "he told Reuters" / "he toldReuters in Lusaka" (a source inside the body; the dateline's
        # "(Reuters)" is the agency credit).
        "reuters": ["Reuters"],
    },
    meetings=[
        # "South African President Thabo Mbekibegan talks on Saturday with President Robert Mugabe"
        # ("The Harare talks are the first between Mugabe and hispowerful neighbour" is the same)
        # -> held ("began talks"), 2008-04-12, Harare (the dateline, and "The Harare talks").
        M(["thabo_mbeki", "robert_mugabe"], "2008-04-12", "Harare", IP, H,
          "HARARE (Reuters) - South African President Thabo Mbekibegan talks on Saturday with President Robert Mugabe onZimbabwe's election deadlock, hours before regional leadersmeet in Zambia to discuss the two-week-old crisis."),
        # "An opposition source said on Thursday that Mbeki had metMDC leader Morgan Tsvangirai to
        # discuss the crisis." -> held, date null ("on Thursday" dates the report, the meeting is
        # earlier and not dated), place null.
        M(["thabo_mbeki", "morgan_tsvangirai"], None, None, IP, H,
          "An opposition source said on Thursday that Mbeki had metMDC leader Morgan Tsvangirai to discuss the crisis."),
        # Not rows: the SADC summit in Lusaka "later on Saturday" and "regional leadersmeet in
        # Zambia" (multilateral; Mugabe "will not attend"); Tsvangirai's invitation to the Lusaka
        # summit (a summit); Mbeki "has been mediating between Mugabe and the oppositionMovement
        # for Democratic Change (MDC) since last year" (no specific meeting); the spokesman's and
        # Pande's statements to Reuters. The byline "By Cris Chinaka" is not annotated. Removed:
        # at the start, the site's section line "M. Continuo"; at the end, the subheading
        # "TOOTHLESS" and the last, cut-off sentence ("MDC secretary-general Tendai Biti said the
        # party will tellSouthern African"). The run-together words of the page are kept.
    ],
    roles=[("South African President", "thabo_mbeki"), ("hispowerful neighbour", "thabo_mbeki"),
           ("Mbeki's spokesman", "mukoni_ratshitanga"), ("MDC leader", "morgan_tsvangirai"),
           ("Zambian President", "levy_mwanawasa"), ("Zambia's Foreign Minister", "kabinga_pande")],
)

_ARG_MINISTERS = "Afterwards, the Chilean delegation will go to the Casa Rosada to meet with President Fernandez; a meeting will be held between the Ministers of Foreign Affairs and Defense of Argentina and Chile, Santiago Cafiero, Jorge Taiana, Antonia Urrejola Noguera and Maya Fernandez Allende, respectively."
A["test_8703_boric_fernandez_buenos_aires"] = dict(
    actors={
        "gabriel_boric": ["Gabriel Boric", "Boric", "@gabrielboric"],
        # "his Argentine counterpart Alberto Fernández", "President Fernandez".
        "alberto_fernandez": ["Alberto Fernández", "Fernandez"],
        "santiago_cafiero": ["Argentine Foreign Minister Santiago Cafiero", "Santiago Cafiero", "@SantiagoCafiero"],
        "jorge_taiana": ["Jorge Taiana"],
        "antonia_urrejola": ["Antonia Urrejola Noguera"],
        "maya_fernandez_allende": ["Maya Fernandez Allende"],
        # "stressed the Argentine Foreign Ministry"; the wreath's monument stands "in front of the
        # Argentine Ministry of Foreign Affairs, International Trade and Worship" (the same body).
        "argentine_foreign_ministry": ["Argentine Foreign Ministry", "Argentine Ministry of Foreign Affairs, International Trade and Worship"],
        # "the Liberator General José de San Martín" (the monument's namesake; a person named).
        "jose_de_san_martin": ["José de San Martín"],
    },
    meetings=[
        # "... who were received by Argentine Foreign Minister Santiago Cafiero at the Ministro
        # Pistarini International Airport in Ezeiza, in the city of Buenos Aires." (the head of
        # state and his party; Cafiero's tweet "Es un honor recibir en la Argentina al presidente
        # de Chile, @gabrielboric" is the same welcome) -> held, 2022-04-03 ("arrived this
        # Sunday"), Buenos Aires (the text's "city"; Ezeiza is named as the airport's locality,
        # see the notes); required False (an airport welcome of the delegation beside the
        # planned talks, as earlier batches' airport receptions).
        M(["santiago_cafiero", "gabriel_boric"], "2022-04-03", "Buenos Aires", IP, H,
          "The head of state was accompanied by Chilean officials, legislators, magistrates and businessmen, who were received by Argentine Foreign Minister Santiago Cafiero at the Ministro Pistarini International Airport in Ezeiza, in the city of Buenos Aires.",
          False),
        # "... arrived this Sunday in Argentina, where he will meet with his Argentine counterpart
        # Alberto Fernández" + "the Chilean delegation will go to the Casa Rosada to meet with
        # President Fernandez" (the same meeting) -> planned, date null ("Afterwards", after the
        # wreath "on April 4"; the day is not stated), Buenos Aires (the Casa Rosada resolved to
        # its city).
        M(["gabriel_boric", "alberto_fernandez"], None, "Buenos Aires", IP, P,
          "The President of Chile, Gabriel Boric, arrived this Sunday in Argentina, where he will meet with his Argentine counterpart Alberto Fernández, being his first official trip."),
        # "a meeting will be held between the Ministers of Foreign Affairs and Defense of Argentina
        # and Chile, Santiago Cafiero, Jorge Taiana, Antonia Urrejola Noguera and Maya Fernandez
        # Allende, respectively" -> planned, date null, Buenos Aires (the visit's city). Read as
        # one meeting of four named ministers it gives six pair rows; read with "respectively"
        # as the two ministries' counterparts it gives the foreign ministers' and the defence
        # ministers' pairs. The two counterpart pairs (true under both readings) are required;
        # the other four pairs are required False (see the notes).
        M(["santiago_cafiero", "antonia_urrejola"], None, "Buenos Aires", IP, P, _ARG_MINISTERS),
        M(["jorge_taiana", "maya_fernandez_allende"], None, "Buenos Aires", IP, P, _ARG_MINISTERS),
        M(["santiago_cafiero", "maya_fernandez_allende"], None, "Buenos Aires", IP, P, _ARG_MINISTERS, False),
        M(["jorge_taiana", "antonia_urrejola"], None, "Buenos Aires", IP, P, _ARG_MINISTERS, False),
        M(["santiago_cafiero", "jorge_taiana"], None, "Buenos Aires", IP, P, _ARG_MINISTERS, False),
        M(["antonia_urrejola", "maya_fernandez_allende"], None, "Buenos Aires", IP, P, _ARG_MINISTERS, False),
        # Not rows: the wreath at the San Martín monument (no counterpart); the tweet and its
        # translation (a message; its welcome is the first row); the Foreign Ministry's statement;
        # "Chilean officials, legislators, magistrates and businessmen" (unnamed). Removed: at the
        # start, the search tool's date prefix (" date 2022-04-04 "); at the end, the last, cut-off
        # sentence ("\"I am convinced that we have to strengthen relations with our brother
        # country, and strengthen them both in commercial, political and cultural terms; t"). The
        # excerpt has no headline; the blank lines and the Spanish tweet are kept as they stand.
    ],
    roles=[("The head of state", "gabriel_boric"), ("The President of Chile", "gabriel_boric"),
           ("his Argentine counterpart", "alberto_fernandez"), ("Argentine Foreign Minister", "santiago_cafiero"),
           ("the Liberator General", "jose_de_san_martin")],
)

A["dev_8704_mulroney_premiers_sussex_drive"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "donald_getty": ["Alberta Premier Donald Getty", "Donald Getty", "Getty"],
        "lucien_bouchard": ["Lucien Bouchard", "Bouchard"],
        # "from the Conservative caucus" (the governing Progressive Conservatives).
        "progressive_conservative_party": ["Conservative"],
        "bank_of_canada": ["Bank of Canada"],
    },
    meetings=[
        # "... expressed by Alberta Premier Donald Getty, after his Thursday evening meeting with
        # the Prime Minister." -> held, date null (which Thursday is not stated; see the notes),
        # Ottawa (the premiers were "Summoned to Ottawa" to "24 Sussex Drive", the Prime
        # Minister's residence).
        M(["donald_getty", "brian_mulroney"], None, "Ottawa", IP, H,
          "And for all the leaders, there was the underlying worry expressed by Alberta Premier Donald Getty, after his Thursday evening meeting with the Prime Minister."),
        # "Summoned to Ottawa for individual meetings with Prime Minister Brian Mulroney, their
        # separate visits to his residence over the space of four days ..." -> the premiers other
        # than Getty are unnamed: one-party row (Mulroney), held, date null, Ottawa; required
        # False (it also covers Getty's meeting above, and "Canada's premiers" are a group).
        M(["brian_mulroney"], None, "Ottawa", IP, H,
          "Summoned to Ottawa for individual meetings with Prime Minister Brian Mulroney, their separate visits to his residence over the space of four days created the impression that what was at stake was not only a constitution, but a country.",
          False),
        # Not rows: "Mulroney and the premiers worked against time" (no specific meeting);
        # "Mulroney's hasty request for one-on-one sessions" (the same meetings); Bouchard's
        # defection and resignation; the Bank of Canada's rate. The byline line "Anthony
        # Wilson-Smith,BRUCE WALLACE June 4 1990" is kept (the bylines are not annotated).
        # Removed: at the start, the second copy of the byline line; at the end, the last,
        # cut-off sentence ("And with the June 23 deadline for Meech Lake's ratification less
        # than a month away, and Manitoba and Newfoundland threatening to hold additional public
        # hearings before ratifyin"). The page break "(page 22)" inside a sentence is kept.
    ],
    roles=[("the Prime Minister", "brian_mulroney"), ("Alberta Premier", "donald_getty"),
           ("his close friend and environment minister", "lucien_bouchard")],
)

A["dev_8705_mori_kim_atami"] = dict(
    actors={
        "yoshiro_mori": ["Prime Minister Yoshiro Mori", "Yoshiro Mori", "Mori"],
        # "Kim" alone is Kim Dae Jung throughout ("Kim said", "South Korea's Kim").
        "kim_dae_jung": ["South Korean President Kim Dae Jung", "President Kim Dae Jung", "Kim Dae Jung", "Kim"],
        "kim_jong_il": ["Kim Jong Il"],
    },
    meetings=[
        # "Prime Minister Yoshiro Mori and South Korean President Kim Dae Jung reaffirmed ... in
        # their talks here Saturday" ("During afternoon talks at a hotel in this hot-spring resort
        # city", the caption "Mori shares a toast with the visiting South Korean president
        # Saturday" and the joint press conference are the same day) -> held, 2000-09-23, Atami
        # (the dateline, "here").
        M(["yoshiro_mori", "kim_dae_jung"], "2000-09-23", "Atami", IP, H,
          "ATAMI, Shizuoka Pref. — Prime Minister Yoshiro Mori and South Korean President Kim Dae Jung reaffirmed the importance of coordinating their North Korea policies in their talks here Saturday, the first since the two Koreas’ historic meeting in June."),
        # "Since the previous meeting between Mori and Kim in Seoul in May" -> held, date null
        # (month only), Seoul.
        M(["yoshiro_mori", "kim_dae_jung"], None, "Seoul", IP, H,
          "Since the previous meeting between Mori and Kim in Seoul in May, the situation on the Korean Peninsula has changed dramatically."),
        # "South Korea's Kim and North Korea's Kim Jong Il agreed ... in their landmark meeting in
        # Pyongyang in June." ("the two Koreas' historic meeting in June" is the same) -> held,
        # date null (month only), Pyongyang.
        M(["kim_dae_jung", "kim_jong_il"], None, "Pyongyang", IP, H,
          "South Korea’s Kim and North Korea’s Kim Jong Il agreed to eventually reunify the Korean Peninsula and took various steps toward that goal in their landmark meeting in Pyongyang in June."),
        # "Mori is believed to have asked Kim to convey to North Korea his desire for a summit
        # meeting with Kim Jong Il" -> a wished-for meeting, nothing arranged: planned, date and
        # place null, required False (as the intended meeting of dev_8512).
        M(["yoshiro_mori", "kim_jong_il"], None, None, IP, P,
          "Kim urged Mori to open a direct dialogue with the North Korean leader to accelerate the normalization process, and Mori is believed to have asked Kim to convey to North Korea his desire for a summit meeting with Kim Jong Il, as little progress was made in the 10th round of bilateral normalization talks held last month in Tokyo and Kisarazu, Chiba Prefecture.",
          False),
        # Not rows: the joint press conference (a joint media appearance; the pair's meeting is
        # the first row); "a direct dialogue with the North Korean leader" (urged, not arranged);
        # the "10th round of bilateral normalization talks" in Tokyo and Kisarazu (unnamed
        # negotiators); "a Japanese official" (unnamed). Removed: at the end, the last, cut-off
        # sentence ("On bilateral relations, Kim made repeated calls for Japan"). The excerpt has
        # no headline; the caption line is kept where it stands.
    ],
    roles=[("the visiting South Korean president", "kim_dae_jung"), ("the North Korean leader", "kim_jong_il")],
)

_KWAS = "The main theme in Kwasniewski’s discussions with Lithuania’s outgoing President Algirdas Brazauskas, President-elect Valdas Adamkus and Parliament Chairman Vytautas Landsbergis was the theme of a special partnership among the two countries and of Poland as the \"advocate\" of Lithuania in NATO and the European Union."
A["dev_8706_kwasniewski_vilnius_anniversary"] = dict(
    actors={
        "aleksander_kwasniewski": ["Polish President Aleksander Kwasniewski", "Aleksander Kwasniewski", "Kwasniewski"],
        "algirdas_brazauskas": ["Algirdas Brazauskas"],
        "valdas_adamkus": ["President-elect Valdas Adamkus", "Valdas Adamkus", "Adamkus"],
        "vytautas_landsbergis": ["Parliament Chairman Vytautas Landsbergis", "Vytautas Landsbergis"],
        "guntis_ulmanis": ["Latvian President Guntis Ulmanis", "Guntis Ulmanis"],
        "lennart_meri": ["Estonian President Lennart Meri", "Lennart Meri"],
        "nato": ["NATO"],
        "european_union": ["European Union"],
    },
    meetings=[
        # "Kwasniewski's discussions with Lithuania's outgoing President Algirdas Brazauskas,
        # President-elect Valdas Adamkus and Parliament Chairman Vytautas Landsbergis" -> read as
        # three separate bilaterals of the visitor with three hosts (as dev_032's "met X and Y"),
        # held, date null (placed at the anniversary events "yesterday", but the discussions are
        # not given a day), Vilnius ("the events in Vilnius").
        M(["aleksander_kwasniewski", "algirdas_brazauskas"], None, "Vilnius", IP, H, _KWAS),
        M(["aleksander_kwasniewski", "valdas_adamkus"], None, "Vilnius", IP, H, _KWAS),
        M(["aleksander_kwasniewski", "vytautas_landsbergis"], None, "Vilnius", IP, H, _KWAS),
        # "Adamkus accepted an invitation to Poland as, apparently, his first official visit
        # abroad" -> planned (an accepted invitation), date null, Poland; the host is implied
        # (Kwasniewski, the visitor who brought it), not stated -> required False.
        M(["valdas_adamkus", "aleksander_kwasniewski"], None, "Poland", IP, P,
          "Adamkus accepted an invitation to Poland as, apparently, his first official visit abroad after his February 26 inauguration.",
          False),
        # Not rows: Ulmanis "also attended the events in Vilnius" (attendance, no meeting with a
        # named person stated); Meri "did not" (absent); Kwasniewski's statements. "(BNS, February
        # 16)" is the agency credit at the end of the item (not annotated). Removed: at the end,
        # the next item's headline "OMON Trial in Riga Foiled." The slip "the its declaration" is
        # kept.
    ],
    roles=[("Polish President", "aleksander_kwasniewski"), ("Lithuania’s outgoing President", "algirdas_brazauskas"),
           ("President-elect", "valdas_adamkus"), ("Parliament Chairman", "vytautas_landsbergis"),
           ("Latvian President", "guntis_ulmanis"), ("Estonian President", "lennart_meri")],
)

A["test_8707_oneill_lynch_iveagh_house"] = dict(
    actors={
        "terence_oneill": ["Prime Minister Terence O’Neill", "Terence O’Neill", "O’Neill"],
        # "the Taoiseach Jack Lynch", "How are you Jack?".
        "jack_lynch": ["Jack Lynch", "Lynch", "Jack"],
        "ian_paisley": ["Ian Paisley", "Paisley"],
        # "his wife, Jean" (O'Neill's) and "his wife, Maureen" (Lynch's).
        "jean_oneill": ["Jean"],
        "maureen_lynch": ["Maureen"],
        "frank_aiken": ["Tánaiste Frank Aiken", "Frank Aiken"],
        "charles_haughey": ["Charles Haughey"],
        "george_colley": ["George Colley"],
        "neil_blaney": ["Neil Blaney"],
        "erskine_childers": ["Transport Minister Erskine Childers", "Erskine Childers"],
    },
    meetings=[
        # "Fifty years ago today, Prime Minister Terence O'Neill of Northern Ireland called on the
        # Taoiseach Jack Lynch at Iveagh House, Dublin." ("O'Neill arrived in Dublin, unannounced
        # on January 8, 1968", the lunch "with the Taoiseach" and "the four-hour meeting" are the
        # same day, pair and place: one row) -> held, 1968-01-08 (the text's date), Dublin.
        M(["terence_oneill", "jack_lynch"], "1968-01-08", "Dublin", IP, H,
          "Fifty years ago today, Prime Minister Terence O’Neill of Northern Ireland called on the Taoiseach Jack Lynch at Iveagh House, Dublin."),
        # Not rows: the wives (Jean O'Neill "accompanied" him; Maureen Lynch at the lunch) and
        # the five ministers and "their wives" at the lunch (present at the host's lunch, not
        # said to meet O'Neill: not participants, as ANNOTATION.md's aides and spouses); the
        # "dozen reporters"; Paisley's statement "Next day" (cut off) and his absent protest; the
        # standfirst's "the two leaders' efforts" and the headline's "Meetings" (no specific
        # other meeting). "Ryle Dwyer" (the author, in the standfirst) is not annotated. Removed:
        # at the end, the last, cut-off sentence ("Next day he issued a statement regretting
        # O'Neill's"). The repeated headline and the paragraph break inside "Industry and /
        # Commerce" are kept.
    ],
    roles=[("the Taoiseach", "jack_lynch"), ("Prime Minister Terence O’Neill of Northern Ireland", "terence_oneill"),
           ("Tánaiste", "frank_aiken"), ("Transport Minister", "erskine_childers")],
)

_CAMB = "Sihanouk, serving as mediator, said that Khmer Rouge leader Khieu Samphan and Cambodia’s co-premiers, Prince Norodom Ranariddh and Hun Sen, formed a committee “to discuss and resolve one by one” their differences."
A["dev_8708_pyongyang_cambodia_talks"] = dict(
    actors={
        "norodom_sihanouk": ["King Norodom Sihanouk", "Norodom Sihanouk", "Sihanouk"],
        "khieu_samphan": ["Khmer Rouge leader Khieu Samphan", "Khieu Samphan"],
        "norodom_ranariddh": ["Prince Norodom Ranariddh"],
        "hun_sen": ["Hun Sen"],
        "khmer_rouge": ["Khmer Rouge"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # "Two days of peace talks between Khmer Rouge guerrillas and the government ended
        # Saturday" + "Meeting at Cambodian King Norodom Sihanouk's residence in the North Korean
        # capital, Pyongyang" + the participants named in the committee sentence (Khieu Samphan
        # for the Khmer Rouge; the co-premiers Ranariddh and Hun Sen for the government;
        # Sihanouk as mediator and host) -> one meeting of three or more named people: pair rows,
        # held, date null (a two-day span ending 1994-05-28), Pyongyang. The two cross-side
        # pairs are required; the co-premiers' pair (one side of a two-sided negotiation) and
        # the mediator's three pairs are required False (as the broker Mugabe in batch 30a).
        M(["khieu_samphan", "norodom_ranariddh"], None, "Pyongyang", IP, H, _CAMB),
        M(["khieu_samphan", "hun_sen"], None, "Pyongyang", IP, H, _CAMB),
        M(["norodom_ranariddh", "hun_sen"], None, "Pyongyang", IP, H, _CAMB, False),
        M(["norodom_sihanouk", "khieu_samphan"], None, "Pyongyang", IP, H, _CAMB, False),
        M(["norodom_sihanouk", "norodom_ranariddh"], None, "Pyongyang", IP, H, _CAMB, False),
        M(["norodom_sihanouk", "hun_sen"], None, "Pyongyang", IP, H, _CAMB, False),
        # Not rows: the committee that "will meet in Phnom Penh on June 15" (its members are not
        # named); Sihanouk's cease-fire proposal and Khieu Samphan's statement "earlier last
        # week" (statements); the U.N.-organized election (an event). Removed: between the
        # headline and the dateline, the share widget "- Share via"; at the end, the site's lines
        # "More to Read", "Sign up for Essential California", "The most important California
        # stories and recommendations in your inbox every morning." and "You may occasionally
        # receive promotional content from the Los Angeles Times."
    ],
    roles=[("Khmer Rouge leader", "khieu_samphan"), ("Cambodian King", "norodom_sihanouk")],
)

A["dev_8709_albert_henry_rowling_planned"] = dict(
    actors={
        "albert_henry": ["Sir Albert Henry", "Sir Albert"],
        "bill_rowling": ["Mr Rowling"],
        # "the Opposition Democratic Party" of the Cook Islands.
        "democratic_party_cook_islands": ["Opposition Democratic Party", "Democratic Party"],
        "cook_islands_party": ["Cook Islands Party"],
    },
    meetings=[
        # "He arrived in Auckland tonight for a rest, and will later fly to Wellington for talks
        # with the Prime Minister (Mr Rowling)." -> planned, date null ("later"), Wellington.
        M(["albert_henry", "bill_rowling"], None, "Wellington", IP, P,
          "He arrived in Auckland tonight for a rest, and will later fly to Wellington for talks with the Prime Minister (Mr Rowling)."),
        # Not rows: "He refused repeated requests for interviews" and "I have refused to meet
        # newspapers" (media, and refused); the "official farewell at Rarotonga Airport" (a
        # gathering, no named counterpart); the arrival in Auckland "for a rest"; the threatened
        # purge (a statement). The byline "TREVOR HENRY." and the credit "N.Z.P.A. staff
        # correspondent" are not annotated. Removed: at the start, Papers Past's thirty "Article
        # image" lines; at the end, the last, cut-off sentence ("“Read it — and that goes for
        # expatriates as well as local em"). OCR slips ("I By", ". N.Z.P.A.", "sc.ne cases") and
        # the mixed quotation marks are kept.
    ],
    roles=[("The Cook Islands Premier", "albert_henry"), ("The Premier", "albert_henry"),
           ("the Prime Minister", "bill_rowling")],
)

A["dev_8710_nkrumah_toure_conakry"] = dict(
    actors={
        "kwame_nkrumah": ["Dr. Kwame Nkrumah", "Kwame Nkrumah", "Dr. Nkrumah"],
        # Written "Sekou Toure" and "President Toure".
        "ahmed_sekou_toure": ["Sekou Toure", "President Toure"],
        "fathia_nkrumah": ["Madame Fathia Nkrumah", "Fathia Nkrumah"],
        "radio_guinea": ["Radio Guinea"],
        "al_ahram": ["Al Ahram"],
    },
    meetings=[
        # "With Guinea's President, Sekou Toure, a close friend, Dr. Nkrumah made a lap of honour
        # round Conakry stadium before the biggest mass rally ever staged there" + "As the guest of
        # President Toure, he is with his closest illy." -> the deposed president received by his
        # host: held, 1966-03-02 ("yesterday" from the dateline "DAKAR, March 3": the arrival,
        # the 21-gun salute and the rally), Conakry. The evidence is the lap-of-honour sentence
        # (the day's joint appearance); the meeting is the visit to his host (see the notes).
        M(["kwame_nkrumah", "ahmed_sekou_toure"], "1966-03-02", "Conakry", IP, H,
          "With Guinea’s President, Sekou Toure, a close friend, Dr. Nkrumah made a lap of honour round Conakry stadium before the biggest mass rally ever staged there, according to Radio Guinea."),
        # Not rows: Fathia Nkrumah "ready to join her husband anywhere" (a wish, in Cairo); the
        # Ghana-Guinea union "in 1958" (a treaty, no meeting reported); the speeches to the crowd.
        # "(N.Z.P.A. Reuter—Copyright)" is the agency credit (not annotated). Removed: at the end,
        # the cut-off fragment "“No". The excerpt has no "Article image" lines; OCR slips ("A hero
        # s welcome", "Conakry 7", "mv wav", "illy", "paperplans", "w’ife", "be(cause", "[well",
        # the stray "I" and "j") and the line breaks inside sentences are kept.
    ],
    roles=[("the deposed President of Ghana", "kwame_nkrumah"), ("Guinea’s President", "ahmed_sekou_toure"),
           ("the Guinea leader", "ahmed_sekou_toure"), ("the deposed Ghanaian President", "kwame_nkrumah")],
)

A["test_8711_tobgay_hasina_new_delhi"] = dict(
    actors={
        "tshering_tobgay": ["Bhutanese Prime Minister Dasho Tshering Tobgay", "Dasho Tshering Tobgay"],
        "sheikh_hasina": ["Prime Minister Sheikh Hasina", "Sheikh Hasina"],
        "m_nayeemul_islam_khan": ["M Nayeemul Islam Khan"],
        "hasan_mahmud": ["Foreign Minister Dr. Hasan Mahmud", "Dr. Hasan Mahmud"],
        "salman_fazlur_rahman": ["Salman Fazlur Rahman"],
        "ahasanul_islam_titu": ["Ahasanul Islam Titu"],
        "mohammad_tofazzel_hossain_miah": ["Mohammad Tofazzel Hossain Miah"],
        "masud_bin_momen": ["Masud Bin Momen"],
        "mohammad_salahuddin": ["Mohammad Salahuddin"],
        "chandra_bahadur_gurung": ["Chandra Bahadur Gurung"],
        "v_namgyel": ["Maj. Gen V. Namgyel"],
        "kesang_deki": ["Kesang Deki"],
        "pema_choden": ["Pema Choden"],
        # "Prime Minister’s Office (PMO)" (Bangladesh's; the key of test_001).
        "prime_ministers_office_bangladesh": ["Prime Minister’s Office", "PMO"],
        "ministry_of_commerce_bangladesh": ["Ministry of Commerce"],
        # "Bangladesh High Commission falls on my way to gym" (Bangladesh's mission in Thimphu).
        "bangladesh_high_commission_thimphu": ["Bangladesh High Commission"],
    },
    meetings=[
        # "He made the remarks while paying a courtesy call on Prime Minister Sheikh Hasina at the
        # latter's place of residence in New Delhi." ("he" = Tobgay; the headline "Bhutanese PM
        # tells Sheikh Hasina" and the "call on" the Press Secretary attended are the same) ->
        # held, 2024-06-09 ("on Sunday"), New Delhi.
        M(["tshering_tobgay", "sheikh_hasina"], "2024-06-09", "New Delhi", IP, H,
          "He made the remarks while paying a courtesy call on Prime Minister Sheikh Hasina at the latter’s place of residence in New Delhi."),
        # Not rows: the ministers and officials "present from Bangladesh side" and "present on
        # Bhutan side", and the Press Secretary "present at the call on" (attendees, not
        # participants); the King of Bhutan's "recent visit to Dhaka" (the King is unnamed, and
        # no host is named); the Press Secretary's briefing (media). "By BSS" is the agency
        # byline (not annotated). Removed: at the start, the widget word "Clicky" and the
        # section line "National, Back Page".
    ],
    roles=[("Bhutanese PM", "tshering_tobgay"), ("The Bhutanese Prime Minister", "tshering_tobgay"),
           ("PM’s Press Secretary", "m_nayeemul_islam_khan"),
           ("his country’s current foreign secretary", "pema_choden"),
           ("PM’s Principal Secretary", "mohammad_tofazzel_hossain_miah"),
           ("Minister of Infrastructure and Transport", "chandra_bahadur_gurung"),
           ("Ambassador of Bhutan to India", "v_namgyel"), ("Cabinet Secretary", "kesang_deki")],
)

A["dev_8712_abylgaziev_sagintayev_astana"] = dict(
    actors={
        "mukhammedkalyi_abylgaziev": ["Kyrgyz Prime Minister Mukhammedkalyi Abylgaziev", "Mukhammedkalyi Abylgaziev", "Abylgaziev"],
        "bakytzhan_sagintayev": ["Bakhytzhan Sagintayev"],
        "kyrgyz_kazakh_intergovernmental_council": ["Kyrgyz-Kazakh Intergovernmental Council"],
        # "the Kyrgyz Kabar news agency reported" (a source inside the body).
        "kabar": ["Kabar"],
    },
    meetings=[
        # "The 7th meeting of the Kyrgyz-Kazakh Intergovernmental Council was held in Astana ... on
        # Aug. 17" + "The meeting was chaired by Kyrgyz Prime Minister Mukhammedkalyi Abylgaziev
        # and his Kazakh counterpart Bakhytzhan Sagintayev." -> the two prime ministers' session
        # of a bilateral council: held, 2018-08-17, Astana.
        M(["mukhammedkalyi_abylgaziev", "bakytzhan_sagintayev"], "2018-08-17", "Astana", IP, H,
          "The meeting was chaired by Kyrgyz Prime Minister Mukhammedkalyi Abylgaziev and his Kazakh counterpart Bakhytzhan Sagintayev."),
        # Not rows: the documents "expected to be signed" and the protocol "we are ready to sign"
        # (documents); the border treaty "signed in December 2017" (a treaty, signatories
        # unnamed). "Trend:" and the dateline "Baku, Azerbaijan, Aug. 18" are the agency's credit
        # and date line (Trend not annotated). Removed: at the start, the search tool's date
        # prefix (" date 2018-08-18 "); at the end, the last, cut-off sentence ("He noted that the
        # government of Kazakhstan always pays gr").
    ],
    roles=[("Kyrgyz Prime Minister", "mukhammedkalyi_abylgaziev"), ("his Kazakh counterpart", "bakytzhan_sagintayev"),
           ("the Kazakh prime minister", "bakytzhan_sagintayev")],
)
