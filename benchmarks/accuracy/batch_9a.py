"""Accuracy corpus, batch 9a: 12 new articles from the 1980s, 1990s and 2000s (four per decade),
chosen where sources.csv was still thin (Central Asia/Caucasus, Eastern Europe/Russia, the Middle
East and South Asia in the 1980s; Oceania, Southeast Asia, North America and South Asia in the
1990s; Eastern Europe/Russia, Western Europe, Oceania and North America in the 2000s) and spread
over eight regions: India Today, the Orlando Sentinel (a Los Angeles Times and a New York Times
story), The National (Papua New Guinea) via Pacific Islands Report, the Phnom Penh Post, The
Ukrainian Weekly, Expatica (EFE), the Chicago Tribune, Radio New Zealand, a news release of the
Canadian Prime Minister's Office, Maclean's and the jammu-kashmir.com news archive. Collected with
the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on
them (the package has not been run on this batch). Conventions: ../ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_9a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-8b): the articles are numbered 1..12 in the order they were first found; positions 3, 7 and
11 are test, all others dev. Ids: `dev_16NN_<slug>` / `test_16NN_<slug>`, NN = collection
position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR forms and typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # URL (/story/19890131-...-1989-01-31, the India Today issue of 31 January 1989, a Tuesday);
    # no date line in the excerpt.
    ("dev_1601_rajiv_benazir_new_era", "South Asia", "1980s", "India Today (magazine archive)", "https://www.indiatoday.in/magazine/special-report/story/19890131-indo-pak-relations-rajiv-gandhi-benazir-bhutto-talks-signal-new-era-815688-1989-01-31", "1989-01-31"),
    # Date line "January 27, 1986|By Los Angeles Times" (a Monday; also in the URL); "met
    # Sunday" = 1986-01-26.
    ("dev_1602_hussein_arafat_amman", "Middle East", "1980s", "Orlando Sentinel (Los Angeles Times)", "http://articles.orlandosentinel.com/1986-01-27/news/0190330009_1_arafat-yasser-east-peace", "1986-01-27"),
    # Date line "April 11, 1989|By New York Times" (a Tuesday; also in the URL); "on Monday" =
    # 1989-04-10.
    ("test_1603_shevardnadze_tbilisi", "Central Asia/Caucasus", "1980s", "Orlando Sentinel (New York Times)", "http://articles.orlandosentinel.com/1989-04-11/news/8904110461_1_shevardnadze-georgian-tbilisi", "1989-04-11"),
    # Dateline "(October 11, 1999 The National)" (a Monday); the URL date (/1999/10/12/) is the
    # Pacific Islands Report repost's. "on Thursday" = 1999-10-07, "on Friday" = 1999-10-08.
    ("dev_1604_howard_png_bougainville", "Oceania", "1990s", "The National (Papua New Guinea), via Pacific Islands Report", "http://www.pireport.org/articles/1999/10/12/australia%C3%A2%C2%80%C2%99s-prime-minister-howard-hails-bougainville-autonomy-move", "1999-10-11"),
    # Date line "Publication date 13 November 1998 | 07:00 ICT" (a Friday); "yesterday (Nov 12)".
    ("dev_1605_ranariddh_royal_palace_summit", "Southeast Asia", "1990s", "Phnom Penh Post", "https://phnompenhpost.com/national/ranariddh-maneuvered-new-summit", "1998-11-13"),
    # No date line in the excerpt. The URL (/archive/2000/170008) gives the year 2000 and issue
    # No. 17 (article 08); The Ukrainian Weekly appears on Sundays and its 2000 No. 16 is dated
    # "SUNDAY, APRIL 16, 2000" (seen in another search result), so No. 17 = 2000-04-23. The
    # meeting day is explicit in the text ("on April 18").
    ("dev_1606_putin_kyiv_first_tour", "Eastern Europe/Russia", "2000s", "The Ukrainian Weekly", "https://ukrweekly.com/old/archive/2000/170008.shtml", "2000-04-23"),
    # Date lines "Published on 28/04/2004" and "28 April 2004" (a Wednesday); "Wednesday" =
    # 2004-04-28, "Thursday" = 2004-04-29.
    ("test_1607_zapatero_schroeder_berlin", "Western Europe", "2000s", "Expatica (EFE)", "https://www.expatica.com/es/general/zapatero-proposes-european-alliance-45951/", "2004-04-28"),
    # Date line "September 01, 1988|By Paula Butturini, Chicago Tribune." (a Thursday; also in
    # the URL); "met Wednesday" = 1988-08-31.
    ("dev_1608_walesa_kiszczak_villa", "Eastern Europe/Russia", "1980s", "Chicago Tribune", "http://articles.chicagotribune.com/1988-09-01/news/8801270156_1_solidarity-gen-czeslaw-kiszczak-trade-union", "1988-09-01"),
    # Date lines "18 Aug 2008" and "6:30 pm on 18 August 2008" (a Monday).
    ("dev_1609_fiji_forum_pullout", "Oceania", "2000s", "Radio New Zealand (RNZ Pacific)", "http://www.radionz.co.nz/international/pacific-news/178830/fiji-pulls-out-of-forum-summit-over-exclusion-from-post-meeting-bilateral-talks", "2008-08-18"),
    # Date line "November 28, 2004 / Ottawa, Ontario" of the release (a Sunday; also in the URL,
    # news_release_20041128).
    ("dev_1610_bush_canada_visit_release", "North America", "2000s", "Office of the Prime Minister of Canada (news release, pco-bcp.gc.ca via the Library and Archives Canada web archive)", "https://epe.lac-bac.gc.ca/100/205/301/pco-bcp/website/06-07-27/www.pco-bcp.gc.ca/printer.asp@language=e&page=archivemartin&sub=newscommuniques&doc=news_release_20041128_339_e.htm&printerfriendly=y.htm", "2004-11-28"),
    # Byline line "ANDREW PHILLIPS April 21 1997" (the Maclean's issue date, a Monday) and the URL
    # (/article/1997/4/21/).
    ("test_1611_chretien_clinton_just_right", "North America", "1990s", "Maclean's (archive.macleans.ca)", "http://archive.macleans.ca/article/1997/4/21/the-just-right-summit", "1997-04-21"),
    # Date line "28 October 1999" (a Thursday; also in the URL, kashmir19991028a).
    ("dev_1612_gujral_sharif_hotline", "South Asia", "1990s", "jammu-kashmir.com news archive (Hindustan Times report)", "http://jammu-kashmir.com/archives/archives1999/kashmir19991028a.html", "1999-10-28"),
]

A = {}

_JB = ("Within a few hours of landing at Islamabad, some of Rajiv's key image makers - Gopi Arora, G. Parthasarathy and Suman Dubey - landed at the house of Javed Jabbar, the young and savvy Pakistani minister of state for information.")
A["dev_1601_rajiv_benazir_new_era"] = dict(
    actors={
        "rajiv_gandhi": ["Rajiv Gandhi", "Rajiv"],
        "benazir_bhutto": ["Benazir Bhutto", "Benazir"],
        "gopi_arora": ["Gopi Arora"],
        "g_parthasarathy": ["G. Parthasarathy"],
        "suman_dubey": ["Suman Dubey"],
        "javed_jabbar": ["Javed Jabbar"],
        "zia_ul_haq": ["Zia"],
        "indian_air_force": ["Indian Air Force"],
    },
    meetings=[
        # The headline's nominal event "Rajiv Gandhi-Benazir Bhutto talks" (repeated as
        # "Rajiv-Benazir talks" in the standfirst; one row) -> held; place Islamabad (the visit
        # lands "at Islamabad"); no day in the excerpt -> null.
        M(["rajiv_gandhi", "benazir_bhutto"], None, "Islamabad", IP, H,
          "Indo-Pak relations: Rajiv Gandhi-Benazir Bhutto talks signal new era"),
        # Rajiv's three aides "landed at the house of Javed Jabbar" ("The informal meeting went
        # late into the night") -> a visit to a person: Jabbar with each aide, held, Islamabad,
        # date null ("within a few hours of landing", the landing day is not given).
        M(["javed_jabbar", "gopi_arora"], None, "Islamabad", IP, H, _JB),
        M(["javed_jabbar", "g_parthasarathy"], None, "Islamabad", IP, H, _JB),
        M(["javed_jabbar", "suman_dubey"], None, "Islamabad", IP, H, _JB),
        # The three Indian aides on the same side of the table -> optional pairs (dev_017,
        # dev_1502).
        M(["gopi_arora", "g_parthasarathy"], None, "Islamabad", IP, H, _JB, False),
        M(["gopi_arora", "suman_dubey"], None, "Islamabad", IP, H, _JB, False),
        M(["g_parthasarathy", "suman_dubey"], None, "Islamabad", IP, H, _JB, False),
        # Not rows: "the intelligence agencies of the two nations had held joint meetings"
        # (unnamed agencies, a count); "an Indian prime minister had visited Pakistan" (a visit
        # to a country, the same visit); "hit it off so well" (the same talks); the decoy flight;
        # "asked one of the officials" (unnamed). "a senior Indian intelligence bureau official"
        # is unnamed and "intelligence bureau" is written as a description, not coded as an actor.
    ],
    roles=[("The Indian prime minister", "rajiv_gandhi"),
           ("the young and savvy Pakistani minister of state for information", "javed_jabbar")],
)

_RM = ("Special U.S. envoy Richard Murphy met last week in London with Hussein and Israeli Prime Minister Shimon Peres.")
A["dev_1602_hussein_arafat_amman"] = dict(
    actors={
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "richard_murphy": ["Richard Murphy", "Murphy"],
        "shimon_peres": ["Shimon Peres", "Peres"],
        "plo": ["Palestine Liberation Organization", "PLO", "Plo"],
        "un_security_council": ["U.N. Security Council"],
    },
    meetings=[
        # "met Sunday" -> Sunday before the Monday 1986-01-27 date line = 1986-01-26, Amman
        # (dateline; al-Nedwa Palace). "Hussein and Arafat held two meetings, first with aides ...
        # and then again for an evening summit" = the same pair, day and place -> one row.
        M(["yasser_arafat", "hussein_bin_talal"], "1986-01-26", "Amman", IP, H,
          "AMMAN, JORDAN — PLO leader Yasser Arafat met Sunday with Jordan's King Hussein in what could prove to be decisive negotiations that determine the future of Middle East peace efforts."),
        # "have not met since November" implies a meeting in November (month only -> null, no
        # place) -> held, optional (the earlier meeting is only implied by a negation).
        M(["hussein_bin_talal", "yasser_arafat"], None, None, IP, H,
          "The two leaders have not met since November.", False),
        # "Murphy met last week in London with Hussein and ... Peres" -> two bilaterals (dev_032
        # rule; a three-way Hussein-Peres meeting is not stated), held, London, date null ("last
        # week").
        M(["richard_murphy", "hussein_bin_talal"], None, "London", IP, H, _RM),
        M(["richard_murphy", "shimon_peres"], None, "London", IP, H, _RM),
        # Not rows: "Arafat's meetings with Hussein are expected to last several days" (the
        # continuation of the same round of talks, which the corpus codes as one encounter,
        # test_009); the initiative "launched jointly last Feb. 11" (an agreement, no meeting
        # described); Peres "said" (statements); "whatever proposals Hussein received from
        # Murphy" (the same Murphy meeting). "By Los Angeles Times" is the agency credit.
    ],
    roles=[("King Of Jordan", "hussein_bin_talal"), ("PLO leader", "yasser_arafat"),
           ("Special U.S. envoy", "richard_murphy"), ("Israeli Prime Minister", "shimon_peres")],
)

A["test_1603_shevardnadze_tbilisi"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "georgi_razumovsky": ["Georgi Razumovsky"],
        "gennady_gerasimov": ["Gennady Gerasimov", "Gerasimov"],
        "mikhail_gorbachev": ["Mikhail Gorbachev"],
        "politburo_cpsu": ["Politburo"],
        "kremlin": ["Kremlin"],
        "izvestia": ["Izvestia"],
        "soviet_foreign_ministry": ["Foreign Ministry"],
    },
    meetings=[
        # Near-zero control. Shevardnadze and Razumovsky "have been meeting with members of the
        # Georgian leadership and local representatives": the counterparts are unnamed; the two
        # named envoys are on the same side -> one optional row for the named pair (dev_1502),
        # held, date null (ongoing since the Monday arrival), place Georgia ("flew to the
        # republic of Georgia"; the venue of the talks is not named).
        M(["eduard_shevardnadze", "georgi_razumovsky"], None, "Georgia", IP, H,
          "Shevardnadze and Georgi Razumovsky, an alternate member of the Politburo, have been meeting with members of the Georgian leadership and local representatives, trying to figure out what happened early Sunday, and how to quell the unrest.", False),
        # Not rows: Shevardnadze "canceled a trip to East Germany" (a cancelled trip to a
        # country, no host named); "flew to the republic of Georgia" (a trip, no host named);
        # "the conferences" (the same talks); Gerasimov "said"/"confirmed" (briefings); Izvestia
        # and "residents reached by telephone" (sources). "By New York Times" is the agency credit.
    ],
    roles=[("Soviet Foreign Minister", "eduard_shevardnadze"), ("Ex-georgian Leader", "eduard_shevardnadze"),
           ("a former Georgian party leader", "eduard_shevardnadze"),
           ("the only Georgian on the ruling Politburo", "eduard_shevardnadze"),
           ("Foreign Ministry spokesman", "gennady_gerasimov"),
           ("an alternate member of the Politburo", "georgi_razumovsky"),
           ("Soviet leader", "mikhail_gorbachev"), ("the government newspaper", "izvestia")],
)

A["dev_1604_howard_png_bougainville"] = dict(
    actors={
        "john_howard": ["John Howard", "Mr. Howard"],
        "michael_somare": ["Sir Michael Somare", "Sir Michael"],
        "mekere_morauta": ["Sir Mekere Morauta"],
        "png_australia_business_council": ["PNG-Australia Business Council"],
    },
    meetings=[
        # "he [Howard] told journalists after discussions on Thursday with ... Somare" -> held,
        # Thursday before the Monday 1999-10-11 dateline = 1999-10-07; place Port Moresby
        # (judgement: the dateline of a report on a two-day visit; no other venue is named).
        M(["john_howard", "michael_somare"], "1999-10-07", "Port Moresby", IP, H,
          "Bougainville may be close to securing an autonomy deal with PNG, he told journalists after discussions on Thursday with Foreign Affairs Minister Sir Michael Somare, who is also charged with Bougainville Affairs."),
        # "a dinner hosted by his PNG counterpart, Sir Mekere Morauta, on Thursday night" -> a
        # working meal with the host, held, 1999-10-07, Port Moresby (as above).
        M(["john_howard", "mekere_morauta"], "1999-10-07", "Port Moresby", IP, H,
          "He told a dinner hosted by his PNG counterpart, Sir Mekere Morauta, on Thursday night, that Australia was pleased to maintain its peace monitoring force of 250 on the island in the months ahead."),
        # Not rows: the "two-day visit to Papua New Guinea" (a country); Somare's "two-day visit
        # to the war-torn island" (no host named); the Friday "business breakfast" (a speech to
        # the PNG-Australia Business Council, an organisation); "told journalists". "The
        # National" in the dateline is the outlet credit.
    ],
    roles=[("Australian Prime Minister", "john_howard"), ("Foreign Affairs Minister", "michael_somare"),
           ("his PNG counterpart", "mekere_morauta")],
)

_PP = ("He later went to the Royal Palace for a summit chaired by his father King Sihanouk with CPP President Chea Sim and Second Prime Minister Hun Sen.")
A["dev_1605_ranariddh_royal_palace_summit"] = dict(
    actors={
        "norodom_ranariddh": ["Prince Norodom Ranariddh", "Prince Noro-dom Ranariddh", "Prince Ranariddh", "Ranariddh"],
        "norodom_sihanouk": ["King Sihanouk"],
        "chea_sim": ["Chea Sim"],
        "hun_sen": ["Hun Sen"],
        "tol_lah": ["Tol Lah"],
        # "You\n\nHockry" is broken across lines in the text, so only the family name is listed
        # (aliases must occur verbatim; batch 8b's "Gopal").
        "you_hockry": ["Hockry"],
        "kong_vibol": ["Kong Vibol"],
        "pok_than": ["Pok Than"],
        "sok_an": ["Sok An"],
        "om_sarith": ["Om Sarith"],
        # The page breaks off after "Prak" (the rest of the name is missing in the source); the
        # key is the name as written.
        "prak": ["Prak"],
        "sam_rainsy": ["Sam Rainsy", "Rainsy"],
        "funcinpec": ["FUNCINPEC", "Funcinpec"],
        "cambodian_peoples_party": ["CPP"],
        "national_assembly_cambodia": ["National Assembly"],
        "united_nations": ["UN"],
    },
    meetings=[
        # The Royal Palace summit "chaired by his father King Sihanouk with ... Chea Sim and ...
        # Hun Sen", to which Ranariddh "went": four named participants -> one row per pair,
        # held, 1998-11-12 ("yesterday (Nov 12)", "later" that day; the caption "outside the
        # Royal Palace Nov 12"), Phnom Penh ("renewed talks in Phnom Penh").
        M(["norodom_ranariddh", "norodom_sihanouk"], "1998-11-12", "Phnom Penh", IP, H, _PP),
        M(["norodom_ranariddh", "chea_sim"], "1998-11-12", "Phnom Penh", IP, H, _PP),
        M(["norodom_ranariddh", "hun_sen"], "1998-11-12", "Phnom Penh", IP, H, _PP),
        M(["norodom_sihanouk", "chea_sim"], "1998-11-12", "Phnom Penh", IP, H, _PP),
        M(["norodom_sihanouk", "hun_sen"], "1998-11-12", "Phnom Penh", IP, H, _PP),
        # Chea Sim and Hun Sen are both CPP (same side) -> optional (dev_017).
        M(["chea_sim", "hun_sen"], "1998-11-12", "Phnom Penh", IP, H, _PP, False),
        # Not rows: "The talks are expected to continue today, Nov 13" (the same summit
        # continuing on a second day; one encounter, test_009); "the first time the four
        # leaders have been in the same room since Sept 24" (joint presence before a swearing-in
        # ceremony, not described as a meeting); the greeting at the airport by unnamed
        # ambassadors and representatives; the negotiating teams (listed, not said to meet);
        # Rainsy "faxed" (a message); the King's trip to Beijing.
    ],
    roles=[("FUNCINPEC leader", "norodom_ranariddh"), ("his father", "norodom_sihanouk"),
           ("CPP President", "chea_sim"), ("Second Prime Minister", "hun_sen"),
           ("Cabinet Minister", "sok_an")],
)

_PL = ("After a stop in Miensk, Belarus, where he met with President Alyaksandr Lukashenka to discuss the union of the two countries, Mr. Putin traveled to London to meet with Prime Minister Tony Blair, in reciprocation for a visit to Moscow by Mr. Blair last month.")
A["dev_1606_putin_kyiv_first_tour"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Mr. Putin"],
        "alexander_lukashenko": ["Alyaksandr Lukashenka"],
        "tony_blair": ["Tony Blair", "Mr. Blair"],
        "leonid_kuchma": ["Leonid Kuchma", "Mr. Kuchma"],
        "boris_yeltsin": ["Boris Yeltsin"],
        "black_sea_fleet": ["Russian Black Sea Fleet"],
        "cis": ["Commonwealth of Independent States"],
    },
    meetings=[
        # Putin "visited Kyiv on April 18"; "In Kyiv Mr. Putin and President Leonid Kuchma ...
        # the matters they discussed" -> held, 2000-04-18 (year of publication), Kyiv.
        M(["vladimir_putin", "leonid_kuchma"], "2000-04-18", "Kyiv", IP, H,
          "In Kyiv Mr. Putin and President Leonid Kuchma made every effort to show that the relationship between their two countries remains stable, but the matters they discussed - the situation with the Russian Black Sea Fleet; Ukraine's never-ending energy debt and Russian assertions that Ukraine steals gas from its pipeline; and Russia's unwillingness to join Ukraine and the rest of the Commonwealth of Independent States in a free trade zone - demonstrated just how fragile relations remain."),
        # "a stop in Miensk, Belarus, where he met with President Alyaksandr Lukashenka" ->
        # held, date null (earlier on the tour), place as written ("Miensk").
        M(["vladimir_putin", "alexander_lukashenko"], None, "Miensk", IP, H, _PL),
        # "traveled to London to meet with Prime Minister Tony Blair" -> held (judgement: the
        # tour is reported as completed, Kyiv being its "last leg"), London, date null.
        M(["vladimir_putin", "tony_blair"], None, "London", IP, H, _PL),
        # "a visit to Moscow by Mr. Blair last month" -> a visit to a city; that Putin was the
        # host is implied only by "in reciprocation" -> optional, held, Moscow, date null.
        M(["tony_blair", "vladimir_putin"], None, "Moscow", IP, H, _PL, False),
        # Kuchma "had previously met the newly elected Russian president only once" -> one
        # earlier meeting, neither dated nor placed -> optional (borderline count).
        M(["leonid_kuchma", "vladimir_putin"], None, None, IP, H,
          "Mr. Kuchma, who had warm relations with Mr. Putin's predecessor, Boris Yeltsin, but had previously met the newly elected Russian president only once, said that a key success in the talks was that the sides realized what needs to be done.", False),
        # Not rows: "discussions with the Ukrainian leadership" and "the talks in Kyiv" (the
        # same Kyiv meeting); "told journalists"; Kuchma's "warm relations" with Yeltsin (no
        # specific meeting). "by Roman Woronowycz / Kyiv Press Bureau" is the byline.
    ],
    roles=[("Russian President-elect", "vladimir_putin"),
           ("the yet-to-be-inaugurated Russian president", "vladimir_putin"),
           ("the newly elected Russian president", "vladimir_putin"),
           ("Mr. Putin's predecessor", "boris_yeltsin")],
)

A["test_1607_zapatero_schroeder_berlin"] = dict(
    actors={
        "jose_luis_rodriguez_zapatero": ["Jose Luis Rodriguez Zapatero", "Zapatero"],
        "gerhard_schroeder": ["Gerhard Schroeder"],
        "miguel_angel_moratinos": ["Miguel Angel Moratinos"],
        "colin_powell": ["Colin Powell"],
        # Chirac's first name is misspelt "Jaques" in the text (kept as written).
        "jacques_chirac": ["Jaques Chirac"],
        "jose_manuel_durao_barroso": ["Jose Manuel Durao Barroso"],
        "tony_blair": ["Tony Blair"],
        "un_security_council": ["United Nations Security Council"],
    },
    meetings=[
        # "during a meeting with the German Chancellor Gerhard Schroeder in Berlin"; the plan was
        # proposed "Wednesday" (the date line's day) -> held, 2004-04-28, Berlin.
        M(["jose_luis_rodriguez_zapatero", "gerhard_schroeder"], "2004-04-28", "Berlin", IP, H,
          "Zapatero put forward the ambitious plan during a meeting with the German Chancellor Gerhard Schroeder in Berlin."),
        # Moratinos-Powell "had brief talks in Berlin" -> held, Berlin; no day given -> null.
        M(["miguel_angel_moratinos", "colin_powell"], None, "Berlin", IP, H,
          "Foreign Minister Miguel Angel Moratinos had brief talks in Berlin with U.S. Secretary of State Colin Powell, who was in the German capital for a conference on anti-semitism."),
        # "due to fly Thursday to Paris for talks with ... Chirac" -> planned, 2004-04-29, Paris.
        M(["jose_luis_rodriguez_zapatero", "jacques_chirac"], "2004-04-29", "Paris", IP, P,
          "The new Spanish premier is due to fly Thursday to Paris for talks with French president Jaques Chirac."),
        # "scheduled to meet with his Portuguese counterpart ... on 4 May" -> planned, 2004-05-04
        # (year of publication); no place given -> null.
        M(["jose_luis_rodriguez_zapatero", "jose_manuel_durao_barroso"], "2004-05-04", None, IP, P,
          "Zapatero is also scheduled to meet with his Portuguese counterpart, Jose Manuel Durao Barroso, on 4 May."),
        # "expected to fly to London to meet ... Blair" -> planned, London, date null.
        M(["jose_luis_rodriguez_zapatero", "tony_blair"], None, "London", IP, P,
          "Zapatero is also expected to fly to London to meet British prime minister Tony Blair."),
        # Not rows: "several trips to European nations ... planned" (a count of trips to
        # countries); the "conference on anti-semitism" (multilateral); the proposed Security
        # Council resolution. "[Copyright EFE with Expatica]" was removed as the agency credit.
    ],
    roles=[("Spanish Prime Minister", "jose_luis_rodriguez_zapatero"), ("the German Chancellor", "gerhard_schroeder"),
           ("Foreign Minister", "miguel_angel_moratinos"), ("U.S. Secretary of State", "colin_powell"),
           ("The new Spanish premier", "jose_luis_rodriguez_zapatero"), ("French president", "jacques_chirac"),
           ("his Portuguese counterpart", "jose_manuel_durao_barroso"), ("British prime minister", "tony_blair")],
)

A["dev_1608_walesa_kiszczak_villa"] = dict(
    actors={
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "czeslaw_kiszczak": ["Gen. Czeslaw Kiszczak", "Czeslaw Kiszczak", "Kiszczak"],
        "wojciech_jaruzelski": ["Gen. Wojciech Jaruzelski", "Wojciech Jaruzelski"],
        "solidarity": ["Solidarity"],
        "polish_episcopate": ["Roman Catholic episcopate"],
    },
    meetings=[
        # "met for more than two hours at a government villa in Warsaw with the interior
        # minister, Gen. Czeslaw Kiszczak" (the lead's "met Wednesday") -> held, Wednesday before
        # the Thursday 1988-09-01 date line = 1988-08-31, Warsaw.
        M(["lech_walesa", "czeslaw_kiszczak"], "1988-08-31", "Warsaw", IP, H,
          "Walesa, wearing a red-and-white Solidarity badge and a medal of Poland`s Catholic patroness, the Black Madonna, met for more than two hours at a government villa in Warsaw with the interior minister, Gen. Czeslaw Kiszczak."),
        # "since the general visited him at the end of the 11-month internment" -> a visit to a
        # person, held; date and place not given -> null.
        M(["czeslaw_kiszczak", "lech_walesa"], None, None, IP, H,
          "It was the first meeting between Solidarity and the government of Gen. Wojciech Jaruzelski since the troubled martial-law period began in 1981, and the first meeting between Walesa and Kiszczak since the general visited him at the end of the 11-month internment Walesa served after imposition of martial law."),
        # Not rows: "Representatives of Poland`s communist government met Wednesday with ...
        # Walesa" (the same meeting; the representatives are unnamed); "the first meeting
        # between Solidarity and the government" (organisations; the same meeting); Walesa
        # "briefed senior union advisers" (unnamed group); the "round-table talks" and
        # "preliminary discussions" (future, unnamed); reporters' questions. The cut-off last
        # sentence ("Also attending was Bishop Jerzy Dabrowski, ...") was trimmed with the excerpt.
    ],
    roles=[("Solidarity leader", "lech_walesa"), ("the interior minister", "czeslaw_kiszczak"),
           ("the general", "czeslaw_kiszczak")],
)

A["dev_1609_fiji_forum_pullout"] = dict(
    actors={
        "frank_bainimarama": ["Commodore Frank Bainimarama", "Frank Bainimarama"],
        "neumi_leweni": ["Neumi Leweni"],
        "helen_clark": ["Helen Clark"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
    },
    meetings=[
        # Zero-meeting control. Not rows: the Pacific Islands Forum summit in Niue (multilateral,
        # and Fiji withdrew); the post-Forum "bi-lateral talks in Auckland" with "dialogue
        # partners like Canada, the United Kingdom, the USA, Japan and China" (countries, no
        # named people, and Fiji excluded); Bainimarama's statement, Leweni's and Clark's
        # remarks (statements); the transit visas.
    ],
    roles=[("Fiji's interim Prime Minister", "frank_bainimarama"),
           ("The Fiji government spokesman", "neumi_leweni"),
           ("New Zealand's Prime Minister", "helen_clark")],
)

_BM = ("This will be the sixth face to face meeting between Prime Minister Martin and President Bush, following their meeting at the APEC Leader’s Summit in Santiago, Chile, on November 20.")
A["dev_1610_bush_canada_visit_release"] = dict(
    actors={
        "paul_martin": ["Paul Martin", "Martin"],
        "george_w_bush": ["George W. Bush", "President Bush", "Bush"],
        "laura_bush": ["Laura Bush"],
        "colin_powell": ["Colin Powell"],
        "condoleezza_rice": ["Dr. Condoleezza Rice", "Condoleezza Rice"],
        "stephen_harper": ["Stephen Harper"],
        "apec": ["APEC"],
    },
    meetings=[
        # "the sixth face to face meeting between Prime Minister Martin and President Bush" =
        # the Ottawa programme of 30 November (working session and luncheon, private meeting,
        # official dinner hosted by the Prime Minister: one pair, one day, one place -> one
        # row) -> planned, 2004-11-30 ("In Ottawa on November 30"), Ottawa.
        M(["paul_martin", "george_w_bush"], "2004-11-30", "Ottawa", IP, P, _BM),
        # "their meeting at the APEC Leader’s Summit in Santiago, Chile, on November 20" -> a
        # bilateral at a summit, held, 2004-11-20, Santiago.
        M(["paul_martin", "george_w_bush"], "2004-11-20", "Santiago", IP, H, _BM),
        # "a brief courtesy call on the Governor General" -> the Governor General is not named ->
        # one-party row, planned, 2004-11-30, Ottawa.
        M(["george_w_bush"], "2004-11-30", "Ottawa", IP, P,
          "In Ottawa on November 30, the President will pay a brief courtesy call on the Governor General."),
        # "That afternoon, the President is also expected to meet with ... Stephen Harper" ->
        # planned, 2004-11-30, Ottawa.
        M(["george_w_bush", "stephen_harper"], "2004-11-30", "Ottawa", IP, P,
          "That afternoon, the President is also expected to meet with the Honourable Stephen Harper, Leader of the Official Opposition, and tour the National Archives."),
        # Not rows: the ordinal "sixth" (the five earlier meetings are not described); the
        # Cabinet working session and luncheon (the same Martin-Bush encounter; the ministers
        # are unnamed); Laura Bush, Powell and Rice "accompany" the President (not participants);
        # the tour of the National Archives (a building); the working visit "to Canada" (a
        # country). The cut-off last sentence (the trip to Halifax) was trimmed.
    ],
    roles=[("President of the United States", "george_w_bush"), ("the President", "george_w_bush"),
           ("the Prime Minister", "paul_martin"), ("First Lady", "laura_bush"),
           ("outgoing Secretary of State", "colin_powell"),
           ("National Security Advisor and Secretary of State-Designate", "condoleezza_rice"),
           ("Leader of the Official Opposition", "stephen_harper")],
)

A["test_1611_chretien_clinton_just_right"] = dict(
    actors={
        "bill_clinton": ["Bill Clinton", "Clinton"],
        "jean_chretien": ["Jean Chrétien", "Chrétien"],
        # "John E Kennedy" as written (for John F. Kennedy).
        "john_f_kennedy": ["John E Kennedy"],
        "william_fulbright": ["William Fulbright"],
        "brian_mulroney": ["Brian Mulroney"],
        "ronald_reagan": ["Ronald Reagan"],
        "george_h_w_bush": ["George Bush"],
        "white_house": ["White House"],
    },
    meetings=[
        # "when the Prime Minister visited Washington last week" + Clinton "invited his visitor
        # over to the White House for an unscheduled first-night chat" -> one row for the visit
        # (the chat and the later sessions of the same visit), held, Washington (White House ->
        # Washington), date null ("last week").
        M(["bill_clinton", "jean_chretien"], None, "Washington", IP, H,
          "But politicians have a way of making the best of any situation, so Clinton made a point of showing Chrétien his prized collection of golf clubs when he invited his visitor over to the White House for an unscheduled first-night chat."),
        # Not rows: "the round of golf he had promised him" (did not take place); "he told an
        # aide later" (unnamed); Chrétien's denial "two days later" (a statement); Mulroney
        # "getting too chummy with Ronald Reagan and George Bush" (no specific meeting).
    ],
    roles=[("the Prime Minister", "jean_chretien"), ("The President", "bill_clinton"),
           ("his visitor", "jean_chretien"), ("the man from Hope", "bill_clinton"),
           ("the late Arkansas senator who was Clinton’s political mentor", "william_fulbright")],
)

A["dev_1612_gujral_sharif_hotline"] = dict(
    actors={
        "inder_kumar_gujral": ["Inder Kumar Gujral", "Gujral"],
        "nawaz_sharif": ["Nawaz Sharif", "Nawaz", "Sharif", "Mian Saheb"],
        "mushahid_hussain": ["Mushahid Hussain", "Mushahid"],
        "benazir_bhutto": ["Benazir Bhutto"],
        "kuldip_nayar": ["Kuldip Nayar"],
        "sartaj_aziz": ["Sartaj Aziz"],
        "hindustan_times": ["Hindustan Times"],
        "saarc": ["Saarc"],
    },
    meetings=[
        # "he had spoken to Nawaz on hotline about the five terrorists" -> phone, held; no day
        # (the Thursday is the Hindustan Times report's) -> null; place null (phone).
        M(["inder_kumar_gujral", "nawaz_sharif"], None, None, PH, H,
          "According to a report published by the Hindustan Times on Thursday, Gujral, while recalling his days in power, said that he had spoken to Nawaz on hotline about the five terrorists who had been arrested with Stinger missiles in the Kashmir Valley."),
        # Nawaz "was ringing up so that he could fulfill his promise" -> a call by Sharif
        # keeping a promise made earlier; it may be the same call as the row above or a second
        # one -> optional, phone, held, date null.
        M(["nawaz_sharif", "inder_kumar_gujral"], None, None, PH, H,
          "According to Gujral, \"Nawaz said he had been extremely busy the entire day and was ringing up so that he could fulfill his promise of providing details about the terrorist incident within 24 hours.", False),
        # "Nawaz sent Mushahid Hussain ... to meet me in Rawalpindi and invite me to tea" (the
        # invitation was delivered and accepted) -> held, Rawalpindi; 1994 only -> date null.
        M(["mushahid_hussain", "inder_kumar_gujral"], None, "Rawalpindi", IP, H,
          "Nawaz sent Mushahid Hussain, who later became his information minister, to meet me in Rawalpindi and invite me to tea at his house."),
        # "I accepted Nawaz's invitation" (tea at his house; "had a very elaborate spread that
        # day") -> held; the house's town is not given -> Pakistan ("I had then gone to
        # Pakistan"); 1994 only -> date null. Sartaj Aziz "were also there" -> present, not a
        # participant (ANNOTATION.md).
        M(["inder_kumar_gujral", "nawaz_sharif"], None, "Pakistan", IP, H,
          "I accepted Nawaz's invitation."),
        # "I had met him [Mushahid] at Kuldip Nayar's house in the early 1980s when he was in
        # India" -> held, date null, place India (the house's town is not given). Nayar is the
        # house's owner, not said to take part.
        M(["inder_kumar_gujral", "mushahid_hussain"], None, "India", IP, H,
          "I had met him at Kuldip Nayar's house in the early 1980s when he was in India on his honeymoon."),
        # Not rows: the "Track II conference of Saarc" (multilateral); "the depth of their
        # friendship" (no specific meeting); the Hindustan Times report (a source). The
        # cut-off last sentence ("I stayed for about two hours, and discussed a variety of")
        # was trimmed.
    ],
    roles=[("Former Indian prime minister", "inder_kumar_gujral"), ("former premier", "nawaz_sharif"),
           ("his counterpart", "nawaz_sharif"), ("his information minister", "mushahid_hussain"),
           ("an important leader of the opposition", "nawaz_sharif")],
)
