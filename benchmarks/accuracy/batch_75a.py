"""Accuracy corpus, batch 75a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years as batch 75b), over ten regions (Africa:
two, Western Europe: one, not two as the brief asked -- no second new Western Europe page was
found in the time, see the notes; Central Asia/Caucasus, Middle East, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and five
decades (1970s: one, 1980s: three, 1990s: one, 2010s: five, 2020s: two; five of the twelve from
before 2000).
Outlets/sites: The Times of Central Asia (timesca.com, 2017), the Gulf States Newsletter archive
(archive.crossborderinformation.com, 1987), The Press, Christchurch via Papers Past (1979), KRQE
(2017), the khmernz blog via CAAI (2011), politicsballa.com (2013), the Los Angeles Times (a
Reuters item, 1987), The Korea Herald (2013), The American Presidency Project (remarks, 1983), The
Jamestown Foundation Monitor (1997), EIN Presswire carrying a Solomon Islands government release
(2023) and MercoPress (2023).
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
75b), and so are the meetings (see the notes for the checks).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_75a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-74b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_148NN_<slug>` / `test_148NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date on the stored page and none from the tool: published None. The year 2017 (odd) is
    # inferred from the content (the election "to replace President Almazbek Atambayev", Babanov
    # prime minister "in 2011-12"); see the notes. "on September 19" / "on August 14" have no year
    # in the text and the page no date -> null (ANNOTATION.md: no dates in undated articles).
    ("dev_14801_nazarbayev_babanov_almaty", "Central Asia/Caucasus", "2010s", "The Times of Central Asia (timesca.com; TCA)", "https://timesca.com/kyrgyzstan-kazakhstan-exchange-diplomatic-notes-over-nazarbayev-babanov-meeting/", None),
    # The newsletter's "Issue 197 - 25/May/1987" and the address's date=19870525 (a Monday,
    # checked). The meeting is "recent", no day -> null.
    ("dev_14802_chadli_hassan_fahd_brokered", "Africa", "1980s", "Gulf States Newsletter archive (archive.crossborderinformation.com; Saudi Arabia newsletter)", "https://archive.crossborderinformation.com/Article/Saudi+Arabia+-+Issue+197+-+25%2FMay%2F1987.aspx?date=19870525&docNo=6&qid=1&from=Category/GSN%20Archive/Saudi%20Arabia%20Newsletter%201979-87.aspx", "1987-05-25"),
    # The Papers Past address CHP19790822 = The Press, 22 August 1979 (a Wednesday, checked). A
    # zero-row control: only a hoped-for meeting.
    ("test_14803_hassan_algeria_parley_hopes", "Africa", "1970s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; an NZPA-Reuter item, OCR text)", "https://paperspast.natlib.govt.nz/newspapers/CHP19790822.2.88", "1979-08-22"),
    # The tool's date 2017-05-19 and the address's 2017/05/19 (a Friday, checked); the planned
    # meeting has no day -> null.
    ("dev_14804_martinez_democrats_planned", "North America", "2010s", "KRQE (krqe.com)", "http://krqe.com/2017/05/19/gov-martinez-to-meet-with-top-dems-before-the-special-session/", "2017-05-19"),
    # The blog's "Saturday, 5 February 2011" (a Saturday, checked): "on Friday" -> 2011-02-04.
    ("dev_14805_hor_namhong_thai_fm_siem_reap", "Southeast Asia", "2010s", "khmernz blog (khmernz.blogspot.com), via CAAI", "http://khmernz.blogspot.com/2011/02/cambodian-and-thai-foreign-ministers.html", "2011-02-05"),
    # Dateline "July 26" and the address's 2013/07: published 2013-07-26 (a Friday, checked);
    # "Friday" -> 2013-07-26.
    ("dev_14806_manmohan_madhav_nepal_delhi", "South Asia", "2010s", "politicsballa.com", "http://www.politicsballa.com/2013/07/102348/prime-minister-meets-former-nepal-pm", "2013-07-26"),
    # The address's 1987-12-13 (a Sunday, checked): "today" -> 1987-12-13.
    ("test_14807_hussein_emirates_gulf_tour", "Middle East", "1980s", "Los Angeles Times (latimes.com archives; a Reuters item)", "https://www.latimes.com/archives/la-xpm-1987-12-13-me-28495-story.html", "1987-12-13"),
    # "Published : June 8, 2013" (a Saturday, checked): "on Sunday" -> 2013-06-09.
    ("dev_14808_chun_kim_panmunjom_planned", "East Asia", "2010s", "The Korea Herald (koreaherald.com)", "http://www.koreaherald.com/view.php?ud=20130608000057", "2013-06-08"),
    # The remarks' "March 15, 1983" (a Tuesday, checked); "this morning" = that day.
    ("dev_14809_reagan_lubbers_washington", "Western Europe", "1980s", "The American Presidency Project (presidency.ucsb.edu; remarks after a meeting)", "https://www.presidency.ucsb.edu/documents/remarks-the-president-and-prime-minister-rudolphus-lubbers-the-netherlands-following-their", "1983-03-15"),
    # No date on the stored page and none from the tool: published None. The year 1997 (odd) is
    # inferred from "Monitor Volume: 3 Issue: 95" (the Monitor's third volume, 1997) and the
    # sources "(Reuter, May 13)"; see the notes. "May 12-13" is a range -> null anyway.
    ("dev_14810_kuchma_lukashenko_kiev", "Eastern Europe/Russia", "1990s", "The Jamestown Foundation (Monitor)", "https://jamestown.org/program/presidents-of-ukraine-and-belarus-signal-intention-to-cooperate/", None),
    # The tool's date 2023-08-30 (a Wednesday, checked); "on Wednesday 30th August" is written out.
    ("test_14811_manele_rosso_honiara", "Oceania", "2020s", "EIN Presswire (einpresswire.com; a Solomon Islands government release)", "https://www.einpresswire.com/article/652949692/minister-manele-held-fruitful-discussions-with-deputy-prime-minister-of-papua-new-guinea", "2023-08-30"),
    # The tool's date 2023-11-21 and "21st Tuesday, November 2023" (a Tuesday, checked): "Monday"
    # -> 2023-11-20.
    ("dev_14812_pena_milei_call", "Latin America", "2020s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2023/11/21/paraguayan-president-holds-phone-conversation-with-milei?utm_source=feed&utm_medium=rss&utm_content=argentina&utm_campaign=rss", "2023-11-21"),
]

A = {}

A["dev_14801_nazarbayev_babanov_almaty"] = dict(
    actors={
        "nursultan_nazarbayev": ["Nursultan Nazarbayev", "Nazarbayev"],
        "omurbek_babanov": ["Omurbek Babanov", "Babanov"],
        "almazbek_atambayev": ["Almazbek Atambayev", "Atambayev"],
        "sooronbay_jeenbekov": ["Sooronbai Jeenbekov"],
        "kyrgyz_foreign_ministry": ["Kyrgyz Foreign Ministry"],
        "kazakh_foreign_ministry": ["Kazakh Foreign Ministry"],
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        # "... after Kazakhstan President Nursultan Nazarbayev met with a Kyrgyz presidential
        # candidate, Omurbek Babanov, in Almaty on September 19." (also the caption and "During the
        # meeting with Babanov in ... Almaty") -> held, date null (no year in the text, no date on
        # the page), Almaty.
        M(["nursultan_nazarbayev", "omurbek_babanov"], None, "Almaty", IP, H,
          "BISHKEK (TCA) — Kyrgyzstan and Kazakhstan on September 20 exchanged diplomatic protests after Kazakhstan President Nursultan Nazarbayev met with a Kyrgyz presidential candidate, Omurbek Babanov, in Almaty on September 19."),
        # "... on August 14 in Astana, Nazarbayev held a similar meeting with another Kyrgyz
        # presidential candidate, ex-Prime Minister Sooronbai Jeenbekov." -> held, date null (as
        # above), Astana.
        M(["nursultan_nazarbayev", "sooronbay_jeenbekov"], None, "Astana", IP, H,
          "“The meetings of the head of state with prominent politicians and leaders of political parties of different countries at their request take place on a regular basis and fully comply with international practice,” the Kazakh Foreign Ministry said, adding that on August 14 in Astana, Nazarbayev held a similar meeting with another Kyrgyz presidential candidate, ex-Prime Minister Sooronbai Jeenbekov."),
        # Not rows: the exchange of diplomatic notes (documents); "The meetings of the head of
        # state with prominent politicians ..." (a general statement, no specific meeting);
        # Atambayev's endorsement. Not annotated: the dateline credit "(TCA)" and the photo credit
        # "(akorda.kz)"; Kyrgyzstan, Kazakhstan (states); Bishkek (used for the government);
        # "the presidential office" (unnamed). Removed: nothing at the start (the excerpt begins
        # with the headline); at the end, the cut-off sentence ("“During the years of
        # Kyrgyzsta").
    ],
    roles=[("Kazakhstan President", "nursultan_nazarbayev"), ("Kyrgyz opposition presidential candidate", "omurbek_babanov"),
           ("President Almazbek Atambayev", "almazbek_atambayev"), ("the head of state", "nursultan_nazarbayev"),
           ("ex-Prime Minister", "sooronbay_jeenbekov")],
)

A["dev_14802_chadli_hassan_fahd_brokered"] = dict(
    actors={
        "fahd_bin_abdulaziz": ["King Fahd"],
        "chadli_bendjedid": ["President Chadli Benjedid", "Chadli Benjedid"],
        "hassan_ii": ["King Hassan of Morocco", "King Hassan"],
    },
    meetings=[
        # "... he brokered the recent meeting between President Chadli Benjedid of Algeria and King
        # Hassan of Morocco." -> held, date null ("recent"), place null (none in the text). King
        # Fahd "brokered" it and "brought the two leaders together": not said to be present, so
        # not a participant (see the notes).
        M(["chadli_bendjedid", "hassan_ii"], None, None, IP, H,
          "King Fahd performed a valuable service when he brokered the recent meeting between President Chadli Benjedid of Algeria and King Hassan of Morocco."),
        # Not rows: "any further negotiations" (none in progress). Not annotated: Algeria,
        # Morocco (states), "the Saudi monarch" is a role of Fahd. Nothing removed (the excerpt is
        # the whole item; its first line "Saudi Arabia - Issue 197 - 25/May/1987" is kept as the
        # newsletter's header).
    ],
    roles=[("the Saudi monarch", "fahd_bin_abdulaziz")],
)

A["test_14803_hassan_algeria_parley_hopes"] = dict(
    actors={
        "hassan_ii": ["King Hassan"],
        "chadli_bendjedid": ["Mr Chadly Benjedid", "Chadly Benjedid"],
        "houari_boumediene": ["Houari Boumedienne"],
        "polisario_front": ["Polisario Front"],
    },
    meetings=[
        # A zero-row control. "the chances of a meeting between the two sides were better than in
        # the past", "Apparently hinting at a possible meeting with the Algerian President (Mr
        # Chadly Benjedid)", "The chances of a meeting are not less" -> a hoped-for, hypothetical
        # meeting, not announced or scheduled: no row. Not rows either: the King's press
        # conference (a news conference of one person); the treaty of Mauritania with the
        # guerrillas (a document, unnamed signatories). Not annotated: the credit "NZPA-Reuter";
        # Morocco, Algeria, Libya, Mauritania, Spain (states; "the Libyan" is unnamed), Fez, the
        # Western Sahara (places); "senior Moroccan Government officials" (unnamed). Removed: at
        # the start, the eight site lines "Article image"; at the end, the cut-off sentence ("King
        # Hassan said the Libyan, would like nothing better than a war between Morocco and Algeria
        # which wo"). Kept as found: the OCR slips "30-min-ute", "Western Sahara i: -.U3", "at his
        # press, conference".
    ],
    roles=[("the King", "hassan_ii"), ("the Algerian President", "chadli_bendjedid"),
           ("the new Algerian leader", "chadli_bendjedid")],
)

A["dev_14804_martinez_democrats_planned"] = dict(
    actors={
        "susana_martinez": ["Governor Susana Martinez", "Susana Martinez", "Martinez", "Governor Martinez"],
        "brian_egolf": ["Brian Egolf"],
        "mary_kay_papen": ["Mary Kay Papen"],
        "peter_wirth": ["Peter Wirth"],
        "santa_fe_new_mexican": ["Santa Fe New Mexican"],
    },
    meetings=[
        # "Martinez is set to meet with lead Democrats House speaker Brian Egolf, Senate President
        # Pro Tem Mary Kay Papen and Senate Majority Leader Peter Wirth." (the first sentence,
        # "scheduled to meet with three top democrats", is the same meeting) -> planned, date null
        # (no day given), place null (the dateline SANTA FE is where the story is filed; the text
        # does not say where they meet). A meeting of four named people: one row per pair; the
        # governor's three pairs required, the three pairs of the Democrats among themselves
        # required false (same side; the pair rule, see the notes).
        M(["susana_martinez", "brian_egolf"], None, None, IP, P,
          "Martinez is set to meet with lead Democrats House speaker Brian Egolf, Senate President Pro Tem Mary Kay Papen and Senate Majority Leader Peter Wirth."),
        M(["susana_martinez", "mary_kay_papen"], None, None, IP, P,
          "Martinez is set to meet with lead Democrats House speaker Brian Egolf, Senate President Pro Tem Mary Kay Papen and Senate Majority Leader Peter Wirth."),
        M(["susana_martinez", "peter_wirth"], None, None, IP, P,
          "Martinez is set to meet with lead Democrats House speaker Brian Egolf, Senate President Pro Tem Mary Kay Papen and Senate Majority Leader Peter Wirth."),
        M(["brian_egolf", "mary_kay_papen"], None, None, IP, P,
          "Martinez is set to meet with lead Democrats House speaker Brian Egolf, Senate President Pro Tem Mary Kay Papen and Senate Majority Leader Peter Wirth.", False),
        M(["brian_egolf", "peter_wirth"], None, None, IP, P,
          "Martinez is set to meet with lead Democrats House speaker Brian Egolf, Senate President Pro Tem Mary Kay Papen and Senate Majority Leader Peter Wirth.", False),
        M(["mary_kay_papen", "peter_wirth"], None, None, IP, P,
          "Martinez is set to meet with lead Democrats House speaker Brian Egolf, Senate President Pro Tem Mary Kay Papen and Senate Majority Leader Peter Wirth.", False),
        # Not rows: the veto, the special session (a legislative session). Not annotated: the
        # dateline credit "(KRQE)"; "lawmakers", "legislature", "democrats" (generic); Santa Fe,
        # N.M. (places). Removed: at the start, the tool's " date 2017-05-19 " prefix. Nothing at
        # the end. Kept as found: the site lines "By Published:" and "Governor Martinez" (a photo
        # caption) under the headline.
    ],
    roles=[("The governor", "susana_martinez"), ("House speaker", "brian_egolf"),
           ("Senate President Pro Tem", "mary_kay_papen"), ("Senate Majority Leader", "peter_wirth")],
)

A["dev_14805_hor_namhong_thai_fm_siem_reap"] = dict(
    actors={
        "hor_namhong": ["Hor Namhong"],
    },
    meetings=[
        # "The Thai and Cambodian foreign ministers met on Friday ..." -> held, 2011-02-04 (Friday
        # before the Saturday 5 February 2011 post), Siem Reap ("The meeting, held in Siem Reap").
        # The Cambodian foreign minister is named in the quote label ("[Hor Namhong, Cambodian
        # Foreign Minister]"); the Thai foreign minister is never named: a one-party row.
        M(["hor_namhong"], "2011-02-04", "Siem Reap", IP, H,
          "The Thai and Cambodian foreign ministers met on Friday to discuss border issues including the fate of two Thai nationals charged with trespassing and spying."),
        # Not rows: the unnamed Thai foreign minister's planned visit to the two (unnamed) Thai
        # nationals in prison (a visit to private persons, no named party); Thailand's demand (a
        # statement). Not annotated: the credit "via CAAI"; Thailand, Cambodia (states); Siem
        # Reap, Phnom Penh, the Preah Vihear Temple, the Keo Sikha Kiri Svara pagoda (places); "the
        # ministry" (Thailand's, unnamed). Removed: at the end, the blog trailer "No comments:".
        # Nothing at the start (the post's date line is kept). Kept as found: "the pagoda have".
    ],
    roles=[("Cambodian Foreign Minister", "hor_namhong")],
)

A["dev_14806_manmohan_madhav_nepal_delhi"] = dict(
    actors={
        "manmohan_singh": ["Prime Minister Manmohan Singh", "Manmohan Singh", "Prime Minister Singh", "Singh"],
        "madhav_kumar_nepal": ["Madhav Kumar Nepal", "Madhav Nepal", "Nepal"],
        "salman_khurshid": ["Salman Khurshid"],
        "cpn_uml": ["Communist Party of Nepal – Unified Marxist Leninist"],
        "constituent_assembly_of_nepal": ["Constituent Assembly", "CA"],
        "ekantipur": ["Ekantipur", "Ekantitpur"],
    },
    meetings=[
        # "Prime Minister Manmohan Singh Friday received Nepal’s former prime minister Madhav
        # Kumar Nepal at his residence ..." -> held, 2013-07-26 (Friday = the dateline's day),
        # New Delhi (the dateline "New Delhi/Kathmandu" and the visit to India; the lunch before it
        # was "in New Delhi"; see the notes). "During the meeting with the Nepali communist
        # leader" is the same meeting.
        M(["manmohan_singh", "madhav_kumar_nepal"], "2013-07-26", "New Delhi", IP, H,
          "New Delhi/Kathmandu, July 26 — Prime Minister Manmohan Singh Friday received Nepal’s former prime minister Madhav Kumar Nepal at his residence and discussed a wide range of issues, including the ensuing elections for a Constituent Assembly in Nepal, scheduled for November this year."),
        # "Before meeting the Indian prime minister, the Nepali leader had met Indian External
        # Affairs Minister Salman Khurshid over lunch at Hyderabad House in New Delhi." -> held,
        # date null (the day is not stated), New Delhi.
        M(["madhav_kumar_nepal", "salman_khurshid"], None, "New Delhi", IP, H,
          "Before meeting the Indian prime minister, the Nepali leader had met Indian External Affairs Minister Salman Khurshid over lunch at Hyderabad House in New Delhi."),
        # Not rows: "a trip to that country was on the cards" (a trip, no host named); "visits
        # like the one made by the Nepali delegation" (general); the interview to Ekantipur (a
        # media interview); the invitation (the visit itself is the meeting above). Not
        # annotated: India, Nepal (states, where "Nepal" is the country), Kathmandu, New Delhi,
        # Hyderabad House (places); "the Nepali delegation", "the Indian side" (generic). Removed:
        # at the end, the cut-off sentence ("It is widely perceived in Kathmandu that India’s
        # relations with N"). Nothing at the start. Kept as found: "Ekantitpur", "appraised".
    ],
    roles=[("Nepal’s former prime minister", "madhav_kumar_nepal"), ("the Nepali communist leader", "madhav_kumar_nepal"),
           ("the Indian prime minister", "manmohan_singh"), ("the Nepali leader", "madhav_kumar_nepal"),
           ("Indian External Affairs Minister", "salman_khurshid"), ("The Indian prime minister", "manmohan_singh")],
)

A["test_14807_hussein_emirates_gulf_tour"] = dict(
    actors={
        "hussein_bin_talal": ["King Hussein of Jordan", "King Hussein"],
        "arab_league": ["Arab League"],
    },
    meetings=[
        # "King Hussein of Jordan will visit the United Arab Emirates today ..." with "he will
        # discuss with regional leaders ..." -> the hosts are not named: a one-party row, planned,
        # 1987-12-13 ("today" = the Sunday paper's day), place United Arab Emirates (no city).
        # Required false: a visit whose counterparts are only "regional leaders" (see the notes).
        M(["hussein_bin_talal"], "1987-12-13", "United Arab Emirates", IP, P,
          "King Hussein of Jordan will visit the United Arab Emirates today as part of a Gulf tour, his first since he hosted the Arab summit last month, diplomatic sources said.", False),
        # Not rows: the Arab summit he "hosted last month" and the Arab League leaders' "November
        # summit" (summits as such); his efforts to reconcile Syria and Iraq (no meeting). Not
        # annotated: the credit "From Reuters"; Jordan, the United Arab Emirates, Syria, Iraq
        # (states); the Iran-Iraq War (an event); "diplomatic sources", "regional leaders"
        # (unnamed). Removed: at the end, the site lines "Copyright © 2019, Los Angeles Times" and
        # "EDITION: California | U.S. & World". Nothing at the start. Kept as found: "Iran- Iraq".
    ],
    roles=[],
)

A["dev_14808_chun_kim_panmunjom_planned"] = dict(
    actors={
        "chun_hae_sung": ["Chun Hae-sung"],
        "kim_song_hye": ["Kim Sung-hye"],
        "ministry_of_unification_south_korea": ["Unification Ministry", "unification ministry"],
        "committee_for_the_peaceful_reunification_of_korea": ["Committee for the Peaceful Reunification of Korea"],
    },
    meetings=[
        # "Three senior officials of each side will meet at the Freedom House ..." with Chun
        # Hae-sung who "will lead the three-member delegation" (South) and the North's "three-member
        # delegation led by Kim Sung-hye" -> the two named delegation leaders, planned, 2013-06-09
        # ("on Sunday" in the caption, the day after the Saturday 8 June 2013 story; see the
        # notes), Panmunjom ("the truce village of Panmunjom"; the Freedom House named without a
        # city).
        M(["chun_hae_sung", "kim_song_hye"], "2013-06-09", "Panmunjom", IP, P,
          "Three senior officials of each side will meet at the Freedom House, an administrative building in the southern side of the joint security area that sits on the inter-Korean border, the ministry said."),
        # Not rows: "the upcoming ministerial-level dialogue set for Wednesday" / "their first
        # Cabinet minister-level meeting in six years" (the ministers are not named); the exchange
        # of proposals and the "Red Cross hotline" message (communications, no meeting); the
        # "surprise overture" (a statement). Not annotated: the photo credit "(Yonhap News)", the
        # byline "By 조정은"; South Korea, North Korea (states; "Pyongyang", "Seoul" used for the
        # governments), Panmunjom, Kaesong, the Freedom House (places); "officials here", "Seoul
        # officials" (unnamed); the Red Cross (named only as the hotline). Removed: at the start,
        # the site lines "The Korea Herald" and "피터빈트" with their blank lines; at the end, the
        # cut-off sentence ("Kim participated in a working-level meeting between the Koreas in
        # 2005 and e"). Kept as found: "Published : June 8, 2013 - 11:32", "• Link copied", the
        # caption printed twice, the stray blank lines.
    ],
    roles=[("a senior unification ministry official", "chun_hae_sung"),
           ("a senior official at the Committee for the Peaceful Reunification of Korea", "kim_song_hye")],
)

A["dev_14809_reagan_lubbers_washington"] = dict(
    actors={
        "ronald_reagan": ["President Reagan", "Reagan"],
        "ruud_lubbers": ["Prime Minister Rudolphus Lubbers", "Rudolphus Lubbers", "Prime Minister Lubbers", "Lubbers"],
        "nato": ["NATO"],
    },
    meetings=[
        # "It's been a pleasure for me to meet and confer with Prime Minister Lubbers." ("the
        # discussions this morning in the Oval Office and during a working lunch" and "it was a
        # real pleasure for me to talk with President Reagan" are the same meeting) -> held,
        # 1983-03-15 (the remarks' date; "this morning"), Washington (the Oval Office, an official
        # building resolved to its city as the White House is in ANNOTATION.md).
        M(["ronald_reagan", "ruud_lubbers"], "1983-03-15", "Washington", IP, H,
          "The President. It's been a pleasure for me to meet and confer with Prime Minister Lubbers."),
        # Not rows: INF and the arms negotiations (talks of unnamed negotiators); the bicentennial
        # (an event). Not annotated: the Netherlands, the United States, America, Europe (states,
        # regions); "the Dutch Government" (named only in a title); "your associates" (unnamed).
        # Removed: at the start, the site line "Ronald Reagan picture"; at the end, the cut-off
        # sentence ("We discussed the road to economic recovery, ... the need, also, of
        # monetar"). Kept as found: "common task-prosperity".
    ],
    roles=[("The President", "ronald_reagan"), ("The Prime Minister", "ruud_lubbers"),
           ("Mr. Prime Minister", "ruud_lubbers"), ("head of the Dutch Government", "ruud_lubbers")],
)

A["dev_14810_kuchma_lukashenko_kiev"] = dict(
    actors={
        "leonid_kuchma": ["Leonid Kuchma", "Kuchma"],
        "alexander_lukashenko": ["Aleksandr Lukashenko", "Lukashenko"],
        "oleksandr_moroz": ["Oleksandr Moroz"],
        "volodymyr_horbulin": ["Volodymyr Horbulin"],
        "nato": ["NATO"],
        "rukh": ["Rukh"],
        "interfax_ukraine": ["Interfax-Ukraine"],
        "unian": ["UNIAN"],
        "reuters": ["Reuter"],
    },
    meetings=[
        # "The presidents of Ukraine and Belarus, Leonid Kuchma and Aleksandr Lukashenko, and senior
        # officials of the two countries conferred on May 12-13 in Kiev ..." -> held, date null
        # (a range), Kiev. The signing is part of the same talks.
        M(["leonid_kuchma", "alexander_lukashenko"], None, "Kiev", IP, H,
          "The presidents of Ukraine and Belarus, Leonid Kuchma and Aleksandr Lukashenko, and senior officials of the two countries conferred on May 12-13 in Kiev on the full range of bilateral relations."),
        # "In a separate meeting with the Ukrainian parliament’s Socialist chairman, Oleksandr
        # Moroz, Lukashenko expressed ..." -> held, date null (during the May 12-13 visit; no day),
        # Kiev (the visit's place).
        M(["alexander_lukashenko", "oleksandr_moroz"], None, "Kiev", IP, H,
          "In a separate meeting with the Ukrainian parliament’s Socialist chairman, Oleksandr Moroz, Lukashenko expressed a \"strong wish\" that Ukraine join the planned Russia-Belarus union."),
        # Not rows: Lukashenko's offer to mediate (a proposal); Horbulin "urged the U.S. and other
        # countries" in Washington (a statement, no named counterpart); the pickets. Not
        # annotated: Ukraine, Belarus, Russia, the U.S. (states; "Kiev", "Minsk" used for the
        # governments); "senior officials of the two countries", "Communist pickets" (unnamed,
        # generic); the Russia-Belarus union (a plan); the Ukrainian parliament and Security
        # Council (named only in titles). Removed: at the end, the headline of the next item
        # ("Japan Interested in Non-Russian Route for Caspian Oil."). Nothing at the start. Kept
        # as found: the straight and curly quotes as mixed in the source.
    ],
    roles=[("the Ukrainian parliament’s Socialist chairman", "oleksandr_moroz"),
           ("Ukrainian Security Council chief", "volodymyr_horbulin")],
)

A["test_14811_manele_rosso_honiara"] = dict(
    actors={
        "jeremiah_manele": ["Hon. Jeremiah Manele", "Jeremiah Manele", "Minister Manele", "Manele"],
        "john_rosso": ["Hon. John Rosso", "John Rosso"],
        "government_of_papua_new_guinea": ["PNG government"],
        "solomon_islands_football_federation": ["Solomon Islands Football Federation", "SIFF"],
    },
    meetings=[
        # "... Jeremiah Manele held a fruitful bilateral discussion with the Deputy Prime Minister
        # of Papua New Guinea, Hon. John Rosso on Wednesday 30th August in Honiara." -> held,
        # 2023-08-30, Honiara. The rest of the release reports the same discussion.
        M(["jeremiah_manele", "john_rosso"], "2023-08-30", "Honiara", IP, H,
          "Minister of Foreign Affairs and External Trade, Hon. Jeremiah Manele held a fruitful bilateral discussion with the Deputy Prime Minister of Papua New Guinea, Hon. John Rosso on Wednesday 30th August in Honiara."),
        # Not rows: the 2023 Pacific Games (an event); "the Government and people of Solomon
        # Islands look forward to host all the participating countries" (no meeting). Not
        # annotated: Solomon Islands, Papua New Guinea/PNG (states); "the Deputy Prime Minister
        # and delegation" (the delegation unnamed); "The Government and people of Solomon Islands"
        # (generic). Removed: at the start, the tool's " date 2023-08-30 " prefix; at the end, the
        # cut-off sentence ("This is under the MoU on Higher Education in"). Kept as found:
        # "welcomes ... and commend", "The relations ... is", "Headquarter", "look forward to
        # host".
    ],
    roles=[("Minister of Foreign Affairs and External Trade", "jeremiah_manele"),
           ("the Deputy Prime Minister of Papua New Guinea", "john_rosso"),
           ("the Deputy Prime Minister", "john_rosso")],
)

A["dev_14812_pena_milei_call"] = dict(
    actors={
        "santiago_pena": ["Santiago Peña", "Peña"],
        "javier_milei": ["Javier Milei", "Milei"],
        "ruben_ramirez_lezcano": ["Ruben Ramírez Lezcano", "Ramírez Lezcano"],
        "diana_mondino": ["Diana Mondino", "Mondino"],
        "pope_francis": ["Pope Francis"],
        "pietro_parolin": ["Cardinal Prieto Parolin", "Prieto Parolin"],
        "sergio_mattarella": ["Sergio Mattarella"],
        "giorgia_meloni": ["Georgia Meloni"],
    },
    meetings=[
        # "Paraguayan President Santiago Peña and Argentina's President-elect Javier Milei held a
        # telephone conversation Monday ..." -> phone, held, 2023-11-20 (Monday before the
        # Tuesday 21 November 2023 story), no place.
        M(["santiago_pena", "javier_milei"], "2023-11-20", None, PH, H,
          "Paraguayan President Santiago Peña and Argentina's President-elect Javier Milei held a telephone conversation Monday during which they discussed bilateral issues."),
        # "The Libertarian economist extended an invitation to Peña to attend his inauguration on
        # Dec. 10 in Buenos Aires, which was accepted." -> attending an inauguration (a ceremony),
        # planned, 2023-12-10, Buenos Aires; required false (an accepted invitation to a ceremony,
        # not to talks; see the notes).
        M(["santiago_pena", "javier_milei"], "2023-12-10", "Buenos Aires", IP, P,
          "The Libertarian economist extended an invitation to Peña to attend his inauguration on Dec. 10 in Buenos Aires, which was accepted.", False),
        # "... Peña would be leaving on Nov. 26 for Rome for a meeting with Argentine-born Pope
        # Francis and with Vatican Secretary of State, Cardinal Prieto Parolin." -> planned, date
        # null (Nov. 26 is the departure, not the meeting's day), Rome; one row each ("with ... and
        # with ...").
        M(["santiago_pena", "pope_francis"], None, "Rome", IP, P,
          "Ramírez Lezcano also confirmed Monday that Peña would be leaving on Nov. 26 for Rome for a meeting with Argentine-born Pope Francis and with Vatican Secretary of State, Cardinal Prieto Parolin."),
        M(["santiago_pena", "pietro_parolin"], None, "Rome", IP, P,
          "Ramírez Lezcano also confirmed Monday that Peña would be leaving on Nov. 26 for Rome for a meeting with Argentine-born Pope Francis and with Vatican Secretary of State, Cardinal Prieto Parolin."),
        # "Peña will also meet with his Italian counterpart, Sergio Mattarella, and with Prime
        # Minister Georgia Meloni." -> two planned rows, date null, place null (the text does not
        # say where; see the notes).
        M(["santiago_pena", "sergio_mattarella"], None, None, IP, P,
          "Peña will also meet with his Italian counterpart, Sergio Mattarella, and with Prime Minister Georgia Meloni."),
        M(["santiago_pena", "giorgia_meloni"], None, None, IP, P,
          "Peña will also meet with his Italian counterpart, Sergio Mattarella, and with Prime Minister Georgia Meloni."),
        # Not rows: Ramírez Lezcano "in permanent touch with ... Diana Mondino" (no specific
        # contact); "a meeting with businessmen" in Milan (unnamed); the stop in the United Arab
        # Emirates (no host named). Not annotated: Paraguay, Argentina, the Vatican, the United
        # Arab Emirates (states); Clorinda, Falcón, Encarnación-Posadas, Pilar-Bermejo,
        # Yacyretá, Rome, Milan, Buenos Aires (places); "both chancellors" (role plural).
        # Removed: at the start, the tool's " date 2023-11-21 " prefix. Nothing at the end. Kept as
        # found: the site line "21st Tuesday, November 2023 - 10:10 UTC Full article", the photo
        # caption, "Prieto Parolin", "Georgia Meloni".
    ],
    roles=[("Paraguayan President", "santiago_pena"), ("Argentina's President-elect", "javier_milei"),
           ("The Libertarian economist", "javier_milei"), ("Paraguayan Foreign Minister", "ruben_ramirez_lezcano"),
           ("his future Argentine colleague", "diana_mondino"), ("Vatican Secretary of State", "pietro_parolin"),
           ("his Italian counterpart", "sergio_mattarella"), ("Prime Minister", "giorgia_meloni")],
)
