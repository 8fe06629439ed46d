"""briefer.yamlio pinned to the byte (#22): every message with its file, line and column,
the flags files are opened with, how far a read goes, the temp file's name and lock, the
mode and owner a saved file gets, what a cleaner removes — each test written against a
mutant that survived the suite before it (see bench/mutation.txt, ``## yamlio``).

Failures the disk will not produce on demand (EIO on read, fsync, a name swapped for a
FIFO between stat and open, flock refused) are injected with monkeypatch, each around a
single call; everything else runs on real files in ``tmp_path``."""

from __future__ import annotations

import errno
import fcntl
import io
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

import briefer.yamlio as yamlio
from briefer.errors import ChangedOnDisk, LoadError, Problem, SaveError
from briefer.yamlio import (
    Document,
    Dumper,
    FileStamp,
    FlowList,
    atomic_write,
    check_unchanged,
    compose,
    decode,
    dump,
    load_document,
    not_regular,
    read_bytes,
    remove_stale_temps,
    save_checked,
    write_target,
)

STR, NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
SEQ, MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def load_problems(text: str, name: str = "f.yaml") -> list[tuple[str, int, int, str, Any]]:
    with pytest.raises(LoadError) as err:
        compose(text, name)
    return [(p.path, p.line, p.col, p.message, p.context) for p in err.value.problems]


def read_problem(path: Path) -> tuple[str, int, int, str]:
    with pytest.raises(LoadError) as err:
        read_bytes(path)
    (p,) = err.value.problems
    return (p.path, p.line, p.col, p.message)


def save_error(call: Any, *args: Any) -> tuple[type, str, str]:
    with pytest.raises(SaveError) as err:
        call(*args)
    return (type(err.value), err.value.path, err.value.reason)


class Recorder:
    """Wraps an os function, records its arguments, calls the real one."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any, **kw: Any) -> Any:
        self.calls.append(args)
        return self.real(*args, **kw)


# ------------------------------------------------------------------ the loader


def test_loader_tags_every_scalar_as_text_or_null_and_collections_by_kind() -> None:
    doc = compose("n: 12\nb: NO\nd: 2026-01-02\nz: ~\nl: [x]\nm: {k: v}\n", "f.yaml")
    root = doc.root
    assert root is not None and root.tag == MAP
    tags = {k.value: v.tag for k, v in root.value}
    assert tags == {"n": STR, "b": STR, "d": STR, "z": NULL, "l": SEQ, "m": MAP}
    assert [k.tag for k, _ in root.value] == [STR] * 6


def test_document_keeps_its_root_and_numbers_lines_from_one() -> None:
    node = yaml.ScalarNode(STR, "x")
    doc = Document("p.yaml", "first\nsecond\n", node)
    assert doc.root is node and doc.path == "p.yaml"
    assert [doc.line(n) for n in (0, 1, 2, 3, -1)] == [None, "first", "second", None, None]


def test_document_problem_without_a_mark_is_at_line_one_column_one() -> None:
    doc = Document("p.yaml", "top line\nnext\n", None)
    assert doc.problem(None, "m") == Problem("p.yaml", 1, 1, "m", "top line")


# ------------------------------------------------------------------ compose


def test_syntax_error_without_context_keeps_libyaml_message() -> None:
    assert load_problems("a: b: c\n") == [
        ("f.yaml", 1, 5, "mapping values are not allowed in this context", "a: b: c")
    ]
    assert load_problems("a: [b\n") == [("f.yaml", 2, 1, "did not find expected ',' or ']'", None)]


def test_tab_indentation_and_second_document_are_named() -> None:
    assert load_problems("a:\n\tb: 1\n") == [
        ("f.yaml", 2, 1, "tab character: YAML indentation must use spaces", "\tb: 1")
    ]
    assert load_problems("a: 1\n---\nb: 2\n") == [
        ("f.yaml", 2, 1, "more than one YAML document ('---'); a file holds one", "---")
    ]


def test_anchor_alone_and_alias_alone_are_refused_with_their_names() -> None:
    assert load_problems("a: &x 1\n") == [
        ("f.yaml", 1, 4, "anchor &x: anchors are not allowed", "a: &x 1")
    ]
    assert load_problems("a: *x\n") == [
        ("f.yaml", 1, 4, "alias *x: aliases are not allowed; write the value out", "a: *x")
    ]


def test_anchor_that_only_libyaml_can_parse_is_still_refused() -> None:
    # a tab after the anchor: the pure-Python parser gives up, libyaml reads it
    assert load_problems("a: &x\t1\n") == [
        ("f.yaml", 1, 4, "anchor &x: anchors are not allowed", "a: &x\t1")
    ]


def test_at_most_five_anchor_problems() -> None:
    text = "".join(f"k{i}: &a{i} v\n" for i in range(7))
    got = load_problems(text)
    assert [(line, msg) for _, line, _, msg, _ in got] == [
        (i + 1, f"anchor &a{i}: anchors are not allowed") for i in range(5)
    ]


def test_merge_conflict_named_at_its_line() -> None:
    text = "\ntitle: x\n<<<<<<< HEAD\nsummary: a\n=======\nsummary: b\n>>>>>>> main\n"
    msg = (
        "unresolved git merge conflict: keep the lines you want and delete the <<<<<<<,"
        " ======= and >>>>>>> lines (or take one side with `git checkout --ours FILE`"
        " / `--theirs FILE`)"
    )
    assert load_problems(text) == [("f.yaml", 3, 1, msg, "<<<<<<< HEAD")]
    assert load_problems("<<<<<<<\na: 1\n") == [("f.yaml", 1, 1, msg, "<<<<<<<")]
    assert load_problems("a: 1\n\n\n<<<<<<< x\n")[0][1:3] == (4, 1)


def test_seven_angles_inside_a_line_are_text() -> None:
    doc = compose("a: b <<<<<<< c\n", "f.yaml")
    assert doc.root is not None and doc.root.value[0][1].value == "b <<<<<<< c"


def test_reader_error_is_placed_at_its_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_a: Any, **_k: Any) -> None:
        raise yaml.reader.ReaderError("f.yaml", 6, 0x1, "utf-8", "odd character")

    monkeypatch.setattr(yamlio.yaml, "compose", fail)
    assert load_problems("a: 1\nbc: 2\n") == [
        ("f.yaml", 2, 2, "not valid YAML: odd character", "bc: 2")
    ]


def test_marked_error_without_a_problem_says_where(monkeypatch: pytest.MonkeyPatch) -> None:
    mark = yaml.Mark("f.yaml", 0, 1, 2, None, None)

    def fail(*_a: Any, **_k: Any) -> None:
        raise yaml.MarkedYAMLError(context="while reading", context_mark=mark)

    monkeypatch.setattr(yamlio.yaml, "compose", fail)
    assert load_problems("a: 1\nbc: 2\n") == [
        ("f.yaml", 2, 3, 'while reading\n  in "f.yaml", line 2, column 3', "bc: 2")
    ]


def test_other_yaml_error_is_at_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_a: Any, **_k: Any) -> None:
        raise yaml.YAMLError("no marks here")

    monkeypatch.setattr(yamlio.yaml, "compose", fail)
    assert load_problems("a: 1\n") == [("f.yaml", 1, 1, "not valid YAML: no marks here", None)]


def test_control_characters_at_their_line_and_column() -> None:
    got = load_problems("\na\nbc\x01\n")
    assert got == [
        (
            "f.yaml",
            3,
            3,
            "control character U+0001 is not allowed in a YAML file; remove it, or write it as "
            '\\u0001 inside double quotes ("…")',
            "bc\x01",
        )
    ]
    assert [p[1:3] for p in load_problems("\n\x02")] == [(2, 1)]
    assert [p[1:3] for p in load_problems("a\n\x02")] == [(2, 1)]


def test_decode_column_counts_from_the_last_line_break() -> None:
    with pytest.raises(LoadError) as err:
        decode(b"a: 1\nb: 2\nc: \xff\n", "n.yaml")
    (p,) = err.value.problems
    assert (p.path, p.line, p.col, p.context) == ("n.yaml", 3, 4, "c: \ufffd")


# ------------------------------------------------------------------ FileStamp


def test_stamp_line_ends_come_from_the_first_line(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    cases = [
        (b"\r\nabc", "\r\n"),
        (b"a\nb\r\n", "\n"),
        (b"ab\r\ncd\n", "\r\n"),
        (b"\nabc", "\n"),
        (b"abc", "\n"),
    ]
    for data, newline in cases:
        f.write_bytes(data)
        stamp = FileStamp.of(f, data)
        assert stamp.newline == newline, data
        assert stamp.size == len(data) and stamp.bom is False


# ------------------------------------------------------------------ read_bytes


def test_read_bytes_opens_read_only_nonblocking_no_tty_cloexec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "r.yaml"
    f.write_bytes(b"a: 1\n")
    rec = Recorder(os.open)
    monkeypatch.setattr(os, "open", rec)
    assert read_bytes(f) == b"a: 1\n"
    monkeypatch.undo()
    want = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    assert rec.calls == [(f, want)]


def test_read_bytes_where_the_os_lacks_the_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "r.yaml"
    f.write_bytes(b"a: 1\n")
    rec = Recorder(os.open)
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC"):
        monkeypatch.delattr(os, name)
    monkeypatch.setattr(os, "open", rec)
    assert read_bytes(f) == b"a: 1\n"
    monkeypatch.undo()
    assert rec.calls == [(f, os.O_RDONLY)]


def test_read_bytes_stat_error_says_why(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    bad = tmp_path / "plain" / "x.yaml"
    assert read_problem(bad) == (str(bad), 1, 1, "cannot read: Not a directory")


def test_read_bytes_open_error_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "r.yaml"
    f.write_bytes(b"a: 1\n")

    def refuse(*_a: Any) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    assert read_problem(f) == (str(f), 1, 1, "cannot read: Permission denied")

    def refuse_bare(*_a: Any) -> int:
        raise OSError("refused by a test")

    monkeypatch.setattr(os, "open", refuse_bare)
    assert read_problem(f) == (str(f), 1, 1, "cannot read: refused by a test")


def test_read_bytes_bare_stat_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "r.yaml"
    f.write_bytes(b"a: 1\n")

    def bare(*_a: Any, **_k: Any) -> Any:
        raise OSError("stat refused")

    monkeypatch.setattr(os, "stat", bare)
    got = read_problem(f)
    monkeypatch.undo()
    assert got == (str(f), 1, 1, "cannot read: stat refused")


def test_read_bytes_name_swapped_for_a_fifo_after_the_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "r.yaml"
    f.write_bytes(b"a: 1\n")
    real_open = os.open

    def swap(path: Any, flags: int, *rest: Any) -> int:
        os.unlink(path)
        os.mkfifo(path)
        return real_open(path, flags, *rest)

    monkeypatch.setattr(os, "open", swap)
    got = read_problem(f)
    monkeypatch.undo()
    assert got == (str(f), 1, 1, "not a regular file (named pipe); not read")


def test_read_bytes_error_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "r.yaml"
    f.write_bytes(b"a: 1\n")
    for exc, message in [
        (OSError(errno.EIO, "Input/output error"), "cannot read: Input/output error"),
        (OSError("disk said no"), "cannot read: disk said no"),
    ]:

        def fail(*_a: Any, exc: OSError = exc) -> bytes:
            raise exc

        monkeypatch.setattr(os, "read", fail)
        got = read_problem(f)
        monkeypatch.undo()
        assert got == (str(f), 1, 1, message)


def test_read_bytes_asks_for_one_mebibyte_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "big.yaml"
    data = bytes(range(256)) * (3 * 4096 + 1)  # 3 MiB and 256 bytes
    f.write_bytes(data)
    rec = Recorder(os.read)
    monkeypatch.setattr(os, "read", rec)
    got = read_bytes(f)
    monkeypatch.undo()
    assert got == data
    assert [n for _fd, n in rec.calls] == [1 << 20] * 5


def grow_and_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_read: int
) -> tuple[bytes, list[int]]:
    """A file of 4 bytes at the stat that has 40 when opened, the cap lowered to 10 bytes,
    each read returning at most ``per_read`` bytes: what read_bytes returns, what it asked."""
    f = tmp_path / "grows.yaml"
    f.write_bytes(b"0123")
    real_open, real_read = os.open, os.read
    asked: list[int] = []

    def grow(path: Any, flags: int, *rest: Any) -> int:
        Path(path).write_bytes(bytes(range(65, 105)))
        return real_open(path, flags, *rest)

    def short_read(fd: int, n: int) -> bytes:
        asked.append(n)
        return real_read(fd, min(n, per_read))

    monkeypatch.setattr(yamlio, "MAX_BYTES", 10)
    monkeypatch.setattr(os, "open", grow)
    monkeypatch.setattr(os, "read", short_read)
    try:
        return read_bytes(f), asked
    finally:
        monkeypatch.undo()


def test_read_bytes_stops_one_byte_past_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert grow_and_read(tmp_path, monkeypatch, 100) == (bytes(range(65, 76)), [11])
    assert grow_and_read(tmp_path, monkeypatch, 3) == (bytes(range(65, 76)), [11, 8, 5, 2])
    assert grow_and_read(tmp_path, monkeypatch, 5) == (bytes(range(65, 76)), [11, 6, 1])


def test_load_document_refuses_what_grew_past_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "g.yaml"
    f.write_text("a: 1\n")
    monkeypatch.setattr(yamlio, "MAX_BYTES", 5)
    monkeypatch.setattr(yamlio, "read_bytes", lambda _p: b"a: 12\n")
    with pytest.raises(LoadError) as err:
        load_document(f)
    assert err.value.problems == [Problem(str(f), 1, 1, "file is over the 10 MiB limit")]
    monkeypatch.setattr(yamlio, "read_bytes", lambda _p: b"a: 1\n")
    doc, data = load_document(str(f))
    assert data == b"a: 1\n" and doc.path == str(f) and doc.text == "a: 1\n"


def test_not_regular_stat_error_uses_strerror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*_a: Any, **_k: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "stat", denied)
    got = not_regular(tmp_path / "x")
    monkeypatch.undo()
    assert got == "cannot be read: Permission denied"


# ------------------------------------------------------------------ dump


def test_dump_styles_of_edge_strings() -> None:
    cases = {
        "\nabc": "k: |2-\n\n  abc\n",
        "abc\nX": "k: |-\n  abc\n  X\n",
        "a\n": "k: |\n  a\n",
        "a\n ": 'k: "a\\n "\n',
        "\n": "k: '\n\n  '\n",
        "a\n\u3000": "k: |-\n  a\n  \u3000\n",  # a line of an ideographic space
    }
    for value, written in cases.items():
        assert dump({"k": value}) == written, value
        assert yaml.safe_load(written) == {"k": value}


def test_dump_all_options_at_once() -> None:
    data = {
        "zeta": "één",
        "alpha": {"inner": ["x", "y"], "flow": FlowList(["a", "b"])},
        "text": "word " * 20 + "end",
    }
    assert dump(data) == (
        "zeta: één\n"
        "alpha:\n"
        "  inner:\n"
        "    - x\n"
        "    - y\n"
        "  flow: [a, b]\n"
        "text: >-\n"
        "  word word word word word word word word word word word word word word word word"
        " word word\n"
        "  word word end\n"
    )
    # breaks at column 88 exactly (89 would keep one more word on the first line)
    assert dump({"t": "y" + "abcd " * 30}) == (
        't: "yabcd' + " abcd" * 16 + "\\\n  \\" + " abcd" * 13 + ' "\n'
    )


def test_dump_to_a_stream_returns_nothing() -> None:
    out = io.StringIO()
    assert dump({"a": "b"}, out) == ""
    assert out.getvalue() == "a: b\n"


def test_dump_with_a_watching_dumper_subclass() -> None:
    seen: list[str] = []

    class Watching(Dumper):  # type: ignore[misc,valid-type]
        def represent_data(self, data: Any) -> Any:
            seen.append(type(data).__name__)
            return super().represent_data(data)

    assert dump({"a": "b"}, dumper=Watching) == "a: b\n"
    assert seen == ["dict", "str", "str"]


def test_top_level_flow_sequence_wraps_indented() -> None:
    items = FlowList(["x" * 30] * 3)
    x = "x" * 30
    assert yaml.dump(items, Dumper=Dumper, width=40) == f"[{x}, {x},\n  {x}]\n"


# ------------------------------------------------------------------ write_target


def test_write_target_errors_name_the_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dangling = tmp_path / "d.yaml"
    dangling.symlink_to(tmp_path / "nowhere.yaml")
    assert save_error(write_target, dangling) == (
        SaveError,
        str(dangling),
        f"it is a symbolic link to {tmp_path / 'nowhere.yaml'}, which does not exist",
    )
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.symlink_to(b)
    b.symlink_to(a)
    assert save_error(write_target, a) == (SaveError, str(a), "it is a symbolic link loop")
    (tmp_path / "plain").write_text("x")
    through = tmp_path / "t.yaml"
    through.symlink_to(tmp_path / "plain" / "x.yaml")
    assert save_error(write_target, through) == (SaveError, str(through), "Not a directory")

    def bare(*_a: Any, **_k: Any) -> str:
        raise OSError("realpath refused")

    ok = tmp_path / "ok.yaml"
    ok.symlink_to(tmp_path / "plain")
    monkeypatch.setattr(os.path, "realpath", bare)
    got = save_error(write_target, ok)
    monkeypatch.undo()
    assert got == (SaveError, str(ok), "realpath refused")


# ------------------------------------------------------------------ atomic_write


def test_atomic_write_refusals_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    under = tmp_path / "plain" / "x.yaml"
    assert save_error(atomic_write, under, b"a") == (SaveError, str(under), "Not a directory")
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    assert save_error(atomic_write, fifo, b"a") == (
        SaveError,
        str(fifo),
        "it is not a regular file (named pipe); briefer replaces only regular files",
    )
    ro = tmp_path / "ro.yaml"
    ro.write_bytes(b"old")
    ro.chmod(0o555)  # executable, but no write bit anywhere
    assert save_error(atomic_write, ro, b"new") == (SaveError, str(ro), "the file is read-only")
    assert ro.read_bytes() == b"old"
    gone = tmp_path / "gone" / "f.yaml"
    assert save_error(atomic_write, gone, b"a") == (
        SaveError,
        str(gone),
        f"the folder {tmp_path / 'gone'} no longer exists",
    )
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        target = locked / "f.yaml"
        assert save_error(atomic_write, target, b"a") == (
            SaveError,
            str(target),
            f"the folder {locked} is read-only",
        )
    finally:
        locked.chmod(0o755)
    assert os.listdir(locked) == []


def test_atomic_write_bare_stat_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "f.yaml"
    real = os.stat

    def bare(p: Any, *a: Any, **k: Any) -> Any:
        if Path(p) == f:
            raise OSError("stat refused")
        return real(p, *a, **k)

    monkeypatch.setattr(os, "stat", bare)
    got = save_error(atomic_write, f, b"a")
    monkeypatch.undo()
    assert got == (SaveError, str(f), "stat refused")


def test_atomic_write_through_a_temp_beside_it_then_syncs_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "brief.yaml"
    f.write_bytes(b"old")
    replaced = Recorder(os.replace)
    synced = Recorder(os.fsync)
    opened = Recorder(os.open)
    monkeypatch.setattr(os, "replace", replaced)
    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "open", opened)
    atomic_write(str(f), b"new")
    monkeypatch.undo()
    assert f.read_bytes() == b"new"
    ((src, dst),) = replaced.calls
    assert Path(dst) == f
    assert Path(src).parent == tmp_path
    assert yamlio._TEMP.match(Path(src).name) and Path(src).name.startswith(".brief.yaml.")
    assert len(synced.calls) == 2
    assert opened.calls[-1] == (tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    assert sorted(os.listdir(tmp_path)) == ["brief.yaml"]


def test_a_cache_is_written_atomically_without_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """durable=False (caches, #18): still a locked temp and a rename, no fsync at all."""
    f = tmp_path / "ws.cache"
    f.write_bytes(b"old")
    replaced = Recorder(os.replace)
    synced = Recorder(os.fsync)
    monkeypatch.setattr(os, "replace", replaced)
    monkeypatch.setattr(os, "fsync", synced)
    atomic_write(f, b"new", durable=False)
    monkeypatch.undo()
    assert f.read_bytes() == b"new"
    assert synced.calls == []
    ((src, dst),) = replaced.calls
    assert Path(dst) == f and yamlio._TEMP.match(Path(src).name)
    assert sorted(os.listdir(tmp_path)) == ["ws.cache"]


def test_the_caches_are_written_without_fsync_and_briefs_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer import startcache
    from briefer.workspace import Workspace

    ws = tmp_path / "ws"
    (ws / "sources").mkdir(parents=True)
    (ws / "sources" / "a.yaml").write_text("title: A\ntakes:\n  - text: x\n", encoding="utf-8")
    synced = Recorder(os.fsync)
    monkeypatch.setattr(os, "fsync", synced)
    Workspace.load(ws)  # writes the library's cache
    startcache.write("probe", (("k",),), 1)
    assert synced.calls == []
    from briefer import paths

    assert len(list(paths.cache_dir().glob("ws-*.cache"))) == 1
    assert startcache.read("probe", (("k",),)) == 1
    atomic_write(tmp_path / "b.brief.yaml", b"title: B\n")
    assert len(synced.calls) == 2


def test_new_file_mode_follows_the_umask(tmp_path: Path) -> None:
    for umask, mode in [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)]:
        f = tmp_path / f"n{umask:o}.yaml"
        before = os.umask(umask)
        try:
            atomic_write(f, b"x")
        finally:
            os.umask(before)
        assert stat.S_IMODE(os.stat(f).st_mode) == mode
    assert os.umask(0o022) == before
    os.umask(before)


def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    f = tmp_path / "m.yaml"
    f.write_bytes(b"old")
    f.chmod(0o604)
    atomic_write(f, b"new")
    assert stat.S_IMODE(os.stat(f).st_mode) == 0o604 and f.read_bytes() == b"new"


def test_write_failure_is_a_save_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "w.yaml"
    f.write_bytes(b"old")
    for exc, reason in [
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
        (OSError("fsync refused"), "fsync refused"),
    ]:

        def fail(_fd: int, exc: OSError = exc) -> None:
            raise exc

        monkeypatch.setattr(os, "fsync", fail)
        got = save_error(atomic_write, f, b"new")
        monkeypatch.undo()
        assert got == (SaveError, str(f), reason)
        assert f.read_bytes() == b"old"
        assert os.listdir(tmp_path) == ["w.yaml"]


def test_owner_and_group_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "o.yaml"
    f.write_bytes(b"old")
    st = os.stat(f)
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(os, "chown", lambda *a: calls.append(a))
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    atomic_write(f, b"root")
    assert len(calls) == 1 and calls[0][1:] == (st.st_uid, st.st_gid)
    assert Path(calls[0][0]).parent == tmp_path and yamlio._TEMP.match(Path(calls[0][0]).name)
    calls.clear()
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    atomic_write(f, b"user")
    assert len(calls) == 1 and calls[0][1:] == (-1, st.st_gid)
    assert Path(calls[0][0]).parent == tmp_path
    assert f.read_bytes() == b"user"


def test_group_refused_to_a_user_is_no_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "o.yaml"
    f.write_bytes(b"old")

    def refuse(*_a: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refuse)
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    atomic_write(f, b"new")
    assert f.read_bytes() == b"new"
    monkeypatch.delattr(os, "chown")
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    atomic_write(f, b"newer")  # no chown on this system: nothing to keep
    assert f.read_bytes() == b"newer"


def test_no_chown_on_a_new_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(os, "chown", lambda *a: calls.append(a))
    atomic_write(tmp_path / "new.yaml", b"x")
    assert calls == []


# ------------------------------------------------------------------ _locked_temp


def locked_by_someone(path: str) -> bool:
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_temp_name_lock_and_place(tmp_path: Path) -> None:
    fd, tmp = yamlio._locked_temp(tmp_path / "brief.yaml", tmp_path)
    try:
        assert Path(tmp).parent == tmp_path
        name = Path(tmp).name
        assert name.startswith(".brief.yaml.") and name.endswith(".briefer.tmp")
        assert len(name) == len(".brief.yaml.") + 8 + len(".briefer.tmp")
        assert locked_by_someone(tmp)
    finally:
        os.close(fd)
    assert not locked_by_someone(tmp)


def test_temp_stem_cut_at_160_bytes_and_never_empty(tmp_path: Path) -> None:
    long = "a" * 159 + "é.yaml"  # the cut at 160 bytes falls inside the é
    fd, tmp = yamlio._locked_temp(tmp_path / long, tmp_path)
    os.close(fd)
    assert Path(tmp).name.startswith("." + "a" * 159 + ".")
    assert len(Path(tmp).name) == 1 + 159 + 1 + 8 + len(".briefer.tmp")
    fd, tmp = yamlio._locked_temp(Path(""), tmp_path)
    os.close(fd)
    assert Path(tmp).name.startswith(".file.") and Path(tmp).parent == tmp_path


class FakeFlock:
    """flock that fails with ``errors`` in turn (None: the real one), counting calls."""

    def __init__(self, errors: list[Any]) -> None:
        self.errors = errors
        self.calls = 0

    def __call__(self, fd: int, op: int) -> None:
        self.calls += 1
        err = self.errors.pop(0) if self.errors else None
        if callable(err):
            err = err(fd)
        if err is None:
            return REAL_FLOCK(fd, op)
        raise err


REAL_FLOCK = fcntl.flock


def temps(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.endswith(".briefer.tmp"))


def test_temp_held_by_a_cleaner_is_given_up_for_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flock = FakeFlock([BlockingIOError(errno.EAGAIN, "busy")])
    monkeypatch.setattr(fcntl, "flock", flock)
    fd, tmp = yamlio._locked_temp(tmp_path / "f.yaml", tmp_path)
    monkeypatch.undo()
    os.close(fd)
    assert flock.calls == 2 and len(temps(tmp_path)) == 2 and Path(tmp).name in temps(tmp_path)


def test_temp_removed_by_a_cleaner_before_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first: list[str] = []

    def cleaner(fd: int) -> None:
        name = temps(tmp_path)[0]
        first.append(name)
        os.unlink(tmp_path / name)
        return None

    flock = FakeFlock([cleaner])
    monkeypatch.setattr(fcntl, "flock", flock)
    fd, tmp = yamlio._locked_temp(tmp_path / "f.yaml", tmp_path)
    monkeypatch.undo()
    os.close(fd)
    assert flock.calls == 2 and temps(tmp_path) == [Path(tmp).name] != first


def test_no_locks_on_this_file_system_takes_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flock = FakeFlock([OSError(errno.ENOLCK, "No locks available")])
    monkeypatch.setattr(fcntl, "flock", flock)
    fd, tmp = yamlio._locked_temp(tmp_path / "f.yaml", tmp_path)
    monkeypatch.undo()
    os.close(fd)
    assert flock.calls == 1 and temps(tmp_path) == [Path(tmp).name]
    monkeypatch.setattr(yamlio, "fcntl", None)
    fd, tmp2 = yamlio._locked_temp(tmp_path / "g.yaml", tmp_path)
    try:
        assert not locked_by_someone(tmp2) and Path(tmp2).name.startswith(".g.yaml.")
    finally:
        os.close(fd)


def test_gives_up_after_a_hundred_busy_temps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = Recorder(tempfile.mkstemp)
    monkeypatch.setattr(tempfile, "mkstemp", made)
    monkeypatch.setattr(fcntl, "flock", FakeFlock([BlockingIOError(errno.EWOULDBLOCK, "")] * 200))
    with pytest.raises(OSError) as err:
        yamlio._locked_temp(tmp_path / "f.yaml", tmp_path)
    monkeypatch.undo()
    assert (err.value.errno, err.value.strerror) == (
        errno.EEXIST,
        "no temp file could be made beside it",
    )
    assert len(made.calls) == 100 and len(temps(tmp_path)) == 100


# ------------------------------------------------------------------ _fsync_dir


def test_fsync_dir_opens_a_folder_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced = Recorder(os.fsync)
    opened = Recorder(os.open)
    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "open", opened)
    yamlio._fsync_dir(tmp_path)
    (tmp_path / "file").write_text("x")
    yamlio._fsync_dir(tmp_path / "file")  # not a folder: O_DIRECTORY refuses it
    monkeypatch.undo()
    flags = os.O_RDONLY | os.O_DIRECTORY
    assert opened.calls == [(tmp_path, flags), (tmp_path / "file", flags)]
    assert len(synced.calls) == 1


def test_fsync_dir_without_o_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced = Recorder(os.fsync)
    opened = Recorder(os.open)
    monkeypatch.delattr(os, "O_DIRECTORY")
    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "open", opened)
    yamlio._fsync_dir(tmp_path)
    monkeypatch.undo()
    assert opened.calls == [(tmp_path, os.O_RDONLY)] and len(synced.calls) == 1


def test_fsync_dir_failure_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    closed = Recorder(os.close)

    def fail(_fd: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "fsync", fail)
    monkeypatch.setattr(os, "close", closed)
    yamlio._fsync_dir(tmp_path)
    monkeypatch.undo()
    assert len(closed.calls) == 1


# ------------------------------------------------------------------ stale temps

NEW = ".brief.yaml.abcd1234.briefer.tmp"  # a killed save's temp, locked kind
OLD = ".brief.yaml.abcd1234.tmp"  # the older, lockless pattern
T0 = 1_000_000_000  # an mtime; "now" is given relative to it


def temp(folder: Path, name: str) -> Path:
    p = folder / name
    p.write_bytes(b"partial")
    os.utime(p, (T0, T0))
    return p


def names(paths: list[Path]) -> list[str]:
    return sorted(p.name for p in paths)


def test_young_unlocked_temp_of_the_locked_kind_is_removed(tmp_path: Path) -> None:
    temp(tmp_path, NEW)
    assert remove_stale_temps(str(tmp_path), now=T0 + 1) == [tmp_path / NEW]
    assert os.listdir(tmp_path) == []


def test_held_temp_stays_however_old(tmp_path: Path) -> None:
    p = temp(tmp_path, NEW)
    fd = os.open(p, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert remove_stale_temps(tmp_path, now=T0 + 1) == []
        assert remove_stale_temps(tmp_path, now=T0 + 10_000) == []
    finally:
        os.close(fd)
    assert os.listdir(tmp_path) == [NEW]


def test_lockless_pattern_goes_at_sixty_seconds(tmp_path: Path) -> None:
    temp(tmp_path, OLD)
    assert remove_stale_temps(tmp_path, now=T0 + 59.5) == []
    assert os.listdir(tmp_path) == [OLD]
    assert remove_stale_temps(tmp_path, now=T0 + 60) == [tmp_path / OLD]
    assert os.listdir(tmp_path) == []


def test_now_defaults_to_the_clock(tmp_path: Path) -> None:
    young = tmp_path / OLD
    young.write_bytes(b"x")  # mtime: now
    assert remove_stale_temps(tmp_path) == []
    assert remove_stale_temps(tmp_path, now=os.stat(young).st_mtime + 61) == [young]


def test_without_locks_only_age_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp(tmp_path, NEW)
    monkeypatch.setattr(yamlio, "fcntl", None)
    assert remove_stale_temps(tmp_path, now=T0 + 1) == []
    assert remove_stale_temps(tmp_path, now=T0 + 60) == [tmp_path / NEW]
    monkeypatch.undo()
    temp(tmp_path, NEW)
    monkeypatch.setattr(fcntl, "flock", FakeFlock([OSError(errno.ENOLCK, "")] * 2))
    assert remove_stale_temps(tmp_path, now=T0 + 1) == []
    assert remove_stale_temps(tmp_path, now=T0 + 60) == [tmp_path / NEW]


def sorted_scandir(monkeypatch: pytest.MonkeyPatch, fail: str = "") -> None:
    """scandir in name order (so a wrong ``break`` shows), ``fail``'s stat raising."""
    real = os.scandir

    class Failing:
        def __init__(self, entry: os.DirEntry[str]) -> None:
            self.name, self.path = entry.name, entry.path

        def stat(self, follow_symlinks: bool = True) -> os.stat_result:
            raise OSError(errno.EIO, "Input/output error")

    def scandir(folder: Any) -> list[Any]:
        with real(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
        return [Failing(e) if e.name == fail else e for e in entries]

    monkeypatch.setattr(os, "scandir", scandir)


def test_cleaner_goes_past_what_it_skips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".a-not-ours.tmp").write_text("keep")
    (tmp_path / ".b.yaml.abcd1234.briefer.tmp").mkdir()
    temp(tmp_path, ".c.yaml.abcd1234.briefer.tmp")
    temp(tmp_path, ".z.yaml.abcd1234.briefer.tmp")
    sorted_scandir(monkeypatch, fail=".c.yaml.abcd1234.briefer.tmp")
    got = remove_stale_temps(tmp_path, now=T0 + 1)
    assert names(got) == [".z.yaml.abcd1234.briefer.tmp"]
    assert sorted(os.listdir(tmp_path)) == [
        ".a-not-ours.tmp",
        ".b.yaml.abcd1234.briefer.tmp",
        ".c.yaml.abcd1234.briefer.tmp",
    ]


def test_symlink_named_like_a_temp_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "real.yaml"
    target.write_text("keep")
    (tmp_path / NEW).symlink_to(target)
    tried: list[str] = []
    monkeypatch.setattr(yamlio, "_remove_if_unlocked", lambda p, **_k: tried.append(p) or True)
    assert remove_stale_temps(tmp_path, now=T0 + 10_000) == []
    assert tried == []


def test_remove_if_unlocked_flags_and_refusals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        yamlio._remove_if_unlocked(str(tmp_path / "missing"), may_skip_lock=True, young_ok=True)
        is False
    )
    target = tmp_path / "real.yaml"
    target.write_text("keep")
    link = tmp_path / NEW
    link.symlink_to(target)
    assert yamlio._remove_if_unlocked(str(link), may_skip_lock=True, young_ok=True) is False
    assert link.is_symlink() and target.read_text() == "keep"
    link.unlink()
    p = temp(tmp_path, NEW)
    assert yamlio._remove_if_unlocked(str(p), may_skip_lock=False, young_ok=False) is False
    assert p.exists()
    opened = Recorder(os.open)
    monkeypatch.setattr(os, "open", opened)
    assert yamlio._remove_if_unlocked(str(p), may_skip_lock=False, young_ok=True) is True
    monkeypatch.undo()
    assert opened.calls == [(str(p), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)]
    assert not p.exists()


def test_remove_if_unlocked_where_the_os_lacks_the_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = temp(tmp_path, NEW)
    opened = Recorder(os.open)
    monkeypatch.delattr(os, "O_NOFOLLOW")
    monkeypatch.delattr(os, "O_NONBLOCK")
    monkeypatch.setattr(os, "open", opened)
    assert yamlio._remove_if_unlocked(str(p), may_skip_lock=True, young_ok=False) is True
    monkeypatch.undo()
    assert opened.calls == [(str(p), os.O_RDONLY)] and not p.exists()


def test_unlink_failure_is_not_a_removal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = temp(tmp_path, NEW)

    def refuse(_p: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "unlink", refuse)
    assert remove_stale_temps(tmp_path, now=T0 + 100) == []
    monkeypatch.undo()
    assert p.exists()


# ------------------------------------------------------------------ check_unchanged


def stamp_of(path: Path) -> FileStamp:
    return FileStamp.of(path, path.read_bytes())


def test_check_unchanged_reasons(tmp_path: Path) -> None:
    f = tmp_path / "c.yaml"
    f.write_bytes(b"abc")
    stamp = stamp_of(f)
    check_unchanged(f, stamp)
    f.write_bytes(b"abd")
    assert save_error(check_unchanged, f, stamp) == (
        ChangedOnDisk,
        str(f),
        "it changed on disk since it was read",
    )
    f.write_bytes(b"abcd")
    assert save_error(check_unchanged, f, stamp) == (
        ChangedOnDisk,
        str(f),
        "it changed on disk since it was read",
    )
    assert save_error(check_unchanged, f, None) == (
        ChangedOnDisk,
        str(f),
        "a file of that name already exists",
    )
    f.unlink()
    assert save_error(check_unchanged, f, stamp) == (
        ChangedOnDisk,
        str(f),
        "it was deleted or moved since it was read",
    )
    check_unchanged(f, None)
    f.symlink_to(tmp_path / "nowhere")
    assert save_error(check_unchanged, f, None) == (
        SaveError,
        str(f),
        "it is a symbolic link to a file that does not exist",
    )
    f.unlink()
    os.mkfifo(f)
    assert save_error(check_unchanged, f, stamp) == (
        SaveError,
        str(f),
        "it is not a regular file (named pipe)",
    )
    (tmp_path / "plain").write_text("x")
    under = tmp_path / "plain" / "x.yaml"
    assert save_error(check_unchanged, under, stamp) == (SaveError, str(under), "Not a directory")


def test_check_unchanged_bare_stat_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "c.yaml"

    def bare(*_a: Any, **_k: Any) -> Any:
        raise OSError("stat refused")

    monkeypatch.setattr(os, "stat", bare)
    got = save_error(check_unchanged, f, None)
    monkeypatch.undo()
    assert got == (SaveError, str(f), "stat refused")


def test_check_unchanged_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "c.yaml"
    f.write_bytes(b"abc")
    stamp = stamp_of(f)

    def fail(path: Path) -> bytes:
        raise LoadError(
            [
                Problem(str(path), 1, 1, "cannot read: Input/output error"),
                Problem(str(path), 2, 1, "a second problem"),
            ]
        )

    monkeypatch.setattr(yamlio, "read_bytes", fail)
    assert save_error(check_unchanged, f, stamp) == (
        SaveError,
        str(f),
        "cannot read: Input/output error",
    )


def test_save_checked_keeps_crlf_and_bom(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_bytes(b"\xef\xbb\xbfa: 1\r\n")
    stamp = stamp_of(f)
    assert (stamp.newline, stamp.bom) == ("\r\n", True)
    new = save_checked(f, "a: 2\nb: é\n", stamp)
    assert f.read_bytes() == b"\xef\xbb\xbfa: 2\r\nb: \xc3\xa9\r\n"
    assert new == stamp_of(f)
