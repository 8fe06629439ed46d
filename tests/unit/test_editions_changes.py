"""'Changes since the last edition' in the exports: every export snapshots the brief, and
the next one lists the judgments that changed since, with old and new confidence."""

from __future__ import annotations

from pathlib import Path

from export_support import html_text_and_tags, norm, pdf_pages_text

from briefer.document import Prose, resolve
from briefer.editions.changes import FIRST_EDITION, HEADING, NO_CHANGE
from briefer.editions.snapshot import list_snapshots
from briefer.render import export_brief
from briefer.schema import load_brief, save_brief
from briefer.workspace import Workspace

BRIEF = "nk-russia-weekly.brief.yaml"


def _load(root: Path):  # noqa: ANN202
    brief, stamp = load_brief(root / BRIEF)
    return Workspace.load(root, use_cache=False), brief, stamp


def _turn_on(root: Path) -> None:
    ws, brief, stamp = _load(root)
    brief.changes_since = "last-edition"
    save_brief(brief, root / BRIEF, stamp)


def _second_edition(root: Path) -> None:
    """Lower a key judgment's confidence; regrade another judgment's item in its note."""
    ws, brief, stamp = _load(root)
    brief.sections[0].entries[0].confidence = "moderate"  # nk-artillery-2026/t1: high
    save_brief(brief, root / BRIEF, stamp)
    note = root / "sources" / "nk-shells-missiles-2025.yaml"
    text = note.read_text(encoding="utf-8")
    note.write_text(text.replace("credibility: 2", "credibility: 3", 1), encoding="utf-8")


def _export(root: Path, fmt: str) -> Path:
    ws, brief, _ = _load(root)
    return export_brief(ws, brief, root / BRIEF, fmt)


def _section(md: str) -> str:
    start = md.index(f"## {HEADING}")
    return md[start : md.index("\n## ", start + 3)]


def test_first_edition_then_the_changed_judgments_in_markdown(sample_ws: Path) -> None:
    _turn_on(sample_ws)
    first = _export(sample_ws, "md").read_text(encoding="utf-8")
    assert FIRST_EDITION in _section(first)
    assert first.index(HEADING) < first.index("## Key judgments")
    _second_edition(sample_ws)
    second = _section(_export(sample_ws, "md").read_text(encoding="utf-8"))
    assert "Compared with the edition dated 2026-11-26, exported " in second
    assert (
        "**“Kim Jong Un has ordered a drive to raise artillery shell output, and the extra"
        in second
    )
    assert (
        "the extra supply feeds Russia's war in Ukraine.”**: confidence high → moderate." in second
    )
    assert "grade B2 → B3; confidence moderate (unchanged)." in second
    snaps, _ = list_snapshots(sample_ws / BRIEF)
    assert [s.export for s in snaps] == ["md", "md"]


def test_the_same_edition_in_another_format_shows_the_same_changes(sample_ws: Path) -> None:
    _turn_on(sample_ws)
    _export(sample_ws, "md")
    _second_edition(sample_ws)
    md = _section(_export(sample_ws, "md").read_text(encoding="utf-8"))
    html = _export(sample_ws, "html").read_text(encoding="utf-8")
    text = norm(html_text_and_tags(html)[0])
    assert HEADING in text
    assert "confidence high → moderate" in text and "confidence high → moderate" in md
    assert NO_CHANGE not in text
    assert len(list_snapshots(sample_ws / BRIEF)[0]) == 2  # html reused the md snapshot


def test_changes_in_the_pdf(sample_ws: Path) -> None:
    _turn_on(sample_ws)
    _export(sample_ws, "md")
    _second_edition(sample_ws)
    pdf = _export(sample_ws, "pdf").read_bytes()
    text = norm(" ".join(pdf_pages_text(pdf)))
    assert HEADING in text
    assert "confidence high → moderate" in text.replace("\u2192", "→")


def test_only_other_changes(sample_ws: Path) -> None:
    _turn_on(sample_ws)
    _export(sample_ws, "md")
    ws, brief, stamp = _load(sample_ws)
    prose = brief.sections[2].entries[2]
    prose.text = prose.text.replace("this month", "this week")
    save_brief(brief, sample_ws / BRIEF, stamp)
    section = _section(_export(sample_ws, "md").read_text(encoding="utf-8"))
    assert NO_CHANGE in section and "Other changes: 1 passage reworded." in section


def test_workspace_setting_and_the_brief_turning_it_off(sample_ws: Path) -> None:
    settings = sample_ws / "briefer.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + "changes_since: last-edition\n", encoding="utf-8"
    )
    ws, brief, stamp = _load(sample_ws)
    assert [s.heading for s in resolve(ws, brief, sample_ws / BRIEF).sections][0] == HEADING
    brief.changes_since = "none"
    save_brief(brief, sample_ws / BRIEF, stamp)
    ws, brief, _ = _load(sample_ws)
    assert HEADING not in [s.heading for s in resolve(ws, brief, sample_ws / BRIEF).sections]


def test_each_paragraph_carries_the_marking_of_what_it_quotes(sample_ws: Path) -> None:
    _turn_on(sample_ws)
    _export(sample_ws, "md")
    _second_edition(sample_ws)
    ws, brief, _ = _load(sample_ws)
    section = resolve(ws, brief, sample_ws / BRIEF).sections[0]
    assert all(isinstance(b, Prose) for b in section.blocks)
    t1 = next(b for b in section.blocks if "Kim Jong Un" in b.text)
    assert t1.marking == (ws.sources["nk-artillery-2026"].marking or "")
    assert section.blocks[0].marking == brief.marking  # the "Compared with …" line


def test_no_snapshot_for_a_brief_that_is_not_a_file(tmp_path: Path) -> None:
    from export_support import make_brief, make_ws

    ws = make_ws(tmp_path)
    export_brief(ws, make_brief(), tmp_path / "never-saved.brief.yaml", "md")
    assert not (tmp_path / ".briefer").exists()


def test_snapshot_only_for_exports_into_the_workspace(sample_ws: Path, tmp_path: Path) -> None:
    ws, brief, _ = _load(sample_ws)
    elsewhere = tmp_path / "outside"
    elsewhere.mkdir()
    export_brief(ws, brief, sample_ws / BRIEF, "md", elsewhere / "brief.md")
    assert not (sample_ws / ".briefer").exists()
    assert [p.name for p in elsewhere.iterdir()] == ["brief.md"]
    (sample_ws / "drafts").mkdir()
    export_brief(ws, brief, sample_ws / BRIEF, "md", sample_ws / "drafts" / "brief.md")
    assert [s.export for s in list_snapshots(sample_ws / BRIEF)[0]] == ["md"]
