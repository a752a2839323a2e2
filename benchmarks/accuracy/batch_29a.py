"""Accuracy corpus, batch 29a: 11 new articles from the 1970s (3), 1980s (4) and 1990s (4).

Picks (under a 25-minute limit, regions and outlets chosen for variety after batches 24a-28a): 1970s
Middle East (The Press via Papers Past: Kissinger in Cairo after Riyadh, 1974), Latin America (The
Press: the Beagle Channel talks, a zero-row control, 1978) and Africa (Time via a text mirror:
Kaunda-Thatcher dinner in Lusaka, 1979); 1980s Oceania (The Press: Ratu Mara's planned London
meetings, 1987), Africa (a Reuters newsfilm story text: Kaunda's state visit to Zimbabwe, 1981), East
Asia (CSM: Hua Guofeng receives Masayoshi Ito, 1980) and Eastern Europe (CSM: Gromyko's planned
Warsaw meetings, 1980); 1990s Central Asia (Jamestown Monitor: Nazarbayev visits Yeltsin in hospital,
1995), Southeast Asia (SCMP via the Burma Net archive: Ramos in Rangoon, 1997), South Asia (Rediff:
Gujral-Sharif in the Maldives, 1997) and Latin America (CNN/Reuters via latinamericanstudies.org:
Mahuad-Fujimori talks in Brasilia, 1998).
A twelfth article was not added: the candidates of the last queries were duplicates of corpus
articles (see batch_29a_NOTES.md), and the time limit did not allow another search round.
Collected with `search` (corpus `pages`), annotated from the texts alone; the package was not run.

Split rule (fixed before annotating): numbered 1..11 in the order first found in this session's
search results (query order, then rank), pages already in the corpus skipped before numbering;
positions 3, 7 and 11 are test, all others dev. Ids: `dev_56NN_<slug>` / `test_56NN_<slug>`.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Papers Past id CHP19871009 = The Press, 1987-10-09 (a Friday). "this evening" -> 1987-10-09.
    ("dev_5601_mara_heseltine_planned", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19871009.2.41", "1987-10-09"),
    # No date on the page (Monitor Volume 1, Issue 134). Derived from the text: the meeting was
    # "yesterday", and Nazarbayev spoke "on the previous day" at a meeting "in Almaty November 13", so
    # the meeting was on November 14 and the bulletin of November 15; the year is 1995 (Volume 1 of
    # the Monitor; Yeltsin in hospital). 1995-11-15 is a Wednesday.
    ("dev_5602_yeltsin_nazarbayev_hospital", "Central Asia/Caucasus", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/program/kazakhstan-pressed-on-ethnic-russian-issue/", "1995-11-15"),
    # Page field "Date: 8th July 1981"; the visit started "on Tuesday (7 July)" (explicit).
    ("test_5603_kaunda_banana_mugabe_salisbury", "Africa", "1980s", "Reuters (newsfilm story text, Reuters Screenocean archive)", "https://reuters.screenocean.com/record/637138", "1981-07-08"),
    # Papers Past id CHP19741015 = The Press, 1974-10-15 (a Tuesday); dateline "CAIRO, October 14."
    # "today" -> 1974-10-14 (the dateline day, as batches 5d and 28a).
    ("dev_5604_kissinger_cairo_riyadh", "Middle East", "1970s", "The Press (Christchurch), NZPA-Reuter, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19741015.2.142", "1974-10-15"),
    # Papers Past id CHP19781104 = The Press, 1978-11-04 (a Saturday). No rows.
    ("dev_5605_beagle_channel_no_meeting", "Latin America", "1970s", "The Press (Christchurch), NZPA-Reuter, via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19781104.2.57.12", "1978-11-04"),
    # Page header "South China Morning Post / Thursday October 16 1997"; "yesterday" -> 1997-10-15.
    ("dev_5606_ramos_than_shwe_rangoon", "Southeast Asia", "1990s", "South China Morning Post (agencies), via the BurmaNet reg.burma archive (myanmarlibrary.org)", "http://myanmarlibrary.org/reg.burma/archives/199710/msg00233.html", "1997-10-16"),
    # URL /1980/0904/ = 1980-09-04 (a Thursday). The meeting has no day in the text -> null.
    ("test_5607_hua_ito_zhao", "East Asia", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1980/0904/090460.html", "1980-09-04"),
    # URL /1980/1020/ = 1980-10-20 (a Monday). Meetings planned for a "two-day" stay -> null.
    ("dev_5608_gromyko_czyrek_warsaw_planned", "Eastern Europe/Russia", "1980s", "The Christian Science Monitor", "https://www.csmonitor.com/1980/1020/102023.html", "1980-10-20"),
    # URL /news/may/12saarc.htm (no year in the URL, as `dev_4206`'s /news/sep/24indo.htm): year from
    # the text (Gujral Prime Minister and Sharif his counterpart, SAARC summit in the Maldives ->
    # 1997); 1997-05-12 is a Monday, and the meeting was "on Monday" -> 1997-05-12.
    ("dev_5609_gujral_sharif_male", "South Asia", "1990s", "Rediff (rediff.com), UNI", "http://us.rediff.com/news/may/12saarc.htm", "1997-05-12"),
    # Issue date "Monday, Aug. 20, 1979" on the page. The dinner has no date -> null.
    ("dev_5610_kaunda_thatcher_lusaka", "Africa", "1970s", "Time (magazine archive, text mirror)", "http://487790.bceovw70.asia/txt/time/Time1979/1979-08-20/947350.html", "1979-08-20"),
    # Page header "CNN / September 28, 1998" (a Monday); "on Monday" -> 1998-09-28.
    ("test_5611_fujimori_mahuad_brasilia", "Latin America", "1990s", "CNN (Reuters), via latinamericanstudies.org", "http://latinamericanstudies.org/peru/treaty.htm", "1998-09-28"),
]

A = {}

A["dev_5601_mara_heseltine_planned"] = dict(
    actors={"kamisese_mara": ["Ratu Sir Kamisese Mara", "Ratu Mara"],
            "elizabeth_ii": ["Queen"],
            "penaia_ganilau": ["Sir Penaia Ganilau", "Ratu Ganilau"],
            "sitiveni_rabuka": ["Colonel Sitlveni Rabuka", "Sitlveni Rabuka"],
            "william_heseltine": ["Sir William Heseltine", "William Heseltine"],
            "commonwealth_of_nations": ["Commonwealth"]},
    meetings=[
        # "will meet ... after he arrives in London this evening" -> planned, London, 1987-10-09
        # ("this evening" resolved against the issue date).
        M(["kamisese_mara", "william_heseltine"], "1987-10-09", "London", IP, P,
          "Ratu Mara will meet the Queen’s principal private secretary, Sir William Heseltine, after he arrives in London this evening."),
        # Not rows: the audience with the Queen (sought, "hopes to gain": a requested meeting, not
        # an announced one); the decision of "the three" (Mara, Ganilau, Rabuka; a decision reported
        # by Government House sources, no meeting stated).
    ],
    roles=[("the Queen", "elizabeth_ii"), ("The former Fiji Prime Minister", "kamisese_mara"),
           ("the Gov-ernor-General", "penaia_ganilau"),
           ("the head of Fiji’s Military Government", "sitiveni_rabuka"),
           ("the Queen’s principal private secretary", "william_heseltine")],
)

A["dev_5602_yeltsin_nazarbayev_hospital"] = dict(
    actors={"boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
            "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
            "nikolai_gunkin": ["Nikolai Gunkin"],
            "semirechie_cossack_host": ["Semirechie Cossack Host"]},
    meetings=[
        # "at a meeting yesterday" -> 1995-11-14 (see ARTICLES); held; the text names the hospital
        # but no city -> place null.
        M(["boris_yeltsin", "nursultan_nazarbayev"], "1995-11-14", None, IP, H,
          "The presidents of Russia and Kazakhstan, Boris Yeltsin and Nursultan Nazarbayev, papered over disputed issues at a meeting yesterday."),
        # Not rows: Nazarbayev's speech to "a meeting of public figures in Almaty" (not bilateral);
        # the officials' concurrent news conferences.
    ],
    roles=[],
)

_KBM = "At Salisbury airport, he was greeted by his counterpart, President Canaan Banana, and Zimbabwe's Prime Minister, Robert Mugabe."
A["test_5603_kaunda_banana_mugabe_salisbury"] = dict(
    actors={"kenneth_kaunda": ["ZAMBIAN PRESIDENT KENNETH KAUNDA", "Kenneth Kaunda", "President Kaunda", "Kaunda"],
            "canaan_banana": ["President Canaan Banana", "Canaan Banana", "President Banana", "Banana"],
            "robert_mugabe": ["Prime Minister Mugabe", "Robert Mugabe", "Mugabe"],
            "joshua_nkomo": ["Joshua Nkomo", "Nkomo"]},
    meetings=[
        # Arrival "on Tuesday (7 July)" at Salisbury airport, greeted by the host president and the
        # prime minister (the start of the state visit) -> two held rows, 1981-07-07, Salisbury.
        M(["kenneth_kaunda", "canaan_banana"], "1981-07-07", "Salisbury", IP, H, _KBM),
        M(["kenneth_kaunda", "robert_mugabe"], "1981-07-07", "Salisbury", IP, H, _KBM),
        # The pair of the two hosts (same government) -> required false.
        M(["canaan_banana", "robert_mugabe"], "1981-07-07", "Salisbury", IP, H, _KBM, False),
        # Shot list: "Kaunda shaking hands with Nkomo and other ministers" -> a handshake at the
        # arrival, required false.
        M(["kenneth_kaunda", "joshua_nkomo"], "1981-07-07", "Salisbury", IP, H,
          "6. CU Kaunda shaking hands with Nkomo and other ministers.", False),
        # Not rows: "there would be serious talking for both sides" (no participants or day named);
        # the unnamed Lord Mayor; the Reuters copyright line (credit, not annotated).
    ],
    roles=[("The President of Zambia", "kenneth_kaunda"), ("his counterpart", "canaan_banana"),
           ("Zimbabwe's Prime Minister", "robert_mugabe")],
)

A["dev_5604_kissinger_cairo_riyadh"] = dict(
    actors={"henry_kissinger": ["Dr Henry Kissinger", "Henry Kissinger", "Dr Kissinger"],
            "faisal_bin_abdulaziz": ["King Feisal"],
            "omar_saqqaf": ["Mr Omar Sakkar", "Omar Sakkar", "Mr Sakkar"],
            "opec": ["Organisation of Petroleum Exporting Countries"]},
    meetings=[
        # "reported to Egyptian leaders today" (unnamed) -> one-party row, held, 1974-10-14 (dateline
        # day), Cairo.
        M(["henry_kissinger"], "1974-10-14", "Cairo", IP, H,
          "The United States Secretary of State (Dr Henry Kissinger) buoyed by unexpected support from Saudi Arabia, reported to Egyptian leaders today on the likely next course for Middle East peace negotiations."),
        # Kissinger-Feisal in Riyadh: the King's support "in Riyadh" implies an audience that the text
        # does not state as such -> held, Riyadh, date null, required false.
        M(["henry_kissinger", "faisal_bin_abdulaziz"], None, "Riyadh", IP, H,
          "Dr Kissinger received a pleasant surprise in Riyadh when King Feisal supported his “tremendous efforts” for peace in the Middle East and his attempt to cut world oil prices by co-operative action.", False),
        # Not rows: the planned "talks in Syria and Algeria later today" (no host named); the
        # "agreement with Israel yesterday" (no person named); Sakkar speaking to reporters.
    ],
    roles=[("The United States Secretary of State", "henry_kissinger"), ("The Secretary of State", "henry_kissinger"),
           ("the Saudi Foreign Minister", "omar_saqqaf")],
)

A["dev_5605_beagle_channel_no_meeting"] = dict(
    actors={"ricardo_etcheverry_boneo": ["General Ricardo Etcheverrv Boneo", "Ricardo Etcheverrv Boneo", "General Boneo"],
            "jorge_videla": ["President Videla", "Videla"],
            "augusto_pinochet": ["President Pinochet", "Pinochet"],
            "orbe": ["Orbe"],
            "international_court_of_justice": ["International Court"]},
    meetings=[
        # None. Not rows: the possible Videla-Pinochet meeting (hypothetical: "would not say whether
        # there might be a meeting"); the mixed commission of unnamed experts and its six months of
        # negotiation; the document signed by "both sides".
    ],
    roles=[("Argentina’s chief negotiator", "ricardo_etcheverry_boneo")],
)

A["dev_5606_ramos_than_shwe_rangoon"] = dict(
    actors={"fidel_ramos": ["Philippine President Fidel Ramos", "Fidel Ramos", "Mr Ramos"],
            "than_shwe": ["General Than Shwe", "Than Shwe"],
            "aung_san_suu_kyi": ["Aung San Suu Kyi", "Ms Aung San Suu Kyi"],
            "rodolfo_severino": ["Rodolfo Severino"],
            "slorc": ["State Law and Order Restoration Council"],
            "asean": ["Asean"]},
    meetings=[
        # Welcome at the airport and the talks of the visit that "began ... yesterday" -> one row,
        # held, 1997-10-15, Rangoon. Severino "attended the leader's talks" -> not a participant.
        M(["fidel_ramos", "than_shwe"], "1997-10-15", "Rangoon", IP, H,
          "Mr Ramos was welcomed at the airport by General Than Shwe - Prime Minister and chairman of the ruling State Law and Order Restoration Council, which seized power in 1988 - and the Rangoon-based diplomatic corps."),
        # Ramos "would seek to meet" Suu Kyi, but "it is unlikely such a meeting will take place" ->
        # planned (an intention), date and place null, required false.
        M(["fidel_ramos", "aung_san_suu_kyi"], None, None, IP, P,
          "Mr Ramos had earlier intimated he would seek to meet Ms Aung San Suu Kyi, in what would be an unprecedented encounter between a foreign head of state and Burma's most prominent opposition figure.", False),
        # Not rows: the diplomatic corps (unnamed); the signing of agreements (no signatories named).
    ],
    roles=[("The Prime Minister", "than_shwe"), ("pro-democracy leader", "aung_san_suu_kyi"),
           ("Philippine foreign under-secretary", "rodolfo_severino")],
)

A["test_5607_hua_ito_zhao"] = dict(
    actors={"hua_guofeng": ["Prime Minister Hua Guofeng", "Hua Guofeng", "Mr. Hua"],
            "zhao_ziyang": ["Deputy Premier Zhao Ziyang", "Zhao Ziyang", "Mr. Zhao"],
            "masayoshi_ito": ["Japanese Foreign Minister Masayoshi Ito", "Masayoshi Ito", "Mr. Ito"],
            "chun_doo_hwan": ["Gen. Chun Doo Hwan", "Gen. Chun"]},
    meetings=[
        # "In a meeting with ... Ito" -> held; no day and no city in the text -> null, null.
        M(["hua_guofeng", "masayoshi_ito"], None, None, IP, H,
          "In a meeting with Japanese Foreign Minister Masayoshi Ito, Mr. Hua personally introduced Mr. Zhao and said he would be formally elected prime minister on Sept. 10, after Mr. Hua's own speech announcing his resignation Sept. 7."),
        # Zhao introduced to Ito at that meeting -> Ito-Zhao, required false (present and introduced;
        # Hua is the one meeting Ito). Hua-Zhao (same government) not coded.
        M(["masayoshi_ito", "zhao_ziyang"], None, None, IP, H,
          "In a meeting with Japanese Foreign Minister Masayoshi Ito, Mr. Hua personally introduced Mr. Zhao and said he would be formally elected prime minister on Sept. 10, after Mr. Hua's own speech announcing his resignation Sept. 7.", False),
        # Not rows: Hua's "state visit to Japan at the end of May" (no counterpart named, month
        # only); Ito's visits to Thailand, Burma, India and Pakistan (no hosts named).
    ],
    roles=[("a foreign visitor", "masayoshi_ito"), ("his successor", "zhao_ziyang")],
)

A["dev_5608_gromyko_czyrek_warsaw_planned"] = dict(
    actors={"andrei_gromyko": ["Soviet Foreign Minister Andrei Gromyko", "Andrei Gromyko"],
            "josef_czyrek": ["Polish Foreign Minister Josef Czyrek", "Josef Czyrek"],
            "stanislaw_kania": ["Polish leader Stanislaw Kania", "Stanislaw Kania"],
            "warsaw_pact": ["Warsaw Pact"],
            "kremlin": ["Kremlin"],
            "polish_united_workers_party": ["Polish Communist Party"]},
    meetings=[
        # "In his meetings with ... Czyrek" (Gromyko "has left for Warsaw") -> planned, Warsaw, date
        # null (a two-day stay).
        M(["andrei_gromyko", "josef_czyrek"], None, "Warsaw", IP, P,
          "In his meetings with Polish Foreign Minister Josef Czyrek, and possibly Polish leader Stanislaw Kania, he is expected to stress the Kremlin's hopes that the new leadership will avoid making concessions to Poland's rebel work force which could erode the authority of the Polish Communist Party."),
        # "and possibly ... Kania" -> planned, required false (not confirmed).
        M(["andrei_gromyko", "stanislaw_kania"], None, "Warsaw", IP, P,
          "In his meetings with Polish Foreign Minister Josef Czyrek, and possibly Polish leader Stanislaw Kania, he is expected to stress the Kremlin's hopes that the new leadership will avoid making concessions to Poland's rebel work force which could erode the authority of the Polish Communist Party.", False),
        # Not rows: the Warsaw Pact foreign ministers' meeting (multilateral); "his first opportunity
        # to meet Poland's new leaders" (general, the named ones are the rows above).
    ],
    roles=[],
)

A["dev_5609_gujral_sharif_male"] = dict(
    actors={"inder_kumar_gujral": ["Prime Minister I K Gujral", "I K Gujral", "Gujral"],
            "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
            "maumoon_abdul_gayoom": ["Maumoon Abdul Gayoom"],
            "gohar_ayub_khan": ["Pakistan Foreign Minister Gohar Ayub Khan", "Gohar Ayub Khan", "Ayub Khan"],
            "saarc": ["SAARC"]},
    meetings=[
        # "met in Kurumba village resort in Maldives on Monday" -> held, 1997-05-12, place Kurumba (the
        # named locality of the venue).
        M(["inder_kumar_gujral", "nawaz_sharif"], "1997-05-12", "Kurumba", IP, H,
          "Prime Minister I K Gujral and his Pakistani counterpart Nawaz Sharif met in Kurumba village resort in Maldives on Monday for one hour to find ways and means to address all outstanding issues between the two countries."),
        # Not rows: the joint press conference (a news conference, not a meeting); the summit's
        # inauguration and the foreign ministers' adoption of the draft (multilateral); Gohar Ayub
        # Khan talking to reporters.
    ],
    roles=[("his Pakistani counterpart", "nawaz_sharif"), ("the Maldivian President", "maumoon_abdul_gayoom"),
           ("SAARC outgoing Chairman", "inder_kumar_gujral")],
)

A["dev_5610_kaunda_thatcher_lusaka"] = dict(
    actors={"kenneth_kaunda": ["Zambian President Kenneth Kaunda", "Kenneth Kaunda", "Kaunda"],
            "betty_kaunda": ["Betty"],
            "margaret_thatcher": ["Margaret Thatcher", "Thatcher"],
            "denis_thatcher": ["Denis"],
            "robert_mugabe": ["Robert Mugabe"],
            "joshua_nkomo": ["Joshua Nkomo"],
            "abel_muzorewa": ["Prime Minister Bishop Abel Muzorewa", "Bishop Abel Muzorewa", "Abel Muzorewa", "Muzorewa"],
            "ian_smith": ["Former Prime Minister Ian Smith", "Ian Smith"],
            "pik_botha": ["Foreign Minister Roelof F. (\"Pik\") Botha", "Roelof F. (\"Pik\") Botha"],
            "patriotic_front": ["Patriotic Front"],
            "commonwealth_of_nations": ["Commonwealth"]},
    meetings=[
        # The dinner "at the close of the Commonwealth Conference in Lusaka" -> held, Lusaka, date null
        # (no day given); the spouses are not participants (ANNOTATION.md).
        M(["kenneth_kaunda", "margaret_thatcher"], None, "Lusaka", IP, H,
          "At the close of the Commonwealth Conference in Lusaka, Zambian President Kenneth Kaunda and his wife Betty dined with Margaret Thatcher and her husband Denis."),
        # Not rows: the deal between "the British government and the African 'frontline' states" (no
        # persons named); Mugabe's refusal to negotiate; the Commonwealth Conference (multilateral).
    ],
    roles=[("the British Prime Minister", "margaret_thatcher"), ("His co-leader (and rival)", "joshua_nkomo")],
)

A["test_5611_fujimori_mahuad_brasilia"] = dict(
    actors={"jamil_mahuad": ["Jamil Mahuad", "Mahuad"],
            "alberto_fujimori": ["Alberto Fujimori", "Fujimori"],
            "fernando_henrique_cardoso": ["Brazilian President Fernando Henrique Cardoso", "Fernando Henrique Cardoso", "Cardoso"]},
    meetings=[
        # "two days of peace talks in the Brazilian capital" ending on Monday -> held, Brasilia
        # (dateline), date null (a two-day range).
        M(["jamil_mahuad", "alberto_fujimori"], None, "Brasilia", IP, H,
          "Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru made the request in a letter presented to Brazilian President Fernando Henrique Cardoso after two days of peace talks in the Brazilian capital."),
        # The letter "presented to" Cardoso on Monday, and the joint news conference with him ->
        # Mahuad-Cardoso and Fujimori-Cardoso, held, 1998-09-28, Brasilia, required false (a
        # presentation of a letter and a joint news conference, not talks stated as such).
        M(["jamil_mahuad", "fernando_henrique_cardoso"], "1998-09-28", "Brasilia", IP, H,
          "Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru made the request in a letter presented to Brazilian President Fernando Henrique Cardoso after two days of peace talks in the Brazilian capital.", False),
        M(["alberto_fujimori", "fernando_henrique_cardoso"], "1998-09-28", "Brasilia", IP, H,
          "Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru made the request in a letter presented to Brazilian President Fernando Henrique Cardoso after two days of peace talks in the Brazilian capital.", False),
        # "pledged to meet again" -> planned, date and place null.
        M(["jamil_mahuad", "alberto_fujimori"], None, None, IP, P,
          "Mahuad and Fujimori pledged to meet again to continue looking for a solution to the century-old dispute over border demarcation, the main hurdle to signing a peace accord."),
        # Not rows: the guarantor nations' "regular meetings" (no persons named; a count); the
        # Reuters dateline credit and the CNN header (not annotated).
    ],
    roles=[("Brazilian President", "fernando_henrique_cardoso")],
)
