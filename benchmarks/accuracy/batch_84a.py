"""Accuracy corpus, batch 84a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 84b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: two, 1990s: two, 2000s: two, 2010s: four, 2020s: one; five of the
twelve from before 2000).
Outlets/sites: a State Department cable via the WikiLeaks PlusD archive (1977), The Hindu
(2011), the Los Angeles Times (1985, 1987), OANA (a Jiji Press item, 2013), Radio Free
Europe/Radio Liberty (1999), VietnamPlus (a VNA item, 2023), RNZ (2005), Stabroek News (the text
of a Guyana-Venezuela joint statement, 2013), Global News (a Canadian Press story, 2017), an RFE/RL
Newsline issue via friends-partners.org (1999) and a WordPress blog (Forma Mentis, 2009).
Ten news items, one diplomatic cable and one official text (the joint statement, carried by a
newspaper); one of the news items is a blog post (see the notes).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
84b) and so are the meetings (grep of the corpus texts for the principals; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_84a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-83b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or not taken; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_166NN_<slug>` / `test_166NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The cable's date-time group "P R 102022Z YUG 77" ("YUG" = AUG, a slip of the cable) ->
    # 1977-08-10 (a Wednesday, checked); the headers stand in the excerpt. The talks "AUGUST 4
    # AND 5" -> null (two days); the planned meetings "AUGUST 12" / "AUG. 13" -> 1977-08-12 /
    # 1977-08-13. Region Africa (Tanzania; the other principals are US, UK, South African).
    ("dev_16601_carter_nyerere_nujoma_cable", "Africa", "1970s", "US State Department cable 1977STATE188901 (via the WikiLeaks PlusD archive, forum.wikileaks.org)", "https://forum.wikileaks.org/plusd/cables/1977STATE188901_c.html", "1977-08-10"),
    # The page's "April 20, 2011 04:56 pm" (a Wednesday, checked). The talks and the meeting with
    # Khanal have no day in the text -> null. Region South Asia (Nepal, India).
    ("dev_16602_krishna_khanal_kathmandu", "South Asia", "2010s", "The Hindu (thehindu.com)", "http://www.thehindu.com/news/national/sm-krishna-arrives-in-nepal/article1712187.ece", "2011-04-20"),
    # The address's 1985-11-13 (a Wednesday, checked; no date line in the excerpt): "on Tuesday
    # afternoon" -> 1985-11-12 (a Tuesday, checked).
    ("test_16603_rifai_assad_damascus", "Middle East", "1980s", "Los Angeles Times (latimes.com archive)", "https://www.latimes.com/archives/la-xpm-1985-11-13-mn-5206-story.html", "1985-11-13"),
    # The page's "Mon, 04/01/2013 - 08:02" (2013-04-01, a Monday, checked) and the dateline
    # "Ulan Bator, March 30": "Saturday" -> 2013-03-30 (a Saturday, checked; the dateline's day).
    ("dev_16604_abe_elbegdorj_altankhuyag_ulan_bator", "East Asia", "2010s", "OANA (oananews.org; a Jiji Press item)", "http://m.oananews.org/content/news/politics/japan-mongolia-us-start-policy-dialogue", "2013-04-01"),
    # The page's "December 29, 1987" (a Tuesday, checked): "on Monday" = 1987-12-28 (the flight),
    # "today" -> 1987-12-29. Region Western Europe (the West German principal; see the notes).
    ("dev_16605_strauss_gorbachev_moscow_planned", "Western Europe", "1980s", "Los Angeles Times (articles.latimes.com)", "http://articles.latimes.com/1987-12-29/news/mn-31956_1_west-germany", "1987-12-29"),
    # The dateline "Prague, 15 April 1999" (a Thursday, checked): "last Friday" -> 1999-04-09 (a
    # Friday, checked).
    ("dev_16606_karimov_rakhmonov_summit_talks", "Central Asia/Caucasus", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1091070.html", "1999-04-15"),
    # The tool's " date 2023-02-14" prefix (a Tuesday, checked; removed from the text): "on
    # February 13" -> 2023-02-13 (a Monday, checked).
    ("test_16607_sonexay_hun_sen_vientiane", "Southeast Asia", "2020s", "VietnamPlus (en.vietnamplus.vn; a VNA item)", "https://en.vietnamplus.vn/laos-cambodia-foster-bilateral-cooperation/248307.vnp", "2023-02-14"),
    # The page's "15 Aug 2005" (a Monday, checked). The visit has no day in the text -> null.
    ("dev_16608_kemakeza_lini_honiara", "Oceania", "2000s", "RNZ (Radio New Zealand, rnz.co.nz)", "https://www.rnz.co.nz/international/pacific-news/156886/solomons-and-vanuatu-to-discuss-shipping-service", "2005-08-15"),
    # The statement's "October 17, 2013" (a Thursday, checked) and the address's 2013/10/17:
    # "Thursday October 17, 2013" -> 2013-10-17; "September 30, 2011" -> 2011-09-30.
    ("dev_16609_rodrigues_birkett_jaua_port_of_spain", "Latin America", "2010s", "Stabroek News (stabroeknews.com; the text of a joint statement)", "https://www.stabroeknews.com/2013/news/guyana/10/17/guyana-venezuela-issue-joint-statement-following-meeting-on-seized-vessel/", "2013-10-17"),
    # The page's "August 28, 2017 9:31 am" (a Monday, checked; the tool's " date 2017-08-28"
    # prefix agrees): "On Tuesday" -> 2017-08-29 (a Tuesday, checked). Region North America.
    ("dev_16610_gallant_ross_premiers_governors", "North America", "2010s", "Global News (globalnews.ca; a Canadian Press story)", "http://globalnews.ca/news/3700349/eastern-canadian-premiers-new-england-governors-meet-in-prince-edward-island/", "2017-08-28"),
    # The issue line "RFE/RL NEWSLINE Vol. 3, No. 138, Part II, 19 July 1999" (a Monday,
    # checked). The meetings precede the announcement "on 18 July" -> null. Region Eastern
    # Europe/Russia (Belarus).
    ("test_16611_severin_lukashenka_osce_mission", "Eastern Europe/Russia", "1990s", "RFE/RL Newsline (via friends-partners.org)", "http://www.friends-partners.org/friends/news/omri/1999/07/990719II.html(opt,mozilla,unix,english,,new)", "1999-07-19"),
    # No date line in the excerpt; the address's 2009/10/13 (a Tuesday, checked) is the post's
    # day. The visit "on Friday" = 2009-10-09 (a Friday, checked), but the meetings are not
    # dated one by one -> null (see the notes). Region Western Europe (Greece; the other
    # principals are Turkish).
    ("dev_16612_papandreou_erdogan_istanbul", "Western Europe", "2000s", "Forma Mentis (formaementis.wordpress.com, a blog)", "https://formaementis.wordpress.com/2009/10/13/greece%E2%80%99s-pm-first-foreign-visit-to-turkey/", "2009-10-13"),
]

A = {}

_C1 = "1. IN MEETINGS AUGUST 4 AND 5 PRESIDENT CARTER DESCRIBED FOR NYERERE THE CURRENT ANGLO-AMERICAN PROPOSALS ON RHO- DESIA."
_C2 = ("WE INFORMED HIM THAT SECRETARY VANCE AND UK FOREIGN SECRETARY OWEN WOULD BE MEETING WITH SOUTH AFRICAN FOREIGN MINISTER BOTHA IN LONDON AUGUST 12 TO CONTINUE DISCUSSIONS.")
A["dev_16601_carter_nyerere_nujoma_cable"] = dict(
    actors={
        "jimmy_carter": ["PRESIDENT CARTER", "CARTER"],
        "julius_nyerere": ["NYERERE"],
        "cyrus_vance": ["SECRETARY VANCE", "VANCE"],
        "david_owen": ["UK FOREIGN SECRETARY OWEN", "OWEN"],
        "pik_botha": ["SOUTH AFRICAN FOREIGN MINISTER BOTHA", "BOTHA"],
        "sam_nujoma": ["NUJOMA"],
        "swapo": ["SWAPO"],
        "five_power_contact_group": ["FIVE POWER CONTACT GROUP"],
    },
    meetings=[
        # "1. IN MEETINGS AUGUST 4 AND 5 PRESIDENT CARTER DESCRIBED FOR NYERERE ..." (= the
        # summary's "STATE VISIT ... TO THE US AUGUST 4-9 RESULTED IN TOP LEVEL TALKS") -> held,
        # null (two days, one row), United States (no city in the text).
        M(["jimmy_carter", "julius_nyerere"], None, "United States", IP, H, _C1),
        # "... SECRETARY VANCE AND UK FOREIGN SECRETARY OWEN WOULD BE MEETING WITH SOUTH AFRICAN
        # FOREIGN MINISTER BOTHA IN LONDON AUGUST 12 ..." -> a planned meeting of three named
        # people, one row per pair (the pair rule keeps Vance-Owen, as Sadiq-Tarar in dev_001).
        M(["cyrus_vance", "pik_botha"], "1977-08-12", "London", IP, P, _C2),
        M(["david_owen", "pik_botha"], "1977-08-12", "London", IP, P, _C2),
        M(["cyrus_vance", "david_owen"], "1977-08-12", "London", IP, P, _C2),
        # "SECRETARY VANCE WILL THEN MEET NYERERE IN LONDON ON AUG. 13." -> planned.
        M(["cyrus_vance", "julius_nyerere"], "1977-08-13", "London", IP, P,
          "SECRETARY VANCE WILL THEN MEET NYERERE IN LONDON ON AUG. 13."),
        # "SWAPO LEADER, SAM NUJOMA, WAS IN THE US ... AND THE TWO MET AT BLAIR HOUSE." -> held,
        # null (during the visit of August 4-9), Blair House -> Washington (an official
        # building resolved to its city, as the White House).
        M(["julius_nyerere", "sam_nujoma"], None, "Washington", IP, H,
          "SWAPO LEADER, SAM NUJOMA, WAS IN THE US COINCIDENTALLY WITH THE NYERERE VISIT, AND THE TWO MET AT BLAIR HOUSE."),
        # Not rows: "WE ASKED FOR HIS ASSISTANCE IN ARRANGING JOINT US-UK PRESENTATION TO THE
        # FRONT LINE PRESIDENTS" (a request; no president named); "WE ENCOURAGED NYERERE"
        # (the same talks). Not annotated: the drafting/clearance lines (RCASTRODALE,
        # WBEDMONDSON, JDAVIDOW, RICHARDSON, JWHITING, LRFLEISCHER: author lines, like bylines);
        # the addressees (embassies and posts in the routing lines); "CARTER ADMINISTRATION"
        # (Carter's government, not listed apart); "FRONT LINE PRESIDENTS" (unnamed). Removed: at
        # the end, the cut-off sentence "NYERERE SAID HE ENCOURAGED NUJOMA ... WI". Nothing at
        # the start. Kept as found: "YUG 77", the hyphenated line breaks ("RHO-\nDESIA",
        # "PAR-\nTIES"), the repeated "CONFIDENTIAL" and page lines.
    ],
    roles=[("PRESIDENT CARTER", "jimmy_carter"), ("THE PRESIDENT", "jimmy_carter"),
           ("UK FOREIGN SECRETARY", "david_owen"), ("SOUTH AFRICAN FOREIGN MINISTER", "pik_botha"),
           ("SWAPO LEADER", "sam_nujoma")],
)

A["dev_16602_krishna_khanal_kathmandu"] = dict(
    actors={
        "s_m_krishna": ["External Affairs Minister S.M. Krishna", "S.M. Krishna", "Mr. Krishna"],
        "nirupama_rao": ["Foreign Secretary Nirupama Rao", "Nirupama Rao"],
        "bharat_mohan_adhikari": ["Deputy Prime Minister and Finance Minister Bharat Mohan Adhikari", "Bharat Mohan Adhikari"],
        "madan_kumar_bhattarai": ["Nepali Foreign Secretary Madan Kumar Bhattarai", "Madan Kumar Bhattarai"],
        "the_hindu": ["The Hindu"],
        "jhala_nath_khanal": ["Prime Minister Jhalanath Khanal", "Jhalanath Khanal", "Mr. Khanal"],
        "manmohan_singh": ["Manmohan Singh"],
    },
    meetings=[
        # "The Nepali side was led by Deputy Prime Minister and Finance Minister Bharat Mohan
        # Adhikari." -> the delegation talks ("The talks also covered ...") Krishna-Adhikari,
        # held, null (no day given), Kathmandu (the dateline; "arrived here"). Required false:
        # the sentence names only the Nepali head; Krishna leads the Indian side only by
        # implication (see the notes).
        M(["s_m_krishna", "bharat_mohan_adhikari"], None, "Kathmandu", IP, H,
          "The Nepali side was led by Deputy Prime Minister and Finance Minister Bharat Mohan Adhikari.", False),
        # "In his meeting with Prime Minister Jhalanath Khanal, Mr. Krishna conveyed ..." -> held,
        # null, Kathmandu.
        M(["s_m_krishna", "jhala_nath_khanal"], None, "Kathmandu", IP, H,
          "In his meeting with Prime Minister Jhalanath Khanal, Mr. Krishna conveyed his congratulations on the formation of the new government, and reiterated a formal invitation to visit India."),
        # Not rows: "arrived here ... to hold meetings with Nepal's leadership" (no one named);
        # "Madan Kumar Bhattarai told The Hindu" (a statement); the invitations to Khanal and to
        # Manmohan Singh; "The Minister is accompanied by ... Nirupama Rao" (an aide, not a
        # participant); "Mr. Khanal briefed Mr. Krishna" (the same meeting). Removed: at the
        # end, the cut-off quotation "“We felt that the Indian Minister's approach ... goodwill,".
        # Nothing at the start. Kept as found: the subhead "Invitation".
    ],
    roles=[("External Affairs Minister", "s_m_krishna"), ("The Minister", "s_m_krishna"),
           ("Deputy Prime Minister and Finance Minister", "bharat_mohan_adhikari"),
           ("Nepali Foreign Secretary", "madan_kumar_bhattarai")],
)

A["test_16603_rifai_assad_damascus"] = dict(
    actors={
        "zaid_rifai": ["Jordanian Prime Minister Zaid Rifai", "Zaid Rifai", "Rifai"],
        "hafez_al_assad": ["Syrian President Hafez Assad", "Hafez Assad", "Assad"],
        "hussein_bin_talal": ["Jordan’s King Hussein", "King Hussein", "Hussein"],
        "muslim_brotherhood": ["Muslim Brotherhood"],
    },
    meetings=[
        # "Rifai met with Assad on Tuesday afternoon ..." -> held, 1985-11-12, Damascus (the
        # official visit to Damascus).
        M(["zaid_rifai", "hafez_al_assad"], "1985-11-12", "Damascus", IP, H,
          "Rifai met with Assad on Tuesday afternoon for a discussion of what Syrian television described, without elaboration, as bilateral relations and Middle East affairs."),
        # "... expected to be followed relatively soon by a summit meeting between Assad and
        # Jordan’s King Hussein ..." -> planned, null, no place; required false (an expected
        # summit, not announced or scheduled; a stricter reader would drop it).
        M(["hafez_al_assad", "hussein_bin_talal"], None, None, IP, P,
          "The Jordanian’s trip to Damascus is expected to be followed relatively soon by a summit meeting between Assad and Jordan’s King Hussein to give their official blessing to the rapprochement between the two countries, which has been carried out with Saudi Arabian mediation.", False),
        # Not rows: "Rifai invited Syrian President Hafez Assad to visit Jordan" (an invitation,
        # not said to be accepted); "Hussein released the contents of a message to Rifai" (a
        # message). Not annotated: "Syrian television" (a source given generically); the byline
        # "Times Staff Writer"; Saudi Arabian mediation (a state). Removed: at the start, the
        # site line "Advertisement"; at the end, the cut-off sentence "In 1982, between 3,000 and
        # 10,000 people ... in the". Kept as found: "Share" under the headline, the
        # "Advertisement" line inside the story and the subhead "Extraordinary Admission".
    ],
    roles=[("Jordanian Prime Minister", "zaid_rifai"), ("The Jordanian", "zaid_rifai"),
           ("Syrian President", "hafez_al_assad"), ("the Syrian leader", "hafez_al_assad")],
)

_JJ = "The agreement was reached when Japanese Prime Minister Shinzo Abe separately met with Mongolian President Tsakhiagiin Elbegdorj and Prime Minister Norovyn Altankhuyag in Ulan Bator."
A["dev_16604_abe_elbegdorj_altankhuyag_ulan_bator"] = dict(
    actors={
        "shinzo_abe": ["Japanese Prime Minister Shinzo Abe", "Shinzo Abe", "Abe"],
        "tsakhia_elbegdorj": ["Mongolian President Tsakhiagiin Elbegdorj", "Tsakhiagiin Elbegdorj"],
        "norovyn_altankhuyag": ["Prime Minister Norovyn Altankhuyag", "Norovyn Altankhuyag"],
        "junichiro_koizumi": ["Junichiro Koizumi"],
    },
    meetings=[
        # "... Abe separately met with Mongolian President Tsakhiagiin Elbegdorj and Prime
        # Minister Norovyn Altankhuyag in Ulan Bator." (the leaders "Saturday" under the dateline
        # "Ulan Bator, March 30") -> two separate meetings, two rows, held, 2013-03-30, Ulan Bator.
        M(["shinzo_abe", "tsakhia_elbegdorj"], "2013-03-30", "Ulan Bator", IP, H, _JJ),
        M(["shinzo_abe", "norovyn_altankhuyag"], "2013-03-30", "Ulan Bator", IP, H, _JJ),
        # Not rows: the joint news conference; "Abe told the Mongolian leaders" (the same
        # meetings); "Koizumi visited the country" in 2006 (a visit with no host named). Not
        # annotated: the agency credit "(Jiji Press)" in the dateline (as "(AzerTAc)" in 83a);
        # states. Removed: at the start, the site lines "ID :" and "279495"; at the end, the
        # cut-off "Abe is schedul". Kept as found: "Auther :", "Ulan Bator".
    ],
    roles=[("Japanese Prime Minister", "shinzo_abe"), ("Mongolian President", "tsakhia_elbegdorj")],
)

A["dev_16605_strauss_gorbachev_moscow_planned"] = dict(
    actors={
        "franz_josef_strauss": ["Franz Josef Strauss", "Strauss"],
        "mikhail_gorbachev": ["Soviet leader Mikhail S. Gorbachev", "Mikhail S. Gorbachev", "Gorbachev"],
        "west_german_embassy_moscow": ["West German Embassy"],
        "mathias_rust": ["Mathias Rust"],
        "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl", "Kohl"],
        "eduard_shevardnadze": ["Foreign Minister Eduard A. Shevardnadze", "Eduard A. Shevardnadze", "Shevardnadze"],
        "christian_social_union": ["Christian Social Union"],
        "christian_democratic_union": ["Christian Democratic Union"],
    },
    meetings=[
        # "... where he is expected to meet with Soviet leader Mikhail S. Gorbachev today ..." ->
        # planned, 1987-12-29, Moscow ("the Soviet capital").
        M(["franz_josef_strauss", "mikhail_gorbachev"], "1987-12-29", "Moscow", IP, P,
          "Strauss, 72, piloted his Cessna to the Soviet capital, where he is expected to meet with Soviet leader Mikhail S. Gorbachev today, according to a spokesman at the West German Embassy in Moscow."),
        # "... the Bavarian premier will meet with Foreign Minister Eduard A. Shevardnadze before
        # the latter's scheduled visit to Bonn next month." -> planned, null, place null (the
        # sentence gives no place; Moscow is only implied by the trip; see the notes).
        M(["franz_josef_strauss", "eduard_shevardnadze"], None, None, IP, P,
          "But it also is being read here as an attempt to upstage Strauss' political rival, Chancellor Helmut Kohl, since the Bavarian premier will meet with Foreign Minister Eduard A. Shevardnadze before the latter's scheduled visit to Bonn next month."),
        # Not rows: "Strauss reportedly will ask Gorbachev to pardon ... Mathias Rust" (the same
        # meeting); "a Gorbachev visit to Bonn early next year" and Shevardnadze's "scheduled
        # visit to Bonn next month" (visits with no host named). Annotated: the West German
        # Embassy (an organisation whose spokesman is the source). Not annotated: the byline
        # "WILLIAM TUOHY | Times Staff Writer"; the Soviet Union, West Germany, Bonn (states and
        # places); the INF treaty (a treaty). Removed: at the start, the site line "YOU ARE HERE:
        # LAT HomeCollections"; at the end, the cut-off sentence "Communist leaders such as East
        # Germany's Erich Honecker and Hungarian Premier Karoly Grosz have made a point of
        # visiting him" (so neither is in the stored text). Kept as found: the subhead "Kohl's
        # Bavarian Partner", "Strauss' political rival".
    ],
    roles=[("The Bavarian conservative leader", "franz_josef_strauss"),
           ("the Bavarian premier", "franz_josef_strauss"), ("Soviet leader", "mikhail_gorbachev"),
           ("Strauss' political rival", "helmut_kohl")],
)

A["dev_16606_karimov_rakhmonov_summit_talks"] = dict(
    actors={
        "islam_karimov": ["Uzbek President Islam Karimov", "Islam Karimov", "Karimov"],
        "emomali_rahmon": ["Tajik President Imomali Rakhmonov", "Imomali Rakhmonov", "Rakhmonov"],
        "igor_sergeyev": ["Russian Defense Minister Igor Sergeyev", "Igor Sergeyev"],
        "vremya_mn": ["Vremya MN"],
        "cis": ["CIS"],
    },
    meetings=[
        # "... after the presidents of the two countries met last Friday at a summit of leaders
        # from that region." -> held, 1999-04-09, place null (the summit's place is not given).
        # The two presidents are named in the next paragraph (Karimov, Rakhmonov), so the row
        # lists them (as test_004 lists a role phrase's named actor).
        M(["islam_karimov", "emomali_rahmon"], "1999-04-09", None, IP, H,
          "Prague, 15 April 1999 (RFE/RL) -- Relations between the Central Asian states of Uzbekistan and Tajikistan appear to be improving after the presidents of the two countries met last Friday at a summit of leaders from that region."),
        # Not rows: "officials from the two countries met yesterday in ... Tashkent" (no one
        # named); the interview with Karimov in "Vremya MN" (an interview); "Rakhmonov spoke to
        # parliament" (a speech); "Igor Sergeyev visited Tajikistan" (a visit with no host
        # named); the summit itself (a regional plenary). Not annotated: the bylines "Bill
        # Khazanov, Ravshan Temirov and Bruce Pannier"; the credit "(RFE/RL)" in the dateline
        # (RFE/RL is not named in the body); a former colonel (unnamed). Removed: at the start,
        # the site lines "Accessibility links" and "Breaking News"; at the end, the cut-off
        # fragment "The Uzbek government -- particularly President Karimov -- made it".
    ],
    roles=[("Uzbek President", "islam_karimov"), ("Tajik President", "emomali_rahmon"),
           ("Russian Defense Minister", "igor_sergeyev")],
)

A["test_16607_sonexay_hun_sen_vientiane"] = dict(
    actors={
        "sonexay_siphandone": ["Lao Prime Minister Sonexay Siphandone", "Sonexay Siphandone"],
        "hun_sen": ["Samdech Techo Hun Sen", "Hun Sen"],
    },
    meetings=[
        # "Vientiane (VNA) – Lao Prime Minister Sonexay Siphandone and his Cambodian counterpart
        # Samdech Techo Hun Sen, who is on an official visit to Laos, on February 13 agreed ..."
        # (= "During their talks ...") -> held, 2023-02-13, Vientiane (the dateline of the
        # official visit). The lead stands twice (before and after the caption); one row.
        M(["sonexay_siphandone", "hun_sen"], "2023-02-13", "Vientiane", IP, H,
          "Vientiane (VNA) – Lao Prime Minister Sonexay Siphandone and his Cambodian counterpart Samdech Techo Hun Sen, who is on an official visit to Laos, on February 13 agreed to work together to further enhance bilateral ties for the benefit of the two countries and their people."),
        # Not rows: the signing of two documents (the same talks). Not annotated: the agency
        # credit "(VNA)"; the caption's photo credit "(Photo: https://www.thestar.com.my/)".
        # Removed: at the start, the tool's " date 2023-02-14" prefix. Nothing at the end. Kept
        # as found: the repeated lead, "./." at the end.
    ],
    roles=[("Lao Prime Minister", "sonexay_siphandone"), ("his Cambodian counterpart", "hun_sen")],
)

A["dev_16608_kemakeza_lini_honiara"] = dict(
    actors={
        "allan_kemakeza": ["Sir Allan Kemakeza", "Sir Allan"],
        "ham_lini": ["Ham Lini", "Mr Lini"],
        "air_vanuatu": ["Air Vanuatu"],
    },
    meetings=[
        # "Sir Allan was speaking after a visit by Mr Lini to Honiara" (no full stop in the
        # text) with "both leaders had discussed ..." -> held, null (no day), Honiara.
        M(["allan_kemakeza", "ham_lini"], None, "Honiara", IP, H,
          "Sir Allan was speaking after a visit by Mr Lini to Honiara"),
        # Not rows: "have raised the issue" (the same talks); "He also urged Mr Lini" (the same
        # talks). Air Vanuatu is annotated (a company named in the body). Nothing removed
        # (the date line "15 Aug 2005" above the headline and the time line stay).
    ],
    roles=[("The Solomon Islands prime minister", "allan_kemakeza"),
           ("his Vanuatu counterpart", "ham_lini")],
)

A["dev_16609_rodrigues_birkett_jaua_port_of_spain"] = dict(
    actors={
        "carolyn_rodrigues_birkett": ["Carolyn Rodrigues-Birkett", "Rodrigues-Birkett"],
        "elias_jaua": ["Jaua"],
        "donald_ramotar": ["Donald Ramotar"],
        "nicolas_maduro": ["Nicolas Maduro Moros"],
        "government_of_trinidad_and_tobago": ["Government of Trinidad and Tobago"],
    },
    meetings=[
        # "The Minister of Foreign Affairs of the Republic of Guyana ... Carolyn
        # Rodrigues-Birkett, and the People’s Minister for Foreign Relations of the Bolivarian
        # Republic of Venezuela met in Port of Spain ... on Thursday October 17, 2013 ..." ->
        # held, 2013-10-17, Port of Spain. The Venezuelan minister is named later ("Ministers
        # Rodrigues-Birkett and Jaua"), so the row lists him.
        M(["carolyn_rodrigues_birkett", "elias_jaua"], "2013-10-17", "Port of Spain", IP, H,
          "The Minister of Foreign Affairs of the Republic of Guyana, the Honourable Carolyn Rodrigues-Birkett, and the People’s Minister for Foreign Relations of the Bolivarian Republic of Venezuela met in Port of Spain, Trinidad and Tobago on Thursday October 17, 2013 on the instructions of their Presidents with the aim of advancing the bilateral political dialogue in light of the recent event."),
        # "... the Joint Declaration of September 30, 2011 in Port of Spain, signed by ...
        # Carolyn Rodrigues-Birkett and the then Minister ... Nicolas Maduro Moros ..." -> held,
        # 2011-09-30, Port of Spain; required false (a joint signing implies a meeting but the
        # text does not say they met; a stricter reader would drop it).
        M(["carolyn_rodrigues_birkett", "nicolas_maduro"], "2011-09-30", "Port of Spain", IP, H,
          "The Ministers ratified all the points of the Joint Declaration of September 30, 2011 in Port of Spain, signed by the Minister of Foreign Affairs of Guyana Carolyn Rodrigues-Birkett and the then Minister of the People’s Power for External Relations of the Bolivarian Republic, Nicolas Maduro Moros, where they recognised that the delimitation of the maritime boundaries between their two States remains an outstanding issue and agreed that such delimitation will require negotiations.", False),
        # Not rows: "a technical team would meet within four months" (no one named); "their
        # Presidents" (instructions, not a meeting). Annotated: the Government of Trinidad and
        # Tobago (thanked as the host; not a participant). Removed: at the end, the site's
        # "Around the Web". Nothing at the start. Kept as found: the double spaces after full
        # stops, the place and date lines "Port of Spain" / "October 17, 2013".
    ],
    roles=[("The Minister of Foreign Affairs of the Republic of Guyana", "carolyn_rodrigues_birkett"),
           ("the People’s Minister for Foreign Relations of the Bolivarian Republic of Venezuela", "elias_jaua"),
           ("the then Minister of the People’s Power for External Relations of the Bolivarian Republic", "nicolas_maduro")],
)

A["dev_16610_gallant_ross_premiers_governors"] = dict(
    actors={
        "margaret_hassan": ["New Hampshire Governor Margaret Hassan", "Margaret Hassan"],
        "marion_gold": ["Rhode island Commissioner Marion Gold", "Marion Gold"],
        "dannel_malloy": ["Connecticut Governor Dannel Malloy", "Dannel Malloy"],
        "philippe_couillard": ["Quebec Premier Philippe Couillard", "Philippe Couillard"],
        "charlie_baker": ["Massachusetts Governor Charlie Baker", "Charlie Baker"],
        "paul_davis": ["Newfoundland and Labrador Premier Paul Davis", "Paul Davis"],
        "wade_maclauchlan": ["PEI Premier Wade MacLauchlan", "P.E.I. Premier Wade MacLauchlan", "Wade MacLauchlan", "MacLauchlan"],
        "brian_gallant": ["New Brunswick Premier Brian Gallant", "Brian Gallant", "Gallant"],
        "peter_shumlin": ["Vermont Governor Peter Shumlin", "Peter Shumlin"],
        "paul_lepage": ["Maine Governor Paul Lepage", "Paul Lepage"],
        "michel_samson": ["former Nova Scotia MLA Michel Samson", "Michel Samson"],
        "donald_trump": ["President Donald Trump", "Donald Trump"],
        "wilbur_ross": ["U.S. Commerce Secretary Wilbur Ross", "Wilbur Ross"],
    },
    meetings=[
        # "On Tuesday, New Brunswick Premier Brian Gallant is to head to D.C. to meet with a
        # senior member of President Donald Trump’s cabinet ..." = "... Gallant will meet with
        # U.S. Commerce Secretary Wilbur Ross ..." -> one planned row, 2017-08-29, Washington
        # ("D.C."); the evidence is the sentence that names both.
        M(["brian_gallant", "wilbur_ross"], "2017-08-29", "Washington", IP, P,
          "It’s the second time in two months that Gallant will meet with U.S. Commerce Secretary Wilbur Ross to make New Brunswick’s case – ahead of a final determination expected September 7."),
        # Not rows: the premiers' and governors' conference in Charlottetown (a multilateral
        # gathering with panel discussions; no bilateral reported); the caption's 2015
        # conference photo; "the second time in two months" (an earlier meeting given only as a
        # count). Not annotated: the byline "By Staff The Canadian Press", the photo credit
        # "Paul Daly/The Canadian Press", the reporter "Marieke Walsh" (named as the one covering
        # the story, like a byline); the conference (an event); NAFTA (an agreement). Removed: at
        # the start, the tool's " date 2017-08-28" prefix; at the end, the credit "© 2017 The
        # Canadian Press". Kept as found: "Rhode island", "Lepage", "St.John's".
    ],
    roles=[("New Brunswick Premier", "brian_gallant"), ("P.E.I. Premier", "wade_maclauchlan"),
           ("U.S. Commerce Secretary", "wilbur_ross"),
           ("a senior member of President Donald Trump’s cabinet", "wilbur_ross")],
)

_OS = ("Following meetings with Belarusian President Alyaksandr Lukashenka and opposition parties, the OSCE special mission headed by Adrian Severin announced on 18 July that Lukashenka has agreed to hold free parliamentary elections in 2000 and enter a dialogue with the opposition (see \"RFE/RL Newsline,\" 16 July 1999).")
A["test_16611_severin_lukashenka_osce_mission"] = dict(
    actors={
        "alexander_lukashenko": ["Alyaksandr Lukashenka", "Lukashenka"],
        "adrian_severin": ["Adrian Severin"],
        "osce": ["OSCE"],
        "rfe_rl": ["RFE/RL NEWSLINE", "RFE/RL Newsline", "RFE/RL NewsLine", "RFE/RL"],
        "omri_daily_digest": ["OMRI Daily Digest"],
        "dragoljub_ojdanic": ["OJDANIC"],
        "slobodan_milosevic": ["MILOSEVIC"],
    },
    meetings=[
        # "Following meetings with Belarusian President Alyaksandr Lukashenka and opposition
        # parties, the OSCE special mission headed by Adrian Severin announced on 18 July ..." ->
        # held, null (before the announcement of 18 July), no place. The party that met is "the
        # OSCE special mission headed by Adrian Severin"; the row lists its named head (see the
        # notes).
        M(["adrian_severin", "alexander_lukashenko"], None, None, IP, H, _OS),
        # The same mission's meetings with "opposition parties" (none named) -> a one-party row
        # for Severin, held; required false (the counterpart is a set of unnamed parties).
        M(["adrian_severin"], None, None, IP, H, _OS, False),
        # Not rows: the mission's statement; "Talks are expected to begin in early September"
        # (government-opposition talks, no one named); the headlines on Ojdanic, Milosevic and
        # Kosovar groups (no meeting in the excerpt). Annotated: RFE/RL (named in the body,
        # "see "RFE/RL Newsline,"" and "RFE/RL's Web site", besides the issue line), the OMRI
        # Daily Digest (named in the note), Ojdanic and Milosevic (named in headlines).
        # Not annotated: the initials "JM" (an author mark); "Radio Free Europe/Radio\nLiberty"
        # is RFE/RL (listed without that alias because it stands over a line break). Removed: at
        # the start, the site's quotation line (John Ruskin); at the end, the item "BELARUSIAN
        # PRESIDENT ORDERS GOLD RESERVE DOUBLED BY 2001." with its cut-off sentence (so
        # Prakapovich is not in the stored text). Kept as found: the repeated issue lines, the
        # rules of "_" and "x", the line breaks inside sentences.
    ],
    roles=[("Belarusian President", "alexander_lukashenko"),
           ("The Belarusian president", "alexander_lukashenko")],
)

_GT = "Later, he met with the Turkish Prime Minister Recep Tayyip Erdoğan and Foreign Minister Ahmet Davutoğlu."
A["dev_16612_papandreou_erdogan_istanbul"] = dict(
    actors={
        "george_papandreou": ["George Papandreou", "Georgios Papandreou", "Papandreou"],
        "recep_tayyip_erdogan": ["Turkish Prime Minister Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"],
        "ahmet_davutoglu": ["Foreign Minister Ahmet Davutoğlu", "Ahmet Davutoğlu"],
        "bartholomew_i": ["Ecumenical Patriarch of Constantinople Bartholomew I", "Bartholomew I", "Bartholomew"],
        "ismail_cem": ["İsmail Cem"],
    },
    meetings=[
        # "He first visited the Ecumenical Patriarch of Constantinople Bartholomew I ..." -> a
        # visit to a person, held, null (the visit began "on Friday"; the meetings are not dated
        # one by one), Istanbul ("Papandreou arrived in Istanbul").
        M(["george_papandreou", "bartholomew_i"], None, "Istanbul", IP, H,
          "He first visited the Ecumenical Patriarch of Constantinople Bartholomew I, where he said both countries must work together to unify Cyprus."),
        # "Later, he met with the Turkish Prime Minister Recep Tayyip Erdoğan and Foreign Minister
        # Ahmet Davutoğlu." -> a meeting of three named people, one row per pair (Erdoğan-
        # Davutoğlu kept by the pair rule, as Sadiq-Tarar in dev_001), held, null, Istanbul.
        M(["george_papandreou", "recep_tayyip_erdogan"], None, "Istanbul", IP, H, _GT),
        M(["george_papandreou", "ahmet_davutoglu"], None, "Istanbul", IP, H, _GT),
        M(["recep_tayyip_erdogan", "ahmet_davutoglu"], None, "Istanbul", IP, H, _GT),
        # Not rows: the informal Balkan ministerial meeting (a multilateral meeting); "visited
        # ... İsmail Cem’s tomb" (a grave, not a meeting); Bartholomew's statement. Not
        # annotated: Greece, Turkey, Cyprus (states); the Greek and Turkish Cypriots (groups).
        # Removed: at the end, the blog's "%d bloggers like this:". Nothing at the start. Kept as
        # found: the caption lines "Georgios Papandreou" / "George Papandreou" / "Recep Tayyip
        # Erdoğan" (twice), "then-counterpart".
    ],
    roles=[("the new Greek Prime Minister", "george_papandreou"), ("Greece’s PM", "george_papandreou"),
           ("the Turkish Prime Minister", "recep_tayyip_erdogan"),
           ("his then-counterpart", "ismail_cem")],
)
