"""Accuracy corpus, batch 71a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 71b), over the eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and three
decades (1990s: six, 2010s: four, 2020s: two; six of the twelve from before 2000, as the brief asked
at least five; no page of the 1970s, 1980s or 2000s was found in time that was not already in the
corpus, see the notes).
Outlets/sites: Daily Guide Network (dailyguidenetwork.com, Ghana), B92 (b92.net, Serbia; a Tanjug
story), Tasnim News Agency (tasnimnews.com), the Deseret News (deseret.com, 1995), the Fiji Sun via
PressReader (an RNZI story), Spotlight Nepal (spotlightnepal.com), the Office of the President of
Estonia (vp1992-2001.president.ee, a 1997 press release), The Globe and Mail (1997, via the
S.I.S.I.S. archive at sisis.nativeweb.org), KCNA via NK Aggregator (nkaggregator.com, 1999), the
White House Office of the Press Secretary (clintonwhitehouse6.archives.gov, 1993), the United
Nations (press.un.org, a 1997 press release) and the Turkmen foreign ministry via EIN Presswire
(einpresswire.com).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
71b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_71a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-70b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_140NN_<slug>` / `test_140NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date 2019-11-26 (a Tuesday, checked); no date line in the text: "on
    # Friday" -> 2019-11-22.
    ("dev_14001_otumfuo_rawlings_accra", "Africa", "2010s", "Daily Guide Network (dailyguidenetwork.com)", "https://dailyguidenetwork.com/otumfuo-calls-on-rawlings-2/", "2019-11-26"),
    # The tool's date 2019-03-22 and the page's "Friday, March 22, 2019" (a Friday, checked). The
    # meeting sentence ("has met") carries no day -> date null (see the notes).
    ("dev_14002_dacic_nin_novoa_montevideo", "Latin America", "2010s", "B92 (b92.net; a Tanjug story)", "https://www.b92.net/eng/news/politics.php?yyyy=2019&mm=03&dd=22&nav_id=106470", "2019-03-22"),
    # No date line on the stored page; the address's 2015/08/05 (a Wednesday, checked) is taken
    # as the day of publication: "on Wednesday" -> 2015-08-05, "on Tuesday" -> 2015-08-04.
    ("test_14003_zarif_muallem_tehran", "Middle East", "2010s", "Tasnim News Agency (tasnimnews.com)", "https://tasnimnews.com/en/news/2015/08/05/820744/iran-s-fm-syrian-counterpart-meet-in-tehran/amp", "2015-08-05"),
    # No date line on the stored page; the address's 1995/10/4 (a Wednesday, checked) is taken as
    # the day of publication: "meeting Tuesday" -> 1995-10-03.
    ("dev_14004_christopher_cam_washington", "Southeast Asia", "1990s", "Deseret News (deseret.com)", "https://www.deseret.com/1995/10/4/19196794/u-s-praises-and-criticizes-hanoi-rule", "1995-10-04"),
    # No date line on the stored page; the PressReader address's 20190119 (the Fiji Sun of
    # Saturday 19 January 2019, checked) is taken as the day of publication. The meeting has no
    # day in the text -> date null.
    ("dev_14005_morrison_salwai_vanuatu", "Oceania", "2010s", "Fiji Sun via PressReader (pressreader.com; an RNZI story)", "http://www.pressreader.com/fiji/fiji-sun/20190119/281831464917887", "2019-01-19"),
    # The page's "Jan. 16, 2023, 4:42 p.m." (a Monday, checked): "today" -> 2023-01-16.
    ("dev_14006_chen_song_prachanda_baluwatar", "South Asia", "2020s", "Spotlight Nepal (spotlightnepal.com)", "https://www.spotlightnepal.com/2023/01/16/chinese-ambassador-nepal-calls-prime-minister-prachanda/", "2023-01-16"),
    # The release's "17.11.1997" (a Monday, checked): "today" -> 1997-11-17.
    ("test_14007_meri_lipponen_kadriorg", "Eastern Europe/Russia", "1990s", "Office of the President of the Republic of Estonia (vp1992-2001.president.ee; press release)", "https://vp1992-2001.president.ee/eng/ateated/AmetlikTeade.asp?ID=9866", "1997-11-17"),
    # The page's "Wednesday, November 5, 1997, Page A5" (a Wednesday, checked): "today" ->
    # 1997-11-05.
    ("dev_14008_fontaine_chretien_planned", "North America", "1990s", "The Globe and Mail (via the S.I.S.I.S. archive, sisis.nativeweb.org)", "http://sisis.nativeweb.org/clark/nov0597can.html", "1997-11-05"),
    # The dateline "Pyongyang, December 3 (KCNA)" with the address's 1999/12/03 (a Friday,
    # checked) and the text's "December 1 to 3, Juche 88 (1999)". The talks have no day of their
    # own (a three-day visit) -> date null.
    ("dev_14009_murayama_kim_yong_sun_pyongyang", "East Asia", "1990s", "KCNA via NK Aggregator (nkaggregator.com)", "https://nkaggregator.com/1999/12/03/joint-press-statement-of-korean-and-japanese-party-delegations/", "1999-12-03"),
    # The statement's "For Immediate Release December 1, 1993" (a Wednesday, checked): "today" ->
    # 1993-12-01.
    ("dev_14010_bildt_oval_office", "Western Europe", "1990s", "The White House, Office of the Press Secretary (clintonwhitehouse6.archives.gov; statement)", "https://clintonwhitehouse6.archives.gov/1993/12/1993-12-01-statement-on-meeting-swedish-prime-minister.text.html", "1993-12-01"),
    # The release's "4 September 1997" (a Thursday, checked); the meetings carry their own days
    # ("Tuesday, 2 September", "3 September").
    ("test_14011_secretary_general_norway", "Western Europe", "1990s", "United Nations (press.un.org; press release SG/T/2109)", "https://press.un.org/en/1997/19970904.sgt2109.html", "1997-09-04"),
    # The tool's date 2023-05-16 and the release's "16/05/2023" (a Tuesday, checked); the call is
    # dated in the text ("On May 15, 2023").
    ("dev_14012_berdimuhamedov_rahmon_call", "Central Asia/Caucasus", "2020s", "Ministry of Foreign Affairs of Turkmenistan via EIN Presswire (einpresswire.com)", "https://www.einpresswire.com/article/633972995/telephone-conversation-between-the-chairman-of-the-halk-maslahaty-of-turkmenistan-and-the-president-of-the-republic-of-tajikistan", "2023-05-16"),
]

A = {}

A["dev_14001_otumfuo_rawlings_accra"] = dict(
    actors={
        "osei_tutu_ii": ["Otumfuo Osei Tutu II", "Otumfuo Osei Tutu"],
        "jerry_rawlings": ["Jerry John Rawlings", "Rawlings"],
        "university_of_professional_studies": ["University of Professional Studies"],
    },
    meetings=[
        # "The Asantehene, Otumfuo Osei Tutu paid a courtesy call on former President Jerry John
        # Rawlings at the Ridge residence in Accra on Friday." -> held, 2019-11-22 ("on Friday" in a
        # page of Tuesday 26 November 2019), Accra. "the two proceeded to hold private discussions"
        # is the same meeting.
        M(["osei_tutu_ii", "jerry_rawlings"], "2019-11-22", "Accra", IP, H,
          "The Asantehene, Otumfuo Osei Tutu paid a courtesy call on former President Jerry John Rawlings at the Ridge residence in Accra on Friday."),
        # Not rows: "exchanged pleasantries with the former president, his family, staff and some
        # visiting African American students" (the same visit; the others unnamed); the keynote
        # lecture (a speech). Not annotated: "a retinue of chiefs and elders" (unnamed), the Manhyia
        # Palace, the Ridge residence, Accra (places). Removed: at the start, the search tool's
        # " date 2019-11-26" prefix; at the end, the author line "Kobina Andoh Amoakwa" and
        # "(Communications Directorate)". Kept as found: "tete – a- tete", "Ex President".
    ],
    roles=[("The Asantehene", "osei_tutu_ii"), ("the Asantehene", "osei_tutu_ii"),
           ("former President", "jerry_rawlings"), ("the former president", "jerry_rawlings"),
           ("Ex President", "jerry_rawlings"), ("The former president", "jerry_rawlings")],
)

A["dev_14002_dacic_nin_novoa_montevideo"] = dict(
    actors={
        "ivica_dacic": ["Ivica Dacic", "Dacic"],
        "rodolfo_nin_novoa": ["Rodolfo Nin Novoa", "Novoa"],
        "government_of_serbia": ["Serbian government", "srbija.gov.rs"],
    },
    meetings=[
        # "... Ivica Dacic has met with his Uruguayan counterpart Rodolfo Nin Novoa." / "The meeting
        # took place in Montevideo ..." -> held, date null (the item is of Friday 22 March 2019 but
        # the meeting sentence carries no day; see the notes), Montevideo. "Novoa informed Dacic
        # ..." is the same meeting.
        M(["ivica_dacic", "rodolfo_nin_novoa"], None, "Montevideo", IP, H,
          "Serbian FM meets with Uruguayan counterpart First Deputy PM and Foreign Minister Ivica Dacic has met with his Uruguayan counterpart Rodolfo Nin Novoa."),
        # Not rows: Dacic's visit to the Centenario Stadium and the Football Museum "in the presence
        # of senior officials and representatives of authorities and prominent athletes" (a visit to
        # places, people unnamed). Not annotated: the credit "(Tanjug)" (agency credit), Serbia,
        # Uruguay, Mexico, Venezuela (states), Montevideo, the Centenario Stadium, the Football
        # Museum (places), the first World Cup (an event). Removed: at the start, the search tool's
        # " date 2019-03-22" prefix and the section label "Politics". Kept as found: the run-on
        # first line (headline, lead, "Source: srbija.gov.rs", the date and "Tweet Share
        # (Tanjug)"), the blank lines, "informed Dacic with Uruguay's views".
    ],
    roles=[("First Deputy PM and Foreign Minister", "ivica_dacic"), ("Serbian FM", "ivica_dacic"),
           ("his Uruguayan counterpart", "rodolfo_nin_novoa"), ("Uruguayan counterpart", "rodolfo_nin_novoa")],
)

A["test_14003_zarif_muallem_tehran"] = dict(
    actors={
        "mohammad_javad_zarif": ["Mohammad Javad Zarif"],
        "walid_muallem": ["Walid Muallem", "Muallem"],
        "mikhail_bogdanov": ["Mikhail Bogdanov"],
        "hossein_amirabdollahian": ["Hossein Amir Abdollahian"],
    },
    meetings=[
        # "Iranian Foreign Minister Mohammad Javad Zarif on Wednesday held talks with visiting Syrian
        # Foreign Minister Walid Muallem in the Iranian capital." -> held, 2015-08-05, Tehran (the
        # dateline; "the Iranian capital"). "In their meeting, the two ministers conferred ..." is
        # the same meeting.
        M(["mohammad_javad_zarif", "walid_muallem"], "2015-08-05", "Tehran", IP, H,
          "TEHRAN (Tasnim) – Iranian Foreign Minister Mohammad Javad Zarif on Wednesday held talks with visiting Syrian Foreign Minister Walid Muallem in the Iranian capital."),
        # "The Syrian and Russian officials held a bilateral meeting on Tuesday ..." (the officials:
        # Muallem and Bogdanov, both said to have arrived in Tehran on Tuesday) -> held, 2015-08-04,
        # Tehran (both arrived there that day; see the notes).
        M(["walid_muallem", "mikhail_bogdanov"], "2015-08-04", "Tehran", IP, H,
          "The Syrian and Russian officials held a bilateral meeting on Tuesday on ways to resolve the crisis in the war-torn Arab country through regional cooperation."),
        # "Muallem had earlier on Tuesday held a meeting with Iranian Deputy Foreign Minister ...
        # Hossein Amir Abdollahian ..." -> held, 2015-08-04, Tehran.
        M(["walid_muallem", "hossein_amirabdollahian"], "2015-08-04", "Tehran", IP, H,
          "Muallem had earlier on Tuesday held a meeting with Iranian Deputy Foreign Minister for Arab and African Affairs Hossein Amir Abdollahian, during which the two sides discussed counter-terror efforts and the latest regional developments."),
        # Not rows: Bogdanov's arrival "to hold talks with Iranian officials" (unnamed); "the
        # high-level negotiations underway in Tehran" (unnamed parties); the quoted statement. Not
        # annotated: the dateline credit "(Tasnim)" (agency credit), "Syrian authorities" and
        # "Iranian officials" (unnamed), Iran, Syria, Russia (states), Tehran, the Middle East
        # (places). Removed: nothing (the excerpt starts with the headline and ends with a complete
        # sentence). Kept as found: "-overwhelmingly civilians–".
    ],
    roles=[("Iranian Foreign Minister", "mohammad_javad_zarif"), ("visiting Syrian Foreign Minister", "walid_muallem"),
           ("the Syrian minister", "walid_muallem"), ("Russian Deputy Foreign Minister", "mikhail_bogdanov"),
           ("Iranian Deputy Foreign Minister for Arab and African Affairs", "hossein_amirabdollahian"),
           ("Syrian Counterpart", "walid_muallem"), ("Iran’s FM", "mohammad_javad_zarif")],
)

A["dev_14004_christopher_cam_washington"] = dict(
    actors={
        "warren_christopher": ["Warren Christopher", "Christopher"],
        "nguyen_manh_cam": ["Nguyen Manh Cam", "Cam"],
        "anthony_lake": ["Tony Lake"],
        "david_johnson": ["David Johnson"],
        "us_army": ["Army"],
    },
    meetings=[
        # "Hours before the Christopher-Cam meeting Tuesday ..." (with the lead: Christopher,
        # "posing for pictures with Vietnamese Foreign Minister Nguyen Manh Cam") -> held,
        # 1995-10-03 ("Tuesday" in a paper of Wednesday 4 October 1995), place null (no place is
        # named for it; see the notes).
        M(["warren_christopher", "nguyen_manh_cam"], "1995-10-03", None, IP, H,
          "Hours before the Christopher-Cam meeting Tuesday, authorities in Hanoi turned over to U.S. officials the remains of Vietnam War victims, although their identification as U.S. servicemen is subject to verification by Army experts.Christopher said Vietnamese cooperation in providing an accounting for missing Americans has been positive since the two countries established normal relations two months ago."),
        # "The foreign minister also met with National Security Adviser Tony Lake at the White House
        # ..." -> held, date null (no day given for it), Washington (the White House).
        M(["nguyen_manh_cam", "anthony_lake"], None, "Washington", IP, H,
          "The foreign minister also met with National Security Adviser Tony Lake at the White House to discuss POWs and MIAs and human rights issues, said spokesman David Johnson."),
        # Not rows: "Christopher was to have met with Cam last week in New York but was forced to
        # cancel the meeting" (cancelled); Christopher's "early August visit to Vietnam" (a visit to
        # a country, no counterpart); the interagency team's trip (unnamed); "Cam was the highest
        # level Vietnamese official to meet at the White House" (a comparison, the same visit).
        # Not annotated: "authorities in Hanoi", "U.S. officials" (unnamed), the United States,
        # Vietnam (states), Hanoi, New York, the White House (places), the Israeli-Palestinian
        # signing ceremony (an event). Removed: at the start, the site line "Facebook Twitter" and
        # the blank lines after it; at the end, the last, cut-off sentence ("Vietnam has returned
        # the remains of 207 possible Vietnam War dead to the United States since the two countries
        # began regular, joint battle"). Kept as found: "experts.Christopher" (no space).
    ],
    roles=[("Secretary of State", "warren_christopher"), ("Vietnamese Foreign Minister", "nguyen_manh_cam"),
           ("The foreign minister", "nguyen_manh_cam"), ("National Security Adviser", "anthony_lake"),
           ("spokesman", "david_johnson")],
)

A["dev_14005_morrison_salwai_vanuatu"] = dict(
    actors={
        "scott_morrison": ["Scott Morrison", "Mr Morrison"],
        "charlot_salwai": ["Charlot Salwai"],
        "ralph_regenvanu": ["Ralph Regenvanu"],
        "dan_mcgarry": ["Dan McGarry", "Mr McGarry"],
        "vanuatu_daily_post": ["The Vanuatu Daily Post"],
    },
    meetings=[
        # "Australian Prime Minister Scott Morrison's bilateral meeting with his Vanuatu counterpart
        # Charlot Salwai has been described as a "great start" ..." -> held, date null (no day is
        # given; "the evidence of that was quite clear yesterday" is a quotation without its own
        # date; see the notes), Vanuatu (the headline's "Trip To Vanuatu"; no city is named).
        # "The two men, in a joint statement ...", "the meeting between the two leaders" and "the
        # two prime ministers have agreed ..." are the same meeting.
        M(["scott_morrison", "charlot_salwai"], None, "Vanuatu", IP, H,
          "Australian Prime Minister Scott Morrison’s bilateral meeting with his Vanuatu counterpart Charlot Salwai has been described as a “great start” to developing greater co-operation between the two countries."),
        # Not rows: Regenvanu's description and McGarry's report (statements, a media report); "Mr
        # Morrison's government renewed its focus on the Pacific" (a policy). Not annotated: the
        # credit line "- RNZI" (agency credit), "Mr Morrison's government" (generic), Australia,
        # Vanuatu (states), the Pacific (a region). Removed: at the start, the outlet header line
        # "Fiji Sun"; at the end, the last, cut-off sentence ("Australia's lifting of kava import
        # rest"). Kept as found: the credit line "- RNZI" under the headline.
    ],
    roles=[("Australian Prime Minister", "scott_morrison"), ("his Vanuatu counterpart", "charlot_salwai"),
           ("Foreign Minister", "ralph_regenvanu"), ("the Vanuatu PM", "charlot_salwai"),
           ("his Australian counterpart", "scott_morrison"), ("prime minister", "charlot_salwai"),
           ("editor", "dan_mcgarry")],
)

A["dev_14006_chen_song_prachanda_baluwatar"] = dict(
    actors={
        "chen_song": ["Chen Song", "Ambassador Song"],
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal 'Prachanda'", "Pushpa Kamal Dahal", "Prachanda", "Dahal"],
        "prime_ministers_secretariat_nepal": ["Prime Minister's Secretariat"],
    },
    meetings=[
        # "Newly appointed Chinese Ambassador to Nepal, Chen Song paid a courtesy call on Prime
        # Minister Pushpa Kamal Dahal 'Prachanda' today." -> held, 2023-01-16 (the item's date),
        # Baluwatar ("the Prime Minister's official residence in Baluwatar"; no city is named;
        # see the notes).
        M(["chen_song", "pushpa_kamal_dahal"], "2023-01-16", "Baluwatar", IP, H,
          "Newly appointed Chinese Ambassador to Nepal, Chen Song paid a courtesy call on Prime Minister Pushpa Kamal Dahal 'Prachanda' today."),
        # Not rows: the congratulations "on behalf of the Chinese President, the Vice President and
        # the Premier" (messages of unnamed people, conveyed in the same meeting); the best wishes
        # (a message). Not annotated: "the Chinese President", "the Vice President", "the Premier",
        # "the President" (unnamed in the text), China, Nepal (states), Baluwatar (a place).
        # Removed: at the end, the agency tag "(RSS)" after the last sentence. Nothing at the start.
    ],
    roles=[("Chinese Ambassador to Nepal", "chen_song"), ("Newly appointed Chinese Ambassador to Nepal", "chen_song"),
           ("the Prime Minister", "pushpa_kamal_dahal"), ("Prime Minister", "pushpa_kamal_dahal")],
)

A["test_14007_meri_lipponen_kadriorg"] = dict(
    actors={
        "lennart_meri": ["President Meri", "Meri"],
        "paavo_lipponen": ["Paavo Lipponen", "Lipponen"],
        "european_union": ["European Union", "EU"],
        "european_commission": ["Commission"],
        "gazprom": ["Gazprom"],
        "ruhrgas": ["Ruhrgas"],
    },
    meetings=[
        # "The President of the Republic received the Finnish Prime Minister, Paavo Lipponen, at
        # Kadriorg today." (the President: "President Meri" later in the text) -> held, 1997-11-17
        # (the release's date), Tallinn (Kadriorg, the President's seat, resolved to its city as
        # ANNOTATION.md resolves the White House and Bangabhaban; see the notes).
        M(["lennart_meri", "paavo_lipponen"], "1997-11-17", "Tallinn", IP, H,
          "The President of the Republic received the Finnish Prime Minister, Paavo Lipponen, at Kadriorg today."),
        # Not rows: "the first meeting of the Baltic Presidents back in 1992" (a multilateral
        # meeting, presidents unnamed); the statements quoted from the same meeting. Not annotated:
        # "the Finnish people, Government and politicians", "the Estonian people" (generic), "the
        # remaining five applicants" (unnamed states), Estonia, Finland, Denmark, Russia, Germany
        # (states), Kadriorg, the Baltic, the North Sea (places). Removed: at the start, the site
        # lines "Press Releases", "Search in Press Releases:", a line holding a space and "printer
        # friendly document" with the blank line after it; at the end, the last, cut-off sentence
        # ("Prime Minister Lipponen addressed the topic of the present state of affairs concerning
        # the prospects of signin"). Kept as found: the date line "17.11.1997" under the headline.
    ],
    roles=[("The President of the Republic", "lennart_meri"), ("the President", "lennart_meri"),
           ("the Finnish Prime Minister", "paavo_lipponen"), ("The Finnish Prime Minister", "paavo_lipponen"),
           ("Finnish Premier", "paavo_lipponen")],
)

A["dev_14008_fontaine_chretien_planned"] = dict(
    actors={
        "phil_fontaine": ["Phil Fontaine"],
        "jean_chretien": ["Jean Chretien", "Mr. Chretien"],
        "assembly_of_first_nations": ["Assembly of First Nations"],
        "jennifer_lang": ["Jennifer Lang"],
        "prime_ministers_office_canada": ["Prime Minister's Office"],
    },
    meetings=[
        # "National chief Phil Fontaine is scheduled to meet with Mr. Chretien today for an informal
        # discussion ..." -> planned, 1997-11-05 ("today" in the paper of Wednesday 5 November
        # 1997), place null (none is named). The lead ("The Assembly of First Nations is finally
        # getting a meeting with Prime Minister Jean Chretien") is the same meeting.
        M(["phil_fontaine", "jean_chretien"], "1997-11-05", None, IP, P,
          "National chief Phil Fontaine is scheduled to meet with Mr. Chretien today for an informal discussion, said Jennifer Lang, a spokeswoman in the Prime Minister's Office."),
        # Not rows: "years of unsuccessful attempts" (meetings that did not take place); "the
        # thawing of frosty relations between the federal government and the assembly" (bodies,
        # no meeting). Not annotated: the header lines "The Globe and Mail" (the outlet) and the
        # archive's "S.I.S.I.S. note" (the archive's own name), "the federal government"
        # (generic). Removed: at the end, the archive's trailer ("Letters to the Globe and Mail:",
        # a second "[S.I.S.I.S. note: ...]" about Fontaine and Chretien, and "Back to SIS").
        # Nothing at the start. Kept as found: the archive's title line "Nov 5/97: Native Chief to
        # Meet PM", the header lines and the first "[S.I.S.I.S. note: ...]" (inside the text),
        # "Chretien" without the accent.
    ],
    roles=[("Prime Minister", "jean_chretien"), ("National chief", "phil_fontaine"),
           ("Native Chief", "phil_fontaine"), ("PM", "jean_chretien"),
           ("a spokeswoman in the Prime Minister's Office", "jennifer_lang")],
)

_KYS = ("Talks were held between a WPK delegation headed by secretary Kim Yong Sun and the delegation of Japanese political parties led by former prime minister Murayama.")
A["dev_14009_murayama_kim_yong_sun_pyongyang"] = dict(
    actors={
        "kim_yong_sun": ["Kim Yong Sun"],
        "tomiichi_murayama": ["Tomiichi Murayama", "Murayama"],
        "kim_yong_nam": ["Kim Yong Nam"],
        "workers_party_of_korea": ["Worker’s Party of Korea", "WPK"],
        "supreme_peoples_assembly": ["Supreme People’s Assembly"],
    },
    meetings=[
        # "Talks were held between a WPK delegation headed by secretary Kim Yong Sun and the
        # delegation of Japanese political parties led by former prime minister Murayama." -> held,
        # date null (some day of the visit "from December 1 to 3"), Pyongyang. The signing of the
        # joint statement by the two is part of the same talks.
        M(["kim_yong_sun", "tomiichi_murayama"], None, "Pyongyang", IP, H, _KYS),
        # "President Kim Yong Nam ... met and had a conversation with the delegation." (the
        # delegation "led by former prime minister Tomiichi Murayama") -> held, date null,
        # Pyongyang; required false (the text names only the delegation as Kim Yong Nam's
        # counterpart, not its leader; see the notes).
        M(["kim_yong_nam", "tomiichi_murayama"], None, "Pyongyang", IP, H,
          "President Kim Yong Nam of the presidium of the Supreme People’s Assembly of the DPRK met and had a conversation with the delegation.", False),
        # Not rows: the release of the joint press statement (a statement); "dialogue and exchange
        # held hitherto between political parties and governments" (unnamed, a count); the
        # recommended inter-governmental negotiations (proposals). Not annotated: the dateline
        # credit "(KCNA)" (agency credit), "Japanese political parties" (unnamed), the DPRK,
        # Japan (states), Pyongyang (a place). Removed: at the end, the last, cut-off sentence (point
        # 2, "With the Pyongyang visit of the delegation of Japan political parties as an occasion,
        # ... decided to recommend Red Cross organizations to cooperate with each other with the
        # he"). Nothing at the start. Kept as found: "Worker’s Party", "Japan political parties".
    ],
    roles=[("former prime minister", "tomiichi_murayama"), ("secretary", "kim_yong_sun"),
           ("President", "kim_yong_nam")],
)

A["dev_14010_bildt_oval_office"] = dict(
    actors={
        "carl_bildt": ["Carl Bildt", "Prime Minister Bildt"],
        "european_community": ["European Community"],
        "osce": ["Conference on Security and Cooperation in Europe", "CSCE"],
    },
    meetings=[
        # "The President met today with Swedish Prime Minister Carl Bildt in the Oval Office." ->
        # the President is not named in the text (role only): one-party row, held, 1993-12-01 (the
        # statement's date), Washington (the Oval Office, in the White House, resolved to its city
        # as ANNOTATION.md does). "The two leaders also discussed ..." is the same meeting.
        M(["carl_bildt"], "1993-12-01", "Washington", IP, H,
          "The President met today with Swedish Prime Minister Carl Bildt in the Oval Office."),
        # Not rows: "a tea hosted by the First Lady in honor of this year's American Nobel
        # Laureates" (a reception with unnamed guests; the First Lady is unnamed). Not annotated:
        # "The President", "the First Lady", "this year's American Nobel Laureates" (unnamed in
        # the text), the header "Office of the Press Secretary" (the issuing office), the United
        # States, Sweden, the former Yugoslavia (states), the Oval Office (a place). Removed: at the
        # start, the site line "View Header" and the blank lines after it; at the end, the closing
        # mark "# # #". Kept as found: "peacekeeping effort".
    ],
    roles=[("Swedish Prime Minister", "carl_bildt")],
)

A["test_14011_secretary_general_norway"] = dict(
    actors={
        "thorbjorn_jagland": ["Thorbjorn Jagland"],
        "bjorn_tore_godal": ["Bjorn Tore Godal"],
        "gro_harlem_brundtland": ["Gro Harlem Brundtland"],
        "united_nations": ["United Nations"],
        "united_nations_general_assembly": ["General Assembly"],
        "sfor": ["Stabilization Force", "SFOR"],
    },
    meetings=[
        # "The Secretary-General arrived in Norway ... on the afternoon of Tuesday, 2 September, and
        # proceeded immediately to a meeting with the Prime Minister, Thorbjorn Jagland." -> the
        # Secretary-General is not named in the text (role only): one-party row, held, 1997-09-02,
        # Norway (no city is named; see the notes).
        M(["thorbjorn_jagland"], "1997-09-02", "Norway", IP, H,
          "19970904 The Secretary-General arrived in Norway for a three-day official visit on the afternoon of Tuesday, 2 September, and proceeded immediately to a meeting with the Prime Minister, Thorbjorn Jagland."),
        # "At a working dinner hosted by Foreign Minister Bjorn Tore Godal ..." / "The Foreign
        # Minister and the Secretary-General then had an extensive tour d'horizon ..." -> one-party
        # row, held, date null (the dinner has no day of its own; a reader could take 2
        # September from the order of the paragraphs), Norway.
        M(["bjorn_tore_godal"], None, "Norway", IP, H,
          "At a working dinner hosted by Foreign Minister Bjorn Tore Godal, the discussion again focused on the Secretary-General's reform package and once more the Foreign Minister pledged his strong support for the proposals."),
        # "In the morning of 3 September, the Secretary-General had a meeting with former Prime
        # Minister Gro Harlem Brundtland ..." -> one-party row, held, 1997-09-03, Norway.
        M(["gro_harlem_brundtland"], "1997-09-03", "Norway", IP, H,
          "In the morning of 3 September, the Secretary-General had a meeting with former Prime Minister Gro Harlem Brundtland, with whom he discussed the United Nations reform process."),
        # Not rows: "the forthcoming General Assembly session, which he would himself attend" (a
        # plenary); the Oslo Land-mine Conference, the June special session and the Conference of
        # the Parties in Kyoto (multilateral events). Not annotated: "the Secretary-General"
        # (unnamed in the text), "his Government" (generic), the United Nations Conference on
        # Environment and Development, Agenda 21 and the Framework Convention on Climate Change
        # (events and instruments), Norway, Japan, Cyprus, East Timor, Western Sahara (states and
        # territories), Oslo, Kyoto, the Middle East, the Great Lakes region (places). Removed: at
        # the start, the blank lines before "4 September 1997"; at the end, the last, cut-off
        # sentence ("Meeting with the Speaker of the Norwegian Parliament, Kirsti Kolle Grondahl,
        # followed by discussions with its foreign Affairs Committee, the Secretary-General was
        # given strong assurances ... reform initiativ"; with it the meeting with the Speaker, see
        # the notes). Kept as found: the document number "19970904" run into the first sentence.
    ],
    roles=[("the Prime Minister", "thorbjorn_jagland"),
           ("Foreign Minister", "bjorn_tore_godal"), ("the Foreign Minister", "bjorn_tore_godal"),
           ("The Foreign Minister", "bjorn_tore_godal"), ("former Prime Minister", "gro_harlem_brundtland")],
)

A["dev_14012_berdimuhamedov_rahmon_call"] = dict(
    actors={
        "gurbanguly_berdimuhamedov": ["Gurbanguly Berdimuhamedov", "Arkadag"],
        "emomali_rahmon": ["Emomali Rahmon"],
        "serdar_berdimuhamedov": ["Serdar Berdimuhamedov"],
        "halk_maslahaty": ["Halk Maslahaty of Turkmenistan", "Halk Maslahaty"],
    },
    meetings=[
        # "On May 15, 2023, the National Leader of the Turkmen people, Chairman of the Halk
        # Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov had a telephone conversation with the
        # President of the Republic of Tajikistan ... Emomali Rahmon." -> phone, held, 2023-05-15,
        # no place.
        M(["gurbanguly_berdimuhamedov", "emomali_rahmon"], "2023-05-15", None, PH, H,
          "On May 15, 2023, the National Leader of the Turkmen people, Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov had a telephone conversation with the President of the Republic of Tajikistan, the Founder of Peace and National Unity - the Leader of the Nation Emomali Rahmon."),
        # "... the state visit of President Serdar Berdimuhamedov to the Republic of Tajikistan,
        # which took place on May 10-11 this year." / "the fruitful negotiations between the heads
        # of state" (Serdar Berdimuhamedov and the President of Tajikistan, Rahmon) -> held, date
        # null (a two-day range), Tajikistan (no city is named).
        M(["serdar_berdimuhamedov", "emomali_rahmon"], None, "Tajikistan", IP, H,
          "In this context, Arkadag noted the importance of the state visit of President Serdar Berdimuhamedov to the Republic of Tajikistan, which took place on May 10-11 this year."),
        # Not rows: "regular bilateral meetings and contacts at the highest level" (a count).
        # Not annotated: Turkmenistan, Tajikistan (states). Removed: at the start, the search
        # tool's " date 2023-05-16" prefix; at the end, the last, cut-off sentence ("Particular
        # emphasis was placed on the importance of the meetings of the head of Turkmen state with
        # the Chairman of the Majlisi Milli Majlisi Oli Rustami Emomali and the Chairman of the
        # Majlisi Namoyandagon Majlisi Oli of Tajikistan Mahmadtoir Zokirzoda, ... boosting the
        # traditional d"; with it two meetings, see the notes). Kept as found: the date line
        # "16/05/2023".
    ],
    roles=[("the National Leader of the Turkmen people", "gurbanguly_berdimuhamedov"),
           ("Chairman of the Halk Maslahaty of Turkmenistan", "gurbanguly_berdimuhamedov"),
           ("the Chairman of the Halk Maslahaty of Turkmenistan", "gurbanguly_berdimuhamedov"),
           ("the President of the Republic of Tajikistan", "emomali_rahmon"),
           ("the Founder of Peace and National Unity - the Leader of the Nation", "emomali_rahmon"),
           ("President", "serdar_berdimuhamedov")],
)
