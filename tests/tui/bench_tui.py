"""Benchmark of the TUI at scale: 5,000 sources, 75,000 items (not a test; run by hand).

    .venv/bin/python tests/tui/bench_tui.py [--sources 5000] [--out tests/tui/bench_results.txt]

Measures the first frame on a warm cache and the time one filter keystroke takes (search
plus rebuilding the library's rows), and writes the numbers to a file.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

from tuihelp import ready

WORDS = (
    "artillery shells missile troops casualty treaty satellite launch oil rail port "
    "drone radar engineer factory border minister statement estimate report"
).split()


def make_workspace(root: Path, sources: int, per_source: int = 15) -> Path:
    rnd = random.Random(7)
    folder = root / "sources"
    folder.mkdir(parents=True)
    for i in range(sources):
        lines = [
            f"id: s{i:05d}",
            f"title: Source {i} on {rnd.choice(WORDS)}",
            f"reliability: {'ABCDEF'[i % 6]}",
            "tags: [bench]",
            "takes:",
        ]
        for j in range(per_source - 5):
            text = " ".join(rnd.choice(WORDS) for _ in range(14))
            lines += [f"  - id: t{j + 1}", f"    text: {text}", "    credibility: 2"]
        lines.append("quotes:")
        for j in range(3):
            text = " ".join(rnd.choice(WORDS) for _ in range(10))
            lines += [f"  - id: q{j + 1}", f"    text: {text}", "    speaker: A. Speaker"]
        lines.append("figures:")
        for j in range(2):
            lines += [
                f"  - id: f{j + 1}",
                f"    value: {rnd.randint(10, 90000)}",
                "    unit: soldiers",
                f"    subject: {rnd.choice(WORDS)} count",
            ]
        (folder / f"s{i:05d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "bench.brief.yaml").write_text(
        "title: Bench\nsections:\n  - heading: Key judgments\n    entries: []\n", encoding="utf-8"
    )
    return root


async def measure(root: Path) -> dict[str, float]:
    from briefer.tui.app import make_app
    from briefer.tui.widgets.library import LibraryPane

    t0 = time.perf_counter()
    app = make_app(root)
    results: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.pause()
        results["first frame (s)"] = (app.first_frame_at or time.perf_counter()) - t0
        results["ready for input, index built (s)"] = time.perf_counter() - t0
        pane = app.screen.query_one(LibraryPane)
        results["items"] = len(app.ws.hits())
        timings, cpu = [], []
        for query in (
            "a",
            "ar",
            "art",
            "arti",
            "artil",
            "artillery",
            "artillery s",
            "artillery sh",
            "artillery shells",
            "",
            "m",
            "mi",
            "missile",
        ):
            start, start_cpu = time.perf_counter(), time.process_time()
            pane.query_text = query
            pane.apply_filter(keep=False)
            timings.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        results["filter keystroke median (ms)"] = statistics.median(timings) * 1000
        results["filter keystroke max (ms)"] = max(timings) * 1000
        # CPU time of this process: what a busy machine stretches less than wall time
        results["filter keystroke CPU median (ms)"] = statistics.median(cpu) * 1000
        start = time.perf_counter()
        await pilot.press("pagedown", "pagedown", "end")
        results["3 page keys incl. redraw (s)"] = time.perf_counter() - start
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", type=int, default=5000)
    ap.add_argument("--out", default=str(Path(__file__).with_name("bench_results.txt")))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFER_CACHE_DIR"] = str(Path(tmp) / "cache")
        root = make_workspace(Path(tmp) / "ws", args.sources)
        from briefer.workspace import Workspace

        start = time.perf_counter()
        Workspace.load(root)
        cold = time.perf_counter() - start
        results = {"workspace load, cold cache (s)": cold}
        results.update(asyncio.run(measure(root)))  # warm cache now
    lines = [
        f"briefer TUI benchmark, {args.sources} sources, python "
        f"{platform.python_version()}, {os.cpu_count()} cpus, "
        f"{time.strftime('%Y-%m-%d %H:%M')}, load average "
        f"{os.getloadavg()[0]:.1f} (other work on the machine slows every number)"
    ]
    lines += [f"  {k:<34} {v:,.1f}" for k, v in results.items()]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
