"""``briefer check``: the staged brief with one finding of each rule, both output formats,
exit statuses, load errors, the golden JSON, the sample workspace, and no Textual."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, REPO, SAMPLE

from briefer.cli import main

WS = DATA / "checks" / "ws"
GOLDEN = REPO / "tests" / "golden" / "check-all-rules.json"
LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>BRF\d{3}|LOAD) "
    r"(?P<severity>error|warning): (?P<message>.+)$"
)

# tests/data/checks/ws/all-rules.brief.yaml: (code, severity, line) of each finding
ALL_RULES = [
    ("BRF003", "warning", 8),
    ("BRF004", "warning", 8),
    ("BRF010", "warning", 12),
    ("BRF005", "warning", 17),
    ("BRF001", "error", 20),
    ("BRF002", "error", 21),
    ("BRF006", "warning", 22),
    ("BRF007", "warning", 23),
    ("BRF008", "warning", 24),
    ("BRF009", "warning", 26),
    ("BRF011", "warning", 27),
    ("BRF012", "warning", 29),
]


@pytest.fixture
def ws_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(WS, target)
    monkeypatch.chdir(target)
    return target


def text_rows(out: str) -> list[dict[str, str]]:
    rows = []
    for line in out.splitlines():
        m = LINE.match(line)
        assert m, f"not a finding line: {line!r}"
        rows.append(m.groupdict())
    return rows


def test_all_twelve_rules_in_text(ws_dir, capsys):
    assert main(["check", "all-rules.brief.yaml"]) == 1
    out, err = capsys.readouterr()
    rows = text_rows(out)
    assert [(r["code"], r["severity"], int(r["line"])) for r in rows] == ALL_RULES
    assert {r["path"] for r in rows} == {"all-rules.brief.yaml"}
    assert "2 errors, 10 warnings in 1 brief" in err


def test_all_twelve_rules_in_json(ws_dir, capsys):
    assert main(["check", "all-rules.brief.yaml", "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [(r["code"], r["severity"], r["line"]) for r in rows] == ALL_RULES
    for r in rows:
        assert {"code", "severity", "message", "path", "line", "col"} <= r.keys()
        assert r["col"] >= 1 and r["message"]
    lines = (ws_dir / "all-rules.brief.yaml").read_text().splitlines()
    by_code = {r["code"]: r for r in rows}
    for code, word in (("BRF003", "could"), ("BRF004", "probable"), ("BRF005", "very likely")):
        r = by_code[code]
        assert lines[r["line"] - 1][r["col"] - 1 :].startswith(word), code


def test_golden_json(ws_dir, capsys):
    assert main(["check", "all-rules.brief.yaml", "--format", "json"]) == 1
    got = capsys.readouterr().out
    if os.environ.get("BRIEFER_UPDATE_GOLDEN"):
        GOLDEN.write_text(got, encoding="utf-8")
    assert json.loads(got) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_clean_brief_exits_0(ws_dir, capsys):
    assert main(["check", "clean.brief.yaml"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 errors, 0 warnings in 1 brief" in err
    assert main(["check", "clean.brief.yaml", "--format", "json", "--strict"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_strict_fails_on_warnings(ws_dir, capsys):
    (ws_dir / "warn.brief.yaml").write_text(
        "title: W\nbluf: It could rain.\nsections:\n  - heading: A\n    entries:\n"
        "      - ref: alpha/t1\n"
    )
    assert main(["check", "warn.brief.yaml"]) == 0
    assert main(["check", "warn.brief.yaml", "--strict"]) == 1
    rows = text_rows(capsys.readouterr().out)
    assert [(r["code"], r["line"], r["col"]) for r in rows] == [("BRF003", "2", "10")] * 2


def test_workspace_reports_every_brief_and_load_errors(ws_dir, capsys):
    (ws_dir / "sources" / "broken.yaml").write_text("title: ok\ntakes:\n  - text: [x\n")
    (ws_dir / "bad.brief.yaml").write_text(
        "title: B\nsections:\n  - heading: A\n    entries:\n      - ref: not a ref\n"
    )
    assert main(["check", ".", "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    loads = [(r["path"], r["line"]) for r in rows if r["code"] == "LOAD"]
    assert loads == [("sources/broken.yaml", 4), ("bad.brief.yaml", 5)]
    assert all(r["severity"] == "error" for r in rows if r["code"] == "LOAD")
    assert {r["path"] for r in rows if r["code"] != "LOAD"} == {"all-rules.brief.yaml"}
    # one brief: only the load errors that concern it
    assert main(["check", "clean.brief.yaml"]) == 0
    assert capsys.readouterr().out == ""


def test_single_brief_reports_a_broken_source_it_cites(ws_dir, capsys):
    (ws_dir / "sources" / "alpha.yaml").write_text("title: [broken\n")
    assert main(["check", "clean.brief.yaml"]) == 1
    rows = text_rows(capsys.readouterr().out)
    assert rows[0]["code"] == "LOAD" and rows[0]["path"] == "sources/alpha.yaml"
    assert {r["code"] for r in rows[1:]} == {"BRF001"}


def test_not_a_brief(ws_dir, capsys):
    assert main(["check", "sources/alpha.yaml"]) == 1
    assert "not a brief" in capsys.readouterr().err


def test_sample_workspace_passes_and_shows_real_warnings(sample_ws, capsys):
    assert main(["check", str(sample_ws), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert not [r for r in rows if r["severity"] == "error"]
    tech = [r for r in rows if r["path"].endswith("nk-tech-transfer.brief.yaml")]
    assert {"BRF003", "BRF006", "BRF009", "BRF010"} <= {r["code"] for r in tech}
    lines = (sample_ws / "nk-tech-transfer.brief.yaml").read_text().splitlines()
    for r in tech:
        if r["code"] == "BRF003":  # the word itself, inside its (maybe multi-line) comment
            word = re.search(r"'([^']+)'", r["message"]).group(1)
            assert lines[r["line"] - 1][r["col"] - 1 :].startswith(word)
        else:
            assert "ref:" in lines[r["line"] - 1]
    assert main(["check", str(sample_ws / "nk-russia-weekly.brief.yaml"), "--strict"]) == 0


def test_python_m_briefer_check_does_not_import_textual():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "briefer", "check", "briefs"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {
        line.split("|")[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "briefer.checks" in imported and "yaml" in imported
    assert not {m for m in imported if m == "textual" or m.startswith("textual.")}
    assert "BRF0" in result.stdout and SAMPLE.name in result.stdout
