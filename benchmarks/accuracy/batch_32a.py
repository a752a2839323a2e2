"""Accuracy corpus, batch 32a: 12 new articles about meetings between political actors, six from
the 1960s and 1980s (1960s: three, 1980s: three) and six from 1990 or later (1990s: one, 2000s:
one, 2010s: three, 2020s: one), over eleven regions (Africa: two; Southeast Asia, Oceania, North
America, East Asia, Latin America, Central Asia/Caucasus, Eastern Europe/Russia, Middle East,
Western Europe, South Asia: one each). Outlets/sites: Malay Mail (malaymail.com), PM Transcripts
(pmtranscripts.pmc.gov.au, arrival statements), the Los Angeles Times archive twice (once via a
mirror), UPI archives (upi.com), the President of Uzbekistan's site (president.uz, a press
release), News Kitchen (newskitchen.eu, carrying the Polish presidency's English service / PAP),
The Press (Christchurch) via Papers Past twice (NZPA-Reuter), Deutsche Welle (dw.com), Sikh
Heritage Education (sikhheritageeducation.com, a Reuter dispatch from a 1988 publication) and
allAfrica (Sudan News Agency); some of these sites were used before, the pages are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_32a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-31b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages (and stories/meetings) already in the corpus; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_62NN_<slug>` / `test_62NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (OCR errors and typos included).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date is 2018-10-24 (a Wednesday); the dateline "BANGKOK, Oct 24":
    # "later today" = 2018-10-24.
    ("dev_6201_mahathir_prayut_bangkok", "Southeast Asia", "2010s", "Malay Mail (malaymail.com)", "https://www.malaymail.com/s/1686095/pm-reaches-bangkok-to-start-official-visit", "2018-10-24"),
    # The text's date line "27 MARCH 1968" (a Wednesday; arrival statements at Wellington
    # airport). OCR text, kept as found.
    ("dev_6202_gorton_holyoake_wellington", "Oceania", "1960s", "PM Transcripts (Australian Prime Minister's Office; arrival statements)", "http://pmtranscripts.pmc.gov.au/release/transcript-1809", "1968-03-27"),
    # The URL (la-xpm-1986-03-18) gives 1986-03-18 (a Tuesday); no dateline: "today" =
    # 1986-03-18, "Wednesday" = 1986-03-19 (an announcement and a signing, not meetings).
    ("test_6203_reagan_mulroney_oval_office", "North America", "1980s", "Los Angeles Times (Associated Press)", "https://www.latimes.com/archives/la-xpm-1986-03-18-mn-27093-story.html", "1986-03-18"),
    # The URL (/Archives/1991/10/04/) gives 1991-10-04, a Friday; the dateline BEIJING: "Friday"
    # = 1991-10-04.
    ("dev_6204_jiang_kim_il_sung_beijing", "East Asia", "1990s", "United Press International (UPI archives)", "https://www.upi.com/Archives/1991/10/04/Chinese-Communist-Party-chief-Jiang-Zemin-reassured-North-Korean/3367686548800/", "1991-10-04"),
    # The page's heading "The World - News from Dec. 1, 1988" and the URL (la-xpm-1988-12-01) on
    # a mirror host of the LA Times archive. The mini-summit's day is not given.
    ("dev_6205_alfonsin_sarney_sanguinetti_minisummit", "Latin America", "1980s", "Los Angeles Times (archive, mirror host)", "http://video.nohib.com/archives/la-xpm-1988-12-01-mn-872-story.html", "1988-12-01"),
    # The page's date line "15.12.2016" and the text: "on 15 December 2016".
    ("dev_6206_mirziyoyev_nazarbayev_phone", "Central Asia/Caucasus", "2010s", "President of the Republic of Uzbekistan (president.uz; press release)", "https://president.uz/en/lists/view/127", "2016-12-15"),
    # The search result's date is 2019-07-15 (a Monday; the URL /2019/07/15/): "on Tuesday" =
    # 2019-07-16, "on Friday" = 2019-07-12 (the swearing-in, not a meeting).
    ("test_6207_nauseda_duda_warsaw_planned", "Eastern Europe/Russia", "2010s", "News Kitchen (newskitchen.eu; Republic of Poland in English / PAP)", "https://newskitchen.eu/2019/07/15/president-of-the-republic-of-poland-news-lithuanian-president-to-visit-poland-on-tuesday/", "2019-07-15"),
    # Papers Past id CHP19660512 and the page's bibliographic line "Press, Volume CV, Issue
    # 31057, 12 May 1966"; the dateline "CAIRO, May 11" (a Wednesday) precedes the issue:
    # "today" = 1966-05-11 (the dateline day, as batch 5d / 31b), "yesterday" = 1966-05-10.
    ("dev_6208_kosygin_nasser_cairo", "Middle East", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A. Reuter)", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19660512.2.136", "1966-05-12"),
    # The page title "... | DW | 24.01.2006" (a Tuesday): "met Monday" = 2006-01-23.
    ("dev_6209_merkel_chirac_versailles", "Western Europe", "2000s", "Deutsche Welle (dw.com)", "https://www.dw.com/en/merkel-dismisses-french-threat-in-cordial-meeting-with-chirac/a-1867254", "2006-01-24"),
    # The page's line "Article extracted from this publication >> April 15, 1988"; the dateline
    # "COLOMBO April 10" (1988-04-10, a Sunday: "rebel sources said on Sunday" agrees): "on
    # Friday" = 1988-04-08 (resolved against the dateline day).
    ("dev_6210_jayewardene_uma_maheswaran", "South Asia", "1980s", "Sikh Heritage Education (sikhheritageeducation.com; a Reuter dispatch from a publication of April 15, 1988)", "https://sikhheritageeducation.com/sri-lankan-president-meets-rebel-leader/", "1988-04-15"),
    # Papers Past id CHP19600116 and the page's bibliographic line "Press, Volume XCIX, Issue
    # 29104, 16 January 1960"; the dateline "IBADAN (Western Nigeria), January 15". Zero-row
    # control. Region (judgement): Africa (a tour of Nigeria; no meeting, no counterpart).
    ("test_6211_macmillan_nigeria_tour", "Africa", "1960s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19600116.2.113", "1960-01-16"),
    # The page's date line "22 May 2020" (a Friday; the allAfrica URL 202005250347 is the
    # posting of 25 May): "on Friday" = 2020-05-22.
    ("dev_6212_burhan_sisi_phone", "Africa", "2020s", "allAfrica (allafrica.com; Sudan News Agency)", "https://allafrica.com/stories/202005250347.html", "2020-05-22"),
]

A = {}

A["dev_6201_mahathir_prayut_bangkok"] = dict(
    actors={
        "mahathir_mohamad": ["Tun Dr Mahathir Mohamad", "Dr Mahathir"],
        "prayut_chan_o_cha": ["Prayut Chan-o-cha"],
        "siti_hasmah_mohamad_ali": ["Tun Dr Siti Hasmah Mohamad Ali"],
        "saifuddin_abdullah": ["Datuk Saifuddin Abdullah", "Saifuddin Abdullah"],
        "darell_leiking": ["Datuk Darell Leikeng", "Darell Leikeng"],
        "somkid_jatusripitak": ["Somkid Jatusripitak"],
        "suwaphan_tanyuvardhana": ["Suwaphan Tanyuvardhana"],
        "narong_sasitorn": ["Narong Sasitorn"],
        "nadhavathna_krishnamra": ["Nadhavathna Krishnamra"],
        "titawat_satientip": ["Colonel Titawat Satientip", "Titawat Satientip"],
        "jojie_samuel": ["Datuk Jojie Samuel", "Jojie Samuel"],
        "baharuddin_ahmad": ["Brig-Gen Baharuddin Ahmad", "Baharuddin Ahmad"],
    },
    meetings=[
        # "The prime minister will meet his Thai counterpart Prayut Chan-o-cha later today"
        # (dateline Bangkok, Oct 24) -> planned, 2018-10-24, Bangkok. The photo caption ("are
        # expected to discuss") is the same meeting.
        M(["mahathir_mohamad", "prayut_chan_o_cha"], "2018-10-24", "Bangkok", IP, P,
          "The prime minister will meet his Thai counterpart Prayut Chan-o-cha later today, and the two leaders are expected to discuss matters pertaining to the Southern Thailand conflict, cross-border crimes, human trafficking as well as economic issues."),
        # Welcomed at the airport by Deputy Prime Minister Somkid -> held, 2018-10-24 (landed
        # "at 11.30am" on the arrival day), Bangkok, required False (an arrival greeting, as
        # dev_031's Vaile row). The other welcomers (a minister of the PM's Office, ambassadors,
        # the protocol chief, attachés) are officials of a receiving line: no rows (see notes).
        M(["mahathir_mohamad", "somkid_jatusripitak"], "2018-10-24", "Bangkok", IP, H,
          "Dr Mahathir’s plane landed at military terminal of the Don Mueng International Airport, and he was welcomed by Thai government officials such as Deputy Prime Minister Somkid Jatusripitak, Minister in the Prime Minister’s Office Suwaphan Tanyuvardhana, Thailand’s ambassador to Malaysia Narong Sasitorn, Chief of Protocol Nadhavathna Krishnamra and Colonel Titawat Satientip, the Thailand military attaché assigned to Dr Mahathir.",
          False),
        # Not rows: "meet members of the Malaysian diaspora" (unnamed group); the public lecture;
        # Siti Hasmah, Saifuddin and Darell "accompanying"/"part of the delegation" (not
        # participants). "Yusof Mat Isa" is the photo credit (not an actor). Removed: the tool's
        # date prefix and the last, cut-off sentence ("Malaysia has been the facilitator of peace
        # talks ... Yala, Narathiwat and Pattani").
    ],
    roles=[("his Thai counterpart", "prayut_chan_o_cha"), ("The Langkawi MP", "mahathir_mohamad"),
           ("his spouse", "siti_hasmah_mohamad_ali"), ("Foreign Minister", "saifuddin_abdullah"),
           ("Deputy Prime Minister", "somkid_jatusripitak"), ("The prime minister", "mahathir_mohamad"),
           ("International Trade and Industries Minister", "darell_leiking")],
)

A["dev_6202_gorton_holyoake_wellington"] = dict(
    actors={
        "keith_holyoake": ["HOILYOAKE9", "MR. HOLYCAKE"],
        "john_gorton": ["JOHN GORTON", "Mr. Gorton", "MR. GORTON"],
        "harold_holt": ["Harold Holt"],
        "commonwealth_of_nations": ["Commonwealth"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # The arrival statements at Wellington airport, 27 March 1968: Holyoake welcomes Gorton
        # in person -> held, 1968-03-27, Wellington, required False (an arrival ceremony; the
        # talks proper are announced for the coming days).
        M(["keith_holyoake", "john_gorton"], "1968-03-27", "Wellington", IP, H,
          "MR. HOLYCAKE: I want to say how delighted I am that Mr. Gorton has come to visit us and has also brought his wife with him.",
          False),
        # "we will of course ... be discussing everything ... our talks are bound to cover trade,
        # defence ..." over "the coming two or three days we are travelling together" -> planned,
        # date null (a range), place New Zealand (travelling; no city for the talks).
        M(["keith_holyoake", "john_gorton"], None, "New Zealand", IP, P,
          "It would be much easier to enumerate the things we might not talk about, because we will have a lot of opportunity in the coming two or three days we are travelling together, but our talks are bound to cover trade, defence, our common interests in the Commonwealth, the United Nations, and all the subjects that are of current world interest at the present time."),
        # "to ring up the Prime Minister of New Zealand" when Gorton became PM -> phone, held,
        # date null, place null; the role phrase denotes Holyoake (addressed as "Mr. Prime
        # Minister" in the same speech).
        M(["john_gorton", "keith_holyoake"], None, None, PH, H,
          "One of the first things I did when I became Prime Minister was to ring up the Prime Minister of New Zealand to let him know that this had happiened, because we had known each other before and because of the particular closeness that our two C. ountries have, and this very kind invitation of yours to follow that up is something which I appreciate and which I think the people of Australia appreciate."),
        # "a little over a year ago that we had Harold Holt here" -> Holt's visit hosted by
        # Holyoake's "we": held, date null, New Zealand, required False (a visit; a meeting with
        # Holyoake is implied, not stated).
        M(["keith_holyoake", "harold_holt"], None, "New Zealand", IP, H,
          "You all remember, and I do particularly, John, that it is just a little over a year ago that we had Harold Holt here.",
          False),
        # Not rows: Gorton's unnamed wife; "the press have been asking me" (statements); the
        # invitation itself (accepted and being carried out: the visit rows above). Removed: the
        # last, cut-off sentence ("We will be talking about a whole variety of matters, but these
        # will I think").
    ],
    roles=[("NEW ZEALAND PRIME MINISTER", "keith_holyoake"), ("the Prime Minister of Australia", "john_gorton"),
           ("Mr. Prime Minister", "keith_holyoake"), ("the Prime Minister of New Zealand", "keith_holyoake")],
)

A["test_6203_reagan_mulroney_oval_office"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
    },
    meetings=[
        # "met privately for 15 to 20 minutes in the Oval Office, then moved to the Cabinet Room"
        # -> held, 1986-03-18 ("agreed today" in the lead; the meeting produced the agreement),
        # place Washington (Oval Office / White House resolved to its city). One row (the private
        # talk and the session with advisers are the same meeting).
        M(["brian_mulroney", "ronald_reagan"], "1986-03-18", "Washington", IP, H,
          "Mulroney and Reagan met privately for 15 to 20 minutes in the Oval Office, then moved to the Cabinet Room to join advisers for more than an hour’s discussion that the U.S. official described as “mostly about trade.”"),
        # Not rows: the formal announcement and the signing "on Wednesday" (not meetings);
        # Canada's acceptance of Reagan's invitation to join the space station (a programme, not
        # a meeting); Mulroney's remarks to "U.S. citizens" (a speech). "Associated Press" is the
        # agency credit (not an actor). Removed: "Advertisement" and "Share" widgets (at the
        # start and between paragraphs) and the last, cut-off paragraph ("Making clear the acid
        # rain issue ... Mulroney told a breakfast meeting with America").
    ],
    roles=[("Canadian Prime Minister", "brian_mulroney"), ("the President", "ronald_reagan")],
)

A["dev_6204_jiang_kim_il_sung_beijing"] = dict(
    actors={
        "jiang_zemin": ["Jiang Zemin", "Jiang"],
        "kim_il_sung": ["Kim Il Sung", "Kim"],
        "yang_shangkun": ["President Yang Shangkun", "Yang Shangkun"],
        "li_peng": ["Premier Li Peng", "Li Peng"],
        "xinhua_news_agency": ["Xinhua"],
        "chinese_communist_party": ["Chinese Communist Party"],
    },
    meetings=[
        # "Jiang and Kim discussed bilateral and international issues for two hours at the
        # Diaoyutai state guest house" (Kim arrived Friday; the lead: reassured him "Friday") ->
        # held, 1991-10-04, Beijing. The lead sentence and the railway-station welcome by Jiang
        # are the same pair on the same day (one row).
        M(["jiang_zemin", "kim_il_sung"], "1991-10-04", "Beijing", IP, H,
          "Jiang and Kim discussed bilateral and international issues for two hours at the Diaoyutai state guest house on Beijing's west side, according to the state-run Xinhua news agency."),
        # "was met at the Beijing railway station Friday morning by ... President Yang Shangkun,
        # Jiang and Premier Li Peng" -> Kim-Yang and Kim-Li, held, 1991-10-04, Beijing, required
        # False (an arrival welcome). No rows for pairs within the Chinese welcoming party.
        M(["kim_il_sung", "yang_shangkun"], "1991-10-04", "Beijing", IP, H,
          "Kim, 79, came to China by train and was met at the Beijing railway station Friday morning by China's three top officials, President Yang Shangkun, Jiang and Premier Li Peng.",
          False),
        M(["kim_il_sung", "li_peng"], "1991-10-04", "Beijing", IP, H,
          "Kim, 79, came to China by train and was met at the Beijing railway station Friday morning by China's three top officials, President Yang Shangkun, Jiang and Premier Li Peng.",
          False),
        # Not rows: the welcome ceremony with citizens; Xinhua's report (a source). The byline
        # (SARAH LUBMAN) is kept in the text and left out of the actors. Removed: "Share with X"
        # and the last, cut-off sentence ("The North Korean leader last visited China a yea").
    ],
    roles=[("Chinese Communist Party chief", "jiang_zemin"), ("North Korean leader", "kim_il_sung"),
           ("China's Communist Party leader", "jiang_zemin"), ("the Korean leader", "kim_il_sung")],
)

A["dev_6205_alfonsin_sarney_sanguinetti_minisummit"] = dict(
    actors={
        "raul_alfonsin": ["Raul Alfonsin", "Alfonsin"],
        "jose_sarney": ["Jose Sarney", "Sarney"],
        "julio_maria_sanguinetti": ["Julio Sanguinetti", "Sanguinetti"],
    },
    meetings=[
        # Three presidents "meeting at a “mini-summit” in Buenos Aires" -> one row per pair,
        # held, date null (the summit's day is not given in a "News from Dec. 1" brief), Buenos
        # Aires. The accords signed there (Sanguinetti with Alfonsin and Sarney; the latter two's
        # bilateral agreements) are the same meeting.
        M(["raul_alfonsin", "jose_sarney"], None, "Buenos Aires", IP, H,
          "Presidents Raul Alfonsin of Argentina, Jose Sarney of Brazil and Julio Sanguinetti of Uruguay, meeting at a “mini-summit” in Buenos Aires, signed new accords under an economic cooperation plan launched in 1986."),
        M(["raul_alfonsin", "julio_maria_sanguinetti"], None, "Buenos Aires", IP, H,
          "Presidents Raul Alfonsin of Argentina, Jose Sarney of Brazil and Julio Sanguinetti of Uruguay, meeting at a “mini-summit” in Buenos Aires, signed new accords under an economic cooperation plan launched in 1986."),
        M(["jose_sarney", "julio_maria_sanguinetti"], None, "Buenos Aires", IP, H,
          "Presidents Raul Alfonsin of Argentina, Jose Sarney of Brazil and Julio Sanguinetti of Uruguay, meeting at a “mini-summit” in Buenos Aires, signed new accords under an economic cooperation plan launched in 1986."),
        # Not a row: "A day earlier, Argentina and Brazil ... signing a treaty" (countries; no
        # named signatories). Removed: "Advertisement" before and after the text.
    ],
    roles=[],
)

A["dev_6206_mirziyoyev_nazarbayev_phone"] = dict(
    actors={
        "shavkat_mirziyoyev": ["Shavkat Mirziyoyev"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
    },
    meetings=[
        # "had a telephone conversation ... on 15 December 2016" -> phone, held, 2016-12-15,
        # place null.
        M(["shavkat_mirziyoyev", "nursultan_nazarbayev"], "2016-12-15", None, PH, H,
          "President of the Republic of Uzbekistan Shavkat Mirziyoyev had a telephone conversation with President of the Republic of Kazakhstan Nursultan Nazarbayev on 15 December 2016."),
        # "invited ... for a state visit to Kazakhstan in any convenient time. The invitation was
        # accepted" -> planned (an accepted invitation, as ANNOTATION.md), date null, Kazakhstan.
        M(["nursultan_nazarbayev", "shavkat_mirziyoyev"], None, "Kazakhstan", IP, P,
          "Nursultan Nazarbayev invited Shavkat Mirziyoyev for a state visit to Kazakhstan in any convenient time."),
        # Not rows: the congratulations exchanged during the call (part of the call); "continue a
        # constructive ... dialogue" (no specific meeting).
    ],
    roles=[("President of the Republic of Uzbekistan", "shavkat_mirziyoyev"),
           ("President of the Republic of Kazakhstan", "nursultan_nazarbayev"),
           ("the President of Kazakhstan", "nursultan_nazarbayev"), ("the head of Uzbekistan", "shavkat_mirziyoyev")],
)

A["test_6207_nauseda_duda_warsaw_planned"] = dict(
    actors={
        "gitanas_nauseda": ["Gitanas Nauseda", "President Nauseda", "Nauseda"],
        "andrzej_duda": ["Andrzej Duda", "President Duda", "Duda"],
        "mateusz_morawiecki": ["Mateusz Morawiecki"],
        "krzysztof_szczerski": ["Krzysztof Szczerski", "Minister Szczerski"],
        "lrt": ["LRT"],
        "nato": ["NATO"],
        "european_parliament": ["European Parliament"],
        "european_commission": ["European Commission"],
    },
    meetings=[
        # "will start an official visit to Poland on Tuesday" and "will meet Polish President
        # Andrzej Duda ... in Warsaw"; "The visit will start-off with a face-to-face meeting of
        # the two presidents" -> planned, 2019-07-16, Warsaw.
        M(["gitanas_nauseda", "andrzej_duda"], "2019-07-16", "Warsaw", IP, P,
          "President Nauseda will meet Polish President Andrzej Duda and Prime Minister Mateusz Morawiecki in Warsaw."),
        # The same sentence's meeting with Morawiecki: a separate bilateral (as dev_032), planned,
        # Warsaw; date null (only the presidents' meeting is placed at the start of the visit;
        # the visit's length is not given). No Duda-Morawiecki row (same side, not said to meet).
        M(["gitanas_nauseda", "mateusz_morawiecki"], None, "Warsaw", IP, P,
          "President Nauseda will meet Polish President Andrzej Duda and Prime Minister Mateusz Morawiecki in Warsaw."),
        # Not rows: Duda's interview with LRT (a media interview); the plenary talks of the
        # delegations (part of the Duda-Nauseda meeting); Szczerski's statements. Removed: the
        # tool's date prefix, the source line "Source: Republic of Poland in English" and the
        # agency tag "(PAP)" at the end.
    ],
    roles=[("Lithuania’s President", "gitanas_nauseda"), ("Polish President", "andrzej_duda"),
           ("Prime Minister", "mateusz_morawiecki"), ("head of Polish President’s Office", "krzysztof_szczerski")],
)

A["dev_6208_kosygin_nasser_cairo"] = dict(
    actors={
        "alexei_kosygin": ["Alexei Kosygin", "Mr Kosygin", "Mr Koskyin"],
        "gamal_abdel_nasser": ["President Nasser"],
        "faisal_bin_abdulaziz": ["King Feisal"],
    },
    meetings=[
        # "Official talks between ... Kosygin, and Egypt’s President Nasser begin in Cairo today"
        # (dateline CAIRO, May 11) -> written before the talks ("made no hint as to the content
        # of today’s talks") -> planned, 1966-05-11, Cairo.
        M(["alexei_kosygin", "gamal_abdel_nasser"], "1966-05-11", "Cairo", IP, P,
          "(N.Z.P.A. Reuter— Copyright) CAIRO, May 11. Official talks between the Soviet Premier, Alexei Kosygin, and Egypt’s President Nasser begin in Cairo today amidst increasing speculation as to the exact reason for the Russian leader’s visit to the United Arab Republic."),
        # Not rows: the welcome "from Egyptian crowds" on arrival "yesterday"; the "official
        # banquet in his honour last night" (host not named); King Feisal (named as a
        # counterweight, no meeting). "N.Z.P.A. Reuter" is the agency credit (not an actor).
        # Removed: Papers Past's end matter ("Permanent link to this item ..." and the
        # bibliographic and licence lines).
    ],
    roles=[("the Soviet Premier", "alexei_kosygin"), ("Egypt’s President", "gamal_abdel_nasser"),
           ("the Russian leader", "alexei_kosygin")],
)

A["dev_6209_merkel_chirac_versailles"] = dict(
    actors={
        "jacques_chirac": ["Jacques Chirac", "President Chirac", "Chirac"],
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "wilhelm_ii": ["Wilhelm II"],
        "european_union": ["EU"],
    },
    meetings=[
        # "met Monday in the historic town of Versailles outside Paris" -> held, 2006-01-23,
        # Versailles (the most specific named locality). The greeting "at the prefecture", the
        # news conference "before dinner" and "Monday's bilateral" are the same meeting.
        M(["jacques_chirac", "angela_merkel"], "2006-01-23", "Versailles", IP, H,
          "French and German leaders Jacques Chirac and Angela Merkel met Monday in the historic town of Versailles outside Paris, where discussions focused on the future of the EU and efforts to rein in Iran's nuclear program."),
        # Not rows: the EU "ministerial council in March" and "the biannual summit in June"
        # (multilateral); Merkel's opening of an exhibition; Wilhelm II (history). Removed: the
        # page-title line and DW's navigation ("1. Inhalt 2. Navigation ... Choose from 30
        # Languages"), and the last, cut-off sentence ("French Prime Minister Dominique de
        # Villepin and Foreign Minister Philippe Douste-Blazy have both been to").
    ],
    roles=[("the chancellor", "angela_merkel"), ("the German emperor", "wilhelm_ii")],
)

A["dev_6210_jayewardene_uma_maheswaran"] = dict(
    actors={
        "junius_jayewardene": ["Junius Jayewardene", "Jayewardene"],
        "uma_maheswaran": ["Uma Maheswaran"],
        "plote": ["People’s Liberation Organization of Tamil Eelam", "PLOTE"],
    },
    meetings=[
        # "Uma Maheswaran, met Jayewardene in Colombo on Friday" (dateline COLOMBO April 10, a
        # Sunday) -> held, 1988-04-08, Colombo. The lead ("has met a Tamil guerrilla leader") is
        # the same meeting. "They declined to say where the meeting was held" refers to the venue
        # inside Colombo.
        M(["uma_maheswaran", "junius_jayewardene"], "1988-04-08", "Colombo", IP, H,
          "Sources in the People’s Liberation Organization of Tamil Eelam (PLOTE) said their leader, Uma Maheswaran, met Jayewardene in Colombo on Friday."),
        # "Reuter" is the dateline credit (not an actor).
    ],
    roles=[("Sri Lankan President", "junius_jayewardene"), ("a Tamil guerrilla leader", "uma_maheswaran"),
           ("their leader", "uma_maheswaran")],
)

A["test_6211_macmillan_nigeria_tour"] = dict(
    actors={
        "harold_macmillan": ["Mr Macmillan"],
        "hastings_banda": ["Dr. Hastings Banda"],
    },
    meetings=[
        # Zero-row control. Not rows: Macmillan's tour of Nigeria and his "warm welcome from
        # crowds" (no counterpart named); the students' demonstration; the call for the release
        # of Hastings Banda (detained; no meeting); his unnamed wife (accompanying). Removed: the
        # Papers Past notices and "Article image" lines at the start, and at the end the filler
        # items printed after the story ("A British Columbian who built a 28-foot yawl ..." and
        # the John Palgrave quotation) and the permanent-link/bibliographic end matter.
    ],
    roles=[("The British Prime Minister", "harold_macmillan"),
           ("the detained Nyasaland African nationalist leader", "hastings_banda")],
)

A["dev_6212_burhan_sisi_phone"] = dict(
    actors={
        "abdel_fattah_al_burhan": ["Abdu Fattah Al-Burhan", "Al-Burhan"],
        "abdel_fattah_el_sisi": ["Abdul Fattah Al-Sisi"],
    },
    meetings=[
        # "on Friday telephone call from the Egyptian President" (the page's date 22 May 2020, a
        # Friday) -> phone, held, 2020-05-22, place null (a call; Khartoum is the dateline of the
        # receiving end only).
        M(["abdel_fattah_al_burhan", "abdel_fattah_el_sisi"], "2020-05-22", None, PH, H,
          "Khartoum — Head of the Sovereign Council, Lt-General, Abdu Fattah Al-Burhan, on Friday telephone call from the Egyptian President, Abdul Fattah Al-Sisi who congratulated him on the occasion of Eid Al-Fitr."),
        # Not rows: the congratulations (part of the call). "Sudan News Agency (Khartoum)" is the
        # source credit at the top (not annotated). The Sovereign Council is part of Burhan's
        # title (not annotated as an actor). Typos kept ("f common interest", the missing
        # "received").
    ],
    roles=[("Head of the Sovereign Council", "abdel_fattah_al_burhan"),
           ("the Egyptian President", "abdel_fattah_el_sisi"), ("Egyptian President", "abdel_fattah_el_sisi")],
)
