"""Accuracy corpus, batch 16b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and every batch_*.py present before searching, 408 articles, batches 1-15b; batch 16a
not yet present: in the 2000s North America had 6, Central Asia/Caucasus, East Asia, Eastern
Europe/Russia, Oceania, South Asia, Southeast Asia and Western Europe 7, the others 8; in the
2010s eight regions had 7, North America and Southeast Asia 8, Africa 9; in the 2020s East Asia,
Latin America, North America, Oceania, South Asia and Southeast Asia had 7, the others 8) and
spread over all eleven regions (North America, Central Asia/Caucasus, Western Europe, Oceania
2000s; Middle East, Latin America, Eastern Europe/Russia, South Asia 2010s; East Asia, Southeast
Asia, Africa, South Asia 2020s, the last an India-Australia meeting placed by its Indian outlet).
Every outlet is new to the corpus: SpaceWar (AFP; a sister site of SpaceDaily, which is in the
corpus), Civil Georgia, downingstreetsays.com, Matangi Tonga, Middle East Monitor, The Zimbabwe
Mail, EADaily, Indian24News, Sakshi Post (IANS), Mothership, KT Press and Republic World.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_16b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-15b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_31NN_<slug>` / `test_31NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Dateline "OTTAWA (AFP) Mar 06, 2005" (a Sunday): "Saturday" = 2005-03-05, "Tuesday" =
    # 2005-03-01 (the unreturned call; not a row).
    ("dev_3101_bush_martin_call", "North America", "2000s", "SpaceWar (spacewar.com, Space Media Network; AFP)", "https://www.spacewar.com/2005/050306001240.rhwzx3sn.html", "2005-03-06"),
    # No date on the page or in the URL (oldwp.civil.ge/?p=111516): published left empty, as
    # dev_043 / dev_1801. Decade 2000s from the text (the wine ban "in March, 2006" is past;
    # Putin is "Russian leader", Voronin Moldova's president). "November 28" / "November 29"
    # have no year -> meeting dates null (see the notes).
    ("dev_3102_saakashvili_putin_minsk", "Central Asia/Caucasus", "2000s", "Civil Georgia (civil.ge, old WordPress archive)", "https://oldwp.civil.ge/?p=111516", ""),
    # Page line "Thursday, March 27, 2008" (a Thursday): "today" = 2008-03-27, "yesterday" =
    # 2008-03-26 (no row), "next week" gives no day.
    ("test_3103_sarkozy_state_visit_briefing", "Western Europe", "2000s", "Downing Street Says (downingstreetsays.com; lobby briefing summary)", "http://downingstreetsays.com/?p=5533", "2008-03-27"),
    # Date line "Wednesday, July 8, 2009 - 14:53" (the "Updated on ... 2015" stamp is not the
    # publication); "yesterday afternoon, July 7" and "on July 7" = 2009-07-07 (a Tuesday).
    ("dev_3104_key_tupou_nukualofa", "Oceania", "2000s", "Matangi Tonga (matangitonga.to, print view)", "https://matangitonga.to/print/4833", "2009-07-08"),
    # Date line "October 27, 2018 at 12:01 pm" (a Saturday): "on Monday" = 2018-10-22, "on
    # Friday" = 2018-10-26 (the report; no row); the meeting is dated in the caption ("on 25
    # October 2018").
    ("dev_3105_netanyahu_qaboos_oman", "Middle East", "2010s", "Middle East Monitor (middleeastmonitor.com)", "https://www.middleeastmonitor.com/20181027-netanyahu-rounds-up-official-visit-to-oman/", "2018-10-27"),
    # No date line in the excerpt; the search result's date is 2017-01-26 (a Thursday): "on
    # Thursday" = the same day, "on Wednesday" = 2017-01-25; no row depends on a date
    # (zero-row control).
    ("dev_3106_pena_nieto_cancels_trump", "Latin America", "2010s", "The Zimbabwe Mail (thezimbabwemail.com)", "http://thezimbabwemail.com/world-35645-pena-nieto-cancels-meeting-with-trump.html", "2017-01-26"),
    # No date line in the excerpt; the URL has 2017/01/17 (a Tuesday); the meeting is dated in
    # the text ("on Jan 17" = 2017-01-17).
    ("test_3107_putin_dodon_moscow", "Eastern Europe/Russia", "2010s", "EADaily (eadaily.com, English)", "https://eadaily.com/en/news/2017/01/17/dodon-moldova-wants-to-restore-strategic-partnership-with-russia", "2017-01-17"),
    # Date line "25-12-2015 17:49" (a Friday): "this afternoon", "today", "Earlier this
    # morning" = 2015-12-25; "tomorrow" (the wedding) and "last week" belong to no row.
    ("dev_3108_modi_sharif_lahore_stopover", "South Asia", "2010s", "Indian24News (indian24news.com)", "http://www.indian24news.com/world/modi-stuns-all-with-surprise-stopover-in-lahore/73464-news", "2015-12-25"),
    # Dateline "Seoul, June 9 (IANS)" (the search result's date 2025-06-09, a Monday): "on
    # Monday" = 2025-06-09, "on Friday" = 2025-06-06.
    ("dev_3109_lee_ishiba_call", "East Asia", "2020s", "Sakshi Post (sakshipost.com; IANS)", "https://www.sakshipost.com/news/south-koreas-lee-japans-ishiba-agree-deal-geopolitical-crises-under-trilateral-cooperation-us", "2025-06-09"),
    # Date line "June 21, 2025, 11:32 AM" (a Saturday; the URL has 2025/06); the call is dated
    # in the text ("Jun. 15" = 2025-06-15); "in April" gives no day.
    ("dev_3110_paetongtarn_hun_sen_call", "Southeast Asia", "2020s", "Mothership (mothership.sg)", "https://mothership.sg/2025/06/hun-sen-heartfelt-bonds-shinawatra/", "2025-06-21"),
    # No date line in the excerpt; the search result's date is 2024-12-15 (a Sunday; the URL
    # has 2024/12): "this Sunday" and "today" = 2024-12-15; "earlier this week" gives no day.
    ("test_3111_luanda_summit_cancelled", "Africa", "2020s", "KT Press (ktpress.rw, Rwanda)", "https://www.ktpress.rw/2024/12/drc-crisis-why-luanda-heads-of-state-summit-was-cancelled/", "2024-12-15"),
    # No date line in the excerpt; the search result's date is 2020-06-04 (a Thursday, the
    # day of the summit, "on Thursday, June 4"; the embedded posts are dated "June 4, 2020");
    # the other meetings have months only.
    ("dev_3112_modi_morrison_virtual_summit", "South Asia", "2020s", "Republic World (republicworld.com)", "https://www.republicworld.com/india-news/general-news/pm-modi-scott-morrison-india-australia-virtual-summit-full-video.html", "2020-06-04"),
]

A = {}

A["dev_3101_bush_martin_call"] = dict(
    actors={
        "george_w_bush": ["George W. Bush", "Bush"],
        "paul_martin": ["Paul Martin", "Martin"],
        "melanie_gruer": ["Melanie Gruer"],
        "condoleezza_rice": ["Condoleezza Rice"],
        "jean_chretien": ["Jean Chretien"],
    },
    meetings=[
        # "Bush and ... Martin held a telephone conversation Saturday" ("the 15-minute phone
        # call"; Bush's return of Martin's call "until Saturday": the same call) -> phone, held,
        # 2005-03-05 (the Saturday before the Sunday dateline), place null.
        M(["george_w_bush", "paul_martin"], "2005-03-05", None, PH, H,
          "US President George W. Bush and Canadian Prime Minister Paul Martin held a telephone conversation Saturday in which Bush insisted that the two countries continue to cooperate on defense in spite of Canada's refusal to take part in the US missile defense shield, Martin's office said."),
        # Not rows: "Martin had called Bush Tuesday ..., but Bush did not return the call until
        # Saturday" (the Tuesday call did not reach Bush: a call that did not take place; the
        # return call is the row above); Rice "putting off a visit to Canada" (a postponed visit,
        # no counterpart named); Chretien's decision (history). "(AFP)" is the agency credit.
        # Removed: the page's layout marks ("![]() |", "|", ". |") and the AFP copyright notice
        # at the end ("All rights reserved. ... without the prior written consent of Agence
        # France-Presse."); the headline, the dateline and the body, one line on the page, were
        # put on three lines (whitespace only).
    ],
    roles=[("US President", "george_w_bush"), ("Canadian Prime Minister", "paul_martin"),
           ("The president", "george_w_bush"), ("Martin's spokesman", "melanie_gruer"),
           ("Secretary of State", "condoleezza_rice"), ("his predecessor", "jean_chretien")],
)

A["dev_3102_saakashvili_putin_minsk"] = dict(
    actors={
        "mikheil_saakashvili": ["Saakashvili"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "vladimir_voronin": ["Vladimir Voronin"],
        "nursultan_nazarbayev": ["Nursultan Nazarbayev"],
        "cis": ["CIS", "Commonwealth of Independent States"],
        "london_stock_exchange": ["London Stock Exchange"],
        "bank_of_georgia": ["Bank of Georgia"],
    },
    meetings=[
        # "a useful conversation ... with his Russian counterpart Vladimir Putin on the sidelines
        # of the CIS summit in Minsk on November 28"; Putin "confirmed that he met with
        # Saakashvili"; Nazarbayev's "conversation during a closed-door session" and "It was our
        # initiative to hold this meeting" are the same encounter -> held, Minsk; date null (the
        # page has no publication date and the text no year, as dev_043). The Georgian media's
        # report "that no face-to-face talks were held" is noted as a doubt (see the notes); the
        # row stays required because both leaders say they met.
        M(["mikheil_saakashvili", "vladimir_putin"], None, "Minsk", IP, H,
          "President Saakashvili said on November 29 that he had \u0101a useful conversation\u0101 with his Russian counterpart Vladimir Putin on the sidelines of the CIS summit in Minsk on November 28."),
        # "Putin said that he had \u0101the most comprehensive talks\u0101 with his Moldovan
        # counterpart Vladimir Voronin" (said to journalists in Minsk, at the summit) -> held,
        # Minsk, date null.
        M(["vladimir_putin", "vladimir_voronin"], None, "Minsk", IP, H,
          "Putin said that he had \u0101the most comprehensive talks\u0101 with his Moldovan counterpart Vladimir Voronin, and added that Russia has agreed to resume importing Moldovan wines."),
        # Not rows: the CIS summit and its "closed-door session of CIS heads of state" (a
        # plenary); Nazarbayev's news conference and Saakashvili's remarks to Georgian reporters
        # in London (one person each); the IPO at the London Stock Exchange (no meeting); "No
        # joint news conference by CIS leaders was held" (none held). Removed: the cut-off last sentence
        # ("The Georgian side had been pushing for bilateral talks in anticipation of the"). The
        # mis-encoded quotation marks ("\u0101", "\u0101\u00a6") are kept as on the page.
    ],
    # "the Russian and Georgian Presidents" denotes two people: not listed.
    roles=[("his Russian counterpart", "vladimir_putin"), ("Russian leader", "vladimir_putin"),
           ("his Moldovan counterpart", "vladimir_voronin"), ("Kazakh President", "nursultan_nazarbayev")],
)

_BR = ("There would be a series of bilateral meetings between the key Ministers on both sides, including from the UK side, Alistair Darling, Jacqui Smith, Jack Straw, Des Browne, David Miliband, John Hutton and others.")
A["test_3103_sarkozy_state_visit_briefing"] = dict(
    actors={
        "nicolas_sarkozy": ["President Sarkozy", "Sarkozy"],
        "alistair_darling": ["Alistair Darling"],
        "jacqui_smith": ["Jacqui Smith"],
        "jack_straw": ["Jack Straw"],
        "des_browne": ["Des Browne"],
        "david_miliband": ["David Miliband"],
        "john_hutton": ["John Hutton"],
        "nato": ["NATO"],
    },
    meetings=[
        # "today was the day for getting down to business and that was what he [the Prime
        # Minister] would be doing with President Sarkozy. They would have detailed discussions"
        # (the communique and the joint press conference belong to the same summit) -> the UK
        # Prime Minister is never named -> one-party row (Sarkozy), planned (the morning
        # briefing's "would be doing"), 2008-03-27 ("today"), place null (the text names no
        # city or country for the summit).
        M(["nicolas_sarkozy"], "2008-03-27", None, IP, P,
          "The key point regarding the summit was that, as the Prime Minister had said this morning, today was the day for getting down to business and that was what he would be doing with President Sarkozy."),
        # "a series of bilateral meetings between the key Ministers on both sides, including from
        # the UK side, Alistair Darling, ... John Hutton and others" -> six named UK ministers,
        # each with an unnamed French counterpart -> one one-party row per minister (as 5c's
        # dev_802 "their American counterparts"), planned, 2008-03-27 (part of today's summit
        # business), place null.
        M(["alistair_darling"], "2008-03-27", None, IP, P, _BR),
        M(["jacqui_smith"], "2008-03-27", None, IP, P, _BR),
        M(["jack_straw"], "2008-03-27", None, IP, P, _BR),
        M(["des_browne"], "2008-03-27", None, IP, P, _BR),
        M(["david_miliband"], "2008-03-27", None, IP, P, _BR),
        M(["john_hutton"], "2008-03-27", None, IP, P, _BR),
        # Not rows: what "the Queen had said yesterday" and the "state occasions" (no meeting
        # stated; the Queen is not named); "a more substantive discussion on burden sharing at
        # the NATO Summit next week ... with all of the members of NATO" (a multilateral summit);
        # "they had been discussing burden sharing" (no specific meeting); the PMS's briefing
        # itself (a press briefing); the press conference of the PM and Sarkozy (the same summit).
        # Removed: the cut-off last sentence ("Asked for more information on the talks about the
        # economy, ... the current instability in the financial mark"). The page's first line
        # "\u00bb Thursday, March 27, 2008President Sarkozy State Visit" (date and title run
        # together) was split into the title and the date line under it, without the "\u00bb".
    ],
    # "the Prime Minister", "the Prime Minister's Spokesman (PMS)" and "the Queen" denote
    # unnamed people: not listed (no actor to point to).
    roles=[],
)

_KT = ("He had an audience with HM King George Tupou V, held a Press Conference, visited the Police Training School, held talks with the local business community, attended a reception at the residence of the New Zealand High Commissioner, then had dinner with the king.")
A["dev_3104_key_tupou_nukualofa"] = dict(
    actors={
        "john_key": ["Hon. John Key", "Hon John Key", "John Key"],
        "george_tupou_v": ["HM King George Tupou V", "King George Tupou V", "George Tupou V"],
        "feleti_sevele": ["Hon. Dr Feleti Sevele", "Dr Feleti Sevele", "Feleti Sevele"],
        "georgina_te_heuheu": ["Hon. Georgina te Heuheu", "Georgina te Heuheu"],
        "pita_sharples": ["Hon. Dr Pita Sharples", "Dr Pita Sharples", "Pita Sharples"],
        "christine_bogle": ["Ms Christine Bogle", "Christine Bogle"],
        "maori_party": ["Maori Party"],
        "royal_new_zealand_air_force": ["RNZAF"],
        "tongan_police": ["Tongan Police"],
    },
    meetings=[
        # "He had an audience with HM King George Tupou V, ... then had dinner with the king"
        # (the caption "John Key meets Tonga's King George Tupou V" and the audience "at Consular
        # House" are the same; audience and dinner: the same pair, day and visit -> one row) ->
        # held, 2009-07-07 (the visit "began ... at 12.20pm on July 7"; the audience comes before
        # the press conference of "yesterday afternoon, July 7"), Nuku'alofa (the dateline; the
        # text does not say where Consular House is, see the notes).
        M(["john_key", "george_tupou_v"], "2009-07-07", "Nuku'alofa", IP, H, _KT),
        # "At a joint Press Conference with the Tongan Prime Minister Hon. Dr Feleti Sevele in
        # Nuku'alofa yesterday afternoon, July 7" -> held, 2009-07-07, Nuku'alofa; optional (a
        # joint media appearance is the only contact of the two that the text reports; earlier
        # batches differ on such rows: 15b's Ahmadinejad-Maliki required, 11a's Alatas-Siazon
        # not a row).
        M(["john_key", "feleti_sevele"], "2009-07-07", "Nuku'alofa", IP, H,
          "At a joint Press Conference with the Tongan Prime Minister Hon. Dr Feleti Sevele in Nuku'alofa yesterday afternoon, July 7 Hon. John Key said that $5 million from the $16 million and another $2.5 million later would go toward the Tonga Police Development Program.", False),
        # "held talks with the local business community" -> unnamed counterparts, one-party row
        # (Key), held, 2009-07-07, Nuku'alofa; optional (a meeting with an unnamed group, as
        # dev_012's meeting with officials and lawmakers).
        M(["john_key"], "2009-07-07", "Nuku'alofa", IP, H, _KT, False),
        # Not rows: te Heuheu, Sharples and Bogle, whom "The audience ... included" (members of
        # the visiting party present at the audience, not participants: ANNOTATION.md); the
        # reception "at the residence of the New Zealand High Commissioner" (a reception, no
        # meeting stated); the visit to the Police Training School (a place); the 2007 agreement
        # (a signing, no meeting). Removed: the print view's header ("Matangi Tonga",
        # "Published on Matangi Tonga (https://matangitonga.to)", the "Home > ..." breadcrumb),
        # the link marker "[1]" after the headline, the image gap (five blank lines made one) and
        # the cut-off last sentence ("Posing for photos with the King at Consular House, the
        # Prime Minister and his party met the king's pet dogs Pulupa"). "triparte" and
        # "21-hours" are kept.
    ],
    roles=[("New Zealand Prime Minister", "john_key"), ("Tonga's King", "george_tupou_v"),
           ("the Tongan Prime Minister", "feleti_sevele"), ("the king", "george_tupou_v"),
           ("the Minister of Pacific Island Affairs", "georgina_te_heuheu"),
           ("Maori Party Co-leader", "pita_sharples"),
           ("the New Zealand High Commissioner to Tonga", "christine_bogle"),
           ("the New Zealand High Commissioner", "christine_bogle")],
)

A["dev_3105_netanyahu_qaboos_oman"] = dict(
    actors={
        "benjamin_netanyahu": ["Benjamin Netanyahu", "Netanyahu"],
        "qaboos_bin_said": ["Sultan Qaboos bin Said", "Qaboos bin Said", "Sultan Qaboos", "Qaboos"],
        "sara_netanyahu": ["Sara"],
        "yossi_cohen": ["Yossi Cohen"],
        "mossad": ["Mossad"],
        "mahmoud_abbas": ["Mahmoud Abbas", "Abbas"],
        "palestinian_authority": ["Palestinian Authority", "PA"],
        "arab_48": ["Arab 48"],
        "oman_tv": ["Omani TV Channel", "Omani TV"],
    },
    meetings=[
        # Caption: "on an official diplomatic visit to Oman where he met with Sultan Qaboos bin
        # Said on 25 October 2018" (the visit "after receiving an invitation by its Sultan" and
        # the footage "of him shaking hands with Qaboos" are the same) -> held, 2018-10-25
        # (explicit), Oman (no city in the text).
        M(["benjamin_netanyahu", "qaboos_bin_said"], "2018-10-25", "Oman", IP, H,
          "Prime Minister Benjamin Netanyahu (L) on an official diplomatic visit to Oman where he met with Sultan Qaboos bin Said on 25 October 2018"),
        # "a similar \u2013 but overt \u2013 visit by ... Mahmoud Abbas that took place on Monday";
        # "Abbas, who was also invited by the Sultan, discussed potential plans" -> held,
        # 2018-10-22 (the Monday before the Saturday date line), Oman; optional (the text implies
        # but does not state that Abbas met the Sultan).
        M(["mahmoud_abbas", "qaboos_bin_said"], "2018-10-22", "Oman", IP, H,
          "Netanyahu\u2019s wife Sara, Chief of Israeli intelligence agency Mossad Yossi Cohen and other senior Israeli officials accompanied the Prime Minister during his visit, which followed a similar \u2013 but overt \u2013 visit by Palestinian Authority (PA) President Mahmoud Abbas that took place on Monday.", False),
        # Not rows: Sara Netanyahu and Yossi Cohen "accompanied the Prime Minister" (not
        # participants); "lengthy contacts between Omani and Israeli authorities" (unnamed);
        # Netanyahu's tweet and his 2017 claim (statements). Removed: the page's "clear" and the
        # site tagline ("Creating new perspectives since 2009") above the headline and the
        # related link ("READ: PA slams Netanyahu\u2019s \u2018state-minus, autonomy-plus\u2019
        # solution"). "[PM of Israel/Twitter]" is the photo credit (kept in the text, not an
        # actor).
    ],
    roles=[("Israeli Prime Minister", "benjamin_netanyahu"), ("its Sultan", "qaboos_bin_said"),
           ("the Sultan", "qaboos_bin_said"), ("the Prime Minister", "benjamin_netanyahu"),
           ("Chief of Israeli intelligence agency Mossad", "yossi_cohen"),
           ("Palestinian Authority (PA) President", "mahmoud_abbas"),
           ("Netanyahu\u2019s wife", "sara_netanyahu")],
)

A["dev_3106_pena_nieto_cancels_trump"] = dict(
    actors={
        "enrique_pena_nieto": ["Enrique Pe\u00f1a Nieto", "Pe\u00f1a Nieto", "Pena Nieto"],
        "donald_trump": ["Donald Trump", "Trump"],
    },
    meetings=[
        # No rows (the batch's zero-row control). Not rows: "has cancelled a planned meeting next
        # week in Washington with US President Donald Trump" (a meeting that did not take place:
        # guide); "calls in Mexico for Pe\u00f1a Nieto to cancel the trip" (the same meeting);
        # Trump's order "on Wednesday" and his tweet "early on Thursday" ("it would be better to
        # cancel the upcoming meeting": a statement about the same meeting); Pe\u00f1a Nieto's
        # statement "late Wednesday". Removed: the search tool's " date 2017-01-26" prefix. The
        # excerpt has no headline (it opens with the dateline "Mexico City \u2013"); none was
        # made up. "the government in Mexico City" is unnamed (not an actor).
    ],
    roles=[("Mexican President", "enrique_pena_nieto"), ("US President", "donald_trump")],
)

A["test_3107_putin_dodon_moscow"] = dict(
    actors={
        "vladimir_putin": ["Vladimir Putin"],
        "igor_dodon": ["Igor Dodon", "Dodon"],
    },
    meetings=[
        # "Putin has announced at a meeting with Moldovan President Igor Dodon in Moscow on Jan
        # 17" ("your first visit to Russia": the same) -> held, 2017-01-17, Moscow.
        M(["vladimir_putin", "igor_dodon"], "2017-01-17", "Moscow", IP, H,
          "Moldova is an important partner for Russia and Moscow hopes for development of the interstate ties in all fields, Russian President Vladimir Putin has announced at a meeting with Moldovan President Igor Dodon in Moscow on Jan 17."),
        # Not rows: "the first visit of a Moldovan president to Russia since 2008" and "none of
        # the country's leaders paid official visits to Russia" (history, no counterpart named);
        # the 2016 vote (an election). Removed: the site's list of unrelated headlines after the
        # article ("Zelensky again made a mistake ...", "Escaped from The Russian comedian ...",
        # "Trump: Putin wants to sign ...", "Politico: ...", "Experts from the U"). The excerpt
        # has no headline (it opens with the body); none was made up.
    ],
    roles=[("Russian President", "vladimir_putin"), ("Moldovan President", "igor_dodon"),
           ("the Russian leader", "vladimir_putin"), ("the Moldovan president", "igor_dodon")],
)

A["dev_3108_modi_sharif_lahore_stopover"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Modi", "Mr. Modi", "Modi"],
        "nawaz_sharif": ["PM Nawaz Sharif", "Nawaz Sharif", "PM Sharif", "Sharif"],
        "atal_bihari_vajpayee": ["PM Vajpayee", "Vajpayee"],
        "sushma_swaraj": ["Sushma Swaraj", "Ms. Swaraj", "Swaraj"],
        "ashraf_ghani": ["President Ashraf Ghani", "Ashraf Ghani"],
    },
    meetings=[
        # "He is meeting with PM Sharif and his family at the airport in Lahore"; the live
        # updates ("17.05: Modi received by Pakistan Prime Minister Nawaz Sharif at Lahore
        # airport", the hug, the chopper to "Sharif's residence") -> held, 2015-12-25, Lahore.
        # The family is unnamed (no row).
        M(["narendra_modi", "nawaz_sharif"], "2015-12-25", "Lahore", IP, H,
          "He is meeting with PM Sharif and his family at the airport in Lahore, officials said."),
        # "he announced that he had spoken to PM Nawaz Sharif to wish him for his birthday" ->
        # phone (Modi was in Kabul, Sharif in Pakistan; the text does not say "phone", see the
        # notes), held, 2015-12-25 (announced today; the birthday is today: "it is PM Sharif's
        # birthday"), place null.
        M(["narendra_modi", "nawaz_sharif"], "2015-12-25", None, PH, H,
          "\u201cLooking forward to meeting PM Nawaz Sharif in Lahore today afternoon, where I will drop by on my way back to Delhi,\u201d The PM said in a tweet, shortly after he announced that he had spoken to PM Nawaz Sharif to wish him for his birthday."),
        # "Earlier this morning, PM Modi landed in Kabul and met with President Ashraf Ghani" ->
        # held, 2015-12-25, Kabul.
        M(["narendra_modi", "ashraf_ghani"], "2015-12-25", "Kabul", IP, H,
          "Earlier this morning, PM Modi landed in Kabul and met with President Ashraf Ghani."),
        # Not rows: "since PM Vajpayee took the bus there since 1999" and "first visit by a PM to
        # Pakistan since 2004" (history, no counterpart named); "Sushma Swaraj's visit to
        # Islamabad" (a visit to a city, no host named); the Moscow leg (no host named); the
        # grand-daughter's wedding (unnamed; a possible attendance); the tweets (statements).
        # Removed: the cut-off last sentence ("After talks at the presidential palace both
        # leaders went to the Parliament buil").
    ],
    roles=[("the PM", "narendra_modi"), ("Pakistan Prime Minister", "nawaz_sharif"),
           ("External Affairs Minister", "sushma_swaraj")],
)

A["dev_3109_lee_ishiba_call"] = dict(
    actors={
        "lee_jae_myung": ["Lee Jae-myung", "Lee"],
        "shigeru_ishiba": ["Shigeru Ishiba", "Ishiba"],
        "kang_yu_jung": ["Kang Yu-jung", "Kang"],
        "yonhap": ["Yonhap"],
        "yoon_suk_yeol": ["Yoon Suk Yeol"],
        "donald_trump": ["Donald Trump"],
        "xi_jinping": ["Xi Jinping"],
    },
    meetings=[
        # "in their first phone talks on Monday" ("the 25-minute conversation") -> phone, held,
        # 2025-06-09 (the Monday of the dateline), place null.
        M(["lee_jae_myung", "shigeru_ishiba"], "2025-06-09", None, PH, H,
          "Seoul, June 9 (IANS) South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed to deal with geopolitical crises under the framework of trilateral cooperation with the United States in their first phone talks on Monday, the presidential office said."),
        # "following his first conversation with US President Donald Trump on Friday" ("Lee's
        # second call": the first was a call) -> phone, held, 2025-06-06, place null.
        M(["lee_jae_myung", "donald_trump"], "2025-06-06", None, PH, H,
          "It marks Lee's second call with a foreign leader, following his first conversation with US President Donald Trump on Friday."),
        # "Lee's office is also arranging a phone call with Chinese President Xi Jinping" ->
        # phone, planned ("is arranging", ANNOTATION.md), date null, place null.
        M(["lee_jae_myung", "xi_jinping"], None, None, PH, P,
          "Lee's office is also arranging a phone call with Chinese President Xi Jinping, according to a senior presidential official."),
        # "expressed hope to meet in person at an early date"; "A potential venue for their first
        # in-person meeting could be the Group of Seven summit in Canada" -> planned, date null,
        # place null (a "potential venue" only); optional (a hope, not an arranged meeting).
        M(["lee_jae_myung", "shigeru_ishiba"], None, None, IP, P,
          "During the 25-minute conversation, Lee and Ishiba also reaffirmed the importance of bilateral ties between the two neighbours and expressed hope to meet in person at an early date, presidential spokesperson Kang Yu-jung told reporters.", False),
        # Not rows: Kang's briefing ("told reporters"); the G7 summit itself (a plenary); the
        # Yoon administration's approach (policy). Removed: the search tool's " date 2025-06-09"
        # prefix and the cut-off last sentence ("Lee w"). "(IANS)" is the agency credit. The
        # excerpt has no headline (it opens with the dateline); none was made up.
    ],
    roles=[("South Korean President", "lee_jae_myung"), ("Japanese Prime Minister", "shigeru_ishiba"),
           ("presidential spokesperson", "kang_yu_jung"), ("US President", "donald_trump"),
           ("Chinese President", "xi_jinping")],
)

A["dev_3110_paetongtarn_hun_sen_call"] = dict(
    actors={
        "hun_sen": ["Hun Sen"],
        "paetongtarn_shinawatra": ["Paetongtarn Shinawatra", "Paetongtarn"],
        "thaksin_shinawatra": ["Thaksin Shinawatra", "Thaksin"],
        "yingluck_shinawatra": ["Yingluck Shinawatra", "Yingluck"],
    },
    meetings=[
        # "the leaked Jun. 15 diplomatic call" (the headline's "leaked phone call with Cambodia's
        # Hun Sen", "a leaked diplomatic call between the two", "a phone conversation": the
        # same) -> phone, held, 2025-06-15, place null.
        M(["paetongtarn_shinawatra", "hun_sen"], "2025-06-15", None, PH, H,
          "However, Hun Sen expressed his dismay that relations have soured following the leaked Jun. 15 diplomatic call, which he blamed on an unspecified Cambodian official."),
        # "during an official visit to Cambodia in April, Paetongtarn and her husband had dined at
        # his home" -> held, date null (month only), Cambodia (the home's city is not given).
        # The husband is unnamed (no row).
        M(["paetongtarn_shinawatra", "hun_sen"], None, "Cambodia", IP, H,
          "He noted that during an official visit to Cambodia in April, Paetongtarn and her husband had dined at his home."),
        # Not rows: "the hospitality he had extended to them in the past" and the rooms Thaksin
        # and Yingluck "had once stayed in" (no specific meeting, no time); the "Facebook post on
        # Jun. 20" (a statement); sharing the recording with "approximately 80 individuals"
        # (unnamed; not a meeting). Removed: the section label "News" above the headline and the
        # page widgets "clock", "Telegram" and "Whatsapp"; the cut-off last sentence ("He also
        # cryptically posi").
    ],
    # "the Cambodian Prime Minister" (unnamed here) and "the Cambodian leader" (Hun Sen or the
    # unnamed Prime Minister) are not listed; "her father and aunt" denotes two people.
    roles=[("Thai PM", "paetongtarn_shinawatra"), ("Cambodian Senate President", "hun_sen"),
           ("former prime minister", "hun_sen"), ("Thailand Prime Minister", "paetongtarn_shinawatra"),
           ("the Thai Prime Minister", "paetongtarn_shinawatra"), ("Thai leader", "paetongtarn_shinawatra")],
)

_LU = ("Reports indicate that the summit was called off before Congolese President Felix Antoine Tshisekedi boarded a plane but he proceeded to Angola, where he met President Lourenco and former Kenyan President Uhuru Kenyatta, who is the mediator of the Luanda process.")
A["test_3111_luanda_summit_cancelled"] = dict(
    actors={
        "joao_lourenco": ["Louren\u00e7o", "Joao Lourenco", "Lourenco"],
        "mario_jorge": ["Mario Jorge"],
        "felix_tshisekedi": ["Felix Antoine Tshisekedi", "Tshisekedi"],
        "uhuru_kenyatta": ["Uhuru Kenyatta"],
        "olivier_nduhungirehe": ["Amb. Olivier Nduhungirehe", "Olivier Nduhungirehe"],
        "african_union": ["African Union"],
        "kt_press": ["KT Press"],
        "m23": ["M23"],
    },
    meetings=[
        # "he proceeded to Angola, where he met President Lourenco and former Kenyan President
        # Uhuru Kenyatta" -> held, 2024-12-15 (the day of the called-off summit, "this Sunday",
        # "today"), place Angola (the sentence names the country; the summit was to be in
        # Luanda, see the notes). Tshisekedi-Lourenco and Tshisekedi-Kenyatta required;
        # Lourenco-Kenyatta optional (the sentence may describe two bilaterals, as dev_032, or
        # one three-way meeting).
        M(["felix_tshisekedi", "joao_lourenco"], "2024-12-15", "Angola", IP, H, _LU),
        M(["felix_tshisekedi", "uhuru_kenyatta"], "2024-12-15", "Angola", IP, H, _LU),
        M(["joao_lourenco", "uhuru_kenyatta"], "2024-12-15", "Angola", IP, H, _LU, False),
        # Not rows: the summit of the leaders of Rwanda and the DRC "called off" (a meeting that
        # did not take place) and "rescheduled to an unknown date" (no new meeting fixed); the
        # spokesman "told the media"/"told journalists" (statements); Nduhungirehe "Speaking to
        # KT Press earlier this week" (an interview); the AU's tasking of Lourenco (a mandate).
        # Removed: the search tool's " date 2024-12-15" prefix and the cut-off last paragraph
        # (Nduhungirehe's quotation, ending "which is a responsibility they have,"). The excerpt
        # has no headline (it opens with the body); none was made up.
    ],
    roles=[("spokesperson of Angola\u2019s President Louren\u00e7o", "mario_jorge"),
           ("the presidency\u2019s media officer", "mario_jorge"),
           ("Angola\u2019s President", "joao_lourenco"), ("Congolese President", "felix_tshisekedi"),
           ("former Kenyan President", "uhuru_kenyatta"),
           ("the mediator of the Luanda process", "uhuru_kenyatta"),
           ("Rwanda\u2019s Minister of Foreign Affairs and Cooperation", "olivier_nduhungirehe")],
)

_MM = ("PM Modi and Scott Morrison have met four times during the last one and a half years -- on the sidelines of East Asia Summit in Singapore in November 2018, on the sidelines of G20 in Osaka in June 2019, on the margins of G7 Summit in Biarritz in August 2019 and on the margins of East Asia Summit in Bangkok in November 2019.")
A["dev_3112_modi_morrison_virtual_summit"] = dict(
    actors={
        "narendra_modi": ["Narendra Modi", "PM Modi", "@narendramodi"],
        "scott_morrison": ["Scott Morrison", "@ScottMorrisonMP"],
        "asian_news_international": ["ANI", "@ANI"],
    },
    meetings=[
        # "the unprecedented virtual summit between the two countries on Thursday, June 4"
        # ("the first-ever bilateral virtual summit"; Modi's embedded posts of June 4 "Glad to be
        # joining ..." and "At the virtual summit with PM @ScottMorrisonMP" report it under way)
        # -> video, held, 2020-06-04 (explicit), place null. The lead's "expressed their
        # excitement and eagerness to attend" is pre-summit wording; the posts and "held by PM
        # Modi" make it held (see the notes).
        M(["narendra_modi", "scott_morrison"], "2020-06-04", None, VID, H,
          "Prime Minister Narendra Modi and Australian Prime Minister Scott Morrison expressed their excitement and eagerness to attend the unprecedented virtual summit between the two countries on Thursday, June 4."),
        # "have met four times ... on the sidelines of East Asia Summit in Singapore in November
        # 2018, on the sidelines of G20 in Osaka in June 2019, on the margins of G7 Summit in
        # Biarritz in August 2019 and on the margins of East Asia Summit in Bangkok in November
        # 2019" (the sources' "met on four occasions on the sidelines of multilateral meetings":
        # the same four) -> four sideline meetings, held, dates null (month only), places as
        # given.
        M(["narendra_modi", "scott_morrison"], None, "Singapore", IP, H, _MM),
        M(["narendra_modi", "scott_morrison"], None, "Osaka", IP, H, _MM),
        M(["narendra_modi", "scott_morrison"], None, "Biarritz", IP, H, _MM),
        M(["narendra_modi", "scott_morrison"], None, "Bangkok", IP, H, _MM),
        # Not rows: "The Australian PM was to visit India this year which was cancelled" (a visit
        # that did not take place); the summits themselves (plenaries); the embedded posts
        # (statements). Removed: the search tool's " date 2020-06-04" prefix, the video-player
        # prompt "Watch the full summit opening remarks here:", the blank lines of an embed gap
        # (three made one) and the cut-off last fragment ("\"The Strategic Part"). The excerpt
        # has no headline (it opens with the body); none was made up. "\u2014 ANI (@ANI)" is the
        # author line of an embedded post by the agency (annotated, as the agencies cited in the
        # body of earlier batches).
    ],
    roles=[("Australian Prime Minister", "scott_morrison"), ("The Australian PM", "scott_morrison")],
)
