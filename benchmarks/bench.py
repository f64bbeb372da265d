"""factsheet benchmark: start-up, throughput per section, linear growth, peak memory.

    .venv/bin/python benchmarks/bench.py            # full run (about 15 min on 2 cores)
    .venv/bin/python benchmarks/bench.py --quick    # smaller sizes (about 1 min)

Article text is read at run time from the evaluation corpora (``--data``, by default
../shared/eval/data next to the repository); it is never copied into the repository. Every
heavy measurement runs in a child process so that its peak memory is its own and a runaway
(super-linear) case can be stopped by a timeout instead of hanging the benchmark.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "un-north-korea-human-rights-meeting.txt"
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
MB = 1_000_000

# Inputs that are cheap to write and expensive to parse carelessly (issue 8).
PATHOLOGICAL: dict[str, str] = {
    "quote marks": '"“”‘’\'«»',
    "straight quotes": '"',
    "capitalised words": "Abel Baker Charlie Delta Echo Foxtrot ",
    "all-caps words": "UNITED NATIONS SECURITY COUNCIL ",
    "initials": "J. R. R. ",
    "titles": "Mr. Dr. Sen. Gen. ",
    "digits": "0123456789",
    "numbers": "12 1,234 5.6 1996 2025-05-21 ",
    "unbroken sentence": "the cat sat on the mat and ",
    "nested brackets": "(",  # half opening, half closing: see _pathological
    "said he said": "said he said ",
    "surnames with honorifics": "Mr. Roe said so. Mrs. Roe said no. ",
    "quoted said": '"Yes," he said. ',
    "month names": "May June March Monday May ",
    "dots": ".",
    "newlines": "\n",
}


# ---------------------------------------------------------------- child-process measurements


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _corpus_texts(data: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted(data.glob("*_dev.jsonl")):
        with path.open(encoding="utf-8") as stream:
            texts.extend(json.loads(line)["text"] for line in stream if line.strip())
    return texts


def _mixed_texts(data: Path) -> list[str]:
    """The corpus articles taken in turn from each corpus, so that every prefix holds the
    same mix (one corpus after another would make each size a different kind of text)."""
    corpora: list[list[str]] = []
    for path in sorted(data.glob("*_dev.jsonl")):
        with path.open(encoding="utf-8") as stream:
            corpora.append([json.loads(line)["text"] for line in stream if line.strip()])
    return [text for turn in zip_longest(*corpora) for text in turn if text is not None]


def _natural_text(data: Path, size: int) -> str:
    """Real articles joined by blank lines, repeated up to ``size`` characters."""
    corpus = "\n\n".join(_mixed_texts(data))
    return (corpus * (size // len(corpus) + 1))[:size]


def _pathological(kind: str, size: int) -> str:
    if kind == "nested brackets":
        return "(" * (size // 2) + ")" * (size - size // 2)
    unit = PATHOLOGICAL[kind]
    return (unit * (size // len(unit) + 1))[:size]


def worker_extract(kind: str, size: int, data: Path, repeat: int) -> dict[str, float]:
    """The best of ``repeat`` extractions of a generated article of ``size`` characters."""
    from datetime import date

    from factsheet.batch import collector_paused
    from factsheet.pipeline import extract

    text = _natural_text(data, size) if kind == "natural" else _pathological(kind, size)
    before = _peak_rss_mb()
    seconds = cpu = float("inf")
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        with collector_paused():  # as the CLI runs an article (see factsheet.batch)
            extract(text, date(2025, 5, 21))
        seconds = min(seconds, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
    return {"seconds": seconds, "cpu_seconds": cpu, "rss_before_mb": before,
            "peak_rss_mb": _peak_rss_mb()}


def worker_sections(data: Path, repeat: int, warm_passes: int = 0) -> dict[str, float]:
    """Seconds per section over every corpus text, each extractor on a shared Document;
    then the median of ``warm_passes`` more pipeline passes, run as the CLI runs them."""
    from datetime import date

    from factsheet.batch import collector_paused
    from factsheet.dates import extract_dates
    from factsheet.event import extract_event
    from factsheet.event.layout import find_layout
    from factsheet.participants import extract_participants
    from factsheet.pipeline import extract
    from factsheet.quotes import extract_quotes
    from factsheet.text import Document

    texts = _corpus_texts(data)
    ref = date(2025, 5, 21)
    clock = _Clock()
    for _ in range(repeat):
        for text in texts:
            doc = Document(text)
            # Paragraphs, sentences and tokens are cached on first use: time them on their own
            # so that the first extractor is not charged for them.
            clock.time("document: sentences", lambda d=doc: d.sentences)
            clock.time("document: tokens", lambda d=doc: d.tokens)
            layout = clock.time("layout", find_layout, doc)
            dates = clock.time("dates", extract_dates, doc, ref)
            people = clock.time("participants", extract_participants, doc)
            quotes = clock.time("quotes", extract_quotes, doc, people)
            clock.time("event", extract_event, doc, layout, dates, people, quotes)
            clock.time("pipeline (all, fresh Document)", extract, text, ref)
    totals = dict(clock.totals)
    if warm_passes:
        passes = []
        for _ in range(warm_passes):
            started = time.process_time()
            for text in texts:
                with collector_paused():
                    extract(text, ref)
            passes.append((time.process_time() - started) * repeat)
        totals[f"pipeline, warm (median of {warm_passes} passes)"] = statistics.median(passes)
    totals["chars"] = float(sum(len(t) for t in texts) * repeat)
    return totals


class _Clock:
    """Adds up the CPU seconds spent in each named call (steady on a shared machine)."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}

    def time(self, name: str, call: Callable[..., T], *args: Any) -> T:
        started = time.process_time()
        result = call(*args)
        self.totals[name] = self.totals.get(name, 0.0) + time.process_time() - started
        return result


def _run_worker(args: list[str], timeout: float) -> dict[str, float] | None:
    """Run this script as a child in worker mode; None when it times out or fails."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        sys.stderr.write(f"worker {args} failed:\n{done.stderr[-2000:]}\n")
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------- start-up


def _run_once(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("factsheet")
    return [str(script)] if script.exists() else [sys.executable, "-m", "factsheet"]


def measure_startup(runs: int) -> dict[str, float]:
    cli = [*_cli(), "summarize", "--json", "--ref-date", "2025-05-21", str(SEED)]
    # Interleave the two so that a busy moment of the machine hits both alike; CPU time is
    # reported too because it hardly depends on what else the machine is doing.
    samples: dict[str, list[float]] = {"python": [], "cli": [], "python_cpu": [], "cli_cpu": []}
    for _ in range(runs):
        for name, command in (("python", [sys.executable, "-c", "pass"]), ("cli", cli)):
            wall, cpu = _run_once(command)
            samples[name].append(wall)
            samples[f"{name}_cpu"].append(cpu)
    return {name: statistics.median(values) for name, values in samples.items()}


def imported_modules() -> tuple[list[tuple[str, int]], list[str]]:
    """The --json path's top-level imports with cumulative time (us), and the heavy ones seen."""
    cli = _cli()
    target = cli if len(cli) == 1 else cli[1:]  # the script itself, or -m factsheet
    command = [sys.executable, "-X", "importtime", *target, "summarize", "--json",
               "--ref-date", "2025-05-21", str(SEED)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    top: list[tuple[str, int]] = []
    seen: set[str] = set()
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].strip()
        seen.add(name.split(".")[0])
        if len(parts[2]) - len(parts[2].lstrip()) == 1:  # depth 1: imported by the entry point
            top.append((name, int(parts[1])))
    heavy = sorted(seen & {"rich", "dateutil", "pydantic", "click", "typer", "shellingham",
                           "concurrent", "multiprocessing", "jsonschema"})
    return sorted(top, key=lambda kv: -kv[1]), heavy


# ---------------------------------------------------------------- batch memory


def _write_batch(path: Path, data: Path, size: int) -> int:
    """A JSONL batch of about ``size`` bytes built from corpus articles; returns its lines."""
    records = [json.dumps({"id": "", "text": t, "date": "2025-05-21"}, ensure_ascii=False)
               for t in _corpus_texts(data)]
    written = lines = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            for record in records:
                line = record.replace('"id": ""', f'"id": "b{lines}"', 1) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                lines += 1
                if written >= size:
                    break
    return lines


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            status = (entry / "status").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat[1])
        rss[int(entry.name)] = next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [p for p, pp in parents.items() if pp == parent and p not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(p, 0) for p in tree)


def measure_batch(data: Path, size: int, jobs: int) -> dict[str, float]:
    """Stream a generated JSONL batch through the CLI, sampling the memory of its processes."""
    with tempfile.TemporaryDirectory(prefix="factsheet-bench-") as tmp:
        path = Path(tmp) / "batch.jsonl"
        lines = _write_batch(path, data, size)
        command = [*_cli(), "summarize", "--input", "jsonl", "--json", "--quiet",
                   "--jobs", str(jobs), str(path)]
        started = time.perf_counter()
        samples: list[tuple[float, int]] = []
        # stderr goes to a file: an unread pipe would fill up and stall the CLI.
        with (Path(tmp) / "stderr.txt").open("w+b") as errors, \
                subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors) as proc:
            while proc.poll() is None:
                samples.append((time.perf_counter() - started, _tree_rss_kb(proc.pid)))
                time.sleep(0.5)
            errors.seek(0)
            messages = errors.read().decode("utf-8", "replace").splitlines()
        seconds = time.perf_counter() - started
    for message in messages[:5]:
        sys.stderr.write(f"batch stderr: {message}\n")
    early = [kb for t, kb in samples if t <= seconds / 4] or [0]
    return {"bytes": float(size), "lines": float(lines), "seconds": seconds,
            "peak_mb": max((kb for _, kb in samples), default=0) / 1024,
            "first_quarter_peak_mb": max(early) / 1024, "returncode": float(proc.returncode),
            "stderr_lines": float(len(messages))}


# ---------------------------------------------------------------- report


@dataclass
class Options:
    quick: bool
    data: Path
    timeout: float
    batch_bytes: int
    jobs: int


def _sizes(quick: bool) -> list[int]:
    return [250_000, 500_000, 1 * MB] if quick else [1_250_000, 2_500_000, 5 * MB, 10 * MB]


def _row(label: str, *cells: str) -> str:
    return f"| {label} | " + " | ".join(cells) + " |"


def report_startup(runs: int) -> Iterator[str]:
    times = measure_startup(runs)
    ratio = times["cli"] / times["python"]
    cpu_ratio = times["cli_cpu"] / times["python_cpu"]
    verdict = "ok" if ratio <= 5 else "TOO SLOW"
    yield f"## Start-up (cold process, median of {runs} runs)"
    yield ""
    yield "| command | wall | ratio | CPU | CPU ratio |"
    yield "|---|---:|---:|---:|---:|"
    yield _row("python -c pass", f"{times['python'] * 1000:.0f} ms", "1.0",
               f"{times['python_cpu'] * 1000:.0f} ms", "1.0")
    yield _row("factsheet summarize --json SEED", f"{times['cli'] * 1000:.0f} ms",
               f"{ratio:.1f} ({verdict}, limit 5)", f"{times['cli_cpu'] * 1000:.0f} ms",
               f"{cpu_ratio:.1f}")
    yield ""
    top, heavy = imported_modules()
    yield "Imports on the --json path (cumulative, `-X importtime`): " + ", ".join(
        f"{name} {us / 1000:.1f} ms" for name, us in top[:8])
    yield ""
    yield "Heavy packages imported: " + (", ".join(heavy) or "none")
    yield ""


def report_sections(opts: Options) -> Iterator[str]:
    passes = "3" if opts.quick else "5"
    result = _run_worker(["sections", str(opts.data), "1", passes], timeout=opts.timeout * 20)
    yield "## Throughput over the evaluation corpora (one core)"
    yield ""
    if result is None:
        yield "sections: worker failed or timed out"
        return
    chars = result.pop("chars")
    yield f"{chars / MB:.1f} M characters, every *_dev.jsonl text once."
    yield ""
    yield "| section | CPU seconds | chars/s |"
    yield "|---|---:|---:|"
    for name, seconds in result.items():
        speed = chars / seconds if seconds else float("inf")
        flag = "" if not name.startswith("pipeline") or speed >= MB else " (BELOW 1 MB/s)"
        yield _row(name, f"{seconds:.2f}", f"{speed / MB:.2f} M{flag}")
    yield ""


def report_scaling(opts: Options) -> Iterator[str]:
    sizes = _sizes(opts.quick)
    kinds = ["natural", *PATHOLOGICAL]
    yield ("## Linear growth (CPU seconds per size; ratio = time / time at half the size, "
           "limit 2.2)")
    yield ""
    yield "| input | " + " | ".join(f"{s / MB:g} MB" for s in sizes) + " | worst ratio | peak RSS |"
    yield "|---|" + "---:|" * (len(sizes) + 2)
    for kind in kinds:
        yield _scaling_row(kind, sizes, opts)
    yield ""


def _scaling_row(kind: str, sizes: list[int], opts: Options) -> str:
    cells: list[str] = []
    times: list[float] = []
    peak = 0.0
    for size in sizes:
        # Best of 3 below 2 MB: one garbage-collection pause can double a short run.
        repeat = "3" if size < 2 * MB else "1"
        result = _run_worker(["extract", kind, str(size), str(opts.data), repeat], opts.timeout)
        if result is None:
            cells.append(f"> {opts.timeout:.0f} s")
            break
        # CPU time, not wall time: other processes on a shared machine must not fake a
        # super-linear step.
        times.append(result["cpu_seconds"])
        peak = max(peak, result["peak_rss_mb"])
        cells.append(f"{result['cpu_seconds']:.2f} s")
    cells += ["—"] * (len(sizes) - len(cells))
    ratios = [b / a for a, b in itertools.pairwise(times) if a > 0.05]
    worst = max(ratios, default=0.0)
    flag = "" if worst <= 2.2 and len(times) == len(sizes) else " (!)"
    return _row(kind, *cells, f"{worst:.2f}{flag}" if ratios else "n/a", f"{peak:.0f} MB")


def report_batch(opts: Options) -> Iterator[str]:
    yield "## Streaming batch (generated JSONL in a temporary folder)"
    yield ""
    yield ("| batch | jobs | seconds | bytes/s | peak RSS (all processes) | peak in first quarter "
           "| exit | stderr lines |")
    yield "|---|---:|---:|---:|---:|---:|---:|---:|"
    r = measure_batch(opts.data, opts.batch_bytes, opts.jobs)
    yield _row(f"{r['bytes'] / MB:.0f} MB, {r['lines']:.0f} articles", str(opts.jobs),
               f"{r['seconds']:.1f}", f"{r['bytes'] / r['seconds'] / MB:.2f} M",
               f"{r['peak_mb']:.0f} MB", f"{r['first_quarter_peak_mb']:.0f} MB",
               f"{r['returncode']:.0f}", f"{r['stderr_lines']:.0f}")
    yield ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="folder with the evaluation *_dev.jsonl files")
    parser.add_argument("--runs", type=int, default=None, help="start-up runs (median)")
    parser.add_argument("--timeout", type=float, default=None,
                        help="seconds allowed to one scaling measurement")
    parser.add_argument("--batch-mb", type=float, default=None, help="size of the JSONL batch")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes for the batch (default: all cores)")
    parser.add_argument("--only", default="startup,sections,scaling,batch",
                        help="comma-separated parts to run")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(args.worker)))
        return
    opts = Options(
        quick=args.quick,
        data=args.data,
        timeout=args.timeout or (30.0 if args.quick else 120.0),
        batch_bytes=int((args.batch_mb or (32 if args.quick else 1000)) * MB),
        jobs=args.jobs,
    )
    parts = {"startup": lambda: report_startup(args.runs or (9 if args.quick else 31)),
             "sections": lambda: report_sections(opts),
             "scaling": lambda: report_scaling(opts),
             "batch": lambda: report_batch(opts)}
    print(f"# factsheet benchmark ({'quick' if args.quick else 'full'}, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} cores)\n", flush=True)
    for name in args.only.split(","):
        for line in parts[name.strip()]():
            print(line, flush=True)


def _worker(argv: list[str]) -> dict[str, float]:
    if argv[0] == "extract":
        return worker_extract(argv[1], int(argv[2]), Path(argv[3]), int(argv[4]))
    if argv[0] == "sections":
        return worker_sections(Path(argv[1]), int(argv[2]), int(argv[3]) if len(argv) > 3 else 0)
    raise SystemExit(f"unknown worker {argv[0]}")


if __name__ == "__main__":
    main()
