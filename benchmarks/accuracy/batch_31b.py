"""Accuracy corpus, batch 31b: 11 new articles about meetings between political actors, from the
1970s, 1980s, 1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: one, 1990s: two, 2000s: two,
2010s: two, 2020s: three; six of eleven from 2000 or later), over ten regions (Africa: two;
Central Asia/Caucasus, Oceania, Western Europe, South Asia, Latin America, Southeast Asia, Middle
East, East Asia, North America: one each). Outlets/sites: News.Az (news.az), Capital FM Kenya
(capitalfm.co.ke), PM Transcripts (pmtranscripts.pmc.gov.au, a media release), Cyprus Mail
(cyprus-mail.com), The New Humanitarian (IRIN), India TV News (indiatvnews.com), BBC News
(news.bbc.co.uk), Daily Tribune (tribune.net.ph), The Press (Christchurch) via Papers Past (NZPA-
Reuter), Voice of America (voanews.com) and the Chicago Tribune (articles.chicagotribune.com);
some of these sites were used before, the pages are new. Collected with the `search` tool (corpus
`pages`) and annotated from the texts alone, BEFORE the package was run on them (the package has
not been run on this batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md.
Notes: batch_31b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-31a): the articles are numbered 1..11 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or in batch 31a; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_61NN_<slug>` / `test_61NN_<slug>`, NN = collection position (01..11).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date is 2021-12-01 (a Wednesday); the text: "On December 1".
    ("dev_6101_aliyev_nazarbayev_phone", "Central Asia/Caucasus", "2020s", "News.Az (news.az)", "https://news.az/news/azerbaijani-leader-and-first-kazakh-president-hold-phone-talk", "2021-12-01"),
    # The dateline "NAIROBI, Kenya, Aug 30" and the URL 2018/08 -> 2018-08-30 (a Thursday): "got
    # underway Thursday" = 2018-08-30.
    ("dev_6102_kenyatta_may_state_house", "Africa", "2010s", "Capital FM (capitalfm.co.ke)", "https://www.capitalfm.co.ke/news/2018/08/uhuru-may-talks-get-underway-at-state-house/", "2018-08-30"),
    # The page's "Release Date: 22/04/1983" (and "FOR MEDIA 2 2 April 1983").
    ("test_6103_hawke_itinerary_1983", "Oceania", "1980s", "PM Transcripts (Australian Prime Minister's Office; media release)", "http://pmtranscripts.pmc.gov.au/release/transcript-6092", "1983-04-22"),
    # The search result's date is 2017-02-22 (a Wednesday; the URL 2017/02/22): "on Tuesday" =
    # 2017-02-21, "on Wednesday morning" = 2017-02-22, "originally scheduled for Thursday" /
    # "tomorrow" = 2017-02-23.
    ("dev_6104_anastasiades_akinci_cancelled", "Western Europe", "2010s", "Cyprus Mail (cyprus-mail.com)", "http://cyprus-mail.com/2017/02/22/leaders-meeting-called-off/", "2017-02-22"),
    # The URL's date 2001/09/26 (a Wednesday): "on Tuesday" = 2001-09-25.
    ("dev_6105_taylor_sirleaf_meeting_aborts", "Africa", "2000s", "The New Humanitarian (IRIN News)", "https://www.thenewhumanitarian.org/news/2001/09/26/presidents-meeting-opposition-leader-aborts", "2001-09-26"),
    # The URL's date 2022-04-10 (a Sunday; "MEA informed on Sunday"): "on 11th April" =
    # 2022-04-11.
    ("dev_6106_modi_biden_virtual_planned", "South Asia", "2020s", "India TV News (indiatvnews.com)", "https://www.indiatvnews.com/news/india/pm-modi-us-president-joe-biden-meeting-tomorrow-review-bilateral-cooperation-south-asia-indo-pacific-region-2022-04-10-768854", "2022-04-10"),
    # The page's date line "Tuesday, January 19, 1999 Published at 01:04 GMT": "Monday's
    # ceremony" / "Monday's meeting" = 1999-01-18.
    ("test_6107_fujimori_mahuad_lagartococha", "Latin America", "1990s", "BBC News (news.bbc.co.uk)", "http://news.bbc.co.uk/1/hi/world/americas/257815.stm", "1999-01-19"),
    # The URL's date 2024/07/04 (a Thursday): "announced Thursday" = 2024-07-04.
    ("dev_6108_maris_manalo_manila", "Southeast Asia", "2020s", "Daily Tribune (tribune.net.ph)", "https://tribune.net.ph/2024/07/04/thai-pm-to-visit-phl-this-year", "2024-07-04"),
    # Papers Past id CHP19740523 = The Press, 1974-05-23; the dateline "DAMASCUS, May 22" (a
    # Wednesday): "today" = 1974-05-22, "yesterday" / "last night" = 1974-05-21.
    ("dev_6109_kissinger_assad_damascus", "Middle East", "1970s", "The Press (Christchurch), NZPA-Reuter, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19740523.2.109", "1974-05-23"),
    # The URL's date 2006-09-28 (a Thursday); the call's day is not given.
    ("dev_6110_abe_roh_phone", "East Asia", "2000s", "Voice of America (voanews.com)", "https://www.voanews.com/a/a-13-2006-09-28-voa20/318539.html", "2006-09-28"),
    # The page's date line "April 11, 1990" (a Wednesday): "Tuesday" = 1990-04-10.
    ("test_6111_bush_mulroney_toronto", "North America", "1990s", "Chicago Tribune (articles.chicagotribune.com)", "http://articles.chicagotribune.com/1990-04-11/news/9001300235_1_bush-and-mulroney-president-bush-bush-at-one-point", "1990-04-11"),
]

A = {}

A["dev_6101_aliyev_nazarbayev_phone"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev", "President Ilham Aliyev"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
        "heydar_aliyev": ["Heydar Aliyev"],
    },
    meetings=[
        # "made a phone call ... On December 1" -> phone, held, 2021-12-01; place null (a call).
        # "During the phone conversation" later in the text is the same call.
        M(["ilham_aliyev", "nursultan_nazarbayev"], "2021-12-01", None, PH, H,
          "On December 1, President of the Republic of Azerbaijan Ilham Aliyev made a phone call to first President of Kazakhstan-Elbasy Nursultan Nazarbayev."),
        # Not rows: the Nazarbayev-Heydar Aliyev "friendly relations" (no specific meeting).
        # Removed: the tool's date prefix and the site's font-size widget ("+ ↺ − 16 px").
    ],
    roles=[("President of the Republic of Azerbaijan", "ilham_aliyev"),
           ("first President of Kazakhstan-Elbasy", "nursultan_nazarbayev"),
           ("The President of Azerbaijan", "ilham_aliyev"), ("national leader", "heydar_aliyev")],
)

A["dev_6102_kenyatta_may_state_house"] = dict(
    actors={
        "theresa_may": ["Theresa May", "May"],
        "uhuru_kenyatta": ["Uhuru Kenyatta", "President Kenyatta", "Kenyatta"],
        "william_ruto": ["William Ruto"],
        "monica_juma": ["Monica Juma"],
        "raychelle_omamo": ["Raychelle Omamo"],
        "kenya_air_force": ["Kenya Air Force"],
        "margaret_thatcher": ["Margaret Thatcher"],
        "daniel_arap_moi": ["Daniel arap Moi"],
    },
    meetings=[
        # Talks "got underway Thursday before midday at State House" (dateline Nairobi) -> held,
        # 2018-08-30, Nairobi. The "bilateral engagements" sentences are the same talks.
        M(["theresa_may", "uhuru_kenyatta"], "2018-08-30", "Nairobi", IP, H,
          "NAIROBI, Kenya, Aug 30 – Bilateral talks between visiting British Prime Minster Theresa May and President Uhuru Kenyatta got underway Thursday before midday at State House."),
        # Cabinet members "joining President Kenyatta in bilateral talks with May": members of
        # the host's side in the same talks -> May-Ruto, May-Juma, May-Omamo, required False
        # (delegation members; the convention makes "accompanying" people non-participants, but
        # "joining ... in bilateral talks with May" says they took part). No rows for pairs
        # inside the Kenyan side.
        M(["theresa_may", "william_ruto"], "2018-08-30", "Nairobi", IP, H,
          "Cabinet members joining President Kenyatta in bilateral talks with May include Deputy President William Ruto, Ministry of Foreign Affairs Cabinet Secretary Monica Juma, and her Defense counterpart Raychelle Omamo.",
          False),
        M(["theresa_may", "monica_juma"], "2018-08-30", "Nairobi", IP, H,
          "Cabinet members joining President Kenyatta in bilateral talks with May include Deputy President William Ruto, Ministry of Foreign Affairs Cabinet Secretary Monica Juma, and her Defense counterpart Raychelle Omamo.",
          False),
        M(["theresa_may", "raychelle_omamo"], "2018-08-30", "Nairobi", IP, H,
          "Cabinet members joining President Kenyatta in bilateral talks with May include Deputy President William Ruto, Ministry of Foreign Affairs Cabinet Secretary Monica Juma, and her Defense counterpart Raychelle Omamo.",
          False),
        # Not rows: May's visits to South Africa and Nigeria (no host named); Thatcher's 1988
        # visit "during President Daniel arap Moi's tenure" (a visit; no meeting stated); the
        # guard of honour. "Ministry of Foreign Affairs" is part of Juma's title (not annotated
        # as an actor). Removed: the share widget ("Shares" and the stray ", " before the
        # dateline).
    ],
    roles=[("visiting British Prime Minster", "theresa_may"), ("Deputy President", "william_ruto"),
           ("Ministry of Foreign Affairs Cabinet Secretary", "monica_juma"),
           ("her Defense counterpart", "raychelle_omamo")],
)

A["test_6103_hawke_itinerary_1983"] = dict(
    actors={
        # The release's author ("I") is named only in the header lines.
        "bob_hawke": ["Hawke, Robert"],
        "ronald_reagan": ["President Reagan"],
        "michael_somare": ["Prime Minister Somare", "Mr Somare"],
        "soeharto": ["President Soeharto"],
        "francis_blanchard": ["Mr Blanchard"],
        "international_labour_organization": ["ILO"],
        "margaret_thatcher": ["Prime Minister Thatcher"],
        "francis_pym": ["Foreign Secretary Pym"],
    },
    meetings=[
        # "the acceptance of President Reagan's invitation to meet with him in Washington on
        # June 13" -> planned, 1983-06-13, Washington. The OCR "1" for "I" is kept.
        M(["bob_hawke", "ronald_reagan"], "1983-06-13", "Washington", IP, P,
          "When I announced the acceptance of President Reagan' s invitation to meet with him in Washington on June 13 1 indicated it was probable that visits to other countries would be included in the itinerary."),
        # Consultations "with Prime Minister Somare ... in Port Moresby" -> planned, date null
        # (a trip "from June 2"; the day of the stop is not given), Port Moresby.
        M(["bob_hawke", "michael_somare"], None, "Port Moresby", IP, P,
          "My first ' consultations outside Australia as Prime Minister will be with Prime Minister Somare and the Papua New Guinea Government in Port Moresby."),
        # "visiting Jakarta and holding discussions with President Soeharto" -> planned, Jakarta.
        M(["bob_hawke", "soeharto"], None, "Jakarta", IP, P,
          "I shall be visiting Jakarta and holding discussions with President Soeharto and the Indonesian Government."),
        # "In London I shall meet with Prime Minister Thatcher and Foreign Secretary Pym" -> three
        # named people -> one row per pair; the Thatcher-Pym pair (same government) is required
        # False (as dev_5901's Sultan-prince pair).
        M(["bob_hawke", "margaret_thatcher"], None, "London", IP, P,
          "In London I shall meet with Prime Minister Thatcher and Foreign Secretary Pym."),
        M(["bob_hawke", "francis_pym"], None, "London", IP, P,
          "In London I shall meet with Prime Minister Thatcher and Foreign Secretary Pym."),
        M(["margaret_thatcher", "francis_pym"], None, "London", IP, P,
          "In London I shall meet with Prime Minister Thatcher and Foreign Secretary Pym.", False),
        # "I shall also be meeting with the Queen" -> the Queen is not named -> one-party row
        # (Hawke), planned, London (the sentence continues with the University of London
        # opening; the paragraph is about London).
        M(["bob_hawke"], None, "London", IP, P,
          "I shall also be meeting with the Queen, and attend the opening of the Australian Studies Centre at the University of London."),
        # Not rows: the ILO invitation "to address the International Labour Conference" (an
        # address to a conference; accepted from Blanchard by letter/invitation, no meeting
        # stated); "talks in London and in Paris" (summary of the London rows; the Paris
        # sentence, cut off in the excerpt, was removed with the page marker ".4 I 2."). Removed
        # at the start: "PM Transcripts / Transcripts from the Prime Ministers of Australia /
        # Transcript 6092 / Photo of Hawke, Robert".
    ],
    roles=[("Director-General of the ILO", "francis_blanchard"), ("Prime Minister Somare", "michael_somare")],
)

A["dev_6104_anastasiades_akinci_cancelled"] = dict(
    actors={
        "nicos_anastasiades": ["Nicos Anastasiades", "Anastasiades", "Mr Anastasiades"],
        "mustafa_akinci": ["Mustafa Akinci", "Akinci", "Mr Akinci"],
        "nicos_christodoulides": ["Nicos Christodoulides", "Christodoulides"],
        "elizabeth_spehar": ["Elizabeth Spehar", "Spehar", "Mrs Spehar"],
        "espen_barth_eide": ["Mr Eide"],
        "united_nations": ["UN", "The United Nations"],
    },
    meetings=[
        # Not a row: the Anastasiades-Akinci meeting "originally scheduled for Thursday"
        # (2017-02-23), cancelled (Akinci's refusal).
        # "a tumultuous similar meeting last week" -> the same pair, held, date null ("last
        # week"), place null (no place in the text).
        M(["nicos_anastasiades", "mustafa_akinci"], None, None, IP, H,
          "The meeting had been up in the air for days, following a tumultuous similar meeting last week, when an irate Anastasiades was said to have stormed out of the room to smoke, a move Akinci found disrespectful enough for him to depart the meeting altogether."),
        # Spehar's assignment "on Tuesday, meeting with Akinci and Anastasiades" -> Spehar-Akinci
        # held, 2017-02-21 (her quote "I spoke with Mr Akinci [on Tuesday]" agrees).
        M(["elizabeth_spehar", "mustafa_akinci"], "2017-02-21", None, IP, H,
          "The United Nations’ Special Representative for Cyprus, Elizabeth Spehar, had undertaken a conciliatory assignment on Tuesday, meeting with Akinci and Anastasiades, but her efforts bore no fruit."),
        # Spehar "just met with Mr Anastasiades", said "on Wednesday morning" -> held,
        # 2017-02-22 ("After Anastasiades' meeting with Spehar" and "Mrs Spehar informed the
        # President" are this meeting).
        M(["elizabeth_spehar", "nicos_anastasiades"], "2017-02-22", None, IP, H,
          "“I spoke with Mr Akinci [on Tuesday] and just met with Mr Anastasiades,” she said on Wednesday morning."),
        # The Tuesday sentence also names Anastasiades: either a Tuesday meeting of its own or
        # a loose summary of Wednesday's -> required False, 2017-02-21.
        M(["elizabeth_spehar", "nicos_anastasiades"], "2017-02-21", None, IP, H,
          "The United Nations’ Special Representative for Cyprus, Elizabeth Spehar, had undertaken a conciliatory assignment on Tuesday, meeting with Akinci and Anastasiades, but her efforts bore no fruit.",
          False),
        # "I will be speaking shortly with our special advisor, Mr Eide" -> planned, date null
        # (shortly), kind unknown (written in_person by default), required False.
        M(["elizabeth_spehar", "espen_barth_eide"], None, None, IP, P,
          "“I will be speaking shortly with our special advisor, Mr Eide, and so I have nothing to say for the moment.”",
          False),
        # Not rows: the tweet; "readiness to resume substantive talks" (no specific meeting).
        # Places: no city is named (Nicosia is not in the text) -> null. Removed: the tool's
        # date prefix and the last, cut-off paragraph ("Turkish Cypriots found the move
        # provocative ... Disy").
    ],
    roles=[("President", "nicos_anastasiades"), ("Turkish Cypriot leader", "mustafa_akinci"),
           ("government spokesman", "nicos_christodoulides"),
           ("The United Nations’ Special Representative for Cyprus", "elizabeth_spehar"),
           ("our special advisor", "espen_barth_eide"), ("the President", "nicos_anastasiades")],
)

A["dev_6105_taylor_sirleaf_meeting_aborts"] = dict(
    actors={
        "charles_taylor": ["Charles Taylor", "Taylor"],
        "ellen_johnson_sirleaf": ["Ellen Johnson-Sirleaf", "Johnson-Sirleaf", "Sirleaf"],
        "pana": ["Pan African News Agency", "PANA"],
        "reginald_goodridge": ["Reginald Goodridge"],
        "unity_party_liberia": ["Unity Party", "UP"],
        "irin": ["IRIN"],
    },
    meetings=[
        # Zero-row control. Not rows: the planned Taylor-Johnson-Sirleaf meeting that "failed to
        # take place on Tuesday as scheduled" (did not take place); the government "still
        # looking forward to a meeting" (no specific meeting); the party's "request for it";
        # Sirleaf's meeting in Dakar (unnamed, multilateral); Goodridge "telling journalists"
        # (a statement). Removed: the breadcrumb ("1. Home 2. West Africa 3. Liberia") and the
        # site's end matter ("This article was produced by IRIN News ...", share/newsletter
        # blocks).
    ],
    roles=[("Liberian President", "charles_taylor"), ("opposition leader", "ellen_johnson_sirleaf"),
           ("Information Minister", "reginald_goodridge")],
)

A["dev_6106_modi_biden_virtual_planned"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Narendra Modi", "Prime Minister Narendra Modi"],
        "joe_biden": ["Joe Biden", "Joseph R Biden"],
        "ministry_of_external_affairs_india": ["MEA"],
        "rajnath_singh": ["Rajnath Singh"],
        "subrahmanyam_jaishankar": ["S Jaishankar"],
        "lloyd_austin": ["Lloyd Austin"],
        "antony_blinken": ["Antony Blinken"],
    },
    meetings=[
        # "will hold a virtual meeting ... on 11th April" -> video, planned, 2022-04-11; place
        # null. The first sentence (with the typo "virtiual") is the same meeting.
        M(["narendra_modi", "joe_biden"], "2022-04-11", None, VID, P,
          "PM Narendra Modi will hold a virtual meeting with President of USA Joseph R Biden on 11th April."),
        # The 4th India-US 2+2 Ministerial Dialogue, "led by" Singh and Jaishankar and "their US
        # counterparts" Austin and Blinken -> four named people -> one row per pair; planned,
        # date null (it "will precede" nothing dated), place null. The cross pairs are required;
        # the same-side pairs (Singh-Jaishankar, Austin-Blinken) are required False.
        M(["rajnath_singh", "lloyd_austin"], None, None, IP, P,
          "The Leaders’ virtual interaction will precede the 4th India-US 2+2 Ministerial Dialogue which will be led by Defence Minister Rajnath Singh and MEA S Jaishankar on the Indian side and their US counterparts, Secretary of Defence Lloyd Austin and Secretary of State Antony Blinken."),
        M(["rajnath_singh", "antony_blinken"], None, None, IP, P,
          "The Leaders’ virtual interaction will precede the 4th India-US 2+2 Ministerial Dialogue which will be led by Defence Minister Rajnath Singh and MEA S Jaishankar on the Indian side and their US counterparts, Secretary of Defence Lloyd Austin and Secretary of State Antony Blinken."),
        M(["subrahmanyam_jaishankar", "lloyd_austin"], None, None, IP, P,
          "The Leaders’ virtual interaction will precede the 4th India-US 2+2 Ministerial Dialogue which will be led by Defence Minister Rajnath Singh and MEA S Jaishankar on the Indian side and their US counterparts, Secretary of Defence Lloyd Austin and Secretary of State Antony Blinken."),
        M(["subrahmanyam_jaishankar", "antony_blinken"], None, None, IP, P,
          "The Leaders’ virtual interaction will precede the 4th India-US 2+2 Ministerial Dialogue which will be led by Defence Minister Rajnath Singh and MEA S Jaishankar on the Indian side and their US counterparts, Secretary of Defence Lloyd Austin and Secretary of State Antony Blinken."),
        M(["rajnath_singh", "subrahmanyam_jaishankar"], None, None, IP, P,
          "The Leaders’ virtual interaction will precede the 4th India-US 2+2 Ministerial Dialogue which will be led by Defence Minister Rajnath Singh and MEA S Jaishankar on the Indian side and their US counterparts, Secretary of Defence Lloyd Austin and Secretary of State Antony Blinken.",
          False),
        M(["lloyd_austin", "antony_blinken"], None, None, IP, P,
          "The Leaders’ virtual interaction will precede the 4th India-US 2+2 Ministerial Dialogue which will be led by Defence Minister Rajnath Singh and MEA S Jaishankar on the Indian side and their US counterparts, Secretary of Defence Lloyd Austin and Secretary of State Antony Blinken.",
          False),
        # Not rows: "regular and high-level engagement" (no specific meeting).
    ],
    roles=[("US President", "joe_biden"), ("President of USA", "joe_biden"),
           ("Defence Minister", "rajnath_singh"), ("Secretary of Defence", "lloyd_austin"),
           ("Secretary of State", "antony_blinken")],
)

A["test_6107_fujimori_mahuad_lagartococha"] = dict(
    actors={
        "alberto_fujimori": ["Alberto Fujimori", "Mr Fujimori"],
        "jamil_mahuad": ["Jamil Mahuad"],
        "bbc": ["BBC"],
        "james_reynolds": ["James Reynolds"],
    },
    meetings=[
        # "met in a clearing hacked from the Amazon jungle"; "The talks at Lagartococha";
        # "During Monday's meeting" -> held, 1999-01-18 (Monday before the Tuesday 1999-01-19
        # page), place Lagartococha (the most specific named locality).
        M(["alberto_fujimori", "jamil_mahuad"], "1999-01-18", "Lagartococha", IP, H,
          "Mr Fujimori and his Ecuadoran counterpart, Jamil Mahuad, met in a clearing hacked from the Amazon jungle, 1,300 kilometres northeast of Peru's capital, Lima."),
        # Not rows: the peace agreement "signed ... in October" (no named signatories); the
        # caption lines (the same meeting). The audio caption "The BBC's James Reynolds" names
        # a reporter inside the body (annotated, as captions are). Removed: the BBC navigation
        # line ("Europe South Asia ... Low Graphics") and the last, cut-off sentence.
    ],
    roles=[("Peruvian President", "alberto_fujimori"), ("his Ecuadoran counterpart", "jamil_mahuad")],
)

A["dev_6108_maris_manalo_manila"] = dict(
    actors={
        "maris_sangiampongsa": ["Maris Sangiampongsa", "Maris"],
        "enrique_manalo": ["Enrique Manalo", "Manalo", "Secretary Manalo"],
        "srettha_thavisin": ["Srettha Thavisin"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
    },
    meetings=[
        # "following their bilateral meeting" (caption: "in Manila"); the announcement was made
        # "Thursday" at the press conference after the meeting -> held, 2024-07-04, Manila.
        M(["maris_sangiampongsa", "enrique_manalo"], "2024-07-04", "Manila", IP, H,
          "Maris made the announcement during his joint press conference with his Filipino counterpart, Foreign Affairs Secretary Enrique Manalo, following their bilateral meeting."),
        # Srettha "is set to visit the Philippines this year" -> planned visit, no host named ->
        # one-party row, date null, place Philippines, required False (a visit, not a meeting
        # with a named person; as dev_5905's Singh row).
        M(["srettha_thavisin"], None, "Philippines", IP, P,
          "Thailand Prime Minister Srettha Thavisin is set to visit the Philippines this year, Thailand Foreign Minister Maris Sangiampongsa announced Thursday.",
          False),
        # Not rows: the joint press conference (part of the same encounter). "Jom Garner" at
        # the end of the caption line is the photo credit (not an actor). Removed: "SUBSCRIBE
        # NOW" (twice), the short duplicate caption line, "Published on", and the last, cut-off
        # paragraph ("For his part, Manalo said he").
    ],
    roles=[("Thailand Foreign Minister", "maris_sangiampongsa"), ("his Filipino counterpart", "enrique_manalo"),
           ("Thailand Prime Minister", "srettha_thavisin"), ("the Thai Prime Minister", "srettha_thavisin"),
           ("Foreign Affairs Secretary", "enrique_manalo")],
)

A["dev_6109_kissinger_assad_damascus"] = dict(
    actors={
        "henry_kissinger": ["Dr Henry Kissinger", "Dr Kissinger", "Henry Kissinger"],
        "hafez_al_assad": ["President Hafez AlAssad", "Hafez AlAssad"],
        "robert_anderson_state_department": ["Mr Robert Anderson", "Robert Anderson"],
    },
    meetings=[
        # Kissinger's "talks with President Hafez AlAssad", reported "before boarding his
        # aircraft for Jerusalem last night" (1974-05-21) -> held, place Damascus (he flew "from
        # Damascus to Jerusalem"); date null: the talks preceded the flight, the text does not
        # say they were the same day.
        M(["henry_kissinger", "hafez_al_assad"], None, "Damascus", IP, H,
          "Dr Kissinger told reporters before boarding his aircraft for Jerusalem last night that “progress was made in certain areas” during his talks with President Hafez AlAssad of Syria which reviewed in detail all the ele- ments of agreement on disengagement of forces on the Golan Heights front."),
        # "returns to Damascus today" (dateline May 22) -> planned, 1974-05-22, Damascus; a
        # meeting with Assad is implied, not stated -> required False.
        M(["henry_kissinger", "hafez_al_assad"], "1974-05-22", "Damascus", IP, P,
          "(N Z P.A.-Reuter—Copyright) DAMASCUS, May 22. The United States Secretary of State (Dr Henry Kissinger) returns to Damascus today amid signs that serious differences between Syria and Israel are threatening his peace mission.",
          False),
        # Not rows: the officials' briefing on the flight; the "Israeli leadership" (unnamed);
        # the spokesman's statement. "N Z P.A.-Reuter" is the agency credit (not an actor).
        # Removed: Papers Past's "Article image" lines and the last, cut-off paragraph ("Arms
        # hint / In W").
    ],
    roles=[("The United States Secretary of State", "henry_kissinger"),
           ("The United States spokesman", "robert_anderson_state_department")],
)

A["dev_6110_abe_roh_phone"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Mr. Abe"],
        "roh_moo_hyun": ["Roh Moo-hyun", "Mr. Roh"],
        "junichiro_koizumi": ["Junichiro Koizumi", "Mr. Koizumi"],
        "yasuhisa_shiozaki": ["Yasuhisa Shiozaki", "Shiozaki"],
        "apec": ["Asia-Pacific Economic Cooperation"],
    },
    meetings=[
        # "Shinzo Abe, telephoned South Korean president Roh Moo-hyun" (the lead: "a telephone
        # call Japan's new prime minister made to the South Korean president") -> phone, held,
        # date null (the day is not given), place null.
        M(["shinzo_abe", "roh_moo_hyun"], None, None, PH, H,
          "Officials in both capitals say Japan's new prime minister, Shinzo Abe, telephoned South Korean president Roh Moo-hyun in response to a telegram from Mr. Roh congratulating Mr. Abe on taking office."),
        # "their two leaders have agreed to hold a summit soon, although no date has been set"
        # -> planned (agreed to hold a meeting), date null, place null. The leaders are given by
        # role only in this sentence, named in the next paragraph; Shiozaki's "could meet before
        # November's APEC forum" is the same planned summit.
        M(["shinzo_abe", "roh_moo_hyun"], None, None, IP, P,
          "Japanese and South Korean officials say their two leaders have agreed to hold a summit soon, although no date has been set."),
        # Not rows: Roh's congratulatory telegram (a message); "have not held formal
        # leader-to-leader talks since last November" (a negation; cut off in the excerpt);
        # Koizumi's shrine visits; Shiozaki "told reporters" (a statement). Removed:
        # "Accessibility links / Breaking News" and the last, cut-off sentence ("The Ch").
    ],
    roles=[("Japan's new prime minister", "shinzo_abe"), ("the South Korean president", "roh_moo_hyun"),
           ("South Korean president", "roh_moo_hyun"), ("Japanese Chief Cabinet Secretary", "yasuhisa_shiozaki")],
)

A["test_6111_bush_mulroney_toronto"] = dict(
    actors={
        "george_h_w_bush": ["President Bush", "Bush"],
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
        "fay_vincent": ["Fay Vincent"],
        "george_w_bush": ["George Walker Bush"],
        "mike_stanley": ["Mike Stanley"],
        "greg_myers": ["Greg Myers"],
        "toronto_blue_jays": ["Blue Jays"],
        "texas_rangers": ["Texas Rangers", "Rangers"],
    },
    meetings=[
        # "President Bush and Canadian Prime Minister Brian Mulroney Tuesday ... holding talks"
        # (dateline TORONTO) -> held, 1990-04-10, Toronto. The private talks followed by talks
        # with aides are the same meeting (one row).
        M(["george_h_w_bush", "brian_mulroney"], "1990-04-10", "Toronto", IP, H,
          "TORONTO — President Bush and Canadian Prime Minister Brian Mulroney Tuesday mixed two national pastimes, politics and baseball, holding talks on a variety of issues then jointly tossing out the first balls at the Blue Jays-Texas Rangers game."),
        # Not rows: "have met several times a year" (a count); the joint press conference and
        # the first pitch (the same encounter); Fay Vincent "brought" along (not said to meet
        # anyone). The byline (Janet Cawley, Storer H. Rowley) and the outlet name are left out.
        # Removed: the last, cut-off sentence.
    ],
    roles=[("Canadian Prime Minister", "brian_mulroney"), ("baseball commissioner", "fay_vincent"),
           ("the Canadian prime minister", "brian_mulroney"), ("The Canadian leader", "brian_mulroney"),
           ("his son", "george_w_bush")],
)
