"""Word lists for the participants extractor, loaded once from ``data/`` (see its README)."""

from __future__ import annotations

from pathlib import Path

from factsheet.lexicon import finite_forms

_DATA = Path(__file__).with_name("data")


def word_set(words: str) -> frozenset[str]:
    """A set of whitespace-separated words (for short in-code lists)."""
    return frozenset(words.split())


def _lines(name: str) -> list[str]:
    """The non-comment lines of a data file, stripped."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line for raw in text.splitlines() if (line := raw.partition("#")[0].strip())]


def _words(name: str) -> frozenset[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    if "#" in text:
        text = "\n".join(raw.partition("#")[0] for raw in text.splitlines())
    return frozenset(text.split())


def _honorifics() -> tuple[dict[str, str], frozenset[str]]:
    """Honorific -> the gender it implies, and the honorifics that are a peer's rank."""
    genders: dict[str, str] = {}
    peers: set[str] = set()
    for line in _lines("honorifics.txt"):
        word, gender, *marks = line.split()
        genders[word] = gender
        if "peer" in marks:
            peers.add(word)
    return genders, frozenset(peers)


def _known_orgs() -> tuple[dict[str, str], frozenset[str]]:
    """Abbreviation -> full name, and every known organisation name."""
    abbrev: dict[str, str] = {}
    names: set[str] = set()
    for line in _lines("known_orgs.txt"):
        full, _, abbrs = line.partition("|")
        full = full.strip()
        names.add(full)
        for abbr in abbrs.split(","):
            abbr = abbr.strip()
            if abbr:
                abbrev[abbr] = full
                names.add(abbr)
    return abbrev, frozenset(names)


MALE_NAMES = _words("first_names_male.txt")
FEMALE_NAMES = _words("first_names_female.txt")


def given_name_gender(first: str) -> str | None:
    """"m" or "f" for a given name listed for one gender only, else None."""
    male, female = first in MALE_NAMES, first in FEMALE_NAMES
    if male == female:
        return None
    return "m" if male else "f"
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
EAST_ASIAN_SURNAMES = _words("surnames_east_asian.txt")
HONORIFICS, _PEER_HONORIFICS = _honorifics()
# A peer's rank before a name: the honorifics marked "peer", and ranks that are no honorific
# here ("Earl" is a given name too: "Earl Roe" is a person named Earl).
PEER_TITLES = _PEER_HONORIFICS | word_set("Earl Viscount Viscountess Marquess")
TITLE_MODIFIERS = _words("title_modifiers.txt")
ROLE_NOUNS = _words("role_nouns.txt")
ORG_HEADS = _words("org_heads.txt")
ORG_ABBREVIATIONS, KNOWN_ORGS = _known_orgs()
PLACES = frozenset(_lines("places.txt"))
# demonyms.txt: long lines are word lists; short lines (up to 3 words) are one phrase each.
_DEMONYM_LINES = _lines("demonyms.txt")
DEMONYMS = frozenset(
    entry
    for line in _DEMONYM_LINES
    for entry in (line.split() if len(line.split()) > 3 else [line])
)
COMMON_CAPS = _words("common_caps.txt")
CALENDAR_WORDS = _words("calendar_words.txt")
EVENT_HEADS = _words("event_heads.txt")
STORM_WORDS = _words("storm_words.txt")
POST_NOMINALS = _words("post_nominals.txt")
NOT_PARTICIPANTS = _words("not_participants.txt") | POST_NOMINALS


def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for line in _lines("place_words.txt"):
        label, _, words = line.partition(":")
        (first if label == "first" else last).update(words.split())
    return frozenset(first), frozenset(last)


PLACE_FIRST_WORDS, PLACE_LAST_WORDS = _place_words()
GROUP_NOUNS = _words("group_nouns.txt")
# Finite forms of the reporting verbs ("says", "said"), plus the plural present "say".
REPORTING_VERBS = finite_forms(tuple(sorted(_words("reporting_verbs.txt")))) | {"say"}

# Lower-case words allowed inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES = word_set(
    """van von der den de del della di da dos das du la le bin ibn al el ter ten y
    """
)
# Lower-case words allowed inside an organisation's name after a head ("Ministry of ...").
ORG_CONNECTORS = word_set("of for and & on the de du des in")

# Nouns of kin and of a person's own life, after a possessive name ("Lebed's wife").
KIN_NOUNS = word_set(
    """wife husband widow widower son sons daughter daughters child children mother father
    parents brother brothers sister sisters family grandson granddaughter grandchildren
    fiancee fiance girlfriend boyfriend bodyguard bodyguards aides doctors health funeral
    birthday memoirs"""
)

MALE_PRONOUNS = word_set("he him his himself")
FEMALE_PRONOUNS = word_set("she her hers herself")
