"""A workspace holding every hostile file of issue #11 at once, beside good notes and a good
brief. Used by test_hardening_workspace.py (the CLI) and tests/tui/test_hardening_tui.py."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

GOOD_NOTES = {
    "harbour": "title: Harbour cranes\ntakes:\n  - id: t1\n    text: Cranes idle at the harbour.\n",
    "rail": (
        "title: Rail traffic\ntakes:\n  - id: t1\n    text: Freight trains doubled at the border.\n"
    ),
    "fuel": (
        "title: Fuel prices\nfigures:\n  - id: f1\n    value: 1.25\n    unit: dollars per litre\n"
        "    subject: diesel price\n    as_of: 2026-11\n    attribution: Ministry\n"
    ),
}
GOOD_BRIEF = (
    "title: Weekly\nbluf: Trains very likely keep running.\nsections:\n"
    "  - heading: Key judgments\n    entries:\n      - ref: rail/t1\n      - ref: harbour/t1\n"
)


def build(root: Path) -> tuple[set[str], set[str]]:
    """Write the workspace; return (names of the bad files, ids of the good notes)."""
    src = root / "sources"
    src.mkdir(parents=True)
    for name, text in GOOD_NOTES.items():
        (src / f"{name}.yaml").write_text(text)
    # a good note with CRLF line ends and a byte order mark
    crlf = "title: Line ends\ntakes:\n  - id: t1\n    text: Written on Windows.\n"
    (src / "windows.yaml").write_bytes(codecs.BOM_UTF8 + crlf.replace("\n", "\r\n").encode())
    (root / "weekly.brief.yaml").write_text(GOOD_BRIEF)
    bad = {
        "big.yaml": "title: t\nfigures:\n  - value: " + "9" * 5000 + "\n",
        "inf.yaml": "title: t\nfigures:\n  - value: 1e400\n",
        "tiny.yaml": "title: t\nfigures:\n  - value: 0.1e-400\n",
        "cred.yaml": "title: t\ntakes:\n  - text: x\n    credibility: " + "7" * 5000 + "\n",
        "date.yaml": "title: t\npublished: 2026-13-45\n",
        "when.yaml": "title: t\naccessed: yesterday\n",
        "control.yaml": "title: t\nsummary: bell \x07 here\n",
        "flood.yaml": "title: t\n" + "".join(f"key{i}: v\n" for i in range(100_000)),
        "utf16.yaml": None,
        "deep.yaml": "title: t\ntags: " + "[" * 5000 + "]" * 5000 + "\n",
        "alias.yaml": "title: &a t\nsummary: *a\n",
        "dup-a.yaml": "id: twin\ntitle: A\n",
        "dup-b.yaml": "id: twin\ntitle: B\n",
    }
    for name, text in bad.items():
        if text is not None:
            (src / name).write_text(text)
    (src / "utf16.yaml").write_bytes("title: t\n".encode("utf-16"))
    with open(src / "huge.yaml", "wb") as f:  # sparse: 11 MiB of nothing
        f.truncate(11 * 1024 * 1024)
    os.mkfifo(src / "fifo.yaml")
    (src / "zero.yaml").symlink_to("/dev/zero")  # only ever read, never written
    (src / "loop-a.yaml").symlink_to("loop-b.yaml")
    (src / "loop-b.yaml").symlink_to("loop-a.yaml")
    (src / "dangling.yaml").symlink_to("nowhere.yaml")
    os.mkfifo(root / "pipe.brief.yaml")
    (root / "briefer.yaml").write_text("stale_days: " + "1" * 5000 + "\n")
    names = {*bad, "huge.yaml", "fifo.yaml", "zero.yaml", "loop-a.yaml", "loop-b.yaml"}
    names |= {"dangling.yaml", "pipe.brief.yaml", "briefer.yaml"}
    return names, {*GOOD_NOTES, "windows"}
