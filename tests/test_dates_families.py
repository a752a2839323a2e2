"""Table-driven tests of `analysis.extract.dates`, one table per family of issue 12.

Each case is a date expression as a news sentence gives it, the article's publication date (the
anchor) and, for anaphora, the date mentioned last before it (the reference time); the expected
value and precision are what a careful reader would give, written down before running the code.
Values follow TIMEX3 (TimeML) where the package had no convention: see `docs/dates.md`.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from analysis.extract.dates import find_date_expressions, resolve_date, resolve_in_order
from analysis.extract.dates.expressions import gives_no_day

# Anchors, with their weekdays and ISO weeks.
A89 = "1989-10-30"  # Monday, 1989-W44
N89 = "1989-11-02"  # Thursday, 1989-W44
J90 = "1990-01-05"  # Friday, 1990-W01
J98 = "1998-01-08"  # Thursday, 1998-W02
D19 = "2019-10-30"  # Wednesday
F20 = "2020-09-11"  # Friday, 2020-W37
S20 = "2020-09-13"  # Sunday
M20 = "2020-09-14"  # Monday
Y20 = "2020-12-30"  # Wednesday, 2020-W53
J21 = "2021-01-04"  # Monday, 2021-W01


class Case(NamedTuple):
    expression: str
    sentence: str
    anchor: str | None
    value: str | None
    precision: str
    # the ISO value of the date mentioned last before it, or those mentioned before it in order
    reference: str | tuple[str, ...] | None = None


def day(expression, sentence, anchor, value, reference=None):
    return Case(expression, sentence, anchor, value, "day", reference)


def week(expression, sentence, anchor, value, reference=None):
    return Case(expression, sentence, anchor, value, "week", reference)


def month(expression, sentence, anchor, value, reference=None):
    return Case(expression, sentence, anchor, value, "month", reference)


def year(expression, sentence, anchor, value, reference=None):
    return Case(expression, sentence, anchor, value, "year", reference)


def unknown(expression, sentence, anchor, reference=None):
    return Case(expression, sentence, anchor, None, "unknown", reference)


# 1. A month and day without a year: the occurrence nearest the anchor in the tense's direction.
MONTH_DAY = [
    day("Dec. 7", "The company said a $3 million interest payment due Dec. 7 would be made on "
        "time.", D19, "2019-12-07"),
    day("Dec. 7", "The first interest payment is due Dec. 7.", D19, "2019-12-07"),
    day("Dec. 7", "The company missed an interest payment on Dec. 7, its lenders said.", D19,
        "2018-12-07"),
    day("Nov. 15", "Shareholders will vote on the merger Nov. 15.", A89, "1989-11-15"),
    day("Oct. 13", "The stock market plunged 190 points on Oct. 13.", A89, "1989-10-13"),
    day("Jan. 2", "The new rules take effect Jan. 2.", Y20, "2021-01-02"),
    day("Dec. 28", "The two leaders met Dec. 28 in Sochi.", J21, "2020-12-28"),
    # the abbreviation's full stop and the day with no space between, as some agencies write it
    day("Dec.28", "The two leaders met Dec.28 in Sochi.", J21, "2020-12-28"),
    day("Nov.19, 2013", "The last meeting was held Nov.19, 2013 in Vienna.", J21, "2013-11-19"),
    # four days back is beyond the slack: the next Dec. 31
    day("Dec. 31", "The agreement will expire Dec. 31.", J21, "2021-12-31"),
    day("January 15", "Parliament is expected to debate the budget on January 15.", Y20,
        "2021-01-15"),
    day("December 15", "Parliament debated the budget on December 15.", J21, "2020-12-15"),
    day("December 15", "Parliament will debate the budget on December 15.", J21, "2021-12-15"),
    day("March 3", "The summit in Brussels took place on March 3.", A89, "1989-03-03"),
    day("March 3", "The summit in Brussels will take place on March 3.", A89, "1990-03-03"),
    day("March 3", "Summit in Brussels on March 3", A89, "1990-03-03"),  # no tense: nearest
    day("July 4", "Talks in Vienna on July 4", A89, "1989-07-04"),  # no tense: nearest
    day("Sept. 14", "Lukashenko is set to hold talks with Putin on Sept. 14.", F20, "2020-09-14"),
    day("Sept. 4", "Protesters gathered in Minsk on Sept. 4.", F20, "2020-09-04"),
    day("the 14th of September", "Lukashenko will travel to Sochi on the 14th of September.",
        F20, "2020-09-14"),
    day("Feb. 29", "The referendum was held on Feb. 29.", "2021-03-10", "2020-02-29"),
    day("Feb. 29", "The referendum will be held on Feb. 29.", "2023-03-15", "2024-02-29"),
    day("January 8", "Ministers from both sides meet again on January 8.", J98, "1998-01-08"),
    day("Dec. 30", "The ministers agreed on Dec. 30 to meet again.", J98, "1997-12-30"),
    day("Friday, Dec. 1", "The vote is scheduled for Friday, Dec. 1.", A89, "1989-12-01"),
    day("Oct. 31", "The deadline is Oct. 31.", A89, "1989-10-31"),
    day("Sept. 30", "The fiscal year ended Sept. 30.", A89, "1989-09-30"),
    day("Jan. 1", "The tax cut takes effect Jan. 1.", A89, "1990-01-01"),
    day("Jan. 1", "The tax cut took effect Jan. 1.", A89, "1989-01-01"),
]

# 1b. A month alone, by tense.
MONTHS = [
    month("January", "The company plans to open the plant in January.", A89, "1990-01"),
    month("January", "The plant opened in January.", A89, "1989-01"),
    month("January", "Elections in January", A89, "1990-01"),  # no tense: nearest
    month("May", "Sales fell sharply in May.", A89, "1989-05"),
    month("May", "Elections will be held in May.", A89, "1990-05"),
    month("December", "The summit took place in December.", J21, "2020-12"),
    month("December", "The summit will take place in December.", J21, "2021-12"),
    month("February", "The accord was signed in February.", Y20, "2020-02"),
    month("February", "The accord will be signed in February.", Y20, "2021-02"),
    month("October", "Production fell in October.", A89, "1989-10"),
    month("November", "Production will rise in November.", A89, "1989-11"),
    month("September", "Exports will recover in September.", A89, "1990-09"),
    month("last July", "Output has slowed since last July.", J90, "1989-07"),
    month("next March", "The central bank will review rates next March.", A89, "1990-03"),
    month("June", "The party congress is due in June.", A89, "1990-06"),
]

# 2. Weekdays follow the tense; the anchor's own weekday is the anchor day.
WEEKDAYS = [
    day("Thursday", "The two ministers will meet on Thursday.", A89, "1989-11-02"),
    day("Thursday", "The two ministers met on Thursday.", A89, "1989-10-26"),
    day("Friday", "The company disclosed the loss, Smith said Friday.", F20, "2020-09-11"),
    day("Friday", "The Kremlin said Friday that Putin would receive Lukashenko in Sochi.", F20,
        "2020-09-11"),
    day("Friday", "The Kremlin said Friday that Putin would receive Lukashenko in Sochi.", A89,
        "1989-10-27"),
    day("Monday", "Putin will receive Lukashenko in Sochi on Monday, the Kremlin said Friday.",
        F20, "2020-09-14"),
    day("Friday", "Putin will receive Lukashenko in Sochi on Monday, the Kremlin said Friday.",
        F20, "2020-09-11"),
    day("Tuesday", "The talks are scheduled for Tuesday.", A89, "1989-10-31"),
    day("Tuesday", "The talks ended Tuesday without an agreement.", A89, "1989-10-24"),
    day("Wednesday", "Lukashenko flew to Moscow on Wednesday.", J21, "2020-12-30"),
    day("Wednesday", "Lukashenko will fly to Moscow on Wednesday.", Y20, "2020-12-30"),
    day("Friday", "Lukashenko will fly to Moscow on Friday.", Y20, "2021-01-01"),
    day("next Friday", "The ministers will meet again next Friday.", A89, "1989-11-03"),
    day("last Friday", "The ministers met last Friday.", A89, "1989-10-27"),
    day("this Friday", "The ministers meet this Friday.", A89, "1989-11-03"),
    day("Sunday", "Putin and Lukashenko spoke by phone on Sunday.", F20, "2020-09-06"),
    day("Sunday", "Putin and Lukashenko are to speak by phone on Sunday.", F20, "2020-09-13"),
    day("Thursday", "Lavrov said on Monday that Mishustin will visit Minsk on Thursday.", A89,
        "1989-11-02"),
    day("Monday", "Lavrov said on Monday that Mishustin will visit Minsk on Thursday.", A89,
        "1989-10-30"),
    day("Tuesday", "The Kremlin said the leaders would meet on Tuesday.", F20, "2020-09-15"),
    day("Tuesday", "The Kremlin said Tuesday the leaders would meet soon.", F20, "2020-09-08"),
    day("Saturday", "Opposition leaders were detained on Saturday.", J21, "2021-01-02"),
    day("Thursday", "Ministers meeting in Brussels on Thursday", J98, "1998-01-08"),
]

# 3. An explicit full date is never changed, whatever the tense or the anchor.
EXPLICIT = [
    day("Sept. 27, 1989", "Trading was halted Sept. 27, 1989, after the collapse.", A89,
        "1989-09-27"),
    day("Sept. 27, 1989", "The notes will mature Sept. 27, 1989.", F20, "1989-09-27"),
    day("Sept. 27, 1989", "The notes will mature Sept. 27, 1989.", None, "1989-09-27"),
    year("1988", "Profit rose 20% in 1988.", A89, "1988"),
    year("1988", "The plant will reopen in 1988.", A89, "1988"),
    year("1988", "In 1988, the two sides signed a trade pact.", None, "1988"),
    month("November 1990", "Elections are due in November 1990.", A89, "1990-11"),
    day("Dec. 7, 1941", "The attack on Pearl Harbor came on Dec. 7, 1941.", "1991-12-07",
        "1941-12-07"),
    day("Monday, Oct. 16, 1989", "Trading resumed Monday, Oct. 16, 1989.", A89, "1989-10-16"),
    day("Oct. 16, 1987", "The notes, dated Oct. 16, 1987, were repaid.", A89, "1987-10-16"),
    day("2 September 2020", "Lavrov met Makey on 2 September 2020.", "2021-05-01", "2020-09-02"),
    day("09/27/1989", "The decree dated 09/27/1989 was annulled.", A89, "1989-09-27"),
    day("1989-09-27", "The rules published on 1989-09-27 will apply.", "2020-01-01",
        "1989-09-27"),
]

# 4. Year-level expressions.
YEARS = [
    year("this year", "Sales will rise 5% this year.", A89, "1989"),
    year("this year", "The euro will be launched this year.", J21, "2021"),
    year("the year", "Earnings for the year are expected to reach $2 billion.", A89, "1989"),
    year("the current year", "The company expects a loss in the current year.", A89, "1989"),
    year("the current fiscal year", "The company expects a loss in the current fiscal year.", A89,
         "1989"),
    year("the full year", "For the full year, the company expects a profit.", A89, "1989"),
    year("fiscal 1989", "Revenue rose 12% in fiscal 1989.", A89, "1989"),
    year("fiscal 1990", "The company expects higher sales in fiscal 1990.", A89, "1990"),
    year("the 1988 period", "Net income was $40 million in the 1988 period.", A89, "1988"),
    year("year-end", "The company expects to complete the sale by year-end.", A89, "1989"),
    # past tense: the last year-end before the anchor
    year("year-end", "Debt stood at $2 billion at year-end.", A89, "1988"),
    year("year-end", "Debt stood at $2 billion at year-end.", J90, "1989"),
    year("the end of the year", "The plant will close by the end of the year.", A89, "1989"),
    year("the end of the year", "The plant will close by the end of the year.", J90, "1990"),
    year("the end of 1990", "The rules take effect at the end of 1990.", A89, "1990"),
    year("the end of next year", "The plant will close by the end of next year.", A89, "1990"),
    year("early next year", "The bill could reach the Senate floor early next year.", A89,
         "1990"),
    year("later this year", "The two leaders will meet later this year.", A89, "1989"),
    year("late this year", "The plant should open late this year.", A89, "1989"),
    year("earlier in the year", "Sales had slowed earlier in the year.", A89, "1989"),
    year("earlier this year", "The ministers met in Geneva earlier this year.", A89, "1989"),
    year("early 1990", "The plant will open in early 1990.", A89, "1990"),
    year("mid-1988", "Prices peaked in mid-1988.", A89, "1988"),
    year("a year earlier", "Profit rose to $50 million from $42 million a year earlier.", A89,
         "1988"),
    year("a year ago", "Lukashenko met Putin a year ago.", A89, "1988"),
    year("year-ago", "Sales rose 5% from year-ago levels.", A89, "1988"),
    year("the year-ago quarter", "Profit fell 3% from the year-ago quarter.", A89, "1988"),
    year("the following year", "Ministers will meet again the following year.", A89, "1990"),
    year("the previous year", "Profit had fallen the previous year.", A89, "1988"),
    year("last year", "Sales fell last year.", J98, "1997"),
    Case("the next year or so", "Rates will stay high over the next year or so.", A89,
         "1989-10-31/1990-10-30", "range"),
    year("nineteen ninety-six", "The games will open in nineteen ninety-six.", A89, "1996"),
    year("nineteen eighty-nine", "The wall fell in nineteen eighty-nine.", J98, "1989"),
    year("the year two thousand", "Many computers may fail in the year two thousand.", J98,
         "2000"),
    year("two thousand and one", "The mission is planned for two thousand and one.", J98, "2001"),
    year("the year 2000", "Many computers may fail in the year 2000.", J98, "2000"),
    year("'58", "He has been a member of the party since '58.", J98, "1958"),
    year("'05", "The treaty is due to expire in '05.", J98, "2005"),
]

# 5. Parts and edges: the value of the period they are part of (TIMEX3 leaves the part to `mod`).
PARTS = [
    day("early Tuesday", "The bill passed the House early Tuesday.", A89, "1989-10-24"),
    day("early Tuesday", "The Senate is expected to vote early Tuesday.", A89, "1989-10-31"),
    day("late yesterday", "The agreement was reached late yesterday.", A89, "1989-10-29"),
    day("earlier Sunday", "Lukashenko had met protest leaders earlier Sunday.", S20, "2020-09-13"),
    day("later Monday", "Putin will receive Lukashenko later Monday.", M20, "2020-09-14"),
    day("late Friday", "The Senate approved the bill late Friday.", A89, "1989-10-27"),
    day("Tuesday morning", "The two presidents met Tuesday morning.", A89, "1989-10-24"),
    month("the middle of October", "The index bottomed out in the middle of October.", A89,
          "1989-10"),
    month("the middle of October", "Talks will resume in the middle of October.", F20, "2020-10"),
    month("the beginning of October", "Talks broke down at the beginning of October.", A89,
          "1989-10"),
    month("mid-November", "The two leaders will meet in mid-November.", A89, "1989-11"),
    month("mid-November", "The two leaders met in mid-November.", A89, "1988-11"),
    month("late last July", "The plant was closed late last July.", J90, "1989-07"),
    month("early October", "The talks collapsed in early October.", A89, "1989-10"),
    month("late December", "The two will meet in late December.", A89, "1989-12"),
    day("around Nov. 1", "The company will announce its results around Nov. 1.", A89,
        "1989-11-01"),
    day("around Nov. 1", "Prices peaked around Nov. 1.", "1989-12-15", "1989-11-01"),
    day("about Dec. 1", "Payment is due about Dec. 1.", A89, "1989-12-01"),
    month("the end of the month", "The central bank will publish the figures at the end of the "
          "month.", A89, "1989-10"),
    month("the end of the month", "The law takes effect at the end of the month.", Y20, "2020-12"),
    # past tense: the last month-end before the anchor
    month("the end of the month", "Reserves fell to $5 billion at the end of the month.", J21,
          "2020-12"),
    month("the beginning of the month", "The new tariffs take effect at the beginning of the "
          "month.", A89, "1989-11"),
    month("early next month", "The ministers will meet early next month.", A89, "1989-11"),
    month("late last month", "Prices spiked late last month.", A89, "1989-09"),
    week("early this week", "The ministers met early this week.", N89, "1989-W44"),
    week("the beginning of the week", "The ministers met at the beginning of the week.", N89,
         "1989-W44"),
    week("early last week", "The strike began early last week.", A89, "1989-W43"),
    week("the end of the week", "A decision is expected by the end of the week.", A89,
         "1989-W44"),
    week("the middle of next week", "The envoys will return in the middle of next week.", A89,
         "1989-W45"),
]

# 6. Weeks and counts.
WEEKS = [
    week("last week", "Gorbachev met Bush last week.", A89, "1989-W43"),
    week("the last week", "Prices have fallen sharply in the last week.", A89, "1989-W43"),
    week("last week", "The two leaders spoke by phone last week.", J21, "2020-W53"),
    week("last week", "The two leaders spoke by phone last week.", "2021-01-11", "2021-W01"),
    week("next week", "The envoys will return next week.", Y20, "2021-W01"),
    week("this week", "The talks resume this week.", J21, "2021-W01"),
    week("six weeks ago", "The two presidents last met six weeks ago.", A89, "1989-W38"),
    week("six weeks ago", "The two presidents last met six weeks ago.", J21, "2020-W48"),
    week("two weeks ago", "The talks collapsed two weeks ago.", J21, "2020-W52"),
    week("three weeks ago", "The strike began three weeks ago.", J98, "1997-W51"),
    week("a week or so ago", "Putin spoke to Lukashenko a week or so ago.", A89, "1989-W43"),
    month("a month or so ago", "The ministers met a month or so ago.", A89, "1989-09"),
    day("ten days ago", "The ministers met ten days ago.", A89, "1989-10-20"),
    year("two years ago", "The plant closed two years ago.", A89, "1987"),
    # the past year: the calendar year that holds most of the twelve months before the anchor
    year("the past year", "Prices have doubled over the past year.", A89, "1989"),
    year("the past year", "Prices have doubled over the past year.", J90, "1989"),
    year("the last year", "Inflation has doubled in the last year.", "1990-03-15", "1989"),
    Case("the past two weeks", "Prices fell over the past two weeks.", A89,
         "1989-10-16/1989-10-30", "range"),
]

# 7. Anaphora: the reference is the date mentioned last before the expression.
ANAPHORA = [
    day("the day", "Baker had spoken with Shevardnadze earlier in the day.", A89, "1989-10-26",
        reference="1989-10-26"),
    day("earlier in the day", "Baker had spoken with Shevardnadze earlier in the day.", A89,
        "1989-10-26", reference="1989-10-26"),
    day("the day", "Stocks closed higher on the day.", A89, "1989-10-30"),  # no reference: now
    day("later that day", "Later that day, the two ministers met again.", A89, "1989-10-26",
        reference="1989-10-26"),
    day("the same day", "Baker met Shevardnadze the same day.", A89, "1989-09-22",
        reference="1989-09-22"),
    # a narrative step with no unit is later the same day, as is a part of "that" day
    day("Later", "Later, Baker met Bush at the White House.", A89, "1989-10-26",
        reference="1989-10-26"),
    day("later", "Baker later held a separate meeting with Tower.", A89, "1989-10-26",
        reference="1989-10-26"),
    day("Afterwards", "Afterwards, the two ministers dined together.", A89, "1989-09-22",
        reference="1989-09-22"),
    day("That afternoon", "That afternoon, Baker is expected to meet Tower.", A89, "1989-11-30",
        reference="1989-11-30"),
    unknown("later", "Baker later met Shevardnadze in Moscow.", A89, reference="1989-10"),
    year("then", "Shevardnadze was then foreign minister.", A89, "1985", reference="1985"),
    day("then", "The two ministers had then met in Geneva.", A89, "1989-09-22",
        reference="1989-09-22"),
    unknown("then", "Shevardnadze was then foreign minister.", A89),
    day("the previous Friday", "Baker said he had spoken to Shevardnadze the previous Friday.",
        A89, "1989-10-20", reference="1989-10-26"),
    day("the previous Friday", "Baker said he had spoken to Shevardnadze the previous Friday.",
        A89, "1989-10-27"),  # no reference: the anchor
    day("the following Tuesday", "The talks resumed the following Tuesday.", A89, "1989-10-31",
        reference="1989-10-26"),
    month("the following month", "The two ministers met again the following month.", A89,
          "1989-07", reference="1989-06-14"),
    month("the following month", "The two ministers met again the following month.", A89,
          "1989-01", reference="1988-12"),
    day("the following day", "They flew to Washington the following day.", A89, "1989-09-23",
        reference="1989-09-22"),
    day("the next day", "Lukashenko returned to Minsk the next day.", J21, "2021-01-01",
        reference="2020-12-31"),
    day("the day before", "The ministers had met the day before.", A89, "1989-10-25",
        reference="1989-10-26"),
    day("the previous day", "Talks had broken down the previous day.", J21, "2020-12-31",
        reference="2021-01-01"),
    week("the previous week", "The envoys had met the previous week.", A89, "1989-W42",
         reference="1989-10-26"),
    year("the previous year", "Profit had fallen the previous year.", A89, "1984",
         reference="1985"),
    year("the following year", "The treaty was ratified the following year.", A89, "1988",
         reference="1987"),
    year("that year", "Gorbachev came to power that year.", A89, "1985", reference="1985-03-11"),
    unknown("that year", "Gorbachev came to power that year.", A89),
    month("that month", "Prices rose 2% that month.", A89, "1989-06", reference="1989-06-14"),
    year("a year earlier", "A year earlier, the two leaders had met in Geneva.", A89, "1985",
         reference="1986-10-11"),
    day("two days later", "Two days later, the ministers met again.", A89, "1989-10-28",
        reference="1989-10-26"),
    year("three years later", "Three years later, the wall fell.", A89, "1989", reference="1986"),
    week("a week later", "A week later, they met again.", A89, "1989-W44",
         reference="1989-10-26"),
    # a reference coarser than the expression does not fix it: the last one fine enough does
    unknown("the following day", "They flew to Washington the following day.", A89,
            reference="1989"),
    day("the same day", "Later on the same day, Kishida met Kristersson.", "2024-07-12",
        "2024-07-10", reference=("2024-07-10", "2024-06", "2025")),
    month("the following month", "The two ministers met again the following month.", A89,
          "1989-07", reference=("1989-06-14", "1990")),
]

# 8. Calendar edges: no date, never an exception.
EDGES = [
    unknown("next year", "The treaty will be renewed next year.", "9999-06-01"),
    unknown("last year", "The treaty was signed last year.", "0001-06-01"),
    unknown("the following year", "Ministers will meet again the following year.", "9999-06-01"),
    unknown("the following day", "They flew home the following day.", "9999-12-31",
            reference="9999-12-31"),
    unknown("Dec. 7", "The payment will be made on Dec. 7.", "9999-12-30"),
    unknown("Jan. 5", "The talks ended on Jan. 5.", "0001-01-01"),
    unknown("Monday", "The ministers will meet on Monday.", "9999-12-31"),
    day("Monday", "The ministers met on Monday.", "9999-12-31", "9999-12-27"),
    unknown("six weeks ago", "The presidents last met six weeks ago.", "0001-01-10"),
    unknown("a year earlier", "Profit was lower a year earlier.", "0001-05-05"),
    unknown("early next year", "The plant will open early next year.", "9999-01-01"),
    unknown("year-ago", "Sales rose from year-ago levels.", "0001-12-31"),
    month("the end of the month", "Figures will be published at the end of the month.",
          "9999-12-31", "9999-12"),
    unknown("year-end", "Debt stood at $2 billion at year-end.", "0001-03-01"),
    year("year-end", "The sale will close by year-end.", "9999-12-31", "9999"),
    year("nineteen ninety-six", "The games will open in nineteen ninety-six.", "0001-01-01",
         "1996"),
    unknown("the past year", "Prices doubled over the past year.", "0001-03-01"),
    year("this year", "Sales will rise this year.", "9999-12-31", "9999"),
    unknown("last week", "Gorbachev met Bush last week.", "0001-01-03"),
    unknown("the next year or so", "Rates will stay high over the next year or so.",
            "9999-06-01"),
    unknown("the previous Friday", "They had met the previous Friday.", "0001-01-01"),
]

# With a year anchor (the corpus knows the year, not the day): only year-sized readings.
YEAR_ANCHOR = [
    year("year-end", "Debt stood at $2 billion at year-end.", "1989", "1989"),
    year("the following year", "Ministers will meet again the following year.", "1989", "1990"),
    year("year-ago", "Sales rose 5% from year-ago levels.", "1989", "1988"),
    year("'58", "He has been a member of the party since '58.", "1998", "1958"),
    year("this year", "Sales will rise 5% this year.", "1989", "1989"),
    month("mid-November", "The two leaders will meet in mid-November.", "1989", "1989-11"),
    unknown("the end of the month", "Figures will be published at the end of the month.", "1989"),
    unknown("the past year", "Prices have doubled over the past year.", "1989"),
    unknown("the following day", "They flew to Washington the following day.", "1989"),
    unknown("early Tuesday", "The bill passed the House early Tuesday.", "1989"),
    unknown("the day", "Stocks closed higher on the day.", "1989"),
]

TABLES = {
    "month_day": MONTH_DAY, "months": MONTHS, "weekdays": WEEKDAYS, "explicit": EXPLICIT,
    "years": YEARS, "parts": PARTS, "weeks": WEEKS, "anaphora": ANAPHORA, "edges": EDGES,
    "year_anchor": YEAR_ANCHOR,
}
CASES = [(name, case) for name, table in TABLES.items() for case in table]


def _id(item: tuple[str, Case]) -> str:
    name, case = item
    return f"{name}:{case.expression}@{case.anchor}"


def test_at_least_150_cases_in_every_family() -> None:
    assert len(CASES) >= 150
    assert all(len(table) >= 10 for table in TABLES.values())
    # unique cases, each sentence written for its case
    assert len({case[:3] + case[5:] for _, case in CASES}) == len(CASES)
    assert all(case.expression.lower() in case.sentence.lower() for _, case in CASES)


@pytest.mark.parametrize("item", CASES, ids=[_id(item) for item in CASES])
def test_resolve_date_family(item: tuple[str, Case]) -> None:
    _, case = item
    resolved = resolve_date(case.expression, case.anchor, case.sentence, reference=case.reference)
    assert (resolved.value, resolved.precision) == (case.value, case.precision)
    assert resolved.text == case.expression


def _located(case: Case) -> tuple[int, int]:
    start = case.sentence.lower().index(case.expression.lower())
    return start, start + len(case.expression)


# "then" is mostly a sequence adverb ("and then"): the finder leaves it to spaCy's DATE entities.
LEFT_TO_SPACY = {"then"}


@pytest.mark.parametrize("item", [item for item in CASES if item[1].value is not None
                                  and item[1].expression not in LEFT_TO_SPACY],
                         ids=_id)
def test_the_finder_gives_the_same_date(item: tuple[str, Case]) -> None:
    """What `find_date_expressions` finds where the expression is resolves to the same value."""
    _, case = item
    start, end = _located(case)
    found = [(s, e, text) for s, e, text in find_date_expressions(case.sentence)
             if s < end and start < e]
    assert found, f"nothing found at {case.expression!r}"
    _, _, text = max(found, key=lambda span: span[1] - span[0])
    resolved = resolve_date(text, case.anchor, case.sentence, reference=case.reference)
    assert resolved.value == case.value


@pytest.mark.parametrize("sentence", [
    "Years later, Baker met Shevardnadze again.",  # a step of years
    "They agreed to meet at a later date.",
    "The deal must be signed no later than the summit.",
    "Baker laid out a later-stage plan.",
])
def test_a_later_that_is_no_step_within_the_day_is_no_date(sentence) -> None:
    assert find_date_expressions(sentence) == []


# --- the reference time, carried through an article ---------------------------------------------

ARTICLE = [  # (expression, sentence, expected value), in the order of the article of A89
    ("Sept. 22", "Baker met Shevardnadze in Wyoming on Sept. 22.", "1989-09-22"),
    ("The following day", "The following day, they flew to Washington.", "1989-09-23"),
    ("the previous Friday", "Shevardnadze had arrived in New York the previous Friday.",
     "1989-09-22"),
    ("then", "Baker was then secretary of state.", "1989-09-22"),
    ("Monday", "Baker said Monday that the talks had been useful.", "1989-10-30"),
    ("the day before", "He had briefed Bush the day before.", "1989-10-29"),
    # a range and an unresolved expression leave the reference where it was
    ("in the coming weeks", "They will meet again in the coming weeks.",
     "1989-10-31/1989-11-27"),
    ("Boston", "Baker flew to Boston.", None),
    ("that day", "Bush was in Texas that day.", "1989-10-29"),
]


def test_resolve_in_order_carries_the_reference_time() -> None:
    resolved = resolve_in_order([(text, sentence) for text, sentence, _ in ARTICLE], A89)
    assert [r.value for r in resolved] == [value for _, _, value in ARTICLE]


SIDELINES = [  # an anaphor after coarser dates takes the last date fine enough (anchor 2024-07-12)
    ("Wednesday", "Kishida and Yoon held talks in Washington on Wednesday.", "2024-07-10"),
    ("June", "Kishida referred to a summit of Russia and North Korea in June.", "2024-06"),
    ("next year", "Both will prepare for next year's anniversary.", "2025"),
    ("the same day", "Later on the same day, Kishida met Kristersson.", "2024-07-10"),
]


def test_resolve_in_order_takes_the_last_reference_fine_enough() -> None:
    resolved = resolve_in_order([(text, sentence) for text, sentence, _ in SIDELINES],
                                "2024-07-12")
    assert [r.value for r in resolved] == [value for _, _, value in SIDELINES]


def test_resolve_in_order_without_anchor_still_reads_explicit_dates_and_anaphora() -> None:
    resolved = resolve_in_order([("1985", "Gorbachev came to power in 1985."),
                                 ("the following year", "The following year, he met Reagan."),
                                 ("next week", "They will meet again next week.")], None)
    assert [r.value for r in resolved] == ["1985", "1986", None]


def test_resolve_in_order_of_nothing() -> None:
    assert resolve_in_order([], A89) == []


@pytest.mark.parametrize("expression, no_day", [
    ("later", True), ("afterwards", True), ("in the afternoon", True), ("at 11 a.m.", True),
    ("Wednesday", False), ("the following day", False), ("June 5", False),
])
def test_a_narrative_step_or_time_of_day_gives_no_day_of_its_own(expression, no_day):
    assert gives_no_day(expression) is no_day
