"""Rules for named calendar units: full dates, months, years, decades, centuries,
quarters, halves, seasons and holidays."""

from __future__ import annotations

import re
import string
from datetime import timedelta

from factsheet.dates.context import Candidate, Context
from factsheet.dates.games import in_a_game
from factsheet.dates.lexicon import (
    FIXED_HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SEASON_START_MONTH,
    SEASONS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from factsheet.dates.normalise import (
    days_in_month,
    easter_sunday,
    month_value,
    nth_weekday,
    quarter_of,
    season_year,
    year_for_day,
    year_for_month,
)
from factsheet.dates.numbers import ordinal, spelled_year
from factsheet.dates.numeric import SLASH_DATE, slash_day_month, slash_order
from factsheet.dates.patterns import (
    DAY_NUMBER,
    FISCAL_YEAR_CODE,
    MONTH_ANY,
    MONTH_FULL,
    ORDINAL_WORD,
    POSITION,
    POSITION_LAST_WORDS,
    SEASON,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR4,
    day_then_month,
    month_then_day,
)
from factsheet.dates.rule import (
    Rule,
    found,
    found_span,
    inside_name,
    lead_word_before,
    next_is_name,
    rule,
    word_before,
)
from factsheet.text import LazyPattern

# Words before a bare month or season that make it a date ("in May", "until March").
CALENDAR_PREPOSITIONS = frozenset(
    (
        "in", "since", "until", "till", "by", "during", "before", "after", "from", "through",
        "throughout", "of", "to", "between", "and", "or", "for", "around", "early", "late", "mid",
        "each", "every", "last", "next", "this", "as"
    )
)
# Words before a bare season: narrower, as "fall" and "spring" are verbs ("began to fall").
SEASON_PREPOSITIONS = frozenset(
    (
        "in", "during", "by", "until", "till", "since", "over", "through", "throughout", "before",
        "after", "for", "early", "late", "into"
    )
)
# Words before a four-digit number that make it a count or a code, not a year.
NOT_YEAR_BEFORE = frozenset(
    (
        "about", "some", "nearly", "approximately", "around", "over", "than", "almost", "roughly",
        "no.", "number", "page", "flight", "route", "model", "version", "room", "code", "article",
        "section", "chapter", "exactly", "only", "just", "top", "plus", "minus", "highway",
        "interstate", "rule", "box", "suite", "apartment", "unit", "gate", "channel", "bus",
        "train", "platform", "resolution", "resolutions", "no", "nos", "exit", "terminal",
        "line", "type", "class", "series", "size", "bill", "ticket", "seat", "score", "rank",
        "ranked", "height", "altitude", "elevation", "capacity", "population", "total"
    )
)
# Counted nouns after a four-digit number: "2000 people" is not a year.
NOT_YEAR_AFTER = frozenset(
    (
        "people", "persons", "troops", "men", "women", "children", "soldiers", "votes", "voters",
        "workers", "shares", "employees", "jobs", "dollars", "cars", "units", "copies", "pounds",
        "tons", "tonnes", "feet", "meters", "metres", "miles", "kilometers", "kilometres", "acres",
        "members", "cases", "deaths", "students", "homes", "houses", "barrels", "points", "yards",
        "runs", "times", "rounds", "calories", "words", "pages", "miles", "hours"
    )
)

_RELATIVE_YEAR = {"this": 0, "last": -1, "next": 1}

# Lead tests (see Rule): what may stand before a calendar name that a match starts before.
# "early March", "the end of May", "mid-June", "last December", "this past March".
_MONTH_LEADS = (*POSITION_LAST_WORDS, "last", "next", "this", "past", "coming")
# "Friday, March 3": a weekday name, and the comma after it.
_WEEKDAY_LEADS = (*WEEKDAYS, ",")
# "early 2019", "mid-2019", "pre-1990", "the year 2019".
_YEAR_LEADS = (*POSITION_LAST_WORDS, "year")


def _month_lead(text: str, start: int) -> bool:
    return lead_word_before(text, start, _MONTH_LEADS, hyphen=True)


def _weekday_lead(text: str, start: int) -> bool:
    return lead_word_before(text, start, _WEEKDAY_LEADS)


def _year_lead(text: str, start: int) -> bool:
    """A year's trigger is its digits; "mid2019" glues the lead to them."""
    glued = start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-")
    return glued or lead_word_before(text, start, _YEAR_LEADS)


# Trigger tests (see Rule): what every match has next to its trigger word. A number's
# trigger is its run of digits: four ("1999") or two before an "s" ("'90s").
_DAY_BEFORE_MONTH = ("of", "st", "nd", "rd", "th")  # "5th of May", "21st May"


def _day_number_before(text: str, start: int) -> bool:
    """Can the month name at ``start`` end a "day_month" ("5 May", "the 21st of May")?"""
    word = word_before(text, start)
    return word is None or word.isdigit() or word in _DAY_BEFORE_MONTH


def _dash_after_year(text: str, start: int) -> bool:
    """"2025-05-21", "2025/05/21": the four digits of the year, then a dash or a slash."""
    return text[start + 4 : start + 5] in ("-", "/")


def _slash_before_year(text: str, start: int) -> bool:
    """"5/21/2025", "21-05-2025": a slash or a dash, then the year."""
    return text[start - 1 : start] in ("/", "-")


def _decade_ending(text: str, start: int) -> bool:
    """"1990s", "1990’s", "’90s"; a decade word ("nineties") has no test."""
    if not text[start].isdigit():
        return True
    return text[start + 2 : start + 3] == "s" or text[start + 4 : start + 5] in ("s", "'", "’")


def _the_before_year(text: str, start: int) -> bool:
    """"the 1988 quarter": "the" right before the year."""
    word = word_before(text, start)
    return word is None or word.endswith("the")


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def day_number(text: str) -> int | None:
    return ordinal(text) if text[0].isalpha() else int(text.rstrip("stndrh"))


def _year_or_none(text: str | None) -> int | None:
    return int(text) if text else None


def _date_text(year: int | None, month: int, day: int) -> str | None:
    probe = year if year is not None else 2000  # a leap year, so Feb. 29 passes
    if day < 1 or day > days_in_month(probe, month):
        return None
    return f"{'XXXX' if year is None else f'{year:04d}'}-{month:02d}-{day:02d}"


def _full_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    month = month_number(m.group("mon"))
    day = day_number(m.group("day"))
    if day is None:
        return None
    year = _year_or_none(m.group("year"))
    if year is None:
        year = year_for_day(ctx.ref, month, day, ctx.direction(m.start(), m.end()))
    value = _date_text(year, month, day)
    return found(m, "DATE", value) if value else None


_OF = r"(?:\s+(?i:of))?"  # "the 3rd of May"
_DAY_OR_WORD = f"{DAY_NUMBER}|{ORDINAL_WORD}"  # "May 3", "May third"
_TAIL = r"(?![\w%]|[.,:/-]\d|\s*(?i:percent))"
# "May 19-20": the first day of a range of days stands on its own
_DAY_RANGE_AHEAD = r"(?=[-–](?:[12]\d|3[01]|0?[1-9])(?!\d|[.,:/]\d|%))"

month_day = rule(
    "month_day",
    rf"(?<![\w.])(?:(?P<wd>{WEEKDAY}),?\s+)?{month_then_day(_DAY_OR_WORD)}"
    rf"(?:,?\s+(?P<year>{YEAR4}))?"
    rf"(?:{_DAY_RANGE_AHEAD}|{_TAIL})",
    lead_test=_weekday_lead,
)(_full_date)

day_month = rule(
    "day_month",
    rf"(?<![\w.,$-])(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?i:the)\s+)?"
    rf"{day_then_month(_OF)}(?:,?\s+(?P<year>{YEAR4}))?{_TAIL}",
    needs=r"\d(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?[A-Z]",  # a day number, then a month name
    trigger_test=_day_number_before,
)(_full_date)


@rule(
    "second_day",
    rf"(?<![\w.]){month_then_day()}"
    rf"(?:\s+(?i:and|or|to|through)\s+|\s?[-–]\s?)(?P<day2>{DAY_NUMBER})(?:,?\s+(?P<year>{YEAR4}))?{_TAIL}",
    needs=r"\d(?:st|nd|rd|th)?(?:\s+(?i:and|or|to|through)\s+|\s?[-–]\s?)\d",  # two day numbers
)
def second_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"April 24 and 25": the second day of the month, its own date (the first is found
    by ``month_day``)."""
    first, day = day_number(m.group("day")), day_number(m.group("day2"))
    if first is None or day is None or day <= first:
        return None
    month = month_number(m.group("mon"))
    year = _year_or_none(m.group("year"))
    if year is None:
        year = year_for_day(ctx.ref, month, day, ctx.direction(m.start(), m.end()))
    value = _date_text(year, month, day)
    return found_span(m.start("day2"), m.end("day2"), "DATE", value) if value else None


@rule(
    "iso_date",
    rf"(?<![\w./-])(?P<y>{YEAR4})(?P<sep>[-/])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)"
    r"(?![\w/-]|[.:]\d)",
    needs=r"\d[-/][01]\d[-/]",
    trigger_test=_dash_after_year,
)
def iso_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"2025-05-21", and "2025/05/21" as East Asian outlets write it."""
    value = _date_text(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return found(m, "DATE", value) if value and 1 <= int(m.group("m")) <= 12 else None


def _dot_before_year(text: str, start: int) -> bool:
    """"21.05.2025": a dot, then the year."""
    return text[start - 1 : start] == "."


@rule(
    "us_date",
    SLASH_DATE,
    needs=r"[/-]\d",
    trigger_test=_slash_before_year,
)
def us_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"5/21/2025", or "21/05/2025" in an article that writes its dates day first; the
    same with dashes ("05-21-2025", "21-05-2025")."""
    fields = slash_day_month(int(m.group("a")), int(m.group("b")), slash_order(ctx))
    if fields is None or not 1 <= fields[1] <= 12:
        return None
    value = _date_text(int(m.group("y")), fields[1], fields[0])
    return found(m, "DATE", value) if value else None


@rule(
    "dotted_date",
    rf"(?<![\w.,/-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR4})(?![\w]|[.,:/-]\d)",
    needs=r"\d\.\d",
    trigger_test=_dot_before_year,
)
def dotted_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"21.05.2025": day, month and year, as European usage writes them (never the
    month first). A version number ("version 2.1.2019") is left out."""
    month = int(m.group("m"))
    if not 1 <= month <= 12 or ctx.prev_word(m.start()) in _VERSION_WORDS:
        return None
    value = _date_text(int(m.group("y")), month, int(m.group("d")))
    return found(m, "DATE", value) if value else None


_VERSION_WORDS = frozenset({"version", "release", "build", "v", "ver", "firmware"})


@rule(
    "month_year",
    rf"(?<![\w.])(?:{POSITION})?(?P<mon>{MONTH_ANY})(?:\s+(?i:of)|,)?\s+"
    rf"(?:(?P<year>{YEAR4})|(?P<spelled>{SPELLED_YEAR})|(?P<rel>(?i:this|last|next))\s+(?i:year))"
    r"(?![\w%']|’|[.,]\d)",
    # a year in figures or words, "this year" (first characters ahead: see any_of)
    needs=rf"(?=(?i:[12nty]))(?:{YEAR4}|(?i:nineteen|twenty|year))",
    lead_test=_month_lead,
)
def month_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    month = month_number(m.group("mon"))
    year = _stated_or_spelled(m)
    if year is not None:
        return found(m, "DATE", month_value(year, month))
    if ctx.ref is None:
        return found(m, "DATE", f"XXXX-{month:02d}")
    year = ctx.ref.year + _RELATIVE_YEAR[m.group("rel").lower()]
    return found(m, "DATE", month_value(year, month))


@rule(
    "month",
    rf"(?<![\w.])(?:{POSITION})?(?:(?P<rel>(?i:last|next|this(?:\s+(?:past|coming))?|coming))\s+)?"
    rf"(?P<mon>{MONTH_FULL})(?![\w-]|['’](?!s\b))",
    lead_test=_month_lead,
)
def bare_month(m: re.Match[str], ctx: Context) -> Candidate | None:
    modified = m.group("mon") != m.group(0)
    prev = ctx.prev_word(m.start())
    if not modified and prev not in CALENDAR_PREPOSITIONS and not _the_month_noun(ctx, m, prev):
        return None
    if not modified and (inside_name(ctx, m.start()) or next_is_name(ctx, m.end())):
        return None
    month = month_number(m.group("mon"))
    if ctx.ref is None:
        return found(m, "DATE", f"XXXX-{month:02d}")
    rel = (m.group("rel") or "").lower().split()
    year = _month_year(ctx, m, month, rel)
    return found(m, "DATE", month_value(year, month))


_MONTH_NOUN_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _the_month_noun(ctx: Context, m: re.Match[str], prev: str) -> bool:
    """"the October slaying", "a June agreement": a month between a determiner and a
    lower-case noun."""
    nxt = ctx.next_word(m.end())
    if prev not in _MONTH_NOUN_DETERMINERS or not nxt or not nxt[0].islower():
        return False
    if nxt in ("of", "on", "to", "for"):
        return False  # "the March of the Mothers": a name
    return ctx.text[m.end() : m.end() + 1] == " "


def _month_year(ctx: Context, m: re.Match[str], month: int, rel: list[str]) -> int:
    assert ctx.ref is not None
    ref = ctx.ref
    if rel[:1] == ["last"] or rel[-1:] == ["past"]:
        return ref.year if month < ref.month else ref.year - 1
    if rel[:1] in (["next"], ["coming"]) or rel[-1:] == ["coming"]:
        return ref.year if month > ref.month else ref.year + 1
    if rel == ["this"]:
        return ref.year
    return year_for_month(ref, month, ctx.direction(m.start(), m.end())) or ref.year


@rule(
    "year",
    # (the characters beyond Latin-1 in look-arounds of their own: see NOT_AFTER_NUMBER_CHAR)
    rf"(?:(?<![\w$£¥#.,:/'-])(?<![’–])(?<!€)|(?<={YEAR4}[-–]))(?:{POSITION}|(?i:pre|post)-)?"
    rf"(?:(?P<the>(?i:the\s+year))\s+)?(?P<year>{YEAR4})"
    rf"(?![\w%']|’|[.,:/]\d|[-–](?!{YEAR4}(?!\d))\d|\s*(?i:percent))",
    lead_test=_year_lead,
)
def year(m: re.Match[str], ctx: Context) -> Candidate | None:
    value = int(m.group("year"))
    prev = ctx.prev_word(m.start())
    if prev in NOT_YEAR_BEFORE or ctx.next_word(m.end()).lower() in NOT_YEAR_AFTER:
        return None
    if value < 1600 and prev not in CALENDAR_PREPOSITIONS and not m.group("the"):
        return None
    if m.group(0)[0].isdigit() and inside_name(ctx, m.start()):
        return None  # "Orion 1980", "Windows 2000": part of a name
    if _after_a_hyphen(ctx, m) and not _YEAR_RANGE_START.search(
        ctx.text, max(0, m.start() - _YEAR_RANGE_START_LENGTH), m.start()
    ):
        return None  # "555-2024"; "2019-2020" is two years
    return found(m, "DATE", f"{value:04d}")


_YEAR_RANGE_START = LazyPattern(rf"(?<!\d){YEAR4}[-–]\Z")
_YEAR_RANGE_START_LENGTH = 5  # four digits and the dash: searched for in as many characters


def _after_a_hyphen(ctx: Context, m: re.Match[str]) -> bool:
    return m.start() > 0 and ctx.text[m.start() - 1] in "-–" and not m.group(0)[0].isalpha()


@rule(
    "decade",
    rf"(?<![\w$'-])(?<!’)(?:(?i:the)\s+)?(?:{POSITION})?"
    r"(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|(?:['’]|(?<=[Tt]he ))(?P<short>\d0)s"
    r"|(?<=[Tt]he )(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties)))(?![\w-])",
    needs=r"(?=(?i:[0t]))(?:0['’]?s|(?i:ties))",  # "1990s", "’90s", "the nineties"
    trigger_test=_decade_ending,
)
def decade(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("dec"):
        return found(m, "DATE", m.group("dec")[:3])
    if m.group("word"):
        # "the nineties": of the 1900s; "in her nineties" (no "the") is an age
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}[m.group("word").lower()]
        return found(m, "DATE", f"19{tens}")
    short = int(m.group("short"))
    century = "19" if short >= 30 else "20"
    return found(m, "DATE", f"{century}{short // 10}")


@rule(
    "century",
    rf"(?<![\w-])(?:(?i:the)\s+)?(?:{POSITION})?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})"
    r"[\s-]+(?i:century)(?![\w-])",
)
def century(m: re.Match[str], ctx: Context) -> Candidate | None:
    n = ordinal(m.group("n"))
    return found(m, "DATE", f"{n - 1:02d}") if n and 1 <= n <= 21 else None


_QUARTER_WORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
_OF_YEAR = (
    rf"(?:\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?P<y2>{YEAR4})|(?P<rel>(?i:this|last|next))\s+(?i:year)"
    r"|(?i:the\s+(?:fiscal\s+|calendar\s+)?year)))?"
)


@rule(
    "quarter",
    rf"(?<![\w-])(?:(?P<the>(?i:the))\s+|(?P<poss>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
    rf"(?:(?P<y1>{YEAR4})\s+)?(?:(?i:fiscal|calendar)\s+)?(?P<q>{_QUARTER_WORD})(?P<sep>[\s-]+)"
    rf"(?:(?i:fiscal|calendar)\s+)?(?i:quarter)(?![\w-]){_OF_YEAR}",
)
def quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    q = ordinal(m.group("q")) or 0
    stated = m.group("y1") or m.group("y2") or m.group("poss") or m.group("rel")
    if not stated and in_a_game(ctx, m.start(), m.end()):
        return None  # "scored 12 points in the fourth quarter": a quarter of a match
    if m.group("the") and m.group("sep") == "-" and not m.group("y1"):
        # "the third-quarter loss": the adjective alone is the expression
        return found_span(m.start("q"), m.end(), "DATE", _quarter_value(m, ctx, q, True))
    return found(m, "DATE", _quarter_value(m, ctx, q, False))


def _quarter_value(m: re.Match[str], ctx: Context, q: int, adjective: bool) -> str:
    """A quarter without a year is this year's, except that one still to come this year
    but at most two quarters back is, in a past-tense report, last year's
    ("fourth-quarter profit rose" in a January story)."""
    stated = m.group("y1") or m.group("y2") or m.group("poss") or m.group("rel")
    year = _stated_year(m, ctx)
    if stated or ctx.ref is None or q <= quarter_of(ctx.ref):
        return f"{year}-Q{q}"
    quarters_back = (quarter_of(ctx.ref) - q) % 4
    if quarters_back <= 2 and ctx.direction(m.start(), m.end()) < 0:
        return f"{ctx.ref.year - 1:04d}-Q{q}"
    return f"{year}-Q{q}"


def _stated_year(m: re.Match[str], ctx: Context) -> str:
    """The year of "the third quarter [of 2024]": stated, relative, or the reference's."""
    groups = m.groupdict()
    stated = groups.get("y1") or groups.get("y2")
    if stated:
        return stated
    if ctx.ref is None:
        return "XXXX"
    rel = groups.get("rel") or groups.get("poss") or "this"
    return f"{ctx.ref.year + _RELATIVE_YEAR.get(rel.lower(), 0):04d}"


@rule(
    "q_quarter",
    rf"(?<![\w-])(?:(?P<y1>{YEAR4})\s+)?(?P<kind>[QH])(?P<q>[1-4])"
    rf"(?:\s+(?:(?P<y2>{YEAR4})|{FISCAL_YEAR_CODE}))?(?![\w-])",
)
def q_quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"Q3", "Q3 2024", "Q1 FY26" (of fiscal 2026, as "FY26" alone is 2026); a half only
    with its year ("H1 2025": "H1" alone may be a heading, a road or a visa)."""
    year = m.group("y1") or m.group("y2") or (m.group("fy") and fiscal_year(m.group("fy")))
    if m.group("kind") == "H":
        half = int(m.group("q"))
        return found(m, "DATE", f"{year}-H{half}") if year and half <= 2 else None
    if year is None:
        year = f"{ctx.ref.year:04d}" if ctx.ref else "XXXX"
    return found(m, "DATE", f"{year}-Q{m.group('q')}")


def fiscal_year(digits: str) -> str:
    """The year of "FY26", "fiscal '98", "FY2026": "2026", "1998", "2026"."""
    if len(digits) == 2:
        return ("19" if int(digits) >= 50 else "20") + digits
    return digits


@rule(
    "half",
    rf"(?<![\w-])(?i:the)\s+(?P<h>(?i:first|second|1st|2nd|latter|last))\s+(?i:half){_OF_YEAR}",
)
def half(m: re.Match[str], ctx: Context) -> Candidate | None:
    word = m.group("h").lower()
    if m.group(0).lower().rstrip().endswith("half"):
        return None  # "the second half" alone is as often a match's as a year's
    n = 1 if word in ("first", "1st") else 2
    return found(m, "DATE", f"{_stated_year(m, ctx)}-H{n}")


_SEASON_REL = (
    r"(?i:this(?:\s+(?:past|coming))?|last|next|(?:the\s+)?(?:past|coming|previous|following))"
)


@rule(
    "season",
    rf"(?<![\w-])(?:(?P<rel>{_SEASON_REL})\s+|(?P<the>(?i:the))\s+)?(?:{POSITION})?"
    rf"(?P<season>{SEASON})(?![\w-])"
    rf"(?:\s+(?:(?i:of)\s+)?(?:(?P<year>{YEAR4})(?![\w%])|(?P<spelled>{SPELLED_YEAR})))?",
)
def season(m: re.Match[str], ctx: Context) -> Candidate | None:
    word = m.group("season")
    code = SEASONS[word.lower()]
    capitalised = word[0].isupper() and m.start("season") != _sentence_start(ctx, m.start())
    if capitalised and (inside_name(ctx, m.start()) or next_is_name(ctx, m.end())):
        return None  # "Arab Spring", "Winter Olympics"
    if not _season_is_time(m, ctx):
        return None
    stated = _stated_or_spelled(m)
    if stated is not None:
        return found(m, "DATE", f"{stated:04d}-{code}")
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel in ("this past", "this coming") and ctx.ref is not None:
        return found(m, "DATE", f"{_nearest_season_year(ctx, code, rel == 'this past')}-{code}")
    step = _season_step(rel)
    if step == 0:
        year = ctx.ref.year if ctx.ref else None
    else:
        year = season_year(ctx.ref, code, step or 0, ctx.direction(m.start(), m.end()))
    return found(m, "DATE", f"{'XXXX' if year is None else f'{year:04d}'}-{code}")


def _stated_or_spelled(m: re.Match[str]) -> int | None:
    """The year written in digits ("1994") or read aloud ("nineteen ninety-four")."""
    if m.group("year"):
        return int(m.group("year"))
    return spelled_year(m.group("spelled")) if m.group("spelled") else None


def _sentence_start(ctx: Context, offset: int) -> int:
    sentence = ctx.doc.sentence_at(offset)
    return sentence.start if sentence else -1


def _nearest_season_year(ctx: Context, code: str, past: bool) -> str:
    """"this past spring": the latest spring over by now; "this coming winter": the
    first one still to begin. ("last spring" is the year before's, as TimeBank reads it.)"""
    assert ctx.ref is not None
    now = ctx.ref.year * 12 + ctx.ref.month - 1
    start = SEASON_START_MONTH[code] - 1
    year = ctx.ref.year + 1 if past else ctx.ref.year - 1
    step = -1 if past else 1
    while (year * 12 + start + 3 > now) if past else (year * 12 + start <= now):
        year += step
    return f"{year:04d}"


def _season_step(rel: str) -> int | None:
    """-1 / +1 for last / next season, 0 for "this", None when the tense must decide."""
    if rel.startswith("last") or rel.endswith(("past", "previous")):
        return -1
    if rel.startswith("next") or rel.endswith(("coming", "following")):
        return 1
    return 0 if rel == "this" else None


def _season_is_time(m: re.Match[str], ctx: Context) -> bool:
    """"fall" and "spring" are also verbs and nouns: ask for calendar context."""
    if m.group("rel") or m.group("year") or m.group("spelled"):
        return True
    lead = ctx.text[m.start() : m.start("season")].lower().split()
    position_given = bool(lead) and lead != ["the"]
    prev = ctx.prev_word(m.start())
    after = ctx.next_word(m.end()).lower()
    if after in ("of", "in", "and") and m.group("season").lower() == "fall":
        return False
    return position_given or prev in SEASON_PREPOSITIONS


def _holiday_pattern() -> str:
    names = [*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, "easter", "easter sunday", "good friday"]
    forms = sorted({string.capwords(n) for n in names}, key=len, reverse=True)
    escaped = [re.escape(f).replace("'", "['’]").replace(r"\ ", r"\s+") for f in forms]
    return "(?:" + "|".join(escaped) + ")"


def _holiday_last_words() -> str:
    """The last word of every holiday name, as ``_holiday_pattern`` writes it."""
    names = [*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, "easter", "easter sunday", "good friday"]
    last = sorted({string.capwords(n).split()[-1] for n in names})
    return "|".join(re.escape(w).replace("'", "['’]") for w in last)


@rule(
    "holiday",
    rf"(?<![\w-])(?:(?P<rel>(?i:last|next|this))\s+)?(?P<h>{_holiday_pattern()})(?![\w'-])(?!’)"
    rf"(?:\s+(?P<year>{YEAR4})(?![\w%]))?",
    needs=_holiday_last_words(),
)
def holiday(m: re.Match[str], ctx: Context) -> Candidate | None:
    prev = ctx.prev_word(m.start())
    several_words = " " in m.group("h") or "-" in m.group("h")
    if not (m.group("rel") or m.group("year") or several_words or prev in CALENDAR_PREPOSITIONS
            or prev == "on"):
        return None
    name = re.sub(r"\s+", " ", m.group("h").lower().replace("’", "'"))
    year = _holiday_year(m, ctx, name)
    if year is None:
        return found(m, "DATE", _holiday_day(2000, name).replace("2000", "XXXX", 1))
    return found(m, "DATE", _holiday_day(year, name))


def _holiday_year(m: re.Match[str], ctx: Context, name: str) -> int | None:
    if m.group("year"):
        return int(m.group("year"))
    if ctx.ref is None:
        return None
    rel = (m.group("rel") or "").lower()
    if rel in ("last", "next"):
        this_year = _holiday_day(ctx.ref.year, name)
        if rel == "last":
            return ctx.ref.year if this_year < ctx.ref.isoformat() else ctx.ref.year - 1
        return ctx.ref.year if this_year > ctx.ref.isoformat() else ctx.ref.year + 1
    month, day = (int(p) for p in _holiday_day(ctx.ref.year, name)[5:].split("-"))
    return year_for_day(ctx.ref, month, day, ctx.direction(m.start(), m.end()))


def _holiday_day(year: int, name: str) -> str:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return f"{year:04d}-{month:02d}-{day:02d}"
    if name in WEEKDAY_HOLIDAYS:
        month, weekday, n = WEEKDAY_HOLIDAYS[name]
        return nth_weekday(year, month, weekday, n).isoformat()
    sunday = easter_sunday(year)
    return (sunday - timedelta(days=2) if name == "good friday" else sunday).isoformat()


@rule(
    "year_period",
    rf"(?<![\w-])(?i:the)\s+(?P<year>{YEAR4})\s+(?P<what>(?i:quarter|period))(?![\w-])",
    needs=r"\d\s+(?i:quarter|period)",
    trigger_test=_the_before_year,
)
def year_period(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"the 1988 quarter", "the 1988 period": in a results story, the quarter in focus
    of that year (see the focus pass); otherwise the year, or an unknown quarter of it."""
    year = int(m.group("year"))
    value = f"{year:04d}-QX" if m.group("what").lower() == "quarter" else f"{year:04d}"
    return Candidate(m.start(), m.end(), "DATE", value, focus_year=year)


CALENDAR_RULES: tuple[Rule, ...] = (
    month_day, day_month, second_day, iso_date, us_date, dotted_date, month_year, bare_month,
    year, decade, century, quarter, q_quarter, half, season, holiday, year_period,
)
