"""Benchmark: `briefer import` on big inputs (issue 11, item 8): extraction must be linear.

Builds plain-text articles of 1, 2, 4 and 8 MiB from the project's own test articles
(tests/data/articles), each repetition with new people in it so the register of names
grows with the input, times ``extract()`` on each and writes one line per size to
bench/results-import.txt: CPU and wall seconds, CPU seconds per MiB, items found, and the
note's size
(an input whose note would pass the 10 MiB limit is refused by ``briefer import``).
Nothing here asserts on time.

    python bench/bench_import.py [--sizes 1,2,4,8]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results-import.txt"
MIB = 1024 * 1024
_SYLLABLES = "ka lo mi ra te su no vi da re sa to bel mar kin dor".split()


def _name(n: int) -> str:
    first = _SYLLABLES[n % 16].title() + _SYLLABLES[(n // 16) % 16]
    last = _SYLLABLES[(n // 256) % 16].title() + _SYLLABLES[(n // 4096) % 16] + "ev"
    return f"{first} {last}"


def make_article(size: int) -> str:
    """About ``size`` bytes of articles one after the other, new names in each round."""
    parts = []
    for p in sorted((ROOT / "tests" / "data" / "articles").rglob("*.txt")):
        parts.append(p.read_text(encoding="utf-8"))
    base = "\n\n".join(parts)
    out = ["Big Test Article For The Import Benchmark\n\n"]
    total, n = 0, 0
    while total < size:
        who = _name(n)
        chunk = (
            f"Port director {who} said on Monday that about {n % 900 + 100} ships were "
            f"waiting.\n\n“We will clear the queue within the week,” {who.split()[1]} said.\n\n"
            + base
            + "\n\n"
        )
        out.append(chunk)
        total += len(chunk.encode())
        n += 1
    return "".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MiB, comma-separated")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from briefer.extract import extract, note_size

    lines = [
        "# briefer import: extract() on plain text built from tests/data/articles",
        f"# python {platform.python_version()} on {platform.machine()}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "# CPU seconds (process time: the machine may be shared) and wall seconds",
        "# MiB  cpu s  cpu s/MiB  wall s  items  note MiB",
    ]
    for mib in (int(s) for s in args.sizes.split(",")):
        text = make_article(mib * MIB)
        wall, cpu = time.perf_counter(), time.process_time()
        src = extract(text, fmt="text")
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        items = len(src.takes) + len(src.quotes) + len(src.figures)
        note = note_size(src) / MIB
        line = f"{mib:5d}  {cpu:5.2f}  {cpu / mib:9.2f}  {wall:6.2f}  {items:5d}  {note:8.2f}"
        print(line, flush=True)
        lines.append(line)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
