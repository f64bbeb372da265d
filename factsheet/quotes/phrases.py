"""Token-level noun phrases around a reporting verb: who the speaker mention is.

Works on ``Document.tokens`` by index, inside bounds the caller gives (the stretch of the
sentence outside the quote marks), so every search is short and linear.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from factsheet.lexicon import IRREGULAR_FORMS, SPEECH_VERBS, inflect
from factsheet.quotes import lexicon as lx
from factsheet.text import ABBREVIATIONS, Document, Token

# How far a phrase or a search may reach, in tokens.
MAX_NAME = 7
MAX_NOMINAL = 9
MAX_APPOSITION = 30
MAX_APPOSITION_COMMAS = 2
MAX_ROLE_WORDS = 5
_DASHES = frozenset({"—", "–", "―", "-", "--"})
_TIME_DETERMINERS = frozenset({"the", "that", "this", "a"})
_TIME_PHRASE_PREPOSITIONS = frozenset({"at", "in", "on", "during", "over", "throughout"})
_STOPS = frozenset({".", "!", "?", ";"})
_STOP_ENDS = frozenset(".!?;")  # the last character of a token that may end a sentence
_QUOTE_TOKENS = frozenset("“”\"«»‘’'`")
# Words that cannot be inside a nominal speaker phrase (verbs, clause words).
_NOT_IN_NOMINAL = (
    lx.CLAUSE_OPENERS | lx.PRE_VERB_SKIP | lx.SUBJECT_PRONOUNS | lx.IRREGULAR_PASTS | {"who", "not"}
)


def _contracted(word: str) -> str:
    """"he's" -> "he", "she'd" -> "she": the pronoun of a contraction."""
    cut = word.find("'")
    return word[:cut] if cut > 0 else word


def _verb_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in (*SPEECH_VERBS, *lx.CHARACTERISING_VERBS):
        for form in inflect(base):
            table.setdefault(form, base)
    return table


VERB_FORMS: dict[str, str] = _verb_table()
CHARACTERISING: frozenset[str] = frozenset(lx.CHARACTERISING_VERBS)


def norm(token: Token) -> str:
    """Lower-cased word without a sentence-final period, with a straight apostrophe."""
    return norm_text(token.text)


# The same few thousand word forms recur in every article: each is normalised once.
_NORMS: dict[str, str] = {}
_MAX_NORMS = 200_000


def norm_text(text: str) -> str:
    found = _NORMS.get(text)
    if found is not None:
        return found
    word = text.lower().replace("’", "'")
    if len(word) > 1 and word.endswith(".") and word[:-1] not in ABBREVIATIONS:
        word = word[:-1]
    if len(_NORMS) < _MAX_NORMS:
        _NORMS[text] = word
    return word


def ends_sentence(token: Token) -> bool:
    """A stop, or a word that swallowed its sentence-final period ("said.")."""
    return _ends_sentence(token.text)


def _ends_sentence(text: str) -> bool:
    if text in _STOPS:
        return True
    return len(text) > 2 and text.endswith(".") and text.lower().rstrip(".") not in ABBREVIATIONS


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


@dataclass(frozen=True, slots=True)
class Phrase:
    """Tokens ``first..last`` (inclusive) of a speaker mention, and what kind it is."""

    first: int
    last: int
    kind: str  # "pronoun", "name" or "nominal"


_V = TypeVar("_V")

# Token((text, start, end)) at C speed: a NamedTuple's own constructor is a Python function.
_token: Callable[[tuple[str, int, int]], Token] = partial(tuple.__new__, Token)


class _PerToken(dict[int, _V]):
    """An answer per token index, worked out by ``__missing__`` on first use: the
    attribution search revisits the tokens around every quote, and a hit is then a
    C-level dict look-up with no Python frame."""

    __slots__ = ("_ends", "_starts", "_text")

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self._text = doc.text
        self._starts = doc.tokens.starts
        self._ends = doc.tokens.ends


class _TokenMemo(_PerToken[Token]):
    """``Document.tokens`` with each ``Token`` built once (building them is the costly
    part); ``len`` is the number of tokens."""

    __slots__ = ("_count",)

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self._count = len(self._starts)

    def __len__(self) -> int:
        return self._count

    def __missing__(self, index: int) -> Token:
        start, end = self._starts[index], self._ends[index]
        tok = self[index] = _token((self._text[start:end], start, end))
        return tok


class _WordMemo(_PerToken[str]):
    """``norm`` of each token."""

    __slots__ = ()

    def __missing__(self, index: int) -> str:
        raw = self._text[self._starts[index] : self._ends[index]]
        found = self[index] = _NORMS.get(raw) or norm_text(raw)  # the hit inlined: hot
        return found


class _StopMemo(_PerToken[bool]):
    """``Tokens.stops_at`` of each token: every search window asks it of each token it
    crosses."""

    __slots__ = ()

    def __missing__(self, index: int) -> bool:
        text, starts, ends = self._text, self._starts, self._ends
        raw = text[starts[index] : ends[index]]
        nxt = index + 1
        # most tokens end in none of the stop characters: no further test for them
        found = raw[-1] in _STOP_ENDS and _ends_sentence(raw) and (
            nxt >= len(starts) or text[starts[nxt] : ends[nxt]] not in (",", ")")
        )
        self[index] = found
        return found


class Tokens:
    """The article's tokens with offset look-ups and phrase finders."""

    def __init__(self, doc: Document) -> None:
        self.toks = _TokenMemo(doc)
        self.starts = doc.tokens.starts  # shared offsets: no Token is built up front
        words = _WordMemo(doc)
        # ``word(i)``: the ``norm`` of token ``i``; ``stops_at(i)``: a sentence end at token
        # ``i`` unless a comma follows ("Roe, R-Ohio., said"). Bound dict look-ups, so that
        # the many repeated calls of the phrase searches cost no Python frame.
        self.word: Callable[[int], str] = words.__getitem__
        self.stops_at: Callable[[int], bool] = _StopMemo(doc).__getitem__
        # ``index_at(offset)``: the index of the first token starting at or after ``offset``
        self.index_at: Callable[[int], int] = partial(bisect_left, self.starts)

    def span(self, phrase: Phrase) -> tuple[int, int]:
        """Character offsets of a phrase, without a final sentence period."""
        first, last = self.toks[phrase.first], self.toks[phrase.last]
        end = last.end
        if last.text.endswith(".") and self.word(phrase.last) != last.text.lower():
            end -= 1
        if phrase.kind == "pronoun" and phrase.first == phrase.last:
            end = first.start + len(_contracted(self.word(phrase.first)))  # "He’s" -> "He"
        return first.start, end

    # --- verbs --------------------------------------------------------------------------

    def verb_at(self, i: int, hi: int) -> int | None:
        """If token ``i`` is a reporting verb, the index of the cue's last token."""
        base = VERB_FORMS.get(self.word(i))
        if base is None or self._used_as_noun(i) or self._inside_name(i):
            return None
        particles = lx.PHRASAL_PARTICLES.get(base)
        if particles is None:
            return i
        if i + 1 < hi and self.word(i + 1) in particles:
            return i + 1
        return None

    def _inside_name(self, i: int) -> bool:
        """"the United States", "Reader's Digest Reports": a capitalised form right after
        another capitalised word continues a name; verbs are written in lower case."""
        return i > 0 and is_capitalised(self.toks[i]) and is_capitalised(self.toks[i - 1])

    def _used_as_noun(self, i: int) -> bool:
        """"her claim", "Trump's tweet", "the report": a determiner or owner before it."""
        if i == 0:
            return False
        prev = self.word(i - 1)
        if prev in lx.NOUN_DETERMINERS or prev.endswith("'s"):
            return True
        if prev == "of" and not self.word(i).endswith("ing"):
            return True  # "secretary of state", "a statement of record": no verb after "of"
        # "a sharp retort": an article two words back, and the bare form; but a plural
        # subject ("the officials say") or a past tense like the bare form ("the memo read")
        # makes it a verb
        word = self.word(i)
        base = VERB_FORMS.get(word, "")
        if word != base or base in IRREGULAR_FORMS.get(base, ()):
            return False
        if prev.endswith("s") and not prev.endswith("ss"):
            return False
        return i >= 2 and self.word(i - 2) in lx.NOUN_DETERMINERS

    def is_participle(self, i: int) -> bool:
        return self.word(i).endswith("ing")

    # --- phrases before a verb ----------------------------------------------------------

    def subject_before(self, verb: int, lo: int) -> Phrase | None:
        """The subject of ``verb``: "he said", "Smith, a senator, said", "the aide told"."""
        j = self.skip_adjuncts(verb - 1, lo)
        if j < lo or self.word(j) in lx.COORDINATORS:
            return None
        if self.toks[j].text == ")":
            j = self._skip_parenthesis(j, lo)
        elif self.toks[j].text == ",":
            return self._name_before_comma(j, lo) or self._before_apposition(j, lo)
        if j < lo:
            return None
        return self.phrase_ending_at(j, lo)

    def skip_adjuncts(self, j: int, lo: int) -> int:
        """Step left over adverbs, auxiliaries and times: "Smith on Friday also said"."""
        while j >= lo:
            word = self.word(j)
            if self._time_phrase_end(j, lo):
                j -= 3  # "Roe at the time said", "Roe in that moment said"
                continue
            if not (word in lx.PRE_VERB_SKIP or word in lx.TIME_WORDS or self._time_lead(j)):
                break
            j -= 1
        return j

    def _time_phrase_end(self, j: int, lo: int) -> bool:
        """"at the time", "in that moment", "during the week": a preposition, a determiner
        and a word of time ending at ``j``."""
        if j - 2 < lo or self.word(j - 1) not in _TIME_DETERMINERS:
            return False
        word = self.word(j)
        timely = word == "time" or word in lx.TIME_UNITS or word in lx.TIME_WORDS
        return timely and self.word(j - 2) in _TIME_PHRASE_PREPOSITIONS

    def _time_lead(self, j: int) -> bool:
        """"on" in "on Friday", "last" in "last week"."""
        return (
            self.word(j) in lx.TIME_PREPOSITIONS
            and j + 1 < len(self.toks)
            and self.word(j + 1) in lx.TIME_WORDS
        )

    def _skip_parenthesis(self, j: int, lo: int) -> int:
        k = j - 1
        while k >= max(lo, j - 12):
            if self.toks[k].text == "(":
                return k - 1
            k -= 1
        return lo - 1

    def _name_before_comma(self, comma: int, lo: int) -> Phrase | None:
        """"Gov. Jane Roe (R-Ohio), said": a stray comma right after the name."""
        end = comma - 1
        if end < lo or self.toks[end].text != ")":
            return None
        end = self._skip_parenthesis(end, lo)
        head = self.phrase_ending_at(end, lo) if end >= lo else None
        return head if head is not None and head.kind == "name" else None

    def _before_apposition(self, comma: int, lo: int) -> Phrase | None:
        """"Smith, a senator from Ohio, said" / "Smith, who ..., said": the phrase before."""
        k = comma - 1
        commas = 0
        floor = max(lo, comma - MAX_APPOSITION)
        while k >= floor:
            text = self.toks[k].text
            if text in _STOPS or (text in _QUOTE_TOKENS and not self.is_plural_possessive(k)):
                return None
            if text == ",":
                end = k - 1
                if end >= lo and self.toks[end].text == ")":
                    end = self._skip_parenthesis(end, lo)
                head = self.phrase_ending_at(end, lo) if end >= lo else None
                if head is not None and head.kind != "pronoun":
                    # "Her manager, Jane Roe, said": the name between the commas
                    return self.appositive_name(head, comma) or head
                commas += 1  # "Roe, a salesman from Dover, Delaware, said": one comma further
                if commas > MAX_APPOSITION_COMMAS:
                    return None
            k -= 1
        return None

    def appositive_name(self, found: Phrase, hi: int) -> Phrase | None:
        """"Her manager, Jane Roe, said", "said the coach's agent, Jane Roe.": a name set
        off by a comma right after a nominal headed by a person noun is that person; it
        must end there (a comma, the sentence's end or ``hi``), so that a list ("the coach,
        Jane Roe and ...") is no apposition."""
        comma = found.last + 1
        if found.kind != "nominal" or comma + 1 >= hi or self.toks[comma].text != ",":
            return None
        if self.word(self._nominal_head(found)) not in lx.PERSON_HEADS:
            return None
        first = comma + 1
        tok = self.toks[first]
        if not (is_capitalised(tok) and is_word(tok)) or self.word(first) in lx.NOT_NAME_STARTS:
            return None
        name = self._name_from(first, hi)
        if not self._apposed_to_person(found, name):
            return None
        after = name.last + 1
        if after >= hi or ends_sentence(self.toks[name.last]):
            return name
        return name if self.toks[after].text == "," or self.stops_at(after) else None

    def _apposed_to_person(self, found: Phrase, name: Phrase) -> bool:
        """The name stands next to the person noun, or next to the name of an office that
        ends the nominal ("the director of the Bureau, Jane Roe"; then two words at least,
        for "at the University of Arkansas, Fayetteville" is a place); not next to another
        noun ("the editor of the daily newspaper, The Lark", "his wife of 60 years")."""
        if self.word(found.last) in lx.PERSON_HEADS or self._of_years(found):
            return True
        return is_capitalised(self.toks[found.last]) and name.last > name.first

    def _of_years(self, found: Phrase) -> bool:
        """"his wife of 60 years", "her partner of two decades": the person noun, then how
        long the tie has lasted."""
        head = self._nominal_head(found)
        return (
            found.last == head + 3
            and self.word(head + 1) == "of"
            and self.word(found.last) in lx.TIME_UNITS
        )

    def _nominal_head(self, found: Phrase) -> int:
        """The head noun: the last word before a preposition ("his wife of 60 years")."""
        for k in range(found.first + 1, found.last + 1):
            if self.word(k) in lx.NP_PREPOSITIONS:
                return k - 1
        return found.last

    def phrase_ending_at(self, j: int, lo: int) -> Phrase | None:
        tok = self.toks[j]
        word = self.word(j)
        if _contracted(word) in lx.SUBJECT_PRONOUNS:
            return Phrase(j, j, "pronoun")
        if not is_word(tok):
            return None
        if is_capitalised(tok):
            return self._name_ending_at(j, lo)
        return self._nominal_ending_at(j, lo)

    def _name_ending_at(self, j: int, lo: int, as_subject: bool = True) -> Phrase | None:
        k = j
        while k - 1 >= lo and j - k < MAX_NAME:
            prev = self.toks[k - 1]
            if is_capitalised(prev) and is_word(prev) and not ends_sentence(prev):
                k -= 1
            elif (
                norm(prev) in lx.NAME_CONNECTORS
                and k - 2 >= lo
                and is_capitalised(self.toks[k - 2])
                and self.word(k - 2) not in lx.NOT_NAME_STARTS
            ):
                k -= 2
            else:
                break
        while k <= j and (self.word(k) in lx.NOT_NAME_STARTS or self._opening_ing(k, j, lo)):
            k += 1
        if k > j:
            return None
        if k - 1 >= lo and self.toks[k - 1].text == "the":
            k -= 1
        if not as_subject or self._opens_subject(k, lo, titles_ok=True):
            return Phrase(k, j, "name")
        return self._head_before_preposition(k, j, lo)

    def _opening_ing(self, k: int, j: int, lo: int) -> bool:
        """"Addressing the crowd, ...": a capitalised -ing word opening a clause; a lone
        one right before the verb is a surname ("Fleming said")."""
        opens = k <= lo or not is_word(self.toks[k - 1])
        return opens and k < j and self.word(k).endswith("ing")

    def _head_before_preposition(self, k: int, j: int, lo: int) -> Phrase | None:
        """"Jane Roe of the Policy Institute said": the phrase starts at "Jane Roe"."""
        if k - 2 < lo or self.word(k - 1) not in ("of", "for", "at", "from"):
            return None
        head = self.toks[k - 2]
        if not is_word(head) or norm(head) in lx.NOT_NAME_STARTS:
            return None
        if not is_capitalised(head):  # "the leader of the League said"
            nominal = self._nominal_ending_at(k - 2, lo)
            return Phrase(nominal.first, j, "nominal") if nominal is not None else None
        owner = self._name_ending_at(k - 2, lo)
        return Phrase(owner.first, j, "name") if owner is not None else None

    def _opens_subject(self, k: int, lo: int, titles_ok: bool) -> bool:
        """A subject starts a clause: nothing, punctuation or a clause word before it."""
        if k <= lo:
            return True
        prev = self.toks[k - 1]
        if not is_word(prev):
            return prev.text not in ("$",)
        word = norm(prev)
        if word in lx.CLAUSE_OPENERS or word in lx.PRE_VERB_SKIP or word in lx.TIME_WORDS:
            return True
        if not titles_ok or word in ("a", "an"):  # "a Democrat" is no name
            return False
        # a name may follow its lower-case descriptor ("campaign manager Jane Roe"), but not
        # a preposition or a verb, which make it an object ("a letter to Jane Roe")
        return not (word in lx.PREPOSITIONS or word in VERB_FORMS or word.endswith("ed"))

    def _nominal_ending_at(self, j: int, lo: int) -> Phrase | None:
        if self.word(j) in _NOT_IN_NOMINAL:
            return None
        k = j
        while k - 1 >= lo and j - k < MAX_NOMINAL:
            prev = self.toks[k - 1]
            word = norm(prev)
            if word in lx.DETERMINERS:
                found = self._nominal_if_subject(k - 1, j, lo)
                if found is not None or k - 2 < lo:
                    return found
                if self.word(k - 2) not in lx.NP_PREPOSITIONS:
                    return None
                k -= 2  # "a narrator in the ad": walk on to the outer determiner
                continue
            if word.endswith("'s") and is_capitalised(prev):
                owner = self._name_ending_at(k - 1, lo)
                first = owner.first if owner else k - 1
                return self._nominal_if_subject(first, j, lo)
            coordinated = self._coordinated_roles(k, j, lo) if word == "and" else None
            if coordinated is not None:
                return coordinated
            verb = word in VERB_FORMS and not is_capitalised(prev)  # "State Department"
            if not is_word(prev) or word in _NOT_IN_NOMINAL or verb:
                break
            k -= 1
        bare_plural = self.word(j).endswith("s") and j - k < 3
        at_boundary = k == lo or not is_word(self.toks[k - 1]) or (
            self.word(k - 1) in lx.CLAUSE_OPENERS
        )
        participle = self.word(k).endswith("ing")  # "Holding signs calling it ...": no subject
        if bare_plural and at_boundary and not participle:
            return Phrase(k, j, "nominal")
        return None

    def _coordinated_roles(self, k: int, j: int, lo: int) -> Phrase | None:
        """"the Ohio senator and Republican candidate": two roles of one person, the second
        without a determiner of its own, after "and" at ``k - 1``."""
        if k - 2 < lo or self.word(j) not in lx.ROLE_NOUNS:
            return None
        first = self._nominal_ending_at(k - 2, lo)
        if first is None or self.word(first.first) not in lx.DEFINITE_DETERMINERS:
            return None
        return Phrase(first.first, j, "nominal")

    def _nominal_if_subject(self, first: int, last: int, lo: int) -> Phrase | None:
        if not self._opens_subject(first, lo, titles_ok=False):
            return None
        return Phrase(first, last, "nominal")

    # --- phrases after a verb -----------------------------------------------------------

    def phrase_starting_at(self, i: int, hi: int) -> Phrase | None:
        """The speaker after an inverted verb: "said Smith", "said the senator", "said he"."""
        if i >= hi:
            return None
        tok = self.toks[i]
        word = self.word(i)
        pronoun = _contracted(word)
        if pronoun in lx.SUBJECT_PRONOUNS and pronoun not in ("who", "which", "it", "you"):
            return Phrase(i, i, "pronoun")
        if not is_word(tok):
            return None
        if word in lx.DETERMINERS and word not in ("that", "this", "all"):
            return self._nominal_from(i, hi)
        if is_capitalised(tok) and word not in lx.NOT_NAME_STARTS:
            return self._described_further(self._name_from(i, hi), hi)
        return self._described_name_from(i, hi)

    def _described_further(self, name: Phrase, hi: int) -> Phrase:
        """"said Clinton campaign manager Jane Roe": the owner and the role describe the
        person named last. An owner and a role with no name after them ("said Clinton
        aides", "Roe's top adviser") make an unnamed nominal."""
        owner = self.word(name.last).endswith("'s")
        k = name.last + 1
        while k < hi and k - name.last <= MAX_ROLE_WORDS:
            tok = self.toks[k]
            word = norm(tok)
            if is_capitalised(tok) and is_word(tok):
                if k == name.last + 1 or word in lx.NOT_NAME_STARTS:
                    return name
                return Phrase(name.first, self._name_from(k, hi).last, "name")
            if not is_word(tok) or not (word in lx.ROLE_WORDS or word[:-1] in lx.ROLE_NOUNS):
                break
            k += 1
        if owner:
            k = self._plain_nouns_from(k, hi)  # "Roe's right-hand woman"
        last = k - 1
        if last == name.last:
            return name
        head = self.word(last)
        if owner or head in lx.ROLE_NOUNS or head.removesuffix("s") in lx.ROLE_NOUNS:
            return Phrase(name.first, last, "nominal")
        return name

    def _plain_nouns_from(self, k: int, hi: int) -> int:
        """The index after a few lower-case words that can sit in a noun phrase."""
        start = k
        while k < hi and k - start < MAX_ROLE_WORDS:
            tok = self.toks[k]
            word = self.word(k)
            if not is_word(tok) or is_capitalised(tok) or word.endswith("ed"):
                break
            if word in _NOT_IN_NOMINAL or word in VERB_FORMS or word in lx.PREPOSITIONS:
                break
            k += 1
        return k

    def _described_name_from(self, i: int, hi: int) -> Phrase | None:
        """"said former Sen. Jane Roe", "said campaign manager Jane Roe"."""
        for k in range(i, min(hi, i + 5)):
            tok = self.toks[k]
            word = norm(tok)
            if is_capitalised(tok) and is_word(tok):
                if word in lx.NOT_NAME_STARTS:
                    return None
                name = self._described_further(self._name_from(k, hi), hi)
                return Phrase(i, name.last, name.kind)
            if word == "of" and k > i:
                continue  # "said master of ceremonies Jane Roe", "secretary of state"
            if not is_word(tok) or word in _NOT_IN_NOMINAL or word in lx.PREPOSITIONS:
                return None
            if word in VERB_FORMS and self.word(k - 1) != "of":
                return None  # but "secretary of state", the noun of an office
        return None

    def _name_from(self, i: int, hi: int) -> Phrase:
        k = i
        while k + 1 < hi and k - i < MAX_NAME and not ends_sentence(self.toks[k]):
            nxt = self.toks[k + 1]
            if is_capitalised(nxt) and is_word(nxt):
                k += 1
            elif (
                norm(nxt) in lx.NAME_CONNECTORS
                and k + 2 < hi
                and is_capitalised(self.toks[k + 2])
                and self.word(k + 2) not in lx.TIME_WORDS  # "Roe on Tuesday"
                and self.word(k + 2) not in lx.NON_NAME_CAPITALS
            ):
                k += 2
            else:
                break
        return Phrase(i, k, "name")

    def _nominal_from(self, i: int, hi: int) -> Phrase | None:
        k = i
        while k + 1 < hi and k - i < MAX_NOMINAL and not ends_sentence(self.toks[k]):
            nxt = self.toks[k + 1]
            word = norm(nxt)
            # a verb form right after the determiner is a noun: "the report", "a statement"
            verb = word in VERB_FORMS and not is_capitalised(nxt) and k > i
            if not is_word(nxt) or word in _NOT_IN_NOMINAL or verb:
                break
            if word.endswith("ed") and not is_capitalised(nxt) and k > i:
                break  # "the aide added"; but "a retired judge", "one unnamed aide"
            if word in lx.NP_PREPOSITIONS and word not in ("of", "for"):
                break
            k += 1
        while k > i and self.word(k) in lx.NP_PREPOSITIONS | lx.DETERMINERS:
            k -= 1
        return Phrase(i, k, "nominal") if k > i else None

    def name_run_before(self, j: int, lo: int) -> Phrase | None:
        """The last capitalised name at or before ``j`` ("And from Chairwoman Smith:")."""
        k = j
        while k >= lo and j - k < 12:
            tok = self.toks[k]
            if is_capitalised(tok) and is_word(tok) and norm(tok) not in lx.NOT_NAME_STARTS:
                return self._name_ending_at(k, lo, as_subject=False)
            k -= 1
        return None

    def is_plural_possessive(self, k: int) -> bool:
        """The apostrophe of "veterans' families": glued to a word in -s, no quote."""
        if k == 0 or self.toks[k].text not in ("'", "’"):
            return False
        prev = self.toks[k - 1]
        return prev.end == self.toks[k].start and prev.text.endswith("s") and is_word(prev)

    def is_dash(self, i: int) -> bool:
        return self.toks[i].text in _DASHES

    def is_quote_mark(self, i: int) -> bool:
        # the word of a mark is the mark (’ becomes ', still a mark): no Token is built
        return self.word(i) in _QUOTE_TOKENS and not self.is_plural_possessive(i)
