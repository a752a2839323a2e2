"""Accuracy corpus, batch 81a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 81b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: three, 1990s: two, 2000s: two, 2010s: three, 2020s: one; six of
the twelve from before 2000).
Outlets/sites: RTÉ Archives (2015), Radio Free Europe/Radio Liberty (1997), Times Kuwait (2015),
Teller Report (an English version of a Radio France Internationale report, 2023), the Los Angeles
Times (1989), a US Embassy Asuncion cable via the WikiLeaks PlusD archive (1977), The New York
Times (1985), India Blooms News Service (2015), China Daily (an Agence France-Presse story,
2005), the Associated Press (apnews.com, 1987), Agence France-Presse via the ETAN archive
(2001) and The Roanoke Times (a Washington Post story, via the Virginia Tech archive, 1993).
Eleven news items and one diplomatic cable; no official release or parliamentary record.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
81b) and so are the meetings (grep of the corpus texts for the principals; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_81a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-80b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or not taken; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_160NN_<slug>` / `test_160NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The address's archives/2015/1201 (2015-12-01, a Tuesday, checked; the page itself has no
    # date line): an archive page of RTÉ describing a news report of 1980. The meeting is dated
    # "On 8 December 1980" in the text -> 1980-12-08 (a Monday, checked).
    ("dev_16001_haughey_thatcher_dublin_castle", "Western Europe", "2010s", "RTÉ Archives (rte.ie)", "https://www.rte.ie/archives/2015/1201/750438-haughey-on-thatcher-talks/", "2015-12-01"),
    # The dateline's "Almaty, 15 October 1997" (a Wednesday, checked): "Yesterday, Kuchma met"
    # -> 1997-10-14 (a Tuesday); "today continues his visit" -> 1997-10-15.
    ("dev_16002_kuchma_nazarbayev_almaty", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1086995.html", "1997-10-15"),
    # The page's "July 27, 2015, 8:38 am" (a Monday, checked): "at Seif Palace on Sunday" ->
    # 2015-07-26 (a Sunday); "Earlier" (the talks) -> the same day.
    ("test_16003_amir_zarif_seif_palace", "Middle East", "2010s", "Times Kuwait (timeskuwait.com)", "http://timeskuwait.com/Times_H-H-the-Amir-receives-Iran-Foreign-Minister-first-visit-since-Nuclear-deal", "2015-07-27"),
    # The address's 2023-10-01 (a Sunday, checked; no date line in the excerpt): "on Sunday,
    # October 1" -> 2023-10-01.
    ("dev_16004_sassou_oligui_oyo", "Africa", "2020s", "Teller Report (tellerreport.com; an English version of a Radio France Internationale report, as the credits in the text show)", "https://www.tellerreport.com/news/2023-10-01-congo-brazzaville--denis-sassou-nguesso-receives-the-president-of-the-gabonese-transition-in-oyo.B15wBdDxp.html", "2023-10-01"),
    # The address's 1989-11-25 (a Saturday, checked; no date line in the excerpt): "told
    # Poland's non-Communist prime minister Friday" -> 1989-11-24 (a Friday, checked).
    ("dev_16005_gorbachev_mazowiecki_moscow", "Eastern Europe/Russia", "1980s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1989-11-25-mn-251-story.html", "1989-11-25"),
    # The cable's date-time group "221345Z AUG 77" (1977-08-22, a Monday, checked); the meeting
    # is "AUGUST 17" -> 1977-08-17 (year of the cable; a Wednesday).
    ("dev_16006_todman_stroessner_cable", "Latin America", "1970s", "US Embassy Asuncion cable 1977ASUNCI03420 (via the WikiLeaks PlusD archive, forum.wikileaks.org)", "https://forum.wikileaks.org/plusd/cables/1977ASUNCI03420_c.html", "1977-08-22"),
    # The address's 1985/07/02 (a Tuesday, checked; no date line in the excerpt): a 1985 story
    # about 1975; the call is on "the evening of Oct. 16, 1975" -> 1975-10-16 (see the notes).
    ("test_16007_beame_delury_call", "North America", "1980s", "The New York Times (nytimes.com archive)", "https://www.nytimes.com/1985/07/02/nyregion/new-york-s-rescue-the-offstage-drama.html", "1985-07-02"),
    # The page's "Feb 22, 2015, at 12:20 am" (a Sunday, checked) and the dateline "Dhaka, Feb
    # 21": "on Saturday met" -> 2015-02-21 (a Saturday, checked).
    ("dev_16008_mamata_hasina_dhaka", "South Asia", "2010s", "India Blooms News Service (indiablooms.com)", "https://www.indiablooms.com/phoenix/server.php/news/west-bengal-cm-meets-sheikh-hasina/details", "2015-02-22"),
    # The page's "Updated: 2005-10-30 09:41" (a Sunday, checked): "made on Friday" -> 2005-10-28
    # (a Friday); the "second day" on which Hu speaks of the talks "yesterday" -> 2005-10-29.
    ("dev_16009_hu_kim_jong_il_pyongyang", "East Asia", "2000s", "China Daily (chinadaily.com.cn; an Agence France-Presse story)", "https://global.chinadaily.com.cn/english/doc/2005-10/30/content_488812.htm", "2005-10-30"),
    # The page's "September 30, 1987" (a Wednesday, checked): the meeting "today" ->
    # 1987-09-30.
    ("dev_16010_bavadra_rabuka_ganilau_mara", "Oceania", "1980s", "Associated Press (apnews.com)", "https://www.apnews.com/3f4e24862fa7a8b7d02314d2d8d82dac", "1987-09-30"),
    # The dateline's "Sept 6" with "said Thursday" and the archive's et2001c/september (2001-09-06,
    # a Thursday, checked): the call "on Wednesday" -> 2001-09-05; "next week" -> null.
    ("test_16011_megawati_timor_leaders_planned", "Southeast Asia", "2000s", "Agence France-Presse (via the East Timor and Indonesia Action Network archive, etan.org)", "http://www.etan.org/et2001c/september/01-08/06etlead.htm", "2001-09-06"),
    # The header line "DATE: THURSDAY, December 16, 1993" (a Thursday, checked; the address's
    # 931216 agrees): "met with Major at 10 Downing Street on Wednesday morning" -> 1993-12-15.
    ("dev_16012_major_reynolds_downing_street", "Western Europe", "1990s", "The Roanoke Times (Washington Post copy), via the Virginia Tech digital archive (scholar-dev.cloud.lib.vt.edu)", "https://scholar-dev.cloud.lib.vt.edu/VA-news/ROA-Times/issues/1993/rt9312/931216/12160181.htm", "1993-12-16"),
]

A = {}

A["dev_16001_haughey_thatcher_dublin_castle"] = dict(
    actors={
        "charles_haughey": ["Taoiseach Charles Haughey", "Charles Haughey"],
        "margaret_thatcher": ["British Prime Minister Margaret Thatcher", "Margaret Thatcher"],
        "peter_carington": ["Lord Carrington"],
        "irish_government": ["Irish government"],
        "rte_news": ["RTÉ News"],
    },
    meetings=[
        # "On 8 December 1980, Taoiseach Charles Haughey and British Prime Minister Margaret
        # Thatcher held a summit meeting in Dublin Castle, ..." -> held, 1980-12-08, Dublin
        # (Dublin Castle, a building named without a city, resolved to its city as "White House
        # -> Washington" in ANNOTATION.md). "the talks", "the meeting" are the same summit.
        M(["charles_haughey", "margaret_thatcher"], "1980-12-08", "Dublin", IP, H,
          "On 8 December 1980, Taoiseach Charles Haughey and British Prime Minister Margaret Thatcher held a summit meeting in Dublin Castle, marking a new chapter in Anglo-Irish relations."),
        # Not rows: "In this interview" (a media interview of the Taoiseach); the Irish
        # government's welcome of Lord Carrington's statement (a statement); the RTÉ News report
        # (a broadcast). Not annotated: the H Block, Dublin Castle, Northern Ireland (places and
        # buildings). Removed: nothing at the start or the end (the excerpt ends with the complete
        # line "An RTÉ News report broadcast on 8 December 1980."). Kept as found: the unquoted
        # quotation after "emphasises" and the quote marks ‘tragic problem’.
    ],
    roles=[("the Taoiseach", "charles_haughey"), ("British Prime Minister", "margaret_thatcher"),
           ("the British Secretary of State for Foreign and Commonwealth Affairs", "peter_carington")],
)

A["dev_16002_kuchma_nazarbayev_almaty"] = dict(
    actors={
        "leonid_kuchma": ["Ukrainian President Leonid Kuchma", "Leonid Kuchma", "Kuchma"],
        "nursultan_nazarbayev": ["Kazakh President Nursultan Nazarbayev", "Nursultan Nazarbayev", "Nazarbayev"],
        "cis": ["Commonwealth of Independent States", "CIS"],
        "eduard_shevardnadze": ["Eduard Shevardnadze"],
    },
    meetings=[
        # "Yesterday, Kuchma met with Kazakh President Nursultan Nazarbayev ..." (printed twice
        # in the excerpt; one meeting) -> held, 1997-10-14 ("Yesterday" in a Wednesday item),
        # Almaty (the dateline and "his visit to Kazakhstan's capital, Almaty").
        M(["leonid_kuchma", "nursultan_nazarbayev"], "1997-10-14", "Almaty", IP, H,
          "Yesterday, Kuchma met with Kazakh President Nursultan Nazarbayev who called the Ukrainian leader's visit the start of a \"new era of possibilities.\""),
        # "... Kuchma today continues his visit ... with a series of meetings with legislators."
        # -> the legislators are unnamed: a one-party Kuchma row, held (under way on the day of
        # the item), 1997-10-15, Almaty; required false (a series of unspecified meetings with
        # an unnamed group, as the "back-to-back meetings" of `dev_001`; see the notes).
        M(["leonid_kuchma"], "1997-10-15", "Almaty", IP, H,
          "Almaty, 15 October 1997 (RFE/RL) - Ukrainian President Leonid Kuchma today continues his visit to Kazakhstan's capital, Almaty, with a series of meetings with legislators.", False),
        # Not rows: "Ten agreements were signed yesterday" (the same meeting); the two leaders'
        # comments on the CIS and Shevardnadze's criticism "a day" earlier (statements). Not
        # annotated: the agency credit "(RFE/RL)" in the dateline; "legislators" (unnamed);
        # Almaty, Kyiv (also as metonymy), Kazakhstan, Russia (places/states). Removed: at the
        # end, the repeated last paragraph, cut off without its full stop ("The two leaders'
        # comments came a day after ... for closer economic integration"). Nothing at the start.
        # Kept as found: the excerpt's repetition of two paragraphs.
    ],
    roles=[("Ukrainian President", "leonid_kuchma"), ("Kazakh President", "nursultan_nazarbayev"),
           ("the Ukrainian leader", "leonid_kuchma"), ("Georgia's President", "eduard_shevardnadze")],
)

A["test_16003_amir_zarif_seif_palace"] = dict(
    actors={
        "sabah_al_ahmad_al_jaber_al_sabah": ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Sabah Al-Ahmad Al- Jaber Al-Sabah"],
        "mohammad_javad_zarif": ["Iran’s Foreign Minister Mohammad Javad Zarif", "Mohammad Javad Zarif", "Dr Mohammad Javad Zarif", "Zarif"],
        "sabah_al_khaled_al_hamad_al_sabah": ["Sheikh Sabah Al-Khaled Al- Hamad Al-Sabah", "Sheikh Sabah Al- Khaled"],
        "mohammad_dhaifallah_sharar": ["Mohammad Dhaifallah Sharar"],
        "jamal_abdullah_al_ghanim": ["Jamal Abdullah Al- Ghanim"],
        "majdi_al_dhefiri": ["Majdi Al-Dhefiri"],
        "dhari_ajran_al_ajran": ["Dhari Ajran Al-Ajran"],
        "saleh_salem_al_loghani": ["Saleh Salem Al- Loghani"],
        "hossein_amirabdollahian": ["Hussain Amir-Abdollahian"],
        "reza_enayati": ["Reza Enayati"],
        "un_security_council": ["UN Security Council"],
        "ministry_of_foreign_affairs_kuwait": ["Foreign Ministry"],
    },
    meetings=[
        # The caption "HH the Amir ... receives Iran's Foreign Minister Mohammad Javad Zarif at
        # the Seif Palace, Sunday." and the body's reception of the acting prime minister "who
        # was accompanied by ... Zarif at Seif Palace on Sunday" -> Amir-Zarif held, 2015-07-26,
        # Kuwait (Seif Palace is named without a city; the country is named in "Iranian
        # Ambassador in Kuwait"; as `batch_18b` wrote "Kuwait" for Bayan Palace).
        M(["sabah_al_ahmad_al_jaber_al_sabah", "mohammad_javad_zarif"], "2015-07-26", "Kuwait", IP, H,
          "HH the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah receives Iran’s Foreign Minister Mohammad Javad Zarif at the Seif Palace, Sunday."),
        # The same audience: the Amir "received" his own acting prime minister and foreign
        # minister, who brought the guest -> Amir-Sabah Al-Khaled held, 2015-07-26, Kuwait;
        # required false (the host's minister accompanying the visitor: the same side, as the
        # same-side pair of `dev_017`).
        M(["sabah_al_ahmad_al_jaber_al_sabah", "sabah_al_khaled_al_hamad_al_sabah"], "2015-07-26", "Kuwait", IP, H,
          "His Highness the Amir Sheikh Sabah Al-Ahmad Al- Jaber Al-Sabah received Acting Prime Minister and Foreign Minister Sheikh Sabah Al-Khaled Al- Hamad Al-Sabah who was accompanied by Iranian Foreign Minister Dr Mohammad Javad Zarif at Seif Palace on Sunday.", False),
        # "Earlier, Sheikh Sabah Al- Khaled held official talks with visiting Iranian Foreign
        # Minister." ("The talks shed light on ...") -> held, 2015-07-26 ("Earlier" the same day),
        # Kuwait (no building named for the talks). One row for the pair (the talks and their
        # joint presence at the audience the same day).
        M(["sabah_al_khaled_al_hamad_al_sabah", "mohammad_javad_zarif"], "2015-07-26", "Kuwait", IP, H,
          "Earlier, Sheikh Sabah Al- Khaled held official talks with visiting Iranian Foreign Minister."),
        # Not rows: Sharar "attended" the audience and the officials of both sides "attended" the
        # talks (attendees, not participants: actors only); "Zarif told reporters after meeting
        # Kuwaiti officials" (the same meetings; a statement to the press); the nuclear deal with
        # the permanent Security Council members (an agreement). Not annotated: "Gulf Arab
        # neighbours", "world powers", "reporters" (generic); Britain, China, France, Russia, the
        # United States, Germany, Iran, Tehran (also as metonymy), Kuwait, Seif Palace
        # (places/states/buildings); "Amiri Diwan" only as part of Sharar's title. Removed: at
        # the start, the site lines "Forgot your password?" and "Back to login"; at the end, the
        # cut-off quotation "“Iran h". Kept as found: the headline and date line, the spaced
        # "Al- Jaber", "Al- Hamad", "Al- Khaled", "Al- Ghanim", "Al- Loghani".
    ],
    roles=[("H.H the Amir", "sabah_al_ahmad_al_jaber_al_sabah"), ("HH the Amir", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("His Highness the Amir", "sabah_al_ahmad_al_jaber_al_sabah"),
           ("Iran Foreign Minister", "mohammad_javad_zarif"), ("Iran’s Foreign Minister", "mohammad_javad_zarif"),
           ("Iranian Foreign Minister", "mohammad_javad_zarif"), ("the Iranian foreign minister", "mohammad_javad_zarif"),
           ("Acting Prime Minister and Foreign Minister", "sabah_al_khaled_al_hamad_al_sabah"),
           ("Deputy Amiri Diwan Minister advisor", "mohammad_dhaifallah_sharar"),
           ("acting Foreign Ministry Undersecretary", "jamal_abdullah_al_ghanim"),
           ("Kuwaiti Ambassador to Iran", "majdi_al_dhefiri"),
           ("head of protocol department at the Foreign Ministry", "dhari_ajran_al_ajran"),
           ("Office Manager of Acting Prime Minister and Foreign Minister", "saleh_salem_al_loghani"),
           ("Iran’s deputy foreign minister for Arab and African affairs", "hossein_amirabdollahian"),
           ("Iranian Ambassador in Kuwait", "reza_enayati")],
)

A["dev_16004_sassou_oligui_oyo"] = dict(
    actors={
        "denis_sassou_nguesso": ["Denis Sassou-Nguesso", "Denis Sassou Nguesso"],
        "brice_oligui_nguema": ["General Brice Clotaire Oligui Nguema", "Brice Clotaire Oligui Nguema", "Brice Oligui Nguema", "Oligui Nguema"],
        "anatole_collinet_makosso": ["Anatole Collinet Makosso"],
        "edith_lucie_bongo": ["Edith Lucie Bongo"],
        "yasine": ["Yasine"],
        "omar_denis_junior": ["Omar Denis Junior"],
        "jean_claude_gakosso": ["Jean-Claude Gakosso"],
        "eccas": ["ECCAS"],
    },
    meetings=[
        # "... Oligui Nguema visited Yoo on Sunday, October 1, ..., where he met with Congolese
        # Head of State Denis Sassou-Nguesso." (= "spoke for two hours with Denis
        # Sassou-Nguesso", "At the end of their lunch") -> held, 2023-10-01, Oyo (the headline's
        # and caption's spelling; "Yoo" in this sentence is a slip of the text).
        M(["brice_oligui_nguema", "denis_sassou_nguesso"], "2023-10-01", "Oyo", IP, H,
          "The president of the Gabonese transition, General Brice Clotaire Oligui Nguema visited Yoo on Sunday, October 1, 400 kilometers north of Brazzaville, where he met with Congolese Head of State Denis Sassou-Nguesso."),
        # "... Brice Oligui Nguema was received by Congolese Prime Minister Anatole Collinet
        # Makosso. After this meeting, ..." -> held, 2023-10-01 (the same visit), Oyo.
        M(["brice_oligui_nguema", "anatole_collinet_makosso"], "2023-10-01", "Oyo", IP, H,
          "In fatigues, wearing a green beret, his hands protected by a pair of white gloves, Brice Oligui Nguema was received by Congolese Prime Minister Anatole Collinet Makosso."),
        # "In Oyo, he found a sympathetic ear, Jean-Claude Gakosso, ..." -> held, 2023-10-01,
        # Oyo; required false (a figure of speech for the foreign minister's support, quoted
        # afterwards; no meeting of the two is reported in so many words; see the notes).
        M(["brice_oligui_nguema", "jean_claude_gakosso"], "2023-10-01", "Oyo", IP, H,
          "In Oyo, he found a sympathetic ear, Jean-Claude Gakosso, Congolese Minister of Foreign Affairs.", False),
        # Not rows: the visit to Edith Lucie Bongo's grave "with her two children, Yasine and Omar
        # Denis Junior, with whom the embrace was warm" (a private act of mourning; the children
        # are not political actors meeting him); the aim to "appease the sanctions (of ECCAS)"
        # (no meeting). Not annotated: the photo credit "© Loïcia Martial/RFI" and the envoy line
        # "With our special envoy in Oyo, Loïcia Martial" (byline); "Gabonese", "the Congolese",
        # "Our brothers in Central Africa" (generic); Oyo, Brazzaville, Gabon, Congo-Brazzaville
        # (places/states). Removed: nothing (the excerpt starts with the headline and ends with a
        # complete sentence; trailing blank lines only). Kept as found: "Yoo", the quotation
        # without its opening quote mark, "[the coup, Editor's note]".
    ],
    roles=[("Congolese Head of State", "denis_sassou_nguesso"), ("the Congolese head of state", "denis_sassou_nguesso"),
           ("the patriarch", "denis_sassou_nguesso"),
           ("The president of the Gabonese transition", "brice_oligui_nguema"),
           ("the leader of the Gabonese transition", "brice_oligui_nguema"), ("The new strongman of Gabon", "brice_oligui_nguema"),
           ("Congolese Prime Minister", "anatole_collinet_makosso"),
           ("former first lady of Gabon", "edith_lucie_bongo"),
           ("Congolese Minister of Foreign Affairs", "jean_claude_gakosso")],
)

A["dev_16005_gorbachev_mazowiecki_moscow"] = dict(
    actors={
        "mikhail_gorbachev": ["Soviet President Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "tadeusz_mazowiecki": ["Prime Minister Tadeusz Mazowiecki", "Tadeusz Mazowiecki", "Mazowiecki"],
        "solidarity": ["Solidarity"],
        "warsaw_pact": ["Warsaw Pact"],
        "comecon": ["Council for Mutual Economic Assistance", "Comecon"],
        "pap": ["PAP"],
    },
    meetings=[
        # "Soviet President Mikhail S. Gorbachev ... told Poland's non-Communist prime minister
        # Friday ..." (= the headline's "Mazowiecki confers with Soviet leader in Moscow") ->
        # held, 1989-11-24 ("Friday" in a Saturday paper), Moscow (the headline).
        M(["mikhail_gorbachev", "tadeusz_mazowiecki"], "1989-11-24", "Moscow", IP, H,
          "Soviet President Mikhail S. Gorbachev, reiterating the Kremlin’s acceptance of freely elected governments in Eastern Europe, told Poland’s non-Communist prime minister Friday that Moscow wishes him and Solidarity success in transforming the Polish political and economic system."),
        # Not rows: Mazowiecki's reply and his words reported by PAP (the same meeting); the
        # Warsaw Pact and Comecon (organisations, no meeting). Not annotated: the byline "TIMES
        # STAFF WRITER"; the Kremlin and Moscow (as metonymy), Poland, the Soviet Union, Eastern
        # Europe, the East Bloc (places/states); "the government" (Poland's, a description).
        # Removed: at the start, the site line "Advertisement"; at the end, the cut-off paragraph
        # ("Against the background of the dramatic and rapid developments ... in setting forth
        # the rela"). Kept as found: the headline, "Share", the byline and the "Advertisement"
        # line inside the text, "success--luck".
    ],
    roles=[("Soviet President", "mikhail_gorbachev"), ("Soviet leader", "mikhail_gorbachev"),
           ("Poland’s non-Communist prime minister", "tadeusz_mazowiecki"),
           ("the Polish news agency", "pap")],
)

A["dev_16006_todman_stroessner_cable"] = dict(
    actors={
        "terence_todman": ["ASSISTANT SECRETARY TODMAN", "TODMAN, TERENCE A.", "TODMAN"],
        "alfredo_stroessner": ["PRESIDENT STROESSNER", "STROESSNER"],
        "george_w_landau": ["LANDAU"],
        "alberto_nogues": ["FOREIGN MINISTER NOGUES", "NOGUES"],
    },
    meetings=[
        # "ASSISTANT SECRETARY TODMAN, ACCOMPANIED BY AMBASSADOR LANDAU, MET FOR APPROXIMATLEY ONE
        # HOUR WITH PRESIDENT STROESSNER AUGUST 17." -> held, 1977-08-17, Paraguay (no city is
        # given for the meeting: the cable is from the embassy in Asuncion, but the text does not
        # say where the president received Todman, who had also visited Itaipu; see the notes).
        # Landau ("ACCOMPANIED BY") and Nogues ("ALSO ATTENDED") are attendees.
        M(["terence_todman", "alfredo_stroessner"], "1977-08-17", "Paraguay", IP, H,
          "ASSISTANT SECRETARY TODMAN, ACCOMPANIED BY AMBASSADOR LANDAU, MET FOR APPROXIMATLEY ONE HOUR WITH PRESIDENT STROESSNER AUGUST 17."),
        # Not rows: Todman's visit to Itaipu (a site, no host named); the radio stations of Moscow
        # and Havana (propaganda, no meeting). Not annotated: the routing and header lines
        # (ARA, SECSTATE WASHDC, the embassies); Itaipu, Paraguay, Moscow, Havana (places, also as
        # metonymy); "SUBVERSIVES" (generic). Removed: at the end, the cut-off last sentence of
        # paragraph 2 ("HE SAID HE KNW THAT THIS OUTRIGHT LIE ... WAS FINALLY COMING TO PARAGUAY
        # FOR THE FIRST TIME TO SEE FOR HIMSELF WHAT WAS HAPPENING", without a full stop), so the
        # professor named in it is not in the stored text. Nothing at the start. Kept as found:
        # the header and page-break lines, "APPROXIMATLEY", "HYROELECTRIC", "INFULTRATION".
    ],
    roles=[("ASSISTANT SECRETARY", "terence_todman"), ("THE PRESIDENT", "alfredo_stroessner"),
           ("FOREIGN MINISTER", "alberto_nogues")],
)

A["test_16007_beame_delury_call"] = dict(
    actors={
        "abraham_beame": ["Mayor Abraham D. Beame", "Abraham D. Beame", "Mr. Beame"],
        "hugh_carey": ["Gov. Hugh L. Carey", "Hugh L. Carey"],
        "irving_saypol": ["Justice Irving Saypol", "Irving Saypol"],
        "new_york_state_supreme_court": ["State Supreme Court"],
        "albert_shanker": ["Albert Shanker"],
        "united_federation_of_teachers": ["United Federation of Teachers"],
        "municipal_assistance_corporation": ["Municipal Assistance Corporation"],
        "white_house": ["White House"],
        "john_delury": ["John J. DeLury", "John"],
        "uniformed_sanitationmens_association": ["Uniformed Sanitationmen's Association"],
        "sidney_frigand": ["Sidney J. Frigand"],
    },
    meetings=[
        # "... not too late into the evening Mr. Beame put in a telephone call to an old friend.
        # It was to John J. DeLury, ..." -> phone, held, 1975-10-16 (the evening "of Oct. 16,
        # 1975" on which the 24-hour period "began"), no place. The friend is named in the next
        # sentence (as `dev_15802`'s minister).
        M(["abraham_beame", "john_delury"], "1975-10-16", None, PH, H,
          "But unknown to state officials or other negotiators, not too late into the evening Mr. Beame put in a telephone call to an old friend."),
        # Not rows: Carey and Beame "called into it from the annual Alfred E. Smith political
        # dinner" (a dinner attended, no meeting of named people); the court order of Justice
        # Saypol (a court order); "State officials alerted the White House" (unnamed officials);
        # Shanker "balking at investing" (no meeting); Frigand's recollection (a statement). Not
        # annotated: "bondholders", "government officials", "state officials", "other
        # negotiators", "New Yorkers" (generic); New York City, the Waldorf-Astoria Hotel
        # (places); the Alfred E. Smith dinner (an event). Removed: at the start, the archive
        # fragment ", Page 00001 The New York Times Archives"; at the end, the cut-off paragraph
        # ("Mr. Beame recalled recently that Mr. DeLury swore him to secrecy but pledged that if
        # the teachers did not come up with"). Kept as found: the subhead "Deadline Approached",
        # the site line "Continue reading the main story" inside the text, "-allowing",
        # ''John, I need this one''.
    ],
    roles=[("the Mayor", "abraham_beame"), ("an old friend", "john_delury"),
           ("the head of the Uniformed Sanitationmen's Association", "john_delury"),
           ("the president of the United Federation of Teachers", "albert_shanker"),
           ("the Mayor's press secretary", "sidney_frigand")],
)

A["dev_16008_mamata_hasina_dhaka"] = dict(
    actors={
        "mamata_banerjee": ["West Bengal Chief Minister Mamata Banerjee", "Mamata Banerjee", "Banerjee"],
        "sheikh_hasina": ["Bangladesh Prime Minister Sheikh Hasina", "Sheikh Hasina", "Hasina"],
        "bdnews24": ["bdnews24.com"],
    },
    meetings=[
        # "West Bengal Chief Minister Mamata Banerjee on Saturday met Bangladesh Prime Minister
        # Sheikh Hasina here." (= "call upon" in the quoted tweet) -> held, 2015-02-21 (the
        # dateline's "Feb 21", a Saturday), Dhaka (the dateline; "here").
        M(["mamata_banerjee", "sheikh_hasina"], "2015-02-21", "Dhaka", IP, H,
          "Dhaka, Feb 21 (IBNS): West Bengal Chief Minister Mamata Banerjee on Saturday met Bangladesh Prime Minister Sheikh Hasina here."),
        # Not rows: "Banerjee said she has invited Hasina to visit her state." (an invitation not
        # said to be accepted: not a planned meeting by the ANNOTATION.md rule); the tweet and the
        # assurances on the Teesta deal (statements of the same meeting). Not annotated: the
        # agency credit "(IBNS)" in the dateline; Dhaka, West Bengal, Bangladesh, India (places,
        # states). Removed: at the start, the site block (the page's current date "December 21,
        # 2025 12:05 am (IST)", "Follow us:", four "sharing button" lines and a line of other
        # headlines); at the end, the cut-off fragment "\"The ". Kept as found: the headline, the
        # date line "| | Feb 22, 2015, at 12:20 am", "emotional.The", "Sheikh Hasina ji".
    ],
    roles=[("West Bengal CM", "mamata_banerjee"), ("West Bengal Chief Minister", "mamata_banerjee"),
           ("Bangladesh Prime Minister", "sheikh_hasina"),
           ("the Honorable Prime Minister of Bangladesh", "sheikh_hasina"),
           ("Honorable Prime Minister", "sheikh_hasina"), ("my favourite didi", "sheikh_hasina")],
)

_HU = ("\"I had frank, sincere and deep talks with General Secretary Kim Jong-Il yesterday,\" Hu told Kim Yong-Nam, the nation's number two.")
A["dev_16009_hu_kim_jong_il_pyongyang"] = dict(
    actors={
        "hu_jintao": ["Chinese President Hu Jintao", "Hu Jintao", "President Hu", "Hu"],
        "kim_jong_il": ["North Korean leader Kim Jong-Il", "General Secretary Kim Jong-Il", "Kim Jong-Il", "Kim"],
        "kim_yong_nam": ["Kim Yong-Nam"],
        "xinhua_news_agency": ["Xinhua news agency", "Xinhua"],
        "china_daily": ["China Daily"],
        "dae_sook_suh": ["Dae-Sook Suh"],
        "university_of_hawaii": ["University of Hawaii"],
    },
    meetings=[
        # Hu's "frank, sincere and deep talks with General Secretary Kim Jong-Il yesterday" (=
        # the caption's talks "at a banquet in Pyongyang", and Kim's "promise ..., made on
        # Friday") -> held, 2005-10-28 (the Friday of a Sunday item), Pyongyang. The banquet has
        # no day of its own: one row for the pair (talks and a meal of one visit).
        M(["hu_jintao", "kim_jong_il"], "2005-10-28", "Pyongyang", IP, H, _HU),
        # "... Hu told Kim Yong-Nam, the nation's number two." -> held, 2005-10-29 (the "second
        # day" of the visit, on which Hu calls the Friday talks "yesterday"), Pyongyang.
        M(["hu_jintao", "kim_yong_nam"], "2005-10-29", "Pyongyang", IP, H, _HU),
        # Not rows: the fifth round of six-party talks "expected in Beijing in November" and the
        # last round "in September" (multilateral talks); "coming just weeks before he goes to
        # South Korea" (a trip, no host named); Dae-Sook Suh's comments (an expert's statement).
        # Not annotated: the agency credits "(AFP)" and "[AFP]"; North Korea, South Korea, the
        # DPRK (also as the Democratic People's Republic of Korea), China, Japan, Russia, the
        # United States, Beijing, Pyongyang (places/states). Removed: at the end, the cut-off
        # sentence ("But soon after agreeing to the statement, Pyongyang said it would not
        # dismantle its nuclear arsenal b"). Nothing at the start. Kept as found: the headline
        # with "(AFP) Updated: 2005-10-30 09:41", the caption and its repetition of the lead,
        # "Xinhua news agency" without a full stop, "the agreement have included".
    ],
    roles=[("Chinese President", "hu_jintao"), ("China's leader", "hu_jintao"),
           ("North Korean leader", "kim_jong_il"), ("General Secretary", "kim_jong_il"),
           ("nation's number two", "kim_yong_nam"),
           ("an expert on Korean affairs at the University of Hawaii", "dae_sook_suh")],
)

_FJ = ("Bavadra said an agreement was reached today during a meeting that brought together himself, Rabuka, Governor-General Ratu Sir Penai Ganilau and former Prime Minister Ratu Sir Kamisese Mara.")
A["dev_16010_bavadra_rabuka_ganilau_mara"] = dict(
    actors={
        "timoci_bavadra": ["Deposed Prime Minister Timoci Bavadra", "Timoci Bavadra", "Bavadra"],
        "sitiveni_rabuka": ["Col. Sitiveni Rabuka", "Sitiveni Rabuka", "Rabuka"],
        "penaia_ganilau": ["Governor-General Ratu Sir Penai Ganilau", "Ratu Sir Penai Ganilau", "Ganilau"],
        "kamisese_mara": ["Ratu Sir Kamisese Mara", "Mara"],
        "fiji_times": ["Fiji Times"],
        "mala_jagmohan": ["Mala Jagmohan"],
        "alliance_party_fiji": ["Alliance Party", "Alliance"],
        "coalition_party_fiji": ["Coalition Party", "Coalition"],
    },
    meetings=[
        # "... a meeting that brought together himself, Rabuka, ... Ganilau and ... Mara." -> a
        # meeting of four named people: one row per pair (six rows); held, 1987-09-30 ("today"),
        # Fiji (the text does not say where the meeting was held: Bavadra came "earlier today"
        # from Naboro prison, 12 miles from Suva; the dateline SUVA is not given as the venue).
        M(["timoci_bavadra", "sitiveni_rabuka"], "1987-09-30", "Fiji", IP, H, _FJ),
        M(["timoci_bavadra", "penaia_ganilau"], "1987-09-30", "Fiji", IP, H, _FJ),
        M(["timoci_bavadra", "kamisese_mara"], "1987-09-30", "Fiji", IP, H, _FJ),
        M(["sitiveni_rabuka", "penaia_ganilau"], "1987-09-30", "Fiji", IP, H, _FJ),
        M(["sitiveni_rabuka", "kamisese_mara"], "1987-09-30", "Fiji", IP, H, _FJ),
        M(["penaia_ganilau", "kamisese_mara"], "1987-09-30", "Fiji", IP, H, _FJ),
        # "... announced that the army and Fiji's two main political parties would meet to
        # resolve the nation's political crisis." (the parties named later: the Alliance and the
        # Coalition, "six delegates each", the army "three") -> planned, date null, place null,
        # between the two parties; required false (a meeting of unnamed delegates, which
        # ANNOTATION.md does not count; the parties themselves are named actors; see the notes).
        M(["alliance_party_fiji", "coalition_party_fiji"], None, None, IP, P,
          "SUVA, Fiji (AP) _ Deposed Prime Minister Timoci Bavadra was released from prison today and announced that the army and Fiji’s two main political parties would meet to resolve the nation’s political crisis.", False),
        # Not rows: Bavadra's words to the Fiji Times reporter (an interview); the arrests, the
        # coups and Ganilau's dismissal (no meetings); "no immediate announcement" (statements).
        # Not annotated: the agency credit "(AP)"; "the army", "the armed forces", "Political
        # observers", "Three party colleagues", "ethnic Indians", "ethnic Fijians" (unnamed or
        # generic); "the British crown", "this Commonwealth nation" (descriptions); Suva, Naboro
        # prison, Fiji (places/states). Removed: at the start, the site line "Related topics"; at
        # the end, the cut-off sentence ("Earlier today, Rabuka declared in a statement that the
        # armed forces were fir"). Kept as found: the AP dash "_", "Penai", "woud", "dissmissed",
        # the ″...″ quotation marks.
    ],
    roles=[("Deposed Prime Minister", "timoci_bavadra"), ("Governor-General", "penaia_ganilau"),
           ("former Prime Minister", "kamisese_mara"), ("Fiji Times reporter", "mala_jagmohan")],
)

A["test_16011_megawati_timor_leaders_planned"] = dict(
    actors={
        "megawati_soekarnoputri": ["Indonesian President Megawati Sukarnoputri", "Megawati Sukarnoputri", "Megawati"],
        "sergio_vieira_de_mello": ["Sergio Vieira de Mello", "De Mello"],
        "hassan_wirayuda": ["Hassan Wirayuda", "Wirayuda"],
        "xanana_gusmao": ["Xanana Gusmao"],
        "sukarno": ["Sukarno"],
        "united_nations": ["United Nations", "UN"],
    },
    meetings=[
        # "East Timor's leaders will meet Indonesian President Megawati Sukarnoputri in Jakarta
        # next week ..." -> the leaders are not named in the stored text (the sentence that named
        # them was cut off; see below): a one-party Megawati row, planned, date null ("next
        # week"), Jakarta.
        M(["megawati_soekarnoputri"], None, "Jakarta", IP, P,
          "DILI, East Timor, Sept 6 (AFP) - East Timor's leaders will meet Indonesian President Megawati Sukarnoputri in Jakarta next week following an invitation from her foreign minister, local United Nations chief Sergio Vieira de Mello said Thursday."),
        # "... Indonesian foreign minister Hassan Wirayuda had phoned him with the invitation on
        # Wednesday." -> phone, held, 2001-09-05 (the Wednesday before a Thursday item), no place.
        M(["hassan_wirayuda", "sergio_vieira_de_mello"], "2001-09-05", None, PH, H,
          "De Mello, who heads the UN's 23-month-old transitional administration in East Timor, announced that Indonesian foreign minister Hassan Wirayuda had phoned him with the invitation on Wednesday."),
        # Not rows: Megawati "refused to meet independence leader Xanana Gusmao when she was vice
        # president" (refused meetings); her speech to the national parliament and national day
        # address (speeches); Wirayuda's congratulations to "the East Timorese" (a message, in the
        # same call; no named counterpart). Not annotated: "East Timor's leaders", "the Timorese
        # leaders", "the East Timorese", "our brothers and sisters" (unnamed or generic); "the
        # national parliament" and "the UN's 23-month-old transitional administration"
        # (descriptions); Indonesia, East Timor, Portugal, Jakarta (also as metonymy), Dili, the
        # Dutch East Indies (places/states). Removed: at the start, the archive's e-mail line
        # "Subject: East Timor's leaders invited to meet Indonesia's Megawati" (the headline that
        # follows is kept); at the end, the cut-off paragraph ("Xanana Gusmao, East Timor's likely
        # future president, foreign minister Jose Ramos Horta and de Mello will travel to Jakarta
        # on September"), so Ramos Horta is not in the stored text.
    ],
    roles=[("Indonesian President", "megawati_soekarnoputri"), ("local United Nations chief", "sergio_vieira_de_mello"),
           ("her foreign minister", "hassan_wirayuda"), ("Indonesian foreign minister", "hassan_wirayuda"),
           ("independence leader", "xanana_gusmao"), ("Indonesia's founding president", "sukarno"),
           ("the founding father", "sukarno")],
)

A["dev_16012_major_reynolds_downing_street"] = dict(
    actors={
        "john_major": ["British Prime Minister John Major", "John Major", "Major"],
        "albert_reynolds": ["Irish Prime Minister Albert Reynolds", "Albert Reynolds", "Reynolds"],
        "irish_government": ["Irish government"],
        "ira": ["IRA"],
    },
    meetings=[
        # "Reynolds, who met with Major at 10 Downing Street on Wednesday morning to put the
        # finishing touches on the declaration, ..." -> held, 1993-12-15 ("Wednesday" in a
        # Thursday paper), London (10 Downing Street resolved to its city; the dateline is also
        # LONDON). The two leaders' agreement on the declaration is the same meeting.
        M(["albert_reynolds", "john_major"], "1993-12-15", "London", IP, H,
          "Reynolds, who met with Major at 10 Downing Street on Wednesday morning to put the finishing touches on the declaration, said that it \"offers a framework for lasting peace. . . We hope this historic opportunity for peace will be taken.\""),
        # Not rows: "Major said at a news conference" (a news conference); "peace talks" that may
        # "lead to an eventual settlement" (hypothetical, no named parties); the Anglo-Irish
        # Agreement of 1985 (an agreement). Not annotated: the header's "SOURCE: The Washington
        # Post" and "Landmark Communications, Inc." and the closing "by CNB" (credits); "the two
        # governments", "the Irish Republic", "voters", "the people of Northern Ireland"
        # (descriptions or generic); Britain, the United Kingdom, Northern Ireland, Ulster, 10
        # Downing Street (places/states/buildings). Removed: nothing (the excerpt starts with the
        # archive's header line and ends with the complete credit "by CNB", both kept as in the
        # other Roanoke Times texts of the corpus). Kept as found: ". . .".
    ],
    roles=[("British Prime Minister", "john_major"), ("Irish Prime Minister", "albert_reynolds")],
)
