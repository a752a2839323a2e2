"""Accuracy corpus, batch 81b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 81a), from the 1970s to the 2020s (1970s:
two (1972, 1976), 1980s: one (1980), 1990s: three (1994, 1998, 1998), 2000s: two (2002, 2008),
2010s: one (2014), 2020s: three (2020, 2020, 2022); six of the twelve from before 2000, as the
brief asked for at least five), over the regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each).
Outlets/sites: Zambia Reports (2020), BBC News (1998), Stabroek News (via landofsixpeoples.com,
2002), The Press of Christchurch (an NZPA story, via Papers Past, 1980), Dawn (a 1972 item in its
"From the past pages of Dawn" column), the John Major Archive (a transcript of a joint doorstep
interview, 1994), National Newswatch ("Today in Canada's Political History", 2022), the Yemen
Times (1998), Agenda.ge (2014), 7NEWS (7news.com.au, 2020), a US Embassy Sofia cable (via the
WikiLeaks PlusD archive, 1976) and Expatica (2008). Ten are news stories; one is an official
transcript (the John Major Archive) and one a diplomatic cable (within the brief's limits of two
official releases and one cable). The pages are new to the corpus (URLs grepped in sources.csv,
corpus/metadata.csv and the batch files), and so, as far as the greps show, are their meetings
(dates and actor keys grepped; see the notes for the nearest: Muldoon-Zhao in Peking, 1980, is
also a row of batch 6a from another article).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_81b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-80b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_161NN_<slug>` / `test_161NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The search result's date field 2020-07-07 (a Tuesday, checked; removed with the tool's
    # date prefix; the URL's /2020/07/07/ agrees) is `published`: "on Sunday" = 2020-07-05 (a
    # Sunday, checked); "last month" (the election) -> no day.
    ("dev_16101_chakwera_lungu_call_chama", "Africa", "2020s", "Zambia Reports (zambiareports.com)", "https://zambiareports.com/2020/07/07/lungu-hails-historic-ties-malawi/", "2020-07-07"),
    # The page line "Thursday, November 5, 1998 Published at 16:19 GMT" (a Thursday, checked)
    # is `published`; the meeting in Kuala Lumpur is given no day ("a surprise meeting"; see the
    # notes); "in two weeks time" (the APEC summit, no row) -> no day.
    ("dev_16102_mahathir_goh_kuala_lumpur", "Southeast Asia", "1990s", "BBC News (news.bbc.co.uk)", "http://news.bbc.co.uk/2/hi/208633.stm", "1998-11-05"),
    # The date line "February 10, 2002" (a Sunday, checked) under the credit "Stabroek News" is
    # `published`: "last month" (Jagdeo's visit to Suriname) -> no day; "on Friday" (Jagdeo's
    # press conference, no row) = 2002-02-08; "A 1971 agreement" -> no day.
    ("test_16103_jagdeo_venetiaan_border", "Latin America", "2000s", "Stabroek News (via landofsixpeoples.com)", "http://www.landofsixpeoples.com/news02/ns202103.htm", "2002-02-10"),
    # Papers Past's issue "Press, 20 September 1980" (the URL CHP19800920; a Saturday, checked)
    # is `published`; the bibliographic line is not in the excerpt. "yesterday" (Muldoon in Hong
    # Kong, no row) = 1980-09-19; "last week" (Deng's resignation) -> no day; the talks in Peking
    # are given no day.
    ("dev_16104_muldoon_deng_zhao_review", "East Asia", "1980s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19800920.2.18", "1980-09-20"),
    # Dawn's "From the past pages of Dawn" column: the excerpt ends "Published in Dawn, April
    # 28th, 2022" and says the item "has been taken from the previous day's issue" of the paper
    # of April 28, 1972 (which did not appear), i.e. Dawn of 1972-04-27 (a Thursday, checked),
    # which is used as `published` (as the 1972 reprint of batch 80b; see the notes); "tonight's
    # [April 26] talks" = 1972-04-26 (a Wednesday, checked).
    ("dev_16105_bizenjo_bhutto_lahore", "South Asia", "1970s", "Dawn (Karachi), \"From the past pages of Dawn\" (a 1972 item reprinted in 2022)", "https://www.dawn.com/news/1687221/code.jquery.com", "1972-04-27"),
    # The title "– 15 July 1994" and "held on Friday 15th July 1994" (a Friday, checked) ->
    # `published` 1994-07-15; "today" / "this afternoon" = 1994-07-15; "a few weeks ago"
    # (Corfu), "in 1992", "in the early autumn", "towards the end of the year" -> no day.
    ("dev_16106_major_reynolds_brussels", "Western Europe", "1990s", "The John Major Archive (johnmajorarchive.org.uk; transcript of a joint doorstep interview)", "https://johnmajorarchive.org.uk/1994/07/15/mr-majors-joint-doorstep-interview-with-albert-reynolds-15-july-1994/", "1994-07-15"),
    # No date line in the excerpt; the URL (/2022/11/18/) gives 2022-11-18 (a Friday, checked),
    # the anniversary of the report "filed ... on November 18, 1976". The meeting is given no
    # day (three days after an election whose date the text does not give; see the notes).
    ("test_16107_enders_trudeau_pq", "North America", "2020s", "National Newswatch (nationalnewswatch.com; \"Today in Canada's Political History\")", "https://nationalnewswatch.com/2022/11/18/today-in-canadas-political-history-us-ambassador-thomas-enders-meets-with-pm-pierre-trudeau-after-pq-victory", "2022-11-18"),
    # The date line "November 23 1998" and "today, Monday, November 23rd" (a Monday, checked)
    # -> `published` 1998-11-23. A zero-row control.
    ("dev_16108_nayif_yemen_visit", "Middle East", "1990s", "Yemen Times (yementimes.com archives, 1998/47)", "https://yementimes.com/to-sort-out-border-troubles-prince-nayif-arrives-here-archives1998-47-front-page-4/", "1998-11-23"),
    # The date line "Agenda.ge, 11 Sep 2014 - 14:34" (a Thursday, checked) is `published`;
    # "earlier today" (the start of the visit) = 2014-09-11, the day of the meeting.
    ("dev_16109_garibashvili_aliyev_baku", "Central Asia/Caucasus", "2010s", "Agenda.ge", "https://agenda.ge/en/news/2014/2123", "2014-09-11"),
    # The search result's date field 2020-08-04 (a Tuesday, checked; removed with the tool's
    # date prefix) is `published`: "on Wednesday" = 2020-08-05 (a Wednesday, checked); "in July
    # 2019" -> no day.
    ("dev_16110_morrison_marape_virtual", "Oceania", "2020s", "7NEWS (7news.com.au)", "https://7news.com.au/politics/pm-morrison-to-meet-with-pngs-marape-c-1216616", "2020-08-04"),
    # A US embassy cable (Sofia 1554); `published` = 1976-07-28 from "R 281105Z JUL 76" (a
    # Wednesday, checked); "JULY 26" -> 1976-07-26 (a Monday, checked); "JULY 27" (the
    # communique, no row); Manescu's "TWO-DAY VISIT" is given no day.
    ("test_16111_ceausescu_zhivkov_varna", "Eastern Europe/Russia", "1970s", "US Embassy Sofia cable 1976SOFIA01554 (via the WikiLeaks PlusD archive, theworldtomorrow.wikileaks.org)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1976SOFIA01554.html", "1976-07-28"),
    # The date line "17 March 2008" (a Monday, checked) is `published`: "Friday" = 2008-03-14 (a
    # Friday, checked); "Thursday" (the letter, no row) = 2008-03-13; "between 2 and 4 April" (a
    # range) -> no day; "last September" -> no day.
    ("dev_16112_bush_zapatero_call", "Western Europe", "2000s", "Expatica (expatica.com; Spain news)", "https://www.expatica.com/es/general/bush-call-to-zapatero-may-herald-thaw-in-relations-39524/", "2008-03-17"),
]

A = {}

A["dev_16101_chakwera_lungu_call_chama"] = dict(
    actors={
        "edgar_lungu": ["President Edgar Lungu", "Edgar Lungu", "President Lungu"],
        # New keys.
        "lazarus_chakwera": ["Dr Lazarus Chakwera", "Lazarus Chakwera", "Dr. Chakwera", "Dr Chakwera"],
        "davies_chama": ["Davies Chama", "Chama"],
    },
    meetings=[
        # "He [Chakwera] said he spoke to President Lungu on Sunday" -> held, 2020-07-05, place
        # null. Kind phone: Lungu did not attend the inauguration ("sending a representative"),
        # so the conversation was at a distance; the text does not say "phone" (see the notes).
        M(["lazarus_chakwera", "edgar_lungu"], "2020-07-05", None, PH, H,
          "He said he spoke to President Lungu on Sunday whom he assured of continued bilateral ties for the benefit of the two countries."),
        # "Dr Chakwera said this when he held a meeting with Chama, who represented President
        # Lungu at the inauguration" -> held, date null (the inauguration's day is not given),
        # place null (no city or country is named for the meeting; see the notes), in person.
        M(["lazarus_chakwera", "davies_chama"], None, None, IP, H,
          "Dr Chakwera said this when he held a meeting with Chama, who represented President Lungu at the inauguration."),
        # Not rows: Lungu "Speaking through defence minister Davies Chama at the inauguration"
        # (Lungu was not there; the inauguration is a ceremony, not a meeting); Chakwera
        # "thanked President Lungu for sending a representative" (a statement). Not annotated:
        # Zambia, Malawi (places). Removed: at the start, the tool's date prefix " date
        # 2020-07-07 "; nothing at the end (the excerpt ends with a full sentence).
    ],
    roles=[("Malawi’s President", "lazarus_chakwera"), ("defence minister", "davies_chama"),
           ("a representative", "davies_chama")],
)

A["dev_16102_mahathir_goh_kuala_lumpur"] = dict(
    actors={
        "mahathir_mohamad": ["Mahathir Mohamad", "Dr Mahathir"],
        "goh_chok_tong": ["Goh Chok Tong", "Mr Goh"],
        "anwar_ibrahim": ["Anwar Ibrahim"],
        "bbc": ["BBC"],
        "apec": ["Asia-Pacific Economic Co-operation"],
        # New key.
        "angie_knox": ["Angie Knox"],
    },
    meetings=[
        # "a surprise meeting in Kuala Lumpur" ("The unexpected meeting", "their talks", "lunch
        # with Dr Mahathir": the same) -> held, date null (no day is given; see the notes), Kuala
        # Lumpur, in person.
        M(["mahathir_mohamad", "goh_chok_tong"], None, "Kuala Lumpur", IP, H,
          "Malaysian Prime Minister, Mahathir Mohamad, and his Singaporean counterpart, Goh Chok Tong, say they have agreed to try to settle their differences following a surprise meeting in Kuala Lumpur."),
        # Not rows: "Dr Mahathir told a news conference" (media); the "Asia-Pacific Economic
        # Co-operation summit it is hosting in two weeks time" (multilateral); "the trial of ...
        # Anwar Ibrahim" (no meeting); "criticism by regional officials" (unnamed). Not
        # annotated: the page's section line "World: Asia-Pacific" (site furniture kept in the
        # text); Malaysia, Singapore, Kuala Lumpur (places). Kept as they stand: the date and
        # section line run into the headline and lead, the image marker "![]()" and the
        # subheading "'Narrow the differences'" run into the paragraph. Removed: at the start,
        # the page's table furniture ("![]() |", a line of "|" and "|"); at the end, the closing
        # " |" and the table lines ("|", a line of "|").
    ],
    roles=[("Malaysian Prime Minister", "mahathir_mohamad"), ("his Singaporean counterpart", "goh_chok_tong"),
           ("former Deputy Prime Minister", "anwar_ibrahim"), ("BBC Asia affairs analyst", "angie_knox")],
)

A["test_16103_jagdeo_venetiaan_border"] = dict(
    actors={
        "bharrat_jagdeo": ["President Bharrat Jagdeo", "Bharrat Jagdeo", "President Jagdeo", "Jagdeo"],
        "forbes_burnham": ["Prime Minister Forbes Burnham", "Forbes Burnham"],
        # New keys.
        "ronald_venetiaan": ["Ronald Venetiaan", "President Venetiaan", "Venetiaan"],
        "henk_arron": ["Henk Arron"],
    },
    meetings=[
        # "the talks between Suriname's President, Ronald Venetiaan and President Bharrat Jagdeo
        # during the latter's visit to Suriname last month" ("the joint press conference with the
        # Suriname President at the end of his visit", "his meetings with his guest": the same
        # visit, one row) -> held, date null ("last month"), Suriname, in person.
        M(["ronald_venetiaan", "bharrat_jagdeo"], None, "Suriname", IP, H,
          "Technical issues relating to the border between Guyana and Suriname were not discussed in the talks between Suriname's President, Ronald Venetiaan and President Bharrat Jagdeo during the latter's visit to Suriname last month."),
        # "A 1971 agreement concluded between then Prime Minister Forbes Burnham and premier Henk
        # Arron of Suriname" -> an agreement concluded between the two; a joint signing would be
        # a meeting (as dev_15905), but the text does not say they met -> not required; held,
        # date null (a year only), place null.
        M(["forbes_burnham", "henk_arron"], None, None, IP, H,
          "A 1971 agreement concluded between then Prime Minister Forbes Burnham and premier Henk Arron of Suriname provided for the demilitarisation of Guyana's New River Triangle, which Suriname is claiming as its territory.", False),
        # Not rows: Jagdeo's "press conference on Friday at the Presidential Secretariat" and "he
        # told reporters" (a single person's news conference); "the Border Commissions", "the
        # Opposition", "the parliamentary sectoral committee on foreign affairs" (bodies, no
        # meeting fixed). Not annotated: the credit line "Stabroek News" (outlet); the Border
        # Commissions, the Opposition, the sectoral committee (generic or not yet established);
        # the Presidential Secretariat (a building); Guyana, Suriname, the New River Triangle
        # (places). Kept as they stand: the headline, the credit and date lines. Removed:
        # nothing at the start; at the end, the cut-off sentence "Asked about his comments in
        # Suriname that there were groups opposed to his offer of joint exploration and
        # exploitation of hydrocarbon resources in the maritime zone, Presid".
    ],
    roles=[("Suriname's President", "ronald_venetiaan"), ("the Suriname President", "ronald_venetiaan"),
           ("his guest", "bharrat_jagdeo")],
)

A["dev_16104_muldoon_deng_zhao_review"] = dict(
    actors={
        "robert_muldoon": ["Mr Muldoon", "Mr Muir doon"],
        "deng_xiaoping": ["Deng Xiaoping"],
        "hua_guofeng": ["Hua Guofeng", "Mr Hua"],
        "zhao_ziyang": ["Zhao Ziyang"],
        "chinese_communist_party": ["Chinese Communist Party"],
        "national_peoples_congress": ["National People’s Congress", "People’s Congress"],
    },
    meetings=[
        # Deng "insisted several times to the Prime Minister (Mr Muir doon) in Peking" -> a
        # conversation of the two in Peking -> held, date null (no day), Peking, in person.
        M(["deng_xiaoping", "robert_muldoon"], None, "Peking", IP, H,
          "NZPA Hong Kong The Chinese Communist Party Vice-Chairman (Deng Xiaoping), who had just., resigned as Senior VicePremier last week at the National People’s Congress, insisted several times to the Prime Minister (Mr Muir doon) in Peking, “Now I am a private citizen,” according to Mr Muldoon in Hong Kong yesterday."),
        # "China’s new Prime Minister (Zhao Ziyang), with whom he had held long talks while in
        # Peking" -> held, date null, Peking, in person (the talks are also a row of batch 6a,
        # from another article).
        M(["robert_muldoon", "zhao_ziyang"], None, "Peking", IP, H,
          "Mr Muldoon said he had not extended any invitation to China’s new Prime Minister (Zhao Ziyang), with whom he had held long talks while in Peking because, “it was obvious to me that he is going to be extremely busy.”"),
        # "Mr Muldoon extended an invitation to him to visit New Zealand. Mr Hua replied,
        # “Thanks.”" -> an exchange between the two during the visit (Muldoon also judged Hua's
        # position from it) -> held, date null, China (the headline's "visit to China"; the
        # text does not place the exchange in Peking); not required (the text does not say they
        # met; see the notes).
        M(["robert_muldoon", "hua_guofeng"], None, "China", IP, H,
          "Thinking that. Mr Hua may be more relaxed for travel than before, Mr Muldoon extended an invitation to him to visit New Zealand.", False),
        # Not rows: Hua's visit to New Zealand (an invitation not accepted: "An official reply is
        # still awaited"); Muldoon "in Hong Kong yesterday" (a statement to the press); Deng's
        # resignation "at the National People’s Congress" (a session). Not annotated: the
        # dateline credit "NZPA Hong Kong" (an agency credit); "Government", "Party" (generic);
        # Peking, Hong Kong, New Zealand, China (places). Kept as they stand: the OCR slips "had
        # just., resigned", "VicePremier", "Mr Muir doon", "He ; .iay be", "'“a very firm
        # policy.”", "Thinking that. Mr Hua". Removed: at the start, Papers Past's notices
        # ("Thank you for correcting the text in this article. ...", "This article contains
        # searchable text ...") and twenty "Article image" lines; at the end, the cut-off
        # sentence "Mr Zhao’s succession to the premiership has fulfilled a prediction by".
    ],
    roles=[("The Chinese Communist Party Vice-Chairman", "deng_xiaoping"), ("the Prime Minister", "robert_muldoon"),
           ("the party chairman", "hua_guofeng"), ("China’s new Prime Minister", "zhao_ziyang")],
)

A["dev_16105_bizenjo_bhutto_lahore"] = dict(
    actors={
        "zulfikar_ali_bhutto": ["President Bhutto"],
        "pakistan_peoples_party": ["PPP", "People’s Party"],
        # New keys.
        "ghaus_bakhsh_bizenjo": ["Mr Ghaus Bakhsh Bizenjo", "Ghaus Bakhsh Bizenjo", "Mr Bizenjo"],
        "khan_abdul_wali_khan": ["Khan Abdul Wali Khan"],
        "national_awami_party": ["NAP"],
        "jamiat_ulema_e_islam": ["JUI"],
        "nap_jui_alliance": ["NAP-JUI alliance"],
    },
    meetings=[
        # "Mr Ghaus Bakhsh Bizenjo, had another round of talks with President Bhutto at the
        # Government House here" ("tonight's [April 26] talks") -> held, 1972-04-26, Lahore
        # (dateline), in person.
        M(["ghaus_bakhsh_bizenjo", "zulfikar_ali_bhutto"], "1972-04-26", "Lahore", IP, H,
          "LAHORE: The NAP leader, Mr Ghaus Bakhsh Bizenjo, had another round of talks with President Bhutto at the Government House here."),
        # "he would be going to Peshawar … for discussion with his party chief, Khan Abdul Wali
        # Khan, and leaders of the JUI" -> planned, date null, Peshawar, in person (the JUI
        # leaders are not named).
        M(["ghaus_bakhsh_bizenjo", "khan_abdul_wali_khan"], None, "Peshawar", IP, P,
          "Expressing satisfaction over the progress in tonight’s [April 26] talks, Mr Bizenjo said he would be going to Peshawar … for discussion with his party chief, Khan Abdul Wali Khan, and leaders of the JUI."),
        # Not rows: "another round" (earlier rounds, not specified); Bizenjo "had accompanied the
        # President from Rawalpindi" (travel); "Whether or not another meeting with the President
        # would be necessary would be decided ..." (undecided, not announced); "consultation with
        # the leaders of the alliance" (unnamed). Not annotated: the line "Published in Dawn,
        # April 28th, 2022" and the note on "the newspaper" (outlet lines, as dev_15906); "the
        # Eid Miladun Nabi holiday" (an event); "Governors", "Ministries", "the Centre"
        # (generic); Lahore, Rawalpindi, Peshawar, the NWFP, Baluchistan (places). Kept as they
        # stand: the column's "…" and "[April 26]". Removed: nothing at the start; at the end, the
        # page's "Opinion" / "Editorial" teaser blocks ("Wheat price crash" ... "Border clashes"
        # ... "this time in the Kurra").
    ],
    roles=[("The NAP leader", "ghaus_bakhsh_bizenjo"), ("his party chief", "khan_abdul_wali_khan")],
)

_MR_AUTUMN = ("We have commissioned some more work and we have decided that we will regroup again more formally in the early autumn – I can’t be precise as to the date at the moment – in order to carry that work forward so I would expect us to meet again in the early autumn and then again, of course, formally towards the end of the year.")
A["dev_16106_major_reynolds_brussels"] = dict(
    actors={
        "john_major": ["Mr Major", "JOHN MAJOR"],
        "albert_reynolds": ["Albert Reynolds", "ALBERT REYNOLDS"],
    },
    meetings=[
        # "our discussions this afternoon" / "We took the opportunity of this unexpected summit
        # today to meet and review that work" -> held, 1994-07-15, Brussels ("the unexpected
        # summit called for Brussels today"; the pair met on its sidelines), in person.
        M(["john_major", "albert_reynolds"], "1994-07-15", "Brussels", IP, H,
          "We took the opportunity of this unexpected summit today to meet and review that work."),
        # "When we met at Corfu a few weeks ago" (Reynolds's "the last time we met": the same)
        # -> held, date null, Corfu, in person.
        M(["john_major", "albert_reynolds"], None, "Corfu", IP, H,
          "When we met at Corfu a few weeks ago, we set in train a significant amount of work designed to complete a framework document; a lot of that work has been continuing."),
        # "When the Taoiseach and I first met when he first became Taoiseach in 1992" -> held,
        # date null (a year), place null, in person.
        M(["john_major", "albert_reynolds"], None, None, IP, H,
          "When the Taoiseach and I first met when he first became Taoiseach in 1992, we agreed to have regular meetings and more formal biannual bilaterals."),
        # "we have decided that we will regroup again more formally in the early autumn ... I
        # would expect us to meet again in the early autumn" (Reynolds: "we will have a summit in
        # early autumn": the same) -> planned, date null, place null, in person.
        M(["john_major", "albert_reynolds"], None, None, IP, P, _MR_AUTUMN),
        # "and then again, of course, formally towards the end of the year" -> a second planned
        # meeting in the same sentence -> planned, date null; not required (an expectation, not
        # yet arranged).
        M(["john_major", "albert_reynolds"], None, None, IP, P, _MR_AUTUMN, False),
        # Not rows: "regular meetings and more formal biannual bilaterals", "we have met very
        # frequently" (counts); "We didn’t need a summit next week" (a meeting that will not take
        # place); "the unexpected summit" itself (a multilateral meeting in Brussels). Not
        # annotated: the speaker labels' "PRIME MINISTER" (a role); Corfu, Brussels (places).
        # Kept as they stand: the title line, the introductory line and the speaker labels.
        # Removed: at the start, the site lines "The Rt. Hon. Sir John Major KG CH", "Prime
        # Minister of Great Britain and Northern Ireland 1990-1997" and "1994Prime Minister
        # (1990-1997)" (as the archive's pages in 11a, 22a, 56b); at the end, the cut-off
        # fragment "QUESTION:" / "To".
    ],
    roles=[("the Irish Prime Minister", "albert_reynolds"), ("the Taoiseach", "albert_reynolds"),
           ("my colleague", "john_major")],
)

A["test_16107_enders_trudeau_pq"] = dict(
    actors={
        # "enders" is the key of batch 66b for the same Thomas Enders (Assistant Secretary of
        # State in 1982; ambassador to Canada here).
        "enders": ["US Ambassador Thomas Enders", "Ambassador Thomas Enders", "Thomas Enders", "Ambassador Enders", "Enders"],
        "pierre_trudeau": ["PM Pierre Trudeau", "Prime Minister Pierre Trudeau", "Pierre Trudeau", "Prime Minister Trudeau", "Trudeau"],
        "rene_levesque": ["Rene Lévesque", "Levesque"],
        "parti_quebecois": ["PQ"],
        "robert_bourassa": ["Bourassa"],
        "john_turner": ["John Turner"],
        "progressive_conservative_party": ["Progressive Conservatives"],
        "liberal_party_of_canada": ["Liberal Party"],
        "us_state_department": ["State Department"],
    },
    meetings=[
        # "Ambassador Thomas Enders had a 40-minute private meeting with Trudeau in the aftermath
        # of the PQ win" ("talks with the senior U.S. official in Canada", "his confidential
        # 40-minute discussion": the same) -> held, date null (three days after an election
        # whose date is not given; the report was filed on 1976-11-18), place null (not given),
        # in person.
        M(["enders", "pierre_trudeau"], None, None, IP, H,
          "Ambassador Thomas Enders had a 40-minute private meeting with Trudeau in the aftermath of the PQ win and filed a report on his discussion to the State Department on November 18, 1976."),
        # Not rows: "stonewalled Bourassa" / "stonewall Levesque" (no meeting); the report "to
        # the State Department" (a report); "a debate within the government" (generic). Not
        # annotated: the author note "Arthur Milnes is an accomplished public historian and
        # award-winning journalist." (an author line); "the separatists", "the western
        # provinces", "the government" (generic); Canada, Quebec, Ottawa (places); the link
        # (history.state.gov). Kept as they stand: the missing spaces ("1976.It",
        # "later.“Trudeau", "adversary.’”Prime", "surmised.“It", "quickly.”You", "d120Arthur"),
        # "Rene Lévesque" / "Levesque", "…. concessions". Removed: nothing at the start; at the
        # end, the cut-off sentence of the author note "He was research assistant on The Rt.
        # Hon. Brian Mulroney’s best-selling Memoirs and also served as a speechwriter to
        # then-Prime Minister Stephen Harper and as a Fellow of the Queen’s Centre for the Study
        # of Democracy under the leadership of Tom Axworth".
    ],
    roles=[("the senior U.S. official in Canada", "enders"), ("Canada’s 15th Prime Minister", "pierre_trudeau")],
)

A["dev_16108_nayif_yemen_visit"] = dict(
    actors={
        # New key.
        "nayef_bin_abdulaziz": ["HRH Prince Nayif Ibn Abdulaziz", "Prince Nayif Ibn Abdulaziz", "Prince Nayif"],
    },
    meetings=[
        # Zero-row control. Not rows: Prince Nayif "arrives in Yemen today ... on a short official
        # visit" (a visit to a country; no host or counterpart is named -- as dev_15909's visit to
        # Norway; see the notes); "many visits and letters exchanged between the leaders of the
        # two countries" (a count; letters). Not annotated: "the Sanaa regime", "Saudi Arabian
        # allies and friends", "the border chieftains and tribes", "sheikhs", "the leaders of the
        # two countries" (generic); Yemen, Saudi Arabia, Sanaa (places). Kept as they stand: the
        # archive tag "[Archives:1998/47/Front Page]" and the date line. Removed: nothing.
    ],
    roles=[("Minister of Interior of the Kingdom of Saudi Arabia", "nayef_bin_abdulaziz")],
)

A["dev_16109_garibashvili_aliyev_baku"] = dict(
    actors={
        "irakli_garibashvili": ["Georgia’s Prime Minister Irakli Garibashvili", "Irakli Garibashvili", "Garibashvili"],
        "ilham_aliyev": ["President of Azerbaijan Ilham Aliyev", "Ilham Aliyev", "Aliyev"],
        # New keys.
        "press_service_of_the_prime_minister_of_georgia": ["Georgian PM’s press service"],
        "maia_panjikidze": ["Maia Panjikidze"],
        "kakha_kaladze": ["Kakha Kaladze"],
        "nodar_khaduri": ["Nodar Khaduri"],
        "otar_danelia": ["Otar Danelia"],
        "savalan_mirzayev": ["Savalan Mirzayev"],
        "zurab_tkemaladze": ["Zurab Tkemaladze"],
        "mahir_darziyev": ["Mahir Darziyev"],
        "ali_mamedov": ["Ali Mamedov"],
        "nino_kobakhidze": ["Nino Kobakhidze"],
        "dimitri_kumsishvili": ["Dimitri Kumsishvili"],
    },
    meetings=[
        # "Irakli Garibashvili has met with President of Azerbaijan Ilham Aliyev within his
        # two-day official visit to Azerbaijan, which started earlier today" ("the face-to-face
        # meeting at Zagulba Presidential Palace in Baku", the caption, the expanded-format
        # meeting with the delegation and the official dinner: the same pair, day and place,
        # one row) -> held, 2014-09-11, Baku, in person.
        M(["irakli_garibashvili", "ilham_aliyev"], "2014-09-11", "Baku", IP, H,
          "Georgia’s Prime Minister Irakli Garibashvili has met with President of Azerbaijan Ilham Aliyev within his two-day official visit to Azerbaijan, which started earlier today."),
        # Not rows: "Aliyev met with the Georgian delegation in an expanded format" -- the ten
        # members the delegation "included" are delegation members (actors, not participants, as
        # ANNOTATION.md; see the notes); the press service's statement. Not annotated: the photo
        # credit "Photo by PM's press office" and the date line "Agenda.ge, 11 Sep 2014 - 14:34,
        # Tbilisi,Georgia" (credit and outlet line); "the Georgian delegation", "the parties"
        # (generic); the Baku-Tbilisi-Ceyhan and Baku-Tbilisi-Erzurum pipelines (projects);
        # Zagulba Presidential Palace (a building), Baku, Tbilisi, Georgia, Azerbaijan (places).
        # Kept as they stand: "had jointly implement", "Tbilisi,Georgia". Removed: nothing at the
        # start; at the end, the cut-off sentence "This was Garibashvili’s second visit t".
    ],
    roles=[("Georgia’s Prime Minister", "irakli_garibashvili"), ("President of Azerbaijan", "ilham_aliyev"),
           ("The Georgian PM", "irakli_garibashvili"), ("the President of Azerbaijan", "ilham_aliyev"),
           ("Foreign Minister", "maia_panjikidze"), ("Deputy Prime Minister and Minister of Energy", "kakha_kaladze"),
           ("Finance Minister", "nodar_khaduri"), ("Agriculture Minister", "otar_danelia"),
           ("Adviser to the Prime Minister", "savalan_mirzayev"),
           ("Deputy Head of the Government’s Administration", "nino_kobakhidze"),
           ("Deputy Economy Minister", "dimitri_kumsishvili")],
)

A["dev_16110_morrison_marape_virtual"] = dict(
    actors={
        "scott_morrison": ["Scott Morrison", "Mr Morrison"],
        "james_marape": ["James Marape"],
    },
    meetings=[
        # "Scott Morrison meets with his Papua New Guinea counterpart James Marape on Wednesday"
        # / "The pair will hold a virtual summit" -> planned, 2020-08-05, place null (a virtual
        # meeting), video.
        M(["scott_morrison", "james_marape"], "2020-08-05", None, VID, P,
          "The coronavirus pandemic and China's role in the region will be on the agenda when Scott Morrison meets with his Papua New Guinea counterpart James Marape on Wednesday."),
        # "a virtual summit which follows the inaugural leaders' dialogue in July 2019" -> the
        # pair's earlier dialogue -> held, date null (month only), place null, in person (not
        # stated); not required (the text does not say in so many words that the pair held it).
        M(["scott_morrison", "james_marape"], None, None, IP, H,
          "The pair will hold a virtual summit which follows the inaugural leaders' dialogue in July 2019.", False),
        # Not rows: "Operation Helpim Wantok" and "Australia's bushfire recovery" (an operation);
        # Morrison's statement. Not annotated: Papua New Guinea, Australia, China (places);
        # COVID-19 (a disease). Removed: at the start, the tool's date prefix " date 2020-08-04 ";
        # nothing at the end.
    ],
    roles=[("his Papua New Guinea counterpart", "james_marape")],
)

A["test_16111_ceausescu_zhivkov_varna"] = dict(
    actors={
        "nicolae_ceausescu": ["ROMANIAN PRESIDENT CEAUSESCU", "CEAUSESCU", "CEASESCU"],
        "manea_manescu": ["ROMANIAN PRIME MINISTER MANESCU", "PM MANESCU", "MANESCU", "MANSCU"],
        # New keys.
        "todor_zhivkov": ["BULGARIAN PRESIDENT ZHIVKOV", "ZHIVKOV"],
        "stanko_todorov": ["PRIME MINISTER TODOROV", "TODOROV"],
        "mihail_florescu": ["MIHAIL FLORESCU"],
    },
    meetings=[
        # "ROMANIAN PRESIDENT CEAUSESCU ARRIVED AT VARNA, BULGARIA JULY 26, MET BY BULGARIAN
        # PRESIDENT ZHIVKOV AND ENTOURAGE FOR TALKS" (para. 2 and "TWO LEADERS INDICATED THAT
        # TALKS WOULD BE SUBSTANTIVE": the same visit) -> held, 1976-07-26, Varna, in person.
        M(["nicolae_ceausescu", "todor_zhivkov"], "1976-07-26", "Varna", IP, H,
          "1. SUMMARY: ROMANIAN PRESIDENT CEAUSESCU ARRIVED AT VARNA, BULGARIA JULY 26, MET BY BULGARIAN PRESIDENT ZHIVKOV AND ENTOURAGE FOR TALKS."),
        # Manescu's "TWO-DAY VISIT" (ending with his "DEPARTURE FROM SOFIA") "INCLUDED CALL ON
        # ZHIVKOV" -> held, date null (the day of the call is not given), Sofia (the visit's
        # city, from "DEPARTURE FROM SOFIA"; see the notes), in person.
        M(["manea_manescu", "todor_zhivkov"], None, "Sofia", IP, H,
          "VISIT IN- CLUDED CALL ON ZHIVKOV AND EXTENSIVE MEETINGS WITH BULGARIAN MINISTERS AND OFFICIALS RELEVANT TO EIGHT AGREEMENTS SIGNED AND ANNOUNCED IN END-OF-VISIT COMMUNIQUE JULY 27."),
        # "MANSCU VISITED AS OFFICIAL GUEST OF PRIME MINISTER TODOROV" -> the host of the visit;
        # held, date null, Sofia, in person; not required (being someone's guest is not said
        # to be a meeting -- compare test_001's "at the invitation of").
        M(["manea_manescu", "stanko_todorov"], None, "Sofia", IP, H,
          "MANSCU VISITED AS OFFICIAL GUEST OF PRIME MINISTER TODOROV.", False),
        # "EXTENSIVE MEETINGS WITH BULGARIAN MINISTERS AND OFFICIALS" -> unnamed counterparts ->
        # a one-party row for Manescu; held, date null, Sofia; not required (unspecified
        # meetings, as dev_15912's "members of the government and parliament").
        M(["manea_manescu"], None, "Sofia", IP, H,
          "VISIT IN- CLUDED CALL ON ZHIVKOV AND EXTENSIVE MEETINGS WITH BULGARIAN MINISTERS AND OFFICIALS RELEVANT TO EIGHT AGREEMENTS SIGNED AND ANNOUNCED IN END-OF-VISIT COMMUNIQUE JULY 27.", False),
        # Not rows: Ceausescu "MET BY SUBSTANTIAL BULGARIAN PARTY AND GOVERNMENT DELEGATION"
        # (unnamed; the same arrival); the "PRESS CONFERENCE" (media); the eight agreements
        # "SIGNED" by the "ROMANIAN AND BULGARIAN GOVERNMENTS" (no signatories named); Florescu
        # in Manescu's "DELEGATION INCLUDING" him (a delegation member: an actor, not a
        # participant). Not annotated: the routing and header lines (embassies, "SECSTATE");
        # "BULGARIAN PRESS" (generic); Varna, Sofia, Ruse, Georgevo, the Danube, Bulgaria,
        # Romania (places). Kept as they stand: the header and page-break lines, the typos
        # "CEASESCU", "MANSCU", the hyphenated line breaks ("INTERGOVERN- MENTAL", "IN- CLUDED").
        # Removed: nothing at the start; at the end, the cut-off item "B. AGREEMENT BETWEEN TWO
        # MINISTRIES OF M".
    ],
    roles=[("ROMANIAN PRESIDENT", "nicolae_ceausescu"), ("BULGARIAN PRESIDENT", "todor_zhivkov"),
           ("ROMANIAN PRIME MINISTER", "manea_manescu"), ("MINISTER OF CHEMICAL INDUSTRY", "mihail_florescu")],
)

A["dev_16112_bush_zapatero_call"] = dict(
    actors={
        "george_w_bush": ["US President George W. Bush", "George W. Bush", "Bush"],
        "jose_luis_rodriguez_zapatero": ["Spanish Prime Minister José Luis Rodríguez Zapatero", "José Luis Rodríguez Zapatero", "Zapatero"],
        "white_house": ["White House"],
        "united_nations": ["United Nations"],
        "nato": ["NATO"],
        "european_council": ["European Council"],
        # New keys.
        "jose_bono": ["José Bono"],
        "spanish_socialist_workers_party": ["Socialists"],
        "partido_popular": ["Popular Party", "PP"],
    },
    meetings=[
        # "George W. Bush telephoned Spanish Prime Minister José Luis Rodríguez Zapatero Friday"
        # ("the telephone call": the same) -> held, 2008-03-14, place null (a call), phone.
        M(["george_w_bush", "jose_luis_rodriguez_zapatero"], "2008-03-14", None, PH, H,
          "MADRID – US President George W. Bush telephoned Spanish Prime Minister José Luis Rodríguez Zapatero Friday to congratulate him personally for his recent re-election, fuelling speculation about a thaw in bilateral relations that have been strained ever since Spain pulled its troops from Iraq in 2004."),
        # "will hold their first ever bilateral meeting at a NATO summit in Bucharest between 2
        # and 4 April" ("We agreed to talk about issues ...": the same) -> planned, date null (a
        # range), Bucharest, in person (a bilateral on a summit's sidelines).
        M(["george_w_bush", "jose_luis_rodriguez_zapatero"], None, "Bucharest", IP, P,
          "Both leaders, who have not seen each other since a United Nations event in New York last September, will hold their first ever bilateral meeting at a NATO summit in Bucharest between 2 and 4 April."),
        # Not rows: "The White House had sent a letter of congratulations Thursday" (a letter);
        # "have not seen each other since a United Nations event in New York last September" (a
        # multilateral event, no bilateral reported -- "first ever bilateral meeting"; see the
        # notes); "Speaking in Brussels following a meeting of the European Council"
        # (multilateral); José Bono "the candidate ... of being speaker" (no meeting). Not
        # annotated: the site line "Expatica news" (outlet); "his new Cabinet", "any Spanish
        # government" (generic); Madrid, Spain, Iraq, New York, Bucharest, Brussels (places).
        # Kept as they stand: the site line, the headline and the date line. Removed: nothing
        # at the start; at the end, the cut-off "[Copyr".
    ],
    roles=[("US President", "george_w_bush"), ("Spanish Prime Minister", "jose_luis_rodriguez_zapatero"),
           ("former minister", "jose_bono")],
)
