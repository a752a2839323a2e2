"""Accuracy corpus, batch 70b: 12 new articles about meetings between political actors, all published
(or, where the page shows no date, written) in EVEN years (another helper takes odd years as batch
70a), from the 1970s to the 2020s (1970s: two (1972, 1974), 1980s: two (1980, 1984), 1990s: one
(1998), 2000s: four (2000, 2004, 2006, 2008), 2010s: one (2018), 2020s: two (2020, 2022); five of
the twelve from before 2000 (1972, 1974, 1980, 1984, 1998), as the brief asked), over the eleven
regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: The Jerusalem Post (jpost.com), Maclean's (macleans.ca), The Washington Times (copy
on pintak.com), La Oferta (laoferta.com; EFE), China Daily (chinadaily.com.cn), the Jewish
Telegraphic Agency (jta.org), ParlInfo (parlinfo.aph.gov.au; an Australian press release), The
Japan Times (japantimes.co.jp), Talking Drums (talkingdrumsmagazine.com), UrduPoint News
(urdupoint.com; Sputnik), GOV.UK (a Prime Minister's Office readout) and Hansard
(api.parliament.uk); pintak.com (The Washington Times), La Oferta and Talking Drums are new to the
corpus. The pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the
other batches' modules, batch 70a excepted), and so are their meetings (names grepped in the corpus
texts; one partial overlap is discussed in the notes: `dev_13908`). Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the package
has not been run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_70b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-69b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_139NN_<slug>` / `test_139NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date on the page or in the URL: `published` is left empty (as dev_043, dev_13109). Decade
    # 2000s from the text ("the first six months of 2006", "in 2005", "Iran will buy ... in 2007",
    # "a planned 8 billion cubic meters this year"): written in 2006. "on Monday" cannot be resolved
    # -> null (see the notes).
    ("dev_13901_ahmadinejad_niyazov_turkmenistan", "Central Asia/Caucasus", "2000s", "The Jerusalem Post (jpost.com)", "https://www.jpost.com/iranian-threat/news/ahmadinejad-visits-turkmenistan", ""),
    # No date line on the page; the read-out quoted in the post gives the call "On Thursday November
    # 6" and the G20 summit "on November 15, 2008" (future): 6 November 2008 is a Thursday (checked),
    # and the post was "Emailed to Ottawa reporters a minute ago" -> published 2008-11-06 (derived
    # from the text; see the notes); the call -> 2008-11-06 (explicit day).
    ("dev_13902_harper_obama_phone", "North America", "2000s", "Maclean's (macleans.ca; blog post quoting a PMO read-out)", "http://www.macleans.ca/uncategorized/what-kind-of-exchange-warm/", "2008-11-06"),
    # The date line "Washington Times, March 16, 1998" (a Monday, checked; the URL's 1998/03/16
    # agrees): "yesterday" -> 1998-03-15 (a Sunday; "The appointment on Saturday" = 14 March agrees
    # with "a day earlier").
    ("test_13903_hashimoto_suharto_jakarta", "Southeast Asia", "1990s", "The Washington Times (copy on pintak.com, the site of its correspondent)", "https://pintak.com/1998/03/16/world-leaders-boost-pressure-on-suharto-japan-makes-appeal-in-asian-manner-washington-times/", "1998-03-16"),
    # The URL's 2018/11/28 (the header date "October 1, 2023" is the site's current date, removed);
    # the dateline "Santiago, Nov 27 (EFE)" with "met here Tuesday": 27 November 2018 is a Tuesday
    # (checked) -> 2018-11-27.
    ("dev_13904_pinera_vizcarra_santiago", "Latin America", "2010s", "La Oferta (laoferta.com; EFE)", "https://laoferta.com/2018/11/28/presidents-of-chile-peru-confirm-good-bilateral-relations/", "2018-11-28"),
    # The line "Updated: 2004-11-23 00:16" (a Tuesday, checked; the URL's 2004-11/23 agrees): "on
    # Tuesday" -> 2004-11-23; "on Wednesday" -> 2004-11-24 (see the notes on the time stamp).
    ("dev_13905_aziz_natwar_singh_delhi", "South Asia", "2000s", "China Daily (chinadaily.com.cn, Agencies; covid-19.chinadaily.com.cn host)", "http://covid-19.chinadaily.com.cn/english/doc/2004-11/23/content_394135.htm", "2004-11-23"),
    # The date line "May 28, 1974" (a Tuesday, checked; the URL's 1974/05/28 agrees): "yesterday" and
    # "last night" -> 1974-05-27; "this morning", "tonight" -> 1974-05-28.
    ("dev_13906_kissinger_assad_damascus", "Middle East", "1970s", "Jewish Telegraphic Agency (JTA archive)", "https://www.jta.org/1974/05/28/archive/kissingers-efforts-stymied-by-syria", "1974-05-28"),
    # No release date on the page: "15-17 JANUARY 1980" are the dates of the visit, and the statement
    # was issued during it ("is paying an official visit") -> `published` left empty, decade 1980s
    # from the text; the discussions are not given a day -> null.
    ("test_13907_ohira_fraser_canberra", "Oceania", "1980s", "ParlInfo (parlinfo.aph.gov.au; Australian Government press release / joint statement)", "http://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id%3A%22media%2Fpressrel%2FHPR10029903%22;src1=sm1", ""),
    # No date line in the kept text; the URL's 2000/05/30 (a Tuesday, checked): "agreed Monday" ->
    # 2000-05-29 (a Monday, checked).
    ("dev_13908_mori_kim_dae_jung_seoul", "East Asia", "2000s", "The Japan Times (japantimes.co.jp; Kyodo)", "https://www.japantimes.co.jp/news/2000/05/30/national/mori-south-koreas-kim-vow-to-cooperate-over-pyongyang/", "2000-05-30"),
    # No date line in the kept text; the URL's issue date 1984-09-17 (a Monday, checked): "last
    # Wednesday" -> 1984-09-12 (a Wednesday, checked).
    ("dev_13909_du_boulay_gambari_lagos", "Africa", "1980s", "Talking Drums (talkingdrumsmagazine.com; West African news magazine, London)", "https://talkingdrumsmagazine.com/1984-09-17/places.html", "1984-09-17"),
    # The dateline "MINSK (UrduPoint News / Sputnik - 26th November, 2020)" (a Thursday, checked; the
    # search tool's date field "2020-11" agrees): the talks "have started" -> 2020-11-26.
    ("dev_13910_lavrov_lukashenko_minsk", "Eastern Europe/Russia", "2020s", "UrduPoint News (urdupoint.com; Sputnik)", "https://www.urdupoint.com/en/world/russian-foreign-minister-lavrov-belarusian-p-1096920.html", "2020-11-26"),
    # No date line in the kept text; the URL's "13-june-2022" (a Monday, checked): "today" ->
    # 2022-06-13.
    ("test_13911_pm_costa_downing_street", "Western Europe", "2020s", "GOV.UK (Prime Minister's Office, 10 Downing Street; meeting readout)", "https://www.gov.uk/government/news/pm-meeting-with-prime-minister-of-portugal-13-june-2022", "2022-06-13"),
    # The header "HC Deb 21 March 1972" (a Tuesday, checked; the URL's 1972/mar/21 agrees); the visit
    # "on 18th and 19th March" is a range -> null.
    ("dev_13912_heath_pompidou_chequers", "Western Europe", "1970s", "Hansard (House of Commons debates, UK Parliament)", "https://api.parliament.uk/historic-hansard/commons/1972/mar/21/president-pompidou-discussions", "1972-03-21"),
]

A = {}

A["dev_13901_ahmadinejad_niyazov_turkmenistan"] = dict(
    actors={
        "mahmoud_ahmadinejad": ["Iranian President Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad", "Ahmadinejad", "ahmadinejad"],
        "saparmurat_niyazov": ["Turkmen President Samarpurat Niyazov", "Samarpurat Niyazov"],
        # New key.
        "foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "Ahmadinejad held talks with Turkmenistan's autocratic leader on Monday" (= Niyazov, named
        # in the next sentence: "after what he called a ... meeting with Ahmadinejad") -> held; date
        # null (no publication date to resolve "on Monday" against; see the notes); place
        # Turkmenistan (headline "visits Turkmenistan"; no city is named).
        M(["mahmoud_ahmadinejad", "saparmurat_niyazov"], None, "Turkmenistan", IP, H,
          "Iranian President Mahmoud Ahmadinejad held talks with Turkmenistan's autocratic leader on Monday during a visit aimed at cementing ties with the gas-rich Central Asian state."),
        # Not rows: "It was unclear whether the two presidents discussed the issue" (the same talks);
        # the April agreement (an agreement); the Foreign Ministry statement (a statement); the 1996
        # rail link. Not annotated: the photo credit "(photo credit: AP)"; Iran, Turkmenistan,
        # Russia, the former Soviet Union (places/countries). Kept as they stand: "Samarpurat"
        # (for Saparmurat), "1 -hour", "15 years ....", the photo-caption lines "ahmadinejad
        # 298.88 (photo credit: AP)", "ahmadinejad 298.88", "(photo credit: AP)" (inside the text).
        # Removed: nothing at the start; at the end, the cut-off sentence "After planned visits
        # Tuesday to an Iranian products exhibit and a border facility, Ahmadinejad is due to leave
        # for Tajikistan for a visit expected to bring accords meant to expand cooperation in
        # energy, transport and othe".
    ],
    roles=[("Iranian President", "mahmoud_ahmadinejad"), ("Turkmenistan's autocratic leader", "saparmurat_niyazov"),
           ("Turkmen President", "saparmurat_niyazov")],
)

A["dev_13902_harper_obama_phone"] = dict(
    actors={
        "stephen_harper": ["Prime Minister Stephen Harper", "Prime Minister Harper", "Stephen Harper", "Harper"],
        "barack_obama": ["President-elect Obama", "Obama"],
    },
    meetings=[
        # "On Thursday November 6, Prime Minister Stephen Harper spoke to President-elect Obama to
        # congratulate him" ("Read-out of Call between ..."; "In a warm exchange": the same) ->
        # phone, held, 2008-11-06, no place. A call to congratulate is a call (as dev_13708).
        M(["stephen_harper", "barack_obama"], "2008-11-06", None, PH, H,
          "On Thursday November 6, Prime Minister Stephen Harper spoke to President-elect Obama to congratulate him on winning the US Presidential election."),
        # Not rows: "They touched on the G20 Leaders’ Summit in Washington on November 15, 2008" (a
        # plenary); "agreed to talk again in the near future" (no call arranged or dated: like
        # "remain in contact", dev_025; see the notes). Not annotated: "Ottawa reporters"
        # (unnamed); the G20 summit (an event). Removed: at the start, the page title line "What
        # kind of exchange? Warm! - Macleans.ca" (the headline itself is kept); at the end, the
        # site line "Filed under:", the repeated headline and the readers' comment thread (four
        # comments, from "“The Prime Minister and the President-elect agreed to talk again in the
        # near future.” Well, that’s a relief." to "...so that the transition goes smoothly.").
    ],
    roles=[("The Prime Minister", "stephen_harper"), ("the President-elect", "barack_obama")],
)

A["test_13903_hashimoto_suharto_jakarta"] = dict(
    actors={
        "soeharto": ["President Suharto", "Suharto"],
        "ryutaro_hashimoto": ["Japanese Prime Minister Ryutaro Hashimoto", "Ryutaro Hashimoto", "Mr. Hashimoto"],
        "international_monetary_fund": ["International Monetary Fund", "IMF"],
        "us_treasury_department": ["U.S. Treasury Department"],
    },
    meetings=[
        # "Japanese and Western leaders yesterday opened a new campaign ..." / "But ... Hashimoto gave
        # no sign after a surprise meeting with the president that Suharto ... had budged" ("came to
        # Jakarta to appeal to Suharto", "the 2 1/2-hour session", "the president saw me off to the
        # car": the same) -> held, 1998-03-15 ("yesterday", the day the campaign was opened by this
        # meeting; see the notes), Jakarta (dateline; "came to Jakarta").
        M(["ryutaro_hashimoto", "soeharto"], "1998-03-15", "Jakarta", IP, H,
          "But Japanese Prime Minister Ryutaro Hashimoto gave no sign after a surprise meeting with the president that Suharto, 76, had budged from his determination to tackle his country’s economic problems on his own terms."),
        # Not rows: "Further appeals are expected as teams from the International Monetary Fund and
        # the U.S. Treasury Department arrive" (teams, no named participants); "naming his daughter
        # and his closest friend to key Cabinet posts" (appointments); "he told reporters" (a
        # statement); "one Western diplomat said" (unnamed). Not annotated: the outlet/date line
        # "Washington Times, March 16, 1998"; "Japanese and Western leaders" (unnamed). Removed:
        # nothing at the start; at the end, the cut-off sentence "By naming timber baron Mohammed
        # “Bob” Hasan as the country’s new minister of trade and industry, Suharto appea".
    ],
    roles=[("Japanese Prime Minister", "ryutaro_hashimoto"), ("the president", "soeharto"),
           ("the Indonesian leader", "soeharto")],
)

A["dev_13904_pinera_vizcarra_santiago"] = dict(
    actors={
        "sebastian_pinera": ["Chilean President Sebastian Piñera", "Sebastian Piñera", "Sebastián Piñera", "Piñera"],
        "pacific_alliance": ["Pacific Alliance"],
        "apec": ["Asia Pacific Economic Cooperation Forum", "APEC"],
        # New key.
        "martin_vizcarra": ["Martín Vizcarra", "Martin Vizcarra", "Vizcarra"],
    },
    meetings=[
        # "Chilean President Sebastian Piñera and Peruvian counterpart Martin Vizcarra met here
        # Tuesday" (the Spanish caption "Piñera y Vizcarra se reunieron hoy en Santiago", "the
        # presidents’ meeting": the same) -> held, 2018-11-27, Santiago (dateline; the caption
        # names Santiago).
        M(["sebastian_pinera", "martin_vizcarra"], "2018-11-27", "Santiago", IP, H,
          "Santiago, Nov 27 (EFE).- Chilean President Sebastian Piñera and Peruvian counterpart Martin Vizcarra met here Tuesday to confirm the health of bilateral relations and sign a series of agreements."),
        # Not rows: "an expanded 2nd Binational Cabinet conference" (ministers, unnamed; a cabinet
        # session); the Pacific Alliance, CPTPP and APEC (organisations and a partnership named in
        # a quotation, no meeting). Not annotated: the agency credits "EFE" (caption end) and
        # "(EFE)" (dateline); the CPTPP (a trade agreement); "government ministers accompanying
        # Vizcarra" (unnamed). Kept as they stand: the Spanish photo caption (with "(d)", "(i)",
        # "EFE"), "Sebastian"/"Martin" without accents in the English text. Removed: at the start,
        # the site lines "La Oferta" and "October 1, 2023" (the site's current date); at the end,
        # nothing.
    ],
    roles=[("El presidente de Chile", "sebastian_pinera"), ("su homólogo peruano", "martin_vizcarra"),
           ("Chilean President", "sebastian_pinera"), ("Peruvian counterpart", "martin_vizcarra"),
           ("the Chilean president", "sebastian_pinera"), ("his Chilean counterpart", "sebastian_pinera"),
           ("the Peruvian leader", "martin_vizcarra")],
)

A["dev_13905_aziz_natwar_singh_delhi"] = dict(
    actors={
        "k_natwar_singh": ["Indian Foreign Minister Natwar Singh", "Natwar Singh"],
        "navtej_sarna": ["Navtej Sarna", "Sarna"],
        "manmohan_singh": ["Prime Minister Manmohan Singh", "Manmohan Singh"],
        "saarc": ["South Asian Association for Regional Cooperation", "SAARC"],
        "hurriyat": ["All Parties Hurriyat Conference"],
        # New keys.
        "shaukat_aziz": ["Pakistan Premier Shaukat Aziz", "Shaukat Aziz", "Prime Minister Aziz", "Aziz"],
        "indian_foreign_ministry": ["Indian foreign ministry"],
    },
    meetings=[
        # "a meeting between Pakistan Premier Shaukat Aziz and Indian Foreign Minister Natwar Singh"
        # ("the talks had ended on Tuesday") -> held, 2004-11-23, Delhi (Aziz "arrived in Delhi
        # mid-afternoon" for this visit; see the notes).
        M(["shaukat_aziz", "k_natwar_singh"], "2004-11-23", "Delhi", IP, H,
          "India and Pakistan committed themselves to continue dialogue on Kashmir during a meeting between Pakistan Premier Shaukat Aziz and Indian Foreign Minister Natwar Singh described as \"very friendly\"."),
        # "Aziz is due to meet Prime Minister Manmohan Singh on Wednesday" -> planned, 2004-11-24;
        # place null (the sentence names none; see the notes).
        M(["shaukat_aziz", "manmohan_singh"], "2004-11-24", None, IP, P,
          "Aziz is due to meet Prime Minister Manmohan Singh on Wednesday and was scheduled to hold talks with leaders of Kashmir's main separatist alliance, the All Parties Hurriyat Conference, over dinner late Tuesday."),
        # Not rows: the dinner talks "with leaders of Kashmir's main separatist alliance, the All
        # Parties Hurriyat Conference" (unnamed leaders); "a verbal spat between the leadership of
        # the rival states" (no meeting); the composite dialogue rounds (officials, unnamed); "a
        # good start had been made in Islamabad" (the SAARC summit, a plenary). Not annotated: the
        # agency tag "(Agencies)" under the headline (inside the text, kept). Removed: at the start,
        # the site navigation "Home>News Center>World" and two blank/space lines; at the end, the
        # cut-off sentence "Aziz also met opposition leader Lal Krishan Advani on Tuesday and was
        # due to hold talks with former prime minister Atal Behari Vajpayee who started the curr"
        # (so the Advani and Vajpayee meetings are not rows; see the notes).
    ],
    roles=[("Pakistan Premier", "shaukat_aziz"), ("Indian Foreign Minister", "k_natwar_singh"),
           ("Indian foreign ministry spokesman", "navtej_sarna"),
           ("outgoing chairman of the regional South Asian Association for Regional Cooperation", "shaukat_aziz")],
)

_KA = ("Kissinger flew to Damascus yesterday, spent six hours in conference with Syrian President Hafez Assad last night and met with him again for three hours this morning, according to State Department spokesman Robert Anderson.")
A["dev_13906_kissinger_assad_damascus"] = dict(
    actors={
        "henry_kissinger": ["Secretary of State Henry A. Kissinger", "Henry A. Kissinger", "Dr. Kissinger", "Kissinger"],
        "hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad"],
        "robert_anderson_state_department": ["State Department spokesman Robert Anderson", "Robert Anderson", "Anderson"],
        "shimon_peres": ["Israeli Information Minister Shimon Peres", "Shimon Peres"],
        "united_nations": ["United Nations"],
        "us_state_department": ["State Department"],
        # New keys.
        "israeli_cabinet": ["The Israeli Cabinet"],
        "syrian_government": ["Syrian government"],
    },
    meetings=[
        # "spent six hours in conference with Syrian President Hafez Assad last night and met with
        # him again for three hours this morning" -> two sessions on two days (ANNOTATION.md: same
        # pair, same day and place = one row; here the days differ) -> held 1974-05-27 and held
        # 1974-05-28, Damascus.
        M(["henry_kissinger", "hafez_al_assad"], "1974-05-27", "Damascus", IP, H, _KA),
        M(["henry_kissinger", "hafez_al_assad"], "1974-05-28", "Damascus", IP, H, _KA),
        # "Further meetings were to be held in the Syrian capital before Kissinger returns to
        # Jerusalem tonight" -> planned, 1974-05-28, Damascus; Assad is not named in the sentence
        # (read from the context) -> not required (see the notes).
        M(["henry_kissinger", "hafez_al_assad"], "1974-05-28", "Damascus", IP, P,
          "Further meetings were to be held in the Syrian capital before Kissinger returns to Jerusalem tonight for a final round of talks with Israeli officials.", False),
        # Not rows: "a final round of talks with Israeli officials" (unnamed); "stop over in Cairo"
        # (no counterpart); "shuttled 12 times between Jerusalem and Damascus" (a count); "may
        # invite Israeli and Syrian representatives to Washington" (unnamed, possible); the Israeli
        # Cabinet's special session (a cabinet meeting); the Syrian statement (a statement). Not
        # annotated: "Israeli officials", "the Syrians" (unnamed). Kept as they stand: the date
        # line and the site line "See Original Daily Bulletin From This Date" under it, "Session".
        # Removed: at the start, the site line "Search JTA's historical archive dating back to
        # 1923"; at the end, the cut-off sentence "Israel’s acceptance of Kissinger’s compromise".
    ],
    roles=[("Secretary of State", "henry_kissinger"), ("Syrian President", "hafez_al_assad"),
           ("State Department spokesman", "robert_anderson_state_department"), ("the Secretary", "henry_kissinger"),
           ("Israeli Information Minister", "shimon_peres")],
)

A["test_13907_ohira_fraser_canberra"] = dict(
    actors={
        "masayoshi_ohira": ["Mr Masayoshi- Ohira", "Masayoshi- Ohira", "Mr Ohira", "Ohira"],
        "malcolm_fraser": ["Mr Fraser", "Fraser"],
        # New key.
        "australian_government": ["Australian Government"],
    },
    meetings=[
        # "Mr Ohira had discussions in Canberra with the Australian Prime Minister, Mr Fraser, and
        # other Ministers" (line break between "Australian" and "Prime Minister": a blank line, so
        # two spaces in the evidence) -> held, date null (the visit is 15-17 January; the
        # discussions are not given a day), Canberra.
        M(["masayoshi_ohira", "malcolm_fraser"], None, "Canberra", IP, H,
          "Mr Ohira had discussions in Canberra with the Australian  Prime Minister, Mr Fraser, and other Ministers."),
        # Not rows: "other Ministers" (unnamed); "The Prime Ministers expressed ... reviewed ...
        # deplored" (the same discussions); "consultations at the highest governmental level" (a
        # general intention); the visits to Melbourne and Sydney (no counterpart). Not annotated:
        # the USSR / Soviet Union, Afghanistan, Iran, Indochina (countries/places); the Basic
        # Treaty of Friendship and Co-operation and the United Nations Charter (treaties). Kept as
        # they stand: the OCR slips ("1 . ? ; . . .. .", "Masayoshi- Ohira, ...", "17 -",
        # "Australia and.", "international,", the garbled line "' j ·..· - y ■ ...", "Afghanistan,
        # ’", "threat or. use", "USSR*s", "country* s"), the blank lines between the lines. Removed:
        # nothing at the start; at the end, the cut-off sentence "It had established a dangerous
        # precede".
    ],
    roles=[("The Prime Minister of Japan", "masayoshi_ohira"), ("the Australian Prime Minister", "malcolm_fraser")],
)

A["dev_13908_mori_kim_dae_jung_seoul"] = dict(
    actors={
        "yoshiro_mori": ["Prime Minister Yoshiro Mori", "Yoshiro Mori", "Mori"],
        "kim_dae_jung": ["South Korean President Kim Dae Jung", "Kim Dae Jung", "Kim"],
        "kim_jong_il": ["North Korean leader Kim Jong Il", "Kim Jong Il"],
    },
    meetings=[
        # "Mori and ... Kim Dae Jung agreed Monday ..." / "in their talks at Seoul’s Blue House
        # presidential office" -> held, 2000-05-29, Seoul.
        M(["yoshiro_mori", "kim_dae_jung"], "2000-05-29", "Seoul", IP, H,
          "Visiting Prime Minister Yoshiro Mori and South Korean President Kim Dae Jung agreed Monday to cooperate over North Korea and to conclude negotiations on a bilateral investment treaty by the end of the year."),
        # "the first-ever summit between North and South Korea, scheduled for June 12-14 in
        # Pyongyang" (Kim "is willing to take up such issues with North Korea"; "convey that
        # message to North Korean leader Kim Jong Il") -> planned, date null (a range), Pyongyang;
        # the participants are read across sentences -> not required (see the notes).
        M(["kim_dae_jung", "kim_jong_il"], None, "Pyongyang", IP, P,
          "Another major topic covered in the talks was the first-ever summit between North and South Korea, scheduled for June 12-14 in Pyongyang.", False),
        # Not rows: "July’s Group of Eight summit in Okinawa" and "the Asia-Europe Meeting summit, to
        # be held in Seoul in October" (plenaries); the news conference (statements); "Japanese
        # officials said" (unnamed). Removed: at the start, the agency credit "• Kyodo"; at the
        # end, the cut-off fragment "For the".
    ],
    roles=[("Visiting Prime Minister", "yoshiro_mori"), ("South Korean President", "kim_dae_jung"),
           ("The prime minister", "yoshiro_mori"), ("the president", "kim_dae_jung"),
           ("North Korean leader", "kim_jong_il")],
)

_DB = ("Sir Roger du Boulay was expected to visit Lagos last Wednesday to meet Nigeria's Foreign Minister Dr Ibrahim Gambari and possible pay a courtesy call on Head of the Federal Military Government, Maj-Gen. Buhari.")
A["dev_13909_du_boulay_gambari_lagos"] = dict(
    actors={
        "geoffrey_howe": ["Sir Geoffrey Howe"],
        "ibrahim_gambari": ["Dr Ibrahim Gambari"],
        "muhammadu_buhari": ["Maj-Gen. Buhari"],
        # New keys.
        "roger_du_boulay": ["Sir Roger du Boulay"],
        "umaru_dikko": ["Alhaji Umaru Dikko", "Dikko"],
        "haldu_hananiya": ["Maj-Gen. Hananiya"],
        "bernard_banfa": ["Group Captain Bernard Banfa", "Group Captain Banfa", "Banfa"],
        "nigeria_airways": ["Nigeria Airways"],
        "scotland_yard": ["Scotland Yard"],
    },
    meetings=[
        # "du Boulay was expected to visit Lagos last Wednesday to meet ... Gambari" -> planned (the
        # magazine does not say the visit took place), 1984-09-12, Lagos.
        M(["roger_du_boulay", "ibrahim_gambari"], "1984-09-12", "Lagos", IP, P, _DB),
        # "and possible pay a courtesy call on ... Buhari" -> planned, 1984-09-12, Lagos; only
        # "possible" -> not required (see the notes).
        M(["roger_du_boulay", "muhammadu_buhari"], "1984-09-12", "Lagos", IP, P, _DB, False),
        # Not rows: Howe "has recalled from retirement a former envoy" (an appointment); Hananiya
        # "had to fly home to consult with this government" (no named counterpart); the demand
        # that the British High Commissioner be recalled (unnamed). Not annotated: "the British
        # press", "the Daily Times"-free remainder ("first newspaper reports", unnamed); Britain,
        # Nigeria, London, Lagos (places); the British High Commissioner in Lagos (unnamed).
        # Kept as they stand: "possible pay", "Lagos..", the section lines "People, Places and
        # Events", "NIGERIA" and the item headings. Removed: at the start, the site lines "Talking
        # Drums" and "The West African News Magazine"; at the end, the cut-off sentence "The Daily
        # Times for example, recorded Group Captain Banfa at three functions in one day first
        # behind his desk at the Airways House, then seeing off the Head of State Gen. Muhammadu
        # Buhari, and then at a press conference to "lash out at the British Government for saying
        # that he had escaped to Nigeria i".
    ],
    roles=[("Britain's Foreign Secretary", "geoffrey_howe"), ("a former envoy to Nigeria", "roger_du_boulay"),
           ("his personal envoy", "roger_du_boulay"), ("Nigeria's Foreign Minister", "ibrahim_gambari"),
           ("Head of the Federal Military Government", "muhammadu_buhari"),
           ("the former Transport Minister", "umaru_dikko"),
           ("Nigeria's High Commissioner in London", "haldu_hananiya"),
           ("the Managing Director of Nigeria Airways", "bernard_banfa")],
)

A["dev_13910_lavrov_lukashenko_minsk"] = dict(
    actors={
        "sergey_lavrov": ["Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "Lavrov"],
        "alexander_lukashenko": ["Belarusian President Alexander Lukashenko", "Alexander Lukashenko", "Lukashenko"],
        # New keys.
        "vladimir_makei": ["Belarusian Foreign Minister Vladimir Makei", "Vladimir Makei"],
        "belarusian_foreign_ministry": ["Belarusian Foreign Ministry"],
    },
    meetings=[
        # "Lavrov and ... Lukashenko have started their talks in Minsk" ("The talks are held in the
        # Independence Palace") -> held, 2020-11-26, Minsk.
        M(["sergey_lavrov", "alexander_lukashenko"], "2020-11-26", "Minsk", IP, H,
          "MINSK (UrduPoint News / Sputnik - 26th November, 2020) Russian Foreign Minister Sergey Lavrov and Belarusian President Alexander Lukashenko have started their talks in Minsk."),
        # "immediately after tete-a-tete talks with Belarusian Foreign Minister Vladimir Makei" ->
        # held, 2020-11-26 (immediately before the talks of that day), Minsk (the dateline's place).
        M(["sergey_lavrov", "vladimir_makei"], "2020-11-26", "Minsk", IP, H,
          "The Russian minister arrived in Lukashenko's residency immediately after tete-a-tete talks with Belarusian Foreign Minister Vladimir Makei."),
        # Not rows: "a joint meeting of Russian and Belarusian foreign ministries' board" (a joint
        # session of two collegiums, no named pair). Not annotated: the agency credits "UrduPoint
        # News / Sputnik" in the dateline; the Independence Palace (a building). Removed: at the
        # start, the search tool's date prefix (" date 2020-11 "); at the end, nothing.
    ],
    roles=[("Russian Foreign Minister", "sergey_lavrov"), ("Belarusian President", "alexander_lukashenko"),
           ("The Russian minister", "sergey_lavrov"), ("Belarusian Foreign Minister", "vladimir_makei")],
)

A["test_13911_pm_costa_downing_street"] = dict(
    actors={
        "antonio_costa": ["Prime Minister António Costa", "António Costa", "Prime Minister Costa", "Costa"],
        "nato": ["NATO"],
        "vladimir_putin": ["Putin"],
    },
    meetings=[
        # "The Prime Minister welcomed Prime Minister António Costa of Portugal to Downing Street
        # today" -> the UK Prime Minister is never named ("The Prime Minister", role only) -> a
        # one-party row (Costa), held, 2022-06-13, London (Downing Street -> London, as White House
        # -> Washington).
        M(["antonio_costa"], "2022-06-13", "London", IP, H,
          "The Prime Minister welcomed Prime Minister António Costa of Portugal to Downing Street today ahead of the NATO leaders summit later this month."),
        # Not rows: "the NATO leaders summit later this month" (a plenary); "Putin’s actions"
        # (no meeting); the Joint Declaration (a document). Not annotated: "The Prime Minister"
        # (never named: no actor to point to); Ukraine, Russia, Finland, Sweden, the UK, Portugal
        # (countries). Removed: nothing (the excerpt is stored whole).
    ],
    roles=[("the Portuguese leader", "antonio_costa")],
)

A["dev_13912_heath_pompidou_chequers"] = dict(
    actors={
        "edward_heath": ["Mr. Edward Heath"],
        "georges_pompidou": ["President Pompidou", "M. Pompidou", "Pompidou"],
        "european_community": ["E.E.C.", "Community"],
        # New keys.
        "john_gilbert": ["Dr. Gilbert"],
        "cranley_onslow": ["Mr. Onslow"],
        "norman_st_john_stevas": ["Mr. St. John-Stevas"],
        "french_government": ["French Government"],
    },
    meetings=[
        # "President Pompidou paid an informal visit to Chequers on 18th and 19th March" ("We
        # discussed a wide range of subjects", the questions on "his recent talks with M.
        # Pompidou" / "his recent meeting with President Pompidou": the same) -> held, date null
        # (a two-day range), Chequers.
        M(["edward_heath", "georges_pompidou"], None, "Chequers", IP, H,
          "President Pompidou paid an informal visit to Chequers on 18th and 19th March."),
        # Not rows: the Members' questions and supplementaries (statements in the House); "M.
        # Pompidou is having a referendum" (no meeting); "my right hon. Friend assured M.
        # Pompidou" (the same Chequers talks). Not annotated: "Mr. Speaker" (unnamed), "the
        # Opposition" (unnamed benches), "his right hon. and learned Friend" (unnamed). Kept as
        # they stand: the Hansard header "HC Deb 21 March 1972 vol 833 cc1335-7", "correct, It".
        # Removed: nothing at the start; at the end, the cut-off speaker line "Mr. St. John".
    ],
    roles=[("The Prime Minister", "edward_heath"), ("the Prime Minister", "edward_heath")],
)
