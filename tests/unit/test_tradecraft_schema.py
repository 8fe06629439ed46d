"""Tradecraft keys in files (#14): entry marking and likelihood, the brief's and the
workspace's export options, their errors with line and column; in-text citations; and the
sourcing command stays headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from briefer.errors import LoadError
from briefer.schema import dump_brief, load_brief, load_settings
from briefer.tradecraft.mentions import mentions

BRIEF = """\
title: T
marking: TLP:AMBER
portion_marks: true
likelihood_ranges: false
show_ids: true
bluf: B.
bluf_marking: TLP:GREEN
sections:
  - heading: Key judgments
    entries:
      - text: A sale is likely.
        marking: TLP:CLEAR
        likelihood: 0.7
      - ref: src/t1
        marking: TLP:RED
"""


def test_keys_load_and_save_in_place(tmp_path: Path) -> None:
    path = tmp_path / "t.brief.yaml"
    path.write_text(BRIEF, encoding="utf-8")
    brief, _ = load_brief(path)
    assert (brief.portion_marks, brief.likelihood_ranges, brief.show_ids) == (True, False, True)
    assert brief.bluf_marking == "TLP:GREEN"
    prose, ref = brief.sections[0].entries
    assert (prose.marking, prose.likelihood) == ("TLP:CLEAR", 0.7)
    assert (ref.marking, ref.likelihood) == ("TLP:RED", None)
    assert dump_brief(brief) == BRIEF


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("show_ids: true", "show_ids: yes", "5:11: 'show_ids' must be true or false, found 'yes'"),
        (
            "likelihood: 0.7",
            "likelihood: 70",
            "13:21: 'likelihood' must be a probability from 0 to 1, found '70' "
            "(for 70 % write 0.7)",
        ),
        ("marking: TLP:RED", "marking: red", "15:18: 'marking' must be one of TLP:CLEAR"),
        ("bluf_marking: TLP:GREEN", "bluf_marking: GREEN", "did you mean 'TLP:GREEN'?"),
    ],
)
def test_bad_values_are_located(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = tmp_path / "t.brief.yaml"
    path.write_text(BRIEF.replace(old, new), encoding="utf-8")
    with pytest.raises(LoadError) as e:
        load_brief(path)
    assert message in str(e.value)


def test_workspace_settings_options(tmp_path: Path) -> None:
    path = tmp_path / "briefer.yaml"
    path.write_text("portion_marks: true\nlikelihood_ranges: TRUE\nshow_ids: false\n")
    s = load_settings(path)
    assert (s.portion_marks, s.likelihood_ranges, s.show_ids) == (True, True, False)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("See [[nk-a/t1]] and [[nk-b]].", ["nk-a/t1", "nk-b"]),
        ("As nk-a/f2 says, and/or not.", ["nk-a/f2", "and/or"]),
        ("Pandoc [@nk-c; @nk-d].", ["nk-c", "nk-d"]),
        ("Mail desk@nk-e.org or https://example.org/nk-f/t1", []),
        ("[link](https://example.org/nk-g/t2)", []),
    ],
)
def test_mentions(text: str, keys: list[str]) -> None:
    assert [mt.key for mt in mentions(text)] == keys


def test_sourcing_command_does_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys; from briefer.cli import main; "
        f"rc = main(['sourcing', {str(REPO / 'briefs' / 'nk-russia-weekly.brief.yaml')!r}]); "
        "print(rc, any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout
    assert out.strip().splitlines()[-1] == "0 False"
    assert "This brief rests on 12 cited items from 6 sources" in out
