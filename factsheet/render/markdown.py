"""Markdown: a fact sheet ready to paste into a CMS or a chat."""

from __future__ import annotations

from collections.abc import Collection

from factsheet.dates.reading import human_reading
from factsheet.inputs import InputError
from factsheet.model import FactSheet
from factsheet.render import SECTIONS
from factsheet.render.rows import event_rows
from factsheet.render.safe import one_line


def markdown(outcome: FactSheet | InputError, sections: Collection[str] = SECTIONS) -> str:
    """One article as Markdown, ending with a blank line."""
    if isinstance(outcome, InputError):
        return f"## {_md(outcome.id)}\n\n**Error:** {_md(outcome.message)}\n\n"
    sheet = outcome
    lines = [f"## Fact sheet: {_md(sheet.id or 'article')}", ""]
    ref = sheet.reference_date or "unknown"
    lines += [f"*Reference date: {ref} ({sheet.reference_date_source})*", ""]
    for name in SECTIONS:
        if name in sections:
            lines += _SECTION_WRITERS[name](sheet)
    lines += [f"> warning: {_md(w)}" for w in sheet.warnings]
    return "\n".join(lines).rstrip("\n") + "\n\n"


def _md(text: str | None) -> str:
    """One line with Markdown's special characters escaped, so article text stays literal."""
    if not text:
        return "—"
    out = one_line(text)
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _event(sheet: FactSheet) -> list[str]:
    rows = event_rows(sheet.event)
    return ["### Event", "", *[f"- **{k}:** {_md(v)}" for k, v in rows], ""]


def _table(title: str, header: str, align: str, rows: list[str]) -> list[str]:
    """A titled Markdown table, or just the title when there is no row."""
    lines = [f"### {title} ({len(rows)})", ""]
    if rows:
        lines += [header, align, *rows, ""]
    return lines


def _dates(sheet: FactSheet) -> list[str]:
    rows = [
        f"| {_md(d.text)} | {_md(d.value)} | {_md(human_reading(d))} | {d.type} |"
        for d in sheet.dates
    ]
    return _table("Dates", "| Words | Value | Reading | Type |", "|---|---|---|---|", rows)


def _participants(sheet: FactSheet) -> list[str]:
    rows = [
        f"| {_md(p.name)} | {p.kind} | {_md(p.title)} | {len(p.mentions)} | {p.quote_count} |"
        for p in sheet.participants
    ]
    header = "| Name | Kind | Title / role | Mentions | Quotes |"
    return _table("Participants", header, "|---|---|---|---:|---:|", rows)


def _quotes(sheet: FactSheet) -> list[str]:
    lines = [f"### Quotes ({len(sheet.quotes)})", ""]
    for q in sheet.quotes:
        speaker = q.speaker or "unattributed"
        cue = f" ({_md(q.cue.text)})" if q.cue else ""
        partial = " *(partial)*" if q.kind == "partial" else ""
        lines.append(f"- **{_md(speaker)}**{cue}: “{_md(q.text)}”{partial}")
    if sheet.quotes:
        lines.append("")
    return lines


_SECTION_WRITERS = {
    "event": _event,
    "dates": _dates,
    "participants": _participants,
    "quotes": _quotes,
}
