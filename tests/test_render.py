"""Renderers at a fixed width: article text stays literal and terminal-safe."""

from __future__ import annotations

from rich.console import Console

from factsheet.inputs import InputError
from factsheet.model import Event, FactSheet, Participant, Quote, Span, Timex
from factsheet.render.markdown import markdown
from factsheet.render.safe import one_line, printable
from factsheet.render.table import render_outcome

HOSTILE = "Minister [sic] said [/x] \x1b[31mred\x1b[0m [bold]loud[/bold]"


def sheet_with(text: str) -> FactSheet:
    span = Span(text, 0, len(text))
    return FactSheet(
        id="t",
        reference_date="2025-05-21",
        reference_date_source="given",
        event=Event(headline=span, summary=span),
        dates=(Timex("Tuesday", 0, 7, "DATE", "2025-05-20"),),
        participants=(Participant("Ana Ruiz", "person", "mayor of [sic] Town", (span,), 1),),
        quotes=(Quote(text, 0, len(text), "Ana Ruiz", None, None, "full", "person"),),
    )


def render(sheet: FactSheet | InputError, width: int = 80) -> str:
    console = Console(
        width=width,
        file=None,
        record=True,
        markup=False,
        highlight=False,
        force_terminal=True,
        color_system=None,
    )
    with console.capture() as capture:
        render_outcome(console, sheet)
    return capture.get()


def test_table_shows_markup_literally_and_no_escape_reaches_the_terminal() -> None:
    out = render(sheet_with(HOSTILE), width=120)
    assert "[sic]" in out
    assert "[/x]" in out
    assert "[bold]loud[/bold]" in out
    assert "\x1b" not in out
    assert "\\x1b[31mred" in out


def test_table_has_four_sections_and_fits_80_columns() -> None:
    out = render(sheet_with("Ana Ruiz opened the bridge."))
    for title in ("Event", "Dates (1)", "Participants (1)", "Quotes (1)"):
        assert title in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Tue 20 May 2025" in out


def test_table_renders_an_error_line() -> None:
    out = render(InputError("x.txt", "no such file or directory"))
    assert out.strip() == "x.txt: error: no such file or directory"


def test_markdown_escapes_markdown_and_controls() -> None:
    out = markdown(sheet_with("A *b* [c](d) | e \x1b[0m"))
    assert "A \\*b\\* \\[c\\](d) \\| e \\\\x1b\\[0m" in out
    assert out.startswith("## Fact sheet: t\n")
    assert "- **Ana Ruiz**: “A" in out


def test_printable_and_one_line() -> None:
    assert printable("a\x07b\u202ec") == "a\\x07b\\u202ec"
    assert printable("line\nnext\ttab") == "line\nnext\ttab"
    assert one_line(" a \n\n b\t c ") == "a b c"


def test_unattributed_quote_never_shows_a_name_as_speaker() -> None:
    text = "“We will win,” a voice said."
    quote = Quote("We will win,", 1, 13, None, Span("a voice", 15, 22), None, "full", "unnamed")
    sheet = FactSheet(id="u", reference_date=None, reference_date_source="none", quotes=(quote,))
    out = render(sheet, width=200)
    assert "unattributed (a voice?)" in out
    assert text[1:13] in out
