"""For any wording, saved the way briefer saves briefs (plain, quoted with escapes, literal
or folded blocks), the checks never fail and put each vague word at its place in the file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer import model as m
from briefer.checks import check_brief
from briefer.schema import dump_brief, load_brief
from briefer.workspace import Workspace

WORDS = [
    "may",
    "May",
    "might",
    "could",
    "perhaps",
    "probably not",
    "likely",
    "probable",
    "high confidence",
    "in",
    "2025",
    "12",
    "the",
    "port",
    "“",
    "”",
    '"',
    "'",
    ":",
    "#",
    "- ",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "\\",
    "\x1b",
    "é",
    "北",
    "[b]",
    "…",
]
wording = st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=40).map(" ".join)
MESSAGE_WORD = re.compile(r"wording '([^']+)'")


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(bluf=wording, prose=wording, comment=wording)
def test_checks_locate_vague_words_in_saved_briefs(tmp_path: Path, bluf, prose, comment):
    ws_dir = tmp_path / "ws"
    if not ws_dir.exists():
        shutil.copytree(DATA / "checks" / "ws", ws_dir)
    brief = m.Brief(
        "T",
        date="2026-11-26",
        marking="TLP:GREEN",
        bluf=bluf,
        sections=[
            m.Section(
                "Background",
                [m.Entry(text=prose), m.Entry(ref=m.Ref("alpha", "t1"), comment=comment)],
            )
        ],
    )
    path = ws_dir / "t.brief.yaml"
    path.write_text(dump_brief(brief), encoding="utf-8")
    loaded, _ = load_brief(path)
    findings = check_brief(Workspace.load(ws_dir), loaded, path)
    lines = path.read_text(encoding="utf-8").split("\n")
    for f in findings:
        assert f.line >= 1 and f.col >= 1
        if f.code == "BRF003":
            word = MESSAGE_WORD.search(f.message).group(1).split()[0]  # type: ignore[union-attr]
            assert lines[f.line - 1][f.col - 1 :].lower().startswith(word.lower()), (
                f,
                dump_brief(brief),
            )
