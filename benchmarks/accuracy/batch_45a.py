"""Accuracy corpus, batch 45a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes even years), from the 1960s, 1970s, 1980s, 1990s,
2000s, 2010s and 2020s (1960s: one, 1970s: two, 1980s: one, 1990s: one, 2000s: three, 2010s: two,
2020s: two; five of the twelve from before 2000, as the brief asked), over eleven regions (East
Asia: two; Africa, Latin America, Middle East, Western Europe, Eastern Europe/Russia, Central
Asia/Caucasus, Southeast Asia, South Asia, North America, Oceania: one each). Outlets/sites:
Daily Active (dailyactive.info), Deseret News (deseret.com), the Jewish Telegraphic Agency
(jta.org archive), Time (archive mirror at 610211.6jhxt.group), Beijing Review (bjreview.com.cn,
a 2011 reprint of its issue of 9 February 1979), Radio Free Europe/Radio Liberty (rferl.org,
twice), the Government of Timor-Leste (timor-leste.gov.tl), Ada Derana (adaderana.lk), the
National Post (via pressreader.com), Wikinews (en.m.wikinews.org) and UrduPoint (urdupoint.com,
carrying Sputnik). dailyactive.info, bjreview.com.cn, timor-leste.gov.tl and adaderana.lk are new
to the corpus; the other sites were used before, the pages and the stories are new. Collected
with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the package
was run on them (the package has not been run, imported or read for this batch). Conventions:
ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_45a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-44b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and stories already in it; positions 3, 7 and 11 are test,
all others dev. Ids: `dev_88NN_<slug>` / `test_88NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL's 2019/03/29 (a Friday) is taken as the publication
    # date. No meeting is dated in the text: the tour is "three days", the talks with Uhuru
    # Kenyatta have no day, and Museveni's quoted post ("This morning, as I end my three-day
    # state visit") is not dated -> all rows null.
    ("dev_8801_museveni_moi_nairobi", "Africa", "2010s", "Daily Active (dailyactive.info)", "https://www.dailyactive.info/2019/03/29/museveni-meets-moi-and-son-at-nairobi-amid-politics-of-succession/", "2019-03-29"),
    # No date line in the excerpt; the URL's 1989/10/3 (a Tuesday): "opened an official visit
    # Tuesday" = the day of the story, 1989-10-03; the meeting with Bush and the working lunch
    # with Baker are the same day's programme -> 1989-10-03. "last December" (Salinas took
    # office) -> no row.
    ("dev_8802_salinas_bush_white_house", "Latin America", "1980s", "Deseret News (deseret.com)", "https://www.deseret.com/1989/10/3/18826328/salinas-bush-join-forces-against-drugs", "1989-10-03"),
    # No date line in the excerpt; the URL's /1961/05/31/ (a Wednesday). JTA "today" is NOT
    # resolved (as batches 18a-21a, 31a and 38b: the bulletin may be dated the day after the
    # dispatch) -> the meeting's date null; "last year", "ten years ago", "in 1951" -> null.
    ("test_8803_ben_gurion_kennedy_waldorf", "Middle East", "1960s", "Jewish Telegraphic Agency (jta.org archive)", "https://jta.org/1961/05/31/archive/ben-gurion-meets-with-kennedy-exchange-views-affecting-both-countries", "1961-05-31"),
    # The date line "Monday, Nov. 08, 1971" (1971-11-08 is a Monday; the URL's
    # Time1971/1971-11-08 agrees; Time's cover date). "arriving in Paris last week for a six-day
    # visit" and "last week" -> the talks' date null.
    ("dev_8804_brezhnev_pompidou_paris_time", "Western Europe", "1970s", "Time (archive mirror at 610211.6jhxt.group)", "http://610211.6jhxt.group/txt/time/Time1971/1971-11-08/877379.html", "1971-11-08"),
    # A reprint: "UPDATED: January 14, 2011 NO. 6 FEBRUARY 9, 1979" (Beijing Review's issue No. 6
    # of 9 February 1979, a Friday, reprinted in a 2011 special; the URL's 2011-01/14 is the
    # reprint's). The issue date is taken as the publication date, as batch 44a's "From the
    # Archives" reprint and batch 33a's reprints. "On the evening of January 29" (no year; the
    # year of publication, 1979) -> 1979-01-29 (a Monday); Carter's toast "Today" is the same day.
    ("dev_8805_carter_deng_state_dinner", "East Asia", "1970s", "Beijing Review (bjreview.com.cn; 2011 reprint of issue No. 6, 9 February 1979)", "http://www.bjreview.com.cn/special/2011-01/14/content_325314_2.htm", "1979-02-09"),
    # The dateline "Kyiv, 30 May 1997 (RFE/RL)" (1997-05-30 is a Friday): "arrived today" and
    # "later held his first talks" = 1997-05-30; "expected to sign tomorrow" = 1997-05-31;
    # "initialled yesterday" (a pact, no row); "earlier this week" -> no row.
    ("dev_8806_yeltsin_kuchma_kyiv_arrival", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty (rferl.org)", "http://www.rferl.org/a/1085072.html", "1997-05-30"),
    # The dateline "Prague, 10 April 2003 (RFE/RL)" (a Thursday): "today signed" (in Moscow) =
    # 2003-04-10; the phone call "already" made before the trip has no day -> null.
    ("test_8807_niyazov_putin_moscow_gas", "Central Asia/Caucasus", "2000s", "Radio Free Europe/Radio Liberty (rferl.org)", "https://www.rferl.org/a/1102902.html", "2003-04-10"),
    # The date line "Wed. 06 of September of 2023, 17:28h" (2023-09-06 is a Wednesday): the
    # meeting "On September 4th, 2023" -> 2023-09-04 (explicit).
    ("dev_8808_xanana_jokowi_merdeka", "Southeast Asia", "2020s", "Government of Timor-Leste (timor-leste.gov.tl, news page)", "https://timor-leste.gov.tl/?lang=en&n=1&p=33891", "2023-09-06"),
    # No date line in the excerpt; the search result's date field 2019-02-05 (a Tuesday), which
    # the text's "today (05)" and "yesterday (04)" confirm: the planned talks "today (05)" =
    # 2019-02-05; "last evening" = 2019-02-04; "on the 3rd of February" dates the arrival (no row).
    ("dev_8809_solih_sirisena_wickremesinghe", "South Asia", "2010s", "Ada Derana (adaderana.lk)", "http://www.adaderana.lk/news.php?nid=53061", "2019-02-05"),
    # The URL's issue date 20051013 (a Thursday; no date line in the excerpt): the planned call
    # has no date ("may also take longer still", "potential dates" not given) -> null; "last
    # week" (the New York speech) -> no row; "Aug. 11" dates a ruling.
    ("dev_8810_martin_bush_call_on_hold", "North America", "2000s", "National Post (via pressreader.com)", "https://www.pressreader.com/canada/national-post-latest-edition/20051013/281595235925118", "2005-10-13"),
    # The date line "Thursday, March 22, 2007" (2007-03-22 is a Thursday): "Today, President
    # George Bush welcomed ..." = 2007-03-22 (resolved against the date line, as the guide says;
    # see the notes).
    ("test_8811_bush_clark_oval_office", "Oceania", "2000s", "Wikinews (en.m.wikinews.org)", "https://en.m.wikinews.org/wiki/US_President_Bush_and_NZ_Prime_Minister_Clark_meet", "2007-03-22"),
    # The date line "Fri 02nd April 2021 | 04:51 PM" and the dateline "MOSCOW (UrduPoint News /
    # Sputnik - 02nd April, 2021)" (2021-04-02 is a Friday; the search result's date field
    # agrees): "on Friday discussed" = 2021-04-02.
    ("dev_8812_putin_battulga_call", "East Asia", "2020s", "UrduPoint (urdupoint.com, carrying Sputnik)", "https://www.urdupoint.com/en/world/putin-mongolian-president-discuss-fight-agai-1211877.html", "2021-04-02"),
]

A = {}

_MM = ("There after ,he visited retired President Daniel Moi at Kabarnet Gardens in Nairobi accompanied by Baringo senator and 2022 presidential hopeful Gideon Moi.")
_MD = ("Museveni’s itinerary started with a visit to the miuseleum of Founding president Jomo Kenyatta at parliament buildings where he was received by Majority Leader Aden Duale and Senate Speaker Kenneth Lusaka.")
A["dev_8801_museveni_moi_nairobi"] = dict(
    actors={
        "yoweri_museveni": ["Uganda President Yoweri Museveni", "Yoweri Museveni", "President Museveni", "Museveni",
                            "@KagutaMuseveni", "Moseveni"],
        "uhuru_kenyatta": ["Uhuru Kenyatta"],
        "daniel_arap_moi": ["retired president Moi", "retired President Daniel Moi", "Daniel Moi",
                            "Mzee Daniel Toroitich arap Moi", "Moi"],
        "gideon_moi": ["Gideon Moi", "Gideon"],
        "jomo_kenyatta": ["Mzee Jomo Kenyatta", "Jomo Kenyatta"],
        "aden_duale": ["Majority Leader Aden Duale", "Aden Duale", "Duale"],
        "kenneth_lusaka": ["Senate Speaker Kenneth Lusaka", "Kenneth Lusaka"],
        "rebecca_kadaga": ["Rebecca Kadaga"],
        "twitter": ["twitter"],
    },
    meetings=[
        # "President Museveni held bilateral talks with his Kenyan counterpart Uhuru Kenyatta" ->
        # held, date null (not dated), Kenya (the "official tour to Kenya"; no city for the talks).
        M(["yoweri_museveni", "uhuru_kenyatta"], None, "Kenya", IP, H,
          "President Museveni held bilateral talks with his Kenyan counterpart Uhuru Kenyatta in which Infrastructural development dominated."),
        # "visited retired President Daniel Moi at Kabarnet Gardens in Nairobi" (the first
        # paragraph's "visiting retired president Moi at Nairobi hospital", the headline's
        # "Museveni meets Moi", "a jovial Moi, 94, is seen having talks with Museveni" and the
        # post's "I also visited Mzee Daniel Toroitich arap Moi": the same visit) -> held, date
        # null, Nairobi.
        M(["yoweri_museveni", "daniel_arap_moi"], None, "Nairobi", IP, H, _MM),
        # Gideon Moi: "accompanied by" (an attendee by ANNOTATION's convention), but the headline
        # "Museveni meets Moi and son" and "the three leaders discussed" present him as met ->
        # the two pairs with him, required False (see the notes).
        M(["yoweri_museveni", "gideon_moi"], None, "Nairobi", IP, H, _MM, False),
        M(["daniel_arap_moi", "gideon_moi"], None, "Nairobi", IP, H, _MM, False),
        # "I also visited ... our Speaker, Rebecca Kadaga, who are in hospital" (Museveni's
        # post) -> a visit to a person: held, date null ("This morning" of an undated post),
        # Kenya ("as I end my three-day state visit to Kenya"; the hospital is not located).
        M(["yoweri_museveni", "rebecca_kadaga"], None, "Kenya", IP, H,
          "I also visited Mzee Daniel Toroitich arap Moi and our Speaker, Rebecca Kadaga, who are in hospital."),
        # "where he was received by Majority Leader Aden Duale and Senate Speaker Kenneth Lusaka"
        # (at the mausoleum; the post: "at Parliament grounds, Nairobi") -> a reception by three
        # named people: one row per pair, all required False (a welcome at a wreath-laying, not
        # talks; Duale-Lusaka are the two hosts, as ANNOTATION's dev_017 and batch
        # 44a's Blair-Cook).
        M(["yoweri_museveni", "aden_duale"], None, "Nairobi", IP, H, _MD, False),
        M(["yoweri_museveni", "kenneth_lusaka"], None, "Nairobi", IP, H, _MD, False),
        M(["aden_duale", "kenneth_lusaka"], None, "Nairobi", IP, H, _MD, False),
        # Not rows: the wreath at Jomo Kenyatta's mausoleum (a ceremony for a dead person);
        # Duale's and Museveni's posts (statements); "The two leaders agreed ..." (the same
        # talks); the speculation about Gideon's ambitions (the same visit). Kept as found inside
        # the text: the image lines "Image may contain: 2 people, people sitting and indoor",
        # "Image result for museveni in kenya photos" (twice) and "Related image", and the
        # spellings "miuseleum", "There after ,he", "recovery,”Moseveni", "a speculations".
        # Removed: the comment form at the end ("Leave a Reply", "Your email address will not be
        # published. Required fields are marked *").
    ],
    roles=[("his Kenyan counterpart", "uhuru_kenyatta"), ("Founding president", "jomo_kenyatta"),
           ("founding president", "jomo_kenyatta"), ("Majority Leader", "aden_duale"),
           ("Senate Speaker", "kenneth_lusaka"), ("President of the Republic of Uganda", "yoweri_museveni"),
           ("Baringo senator", "gideon_moi"), ("our Speaker", "rebecca_kadaga")],
)

_SB = ("After the welcoming ceremony and a meeting with Bush, Salinas planned to attend a working lunch with Secretary of State James A. Baker III.")
A["dev_8802_salinas_bush_white_house"] = dict(
    actors={
        "carlos_salinas_de_gortari": ["Mexican President Carlos Salinas de Gortari", "Carlos Salinas de Gortari",
                                      "Salinas"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "james_baker": ["Secretary of State James A. Baker III", "James A. Baker III"],
    },
    meetings=[
        # "opened an official visit Tuesday and joined President Bush", "With Bush standing at
        # his side during a White House welcoming ceremony", "The two presidents then presided
        # over the signing", "a meeting with Bush" (one day, one pair: one row) -> held,
        # 1989-10-03, Washington (the White House, as ANNOTATION's White House -> Washington).
        # Status held: the ceremony and the signing are reported as done; "After ... a meeting
        # with Bush, Salinas planned ..." could be read as still ahead (see the notes).
        M(["carlos_salinas_de_gortari", "george_h_w_bush"], "1989-10-03", "Washington", IP, H, _SB),
        # "Salinas planned to attend a working lunch with Secretary of State James A. Baker III" ->
        # planned, 1989-10-03 (the same day's programme), place null (the lunch is not located).
        M(["carlos_salinas_de_gortari", "james_baker"], "1989-10-03", None, IP, P, _SB),
        # Not rows: "remarks Salinas made to reporters before leaving Mexico" (statements to the
        # press); "a U.S. official" (unnamed); "since Salinas took office last December" (no
        # meeting). "White House" here names a place ("a White House welcoming ceremony"), not
        # an actor. The missing space in 'scourge."In a similar vein' is kept as found.
        # Removed: the share widget "Facebook Twitter" at the start.
    ],
    roles=[("Mexican President", "carlos_salinas_de_gortari"), ("Secretary of State", "james_baker")],
)

_BK = ("The President met the Prime Minister last year in Washington and previously in Israel in 1951.")
A["test_8803_ben_gurion_kennedy_waldorf"] = dict(
    actors={
        "david_ben_gurion": ["Israel’s Prime Minister David Ben-Gurion", "David Ben-Gurion", "Mr. Ben-Gurion",
                             "Prime Minister Ben-Gurion", "Ben-Gurion"],
        "john_f_kennedy": ["President John F. Kennedy", "John F. Kennedy", "President Kennedy"],
        "avraham_harman": ["Avraham Harman"],
        "meyer_feldman": ["Meyer Feldman"],
        "philip_talbot": ["Philip Talbot"],
        "pierre_salinger": ["Pierre Salinger"],
        "white_house": ["White House"],
        "nicholas_christopher_radzivili": ["Count Nicholas Christopher Radzivili", "Nicholas Christopher Radzivili",
                                           "Count Radzivili"],
        "jacqueline_kennedy": ["Mrs. Kennedy"],
    },
    meetings=[
        # "Ben-Gurion called on President John F. Kennedy at the latter's presidential suite at
        # the Waldorf Astoria here today, and the two statesmen conferred for an hour and a half"
        # (the statements' "calling on President Kennedy", "met for an hour and a half": the
        # same) -> held, date null (JTA "today" not resolved), place null (the hotel is named
        # without a city and the excerpt has no dateline; not resolved from background knowledge,
        # as batch 39a's Dan Carmel Hotel "here").
        M(["david_ben_gurion", "john_f_kennedy"], None, None, IP, H,
          "Israel’s Prime Minister David Ben-Gurion called on President John F. Kennedy at the latter’s presidential suite at the Waldorf Astoria here today, and the two statesmen conferred for an hour and a half."),
        # "The President met the Prime Minister last year in Washington" (Ben-Gurion: "to see him
        # in Washington last year") -> held, date null ("last year"), Washington.
        M(["john_f_kennedy", "david_ben_gurion"], None, "Washington", IP, H, _BK),
        # "... and previously in Israel in 1951" (Ben-Gurion: "when he visited Israel ten years
        # ago") -> held, date null (year only), Israel.
        M(["john_f_kennedy", "david_ben_gurion"], None, "Israel", IP, H, _BK),
        # Not rows: Harman, Feldman and Talbot "Also attending the meeting" (attendees, no pair
        # rows, as ANNOTATION's "sat in on"); the statements of Ben-Gurion and Salinger; the
        # book presented "Before they started their talks" (the same meeting); the picketers
        # (unnamed). "White House" is annotated as an actor here ("a White House aide", "the
        # White House press secretary"). Removed: the last paragraph, a cut-off fragment
        # ("Tomorrow, the Israel Prime Minister will address a jo").
    ],
    roles=[("Israel’s Prime Minister", "david_ben_gurion"), ("the latter", "john_f_kennedy"),
           ("The President", "john_f_kennedy"), ("the Prime Minister", "david_ben_gurion"),
           ("Israeli Ambassador to the United States", "avraham_harman"),
           ("a White House aide of the President", "meyer_feldman"),
           ("U.S. Undersecretary of State for Near Eastern Affairs", "philip_talbot"),
           ("the White House press secretary", "pierre_salinger")],
)

A["dev_8804_brezhnev_pompidou_paris_time"] = dict(
    actors={
        "leonid_brezhnev": ["Soviet Party Boss Leonid Brezhnev", "Leonid Brezhnev", "Brezhnev"],
        "georges_pompidou": ["President Georges Pompidou", "Georges Pompidou", "Mr. Pompidou", "Pompidou"],
        "nikita_khrushchev": ["Nikita Khrushchev"],
        "viktoria_brezhneva": ["Viktoria Petrovna"],
        "garde_republicaine": ["Garde Republicaine"],
    },
    meetings=[
        # "the two leaders and their advisers met for nearly 14 hours at the Elysee Palace to talk
        # politics" (the welcome by Pompidou at Orly and the state dinner he hosted at the
        # Trianon: the same six-day visit and pair, one row, as ANNOTATION's multi-day visits) ->
        # held, date null ("last week"), Paris (the Elysee Palace; "arriving in Paris").
        M(["leonid_brezhnev", "georges_pompidou"], None, "Paris", IP, H,
          "Between meals and side trips in Paris and Marseille, the two leaders and their advisers met for nearly 14 hours at the Elysee Palace to talk politics."),
        # Not rows: Viktoria Petrovna (the wife, lodged with him: an attendee); Khrushchev (no
        # meeting); "another ceremonial dinner next evening" that Brezhnev had to forgo (did not
        # take place; no host named); the police (unnamed). Removed: the last, cut-off sentence
        # ("Pompidou extended the invitation to Brezhnev last October during his visit to Moscow,
        # but the Russians were evasive about the timing until President Nixon announced in July
        # that he"; with it went the October 1970 meeting in Moscow, which is therefore not a
        # row). "jok ingly" and the run-in subhead "The Human Brezhnev." are kept as found.
    ],
    roles=[("the Soviet leader", "leonid_brezhnev")],
)

A["dev_8805_carter_deng_state_dinner"] = dict(
    actors={
        "jimmy_carter": ["President Carter", "Carter"],
        "rosalynn_carter": ["Rosalynn Carter", "Mrs. Carter"],
        "deng_xiaoping": ["Vice Premier Deng", "Vice-Premier Deng", "Deng"],
        "zhuo_lin": ["Madame Zhuo Lin", "Zhuo Lin"],
    },
    meetings=[
        # "On the evening of January 29, President Carter and his wife Rosalynn Carter gave a state
        # dinner in honour of Vice Premier Deng and his wife Zhuo Lin" (Carter's toast: "Today ...
        # the Governments ... have begun discussions at the highest level": the same day and
        # pair, one row) -> held, 1979-01-29, Washington (the caption's "the dinner given in
        # Washington"). The two wives are attendees (ANNOTATION's spouses), no pair rows.
        M(["jimmy_carter", "deng_xiaoping"], "1979-01-29", "Washington", IP, H,
          "On the evening of January 29, President Carter and his wife Rosalynn Carter gave a state dinner in honour of Vice Premier Deng and his wife Zhuo Lin."),
        # Not rows: the toast (a speech); the spouses. "(XINHUA)" closing the caption is a photo
        # credit (kept, not annotated); "White House" names a place ("White House state dinner").
        # Removed: the site's header and navigation (from "e-magazine" to "Hot Links", "cheap
        # eyeglasses", "Market Avenue", "eBeijing", "Previous Visits" and the breadcrumb "Special>
        # Hu's Visit to the United States> Previous Visits"), the widget line "Share" between the
        # title and the subhead "White House state dinner", and the last, cut-off sentence ("We
        # have a long-term commitment to a world commun").
    ],
    roles=[],
)

A["dev_8806_yeltsin_kuchma_kyiv_arrival"] = dict(
    actors={
        "boris_yeltsin": ["Russian President Boris Yeltsin", "Boris Yeltsin", "Yeltsin"],
        "leonid_kuchma": ["Ukrainian President Leonid Kuchma", "Leonid Kuchma", "Kuchma"],
        "pavlo_lazarenko": ["Ukrainian Prime Minister Pavlo Lazarenko", "Pavlo Lazarenko"],
        "ort": ["ORT"],
        "nato": ["NATO"],
    },
    meetings=[
        # "Yeltsin later held his first talks one-on-one with Kuchma at the presidential palace"
        # -> held, 1997-05-30 ("arrived today ... later"), Kyiv.
        M(["boris_yeltsin", "leonid_kuchma"], "1997-05-30", "Kyiv", IP, H,
          "Yeltsin later held his first talks one-on-one with Kuchma at the presidential palace."),
        # "Stepping off the plane to be welcomed by Ukrainian Prime Minister Pavlo Lazarenko" ->
        # an airport welcome by a named host: held, 1997-05-30, Kyiv; required False (a welcome,
        # not talks).
        M(["boris_yeltsin", "pavlo_lazarenko"], "1997-05-30", "Kyiv", IP, H,
          "Stepping off the plane to be welcomed by Ukrainian Prime Minister Pavlo Lazarenko, Yeltsin said he hoped to \"fix all existing problems\" between the two countries with Ukrainian President Leonid Kuchma.",
          False),
        # "the friendship treaty he is expected to sign tomorrow" (the headline "Presidents To
        # Sign Breakthrough Treaty": the two presidents) -> a signing by the two presidents:
        # planned, 1997-05-31, Kyiv; required False (a signing ceremony within the same state
        # visit; the body names "Ukraine", the headline the "Presidents").
        M(["boris_yeltsin", "leonid_kuchma"], "1997-05-31", "Kyiv", IP, P,
          "In an interview broadcast soon after Yeltsin's arrival on Ukrainian and Russian ORT television, Yeltsin said the friendship treaty he is expected to sign tomorrow \"will have great political force.\"",
          False),
        # Not rows: "The Russian and Ukrainian foreign and defense ministers met separately"
        # (unnamed); the interview; the Ukraine-NATO pact "initialled yesterday" and the fleet
        # agreements "earlier this week" (signed by "Russia and Ukraine", no one named).
        # "(RFE/RL)" in the dateline is the outlet's credit (not annotated); "Moscow' opposition"
        # is kept as found. Removed: the page header ("Accessibility links", "Breaking News") and
        # the widget line at the end ("XS", "SM", "MD", "LG").
    ],
    roles=[("Russian President", "boris_yeltsin"), ("Ukrainian President", "leonid_kuchma"),
           ("Ukrainian Prime Minister", "pavlo_lazarenko")],
)

A["test_8807_niyazov_putin_moscow_gas"] = dict(
    actors={
        "saparmurat_niyazov": ["Turkmen President Saparmurat Niyazov", "Saparmurat Niyazov", "Niyazov", "Niayazov"],
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin"],
        "itar_tass": ["ITAR-TASS news agency", "ITAR-TASS"],
        "gazprom": ["Gazprom"],
        "aleksei_miller": ["Aleksei Miller", "Miller"],
        "rem_vyakhirev": ["Rem Vyakhirev"],
        "mejlis_of_turkmenistan": ["Turkmen parliament"],
    },
    meetings=[
        # "Niyazov and ... Putin today signed an agreement" ("signed in Moscow", "The two leaders
        # also signed", the headline's "Rare Two-Day Visit To Moscow": the same) -> held,
        # 2003-04-10, Moscow. Evidence without the dateline credit "Prague, 10 April 2003
        # (RFE/RL) --".
        M(["saparmurat_niyazov", "vladimir_putin"], "2003-04-10", "Moscow", IP, H,
          "Turkmen President Saparmurat Niyazov and Russian President Vladimir Putin today signed an agreement on cooperation in the natural gas sector over the next 25 years."),
        # "Niyazov said he had already spoken by phone with Russian President Vladimir Putin
        # about their extradition" -> phone, held, date null (before the trip; no day).
        M(["saparmurat_niyazov", "vladimir_putin"], None, None, PH, H,
          "Niyazov said he had already spoken by phone with Russian President Vladimir Putin about their extradition."),
        # Not rows: Miller's statements; Niyazov's address to the Turkmen parliament (a speech to
        # a body); "a friendship treaty concluded last year" (no meeting described); the
        # suspects (unnamed). "Niayazov" is kept as written. Removed: the page header
        # ("Accessibility links", "Breaking News") and the last paragraph, a cut-off fragment
        # ("Niyazov's arrival prompted a prot").
    ],
    roles=[("The head of Russian gas giant Gazprom", "aleksei_miller"), ("the Turkmen leader", "saparmurat_niyazov"),
           ("Miller's predecessor", "rem_vyakhirev")],
)

A["dev_8808_xanana_jokowi_merdeka"] = dict(
    actors={
        "xanana_gusmao": ["Prime Minister Kay Rala Xanana Gusmão", "Kay Rala Xanana Gusmão", "Xanana Gusmão",
                          "Prime Minister Xanana", "Xanana"],
        "joko_widodo": ["Joko Widodo", "Presidente Jokowi", "Jokowi"],
        "asean": ["Association of Southeast Asian Nations", "ASEAN"],
        "francisco_kalbuadi_lay": ["Francisco Kalbuadi Lay"],
        "bendito_dos_santos_freitas": ["Bendito dos Santos Freitas"],
        "francisco_guterres": ["Francisco Guterres"],
        "milena_rangel": ["Milena Rangel"],
    },
    meetings=[
        # "On September 4th, 2023, Prime Minister Kay Rala Xanana Gusmão and the President of the
        # Republic of Indonesia, Joko Widodo, held a bilateral meeting at Merdeka Palace in
        # Jakarta" -> held, 2023-09-04, Jakarta.
        M(["xanana_gusmao", "joko_widodo"], "2023-09-04", "Jakarta", IP, H,
          "On September 4th, 2023, Prime Minister Kay Rala Xanana Gusmão and the President of the Republic of Indonesia, Joko Widodo, held a bilateral meeting at Merdeka Palace in Jakarta, Indonesia."),
        # Not rows: "Presidente Jokowi's invitation to participate in the 43rd ASEAN Summit" (a
        # multilateral summit, an invitation); the ministers who "accompanied" Xanana
        # (attendees, no pair rows). Kept as found: the image file names after three paragraphs
        # ("375332791_150773784745625_385149006130257872_n" etc.), "Presidente" and the closing
        # quotation marks written “. Nothing removed.
    ],
    roles=[("the President of the Republic of Indonesia", "joko_widodo"), ("The Indonesian President", "joko_widodo"),
           ("Prime Minister of Timor-Leste", "xanana_gusmao"),
           ("the Vice-Prime Minister, Coordinating Minister of Economic Affairs and Minister of Tourism and the Environment",
            "francisco_kalbuadi_lay"),
           ("the Minister of Foreign Affairs and Cooperation", "bendito_dos_santos_freitas"),
           ("the Minister of Interior", "francisco_guterres"),
           ("the Vice Minister for ASEAN Affairs", "milena_rangel")],
)

A["dev_8809_solih_sirisena_wickremesinghe"] = dict(
    actors={
        "maithripala_sirisena": ["President Maithripala Sirisena", "Maithripala Sirisena", "President Sirisena"],
        "ibrahim_mohamed_solih": ["Maldivian President Ibrahim Mohamed Solih", "Ibrahim Mohamed Solih",
                                  "President Solih"],
        "ranil_wickremesinghe": ["Prime Minister Ranil Wickremesinghe", "Ranil Wickremesinghe"],
        "prime_ministers_office_sri_lanka": ["Prime Minister’s Office"],
    },
    meetings=[
        # "Bilateral discussions between President Maithripala Sirisena and Maldivian President
        # Ibrahim Mohamed Solih are scheduled to be held at the Presidential Secretariat today
        # (05)" -> planned, 2019-02-05, Colombo (the Presidential Secretariat resolved to its city,
        # as ANNOTATION's official buildings; the text names no city).
        M(["maithripala_sirisena", "ibrahim_mohamed_solih"], "2019-02-05", "Colombo", IP, P,
          "Bilateral discussions between President Maithripala Sirisena and Maldivian President Ibrahim Mohamed Solih are scheduled to be held at the Presidential Secretariat today (05)."),
        # "Prime Minister Ranil Wickremesinghe and President Solih have held bilateral discussions
        # at the Temple Trees last evening" -> held, 2019-02-04, Colombo (Temple Trees, the prime
        # minister's residence, resolved to its city; see the notes).
        M(["ranil_wickremesinghe", "ibrahim_mohamed_solih"], "2019-02-04", "Colombo", IP, H,
          "Prime Minister Ranil Wickremesinghe and President Solih have held bilateral discussions at the Temple Trees last evening."),
        # Not rows: the arrival "on the 3rd of February ... upon the invitation of President
        # Sirisena" (an arrival and an invitation; the visit's talks are the planned row); the
        # "71st National Day celebrations" attended "as the Guest of Honour" (a public ceremony,
        # no one named meeting him). Removed: the search tool's " date 2019-02-05" prefix.
    ],
    roles=[("Maldivian President", "ibrahim_mohamed_solih"), ("the Maldivian President", "ibrahim_mohamed_solih")],
)

A["dev_8810_martin_bush_call_on_hold"] = dict(
    actors={
        "paul_martin": ["Paul Martin", "Mr. Martin"],
        "george_w_bush": ["George W. Bush", "Mr. Bush"],
        "economic_club_of_new_york": ["Economic Club of New York"],
        "world_trade_organization": ["World Trade Organization"],
    },
    meetings=[
        # "it may also take longer still to hold a long-awaited telephone call between the Prime
        # Minister and U. S. President" ("a discussion has been in the works for more than a
        # month", "potential dates for the talks", "We're ready any time") -> an intended call:
        # phone, planned, date null, place null. Required (an intended meeting, as the guide's
        # "planned"), though the headline says the talks "appear to be on hold" (see the notes).
        M(["paul_martin", "george_w_bush"], None, None, PH, P,
          "With Ottawa’s unwillingness to back down on its claim that the Americans are illegally taxing Canadian lumber sold in the United States, it may also take longer still to hold a long-awaited telephone call between the Prime Minister and U. S. President."),
        # Not rows: Martin's "address to the Economic Club of New York" last week (a speech); "a
        # senior government official" (unnamed); the NAFTA panel and WTO rulings (no meeting).
        # "the Bush administration" is not annotated as a separate actor (a government named by
        # its head). "National Post" at the head of the page is the outlet's name, "- BY ALLAN
        # WOODS" the byline (kept, not annotated). Removed: the last, cut-off fragment ("The
        # Prime Mi").
    ],
    roles=[("the Prime Minister", "paul_martin"), ("U. S. President", "george_w_bush")],
)

A["test_8811_bush_clark_oval_office"] = dict(
    actors={
        "george_w_bush": ["President George Bush", "George Bush", "President Bush", "Bush"],
        "helen_clark": ["New Zealand Prime Minister Helen Clark", "Helen Clark", "Clark"],
    },
    meetings=[
        # "Today, President George Bush welcomed New Zealand Prime Minister Helen Clark to the
        # White House" ("spent 30 minutes at the Oval Office with the President", "had lunch with
        # President Bush in the White House after the meeting": the same day and pair, one row)
        # -> held, 2007-03-22 ("Today" against the date line), Washington (the White House).
        M(["george_w_bush", "helen_clark"], "2007-03-22", "Washington", IP, H,
          "Today, President George Bush welcomed New Zealand Prime Minister Helen Clark to the White House to discuss common efforts in the War on Terror and review efforts to advance and strengthen bilateral relations."),
        # Not rows: "her second formal meeting with the President" (the first is not described)
        # and "they have met nine times on other occasions" (a count); "the third time a New
        # Zealand prime minister has visited the White House in 24 years" (general); Bush's
        # remarks to reporters and the quoted passage (statements). Removed: the last paragraph, a
        # cut-off fragment ("Clark praised U.S. involvement in Pacific a").
    ],
    roles=[("US President", "george_w_bush"), ("NZ Prime Minister", "helen_clark"), ("The Prime Minister", "helen_clark"),
           ("the President", "george_w_bush"), ("the prime minister", "helen_clark")],
)

A["dev_8812_putin_battulga_call"] = dict(
    actors={
        "vladimir_putin": ["Russian President Vladimir Putin", "Vladimir Putin", "Putin"],
        "khaltmaagiin_battulga": ["Khaltmaagiin Battulga"],
        "kremlin": ["Kremlin"],
    },
    meetings=[
        # "Putin and his Mongolian counterpart, Khaltmaagiin Battulga, on Friday discussed ..."
        # ("The phone conversation was initiated by the Mongolian side": the same) -> phone,
        # held, 2021-04-02, place null. Evidence without the dateline credit "MOSCOW (UrduPoint
        # News / Sputnik - 02nd April, 2021)" (the standfirst repeats the sentence without the
        # final stop).
        M(["vladimir_putin", "khaltmaagiin_battulga"], "2021-04-02", None, PH, H,
          "Russian President Vladimir Putin and his Mongolian counterpart, Khaltmaagiin Battulga, on Friday discussed the COVID-19 response and deliveries of Russian vaccines, the Kremlin said."),
        # Not rows: the Kremlin's statement. "Mohammad Ali (@ChaudhryMAli88)" is the byline,
        # "UrduPoint News / Sputnik" the dateline's credit (kept, not annotated). Removed: the
        # search tool's " date 2021-04-02" prefix and the breadcrumb lines before the headline
        # ("- Home", "- World", "- News", "- Putin, Mongolian President Discuss Fight Against
        # COVID-19, Vaccine Deliveries - Kremlin").
    ],
    roles=[("his Mongolian counterpart", "khaltmaagiin_battulga"), ("Mongolian President", "khaltmaagiin_battulga")],
)
