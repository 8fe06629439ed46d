"""STIX 2.1 export: validated with stix2-validator, and read back object by object."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from export_support import make_brief, make_ws, norm, ref

from briefer import document as d
from briefer import model as m
from briefer.cli import main
from briefer.render import render
from briefer.render.stix import TLP_IDS, bundle
from briefer.schema import load_brief
from briefer.workspace import Workspace

stix2validator = pytest.importorskip("stix2validator", reason="stix2-validator (test extra)")

BRIEFS = ("nk-russia-weekly.brief.yaml", "nk-tech-transfer.brief.yaml")
# The TLP 2.0 marking definitions as OASIS publishes them (cti-stix-common-objects).
OFFICIAL = {
    "TLP:CLEAR": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "TLP:GREEN": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "TLP:AMBER": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "TLP:AMBER+STRICT": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "TLP:RED": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}


def resolve(ws_dir: Path, name: str) -> d.Document:
    ws = Workspace.load(ws_dir)
    brief, _ = load_brief(ws_dir / name)
    return d.resolve(ws, brief, ws_dir / name)


def validate(text: str) -> None:
    results = stix2validator.validate_string(text)
    assert results.is_valid, [str(e) for e in results.errors]
    # 302: "external reference has a URL but no hash" — we cannot hash a web page we cite
    warnings = [w for w in results.warnings if "{302}" not in str(w)]
    assert warnings == []


def test_official_tlp2_ids() -> None:
    assert TLP_IDS == OFFICIAL


@pytest.mark.parametrize("name", BRIEFS)
def test_bundle_validates_and_reads_back(sample_ws: Path, name: str) -> None:
    doc = resolve(sample_ws, name)
    text = render(Workspace.load(sample_ws), load_brief(sample_ws / name)[0], name, "stix")
    assert isinstance(text, str)
    validate(text)
    objs = json.loads(text)["objects"]
    by_type: dict[str, list[dict]] = {}
    for o in objs:
        by_type.setdefault(o["type"], []).append(o)
    # marking definitions: the official TLP 2.0 objects, with their extension
    for md in by_type["marking-definition"]:
        assert md["id"] == OFFICIAL[md["name"]] and md["created"] == "2022-10-01T00:00:00.000Z"
        ext = md["extensions"]["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"]
        assert ext["tlp_2_0"] == md["name"].removeprefix("TLP:").lower()
    # every other object is marked with one of them
    marked = [o for o in objs if o["type"] != "marking-definition"]
    defined = {md["id"] for md in by_type["marking-definition"]}
    for o in marked:
        assert o["object_marking_refs"] and set(o["object_marking_refs"]) <= defined, o["id"]
    (report,) = by_type["report"]
    assert report["name"] == doc.title and report["description"] == doc.bluf.strip()
    assert report["object_marking_refs"] == [OFFICIAL[doc.marking]]
    assert report["published"].startswith(doc.date)
    content = [o["id"] for o in marked if o["type"] in ("note", "opinion")]
    assert sorted(report["object_refs"]) == sorted(content)
    # the sources as external references of the report
    names = [r["source_name"] for r in report["external_references"] if r["source_name"] != "doi"]
    assert names == [s.title for s in doc.sources]
    # one note per cited item (and prose, and the BLUF), each item's text in its note
    notes = [n for n in by_type["note"] if "bluf" not in n.get("labels", [])]
    blocks = [b for s in doc.sections for b in s.blocks]
    assert len(notes) == len(blocks)
    for note, block in zip(notes, blocks, strict=True):
        if isinstance(block, d.Prose):
            assert note["content"] == block.text.strip()
            continue
        main_text = block.amount if isinstance(block, d.Figure) else block.text
        assert norm(main_text) in norm(note["content"])
        (ext,) = note["external_references"]
        assert ext["external_id"] == block.citation.ref
        assert ext["description"] == f"Admiralty grade {block.citation.grade}"
    # opinions exactly where the analyst set a confidence, with the STIX scale value
    scale = {"high": 85, "moderate": 50, "low": 15}
    confident = [(n, b) for n, b in zip(notes, blocks, strict=True) if getattr(b, "confidence", "")]
    opinions = {o["object_refs"][0]: o for o in by_type.get("opinion", [])}
    assert len(opinions) == len(confident) > 0
    for note, block in confident:
        assert note["confidence"] == scale[block.confidence]
        op = opinions[note["id"]]
        assert op["confidence"] == scale[block.confidence]
        assert (
            op["opinion"]
            == {"high": "strongly-agree", "moderate": "agree", "low": "neutral"}[block.confidence]
        )
    (identity,) = by_type["identity"]
    assert identity["name"] == doc.author
    assert all(o.get("created_by_ref") == identity["id"] for o in marked if o is not identity)


def test_ids_are_stable_between_exports(sample_ws: Path) -> None:
    doc = resolve(sample_ws, BRIEFS[0])
    one = bundle(doc, datetime(2026, 1, 1, tzinfo=UTC))
    two = bundle(doc, datetime(2026, 2, 1, tzinfo=UTC))
    assert [o.id for o in one.objects] == [o.id for o in two.objects]
    assert one.id != two.id  # the bundle itself is a new wrapper each time


def test_portion_marking_and_hostile_text(tmp_path: Path) -> None:
    evil = 'x"}]}, {"type": "malware", <script>alert(1)</script> \\u0000 javascript:alert(1)'
    src = m.Source(
        "s",
        "Source",
        url="javascript:alert(1)",
        marking="TLP:AMBER",
        takes=[m.Take("t1", evil)],
    )
    clear = m.Source("c", "Clear", takes=[m.Take("t1", "plain")])
    brief = make_brief(
        ref("s/t1", confidence="low"), ref("c/t1"), marking="TLP:GREEN", bluf="Bottom line."
    )
    text = render(make_ws(tmp_path, src, clear), brief, tmp_path / "b.brief.yaml", "stix")
    assert isinstance(text, str)
    validate(text)
    objs = json.loads(text)["objects"]
    assert not any(o["type"] == "malware" for o in objs)
    notes = [o for o in objs if o["type"] == "note"]
    (amber,) = [o for o in notes if o["content"] == evil]
    # the item keeps its source's stricter marking; the rest is the brief's
    assert amber["object_marking_refs"] == [OFFICIAL["TLP:AMBER"]]
    others = [o for o in objs if o["type"] not in ("marking-definition",) and o is not amber]
    opinion = [o for o in objs if o["type"] == "opinion"]
    assert opinion[0]["object_marking_refs"] == [OFFICIAL["TLP:AMBER"]]
    assert {o["object_marking_refs"][0] for o in others if o not in opinion} == {
        OFFICIAL["TLP:GREEN"]
    }
    assert "javascript:" not in json.dumps(
        [r for o in objs for r in o.get("external_references", []) if "url" in r]
    )


def test_unmarked_brief_is_clear_and_empty_brief_still_valid(tmp_path: Path) -> None:
    brief = m.Brief("Nothing yet", marking=None)
    text = render(make_ws(tmp_path), brief, tmp_path / "b.brief.yaml", "stix")
    assert isinstance(text, str)
    validate(text)
    objs = json.loads(text)["objects"]
    assert {o["id"] for o in objs if o["type"] == "marking-definition"} == {OFFICIAL["TLP:CLEAR"]}
    (report,) = [o for o in objs if o["type"] == "report"]
    assert report["object_refs"]


def test_cli_writes_stix(sample_ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(sample_ws / BRIEFS[0]), "-f", "stix"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.name.endswith(".stix.json") and path.parent == sample_ws / "exports"
    validate(path.read_text(encoding="utf-8"))
    out = sample_ws / "x.stix.json"
    assert main(["export", str(sample_ws / BRIEFS[0]), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "bundle"


@pytest.mark.parametrize("fmt", ["stix", "docx", "csl-json"])
def test_audience_cut_applies(tmp_path: Path, fmt: str) -> None:
    """Options applied to the Document (here --audience) reach these formats too."""
    amber = m.Source("secret", "Amber source title", marking="TLP:AMBER",
                     takes=[m.Take("t1", "Amber-only take")])  # fmt: skip
    green = m.Source("open", "Green source title", marking="TLP:GREEN",
                     takes=[m.Take("t1", "Green take")])  # fmt: skip
    brief = make_brief(ref("secret/t1"), ref("open/t1"), marking="TLP:AMBER")
    ws = make_ws(tmp_path, amber, green)
    out = render(ws, brief, tmp_path / "b.brief.yaml", fmt, audience="TLP:GREEN")
    text = out if isinstance(out, str) else out.decode("latin-1")
    if fmt == "docx":
        import io

        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(out)).paragraphs)
    assert "Green" in text and "Amber" not in text
