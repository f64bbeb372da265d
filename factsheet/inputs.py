"""Reading articles: files, directories, stdin, JSON Lines; decoding and input errors.

Pure library code (no terminal). Each input yields either an ``Article`` or an ``InputError``
in input order, lazily, so a batch streams in constant memory and one bad input never stops
the others.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal

InputFormat = Literal["auto", "text", "jsonl"]

STDIN = "-"
TEXT_SUFFIXES = (".txt", ".md", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# How much of an over-long JSONL line is skipped per read: the line is never held whole.
_SKIP_CHUNK = 1 << 20
# Lone surrogates come from JSON escapes ("\ud800") or undecodable file names; they cannot
# be written as UTF-8, so one of them would crash the output stream of the whole batch.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Article:
    """One article to summarise. ``date`` is its reference date when the input gives one."""

    id: str
    text: str
    date: date | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read; reported in its place in the output."""

    id: str
    message: str


Item = Article | InputError


def iter_articles(
    sources: Iterable[str],
    input_format: InputFormat = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Every article of every source, in order; a directory is walked recursively, sorted."""
    for source in sources:
        if source != STDIN and os.path.isdir(source):
            yield from _iter_directory(source, input_format, max_bytes)
        else:
            yield from _iter_source(source, input_format, max_bytes)


def _iter_directory(root: str, input_format: InputFormat, max_bytes: int) -> Iterator[Item]:
    suffixes = TEXT_SUFFIXES + JSONL_SUFFIXES
    try:
        found = sorted(str(p) for p in Path(root).rglob("*") if p.suffix.lower() in suffixes)
    except OSError as exc:
        yield InputError(safe_id(root), f"cannot list directory: {_reason(exc)}")
        return
    articles = 0
    for path in found:
        problem = _not_a_regular_file(path)
        if problem == "directory":  # a folder named "x.txt": rglob walks into it anyway
            continue
        articles += 1
        if problem:
            # A FIFO found by a walk would block the batch until someone writes to it, and a
            # dangling link is a file the user expects: say so instead of skipping silently.
            yield InputError(safe_id(path), problem)
        else:
            yield from _iter_source(path, input_format, max_bytes)
    if not articles:
        yield InputError(safe_id(root), "directory holds no .txt, .md or .jsonl file")


def _not_a_regular_file(path: str) -> str | None:
    """Why a file found in a directory walk cannot be read as an article, or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:  # dangling symlink, symlink loop, vanished since the listing
        return _reason(exc)
    if stat.S_ISDIR(mode):
        return "directory"
    if not stat.S_ISREG(mode):
        return "not a regular file (FIFO, socket or device); name it explicitly to read it"
    return None


def _iter_source(source: str, input_format: InputFormat, max_bytes: int) -> Iterator[Item]:
    is_jsonl = input_format == "jsonl" or (
        input_format == "auto" and source.lower().endswith(JSONL_SUFFIXES)
    )
    if is_jsonl:
        yield from _iter_jsonl(source, max_bytes)
    else:
        yield _read_text_article(source, max_bytes)


def _read_text_article(source: str, max_bytes: int) -> Item:
    ident = safe_id(source)
    try:
        data = _read_bytes(source, max_bytes)
    except _TooBig:
        return InputError(ident, f"larger than --max-bytes ({max_bytes} bytes)")
    except OSError as exc:
        return InputError(ident, _reason(exc))
    decoded = decode_bytes(data)
    if isinstance(decoded, str):
        return InputError(ident, decoded)
    text, warnings = decoded
    return Article(ident, text, None, warnings)


class _TooBig(Exception):
    pass


def _open_binary(source: str) -> BinaryIO:
    if source == STDIN:
        return sys.stdin.buffer
    if os.path.isdir(source):
        raise IsADirectoryError(21, "is a directory")
    return open(source, "rb")


def _read_bytes(source: str, max_bytes: int) -> bytes:
    stream = _open_binary(source)
    try:
        _refuse_big_regular_file(stream, max_bytes)
        data = stream.read(max_bytes + 1)
    finally:
        if source != STDIN:
            stream.close()
    if len(data) > max_bytes:
        raise _TooBig
    return data


def _refuse_big_regular_file(stream: BinaryIO, max_bytes: int) -> None:
    """Fail a mistaken 5 GB file at once from its size, before reading any of it.

    Pipes, FIFOs and devices have no size: for them the bounded read above is the limit.
    """
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):  # a stream without a descriptor (tests)
        return
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise _TooBig


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]] | str:
    """The article's text and decoding warnings, or an error message for binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), (f"decoded as {encoding.upper()} (byte-order mark)",)
            except UnicodeDecodeError:
                return f"invalid {encoding.upper()} after a byte-order mark"
    if b"\x00" in data:
        return "binary data (NUL bytes), not an article"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    # Not UTF-8: newsroom files of that kind are nearly always Windows-1252 (curly quotes
    # as 0x93/0x94); its five undefined bytes mean something else, so refuse those.
    try:
        return data.decode("cp1252"), ("not UTF-8; decoded as Windows-1252",)
    except UnicodeDecodeError:
        return "invalid UTF-8 and not Windows-1252 text"


def _iter_jsonl(source: str, max_bytes: int) -> Iterator[Item]:
    ident = safe_id(source)
    try:
        stream = _open_binary(source)
    except OSError as exc:
        yield InputError(ident, _reason(exc))
        return
    try:
        for number, raw in enumerate(_bounded_lines(stream, max_bytes), start=1):
            if raw is None:
                yield InputError(
                    f"{ident}:{number}", f"line larger than --max-bytes ({max_bytes} bytes)"
                )
            elif raw.strip():
                yield _parse_jsonl_line(raw, f"{ident}:{number}")
    except OSError as exc:
        yield InputError(ident, _reason(exc))
    finally:
        if source != STDIN:
            stream.close()


def _bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The stream's lines; None for a line over ``max_bytes``, which is skipped, never held.

    Plain line iteration would load a 5 GB line without a newline whole into memory.
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield None
        else:
            yield line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse_jsonl_line(raw: bytes, where: str) -> Item:
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return InputError(where, f"not a JSON object: {exc}")
    except RecursionError:  # "[[[[..." nested deeper than the parser's stack
        return InputError(where, "not a JSON object: nested too deeply")
    if not isinstance(obj, dict):
        return InputError(where, "not a JSON object")
    raw_id = obj.get("id")
    ident = safe_id(str(raw_id)) if raw_id is not None else where
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(ident, 'no "text" string')
    bad = _SURROGATE.search(text)
    if bad:
        return InputError(
            ident,
            f'"text" is not valid Unicode: lone surrogate '
            f"U+{ord(bad.group()):04X} at offset {bad.start()}",
        )
    raw_date = obj.get("date")
    if raw_date in (None, ""):
        return Article(ident, text)
    parsed = parse_iso_date(raw_date)
    if parsed is None:
        return InputError(ident, f'"date" is not YYYY-MM-DD: {raw_date!r}')
    return Article(ident, text, parsed)


def safe_id(ident: str) -> str:
    """``ident`` with lone surrogates (undecodable file-name bytes, JSON escapes) escaped."""
    if _SURROGATE.search(ident) is None:
        return ident
    return ident.encode("utf-8", "backslashreplace").decode("utf-8")


def parse_iso_date(value: object) -> date | None:
    """A YYYY-MM-DD date (a longer ISO timestamp is cut to its date), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _reason(exc: OSError) -> str:
    reason = exc.strerror or exc.__class__.__name__
    return reason[0].lower() + reason[1:] if reason else "cannot read"
