"""A workspace: a folder of source notes, briefs and settings, loaded, cached and indexed.

One bad file never stops the rest from loading: its problems are kept in ``errors``.
Parsed sources are cached (pickle in the user cache dir) keyed by path, mtime and size,
so a warm start only stats the files.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import model as m
from . import paths
from .errors import BrieferError, LoadError, Problem
from .schema import load_settings, source_from_doc
from .search import SearchIndex
from .yamlio import atomic_write, compose, decode, read_bytes

SETTINGS_FILE = "briefer.yaml"
SOURCES_DIR = "sources"
BRIEF_SUFFIX = ".brief.yaml"
DEFAULT_STALE_DAYS = 180


class NotAWorkspace(BrieferError):
    pass


def is_workspace(folder: Path) -> bool:
    return folder.is_dir() and (
        (folder / SOURCES_DIR).is_dir()
        or (folder / SETTINGS_FILE).is_file()
        or any(folder.glob("*" + BRIEF_SUFFIX))
    )


def find_workspace(path: Path | str) -> Path:
    """The workspace folder for ``path``: the folder itself, or a brief file's folder."""
    p = Path(path)
    if p.is_file() and p.name.endswith(BRIEF_SUFFIX):
        return p.parent
    if not p.exists():
        raise NotAWorkspace(f"{p}: no such file or folder")
    if not is_workspace(p):
        raise NotAWorkspace(
            f"{p}: not a briefer workspace (no {SOURCES_DIR}/ folder, no *{BRIEF_SUFFIX} "
            f"and no {SETTINGS_FILE})"
        )
    return p


@dataclass(slots=True)
class Hit:
    """One item of the library, with its source."""

    source: m.Source
    item: m.Item

    @property
    def ref(self) -> str:
        return f"{self.source.id}/{self.item.id}"


@dataclass
class Workspace:
    root: Path
    settings: m.Settings = field(default_factory=m.Settings)
    sources: dict[str, m.Source] = field(default_factory=dict)
    source_paths: dict[str, Path] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    _index: SearchIndex | None = None

    _settings_errors: list[Problem] = field(default_factory=list)
    _configured_stale_days: tuple[int | None] | None = None
    _settings_stamp: tuple[int, int] | None = None
    _files: dict[str, tuple[int, int, object]] = field(default_factory=dict)

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, path: Path | str, *, use_cache: bool = True) -> Workspace:
        ws = cls(find_workspace(path))
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
        before = {name: value[:2] for name, value in self._files.items()}
        self._load_sources(dict(self._files), _cache_path(self.root))
        changed = settings_changed or before != {n: v[:2] for n, v in self._files.items()}
        if changed:
            self.invalidate()
        return changed

    @staticmethod
    def _stamp(path: Path) -> tuple[int, int] | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _load_settings(self) -> None:
        path = self.root / SETTINGS_FILE
        self._settings_stamp = self._stamp(path)
        self.settings, self._settings_errors = m.Settings(), []
        if self._settings_stamp is not None:
            try:
                self.settings = load_settings(path)
            except LoadError as e:
                self._settings_errors = list(e.problems)

    def _load_sources(
        self, known: dict[str, tuple[int, int, object]], cache_path: Path | None
    ) -> None:
        """(Re)build sources and errors; files whose mtime and size match ``known`` are not
        read again."""
        self.sources, self.source_paths = {}, {}
        self.errors = list(self._settings_errors)
        with _bulk_allocation():
            fresh = self._scan(self.root / SOURCES_DIR, known)
        changed = fresh.keys() != known.keys() or any(
            known[k][:2] != v[:2] for k, v in fresh.items()
        )
        self._files = fresh
        if cache_path and changed:
            _write_cache(cache_path, fresh)

    def _scan(
        self, folder: Path, known: dict[str, tuple[int, int, object]]
    ) -> dict[str, tuple[int, int, object]]:
        fresh: dict[str, tuple[int, int, object]] = {}
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
        for entry in entries:
            try:
                st = entry.stat()
            except OSError:
                continue
            key = (st.st_mtime_ns, st.st_size)
            hit = known.get(entry.name)
            result = (
                hit[2] if hit is not None and hit[:2] == key else (_parse_source(Path(entry.path)))
            )
            fresh[entry.name] = (*key, result)
            self._add(Path(entry.path), result)
        return fresh

    def _add(self, path: Path, result: object) -> None:
        if isinstance(result, list):  # problems
            self.errors.extend(result)
            return
        assert isinstance(result, m.Source)
        if result.id in self.sources:
            line, col = result.pos.get("id", (1, 1))
            self.errors.append(
                Problem(
                    str(path),
                    line,
                    col,
                    f"source id '{result.id}' is already used by {self.source_paths[result.id]}",
                )
            )
            return
        self.sources[result.id] = result
        self.source_paths[result.id] = path

    # ------------------------------------------------------------------ briefs
    def brief_paths(self) -> list[Path]:
        """Briefs in the workspace, most recently modified first."""
        found = [p for p in self.root.glob("*" + BRIEF_SUFFIX) if p.is_file()]
        return sorted(found, key=lambda p: (-p.stat().st_mtime_ns, p.name))

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
        contain every word of ``query`` (case-insensitive), optionally of one kind."""
        index = self._search_index()
        hits = index.hits
        return [hits[i] for i in index.search(query, kind)]

    def _search_index(self) -> SearchIndex:
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


def _parse_source(path: Path) -> m.Source | list[Problem]:
    try:
        data = read_bytes(path)
        return source_from_doc(compose(decode(data, str(path)), str(path)))
    except LoadError as e:
        return e.problems


# ------------------------------------------------------------------- cache


def _code_fingerprint() -> str:
    here = Path(__file__).parent
    h = hashlib.sha1()
    for name in ("model.py", "schema.py", "yamlio.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def _cache_path(root: Path) -> Path | None:
    try:
        key = hashlib.sha1(str(root.resolve()).encode()).hexdigest()[:20]
        return paths.cache_dir() / f"ws-{key}-{_code_fingerprint()}.pickle"
    except OSError:
        return None


def _read_cache(path: Path) -> dict[str, tuple[int, int, object]]:
    """The cached parse results, or {} when absent, stale or unreadable (never fatal)."""
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)
        return data if isinstance(data, dict) else {}
    except Exception:  # a cache is only a cache: any failure means parse again
        return {}


def _write_cache(path: Path, fresh: dict[str, tuple[int, int, object]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))
    except (BrieferError, OSError):
        pass
