"""Sports copy: teams are organisations. A sports article is recognised by its slug
("SOCCER - ...") or by its result lines; a team by a score next to it ("Somerset 83",
"Leeds 2 Chelsea 1") or by a match verb ("X beat Y", "against Y")."""

from __future__ import annotations

import re
from itertools import islice

from factsheet.participants import lexicon as lx
from factsheet.text import Document

_SPORTS = lx.word_set(
    """SOCCER FOOTBALL CRICKET TENNIS GOLF RUGBY BASKETBALL BASEBALL ATHLETICS CYCLING
    BOXING HOCKEY MOTOR MOTORCYCLING RACING NFL NBA NHL NHL SKIING SWIMMING FORMULA SPORT
    SPORTS OLYMPICS SQUASH BADMINTON VOLLEYBALL HANDBALL ROWING SAILING YACHTING JUDO
    WRESTLING CHESS SNOOKER DARTS EQUESTRIANISM HORSE TRIATHLON"""
)
# "SOCCER - ...", or "Soccer - ..." when the headline is in ordinary case.
_SLUG = re.compile(r"([A-Z][A-Za-z ]{2,30}?)\s+-\s")
_SCORE_LINE_BODY = r"[A-Z][^\n\d]{1,40} \d{1,3} [A-Z][^\n\d]{1,40} \d{1,3}\s*$"
# A result line is searched for as "\n" and the line: a literal first character, which
# the engine skips to at C speed ("^" is tried at every character). The text's first line
# is tried on its own. A line's trailing \s* never takes the "\n" that opens the next
# result line ($ needs one after it), so the lines found are those of "^" in MULTILINE.
_FIRST_SCORE_LINE = re.compile(_SCORE_LINE_BODY, re.M)
_SCORE_LINE = re.compile("\n" + _SCORE_LINE_BODY, re.M)
_MIN_SCORE_LINES = 3
# A score right after a team: a number that is not a date, a time or a bowler's figures.
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?![\d:./-])|[ \t]+\d{1,3}-\d{1,3}(?![\d-])")
_SCORE_BEFORE = re.compile(r"\d[ \t]+$")
_MATCH_BEFORE = lx.word_set("beat beats against v vs vs. over defeated edged thrashed")
_MATCH_AFTER = lx.word_set(
    """beat beats v vs vs. drew defeated edged thrashed won lost reached closed declared
    finished trailed led scored conceded collapsed replied slumped recovered kept"""
)
# "Surrey captain Chris Lewis": a team before a player's role.
_TEAM_ROLE_AFTER = lx.word_set(
    """captain coach manager batsman bowler opener striker midfielder defender goalkeeper
    keeper skipper chairman player players fans supporters side squad"""
)
_CONTEXT = 40  # characters looked at on each side of a name
_CRICKET_BEFORE = lx.word_set("b c st lbw")


def is_sports(doc: Document) -> bool:
    """A sports slug on the first line, or several result lines."""
    first = doc.paragraphs[0] if doc.paragraphs else None
    if first is not None:
        slug = _SLUG.match(doc.text, first.start, first.end)
        if slug and any(w.upper() in _SPORTS for w in slug.group(1).split()):
            return True
    first_line = _FIRST_SCORE_LINE.match(doc.text)
    needed = _MIN_SCORE_LINES - (first_line is not None)
    rest = _SCORE_LINE.finditer(doc.text, first_line.end() if first_line else 0)
    return sum(1 for _ in islice(rest, needed)) >= needed  # stops at the last one needed


def team_context(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) used as a team: next to a score or a match verb?"""
    line_start = text.rfind("\n", max(0, start - _CONTEXT), start) + 1
    before = text[max(line_start, start - 30) : start]
    prev_word = before.split()[-1] if before.split() else ""
    if prev_word in _CRICKET_BEFORE:
        return False  # "c Smith b Jones 13": players in a cricket scorecard
    if _SCORE_AFTER.match(text, end) or _SCORE_BEFORE.search(before):
        return True
    line_end = text.find("\n", end, end + _CONTEXT)
    after = text[end : line_end if line_end >= 0 else end + _CONTEXT][:30].split()
    next_word = after[0] if after else ""
    if next_word in _TEAM_ROLE_AFTER and end - start > 1:
        return True
    return prev_word in _MATCH_BEFORE or next_word in _MATCH_AFTER


# "Pettite (19-7)": a pitcher's record; "Aunger (41st min)": a scorer's minute.
_PLAYER_NOTE = re.compile(r"[ \t]*\((?:\d{1,2}-\d{1,2}\)|\d{1,3}(?:st|nd|rd|th)\b)")
_FIGURES = re.compile(r"[ \t]+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")


def cricket_player(text: str, start: int, end: int) -> bool:
    """"c Smith b Jones 13", "Bowling: Jones 10-1-40-2", "Smith (19-7)", "Smith (41st
    min)": a player in a scorecard or a report's notes."""
    before = text[max(0, start - 5) : start].split()
    if before and before[-1] in _CRICKET_BEFORE and text[start - 1] == " ":
        return True
    return bool(_FIGURES.match(text, end) or _PLAYER_NOTE.match(text, end))


_ROSTER_ITEM = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})(?: \([a-z]+\))?")
_ROSTER_PREFIX = re.compile(r"[^:\n]{1,40}: |[A-Z][\w ]{1,30} - ")
_MIN_ROSTER = 4


def roster_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names in a line that is a list of players ("Given, Breen, Staunton, Irwin"):
    four or more capitalised items of one to three words, nothing else."""
    prefix = _ROSTER_PREFIX.match(text, start, end)
    pos = prefix.end() if prefix else start
    line = text[pos:end].rstrip(". ")
    out: list[tuple[int, int]] = []
    for item in line.replace(" and ", ", ").split(", "):
        m = _ROSTER_ITEM.fullmatch(item.strip())
        if m is None:
            return []
        at = text.find(m.group(1), pos, end)
        out.append((at, at + len(m.group(1))))
        pos = at + len(m.group(1))
    return out if len(out) >= _MIN_ROSTER else []
