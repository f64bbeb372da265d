"""Is an unknown capitalised name a person? Evidence from the name itself (a common first
name, initials, an East Asian family name first) and from its context (a title before it,
an apposition or ", who" after it, an age, a reporting verb)."""

from __future__ import annotations

import re

from factsheet.participants import lexicon as lx
from factsheet.participants.runs import Segment
from factsheet.participants.titles import apposition_after, role_noun, title_before
from factsheet.participants.words import FUNCTION_CAPS, Word

_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.[A-Z][a-z]")
_AGE = re.compile(r",\s*\d{1,2}\s*,")
_WHO = re.compile(r",\s*who\b")
_NOT_ACRONYMS = lx.word_set(
    """AIDS HIV GMT BST EST CEO CFO TV OK AM PM GDP GNP DNA USD VAT PC CD DVD ID FM AD BC
    RBI NO YES II III IV VI VII VIII IX XI
    """
)
_MAX_NAME_WORDS = 4


def name_evidence(seg: Segment) -> list[str]:
    """Person evidence carried by the words of the name alone."""
    words = seg.words
    if len(words) == 1:
        return []  # every rule below reads two words or more
    if east_asian_name(words):
        return ["east_asian"]
    if _given_then_word(words):
        return ["first_name"]  # "Nathan Law", "Anthony Hill", "Henry VIII", "Richard Finn"
    if len(words) > _MAX_NAME_WORDS or _has_non_name(words):
        return []
    out: list[str] = []
    first = words[0].text
    if len(words) >= 2 and first in lx.FIRST_NAMES and first not in lx.PLACES:
        out.append("first_name")
    if len(words) >= 2 and any(_INITIAL.match(w.text) for w in words[:-1]):
        out.append("initials")
    if east_asian_name(words):
        out.append("east_asian")
    return out


_ROMAN = re.compile(r"^(?:X{0,2})(?:IX|IV|V?I{0,3})$")
# Place words that are also common surnames ("Anthony Hill", "Devon White").
_SURNAME_LIKE = lx.word_set(
    "Hill Hills Green Wall Wood Woods Field Fields Brook Brooks Lake Rivers Ford Banks "
    "Beach Castle Forest Marsh Cross Park White Black Law English French Welsh Irish"
)


def _given_then_word(words: tuple[Word, ...]) -> bool:
    """A common given name, then one word that a list also knows as something else."""
    if len(words) != 2 or words[0].text not in lx.FIRST_NAMES or words[0].text in lx.PLACES:
        return False
    last = words[1].text
    if last and _ROMAN.match(last):
        return True  # a regnal number
    return last in lx.EVENT_HEADS or last in _SURNAME_LIKE or _word_surname(words[0].text, last)


# Place kinds that lx.PLACE_LAST_WORDS does not hold ("Dale County", "Kansas City").
_PLACE_KIND_WORDS = lx.word_set("County City State")
# Faith adjectives, listed with the nationality words but no one's surname.
_FAITHS = lx.word_set(
    """Catholic Protestant Muslim Jewish Christian Orthodox Hindu Buddhist Sikh Anglican
    Methodist Baptist Lutheran Evangelical Presbyterian Mormon Shiite Sunni"""
)


def _word_surname(first: str, last: str) -> bool:
    """"Renee Stone", "Alan English", "Marty Vale": a known given name makes a person of an
    ordinary or nationality word after it; not a plural ("Democrats") nor an organisation
    or calendar word, and not after a given name that is an ordinary word too
    ("Christian", "Will")."""
    if first in lx.COMMON_CAPS or first in lx.DEMONYMS or last.endswith("s"):
        return False
    if last in lx.ORG_HEADS or last in lx.CALENDAR_WORDS or last.isupper():
        return False
    if last in lx.PLACE_LAST_WORDS or last in _PLACE_KIND_WORDS or last in _FAITHS:
        return False  # "Grace Road", "Dale County", "Roman Catholic"
    return last in lx.COMMON_CAPS or last in lx.DEMONYMS


def east_asian_name(words: tuple[Word, ...]) -> bool:
    """"Park Min Soo", "Xi Jinping": a family name first, then short given names."""
    return (
        2 <= len(words) <= 3
        and words[0].text in lx.EAST_ASIAN_SURNAMES
        and _asian_given(words[1:])
        and not _has_non_name(words[1:])
    )


def _has_non_name(words: tuple[Word, ...]) -> bool:
    """Does any word rule out a person's name (an ordinary, calendar, org or event word)?"""
    for w in words:
        found = _NON_NAME.get(w.text)
        if found is None:
            if len(_NON_NAME) >= _MAX_NON_NAME:
                _NON_NAME.clear()  # bounded: a long-lived process stays small
            found = _NON_NAME[w.text] = _non_name_word(w.text)
        if found:
            return True
    return False


# Word -> _non_name_word(word): seven list look-ups done once per distinct word.
_NON_NAME: dict[str, bool] = {}
_MAX_NON_NAME = 50_000


def _non_name_word(t: str) -> bool:
    if t in lx.FIRST_NAMES:
        return False  # "Christian", "Oscar", "Major"
    return (
        t in lx.COMMON_CAPS
        or t in lx.CALENDAR_WORDS
        or t in lx.DEMONYMS
        or (t.endswith("s") and t[:-1] in lx.DEMONYMS)  # "Americans", "Britons"
        or t in lx.ORG_HEADS
        or t in lx.EVENT_HEADS
        or (t.isupper() and len(t) > 1 and "." not in t)
    )


def _asian_given(words: tuple[Word, ...]) -> bool:
    """Given names after an East Asian family name: short, capitalised, not English words."""
    return all(
        w.text[:1].isupper() and w.text.replace("-", "").isalpha() and len(w.text) <= 10
        for w in words
    )


def context_evidence(seg: Segment, words: list[Word], text: str, limit: int) -> list[str]:
    """Person evidence from around the name (title, apposition, age, ', who')."""
    if len(seg.words) > _MAX_NAME_WORDS:
        return []
    if _has_non_name(seg.words):
        return _word_given_name_evidence(seg, words, text, limit)
    out: list[str] = []
    if title_before(words, seg.words[0].index) is not None:
        out.append("title_before")
    if apposition_after(text, seg.end, limit) is not None:
        out.append("apposition")
    if age_or_who(text, seg.end):
        out.append("age_or_who")
    return out


def _word_given_name_evidence(
    seg: Segment, words: list[Word], text: str, limit: int
) -> list[str]:
    """"spokeswoman Hope Dale", "Bay Corran, a strategist": a given name that is also
    an ordinary word, then a surname no list knows, is a person when a role is written
    right before it in lower case or in an apposition after it."""
    if len(seg.words) != 2 or not _ordinary_only(seg.words[0].text):
        return []
    last = seg.words[1]
    if _has_non_name((last,)) or not _NAME_WORD.match(last.text) or last.possessive:
        return []
    if last.text in lx.PLACES or last.text in lx.PLACE_LAST_WORDS:
        return []
    found = title_before(words, seg.words[0].index)
    if found is not None and role_noun(words[found[1] - 1].text) and not words[found[1] - 1].cap:
        return ["title_before"]
    return ["apposition"] if apposition_after(text, seg.end, limit) is not None else []


def _ordinary_only(t: str) -> bool:
    """A capitalised ordinary word that no other list claims (a place, a title, a body)."""
    return t in lx.COMMON_CAPS and not (
        t in lx.PLACES or t in lx.DEMONYMS or t in lx.ORG_HEADS or t in lx.CALENDAR_WORDS
        or t in lx.EVENT_HEADS or t in lx.TITLE_MODIFIERS or t in lx.HONORIFICS
        or t in lx.PLACE_FIRST_WORDS or t in lx.PLACE_LAST_WORDS or t in FUNCTION_CAPS
    )


def age_or_who(text: str, end: int) -> bool:
    """", 65," or ", who" right after a name: said of people."""
    return bool(_AGE.match(text, end) or _WHO.match(text, end))


_FOREIGN_ARTICLES = lx.word_set("Der Die Das Le La Les Il Los Las")
_NAME_WORD = re.compile(
    r"^(?:[A-Z]\.)+$|^[A-Z][a-z]*(?:[’'-][A-Za-z][a-z]+)*[a-z]$|^Ma?c[A-Z][a-z]+$"
)


NOT_BEFORE_NAME = lx.word_set(
    """the a an film movie novel book song album game show series brand ship station hotel
    magazine newspaper programme program play opera musical painting sculpture installation"""
)


def looks_like_name(seg: Segment, all_words: list[Word], text: str) -> bool:
    """Two to four name-shaped words, none of them an ordinary, place or org word, and not
    after "the", a work noun or an opening quote ("the Silver Clouds", "the film Easy
    Rider", “Viva Zapata”)."""
    if not 2 <= len(seg.words) <= _MAX_NAME_WORDS:
        return False
    first = seg.words[0]
    before = all_words[first.index - 1].text.lower() if first.index > 0 else ""
    if first.joined and before in NOT_BEFORE_NAME:
        return False
    if opens_quote(text, seg.start):
        return False
    words = seg.words
    if not 2 <= len(words) <= _MAX_NAME_WORDS or _has_non_name(words):
        return False
    if words[0].text in _FOREIGN_ARTICLES or words[0].text in lx.PLACE_FIRST_WORDS:
        return False
    if words[-1].text in lx.PLACE_LAST_WORDS or any(w.text in lx.PLACES for w in words):
        return False
    return all(_NAME_WORD.match(w.text) or w.text in lx.NAME_PARTICLES for w in words)


_PAREN = re.compile(r"\s*\(([A-Z][\w. ]{0,30})\)")


def country_after(seg: Segment, text: str) -> list[str]:
    """"Jan Novak (Czech Republic)": a country in brackets after a name, as in results."""
    m = _PAREN.match(text, seg.end)
    if m is None or len(seg.words) > _MAX_NAME_WORDS:
        return []
    inside = m.group(1).strip()
    return ["country_after"] if inside in lx.PLACES or inside in lx.DEMONYMS else []


def opens_quote(text: str, start: int) -> bool:
    """Right after an opening quotation mark: the title of a work, more often than not."""
    return start > 0 and text[start - 1] in "\"“‘"


def acronym_org(seg: Segment) -> bool:
    """A lone ALL-CAPS word of 2-6 letters that is not a place: an organisation's acronym."""
    if len(seg.words) != 1:
        return False
    t = seg.words[0].text
    bare = t.replace(".", "")
    if not (2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()):
        return False
    title = t.capitalize()
    if title in lx.PLACES or title in lx.DEMONYMS or title in lx.COMMON_CAPS:
        return False  # "SEOUL, May 21": a dateline, "NEWS": an ordinary word
    return t not in lx.PLACES and bare not in _NOT_ACRONYMS and t not in lx.DEMONYMS
