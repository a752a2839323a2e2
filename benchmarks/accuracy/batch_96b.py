"""Accuracy corpus, batch 96b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 96a), from the 1950s to the 2010s (1950s:
two (1958, 1958), 1960s: one (1962), 1970s: three (1970, 1972, 1974), 1990s: one (1990), 2000s:
one (2000), 2010s: four (2014, 2014, 2016, 2018); seven of the twelve from before 2000), over the
regions (Eastern Europe/Russia: two; Africa, North America, Oceania, Middle East, East Asia,
Western Europe, Central Asia/Caucasus, Southeast Asia, South Asia, Latin America: one each; all
eleven regions covered).
Outlets/sites: a US embassy cable on WikiLeaks PlusD (Dar es Salaam 1974), the Russian embassy in
the USA (press release of the Russian MFA, 2016), TIME (1958, a mirror of the TIME archive at
487790.bceovw70.asia), the Press (Christchurch) on Papers Past (1958, 1962, 1972), the JTA archive
(1970, 2014), RFE/RL (Kazakh Report, 2000), Malay Mail (2018), the NewsNation247 blog (2014, a
reprint of a Times of India report) and the Orlando Sentinel archive (1990).
Text kinds: one diplomatic cable (19101), one ministry press release (19102), one newsmagazine
story (19103), three newspaper agency items (19104, 19107, 19108), two news-agency bulletins
(19105, 19106), one radio-service daily report (19109), one news story (19110), one news story
reprinted on a blog (19111) and one newspaper story (19112). All twelve texts are in English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_96a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_96b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-95b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_191NN_<slug>` / `test_191NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The cable's date-time group "P R 241225Z OCT 74" = 1974-10-24 (a Thursday, checked); the
    # meeting "WEDNESDAY, OCTOBER 23" = 1974-10-23 (a Wednesday, checked).
    ("dev_19101_nyerere_easum_lusaka", "Africa", "1970s", "US Embassy Dar es Salaam cable 1974DARES03548 (WikiLeaks PlusD)", "https://search.wikileaks.org/plusd/cables/1974DARES03548.html", "1974-10-24"),
    # The release's date line "August 16, 2016" (a Tuesday, checked).
    ("dev_19102_lavrov_kerry_phone", "Eastern Europe/Russia", "2010s", "Embassy of Russia in the USA (russianembassy.org; MFA press release)", "http://www.russianembassy.org/article/press-release-on-foreign-minister-sergey-lavrov%E2%80%99s-telephone-conversation-with-us-secretar-41", "2016-08-16"),
    # The issue line "Monday, Jul. 21, 1958" (a Monday, checked).
    ("test_19103_eisenhower_diefenbaker_visit", "North America", "1950s", "TIME (archive mirror, 487790.bceovw70.asia)", "http://487790.bceovw70.asia/txt/time/Time1958/1958-07-21/868654.html", "1958-07-21"),
    # The Papers Past id CHP19581210 = the Press of 1958-12-10 (a Wednesday, checked); dateline
    # "WELLINGTON. December 9.": "tomorrow" = 1958-12-10 (the headline's "Talks Today").
    ("dev_19104_diefenbaker_nash_wellington", "Oceania", "1950s", "The Press, Christchurch (Papers Past, NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19581210.2.125", "1958-12-10"),
    # The bulletin's date line "June 30, 1970" and the URL date 1970/06/30 (a Tuesday, checked):
    # "this morning"/"today" = 1970-06-30, "tomorrow afternoon" = 1970-07-01.
    ("dev_19105_nasser_kosygin_moscow", "Eastern Europe/Russia", "1970s", "Jewish Telegraphic Agency archive (jta.org)", "http://www.jta.org/1970/06/30/archive/nasser-kremlin-leaders-to-discuss-u-s-peace-proposals-more-soviet-aid-to-egypt", "1970-06-30"),
    # The URL date 2014/01/16 (a Thursday, checked): "Thursday's meeting" = 2014-01-16.
    ("dev_19106_netanyahu_abdullah_amman", "Middle East", "2010s", "Jewish Telegraphic Agency (jta.org)", "http://www.jta.org/2014/01/16/israel/netanyahu-discusses-peace-process-with-king-abdullah-in-amman-visit", "2014-01-16"),
    # The Papers Past id CHP19720928 = the Press of 1972-09-28 (a Thursday, checked); dateline
    # "PEKING, September 27."
    ("test_19107_tanaka_chou_peking", "East Asia", "1970s", "The Press, Christchurch (Papers Past, NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19720928.2.139", "1972-09-28"),
    # The Papers Past id CHP19620421 = the Press of 1962-04-21 (a Saturday, checked; the page's
    # "Press, Volume CI, Issue 29803, 21 April 1962"); dateline "LONDON, April 19".
    ("dev_19108_macmillan_kennedy_planned", "Western Europe", "1960s", "The Press, Christchurch (Papers Past, NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19620421.2.108", "1962-04-21"),
    # The report's lines "Kazakh Report: July 7, 2000" / "7 July 2000" (a Friday, checked).
    ("dev_19109_nazarbayev_luzhkov_astana", "Central Asia/Caucasus", "2000s", "RFE/RL (rferl.org; Kazakh Report)", "https://www.rferl.org/a/1343465.html", "2000-07-07"),
    # The dateline "JAKARTA, June 30" and the search tool's date 2018-06-30 (a Saturday,
    # checked): "yesterday" = 2018-06-29 (the caption's "June 29, 2018"), "on Thursday" =
    # 2018-06-28 (a Thursday, checked).
    ("dev_19110_mahathir_jokowi_bogor", "Southeast Asia", "2010s", "Malay Mail (malaymail.com)", "https://www.malaymail.com/s/1647268/jokowi-impressed-with-dr-m-in-drivers-seat", "2018-06-30"),
    # The post's date "Tuesday, 27 May 2014" (a Tuesday, checked): "on Tuesday" = 2014-05-27.
    ("test_19111_sharif_vajpayee_delhi", "South Asia", "2010s", "NewsNation247 blog (newsnation247.blogspot.com; reprint of The Times of India)", "https://newsnation247.blogspot.com/2014/05/spirit-of-lahore-in-air-as-sharif-meets.html", "2014-05-27"),
    # The date line "November 25, 1990" and the URL date 1990-11-25 (a Sunday, checked): "on
    # Monday" = 1990-11-26 (a Monday, checked).
    ("dev_19112_bush_salinas_monterrey", "Latin America", "1990s", "Orlando Sentinel archive (orlandosentinel.com)", "http://articles.orlandosentinel.com/1990-11-25/news/9011250276_1_president-carlos-salinas-mexico-continues-free-trade", "1990-11-25"),
]

A = {}

A["dev_19101_nyerere_easum_lusaka"] = dict(
    actors={
        "julius_nyerere": ["NYERERE", "PRESIDENT NYERERE"],
        "donald_easum": ["EASUM", "ASST SECTY EASUM", "MR. EASUM"],
        "o_n_katikaza": ["O.N. KATIKAZA"],
        "henry_kissinger": ["KISSINGER", "SECRETARY KISSINGER"],
        "united_nations": ["UNITED NATIONS", "UN"],
        "tanzanian_foreign_ministry": ["TANGOV FOREIGN MINISTRY"],
        # The reporting ambassador ("ME") and the Guinea-Bissau foreign minister are unnamed;
        # routing lines (AMEMBASSY ..., SECSTATE WASHDC) are not annotated.
    },
    meetings=[
        # Nyerere received Easum (and the unnamed ambassador) on Wednesday, October 23, in his
        # villa in Mulungushi Village; the subject line gives Lusaka -> held, 1974-10-23,
        # `Lusaka`. Katikaza and the note-taker "WERE ALSO PRESENT" (not participants).
        M(["julius_nyerere", "donald_easum"], "1974-10-23", "Lusaka", IP, H,
          "2. PRESIDENT NYERERE RECEIVED ASST SECTY EASUM AND ME FOR WIDE-RANGING DISCUSSIONS THE AFTERNOON OF WEDNESDAY, OCTOBER 23, IN NYERERE'S VILLA IN MULUNGUSHI VILLAGE."),
        # Not rows: the summary sentence (the same meeting); Kissinger's luncheon for African
        # representatives at the UN (multilateral, the foreign minister unnamed). Removed: at
        # the end the cut-off paragraph "5. EASUM DESCRIBED AT SOME LENGTH ... ARMS EMBA".
    ],
    roles=[("ASST SECTY", "donald_easum"),
           ("TANZANIAN HIGH COMMISSIONER", "o_n_katikaza"),
           ("SECRETARY", "henry_kissinger")],
)

A["dev_19102_lavrov_kerry_phone"] = dict(
    actors={
        "sergey_lavrov": ["Sergey Lavrov"],
        "john_kerry": ["John Kerry", "Mr Kerry"],
    },
    meetings=[
        # The call on August 16 -> held, 2016-08-16, no place, phone.
        M(["sergey_lavrov", "john_kerry"], "2016-08-16", None, PH, H,
          "On August 16, Foreign Minister Sergey Lavrov spoke over the phone with US Secretary of State John Kerry at the latter’s initiative."),
        # Kerry's visit to Moscow on July 15 (agreements reached; the Russian counterpart not
        # named) -> held, 2016-07-15, `Moscow`, one named party, **required false** (a side
        # remark).
        M(["john_kerry"], "2016-07-15", "Moscow", IP, H,
          "They discussed in detail preparations for implementing the agreements reached during Mr Kerry’s visit to Moscow on July 15 on coordinating efforts to combat terrorist groups in Syria and to ensure the cessation of hostilities.", False),
    ],
    roles=[("Foreign Minister", "sergey_lavrov"),
           ("US Secretary of State", "john_kerry")],
)

A["test_19103_eisenhower_diefenbaker_visit"] = dict(
    actors={
        "dwight_eisenhower": ["Dwight Eisenhower", "President Eisenhower", "Eisenhower", "Ike"],
        "mamie_eisenhower": ["Mrs. Eisenhower"],
        "john_diefenbaker": ["Prime Minister John Diefenbaker", "John Diefenbaker", "Diefenbaker", "Dief"],
        "john_foster_dulles": ["Secretary of State Dulles", "Dulles"],
        "janet_dulles": ["Mrs. Dulles"],
        "sidney_smith": ["Sidney Smith"],
        "livingston_merchant": ["Livingston Merchant"],
        "norman_robertson": ["Norman Robertson"],
        "parliament_of_canada": ["Canadian Parliament"],
        "house_of_commons_of_canada": ["House of Commons"],
    },
    meetings=[
        # The talks in the study of the Prime Minister's residence on the visit "last week"
        # -> held, date null, place `Canada` (no city in the text; the visit is to Canada, the
        # Canadian Parliament, the Gatineau Hills of Quebec). Dulles, Smith, Merchant and
        # Robertson "Sitting in with their chiefs" are not participants (ANNOTATION.md).
        M(["dwight_eisenhower", "john_diefenbaker"], None, "Canada", IP, H,
          "In the pine-paneled study of the Prime Minister's residence, Ike and Dief settled themselves in chintz-covered chairs, and for an hour and 35 minutes went over the problems of trade, tariffs and joint defense that they had agreed to discuss."),
        # Not rows: "who had met briefly twice before" (a count); the office talks and the drive
        # through the Gatineau Hills (the same visit, same pair); the speech to Parliament
        # (a plenary). Removed: at the end the dangling list head "Items:" and "P:".
    ],
    roles=[("the President of the U.S.", "dwight_eisenhower"),
           ("the President", "dwight_eisenhower"),
           ("the Prime Minister", "john_diefenbaker"),
           ("External Affairs Chief", "sidney_smith"),
           ("U.S. Ambassador", "livingston_merchant"),
           ("Canada's Ambassador to Washington", "norman_robertson")],
)

A["dev_19104_diefenbaker_nash_wellington"] = dict(
    actors={
        "john_diefenbaker": ["Mr John G. Diefenbaker", "Mr Diefenbaker"],
        "walter_nash": ["Mr Nash"],
        # "(New Zealand Press Association)" is the agency credit (left out); the Conservative
        # and Labour Governments and "the Commonwealth" are not annotated as named actors.
    },
    meetings=[
        # The talks in Wellington "tomorrow morning and afternoon" (dateline December 9) ->
        # planned, 1958-12-10, `Wellington`.
        M(["john_diefenbaker", "walter_nash"], "1958-12-10", "Wellington", IP, P,
          "International affairs and trade, including butter marketing, will be considered in discussions between the Prime Minister of Canada (Mr John G. Diefenbaker) and the Prime Minister of New Zealand (Mr Nash) in Wellington tomorrow morning and afternoon."),
        # Not a row: "will have talks with Mr Nash and his colleagues both before and after a
        # State luncheon tomorrow" (the same talks). Removed: at the end the cut-off sentence
        # "Asked if there was anything ... M* Nash said he".
    ],
    roles=[("the Prime Minister of Canada", "john_diefenbaker"),
           ("the Prime Minister of New Zealand", "walter_nash")],
)

A["dev_19105_nasser_kosygin_moscow"] = dict(
    actors={
        "gamal_abdel_nasser": ["President Gamal Abdel Nasser", "Gamal Abdel Nasser", "President Nasser", "Col. Nasser", "Nasser"],
        "nikolai_podgorny": ["President Nikolai Podgorny", "Nikolai Podgorny"],
        "alexei_kosygin": ["Premier Aleksei N. Kosygin", "Aleksei N. Kosygin", "Premier Kosygin", "Kosygin"],
        "william_rogers": ["Secretary of State William P. Rogers", "William P. Rogers", "Rogers"],
        # "the Kremlin"/"Kremlin leaders" and "Soviet newspapers" are not annotated.
    },
    meetings=[
        # Welcomed on arrival in Moscow this morning by Podgorny and Kosygin -> held,
        # 1970-06-30, `Moscow`; one row per pair with the guest (the two hosts welcoming
        # together are not a pair row, see the notes).
        M(["gamal_abdel_nasser", "nikolai_podgorny"], "1970-06-30", "Moscow", IP, H,
          "President Gamal Abdel Nasser was warmly welcomed on his arrival in Moscow this morning by President Nikolai Podgorny and Premier Aleksei N. Kosygin."),
        M(["gamal_abdel_nasser", "alexei_kosygin"], "1970-06-30", "Moscow", IP, H,
          "President Gamal Abdel Nasser was warmly welcomed on his arrival in Moscow this morning by President Nikolai Podgorny and Premier Aleksei N. Kosygin."),
        # The first round of Nasser-Kosygin talks, due today, postponed "until tomorrow
        # afternoon" -> planned, 1970-07-01, `Moscow`.
        M(["gamal_abdel_nasser", "alexei_kosygin"], "1970-07-01", "Moscow", IP, P,
          "There was no explanation given for the postponement of the first round of talks between President Nasser and Premier Kosygin which were to have begun today."),
        # Nasser's secret visit to Moscow last January (counterparts unnamed) -> held, null,
        # `Moscow`, one named party, **required false** (a background mention).
        M(["gamal_abdel_nasser"], None, "Moscow", IP, H,
          "Col. Nasser’s secret visit to Moscow last January was followed by the shipment of Soviet anti-aircraft missiles, sophisticated radar, more jet.fighter-bombers and Russian pilots to Egypt.", False),
        # Not rows: "his talks with Kremlin leaders" (unnamed); Rogers' announcement (a
        # statement); Nasser's comment in Tripoli (a statement).
    ],
    roles=[("The Egyptian leader", "gamal_abdel_nasser")],
)

A["dev_19106_netanyahu_abdullah_amman"] = dict(
    actors={
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu"],
        "abdullah_ii": ["King Abdullah II", "Abdullah"],
        "mahmoud_abbas": ["Mahmoud Abbas"],
        "john_kerry": ["John Kerry"],
        "palestinian_authority": ["Palestinian Authority"],
        "prime_ministers_office_israel": ["Prime Minister’s Office"],
        # "(JTA)" in the dateline is the agency credit (left out).
    },
    meetings=[
        # Netanyahu's unannounced visit to Amman, "Thursday's meeting" -> held, 2014-01-16,
        # `Amman`.
        M(["benjamin_netanyahu", "abdullah_ii"], "2014-01-16", "Amman", IP, H,
          "JERUSALEM (JTA) — Israeli Prime Minister Benjamin Netanyahu made an unannounced visit to Amman to meet with King Abdullah II of Jordan."),
        # "a week after Abdullah met with ... Mahmoud Abbas" -> held, null (a week earlier is
        # not a pinned day), no place.
        M(["abdullah_ii", "mahmoud_abbas"], None, None, IP, H,
          "The meeting comes a week after Abdullah met with Palestinian Authority President Mahmoud Abbas, and days after a meeting between Abdullah and U.S. Secretary of State John Kerry."),
        # "days after a meeting between Abdullah and ... John Kerry" -> held, null, no place.
        M(["abdullah_ii", "john_kerry"], None, None, IP, H,
          "The meeting comes a week after Abdullah met with Palestinian Authority President Mahmoud Abbas, and days after a meeting between Abdullah and U.S. Secretary of State John Kerry."),
        # Not a row: "Netanyahu visited Jordan to meet with Abdullah three times last year" (a
        # count). Removed: the JTA donation footer.
    ],
    roles=[("Israeli Prime Minister", "benjamin_netanyahu"),
           ("Palestinian Authority President", "mahmoud_abbas"),
           ("U.S. Secretary of State", "john_kerry"),
           ("the U.S. secretary of state", "john_kerry")],
)

A["test_19107_tanaka_chou_peking"] = dict(
    actors={
        "kakuei_tanaka": ["Mr Kakuei Tanaka", "Kakuei Tanaka", "Mr Tanaka"],
        "zhou_enlai": ["Chou En-lai", "Chou"],
        "susumu_nikaido": ["Mr Susumu Nikaido", "Susumu Nikaido"],
        # "(N.Z. Press Association— Copyright)" is the agency credit (left out); the "Prime
        # Minister's press club" is not a named organisation.
    },
    meetings=[
        # The Tanaka-Chou summit talks in Peking (under way, "until they are concluded") ->
        # held, date null (no day for the talks in the text), `Peking`.
        M(["kakuei_tanaka", "zhou_enlai"], None, "Peking", IP, H,
          "The report could not be confirmed, since both Mr Tanaka and the Chinese Prime Minister (Chou En-lai) have agreed not to disclose anything of a substantive nature about their historic summit talks until they are concluded."),
        # Not rows: the first-day banquet (the same summit, same pair); Nikaido's daily
        # briefings to reporters (media); the communique "expected to be issued on Friday" (a
        # document). Removed: at the end the cut-off sentence "A Japanese spokesman on Tuesday
        # described the second summit ses".
    ],
    roles=[("the Japanese Prime Minister", "kakuei_tanaka"),
           ("the Chinese Prime Minister", "zhou_enlai"),
           ("the Chief Cabinet Secretary", "susumu_nikaido")],
)

A["dev_19108_macmillan_kennedy_planned"] = dict(
    actors={
        "harold_macmillan": ["Mr Macmillan", "MACMILLAN"],
        "john_f_kennedy": ["President Kennedy"],
        "hugh_gaitskell": ["Mr Gaitskell"],
        "nikita_khrushchev": ["Mr Khrushchev"],
        # "(N.Z.P.A.-Reuter—Copyright)" is the agency credit (left out).
    },
    meetings=[
        # Macmillan will see Kennedy "later this month" on his visit to the United States and
        # Canada from April 25 -> planned, null, place `United States` (headline "MACMILLAN FOR
        # U.S."; no city).
        M(["harold_macmillan", "john_f_kennedy"], None, "United States", IP, P,
          "Britain’s Prime Minister (Mr Macmillan* indicated today that he would raise the question of an East-West summit conference with President Kennedy when he sees him later this month."),
        # Not rows: Gaitskell's question in the Commons (a parliamentary question); "discuss
        # all this with President Kennedy and other Heads of States" (the same intended
        # meeting); an East-West summit (multilateral, not arranged). Removed: the Papers Past
        # permanent link, bibliographic and account lines.
    ],
    roles=[("Britain’s Prime Minister", "harold_macmillan"),
           ("The Leader of the Labour Opposition", "hugh_gaitskell"),
           ("the Soviet Prime Minister", "nikita_khrushchev")],
)

A["dev_19109_nazarbayev_luzhkov_astana"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbaev", "Nursultan Nazarbaev"],
        "viktor_chernomyrdin": ["Victor Chernomyrdin"],
        "yevgeny_primakov": ["Yevgenii Primakov"],
        "yuri_luzhkov": ["Yurii Luzhkov", "Luzhkov"],
        "nikita_mikhalkov": ["Nikita Mikhalkov"],
        "rfe_rl": ["RFE/RL"],
        "gennadii_tolmachev": ["Gennadii Tolmachev"],
        "sain_muratbekov": ["Sain Muratbekov"],
        "yanvarbek_tleulesov": ["Yanvarbek Tleulesov"],
        "dauir_publishing_house": ["Dauir publishing house"],
        "alexander_mashkevich": ["Alexander Mashkevich"],
        "eurasia_bank": ["Eurasia Bank"],
        "koda_news_agency": ["KODA News Agency"],
        "kazakh_academy_of_sciences": ["Kazakh Academy of Sciences"],
        "kazakh_state_womens_institute": ["Kazakh State Women's Institute", "ZhenPI"],
    },
    meetings=[
        # Luzhkov's tete-a-tete meeting with Nazarbaev on his visit to the birthday
        # celebrations in Astana "On 6 July" -> held, 2000-07-06, `Astana` (the day read from
        # the preceding sentence; see the notes).
        M(["yuri_luzhkov", "nursultan_nazarbayev"], "2000-07-06", "Astana", IP, H,
          "Luzhkov told journalists after his tete-a-tete meeting with Nazarbaev that the latter's birthday was an important event for both Russia and Kazakhstan."),
        # Not rows: Chernomyrdin, Primakov and Mikhalkov at the birthday celebrations (an
        # event, no meeting stated); the book presentation, exhibitions and horse races.
        # Removed: at the end the item "KAZAKH AND UZBEK FOREIGN MINISTERS MEET." whose only
        # sentence is cut off ("... met in Astana on 7 Ju").
    ],
    roles=[("Kazakhstan's President", "nursultan_nazarbayev"),
           ("Moscow Mayor", "yuri_luzhkov"),
           ("Eurasia Bank leader", "alexander_mashkevich")],
)

A["dev_19110_mahathir_jokowi_bogor"] = dict(
    actors={
        "mahathir_mohamad": ["Prime Minister Tun Dr Mahathir Mohamad", "Tun Dr Mahathir Mohamad", "Dr Mahathir", "Tun Mahathir"],
        "joko_widodo": ["President Joko Widodo", "Joko Widodo", "Jokowi"],
        "pakatan_harapan": ["Pakatan Harapan"],
        # "— Reuters pic" is a photo credit (left out); the Indonesian Cabinet ministers are
        # unnamed.
    },
    meetings=[
        # The "four-eyed meeting ... here yesterday" (the caption: at the presidential palace
        # in Bogor, June 29, 2018) -> held, 2018-06-29, `Bogor`.
        M(["mahathir_mohamad", "joko_widodo"], "2018-06-29", "Bogor", IP, H,
          "JAKARTA, June 30 ― After a four-eyed meeting with visiting Malaysian Prime Minister Tun Dr Mahathir Mohamad here yesterday, President Joko Widodo of Indonesia began the joint press conference with a reference to a Proton car test-drive in 2015."),
        # Flown into Jakarta on Thursday and personally welcomed by Jokowi -> held,
        # 2018-06-28, `Jakarta`.
        M(["mahathir_mohamad", "joko_widodo"], "2018-06-28", "Jakarta", IP, H,
          "Dr Mahathir had flown into Jakarta on Thursday and was personally welcomed by Jokowi."),
        # The 2015 test-drive at Sepang (Jokowi seated next to Mahathir) -> held, null,
        # `Sepang`, **required false** (a recalled anecdote).
        M(["mahathir_mohamad", "joko_widodo"], None, "Sepang", IP, H,
          "At the Presidential Palace in Bogor, he recalled that he was seated next to Dr Mahathir who drove the car at a speed of 180km per hour at the Sepang race circuit in Selangor.", False),
        # Not rows: the caption (the same June 29 meeting); the joint press conference (media);
        # the official welcome and "delegations meeting" at the palace (the same day's
        # meeting). Removed: the search tool's date prefix and at the end the cut-off fragment
        # "Dr Mahathir and his wife,".
    ],
    roles=[("visiting Malaysian Prime Minister", "mahathir_mohamad"),
           ("the Prime Minister of Malaysia", "mahathir_mohamad")],
)

A["test_19111_sharif_vajpayee_delhi"] = dict(
    actors={
        "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi"],
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee", "Vajpayee", "Atal"],
        "pervez_musharraf": ["Musharraf"],
        "times_of_india": ["TOI"],
        "bharatiya_janata_party": ["BJP"],
        "pakistan_high_commission_new_delhi": ["Pakistan high commission"],
    },
    meetings=[
        # Sharif met Modi (no day in the text; the dateline New Delhi) -> held, null,
        # `New Delhi`.
        M(["nawaz_sharif", "narendra_modi"], None, "New Delhi", IP, H,
          "NEW DELHI: When Pakistani premier Nawaz Sharif met Prime Minister Narendra Modi, he recalled his invitation to then PM, Atal Bihari Vajpayee, to Lahore in February 1999."),
        # Sharif met Vajpayee at his Krishna Menon Marg residence, "an actual meeting on
        # Tuesday" -> held, 2014-05-27, `New Delhi`.
        M(["nawaz_sharif", "atal_bihari_vajpayee"], "2014-05-27", "New Delhi", IP, H,
          "Pakistan high commission officials said that Sharif met Vajpayee for around 25-30 minutes at his Krishna Menon Marg residence."),
        # 1999: Sharif received Vajpayee at the Wagah border -> held, null, `Wagah`,
        # **required false** (background history).
        M(["nawaz_sharif", "atal_bihari_vajpayee"], None, "Wagah", IP, H,
          "Sharif came to the Wagah border to receive him.", False),
        # Not rows: "he followed it up with an actual meeting on Tuesday with Vajpayee", "TOI
        # had reported on Tuesday that Sharif was going to visit Vajpayee", "keen to meet
        # Vajpayee" (the same meeting); the invitation to Lahore (the 1999 visit is the Wagah
        # row); the doctors (unnamed). Removed: at the end the cut-off "No photograph".
    ],
    roles=[("Pakistani premier", "nawaz_sharif"),
           ("then PM", "atal_bihari_vajpayee"),
           ("the ailing leader", "atal_bihari_vajpayee")],
)

A["dev_19112_bush_salinas_monterrey"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "carlos_salinas_de_gortari": ["Mexican President Carlos Salinas de Gortari", "Carlos Salinas de Gortari", "Salinas"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # Bush meets Salinas on Monday in Monterrey -> planned, 1990-11-26, `Monterrey`.
        M(["george_h_w_bush", "carlos_salinas_de_gortari"], "1990-11-26", "Monterrey", IP, P,
          "President Bush meets with Mexican President Carlos Salinas de Gortari on Monday, intent on providing impetus for what both countries hope will be a new era of cross-border economic activity."),
        # The June meeting in Washington -> held, null (month only), `Washington`.
        M(["george_h_w_bush", "carlos_salinas_de_gortari"], None, "Washington", IP, H,
          "During a June meeting in Washington, Bush and Salinas said a free trade agreement would be a ''powerful engine for economic development, creating new jobs and opening new markets.''"),
        # Not rows: "the sixth meeting between Bush and Salinas in two years" (a count, the
        # same planned meeting); "Bush and Salinas will meet in the northern Mexican city of
        # Monterrey" and the visit to Salinas' ancestral home (the same visit). Removed: the
        # archive's "Orlando Sentinel Articles" and commercial-link note.
    ],
    roles=[("Mexican President", "carlos_salinas_de_gortari")],
)
