"""briefer import-refs: CSL JSON (Zotero) and BibTeX → source notes, re-import safe."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefer import model as m
from briefer.cli import main
from briefer.refs import note_id, plan, read_bibtex, read_csl, read_references
from briefer.render.csl import doi_of
from briefer.schema import load_source, save_source
from briefer.workspace import Workspace
from briefer.yamlio import FileStamp

DATA = Path(__file__).resolve().parent.parent / "data" / "refs"
TYPES = [
    "article-newspaper",
    "report",
    "webpage",
    "article-journal",
    "dataset",
    "interview",
    "book",
]


def zotero_library(n: int = 200) -> list[dict[str, Any]]:
    """A Zotero-style CSL JSON export: Better BibTeX citation keys for half the items,
    Zotero item URIs for the rest, all the usual fields, annotations on some."""
    items = []
    for i in range(n):
        item: dict[str, Any] = {
            "id": f"http://zotero.org/users/4711/items/K{i:07d}" if i % 2 else f"ref{i:03d}",
            "type": TYPES[i % len(TYPES)],
            "title": f"Report number {i} on artillery supply, part {i % 7}",
            "author": [{"family": f"Family{i}", "given": "Ann"}]
            if i % 3
            else [{"literal": f"Example Institute {i}"}],
            "container-title": f"Example Review {i % 5}",
            "publisher": f"Example Press {i % 4}",
            "issued": {"date-parts": [[2020 + i % 6, 1 + i % 12, 1 + i % 28]]},
            "accessed": {"date-parts": [[2026, 11, 1 + i % 28]]},
            "URL": f"https://example.org/items/{i}?a=1&b=2",
        }
        if i % 4 == 1:  # Better BibTeX adds the citation key
            item["citation-key"] = f"family{i}Report{2020 + i % 6}"
        if i % 4 == 0:
            item["DOI"] = f"10.5555/example.{i}"
        if i % 10 == 0:
            item["notes"] = [
                {
                    "note": f'<p><span class="highlight">“Shell output rose in year {i}.”</span> '
                    f'<span class="citation">(Family{i}, p. {i % 9 + 1})</span> '
                    "Check against the customs data.</p>"
                }
            ]
        if i % 25 == 0:
            item["annotations"] = [
                {"annotationText": f"A passage the analyst highlighted ({i}).", "pageLabel": "4"}
            ]
        if i == 7:
            item["issued"] = {"raw": "Spring 2022"}  # not a date: left out, reported
        items.append(item)
    return items


def write(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def analyst_edits(folder: Path) -> None:
    """What an analyst does after importing: grade, mark, tag, summarise, add items."""
    for n, path in enumerate(sorted(folder.glob("*.yaml"))):
        src = load_source(path)
        src.reliability = "ABCDEF"[n % 6]
        src.marking = m.MARKINGS[n % 5]
        src.tags = ["artillery", f"t{n % 3}"]
        src.summary = f"My summary {n}."
        src.takes.append(m.Take(f"t{len(src.takes) + 1}", f"My own take {n}.", credibility=2))
        for it in src.items():
            it.credibility = 1 + n % 6
        data = path.read_bytes()
        save_source(src, path, FileStamp.of(path, data))


def test_zotero_200_import_then_reimport_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refs = write(tmp_path / "zotero.json", zotero_library())
    sources = tmp_path / "ws" / "sources"
    assert main(["import-refs", str(refs), "-o", str(sources)]) == 0
    out, err = capsys.readouterr()
    assert out.strip().endswith("200 references: 200 new, 0 updated, 0 unchanged, 0 skipped")
    assert "'issued' 'Spring 2022' is not a date; left out" in err and "warning" in err
    ws = Workspace.load(tmp_path / "ws")
    assert ws.errors == [] and len(ws.sources) == 200
    # the fields came through
    first = ws.sources["ref000"]
    assert first.title == "Report number 0 on artillery supply, part 0"
    assert first.kind == "article" and first.publisher == "Example Review 0"
    assert first.author == "Example Institute 0" and first.identifier == "10.5555/example.0"
    assert (first.published, first.accessed) == ("2020-01-01", "2026-11-01")
    assert first.url == "https://example.org/items/0?a=1&b=2"
    assert [q.text for q in first.quotes] == [
        "A passage the analyst highlighted (0).",
        "Shell output rose in year 0.",
    ]
    assert first.quotes[0].page == 4 and first.quotes[1].page == 1
    assert [t.text for t in first.takes] == ["Check against the customs data."]
    assert "report-number-3-on-artillery-supply-k0000003" in ws.sources
    assert ws.sources["ref002"].kind == "article"  # a web page
    assert ws.sources["ref008"].kind == "report"
    assert ws.sources["ref008"].publisher == "Example Press 0"  # a report's publisher
    assert ws.sources["ref004"].kind == "dataset" and ws.sources["ref006"].kind == "other"

    analyst_edits(sources)
    before = snapshot(sources)
    assert main(["import-refs", str(refs), "-o", str(sources)]) == 0
    out, _ = capsys.readouterr()
    assert out.strip().endswith("200 references: 0 new, 0 updated, 200 unchanged, 0 skipped")
    assert snapshot(sources) == before  # byte for byte


def test_reimport_updates_bibliography_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = zotero_library(12)
    refs = write(tmp_path / "z.json", items)
    sources = tmp_path / "sources"
    assert main(["import-refs", str(refs), "-o", str(sources)]) == 0
    analyst_edits(sources)
    edited = {p.name: load_source(p) for p in sources.glob("*.yaml")}
    items[0]["title"] = "A corrected title"
    items[4]["id"] = "renamed-key"  # matched by DOI all the same
    items[4]["URL"] = "https://example.org/moved"
    items[0]["notes"][0]["note"] += "<p>A later comment in Zotero.</p>"
    write(refs, items)
    capsys.readouterr()
    assert main(["import-refs", str(refs), "-o", str(sources), "--dry-run"]) == 0
    out, _ = capsys.readouterr()
    assert "-title: Report number 0 on artillery supply, part 0" in out
    assert "+title: A corrected title" in out and "+url: https://example.org/moved" in out
    assert "dry run, nothing written" in out
    assert {p.name: load_source(p) for p in sources.glob("*.yaml")} == edited
    assert main(["import-refs", str(refs), "-o", str(sources)]) == 0
    out, _ = capsys.readouterr()
    assert "0 new, 2 updated, 10 unchanged" in out and "1 annotation of existing notes" in out
    after = {p.name: load_source(p) for p in sources.glob("*.yaml")}
    assert after["ref000.yaml"].title == "A corrected title"
    assert after["ref004.yaml"].url == "https://example.org/moved"
    for name, old in edited.items():
        new = after[name]
        for key in ("reliability", "marking", "tags", "summary", "takes", "quotes", "figures"):
            assert getattr(new, key) == getattr(old, key), (name, key)
    # with --add-annotations the new comment becomes a take; the analyst's stay as they are
    assert main(["import-refs", str(refs), "-o", str(sources), "--add-annotations"]) == 0
    takes = load_source(sources / "ref000.yaml").takes
    assert takes[:-1] == edited["ref000.yaml"].takes
    assert takes[-1].text == "A later comment in Zotero."


def test_bibtex(tmp_path: Path) -> None:
    refs, problems = read_references(DATA / "sample.bib")
    by_key = {r.key: r for r in refs}
    kim = by_key["kim2025shells"]
    assert kim.title == "North Korean Shells in Russian Service: a field survey"
    assert kim.author == "Min-ji Kim; Jörg Müller; Sample Arms Research Group"
    assert (kim.kind, kim.publisher, kim.published) == (
        "report",
        "Sample Arms Research Group",
        "2025-07",
    )
    assert kim.identifier == "SARG-2025-07" and kim.accessed == "2025-08-01"
    assert kim.url == "https://example.org/sarg/report?id=7&lang=en"
    wire = by_key["wire2024treaty"]
    assert (wire.publisher, wire.published, wire.author) == (
        "Example Wire Service",
        "2024-06-19",
        "Foreign desk",
    )
    assert (
        wire.doi == "10.5555/wire.2024.0619"
        and wire.url == "https://example.org/wire/treaty-100%25"
    )
    assert "broken" not in by_key
    assert len(problems) == 1 and problems[0].path.endswith("sample.bib")
    assert problems[0].line == 24 and "skipped" in problems[0].message
    changes = plan(refs, tmp_path / "sources")
    assert [c.action for c in changes] == ["new", "new"]
    assert [c.path.name for c in changes] == ["kim2025shells.yaml", "wire2024treaty.yaml"]


def test_cli_bibtex_reports_the_broken_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import-refs", str(DATA / "sample.bib"), "-o", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert f"{DATA / 'sample.bib'}:24:1: skipped:" in err
    assert "2 references: 2 new" in out
    assert load_source(tmp_path / "kim2025shells.yaml").identifier == "SARG-2025-07"


def test_bad_input_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[\n  {"id": "a", "title": "x"},\n  {"id": }\n]\n', encoding="utf-8")
    assert main(["import-refs", str(bad), "-o", str(tmp_path / "s")]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:3:10: not valid JSON" in err
    assert not (tmp_path / "s").exists()
    none = read_csl('[{"title": "no id"}, 5]', "x.json")
    assert none[0] == [] and [p.message for p in none[1]] == [
        "reference 1 has no 'id'",
        "reference 2 is not a JSON object",
    ]
    assert main(["import-refs", str(tmp_path / "missing.json")]) == 1


def test_duplicates_and_collisions(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "taken.yaml").write_text("title: [broken\n", encoding="utf-8")
    refs, _ = read_csl(
        json.dumps(
            [
                {"id": "a1", "title": "One", "DOI": "10.1000/x"},
                {"id": "a2", "title": "Two", "DOI": "10.1000/x"},
                {"id": "taken", "title": "Collides with a broken note"},
                {"id": "untitled-ref"},
            ]
        ),
        "r.json",
    )
    changes = plan(refs, sources)
    assert [c.action for c in changes] == ["new", "new", "skip", "skip"]
    # the two references share a DOI but no note exists yet: both are created
    (sources / "taken.yaml").unlink()
    save_source(m.Source("a1", "One", identifier="10.1000/x"), sources / "a1.yaml")
    changes = plan(refs[:2], sources)
    assert [c.action for c in changes] == ["same", "skip"]
    assert "matches the same note as 'a1'" in changes[1].reason


def test_dates() -> None:
    from briefer.refs.read import date_from_text, iso_date

    assert date_from_text("2026-11-20T08:15:00Z") == "2026-11-20"
    assert date_from_text("2026/1/5") == "2026-01-05"
    assert date_from_text("Spring 2024") is None and date_from_text("2026-13") is None
    assert iso_date(["2024", "2", "30"]) is None and iso_date([2024]) == "2024"


def test_csl_title_markup_is_dropped() -> None:
    refs, _ = read_csl(
        json.dumps(
            [{"id": "k", "title": "On <i>Nature</i>: a<b, b>c", "container-title": "<b>X</b>"}]
        ),
        "r.json",
    )
    assert (refs[0].title, refs[0].publisher) == ("On Nature: a<b, b>c", "X")


def test_note_ids() -> None:
    refs, _ = read_csl(
        json.dumps(
            [
                {"id": "Smith_2024:Shells", "title": "x"},
                {"id": "http://zotero.org/users/1/items/ABCD1234", "title": "Troops moved north"},
                {"id": "plainkey", "citation-key": "bbtKey2024", "title": "y"},
            ]
        ),
        "r.json",
    )
    assert [note_id(r) for r in refs] == [
        "smith-2024-shells",
        "troops-moved-north-abcd1234",
        "bbtkey2024",
    ]
    assert (
        doi_of(
            read_bibtex("@article{k, title={T}, doi={10.1000/a\\_b}}", "k.bib")[0][0].identifier
            or ""
        )
        == "10.1000/a_b"
    )


def test_csl_export_round_trips_through_import(sample_ws: Path, tmp_path: Path) -> None:
    assert main(["export", str(sample_ws / "nk-russia-weekly.brief.yaml"), "-f", "csl-json",
                 "-o", str(tmp_path / "refs.csl.json")]) == 0  # fmt: skip
    refs, problems = read_references(tmp_path / "refs.csl.json")
    assert problems == []
    ws = Workspace.load(sample_ws)
    for ref in refs:
        src = ws.sources[ref.key]
        assert ref.title == src.title and ref.url == src.url
        assert ref.published == src.published and ref.publisher == src.publisher
    # importing them into the workspace's own sources changes nothing
    changes = plan(refs, sample_ws / "sources")
    assert {c.action for c in changes} == {"same"}


def test_import_refs_and_the_new_exports_are_headless(sample_ws: Path, tmp_path: Path) -> None:
    """`import-refs` and the docx, csl-json and stix exports never import Textual."""
    import subprocess
    import sys

    refs = write(tmp_path / "z.json", zotero_library(3))
    brief = sample_ws / "nk-russia-weekly.brief.yaml"
    code = (
        "import sys; from briefer.cli import main; "
        f"rc = main(['import-refs', {str(refs)!r}, '-o', {str(tmp_path / 's')!r}]); "
        + "".join(f"rc |= main(['export', {str(brief)!r}, '-f', {f!r}]); " for f in
                  ("docx", "csl-json", "stix"))
        + "assert 'textual' not in sys.modules, 'textual imported'; sys.exit(rc)"
    )  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "s").glob("*.yaml"))) == 3


def test_import_with_refs_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    refs = write(tmp_path / "z.json", zotero_library(4))
    assert main(["import", "--refs", str(refs), "-o", str(tmp_path / "s")]) == 0
    assert "4 references: 4 new" in capsys.readouterr().out
    assert main(["import", "--refs", str(refs), "--id", "x"]) == 2
    assert "--refs takes a file, and no --id" in capsys.readouterr().err
