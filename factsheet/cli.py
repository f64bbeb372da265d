"""The command line: a thin Typer layer over the library and the renderers.

stdout carries only data; every message goes to stderr. Heavy modules (Rich, the
extractors) are imported only by the paths that need them, because scripts pay start-up
once per file.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from factsheet import __version__
from factsheet.inputs import DEFAULT_MAX_BYTES, STDIN, InputError, iter_articles, parse_iso_date
from factsheet.status import ExitStatus

if TYPE_CHECKING:
    from factsheet.batch import Outcome

EPILOG = """\
Examples:

  factsheet summarize article.txt

  factsheet summarize article.txt --json | jq '.quotes[].speaker'

  cat article.txt | factsheet summarize - --ref-date 2025-05-21

  factsheet summarize wire/ --format csv --bom > sheets.csv

  factsheet summarize --input jsonl export.jsonl --json --jobs 0 > sheets.jsonl

Exit codes: 0 success; 1 some inputs failed (the others were written); 2 usage error;
130 interrupted.
"""

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="The fact sheet of a news article: event, dates, participants and quotes, "
    "every fact with its character offsets.",
    epilog="Exit codes: 0 success; 1 some inputs failed; 2 usage error; 130 interrupted.",
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    csv = "csv"


class InputKind(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


@dataclass
class Environment:
    """What the process is connected to (httpie's idea): terminals decide progress and colour."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    @property
    def stdin_isatty(self) -> bool:
        return _isatty(self.stdin)

    @property
    def stderr_isatty(self) -> bool:
        return _isatty(self.stderr)

    def error(self, message: str) -> None:
        from factsheet.render.safe import one_line

        self.stderr.write(f"factsheet: {one_line(message)}\n")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"factsheet {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """The fact sheet of a news article: event, dates, participants and quotes."""


@app.command(epilog=EPILOG)
def summarize(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files, directories (walked for .txt/.md/.jsonl), or - for "
            "stdin. Default: stdin when it is not a terminal.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.table,
    input_kind: Annotated[
        InputKind,
        typer.Option(
            "--input",
            help="How to read inputs: text files, JSON Lines articles "
            '({"id", "text", "date"} per line), or auto (by the .jsonl suffix).',
        ),
    ] = InputKind.auto,
    ref_date: Annotated[
        str | None,
        typer.Option(
            "--ref-date",
            metavar="YYYY-MM-DD",
            help="The articles' reference (publication) date; a JSONL date wins. "
            "Without it the article's dateline is used.",
        ),
    ] = None,
    sections: Annotated[
        str | None,
        typer.Option(
            "--sections",
            metavar="LIST",
            help="Comma-separated sections to print: event,dates,participants,quotes.",
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes; 0 = all cores."),
    ] = 1,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, warnings or summary line.")
    ] = False,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV with a BOM (for Excel).")] = False,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent JSON output.")] = False,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes", min=1, metavar="BYTES", help="Refuse articles larger than this."
        ),
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Print the fact sheet of each article, in input order."""
    env = Environment()
    fmt = OutputFormat.json if as_json else output_format
    chosen = _parse_sections(sections)
    reference = _parse_ref_date(ref_date)
    sources = _sources(paths, env)
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    items = iter_articles(sources, input_kind.value, max_bytes)

    from factsheet.batch import summarize_all  # imports the whole pipeline

    _collect_garbage_again()
    outcomes = summarize_all(items, reference, workers)
    try:
        status = _write_all(outcomes, fmt, chosen, env, quiet=quiet, bom=bom, pretty=pretty)
    except KeyboardInterrupt:
        env.error("interrupted")
        status = ExitStatus.INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        status = ExitStatus.SUCCESS
    raise typer.Exit(int(status))


def _silence_stdout() -> None:
    """The reader went away (`| head`): stop quietly, and keep the final flush quiet too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests)
        pass


@app.command()
def schema() -> None:
    """Print the JSON Schema of the --json output (schema version 1)."""
    from importlib.resources import files

    sys.stdout.write(files("factsheet").joinpath("schema.json").read_text(encoding="utf-8"))


def _parse_sections(value: str | None) -> tuple[str, ...]:
    from factsheet.render import SECTIONS

    if value is None:
        return SECTIONS
    chosen = tuple(s.strip().lower() for s in value.split(",") if s.strip())
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown or not chosen:
        raise typer.BadParameter(
            f"unknown section {', '.join(unknown) or '(none)'}; choose from {', '.join(SECTIONS)}",
            param_hint="--sections",
        )
    return chosen


def _parse_ref_date(value: str | None) -> date | None:
    if value is None:
        return None
    parsed = parse_iso_date(value)
    if parsed is None or len(value) != 10:
        raise typer.BadParameter(
            f"{value!r} is not a date in YYYY-MM-DD form", param_hint="--ref-date"
        )
    return parsed


def _sources(paths: list[str] | None, env: Environment) -> list[str]:
    if paths:
        return paths
    if env.stdin_isatty:
        raise typer.BadParameter(
            "no input: give files, a directory, or - for stdin", param_hint="PATHS"
        )
    return [STDIN]


def _write_all(
    outcomes: Iterator[Outcome],
    fmt: OutputFormat,
    sections: tuple[str, ...],
    env: Environment,
    *,
    quiet: bool,
    bom: bool,
    pretty: bool,
) -> ExitStatus:
    write = _writer(fmt, sections, env, bom=bom, pretty=pretty)
    started = time.perf_counter()
    articles = failures = facts = 0
    with _progress(env, quiet) as advance:
        for outcome in outcomes:
            articles += 1
            if isinstance(outcome, InputError):
                failures += 1
                env.error(f"{outcome.id}: {outcome.message}")
            else:
                facts += len(outcome.dates) + len(outcome.participants) + len(outcome.quotes)
                if not quiet:
                    for warning in outcome.warnings:
                        env.error(f"{outcome.id}: warning: {warning}")
            write(outcome)
            # Each sheet reaches a pipe as soon as it is done: a reader streams, never waits.
            env.stdout.flush()
            advance()
    env.stdout.flush()
    if not quiet and (articles > 1 or failures):
        elapsed = time.perf_counter() - started
        noun = "article" if articles == 1 else "articles"
        env.error(f"{articles} {noun}, {facts} facts, {failures} failed, {elapsed:.2f} s")
    return ExitStatus.INPUT_ERROR if failures else ExitStatus.SUCCESS


def _writer(
    fmt: OutputFormat, sections: tuple[str, ...], env: Environment, *, bom: bool, pretty: bool
) -> Callable[[Outcome], object]:
    out = env.stdout
    if fmt is OutputFormat.json:
        from factsheet.render.jsonout import json_line

        indent = 2 if pretty else None
        return lambda outcome: out.write(json_line(outcome, sections, indent))
    if fmt is OutputFormat.csv:
        from factsheet.render.csvout import csv_header, csv_rows

        out.write(("\ufeff" if bom else "") + csv_header())
        return lambda outcome: out.write(csv_rows(outcome, sections))
    if fmt is OutputFormat.markdown:
        from factsheet.render.markdown import markdown

        return lambda outcome: out.write(markdown(outcome, sections))
    from rich.console import Console

    from factsheet.render.table import render_outcome

    console = Console(file=out, markup=False, highlight=False, emoji=False)
    return lambda outcome: render_outcome(console, outcome, sections)


class _NoProgress:
    def __enter__(self) -> Any:
        return lambda: None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(env: Environment, quiet: bool) -> Any:
    if quiet or not env.stderr_isatty:
        return _NoProgress()
    from factsheet.render.progress import BatchProgress

    return BatchProgress(env.stderr)


def _collect_garbage_again() -> None:
    """Undo main()'s start-up switch: what the imports built is kept out of later collections."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main() -> None:
    """Console-script entry point."""
    # Imports build many long-lived objects and no garbage; collecting during them costs
    # about 8 ms of every run. summarize() switches the collector back on before any article.
    gc.disable()
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C outside the article loop (e.g. during start-up)
        sys.stderr.write("factsheet: interrupted\n")
        sys.exit(ExitStatus.INTERRUPTED)
