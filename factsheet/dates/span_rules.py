"""Rules for durations, sets, clock times, fiscal and spelled-out years, and the
PRESENT_REF / PAST_REF / FUTURE_REF words."""

from __future__ import annotations

import re
from datetime import timedelta

from factsheet.dates.calendar_rules import fiscal_year, month_number
from factsheet.dates.context import Candidate, Context
from factsheet.dates.lexicon import (
    MONTHS,
    NOT_PAST_ED,
    ONES,
    PARTS_OF_DAY,
    PAST_CUES,
    SEASONS,
    WEEKDAYS,
)
from factsheet.dates.normalise import (
    day_value,
    duration_value,
    relative_value,
    weekday_date,
    year_for_day,
)
from factsheet.dates.numbers import quantity, word_number
from factsheet.dates.numbers import spelled_year as read_spelled_year
from factsheet.dates.patterns import (
    AM_PM,
    APPROX,
    DAY_NUMBER,
    DIGITS,
    FISCAL_YEAR_CODE,
    MONTH_ANY,
    MONTH_FULL,
    NOT_AFTER_NUMBER_CHAR,
    NUMBER_WORD,
    QUANTITY,
    QUANTITY_LAST_WORDS,
    SEASON,
    SPELLED_YEAR,
    UNIT_ANY,
    WEEKDAY,
    YEAR4,
    any_of,
)
from factsheet.dates.relative_rules import _singular
from factsheet.dates.rule import Rule, found, found_span, lead_word_before, rule, word_before
from factsheet.text import LazyPattern

_WHICH = any_of((
    "past", "last", "next", "first", "final", "previous", "coming", "following", "preceding",
    "remaining", "same", "initial", "full", "entire", "whole", "latest", "most recent",
    "ensuing", "subsequent", "additional", "extra", "further", "another", "other",
))
# Words right before "a year" that make it a rate ("$5 a year", "twice a day").
_RATE_BEFORE = frozenset(
    (
        "once", "twice", "thrice", "times", "billion", "million", "thousand", "hundred", "percent",
        "cents", "dollars", "euros", "pounds", "yen", "per"
    )
)


# Words between the quantity and the unit: "three more days", "five straight years".
_UNIT_MODIFIERS = (
    "more", "additional", "extra", "further", "trading", "business", "working", "straight",
    "consecutive",
)
_WORDS_BEFORE_UNIT = QUANTITY_LAST_WORDS | frozenset(_UNIT_MODIFIERS)


def _quantity_before(text: str, start: int) -> bool:
    """Can the unit word at ``start`` end a duration? It is written in lower case and
    follows a hyphen or spaces after a figure, a quantity word or a modifier ("two-year",
    "20 years", "a few more days"); each of those words stands whole (after a space, a
    hyphen or no word character), so the word before must be one of them exactly."""
    if not text[start].islower():
        return False
    word = word_before(text, start, hyphen=True)
    return word is None or word.isdigit() or word in _WORDS_BEFORE_UNIT


@rule(
    "duration",
    rf"{NOT_AFTER_NUMBER_CHAR}(?:{APPROX}\s+)?(?:(?P<the>(?i:the))\s+)?(?:(?P<which>{_WHICH})\s+)?"
    rf"(?P<q>{QUANTITY})(?P<sep>\s+|-)(?:{any_of(_UNIT_MODIFIERS)}\s+)?"
    rf"(?P<unit>{UNIT_ANY})(?P<half>\s+(?i:and\s+a\s+half))?"
    r"(?:-long)?(?![\w-])",
    trigger_test=_quantity_before,
)
def duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"20 years", "the past three years", "for the nine months" (TimeBank keeps "the")."""
    unit = _singular(m.group("unit"))
    q = m.group("q").lower()
    ok, amount = quantity(q)
    if not ok or _is_ordinal_or_adverb(m, ctx, q, unit):
        return None
    if q in ("a", "an") and _is_rate(m, ctx):
        return found(m, "SET", duration_value(1.0, unit))  # "$5 billion a year"
    if ctx.next_word(m.end()).lower() == "old":
        return None  # "five years old" is an age
    if amount is not None and m.group("half"):
        amount += 0.5
    ahead = _point_ahead(m, ctx, unit, amount)
    if ahead is not None:
        return ahead
    return found_span(
        _duration_start(m, ctx), m.end(), "DURATION", duration_value(amount, unit)
    )


_POINT_UNITS = frozenset({"day", "week", "month", "year", "decade"})


def _point_ahead(
    m: re.Match[str], ctx: Context, unit: str, amount: float | None
) -> Candidate | None:
    """"will be redeemed in five years": a point that far ahead, not a stretch of time
    (TimeML reads "in N units" in a future clause as a date)."""
    if m.group("the") or m.group("which") or m.group("sep") == "-" or unit not in _POINT_UNITS:
        return None
    if ctx.prev_word(m.start()) != "in" or ctx.direction(m.start(), m.end(), strict=True) <= 0:
        return None
    if amount is None:
        return found(m, "DATE", "FUTURE_REF")
    if not amount.is_integer():
        return None
    steps = int(amount) * (10 if unit == "decade" else 1)
    return found(m, "DATE", relative_value(ctx.ref, "year" if unit == "decade" else unit, steps))


def _duration_start(m: re.Match[str], ctx: Context) -> int:
    """"for the nine months" keeps its article. An adjective does not ("the two-week
    visit", "the two day trip"), nor a stretch tied to an event ("in the 20 years since
    the war"), where the article belongs to the whole phrase."""
    if not m.group("the") or m.group("which"):
        return m.start()
    adjective = m.group("sep") == "-" or not m.group("unit").lower().endswith("s")
    if adjective or ctx.next_word(m.end()).lower() in _EVENT_ANCHORS:
        return m.start("q")
    return m.start()


_EVENT_ANCHORS = frozenset({
    "since", "after", "before", "following", "of", "that", "when", "until", "between",
})


def _is_ordinal_or_adverb(m: re.Match[str], ctx: Context, q: str, unit: str) -> bool:
    """"a second term", "a quarter of the vote", "he may one day return"."""
    if q in ("a", "an") and unit in ("second", "quarter"):
        return True
    if unit == "quarter" and (m.group("sep") == "-" or ctx.next_word(m.end()) == "of"):
        return True  # "three-quarters of the vote": a fraction
    if q == "one" and unit == "day" and m.start("q") == m.start() and m.group("sep") != "-":
        return ctx.prev_word(m.start()) not in _DURATION_PREPOSITIONS
    return False


_DURATION_PREPOSITIONS = frozenset(
    (
        "for", "within", "in", "after", "over", "than", "about", "only", "just", "nearly", "almost",
        "of", "by", "lasting", "last"
    )
)
_NUMBER_BEFORE = LazyPattern(
    r"[\d%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b"
)


def _is_rate(m: re.Match[str], ctx: Context) -> bool:
    """"a year" after an amount ("$5 billion a year", "24 hours a day", "twice a week")."""
    prev = ctx.prev_word(m.start())
    if prev in _RATE_BEFORE:
        return True
    if prev in _DURATION_PREPOSITIONS or m.start("q") != m.start():
        return False
    before = ctx.text[max(0, m.start() - 25) : m.start()].lower()
    return _NUMBER_BEFORE.search(before) is not None


# The words a vague duration may start with before its unit. Keep in step with the pattern.
_VAGUE_LEADS = ("recent", "coming", "past", "last", "next", "the")


@rule(
    "vague_duration",
    r"(?<![\w-])(?:(?=(?i:[rctpn]))(?P<which>(?i:recent|coming|the\s+(?:past|last|next|coming)"
    r"|past|next|the))\s+)?(?=(?i:[smhdwqyc]))"
    r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries))"
    r"(?P<long>-long)?(?![\w-])",
    lead_test=lambda text, start: lead_word_before(text, start, _VAGUE_LEADS),
)
def vague_duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"for years", "in recent months", "the coming weeks", "over the years"."""
    which = re.sub(r"\s+", " ", (m.group("which") or "").lower())
    prev = ctx.prev_word(m.start())
    if which == "the" and (prev not in ("over", "in", "during", "for", "within", "through")
                           or ctx.next_word(m.end()).lower() in ("of", "and", "ago")):
        return None
    if not which and not m.group("long") and not _bare_units_are_time(m, ctx, prev):
        return None
    if m.group("unit")[0].isupper() and not which:
        return None
    unit = _singular(m.group("unit"))
    if which == "recent" and unit in ("day", "year"):
        return found(m, "DATE", "PAST_REF")
    # "in the weeks before": the article belongs to the noun phrase, not to the time
    start = m.start("unit") if which == "the" else m.start()
    return found_span(start, m.end(), "DURATION", duration_value(None, unit))


@rule(
    "age",
    rf"(?<![\w-])(?i:the\s+age\s+of)\s+(?P<q>{DIGITS}|{NUMBER_WORD})(?![\w-])",
)
def age(m: re.Match[str], ctx: Context) -> Candidate | None:
    ok, amount = quantity(m.group("q"))
    if not ok or amount is None or amount > 130:
        return None
    return found(m, "DURATION", duration_value(amount, "year"))


_SET_UNIT = (
    r"(?P<unit>(?i:second|minute|hour|day|week|month|year|decade|quarter|morning|afternoon"
    rf"|evening|night|weekend|weekday)s?(?![\w-])|{WEEKDAY}(?![\w-])|{SEASON}(?![\w-])"
    rf"|{MONTH_FULL}(?![\w-]))"
)


@rule(
    "every",
    rf"(?<![\w-])(?i:every|each)\s+(?P<other>(?i:other)\s+)?(?:(?P<q>{DIGITS}|{NUMBER_WORD})\s+)?"
    + _SET_UNIT,
)
def every(m: re.Match[str], ctx: Context) -> Candidate | None:
    value = _set_value(m.group("unit"), m.group("q"), bool(m.group("other")))
    return found(m, "SET", value) if value else None


def _set_value(unit_text: str, q: str | None, other: bool) -> str | None:
    unit = _singular(unit_text)
    if unit in MONTHS:
        return f"XXXX-{MONTHS[unit]:02d}"
    if unit in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[unit]}"
    if unit in SEASONS:
        return f"XXXX-{SEASONS[unit]}"
    if unit in PARTS_OF_DAY:
        return f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}"
    if unit in ("weekend", "weekday"):
        return "XXXX-WXX-WE" if unit == "weekend" else "P1D"
    amount: float | None = 2.0 if other else 1.0
    if q:
        ok, amount = quantity(q)
        if not ok or amount is None:
            return None
    return duration_value(amount, unit)


_ADVERBS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M",
}


@rule("adverb_set", r"(?<![\w-])(?P<adv>" + "|".join(sorted(_ADVERBS, key=len, reverse=True))
      + r")(?![\w-])")
def adverb_set(m: re.Match[str], ctx: Context) -> Candidate | None:
    return found(m, "SET", _ADVERBS[m.group("adv")])


@rule(
    "frequency",
    rf"(?<![\w-])(?:(?i:once|twice|thrice)|(?:{DIGITS}|{NUMBER_WORD})\s+(?i:times))\s+"
    r"(?i:a|an|per|each|every)\s+(?P<unit>(?i:day|week|month|year|decade|hour|minute|quarter))"
    r"(?![\w-])",
)
def frequency(m: re.Match[str], ctx: Context) -> Candidate | None:
    return found(m, "SET", duration_value(1.0, m.group("unit").lower()))


_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "recently": "PAST_REF",
    "lately": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF", "the past": "PAST_REF", "the recent past": "PAST_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "the distant past": "PAST_REF",
}


# Reference words that no longer one ends with: no match starts before them.
_ONE_WORD_REFS = tuple(
    w for w in _REFS if " " not in w and not any(r.endswith(" " + w) for r in _REFS)
)


def _reference_lead(text: str, start: int) -> bool:
    """Only the last word of "the near future", "these days" has words before it."""
    return not text[start : start + 9].lower().startswith(_ONE_WORD_REFS)


@rule(
    "reference_word",
    rf"(?<![\w-])(?P<w>{any_of(_REFS)})(?![\w-])",
    lead_test=_reference_lead,
)
def reference_word(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"now", "recently", "in the future". Not a noun with its own complement ("the
    future of the union") nor the head of a longer stretch ("the past three summers")."""
    word = re.sub(r"\s+", " ", m.group("w").lower())
    if word.startswith("the ") and m.group("w")[4].isupper():
        return None
    if word in ("the future", "the past"):
        after = ctx.text[m.end() : m.end() + 24]
        if _COMPLEMENT_AFTER.match(after):
            return None
    return found(m, "DATE", _REFS[word])


# "of" + a noun phrase, or a number ("the past three summers", "the past 20 years")
_COMPLEMENT_AFTER = LazyPattern(
    r"\s+(?:of\s|\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"several|few|many)\b)"
)


@rule("soon", r"(?<![\w-])(?:(?P<asap>(?i:as\s+soon\s+as\s+possible))|(?i:soon))(?![\w-])")
def soon(m: re.Match[str], ctx: Context) -> Candidate | None:
    """"will soon begin", "as soon as possible": FUTURE_REF. Not "as soon as it ends",
    "soon after", nor a past "was soon released"."""
    if m.group("asap"):
        return found(m, "DATE", "FUTURE_REF")
    prev, nxt = ctx.prev_word(m.start()), ctx.next_word(m.end()).lower()
    if prev in ("as", "how", "too", "so") or nxt in _NOT_AFTER_SOON:
        return None
    if prev in PAST_CUES or nxt in PAST_CUES or (nxt.endswith("ed") and nxt not in NOT_PAST_ED):
        return None  # the verb next to it is past: "was soon released", "soon became"
    return found(m, "DATE", "FUTURE_REF")


_NOT_AFTER_SOON = frozenset({"after", "before", "afterward", "afterwards", "thereafter", "as"})
# ("after" alone is not enough: "after hours trading"; "after years of" is read below)
_VAGUE_BEFORE = frozenset({"for", "over", "within", "took", "lasted"})
# "after years of war", "follows months of talks": a stretch of time before "of"
_BEFORE_UNITS_OF = frozenset({
    "after", "following", "follows", "followed", "amid", "despite", "ending", "ended", "end",
})
_PHRASE_END = LazyPattern(r"\s*(?:[.,;:!?)\"”]|$)")


def _bare_units_are_time(m: re.Match[str], ctx: Context, prev: str) -> bool:
    """"for years", "after months of talks", "the first time in years"."""
    if prev in _VAGUE_BEFORE:
        return True
    if prev in _BEFORE_UNITS_OF and ctx.next_word(m.end()).lower() == "of":
        return True
    return prev == "in" and _PHRASE_END.match(ctx.text, m.end()) is not None

# Nouns after which "current" is not about time: a current account, current assets.
_CURRENT_NOT_TIME = frozenset({
    "account", "accounts", "assets", "liabilities", "ratio", "flow", "flows", "density",
    "meter", "source", "sources", "affairs",
})


@rule("current", r"(?<![\w-])(?P<then>(?i:then)\s+)?(?i:current)(?=\s+[a-z])")
def current(m: re.Match[str], ctx: Context) -> Candidate | None:
    """TimeBank's convention for the adjective: "the current weakness" is PRESENT_REF,
    "the then current price" PAST_REF. "the current year" is left to the unit rules."""
    noun = ctx.next_word(m.end()).lower()
    if noun in _CURRENT_NOT_TIME or noun in _UNIT_WORDS:
        return None
    return found(m, "DATE", "PAST_REF" if m.group("then") else "PRESENT_REF")


_UNIT_WORDS = frozenset({
    "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days",
    "fiscal", "period", "term", "season", "session", "decade", "century", "half",
})


_SPLIT_CLOCK = LazyPattern(r"\d:\s$")

_DAY_REF = (
    rf"(?P<dayword>(?i:today|yesterday|tomorrow|tonight))|(?P<wd>{WEEKDAY})"
    rf"|(?P<mon>{MONTH_ANY})\s+(?P<day>{DAY_NUMBER})"
)
_CLOCK = (
    rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>{AM_PM})"
    r"(?![\w])|(?P<h24>[01]?\d|2[0-3]):(?P<min24>[0-5]\d)"
    r"(?=\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|(?i:local\s+time|hours?|hrs)\b))"
    r"|(?P<nm>(?i:noon|midnight))"
)


@rule(
    "clock",
    rf"(?<![\w.:$-])(?:(?i:around|approximately|shortly\s+(?:after|before)|just"
    rf"\s+(?:after|before))\s+)?(?:{_CLOCK})(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET)(?![\w]))?"
    rf"(?:,?\s+(?:{_DAY_REF})(?![\w-]))?",
    # a figure before "a.m."/"pm", a 24-hour "14:30", or "noon"/"midnight"
    needs=r"(?=(?i:[\dnm]))(?:\d\s*(?i:[ap]\.?m)|\d:\d|(?i:noon|midnight))",
)
def clock(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("nm") and (m.group("nm")[0].isupper() or ctx.prev_word(m.start()) == "high"):
        return None  # "High Noon": a title or an idiom
    if _SPLIT_CLOCK.search(ctx.text, max(0, m.start() - 3), m.start()):
        return None  # "11: 06 a.m.": the hour is cut off
    hour, minute = _clock_time(m)
    if hour is None:
        return None
    day = _clock_day(m, ctx)
    clock_time = f"T{hour:02d}:{minute:02d}"
    if m.group("dayword") or m.group("wd") or m.group("mon"):
        return found(m, "TIME", day + clock_time)
    # "at 10:35 a.m." happened on the day the story last mentioned, unless a day follows
    # ("at 10:35 a.m. on Friday"): both are read once the candidates are known
    return Candidate(m.start(), m.end(), "TIME", day + clock_time, anchor=("day", 0, clock_time))


def _clock_time(m: re.Match[str]) -> tuple[int | None, int]:
    if m.group("nm"):
        return (12 if m.group("nm").lower() == "noon" else 24), 0
    if m.group("h24"):
        return int(m.group("h24")), int(m.group("min24"))
    hour = int(m.group("h"))
    if not 1 <= hour <= 12:
        return None, 0
    pm = m.group("ampm").lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return hour, int(m.group("min") or 0)


def _clock_day(m: re.Match[str], ctx: Context) -> str:
    ref = ctx.ref
    if ref is None:
        return "XXXX-XX-XX"
    if m.group("dayword"):
        offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
        return day_value(ref + timedelta(days=offsets[m.group("dayword").lower()]))
    if m.group("wd"):
        wd = WEEKDAYS[m.group("wd").lower()]
        return day_value(weekday_date(ref, wd, ctx.direction(m.start(), m.end(), strict=True)))
    if m.group("mon"):
        month, day = month_number(m.group("mon")), int(m.group("day").rstrip("stndrh"))
        year = year_for_day(ref, month, day, ctx.direction(m.start(), m.end()))
        return f"{year:04d}-{month:02d}-{day:02d}"
    return day_value(ref)


@rule(
    "fiscal",
    rf"(?<![\w-])(?:(?i:fiscal)(?:\s+(?i:year))?\s+(?P<y>{YEAR4}|['’]\d\d)"
    rf"|{FISCAL_YEAR_CODE})(?![\w%-])",
)
def fiscal(m: re.Match[str], ctx: Context) -> Candidate | None:
    return found(m, "DATE", fiscal_year((m.group("y") or m.group("fy")).lstrip("'’")))


@rule(
    "spelled_year",
    rf"(?<![\w-])(?:(?i:the\s+year)\s+)?(?P<spelled>{SPELLED_YEAR})"
    r"|(?<![\w-])(?i:the\s+year)\s+(?P<th>(?i:two\s+thousand)(?:(?:\s+and)?\s+"
    rf"{any_of(ONES)})?)(?![\w-])",
    needs=r"(?=(?i:[nt]))(?i:nineteen|twenty|thousand)",
)
def spelled_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("th"):
        words = m.group("th").lower().replace(" and ", " ").split()
        extra = word_number(" ".join(words[2:])) if len(words) > 2 else 0
        return found(m, "DATE", f"{2000 + (extra or 0):04d}")
    year = read_spelled_year(m.group("spelled"))
    return found(m, "DATE", f"{year:04d}") if year is not None else None


SPAN_RULES: tuple[Rule, ...] = (
    duration, vague_duration, age, every, adverb_set, frequency, reference_word, current, soon,
    clock,
    fiscal, spelled_year,
)
