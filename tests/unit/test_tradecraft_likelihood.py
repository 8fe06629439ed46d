"""ICD 203 likelihood ranges (#14): the bands, "very likely (80-95 %)" at the first use of
each term in every format, and numbers that contradict their term (BRF014)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefer.checks import check_brief
from briefer.render import render
from briefer.schema import load_brief
from briefer.tradecraft.likelihood import bands_for, contradictions, with_ranges
from briefer.workspace import Workspace

NOTE = """\
title: Harbour notes
reliability: B
marking: TLP:CLEAR
takes:
  - id: t1
    text: It is likely that the cranes are sold, one worker says.
"""

BRIEF = """\
title: Harbour outlook
date: "2026-11-26"
marking: TLP:CLEAR
likelihood_ranges: true
bluf: Traffic will very likely stay low, and a sale is likely.
sections:
  - heading: Key judgments
    entries:
      - ref: notes/t1
        comment: A buyer is unlikely to keep the old cranes; a sale is likely anyway.
      - text: >-
          A lease is roughly even chance. Closure is very unlikely, and traffic will
          very likely stay low, the most likely outcome.
"""


@pytest.fixture
def ws_dir(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "notes.yaml").write_text(NOTE, encoding="utf-8")
    (root / "h.brief.yaml").write_text(BRIEF, encoding="utf-8")
    return root


def _render(ws_dir: Path, fmt: str) -> str:
    path = ws_dir / "h.brief.yaml"
    brief, _ = load_brief(path)
    out = render(Workspace.load(ws_dir, use_cache=False), brief, path, fmt)
    if fmt == "pdf":
        pypdf = pytest.importorskip("pypdf")
        assert isinstance(out, bytes)
        pages = pypdf.PdfReader(io.BytesIO(out)).pages
        out = "\n".join(p.extract_text() or "" for p in pages)
    assert isinstance(out, str)
    return " ".join(out.split())


def test_bands_are_icd_203() -> None:
    assert [(b.term, b.label) for b in bands_for(90)] == [("very likely", "80-95 %")]
    assert [b.term for b in bands_for(80)] == ["likely", "very likely"]
    assert [b.label for b in bands_for(3)] == ["1-5 %"]
    assert [b.label for b in bands_for(50)] == ["45-55 %"]
    assert [b.label for b in bands_for(97)] == ["95-99 %"]


@pytest.mark.parametrize("fmt", ["md", "html", "typst", "pdf"])
def test_ranges_at_first_use_in_every_format(ws_dir: Path, fmt: str) -> None:
    text = _render(ws_dir, fmt)
    assert "Traffic will very likely (80-95 %) stay low, and a sale is likely (55-80 %)." in text
    assert "A buyer is unlikely (20-45 %) to keep the old cranes; a sale is likely anyway." in text
    assert "A lease is roughly even chance (45-55 %)." in text
    assert (
        "Closure is very unlikely (5-20 %), and traffic will very likely stay low, the most "
        "likely outcome." in text
    )
    assert "the most likely outcome" in text  # a comparison names no band
    # each range once: at the first use only
    assert text.count("(80-95 %)") == 1 and text.count("(55-80 %)") == 1
    # the source's own words are never changed
    assert "It is likely that the cranes are sold, one worker says." in text


def test_no_ranges_unless_asked(ws_dir: Path) -> None:
    path = ws_dir / "h.brief.yaml"
    path.write_text(BRIEF.replace("likelihood_ranges: true\n", ""), encoding="utf-8")
    text = _render(ws_dir, "md")
    assert "%" not in text and "very likely stay low" in text


def test_ranges_from_workspace_settings(ws_dir: Path) -> None:
    path = ws_dir / "h.brief.yaml"
    path.write_text(BRIEF.replace("likelihood_ranges: true\n", ""), encoding="utf-8")
    (ws_dir / "briefer.yaml").write_text("likelihood_ranges: true\n", encoding="utf-8")
    assert "very likely (80-95 %)" in _render(ws_dir, "md")
    path.write_text(BRIEF.replace("likelihood_ranges: true", "likelihood_ranges: false"))
    assert "(80-95 %)" not in _render(ws_dir, "md")  # the brief wins


def test_a_number_the_analyst_gave_is_kept(ws_dir: Path) -> None:
    from briefer import document as d

    path = ws_dir / "h.brief.yaml"
    brief, _ = load_brief(path)
    brief.bluf = "A sale is likely (70 %), see https://example.org/likely-sale."
    doc = with_ranges(d.resolve(Workspace.load(ws_dir, use_cache=False), brief, path))
    assert doc.bluf == "A sale is likely (70 %), see https://example.org/likely-sale."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is likely (90 %) that prices rise.", [("likely", "90 %", "55-80 %")]),
        ("Unlikely, about 50 % by our count.", [("Unlikely", "50 %", "20-45 %")]),
        ("very likely — 60-70 percent", [("very likely", "60-70 %", "80-95 %")]),
        ("It is likely (60 %) and very likely (85%).", []),
        ("It is likely that 90 % of ships wait.", []),  # not a statement of the likelihood
        ('He said "likely (90 %)" twice.', []),  # someone else's words
        ("Rain is more likely (90 %) than snow.", []),  # a comparison names no band
    ],
)
def test_contradictions(text: str, found: list[tuple[str, str, str]]) -> None:
    got = [(c.match.text, c.stated_text, c.band.label) for c in contradictions(text)]
    assert got == found


def test_brf014_number_and_likelihood_field(ws_dir: Path) -> None:
    path = ws_dir / "h.brief.yaml"
    path.write_text(
        BRIEF.replace(
            "      - text: >-\n",
            "      - text: A sale is likely (90 %).\n"
            "      - text: A sale is likely.\n        likelihood: 0.9\n"
            "      - text: A sale is likely.\n        likelihood: 0.7\n"
            "      - text: Sale expected.\n        likelihood: 0.85\n"
            "      - text: >-\n",
        ),
        encoding="utf-8",
    )
    brief, _ = load_brief(path)
    fs = [f for f in check_brief(Workspace.load(ws_dir, use_cache=False), brief, path)]
    got = [(f.line, f.col, f.message) for f in fs if f.code == "BRF014"]
    assert [(line, col) for line, col, _ in got] == [(11, 33), (13, 21), (17, 21)]
    assert got[0][2] == (
        "'likely' means 55-80 % but the text says 90 %: use 'very likely' (80-95 %), "
        "or correct the number"
    )
    assert "likelihood 0.9 (90 %) is outside 'likely' (55-80 %)" in got[1][2]
    assert "uses no ICD 203 term: say 'very likely' (80-95 %)" in got[2][2]
    assert all(f.severity == "warning" for f in fs if f.code == "BRF014")
