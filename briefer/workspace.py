"""A workspace: a folder of source notes, briefs and settings, loaded, cached and indexed.

One bad file never stops the rest from loading: its problems are kept in ``errors``.
Parsed sources are cached (:mod:`briefer.cache`, in the user cache dir) keyed by path,
mtime, size, ctime and inode, so a warm start only stats the files; a file that changed
within two seconds of being read is checked by content the next time (an edit that keeps all
four, on a file system with coarse timestamps, is still seen). Only regular files are read:
a FIFO, a device, a symbolic link loop or a dangling link in ``sources/`` is a problem of its
own.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import cache as cache_file
from . import model as m
from . import paths
from .errors import BrieferError, LoadError, Problem
from .layout import BRIEF_SUFFIX as BRIEF_SUFFIX  # these names lived here before #18
from .layout import SETTINGS_FILE as SETTINGS_FILE
from .layout import SOURCES_DIR as SOURCES_DIR
from .layout import NotAWorkspace as NotAWorkspace
from .layout import find_workspace as find_workspace
from .layout import is_workspace as is_workspace
from .layout import not_regular
from .model import Hit as Hit
from .schema import load_settings, source_from_doc
from .search import SearchIndex
from .yamlio import atomic_write, compose, decode, read_bytes, remove_stale_temps

DEFAULT_STALE_DAYS = 180
EXPORTS_DIR = "exports"
RACY_NS = 2_000_000_000  # a file changed this close to being read is re-checked by content

# What the scan remembers of a file: (mtime_ns, size, ctime_ns, inode), the SHA-1 of its
# bytes when it was "racy" (changed within RACY_NS of the scan: check content next time,
# else None), and the parse result (a Source or its problems).
FileKey = tuple[int, int, int, int]
Scanned = tuple[FileKey | None, str | None, object]


@dataclass
class Workspace:
    root: Path
    settings: m.Settings = field(default_factory=m.Settings)
    sources: dict[str, m.Source] = field(default_factory=dict)
    source_paths: dict[str, Path] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    _index: SearchIndex[Hit] | None = None

    _settings_errors: list[Problem] = field(default_factory=list)
    _configured_stale_days: tuple[int | None] | None = None
    _settings_stamp: tuple[FileKey, str] | None = None
    _files: dict[str, Scanned] = field(default_factory=dict)

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, path: Path | str, *, use_cache: bool = True) -> Workspace:
        ws = cls(find_workspace(path))
        ws.remove_stale_temps()
        ws._load_settings()
        with _bulk_allocation():
            cache_path = _cache_path(ws.root) if use_cache else None
            cached = _read_cache(cache_path) if cache_path else {}
            ws._load_sources(cached, cache_path)
        return ws

    def refresh(self) -> bool:
        """Pick up source notes and settings changed on disk since loading (only changed
        files are read again). True when anything changed."""
        settings_changed = self._stamp(self.root / SETTINGS_FILE) != self._settings_stamp
        self._configured_stale_days = None  # the user's config may have changed too
        if settings_changed:
            self._load_settings()
        before = {name: value[2] for name, value in self._files.items()}
        self._load_sources(dict(self._files), _cache_path(self.root))
        after = {name: value[2] for name, value in self._files.items()}
        changed = (
            settings_changed
            or before.keys() != after.keys()
            or any(after[n] is not before[n] for n in after)
        )
        if changed:
            self.invalidate()
        return changed

    @staticmethod
    def _stamp(path: Path) -> tuple[FileKey, str] | None:
        """The settings file's key and content hash (it is small: read on every refresh)."""
        key = _key(path)
        if key is None:
            return None
        try:
            return key, hashlib.sha1(read_bytes(path)).hexdigest()
        except LoadError as e:
            return key, e.problems[0].message

    def remove_stale_temps(self) -> list[Path]:
        """Remove temp files that killed saves left (briefer's own pattern, no live save
        holding them; see :func:`briefer.yamlio.remove_stale_temps`)."""
        removed = []
        for folder in (self.root, self.root / SOURCES_DIR, self.root / EXPORTS_DIR):
            removed += remove_stale_temps(folder)
        return removed

    def _load_settings(self) -> None:
        path = self.root / SETTINGS_FILE
        self._settings_stamp = self._stamp(path)
        self.settings, self._settings_errors = m.Settings(), []
        if self._settings_stamp is not None:
            try:
                self.settings = load_settings(path)
            except LoadError as e:
                self._settings_errors = list(e.problems)

    def _load_sources(self, known: dict[str, Scanned], cache_path: Path | None) -> None:
        """(Re)build sources and errors; files whose key matches ``known`` (and, for racy
        ones, whose content does) are not parsed again."""
        self.sources, self.source_paths = {}, {}
        self.errors = list(self._settings_errors)
        with _bulk_allocation():
            fresh = self._scan(self.root / SOURCES_DIR, known)
        changed = fresh.keys() != known.keys() or any(
            known[k][:2] != v[:2] for k, v in fresh.items()
        )
        self._files = fresh
        self._add_all(fresh)
        self.errors.extend(self._special_briefs())
        if cache_path and changed:
            _write_cache(cache_path, fresh)

    def _scan(self, folder: Path, known: dict[str, Scanned]) -> dict[str, Scanned]:
        fresh: dict[str, Scanned] = {}
        try:
            entries = sorted(
                (
                    e
                    for e in os.scandir(folder)
                    if e.name.endswith((".yaml", ".yml")) and not e.name.startswith(".")
                ),
                key=lambda e: e.name,
            )
        except FileNotFoundError:
            return fresh
        except OSError as e:
            self.errors.append(Problem(str(folder), 1, 1, f"cannot read folder: {e.strerror}"))
            return fresh
        now = time.time_ns()
        for entry in entries:
            try:
                st = entry.stat()
            except OSError:  # a dangling link or a loop: read_bytes says which
                fresh[entry.name] = (None, None, _parse_source(entry.path))
                continue
            key = (st.st_mtime_ns, st.st_size, st.st_ctime_ns, st.st_ino)
            racy = now - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS
            hit = known.get(entry.name)
            if hit is not None and hit[0] == key:
                if hit[1] is None:
                    fresh[entry.name] = hit  # the warm path: no Path object (5,000: ~25 ms)
                    continue
            path = entry.path  # a str: 5,000 Path objects were ~0.02 s of a cold load
            if hit is not None and hit[0] == key:
                digest = _digest(path)  # racy when read: the content decides
                if digest == hit[1]:
                    fresh[entry.name] = (key, digest if racy else None, hit[2])
                    continue
            digest = _digest(path) if racy else None
            fresh[entry.name] = (key, digest, _parse_source(path))
        return fresh

    def _add_all(self, fresh: dict[str, Scanned]) -> None:
        """Sources and problems of a scan. Two notes with the same id are both reported and
        neither is loaded under it (which one a brief cites would depend on file names)."""
        folder = self.root / SOURCES_DIR
        by_id: dict[str, list[tuple[Path, m.Source]]] = {}
        for name, scanned in fresh.items():
            result = scanned[2]
            if isinstance(result, list):  # problems
                self.errors.extend(result)
            elif isinstance(result, m.Source):
                by_id.setdefault(result.id, []).append((folder / name, result))
        for source_id, found in by_id.items():
            if len(found) == 1:
                path, source = found[0]
                self.sources[source_id] = source
                self.source_paths[source_id] = path
                continue
            for path, source in found:
                line, col = source.pos.get("id", (1, 1))
                others = ", ".join(str(p) for p, _ in found if p != path)
                self.errors.append(
                    Problem(
                        str(path),
                        line,
                        col,
                        f"source id '{source_id}' is also used by {others}; neither note is "
                        "loaded until each has its own id",
                    )
                )

    def _special_briefs(self) -> list[Problem]:
        """A ``*.brief.yaml`` that is not a regular file (a FIFO, a device, a dangling link,
        a link loop) is reported, never opened."""
        problems: list[Problem] = []
        try:
            entries = [e for e in os.scandir(self.root) if e.name.endswith(BRIEF_SUFFIX)]
        except OSError:
            return problems
        for entry in sorted(entries, key=lambda e: e.name):
            why = not_regular(entry.path)
            if why is not None:
                problems.append(Problem(entry.path, 1, 1, f"not a regular file ({why}); not read"))
        return problems

    # ------------------------------------------------------------------ briefs
    def brief_paths(self) -> list[Path]:
        """Briefs in the workspace, most recently modified first."""
        found = []
        for p in self.root.glob("*" + BRIEF_SUFFIX):
            try:
                st = p.stat()
            except OSError:  # gone meanwhile, a dangling link, a loop: _special_briefs
                continue
            if stat.S_ISREG(st.st_mode):
                found.append((-st.st_mtime_ns, p.name, p))
        return [p for _mtime, _name, p in sorted(found)]

    @property
    def stale_days(self) -> int:
        """The workspace's ``stale_days``, else the user's configured one, else 180."""
        if self.settings.stale_days is not None:
            return self.settings.stale_days
        if self._configured_stale_days is None:  # read the user's config once, not per check
            from .config import load as load_config

            self._configured_stale_days = (load_config()[0].stale_days,)
        configured = self._configured_stale_days[0]
        return configured if configured is not None else DEFAULT_STALE_DAYS

    # ------------------------------------------------------------------- items
    def resolve(self, ref: m.Ref | str) -> Hit | None:
        if isinstance(ref, str):
            try:
                ref = m.Ref.parse(ref)
            except ValueError:
                return None
        src = self.sources.get(ref.source)
        item = src.item(ref.item) if src else None
        return Hit(src, item) if src and item else None

    def hits(self) -> list[Hit]:
        return self._search_index().hits

    def search(self, query: str = "", kind: str | None = None) -> list[Hit]:
        """Items whose text, speaker, role, subject, unit, attribution, source title or tags
        contain every word of ``query`` (case-insensitive), optionally of one kind; ranked:
        the items that match by their own text first, note-level matches last (see
        ``search_split``)."""
        own, note = self.search_split(query, kind)
        return own + note

    def search_split(self, query: str = "", kind: str | None = None) -> tuple[list[Hit], list[Hit]]:
        """``search`` in two lists: items matching by their own text (those holding every
        word first), and items whose own text holds none of the words: they match only
        because their note's title, id or tags do (``briefer.search`` ranks them)."""
        index = self._search_index()
        hits = index.hits
        own, note = index.ranked(query, kind)
        return [hits[i] for i in own], [hits[i] for i in note]

    def _search_index(self) -> SearchIndex[Hit]:
        if self._index is None:
            self._index = SearchIndex(
                Hit(src, it) for src in self.sources.values() for it in src.items()
            )
        return self._index

    def invalidate(self) -> None:
        """Forget the search index (after sources were added, changed or removed)."""
        self._index = None


@contextmanager
def _bulk_allocation() -> Iterator[None]:
    """Loading makes ~10 long-lived objects per line of YAML and no garbage. Cyclic GC
    passes over them (during the load, and again at the first collection after it) cost
    more than the load itself, so: no GC while loading, then the new objects are frozen
    (left out of future collections; reference counting still frees them)."""
    if not gc.isenabled():  # nested, or the caller manages GC
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _parse_source(path: str) -> m.Source | list[Problem]:
    try:
        data = read_bytes(path)
        return source_from_doc(compose(decode(data, path), path))
    except LoadError as e:
        return e.problems
    except (RecursionError, MemoryError, ValueError) as e:  # one file never stops the rest
        return [Problem(path, 1, 1, f"cannot be read: {type(e).__name__}: {e}")]


def _key(path: Path) -> FileKey | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ctime_ns, st.st_ino)


def _digest(path: Path | str) -> str | None:
    try:
        return hashlib.sha1(read_bytes(path)).hexdigest()
    except LoadError:
        return None


# ------------------------------------------------------------------- cache


def _code_fingerprint() -> str:
    here = Path(__file__).parent
    h = hashlib.sha1()
    for name in ("model.py", "schema.py", "walk.py", "yamlio.py", "workspace.py", "cache.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def _cache_path(root: Path) -> Path | None:
    try:
        key = hashlib.sha1(str(root.resolve()).encode()).hexdigest()[:20]
        return paths.cache_dir() / f"ws-{key}-{_code_fingerprint()}.cache"
    except OSError:
        return None


def _read_cache(path: Path) -> dict[str, Scanned]:
    """The cached parse results, or {} when absent, stale or unreadable (never fatal)."""
    try:
        with open(path, "rb") as f:
            return cache_file.loads(f.read())
    except Exception:  # a cache is only a cache: any failure means parse again
        return {}


def _write_cache(path: Path, fresh: dict[str, Scanned]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path.parent)  # of cache writes that were killed
        atomic_write(path, cache_file.dumps(fresh), durable=False)  # a cache
    except (BrieferError, OSError, ValueError):
        return
    # The same workspace's caches of other code versions (and the old pickles) are never
    # read again: ~15 MB each for 5,000 notes, one per upgrade, unless removed here.
    workspace_key = path.name.rsplit("-", 1)[0]  # ws-<hash of the folder>
    for old in path.parent.glob(f"{workspace_key}-*"):
        if old.name != path.name and old.suffix in (".cache", ".pickle"):
            try:
                old.unlink()
            except OSError:
                pass
