"""Tests for corpus loading, decoding, boilerplate cleaning, titles and publication dates."""

from __future__ import annotations

import json
import random
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from analysis.extract.corpus import (
    DUPLICATE_MIN_WORDS,
    LINE_PATTERNS,
    MIN_LIST_RUN,
    PARTIAL_REASONS,
    REPEAT_MAX_WORDS,
    SHORT_FRAGMENT_MAX_WORDS,
    CorpusError,
    clean_lines,
    find_headline,
    line_key,
    load_corpus,
    parse_date,
    published_from_text,
    repeated_lines,
)
from analysis.extract.corpus.published import date_from_url, year_from_url
from analysis.extract.pipeline import analyse_article, article_anchors
from analysis.tables import ARTICLE_COLUMNS, REMOVED_COLUMNS, REPORT_COLUMNS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
BODY = "Lukashenko met Putin in Sochi on Monday, the Kremlin said in a statement."
BODY_2 = "The two leaders discussed a loan of 1.5 billion dollars and closer integration."
CYRILLIC = "Александр Лукашенко встретился с Владимиром Путиным в Сочи."


def reasons_of(lines: list[str], repeated: frozenset[str] = frozenset()) -> dict[str, str]:
    """Removed text -> reason."""
    return {text: reason for _, text, reason in clean_lines(lines, repeated)[1]}


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def article(corpus, article_id: str) -> pd.Series:
    rows = corpus.articles[corpus.articles["article_id"] == article_id]
    assert len(rows) == 1, f"{article_id} not found once in {list(corpus.articles['article_id'])}"
    return rows.iloc[0]


def report_row(corpus, name: str) -> pd.Series:
    rows = corpus.report[corpus.report["path"].str.endswith(name)]
    assert len(rows) == 1, f"{name} not reported once: {list(corpus.report['path'])}"
    return rows.iloc[0]


# --------------------------------------------------------------------------------------------
# Boilerplate families, on text written for the tests
# --------------------------------------------------------------------------------------------

FAMILY_CASES = [
    ("short_fragment", ["Most Shared", "Watch Live", "Editors' Picks", "Opinion"]),
    ("markup", ["ad_slot_top", "sidebar_widget main"]),
    ("separator", ["***", "— — —", "– ."]),
    ("breadcrumb", ["Home > News > Belarus", "News » Europe » Minsk protests enter sixth week"]),
    ("promo", [
        "Sign up for our daily newsletter",
        "Subscribe to our Telegram channel for the latest updates",
        "We use cookies to improve your experience. Accept all cookies",
        "Download our free app for breaking news",
        "Follow us on Twitter",
        "Leave a Reply",
        "Read more: Lukashenko says he will not step down",
        "Share this article",
    ]),
    ("legal_notice", [
        "© 2020 Minsk Daily. All rights reserved.",
        "Copyright 2020 Example Media Group.",
        'Meduza has been designated a "foreign agent" by the Russian Justice Ministry.',
        "Readers in Belarus should note that you may face prosecution for reposting this.",
        "Reproduction of this material is prohibited without written permission.",
        "Terms of Use | Privacy Policy",
    ]),
    ("photo_caption", [
        "Protesters in Minsk on Sunday. Photo: Reuters",
        "Alexander Lukashenko (file photo)",
        "Riot police in Minsk. Tut Sergeyev / AFP",  # a longer caption keeps its text
        "Vasily Fedosenko / Reuters",
        "Image credit: BelTA",
    ]),
    ("byline", [
        "By Yuras Karmanau",
        "By Daria Litvinova and Jim Heintz, Associated Press",
        "April 04, 1987|By Howard Witt, Chicago Tribune.",
        "By Harry Tamrazian in Prague and Emil Danielyan",  # where the reporter writes from
        "By Elena Kosolapova – Trend:",
        "(With inputs from agencies)",
        "(With PTI inputs)",
        "AP contributed to this report.",
        "Additional reporting by Jane Doe; editing by John Roe",
    ]),
    ("cable_header", [
        "CONFIDENTIAL",
        "PAGE 01 LUSAKA 02349 090732Z",
        "ACTION AF-04",
        "INFO OCT-01 SS-14 ISO-00 INR-05 SP-02 IO-03 PRS-01 L-01",
        "R 081600Z NOV 74",
        "FM AMEMBASSY LUSAKA",
        "TO SECSTATE WASHDC 931",
        "AMCONSUL CAPE TOWN",
        "E.O. 11652: GDS",
        "TAGS: PFOR, OVIP (EASUM), ZA, SA",
    ]),
    ("dateline", [
        "Minsk, 14 September 2020",
        "Posted on September 2, 2020 by admin",
        "Last updated: 2020-09-14 12:30 MSK",
    ]),
]


@pytest.mark.parametrize(("family", "boilerplate"), FAMILY_CASES)
def test_each_family_removes_its_lines_and_keeps_the_body(family, boilerplate):
    lines = [BODY, *boilerplate, BODY_2]
    kept, removed = clean_lines(lines)
    assert kept == [BODY, BODY_2]
    assert {text: reason for _, text, reason in removed} == {line: family for line in boilerplate}


def test_every_pattern_family_is_covered_by_a_test():
    assert set(LINE_PATTERNS) <= {family for family, _ in FAMILY_CASES}


@pytest.mark.parametrize("body", [
    "By Monday, the crowd in Minsk had grown to more than 100,000 people.",
    "He said he did not subscribe to the idea that sanctions would work.",
    "The opposition leader wrote in her newsletter that the vote was rigged.",
    "Putin congratulated Lukashenko on his victory on 9 August 2020.",
    "Lukashenko's office posted on 14 September 2020.",
    "Putin posted on 14 September 2020 a video.",
    "Protests in Minsk",  # a subheading is content
    "Lukashenko and Putin / Kremlin talks",  # lower-case words: not a photo credit
    "Belarus has been declared the winner of the regional football cup by the federation.",
    "SUBJECT: MEETING WITH PRESIDENT KAUNDA",  # a cable's subject says what it reports
])
def test_body_lines_that_resemble_boilerplate_are_kept(body):
    kept, removed = clean_lines([BODY, body])
    assert kept == [BODY, body]
    assert removed == []


def test_a_short_line_a_lower_case_line_continues_is_a_wrapped_sentence():
    lines = [BODY, "Mr. Wickremesinghe", "is also expected to meet Tony Blair in London soon.",
             "Most Shared", "Opinion"]
    kept, removed = clean_lines(lines)
    assert kept[:3] == lines[:3]
    assert [reason for _, _, reason in removed] == ["short_fragment", "short_fragment"]


def test_short_fragment_edge():
    at_limit = " ".join(["Trending"] * SHORT_FRAGMENT_MAX_WORDS)
    above = " ".join(["Trending"] * (SHORT_FRAGMENT_MAX_WORDS + 1))
    assert reasons_of([BODY, at_limit, above]) == {at_limit: "short_fragment"}


def test_numbered_headline_block_is_removed_with_its_header():
    lines = [
        BODY, "Top Stories", "1", "Protests Continue In Minsk For Sixth Week",
        "2'We Will Not Give Up': Opposition Leader Speaks Out", "3Kremlin Says Talks Went Well",
        "4. What Next For Belarus?", BODY_2,
    ]
    kept, removed = clean_lines(lines)
    assert kept == [BODY, BODY_2]
    assert [reason for _, _, reason in removed] == ["short_fragment"] + ["numbered_list"] * 5


def test_numbered_run_shorter_than_the_minimum_is_kept():
    items = [f"{n}Headline About Belarus Number {n}" for n in range(1, MIN_LIST_RUN)]
    assert clean_lines([BODY, *items])[0] == [BODY, *items]
    items.append(f"{MIN_LIST_RUN}Headline About Belarus Number {MIN_LIST_RUN}")
    assert clean_lines([BODY, *items])[0] == [BODY]


def test_numbered_sentences_are_content():
    demands = [
        "1. The opposition demands new elections.",
        "2. Political prisoners must be released.",
        "3. Those responsible for violence must be punished.",
    ]
    assert clean_lines([BODY, *demands])[0] == [BODY, *demands]


def test_bulleted_link_list_is_removed_but_bulleted_sentences_stay():
    links = ["• Lukashenko In Sochi", "• Kremlin Loan Explained", "• Who Is Maria Kolesnikova"]
    points = ["- Putin promised a loan.", "- Troops stay home.", "- Talks will go on."]
    kept, removed = clean_lines([BODY, *links, *points])
    assert kept == [BODY, *points]
    assert {reason for _, _, reason in removed} == {"bulleted_list"}


def test_bulleted_parts_of_a_sentence_a_colon_introduces_stay():
    people = ["• Wilbur Ross, Secretary of Commerce;", "• Sonny Perdue, Secretary of Agriculture;",
              "• Pat Toomey, Senator for Pennsylvania;"]
    kept, removed = clean_lines([BODY, "He met with:", *people])
    assert kept == [BODY, "He met with:", *people] and removed == []
    # items a colon introduces that are not parts of a sentence are still a link list
    projects = ["• a South American oil giant", "• a continental state bank",
                "• a pan-Latin American TV channel"]
    kept, _ = clean_lines([BODY, "He sought backing for some projects:", *projects])
    assert kept == [BODY, "He sought backing for some projects:"]


def test_layout_marks_are_blanked_in_a_loaded_text(tmp_path):
    line = "§ The President, Mr. Julius Nyerere, and Mr. Duncan Sandys had talks on Friday."
    (tmp_path / "a.txt").write_text(f"{line}\nSources say that ■ Dr Kissinger flew in.\n")
    text = load_corpus(tmp_path).articles["text"].iloc[0]
    assert text.splitlines() == [line.replace("§", " "),
                                 "Sources say that   Dr Kissinger flew in."]


WRAPPED_STORY = [
    "President Robert Kocharyan of Armenia on Saturday will discuss with",
    "Georgian Prime Minister Zurab Zhvania and Speaker of the Georgian",
    "parliament Nino Burdzhanadze issues of further development and",
    "deepening of cooperation between the two countries.",
    "Robert Kocharyan, who arrived in Georgia for a three-day official",
    "visit on Friday, will also hold a meeting with representatives of the",
    "Armenian diaspora in Georgia.",
]


@pytest.mark.parametrize("between", [
    ["By Tengiz Pachkoria", "TBILISI"],  # a byline, a place alone
    ["October 23, 2004 Saturday"],  # a dateline
])
def test_a_removed_byline_or_dateline_parts_a_headline_from_a_wrapped_story(tmp_path, between):
    headline = "Armenia president to discuss issues of cooperation with Georgia"
    (tmp_path / "a.txt").write_text("\n".join(["ITAR-TASS News Agency", headline, *between,
                                               *WRAPPED_STORY]) + "\n")
    lines = load_corpus(tmp_path).articles["text"].iloc[0].splitlines()
    assert lines[1] == headline
    assert lines[2] == " ".join(WRAPPED_STORY[:4])


@pytest.mark.parametrize(("first", "removed"), [
    (WRAPPED_STORY[0], "--------------------- 102981"),  # a cable's page furniture
    # a fragment after a word its sentence goes on from
    ("President Robert Kocharyan of Armenia, the Speaker of the parliament and", "Order"),
])
def test_a_line_removed_inside_a_wrapped_sentence_does_not_part_it(tmp_path, first, removed):
    (tmp_path / "a.txt").write_text("\n".join([first, removed, *WRAPPED_STORY[1:]]) + "\n")
    lines = load_corpus(tmp_path).articles["text"].iloc[0].splitlines()
    assert lines[0] == " ".join([first, *WRAPPED_STORY[1:4]])


def test_repeated_lines_are_removed_when_passed():
    footer = "Support independent journalism in Belarus today"
    kept, removed = clean_lines([BODY, footer, BODY_2], repeated=frozenset({footer.upper()}))
    assert kept == [BODY, BODY_2]
    assert removed == [(2, footer, "repeated_across_articles")]


def test_a_wire_storys_lead_two_articles_print_is_content(tmp_path):
    lead = ('Former president Thabo Mbeki reportedly held "private talks" with Zimbabwean '
            "President Robert Mugabe, 93, after he flew to Harare on Monday.")
    footer = "More information about Thabo Mbeki on The National Archive website."
    write(tmp_path, "a.txt", f"Mbeki in Harare\n{lead}\n{BODY}\n{footer}\n")
    write(tmp_path, "b.txt", f"Zimbabwe: Mbeki, Mugabe meet\n{lead}\n{BODY_2}\n{footer}\n")
    texts = list(load_corpus(tmp_path).articles["text"])
    assert all(lead in text and footer not in text for text in texts)


@pytest.mark.parametrize("speaker", ["The Prime Minister (Mr. Edward Heath)", "PRIME MINISTER:",
                                     "MR SCHLUTER:", "Jimmy Carter photo",
                                     "Photo of Bertie Ahern (Dublin Central, Fianna Fail)"])
def test_a_speaker_line_other_articles_repeat_is_kept(speaker):
    footer = "Office of the Press Secretary"
    kept, removed = clean_lines([footer, speaker, BODY],
                                repeated=frozenset({line_key(footer), line_key(speaker)}))
    assert kept == [speaker, BODY]
    assert removed == [(1, footer, "repeated_across_articles")]


def test_repeated_lines_counts_distinct_articles_and_word_limit():
    footer = "Support independent journalism in Belarus today"
    long_line = " ".join(["word"] * (REPEAT_MAX_WORDS + 1))
    edge_line = " ".join(["word"] * REPEAT_MAX_WORDS)
    a = f"{BODY}\n{footer}\n{long_line}\n{edge_line}"
    b = f"{BODY_2}\n{footer}\n{long_line}\n{edge_line}"
    assert repeated_lines([a, b]) == {line_key(footer), line_key(edge_line)}
    # The same text twice (a duplicate scrape) counts once: nothing is repeated.
    assert repeated_lines([a, a]) == frozenset()


def test_load_corpus_removes_lines_shared_by_articles(tmp_path):
    footer = "Support independent journalism in Belarus today"
    write(tmp_path, "a.txt", f"{BODY}\n{footer}\n")
    write(tmp_path, "b.txt", f"{BODY_2}\n{footer}\n")
    write(tmp_path, "c.txt", "Lavrov met Makei in Moscow on September 2, officials said.\n")
    corpus = load_corpus(tmp_path)
    assert list(corpus.articles["text"]) == [BODY, BODY_2, article(corpus, "c")["text"]]
    shared = corpus.removed[corpus.removed["reason"] == "repeated_across_articles"]
    assert sorted(shared["article_id"]) == ["a", "b"]
    assert set(shared["text"]) == {footer}


def test_highlight_copy_of_a_body_sentence_is_removed_and_the_body_kept():
    highlight = "Belarus is Russia's closest ally among former Soviet states."
    body = f"Belarus\u00a0is Russia's closest ally among former Soviet states.\u00a0{BODY_2}"
    kept, removed = clean_lines(["Story highlights", highlight, BODY, body])
    assert kept == [BODY, " ".join(body.split())]
    assert removed == [(1, "Story highlights", "short_fragment"),
                       (2, highlight, "duplicate_of_other_line")]


def test_exact_duplicate_keeps_the_last_copy_and_short_overlaps_stay():
    kept, removed = clean_lines([BODY, BODY_2, BODY])
    assert kept == [BODY_2, BODY]
    assert removed == [(1, BODY, "duplicate_of_other_line")]
    short = " ".join(BODY.split()[: DUPLICATE_MIN_WORDS - 1])
    assert clean_lines([short, BODY])[0] == [short, BODY]


def test_dateline_prefix_is_stripped_and_the_body_kept():
    line = " date 2020-09-14 As demand for his resignation intensifies, Lukashenko flies to Sochi."
    kept, removed = clean_lines([line])
    assert kept == ["As demand for his resignation intensifies, Lukashenko flies to Sochi."]
    assert removed == [(1, "date 2020-09-14", "dateline_prefix")]


@pytest.mark.parametrize("line, kept, credit", [
    # a caption is news: its text stays, its credit goes
    (("Norwegian Prime Minister Jens Stoltenberg was a busy host this week, here with David "
      "Cameron in Oslo. PHOTO: Statsministerenskontor"),
     ("Norwegian Prime Minister Jens Stoltenberg was a busy host this week, here with David "
      "Cameron in Oslo."), "PHOTO: Statsministerenskontor"),
    ("Riot police detain a man in central Minsk. Tut Sergeyev / AFP",
     "Riot police detain a man in central Minsk.", "Tut Sergeyev / AFP"),
    (("Presidents Lukashenka and Putin (file photo) met in the Black Sea resort of Sochi on "
      "Thursday."), ("Presidents Lukashenka and Putin met in the Black Sea resort of Sochi on "
                     "Thursday."), "(file photo)"),
    # a label opening the caption goes with its credit, however many slashes the credit has
    (("FILE PHOTO: Oman's Sultan Haitham bin Tariq meets Mike Pompeo at al-Alam palace in "
      "Muscat, Oman February 21, 2020. REUTERS/Andrew Caballero-Reynolds/Pool"),
     ("Oman's Sultan Haitham bin Tariq meets Mike Pompeo at al-Alam palace in Muscat, Oman "
      "February 21, 2020."), "FILE PHOTO: REUTERS/Andrew Caballero-Reynolds/Pool"),
])
def test_a_photo_captions_credit_is_stripped_and_the_caption_kept(line, kept, credit):
    assert clean_lines([line]) == ([kept], [(1, credit, "photo_credit")])


@pytest.mark.parametrize("line", [
    "Protesters in Minsk on Sunday. Photo: Reuters",  # too short to be told as news
    "Russian PM Mikhail Mishustin (file photo). Photograph:(Reuters)",
    "Vasily Fedosenko / Reuters",
    "FILE PHOTO: Protesters in Minsk",
])
def test_a_short_caption_goes_whole(line):
    assert clean_lines([line]) == ([], [(1, line, "photo_caption")])


def test_blank_lines_are_dropped_without_an_audit_row():
    kept, removed = clean_lines(["", BODY, "   ", BODY_2, ""])
    assert kept == [BODY, BODY_2]
    assert removed == []


# --------------------------------------------------------------------------------------------
# Headlines and dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lines", "headline"), [
    (["ugc_banner", "", "Putin to host Lukashenko in Sochi", "Moscow, RussiaUpdated: Sep 02, 2020",
      BODY], "Putin to host Lukashenko in Sochi"),
    (["Home » World » Putin to host Lukashenko", "Putin to host Lukashenko", BODY],
     "Putin to host Lukashenko"),
    ([BODY, "Protests in Minsk", BODY_2], ""),  # a subheading after the body is not a headline
    (["Top Trending", "1Some Other Story Here", "2Another Story Here", "3Third Story Here", BODY],
     ""),
    (["Will Lukashenko survive the protests?", BODY], "Will Lukashenko survive the protests?"),
    (["Lukashenko said on Monday:", BODY], ""),
    # the first lines of a hard-wrapped story are no headline
    (["Chinese Premier Wen Jiabao held talks with",
      "Japanese Prime Minister Yasuo Fukuda on Friday, and both stressed",
      "joint efforts to promote bilateral relations."], ""),
    # the speaker's picture on a page of speeches is no headline
    (["Ronald Reagan picture", "Remarks of the President and Prime Minister Prem of Thailand",
      BODY], "Remarks of the President and Prime Minister Prem of Thailand"),
])
def test_find_headline(lines, headline):
    assert find_headline(lines) == headline


@pytest.mark.parametrize(("lines", "published"), [
    (["Moscow, RussiaUpdated: Sep 02, 2020, 03:03 PM IST", BODY], "2020-09-02"),
    ([" date 2020-09-14 As demand for his resignation grows, Lukashenko flies to Sochi."],
     "2020-09-14"),
    (["Putin to host Lukashenko", "2020-09-14", BODY], "2020-09-14"),
    (["Published: 14 September 2020", BODY], "2020-09-14"),
    (["Posted on September 2, 2020 by admin", BODY], "2020-09-02"),
    (["Published 14.09.2020 10:15", BODY], "2020-09-14"),
    (["Опубликовано: 14 сентября 2020", BODY], "2020-09-14"),
    (["Updated: Sep 15, 2020", "Published: Sep 14, 2020", BODY], "2020-09-14"),
    (["Minsk, Monday 14 September 2020", BODY], "2020-09-14"),
])
def test_publication_date_from_datelines(lines, published):
    assert published_from_text(lines) == published


@pytest.mark.parametrize("lines", [
    ["Lukashenko will meet Putin on September 14, 2020 in Sochi, the Kremlin said.", BODY],
    ["Putin congratulated Lukashenko on 9 August 2020.", BODY],
    ["Lukashenko's office posted on 14 September 2020.", BODY],
    ["Putin posted on 14 September 2020 a video.", BODY],
    ["Lukashenko will meet Putin on Monday", BODY],
    [BODY] * 8 + ["Published: 14 September 2020"],  # too far below the top
    ["Published: 2020-02-31", BODY],  # not a calendar date
])
def test_dates_that_are_not_publication_dates_are_ignored(lines):
    assert published_from_text(lines) == ""


@pytest.mark.parametrize(("text", "iso"), [
    ("2020-09-14T10:00:00Z", "2020-09-14"),
    ("Sep 02, 2020, 03:03 PM IST", "2020-09-02"),
    ("September 2nd, 2020", "2020-09-02"),
    ("2 Sept. 2020", "2020-09-02"),
    ("14.09.2020", "2020-09-14"),
    ("14 сентября 2020", "2020-09-14"),
    ("next Monday", ""),
    ("2020-13-01", ""),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


# --------------------------------------------------------------------------------------------
# Seeds
# --------------------------------------------------------------------------------------------

SEED_IDS = {
    "000": "000_d249dcfac29959d5", "001": "001_7263515cd4f3223c", "002": "002_cb77309abdb4a261",
    "003": "003_435042da628b095d", "004": "004_ff6c53ffd34a529f",
}
# Every line the cleaner must remove from each seed: a distinctive part of it, or with a leading
# "=" the whole line (the highlight copy is also part of a longer body line, which must stay).
SEED_BOILERPLATE = {
    "000": ["Editors' Picks", "Top Trending", "1", "Russia Moving Military Assets",
            "2'So Much Death'", "3Ukraine Hits Kazan", "4What Would", "5Mystery Photos",
            "6Orban Says", "7Russia's Runaway", "8Russia Launches", "9Ukraine Live Briefing",
            "10Kyiv Hits Kursk", "RFE/RL has been declared", "you could face fines",
            "To find out more, click here."],
    "001": ["ugc_banner", "RussiaUpdated: Sep 02, 2020", "main img", "Photograph:(Reuters)",
            "Story highlights",
            ("=Belarus is Russia's closest ally among former Soviet states, and its territory is "
            "integral to Moscow's European defence strategy.")],
    "002": ["Home » World »", "– .", "Leave a Comment", "Akismet"],
    "003": ["(With AP inputs)"],
    "004": ["Download the NBC News app", "Reuters contributed to this report."],
}
FORBIDDEN = [
    "Editors' Picks", "Top Trending", "So Much Death", "Kazan", "Pokrovsk", "Orban", "Trump",
    "RFE/RL has been declared", "ugc_banner", "main img", "Photograph:(Reuters)", "Home » World »",
    "Leave a Comment", "Akismet", "Download the NBC News app", "Andrei Stasiewicz / AP",
    "date 2020-09-14", "Updated: Sep 02", "(With AP inputs)", "Reuters contributed",
]
BODY_SENTENCES = {
    "000": [("Russian Foreign Minister Sergei Lavrov will hold talks with his Belarusian counterpart "
            "Uladzimer Makey in Moscow on September 2"),
            ("They have called on Lukashenka to negotiate with the protesters and threatened to "
            "impose sanctions on members of his government.")],
    "001": ["Russian Prime Minister Mikhail Mishustin to visit Belarus on September 3",
            ("Belarus is Russia's closest ally among former Soviet states, and its territory is "
            "integral to Moscow's European defence strategy. The two are also joined by a treaty"),
            "there needs to be some accountability,\" the official said."],
    "002": ["Lukashenko will meet with Putin in Russia on Monday",
            ("The visit of the President of Belarus Alexander Lukashenko to Russia will take place "
            "on Monday, September 14"),
            "Several political scientists believe that Moscow will try to take advantage"],
    "003": ["As demand for Belarus President Alexander Lukashenko’s resignation intensifies",
            "Protests in Minsk", "“This is terror against our own people,” she said."],
    "004": ["Large-scale protests continue with Putin in Belarus",
            "Putin has avoided commenting directly on the protests",
            "and the kidnapping of opposition figures Will express"],
}


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


def test_seeds_dates_outlets_and_sources(seeds):
    table = seeds.articles.set_index("article_id")
    assert list(table.index) == sorted(SEED_IDS.values())
    assert list(seeds.articles.columns[: len(ARTICLE_COLUMNS)]) == ARTICLE_COLUMNS
    assert table["published"].to_dict() == {
        SEED_IDS["000"]: "2020-08-31", SEED_IDS["001"]: "2020-09-02", SEED_IDS["002"]: "",
        SEED_IDS["003"]: "2020-09-14", SEED_IDS["004"]: "2020-09-14",
    }
    sources = table["published_source"].to_dict()
    assert sources.pop(SEED_IDS["002"]) == "unknown"
    assert set(sources.values()) == {"metadata"}
    assert table["outlet"].to_dict() == {
        SEED_IDS["000"]: "RFE/RL", SEED_IDS["001"]: "WION", SEED_IDS["002"]: "",
        SEED_IDS["003"]: "", SEED_IDS["004"]: "NBC News",
    }
    assert set(table["url"]) == {""}
    assert list(seeds.report["status"]) == ["loaded"] * 5
    assert set(seeds.report["encoding"]) == {"utf-8"}
    assert not seeds.report["path"].str.endswith("metadata.csv").any()


def test_seed_titles(seeds):
    titles = seeds.articles.set_index("article_id")["title"]
    assert titles[SEED_IDS["001"]] == (
        "Russian Prime Minister Mikhail Mishustin to visit Belarus on September 3"
    )
    assert titles[SEED_IDS["002"]] == "Lukashenko will meet with Putin in Russia on Monday"
    assert titles[SEED_IDS["004"]] == "Large-scale protests continue with Putin in Belarus"
    assert titles[SEED_IDS["000"]] == titles[SEED_IDS["003"]] == ""


def test_seed_boilerplate_is_gone(seeds):
    text = "\n".join(seeds.articles["text"])
    for needle in FORBIDDEN:
        assert needle not in text, needle
    assert not any(line.strip().isdigit() for line in text.splitlines())


@pytest.mark.parametrize("seed", sorted(SEED_IDS))
def test_seed_body_sentences_survive(seeds, seed):
    text = " ".join(article(seeds, SEED_IDS[seed])["text"].split())
    for sentence in BODY_SENTENCES[seed]:
        assert sentence in text


@pytest.mark.parametrize("seed", sorted(SEED_IDS))
def test_seed_every_other_line_survives_and_removals_are_exactly_the_boilerplate(seeds, seed):
    article_id = SEED_IDS[seed]
    raw = (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8").splitlines()
    clean_text = article(seeds, article_id)["text"].splitlines()
    removed = seeds.removed[seeds.removed["article_id"] == article_id]
    expected = SEED_BOILERPLATE[seed]

    def is_boilerplate(line: str) -> bool:
        line = " ".join(line.split())
        return any(
            line == marker.removeprefix("=") if marker.startswith("=") or len(marker) == 1
            else marker in line
            for marker in expected
        )

    whole_lines = removed[~removed["reason"].isin(PARTIAL_REASONS)]
    assert all(is_boilerplate(line) for line in whole_lines["text"])
    assert len(whole_lines) == len(expected) == article(seeds, article_id)["n_removed_lines"]
    body = [" ".join(line.split()) for line in raw if line.strip() and not is_boilerplate(line)]
    for part in removed[removed["reason"].isin(PARTIAL_REASONS)]["text"]:  # a date, a credit
        body = [" ".join(line.replace(part, "").split()) for line in body]
    assert clean_text == body


def test_seed_removed_table_is_an_audit_with_reasons(seeds):
    removed = seeds.removed
    assert list(removed.columns) == REMOVED_COLUMNS
    by_text = dict(zip(removed["text"], removed["reason"], strict=True))
    assert by_text["Editors' Picks"] == "short_fragment"
    assert by_text["3Ukraine Hits Kazan Buildings In Latest Display Of Drone Power"] == (
        "numbered_list"
    )
    assert by_text['RFE/RL has been declared an "undesirable organization" by the Russian '
                   'government.'] == "legal_notice"
    assert by_text["Moscow, RussiaUpdated: Sep 02, 2020, 03:03 PM IST"] == "dateline"
    assert by_text["Russian PM Mikhail Mishustin (file photo). Photograph:(Reuters)"] == (
        "photo_caption"
    )
    assert by_text["date 2020-09-14"] == "dateline_prefix"
    assert by_text["Andrei Stasiewicz / AP"] == "photo_credit"  # the caption's text stays
    assert by_text["(With AP inputs)"] == "byline"


def test_seed_dates_from_text_without_metadata(tmp_path):
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path)
    table = load_corpus(tmp_path).articles.set_index("article_id")
    assert table.loc[SEED_IDS["001"], ["published", "published_source"]].tolist() == [
        "2020-09-02", "text"]
    assert table.loc[SEED_IDS["003"], ["published", "published_source"]].tolist() == [
        "2020-09-14", "text"]
    for seed in ("000", "002", "004"):  # no dateline: no guess from body dates
        assert table.loc[SEED_IDS[seed], ["published", "published_source"]].tolist() == [
            "", "unknown"]


def test_seeds_raw_text_without_cleaning():
    corpus = load_corpus(SEEDS, clean=False)
    first = article(corpus, SEED_IDS["000"])
    assert first["text"] == (SEEDS / f"{SEED_IDS['000']}.txt").read_text(encoding="utf-8")
    assert set(corpus.articles["n_removed_lines"]) == {0}
    assert corpus.removed.empty
    assert article(corpus, SEED_IDS["001"])["published"] == "2020-09-02"


def test_csv_output_has_no_nan_strings(seeds, tmp_path):
    seeds.articles.to_csv(tmp_path / "articles.csv", index=False)
    back = pd.read_csv(tmp_path / "articles.csv", dtype=str, keep_default_na=False)
    assert "nan" not in set(back.to_numpy().ravel())
    assert back.loc[back["article_id"] == SEED_IDS["002"], "outlet"].item() == ""


# --------------------------------------------------------------------------------------------
# Formats, encodings, metadata
# --------------------------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Lukashenko meets Putin in Sochi | Example News</title>{meta}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Lukashenko meets Putin in Sochi</h1>
<p>{body}</p>
<p>The two leaders discussed a loan of 1.5 billion dollars and closer integration between their
countries, according to officials in Moscow and Minsk.</p>
<p>Protests against Lukashenko continued in Minsk for a sixth week, with more than 100,000 people
marching through the capital on Sunday.</p>
</article>
<footer><p>Copyright 2020 Example News. All rights reserved.</p>
<p>Subscribe to our newsletter</p></footer></body></html>"""
DATE_META = '<meta property="article:published_time" content="2020-09-14T10:00:00Z">'


def test_html_is_reduced_to_the_article_with_title_and_date(tmp_path):
    write(tmp_path, "page.html", HTML_PAGE.format(charset="utf-8", meta=DATE_META, body=BODY))
    corpus = load_corpus(tmp_path)
    row = article(corpus, "page")
    assert row["title"] == "Lukashenko meets Putin in Sochi"
    assert (row["published"], row["published_source"]) == ("2020-09-14", "text")
    assert BODY in row["text"] and "marching through the capital" in row["text"]
    for chrome in ("Sport", "All rights reserved", "newsletter", "<p>"):
        assert chrome not in row["text"]
    assert report_row(corpus, "page.html")["status"] == "loaded"


def test_html_without_date_metadata_gets_no_guessed_date(tmp_path):
    write(tmp_path, "page.htm", HTML_PAGE.format(charset="utf-8", meta="", body=BODY))
    row = article(load_corpus(tmp_path), "page")
    assert (row["published"], row["published_source"]) == ("", "unknown")


def test_html_raw_text_keeps_the_page_chrome(tmp_path):
    write(tmp_path, "page.html", HTML_PAGE.format(charset="utf-8", meta="", body=BODY))
    row = article(load_corpus(tmp_path, clean=False), "page")
    assert "Sport" in row["text"] and BODY in row["text"]
    assert row["n_removed_lines"] == 0


def test_html_in_cp1251(tmp_path):
    page = HTML_PAGE.format(charset="windows-1251", meta="", body=CYRILLIC)
    write(tmp_path, "ru.html", page.encode("cp1251"))
    corpus = load_corpus(tmp_path)
    assert CYRILLIC in article(corpus, "ru")["text"]
    assert report_row(corpus, "ru.html")["encoding"] == "cp1251"


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1251", CYRILLIC),
    ("koi8_r", CYRILLIC),
    ("cp1251", "Путин и Лукашенко"),  # short texts are where detectors guess wrong
    ("koi8_r", "Путин и Лукашенко"),
    ("cp1251", "Лукашэнка сустрэўся з Пуціным у Сочы."),  # Belarusian letters і, ў
    ("koi8_r", "ЛУКАШЕНКО ВСТРЕТИЛСЯ С ПУТИНЫМ"),  # capitals: letter frequencies decide
    ("cp1251", "ЛУКАШЕНКО ВСТРЕТИЛСЯ С ПУТИНЫМ"),
    ("cp1252", "Loukachenko a rencontré Poutine à Sotchi, a déclaré le Kremlin."),
])
def test_legacy_encodings_decode_correctly(tmp_path, encoding, text):
    write(tmp_path, "article.txt", f"{text}\n{text}\n".encode(encoding))
    corpus = load_corpus(tmp_path, clean=False)
    assert article(corpus, "article")["text"] == f"{text}\n{text}\n"
    assert report_row(corpus, "article.txt")["encoding"] == encoding


def test_utf8_with_bom(tmp_path):
    write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + CYRILLIC.encode("utf-8"))
    corpus = load_corpus(tmp_path)
    assert article(corpus, "bom")["text"] == CYRILLIC
    assert report_row(corpus, "bom.txt")["encoding"] == "utf-8-sig"


def test_jsonl_articles_and_failed_lines(tmp_path):
    lines = [
        json.dumps({"text": BODY, "title": "Putin and Lukashenko", "url": "https://example.org/1",
                    "published": "2020-09-14T08:00:00+03:00", "outlet": "Example"}),
        "",
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"id": "custom-7", "text": BODY_2}),
        json.dumps(["a", "list"]),
        json.dumps({"text": f"Published: 2020-09-02\n{BODY}"}),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    corpus = load_corpus(tmp_path)
    table = corpus.articles.set_index("article_id")
    assert list(table.index) == ["custom-7", "feed_1", "feed_7"]
    first = table.loc["feed_1"]
    assert (first["title"], first["url"], first["outlet"]) == (
        "Putin and Lukashenko", "https://example.org/1", "Example")
    assert (first["published"], first["published_source"]) == ("2020-09-14", "metadata")
    assert (table.loc["feed_7", "published"], table.loc["feed_7", "published_source"]) == (
        "2020-09-02", "text")
    assert table.loc["custom-7", "published_source"] == "unknown"
    report = corpus.report.set_index("path")
    assert report.loc[str(tmp_path / "feed.jsonl"), "status"] == "loaded"
    assert "3 lines skipped" in report.loc[str(tmp_path / "feed.jsonl"), "reason"]
    failed = {path.rsplit(":", 1)[1]: reason for path, reason in report["reason"].items()
              if path.startswith(str(tmp_path / "feed.jsonl:"))}
    assert set(failed) == {"3", "4", "6"}
    assert "not JSON" in failed["3"] and "text" in failed["4"] and "object" in failed["6"]
    assert (report.loc[[p for p in report.index if ":" in Path(p).name], "status"]
            == "skipped").all()


def test_metadata_overrides_text_and_file_values(tmp_path):
    write(tmp_path, "a.txt", f"Putin to host Lukashenko in Sochi\nPublished: 2020-09-01\n{BODY}\n")
    write(tmp_path, "b.txt", f"Posted on September 3, 2020\n{BODY_2}\n")
    write(tmp_path, "metadata.csv",
          "article_id,outlet,url,published,title\n"
          "a,BelTA,https://example.org/a,2020-09-14,Official title\n"
          "b,,,,\n")
    corpus = load_corpus(tmp_path)
    a, b = article(corpus, "a"), article(corpus, "b")
    assert (a["outlet"], a["url"], a["title"]) == ("BelTA", "https://example.org/a",
                                                   "Official title")
    assert (a["published"], a["published_source"]) == ("2020-09-14", "metadata")
    assert (b["outlet"], b["url"], b["title"]) == ("", "", "")
    assert (b["published"], b["published_source"]) == ("2020-09-03", "text")
    assert len(corpus.report) == 2  # the metadata file is not an input file


def test_explicit_metadata_path_and_bad_metadata(tmp_path):
    corpus_dir, meta = tmp_path / "corpus", tmp_path / "meta.csv"
    corpus_dir.mkdir()
    write(corpus_dir, "a.txt", BODY)
    meta.write_text("article_id,published\na,2020-08-31\n", encoding="utf-8")
    assert article(load_corpus(corpus_dir, metadata=meta), "a")["published"] == "2020-08-31"
    with pytest.raises(CorpusError, match="missing.csv"):
        load_corpus(corpus_dir, metadata=tmp_path / "missing.csv")
    meta.write_text("id,published\na,2020-08-31\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="article_id"):
        load_corpus(corpus_dir, metadata=meta)


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["31/08/2020", "2018-03", "2020-13-01"])
def test_a_metadata_date_that_is_no_iso_day_is_left_out_and_reported_not_fatal(tmp_path, value):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    write(corpus_dir, "a.txt", BODY)
    write(corpus_dir, "b.txt", BODY_2)
    (corpus_dir / "metadata.csv").write_text(
        f"article_id,published\na,{value}\nb,2020-08-31\n", encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert article(corpus, "a")["published"] != value  # from the text, if it gives one
    assert article(corpus, "b")["published"] == "2020-08-31"  # the other rows still count
    reasons = dict(zip(corpus.report["path"].map(lambda path: Path(path).stem),
                       corpus.report["reason"], strict=True))
    assert value in reasons["a"] and "not an ISO date" in reasons["a"] and not reasons["b"]


def test_missing_folder_names_the_path(tmp_path):
    missing = tmp_path / "no-such-corpus"
    with pytest.raises(CorpusError, match="no-such-corpus"):
        load_corpus(missing)


def test_empty_folder_names_the_path(tmp_path):
    folder = tmp_path / "empty-corpus"
    folder.mkdir()
    write(folder, ".hidden", "ignored")
    with pytest.raises(CorpusError, match="empty-corpus"):
        load_corpus(folder)


def test_folder_without_readable_articles_names_the_path(tmp_path):
    folder = tmp_path / "broken-corpus"
    folder.mkdir()
    write(folder, "empty.txt", "")
    write(folder, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(CorpusError, match="broken-corpus") as error:
        load_corpus(folder)
    assert "empty file" in str(error.value)


def test_bad_files_are_skipped_with_reasons_and_loading_goes_on(tmp_path):
    rng = random.Random(7)
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "blank.txt", "\n   \n")
    write(tmp_path, "binary.txt", b"\x00\x01\x02binary\x00data")
    write(tmp_path, "controls.txt", bytes(range(1, 32)) * 10)
    write(tmp_path, "noise.txt", bytes(rng.randrange(1, 256) for _ in range(400)))
    write(tmp_path, "notes.pdf", "%PDF-1.4")
    write(tmp_path, ".DS_Store", "hidden")
    (tmp_path / "subfolder").mkdir()
    corpus = load_corpus(tmp_path)
    assert list(corpus.articles["article_id"]) == ["good"]
    assert list(corpus.report.columns) == REPORT_COLUMNS
    report = {Path(path).name: (status, reason) for path, status, reason in
              corpus.report[["path", "status", "reason"]].itertuples(index=False)}
    assert set(report) == {"good.txt", "empty.txt", "blank.txt", "binary.txt", "controls.txt",
                           "noise.txt", "notes.pdf", "subfolder"}
    assert report["good.txt"] == ("loaded", "")
    assert report["empty.txt"] == ("skipped", "empty file")
    assert report["blank.txt"] == ("skipped", "empty file")
    assert report["binary.txt"][0] == "skipped" and "binary" in report["binary.txt"][1]
    for name in ("controls.txt", "noise.txt"):
        assert report[name][0] == "skipped" and "undecodable" in report[name][1]
    assert report["notes.pdf"] == ("skipped", "unsupported file type '.pdf'")
    assert report["subfolder"][0] == "skipped"


def test_duplicate_ids_are_made_unique_and_reported(tmp_path):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "a.html", HTML_PAGE.format(charset="utf-8", meta="", body=BODY_2))
    write(tmp_path, "feed.jsonl", json.dumps({"id": "a", "text": "Lavrov met Makei in Moscow."}))
    corpus = load_corpus(tmp_path)
    table = corpus.articles.set_index("article_id")
    assert list(table.index) == ["a", "a-2", "a-3"]
    assert table.loc["a", "path"].endswith("a.html")
    assert table.loc["a-2", "path"].endswith("a.txt")
    assert table.loc["a-3", "path"].endswith("feed.jsonl")
    assert BODY in table.loc["a-2", "text"] and BODY_2 in table.loc["a", "text"]
    reasons = {Path(path).name: reason for path, reason in corpus.report[["path", "reason"]]
               .itertuples(index=False)}
    assert "renamed 'a-2'" in reasons["a.txt"]
    assert "renamed 'a-3'" in reasons["feed.jsonl"]
    assert "also produced by" in reasons["a.html"]
    assert set(corpus.report["status"]) == {"loaded"}


def test_removed_by_reason_counts_families_with_examples():
    from analysis.extract.corpus import removed_by_reason

    removed = pd.DataFrame({"article_id": ["a", "b", "a"], "line_no": [1, 2, 3],
                            "text": ["Leave a Comment", "Leave a Comment", "main img"],
                            "reason": ["promo", "promo", "markup"]})
    table = removed_by_reason(removed)
    assert table.values.tolist() == [["promo", 2, 2, "Leave a Comment"], ["markup", 1, 1, "main img"]]


@pytest.mark.parametrize("url, day, year", [
    ("https://example.org/article/1989/10/28/bush-latin-leaders", "1989-10-28", 1989),
    ("http://example.org/2019-11-11/talks", "2019-11-11", None),
    # a year and month, or a year alone, give no day
    ("https://example.org/opo/en/2008/06/first-ever-joint-meeting", "", 2008),
    ("https://example.org/old/archive/1998/489804.shtml", "", 1998),
    # no day that is not in the calendar; no number that is not a path segment
    ("https://example.org/2019/02/30/talks", "", 2019),
    ("http://example.org/index.php?id=1939:foreign-secretary", "", None),
    ("", "", None),
])
def test_an_address_gives_a_day_or_a_year(url, day, year):
    assert (date_from_url(url), year_from_url(url)) == (day, year)


def test_the_day_of_the_address_dates_an_article_that_gives_none(tmp_path):
    write(tmp_path, "talks.txt", "Putin meets Lukashenko\n\nThe two presidents met in Sochi.\n")
    write(tmp_path, "metadata.csv", "article_id,url\ntalks,https://example.org/2020/09/14/talks\n")
    row = article(load_corpus(tmp_path), "talks")
    assert (row["published"], row["published_source"]) == ("2020-09-14", "url")


def test_an_undated_article_is_anchored_in_the_year_of_its_address():
    articles = pd.DataFrame({
        "article_id": ["dated", "undated", "archived"], "published": ["2004-03-01", "", ""],
        "text": ["", "", ""], "url": ["", "", "https://example.org/archive/1998/talks.html"]})
    anchors = article_anchors(articles)
    assert anchors["undated"] == (date(2004, 3, 1), "corpus")
    assert anchors["archived"] == (date(1998, 7, 1), "year")


@pytest.mark.parametrize("precision, holder", [
    ("year", "Bashar al-Assad"),  # the year of the article's address: its holder then
    ("corpus", None),  # the corpus's median year is a guess: left to the reduce
])
def test_a_role_is_read_on_the_year_of_its_article_not_on_the_corpus_year(nlp, finder, precision,
                                                                          holder):
    result = analyse_article(nlp("The Syrian president met King Hussein in Amman."), finder,
                             date(2004, 2, 8), precision)
    role = next(m for m in result.mentions if m.text == "The Syrian president")
    assert (role.name if role.method == "role" else None) == holder
