"""Reading and writing YAML, pinned exactly (#22): the encodings refused and where, the
style each string is written in, what a path is when it is not a regular file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefer.errors import LoadError
from briefer.yamlio import compose, decode, dump, file_kind, not_regular, read_bytes


def refused(data: bytes) -> list[tuple[int, int, str, str | None]]:
    with pytest.raises(LoadError) as err:
        decode(data, "n.yaml")
    return [(p.line, p.col, p.message, p.context) for p in err.value.problems]


def test_decode_utf8_with_and_without_bom() -> None:
    assert decode("title: é\n".encode(), "n.yaml") == "title: é\n"
    assert decode(b"\xef\xbb\xbftitle: x\n", "n.yaml") == "title: x\n"
    assert decode(b"", "n.yaml") == "" and decode(b"a", "n.yaml") == "a"


def test_decode_refuses_utf16_and_says_so() -> None:
    msg = "file is UTF-16 encoded; save it as UTF-8"
    for data in (
        "title: x".encode("utf-16"),
        b"\xff\xfet\x00",
        b"\xfe\xff\x00t",
        b"t\x00",
        b"\x00t",
    ):
        assert refused(data) == [(1, 1, msg, None)], data


def test_decode_locates_the_bad_byte() -> None:
    data = b"title: ok\nsummary: caf\xe9 bar\n"
    assert refused(data) == [
        (2, 13, "byte 0xe9 is not valid UTF-8; save the file as UTF-8", "summary: caf\ufffd bar")
    ]
    assert refused(b"\x80") == [
        (1, 1, "byte 0x80 is not valid UTF-8; save the file as UTF-8", "\ufffd")
    ]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("plain", "v: plain\n"),
        ("", "v: ''\n"),
        ("2026-11-20", 'v: "2026-11-20"\n'),
        ("NO", 'v: "NO"\n'),
        ("15000", 'v: "15000"\n'),
        ("null", 'v: "null"\n'),
        ("a\rb", 'v: "a\\rb"\n'),
        ("a\x85b", 'v: "a\\Nb"\n'),
        ("a\u2028b", 'v: "a\\Lb"\n'),
        ("\ufeffx", 'v: "\\uFEFFx"\n'),
        ("tab\there", 'v: "tab\\there"\n'),
        ("one\ntwo", "v: |-\n  one\n  two\n"),
        ("one\ntwo\n", "v: |\n  one\n  two\n"),
        ("end\n", "v: |\n  end\n"),
        ("\n", "v: '\n\n  '\n"),
        ("x" * 80, f"v: {'x' * 80}\n"),
        ("word " * 17 + "end", "v: >-\n  " + "word " * 17 + "end\n"),
        ("ünïcödé", "v: ünïcödé\n"),
    ],
)
def test_each_string_gets_its_style(value: str, written: str) -> None:
    text = dump({"v": value})
    assert text == written
    doc = compose(text, "x.yaml")
    assert doc.root is not None and doc.root.value[0][1].value == value  # type: ignore[attr-defined]


def test_dump_keeps_key_order_and_indents_lists() -> None:
    assert dump({"b": 1, "a": ["x", "y"]}) == "b: 1\na:\n  - x\n  - y\n"


def test_file_kind_in_words(tmp_path: Path) -> None:
    assert file_kind(stat.S_IFREG) == "regular file"
    assert file_kind(stat.S_IFDIR) == "folder"
    assert file_kind(stat.S_IFIFO) == "named pipe"
    assert file_kind(stat.S_IFCHR) == "character device"
    assert file_kind(stat.S_IFBLK) == "block device"
    assert file_kind(stat.S_IFSOCK) == "socket"
    assert file_kind(0) == "special file"


def test_not_regular_says_what_the_path_is(tmp_path: Path) -> None:
    f = tmp_path / "f.yaml"
    f.write_text("x: 1\n", encoding="utf-8")
    assert not_regular(f) is None and not_regular(tmp_path / "missing") is None
    assert not_regular(tmp_path) == "folder"
    os.mkfifo(tmp_path / "p")
    assert not_regular(tmp_path / "p") == "named pipe"
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    assert not_regular(tmp_path / "dangling") == (
        f"a dangling symbolic link (to {tmp_path / 'nowhere'}, which does not exist)"
    )
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert not_regular(tmp_path / "loop") == "a symbolic link loop"


def test_read_bytes_messages(tmp_path: Path) -> None:
    def problem(path: Path) -> tuple[int, int, str]:
        with pytest.raises(LoadError) as err:
            read_bytes(path)
        [p] = err.value.problems
        assert p.path == str(path)
        return (p.line, p.col, p.message)

    assert problem(tmp_path / "missing") == (1, 1, "no such file")
    assert problem(tmp_path) == (1, 1, "is a folder, not a file")
    os.mkfifo(tmp_path / "p")
    assert problem(tmp_path / "p") == (1, 1, "not a regular file (named pipe); not read")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert problem(tmp_path / "loop") == (1, 1, "cannot read: a symbolic link loop")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    assert problem(tmp_path / "dangling") == (
        1,
        1,
        f"cannot read: a dangling symbolic link (to {tmp_path / 'nowhere'}, which does not exist)",
    )
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(10 * 1024 * 1024 + 1)
    assert problem(big) == (1, 1, "file is 10,485,761 bytes; the limit is 10 MiB")
    exact = tmp_path / "exact.yaml"
    with exact.open("wb") as fh:
        fh.truncate(10 * 1024 * 1024)
    assert len(read_bytes(exact)) == 10 * 1024 * 1024
    small = tmp_path / "s.yaml"
    small.write_bytes(b"a: 1\n")
    assert read_bytes(small) == b"a: 1\n"
