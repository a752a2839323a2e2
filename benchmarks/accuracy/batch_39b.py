"""Accuracy corpus, batch 39b: 12 new articles about meetings between political actors, from the
1960s, 1970s, 1990s, 2010s and 2020s (1960s: one, 1970s: one, 1990s: two, 2010s: three, 2020s:
five; eight of the twelve from 2005-2025), over eleven regions (South Asia: two; Africa, Middle
East, Southeast Asia, East Asia, Central Asia/Caucasus, Oceania, Western Europe, Latin America,
Eastern Europe/Russia, North America: one each). Outlets/sites: KBC (Kenya Broadcasting
Corporation), the Tehran Times, the Hindustan Times, EIN Presswire (a Vietnamese government news
item; an Uzbek foreign ministry item), The Korea Herald (heraldk.com; a Yonhap story), the
Australian PM Transcripts archive (a statement in Parliament), The Diplomat in Spain, The American
Presidency Project (presidential remarks), the Embassy of Ukraine to the USA (a press release, via
brama.com), The Nation (Pakistan) and CNN. Collected with the `search` tool (corpus `pages`) and
annotated from the texts alone, BEFORE the package was run on them (the package has not been run
on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes:
batch_39b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-38b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared), after skipping pages already in the
corpus and stories already in it; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_77NN_<slug>` / `test_77NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date field 2023-08-13 (a Sunday; removed with the tool's date prefix):
    # "on Sunday" = 2023-08-13.
    ("dev_7701_ruto_museveni_entebbe", "Africa", "2020s", "KBC (kbc.co.ke, Kenya Broadcasting Corporation)", "https://www.kbc.co.ke/museveni-hosts-ruto-in-entebbe/", "2023-08-13"),
    # The search result's date field 2022-06-24 (a Friday; removed with the tool's date prefix):
    # "on Thursday afternoon" = 2022-06-23; "held on June 17" = 2022-06-17.
    ("dev_7702_amirabdollahian_busaidi_call", "Middle East", "2020s", "Tehran Times (tehrantimes.com)", "https://www.tehrantimes.com/news/474007/Iran-Oman-foreign-ministers-hold-phone-talks", "2022-06-24"),
    # The search result's date field 2023-02-13 (a Monday; removed with the tool's date prefix):
    # "on Monday" = 2023-02-13.
    ("test_7703_kwatra_kathmandu", "South Asia", "2020s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/india-news/on-visit-to-kathmandu-foreign-secy-vinay-kwatra-reviews-india-nepal-partnership-101676300119492.html", "2023-02-13"),
    # The search result's date field 2022-09-07 (a Wednesday; removed with the tool's date
    # prefix) and the kept line "VIETNAM, September 7 -": "on Tuesday" = 2022-09-06.
    ("dev_7704_chinh_khuong_sreng_hanoi", "Southeast Asia", "2020s", "EIN Presswire (einpresswire.com; a Vietnamese government news item)", "https://www.einpresswire.com/article/589742205/pm-receives-governor-of-phnom-penh-stressing-ties-with-cambodia", "2022-09-07"),
    # The URL's date 2015/12/28 (a Monday): "Monday" / "later Monday" = 2015-12-28; "last
    # month" -> no date.
    ("dev_7705_yun_kishida_seoul_planned", "East Asia", "2010s", "The Korea Herald (heraldk.com; Yonhap)", "https://heraldk.com/en/2015/12/28/korea-japan-fms-to-meet-over-sex-slave-issue", "2015-12-28"),
    # The search result's date field 2023-08-17 (removed with the tool's date prefix) and the
    # text's "On August 17, 2023".
    ("dev_7706_saidov_nurtleu_meeting", "Central Asia/Caucasus", "2020s", "EIN Presswire (einpresswire.com; an Uzbek foreign ministry item)", "https://www.einpresswire.com/article/650606173/bakhtiyor-saidov-met-the-minister-of-foreign-affairs-of-kazakhstan", "2023-08-17"),
    # The statement's own date "26TH SEPTEMBER, 1967" (also the removed "Release Date:
    # 26/09/1967"; the stamp "4 OCT 1967" is the archive's receipt stamp). "next week" -> no date.
    ("test_7707_holt_holyoake_canberra_planned", "Oceania", "1960s", "PM Transcripts (pmtranscripts.pmc.gov.au; a statement in the House of Representatives by the Prime Minister of Australia)", "https://pmtranscripts.pmc.gov.au/node/12382", "1967-09-26"),
    # The kept date line "The Diplomat. 25/07/2018" (also the URL's 2018/07/25; a Wednesday):
    # "yesterday" = 2018-07-24; "on Friday" = 2018-07-27; "on July 2" = 2018-07-02.
    ("dev_7708_borrell_santos_silva_madrid", "Western Europe", "2010s", "The Diplomat in Spain (thediplomatinspain.com)", "https://thediplomatinspain.com/2018/07/25/spain-and-portugal-commited-to-fine-tune-positions-on-ibero-america", "2018-07-25"),
    # The document's date line "September 29, 1979". "this last 2 days" -> no date (a range).
    ("dev_7709_carter_lopez_portillo_washington", "Latin America", "1970s", "The American Presidency Project (presidency.ucsb.edu; presidential remarks)", "https://www.presidency.ucsb.edu/documents/remarks-following-meeting-with-president-jose-lopez-portillo-mexico", "1979-09-29"),
    # The release's date line "15 December 1998" (also the document name 1215pre).
    ("dev_7710_kuchma_lukashenko_minsk", "Eastern Europe/Russia", "1990s", "Embassy of Ukraine to the United States (press release, via brama.com)", "http://www.brama.com/ukraine-embassy/1215pre.html", "1998-12-15"),
    # The search result's date field 2019-02-24 (removed with the tool's date prefix; also the
    # URL's 24-Feb-2019). No row, so no date to resolve.
    ("test_7711_qureshi_japan_cancelled", "South Asia", "2010s", "The Nation (nation.com.pk)", "https://nation.com.pk/24-Feb-2019/fm-qureshi-s-visit-to-japan-cancelled", "2019-02-24"),
    # The page's date line "November 13, 1995" (a Monday; also the URL's 9511/.../11-13):
    # "late Monday evening" = 1995-11-13.
    ("dev_7712_clinton_congress_leaders_budget", "North America", "1990s", "CNN (cnn.com)", "http://www.cnn.com/US/9511/debt_limit/11-13/pm/index.html", "1995-11-13"),
]

A = {}

A["dev_7701_ruto_museveni_entebbe"] = dict(
    actors={
        "william_ruto": ["President William Ruto", "William Ruto", "Ruto"],
        "yoweri_museveni": ["Yoweri Museveni", "Museveni"],
        "uhuru_kenyatta": ["former President Uhuru Kenyatta", "Uhuru Kenyatta", "Kenyatta"],
        "east_african_community": ["East Africa Community", "EAC"],
    },
    meetings=[
        # "President William Ruto on Sunday held talks with Ugandan president Yoweri Museveni at
        # State House in Entebbe" (the headline-less text's "His visit" and "The two discussed"
        # are the same) -> held, 2023-08-13, Entebbe.
        M(["william_ruto", "yoweri_museveni"], "2023-08-13", "Entebbe", IP, H,
          "President William Ruto on Sunday held talks with Ugandan president Yoweri Museveni at State House in Entebbe."),
        # "a week after former President Uhuru Kenyatta made a courtesy visit to Museveni"
        # ("Kenyatta's office stated that the two leaders discussed", "thanked Kenyatta for
        # visiting" are the same visit) -> held; date null ("a week after" a Sunday is not pinned
        # to a day with certainty); place null (the text does not say where Museveni received
        # him).
        M(["uhuru_kenyatta", "yoweri_museveni"], None, None, IP, H,
          "His visit comes a week after former President Uhuru Kenyatta made a courtesy visit to Museveni."),
        # Not rows: Kenyatta's mediator role for the EAC in the DRC peace process (an office, no
        # meeting); "Kenyatta's office" (unnamed). State House Entebbe is a building (not
        # annotated). Removed: the search tool's date prefix (" date 2023-08-13") at the start.
        # The excerpt ends with a complete sentence; nothing else removed.
    ],
    roles=[("Ugandan president", "yoweri_museveni"), ("former President", "uhuru_kenyatta")],
)

A["dev_7702_amirabdollahian_busaidi_call"] = dict(
    actors={
        "hossein_amirabdollahian": ["Iranian Foreign Minister Hossein Amir Abdollahian", "Hossein Amir Abdollahian", "Amir Abdollahian"],
        "badr_albusaidi": ["Hamad Al Busaidi", "Badr Al Busaidi"],
        "ebrahim_raisi": ["Iranian President Ebrahim Raisi", "Ebrahim Raisi", "President Raisi", "Raisi"],
        "iranian_foreign_ministry": ["Iranian foreign ministry"],
    },
    meetings=[
        # "Iranian Foreign Minister Hossein Amir Abdollahian and his Omani counterpart Hamad Al
        # Busaidi held phone talks on Thursday afternoon" ("In their conversation", "the second
        # telephone conversation" are the same) -> phone, held, 2022-06-23, place null. The
        # counterpart is written "Hamad Al Busaidi" here and "Badr Al Busaidi" below (the page's
        # slip, kept; one person: "his Omani counterpart" / "The Omani foreign minister").
        M(["hossein_amirabdollahian", "badr_albusaidi"], "2022-06-23", None, PH, H,
          "TEHRAN - Iranian Foreign Minister Hossein Amir Abdollahian and his Omani counterpart Hamad Al Busaidi held phone talks on Thursday afternoon over bilateral, regional and international issues, according to the Iranian foreign ministry."),
        # "In their previous conversation held on June 17, the two foreign ministers exchanged
        # views" -> a second call, phone (it is counted as a "telephone conversation" in the
        # sentence before), held, 2022-06-17, place null. The participants are given as "the two
        # foreign ministers", i.e. the two named above.
        M(["hossein_amirabdollahian", "badr_albusaidi"], "2022-06-17", None, PH, H,
          "In their previous conversation held on June 17, the two foreign ministers exchanged views over the most important bilateral issues as well as some matters of mutual interest at the regional and international levels, according to the Iranian foreign ministry."),
        # Not rows: "Iranian President Ebrahim Raisi's visit to Muscat" (a trip with no host
        # named; past, undated); "the talks intended to remove sanctions on Iran" (negotiations,
        # no named participants). Removed: the search tool's date prefix (" date 2022-06-24") at
        # the start; at the end, the last, cut-off paragraph ("In the call, Amir Abdollahian
        # referred to the visit ... a new turning point in ties between Tehran and"). The doubled
        # "The The" is kept.
    ],
    roles=[("his Omani counterpart", "badr_albusaidi"), ("The Iranian foreign minister", "hossein_amirabdollahian"),
           ("The Omani foreign minister", "badr_albusaidi")],
)

_KWATRA_ALSO = "Kwatra, who is on a two-day visit to Nepal at the invitation of Paudyal, also met President Bidya Devi Bhandari, Prime Minister Pushpa Kamal Dahal aka Prachanda and foreign minister Bimala Rai Paudyal on Monday."
A["test_7703_kwatra_kathmandu"] = dict(
    actors={
        "vinay_kwatra": ["Foreign secretary Vinay Kwatra", "Vinay Kwatra", "Kwatra"],
        "bharat_raj_paudyal": ["Bharat Raj Paudyal", "Paudyal"],
        "bidya_devi_bhandari": ["President Bidya Devi Bhandari", "Bidya Devi Bhandari", "Bhandari"],
        "pushpa_kamal_dahal": ["Prime Minister Pushpa Kamal Dahal", "Pushpa Kamal Dahal", "Prachanda"],
        "bimala_rai_paudyal": ["Bimala Rai Paudyal"],
        "droupadi_murmu": ["President Droupadi Murmu", "Droupadi Murmu"],
        "indian_embassy_kathmandu": ["The Indian embassy in Kathmandu", "Indian embassy"],
        "ministry_of_external_affairs_india": ["external affairs ministry"],
    },
    meetings=[
        # "Foreign secretary Vinay Kwatra and his Nepal counterpart Bharat Raj Paudyal reviewed
        # the bilateral partnership ... at a meeting in Kathmandu on Monday" -> held, 2023-02-13,
        # Kathmandu.
        M(["vinay_kwatra", "bharat_raj_paudyal"], "2023-02-13", "Kathmandu", IP, H,
          "NEW DELHI: Foreign secretary Vinay Kwatra and his Nepal counterpart Bharat Raj Paudyal reviewed the bilateral partnership and agreed to strengthen economic and development cooperation for the benefit of the region at a meeting in Kathmandu on Monday."),
        # "also met President Bidya Devi Bhandari, Prime Minister Pushpa Kamal Dahal ... and
        # foreign minister Bimala Rai Paudyal on Monday" -> three separate meetings (one row each,
        # as `dev_032`), held, 2023-02-13. Place: Bhandari "at Sheetal Niwas" (the President's
        # residence, named without a city; resolved to Kathmandu as ANNOTATION.md does for
        # official buildings); Dahal and Bimala Rai Paudyal: Nepal (the sentence's "visit to
        # Nepal"; no city for these meetings).
        M(["vinay_kwatra", "bidya_devi_bhandari"], "2023-02-13", "Kathmandu", IP, H, _KWATRA_ALSO),
        M(["vinay_kwatra", "pushpa_kamal_dahal"], "2023-02-13", "Nepal", IP, H, _KWATRA_ALSO),
        M(["vinay_kwatra", "bimala_rai_paudyal"], "2023-02-13", "Nepal", IP, H, _KWATRA_ALSO),
        # Not rows: "During his meeting with Bhandari at Sheetal Niwas" (the same meeting as
        # above); "his meeting with Paudyal" (the same as one of the Paudyal meetings above; which
        # Paudyal is not said); Kwatra "conveyed greetings on behalf of President Droupadi Murmu"
        # (a message, Murmu absent); the embassy's tweets and the ministry's statement. Removed:
        # the search tool's date prefix (" date 2023-02-13") at the start. Nothing else.
    ],
    roles=[("his Nepal counterpart", "bharat_raj_paudyal")],
)

A["dev_7704_chinh_khuong_sreng_hanoi"] = dict(
    actors={
        "pham_minh_chinh": ["Prime Minister Phạm Minh Chính", "Phạm Minh Chính"],
        "khuong_sreng": ["Khuong Sreng"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "Prime Minister Phạm Minh Chính hosted a reception in Hà Nội on Tuesday for Governor of
        # Cambodia's Phnom Penh Khuong Sreng" -> held, 2022-09-06, Hà Nội (written as in the
        # text).
        M(["pham_minh_chinh", "khuong_sreng"], "2022-09-06", "Hà Nội", IP, H,
          "HÀ NỘI — Prime Minister Phạm Minh Chính hosted a reception in Hà Nội on Tuesday for Governor of Cambodia’s Phnom Penh Khuong Sreng."),
        # Not rows: the 40th and 41st ASEAN Summit "in November" and the SEA Games (events);
        # "authorities of Phnom Penh" (unnamed). Removed: the search tool's date prefix
        # (" date 2022-09-07") at the start; at the end, the last, cut-off sentence ("Both sides
        # promised to raise young generations' awareness about bilateral ties and wished to
        # further deepen t").
    ],
    roles=[("The Government leader", "pham_minh_chinh"), ("The PM", "pham_minh_chinh"),
           ("Governor of Cambodia’s Phnom Penh", "khuong_sreng")],
)

A["dev_7705_yun_kishida_seoul_planned"] = dict(
    actors={
        "yun_byung_se": ["Foreign Minister Yun Byung-se", "Yun Byung-se"],
        "fumio_kishida": ["Fumio Kishida"],
        "park_geun_hye": ["President Park Geun-hye", "Park Geun-hye", "Park"],
        "shinzo_abe": ["Japanese Prime Minister Shinzo Abe", "Shinzo Abe"],
        "south_korean_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # "Foreign Minister Yun Byung-se and his Japanese counterpart, Fumio Kishida, are
        # scheduled to meet at the Foreign Ministry in Seoul later Monday" (the headline's "to
        # meet" and the lead's "are to meet Monday" are the same) -> planned, 2015-12-28, Seoul.
        M(["yun_byung_se", "fumio_kishida"], "2015-12-28", "Seoul", IP, P,
          "Foreign Minister Yun Byung-se and his Japanese counterpart, Fumio Kishida, are scheduled to meet at the Foreign Ministry in Seoul later Monday, a day after the two sides concluded their 12th round of working-level talks on the issue."),
        # "President Park Geun-hye and Japanese Prime Minister Shinzo Abe agreed in their first
        # summit last month" -> held, date null ("last month"), place null.
        M(["park_geun_hye", "shinzo_abe"], None, None, IP, H,
          "President Park Geun-hye and Japanese Prime Minister Shinzo Abe agreed in their first summit last month to speed up negotiations to resolve the dispute."),
        # Not rows: the "12th round of working-level talks" (unnamed officials); Park "called for
        # a resolution" (a statement). Removed: at the end, the agency tag "(Yonhap)".
    ],
    roles=[("his Japanese counterpart", "fumio_kishida"), ("Japanese Prime Minister", "shinzo_abe")],
)

A["dev_7706_saidov_nurtleu_meeting"] = dict(
    actors={
        "bakhtiyor_saidov": ["Bakhtiyor Saidov"],
        "murat_nurtleu": ["Murat Nurtleu"],
    },
    meetings=[
        # "On August 17, 2023, the Minister of Foreign Affairs ... Bakhtiyor Saidov met with the
        # Deputy Prime Minister - Minister of Foreign Affairs ... Murat Nurtleu" ("During the
        # conversation" and "Following the meeting, Foreign Ministers signed" are the same
        # meeting) -> held, 2023-08-17; place null (no city or country given for the meeting).
        M(["bakhtiyor_saidov", "murat_nurtleu"], "2023-08-17", None, IP, H,
          "UZBEKISTAN, August 17 - On August 17, 2023, the Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov met with the Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu."),
        # Not rows: "agreements reached at the highest level" and last year's declaration
        # (earlier, unnamed). Removed: the search tool's date prefix (" date 2023-08-17") at the
        # start; at the end, the source credit "Source: Ministry of Foreign Affairs of the
        # Republic of Uzbekistan".
    ],
    roles=[("Minister of Foreign Affairs of the Republic of Uzbekistan", "bakhtiyor_saidov"),
           ("Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan", "murat_nurtleu")],
)

A["test_7707_holt_holyoake_canberra_planned"] = dict(
    actors={
        "harold_holt": ["HAROLD HOLT", "HAROLD HCLT"],
        "keith_holyoake": ["Mr Holyoake", "Holyoake"],
        # The New Zealand Minister for Defence, written "Mr Thompson" (surname only in the text);
        # keyed by the minister's full name, David Thomson (NZ Minister of Defence 1966-72).
        "david_thomson": ["Mr Thompson"],
        "australian_house_of_representatives": ["HOUSE OF REPRESENTATIVES"],
        "british_government": ["British Government"],
    },
    meetings=[
        # "arrangements have been completed for a brief visit to Canberra next week at my
        # invitation by the Right Honourable the Prime Minister of New Zealand, Mr Holyoake" (the
        # speaker "I" is Holt; "the first opportunity that Mr Holyoake and I have had to discuss
        # at first hand" belongs to the same visit) -> planned, date null ("next week"),
        # Canberra.
        M(["harold_holt", "keith_holyoake"], None, "Canberra", IP, P,
          "I inform the House, with pleasure, that arrangements have been completed for a brief visit to Canberra next week at my invitation by the Right Honourable the Prime Minister of New Zealand, Mr Holyoake."),
        # Not rows: Mr Thompson "will accompany Mr Holyoake" (an accompanying minister: an actor,
        # not a participant, as ANNOTATION.md); "talks between Mr Holyoake and myself ... take
        # place from time to time" and "we are in almost constant touch" (habitual contacts, no
        # specific one); talks between ministers and officials (unnamed). The statement has no
        # held meeting. Removed: at the start, the archive's page header ("PM Transcripts",
        # "Transcripts from the Prime Ministers of Australia", "Holt, Harold", "Period of
        # Service ...", "Release Date: 26/09/1967", "Release Type: Statement in Parliament",
        # "Transcript ID: 1668", "Document: 00001668.pdf 2 Page(s)", "Released by: • Holt, Harold
        # Edward"); at the end, the last, cut-off sentence ("Both Australia and New Zealand have
        # troops in the Comm"). The OCR slips ("HCLT", "V! hite", ".THE", "CH.MP") are kept.
    ],
    roles=[("the Right Honourable the Prime Minister of New Zealand", "keith_holyoake"),
           ("the New Zealand Prime Minister", "keith_holyoake"),
           ("The New Zealand Minister for Defence", "david_thomson")],
)

_IB_SUMMIT = "Santos Silva traveled to Spain to prepare the next summit on energy interconnections that will be held in Lisbon on Friday by the prime ministers of both countries with French President Emmanuel Macron and European Energy Commissioner Miguel Arias Cañete."
A["dev_7708_borrell_santos_silva_madrid"] = dict(
    actors={
        "josep_borrell": ["Josep Borrell", "Borrell"],
        "augusto_santos_silva": ["Augusto Santos Silva", "Santos Silva"],
        "pedro_sanchez": ["Pedro Sanchez", "Pedro Sánchez"],
        "antonio_costa": ["Antonio Costa"],
        "emmanuel_macron": ["French President Emmanuel Macron", "Emmanuel Macron"],
        "miguel_arias_canete": ["European Energy Commissioner Miguel Arias Cañete", "Miguel Arias Cañete"],
        "portuguese_government": ["The Portuguese Government"],
        "lima_group": ["Lima Group"],
        "european_union": ["EU"],
    },
    meetings=[
        # "The Minister of Foreign Affairs, Josep Borrell, received yesterday his Portuguese
        # counterpart, Augusto Santos Silva" (the caption's "during their meeting" is the same)
        # -> held, 2018-07-24, Spain ("Santos Silva traveled to Spain"; no city given for the
        # meeting).
        M(["josep_borrell", "augusto_santos_silva"], "2018-07-24", "Spain", IP, H,
          "The Minister of Foreign Affairs, Josep Borrell, received yesterday his Portuguese counterpart, Augusto Santos Silva, with whom he undertook to «fine-tune» their positions about Ibero-American affairs, in order that both countries act as a «catalyst» in the resolution of conflicts."),
        # "as Pedro Sánchez and Antonio Costa advanced on July 2 in Lisbon" -> held, 2018-07-02,
        # Lisbon; required False (the text reports what the two prime ministers announced
        # together; the meeting is implied, not stated).
        M(["pedro_sanchez", "antonio_costa"], "2018-07-02", "Lisbon", IP, H,
          "Likewise, Spain and Portugal, as Pedro Sánchez and Antonio Costa advanced on July 2 in Lisbon, intend to collaborate as leftist and pro-European governments to have a role «in the redesign of the future Europe», in the face of challenges such as migration and the reform of the Economic and Monetary Union.",
          False),
        # "the next summit on energy interconnections that will be held in Lisbon on Friday by
        # the prime ministers of both countries with French President Emmanuel Macron and
        # European Energy Commissioner Miguel Arias Cañete" -> a four-party meeting, planned,
        # 2018-07-27, Lisbon; one row per pair (the guide). "the prime ministers of both
        # countries" denotes Sánchez and Costa, named earlier in the text (ANNOTATION.md: a role
        # phrase for a named actor lists the actor).
        M(["pedro_sanchez", "antonio_costa"], "2018-07-27", "Lisbon", IP, P, _IB_SUMMIT),
        M(["pedro_sanchez", "emmanuel_macron"], "2018-07-27", "Lisbon", IP, P, _IB_SUMMIT),
        M(["pedro_sanchez", "miguel_arias_canete"], "2018-07-27", "Lisbon", IP, P, _IB_SUMMIT),
        M(["antonio_costa", "emmanuel_macron"], "2018-07-27", "Lisbon", IP, P, _IB_SUMMIT),
        M(["antonio_costa", "miguel_arias_canete"], "2018-07-27", "Lisbon", IP, P, _IB_SUMMIT),
        M(["emmanuel_macron", "miguel_arias_canete"], "2018-07-27", "Lisbon", IP, P, _IB_SUMMIT),
        # Not rows: the Lima Group resolution and the consensus "in Brussels" (multilateral
        # positions); Borrell's words (statements). "@JosepBorrellF" is the photo credit and "The
        # Diplomat" the outlet's date line (not annotated). Removed: inside the text, the two
        # page-markup lines "[hr style=»single»]" around the pull quote (the pull quote is kept);
        # at the end, the last, cut-off sentence ("The Portuguese minister took for granted the
        # differences ... and around the proje").
    ],
    roles=[("The Minister of Foreign Affairs", "josep_borrell"), ("his Portuguese counterpart", "augusto_santos_silva"),
           ("the Foreign Minister", "josep_borrell"), ("French President", "emmanuel_macron"),
           ("European Energy Commissioner", "miguel_arias_canete")],
)

A["dev_7709_carter_lopez_portillo_washington"] = dict(
    actors={
        "jimmy_carter": ["PRESIDENT CARTER", "President Carter", "Mr. Carter"],
        "jose_lopez_portillo": ["President Jose Lopez Portillo", "PRESIDENT LOPEZ PORTILLO", "President Lopez Portillo", "Lopez Portillo"],
    },
    meetings=[
        # "President Lopez Portillo and I have had very friendly and constructive and profitable
        # discussions this last 2 days" (the title's "Meeting", "this meeting", "our meetings"
        # are the same two days of talks; one row, as ANNOTATION.md for several sessions of the
        # same pair) -> held, date null (two days, a range), Washington (the remarks "Following a
        # Meeting" were given "on the South Lawn of the White House"; White House ->
        # Washington).
        M(["jimmy_carter", "jose_lopez_portillo"], None, "Washington", IP, H,
          "PRESIDENT CARTER. I would like to say to the press that President Lopez Portillo and I have had very friendly and constructive and profitable discussions this last 2 days."),
        # Not rows: "our other two previous times" (a count of earlier meetings); the joint
        # Communiqué (a document). Removed: at the start, the site's line "Jimmy Carter photo";
        # at the end, the archive's citation line ("Jimmy Carter, Remarks Following a Meeting ...
        # The American Presidency Project https://www.presidency.ucsb.edu/node/248616") and the
        # site's "Filed Under", "Washington, DC", "Simple Search of Our Archives".
    ],
    roles=[],
)

A["dev_7710_kuchma_lukashenko_minsk"] = dict(
    actors={
        "leonid_kuchma": ["President Leonid Kuchma", "Leonid Kuchma", "Mr. Kuchma", "Kuchma"],
        "alexander_lukashenko": ["Oleksandr Lukashenko", "Lukashenko"],
        "ukrainian_presidential_administration": ["Ukrainian Presidential Administration"],
        "belarusian_parliament": ["Belarussian parliament"],
    },
    meetings=[
        # "On December 11, Presidents Kuchma of Ukraine and Lukashenko of Belarus signed a
        # long-term economic cooperation program there" (the heading's "In Minsk"; the "follow-up
        # press conference in Minsk"; the earlier "were to sign ... and to discuss", written
        # before the visit, is the same meeting) -> held, 1998-12-11, Minsk.
        M(["leonid_kuchma", "alexander_lukashenko"], "1998-12-11", "Minsk", IP, H,
          "On December 11, Presidents Kuchma of Ukraine and Lukashenko of Belarus signed a long-term economic cooperation program there to cover the period of 1999-2008."),
        # Not rows: the joint press conference (the same visit); "officials of the Ukrainian
        # Presidential Administration" (unnamed, statements). Removed: at the start, the
        # letterhead ("EMBASSY OF UKRAINE TO THE UNITED STATES OF AMERICA" and the address/phone
        # line); inside the text, the navigation line "[Press Releases Home]" after "For
        # immediate release"; at the end, the third item's heading ("Ukrainian-Belarussian Summit
        # In Minsk Dominated By Economic Issues") with its cut-off first sentence ("The only
        # problem which remains unresolved yet ... the Ukrainian and Belarussian"). The slip "165
        # fall" is kept.
    ],
    roles=[("Ukraine's President", "leonid_kuchma"), ("his Belarussian counterpart", "alexander_lukashenko")],
)

A["test_7711_qureshi_japan_cancelled"] = dict(
    actors={
        "shah_mehmood_qureshi": ["Foreign Minister Shah Mehmood Qureshi", "Shah Mehmood Qureshi", "Qureshi"],
        "shinzo_abe": ["Prime Minister Shinzo Abe", "Shinzo Abe"],
        "taro_kono": ["Foreign Minister Taro Kono", "Taro Kono"],
        "japan_institute_of_international_affairs": ["Japan Institute of International Affairs"],
    },
    meetings=[
        # No rows. Qureshi's visit to Japan "has been cancelled": the meeting "with the Foreign
        # Minister of Japan" and the "discussions and meetings with ... Prime Minister Shinzo
        # Abe and Foreign Minister Taro Kono" will not take place (a cancelled meeting is not a
        # row, as the guide); the "new schedule" is not yet set (no meeting announced). The
        # speech at the Japan Institute is not a meeting. Removed: at the start, the search
        # tool's date prefix (" date 2019-02-24") and the share widget "Share:".
    ],
    roles=[("the Foreign Minister of Japan", "taro_kono")],
)

_CNN_MEET = "The meeting with the president included Senate Majority leader Bob Dole, House Speaker Newt Gingrich, Senate Minority Leader Thomas Daschle and House Minority Leader Dick Gephardt."
A["dev_7712_clinton_congress_leaders_budget"] = dict(
    actors={
        "bill_clinton": ["President Clinton", "Clinton"],
        "bob_dole": ["Senate Majority leader Bob Dole", "Bob Dole", "Dole"],
        "newt_gingrich": ["House Speaker Newt Gingrich", "Newt Gingrich", "Gingrich"],
        "tom_daschle": ["Senate Minority Leader Thomas Daschle", "Thomas Daschle"],
        "dick_gephardt": ["House Minority Leader Dick Gephardt", "Dick Gephardt"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
        "us_senate": ["Senate"],
        "us_house_of_representatives": ["House"],
        "republican_party": ["GOP"],
    },
    meetings=[
        # "Top congressional leaders arrived at the White House late Monday evening" and "The
        # meeting with the president included ... Dole, ... Gingrich, ... Daschle and ...
        # Gephardt" (the headline's "hold 11th-hour meeting"; Dole's "go to the White House to
        # meet with the President" is the same) -> held, 1995-11-13, Washington (White House ->
        # Washington). Five named participants -> one row per pair (the guide). The four rows
        # with the President are required; the six pairs of congressional leaders (one side of
        # the table, arriving together) are required False, as `dev_017` / `dev_7510`.
        M(["bill_clinton", "bob_dole"], "1995-11-13", "Washington", IP, H, _CNN_MEET),
        M(["bill_clinton", "newt_gingrich"], "1995-11-13", "Washington", IP, H, _CNN_MEET),
        M(["bill_clinton", "tom_daschle"], "1995-11-13", "Washington", IP, H, _CNN_MEET),
        M(["bill_clinton", "dick_gephardt"], "1995-11-13", "Washington", IP, H, _CNN_MEET),
        M(["bob_dole", "newt_gingrich"], "1995-11-13", "Washington", IP, H, _CNN_MEET, False),
        M(["bob_dole", "tom_daschle"], "1995-11-13", "Washington", IP, H, _CNN_MEET, False),
        M(["bob_dole", "dick_gephardt"], "1995-11-13", "Washington", IP, H, _CNN_MEET, False),
        M(["newt_gingrich", "tom_daschle"], "1995-11-13", "Washington", IP, H, _CNN_MEET, False),
        M(["newt_gingrich", "dick_gephardt"], "1995-11-13", "Washington", IP, H, _CNN_MEET, False),
        M(["tom_daschle", "dick_gephardt"], "1995-11-13", "Washington", IP, H, _CNN_MEET, False),
        # Not rows: "a GOP congressional staff member called the White House" (an unnamed caller
        # and an institution; "We made a telephone call"); Gingrich and Dole speaking to
        # reporters and on the Senate floor (statements); a possible House and Senate vote.
        # "(CNN)" in the dateline is the outlet's credit (not annotated). Removed: at the start,
        # the site's section header "CNN U.S. News"; at the end, the last, cut-off fragment
        # ("\"I").
    ],
    roles=[("the president", "bill_clinton"), ("the President", "bill_clinton"),
           ("Senate Majority leader", "bob_dole"), ("House Speaker", "newt_gingrich"),
           ("Senate Minority Leader", "tom_daschle"), ("House Minority Leader", "dick_gephardt")],
)
