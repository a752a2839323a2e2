"""Accuracy corpus, batch 26b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
spread over ten regions (2000s: East Asia, Africa, Eastern Europe/Russia, North America; 2010s:
Southeast Asia, Middle East, Western Europe, Oceania; 2020s: Central Asia/Caucasus, South Asia,
Latin America, Middle East). New outlets/sites: the Japanese Ministry of Foreign Affairs
(mofa.go.jp), the khmernz blog (a Phnom Penh Post story; blog used before, page new), New Vision
(newvision.co.ug), Kazinform (inform.kz), The Himalayan Times (thehimalayantimes.com), MercoPress
(en.mercopress.com), The Garden Island (thegardenisland.com; AP caption), La Moncloa
(lamoncloa.gob.es), the Polish presidency (prezydent.pl, site used before, page new), The Baltimore
Sun (articles.baltimoresun.com; Hearst Newspapers), PINA (pina.com.fj; Fiji Sun story) and Ammon
News (en.ammonnews.net). Collected with the `search` tool (corpus `pages`) and annotated from the
texts alone, BEFORE the package was run on them (the package has not been run on this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_26b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-25b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_51NN_<slug>` / `test_51NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "September 22, 2005" (a Thursday); the call is dated "On September 22".
    ("dev_5101_koizumi_roh_phone", "East Asia", "2000s", "Ministry of Foreign Affairs of Japan (mofa.go.jp)", "https://www.mofa.go.jp/announce/announce/2005/9/0922.html", "2005-09-22"),
    # Date line "Monday, 15 November 2010 20:33" (the Post's web time stamp): "yesterday" =
    # 2010-11-14, "today" = 2010-11-15 (see the NOTES: the print edition was probably the 16th).
    ("dev_5102_dung_hun_sen_phnom_penh", "Southeast Asia", "2010s", "The Phnom Penh Post, via the khmernz blog (khmernz.blogspot.com)", "http://khmernz.blogspot.com/2010/11/vietnamese-pm-arrives-in-kingdom.html", "2010-11-15"),
    # Date line "Jan 23, 2008" (a Wednesday): "Yesterday" / "on Tuesday" / "Last evening" =
    # 2008-01-22.
    ("test_5103_museveni_kibaki_nairobi", "Africa", "2000s", "New Vision (newvision.co.ug)", "http://www.newvision.co.ug/new_vision/news/1197597/museveni-extends-stay-kenya", "2008-01-23"),
    # Date line "15 March 2021, 14:10"; the call itself has no day in the text -> null.
    ("dev_5104_tokayev_mirziyoyev_phone", "Central Asia/Caucasus", "2020s", "Kazinform (inform.kz)", "https://www.inform.kz/en/president-tokayev-talks-over-phone-with-uzbek-colleague-shavkat-mirziyoyev_a3764453", "2021-03-15"),
    # The search result's date is 2020-09-01 (a Tuesday): "on Tuesday" = 2020-09-01.
    ("dev_5105_oli_hasina_phone", "South Asia", "2020s", "The Himalayan Times (thehimalayantimes.com)", "https://thehimalayantimes.com/kathmandu/pm-oli-and-his-bangladeshi-counterpart-sheikh-hasina-hold-telephonic-conversation/", "2020-09-01"),
    # The URL has 2023/12/01 (a Friday): "said Thursday" = 2023-11-30 (a statement, not a
    # meeting); the planned meeting "after the Dec. 10 inauguration" has no day -> null.
    ("dev_5106_lacalle_milei_planned", "Latin America", "2020s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2023/12/01/lacalle-pou-optimistic-about-milei-s-future-government", "2023-12-01"),
    # The URL has 2017/10/04; the caption gives "Wednesday, Oct. 4, 2017" (a Wednesday).
    ("test_5107_erdogan_rouhani_tehran", "Middle East", "2010s", "The Garden Island (thegardenisland.com; AP)", "https://www.thegardenisland.com/2017/10/04/news/leaders-of-iran-turkey-stress-opposition-to-kurdish-state-26/", "2017-10-04"),
    # Date line "Moncloa Palace, Madrid, Wednesday 27 November 2013" (a Wednesday).
    ("dev_5108_rajoy_hollande_madrid", "Western Europe", "2010s", "La Moncloa (lamoncloa.gob.es)", "http://www.lamoncloa.gob.es/IDIOMAS/9/Presidente/News/2013/20131127_+Spain_France_Summit.htm", "2013-11-27"),
    # Date line "Thursday, 19 April 2007"; the meeting is dated "On 19th April 2007".
    ("dev_5109_kaczynski_yanukovych_poland", "Eastern Europe/Russia", "2000s", "President of the Republic of Poland (prezydent.pl)", "https://www.prezydent.pl/en/archive/news-archive/news-2007/art,78,president-kaczynski-met-with-the-prime-minister-of-ukraine.html", "2007-04-19"),
    # Date line "September 10, 2002" (a Tuesday): "yesterday" = 2002-09-09.
    ("dev_5110_chretien_bush_detroit", "North America", "2000s", "The Baltimore Sun (Hearst Newspapers)", "http://articles.baltimoresun.com/2002-09-10/news/0209100296_1_minister-jean-chretien-bush-iraq", "2002-09-10"),
    # Date line "11:52 pm GMT+12, 18/11/2014" (a Tuesday): "last night" / "yesterday" =
    # 2014-11-17.
    ("test_5111_tuilaepa_fiji_summit", "Oceania", "2010s", "PINA (pina.com.fj; Fiji Sun)", "http://www.pina.com.fj/?p=pacnews&m=read&o=900245808546c30332d6720e84e9db", "2014-11-18"),
    # Date line "20-04-2023 08:58 AM" (a Thursday): "on Thursday" = 2023-04-20.
    ("dev_5112_abdullah_mbs_jeddah", "Middle East", "2020s", "Ammon News (en.ammonnews.net)", "https://en.ammonnews.net/article/65318", "2023-04-20"),
]

A = {}

A["dev_5101_koizumi_roh_phone"] = dict(
    actors={
        "junichiro_koizumi": ["Mr. Junichiro Koizumi", "Junichiro Koizumi", "Prime Minister Koizumi", "Koizumi"],
        "roh_moo_hyun": ["Mr. Roh Moo Hyun", "Roh Moo Hyun", "President Roh", "Roh"],
    },
    meetings=[
        # "On September 22 at 12 noon ... talked over the telephone for about 10 minutes" ->
        # phone, held, 2005-09-22, place null.
        M(["junichiro_koizumi", "roh_moo_hyun"], "2005-09-22", None, PH, H,
          "On September 22 at 12 noon, Mr. Junichiro Koizumi, Prime Minister of Japan, and Mr. Roh Moo Hyun, President of the Republic of Korea, talked over the telephone for about 10 minutes."),
        # "looking forward to welcoming President Roh to Japan within this year" -> planned,
        # date null, Japan; optional (a wish voiced in a call, no date).
        M(["junichiro_koizumi", "roh_moo_hyun"], None, "Japan", IP, P,
          "At the end of the talks, Prime Minister Koizumi told President Roh that he was looking forward to welcoming President Roh to Japan within this year.", False),
        # Not rows: the Six-Party Talks (multilateral); the congratulations (inside the call).
        # Removed: "Back to Index".
    ],
    roles=[("Prime Minister of Japan", "junichiro_koizumi"), ("President of the Republic of Korea", "roh_moo_hyun")],
)

_DH = "Dung met behind closed doors yesterday with Prime Minister Hun Sen and Chea Chanto, governor of the National Bank of Cambodia."
_DK = "Dung also visited King Norodom Sihamoni and paid courtesy calls to Senate President Chea Sim and National Assembly President Heng Samrin."
_HS = "Hun Sen is set to meet separately today prime ministers Thein Sein (Myanmar), Bouasone Bouphavanh (Lao PDR) and Abhisit Vejjajiva (Thailand)."
A["dev_5102_dung_hun_sen_phnom_penh"] = dict(
    actors={
        "nguyen_tan_dung": ["Nguyen Tan Dung", "Dung"],
        "hun_sen": ["Hun Sen"],
        "chea_chanto": ["Chea Chanto"],
        "national_bank_of_cambodia": ["National Bank of Cambodia"],
        "khieu_kanharith": ["Khieu Kanharith"],
        "trinh_ba_cam": ["Trinh Ba Cam"],
        "norodom_sihamoni": ["King Norodom Sihamoni", "Norodom Sihamoni"],
        "chea_sim": ["Chea Sim"],
        "heng_samrin": ["Heng Samrin"],
        "thein_sein": ["Thein Sein"],
        "bouasone_bouphavanh": ["Bouasone Bouphavanh"],
        "abhisit_vejjajiva": ["Abhisit Vejjajiva"],
        "the_phnom_penh_post": ["The Post"],
    },
    meetings=[
        # "Dung met behind closed doors yesterday with ... Hun Sen and Chea Chanto" -> two rows
        # with the visitor (no Hun Sen-Chea Chanto pair: same host side), held, 2010-11-14,
        # Phnom Penh.
        M(["nguyen_tan_dung", "hun_sen"], "2010-11-14", "Phnom Penh", IP, H, _DH),
        M(["nguyen_tan_dung", "chea_chanto"], "2010-11-14", "Phnom Penh", IP, H, _DH),
        # "Dung also visited King Norodom Sihamoni and paid courtesy calls to ... Chea Sim and
        # ... Heng Samrin" -> three held rows; the day is not stated (the visit spans two days)
        # -> date null; place Phnom Penh (the stay in the capital).
        M(["nguyen_tan_dung", "norodom_sihamoni"], None, "Phnom Penh", IP, H, _DK),
        M(["nguyen_tan_dung", "chea_sim"], None, "Phnom Penh", IP, H, _DK),
        M(["nguyen_tan_dung", "heng_samrin"], None, "Phnom Penh", IP, H, _DK),
        # "Hun Sen is set to meet separately today prime ministers ..." -> three planned
        # bilaterals, 2010-11-15, Phnom Penh.
        M(["hun_sen", "thein_sein"], "2010-11-15", "Phnom Penh", IP, P, _HS),
        M(["hun_sen", "bouasone_bouphavanh"], "2010-11-15", "Phnom Penh", IP, P, _HS),
        M(["hun_sen", "abhisit_vejjajiva"], "2010-11-15", "Phnom Penh", IP, P, _HS),
        # Not rows: the unnamed foreign ministers joining Dung for the summits (multilateral);
        # the CLV/CLMV summits; Khieu Kanharith's press conference; Chea Chanto declining to
        # comment; Trinh Ba Cam not reached. Removed: the duplicated caption line, "Photo by:
        # Heng Chivoan", "via CAAI" and the last, cut-off fragment ("No co").
    ],
    roles=[("Vietnamese Prime Minister", "nguyen_tan_dung"), ("Prime Minister Hun Sen", "hun_sen"),
           ("governor of the National Bank of Cambodia", "chea_chanto"),
           ("Minister of Information", "khieu_kanharith"), ("The information minister", "khieu_kanharith"),
           ("Senate President", "chea_sim"), ("National Assembly President", "heng_samrin")],
)

A["test_5103_museveni_kibaki_nairobi"] = dict(
    actors={
        "yoweri_museveni": ["Yoweri Museveni", "Museveni"],
        "mwai_kibaki": ["Mwai Kibaki", "Kibaki"],
        "raila_odinga": ["Raila Odinga", "Odinga"],
        "kofi_annan": ["Kofi Anan"],
        "tamale_mirundi": ["Tamale Mirundi", "Mirundi", "Tamale"],
        "east_african_community": ["East African Community"],
        "united_nations": ["UN"],
    },
    meetings=[
        # "Yesterday, Museveni ... met with Kibaki for three hours" ("talks at Nairobi State
        # House") -> held, 2008-01-22, Nairobi.
        M(["yoweri_museveni", "mwai_kibaki"], "2008-01-22", "Nairobi", IP, H,
          "Yesterday, Museveni, who is the chairman of the East African Community, met with Kibaki for three hours, as a follow up of an earlier meeting with Odinga on Tuesday evening."),
        # "Last evening, Museveni also held a meeting with ... Kofi Anan" -> held, 2008-01-22,
        # Nairobi.
        M(["yoweri_museveni", "kofi_annan"], "2008-01-22", "Nairobi", IP, H,
          "Last evening, Museveni also held a meeting with former UN secretary general Kofi Anan before he went into another closed meeting with Odinga, who charges that Kibaki stole his victory in the presidential elections."),
        # Odinga: "an earlier meeting with Odinga on Tuesday evening" and "another closed
        # meeting with Odinga" (last evening) -> the same pair, same day and city -> one row,
        # held, 2008-01-22, Nairobi (ANNOTATION.md: several sessions = one row).
        M(["yoweri_museveni", "raila_odinga"], "2008-01-22", "Nairobi", IP, H,
          "Last evening, Museveni also held a meeting with former UN secretary general Kofi Anan before he went into another closed meeting with Odinga, who charges that Kibaki stole his victory in the presidential elections."),
        # Not rows: the Kibaki-Odinga dispute (no meeting); Mirundi's statements; proposals.
        # Removed: the last, cut-off quote ("We are re"). Kept: the standfirst repeated as the
        # first paragraph, "Kofi Anan" as on the page. Byline (Raymond Baguma) not an actor.
    ],
    roles=[("opposition leader", "raila_odinga"), ("the chairman of the East African Community", "yoweri_museveni"),
           ("former UN secretary general", "kofi_annan"), ("the presidential press secretary", "tamale_mirundi")],
)

A["dev_5104_tokayev_mirziyoyev_phone"] = dict(
    actors={
        "kassym_jomart_tokayev": ["Kassym-Jomart Tokayev", "President Tokayev", "Tokayev"],
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev", "President Shavkat Mirziyoyev"],
        "kazinform": ["KAZINFORM", "Kazinform"],
        "akorda": ["Akorda"],
    },
    meetings=[
        # "had a telephone conversation with his Uzbek counterpart" -> phone, held; no day in
        # the text (no "today") -> date null; place null.
        M(["kassym_jomart_tokayev", "shavkat_mirziyoyev"], None, None, PH, H,
          "NUR-SULTAN. KAZINFORM – President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with his Uzbek counterpart President Shavkat Mirziyoyev, Kazinform has learnt from the Akorda’s press service."),
        # Not rows: condolences and congratulations (inside the call). Removed: the site header
        # ("Qazaq TV ..."), the editor line and the tag line.
    ],
    roles=[("President of Kazakhstan", "kassym_jomart_tokayev"), ("his Uzbek counterpart", "shavkat_mirziyoyev"),
           ("the Uzbek leader", "shavkat_mirziyoyev"), ("Uzbek colleague", "shavkat_mirziyoyev")],
)

A["dev_5105_oli_hasina_phone"] = dict(
    actors={
        "k_p_sharma_oli": ["KP Sharma Oli", "PM Oli", "Oli"],
        "sheikh_hasina": ["Sheikh Hasina"],
        "sheikh_mujibur_rahman": ["Bangbandhu Sheikh Mujibur Rahman", "Sheikh Mujibur Rahman"],
        "ministry_of_foreign_affairs_nepal": ["Ministry of Foreign Affairs", "MoFA"],
    },
    meetings=[
        # "held a telephonic conversation on Tuesday" -> phone, held, 2020-09-01, place null
        # (the Kathmandu dateline is one end of a call).
        M(["k_p_sharma_oli", "sheikh_hasina"], "2020-09-01", None, PH, H,
          "KATHMANDU: Prime Minister KP Sharma Oli and his Bangladeshi counterpart Sheikh Hasina held a telephonic conversation on Tuesday."),
        # Not rows: congratulations and thanks inside the call; the MoFA statement. Removed: the
        # tool's date prefix.
    ],
    roles=[("Prime Minister", "k_p_sharma_oli"), ("his Bangladeshi counterpart", "sheikh_hasina"),
           ("the Bangladeshi Premier", "sheikh_hasina")],
)

A["dev_5106_lacalle_milei_planned"] = dict(
    actors={
        "luis_lacalle_pou": ["Luis Lacalle Pou", "Lacalle"],
        "javier_milei": ["Javier Milei", "Milei"],
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva", "Lula"],
        "jose_mujica": ["José Pepe Mujica"],
        "mercosur": ["Mercosur"],
    },
    meetings=[
        # "his scheduled hand-in-hand meeting with Milei after the Dec. 10 inauguration" ->
        # planned, in person, date null (no day), place null.
        M(["luis_lacalle_pou", "javier_milei"], None, None, IP, P,
          "Lacalle spoke of his government's best intentions for the years to come and mentioned his scheduled hand-in-hand meeting with Milei after the Dec. 10 inauguration: In a hand-in-hand meeting, good things are generated, said Lacalle."),
        # Not rows: "summoned former President José Pepe Mujica to assist him" (an assignment,
        # no meeting stated); Lacalle's statements "Thursday" (remarks, not a meeting);
        # the inauguration (a ceremony). Removed: the last, cut-off sentence ("According to
        # Uruguayan media, Mujica's role ... other representat").
    ],
    roles=[("Uruguayan President", "luis_lacalle_pou"), ("the Libertarian leader", "javier_milei"),
           ("the Argentine leader", "javier_milei")],
)

A["test_5107_erdogan_rouhani_tehran"] = dict(
    actors={
        "recep_tayyip_erdogan": ["Recep Tayyip Erdogan"],
        "hassan_rouhani": ["Hassan Rouhani"],
    },
    meetings=[
        # The caption: "after their meeting at the Saadabad Palace in Tehran, Iran, Wednesday,
        # Oct. 4, 2017" -> held, 2017-10-04, Tehran.
        M(["recep_tayyip_erdogan", "hassan_rouhani"], "2017-10-04", "Tehran", IP, H,
          "Turkish President Recep Tayyip Erdogan, left, speaks with Iranian President Hassan Rouhani during a joint press conference after their meeting at the Saadabad Palace in Tehran, Iran, Wednesday, Oct. 4, 2017."),
        # Not rows: the joint press conference (same encounter). Removed: the cut-off sentence
        # ("With Erdogan by his side, Rouhani pledged Wednesday that") and "0 Comments".
    ],
    roles=[("Turkish President", "recep_tayyip_erdogan"), ("Iranian President", "hassan_rouhani")],
)

A["dev_5108_rajoy_hollande_madrid"] = dict(
    actors={
        "mariano_rajoy": ["Mariano Rajoy"],
        "francois_hollande": ["François Hollande"],
    },
    meetings=[
        # Rajoy "chaired, together with the President of the French Republic, the 23rd
        # Spain-France Summit, at Moncloa Palace" (a two-leader bilateral summit) -> held,
        # 2013-11-27 (date line), Madrid (date line "Moncloa Palace, Madrid").
        M(["mariano_rajoy", "francois_hollande"], "2013-11-27", "Madrid", IP, H,
          "The President of the Government, Mariano Rajoy, chaired, together with the President of the French Republic, the 23rd Spain-France Summit, at Moncloa Palace, at which various ministers from the two governments also took part."),
        # Not rows: the sector meetings of unnamed ministers; the joint press conference.
        # Removed: share buttons, the photo credit ("Pool Moncloa / Free access") and the last,
        # cut-off sentence ("Mariano Rajoy highlighted ... fight against terr").
    ],
    roles=[("The President of the Government", "mariano_rajoy"), ("the President of the French Republic", "francois_hollande"),
           ("the President of the Spanish Government", "mariano_rajoy")],
)

A["dev_5109_kaczynski_yanukovych_poland"] = dict(
    actors={
        "lech_kaczynski": ["Lech Kaczyński", "Kaczyński"],
        "viktor_yanukovych": ["Viktor Yanukovych", "Prime Minister Yanukovych", "Yanukovych"],
    },
    meetings=[
        # "On 19th April 2007 President Lech Kaczyński met with Viktor Yanukovych ... who is on
        # an official visit in Poland" -> held, 2007-04-19, Poland (no city in the text).
        M(["lech_kaczynski", "viktor_yanukovych"], "2007-04-19", "Poland", IP, H,
          "On 19th April 2007 President Lech Kaczyński met with Viktor Yanukovych, Prime Minister of Ukraine who is on an official visit in Poland."),
        # Removed: the site's skip links and "Recommend site".
    ],
    roles=[("Prime Minister of Ukraine", "viktor_yanukovych"), ("the Prime Minister of Ukraine", "viktor_yanukovych")],
)

A["dev_5110_chretien_bush_detroit"] = dict(
    actors={
        "jean_chretien": ["Jean Chretien", "Chretien"],
        "george_w_bush": ["President Bush", "Bush"],
        "united_nations": ["United Nations", "U.N."],
        "saddam_hussein": ["Saddam Hussein"],
        "al_qaeda": ["al-Qaida"],
    },
    meetings=[
        # "met with President Bush here yesterday" (dateline DETROIT) -> held, 2002-09-09,
        # Detroit.
        M(["jean_chretien", "george_w_bush"], "2002-09-09", "Detroit", IP, H,
          "DETROIT - Canadian Prime Minister Jean Chretien met with President Bush here yesterday and urged him to win the support of the United Nations before launching any U.S. attack against Iraq."),
        # Not rows: Bush's "telephone diplomacy with other world leaders" (unnamed, no specific
        # call); the UN address (a speech); the joint tour and remarks at the bridge (same
        # encounter). Removed: the last, cut-off sentence ("Chretien was \"a plain-spok").
        # "HEARST NEWSPAPERS" is the byline (not an actor).
    ],
    roles=[("Canadian Prime Minister", "jean_chretien"), ("the Iraqi dictator", "saddam_hussein"),
           ("the U.S. president", "george_w_bush"), ("the prime minister", "jean_chretien")],
)

_TK = "Last night, Tuilaepa and his wife Gillian were warmly welcomed by Minister of Foreign Affairs, Ratu Inoke Kubuabola and Fiji's Ambassador to Japan, Isikeli Mataitoga."
A["test_5111_tuilaepa_fiji_summit"] = dict(
    actors={
        "tuilaepa_sailele_malielegaoi": ["Tuilaepa Sailele Malielegaoi", "PM Tuilaepa", "Tuilaepa"],
        "gillian_malielegaoi": ["Gillian"],
        "frank_bainimarama": ["Voreqe Bainimarama", "PM Bainimarama", "Bainimarama"],
        "inoke_kubuabola": ["Ratu Inoke Kubuabola"],
        "isikeli_mataitoga": ["Isikeli Mataitoga"],
        "narendra_modi": ["Narendra Modi"],
        "henry_puna": ["Henry Puna", "PM Puna", "Puna"],
        "xi_jinping": ["Xi Jinping"],
        "fiji_sun": ["Fiji Sun"],
    },
    meetings=[
        # "Last night ... warmly welcomed by ... Kubuabola and ... Mataitoga" (at Nausori
        # Airport, "last night") -> held, 2014-11-17, Nausori. The Fijian foreign minister
        # required; the ambassador (a junior member of the welcoming party) optional. Gillian
        # (spouse) not a participant.
        M(["tuilaepa_sailele_malielegaoi", "inoke_kubuabola"], "2014-11-17", "Nausori", IP, H, _TK),
        M(["tuilaepa_sailele_malielegaoi", "isikeli_mataitoga"], "2014-11-17", "Nausori", IP, H, _TK, False),
        # Not rows: "a summit with Indian Prime Minister, Narendra Modi" and Puna's "opportunity
        # to meet with ... Modi and ... Xi Jinping" (the leaders' group meetings with Modi and Xi
        # = multilateral; no bilateral stated); the Fiji Sun interviews; Tuilaepa's earlier
        # congratulations (no meeting); the foreign ministers meeting (multilateral). Removed:
        # "Username Password" and the last, cut-off quote ("What a better way to start then").
    ],
    roles=[("Samoan Prime Minister", "tuilaepa_sailele_malielegaoi"), ("the Fijian Prime Minister", "frank_bainimarama"),
           ("Minister of Foreign Affairs", "inoke_kubuabola"), ("Fiji's Ambassador to Japan", "isikeli_mataitoga"),
           ("Indian Prime Minister", "narendra_modi"), ("Cook Island Prime Minister", "henry_puna"),
           ("the President of China", "xi_jinping"), ("The Cook Islands Prime Minister", "henry_puna")],
)

A["dev_5112_abdullah_mbs_jeddah"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah"],
        "mohammed_bin_salman": ["Mohammed bin Salman bin Abdulaziz Al Saud", "Crown Prince Mohammed"],
        "salman_bin_abdulaziz": ["King Salman bin Abdulaziz Al Saud"],
        "feisal_bin_al_hussein": ["Prince Feisal bin Al Hussein"],
        "talal_bin_muhammad": ["Prince Talal bin Muhammad"],
        "ghazi_bin_muhammad": ["Prince Ghazi bin Muhammad"],
        "ayman_safadi": ["Ayman Safadi"],
        "jafar_hassan": ["Jafar Hassan"],
        "arab_league": ["League of Arab States"],
    },
    meetings=[
        # "on Thursday held a meeting at Al Salam Royal Palace in Jeddah" (+ the suhour banquet
        # the same night, same pair -> one row) -> held, 2023-04-20, Jeddah. The princes, Safadi
        # and Hassan "attended the meeting and the banquet" -> not participants.
        M(["abdullah_ii", "mohammed_bin_salman"], "2023-04-20", "Jeddah", IP, H,
          "Ammon News - His Majesty King Abdullah and Saudi Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud, the prime minister of Saudi Arabia, on Thursday held a meeting at Al Salam Royal Palace in Jeddah, covering the deep-rooted bilateral ties and regional developments."),
        # Not rows: the Arab League summit in Riyadh "next month" (multilateral). Removed:
        # "no comments" and the comment notice. "Ammon News -" is the outlet's credit (not an
        # actor).
    ],
    roles=[("His Majesty", "abdullah_ii"), ("Saudi Crown Prince", "mohammed_bin_salman"),
           ("the prime minister of Saudi Arabia", "mohammed_bin_salman"), ("the Saudi crown prince", "mohammed_bin_salman"),
           ("Custodian of the Two Holy Mosques", "salman_bin_abdulaziz"), ("The King", "abdullah_ii"),
           ("Deputy Prime Minister and Foreign Minister", "ayman_safadi"),
           ("Director of the Office of His Majesty", "jafar_hassan")],
)
