"""A progress display on stderr for long batches (only when stderr is a terminal)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


class BatchProgress:
    """Counts articles as they are written; the total is unknown while streaming."""

    def __init__(self, stream: TextIO) -> None:
        console = Console(file=stream, markup=False, highlight=False)
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} articles"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self._task = self._progress.add_task("summarize", total=None)

    def __enter__(self) -> Callable[[], None]:
        self._progress.start()
        return lambda: self._progress.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()
