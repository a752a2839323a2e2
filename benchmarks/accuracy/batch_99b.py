"""Accuracy corpus, batch 99b: 12 new articles about meetings between political actors, all
published in EVEN years (another helper takes batch 99a), from the 1950s to the 2020s (1950s:
one (1956), 1960s: two (1960, 1964), 1970s: one (1978), 1980s: two (1988, 1988), 1990s: two
(1990, 1996), 2000s: one (2006), 2010s: one (2014), 2020s: two (2024, 2024); eight of the twelve
from before 2000), over the regions (Southeast Asia: two; Latin America, Middle East, Africa,
East Asia, Central Asia/Caucasus, South Asia, Western Europe, Oceania, North America, Eastern
Europe/Russia: one each; all eleven regions covered).
Outlets/sites: MercoPress (2006), TIME (1956, 1964; mirrors of the TIME archive at
610211.6jhxt.group and softbeam.net), the Associated Press (apnews.com, 1988, 1990), a blog copy
of a story of The Star (Kenya) (mashariazgitonga.blogspot.com, 2014), RFE/RL (1996), the Press
(Christchurch) on Papers Past (1960), the Los Angeles Times (1988), PM Transcripts of the
Australian government (1978), ABC News via ABC7 New York (2024) and the Malay Mail (Bernama,
2024).
Text kinds: one news-site story (19701), two newsmagazine stories (19702, 19705), two wire stories
(19703, 19711), one blog repost of a newspaper story with photo captions (19704), one radio
service's news item (19706), one newspaper agency item (19707), one newspaper story (19708), one
prime-ministerial press-conference transcript (19709), one broadcaster's web story (19710) and
one news-agency item on a newspaper site (19712). All twelve texts are in English.
The pages are new to the corpus (URLs, ids/slugs and headline words grepped in sources.csv,
corpus/metadata.csv and the batch files, batch_99a excluded).
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run, imported or read for this batch).
Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_99b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-98b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus and pages not taken; positions 3, 7 and 11 are test, all
others dev. Ids: `dev_197NN_<slug>` / `test_197NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos and capitals included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # The date line "Sunday, September 3rd 2006 - 21:00 UTC" and the URL date 2006/09/03 (a
    # Sunday, checked).
    ("dev_19701_kirchner_garcia_humala", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2006/09/03/kirchner-mends-fences-with-peru-s-alan-garcia", "2006-09-03"),
    # The issue line "Friday, Jun. 26, 1964" (a Friday, checked).
    ("dev_19702_sukarno_rahman_macapagal_tokyo", "Southeast Asia", "1960s", "TIME (archive mirror, softbeam.net)", "http://softbeam.net/txt/time/Time1964/1964-06-26/898156.html", "1964-06-26"),
    # The date line "September 21, 1988" (a Wednesday, checked): "today" = 1988-09-21.
    ("test_19703_gemayel_assad_damascus", "Middle East", "1980s", "AP (apnews.com)", "https://www.apnews.com/7846cc573703d4fa7ef46713bf6d2706", "1988-09-21"),
    # The blog's date line "Monday, 18 August 2014" (a Monday, checked) and the URL month
    # 2014/08; the text is a repost of a story of The Star (Kenya) ("the Star has learnt").
    ("dev_19704_obama_uhuru_kenya_visit", "Africa", "2010s", "mashariazgitonga.blogspot.com (blog copy of a story of The Star, Kenya)", "http://mashariazgitonga.blogspot.com/2014/08/i-will-visit-kenya-obama-tells-uhuru.html?m=1", "2014-08-18"),
    # The issue line "Monday, Oct. 29, 1956" (a Monday, checked).
    ("dev_19705_hatoyama_bulganin_moscow", "East Asia", "1950s", "TIME (archive mirror, 610211.6jhxt.group)", "http://610211.6jhxt.group/txt/time/Time1956/1956-10-29/867179.html", "1956-10-29"),
    # The date line "Moscow, 10 December 1996 (RFE/RL)" (a Tuesday, checked): "today" =
    # 1996-12-10. No headline in the excerpt (amp page).
    ("dev_19706_rakhmonov_nuri_khostdekh", "Central Asia/Caucasus", "1990s", "RFE/RL (rferl.org, amp page)", "https://rferl.org/amp/1082849.html", "1996-12-10"),
    # The Papers Past id CHP19600427 = the Press of 1960-04-27 (a Wednesday, checked); the
    # dateline "NEW DELHI, April 26" (a Tuesday, checked): "today" = 1960-04-26.
    ("test_19707_chou_nehru_border_talks", "South Asia", "1960s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19600427.2.107", "1960-04-27"),
    # No date line in the excerpt; the URL date 1988-06-16 (a Thursday, checked):
    # "Wednesday" = 1988-06-15 (a Wednesday, checked).
    ("dev_19708_papandreou_ozal_summit_end", "Western Europe", "1980s", "Los Angeles Times (latimes.com archives)", "https://www.latimes.com/archives/la-xpm-1988-06-16-mn-6856-story.html", "1988-06-16"),
    # The page's "Release Date: 30/10/1978" and the heading "PRIME MINISTER'S PRESS CONFERENCE AT
    # PORT MORESBY, 30 OCTOBER 1978" (a Monday, checked): "this morning" = 1978-10-30.
    ("dev_19709_fraser_somare_port_moresby", "Oceania", "1970s", "PM Transcripts (pmtranscripts.pmc.gov.au), press conference of the Prime Minister", "http://pmtranscripts.pmc.gov.au/release/transcript-4869", "1978-10-30"),
    # The date line "Wednesday, February 28, 2024" (a Wednesday, checked): "on Tuesday" =
    # 2024-02-27 (a Tuesday, checked).
    ("dev_19710_biden_hill_leaders_oval_office", "North America", "2020s", "ABC News, via ABC7 New York (abc7ny.com)", "https://abc7ny.com/partial-government-shutdown-2024-deadline-federal/14472984/", "2024-02-28"),
    # The date line "February 28, 1990" (a Wednesday, checked): "on Wednesday" = 1990-02-28;
    # "March 19" = 1990-03-19 (a Monday, checked).
    ("test_19711_havel_bush_gorbachev", "Eastern Europe/Russia", "1990s", "AP (apnews.com)", "https://www.apnews.com/971ec7c71c8e8f84ec7222f51d69d801", "1990-02-28"),
    # The dateline "KUALA LUMPUR, April 4" and the URL date 2024/04/04 (a Thursday, checked):
    # "today" = 2024-04-04. No headline in the excerpt.
    ("dev_19712_anwar_prabowo_putrajaya", "Southeast Asia", "2020s", "Malay Mail (malaymail.com; Bernama)", "https://www.malaymail.com/news/malaysia/2024/04/04/pm-anwar-prabowo-discuss-direction-to-strengthen-malaysia-indonesia-ties/127270", "2024-04-04"),
]

A = {}

A["dev_19701_kirchner_garcia_humala"] = dict(
    actors={
        "alan_garcia": ["Alan Garcia", "Garcia", "García"],
        "jorge_taiana": ["Jorge Taiana", "Mr Taiana"],
        "nestor_kirchner": ["Nestor Kirchner", "Mr. Kirchner", "Kirchner"],
        "hugo_chavez": ["Hugo Chavez", "Chavez"],
        "mercosur": ["Mercosur"],
        "ollanta_humala": ["Ollanta Humala"],
        # Countries, "Lima"/"Buenos Aires" (places; "the Lima/Buenos Aires axis") and
        # "Argentina" as the sender of the congratulation message are not annotated. The
        # outlet's header ("MercoPress, en Español", "Montevideo, November 23rd 2024") was
        # removed with the page furniture.
    },
    meetings=[
        # "Mr. Kirchner received the former Peruvian Army officer [Humala] at Government House in
        # Buenos Aires" during the Peruvian electoral campaign -> held, date null (not given),
        # `Buenos Aires`. The counterpart is given by role in the clause but named earlier in
        # the same sentence.
        M(["nestor_kirchner", "ollanta_humala"], None, "Buenos Aires", IP, H,
          "During the Peruvian electoral campaign Chavez interfered strongly supporting the populist candidate Ollanta Humala, allegedly financed him, and Mr. Kirchner received the former Peruvian Army officer at Government House in Buenos Aires."),
        # Not rows: Garcia "has been officially invited to visit Argentina in the near future"
        # (an invitation, no host named, not accepted in the text; as 98b's 19509); Kirchner
        # "did not show up at García's second taking office ceremony" (a meeting that did not
        # take place; and an inauguration is a ceremony); "behind the scene diplomatic contacts"
        # and "the good offices of Mr Taiana" (no specific meeting, no named counterpart);
        # Taiana's announcement "in Lima" (a statement); Chavez "supporting ... Humala,
        # allegedly financed him" (no meeting); Argentina's "formal diplomatic congratulation
        # message" (a message). Removed: at the end the cut-off sentence "President García acted
        # accordingly and not only received Mr. Taiana in a private interview for 55 minutes
        # ... over the Falklan" (a Garcia-Taiana meeting that is therefore not in the text).
    ],
    roles=[("Peruvian president", "alan_garcia"),
           ("Foreign Affairs Secretary", "jorge_taiana"),
           ("Argentine president", "nestor_kirchner"),
           ("the Peruvian leader", "alan_garcia"),
           ("Venezuelan president", "hugo_chavez"),
           ("the populist candidate", "ollanta_humala"),
           ("the former Peruvian Army officer", "ollanta_humala")],
)

_TOKYO = "Last week still an other less than towering summit brought together in Tokyo Indonesia's President Sukarno, Malaysia's Premier Tunku Abdul Rahman and Philippine President Diosdado Macapagal."
_SUMMITS = "Nowadays, just about any get-together between heads of government is billed a summit, whether it joins Tito and Nas ser or Liberia's Tubman and the Upper Volta's Yameogo."
A["dev_19702_sukarno_rahman_macapagal_tokyo"] = dict(
    actors={
        "josip_broz_tito": ["Tito"],
        "gamal_abdel_nasser": ["Nas ser"],
        "william_tubman": ["Tubman"],
        "maurice_yameogo": ["Yameogo"],
        "sukarno": ["President Sukarno", "Sukarno"],
        "tunku_abdul_rahman": ["Tunku Abdul Rahman", "Abdul Rahman", "Rahman"],
        "diosdado_macapagal": ["Diosdado Macapagal", "Macapagal"],
        # "Nas ser" is the mirror's split of "Nasser" (kept as found). The "neutral Thai
        # observers", the "32 ragged Indonesians" and "their subordinates" are unnamed;
        # "Red China" and the other countries are not annotated.
    },
    meetings=[
        # The Tokyo summit "last week" (issue of 1964-06-26) of three named leaders -> one row
        # per pair, held, date null ("last week"), `Tokyo`. "the Tokyo talks got under way",
        # Macapagal's proposal and "the three leaders could only agree" are the same meeting.
        M(["sukarno", "tunku_abdul_rahman"], None, "Tokyo", IP, H, _TOKYO),
        M(["sukarno", "diosdado_macapagal"], None, "Tokyo", IP, H, _TOKYO),
        M(["tunku_abdul_rahman", "diosdado_macapagal"], None, "Tokyo", IP, H, _TOKYO),
        # The magazine's aside that any get-together is billed a summit "whether it joins Tito
        # and Nas ser or Liberia's Tubman and the Upper Volta's Yameogo" -> two held rows, date
        # and place null, **required false** (a generic example; no specific meeting is
        # reported, but the pairs are presented as having met).
        M(["josip_broz_tito", "gamal_abdel_nasser"], None, None, IP, H, _SUMMITS, False),
        M(["william_tubman", "maurice_yameogo"], None, None, IP, H, _SUMMITS, False),
        # Not rows: Abdul Rahman "refused to talk as long as fighting continued" (a refusal);
        # the three earlier promises to halt the campaign (no meeting named); Sukarno "hastened
        # home" (travel). Removed: at the end the footnote fragment "* Like many another verbal
        # du" (its asterisk stays in the text after "top leaders.").
    ],
    roles=[("Indonesia's President", "sukarno"),
           ("Malaysia's Premier", "tunku_abdul_rahman"),
           ("Philippine President", "diosdado_macapagal")],
)

_HK = "Syrian officials, speaking on condition of anonymity, said Lebanon’s acting prime minister, Salim Hoss, and Parliament Speaker Hussein Husseini arrived in Damascus later and met with Syria’s vice president, Abdul-Halim Khaddam."
A["test_19703_gemayel_assad_damascus"] = dict(
    actors={
        "amin_gemayel": ["President Amin Gemayel", "Amin Gemayel", "Gemayel"],
        "hafez_al_assad": ["President Hafez Assad", "Hafez Assad", "Assad"],
        "lebanese_army_6th_brigade": ["6th Brigade"],
        "joseph_hashem": ["Joseph Hashem"],
        "elie_salem": ["Elie Salem"],
        "salim_hoss": ["Salim Hoss"],
        "hussein_al_husseini": ["Hussein Husseini"],
        "abdul_halim_khaddam": ["Abdul-Halim Khaddam"],
        "lebanese_forces": ["Lebanese Forces"],
        "raymond_edde": ["Raymond Edde"],
        "suleiman_franjieh": ["Suleiman Franjieh", "Franjieh"],
        "mikhail_daher": ["Mikhail Daher", "Daher"],
        # Left out: the agency credit "(AP)". "Lebanon’s parliament" (the institution, named only
        # generically), "A police spokesman", "Syrian officials", "Christian snipers", "Other top
        # Lebanese leaders" and "Lebanese sources" are unnamed.
    },
    meetings=[
        # Gemayel "met with ... Assad of Syria today" in Damascus (the dateline) -> held,
        # 1988-09-21, `Damascus`. The airport welcome by Assad and the "closed-door talks" are
        # the same meeting.
        M(["amin_gemayel", "hafez_al_assad"], "1988-09-21", "Damascus", IP, H,
          "DAMASCUS, Syria (AP) _ President Amin Gemayel of Lebanon met with President Hafez Assad of Syria today in an effort to avert a political crisis that threatens to plunge Lebanon into renewed civil war."),
        # Gemayel "went to Damascus after a telephone conversation with Assad" -> phone, held,
        # date null (not given; before the trip), place null. Elie Salem "accompanied" him (not a
        # participant, ANNOTATION.md).
        M(["amin_gemayel", "hafez_al_assad"], None, None, PH, H,
          "In Beirut, Telecommunications Minister Joseph Hashem said Gemayel, accompanied by former Foreign Minister Elie Salem, went to Damascus after a telephone conversation with Assad."),
        # Hoss and Husseini "arrived in Damascus later and met with ... Khaddam" -> held,
        # 1988-09-21 ("later" on the day of the report), `Damascus`. Hoss-Husseini (one
        # Lebanese party) follows the pair rule, **required false** (as dev_017).
        M(["salim_hoss", "abdul_halim_khaddam"], "1988-09-21", "Damascus", IP, H, _HK),
        M(["hussein_al_husseini", "abdul_halim_khaddam"], "1988-09-21", "Damascus", IP, H, _HK),
        M(["salim_hoss", "hussein_al_husseini"], "1988-09-21", "Damascus", IP, H, _HK, False),
        # Not rows: the parliament's "scheduled session ... to elect his successor" (a plenary);
        # "Other top Lebanese leaders also came to Damascus for the talks" (unnamed); the Lebanese
        # Forces' declaration of support for Edde (a statement); Franjieh's likely withdrawal.
        # Removed: at the start the page's "Related topics" line; at the end the cut-off sentence
        # "The Lebanese Forces and other Christian groups oppose Franjieh and Daher, who are both
        # pro-Syrian Maronite Catho".
    ],
    roles=[("Telecommunications Minister", "joseph_hashem"),
           ("former Foreign Minister", "elie_salem"),
           ("Lebanon’s acting prime minister", "salim_hoss"),
           ("Parliament Speaker", "hussein_al_husseini"),
           ("Syria’s vice president", "abdul_halim_khaddam"),
           ("Lebanon’s main Christian militia", "lebanese_forces"),
           ("veteran politician", "raymond_edde"),
           ("former President", "suleiman_franjieh"),
           ("parliament deputy", "mikhail_daher")],
)

A["dev_19704_obama_uhuru_kenya_visit"] = dict(
    actors={
        "barack_obama": ["President Barack Obama", "Barack Obama", "President Obama", "Obama"],
        "uhuru_kenyatta": ["President Uhuru Kenyatta", "Uhuru Kenyatta", "President Uhuru", "Uhuru"],
        "nelson_mandela": ["Nelson Mandela"],
        "charity_ngilu": ["Charity Ngilu"],
        "catholic_diocese_of_kitui": ["Catholic Diocese of Kitui"],
        "the_star_kenya": ["the Star"],
        "state_house_kenya": ["State House"],
        "manoah_esipisu": ["Manoah Esipisu"],
        "barack_obama_sr": ["Barack Obama Sr."],
        "white_house": ["White House"],
        "william_ruto": ["William Ruto"],
        "international_criminal_court": ["ICC"],
        # Left out: the photo credit "Photo/PSCU". "Washington and Nairobi" (the two
        # governments, named by their capitals), "Kenyans" and the "multiple sources" are not
        # annotated; "FNB stadium" and "Kitui High School" are places.
    },
    meetings=[
        # "Obama briefly met Uhuru two weeks ago at the White House" -> held, date null ("two
        # weeks ago"), White House -> `Washington`. Esipisu's "President Obama had a
        # conversation with our President" and the headline ("OBAMA TELLS UHURU") are the same
        # encounter.
        M(["barack_obama", "uhuru_kenyatta"], None, "Washington", IP, H,
          "Obama briefly met Uhuru two weeks ago at the White House, where he said he was keen to visit Kenya, the land of his father."),
        # Photo caption: Uhuru "meets US President Barack Obama during the late Nelson Mandela
        # memorial service ... in Johannesburg ... on December 10" -> held, `Johannesburg`,
        # **required false** (a file-photo caption of an earlier encounter). Date null: the
        # caption gives no year, and the rule "day and month with the year of publication"
        # would give 2014-12-10, after the publication (see the notes).
        M(["uhuru_kenyatta", "barack_obama"], None, "Johannesburg", IP, H,
          "PLEASED TO MEET YOU: President Uhuru Kenyatta meets US President Barack Obama during the late Nelson Mandela memorial service at FNB stadium in Johannesburg, South Africa on December 10", False),
        # Photo caption: "President Uhuru with ... Charity Ngilu during the ... Golden Jubilee
        # Celebrations at Kitui High School yesterday" -> held, 2014-08-17 ("yesterday" against
        # the date line), `Kitui`, **required false** (two people at a public celebration, not a
        # reported meeting).
        M(["uhuru_kenyatta", "charity_ngilu"], "2014-08-17", "Kitui", IP, H,
          "HE'S WELCOME: President Uhuru with Lands and Housing Cabinet Secretary Charity Ngilu during the Catholic Diocese of Kitui Golden Jubilee Celebrations at Kitui High School yesterday.", False),
        # Not rows: Obama "has finally decided to visit Kenya" (a visit to a country; no host is
        # named and no date fixed: "No date was fixed"); Obama "skipped the country on his way
        # to ... Tanzania, Senegal and South Africa" (country visits, no named hosts); the
        # election of Uhuru and Ruto; the ICC charges. Removed: the duplicate of the "HE'S
        # WELCOME" caption (the same caption broken over four lines); at the end the cut-off
        # sentence "Kenyatta and Ruto face charges ... Kenyatta's case is due to start next".
    ],
    roles=[("AMERICAN President", "barack_obama"),
           ("US President", "barack_obama"),
           ("Lands and Housing Cabinet Secretary", "charity_ngilu"),
           ("our President", "uhuru_kenyatta"),
           ("State House and Government spokesman", "manoah_esipisu"),
           ("his Deputy", "william_ruto")],
)

A["dev_19705_hatoyama_bulganin_moscow"] = dict(
    actors={
        "ichiro_hatoyama": ["Japanese Premier Hatoyama", "Premier Hatoyama", "Hatoyama"],
        "nikolai_bulganin": ["Premier Bulganin", "Bulganin"],
        "liberal_democratic_party_japan": ["Liberal-Democratic"],
        "ichiro_kono": ["Ichiro Kono"],
        "shunichi_matsumoto": ["Ambassador Matsumoto", "Matsumoto"],
        # "the Russian chauffeur", "his wife" and "a nurse" are unnamed; "Soviet notables" are
        # unnamed; "the Russians"/"the Japanese" and the countries are not annotated.
        # `shunichi_matsumoto`: the full name for "Ambassador Matsumoto" of the delegation.
    },
    meetings=[
        # "the following Friday, as ... Premier Hatoyama sat down with Russia's Premier Bulganin
        # to sign an agreement" in Moscow "last week" -> held, date null (the Friday is not
        # pinned to a date by the text), `Moscow`. The airport welcome (Bulganin "took him
        # firmly by the arm to help him down") belongs to the same visit: one row (as 98b's
        # 19501).
        M(["ichiro_hatoyama", "nikolai_bulganin"], None, "Moscow", IP, H,
          "But the following Friday, as 73-year-old Premier Hatoyama sat down with Russia's Premier Bulganin to sign an agreement to \"end the state of war\" between Japan and the Soviet Union, only the Russians were laughing."),
        # Not rows: Kono and the wife "Accompanied" Hatoyama (not participants, ANNOTATION.md);
        # the Russian hint that "if Premier Hatoyama dropped in at ... Spiridonovka Palace, he
        # might hear something" (a hint; the visit is the row above); the "imposing list of
        # Soviet notables attending the conference" (unnamed); Matsumoto's remark (a quote).
        # Removed: at the end the cut-off sentence "The visits began with banquets too rich for
        # Japanese stomachs ... accompanied by toasts to the glories of Japa".
    ],
    roles=[("Japanese Premier", "ichiro_hatoyama"),
           ("Russia's Premier", "nikolai_bulganin"),
           ("his foreign-affairs brain", "ichiro_kono")],
)

A["dev_19706_rakhmonov_nuri_khostdekh"] = dict(
    actors={
        "interfax": ["Interfax"],
        "emomali_rahmon": ["Tajik President Emomali Rakhmonov", "Emomali Rakhmonov"],
        "said_abdullo_nuri": ["Sayid Abdullohi Nuri", "Nuri"],
        # Left out: the outlet's own tag "(RFE/RL)" in the date line. "an aide to Nuri" is
        # unnamed.
    },
    meetings=[
        # Rakhmonov "met ... Nuri in northern Afghanistan (Khostdekh)"; the two leaders "agreed
        # today" at that meeting to hold further talks -> held, 1996-12-10 (the day of the
        # agreement, the only day the text gives), `Khostdekh` (the named locality).
        M(["emomali_rahmon", "said_abdullo_nuri"], "1996-12-10", "Khostdekh", IP, H,
          "Tajik President Emomali Rakhmonov met Islamist opposition leader Sayid Abdullohi Nuri in northern Afghanistan (Khostdekh) to lay the groundwork for a peace agreement to be signed in Moscow."),
        # "the two leaders of the warring sides ... agreed today to hold further talks without
        # preconditions in Moscow next week" -> planned, date null ("next week"), `Moscow`. The
        # "peace agreement to be signed in Moscow" is the same planned meeting.
        M(["emomali_rahmon", "said_abdullo_nuri"], None, "Moscow", IP, P,
          "Moscow, 10 December 1996 (RFE/RL) - Russia's Interfax news agency is reporting that the two leaders of the warring sides in Tajikistan's bitter four-year civil war agreed today to hold further talks without preconditions in Moscow next week."),
        # Not rows: "the peace talks were announced at the end of last month" (no named
        # participants, an announcement); the aide "cited earlier by the agency" (a media
        # quote). Removed: at the end the amp page's repetition of paragraphs 2-5 ("Tajik
        # President Emomali Rakhmonov met ... bordering Afghanistan and China.").
    ],
    roles=[("Tajik President", "emomali_rahmon"),
           ("Islamist opposition leader", "said_abdullo_nuri")],
)

A["test_19707_chou_nehru_border_talks"] = dict(
    actors={
        "zhou_enlai": ["Mr Chou En-iai", "Chou En-iai", "Mr Chou"],
        "jawaharlal_nehru": ["Mr Nehru", "Nehru"],
        "associated_press": ["American Associated Press"],
        # "Chou En-iai" is the OCR of "Chou En-lai" (kept). "political observers", "officials of
        # both sides" and "The Government of India" (a government) are not annotated.
    },
    meetings=[
        # Chou "left New Delhi early today for Katmandu ... after a week of fruitless talks with
        # ... Mr Nehru" -> held, date null (a week of talks), `New Delhi`. The communique "last
        # night" and the communique "signed by the two leaders" belong to the same talks.
        M(["zhou_enlai", "jawaharlal_nehru"], None, "New Delhi", IP, H,
          "The Chinese Communist Prime Minister, Mr Chou En-iai, left New Delhi early today for Katmandu, in Nepal, after a week of fruitless talks with the Indian Prime Minister, Mr Nehru, on the Indian-Chinese border dispute."),
        # Not rows: "officials of both sides would meet this summer" (unnamed officials); the
        # "midnight press conference" (a news conference of one person); Chou's departure "for
        # Katmandu, in Nepal" (travel, no host named). Removed: at the start the Papers Past
        # "Article image" lines; at the end the cut-off sentence "The communique said: “The two
        # Prime Ministers agreed that officials of the two Governments should meet and examine,
        # check, and". Kept as found: "Mr Chou En-iai", "At a midnight press conference. Mr
        # Chou", "He was, however. hopeful", the mixed quotation marks.
    ],
    roles=[("The Chinese Communist Prime Minister", "zhou_enlai"),
           ("the Indian Prime Minister", "jawaharlal_nehru")],
)

A["dev_19708_papandreou_ozal_summit_end"] = dict(
    actors={
        "andreas_papandreou": ["Greek Prime Minister Andreas Papandreou", "Andreas Papandreou", "Papandreou"],
        "turgut_ozal": ["Prime Minister Turgut Ozal", "Turgut Ozal", "Ozal"],
        # Left out: the byline "Times Staff Writer". "Ozal’s aides", "one of them", "a Greek
        # reporter" are unnamed.
    },
    meetings=[
        # "Three days of historic summit talks ... ended here Wednesday"; Papandreou spoke of a
        # "lively dialogue" with Ozal -> held. Date null: the talks ran over three days (a range;
        # ANNOTATION.md), the text pins only the day they ended (1988-06-15). Place null: "here"
        # has no dateline in the excerpt and the text names no city (see the notes).
        M(["andreas_papandreou", "turgut_ozal"], None, None, IP, H,
          "“There is a light at the end of the tunnel,” Greek Prime Minister Andreas Papandreou said after what he called a “lively dialogue” with Prime Minister Turgut Ozal of Turkey."),
        # "they will meet again in Turkey in the fall, the two leaders announced" -> planned,
        # date null ("in the fall"), `Turkey` (no city). The headline's "More Talks Planned" and
        # the subheading "Will Meet Again in the Fall" are the same planned meeting.
        M(["andreas_papandreou", "turgut_ozal"], None, "Turkey", IP, P,
          "Papandreou and Ozal have met three times this year, after Papandreou reversed a longstanding policy of refusing to talk, and they will meet again in Turkey in the fall, the two leaders announced."),
        # Not rows: "have met three times this year" (a count); the two separate news
        # conferences; "after three meetings" (the same count). Removed: the page's
        # "Advertisement" and "Share" lines; at the end the cut-off sentence "Public pressure
        # demands progress ... but Papandreou and Ozal apparently prefer to first b".
    ],
    roles=[("Greek Prime Minister", "andreas_papandreou")],
)

_TS = "I think you know Ian Viner and the Foreign Minister, Andrew Peacock and Mr Petersen are visiting Torres Strait shortly to go through that with Torres Strait Islanders."
A["dev_19709_fraser_somare_port_moresby"] = dict(
    actors={
        "malcolm_fraser": ["Fraser, Malcolm", "Fraser, John Malcolm"],
        "national_library_of_australia": ["Australian National Library", "National Library"],
        "michael_somare": ["Michael Somare"],
        "ian_viner": ["Ian Viner"],
        "andrew_peacock": ["Andrew Peacock"],
        "joh_bjelke_petersen": ["Mr Petersen"],
        # The speaker "Prime Minister:" / "I" is Fraser (the page's "Released by: Fraser, John
        # Malcolm"). "this Library" (Papua New Guinea's new library) and "our own Archives" are
        # unnamed; "Torres Strait Islanders" are a people, not a named actor.
        # `joh_bjelke_petersen`: "Mr Petersen" is read as the Queensland Premier (the Torres
        # Strait visit); the text gives no first name (see the notes).
    },
    meetings=[
        # "I had very useful discussions with the Prime Minister Michael Somare earlier-this
        # morning" -> Fraser (the speaker) and Somare, held, 1978-10-30, `Port Moresby` (the
        # press conference's city, where Fraser was that morning).
        M(["malcolm_fraser", "michael_somare"], "1978-10-30", "Port Moresby", IP, H,
          "I had very useful discussions with the Prime Minister Michael Somare earlier-this morning, and as you know there are on-going consultations on a numiber of issues."),
        # Viner, Peacock and Petersen "are visiting Torres Strait shortly to go through that with
        # Torres Strait Islanders" -> planned, date null ("shortly"), `Torres Strait`; the
        # counterparts are unnamed -> one named party per row (ANNOTATION.md), **required
        # false** (a consultation with residents rather than with political actors). Pairs
        # among the three visitors (one party) are not written.
        M(["ian_viner"], None, "Torres Strait", IP, P, _TS, False),
        M(["andrew_peacock"], None, "Torres Strait", IP, P, _TS, False),
        M(["joh_bjelke_petersen"], None, "Torres Strait", IP, P, _TS, False),
        # Not rows: the speeches "last night and this morning at the handing over of the
        # Library"; "on-going consultations" and the "very successful negotiations between
        # Papua-New Guinea and Australia" (no specific meeting, states as parties); the press
        # conference itself. Removed: at the start the site lines "PM Transcripts" /
        # "Transcripts from the Prime Ministers of Australia"; at the end the cut-off sentence
        # "In 1976 we entered a five-year aid agreement ... in annual instalments o". The
        # site's metadata block is kept (as 98b's 19508). Kept as found: "insititutions",
        # "that.. in", "in.-our", "earlier-this", "numiber".
    ],
    roles=[("the Prime Minister", "michael_somare"),
           ("the Foreign Minister", "andrew_peacock")],
)

_OVAL = "An Oval Office meeting between President Joe Biden and congressional leaders on Tuesday turned tense, according to Senate Majority Leader Chuck Schumer, as they discussed Ukraine aid and government funding."
_AGREE = "Schumer said he, Jeffries, Senate Republican leader Mitch Connell, President Biden and Vice President Kamala Harris were all in agreement when it came to assisting Ukraine."
A["dev_19710_biden_hill_leaders_oval_office"] = dict(
    actors={
        "mike_johnson": ["House Speaker Mike Johnson", "Mike Johnson", "Speaker Johnson", "Johnson"],
        "joe_biden": ["President Joe Biden", "Joe Biden", "President Biden", "Biden"],
        "chuck_schumer": ["Senate Majority Leader Chuck Schumer", "Chuck Schumer", "Schumer"],
        "hakeem_jeffries": ["Hakeem Jeffries", "Jeffries"],
        "republican_party": ["Republicans", "Republican", "GOP"],
        "mitch_mcconnell": ["Mitch McConnell", "Mitch Connell"],
        "kamala_harris": ["Vice President Kamala Harris", "Kamala Harris"],
        # Left out: the byline line "ByAlexandra Hutzler and Justin Gomez ABCNews logo".
        # "Mitch Connell" is the page's typo for McConnell (kept). "congressional leaders",
        # "lawmakers", "some agencies" and "GOP hard-liners" (besides the party name) are
        # unnamed; the White House is a place here.
    },
    meetings=[
        # The Oval Office meeting "on Tuesday" (date line Wednesday 2024-02-28) -> held,
        # 2024-02-27, Oval Office -> `Washington`. The "congressional leaders" are Schumer,
        # Jeffries, Johnson and McConnell (the caption's four; Schumer's account: "We said to the
        # speaker"; Johnson "said he did not want funding to lapse"): one row per pair of the
        # five (10 rows, required; the leaders are on both sides of the dispute, as 10b's
        # dev_1908). "the conversation turned "intense"" and "We said to the speaker, 'Get it
        # done'" are the same meeting.
        M(["joe_biden", "chuck_schumer"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["joe_biden", "hakeem_jeffries"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["joe_biden", "mike_johnson"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["joe_biden", "mitch_mcconnell"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["chuck_schumer", "hakeem_jeffries"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["chuck_schumer", "mike_johnson"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["chuck_schumer", "mitch_mcconnell"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["hakeem_jeffries", "mike_johnson"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["hakeem_jeffries", "mitch_mcconnell"], "2024-02-27", "Washington", IP, H, _OVAL),
        M(["mike_johnson", "mitch_mcconnell"], "2024-02-27", "Washington", IP, H, _OVAL),
        # Harris's presence is only implied (Schumer: "he, Jeffries, ... Connell, President Biden
        # and Vice President Kamala Harris were all in agreement") -> her five pairs, same
        # meeting, **required false**.
        M(["kamala_harris", "joe_biden"], "2024-02-27", "Washington", IP, H, _AGREE, False),
        M(["kamala_harris", "chuck_schumer"], "2024-02-27", "Washington", IP, H, _AGREE, False),
        M(["kamala_harris", "hakeem_jeffries"], "2024-02-27", "Washington", IP, H, _AGREE, False),
        M(["kamala_harris", "mitch_mcconnell"], "2024-02-27", "Washington", IP, H, _AGREE, False),
        M(["kamala_harris", "mike_johnson"], "2024-02-27", "Washington", IP, H, _AGREE, False),
        # Not rows: Schumer's remarks "to reporters outside the White House" (a news
        # conference); the funding negotiations of "lawmakers" (unnamed, no meeting). The
        # paragraph "An Oval Office meeting ... government funding." stands twice on the page
        # (video caption and story) and is kept twice. Removed: at the end the cut-off quotation
        # "\"I told him this is one of the moments -".
    ],
    roles=[("Senate Majority Leader", "chuck_schumer"),
           ("House Democratic leader", "hakeem_jeffries"),
           ("House Speaker", "mike_johnson"),
           ("Senate Minority Leader", "mitch_mcconnell"),
           ("House Minority Leader", "hakeem_jeffries"),
           ("Senate Republican leader", "mitch_mcconnell"),
           ("Vice President", "kamala_harris"),
           ("the speaker", "mike_johnson")],
)

_MT = "Havel also said he would travel to France and Britain on March 19 for talks with French President Francois Mitterrand and British Prime Minister Margaret Thatcher."
A["test_19711_havel_bush_gorbachev"] = dict(
    actors={
        "vaclav_havel": ["President Vaclav Havel", "Vaclav Havel", "Havel"],
        "mikhail_gorbachev": ["Mikhail S. Gorbachev", "Gorbachev"],
        "george_h_w_bush": ["President Bush", "Bush"],
        "francois_mitterrand": ["Francois Mitterrand"],
        "margaret_thatcher": ["Margaret Thatcher"],
        "congress_of_peoples_deputies_ussr": ["Congress"],
        "czechoslovak_news_agency": ["CTK"],
        "communist_party_of_czechoslovakia": ["Communist Party"],
        "warsaw_pact": ["Warsaw Pact"],
        "vasil_bilak": ["Vasil Bilak", "Bilak"],
        # Left out: the agency credit "(AP)". "the federal prosecutor" and "his Czech
        # counterpart" are unnamed; "the Congress" Gorbachev was shouting at is read as the
        # Soviet Congress of People's Deputies.
    },
    meetings=[
        # Havel's "meetings with ... Gorbachev and President Bush following visits to Washington
        # and Moscow": Havel-Gorbachev -> held, date null, `Moscow` (the visit to Moscow);
        # Havel-Bush -> held, date null, `Washington` ("their talks in Washington").
        M(["vaclav_havel", "mikhail_gorbachev"], None, "Moscow", IP, H,
          "PRAGUE, Czechoslovakia (AP) _ President Vaclav Havel on Wednesday praised the frankness of his meetings with Soviet leader Mikhail S. Gorbachev and President Bush following visits to Washington and Moscow."),
        M(["vaclav_havel", "george_h_w_bush"], None, "Washington", IP, H,
          "Havel desribed Bush’s ideas as ″extremely interesting″ adding they had ″unusually many points of agreement″ during their talks in Washington."),
        # He "would travel to France and Britain on March 19 for talks with ... Mitterrand and
        # ... Thatcher" -> two planned rows, places `France` and `Britain` (no cities). Date
        # null: March 19 is the day the trip starts; which talks fall on that day is not said.
        M(["vaclav_havel", "francois_mitterrand"], None, "France", IP, P, _MT),
        M(["vaclav_havel", "margaret_thatcher"], None, "Britain", IP, P, _MT),
        # "after they [the two superpower leaders] meet in Washington" -> a planned
        # Bush-Gorbachev summit, date null, `Washington`, **required false** (given inside
        # Havel's proposal, the leaders named by role only). The proposed Prague summit is a
        # proposal (not a row).
        M(["george_h_w_bush", "mikhail_gorbachev"], None, "Washington", IP, P,
          "Havel said his proposal that the two superpower leaders hold a summit meeting in Prague this year after they meet in Washington ″was received with great interest by both of them and they made an impression as if they would like it to take place in Prague.″", False),
        # Not rows: Gorbachev seen "on television shouting at the Congress" (a broadcast); the
        # Prague summit (a proposal, not agreed); CTK's report and the charges against Bilak;
        # Bilak's invitation to the Warsaw Pact armies in 1968 (no meeting). Removed: at the
        # start the page's "Related topics" line; at the end the cut-off quotation "″Prosecutio".
        # Kept as found: "desribed".
    ],
    roles=[("Soviet leader", "mikhail_gorbachev"),
           ("French President", "francois_mitterrand"),
           ("British Prime Minister", "margaret_thatcher"),
           ("Former Politburo member", "vasil_bilak")],
)

A["dev_19712_anwar_prabowo_putrajaya"] = dict(
    actors={
        "anwar_ibrahim": ["Prime Minister Datuk Seri Anwar Ibrahim", "Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", "Anwar"],
        "prabowo_subianto": ["Prabowo Subianto", "Prabowo", "Probowo"],
        "facebook": ["Facebook"],
        "mohamed_khaled_nordin": ["Datuk Seri Mohamed Khaled Nordin", "Mohamed Khaled Nordin"],
        # Left out: the end credit "― Bernama". "Probowo" is the page's typo (kept). "Victoria
        # Institution (VI)" is the school Prabowo attended (a place here); the "Indonesian
        # Presidential Election" is an event.
    },
    meetings=[
        # "his meeting with ... Prabowo Subianto today", "at his office in Putrajaya" -> held,
        # 2024-04-04, `Putrajaya` (the next sentence; the dateline is Kuala Lumpur).
        M(["anwar_ibrahim", "prabowo_subianto"], "2024-04-04", "Putrajaya", IP, H,
          "KUALA LUMPUR, April 4 ― Prime Minister Datuk Seri Anwar Ibrahim today said that his meeting with Indonesian President-elect and Defence Minister Prabowo Subianto today discussed, among others, the next direction to be taken to strengthen Malaysia-Indonesia ties."),
        # Prabowo "also attended a closed meeting with Defence Minister ... Khaled Nordin here"
        # during the visit -> held, date null (he "arrived in the country yesterday" for a
        # "one-day visit": April 3 or 4), "here" -> `Kuala Lumpur` (the dateline).
        M(["prabowo_subianto", "mohamed_khaled_nordin"], None, "Kuala Lumpur", IP, H,
          "During the short visit, Prabowo also attended a closed meeting with Defence Minister Datuk Seri Mohamed Khaled Nordin here."),
        # Not rows: Anwar's Facebook post and his congratulations (a post, wishes); Prabowo's
        # inauguration "set to be" (a ceremony); his schooling in Kuala Lumpur.
    ],
    roles=[("Prime Minister", "anwar_ibrahim"),
           ("Indonesian President-elect", "prabowo_subianto")],
)
