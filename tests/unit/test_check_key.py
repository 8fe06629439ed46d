"""tools/check_key.py: the checker a batch's key passes before it is scored."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "check_key", Path(__file__).resolve().parents[2] / "tools" / "check_key.py"
)
assert _SPEC is not None and _SPEC.loader is not None
check_key = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(check_key)


def _batch(tmp_path: Path, key: dict) -> Path:
    (tmp_path / "01_port.txt").write_text(
        "Port fees rise\n\n“We will pay the new\nfees,” said Ana Lind. Fees rose 4.5%.\n",
        encoding="utf-8",
    )
    (tmp_path / "expected.json").write_text(json.dumps(key), encoding="utf-8")
    return tmp_path


def test_a_good_key_has_no_problems_and_a_line_break_reads_as_a_space(tmp_path: Path) -> None:
    folder = _batch(
        tmp_path,
        {
            "01_port.txt": {
                "quotes": [{"starts": "We will pay the new fees", "speaker": "Ana Lind"}],
                "figures": [{"value": 4.5, "near": "4.5%"}],
            }
        },
    )
    found, line = check_key.problems(folder)
    assert found == []
    assert line == "expected.json: 1 articles, 1 quotes, 1 figures, 0 problems"
    assert check_key.main([str(folder)]) == 0


def test_words_not_in_the_text_a_wrong_kind_and_an_unkeyed_article(tmp_path: Path) -> None:
    folder = _batch(
        tmp_path,
        {
            "01_port.txt": {
                "quotes": [{"starts": "We shall pay", "speaker": 7}],
                "figures": [{"value": "4.5", "near": "4.6%"}],
            }
        },
    )
    (folder / "02_dock.txt").write_text("Dock\n", encoding="utf-8")
    found, _line = check_key.problems(folder)
    assert len(found) == 5
    assert any("starts not in the text: 'We shall pay'" in p for p in found)
    assert any("near not in the text: '4.6%'" in p for p in found)
    assert any("articles with no entry: 02_dock.txt" in p for p in found)
    assert check_key.main([str(folder)]) == 1


def test_an_address_another_batch_used_is_reported(tmp_path: Path) -> None:
    used = tmp_path / "used.tsv"
    used.write_text("# comment\n41\thttps://a.example/one\n97\thttps://a.example/two\n")
    folder = tmp_path / "holdout97"
    folder.mkdir()
    (folder / "sources.json").write_text(
        json.dumps({"01_a.txt": "https://a.example/one", "02_b.txt": "https://a.example/two"})
    )
    found = check_key.reused(folder, used)
    assert found == ["sources.json: 01_a.txt: address used by batch 41: https://a.example/one"]


def test_the_used_addresses_list_names_each_page_once() -> None:
    lines = [
        line
        for line in check_key.USED.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    addresses = [line.split("\t")[1] for line in lines]
    assert len(addresses) >= 468
    assert len(set(addresses)) == len(addresses)
    assert all(a.startswith(("http://", "https://")) for a in addresses)
