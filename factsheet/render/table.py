"""The terminal rendering: Rich tables, article text always literal (never Rich markup)."""

from __future__ import annotations

from collections.abc import Collection

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from factsheet.dates.reading import human_reading
from factsheet.inputs import InputError
from factsheet.model import Event, FactSheet, Participant, Quote, Timex
from factsheet.render import SECTIONS
from factsheet.render.rows import event_rows
from factsheet.render.safe import one_line

_SOURCE = {"given": "given", "dateline": "from the dateline", "none": "none"}


def render_outcome(
    console: Console, outcome: FactSheet | InputError, sections: Collection[str] = SECTIONS
) -> None:
    """Print one article's fact sheet (or its error) to ``console``."""
    if isinstance(outcome, InputError):
        console.print(
            Text(f"{one_line(outcome.id)}: error: {one_line(outcome.message)}", style="red")
        )
        return
    console.print(fact_sheet_renderable(outcome, sections))


def fact_sheet_renderable(sheet: FactSheet, sections: Collection[str] = SECTIONS) -> RenderableType:
    parts: list[RenderableType] = [_title(sheet)]
    builders = {
        "event": lambda: _event_table(sheet.event),
        "dates": lambda: _dates_table(sheet.dates),
        "participants": lambda: _participants_table(sheet.participants),
        "quotes": lambda: _quotes_table(sheet.quotes),
    }
    for name in SECTIONS:
        if name in sections:
            parts += [Text(""), builders[name]()]
    parts.extend(Text(f"warning: {one_line(w)}", style="yellow") for w in sheet.warnings)
    return Group(*parts)


def _title(sheet: FactSheet) -> Text:
    title = Text("Fact sheet", style="bold")
    if sheet.id:
        title.append(f" · {one_line(sheet.id)}")
    ref = sheet.reference_date or "unknown"
    title.append(f"  (reference date {ref}, {_SOURCE[sheet.reference_date_source]})", style="dim")
    return title


def _section(title: str, count: int | None = None) -> Table:
    heading = title if count is None else f"{title} ({count})"
    return Table(
        title=heading,
        title_justify="left",
        title_style="bold cyan",
        box=box.SIMPLE_HEAD,
        expand=True,
        show_edge=False,
        pad_edge=False,
    )


def _cell(text: str | None, style: str = "") -> Text:
    return Text(one_line(text) if text else "—", style=style if text else "dim")


def _event_table(event: Event) -> Table:
    table = _section("Event")
    table.show_header = False
    table.add_column("field", style="bold", no_wrap=True, ratio=1)
    table.add_column("value", ratio=5)
    for label, value in event_rows(event):
        table.add_row(Text(label), _cell(value))
    return table


def _dates_table(dates: tuple[Timex, ...]) -> Table:
    table = _section("Dates", len(dates))
    table.add_column("Words", ratio=3)
    table.add_column("Value", ratio=2, style="green")
    table.add_column("Reading", ratio=3)
    table.add_column("Type", ratio=2)
    table.add_column("At", justify="right", no_wrap=True, min_width=5, style="dim")
    for d in dates:
        table.add_row(
            _cell(d.text),
            _cell(d.value),
            _cell(human_reading(d)),
            _cell(d.type),
            Text(str(d.start)),
        )
    return table


def _participants_table(participants: tuple[Participant, ...]) -> Table:
    table = _section("Participants", len(participants))
    table.add_column("Name", ratio=3, style="bold")
    table.add_column("Kind", no_wrap=True, min_width=12)
    table.add_column("Title / role", ratio=5)
    table.add_column("Mentions", justify="right", no_wrap=True, min_width=8)
    table.add_column("Quotes", justify="right", no_wrap=True, min_width=6)
    for p in participants:
        table.add_row(
            _cell(p.name),
            _cell(p.kind),
            _cell(p.title),
            Text(str(len(p.mentions))),
            Text(str(p.quote_count)),
        )
    return table


def _quotes_table(quotes: tuple[Quote, ...]) -> Table:
    table = _section("Quotes", len(quotes))
    table.add_column("Speaker", ratio=2, style="bold")
    table.add_column("Quote", ratio=6)
    table.add_column("Cue", ratio=2)
    for q in quotes:
        # No speaker: say so; a mention the text points at is shown as a question, never a name.
        speaker = q.speaker or (
            f"unattributed ({q.speaker_mention.text}?)" if q.speaker_mention else "unattributed"
        )
        quote = f"“{q.text}”" + (" (partial)" if q.kind == "partial" else "")
        table.add_row(_cell(speaker), _cell(quote), _cell(q.cue.text if q.cue else None))
    return table
