"""Reading articles: files, directories, stdin, JSON Lines; decoding and input errors.

Pure library code (no terminal). Each input yields either an ``Article`` or an ``InputError``
in input order, lazily, so a batch streams in constant memory and one bad input never stops
the others.
"""

from __future__ import annotations

import codecs
import json
import os
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
        found = sorted(
            str(p) for p in Path(root).rglob("*") if p.suffix.lower() in suffixes and p.is_file()
        )
    except OSError as exc:
        yield InputError(root, f"cannot list directory: {_reason(exc)}")
        return
    if not found:
        yield InputError(root, "directory holds no .txt, .md or .jsonl file")
    for path in found:
        yield from _iter_source(path, input_format, max_bytes)


def _iter_source(source: str, input_format: InputFormat, max_bytes: int) -> Iterator[Item]:
    is_jsonl = input_format == "jsonl" or (
        input_format == "auto" and source.lower().endswith(JSONL_SUFFIXES)
    )
    if is_jsonl:
        yield from _iter_jsonl(source, max_bytes)
    else:
        yield _read_text_article(source, max_bytes)


def _read_text_article(source: str, max_bytes: int) -> Item:
    try:
        data = _read_bytes(source, max_bytes)
    except _TooBig:
        return InputError(source, f"larger than --max-bytes ({max_bytes} bytes)")
    except OSError as exc:
        return InputError(source, _reason(exc))
    decoded = decode_bytes(data)
    if isinstance(decoded, str):
        return InputError(source, decoded)
    text, warnings = decoded
    return Article(source, text, None, warnings)


class _TooBig(Exception):
    pass


def _open_binary(source: str) -> BinaryIO:
    if source == STDIN:
        return sys.stdin.buffer
    if os.path.isdir(source):
        raise IsADirectoryError(21, "is a directory")
    return open(source, "rb")  # noqa: SIM115 - closed by the caller


def _read_bytes(source: str, max_bytes: int) -> bytes:
    stream = _open_binary(source)
    try:
        data = stream.read(max_bytes + 1)
    finally:
        if source != STDIN:
            stream.close()
    if len(data) > max_bytes:
        raise _TooBig
    return data


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]] | str:
    """The article's text and decoding warnings, or an error message for binary data."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), (f"decoded as {encoding.upper()} (byte-order mark)",)
            except UnicodeDecodeError:
                return f"invalid {encoding.upper()} after a byte-order mark"
    if b"\x00" in data:
        return "binary data (NUL bytes), not an article"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
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
    try:
        stream = _open_binary(source)
    except OSError as exc:
        yield InputError(source, _reason(exc))
        return
    try:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield _parse_jsonl_line(raw, f"{source}:{number}", max_bytes)
    except OSError as exc:
        yield InputError(source, _reason(exc))
    finally:
        if source != STDIN:
            stream.close()


def _parse_jsonl_line(raw: bytes, where: str, max_bytes: int) -> Item:
    if len(raw) > max_bytes:
        return InputError(where, f"line larger than --max-bytes ({max_bytes} bytes)")
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return InputError(where, f"not a JSON object: {exc}")
    if not isinstance(obj, dict):
        return InputError(where, "not a JSON object")
    raw_id = obj.get("id")
    ident = str(raw_id) if raw_id is not None else where
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(ident, 'no "text" string')
    raw_date = obj.get("date")
    if raw_date in (None, ""):
        return Article(ident, text)
    parsed = parse_iso_date(raw_date)
    if parsed is None:
        return InputError(ident, f'"date" is not YYYY-MM-DD: {raw_date!r}')
    return Article(ident, text, parsed)


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
