"""Strict, safe YAML reading and stable, atomic YAML writing.

Reading: bytes → text (UTF-8, BOM allowed, 10 MiB cap) → node tree (libyaml's C composer
when present, safe only; anchors, aliases, tags and tab indentation rejected). The schema
walk in :mod:`briefer.schema` turns nodes into the model and reports every problem with
its line and column.

Writing: plain data → YAML text with keys in the given order, block scalars for long and
multi-line text and unicode kept as is → atomic, durable replace of the file.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import ChangedOnDisk, LoadError, Problem, SaveError

MAX_BYTES = 10 * 1024 * 1024

try:  # libyaml's C loader is ~8x faster; the pure one is a fallback only
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_STR, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_NULL_VALUES = frozenset({"", "~", "null", "Null", "NULL"})


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader with a resolver that knows only text and null: briefer reads every
    scalar as text (numbers are parsed where the schema wants one), so the standard
    resolver's regexes for bools, ints, floats and dates would be wasted work — and could
    never turn ``NO`` or ``2026-01-02`` into anything but text here. Explicit tags are kept
    as written, so the schema can still reject them."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return _NULL if implicit[0] and value in _NULL_VALUES else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


_TAG = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(
    _TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
# Where an anchor or alias could start: start of a value or a flow item.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file looked like when it was read: to notice changes made by others."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> FileStamp:
        st = os.stat(path)
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())


class Document:
    """A parsed file: its path, text lines (for quoting) and its root node."""

    __slots__ = ("path", "text", "root", "_lines")

    def __init__(self, path: str, text: str, root: yaml.Node | None):
        self.path = path
        self.text = text
        self.root = root
        self._lines: list[str] | None = None

    def line(self, n: int) -> str | None:
        if self._lines is None:
            self._lines = self.text.splitlines()
        return self._lines[n - 1] if 0 < n <= len(self._lines) else None

    def problem(self, node_or_mark: Any, message: str) -> Problem:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        return Problem(self.path, line, col, message, self.line(line))


def read_bytes(path: Path) -> bytes:
    """Read a file with the size cap; errors are LoadErrors naming the file."""
    name = str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise LoadError([Problem(name, 1, 1, f"file is {size:,} bytes; the limit is 10 MiB")])
        with open(path, "rb") as f:
            return f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LoadError([Problem(name, 1, 1, "no such file")]) from None
    except IsADirectoryError:
        raise LoadError([Problem(name, 1, 1, "is a folder, not a file")]) from None
    except OSError as e:
        raise LoadError([Problem(name, 1, 1, f"cannot read: {e.strerror or e}")]) from None


def decode(data: bytes, name: str) -> str:
    """UTF-8 with or without BOM; anything else is a clear 'save as UTF-8' error."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(data) >= 2 and (data[0] == 0 or data[1] == 0)
    ):
        raise LoadError([Problem(name, 1, 1, "file is UTF-16 encoded; save it as UTF-8")])
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = e.start - (before.rfind(b"\n") + 1) + 1
        text_line = data.splitlines()[line - 1].decode("utf-8", "replace")
        raise LoadError(
            [
                Problem(
                    name,
                    line,
                    col,
                    f"byte 0x{data[e.start]:02x} is not valid UTF-8; save the file as UTF-8",
                    text_line,
                )
            ]
        ) from None


def compose(text: str, name: str) -> Document:
    """Parse YAML text into a node tree, safely. Raises LoadError."""
    doc = Document(name, text, None)
    if ("&" in text or "*" in text) and _MAYBE_ANCHOR.search(text):
        _reject_anchors(doc)
    try:
        doc.root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        message = e.problem or str(e)
        if mark is not None and _char_at(text, mark) == "\t":
            message = "tab character: YAML indentation must use spaces"
        elif e.context and "expected a single document" in e.context:
            message = "more than one YAML document ('---'); a file holds one"
        raise LoadError([doc.problem(mark, message)]) from None
    except yaml.YAMLError as e:  # pragma: no cover - libyaml always gives marks
        raise LoadError([Problem(name, 1, 1, f"not valid YAML: {e}")]) from None
    return doc


def _char_at(text: str, mark: Any) -> str:
    lines = text.split("\n")
    if mark.line < len(lines) and mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return ""


def _reject_anchors(doc: Document) -> None:
    problems = []
    try:
        for event in yaml.parse(doc.text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                problems.append(
                    doc.problem(
                        event,
                        f"alias *{event.anchor}: aliases are not allowed; write the value out",
                    )
                )
            elif getattr(event, "anchor", None):
                problems.append(
                    doc.problem(event, f"anchor &{event.anchor}: anchors are not allowed")
                )
            if len(problems) >= 5:
                break
    except yaml.YAMLError:
        return  # compose reports the syntax error with its position
    if problems:
        raise LoadError(problems)


def load_document(path: Path | str) -> tuple[Document, bytes]:
    """Read, decode and compose one file."""
    path = Path(path)
    data = read_bytes(path)
    if len(data) > MAX_BYTES:
        raise LoadError([Problem(str(path), 1, 1, "file is over the 10 MiB limit")])
    return compose(decode(data, str(path)), str(path)), data


# ---------------------------------------------------------------- writing


class FlowList(list):
    """A list written on one line: ``[a, b]``."""


class _Dumper(yaml.SafeDumper):
    """The pure emitter (files are small): it lets list items be indented under their key,
    the way people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


# Characters YAML reads as line breaks, or that plain and block styles cannot carry.
_NEEDS_ESCAPE = re.compile("[\r\x85\u2028\u2029\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _represent_str(dumper: yaml.BaseDumper, text: str) -> yaml.Node:
    style = None
    if _NEEDS_ESCAPE.search(text) or (
        text and dumper.resolve(yaml.ScalarNode, text, (True, False)) != _TAG + "str"
    ):
        style = '"'  # escapes, and values YAML would read as non-text: "2026-11-20", "NO"
    elif "\n" in text.rstrip("\n") or (text.endswith("\n") and len(text) > 1):
        style = "|"
    elif len(text) > 80:
        style = ">"
    return dumper.represent_scalar(_TAG + "str", text, style=style)


def _represent_flow(dumper: yaml.BaseDumper, items: FlowList) -> yaml.Node:
    return dumper.represent_sequence(_TAG + "seq", items, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(FlowList, _represent_flow)


def dump(data: dict[str, Any]) -> str:
    """Stable, human-friendly YAML: keys in the given order, unicode unescaped."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=88,
        indent=2,
    )


def atomic_write(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that the old or the new file exists whole at
    every instant, and the new one survives a crash once this returns. Raises SaveError
    and leaves the original byte-identical when anything fails."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise SaveError(path, e.strerror or str(e)) from None
    if mode is not None and not mode & 0o222:
        raise SaveError(path, "the file is read-only")
    try:
        folder_mode = os.stat(folder).st_mode
    except FileNotFoundError:
        raise SaveError(path, f"the folder {folder} no longer exists") from None
    if not folder_mode & 0o222:
        raise SaveError(path, f"the folder {folder} is read-only")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        raise SaveError(path, e.strerror or str(e)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_checked(path: Path | str, text: str, expected: FileStamp | None) -> FileStamp:
    """Write ``text`` unless the file changed since ``expected`` was taken (then raise
    ChangedOnDisk). ``expected=None`` means a new file: an existing one is not replaced."""
    path = Path(path)
    check_unchanged(path, expected)
    data = text.encode("utf-8")
    atomic_write(path, data)
    return FileStamp.of(path, data)


def check_unchanged(path: Path, expected: FileStamp | None) -> None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if expected is not None:
            raise ChangedOnDisk(path, "it was deleted or moved since it was read") from None
        return
    if expected is None:
        raise ChangedOnDisk(path, "a file of that name already exists")
    if st.st_mtime_ns == expected.mtime_ns and st.st_size == expected.size:
        return
    try:
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
    except OSError as e:
        raise SaveError(path, e.strerror or str(e)) from None
    if digest != expected.sha256:
        raise ChangedOnDisk(path)
