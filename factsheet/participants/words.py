"""Words of the article with the facts the name finder needs: capitalisation, possessive
marks, sentence starts, shouted lines (ALL-CAPS, or Title Case: see ``_title_case``). Built
once from ``Document.tokens``."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain

from factsheet.participants import lexicon as lx
from factsheet.text import (
    ABBREVIATIONS,
    TITLE_SMALL_WORDS,
    Document,
    Segment,
    case_counts,
    counts_shouted,
)

_APOSTROPHES = "’'"
_POSSESSIVE_ENDINGS = ("’s", "'s")
# "al-Assad", "el-Sisi": lower-case Arabic article joined to a capitalised name.
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|ar|an|at|az|ul|bin)-[A-Z]")
_ADJECTIVE_SUFFIX = re.compile(r"-(?:[a-z]+ed|born|run|made|style|speaking|listed|bound)$")
_OPENERS = frozenset("“\"‘'([:—–-")
_SHOUTED_MAX_LEN = 300
# Share of upper-case letters from which a short line may be in Title Case (one capital per
# word: about 0.15; running prose: about 0.04). Only such lines get the word-level test.
_TITLED_RATIO = 0.1


class Word:
    """One word token, possessive ’s and sentence-final period removed.

    A plain slotted class rather than a frozen dataclass: one is built per word of the
    article, so construction cost matters."""

    __slots__ = (
        "cap", "end", "index", "joined", "possessive", "sentence_start", "shouted", "start",
        "text",
    )

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        index: int,
        cap: bool,  # starts with a capital letter (or is "al-Assad")
        possessive: bool,  # "Hwang’s", "Reuters’"
        sentence_start: bool,  # first word of a sentence, or right after an opening quote
        shouted: bool,  # the word sits in an ALL-CAPS line (headline, dateline)
        joined: bool,  # only spaces between this word and the previous one, same line
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.index = index
        self.cap = cap
        self.possessive = possessive
        self.sentence_start = sentence_start
        self.shouted = shouted
        self.joined = joined

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.start})"


class LowerWord(Word):
    """A lower-case word: never capitalised, possessive nor a sentence start. Those three
    are class constants rather than slots, so the commonest words are cheaper to build
    (``shouted`` stays a slot: a Title Case line sets it)."""

    __slots__ = ()
    cap = False
    possessive = False
    sentence_start = False

    def __init__(
        self, text: str, start: int, end: int, index: int, joined: bool
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.index = index
        self.shouted = False
        self.joined = joined


# Stretches where every lower-case word is kept: before ", Name" (an apposition's
# role: "the president of the Lombardy region, Roberto ..."). Elsewhere only listed words.
_ZONE_BEFORE_COMMA = 90
_COMMA_NAME = re.compile(r",[ \t]+[A-Z]")


_NO_ZONE = (1 << 62, 1 << 62)


def _keep_zones(text: str) -> list[tuple[int, int]]:
    marks = [
        (max(0, m.start() - _ZONE_BEFORE_COMMA), m.start()) for m in _COMMA_NAME.finditer(text)
    ]
    merged: list[tuple[int, int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def scan_words(doc: Document, keep: frozenset[str]) -> tuple[list[Word], frozenset[str]]:
    """The article's words in order: every capitalised word, and the lower-case words
    that the finders read (``keep``, or any inside a keep zone). A dropped word breaks
    the ``joined`` chain, as punctuation does. One object per word is the main cost of
    the whole extractor, hence the selection.

    Also the article's lower-case vocabulary (every ``\\b[a-z]+\\b``), gathered on the
    same pass: a word character never borders a token, so no match crosses one."""
    text = doc.text
    zones = _keep_zones(text)
    zone_i = 0
    n_zones = len(zones)
    zone_start, zone_end = zones[0] if zones else _NO_ZONE
    shouted_ids, titled = _capitalised_paragraphs(doc)
    shouted_spans = [(p.start, p.end) for i, p in enumerate(doc.paragraphs) if i in shouted_ids]
    shout_i = 0
    n_shouted = len(shouted_spans)
    shout_start, shout_end = shouted_spans[0] if shouted_spans else _NO_ZONE
    n_text = len(text)
    starts = {s.start for s in doc.sentences}
    words: list[Word] = []
    append = words.append
    prev_end = -1
    prev_token = ""
    tokens = doc.tokens
    starts_of, ends_of = tokens.starts, tokens.ends  # offsets only: no Token objects
    trims = _TRIMS
    if len(trims) > _MAX_TRIMS:
        trims.clear()  # bounded: a long-lived process reading many articles stays small
    cut_period = False
    count = 0  # len(words), kept by hand: this loop runs once per token
    plain: set[str] = set()  # plain lower-case tokens
    mixed: set[str] = set()  # other tokens with letters ("well-known", "McDonald's")
    add_plain, add_mixed = plain.add, mixed.add
    for t_start, t_end in zip(starts_of, ends_of, strict=True):
        raw = text[t_start:t_end]
        first = raw[0]
        if first.islower() and raw.isalpha():
            add_plain(raw)
            # The common case, kept short: a plain lower-case word. Sentence starts and
            # shouted lines only matter for capitalised words.
            if raw not in keep:
                if t_start >= zone_end:  # past the current keep zone: find the next one
                    while zone_i < n_zones and zones[zone_i][1] <= t_start:
                        zone_i += 1
                    zone_start, zone_end = zones[zone_i] if zone_i < n_zones else _NO_ZONE
                if t_start < zone_start:
                    prev_end, prev_token, cut_period = t_end, raw, True
                    continue
            joined = not cut_period and t_start == prev_end + 1 and text[prev_end] == " "
            if not joined and prev_end >= 0 and not cut_period:
                joined = _spaces_only(text, prev_end, t_start)
            append(LowerWord(raw, t_start, t_end, count, joined))
            count += 1
            prev_end = t_end
            prev_token = raw
            cut_period = False
            continue
        if raw == "&" and prev_end >= 0:
            # Kept as a word: it joins company names ("Procter & Gamble").
            joined = _spaces_only(text, prev_end, t_start)
            append(LowerWord(raw, t_start, t_end, count, joined))
            count += 1
            prev_end, prev_token, cut_period = t_end, raw, False
            continue
        if not first.isalpha():
            if first.isalnum() or first == "_":  # "1996", "79th": no finder reads numbers
                prev_end, cut_period = t_end, True
                add_mixed(raw)  # "3-year"
            prev_token = raw
            continue
        add_mixed(raw)
        trim = trims.get(raw)
        if trim is None:
            trim = trims[raw] = _trimmed(raw)
        body, cut, possessive, cap, period_end, plural_end = trim
        end = t_end - cut
        if period_end and (t_end == n_text or text[t_end] == "\n"):
            body, end = body[:-1], end - 1  # "Acme Inc." closing a line: the period ends it
            cap = _is_cap(body)
        elif plural_end and t_end < n_text:
            possessive = text[t_end] in _APOSTROPHES  # "Reuters’ report"
        joined = prev_end >= 0 and not cut_period and (
            (t_start == prev_end + 1 and text[prev_end] == " ")
            or _spaces_only(text, prev_end, t_start)
        )
        if t_start >= shout_end:  # past the current shouted line: find the next one
            while shout_i < n_shouted and shouted_spans[shout_i][1] <= t_start:
                shout_i += 1
            shout_start, shout_end = (
                shouted_spans[shout_i] if shout_i < n_shouted else _NO_ZONE
            )
        shouted = t_start >= shout_start
        sentence_start = t_start in starts or (prev_token in _OPENERS and not joined)
        append(Word(body, t_start, end, count, cap, possessive, sentence_start,
                    shouted, joined))
        count += 1
        prev_end = t_end
        prev_token = raw
        cut_period = end != t_end and not possessive
    vocabulary = _lower_vocabulary(plain, mixed)
    if titled:
        _mark_title_case(text, titled, words, vocabulary)
    return words, vocabulary


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _lower_vocabulary(plain: set[str], mixed: set[str]) -> frozenset[str]:
    """A plain token is one ``[a-z]+`` word when all ASCII ("café" holds none); the
    others are searched one by one (distinct tokens only)."""
    # C-level filters, and one set built (no copy). Tokens joined by spaces: no match
    # crosses a space, so one search finds them all.
    return frozenset(
        chain(
            filter(str.islower, filter(str.isascii, plain)),
            _LOWER_WORD.findall(" ".join(mixed)),
        )
    )



def _spaces_only(text: str, start: int, end: int) -> bool:
    """Only spaces or tabs between two words (no punctuation, no line break)."""
    gap = text[start:end]
    return gap.strip() == "" and "\n" not in gap


def _trim(token: str, start: int, end: int) -> tuple[str, int, bool]:
    """Drop a possessive ’s and a sentence-final period that is not an abbreviation's."""
    if token.endswith(_POSSESSIVE_ENDINGS) and len(token) > 2:
        return token[:-2], end - 2, True
    final_period = token.endswith(".") and len(token) > 2 and "." not in token[:-1]
    if final_period and token[:-1].lower() not in ABBREVIATIONS:
        return token[:-1], end - 1, False
    return token, end, False


# Distinct token -> its trimmed form, shared by all articles (names recur).
_Trim = tuple[str, int, bool, bool, bool, bool]
_TRIMS: dict[str, _Trim] = {}
_MAX_TRIMS = 100_000


def _trimmed(raw: str) -> _Trim:
    """(body, characters cut at the end, possessive, capitalised, ends with a period that
    may close a line, ends with an "s" that an apostrophe may follow) of a token: the
    tests on the token's own letters are made once per distinct token."""
    body, end, possessive = _trim(raw, 0, len(raw))
    cut = len(raw) - end
    period_end = cut == 0 and body.endswith(".") and len(body) > 2
    plural_end = cut == 0 and body.endswith("s")
    return body, cut, possessive, _is_cap(body), period_end, plural_end


def _is_cap(word: str) -> bool:
    if "-" in word and _ADJECTIVE_SUFFIX.search(word):
        return False  # "New York-based", "Communist-led": an adjective, not a name
    return word[0].isupper() or bool(_ARTICLE_NAME.match(word))


def _capitalised_paragraphs(doc: Document) -> tuple[set[int], list[Segment]]:
    """Indices of the ALL-CAPS paragraphs, and the short paragraphs with enough capitals
    to be in Title Case (checked word by word once the article's vocabulary is known)."""
    shouted: set[int] = set()
    titled: list[Segment] = []
    for i, para in enumerate(doc.paragraphs):
        if para.end - para.start > _SHOUTED_MAX_LEN:
            continue  # headlines and datelines are short
        # The counts of text.is_shouted, made once for both tests.
        upper, lower = case_counts(doc.text[para.start : para.end])
        if counts_shouted(upper, lower):
            shouted.add(i)
            continue
        if upper >= 2 and upper >= _TITLED_RATIO * (upper + lower):
            titled.append(para)
    return shouted, titled


# Closed-class words, capitalised only by Title Case ("Trump Says He Is ...").
FUNCTION_CAPS = lx.word_set(
    """Is Are Was Were Be Been Being Am Has Have Had Do Does Did Will Would Can Could Should
    Shall May Might Must Not No To Of In On At By For With From As Into Onto Over Up Out Off
    About After Before Against Than That This These Those And But Or Nor So Yet The A An His
    Her Hers Its Their Our Your My He She It They We You Him Them Us Who Whom Whose What
    Which Why How When Where Just Says Said Say Beyond Under Behind Between Without Through
    Across Around Among Despite Amid Toward Towards Upon Within Since Until While If Then
    Now Here There Still Even Also Only Very Too"""
)
# Capitalised words that belong to names ("Center", "Foreign", "Senator"): their capital
# is the name's, not the line's style.
_NAME_WORDS = (
    lx.ORG_HEADS | lx.TITLE_MODIFIERS | frozenset(lx.HONORIFICS) | lx.EVENT_HEADS
    | lx.PLACE_FIRST_WORDS | lx.PLACE_LAST_WORDS | lx.DEMONYMS | lx.PLACES | lx.KNOWN_ORGS
)
_LOWER_START = re.compile(r"(?<![\w'’.-])[a-z][a-z'’.-]*")
_INFLECTIONS = ("s", "es", "ed", "d", "ing")
# Title Case shows in capitalised ordinary words ("Wants", "Of") that no sentence start
# explains: two of them, or one in a longer line with no comma (a list of names has them).
_MIN_ORDINARY_CAPS = 2
_MIN_CAPS_FOR_ONE = 4
# Headline styles leave a few words in lower case ("is", "if"): one per this many
# capitalised ordinary words is tolerated.
_ORDINARY_PER_LOWER = 3


def _word_start(w: Word) -> int:
    return w.start


_FIRST_LETTER = re.compile(r"[^\W\d_]")
_LABEL_COLON = re.compile(r":\s")


def _mark_title_case(
    text: str, paragraphs: list[Segment], words: list[Word], vocab: frozenset[str]
) -> None:
    """In a Title Case line ("Senator Wants Audit Of Agency") capitals say nothing about
    names: its words are set aside like those of an ALL-CAPS line, to be named only where
    the body confirms them. A colon splits the line into parts judged on their own
    ("Man of the Year: Jane Roe", "Poll: Roe Leads In Every State")."""
    known: dict[str, bool] = {}  # word -> ordinary_cap, computed once per article
    n_words = len(words)
    lo = 0  # paragraphs come in text order: every search starts where the last one ended
    for para in paragraphs:
        start = para.start
        lo = bisect_left(words, start, lo, key=_word_start)
        for cut in [*_LABEL_COLON.finditer(text, para.start, para.end), None]:
            end = para.end if cut is None else cut.start()
            hi = lo
            while hi < n_words and words[hi].start < end:  # a short line: a few words
                hi += 1
            part = words[lo:hi]
            if _title_case(text[start:end], part, vocab, known):
                for w in part:
                    w.shouted = True
            start, lo = end, hi


def _title_case(
    line: str, words: list[Word], vocab: frozenset[str], known: dict[str, bool]
) -> bool:
    first = _FIRST_LETTER.search(line)
    if first is None or not first.group().isupper():
        return False  # "... to shed: the Grand Old Party": prose goes on after a colon
    caps = [w for w in words if w.cap and not w.text.isupper()]
    # A lower-case word other than a small word means the line is in ordinary case.
    lower = sum(
        m.group().rstrip(".") not in TITLE_SMALL_WORDS for m in _LOWER_START.finditer(line)
    )
    if len(caps) < 2 or lower * _ORDINARY_PER_LOWER > len(caps):
        return False  # lower-case content words: ordinary case
    ordinary = []
    for w in caps:
        found = known.get(w.text)
        if found is None:
            found = known[w.text] = ordinary_cap(w.text, vocab)
        ordinary.append(found)
    n_ordinary = sum(o for w, o in zip(caps, ordinary, strict=True) if not w.sentence_start)
    if lower * _ORDINARY_PER_LOWER > n_ordinary:
        return False
    if n_ordinary >= _MIN_ORDINARY_CAPS or all(ordinary):  # all: a label ("Rising Costs")
        return True
    if n_ordinary != 1 or len(caps) < _MIN_CAPS_FOR_ONE or "," in line:
        return False
    # The one ordinary word must be a content word: "The", "Who" also start names.
    return not any(w.text in FUNCTION_CAPS for w in caps if not w.sentence_start)


def ordinary_cap(t: str, vocab: frozenset[str]) -> bool:
    """A capitalised word that the article also writes in lower case (or an inflection of
    one: "Wants" for "want"), or a function word; a word of names ("Center") is none."""
    if t in FUNCTION_CAPS:
        return True
    return t not in _NAME_WORDS and written_lower(t, vocab)


def written_lower(t: str, vocab: frozenset[str]) -> bool:
    """Does the article write this word (or an inflection of it) in lower case?"""
    low = t.lower()
    if low in vocab or any(low + x in vocab for x in _INFLECTIONS):
        return True
    return any(low.endswith(x) and low[: -len(x)] in vocab for x in _INFLECTIONS)
