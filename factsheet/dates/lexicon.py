"""Word lists for temporal expressions, written from general knowledge of English.

Sources: calendar names (months, weekdays, seasons), English number words, the TimeML
TIMEX3 guidelines' units and granularities, common fixed-date holidays, and English verb
morphology for the tense cues. Nothing here is mined from any annotated corpus.
"""

from __future__ import annotations

# Month names (and their abbreviations, only used next to a day number or a year, never
# alone: "Jan" is a name) and weekday names: the shared calendar words.
from factsheet.lexicon import MONTH_ABBREVIATIONS as MONTH_ABBREVIATIONS
from factsheet.lexicon import MONTHS as MONTHS
from factsheet.lexicon import WEEKDAYS as WEEKDAYS

# Capitalised words that turn a weekday into the name of a day ("Good Friday").
WEEKDAY_NAME_FORMERS = frozenset({
    "good", "black", "ash", "super", "bloody", "palm", "easter", "holy", "cyber", "maundy",
    "shrove", "fat", "giving", "low", "whit", "man", "girl",
})

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
# The month a season is taken to start in, to place "last winter" before or after today.
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H",
    "day": "D", "week": "W", "fortnight": "FN", "month": "M", "year": "Y",
    "decade": "DE", "century": "CE", "quarter": "Q",
}
# Plural spellings that do not just add an "s".
UNIT_PLURALS: dict[str, str] = {"centuries": "century"}
TIME_UNITS = frozenset({"second", "minute", "hour"})

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Quantities that leave the number open: "several years" is PXY.
VAGUE_QUANTITIES = frozenset({"several", "a few", "few", "many", "a couple of", "some"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "thirtieth": 30,
}

# Words that may precede an expression and belong to it (TimeML keeps modifiers).
APPROXIMATORS = (
    "about", "around", "approximately", "nearly", "almost", "roughly", "some",
    "more than", "less than", "fewer than", "at least", "at most", "up to",
    "no more than", "no less than", "just over", "just under", "well over", "over",
)
POSITION_MODIFIERS = ("early", "late", "mid", "earlier", "later", "the end of",
                      "the beginning of", "the start of", "the middle of", "the close of",
                      "the turn of", "the rest of", "the remainder of")

# Fixed-date holidays (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "bastille day": (7, 14), "st. patrick's day": (3, 17), "new year's": (1, 1),
}
# Holidays on the n-th weekday of a month: (month, weekday 1-7, n; -1 for the last one).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4),
    "labor day": (9, 1, 1), "memorial day": (5, 1, -1),
    "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3),
}

# Tense cues for the direction of a bare month or weekday.
FUTURE_CUES = frozenset({
    "will", "'ll", "’ll", "shall", "won't", "won’t", "going", "plans", "plan", "planning",
    "expected", "expects", "scheduled", "due", "set", "upcoming", "intends",
    "would", "effective",
})
# The unmistakable ones, for weekdays: news weekdays look back unless these say otherwise.
STRONG_FUTURE_CUES = frozenset({
    "will", "'ll", "’ll", "shall", "won't", "won’t", "going", "upcoming", "scheduled",
    "tomorrow", "planned", "planning", "expected", "expects", "expect",
    "intends", "intend", "would", "aims", "hopes", "soon",
})
PAST_CUES = frozenset({
    "was", "were", "had", "did", "didn't", "didn’t", "wasn't", "wasn’t", "weren't", "weren’t",
    "ago", "last", "since", "said", "told", "met", "went", "came", "took", "made", "gave",
    "got", "began", "left", "saw", "found", "held", "won", "lost", "fell", "rose", "sold",
    "bought", "paid", "spent", "brought", "thought", "felt", "kept", "led", "ran", "sent",
    "struck", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "knew", "threw",
    "became", "stood", "fought", "caught", "taught", "built", "meant", "heard", "hid",
    "earlier", "previously", "recently", "yesterday",
})
PRESENT_CUES = frozenset({"is", "are", "am", "says", "say", "now", "today", "currently"})
# Words in -ed that are not past-tense verbs, or that point forward.
NOT_PAST_ED = frozenset({
    "need", "needed", "feed", "seed", "speed", "bleed", "breed", "embed", "proceed",
    "succeed", "exceed", "indeed", "red", "bed", "shed", "hundred", "scheduled",
    "expected", "planned", "proposed", "supposed", "intended", "slated", "wed",
    "united", "limited", "based", "concerned", "interested", "related", "detailed",
    "advanced", "allied", "armed", "alleged", "reed", "deed", "greed", "weed", "sled",
})
