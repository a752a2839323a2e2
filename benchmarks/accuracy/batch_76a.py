"""Accuracy corpus, batch 76a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 76b), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and five
decades (1980s: two, 1990s: three, 2000s: one, 2010s: two, 2020s: four; five of the twelve from
before 2000; no 1970s page was found that was both new and odd-year in the time, see the notes).
Outlets/sites: the Los Angeles Times (an AP item, 1985), the Houses of the Oireachtas (Dail
debate, 1993), Cedar News (an NNA item, 2023), the Nigerian Tribune (2023), VietnamPlus (a VNA
item, 2023), Hiru News (2013), PINA (an AAP/PACNEWS item, 2023), the Polish President's site
(2003), primarydocuments.ca (Canadian House of Commons Debates, 1981), an OAS press release
(1999), RFE/RL's Kyrgyz Report (1999) and The Japan Times (2015).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
76b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_76a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-75b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_150NN_<slug>` / `test_150NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The address's 1985-09-10 (a Tuesday, checked): "today" -> 1985-09-10. Region Western
    # Europe (the non-US principal is Danish; the corpus rule).
    ("dev_15001_reagan_schlueter_white_house", "Western Europe", "1980s", "Los Angeles Times (latimes.com archives; an Associated Press item)", "https://www.latimes.com/archives/la-xpm-1985-09-10-mn-3429-story.html", "1985-09-10"),
    # The debate's "Wednesday, 16 Jun 1993" (a Wednesday, checked); the meeting's "9 June 1993"
    # is written out (a Wednesday).
    ("dev_15002_taoiseach_nyrup_rasmussen_dublin", "Western Europe", "1990s", "Houses of the Oireachtas (oireachtas.ie; Dail Eireann debate, official report)", "https://www.oireachtas.ie/en/debates/debate/dail/1993-06-16/4/", "1993-06-16"),
    # The tool's date 2023-11-24 and the site line "Fri. Nov 24th, 2023" (a Friday, checked):
    # "on Friday" -> 2023-11-24.
    ("test_15003_berri_ain_al_tineh_visitors", "Middle East", "2020s", "Cedar News (en.cedarnews.net; a National News Agency item)", "https://en.cedarnews.net/76269/task/berri-follows-up-on-latest-developments-with-ain-al-tineh-visitors-meets-mp-abou-faour-former-minister-wadih-al-khazen-economic-and-labor-delegation-receives-independence-congratulations-message/", "2023-11-24"),
    # The tool's date 2023-06-07 (a Wednesday, checked); the meeting is reported as under way
    # ("are in the presidential villa ... meeting") -> 2023-06-07.
    ("dev_15004_tinubu_governors_abuja", "Africa", "2020s", "Nigerian Tribune (tribuneonlineng.com)", "https://tribuneonlineng.com/tinubu-in-closed-door-meeting-with-nigeria-governors/", "2023-06-07"),
    # The tool's date 2023-01-11 (a Wednesday, checked); the text gives no day for the talks ->
    # null.
    ("dev_15005_chinh_sonexay_vientiane", "Southeast Asia", "2020s", "VietnamPlus (en.vietnamplus.vn; a VNA item)", "https://en.vietnamplus.vn/prime-minister-starts-official-visit-to-laos/246892.vnp", "2023-01-11"),
    # "Wednesday, 21 August 2013 - 12:37" (a Wednesday, checked): "yesterday" -> 2013-08-20,
    # "today" -> 2013-08-21.
    ("dev_15006_ranil_mukherjee_india_tour", "South Asia", "2010s", "Hiru News (hirunews.lk)", "https://www.hirunews.lk/english/65505/opposition-leader-meets-indian-president", "2013-08-21"),
    # The address's 2023/10/05 (a Thursday, checked): "on Thursday" -> 2023-10-05 (the day of
    # publication; the meeting is announced, see the notes).
    ("test_15007_marles_daki_geelong_planned", "Oceania", "2020s", "PINA (pina.com.fj; an AAP/PACNEWS item)", "https://pina.com.fj/2023/10/05/australia-png-work-to-ink-delayed-defence-pact", "2023-10-05"),
    # "Friday, 7 March 2003" (a Friday, checked); the visit's "7th March 2003" is written out.
    ("dev_15008_paksas_kwasniewski_poland_visit", "Eastern Europe/Russia", "2000s", "President of the Republic of Poland (prezydent.pl; news archive)", "https://www.prezydent.pl/en/archive/news-archive/news-2003/art,16,working-visit-of-the-president-of-the-republic-of-lithuania-to-poland.html", "2003-03-07"),
    # The debate's "April 15, 1981" (a Wednesday, checked). A zero-row control.
    ("dev_15009_trudeau_premiers_commons_1981", "North America", "1980s", "primarydocuments.ca (Canada, House of Commons Debates)", "https://primarydocuments.ca/house-of-commons-debates-the-constitution-request-for-convening-of-first-ministers-conference/", "1981-04-15"),
    # The release's "December 10, 1999" (a Friday, checked): "yesterday" -> 1999-12-09, "today"
    # -> 1999-12-10.
    ("dev_15010_einaudi_nicaragua_honduras_oas", "Latin America", "1990s", "Organization of American States press release (summit-americas.org)", "http://www.summit-americas.org/asg/Honduras-Nicaragua/Press%20Release%20Dec%2010-99-eng.htm", "1999-12-10"),
    # The page's "Kyrgyz Report: October 16, 1999" / "16 October 1999" (a Saturday, checked),
    # although the report speaks of "15 November" in the past and of the OSCE summit of 18-19
    # November ahead: the page's date looks wrong by a month (see the notes); the stated date
    # is kept as published.
    ("test_15011_akayev_nyrup_rasmussen_copenhagen", "Central Asia/Caucasus", "1990s", "RFE/RL (rferl.org; Kyrgyz Report)", "https://www.rferl.org/a/1343656.html", "1999-10-16"),
    # The address's 2015/04/04 (a Saturday, checked): "on Saturday" -> 2015-04-04, "Sunday" ->
    # 2015-04-05.
    ("dev_15012_suga_onaga_okinawa_planned", "East Asia", "2010s", "The Japan Times (japantimes.co.jp)", "http://www.japantimes.co.jp/news/2015/04/04/national/politics-diplomacy/chief-cabinet-secretary-arrives-okinawa-futenma-base-talks-governor/", "2015-04-04"),
]

A = {}

A["dev_15001_reagan_schlueter_white_house"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "poul_schluter": ["Poul Schlueter", "Schlueter"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev"],
    },
    meetings=[
        # "President Reagan appealed to Danish Prime Minister Poul Schlueter today ..." with
        # "Schlueter, making a state visit to the White House" (headline "Reagan Meets Danish
        # Leader") -> held, 1985-09-10 ("today" = the paper's day), Washington (the White House,
        # resolved to its city as in ANNOTATION.md).
        M(["ronald_reagan", "poul_schluter"], "1985-09-10", "Washington", IP, H,
          "President Reagan appealed to Danish Prime Minister Poul Schlueter today to help strengthen Western defenses in the pursuit of “a century of peace,” saying the goal “will not be secured by wishful thinking or public relations campaigns.”"),
        # "... the forthcoming summit meeting between Reagan and Soviet leader Mikhail S.
        # Gorbachev ..." -> planned, date null, place null (neither in the text).
        M(["ronald_reagan", "mikhail_gorbachev"], None, None, IP, P,
          "Schlueter, making a state visit to the White House, responded with a wish that the forthcoming summit meeting between Reagan and Soviet leader Mikhail S. Gorbachev “will lead to the beginning of a more constructive East-West relationship that will benefit the world.”"),
        # Not annotated: the credit "Associated Press" under the headline; the White House (a
        # building); Western defenses, East-West (generic). Removed: nothing (the excerpt is the
        # whole item, headline first).
    ],
    roles=[("Danish Prime Minister", "poul_schluter"), ("Danish Leader", "poul_schluter"),
           ("Soviet leader", "mikhail_gorbachev")],
)

A["dev_15002_taoiseach_nyrup_rasmussen_dublin"] = dict(
    actors={
        "poul_nyrup_rasmussen": ["Mr. Poul Nyrup Rasmussen", "Poul Nyrup Rasmussen", "Prime Minister Rasmussen", "Rasmussen"],
        "proinsias_de_rossa": ["Proinsias De Rossa"],
        "dail_eireann": ["Dáil Éireann"],
        "european_council": ["European Council"],
        "european_community": ["Community"],
    },
    meetings=[
        # "In a meeting with the Tánaiste and myself, the Prime Minister outlined his intentions
        # ..." (the Taoiseach answering; the question names "his meeting in Dublin on 9 June 1993
        # with the Danish Prime Minister Mr. Poul Nyrup Rasmussen") -> held, 1993-06-09, Dublin.
        # The Taoiseach and the Tánaiste are never named in the text: a one-party row (as the
        # unnamed UK "Prime Minister" in the GOV.UK readouts).
        M(["poul_nyrup_rasmussen"], "1993-06-09", "Dublin", IP, H,
          "In a meeting with the Tánaiste and myself, the Prime Minister outlined his intentions, at this stage, on the conduct of that meeting and I set out the views of the Government as to the priority items for discussion."),
        # Not rows: "the meeting of the European Council to be held in Copenhagen on 21-22 June"
        # and the Birmingham and Edinburgh Summits (multilateral meetings); "At the Edinburgh
        # Summit, the Finance Ministers met" (unnamed ministers, multilateral); De Rossa's
        # questions (parliamentary questions, not meetings); "I made it clear to Prime Minister
        # Rasmussen" is in the removed last sentence. Not annotated: "the Taoiseach", "the
        # Tánaiste" (unnamed here), "the Government" (generic), Denmark, Dublin, Copenhagen,
        # Edinburgh (places), the Treaty on European Union (a treaty). "Community" (the
        # European Community, as in "Community capitals") is annotated. Removed: at the start,
        # the site lines "Skip to main content" and "Normal View"; at the end, the cut-off
        # sentence ("I made it clear to Prime Minister Rasmussen that we expected the Commission
        # to come").
    ],
    roles=[("the Danish Prime Minister", "poul_nyrup_rasmussen"), ("the Prime Minister", "poul_nyrup_rasmussen"),
           ("President of the European Council", "poul_nyrup_rasmussen")],
)

_DEL = "Berri later met with a delegation that included the head of the Lebanese economic bodies, former Minister Mohammed Choucair, the head of the Economic, Social and Environmental Council, Charles Arbid, the head of the Beirut Merchants Association, Nicolas Al-Shamas, the head of the General Labor Confederation (GLC), Beshara Al-Asmar, and GLC vice-presidents Hassan Faqih and Saadeddine Hamidi Saqr."

A["test_15003_berri_ain_al_tineh_visitors"] = dict(
    actors={
        "nabih_berri": ["Nabih Berri", "Speaker Berri", "Berri"],
        "wael_abu_faour": ["Wael Abu Faour", "Abou Faour"],
        "wadih_al_khazen": ["Wadih Al-Khazen"],
        "mohammed_choucair": ["Mohammed Choucair"],
        "charles_arbid": ["Charles Arbid"],
        "nicolas_al_shamas": ["Nicolas Al-Shamas"],
        "beshara_al_asmar": ["Beshara Al-Asmar"],
        "hassan_faqih": ["Hassan Faqih"],
        "saadeddine_hamidi_saqr": ["Saadeddine Hamidi Saqr"],
        "greg_fergus": ["Greg Fergus"],
        "raymonde_gagne": ["Raymonde Gagneacute;"],
        "democratic_gathering": ["Democratic Gathering"],
        "economic_social_and_environmental_council_lebanon": ["Economic, Social and Environmental Council"],
        "beirut_merchants_association": ["Beirut Merchants Association"],
        "general_labor_confederation_lebanon": ["General Labor Confederation", "GLC"],
        "house_of_commons_of_canada": ["Canadian House of Commons"],
        "senate_of_canada": ["Senate of Canada"],
    },
    meetings=[
        # "House Speaker, Nabih Berri, on Friday received at the Second Presidency in Ain
        # al-Tineh, ... MP Wael Abu Faour ..." -> held, 2023-11-24 (Friday = the day of
        # publication), Beirut (the Speaker's residence in Ain al-Tineh, resolved to its city as
        # an official building named without a city; see the notes).
        M(["nabih_berri", "wael_abu_faour"], "2023-11-24", "Beirut", IP, H,
          "NNA – House Speaker, Nabih Berri, on Friday received at the Second Presidency in Ain al-Tineh, ldquo;Democratic Gatheringrdquo; MP Wael Abu Faour, with whom he discussed the current general situation, political developments, the repercussions of the Israeli aggression on the Gaza Strip and Lebanon, asnbsp; well as legislative affairs."),
        # "Speaker Berri also received in Ain al-Tineh, former Minister Wadih Al-Khazen ..." ->
        # held, the same day (the item is the Friday's round-up; "also"), Beirut.
        M(["nabih_berri", "wadih_al_khazen"], "2023-11-24", "Beirut", IP, H,
          "Speaker Berri also received in Ain al-Tineh, former Minister Wadih Al-Khazen, who said on emerging that he discussed with Berri the internal and regional situations, the repercussions of the war on southern Lebanese borders and in the Gaza Strip, as well as on the presidential election entitlement."),
        # "Berri later met with a delegation that included ... Mohammed Choucair, ... Charles
        # Arbid, ... Nicolas Al-Shamas, ... Beshara Al-Asmar, and GLC vice-presidents Hassan
        # Faqih and Saadeddine Hamidi Saqr." -> held, the same day ("later"), Beirut. A meeting
        # of seven named people: one row per pair. Berri's six pairs required; the fifteen pairs
        # of the delegation members among themselves required false (one side of the meeting,
        # as the same-side pairs of dev_14804; see the notes).
        M(["nabih_berri", "mohammed_choucair"], "2023-11-24", "Beirut", IP, H, _DEL),
        M(["nabih_berri", "charles_arbid"], "2023-11-24", "Beirut", IP, H, _DEL),
        M(["nabih_berri", "nicolas_al_shamas"], "2023-11-24", "Beirut", IP, H, _DEL),
        M(["nabih_berri", "beshara_al_asmar"], "2023-11-24", "Beirut", IP, H, _DEL),
        M(["nabih_berri", "hassan_faqih"], "2023-11-24", "Beirut", IP, H, _DEL),
        M(["nabih_berri", "saadeddine_hamidi_saqr"], "2023-11-24", "Beirut", IP, H, _DEL),
        M(["mohammed_choucair", "charles_arbid"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["mohammed_choucair", "nicolas_al_shamas"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["mohammed_choucair", "beshara_al_asmar"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["mohammed_choucair", "hassan_faqih"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["mohammed_choucair", "saadeddine_hamidi_saqr"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["charles_arbid", "nicolas_al_shamas"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["charles_arbid", "beshara_al_asmar"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["charles_arbid", "hassan_faqih"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["charles_arbid", "saadeddine_hamidi_saqr"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["nicolas_al_shamas", "beshara_al_asmar"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["nicolas_al_shamas", "hassan_faqih"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["nicolas_al_shamas", "saadeddine_hamidi_saqr"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["beshara_al_asmar", "hassan_faqih"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["beshara_al_asmar", "saadeddine_hamidi_saqr"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        M(["hassan_faqih", "saadeddine_hamidi_saqr"], "2023-11-24", "Beirut", IP, H, _DEL, False),
        # Not rows: the congratulatory message from Greg Fergus and Raymonde Gagné (a message,
        # ANNOTATION.md); "the Israeli aggression", "the presidential election entitlement"
        # (no meeting). Not annotated: the dateline credit "NNA –"; Lebanon, the Gaza Strip, Ain
        # al-Tineh, the Second Presidency (places/buildings); "the Lebanese economic bodies" (a
        # collective, not one body). Removed: at the start, the tool's " date 2023-11-24 "
        # prefix. Nothing at the end (the excerpt ends with the item, no full stop). Kept as
        # found: the site line "Fri. Nov 24th, 2023", the four-space indents, the HTML-entity
        # slips "ldquo;Democratic Gatheringrdquo;", "asnbsp; well", "countryrsquo;s",
        # "Lebanonrsquo;s", "Raymonde Gagneacute;" (the alias is stored so), "Abou Faour" in the
        # headline and "Abu Faour" in the body.
    ],
    roles=[("House Speaker", "nabih_berri"), ("the head of the Lebanese economic bodies", "mohammed_choucair"),
           ("the head of the Economic, Social and Environmental Council", "charles_arbid"),
           ("the head of the Beirut Merchants Association", "nicolas_al_shamas"),
           ("the head of the General Labor Confederation", "beshara_al_asmar"),
           ("the Speaker of the Canadian House of Commons", "greg_fergus"),
           ("the Speaker of the Senate of Canada", "raymonde_gagne")],
)

A["dev_15004_tinubu_governors_abuja"] = dict(
    actors={
        "bola_tinubu": ["President Bola Tinubu", "Bola Tinubu"],
        "abdulrahman_abdulrazaq": ["AbdulRahman AbdulRazaq"],
        "kashim_shettima": ["Kashim Shettima"],
        "babagana_monguno": ["Major General Babagana Monguno", "Babagana Monguno"],
        "nigeria_governors_forum": ["Nigeria Governors Forum", "NGF"],
    },
    meetings=[
        # "Governors from the 36 States ... meeting with President Bola Tinubu." with "Led by the
        # Chairman of the Nigeria Governors Forum (NGF) and governor of Kwara, AbdulRahman
        # AbdulRazaq, they were received in audience ... by the president." -> the one named
        # governor (the leader of the delegation) and Tinubu; held, 2023-06-07 (reported as
        # under way on the day of publication), Abuja ("the presidential villa, Abuja").
        M(["bola_tinubu", "abdulrahman_abdulrazaq"], "2023-06-07", "Abuja", IP, H,
          "Led by the Chairman of the Nigeria Governors Forum (NGF) and governor of Kwara, AbdulRahman AbdulRazaq, they were received in audience at 12.30 pm in the Council Chamber by the president."),
        # Not participants: "Also in the meeting is Vice President Kashim Shettima, ... Major
        # General Babagana Monguno" (present, ANNOTATION.md: attendees are not participants).
        # Not rows: "the first time the governors are meeting the President as a collective"
        # (the same meeting). Not annotated: the unnamed governors, "the new Secretary to
        # Government of the Federation (SGF)" (unnamed); the Council Chamber, the presidential
        # villa, Abuja, Kwara (places). Removed: at the start, the tool's " date 2023-06-07 "
        # prefix. Nothing at the end. Kept as found: "(ret. )".
    ],
    roles=[("the president", "bola_tinubu"), ("the Chairman of the Nigeria Governors Forum", "abdulrahman_abdulrazaq"),
           ("governor of Kwara", "abdulrahman_abdulrazaq"), ("Vice President", "kashim_shettima"),
           ("the National Security Adviser", "babagana_monguno")],
)

A["dev_15005_chinh_sonexay_vientiane"] = dict(
    actors={
        "pham_minh_chinh": ["PM Chinh", "Chinh"],
        "sonexay_siphandone": ["Sonexay Siphandone", "Sonexay Siphandon"],
    },
    meetings=[
        # "After the welcome, PM Chinh held talks with his host counterpart Sonexay Siphandone
        # ..." (the welcome ceremony chaired by Sonexay is the same meeting) -> held, date null
        # (the text gives no day; the story is dated 2023-01-11 but does not say the talks were
        # that day), Vientiane ("Right after arriving in Vientiane").
        M(["pham_minh_chinh", "sonexay_siphandone"], None, "Vientiane", IP, H,
          "After the welcome, PM Chinh held talks with his host counterpart Sonexay Siphandone, during which the two leaders discussed measures to further promote ties between the two countries in all fields."),
        # Not rows: the wreath at the monument (no person); the signing witnessed after the talks
        # (the same meeting). Not annotated: Laos, Vietnam, Vientiane (places); "the Vietnamese
        # high-ranking delegation" (unnamed). Removed: at the start, the tool's " date
        # 2023-01-11 " prefix; at the end, the agency tag "VNA". Kept as found: "Sonexay
        # Siphandon" (the alias is stored so), "fields./.".
    ],
    roles=[("his host counterpart", "sonexay_siphandone"), ("Lao PM", "sonexay_siphandone")],
)

A["dev_15006_ranil_mukherjee_india_tour"] = dict(
    actors={
        "ranil_wickremesinghe": ["Ranil Wickramasinghe"],
        "pranab_mukherjee": ["Pranab Mukarji"],
        "rajnath_singh": ["Rajanath Singh"],
        "bharatiya_janata_party": ["Barathiya Janatha Party"],
        "united_national_party": ["United National Party"],
        "atal_bihari_vajpayee": ["Athal Bihar Vajpai"],
        "salman_khurshid": ["Salman Kurshid"],
    },
    meetings=[
        # "Opposition leader Ranil Wickramasinghe ... met Indian President Pranab Mukarji at
        # Rashthrapathi Bavan yesterday." -> held, 2013-08-20 (the day before the Wednesday 21
        # August 2013 story), New Delhi (the presidential palace, resolved to its city).
        M(["ranil_wickremesinghe", "pranab_mukherjee"], "2013-08-20", "New Delhi", IP, H,
          "Opposition leader Ranil Wickramasinghe who is currently engaging in a tour of India met Indian President Pranab Mukarji at Rashthrapathi Bavan yesterday."),
        # "Opposition leader also met with the chairman of the Barathiya Janatha Party Rajanath
        # Singh." -> held, date null (no day given), India (the tour; no city).
        M(["ranil_wickremesinghe", "rajnath_singh"], None, "India", IP, H,
          "Opposition leader also met with the chairman of the Barathiya Janatha Party Rajanath Singh."),
        # "He is also scheduled to meet Indian Foreign Minster Salman Kurshid today." -> planned,
        # 2013-08-21, India.
        M(["ranil_wickremesinghe", "salman_khurshid"], "2013-08-21", "India", IP, P,
          "He is also scheduled to meet Indian Foreign Minster Salman Kurshid today."),
        # Not rows: "he had used bilateral ties with the then Indian Premier Athal Bihar Vajpai"
        # (past ties, no specific meeting); the UNP speaker's statement. Not annotated: "A
        # speaker of the United National Party" (unnamed); India, Sri Lanka, Rashthrapathi Bavan
        # (places). Removed: nothing. Kept as found: "Mukarji", "Rashthrapathi Bavan",
        # "Barathiya Janatha Party", "Rajanath", "Athal Bihar Vajpai", "Minster", "Kurshid", the
        # stray blank lines.
    ],
    roles=[("Opposition leader", "ranil_wickremesinghe"), ("Indian President", "pranab_mukherjee"),
           ("the Indian President", "pranab_mukherjee"),
           ("the chairman of the Barathiya Janatha Party", "rajnath_singh"),
           ("the then Indian Premier", "atal_bihari_vajpayee"), ("Indian Foreign Minster", "salman_khurshid")],
)

A["test_15007_marles_daki_geelong_planned"] = dict(
    actors={
        "richard_marles": ["Richard Marles", "Marles"],
        "win_bakri_daki": ["Win Bakri Daki", "Daki"],
        "matt_keogh": ["Matt Keogh"],
    },
    meetings=[
        # "... Defence Minister Richard Marles set to host counterpart Win Bakri Daki." with "he
        # said ahead of hosting Daki in Geelong on Thursday" -> planned, 2023-10-05 (Thursday =
        # the day of publication; see the notes), Geelong.
        M(["richard_marles", "win_bakri_daki"], "2023-10-05", "Geelong", IP, P,
          "Australia is looking to wrap up negotiations with Papua New Guinea over a new defence security pact with Defence Minister Richard Marles set to host counterpart Win Bakri Daki."),
        # "Defence Personnel Minister Matt Keogh met with the PNG defence minister at the HMAS
        # Sterling navy base to hand over the vessel." (= "An Australian minister has also
        # overseen the official handover ... to Daki in Western Australia") -> held, date null
        # (no day), Western Australia (the base is named without a city; the state is the place
        # the text gives; see the notes).
        M(["matt_keogh", "win_bakri_daki"], None, "Western Australia", IP, H,
          "Defence Personnel Minister Matt Keogh met with the PNG defence minister at the HMAS Sterling navy base to hand over the vessel."),
        # Not rows: the separate agreement between the U.S and PNG (a document); the pact's
        # negotiations (governments, no named negotiators). Not annotated: Australia, Papua New
        # Guinea/PNG, the U.S (states; "Canberra", "Port Moresby" used for the governments),
        # Geelong, Western Australia, the HMAS Sterling navy base (places). Removed: at the end,
        # the agency line "SOURCE: AAP/PACNEWS". Nothing at the start (the excerpt begins with
        # the body; no headline was given). Kept as found: "the U.S and PNG", "HMAS Sterling".
    ],
    roles=[("Defence Minister", "richard_marles"), ("counterpart", "win_bakri_daki"),
           ("the PNG defence minister", "win_bakri_daki"), ("Defence Personnel Minister", "matt_keogh"),
           ("An Australian minister", "matt_keogh")],
)

A["dev_15008_paksas_kwasniewski_poland_visit"] = dict(
    actors={
        "rolandas_paksas": ["Mr. Rolandas Paksas", "Rolandas Paksas", "President Paksas", "Paksas"],
        "aleksander_kwasniewski": ["Mr. Aleksander Kwaśniewski", "Aleksander Kwaśniewski", "President Kwaśniewski", "Kwaśniewski"],
        "mendog": ["Mendog"],
    },
    meetings=[
        # "After the private meeting of the two presidents, the two delegations held talks
        # presided by Mr. Kwaśniewski and Mr. Paksas." (the one-day visit "on the invitation of"
        # Kwaśniewski; the talks of the delegations are the same meeting) -> held, 2003-03-07
        # ("7th March 2003"), Poland (no city in the text).
        M(["rolandas_paksas", "aleksander_kwasniewski"], "2003-03-07", "Poland", IP, H,
          "After the private meeting of the two presidents, the two delegations held talks presided by Mr. Kwaśniewski and Mr. Paksas."),
        # Not rows: the joint press conference (the same visit; statements); Paksas's
        # invitation of the Polish President to the celebrations in Vilnius in July 2003 (an
        # invitation to a ceremony, not said to be accepted). Not annotated: "Spouse" (unnamed);
        # Poland, Lithuania, Vilnius (places). "Mendog" (the medieval king) is annotated as a
        # named person. Removed: at the start, the site lines "przeskocz do treści | przeskocz do
        # menu głównego", "| | |", "A | A | A"; at the end, the site line "Recommend site na
        # flickr".
    ],
    roles=[("the President of the Republic of Lithuania", "rolandas_paksas"),
           ("the President of the Republic of Poland", "aleksander_kwasniewski"),
           ("Polish President", "aleksander_kwasniewski")],
)

A["dev_15009_trudeau_premiers_commons_1981"] = dict(
    actors={
        "joe_clark": ["Joe Clark", "Mr. Clark", "Clark"],
        "pierre_trudeau": ["P. E. Trudeau"],
        "sterling_lyon": ["Premier Lyon", "Lyon"],
        "parliament_of_canada": ["Canada (Parliament)", "Parliament"],
        "house_of_commons_of_canada": ["House of Commons"],
        "quebec_court_of_appeal": ["Court of appeal", "court of appeal"],
    },
    meetings=[
        # A zero-row control. Not rows: "the meeting here tomorrow of premiers of eight
        # provinces" (unnamed premiers, a multilateral meeting without Trudeau); "in the telex to
        # him from Premier Lyon there was a request for a meeting with the Prime Minister" (a
        # request in a telex, not a meeting); "will he arrange to convene a first ministers'
        # conference" (a hypothetical conference); "I accepted to meet with them, then it
        # appeared that they did not want to meet me" (a meeting that did not take place). Not
        # annotated: "Madam Speaker", "An hon. Member", "Some hon. Members" (unnamed); "the
        # superior court of Quebec" (the speaker corrects it to the court of appeal; annotated
        # once as the court of appeal); the eight provinces (states' units), Ottawa (a place).
        # Removed: nothing at the start (the page's title and document lines are kept); at the
        # end, the cut-off sentence ("So I think the Leader of the Oppositio").
    ],
    roles=[("Leader of the Opposition", "joe_clark"), ("the Prime Minister", "pierre_trudeau"),
           ("Prime Minister", "pierre_trudeau")],
)

A["dev_15010_einaudi_nicaragua_honduras_oas"] = dict(
    actors={
        "luigi_einaudi": ["Ambassador Luigi Einaudi", "Luigi Einaudi", "Einaudi"],
        "guillermo_arguello": ["Guillermo Arguello"],
        "francisco_aguirre": ["Francisco Aguirre"],
        "alvaro_sevilla": ["Alvaro Sevilla"],
        "jorge_arturo_reina": ["Jorge Arturo Reina"],
        "policarpo_callejas": ["Ambassador Policarpo Callejas", "Policarpo Callejas"],
        "laura_nunez": ["Laura N\ufffd\ufffdez"],
        "cesar_gaviria": ["C\ufffdsar Gaviria"],
        "organization_of_american_states": ["Organization of American States", "OAS"],
        "oas_permanent_council": ["OAS Permanent Council"],
        "honduran_congress": ["Honduran Congress"],
    },
    meetings=[
        # "Einaudi met with a Nicaraguan delegation yesterday, ... and today he met with
        # representatives of Honduras." with "Nicaragua's Vice-Minister of Foreign Affairs,
        # Guillermo Arguello, headed that country's delegation" and "The Honduran delegation was
        # headed by Jorge Arturo Reina" -> two held rows with the named heads of the
        # delegations: 1999-12-09 ("yesterday") and 1999-12-10 ("today"); place null (the
        # release does not say where). The ambassadors who "accompanied" the heads are not
        # participants (ANNOTATION.md).
        M(["luigi_einaudi", "guillermo_arguello"], "1999-12-09", None, IP, H,
          "Einaudi met with a Nicaraguan delegation yesterday, shortly after accepting the role of OAS special representative in this matter, and today he met with representatives of Honduras."),
        M(["luigi_einaudi", "jorge_arturo_reina"], "1999-12-10", None, IP, H,
          "Einaudi met with a Nicaraguan delegation yesterday, shortly after accepting the role of OAS special representative in this matter, and today he met with representatives of Honduras."),
        # "Einaudi plans to meet with the Chair and Vice-Chair of the OAS Permanent Council
        # ..." -> the Chair and Vice-Chair are not named: a one-party row, planned, date null
        # ("before traveling to Central America next week"), place null.
        M(["luigi_einaudi"], None, None, IP, P,
          "Einaudi plans to meet with the Chair and Vice-Chair of the OAS Permanent Council, as well as with other interested parties, before traveling to Central America next week."),
        # Not rows: the Permanent Council's special session and its call on the Secretary
        # General (a council session; a request); the trip to Central America (no host named);
        # the maritime treaty (a document). Not annotated: "the President" (Honduras's, unnamed),
        # "the Foreign Minister" (Honduras's, unnamed); Honduras, Nicaragua, Colombia, the United
        # States (states), Central America, the Hemisphere (places). Removed: at the end, the
        # site lines "OAS Home  |  Summit Home", the copyright line and the browser notice.
        # Nothing at the start. Kept as found: "E-/199", "he1p", the replacement characters in
        # "Laura N\ufffd\ufffdez" and "C\ufffdsar Gaviria" (the aliases are stored so).
    ],
    roles=[("OAS special representative", "luigi_einaudi"),
           ("Nicaragua's Vice-Minister of Foreign Affairs", "guillermo_arguello"),
           ("the Nicaraguan Ambassador to the United States", "francisco_aguirre"),
           ("Minister Advisor to the President", "jorge_arturo_reina"),
           ("Chief of Staff of the Foreign Minister", "policarpo_callejas"),
           ("Secretary General", "cesar_gaviria")],
)

A["test_15011_akayev_nyrup_rasmussen_copenhagen"] = dict(
    actors={
        "askar_akayev": ["President Askar Akayev", "Askar Akayev", "President Akayev", "Akayev"],
        "poul_nyrup_rasmussen": ["Prime Minister Poul Nyrup Rasmussen", "Poul Nyrup Rasmussen"],
        "muratbek_imanaliev": ["Muratbek Imanaliev"],
        "margrethe_ii": ["Queen Margrethe II", "Margrethe II"],
        "apas_jumagulov": ["Apas Jumagulov"],
        "gany_asnalaiev": ["Gany Asnalaiev"],
        "toichubek_kasymov": ["Toichubek Kasymov"],
        "confederation_of_danish_producers": ["Confederation of Danish Producers"],
        "osce": ["OSCE"],
        "kyrgyz_peoples_assembly": ["People's Assembly"],
    },
    meetings=[
        # "President Askar Akayev met in Copenhagen on 15 November with Prime Minister Poul
        # Nyrup Rasmussen of Denmark ..." -> held, 1999-11-15 (a day and month written out, the
        # year of the report; see the notes on the page's date), Copenhagen.
        M(["askar_akayev", "poul_nyrup_rasmussen"], "1999-11-15", "Copenhagen", IP, H,
          "President Askar Akayev met in Copenhagen on 15 November with Prime Minister Poul Nyrup Rasmussen of Denmark and discussed bilateral relations between Denmark and Kyrgyzstan."),
        # "In the evening, Danish Queen Margrethe II received President Akayev and the Kyrgyz
        # delegation." -> held, date null ("In the evening" follows a paragraph with no day; the
        # evening of 15 November is likely but not written), Denmark (no city for the
        # reception). The officials who "accompanied" Akayev are not participants.
        M(["margrethe_ii", "askar_akayev"], None, "Denmark", IP, H,
          "In the evening, Danish Queen Margrethe II received President Akayev and the Kyrgyz delegation."),
        # Not rows: the visit to the Confederation of Danish Producers (an organisation, no person
        # named) and the news conference; the OSCE summit in Istanbul (multilateral); the
        # People's Assembly's vote (a legislative session). Not annotated: "the government",
        # "the deputies" (generic); Denmark, Kyrgyzstan, Chechnya/Chachnya, Turkey, Istanbul,
        # the Issyk-Kul region (places); "the Russian military campaign" (an event). Removed: at
        # the start, the site lines "Accessibility links" and "Breaking News"; at the end, the
        # cut-off sentence ("The minimal salary in the country is 100 soms per month (about
        # $2.2), average monthly salary is about 700 soms (about $15) and monthly minimal").
        # Kept as found: "energetics", "Chachnya", "DRFAT".
    ],
    roles=[("Kyrgyz Foreign Minister", "muratbek_imanaliev"), ("Foreign Minister", "muratbek_imanaliev"),
           ("Danish Queen", "margrethe_ii"), ("Governor of the Issyk-Kul region", "toichubek_kasymov")],
)

A["dev_15012_suga_onaga_okinawa_planned"] = dict(
    actors={
        "yoshihide_suga": ["Chief Cabinet Secretary Yoshihide Suga", "Yoshihide Suga", "Suga"],
        "takeshi_onaga": ["Gov. Takeshi Onaga", "Takeshi Onaga", "Onaga"],
    },
    meetings=[
        # "Chief Cabinet Secretary Yoshihide Suga arrived in Okinawa on Saturday on a two-day
        # visit to hold talks with Gov. Takeshi Onaga." with "Their meeting, scheduled for
        # Sunday" -> planned, 2015-04-05 (the Sunday after the Saturday story), Okinawa (no city
        # for the talks in the text).
        M(["yoshihide_suga", "takeshi_onaga"], "2015-04-05", "Okinawa", IP, P,
          "Chief Cabinet Secretary Yoshihide Suga arrived in Okinawa on Saturday on a two-day visit to hold talks with Gov. Takeshi Onaga."),
        # "During the ceremony, Suga and Onaga exchanged words briefly but did not discuss the
        # Futenma base relocation." (both "attended a ceremony in Ginowan on Saturday") -> held,
        # 2015-04-04, Ginowan; required false (a brief exchange at a ceremony both attended, as
        # the handshake of dev_022; the text calls Sunday's talks "the first meeting").
        M(["yoshihide_suga", "takeshi_onaga"], "2015-04-04", "Ginowan", IP, H,
          "During the ceremony, Suga and Onaga exchanged words briefly but did not discuss the Futenma base relocation.", False),
        # Not rows: "the first meeting between Suga and Onaga since the governor took office"
        # (the planned Sunday meeting again); Suga's remarks to reporters; the fisheries
        # minister's suspension of Onaga's order (an order, unnamed minister). Not annotated:
        # "the central government", "the fisheries minister" (unnamed); Okinawa, Ginowan,
        # Henoko, Nago, Marine Corps Air Station Futenma, Camp Foster (places/bases). Removed:
        # nothing (the excerpt is the whole story, headline first).
    ],
    roles=[("Chief Cabinet Secretary", "yoshihide_suga"), ("Chief Cabinet secretary", "yoshihide_suga"),
           ("the governor", "takeshi_onaga"), ("governor", "takeshi_onaga")],
)
