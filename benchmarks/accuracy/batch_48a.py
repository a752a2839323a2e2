"""Accuracy corpus, batch 48a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1970s, 1980s, 1990s,
2000s, 2010s and 2020s (1960s: one, 1970s: one, 1980s: one, 1990s: two, 2000s: three, 2010s:
two, 2020s: two; five of the twelve from before 2000, as the brief asked), over the eleven regions
(Oceania: two; South Asia, Central Asia/Caucasus, Middle East, Eastern Europe/Russia, Africa,
Southeast Asia, Latin America, North America, East Asia, Western Europe: one each).
Outlets/sites: the Prime Minister's Office of Tonga (pmo.gov.to, a media release), 1971.bdesh.com
(an archive of 1971 press reports), the Jamestown Foundation's blog (jamestownfoundation.blogspot.de),
the Associated Press (apnews.com archive), hri.org (a news agency digest), francegenocidetutsi.fr
(a document archive carrying an AFP dispatch), the Australian Senate Hansard (parlinfo.aph.gov.au),
etan.org (a list archive carrying ABC Radio Australia and AP stories), amaro-theteacher.blogspot.com
(a blog carrying an English news story from Santo Domingo), The Globe and Mail
(theglobeandmail.com), marcosalas.blogspot.com (a blog carrying a Seoul staff reporter's story) and
the U.S. Department of Defense's news service (defense.gov, American Forces Press Service).
1971.bdesh.com, jamestownfoundation.blogspot.de, hri.org, francegenocidetutsi.fr, etan.org,
amaro-theteacher.blogspot.com, marcosalas.blogspot.com and defense.gov are new to the corpus as
sites (as far as `sources.csv` and the batch files show); the other sites were used before, the
pages and the stories are new.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_48a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-47b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_94NN_<slug>` / `test_94NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The release's date line "5 May 2023" (a Friday): the meeting "in London last night" =
    # 2023-05-04 (a Thursday, checked).
    ("dev_9401_hu_akavameiliku_hipkins_london", "Oceania", "2020s", "Prime Minister's Office of Tonga (pmo.gov.to; media release)", "https://pmo.gov.to/prime-ministers-meet-in-london-and-discuss-key-issues-for-tonga-and-new-zealand", "2023-05-05"),
    # The page's date line "1971-12-19" (a Sunday, the paper's date) and the dateline
    # "WASHINGTON, Dec. 18": "today" is resolved against the dateline -> 1971-12-18 (a Saturday;
    # as ANNOTATION's datelines whose day differs from the paper's); "Earlier" (Rogers) -> null;
    # "next May" -> null; "yesterday" (the Administration's statement, the cease-fire) -> no rows.
    ("dev_9402_nixon_bhutto_white_house", "South Asia", "1970s", "1971.bdesh.com (an archive of 1971 press reports; story by Bernard Gwertzman, no paper named in the excerpt)", "http://1971.bdesh.com/show_article.php?article_id=1634", "1971-12-19"),
    # The blog's date line "Thursday, March 10, 2011" (2011-03-10 is a Thursday): "On March 7"
    # -> 2011-03-07 (explicit; a Monday); the Donilon meeting is the one Obama joined that day
    # (see the notes); the meetings with Kerry and McCain and the award fall in "March 6-8" (a
    # range) -> null.
    ("test_9403_otunbayeva_obama_washington", "Central Asia/Caucasus", "2010s", "Jamestown Foundation blog (jamestownfoundation.blogspot.de)", "http://jamestownfoundation.blogspot.de/2011/03/otunbayevas-courage-recognized-in.html", "2011-03-10"),
    # The date line "March 7, 1987" (a Saturday): the envoys "today finished two days of talks"
    # after they "flew in Thursday" (1987-03-05) -> a span of days, null.
    ("dev_9404_gemayel_envoys_sharaa_damascus", "Middle East", "1980s", "Associated Press (apnews.com archive)", "https://www.apnews.com/b3c0e95c18e8dca7e3e4ce5c929ec192", "1987-03-07"),
    # No date line in the excerpt; the URL's news/agencies/mic/1995/95-10-02 (1995-10-02, a
    # Monday): "will visit Belgrade today" -> 1995-10-02 (resolved against the URL's date; see
    # the notes); "on 13 September" (the Interim Accord) -> no row.
    ("dev_9405_gligorov_milosevic_belgrade_planned", "Eastern Europe/Russia", "1990s", "hri.org (a news agency digest, path news/agencies/mic/)", "http://hri.org/news/agencies/mic/1995/95-10-02.mic.html", "1995-10-02"),
    # The record's date field "Tuesday February 28, 1995" and the dateline "NAIROBI, Feb 28
    # (AFP)" (1995-02-28 is a Tuesday): "Kagame on Monday briefed Issaias" -> 1995-02-27 (a
    # Monday), the date of the talks (see the notes); "in April last year", "in July" (the war)
    # -> no rows.
    ("dev_9406_kagame_issaias_asmara", "Africa", "1990s", "francegenocidetutsi.fr (a document archive; AFP dispatch, record no. 33159)", "https://francegenocidetutsi.fr/fgtshowdoc.php?num=33159", "1995-02-28"),
    # The Hansard date line "Tuesday, 15 April 1969" (a Tuesday, checked): "on 1st April" ->
    # 1969-04-01 (explicit; a Tuesday); "for 6th and 7th May" -> a range, null; "Subsequently"
    # -> null; "28th March", "Saturday, 29th March" (Eisenhower's death and the news of it) ->
    # no rows.
    ("test_9407_gorton_nixon_senate_statement", "Oceania", "1960s", "Parliament of Australia, Senate Hansard (parlinfo.aph.gov.au)", "https://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id%3A%22hansard80%2Fhansards80%2F1969-04-15%2F0235%22;src1=sm1", "1969-04-15"),
    # The lines "Last Updated 25/07/2007, 19:29:22" (ABC) and "Published: July 25, 2007" (AP);
    # 2007-07-25 is a Wednesday ("told ... radio Wednesday" agrees): "on Thursday" and
    # "Tomorrow" -> 2007-07-26 (a Thursday); "a year ago" -> no row.
    ("dev_9408_howard_ramos_horta_planned", "Southeast Asia", "2000s", "etan.org (a list archive carrying ABC Radio Australia and Associated Press stories)", "https://www.etan.org/et2007/july/28/25austrl.htm", "2007-07-25"),
    # The blog's date line "jueves, 5 de mayo de 2011" (2011-05-05 is a Thursday, "jueves"): "met
    # yesterday" -> 2011-05-04 (a Wednesday; see the notes); "on 14 May" -> 2011-05-14 (a
    # Saturday); "after 12 January" (the earthquake) -> no row.
    ("dev_9409_fernandez_martelly_santo_domingo", "Latin America", "2010s", "amaro-theteacher.blogspot.com (a blog carrying an English news story from Santo Domingo; no outlet named)", "http://amaro-theteacher.blogspot.com/2011/05/leonel-and-martelly-talk-of-frontier.html", "2011-05-05"),
    # No date line in the excerpt; the search tool's date field 2023-02-09 (removed with its
    # prefix; a Thursday): "on Thursday" -> 2023-02-09 (the day itself); "on Feb. 7" (the First
    # Ministers' meeting in the caption) and "on Monday" (the premiers' virtual meeting) -> no
    # rows.
    ("dev_9410_ford_duclos_leblanc_health_deal", "North America", "2020s", "The Globe and Mail (theglobeandmail.com)", "https://www.theglobeandmail.com/canada/article-ontario-alberta-health-care-deal/", "2023-02-09"),
    # The blog's date line "Thursday, October 01, 2009" (a Thursday; "Cheong Wa Dae said Thursday"
    # agrees): "in Seoul on Oct. 9" -> 2009-10-09 (a Friday); "the following day" (Beijing) ->
    # 2009-10-10; "last week" (New York) -> null; "early next week", "next year" -> no rows.
    ("test_9411_lee_hatoyama_seoul_planned", "East Asia", "2000s", "marcosalas.blogspot.com (a blog copy of a story by Na Jeong-ju, Staff Reporter; no outlet named)", "http://marcosalas.blogspot.com/2009/10/lee-hatoyama-summit-due-in-seoul-next.html", "2009-10-01"),
    # The dateline "WASHINGTON, July 6, 2005" (a Wednesday): "today" -> 2005-07-06; the meeting
    # took place in Denmark that day ("Bush made a stopover in Denmark", "With Rasmussen at his
    # side"), not at the dateline's place.
    ("dev_9412_bush_rasmussen_denmark", "Western Europe", "2000s", "U.S. Department of Defense, DoD News (defense.gov; American Forces Press Service)", "http://www.defense.gov/News/NewsArticle.aspx?ID=16721", "2005-07-06"),
]

A = {}

A["dev_9401_hu_akavameiliku_hipkins_london"] = dict(
    actors={
        "siaosi_sovaleni": ["Honourable Hu’akavameiliku", "Hu’akavameiliku"],
        "chris_hipkins": ["Right Honourable Chris Hipkins", "Chris Hipkins"],
        "charles_iii": ["His Majesty King Charles 3", "King Charles 3"],
    },
    meetings=[
        # "The Honourable Hu’akavameiliku met with his New Zeaand counterpart the Right Honourable
        # Chris Hipkins at the New Zealand High Commission in London last night." ("the two Prime
        # Ministers discussed", "The two discussed": the same meeting, one row) -> held,
        # 2023-05-04, London. Evidence without the dateline "London – ".
        M(["siaosi_sovaleni", "chris_hipkins"], "2023-05-04", "London", IP, H,
          "The Honourable Hu’akavameiliku met with his New Zeaand counterpart the Right Honourable Chris Hipkins at the New Zealand High Commission in London last night."),
        # Not rows: "the coronation of His Majesty King Charles 3" (a ceremony the two attended;
        # no meeting with the King stated). Tonga's Prime Minister is named only by his title
        # "Hu’akavameiliku" (the existing key `siaosi_sovaleni`, batch 40b). Kept as found: "New
        # Zeaand", "King Charles 3". Nothing removed (the excerpt is the whole release: headline,
        # date line, three paragraphs).
    ],
    roles=[("his New Zeaand counterpart", "chris_hipkins")],
)

A["dev_9402_nixon_bhutto_white_house"] = dict(
    actors={
        "richard_nixon": ["President Nixon", "Mr. Nixon"],
        "zulfikar_ali_bhutto": ["Zulfikar Ali Bhutto", "Mr. Bhutto"],
        "william_rogers": ["Secretary of State William P. Rogers", "William P. Rogers"],
        "ronald_ziegler": ["Ronald L. Ziegler", "Mr. Ziegler"],
        "alexei_kosygin": ["Premier Aleksei N. Kosygin", "Aleksei N. Kosygin"],
        "white_house": ["White House"],
        "nixon_administration": ["Administration"],
    },
    meetings=[
        # "Mr. Bhutto ... met with the President for about 25 minutes at the White House." (the
        # lead's "President Nixon today told ... Zulfikar Ali Bhutto", "The two leaders ...
        # reviewed the present situation": the same meeting, one row) -> held, 1971-12-18
        # ("today" under the dateline "WASHINGTON, Dec. 18"), Washington (the White House).
        M(["richard_nixon", "zulfikar_ali_bhutto"], "1971-12-18", "Washington", IP, H,
          "Mr. Bhutto, who is leaving shortly for Pakistan to help in the formation of a new civilian government, met with the President for about 25 minutes at the White House."),
        # "Earlier, he had met for 45 minutes with Secretary of State William P. Rogers." -> held,
        # date null ("Earlier" does not pin the day; see the notes), Washington (the dateline;
        # Bhutto's stay in Washington).
        M(["zulfikar_ali_bhutto", "william_rogers"], None, "Washington", IP, H,
          "Earlier, he had met for 45 minutes with Secretary of State William P. Rogers."),
        # "... his meetings with Soviet leaders next May" -> a one-party row for Nixon (the Soviet
        # leaders are not named), planned, date null (month only), place null; required False (as
        # batch 47a's planned meeting with unnamed leaders).
        M(["richard_nixon"], None, None, IP, P,
          "Mr. Ziegler said that he expected Mr. Nixon to make this matter a principal subject in his meetings with Soviet leaders next May.",
          False),
        # Not rows: "Mr. Nixon had sent several urgent messages to Premier Aleksei N. Kosygin"
        # (messages); Ziegler's account to the press (a briefing); "The Administration
        # indicated" (a statement); "the Russians", "India", "the Soviet Union" (governments,
        # no meeting). "By Bernard Gwertzman" is the byline (not annotated). Kept as found: the
        # page's lines "1971-12-19" and "Page: 1", "today told. Pakistan's", "out breaks", "sub
        # continent". Removed: the last, cut-off sentence ("“The President stressed the United
        # States determination within the limits of its re sources to").
    ],
    roles=[("Pakistan's Deputy Prime Minister and Foreign Minister", "zulfikar_ali_bhutto"),
           ("the President", "richard_nixon"), ("the White House press secretary", "ronald_ziegler"),
           ("Secretary of State", "william_rogers"), ("Premier", "alexei_kosygin")],
)

_OKM = ("She met with Senator John Kerry (D-Mass) and John McCain (R-Ariz), among others.")
_ODN = ("Obama made an impromptu appearance during Otunbayeva’s meeting with National Security Advisor Tom Donilon.")
_OAW = ("The main goal of Otunbayeva’s visit to Washington was to accept an “International Women of Courage” award presented by First Lady Michelle Obama and State Secretary Hillary Clinton.")
A["test_9403_otunbayeva_obama_washington"] = dict(
    actors={
        "roza_otunbayeva": ["Kyrgyzstan President Roza Otunbayeva", "Roza Otunbayeva", "Otunbayeva"],
        "barack_obama": ["President Barak Obama", "Barak Obama", "Obama"],
        "tom_donilon": ["National Security Advisor Tom Donilon", "Tom Donilon"],
        "michelle_obama": ["First Lady Michelle Obama", "Michelle Obama"],
        "hillary_clinton": ["State Secretary Hillary Clinton", "Hillary Clinton"],
        "john_kerry": ["Senator John Kerry", "John Kerry"],
        "john_mccain": ["John McCain"],
        "shamil_atakhanov": ["Shamil Atakhanov"],
        "jamestown_foundation": ["Jamestown"],
        "ata_meken": ["Ata-Meken"],
        "respublika_party": ["Respublika"],
        "omurbek_babanov": ["Omurbek Babanov"],
    },
    meetings=[
        # "On March 7 Otunbayeva held an unplanned meeting with President Barak Obama." (the
        # next paragraph's "impromptu appearance", "The President reiterated", "Obama thanked
        # Otunbayeva": the same meeting, one row) -> held, 2011-03-07, Washington (the visit
        # "to Washington, DC").
        M(["roza_otunbayeva", "barack_obama"], "2011-03-07", "Washington", IP, H,
          "On March 7 Otunbayeva held an unplanned meeting with President Barak Obama."),
        # "Otunbayeva’s meeting with National Security Advisor Tom Donilon", which Obama joined:
        # Otunbayeva-Donilon held, 2011-03-07 (the day of the unplanned meeting it hosted; see
        # the notes), Washington.
        M(["roza_otunbayeva", "tom_donilon"], "2011-03-07", "Washington", IP, H, _ODN),
        # Obama-Donilon: the same side (the President joining his own adviser's meeting) ->
        # required False (as ANNOTATION's pairs within one delegation).
        M(["barack_obama", "tom_donilon"], "2011-03-07", "Washington", IP, H, _ODN, False),
        # "She met with Senator John Kerry (D-Mass) and John McCain (R-Ariz)" -> two bilaterals
        # (as ANNOTATION's dev_032 "met X and Y"), held, date null (within "March 6-8"),
        # Washington.
        M(["roza_otunbayeva", "john_kerry"], None, "Washington", IP, H, _OKM),
        M(["roza_otunbayeva", "john_mccain"], None, "Washington", IP, H, _OKM),
        # The award "presented by First Lady Michelle Obama and State Secretary Hillary Clinton"
        # -> held, date null, Washington; required False (an award ceremony, not talks; as
        # batch 10a's presentation rows; see the notes).
        M(["roza_otunbayeva", "michelle_obama"], None, "Washington", IP, H, _OAW, False),
        M(["roza_otunbayeva", "hillary_clinton"], None, "Washington", IP, H, _OAW, False),
        # Not rows: "the second meeting between the two presidents in less than six months" (the
        # earlier meeting is not described; a count); "her informal speech at the Kyrgyz embassy"
        # (a speech); "Shamil Atakhanov, told Jamestown" (an interview); "talks with donor
        # organizations" and "several important meetings with US officials, think-tanks and
        # NGOs" (unnamed); Ata-Meken "attacking" Babanov (no meeting). "By Erica Marat" is the
        # byline (not annotated); "US Transit Center" is a facility (not an actor). Kept as
        # found: "Barak Obama", "told Jamestown, that". Removed: the last, cut-off sentence
        # ("The overall political climate in Kyrgyzstan remains unpredictable as presi").
    ],
    roles=[("Kyrgyzstan President", "roza_otunbayeva"), ("The President", "barack_obama"),
           ("the President", "roza_otunbayeva"), ("National Security Advisor", "tom_donilon"),
           ("Her deputy", "shamil_atakhanov"), ("First Lady", "michelle_obama"),
           ("State Secretary", "hillary_clinton"),
           ("the deputy prime minister and head of Respublika party", "omurbek_babanov")],
)

_GES = ("Three close advisers of President Amin Gemayel of Lebanon today finished two days of talks with Syrian Foreign Minister Farouk Al-Sharaa on a new Syrian-proposed peace formula.")
A["dev_9404_gemayel_envoys_sharaa_damascus"] = dict(
    actors={
        "amin_gemayel": ["President Amin Gemayel", "Amin Gemayel", "Gemayel"],
        "farouk_al_sharaa": ["Syrian Foreign Minister Farouk Al-Sharaa", "Farouk Al-Sharaa", "Al-Sharaa"],
        "elie_salem": ["Elie Salem"],
        "simon_kassis": ["Col. Simon Kassis", "Simon Kassis"],
        "nicolas_nasr": ["Nicolas Nasr"],
        "hafez_al_assad": ["President Hafez Assad", "Hafez Assad"],
    },
    meetings=[
        # "Three close advisers of President Amin Gemayel ... today finished two days of talks
        # with Syrian Foreign Minister Farouk Al-Sharaa" (the advisers named in the next
        # sentence: Elie Salem, Col. Simon Kassis and Nicolas Nasr; "held three separate meetings
        # with Al-Sharaa", "The talks, sources said, centered on": the same talks, one row per
        # pair) -> each adviser with Al-Sharaa: held, date null (two days; see the date note),
        # Damascus. Evidence without the dateline "DAMASCUS, Syria (AP) _ ".
        M(["elie_salem", "farouk_al_sharaa"], None, "Damascus", IP, H, _GES),
        M(["simon_kassis", "farouk_al_sharaa"], None, "Damascus", IP, H, _GES),
        M(["nicolas_nasr", "farouk_al_sharaa"], None, "Damascus", IP, H, _GES),
        # The pairs within the visiting team: required False (the same delegation, as
        # ANNOTATION's dev_017 and batch 47b).
        M(["elie_salem", "simon_kassis"], None, "Damascus", IP, H, _GES, False),
        M(["elie_salem", "nicolas_nasr"], None, "Damascus", IP, H, _GES, False),
        M(["simon_kassis", "nicolas_nasr"], None, "Damascus", IP, H, _GES, False),
        # Not rows: Gemayel "sent his envoys to Damascus" (he is not a party to the talks);
        # "efforts to reconcile Gemayel with President Hafez Assad" (no meeting described); "the
        # team's eighth visit since January" (a count); "Lebanon's Moslem leaders", "sources"
        # (unnamed). Kept as found: "inteligence", "Feb.22", "moslem". Removed: the site's
        # widget line "Related topics" at the start and the last, cut-off sentence ("But Gemayel
        # has not given a final answer and his envoys are discussed these reforms ″point by
        # point″ with the Syrians, said one source clo").
    ],
    roles=[("Syrian Foreign Minister", "farouk_al_sharaa"), ("a former foreign minister", "elie_salem"),
           ("Lebanon’s military inteligence chief", "simon_kassis"),
           ("the Christian president’s legal adviser", "nicolas_nasr"),
           ("the Christian president", "amin_gemayel"), ("the president", "amin_gemayel")],
)

A["dev_9405_gligorov_milosevic_belgrade_planned"] = dict(
    actors={
        "kiro_gligorov": ["The president of the Republic of Macedonia Kiro Gligorov", "President Kiro Gligorov",
                          "Kiro Gligorov", "Gligorov"],
        "slobodan_milosevic": ["Slobodan Milosevic", "Milosevich"],
        "nin": ["Yugoslav weekly NIN", "NIN"],
    },
    meetings=[
        # "Kiro Gligorov will visit Belgrade today at the invitation of the President of the
        # Republic of Serbia Slobodan Milosevic." ("The expected topic of the discussions", "This
        # is the first meeting of the two presidents in Belgrade": the same) -> planned,
        # 1995-10-02 ("today" against the URL's date; see the notes), Belgrade.
        M(["kiro_gligorov", "slobodan_milosevic"], "1995-10-02", "Belgrade", IP, P,
          "The president of the Republic of Macedonia Kiro Gligorov will visit Belgrade today at the invitation of the President of the Republic of Serbia Slobodan Milosevic."),
        # Not rows: "if we organize a meeting of the foreign ministers of Macedonia and the FR
        # Yugoslavia" (hypothetical; unnamed ministers); the interviewer's question "whether it
        # was possible to expect a soon Gligorov-Milosevich meeting" (the same meeting, asked
        # about earlier; no second row); Gligorov's "interview for Yugoslav weekly NIN" (media);
        # "the signing of the Interim Accord between Macedonia and Greece on 13 September" (a
        # signing by unnamed parties); "the intervention of the U.S. diplomacy" (unnamed). Kept
        # as found: "The expected topic of the discussions are", "a soon Gligorov-Milosevich
        # meeting", the open quotation mark of the last paragraph. No header or date line in the
        # excerpt. Removed: the last, cut-off sentence ("The J").
    ],
    roles=[("the President of the Republic of Serbia", "slobodan_milosevic"),
           ("The president of the Republic of Macedonia", "kiro_gligorov")],
)

A["dev_9406_kagame_issaias_asmara"] = dict(
    actors={
        "paul_kagame": ["Rwandan vice president Paul Kagame", "Paul Kagame", "Kagame"],
        "isaias_afwerki": ["Eritrean President Issaias Afeworki", "Issaias Afeworki", "Issaias"],
        "juvenal_habyarimana": ["president Juvenal Habyarimana", "Juvenal Habyarimana", "Habyarimana"],
        "rwanda_patriotic_front": ["Rwanda Patriotic Front"],
        "eritrean_radio": ["Eritrean radio"],
        "bbc": ["BBC"],
    },
    meetings=[
        # "Rwandan vice president Paul Kagame and Eritrean President Issaias Afeworki held talks on
        # bilateral issues during Kagame's visit in the Eritrean capital, Asmara" ("Kagame on
        # Monday briefed Issaias", "Issaias told Kagame": the same talks, one row) -> held,
        # 1995-02-27 (the Monday of the briefing; see the notes), Asmara. Evidence without the
        # dateline "NAIROBI, Feb 28 (AFP) - ".
        M(["paul_kagame", "isaias_afwerki"], "1995-02-27", "Asmara", IP, H,
          "Rwandan vice president Paul Kagame and Eritrean President Issaias Afeworki held talks on bilateral issues during Kagame's visit in the Eritrean capital, Asmara, Eritrean radio reported Tuesday."),
        # Not rows: "the death of president Juvenal Habyarimana" and the civil war (no
        # meeting); the radio report "monitored here by the BBC" (media). The site's record
        # fields (French labels: "Fiche du document numéro 33159", "Num", "Date", "Titre",
        # "Source AFP", "Type Dépêche d'agence", "Langue EN", "Citation") are kept as found at
        # the start: they carry the date and the headline. "AFP" in the dateline and the source
        # field is the agency credit (not annotated). Removed: at the end, the agency tag
        # "jnm/sayc AFP AFP" and the site's lines "Haut" and "fgtquery v.1.9, 9 février 2024".
    ],
    roles=[("Rwandan vice president", "paul_kagame"), ("Eritrean President", "isaias_afwerki")],
)

_GN = ("However, on 1st April, when I was received by President Nixon, we were able to reschedule our postponed discussions for 6th and 7th May.")
_GS = ("Subsequently I had separate and preliminary discussions with the Secretary of State, the Honourable William P. Rogers, the Secretary of Defence, the Honourable Melvin R. Laird, the Secretary of the Treasury, the Honourable David M. Kennedy, and President Nixon's special adviser, Dr Henry A. Kissinger on matters of mutual interest in defence and foreign affairs including the conflict in Vietnam and future stability and progress in the region of which we are a part.")
A["test_9407_gorton_nixon_senate_statement"] = dict(
    actors={
        "john_gorton": ["Mr Gorton"],
        "ken_anderson": ["Senator ANDERSON"],
        "dwight_eisenhower": ["President Eisenhower"],
        "richard_nixon": ["President Nixon"],
        "william_rogers": ["William P. Rogers"],
        "melvin_laird": ["Melvin R. Laird"],
        "david_m_kennedy": ["David M. Kennedy"],
        "henry_kissinger": ["Dr Henry A. Kissinger", "Henry A. Kissinger"],
    },
    meetings=[
        # "on 1st April, when I was received by President Nixon" ("This call provided the
        # opportunity for us to review the topics": the same call on the President) -> Gorton
        # (the "I" of the statement, as the Senator says) with Nixon, held, 1969-04-01,
        # Washington (the journey's goal, "a visit to Washington for discussions with the
        # President"; see the notes).
        M(["john_gorton", "richard_nixon"], "1969-04-01", "Washington", IP, H, _GN),
        # "we were able to reschedule our postponed discussions for 6th and 7th May" -> planned,
        # date null (two days), Washington ("prior to my return" to Washington).
        M(["john_gorton", "richard_nixon"], None, "Washington", IP, P, _GN),
        # "Subsequently I had separate and preliminary discussions with" Rogers, Laird, Kennedy
        # and Kissinger -> four separate bilaterals ("separate"), held, date null
        # ("Subsequently"), Washington (the same stay).
        M(["john_gorton", "william_rogers"], None, "Washington", IP, H, _GS),
        M(["john_gorton", "melvin_laird"], None, "Washington", IP, H, _GS),
        M(["john_gorton", "david_m_kennedy"], None, "Washington", IP, H, _GS),
        M(["john_gorton", "henry_kissinger"], None, "Washington", IP, H, _GS),
        # "the official visit to Canada which had been arranged in response to the invitation of
        # the Prime Minister of Canada" -> a one-party row for Gorton (the host is given by role
        # only), held, date null, Canada; required False (a visit to a country; no meeting with
        # the Prime Minister is told; see the notes).
        M(["john_gorton"], None, "Canada", IP, H,
          "Necessarily, these discussions were postponed but I continued with my journey to represent Australia at the funeral ceremonies for the late President and to make the official visit to Canada which had been arranged in response to the invitation of the Prime Minister of Canada.",
          False),
        # Not rows: the discussions first planned for the visit that "were postponed" after
        # Eisenhower's death (not held; rescheduled, the planned row above); "the funeral
        # ceremonies for the late President" (a ceremony); Senator Anderson reading the
        # statement to the Senate (a statement). Kept as found: the OCR slips "1 am", "Prims
        # Minister", "theother place", "pronoun T", "before 1 was", "America.'", "arid the
        # President" and the paragraph break inside the last sentence ("the Honourable" /
        # "Melvin R. Laird"). Removed: the site's header lines at the start ("Note: Where
        # available, the PDF/Word icon below is provided ...", "Download Full Day's Hansard...
        # View Or Save XML...", "Previous Fragment    Next Fragment") and the last, cut-off
        # sentence ("Even in this introductory stage of our discussions I found a continuance of
        # the deep interest and the warmth of friend").
    ],
    roles=[("the Prims Minister", "john_gorton"), ("Minister for Supply", "ken_anderson"),
           ("the late President", "dwight_eisenhower"), ("the President", "richard_nixon"),
           ("the Secretary of State", "william_rogers"), ("the Secretary of Defence", "melvin_laird"),
           ("the Secretary of the Treasury", "david_m_kennedy"),
           ("President Nixon's special adviser", "henry_kissinger")],
)

_HRG = ("He will meet President Jose Ramos-Horta, and former president, Xanana Gusmao, the leader of the new political party, the National Congress for Timorese Reconstruction (CNRT), who has been involved in talks aimed at trying to form a new government.")
A["dev_9408_howard_ramos_horta_planned"] = dict(
    actors={
        "john_howard": ["Australia's Prime Minister John Howard", "John Howard", "Mr Howard"],
        "jose_ramos_horta": ["President Jose Ramos-Horta", "Jose Ramos-Horta"],
        "xanana_gusmao": ["Xanana Gusmao", "Gusmao"],
        "susilo_bambang_yudhoyono": ["Indonesian President Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono"],
        "cnrt": ["National Congress for Timorese Reconstruction", "CNRT"],
        "australian_broadcasting_corporation": ["Australian Broadcasting Corp."],
    },
    meetings=[
        # "He will meet President Jose Ramos-Horta, and former president, Xanana Gusmao" (the
        # visit "to East Timor ... on Thursday"; the AP story's "to meet the new President Jose
        # Ramos-Horta and Xanana Gusmao", "to see him and also Xanana Gusmao": the same planned
        # meetings) -> two bilaterals (as ANNOTATION's dev_032), planned, 2007-07-26, East Timor
        # (no city named).
        M(["john_howard", "jose_ramos_horta"], "2007-07-26", "East Timor", IP, P, _HRG),
        M(["john_howard", "xanana_gusmao"], "2007-07-26", "East Timor", IP, P, _HRG),
        # "Mr Howard will then fly to Bali to meet Indonesian President Susilo Bambang Yudhoyono"
        # -> planned, 2007-07-26 (the "flying visit to East Timor and Bali on Thursday"), Bali.
        M(["john_howard", "susilo_bambang_yudhoyono"], "2007-07-26", "Bali", IP, P,
          "Mr Howard will then fly to Bali to meet Indonesian President Susilo Bambang Yudhoyono and open an eye hospital - a gift from Australia as a memorial to the Balinese people who died, along with 88 Australians in the 2002 terrorist attack."),
        # Not rows: "I've met him before" (earlier meetings, not described); "Mr Howard last
        # visited East Timor a year ago" (a visit to a country, no host named); "speaking to and
        # thanking the Australian forces" (unnamed); Gusmao's "talks aimed at trying to form a
        # new government" (unnamed parties); Howard "told Australian Broadcasting Corp. radio"
        # (an interview); the AP story's repetition of the plan (the same meetings, one row each
        # in this page). "ABC Radio Australia" and "The Associated Press" above the two stories
        # are source credits (not annotated). Kept as found: the list's subject line, the two
        # headlines, "i take", "the formation a new government". Removed: the last, cut-off
        # sentence ("Despite Howard's prediction that Gusmao would become the next prime
        # minister, a recent election in East Timo").
    ],
    roles=[("Australia's prime minister", "john_howard"), ("the newly elected president", "jose_ramos_horta"),
           ("the new President", "jose_ramos_horta"), ("former president", "xanana_gusmao"),
           ("the leader of the new political party", "xanana_gusmao"),
           ("likely prime minister of that country", "xanana_gusmao"),
           ("Indonesian President", "susilo_bambang_yudhoyono")],
)

A["dev_9409_fernandez_martelly_santo_domingo"] = dict(
    actors={
        "leonel_fernandez": ["President Leonel Fernandez", "Leonel Fernandez", "President Fernandez", "Fernandez",
                             "Leonel"],
        "michel_martelly": ["Michel Martelly", "Martelly"],
        "fritz_cineas": ["Fritz Cineas"],
        "ruben_silie": ["Ruben Silié"],
        "dominican_haitian_mixed_commission": ["Mixed Commission"],
    },
    meetings=[
        # "President Leonel Fernandez met yesterday with the President-elect of Haiti, Michel
        # Martelly" ("the meeting that went on for nearly two hours", "During an improvised press
        # conference in the hallway of the Presidential Palace": the same meeting, one row) ->
        # held, 2011-05-04 ("yesterday" against the blog's date; see the notes), Santo Domingo
        # (the dateline; the Presidential Palace). Evidence without the dateline "SANTO DOMINGO. ".
        M(["leonel_fernandez", "michel_martelly"], "2011-05-04", "Santo Domingo", IP, H,
          "President Leonel Fernandez met yesterday with the President-elect of Haiti, Michel Martelly in order to discuss issues related with the Dominican-Haitian frontier and the citizens from that nation that reside illegally in the Dominican Republic."),
        # "Fernandez will travel to Haiti on 14 May to take part in the swearing in ceremony of
        # the new Haitian President" ("I officially invited President Fernandez to my
        # inauguration and he accepted") -> planned, 2011-05-14, Haiti (no city); required False
        # (attendance at the host's inauguration ceremony; batch 47b left an attended
        # inauguration out of the rows; here the host's invitation is accepted; see the notes).
        M(["leonel_fernandez", "michel_martelly"], "2011-05-14", "Haiti", IP, P,
          "Both presidents agreed moreover, that Fernandez will travel to Haiti on 14 May to take part in the swearing in ceremony of the new Haitian President, reported Martelly himself at the end of the meeting that went on for nearly two hours.",
          False),
        # Not rows: "today for the third time we have joined with President Fernandez" (a count;
        # the earlier meetings are not described); the "improvised press conference" (media);
        # Martelly "was accompanied by" Cineas, Silié "and others" (not participants, as
        # ANNOTATION's accompanying people). Kept as found: the blog's date line in Spanish, the
        # headline twice (the second run together with its subhead: "illegalsFernandez commits
        # to attend Martelly's inauguration"), "related with", "delicate man". Removed: the last,
        # cut-off sentence ("It will be remembered that the singer obtained 67.57% of the votes
        # in the Haitian election").
    ],
    roles=[("the President-elect of Haiti", "michel_martelly"), ("the next Haitian President", "michel_martelly"),
           ("the new Haitian President", "michel_martelly"), ("the Dominican leader", "leonel_fernandez"),
           ("the Haitian ambassador in this country", "fritz_cineas"),
           ("the Dominican diplomatic representative in Port-au-Prince", "ruben_silie")],
)

_FDL = ("Ontario Premier Doug Ford, along with his Health Minister Sylvia Jones, was the first leader on Thursday to meet with federal Health Minister Jean-Yves Duclos and Intergovernmental Minister Dominic LeBlanc to discuss the agreement.")
A["dev_9410_ford_duclos_leblanc_health_deal"] = dict(
    actors={
        "justin_trudeau": ["Canada's Prime Minister Justin Trudeau", "Justin Trudeau"],
        "doug_ford": ["Ontario Premier Doug Ford", "Doug Ford", "Mr. Ford"],
        "sylvia_jones": ["Health Minister Sylvia Jones", "Sylvia Jones"],
        "jean_yves_duclos": ["federal Health Minister Jean-Yves Duclos", "Jean-Yves Duclos"],
        "dominic_leblanc": ["Intergovernmental Minister Dominic LeBlanc", "Dominic LeBlanc"],
        "danielle_smith": ["Alberta Premier Danielle Smith", "Danielle Smith"],
        "progressive_conservative_party_of_ontario": ["Progressive Conservative Party"],
        "liberal_party_of_canada": ["Liberal"],
    },
    meetings=[
        # "Ontario Premier Doug Ford ... was the first leader on Thursday to meet with federal
        # Health Minister Jean-Yves Duclos and Intergovernmental Minister Dominic LeBlanc" ("said
        # prior to the meeting at Queen’s Park": the same meeting) -> Ford with each federal
        # minister, held, 2023-02-09, Toronto (Queen's Park, the Ontario legislature, resolved
        # to its city as ANNOTATION's official buildings; see the notes).
        M(["doug_ford", "jean_yves_duclos"], "2023-02-09", "Toronto", IP, H, _FDL),
        M(["doug_ford", "dominic_leblanc"], "2023-02-09", "Toronto", IP, H, _FDL),
        # Duclos-LeBlanc: the same (federal) side -> required False.
        M(["jean_yves_duclos", "dominic_leblanc"], "2023-02-09", "Toronto", IP, H, _FDL, False),
        # "she has already spoken with her Health Minister" -> a one-party row for Smith (the
        # minister is not named), held, date null ("already"), place null, kind not stated (in
        # person default); required False (a talk inside one government).
        M(["danielle_smith"], None, None, IP, H,
          "Alberta Premier Danielle Smith told reporters later in the day that her province “won’t leave any money on the table” and that she has already spoken with her Health Minister about how to use the added funding once an agreement is finalized.",
          False),
        # Not rows: the caption's meeting of Trudeau "with federal ministers and Canada's
        # premiers ... in Ottawa on Feb. 7" (a First Ministers' meeting of all premiers,
        # multilateral); "The premiers are set to discuss the proposal again at a virtual meeting
        # on Monday" (multilateral, unnamed); Sylvia Jones came "along with" Ford (accompanying,
        # not a participant; see the notes); Smith "told reporters" (media). "BLAIR
        # GABLE/Reuters" is the photo credit run into the caption (not annotated). Removed: the
        # search tool's " date 2023-02-09" prefix and the last, cut-off sentence ("Ms. Smith,
        # head of Alberta’s United Conservative Party, told reporters").
    ],
    roles=[("Canada's Prime Minister", "justin_trudeau"), ("Ontario Premier", "doug_ford"),
           ("his Health Minister", "sylvia_jones"), ("federal Health Minister", "jean_yves_duclos"),
           ("Intergovernmental Minister", "dominic_leblanc"), ("Alberta Premier", "danielle_smith"),
           ("Leader of the Progressive Conservative Party", "doug_ford")],
)

_LHB = ("President Lee Myung-bak will hold a bilateral summit with Japan's Prime Minister Yukio Hatoyama in Seoul on Oct. 9 before they head for Beijing for a three-way summit with Chinese Prime Minister Wen Jiabao the following day, Cheong Wa Dae said Thursday.")
A["test_9411_lee_hatoyama_seoul_planned"] = dict(
    actors={
        "lee_myung_bak": ["President Lee Myung-bak", "Lee Myung-bak", "President Lee", "Lee"],
        "yukio_hatoyama": ["Japan's Prime Minister Yukio Hatoyama", "Yukio Hatoyama", "Hatoyama"],
        "wen_jiabao": ["Chinese Prime Minister Wen Jiabao", "Wen Jiabao", "Chinese Prime Minister Wen", "Wen"],
        "akihito": ["Japan's Emperor Akihito", "Emperor Akihito"],
        "cheong_wa_dae": ["Cheong Wa Dae"],
        "united_nations_general_assembly": ["U.N. General Assembly"],
        "group_of_20": ["Group of 20"],
        "united_nations": ["United Nations"],
    },
    meetings=[
        # "President Lee Myung-bak will hold a bilateral summit with Japan's Prime Minister Yukio
        # Hatoyama in Seoul on Oct. 9" ("Lee and Hatoyama will discuss", "The planned summit in
        # Seoul": the same) -> planned, 2009-10-09, Seoul.
        M(["lee_myung_bak", "yukio_hatoyama"], "2009-10-09", "Seoul", IP, P, _LHB),
        # "... before they head for Beijing for a three-way summit with Chinese Prime Minister Wen
        # Jiabao the following day" ("ahead of their meeting with Chinese Prime Minister Wen":
        # the same) -> a meeting of three named leaders, one row per pair, planned, 2009-10-10,
        # Beijing.
        M(["lee_myung_bak", "wen_jiabao"], "2009-10-10", "Beijing", IP, P, _LHB),
        M(["yukio_hatoyama", "wen_jiabao"], "2009-10-10", "Beijing", IP, P, _LHB),
        M(["lee_myung_bak", "yukio_hatoyama"], "2009-10-10", "Beijing", IP, P, _LHB),
        # "Lee and Hatoyama held their first summit in New York last week on the sidelines of the
        # U.N. General Assembly" ("They discussed the goal of denuclearizing North Korea": the
        # same) -> held, date null ("last week"), New York (a bilateral on the sidelines).
        M(["lee_myung_bak", "yukio_hatoyama"], None, "New York", IP, H,
          "Lee and Hatoyama held their first summit in New York last week on the sidelines of the U.N. General Assembly, in which they agreed to build a ``constructive and future-oriented'' relationship between the two countries."),
        # Not rows: "Lee's recent proposal for Japan's Emperor Akihito to visit Seoul next year"
        # (a proposal, not an agreed meeting); "Wen himself plans to visit Pyongyang early next
        # week" (a visit to a city, no host named); "the Group of 20 meeting", "the six-party
        # talks" and the U.N. General Assembly itself (multilateral); the presidential office's
        # "press release" (a statement). "By Na Jeong-ju / Staff Reporter" is the byline (not
        # annotated). Kept as found: the headline twice, the backtick quotation marks. Removed:
        # the last, cut-off sentence ("Seoul officials are also paying keen attention to how Japan
        # will react to President Lee's proposal for").
    ],
    roles=[("Japan's Prime Minister", "yukio_hatoyama"), ("Chinese Prime Minister", "wen_jiabao"),
           ("the presidential office", "cheong_wa_dae")],
)

A["dev_9412_bush_rasmussen_denmark"] = dict(
    actors={
        "george_w_bush": ["President Bush", "Bush"],
        "anders_fogh_rasmussen": ["Danish Prime Minister Anders Fogh Rasmussen", "Anders Fogh Rasmussen", "Rasmussen"],
        "g8": ["Group of Eight", "G-8"],
        "nato": ["North Atlantic Treaty Organization"],
    },
    meetings=[
        # "Bush noted that he and Rasmussen also discussed the situation at the U.S. detention
        # facility at Guantanamo Bay, Cuba." (the lead's "President Bush today thanked Denmark",
        # "Bush told Danish Prime Minister Anders Fogh Rasmussen", "With Rasmussen at his side":
        # the same encounter, one row) -> held, 2005-07-06 ("today" under the dateline), Denmark
        # (the "stopover in Denmark"; no city; the dateline WASHINGTON is not the venue).
        M(["george_w_bush", "anders_fogh_rasmussen"], "2005-07-06", "Denmark", IP, H,
          "Bush noted that he and Rasmussen also discussed the situation at the U.S. detention facility at Guantanamo Bay, Cuba."),
        # Not rows: "a conference in Scotland of leaders of the Group of Eight nations"
        # (multilateral); the joint remarks (the same encounter, media); the "Proliferation
        # Security Initiative" (a programme, not an actor, as batch 47a's initiatives); the
        # "coalition forces" and "Danish troops" (unnamed). "By Gerry J. Gilmore / American
        # Forces Press Service" is the byline and credit (not annotated). Removed: the site's
        # header lines at the start ("United States Department of Defense United States
        # Department of Defense", "DoD News", "Bookmark and Share", "News Article") and the
        # last, cut-off sentence ("\"The prisoners are well treated in Guantanamo,").
    ],
    roles=[("Danish Prime Minister", "anders_fogh_rasmussen"), ("the prime minister", "anders_fogh_rasmussen")],
)
