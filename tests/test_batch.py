"""The batch runner's own guarantees: one article per call, the collector paused for it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import factsheet.batch as batch
from factsheet.inputs import Article, InputError
from factsheet.model import FactSheet


@pytest.fixture()
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_collector_is_paused_for_the_article_and_back_on_after(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real_extract = batch.extract  # type: ignore[attr-defined]

    def spy(*args: object, **kwargs: object) -> FactSheet:
        seen.append(gc.isenabled())
        return real_extract(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract", spy)
    outcome = batch.summarize_item(Article("a.txt", "Mayor Ana Ruiz spoke on Monday."))
    assert isinstance(outcome, FactSheet)
    assert seen == [False]
    assert gc.isenabled()


def test_collector_comes_back_on_after_a_failing_article(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> FactSheet:
        raise ValueError("bad")

    monkeypatch.setattr(batch, "extract", boom)
    outcome = batch.summarize_item(Article("a.txt", "text"))
    assert isinstance(outcome, InputError)
    assert "ValueError" in outcome.message
    assert gc.isenabled()


def test_a_paused_collector_stays_paused() -> None:
    was_on = gc.isenabled()
    gc.disable()
    try:
        with batch.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # start-up switched it off: not ours to switch on
    finally:
        if was_on:
            gc.enable()
