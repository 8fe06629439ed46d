"""Benchmark: loading a large workspace (5,000 sources, 75,000 items).

Goals (issue 2): a cold load within 1.3x the time libyaml alone needs to parse the same
files, and a warm start (cache) well under a second. Numbers are written to
bench/results-workspace.txt; nothing here asserts on time.

    python bench/bench_workspace.py [--sources 5000]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefer.workspace import Workspace  # noqa: E402


def make_workspace(root: Path, n_sources: int) -> int:
    (root / "sources").mkdir(parents=True)
    items = 0
    for i in range(n_sources):
        takes = "".join(
            f"  - id: t{j}\n    text: Take {j} of source {i} about shells, troops and ports.\n"
            f"    credibility: {1 + j % 6}\n"
            for j in range(1, 6)
        )
        quotes = "".join(
            f'  - id: q{j}\n    text: We will keep the "lines" open, number {j} of {i}.\n'
            f'    speaker: Speaker {j}\n    role: Minister of things\n    date: "2026-0{j}"\n'
            for j in range(1, 6)
        )
        figures = "".join(
            f"  - id: f{j}\n    value: {1000 * j + i}\n    qualifier: about\n    unit: shells\n"
            f'    subject: shells shipped in month {j}\n    as_of: "2026-0{j}"\n'
            f"    attribution: Ministry of Defence\n"
            for j in range(1, 6)
        )
        (root / "sources" / f"s{i:05d}.yaml").write_text(
            f"title: Source number {i}\nkind: report\npublisher: Bench Press\n"
            f'published: "2026-01-{1 + i % 28:02d}"\nreliability: {"ABCDEF"[i % 6]}\n'
            f"marking: TLP:CLEAR\ntags: [bench, t{i % 17}]\n"
            f"summary: >-\n  A generated note for the benchmark, number {i}.\n"
            f"takes:\n{takes}quotes:\n{quotes}figures:\n{figures}"
        )
        items += 15
    return items


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        os.environ["BRIEFER_CACHE_DIR"] = str(Path(tmp) / "cache")
        n_items = make_workspace(root, args.sources)
        files = sorted((root / "sources").iterdir())

        def libyaml_compose() -> None:
            for f in files:
                yaml.compose(f.read_text(), Loader=yaml.CSafeLoader)

        def libyaml_load() -> None:
            for f in files:
                yaml.load(f.read_text(), Loader=yaml.CSafeLoader)

        def cold() -> None:
            ws = Workspace.load(root, use_cache=False)
            assert len(ws.sources) == args.sources and not ws.errors

        t_compose = best_of(args.repeat, libyaml_compose)
        t_load = best_of(args.repeat, libyaml_load)
        t_cold = best_of(args.repeat, cold)
        Workspace.load(root)  # fill the cache
        t_warm = best_of(args.repeat, lambda: Workspace.load(root))
        ws = Workspace.load(root)
        queries = ["shells", "shells month", "speaker 3 minister", "source number 4999", "zzz"]
        search_times = []
        for q in queries:
            ws.invalidate()
            ws.search("")  # build the index once, as the TUI does at start
            index = ws._search_index()

            def fresh(q: str = q, index=index) -> None:
                index._last = None  # measure a fresh query, not the narrowing of the last
                ws.search(q)

            search_times.append(best_of(3, fresh))
        t_index = best_of(1, lambda: (ws.invalidate(), ws.search("x")))

    lines = [
        f"# briefer workspace benchmark — {time.strftime('%Y-%m-%d %H:%M')}",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        f"workspace: {args.sources} sources, {n_items} items (best of {args.repeat}); "
        f"load average at the end: {os.getloadavg()[0]:.2f}",
        f"libyaml compose only (C loader):      {t_compose:7.3f} s",
        f"libyaml full load (C loader):         {t_load:7.3f} s",
        f"briefer cold load (strict, no cache): {t_cold:7.3f} s  = "
        f"{t_cold / t_compose:.2f}x compose, {t_cold / t_load:.2f}x full load   (goal <= 1.3x)",
        f"briefer warm start (cache):           {t_warm:7.3f} s   (goal well under 1 s)",
        f"search index build:                   {t_index * 1000:7.1f} ms",
        "search (fresh, whole library): "
        + ", ".join(f"{q!r} {t * 1000:.1f} ms" for q, t in zip(queries, search_times, strict=True)),
        f"search median: {statistics.median(search_times) * 1000:.1f} ms "
        "(goal ~30 ms per keystroke)",
    ]
    out = HERE / "results-workspace.txt"
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
