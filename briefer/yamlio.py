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
import errno
import hashlib
import operator
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: temp files are judged by age
    fcntl = None  # type: ignore[assignment]

from .errors import MAX_PROBLEMS, ChangedOnDisk, LoadError, Problem, SaveError
from .layout import file_kind, not_regular

MAX_BYTES = 10 * 1024 * 1024

try:  # libyaml's C loader is ~8x faster; the pure one is a fallback only
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_STR, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_NULL_VALUES = frozenset({"", "~", "null", "Null", "NULL"})


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc,unused-ignore]
    """The safe loader with a resolver that knows only text and null: briefer reads every
    scalar as text (numbers are parsed where the schema wants one), so the standard
    resolver's regexes for bools, ints, floats and dates would be wasted work — and could
    never turn ``NO`` or ``2026-01-02`` into anything but text here. Explicit tags are kept
    as written, so the schema can still reject them."""

    def resolve(
        self,
        kind: type,
        value: Any,
        implicit: Any,
        _scalar: type = yaml.ScalarNode,
        _seq: type = yaml.SequenceNode,
    ) -> str:
        if kind is _scalar:
            return _NULL if implicit[0] and value in _NULL_VALUES else _STR
        return _SEQ if kind is _seq else _MAP

    # No path-based resolvers: libyaml calls these two for every node, so they are C
    # functions that take the same arguments and do nothing of use, not Python ones
    # (~2 million calls for a large library: -0.035 s of a cold load, #18).
    descend_resolver = staticmethod(operator.is_)  # (parent, index) -> ignored bool
    ascend_resolver = staticmethod(tuple)  # () -> ()


_TAG = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(
    _TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
# Where an anchor or alias could start: start of a value or a flow item.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)
# A git merge conflict left in the file (#16: a team workspace in git).
_CONFLICT = re.compile(r"^<{7}(?: |$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file looked like when it was read: to notice changes made by others (by
    content: a same-size edit that keeps the mtime is still a change), and to write it back
    the way it was (CRLF line ends, a UTF-8 byte order mark)."""

    mtime_ns: int
    size: int
    sha256: str
    newline: str = "\n"
    bom: bool = False

    @classmethod
    def of(cls, path: Path, data: bytes) -> FileStamp:
        st = os.stat(path)
        first = data.find(b"\n")
        crlf = first > 0 and data[first - 1 : first] == b"\r"
        return cls(
            st.st_mtime_ns,
            st.st_size,
            hashlib.sha256(data).hexdigest(),
            "\r\n" if crlf else "\n",
            data.startswith(codecs.BOM_UTF8),
        )


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


def read_bytes(path: Path | str) -> bytes:
    """Read a regular file with the size cap; errors are LoadErrors naming the file. Only
    regular files are opened (a FIFO would block, a device never ends): anything else is
    a problem that says what the file is."""
    name = str(path)

    def fail(message: str) -> LoadError:
        return LoadError([Problem(name, 1, 1, message)])

    try:
        st = os.stat(path)
    except FileNotFoundError:
        why = not_regular(path)
        raise fail(f"cannot read: {why}" if why else "no such file") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise fail("cannot read: a symbolic link loop") from None
        raise fail(f"cannot read: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise fail("is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise fail(f"not a regular file ({file_kind(st.st_mode)}); not read")
    if st.st_size > MAX_BYTES:
        raise fail(f"file is {st.st_size:,} bytes; the limit is 10 MiB")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise fail(f"cannot read: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)  # what was opened, should the name have changed since the stat
        if not stat.S_ISREG(st.st_mode):
            raise fail(f"not a regular file ({file_kind(st.st_mode)}); not read")
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as e:
        raise fail(f"cannot read: {e.strerror or e}") from None
    finally:
        os.close(fd)


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


# Characters no YAML file may hold raw (YAML 1.1's non-printable set, as libyaml reads it).
_NOT_YAML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def compose(text: str, name: str) -> Document:
    """Parse YAML text into a node tree, safely. Raises LoadError."""
    doc = Document(name, text, None)
    if _NOT_YAML.search(text):
        _reject_controls(doc)
    if ("&" in text or "*" in text) and _MAYBE_ANCHOR.search(text):
        _reject_anchors(doc)
    if "<<<<<<<" in text and _CONFLICT.search(text):
        _reject_conflict(doc)
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
    except yaml.reader.ReaderError as e:  # pragma: no cover - _reject_controls comes first
        raise LoadError([_problem_at(doc, e.position, f"not valid YAML: {e.reason}")]) from None
    except yaml.YAMLError as e:  # pragma: no cover - libyaml always gives marks
        raise LoadError([Problem(name, 1, 1, f"not valid YAML: {e}")]) from None
    return doc


def _problem_at(doc: Document, offset: int, message: str) -> Problem:
    """A problem at a character offset of the text, with its real line and column."""
    line = doc.text.count("\n", 0, offset) + 1
    col = offset - (doc.text.rfind("\n", 0, offset) + 1) + 1
    return Problem(doc.path, line, col, message, doc.line(line))


def _reject_controls(doc: Document) -> None:
    """Every raw control character, at its own line and column (YAML allows none)."""
    problems = []
    for found in _NOT_YAML.finditer(doc.text):
        code = ord(found.group())
        problems.append(
            _problem_at(
                doc,
                found.start(),
                f"control character U+{code:04X} is not allowed in a YAML file; remove it, "
                f'or write it as \\u{code:04x} inside double quotes ("…")',
            )
        )
        if len(problems) > MAX_PROBLEMS:
            break
    raise LoadError(problems)


def _char_at(text: str, mark: Any) -> str:
    lines = text.split("\n")
    line: int = mark.line
    column: int = mark.column
    if line < len(lines) and column < len(lines[line]):
        return lines[line][column]
    return ""


def _reject_conflict(doc: Document) -> None:
    """Conflict markers would otherwise be read as text (inside a block scalar) or give a
    puzzling syntax error: say what they are and where."""
    match = _CONFLICT.search(doc.text)
    assert match is not None
    line = doc.text.count("\n", 0, match.start()) + 1
    raise LoadError(
        [
            Problem(
                doc.path,
                line,
                1,
                "unresolved git merge conflict: keep the lines you want and delete the"
                " <<<<<<<, ======= and >>>>>>> lines (or take one side with"
                " `git checkout --ours FILE` / `--theirs FILE`)",
                doc.line(line),
            )
        ]
    )


def _reject_anchors(doc: Document) -> None:
    problems = []
    try:
        for event in yaml.parse(doc.text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                problems.append(
                    doc.problem(
                        event,
                        f"alias *{getattr(event, 'anchor', '')}: aliases are not allowed; "
                        "write the value out",
                    )
                )
            elif getattr(event, "anchor", None):
                problems.append(
                    doc.problem(
                        event, f"anchor &{getattr(event, 'anchor', '')}: anchors are not allowed"
                    )
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


class FlowList(list[Any]):
    """A list written on one line: ``[a, b]``."""


class _Dumper(yaml.SafeDumper):
    """The pure emitter (files are small): it lets list items be indented under their key,
    the way people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


# Characters YAML reads as line breaks, or that plain and block styles cannot carry.
_NEEDS_ESCAPE = re.compile("[\r\x85\u2028\u2029\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _represent_str(dumper: Any, text: str) -> yaml.Node:
    style = None
    if _NEEDS_ESCAPE.search(text) or (
        text and dumper.resolve(yaml.ScalarNode, text, (True, False)) != _TAG + "str"
    ):
        style = '"'  # escapes, and values YAML would read as non-text: "2026-11-20", "NO"
    elif "\n" in text.rstrip("\n") or (text.endswith("\n") and len(text) > 1):
        style = "|"
    elif len(text) > 80:
        style = ">"
    node: yaml.Node = dumper.represent_scalar(_TAG + "str", text, style=style)
    return node


def _represent_flow(dumper: Any, items: FlowList) -> yaml.Node:
    node: yaml.Node = dumper.represent_sequence(_TAG + "seq", items, flow_style=True)
    return node


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(FlowList, _represent_flow)
Dumper = _Dumper  # the emitter of every file briefer writes (subclass it to watch it)


def dump(data: dict[str, Any], stream: Any = None, *, dumper: type | None = None) -> str:
    """Stable, human-friendly YAML: keys in the given order, unicode unescaped. With
    ``stream`` (anything with ``write(str)``) the text goes there and "" is returned;
    ``dumper``: a subclass of ``Dumper`` (same text; ``briefer.session`` watches it)."""
    # block style and an indent of 2 are PyYAML's defaults (default_flow_style=False, indent=2)
    text = yaml.dump(
        data, stream, Dumper=dumper or _Dumper, sort_keys=False, allow_unicode=True, width=88
    )
    return text if isinstance(text, str) else ""


TEMP_SUFFIX = ".briefer.tmp"
_TEMP = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"\Z")
# The pattern of briefer before TEMP_SUFFIX (and nobody else's files: the name of a file
# briefer writes, tempfile's 8 random characters, ".tmp").
_OLD_TEMP = re.compile(r"\..+\.(?:ya?ml|md|html|typ|pdf|pickle)\.[a-z0-9_]{8}\.tmp\Z")
STALE_SECONDS = 60


def write_target(path: Path | str) -> Path:
    """The file a save of ``path`` replaces: ``path`` itself, or for a symbolic link the
    file it points to (the link stays a link). SaveError for a dangling link or a loop."""
    path = Path(path)
    if not os.path.islink(path):
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        raise SaveError(
            path, f"it is a symbolic link to {os.readlink(path)}, which does not exist"
        ) from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise SaveError(path, "it is a symbolic link loop") from None
        raise SaveError(path, e.strerror or str(e)) from None


def atomic_write(path: Path | str, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so that the old or the new file exists whole at
    every instant, and the new one survives a crash once this returns. Raises SaveError
    and leaves the original byte-identical when anything fails. ``durable=False`` skips the
    two fsyncs (the file's and its folder's): for a cache, which a crash may lose or leave
    old but never torn, and whose fsync of ~13 MB cost a cold load up to 0.1 s (#18).

    A symbolic link is written through (its target is replaced, the link stays); anything
    but a regular file or a new name (a device, a FIFO, a folder) is refused. The file
    keeps its mode, and its owner and group when root saves it. The temp file beside it
    (``.NAME.XXXXXXXX.briefer.tmp``) is locked while written, so
    :func:`remove_stale_temps` can tell a killed save's leftover from a live one."""
    path = write_target(path)
    folder = path.parent  # Path("name").parent is Path("."): never empty
    try:
        old: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        old = None
    except OSError as e:
        raise SaveError(path, e.strerror or str(e)) from None
    if old is not None and not stat.S_ISREG(old.st_mode):
        raise SaveError(
            path,
            f"it is not a regular file ({file_kind(old.st_mode)}); "
            "briefer replaces only regular files",
        )
    mode = stat.S_IMODE(old.st_mode) if old is not None else None
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
        fd, tmp = _locked_temp(path, folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
            if mode is None:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(tmp, mode)
            if old is not None:
                _keep_owner(tmp, old)
            os.replace(tmp, path)  # while locked: a cleaner never sees it unlocked
            tmp = None
    except OSError as e:
        raise SaveError(path, e.strerror or str(e)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    if durable:
        _fsync_dir(folder)


def _locked_temp(path: Path, folder: Path) -> tuple[int, str]:
    """A new temp file beside ``path``, locked (flock) for as long as it is open."""
    stem = os.fsencode(path.name)[:160].decode("utf-8", "ignore") or "file"
    for _attempt in range(100):
        fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=TEMP_SUFFIX, dir=folder)
        if fcntl is None:
            return fd, tmp
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                return fd, tmp  # no locks here (some network file systems): age decides
            os.close(fd)  # a cleaner holds it and is removing it: take another name
            continue
        if os.fstat(fd).st_nlink:
            return fd, tmp
        os.close(fd)  # a cleaner removed it between mkstemp and flock
    raise OSError(errno.EEXIST, "no temp file could be made beside it")


def _keep_owner(tmp: str, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group (only root can give it away; a
    user can still keep a group they belong to)."""
    if not hasattr(os, "chown"):
        return
    if os.geteuid() == 0:
        os.chown(tmp, old.st_uid, old.st_gid)
        return
    try:
        os.chown(tmp, -1, old.st_gid)
    except OSError:
        pass


def remove_stale_temps(folder: Path | str, now: float | None = None) -> list[Path]:
    """Remove the temp files that killed saves left in ``folder``: briefer's own pattern
    only, and only when no live save holds them (their lock is free) and — for names of
    the older, lockless pattern, or where locks do not work — when older than a minute.
    Returns what was removed; never raises."""
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = [
            e for e in os.scandir(folder) if e.name.startswith(".") and e.name.endswith(".tmp")
        ]
    except OSError:
        return removed
    for entry in entries:
        locked_kind = bool(_TEMP.match(entry.name))
        if not locked_kind and not _OLD_TEMP.match(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        old_enough = now - st.st_mtime >= STALE_SECONDS
        if _remove_if_unlocked(entry.path, may_skip_lock=old_enough, young_ok=locked_kind):
            removed.append(Path(entry.path))
    return removed


def _remove_if_unlocked(path: str, *, may_skip_lock: bool, young_ok: bool) -> bool:
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
    except OSError:
        return False
    try:
        lockable = fcntl is not None
        if lockable:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    return False  # a save is writing it right now
                lockable = False
        if not may_skip_lock and not (lockable and young_ok):
            return False
        os.unlink(path)  # still holding the lock: a writer that races us takes a new name
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


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
    ChangedOnDisk). ``expected=None`` means a new file: an existing one is not replaced.
    The file keeps the line ends and byte order mark it had when ``expected`` was taken."""
    path = Path(path)
    check_unchanged(path, expected)
    if expected is not None and expected.newline == "\r\n":
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if expected is not None and expected.bom:
        data = codecs.BOM_UTF8 + data
    atomic_write(path, data)
    return FileStamp.of(path, data)


def check_unchanged(path: Path, expected: FileStamp | None) -> None:
    """ChangedOnDisk unless the file holds exactly the bytes ``expected`` was taken of.
    The content is compared every time: a same-size edit on a file system with coarse
    timestamps, or a ``touch -r``, keeps mtime and size."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise SaveError(path, "it is a symbolic link to a file that does not exist") from None
        if expected is not None:
            raise ChangedOnDisk(path, "it was deleted or moved since it was read") from None
        return
    except OSError as e:
        raise SaveError(path, e.strerror or str(e)) from None
    if expected is None:
        raise ChangedOnDisk(path, "a file of that name already exists")
    if not stat.S_ISREG(st.st_mode):
        raise SaveError(path, f"it is not a regular file ({file_kind(st.st_mode)})")
    if st.st_size != expected.size:
        raise ChangedOnDisk(path)
    try:
        digest = hashlib.sha256(read_bytes(path)).hexdigest()
    except LoadError as e:
        raise SaveError(path, e.problems[0].message) from None
    if digest != expected.sha256:
        raise ChangedOnDisk(path)
