"""Accuracy corpus, batch 93a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 93b at the same time), over eleven regions
(Latin America: two; Middle East, Western Europe, Central Asia/Caucasus, South Asia, Southeast
Asia, Africa, Eastern Europe/Russia, East Asia, Oceania, North America: one each) and six
decades (1960s: three, 1970s: two, 1980s: one, 1990s: four, 2000s: one, 2010s: one; ten of the
twelve from before 2000).
Outlets/sites: the Jewish Telegraphic Agency archive (jta.org, 1967), the Office of the
Historian (history.state.gov; FRUS memorandum for the President's file, 1971), News.Az (2019),
Rediff (rediff.com, 2001), The Jakarta Post via jawawa.id (1995), a cable of the US Embassy
Lusaka (WikiLeaks PlusD, 1979), Radio Free Europe/Radio Liberty (rferl.org, 1997), the National
Security Archive (nsarchive.gwu.edu; OCR of a White House memorandum of conversation, 1991), PM
Transcripts (pmtranscripts.pmc.gov.au; press-conference transcript, 1989), the Clinton White
House archive (clintonwhitehouse6.archives.gov; background briefing, 1995), and the Wilson
Center Digital Archive (two Soviet ambassador's records of conversation, 1963; one through the
mirror wilson-center-digital-archive.dvincitest.com). All texts are in English.
Kinds: a wire/bulletin story, a FRUS memorandum, an online news story, a retrospective news
feature, a newspaper story, a US diplomatic cable, a radio-service news item, an OCR'd
memorandum of conversation, a press-conference transcript, a White House background briefing,
two translated Soviet diplomatic records.
The pages are new (grep of URL and slug/numeric id in `sources.csv`, `corpus/metadata.csv` and
the other batch files except 93b found nothing).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_93a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-92b): the articles are numbered 1..12 in the order they were first found (query order, then
rank within a query); positions 3, 7 and 11 are test, all others dev. Ids: `dev_184NN_<slug>` /
`test_184NN_<slug>`, NN = position.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos, OCR errors and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # "1967/11/07" in the address (a Tuesday); the excerpt has no date line.
    ("dev_18401_hussein_rusk_luncheon", "Middle East", "1960s", "Jewish Telegraphic Agency (JTA archive)", "http://www.jta.org/1967/11/07/archive/hussein-rules-out-direct-talks-with-israel-now-after-meeting-rusk", "1967-11-07"),
    # The memorandum is undated in the excerpt; its subject line dates the meeting "Tuesday,
    # December 28, 1971": 'published' = the date of the meeting it records (doubtful, as 92a's
    # documents).
    ("dev_18402_nixon_brandt_key_biscayne", "Western Europe", "1970s", "Office of the Historian, US Department of State (history.state.gov; FRUS 1969-76 vol. XL, memorandum for the President's file)", "https://history.state.gov/historicaldocuments/frus1969-76v40/d335", "1971-12-28"),
    # The tool's " date 2019-03-07" prefix (removed from the text); "on Thursday" = 2019-03-07
    # (a Thursday).
    ("test_18403_mammadyarov_bocharnikov_meeting", "Central Asia/Caucasus", "2010s", "News.Az (news.az)", "https://news.az/news/azerbaijani-fm-meets-russian-ambassador", "2019-03-07"),
    # "July 13, 2001 / 1145 IST" at the head (a Friday).
    ("dev_18404_simla_summit_recalled", "South Asia", "2000s", "Rediff (rediff.com)", "http://in.rediff.com/news/2001/jul/13inpak2.htm", "2001-07-13"),
    # "Mon, 18 Sep 1995" at the head.
    ("dev_18405_soeharto_keating_bali", "Southeast Asia", "1990s", "The Jakarta Post (via jawawa.id)", "https://jawawa.id/newsitem/new-envoy-not-likely-for-a-while-1447893297", "1995-09-18"),
    # Date-time group "O 081215Z NOV 79" -> 1979-11-08 (a Thursday); "1979" in the address.
    ("dev_18406_kaunda_london_cable", "Africa", "1970s", "US Embassy Lusaka cable 4020 (WikiLeaks PlusD, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1979LUSAKA04020_e.html", "1979-11-08"),
    # Dateline "Moscow, 6 August 1997 (RFE/RL)" (a Wednesday).
    ("test_18407_yeltsin_vyakhirev_kremlin", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1086182.html", "1997-08-06"),
    # "DATE TIME AND PLACE July 2 1991" (a Tuesday): the memorandum itself is undated in the
    # OCR; 'published' = the date of the meeting it records (doubtful, as 18402).
    ("dev_18408_bush_roh_memcon", "East Asia", "1990s", "National Security Archive (nsarchive.gwu.edu; OCR of a White House memorandum of conversation)", "https://nsarchive.gwu.edu./media/23925/ocr", "1991-07-02"),
    # "Release Date: 23/06/1989" (a Friday) and the title's "LONDON, 23 JUNE 1989". Region:
    # the Australian Prime Minister's talks abroad, an Australian source -> Oceania (as
    # "Australia-US (Australian outlets) as Oceania" in ANNOTATION.md; doubtful).
    ("dev_18409_hawke_thatcher_london", "Oceania", "1980s", "PM Transcripts, Department of the Prime Minister and Cabinet (pmtranscripts.pmc.gov.au; press-conference transcript)", "http://pmtranscripts.pmc.gov.au/release/transcript-7657", "1989-06-23"),
    # "For Immediate Release February 24, 1995" (a Friday). US-Canada talks in Ottawa -> North
    # America.
    ("dev_18410_clinton_chretien_briefing", "North America", "1990s", "The White House, Office of the Press Secretary (Clinton White House archive; background briefing)", "https://clintonwhitehouse6.archives.gov/1995/02/1995-02-24-background-briefing-on-president-trip-to-canada.html", "1995-02-24"),
    # "April 5, 1963" / "5 April 1963" at the head (a Friday): the date of the record (the
    # archive's online edition is later; as 92a's documents). Region: Castro -> Latin America.
    ("test_18411_alekseyev_castro_car", "Latin America", "1960s", "Wilson Center Digital Archive (mirror wilson-center-digital-archive.dvincitest.com; Soviet ambassador's record of conversation, translation)", "https://wilson-center-digital-archive.dvincitest.com/document/journal-ai-alekseyev-record-conversation-fidel-castro-ruz-prime-minister-republic-cuba-7", "1963-04-05"),
    # "March 23, 1963" / "23 March 1963" at the head (a Saturday), as 18411.
    ("dev_18412_alekseyev_castro_apartment", "Latin America", "1960s", "Wilson Center Digital Archive (digitalarchive.wilsoncenter.org; Soviet ambassador's record of conversation, translation)", "https://digitalarchive.wilsoncenter.org/document/journal-ai-alekseyev-record-conversation-fidel-castro-ruz-prime-minister-republic-cuba-20", "1963-03-23"),
]

A = {}

A["dev_18401_hussein_rusk_luncheon"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "dean_rusk": ["Dean Rusk", "Mr. Rusk"],
        "gamal_abdel_nasser": ["Nasser"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "today" not resolved: the JTA bulletin may be dated the day after the dispatch (as in
        # earlier JTA items, e.g. batch 21a) -> date null. Place not stated (Washington implied
        # by "Secretary of State", not written) -> null.
        M(["hussein_bin_talal", "dean_rusk"], None, None, IP, H,
          "King Hussein of Jordan today indicated to newsmen, following a lengthy luncheon meeting with Secretary of State Dean Rusk, that Israeli Troops must be withdrawn before intermediaries could discuss an Arab-Israel settlement."),
        # Not rows: "negotiations jointly for himself and the Nasser regime" (a possible
        # negotiation on behalf of Egypt, no meeting with Nasser); "in 'extremely close touch'"
        # (no specific contact); the Khartoum Arab Summit (multilateral). Removed: "Menu JTA
        # Search", a repeated title, "Download PDF for this date" and, at the end, the cut-off
        # word "Hussein".
    ],
    roles=[("Secretary of State", "dean_rusk"),
           ("The King", "hussein_bin_talal")],
)

A["dev_18402_nixon_brandt_key_biscayne"] = dict(
    actors={
        "richard_nixon": ["President Nixon", "Nixon"],
        "willy_brandt": ["Chancellor Brandt", "Brandt"],
        "alexander_haig": ["Haig", "General Haig"],
        # Only the surname is given (the German ambassador Ulrich Sahm): key from the surname.
        "sahm": ["Mr. Sahm"],
    },
    meetings=[
        # Subject line "Tuesday, December 28, 1971 at 1:30 p.m., The President's Residence, Key
        # Biscayne, Florida". Sahm and Haig are attending members (no pair rows, as 92a's
        # delegations).
        M(["richard_nixon", "willy_brandt"], "1971-12-28", "Key Biscayne", IP, H,
          "President Nixon welcomed Chancellor Brandt and informed him that he had looked forward to their meeting in this particular setting which would provide for the kind of informality that would generate the most frank and free exchanges between the two leaders."),
        # Their "previous meeting" (not dated or placed in the text): a specific earlier meeting
        # recalled in passing -> required false.
        M(["richard_nixon", "willy_brandt"], None, None, IP, H,
          "The President recalled that he had at the previous meeting3 told Chancellor Brandt at the time of that meeting that the moment was not propitious for such a meeting with the Soviet leadership, but events over the past year had now crystalized in a way which offered some promise for a constructive meeting in Moscow.", False),
        # The Moscow summit scheduled for May with the (unnamed) Soviet leadership: one named
        # party, planned -> required false. The "summit in Peking" (also unnamed counterparts,
        # future at the time) is left out as a reference within the same passage.
        M(["richard_nixon"], None, "Moscow", IP, P,
          "President Nixon stated that he would like to discuss first the Soviet summit meeting scheduled for May.", False),
        # Removed: at the end, the cut-off sentence "The issue of MBFR was a topic which could".
        # Kept as found: the footnote numbers glued to words ("(Haig)1", "Florida2",
        # "meeting3") and the page marker "[Page 941]".
    ],
    roles=[("The President", "richard_nixon"),
           ("the President’s Deputy Assistant for National Security Affairs", "alexander_haig")],
)

A["test_18403_mammadyarov_bocharnikov_meeting"] = dict(
    actors={
        "elmar_mammadyarov": ["Elmar Mammadyarov", "Minister Mammadyarov", "Mammadyarov"],
        "mikhail_bocharnikov": ["Mikhail Bocharnikov", "Ambassador Bocharnikov", "Bocharnikov"],
        "azerbaijani_foreign_ministry": ["Azerbaijani Foreign Ministry"],
        "news_az": ["News.Az"],
        "cis_council_of_foreign_ministers": ["CIS Council of Foreign Ministers"],
        "osce_minsk_group": ["OSCE Minsk Group"],
        "lazarev_club": ["Lazarev Club"],
    },
    meetings=[
        # "on Thursday" = 2019-03-07 (the publication day, a Thursday). Place not written (the
        # ambassador "to the country") -> null.
        M(["elmar_mammadyarov", "mikhail_bocharnikov"], "2019-03-07", None, IP, H,
          "Azerbaijani Foreign Minister Elmar Mammadyarov on Thursday met with Russian Ambassador to the country Mikhail Bocharnikov."),
        # Not rows: the invitation to the CIS Council of Foreign Ministers in Moscow on April 5
        # (a multilateral meeting, and only an invitation); the "Lazarev Club" meeting (not
        # between named actors). Removed: the tool's prefix " date 2019-03-07 + ↺ − 16 px".
    ],
    roles=[("Azerbaijani Foreign Minister", "elmar_mammadyarov"),
           ("Russian Ambassador to the country", "mikhail_bocharnikov"),
           ("The Azerbaijani minister", "elmar_mammadyarov"),
           ("the Russian diplomat", "mikhail_bocharnikov")],
)

A["dev_18404_simla_summit_recalled"] = dict(
    actors={
        "pervez_musharraf": ["Pervez Musharraf"],
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee", "Vajpayee"],
        "zulfikar_ali_bhutto": ["Zulfikar Ali Bhutto", "Bhutto"],
        "indira_gandhi": ["Indira Gandhi"],
    },
    meetings=[
        # The Agra summit (July 2001, about to open on 13 July): planned; no day given ->
        # date null.
        M(["pervez_musharraf", "atal_bihari_vajpayee"], None, "Agra", IP, P,
          "As the world focuses on the Indo-Pak Summit at Agra, dramatic events that occurred during a similar summit 29 years ago in Shimla may have their own relevance for Pakistan President Pervez Musharraf and Prime Minister Atal Bihari Vajpayee."),
        # The 1972 Simla talks: five days -> date null; place as the text now spells it.
        M(["zulfikar_ali_bhutto", "indira_gandhi"], None, "Shimla", IP, H,
          "During the next five days, Bhutto was to hold discussions with his triumphant Indian counterpart Indira Gandhi."),
        # Vajpayee's plea to Indira Gandhi in Shimla (1972): an encounter implied, not stated
        # as a meeting -> required false (doubtful).
        M(["atal_bihari_vajpayee", "indira_gandhi"], None, "Shimla", IP, H,
          "During the 1972 summit, it was Vajpayee who rushed to Shimla and made a strong plea to Indira Gandhi to take a tough stand.", False),
        # Not rows: "a closed door meeting was held in the Jain Hall" (a party meeting, no
        # named counterpart); the press conference. Removed: the site's menus ("rediff.com",
        # "HOME | NEWS | INDO-PAK SUMMIT 2001 | REPORT", "NEWSLINKS" ... "Print this page"),
        # the time "1145 IST", and at the end the cut-off sentence "Those who had seen him
        # thund".
    ],
    roles=[("Pakistan President", "pervez_musharraf"),
           ("the leader of a vanquished Pakistan", "zulfikar_ali_bhutto"),
           ("his triumphant Indian counterpart", "indira_gandhi"),
           ("the then leader of the opposition", "atal_bihari_vajpayee"),
           ("the prime minister of India", "atal_bihari_vajpayee"),
           ("a Pakistani president", "pervez_musharraf")],
)

A["dev_18405_soeharto_keating_bali"] = dict(
    actors={
        "soeharto": ["President Soeharto", "Soeharto"],
        "paul_keating": ["Paul Keating", "Prime Minister Keating", "Keating"],
        "ali_alatas": ["Ali Alatas"],
        "moerdiono": ["Moerdiono"],
        "bintoro_tjokroamidjojo": ["Bintoro Tjokroamidjojo"],
        "hbl_mantiri": ["H.B.L. Mantiri", "Mantiri"],
        "apec": ["Asia-Pacific Economic Cooperation", "APEC"],
    },
    meetings=[
        # "yesterday" (Monday 18 September 1995) = 1995-09-17; dateline "UNGASAN, Bali" (the
        # Bali Cliff Resort) -> place "Ungasan" (the dateline locality; doubtful: "Bali").
        M(["soeharto", "paul_keating"], "1995-09-17", "Ungasan", IP, H,
          "UNGASAN, Bali (JP): Indonesia's President Soeharto and Australian Prime Minister Paul Keating concluded their meeting here yesterday with a mutual understanding that it will be some time before a new candidate is chosen to fill Indonesia's ambassadorial post in Australia."),
        # Keating "was met by" Soeharto's party on arrival: the officials are members of the
        # host side; pair rows with Keating kept as required false (doubtful).
        M(["paul_keating", "ali_alatas"], "1995-09-17", "Ungasan", IP, H,
          "When he arrived at the scenic site of the talks, held in one of the cliff-side bungalows, Keating was met by Soeharto, Foreign Minister Ali Alatas, Minister/State Secretary Moerdiono and the President's special representatives for the Asia-Pacific Economic Cooperation (APEC) forum, Bintoro Tjokroamidjojo.", False),
        M(["paul_keating", "moerdiono"], "1995-09-17", "Ungasan", IP, H,
          "When he arrived at the scenic site of the talks, held in one of the cliff-side bungalows, Keating was met by Soeharto, Foreign Minister Ali Alatas, Minister/State Secretary Moerdiono and the President's special representatives for the Asia-Pacific Economic Cooperation (APEC) forum, Bintoro Tjokroamidjojo.", False),
        M(["paul_keating", "bintoro_tjokroamidjojo"], "1995-09-17", "Ungasan", IP, H,
          "When he arrived at the scenic site of the talks, held in one of the cliff-side bungalows, Keating was met by Soeharto, Foreign Minister Ali Alatas, Minister/State Secretary Moerdiono and the President's special representatives for the Asia-Pacific Economic Cooperation (APEC) forum, Bintoro Tjokroamidjojo.", False),
        # Not rows: Moerdiono's briefing of journalists (no named counterpart). Removed: the
        # byline "By Meidyatama Suryadiningrat" and, at the end, the cut-off sentence "He
        # explained that suitable preparation was needed so the nomination would not be
        # burdened by complicatio".
    ],
    roles=[("Indonesia's President", "soeharto"),
           ("Australian Prime Minister", "paul_keating"),
           ("the President", "soeharto"),
           ("Foreign Minister", "ali_alatas"),
           ("Minister/State Secretary", "moerdiono")],
)

A["dev_18406_kaunda_london_cable"] = dict(
    actors={
        "kenneth_kaunda": ["KAUNDA"],
        "margaret_thatcher": ["MARGARET THATCHER"],
        # The cable's classifying/drafting officer in the E.O. line (a document, not a news
        # byline): annotated as an actor, as 92a's Todman (doubtful).
        "frank_wisner": ["WISNER, FRANK G."],
        "zapu": ["ZAPU"],
    },
    meetings=[
        # Kaunda's coming discussion with Thatcher in London (he "ARRIVES IN LONDON"): planned,
        # no day -> date null.
        M(["kenneth_kaunda", "margaret_thatcher"], None, "London", IP, P,
          "DURING HIS DISCUSSION WITH MARGARET THATCHER AND SENIOR BRITISH OFFICIALS, KAUNDA, AFTER STATING HIS PIECE, WILL BE INCLINED TO FIND A COMPROMISE FORMULA THAT WILL BREAK THE CURRENT DEADLOCK OVER THE BRITISH PROPOSALS FOR TRANSITION AND SET THE STAGE FOR SUCCESSFUL NEGOTIATION OVER THE CEASEFIRE."),
        # Not rows: the Lancaster House conference (multilateral); "HE AND HIS FRONT LINE
        # COLLEAGUES" (no meeting). Removed: at the end, the cut-off sentence "HE DOES NOT
        # EXPECT EVERYTHING WILL BE SOLVED ... KAUNDA DOES NOT, FOR EXAMPLE, ... BELIE" with the
        # declassification stamps ("Sheryl P. Walter Declassified/Released US Department of
        # State EO Systematic Review 20 Mar 2014", twice) inside it.
    ],
    roles=[],
)

A["test_18407_yeltsin_vyakhirev_kremlin"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "rem_vyakhirev": ["Rem Vyakhirev"],
        "gazprom": ["Gazprom"],
        "patriarch_alexy_ii": ["Patriarch Alexy II", "Patriarch Alexy"],
        "russian_orthodox_church": ["Orthodox Church"],
        "russian_duma": ["State Duma"],
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        # Dateline "Moscow, 6 August 1997": talks at the Kremlin that day. Vyakhirev is named
        # in the next sentence (the chairman of Gazprom; a state gas monopoly's head taken as
        # an actor, doubtful).
        M(["boris_yeltsin", "rem_vyakhirev"], "1997-08-06", "Moscow", IP, H,
          "Moscow, 6 August 1997 (RFE/RL) -- Russian President Boris Yeltsin is holding talks at the Kremlin with the chairman of Russia's gas monopoly, Gazprom."),
        # The joint attendance at a chapel consecration ("Earlier today"): a joint public
        # appearance rather than talks -> required false (doubtful).
        M(["boris_yeltsin", "patriarch_alexy_ii"], "1997-08-06", "Moscow", IP, H,
          "Earlier today, Yeltsin attended the consecration of a chapel on Moscow's Arbat Square with Patriarch Alexy II.", False),
        # Not rows: the promised conciliatory commission (a body to be set up). Removed:
        # "Accessibility links" and "Breaking News".
    ],
    roles=[("Russian President", "boris_yeltsin"),
           ("the chairman of Russia's gas monopoly, Gazprom", "rem_vyakhirev")],
)

A["dev_18408_bush_roh_memcon"] = dict(
    actors={
        "roh_tae_woo": ["Roh Tae Woo", "Roh Tae-Woo", "President Roh", "Roh"],
        "james_baker": ["James A Baker III"],
        "nicholas_brady": ["Nicholas F Brady"],
        "dick_cheney": ["Richard B Cheney"],
        "robert_mosbacher": ["Robert A Mosbacher"],
        "john_sununu": ["John H Sununu"],
        "brent_scowcroft": ["Brent Scowcroft"],
        "donald_gregg": ["Donald P Gregg"],
        "richard_solomon": ["Richard H Solomon"],
        "douglas_paal": ["Douglas H Paal"],
        "richard_christenson": ["Richard Christenson"],
        "lee_sang_ock": ["Lee Sang-Ock"],
        "lee_bong_suh": ["Lee Bong-Suh"],
        "hyun_hong_choo": ["Hyun Hong-Choo"],
        "chung_hae_chang": ["Chung Hae-Chang"],
        "kim_chong_in": ["Kim Chong-In"],
        "kim_chong_whi": ["Kim Chong-Whi"],
        "lee_soo_jung": ["Lee Soo-Jung"],
        "lee_jung_ha": ["Lee Jung-Ha"],
    },
    meetings=[
        # "DATE TIME AND PLACE July 2 1991 ... The Oval Office and Cabinet Room"; "THE WHITE
        # H ouscg WASHINGTON" -> Washington. The US President is never named (only "The
        # President") -> one named party (the guide's rule). The listed participants are the
        # two delegations (no pair rows, as 92a).
        M(["roh_tae_woo"], "1991-07-02", "Washington", IP, H,
          "The President met with President Roh in the Oval Office and in the Cabinet Room"),
        # Removed: the OCR noise before "THE WHITE H ouscg" ("1 11 iiJt H ' 11A727 - N- ...")
        # and, at the end, the cut-off sentence "The President We will discuss security things
        # here then go to t". The OCR has no sentence punctuation: the evidence is the clause
        # between the "U" paragraph marks.
    ],
    roles=[("President of the Republic of Korea", "roh_tae_woo"),
           ("Secretary of State", "james_baker"),
           ("Secretary of the Treasury", "nicholas_brady"),
           ("Secretary of Defense", "dick_cheney"),
           ("Secretary of Commerce", "robert_mosbacher"),
           ("U S Ambassador to Korea", "donald_gregg"),
           ("Minister of Foreign Affairs", "lee_sang_ock"),
           ("Ambassador of the Republic of Korea", "hyun_hong_choo")],
)

A["dev_18409_hawke_thatcher_london"] = dict(
    actors={
        "bob_hawke": ["Hawke, Robert", "Hawke, Robert James Lee", "Mr Hawke"],
        "margaret_thatcher": ["Mrs Thatcher"],
    },
    meetings=[
        # Hawke's "political discussions with Mrs Thatcher" during his London visit: not dated
        # (the transcript of 23 June does not say which day) -> null; London from the title.
        M(["bob_hawke", "margaret_thatcher"], None, "London", IP, H,
          "In the area of the political discussions with Mrs Thatcher we I think were able to get common ground of a number of issues while still maintaining areas where we are not at one."),
        # Not rows: moving "around yesterday amongst a lot of business leaders" (no named
        # counterpart; a conference). Removed: "PM Transcripts / Transcripts from the Prime
        # Ministers of Australia" and, at the end, the cut-off sentence "We are not at one on
        # the issue of the Antarctic ... change her mind in the ne". "PH:" (OCR of "PM:") is
        # not taken as an alias.
    ],
    roles=[],
)

A["dev_18410_clinton_chretien_briefing"] = dict(
    actors={
        "bill_clinton": ["President Clinton"],
        "jean_chretien": ["Prime Minister Chretien"],
        "franjo_tudjman": ["President Tudjman"],
        "unprofor": ["UNPROFOR"],
    },
    meetings=[
        # The Clinton-Chretien talks in Ottawa reviewed in the briefing of 24 February 1995:
        # the day of the talks is not written -> date null.
        M(["bill_clinton", "jean_chretien"], None, "Ottawa", IP, H,
          "SENIOR ADMINISTRATION OFFICIAL: Let me give you a quick review of a very wide-ranging discussion which took place over an hour, an hour and 20 minutes between the President and the Prime Minister and the senior people who were there."),
        # Not rows: the effort "to try to persuade President Tudjman" (no meeting stated); the
        # U.N. mission in Haiti. Removed: "View Header", the indentation of the header lines,
        # and at the end the cut-off sentence "They talked about the succession situation there
        # and the various".
    ],
    roles=[("the President", "bill_clinton"),
           ("the Prime Minister", "jean_chretien")],
)

A["test_18411_alekseyev_castro_car"] = dict(
    actors={
        # Only initials and surname are given ("A.I. Alekseyev"): key from the surname (as
        # 92a's nabwera).
        "alekseyev": ["A.I. Alekseyev", "A. I. ALEKSEYEV", "A. ALEKSEYEV", "Alekseyev"],
        "fidel_castro": ["Fidel Castro Ruz", "Fidel CASTRO RUZ", "F. Castro", "Fidel Castro", "Fidel", "Castro"],
        "nikita_khrushchev": ["N. S. Khrushchev", "Khrushchev"],
        "oro_national_leadership": ["ORO National Leadership"],
    },
    meetings=[
        # Record of 7 March 1963; the Soviet ambassador in Cuba -> place "Cuba" (no city
        # written; as 92a's "China").
        M(["alekseyev", "fidel_castro"], "1963-03-07", "Cuba", IP, H,
          "I met with F. Castro in order to pass him Cde. N. S. Khrushchev’s personal letter of 6 March."),
        # The further meeting they arranged: planned, no day, no place.
        M(["alekseyev", "fidel_castro"], None, None, IP, P,
          "We arranged to meet and talk another time."),
        # Not rows: Khrushchev's letter (a letter); Castro's planned visit to the Soviet Union
        # (a visit to a country, no named host in this text). Removed: the line "This document
        # was made possible with support from Blavatnik Family Foundation" and, after the
        # summary, the archive's boilerplate ("Author(s): Associated Places ... Original
        # Classification Top Secret").
    ],
    roles=[("Prime Minister of the Republic of Cuba", "fidel_castro"),
           ("USSR AMBASSADOR IN THE REPUBLIC OF CUBA", "alekseyev")],
)

A["dev_18412_alekseyev_castro_apartment"] = dict(
    actors={
        "alekseyev": ["A.I. Alekseyev", "Alekseyev"],
        "fidel_castro": ["Fidel Castro Ruz", "Fidel CASTRO RUZ", "Fidel Castro", "Fidel", "Castro"],
        "nikita_khrushchev": ["Khrushchev"],
        "john_f_kennedy": ["Kennedy"],
    },
    meetings=[
        # Record of 20 February 1963 (the heading); place "Cuba" as 18411.
        M(["alekseyev", "fidel_castro"], "1963-02-20", "Cuba", IP, H,
          "I met with Fidel Castro at the latter’s apartment."),
        # Not rows: "Letter from Khrushchev" (a letter); the relations with Brazil, Canada and
        # Mexico (between countries). Removed: "Skip to content", the line "This document was
        # made possible with support from Blavatnik Family Foundation" and, at the end, the
        # cut-off fragment "With resp".
    ],
    roles=[("Prime Minister of the Republic of Cuba", "fidel_castro")],
)
