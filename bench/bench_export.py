"""Benchmark: export a 500-entry brief, as a whole process, and compare with pandoc.

Writes its numbers to bench/results-export.txt. Goals (issue 3): HTML export of a
500-entry brief faster than `pandoc` converting the same Markdown to HTML; PDF in about a
second. Runs without pandoc (and says so). Usage: .venv/bin/python bench/bench_export.py
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results-export.txt"
ENTRIES = 500
RUNS = 7


def make_workspace(root: Path) -> Path:
    """50 sources x 10 items, and a brief of 500 entries (450 items, 50 prose)."""
    from briefer import model as m
    from briefer.schema import save_brief, save_source

    (root / "sources").mkdir(parents=True)
    refs: list[str] = []
    for s in range(50):
        sid = f"src-{s:02d}"
        src = m.Source(
            sid,
            f"Report {s} on shipments, *troops* and [technology]",
            kind="report",
            publisher=f"Publisher {s % 7}",
            author="Staff",
            url=f"https://example.org/r/{s}",
            published="2026-10-01",
            reliability="ABCDEF"[s % 6],
            takes=[
                m.Take(
                    f"t{i}",
                    f"Take {i} of source {s}: shell output rose sharply, "
                    f"according to officials cited in the report <{i}>.",
                    credibility=2,
                )
                for i in range(1, 5)
            ],
            quotes=[
                m.Quote(
                    f"q{i}",
                    f"We will keep supplying what is needed, item {i}.",
                    speaker=f"Official {i}",
                    role="spokesperson",
                    date="2026-09",
                )
                for i in range(1, 4)
            ],
            figures=[
                m.Figure(
                    f"f{i}",
                    15000 * i,
                    "approximately",
                    "soldiers",
                    f"troops deployed, estimate {i}",
                    "2026-09",
                    "intelligence",
                )
                for i in range(1, 4)
            ],
        )
        save_source(src, root / "sources" / f"{sid}.yaml")
        refs += [f"{sid}/{it.id}" for it in src.items()]
    sections = []
    n = 0
    for sec in range(10):
        entries = []
        for _ in range(ENTRIES // 10):
            if n % 10 == 9:
                entries.append(
                    m.Entry(
                        text=f"Analyst prose {n} with **emphasis** and a "
                        f"[link](https://example.org/{n})."
                    )
                )
            else:
                entries.append(
                    m.Entry(
                        ref=m.Ref.parse(refs[n % len(refs)]),
                        comment="Why it matters." if n % 3 == 0 else None,
                    )
                )
            n += 1
        sections.append(m.Section(f"Section {sec + 1}", entries))
    brief = m.Brief(
        "Benchmark brief",
        "500 entries",
        "Bench",
        "2026-11-26",
        "TLP:AMBER",
        "North Korea will **very likely** keep supplying Russia.",
        sections,
    )
    path = root / "bench.brief.yaml"
    save_brief(brief, path, None)
    return path


def timed(cmd: list[str], runs: int = RUNS) -> tuple[float, float, float]:
    """(median wall, best wall, median CPU) in seconds of running ``cmd`` as a process.
    CPU time (user + system) is less sensitive to a busy machine than wall time."""
    walls, cpus = [], []
    for _ in range(runs):
        before = os.times()
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - start)
        after = os.times()
        cpus.append(
            after.children_user
            - before.children_user
            + after.children_system
            - before.children_system
        )
    return statistics.median(walls), min(walls), statistics.median(cpus)


def main() -> int:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"briefer export benchmark — {ENTRIES}-entry brief, {RUNS} runs each, whole "
        "process: median wall / best wall / median CPU (user+sys)",
        f"python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {load:.1f} at start",
    ]
    with tempfile.TemporaryDirectory(prefix="briefer-bench-") as tmp:
        root = Path(tmp) / "ws"
        brief = make_workspace(root)
        out = Path(tmp) / "out"
        out.mkdir()
        export = [sys.executable, "-m", "briefer", "export", str(brief)]
        subprocess.run(
            export + ["-f", "md", "-o", str(out / "b.md")], check=True, stdout=subprocess.DEVNULL
        )  # warms the workspace cache
        results: dict[str, tuple[float, float]] = {}
        for fmt, ext in (("md", "md"), ("html", "html"), ("typst", "typ"), ("pdf", "pdf")):
            results[fmt] = timed(export + ["-f", fmt, "-o", str(out / f"b.{ext}")])
            size = (out / f"b.{ext}").stat().st_size
            med, best, cpu = results[fmt]
            lines.append(
                f"briefer export -f {fmt:<6} {med * 1000:7.0f} ms / "
                f"{best * 1000:5.0f} ms / {cpu * 1000:5.0f} ms  ({size:,} bytes)"
            )
        pandoc = shutil.which("pandoc")
        if pandoc:
            version = subprocess.run(
                [pandoc, "--version"], capture_output=True, text=True
            ).stdout.splitlines()[0]
            med, best, cpu = timed(
                [
                    pandoc,
                    "-f",
                    "markdown",
                    "-t",
                    "html",
                    "-s",
                    "--metadata",
                    "pagetitle=x",
                    str(out / "b.md"),
                    "-o",
                    str(out / "pandoc.html"),
                ]
            )
            lines.append(
                f"{version} md->html  {med * 1000:7.0f} ms / {best * 1000:5.0f} ms / "
                f"{cpu * 1000:5.0f} ms"
            )
            ratio = med / results["html"][0]
            verdict = "faster" if results["html"][0] < med else "SLOWER"
            lines.append(f"HTML export is {verdict} than pandoc: {ratio:.1f}x (median)")
        else:
            lines.append(
                "pandoc not installed: HTML-vs-pandoc comparison skipped "
                "(apt-get install pandoc to measure it)"
            )
        pdf_med, _, pdf_cpu = results["pdf"]
        lines.append(
            f"PDF within about a second: {'yes' if pdf_med < 1.2 else 'NO'} "
            f"({pdf_med:.2f} s wall, {pdf_cpu:.2f} s CPU)"
        )
    text = "\n".join(lines) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    raise SystemExit(main())
