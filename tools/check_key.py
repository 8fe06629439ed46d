#!/usr/bin/env python3
"""Check a real-article batch's key before it is scored (tests/data/articles/ANNOTATING.md).

    python tools/check_key.py realarticles/holdout82                  # expected.json
    python tools/check_key.py realarticles/holdout82 expected_b.json  # another key

Every article ``*.txt`` in the folder must have an entry; every quote's ``starts`` and every
figure's ``near`` must occur in its article verbatim (a run of spaces or line breaks counts
as one space); a speaker is a string or null and a value a number; no address in the
folder's ``sources.json`` may be one another batch used (``tests/data/articles/
used_addresses.tsv``). Prints each problem and
a count line; exits 1 when there is any problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _flat(text: str) -> str:
    return " ".join(text.split())


USED = Path(__file__).resolve().parents[1] / "tests" / "data" / "articles" / "used_addresses.tsv"


def reused(folder: Path, used: Path = USED) -> list[str]:
    """The addresses of ``folder/sources.json`` that another batch already used (listed in
    ``used_addresses.tsv`` under another batch number; a batch named ``holdoutNN`` may
    find its own addresses there)."""
    sources = folder / "sources.json"
    if not sources.exists() or not used.exists():
        return []
    own = folder.name.removeprefix("holdout")
    taken = {}
    for line in used.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            batch, address = line.split("\t", 1)
            taken[address.strip()] = batch
    addresses = json.loads(sources.read_text(encoding="utf-8"))
    return [
        f"sources.json: {name}: address used by batch {taken[a]}: {a}"
        for name, a in addresses.items()
        if a in taken and taken[a] != own
    ]


def problems(folder: Path, key_name: str = "expected.json") -> tuple[list[str], str]:
    """The key's problems, and its count line."""
    key = json.loads((folder / key_name).read_text(encoding="utf-8"))
    out: list[str] = []
    for name, want in key.items():
        article = folder / name
        if not article.exists():
            out.append(f"{key_name}: {name}: no such file")
            continue
        body = _flat(article.read_text(encoding="utf-8"))
        for q in want.get("quotes", []):
            starts = _flat(str(q.get("starts", "")))
            if not starts or starts not in body:
                out.append(f"{key_name}: {name}: starts not in the text: {starts!r}")
            if not (q.get("speaker") is None or isinstance(q.get("speaker"), str)):
                out.append(f"{key_name}: {name}: a speaker is a string or null")
        for f in want.get("figures", []):
            near = _flat(str(f.get("near", "")))
            if not near or near not in body:
                out.append(f"{key_name}: {name}: near not in the text: {near!r}")
            if isinstance(f.get("value"), bool) or not isinstance(f.get("value"), int | float):
                out.append(f"{key_name}: {name}: a value is a number: {f.get('value')!r}")
    out += reused(folder)
    missing = sorted(p.name for p in folder.glob("*.txt") if p.name not in key)
    if missing:
        out.append(f"{key_name}: articles with no entry: {', '.join(missing)}")
    quotes = sum(len(w.get("quotes", [])) for w in key.values())
    figures = sum(len(w.get("figures", [])) for w in key.values())
    line = (
        f"{key_name}: {len(key)} articles, {quotes} quotes, {figures} figures, {len(out)} problems"
    )
    return out, line


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    bad = 0
    for key_name in argv[1:] or ["expected.json"]:
        found, line = problems(folder, key_name)
        print("\n".join([*found, line]))
        bad += len(found)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
