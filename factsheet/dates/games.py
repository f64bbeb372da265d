"""Is a quarter or a half that of a ball game rather than of a business year?"""

from __future__ import annotations

from factsheet.dates.context import Context
from factsheet.text import LazyPattern

# Words of ball games and of money: a quarter near the first and none of the second is a
# quarter of a match.
_GAME_WORDS = LazyPattern(
    r"(?i:\b(?:points?|scored?|scoring|touchdowns?|field goals?|baskets?|three-pointers?|"
    r"rebounds?|assists?|free throws?|goals?|innings|half-?time|overtime|quarterback|tries|"
    r"penalt(?:y|ies)|wickets?|(?:play|game|match|team)s?)\b)"
    r"|(?<![\d.,$-])\d{1,3}-\d{1,3}(?![\d%-])"  # a score: "won 32-8"
)
_MONEY_WORDS = LazyPattern(
    r"(?i:\b(?:profits?|loss(?:es)?|sales|revenues?|earnings|results|growth|GDP|economy|"
    r"income|shares?|dividends?|percent|fiscal|output|demand|prices?)\b)|[$%€£]"
)
_GAME_REACH = 160


def in_a_game(ctx: Context, start: int, end: int) -> bool:
    lo, hi = max(0, start - _GAME_REACH), min(len(ctx.text), end + _GAME_REACH)
    return bool(_GAME_WORDS.search(ctx.text, lo, hi)) and not _MONEY_WORDS.search(
        ctx.text, lo, hi
    )
