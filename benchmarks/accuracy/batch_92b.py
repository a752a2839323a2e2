"""Accuracy corpus, batch 92b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 92a), from the 1950s to the 2020s (1950s:
one (1956), 1960s: two (1960, 1968), 1970s: one (1978), 1980s: one (1980), 1990s: one (1992),
2000s: two (2004, 2006), 2010s: two (2010, 2018), 2020s: two (2020, 2022); six of the twelve
from before 2000), over the regions (South Asia: two; Africa, Oceania, Middle East, Southeast
Asia, North America, Western Europe, East Asia, Central Asia/Caucasus, Eastern Europe/Russia,
Latin America: one each).
Outlets/sites: Hindustan Times ("HT This Day" reprint of a 1950 report, 2022), Rediff/PTI
(2004), TIME magazine archive copies (1960, 1978, 1956), PM Transcripts (Australian prime
minister's departure interview, 1980), Parliament of Australia ParlInfo (speech at a dinner,
1968), Global News (2018), People's Daily Online (2006), a Public Television of Armenia
transcript reposted by armenianclub.com (2010), The Christian Science Monitor (1992) and
Perfil via PressReader (2020).
Text kinds: one newspaper archive reprint (18301), one agency story on a portal (18302), three
magazine pieces (18303, 18305, 18308), one interview transcript (18304), one official speech
text (18306), two news stories (18307, 18311), one agency/news story (18309), one TV news
transcript (18310) and one newspaper story on a press-reader site (18312). All twelve texts
are in English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_92a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_92b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-91b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_183NN_<slug>` / `test_183NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search tool's date 2022-07-18 (a Monday, checked) = the HT page's publication. The
    # text is the "HT This Day" reprint of the report dated July 21, 1950 (the URL's
    # "july-21-1950"); the decade is that of publication (2020s).
    ("dev_18301_liaquat_nehru_kashmir_talks", "South Asia", "2020s", "Hindustan Times (\"HT This Day\" archive reprint)", "https://www.hindustantimes.com/india-news/ht-this-day-july-21-1950-parleys-on-kashmir-101658148896362.html", "2022-07-18"),
    # The page's line "January 05, 2004 11:35 IST" and the URL (/2004/jan/05...) (a Monday,
    # checked): "on Monday" = 2004-01-05, "last night" = 2004-01-04.
    ("dev_18302_vajpayee_musharraf_saarc", "South Asia", "2000s", "Rediff.com (PTI)", "http://world.rediff.com/news/2004/jan/05saarc1.htm", "2004-01-05"),
    # The issue date "Monday, Jan. 18, 1960" at the top of the text and the URL
    # (/Time1960/1960-01-18/) (a Monday, checked).
    ("test_18303_macmillan_nkrumah_accra", "Africa", "1960s", "TIME (archive copy of the magazine text)", "http://20.210.105.67/txt/time/Time1960/1960-01-18/828559.html", "1960-01-18"),
    # The transcript's own date line "THURSDAY 20 MARCH 1980" (a Thursday, checked).
    ("dev_18304_fraser_muldoon_departure", "Oceania", "1980s", "PM Transcripts (Department of the Prime Minister and Cabinet, Australia)", "https://pmtranscripts.pmc.gov.au/node/16017", "1980-03-20"),
    # The issue date "Monday, Jan. 09, 1978" and the URL (/Time1978/1978-01-09/) (a Monday,
    # checked).
    ("dev_18305_sadat_begin_ismailia", "Middle East", "1970s", "TIME (archive copy of the magazine text)", "http://20.210.105.67/txt/time/Time1978/1978-01-09/912062.html", "1978-01-09"),
    # The document's date line "14 JUNE 1968" (a Friday, checked); ParlInfo press release
    # 824378 (speech text).
    ("dev_18306_suharto_gorton_djakarta", "Southeast Asia", "1960s", "Parliament of Australia, ParlInfo (press release: speech by President Suharto)", "https://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id:%22media/pressrel/824378%22;src1=sm1", "1968-06-14"),
    # The page's line "July 7, 2018" and the search tool's date 2018-07-07 (a Saturday,
    # checked).
    ("test_18307_trump_trudeau_call", "North America", "2010s", "Global News", "https://globalnews.ca/news/4318574/donald-trump-justin-trudeau-call-white-house-caught-off-guard/", "2018-07-07"),
    # The issue date "Monday, Nov. 19, 1956" and the URL (/Time1956/1956-11-19/) (a Monday,
    # checked).
    ("dev_18308_mollet_eden_suez", "Western Europe", "1950s", "TIME (archive copy of the magazine text)", "http://20.210.105.67/txt/time/Time1956/1956-11-19/867259.html", "1956-11-19"),
    # The URL (/200610/08/) = 2006-10-08 (a Sunday, checked): "Sunday" = 2006-10-08, "early
    # Monday" = 2006-10-09.
    ("dev_18309_abe_wen_beijing", "East Asia", "2000s", "People's Daily Online (Xinhua)", "http://en.people.cn/200610/08/print20061008_309891.html", "2006-10-08"),
    # The source line "Public Television of Armenia / Jan 14 2010" in the text (a Thursday,
    # checked): "today" = 2010-01-14.
    ("dev_18310_sargsyan_lavrov_yerevan", "Central Asia/Caucasus", "2010s", "Public Television of Armenia transcript via armenianclub.com", "https://armenianclub.com/?p=210787", "2010-01-14"),
    # The URL (/1992/0625/) = 1992-06-25 (a Thursday, checked): "Tuesday" = 1992-06-23.
    ("test_18311_yeltsin_kravchuk_dagomys", "Eastern Europe/Russia", "1990s", "The Christian Science Monitor", "https://www.csmonitor.com/1992/0625/25031.html", "1992-06-25"),
    # The URL (/perfil-sabado/20201205/) = 2020-12-05 (a Saturday, checked): "on Monday" =
    # 2020-11-30.
    ("dev_18312_fernandez_bolsonaro_video", "Latin America", "2020s", "Perfil (Sabado), via PressReader", "http://www.pressreader.com/argentina/perfil-sabado/20201205/282806423882193", "2020-12-05"),
]

A = {}

A["dev_18301_liaquat_nehru_kashmir_talks"] = dict(
    actors={
        # New keys except jawaharlal_nehru and united_nations. "the President" (of India) and
        # the High Commissioners of Canada, Australia and Ceylon are never named: no keys.
        "liaquat_ali_khan": ["Mr Liaquat Ali Khan"],
        "jawaharlal_nehru": ["Pandit Nehru"],
        # "Sir < Owen" is the page's typing artefact (kept).
        "owen_dixon": ["Sir Owen Dixon", "Sir < Owen"],
        "c_rajagopalachari": ["Mr C. Rajagopalachari"],
        "sri_prakasa": ["Mr Sri Prakasa"],
        "ismail_pakistan_high_commissioner": ["Mr Ismail"],
        "col_chatterjee": ["Col. Chatterjee"],
        "indian_air_force": ["Indian Air Force"],
        "united_nations": ["U.N."],
    },
    meetings=[
        # All dates null: the text is a 1950 report reprinted in 2022 (published date of the
        # page); "this morning" / "this afternoon" / "tonight" refer to the day of the 1950
        # report, which the text does not give (the URL's July 21, 1950 is the paper's date,
        # not necessarily the day of the talks). Place `India` (the text says "here" and
        # names Government House and Palam airport, but no city).
        # The tripartite meeting of the two Prime Ministers and the UN Mediator -> one row per
        # pair, held. "The Prime Ministers of India and Pakistan" = Liaquat Ali Khan and
        # Nehru (both named in the text).
        M(["liaquat_ali_khan", "jawaharlal_nehru"], None, "India", IP, H,
          "“The Prime Ministers of India and Pakistan and Sir Owen Dixon met in Government House at 4 this afternoon and discussed the Kashmir question."),
        M(["liaquat_ali_khan", "owen_dixon"], None, "India", IP, H,
          "“The Prime Ministers of India and Pakistan and Sir Owen Dixon met in Government House at 4 this afternoon and discussed the Kashmir question."),
        M(["jawaharlal_nehru", "owen_dixon"], None, "India", IP, H,
          "“The Prime Ministers of India and Pakistan and Sir Owen Dixon met in Government House at 4 this afternoon and discussed the Kashmir question."),
        # The resumption "at 10 a.m. tomorrow" -> planned, one row per pair, **required
        # false** (the second session of the same talks; a reviewer could require them).
        M(["liaquat_ali_khan", "jawaharlal_nehru"], None, "India", IP, P,
          "They adjourned at 6-30 p.m. to continue their talks at 10 a.m. tomorrow.”", False),
        M(["liaquat_ali_khan", "owen_dixon"], None, "India", IP, P,
          "They adjourned at 6-30 p.m. to continue their talks at 10 a.m. tomorrow.”", False),
        M(["jawaharlal_nehru", "owen_dixon"], None, "India", IP, P,
          "They adjourned at 6-30 p.m. to continue their talks at 10 a.m. tomorrow.”", False),
        # Nehru's dinner for Liaquat ("the guest of the Prime Minister at dinner tonight") ->
        # held ("was"), in person.
        M(["liaquat_ali_khan", "jawaharlal_nehru"], None, "India", IP, H,
          "The Pakistan Prime Minister was the guest of the Prime Minister at dinner tonight."),
        # Tea of Dixon with the (unnamed) President, Rajagopalachari "also present" -> held,
        # **required false** (the named pair only shared the President's tea).
        M(["owen_dixon", "c_rajagopalachari"], None, "India", IP, H,
          "Mr C. Rajagopalachari was also present.", False),
        # Nehru among those receiving Liaquat at Palam airport -> held, **required false**
        # (ceremonial welcome). Sri Prakasa, Ismail and the High Commissioners in the same
        # welcoming party get no rows (a crowd at the airport).
        M(["liaquat_ali_khan", "jawaharlal_nehru"], None, "India", IP, H,
          "When the Pakistan Prime Minister arrived at Palam airport this morning, in distinguished gathering, including the Prime Minister, Pandit Nehru, Mr Sri Prakasa, Mr Ismail, Pakistan’s High Commissioner in India, the High Commissioners of Canada, Australia and Ceylon, were present.", False),
        # Not rows: the President "represented by his Military Secretary, Col. Chatterjee" at
        # the airport (the President unnamed; ceremonial); the press questions at the
        # aerodrome (media). Removed: the tool's " date 2022-07-18" prefix and at the end the
        # cut-off sentence "All that he was prepared to say was: “ We hope to solve everyth".
        # The excerpt starts without a headline (the title is in the URL only).
    ],
    roles=[("the Pakistan Prime Minister", "liaquat_ali_khan"),
           ("The Pakistan Prime Minister", "liaquat_ali_khan"),
           ("the Prime Minister", "jawaharlal_nehru"),
           ("the U.N. Mediator", "owen_dixon"),
           ("Pakistan’s High Commissioner in India", "ismail_pakistan_high_commissioner"),
           ("his Military Secretary", "col_chatterjee")],
)

A["dev_18302_vajpayee_musharraf_saarc"] = dict(
    actors={
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee", "Vajpayee"],
        "pervez_musharraf": ["Pervez Musharraf", "Musharraf"],
        "yashwant_sinha": ["Yashwant Sinha"],
        "brajesh_mishra": ["Brajesh Mishra"],
        "shashank": ["Shashank"],
        "shivshankar_menon": ["Shivshankar Menon"],
        "riaz_khokhar": ["Riaz Khokhar"],
        "zafarullah_khan_jamali": ["Mir Zafarullah Khan Jamali"],
        "ptv": ["PTV"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "saarc": ["SAARC"],
        "indian_high_commission_pakistan": ["Indian High Commission"],
    },
    meetings=[
        # The courtesy call "on Monday" -> held, 2004-01-05. Place null: the text names
        # Aiwan-e-Sadar (the President's house) but no city or country (Islamabad is not in
        # the text).
        M(["atal_bihari_vajpayee", "pervez_musharraf"], "2004-01-05", None, IP, H,
          "Prime Minister Atal Bihari Vajpayee on Monday met Pakistan President Pervez Musharraf -- first formal meeting in two years after the failed Agra summit."),
        # The Indian officials who accompanied Vajpayee were in the meeting with Musharraf ->
        # one row each with Musharraf, **required false** (delegation members; no rows
        # between members of the same side).
        M(["yashwant_sinha", "pervez_musharraf"], "2004-01-05", None, IP, H,
          "External Affairs Minister Yashwant Sinha, National Security Adviser Brajesh Mishra, Foreign Secretary Shashank and Indian High Commissioner Shivshankar Menon accompanied Vajpayee.The Pakistani side, which was expecting the meeting to lead to an early resumption of the bilateral dialogue process, said after the meeting that issues of mutual interest figured in the parleys.", False),
        M(["brajesh_mishra", "pervez_musharraf"], "2004-01-05", None, IP, H,
          "External Affairs Minister Yashwant Sinha, National Security Adviser Brajesh Mishra, Foreign Secretary Shashank and Indian High Commissioner Shivshankar Menon accompanied Vajpayee.The Pakistani side, which was expecting the meeting to lead to an early resumption of the bilateral dialogue process, said after the meeting that issues of mutual interest figured in the parleys.", False),
        M(["shashank", "pervez_musharraf"], "2004-01-05", None, IP, H,
          "External Affairs Minister Yashwant Sinha, National Security Adviser Brajesh Mishra, Foreign Secretary Shashank and Indian High Commissioner Shivshankar Menon accompanied Vajpayee.The Pakistani side, which was expecting the meeting to lead to an early resumption of the bilateral dialogue process, said after the meeting that issues of mutual interest figured in the parleys.", False),
        M(["shivshankar_menon", "pervez_musharraf"], "2004-01-05", None, IP, H,
          "External Affairs Minister Yashwant Sinha, National Security Adviser Brajesh Mishra, Foreign Secretary Shashank and Indian High Commissioner Shivshankar Menon accompanied Vajpayee.The Pakistani side, which was expecting the meeting to lead to an early resumption of the bilateral dialogue process, said after the meeting that issues of mutual interest figured in the parleys.", False),
        # The foreign secretaries' courtesy call "on Monday" -> held, 2004-01-05.
        M(["shashank", "riaz_khokhar"], "2004-01-05", None, IP, H,
          "Shashank also met his Pakistani counterpart Riaz Khokhar on Monday as a follow-up to the meeting between Vajpayee and Pakistani Prime Minister Mir Zafarullah Khan Jamali."),
        # The earlier Vajpayee-Jamali meeting -> held, date null (not given).
        M(["atal_bihari_vajpayee", "zafarullah_khan_jamali"], None, None, IP, H,
          "Shashank also met his Pakistani counterpart Riaz Khokhar on Monday as a follow-up to the meeting between Vajpayee and Pakistani Prime Minister Mir Zafarullah Khan Jamali."),
        # Face to face "last night" at Musharraf's banquet for the SAARC leaders -> held,
        # 2004-01-04, **required false** (a banquet for all SAARC leaders, multilateral;
        # the text singles out the encounter).
        M(["atal_bihari_vajpayee", "pervez_musharraf"], "2004-01-04", None, IP, H,
          "Both Vajpayee and Musharraf, who came face-to-face last night at the banquet hosted by the Pakistani president, looked relaxed and smiling in between their initial remarks.", False),
        # Not rows: "Now I am going to meet him (Musharraf)." (the same meeting, announced);
        # the "failed Agra summit" (no parties named in the sentence). Removed: the
        # navigation line "Home > News > PTI" (with the agency tag), the "| Also Read | | |"
        # / "|" link-box lines, and at the end the cut-off sentence "At the ceremony Vajpayee
        # said India and Pakistan shoul".
    ],
    roles=[("Pakistan President", "pervez_musharraf"),
           ("the Pakistani president", "pervez_musharraf"),
           ("External Affairs Minister", "yashwant_sinha"),
           ("National Security Adviser", "brajesh_mishra"),
           ("Foreign Secretary", "shashank"),
           ("Indian High Commissioner", "shivshankar_menon"),
           ("his Pakistani counterpart", "riaz_khokhar"),
           ("Pakistani Prime Minister", "zafarullah_khan_jamali")],
)

A["test_18303_macmillan_nkrumah_accra"] = dict(
    actors={
        "harold_macmillan": ["Harold Macmillan", "Macmillan"],
        "kwame_nkrumah": ["Kwame Nkrumah", "Nkrumah"],
        "dorothy_macmillan": ["Lady Dorothy"],
        # "the British Governor General" (of Ghana) is never named: no key.
    },
    meetings=[
        # All held, dates null ("in 5 1/2 days"; no day given for any single event).
        # The formal talks -> Accra (the city of the visit named in the text).
        M(["harold_macmillan", "kwame_nkrumah"], None, "Accra", IP, H,
          "But the formal business between the Premiers of Britain and Ghana could be dispatched with brevity; in 5 1/2 days Macmillan and Nkrumah spent only two hours in serious formal discussion, and conversation languished, not out of any antipathy but because neither could think of much that needed saying."),
        # Nkrumah's lunch for his guest "at a picturesque spot, high on a river bluff" ->
        # place `Ghana` (no city given for the spot).
        M(["kwame_nkrumah", "harold_macmillan"], None, "Ghana", IP, H,
          "Although there were few banners up for the occasion and Nkrumah's own party paper launched a bitter attack against \"British imperialism\" on the eve of Macmillan's arrival, Nkrumah himself was cordial enough to his guest, treating him to lunch at a picturesque spot, high on a river bluff, carefully cleared of snakes and insects in advance."),
        # "The two" at a statehouse banquet and later at a stag dinner of the (unnamed)
        # Governor General: two separate occasions in one sentence -> two rows; the
        # banquet required, the stag dinner (a third party's social dinner) **required
        # false**. Place Accra (the statehouse; inferred from the visit's city).
        M(["harold_macmillan", "kwame_nkrumah"], None, "Accra", IP, H,
          "The two also got on famously at a statehouse banquet with fine wines and pheasant flown in from Britain, and later at a stag dinner given by the British Governor General."),
        M(["harold_macmillan", "kwame_nkrumah"], None, "Accra", IP, H,
          "The two also got on famously at a statehouse banquet with fine wines and pheasant flown in from Britain, and later at a stag dinner given by the British Governor General.", False),
        # Not rows: Macmillan's arrival statement at the airport (no meeting stated); his
        # strolls with Lady Dorothy (spouses); Nkrumah's rally (the Macmillans stayed home).
        # Removed: at the end the cut-off sentence "“I wish to sound a note of warning,”
        # shouted Nkrumah, ... \"that the enemies of African f".
    ],
    roles=[("Prime Minister", "kwame_nkrumah"),
           ("his host", "kwame_nkrumah"),
           ("his guest", "harold_macmillan"),
           ("the Prime Minister", "harold_macmillan")],
)

A["dev_18304_fraser_muldoon_departure"] = dict(
    actors={
        # The interviewed "Prime Minister" (Malcolm Fraser) is never named in the text: no
        # key, and his meetings are one-party rows (the guide's rule for a counterpart given
        # by role only; here the speaker "I"/"myself").
        "robert_muldoon": ["Mr. Muldoon"],
        "brian_talboys": ["Mr. Talboys"],
        # "the NAFTA Agreement" (the New Zealand-Australia Free Trade Agreement) is a
        # treaty, not an actor: no key.
    },
    meetings=[
        # The coming review with Muldoon; "There will be no hard decisions taken tomorrow"
        # dates the talks to the day after the interview (THURSDAY 20 MARCH 1980) ->
        # planned, 1980-03-21 (a reviewer could set null), place `New Zealand` (the
        # destination named in the header; no city).
        M(["robert_muldoon"], "1980-03-21", "New Zealand", IP, P,
          "Now Mr. Muldoon and myself will be reviewing the work that has been undertaken up to this point."),
        # Talboys's visit to Nareen ("came down to Nareen quite some time ago") -> one-party
        # row, held, date null, place Nareen, **required false** (whom he saw there is not
        # stated; the speaker's property is implied only).
        M(["brian_talboys"], None, "Nareen", IP, H,
          "All-of this really began when Mr. Talboys came down to Nareen quite some time ago.", False),
        # Not rows: "ministers have met, officials have met" (no specific meeting); "when we
        # meet we will talk about a great range of issues" (the same planned meeting).
        # Removed: at the end the cut-off question "Question Prime Minis". OCR kept
        # ("NEW ZEA-AND", "New. Zealand", "retlationship", "All-of").
    ],
    roles=[],
)

A["dev_18305_sadat_begin_ismailia"] = dict(
    actors={
        "anwar_sadat": ["Anwar Sadat", "Sadat"],
        "menachem_begin": ["Menachem Begin", "Begin"],
        "muhammad_ibrahim_kamel": ["Mohamed Ibrahim Kamel"],
        # TIME's correspondent, named in the text (not a byline).
        "david_halevy": ["David Halevy"],
        # Moses is a biblical figure quoted in a joke: no key.
    },
    meetings=[
        # The Ismailia summit "last week" -> held, date null (a week, no day), Ismailia.
        M(["anwar_sadat", "menachem_begin"], None, "Ismailia", IP, H,
          "It scarcely seemed like a meeting of two countries still technically at war when Egypt's Anwar Sadat welcomed Israel's Menachem Begin to Ismailia last week."),
        # The private chat in "a tiny room" -> held, **required false** (a tete-a-tete
        # within the same summit; a reviewer could require it).
        M(["anwar_sadat", "menachem_begin"], None, "Ismailia", IP, H,
          "Then Sadat led his guest to a tiny room for a private chat, and the hearty laughter of the Egyptian leader rang through the heavy doors.", False),
        # Not rows: Begin witnessing Kamel's oath (co-presence at a ceremony); Halevy's talks
        # with "some of those present" (a journalist's reporting). Removed: at the end the
        # cut-off "Egy".
    ],
    roles=[("the Israeli Premier", "menachem_begin"),
           ("his guest", "menachem_begin"),
           ("the Egyptian leader", "anwar_sadat"),
           ("the Egyptian President", "anwar_sadat"),
           ("his host", "anwar_sadat"),
           ("Egypt's new Foreign Minister", "muhammad_ibrahim_kamel"),
           ("TIME Correspondent", "david_halevy")],
)

A["dev_18306_suharto_gorton_djakarta"] = dict(
    actors={
        # Reused key `soeharto` (the corpus key for the Indonesian president).
        "soeharto": ["President Suharto"],
        "john_gorton": ["Mr John Gorton", "Prime Minister Gorton", "Gorton"],
        # New key; "Madame Gorton" / "Mrs. Gorton" (Bettina Gorton, not named by first
        # name). The alias "Gorton" of John Gorton also matches inside hers.
        "bettina_gorton": ["Madame Gorton", "Mrs. Gorton"],
    },
    meetings=[
        # The dinner given by Gorton at which Suharto spoke -> held, 1968-06-14 (the
        # document's date), Djakarta (the title's city, spelled as in the text).
        M(["john_gorton", "soeharto"], "1968-06-14", "Djakarta", IP, H,
          "Djakarta: speech by President Suharto at dinner given by the Prime Minister, Mr John Gorton"),
        # Not rows: Gorton's coming visits to "some areas of Indonesia" (no counterpart);
        # Madame Gorton at the same dinner (spouse; the speech addresses her but reports no
        # meeting of her own); "an exchange of visits among officials and leaders of our
        # two nations" (no specific meeting). Removed: the ParlInfo note line ("Note: Where
        # available, ...") and "Download PDFDownload PDF"; runs of blank lines reduced to
        # one (whitespace only); the scan artefact "WM ," kept; at the end the cut-off
        # sentence "But much more important than material help".
    ],
    roles=[("the Prime Minister", "john_gorton")],
)

A["test_18307_trump_trudeau_call"] = dict(
    actors={
        "donald_trump": ["Donald Trump", "Trump"],
        "justin_trudeau": ["Justin Trudeau", "Trudeau"],
        "white_house": ["White House"],
        "g7": ["G7"],
        "washington_post": ["Washington Post"],
    },
    meetings=[
        # Trudeau's call to Trump on the day of the lumber tariffs, "April 25, 2017" ->
        # held, phone, 2017-04-25 (the text links the call to that day; a reviewer could set
        # null), place null (a call).
        M(["justin_trudeau", "donald_trump"], "2017-04-25", None, PH, H,
          "When Trump imposed tariffs on Canadian lumber on April 25, 2017, Trudeau called him to speak of the decision."),
        # The photo caption: Trump meets Trudeau at the G7 welcome ceremony in Charlevoix ->
        # held, date null, Charlevoix, **required false** (a ceremonial greeting at the
        # summit, the G7 itself being multilateral).
        M(["donald_trump", "justin_trudeau"], None, "Charlevoix", IP, H,
          "Donald Trump meets Justin Trudeau at the Welcome Ceremony at the G7 summit in Charlevoix.", False),
        # Not rows: Trump giving his cell phone number to leaders (no call); the readouts
        # (press releases of the same call). Removed: the tool's " date 2018-07-07" prefix
        # and the section label "Politics".
    ],
    roles=[("U.S. President", "donald_trump"),
           ("Prime Minister", "justin_trudeau"),
           ("his American counterpart", "donald_trump")],
)

A["dev_18308_mollet_eden_suez"] = dict(
    actors={
        "guy_mollet": ["Guy Mollet", "Mollet"],
        "anthony_eden": ["Anthony Eden", "Eden"],
        "douglas_dillon": ["Douglas Dillon"],
        "dwight_eisenhower": ["President Eisenhower"],
        "jacques_soustelle": ["Jacques Soustelle"],
        "gamal_abdel_nasser": ["Nasser"],
        "french_national_assembly": ["French Assembly", "Assembly"],
        # "Labor opposition" = the British Labour Party (reused key).
        "labour_party": ["Labor"],
        # "the Archbishop of Canterbury" and "the Queen of England" are unnamed; the
        # Communists and Poujadists are party adherents: no keys.
    },
    meetings=[
        # Eden's telephone call to Mollet asking for a joint cease-fire -> held, phone, date
        # null (only "during the week"), place null (a call, from London).
        M(["anthony_eden", "guy_mollet"], None, None, PH, H,
          "And they came from Anthony Eden, who by telephone from London asked Mollet for a joint cease-fire--and by midnight."),
        # Not rows: Dillon "calling three times during the week" on the Premier (a count of
        # calls without a specific one, and "calling" may be visits or calls; a reviewer
        # could add one Dillon-Mollet row); Mollet with "his ministers" (unnamed); the
        # Assembly session (a plenary). Removed: at the end the cut-off sentence "Without
        # stopping to answer he rushed on to the new questions that Anglo-French aggression
        # had created: \"The repercussions of the measures we took hav".
    ],
    roles=[("France's Socialist Premier", "guy_mollet"),
           ("the Premier", "guy_mollet"),
           ("U.S. Ambassador", "douglas_dillon"),
           ("Gaullist ex-governor of Algeria", "jacques_soustelle")],
)

A["dev_18309_abe_wen_beijing"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "wen_jiabao": ["Wen Jiabao", "Wen"],
        "hu_jintao": ["Hu Jintao"],
        "wu_bangguo": ["Wu Bangguo"],
        "roh_moo_hyun": ["Roh Moo-hyun"],
        "liu_jianchao": ["Liu Jianchao"],
        "junichiro_koizumi": ["Junichiro Koizumi"],
        "xu_dunxin": ["Xu Dunxin"],
        "chinese_foreign_ministry": ["Foreign Ministry"],
        "house_of_representatives_japan": ["House of Representatives"],
        "japanese_embassy": ["Japanese embassy"],
        # The Yasukuni Shrine is a place: no key.
    },
    meetings=[
        # The first talks "soon after the arrival" on Sunday -> held, 2006-10-08, Beijing
        # (the headline's city).
        M(["wen_jiabao", "shinzo_abe"], "2006-10-08", "Beijing", IP, H,
          "Soon after the arrival, Premier Wen Jiabao and Abe held their first talks following a welcoming ceremony in Abe's honor."),
        # "Later Sunday, Abe will also meet President Hu Jintao and top legislator Wu
        # Bangguo, respectively" -> two planned rows, 2006-10-08, Beijing; the talks with Roh
        # after "flying to Seoul early Monday" -> planned, 2006-10-09, Seoul.
        M(["shinzo_abe", "hu_jintao"], "2006-10-08", "Beijing", IP, P,
          "Later Sunday, Abe will also meet President Hu Jintao and top legislator Wu Bangguo, respectively, before flying to Seoul early Monday for talks with President Roh Moo-hyun of the Republic of Korea (ROK)."),
        M(["shinzo_abe", "wu_bangguo"], "2006-10-08", "Beijing", IP, P,
          "Later Sunday, Abe will also meet President Hu Jintao and top legislator Wu Bangguo, respectively, before flying to Seoul early Monday for talks with President Roh Moo-hyun of the Republic of Korea (ROK)."),
        M(["shinzo_abe", "roh_moo_hyun"], "2006-10-09", "Seoul", IP, P,
          "Later Sunday, Abe will also meet President Hu Jintao and top legislator Wu Bangguo, respectively, before flying to Seoul early Monday for talks with President Roh Moo-hyun of the Republic of Korea (ROK)."),
        # Not rows: Wen's invitation (the visit under way is the meeting above); Abe's
        # remarks to the House of Representatives Budget Committee (a parliamentary
        # session); Koizumi's shrine visits; the six-party talks (multilateral). Removed: at
        # the end the cut-off sentence "\"Abe's visit can not resolve all the problems in
        # bilateral ties as the problems are co".
    ],
    roles=[("Japanese Prime Minister", "shinzo_abe"),
           ("Premier", "wen_jiabao"),
           ("top legislator", "wu_bangguo"),
           ("Foreign Ministry spokesman", "liu_jianchao"),
           ("former Japanese Prime Minister", "junichiro_koizumi"),
           ("Chinese Ambassador to Japan", "xu_dunxin")],
)

A["dev_18310_sargsyan_lavrov_yerevan"] = dict(
    actors={
        "serzh_sargsyan": ["Serzh Sargsyan", "Sargsyan"],
        "sergey_lavrov": ["Sergey Lavrov", "Lavrov"],
        "dmitry_medvedev": ["Dmitriy Medvedev"],
        # "Public Television of Armenia" is the source line (a credit): no key. "the
        # Armenian foreign minister" (Eduard Nalbandian) is never named: no key.
    },
    meetings=[
        # Sargsyan received Lavrov "today" -> held, 2010-01-14, Yerevan ("We are happy to
        # welcome you in Yerevan").
        M(["serzh_sargsyan", "sergey_lavrov"], "2010-01-14", "Yerevan", IP, H,
          "[Presenter] Armenian President Serzh Sargsyan received Russian Foreign Minister Sergey Lavrov today."),
        # Lavrov's meeting with the unnamed Armenian foreign minister -> one-party row, held,
        # date null (not given), Yerevan (inferred from the visit).
        M(["sergey_lavrov"], None, "Yerevan", IP, H,
          "At the meeting with the Armenian foreign minister we discussed in detail the course of implementation of agreements achieved between the Russian and the Armenian presidents."),
        # Not rows: Medvedev's regards passed on by Lavrov (a message); the "agreements
        # achieved between the Russian and the Armenian presidents" (no specific meeting).
        # The headline is printed twice on the page (kept). Removed: at the end the cut-off
        # sentence "They attached importance to further development of bilateral contractual
        # and legal basis of relations and noted that new agreements would". The sentence
        # cut inside the page ("... humanitarian ties had") is the page's own and kept.
    ],
    roles=[("Armenian President", "serzh_sargsyan"),
           ("Russian Foreign Minister", "sergey_lavrov"),
           ("the high-ranking official", "sergey_lavrov"),
           ("Mr President", "serzh_sargsyan"),
           ("President of the Russian Federation", "dmitry_medvedev"),
           ("the Russian foreign minister", "sergey_lavrov")],
)

A["test_18311_yeltsin_kravchuk_dagomys"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "leonid_kravchuk": ["Leonid Kravchuk"],
        "cis": ["Commonwealth of Independent States"],
    },
    meetings=[
        # The first bilateral summit "Tuesday" -> held, 1992-06-23; "the presidents of
        # Ukraine and Russia" = Kravchuk and Yeltsin (both named below). Place Dagomys:
        # "here" in the lead, "this Dagomys agreement" in Kravchuk's quote (the dateline is
        # not in the excerpt).
        M(["leonid_kravchuk", "boris_yeltsin"], "1992-06-23", "Dagomys", IP, H,
          "WITH regional conflicts raging on their borders, the presidents of Ukraine and Russia took an initial step Tuesday toward narrowing the rift between them during their first-ever bilateral summit here on the scenic eastern shore of the Black Sea."),
        # Not rows: the "mechanism for regular summit meetings" (no specific meeting); the
        # concluding press conference (media). The deck's label "POST SOVIET-UNION" and the
        # run-in subhead "Bilateral focus" are kept. Removed: at the end the cut-off sentence
        # "\"We are well aware that the future of the [Commonwealth of Independent States]
        # depends on".
    ],
    roles=[("Russian President", "boris_yeltsin"),
           ("Ukrainian President", "leonid_kravchuk"),
           ("The Ukrainian leader", "leonid_kravchuk")],
)

A["dev_18312_fernandez_bolsonaro_video"] = dict(
    actors={
        "alberto_fernandez": ["Alberto Fernández", "Fernández"],
        "jair_bolsonaro": ["Jair Bolsonaro", "Bolsonaro"],
        "jose_sarney": ["José Sarney", "Sarney"],
        "raul_alfonsin": ["Raúl Alfonsín", "Alfonsín"],
        "argentine_foreign_ministry": ["Foreign Ministry in Buenos Aires", "Foreign Ministry"],
        "mercosur": ["Mercosur"],
    },
    meetings=[
        # The videoconference call "on Monday" -> held, video, 2020-11-30; "the two leaders"
        # = Fernández and Bolsonaro (named in the preceding sentence).
        M(["alberto_fernandez", "jair_bolsonaro"], "2020-11-30", None, VID, H,
          "The two leaders of the regional heavyweights shared a videoconference call on Monday, in what equates to the first personal contact since the Peronist leader’s inauguration in December 2019."),
        # Sarney took part in the same call -> one row per further pair, video, 2020-11-30.
        M(["jose_sarney", "alberto_fernandez"], "2020-11-30", None, VID, H,
          "Sarney participated in Monday’s call, said the Ministry, with the ex-brazilian leader recalling that moment as he praised Alfonsín."),
        M(["jose_sarney", "jair_bolsonaro"], "2020-11-30", None, VID, H,
          "Sarney participated in Monday’s call, said the Ministry, with the ex-brazilian leader recalling that moment as he praised Alfonsín."),
        # The "famous meeting" of Alfonsín and Sarney in Foz de Iguazú "35 years ago" ->
        # held, date null (the day follows only by inference from the anniversary), place
        # Foz de Iguazú.
        M(["raul_alfonsin", "jose_sarney"], None, "Foz de Iguazú", IP, H,
          "The conversation was timed to coincide with Argentinebrazilian Friendship Day (Día de la Amistad Argentino-brasileña), which falls on the anniversary of the famous meeting between former presidents Raúl Alfonsín and José Sarney in Foz de Iguazú, 35 years ago."),
        # Not rows: "dialogue mostly handed by lower-level officials" (no specific meeting);
        # the press release. Removed: the page's section label "Perfil (Sabado)", a "-"
        # separator line and at the end the cut-off sentence "During the call, Fernández said
        # it wa". The garbled "Alm os ta ye araf te r" is the page's own and kept.
    ],
    roles=[("the president", "alberto_fernandez"),
           ("his Brazilian counterpart", "jair_bolsonaro"),
           ("Brazil leader", "jair_bolsonaro"),
           ("the Peronist leader", "alberto_fernandez"),
           ("the ex-brazilian leader", "jose_sarney"),
           ("the Argentine leader", "alberto_fernandez")],
)
