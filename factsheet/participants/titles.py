"""A person's title or role: written before the name ("Afghan Ambassador to the United
States Hamdullah Mohib", "Surrey captain Chris Lewis") or in an apposition after it
("Kim Eun Joo, a human rights activist and author of ..., condemned")."""

from __future__ import annotations

import re

from factsheet.participants import lexicon as lx
from factsheet.participants.words import Word

_MAX_TITLE_WORDS = 12
_MAX_COMMA_TITLE_WORDS = 9
_MIN_IST_LEN = 7
_TITLE_LINKS = lx.word_set("of to for the and at")
# Lower-case words that may sit inside a title before a role noun.
_ROLE_MODIFIERS = lx.word_set(
    """former deputy vice acting senior chief top assistant associate general executive
    managing foreign prime interim junior veteran team club county state national
    regional human rights opposition party security defence defense finance trade
    justice interior health education energy environment
    """
)
TITLE_WORDS = _ROLE_MODIFIERS | _TITLE_LINKS
_PHRASE_LINKS = _TITLE_LINKS | lx.word_set("in on")  # "a suspect in the bombing, Roe"
# Forms of address: a gender cue before the name, never the end of a longer title.
_ADDRESS = lx.word_set("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Mme Mme.")
_DETERMINERS = ("a ", "an ", "the ")
_DETERMINER_WORDS = lx.word_set("a an the his her their its our this that")
_EARLY_ROLE_WORDS = 3
_AFFILIATION = re.compile(
    r" (?:of|from) (?:the )?([A-Z][\w’'&.-]*(?: (?:of|for|and|[A-Z][\w’'&.-]*)){0,6})"
)
_CREDENTIAL = re.compile(r",? (QC|KC|SC|MP|MEP|MSP|PhD|OBE|MBE|CBE)\b")
_APPOSITION_STOP = re.compile(r"[,;:()“”\"]| who | which | that ")
_RELATIVE_ROLE = re.compile(r",\s*who\s+(?:is|was|has been|had been)\s+(?:a|an|the)\s+")
_MAX_APPOSITION_WORDS = 14
_MAX_APPOSITION_CHARS = 200


def role_noun(word: str) -> bool:
    """A role noun: listed ("spokesman"), or an -ist noun ("activist", "Scientologist")."""
    low = word.lower()
    if low in lx.ROLE_NOUNS:
        return True
    return len(low) >= _MIN_IST_LEN and low.endswith("ist") and not low.endswith(("sist", "xist"))


def is_role_word(w: Word) -> bool:
    """A role noun ("spokesman") or a title word ("Ambassador")."""
    return role_noun(w.text) or (w.cap and w.text in lx.HONORIFICS)


def title_before(words: list[Word], first: int) -> tuple[int, int] | None:
    """Word index range [lo, hi) of the title written right before words[first]."""
    if first > 0 and words[first - 1].possessive:
        return None  # "the President’s meeting": an owner, not a title
    j = first
    collected: list[int] = []
    while j > 0 and words[j].joined and len(collected) < _MAX_TITLE_WORDS:
        prev = words[j - 1]
        if not _title_part(prev):
            break
        collected.append(j - 1)
        j -= 1
    collected.reverse()
    while collected and not _title_edge(words[collected[0]]):
        collected.pop(0)
    if len(collected) > 1 and words[collected[-1]].text in _ADDRESS:
        return _title_before_address(words, collected)
    return _checked_title(words, collected)


def _checked_title(words: list[Word], collected: list[int]) -> tuple[int, int] | None:
    """The range of the collected words when they hold a role and end with one or a capital."""
    if not collected or not any(is_role_word(words[k]) for k in collected):
        return None
    last = words[collected[-1]]
    if not (is_role_word(last) or last.cap):
        return None
    return collected[0], collected[-1] + 1


def _title_before_address(words: list[Word], collected: list[int]) -> tuple[int, int] | None:
    """"Undersecretary for Education Mr. Roe": the words before the address are the title.
    Not after a link ("spokesman for Mr. Roe", "Mr. and Mrs. Roe": another person's role or
    name) nor after an abbreviation's period ("Acme Ltd. Mr. Roe": likely a sentence
    break); then only the address is left (a gender cue, the title of last resort)."""
    address = collected[-1]
    before = words[address - 1].text
    if before.lower() in _TITLE_LINKS or before.endswith("."):
        return address, address + 1
    found = _checked_title(words, collected[:-1])
    return found if found is not None else (address, address + 1)


def _title_part(w: Word) -> bool:
    low = w.text.lower()
    if w.cap:
        return not (w.sentence_start and w.text in lx.COMMON_CAPS and w.text not in lx.HONORIFICS)
    return role_noun(low) or low in _ROLE_MODIFIERS or low in _TITLE_LINKS


def _title_edge(w: Word) -> bool:
    """A title starts with a capitalised word, a role noun or a modifier, not a link word."""
    return w.text.lower() not in _TITLE_LINKS


def apposition_after(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """Offsets of the role in ", a human rights activist," right after a name ending at end."""
    pos = _skip_spaces(text, end, limit)
    if pos >= limit or text[pos] != ",":
        return None
    limit = min(limit, pos + _MAX_APPOSITION_CHARS)  # bounded: linear over many names
    relative = _RELATIVE_ROLE.match(text, pos, limit)
    start = relative.end() if relative else _skip_spaces(text, pos + 1, limit)
    stop = _APPOSITION_STOP.search(text, start, limit)
    stop_at = stop.start() if stop else limit
    if stop is not None and text[stop_at] not in ",;" and not relative:
        return None
    phrase = text[start:stop_at].rstrip(" .")
    if not relative:
        lowered = phrase.lower()
        for det in _DETERMINERS:
            if lowered.startswith(det):
                start += len(det)
                phrase = phrase[len(det) :]
                break
        else:
            if not phrase[:1].isupper() and not _early_role(phrase):
                return None
    if not _role_phrase(phrase):
        return None
    return start, start + len(phrase)


_CONJUNCTIONS = lx.word_set("and or but nor")
# A title ending so was cut from a longer phrase ("adviser to", "editor I was talking to").
_DANGLING = lx.word_set(
    "of to for at in on with by from about into than as under over against between"
)


def clean_title(title: str) -> str | None:
    """A title never ends with a conjunction (dropped: "respected Republican and") nor with
    a preposition (then it is no clean phrase: None)."""
    head, last = _last_word(title)
    while last.lower() in _CONJUNCTIONS:
        title = head
        head, last = _last_word(title)
    if not last or last.lower() in _DANGLING:
        return None
    return title


def _last_word(phrase: str) -> tuple[str, str]:
    """(the phrase before its last word, the last word), trailing spaces dropped."""
    phrase = phrase.rstrip()
    cut = max(phrase.rfind(" "), phrase.rfind("\n"), phrase.rfind("\t"))
    return phrase[: cut + 1].rstrip(), phrase[cut + 1 :]


def _early_role(phrase: str) -> bool:
    """"editor at large at ...", "former deputy minister of ...": a role noun comes first."""
    return any(role_noun(t) for t in phrase.split()[:_EARLY_ROLE_WORDS])


def _role_phrase(phrase: str) -> bool:
    tokens = phrase.replace("’s", "").replace("'s", "").split()
    if not tokens or len(tokens) > _MAX_APPOSITION_WORDS or tokens[0][0].isdigit():
        return False
    if any(t.lower() in lx.REPORTING_VERBS for t in tokens):
        return False
    return any(role_noun(t) or t in lx.HONORIFICS for t in tokens)


def title_before_comma(words: list[Word], first: int, text: str) -> tuple[int, int] | None:
    """"the Afghan team's coach, Alireza Mehraban": a role right before "<comma> Name".
    Walks back to a determiner once a role noun is found, else to the sentence start."""
    if first == 0 or text[words[first - 1].end : words[first].start].strip() != ",":
        return None
    lo = first - 1
    has_role = is_role_word(words[lo])
    while lo > 0 and words[lo].joined and first - lo < _MAX_COMMA_TITLE_WORDS:
        prev = words[lo - 1]
        if prev.text.lower() in _DETERMINER_WORDS and has_role:
            break
        if prev.text.lower() in _DETERMINER_WORDS and not _linked(words, lo - 1):
            return None  # "Roe met his counterpart, Doe": no title reaches across a clause
        if prev.text.lower() in lx.REPORTING_VERBS:
            return None
        lo -= 1
        has_role = has_role or is_role_word(words[lo])
    while lo < first - 1 and words[lo].text.lower() in _DETERMINER_WORDS | _TITLE_LINKS:
        lo += 1
    if not has_role:
        return None
    return lo, first


def _linked(words: list[Word], det: int) -> bool:
    """"head of the agency": a link word before the determiner keeps the phrase going."""
    return det > 0 and words[det - 1].text.lower() in _PHRASE_LINKS


def affiliation_after(text: str, end: int) -> tuple[int, int] | None:
    """"Claudia Mo of the Civic Party", "Gary Chan of DAB": the organisation after "of"."""
    m = _AFFILIATION.match(text, end)
    if m is None:
        return None
    tokens = m.group(1).split(" ")
    for n in range(len(tokens), 0, -1):
        last = tokens[n - 1].rstrip(".,")
        org = " ".join(tokens[:n])
        if last in lx.ORG_HEADS or org in lx.KNOWN_ORGS or (last.isupper() and len(last) >= 2):
            return m.start(1), m.start(1) + len(org.rstrip(".,"))
    return None


def credential_after(text: str, end: int) -> tuple[int, int] | None:
    """"Mark Smith QC", "Jane Doe MP": a post-nominal credential."""
    m = _CREDENTIAL.match(text, end)
    return (m.start(1), m.end(1)) if m else None


def _skip_spaces(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] == " ":
        pos += 1
    return pos
