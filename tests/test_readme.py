"""The README documents every option, and each of its newsroom recipes runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from factsheet.cli import app
from tests.support import ROOT, SEED

README = (ROOT / "README.md").read_text(encoding="utf-8")


def recipe_lines() -> list[str]:
    block = README.split("<!-- recipes -->", 1)[1].split("<!-- /recipes -->", 1)[0]
    return [line for line in block.splitlines()
            if line.strip() and not line.startswith(("#", "```"))]


def summarize_options() -> list[str]:
    command = typer.main.get_command(app).commands["summarize"]  # type: ignore[attr-defined]
    return [opt for param in command.params for opt in param.opts if opt.startswith("--")]


@pytest.mark.parametrize("option", summarize_options())
def test_every_summarize_option_is_documented(option: str) -> None:
    assert f"`{option}" in README


def test_readme_set_up_commands_name_real_paths() -> None:
    assert f"seeds/{SEED.name}" in README
    assert ".venv/bin/python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in README


def test_there_are_recipes() -> None:
    assert len(recipe_lines()) >= 5


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("newsroom")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "wire").mkdir()
    (root / "wire" / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "wire" / "b.txt").write_text(
        "Mayor Ana Ruiz opened the bridge on Tuesday.\n“It took ten years,” Ruiz said.\n",
        encoding="utf-8",
    )
    (root / "export.jsonl").write_text(
        json.dumps({"id": "cms-1", "text": SEED.read_text(encoding="utf-8"), "date": "2025-05-21"})
        + "\n", encoding="utf-8")
    return root


@pytest.mark.skipif(shutil.which("jq") is None, reason="the recipes use jq")
@pytest.mark.parametrize("recipe", recipe_lines())
def test_recipe_runs(recipe: str, newsroom: Path) -> None:
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    before = {p.name for p in newsroom.iterdir()}
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", recipe], cwd=newsroom, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    created = {p.name for p in newsroom.iterdir()} - before
    assert proc.stdout.strip() or created, "the recipe printed nothing and wrote nothing"
    for name in created:
        assert (newsroom / name).stat().st_size > 0
        (newsroom / name).unlink()
    assert "FAILED" not in proc.stdout
