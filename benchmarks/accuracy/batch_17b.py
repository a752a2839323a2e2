"""Accuracy corpus, batch 17b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 432 articles, batches
1-16b; batch 17a not yet present: in the 2000s East Asia, Eastern Europe/Russia and South Asia
had 7, the others 8 or 9; in the 2010s Central Asia/Caucasus, East Asia, Oceania and Western
Europe had 7, the others 8 or 9; in the 2020s Latin America, North America and Oceania had 7,
the others 8 or 9) and spread over all eleven regions (East Asia, Eastern Europe/Russia, South
Asia, Africa 2000s; Central Asia/Caucasus, Western Europe, Oceania, Middle East 2010s; Oceania,
Latin America, North America, Southeast Asia 2020s). Nine of the ten 7-cells are filled (East
Asia 2010s is left, East Asia being taken in the 2000s); Africa 2000s, Middle East 2010s and
Southeast Asia 2020s (8-cells) bring in the three regions the 7-cells do not reach; Oceania
twice. Every outlet is new to the corpus: The Korea Times (koreatimes.com), christusrex.org (a
repost of a Reuters story as run by The New York Times), Thaindian News (IANS), GhanaWeb (GNA),
Agenda.ge, The Local Italy (AFP), the Australian Financial Review, PNG Daily News, The Jerusalem
Post (Reuters), Q Costa Rica, The Hill and The Laotian Times.
Collected with the `search` tool (corpus `pages`) and annotated from the texts alone, BEFORE the
package was run on them (the package has not been run on this batch). Conventions: ANNOTATION.md
and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_17b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-16b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared); positions 3, 7 and 11 are test, all
others dev. Ids: `dev_33NN_<slug>` / `test_33NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # No date line in the excerpt; the URL has 20050421 (a Thursday): "Chong Wa Dae officials
    # Thursday" = the same day; "on May 9" (no year) takes the year of publication.
    ("dev_3301_roh_hu_moscow_planned", "East Asia", "2000s", "The Korea Times (koreatimes.com, sf1 edition)", "http://sf1.koreatimes.com/article/20050421/240773", "2005-04-21"),
    # Date line "January 24, 2005" (a Monday) under "New York Times": "Monday" = 2005-01-24,
    # "his inauguration Sunday" = 2005-01-23 (no row).
    ("dev_3302_yushchenko_putin_kremlin", "Eastern Europe/Russia", "2000s", "christusrex.org (repost of a Reuters story as run by The New York Times)", "http://www.christusrex.org/www1/news/nyt-1-25-05b.html", "2005-01-24"),
    # Date line "September 4th, 2008 - 10:47 pm ICT by IANS" and dateline "Kathmandu, Sep 4
    # (IANS)" (2008-09-04, a Thursday): "Thursday" = the same day; "Friday" (the schedule) and
    # "most likely Sep 15" (the visit) belong to no dated row.
    ("test_3303_prachanda_india_visit", "South Asia", "2000s", "Thaindian News (thaindian.com; IANS)", "http://www.thaindian.com/newsportal/uncategorized/prachanda-likely-to-visit-india-sep-15_10092663.html", "2008-09-04"),
    # Date line "Mon, 16 May 2005 Source: GNA" and dateline "Kumasi, May 16, GNA" (a Monday):
    # "on Monday" = 2005-05-16; "on May 19" (the Abuja talks) belongs to no row.
    ("dev_3304_kufuor_gnassingbe_kumasi", "Africa", "2000s", "GhanaWeb (ghanaweb.com news archive, mobile; GNA)", "https://mobile.ghanaweb.com/GhanaHomePage/NewsArchive/artikel.php?ID=81560&nav=previous", "2005-05-16"),
    # Date line "Agenda.ge, 31 Aug 2016 - 16:06, Tbilisi,Georgia" (a Wednesday; the URL has
    # 2016): "today" and "this afternoon" = 2016-08-31, as the captions' "on August 31, 2016".
    ("dev_3305_kvirikashvili_aliyev_baku", "Central Asia/Caucasus", "2010s", "Agenda.ge", "https://agenda.ge/en/news/2016/2039", "2016-08-31"),
    # No date line in the excerpt; the URL has 20150123 (a Friday): "on Thursday" =
    # 2015-01-22, "on Friday morning" = 2015-01-23 (the same dates if the AFP copy was written
    # on the Thursday).
    ("dev_3306_renzi_merkel_florence", "Western Europe", "2010s", "The Local Italy (thelocal.it; AFP)", "https://www.thelocal.it/20150123/renzi-uses-florences-splendour-to-woo-merkel", "2015-01-23"),
    # No date line in the excerpt; the URL has 20221006 (a Thursday): "on Thursday" and
    # "Thursday's bilateral meeting" = the same day.
    ("test_3307_sogavare_albanese_canberra", "Oceania", "2020s", "Australian Financial Review (afr.com)", "https://www.afr.com/politics/federal/sogavare-strikes-conciliatory-tone-with-albanese-20221006-p5bnmm", "2022-10-06"),
    # No date line in the excerpt; the URL has 2017/04/06 (a Thursday): "tomorrow" =
    # 2017-04-07 (the visit; no row of its own), "on Saturday" = 2017-04-08 (see the notes: the
    # page carries a second story whose own date is not shown).
    ("dev_3308_turnbull_oneill_planned", "Oceania", "2010s", "PNG Daily News (pngdailynews.com)", "https://pngdailynews.com/2017/04/06/australian-pm-to-visit/", "2017-04-06"),
    # Line "Updated: AUGUST 7, 2017 16:10" (a Monday; the only date on the page): "Monday" =
    # 2017-08-07; "July 14" (an attack) belongs to no row.
    ("dev_3309_abdullah_abbas_ramallah", "Middle East", "2010s", "The Jerusalem Post (jpost.com; Reuters)", "https://jpost.com/Arab-Israeli-Conflict/Jordanian-king-arrives-for-talks-with-Abbas-on-Jerusalem-peace-efforts-501802", "2017-08-07"),
    # No date line in the excerpt; the search result's date is 2023-08-28 (a Monday), which the
    # text confirms ("This morning, Monday, August 28", "Tomorrow, Tuesday, August 29").
    ("dev_3310_chaves_biden_petro", "Latin America", "2020s", "Q Costa Rica (qcostarica.com)", "https://qcostarica.com/17-years-since-a-costa-rica-president-welcomed-back-to-the-oval-office/", "2023-08-28"),
    # Byline "by Alex Gangitano - 05/15/23 1:54 PM ET" (2023-05-15, a Monday; the search
    # result's date is the same): "on Tuesday" = 2023-05-16, "last Tuesday" = 2023-05-09 (as
    # the caption's "Tuesday, May 9, 2023"), "last Friday" = 2023-05-12 (scrapped; no row).
    ("test_3311_biden_mccarthy_debt", "North America", "2020s", "The Hill (thehill.com)", "https://thehill.com/homenews/administration/4004977-biden-says-hell-meet-with-mccarthy-on-tuesday-to-talk-debt-ceiling/", "2023-05-15"),
    # No date line in the excerpt; the search result's date is 2024-03-27 (a Wednesday; the URL
    # has 2024/03/27): "25-26 March" and "on 26 March" take the year of publication.
    ("dev_3312_hun_manet_laos_visit", "Southeast Asia", "2020s", "The Laotian Times (laotiantimes.com)", "https://laotiantimes.com/2024/03/27/cambodian-prime-minister-hun-manet-strengthens-bilateral-ties-with-first-official-visit-to-laos/", "2024-03-27"),
]

A = {}

A["dev_3301_roh_hu_moscow_planned"] = dict(
    actors={
        "roh_moo_hyun": ["Roh Moo-hyun", "Roh"],
        "hu_jintao": ["Hu Jintao", "Hu"],
        "junichiro_koizumi": ["Junichiro Koizumi", "Koizumi"],
        "kim_man_soo": ["Kim Man-soo", "Kim"],
        "the_korea_times": ["The Korea Times"],
        "cheong_wa_dae": ["Chong Wa Dae"],
    },
    meetings=[
        # "President Roh Moo-hyun will have a summit meeting with Chinese President Hu Jintao in
        # Moscow on May 9" ("the meeting" the spokesman is "seeking ways to realize", "The summit
        # between Roh and Hu, once realized": the same) -> planned (announced by the presidential
        # office), 2005-05-09 ("May 9" with the year of publication), Moscow.
        M(["roh_moo_hyun", "hu_jintao"], "2005-05-09", "Moscow", IP, P,
          "President Roh Moo-hyun will have a summit meeting with Chinese President Hu Jintao in Moscow on May 9 on the occasion of a ceremony to mark the 60th anniversary of the end of the World War II, according to Chong Wa Dae officials Thursday."),
        # "Roh and Koizumi are scheduled to meet in South Korea sometime in June" -> planned,
        # date null (month only), South Korea (no city).
        M(["roh_moo_hyun", "junichiro_koizumi"], None, "South Korea", IP, P,
          "Roh and Koizumi are scheduled to meet in South Korea sometime in June as part of shuttle diplomacy between the two nations."),
        # Not rows: the "trilateral summit among Roh, Hu and ... Koizumi in Russia" ("rebuffed",
        # "unlikely to occur": a meeting ruled out) and a Roh-Koizumi summit in Moscow
        # ("dismissed speculation": ruled out); Kim "told The Korea Times" (an interview); the
        # ceremony itself (a multilateral commemoration); "the multilateral talks" (six-party
        # talks, unnamed, in the removed last sentence). Removed: the cut-off last sentence ("The
        # two leaders will likely discuss ways to induce North Korea ... toward the reclusi").
        # The byline "By Shim Jae-yun / Staff Reporter" is kept in the text (not an actor).
        # "Chong Wa Dae" is annotated as an organisation (as 12b's "Cheong Wa Dae"), the
        # presidential office it stands for ("Chong Wa Dae officials", "spokesman").
    ],
    roles=[("Chinese President", "hu_jintao"), ("Japanese Prime Minister", "junichiro_koizumi"),
           ("Chong Wa Dae spokesman", "kim_man_soo")],
)

A["dev_3302_yushchenko_putin_kremlin"] = dict(
    actors={
        "viktor_yushchenko": ["Viktor Yushchenko", "Yushchenko"],
        "vladimir_putin": ["Vladimir Putin", "Putin"],
        "yulia_tymoshenko": ["Yulia Tymoshenko", "Tymoshenko"],
    },
    meetings=[
        # "Ukraine's new West-leaning leader Monday sought to mend fences with Russian President
        # Vladimir Putin, but even as their talks began" ("he went into the Kremlin talks with
        # Putin", "at the beginning of the talks Monday": the same) -> held (the talks began),
        # 2005-01-24 (the Monday of the date line), Moscow (dateline MOSCOW, where the talks
        # were: "the Kremlin talks", "The lightning trip ... to make Moscow his first port of
        # call").
        M(["viktor_yushchenko", "vladimir_putin"], "2005-01-24", "Moscow", IP, H,
          "MOSCOW (Reuters) - Ukraine's new West-leaning leader Monday sought to mend fences with Russian President Vladimir Putin, but even as their talks began he showed his independence by naming a prime minister regarded with suspicion by Moscow."),
        # Not rows: Putin "did not attend Yushchenko's inauguration" (an event not attended);
        # Yushchenko "told reporters at Moscow's Vnukovo airport" (a statement); the appointment
        # of Tymoshenko "announced in Kiev" (no meeting); "Analysts expected Putin to quiz
        # Yushchenko" (the same talks). Removed: the cut-off last paragraph ("But in a sign of
        # shifting Western percepti"). "New York Times" under the headline is the source line of
        # the repost and "(Reuters)" the agency credit (neither an actor).
    ],
    roles=[("Ukraine's new West-leaning leader", "viktor_yushchenko"), ("Russian President", "vladimir_putin")],
)

_HW = "Prachanda instead went to China, where he met President Hu Jintao and Prime minister Wen Jiabao."
_IN = ("Besides meeting Indian Prime Minister Manmohan Singh and Congress chief Sonia Gandhi, Prachanda will meet Foreign Minister Pranab Mukherjee.")
A["test_3303_prachanda_india_visit"] = dict(
    actors={
        "pushpa_kamal_dahal": ["Pushpa Kamal Dahal", "Prachanda"],
        "rakesh_sood": ["Rakesh Sood"],
        "shakti_bahadur_basnet": ["Shakti Bahadur Basnet"],
        "ians": ["IANS"],
        "kantipur": ["Kantipur"],
        "d_m_singh": ["D.M. Singh"],
        "hu_jintao": ["Hu Jintao"],
        "wen_jiabao": ["Wen Jiabao"],
        "zheng_xianglin": ["Zheng Xianglin"],
        "manmohan_singh": ["Manmohan Singh"],
        "indian_national_congress": ["Congress"],
        "sonia_gandhi": ["Sonia Gandhi"],
        "pranab_mukherjee": ["Pranab Mukherjee"],
        "mao_zedong": ["Mao Zedong"],
        "mahatma_gandhi": ["Gandhiji"],
    },
    meetings=[
        # "India's ambassador to Nepal Rakesh Sood Thursday met the prime minister" (the prime
        # minister = Prachanda, named in the same paragraph) -> held, 2008-09-04 (the Thursday of
        # the dateline), Kathmandu (the dateline: the ambassador to Nepal meets Nepal's prime
        # minister at home; the text names no other place; see the notes).
        M(["rakesh_sood", "pushpa_kamal_dahal"], "2008-09-04", "Kathmandu", IP, H,
          "India’s ambassador to Nepal Rakesh Sood Thursday met the prime minister to propose a five-day visit."),
        # "Chinese ambassador to Nepal Zheng Xianglin also met Prachanda Thursday" -> held,
        # 2008-09-04, Kathmandu (as the row above).
        M(["zheng_xianglin", "pushpa_kamal_dahal"], "2008-09-04", "Kathmandu", IP, H,
          "In a remarkable coincidence, Chinese ambassador to Nepal Zheng Xianglin also met Prachanda Thursday."),
        # "went to China, where he met President Hu Jintao and Prime minister Wen Jiabao" ("Last
        # month", to attend the Olympic closing ceremony) -> two bilaterals (as dev_032 /
        # dev_017), held, date null (month only), China (no city in the text).
        M(["pushpa_kamal_dahal", "hu_jintao"], None, "China", IP, H, _HW),
        M(["pushpa_kamal_dahal", "wen_jiabao"], None, "China", IP, H, _HW),
        # Hu-Wen: optional (one meeting of three or two bilaterals; the hosts are colleagues of
        # one government, as dev_017's Guterres-Mohammed and 16b's test_3111 Lourenco-Kenyatta).
        M(["hu_jintao", "wen_jiabao"], None, "China", IP, H, _HW, False),
        # "Besides meeting Indian Prime Minister Manmohan Singh and Congress chief Sonia Gandhi,
        # Prachanda will meet Foreign Minister Pranab Mukherjee" -> three planned bilaterals of
        # the visit to India, date null (the visit is "most likely Sep 15", five days; no day is
        # given for any meeting), India (no city in the text).
        M(["pushpa_kamal_dahal", "manmohan_singh"], None, "India", IP, P, _IN),
        M(["pushpa_kamal_dahal", "sonia_gandhi"], None, "India", IP, P, _IN),
        M(["pushpa_kamal_dahal", "pranab_mukherjee"], None, "India", IP, P, _IN),
        # Not rows: Basnet "told IANS" and Kantipur "quoted" D.M. Singh (statements to the
        # press); the "informal visit to attend the closing ceremony of the Olympic Games" (the
        # same China trip; a ceremony); the visit to "Mao Zedong's mausoleum" and a possible visit
        # to "Gandhiji's memorial" (places, not meetings); "neither side disclosed the subject of
        # the meeting" (the Zheng meeting above). Removed: the cut-off last sentence ("He will
        # also discuss Indian assistance, investment and possibly other") and two trailing spaces
        # after "by IANS". "Sep 15.India's" (no space) is kept.
    ],
    roles=[("Nepal’s first Maoist Prime Minister", "pushpa_kamal_dahal"), ("India’s ambassador to Nepal", "rakesh_sood"),
           ("the prime minister", "pushpa_kamal_dahal"), ("Prachanda’s aide", "shakti_bahadur_basnet"),
           ("Nepal’s ambassador to India", "d_m_singh"), ("the Maoist supremo", "pushpa_kamal_dahal"),
           ("Chinese ambassador to Nepal", "zheng_xianglin"), ("Indian Prime Minister", "manmohan_singh"),
           ("Congress chief", "sonia_gandhi"), ("Foreign Minister", "pranab_mukherjee"),
           ("the revolutionary leader", "pushpa_kamal_dahal"), ("Chinese leader", "mao_zedong")],
)

A["dev_3304_kufuor_gnassingbe_kumasi"] = dict(
    actors={
        "john_agyekum_kufuor": ["John Agyekum Kufuor", "Kufuor"],
        "faure_gnassingbe": ["Faure Gnassingbe", "Gnassingbe"],
        "nana_akufo_addo": ["Nana Addo Dankwa Akufo-Addo", "Nana Akufo-Addo"],
        "olusegun_obasanjo": ["Olusegun Obasanjo"],
        "african_union": ["African Union", "AU"],
        "osei_tutu_ii": ["Otumfuo Osei Tutu II"],
    },
    meetings=[
        # "President John Agyekum Kufuor on Monday held closed door discussions with Togolese
        # President Faure Gnassingbe ... at the residency in Kumasi" (the headline's "confers",
        # "the two Presidents had discussions": the same) -> held, 2005-05-16 (the Monday of the
        # dateline), Kumasi.
        M(["john_agyekum_kufuor", "faure_gnassingbe"], "2005-05-16", "Kumasi", IP, H,
          "Kumasi, May 16, GNA - President John Agyekum Kufuor on Monday held closed door discussions with Togolese President Faure Gnassingbe who is on a day's visit to Ghana at the residency in Kumasi."),
        # "President Gnassingbe also paid a courtesy call on the Asantehene, Otumfuo Osei Tutu II
        # at the Manhyia Palace and held discussions with him before he emplaned to Lome" ->
        # held, 2005-05-16 (the same "day's visit"), Kumasi (the visit's city; the palace is
        # named without a city, resolved as official buildings are in ANNOTATION.md).
        M(["faure_gnassingbe", "osei_tutu_ii"], "2005-05-16", "Kumasi", IP, H,
          "President Gnassingbe also paid a courtesy call on the Asantehene, Otumfuo Osei Tutu II at the Manhyia Palace and held discussions with him before he emplaned to Lome, Togo."),
        # "President Gnassingbe was met on arrival at the Kumasi Airport by Nana Addo Dankwa
        # Akufo-Addo, Foreign Minister" -> held, 2005-05-16, Kumasi; optional (an arrival
        # welcome, as test_001's bouquet and dev_031's tarmac remark).
        M(["faure_gnassingbe", "nana_akufo_addo"], "2005-05-16", "Kumasi", IP, H,
          "President Gnassingbe was met on arrival at the Kumasi Airport by Nana Addo Dankwa Akufo-Addo, Foreign Minister and the Togolese community in Kumasi.", False),
        # Not rows: "the reconciliation talks on the Togo crisis slated for Abuja, Nigeria on May
        # 19 ... called by the African Union (AU) Chairman and Nigerian President Olusegun
        # Obasanjo" (a multilateral reconciliation meeting; no pair named); Akufo-Addo "Briefing
        # newsmen" (a press briefing); "the Togolese community" (unnamed). Removed: GhanaWeb's
        # section menu above the headline ("News", "Sports", "Business", "Entertainment",
        # "GhanaWeb TV", "Africa", "Opinions", "Country") and a cut-off repetition of the first
        # two paragraphs after the body (the page repeats the story's opening, ending "...the
        # peace and stab"). "GNA" is the agency credit (not an actor).
    ],
    roles=[("Togolese President", "faure_gnassingbe"), ("Foreign Minister", "nana_akufo_addo"),
           ("the African Union (AU) Chairman", "olusegun_obasanjo"), ("Nigerian President", "olusegun_obasanjo"),
           ("the Asantehene", "osei_tutu_ii")],
)

A["dev_3305_kvirikashvili_aliyev_baku"] = dict(
    actors={
        "giorgi_kvirikashvili": ["Giorgi Kvirikashvili", "Kvirikashvili"],
        "ilham_aliyev": ["Ilham Aliyev", "Illham Aliyev", "Aliyev"],
        "artur_rasizade": ["Artur Rasizade"],
    },
    meetings=[
        # "Giorgi Kvirikashvili, who today paid a one-day official visit to Baku, met
        # Azerbaijan's President Ilham Aliyev this afternoon" (headline, captions and quoted
        # exchange: the same) -> held, 2016-08-31, Baku.
        M(["giorgi_kvirikashvili", "ilham_aliyev"], "2016-08-31", "Baku", IP, H,
          "Georgia’s Prime Minister Giorgi Kvirikashvili, who today paid a one-day official visit to Baku, met Azerbaijan’s President Ilham Aliyev this afternoon."),
        # "While in Baku the Georgian delegation also met Azerbaijan's Prime Minister Artur
        # Rasizade", with the caption naming both leaders ("Giorgi Kvirikashvili (L) and ...
        # Artur Rasizade meet in Baku, Azerbaijan on August 31, 2016") -> held, 2016-08-31, Baku.
        M(["giorgi_kvirikashvili", "artur_rasizade"], "2016-08-31", "Baku", IP, H,
          "eorgia's Prime Miister Giorgi Kvirikashvili (L) and Azerbaijan’s Prime Minister Artur Rasizade meet in Baku, Azerbaijan on August 31, 2016."),
        # Not rows: the caption "paid a one-day official visit to Baku on August 31, 2012" (the
        # same visit; the year is a slip of the page, not another meeting); "the Georgian
        # delegation" (unnamed members). Removed: the cut-off end of the last caption ("Phot").
        # Kept as on the page: "Prime Miister", "Illham", "eorgia's", "Tbilisi,Georgia" and the
        # mixed straight/curly quotation marks. "Agenda.ge, 31 Aug 2016" is the outlet's date
        # line (not an actor).
    ],
    roles=[("Georgia’s Prime Minister", "giorgi_kvirikashvili"), ("Azerbaijan’s President", "ilham_aliyev"),
           ("his Georgian guest", "giorgi_kvirikashvili"), ("The Azerbaijani leader", "ilham_aliyev"),
           ("Azerbaijan’s Prime Minister", "artur_rasizade"), ("Georgia's Prime Miister", "giorgi_kvirikashvili")],
)

_RM = ("Hours after the European Central Bank launched a huge bond buying scheme aimed at staving off the spectre of deflation haunting continental Europe, Renzi and Merkel sat down to dinner in Florence's Palazzo Vecchio ahead of a formal summit meeting on Friday morning.")
A["dev_3306_renzi_merkel_florence"] = dict(
    actors={
        "matteo_renzi": ["Matteo Renzi", "Renzi"],
        "angela_merkel": ["Angela Merkel", "Merkel"],
        "european_central_bank": ["European Central Bank", "ECB"],
    },
    meetings=[
        # "Renzi and Merkel sat down to dinner in Florence's Palazzo Vecchio" ("Renzi hosted ...
        # Merkel" "on Thursday"; the caption's arrival "in Florence on Thursday": the same) ->
        # held, 2015-01-22 (the Thursday before the Friday of the URL), Florence.
        M(["matteo_renzi", "angela_merkel"], "2015-01-22", "Florence", IP, H, _RM),
        # "ahead of a formal summit meeting on Friday morning" -> a next-day session explicitly
        # distinguished from the dinner (as dev_035) -> planned (the article's perspective:
        # "ahead of"), 2015-01-23, Florence (the caption: they "arrive in Florence ... ahead of a
        # formal summit meeting").
        M(["matteo_renzi", "angela_merkel"], "2015-01-23", "Florence", IP, P, _RM),
        # Not rows: Merkel's "speech at Davos earlier on Thursday" (a speech); the ECB's bond
        # buying (no meeting); "crucial elections in Greece". Removed: the cut-off last sentence
        # ("Renzi, a former mayor of Florence, used an interview in the Wall Street Journa"). The
        # byline "AFP - [email protected]" (as returned) and the repeated headline line are kept;
        # "Alberto Pizzoli/AFP" is the photo credit (not an actor).
    ],
    roles=[("Italian Prime Minister", "matteo_renzi"), ("German Chancellor", "angela_merkel"),
           ("Europe's most powerful leader", "angela_merkel"), ("The 40-year-old Italian leader", "matteo_renzi"),
           ("the central bank", "european_central_bank")],
)

A["test_3307_sogavare_albanese_canberra"] = dict(
    actors={
        "manasseh_sogavare": ["Manasseh Sogavare", "Mr Sogavare", "Sogavare"],
        "anthony_albanese": ["Anthony Albanese", "Mr Albanese", "Albanese"],
        "pacific_islands_forum": ["Forum"],
    },
    meetings=[
        # "Manasseh Sogavare has struck a conciliatory tone while meeting Anthony Albanese in
        # Canberra" ("Thursday's bilateral meeting at Parliament House", the caption's welcome
        # "to Parliament House on Thursday", "Mr Sogavare told Mr Albanese": the same) -> held,
        # 2022-10-06 (the Thursday of the URL), Canberra.
        M(["manasseh_sogavare", "anthony_albanese"], "2022-10-06", "Canberra", IP, H,
          "Solomon Islands Prime Minister Manasseh Sogavare has struck a conciliatory tone while meeting Anthony Albanese in Canberra, just a month after he accused Australia of meddling in the Pacific nation’s democracy."),
        # Not rows: "the second time the two leaders have met face-to-face" (the earlier meeting
        # is given only by count, with no occasion, time or place); "no joint press conference
        # was held" (none held); the accusation of meddling (a statement). Removed: the site
        # navigation ("Skip to navigation...Accessibility statement"), two "Advertisement" lines,
        # the subscription prompts ("Subscribe to gift this article", "Gift 5 articles ...",
        # "Subscribe now", "Already a subscriber?") and the cut-off last sentence ("Mr Sogavare
        # also met Foreign Minister Penny Wong and Defence Minister Richard Marles, and had
        # dinner with Mr Albanese at The Lodge on Thursday night during his flying"), so these
        # meetings are not in the text (see the notes). The byline lines ("Andrew Tillett",
        # "Andrew TillettForeign affairs, defence correspondent") and the caption's photo credit
        # "Alex Ellinghausen" are kept (not actors).
    ],
    roles=[("Solomon Islands Prime Minister", "manasseh_sogavare"),
           ("his Solomon Islands counterpart", "manasseh_sogavare")],
)

A["dev_3308_turnbull_oneill_planned"] = dict(
    actors={
        "malcolm_turnbull": ["Malcolm Turnbull", "Turnbull"],
        "peter_oneill": ["O’Neill"],
        "mekere_morauta": ["Sir Mekere Morauta", "Sir Mekere", "Sir Mek"],
        "george_bopi": ["George Bopi", "Mr Bopi"],
        "office_of_the_prime_minister_png": ["Office of the Prime Minister"],
    },
    meetings=[
        # "a planned bilateral meeting between the Prime Ministers of PNG and Australia on
        # Saturday"; "this bilateral meeting in Port Moresby has been planned for some months";
        # "Prime Ministers O'Neill and Turnbull will take the opportunity to share perspectives"
        # (the first story's visit "tomorrow": the same encounter) -> planned, 2017-04-08 (the
        # Saturday after the Thursday of the URL; see the notes), Port Moresby.
        M(["malcolm_turnbull", "peter_oneill"], "2017-04-08", "Port Moresby", IP, P,
          "The Prime Minister’s chief of staff George Bopi made the comments after, Sir Mekere, who is intending to run at the upcoming National Election, made dubious claims about a planned bilateral meeting between the Prime Ministers of PNG and Australia on Saturday."),
        # "their last meeting was in 2016" (the two Prime Ministers, O'Neill and Turnbull) ->
        # held, date null (year only), place null; required (a stated past meeting, as dev_044's
        # "They last met three weeks ago").
        M(["peter_oneill", "malcolm_turnbull"], None, None, IP, H,
          "He claims the two Prime Ministers met a few weeks ago, and this is not true as their last meeting was in 2016."),
        # Not rows: "He claims the two Prime Ministers met a few weeks ago, and this is not true"
        # (a meeting that did not take place); Turnbull "is visiting Papua New Guinea tomorrow"
        # (the visit of the planned meeting above; no host named in that story: not a separate
        # row); Morauta's "press release" (a statement). Removed: the image's alt text "aust pm"
        # between the two stories, and the cut-off last sentence ("“Our two countries
        # sha"). The page carries two stories ("Australian PM to visit" and "Sir Mek told to stop
        # using 'cheap politics'"); both are kept, as returned.
    ],
    roles=[("AUSTRALIA’S Prime Minister", "malcolm_turnbull"), ("The Prime Minister’s chief of staff", "george_bopi")],
)

A["dev_3309_abdullah_abbas_ramallah"] = dict(
    actors={
        "abdullah_ii": ["King Abdullah", "Abdullah"],
        "mahmoud_abbas": ["Mahmoud Abbas", "Abbas"],
        "riyad_al_maliki": ["Reyad Al-Maliki", "Maliki"],
    },
    meetings=[
        # "Jordan's King Abdullah arrived in Ramallah Monday for talks with Palestinian President
        # Mahmoud Abbas" ("being greeted by Abbas ... the two headed into talks", "after the
        # meeting", "Abbas and Abdullah also discussed": the same) -> held, 2017-08-07 (the
        # Monday of the date line), Ramallah.
        M(["abdullah_ii", "mahmoud_abbas"], "2017-08-07", "Ramallah", IP, H,
          "Jordan's King Abdullah arrived in Ramallah Monday for talks with Palestinian President Mahmoud Abbas aimed at deepening ties and discussing \"current developments in the Palestinian territories\" in the wake of last month's crisis over the al-Aksa mosque compound."),
        # Not rows: "King Abdullah's first visit to Ramallah in five years" (history, no earlier
        # meeting stated); Maliki "told reporters" (a statement); Jordan "was in discussions with
        # the United States" (governments, no named people); the shooting incident and the July
        # 14 attack. Removed: the cut-off last fragment ("Is"). Sentences run together without a
        # space on the page ("compound.After", "talks.It") are kept. "By BEN LYNFIELD, REUTERS"
        # is the byline and agency credit (not actors).
    ],
    roles=[("Jordanian king", "abdullah_ii"), ("Jordan's King", "abdullah_ii"),
           ("Palestinian President", "mahmoud_abbas"), ("the king", "abdullah_ii"),
           ("Palestinian Foreign Minister", "riyad_al_maliki")],
)

A["dev_3310_chaves_biden_petro"] = dict(
    actors={
        "rodrigo_chaves": ["Rodrigo Chaves", "Chaves"],
        "joe_biden": ["Joe Biden"],
        "oscar_arias": ["Oscar Arias", "Arias Sánchez"],
        "george_w_bush": ["George W. Bush"],
        "gustavo_petro": ["Gustavo Petro"],
        "arnoldo_andre_tinoco": ["Arnoldo André Tinoco"],
        "manuel_tovar_rivera": ["Manuel Tovar Rivera"],
        "paula_bogantes": ["Paula Bogantes"],
        "jorge_rodriguez_vives": ["Jorge Rodríguez Vives"],
    },
    meetings=[
        # "Tomorrow, Tuesday, August 29, President Rodrigo Chaves will have the honor of meeting
        # with his counterpart, Joe Biden" (the welcome "in the Oval Office" at "the White House
        # in Washington D.C.": the same) -> planned, 2023-08-29, Washington (White House ->
        # Washington, as ANNOTATION.md).
        M(["rodrigo_chaves", "joe_biden"], "2023-08-29", "Washington", IP, P,
          "Tomorrow, Tuesday, August 29, President Rodrigo Chaves will have the honor of meeting with his counterpart, Joe Biden."),
        # "The last time this happened ... on December 6, 2006, when ... Oscar Arias, met with
        # George W. Bush" ("this" = a Costa Rican president welcomed in the Oval Office of the
        # White House) -> held, 2006-12-06, Washington (see the notes).
        M(["oscar_arias", "george_w_bush"], "2006-12-06", "Washington", IP, H,
          "The last time this happened was in the second Arias Sánchez administration (2006 – 2010), on December 6, 2006, when two-time President of Costa Rica, Oscar Arias, met with George W. Bush."),
        # "This morning, Monday, August 28, before heading for Washington D.C., Chaves will meet
        # with the president of Colombia, Gustavo Petro, who arrived in Costa Rica on Sunday" ->
        # planned (the article's perspective: "will meet"), 2023-08-28, Costa Rica (Petro's
        # arrival; no city in the text).
        M(["rodrigo_chaves", "gustavo_petro"], "2023-08-28", "Costa Rica", IP, P,
          "This morning, Monday, August 28, before heading for Washington D.C., Chaves will meet with the president of Colombia, Gustavo Petro, who arrived in Costa Rica on Sunday."),
        # Not rows: "the weekly press conference following a meeting of his cabinet" (a press
        # conference; a cabinet meeting with no named counterpart); the delegation's ministers
        # ("will include": accompanying, not participants); "not to accept the invitation" (the
        # invitation of the planned visit above). Removed: the search tool's " date 2023-08-28"
        # prefix, two "- Advertisement -" lines and the share widgets at the end ("Share this:
        # Share", "Print", "Twitter", "Telegram", "Tumblr", "Reddit", "Pocket", "Linked"). Kept:
        # "Oresident", "Chaves, also chose". The excerpt has no headline (it opens with
        # "QCOSTARICA —"); none was made up.
    ],
    roles=[("his counterpart", "joe_biden"), ("two-time President of Costa Rica", "oscar_arias"),
           ("the president of Colombia", "gustavo_petro"), ("the Foreign Minister", "arnoldo_andre_tinoco"),
           ("the Minister of Foreign Trade", "manuel_tovar_rivera"),
           ("the Minister of Science, Innovation, Technology and Telecommunications", "paula_bogantes"),
           ("the Minister of Communication and Liaison", "jorge_rodriguez_vives")],
)

_OV = ("FILE - Senate Minority Leader Mitch McConnell of Ky., Speaker of the House Kevin McCarthy of Calif., and Senate Majority Leader Sen. Chuck Schumer of N.Y., listen as President Joe Biden speaks before a meeting to discuss the debt limit in the Oval Office of the White House, Tuesday, May 9, 2023, in Washington.")
A["test_3311_biden_mccarthy_debt"] = dict(
    actors={
        "joe_biden": ["Joe Biden", "Biden"],
        "kevin_mccarthy": ["Kevin McCarthy", "McCarthy"],
        "mitch_mcconnell": ["Mitch McConnell"],
        "chuck_schumer": ["Chuck Schumer"],
        "white_house": ["White House"],
        "university_of_pennsylvania": ["University of Pennsylvania"],
        "us_treasury_department": ["Treasury Department"],
        "g7": ["Group of Seven"],
    },
    meetings=[
        # "he is meeting with Speaker Kevin McCarthy (R-Calif.) on Tuesday to resume talks"
        # ("Biden confirmed the meeting", "the first meeting between Biden and McCarthy since
        # then": the same) -> planned, 2023-05-16 (the Tuesday after the Monday of the byline),
        # place null (the text does not say where; the White House "has not yet officially
        # announced a meeting").
        M(["joe_biden", "kevin_mccarthy"], "2023-05-16", None, IP, P,
          "President Biden told reporters that he is meeting with Speaker Kevin McCarthy (R-Calif.) on Tuesday to resume talks about the debt limit and avoiding a default."),
        # Caption: McConnell, McCarthy and Schumer "listen as President Joe Biden speaks before a
        # meeting to discuss the debt limit in the Oval Office of the White House, Tuesday, May 9,
        # 2023, in Washington" ("Biden met with congressional leaders last Tuesday at the White
        # House": the same) -> a meeting of four named people -> one row per pair (guide), held,
        # 2023-05-09, Washington. All six required (the caption presents all four at the
        # meeting; the three congressional leaders are not a delegation of one side).
        M(["joe_biden", "kevin_mccarthy"], "2023-05-09", "Washington", IP, H, _OV),
        M(["joe_biden", "mitch_mcconnell"], "2023-05-09", "Washington", IP, H, _OV),
        M(["joe_biden", "chuck_schumer"], "2023-05-09", "Washington", IP, H, _OV),
        M(["mitch_mcconnell", "kevin_mccarthy"], "2023-05-09", "Washington", IP, H, _OV),
        M(["mitch_mcconnell", "chuck_schumer"], "2023-05-09", "Washington", IP, H, _OV),
        M(["kevin_mccarthy", "chuck_schumer"], "2023-05-09", "Washington", IP, H, _OV),
        # Not rows: "after scrapping a meeting scheduled for last Friday" (a meeting that did not
        # take place); the Group of Seven summit and the Quad Leaders' Summit (multilateral); the
        # "family lunch in Philadelphia" (unnamed family); Biden's remarks to reporters and
        # McCarthy's statement "on Monday" (statements); "congressional lawmakers" (unnamed).
        # Removed: the search tool's " date 2023-05-15" prefix, the site label "trending:" and
        # the section label "Administration" above the headline, and a trailing space. "Alex
        # Gangitano" (byline) and "AP Photo/Evan Vucci" (photo credit) are not actors.
    ],
    roles=[("Senate Minority Leader", "mitch_mcconnell"), ("Speaker of the House", "kevin_mccarthy"),
           ("Senate Majority Leader", "chuck_schumer"), ("the president", "joe_biden")],
)

_TK = ("Throughout his visit, Prime Minister Manet engaged in discussions with several high-ranking officials, including President Thongloun Sisoulith, Khambai Damlath, President of the Lao-Cambodia Friendship Association, and other key figures.")
A["dev_3312_hun_manet_laos_visit"] = dict(
    actors={
        "hun_manet": ["Hun Manet", "Manet"],
        "sonexay_siphandone": ["Sonexay Siphandone", "Sonexay"],
        "thongloun_sisoulith": ["Thongloun Sisoulith"],
        "khambai_damlath": ["Khambai Damlath"],
        "lao_cambodia_friendship_association": ["Lao-Cambodia Friendship Association"],
        "cambodian_ministry_of_mines_and_energy": ["Cambodian Ministry of Mines and Energy", "MME"],
        "chanthone_sitthixay": ["Chanthone Sitthixay"],
        "ptl_holding": ["PTL Holding Co., Ltd"],
    },
    meetings=[
        # "On the first day of his visit, Manet held official talks with Sonexay" (the visit "on
        # 25-26 March"; the signing ceremony the two "presided over" belongs to the same talks)
        # -> held, 2024-03-25 (the first day, with the year of publication), Laos (the talks'
        # city is not given; "Vientiane Capital" is named only for the dry port on 26 March).
        M(["hun_manet", "sonexay_siphandone"], "2024-03-25", "Laos", IP, H,
          "On the first day of his visit, Manet held official talks with Sonexay, discussing the significance of enhancing the longstanding ties between the neighboring countries."),
        # "engaged in discussions with several high-ranking officials, including President
        # Thongloun Sisoulith, Khambai Damlath, ..." -> separate discussions of the visit (a
        # list of officials met in turn, not one meeting; no Thongloun-Khambai pair), held, date
        # null (within "25-26 March"), Laos.
        M(["hun_manet", "thongloun_sisoulith"], None, "Laos", IP, H, _TK),
        M(["hun_manet", "khambai_damlath"], None, "Laos", IP, H, _TK),
        # "on 26 March, Prime Minister Manet visited the Thanaleng Dry Port in Vientiane Capital,
        # where Chanthone Sitthixay, Chairman of conglomerate PTL Holding Co., Ltd, proposed ...";
        # "Prime Minister Manet welcomed the proposal" -> held, 2024-03-26, Vientiane; optional
        # (a site visit at which a company chairman made a proposal; not presented as a meeting).
        M(["hun_manet", "chanthone_sitthixay"], "2024-03-26", "Vientiane", IP, H,
          "Furthermore, on 26 March, Prime Minister Manet visited the Thanaleng Dry Port in Vientiane Capital, where Chanthone Sitthixay, Chairman of conglomerate PTL Holding Co., Ltd, proposed the establishment of a logistics park and dry port in Cambodia.", False),
        # Not rows: "other key figures" (unnamed); "agreements previously reached by their
        # respective nations' leaders" (no specific meeting); the MoUs signed by the Cambodian
        # Ministry of Mines and Energy and "Lao entities" (signings, unnamed counterparts).
        # Removed: the search tool's " date 2024-03-27" prefix and the cut-off last sentence
        # ("Additionally, disc"). The excerpt has no headline (it opens with the body); none was
        # made up.
    ],
    roles=[("Cambodian Prime Minister", "hun_manet"), ("Lao Prime Minister", "sonexay_siphandone"),
           ("President of the Lao-Cambodia Friendship Association", "khambai_damlath"),
           ("Chairman of conglomerate PTL Holding Co., Ltd", "chanthone_sitthixay")],
)
