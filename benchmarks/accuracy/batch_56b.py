"""Accuracy corpus, batch 56b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years as batch 56a), from the 1970s to the 2020s
(1970s: one, 1980s: one, 1990s: three, 2000s: one, 2010s: three, 2020s: three; five of the
twelve from before 2000 (1978, 1984, 1990, 1996, 1996), as the brief asked for at least five,
one of them from the 1970s), over the eleven regions (Western Europe: two; Central
Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North
America, South Asia, East Asia, Oceania: one each).
Outlets/sites: the Ronald Reagan Presidential Library's speech archive (reagan.utexas.edu; a
White House press statement), Agenda.ge (agenda.ge), Daily Mirror (Sri Lanka; its
mirrorcitizen.dailymirror.lk site), The Press (Christchurch) via Papers Past (NZPA-Reuter), The
Zimbabwe Mail (thezimbabwemail.com), The Dong-A Ilbo English edition (donga.com), the Office of
the Prime Minister of Papua New Guinea (pmnec.gov.pg; a media release), the Press and Quick
Reaction Unit of the Office of the Council of Ministers of Cambodia (pressocm.gov.kh; AKP copy),
the Jewish Telegraphic Agency (jta.org), Edinburgh Evening News (edinburghnews.scotsman.com; a
column), the John Major Archive (johnmajorarchive.org.uk; a transcript) and Maclean's
(archive.macleans.ca).
reagan.utexas.edu, mirrorcitizen.dailymirror.lk, pmnec.gov.pg, pressocm.gov.kh and
edinburghnews.scotsman.com are new to the corpus as sites (as far as
`sources.csv` and the batch files show); the other sites were used before, the pages are new,
and so are the meetings they report (see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_56b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-55b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_111NN_<slug>` / `test_111NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR errors included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "July 23, 1984" (a Monday, checked): "today" and "this morning" =
    # 1984-07-23; the meeting on the Hill follows it the same day; the New York meetings ("He's
    # there for meetings") -> no date.
    ("dev_11101_duarte_reagan_wright_washington", "Latin America", "1980s", "Ronald Reagan Presidential Library speech archive (reagan.utexas.edu; White House press statement)", "http://www.reagan.utexas.edu/archives/speeches/1984/72384a.htm", "1984-07-23"),
    # The caption's date line "3 Mar 2020 - 13:08, Tbilisi,Georgia" (a Tuesday, checked): the
    # visit "on March 3-4", "your visit today" -> the meeting 2020-03-03 (see the notes).
    ("dev_11102_gakharia_pashinyan_tbilisi", "Central Asia/Caucasus", "2020s", "Agenda.ge (agenda.ge)", "https://agenda.ge/en/news/2020/650", "2020-03-03"),
    # The date line "Published : 9:15 am  September 13, 2018" (a Thursday, checked): "today" =
    # 2018-09-13; the meeting with Modi is not given a day ("sources said yesterday" dates the
    # report, not the meeting) -> no date.
    ("test_11103_mahinda_rajapaksa_modi_delhi", "South Asia", "2010s", "Daily Mirror (Sri Lanka; mirrorcitizen.dailymirror.lk)", "http://mirrorcitizen.dailymirror.lk/2018/09/13/mr-calls-on-modi/", "2018-09-13"),
    # No date line in the kept text; the bibliographic lines of the page ("Press, 15 June 1978,
    # Page 9", removed at the end) and the URL (CHP19780615) give The Press, 1978-06-15 (a
    # Thursday, checked): "on Tuesday" = 1978-06-13 (checked); the talks "are due" -> no date.
    ("dev_11104_ceausescu_state_visit_london", "Eastern Europe/Russia", "1970s", "The Press (Christchurch), via Papers Past (paperspast.natlib.govt.nz; NZPA-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19780615.2.70.11", "1978-06-15"),
    # No date line in the kept text; the search tool's date field 2018-01-19 (removed with its
    # prefix; a Friday, checked): the day of the talks is not stated ("has met") -> no date.
    ("dev_11105_mnangagwa_lungu_lusaka", "Africa", "2010s", "The Zimbabwe Mail (thezimbabwemail.com)", "http://www.thezimbabwemail.com/world-news/lungu-holds-talks-mnangagwa-state-house/", "2018-01-19"),
    # The date line "Posted September. 07, 2000 22:07" (a Thursday, checked; the URL's 20000907
    # agrees): "on September 7" = 2000-09-07 (the year of publication); Zhu's visit "in
    # October" -> no date (month only).
    ("dev_11106_kim_dae_jung_jiang_new_york", "East Asia", "2000s", "The Dong-A Ilbo, English edition (donga.com)", "https://www.donga.com/en/article/all/20000907/193036/1", "2000-09-07"),
    # No date line and no date in the URL; the text's own "this morning (Wednesday, 28 August
    # 2024)" (a Wednesday, checked) gives the day of the release and of the talks.
    ("test_11107_marape_manele_tonga", "Oceania", "2020s", "Office of the Prime Minister of Papua New Guinea (pmnec.gov.pg; media release)", "https://pmnec.gov.pg/pm-marape-highlights-brotherly-relations-of-png-and-solomon-islands", "2024-08-28"),
    # The dateline "AKP Phnom Penh, December 06, 2018" (a Thursday, checked): "yesterday
    # afternoon" = 2018-12-05; "On the same day" = 2018-12-05; the official talks are not given
    # a day (the visit ran "from Dec. 5 to 6") -> no date.
    ("dev_11108_hun_sen_bounnhang_vientiane", "Southeast Asia", "2010s", "Press and Quick Reaction Unit, Office of the Council of Ministers of Cambodia (pressocm.gov.kh; AKP copy)", "https://pressocm.gov.kh/en/archives/40146", "2018-12-06"),
    # The date line "October 4, 1990" (a Thursday, checked; the URL's 1990/10/04 agrees):
    # "Monday" = 1990-10-01, "On Tuesday" = 1990-10-02 (checked).
    ("dev_11109_levy_tesfaye_qian_meetings", "Middle East", "1990s", "Jewish Telegraphic Agency (jta.org)", "https://www.jta.org/1990/10/04/archive/levy-ends-u-n-diplomatic-mission-with-flurry-of-high-level-meetings", "1990-10-04"),
    # No date line in the kept text; the search tool's date field 2022-03-15 (removed with its
    # prefix; a Tuesday, checked): "Last week" -> no date.
    ("dev_11110_robertson_coveney_dublin", "Western Europe", "2020s", "Edinburgh Evening News (edinburghnews.scotsman.com; a column by Angus Robertson)", "https://www.edinburghnews.scotsman.com/news/opinion/columnists/ireland-and-scotland-have-ambitious-plans-to-co-operate-more-angus-robertson-3610721", "2022-03-15"),
    # The title and the line "in London on Wednesday 27th November 1996" (a Wednesday, checked;
    # the URL's 1996/11/27 agrees): "today" = 1996-11-27.
    ("test_11111_major_aznar_downing_street", "Western Europe", "1990s", "The John Major Archive (johnmajorarchive.org.uk; transcript of a joint doorstep interview)", "https://johnmajorarchive.org.uk/1996/11/27/mr-majors-joint-doorstep-interview-with-the-spanish-prime-minister-27-november-1996", "1996-11-27"),
    # The issue date "June 17 1996" (a Monday, checked; the URL's 1996/6/17 agrees): the
    # meetings of "last week" ("He ended the week with ...") are not given a day -> no dates.
    ("dev_11112_bouchard_chretien_quebec_city", "North America", "1990s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1996/6/17/a-new-tune-in-quebec-city", "1996-06-17"),
]

A = {}

A["dev_11101_duarte_reagan_wright_washington"] = dict(
    actors={
        "jose_napoleon_duarte": ["Jose Napoleon Duarte", "President Duarte", "Duarte"],
        "ronald_reagan": ["President Reagan"],
        "george_shultz": ["Secretary Shultz"],
        "thomas_pickering": ["Thomas Pickering"],
        "jim_wright": ["James Wright"],
        "us_state_department": ["State Department"],
        "united_nations": ["U.N."],
        # New keys: the two congressmen, the committee and its subcommittee, the society.
        "jamie_whitten": ["Jamie Whitten"],
        "clarence_long": ["Clarence Long"],
        "house_appropriations_committee": ["Appropriations Committee"],
        "house_appropriations_subcommittee_on_foreign_operations": ["Foreign Operations Subcommittee"],
        "americas_society": ["Americas Society"],
    },
    meetings=[
        # "El Salvador's President Jose Napoleon Duarte met with President Reagan this morning"
        # ("During his brief visit to Washington today") -> held, 1984-07-23, Washington.
        M(["jose_napoleon_duarte", "ronald_reagan"], "1984-07-23", "Washington", IP, H,
          "During his brief visit to Washington today, El Salvador's President Jose Napoleon Duarte met with President Reagan this morning at 11 a.m. for half an hour, with the Vice President present."),
        # "From the State Department, the meeting included Secretary Shultz and U.S. Ambassador to
        # El Salvador Thomas Pickering" -> the two are present at the Reagan meeting on the US
        # side; optional pair rows with Duarte (as the delegation members of dev_017); see the
        # notes. The Shultz-Pickering pair and the pairs with Reagan (one side) are not rows.
        M(["jose_napoleon_duarte", "george_shultz"], "1984-07-23", "Washington", IP, H,
          "From the State Department, the meeting included Secretary Shultz and U.S. Ambassador to El Salvador Thomas Pickering.",
          False),
        M(["jose_napoleon_duarte", "thomas_pickering"], "1984-07-23", "Washington", IP, H,
          "From the State Department, the meeting included Secretary Shultz and U.S. Ambassador to El Salvador Thomas Pickering.",
          False),
        # "President Duarte went to the Hill to meet with House Majority Leader James Wright" ->
        # held, 1984-07-23 (after the Reagan meeting), Washington (the visit to Washington; "the
        # Hill" is not a city).
        M(["jose_napoleon_duarte", "jim_wright"], "1984-07-23", "Washington", IP, H,
          "Following his meeting with President Reagan, President Duarte went to the Hill to meet with House Majority Leader James Wright."),
        # "We believe he was also seeing Jamie Whitten ... and Clarence Long" -> held (as the
        # statement believes), 1984-07-23, Washington; required False (hedged: "We believe",
        # "possibly others"; see the notes). Two separate rows (one sentence, two persons seen).
        M(["jose_napoleon_duarte", "jamie_whitten"], "1984-07-23", "Washington", IP, H,
          "We believe he was also seeing Jamie Whitten, chairman of the Appropriations Committee, and Clarence Long, chairman of the Foreign Operations Subcommittee of the Appropriations Committee, and possibly others.",
          False),
        M(["jose_napoleon_duarte", "clarence_long"], "1984-07-23", "Washington", IP, H,
          "We believe he was also seeing Jamie Whitten, chairman of the Appropriations Committee, and Clarence Long, chairman of the Foreign Operations Subcommittee of the Appropriations Committee, and possibly others.",
          False),
        # "President Duarte was to return to New York City. He's there for meetings with U.N.
        # officials, the Americas Society, and others." -> planned, date null (the day is not
        # stated), New York; required False (an organisation as the counterpart; the U.N.
        # officials are unnamed).
        M(["jose_napoleon_duarte", "americas_society"], None, "New York", IP, P,
          "He's there for meetings with U.N. officials, the Americas Society, and others.",
          False),
        # Not rows: "with the Vice President present" (unnamed, present only); "U.N. officials"
        # and "others" (unnamed); "President Duarte gave a full readout of the meeting" (the
        # same meeting, a statement); "his very successful trip to Europe" (no counterpart
        # named). Kept as they stand: the single line breaks of the archive's text (inside
        # sentences, e.g. "El\nSalvador"), "Central American Democracy" and "Central America
        # Democracy" (both spellings). Removed: at the end, the cut-off last sentence ("The
        # administration in February requested a supplemental appropriation of $659 million to
        # begin meeting the most urgent needs identifi"). Nothing removed at the start (the
        # excerpt begins with the date line; the page has no title line in the excerpt).
    ],
    roles=[("El Salvador's President", "jose_napoleon_duarte"), ("House Majority Leader", "jim_wright"),
           ("chairman of the Appropriations Committee", "jamie_whitten"),
           ("chairman of the Foreign Operations Subcommittee of the Appropriations Committee", "clarence_long"),
           ("U.S. Ambassador to El Salvador", "thomas_pickering")],
)

A["dev_11102_gakharia_pashinyan_tbilisi"] = dict(
    actors={
        "giorgi_gakharia": ["Georgian Prime Minister Giorgi Gakharia", "Giorgi Gakharia", "Gakharia"],
        "nikol_pashinyan": ["Armenian Prime Minister Nikol Pashinyan", "Nikol Pashinyan",
                            "Armenian Prime Minister Pashinyan", "Pashinyan"],
    },
    meetings=[
        # "Georgian Prime Minister Giorgi Gakharia has hosted Armenian Prime Minister Nikol
        # Pashinyan, who is visiting Georgia on March 3-4" ("the two prime ministers held a
        # face-to-face meeting", the headline's "Armenian PM at meeting with Georgian PM in
        # Tbilisi", "your visit today": the same) -> held, 2020-03-03 (see the notes), Tbilisi.
        M(["giorgi_gakharia", "nikol_pashinyan"], "2020-03-03", "Tbilisi", IP, H,
          "Georgian Prime Minister Giorgi Gakharia has hosted Armenian Prime Minister Nikol Pashinyan, who is visiting Georgia on March 3-4."),
        # Not rows: "My visit to Yerevan was very productive" (Gakharia's earlier visit; no
        # counterpart named, as 55b's Swaraj visit); "Gakharia thanked Pashinyan for accepting
        # his invitation" (the same visit); the welcoming ceremony (the same visit). "Photo:
        # Gov't of Georgia." is the photo credit (not annotated). Kept as they stand: the caption
        # line with its bullet and date line ("Tbilisi,Georgia"), the repeated caption lines,
        # the unopened quotations (closing marks only: "... our nations”, Gakharia said.") and
        # the trailing spaces after some paragraphs. Removed: at the end, the cut-off last
        # sentence ("This, along wit"). Nothing removed at the start.
    ],
    roles=[("Georgian PM", "giorgi_gakharia"), ("Armenian PM", "nikol_pashinyan"),
           ("Georgian Prime Minister", "giorgi_gakharia"), ("Armenian Prime Minister", "nikol_pashinyan")],
)

A["test_11103_mahinda_rajapaksa_modi_delhi"] = dict(
    actors={
        "mahinda_rajapaksa": ["Former President Mahinda Rajapaksa", "Mahinda Rajapaksa", "MR"],
        "narendra_modi": ["Indian Prime Minister Narendra Modi", "Narendra Modi", "Modi"],
        "rahul_gandhi": ["Rahul Gandhi"],
        "g_l_peiris": ["Prof. G.L. Peiris", "G.L. Peiris"],
        "indian_national_congress": ["Indian Congress Party"],
        # New keys.
        "lohan_ratwatte": ["Lohan Ratwatte"],
        "ajith_nivard_cabraal": ["Ajith Nivard Cabraal"],
        "government_of_india": ["Indian Government"],
        "central_bank_of_sri_lanka": ["Central Bank"],
    },
    meetings=[
        # "Mahinda Rajapaksa ... held a one-to-one meeting with Indian Prime Minister Narendra
        # Modi" ("the meeting took place for 40 minutes at the Prime Minister’s residence in New
        # Delhi", the headline's "MR calls on Modi": the same) -> held, date null ("sources said
        # yesterday" dates the report, not the meeting), New Delhi.
        M(["mahinda_rajapaksa", "narendra_modi"], None, "New Delhi", IP, H,
          "Former President Mahinda Rajapaksa, who is on a visit to India, held a one-to-one meeting with Indian Prime Minister Narendra Modi and discussed the need for a renewal of friendship, sources said yesterday."),
        # "The former President is expected to meet with Indian Congress Party Leader Rahul
        # Gandhi today" -> planned, 2018-09-13, India (the country of the visit; no city given
        # for this meeting; see the notes).
        M(["mahinda_rajapaksa", "rahul_gandhi"], "2018-09-13", "India", IP, P,
          "The former President is expected to meet with Indian Congress Party Leader Rahul Gandhi today."),
        # Not rows: "the former President met with some key officials of the Indian Government"
        # (unnamed officials); Peiris, Ratwatte and Cabraal "accompanied" him (not participants).
        # The byline "By Kelum Bandara" is kept and not annotated. Kept as they stand: the
        # site's date line "Published : 9:15 am  September 13, 2018 | No comments so far |  | "
        # and the widget line " reads | " (both before the byline) and the double space in the
        # date line. Nothing removed (the excerpt is whole).
    ],
    roles=[("Former President", "mahinda_rajapaksa"), ("Indian Prime Minister", "narendra_modi"),
           ("the Prime Minister", "narendra_modi"), ("the former President", "mahinda_rajapaksa"),
           ("The former President", "mahinda_rajapaksa"), ("former Minister", "g_l_peiris"),
           ("MP", "lohan_ratwatte"), ("former Central Bank Governor", "ajith_nivard_cabraal"),
           ("Indian Congress Party Leader", "rahul_gandhi")],
)

_CSC = ("The British Prime Minister (Mr James Callaghan) and the Foreign Secretary (Dr David Owen) are due to discuss East-West relations and Anglo-Rumanian economic co-operation with the Rumanian leader.")
A["dev_11104_ceausescu_state_visit_london"] = dict(
    actors={
        # With the OCR's forms ("Mr N ; colae Ceausescu", "Mr Sexusescu", "Mr Ceau. ecu").
        "nicolae_ceausescu": ["Mr N ; colae Ceausescu", "Mr Ceausescu", "Ceausescu", "Mr Sexusescu",
                              "Mr Ceau. ecu"],
        "james_callaghan": ["Mr James Callaghan", "James Callaghan"],
        # New keys.
        "david_owen": ["Dr David Owen", "David Owen"],
        "bernard_levin": ["Bernard Levin"],
        "the_times_london": ["The Times"],
        "british_aerospace_corporation": ["British Aerospace Corporation"],
    },
    meetings=[
        # "The Rumanian President (Mr N ; colae Ceausescu) on Tuesday began the first State visit
        # to Britain ... and rode in an open horse-drawn carriage with the Queen" -> held,
        # 1978-06-13, London (the dateline; "her official London residence"); "the Queen" is a
        # role phrase with no name in the text -> a one-party row (Ceausescu), as batch 17a's
        # Chirac row.
        M(["nicolae_ceausescu"], "1978-06-13", "London", IP, H,
          "NZPA-Reuter London The Rumanian President (Mr N ; colae Ceausescu) on Tuesday began the first State visit to Britain by a communist leader and rode in an open horse-drawn carriage with the Queen amid spectacular military pomp."),
        # "The Queen, speaking at a Buckingham Palace State banquet, praised the Rumanians ... the
        # resolute stand you have taken" (a banquet for her guest) -> held, date null (the day of
        # the banquet is not stated), London (Buckingham Palace -> London); one-party row;
        # required False (possibly the same day as the welcome above; see the notes).
        M(["nicolae_ceausescu"], None, "London", IP, H,
          "The Queen, speaking at a Buckingham Palace State banquet, praised the Rumanians for their \"heroic struggle” for independence and added: “Today we in Britain are impressed by the resolute stand you have taken to sustain that independence.”",
          False),
        # "The British Prime Minister (Mr James Callaghan) and the Foreign Secretary (Dr David
        # Owen) are due to discuss ... with the Rumanian leader" -> planned, date null, London
        # (the visit; no other place named); a meeting of three named people -> one row per
        # pair; Callaghan-Owen (one government) required False (as dev_017).
        M(["james_callaghan", "nicolae_ceausescu"], None, "London", IP, P, _CSC),
        M(["david_owen", "nicolae_ceausescu"], None, "London", IP, P, _CSC),
        M(["james_callaghan", "david_owen"], None, "London", IP, P, _CSC, False),
        # Not rows: Ceausescu "is expected to confirm Rumania’s readiness to conclude a ... deal"
        # (a statement to come; no counterpart); Bernard Levin "wrote in “The Times,”" (an
        # article); "Most British newspapers emphasised" (unnamed). "NZPA-Reuter" is the agency
        # credit (not annotated). Kept as they stand: the OCR text ("Mr N ; colae", "Mr
        # Sexusescu", "£2OOM (S36OM)", "8.A.C.-11l", "Mr Ceau. ecu’s", "independentminded") and
        # the mixed straight and curly quotation marks ("heroic struggle”). Removed: at the start,
        # the eight lines "Article image"; at the end, the page's trailer: "This article text was
        # automatically generated and may include errors. View the full page to see article in
        # its original form.", "Permanent link to this item", the URL, "Bibliographic details",
        # "Press, 15 June 1978, Page 9", "Word Count", "232" and "Rumanian head guest of Queen
        # Press, 15 June 1978, Page 9". The article is whole (no cut-off sentence).
    ],
    roles=[("The Rumanian President", "nicolae_ceausescu"), ("The British Prime Minister", "james_callaghan"),
           ("the Foreign Secretary", "david_owen"), ("the Rumanian leader", "nicolae_ceausescu")],
)

A["dev_11105_mnangagwa_lungu_lusaka"] = dict(
    actors={
        "edgar_lungu": ["President Edgar Lungu", "Edgar Lungu", "President Lungu", "Lungu"],
        "sadc": ["SADC"],
        # New keys.
        "emmerson_mnangagwa": ["President Emmerson Mnangagwa", "Emmerson Mnangagwa", "President Mnangagwa",
                               "Mr. Mnangagwa", "Mnangagwa"],
        "amos_chanda": ["Amos Chanda", "Mr. Chanda"],
    },
    meetings=[
        # "President Emmerson Mnangagwa has met President Edgar Lungu at State House in Lusaka"
        # ("held closed door official talks with President Lungu at State House", "During the
        # talks": the same) -> held, date null (the day is not stated), Lusaka.
        M(["emmerson_mnangagwa", "edgar_lungu"], None, "Lusaka", IP, H,
          "LUSAKA – President Emmerson Mnangagwa has met President Edgar Lungu at State House in Lusaka to discuss bilateral issues that concern the two neighboring countries."),
        # Not rows: Chanda "told journalists at State House" (a briefing); "the countries he has
        # visited" (no counterparts named); "the elections slated for this year" (no meeting).
        # Kept as they stand: "reinstated" (for "reiterated") and "that that country".
        # Removed: at the start, the search tool's date prefix (" date 2018-01-19 "); at the end,
        # the cut-off last sentence ("Mr. Chanda said the President encouraged Mr. Mnanga").
    ],
    roles=[("The visiting head of state", "emmerson_mnangagwa"),
           ("President Lungu’s Special Assistant for Press and Public Relations", "amos_chanda"),
           ("the visiting President", "emmerson_mnangagwa"), ("the Zambian head of state", "edgar_lungu"),
           ("his counterpart", "emmerson_mnangagwa"), ("his Excellency", "edgar_lungu")],
)

A["dev_11106_kim_dae_jung_jiang_new_york"] = dict(
    actors={
        "kim_dae_jung": ["President Kim Dae-Jung", "Kim Dae-Jung", "President Kim", "Kim"],
        "jiang_zemin": ["Jiang Zemin", "Jiang"],
        "zhu_rongji": ["Chinese Prime Minister Zhu Rongji", "Zhu Rongji"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "President Kim Dae-Jung and his Chinese counterpart, Jiang Zemin, held 30 minutes of
        # one-to-one talks on September 7 in New York" ("their third exclusive meeting", "the
        # gist of their conversation": the same) -> held, 2000-09-07, New York.
        M(["kim_dae_jung", "jiang_zemin"], "2000-09-07", "New York", IP, H,
          "President Kim Dae-Jung and his Chinese counterpart, Jiang Zemin, held 30 minutes of one-to-one talks on September 7 in New York and exchanged views on the situation on the Korean peninsula following the June 15 inter-Korean summit."),
        # "The scheduled visit to Seoul by Chinese Prime Minister Zhu Rongji in October" -> a
        # planned visit whose host is not named (Kim speaks of it) -> a one-party row (Zhu),
        # planned, date null (month only), Seoul; required False (as dev_10912's mediation
        # visit; see the notes).
        M(["zhu_rongji"], None, "Seoul", IP, P,
          "The scheduled visit to Seoul by Chinese Prime Minister Zhu Rongji in October is proof of the development of bilateral relations through visits and meetings between the leaders of the two countries.",
          False),
        # Not rows: "the June 15 inter-Korean summit" / "the inter-Koran summit in Pyongyang" (its
        # participants are not named); "their third exclusive meeting since Kim took office" and
        # "We met on many times before" (counts); "it is not easy to meet each other at the
        # United Nations" (a remark). Kept as they stand: "Posted September. 07, 2000 22:07," with
        # its trailing spaces, "inter-Koran", "Where is a will" and the backticks ("President
        # Kim`s"). Removed: at the start, the site line "Go to contents"; at the end, the
        # cut-off last paragraph ("Kim: I am frustrated with the fact that Kim Yong-Nam, chairman
        # of the North Korean Supreme People`s Assembly, failed to attend the current U. N.
        # Millennium Summit and r").
    ],
    roles=[("his Chinese counterpart", "jiang_zemin"), ("Chinese Prime Minister", "zhu_rongji")],
)

A["test_11107_marape_manele_tonga"] = dict(
    actors={
        "james_marape": ["Prime Minister Hon. James Marape", "James Marape", "Prime Minister Marape", "MARAPE"],
        "jeremiah_manele": ["Hon. Jeremiah Manele", "Jeremiah Manele", "Prime Minister Manele"],
        "pacific_islands_forum": ["Pacific Islands Forum"],
        "ramsi": ["Police Regional Assistance Mission to Solomon Islands", "RAMSI"],
        # New key.
        "university_of_papua_new_guinea": ["University of Papua New Guinea"],
    },
    meetings=[
        # "Prime Minister Hon. James Marape and Prime Minister of Solomon Islands Hon. Jeremiah
        # Manele have held bilateral talks this morning (Wednesday, 28 August 2024) on the margins
        # of the 53rd Pacific Islands Forum Leaders’ meeting in Tonga" ("At the meeting",
        # "informed Prime Minister Manele": the same) -> held, 2024-08-28, Tonga (the country; no
        # city named).
        M(["james_marape", "jeremiah_manele"], "2024-08-28", "Tonga", IP, H,
          "Prime Minister Hon. James Marape and Prime Minister of Solomon Islands Hon. Jeremiah Manele have held bilateral talks this morning (Wednesday, 28 August 2024) on the margins of the 53rd Pacific Islands Forum Leaders’ meeting in Tonga."),
        # Not rows: "the 53rd Pacific Islands Forum Leaders’ meeting" (a plenary as such);
        # "called on officials from both countries to work together" (unnamed). Kept as they
        # stand: the headline in capitals. Removed: at the end, the cut-off last sentence
        # ("Prime Minister Marape also noted that traditional border crossing at the ma").
        # Nothing removed at the start.
    ],
    roles=[("Prime Minister of Solomon Islands", "jeremiah_manele"),
           ("the Prime Minister of Solomon Islands", "jeremiah_manele")],
)

A["dev_11108_hun_sen_bounnhang_vientiane"] = dict(
    actors={
        "hun_sen": ["Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech Techo Hun Sen", "Hun Sen"],
        "cambodian_peoples_party": ["Cambodian People’s Party", "CPP"],
        # New keys.
        "bounnhang_vorachith": ["H.E. Bounnhang Vorachith", "Bounnhang Vorachith"],
        "kao_kim_hourn": ["H.E. Kao Kim Hourn", "Kao Kim Hourn"],
        "pany_yathotou": ["H.E. Ms. Pany Yathotou", "Pany Yathotou"],
        "national_assembly_laos": ["National Assembly of Lao PDR"],
    },
    meetings=[
        # "Hun Sen paid a courtesy call on Lao President H.E. Bounnhang Vorachith in Vientiane
        # yesterday afternoon" ("in the courtesy meeting", the headline's "Meets Lao President":
        # the same) -> held, 2018-12-05, Vientiane.
        M(["hun_sen", "bounnhang_vorachith"], "2018-12-05", "Vientiane", IP, H,
          "AKP Phnom Penh, December 06, 2018 -Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen paid a courtesy call on Lao President H.E. Bounnhang Vorachith in Vientiane yesterday afternoon, as part of his two-day official visit in Laos, from Dec. 5 to 6, 2018."),
        # "the outcomes of his official talks with his Lao counterpart" -> the counterpart is
        # given by role alone -> a one-party row (Hun Sen), held, date null (not stated), Laos
        # (the country of the visit; no city given for the talks).
        M(["hun_sen"], None, "Laos", IP, H,
          "He briefed the Lao leader on the outcomes of his official talks with his Lao counterpart, especially on electricity purchase, bridge construction across Tonle Ropov connecting Preah Vihear province of Cambodia to Champasak province of Laos, education, culture, tourism, fight against cross-border crimes and drugs, etc."),
        # "On the same day, Samdech Techo Hun Sen also met with H.E. Ms. Pany Yathotou" -> held,
        # 2018-12-05, Laos (no city given for this meeting; see the notes).
        M(["hun_sen", "pany_yathotou"], "2018-12-05", "Laos", IP, H,
          "On the same day, Samdech Techo Hun Sen also met with H.E. Ms. Pany Yathotou, President of the National Assembly of Lao PDR."),
        # Not rows: Hun Sen "invited H.E. Bounnhang Vorachith to pay a visit to Cambodia" (an
        # invitation, not accepted or arranged); "conveyed greetings from His Majesty the King of
        # Cambodia" and "his congratulatory message" (messages; the King is unnamed);
        # "According to H.E. Kao Kim Hourn" (a briefing). "AKP" in the dateline is the agency
        # credit; the byline "By Khan Sophirom" is kept and not annotated. Kept as they stand:
        # "-Cambodian" (no space after the dash) and "etc.". Removed: at the end, the site's
        # related-news heading in Khmer ("ពត៌មានផ្សេងៗ") and the cut-off link title "Outcomes of
        # the Visit of Samdech Akka Moha Sena Padei Techo HUN Sen, Preside". Nothing removed at
        # the start.
    ],
    roles=[("Cambodian Prime Minister", "hun_sen"), ("Lao President", "bounnhang_vorachith"),
           ("Minister Attached to the Prime Minister", "kao_kim_hourn"),
           ("The Cambodian Prime Minister", "hun_sen"), ("the Lao leader", "bounnhang_vorachith"),
           ("President of the National Assembly of Lao PDR", "pany_yathotou")],
)

A["dev_11109_levy_tesfaye_qian_meetings"] = dict(
    actors={
        "david_levy": ["Israeli Foreign Minister David Levy", "David Levy", "Levy"],
        "qian_qichen": ["Qian Qichen"],
        "united_nations_general_assembly": ["U.N. General Assembly"],
        # New keys.
        "tesfaye_dinka": ["Tesfaye Dinka"],
        "aliza_goren": ["Aliza Goren"],
    },
    meetings=[
        # "Levy’s meeting Monday with the Ethiopian Foreign Minister Tesfaye Dinka" ("the two
        # sides reached an understanding": the same) -> held, 1990-10-01, place null (the text
        # says only "here" and "the opening of the U.N. General Assembly"; see the notes).
        M(["david_levy", "tesfaye_dinka"], "1990-10-01", None, IP, H,
          "The plight of Ethiopian Jews was high on the agenda of Levy’s meeting Monday with the Ethiopian Foreign Minister Tesfaye Dinka."),
        # "On Tuesday, Levy discussed ... with the Chinese foreign minister, Qian Qichen" ("the
        # first ministerial-level meeting", "Speaking after the meeting, the two men": the same)
        # -> held, 1990-10-02, place null.
        M(["david_levy", "qian_qichen"], "1990-10-02", None, IP, H,
          "On Tuesday, Levy discussed the fledgling relationship between Israel and China with the Chinese foreign minister, Qian Qichen, in what was described as the first ministerial-level meeting between the two countries since 1987."),
        # Not rows: "Levy said at a news conference Tuesday" (a news conference); "the opening of
        # the U.N. General Assembly" (a plenary as such); "a civilian delegation from Israel" to
        # examine the situation in Ethiopia (unnamed; a mission); the meetings of 1987 (unnamed);
        # "According to Israeli officials" (unnamed). Kept as they stand: the date line, the
        # lines "See Original Daily Bulletin From This Date" and "Advertisement" after it.
        # Removed: at the start, the site line "Search JTA's historical archive dating back to
        # 1923"; at the end, the cut-off last sentence ("“We hope with the improvement with the
        # peace process, there will be improvement in bilateral relations ").
    ],
    roles=[("Israeli Foreign Minister", "david_levy"), ("the Ethiopian Foreign Minister", "tesfaye_dinka"),
           ("Levy’s spokeswoman", "aliza_goren"), ("the Ethiopian official", "tesfaye_dinka"),
           ("the Ethiopian leader", "tesfaye_dinka"), ("the Chinese foreign minister", "qian_qichen"),
           ("The Chinese diplomat", "qian_qichen")],
)

A["dev_11110_robertson_coveney_dublin"] = dict(
    actors={
        "irish_government": ["Irish Government"],
        "scottish_government": ["Scottish Government"],
        # New keys (the author of the column, named in the caption and the author line).
        "angus_robertson": ["Angus Robertson"],
        "simon_coveney": ["Simon Coveney"],
        "ministry_of_foreign_affairs_ireland": ["Ministry of Foreign Affairs"],
        "irish_consulate_general_edinburgh": ["Irish Consulate General in Edinburgh"],
        "jane_mcculloch": ["Jane McCulloch"],
        "katy_mcneil": ["Katy McNeil"],
        "scottish_national_party": ["SNP"],
    },
    meetings=[
        # "It was a pleasure to meet with Foreign Minister Simon Coveney at the beautiful Iveagh
        # House" (the author, "I", is Angus Robertson: the caption "Angus Robertson meets
        # Ireland's Foreign Affairs Minister Simon Coveney" and the author line) -> held, date
        # null ("Last week"), Dublin ("Last week I was in Dublin").
        M(["angus_robertson", "simon_coveney"], None, "Dublin", IP, H,
          "It was a pleasure to meet with Foreign Minister Simon Coveney at the beautiful Iveagh House headquarters of the Ministry of Foreign Affairs on St Stephens Green."),
        # "Last week I was in Dublin to meet with the Irish Government for the first annual
        # review" -> the same occasion with the government as the counterpart; held, date null,
        # Dublin; required False (an organisation; see the notes).
        M(["angus_robertson", "irish_government"], None, "Dublin", IP, H,
          "Last week I was in Dublin to meet with the Irish Government for the first annual review of our bilateral cooperation framework.",
          False),
        # Not rows: "On St Patrick’s Day 2022, I will be raising a glass" (no meeting); the work
        # of the consulate and of Jane McCulloch and Katy McNeil (no meeting). "(Picture courtesy
        # of Angus Robertson)" is the photo credit. Kept as they stand: the author line at the
        # end ("Angus Robertson is the SNP MSP ...") and "Slainté". Removed: at the start, the
        # search tool's date prefix (" date 2022-03-15 "); at the end, trailing empty lines. The
        # column is whole (no cut-off sentence).
    ],
    roles=[("Scotland's Constitution, External Affairs and Culture Secretary", "angus_robertson"),
           ("Ireland's Foreign Affairs Minister", "simon_coveney"), ("Foreign Minister", "simon_coveney"),
           ("the SNP MSP for Edinburgh Central", "angus_robertson")],
)

A["test_11111_major_aznar_downing_street"] = dict(
    actors={
        "john_major": ["Mr Major"],
        "jose_maria_aznar": ["Mr Jose Maria Aznar", "Jose Maria Aznar"],
        "nato": ["NATO"],
        "osce": ["OSCE"],
    },
    meetings=[
        # "I would like first to say what a pleasure it is to welcome the Prime Minister here to
        # Downing Street today" (the speaker "PRIME MINISTER:" is Mr Major, the guest "the Spanish
        # Prime Minister, Mr Jose Maria Aznar"; "Over the last two and a half hours we have had
        # the opportunity": the same talks) -> held, 1996-11-27, London (Downing Street, "in
        # London").
        M(["john_major", "jose_maria_aznar"], "1996-11-27", "London", IP, H,
          "I would like first to say what a pleasure it is to welcome the Prime Minister here to Downing Street today."),
        # Not rows: "we have met on a number of occasions when he was Leader of the Opposition"
        # (a count); "an Officials Meeting within the next few days" and "the next meeting
        # between our Foreign Ministers in late January" (unnamed officials and ministers); "the
        # OSCE Conference" and "the Intergovernmental Conference" (conferences as such); "the
        # Brussels Process" (a process). Kept as they stand: the title line and the speaker label
        # "PRIME MINISTER:". Removed: at the end, the cut-off last sentence ("All in all it was an
        # extremely friendly discus"). Nothing removed at the start.
    ],
    roles=[("the Spanish Prime Minister", "jose_maria_aznar"), ("the Prime Minister", "jose_maria_aznar"),
           ("PRIME MINISTER", "john_major"), ("Leader of the Opposition", "jose_maria_aznar")],
)

A["dev_11112_bouchard_chretien_quebec_city"] = dict(
    actors={
        "lucien_bouchard": ["Lucien Bouchard", "Bouchard"],
        "jean_chretien": ["Prime Minister Jean Chrétien", "Jean Chrétien", "Chrétien"],
        # New key.
        "william_weld": ["Massachusetts Gov. William Weld", "William Weld"],
    },
    meetings=[
        # "separate conversations with four state governors" during "a gruelling three-day visit
        # to the United States"; only Weld is named ("aides to Massachusetts Gov. William Weld,
        # who insisted that the governor had in fact expressed fears") -> held, date null,
        # United States (the country of the visit; no city given).
        M(["lucien_bouchard", "william_weld"], None, "United States", IP, H,
          "Unfortunately for Bouchard, that was not the view of aides to Massachusetts Gov. William Weld, who insisted that the governor had in fact expressed fears about the impact on Canada of Quebec’s separatist objectives."),
        # "He ended the week with a face-to-face meeting in Quebec City with Prime Minister Jean
        # Chrétien" -> held, date null (the end of "last week"; no day), Quebec City.
        M(["lucien_bouchard", "jean_chretien"], None, "Quebec City", IP, H,
          "He ended the week with a face-to-face meeting in Quebec City with Prime Minister Jean Chrétien, an encounter he had abruptly cancelled last month after accusing Chrétien of creating a crisis to destabilize his government."),
        # Not rows: the three other governors (unnamed); "a $250-a-plate luncheon gathering of
        # influential Wall Street investors" (unnamed); "an encounter he had abruptly cancelled
        # last month" (a meeting that did not take place). Kept as they stand: the title and
        # issue-date lines, repeated three times, the subtitle "Bouchard plays down separatism—
        # at least for now" and the paragraph break inside the sentence "..., an" / "encounter
        # ...". Removed: at the end, the cut-off last sentence ("“No, no, no. There was no
        # crisis,” argued a miraculously tra"). Nothing removed at the start.
    ],
    roles=[("the Quebec premier", "lucien_bouchard"), ("The premier", "lucien_bouchard"),
           ("the governor", "william_weld")],
)
