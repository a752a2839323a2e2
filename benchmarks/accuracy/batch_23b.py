"""Accuracy corpus, batch 23b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 576 articles, batches
1-22b; batch 23a not counted). In these three decades every cell had 10 articles except Eastern
Europe/Russia 2010s (9). That cell got one pick (9 -> 10); the other eleven picks went, as the
brief prefers, to the regions absent from batch 22b: Africa, Central Asia/Caucasus and the Middle
East, once per decade each (all 10 -> 11), plus Eastern Europe/Russia 2000s (10 -> 11) and a second
Central Asia/Caucasus 2020s pick (10 -> 12). New outlets as sites: Mail & Guardian pages new
(mg.co.za is used), armenianclub.com (an ITAR-TASS copy; the site is used), RFE/RL (used site;
pages new), Daily Nation (nation.co.ke), Kazinform (en.inform.kz; inform.kz is used), Times of
Islamabad, Deutsche Welle via tiue.org (a mirror), Africanews, Kun.uz, The News International
(used outlet; page new), Public Radio of Armenia (en.armradio.am). Collected with the `search`
tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_23b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-22b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_45NN_<slug>` / `test_45NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL has 2003-12-18 (a Thursday): "on Thursday" = 2003-12-18.
    ("dev_4501_mbeki_mugabe_harare", "Africa", "2000s", "Mail & Guardian (mg.co.za)", "https://mg.co.za/article/2003-12-18-mbeki-meets-with-mugabe-tsvangirai/", "2003-12-18"),
    # Date line of the copied ITAR-TASS report "May 25, 2007 Friday" ("on Friday" = 2007-05-25);
    # the repost's URL has 2007/05/27; published = the report's date.
    ("dev_4502_aliyev_kocharian_planned", "Central Asia/Caucasus", "2000s", "ITAR-TASS, via armenianclub.com", "https://armenianclub.com/2007/05/27/azerbaijans-president-to-meet-with-armenian-counterpart-june-9/amp", "2007-05-25"),
    # Date line "February 19, 2007" (a Monday): "today" = 2007-02-19.
    ("test_4503_rice_olmert_abbas_jerusalem", "Middle East", "2000s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1074798.html", "2007-02-19"),
    # Date line "15 December 2005" (a Thursday): "later today" = 2005-12-15.
    ("dev_4504_putin_lukashenka_sochi", "Eastern Europe/Russia", "2000s", "Radio Free Europe/Radio Liberty (rferl.org)", "http://www.rferl.org/a/1063859.html", "2005-12-15"),
    # No date line; the caption gives "May 3, 2014" (a Saturday), the story's "Saturday morning";
    # published = 2014-05-03 (derived). "on Friday" = 2014-05-02.
    ("dev_4505_kenyatta_kiir_nairobi", "Africa", "2010s", "Daily Nation (nation.co.ke)", "http://www.nation.co.ke/news/africa/South-Sudan-Crisis-Salva-Kiir-Riek-Machar/-/1066/2302550/-/u47wafz/-/index.html", "2014-05-03"),
    # Date line "17:11, 24 January 2018" (a Wednesday): "today" = 2018-01-24.
    ("dev_4506_nazarbayev_mirziyoyev_call", "Central Asia/Caucasus", "2010s", "Kazinform (en.inform.kz)", "https://en.inform.kz/amp/president-nazarbayev-has-telephone-talk-with-uzbek-counterpart_a3132363/", "2018-01-24"),
    # No date line; the URL has 16-Apr-2016 (a Saturday). No day is given for the meeting.
    ("test_4507_erdogan_rouhani_ankara", "Middle East", "2010s", "Times of Islamabad (timesofislamabad.com)", "https://timesofislamabad.com/16-Apr-2016/erdogan-meets-rouhani-eyeing-enhanced-bilateral-trade-ties", "2016-04-16"),
    # Date line "August 27, 2014" (a Wednesday): "On Tuesday" = 2014-08-26.
    ("dev_4508_poroshenko_putin_minsk", "Eastern Europe/Russia", "2010s", "Deutsche Welle, via tiue.org (mirror)", "https://tiue.org/dw/en/poroshenko-and-putin-claim-progress-on-ukraine-conflict/a-17880688", "2014-08-27"),
    # The search result's date and the URL give 2023-04-05 (a Wednesday): "on Tuesday" = 2023-04-04.
    ("dev_4509_ruto_kagame_kigali", "Africa", "2020s", "Africanews (africanews.com)", "https://www.africanews.com/2023/04/05/kenya-president-ruto-meets-with-kagame-in-kigali-discusses-regional-security/", "2023-04-05"),
    # Date line "16:54 / 21.12.2022" (a Wednesday); the text's "on December 21".
    ("dev_4510_tokayev_mirziyoyev_tashkent", "Central Asia/Caucasus", "2020s", "Kun.uz (kun.uz)", "https://m.kun.uz/en/news/2022/12/21/kassym-jomart-tokayev-arrives-in-uzbekistan-on-a-state-visit", "2022-12-21"),
    # The search result's date is 2022-04-30 (a Saturday; the print edition). The reception's
    # day is not given (SPA "reported on Friday").
    ("test_4511_salman_erdogan_jeddah", "Middle East", "2020s", "The News International (thenews.com.pk)", "https://www.thenews.com.pk/print/954380-saudi-king-crown-prince-receive-erdogan-in-jeddah", "2022-04-30"),
    # No date line in the excerpt; the URL has 2023/05/11 (a Thursday): "on Wednesday" =
    # 2023-05-10; "Sunday, May 14" = 2023-05-14.
    ("dev_4512_michel_pashinyan_aliyev_planned", "Central Asia/Caucasus", "2020s", "Public Radio of Armenia (en.armradio.am)", "https://en.armradio.am/2023/05/11/blinken-michel-discuss-opportunities-of-supporting-durable-peace-between-armenia-and-azerbaijan/", "2023-05-11"),
]

A = {}

A["dev_4501_mbeki_mugabe_harare"] = dict(
    actors={
        "thabo_mbeki": ["Thabo Mbeki", "Mbeki"],
        "robert_mugabe": ["Robert Mugabe", "Mugabe"],
        "morgan_tsvangirai": ["Morgan Tsvangirai", "Tsvangirai"],
        "movement_for_democratic_change": ["Movement for Democratic Change", "MDC"],
        "commonwealth_of_nations": ["Commonwealth"],
    },
    meetings=[
        # "held lengthy talks with President Robert Mugabe in Harare on Thursday" (the airport
        # welcome and the "formal discussions at ... State House": the same visit) -> held,
        # 2003-12-18, Harare.
        M(["thabo_mbeki", "robert_mugabe"], "2003-12-18", "Harare", IP, H,
          "South African President Thabo Mbeki held lengthy talks with President Robert Mugabe in Harare on Thursday over Zimbabwe’s crisis, and was due later to see opposition leader Morgan Tsvangirai, opposition officials said."),
        # "was due later to see opposition leader Morgan Tsvangirai" -> planned (later that day),
        # 2003-12-18, Harare ("at a Harare hotel later").
        M(["thabo_mbeki", "morgan_tsvangirai"], "2003-12-18", "Harare", IP, P,
          "South African President Thabo Mbeki held lengthy talks with President Robert Mugabe in Harare on Thursday over Zimbabwe’s crisis, and was due later to see opposition leader Morgan Tsvangirai, opposition officials said."),
        # "”the party’s leadership” would be meeting Mbeki at a Harare hotel later" -> the MDC as
        # an organisation, planned, optional (the same encounter as the Tsvangirai row).
        M(["movement_for_democratic_change", "thabo_mbeki"], "2003-12-18", "Harare", IP, P,
          "A spokesperson for Tsvangirai’s opposition Movement for Democratic Change (MDC) said ”the party’s leadership” would be meeting Mbeki at a Harare hotel later.", False),
        # Not rows: Zimbabwe's withdrawal from the Commonwealth (not a meeting). Removed: the
        # cut-off paragraphs after "in March last year." (the MDC statement and the Abuja summit,
        # whose last sentence is cut off in the excerpt).
    ],
    roles=[("South African President", "thabo_mbeki"), ("opposition leader", "morgan_tsvangirai"),
           ("the opposition leader", "morgan_tsvangirai")],
)

_AK = ("Azerbaijan’s President Ilkham Aliyev has agreed to meet with his Armenian counterpart Robert Kocharian on the sidelines of the informal CIS summit in St. Petersburg on June 9, the French co-chairman of the OSCE Minsk Group for Nagorno-Karabakh, Bernard Fasier, told a news conference in Baku on Friday.")
_MZ = ("About the results of the just-ended round of political consultations in Baku on the settlement of the Nagorno-Karabakh conflict the Russian co-chairman, Yuri Merzlyakov, said “there were very meaningful discussions with President Ilkham Aliyev and Foreign Minister Elmar Mamedyarov.”")
A["dev_4502_aliyev_kocharian_planned"] = dict(
    actors={
        "ilham_aliyev": ["Ilkham Aliyev", "Aliyev"],
        "robert_kocharyan": ["Robert Kocharian", "Kocharian"],
        "bernard_fassier": ["Bernard\nFasier", "Facier"],
        "miguel_angel_moratinos": ["Miguel Angel\nMoratinos"],
        "yuri_merzlyakov": ["Yuri Merzlyakov"],
        "elmar_mammadyarov": ["Elmar Mamedyarov"],
        "osce_minsk_group": ["OSCE Minsk Group", "Minsk Group"],
        "itar_tass": ["ITAR-TASS News Agency"],
    },
    meetings=[
        # "has agreed to meet with his Armenian counterpart ... in St. Petersburg on June 9"
        # (the "Aliyev-Kocharian encounter": the same) -> planned, 2007-06-09, St. Petersburg.
        M(["ilham_aliyev", "robert_kocharyan"], "2007-06-09", "St. Petersburg", IP, P, _AK),
        # "Moratinos will visit the region to make preparations" ("the visit is due on June 4")
        # -> no named counterpart -> one-party planned row, 2007-06-04, place null (the region);
        # optional.
        M(["miguel_angel_moratinos"], "2007-06-04", None, IP, P,
          "“The OSCE Chairman-in-Office, Spanish Foreign Minister Miguel Angel Moratinos will visit the region to make preparations for the meeting,” Facier said.", False),
        # Merzlyakov's "meaningful discussions with President Ilkham Aliyev and Foreign Minister
        # Elmar Mamedyarov" in Baku ("the just-ended round") -> two held rows, date null, Baku.
        # (No Aliyev-Mamedyarov pair: both on the host side.)
        M(["yuri_merzlyakov", "ilham_aliyev"], None, "Baku", IP, H, _MZ),
        M(["yuri_merzlyakov", "elmar_mammadyarov"], None, "Baku", IP, H, _MZ),
        # Not rows: the co-chairmen's visit to Baku and Yerevan on June 6-7 (no named hosts; the
        # co-chairs not all named); Fasier's news conference (a statement). "ITAR-TASS News
        # Agency, Russia" heads the copied report (agency credit, kept as an actor alias as it
        # stands). Removed: the rest of the report after "remain divided over." (the Lachin
        # paragraphs; the excerpt is cut off later). Kept: the page's hard line breaks and both
        # spellings "Fasier" / "Facier".
    ],
    roles=[("Azerbaijan’s President", "ilham_aliyev"), ("the Russian official", "yuri_merzlyakov")],
)

_RT = ("Today's talks were the first ever between Rice, Israeli Prime Minister Ehud Olmert, and Palestinian President Mahmud Abbas.")
A["test_4503_rice_olmert_abbas_jerusalem"] = dict(
    actors={
        "condoleezza_rice": ["Condoleezza Rice", "Secretary Rice", "Rice"],
        "ehud_olmert": ["Ehud Olmert", "Olmert"],
        "mahmoud_abbas": ["Mahmud Abbas", "Abbas"],
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        # "three-way talks in Jerusalem with the Israeli and Palestinian leaders" ("Today's talks
        # were the first ever between Rice, ... Olmert, and ... Abbas") -> three pair rows, held,
        # 2007-02-19, Jerusalem.
        M(["condoleezza_rice", "ehud_olmert"], "2007-02-19", "Jerusalem", IP, H, _RT),
        M(["condoleezza_rice", "mahmoud_abbas"], "2007-02-19", "Jerusalem", IP, H, _RT),
        M(["ehud_olmert", "mahmoud_abbas"], "2007-02-19", "Jerusalem", IP, H, _RT),
        # "Olmert and Abbas have agreed to meet again" ("would meet together again soon") ->
        # planned, date null, place null.
        M(["ehud_olmert", "mahmoud_abbas"], None, None, IP, P,
          "But she did say that Olmert and Abbas have agreed to meet again and that she also plans to return to the region soon."),
        # Not rows: Rice "plans to return to the region" (no counterpart); Olmert's remarks "on
        # February 18" (a statement). "(epa)" is a photo credit. Removed:
        # the site lines "Accessibility links" / "Breaking News" and the last paragraph, cut
        # off in the excerpt (it holds Olmert's "I spoke about this on Friday with the
        # president of the United States", so no phone row is annotated).
    ],
    roles=[("U.S. Secretary of State", "condoleezza_rice"), ("Israeli Prime Minister", "ehud_olmert"),
           ("Palestinian President", "mahmoud_abbas"), ("The president", "mahmoud_abbas"),
           ("prime minister", "ehud_olmert")],
)

A["dev_4504_putin_lukashenka_sochi"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "alexander_lukashenko": ["Alyaksandr Lukashenka", "Lukashenka"],
        "aleksei_gromov": ["Aleksei Gromov"],
    },
    meetings=[
        # "arrived in ... Sochi for talks later today with Belarus President Alyaksandr
        # Lukashenka" (headline "Putin To Meet Lukashenka In Sochi"; "the Putin-Lukashenka
        # meeting": the same) -> planned, 2005-12-15, Sochi.
        M(["vladimir_putin", "alexander_lukashenko"], "2005-12-15", "Sochi", IP, P,
          "Presidents Lukashenka and Putin (file photo) (CTK) 15 December 2005 -- Officials say President Vladimir Putin has arrived in the Russian Black Sea resort of Sochi for talks later today with Belarus President Alyaksandr Lukashenka."),
        # Not rows: the file photo (an earlier, undated encounter). "(CTK)" is a photo credit;
        # "(ITAR-TASS/AFP/Interfax)" the agency credits. Removed: "Accessibility links",
        # "Breaking News" and the RFE/RL notice about Russia after the credits.
    ],
    roles=[("Belarus President", "alexander_lukashenko"), ("Russian presidential spokesman", "aleksei_gromov")],
)

_KT = ("Speaking when he held talks with President Salva Kiir and Ethiopian Foreign Affairs Minister Tedros Adhanom at State House Nairobi on Saturday morning, President Uhuru Kenyatta made it clear that Igad will not accept fragmentation of the ongoing peace talks on the South Sudan crisis.")
_KB = ("President Kiir who arrived in the country on Friday to attend the fifth Northern Corridor Integration Projects Summit briefed President Kenyatta and Deputy President William Ruto on the talks he held with the visiting US Secretary of State John Kerry in Juba on Friday.")
A["dev_4505_kenyatta_kiir_nairobi"] = dict(
    actors={
        "uhuru_kenyatta": ["Uhuru Kenyatta", "President Kenyatta"],
        "salva_kiir": ["Salva Kiir", "President Kiir"],
        "gideon_moi": ["Gideon Moi"],
        "riek_machar": ["Riek Machar"],
        "igad": ["Intergovernmental Authority on Development", "Igad"],
        "tedros_adhanom": ["Tedros Adhanom", "Mr Adhanom"],
        "william_ruto": ["William Ruto"],
        "john_kerry": ["John Kerry", "Secretary Kerry"],
        "amina_mohammed": ["Amina Mohammed"],
    },
    meetings=[
        # Talks "with President Salva Kiir and ... Tedros Adhanom at State House Nairobi on
        # Saturday morning" (caption "receives ... Salva Kiir at State House, Nairobi on May 3,
        # 2014") -> three pair rows, held, 2014-05-03, Nairobi.
        M(["uhuru_kenyatta", "salva_kiir"], "2014-05-03", "Nairobi", IP, H, _KT),
        M(["uhuru_kenyatta", "tedros_adhanom"], "2014-05-03", "Nairobi", IP, H, _KT),
        M(["salva_kiir", "tedros_adhanom"], "2014-05-03", "Nairobi", IP, H, _KT),
        # Kiir "briefed President Kenyatta and Deputy President William Ruto" -> Kiir-Ruto held,
        # 2014-05-03 (the same session, the story's day), Nairobi; Ruto-Kenyatta (hosts) not a row.
        M(["salva_kiir", "william_ruto"], "2014-05-03", "Nairobi", IP, H, _KB),
        # "the talks he held with ... John Kerry in Juba on Friday" -> held, 2014-05-02, Juba.
        M(["salva_kiir", "john_kerry"], "2014-05-02", "Juba", IP, H, _KB),
        # "the talks he [Adhanom] had with Secretary Kerry" -> held, date null, place null.
        M(["tedros_adhanom", "john_kerry"], None, None, IP, H,
          "Mr Adhanom who later arrived in country also briefed President Kenyatta and President Kiir on the talks he had with Secretary Kerry."),
        # "the briefing session which was also attended by ... Amina Mohammed" -> optional pair
        # rows with the visitors (Mohammed on the host side).
        M(["amina_mohammed", "tedros_adhanom"], "2014-05-03", "Nairobi", IP, H,
          "In the briefing session which was also attended by Cabinet Secretary for Foreign Affairs Ambassador Amina Mohammed, the Ethiopian Minister said Secretary Kerry expressed US commitment to supporting the Igad-led initiatives in resolving the South Sudan crisis.", False),
        M(["amina_mohammed", "salva_kiir"], "2014-05-03", "Nairobi", IP, H,
          "In the briefing session which was also attended by Cabinet Secretary for Foreign Affairs Ambassador Amina Mohammed, the Ethiopian Minister said Secretary Kerry expressed US commitment to supporting the Igad-led initiatives in resolving the South Sudan crisis.", False),
        # "face to face talks between President Salva Kiir and Riek Machar will take place in the
        # shortest time possible" -> planned, date null, place null.
        M(["salva_kiir", "riek_machar"], None, None, IP, P,
          "President Kenyatta said the face to face talks between President Salva Kiir and Riek Machar will take place in the shortest time possible"),
        # Not rows: the Igad summit in Juba and the Northern Corridor summit (multilateral);
        # Gideon Moi "Looking on" in the caption (a bystander). "PHOTO | PSCU" is a credit.
        # Removed: the cut-off paragraph after "the South Sudan crisis." (EAC chair, "in th").
    ],
    roles=[("South Sudan President", "salva_kiir"), ("Ethiopian Foreign Affairs Minister", "tedros_adhanom"),
           ("Deputy President", "william_ruto"), ("US Secretary of State", "john_kerry"),
           ("Cabinet Secretary for Foreign Affairs", "amina_mohammed"), ("the Ethiopian Minister", "tedros_adhanom"),
           ("Baringo County Senator", "gideon_moi"), ("the Igad rapporteur", "uhuru_kenyatta")],
)

A["dev_4506_nazarbayev_mirziyoyev_call"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "President Nazarbayev", "Nazarbayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
        "kazinform": ["KAZINFORM", "Kazinform"],
        "akorda_press_service": ["Akorda press service"],
    },
    meetings=[
        # "had a telephone conversation with his Uzbek counterpart Shavkat Mirziyoyev today" ->
        # phone, held, 2018-01-24, place null (a call; the dateline Astana is Nazarbayev's end).
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], "2018-01-24", None, PH, H,
          "ASTANA. KAZINFORM - President Nursultan Nazarbayev of Kazakhstan had a telephone conversation with his Uzbek counterpart Shavkat Mirziyoyev today, Kazinform has learnt from the Akorda press service."),
        # Not rows: "touched upon the scheduled of upcoming meetings" (no specific meeting);
        # the condolences (within the same call).
    ],
    roles=[("his Uzbek counterpart", "shavkat_mirziyoyev")],
)

A["test_4507_erdogan_rouhani_ankara"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan", "Erdogan"],
        "hassan_rouhani": ["Rouhani"],
        "organisation_of_islamic_cooperation": ["OIC"],
    },
    meetings=[
        # "Erdogan met with his Iranian counterpart Rouhani" ("Both leaders hold talks") ->
        # held, date null (no day in the text), Ankara (the dateline; the only place given).
        M(["recep_tayyip_erdogan", "hassan_rouhani"], None, "Ankara", IP, H,
          "ANKARA: Turkish President Recep Tayyip Erdogan met with his Iranian counterpart Rouhani eyeing enhanced bilateral trade ties."),
        # Not rows: the joint statement (a statement); the OIC members' accusations.
    ],
    roles=[("Turkish President", "recep_tayyip_erdogan"), ("his Iranian counterpart", "hassan_rouhani")],
)

A["dev_4508_poroshenko_putin_minsk"] = dict(
    actors={
        "petro_poroshenko": ["Petro Poroshenko", "Poroshenko"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "catherine_ashton": ["Catherine Ashton"],
        "alexander_lukashenko": ["Alexander Lukashenko"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
        "european_union": ["EU"],
    },
    meetings=[
        # "After meeting with Poroshenko one on one" ("the talk with Putin on Tuesday") ->
        # held, 2014-08-26, Minsk.
        M(["petro_poroshenko", "vladimir_putin"], "2014-08-26", "Minsk", IP, H,
          "After meeting with Poroshenko one on one, Putin said that the presidents had discussed the need to end the conflict, but that Ukraine's government would have to engage with the separatists directly."),
        # "multilateral talks in Minsk with ... Putin ..., Ashton, ... Lukashenko ... and ...
        # Nazarbayev" -> a five-party summit (multilateral plenary): Poroshenko's pairs with the
        # other four as optional rows only (see the notes).
        M(["petro_poroshenko", "catherine_ashton"], "2014-08-26", "Minsk", IP, H,
          "August 27, 2014On Tuesday, Petro Poroshenko (right in photo) said he had held \"tough and complex\" multilateral talks in Minsk with Russia's Vladimir Putin (left), EU foreign policy chief Catherine Ashton (second from left), Belarusian President Alexander Lukashenko (second right) and Kazakhstan's Nursultan Nazarbayev.", False),
        M(["petro_poroshenko", "alexander_lukashenko"], "2014-08-26", "Minsk", IP, H,
          "August 27, 2014On Tuesday, Petro Poroshenko (right in photo) said he had held \"tough and complex\" multilateral talks in Minsk with Russia's Vladimir Putin (left), EU foreign policy chief Catherine Ashton (second from left), Belarusian President Alexander Lukashenko (second right) and Kazakhstan's Nursultan Nazarbayev.", False),
        M(["petro_poroshenko", "nursultan_nazarbayev"], "2014-08-26", "Minsk", IP, H,
          "August 27, 2014On Tuesday, Petro Poroshenko (right in photo) said he had held \"tough and complex\" multilateral talks in Minsk with Russia's Vladimir Putin (left), EU foreign policy chief Catherine Ashton (second from left), Belarusian President Alexander Lukashenko (second right) and Kazakhstan's Nursultan Nazarbayev.", False),
        # Not rows: "agreed to talks on gas supplies" (talks of unnamed officials); the
        # statements to journalists. "mkg/jm (Reuters, AFP, dpa, AP)" (initials and agencies)
        # removed as the byline line. Kept: "2014On" run together as on the page.
    ],
    roles=[("EU foreign policy chief", "catherine_ashton"), ("Belarusian President", "alexander_lukashenko"),
           ("his counterpart", "vladimir_putin")],
)

A["dev_4509_ruto_kagame_kigali"] = dict(
    actors={
        "william_ruto": ["William Ruto", "Ruto"],
        "paul_kagame": ["Paul Kagame", "Kagame"],
        "kenyan_state_house": ["Kenyan State House"],
    },
    meetings=[
        # "Ruto has met with his Rwandan counterpart Paul Kagame" ("The meeting on Tuesday was
        # part of Ruto's official two day visit to Kigali") -> held, 2023-04-04, Kigali.
        M(["william_ruto", "paul_kagame"], "2023-04-04", "Kigali", IP, H,
          "The meeting on Tuesday was part of Ruto's official two day visit to Kigali on the invitation of President Paul Kagame in what is also the Kenyan leader's first visit to Rwanda since he came to power last year September."),
        # Not rows: "Ruto has visited, or met, with leaders from Uganda, DR Congo, ..." (unnamed
        # leaders, no specific meeting). Removed: the site's header and the video list.
    ],
    roles=[("Kenyan President", "william_ruto"), ("his Rwandan counterpart", "paul_kagame"),
           ("the Kenyan leader", "william_ruto")],
)

A["dev_4510_tokayev_mirziyoyev_tashkent"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev", "Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "Mirziyoyev"],
    },
    meetings=[
        # "At the Tashkent airport, Tokayev was met by Mirziyoyev ... had a brief conversation"
        # -> held, 2022-12-21, Tashkent.
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], "2022-12-21", "Tashkent", IP, H,
          "At the Tashkent airport, Tokayev was met by Mirziyoyev."),
        # Not rows: the wreath at the Independence Monument (no counterpart). Removed: "More
        # news:".
    ],
    roles=[("President of Kazakhstan", "kassym_jomart_tokayev"), ("the President of Kazakhstan", "kassym_jomart_tokayev")],
)

_SE = ("RIYADH: Saudi Arabia’s King Salman and crown prince Mohammed bin Salman received Turkish President Recep Tayyip Erdogan in Jeddah, the Saudi Press Agency reported on Friday.")
A["test_4511_salman_erdogan_jeddah"] = dict(
    actors={
        "king_salman": ["King Salman"],
        "mohammed_bin_salman": ["Mohammed bin Salman"],
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan", "Erdogan"],
        "saudi_press_agency": ["Saudi Press Agency"],
        "khalid_al_faisal": ["Prince Khalid Al-Faisal"],
    },
    meetings=[
        # "King Salman and crown prince Mohammed bin Salman received ... Erdogan in Jeddah" ->
        # two held rows, date null (the day of the reception is not given; SPA "reported on
        # Friday"), Jeddah. No King-crown prince pair (both hosts).
        M(["king_salman", "recep_tayyip_erdogan"], None, "Jeddah", IP, H, _SE),
        M(["mohammed_bin_salman", "recep_tayyip_erdogan"], None, "Jeddah", IP, H, _SE),
        # "arrived in Jeddah and was received by Makkah Governor Prince Khalid Al-Faisal" ->
        # held, date null, Jeddah.
        M(["khalid_al_faisal", "recep_tayyip_erdogan"], None, "Jeddah", IP, H,
          "Earlier, the Turkish leader, in his first visit to Saudi Arabia since 2017, arrived in Jeddah and was received by Makkah Governor Prince Khalid Al-Faisal."),
        # Not rows: reception by "senior officials" at the mosque (unnamed); the Turkish statement
        # on "the talks to be held" (the same visit).
    ],
    roles=[("Turkish President", "recep_tayyip_erdogan"), ("The king", "king_salman"),
           ("the Turkish president", "recep_tayyip_erdogan"), ("The crown prince", "mohammed_bin_salman"),
           ("Makkah Governor", "khalid_al_faisal"), ("the Turkish leader", "recep_tayyip_erdogan")],
)

_BM = ("Earlier this month Antony Blinken hosted talks between Armenian and Azerbaijani Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov.")
_WS = ("While in Washington they met with Secretary of State Anthony Blinken and Assistant to the President and National Security Advisor Jake Sullivan.")
_BR = ("EU Council President President Michel will host a meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Brussels on Sunday, May 14.")
_CH = ("Their discussions will also be flanked by a meeting together with President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany, in the margins of the upcoming European Political Community summit in Chisinău on 1 June 2023.")
A["dev_4512_michel_pashinyan_aliyev_planned"] = dict(
    actors={
        "antony_blinken": ["Antony Blinken", "Anthony Blinken"],
        "charles_michel": ["Charles Michel", "President Michel", "Michel"],
        "ararat_mirzoyan": ["Ararat Mirzoyan"],
        "jeyhun_bayramov": ["Jeyhun Bayramov"],
        "jake_sullivan": ["Jake Sullivan"],
        "nikol_pashinyan": ["Nikol Pashinyan", "PM Pashinyan"],
        "ilham_aliyev": ["Ilham Aliyev"],
        "emmanuel_macron": ["Emmanuel Macron"],
        "olaf_scholz": ["Olaf Scholz"],
        "us_department_of_state": ["Department of State"],
        "armenian_foreign_ministry": ["Armenian Foreign Ministry"],
    },
    meetings=[
        # "discussed the situation in the South Caucasus during a phone call on Wednesday" ->
        # phone, held, 2023-05-10, place null.
        M(["antony_blinken", "charles_michel"], "2023-05-10", None, PH, H,
          "US Secretary of State Antony Blinken and President of the EU Council Charles Michel discussed the situation in the South Caucasus during a phone call on Wednesday."),
        # Blinken "hosted talks between ... Mirzoyan and ... Bayramov" ("talks in Washington on
        # May 1-4") -> three pair rows, held, date null (a four-day span), Washington.
        M(["ararat_mirzoyan", "jeyhun_bayramov"], None, "Washington", IP, H, _BM),
        M(["antony_blinken", "ararat_mirzoyan"], None, "Washington", IP, H, _BM),
        M(["antony_blinken", "jeyhun_bayramov"], None, "Washington", IP, H, _BM),
        # "they met with ... Blinken and ... Jake Sullivan" -> Sullivan rows, held, date null,
        # Washington (the Blinken pairs are the rows above).
        M(["jake_sullivan", "ararat_mirzoyan"], None, "Washington", IP, H, _WS),
        M(["jake_sullivan", "jeyhun_bayramov"], None, "Washington", IP, H, _WS),
        # "Michel will host a meeting between ... Pashinyan and ... Aliyev in Brussels on Sunday,
        # May 14" -> three pair rows, planned, 2023-05-14, Brussels.
        M(["nikol_pashinyan", "ilham_aliyev"], "2023-05-14", "Brussels", IP, P, _BR),
        M(["charles_michel", "nikol_pashinyan"], "2023-05-14", "Brussels", IP, P, _BR),
        M(["charles_michel", "ilham_aliyev"], "2023-05-14", "Brussels", IP, P, _BR),
        # "a meeting together with ... Macron ... and ... Scholz ... in Chisinău on 1 June 2023"
        # -> planned, 2023-06-01, Chisinău: Pashinyan-Aliyev required; the pairs with Macron and
        # Scholz optional ("Their" read as Pashinyan and Aliyev; Michel's part not stated).
        M(["nikol_pashinyan", "ilham_aliyev"], "2023-06-01", "Chisinău", IP, P, _CH),
        M(["nikol_pashinyan", "emmanuel_macron"], "2023-06-01", "Chisinău", IP, P, _CH, False),
        M(["nikol_pashinyan", "olaf_scholz"], "2023-06-01", "Chisinău", IP, P, _CH, False),
        M(["ilham_aliyev", "emmanuel_macron"], "2023-06-01", "Chisinău", IP, P, _CH, False),
        M(["ilham_aliyev", "olaf_scholz"], "2023-06-01", "Chisinău", IP, P, _CH, False),
        M(["emmanuel_macron", "olaf_scholz"], "2023-06-01", "Chisinău", IP, P, _CH, False),
        # Not rows: "the government sitting this morning" (a cabinet session); the European
        # Political Community summit (multilateral). Kept: "the the" and "President President"
        # as on the page.
    ],
    roles=[("US Secretary of State", "antony_blinken"), ("President of the EU Council", "charles_michel"),
           ("Secretary of State", "antony_blinken"), ("National Security Advisor", "jake_sullivan"),
           ("Armenian Prime Minister", "nikol_pashinyan"), ("Azerbaijani President", "ilham_aliyev"),
           ("EU Council President", "charles_michel"), ("Chancellor", "olaf_scholz")],
)
