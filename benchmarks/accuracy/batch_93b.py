"""Accuracy corpus, batch 93b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 93a), from the 1960s to the 2010s (1960s:
one (1966), 1970s: one (1974), 1980s: two (1988, 1988), 1990s: two (1994, 1994), 2000s: one
(2008), 2010s: five (2014, 2014, 2014, 2018, 2018); six of the twelve from before 2000), over
the regions (East Asia: two; Africa, Western Europe, Southeast Asia, Oceania, Central
Asia/Caucasus, Latin America, Middle East, Eastern Europe/Russia, North America, South Asia:
one each; all eleven regions covered).
Outlets/sites: Eyewitness News (ewn.co.za, 2018), a US embassy cable on WikiLeaks PlusD (Bonn,
1974), The American Presidency Project (UCSB; a joint statement, 1966), World News (article.wn.com,
2008), Tampa Bay Times archive (1994), Los Angeles Times archive (1988, two stories), UPI
Archives (1994), the Kremlin's English site (2018), The Korea Herald (2014), The BRICS Post
(2014) and a Canadian MP's site reposting a Prime Minister's Office read-out (2014).
Text kinds: one news story (18501), one diplomatic cable (18502), one joint statement
(18503), one news teaser (18504), one newspaper feature (18505), three newspaper/wire
stories (18506, 18507, 18512), one official call read-out (18508), two news stories
(18509, 18510) and one reposted official call read-out (18511). All twelve texts are in
English.
The pages are new to the corpus (URLs and slugs/ids grepped in sources.csv, corpus/metadata.csv
and the batch files, batch_93a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_93b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-92b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_185NN_<slug>` / `test_185NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL (/2018/01/09/) = 2018-01-09 (a Tuesday, checked): "on Thursday" = 2018-01-11.
    ("dev_18501_zuma_kenyatta_durban", "Africa", "2010s", "Eyewitness News (ewn.co.za)", "http://ewn.co.za/2018/01/09/zuma-to-hold-talks-with-kenya-s-kenyatta-in-durban", "2018-01-09"),
    # The cable's date-time group "051743Z JUN 74" = 1974-06-05 (a Wednesday, checked).
    ("dev_18502_giscard_schmidt_paris", "Western Europe", "1970s", "US Embassy Bonn cable 1974BONN08927 (WikiLeaks PlusD)", "https://theworldtomorrow.wikileaks.org/plusd/cables/1974BONN08927_b.html", "1974-06-05"),
    # The document's date line "September 15, 1966" (a Thursday, checked).
    ("test_18503_johnson_marcos_statement", "Southeast Asia", "1960s", "The American Presidency Project (UCSB; joint statement)", "https://www.presidency.ucsb.edu/documents/joint-statement-following-discussions-with-president-marcos-the-philippines", "1966-09-15"),
    # The URL (/view/2008/12/08/) = 2008-12-08 (a Monday, checked).
    ("dev_18504_somare_bainimarama_port_moresby", "Oceania", "2000s", "World News (article.wn.com; teaser of a PNG story)", "http://article.wn.com/view/2008/12/08/Bainimarama_stops_for_a_chat_with_PM", "2008-12-08"),
    # The URL (/archive/1994/03/08/) = 1994-03-08 (a Tuesday, checked): "on Monday" =
    # 1994-03-07.
    ("dev_18505_shevardnadze_clinton_washington", "Central Asia/Caucasus", "1990s", "Tampa Bay Times (St. Petersburg Times archive)", "https://www.tampabay.com/archive/1994/03/08/shevardnadze-sidesteps-troubles-with-moscow/", "1994-03-08"),
    # The URL (la-xpm-1988-11-23) = 1988-11-23 (a Wednesday, checked): "on Tuesday" =
    # 1988-11-22.
    ("dev_18506_bush_salinas_space_center", "Latin America", "1980s", "Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1988-11-23-mn-531-story.html", "1988-11-23"),
    # The URL (/Archives/1994/07/25/) and the dateline "WASHINGTON, July 25" = 1994-07-25 (a
    # Monday, checked): "Monday" = 1994-07-25, "Tuesday" = 1994-07-26.
    ("test_18507_rabin_hussein_white_house", "Middle East", "1990s", "UPI Archives", "https://www.upi.com/Archives/1994/07/25/Rabin-praises-Hussein/7853775108800/", "1994-07-25"),
    # The page's date line "June 9, 2018" (a Saturday, checked).
    ("dev_18508_putin_poroshenko_call", "Eastern Europe/Russia", "2010s", "President of Russia (en.kremlin.ru, event 57712)", "http://en.special.kremlin.ru/catalog/countries/UA/events/57712", "2018-06-09"),
    # The page's line "Published : Jul 3, 2014 - 13:12" and the URL (ud=20140703...) (a
    # Thursday, checked): "on Thursday" = 2014-07-03.
    ("dev_18509_xi_park_arrival", "East Asia", "2010s", "The Korea Herald (Yonhap)", "http://www.koreaherald.com/view.php?ud=20140703000740", "2014-07-03"),
    # The page's line "July 4, 2014, 7:03 am" (a Friday, checked): "Thursday" = 2014-07-03
    # (also given in the caption).
    ("dev_18510_xi_park_summit", "East Asia", "2010s", "The BRICS Post", "https://thebricspost.com/xi-park-summit-boosts-beijing-seoul-ties", "2014-07-04"),
    # The title's date "August 30, 2014" (a Saturday, checked): "today" = 2014-08-30.
    ("test_18511_harper_obama_call", "North America", "2010s", "brucestantonmp.ca (MP's site reposting the Prime Minister's Office read-out)", "https://www.brucestantonmp.ca/prime-minister-harpers-call-with-the-president-of-the-united-states-august-30-2014/", "2014-08-30"),
    # The URL (la-xpm-1988-12-30) = 1988-12-30 (a Friday, checked): "on Thursday" =
    # 1988-12-29.
    ("dev_18512_gandhi_bhutto_saarc", "South Asia", "1980s", "Los Angeles Times (Reuters)", "https://www.latimes.com/archives/la-xpm-1988-12-30-mn-962-story.html", "1988-12-30"),
]

A = {}

A["dev_18501_zuma_kenyatta_durban"] = dict(
    actors={
        "jacob_zuma": ["Jacob Zuma"],
        "uhuru_kenyatta": ["Uhuru Kenyatta"],
        "the_presidency_south_africa": ["South African Presidency", "Presidency"],
        "bongani_nqulunga": ["Bongani Nqulunga"],
    },
    meetings=[
        # The talks "on Thursday" -> planned, 2018-01-11, Durban.
        M(["jacob_zuma", "uhuru_kenyatta"], "2018-01-11", "Durban", IP, P,
          "JOHANNESBURG - President Jacob Zuma will hold talks with Kenyan president Uhuru Kenyatta on Thursday at Dr John Dube residence in Durban."),
        # Not rows: the working visit itself (the same talks); "the two heads of states will
        # share perspectives" (the same planned talks). Removed: nothing (the excerpt is
        # whole).
    ],
    roles=[("Presidency spokesperson", "bongani_nqulunga")],
)

A["dev_18502_giscard_schmidt_paris"] = dict(
    actors={
        "valery_giscard_d_estaing": ["GISCARD"],
        "helmut_schmidt": ["SCHMIDT"],
        "european_community": ["EC"],
        # "FONOFF" = the (West German) Foreign Office, the source of the briefing.
        "west_german_foreign_office": ["FONOFF"],
        # "AMEMBASSY BONN" (sender) and "SECSTATE WASHDC" (addressee) are the cable's
        # routing lines, not actors of the text: no keys. "FRG SPOKESMAN" unnamed: no key.
    },
    meetings=[
        # The Giscard-Schmidt meeting in Paris -> held, date null (the day is not in the
        # text; it is in the referenced cables only), Paris. The sentence "DEPARTMENT SOURCE
        # HAS PROVIDED INITIAL BRIEFING ON GISCARD-SCHMIDT MEETING IN PARIS ..." is broken
        # by the page header lines ("CONFIDENTIAL ... PAGE 02 ..."), so the next sentence is
        # the evidence.
        M(["valery_giscard_d_estaing", "helmut_schmidt"], None, "Paris", IP, H,
          "THE TWO LEADERS MET MOSTLY TETE-A-TETE AND SCHMIDT INDICATED TO ASSOCIATES THAT RESULTS OF MEETING WILL ONLY BECOME KNOWN, IF AT ALL, FOLLOWING EC COUNCIL MEETINGS ON RENEGOTIATION AND OTHER TOPICS."),
        # Not rows: EC Council meetings and the "EC SUMMIT" (multilateral); the Fonoff source's
        # briefing of the embassy (unnamed parties). Removed: at the end an unrelated
        # fragment pasted into the page excerpt ("UP OF OUTSIDE SPECIALISTS ... (2) THAT THE
        # PROPOSED INTEGRATION SHOULD BE ACH"), which belongs to another document.
    ],
    roles=[],
)

A["test_18503_johnson_marcos_statement"] = dict(
    actors={
        "lyndon_johnson": ["President Johnson"],
        "ferdinand_marcos": ["President Marcos"],
    },
    meetings=[
        # The talks during the state visit "September 14 to 16, 1966" -> held, date null (a
        # range of days; the statement is dated September 15 but the talks' day is not
        # given), Washington.
        M(["lyndon_johnson", "ferdinand_marcos"], None, "Washington", IP, H,
          "President Johnson and President Marcos had a frank and cordial exchange of views on international developments of common significance as well as the cooperative arrangements which give substance to Philippine-American relations."),
        # Not rows: "This afforded an opportunity for the two Presidents to engage in the
        # friendly and fraternal talks" and "the two Presidents discussed recent developments
        # in space technology" (the same talks). Removed: the photo label "Lyndon B. Johnson
        # photo" at the start and at the end the cut-off sentence "The considerable economic
        # loss suffered annually in the Far East from typhoon". "I." (for "1.") kept.
    ],
    roles=[],
)

A["dev_18504_somare_bainimarama_port_moresby"] = dict(
    actors={
        "michael_somare": ["Sir Michael Somare"],
        "frank_bainimarama": ["Commodore Bainimarama"],
    },
    meetings=[
        # The one-on-one meeting during Bainimarama's transit -> held, date null (no day in
        # the text), Port Moresby.
        M(["michael_somare", "frank_bainimarama"], None, "Port Moresby", IP, H,
          "PRIME Minister Sir Michael Somare used the opportunity of a transit through Port Moresby of Interim Prime Minister, Commodore Bainimarama, to have a one-on-one meeting to discuss the Fiji political situation and exchange views on how best to restore parliamentary democracy in that country."),
        # Removed: the cut-off "Sir... read full story" and the page's "Ask about this
        # article ..." box. The excerpt has no headline (the title is in the URL only).
    ],
    roles=[("PRIME Minister", "michael_somare"),
           ("Interim Prime Minister", "frank_bainimarama")],
)

A["dev_18505_shevardnadze_clinton_washington"] = dict(
    actors={
        "eduard_shevardnadze": ["Eduard Shevardnadze", "Shevardnadze"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "mikhail_gorbachev": ["Mikhail Gorbachev"],
        "white_house": ["White House"],
    },
    meetings=[
        # The White House visit and joint news conference "on Monday" -> held, 1994-03-07,
        # Washington (the text: "visiting the White House", "his first visit to
        # Washington"). The evidence names Clinton as his host.
        M(["eduard_shevardnadze", "bill_clinton"], "1994-03-07", "Washington", IP, H,
          "His host, President Clinton, was as gracious as possible considering that the only thing American reporters wanted to hear about at their joint news conference was Washington's burgeoning Whitewater scandal."),
        # Not rows: Shevardnadze's past visits "for the umpteenth time" (no specific
        # meeting); "his American hosts" (unnamed). Removed: the section label "1. Archive".
    ],
    roles=[("Mikhail Gorbachev's former foreign policy chief", "eduard_shevardnadze"),
           ("His host", "bill_clinton"),
           ("The president", "bill_clinton")],
)

A["dev_18506_bush_salinas_space_center"] = dict(
    actors={
        "george_h_w_bush": ["George Bush", "Bush"],
        "carlos_salinas_de_gortari": ["Carlos Salinas de Gortari", "Salinas"],
        "miguel_de_la_madrid": ["Miguel de la Madrid"],
        "ronald_reagan": ["Reagan"],
        "contras": ["Contras"],
    },
    meetings=[
        # The get-acquainted session "on Tuesday" -> held, 1988-11-22; place null (the text
        # names the Johnson Space Center but no city or country).
        M(["george_h_w_bush", "carlos_salinas_de_gortari"], "1988-11-22", None, IP, H,
          "President-elect George Bush and President-elect Carlos Salinas de Gortari of Mexico met for more than two hours at the Johnson Space Center on Tuesday in a get-acquainted session intended to put the strain of the current U.S.-Mexican relationship behind them and usher in better cooperation between the neighbor nations."),
        # The earlier "February conference" of de la Madrid and Reagan -> held, date null
        # (month only), place null.
        M(["miguel_de_la_madrid", "ronald_reagan"], None, None, IP, H,
          "In that February conference, President Miguel de la Madrid lectured President Reagan on the United States’ failure to stem the use of illegal drugs by its citizens and defended his country’s effort to fight drug smuggling."),
        # Not rows: the lunch (part of the same meeting); "Bush aides" (unnamed). Removed:
        # "Advertisement" / "Share" lines, the byline "Times Staff Writer" and at the end the
        # cut-off sentence "Pressure for progress on at least some of these
        # points--particularly drug smuggling--is e".
    ],
    roles=[],
)

A["test_18507_rabin_hussein_white_house"] = dict(
    actors={
        "yitzhak_rabin": ["Yitzhak Rabin", "Rabin"],
        "hussein_bin_talal": ["King Hussein", "Hussein"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "warren_christopher": ["Warren Christopher"],
        "white_house": ["White House"],
        "us_congress": ["Congress", "U.S. Congress"],
    },
    meetings=[
        # The White House dinner "Monday" in honour of both leaders -> held, 1994-07-25,
        # Washington.
        M(["yitzhak_rabin", "hussein_bin_talal"], "1994-07-25", "Washington", IP, H,
          "WASHINGTON, July 25 -- Israeli Prime Minister Yitzhak Rabin said Monday he found Jordan's King Hussein to be 'most noble, reasonable, unique personality even when we were engaged in conflict' at a White House dinner in honor of both leaders."),
        # The signing of the agreement "the day" (1994-07-25) -> held, a separate occasion
        # (the signing ceremony), **required false** (the same day's encounter of the pair).
        M(["yitzhak_rabin", "hussein_bin_talal"], "1994-07-25", "Washington", IP, H,
          "Rabin heaped praise on the Arab monarch in his toast to the 'memorable' and 'exciting' events of the day when both signed an agreement leading to the normalization of relations between their two countries.", False),
        # Clinton hosted the signing ceremony and the dinner -> one row per pair with him.
        M(["bill_clinton", "yitzhak_rabin"], "1994-07-25", "Washington", IP, H,
          "President Clinton, who hosted both the signing ceremony and the dinner party, told the gathering of 120 guests: 'Today we saw history in the making.'"),
        M(["bill_clinton", "hussein_bin_talal"], "1994-07-25", "Washington", IP, H,
          "President Clinton, who hosted both the signing ceremony and the dinner party, told the gathering of 120 guests: 'Today we saw history in the making.'"),
        # The three-way news conference "Tuesday" late afternoon -> planned, 1994-07-26,
        # Washington, one row per pair, **required false** (a joint press event).
        M(["yitzhak_rabin", "hussein_bin_talal"], "1994-07-26", "Washington", IP, P,
          "In the late afternoon, they will hold a three-way news conference from the White House with Clinton.", False),
        M(["bill_clinton", "yitzhak_rabin"], "1994-07-26", "Washington", IP, P,
          "In the late afternoon, they will hold a three-way news conference from the White House with Clinton.", False),
        M(["bill_clinton", "hussein_bin_talal"], "1994-07-26", "Washington", IP, P,
          "In the late afternoon, they will hold a three-way news conference from the White House with Clinton.", False),
        # Christopher's reception "Tuesday evening" for the visiting dignitaries -> planned,
        # 1994-07-26, Washington, **required false** (a reception).
        M(["warren_christopher", "yitzhak_rabin"], "1994-07-26", "Washington", IP, P,
          "Tuesday evening, Secretary of State Warren Christopher will host a reception for the visiting dignitaries.", False),
        M(["warren_christopher", "hussein_bin_talal"], "1994-07-26", "Washington", IP, P,
          "Tuesday evening, Secretary of State Warren Christopher will host a reception for the visiting dignitaries.", False),
        # Not rows: the joint session of Congress (an address to a plenary); "'None of this
        # would have been possible without your help,' Hussein told Clinton" (a remark at the
        # same dinner). The excerpt has no headline (the title is in the URL only).
    ],
    roles=[("Israeli Prime Minister", "yitzhak_rabin"),
           ("the Arab monarch", "hussein_bin_talal"),
           ("Secretary of State", "warren_christopher")],
)

A["dev_18508_putin_poroshenko_call"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin"],
        "petro_poroshenko": ["Petro Poroshenko"],
    },
    meetings=[
        # The telephone conversation -> held, phone, 2018-06-09 (the page's date), place null.
        M(["vladimir_putin", "petro_poroshenko"], "2018-06-09", None, PH, H,
          "Vladimir Putin had a telephone conversation with President of Ukraine Petro Poroshenko at the Ukrainian side’s initiative."),
        # Not rows: the Normandy format foreign ministers' meeting in Berlin on June 11 (a
        # four-party meeting of unnamed ministers); the human rights commissioners' visits
        # (unnamed, proposed). Removed: the site's menu lines ("View settings", "Font size",
        # "Official website of the President of Russia", "Документ /").
    ],
    roles=[("President of Ukraine", "petro_poroshenko")],
)

A["dev_18509_xi_park_arrival"] = dict(
    actors={
        "xi_jinping": ["Xi Jinping", "Xi"],
        "park_geun_hye": ["Park Geun-hye", "Park"],
        "kim_jong_un": ["Kim Jong-un"],
        "kim_jong_il": ["Kim Jong-il"],
    },
    meetings=[
        # The summit "later in the day" (Thursday 2014-07-03) -> planned (the story was
        # published before it), 2014-07-03, Seoul (the city of the visit named in the text).
        M(["xi_jinping", "park_geun_hye"], "2014-07-03", "Seoul", IP, P,
          "Park and Xi were to hold a summit meeting later in the day -- the fifth since they took office in 2013 -- to discuss how to further deepen their relations and how to deal with North Korea's nuclear weapons program, as well as Japan's growing nationalism."),
        # Not rows: "arrived in South Korea on Thursday for talks with ... Park Geun-hye" (the
        # same planned summit); Xi greeted by unnamed officials; Kim Jong-un not invited to
        # Beijing (no meeting). Removed: the byline "By 이현정", the lines "Published : Jul
        # 3, 2014 - 13:12" / "Updated : Jul 3, 2014 - 17:07" and at the end the cut-off
        # sentence "A won-yuan direct trading market could be helpful for South Korea, whose
        # trade with C".
    ],
    roles=[("Chinese leader", "xi_jinping"),
           ("Chinese President", "xi_jinping"),
           ("South Korean President", "park_geun_hye")],
)

A["dev_18510_xi_park_summit"] = dict(
    actors={
        "xi_jinping": ["Xi Jinping", "Xi"],
        "park_geun_hye": ["Park Geun-hye", "Park"],
        "ren_zhengfei": ["Ren Zhengfei"],
        "li_yanhong": ["Li Yanhong"],
        "jack_ma": ["Jack Ma"],
        "huawei": ["Huawei"],
        "baidu": ["Baidu"],
        "alibaba": ["Alibaba"],
        # "[AP]" is a photo credit: no key.
    },
    meetings=[
        # The talks "in Seoul Thursday" -> held, 2014-07-03, Seoul.
        M(["xi_jinping", "park_geun_hye"], "2014-07-03", "Seoul", IP, H,
          "Chinese President Xi Jinping discussed peace in the Korean peninsula and bilateral ties with his South Korean counterpart Park Geun-hye in Seoul Thursday."),
        # The welcome ceremony in the caption -> held, 2014-07-03, Seoul, **required false**
        # (a ceremony of the same visit).
        M(["xi_jinping", "park_geun_hye"], "2014-07-03", "Seoul", IP, H,
          "Chinese President Xi Jinping, right, and his South Korean counterpart Park Geun-hye, left, greet children during a welcome ceremony at the Presidential Blue House in Seoul, South Korea, Thursday, July 3, 2014 [AP]", False),
        # Not rows: the business delegation travelling with Xi (no meeting with Park stated).
        # Removed: "Follow us on:" at the start, the second copy of the caption (the page
        # prints it twice) and at the end the cut-off sentence "Officials said earlier this
        # year that China has proposed studying the feasibility of a mammoth fr".
    ],
    roles=[("his South Korean counterpart", "park_geun_hye"),
           ("Chinese President", "xi_jinping"),
           ("The Chinese President", "xi_jinping"),
           ("Huawei chairman", "ren_zhengfei"),
           ("Baidu chairman", "li_yanhong"),
           ("Alibaba founder", "jack_ma")],
)

A["test_18511_harper_obama_call"] = dict(
    actors={
        "stephen_harper": ["Harper"],
        "barack_obama": ["Barack Obama"],
        "nato": ["NATO"],
    },
    meetings=[
        # The call "today" -> held, phone, 2014-08-30, place null.
        M(["stephen_harper", "barack_obama"], "2014-08-30", None, PH, H,
          "Prime Minister Harper spoke today with Barack Obama, President of the United States."),
        # Not rows: next week's NATO Summit in Wales (multilateral). Removed: the section
        # label "National News".
    ],
    roles=[("Prime Minister", "stephen_harper"),
           ("President of the United States", "barack_obama"),
           ("the President of the United States", "barack_obama")],
)

A["dev_18512_gandhi_bhutto_saarc"] = dict(
    actors={
        "rajiv_gandhi": ["Rajiv Gandhi", "Gandhi"],
        "benazir_bhutto": ["Benazir Bhutto", "Bhutto"],
        "saarc": ["South Asian Assn. for Regional Cooperation", "SAARC"],
        "jawaharlal_nehru": ["Jawaharlal Nehru"],
    },
    meetings=[
        # "at least two private meetings" during the summit -> one planned row, date null (no
        # day given), place `Pakistan` (the text names the country of the visit, no city).
        M(["rajiv_gandhi", "benazir_bhutto"], None, "Pakistan", IP, P,
          "The three-day summit is dominated by the prospect of at least two private meetings between Gandhi, 44, and Bhutto, 35, leaders of a generation with few memories of the bloodshed caused by the partition of the Indian subcontinent in 1947."),
        # Not rows: the opening session "on Thursday" (a summit plenary); Nehru's 1960 working
        # visit to Pakistan (a visit to a country, no counterpart named). Removed:
        # "Advertisement" / "Share" lines and the credit "From Reuters".
    ],
    roles=[("Indian leader", "rajiv_gandhi"),
           ("Pakistani Prime Minister", "benazir_bhutto"),
           ("his grandfather", "jawaharlal_nehru")],
)
