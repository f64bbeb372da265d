"""The CLI through Typer's CliRunner, plus one real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factsheet import __version__
from factsheet.cli import app
from factsheet.status import ExitStatus
from tests.support import SEED

runner = CliRunner()

STORY = "Mayor Ana Ruiz opened the new bridge on Tuesday.\n“It took us ten years,” Ruiz said.\n"


def invoke(*args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def json_objects(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"factsheet {__version__}\n"


@pytest.mark.parametrize("args", [("--help",), ("summarize", "--help"), ("schema", "--help")])
def test_help(args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_summarize_help_documents_examples_and_exit_codes() -> None:
    out = invoke("summarize", "--help").stdout
    assert "factsheet summarize article.txt --json" in out
    assert "130 interrupted" in out


def test_json_seed_is_one_object_with_contract_keys() -> None:
    result = invoke("summarize", str(SEED), "--json", "--ref-date", "2025-05-21")
    assert result.exit_code == 0
    (obj,) = json_objects(result.stdout)
    assert obj["schema"] == "1"
    assert obj["id"] == str(SEED)
    assert obj["reference_date"] == "2025-05-21"
    assert obj["reference_date_source"] == "given"
    assert set(obj) >= {"event", "dates", "participants", "quotes"}
    assert result.stderr == ""


def test_stdin_dash_has_id_dash() -> None:
    result = invoke("summarize", "-", "--json", stdin=STORY)
    assert result.exit_code == 0
    assert json_objects(result.stdout)[0]["id"] == "-"


def test_many_files_keep_input_order(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{name}.txt", STORY) for name in ("c", "a", "b")]
    result = invoke("summarize", *paths, "--json")
    assert [o["id"] for o in json_objects(result.stdout)] == paths


def test_jsonl_input_ids_dates_and_order() -> None:
    lines = [
        {"id": "one", "text": STORY, "date": "2025-05-21"},
        {"id": "two", "text": STORY},
        {"id": 3, "text": STORY, "date": "2024-01-02T10:00:00Z"},
    ]
    stdin = "".join(json.dumps(x) + "\n" for x in lines)
    result = invoke("summarize", "--input", "jsonl", "--json", "-", stdin=stdin)
    objs = json_objects(result.stdout)
    assert [o["id"] for o in objs] == ["one", "two", "3"]
    assert [o["reference_date"] for o in objs] == ["2025-05-21", None, "2024-01-02"]
    assert result.exit_code == 0


def test_jsonl_suffix_selects_jsonl(tmp_path: Path) -> None:
    path = write(tmp_path, "batch.jsonl", json.dumps({"id": "x", "text": STORY}) + "\n")
    assert json_objects(invoke("summarize", path, "--json").stdout)[0]["id"] == "x"


def test_ref_date_option_applies_and_jsonl_date_wins() -> None:
    stdin = json.dumps({"id": "a", "text": STORY, "date": "2020-02-02"}) + "\n"
    result = invoke(
        "summarize", "--input", "jsonl", "--json", "--ref-date", "2025-05-21", "-", stdin=stdin
    )
    assert json_objects(result.stdout)[0]["reference_date"] == "2020-02-02"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ('{"id": "a"}\n', 'no "text" string'),
        ("not json\n", "not a JSON object"),
        ('{"id": "a", "text": "x", "date": "May 5"}\n', "not YYYY-MM-DD"),
        ("[1, 2]\n", "not a JSON object"),
    ],
)
def test_bad_jsonl_line_is_an_error_object_and_others_survive(stdin: str, message: str) -> None:
    good = json.dumps({"id": "good", "text": STORY}) + "\n"
    result = invoke("summarize", "--input", "jsonl", "--json", "-", stdin=good + stdin + good)
    objs = json_objects(result.stdout)
    assert len(objs) == 3
    assert message in objs[1]["error"]
    assert objs[0]["id"] == objs[2]["id"] == "good"
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert message in result.stderr


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"abc\x00def", "binary data"),
        (b"\xff\xfe\x00\xd8", "invalid UTF-16"),
    ],
)
def test_unreadable_content_is_one_line_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path, "bad.txt", data)
    result = invoke("summarize", path, "--json")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert json_objects(result.stdout) == [
        {"schema": "1", "id": path, "error": json_objects(result.stdout)[0]["error"]}
    ]
    assert message in result.stderr
    assert result.stderr.startswith(f"factsheet: {path}: ")
    assert "Traceback" not in result.stderr


def test_missing_file_in_the_middle_of_a_batch(tmp_path: Path) -> None:
    first = write(tmp_path, "1.txt", STORY)
    last = write(tmp_path, "3.txt", STORY)
    missing = str(tmp_path / "2.txt")
    result = invoke("summarize", first, missing, last, "--json")
    objs = json_objects(result.stdout)
    assert [o["id"] for o in objs] == [first, missing, last]
    assert objs[1]["error"] == "no such file or directory"
    assert "error" not in objs[0] and "error" not in objs[2]
    assert result.exit_code == ExitStatus.INPUT_ERROR


def test_windows_1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "cp.txt", "\u201cWe won,\u201d she said.".encode("cp1252"))
    result = invoke("summarize", path, "--json")
    assert result.exit_code == 0
    obj = json_objects(result.stdout)[0]
    assert obj["warnings"] == ["not UTF-8; decoded as Windows-1252"]
    assert "Windows-1252" in result.stderr


def test_empty_article_gives_an_empty_sheet_and_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", "  \n")
    result = invoke("summarize", path, "--json")
    assert result.exit_code == 0
    obj = json_objects(result.stdout)[0]
    assert (obj["dates"], obj["participants"], obj["quotes"]) == ([], [], [])
    assert obj["warnings"] == ["empty article"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("summarize", "--ref-date", "2025-13-01", "x"), "--ref-date"),
        (("summarize", "--ref-date", "21/05/2025", "x"), "--ref-date"),
        (("summarize", "--sections", "dates,weather", "x"), "unknown section weather"),
        (("summarize", "--bogus"), "No such option"),
        (("summarize", "--format", "xml", "x"), "--format"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], needle: str) -> None:
    result = invoke(*args)
    assert result.exit_code == ExitStatus.USAGE
    assert needle in result.stderr
    assert result.stdout == ""


def test_sections_filter_json() -> None:
    result = invoke("summarize", "-", "--json", "--sections", "dates,quotes", stdin=STORY)
    obj = json_objects(result.stdout)[0]
    assert "dates" in obj and "quotes" in obj
    assert "participants" not in obj and "event" not in obj


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path, "b.txt", STORY)
    write(tmp_path, "sub/a.md", STORY)
    write(tmp_path, "a.txt", STORY)
    write(tmp_path, "notes.pdf", b"%PDF")
    result = invoke("summarize", str(tmp_path), "--json")
    ids = [Path(o["id"]).relative_to(tmp_path).as_posix() for o in json_objects(result.stdout)]
    assert ids == ["a.txt", "b.txt", "sub/a.md"]


def test_csv_round_trips_through_the_csv_module() -> None:
    text = 'Officials said, "Yes, we, ""maybe"" will," on Monday.\n'
    result = invoke("summarize", "-", "--format", "csv", "--bom", stdin=text)
    assert result.stdout.startswith("\ufeffid,section,field,text,value,detail,start,end")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        if row["section"] != "error":
            assert text[start:end] == row["text"]


def test_markdown_escapes_article_text() -> None:
    result = invoke("summarize", "-", "--format", "markdown", stdin="A *bold* [claim](x) | pipe.\n")
    assert result.exit_code == 0
    assert result.stdout.startswith("## Fact sheet: -\n")
    assert "A \\*bold\\* \\[claim\\](x) \\| pipe." in result.stdout


def test_schema_command_prints_the_json_schema() -> None:
    result = invoke("schema")
    schema = json.loads(result.stdout)
    assert schema["title"].startswith("factsheet output, schema version 1")


def test_real_subprocess_python_m_and_pipe() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "factsheet",
            "summarize",
            "--json",
            "--ref-date",
            "2025-05-21",
            str(SEED),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert json.loads(proc.stdout)["id"] == str(SEED)


def test_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    big = write(
        tmp_path,
        "big.jsonl",
        "".join(json.dumps({"id": str(i), "text": STORY * 20}) + "\n" for i in range(300)),
    )
    script = f"{sys.executable} -m factsheet summarize {big} --json | head -c 100 >/dev/null"
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in proc.stderr
    assert "BrokenPipe" not in proc.stderr
    assert proc.returncode == 0


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "factsheet", "summarize", "--input", "jsonl", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps({"id": "a", "text": STORY}) + "\n")
    proc.stdin.flush()
    assert json.loads(proc.stdout.readline())["id"] == "a"  # it is now waiting for more input
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == ExitStatus.INTERRUPTED
    assert err.strip().endswith("factsheet: interrupted")
    assert "Traceback" not in err
