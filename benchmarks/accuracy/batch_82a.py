"""Accuracy corpus, batch 82a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 82b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: one, 1990s: four, 2000s: three, 2010s: two, 2020s: one; six of the
twelve from before 2000).
Outlets/sites: The Local Sweden (2011, 2007), ARKA News Agency (2013), a US Embassy Abu Dhabi
cable via the WikiLeaks PlusD archive (1977), IRIN news briefs via the University of Pennsylvania
African Studies Center archive (1999), the Los Angeles Times (an Associated Press story, 1991; a
staff story, 1995), Pacific Islands Report (a Radio New Zealand International story, 2005), theSun
of Malaysia (2025), Kosova Report (an Albanian Telegraphic Agency item on a blog, 2005), the Cyprus
News Agency via HR-Net (1997) and India Today (magazine archive, 1981).
Ten news items, one diplomatic cable and one item of the UN's IRIN news service (counted as the
batch's one official source); no parliamentary record.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
82b) and so are the meetings (grep of the corpus texts for the principals; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_82a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-81b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or not taken; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_162NN_<slug>` / `test_162NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The address's 20110518 (2011-05-18, a Wednesday, checked; no date line in the excerpt):
    # "met ... in Brasilia on Tuesday" -> 2011-05-17 (a Tuesday, checked). Region Latin America
    # (the host and the venue; the visitor is Sweden's prime minister).
    ("dev_16201_reinfeldt_rousseff_brasilia", "Latin America", "2010s", "The Local Sweden (thelocal.se)", "https://www.thelocal.se/20110518/33834/", "2011-05-18"),
    # The address's 20070515 (2007-05-15, a Tuesday, checked; no date line in the excerpt). The
    # text names no day for the talks (see the notes). Region Western Europe (the non-US
    # principal; a Swedish outlet).
    ("dev_16202_reinfeldt_bush_white_house", "Western Europe", "2000s", "The Local Sweden (thelocal.se)", "https://www.thelocal.se/20070515/7318/", "2007-05-15"),
    # The page's "15.07.2013, 15:36" and the dateline "YEREVAN, July 15" (a Monday, checked): "a
    # July 13 meeting" -> 2013-07-13 (a Saturday, checked).
    ("test_16203_nalbandian_vienna_counterpart", "Central Asia/Caucasus", "2010s", "ARKA News Agency (arka.am)", "https://arka.am/en/news/politics/armenian_and_azeri_presidents_likely_to_meet_later_this_year_over_karabakh/", "2013-07-15"),
    # The cable's date-time group "031110Z APR 77" (1977-04-03, a Sunday, checked); the meeting
    # is "MORNING APRIL 3" -> 1977-04-03 (the same day).
    ("dev_16204_zayid_carter_message_cable", "Middle East", "1970s", "US Embassy Abu Dhabi cable 1977ABUDH01027 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1977ABUDH01027_c.html", "1977-04-03"),
    # The title's "[19990519]" and the address's irin051999 (1999-05-19, a Wednesday, checked):
    # "on Tuesday" -> 1999-05-18, "on Monday" -> 1999-05-17, "on Wednesday" -> 1999-05-19.
    ("dev_16205_mubarak_meles_isayas_mediation", "Africa", "1990s", "IRIN news briefs (the UN's Integrated Regional Information Networks), via the University of Pennsylvania African Studies Center archive (africa.upenn.edu)", "http://www.africa.upenn.edu/Hornet/irin051999.html", "1999-05-19"),
    # The address's 1991-05-26 (a Sunday, checked; no date line in the excerpt). The meeting has
    # no day of its own in the text (see the notes).
    ("dev_16206_cuomo_marino_miller_budget", "North America", "1990s", "Los Angeles Times (latimes.com archive; an Associated Press story)", "https://www.latimes.com/archives/la-xpm-1991-05-26-mn-3831-story.html", "1991-05-26"),
    # The page's "March 21, 2005" (a Monday, checked; the address's 2005/03/21 agrees) and the
    # dateline "Mar. 18" (a Friday): "this weekend" -> null (two days).
    ("test_16207_marurai_temaru_papeete_planned", "Oceania", "2000s", "Pacific Islands Report (pireport.org; a Radio New Zealand International story)", "http://www.pireport.org/articles/2005/03/21/cooks-prime-minister-temaru-discuss-recovery?qt-article_tabs=1", "2005-03-21"),
    # The address's 1995-06-10 (a Saturday, checked; no date line in the excerpt): "on Thursday"
    # -> 1995-06-08 (a Thursday, checked). Region East Asia (US-China-Taiwan, as US-China).
    ("dev_16208_clinton_chinese_ambassador_lee_visit", "East Asia", "1990s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1995-06-10-mn-11706-story.html", "1995-06-10"),
    # The search result's date 2025-07-03 (a Thursday, checked; the tool's " date" prefix, removed
    # from the text): "today" -> 2025-07-03.
    ("dev_16209_anwar_paetongtarn_call_state_leaders", "Southeast Asia", "2020s", "theSun (thesun.my)", "https://thesun.my/malaysia-news/malaysia-thailand-committed-to-shared-success-pm-anwar-BC13772074", "2025-07-03"),
    # The blog's "Saturday, May 21, 2005" (checked) and the dateline "Tirana, 21 May" and source
    # line "21 May 05": "met today" -> 2005-05-21.
    ("dev_16210_moisiu_mesic_varna", "Eastern Europe/Russia", "2000s", "Kosova Report (kosovareport.blogspot.com; an Albanian Telegraphic Agency item, as its source line shows)", "http://kosovareport.blogspot.com/2005/05/albanian-croatian-presidents-discuss.html", "2005-05-21"),
    # The header "News in English (AM), 97-07-08" and the dateline "New York, Jul 8" (1997-07-08, a
    # Tuesday, checked): "Tuesday morning", "Later today", "In the evening", "later today" ->
    # 1997-07-08; "starting Wednesday" -> 1997-07-09; "Monday afternoon" -> 1997-07-07. Region
    # Western Europe (Cyprus, as in `test_12207` and `dev_6104`).
    ("test_16211_clerides_holbrooke_new_york", "Western Europe", "1990s", "Cyprus News Agency (via HR-Net, athena.hri.org)", "http://athena.hri.org/news/cyprus/cna/1997/97-07-08.cna.html", "1997-07-08"),
    # The address's 19810515 (the issue date, 1981-05-15, a Friday; the address also carries the
    # archive's 2014-02-24), as for the other India Today archive pages of the corpus. "Last
    # month" -> null.
    ("dev_16212_ganga_waters_dacca_review", "South Asia", "1980s", "India Today (magazine archive)", "https://www.indiatoday.in/magazine/neighbours/story/19810515-india-and-bangladesh-fail-to-reach-agreement-on-ganga-waters-dispute-805956-2014-02-24", "1981-05-15"),
]

A = {}

A["dev_16201_reinfeldt_rousseff_brasilia"] = dict(
    actors={
        "fredrik_reinfeldt": ["Swedish Prime Minister Fredrik Reinfeldt", "Fredrik Reinfeldt", "Reinfeldt"],
        "dilma_rousseff": ["Brazilian President Dilma Rouseff", "President Dilma Rouseff", "Dilma Rouseff", "Rousseff"],
        "hakan_bushke": ["Håkan Bushke"],
        "nelson_jobim": ["Brazilian Defense Minister Nelson Jobim", "Nelson Jobim"],
        "saab": ["Saab"],
        "international_monetary_fund": ["International Monetary Fund", "IMF"],
        "world_bank": ["World Bank"],
        "un_security_council": ["UN Security Council"],
    },
    meetings=[
        # "Swedish Prime Minister Fredrik Reinfeldt met Brazilian President Dilma Rouseff in
        # Brasilia on Tuesday ..." (= "Rousseff told reporters she spoke with Reinfeldt", "The
        # meeting also covered", "The visit") -> held, 2011-05-17, Brasilia.
        M(["fredrik_reinfeldt", "dilma_rousseff"], "2011-05-17", "Brasilia", IP, H,
          "Swedish Prime Minister Fredrik Reinfeldt met Brazilian President Dilma Rouseff in Brasilia on Tuesday to meet with President Dilma Rouseff and to discuss ethanol, environmental concerns and technological cooperation."),
        # "... Håkan Bushke, was scheduled to meet later with Brazilian Defense Minister Nelson
        # Jobim about details of the project." -> planned, date null ("later"), place null (the
        # text gives none for this meeting). A company executive and a minister: both named.
        M(["hakan_bushke", "nelson_jobim"], None, None, IP, P,
          "But the top executive of Saab, Håkan Bushke, was scheduled to meet later with Brazilian Defense Minister Nelson Jobim about details of the project."),
        # Not rows: "Rousseff told reporters" (statements on the same meeting); "will continue his
        # trip to Sao Paulo and then on to Santiago, Chile" (a trip, no host named); the fighter
        # jet contract and the Rio+20 conference (a contract and an event). Not annotated:
        # "officials", "reporters", "several manufacturers" (generic); the Rio+20 UN Conference
        # on Sustainable Development (an event); Brazil, Sweden, Tanzania, Brasilia, Sao Paulo,
        # Santiago, Chile (places/states). Removed: at the end, the site block "Member comments",
        # "Log in here to leave a comment.", "Become a Member to leave a comment.". Nothing at
        # the start. Kept as found: "Rouseff" (three times, beside "Rousseff"), the redundant
        # "in Brasilia on Tuesday to meet with President Dilma Rouseff".
    ],
    roles=[("Swedish Prime Minister", "fredrik_reinfeldt"), ("Brazilian President", "dilma_rousseff"),
           ("the top executive of Saab", "hakan_bushke"), ("Brazilian Defense Minister", "nelson_jobim")],
)

A["dev_16202_reinfeldt_bush_white_house"] = dict(
    actors={
        "fredrik_reinfeldt": ["Swedish Prime Minister Fredrik Reinfeldt", "Fredrik Reinfeldt", "Reinfeldt"],
        "george_w_bush": ["President George W Bush", "George W Bush", "President Bush", "Bush"],
        "white_house": ["White House"],
        "european_union": ["EU"],
    },
    meetings=[
        # "... Reinfeldt has been discussing climate change and energy policy with President George
        # W Bush at the White House ..." (= "went directly in to talks with Bush", "one hour of
        # talks", "the meeting") -> held, date null (the text names no day: neither "today" nor
        # a weekday; the page's address gives 2007-05-15; see the notes), Washington (the White
        # House resolved to its city, as in ANNOTATION.md).
        M(["fredrik_reinfeldt", "george_w_bush"], None, "Washington", IP, H,
          "Swedish Prime Minister Fredrik Reinfeldt has been discussing climate change and energy policy with President George W Bush at the White House, in the high-point of his visit to the United States."),
        # Not rows: "At a press conference in the Oval Office" and "he told journalists" (news
        # conferences and statements on the same meeting); the Doha round of trade talks
        # (multilateral talks); Reinfeldt's promise to raise the refugee issue (no meeting). Not
        # annotated: "journalists" (generic); the Doha round and the Iraq war (events);
        # Afghanistan, Darfur, Sweden, the United States, the Oval Office (places/states/rooms).
        # Removed: at the end, the cut-off sentence "One feels the force of" (the quotation is
        # therefore left open). Nothing at the start. Kept as found: "went directly in to talks",
        # "centred".
    ],
    roles=[("Swedish Prime Minister", "fredrik_reinfeldt"), ("The Prime Minister", "fredrik_reinfeldt")],
)

A["test_16203_nalbandian_vienna_counterpart"] = dict(
    actors={
        "edward_nalbandian": ["Armenian foreign minister Edward Nalbandian", "Edward Nalbandian", "Nalbandian"],
        "osce": ["OSCE"],
        "osce_minsk_group": ["OSCE Minks Group"],
    },
    meetings=[
        # "... Nalbandian said he discussed this question at a July 13 meeting with his
        # Azerbaijani counterpart in Vienna, Austria." (= "the Vienna meeting", "one-to-one
        # meeting of foreign ministers") -> the counterpart is given by role alone: a one-party
        # Nalbandian row, held, 2013-07-13, Vienna.
        M(["edward_nalbandian"], "2013-07-13", "Vienna", IP, H,
          "Speaking at a news conference, Nalbandian said he discussed this question at a July 13 meeting with his Azerbaijani counterpart in Vienna, Austria."),
        # Not rows: "the presidents of Armenia and Azerbaijan are likely to meet later this year"
        # (the headline's meeting: neither president is named, and "likely" is no arrangement;
        # see the notes); "the presidents were to meet earlier this year but ... the meeting did
        # not take place" (a meeting that did not take place); the co-chairs' "presence" (unnamed
        # attendees of the same meeting); "Speaking at a news conference" (a news conference).
        # Not annotated: the agency credit "/ARKA/" in the dateline; "his Azerbaijani
        # counterpart", "the presidents", "the OSCE Minks Group co-chairs", "Azerbaijani media"
        # (unnamed or generic); Armenia, Azerbaijan (also as metonymy), Vienna, Austria,
        # Nagorno-Karabakh, the Soviet Union (places/states). Removed: at the end, the cut-off
        # sentence "Full-scale fighting, in". Nothing at the start. Kept as found: the repeated
        # lead, "Minks", the mixed quote marks ‘...\", "find out a solution", "1991, December 10".
    ],
    roles=[("Armenian foreign minister", "edward_nalbandian"), ("The Armenian minister", "edward_nalbandian")],
)

A["dev_16204_zayid_carter_message_cable"] = dict(
    actors={
        "zayed_bin_sultan_al_nahyan": ["UAE PRESIDENT SHAIKH ZAYID", "SHAIKH ZAYID", "ZAYID"],
        "jimmy_carter": ["PRESIDENT CARTER", "CARTER"],
        "anwar_sadat": ["PRESIDENT SADAT", "SADAT"],
        "ali_shurafa": ["ALI SHURAFA"],
        "government_of_the_united_arab_emirates": ["UAEG"],
    },
    meetings=[
        # "1. I MET WITH UAE PRESIDENT SHAIKH ZAYID MORNING APRIL 3 ..." -> the writer ("I", the
        # ambassador) is not named in the text: a one-party Zayid row, held, 1977-04-03, Abu
        # Dhabi ("ZAYID'S FIRST FULL WORKING DAY BACK IN ABU DHABI"; the cable is from the embassy
        # there). Shurafa "JOINED" the meeting under way: an attendee from the host's side.
        M(["zayed_bin_sultan_al_nahyan"], "1977-04-03", "Abu Dhabi", IP, H,
          "1. I MET WITH UAE PRESIDENT SHAIKH ZAYID MORNING APRIL 3 TO DELIVER PRESIDENT CARTER'S MESSAGE (REFTEL) GIVING OUR ASSESSMENT OF PROSPECTS FOR RESUMING THE PEACEMAKING PROCESS IN THE MIDDLE EAST."),
        # "... JUST BEFORE PRESIDENTCARTER WILL MEET WITH PRESIDENT SADAT." -> planned, date null,
        # place null (the text gives neither).
        M(["jimmy_carter", "anwar_sadat"], None, None, IP, P,
          "ZAYID ASKED ME TO THANK THE PRESIDENT FOR HIS MESSAGE NOTING THAT IT HAD COME JUST BEFORE PRESIDENTCARTER WILL MEET WITH PRESIDENT SADAT."),
        # Not rows: Carter's message to Zayid (a message, read out by the ambassador: the same
        # meeting); Zayid "VISITING AL AIN AND OTHER AGRICULTURAL AREAS" (a tour, no host named);
        # "NOT BEEN SENT TO OTHER ARAB LEADERS" (messages). Not annotated: the routing and header
        # lines (SS, SECSTATE WASHDC, the embassy); "I"/"ME" (the unnamed ambassador); "OTHER ARAB
        # LEADERS" (generic); Abu Dhabi, Al Ain, the northern emirates, the Middle East
        # (places). Removed: at the end, the cut-off sentence "HE WAS LOOKING FORWARD TO LEARN THE
        # RESULTS OF THAT MEETING AND THAT OF THE OTH". Nothing at the start. Kept as found: the
        # header and page-break lines, "PLEASEDAND", "ROLEWHICH", "PRESIDENTCARTER", the
        # hyphenated line breaks "EXTER-NALLY", "CONSTRUCT-IVE", "RE-FLECTION". Shurafa's title
        # "DIRECTOR OF THE PRESIDENTIAL COURT" is broken over two lines in the text, so it is not
        # listed as a role phrase (role phrases are matched verbatim).
    ],
    roles=[("UAE PRESIDENT", "zayed_bin_sultan_al_nahyan"), ("THE PRESIDENT", "jimmy_carter")],
)

A["dev_16205_mubarak_meles_isayas_mediation"] = dict(
    actors={
        "meles_zenawi": ["Ethiopian Prime Minister Meles Zenawi", "Meles Zenawi", "Meles"],
        "hosni_mubarak": ["Egyptian President Hosni Mubarak", "Hosni Mubarak", "Mubarak"],
        "isaias_afwerki": ["Eritrean President Isayas Afewerki", "Isayas Afewerki", "Isayas"],
        "amr_moussa": ["Egyptian Foreign Minister Amr Musa", "Amr Musa", "Musa"],
        "reuters": ["Reuters"],
        "organization_of_african_unity": ["OAU"],
        "us_embassy_asmara": ["US embassy in Asmara"],
        "us_state_department": ["State Department"],
        "irin": ["IRIN"],
    },
    meetings=[
        # "Ethiopian Prime Minister Meles Zenawi on Tuesday briefed Egyptian President Hosni
        # Mubarak ..." (= "the talks between Meles and Mubarak on Tuesday"; the headline "Mubarak
        # hosts Meles") -> held, 1999-05-18, place null (no city or country is given for the
        # talks; "hosts" implies Egypt, which the text does not say; see the notes).
        M(["meles_zenawi", "hosni_mubarak"], "1999-05-18", None, IP, H,
          "Ethiopian Prime Minister Meles Zenawi on Tuesday briefed Egyptian President Hosni Mubarak on Addis Ababa's point of view on the Ethiopia-Eritrea conflict."),
        # "Mubarak ... met Eritrean President Isayas Afewerki on Monday." -> held, 1999-05-17,
        # place null.
        M(["hosni_mubarak", "isaias_afwerki"], "1999-05-17", None, IP, H,
          "Mubarak, who has been trying to mediate a peace deal in recent weeks, met Eritrean President Isayas Afewerki on Monday."),
        # "Meles was scheduled to resume talks with Mubarak on Wednesday." -> a scheduled
        # next-day session distinguished from the held one (as `dev_035`): planned, 1999-05-19
        # (the day of the item), place null.
        M(["meles_zenawi", "hosni_mubarak"], "1999-05-19", None, IP, P,
          "Meles was scheduled to resume talks with Mubarak on Wednesday."),
        # Not rows: Musa's and Isayas' words "Reuters reported" (statements); the US embassy's
        # release of a State Department statement and its spokesman's words to IRIN
        # (statements); the OAU framework agreement (an agreement). IRIN is annotated: it is named
        # in the body ("told IRIN") besides the title. Not annotated: "An embassy spokesman"
        # (unnamed); "the Ethiopian government", "this government" (descriptions); Addis Ababa
        # and Asmara (also as metonymy), Ethiopia, Eritrea, Massawa port, Binbina, Zalambessa, the
        # US (places/states). Removed: at the end, the cut-off fragment "Ethio" (the start of the
        # next brief). Nothing at the start. Kept as found: the doubled title line, "Isayas
        # Afewerki", "Amr Musa", the comma after the closing quote in "to survive\",".
    ],
    roles=[("Ethiopian Prime Minister", "meles_zenawi"), ("Egyptian President", "hosni_mubarak"),
           ("Eritrean President", "isaias_afwerki"), ("the Eritrean president", "isaias_afwerki"),
           ("Egyptian Foreign Minister", "amr_moussa")],
)

_NY = ("“We’re making progress but we’re not there,” Senate Majority Leader Ralph Marino said after a meeting with Cuomo and Assembly Speaker Mel Miller, both Democrats.")
A["dev_16206_cuomo_marino_miller_budget"] = dict(
    actors={
        "mario_cuomo": ["Gov. Mario M. Cuomo", "Mario M. Cuomo", "Cuomo"],
        "ralph_marino": ["Senate Majority Leader Ralph Marino", "Ralph Marino"],
        "mel_miller": ["Assembly Speaker Mel Miller", "Mel Miller"],
        "new_york_state_legislature": ["Legislature"],
        "new_york_state_assembly": ["Assembly"],
        "new_york_state_senate": ["Senate"],
    },
    meetings=[
        # "... Ralph Marino said after a meeting with Cuomo and Assembly Speaker Mel Miller ..."
        # -> a meeting of three named people: one row per pair; held; date null (the text dates
        # the missed deadline "Saturday" but gives the meeting no day of its own; see the
        # notes); place null (no city is named; Albany is not in the text).
        M(["ralph_marino", "mario_cuomo"], None, None, IP, H, _NY),
        M(["ralph_marino", "mel_miller"], None, None, IP, H, _NY),
        M(["mario_cuomo", "mel_miller"], None, None, IP, H, _NY),
        # Not rows: "the Assembly held a rare Memorial Day weekend session" (a plenary of a
        # chamber); "budget negotiations" and "the sides" (unnamed negotiators); the "agreement
        # between the ... Assembly and the ... Senate" (no agreement, no meeting). Not annotated:
        # the credit "From Associated Press"; "New York City officials", "one top New York City
        # official", "state government", "the governor" (unnamed or generic); "Democrats",
        # "Democrat-controlled", "Republican-controlled" (party labels as descriptions); New York
        # City, New York state (places). Removed: at the start, the site line "Advertisement"; at
        # the end, the cut-off paragraph ("New York City has already borrowed $1.25 billion
        # because of the delay, and Mayor David N. Dinkins told his a"), so Dinkins is not in the
        # stored text. Kept as found: "Share", the credit line, the two "Advertisement" lines
        # inside the text, ‘Drop Dead’.
    ],
    roles=[("Senate Majority Leader", "ralph_marino"), ("Assembly Speaker", "mel_miller")],
)

_PPT = ("WELLINGTON, New Zealand (RNZI, Mar. 18) –Cook Islands Prime Minister Jim Marurai and Foreign Affairs Minister Tom Marsters are due to visit Papeete this weekend for talks with the new president of French Polynesia, Oscar Temaru.")
A["test_16207_marurai_temaru_papeete_planned"] = dict(
    actors={
        "jim_marurai": ["Cook Islands Prime Minister Jim Marurai", "Jim Marurai"],
        "tom_marsters": ["Foreign Affairs Minister Tom Marsters", "Tom Marsters", "Marsters"],
        "oscar_temaru": ["Oscar Temaru", "Mr Temaru"],
        "government_of_the_cook_islands": ["Cook Islands government"],
    },
    meetings=[
        # "... Marurai and ... Marsters are due to visit Papeete this weekend for talks with ...
        # Oscar Temaru." (= "a request from Mr Temaru for both parties to discuss", "to sit down
        # with the Prime minister and officials") -> planned, date null ("this weekend": two
        # days), Papeete. A meeting of three named people: one row per pair; Marurai-Marsters
        # (two members of the same visiting delegation) required false (as the same-side pairs
        # of `dev_017` and `test_16003`).
        M(["jim_marurai", "oscar_temaru"], None, "Papeete", IP, P, _PPT),
        M(["tom_marsters", "oscar_temaru"], None, "Papeete", IP, P, _PPT),
        M(["jim_marurai", "tom_marsters"], None, "Papeete", IP, P, _PPT, False),
        # "... when the cyclones hit, Papeete was the first to call the Cook Islands government
        # ..." -> phone, held, date null ("last month"), no place; the caller is given only as
        # "Papeete" (a place as metonymy for French Polynesia's government, not an annotated
        # actor): a one-party row for the called government, required false (a call between
        # governments, no person named; see the notes).
        M(["government_of_the_cook_islands"], None, None, PH, H,
          "Marsters says when the cyclones hit, Papeete was the first to call the Cook Islands government and offer services to help in the recovery.", False),
        # Not rows: "The visit follows a request from Mr Temaru" (a request for the same
        # meeting). Not annotated: the agency credits "(RNZI, Mar. 18)" and "Radio New Zealand
        # International:" at the end; "officials from the Cook Islands", "his administration",
        # "the President’s office" (unnamed or descriptions); Wellington, New Zealand, Papeete
        # and Tahiti (also as metonymy), French Polynesia, the Cook Islands (places/states).
        # Removed: at the start, the site line "admin's picture"; at the end, the site lines
        # "Rate this article:", "No votes yet", "Add new comment". Kept as found: the dash
        # without a space "–Cook Islands", "Prime minister", "Cook islands", the date line
        # "March 21, 2005".
    ],
    roles=[("Cook Islands Prime Minister", "jim_marurai"), ("the Prime minister", "jim_marurai"),
           ("Foreign Affairs Minister", "tom_marsters"),
           ("the new president of French Polynesia", "oscar_temaru"), ("The President", "oscar_temaru")],
)

A["dev_16208_clinton_chinese_ambassador_lee_visit"] = dict(
    actors={
        "lee_teng_hui": ["Taiwanese President Lee Teng-hui", "Lee Teng-hui", "Lee"],
        "cornell_university": ["Cornell University", "Cornell"],
        "white_house": ["White House"],
        "clinton_administration": ["Clinton Administration"],
        "bill_clinton": ["President Clinton", "Clinton"],
        "xinhua_news_agency": ["New China News Agency"],
        "mike_mccurry": ["White House Press Secretary Mike McCurry", "Mike McCurry"],
    },
    meetings=[
        # "President Clinton called the Chinese ambassador to the White House on Thursday ..." (=
        # "the ambassador told the President") -> "called ... to the White House" is a summons:
        # in person, not a telephone call; the ambassador is not named: a one-party Clinton row,
        # held, 1995-06-08, Washington (the White House resolved to its city).
        M(["bill_clinton"], "1995-06-08", "Washington", IP, H,
          "President Clinton called the Chinese ambassador to the White House on Thursday to assure him that the United States’ “one China” policy had not shifted."),
        # Not rows: Lee's speech at Cornell and his words to "Cornell alumni and hundreds of
        # Taiwanese nationals" (a speech); the "visit" of Lee to the United States (a trip, no
        # host named; "unofficial"); McCurry's observation (a statement); "the official New China
        # News Agency said" (a report). Not annotated: the byline "TIMES STAFF WRITER"; "the
        # Chinese ambassador" (unnamed); "The U.S. government", "the Communist regime in
        # Beijing", "the Nationalist government" (descriptions); the United States, America,
        # China, Taiwan, Taipei and Beijing (also as metonymy) (places/states). Removed: at the
        # start, the site line "Advertisement"; at the end, the cut-off sentence ("China
        # postponed a session of missile control talks and canceled"). Kept as found: "Share",
        # the byline, the "Advertisement" line inside the text, "Lee--in", "University--asserted".
    ],
    roles=[("Taiwanese President", "lee_teng_hui"), ("Taiwan’s top leader", "lee_teng_hui"),
           ("the President", "bill_clinton"), ("White House Press Secretary", "mike_mccurry")],
)

_MB = ("He said this was a key point he stressed during separate meetings today with Perlis Menteri Besar Mohd Shukri Ramli, Kedah Menteri Besar Datuk Seri Muhammad Sanusi Md Nor, Pahang Menteri Besar Datuk Seri Wan Rosdy Wan Ismail and Penang Chief Minister Chow Kon Yeow.")
A["dev_16209_anwar_paetongtarn_call_state_leaders"] = dict(
    actors={
        "anwar_ibrahim": ["Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", "Anwar"],
        "paetongtarn_shinawatra": ["Paetongtarn Shinawatra"],
        "mohd_shukri_ramli": ["Perlis Menteri Besar Mohd Shukri Ramli", "Mohd Shukri Ramli"],
        "muhammad_sanusi_md_nor": ["Kedah Menteri Besar Datuk Seri Muhammad Sanusi Md Nor", "Datuk Seri Muhammad Sanusi Md Nor", "Muhammad Sanusi Md Nor"],
        "wan_rosdy_wan_ismail": ["Pahang Menteri Besar Datuk Seri Wan Rosdy Wan Ismail", "Datuk Seri Wan Rosdy Wan Ismail", "Wan Rosdy Wan Ismail"],
        "chow_kon_yeow": ["Penang Chief Minister Chow Kon Yeow", "Chow Kon Yeow"],
        "tuanku_syed_sirajuddin": ["Tuanku Syed Sirajuddin Tuanku Syed Putra Jamalullail"],
        "asean": ["ASEAN"],
        "government_of_thailand": ["Thai government"],
        "government_of_malaysia": ["Federal Government"],
    },
    meetings=[
        # "... during a phone conversation today with his Thai counterpart Paetongtarn Shinawatra
        # ..." -> phone, held, 2025-07-03, no place.
        M(["anwar_ibrahim", "paetongtarn_shinawatra"], "2025-07-03", None, PH, H,
          "In a Facebook post, the Prime Minister said that during a phone conversation today with his Thai counterpart Paetongtarn Shinawatra, they discussed several key issues concerning both countries."),
        # "... separate meetings today with ... Mohd Shukri Ramli, ... Muhammad Sanusi Md Nor,
        # ... Wan Rosdy Wan Ismail and ... Chow Kon Yeow." -> four separate bilaterals (one row
        # each, as `dev_032`), held, 2025-07-03, Malaysia (the text does not say where the
        # meetings were held; the dateline KUALA LUMPUR is not given as their venue; the country
        # as in `dev_16010`; see the notes).
        M(["anwar_ibrahim", "mohd_shukri_ramli"], "2025-07-03", "Malaysia", IP, H, _MB),
        M(["anwar_ibrahim", "muhammad_sanusi_md_nor"], "2025-07-03", "Malaysia", IP, H, _MB),
        M(["anwar_ibrahim", "wan_rosdy_wan_ismail"], "2025-07-03", "Malaysia", IP, H, _MB),
        M(["anwar_ibrahim", "chow_kon_yeow"], "2025-07-03", "Malaysia", IP, H, _MB),
        # Not rows: the Facebook posts (statements); "an official invitation from the Perlis
        # Menteri Besar for the Silver Jubilee Celebration" (an invitation, a letter; the
        # celebration is an event); "the appointment of a new chief negotiator" (no meeting).
        # Facebook is not annotated (a platform, not a political actor). Not annotated: "a new
        # chief negotiator", "state governments" (unnamed or generic); "Malaysia and Thailand"
        # (states); Sungai Golok, southern Thailand, Kuala Lumpur (places). Removed: at the start,
        # the tool's " date 2025-07-03" prefix. Nothing at the end. Kept as found: "Datuk Seri"
        # titles, the open-ended first quotation paragraph.
    ],
    roles=[("the Prime Minister", "anwar_ibrahim"), ("his Thai counterpart", "paetongtarn_shinawatra"),
           ("Perlis Menteri Besar", "mohd_shukri_ramli"), ("the Perlis Menteri Besar", "mohd_shukri_ramli"),
           ("Kedah Menteri Besar", "muhammad_sanusi_md_nor"), ("Pahang Menteri Besar", "wan_rosdy_wan_ismail"),
           ("Penang Chief Minister", "chow_kon_yeow"),
           ("His Royal Highness Raja of Perlis", "tuanku_syed_sirajuddin")],
)

A["dev_16210_moisiu_mesic_varna"] = dict(
    actors={
        "alfred_moisiu": ["Alfred Moisiu"],
        "stipe_mesic": ["Stipe Mesic", "Mesic"],
        "press_office_of_the_albanian_president": ["Press Office of the Albanian President"],
    },
    meetings=[
        # "The president of Albania, Alfred Moisiu, and the president of Croatia, Stipe Mesic, met
        # today in Varna (Bulgaria) ..." -> held, 2005-05-21, Varna (a bilateral on the sidelines
        # of the Varna Forum, which is not itself a row).
        M(["alfred_moisiu", "stipe_mesic"], "2005-05-21", "Varna", IP, H,
          "Tirana, 21 May: The president of Albania, Alfred Moisiu, and the president of Croatia, Stipe Mesic, met today in Varna (Bulgaria) and discussed the situation in the region."),
        # Not rows: the Varna Forum (a multilateral meeting); Mesic's "idea to visit Kosovo in a
        # near future" (a trip, no host named, only an idea); the press office's account (a
        # statement on the same meeting). Not annotated: the source line "Source: ATA news
        # agency, Tirana, ..." (a credit); "other counterparts in the region" (generic); the Varna
        # Forum (an event); Tirana, Varna, Bulgaria, Kosovo, Albania, Croatia (places/states).
        # Removed: at the end, the blog's comment block ("1 comment:", "rugova said...", "consider
        # this tirana"). Nothing at the start. Kept as found: the blog's date line, "[Passage
        # omitted]", "in a near future", "Mesic" without its diacritic.
    ],
    roles=[("The president of Albania", "alfred_moisiu"), ("the Albanian President", "alfred_moisiu"),
           ("his Albanian counterpart", "alfred_moisiu"),
           ("the president of Croatia", "stipe_mesic"), ("The president of Croatia", "stipe_mesic")],
)

_CY1 = ("Cyprus President Glafcos Clerides is scheduled to have a working breakfast here Tuesday morning with US Presidential Emissary on Cyprus Richard Holbrooke, as part of a series of contacts ahead of the UN-sponsored direct talks starting Wednesday with Turkish Cypriot leader Rauf Denktash.")
_CYD = ("In the evening, the Cypriot President and Denktash will attend a dinner UN Secretary-General Kofi Annan is giving at his residence in the presence of envoys on Cyprus from different countries.")
_CYM = ("Clerides met Monday afternoon at his hotel, the Waldorf Astoria, with British High Commissioner to Cyprus David Madden, who will meet later today with Denktash.")
A["test_16211_clerides_holbrooke_new_york"] = dict(
    actors={
        "glafcos_clerides": ["Cyprus President Glafcos Clerides", "Glafcos Clerides", "President Clerides", "Clerides"],
        "richard_holbrooke": ["US Presidential Emissary on Cyprus Richard Holbrooke", "Richard Holbrooke", "Holbrooke"],
        "rauf_denktash": ["Turkish Cypriot leader Rauf Denktash", "Rauf Denktash", "Denktash"],
        "vladimir_chizhov": ["Vladimir Tchizhov"],
        "russian_foreign_ministry": ["Russian Foreign Ministry"],
        "kofi_annan": ["UN Secretary-General Kofi Annan", "Kofi Annan"],
        "united_nations": ["UN"],
        "luigi_boselli": ["Luigi Boselli"],
        "european_union": ["European Union", "EU"],
        "european_commission": ["European Commission"],
        "kester_heaslip": ["Kester Heaslip"],
        "david_madden": ["British High Commissioner to Cyprus David Madden", "David Madden", "Madden"],
    },
    meetings=[
        # "... Clerides is scheduled to have a working breakfast here Tuesday morning with ...
        # Richard Holbrooke ..." (the headline's "to meet Holbrooke in New York"; "The President's
        # meeting with Holbrooke is one of many meetings taking place here in New York") ->
        # planned, 1997-07-08, New York.
        M(["glafcos_clerides", "richard_holbrooke"], "1997-07-08", "New York", IP, P, _CY1),
        # The same sentence: "the UN-sponsored direct talks starting Wednesday with ... Rauf
        # Denktash" -> planned, 1997-07-09, place null (the text does not say where the talks
        # will be held: "here in New York" is said of the contacts "before the start of the
        # talks").
        M(["glafcos_clerides", "rauf_denktash"], "1997-07-09", None, IP, P, _CY1),
        # "A second meeting between President Clerides and Holbrooke is expected to take place at
        # the end of the talks ..." -> planned, date null, place null.
        M(["glafcos_clerides", "richard_holbrooke"], None, None, IP, P,
          "A second meeting between President Clerides and Holbrooke is expected to take place at the end of the talks before Clerides leaves for London."),
        # "Later today, President Clerides is due to meet with ... Vladimir Tchizhov." -> planned,
        # 1997-07-08, New York (one of the contacts "here in New York").
        M(["glafcos_clerides", "vladimir_chizhov"], "1997-07-08", "New York", IP, P,
          "Later today, President Clerides is due to meet with Head of the Russian Foreign Ministry's Third Directorate for European Affairs, Vladimir Tchizhov."),
        # "In the evening, the Cypriot President and Denktash will attend a dinner ... Kofi Annan
        # is giving at his residence in the presence of envoys ..." -> a dinner of three named
        # people and unnamed envoys: one row per pair, planned, 1997-07-08, New York; all three
        # required false (a social dinner of a larger company that the two "attend"; see the
        # notes).
        M(["glafcos_clerides", "rauf_denktash"], "1997-07-08", "New York", IP, P, _CYD, False),
        M(["glafcos_clerides", "kofi_annan"], "1997-07-08", "New York", IP, P, _CYD, False),
        M(["rauf_denktash", "kofi_annan"], "1997-07-08", "New York", IP, P, _CYD, False),
        # "On Tuesday morning, ... Luigi Boselli, ... and ... Kester Heaslip, will exchange views
        # ..." -> planned, 1997-07-08, New York.
        M(["luigi_boselli", "kester_heaslip"], "1997-07-08", "New York", IP, P,
          "On Tuesday morning, European Union representative to the talks, Luigi Boselli, Head of the Delegation of the European Commission to the UN, and EU Presidency envoy for the Cyprus problem Kester Heaslip, will exchange views ahead of the Secretary-General's dinner and discuss other contacts they may have in the days to come."),
        # "Clerides met Monday afternoon at his hotel, the Waldorf Astoria, with ... David Madden,
        # ..." (= "Speaking after his meeting with President Clerides") -> held, 1997-07-07, New
        # York (the hotel is named without a city; the meetings "here in New York").
        M(["glafcos_clerides", "david_madden"], "1997-07-07", "New York", IP, H, _CYM),
        # "... Madden, who will meet later today with Denktash." -> planned, 1997-07-08, New York.
        M(["david_madden", "rauf_denktash"], "1997-07-08", "New York", IP, P, _CYM),
        # Not rows: "before Clerides leaves for London" (a trip, no host named); "other contacts
        # they may have" (unspecified); Madden's words after the meeting (a statement). Not
        # annotated: the header's outlet name and "(CNA)" in the dateline; the byline "by Maria
        # Myles"; "envoys on Cyprus from different countries" (unnamed); "the Delegation of the
        # European Commission to the UN" and "Third Directorate for European Affairs" (only inside
        # titles); New York, London, Cyprus, Britain, the Waldorf Astoria (places/states/a hotel).
        # Removed: at the start, the site lines "Compact version |", "|", the page's current date
        # "Thursday, 26 December 2024 | ||", "|"; at the end, the cut-off sentence "Asked what his
        # government's contribution is to the talks, Madden said". Kept as found: the header
        # with the run-together "97-07-08Cyprus", "Next ArticleFrom", "cy>CONTENTS", "New Yorkby
        # Maria MylesNew York" and "Denktash.A second", "Tchizhov".
    ],
    roles=[("Cyprus President", "glafcos_clerides"), ("the Cypriot President", "glafcos_clerides"),
           ("The President", "glafcos_clerides"),
           ("US Presidential Emissary on Cyprus", "richard_holbrooke"),
           ("Turkish Cypriot leader", "rauf_denktash"),
           ("Head of the Russian Foreign Ministry's Third Directorate for European Affairs", "vladimir_chizhov"),
           ("UN Secretary-General", "kofi_annan"), ("the Secretary-General", "kofi_annan"),
           ("European Union representative to the talks", "luigi_boselli"),
           ("Head of the Delegation of the European Commission to the UN", "luigi_boselli"),
           ("EU Presidency envoy for the Cyprus problem", "kester_heaslip"),
           ("British High Commissioner to Cyprus", "david_madden")],
)

A["dev_16212_ganga_waters_dacca_review"] = dict(
    actors={
        "rao_birendra_singh": ["India's Minister for Agriculture and Irrigation Rao Birendra Singh", "Rao Birendra Singh", "Singh"],
        "ajit_bhattacharjea": ["Veteran editor Ajit Bhattacharjea", "Ajit Bhattacharjea", "Bhattacharjea"],
        "ziaur_rahman": ["Bangladesh President Ziaur Rahman", "Ziaur Rahman"],
        "indira_gandhi": ["Indian Prime Minister Indira Gandhi", "Indira Gandhi"],
    },
    meetings=[
        # "Last month ... Rao Birendra Singh ... led the Indian delegation visiting Dacca for the
        # third meeting held to review the five-year agreement ..." (= the lead's "high level
        # delegations ... failed to reach agreement ... last month", "The Dacca meeting") -> the
        # Bangladeshi side is not named: a one-party Singh row, held, date null ("Last month"),
        # Dacca.
        M(["rao_birendra_singh"], None, "Dacca", IP, H,
          "Last month India's Minister for Agriculture and Irrigation Rao Birendra Singh, a seasoned politician from Haryana, but with no previous knowledge of international negotiations, led the Indian delegation visiting Dacca for the third meeting held to review the five-year agreement on sharing and augmenting the flow of Ganga waters at Farakka signed in November 1977."),
        # "On the Indian side, it was suggested that this meant a meeting between ... Ziaur Rahman
        # and ... Indira Gandhi." -> planned, date null, place null; required false (one side's
        # reading of "refer the issue to a higher political level", not an arranged or announced
        # meeting; see the notes).
        M(["ziaur_rahman", "indira_gandhi"], None, None, IP, P,
          "On the Indian side, it was suggested that this meant a meeting between Bangladesh President Ziaur Rahman and Indian Prime Minister Indira Gandhi.", False),
        # Not rows: "the last review meeting scheduled to be held six months before the expiry"
        # (no participants named); Bhattacharjea's request to "the Bangladesh authorities" and
        # his trip upcountry (unnamed authorities; a reporter's travel); the 1977 agreement (an
        # agreement). Bhattacharjea is annotated: he is named in the body (the editors' preface
        # to his report), not in a byline. Not annotated: "the Indian delegation", "the Bangladesh
        # authorities", "the Indian news media" (unnamed or generic); India, Bangladesh, Dacca,
        # Haryana, Farakka (places/states). Removed: at the end, the cut-off fragment "Bangladesh
        # papers noted th". Nothing at the start. Kept as found: the repeated lead paragraph,
        # "Ajit Bhattacharjea, happened", "His report.", "Dacca".
    ],
    roles=[("India's Minister for Agriculture and Irrigation", "rao_birendra_singh"),
           ("Veteran editor", "ajit_bhattacharjea"), ("Bangladesh President", "ziaur_rahman"),
           ("Indian Prime Minister", "indira_gandhi")],
)
