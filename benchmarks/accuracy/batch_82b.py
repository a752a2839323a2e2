"""Accuracy corpus, batch 82b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 82a), from the 1970s to the 2020s (1970s:
two (1976, 1976), 1980s: two (1986, 1986), 1990s: one (1998), 2000s: one (2006), 2010s: three
(2014, 2016, 2018), 2020s: three (2020, 2024, 2024); five of the twelve from before 2000, as the
brief asked for at least five), over the regions (Western Europe: two; Central Asia/Caucasus,
Middle East, Africa, Southeast Asia, Eastern Europe/Russia, Latin America, North America, South
Asia, East Asia, Oceania: one each).
Outlets/sites: the Los Angeles Times (1986), the Mail & Guardian (a Sapa story, 2006), The
American Presidency Project (a transcript of remarks, 1976), TwoCircles.net (an IANS story,
2014), Armenpress (2018), a US Embassy Muscat cable (via the WikiLeaks PlusD archive, 1976),
Caribbean News Service (2016), Babel (babel.ua, 2024), TVBS News (2024), PM Transcripts (an
Australian Prime Minister's media release, 1986), The Irish News (2020) and RFE/RL (1998). Nine
are news stories; two are official items (the Ford-Carter remarks and the Hawke media release)
and one a diplomatic cable (within the brief's limits of two official releases and one cable).
The pages are new to the corpus (URLs grepped in sources.csv, corpus/metadata.csv and the batch
files), and so, as far as the greps show, are their meetings (dates and actor keys grepped; see
the notes for the nearest: Orban and Zelensky, Kikwete and Mbeki, Sushil Koirala, Hume and
Adams appear elsewhere in the corpus, but not in these meetings).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_82b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-81b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_163NN_<slug>` / `test_163NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The URL's date (la-xpm-1986-05-05; a Monday, checked) is `published`; the excerpt has no
    # date line. "on Sunday" = 1986-05-04 (a Sunday, checked); "last week", "July 27" (the
    # elections, no row), "a scheduled 1983 trip" -> no meeting day.
    ("dev_16301_nancy_reagan_prem_lunch", "Southeast Asia", "1980s", "Los Angeles Times (latimes.com archives)", "https://www.latimes.com/archives/la-xpm-1986-05-05-mn-3353-story.html", "1986-05-05"),
    # The URL's date (/article/2006-04-07-; a Friday, checked) is `published`: "on Friday" =
    # 2006-04-07, the day of the "one-day working visit"; "Earlier in the week" (Pahad's
    # briefing, no row) -> no day.
    ("dev_16302_kikwete_mbeki_pretoria", "Africa", "2000s", "Mail & Guardian (mg.co.za; Sapa)", "https://mg.co.za/article/2006-04-07-tanzanian-president-arrives-in-sa/", "2006-04-07"),
    # The date line "November 22, 1976" (a Monday, checked) is `published` and the day of the
    # meeting; "this afternoon" = 1976-11-22.
    ("test_16303_ford_carter_transition", "North America", "1970s", "The American Presidency Project (presidency.ucsb.edu; transcript of remarks)", "https://www.presidency.ucsb.edu/documents/remarks-following-meeting-the-transition-with-president-elect-carter", "1976-11-22"),
    # No date line in the excerpt; the URL (/2014feb14/) gives 2014-02-14 (a Friday, checked):
    # "Friday" = 2014-02-14, the day of the story (see the notes); "June 1997", "January 2001"
    # -> no day.
    ("dev_16304_koirala_rae_invitation", "South Asia", "2010s", "TwoCircles.net (IANS)", "https://twocircles.net/2014feb14/koirala_invites_manmohan_singh_nepal.html", "2014-02-14"),
    # The search result's date field 2018-02-14 (a Wednesday, checked; removed with the tool's
    # date prefix) agrees with the date line "YEREVAN, FEBRUARY 14, ARMENPRESS." and is
    # `published`: "on February 14" = 2018-02-14.
    ("dev_16305_babloyan_volodin_moscow", "Central Asia/Caucasus", "2010s", "Armenpress (armenpress.am)", "https://armenpress.am/eng/news/922638/", "2018-02-14"),
    # A US embassy cable (Muscat 1374); `published` = 1976-11-06 from "R 060525Z NOV 76" (a
    # Saturday, checked); "NOVEMBER 1" -> 1976-11-01 (a Monday, checked); "LAST DECEMBER" (the
    # end of the Dhofar war, no row) -> no day.
    ("dev_16306_qaboos_van_dusen_muscat", "Middle East", "1970s", "US Embassy Muscat cable 1976MUSCAT01374 (via the WikiLeaks PlusD archive, forum.wikileaks.org)", "https://forum.wikileaks.org/plusd/cables/1976MUSCAT01374.html", "1976-11-06"),
    # The date line "KINGSTON, Jamaica, Jul 19 2016" (a Tuesday, checked) is `published`:
    # "Monday" = 2016-07-18, "on Thursday" = 2016-07-21, "on Sunday" (Rowley's arrival, no row)
    # = 2016-07-17 (all checked).
    ("test_16307_holness_rowley_kingston", "Latin America", "2010s", "Caribbean News Service (caribbeannewsservice.com)", "https://caribbeannewsservice.com/jamaica-and-trinidad-tobago-prime-ministers-report-fruitful-first-day-of-talks/", "2016-07-19"),
    # The search result's date field 2024-07-02 (a Tuesday, checked; removed with the tool's
    # date prefix) is `published`; "On July 2" = 2024-07-02; "in 2012", "in recent weeks" -> no
    # day.
    ("dev_16308_orban_zelensky_kyiv", "Eastern Europe/Russia", "2020s", "Babel (babel.ua, English edition)", "https://babel.ua/en/news/108628-hungarian-prime-minister-orban-arrived-in-kyiv", "2024-07-02"),
    # The page line "2024/01/16 11:26" (a Tuesday, checked) is `published`: "on Monday (Jan.
    # 15)" = 2024-01-15 (a Monday, checked); "May 20" (the inauguration, no row).
    ("dev_16309_lai_us_delegation_taipei", "East Asia", "2020s", "TVBS News (news.tvbs.com.tw, English)", "https://news.tvbs.com.tw/amp/english/2368762", "2024-01-16"),
    # An Australian Prime Minister's media release; the date line "12 SEPTEMBER 1986" (a
    # Friday, checked) is `published`; the visit "from 11 to 18 September" is a range, and no
    # day is given for any of its meetings.
    ("dev_16310_kenilorea_australia_visit", "Oceania", "1980s", "PM Transcripts (pmtranscripts.pmc.gov.au; media release of the Prime Minister of Australia)", "http://pmtranscripts.pmc.gov.au/release/transcript-7001", "1986-09-12"),
    # No date line in the excerpt; the URL (/2020/08/03/) gives 2020-08-03 (a Monday, checked):
    # "Speaking today" (Adams's tribute, no row) = 2020-08-03; "in September 1986", "in 1986",
    # "in 1985" -> no day.
    ("test_16311_adams_hume_memory", "Western Europe", "2020s", "The Irish News (irishnews.com)", "https://www.irishnews.com/news/johnhume/2020/08/03/news/gerry-adams-recounts-his-fondest-memory-of-john-hume-2024872/", "2020-08-03"),
    # The date line "London, 2 November 1998 (RFE/RL)" (a Monday, checked) is `published`:
    # "today" = 1998-11-02; "yesterday" (Blair's newspaper article, no row) = 1998-11-01; "last
    # week", "last year" -> no day.
    ("dev_16312_schroeder_blair_london", "Western Europe", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1089852.html", "1998-11-02"),
]

A = {}

A["dev_16301_nancy_reagan_prem_lunch"] = dict(
    actors={
        "nancy_reagan": ["First Lady Nancy Reagan", "Nancy Reagan", "Mrs. Reagan"],
        "prem_tinsulanonda": ["Prem Tinsulanonda", "Prem"],
        "ronald_reagan": ["Reagan"],
        "reagan_administration": ["Reagan Administration"],
        "asean": ["Assn. of Southeast Asian Nations"],
        # New keys.
        "parliament_of_thailand": ["Thailand’s Parliament"],
        "benigno_aquino_jr": ["Benigno S. Aquino Jr."],
    },
    meetings=[
        # "First Lady Nancy Reagan had lunch with Thailand’s embattled Prime Minister Prem
        # Tinsulanonda on Sunday" ("On Sunday, the First Lady and Prem praised one another’s
        # countries ... at a luncheon of Thai dignitaries at the plush Oriental Hotel": the
        # same) -> held, 1986-05-04, Bangkok (the city of the visit as the text gives it:
        # "Bangkok is the third city on Mrs. Reagan’s four-stop tour", "She leaves Bangkok
        # today"), in person.
        M(["nancy_reagan", "prem_tinsulanonda"], "1986-05-04", "Bangkok", IP, H,
          "First Lady Nancy Reagan had lunch with Thailand’s embattled Prime Minister Prem Tinsulanonda on Sunday, but neither of them made any reference to his current political troubles."),
        # Not rows: "the President’s decision to cancel a scheduled 1983 trip here for a meeting
        # of the Assn. of Southeast Asian Nations" (cancelled; a multilateral meeting); "a guest
        # of the king and queen" (unnamed hosts, no meeting fixed); "to rejoin the President"
        # (Mrs. Reagan rejoining her husband; see the notes); "told reporters" (media); "Reagan
        # Administration officials who have asked not to be named" (unnamed). Not annotated: the
        # byline "Times Staff Writer"; "the king and queen" (unnamed); "Thailand’s government",
        # "the legislature" (generic); Thailand, Bangkok, Kuala Lumpur, Malaysia, Bali,
        # Indonesia, Tokyo, the Oriental Hotel (places and a building). Kept as they stand: the
        # line "Share", the inner line "Advertisement", the subheading "Clear of Politics" and
        # "parted company in Bali, Indonesia, at the summit in Tokyo". Removed: at the start, the
        # line "Advertisement"; at the end, the line "Advertisement" and the cut-off fragment
        # "Prem, spe".
    ],
    roles=[("Thailand’s embattled Prime Minister", "prem_tinsulanonda"), ("Thai Premier", "prem_tinsulanonda"),
           ("the prime minister", "prem_tinsulanonda"), ("the First Lady", "nancy_reagan"),
           ("the President", "ronald_reagan"), ("Philippine opposition leader", "benigno_aquino_jr")],
)

A["dev_16302_kikwete_mbeki_pretoria"] = dict(
    actors={
        "jakaya_kikwete": ["Jakaya Kikwete", "Kikwete"],
        "thabo_mbeki": ["South African President Thabo Mbeki", "Thabo Mbeki"],
        "aziz_pahad": ["Aziz Pahad", "Pahad"],
        "african_union": ["African Union"],
        "sadc": ["Southern Africa Development Community"],
        "east_african_community": ["East African Community"],
        "benjamin_mkapa": ["Benjamin Mkapa"],
    },
    meetings=[
        # "Kikwete’s one-day working visit and meeting with South African President Thabo Mbeki
        # was to build on ..." ("the meeting between the two heads of state": the same) ->
        # announced on the day of the visit, not reported as held -> planned, 2006-04-07 (the
        # "one-day working visit" that began with his arrival "on Friday"; see the notes),
        # Pretoria, in person.
        M(["jakaya_kikwete", "thabo_mbeki"], "2006-04-07", "Pretoria", IP, P,
          "Kikwete’s one-day working visit and meeting with South African President Thabo Mbeki was to build on the growing partnerships between the two nations, which included a joint commission between their respective departments of foreign affairs and a presidential economic commission."),
        # Not rows: Pahad "told journalists" (media); the joint commission and the presidential
        # economic commission (bodies, no meeting fixed); Kikwete "succeeding Benjamin Mkapa"
        # (no meeting). Not annotated: "their respective departments of foreign affairs"
        # (generic); the Great Lakes region, Burundi, the Democratic Republic of Congo,
        # Tanzania, South Africa, Pretoria (places). Removed: nothing at the start; at the end,
        # the agency tag " — Sapa" (as ANNOTATION.md's agency tags).
    ],
    roles=[("New Tanzanian President", "jakaya_kikwete"), ("South African President", "thabo_mbeki"),
           ("Deputy Minister of Foreign Affairs", "aziz_pahad")],
)

A["test_16303_ford_carter_transition"] = dict(
    actors={
        "gerald_ford": ["President Ford"],
        "jimmy_carter": ["President-elect Carter", "PRESIDENT-ELECT CARTER", "Mr. Carter", "Governor Carter"],
        "rosalynn_carter": ["Mrs. Carter"],
        # New key.
        "betty_ford": ["Mrs. Ford"],
    },
    meetings=[
        # "Mr. Carter and myself have had about an hour's discussion" (the title's "a Meeting on
        # the Transition With President-elect Carter"; Ford's "to have Governor Carter and Mrs.
        # Carter as our guests on this occasion": the same) -> held, 1976-11-22 (the date line),
        # place null (the text names no place; see the notes), in person.
        M(["gerald_ford", "jimmy_carter"], "1976-11-22", None, IP, H,
          "Mr. Carter and myself have had about an hour's discussion."),
        # "My wife and Mrs. Ford had a chance to visit this afternoon." -> a visit of the two
        # wives -> held, 1976-11-22, place null, in person; not required (a social visit of the
        # spouses, as test_001's welcome by the host's wife).
        M(["rosalynn_carter", "betty_ford"], "1976-11-22", None, IP, H,
          "My wife and Mrs. Ford had a chance to visit this afternoon.", False),
        # Not rows: "he has welcomed me to meet with his heads of departments" (unnamed officials;
        # several meetings, none fixed); "I've expressed many times" (statements); "this year's
        # debates" (events). Not annotated: the speaker label "THE PRESIDENT" (a role); "the
        # American people", "the Nation" (generic). Kept as they stand: the title line, the date
        # line and the speaker labels. Removed: at the start, the site's image line "Gerald R.
        # Ford photo" (as 37a and 39b); at the end, the cut-off sentence "Rosalynn has gone back
        # to Georgia, and I will be staying".
    ],
    roles=[("THE PRESIDENT", "gerald_ford"), ("Mr. President", "gerald_ford"), ("My wife", "rosalynn_carter")],
)

A["dev_16304_koirala_rae_invitation"] = dict(
    actors={
        "sushil_koirala": ["Sushil Koirala", "Koirala"],
        "manmohan_singh": ["Manmohan Singh"],
        "inder_kumar_gujral": ["I.K. Gujaral"],
        "atal_bihari_vajpayee": ["Atal Bihari Vajpayee"],
        "nda": ["NDA"],
        "saarc": ["SAARC"],
        "constituent_assembly_of_nepal": ["Constituent Assembly"],
        # New keys.
        "ranjit_rae": ["Indian Ambassador Ranjit Rae", "Ranjit Rae", "Rae"],
        "dinesh_bhattarai": ["Dinesh Bhattarai"],
    },
    meetings=[
        # "In a meeting at Prime Minister Office Friday, Koirala handed over the invitation to
        # Indian Ambassador Ranjit Rae." ("During Friday’s meeting", "During the meeting": the
        # same) -> held, 2014-02-14 (see the notes), Kathmandu (the dateline; the Prime
        # Minister's Office), in person.
        M(["sushil_koirala", "ranjit_rae"], "2014-02-14", "Kathmandu", IP, H,
          "In a meeting at Prime Minister Office Friday, Koirala handed over the invitation to Indian Ambassador Ranjit Rae."),
        # Not rows: Koirala "has invited his Indian counterpart Manmohan Singh to visit the
        # country" (an invitation, not yet accepted: "Rae said that he would communicate the
        # invitation"); Gujral's state visit "in June 1997" (a visit to a country, no host
        # named); Vajpayee's trip to Kathmandu "to attend the 11th SAARC Summit" (multilateral);
        # Manmohan Singh's "congratulatory message" (a message). Not annotated: the byline "By
        # Anil Giri, IANS," (author and agency credit) and the site line "Support TwoCircles";
        # "Prime Minister Office" (a building/office); New Delhi, Kathmandu, Nepal, India
        # (places). Kept as they stand: the byline, the site line, "the countryas" and "I.K.
        # Gujaral". Removed: nothing at the start; at the end, the author's contact line "(Anil
        # Giri can be contatcted at [email protected])".
    ],
    roles=[("Nepal’s newly elected Prime Minister", "sushil_koirala"), ("his Indian counterpart", "manmohan_singh"),
           ("Indian Ambassador", "ranjit_rae"), ("the Indian envoy", "ranjit_rae"),
           ("the Indian prime minister", "manmohan_singh"),
           ("the prime minister’s foreign affairs adviser", "dinesh_bhattarai")],
)

A["dev_16305_babloyan_volodin_moscow"] = dict(
    actors={
        "russian_duma": ["Russian State Duma"],
        "armenpress": ["Armenpress"],
        # "national_assembly_armenia" is the key of batch 35b for Armenia's parliament.
        "national_assembly_armenia": ["Armenian Parliament"],
        # New keys.
        "ara_babloyan": ["Ara Babloyan", "Speaker Babloyan", "Babloyan"],
        "vyacheslav_volodin": ["Vyacheslav Volodin"],
        "hermine_naghdalyan": ["Hermine Naghdalyan"],
        "artashes_geghamyan": ["Artashes Geghamyan"],
        "ara_saghatelyan": ["Ara Saghatelyan"],
        "vardan_toghanyan": ["Vardan Toghanyan"],
        "federal_assembly_of_russia": ["Russia Federal Assembly"],
        "csto_parliamentary_assembly": ["CSTO PA"],
    },
    meetings=[
        # "Armenia’s delegation led by Speaker of the Parliament Ara Babloyan on February 14 met
        # with Chairman of the Russian State Duma Vyacheslav Volodin in Moscow" -> held,
        # 2018-02-14, Moscow, in person. The delegation members (Naghdalyan, Geghamyan,
        # Saghatelyan: "The Armenian delegation includes") and the ambassador who "attended" the
        # meeting are actors, not participants (ANNOTATION.md; see the notes).
        M(["ara_babloyan", "vyacheslav_volodin"], "2018-02-14", "Moscow", IP, H,
          "Armenia’s delegation led by Speaker of the Parliament Ara Babloyan on February 14 met with Chairman of the Russian State Duma Vyacheslav Volodin in Moscow on the sidelines of the working visit to Russia, the Armenian Parliament told Armenpress."),
        # Not rows: "the CSTO PA events in Yerevan and St. Petersburg this year" and the
        # "consultation of the presidents of the parliaments of the Eurasian countries ... in
        # Armenia in 2020" (multilateral, proposed); the "observer mission" (an event); the
        # inter-parliamentary commission (a body, no meeting fixed). Not annotated: the date
        # line's "ARMENPRESS" (outlet credit); "the Armenian side", "the parliamentary
        # committees", "the parliamentary structures" (generic); Yerevan, Moscow, Russia,
        # Armenia, St. Petersburg (places). Removed: at the start, the tool's date prefix
        # " date 2018-02-14 "; at the end, the cut-off sentence "After the meeting Ara Babloyan and
        # Vyacheslav Volodin a".
    ],
    roles=[("Speaker of the Parliament", "ara_babloyan"), ("The Parliament Speaker", "ara_babloyan"),
           ("Chairman of the Russian State Duma", "vyacheslav_volodin"), ("chairman of the CSTO PA", "vyacheslav_volodin"),
           ("chief of staff-secretary general of the Parliament", "ara_saghatelyan"),
           ("Armenian Ambassador to Russia", "vardan_toghanyan")],
)

A["dev_16306_qaboos_van_dusen_muscat"] = dict(
    actors={
        "qaboos_bin_said": ["SULTAN QABOOS"],
        # New keys.
        "michael_van_dusen": ["VAN DUSEN, MICHAEL", "VAN DUSEN"],
        "tim_landon": ["BRIG. TIM LANDON", "TIM LANDON"],
        "pflo": ["PFLO"],
    },
    meetings=[
        # "SULTAN QABOOS RECEIVED THREE STAFFDEL MEMBERS AND AMBASSADOR AT MUSCAT PALACE NOVEMBER 1
        # AT OMANI INITIATIVE. IN HALF-HOUR AUDIENCE SULTAN ... RESPONDED TO VARIETY OF QUESTIONS
        # FROM VAN DUSEN." (the subject's "STAFFDEL VAN DUSEN'S AUDIENCE WITH SULTAN QABOOS": the
        # same) -> held, 1976-11-01, Muscat (Muscat Palace), in person. Van Dusen is the one named
        # member of the staff delegation; the other two members and the ambassador (the cable's
        # unnamed author) are unnamed. Landon "WAS PRESENT" (an actor, not a participant).
        M(["qaboos_bin_said", "michael_van_dusen"], "1976-11-01", "Muscat", IP, H,
          "1. SULTAN QABOOS RECEIVED THREE STAFFDEL MEMBERS AND AMBASSADOR AT MUSCAT PALACE NOVEMBER 1 AT OMANI INITIATIVE."),
        # Not rows: "THE SAUDIS IN THEIR EFFORT TO MODERATE THE ADEN REGIME" (unnamed; no meeting
        # fixed); the Sultan's views on the PDRY, the PFLO and "THEIR COMMUNIST FRIENDS" (no
        # meeting). Not annotated: the routing and header lines (embassies, "SECSTATE", the tags
        # "OREP", "PFOR"); "STAFFDEL" (an unnamed delegation); "GOVERNMENT IN ADEN", "THE ADEN
        # REGIME", "USG", "THE SOVIETS, CUBANS AND EAST GERMANS", "THE SAUDIS" (generic, or
        # governments named by their country); Oman, Aden, Dhofar, the PDRY, South Yemen, Saudi
        # Arabia, Muscat Palace (places and a building). Kept as they stand: the header and
        # page-break lines, the typos "PROPAGANDS", "SKEPTIACL", "SAUDI ARABI", the hyphenated
        # line break "HALF- HOUR". Removed: nothing at the start; at the end, the cut-off
        # sentence "IF PDRY WOULD RECOGNIZE OMAN'S GOVERNMENT AS FULLY LEGITIMATE".
    ],
    roles=[("THE SULTAN", "qaboos_bin_said"), ("HIS EQUERRY", "tim_landon")],
)

_HR = ("KINGSTON, Jamaica, Jul 19 2016 – Jamaica’s Prime Minister Andrew Holness Monday held talks with his Trinidad and Tobago counterpart, Dr. Keith Rowley, on a number of issues aimed at improving the bilateral relations between the two Caribbean Community (CARICOM) countries.")
A["test_16307_holness_rowley_kingston"] = dict(
    actors={
        "caricom": ["Caribbean Community", "CARICOM"],
        # New keys.
        "andrew_holness": ["Andrew Holness", "Holness"],
        "keith_rowley": ["Dr. Keith Rowley", "Prime Minister Rowley", "Rowley"],
    },
    meetings=[
        # "Jamaica’s Prime Minister Andrew Holness Monday held talks with his Trinidad and Tobago
        # counterpart, Dr. Keith Rowley" ("We had a very good meeting", "Monday’s deliberations":
        # the same) -> held, 2016-07-18, Kingston (dateline; "the talks here"), in person.
        M(["andrew_holness", "keith_rowley"], "2016-07-18", "Kingston", IP, H, _HR),
        # "We will conclude many of those discussions on Thursday." -> a further session of the
        # same pair during the four-day visit, distinguished from Monday's -> planned,
        # 2016-07-21, Kingston (the visit "here"), in person (as dev_035's next-day sessions).
        M(["andrew_holness", "keith_rowley"], "2016-07-21", "Kingston", IP, P,
          "“We will conclude many of those discussions on Thursday."),
        # Not rows: the "brief joint news conference" and "sit down with the press" (media);
        # "Rowley arrived here on Sunday" (an arrival, same visit); Rowley "leading a six
        # member-delegation" (unnamed members). Not annotated: the distribution notice naming
        # "Caribbean News Service (CNS)" (outlet lines); the CSME ("CARICOM Single Market and
        # Economy", an arrangement); Jamaica, Trinidad and Tobago, Kingston (places). Kept as
        # they stand: the headline, the distribution notice, "“endorse “" and the unclosed quote
        # of Holness's "“many of the items". Removed: nothing at the start; at the end, the
        # cut-off sentence "On the eve of his arrival, Foreign Affairs and Foreign Trade Minister
        # Kamina Johnson Smith told the Senate that at least 320 Jamaicans were denied entry into
        # the sister CARICOM country l".
    ],
    roles=[("Jamaica’s Prime Minister", "andrew_holness"), ("his Trinidad and Tobago counterpart", "keith_rowley")],
)

A["dev_16308_orban_zelensky_kyiv"] = dict(
    actors={
        "viktor_orban": ["Viktor Orban", "Orban"],
        "volodymyr_zelensky": ["Volodymyr Zelensky", "Zelensky"],
        "index_hu": ["Index"],
        "the_guardian": ["The Guardian"],
        "petro_poroshenko": ["Petro Poroshenko"],
        "viktor_yanukovych": ["Viktor Yanukovych"],
        # New keys.
        "bertalan_havasi": ["Bertalan Havasi", "Khavasi"],
        "nepszava": ["Nepszava"],
    },
    meetings=[
        # "Khavasi noted that Orban will hold talks with Ukrainian President Volodymyr Zelensky."
        # ("Orban and Zelensky will discuss", "the meeting": the same) -> announced on the day
        # of the visit -> planned, 2024-07-02 (the "visit to Kyiv" of "July 2"), Kyiv, in person.
        M(["viktor_orban", "volodymyr_zelensky"], "2024-07-02", "Kyiv", IP, P,
          "Khavasi noted that Orban will hold talks with Ukrainian President Volodymyr Zelensky."),
        # "The last time Orban came to Kyiv was in 2012 for meetings with then-President Viktor
        # Yanukovych." -> held, date null (a year), Kyiv, in person (several sessions of one
        # visit, one row).
        M(["viktor_orban", "viktor_yanukovych"], None, "Kyiv", IP, H,
          "The last time Orban came to Kyiv was in 2012 for meetings with then-President Viktor Yanukovych."),
        # Not rows: "the plans for the trip were agreed upon after lengthy negotiations" (unnamed
        # negotiators); "Orban did not visit Ukraine ... during the previous president Petro
        # Poroshenko" (a visit that did not take place); Havasi's report (a statement). Not
        # annotated: "an interlocutor in Budapest", "the source of The Guardian" (unnamed);
        # Kyiv, Budapest, Ukraine (places). Kept as they stand: "Orbanʼs" (with a modifier-letter
        # apostrophe) and both spellings "Havasi" / "Khavasi". Removed: at the start, the tool's
        # date prefix " date 2024-07-02 "; nothing at the end (the excerpt ends with a full
        # sentence).
    ],
    roles=[("Prime Minister of Hungary", "viktor_orban"), ("Ukrainian President", "volodymyr_zelensky"),
           ("the head of Orbanʼs press service", "bertalan_havasi"), ("then-President", "viktor_yanukovych"),
           ("the previous president", "petro_poroshenko")],
)

_LAI = ("TAIPEI (TVBS News) — President-elect Lai Ching-te met with a U.S. delegation on Monday (Jan. 15), outlining Taiwan's continued commitment to defending peace and stability in the Taiwan Strait under his leadership, alongside Vice President-elect Hsiao Bi-khim.")
_DEL = ("Additionally, the delegation met with Hou Yu-ih, New Taipei's mayor who lost in the recent election, Ko Wen-je, chairman of the Taiwan People's Party, and Kuomintang (KMT) Chairman Eric Chu.")
A["dev_16309_lai_us_delegation_taipei"] = dict(
    actors={
        "tsai_ing_wen": ["President Tsai Ing-wen", "Tsai Ing-wen"],
        "eric_chu": ["Eric Chu"],
        "kuomintang": ["Kuomintang", "KMT"],
        "democratic_party_us": ["Democratic"],
        "republican_party": ["Republican"],
        # New keys.
        "lai_ching_te": ["President-elect Lai Ching-te", "Lai Ching-te", "Lai"],
        "hsiao_bi_khim": ["Hsiao Bi-khim"],
        "stephen_hadley": ["Stephen Hadley"],
        "james_steinberg": ["James Steinberg", "Steinberg"],
        "laura_rosenberger": ["Laura Rosenberger"],
        "american_institute_in_taiwan": ["American Institute in Taiwan", "AIT"],
        "hou_yu_ih": ["Hou Yu-ih"],
        "ko_wen_je": ["Ko Wen-je"],
        "taiwan_peoples_party": ["Taiwan People's Party"],
    },
    meetings=[
        # "President-elect Lai Ching-te met with a U.S. delegation on Monday (Jan. 15)" -> the
        # delegation "including" Hadley and Steinberg (its named members; Steinberg spoke at
        # the meeting) -> one row per named member: held, 2024-01-15, Taipei (the dateline),
        # in person. Not participants: Hsiao "alongside" Lai and Rosenberger, who "accompanied"
        # the delegation (ANNOTATION.md); no Hadley-Steinberg row (two members of the same
        # visiting delegation; see the notes).
        M(["lai_ching_te", "stephen_hadley"], "2024-01-15", "Taipei", IP, H, _LAI),
        M(["lai_ching_te", "james_steinberg"], "2024-01-15", "Taipei", IP, H, _LAI),
        # "Additionally, the delegation met with Hou Yu-ih, ..., Ko Wen-je, ..., and Kuomintang
        # (KMT) Chairman Eric Chu." -> three meetings of the delegation (as dev_032's "met X and
        # Y"), each given as rows for its two named members -> held, date null (no day is given
        # for them), place null (not given), in person; not required (the text does not say
        # which members attended, nor whether the three were met apart; see the notes).
        M(["stephen_hadley", "hou_yu_ih"], None, None, IP, H, _DEL, False),
        M(["james_steinberg", "hou_yu_ih"], None, None, IP, H, _DEL, False),
        M(["stephen_hadley", "ko_wen_je"], None, None, IP, H, _DEL, False),
        M(["james_steinberg", "ko_wen_je"], None, None, IP, H, _DEL, False),
        M(["stephen_hadley", "eric_chu"], None, None, IP, H, _DEL, False),
        M(["james_steinberg", "eric_chu"], None, None, IP, H, _DEL, False),
        # Not rows: "U.S. congratulations following Taiwan's election" (messages); Lai's
        # "inauguration on May 20" (a ceremony). Not annotated: the byline "記者 TVBS News Staff
        # 報導", the dateline's "TVBS News" (outlet) and the caption credit "(Courtesy of DPP)";
        # "the U.S.", "other allies" (generic); Taiwan, Taipei, New Taipei, the Taiwan Strait
        # (places). Kept as they stand: the headline, the byline, the time line, the caption with
        # "Taiwan‘s", the blank lines with single spaces. Removed: nothing at the start; at the
        # end, the page's advertising block ("◤Blueseeds永續生活◢" and three lines "👉..."), the line
        # "更新時間:2024/01/16 11:26" and "延伸閱讀".
    ],
    roles=[("The president-elect", "lai_ching_te"), ("Vice President-elect", "hsiao_bi_khim"),
           ("former US national security adviser", "stephen_hadley"),
           ("former US deputy secretary of state", "james_steinberg"),
           ("American Institute in Taiwan (AIT) Chair", "laura_rosenberger"),
           ("New Taipei's mayor", "hou_yu_ih"), ("chairman of the Taiwan People's Party", "ko_wen_je"),
           ("Kuomintang (KMT) Chairman", "eric_chu")],
)

_KEN = ("Sir Peter will hold discussions with the Prime Minister, Mr Hawke, the Minister for Foreign Affairs, Mr Hayden, and the Minister for Defence, Mr Beazley.")
_CALL = ("He will also call on the Chairman of the Foreign Affairs and Defence Committee, Senator Sibraa, the Chairman of the Australian Parliamentary Christian Fellowship, Senator Tate, and the Director-General of the Australian Development Assistance Bureau, Dr Dun.")
A["dev_16310_kenilorea_australia_visit"] = dict(
    actors={
        "bob_hawke": ["Mr Hawke"],
        "bill_hayden": ["Mr Hayden"],
        "kim_beazley": ["Mr Beazley"],
        "australian_government": ["Australian Government"],
        # New keys.
        "peter_kenilorea": ["Sir Peter Kenilorea", "Sir Peter"],
        "sibraa": ["Senator Sibraa"],
        "tate": ["Senator Tate"],
        "dun": ["Dr Dun"],
        "world_vision_australia": ["World Vision Australia", "World Vision"],
        "australian_parliamentary_christian_fellowship": ["Australian Parliamentary Christian Fellowship"],
        "australian_development_assistance_bureau": ["Australian Development Assistance Bureau"],
        "foreign_affairs_and_defence_committee": ["Foreign Affairs and Defence Committee"],
    },
    meetings=[
        # "Sir Peter will hold discussions with the Prime Minister, Mr Hawke, the Minister for
        # Foreign Affairs, Mr Hayden, and the Minister for Defence, Mr Beazley." -> three
        # separate discussions (as dev_032's list of separate meetings; no pairs among the three
        # Australians) -> planned, date null (the visit is "from 11 to 18 September", a range),
        # Australia (the country of the visit; no city is given), in person.
        M(["peter_kenilorea", "bob_hawke"], None, "Australia", IP, P, _KEN),
        M(["peter_kenilorea", "bill_hayden"], None, "Australia", IP, P, _KEN),
        M(["peter_kenilorea", "kim_beazley"], None, "Australia", IP, P, _KEN),
        # "He will also call on ... Senator Sibraa, ... Senator Tate, and ... Dr Dun." -> three
        # planned calls, same date and place.
        M(["peter_kenilorea", "sibraa"], None, "Australia", IP, P, _CALL),
        M(["peter_kenilorea", "tate"], None, "Australia", IP, P, _CALL),
        M(["peter_kenilorea", "dun"], None, "Australia", IP, P, _CALL),
        # "Sir Peter will have discussion with World Vision Australia" -> an organisation whose
        # representatives are not named -> planned, date null, Australia; not required (see the
        # notes).
        M(["peter_kenilorea", "world_vision_australia"], None, "Australia", IP, P,
          "During his visit Sir Peter will have discussion with World Vision Australia to advance consideration of World Vision's rehabilitation program in the Solomon Islands after Cyclone Namu and attend the First National Prayer Breakfast being organised by the Australian Parliamentary Christian Fellowship.", False),
        # Not rows: "attend the First National Prayer Breakfast" (an event); "a guest of the
        # Australian Government" and "to tell the Australian Government personally" (the
        # government as host, the same discussions); Cyclone Namu relief (no meeting). Not
        # annotated: Cyclone Namu (an event); Australia, the Solomon Islands (places). Kept as
        # they stand: the date line with its leading space, "Solomon islands", the double spaces
        # in "of the  Australian" and "Sir  Peter". Removed: at the start, the site's lines
        # "Hawke, Robert", "Period of Service: 11/03/1983 - 20/12/1991", "Media Release" and
        # "  • Hawke, Robert James Lee"; nothing at the end.
    ],
    roles=[("The Prime Minister of the Solomon Islands", "peter_kenilorea"), ("the Prime Minister", "bob_hawke"),
           ("the Minister for Foreign Affairs", "bill_hayden"), ("the Minister for Defence", "kim_beazley"),
           ("the Chairman of the Foreign Affairs and Defence Committee", "sibraa"),
           ("the Chairman of the Australian Parliamentary Christian Fellowship", "tate"),
           ("the Director-General", "dun")],
)

A["test_16311_adams_hume_memory"] = dict(
    actors={
        "gerry_adams": ["Gerry Adams", "Mr Adams"],
        "sinn_fein": ["Sinn Féin"],
        "ira": ["IRA"],
        "irish_government": ["Dublin government"],
        # New keys.
        "john_hume": ["John Hume", "Mr Hume"],
        "sdlp": ["SDLP"],
        "alex_reid": ["Fr Alex Reid"],
    },
    meetings=[
        # "His decision to meet with me in September 1986, following an invitation from Fr Alex
        # Reid, was a breakthrough moment in Irish politics." ("John Hume's decision to meet him
        # for talks in 1986": the same) -> held, date null (month only), place null, in person.
        M(["john_hume", "gerry_adams"], None, None, IP, H,
          "His decision to meet with me in September 1986, following an invitation from Fr Alex Reid, was a breakthrough moment in Irish politics."),
        # "Mr Hume had briefly met the IRA directly in 1985" -> the organisation, its people not
        # named -> held, date null (a year), place null, in person; not required (see the notes).
        M(["john_hume", "ira"], None, None, IP, H,
          "Mr Hume had briefly met the IRA directly in 1985 in an effort to bring about a ceasefire.", False),
        # Not rows: "Controversial talks were taking place ... in the late 1980s and early 1990s"
        # and "In coming years he held talks with Gerry Adams" (a series of talks over years, no
        # meeting fixed; see the notes); the proposals "passed to the Dublin government" (a
        # document); Adams "Speaking today" (a tribute); Reid's "invitation" (not a meeting).
        # Not annotated: the caption credit "Ian Knox cartoon 4/8/20" (twice); the Good Friday
        # Agreement (an agreement); Ireland (a place). Kept as they stand: the duplicated
        # headline/caption line, "Hume-Adans talks", the unclosed opening quotation mark of
        # Adams's words. Removed: at the start, the section line "Northern Ireland"; at the end,
        # the cut-off sentence "Mr Adams said it had taken "even greater courage to stick with
        # it" after the".
    ],
    roles=[("SDLP leader", "john_hume"), ("the Nobel laureate", "john_hume"),
           ("Sinn Féin president", "gerry_adams"), ("the leader of Sinn Féin", "gerry_adams")],
)

A["dev_16312_schroeder_blair_london"] = dict(
    actors={
        "gerhard_schroeder": ["German Chancellor Gerhard Schroeder", "Gerhard Schroeder", "Schroeder"],
        "tony_blair": ["Prime Minister Tony Blair", "Tony Blair", "Blair"],
        "john_major": ["Prime Minister John Major", "John Major"],
        "helmut_kohl": ["Helmut Kohl"],
        "oskar_lafontaine": ["Oskar Lafontaine"],
        "spd": ["Social Democratic Party"],
        "labour_party": ["Labour Party"],
        "conservative_party_uk": ["Conservatives"],
        "european_union": ["European Union", "EU"],
        # New key.
        "welt_am_sonntag": ["Welt am Sonntag"],
    },
    meetings=[
        # "German Chancellor Gerhard Schroeder and Prime Minister Tony Blair were expected to
        # discuss the situation in Russia during their talks in London today" ("They were also
        # due to discuss", "Blair also said he would discuss with the German Chancellor": the
        # same) -> announced as upcoming -> planned, 1998-11-02, London, in person.
        M(["gerhard_schroeder", "tony_blair"], "1998-11-02", "London", IP, P,
          "London, 2 November 1998 (RFE/RL) -- British officials say that German Chancellor Gerhard Schroeder and Prime Minister Tony Blair were expected to discuss the situation in Russia during their talks in London today."),
        # Not rows: "more regular contacts between their governments" (a wish); Blair's article
        # "yesterday in the Welt am Sonntag newspaper" (a newspaper article); "the German
        # parliament" confirming Schroeder (a vote). Not annotated: the date line's "(RFE/RL)"
        # (outlet credit); "British officials" (unnamed); "the German parliament", "the former
        # British Conservative government", "Left-led governments" (generic); Britain, London,
        # Bonn, Russia, Germany (places); the euro (a currency). Removed: at the start, the site
        # lines "Accessibility links" and "Breaking News" (as 19a, 21a); at the end, the cut-off
        # sentence "Blair also said his government wants to be a leading partner in the EU, but
        # not at the expense of the traditionally close Fra".
    ],
    roles=[("German Chancellor", "gerhard_schroeder"), ("the German Chancellor", "gerhard_schroeder"),
           ("his predecessor", "john_major"), ("former chancellor", "helmut_kohl"),
           ("Germany's new Finance Minister", "oskar_lafontaine")],
)
