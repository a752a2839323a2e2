"""Accuracy corpus, batch 57a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 57b), from the 1970s, 1980s,
1990s, 2000s, 2010s and 2020s (1970s: one, 1980s: two, 1990s: two, 2000s: three, 2010s: three,
2020s: one; five of the twelve from before 2000, as the brief asked), over the eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: World Tribune.com (worldtribune.com; a Central Asia Newsline item), the Associated
Press (apnews.com archive), Arab News (arabnews.com), GhanaWeb (mobile.ghanaweb.com; a GNA story),
The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; an NZPA item, OCR text), Nepal
News Gazette (nepalnewsgazette.com), Korea JoongAng Daily (koreajoongangdaily.joins.com), the Los
Angeles Times (articles.latimes.com and latimes.com archives; two AP stories and a brief), the
Chicago Tribune (articles.chicagotribune.com; an editorial) and Malay Mail (malaymail.com).
nepalnewsgazette.com and malaymail.com are new to the corpus as sources, as far as `sources.csv`
shows; the others were used before; the pages are new, and so are the meetings (see the notes for
the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_57a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-56b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_112NN_<slug>` / `test_112NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "Tuesday, March 29, 2005" (a Tuesday, checked; the URL's 2005/..._03_29
    # agrees). The talks are reported by the prosecutor-general without a day -> null.
    ("dev_11201_akayev_bakiyev_talks", "Central Asia/Caucasus", "2000s", "World Tribune.com (worldtribune.com; a Central Asia Newsline item)", "https://www.worldtribune.com/worldtribune/WTARC/2005/ca_kyrg_03_29.html", "2005-03-29"),
    # The date line "June 21, 1989" (a Wednesday, checked; no date in the URL): "on Tuesday" ->
    # 1989-06-20, "today" -> 1989-06-21; "was meeting" (Velayati) -> no day stated -> null.
    ("dev_11202_gorbachev_rafsanjani_moscow", "Eastern Europe/Russia", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/ac102734d50679073bf56be155e3e3c2", "1989-06-21"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2019-06-19 (a
    # Wednesday, checked; removed with its " date ..." prefix): "visited ... on Wednesday" ->
    # 2019-06-19, the day of the six-hour visit.
    ("test_11203_sabah_salih_baghdad", "Middle East", "2010s", "Arab News (arabnews.com)", "http://www.arabnews.com/node/1513036/middle-east", "2019-06-19"),
    # The date line "Thu, 9 Apr 2009" and the dateline "Lom=E9, April 9, GNA" (2009-04-09 is a
    # Thursday, checked): "on Wednesday afternoon" -> 2009-04-08 (the welcome and the talks at the
    # palace the same afternoon); the earlier visit to Burkina Faso -> no day -> null.
    ("dev_11204_mills_gnassingbe_lome", "Africa", "2000s", "GhanaWeb (mobile.ghanaweb.com; a GNA story)", "https://mobile.ghanaweb.com/GhanaHomePage/NewsArchive/Mills-meets-Gnassingbe-Compaore-in-friendly-talks-160349", "2009-04-09"),
    # No date line in the OCR excerpt; Papers Past's identifier CHP19791128 = The Press, 28
    # November 1979 (a Wednesday, checked). "will leave Bonn today" (travel, no row); the two
    # meetings ("After meeting", "Earlier in the day") are not given a day -> null.
    ("dev_11205_talboys_genscher_bonn", "Oceania", "1970s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; an NZPA item, OCR text)", "https://paperspast.natlib.govt.nz/newspapers/CHP19791128.2.30", "1979-11-28"),
    # No date line in the excerpt and none in the URL; the search tool's date field 2021-03-23 (a
    # Tuesday, checked; removed with its " date ..." prefix): "last night" -> 2021-03-22;
    # "scheduled to return to Kathmandu today" (travel) -> no row.
    ("dev_11206_bhandari_hamid_dhaka", "South Asia", "2020s", "Nepal News Gazette (nepalnewsgazette.com; a National News Agency Nepal story)", "https://nepalnewsgazette.com/president-bhandari-bangladeshi-counterpart-hamid-meet/", "2021-03-23"),
    # No date line in the excerpt; the URL's 2015/03/30 (a Monday, checked; "revealed on Monday"
    # agrees). The 1984 talks: "in September 1984" -> month only -> null.
    ("test_11207_chun_nakasone_tokyo_papers", "East Asia", "2010s", "Korea JoongAng Daily (koreajoongangdaily.joins.com)", "https://koreajoongangdaily.joins.com/2015/03/30/politics/Chun-sought-talks-with-Pyongyang-papers-show/3002527.html", "2015-03-30"),
    # The date line "August 24, 2003|From Associated Press" (a Sunday, checked; the URL's
    # 2003/aug/24 agrees): "Saturday" -> 2003-08-23 (both meetings; see the notes for Pisanu-Schily).
    ("dev_11208_berlusconi_schroeder_verona", "Western Europe", "2000s", "Los Angeles Times (articles.latimes.com; an AP story)", "http://articles.latimes.com/2003/aug/24/world/fg-meet24", "2003-08-24"),
    # No date line in the excerpt; the URL's la-xpm-1991-04-02 (a Tuesday, checked): "in Houston on
    # Sunday" -> the coming Sunday, 1991-04-07 (a Sunday, checked); the meeting with Mulroney ("then
    # travels on to Canada") -> no day -> null.
    ("dev_11209_salinas_bush_houston_planned", "Latin America", "1990s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1991-04-02-wr-1876-story.html", "1991-04-02"),
    # The date line "March 16, 1991" (a Saturday, checked; the URL's 1991-03-16 agrees): "The
    # agreement signed Wednesday" ("This week") -> 1991-03-13 (a Wednesday, checked); "Four years
    # ago" -> null.
    ("dev_11210_bush_mulroney_acid_rain_ottawa", "North America", "1990s", "Chicago Tribune (articles.chicagotribune.com; an editorial)", "http://articles.chicagotribune.com/1991-03-16/news/9101240190_1_acid-rain-mulroney-vice-president-george-bush", "1991-03-16"),
    # The dateline "HANOI, Aug 26" and the search tool's date field 2019-08-26 (a Monday, checked;
    # the URL's 2019/08/26 agrees; the prefix removed): "Tomorrow ... Later" -> 2019-08-27.
    ("test_11211_mahathir_phuc_hanoi_planned", "Southeast Asia", "2010s", "Malay Mail (malaymail.com; a Bernama story)", "https://www.malaymail.com/news/malaysia/2019/08/26/dr-m-arrives-in-hanoi-for-three-day-official-visit/1784449", "2019-08-26"),
    # No date line in the excerpt; the URL's la-xpm-1987-07-30 (a Thursday, checked): "on
    # Wednesday" -> 1987-07-29 (a Wednesday, checked); "signed last year" -> null.
    ("dev_11212_thatcher_mitterrand_tunnel_paris", "Western Europe", "1980s", "Los Angeles Times (latimes.com archive; an AP story)", "https://www.latimes.com/archives/la-xpm-1987-07-30-mn-381-story.html", "1987-07-30"),
]

A = {}

A["dev_11201_akayev_bakiyev_talks"] = dict(
    actors={
        "askar_akayev": ["Ousted President Askar Akayev", "Askar Akayev", "President Akayev", "Akayev"],
        "kurmanbek_bakiyev": ["acting Prime Minister Kurmanbek Bakiyev", "Kurmanbek Bakiyev", "Bakiyev"],
        "azimbek_beknazarov": ["Azimbek Beknazarov", "Beknazarov"],
        "kabar": ["Kabar"],
    },
    meetings=[
        # "Kyrgyzstan's acting prosecutor-general Azimbek Beknazarov said Akayev held talks with
        # members of one of the two parliaments and with acting Prime Minister Kurmanbek Bakiyev."
        # (the headline "in discussions with Akayev", "the talks focused on Akayev's political
        # future": the same) -> held, date null (no day), place null (the text does not place the
        # talks; Akayev is said to be in Kazakhstan or in Russia), kind in_person by ANNOTATION's
        # default (the text does not say how they talked; see the notes).
        M(["askar_akayev", "kurmanbek_bakiyev"], None, None, IP, H,
          "Kyrgyzstan's acting prosecutor-general Azimbek Beknazarov said Akayev held talks with members of one of the two parliaments and with acting Prime Minister Kurmanbek Bakiyev."),
        # Not rows: "members of one of the two parliaments" (unnamed); "parliament and Bakiyev were
        # trying to persuade Akayev to formally resign" (an effort, no specific meeting); "Akayev
        # has issued several statements", "in an e-mail message to the Kyrgyz news agency Kabar"
        # (statements; Kabar annotated); "Bakiyev said" (statements). Not annotated: World
        # Tribune.com (the outlet's header and "Special to World Tribune.com"), Central Asia
        # Newsline (the service's credit line), the parliaments (unnamed bodies). Kept as found:
        # the headline "Ousted Kyrgyzstan president in discussions with Akayev" (the ousted
        # president is Akayev himself). Removed: at the end, the last, cut-off sentence ("In
        # contrast, the existing parliament, which has refused to step down, appointed Bakiyev
        # acting pri"). Nothing removed at the start.
    ],
    roles=[("Ousted President", "askar_akayev"), ("acting prosecutor-general", "azimbek_beknazarov"),
           ("acting Prime Minister", "kurmanbek_bakiyev"), ("Acting Prime Minister", "kurmanbek_bakiyev"),
           ("The prosecutor-general", "azimbek_beknazarov"), ("The prime minister", "kurmanbek_bakiyev"),
           ("the first president", "askar_akayev"), ("The exiled president", "askar_akayev")],
)

_GR = ("The Soviet president on Tuesday warmly greeted Rafsanjani, the highest Iranian official to visit Moscow since the 1979 Iranian revolution, and met with him again today.")
A["dev_11202_gorbachev_rafsanjani_moscow"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "akbar_hashemi_rafsanjani": ["Iranian Parliament Speaker Hashemi Rafsanjani", "Hashemi Rafsanjani", "Rafsanjani"],
        "ali_akbar_velayati": ["Iranian Foreign Minister Ali Akbar Velayati", "Ali Akbar Velayati"],
        "eduard_shevardnadze": ["Eduard A. Shevardnadze"],
        "mikhail_moiseyev": ["Gen. Mikhail A. Moiseyev", "Mikhail A. Moiseyev"],
        "tass": ["Tass"],
        "islamic_republic_news_agency": ["Islamic Republic News Agency"],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        # "The Soviet president on Tuesday warmly greeted Rafsanjani ... and met with him again
        # today." ("the first of two meetings between the leaders", "On Tuesday, Gorbachev warmly
        # greeted Rafsanjani to Moscow", Moiseyev's "would be meeting": the same two meetings) ->
        # two rows: held 1989-06-20 ("on Tuesday") and held 1989-06-21 ("today"), both Moscow
        # (the dateline; "to visit Moscow", "greeted Rafsanjani to Moscow").
        M(["mikhail_gorbachev", "akbar_hashemi_rafsanjani"], "1989-06-20", "Moscow", IP, H, _GR),
        M(["mikhail_gorbachev", "akbar_hashemi_rafsanjani"], "1989-06-21", "Moscow", IP, H, _GR),
        # "The official Soviet news agency said Iranian Foreign Minister Ali Akbar Velayati was
        # meeting with Eduard A. Shevardnadze, the Soviet foreign minister." -> held (under way as
        # reported), date null (the day is not stated; a reader could write 1989-06-21), Moscow
        # (the dateline; the foreign minister accompanies the visit).
        M(["ali_akbar_velayati", "eduard_shevardnadze"], None, "Moscow", IP, H,
          "The official Soviet news agency said Iranian Foreign Minister Ali Akbar Velayati was meeting with Eduard A. Shevardnadze, the Soviet foreign minister."),
        # Not rows: "Moiseyev told a news conference" (a news conference; his "Gorbachev and
        # Rafsanjani would be meeting" is the second meeting, already a row); "Rafsanjani, who
        # before leaving Tehran recalled ..." and "expressed hope before he left home" (statements);
        # "Tass said" / "the official Islamic Republic News Agency said" (agencies cited; annotated);
        # "the Kremlin will not damage Tehran's interests" (the Kremlin as an institution;
        # annotated as in earlier batches). Not annotated: AP (the dateline's agency credit). Kept
        # as found: the double primes (″) used as quotation marks, "self- determination". Removed:
        # at the start, the site line "Related topics". Nothing cut off at the end.
    ],
    roles=[("Iranian Parliament Speaker", "akbar_hashemi_rafsanjani"), ("The Soviet president", "mikhail_gorbachev"),
           ("Iranian Foreign Minister", "ali_akbar_velayati"), ("the Soviet foreign minister", "eduard_shevardnadze"),
           ("military chief of staff", "mikhail_moiseyev"), ("The Soviet leader", "mikhail_gorbachev"),
           ("The official Soviet news agency", "tass")],
)

_SM = ("During a six-hour visit, he also met Prime Minister Adel Abdul Mahdi and Parliament Speaker Mohammed Al-Halbousi.")
A["test_11203_sabah_salih_baghdad"] = dict(
    actors={
        "sabah_al_ahmad_al_jaber_al_sabah": ["Sheikh Sabah Al-Ahmad Al-Sabah"],
        "barham_salih": ["Iraqi President Barham Salih", "Barham Salih"],
        "adel_abdul_mahdi": ["Prime Minister Adel Abdul Mahdi", "Adel Abdul Mahdi"],
        "mohammed_al_halbousi": ["Parliament Speaker Mohammed Al-Halbousi", "Mohammed Al-Halbousi"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "The emir, who was accompanied by a governmental delegation, was welcomed by Iraqi
        # President Barham Salih." (the lead's "visited the Iraqi capital Baghdad on Wednesday for a
        # brief official visit", "he also met": the same visit) -> held, 2019-06-19 ("on
        # Wednesday" in a Wednesday page), Baghdad. The host's welcome is read as the first of the
        # visit's meetings ("he also met" the others; see the notes).
        M(["sabah_al_ahmad_al_jaber_al_sabah", "barham_salih"], "2019-06-19", "Baghdad", IP, H,
          "The emir, who was accompanied by a governmental delegation, was welcomed by Iraqi President Barham Salih."),
        # "During a six-hour visit, he also met Prime Minister Adel Abdul Mahdi and Parliament
        # Speaker Mohammed Al-Halbousi." -> two separate meetings ("met X and Y" read as two
        # bilaterals, as ANNOTATION's dev_032), held, 2019-06-19, Baghdad.
        M(["sabah_al_ahmad_al_jaber_al_sabah", "adel_abdul_mahdi"], "2019-06-19", "Baghdad", IP, H, _SM),
        M(["sabah_al_ahmad_al_jaber_al_sabah", "mohammed_al_halbousi"], "2019-06-19", "Baghdad", IP, H, _SM),
        # Not rows: "he attended an Arab summit hosted by Baghdad in 2012" (a summit); "an extension
        # of previous visits (between Iraqi and Kuwaiti officials)" (unnamed, unspecified); "said an
        # Iraqi official" (a statement, unnamed); "They also discussed" (the same talks); "The two
        # countries previously agreed" (states, not persons). Kept as found: the quotation of the
        # Iraqi official that closes with ".”" and the next paragraph's quotation opening again.
        # Removed: the search tool's " date 2019-06-19" prefix at the start; at the end, the last,
        # cut-off fragment ("Mohammed Al-Giz", a name with nothing after it).
    ],
    roles=[("the emir of Kuwait", "sabah_al_ahmad_al_jaber_al_sabah"), ("The emir", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("Iraqi President", "barham_salih"), ("Prime Minister", "adel_abdul_mahdi"),
           ("Parliament Speaker", "mohammed_al_halbousi")],
)

A["dev_11204_mills_gnassingbe_lome"] = dict(
    actors={
        "john_atta_mills": ["President John Evans Atta Mills", "John Evans Atta Mills", "President Mills", "Mills", "President Mils"],
        "faure_gnassingbe": ["Togolese President Gnassingbe", "Gnassingbe"],
        "blaise_compaore": ["Compaore"],
    },
    meetings=[
        # "President Mills' convoy drove to the new Presidential Palace, a 30-minute drive from the
        # airport, where he held discussions with Togolese President Gnassingbe ..." (the headline
        # "Mills meets Gnassingbe": the same) -> held, 2009-04-08 (the Wednesday afternoon arrival;
        # the palace is "a 30-minute drive from the airport", so the same afternoon), Lomé (the
        # dateline and "Lom=E9, the capital city of Togo"; the city's name is written normally in
        # the place field, the text's "Lom=E9" being an encoding slip).
        M(["john_atta_mills", "faure_gnassingbe"], "2009-04-08", "Lomé", IP, H,
          "President Mills' convoy drove to the new Presidential Palace, a 30-minute drive from the airport, where he held discussions with Togolese President Gnassingbe on ways of improving bilateral relations between the two sister countries."),
        # The headline "Mills meets Gnassingbe, Compaore in friendly talks" with "President Mils had
        # earlier visited La C=F4te d'Ivoire and Burkina Faso and adopted communiqu=E9s" -> Mills-
        # Compaore held, date null (during the two-day tour; no day), Burkina Faso (the text names
        # only the country and the Ouagadougou Airport the jet left from; see the notes).
        M(["john_atta_mills", "blaise_compaore"], None, "Burkina Faso", IP, H,
          "Mills meets Gnassingbe, Compaore in friendly talks"),
        # Not rows: the visit to "La C=F4te d'Ivoire" (its leader is not named: ANNOTATION drops
        # trips with no host named); "to thank their leaders for attending his inauguration as
        # President last January" (an inauguration; unnamed leaders); the crowds' welcome; the
        # communiqués (documents). Not annotated: GNA (the agency's credit in "Source: GNA" and the
        # dateline), Benjamin Mensah (the byline), the airports and the palace (places). Kept as
        # found: "Lom=E9", "C=F4te", "communiqu=E9s" (quoted-printable slips), "President Mils".
        # Removed: at the start, the site line "Menu"; at the end, the last, cut-off sentence
        # ("With regard to the Republic of Togo, a communiqu=E9 signed jointly by Togolese
        # Minister for Foreign Affairs, Koffi Esau, and his Ghanaian counterpart, Alhaji Muhammad
        # Mumuni, said the two Heads of State expressed their satisfaction with the climate of
        # peace and good neighbourliness, which existed betwe").
    ],
    roles=[("the Ghanaian president", "john_atta_mills"), ("Togolese President", "faure_gnassingbe")],
)

A["dev_11205_talboys_genscher_bonn"] = dict(
    actors={
        "brian_talboys": ["Mr Talbovsi", "Mr I’Taiboys", "Mr Taiboys", "Taiboys", "Mr Tallboys", "Mr Talboys"],
        "hans_dietrich_genscher": ["Mr Hans-Dietrich Genscher", "Hans-Dietrich Genscher", "Mr Genscher"],
        "josef_ertl": ["Mr Josef Ertl", "Josef Ertl"],
        "robert_muldoon": ["Mr Muldoon"],
        "european_economic_community": ["European Econo-] imic Community", "E.E.C."],
        "international_energy_agency": ["International Energy Agency"],
    },
    meetings=[
        # "After meeting the West! (German Foreign Minister |(Mr Hans-Dietrich Genscher) Ijfor more
        # than an hour, Mr I'Taiboys said ..." (OCR text, kept as found) -> held, date null (no day;
        # the piece says only that he "will leave Bonn today"), Bonn (the dateline; the visit is in
        # Bonn).
        M(["brian_talboys", "hans_dietrich_genscher"], None, "Bonn", IP, H,
          "After meeting the West! (German Foreign Minister |(Mr Hans-Dietrich Genscher) Ijfor more than an hour, Mr I’Taiboys said Mr Genscher had displayed a complete understanding of N.ew Zealand’s case for continuing access."),
        # "Earlier in the day, Mr Tallboys met the Agriculture Minister (Mr Josef Ertl)." ("The j
        # hour-long meeting": the same) -> held, date null (the same unnamed day), Bonn.
        M(["brian_talboys", "josef_ertl"], None, "Bonn", IP, H,
          "Earlier in the day, Mr Tallboys met the Agriculture Minister (Mr Josef Ertl)."),
        # Not rows: "Plans to interrupt Mr Talboys' negotiations to send him to an International
        # Energy Agency meeting in Paris" (a multilateral meeting, only proposed); "the proposal,
        # which was made to reporters in Wellington by the Prime Minister (Mr Muldoon)" (a
        # statement to reporters); "the point that I had made to others" (unnamed); "European
        # Ministers of Agriculture" (unnamed). Not annotated: NZPA (the agency's credit at the head
        # of the item). Kept as found: the OCR text with its stray characters ("Deputy: I Prime
        # Minister", "(Mr Talbovsi", "con-1 htinue", "andi hlamb", "Econo-] imic", "West! (German",
        # "Ijfor", "I'Taiboys", "N.ew Zealand's", "inevitabh a]", "■commitment", "jin the E.E.C.")
        # and the three spellings Talboys/Taiboys/Tallboys. Removed: at the end, the last, cut-off
        # sentence ("If Mr Taiboys attends the meeting instead of the Minister of"). Nothing removed
        # at the start (the excerpt opens with the headline).
    ],
    roles=[("the Agriculture Minister", "josef_ertl"), ("the Prime Minister", "robert_muldoon")],
)

A["dev_11206_bhandari_hamid_dhaka"] = dict(
    actors={
        "bidya_devi_bhandari": ["President Bidya Devi Bhandari", "Bidya Devi Bhandari", "President Bhandari"],
        "abdul_hamid": ["Mohammad Abdul Hamid"],
        "pradeep_kumar_gyawali": ["Pradeep Kumar Gyawali"],
        "ak_abdul_momen": ["Dr AK Abdul"],
        "bansidhar_mishra": ["Dr Bansidhar Mishra", "Bansidhar Mishra"],
    },
    meetings=[
        # "President Bidya Devi Bhandari has held talks with her Bangladeshi counterpart Mohammad
        # Abdul Hamid last night." ("During the meeting", "After the meeting", the State Banquet
        # "hosted by her Bangladeshi counterpart in her honor": the same evening) -> held,
        # 2021-03-22 ("last night" in a page dated 2021-03-23), Bangladesh (the text places the
        # state visit in Bangladesh and the signing "at Bangabhaban"; the talks themselves are not
        # placed; a reader could write Dhaka; see the notes).
        M(["bidya_devi_bhandari", "abdul_hamid"], "2021-03-22", "Bangladesh", IP, H,
          "President Bidya Devi Bhandari has held talks with her Bangladeshi counterpart Mohammad Abdul Hamid last night."),
        # Not rows: Gyawali, "Dr AK Abdul" and Mishra "were present" (attendees, not participants,
        # as ANNOTATION's "present" rule); "delegates from Nepal and Bangladesh signed four bilateral
        # instruments ... in the gracious presence of President of Nepal and of Bangladesh" (a
        # signing by unnamed delegates, witnessed by the same two); "scheduled to return to
        # Kathmandu today" (travel). Not annotated: Prakash Silwal (the byline). Kept as found: the
        # section label "General", "Dr AK Abdul" (the Bangladeshi foreign minister's name cut
        # short; the corpus's key `ak_abdul_momen`), "phyto sanitary". Removed: the search tool's
        # " date 2021-03-23" prefix at the start; at the end, the agency's credit line "Source:
        # National News Agency Nepal". Nothing cut off.
    ],
    roles=[("her Bangladeshi counterpart", "abdul_hamid"), ("Minister for Foreign Affairs", "pradeep_kumar_gyawali"),
           ("Foreign Affairs Minister of Bangladesh", "ak_abdul_momen"),
           ("Ambassador of Nepal to Bangladesh", "bansidhar_mishra"), ("President of Nepal", "bidya_devi_bhandari")],
)

A["test_11207_chun_nakasone_tokyo_papers"] = dict(
    actors={
        "chun_doo_hwan": ["President Chun Doo Hwan", "Chun Doo Hwan", "Chun"],
        "yasuhiro_nakasone": ["Japanese Prime Minister Yasuhiro Nakasone", "Yasuhiro Nakasone", "Prime Minister Nakasone", "Nakasone"],
        "hu_yaobang": ["Hu Yaobang"],
        "kim_il_sung": ["Kim Il Sung"],
        "chinese_communist_party": ["China’s Communist Party"],
        "ministry_of_foreign_affairs_south_korea": ["The Ministry of Foreign Affairs", "Foreign Ministry"],
        "japanese_embassy": ["Japanese Embassy"],
        "us_embassy": ["U.S. Embassy"],
    },
    meetings=[
        # "Chun encouraged contact with Pyongyang through Tokyo, in cooperation with Beijing, noting
        # that talks with Japanese Prime Minister Yasuhiro Nakasone had gone well during his visit
        # to Japan." ("President Chun Doo Hwan's visit to Tokyo in September 1984": the same visit)
        # -> held, date null ("September 1984", month only), Tokyo (the visit is "to Tokyo").
        M(["chun_doo_hwan", "yasuhiro_nakasone"], None, "Tokyo", IP, H,
          "Chun encouraged contact with Pyongyang through Tokyo, in cooperation with Beijing, noting that talks with Japanese Prime Minister Yasuhiro Nakasone had gone well during his visit to Japan."),
        # Not rows: "The South Korean government on Dec. 1, 1984, communicated the plan to Prime
        # Minister Nakasone through diplomatic channels" (a message through channels, not a
        # meeting); "requested contact with China's highest-ranking officials" (a request; unnamed);
        # "Nakasone was close with senior politician Hu Yaobang" (no meeting); "Chun ordered
        # deliberation" on Sept. 19 (an order); "sought feedback from the United States" (a state);
        # "the first inter-Korean economic dialogue" (unnamed parties); "intelligence on the possible
        # retirement of Kim Il Sung" (no meeting). The Korean foreign ministry, the Japanese Embassy
        # and the U.S. Embassy are named bodies (annotated). Kept as found: "obtained by the Japanese
        # Embassy" (sic). Removed: at the start, the headline printed a first time with the site's
        # breadcrumb "Home > National > Politics" and the tool line "print dictionary print" (the
        # text keeps the second printing of the headline); at the end, the last, cut-off sentence
        # ("Washington's response was lukewarm and").
    ],
    roles=[("Japanese Prime Minister", "yasuhiro_nakasone"), ("Prime Minister", "yasuhiro_nakasone"),
           ("general secretary of the Central Committee of China’s Communist Party", "hu_yaobang"),
           ("senior politician", "hu_yaobang")],
)

A["dev_11208_berlusconi_schroeder_verona"] = dict(
    actors={
        "silvio_berlusconi": ["Italian Prime Minister Silvio Berlusconi", "Silvio Berlusconi", "Berlusconi"],
        "gerhard_schroeder": ["German Chancellor Gerhard Schroeder", "Gerhard Schroeder", "Schroeder"],
        "giuseppe_pisanu": ["Italian Interior Minister Giuseppe Pisanu", "Giuseppe Pisanu"],
        "otto_schily": ["Otto Schily"],
        "european_union": ["European Union", "EU"],
    },
    meetings=[
        # "VERONA, Italy — Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard
        # Schroeder ... held a cordial session Saturday, burying an embarrassing summer row." (the
        # headline "Two Gentlemen Meet in Verona", "their meeting", "the leaders' one-hour talk
        # Saturday": the same) -> held, 2003-08-23, Verona.
        M(["silvio_berlusconi", "gerhard_schroeder"], "2003-08-23", "Verona", IP, H,
          "VERONA, Italy — Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard Schroeder may not be the warmest of pals, but the two leaders held a cordial session Saturday, burying an embarrassing summer row."),
        # "In a separate meeting, Italian Interior Minister Giuseppe Pisanu met in Sardinia with his
        # German counterpart, Otto Schily." (after "Italian-German links were emphasized Saturday")
        # -> held, 2003-08-23 (the paragraph's "Saturday"; a reader could write null, the meeting's
        # own sentence giving no day; see the notes), Sardinia (the most specific named locality).
        M(["giuseppe_pisanu", "otto_schily"], "2003-08-23", "Sardinia", IP, H,
          "In a separate meeting, Italian Interior Minister Giuseppe Pisanu met in Sardinia with his German counterpart, Otto Schily."),
        # Not rows: "Berlusconi told reporters" (a statement); "The ensuing scandal led Schroeder to
        # cancel his Italian vacation" (a cancelled holiday, not a meeting); "the planned
        # constitution for the 15-nation EU" (a document; the EU annotated); "Italian news reports
        # said" (unnamed). Not annotated: AP (the date line's credit). Kept as found: the
        # date line "August 24, 2003|From Associated Press". Removed: at the start, the site's
        # "YOU ARE HERE: LAT HomeCollections"; at the end, the site's "Los Angeles Times Articles".
        # Nothing cut off.
    ],
    roles=[("Italian Prime Minister", "silvio_berlusconi"), ("German Chancellor", "gerhard_schroeder"),
           ("Italian Interior Minister", "giuseppe_pisanu"), ("his German counterpart", "otto_schily")],
)

A["dev_11209_salinas_bush_houston_planned"] = dict(
    actors={
        "carlos_salinas_de_gortari": ["Mexican President Carlos Salinas de Gortari", "Carlos Salinas de Gortari", "Salinas"],
        "george_h_w_bush": ["President Bush"],
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney"],
        "parliament_of_canada": ["Canadian Parliament"],
    },
    meetings=[
        # "Mexican President Carlos Salinas de Gortari will be talking free trade as he meets with
        # President Bush in Houston on Sunday, then travels on to Canada." -> planned, 1991-04-07
        # (the Sunday after the Tuesday page), Houston.
        M(["carlos_salinas_de_gortari", "george_h_w_bush"], "1991-04-07", "Houston", IP, P,
          "Mexican President Carlos Salinas de Gortari will be talking free trade as he meets with President Bush in Houston on Sunday, then travels on to Canada."),
        # "Salinas will also address the Canadian Parliament and meet with Prime Minister Brian
        # Mulroney." -> planned, date null (after the Sunday; no day), Canada (the trip "travels on
        # to Canada"; no city).
        M(["carlos_salinas_de_gortari", "brian_mulroney"], None, "Canada", IP, P,
          "Salinas will also address the Canadian Parliament and meet with Prime Minister Brian Mulroney."),
        # Not rows: "address the Canadian Parliament" (a speech to a body); "crucial negotiations
        # beginning in June" (unnamed negotiators); "Environmental, human rights and labor groups"
        # (unnamed). Kept as found: "MEXICO CITY : Free Trade on Agenda" (the brief's dateline
        # headline). Nothing removed (the excerpt is the whole brief).
    ],
    roles=[("Mexican President", "carlos_salinas_de_gortari"), ("Prime Minister", "brian_mulroney")],
)

A["dev_11210_bush_mulroney_acid_rain_ottawa"] = dict(
    actors={
        "george_h_w_bush": ["Vice President George Bush", "George Bush", "President Bush", "Bush"],
        "brian_mulroney": ["Canadian Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "ronald_reagan": ["President Reagan"],
        "reagan_administration": ["Reagan administration"],
    },
    meetings=[
        # "This week, the wound was healed as President Bush and Mulroney signed a landmark
        # agreement ..." ("The agreement signed Wednesday", "his return to Ottawa this week to
        # attend to this matter with our close friend and neighbor": the same) -> held, 1991-03-13
        # (Wednesday of the week of the Saturday 1991-03-16 paper), Ottawa.
        M(["george_h_w_bush", "brian_mulroney"], "1991-03-13", "Ottawa", IP, H,
          "This week, the wound was healed as President Bush and Mulroney signed a landmark agreement committing the countries to protect each other from the pollutants causing this environmental phenomenon."),
        # "Four years ago, Vice President George Bush absorbed a public scolding from Canadian Prime
        # Minister Brian Mulroney in Ottawa ..." -> held, date null ("Four years ago"), Ottawa,
        # required false (a public rebuke in Bush's presence; an encounter rather than talks; see
        # the notes).
        M(["george_h_w_bush", "brian_mulroney"], None, "Ottawa", IP, H,
          "Four years ago, Vice President George Bush absorbed a public scolding from Canadian Prime Minister Brian Mulroney in Ottawa for the failure of the Reagan administration to do anything about acid rain.", False),
        # Not rows: "George Bush`s first visit to a foreign capital as president was to Ottawa" (a
        # visit to a city; whom he met is not said); "President Reagan broke his word" (no meeting);
        # "the Bush-sponsored Clean Air Act of 1990" (a law; not an actor); "the Mulroney
        # government" (the government; Mulroney annotated). Kept as found: the backtick in
        # "Bush`s", "pollutants-principally". Nothing removed (the excerpt is the whole editorial).
    ],
    roles=[("Vice President", "george_h_w_bush"), ("Canadian Prime Minister", "brian_mulroney")],
)

A["test_11211_mahathir_phuc_hanoi_planned"] = dict(
    actors={
        "mahathir_mohamad": ["Prime Minister Tun Dr Mahathir Mohamad", "Malaysian Prime Minister Tun Dr Mahathir Mohamad", "Tun Dr Mahathir Mohamad", "Dr Mahathir"],
        "nguyen_xuan_phuc": ["Nguyen Xuan Phuc"],
        "shariffah_norhana_syed_mustaffa": ["Datuk Shariffah Norhana Syed Mustaffa"],
        "mai_tien_dung": ["Mai Tien Dung"],
        "prime_ministers_department_malaysia": ["Prime Minister’s Department"],
        "ministry_of_foreign_affairs_malaysia": ["Foreign Ministry"],
    },
    meetings=[
        # "Later, Dr Mahathir and his counterpart, Nguyen Xuan Phuc will hold a restricted meeting
        # and followed by a Malaysia-Vietnam delegation meeting at the Prime Minister's Office."
        # ("at the invitation of his Vietnamese counterpart", "After the meeting, both leaders will
        # witness an exchange of letters": the same day's talks) -> planned, 2019-08-27 ("Later"
        # after "Tomorrow" in a page of 2019-08-26), Hanoi. The restricted and the delegation
        # meetings are one row (the same pair, day and place).
        M(["mahathir_mohamad", "nguyen_xuan_phuc"], "2019-08-27", "Hanoi", IP, P,
          "Later, Dr Mahathir and his counterpart, Nguyen Xuan Phuc will hold a restricted meeting and followed by a Malaysia-Vietnam delegation meeting at the Prime Minister’s Office."),
        # Not rows: "Upon arrival, he was welcomed by Minister and Chief of Government Office of
        # Vietnam Mai Tien Dung." (an airport welcome, as batch 56a's airport send-off; a reader
        # could add an optional row; see the notes); the caption's greeting by "Malaysia's ambassador
        # to Vietnam" (his own ambassador, at the airport); "a dinner with the Malaysian diaspora"
        # (unnamed); "an official welcoming ceremony at the Presidential Palace" (a ceremony; the
        # same visit); "to attend the Asean Summit" in 1998 (a summit); "a joint media conference";
        # "a dialogue wit..." (in the removed sentence). Not annotated: Bernama (the photo credit
        # "— Bernama pic"), the airport, the palace and the Prime Minister's Office (places). Kept
        # as found: "for second time", "will hold a restricted meeting and followed by", "kicks-off".
        # Removed: the search tool's " date 2019-08-26" prefix at the start; at the end, the last,
        # cut-off sentence ("On the same day, Dr Mahathir will hold a dialogue wit").
    ],
    roles=[("his Vietnamese counterpart", "nguyen_xuan_phuc"), ("his counterpart", "nguyen_xuan_phuc"),
           ("Malaysia’s ambassador to Vietnam", "shariffah_norhana_syed_mustaffa"),
           ("Minister and Chief of Government Office of Vietnam", "mai_tien_dung"),
           ("Malaysian Prime Minister", "mahathir_mohamad"), ("the prime minister", "mahathir_mohamad")],
)

A["dev_11212_thatcher_mitterrand_tunnel_paris"] = dict(
    actors={
        "margaret_thatcher": ["British Prime Minister Margaret Thatcher", "Margaret Thatcher", "Thatcher"],
        "francois_mitterrand": ["French President Francois Mitterrand", "Francois Mitterrand", "Mitterrand"],
        "eurotunnel": ["Eurotunnel"],
        "queen_victoria": ["Queen Victoria"],
    },
    meetings=[
        # "British Prime Minister Margaret Thatcher and French President Francois Mitterrand on
        # Wednesday exchanged ratified copies of a treaty ..." (the headline "Treaties on Channel
        # Tunnel Exchanged in Paris", "the exchange ceremony at the Elysee Palace": the same) ->
        # held, 1987-07-29, Paris (the headline; the Elysee Palace resolved to its city, as
        # ANNOTATION's "White House -> Washington").
        M(["margaret_thatcher", "francois_mitterrand"], "1987-07-29", "Paris", IP, H,
          "British Prime Minister Margaret Thatcher and French President Francois Mitterrand on Wednesday exchanged ratified copies of a treaty to build a tunnel under the English Channel, a project that has been on the drawing board more than 200 years."),
        # "... a treaty, signed last year by Mitterrand and Thatcher, had to be ratified ..." ->
        # held, date null ("last year"), place null (not given), required false (a joint signing is
        # implied, not stated; see the notes).
        M(["francois_mitterrand", "margaret_thatcher"], None, None, IP, H,
          "The tunnel is to be built entirely with private funds, but a treaty, signed last year by Mitterrand and Thatcher, had to be ratified by the two national parliaments to give the British-French consortium Eurotunnel a concession and enable it to raise funds from banks and investors.", False),
        # Not rows: "ratified by the two national parliaments" (bodies, unnamed); "National railways
        # of Britain and France still are negotiating" (unnamed negotiators); "No one would have been
        # more thrilled than Queen Victoria" (a historical person mentioned; annotated). Not
        # annotated: AP (the credit line "Associated Press"). Kept as found: "Francois" without the
        # cedilla, the double blank line. Nothing removed (the excerpt opens with the headline and
        # ends with a full sentence).
    ],
    roles=[("British Prime Minister", "margaret_thatcher"), ("French President", "francois_mitterrand")],
)
