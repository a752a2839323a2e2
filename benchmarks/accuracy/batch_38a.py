"""Accuracy corpus, batch 38a: 12 new articles about meetings between political actors, from the
1960s, 1980s, 2000s, 2010s and 2020s (1960s: one, 1980s: one, 2000s: two, 2010s: four, 2020s:
four; ten of the twelve from 2000-2025, as the brief asked), over eleven regions (Africa: two;
Eastern Europe/Russia, Latin America, North America, South Asia, Southeast Asia, Middle East, East
Asia, Central Asia/Caucasus, Western Europe, Oceania: one each). Outlets/sites: Ukrainska Pravda
(English), The Santiago Times, Castanet, India TV News, The Straits Times, Time (the text mirror of
the Time archive already used by batch 35a), the Tehran Times, china.org.cn, Radio Free
Europe/Radio Liberty, AK Parti's English news page (akparti.net), The Sydney Morning Herald and the
Los Angeles Times (Reuters copy). Where the corpus already used a site, the page is new. Collected
with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was
run on them (the package has not been run, imported or read for this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_38a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-37b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_74NN_<slug>` / `test_74NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "Friday, 21 July 2023, 15:28" (and the URL 2023/07/21): "on 23 July"
    # (a Sunday: the headline's "on weekend") = 2023-07-23, explicit; "On 6 July" is the day of
    # an announcement, not of a meeting.
    ("dev_7401_lukashenko_putin_planned", "Eastern Europe/Russia", "2020s", "Ukrainska Pravda (pravda.com.ua, English)", "https://www.pravda.com.ua/eng/news/2023/07/21/7412357/", "2023-07-21"),
    # The URL's date 2017/06/28 (a Wednesday; the excerpt has no date line): "the Tuesday’s
    # meeting with Bachelet" = 2017-06-27 (weekdays computed with Python datetime).
    ("dev_7402_bachelet_macri_santiago", "Latin America", "2010s", "The Santiago Times (santiagotimes.cl)", "http://santiagotimes.cl/2017/06/28/chile-argentina-discuss-trade-and-venezuela/", "2017-06-28"),
    # No date line in the excerpt and none in the URL: `published` is the search result's date
    # field, 2025-03-29 (a Saturday); "a Friday morning phone call" / "spoke by phone on
    # Friday" = 2025-03-28 (the same day whether the copy is of the Friday or the Saturday).
    ("test_7403_carney_trump_call", "North America", "2020s", "Castanet (castanet.net)", "https://www.castanet.net/news/Poll/541306/Does-the-improved-tone-between-U-S-President-Donald-Trump-and-Prime-Minister-Mark-Carney-make-you-optimistic-the-trade-war-can-be-settled", "2025-03-29"),
    # The URL's date 2024-06-10 (a Monday; also the search result's date field): "on Monday",
    # "today", "this morning" and "Later in the day" = 2024-06-10.
    ("dev_7404_jaishankar_muizzu_new_delhi", "South Asia", "2020s", "India TV News (indiatvnews.com)", "https://www.indiatvnews.com/news/world/india-foreign-minister-eam-s-jaishankar-meets-maldives-president-muizzu-bangladesh-sheikh-hasina-sri-lanka-rail-2024-06-10-936161", "2024-06-10"),
    # The search result's date field 2019-06-23 (a Sunday), agreeing with the text's "on Sunday
    # (June 23)": the Phuc meeting is dated by its caption ("on June 22, 2019"; "on Saturday"),
    # the Hun Sen meeting "on Sunday afternoon" = 2019-06-23 (its caption: "on June 23, 2019").
    ("dev_7405_lee_asean_sidelines_bangkok", "Southeast Asia", "2010s", "The Straits Times (straitstimes.com)", "https://www.straitstimes.com/asia/pm-lee-meets-asean-leaders-on-sidelines-of-summit", "2019-06-23"),
    # The page's date line "Friday, Jun. 14, 1963" (Time's issue date, as batch 35a used for the
    # same mirror): "last week" (the Nairobi meeting) -> null.
    ("dev_7406_kenyatta_obote_nyerere_nairobi", "Africa", "1960s", "Time (magazine archive, text mirror)", "http://610211.6jhxt.group/txt/time/Time1963/1963-06-14/874818.html", "1963-06-14"),
    # The page's date line "August 12, 2010" (a Thursday): "on Wednesday" (Assad, Muallem,
    # al-Sharaa) = 2010-08-11; "in Tehran on Sunday" (al-Shami) = 2010-08-08.
    ("test_7407_mottaki_assad_latakia", "Middle East", "2010s", "Tehran Times (tehrantimes.com)", "https://tehrantimes.com/news/224685/Mottaki-Syrian-leader-discuss-regional-developments", "2010-08-12"),
    # The URL's date 2007-12/29 (a Saturday; no date line in the excerpt): "on Friday" and
    # "Later in the afternoon" = 2007-12-28; the call ("four days after Fukuda assumed his
    # premiership") and the Singapore lunch ("last month") -> null.
    ("dev_7408_wen_fukuda_beijing", "East Asia", "2000s", "china.org.cn (China Internet Information Center)", "http://english.china.org.cn/international/photos/2007-12/29/content_1237447.htm", "2007-12-29"),
    # The dateline "Kyiv, 25 March 2005 (RFE/RL)" (a Friday; the URL has no date): "met in Kyiv
    # on 25 March" = 2005-03-25, explicit; the earlier agreement with Voronin has no day.
    ("dev_7409_saakashvili_yushchenko_kyiv", "Central Asia/Caucasus", "2000s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://rferl.org/amp/1058140.html", "2005-03-25"),
    # The URL's date stamp "17092020-183725" (17 September 2020, a Thursday; the excerpt has no
    # date line): "on Thursday" = 2020-09-17.
    ("dev_7410_erdogan_sanchez_video", "Western Europe", "2020s", "AK Parti (akparti.net, English news page)", "https://akparti.net/en/news/president-erdogan-and-spanish-premier-sanchez-meet-via-video-link-17092020-183725", "2020-09-17"),
    # The URL's date 20110930 (a Friday; the page's "This was published 12 years ago" line was
    # removed): "on Friday night" = 2011-09-30; "On Saturday morning ... He will then return to
    # Port Moresby for more meetings" = 2011-10-01.
    ("test_7411_rudd_oneill_port_moresby", "Oceania", "2010s", "The Sydney Morning Herald (news.smh.com.au; breaking news)", "http://news.smh.com.au/breaking-news-world/austpng-relationship-strong-rudd-20110930-1l0su.html", "2011-09-30"),
    # The URL's date 1989-10-16 (a Monday; no date line in the excerpt): "met Sunday" =
    # 1989-10-15; "earlier this month" (Washington) and "In June" (Gbadolite) -> null.
    ("dev_7412_mobutu_savimbi_france", "Africa", "1980s", "Los Angeles Times (latimes.com archives; Reuters)", "https://www.latimes.com/archives/la-xpm-1989-10-16-mn-133-story.html", "1989-10-16"),
]

A = {}

A["dev_7401_lukashenko_putin_planned"] = dict(
    actors={
        "alexander_lukashenko": ["Alexander Lukashenko", "Lukashenko"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "dmitry_peskov": ["Dmitry Peskov"],
        "wagner_group": ["Wagner Group"],
    },
    meetings=[
        # "will meet with Russian President Vladimir Putin in Russia on 23 July" (the headline's
        # "to meet with Putin on weekend", "will reportedly hold a meeting, as previously agreed":
        # the same meeting) -> planned, 2023-07-23, Russia (no city). The article has no held
        # meeting.
        M(["alexander_lukashenko", "vladimir_putin"], "2023-07-23", "Russia", IP, P,
          "Self-proclaimed Belarusian President Alexander Lukashenko will meet with Russian President Vladimir Putin in Russia on 23 July."),
        # Not rows: "On 6 July, Lukashenko announced his plans to meet with Vladimir Putin in the
        # near future" (the announcement of the same planned meeting, not another one); Peskov
        # "said that there was no date or agenda for such a meeting" (a statement about the same
        # meeting); "the "issue of the Wagner Group"" (a topic). "Source: Lukashenko’s press
        # service" is the source line (the press service is not annotated as a separate actor, as
        # "The Department" in dev_7205). Removed: the search tool's " date 2023-07-21" prefix; the
        # excerpt ends with the last background item, nothing else was cut.
    ],
    roles=[("Self-proclaimed Belarusian President", "alexander_lukashenko"), ("Russian President", "vladimir_putin"),
           ("Putin’s press secretary", "dmitry_peskov")],
)

_BM = ("Chile’s Michelle Bachelet met her Argentine counterpart Mauricio Macri at the Palacio de la Moneda in Santiago to discuss bilateral ties and a trade agreement between the two countries.")
_WEL = ("Before the Tuesday’s meeting with Bachelet, Macri was welcomed by the presidents of both houses of Parliament, the Socialist Deputy Fidel Espinoza and the Christian Democratic Senator Andrés Zaldívar.")
A["dev_7402_bachelet_macri_santiago"] = dict(
    actors={
        "michelle_bachelet": ["Michelle Bachelet", "Bachelet"],
        "mauricio_macri": ["Mauricio Macri", "Macri"],
        "enap": ["ENAP"],
        "fidel_espinoza": ["Fidel Espinoza"],
        "andres_zaldivar": ["Andrés Zaldívar"],
        "mercosur": ["Mercosur"],
        "pacific_alliance": ["Pacific Alliance"],
    },
    meetings=[
        # "Bachelet met her Argentine counterpart Mauricio Macri at the Palacio de la Moneda in
        # Santiago" ("the Tuesday’s meeting with Bachelet"; the joint press conference and "the
        # two leaders had discussed": the same meeting) -> held, 2017-06-27, Santiago.
        M(["michelle_bachelet", "mauricio_macri"], "2017-06-27", "Santiago", IP, H, _BM),
        # "Macri was welcomed by the presidents of both houses of Parliament, ... Fidel Espinoza
        # and ... Andrés Zaldívar" ("After that encounter": a courtesy meeting, not an airport
        # greeting) -> two rows with Macri, held, date null ("Before the Tuesday’s meeting" does
        # not pin the day), Chile (the text does not say where Parliament received him; the
        # SANTIAGO dateline is not taken as the venue). The hosts' pair Espinoza-Zaldívar (the
        # same receiving side) is required False (as dev_017's Guterres-Mohammed).
        M(["mauricio_macri", "fidel_espinoza"], None, "Chile", IP, H, _WEL),
        M(["mauricio_macri", "andres_zaldivar"], None, "Chile", IP, H, _WEL),
        M(["fidel_espinoza", "andres_zaldivar"], None, "Chile", IP, H, _WEL, False),
        # Not rows: "In a televised press conference, Macri and Bachelet said" (the same
        # meeting); "ENAP [ENAP.UL] agreed to send gas" (a company's decision); "the rapprochement
        # between Mercosur and the Pacific Alliance" (blocs, no meeting). "[ENAP.UL]" (a Reuters
        # instrument code) is kept in the text and not annotated as an alias. Removed: the last,
        # cut-off sentence ("In the afternoon, the Argentine president and his entourage met with
        # senior executives and young Argentine entrepreneurs"), which would have given no row
        # with a named counterpart.
    ],
    roles=[("her Argentine counterpart", "mauricio_macri"), ("The Argentine leader", "mauricio_macri"),
           ("Chilean state-run oil company", "enap"), ("the Socialist Deputy", "fidel_espinoza"),
           ("the Christian Democratic Senator", "andres_zaldivar")],
)

A["test_7403_carney_trump_call"] = dict(
    actors={
        "mark_carney": ["Mark Carney", "Carney"],
        "donald_trump": ["Donald Trump", "Trump"],
        "prime_ministers_office_canada": ["Prime Minister's Office"],
        "jd_vance": ["JD Vance"],
    },
    meetings=[
        # "a Friday morning phone call with U.S. President Donald Trump" (the caption's "spoke by
        # phone on Friday", "Carney told Trump in the phone call", "the "very good
        # conversation"": the same call) -> phone, held, 2025-03-28, place null.
        M(["mark_carney", "donald_trump"], "2025-03-28", None, PH, H,
          "Prime Minister Mark Carney said Canada and the United States will begin comprehensive negotiations for a \"new economic and security relationship\" immediately after the Canadian election following a Friday morning phone call with U.S. President Donald Trump."),
        # "he would be meeting with Carney immediately after the election" (Trump's announced
        # intention, reported by the article) -> planned, in person, date null ("immediately after
        # the election"; the vote is "on April 28", the meeting has no day), place null.
        M(["donald_trump", "mark_carney"], None, None, IP, P,
          "Trump's social media statement said he and the prime minister agreed on many things, and he would be meeting with Carney immediately after the election to \"work on elements of politics, business, and all other factors.\""),
        # Not rows: "comprehensive negotiations for a "new economic and security relationship""
        # and "the discussions the two countries will have following the vote" (negotiations
        # between countries, no persons named beyond the planned meeting above); the statement of
        # the Prime Minister's Office and Trump's social media post (statements); "Trump said in
        # the Oval Office" (remarks to reporters); Vance's response (a statement). "Photo:
        # Contributed" is a photo credit (kept in the text, not annotated). Removed: the search
        # tool's " date 2025-03-29" prefix and the last, cut-off sentence ("Vance said Canada
        # "doesn't have the cards" to win a trade war with the U.S. and claimed Canadian
        # leadership had forced American farmers"). "(lef)" is kept as it stands.
    ],
    roles=[("Prime Minister", "mark_carney"), ("U.S. President", "donald_trump"), ("the prime minister", "mark_carney"),
           ("the president", "donald_trump"), ("Vice-President", "jd_vance")],
)

_JH = ("Before meeting Muizzu, Jaishankar held a series of meetings with other invited foreign leaders, including Bangladesh Prime Minister Sheikh Hasina, Sri Lankan President, Bhutan PM.")
_JL = ("Later in the day, the foreign minister met Nepal Prime Minister Pushpa Kamal Dahal 'Prachanda', Mauritius Prime Minister Pravind Kumar Jugnauth, his Bhutanese counterpart Tshering Tobgay and Vice-President of Seychelles Ahmed Afif.")
A["dev_7404_jaishankar_muizzu_new_delhi"] = dict(
    actors={
        "subrahmanyam_jaishankar": ["Dr S Jaishankar", "S Jaishankar", "Jaishankar"],
        "mohamed_muizzu": ["Mohamed Muizzu", "Dr Mohamed Muizzu", "Muizzu"],
        "narendra_modi": ["Narendra Modi"],
        "sheikh_hasina": ["Sheikh Hasina", "Hasina"],
        "ranil_wickremesinghe": ["Ranil Wickremesinghe"],
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal", "Prachanda"],
        "pravind_jugnauth": ["Pravind Kumar Jugnauth"],
        "tshering_tobgay": ["Tshering Tobgay"],
        "ahmed_afif": ["Ahmed Afif"],
    },
    meetings=[
        # "Jaishankar, on Monday, met with Maldivian President Mohamed Muizzu in the national
        # capital" ("Delighted to call on President Dr Mohamed Muizzu of Maldives today in New
        # Delhi"; the caption: the same meeting) -> held, 2024-06-10, New Delhi.
        M(["subrahmanyam_jaishankar", "mohamed_muizzu"], "2024-06-10", "New Delhi", IP, H,
          "New Delhi: Minister of External Affairs Dr S Jaishankar, on Monday, met with Maldivian President Mohamed Muizzu in the national capital amid frayed relations between the two nations."),
        # "a series of meetings with other invited foreign leaders, including Bangladesh Prime
        # Minister Sheikh Hasina" ("Honoured to call on Prime Minister Sheikh Hasina of
        # Bangladesh today") -> held, 2024-06-10 (the same Monday: "Before meeting Muizzu",
        # "today"), New Delhi (the dateline; the invited leaders are in New Delhi).
        M(["subrahmanyam_jaishankar", "sheikh_hasina"], "2024-06-10", "New Delhi", IP, H, _JH),
        # The list's "Sri Lankan President" is Ranil Wickremesinghe, named in the next sentence
        # ("for receiving me this morning in New Delhi") -> held, 2024-06-10, New Delhi.
        M(["subrahmanyam_jaishankar", "ranil_wickremesinghe"], "2024-06-10", "New Delhi", IP, H,
          "On his meeting with Ranil Wickremesinghe, Jaishankar said: \"Appreciate President Ranil Wickremesinghe of Sri Lanka for receiving me this morning in New Delhi."),
        # "Later in the day, the foreign minister met Nepal Prime Minister Pushpa Kamal Dahal
        # 'Prachanda', Mauritius Prime Minister Pravind Kumar Jugnauth, his Bhutanese counterpart
        # Tshering Tobgay and Vice-President of Seychelles Ahmed Afif" -> four separate meetings
        # (a list of counterparts met one by one, as dev_032's "met Yushchenko and Saakashvili"),
        # no pair rows among the four visitors; held, 2024-06-10, New Delhi (the dateline). The
        # earlier list's "Bhutan PM" is Tobgay: the same meeting, one row.
        M(["subrahmanyam_jaishankar", "pushpa_kamal_dahal"], "2024-06-10", "New Delhi", IP, H, _JL),
        M(["subrahmanyam_jaishankar", "pravind_jugnauth"], "2024-06-10", "New Delhi", IP, H, _JL),
        M(["subrahmanyam_jaishankar", "tshering_tobgay"], "2024-06-10", "New Delhi", IP, H, _JL),
        M(["subrahmanyam_jaishankar", "ahmed_afif"], "2024-06-10", "New Delhi", IP, H, _JL),
        # Not rows: "Jaishankar took oath as the minister in the Narendra Modi-led government" (a
        # swearing-in, no meeting with Modi stated); "Muizzu arrived in New Delhi on his first
        # visit" (an arrival); the posts on social media (statements). "Image Source : DR. S.
        # JAISHANKAR/X" is the photo credit (kept, not annotated). Removed: the search tool's
        # " date 2024-06-10" prefix, the widget words "Follow us on" before the caption, and the
        # related-link line at the end ("Also Read: Pakistan PM Shehbaz Sharif congratulates PM
        # Narendra Modi for his historic third term").
    ],
    roles=[("Minister of External Affairs", "subrahmanyam_jaishankar"), ("EAM", "subrahmanyam_jaishankar"),
           ("Maldivian President", "mohamed_muizzu"), ("Maldives President", "mohamed_muizzu"),
           ("the island nation's president", "mohamed_muizzu"), ("Bangladesh Prime Minister", "sheikh_hasina"),
           ("Sri Lankan President", "ranil_wickremesinghe"), ("Bhutan PM", "tshering_tobgay"),
           ("the foreign minister", "subrahmanyam_jaishankar"), ("Nepal Prime Minister", "pushpa_kamal_dahal"),
           ("Mauritius Prime Minister", "pravind_jugnauth"), ("his Bhutanese counterpart", "tshering_tobgay"),
           ("Vice-President of Seychelles", "ahmed_afif")],
)

A["dev_7405_lee_asean_sidelines_bangkok"] = dict(
    actors={
        "lee_hsien_loong": ["Lee Hsien Loong", "PM Lee", "Mr Lee"],
        "nguyen_xuan_phuc": ["Nguyen Xuan Phuc"],
        "hun_sen": ["Hun Sen"],
        "prem_tinsulanonda": ["General Prem Tinsulanonda", "Prem Tinsulanonda"],
        "asean": ["Asean"],
    },
    meetings=[
        # Caption: "PM Lee Hsien Loong meeting Vietnamese PM Nguyen Xuan Phuc on the sidelines of
        # the Asean Summit in Bangkok, on June 22, 2019." ("He said he asked to meet Vietnamese
        # PM Nguyen Xuan Phuc on Saturday"; "the meeting with Mr Phuc" quoted: the same) -> held,
        # 2019-06-22, Bangkok (a sideline bilateral: a row; the summit itself is not).
        M(["lee_hsien_loong", "nguyen_xuan_phuc"], "2019-06-22", "Bangkok", IP, H,
          "PM Lee Hsien Loong meeting Vietnamese PM Nguyen Xuan Phuc on the sidelines of the Asean Summit in Bangkok, on June 22, 2019."),
        # "Mr Lee also met Cambodian Prime Minister Hun Sen on Sunday afternoon" (the caption
        # "on June 23, 2019": the same) -> held, 2019-06-23, Bangkok.
        M(["lee_hsien_loong", "hun_sen"], "2019-06-23", "Bangkok", IP, H,
          "Mr Lee also met Cambodian Prime Minister Hun Sen on Sunday afternoon."),
        # "bilateral meetings with four of his counterparts ... with the leaders of Thailand,
        # Cambodia, Indonesia and Vietnam" -> the Thai and Indonesian leaders are given by
        # country only: one one-party row for the two unnamed counterparts, held, date null (the
        # weekend: Saturday or Sunday), Bangkok; required False (a summary sentence whose named
        # half is the two rows above; the two unnamed meetings are collapsed into one row).
        M(["lee_hsien_loong"], None, "Bangkok", IP, H,
          "These were with the leaders of Thailand, Cambodia, Indonesia and Vietnam.",
          False),
        # Not rows: "participated in the 34th Asean Summit in Bangkok" (the multilateral summit);
        # "PM Lee told reporters" (a statement); Lee's "Facebook post in a tribute following the
        # death of ... General Prem Tinsulanonda" (a post, no meeting). "PHOTO: LIANHE ZAOBAO" and
        # "PHOTO: MCI" are photo credits (kept in the text, not annotated). Removed: the search
        # tool's " date 2019-06-23" prefix and the last, cut-off paragraph (""He had the same view
        # that 'you are not going to convince me of"). The empty lines around the captions are
        # kept.
    ],
    roles=[("Singapore Prime Minister", "lee_hsien_loong"), ("Vietnamese PM", "nguyen_xuan_phuc"),
           ("Cambodian Prime Minister", "hun_sen"), ("Cambodian PM", "hun_sen"),
           ("Thailand's former prime minister", "prem_tinsulanonda")],
)

_KEN = "In Nairobi, newly elected Prime Minister Jomo Kenyatta presided over a meeting of his neighbors."
_SAT = ("On one side sat Uganda's Prime Minister Milton Apollo Obote, grinning cheerfully be neath his toothbrush mustache; on the other, Tanganyika's high-spirited President Julius Nyerere.")
A["dev_7406_kenyatta_obote_nyerere_nairobi"] = dict(
    actors={
        "jomo_kenyatta": ["Jomo Kenyatta", "Kenyatta"],
        "milton_obote": ["Milton Apollo Obote"],
        "julius_nyerere": ["Julius Nyerere"],
        "abdullahi_issa": ["Abdullahi Issa"],
        "mutesa_ii": ["Frederick Mutesa II", "King Freddie"],
    },
    meetings=[
        # "Kenyatta presided over a meeting of his neighbors. On one side sat ... Obote ...; on the
        # other, ... Nyerere" ("From three hours of talk", "said the three leaders") -> a meeting
        # of three named leaders: one row per pair, held, date null ("last week"), Nairobi.
        M(["jomo_kenyatta", "milton_obote"], None, "Nairobi", IP, H, _KEN),
        M(["jomo_kenyatta", "julius_nyerere"], None, "Nairobi", IP, H, _KEN),
        M(["milton_obote", "julius_nyerere"], None, "Nairobi", IP, H, _SAT),
        # Not rows: "Present as an observer: Somalia's Foreign Minister Abdullahi Issa" (present,
        # not a participant: no Issa pairs); "with Somalia, Rwanda and Burundi also invited"
        # (states invited to the federation); "a joint committee will spend the next two months
        # drafting" (unnamed); "probable opposition from Buganda's Frederick Mutesa II" (no
        # meeting); Kenyatta's declaration (a statement). The East African Federation (a proposed
        # state) and the Kikuyu are not actors. Removed: the last, cut-off word of the excerpt
        # ("But"). "be neath" is kept as it stands.
    ],
    roles=[("newly elected Prime Minister", "jomo_kenyatta"), ("Uganda's Prime Minister", "milton_obote"),
           ("Tanganyika's high-spirited President", "julius_nyerere"), ("Somalia's Foreign Minister", "abdullahi_issa"),
           ("Buganda's Frederick Mutesa II", "mutesa_ii")],
)

_MS = ("The Iranian foreign minister also held talks with his Syrian counterpart Walid Muallem and Syrian Vice President Farouk al-Sharaa separately over Tehran-Damascus relations on Wednesday.")
A["test_7407_mottaki_assad_latakia"] = dict(
    actors={
        "manouchehr_mottaki": ["Manouchehr Mottaki", "Mottaki"],
        "bashar_al_assad": ["Bashar Assad", "Assad"],
        "walid_muallem": ["Walid Muallem"],
        "farouk_al_sharaa": ["Farouk al-Sharaa"],
        "ramin_mehmanparast": ["Ramin Mehmanparast"],
        "ferdousipour": ["Ferdousipour"],
        "ali_al_shami": ["Ali al-Shami"],
        "iranian_foreign_ministry": ["Foreign Ministry"],
        "tehran_times": ["Tehran Times"],
        "israel_defense_forces": ["Israeli military"],
    },
    meetings=[
        # "Mottaki discussed the latest regional developments with President Bashar Assad in the
        # Syrian port city of Latakia on Wednesday" (the caption "Assad welcoming Foreign Minister
        # Mottaki": the same) -> held, 2010-08-11, Latakia.
        M(["manouchehr_mottaki", "bashar_al_assad"], "2010-08-11", "Latakia", IP, H,
          "DAMASCUS – Iranian Foreign Minister Manouchehr Mottaki discussed the latest regional developments with President Bashar Assad in the Syrian port city of Latakia on Wednesday."),
        # "held talks with his Syrian counterpart Walid Muallem and Syrian Vice President Farouk
        # al-Sharaa separately ... on Wednesday" -> two bilaterals ("separately": no
        # Muallem-al-Sharaa pair), held, 2010-08-11, Syria (the text names Latakia only for the
        # Assad talks and gives the visit as "visiting Syria"; the DAMASCUS dateline is not taken
        # as the venue).
        M(["manouchehr_mottaki", "walid_muallem"], "2010-08-11", "Syria", IP, H, _MS),
        M(["manouchehr_mottaki", "farouk_al_sharaa"], "2010-08-11", "Syria", IP, H, _MS),
        # "the meeting he held with his Lebanese counterpart Ali al-Shami in Tehran on Sunday" ->
        # held, 2010-08-08, Tehran.
        M(["manouchehr_mottaki", "ali_al_shami"], "2010-08-08", "Tehran", IP, H,
          "Mottaki had previously stated that his consultation with Syrian officials would be in line with the meeting he held with his Lebanese counterpart Ali al-Shami in Tehran on Sunday."),
        # Not rows: Mehmanparast and Ferdousipour "were accompanying Mottaki" (aides: not
        # participants; the caption's Assad "welcoming ... his assistant Ramin Mehmanparast" is
        # the Assad meeting, no Assad-Mehmanparast row); "his consultation with Syrian officials"
        # (unnamed, general); "Tehran Times reporter who was accompanying Mottaki" (a reporter);
        # the Israeli attack and Assad's and Iran's statements (no meeting). The "Lebanese
        # resistance movement" is not named (not annotated). Removed: nothing at the start (the
        # excerpt opens with the headline); nothing at the end (the caption line is kept). The
        # time "0:0" in the date line is kept as it stands.
    ],
    roles=[("Iranian Foreign Minister", "manouchehr_mottaki"), ("The Iranian foreign minister", "manouchehr_mottaki"),
           ("Syrian leader", "bashar_al_assad"), ("his Syrian counterpart", "walid_muallem"),
           ("Syrian Vice President", "farouk_al_sharaa"), ("the Foreign Ministry spokesman", "ramin_mehmanparast"),
           ("the director of the Foreign Ministry department for the Persian Gulf and Middle East region", "ferdousipour"),
           ("his Lebanese counterpart", "ali_al_shami"), ("Syrian President", "bashar_al_assad"),
           ("his assistant", "ramin_mehmanparast")],
)

_HW = ("Later in the afternoon, Chinese President Hu Jintao and top legislator Wu Bangguo met with Fukuda, respectively, after he spoke at the elite Peking University.")
A["dev_7408_wen_fukuda_beijing"] = dict(
    actors={
        "wen_jiabao": ["Wen Jiabao", "Wen"],
        "yasuo_fukuda": ["Yasuo Fukuda", "Fukuda"],
        "hu_jintao": ["Hu Jintao"],
        "wu_bangguo": ["Wu Bangguo"],
    },
    meetings=[
        # "Wen Jiabao held "heart-to-heart" talks with Japanese Prime Minister Yasuo Fukuda on
        # Friday" ("Friday's talks took place in the Great Hall of the People") -> held,
        # 2007-12-28, Beijing (the Great Hall of the People resolved to its city, as the White
        # House -> Washington).
        M(["wen_jiabao", "yasuo_fukuda"], "2007-12-28", "Beijing", IP, H,
          "Chinese Premier Wen Jiabao held \"heart-to-heart\" talks with Japanese Prime Minister Yasuo Fukuda on Friday, and both stressed joint efforts to promote bilateral relations, saying \"a spring has come\" for China-Japan ties."),
        # "Later in the afternoon, ... Hu Jintao and top legislator Wu Bangguo met with Fukuda,
        # respectively" -> two separate meetings ("respectively": no Hu-Wu pair), held,
        # 2007-12-28 (the afternoon of Friday), place null (the text gives no place for these
        # two; the Great Hall is named for the Wen talks and Peking University for a speech).
        M(["hu_jintao", "yasuo_fukuda"], "2007-12-28", None, IP, H, _HW),
        M(["wu_bangguo", "yasuo_fukuda"], "2007-12-28", None, IP, H, _HW),
        # "The premier and Fukuda had a "friendly telephone call" only four days after Fukuda
        # assumed his premiership" -> phone, held, date null (no day given), place null.
        M(["wen_jiabao", "yasuo_fukuda"], None, None, PH, H,
          "The premier and Fukuda had a \"friendly telephone call\" only four days after Fukuda assumed his premiership."),
        # "They also met over lunch during an Asian summit in Singapore last month" -> a meeting
        # on the sidelines of a summit, held, date null ("last month"), Singapore.
        M(["wen_jiabao", "yasuo_fukuda"], None, "Singapore", IP, H,
          "They also met over lunch during an Asian summit in Singapore last month."),
        # Not rows: the "Asian summit in Singapore" itself (multilateral); "Wen proposed the two
        # countries should maintain momentum through mutual visits and meetings at various
        # multilateral occasions" (a proposal, no specific meeting); "he spoke at the elite
        # Peking University" (a speech; the university is a venue, not annotated). Removed: the
        # last, cut-off fragment ("The two countries"). The hard line breaks are kept as they
        # stand.
    ],
    roles=[("Chinese Premier", "wen_jiabao"), ("Japanese Prime Minister", "yasuo_fukuda"),
           ("Chinese President", "hu_jintao"), ("top legislator", "wu_bangguo"),
           ("The premier", "wen_jiabao"), ("the premier", "wen_jiabao")],
)

_VOR = ("The two men had already agreed with Moldovan President Vladimir Voronin to create an \"orange belt\" around Russia to reinvigorate GUUAM.")
A["dev_7409_saakashvili_yushchenko_kyiv"] = dict(
    actors={
        "mikheil_saakashvili": ["Mikheil Saakashvili", "Saakashvili"],
        "viktor_yushchenko": ["Viktor Yushchenko", "Yushchenko"],
        "vladimir_voronin": ["Vladimir Voronin"],
        "guuam": ["GUUAM"],
        "european_union": ["EU"],
        "nato": ["NATO"],
    },
    meetings=[
        # "The Georgian and Ukrainian heads of state met in Kyiv on 25 March" (named in the next
        # sentence; "after the meeting", "a joint news conference", "a meeting of two leaders":
        # the same) -> held, 2005-03-25, Kyiv.
        M(["mikheil_saakashvili", "viktor_yushchenko"], "2005-03-25", "Kyiv", IP, H,
          "The Georgian and Ukrainian heads of state met in Kyiv on 25 March to affirm their mutual cooperation and to discuss both regional and bilateral issues."),
        # "The two men had already agreed with Moldovan President Vladimir Voronin to create an
        # "orange belt"" -> an earlier agreement with a named leader: an interaction is stated,
        # its occasion and mode are not -> rows with Voronin, held, date and place null; required
        # False (as dev_7205's invitation "conveyed" to Dulles). The Saakashvili-Yushchenko pair
        # of that occasion is not coded again (the pair's meeting of this article is the row
        # above).
        M(["mikheil_saakashvili", "vladimir_voronin"], None, None, IP, H, _VOR, False),
        M(["viktor_yushchenko", "vladimir_voronin"], None, None, IP, H, _VOR, False),
        # Not rows: "I was last in Kyiv with champagne and greeted Kyivans on the victory and New
        # Year" (a visit with no counterpart named, inside a quotation); "Both men have offered to
        # intervene in Kyrgyzstan" (an offer); "efforts to join the EU and NATO" (no meeting).
        # "(RFE/RL)" in the dateline is the agency credit (not annotated). Removed: the byline and
        # the image-address line at the start ("By Yuri Svirko",
        # "http://gdb.rferl.org/0F920581-D44D-4AB3-AEF0-F2BADBF95BCA_w203.jpg") and the last,
        # cut-off sentence ("Yushchenko said proposals for concrete projects will be presented to
        # GUUAM members at a summit next month: "M"), which would have given no row (a
        # multilateral summit). The caption "President Saakashvili (file photo)" is kept.
    ],
    roles=[("Georgian President", "mikheil_saakashvili"), ("Ukrainian President", "viktor_yushchenko"),
           ("Moldovan President", "vladimir_voronin")],
)

A["dev_7410_erdogan_sanchez_video"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan", "Erdoğan", "Erdogan"],
        "pedro_sanchez": ["Pedro Sanchez", "Sanchez"],
        "turkish_directorate_of_communications": ["Communications Directorate"],
        "mevlut_cavusoglu": ["Mevlut Cavusoglu"],
        "hulusi_akar": ["Hulus Akar"],
    },
    meetings=[
        # "President Erdoğan and prime minister of Spain on Thursday held a meeting via video
        # conference" (the headline's "meet via video link"; "In the meeting with Pedro Sanchez":
        # the same) -> video, held, 2020-09-17, place null.
        M(["recep_tayyip_erdogan", "pedro_sanchez"], "2020-09-17", None, VID, H,
          "President Erdoğan and prime minister of Spain on Thursday held a meeting via video conference, according to Turkey’s Communications Directorate."),
        # Not rows: "Accompanying Erdogan were also Foreign Minister Mevlut Cavusoglu and defense
        # chief Hulus Akar" (accompanying: not participants, no pair rows); "the directorate said
        # in a statement" (a statement). Nothing was removed (the excerpt is the whole story).
        # "Hulus Akar" is kept as it stands (key `hulusi_akar`).
    ],
    roles=[("Spanish premier", "pedro_sanchez"), ("prime minister of Spain", "pedro_sanchez"),
           ("Foreign Minister", "mevlut_cavusoglu"), ("defense chief", "hulusi_akar"),
           ("the directorate", "turkish_directorate_of_communications")],
)

_RF = ("Mr Rudd met with PNG's new prime minister Peter O'Neill and his local counterpart, Ano Pala, at the Australian high commission residence on Friday night, but declined to answer questions from the media.")
_RS = ("He will then return to Port Moresby for more meetings with Mr O'Neill, who took the top job after a parliamentary vote in August, and Mr Pala.")
A["test_7411_rudd_oneill_port_moresby"] = dict(
    actors={
        "kevin_rudd": ["Kevin Rudd", "Mr Rudd"],
        "peter_oneill": ["Peter O'Neill", "Mr O'Neill"],
        "ano_pala": ["Ano Pala", "Mr Pala"],
        "ramsi": ["Regional Assistance Mission to the Solomon Islands", "RAMSI"],
    },
    meetings=[
        # "Mr Rudd met with PNG's new prime minister Peter O'Neill and his local counterpart, Ano
        # Pala, at the Australian high commission residence on Friday night" -> a meeting of
        # three named people: one row per pair, held, 2011-09-30, Port Moresby ("he arrived in
        # Port Moresby on Friday"). The hosts' pair O'Neill-Pala (the same government) is
        # required False (as dev_017's Guterres-Mohammed).
        M(["kevin_rudd", "peter_oneill"], "2011-09-30", "Port Moresby", IP, H, _RF),
        M(["kevin_rudd", "ano_pala"], "2011-09-30", "Port Moresby", IP, H, _RF),
        M(["peter_oneill", "ano_pala"], "2011-09-30", "Port Moresby", IP, H, _RF, False),
        # "On Saturday morning, Mr Rudd is due to fly to Moreguinea village ... He will then return
        # to Port Moresby for more meetings with Mr O'Neill ... and Mr Pala" -> planned, two rows
        # (the meetings are given as "more meetings" with each, not as a three-way session),
        # 2011-10-01 (the Saturday of the trip: "then", after the Saturday-morning flight), Port
        # Moresby.
        M(["kevin_rudd", "peter_oneill"], "2011-10-01", "Port Moresby", IP, P, _RS),
        M(["kevin_rudd", "ano_pala"], "2011-10-01", "Port Moresby", IP, P, _RS),
        # Not rows: "meet health centre staff" (unnamed); "The leaders are also expected to
        # discuss regional issues" (the same planned meetings); "the 20th annual
        # Australia-Papua New Guinea Ministerial Forum, scheduled to be held in Canberra on
        # October 12" (a forum with no named participants); "In a press statement issued before
        # the meeting" (a statement). Removed: the page lines before the repeated headline (the
        # headline "Aust-PNG relationship strong: Rudd" given first, the widget line "We’re sorry, this feature is
        # currently unavailable. We’re working to restore it. Please try again later.",
        # "Advertisement", "This was published 12 years ago") and the widget lines at the end
        # ("Most Viewed in World", "Loading").
    ],
    roles=[("Foreign Minister", "kevin_rudd"), ("PNG's new prime minister", "peter_oneill"),
           ("his local counterpart", "ano_pala")],
)

_MOB = ("Zairean President Mobutu Sese Seko met Sunday with Angolan rebel leader Jonas Savimbi and a senior U.S. envoy in southern France in his most serious bid yet to revive a peace accord to end Angola’s 14-year civil war.")
_MSC = "Mobutu talked with Savimbi and Herman Cohen, assistant secretary of state for African affairs."
_WAS = ("Cohen played a key role in talks in Washington earlier this month when President Bush persuaded Savimbi to return to the conference table.")
A["dev_7412_mobutu_savimbi_france"] = dict(
    actors={
        "mobutu_sese_seko": ["Mobutu Sese Seko", "Mobutu"],
        "jonas_savimbi": ["Jonas Savimbi", "Savimbi"],
        "herman_cohen": ["Herman Cohen", "Cohen"],
        "george_h_w_bush": ["President Bush"],
        "unita": ["UNITA", "National Union for the Total Independence of Angola"],
        "jose_eduardo_dos_santos": ["Jose Eduardo dos Santos"],
        "pik_botha": ["Roelof F. (Pik) Botha"],
    },
    meetings=[
        # "Mobutu Sese Seko met Sunday with ... Jonas Savimbi and a senior U.S. envoy in southern
        # France"; "Mobutu talked with Savimbi and Herman Cohen" ("Sunday’s meeting": one
        # meeting of three named people) -> one row per pair, held, 1989-10-15, France (no city:
        # "southern France"). Savimbi-Cohen is kept required by the pair rule (as dev_001's
        # Sadiq-Tarar).
        M(["mobutu_sese_seko", "jonas_savimbi"], "1989-10-15", "France", IP, H, _MOB),
        M(["mobutu_sese_seko", "herman_cohen"], "1989-10-15", "France", IP, H, _MSC),
        M(["jonas_savimbi", "herman_cohen"], "1989-10-15", "France", IP, H, _MSC),
        # "talks in Washington earlier this month when President Bush persuaded Savimbi to return
        # to the conference table" -> Bush-Savimbi, held, date null ("earlier this month"),
        # Washington. Cohen "played a key role in talks": his part is given as a role in the talks,
        # not as a party met -> Cohen-Savimbi and Bush-Cohen (the same side) required False.
        M(["george_h_w_bush", "jonas_savimbi"], None, "Washington", IP, H, _WAS),
        M(["herman_cohen", "jonas_savimbi"], None, "Washington", IP, H, _WAS, False),
        M(["george_h_w_bush", "herman_cohen"], None, "Washington", IP, H, _WAS, False),
        # "In June, Savimbi attended a summit in Gbadolite, Zaire, at which he met for the first
        # time with Angolan President Jose Eduardo dos Santos" -> a meeting at a summit, held,
        # date null (month only), Gbadolite.
        M(["jonas_savimbi", "jose_eduardo_dos_santos"], None, "Gbadolite", IP, H,
          "In June, Savimbi attended a summit in Gbadolite, Zaire, at which he met for the first time with Angolan President Jose Eduardo dos Santos."),
        # "Botha is scheduled to be briefed on the talks in a separate meeting with Mobutu" ->
        # planned, date null, place null.
        M(["pik_botha", "mobutu_sese_seko"], None, None, IP, P,
          "South African Foreign Minister Roelof F. (Pik) Botha is scheduled to be briefed on the talks in a separate meeting with Mobutu, officials said."),
        # Not rows: the Gbadolite summit as such (multilateral); "African leaders will meet in
        # Libreville, Gabon, this month for the formal signing" (multilateral, unnamed,
        # conditional: "If Mobutu is able to put together an agreement"); "A Zairean spokesman
        # described" (unnamed, a statement); "the United States leaned hard on Savimbi" (a
        # government, no occasion). "From Reuters" is the agency credit (not annotated); the
        # Luanda government is not annotated (a government named by its capital). Removed: the
        # widget lines "Advertisement" (at the start, once in the body and at the end) and
        # "Share" (between the headline and the credit line).
    ],
    roles=[("Zairean President", "mobutu_sese_seko"), ("Angolan rebel leader", "jonas_savimbi"),
           ("a senior U.S. envoy", "herman_cohen"), ("assistant secretary of state for African affairs", "herman_cohen"),
           ("Angolan President", "jose_eduardo_dos_santos"), ("South African Foreign Minister", "pik_botha")],
)
