"""Calendar words shared by the stages that read dates: publication dates (corpus) and event
dates (dates). One table, so that a month spelling added for one is known to both."""

from __future__ import annotations

# Month words, lower case: English names and their abbreviations, and the Russian genitive forms
# that Russian datelines use ("2 сентября 2020").
ENGLISH_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
RUSSIAN_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
MONTHS = {**ENGLISH_MONTHS, **RUSSIAN_MONTHS}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Weekdays and the short forms datelines write ("Wed. 06 of September"); not "Sat" and "Sun",
# which are also names.
WEEKDAY_WORDS = frozenset(WEEKDAYS) | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"}
# Calendar words that never name a person alone ("Jul" of a date line tagged PERSON); not the
# months that are also names ("May", "June", "April", "August").
NO_NAME_CALENDAR_WORDS = (frozenset(ENGLISH_MONTHS) - {"may", "june", "april", "august"}) \
    | frozenset(WEEKDAYS)
