"""Newsroom batches: many files, --jobs, order, streaming, colour conventions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from factsheet.cli import app
from factsheet.status import ExitStatus

runner = CliRunner()

ARTICLE = "Officials met on Monday {n}.\n“We agreed,” said Mayor Ana Ruiz.\n"


def make_batch(tmp_path: Path, count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = tmp_path / f"article-{n:04d}.txt"
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
        paths.append(str(path))
    return paths


def ids(stdout: str) -> list[str]:
    return [json.loads(line)["id"] for line in stdout.splitlines()]


def test_thousand_files_in_one_process_in_order(tmp_path: Path) -> None:
    paths = make_batch(tmp_path, 1000)
    result = runner.invoke(app, ["summarize", str(tmp_path), "--json"])
    assert result.exit_code == 0
    assert ids(result.stdout) == paths
    assert result.stderr.startswith("factsheet: 1000 articles, ")


def test_jobs_keep_input_order_and_a_failure_in_the_middle(tmp_path: Path) -> None:
    paths = make_batch(tmp_path, 120)
    paths.insert(60, str(tmp_path / "vanished.txt"))
    result = runner.invoke(app, ["summarize", *paths, "--json", "--jobs", "2", "--quiet"])
    assert ids(result.stdout) == paths
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [i for i, o in enumerate(lines) if "error" in o] == [60]
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert result.stderr == f"factsheet: {paths[60]}: no such file or directory\n"


def test_jobs_zero_means_all_cores_and_matches_serial_output(tmp_path: Path) -> None:
    make_batch(tmp_path, 40)
    serial = runner.invoke(app, ["summarize", str(tmp_path), "--json", "-q"]).stdout
    parallel = runner.invoke(app, ["summarize", str(tmp_path), "--json", "-q", "-j", "0"]).stdout
    assert parallel == serial


def test_quiet_silences_the_summary_line(tmp_path: Path) -> None:
    make_batch(tmp_path, 3)
    result = runner.invoke(app, ["summarize", str(tmp_path), "--json", "--quiet"])
    assert result.stderr == ""


def run_table(path: str, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100"}
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "factsheet", "summarize", path],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_no_colour_codes_when_stdout_is_not_a_terminal(tmp_path: Path) -> None:
    proc = run_table(make_batch(tmp_path, 1)[0], FORCE_COLOR=None)
    assert proc.returncode == 0
    assert "\x1b[" not in proc.stdout
    assert "Fact sheet" in proc.stdout
    assert max(len(line) for line in proc.stdout.splitlines()) <= 100


def test_force_color_turns_colour_on_and_no_color_wins(tmp_path: Path) -> None:
    path = make_batch(tmp_path, 1)[0]
    assert "\x1b[" in run_table(path, FORCE_COLOR="1", NO_COLOR=None).stdout
    assert "\x1b[3" not in run_table(path, FORCE_COLOR="1", NO_COLOR="1").stdout


def test_sections_apply_to_markdown_and_csv(tmp_path: Path) -> None:
    path = make_batch(tmp_path, 1)[0]
    md = runner.invoke(app, ["summarize", path, "-f", "markdown", "--sections", "quotes"]).stdout
    assert "### Quotes" in md and "### Dates" not in md and "### Event" not in md
    csv_out = runner.invoke(app, ["summarize", path, "-f", "csv", "--sections", "dates"]).stdout
    sections = {row.split(",")[1] for row in csv_out.splitlines()[1:]}
    assert sections <= {"dates"}
