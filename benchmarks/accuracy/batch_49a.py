"""Accuracy corpus, batch 49a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1980s, 1990s, 2000s, 2010s and
2020s (1980s: three, 1990s: two, 2000s: two, 2010s: two, 2020s: three; five of the twelve from
before 2000, as the brief asked), over the eleven regions (Africa: two; Middle East, South Asia,
North America, Western Europe, Eastern Europe/Russia, Latin America, Central Asia/Caucasus,
Oceania, Southeast Asia, East Asia: one each).
Outlets/sites: EbonyLife TV (ebonylifetv.com), the Los Angeles Times (latimes.com archive, Times
Wire Services), the Associated Press (apnews.com archive), Nepalnews (archive.nepalnews.com), the
Weekly Compilation of Presidential Documents (gpo.gov, a presidential news conference), Politico
Europe (politico.eu), the Bulgarian Telegraph Agency's news bulletin (BTA, distributed by the
Embassy of Bulgaria in Washington; a mirror of the news/agencies/bta/ archive path), a blog
carrying an Associated Press story (adam.antville.org, "Adamant: Hardest metal"), the 24.kg news
agency (24.kg), FijiLive (fijilive.com), the Global Times (globaltimes.cn) and Time (magazine
archive, text mirror). ebonylifetv.com, archive.nepalnews.com, gpo.gov, politico.eu, the BTA
bulletin mirror, adam.antville.org and globaltimes.cn are new to the corpus as sites (as far as
`sources.csv` and the batch files show); the other sites were used before, the pages and the
stories are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_49a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-48b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_96NN_<slug>` / `test_96NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's date line "May 12 , 2015" (2015-05-12 is a Tuesday) opens the first paragraph:
    # the talks "in Nairobi, as part of John Kerry's three-day official tour" are not dated ->
    # null; "on the second of April this year" (the Garissa attack) and "last month" (Amina
    # Mohamed's appeal) -> no rows.
    ("dev_9601_kenyatta_kerry_nairobi", "Africa", "2010s", "EbonyLife TV (ebonylifetv.com)", "https://ebonylifetv.com/uhuru-kenyatta-and-john-kerry-hold-discussions/", "2015-05-12"),
    # No date line in the excerpt; the URL's la-xpm-1987-07-07 (a Tuesday): "met on Monday" ->
    # 1987-07-06 (a Monday); the Geneva talks: "would meet again today" -> 1987-07-07 (planned),
    # their first session "met" on the first of the "two days of talks" -> 1987-07-06 (see the
    # notes); "seven months ago", "on June 18" (the abduction) -> no rows.
    ("dev_9602_assad_walters_damascus", "Middle East", "1980s", "Los Angeles Times (latimes.com archive; Times Wire Services)", "https://www.latimes.com/archives/la-xpm-1987-07-07-mn-1612-story.html", "1987-07-07"),
    # The date line "September 8, 1989" (a Friday) and the dateline "DAKAR, Senegal (AP)":
    # "arrived in Mauritania on Wednesday for talks" -> 1989-09-06 (a Wednesday); the "overnight
    # visit" with Diouf that followed "later" spans two days -> null (see the notes); "on
    # Thursday" (the end of the mission), "Oct. 5" (a panel of unnamed OAU ministers), "Aug. 22"
    # (broken relations) -> no rows.
    ("test_9603_mubarak_diouf_taya_mission", "Africa", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/3ad11456ef665a34196c78acd6811fbb", "1989-09-08"),
    # The date line "January 1, 2001" and the dateline "Kathmandu, Jan. 1" (2001-01-01 is a
    # Monday): "a three-day state visit ... from January 5 to 7, 2001": the airport reception,
    # the audience and the banquet of the arrival day -> 2001-01-05 (a Friday; see the notes);
    # "on January 6" (Lumbini), "on Jan. 6" (the official talks) and "Later the same evening"
    # (the dinner) -> 2001-01-06 (a Saturday); the calls at the palace are not dated -> null;
    # "on Jan. 7, 2001" (the departure) -> no row.
    ("dev_9604_bagabandi_nepal_visit_planned", "South Asia", "2000s", "Nepalnews (archive.nepalnews.com)", "https://archive.nepalnews.com/mongolian-president-to-visit-nepal-jan-5-7", "2001-01-01"),
    # The document's date line " July 9, 1993" under the title (1993-07-09 is a Friday); the
    # URL's WCPD-1993-07-19 is the weekly compilation's issue (Monday, July 19, 1993; its header
    # lines were removed): the news conference's "I have just spent" and "especially today" ->
    # 1993-07-09; "just a few days ago" (a signing by Aristide and Cedras) -> no row.
    ("dev_9605_clinton_campbell_tokyo_news_conference", "North America", "1990s", "Weekly Compilation of Presidential Documents (gpo.gov; The President's News Conference)", "https://www.gpo.gov/fdsys/pkg/WCPD-1993-07-19/html/WCPD-1993-07-19-Pg1297-2.htm", "1993-07-09"),
    # No date line in the excerpt; the search tool's date field 2025-01-16 (removed with its
    # prefix; a Thursday): the call's day is not given ("following her call") -> null; "last
    # week" (her request to speak to Trump) -> no row; "a 2019 poll" -> no row.
    ("dev_9606_frederiksen_trump_greenland_call", "Western Europe", "2020s", "Politico Europe (politico.eu)", "https://www.politico.eu/article/greenland-independence-denmark-mette-frederiksen-donald-trump/", "2025-01-16"),
    # The bulletin's date line "News from Bulgaria / Nov. 21, 95" and the URL's 95-11-21
    # (1995-11-21 is a Tuesday); the item's dateline "Sofia, November 20 (BTA)" (a Monday):
    # "today arrived", "the talks this afternoon" -> 1995-11-20 (resolved against the item's
    # dateline, as ANNOTATION's datelines); "On Tuesday" -> 1995-11-21; "on Wednesday" ->
    # 1995-11-22 (a Wednesday).
    ("test_9607_stephanopoulos_zhelev_sofia", "Eastern Europe/Russia", "1990s", "BTA (Bulgarian Telegraph Agency) news bulletin, distributed by the Embassy of Bulgaria, Washington (a mirror of the news/agencies/bta/ archive path)", "http://303630.ld5mlx17.asia/news/agencies/bta/1995/95-11-21.bta.html", "1995-11-21"),
    # The blog's date line "Saturday, April 26, 2003" (a Saturday) and the story's dateline
    # "PUERTO ORDAZ, Venezuela (April 23, 5:50 p.m. ADT)": "agreed Wednesday" and "the leaders'
    # one-day meeting" -> 2003-04-23 (a Wednesday; resolved against the dateline, as ANNOTATION's
    # datelines); "on July 22" -> 2003-07-22 (a Tuesday); "published Sunday" (Osorio's remarks)
    # -> no row.
    ("dev_9608_uribe_chavez_puerto_ordaz", "Latin America", "2000s", "adam.antville.org (a blog, \"Adamant: Hardest metal\", carrying an Associated Press story via Anchorage Daily News-Nando Media-AP Online)", "https://adam.antville.org/stories/363141/", "2003-04-26"),
    # No date line in the excerpt; the search tool's date field 2021-06-29 (removed with its
    # prefix; a Tuesday): "are holding a tete-a-tete meeting" -> 2021-06-29 (the day itself);
    # "April 28-30, 2021" (the armed clash) -> no row.
    ("dev_9609_japarov_rahmon_dushanbe", "Central Asia/Caucasus", "2020s", "24.kg news agency (24.kg)", "https://24.kg/english/199278_Sadyr_Japarov_We_should_not_allow_recurrence_of_April_2021_events/", "2021-06-29"),
    # No date line in the excerpt; the search tool's date field 2023-06-04 (removed with its
    # prefix; a Sunday): "met in Apia this week" -> null (a week, not a day).
    ("dev_9610_rabuka_fiame_apia", "Oceania", "2020s", "FijiLive (fijilive.com)", "https://fijilive.com/fiji-samoa-work-on-stronger-economic-dev-ties/", "2023-06-04"),
    # No date line in the excerpt; the search tool's date field 2019-03-08 (removed with its
    # prefix; a Friday): "vowed on Thursday", said "after his meeting" -> 2019-03-07 (a
    # Thursday); "on Wednesday night" (Mahathir's arrival) -> no row.
    ("test_9611_duterte_mahathir_manila", "Southeast Asia", "2010s", "Global Times (globaltimes.cn)", "http://www.globaltimes.cn/content/1141377.shtml", "2019-03-08"),
    # The date line "Monday, May. 18, 1981" (a Monday; the magazine's issue date, as in the URL's
    # Time1981/1981-05-18): "the two-day visit" has no day -> null; "next month" (Honolulu),
    # "last July" -> no rows.
    ("dev_9612_reagan_suzuki_washington", "East Asia", "1980s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1981/1981-05-18/951666.html", "1981-05-18"),
]

A = {}

A["dev_9601_kenyatta_kerry_nairobi"] = dict(
    actors={
        "uhuru_kenyatta": ["Kenyan President Uhuru Kenyatta", "Uhuru Kenyatta", "Kenyatta"],
        "john_kerry": ["U.S. Secretary of State John Kerry", "John Kerry", "Kerry"],
        "amina_mohamed_jibril": ["Kenyan Foreign Minister Amina Mohamed", "Amina Mohamed"],
        "barack_obama": ["President Barack Obama", "Barack Obama"],
    },
    meetings=[
        # "Kenyan President Uhuru Kenyatta and U.S. Secretary of State John Kerry held talks in
        # Nairobi" ("Kerry also addressed Kenya's human rights in meetings with Kenyatta and
        # other government officials", "the group deliberated": the same talks, one row) ->
        # held, date null (not given), Nairobi. Evidence without the date line "May 12 , 2015 ".
        M(["uhuru_kenyatta", "john_kerry"], None, "Nairobi", IP, H,
          "And more on international communication, Kenyan President Uhuru Kenyatta and U.S. Secretary of State John Kerry held talks in Nairobi, as part of John Kerry’s three-day official tour."),
        # Not rows: "a call by Kenyan Foreign Minister Amina Mohamed who said last month that
        # Nairobi wanted ... support" (an appeal, not a telephone call; no counterpart); "Kerry
        # will also set out plans for President Barack Obama's first visit to Kenya" (a visit
        # to a country, no host named; the plans are Kerry's, not a meeting); the "other
        # government officials" and "a US official" (unnamed); the Garissa attack. Kept as found:
        # the date line run into the first paragraph ("May 12 , 2015 And more on international
        # communication, ..."). Removed: at the end, the site's comment widget ("Leave a Reply",
        # "Your email address will not be published. Required fields are marked *").
    ],
    roles=[("Kenyan President", "uhuru_kenyatta"), ("U.S. Secretary of State", "john_kerry"),
           ("The Secretary of State", "john_kerry"), ("Kenyan Foreign Minister", "amina_mohamed_jibril")],
)

_MP = ("A spokesman at the U.S. Embassy in Geneva said the two sides met at the Soviet diplomatic mission and would meet again today at the U.S. mission.")
A["dev_9602_assad_walters_damascus"] = dict(
    actors={
        "hafez_al_assad": ["President Hafez Assad", "Hafez Assad", "Assad"],
        "vernon_walters": ["veteran U.S. envoy Vernon A. Walters", "Vernon A. Walters", "Walters"],
        "jibran_kourieh": ["Assad spokesman Jibran Kourieh", "Jibran Kourieh"],
        "farouk_al_sharaa": ["Foreign Minister Farouk Shareh", "Farouk Shareh"],
        "david_ransom": ["David Ransom"],
        "william_eagleton": ["William L. Eagleton"],
        "richard_murphy": ["U.S. Assistant Secretary of State Richard W. Murphy", "Richard W. Murphy"],
        "vladimir_polyakov": ["Vladimir Polyakov"],
        "charles_glass": ["American journalist Charles Glass", "Charles Glass"],
        "soviet_foreign_ministry": ["Soviet Foreign Ministry"],
        "us_embassy_geneva": ["U.S. Embassy in Geneva"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "President Hafez Assad met on Monday with veteran U.S. envoy Vernon A. Walters" ("Walters
        # Slips Quietly Into Syria for Meeting With President Assad", "the talks", "The Walters
        # meeting with Syrian officials": the same meeting, one row) -> held, 1987-07-06,
        # Damascus.
        M(["hafez_al_assad", "vernon_walters"], "1987-07-06", "Damascus", IP, H,
          "President Hafez Assad met on Monday with veteran U.S. envoy Vernon A. Walters, who arrived quietly in Damascus from Moscow for talks on U.S.-Syrian relations and other Mideast issues, a senior Syrian official said."),
        # "two days of talks in Geneva by ... Richard W. Murphy and Vladimir Polyakov": "the two
        # sides met at the Soviet diplomatic mission" -> held, 1987-07-06 (the first of the two
        # days, the second being "today"; see the notes), Geneva; "and would meet again today at
        # the U.S. mission" -> a second session, planned, 1987-07-07, Geneva (a scheduled
        # next-day session distinguished from the held one, as ANNOTATION's dev_035).
        M(["richard_murphy", "vladimir_polyakov"], "1987-07-06", "Geneva", IP, H, _MP),
        M(["richard_murphy", "vladimir_polyakov"], "1987-07-07", "Geneva", IP, P, _MP),
        # Not rows: "Foreign Minister Farouk Shareh also attended the talks" and "Walters was
        # accompanied by David Ransom" (an attendee and a companion, not participants, as
        # ANNOTATION's attendees; see the notes); "Walters is expected to discuss with Syrian
        # officials the fate of nine American hostages" (unnamed officials; the same visit);
        # Walters "arrived ... from Moscow" (no meeting told); the withdrawal of Ambassador
        # Eagleton and Britain's severed relations; the abduction of Charles Glass. "From Times
        # Wire Services" is the credit (not annotated). Kept as found: the widget line "Share"
        # between the headline and the credit and the "Advertisement" line inside the text (no
        # removal was made inside a text). Removed: the "Advertisement" line at the start and
        # the last, cut-off sentence ("In Washington, State Department offici").
    ],
    roles=[("veteran U.S. envoy", "vernon_walters"), ("Assad spokesman", "jibran_kourieh"),
           ("Foreign Minister", "farouk_al_sharaa"), ("the U.S. charge d’affaires", "david_ransom"),
           ("its ambassador to Syria", "william_eagleton"),
           ("U.S. Assistant Secretary of State", "richard_murphy"),
           ("chief of the Soviet Foreign Ministry’s Middle East Department", "vladimir_polyakov"),
           ("American journalist", "charles_glass"),
           ("the U.S. ambassador to the United Nations", "vernon_walters")],
)

A["test_9603_mubarak_diouf_taya_mission"] = dict(
    actors={
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "maaouya_ould_sid_ahmed_taya": ["Col. Muawiya Ould Sid’Ahmed Taya", "Muawiya Ould Sid’Ahmed Taya"],
        "abdou_diouf": ["President Abdou Diouf", "Abdou Diouf"],
        "organization_of_african_unity": ["Organization for African Unity", "OAU"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "Mubarak arrived in Mauritania on Wednesday for talks with the chief of state, Col.
        # Muawiya Ould Sid'Ahmed Taya" -> held, 1989-09-06, Mauritania (no city named).
        M(["hosni_mubarak", "maaouya_ould_sid_ahmed_taya"], "1989-09-06", "Mauritania", IP, H,
          "Mubarak arrived in Mauritania on Wednesday for talks with the chief of state, Col. Muawiya Ould Sid’Ahmed Taya, and later flew to Senegal for an overnight visit with President Abdou Diouf."),
        # "... and later flew to Senegal for an overnight visit with President Abdou Diouf" ->
        # held, date null (an overnight visit from Wednesday evening into Thursday; see the
        # notes), Dakar (the dateline; "before leaving the Senegalese capital").
        M(["hosni_mubarak", "abdou_diouf"], None, "Dakar", IP, H,
          "Mubarak arrived in Mauritania on Wednesday for talks with the chief of state, Col. Muawiya Ould Sid’Ahmed Taya, and later flew to Senegal for an overnight visit with President Abdou Diouf."),
        # Not rows: "a panel of OAU ministers would meet Oct. 5 at the United Nations" and "The
        # commission ... is composed of the OAU ministers of Egypt, Niger, ..." (unnamed
        # ministers; multilateral); "Senegal and Mauritania broke diplomatic relations Aug. 22";
        # Mubarak's remarks "before leaving the Senegalese capital for Algeria" (a statement; no
        # meeting in Algeria told). "(AP)" in the dateline is the agency credit (not
        # annotated); "the OAU commission" is not given a name of its own (not a separate
        # actor). Kept as found: "Organization for African Unity", the double-prime quotation
        # marks. Removed: the site's widget line "Related topics" at the start and "Update
        # hourly" at the end.
    ],
    roles=[("Egyptian President", "hosni_mubarak"),
           ("president of the Organization for African Unity", "hosni_mubarak"),
           ("the chief of state", "maaouya_ould_sid_ahmed_taya")],
)

_BAU = ("Earlier, Their Majesties will receive in audience the President and Madame A Oyunbileg.")
_BLU = ("Their Majesties the King and Queen together with the President and Madame A Oyunbileg will fly to Lumbini on January 6.")
_BCALL = ("Prime Minister Girija Prasad Koirala, Minister for Foreign Affairs Chakra Prasad Bastola and leader of opposition party in the House of Representatives Madhav Kumar Nepal will call on the President at the Narayanhity Royal Palace.")
A["dev_9604_bagabandi_nepal_visit_planned"] = dict(
    actors={
        "birendra_bir_bikram_shah": ["King Birendra Bir Bikram Shah Dev"],
        "aishwarya_rajya_lakshmi_devi_shah": ["Queen Aishwarya Rajya Laxmi Devi Shah"],
        "natsagiin_bagabandi": ["President of Mongolia Natsagiin Bagabandi", "Natsagiin Bagabandi",
                                "President Bagabandi", "Bagabandi"],
        "a_oyunbileg": ["Madame A Oyunbileg", "A Oyunbileg"],
        "girija_prasad_koirala": ["Prime Minister Girija Prasad Koirala", "Girija Prasad Koirala",
                                  "Prime Minister Koirala", "Koirala"],
        "chakra_prasad_bastola": ["Minister for Foreign Affairs Chakra Prasad Bastola", "Chakra Prasad Bastola"],
        "madhav_kumar_nepal": ["Madhav Kumar Nepal"],
        "house_of_representatives_nepal": ["House of Representatives"],
        "kathmandu_metropolitan_city": ["Kathmandu Metropolitan City"],
    },
    meetings=[
        # "Their Majesties the King and Queen will receive the distinguished guests ... at the
        # VVIP lounge of Tribhuvan International Airport", "The same evening, Their Majesties ...
        # will host a state banquet in honour of the distinguished guests", "Earlier, Their
        # Majesties will receive in audience the President and Madame A Oyunbileg" (one day, one
        # city: one row per pair) -> a meeting of four named people: the King with the
        # President required; the Queen with the President, the King with Madame Oyunbileg and
        # the Queen with Madame Oyunbileg required False (spouses in a ceremonial reception; see
        # the notes); the two married couples are not paired with each other. Planned,
        # 2001-01-05 (the arrival day of the visit "from January 5 to 7"; see the notes),
        # Kathmandu (the dateline; the Narayanhity Royal Palace).
        M(["birendra_bir_bikram_shah", "natsagiin_bagabandi"], "2001-01-05", "Kathmandu", IP, P, _BAU),
        M(["aishwarya_rajya_lakshmi_devi_shah", "natsagiin_bagabandi"], "2001-01-05", "Kathmandu", IP, P, _BAU, False),
        M(["birendra_bir_bikram_shah", "a_oyunbileg"], "2001-01-05", "Kathmandu", IP, P, _BAU, False),
        M(["aishwarya_rajya_lakshmi_devi_shah", "a_oyunbileg"], "2001-01-05", "Kathmandu", IP, P, _BAU, False),
        # "Their Majesties ... together with the President and Madame A Oyunbileg will fly to
        # Lumbini on January 6." -> the King with the President, planned, 2001-01-06, Lumbini;
        # required False (a joint excursion rather than talks; the spouse pairs are not added).
        M(["birendra_bir_bikram_shah", "natsagiin_bagabandi"], "2001-01-06", "Lumbini", IP, P, _BLU, False),
        # "Prime Minister Girija Prasad Koirala, Minister for Foreign Affairs Chakra Prasad
        # Bastola and leader of opposition party ... Madhav Kumar Nepal will call on the
        # President at the Narayanhity Royal Palace." -> three courtesy calls (read as three
        # bilaterals, as ANNOTATION's dev_032; see the notes), planned, date null (not given),
        # Kathmandu (the palace).
        M(["girija_prasad_koirala", "natsagiin_bagabandi"], None, "Kathmandu", IP, P, _BCALL),
        M(["chakra_prasad_bastola", "natsagiin_bagabandi"], None, "Kathmandu", IP, P, _BCALL),
        M(["madhav_kumar_nepal", "natsagiin_bagabandi"], None, "Kathmandu", IP, P, _BCALL),
        # "President Bagabandi and Prime Minister Girija Prasad Koirala will hold official talks
        # at the Prime Minister's office, Singha Durbar on Jan. 6." ("Later the same evening,
        # Prime Minister Koirala will host an official dinner in honour of the Mongolian
        # President and Madame A Oyunbileg at the State Hall, Singha Durbar": the same pair,
        # day and place, one row) -> planned, 2001-01-06, Kathmandu (Singha Durbar).
        M(["natsagiin_bagabandi", "girija_prasad_koirala"], "2001-01-06", "Kathmandu", IP, P,
          "President Bagabandi and Prime Minister Girija Prasad Koirala will hold official talks at the Prime Minister’s office, Singha Durbar on Jan. 6."),
        # The dinner's honoree Madame Oyunbileg with the host Koirala -> required False (as the
        # spouse pairs of the audience).
        M(["girija_prasad_koirala", "a_oyunbileg"], "2001-01-06", "Kathmandu", IP, P,
          "Later the same evening, Prime Minister Koirala will host an official dinner in honour of the Mongolian President and Madame A Oyunbileg at the State Hall, Singha Durbar.",
          False),
        # Not rows: "a civic reception on behalf of the Kathmandu Metropolitan City" (a body, no
        # named host); the wreath at the martyrs' memorial and the visits to sites (no
        # meeting); the departure on Jan. 7. Kept as found: the site's lines "2 MIN READ", "A",
        # "A+", "A-" between the date line and the text (no removal was made inside a text),
        # "Rajya Laxmi". Nothing removed at the end (the excerpt is the whole item).
    ],
    roles=[("President of Mongolia", "natsagiin_bagabandi"), ("the Mongolian President", "natsagiin_bagabandi"),
           ("The Mongolian President", "natsagiin_bagabandi"),
           ("Minister for Foreign Affairs", "chakra_prasad_bastola"),
           ("leader of opposition party in the House of Representatives", "madhav_kumar_nepal"),
           ("Prime Minister", "girija_prasad_koirala")],
)

A["dev_9605_clinton_campbell_tokyo_news_conference"] = dict(
    actors={
        "kim_campbell": ["Prime Minister Kim Campbell", "Kim Campbell", "Prime Minister Campbell"],
        "jean_bertrand_aristide": ["President Aristide"],
        "raoul_cedras": ["General Cedras"],
        "us_congress": ["United States Congress", "Congress"],
        "parliament_of_canada": ["Canadian Parliament"],
    },
    meetings=[
        # "I have just spent a very rewarding hour and a half with Prime Minister Campbell and
        # members of her government." (the speaker is "The President", never named in the
        # excerpt: a one-party row for Campbell, as ANNOTATION's unnamed UK "Prime Minister";
        # "the conversations that we have had all along, but especially today", "two specific
        # issues that we discussed": the same meeting) -> held, 1993-07-09, Tokyo (the title
        # "in Tokyo, Japan").
        M(["kim_campbell"], "1993-07-09", "Tokyo", IP, H,
          "I have just spent a very rewarding hour and a half with Prime Minister Campbell and members of her government."),
        # Not rows: "the conversations that we have had all along" (earlier talks at the summit,
        # not described: a count); "this summit" (multilateral); "the agreement signed just a
        # few days ago by President Aristide and General Cedras" (a signing; no meeting between
        # them is told); the passage of NAFTA by the Canadian Parliament and the Congress. The
        # members of "her government" are unnamed. NAFTA (an agreement) is not an actor. Kept as
        # found: the hard line breaks with trailing spaces, the page marker "[[Page 1298]]"
        # inside the first paragraph, the leading spaces. Removed: the compilation's header lines
        # at the start ("[Weekly Compilation of Presidential Documents Volume 29, Number 28
        # (Monday, July 19, 1993)]", "[Pages 1297-1300]", "[Online from the Government Publishing
        # Office, www.gpo.gov]", "<R04>") and the last, cut-off sentence ("Canada has been one of
        # the United States' best friends on the Haitian issue, wi").
    ],
    roles=[("the Prime Minister", "kim_campbell")],
)

A["dev_9606_frederiksen_trump_greenland_call"] = dict(
    actors={
        "mette_frederiksen": ["Frederiksen"],
        "donald_trump": ["Trump"],
        "tv2_denmark": ["TV2"],
        "european_union": ["EU"],
    },
    meetings=[
        # "Frederiksen told Danish news outlet TV2 in an interview following her call with Trump
        # that their conversation “confirmed” ..." ("The call", "During their 45-minute
        # conversation", "The two leaders also spoke about": the same call, one row) -> phone,
        # held, date null (the day of the call is not given), place null.
        M(["mette_frederiksen", "donald_trump"], None, None, PH, H,
          "Frederiksen told Danish news outlet TV2 in an interview following her call with Trump that their conversation “confirmed” that “there is great American interest in Greenland.”"),
        # Not rows: "she had requested to speak to Trump but hadn't yet heard back" (a request,
        # last week; the call later held is the row above); "both leaders agreeing to continued
        # dialogue" (no specific contact); the interview with TV2 (media); Trump's repost of a
        # poll (social media). Nothing removed but the search tool's " date 2025-01-16" prefix
        # (the excerpt opens inside the article, without headline, and ends with a whole
        # sentence).
    ],
    roles=[("The Danish premier", "mette_frederiksen"), ("the former reality TV host", "donald_trump"),
           ("Danish news outlet", "tv2_denmark")],
)

A["test_9607_stephanopoulos_zhelev_sofia"] = dict(
    actors={
        "costis_stephanopoulos": ["Greek President Costis Stephanopoulos", "Costis Stephanopoulos",
                                  "President Stephanopoulos", "Stephanopoulos", "STEPHANOPOULOS"],
        "karolos_papoulias": ["Foreign Minister Karolos Papoulias", "Karolos Papoulias"],
        "zhelyu_zhelev": ["President Zhelev", "Zhelyu Zhelev", "Zhelev"],
        "zhan_videnov": ["Prime Minister Zhan Videnov", "Zhan Videnov"],
        "blagovest_sendov": ["National Assembly Chairman Blagovest Sendov", "Blagovest Sendov"],
        "patriarch_maksim": ["Bulgarian Patriarch Maksim", "Patriarch Maksim"],
        "national_assembly_bulgaria": ["Bulgarian National Assembly", "National Assembly"],
        "hennadiy_udovenko": ["UDOVENKO"],
        "wano": ["WANO"],
    },
    meetings=[
        # "He expressed certainty that after the talks this afternoon with his Bulgarian
        # counterpart Zhelyu Zhelev ..." -> planned (announced for the afternoon), 1995-11-20,
        # Sofia (the dateline; "Sofia Airport").
        M(["costis_stephanopoulos", "zhelyu_zhelev"], "1995-11-20", "Sofia", IP, P,
          "He expressed certainty that after the talks this afternoon with his Bulgarian counterpart Zhelyu Zhelev he would have more to say about positive solutions to some issues."),
        # "On Tuesday the Greek President is scheduled to meet with Prime Minister Zhan Videnov"
        # -> planned, 1995-11-21, Bulgaria (no city given; he also visits Plovdiv that day).
        M(["costis_stephanopoulos", "zhan_videnov"], "1995-11-21", "Bulgaria", IP, P,
          "On Tuesday the Greek President is scheduled to meet with Prime Minister Zhan Videnov and visit the second largest Bulgarian city of Plovdiv (Southern Bulgaria)."),
        # "on Wednesday President Stephanopoulos ... will be received by National Assembly
        # Chairman Blagovest Sendov and Bulgarian Patriarch Maksim" -> two receptions (read as
        # two bilaterals; see the notes), planned, 1995-11-22, Bulgaria (no city given).
        M(["costis_stephanopoulos", "blagovest_sendov"], "1995-11-22", "Bulgaria", IP, P,
          "According to the preliminary programme of the visit, on Wednesday President Stephanopoulos will address the Bulgarian National Assembly and will be received by National Assembly Chairman Blagovest Sendov and Bulgarian Patriarch Maksim."),
        M(["costis_stephanopoulos", "patriarch_maksim"], "1995-11-22", "Bulgaria", IP, P,
          "According to the preliminary programme of the visit, on Wednesday President Stephanopoulos will address the Bulgarian National Assembly and will be received by National Assembly Chairman Blagovest Sendov and Bulgarian Patriarch Maksim."),
        # Not rows: "The official delegations will also hold talks this afternoon" (unnamed
        # delegations; Papoulias is only said to be in the Greek delegation: a companion, not a
        # participant); the address to the National Assembly (a speech); "told reporters at
        # Sofia Airport" and "a joint press conference at the end of the visit" (media); the
        # contents lines "[05] BULGARIA, UKRAINE TO INTENSIFY CONTACTS", "[04] UKRAINIAN FOREIGN
        # MINISTER UDOVENKO" and "[10] MEETING OF FOREIGN MINISTERS OF BULGARIA,GREECE, UKRAINE"
        # (headlines of items not in the excerpt; no meeting between named people told). The
        # header names "Bulgarian Telegraph Agency", "BTA" (also in the dateline) and "Embassy of
        # Bulgaria" are the bulletin's publisher and distributor (not annotated). Kept as found:
        # the run-together header and contents ("95From:", "DirectoryEMBASSY", "SOFIASofia"),
        # the address placeholder "[email protected]". Removed: the site's header lines at the
        # start ("Compact version |", "|", "Tuesday, 26 November 2024 | ||", "|") and, at the
        # end, the next item's cut-off headline ("[02] FIRST DAY OF SOFIA VISIT BY GREEK PR").
    ],
    roles=[("Greek President", "costis_stephanopoulos"), ("the Greek President", "costis_stephanopoulos"),
           ("his Bulgarian counterpart", "zhelyu_zhelev"), ("Foreign Minister", "karolos_papoulias"),
           ("Prime Minister", "zhan_videnov"), ("National Assembly Chairman", "blagovest_sendov"),
           ("UKRAINIAN FOREIGN MINISTER", "hennadiy_udovenko")],
)

A["dev_9608_uribe_chavez_puerto_ordaz"] = dict(
    actors={
        "alvaro_uribe": ["Colombian President Alvaro Uribe", "Alvaro Uribe", "Uribe"],
        "hugo_chavez": ["Venezuelan President Hugo Chavez", "Hugo Chavez", "President Chavez", "Chavez"],
        "luis_camilo_osorio": ["Colombian Attorney General Luis Camilo Osorio", "Luis Camilo Osorio"],
        "farc": ["Revolutionary Armed Forces of Colombia", "FARC"],
        "eln": ["National Liberation Army"],
    },
    meetings=[
        # "... Uribe said after the leaders' one-day meeting in the southeastern mining town of
        # Puerto Ordaz." (the lead's "Colombia and Venezuela agreed Wednesday", "Both leaders
        # played down allegations": the same meeting, one row) -> held, 2003-04-23 (Wednesday
        # under the dateline of April 23), Puerto Ordaz.
        M(["alvaro_uribe", "hugo_chavez"], "2003-04-23", "Puerto Ordaz", IP, H,
          "\"We are going to do everything necessary so that neither rebels nor paramilitaries can cross the border,\" Uribe said after the leaders' one-day meeting in the southeastern mining town of Puerto Ordaz."),
        # "The two leaders agreed to meet again on July 22 in Medellin, Colombia." -> planned,
        # 2003-07-22, Medellin.
        M(["alvaro_uribe", "hugo_chavez"], "2003-07-22", "Medellin", IP, P,
          "The two leaders agreed to meet again on July 22 in Medellin, Colombia."),
        # Not rows: Osorio's "remarks published Sunday" (a statement); the countries'
        # accusations; the war with the FARC and the National Liberation Army; "Plan Colombia"
        # (a programme, not an actor). The source line "Anchorage Daily News-Nando Media-AP
        # Online By FABIOLA SANCHEZ, Associated Press" is the credit and byline (not annotated).
        # Kept as found: the blog's date line, "38-year-war". Removed: the blog's title line at
        # the start ("Adamant: Hardest metal") and the last, cut-off sentence ("Asked about
        # Colombian claims that FARC guerrilla leader Angel Paris is hiding in Caraca").
    ],
    roles=[("Colombian President", "alvaro_uribe"), ("Venezuelan President", "hugo_chavez"),
           ("Colombian Attorney General", "luis_camilo_osorio")],
)

A["dev_9609_japarov_rahmon_dushanbe"] = dict(
    actors={
        "sadyr_japarov": ["Sadyr Japarov"],
        "emomali_rahmon": ["Emomali Rahmon"],
        "press_service_of_the_president_of_kyrgyzstan": ["Press service of the President of Kyrgyzstan"],
    },
    meetings=[
        # "Presidents of Kyrgyzstan Sadyr Japarov and Tajikistan Emomali Rahmon are holding a
        # tete-a-tete meeting in Dushanbe city." ("the official visit of Sadyr Japarov",
        # "After the one-on-one meeting, the leaders of the countries will continue negotiations
        # in an expanded format": the same pair, day and place, one row, as ANNOTATION's several
        # sessions; see the notes) -> held (in progress), 2021-06-29, Dushanbe.
        M(["sadyr_japarov", "emomali_rahmon"], "2021-06-29", "Dushanbe", IP, H,
          "Presidents of Kyrgyzstan Sadyr Japarov and Tajikistan Emomali Rahmon are holding a tete-a-tete meeting in Dushanbe city."),
        # Not rows: "the tragic events in April 28-30, 2021" (an armed clash); "interacting on a
        # multilateral basis" (no meeting). Nothing removed but the search tool's " date
        # 2021-06-29" prefix (the excerpt opens with the lead, without headline, and ends with a
        # whole sentence).
    ],
    roles=[("The President of Kyrgyzstan", "sadyr_japarov")],
)

A["dev_9610_rabuka_fiame_apia"] = dict(
    actors={
        "sitiveni_rabuka": ["Prime Minister Sitiveni Rabuka", "Sitiveni Rabuka", "Prime Minister Rabuka", "Rabuka"],
        "fiame_naomi_mataafa": ["Fiame Naomi Mata’afa"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        "university_of_the_south_pacific": ["University of the South Pacific"],
        "great_council_of_chiefs": ["Great Council of Chiefs"],
    },
    meetings=[
        # "Prime Minister Sitiveni Rabuka and his Samoan counterpart Fiame Naomi Mata'afa met in
        # Apia this week" ("They also discussed", "Rabuka has also acknowledged Samoa's
        # hospitality": the same meeting, one row) -> held, date null ("this week"), Apia.
        M(["sitiveni_rabuka", "fiame_naomi_mataafa"], None, "Apia", IP, H,
          "Prime Minister Sitiveni Rabuka and his Samoan counterpart Fiame Naomi Mata’afa met in Apia this week to look at ways of building stronger development cooperation between the two governments."),
        # Not rows: "officials will have to meet" (unnamed; intended); "the upcoming Pacific
        # Islands Forum Leaders' meetings" (multilateral); "the reconvening of the Great Council
        # of Chiefs meeting" (a council's session). Nothing removed but the search tool's " date
        # 2023-06-04" prefix (the excerpt opens with the lead, without headline, and ends with a
        # whole sentence).
    ],
    roles=[("his Samoan counterpart", "fiame_naomi_mataafa"), ("the Samoan Prime Minister", "fiame_naomi_mataafa"),
           ("The Leader of Government", "sitiveni_rabuka")],
)

A["test_9611_duterte_mahathir_manila"] = dict(
    actors={
        "rodrigo_duterte": ["Philippine President Rodrigo Duterte", "Rodrigo Duterte", "Duterte"],
        "mahathir_mohamad": ["Malaysian Prime Minister Mahathir Mohamad", "Mahathir Mohamad", "Mahathir"],
        "asean": ["ASEAN"],
        "bangsamoro_transition_authority": ["Bangsamoro transition authority"],
    },
    meetings=[
        # "... Philippine President Rodrigo Duterte said after his meeting with visiting Malaysian
        # Prime Minister Mahathir Mohamad at the Malacanang presidential palace." ("During their
        # meeting", "Mahathir said he and Duterte talked about security matters": the same
        # meeting, one row) -> held, 2019-03-07 (the lead's "vowed on Thursday"), Manila (the
        # Malacanang palace, resolved to its city as ANNOTATION's official buildings; "arrived in
        # Manila"). Evidence: the last sentence of the quotation, with its attribution.
        M(["rodrigo_duterte", "mahathir_mohamad"], "2019-03-07", "Manila", IP, H,
          "We shared the view that its further expansion serves our mutual interests as that of ASEAN and our region,\" Philippine President Rodrigo Duterte said after his meeting with visiting Malaysian Prime Minister Mahathir Mohamad at the Malacanang presidential palace."),
        # Not rows: "Mahathir arrived in Manila on Wednesday night for an official visit" (an
        # arrival); "the trilateral cooperation agreement" of Malaysia, the Philippines and
        # Indonesia (countries, no meeting); the appointment of the transition authority's
        # members. Kept as found: "Malacanang", the line break inside the quotation ("ASEAN" /
        # "and our region"). Nothing removed but the search tool's " date 2019-03-08" prefix (the
        # excerpt opens with the lead, without headline, and ends with a whole sentence).
    ],
    roles=[("Philippine President", "rodrigo_duterte"), ("visiting Malaysian Prime Minister", "mahathir_mohamad")],
)

A["dev_9612_reagan_suzuki_washington"] = dict(
    actors={
        "zenko_suzuki": ["Japan's Prime Minister Zenko Suzuki", "Zenko Suzuki", "Suzuki"],
        "ronald_reagan": ["Reagan"],
        "james_clavell": ["James Clavell", "Clavell"],
        "richard_chamberlain": ["Actor Richard Chamberlain", "Richard Chamberlain"],
    },
    meetings=[
        # "The President and the Prime Minister were able to “speak openly, as real buddies,”
        # said Suzuki" ("the two-day visit", "the meeting", "when the talks concluded", "the
        # largest diplomatic dinner the Reagans have given in the White House": the same visit,
        # one row) -> held, date null (the days of the visit are not given), Washington.
        M(["ronald_reagan", "zenko_suzuki"], None, "Washington", IP, H,
          "The President and the Prime Minister were able to \"speak openly, as real buddies,\" said Suzuki, according to his translator, and establish what he called \"an unshakable basis for friendship and mutual trust.\""),
        # Not rows: "more substantive talks ... scheduled to take place in Honolulu next month"
        # (unnamed participants); the 109 dinner guests, Clavell and Chamberlain among them
        # (guests at a state dinner, not parties to the talks); "Suzuki was the ninth Japanese
        # Prime Minister to come to Washington" (a count); "the Reagans" (the couple, written
        # without a first name: not listed as an alias of Reagan). The White House is named as a
        # building (not an actor). Kept as found: "May. 18", the headline and subhead without
        # separators. Removed: the last, cut-off sentence ("Only a week before his departure for
        # the U.S., Suzuki allowed that he had been \"bewildered\" by Washington's decision to
        # lift the grain embargo against t").
    ],
    roles=[("his guest", "zenko_suzuki"), ("The President", "ronald_reagan"), ("the Prime Minister", "zenko_suzuki"),
           ("Japan's Prime Minister", "zenko_suzuki")],
)
