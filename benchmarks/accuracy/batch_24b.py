"""Accuracy corpus, batch 24b: 12 new articles from the 2000s, 2010s and 2020s (four per decade),
chosen where sources.csv and the batch files were thinnest (region x decade cells counted over
sources.csv and the ARTICLES of every batch_*.py present before searching, 600 articles, batches
1-23b; batch 24a not counted). In these three decades the Africa, Central Asia/Caucasus, Middle
East and Eastern Europe/Russia 2000s cells had 11-12 articles; every other cell had 10. The picks
went to four 10-cells per decade, one region per decade each: East Asia, Latin America, Oceania
and Southeast Asia (all 10 -> 11). Collected with the `search` tool (corpus `pages`) and annotated
from the texts alone, BEFORE the package was run on them (the package has not been run on this
batch). Conventions: ANNOTATION.md and /work/shared/ANNOTATION-GUIDE.md. Notes: batch_24b_NOTES.md.

Split rule (fixed before annotating, as given in the brief for this batch, the same as batches
5a-23b): the articles are numbered 1..12 in the order they were first found in this session's
search results (the query in which each first appeared, then its rank in that query), after
skipping pages already in the corpus; positions 3, 7 and 11 are test, all others dev. Ids:
`dev_47NN_<slug>` / `test_47NN_<slug>`, NN = collection position (01..12).

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
Aliases are written as they stand in the text (typos included).
"""


from annotations import H, IP, M, P, PH, VID  # noqa: F401 (the same row helpers)

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Date line "June 22, 2005" (a Wednesday): "yesterday" = 2005-06-21.
    ("dev_4701_arroyo_yudhoyono_manila", "Southeast Asia", "2000s", "Philippine Daily Inquirer, via spratlys.org", "http://spratlys.org/news/june05/22a.htm", "2005-06-22"),
    # No date line in the excerpt; the URL has 2007/02/15 (a Thursday): "on Friday" = 2007-02-16.
    ("dev_4702_howard_clark_wellington", "Oceania", "2000s", "The Sydney Morning Herald (smh.com.au; AAP)", "http://www.smh.com.au/news/National/Pacific-problems-on-Howards-NZ-agenda/2007/02/15/1171405341539.html", "2007-02-15"),
    # Date line "Posted June. 15, 2005" (a Wednesday); the summit "on June 20" = 2005-06-20.
    ("test_4703_roh_koizumi_seoul_planned", "East Asia", "2000s", "The Dong-a Ilbo (donga.com)", "https://www.donga.com/en/article/all/20050615/241872/1", "2005-06-15"),
    # No date line in the excerpt; the URL has 2010/04/06 (a Tuesday): "Monday" = 2010-04-05.
    ("dev_4704_fernandez_mujica_olivos", "Latin America", "2010s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2010/04/06/cfk-and-mujica-discuss-bolivian-gas-and-the-botnia-pulp-mill-ruling", "2010-04-06"),
    # No date line in the excerpt; the URL has 2006/11/04 (a Saturday): "today" = 2006-11-04.
    ("dev_4705_zapatero_kirchner_vazquez_montevideo", "Latin America", "2000s", "MercoPress (en.mercopress.com)", "https://en.mercopress.com/2006/11/04/spanish-prime-minister-wants-to-broker-buenos-aires-montevideo-truce-in-pul", "2006-11-04"),
    # No date line; the URL gives only 2018/03 (no day): "yesterday" cannot be resolved -> date
    # null. Published left empty at integration: the loader reads ISO days only (see the notes).
    ("dev_4706_oneill_bishop_port_moresby", "Oceania", "2010s", "Post Courier, via onepng.com", "https://www.onepng.com/2018/03/png-pm-oneill-meets-bishop.html", ""),
    # Date line "Oct. 28" (Kyodo; the page's stamp 10/29/2015); 2015-10-28 is a Wednesday:
    # "Sunday" = 2015-11-01, "Monday" = 2015-11-02.
    ("test_4707_abe_park_li_seoul_planned", "East Asia", "2010s", "Kyodo, via OANA (oananews.org)", "http://www.oananews.org/content/news/politics/japan-china-s-korea-hold-1st-summit-over-3-yrs", "2015-10-28"),
    # No date line in the excerpt or the URL. Published = 2017-04-28 (a Friday), taken from the
    # PCO joint press statement of the same meeting dated "28 April 2017" (same query's results)
    # -- derived, doubtful; the meeting's date is left null (see the notes).
    ("dev_4708_duterte_widodo_malacanang", "Southeast Asia", "2010s", "The Manila Times (manilatimes.net)", "http://www.manilatimes.net/duterte-widodo-unite-vs-terrorism-narcotics/324595/", "2017-04-28"),
    # The search result's date 2023-05-31 and the text's "this Wednesday (May 31, 2023)";
    # "On Tuesday (30.May.2023)"; "On Monday" = 2023-05-29.
    ("dev_4709_lula_petro_alvorada", "Latin America", "2020s", "Pledge Times (pledgetimes.com)", "https://pledgetimes.com/lula-receives-president-of-colombia-at-alvorada/", "2023-05-31"),
    # The search result's date 2023-01-18 (a Wednesday); the text's "Tuesday, January 17, 2023";
    # "last Thursday" = 2023-01-12, "On Friday" = 2023-01-13.
    ("dev_4710_marape_albanese_visit", "Oceania", "2020s", "Loop PNG (looppng.com)", "https://www.looppng.com/png-news/marape-thanks-aust-assistance-116834", "2023-01-18"),
    # The search result's date and the URL give 2023-11-17 (a Friday): "on Thursday" = 2023-11-16.
    ("test_4711_kishida_yoon_san_francisco", "East Asia", "2020s", "The Japan News (Yomiuri; japannews.yomiuri.co.jp)", "https://japannews.yomiuri.co.jp/world/asia-pacific/20231117-150153/", "2023-11-17"),
    # Date line "Dec 23" and the search result's date 2024-12-23 (a Monday): "Thursday (Dec 26)"
    # = 2024-12-26.
    ("dev_4712_anwar_prabowo_postponed", "Southeast Asia", "2020s", "Malay Mail (malaymail.com; Bernama)", "https://www.malaymail.com/news/malaysia/2024/12/23/pm-anwars-meeting-with-prabowo-in-langkawi-delayed-as-indonesian-president-falls-ill/160858", "2024-12-23"),
]

A = {}

A["dev_4701_arroyo_yudhoyono_manila"] = dict(
    actors={
        "gloria_macapagal_arroyo": ["Gloria Macapagal-Arroyo", "Arroyo"],
        "susilo_bambang_yudhoyono": ["Susilo Bambang Yudhoyono", "SBY", "Yudhoyono"],
        "philippine_daily_inquirer": ["Philippine\nDaily Inquirer"],
        "inquirer_news_service": ["Inquirer News Service"],
    },
    meetings=[
        # "yesterday assured visiting Indonesian President ..." / "during her bilateral meeting
        # with Yudhoyono" (the same meeting) -> held, 2005-06-21; place Manila ("visiting";
        # "Manila would do its best"; the dateline city of the Inquirer).
        M(["gloria_macapagal_arroyo", "susilo_bambang_yudhoyono"], "2005-06-21", "Manila", IP, H,
          "The President gave the assurance during her bilateral meeting with Yudhoyono as she urged that Manila and Jakarta strengthen their links in fighting terrorism and piracy in their waters."),
        # Not rows: the abduction (not a meeting). "By Christine O. Avendaño" is the byline
        # (left out). Removed: everything after Arroyo's quote (cut off in the excerpt). Kept:
        # the page's hard line breaks.
    ],
    roles=[("Indonesian\nPresident", "susilo_bambang_yudhoyono"), ("The President", "gloria_macapagal_arroyo")],
)

A["dev_4702_howard_clark_wellington"] = dict(
    actors={
        "john_howard": ["John Howard", "Mr Howard"],
        "helen_clark": ["Helen Clark", "Ms Clark", "Clark"],
        "barack_obama": ["Barack Obama", "Obama"],
        "al_qaeda": ["al-Qaeda"],
    },
    meetings=[
        # "ahead of talks with New Zealand Prime Minister Helen Clark on Friday" -> planned,
        # 2007-02-16, Wellington.
        M(["john_howard", "helen_clark"], "2007-02-16", "Wellington", IP, P,
          "Two people were arrested as about 50 anti-war demonstrators staged a noisy protest as Mr Howard arrived in Wellington, ahead of talks with New Zealand Prime Minister Helen Clark on Friday."),
        # "Premier House - Ms Clark's Wellington residence where she greeted Mr Howard" -> held
        # (the welcome on arrival), date null (the day of arrival is not stated), Wellington;
        # optional (a greeting, part of the same visit).
        M(["helen_clark", "john_howard"], None, "Wellington", IP, H,
          "The protesters blocked the street outside Premier House - Ms Clark's Wellington residence where she greeted Mr Howard - capping off a week that has been full of Iraq controversy for the Australian prime minister.", False),
        # Not rows: Howard's attack on Obama (a statement). Removed: the site lines ("We're
        # sorry ...", "Advertisement", "This was published 17 years ago", a repeated headline) and
        # the paragraphs after the Obama paragraph (cut off in the excerpt).
    ],
    roles=[("Australian Prime Minister", "john_howard"), ("New Zealand Prime Minister", "helen_clark"),
           ("the Australian prime minister", "john_howard")],
)

A["test_4703_roh_koizumi_seoul_planned"] = dict(
    actors={
        "roh_moo_hyun": ["Roh Moo-hyun"],
        "junichiro_koizumi": ["Junichiro Koizumi", "Prime Minister Koizumi"],
        "kim_man_soo": ["Kim Man-soo"],
        "cheong_wa_dae": ["Cheong Wa Dae"],
    },
    meetings=[
        # "will have a summit in Seoul on June 20" -> planned, 2005-06-20, Seoul.
        M(["roh_moo_hyun", "junichiro_koizumi"], "2005-06-20", "Seoul", IP, P,
          "The Korean and Japanese governments officially announced yesterday that President Roh Moo-hyun and Japanese Prime Minister Junichiro Koizumi will have a summit in Seoul on June 20."),
        # Not rows: Cheong Wa Dae spokesman's announcement (a statement). Removed: "Go to
        # contents" and the paragraphs after "on June 21." (the lunch meeting with unnamed party
        # chairpersons etc.; cut for length under the time limit).
    ],
    roles=[("Japanese Prime Minister", "junichiro_koizumi"), ("Cheong Wa Dae spokesman", "kim_man_soo")],
)

A["dev_4704_fernandez_mujica_olivos"] = dict(
    actors={
        "cristina_fernandez_de_kirchner": ["Cristina Fernández de Kirchner", "CFK", "Mrs. Kirchner"],
        "jose_mujica": ["José Mujica", "Mujica"],
        "nestor_kirchner": ["Néstor Kirchner"],
        "jorge_taiana": ["Jorge Taiana", "Taiana"],
        "evo_morales": ["Evo Morales"],
        "unasur": ["South American Nation's Union", "UNASUR"],
        "botnia": ["Botnia"],
    },
    meetings=[
        # "met Monday afternoon during a surprise visit to the Olivos presidential residence in
        # Buenos Aires" -> held, 2010-04-05, Buenos Aires.
        M(["cristina_fernandez_de_kirchner", "jose_mujica"], "2010-04-05", "Buenos Aires", IP, H,
          "Argentine president Cristina Fernández de Kirchner, CFK and her Uruguayan counterpart José Mujica met Monday afternoon during a surprise visit to the Olivos presidential residence in Buenos Aires."),
        # "Mujica had already held conversations with Bolivian President Evo Morales last week"
        # -> held, date null ("last week"), place null; kind in person assumed (not stated).
        M(["jose_mujica", "evo_morales"], None, None, IP, H,
          "According to Taiana, the rush was due to Uruguay's intentions of buying gas from Bolivia, which, due to the characteristics of the pipelines, must pass through Argentina; Mujica had already held conversations with Bolivian President Evo Morales last week."),
        # Not rows: the planned meeting of the three countries' energy ministers (unnamed; also
        # removed); the Hague ruling. Removed: the "According to sources" paragraph and the text
        # after the Morales paragraph (cut for length / cut off in the excerpt).
    ],
    roles=[("Argentine president", "cristina_fernandez_de_kirchner"), ("her Uruguayan counterpart", "jose_mujica"),
           ("the Uruguayan leader", "jose_mujica"), ("his Argentine counterpart", "cristina_fernandez_de_kirchner"),
           ("Bolivian President", "evo_morales"), ("Chancellor", "jorge_taiana"), ("The Chancellor", "jorge_taiana")],
)

A["dev_4705_zapatero_kirchner_vazquez_montevideo"] = dict(
    actors={
        "jose_luis_rodriguez_zapatero": ["José Luis Rodríguez Zapatero", "Rodríguez Zapatero"],
        "kofi_annan": ["Kofi Annan"],
        "nestor_kirchner": ["Néstor Kirchner", "Kirchner"],
        "reinaldo_gargano": ["Reinaldo Gargano"],
        "tabare_vazquez": ["Tabaré Vázquez"],
        "juan_carlos": ["King Juan Carlos II"],
    },
    meetings=[
        # "Kofi Annan, who will meet with President Néstor Kirchner today" -> planned,
        # 2006-11-04, Montevideo (the summit city).
        M(["kofi_annan", "nestor_kirchner"], "2006-11-04", "Montevideo", IP, P,
          "At yesterday's opening ceremony, UN Secretary-General Kofi Annan, who will meet with President Néstor Kirchner today, praised the leaders for resolving to make progress on growing illegal immigration in an increasingly mobile world community."),
        # "Kirchner is scheduled to meet with Rodríguez Zapatero today" ("before meeting with
        # Kirchner at noon": the same) -> planned, 2006-11-04, Montevideo.
        M(["nestor_kirchner", "jose_luis_rodriguez_zapatero"], "2006-11-04", "Montevideo", IP, P,
          "Kirchner is scheduled to meet with Rodríguez Zapatero today but does not have a meeting arranged with his Uruguayan counter part yet."),
        # "The Spanish prime minister is to meet with President Tabaré Vázquez before meeting
        # with Kirchner at noon" -> planned, 2006-11-04 (same day), Montevideo.
        M(["jose_luis_rodriguez_zapatero", "tabare_vazquez"], "2006-11-04", "Montevideo", IP, P,
          "The Spanish prime minister is to meet with President Tabaré Vázquez before meeting with Kirchner at noon."),
        # Not rows: Kirchner-Vázquez (Gargano only "hopes" they can speak; "does not have a
        # meeting arranged" -> not planned); the summit's opening ceremony (plenary). Removed:
        # the "Eight of 19 Latin American leaders" and "Enrique Iglesias" paragraphs, the
        # Zapatero quote paragraph, and the text after the Vázquez sentence (cut for length /
        # cut off in the excerpt).
    ],
    roles=[("Spanish Prime Minister", "jose_luis_rodriguez_zapatero"), ("UN Secretary-General", "kofi_annan"),
           ("Uruguayan Foreign Minister", "reinaldo_gargano"), ("The Spaniard", "jose_luis_rodriguez_zapatero"),
           ("The Spanish prime minister", "jose_luis_rodriguez_zapatero")],
)

A["dev_4706_oneill_bishop_port_moresby"] = dict(
    actors={
        "peter_oneill": ["Peter O’Neill", "O’Neill", "Mr O’Neill"],
        "julie_bishop": ["Julie Bishop", "Bishop", "Foreign Minister Bishop"],
        "malcolm_turnbull": ["Prime Minister Turnbull"],
        "apec": ["APEC"],
    },
    meetings=[
        # "Mr O'Neill met with visiting Foreign Minister Julie Bishop immediately after arrival
        # ... in Port Moresby" -> held, date null (published day unknown), Port Moresby.
        M(["peter_oneill", "julie_bishop"], None, "Port Moresby", IP, H,
          "Mr O’Neill met with visiting Foreign Minister Julie Bishop immediately after arrival from Australia in Port Moresby to discuss a wealth of issues high on agenda – earthquake assistance, APEC 2018, Manus and the bilateral relationship."),
        # Not rows: Turnbull and Bishop "returning to Port Moresby for the APEC Summit in
        # November" (a multilateral summit, no bilateral stated). Removed: "Header Ads", the
        # paragraphs after the APEC sentence, and "Post Courier/ONE PNG / Powered by Blogger."
    ],
    roles=[("Prime Minister", "peter_oneill"), ("Foreign Minister", "julie_bishop")],
)

_KY = ("Japanese Prime Minister Shinzo Abe and South Korean President Park Geun Hye will hold their first one-on-one meeting Monday, and Abe plans to have separate talks Sunday with Chinese Premier Li Keqiang, the Japanese government said.")
_TS = ("SEOUL/TOKYO, Oct. 28 Kyodo - Leaders of Japan, China and South Korea will meet Sunday in Seoul in what will be the first trilateral summit in three and a half years, the South Korean government said Wednesday.")
A["test_4707_abe_park_li_seoul_planned"] = dict(
    actors={
        "shinzo_abe": ["Shinzo Abe", "Abe"],
        "park_geun_hye": ["Park Geun Hye", "Park"],
        "li_keqiang": ["Li Keqiang"],
        "kyodo": ["Kyodo"],
    },
    meetings=[
        # "will hold their first one-on-one meeting Monday" -> planned, 2015-11-02, Seoul (the
        # summit city; the one-on-one's place is not restated).
        M(["shinzo_abe", "park_geun_hye"], "2015-11-02", "Seoul", IP, P, _KY),
        # "Abe plans to have separate talks Sunday with Chinese Premier Li Keqiang" -> planned,
        # 2015-11-01, Seoul.
        M(["shinzo_abe", "li_keqiang"], "2015-11-01", "Seoul", IP, P, _KY),
        # The trilateral summit "Sunday in Seoul" (three named leaders only by country here:
        # "Leaders of Japan, China and South Korea") -> Park-Li pair optional; the Abe pairs are
        # the rows above.
        M(["park_geun_hye", "li_keqiang"], "2015-11-01", "Seoul", IP, P, _TS, False),
        # Not rows: Abe "speaking to reporters" (a statement); Park's rebuffing of talks (refused).
        # Removed: the "ID / Auther" lines and the paragraphs after Abe's cooperation remark,
        # except the "Since taking office" sentence (cut for length).
    ],
    roles=[("Japanese Prime Minister", "shinzo_abe"), ("South Korean President", "park_geun_hye"),
           ("Chinese Premier", "li_keqiang")],
)

A["dev_4708_duterte_widodo_malacanang"] = dict(
    actors={
        "rodrigo_duterte": ["Rodrigo Duterte", "Duterte"],
        "joko_widodo": ["Joko Widodo", "Jokowi", "Widodo"],
        "asean": ["Association of Southeast Asian Nations", "Asean"],
    },
    meetings=[
        # "Duterte and Widodo held a “restricted meeting” and a bilateral meeting" ("as he met
        # with Indonesian President Joko Widodo" on Friday: the same) -> held; date null (the
        # publication day is not in the text; see the notes), place Manila (Malacañang; "in the
        # country ... in Manila").
        M(["rodrigo_duterte", "joko_widodo"], None, "Manila", IP, H,
          "After the welcome ceremony, Duterte and Widodo held a “restricted meeting” and a bilateral meeting at the Palace’s Aguinaldo State Dining Room."),
        # Not rows: the 30th Asean Summit (multilateral). Removed: the caption credit "PHOTO BY
        # RENE H. DILAN", the site's newsletter box, and the joint-statement paragraphs.
    ],
    roles=[("Indonesian President", "joko_widodo"), ("The Indonesian leader", "joko_widodo")],
)

A["dev_4709_lula_petro_alvorada"] = dict(
    actors={
        "luiz_inacio_lula_da_silva": ["Luiz Inacio Lula da Silva", "Lula"],
        "gustavo_petro": ["Gustavo Petro"],
        "alberto_fernandez": ["Alberto Fernández"],
        "irfaan_ali": ["Irfaan Ali"],
        "nicolas_maduro": ["Nicolás Maduro"],
        "workers_party_brazil": ["PT"],
    },
    meetings=[
        # "receives this Wednesday (May 31, 2023) his counterpart from Colombia, Gustavo Petro,
        # at the Alvorada Palace" ("arrived at the venue at 9:26 am for a bilateral meeting") ->
        # held, 2023-05-31, place Brazil (no city in the text; "came to Brazil").
        M(["luiz_inacio_lula_da_silva", "gustavo_petro"], "2023-05-31", "Brazil", IP, H,
          "The president Luiz Inacio Lula da Silva (PT) receives this Wednesday (May 31, 2023) his counterpart from Colombia, Gustavo Petro, at the Alvorada Palace, the official residence of the Presidency."),
        # "Also on Tuesday, Lula held two other bilateral meetings: with ... Fernández, and with
        # ... Ali" -> two held rows, 2023-05-30, place null.
        M(["luiz_inacio_lula_da_silva", "alberto_fernandez"], "2023-05-30", None, IP, H,
          "Also on Tuesday, Lula held two other bilateral meetings: with the presidents of Argentina, Alberto Fernández, and with the president of Guyana, Irfaan Ali."),
        M(["luiz_inacio_lula_da_silva", "irfaan_ali"], "2023-05-30", None, IP, H,
          "Also on Tuesday, Lula held two other bilateral meetings: with the presidents of Argentina, Alberto Fernández, and with the president of Guyana, Irfaan Ali."),
        # "On Monday, Lula received the President of Venezuela, Nicolás Maduro" -> held,
        # 2023-05-29, place null.
        M(["luiz_inacio_lula_da_silva", "nicolas_maduro"], "2023-05-29", None, IP, H,
          "On Monday, Lula received the President of Venezuela, Nicolás Maduro, with state visit honors."),
        # Not rows: the meeting of South American presidents on Tuesday (multilateral; "9 other
        # countries" unnamed). Removed: the sentence on Peru's Prime Minister Otárola (cut for
        # length).
    ],
    roles=[("his counterpart from Colombia", "gustavo_petro"), ("the President of Venezuela", "nicolas_maduro"),
           ("the president of Guyana", "irfaan_ali")],
)

A["dev_4710_marape_albanese_visit"] = dict(
    actors={
        "james_marape": ["James Marape", "Marape", "PM Marape"],
        "anthony_albanese": ["Anthony Albanese", "PM Albanese"],
        "michael_somare": ["Sir Michael Thomas Somare"],
    },
    meetings=[
        # "the recent visit by Australian Prime Minister, Anthony Albanese" (a visit to Marape's
        # country; "bilateral meetings and visits ... this one was historic") -> held, date null
        # (the visit's days are not all given), place null; required.
        M(["james_marape", "anthony_albanese"], None, None, IP, H,
          "Prime Minister James Marape said this on Tuesday, January 17, 2023, when commenting on the recent visit by Australian Prime Minister, Anthony Albanese."),
        # "We had an official farewell and send-off in Wewak" (Albanese "On Friday ... visited
        # Wewak") -> held, 2023-01-13, Wewak; optional (part of the same visit).
        M(["james_marape", "anthony_albanese"], "2023-01-13", "Wewak", IP, H,
          "“We had an official farewell and send-off in Wewak, and he made a transition out of Port Moresby (back to Australia).”", False),
        # Not rows: Marape's letter thanking Albanese (a letter); Albanese's address to
        # Parliament "last Thursday" (a speech); paying respects to the late Somare. Removed:
        # the paragraphs "Australia is committed ...", "If you listened ...", "PM Albanese also
        # talked ...", "He said he would present ..." and the MPs quote (cut for length).
    ],
    roles=[("Australian Prime Minister", "anthony_albanese"), ("Prime Minister", "james_marape")],
)

A["test_4711_kishida_yoon_san_francisco"] = dict(
    actors={
        "fumio_kishida": ["Fumio Kishida", "Kishida"],
        "yoon_suk_yeol": ["Yoon Suk Yeol", "Yoon"],
    },
    meetings=[
        # "During their 35-minute meeting in San Francisco" ("talks in San Francisco on
        # Thursday") -> held, 2023-11-16, San Francisco.
        M(["fumio_kishida", "yoon_suk_yeol"], "2023-11-16", "San Francisco", IP, H,
          "SAN FRANCISCO — Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol on Thursday confirmed their intention to work bilaterally and trilaterally with the United States to ensure security in East Asia, with an eye on such issues as North Korea’s nuclear weapons and missile development."),
        # Not rows: "seventh time for the two leaders to meet this year" (a count); Yoon's visit
        # to Japan "in March" (month only, no counterpart stated). Removed: the photo credit
        # "Masamine Kawaguchi / The Yomiuri Shimbun" and the Kishida quote paragraphs (cut).
    ],
    roles=[("South Korean President", "yoon_suk_yeol"), ("Prime Minister", "fumio_kishida")],
)

A["dev_4712_anwar_prabowo_postponed"] = dict(
    actors={
        "anwar_ibrahim": ["Datuk Seri Anwar Ibrahim", "Anwar"],
        "prabowo_subianto": ["Prabowo Subianto", "Prabowo", "President Prabowo"],
        "thaksin_shinawatra": ["Thaksin Shinawatra", "Thaksin"],
        "asean": ["Asean"],
    },
    meetings=[
        # "A scheduled meeting ... set to take place in Langkawi today has been postponed"
        # ("Prabowo requested a few days' postponement"; "continue with the planned meeting") ->
        # still planned, date null (new date not given), Langkawi.
        M(["anwar_ibrahim", "prabowo_subianto"], None, "Langkawi", IP, P,
          "KUALA LUMPUR, Dec 23 — A scheduled meeting between Prime Minister Datuk Seri Anwar Ibrahim and Indonesian President Prabowo Subianto, which was set to take place in Langkawi today has been postponed."),
        # "he is scheduled to meet former Thai Prime Minister Thaksin Shinawatra in Langkawi on
        # Thursday (Dec 26)" -> planned, 2024-12-26, Langkawi.
        M(["anwar_ibrahim", "thaksin_shinawatra"], "2024-12-26", "Langkawi", IP, P,
          "The Prime Minister also said that he is scheduled to meet former Thai Prime Minister Thaksin Shinawatra in Langkawi on Thursday (Dec 26)."),
        # Not rows: the press conference in Subang (a statement); the Facebook post. Removed:
        # the paragraphs after "within Asean." (cut for length).
    ],
    roles=[("Prime Minister", "anwar_ibrahim"), ("Indonesian President", "prabowo_subianto"),
           ("former Thai Prime Minister", "thaksin_shinawatra"), ("The Prime Minister", "anwar_ibrahim")],
)
