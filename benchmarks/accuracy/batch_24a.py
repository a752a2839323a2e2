"""Accuracy corpus, batch 24a: 5 new articles from the 1970s and 1980s (goal 12; time limit reached).

Counts before this batch (sources.csv plus the ARTICLES of every batch_*.py present, batch 24b not
counted, 600 distinct ids): 1970s Central Asia/Caucasus 0, Southeast Asia 6, Eastern Europe/Russia,
Oceania, South Asia and Western Europe 7, the others 8-9; 1980s Central Asia/Caucasus 6, Africa,
Eastern Europe/Russia, North America, Southeast Asia and Western Europe 7, the others 8-9; 1990s
Oceania 8, the others 9-10. Picks (under a 22-minute limit): 1970s Oceania twice (cell at 7) and East
Asia once (8); 1980s Oceania twice (8). No 1990s article (see the notes). Many candidate pages were
already in the corpus and were skipped before numbering (csmonitor 1980/0519 Giscard-Brezhnev,
songramernotebook Gandhi Moscow/London 1971, latimes 1988-08-03 Stepanakert, Papers Past CHP19730618,
CHP19770611, CHP19831003, CHP19830201, CHP19780222, CHP19771112). Collected with `search` (corpus
`pages`), annotated from the texts alone; the package was not run.

Split rule (fixed before annotating): numbered 1..12 in the order first found in this session's search
results (query order, then rank), pages already in the corpus skipped before numbering; positions 3, 7
and 11 are test, all others dev. Ids: `dev_46NN_<slug>` / `test_46NN_<slug>`.

M(participants, date, place, kind, status, evidence, required=True)
Evidence is the verbatim sentence (line breaks inside it replaced by single spaces).
"""

from annotations import H, IP, M, P, PH, VID  # noqa: F401

# (article_id, region, decade, outlet, url, published)
ARTICLES = [
    # Issue code CHP19810923 (a Wednesday); editorial. Planned meeting, no day -> null; place: the
    # text gives only the country ("while he is in New Zealand"). Region = host region (as 22a/23a).
    ("dev_4601_lee_muldoon_holiday_planned", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19810923.2.97", "1981-09-23"),
    # Issue code CHP19830930 (a Friday): "in Washington yesterday" = 1983-09-29. Both principals NZ/Australia -> Oceania.
    ("dev_4602_muldoon_keating_washington", "Oceania", "1980s", "The Press (Christchurch), via Papers Past", "https://paperspast.natlib.govt.nz/newspapers/CHP19830930.2.5", "1983-09-30"),
    # Issue code CHP19780623 (a Friday): Kakudo talks "earlier this week" -> date null. Talks in NZ -> Oceania.
    ("test_4603_muldoon_kakudo_japan_terms", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (NZPA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19780623.2.2", "1978-06-23"),
    # Issue code CHP19780522 (a Monday): meeting in Melbourne "last week" -> date null.
    ("dev_4604_muldoon_suzuki_melbourne", "Oceania", "1970s", "The Press (Christchurch), via Papers Past (PA)", "https://paperspast.natlib.govt.nz/newspapers/CHP19780522.2.36", "1978-05-22"),
    # Issue code CHP19790424 (a Tuesday); editorial. Talks "expected to last until tomorrow" (a range) -> null.
    ("dev_4605_talboys_tokyo_editorial", "East Asia", "1970s", "The Press (Christchurch), via Papers Past", "https://dynamic-rsnz.natlib.govt.nz/newspapers/CHP19790424.2.144", "1979-04-24"),
]

A = {}

A["dev_4601_lee_muldoon_holiday_planned"] = dict(
    actors={"lee_kuan_yew": ["Mr Lee Kuan Yew", "Lee Kuan Yew", "Mr Lee"], "robert_muldoon": ["Mr Muldoon"],
            "asean": ["Association of South-East Asian Nations"]},
    meetings=[
        M(["lee_kuan_yew", "robert_muldoon"], None, "New Zealand", IP, P,
          "He will have a meeting with the New Zealand Prime Minister, Mr Muldoon."),
        # Not rows: the Commonwealth Heads of Government meeting in Melbourne (plenary).
    ],
    roles=[("the Prime Minister of Singapore", "lee_kuan_yew"), ("the New Zealand Prime Minister", "robert_muldoon")],
)

A["dev_4602_muldoon_keating_washington"] = dict(
    actors={"robert_muldoon": ["Mr Muldoon", "Muldoon"], "paul_keating": ["Mr Paul Keating", "Mr Keating", "Keating"],
            "imf": ["International Monetary Fund"], "world_bank": ["World Bank"]},
    meetings=[
        M(["robert_muldoon", "paul_keating"], "1983-09-29", "Washington", IP, H,
          "The Tasman investment stalemate could soon be resolved after “amicable” talks between the Prime Minister, Mr Muldoon, and the Australian Treasurer, Mr Paul Keating, in Washington yesterday."),
        # Not rows: the IMF-World Bank meetings (multilateral).
    ],
    roles=[("the Prime Minister", "robert_muldoon"), ("the Australian Treasurer", "paul_keating")],
)

A["test_4603_muldoon_kakudo_japan_terms"] = dict(
    actors={"robert_muldoon": ["Mr Muldoon"], "kenichi_kakudo": ["Mr Kenichi Kakudo", "Mr Kakudo"],
            "ichiro_nakagawa": ["Mr Ichiro Nakagawa", "Mr Nakagawa"], "nzpa": ["N.Z.P.A.-Reuter"]},
    meetings=[
        # Kakudo with unnamed officials -> one named party; "earlier this week" -> null; place not stated.
        M(["kenichi_kakudo"], None, None, IP, H,
          "Mr Muldoon was speaking after studying a report on talks earlier this week between senior New Zealand officials and Mr Kenichi Kakudo, a counsellor in the Agriculture and Forestry Ministry who returned to Tokyo yesterday.", False),
        # Not rows: Muldoon's news conference; Nakagawa's possible visit ("before deciding whether to come
        # here", no counterpart named); the Canberra trade talks (no named parties); the Cabinet meeting.
    ],
    roles=[("The Prime Minister", "robert_muldoon"), ("the Minister of Agriculture", "ichiro_nakagawa")],
)

A["dev_4604_muldoon_suzuki_melbourne"] = dict(
    actors={"robert_muldoon": ["Mr Muldoon"], "zenko_suzuki": ["Mr Suzuki"], "robert_menzies": ["Sir Robert Menzies"],
            "national_party": ["National Party"]},
    meetings=[
        M(["robert_muldoon", "zenko_suzuki"], None, "Melbourne", IP, H,
          "He said he was placing great significance on an hourlong meeting in a Melbourne hotel room with a former Japanese Minister of Agriculture, Mr Suzuki."),
        # Not rows: the Menzies funeral; Muldoon's report to the party conference.
    ],
    roles=[("The Prime Minister", "robert_muldoon"), ("a former Japanese Minister of Agriculture", "zenko_suzuki")],
)

A["dev_4605_talboys_tokyo_editorial"] = dict(
    actors={"brian_talboys": ["Mr Brian Taiboys", "Mr Taiboys"], "masayoshi_ohira": ["Mr Ohira"], "takeo_fukuda": ["Mr Fukuda"],
            "liberal_democratic_party": ["Liberal Democratic Party"]},
    meetings=[
        # Counterparts not named (Ohira is not said to meet him) -> one-party planned row, optional.
        M(["brian_talboys"], None, "Tokyo", IP, P,
          "The political talks in Tokyo are expected to last until tomorrow.", False),
    ],
    roles=[("New Zealand’s Minister of Foreign Affairs", "brian_talboys")],
)
