"""Accuracy corpus, batch 29b: 11 new articles from the 2000s, 2010s and 2020s (2000s: four,
2010s: three, 2020s: four), spread over ten regions (2000s: Oceania, Middle East, Eastern
Europe/Russia, Latin America; 2010s: Central Asia/Caucasus, Western Europe, Africa; 2020s: South
Asia, East Asia, Africa, Oceania). Outlets/sites: Trend (en.trend.az), Scoop (a New Zealand
Government media release), Al Bawaba (albawaba.com), The Statesman (thestatesman.com), the South
China Morning Post (scmp.com), IOL (iol.co.za), La Moncloa (lamoncloa.gob.es, the Spanish
government's press office), allukraine.blogspot.com, The EastAfrican (theeastafrican.co.ke),
Venezuelanalysis (venezuelanalysis.com) and Loop PNG (looppng.com); some of these sites were used
before, the pages are new. Collected with the `search` tool (corpus `pages`) and annotated from
the texts alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_29b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-28b): the articles are numbered 1..11 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_57NN_<slug>` / `test_57NN_<slug>`, NN = collection position (01..11). A twelfth article was
not found in time (the last candidate was a duplicate; see the notes).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page line "9 August 2014 12:49 (UTC +04:00)" and the dateline "Baku, Azerbaijan, August
    # 9" -> 2014-08-09 (a Saturday). "today" in Mammadov's tweet = 2014-08-09.
    ("dev_5701_aliyev_sargsyan_sochi_planned", "Central Asia/Caucasus", "2010s", "Trend (en.trend.az)", "http://en.trend.az/azerbaijan/karabakh/2301378.html", "2014-08-09"),
    # The release is dated "15 February 2000" (a Tuesday; "announced today"); Scoop's time stamp
    # "Published: Wed 16 Feb 2000 12:43 AM" is the following night (NZ time). published =
    # 2000-02-15, the date of the media release.
    ("dev_5702_clark_howard_sydney_2000", "Oceania", "2000s", "Scoop (New Zealand Government media release)", "https://m.scoop.co.nz/stories/PA0002/S00195.htm", "2000-02-15"),
    # "Published May 30th, 2001 - 02:00 GMT" (a Wednesday): "Wednesday" = 2001-05-30, "On
    # Tuesday" = 2001-05-29.
    ("test_5703_khatib_sharaa_damascus", "Middle East", "2000s", "Al Bawaba (albawaba.com)", "https://www.albawaba.com/news/jordan-fm-convey-message-king-syrian-president", "2001-05-30"),
    # The search result's date is 2024-06-22 (a Saturday), which the text agrees with ("on
    # Saturday", Hasina "arrived in New Delhi on Friday"): "on Saturday" = 2024-06-22.
    ("dev_5704_modi_hasina_hyderabad_house", "South Asia", "2020s", "The Statesman (thestatesman.com)", "https://www.thestatesman.com/india/modi-holds-bilateral-talks-with-sheikh-hasina-energy-trade-defence-cooperation-key-issues-discussed-1503312650.html", "2024-06-22"),
    # "Updated: 6:45pm, 24 Sep, 2020" (a Thursday) and the search result's date 2020-09-24:
    # "on Thursday" = 2020-09-24.
    ("dev_5705_moon_suga_first_call", "East Asia", "2020s", "South China Morning Post (scmp.com)", "https://www.scmp.com/news/asia/east-asia/article/3102904/japans-yoshihide-suga-urges-better-ties-during-first-talks", "2020-09-24"),
    # The search result's date is 2022-01-27 (a Thursday): "yesterday" = 2022-01-26 (another copy
    # of the same Presidency statement at thezimbabwemail.com, dated 2022-01-26, says "Wednesday
    # afternoon"; it was not taken).
    ("dev_5706_ramaphosa_hichilema_tshwane", "Africa", "2020s", "IOL (iol.co.za)", "https://www.iol.co.za/news/politics/zambias-hichilema-in-sa-as-a-guest-speaker-at-a-private-function-says-presidency-53ab32ee-6f1b-4651-83e4-8420738e7eda", "2022-01-27"),
    # "President's News - 2015.6.22" (a Monday); the summit is the day of the news item.
    ("test_5707_rajoy_passos_coelho_baiona", "Western Europe", "2010s", "La Moncloa (lamoncloa.gob.es, Spanish government press office)", "http://lamoncloa.gob.es/lang/en/presidente/news/Paginas/2015/20150622-hispanolusa.aspx?gfe=1", "2015-06-22"),
    # The post's date line "Tuesday, January 20, 2009" (and the URL 2009/01).
    ("dev_5708_yushchenko_lukashenko_chernihiv", "Eastern Europe/Russia", "2000s", "allukraine.blogspot.com (news blog)", "http://allukraine.blogspot.com/2009/01/victor-yushchenko-goes-to-chernihiv-to.html", "2009-01-20"),
    # The date line "Saturday March 14 2015".
    ("dev_5709_kagame_kikwete_thaw", "Africa", "2010s", "The EastAfrican (theeastafrican.co.ke)", "http://www.theeastafrican.co.ke/news/Tanzania--Rwanda-quietly-mending-fences-after-cold-war/-/2558/2653016/-/md02qd/-/index.html", "2015-03-14"),
    # The dateline "February 1, 2005" (a Tuesday): "today" = 2005-02-01, "late Monday afternoon"
    # = 2005-01-31.
    ("dev_5710_chavez_kirchner_buenos_aires", "Latin America", "2000s", "Venezuelanalysis (venezuelanalysis.com)", "https://venezuelanalysis.com/news/911/", "2005-02-01"),
    # The search result's date is 2023-12-12 (a Tuesday), consistent with "Monday, December
    # 11th" (2023-12-11) and "Thursday, December 7th" (2023-12-07) in the text.
    ("test_5711_marape_australia_visit", "Oceania", "2020s", "Loop PNG (looppng.com)", "https://www.looppng.com/png-news/australia-looks-forward-marape-addressing-its-parliament-124084", "2023-12-12"),
]

A = {}

_AS = "Azerbaijani President Ilham Aliyev and Armenian President Serzh Sargsyan will meet Aug.10 in Sochi, with participation of Russian President Vladimir Putin, Azerbaijani Presidential Administration's Deputy Head and Director of Administration's Foreign Relations Department, Novruz Mammadov wrote on Twitter."
A["dev_5701_aliyev_sargsyan_sochi_planned"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliyev"],
        "serzh_sargsyan": ["Serzh Sargsyan"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "novruz_mammadov": ["Novruz Mammadov", "Mammadov"],
        "azerbaijani_presidential_administration": ["Azerbaijani Presidential Administration"],
        "twitter": ["Twitter"],
    },
    meetings=[
        # Aliyev and Sargsyan "will meet Aug.10 in Sochi, with participation of ... Putin" ->
        # planned, 2014-08-10, Sochi; a meeting of three named participants -> one row per pair.
        M(["ilham_aliyev", "serzh_sargsyan"], "2014-08-10", "Sochi", IP, P, _AS),
        M(["ilham_aliyev", "vladimir_putin"], "2014-08-10", "Sochi", IP, P, _AS),
        M(["serzh_sargsyan", "vladimir_putin"], "2014-08-10", "Sochi", IP, P, _AS),
        # Aliyev-Putin bilateral "Aug.9" (Mammadov: "will today hold a bilateral meeting") ->
        # planned (announced, the article's perspective), 2014-08-09, Sochi. One row.
        M(["ilham_aliyev", "vladimir_putin"], "2014-08-09", "Sochi", IP, P,
          "Azerbaijani President Ilham Aliyev and Russian President Vladimir Putin will meet in Sochi, Russia, Aug.9, according to a message posted on the official website of Russian president."),
        # "Putin will also meet with his Armenian counterpart Serzh Sargsyan on the same day" ->
        # planned, 2014-08-09 (the same day as the Aliyev-Putin meeting), Sochi (the message
        # is about the Sochi meetings; the sentence itself names no place).
        M(["vladimir_putin", "serzh_sargsyan"], "2014-08-09", "Sochi", IP, P,
          "Putin will also meet with his Armenian counterpart Serzh Sargsyan on the same day, according to the message."),
        # "The last meeting between Azerbaijani and Armenian presidents was held Nov.19, 2013 in
        # Vienna." -> held, 2013-11-19, Vienna (role phrases for the two named presidents).
        M(["ilham_aliyev", "serzh_sargsyan"], "2013-11-19", "Vienna", IP, H,
          "The last meeting between Azerbaijani and Armenian presidents was held Nov.19, 2013 in Vienna."),
        # Not rows: the tweets themselves; the negotiations in general. "By Seba Aghayeva -
        # Trend:" is the byline (not actors). Removed: the page's duplicated lead and headline
        # below the date line, and the last, cut-off sentence ("The two sides will exchange
        # views on the fur").
    ],
    roles=[("Russian President", "vladimir_putin"), ("his Armenian counterpart", "serzh_sargsyan"),
           ("Azerbaijani President", "ilham_aliyev"), ("Armenian President", "serzh_sargsyan")],
)

A["dev_5702_clark_howard_sydney_2000"] = dict(
    actors={
        "helen_clark": ["Helen Clark"],
        "john_howard": ["John Howard", "Mr Howard"],
        "bob_carr": ["Bob Carr"],
        "interfet": ["INTERFET"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # Clark "will be visiting Sydney from 1 to 2 March for talks with ... John Howard" ->
        # planned, date null (a two-day range), Sydney. "Our meeting in March" is the same.
        M(["helen_clark", "john_howard"], None, "Sydney", IP, P,
          "Prime Minister Helen Clark announced today that she will be visiting Sydney from 1 to 2 March for talks with her Australian counterpart, John Howard."),
        # "While in Sydney, the Prime Minister will meet the Premier of New South Wales, Bob
        # Carr." -> planned, date null, Sydney.
        M(["helen_clark", "bob_carr"], None, "Sydney", IP, P,
          "While in Sydney, the Prime Minister will meet the Premier of New South Wales, Bob Carr."),
        # Not rows: the informal early-year meetings "in recent years" (no specific meeting);
        # the briefing and the Olympic facilities visit (no named counterpart). Removed: the
        # "INDEPENDENT NEWS" header, the repeated headline under the date and the "Next in New
        # Zealand politics" link list after "ENDS".
    ],
    roles=[("her Australian counterpart", "john_howard"), ("the Premier of New South Wales", "bob_carr"),
           ("the Prime Minister", "helen_clark")],
)

A["test_5703_khatib_sharaa_damascus"] = dict(
    actors={
        "abdul_ilah_khatib": ["Abdul Ilah Khatib", "Khatib"],
        "abdullah_ii": ["King Abdullah"],
        "bashar_al_assad": ["Bashar Al Assad"],
        "farouk_al_sharaa": ["Farouq Sharaa"],
        "gerhard_schroeder": ["Gerhard Shroeder", "Shroeder"],
        "petra_news_agency": ["Petra"],
    },
    meetings=[
        # Khatib "will convey Wednesday a message from King Abdullah to ... Assad" -> the
        # minister delivering the message to Assad = planned Khatib-Assad, 2001-05-30, Damascus
        # (the next sentence: "During his visit to Damascus"); required False (a message
        # delivery; an audience with Assad is implied, not stated as talks).
        M(["abdul_ilah_khatib", "bashar_al_assad"], "2001-05-30", "Damascus", IP, P,
          "Jordanian Foreign Minister Abdul Ilah Khatib will convey Wednesday a message from King Abdullah to Syrian President Bashar Al Assad on the situations in the region and bilateral relations between the two countries, reported the official Jordanian news agency, Petra.",
          False),
        # "During his visit to Damascus, Khatib is due to hold talks with his Syrian counterpart
        # Farouq Sharaa" -> planned, 2001-05-30 (the visit of "Wednesday"), Damascus.
        M(["abdul_ilah_khatib", "farouk_al_sharaa"], "2001-05-30", "Damascus", IP, P,
          "During his visit to Damascus, Khatib is due to hold talks with his Syrian counterpart Farouq Sharaa on the current developments and bilateral coordination in this regard, said the agency."),
        # King Abdullah "held talks with German officials" in Berlin (unnamed counterparts) ->
        # one-party row, held, date null (a two-day visit that ended on Tuesday), Berlin;
        # required False (unnamed officials).
        M(["abdullah_ii"], None, "Berlin", IP, H,
          "On Tuesday, the Jordanian monarch ended a two-day visit to Berlin where he held talks with German officials on the Palestinian crisis.",
          False),
        # Schroeder "reiterated his support" (reported next to the Berlin visit) -> a meeting
        # with the King is likely but not stated: held, date null, Berlin, required False.
        M(["abdullah_ii", "gerhard_schroeder"], None, "Berlin", IP, H,
          "German Chancellor Gerhard Shroeder reiterated his support to the joint Egyptian-Jordanian peace initiative, aimed at quelling the escalation in the Palestinian territories and resuming negotiations between the Palestinians and Israelis, said Petra.",
          False),
        # Not rows: the message itself; the Mitchell report (a document). Removed: the "Al
        # Bawaba" outlet lines, the agency tag "– Albawaba.com" at the end and the newsletter
        # box.
    ],
    roles=[("Jordanian Foreign Minister", "abdul_ilah_khatib"), ("Syrian President", "bashar_al_assad"),
           ("his Syrian counterpart", "farouk_al_sharaa"), ("the Jordanian monarch", "abdullah_ii"),
           ("German Chancellor", "gerhard_schroeder")],
)

A["dev_5704_modi_hasina_hyderabad_house"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Modi", "Modi", "@narendramodi"],
        "sheikh_hasina": ["Sheikh Hasina", "PM Sheikh Hasina", "Hasina"],
        "randhir_jaiswal": ["Randhir Jaiswal", "Jaiswal"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs", "MEA"],
        "nda": ["NDA"],
        "mahatma_gandhi": ["Mahatma Gandhi", "Bapu"],
    },
    meetings=[
        # "Modi on Saturday held bilateral talks with ... Sheikh Hasina at Hyderabad House in New
        # Delhi." -> held, 2024-06-22, New Delhi. The ceremonial welcome at Rashtrapati Bhavan
        # ("Earlier in the day", Modi "received" Hasina) and the "warm welcome" are the same
        # pair, same day (same row).
        M(["narendra_modi", "sheikh_hasina"], "2024-06-22", "New Delhi", IP, H,
          "Prime Minister Narendra Modi on Saturday held bilateral talks with his Bangladeshi counterpart Sheikh Hasina at Hyderabad House in New Delhi."),
        # Not rows: Hasina attending Modi's swearing-in "earlier this month" (a ceremony); "met
        # 10 times since 2019" (a count); Jaiswal's posts; homage at Rajghat (Gandhi is not a
        # living counterpart). 'X' (the platform, written in quotes) is not annotated. The
        # excerpt carries no headline. Removed: "Advertisement" and the last, cut-off sentence
        # of the quoted post ("Mahatma’s ideals continue to serve as guiding principles of our").
    ],
    roles=[("his Bangladeshi counterpart", "sheikh_hasina"), ("The Bangladeshi PM", "sheikh_hasina"),
           ("the Bangladeshi PM", "sheikh_hasina"), ("the prime minister", "narendra_modi")],
)

A["dev_5705_moon_suga_first_call"] = dict(
    actors={
        "yoshihide_suga": ["Yoshihide Suga"],
        "moon_jae_in": ["Moon Jae-in"],
    },
    meetings=[
        # "Moon ... and ... Suga, held their first telephone call on Thursday." (the caption;
        # "Updated: ... 24 Sep, 2020", a Thursday) -> phone, held, 2020-09-24, place null.
        M(["moon_jae_in", "yoshihide_suga"], "2020-09-24", None, PH, H,
          "South Korean President Moon Jae-in, left, and Japanese Prime Minister Yoshihide Suga, held their first telephone call on Thursday."),
        # "Photo: AP" is a photo credit (not an actor). The excerpt is the page head (headline,
        # summary bullets, time stamp, caption); the page returned the caption twice (once
        # before the headline), the copy with the time stamp was stored.
    ],
    roles=[("The new Japanese prime minister", "yoshihide_suga"), ("the South Korean president", "moon_jae_in")],
)

A["dev_5706_ramaphosa_hichilema_tshwane"] = dict(
    actors={
        "cyril_ramaphosa": ["Cyril Ramaphosa", "President Ramaphosa", "Ramaphosa"],
        "hakainde_hichilema": ["Hakainde Hichilema", "President Hichilema", "Hichilema"],
        "tyrone_seale": ["Tyrone Seale", "Seale"],
        "the_presidency_south_africa": ["The Presidency", "Presidency"],
        "sadc": ["SADC"],
    },
    meetings=[
        # "Ramaphosa yesterday received ... Hichilema, who paid him a courtesy visit at the
        # Mahlamba Ndlopfu official residence in Tshwane." -> held, 2022-01-26, Tshwane (the
        # text's place for the meeting; the dateline is PRETORIA, the same city).
        M(["cyril_ramaphosa", "hakainde_hichilema"], "2022-01-26", "Tshwane", IP, H,
          "PRETORIA – President Cyril Ramaphosa yesterday received Zambian President Hakainde Hichilema, who paid him a courtesy visit at the Mahlamba Ndlopfu official residence in Tshwane."),
        # Not rows: the "inaugural bi-national commission scheduled for later this year" (no
        # named participants); the private function. "Photo: GCIS" is a photo credit. The
        # excerpt carries no headline.
    ],
    roles=[("Zambian President", "hakainde_hichilema"), ("acting Presidency spokesperson", "tyrone_seale")],
)

A["test_5707_rajoy_passos_coelho_baiona"] = dict(
    actors={
        "mariano_rajoy": ["Mariano Rajoy"],
        "pedro_passos_coelho": ["Pedro Passos Coelho"],
        "european_communities": ["European Communities"],
    },
    meetings=[
        # Rajoy and Passos Coelho "presided over the 28th Spain-Portugal Summit in Baiona" (a
        # bilateral summit) -> held, 2015-06-22, Baiona. The joint press briefing is the same.
        M(["mariano_rajoy", "pedro_passos_coelho"], "2015-06-22", "Baiona", IP, H,
          "The President of the Government, Mariano Rajoy, and the Portuguese Prime Minister, Pedro Passos Coelho, presided over the 28th Spain-Portugal Summit in Baiona (Pontevedra), the fourth time since they have headed up their respective governments."),
        # Not rows: "the fourth time" (a count); the joint signing of the accession treaties 30
        # years earlier (a signing "on the same day, in Madrid and in Lisbon", not a meeting).
        # Removed: the share buttons and the last, cut-off sentence ("Now that we are finally
        # back on the path of ").
    ],
    roles=[("The President of the Government", "mariano_rajoy"), ("the President of the Government", "mariano_rajoy"),
           ("the Portuguese Prime Minister", "pedro_passos_coelho")],
)

A["dev_5708_yushchenko_lukashenko_chernihiv"] = dict(
    actors={
        "viktor_yushchenko": ["Victor Yushchenko"],
        "alexander_lukashenko": ["Alexander Lukashenko"],
    },
    meetings=[
        # Yushchenko "went to Chernihiv where he was scheduled to meet ... Lukashenko"; "The two
        # leaders are to hold a private meeting" -> planned, 2009-01-20 (the post's day; he
        # went there that day), Chernihiv.
        M(["viktor_yushchenko", "alexander_lukashenko"], "2009-01-20", "Chernihiv", IP, P,
          "President Victor Yushchenko went to Chernihiv where he was scheduled to meet President Alexander Lukashenko of Belarus."),
        # The private meeting, the talks and the media appearance are one row. The page's date
        # line stands above the headline; it was placed after the headline (first line =
        # headline, as for all texts).
    ],
    roles=[],
)

A["dev_5709_kagame_kikwete_thaw"] = dict(
    actors={
        "paul_kagame": ["Paul Kagame", "President Kagame", "Kagame"],
        "jakaya_kikwete": ["Jakaya Kikwete", "President Kikwete", "Kikwete"],
        "east_african_community": ["EAC"],
        "the_eastafrican": ["The EastAfrican"],
    },
    meetings=[
        # Headline "Kagame meets Kikwete"; the body: Kikwete "honoured an invitation by ...
        # Kagame to attend the recent 9th Northern Corridor Integration Projects summit in
        # Kigali" -> held, date null ("recent"), Kigali. Evidence = the headline (the only
        # sentence stating the meeting; the summit itself is multilateral).
        M(["paul_kagame", "jakaya_kikwete"], None, "Kigali", IP, H,
          "Kagame meets Kikwete, signalling bid to mend relations between countries"),
        # Kagame "is believed to have extended the invitation to his counterpart during the EAC
        # Heads of State Summit in Nairobi on February 16, where the two leaders appeared
        # together in public" -> held, 2015-02-16, Nairobi; required False (an encounter at a
        # multilateral summit, "is believed").
        M(["paul_kagame", "jakaya_kikwete"], "2015-02-16", "Nairobi", IP, H,
          "President Kagame is believed to have extended the invitation to his counterpart during the EAC Heads of State Summit in Nairobi on February 16, where the two leaders appeared together in public for the first time in almost two years.",
          False),
        # Not rows: the EAC and Northern Corridor summits as such; the upcoming Central
        # Corridor meeting Kagame "has been invited to" ("If he does attend", conditional);
        # "No dates have been set" for dialogue; unnamed sources. "PHOTO | TEA GRAPHIC" is a
        # photo credit, "By A JOINT REPORT, The EastAfrican" the byline (The EastAfrican is an
        # actor because the body cites it: "told The EastAfrican"). Removed: the duplicated
        # caption fragment and the last, cut-off paragraph ("Rwanda and Tanzania recalled ...
        # but processes to ").
    ],
    roles=[("his counterpart", "jakaya_kikwete"), ("Tanzania’s President", "jakaya_kikwete")],
)

A["dev_5710_chavez_kirchner_buenos_aires"] = dict(
    actors={
        "hugo_chavez": ["Hugo Chavez", "President Chavez", "Chavez", "Chávez"],
        "nestor_kirchner": ["Nestor Kirchner", "President Kirchner", "Kirchner"],
        "telesur": ["TeleSur", "Telesur"],
    },
    meetings=[
        # "Chavez met with Nestor Kirchner, the Argentina’s president today in Buenos Aires" ->
        # held, 2005-02-01, Buenos Aires. The Casa Rosada meeting is the same.
        M(["hugo_chavez", "nestor_kirchner"], "2005-02-01", "Buenos Aires", IP, H,
          "February 1, 2005—Venezuelan President Hugo Chavez met with Nestor Kirchner, the Argentina’s president today in Buenos Aires, where they formalized a series of agreements that the two countries signed last July that will promote bi-lateral cooperation in energy, commerce and communication, as well as “guarantee the path to Latin American integration.”"),
        # Not rows: the agreements "signed last July" (a signing, no meeting stated); the World
        # Social Forum speech; the TV interview. The World Social Forum (an event) and ALBA (a
        # proposal) are not annotated as actors. Removed: the last, cut-off paragraph ("After
        # the meeting, the Venezuelan President inaugurated ... the Argentine state e").
    ],
    roles=[("the Argentina’s president", "nestor_kirchner"), ("his Argentine counterpart", "nestor_kirchner"),
           ("Venezuelan President", "hugo_chavez")],
)

A["test_5711_marape_australia_visit"] = dict(
    actors={
        "tim_ayres": ["Tim Ayres", "Ayres"],
        "anthony_albanese": ["Anthony Albanese", "Albanese"],
        "james_marape": ["James Marape", "Prime Minister Marape", "Marape"],
        "elias_wohengu": ["Elias Wohengu"],
        "parliament_of_australia": ["Australian Parliament"],
    },
    meetings=[
        # Albanese "is looking forward to ... Marape visiting Australia again, in February as a
        # guest of the Australian Government" -> planned Albanese-Marape, date null (month
        # only), Australia.
        M(["anthony_albanese", "james_marape"], None, "Australia", IP, P,
          "“Prime Minister (Anthony) Albanese also said that he is looking forward to Prime Minister (James) Marape visiting Australia again, in February as a guest of the Australian Government,” said Ayres."),
        # Albanese's "State visit to PNG on the 12th of January 2023" -> held, 2023-01-12, PNG;
        # required False (a visit to a country; a meeting with Marape is implied, not stated).
        M(["anthony_albanese", "james_marape"], "2023-01-12", "PNG", IP, H,
          "In a statement, he outlined that the Australian Prime Minister, Anthony Albanese, made a State visit to PNG on the 12th of January 2023.",
          False),
        # Marape "visiting Australia to sign a Bilateral Security Agreement on Thursday, December
        # 7th" -> held, 2023-12-07, Australia; required False (the signing with Albanese is
        # implied by "in return", not stated).
        M(["james_marape", "anthony_albanese"], "2023-12-07", "Australia", IP, H,
          "Prime Minister James Marape, in return, concluded the Foreign Relations year by visiting Australia to sign a Bilateral Security Agreement on Thursday, December 7th.",
          False),
        # Not rows: Ayres's presentation at the conference; Marape's planned address to a joint
        # sitting of the Australian Parliament (an address, not a meeting); Wohengu's
        # statement. The excerpt carries no headline.
    ],
    roles=[("the Australian Prime Minister", "anthony_albanese"), ("PNG’s Foreign Affairs Secretary", "elias_wohengu")],
)
