"""Accuracy corpus, batch 45b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes odd years), from the 1960s, 1970s, 1990s, 2000s,
2010s and 2020s (1960s: one, 1970s: one, 1990s: three, 2000s: two, 2010s: three, 2020s: two; five
of the twelve from before 2000, as the brief asked), over eleven regions (South Asia: two;
Southeast Asia, Oceania, Middle East, Africa, Latin America, East Asia, Western Europe, North
America, Eastern Europe/Russia, Central Asia/Caucasus: one each). Outlets/sites: ABC Radio
Australia (via the khmernz blog), European Stars and Stripes (newspaperarchive.com, OCR), the
Khaleej Times, Reuters (newsreel story text, Reuters Screenocean archive), The Gleaner (Jamaica;
"The Classics" reprint of a 1998 story), NPR (via the UALR Public Radio station site),
MaltaToday, The Press (Christchurch) via Papers Past (N.Z.P.A.-Reuter), the Deseret News (AP
copy), the democracyandclasstruggle blog (a repost of a Nepali report), Civil Georgia (civil.ge)
and The Indian Express. Where the corpus already used a site, the page is new;
starsandstripes.newspaperarchive.com, khaleejtimes.com, cmslocal.gleanerjm.com,
ualrpublicradio.org, maltatoday.com.mt and democracyandclasstruggle.blogspot.com are new to the
corpus as sites (as far as `sources.csv` shows). Collected with the `search` tool (corpus `pages`)
and annotated from the texts alone, BEFORE the package was run on them (the package has not been
run, imported or read for this batch). Conventions: ANNOTATION.md and
/work/shared/ANNOTATION-GUIDE.md. Notes: batch_45b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-44b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_89NN_<slug>` / `test_89NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The blog's date line "Monday, 22 September 2008" and the story's "September 22, 2008" (a
    # Monday; also the URL's 2008/09): "recently" (the call) -> no date; "on September the
    # 29th" (the discussion planned in New York) = 2008-09-29 (a Monday); "last week" -> no date.
    ("dev_8901_somchai_hun_sen_phone", "Southeast Asia", "2000s", "ABC Radio Australia, via the khmernz blog (khmernz.blogspot.com)", "http://khmernz.blogspot.com/2008/09/thailand-cambodia-leaders-agree-to.html?m=1", "2008-09-22"),
    # The page's title line "European Stars and Stripes (Newspaper) - January 1, 1992" (a
    # Wednesday; the URL's 1992-01-01) and the OCR'd masthead "wednesday thursday january
    # 1/2,1992" (a combined New Year issue). "tuesday new years eve" = 1991-12-31 (a Tuesday,
    # checked); "today" (the trade talks) = 1992-01-01, resolved against the first day
    # (the story is datelined Sydney, where Bush "rang in the new year"; see the notes);
    # "on thursday" (Canberra and Melbourne) = 1992-01-02 (no row).
    ("dev_8902_bush_keating_sydney", "Oceania", "1990s", "European Stars and Stripes (starsandstripes.newspaperarchive.com; OCR of the print page)", "https://starsandstripes.newspaperarchive.com/european-stars-and-stripes/1992-01-01", "1992-01-01"),
    # The page's line "Published: Sun 28 Nov 2010, 1:02 AM" (a Sunday; "Last updated: Mon 6 Apr
    # 2015" is a later edit): "on Friday, the second day of the British monarch's state visit" =
    # 2010-11-26 (a Friday, checked).
    ("test_8903_qaboos_queen_muscat", "Middle East", "2010s", "Khaleej Times (khaleejtimes.com)", "https://www.khaleejtimes.com/world/sultan-qaboos-queen-review-historic-ties", "2010-11-28"),
    # The record's "Date: 19th November 1976" (a Friday; "Embargoed: 4th December 1976" is the
    # archive's embargo line): "on Thursday (18 November)" = 1976-11-18 (a Thursday, checked);
    # "last May" -> no date (no row).
    ("dev_8904_houphouet_giscard_paris", "Africa", "1970s", "Reuters (newsreel story text, Reuters Screenocean archive)", "https://reuters.screenocean.com/record/183569", "1976-11-19"),
    # A 2024 reprint ("Published:Friday | August 2, 2024") of a Gleaner story whose own date line
    # is "Published Thursday, July 30, 1998" (a Thursday, checked): as the corpus's other Gleaner
    # reprints (dev_2601, dev_3204), the original date is the publication date. "yesterday" (the
    # civic ceremony) = 1998-07-29, which the caption states ("on July 29, 1998").
    ("dev_8905_castro_patterson_montego_bay", "Latin America", "1990s", "The Gleaner (Jamaica; \"The Classics\" archive reprint of a 1998 story, cmslocal.gleanerjm.com)", "http://cmslocal.gleanerjm.com/article/esponsored/20240802/fidel-castro-receives-keys-montego-bay?qt-article_image_video=1", "1998-07-30"),
    # The station page's date line "Dec 6, 2016" (a Tuesday) and the NPR line "Originally
    # published on December 16, 2016 10:48 am" (a Friday; inconsistent with the text, see the
    # notes): "on Tuesday" (Tsai's comments) = 2016-12-06 agrees with Dec 6, so published =
    # 2016-12-06 and "last Friday" (the call) = 2016-12-02 (a Friday, checked).
    ("dev_8906_trump_tsai_call", "East Asia", "2010s", "NPR, via the UALR Public Radio station site (ualrpublicradio.org)", "http://ualrpublicradio.org/post/taiwans-president-phone-call-doesnt-mean-policy-shift", "2016-12-06"),
    # No date line in the excerpt; the URL's ...-20140228 (a Friday): "today" = 2014-02-28, which
    # the text confirms ("had been planned for Thursday ... postponed to Friday"); "on Saturday"
    # (Renzi's appointment) = 2014-02-22; "In July 2013" (the Letta visit) -> month only, no date.
    ("test_8907_muscat_renzi_rome", "Western Europe", "2010s", "MaltaToday (maltatoday.com.mt)", "https://maltatoday.com.mt/news/national/36495/new-italian-premier-says-migration-would-top-italy-s-priorities-20140228", "2014-02-28"),
    # The URL's CHP19681113 (The Press, Christchurch, 13 November 1968, a Wednesday) and the
    # dateline "WASHINGTON, November 12" (a Tuesday): "yesterday" = 1968-11-11 (a Monday).
    ("dev_8908_johnson_nixon_white_house", "North America", "1960s", "The Press (Christchurch), via Papers Past (N.Z.P.A.-Reuter)", "https://paperspast.natlib.govt.nz/newspapers/CHP19681113.2.131", "1968-11-13"),
    # No date line in the excerpt; the URL's 1992/3/22 (a Sunday): "Saturday" = 1992-03-21 (the
    # airport send-off that closed the six-hour visit).
    ("dev_8909_iliescu_snegur_bucharest", "Eastern Europe/Russia", "1990s", "Deseret News (deseret.com; AP copy)", "https://www.deseret.com/1992/3/22/18974285/romanian-offers-to-help-moldova", "1992-03-22"),
    # The blog post's date line "Saturday, September 13, 2008" (a Saturday; also the URL's
    # 2008/09): "Saturday" and "Earlier today" = 2008-09-13; "on Sunday" (the departure) =
    # 2008-09-14 (no row); "Meanwhile" (the Sood meeting) -> no date (see the notes).
    ("dev_8910_prachanda_koirala_khanal", "South Asia", "2000s", "democracyandclasstruggle blog (democracyandclasstruggle.blogspot.com; repost of a Nepali report, source not named)", "https://democracyandclasstruggle.blogspot.com/2008/09/prachanda-consults-with-nc-uml-leaders.html?m=1", "2008-09-13"),
    # No date line in the excerpt; the search tool's date field 2022-10-25 (removed with its
    # prefix; a Tuesday): "on 24 October" (Aliyev's one-day visit) = 2022-10-24 (a Monday; the
    # year of publication).
    ("test_8911_aliyev_garibashvili_mukhrani", "Central Asia/Caucasus", "2020s", "Civil Georgia (civil.ge)", "https://civil.ge/archives/512787", "2022-10-25"),
    # No date line in the excerpt; the search tool's date field 2020-03-25 (removed with its
    # prefix; a Wednesday): "On Tuesday" (the Modi-von der Leyen call) = 2020-03-24; "Earlier",
    # "also" and the undated calls -> no date; "as early as Thursday" (the G-20 video summit;
    # no row) = 2020-03-26.
    ("dev_8912_modi_calls_g20_virtual", "South Asia", "2020s", "The Indian Express (indianexpress.com)", "https://indianexpress.com/article/world/g-20-leaders-likely-to-discuss-covid-19-in-virtual-summit-6330211/", "2020-03-25"),
]

A = {}

A["dev_8901_somchai_hun_sen_phone"] = dict(
    actors={
        "somchai_wongsawat": ["Thailand's Prime Minister Somchai Wongsawat", "Somchai Wongsawat"],
        "hun_sen": ["Hun Sen"],
        # "The Bangkok Post says" (a paper cited in the body).
        "bangkok_post": ["Bangkok Post"],
        # "the ASEAN Foreign Ministers Meeting" (the organisation named in the event's name, as
        # dev_002's "Asian Cooperation Dialogue").
        "asean": ["ASEAN"],
        # "a foreign ministry official in Bangkok" (Thailand's; the key of earlier batches).
        "ministry_of_foreign_affairs_thailand": ["foreign ministry"],
    },
    meetings=[
        # "... the premiers from the two countries held a telephone conversation recently" (the
        # premiers = Somchai and Hun Sen, named in the first paragraph) -> phone, held, date null
        # ("recently"), place null.
        M(["somchai_wongsawat", "hun_sen"], None, None, PH, H,
          "It quotes a foreign ministry official in Bangkok saying the premiers from the two countries held a telephone conversation recently and both agreed that the Thai-Cambodian border row can be solved through bilateral means."),
        # "they have decided to discuss the matter at the ASEAN Foreign Ministers Meeting in New
        # York, on September the 29th" -> planned, 2008-09-29, New York; required False: "they"
        # are the two premiers, but the venue is a multilateral meeting of foreign ministers, so
        # who will discuss the matter (the premiers, or their foreign ministers) is unclear.
        M(["somchai_wongsawat", "hun_sen"], "2008-09-29", "New York", IP, P,
          "The Bangkok Post says they have decided to discuss the matter at the ASEAN Foreign Ministers Meeting in New York, on September the 29th.",
          False),
        # Not rows: "are reported to have agreed to resolve the border dispute" (an agreement, the
        # call's outcome); "Cambodia's prime minister accused Thailand" (a statement); the ASEAN
        # Foreign Ministers Meeting as such (multilateral). "ABC Radio Australia" with its date
        # line is the source line under the headline (the outlet, not annotated). Removed: at the
        # end, the blog's widget lines "No comments:" and "Post a Comment".
    ],
    roles=[("his Cambodian counterpart", "hun_sen"), ("Cambodia's prime minister", "hun_sen")],
)

A["dev_8902_bush_keating_sydney"] = dict(
    actors={
        # "a president Bush" (OCR of "President Bush"), "Bush".
        "george_h_w_bush": ["president Bush", "Bush"],
        "paul_keating": ["prime minister Paul Keating", "Paul Keating", "Keating"],
        "barbara_bush": ["Barbara"],
        "bill_hayden": ["governor general Bill Hayden", "Bill Hayden"],
        # "who replaced ousted Robert Hawke two weeks ago" (the key of earlier batches).
        "bob_hawke": ["Robert Hawke"],
    },
    meetings=[
        # "The president and Keating ... were expected to discuss Trade issues today." -> planned,
        # 1992-01-01 ("today", resolved against the issue date; see the notes), Sydney (the
        # story's dateline "Sydney Australia", where Bush was; no other place is given for the
        # talks).
        M(["george_h_w_bush", "paul_keating"], "1992-01-01", "Sydney", IP, P,
          "The president and Keating who replaced ousted Robert Hawke two weeks ago were expected to discuss Trade issues today."),
        # "... rang in the new year in Australia where he joined prime minister Paul Keating in
        # viewing a waterfront fireworks display" (on arrival, "tuesday new years eve", at the
        # Governor-General's residence on Sydney Harbour) -> held, 1991-12-31, Sydney; required
        # False (a joint social appearance on arrival, not stated as talks; the talks are the
        # planned row above).
        M(["george_h_w_bush", "paul_keating"], "1991-12-31", "Sydney", IP, H,
          "Sydney Australia up a president Bush the most travelled president in history rang in the new year in Australia where he joined prime minister Paul Keating in viewing a waterfront fireworks display.",
          False),
        # Not rows: Barbara Bush (his wife, accompanying); Hayden (the display was at his
        # residence; he is not said to be present or to meet Bush); the trips to Canberra and
        # Melbourne "on thursday", Singapore, South Korea and Japan (trips, no host named);
        # "Bush told reporters" (media); Keating replacing Hawke (no meeting). The OCR slips
        # ("Abush", "Quot", "hts", "Tor", "a there we go a") are kept. Removed: at the end, from
        # the cut-off, jumped sentence "Democratic National committee chairman Ron Brown said a
        # George see Bush on Page 2" to the end of the excerpt (the page's other items: "in today
        # s paper a stars and stripes review1/9/9/1a year of drama a Oday s newspaper on new year s
        # Day will be a combined Issue Tor Jan. 1/2. The newspaper will double up on comics
        # crosswords s and Ann Landers and dear Abby so you wont miss"). The page's title line
        # and the OCR'd masthead at the start are kept (they carry the date).
    ],
    roles=[("The president", "george_h_w_bush"), ("his wife", "barbara_bush"),
           ("governor general", "bill_hayden"), ("prime minister", "paul_keating")],
)

A["test_8903_qaboos_queen_muscat"] = dict(
    actors={
        "qaboos_bin_said": ["His Majesty Sultan Qaboos bin Said", "Sultan Qaboos bin Said", "Sultan Qaboos"],
        # "Queen Elizabeth", "the Queen".
        "elizabeth_ii": ["Queen Elizabeth", "Queen"],
        "prince_philip": ["Prince Philip"],
        # "Foreign Secretary William Haig" (William Hague, misspelt; kept as written).
        "william_hague": ["Foreign Secretary William Haig", "William Haig"],
        # The exhibition "Masterpieces from Tate Britain" and the artists named in the text.
        "tate_britain": ["Tate Britain"],
        "thomas_gainsborough": ["Thomas Gainsborough"],
        "george_stubbs": ["George Stubbs"],
        "john_constable": ["John Constable"],
        "j_m_w_turner": ["J.M.W Turner"],
        "john_everett_millais": ["John Everett Millais"],
        "john_singer_sargent": ["John Singer Sargent"],
    },
    meetings=[
        # "His Majesty Sultan Qaboos bin Said and Queen Elizabeth held discussions on Oman-Britain
        # relations at the Al Alam Palace here on Friday" (the arrival ceremony, the "coffee and
        # talks", the exhibition and the evening banquet are the same pair, day and place: one
        # row) -> held, 2010-11-26, Muscat (the dateline, "here").
        M(["qaboos_bin_said", "elizabeth_ii"], "2010-11-26", "Muscat", IP, H,
          "MUSCAT - His Majesty Sultan Qaboos bin Said and Queen Elizabeth held discussions on Oman-Britain relations at the Al Alam Palace here on Friday, the second day of the British monarch’s state visit to the sultanate."),
        # Not rows: Prince Philip and "Foreign Secretary William Haig" (members of the Queen's
        # delegation, received with her: accompanying, not participants, as ANNOTATION.md's
        # aides and spouses); "The two rulers introduced members of their delegations to each
        # other" (unnamed delegations); the official statement; the artists (named in the
        # exhibition, no meeting). "By Our Correspondent" is the byline (not annotated).
        # Removed: between the byline and the "Published:" line, the share widget lines
        # "• Follow us on", "• google-news", "• whatsapp", "• telegram" (as the share widgets
        # removed between headline and body in batches 16a-44b); at the end, the last, cut-off
        # sentence ("Meanwhile, Haig, the British Foreign Secretary, underlined the “close r").
    ],
    roles=[("the British monarch", "elizabeth_ii"), ("The Omani ruler", "qaboos_bin_said"),
           ("the Queen", "elizabeth_ii"), ("Duke of Edinburgh", "prince_philip"),
           ("Foreign Secretary", "william_hague")],
)

A["dev_8904_houphouet_giscard_paris"] = dict(
    actors={
        # Written "HOUPHOUET-BOIGNY" (title), "Felix Houphouet-Biogny" / "Houphouet-Biogny" (the
        # shot list's typo), "Monsieur Felix Houphouet-Boigny", "M. Houphouet-Boigny".
        "felix_houphouet_boigny": ["IVORY COAST PRESIDENT HOUPHOUET-BOIGNY", "HOUPHOUET-BOIGNY",
                                   "Felix Houphouet-Biogny", "Houphouet-Biogny",
                                   "Monsieur Felix Houphouet-Boigny", "Felix Houphouet-Boigny",
                                   "M. Houphouet-Boigny", "Houphouet-Boigny"],
        "valery_giscard_d_estaing": ["PRESIDENT GISCARD D'ESTAING", "GISCARD D'ESTAING",
                                     "French President Valery Giscard D'Estaing", "Valery Giscard D'Estaing"],
    },
    meetings=[
        # "In Paris the 71-year-old President of the Ivory Coast, Monsieur Felix Houphouet-Boigny
        # had talks on Thursday (18 November) with French President Valery Giscard D'Estaing."
        # ("The two Presidents met for an hour at the Elysee Palace", the title's "MEETS" and the
        # shot list's handshake are the same) -> held, 1976-11-18, Paris.
        M(["felix_houphouet_boigny", "valery_giscard_d_estaing"], "1976-11-18", "Paris", IP, H,
          "In Paris the 71-year-old President of the Ivory Coast, Monsieur Felix Houphouet-Boigny had talks on Thursday (18 November) with French President Valery Giscard D'Estaing."),
        # Not rows: "then talked to newsmen" (media); the "constitutional talks on Rhodesia in
        # Geneva" (a conference, no named participants); his appeal to European nations "last
        # May" (removed sentence; an appeal). "Script is copyright Reuters Limited" and the
        # "Reuters ID" line are the archive's credit and metadata (Reuters not annotated).
        # Removed: at the start, the first copy of the title and the archive's "Record ID:" /
        # "183569" lines (the second copy of the title is kept as the headline); at the end, the
        # last, cut-off sentence ("He aid he had appealed to European nations last May to become
        # aware of the danger which threatened Africa, And he added that the fate of the African
        # continent was link"). The shot list, embargo and keyword lines are kept as they stand.
    ],
    roles=[("IVORY COAST PRESIDENT", "felix_houphouet_boigny"), ("Ivory Coast President", "felix_houphouet_boigny"),
           ("French President", "valery_giscard_d_estaing"),
           ("the 71-year-old President of the Ivory Coast", "felix_houphouet_boigny"),
           ("The Ivory Coast leader", "felix_houphouet_boigny")],
)

A["dev_8905_castro_patterson_montego_bay"] = dict(
    actors={
        "fidel_castro": ["President Fidel Castro", "Fidel Castro", "Cuban President Dr. Fidel Castro",
                         "President Dr. Fidel Castro", "Dr. Fidel Castro", "Castro"],
        "p_j_patterson": ["Prime Minister P.J. Patterson", "P.J. Patterson", "Mr. Patterson", "Patterson"],
        "arthur_gilchrist": ["Mayor Arthur Gilchrist", "Arthur Gilchrist"],
    },
    meetings=[
        # The caption "President Fidel Castro (left) and Prime Minister P.J. Patterson embrace at
        # Sangster International Airport in Montego Bay on July 29, 1998, as the Cuban leader
        # arrived for a three-day state visit." (with the 1998 story: Patterson "welcomed the
        # Cuban leader" at the civic ceremony "launching the three-day state visit" "yesterday";
        # the same pair, day and place: one row) -> the state visit to his host: held,
        # 1998-07-29, Montego Bay.
        M(["fidel_castro", "p_j_patterson"], "1998-07-29", "Montego Bay", IP, H,
          "President Fidel Castro (left) and Prime Minister P.J. Patterson embrace at Sangster International Airport in Montego Bay on July 29, 1998, as the Cuban leader arrived for a three-day state visit."),
        # "Cuban President Dr. Fidel Castro received the keys to Montego Bay from Mayor Arthur
        # Gilchrist" at the civic ceremony in Sam Sharpe Square (the ceremony of "yesterday" in the
        # 1998 story) -> held, 1998-07-29, Montego Bay; required False (a ceremonial presentation
        # before a crowd, not stated as talks).
        M(["fidel_castro", "arthur_gilchrist"], "1998-07-29", "Montego Bay", IP, H,
          "During a civic ceremony in Sam Sharpe Square, thousands gathered as Cuban President Dr. Fidel Castro received the keys to Montego Bay from Mayor Arthur Gilchrist.",
          False),
        # Not rows: the speeches at the ceremony (the same encounter); "his third visit to
        # Jamaica" (earlier visits, no host or date); the US embargo (no meeting). "WESTERN
        # BUREAU" is the byline (not annotated). Removed: at the start, the site's date widget
        # "Tue | Oct 22, 2024" and section line "The Classics"; at the end, the last, cut-off
        # sentence ("He described the cross-the-border"). The 2024 reprint's own lines (headline,
        # "Published:Friday | August 2, 2024 | 8:29 AM", caption, summary) and the blank line
        # holding a single space are kept as they stand.
    ],
    roles=[("the Cuban leader", "fidel_castro"), ("Cuban President", "fidel_castro"),
           ("Mr. President", "fidel_castro"), ("the PM", "p_j_patterson"),
           ("Mayor", "arthur_gilchrist")],
)

A["dev_8906_trump_tsai_call"] = dict(
    actors={
        "donald_trump": ["President-elect Donald Trump", "Donald Trump", "President-elect Trump", "Trump"],
        "tsai_ing_wen": ["Taiwan President Tsai Ing-wen", "Tsai Ing-wen", "Tsai"],
        "mike_pence": ["Vice President-elect Mike Pence", "Mike Pence"],
        "kuomintang": ["KMT"],
        "szu_chien_hsu": ["Szu-chien Hsu"],
        "taiwan_foundation_for_democracy": ["Taiwan Foundation for Democracy"],
    },
    meetings=[
        # "The revelation of a phone call between President-elect Donald Trump and Taiwan
        # President Tsai Ing-wen last Friday" ("the Trump-Tsai conversation", the headline's
        # "Phone Call With Trump": the same) -> phone, held, 2016-12-02, place null.
        M(["donald_trump", "tsai_ing_wen"], "2016-12-02", None, PH, H,
          "The revelation of a phone call between President-elect Donald Trump and Taiwan President Tsai Ing-wen last Friday startled leaders and diplomats in Washington, Beijing and beyond."),
        # Not rows: Tsai's "small meeting with American journalists in Taipei" "on Tuesday"
        # (media, unnamed journalists); "No U.S. president or president-elect had spoken with a
        # leader of Taiwan since 1979" (no contact; a negative count); Pence's indication and the
        # KMT's welcome (statements). Removed: at the end, the last, cut-off sentence ("Even if
        # this development doesn't represent a shift in policy, the phone call doesn't preclude
        # some change in U"). The two date lines are kept as they stand.
    ],
    roles=[("Taiwan's President", "tsai_ing_wen"), ("Taiwan President", "tsai_ing_wen"),
           ("Vice President-elect", "mike_pence"), ("Taiwan's opposition party", "kuomintang"),
           ("president of the Taiwan Foundation for Democracy", "szu_chien_hsu")],
)

A["test_8907_muscat_renzi_rome"] = dict(
    actors={
        "joseph_muscat": ["Prime Minister Joseph Muscat", "Joseph Muscat", "Muscat"],
        "matteo_renzi": ["Italy prime minister Matteo Renzi", "Matteo Renzi", "Renzi"],
        "enrico_letta": ["Enrico Letta"],
        "european_union": ["European Union", "EU"],
        "party_of_european_socialists": ["Party of European Socialists"],
        "european_parliament": ["European Parliament"],
    },
    meetings=[
        # "the Italian premier told Prime Minister Joseph Muscat today" + "In the first meeting
        # between the two prime ministers" + "Muscat's visit to Palazzo Chigi" (the meeting
        # "postponed to Friday": the same) -> held, 2014-02-28, Rome (Palazzo Chigi, the Italian
        # prime minister's seat, resolved to its city, as ANNOTATION.md's official buildings).
        M(["joseph_muscat", "matteo_renzi"], "2014-02-28", "Rome", IP, H,
          "In the first meeting between the two prime ministers, Renzi argued that the Mediterranean would be considered as the centre of Europe during Italy's presidency of the European Union."),
        # "In July 2013, Muscat had visited Renzi's predecessor Enrico Letta" -> held, date null
        # (month only), place null (no place given for that visit).
        M(["joseph_muscat", "enrico_letta"], None, None, IP, H,
          "In July 2013, Muscat had visited Renzi's predecessor Enrico Letta, who was last week forced to resign after 10 months at the helm of a fragile, often-squabbling coalition."),
        # Not rows: the meeting "planned for Thursday" and "postponed to Friday" (the same
        # meeting, held on the Friday: no separate planned row); "Both leaders are expected to
        # attend the Party of European Socialists' electoral congress in Rome" (a party congress,
        # multilateral; no bilateral stated); the European Parliament elections (an event);
        # Letta's forced resignation (no meeting). Removed: at the end, the last, cut-off sentence
        # ("The 39-year-old Renzi forced party rival Letta to resign as prime minister after
        # criticising his government's failure to pass major reforms, opening the way for Italy's
        # third unelected administration").
    ],
    roles=[("the Italian premier", "matteo_renzi"), ("his Italian counterpart", "matteo_renzi"),
           ("Italy's Prime Minister", "matteo_renzi"), ("Renzi's predecessor", "enrico_letta"),
           ("the prime minister", "joseph_muscat")],
)

A["dev_8908_johnson_nixon_white_house"] = dict(
    actors={
        "lyndon_johnson": ["President Johnson", "Mr Johnson"],
        "richard_nixon": ["Mr Richard Nixon", "Mr Nixon"],
        "united_press_international": ["United Press International"],
        "johnson_administration": ["Johnson Administration"],
        "nixon_administration": ["Nixon Administration"],
        # "the new Republican Administration" (the party named as an adjective, as earlier
        # batches' "Republican").
        "republican_party": ["Republican"],
    },
    meetings=[
        # "President Johnson and the President-elect (Mr Richard Nixon) ended a long White House
        # meeting yesterday" -> held, 1968-11-11, Washington (the dateline; the White House).
        M(["lyndon_johnson", "richard_nixon"], "1968-11-11", "Washington", IP, H,
          "WASHINGTON, November 12. President Johnson and the President-elect (Mr Richard Nixon) ended a long White House meeting yesterday with a display of unity on Vietnam policy and other foreign problems."),
        # Not rows: "Mr Nixon and Mr Johnson met reporters" (a joint media appearance after the
        # same meeting); the "Paris peace talks with North Vietnam" (unnamed negotiators); the
        # assumption of power "on January 20" (an event). "(N.Z.P.A.-Reuter—Copyright)" is the
        # agency credit (not annotated). Removed: at the start, Papers Past's notice ("Thank you
        # for correcting the text in this article. ..." and "This article contains searchable
        # text which was automatically generated ...") and its twenty "Article image" lines; at
        # the end, the last, cut-off sentence ("Mr Nixon said that the nation had several foreign
        # policy matters “which cannot await decision, that cannot wait for two mo"). OCR slips
        # ("hopedfor", "policv") are kept.
    ],
    roles=[("the President-elect", "richard_nixon"), ("The President-elect", "richard_nixon")],
)

A["dev_8909_iliescu_snegur_bucharest"] = dict(
    actors={
        "ion_iliescu": ["Romanian President Ion Iliescu", "Ion Iliescu", "Iliescu"],
        "mircea_snegur": ["Moldovan President Mircea Snegur", "Mircea Snegur"],
        "valeriu_muravschi": ["Moldovan Prime Minister Valeriu Muravschi", "Valeriu Muravschi"],
        "alexandru_mosanu": ["Alexandru Mosanu"],
    },
    meetings=[
        # "Iliescu was seeing off Moldovan President Mircea Snegur, who paid a six-hour visit to
        # Romania" (the send-off at "Bucharest's international airport" "Saturday") -> the visit
        # to his host: held, 1992-03-21, Bucharest (the airport named as Bucharest's; the visit
        # lasted six hours).
        M(["ion_iliescu", "mircea_snegur"], "1992-03-21", "Bucharest", IP, H,
          "Iliescu was seeing off Moldovan President Mircea Snegur, who paid a six-hour visit to Romania with Moldovan Prime Minister Valeriu Muravschi and parliamentay chairman Alexandru Mosanu."),
        # Not rows: Muravschi and Mosanu came "with" Snegur (accompanying, not participants; no
        # meeting of theirs with a named Romanian is stated); Iliescu's remarks to journalists
        # (media). Removed: at the start, the site's widget text "clock menu more-arrow no yes"
        # and "Filed under:". The excerpt has no headline; the missing space in
        # "airport.Almost" and the typo "parliamentay" are kept.
    ],
    roles=[("Romanian President", "ion_iliescu"), ("Moldovan President", "mircea_snegur"),
           ("Moldovan Prime Minister", "valeriu_muravschi"), ("parliamentay chairman", "alexandru_mosanu")],
)

_NEPAL = "He held separate discussions with former Prime Minister and Nepali Congress president Girija Prasad Koirala and UML general secretary Jhala Nath Khanal."
A["dev_8910_prachanda_koirala_khanal"] = dict(
    actors={
        # "Prime Minister Prachanda", "PM Prachanda", "Prachanda", "Dahal" (the same person).
        "pushpa_kamal_dahal": ["Prime Minister Prachanda", "PM Prachanda", "Prachanda", "Dahal"],
        "girija_prasad_koirala": ["Girija Prasad Koirala", "Koirala"],
        "jhala_nath_khanal": ["UML general secretary Jhala Nath Khanal", "Jhala Nath Khanal", "Khanal"],
        # "Foreign Minister Yadav" (Nepal's foreign minister in September 2008, Upendra Yadav;
        # only the surname is written).
        "upendra_yadav": ["Foreign Minister Yadav", "Yadav"],
        "rakesh_sood": ["Indian ambassador Rakesh Sood", "Rakesh Sood", "Sood"],
        "nepali_congress": ["Nepali Congress", "NC"],
        "cpn_uml": ["UML"],
        # "the PMO in Singh Durbar" (Nepal's Prime Minister's Office; new key).
        "prime_ministers_office_nepal": ["PMO"],
    },
    meetings=[
        # "He held separate discussions with ... Girija Prasad Koirala and ... Jhala Nath Khanal"
        # -> two bilaterals ("separate"), held, 2008-09-13 ("Saturday"). Koirala: "Dahal went to
        # Koirala's residence at Dhumbarahi" -> place Dhumbarahi (the locality named; no city is
        # written).
        M(["pushpa_kamal_dahal", "girija_prasad_koirala"], "2008-09-13", "Dhumbarahi", IP, H, _NEPAL),
        # Khanal: "Earlier today, the PM had held consultation with UML leaders" (the same
        # meeting, with unnamed UML leaders beside Khanal) -> held, 2008-09-13, place null (none
        # given).
        M(["pushpa_kamal_dahal", "jhala_nath_khanal"], "2008-09-13", None, IP, H, _NEPAL),
        # "Meanwhile, PM Prachanda also met Indian ambassador Rakesh Sood at the PMO in Singh
        # Durbar" -> held, date null ("Meanwhile": very likely the same Saturday, but the text
        # does not pin the day; see the notes), Kathmandu (Singh Durbar, the seat of the PMO,
        # resolved to its city).
        M(["pushpa_kamal_dahal", "rakesh_sood"], None, "Kathmandu", IP, H,
          "Meanwhile, PM Prachanda also met Indian ambassador Rakesh Sood at the PMO in Singh Durbar and informed him about the issues his delegation would be raising while in Delhi."),
        # Not rows: the India visit ("his first formal tour to neighbouring India", "will leave
        # for New Delhi on Sunday"; no host named); "the two countries would discuss" (states);
        # Yadav "accompanying the PM to New Delhi" (a companion); the "UML leaders" other than
        # Khanal (unnamed); the reporters (media). Removed: at the end, the blog's widget lines
        # "No comments:" and "Post a Comment".
    ],
    roles=[("the PM", "pushpa_kamal_dahal"), ("The NC leader", "girija_prasad_koirala"),
           ("former Prime Minister and Nepali Congress president", "girija_prasad_koirala"),
           ("UML general secretary", "jhala_nath_khanal"), ("Foreign Minister", "upendra_yadav"),
           ("Indian ambassador", "rakesh_sood"), ("the Nepali Prime Minister", "pushpa_kamal_dahal")],
)

A["test_8911_aliyev_garibashvili_mukhrani"] = dict(
    actors={
        "salome_zourabichvili": ["President Salome Zurabishvili", "Salome Zurabishvili", "President Zurabishvili", "Zurabishvili"],
        "ilham_aliyev": ["Azerbaijani President Ilham Aliyev", "Ilham Aliyev", "President Aliyev", "Aliyev"],
        "irakli_garibashvili": ["Prime Minister Irakli Garibashvili", "Irakli Garibashvili"],
        # "the Presidential Administration revealed" (Georgia's; new key).
        "presidential_administration_of_georgia": ["Presidential Administration"],
        # "the Georgian government" (new key).
        "government_of_georgia": ["Georgian government"],
        "gia_volski": ["Gia Volski"],
        "parliament_of_georgia": ["Parliament"],
        "georgian_dream": ["Georgian Dream"],
        # "[Frank-Walter] Steinmeier" (the bracket splits the name; both parts kept as written).
        "frank_walter_steinmeier": ["Frank-Walter", "Steinmeier"],
    },
    meetings=[
        # "President Aliyev met with Prime Minister Irakli Garibashvili at Chateau Mukhrani,
        # outside of Tbilisi" (during "his 1-day visit to Georgia on 24 October"; the joint press
        # conference follows the meeting) -> held, 2022-10-24, Chateau Mukhrani (the most
        # specific named locality; the text places it outside Tbilisi, so not Tbilisi; see the
        # notes).
        M(["ilham_aliyev", "irakli_garibashvili"], "2022-10-24", "Chateau Mukhrani", IP, H,
          "President Aliyev met with Prime Minister Irakli Garibashvili at Chateau Mukhrani, outside of Tbilisi, where the two sides discussed the security environment in the region, as well as bilateral strategic relations, and increasing cooperation between Azerbaijan and Georgia."),
        # "President Zurabishvili ... expressed readiness to host him in the near future" -> an
        # intended meeting, nothing arranged: planned, date null, Georgia (she would host him);
        # required False (a readiness, as the wished-for meetings of dev_8512 and dev_8705).
        M(["salome_zourabichvili", "ilham_aliyev"], None, "Georgia", IP, P,
          "Nevertheless, President Zurabishvili welcomed President Aliyev’s visit to the country and expressed readiness to host him in the near future.",
          False),
        # Not rows: the Zurabishvili-Aliyev meeting that "could not take place" (the president
        # "did not meet with" Aliyev: a meeting that did not take place, ANNOTATION-GUIDE.md);
        # the joint press conference (media, the same encounter); "Heads of state also come to
        # Germany and meet the chancellor, [and] they don't meet [Frank-Walter] Steinmeier"
        # (a generic statement, the chancellor unnamed, and a meeting that does not happen);
        # Volski's statements. Removed: at the start, the search tool's date prefix
        # (" date 2022-10-25 "); at the end, the last, cut-off sentence ("“There are many issues
        # over which Salome Zurabishvili made inappropriate cl").
    ],
    roles=[("Azerbaijani President", "ilham_aliyev"), ("the Georgian President", "salome_zourabichvili"),
           ("the Azerbaijani leader", "ilham_aliyev"), ("Prime Minister", "irakli_garibashvili"),
           ("the first deputy Chairperson of the Parliament", "gia_volski")],
)

A["dev_8912_modi_calls_g20_virtual"] = dict(
    actors={
        "narendra_modi": ["Prime Minister Narendra Modi", "Narendra Modi", "Modi"],
        "ursula_von_der_leyen": ["European Commission President Ursula von der Leyen", "Ursula von der Leyen"],
        "subrahmanyam_jaishankar": ["External Affairs Minister S Jaishankar", "S Jaishankar", "Jaishankar"],
        "josep_borrell": ["Vice President and High Representative Josep Borrell", "Josep Borrell"],
        "wang_yi": ["Chinese State Councillor and Foreign Minister Wang Yi", "Wang Yi"],
        "mohammed_bin_salman": ["Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman"],
        "scott_morrison": ["Australian Prime Minister Scott Morrison", "Scott Morrison"],
        "european_commission": ["European Commission"],
        "ministry_of_external_affairs_india": ["Ministry of External Affairs"],
        "european_union": ["EU"],
        # "the G-20", "G-20 leaders' summit" (the key of earlier batches; the hyphenated form is
        # added as written).
        "group_of_20": ["G-20"],
    },
    meetings=[
        # "On Tuesday, Prime Minister Narendra Modi spoke to European Commission President Ursula
        # von der Leyen" -> held, 2020-03-24, place null; kind phone (judgement, as batch 38b's
        # "spoke with": the text says "spoke to", in a story of calls during the pandemic, and
        # the next contact is "also had a phone conversation").
        M(["narendra_modi", "ursula_von_der_leyen"], "2020-03-24", None, PH, H,
          "On Tuesday, Prime Minister Narendra Modi spoke to European Commission President Ursula von der Leyen and discussed the global situation in the context of the pandemic."),
        # "External Affairs Minister S Jaishankar spoke to his counterpart in the EU ... Josep
        # Borrell" -> held, date null (no day given for this contact), place null; phone (the
        # same judgement).
        M(["subrahmanyam_jaishankar", "josep_borrell"], None, None, PH, H,
          "External Affairs Minister S Jaishankar spoke to his counterpart in the EU, Vice President and High Representative Josep Borrell."),
        # "Jaishankar also had a phone conversation with ... Wang Yi." -> phone, held, date and
        # place null.
        M(["subrahmanyam_jaishankar", "wang_yi"], None, None, PH, H,
          "Jaishankar also had a phone conversation with Chinese State Councillor and Foreign Minister Wang Yi."),
        # "Earlier, Modi had called up Saudi Crown Prince Mohammed bin Salman" -> phone, held,
        # date null ("Earlier"), place null.
        M(["narendra_modi", "mohammed_bin_salman"], None, None, PH, H,
          "Earlier, Modi had called up Saudi Crown Prince Mohammed bin Salman and discussed the possibility of a G-20 leaders’ summit through a video-conference."),
        # "The Indian leadership had also reached out to Australian Prime Minister Scott
        # Morrison" -> the Indian side is unnamed ("The Indian leadership"): one-party row
        # (Morrison), held, date and place null; kind phone (judgement, as above); required
        # False (an unspecified contact, "reached out", with an unnamed counterpart).
        M(["scott_morrison"], None, None, PH, H,
          "The Indian leadership had also reached out to Australian Prime Minister Scott Morrison in this regard.",
          False),
        # Not rows: the planned G-20 leaders' video summit ("as early as Thursday": a multilateral
        # summit, ANNOTATION-GUIDE.md); the G-20 finance ministers' video conference and the
        # sherpa video conference (multilateral, unnamed); the Ministry's statement and
        # Jaishankar's tweet (statements). Removed: at the start, the search tool's date prefix
        # (" date 2020-03-25 ") and the second, duplicated copy of the photo caption ("Saudi
        # Arabia, which is the chair of the G-20 this year, ... as early as Thursday. (File
        # Photo)", as ANNOTATION.md's duplicated caption lines); at the end, the last, cut-off
        # sentence ("A video conference of senior health professionals of SAARC countries is
        # proposed to be held o").
    ],
    roles=[("Prime Minister", "narendra_modi"), ("European Commission President", "ursula_von_der_leyen"),
           ("External Affairs Minister", "subrahmanyam_jaishankar"),
           ("his counterpart in the EU, Vice President and High Representative", "josep_borrell"),
           ("Chinese State Councillor and Foreign Minister", "wang_yi"),
           ("Saudi Crown Prince", "mohammed_bin_salman"), ("Australian Prime Minister", "scott_morrison")],
)
