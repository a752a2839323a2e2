"""Time bins chosen from the span, and articles counted per bin."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.views.frequency import (
    MAX_BINS,
    articles_per_day,
    articles_per_period,
    bin_starts,
    time_bin,
)


@pytest.mark.parametrize(("first", "last", "expected"), [
    ("2020-08-31", "2020-09-14", "day"),
    ("2020-01-01", f"{pd.Timestamp('2020-01-01') + pd.Timedelta(days=MAX_BINS - 1):%Y-%m-%d}",
     "day"),  # the last span of days
    ("2020-01-01", f"{pd.Timestamp('2020-01-01') + pd.Timedelta(days=MAX_BINS):%Y-%m-%d}",
     "week"),
    ("2019-01-01", "2019-12-31", "week"),
    ("2015-01-01", "2020-12-31", "month"),
    ("1990-01-01", "2000-12-31", "year"),
])
def test_the_bin_follows_the_span(first, last, expected):
    assert time_bin(pd.Timestamp(first), pd.Timestamp(last)) == expected


def test_bin_starts_are_the_day_monday_first_of_month_and_new_year():
    days = pd.Series(pd.to_datetime(["2020-09-13", "2020-09-14", "2020-12-31"]))
    assert bin_starts(days, "day").tolist() == days.tolist()
    assert bin_starts(days, "week").dt.strftime("%Y-%m-%d").tolist() == [
        "2020-09-07", "2020-09-14", "2020-12-28"]
    assert bin_starts(days, "month").dt.strftime("%Y-%m-%d").tolist() == [
        "2020-09-01", "2020-09-01", "2020-12-01"]
    assert bin_starts(days, "year").dt.strftime("%Y").tolist() == ["2020"] * 3
    with pytest.raises(ValueError, match="fortnight"):
        bin_starts(days, "fortnight")


def test_articles_per_period_sums_the_days_of_each_bin(toy_extraction):
    articles = pd.concat([toy_extraction.articles.assign(published=published, article_id=[
        f"{year}-{i}" for i in range(3)]) for year, published in (
        (1990, ["1990-03-01", "1990-07-01", ""]), (2000, ["2000-05-05"] * 3))],
        ignore_index=True)
    counts = articles_per_period(articles)
    assert counts.attrs == {"bin": "year", "n_undated": 1}
    assert counts["n_articles"].sum() == len(articles) - 1
    assert set(counts["published"]) == {"1990-01-01", "2000-01-01"}
    by_day = articles_per_period(articles, "day")
    assert by_day["n_articles"].sum() == articles_per_day(articles)["n_articles"].sum()
    seeds_like = articles_per_period(toy_extraction.articles)
    assert seeds_like.attrs["bin"] == "day" and len(seeds_like) == 3
