"""Accuracy corpus, batch 40a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1980s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1980s: one, 1990s: three, 2000s: three, 2010s: one, 2020s: three;
five of the twelve from before 2000, as the brief asked), over eleven regions (Middle East: two;
Africa, Southeast Asia, Central Asia/Caucasus, Latin America, South Asia, Eastern Europe/Russia,
Oceania, East Asia, North America, Western Europe: one each). Outlets/sites: The Kenyan DAILY
POST (kenyan-post.com), Hanoi Times, armenianclub.com (Pravda copy), the Mail & Guardian,
vinapk.com (Los Angeles Times copy), the Hindustan Times, UPI (archives), AP News (archive),
Maclean's (archive), Time (magazine archive, text mirror), BusinessDesk (New Zealand) and MENAFN
(WAM copy). Where the corpus already used a site, the page is new; kenyan-post.com, hanoitimes.vn,
the Hindustan Times page, businessdesk.co.nz and this MENAFN page are new to the corpus. Collected
with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package was
run on them (the package has not been run, imported or read for this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_40a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-39b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_78NN_<slug>` / `test_78NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The text's own date line "Wednesday, May 5, 2021" (also the search result's date field
    # 2021-05-05): "yesterday" = 2021-05-04 (weekdays computed with Python datetime).
    ("dev_7801_suluhu_kenyatta_state_house", "Africa", "2020s", "The Kenyan DAILY POST (kenyan-post.com)", "https://kenyan-post.com/2021/05/kenyans-have-reaped-big-from-president-samia-suluhus-visit-see-the-8-agreements-uhuru-sealed-with-her-in-state-house/", "2021-05-05"),
    # The page's date line "Apr 29, 2015 / 12:00" (a Wednesday); the meeting is dated in the
    # text ("on April 27" = 2015-04-27).
    ("dev_7802_dung_prayut_kuala_lumpur", "Southeast Asia", "2010s", "Hanoi Times (hanoitimes.vn)", "https://hanoitimes.vn/pm-meets-thai-counterpart-on-asean-summit-sidelines-16074.html", "2015-04-29"),
    # The text's date line "13:43 2005-05-16" (the Pravda original, a Monday; the repost URL
    # carries 2005/05/17): "early Monday" / "just past midnight Monday" = 2005-05-16 (the same
    # day against either date).
    ("test_7803_aliyev_kocharian_erdogan_talks", "Central Asia/Caucasus", "2000s", "Pravda, via armenianclub.com (repost)", "https://www.armenianclub.com/2005/05/17/moscow-leaders-of-armenia-azerbaijanturkey-hold-separate-talks-on", "2005-05-16"),
    # The URL's date 2005-02-18 (a Friday; no date line in the excerpt): "this week" -> null.
    ("dev_7804_uribe_chavez_caracas", "Latin America", "2000s", "Mail & Guardian (mg.co.za)", "https://mg.co.za/article/2005-02-18-south-american-row-under-control/", "2005-02-18"),
    # The URL's date 1989-09-19 (a Tuesday; no date line in the excerpt): "Monday" =
    # 1989-09-18.
    ("dev_7805_rabin_mubarak_cairo", "Middle East", "1980s", "Los Angeles Times (archive page, mirror vinapk.com)", "https://vinapk.com/archives/la-xpm-1989-09-19-mn-209-story.html", "1989-09-19"),
    # The page's line "Updated: Feb 21, 2009 20:33 IST" (a Saturday): "on Saturday" =
    # 2009-02-21 (the party meeting, not a row). The weather widget's "Mar 24, 2019-Sunday" is
    # the crawl date of the page, removed.
    ("dev_7806_sharif_kargil_calls", "South Asia", "2000s", "Hindustan Times (hindustantimes.com)", "https://www.hindustantimes.com/world/musharraf-asked-me-to-talk-to-clinton-to-end-kargil-war-sharif/story-oTZOPvd2u7Njzi4EGtzoZJ.html", "2009-02-21"),
    # The URL's date 1993/08/25 (a Wednesday; no date line in the excerpt): "said Wednesday"
    # = 1993-08-25.
    ("test_7807_yeltsin_walesa_warsaw", "Eastern Europe/Russia", "1990s", "United Press International (upi.com archives)", "https://www.upi.com/Archives/1993/08/25/Yeltsin-respects-Polish-position-on-NATO/4309746251200/", "1993-08-25"),
    # The page's date line "August 12, 1991 GMT" (a Monday): "today" = 1991-08-12.
    ("dev_7808_kaifu_jiang_beijing", "East Asia", "1990s", "Associated Press (apnews.com archive)", "https://apnews.com/09f8feb057f36ea1dc9b44052d34ef1e", "1991-08-12"),
    # The byline/date line "NANCY WOOD January 28 1991" (the issue date, a Monday; also the
    # URL): the call ("On the final day before Canada went to war") is not dated by the text.
    ("dev_7809_mulroney_bush_gulf_call", "North America", "1990s", "Maclean's (archive.macleans.ca)", "https://archive.macleans.ca/article/1991/1/28/the-isolationist-province", "1991-01-28"),
    # The page's date line "Friday, Jan. 20, 1967" (the issue date; also the URL): "Last week"
    # -> null.
    ("dev_7810_de_gaulle_kiesinger_paris", "Western Europe", "1960s", "Time (magazine archive, text mirror)", "http://20.210.105.67/txt/time/Time1967/1967-01-20/843304.html", "1967-01-20"),
    # The search result's date field 2023-01-31 (a Tuesday; no date line in the excerpt): the
    # meeting "next Tuesday, Feb 7" = 2023-02-07 (explicit, and agreeing with the weekday).
    ("test_7811_hipkins_albanese_planned", "Oceania", "2020s", "BusinessDesk (businessdesk.co.nz)", "https://businessdesk.co.nz/article/politics/chris-hipkins-to-meet-anthony-albanese", "2023-01-31"),
    # The dateline "NEW DELHI, 9th September, 2023 (WAM)" (a Saturday; also the search
    # result's date field): "today" = 2023-09-09.
    ("dev_7812_mbz_g20_new_delhi", "Middle East", "2020s", "MENAFN (menafn.com; WAM copy)", "https://menafn.com/1107038036/Uae-President-Meets-With-World-Leaders-Participating-In-G20-Summit-In-New-Delhi", "2023-09-09"),
]

A = {}

A["dev_7801_suluhu_kenyatta_state_house"] = dict(
    actors={
        "samia_suluhu_hassan": ["Samia Suluhu", "Suluhu"],
        "uhuru_kenyatta": ["Uhuru Kenyatta", "President Kenyatta", "Kenyatta"],
        "john_magufuli": ["John Magufuli"],
        "raychelle_omamo": ["Rachael Omamo"],
    },
    meetings=[
        # "She then made straight to the State House to meet President Uhuru Kenyatta" + "The two
        # heads of state together with their entourage thereafter held a two-hour closed-door
        # meeting" ("During the meeting", the memorandum signed, "Suluhu also assured President
        # Kenyatta": the same) -> held, 2021-05-04 ("yesterday made her maiden visit"), place
        # Kenya ("the State House" is given no city, as batch 37a's Ugandan State House; the
        # visit is "to Kenya").
        M(["samia_suluhu_hassan", "uhuru_kenyatta"], "2021-05-04", "Kenya", IP, H,
          "The two heads of state together with their entourage thereafter held a two-hour closed-door meeting where they deliberated on several issues."),
        # "was received by Foreign Affairs Cabinet Secretary Rachael Omamo at the Jomo Kenyatta
        # International Airport (JKIA)" -> an arrival reception: held, 2021-05-04, Kenya (the
        # airport is given no city; the same place as the talks); required False (an airport
        # welcome, as batch 32b's Entebbe reception and batch 16a's Guingona greeting).
        M(["samia_suluhu_hassan", "raychelle_omamo"], "2021-05-04", "Kenya", IP, H,
          "Suluhu jetted in early morning and was received by Foreign Affairs Cabinet Secretary Rachael Omamo at the Jomo Kenyatta International Airport (JKIA).",
          False),
        # Not rows: "directed the Ministers from the two nations to be meeting regularly" (unnamed,
        # a habit to come); the ministries of health (unnamed); "the Joint Commission of
        # Cooperation" (a bilateral mechanism to be re-energized, no meeting of named people; not
        # annotated as an actor, as the JCBC in batch 39a's dev_7602); Magufuli's death (no
        # meeting). "Rachael Omamo" is kept as written (key `raychelle_omamo`). "Jomo Kenyatta"
        # occurs only in the airport's name (a place, not an actor). Removed: the search tool's
        # " date 2021-05-05" prefix and the outlet's sign-off line at the end ("The Kenyan DAILY
        # POST"). The text's own date line "Wednesday, May 5, 2021 –" is kept.
    ],
    roles=[("Tanzanian President", "samia_suluhu_hassan"), ("former President", "john_magufuli"),
           ("Foreign Affairs Cabinet Secretary", "raychelle_omamo")],
)

A["dev_7802_dung_prayut_kuala_lumpur"] = dict(
    actors={
        "nguyen_tan_dung": ["Nguyen Tan Dung", "PM Dung", "Dung"],
        "prayut_chan_o_cha": ["Prayut Chan-ocha", "PM Prayut Chan-ocha"],
        "asean": ["ASEAN"],
    },
    meetings=[
        # "During their meeting on the sidelines of the 26th ASEAN Summit in Kuala Lumpur,
        # Malaysia on April 27" (the headline "PM meets Thai counterpart", "have agreed", "The
        # Thai PM vowed", "PM Dung spoke of": the same) -> held, 2015-04-27, Kuala Lumpur.
        M(["nguyen_tan_dung", "prayut_chan_o_cha"], "2015-04-27", "Kuala Lumpur", IP, H,
          "During their meeting on the sidelines of the 26th ASEAN Summit in Kuala Lumpur, Malaysia on April 27, the two leaders showed their determination to strengthen economic-trade and investment links, including in tourism and overland, air and maritime transport."),
        # Not rows: the 26th ASEAN Summit (multilateral); "bilateral dialogues on the East Sea
        # issue" (ASEAN-China, no named parties); "a cooperation agreement on labour should be
        # signed" (an agreement). "ASEAN" is annotated for its use as an organisation ("the
        # ASEAN - China coordinator"). The caption "Vietnamese Prime Minister Nguyen Tan Dung and
        # his Thai counterpart Prayut Chan-ocha" is kept once; "rice pepper" is kept as written.
        # Removed: the site header line ("WORDS ON THE STREET 70th anniversary of Hanoi's
        # Liberation Day ... Covid-19 Pandemic"), the duplicated caption line (the caption was
        # given twice) and the last, cut-off fragment ("Bo").
    ],
    roles=[("his Thai counterpart", "prayut_chan_o_cha"),
           ("Vietnamese Prime Minister", "nguyen_tan_dung"), ("The Thai PM", "prayut_chan_o_cha"),
           ("the Vietnamese leader", "nguyen_tan_dung")],
)

_AK = ("Aliev first met with Armenian President Robert Kocharian, followed by a meeting with Turkish Prime Minister Recep Tayyip Erdogan, said Council of Europe official Seyfi Tashan.")
A["test_7803_aliyev_kocharian_erdogan_talks"] = dict(
    actors={
        "ilham_aliyev": ["Ilham Aliev", "Aliev"],
        "robert_kocharyan": ["Robert Kocharian"],
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan"],
        "seyfi_tashan": ["Seyfi Tashan"],
        "council_of_europe": ["Council of Europe"],
    },
    meetings=[
        # "Aliev met with Armenian and Turkish leaders at separate talks early Monday" = "Aliev
        # first met with ... Robert Kocharian, followed by a meeting with ... Erdogan" ("The
        # meetings, which took place just past midnight Monday": the same) -> two separate
        # bilaterals (no Kocharian-Erdogan pair: separate talks, as dev_032), held, 2005-05-16,
        # place null (the text names no city: "ahead of the two-day Council of Europe summit";
        # the repost URL's "moscow" is not text and is not used).
        M(["ilham_aliyev", "robert_kocharyan"], "2005-05-16", None, IP, H, _AK),
        M(["ilham_aliyev", "recep_tayyip_erdogan"], "2005-05-16", None, IP, H, _AK),
        # Not rows: the Council of Europe summit (multilateral); the 1994 cease-fire (signed by
        # unnamed parties); "an official said" (Tashan, a source). "Pravda" (the source line at
        # the top, below the date line) is an outlet credit in the header, not annotated. Removed:
        # the repost site's lines at the end ("Disclaimer: This article was contributed and
        # translated into English by Topchian Jane. ...", "Direct link to this article: ...").
    ],
    roles=[("Azeri President", "ilham_aliyev"), ("Armenian President", "robert_kocharyan"),
           ("Turkish Prime Minister", "recep_tayyip_erdogan"), ("Council of Europe official", "seyfi_tashan")],
)

A["dev_7804_uribe_chavez_caracas"] = dict(
    actors={
        "alvaro_uribe": ["Alvaro Uribe", "Uribe"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "farc": ["Farc"],
    },
    meetings=[
        # "The presidents of Colombia and Venezuela met in Caracas this week" = "Uribe was greeted
        # with a 21-gun salute on his arrival in Caracas to meet ... Hugo Chavez" ("Other bilateral
        # concerns were also discussed": the same) -> held, date null ("this week"), Caracas.
        M(["alvaro_uribe", "hugo_chavez"], None, "Caracas", IP, H,
          "Colombia’s President Alvaro Uribe was greeted with a 21-gun salute on his arrival in Caracas to meet Venezuela’s President Hugo Chavez, who barely a month ago had threatened to break off commercial and diplomatic relations."),
        # Not rows: "had originally been due to meet on February 3, but the meeting had to be
        # postponed" (a meeting that did not take place on that date; as ANNOTATION's cancelled
        # meetings); "the dispute would only be completely resolved after a face-to-face meeting
        # with the Colombian leader" (Chavez's condition, fulfilled by this week's meeting, not a
        # separate one); the mediation of "several Latin American countries, especially Cuba"
        # and the communiqué (governments); the withdrawn ambassador and "Colombian officials"
        # (unnamed). The quotation marks ”...” are kept as they stand. Removed: the last, cut-off
        # sentence ("Other bilateral concerns were also discussed, including a Venezuelan arms
        # build-up that has raised eyebrows both i").
    ],
    roles=[("Colombia’s President", "alvaro_uribe"), ("Venezuela’s President", "hugo_chavez"),
           ("the Colombian leader", "alvaro_uribe")],
)

A["dev_7805_rabin_mubarak_cairo"] = dict(
    actors={
        "yitzhak_rabin": ["Yitzhak Rabin", "Rabin"],
        "hosni_mubarak": ["Hosni Mubarak", "President Mubarak", "Mubarak"],
        "cabinet_of_israel": ["Israeli Cabinet"],
        "israel_radio": ["Israel Radio"],
    },
    meetings=[
        # "Rabin ... met for three hours Monday with Egyptian President Hosni Mubarak" (the
        # headline's "Confer", "reached agreement with Mubarak", "whose visit": the same) ->
        # held, 1989-09-18, Cairo (dateline).
        M(["yitzhak_rabin", "hosni_mubarak"], "1989-09-18", "Cairo", IP, H,
          "CAIRO — Yitzhak Rabin, the Israeli defense minister who has presided over the controversial military crackdown on the Palestinian uprising, met for three hours Monday with Egyptian President Hosni Mubarak and said afterward that Israel endorses the idea of direct talks with a Palestinian delegation to resolve the crisis."),
        # Not rows: the agreed "dialogue between an Israeli delegation and a Palestinian one"
        # (planned, unnamed participants); "a meeting with reporters in Tel Aviv" and "a press
        # conference in Cairo" (news conferences of one person); the Cabinet's sanction (a
        # decision). Removed: the share widget line "- Share via" below the headline and the
        # last, cut-off sentence ("Israeli Prime Minister Yitzhak Shamir and other members of his
        # right-wing Likud Party have rejected Mubarak’s initiative and any attempts to force
        # Israel").
    ],
    roles=[("the Israeli defense minister", "yitzhak_rabin"), ("Egyptian President", "hosni_mubarak")],
)

A["dev_7806_sharif_kargil_calls"] = dict(
    actors={
        "nawaz_sharif": ["Nawaz Sharif", "Sharif"],
        "pervez_musharraf": ["Gen Pervez Musharraf", "Pervez Musharraf", "Musharraf"],
        "bill_clinton": ["President Bill Clinton", "Bill Clinton", "Clinton"],
        "atal_bihari_vajpayee": ["Atal Bihari", "Vajpayee"],
        "pml_n": ["PML (N)"],
    },
    meetings=[
        # "I got a phone call from (then Prime Minister Atal Bihari) Vajpayee 'saheb'" (in 1999,
        # at the start of the Kargil war; "He asked me": the same) -> phone, held, date null (no
        # day), place null.
        M(["atal_bihari_vajpayee", "nawaz_sharif"], None, None, PH, H,
          "\"I came to know of it when I got a phone call from (then Prime Minister Atal Bihari) Vajpayee 'saheb'."),
        # "he then called up Musharraf and the latter confirmed" -> phone, held, date null, place
        # null.
        M(["nawaz_sharif", "pervez_musharraf"], None, None, PH, H,
          "Sharif said he then called up Musharraf and the latter confirmed what Vajpayee had said."),
        # "Musharraf had virtually pleaded with him to talk to President Bill Clinton" ("Musharraf
        # asked me to contact Clinton": the same) -> an exchange whose occasion and mode are not
        # given: held, date null, place null; required False (as test_7611's "The king told him
        # last month").
        M(["pervez_musharraf", "nawaz_sharif"], None, None, IP, H,
          "Suggesting that Kargil war had been a debacle for Pakistan, former Prime Minister Nawaz Sharif on Saturday said the then Army Chief Gen Pervez Musharraf had virtually pleaded with him to talk to President Bill Clinton to \"somehow\" ensure an end to the conflict.",
          False),
        # "he immediately got in touch with Clinton" + "Sharif told Clinton he wanted to meet him
        # the very next day" -> a conversation between Pakistan and the US before a meeting in
        # Washington: kind phone (the text gives no mode; a meeting "the very next day" in
        # Washington rules out an in-person one), held, date null, place null.
        M(["nawaz_sharif", "bill_clinton"], None, None, PH, H,
          "Sharif said he immediately got in touch with Clinton, whom he described as a \"friend\"."),
        # "the US president agreed to receive him in Washington" -> planned (an agreed meeting;
        # the excerpt's account stops before it: the sentence that held it was cut off), date
        # null ("the very next day" after an undated call), Washington.
        M(["bill_clinton", "nawaz_sharif"], None, "Washington", IP, P,
          "Sharif told Clinton he wanted to meet him the very next day, and the US president agreed to receive him in Washington."),
        # "Vajpayee had undertaken a bus ride to Lahore on February 19, 1999" (and Vajpayee's "after
        # I returned from your country", said to Sharif) -> a visit whose meeting with Sharif is
        # implied, not stated: held, 1999-02-19, Lahore; required False (as dev_7610's
        # Pena Nieto trip).
        M(["atal_bihari_vajpayee", "nawaz_sharif"], "1999-02-19", "Lahore", IP, H,
          "Vajpayee had undertaken a bus ride to Lahore on February 19, 1999.", False),
        # Not rows: "told a meeting of party's general council at Raiwind in Lahore" (a party
        # meeting addressed by one person, "on Saturday" = 2009-02-21); the Kargil war. The
        # standfirst ("Sharif maintained that ...") is repeated in the body and kept twice, as
        # on the page. Removed: the site's weather widget at the start ("Today in New Delhi,
        # India", "Mar 24, 2019-Sunday", "New Delhi", "• Humidity", "• Wind") and the last,
        # cut-off sentence ("During the course of a three-hour meeting, Clinton called Vajpayee
        # even though it was p"), which would have held the Washington meeting and added a
        # Clinton-Vajpayee call.
    ],
    roles=[("former Prime Minister", "nawaz_sharif"), ("the then Army Chief", "pervez_musharraf"),
           ("the PML (N) president", "nawaz_sharif"), ("then Prime Minister", "atal_bihari_vajpayee"),
           ("the US president", "bill_clinton")],
)

A["test_7807_yeltsin_walesa_warsaw"] = dict(
    actors={
        "boris_yeltsin": ["Boris Yeltsin", "Yeltsin"],
        "lech_walesa": ["Lech Walesa", "Walesa"],
        "nato": ["NATO"],
    },
    meetings=[
        # "Yeltsin and Polish President Lech Walesa also announced" (the Warsaw visit, "a joint
        # declaration signed by the two presidents", "the brief signing ceremony": the same) ->
        # held, 1993-08-25 (the lead's "said Wednesday"; the joint announcement is of the same
        # day), Warsaw (dateline).
        M(["boris_yeltsin", "lech_walesa"], "1993-08-25", "Warsaw", IP, H,
          "Yeltsin and Polish President Lech Walesa also announced that the last Russian troops -- some 2,500 unarmed soldiers guarding former Soviet garrisons in Poland that once held 60,000 troops -- will be pulled out by Oct. 1, three months ahead of schedule."),
        # "his Warsaw visit with that of Walesa to Moscow in May 1992 to sign the first of ...
        # cooperation agreements with Russia" -> a visit whose meeting with Yeltsin is implied
        # (the signing), not stated: held, date null (month only), Moscow; required False (as
        # dev_7610's Pena Nieto trip).
        M(["lech_walesa", "boris_yeltsin"], None, "Moscow", IP, H,
          "'The ice of distrust has melted between our countries,' Yeltsin said in comparing his Warsaw visit with that of Walesa to Moscow in May 1992 to sign the first of what are now 20 cooperation agreements with Russia.",
          False),
        # Not rows: "bilateral talks leading up to the Yeltsin visit" (unnamed participants: "A
        # government source who participated"); "Russian military officials" (unnamed); NATO
        # membership (an organisation, no meeting). Removed: the last, cut-off fragment
        # ("Russian officials are concerned that Poland's bid for").
    ],
    roles=[("Russian President", "boris_yeltsin"), ("Polish President", "lech_walesa")],
)

A["dev_7808_kaifu_jiang_beijing"] = dict(
    actors={
        "toshiki_kaifu": ["Toshiki Kaifu", "Kaifu"],
        "jiang_zemin": ["Jiang Zemin", "Jiang"],
        "sadaaki_numata": ["Sadaaki Numata", "Numata"],
        "chinese_communist_party": ["Communist Party"],
    },
    meetings=[
        # "Kaifu told the chief of China’s Communist Party, Jiang Zemin" (the headline "Japanese
        # Prime Minister Meets With China’s Communist Leader", "the leaders’ morning meeting",
        # "Kaifu today urged": the same) -> held, 1991-08-12 ("today"), Beijing (dateline).
        M(["toshiki_kaifu", "jiang_zemin"], "1991-08-12", "Beijing", IP, H,
          "Kaifu told the chief of China’s Communist Party, Jiang Zemin, that there is ″a strong concern on the part of the international community with respect to democratization and human rights in China.″"),
        # Not rows: Numata's "news briefing after the leaders’ morning meeting" (a briefing by
        # one person); the sanctions of "Western democracies" (governments). "coments" and the
        # double-prime quotation marks ″...″ are kept as they stand. "(AP)" in the dateline is
        # the agency credit (not annotated). Removed: the widget line "Related topics" at the
        # start and the last, cut-off sentence ("Kaifu is the first leader of an industrialized
        # power to visit since Chinese leaders since the crack").
    ],
    roles=[("Japanese Prime Minister", "toshiki_kaifu"), ("China’s Communist Leader", "jiang_zemin"),
           ("the chief of China’s Communist Party", "jiang_zemin"), ("Kaifu’s spokesman", "sadaaki_numata")],
)

A["dev_7809_mulroney_bush_gulf_call"] = dict(
    actors={
        "brian_mulroney": ["Prime Minister Brian Mulroney", "Brian Mulroney", "Mulroney"],
        "george_h_w_bush": ["President George Bush", "George Bush", "Bush"],
        "john_de_chastelain": ["Gen. John de Chastelain", "John de Chastelain"],
        "house_of_commons_of_canada": ["Commons"],
        "canadian_forces": ["Canadian Forces"],
    },
    meetings=[
        # "a call arrived from President George Bush" (transferred to the limousine; Mulroney
        # "told the White House operator that he would call Bush back quickly") + "he called Bush
        # on a secure phone. Then, the President told him ..." -> one phone conversation (the
        # first call was not taken), held, date null ("On the final day before Canada went to
        # war": not a date the text gives), place null.
        M(["brian_mulroney", "george_h_w_bush"], None, None, PH, H,
          "The car sped to 24 Sussex Drive, where he called Bush on a secure phone."),
        # Not rows: "an emergency cabinet meeting" / "The hour-long meeting" (the cabinet, members
        # unnamed; one participant is quoted anonymously); "Mulroney announced to the Commons" (a
        # statement); "In response to a request from Gen. John de Chastelain" (a request, no
        # meeting stated); "a forces’ spokesman said" (unnamed). The byline/date line is kept
        # once. Removed: the duplicated byline/date line at the start ("NANCY WOOD January 28
        # 1991", given twice) and the last, cut-off sentence ("But in the moments after the first
        # bombs began to fall on Baghdad, the opposition parties muted their vigorous critic").
    ],
    roles=[("the Prime Minister", "brian_mulroney"), ("the President", "george_h_w_bush"),
           ("the Canadian Forces’ chief of defence staff", "john_de_chastelain")],
)

A["dev_7810_de_gaulle_kiesinger_paris"] = dict(
    actors={
        "charles_de_gaulle": ["Charles de Gaulle", "De Gaulle"],
        "ludwig_erhard": ["Ludwig Erhard", "Erhard"],
        "kurt_georg_kiesinger": ["Kurt Georg Kiesinger", "Kiesinger"],
        "european_economic_community": ["Common Market"],
        "european_free_trade_association": ["Euro pean Free Trade Association"],
    },
    meetings=[
        # "Kiesinger, made his first official visit to Paris, De Gaulle met a man ..." ("their two
        # days of talks in the handsome Elysee Palace", the toasts and state dinners, "he
        # confessed to De Gaulle", "De Gaulle and Kiesinger agreed": the same) -> held, date null
        # ("Last week", over two days), Paris.
        M(["kurt_georg_kiesinger", "charles_de_gaulle"], None, "Paris", IP, H,
          "Last week, when West Germany's new Chancellor, Kurt Georg Kiesinger, made his first official visit to Paris, De Gaulle met a man whose mind and manners he could admire."),
        # Not rows: de Gaulle's "distaste for professional Ludwig Erhard" (a relationship, no
        # meeting); "De Gaulle offered to instruct French ambassadors" (unnamed, an offer); the
        # 1963 treaty (a treaty). "Euro pean" is kept as written. Removed: the last, cut-off
        # sentence ("De Gaulle was unmoved, holding to his position that Br").
    ],
    roles=[("West Germany's new Chancellor", "kurt_georg_kiesinger"), ("West Germany's last Chancellor", "ludwig_erhard"),
           ("That dominant personality of the European scene", "charles_de_gaulle")],
)

A["test_7811_hipkins_albanese_planned"] = dict(
    actors={
        "chris_hipkins": ["Chris Hipkins", "Hipkins"],
        "anthony_albanese": ["Anthony Albanese"],
    },
    meetings=[
        # "will travel to Australia next week to meet Anthony Albanese" = "to visit his Australian
        # counterpart Anthony Albanese" = "The in-person meeting will take place next Tuesday,
        # Feb 7" -> planned, 2023-02-07, Australia (no city in the text). The article has no
        # held meeting.
        M(["chris_hipkins", "anthony_albanese"], "2023-02-07", "Australia", IP, P,
          "Fresh off a bump in the polls, Chris Hipkins is embarking on his first overseas trip as prime minister to visit his Australian counterpart Anthony Albanese."),
        # Not rows: none else in the excerpt. "(Image: Getty)" is a photo credit (kept in the
        # text, not annotated). The run-on sentences ("Albanese.The in-person", "Feb 7.“The")
        # are kept as they stand. Removed: the search tool's " date 2023-01-31" prefix and the
        # last, cut-off sentence ("The senior Labour politician was unanimously elected by his
        # party colleagues following the shock departure of Jacinda Ardern earlier this m...").
    ],
    roles=[("his Australian counterpart", "anthony_albanese"), ("Prime minister", "chris_hipkins")],
)

_MB = ("His Highness the President met individually with Emmanuel Macron, President of the French Republic; Joko Widodo, President of the Republic of Indonesia; Recep Tayyip Erdoğan, President of the Republic of Türkiye; Alberto Fernández, President of the Argentine Republic; Lee Hsien Loong, Prime Minister of Singapore; Sheikh Hasina, Prime Minister of the People's Republic of Bangladesh; and Pravind Kumar Jugnauth, Prime Minister of the Republic of Mauritius.")
A["dev_7812_mbz_g20_new_delhi"] = dict(
    actors={
        "mohamed_bin_zayed_al_nahyan": ["Sheikh Mohamed bin Zayed Al Nahyan"],
        "emmanuel_macron": ["Emmanuel Macron"],
        "joko_widodo": ["Joko Widodo"],
        "recep_tayyip_erdogan": ["Recep Tayyip Erdoğan"],
        "alberto_fernandez": ["Alberto Fernández"],
        "lee_hsien_loong": ["Lee Hsien Loong"],
        "sheikh_hasina": ["Sheikh Hasina"],
        "pravind_jugnauth": ["Pravind Kumar Jugnauth"],
    },
    meetings=[
        # "met today with several world leaders" = "met individually with" seven named leaders
        # ("During the meetings", "His Highness' discussions with the leaders": the same) ->
        # seven separate bilaterals (no pair rows among the seven: "individually"), held,
        # 2023-09-09 ("today" in the 9 September dateline), New Delhi (dateline).
        M(["mohamed_bin_zayed_al_nahyan", "emmanuel_macron"], "2023-09-09", "New Delhi", IP, H, _MB),
        M(["mohamed_bin_zayed_al_nahyan", "joko_widodo"], "2023-09-09", "New Delhi", IP, H, _MB),
        M(["mohamed_bin_zayed_al_nahyan", "recep_tayyip_erdogan"], "2023-09-09", "New Delhi", IP, H, _MB),
        M(["mohamed_bin_zayed_al_nahyan", "alberto_fernandez"], "2023-09-09", "New Delhi", IP, H, _MB),
        M(["mohamed_bin_zayed_al_nahyan", "lee_hsien_loong"], "2023-09-09", "New Delhi", IP, H, _MB),
        M(["mohamed_bin_zayed_al_nahyan", "sheikh_hasina"], "2023-09-09", "New Delhi", IP, H, _MB),
        M(["mohamed_bin_zayed_al_nahyan", "pravind_jugnauth"], "2023-09-09", "New Delhi", IP, H, _MB),
        # Not rows: the G20 Summit (multilateral; "Group of 20 (G20)" is named only in the
        # summit's name and is not annotated, as the Group of 20 meeting in test_7607); COP28 and
        # the UN Framework Convention (an event, a treaty). "(WAM)" in the dateline is the agency
        # credit (not annotated). "varifields", "varitopics" and "between the and" are kept as
        # they stand. Removed: the search tool's " date 2023-09-09" prefix and the last, cut-off
        # fragment ("The meetings were also attended by H.H. Sheikh Abdulla"), which began the
        # list of attendees.
    ],
    roles=[("His Highness the President", "mohamed_bin_zayed_al_nahyan"), ("His Highness", "mohamed_bin_zayed_al_nahyan"),
           ("President of the French Republic", "emmanuel_macron"), ("President of the Republic of Indonesia", "joko_widodo"),
           ("President of the Republic of Türkiye", "recep_tayyip_erdogan"), ("President of the Argentine Republic", "alberto_fernandez"),
           ("Prime Minister of Singapore", "lee_hsien_loong"),
           ("Prime Minister of the People's Republic of Bangladesh", "sheikh_hasina"),
           ("Prime Minister of the Republic of Mauritius", "pravind_jugnauth")],
)
