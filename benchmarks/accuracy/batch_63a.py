"""Accuracy corpus, batch 63a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 63b), from the 1990s, 2000s,
2010s and 2020s (1990s: five, 2000s: one, 2010s: four, 2020s: two; five of the twelve from before
2000, as the brief asked; no 1970s or 1980s page was found that was new, odd-year, English and not
already in the corpus: see the notes; `test_12407` tells a 1987 meeting but was published in 2021),
over the eleven regions (Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast
Asia, Eastern Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each).
Outlets/sites: a Reuters story on a personal archive page (oocities.org), Lubbock Online (an AP
story), the Heydar Aliyev Heritage library (a translated item from the Turkish paper Akşam,
"Ahsham gazeti"), The New York Times (an AP story, reposted on old.radicali.it), two Athens News
Agency bulletins (HR-Net, hri.org and mail.hri.org), National Newswatch, CNV (cnv.org.kh, a Fresh
News item), The New Indian Express, ECNS (ecns.cn, a CGTN story), Teller Report and
government-world.com (a reprint of a UK Prime Minister's Office press release). The pages are new
(grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except 63b), and so are
the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_63a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-62b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_124NN_<slug>` / `test_124NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and OCR slips included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's line "Reuters; Jan 24, 1999" and the dateline "NAIROBI, Jan 24 (Reuters)" (a
    # Sunday, checked): "on Sunday" -> 1999-01-24; "a day earlier" -> 1999-01-23.
    ("dev_12401_moi_afewerki_asmara", "Africa", "1990s", "Reuters (via a personal news archive page, oocities.org)", "https://www.oocities.org/~dagmawi/NewsJan99/Jan24_Erit-Kenya.html", "1999-01-24"),
    # "Published: Sunday, July 15, 2001" on the page (checked): "here Sunday" -> 2001-07-15.
    ("dev_12402_peres_arafat_cairo", "Middle East", "2000s", "Lubbock Online (an AP story)", "http://lubbockonline.com/stories/071501/upd_arafatperes.shtml", "2001-07-15"),
    # The closing line "Ahsham gazeti, Turkey, August 2, 1997" (a Saturday, checked): "yesterday"
    # -> 1997-08-01; "a day before" (the day before that meeting) -> 1997-07-31.
    ("test_12403_aliyev_clinton_white_house", "Central Asia/Caucasus", "1990s", "Akşam (\"Ahsham gazeti\", Turkey; via the Heydar Aliyev Heritage library, aliyevheritage.org)", "https://lib.aliyevheritage.org/en/2194105.html", "1997-08-02"),
    # "The New York Times / Tuesday, October 21, 1997" and the dateline "BOGOTA, Colombia, Oct. 20
    # (AP)" (checked): "today" of the dateline -> 1997-10-20.
    ("dev_12404_mccaffrey_samper_bogota", "Latin America", "1990s", "The New York Times (an AP story; reposted on old.radicali.it)", "http://old.radicali.it/search_view.php?id=65747", "1997-10-21"),
    # "Athens, Greece, 18/04/1997 (ANA)" (a Friday, checked): the meetings carry their own days
    # ("on 24 April", "Later the same day", "On 28 April") -> 1997-04-24, 1997-04-28.
    ("dev_12405_simitis_kohl_bonn_planned", "Western Europe", "1990s", "Athens News Agency bulletin (via HR-Net, hri.org)", "http://hri.org/news/greek/apeen/1997/97-04-18_1.apeen.html", "1997-04-18"),
    # "Athens, Greece, 21/03/1997 (ANA)" (a Friday, checked): "this morning" -> 1997-03-21.
    ("dev_12406_simitis_ciorbea_bucharest", "Eastern Europe/Russia", "1990s", "Athens News Agency bulletin (via HR-Net, mail.hri.org)", "http://mail.hri.org/news/greek/apeen/1997/97-03-21_1.apeen.html", "1997-03-21"),
    # No date line in the kept text; the URL's 2021/01/21 (a Thursday, checked) and the series
    # title in the URL ("on this day in Canada's political history"): "on this date in 1987" ->
    # 1987-01-21; "a week earlier" -> null.
    ("test_12407_mulroney_bush_earful_ottawa", "North America", "2020s", "National Newswatch (nationalnewswatch.com)", "https://www.nationalnewswatch.com/2021/01/21/on-this-day-in-canadas-political-history-vp-george-bush-discusses-grave-issues-with-pm-brian-mulroney/", "2021-01-21"),
    # The search tool's date field 2019-08-24 (a Saturday, checked; removed with its " date ..."
    # prefix) agrees with "At 9 a.m on 24 August 2019" -> 2019-08-24.
    ("dev_12408_hun_sen_thongloun_phone", "Southeast Asia", "2010s", "CNV (cnv.org.kh; a Fresh News item)", "http://cnv.org.kh/pm-hun-sen-phone-talks-laotian-pm-withdraw-troops-situation-ease/", "2019-08-24"),
    # No date line in the excerpt; the URL's 2015/jan/19 (a Monday, checked): "on Sunday" ->
    # 2015-01-18; "today" (subhead) and "on Monday" -> 2015-01-19.
    ("dev_12409_samaraweera_swaraj_delhi", "South Asia", "2010s", "The New Indian Express (newindianexpress.com)", "http://www.newindianexpress.com/nation/2015/jan/19/Fresh-Start-as-Lanka-Talks-Positive-706691.html", "2015-01-19"),
    # No date line in the excerpt; the URL's 2019-05-28 (a Tuesday, checked): "on Monday morning"
    # -> 2019-05-27 (the captions' "May 27, 2019" agree).
    ("dev_12410_li_keqiang_salwai_beijing", "Oceania", "2010s", "ECNS (ecns.cn; a CGTN story)", "http://ecns.cn/news/2019-05-28/detail-ifziqifn8554780.shtml", "2019-05-28"),
    # No date line in the excerpt; the URL's 2021-10-15 (a Friday, checked). The call "was held
    # yesterday (15th)": the explicit day 15 is taken (October 2021) -> 2021-10-15; the
    # "yesterday" does not fit the URL date (see the notes).
    ("test_12411_moon_kishida_first_call", "East Asia", "2020s", "Teller Report (tellerreport.com)", "https://www.tellerreport.com/news/2021-10-15-the-first-summit-between-korea-and-japan-----exchange-of-opinions--on-the-issue-of-forced-labor-and-comfort-women.H1UXBItwrF.html", "2021-10-15"),
    # The title line "PM call with Prime Minister Erna Solberg: 26 October 2017" (a Thursday,
    # checked): "This evening" -> 2017-10-26.
    ("dev_12412_pm_solberg_call", "Western Europe", "2010s", "government-world.com (a reprint of a UK Prime Minister's Office press release)", "http://government-world.com/press-release-pm-call-with-prime-minister-erna-solberg-26-october-2017", "2017-10-26"),
]

A = {}

A["dev_12401_moi_afewerki_asmara"] = dict(
    actors={
        "daniel_arap_moi": ["Daniel arap Moi", "Moi"],
        "isaias_afwerki": ["Isayas Afewerki", "Afewerki"],
        "meles_zenawi": ["Meles Zenawi"],
        "bonaya_godana": ["Bonaya Gadana"],
        "bill_clinton": ["Bill Clinton"],
        "un_security_council": ["U.N. Security Council", "Security Council", "Council"],
        "organization_of_african_unity": ["Organisation of African Unity", "OAU"],
    },
    meetings=[
        # "Kenyan President Daniel arap Moi held lengthy discussions with Eritrean President Isayas
        # Afewerki in Asmara on Sunday, ..." ("was received by Afewerki": the same) -> held,
        # 1999-01-24 ("on Sunday" in a Sunday 24 January story), Asmara.
        M(["daniel_arap_moi", "isaias_afwerki"], "1999-01-24", "Asmara", IP, H,
          "Kenyan President Daniel arap Moi held lengthy discussions with Eritrean President Isayas Afewerki in Asmara on Sunday, Kenyan state radio reported."),
        # "The Kenyan leader had held talks a day earlier with Ethiopian President Meles Zenawi."
        # with "The meeting took place in Arusha in northern Tanzania, ..." -> held, 1999-01-23,
        # Arusha.
        M(["daniel_arap_moi", "meles_zenawi"], "1999-01-23", "Arusha", IP, H,
          "The Kenyan leader had held talks a day earlier with Ethiopian President Meles Zenawi."),
        # Not rows: Gadana "accompanied" Moi (a delegation member, not a participant: ANNOTATION's
        # convention); "Moi would urge ... Afewerki" (the same Asmara meeting, as diplomats
        # expected it); "an East African meeting with the Tanzanian, Ugandan, Rwandan and Ethiopian
        # presidents" (a multilateral meeting; the presidents are unnamed, the Ethiopian one
        # being Meles' row already); the Security Council's concern and Clinton's call "on
        # Ethiopia and Eritrea" (statements, no meeting). Not annotated: "Kenyan state radio",
        # "Western diplomats" (unnamed), Reuters (the agency in the header and dateline). Kept as
        # found: the header run together ("leaderReuters; Jan 24, 1999NAIROBI"), "Gadana", the
        # quotation marks "``...''", the single paragraph. Removed: at the end, the last, cut-off
        # sentence ("An uneasy peace was restored after fierce frontier fighting, but hostile
        # relations conti"). Nothing removed at the start.
    ],
    roles=[("Kenyan President", "daniel_arap_moi"), ("Eritrean President", "isaias_afwerki"),
           ("Foreign Minister", "bonaya_godana"), ("The Kenyan leader", "daniel_arap_moi"),
           ("Ethiopian President", "meles_zenawi"), ("U.S. President", "bill_clinton")],
)

A["dev_12402_peres_arafat_cairo"] = dict(
    actors={
        "shimon_peres": ["Shimon Peres", "Peres"],
        "yasser_arafat": ["Yasser Arafat", "Arafat"],
        "hosni_mubarak": ["Mubarak"],
        "george_mitchell": ["George Mitchell"],
        "palestinian_authority": ["Palestinian Authority"],
    },
    meetings=[
        # "Israeli Foreign Minister Shimon Peres held unscheduled talks with Palestinian leader
        # Yasser Arafat here Sunday ..." ("After meeting for more than an hour with Arafat in the
        # presidential palace": the same) -> held, 2001-07-15 (a Sunday story), Cairo (the
        # dateline and headline).
        M(["shimon_peres", "yasser_arafat"], "2001-07-15", "Cairo", IP, H,
          "CAIRO, Egypt {AP} — Israeli Foreign Minister Shimon Peres held unscheduled talks with Palestinian leader Yasser Arafat here Sunday after assuring the Egyptian president that his government planned no major assault on the Palestinians."),
        # "Speaking earlier after his own talks with Mubarak, Peres told reporters: ..." ("after
        # assuring the Egyptian president": the same talks) -> held, 2001-07-15, Cairo.
        M(["shimon_peres", "hosni_mubarak"], "2001-07-15", "Cairo", IP, H,
          "Speaking earlier after his own talks with Mubarak, Peres told reporters: \"I told the president from the outset that we do not have any interest to attack the Palestinians.\""),
        # "Earlier he had a separate meeting with Mubarak." (he = Arafat) -> held, 2001-07-15 (the
        # same day, "Earlier"), Cairo.
        M(["yasser_arafat", "hosni_mubarak"], "2001-07-15", "Cairo", IP, H,
          "Earlier he had a separate meeting with Mubarak."),
        # Not rows: "U.S. envoys negotiated a truce four weeks ago" (unnamed envoys); the Israeli
        # press reports of a planned operation (no meeting); Peres "told reporters" (a statement);
        # the international panel "led by former U.S. Senator George Mitchell" (a panel's report,
        # no meeting). Not annotated: the Israeli government, "The Israeli press" (generic), AP
        # (the agency in the dateline). Kept as found: "{AP}", the straight quotation marks.
        # Removed: at the end, the last, cut-off paragraph ("The Mitchell report called for an end
        # to violence in the region, ... in the West Bank and Gaza"). Nothing removed at the start.
    ],
    roles=[("Israeli Foreign Minister", "shimon_peres"), ("Palestinian leader", "yasser_arafat"),
           ("the Egyptian president", "hosni_mubarak"), ("the president", "hosni_mubarak"),
           ("the elected leader of the Palestinians", "yasser_arafat"),
           ("former U.S. Senator", "george_mitchell")],
)

A["test_12403_aliyev_clinton_white_house"] = dict(
    actors={
        "heydar_aliyev": ["Heydar Aliyev", "Aliyev"],
        "bill_clinton": ["Bill Clinton"],
        "zbigniew_brzezinski": ["Zbigniew Brezinski"],
        "georgetown_university": ["Georgetown University"],
    },
    meetings=[
        # "Heydar Aliyev, ... met President Bill Clinton in the White House yesterday." ("their
        # negotiations": the same) -> held, 1997-08-01 ("yesterday" in a paper of Saturday 2
        # August), Washington (the White House, as ANNOTATION resolves it).
        M(["heydar_aliyev", "bill_clinton"], "1997-08-01", "Washington", IP, H,
          "Heydar Aliyev, who praised his visit to the U.S. as a historical one met President Bill Clinton in the White House yesterday."),
        # "He had declared this idea during his meeting with the former National Security Advisor
        # Zbigniew Brezinski a day before in the White House." -> held, 1997-07-31 (a day before
        # the Clinton meeting; see the notes), Washington.
        M(["heydar_aliyev", "zbigniew_brzezinski"], "1997-07-31", "Washington", IP, H,
          "He had declared this idea during his meeting with the former National Security Advisor Zbigniew Brezinski a day before in the White House."),
        # Not rows: "his speech at Georgetown University" (a speech); the pipeline demand (a
        # statement). Not annotated: "Ahsham gazeti" (the paper's source line, as ANNOTATION
        # leaves outlet lines out), Turkey and the U.S. (countries). Kept as found: "Brezinski",
        # "the issue f oil", "Gayhan", "that\" he would", the missing final full stop. Nothing
        # removed (the page gives the whole item).
    ],
    roles=[("President", "bill_clinton"), ("the former National Security Advisor", "zbigniew_brzezinski")],
)

A["dev_12404_mccaffrey_samper_bogota"] = dict(
    actors={
        "barry_mccaffrey": ["Barry McCaffrey", "Mr. McCaffrey"],
        "ernesto_samper": ["Ernesto Samper", "Mr. Samper", "Mr.Samper"],
        "bill_clinton": ["Clinton"],
        "juan_carlos_esguerra": ["Juan Carlos Esguerra"],
        "cali_cartel": ["Cali cartel"],
        "us_department_of_state": ["State Department"],
    },
    meetings=[
        # "President Clinton's top drug adviser met with President Ernesto Samper of Colombia
        # today, ..." with "Barry McCaffrey, the drug policy director, met for more than a half
        # hour with Mr. Samper, ..." (the adviser named in the next sentence) -> held, 1997-10-20
        # ("today" of the Oct. 20 dateline), Bogota (the dateline; "the presidential palace").
        M(["barry_mccaffrey", "ernesto_samper"], "1997-10-20", "Bogota", IP, H,
          "BOGOTA, Colombia, Oct. 20 (AP) -, President Clinton's top drug adviser met with President Ernesto Samper of Colombia today, breaking a two-year freeze top-level United States contacts with Mr. Samper because of drug-related scandal touching his Administration."),
        # Not rows: "the meeting in the presidential palace", "a handshake", Esguerra's comment on
        # "the meeting between the two men" (the same meeting; Esguerra "said today": a
        # statement); McCaffrey "recommended continued political isolation" in February (a
        # recommendation, no meeting); the congress vote and the visa (no meeting). Not
        # annotated: "a highly partisan congress", "American officials", "leftist rebels"
        # (generic), The New York Times and AP (header and dateline). Kept as found: the hard line
        # breaks, the headline "After, 2-Year Cold / Shoulder", "(AP) -,", "freeze top-level",
        # "Mr.Samper's", "No.1". Removed: at the end, the last, cut-off sentence ("In Washington,
        # the State Department spokesman, James Rubin,"; so Rubin is not in the stored text).
        # Nothing removed at the start.
    ],
    roles=[("President Clinton's top drug adviser", "barry_mccaffrey"), ("the drug policy director", "barry_mccaffrey"),
           ("President", "ernesto_samper"), ("The Colombian Ambassador to the United States", "juan_carlos_esguerra")],
)

A["dev_12405_simitis_kohl_bonn_planned"] = dict(
    actors={
        "costas_simitis": ["Costas Simitis", "PM Simitis", "Simitis"],
        "helmut_kohl": ["Helmut Kohl", "Kohl"],
        "peter_hausmann": ["Peter Hausmann", "Hausmann"],
        "oskar_lafontaine": ["Oskar Lafontaine"],
        "spd": ["Social Democrats", "SPD"],
        "hans_eichel": ["Hans Eichel"],
        "theodoros_pangalos": ["Pangalos"],
        "tansu_ciller": ["Ciller"],
        "jacques_santer": ["Santer"],
        "george_papandreou": ["G. Papandreou"],
        "university_of_marburg": ["University of Marburg", "Marburg University"],
        "giessen_university": ["Giessen University"],
        "european_union": ["European Union"],
        "nato": ["NATO"],
    },
    meetings=[
        # "Prime Minister Costas Simitis will visit Bonn on 24 April at the invitation of German
        # Chancellor Helmut Kohl, ..." with "... the despatch said Simitis and Kohl would have an
        # approximately two-hour meeting ..." -> planned, 1997-04-24, Bonn.
        M(["costas_simitis", "helmut_kohl"], "1997-04-24", "Bonn", IP, P,
          "Quoting German government spokesman Peter Hausmann, the despatch said Simitis and Kohl would have an approximately two-hour meeting which would focus on ''issues of European and security policy in view of the serious decisions pending for the European Union and NATO''."),
        # "Later the same day, after his talks with Kohl, Simitis will meet with the leader of
        # Germany's opposition Social Democrats (SPD) Oskar Lafontaine." -> planned, 1997-04-24
        # (the same day as the Kohl meeting), Bonn.
        M(["costas_simitis", "oskar_lafontaine"], "1997-04-24", "Bonn", IP, P,
          "Later the same day, after his talks with Kohl, Simitis will meet with the leader of Germany's opposition Social Democrats (SPD) Oskar Lafontaine."),
        # "On 28 April, during his visit to Hesse, Simitis will have talks with the state's Social
        # Democrat premier Hans Eichel." -> planned, 1997-04-28, Germany (Hesse is a state, not a
        # city; see the notes).
        M(["costas_simitis", "hans_eichel"], "1997-04-28", "Germany", IP, P,
          "On 28 April, during his visit to Hesse, Simitis will have talks with the state's Social Democrat premier Hans Eichel."),
        # The headline "FM Pangalos briefs president" (the president unnamed: a one-party row, as
        # the guide asks for a counterpart given by role alone) -> held, date null (the story is
        # not in the excerpt), place null, required False (a headline only; see the notes).
        M(["theodoros_pangalos"], None, None, IP, H,
          "- FM Pangalos briefs president", False),
        # Not rows: "Pangalos says ready to meet with Ciller" (readiness, no meeting arranged);
        # "Santer to visit Athens" (a visit to a city, no counterpart named in the text); "Estonian
        # FM's talks in Athens" (no named party); the honorary doctorate at Marburg (a ceremony);
        # "Hausmann however did not rule out ..." (a statement). Not annotated: ANA (the agency in
        # the header and dateline), "Parliament", "the military junta" (generic). Kept as found:
        # the headline list, the hard line breaks, the quotation marks written "''...''".
        # Removed: at the end, the headline of the next item, left without its story ("Santer to
        # visit Athens"). Nothing removed at the start.
    ],
    roles=[("Prime Minister", "costas_simitis"), ("German Chancellor", "helmut_kohl"),
           ("German government spokesman", "peter_hausmann"),
           ("the leader of Germany's opposition Social Democrats (SPD)", "oskar_lafontaine"),
           ("the state's Social Democrat premier", "hans_eichel"), ("the premier", "costas_simitis"),
           ("FM", "theodoros_pangalos")],
)

A["dev_12406_simitis_ciorbea_bucharest"] = dict(
    actors={
        "costas_simitis": ["Costas Simitis", "Simitis"],
        "victor_ciorbea": ["Viktor Ciorbea"],
        "theodoros_pangalos": ["Theodoros Pangalos"],
        "dimitris_reppas": ["Dimitris Reppas"],
        "new_democracy": ["New Democracy"],
        "olympic_metro": ["Olympic Metro"],
        "international_olympic_committee": ["IOC"],
    },
    meetings=[
        # "Prime Minister Costas Simitis and his Romanian counterpart Viktor Ciorbea were speaking
        # at a joint press conference after a second round of talks in Bucharest this morning."
        # ("The Prime Ministers of Greece and Romania today declared ...": the same visit; the two
        # rounds of talks of the same pair on the same visit are one row) -> held, 1997-03-21
        # ("this morning" in a bulletin of 21 March), Bucharest.
        M(["costas_simitis", "victor_ciorbea"], "1997-03-21", "Bucharest", IP, H,
          "Prime Minister Costas Simitis and his Romanian counterpart Viktor Ciorbea were speaking at a joint press conference after a second round of talks in Bucharest this morning."),
        # Not rows: Pangalos and Reppas "accompanied" Simitis (delegation members, not
        # participants); the headline "Sports Undersecretary meets IOC President" (no named person:
        # no row can list a named party); "Romanian Prime Minister welcomes Simitis' visit" (the
        # same visit); the party congress and the other headlines (no meeting). Not annotated: ANA
        # and "The Athens News Agency" (agency header and dateline), "Government" (generic). Kept
        # as found: the site's "Directory - Previous Article - Next Article" line and the "From:"
        # line (inside the kept text, after the title), the bullets, the leading spaces of the
        # story lines. Removed: at the start, the HR-Net site navigation and menu (from "Read the
        # Protocol to the North Atlantic Treaty ..." to "Greek Fonts", with the site's own date
        # line "Sunday, 28 November 2021"); at the end, the trailing blank line and space. The
        # excerpt ends with a complete sentence.
    ],
    roles=[("Prime Minister", "costas_simitis"), ("his Romanian counterpart", "victor_ciorbea"),
           ("Foreign Minister", "theodoros_pangalos"), ("government spokesman", "dimitris_reppas"),
           ("Romanian Prime Minister", "victor_ciorbea")],
)

A["test_12407_mulroney_bush_earful_ottawa"] = dict(
    actors={
        "george_h_w_bush": ["George H.W. Bush", "George Bush", "Bush"],
        "brian_mulroney": ["Brian Mulroney", "Mulroney"],
        "ronald_reagan": ["Ronald Reagan", "Reagan"],
    },
    meetings=[
        # "It was on this date in 1987 that Vice President George H.W. Bush arrived in Ottawa,
        # where he received one of the toughest messages ... from a Canadian Prime Minister." with
        # "On a cold Ottawa day Bush told the press that he had indeed received “an earful” from an
        # angry Canadian Prime Minister." (the Prime Minister = Mulroney, named in the next
        # paragraph) -> held, 1987-01-21 ("on this date" in a story of 21 January 2021), Ottawa.
        M(["george_h_w_bush", "brian_mulroney"], "1987-01-21", "Ottawa", IP, H,
          "It was on this date in 1987 that Vice President George H.W. Bush arrived in Ottawa, where he received one of the toughest messages an American official ever has from a Canadian Prime Minister."),
        # "“These are grave issues that are getting worse,” PM Mulroney told Bush by telephone a
        # week earlier." ("Mulroney contacted ... George Bush": the same call) -> phone, held, date
        # null ("a week earlier"), no place.
        M(["brian_mulroney", "george_h_w_bush"], None, None, PH, H,
          "“These are grave issues that are getting worse,” PM Mulroney told Bush by telephone a week earlier."),
        # "When Bush briefed President Reagan on Mulroney and Canada’s views, Bush was immediately
        # ordered to visit Ottawa." -> held, date null, place null, in_person assumed, required
        # False (the channel and occasion of the briefing are not given; see the notes).
        M(["george_h_w_bush", "ronald_reagan"], None, None, IP, H,
          "When Bush briefed President Reagan on Mulroney and Canada’s views, Bush was immediately ordered to visit Ottawa.",
          False),
        # Not rows: Bush "told the press" (a statement to reporters); "the Reagan Administration
        # began to demonstrate positive movement" (no meeting); the three priorities (agreements,
        # no meeting). Not annotated: "the Reagan Administration" (the administration, generic),
        # "an American official" (generic). Kept as found: the double spaces after full stops, the
        # en dashes, the photo caption "President George Bush and Prime Minister Brian Mulroney".
        # Removed: at the start, the site header "National Newswatch"; at the end, the author box
        # (the paragraph "Arthur Milnes is an accomplished public historian ...", an author line
        # that ANNOTATION leaves out, ending in a cut-off sentence "A resident of Kingston,
        # Ontario, Milnes serves as the in-house historian at the").
    ],
    roles=[("Vice President", "george_h_w_bush"), ("a Canadian Prime Minister", "brian_mulroney"),
           ("the Prime Minister", "brian_mulroney"), ("Ronald Reagan’s Vice President", "george_h_w_bush"),
           ("PM", "brian_mulroney"), ("President", "ronald_reagan"),
           ("an angry Canadian Prime Minister", "brian_mulroney")],
)

A["dev_12408_hun_sen_thongloun_phone"] = dict(
    actors={
        "hun_sen": ["Hun Sen"],
        "thongloun_sisoulith": ["Thongloun Sisoulith"],
        "lim_chea_vutha": ["Lim Chea Vutha"],
        "fresh_news": ["Fresh News"],
    },
    meetings=[
        # "... following the phone talks this morning with Laotian Premier Thongloun Sisoulith."
        # ("At 9 a.m on 24 August 2019, I had a telephone conversation with Laotian Prime Minister
        # ... Thongloun Sisoulith": the same) -> phone, held, 2019-08-24, no place.
        M(["hun_sen", "thongloun_sisoulith"], "2019-08-24", None, PH, H,
          "Cambodia’s Prime Minister Hun Sen stated that Cambodia-Laos border situation is at ease following the phone talks this morning with Laotian Premier Thongloun Sisoulith."),
        # "According to the premier, in mid September 2019, Lao Prime Minister will visit Cambodia
        # to further discuss the remaining border issues." -> planned, date null ("mid September"),
        # Cambodia, required False (the counterpart of the further discussion is implied, not
        # named: see the notes).
        M(["thongloun_sisoulith", "hun_sen"], None, "Cambodia", IP, P,
          "According to the premier, in mid September 2019, Lao Prime Minister will visit Cambodia to further discuss the remaining border issues.",
          False),
        # Not rows: the "exclusive interview with Fresh News CEO Lim Chea Vutha" (a media
        # interview, which the guide excludes); "We will continue to negotiate" (no specific
        # meeting); "the two troops eat together" (troops). Kept as found: "Laotian Prime Minister
        # Description" with the paragraph break inside the quotation, "9 a.m on", "the Great Wall
        # China". Removed: at the start, the search tool's " date 2019-08-24" prefix and the source
        # tag "Source: FN". Nothing removed at the end.
    ],
    roles=[("Cambodia’s Prime Minister", "hun_sen"), ("Laotian Premier", "thongloun_sisoulith"),
           ("Fresh News CEO", "lim_chea_vutha"), ("the premier", "hun_sen"),
           ("Laotian Prime Minister", "thongloun_sisoulith"), ("Lao Prime Minister", "thongloun_sisoulith")],
)

A["dev_12409_samaraweera_swaraj_delhi"] = dict(
    actors={
        "mangala_samaraweera": ["Mangala Samaraweera", "Samaraweera"],
        "sushma_swaraj": ["Sushma Swaraj", "Swaraj"],
        "narendra_modi": ["Narendra Modi", "Modi"],
        "syed_akbaruddin": ["Syed Akbaruddin"],
        "maithripala_sirisena": ["Maithripala Sirisena"],
        "mahinda_rajapaksa": ["Mahinda Rajapaksa"],
        "ministry_of_external_affairs_india": ["External Affairs Ministry"],
    },
    meetings=[
        # "The course-correction has begun with Sri Lankan Foreign Minister Mangala Samaraweera on
        # Sunday holding talks with External Affairs Minister Sushma Swaraj." ("the three-hour
        # talks at Jawaharlal Nehru Bhawan": the same) -> held, 2015-01-18 ("on Sunday" in a
        # Monday 19 January story), New Delhi (the dateline).
        M(["mangala_samaraweera", "sushma_swaraj"], "2015-01-18", "New Delhi", IP, H,
          "NEW DELHI: The course-correction has begun with Sri Lankan Foreign Minister Mangala Samaraweera on Sunday holding talks with External Affairs Minister Sushma Swaraj."),
        # "... another which he will present to Modi during their meeting on Monday." (the
        # subhead's "meeting with PM today": the same) -> planned, 2015-01-19, New Delhi (the
        # dateline; no place is given for the meeting).
        M(["mangala_samaraweera", "narendra_modi"], "2015-01-19", "New Delhi", IP, P,
          "Samaraweera was carrying two invitations from Colombo — one for the External Affairs Minister and another which he will present to Modi during their meeting on Monday."),
        # Not rows: "Swaraj accepted her invitation and dates for an early visit will be worked
        # out" (a visit to Sri Lanka with no named host and no date: see the notes); "New Delhi
        # was briefed" (the same talks); Akbaruddin "described the talks" (a statement);
        # "Samaraweera told Swaraj" (the same talks). Not annotated: "the new government in
        # Colombo", "officials" (generic), Jawaharlal Nehru Bhawan (a building). Kept as found: the
        # doubled headline. Removed: at the end, the last, cut-off sentence ("The Lankan foreign
        # minister will also meet National Security Advisor Ajit"). Nothing removed at the start.
    ],
    roles=[("Sri Lankan Foreign Minister", "mangala_samaraweera"), ("External Affairs Minister", "sushma_swaraj"),
           ("External Affairs Ministry spokesperson", "syed_akbaruddin"), ("President", "maithripala_sirisena"),
           ("Prime Minister", "narendra_modi"), ("PM", "narendra_modi"),
           ("the External Affairs Minister", "sushma_swaraj")],
)

A["dev_12410_li_keqiang_salwai_beijing"] = dict(
    actors={
        "li_keqiang": ["Li Keqiang", "Li"],
        "charlot_salwai": ["Charlot Salwai", "Salwai"],
        "zhong_feiteng": ["Zhong Feiteng"],
        "chinese_academy_of_social_sciences": ["Chinese Academy of Social Sciences"],
    },
    meetings=[
        # "Li welcomed Salwai with a red carpet ceremony in Beijing on Monday morning." with
        # "During their talks, Li said ..." and the captions (the same day, "May 27, 2019") ->
        # held, 2019-05-27 ("on Monday" in a Tuesday 28 May story), Beijing.
        M(["li_keqiang", "charlot_salwai"], "2019-05-27", "Beijing", IP, H,
          "Li welcomed Salwai with a red carpet ceremony in Beijing on Monday morning."),
        # Not rows: the visit "from May 26 to 31" (a range; the talks are the row above); the
        # signing of documents (the same meeting); Zhong Feiteng "said" (a scholar's comment). Not
        # annotated: CGTN (photo credits), "the governments and the two peoples" (generic). Kept
        # as found: "in varies fields", the two captions. Removed: at the end, the last, cut-off
        # sentence ("\"So China wants to build a deeper r"). Nothing removed at the start.
    ],
    roles=[("Chinese Premier", "li_keqiang"), ("Prime Minister of the Republic of Vanuatu", "charlot_salwai"),
           ("the prime minister of the Pacific island nation", "charlot_salwai")],
)

A["test_12411_moon_kishida_first_call"] = dict(
    actors={
        "moon_jae_in": ["Moon Jae-in", "President Moon"],
        "fumio_kishida": ["Kishida Kishida", "Prime Minister Kishida", "Kishida"],
        "kim_jong_un": ["Kim Jong-un"],
    },
    meetings=[
        # "The first phone call between President Moon Jae-in and Japanese Prime Minister Kishida
        # Kishida was held yesterday (15th) at 6:40 pm for about 30 minutes." -> phone, held,
        # 2021-10-15 (the day given as "15th"; see the ARTICLES comment), no place.
        M(["moon_jae_in", "fumio_kishida"], "2021-10-15", None, PH, H,
          "The first phone call between President Moon Jae-in and Japanese Prime Minister Kishida Kishida was held yesterday (15th) at 6:40 pm for about 30 minutes."),
        # Not rows: Kishida's will "to \"face face-to-face with Chairman Kim Jong-un without
        # conditions.\"" (a wish, no meeting arranged); "had reached an agreement with President
        # Moon" (the same call); the dialogue with North Korea (no meeting). Not annotated: North
        # Korea, South Korea, Japan (countries). Kept as found: "Kishida Kishida", "face
        # face-to-face", "South Korea, Japan, South Korea, the United States, and Japan",
        # "expressed interest in and cooperation." and the line-end space. Nothing removed (the
        # excerpt gives the whole story).
    ],
    roles=[("President", "moon_jae_in"), ("Japanese Prime Minister", "fumio_kishida"),
           ("Chairman", "kim_jong_un")],
)

A["dev_12412_pm_solberg_call"] = dict(
    actors={
        "erna_solberg": ["Erna Solberg", "Prime Minister Solberg"],
        "nato": ["NATO"],
        "european_union": ["EU"],
    },
    meetings=[
        # "This evening the Prime Minister called Prime Minister Erna Solberg of Norway ..." (the
        # UK Prime Minister is not named anywhere in the text: a counterpart by role alone, so the
        # row lists only Solberg, as ANNOTATION does for the unnamed UK "Prime Minister") ->
        # phone ("PM call with"), held, 2017-10-26 ("This evening" in a release of 26 October
        # 2017), no place.
        M(["erna_solberg"], "2017-10-26", None, PH, H,
          "This evening the Prime Minister called Prime Minister Erna Solberg of Norway to congratulate her on being re-confirmed as her country’s Prime Minister."),
        # Not rows: "her speech in Florence last month" (a speech); "through NATO" (co-operation,
        # no meeting); "The Prime Minister also took the opportunity to update Prime Minister
        # Solberg" (the same call). Not annotated: the UK and Norway (countries); "the Prime
        # Minister" / "the PM" (unnamed in the text; no key). Kept as found: the title line and the
        # two blank lines after it. Removed: at the end, the blog's comment form ("Leave a Reply",
        # "Your email address will not be published."). Nothing removed at the start.
    ],
    roles=[("her country’s Prime Minister", "erna_solberg")],
)
