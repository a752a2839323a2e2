"""Accuracy corpus, batch 75b: 12 new articles about meetings between political actors, all
published (or, where the page shows no single date, written) in EVEN years (another helper takes
odd years as batch 75a), from the 1970s to the 2020s (1970s: one (1976), 1980s: three (1980,
1980, 1988), 1990s: two (1998, 1998), 2000s: two (2000, 2008), 2010s: one (2010), 2020s: three
(2020, 2024, 2024); six of the twelve from before 2000, as the brief asked), over the regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: the Heydar Aliyev Heritage library (a 1998 transcript), Affairs TV (Nigeria), the
Oireachtas debates archive (a 1980 Dail Eireann record), the Australian Parliament's ParlInfo (a
1980 joint communique), UrduPoint (a Sputnik story), The Dong-A Ilbo (English edition), The
Christian Science Monitor, King Hussein's official site (kinghussein.gov.jo, a 1998 daily log),
the Ontario Newsroom (an Office of the Premier backgrounder), a 1976 US embassy cable (Lisbon;
via the WikiLeaks PlusD archive), news.lk (Sri Lanka's government news portal) and Tourism of
Cambodia (a Phnom Penh Post story). The pages are new to the corpus (URLs grepped in sources.csv,
corpus/metadata.csv and the batch files), and so, where the corpus allowed, are their meetings
(names grepped in the batch files; the Hun Sen-Abhisit New York meeting of 2010 is in the corpus
as held from another article, see the notes). Collected with the `search` tool (corpus `pages`)
and annotated from the texts alone, BEFORE the package was run on them (the package has not been
run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_75b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-74b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_149NN_<slug>` / `test_149NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The heading "... Presidential Palace, September 30, 1998" (a Wednesday, checked) dates the
    # transcript; it is `published`, as the release date of a White House statement (74b).
    ("dev_14901_aliyev_solana_baku", "Central Asia/Caucasus", "1990s", "Heydar Aliyev Heritage library (lib.aliyev-heritage.org; transcript of a talk)", "https://lib.aliyev-heritage.org/en/5424685.html", "1998-09-30"),
    # No date on the excerpt; `published` = 2024-03-12 from the URL (/2024/03/12/); "yesterday"
    # -> 2024-03-11 (a Monday, checked).
    ("dev_14902_tinubu_babangida_minna", "Africa", "2020s", "Affairs TV (affairstv.com; a Leadership story)", "https://affairstv.com/news/2024/03/12/tinubu-holds-closed-door-meeting-with-ibb-in-minna", "2024-03-12"),
    # The record's date line "Wednesday, 20 Feb 1980" (a Wednesday, checked) is `published`.
    ("test_14903_dail_thatcher_questions", "Western Europe", "1980s", "Houses of the Oireachtas, Dail Eireann debates (oireachtas.ie; parliamentary record)", "https://www.oireachtas.ie/en/debates/debate/dail/1980-02-20/2/", "1980-02-20"),
    # "Joint communique issued on 9th December 1980" (a Tuesday, checked) is `published`.
    ("dev_14904_chan_anthony_canberra", "Oceania", "1980s", "Parliament of Australia, ParlInfo (parlinfo.aph.gov.au; joint communique, media release)", "http://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id%3A%22media%2Fpressrel%2FHPR10029224b%22;src1=sm1", "1980-12-09"),
    # "Thu 13th February 2020" (a Thursday, checked) is `published`; "On February 12" ->
    # 2020-02-12; "on March 1" -> 2020-03-01.
    ("dev_14905_sola_bolsonaro_meeting", "Latin America", "2020s", "UrduPoint (urdupoint.com; a Sputnik story)", "https://www.urdupoint.com/en/world/brazil-argentina-presidents-may-first-meet-m-837108.html", "2020-02-13"),
    # "Posted July. 13, 2000" (a Thursday, checked) is `published`; "tomorrow" -> 2000-07-14.
    ("dev_14906_kono_lee_seoul", "East Asia", "2000s", "The Dong-A Ilbo (donga.com, English edition)", "https://www.donga.com/en/article/all/20000713/191558/1", "2000-07-13"),
    # No date in the excerpt; `published` = 1988-11-16 from the URL (/1988/1116/), a Wednesday
    # (checked); the meetings announced are not given days.
    ("test_14907_gorbachev_foreign_policy_blitz", "Eastern Europe/Russia", "1980s", "The Christian Science Monitor (csmonitor.com)", "https://www.csmonitor.com/1988/1116/otrag.html", "1988-11-16"),
    # A daily log headed "1998" with no single publication date: `published` left empty, decade
    # 1990s from the heading; the entries give year (heading), weekday, month and day:
    # "Thursday, February 26" -> 1998-02-26, "Wednesday, February 25" -> 1998-02-25 (weekdays
    # checked; see the notes).
    ("dev_14908_hussein_cem_prodi", "Middle East", "1990s", "King Hussein's official website (kinghussein.gov.jo; archive of 1998 news)", "http://kinghussein.gov.jo/archive2.html", ""),
    # No release date in the excerpt (the URL gives only 2008/06): `published` left empty,
    # decade 2000s; the meeting date is explicit ("Monday, June 2, 2008", a Monday, checked).
    ("dev_14909_mcguinty_charest_quebec", "North America", "2000s", "Ontario Newsroom, Office of the Premier (news.ontario.ca; archived backgrounder)", "https://news.ontario.ca/opo/en/2008/06/first-ever-joint-meeting-of-ontario-and-quebec-cabinets.html", ""),
    # A US embassy cable (Lisbon 08229), not a news story; `published` = 1976-11-27 from the
    # cable's time group "270950Z" (the 27th; month and year from "NOV 24" and the cable number
    # 1976LISBON08229); "NOV 24" -> 1976-11-24 (a Wednesday, checked). See the notes.
    ("dev_14910_suarez_soares_portugal", "Western Europe", "1970s", "US Embassy Lisbon cable 1976LISBON08229 (via the WikiLeaks PlusD archive, forum.wikileaks.org)", "https://forum.wikileaks.org/plusd/cables/1976LISBON08229_b.html", "1976-11-27"),
    # The search result's date 2024-01-20 (a Saturday, checked) is `published`; "today (20)" ->
    # 2024-01-20.
    ("test_14911_wickremesinghe_dahal_kampala", "South Asia", "2020s", "news.lk (Department of Government Information, Sri Lanka)", "https://www.news.lk/news/political-current-affairs/item/36088-high-level-meeting-between-the-president-wickremesinghe-and-nepal-prime-minister", "2024-01-20"),
    # "09 Sep 2010" (a Thursday, checked) is `published`; the planned meeting is given no day.
    ("dev_14912_hun_sen_abhisit_planned", "Southeast Asia", "2010s", "Tourism of Cambodia (tourismcambodia.com; a Phnom Penh Post story)", "https://www.tourismcambodia.com/news/localnews/1478/cambodian-thai-pms-to-discuss-border-row.htm", "2010-09-09"),
]

A = {}

_AS_HEAD = ("From the speech of the President of the Republic of Azerbaijan, Heydar Aliyev with the delegate of NATO headed by Secretary - General Javier Solana - Presidential Palace, September 30, 1998")
_AS_MN = "I remember our meetings in Madrid and New York, we had productive talks."
A["dev_14901_aliyev_solana_baku"] = dict(
    actors={
        "heydar_aliyev": ["Heydar Aliyev", "President Heydar Aliyev"],
        "javier_solana": ["Javier Solana", "Mr. Javier Solana"],
        "nato": ["NATO"],
    },
    meetings=[
        # The talk itself (heading; "I am pleased to meet you again", "during your visit to
        # Baku") -> held, 1998-09-30, Baku (the Presidential Palace; "your visit to Baku").
        M(["heydar_aliyev", "javier_solana"], "1998-09-30", "Baku", IP, H, _AS_HEAD),
        # "In May 1996, I went to Brussels ... and Mr. Secretary - General, I met you there." ->
        # held, date null (month only), Brussels.
        M(["heydar_aliyev", "javier_solana"], None, "Brussels", IP, H,
          "In May 1996, I went to Brussels for the second time, and Mr. Secretary - General, I met you there."),
        # "you first visited Baku in February last year" -> a visit to Baku by Solana, the host
        # not said to meet him in so many words; held, date null, Baku; not required.
        M(["heydar_aliyev", "javier_solana"], None, "Baku", IP, H,
          "Mr. Javier Solana, you first visited Baku in February last year.", False),
        # "our meetings in Madrid and New York" -> two held rows (two places), date null; plural
        # "meetings" without times (may be several or summit encounters) -> not required.
        M(["heydar_aliyev", "javier_solana"], None, "Madrid", IP, H, _AS_MN, False),
        M(["heydar_aliyev", "javier_solana"], None, "New York", IP, H, _AS_MN, False),
        # Not rows: "in May 1994, I went to the headquarter of NATO in Brussels ... and signed"
        # (a visit to an organisation's seat, no person met); Solana's "our three meetings last
        # year" (a count); "the exchange of views with President Heydar Aliyev" (the same talk).
        # Not annotated: "Partnership for Peace" (a programme); the "international conference of
        # Baku" (an event); Azerbaijan, Brussels, Madrid, New York, Baku (places). Removed:
        # nothing at the start; at the end, the cut-off sentence "This conference is a proof to
        # globalization, on the one hand".
    ],
    roles=[("the President of the Republic of Azerbaijan", "heydar_aliyev"),
           ("Secretary - General", "javier_solana"), ("Mr. President", "heydar_aliyev")],
)

A["dev_14902_tinubu_babangida_minna"] = dict(
    actors={
        "bola_tinubu": ["Bola Ahmed Tinubu", "Tinubu"],
        "ibrahim_babangida": ["Ibrahim Badamasi Babangida", "Babangida"],
        # New key.
        "mohammed_umaru_bago": ["Mohammed Umaru Bago", "Bago"],
    },
    meetings=[
        # "President Bola Ahmed Tinubu yesterday held a closed-door meeting with ... Babangida in
        # Minna" -> held, 2024-03-11 (the day before the URL's 2024-03-12), Minna. Bago "was
        # present at the meeting" -> an actor, not a participant (ANNOTATION.md).
        M(["bola_tinubu", "ibrahim_babangida"], "2024-03-11", "Minna", IP, H,
          "President Bola Ahmed Tinubu yesterday held a closed-door meeting with former military president, Ibrahim Badamasi Babangida in Minna, the Niger State capital."),
        # Not rows: the inauguration of Bago's project (an event, no meeting stated); Tinubu's
        # promise "during the visit to the state" (a visit to a state). Not annotated: Minna,
        # Niger State (places); the Agric Mechanisation Revolution Project (a project). Removed:
        # nothing at the start; at the end, the source credit "Leadership" (the newspaper the
        # story is credited to; an end credit, as `(NAN)`).
    ],
    roles=[("former military president", "ibrahim_babangida"), ("the former Nigerian leader", "ibrahim_babangida"),
           ("the president", "bola_tinubu"), ("the host", "ibrahim_babangida"), ("Governor", "mohammed_umaru_bago")],
)

A["test_14903_dail_thatcher_questions"] = dict(
    actors={
        "margaret_thatcher": ["Mrs. Thatcher"],
        "fianna_fail": ["Fianna Fáil"],
        "european_council": ["European Council"],
        # New key ("Mr. Harte", the questioner; Paddy Harte, TD).
        "paddy_harte": ["Mr. Harte"],
    },
    meetings=[
        # "I expect I shall be meeting with the Prime Minister in the normal way at the next
        # European Council meeting in Brussels at the end of March." The speaker (the Taoiseach)
        # is not named in the text -> a one-party row; "the Prime Minister" is the British Prime
        # Minister the questions name ("an early meeting with Mrs. Thatcher") -> Thatcher.
        # Planned, date null ("at the end of March"), Brussels. An expectation of meeting "in the
        # normal way" at a multilateral council (perhaps no more than both attending) -> not
        # required.
        M(["margaret_thatcher"], None, "Brussels", IP, P,
          "There are no plans at present for an early meeting with the British Prime Minister but I expect I shall be meeting with the Prime Minister in the normal way at the next European Council meeting in Brussels at the end of March.", False),
        # Not rows: the questions "if it is his intention to seek an early meeting with Mrs.
        # Thatcher", "if he has any firm arrangement to meet", "if he has under consideration an
        # early meeting" (questions, no meeting); "There are no plans at present for an early
        # meeting" (no meeting); the Taoiseach's press conference, statement and Ard-Fheis
        # address (a single person's statements). Near-zero control (one optional row). Not
        # annotated: "the Taoiseach", "the Ceann Comhairle" (unnamed office holders); "the
        # British Government", "the Government" (governments named generically; no key needed
        # for a row); Dáil Éireann (the record's own header); Northern Ireland, Brussels
        # (places). Removed: at the start, the site lines "Skip to main content" and "Normal
        # View"; at the end, the cut-off question "Is it the Taoiseach's intention in his
        # proposed discuss".
    ],
    roles=[("the Prime Minister", "margaret_thatcher")],
)

A["dev_14904_chan_anthony_canberra"] = dict(
    actors={
        "julius_chan": ["Sir Julius Chan", "Sir Julius", "Sir.Julius"],
        "noel_levi": ["Mr. Noel Levi", "Noel Levi", "Mr. Levi"],
        "malcolm_fraser": ["Malcolm Fraser"],
        "doug_anthony": ["Mr. Doug Anthony", "Doug Anthony", "Mr. Anthony"],
        "tony_street": ["Mr. Street"],
        "australian_government": ["Government of Australia"],
        "asean": ["ASEAN"],
        # New keys ("Sir Zelman Cown" is the text's spelling of Sir Zelman Cowen; "Mr. Hunt",
        # the Minister for Transport, is Ralph Hunt; "Lady Chan" is Stella Chan).
        "zelman_cowen": ["Sir Zelman Cown"],
        "ralph_hunt": ["Mr. Hunt"],
        "stella_chan": ["Lady Chan"],
    },
    meetings=[
        # "Sir Julius was received by His Excellency the Governor-General, Sir Zelman Cown on 9th
        # December." -> held, 1980-12-09, Canberra (the visit "to Canberra" of the title).
        M(["julius_chan", "zelman_cowen"], "1980-12-09", "Canberra", IP, H,
          "Sir Julius was received by His Excellency the Governor-General, Sir Zelman Cown on 9th December."),
        # "Sir.Julius was received by the Deputy Prime Minister, Mr. Doug Anthony on 8th December"
        # -> held, 1980-12-08, Canberra. The "wide ranging discussions with Mr. Anthony" and the
        # talks of "Sir Julius, Mr. Anthony and their Ministerial colleagues" are taken as the
        # same meeting of the pair during the visit (one row, see the notes).
        M(["julius_chan", "doug_anthony"], "1980-12-08", "Canberra", IP, H,
          "In the absence, due to illness, of the Prime Minister, the Rt Hon. Malcolm Fraser, Sir.Julius was received by the Deputy Prime Minister, Mr. Doug Anthony on 8th December."),
        # "had wide ranging discussions with Mr. Anthony, with ... Mr. Street, and ... Mr. Hunt"
        # -> separate counterparts in one sentence (as dev_032): rows with Street and Hunt,
        # held, date null (no day given), Canberra. Levi "accompanied" -> not a participant.
        M(["julius_chan", "tony_street"], None, "Canberra", IP, H,
          "Sir Julius, accompanied by Mr. Levi, had wide ranging discussions with Mr. Anthony, with the Minister for Foreign Affairs, Mr. Street, and the Minister for Transport, Mr. Hunt."),
        M(["julius_chan", "ralph_hunt"], None, "Canberra", IP, H,
          "Sir Julius, accompanied by Mr. Levi, had wide ranging discussions with Mr. Anthony, with the Minister for Foreign Affairs, Mr. Street, and the Minister for Transport, Mr. Hunt."),
        # Not rows: the official visit "to Australia from 7th to 10th December" (a visit to a
        # country); Fraser's absence through illness (no meeting); Anthony's "warm welcome" (the
        # same meeting). Not annotated: "the Government and people of Australia" (generic);
        # Afghanistan, Kampuchea, Indochina, Papua New Guinea, Australia, Canberra (places).
        # Kept as they stand: the site line "Download PDFDownload PDF" after the title, the
        # stray " -" after "Noel Levi.", the paragraph break inside "Sir Julius,/accompanied
        # by", "Afghanistan'and" and the trailing "\" '" after "Indochina.". Removed: at the
        # start, the site note "Note: Where available, the PDF/Word icon below is provided to
        # view the complete and fully formatted document"; at the end, the cut-off paragraph "5.
        # Sir Julius and Mr. Anthony noted that, since Papua New Guinea became independent in
        # 1975, the relationsh" and the heading "Bilateral Relations" left without text.
    ],
    roles=[("the Prime Minister of Papua New Guinea", "julius_chan"), ("the Acting Prime Minister of Australia", "doug_anthony"),
           ("the Minister for Foreign Affairs and Trade", "noel_levi"), ("His Excellency the Governor-General", "zelman_cowen"),
           ("the Prime Minister, the Rt Hon. Malcolm Fraser", "malcolm_fraser"), ("the Deputy Prime Minister", "doug_anthony"),
           ("the Minister for Foreign Affairs", "tony_street"), ("the Minister for Transport", "ralph_hunt")],
)

A["dev_14905_sola_bolsonaro_meeting"] = dict(
    actors={
        "alberto_fernandez": ["Alberto Fernandez", "Fernandez"],
        "jair_bolsonaro": ["Jair Bolsonaro", "President Jair Bolsonaro", "Bolsonaro"],
        "argentine_foreign_ministry": ["Argentine Foreign Ministry"],
        "mercosur": ["Mercosur"],
        # New key.
        "felipe_sola": ["Felipe Sola"],
    },
    meetings=[
        # "On February 12, Argentine Foreign Minister Felipe Sola held a meeting with Bolsonaro."
        # -> held, 2020-02-12, place null (the text names no city; the dateline BUENOS AIRES is
        # not the venue).
        M(["felipe_sola", "jair_bolsonaro"], "2020-02-12", None, IP, H,
          "On February 12, Argentine Foreign Minister Felipe Sola held a meeting with Bolsonaro."),
        # "Fernandez and ... Bolsonaro may first meet on March 1, Bolsonaro himself made such a
        # proposal" ("suggested meeting with Alberto Fernandez on March 1 in Montevideo") ->
        # planned, 2020-03-01, Montevideo; a proposal that "may" happen, not yet accepted -> not
        # required.
        M(["alberto_fernandez", "jair_bolsonaro"], "2020-03-01", "Montevideo", IP, P,
          "BUENOS AIRES (UrduPoint News / Sputnik - 13th February, 2020) Argentina's new President Alberto Fernandez and Brazilian leader Jair Bolsonaro may first meet on March 1, Bolsonaro himself made such a proposal, the Argentine Foreign Ministry said in a statement.", False),
        # Not rows: Bolsonaro "would not attend his inauguration" (a refused attendance); the
        # inauguration of "the president of Uruguay" (an event; unnamed). Not annotated: the
        # agency credit "(UrduPoint News / Sputnik - ...)" in the dateline; Buenos Aires,
        # Montevideo, Uruguay (places). Removed: at the start, the search tool's " date
        # 2020-02-13 " prefix and the site line "UrduPoint.com"; at the end, nothing.
    ],
    roles=[("Argentina's new President", "alberto_fernandez"), ("Brazilian leader", "jair_bolsonaro"),
           ("Argentine Foreign Minister", "felipe_sola"), ("the head of the Brazilian state", "jair_bolsonaro"),
           ("Foreign Minister", "felipe_sola")],
)

A["dev_14906_kono_lee_seoul"] = dict(
    actors={
        "yohei_kono": ["Yohei Kono", "Kono"],
        "kim_dae_jung": ["Kim Dae-Jung"],
        "g8": ["Group of Eight"],
        "ministry_of_foreign_affairs_south_korea": ["Ministry of Foreign Affairs and Trade"],
        # New key.
        "lee_joung_binn": ["Lee Joung-Binn", "Lee"],
    },
    meetings=[
        # "Kono will meet his South Korean counterpart, Lee Joung-Binn, tomorrow" -> planned,
        # 2000-07-14 (the day after the Thursday 2000-07-13 post), Seoul (Kono "visited Seoul
        # today"). "At the foreign ministers' talks": the same meeting.
        M(["yohei_kono", "lee_joung_binn"], "2000-07-14", "Seoul", IP, P,
          "Kono will meet his South Korean counterpart, Lee Joung-Binn, tomorrow and discuss the content of a special declaration on the Korean Peninsula that the coming summit of the Group of Eight will adopt."),
        # "He will also pay a courtesy call to President Kim Dae-Jung." -> planned, date null (no
        # day given), Seoul.
        M(["yohei_kono", "kim_dae_jung"], None, "Seoul", IP, P,
          "He will also pay a courtesy call to President Kim Dae-Jung."),
        # Not rows: Kono "visited Seoul today" (a visit to a city); "the coming summit of the
        # Group of Eight" and "the inter-Korean summit" (summits, no bilateral stated); "An
        # official of Ministry of Foreign Affairs and Trade said" (unnamed official). Not
        # annotated: the 2002 Korea-Japan FIFA World Cup (an event); Seoul, Japan, North Korea,
        # the Korean Peninsula (places). Kept as they stand: the mis-encoded apostrophes
        # "Korea¡¯s", "ministers¡¯", "Japan¡¯s" and the date line "Posted July. 13, 2000 19:09,".
        # Removed: at the start, the site line "Go to contents"; at the end, nothing.
    ],
    roles=[("Japanese Foreign Minister", "yohei_kono"), ("his South Korean counterpart", "lee_joung_binn")],
)

_GR = ("Announcing the the visits, spokesman Gennady Gerasimov said that it could ``be assumed'' that Mr. Gorbachev will meet both President Ronald Reagan and President-elect George Bush in New York.")
_G3 = ("In the past two months he has also met Austrian Chancellor Franz Vranitsky, Italian Prime Minister Ciriaco de Mita, and West Germany's Helmut Kohl.")
A["test_14907_gorbachev_foreign_policy_blitz"] = dict(
    actors={
        "mikhail_gorbachev": ["Mikhail Gorbachev", "Mr. Gorbachev", "Gorbachev"],
        "ronald_reagan": ["President Ronald Reagan", "Ronald Reagan", "Mr. Reagan"],
        "george_h_w_bush": ["George Bush", "Mr. Bush"],
        "gennady_gerasimov": ["Gennady Gerasimov", "Mr. Gerasimov", "Gerasimov"],
        "soviet_foreign_ministry": ["Soviet Foreign Ministry"],
        "francois_mitterrand": ["Fran,cois Mitterrand"],
        "franz_vranitzky": ["Franz Vranitsky"],
        "ciriaco_de_mita": ["Ciriaco de Mita"],
        "helmut_kohl": ["Helmut Kohl"],
        "united_nations": ["United Nations"],
        "united_nations_general_assembly": ["UN General Assembly"],
    },
    meetings=[
        # "it could ``be assumed'' that Mr. Gorbachev will meet both President Ronald Reagan and
        # President-elect George Bush in New York" -> two planned rows (the spokesman's
        # announcement), date null ("the first half of December"), New York.
        M(["mikhail_gorbachev", "ronald_reagan"], None, "New York", IP, P, _GR),
        M(["mikhail_gorbachev", "george_h_w_bush"], None, "New York", IP, P, _GR),
        # "and will on his return receive French President Fran,cois Mitterrand" -> planned,
        # date null, place null (the text does not say where; Moscow only by inference).
        M(["mikhail_gorbachev", "francois_mitterrand"], None, None, IP, P,
          "He is due to spend next weekend in India, and will on his return receive French President Fran,cois Mitterrand."),
        # "In the past two months he has also met ... Vranitsky, ... de Mita, and ... Kohl." ->
        # three held rows (separate meetings), date null, place null.
        M(["mikhail_gorbachev", "franz_vranitzky"], None, None, IP, H, _G3),
        M(["mikhail_gorbachev", "ciriaco_de_mita"], None, None, IP, H, _G3),
        M(["mikhail_gorbachev", "helmut_kohl"], None, None, IP, H, _G3),
        # Not rows: the visits to Cuba, the UN headquarters, Britain and India (visits to
        # places; no host named); "any meetings in New York with US leaders" (the same
        # announced meetings, generic); "Mr. Bush's declared interest for an early meeting with
        # the Soviet leadership" (an interest, no meeting); the "important speech" to the UN
        # General Assembly (a speech). Not annotated: "US leaders", "the Soviet leadership"
        # (generic); Cuba, New York, Britain, India, Washington, Moscow (places). Kept as they
        # stand: "the the visits", the ``...'' quotes, "Fran,cois", "Vranitsky". Removed: at the
        # start, nothing; at the end, the site trailer "You've read  of  free articles.
        # Subscribe to continue.", "QR Code to Kremlin leader launches four-week foreign policy
        # blitz", "Read this article in", "QR Code to Subscription page", "Start your
        # subscription today".
    ],
    roles=[("Kremlin leader", "mikhail_gorbachev"), ("Soviet leader", "mikhail_gorbachev"),
           ("spokesman", "gennady_gerasimov"), ("the Soviet spokesman", "gennady_gerasimov"),
           ("President-elect", "george_h_w_bush"), ("French President", "francois_mitterrand"),
           ("Austrian Chancellor", "franz_vranitzky"), ("Italian Prime Minister", "ciriaco_de_mita")],
)

A["dev_14908_hussein_cem_prodi"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein"],
        "romano_prodi": ["Romano Prodi", "Prodi"],
        "united_nations": ["UN", "United Nations"],
        # New keys.
        "ismail_cem": ["Ismael Cem"],
        "emad_eddin_adeeb": ["Emad Eddin Adeeb"],
        "orbit_television": ["Orbit Television", "Orbit Television and Radio Satellite Network"],
    },
    meetings=[
        # "Thursday, February 26 / King Hussein receives Turkish foreign minister Ismael Cem" ->
        # held, 1998-02-26 (year from the page heading "1998"), place null (no city given).
        M(["hussein_bin_talal", "ismail_cem"], "1998-02-26", None, IP, H,
          "King Hussein receives Turkish foreign minister Ismael Cem"),
        # "Wednesday, February 25": "In their telephone conversation" (King Hussein and Prodi)
        # -> phone, held, 1998-02-25, no place.
        M(["hussein_bin_talal", "romano_prodi"], "1998-02-25", None, PH, H,
          "King Hussein and Italian Prime Minister Prodi discussed the agreement reached on Monday between Iraq and the UN."),
        # Not rows: the interview with Emad Eddin Adeeb of Orbit Television (a media interview);
        # "the agreement reached on Monday between Iraq and the UN" (an agreement between a
        # state and an organisation, no named persons); "a direct dialogue between Iraq and the
        # United States" (a proposal to governments). Not annotated: "the Americans", "the
        # inspection teams", "the Palestinians" (generic); Iraq, the United States, Jordan,
        # Israel (places/countries). Kept as they stand: the date lines of the log. Removed: at
        # the start, the image residue "leftspace.gif (58 bytes) " before the heading "1998";
        # at the end, the cut-off fragment "His Majesty ".
    ],
    roles=[("Turkish foreign minister", "ismail_cem"), ("His Majesty", "hussein_bin_talal"),
           ("Italian Premier", "romano_prodi"), ("Italian Prime Minister", "romano_prodi"),
           ("the King", "hussein_bin_talal")],
)

A["dev_14909_mcguinty_charest_quebec"] = dict(
    actors={
        "dalton_mcguinty": ["Dalton McGuinty", "McGuinty"],
        # New key.
        "jean_charest": ["Jean Charest", "Charest"],
    },
    meetings=[
        # "The meeting was co-chaired by Ontario Premier Dalton McGuinty and Quebec Premier Jean
        # Charest" (the joint cabinet meeting "on Monday, June 2, 2008 in Quebec City") -> held,
        # 2008-06-02, Quebec City.
        M(["dalton_mcguinty", "jean_charest"], "2008-06-02", "Quebec City", IP, H,
          "The meeting was co-chaired by Ontario Premier Dalton McGuinty and Quebec Premier Jean Charest."),
        # "The Premiers also intend to hold another meeting of their Cabinets in Toronto in spring
        # 2009." -> planned, date null (season only), Toronto.
        M(["dalton_mcguinty", "jean_charest"], None, "Toronto", IP, P,
          "The Premiers also intend to hold another meeting of their Cabinets in Toronto in spring 2009."),
        # Not rows: "Eighteen Quebec Ministers and 14 Ontario Ministers attended" (unnamed
        # attendees); the signings (the same meeting). Not annotated: "Office of the Premier"
        # (the issuing office, a credit line under the title); Ontario, Quebec, Canada, Upper
        # and Lower Canada, the Chateau Frontenac (places/buildings). Kept as they stand: the
        # title repeated, the lines "Archived Backgrounder" and "Office of the Premier", the
        # bullets. Removed: at the start, the site line "Ontario Newsroom"; at the end, the
        # cut-off sentence "The first-ever joint meeting of the Ontario and Québec Cabinet".
    ],
    roles=[("Ontario Premier", "dalton_mcguinty"), ("Quebec Premier", "jean_charest")],
)

A["dev_14910_suarez_soares_portugal"] = dict(
    actors={
        "mario_soares": ["MARIO SOARES", "SOARES"],
        "nato": ["NATO"],
        "european_community": ["EC"],
        "portuguese_government": ["GOP"],
        # New keys.
        "adolfo_suarez": ["ADOLFO SUAREZ", "SUAREZ"],
        "antonio_ramalho_eanes": ["EANES"],
        "marcelino_oreja": ["OREJA"],
        "manuel_sanchez_ortis": ["MANUEL SANCHEZ ORTIS"],
        "jorge_del_pino": ["JORGE DEL PINO"],
        "francisco_ruperez": ["FRANCISCO RUPEREZ"],
        "jose_medeiros_ferreira": ["MEDEIROS FERREIRA"],
    },
    meetings=[
        # "PRIME MINISTER ADOLFO SUAREZ MET WITH PORTUGUESE PRIME MINISTER ... MARIO SOARES TWICE"
        # (the sentence runs across the cable's page break) -> one row (two sessions of the pair
        # on the same day), held, 1976-11-24, Portugal (no city in the text; "LISBON" is the
        # cable's origin, not stated as the venue).
        M(["adolfo_suarez", "mario_soares"], "1976-11-24", "Portugal", IP, H,
          "1. TOP ATTENTION FOR SPANISH VISITOR: DURING HIS 14-HOUR VISIT TO PORTUGAL NOV 24, PRIME MINISTER ADOLFO SUAREZ MET WITH PORTUGUESE PRIME MINISTER CONFIDENTIAL CONFIDENTIAL PAGE 02 LISBON 08229 270950Z MARIO SOARES TWICE, AND WITH PRESIDENT EANES."),
        # "AND WITH PRESIDENT EANES" -> held, 1976-11-24, Portugal.
        M(["adolfo_suarez", "antonio_ramalho_eanes"], "1976-11-24", "Portugal", IP, H,
          "1. TOP ATTENTION FOR SPANISH VISITOR: DURING HIS 14-HOUR VISIT TO PORTUGAL NOV 24, PRIME MINISTER ADOLFO SUAREZ MET WITH PORTUGUESE PRIME MINISTER CONFIDENTIAL CONFIDENTIAL PAGE 02 LISBON 08229 270950Z MARIO SOARES TWICE, AND WITH PRESIDENT EANES."),
        # "FONMINS MEDEIROS FERREIRA AND OREJA: THE FONMINS HIGHLIGHTED CONCLUSIONS ... AND AGREED
        # TO STUDY" -> the two foreign ministers' talks during the visit are implied, not stated
        # -> held, 1976-11-24, Portugal, not required.
        M(["jose_medeiros_ferreira", "marcelino_oreja"], "1976-11-24", "Portugal", IP, H,
          "-- FONMINS MEDEIROS FERREIRA AND OREJA: THE FONMINS HIGHLIGHTED CONCLUSIONS OF JOINT COMMITTEES ON THE ECONOMY, SCIENCE, CULTURE, AND TECHNOLOGY, AND AGREED TO STUDY JOINT EXPLOITATION OF ENERGY IN BORDER ZONES.", False),
        # "PRIME MINISTER SOARES ACCEPTED AN INVITATION TO VISIT SPAIN ON AN UNSPECIFIED DATE."
        # -> an accepted invitation (planned, ANNOTATION.md), from Suarez's side (the joint
        # statement on his visit) -> planned, date null, Spain.
        M(["mario_soares", "adolfo_suarez"], None, "Spain", IP, P,
          "-- SOARES TO SPAIN: PRIME MINISTER SOARES ACCEPTED AN INVITATION TO VISIT SPAIN ON AN UNSPECIFIED DATE."),
        # Not rows: the lunch, dinner and reception (the same visit; hosts unnamed); the joint
        # press conference (the same pair, same day; one row); the people who "ACCOMPANIED"
        # Suarez (actors, not participants). Not annotated: "THE PORTUGUESE", "THE SPANISH"
        # (generic); Portugal, Spain, Europe (places). Kept as they stand: the cable's page
        # break lines "CONFIDENTIAL", "CONFIDENTIAL", "PAGE 02 LISBON 08229 270950Z" inside the
        # first sentence of paragraph 1, the hard line breaks and capitals. Removed: nothing at
        # the start; at the end, the cut-off paragraph "3. ALL FOR EUROPEAN UNITY: SUAREZ AND /
        # SOARES, IN TOASTS AND IN THE JOINT PRESS CONFERENCE, / STRESSED THE FOLLOWING POINTS:
        # / (A) SPANISH PRIME MINISTER".
    ],
    roles=[("SPANISH PRIME MINISTER", "adolfo_suarez"), ("PORTUGUESE PRIME MINISTER", "mario_soares"),
           ("PRESIDENT EANES", "antonio_ramalho_eanes"), ("FONMIN OREJA", "marcelino_oreja"),
           ("PRIME MINISTER SOARES", "mario_soares"), ("SPANISH VISITOR", "adolfo_suarez")],
)

A["test_14911_wickremesinghe_dahal_kampala"] = dict(
    actors={
        "ranil_wickremesinghe": ["President Ranil Wickremesinghe", "Ranil Wickremesinghe"],
        "pushpa_kamal_dahal": ["Mr. Pushpa Kamal Dahal", "Pushpa Kamal Dahal"],
        "subrahmanyam_jaishankar": ["Mr. S. Jaishankar", "S. Jaishankar"],
        "non_aligned_movement": ["Non-Aligned movement", "Non-Aligned Movement"],
    },
    meetings=[
        # "The official meeting between President Ranil Wickremesinghe and Prime Minister of
        # Nepal Mr. Pushpa Kamal Dahal took place today (20) in Kampala" -> held, 2024-01-20,
        # Kampala.
        M(["ranil_wickremesinghe", "pushpa_kamal_dahal"], "2024-01-20", "Kampala", IP, H,
          "The official meeting between President Ranil Wickremesinghe and Prime Minister of Nepal Mr. Pushpa Kamal Dahal took place today (20) in Kampala, Uganda, in conjunction with the Non-Aligned movement Summit."),
        # "Simultaneously, ... Jaishankar, met with President Ranil Wickremesinghe" (the tweet: "on
        # the side-lines of the Non-Aligned Movement Summit in Kampala") -> held, 2024-01-20
        # ("Simultaneously": the same day), Kampala.
        M(["subrahmanyam_jaishankar", "ranil_wickremesinghe"], "2024-01-20", "Kampala", IP, H,
          "Simultaneously, Minister of External Affairs India, Mr. S. Jaishankar, met with President Ranil Wickremesinghe for discussions."),
        # Not rows: the Non-Aligned Movement Summit (a plenary); the proposed MPs' exchange
        # programme (a proposal); the tweet (a statement about the same meeting). Not annotated:
        # "Members of Parliament" (generic); Kampala, Uganda, India, Sri Lanka, Nepal (places);
        # "Neighbourhood First and SAGAR policy" (policies). Removed: at the start, the search
        # tool's " date 2024-01-20 " prefix; at the end, nothing.
    ],
    roles=[("Prime Minister of Nepal", "pushpa_kamal_dahal"), ("Minister of External Affairs India", "subrahmanyam_jaishankar"),
           ("the Indian Minister of External Affairs", "subrahmanyam_jaishankar"), ("Sri Lankan President", "ranil_wickremesinghe")],
)

A["dev_14912_hun_sen_abhisit_planned"] = dict(
    actors={
        "hun_sen": ["Hun Sen", "Samdech Hun Sen"],
        "abhisit_vejjajiva": ["Abhisit Vejjajiva"],
        "barack_obama": ["Barack Obama"],
        "asean": ["ASEAN"],
        # New key.
        "koy_kuong": ["Koy Kuong"],
    },
    meetings=[
        # "Hun Sen agreed yesterday to a request from his Thai counterpart Abhisit Vejjajiva to
        # meet on the sidelines of this month's ASEAN-US summit" ("set to meet later this month";
        # the summit "in New York on September 24") -> planned, date null (the bilateral is not
        # given a day; "yesterday" dates the agreement, not the meeting), New York.
        M(["hun_sen", "abhisit_vejjajiva"], None, "New York", IP, P,
          "Cambodian premier Hun Sen agreed yesterday to a request from his Thai counterpart Abhisit Vejjajiva to meet on the sidelines of this month’s ASEAN-US summit, according to Foreign Affairs spokesman Koy Kuong."),
        # Not rows: the ASEAN-US summit where "10 regional heads sit down for talks with US
        # President Barack Obama" (a multilateral summit; no bilateral stated); "government
        # officials have confirmed" (unnamed). Not annotated: Cambodia, Thailand, New York
        # (places). Kept as they stand: the site line "09 Sep 2010 2086 | Cambodia Travel News"
        # under the headline. Removed: nothing at the start; at the end, the source credit
        # "Sourced=phnompenhpost".
    ],
    roles=[("Cambodian premier", "hun_sen"), ("his Thai counterpart", "abhisit_vejjajiva"),
           ("Foreign Affairs spokesman", "koy_kuong"), ("US President", "barack_obama")],
)
