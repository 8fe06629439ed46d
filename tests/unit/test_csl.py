"""CSL JSON export and the Markdown export's Pandoc citations (citations: pandoc)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from export_support import make_brief, make_ws, ref

from briefer import document as d
from briefer import model as m
from briefer.cli import main
from briefer.render import export_brief, render
from briefer.render.csl import bibliography_name, csl_date, csl_names, doi_of, isbn_of
from briefer.schema import load_brief
from briefer.workspace import Workspace

BRIEF = "nk-russia-weekly.brief.yaml"


def test_dates_names_identifiers() -> None:
    assert csl_date("2026-11-20") == {"date-parts": [[2026, 11, 20]]}
    assert csl_date("2026-11") == {"date-parts": [[2026, 11]]}
    assert csl_date("Spring 2024") == {"raw": "Spring 2024"}
    assert csl_date("") is None
    assert csl_names("Jane Doe; Smith, John") == [
        {"family": "Doe", "given": "Jane"},
        {"family": "Smith", "given": "John"},
    ]
    assert csl_names("Foreign desk") == [{"literal": "Foreign desk"}]
    assert csl_names("Sample Arms Research Group") == [{"literal": "Sample Arms Research Group"}]
    assert doi_of("https://doi.org/10.1234/ab.5") == "10.1234/ab.5"
    assert doi_of("doi:10.1234/x") == "10.1234/x" and doi_of("RR-123") is None
    assert isbn_of("ISBN 978-3-16-148410-0") == "978-3-16-148410-0"


def test_export_lists_the_cited_sources(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws)
    brief, _ = load_brief(sample_ws / BRIEF)
    doc = d.resolve(ws, brief, sample_ws / BRIEF)
    text = render(ws, brief, sample_ws / BRIEF, "csl-json")
    assert isinstance(text, str)
    items = json.loads(text)
    assert [i["id"] for i in items] == [s.id for s in doc.sources]
    for item, src in zip(items, doc.sources, strict=True):
        assert item["title"] == src.title
        assert item.get("URL") == src.link
        if src.published:
            assert item["issued"] == csl_date(src.published)
        assert d.grades_line(src).rstrip(".") in item["note"]


def test_identifier_and_unsafe_url(tmp_path: Path) -> None:
    doi = m.Source("a", "A", kind="report", identifier="doi:10.5555/xyz", takes=[m.Take("t1", "x")])
    num = m.Source("b", "B", kind="report", identifier="RR-2024-7", url="javascript:alert(1)",
                   publisher="Inst", takes=[m.Take("t1", "y")])  # fmt: skip
    brief = make_brief(ref("a/t1"), ref("b/t1"))
    items = json.loads(str(render(make_ws(tmp_path, doi, num), brief, "x", "csl-json")))
    assert items[0]["DOI"] == "10.5555/xyz" and items[0]["type"] == "report"
    assert items[1]["number"] == "RR-2024-7" and items[1]["publisher"] == "Inst"
    assert "URL" not in items[1] and "javascript:alert(1)" in items[1]["note"]


def _pandoc_ws(sample_ws: Path) -> Path:
    path = sample_ws / BRIEF
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nmarking:", "\ncitations: pandoc\nmarking:", 1), "utf-8")
    return path


def test_pandoc_citations_and_bibliography_file(sample_ws: Path) -> None:
    path = _pandoc_ws(sample_ws)
    ws = Workspace.load(sample_ws)
    brief, _ = load_brief(path)
    assert brief.citations == "pandoc"
    doc = d.resolve(ws, brief, path)
    out = export_brief(ws, brief, path, "md")
    md = out.read_text(encoding="utf-8")
    bib = out.parent / bibliography_name(doc)
    assert f'bibliography: "{bib.name}"' in md
    assert "[^" not in md  # no footnotes: citeproc formats the citations
    for cit in doc.citations:
        assert f"[@{cit.source.id}, grade {cit.grade}]" in md
    assert "::: {#refs}" in md
    items = json.loads(bib.read_text(encoding="utf-8"))
    assert {i["id"] for i in items} == {s.id for s in doc.sources}


def test_default_is_footnotes_and_settings_can_switch(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws)
    brief, _ = load_brief(sample_ws / BRIEF)
    md = str(render(ws, brief, sample_ws / BRIEF, "md"))
    assert "[^" in md and "bibliography:" not in md
    settings = sample_ws / "briefer.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "citations: pandoc\n", "utf-8")
    ws = Workspace.load(sample_ws)
    assert "[@" in str(render(ws, brief, sample_ws / BRIEF, "md"))


def test_citations_value_is_checked(sample_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample_ws / BRIEF
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nmarking:", "\ncitations: chicago\nmarking:", 1), "utf-8")
    assert main(["export", str(path)]) == 1
    assert "'citations' must be one of footnotes, pandoc" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_citeproc_renders_a_bibliography(sample_ws: Path) -> None:
    path = _pandoc_ws(sample_ws)
    ws = Workspace.load(sample_ws)
    brief, _ = load_brief(path)
    doc = d.resolve(ws, brief, path)
    out = export_brief(ws, brief, path, "md")
    result = subprocess.run(
        ["pandoc", "--citeproc", "-t", "plain", "--wrap=none", out.name],
        cwd=out.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "[@" not in text and "???" not in text  # every key found in the bibliography
    for src in doc.sources:  # the bibliography (CSL style: titles are title-cased)
        assert src.title.split()[-1].lower() in text.lower()
        assert src.link in text
    assert "grade C3" in text  # the citation suffix keeps the Admiralty grade


def test_cli_csl_json(sample_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(sample_ws / BRIEF), "-f", "csl-json"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.name.endswith(".csl.json")
    assert isinstance(json.loads(path.read_text(encoding="utf-8")), list)
