"""News-language word lists shared by the sections: reporting verbs and calendar names.

Written from general knowledge of English news style and grammar (style-guide reporting
verbs, regular English verb morphology, month and weekday names with their AP-style
abbreviations); nothing is mined from any annotated corpus. Plain data and small functions
only: no regex is compiled here, so importing this module costs next to nothing.
"""

from __future__ import annotations

from functools import cache

# Verbs that introduce speech or writing ("she said", "he tweeted", "they warned").
SPEECH_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "write", "tweet", "post", "note", "warn", "state", "argue", "ask",
    "continue", "declare", "reply", "explain", "respond", "recall", "conclude", "report",
    "suggest", "pledge", "acknowledge", "insist", "claim", "promise", "announce", "assure",
    "urge", "vow", "admit", "lament", "predict", "remark", "joke", "yell", "answer", "complain",
    "assert", "agree", "boast", "sigh", "grumble", "mutter", "shout", "chant", "scream",
    "whisper", "observe", "emphasize", "emphasise", "stress", "contend", "maintain", "counter",
    "retort", "quip", "concede", "confirm", "deny", "testify", "allege", "demand", "recount",
    "repeat", "reiterate", "proclaim", "exclaim", "murmur", "cry", "snap", "fume", "gush",
    "muse", "wonder", "opine", "mention", "comment", "elaborate", "inform", "advise", "remind",
    "affirm", "propose", "recommend", "caution", "charge", "decry", "thunder", "bark",
    "explain", "acknowledge", "reason", "plead", "beg", "interject", "interrupt", "rant",
    "marvel", "groan", "laugh", "smile", "shrug", "hint", "predict", "speculate", "estimate",
    "guess", "figure", "surmise", "posit", "text", "email", "message", "chime", "pipe",
    "summarize", "summarise", "read", "tout", "brag", "crow", "sneer", "scoff", "snort",
    "huff", "protest", "object", "cheer", "celebrate", "concur", "disagree", "dispute",
    "reveal", "disclose", "divulge", "confide", "volunteer", "go", "put", "press", "point",
    "inquire", "enquire", "query", "chide", "scold", "tease", "swear", "gripe", "bemoan",
    "intone", "rebut", "relay", "recite", "react", "interject", "wrap", "remember", "sing",
    "reminisce", "shoot", "fire", "hit", "push", "cut", "weigh", "follow", "blare", "crack",
    # third pass: exclamations and deliveries that news prose uses like "said"
    "beam", "riff", "exult", "gloat", "rave", "taunt", "vent", "jeer", "heckle", "holler",
    "howl", "blurt", "stammer", "implore", "preach", "pronounce",
)

# Irregular past forms (simple past and participle) and other forms the rules get wrong.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "read": ("read",),
    "go": ("went", "gone"),
    "swear": ("swore", "sworn"),
    "put": ("put",),
    "sing": ("sang", "sung"),
    "shoot": ("shot",),
    "hit": ("hit",),
    "cut": ("cut",),
}

# Final consonants doubled before -ed/-ing (stress on the last syllable).
DOUBLING: frozenset[str] = frozenset(
    {"admit", "quip", "snap", "chat", "plan", "refer", "concur", "beg", "rant", "compel", "hit",
     "cut"}
)


def inflect(base: str) -> tuple[str, ...]:
    """Every form of a verb: base, third person, past (and participle), -ing.

    Regular English rules; the irregular pasts come from IRREGULAR_FORMS."""
    return _forms(base)[0]


@cache
def _forms(base: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """(all forms, third-person form, past forms) of a verb, derived once per verb."""
    if base.endswith("e"):
        third, past, ing = base + "s", base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third, past, ing = base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    elif base in DOUBLING:
        third, past, ing = base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    elif base.endswith(("sh", "ch", "s", "x", "z")):
        third, past, ing = base + "es", base + "ed", base + "ing"
    else:
        third, past, ing = base + "s", base + "ed", base + "ing"
    pasts = IRREGULAR_FORMS.get(base, (past,))
    forms = (base, third, ing, *pasts) if base in IRREGULAR_FORMS else (base, third, past, ing)
    return forms, third, pasts


def finite_forms(bases: tuple[str, ...]) -> frozenset[str]:
    """Third-person and past forms of the verbs ("says", "said"): the forms of a
    reporting clause ("..., she said"), without the base or -ing forms that are often
    nouns or adjectives ("report", "warning")."""
    return frozenset(f for b in bases for f in (_forms(b)[1], *_forms(b)[2]))


# Month names, lower case, with their numbers.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
# Usual news abbreviations (AP style "Aug.", "Sept."); "may" has none.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Weekday names, lower case, with their ISO numbers (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip
