"""Accuracy corpus, batch 83a: 12 new articles about meetings between political actors, all
published in ODD years (another helper takes batch 83b at the same time), over eleven regions
(Western Europe: two; Central Asia/Caucasus, Middle East, Africa, Southeast Asia, Eastern
Europe/Russia, Latin America, North America, South Asia, East Asia, Oceania: one each) and six
decades (1970s: one, 1980s: two, 1990s: two, 2000s: two, 2010s: two, 2020s: three; five of the
twelve from before 2000).
Outlets/sites: RT (2019), OANA (an AzerTAc item, 2009), the Los Angeles Times (an Associated
Press story, 1985), Lusaka Times (2021), The Guardian (2015, 2007), a US Embassy Santiago cable via
the WikiLeaks PlusD archive (1975), Castanet (2025), The Press of Christchurch via Papers Past (an
NZPA-Reuter story, 1987), The Independent (1993), The News International (2025) and Radio Free
Europe/Radio Liberty (1997).
Eleven news items and one diplomatic cable; no official release, no parliamentary record.
The pages are new (grep of `sources.csv`, `corpus/metadata.csv` and the other batch files except
83b) and so are the meetings (grep of the corpus texts for the principals; see the notes).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_83a_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-82b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus or not taken; positions 3, 7 and 11 are test, all others
dev. Ids: `dev_164NN_<slug>` / `test_164NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and odd characters included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The page's "Published time: 23 Aug, 2019 16:22" (a Friday, checked; the tool's " date
    # 2019-08-23" prefix agrees): "on Thursday" -> 2019-08-22 (a Thursday, checked). Region
    # Western Europe (the non-US principal, Denmark).
    ("dev_16401_frederiksen_trump_conversation", "Western Europe", "2010s", "RT (rt.com, newsline)", "https://www.rt.com/newsline/467159-danish-pm-trump-security/", "2019-08-23"),
    # The page's "Wed, 02/25/2009 - 08:37" (2009-02-25, a Wednesday, checked) and the dateline
    # "Baku, 24 February": "has met today" -> 2009-02-24 (a Tuesday, checked; the dateline's day,
    # as `test_16211` of 82a resolved "today" to its dateline).
    ("dev_16402_mammadyarov_todua_baku", "Central Asia/Caucasus", "2000s", "OANA (oananews.org; an AzerTAc item)", "https://oananews.org/node/47469", "2009-02-25"),
    # The address's 1985-09-27 (a Friday, checked; no date line in the excerpt). The meeting is
    # "a few days ago" -> null. Region Middle East (Oman; the other principal is Soviet).
    ("test_16403_shevardnadze_alawi_new_york", "Middle East", "1980s", "Los Angeles Times (latimes.com archive; an Associated Press story)", "https://www.latimes.com/archives/la-xpm-1985-09-27-mn-18177-story.html", "1985-09-27"),
    # The address's 2021/03/31 and the tool's " date 2021-03-31" prefix (a Wednesday, checked):
    # "today" -> 2021-03-31.
    ("dev_16404_lungu_masisi_state_house", "Africa", "2020s", "Lusaka Times (lusakatimes.com)", "https://www.lusakatimes.com/2021/03/31/president-lungu-assures-botswana-president-that-zambia-will-hold-free-and-fair-elections/", "2021-03-31"),
    # The address's 2015/nov/19 (a Thursday, checked; no date line in the excerpt): "on
    # Wednesday" -> 2015-11-18 (a Wednesday, checked).
    ("dev_16405_suu_kyi_shwe_mann_naypyidaw", "Southeast Asia", "2010s", "The Guardian", "https://www.theguardian.com/world/2015/nov/19/aung-sang-suu-kyi-meets-former-general-for-transition-talks", "2015-11-19"),
    # The page hides the cable's headers ("Show Headers"); its date-time group shows only in the
    # page-break line "PAGE 02 SANTIA 00916 112019Z" (day 11). Month and year: the cable number
    # 1975SANTIA00916 and the text (the meeting "FEB 8", Pinochet's return "FEB 9", the next
    # contact "IN LAST HALF OF FEB" still ahead) -> 1975-02-11 (a Tuesday, checked; see the
    # notes). The meeting "ON FEB 8" -> 1975-02-08 (a Saturday, checked: "OVER WEEKEND").
    ("dev_16406_banzer_pinochet_charana_cable", "Latin America", "1970s", "US Embassy Santiago cable 1975SANTIA00916 (via the WikiLeaks PlusD archive, search.wikileaks.org)", "https://search.wikileaks.org/plusd/cables/1975SANTIA00916.html", "1975-02-11"),
    # The tool's " date 2025-05-07" prefix (a Wednesday, checked; removed from the text):
    # "Tuesday" -> 2025-05-06 (a Tuesday, checked). Region North America (Canada; a Canadian
    # outlet).
    ("test_16407_carney_trump_white_house_premiers", "North America", "2020s", "Castanet (castanet.net)", "https://www.castanet.net/news/Poll/549098/Are-you-happy-with-how-Prime-Minister-Mark-Carney-represented-Canada-during-his-first-meeting-with-U-S-President-Donald-Trump", "2025-05-07"),
    # The address's CHP19870512 = Press, 12 May 1987 (a Tuesday, checked). The meeting is "two
    # weeks ago" -> null.
    ("dev_16408_lini_hayden_lange_meeting", "Oceania", "1980s", "The Press, Christchurch (Papers Past, paperspast.natlib.govt.nz; an NZPA-Reuter story)", "https://paperspast.natlib.govt.nz/newspapers/CHP19870512.2.2", "1987-05-12"),
    # The address's 2007/nov/14 (a Wednesday, checked; no date line in the excerpt): "met today"
    # -> 2007-11-14.
    ("dev_16409_kim_yong_il_han_duck_soo_seoul", "East Asia", "2000s", "The Guardian", "https://www.theguardian.com/world/2007/nov/14/northkorea", "2007-11-14"),
    # The page's "Thursday 22 April 1993 23:02 BST" (a Thursday, checked). The talks are
    # "yesterday" -> null: the time stamp is the archive's posting of the next morning's paper,
    # so "yesterday" is not certain (see the notes).
    ("dev_16410_kohl_balladur_bonn", "Western Europe", "1990s", "The Independent (independent.co.uk)", "http://independent.co.uk/news/world/europe/kohl-and-balladur-admit-differences-1456896.html", "1993-04-22"),
    # The page's "January 25, 2025" (a Saturday, checked): "Friday" -> 2025-01-24 (a Friday,
    # checked); "next week" / "on Monday or Tuesday" -> null.
    ("test_16411_asad_qaiser_fazl_call", "South Asia", "2020s", "The News International (thenews.com.pk)", "https://www.thenews.com.pk/amp/1275852-asad-qaiser-holds-talks-with-fazl", "2025-01-25"),
    # The dateline "Bratislava, 13 August 1997" (a Wednesday, checked): "on Friday (15 August)"
    # -> 1997-08-15 (a Friday, checked). Region Eastern Europe/Russia (Hungary, Slovakia).
    ("dev_16412_horn_meciar_gyor_planned", "Eastern Europe/Russia", "1990s", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1086071.html", "1997-08-13"),
]

A = {}

A["dev_16401_frederiksen_trump_conversation"] = dict(
    actors={
        "mette_frederiksen": ["Denmark’s Prime Minister Mette Frederiksen", "Mette Frederiksen", "Frederiksen"],
        "donald_trump": ["US President Donald Trump", "Donald Trump", "Trump"],
        "ritzau": ["Ritzau"],
        "nato": ["NATO"],
        "reuters": ["Reuters"],
    },
    meetings=[
        # "... Mette Frederiksen has had a “constructive conversation” with US President Donald
        # Trump on Thursday ..." (= the headline's "Danish PM had ‘constructive conversation’
        # with Trump") -> held, 2019-08-22, phone (the text does not say "phone", but it places
        # Trump's visit to Copenhagen as cancelled the day before; a remote conversation is the
        # only reading; see the notes), no place.
        M(["mette_frederiksen", "donald_trump"], "2019-08-22", None, PH, H,
          "Denmark’s Prime Minister Mette Frederiksen has had a “constructive conversation” with US President Donald Trump on Thursday, discussing cooperation on security policy, according to the Ritzau Danish news agency."),
        # Not rows: "Trump ... canceled a visit to Copenhagen" (a cancelled visit); "Frederiksen
        # rebuffed his offer" and "Frederiksen has said" (statements); "the report said on
        # Friday" (a report). Ritzau and Reuters are annotated: both are named in the body as
        # sources. Not annotated: "The leaders" (the same two); Denmark, Copenhagen, Greenland,
        # the United States (places/states). Removed: at the start, the tool's " date
        # 2019-08-23" prefix and the site's icon line ("icon bookmark-bicon ... wticon fm").
        # Nothing at the end. Kept as found: the quote marks ‘...’ and “...”, "canceled".
    ],
    roles=[("Danish PM", "mette_frederiksen"), ("Denmark’s Prime Minister", "mette_frederiksen"),
           ("US President", "donald_trump"), ("The president", "donald_trump")],
)

_AZ = ("Baku, 24 February (AzerTAc). Azerbaijan`s Foreign Minister Elmar Mammadyarov has met today Vice Speaker of the Georgian Parliament Pridon Todua.")
A["dev_16402_mammadyarov_todua_baku"] = dict(
    actors={
        "elmar_mammadyarov": ["Azerbaijan`s Foreign Minister Elmar Mammadyarov", "Elmar Mammadyarov", "Mammadyarov"],
        "pridon_todua": ["Vice Speaker of the Georgian Parliament Pridon Todua", "Pridon Todua", "Todua"],
        "government_of_azerbaijan": ["Azerbaijani government"],
    },
    meetings=[
        # "Baku, 24 February (AzerTAc). Azerbaijan`s Foreign Minister Elmar Mammadyarov has met
        # today Vice Speaker of the Georgian Parliament Pridon Todua." (= the headline "AZERI FM
        # MEETS GEORGIAN VICE SPEAKER") -> held, 2009-02-24 (the dateline's day), Baku (the
        # dateline; the visitor is received by the minister; no other place is named).
        M(["elmar_mammadyarov", "pridon_todua"], "2009-02-24", "Baku", IP, H, _AZ),
        # Not rows: the statements of both sides on the same meeting; "The Georgian Vice Speaker
        # thanked the Azerbaijani government" (thanks, not a meeting). Not annotated: the agency
        # credit "(AzerTAc)" in the dateline (as "/ARKA/" in 82a); "the Georgian Parliament" (only
        # inside Todua's title); "the two countries` parliaments", "international
        # organizations" (generic); Baku, Azerbaijan, Georgia (places/states). Removed: at the
        # start, the site lines "ID :" and "47469"; at the end, the agency end mark "-0-", the
        # initials "NI" and the site's "X". Kept as found: "Auther :", the backticks (`) for
        # apostrophes, the line breaks inside sentences.
    ],
    roles=[("AZERI FM", "elmar_mammadyarov"), ("Azerbaijan`s Foreign Minister", "elmar_mammadyarov"),
           ("the Azerbaijani FM", "elmar_mammadyarov"), ("GEORGIAN VICE SPEAKER", "pridon_todua"),
           ("Vice Speaker of the Georgian Parliament", "pridon_todua"), ("The Georgian Vice Speaker", "pridon_todua")],
)

A["test_16403_shevardnadze_alawi_new_york"] = dict(
    actors={
        "eduard_shevardnadze": ["Soviet Foreign Minister Eduard A. Shevardnadze", "Eduard A. Shevardnadze"],
        "yusuf_bin_alawi_bin_abdullah": ["Youssef Alawi"],
        "tass": ["Tass"],
    },
    meetings=[
        # "... an understanding ... was reached a few days ago when Soviet Foreign Minister
        # Eduard A. Shevardnadze met in New York with Oman’s foreign minister, Youssef Alawi." ->
        # held, date null ("a few days ago"), New York.
        M(["eduard_shevardnadze", "yusuf_bin_alawi_bin_abdullah"], None, "New York", IP, H,
          "It said an understanding to establish diplomatic ties was reached a few days ago when Soviet Foreign Minister Eduard A. Shevardnadze met in New York with Oman’s foreign minister, Youssef Alawi."),
        # Not rows: "The Soviet Union and ... Oman signed an agreement Thursday" (a signing by two
        # states; no signatory is named); "Tass announced" (a report). Youssef Alawi gets the
        # corpus key `yusuf_bin_alawi_bin_abdullah` (batch 35b). Not annotated: the credit line
        # "Associated Press" (as "From Associated Press" in 82a); the Soviet Union, Oman, the
        # United States, China, New York (places/states). Removed: nothing (the excerpt is the
        # whole story). Kept as found: the credit line.
    ],
    roles=[("Soviet Foreign Minister", "eduard_shevardnadze"), ("Oman’s foreign minister", "yusuf_bin_alawi_bin_abdullah")],
)

A["dev_16404_lungu_masisi_state_house"] = dict(
    actors={
        "edgar_lungu": ["President Edgar Lungu", "Edgar Lungu", "President Lungu", "Lungu"],
        "mokgweetsi_masisi": ["President Mokgweetsi Masisi", "Mokgweetsi Masisi"],
        "sadc": ["SADC"],
    },
    meetings=[
        # "The Head of State made the remarks at State House today when he held official talks
        # with visiting President of the Republic of Botswana Mokgweetsi Masisi." -> held,
        # 2021-03-31, Lusaka (State House, the Zambian president's seat in a Zambian paper,
        # resolved to its city as ANNOTATION.md resolves the White House and Bangabhaban; see the
        # notes).
        M(["edgar_lungu", "mokgweetsi_masisi"], "2021-03-31", "Lusaka", IP, H,
          "The Head of State made the remarks at State House today when he held official talks with visiting President of the Republic of Botswana Mokgweetsi Masisi."),
        # Not rows: Lungu's assurances, remarks and quotations (statements on the same talks);
        # "the August 12th General elections" (an event); the Kazungula Bridge (a structure).
        # SADC is annotated (named in the quotation, "the SADC troika on security"). Not
        # annotated: "government", "election observers", "rebels" (generic); State House (a
        # building, the place of the talks); COVID-19; Zambia, Botswana, Mozambique, Africa,
        # Southern Africa (places/states). Removed: at the start, the tool's " date 2021-03-31"
        # prefix. Nothing at the end. Kept as found: "Counterpart", "paused a threat", "hash
        # effects", "the Southern Africa".
    ],
    roles=[("his Botswana Counterpart", "mokgweetsi_masisi"), ("The Head of State", "edgar_lungu"),
           ("visiting President of the Republic of Botswana", "mokgweetsi_masisi"), ("Mr President", "mokgweetsi_masisi"),
           ("the current chair of the SADC troika on security", "mokgweetsi_masisi")],
)

A["dev_16405_suu_kyi_shwe_mann_naypyidaw"] = dict(
    actors={
        "aung_san_suu_kyi": ["Aung Sang Suu Kyi", "Aung San Suu Kyi"],
        "shwe_mann": ["Shwe Mann"],
        "national_league_for_democracy": ["National League for Democracy", "NLD"],
        "win_htein": ["Win Htein"],
        "union_solidarity_and_development_party": ["Union Solidarity and Development party"],
    },
    meetings=[
        # "She held a closed-door meeting in the capital Naypyidaw on Wednesday with Shwe Mann
        # ..." (= the headline's "meets former general for transition talks", "Aung San Suu Kyi
        # and Myanmar’s influential parliamentary speaker have met for key talks") -> held,
        # 2015-11-18, Naypyidaw.
        M(["aung_san_suu_kyi", "shwe_mann"], "2015-11-18", "Naypyidaw", IP, H,
          "She held a closed-door meeting in the capital Naypyidaw on Wednesday with Shwe Mann, a former general with whom she has an amicable working relationship."),
        # Not rows: "Aung San Suu Kyi has requested three “national reconciliation” discussions,
        # including with the president and army chief" (requested, not arranged; the president
        # and the army chief are not named); the NLD statement and Win Htein's words
        # (statements); the 8 November polls (an election). Not annotated: the photo credit "Soe
        # Zeya Tun/Reuters"; "the president", "army chief" (unnamed); Myanmar, Naypyidaw
        # (places/states). Removed: at the end, the cut-off sentence "He continues to wield
        # influence as speaker of the combined national parliament, which reconvened". Nothing
        # at the start. Kept as found: the headline's "Aung Sang Suu Kyi", "howthe", the caption
        # line "Aung San Suu Kyi and Shwe Mann".
    ],
    roles=[("NLD leader", "aung_san_suu_kyi"), ("Myanmar’s influential parliamentary speaker", "shwe_mann"),
           ("a former general", "shwe_mann"), ("NLD spokesman", "win_htein")],
)

A["dev_16406_banzer_pinochet_charana_cable"] = dict(
    actors={
        "hugo_banzer": ["BANZER"],
        "augusto_pinochet": ["PRES. PINOCHET", "PINOCHET"],
        "government_of_bolivia": ["GOB"],
        "government_of_chile": ["GOC"],
        "el_mercurio": ["EL MERCURIO", "MERCURIO"],
        "la_tercera": ["TERCERA"],
    },
    meetings=[
        # "2. MEETING OF PRESIDENTS BANZER AND PINOCHET AT THE [page-break lines] FRONTIER STATION
        # OF CHARANA ON FEB 8 ..." (= the summary's "\"ACT OF CHARANA\" SIGNED FEB 8 BETWEEN
        # PRESIDENTS BANZER AND PINOCHET", "CHARANA MEETING") -> held, 1975-02-08, Charana (so
        # spelt, without the tilde). The evidence keeps the page-break lines that stand inside
        # the sentence.
        M(["hugo_banzer", "augusto_pinochet"], "1975-02-08", "Charana", IP, H,
          "2. MEETING OF PRESIDENTS BANZER AND PINOCHET AT THE LIMITED OFFICIAL USE LIMITED OFFICIAL USE PAGE 02 SANTIA 00916 112019Z FRONTIER STATION OF CHARANA ON FEB 8 FEATURED NEWS STORY OVER WEEKEND IN SANTIAGO MEDIA."),
        # "... THE NEXT \"OFFICIAL CONTACT\" BETWEEN GOB AND GOC WILL TAKE PLACE AT COCHABAMBA,
        # BOLIVIA, IN LAST HALF OF FEB." -> planned, date null (a half month), Cochabamba; a
        # contact between the two governments (delegations, no person named), reported by "ONE
        # NEWSPAPER": required false (as the call between governments of `test_16207` in 82a;
        # see the notes).
        M(["government_of_bolivia", "government_of_chile"], None, "Cochabamba", IP, P,
          "3. ONE NEWSPAPER REPORTS THAT THE NEXT \"OFFICIAL CONTACT\" BETWEEN GOB AND GOC WILL TAKE PLACE AT COCHABAMBA, BOLIVIA, IN LAST HALF OF FEB.", False),
        # Not rows: "MUTUAL INVITATIONS FOR PRESIDENTAL VISITS WERE SAID TO HAVE BEEN EXHCANGED"
        # (invitations, no visit arranged); "FONMINISTRY OFFICER TELLS US" (the embassy's source,
        # unnamed); "EXCHANGE OF AMBASSAWORS IS IMMINENT" (no one named); Pinochet's words "ON
        # RETURN TO SANTIAGO FEB 9" (a statement); the editorials (opinion). "GOB" and "GOC" get
        # the new keys `government_of_bolivia` and `government_of_chile` (as
        # `government_of_thailand`); "EL MERCURIO" is `el_mercurio` (corpus key); "LA\nTERCERA"
        # stands over a line break, so only "TERCERA" is listed as its alias. Not annotated:
        # "FONMINISTRY OFFICER" (unnamed; the ministry only inside his description), "DELEGATIONS
        # OF TWO GOVTS", "SANTIAGO MEDIA", "ONE NEWSPAPER", "CHILEANS" (generic); "INTERNATIONAL
        # MARXISM" (an ideology); the "ACT OF CHARANA" (an agreement); Bolivia, Chile, Peru, the
        # Lauca river, Cochabamba, Santiago (places/states). Removed: at the start, the site's
        # "Show Headers"; at the end, the cut-off sentence "TERCERA EDITORIALIZED THAT PINOCHET
        # AND ARMED FORCES HAD BEEN ABLE TO TERMINATE PROBLEM WITH SUCCESSIVE \"POLITICAL\"".
        # Kept as found: the page-break lines ("LIMITED OFFICIAL USE" twice, "PAGE 02 SANTIA 00916
        # 112019Z"), the hyphenated line breaks "RELA-\nTIONS", "SATIS-\nFACTION",
        # "AMBASSAWORS", "EXHCANGED", "PRESIDENTAL", "INTERST", "(PLURAL--SIC)", "ON ONE".
    ],
    roles=[],
)

A["test_16407_carney_trump_white_house_premiers"] = dict(
    actors={
        "mark_carney": ["Prime Minister Mark Carney", "Mark Carney", "Carney"],
        "donald_trump": ["U.S. President Donald Trump", "Donald Trump", "Trump"],
        "wab_kinew": ["Manitoba Premier Wab Kinew", "Wab Kinew", "Kinew"],
        "white_house": ["White House"],
        "liberal_party_of_canada": ["Liberals"],
        "costco": ["Costco"],
    },
    meetings=[
        # "Carney and Trump spent about two hours together Tuesday at the White House ..." (= the
        # caption "engage in a meeting at the White House in Washington, D.C., Tuesday", "his
        # apparently successful first meeting", "the White House meeting") -> held, 2025-05-06,
        # Washington.
        M(["mark_carney", "donald_trump"], "2025-05-06", "Washington", IP, H,
          "Carney and Trump spent about two hours together Tuesday at the White House, including about half an hour in front of the cameras in the Oval Office."),
        # Not rows: "Prime Minister Mark Carney held a phone call with premiers Wednesday
        # afternoon" / "The virtual briefing with provincial and territorial leaders" (a call of
        # the Prime Minister with all premiers, none named: a first ministers' plenary by call,
        # as the First Ministers' Meeting of `dev_15612` in 79a; see the notes); "Manitoba Premier
        # Wab Kinew sent a letter to Carney on Wednesday" (a letter); "Alberta's premier publicly
        # raised the spectre" (a statement; the premier is not named); Carney's swearing-in and
        # the general election (events). Costco is annotated (a company named in Kinew's
        # quotation, as Saab in 82a). Not annotated: the photo credit "THE CANADIAN
        # PRESS/Adrian Wyld"; "Alberta's premier" (unnamed), "premiers", "provincial and
        # territorial leaders", "the leaders" (generic); the Oval Office (a room); the Port of
        # Churchill; Canada, the U.S., Manitoba, Alberta, Washington, D.C. (places/states).
        # Removed: at the start, the tool's " date 2025-05-07" prefix. Nothing at the end. The
        # excerpt has no headline (the page's address is a reader poll). Kept as found: the
        # caption run into the first line, "true, north, strong and free".
    ],
    roles=[("U.S. President", "donald_trump"), ("Manitoba Premier", "wab_kinew"), ("the prime minister", "mark_carney")],
)

A["dev_16408_lini_hayden_lange_meeting"] = dict(
    actors={
        "walter_lini": ["the Rev. Walter Lini", "Walter Lini", "Father Lini"],
        "bill_hayden": ["Mr Bill Hayden", "Bill Hayden"],
        "david_lange": ["Mr Lange", "Lange"],
    },
    meetings=[
        # "Father Lini also criticised a hastily arranged meeting be—tweenthe Australian Foreign
        # Minister, Mr Bill Hayden, and the New Zealand Prime Minister, Mr Lange, two weeks ago
        # ..." -> held, date null ("two weeks ago"), place null (the text gives none). Lini,
        # who criticises it, is not a participant.
        M(["bill_hayden", "david_lange"], None, None, IP, H,
          "Father Lini also criticised a hastily arranged meeting be—tweenthe Australian Foreign Minister, Mr Bill Hayden, and the New Zealand Prime Minister, Mr Lange, two weeks ago to discuss the Vanuatu-Libyan link."),
        # Not rows: Vanuatu's ban and Lini's words (an announcement and statements); the
        # Stalwart's planned port visit (a ship's visit to a town, no host). Not annotated: the
        # credit "NZPA-Reuter" and the place line "Port Vila" under it; "Australian
        # intelligence" (generic); the Stalwart and "two patrol boats" (ships); Vanuatu,
        # Australia, Libya, New Hebrides, Port Vila (places/states). Removed: at the start, the
        # Papers Past site lines (two notes on corrections and searchable text, and twenty
        # "Article image" lines); at the end, the cut-off sentence "Officials in Port Vila said,
        # however, that■ the defence cooperation agreement between the two nations was not
        # likely to be affec". Kept as found (OCR): "be—tweenthe", "concern'over", "types - of",
        # "military • aircraft;", the paragraph breaks inside sentences.
    ],
    roles=[("The Prime Minister", "walter_lini"), ("the Australian Foreign Minister", "bill_hayden"),
           ("the New Zealand Prime Minister", "david_lange")],
)

A["dev_16409_kim_yong_il_han_duck_soo_seoul"] = dict(
    actors={
        "kim_yong_il": ["Kim Yong-Il", "Kim Yong-il", "Kim"],
        "han_duck_soo": ["Han Duck-Soo", "Han Duck-soo"],
        "kim_jong_il": ["Kim Jong-il"],
        "kim_yong_nam": ["Kim Yong Nam"],
        "roh_moo_hyun": ["Roh Moo-hyun"],
    },
    meetings=[
        # "The prime ministers of North and South Korea met today ..." (= the headline, the
        # caption's dinner, "He is meeting the South Korean prime minister, Han Duck-soo", "the
        # three days of talks", "This week's talks") -> the two prime ministers are named in the
        # text (Kim Yong-il, Han Duck-soo): held, 2007-11-14, Seoul (Kim "arriving in Seoul"). The
        # three days of talks of the same pair in the same place are one row.
        M(["kim_yong_il", "han_duck_soo"], "2007-11-14", "Seoul", IP, H,
          "The prime ministers of North and South Korea met today for the first time in 15 years, hoping to extend the detente fostered by the second-ever summit of their leaders last month."),
        # "... an agreement that the two presidents signed at their October summit in Pyongyang"
        # (= "the second-ever summit of their leaders last month") -> the leaders are named
        # elsewhere in the text (Kim Jong-il, "the leader"; Roh Moo-hyun, "the South Korean
        # president"): held, date null (a month), Pyongyang; required false (the participants
        # are given by role only, and "the two presidents" fits Kim Jong-il loosely; see the
        # notes).
        M(["roh_moo_hyun", "kim_jong_il"], None, "Pyongyang", IP, H,
          "This week's talks are aimed at fleshing out an agreement that the two presidents signed at their October summit in Pyongyang - only the second such meeting since the Korean peninsula was divided more than half a century ago.", False),
        # Not rows: "The last prime ministerial talks, in 1992" (no participant named); the North
        # Korean delegation's statement upon arrival (a statement); the six-nation deal. Not
        # annotated: the photo credit "Jung Yeon-Je/AFP/Getty"; "the North Korean delegation",
        # "the North Koreans" (generic); the US, South Korea, China, Japan, Russia, Seoul,
        # Pyongyang (places/states). Removed: at the end, the cut-off fragment "Seoul believes
        # promoting reconciliation with Pyongyan". Nothing at the start. Kept as found: the caption
        # line "Kim Yong-Il and Han Duck-Soo", "(l)", the two spellings "Kim Yong-Il" / "Kim
        # Yong-il" and "Han Duck-Soo" / "Han Duck-soo".
    ],
    roles=[("The North Korean prime minister", "kim_yong_il"), ("his South Korean counterpart", "han_duck_soo"),
           ("the South Korean prime minister", "han_duck_soo"), ("the leader", "kim_jong_il"),
           ("the country's No 2 official", "kim_yong_nam"), ("the South Korean president", "roh_moo_hyun")],
)

A["dev_16410_kohl_balladur_bonn"] = dict(
    actors={
        "helmut_kohl": ["Chancellor Helmut Kohl", "Helmut Kohl", "Mr Kohl", "Kohl"],
        "edouard_balladur": ["Edouard Balladur", "Mr Balladur", "Balladur"],
        "elon_musk": ["Elon Musk"],
    },
    meetings=[
        # "BONN - Chancellor Helmut Kohl yesterday acknowledged 'nuances' ... after three hours of
        # talks with the French Prime Minister, Edouard Balladur." (= "the meeting", "a
        # get-to-know-you meeting", "Mr Balladur's first trip abroad") -> held, date null
        # ("yesterday" against a page stamped "Thursday 22 April 1993 23:02 BST", the archive's
        # posting of the next morning's paper: the 21st by the stamp, the 22nd by the paper; not
        # certain; see the notes), Bonn (the dateline; the visit to Kohl).
        M(["helmut_kohl", "edouard_balladur"], None, "Bonn", IP, H,
          "BONN - Chancellor Helmut Kohl yesterday acknowledged 'nuances' of differences between France and Germany, after three hours of talks with the French Prime Minister, Edouard Balladur."),
        # Not rows: Kohl's quotations (statements). Elon Musk is annotated: he is named in the
        # site's appeal block that stands between the date line and the story ("the financials of
        # Elon Musk's pro-Trump PAC"); see the notes. Not annotated: the byline "Steve
        # Crawshaw" (also "writes Steve Crawshaw" in the lead, the same credit); The Independent
        # (the outlet, in its own appeal block); "pro-Trump" (an adjective); 'The A Word' (a
        # documentary); "Americans", "reporters" (generic); France, Germany, the US, Bonn
        # (places/states). Removed: at the start, the site lines "Stay up to date with
        # notifications from The Independent" and "Notifications can be managed in browser
        # preferences."; at the end, the cut-off sentence "Mr Kohl's talk of 'nuances' was
        # amplifi". Kept as found: "Comments", the appeal block ("Your support helps us to tell
        # the story" ... "Your support makes all the difference."), "Franco- German".
    ],
    roles=[("the French Prime Minister", "edouard_balladur")],
)

A["test_16411_asad_qaiser_fazl_call"] = dict(
    actors={
        "asad_qaiser": ["Asad Qaiser"],
        "fazlur_rehman": ["Maulana Fazlur Rehman", "Fazlur Rehman", "Fazl"],
        "pakistan_tehreek_e_insaf": ["Pakistan Tehreek-e-Insaf", "PTI"],
        "jamiat_ulema_e_islam_f": ["Jamiat Ulema-e-Islam-Fazl", "JUI-F"],
        "imran_khan": ["Imran Khan"],
    },
    meetings=[
        # "... Asad Qaiser Friday held a telephonic conversation with ... Maulana Fazlur Rehman
        # ..." (= the headline "Asad Qaiser holds talks with Fazl", "during the conversation") ->
        # phone, held, 2025-01-24, no place.
        M(["asad_qaiser", "fazlur_rehman"], "2025-01-24", None, PH, H,
          "ISLAMABAD: Pakistan Tehreek-e-Insaf (PTI) senior leader Asad Qaiser Friday held a telephonic conversation with Jamiat Ulema-e-Islam-Fazl (JUI-F) chief Maulana Fazlur Rehman on the country’s political situation."),
        # "... he would meet Maulana Fazlur Rehman next week ..." (= "their upcoming meeting",
        # "They are expected to meet on Monday or Tuesday") -> planned, date null ("next week";
        # "Monday or Tuesday" is two days), place null.
        M(["asad_qaiser", "fazlur_rehman"], None, None, IP, P,
          "In a statement, Asad Qaiser stated that he would meet Maulana Fazlur Rehman next week to discuss political matters in detail."),
        # Not rows: "A message from PTI founder Imran Khan is also to be conveyed to Maulana
        # Fazlur Rehman" (a message, carried by Qaiser at the planned meeting); Qaiser's
        # statement; "an opposition alliance" (not formed). JUI-F gets the new key
        # `jamiat_ulema_e_islam_f` (the Fazl faction; `jamiat_ulema_e_islam` of 81b is the
        # undivided party of 1972). Not annotated: the byline "By Our Correspondent"; the photo
        # credit "— FacebookSpeakerAsadqaiserjuipakofficial/File"; the National Assembly (only
        # inside Qaiser's title); Islamabad (place). Removed: at the end, the site line
        # "Advertisement". Nothing at the start. Kept as found: the "Advertisement" line inside
        # the text, the date line.
    ],
    roles=[("PTI senior leader", "asad_qaiser"), ("JUI-F chief", "fazlur_rehman"),
           ("Former National Assembly speaker", "asad_qaiser"), ("PTI founder", "imran_khan")],
)

A["dev_16412_horn_meciar_gyor_planned"] = dict(
    actors={
        "gyula_horn": ["Gyula Horn", "Premier Horn"],
        "vladimir_meciar": ["Vladimir Meciar"],
        "rfe_rl": ["RFE/RL"],
    },
    meetings=[
        # "Gyula Horn and Vladimir Meciar are to hold their talks in the western Hungarian town of
        # Gyor on Friday (15 August)." (= the headline "Prime Ministers To Meet", "their meeting
        # this week", "the upcoming meeting") -> planned, 1997-08-15, Gyor.
        M(["gyula_horn", "vladimir_meciar"], "1997-08-15", "Gyor", IP, P,
          "Gyula Horn and Vladimir Meciar are to hold their talks in the western Hungarian town of Gyor on Friday (15 August)."),
        # Not rows: "When Foreign Ministers from both countries met on July 21 in Komarno" (a
        # held meeting, but neither minister is named: no participant to list); the Slovak
        # proposal and the Hungarian officials' words (statements). RFE/RL is annotated: it is
        # named in the body ("RFE/RL reports"), besides the dateline credit. Not annotated:
        # "Hungarian officials", "the Hungarian side", "the Slovaks", "Hungarian
        # parliamentarians" (generic); "a Slovak committee" (unnamed); the 1995 basic treaty (a
        # treaty); the Gabcikovo dam, the Danube, Esztergom, Sturovo, Komarno, Gyor, Bratislava,
        # Hungary, Slovakia (places/states). Removed: at the start, the site lines "Accessibility
        # links" and "Breaking News"; at the end, the cut-off sentence "That decision angered
        # Hungarian parliamentarians and resulted in an outcry from parents of pupils attending
        # the minority Hungarian sc". Kept as found: "the language issue is the very delicate".
    ],
    roles=[],
)
