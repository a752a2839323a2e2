"""Accuracy corpus, batch 20b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 504 articles, batches
1-19b; batch 20a not counted: in the 2000s Oceania had 8, the other ten regions 9; in the 2010s
East Asia, North America and Western Europe had 8, Africa 10, the other seven 9; in the 2020s
Eastern Europe/Russia and Latin America had 8, Africa 10, the other eight 9) and spread over all
eleven regions (Oceania, Africa, Southeast Asia, Central Asia/Caucasus 2000s; East Asia, North
America, Western Europe, Middle East 2010s; Eastern Europe/Russia, Latin America, South Asia,
Middle East 2020s). All six 8-cells were taken; the other six slots went to 9-cells (the 2000s
have only one 8-cell and the 2010s and 2020s three and two), chosen so that every region appears
and the decades get four each; the Middle East appears twice (2010s and 2020s). Ten outlets are
new to the corpus as sites: The Age, New Vision, Taiwan News (via eyeontaiwan.com), MBS Radio,
The Royal Forums, Al Arabiya English, TheJournal.ie, CMIO (an EBC/Agencia Brasil translation),
Zee News and Emirates 24|7 (a WAM report); two are used outlets carrying a new source (OANA with a
Bernama report; armenianclub.com with an Interfax report). Collected with the `search` tool
(corpus `pages`) and annotated from the texts alone, BEFORE the package was run on them (the
package has not been run on this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_20b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-19b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_39NN_<slug>` / `test_39NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL has 2006/11/29 (a Wednesday). The text gives no day
    # for the talks (see the notes).
    ("dev_3901_qarase_bainimarama_wellington", "Oceania", "2000s", "The Age (theage.com.au)", "http://www.theage.com.au/news/World/Fiji-future-depends-on-NZ-talks-Qarase/2006/11/29/1164476239768.html", "2006-11-29"),
    # Date line "Jun 08, 2001" (a Friday).
    ("dev_3902_museveni_kabila_arusha_planned", "Africa", "2000s", "New Vision (newvision.co.ug)", "https://www.newvision.co.ug/news/1033081/museveni-meet-kabila", "2001-06-08"),
    # Date line "Fri, 12/12/2008 - 14:35" and dateline "JAKARTA, Dec 11 (Bernama)": "Thursday" =
    # 2008-12-11 (the dateline's day).
    ("test_3903_abdullah_yudhoyono_jakarta", "Southeast Asia", "2000s", "OANA (oananews.org; Bernama)", "https://oananews.org/node/35257", "2008-12-12"),
    # Date line "June 6, 2006 Tuesday 11:52 AM MSK" (2006-06-06 was a Tuesday). Neither meeting
    # is dated in the text.
    ("dev_3904_kocharian_aliyev_bucharest", "Central Asia/Caucasus", "2000s", "Interfax (Russia & CIS Military Newswire), via armenianclub.com", "https://armenianclub.com/?p=52195", "2006-06-06"),
    # Date line "Date: 2016-03-09" (a Wednesday): "on Wednesday morning" = 2016-03-09.
    ("dev_3905_tsai_soong_ma_meeting_arranged", "East Asia", "2010s", "Taiwan News, via eyeontaiwan.com", "https://www.eyeontaiwan.com/meeting-taiwans-incoming-outgoing-presidents-arranged", "2016-03-09"),
    # No date line in the excerpt; the URL has 2017/02/24 (a Friday): "yesterday" = 2017-02-23.
    ("dev_3906_trudeau_trump_call", "North America", "2010s", "MBS Radio (sites.mbsradio.com, news blog)", "http://sites.mbsradio.com/blog/2017/02/24/trump-and-trudeau-talk/", "2017-02-24"),
    # Date line "November 10, 2013 at 5:32 am" (a Sunday); "On Friday November 8th" = 2013-11-08.
    ("test_3907_philippe_willem_alexander_noordeinde", "Western Europe", "2010s", "The Royal Forums (theroyalforums.com, news)", "https://theroyalforums.com/news/44786-belgian-introductory-visit-to-the-netherlands", "2013-11-10"),
    # No date line in the excerpt; the URL has 2016/01/12 (a Tuesday, as "an official said
    # Tuesday"): "on Monday" = 2016-01-11.
    ("dev_3908_abdullah_kerry_carter_washington", "Middle East", "2010s", "Al Arabiya English (english.alarabiya.net)", "https://english.alarabiya.net/News/2016/01/12/White-House-denies-snubbing-Jordanian-king-", "2016-01-12"),
    # A live-blog entry; the search result's date is 2022-03-15 (a Tuesday), as the URL's
    # "15-march ... Mar2022". No day is given for the trip.
    ("dev_3909_morawiecki_fiala_jansa_kyiv_planned", "Eastern Europe/Russia", "2020s", "TheJournal.ie (live blog)", "https://www.thejournal.ie/liveblog-ukraine-invasion-15-march-5711357-Mar2022/", "2022-03-15"),
    # The search result's date is 2023-01-03 (a Tuesday); "this Monday (2nd)" = 2023-01-02.
    ("dev_3910_lula_fernandez_boric_brasilia", "Latin America", "2020s", "CMIO (cmio.org; translation of an EBC report)", "https://cmio.org/en/brasil/834480-lula-will-start-his-international-agenda-with-a-trip-to-argentina", "2023-01-03"),
    # The search result's date is 2024-03-14 (a Thursday), as the embedded post's "March 14,
    # 2024".
    ("test_3911_tobgay_modi_new_delhi", "South Asia", "2020s", "Zee News (zeenews.india.com)", "https://zeenews.india.com/india/bhutan-pm-tshering-tobgay-on-5-day-india-visit-calls-on-pm-modi-at-7-lok-kalyan-marg-residence-2730697.html", "2024-03-14"),
    # The search result's date is 2023-01-16 (a Monday), as the URL. No day is given for the
    # meetings.
    ("dev_3912_mbz_african_presidents_sidelines", "Middle East", "2020s", "Emirates 24|7 (emirates247.com; WAM)", "https://www.emirates247.com/news/emirates/uae-president-meets-with-world-leaders-on-sidelines-of-world-future-energy-summit-2023-01-16-1.698250", "2023-01-16"),
]

A = {}

A["dev_3901_qarase_bainimarama_wellington"] = dict(
    actors={
        "laisenia_qarase": ["Laisenia Qarase", "Qarase"],
        "frank_bainimarama": ["Commodore Frank Bainimarama", "Frank Bainimarama", "Bainimarama"],
    },
    meetings=[
        # "Qarase met with Commodore Frank Bainimarama in Wellington, New Zealand, for about two
        # hours" (the headline's "Fiji crisis talks", "The talks ... were hosted by New Zealand",
        # "After arriving at Government House in Wellington", "it was a worthwhile meeting": the
        # same) -> held, date null (the text gives no day; the URL's 2006/11/29 is not used: see
        # the notes), Wellington.
        M(["laisenia_qarase", "frank_bainimarama"], None, "Wellington", IP, H,
          "Qarase met with Commodore Frank Bainimarama in Wellington, New Zealand, for about two hours to discuss the Fiji military's demands of the government."),
        # Not rows: "the first face-to-face discussions between the two men in 10 months" (an
        # earlier meeting only implied, no occasion); "no concrete plans for him and Bainimarama
        # to meet again soon" and "There could be further meetings" (no meeting planned);
        # "hosted by New Zealand" (a country, no host named); Qarase "told Fiji commercial
        # radio" (an interview); Bainimarama "promised a 'clean-up campaign'" (a statement).
        # Removed: the first copy of the headline, the site's "We’re sorry, this feature is
        # currently unavailable ..." line, "Advertisement" (2x), the crawl-time "This was
        # published 17 years ago" and the cut-off last sentence ("The armed forces want three
        # controversial bills dropped, Police C").
    ],
    roles=[("Fiji Prime Minister", "laisenia_qarase"), ("the Pacific nation's military chief", "frank_bainimarama"),
           ("the commander", "frank_bainimarama")],
)

_MK = ("DIRECT talks between Presidents Yoweri Museveni and Joseph Kabila of the Democratic Republic of Congo will take place in Arusha, Tanzania towards the end of this month, reports Richard Mutumba.")
_MB = ("Mr. Ralph Ochan, the Permanent Secretary in the foreign affairs ministry, said Tanzanian President, Benjamin Mkapa would broker the historic summit.")
A["dev_3902_museveni_kabila_arusha_planned"] = dict(
    actors={
        "yoweri_museveni": ["Yoweri Museveni", "Museveni"],
        "joseph_kabila": ["Joseph Kabila", "Kabila"],
        "ralph_ochan": ["Mr. Ralph Ochan", "Ralph Ochan", "Ochan"],
        "benjamin_mkapa": ["Benjamin Mkapa"],
        "reuters": ["Reuters"],
        "united_nations": ["UN"],
        "kofi_annan": ["Kofi Annan"],
        "mwenze_kongolo": ["Mwenze Kongolo"],
        "eriya_kategaya": ["Mr. Eriya Kategaya", "Eriya Kategaya", "Kategaya"],
    },
    meetings=[
        # "DIRECT talks between Presidents Yoweri Museveni and Joseph Kabila ... will take place in
        # Arusha, Tanzania towards the end of this month" (the headline "Museveni To Meet
        # Kabila", "the historic summit", "will be held on June 27 or 28": the same) -> planned,
        # date null ("June 27 or 28": two possible days), Arusha. The sentence stands twice on
        # the page (standfirst and body).
        M(["yoweri_museveni", "joseph_kabila"], None, "Arusha", IP, P, _MK),
        # "Benjamin Mkapa would broker the historic summit" -> Mkapa with each president, planned,
        # date null, Arusha; optional (a broker of the talks, not a party to them; see the
        # notes).
        M(["benjamin_mkapa", "yoweri_museveni"], None, "Arusha", IP, P, _MB, False),
        M(["benjamin_mkapa", "joseph_kabila"], None, "Arusha", IP, P, _MB, False),
        # "he assured UN Secretary General Kofi Annan in a separate meeting" -> held, date null
        # ("recently"), place null (the UN session was in Geneva; where the separate meeting was
        # is not said: see the notes).
        M(["joseph_kabila", "kofi_annan"], None, None, IP, H,
          "The agency said although the 29-year-old leader told a UN session in Geneva recently that he wanted the 'aggressors' out of his country, he assured UN Secretary General Kofi Annan in a separate meeting that he was determined to be at peace with his neighbours and wanted to hold talks directly with Uganda as well as Rwanda and Burundi."),
        # "Kabila on Monday last week sent a special message to Museveni. The message was
        # delivered by ... Mwenze Kongolo" -> Kongolo with Museveni, held, date null (Monday last
        # week, 2001-05-28, is the day the message was sent, not the day it was delivered),
        # place null; optional (a delivery implied, the text does not say they met).
        M(["mwenze_kongolo", "yoweri_museveni"], None, None, IP, H,
          "The message was delivered by the DRC minister in charge of National Security and Public Order, Mwenze Kongolo.", False),
        # "Kategaya, in April delivered a message to Kabila from Museveni ... during his meeting
        # with the DRC leader held at the OAU village in Kinshasa" -> held, date null (April),
        # Kinshasa.
        M(["eriya_kategaya", "joseph_kabila"], None, "Kinshasa", IP, H,
          "Kategaya said during his meeting with the DRC leader held at the OAU village in Kinshasa, he found Kabila a leader of good impressions."),
        # Not rows: "Kabila has in the past wanted to hold direct talks with Museveni" (a wish);
        # "a proposal for a meeting between the two leaders" (the planned talks above); the UN
        # session in Geneva (a plenary); talks "directly with Uganda as well as Rwanda and
        # Burundi" (countries). "reports Richard Mutumba" is the byline inside the lead (not an
        # actor); the OAU village is a place. Removed: the cut-off last sentence ("Kategaya said
        # Kabila should be supported \"because wherever he has been, he has e").
    ],
    roles=[("Tanzanian President", "benjamin_mkapa"),
           ("the Permanent Secretary in the foreign affairs ministry", "ralph_ochan"),
           ("the 29-year-old leader", "joseph_kabila"), ("UN Secretary General", "kofi_annan"),
           ("the DRC minister in charge of National Security and Public Order", "mwenze_kongolo"),
           ("The First Deputy Premier and Minister for Foreign Affairs", "eriya_kategaya"),
           ("the DRC leader", "joseph_kabila")],
)

A["test_3903_abdullah_yudhoyono_jakarta"] = dict(
    actors={
        "susilo_bambang_yudhoyono": ["Susilo Bambang Yudhoyono", "Susilo"],
        "abdullah_ahmad_badawi": ["Abdullah Ahmad Badawi", "Abdullah", "PAK LAH"],
        "juwono_sudarsono": ["Juwono Sudarsono"],
        "malaysia_indonesia_general_border_committee": ["GBC"],
    },
    meetings=[
        # "he made a courtesy call on the Indonesian President at the Presidential Palace ...
        # here, Thursday" ("their discussion", "During the meeting with Susilo": the same) ->
        # held, 2008-12-11 (the dateline's Thursday, "Dec 11"), Jakarta (the dateline; "here").
        M(["abdullah_ahmad_badawi", "susilo_bambang_yudhoyono"], "2008-12-11", "Jakarta", IP, H,
          "Abdullah said Susilo had expressed this wish during their discussion when he made a courtesy call on the Indonesian President at the Presidential Palace after chairing a joint-meeting of the Malaysia-Indonesia General Border Committee (GBC), here, Thursday."),
        # "Abdullah ... jointly chaired the annual meeting with Indonesian Defence Minister Juwono
        # Sudarsono" (the "joint-meeting of the ... GBC", "the 37th GBC meeting": the same) ->
        # held, date null ("Thursday" attaches to the courtesy call; see the notes), Jakarta
        # ("here"). A bilateral committee meeting of the two co-chairs, not a plenary.
        M(["abdullah_ahmad_badawi", "juwono_sudarsono"], None, "Jakarta", IP, H,
          "Leading a 28-member Malaysian delegation, Abdullah, who is also the Defence Minister, jointly chaired the annual meeting with Indonesian Defence Minister Juwono Sudarsono."),
        # The Annual Consultation "between the Heads of Governments of Malaysia and Indonesia":
        # "Indonesia, which will host the meeting this year, had asked him to set a suitable date
        # either in February or March 2009" -> Abdullah with Susilo, planned, date null, Indonesia
        # (the host country); optional (the heads are given by role, and Abdullah is to step down
        # "in March 2009": who will attend is not certain).
        M(["abdullah_ahmad_badawi", "susilo_bambang_yudhoyono"], None, "Indonesia", IP, P,
          "Abdullah said Indonesia, which will host the meeting this year, had asked him to set a suitable date either in February or March 2009.", False),
        # Not rows: "a media conference with Malaysian journalists" (a press conference); the
        # "28-member Malaysian delegation" (unnamed). "(Bernama)" in the dateline is the agency
        # credit and "By Mohd Nasir Yusoff" the byline (not actors). Removed: OANA's "ID :
        # 35257" and "Auther :" lines and the cut-off last paragraph ("Responding to a question,
        # the Prime Minister said he and Susilo had also agreed to intensify cooperation that
        # would benef"). Kept: the page's hard line breaks inside sentences (evidence joins them
        # with a space; aliases and role texts were chosen so that each stands on one line, so
        # the committee's full name is not an alias) and the empty lines before "Abdullah said
        # they also discussed".
    ],
    roles=[("the Indonesian President", "susilo_bambang_yudhoyono"), ("the president", "susilo_bambang_yudhoyono"),
           ("Indonesian Defence Minister", "juwono_sudarsono")],
)

_RB = ("“At their recent meeting in Bucharest, the presidents could not resolve the issue, the same issue they failed to resolve during their meeting in Rambouillet, France, in February, although the Russian, French and U.S. co-chairmen of the OSCE Minsk Group presented proposals discussed in Rambouillet, but in a slightly different format,” he said.")
A["dev_3904_kocharian_aliyev_bucharest"] = dict(
    actors={
        "robert_kocharyan": ["Robert Kocharian", "Kocharian"],
        "ilham_aliyev": ["Ilham Aliyev", "Aliyev"],
        "vartan_oskanian": ["Vardan Oskanian", "Oskanian"],
        "osce_minsk_group": ["OSCE Minsk Group"],
    },
    meetings=[
        # "A recent meeting of Armenian President Robert Kocharian and his Azerbaijani counterpart
        # Ilham Aliyev in Bucharest" (the headline's "Bucharest Meeting", "At their recent
        # meeting in Bucharest": the same) -> held, date null ("recent"), Bucharest. Oskanian
        # "accompanied the Armenian president" (present, not a participant).
        M(["robert_kocharyan", "ilham_aliyev"], None, "Bucharest", IP, H,
          "A recent meeting of Armenian President Robert Kocharian and his Azerbaijani counterpart Ilham Aliyev in Bucharest did not make any progress toward a settlement of the Nagorno-Karabakh conflict, Armenian Foreign Minister Vardan Oskanian told journalists."),
        # "their meeting in Rambouillet, France, in February" ("During their February meeting in
        # France, Kocharian and Aliyev": the same) -> held, date null (month only), Rambouillet.
        M(["robert_kocharyan", "ilham_aliyev"], None, "Rambouillet", IP, H, _RB),
        # Not rows: the Minsk Group co-chairmen who "presented proposals" (unnamed); "the two
        # countries’ presidents ordered their foreign ministers to continue" (an instruction, the
        # ministers unnamed); Oskanian "told journalists" (a statement). The header lines
        # "Interfax News Agency" and "Russia & CIS Military Newswire" name the outlet (not
        # actors). Nothing removed; the page's hard line breaks are kept (see test_3903).
    ],
    roles=[("Armenian President", "robert_kocharyan"), ("Azerbaijani counterpart", "ilham_aliyev"),
           ("Armenian Foreign Minister", "vartan_oskanian"), ("the Armenian president", "robert_kocharyan"),
           ("the minister", "vartan_oskanian")],
)

A["dev_3905_tsai_soong_ma_meeting_arranged"] = dict(
    actors={
        "tsai_ing_wen": ["Tsai Ing-wen", "Tsai"],
        "james_soong": ["James Soong"],
        "ma_ying_jeou": ["Ma Ying-jeou", "Ma"],
        "people_first_party": ["People First Party"],
        "democratic_progressive_party": ["Democratic Progressive Party"],
        "kuomintang": ["Kuomintang"],
    },
    meetings=[
        # "After having a 90-minute closed-door meeting with People First Party Chairperson James
        # Soong on Wednesday morning, President-elect Tsai Ing-wen ..." -> held, 2016-03-09 (the
        # Wednesday of the date line), place null (no place in the text).
        M(["tsai_ing_wen", "james_soong"], "2016-03-09", None, IP, H,
          "After having a 90-minute closed-door meeting with People First Party Chairperson James Soong on Wednesday morning, President-elect Tsai Ing-wen, who has said she would meet with leaders of the country’s major political parties, was asked by the media whether she will meet with President Ma Ying-jeou."),
        # "she will contact him after his return to arrange a meeting between them at an
        # appropriate time" (the headline's "Meeting ... to be arranged", "orally agreed 6740197to
        # arrange a meeting between them", Ma's "We will find a way to arrange": the same) ->
        # planned (an agreed meeting), date null ("at an appropriate time", after Ma's trip of
        # March 13 to 19), place null.
        M(["tsai_ing_wen", "ma_ying_jeou"], None, None, IP, P,
          "Tsai, who doubles as Democratic Progressive Party chairperson, said that Ma will soon go on a state visit, so she will contact him after his return to arrange a meeting between them at an appropriate time."),
        # Not rows: "she would meet with leaders of the country’s major political parties"
        # (unnamed); Ma's state visit to Guatemala and Belize (no host named); Tsai "was asked by
        # the media" and Ma's answer to "a media question" (press remarks). "Taiwan News" in the
        # header and byline names the outlet, "George Liao" is the byline (not actors). Removed:
        # the "[SOURCE]" link label (with the spaces before it) after the last paragraph and the
        # site's comment form ("Leave a Reply", ...). Kept: "6740197to" as on the page.
    ],
    roles=[("People First Party Chairperson", "james_soong"), ("President-elect", "tsai_ing_wen"),
           ("Democratic Progressive Party chairperson", "tsai_ing_wen")],
)

A["dev_3906_trudeau_trump_call"] = dict(
    actors={
        "justin_trudeau": ["Trudeau"],
        "donald_trump": ["Donald Trump", "Trump"],
    },
    meetings=[
        # "Prime Minister Trudeau and President Donald Trump talked by phone yesterday" (the
        # headline "Trump and Trudeau talk": the same) -> held, phone, 2017-02-23 (the day before
        # the URL's 2017/02/24), place null.
        M(["justin_trudeau", "donald_trump"], "2017-02-23", None, PH, H,
          "Prime Minister Trudeau and President Donald Trump talked by phone yesterday about continued cross-border co-operation, softwood lumber and their women’s business group initiative."),
        # "a positive and constructive day of talks when they met at the White House last week"
        # -> held, date null ("last week"), Washington (the White House).
        M(["justin_trudeau", "donald_trump"], None, "Washington", IP, H,
          "Trudeau’s office issued a statement saying the P-M thanked Trump for a positive and constructive day of talks when they met at the White House last week."),
        # Not rows: "Trudeau’s office issued a statement" (a statement). The White House is a
        # venue here (not an actor). Nothing removed.
    ],
    roles=[("the P-M", "justin_trudeau")],
)

_V = ("On Friday November 8th, King Philippe and Queen Mathilde of Belgium made an introductory visit to King Willem-Alexander and Queen Maxima of the Netherlands.")
_PA = ("After the lunch, King Philippe and Queen Mathilde visited the Dutch Parliament, where they were welcomed by the President of the Senate, Ankie Broekers-Knol, and the President of the House, Anouchka Miltenburg.")
_RU = ("The introductory visit ended after a meeting with the Dutch Prime Minister Mark Rutte.")
A["test_3907_philippe_willem_alexander_noordeinde"] = dict(
    actors={
        "philippe_of_belgium": ["King Philippe", "Philippe"],
        "mathilde_of_belgium": ["Queen Mathilde", "Mathilde"],
        "willem_alexander": ["King Willem-Alexander", "Willem-Alexander"],
        "maxima_of_the_netherlands": ["Queen Maxima", "Maxima"],
        "elio_di_rupo": ["Elio Di Rupo"],
        "didier_reynders": ["Didier Reynders"],
        "beatrix_of_the_netherlands": ["Princess Beatrix"],
        "ankie_broekers_knol": ["Ankie Broekers-Knol"],
        "anouchka_van_miltenburg": ["Anouchka Miltenburg"],
        "mark_rutte": ["Mark Rutte"],
        "dutch_parliament": ["Dutch Parliament"],
        "natan": ["Natan"],
        "fabienne_delvigne": ["Fabienne Delvigne"],
        "jan_taminiau": ["Jan Taminiau"],
    },
    meetings=[
        # "King Philippe and Queen Mathilde of Belgium made an introductory visit to King
        # Willem-Alexander and Queen Maxima" ("were received by the King and the Queen of the
        # Netherlands at the Noordeinde Palace", "an audience at the Royal Palace", the lunch "in
        # their honour": the same) -> held, 2013-11-08 ("On Friday November 8th", the year of
        # publication), The Hague (the Noordeinde Palace, resolved to its city as White House ->
        # Washington). The two kings: required; the pairs with a spouse: optional (as 3b's
        # Trump-Brigitte); no pairs within a couple.
        M(["philippe_of_belgium", "willem_alexander"], "2013-11-08", "The Hague", IP, H, _V),
        M(["philippe_of_belgium", "maxima_of_the_netherlands"], "2013-11-08", "The Hague", IP, H, _V, False),
        M(["mathilde_of_belgium", "willem_alexander"], "2013-11-08", "The Hague", IP, H, _V, False),
        M(["mathilde_of_belgium", "maxima_of_the_netherlands"], "2013-11-08", "The Hague", IP, H, _V, False),
        # "visited the Dutch Parliament, where they were welcomed by the President of the Senate,
        # Ankie Broekers-Knol, and the President of the House, Anouchka Miltenburg" -> King
        # Philippe with each president: required; Queen Mathilde with each: optional (the
        # visitor's spouse); no pair between the two presidents (the same side). Held,
        # 2013-11-08 (the same day: "After the lunch"), The Hague (the Parliament's seat, resolved
        # as the palace; see the notes).
        M(["philippe_of_belgium", "ankie_broekers_knol"], "2013-11-08", "The Hague", IP, H, _PA),
        M(["philippe_of_belgium", "anouchka_van_miltenburg"], "2013-11-08", "The Hague", IP, H, _PA),
        M(["mathilde_of_belgium", "ankie_broekers_knol"], "2013-11-08", "The Hague", IP, H, _PA, False),
        M(["mathilde_of_belgium", "anouchka_van_miltenburg"], "2013-11-08", "The Hague", IP, H, _PA, False),
        # "The introductory visit ended after a meeting with the Dutch Prime Minister Mark Rutte"
        # -> the visitors with Rutte: King Philippe required, Queen Mathilde optional; held,
        # 2013-11-08 (the visit's day), Netherlands (no venue given; the headline's country).
        M(["philippe_of_belgium", "mark_rutte"], "2013-11-08", "Netherlands", IP, H, _RU),
        M(["mathilde_of_belgium", "mark_rutte"], "2013-11-08", "Netherlands", IP, H, _RU, False),
        # Not rows: Di Rupo and Reynders "accompanied" the royal couple and Princess Beatrix "was
        # present at the lunch" (present, not participants); the dresses, the brand and the
        # designers. Removed: the photo link line "Click on image to view on zimbio.com", the
        # site's "Filed under ..." and "Tagged , , ..." lines, the comment count and comment form;
        # whitespace only: the leading spaces of the date line and trailing spaces after "lunch."
        # and "Rutte.". Kept: "helf", "worn" and "Maxima" (no accent) as on the page, and the
        # empty byline "by" of the date line.
    ],
    roles=[("the Foreign Minister", "didier_reynders"), ("the President of the Senate", "ankie_broekers_knol"),
           ("the President of the House", "anouchka_van_miltenburg"), ("the Dutch Prime Minister", "mark_rutte")],
)

A["dev_3908_abdullah_kerry_carter_washington"] = dict(
    actors={
        "barack_obama": ["Barack Obama", "Obama"],
        "abdullah_ii": ["King Abdullah", "Abdullah"],
        "john_kerry": ["John Kerry", "Kerry"],
        "ash_carter": ["Ash Carter", "Carter"],
        "joe_biden": ["Joe Biden"],
        "peter_cook_pentagon": ["Peter Cook"],
        "afp": ["AFP"],
        "white_house": ["White House"],
        "us_congress": ["Congress"],
        "pentagon": ["Pentagon"],
        "islamic_state": ["Islamic State of Iraq and Syria", "ISIS"],
    },
    meetings=[
        # "President Barack Obama and Jordan’s King Abdullah plan to meet in the next few months"
        # (the headline "Obama, Jordanian king to meet soon", "A meeting with the president will
        # be arranged during an upcoming visit", Obama "looks forward to the opportunity to meet
        # with his majesty in the near future": the same) -> planned, date null, place null.
        M(["barack_obama", "abdullah_ii"], None, None, IP, P,
          "President Barack Obama and Jordan’s King Abdullah plan to meet in the next few months, an official said Tuesday, amid questions about why they did not hold talks in Washington this week."),
        # "Abdullah would instead meet with Vice President Joe Biden" -> planned, date null (no
        # day), Washington (Abdullah "is currently in Washington"; "on this visit").
        M(["abdullah_ii", "joe_biden"], None, "Washington", IP, P,
          "White House and Jordanian officials said Abdullah would instead meet with Vice President Joe Biden."),
        # "He met Defense Secretary Ash Carter and Secretary of State John Kerry on Monday" (the
        # standfirst "John Kerry and King Abdullah discussed", "Kerry and Abdullah discussed",
        # "Carter expressed": the same) -> two meetings (described separately; no Carter-Kerry
        # pair: the same side), held, 2016-01-11 (the Monday before the Tuesday of publication),
        # Washington.
        M(["abdullah_ii", "ash_carter"], "2016-01-11", "Washington", IP, H,
          "He met Defense Secretary Ash Carter and Secretary of State John Kerry on Monday."),
        M(["abdullah_ii", "john_kerry"], "2016-01-11", "Washington", IP, H,
          "He met Defense Secretary Ash Carter and Secretary of State John Kerry on Monday."),
        # "Obama and Abdullah last met in Washington almost a year ago" -> held, date null,
        # Washington.
        M(["barack_obama", "abdullah_ii"], None, "Washington", IP, H,
          "Obama and Abdullah last met in Washington almost a year ago."),
        # Not rows: "Obama did not host close ally Abdullah ... at the White House this week" and
        # "he is unable to meet with him personally on this visit" (a meeting that did not take
        # place); "they did not hold talks in Washington this week" (the same); the State of the
        # Union address (a speech); "a Jordanian official told AFP", "a diplomat said", the
        # spokespersons' statements. Removed: the page's "-" separator and the unrelated story
        # after it ("Syrian jailed in Jordan for plan to kill pilot" ...).
    ],
    roles=[("close ally", "abdullah_ii"), ("Vice President", "joe_biden"), ("Defense Secretary", "ash_carter"),
           ("Secretary of State", "john_kerry"), ("Pentagon spokesman", "peter_cook_pentagon"),
           ("his majesty", "abdullah_ii"), ("the president", "barack_obama")],
)

_KZ = ("The Polish, Czech and Slovenian prime ministers will travel to Kyiv to meet with Ukrainian President Volodymyr Zelensky, the Polish government said in a statement.")
_KS = ("Polish Prime Minister Mateusz Morawiecki, Czech counterpart Petr Fiala and Slovenia’s Janez Jansa will also meet with Ukrainian Prime Minister Denis Shmyhal during the visit.")
_PMS = ["mateusz_morawiecki", "petr_fiala", "janez_jansa"]
A["dev_3909_morawiecki_fiala_jansa_kyiv_planned"] = dict(
    actors={
        "mateusz_morawiecki": ["Mateusz Morawiecki"],
        "petr_fiala": ["Petr Fiala"],
        "janez_jansa": ["Janez Jansa"],
        "volodymyr_zelensky": ["Volodymyr Zelensky"],
        "denys_shmyhal": ["Denis Shmyhal"],
        "european_council": ["European Council"],
        "charles_michel": ["Charles Michel"],
        "european_commission": ["European Commission"],
        "ursula_von_der_leyen": ["Ursula von der Leyen"],
    },
    meetings=[
        # "The Polish, Czech and Slovenian prime ministers will travel to Kyiv to meet with
        # Ukrainian President Volodymyr Zelensky" (the prime ministers named in the next
        # sentence) -> three planned rows, each prime minister with Zelensky, date null (no day
        # is given), Kyiv.
    ] + [M([x, "volodymyr_zelensky"], None, "Kyiv", IP, P, _KZ) for x in _PMS] + [
        # "... will also meet with Ukrainian Prime Minister Denis Shmyhal during the visit" ->
        # three planned rows, each prime minister with Shmyhal, date null, Kyiv. No
        # Zelensky-Shmyhal pair (the same side).
    ] + [M([x, "denys_shmyhal"], None, "Kyiv", IP, P, _KS) for x in _PMS] + [
        # The three visiting prime ministers among themselves ("The three will be visiting as
        # “representatives of the European Council”") -> three planned pair rows, date null,
        # Kyiv; optional (one joint delegation travelling together; see the notes).
        M(["mateusz_morawiecki", "petr_fiala"], None, "Kyiv", IP, P, _KZ, False),
        M(["mateusz_morawiecki", "janez_jansa"], None, "Kyiv", IP, P, _KZ, False),
        M(["petr_fiala", "janez_jansa"], None, "Kyiv", IP, P, _KZ, False),
        # Not rows: the trip "organised “in agreement with”" Michel and von der Leyen (no meeting
        # with them is reported); "the Polish government said in a statement" (a statement; the
        # government is not a named organisation here). Removed: the search tool's " date
        # 2022-03-15" prefix, the live blog's "Flag" label and the time stamp "3 mins ago". The
        # entry's own heading "The European Council goes to Kyiv" is kept as the headline.
    ],
    roles=[("Ukrainian President", "volodymyr_zelensky"), ("Polish Prime Minister", "mateusz_morawiecki"),
           ("Czech counterpart", "petr_fiala"), ("Ukrainian Prime Minister", "denys_shmyhal"),
           ("European Council chief", "charles_michel"), ("European Commission president", "ursula_von_der_leyen")],
)

_PL = ("Lula also met with other important regional leaders, such as presidents Gustavo Petro (Colombia) and Guillermo Lasso (Ecuador).")
_RC = ("There were also bilateral meetings with the president of Portugal, Marcelo Rebelo de Sousa and with the president of Honduras, Iris Xiomara Castro Sarmiento.")
A["dev_3910_lula_fernandez_boric_brasilia"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inácio Lula da Silva", "Lula"],
        "alberto_fernandez": ["Alberto Fernández", "Fernández"],
        "gabriel_boric": ["Gabriel Boric"],
        "gustavo_petro": ["Gustavo Petro"],
        "guillermo_lasso": ["Guillermo Lasso"],
        "marcelo_rebelo_de_sousa": ["Marcelo Rebelo de Sousa"],
        "xiomara_castro": ["Iris Xiomara Castro Sarmiento"],
        "felipe_vi": ["Felipe VI"],
        "celac": ["Community of Latin American and Caribbean States", "Celac"],
    },
    meetings=[
        # "spent this Monday (2nd) receiving heads of state and government ... The meetings took
        # place at the Itamaraty Palace throughout the day. One of the meetings was with the
        # president of Argentina Alberto Fernández" ("after meeting with Lula": the same) ->
        # held, 2023-01-02, Brasília (the delegations "came to Brasília"; the Itamaraty Palace).
        M(["luiz_inacio_lula_da_silva", "alberto_fernandez"], "2023-01-02", "Brasília", IP, H,
          "One of the meetings was with the president of Argentina Alberto Fernández, who confirmed Lula’s trip to Buenos Aires on the next 23rd and 24th of January, for a series of commitments, including a meeting of the Community of Latin American and Caribbean States (Celac), which is under the temporary Argentine presidency."),
        # Fernández: "On the 23rd of January we will meet in Argentina" (Lula's "trip to Buenos
        # Aires on the next 23rd and 24th of January") -> planned, 2023-01-23 (day and month, the
        # year of publication), Buenos Aires. The Celac meeting on the 24th is a summit (no row).
        M(["alberto_fernandez", "luiz_inacio_lula_da_silva"], "2023-01-23", "Buenos Aires", IP, P,
          "On the 23rd of January we will meet in Argentina to advance with concrete actions and institutionalize this relationship, and on the 24th we will meet with Celac”, posted Fernández on social media after meeting with Lula."),
        # "Another meeting was with Chilean President Gabriel Boric" -> held, 2023-01-02,
        # Brasília.
        M(["luiz_inacio_lula_da_silva", "gabriel_boric"], "2023-01-02", "Brasília", IP, H,
          "Another meeting was with Chilean President Gabriel Boric."),
        # "Lula also met with ... presidents Gustavo Petro (Colombia) and Guillermo Lasso
        # (Ecuador)" -> two held rows (no Petro-Lasso pair), 2023-01-02, Brasília.
        M(["luiz_inacio_lula_da_silva", "gustavo_petro"], "2023-01-02", "Brasília", IP, H, _PL),
        M(["luiz_inacio_lula_da_silva", "guillermo_lasso"], "2023-01-02", "Brasília", IP, H, _PL),
        # "bilateral meetings with the president of Portugal, Marcelo Rebelo de Sousa and with the
        # president of Honduras, Iris Xiomara Castro Sarmiento" -> two held rows, 2023-01-02,
        # Brasília.
        M(["luiz_inacio_lula_da_silva", "marcelo_rebelo_de_sousa"], "2023-01-02", "Brasília", IP, H, _RC),
        M(["luiz_inacio_lula_da_silva", "xiomara_castro"], "2023-01-02", "Brasília", IP, H, _RC),
        # "The King of Spain, Felipe VI, was also with the Brazilian president today" -> held,
        # date null ("today" against the publication date would be 2023-01-03, but the
        # paragraph reports the Monday's meetings: a conflict; see the notes), Brasília.
        M(["felipe_vi", "luiz_inacio_lula_da_silva"], None, "Brasília", IP, H,
          "The King of Spain, Felipe VI, was also with the Brazilian president today."),
        # Not rows: "representatives of foreign delegations" (unnamed); the posts "on social
        # media", "on social networks" and "on his official Twitter account" (posts; the
        # platform is not annotated, as 19b's Facebook); the Celac summit (multilateral).
        # Removed: the search tool's " date 2023-01-03" prefix, the category label
        # "BrazilBrazil", the author box ("Photo of CMIO CMIO Send an email 5 hours ago", "2
        # minutes read", "Fact-checking Autentic DMCA Report") and the cut-off last sentence ("Not
        # all the planned meetings ended up taking place, according to Lula hims").
    ],
    roles=[("the president of Argentina", "alberto_fernandez"), ("the Argentine", "alberto_fernandez"),
           ("Chilean President", "gabriel_boric"), ("the president of Portugal", "marcelo_rebelo_de_sousa"),
           ("the president of Honduras", "xiomara_castro"), ("The King of Spain", "felipe_vi"),
           ("the Brazilian president", "luiz_inacio_lula_da_silva")],
)

A["test_3911_tobgay_modi_new_delhi"] = dict(
    actors={
        "tshering_tobgay": ["Dasho Tshering Tobgay", "Tshering Tobgay", "Tobgay", "@tsheringtobgay", "@PMBhutan"],
        "narendra_modi": ["Narendra Modi", "PM Narendra Modi"],
        "ashwini_choubey": ["Ashwini Choubey", "@AshwiniKChoubey"],
        "ani": ["ANI", "@ANI"],
        "randhir_jaiswal": ["Randhir Jaiswal", "Jaiswal"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "royal_government_of_bhutan": ["Royal Government of Bhutan"],
        "droupadi_murmu": ["Droupadi Murmu"],
        "subrahmanyam_jaishankar": ["S Jaishankar"],
    },
    meetings=[
        # "Tobgay ... met Prime Minister Narendra Modi at his official residence at 7, Lok Kalyan
        # Marg" (the embedded post "Tobgay calls on Prime Minister Narendra Modi at 7, Lok Kalyan
        # Marg (LKM). ... March 14, 2024": the same) -> held, 2024-03-14 (the post's date, the
        # day of publication), New Delhi (the dateline; the residence is in it).
        M(["tshering_tobgay", "narendra_modi"], "2024-03-14", "New Delhi", IP, H,
          "New Delhi: Bhutan's Prime Minister, Dasho Tshering Tobgay, who arrived in the national capital on a five-day official visit to India, met Prime Minister Narendra Modi at his official residence at 7, Lok Kalyan Marg."),
        # "He was received at the airport by ... Ashwini Choubey" ("Received by MoS
        # @AshwiniKChoubeyat the airport": the same) -> held, date null (the arrival day is not
        # stated), New Delhi; optional (an arrival welcome).
        M(["ashwini_choubey", "tshering_tobgay"], None, "New Delhi", IP, H,
          "He was received at the airport by Union Minister of State for Ministry of Consumer Affairs, Ashwini Choubey.", False),
        # "Tobgay will call on President Droupadi Murmu" -> planned, date null, India (the visit's
        # country; no city is given for it).
        M(["tshering_tobgay", "droupadi_murmu"], None, "India", IP, P,
          "During his visit to India, Tobgay will call on President Droupadi Murmu and is expected to hold bilateral talks with PM Narendra Modi."),
        # "... and is expected to hold bilateral talks with PM Narendra Modi" -> planned, date
        # null, India; optional (most likely the meeting already reported as held above, in a
        # sentence written before it; see the notes).
        M(["tshering_tobgay", "narendra_modi"], None, "India", IP, P,
          "During his visit to India, Tobgay will call on President Droupadi Murmu and is expected to hold bilateral talks with PM Narendra Modi.", False),
        # "External Affairs Minister S Jaishankar and other Indian dignitaries will also call on
        # the Prime Minister of Bhutan" -> planned, date null, India. The other dignitaries are
        # unnamed.
        M(["subrahmanyam_jaishankar", "tshering_tobgay"], None, "India", IP, P,
          "External Affairs Minister S Jaishankar and other Indian dignitaries will also call on the Prime Minister of Bhutan."),
        # Not rows: Jaiswal "who welcomed the Bhutan PM" (the welcome quoted is his post on X;
        # see the notes); the ministers and officials who accompany Tobgay (unnamed); "scheduled
        # to visit Mumbai" (no counterpart). X is a platform (not annotated). Removed: the search
        # tool's " date 2024-03-14" prefix and the cut-off last sentence ("In January, Foreign
        # Secretary Vi"). Kept: the embedded post as it stands in the text, with its link and
        # credit, and "@AshwiniKChoubeyat" (a handle run into "at").
    ],
    roles=[("Bhutan's Prime Minister", "tshering_tobgay"), ("the Bhutanese PM", "tshering_tobgay"),
           ("the Bhutan PM", "tshering_tobgay"), ("the Prime Minister of Bhutan", "tshering_tobgay"),
           ("Union Minister of State for Ministry of Consumer Affairs", "ashwini_choubey"),
           ("MoS", "ashwini_choubey"), ("Ministry of External Affairs spokesperson", "randhir_jaiswal"),
           ("External Affairs Minister", "subrahmanyam_jaishankar")],
)

_MZ = ("President His Highness Sheikh Mohamed separately met, on the sidelines of the World Future Energy Summit, with President Hakainde Hichilema of Zambia; Nana Akufo-Addo, President of Ghana; Yoweri Museveni, President of Uganda; and Filipe Jacinto Nyusi, President of Mozambique.")
A["dev_3912_mbz_african_presidents_sidelines"] = dict(
    actors={
        "mohamed_bin_zayed_al_nahyan": ["Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed"],
        "hakainde_hichilema": ["Hakainde Hichilema"],
        "nana_akufo_addo": ["Nana Akufo-Addo"],
        "yoweri_museveni": ["Yoweri Museveni"],
        "filipe_nyusi": ["Filipe Jacinto Nyusi"],
    },
    meetings=[
        # "Sheikh Mohamed separately met, on the sidelines of the World Future Energy Summit,
        # with" four presidents ("received a number of world leaders", "His Highness welcomed the
        # four leaders", "The meetings dealt with": the same) -> four held rows ("separately": no
        # pairs among the guests), date null (no day is given), United Arab Emirates (the
        # guests are "visiting the UAE"; Abu Dhabi appears only in the name of the
        # Sustainability Week; see the notes).
        M(["mohamed_bin_zayed_al_nahyan", "hakainde_hichilema"], None, "United Arab Emirates", IP, H, _MZ),
        M(["mohamed_bin_zayed_al_nahyan", "nana_akufo_addo"], None, "United Arab Emirates", IP, H, _MZ),
        M(["mohamed_bin_zayed_al_nahyan", "yoweri_museveni"], None, "United Arab Emirates", IP, H, _MZ),
        M(["mohamed_bin_zayed_al_nahyan", "filipe_nyusi"], None, "United Arab Emirates", IP, H, _MZ),
        # Not rows: the Abu Dhabi Sustainability Week, the World Future Energy Summit and COP28
        # (multilateral events, not actors). "By WAM" is the agency credit (not an actor).
        # Removed: the search tool's " date 2023-01-16" prefix and the cut-off last sentence,
        # which was the whole last paragraph ("The meetings were attended by H.H. Sheikh Mansour
        # bin Zayed Al Nahyan, ... Chief of Staff"). The excerpt has no headline (it opens with
        # the credit); none was made up.
    ],
    roles=[("His Highness", "mohamed_bin_zayed_al_nahyan"), ("President of Ghana", "nana_akufo_addo"),
           ("President of Uganda", "yoweri_museveni"), ("President of Mozambique", "filipe_nyusi")],
)
