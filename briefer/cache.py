"""The workspace cache file: what a scan of ``sources/`` found, in a compact format.

A warm start reads this file instead of parsing 5,000 notes. The format is ``marshal`` of
plain tuples (each dataclass as the tuple of its fields, in field order), not a pickle of
the objects: writing it is about 3x faster than pickling 80,000 dataclasses (it is written
on a cold load, so that counted), reading it a little faster, and it holds no code
references. What guards it:

- a header: magic, a CRC-32 of the payload (a torn or corrupt file is refused), the Python
  version (marshal's format may change between versions) and the model's field names per
  class (a field added or moved means the tuples no longer fit: refused);
- any error while reading or rebuilding means "no cache": the caller parses again. A cache
  is only a cache.

Values that marshal cannot hold (a future field of a type it does not know) make the writer
fall back to pickling those entries one by one, so the cache never silently stops working.
"""

from __future__ import annotations

import gc
import marshal
import operator
import pickle
import sys
import zlib
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from . import model as m
from .errors import Problem, ProblemList

MAGIC = b"briefer-cache-1\n"
_SOURCE, _PROBLEMS, _PICKLED = 0, 1, 2

_ITEM_CLASSES: tuple[type, ...] = (m.Take, m.Quote, m.Figure)
_NAMES = {cls: tuple(f.name for f in fields(cls)) for cls in (m.Source, *_ITEM_CLASSES, Problem)}
_GET: dict[type, Callable[[Any], tuple[Any, ...]]] = {
    cls: operator.attrgetter(*names) for cls, names in _NAMES.items()
}
_LISTS = tuple(_NAMES[m.Source].index(n) for n in ("takes", "quotes", "figures"))
_SIGNATURE = (sys.version, tuple(_NAMES.values()))
# Rows are rebuilt as cls(*fields): only if every field is an __init__ argument (a future
# init=False field makes every entry a pickle instead: slower, still correct).
_TUPLES_FIT = all(f.init for cls in _NAMES for f in fields(cls))


def _encode_source(source: m.Source) -> list[Any]:
    row = list(_GET[m.Source](source))
    for at, cls in zip(_LISTS, _ITEM_CLASSES, strict=True):
        get = _GET[cls]
        row[at] = [get(item) for item in row[at]]
    return row


def _decode_source(row: list[Any]) -> m.Source:
    for at, cls in zip(_LISTS, _ITEM_CLASSES, strict=True):
        row[at] = [cls(*item) for item in row[at]]
    return m.Source(*row)


def _encode(result: object) -> tuple[int, Any]:
    if not _TUPLES_FIT:
        return _PICKLED, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    if type(result) is m.Source:
        return _SOURCE, _encode_source(result)
    if isinstance(result, list) and all(type(p) is Problem for p in result):
        get = _GET[Problem]
        return _PROBLEMS, ([get(p) for p in result], getattr(result, "dropped", 0))
    return _PICKLED, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _decode(kind: int, data: Any) -> object:
    if kind == _SOURCE:
        return _decode_source(data)
    if kind == _PROBLEMS:
        rows, dropped = data
        problems = ProblemList()
        list.extend(problems, [Problem(*row) for row in rows])
        problems.dropped = dropped
        return problems
    if kind == _PICKLED:
        return pickle.loads(data)
    raise ValueError(f"unknown cache entry kind {kind}")


def dumps(entries: dict[str, tuple[Any, Any, object]]) -> bytes:
    """The cache file's bytes for ``{file name: (key, digest, parse result)}``; ValueError
    when something in them can be neither marshalled nor pickled. Without cyclic GC: the
    rows are ~100,000 new tuples and lists and no cycles, and the collections their
    allocation set off made writing 5,000 notes' cache ~0.27 s instead of ~0.18 s (a
    load already runs without GC; refreshing the library after a change did not; #18)."""
    if not gc.isenabled():
        return _dumps(entries)
    gc.disable()
    try:
        return _dumps(entries)
    finally:
        gc.enable()


def _dumps(entries: dict[str, tuple[Any, Any, object]]) -> bytes:
    rows = [
        (name, key, digest, *_encode(result)) for name, (key, digest, result) in entries.items()
    ]
    try:
        payload = marshal.dumps((_SIGNATURE, rows))
    except ValueError:  # a value marshal cannot hold: pickle each entry instead
        try:
            rows = [
                (name, key, digest, _PICKLED, pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
                for name, (key, digest, result) in entries.items()
            ]
        except Exception as e:  # noqa: BLE001 - nothing to cache then; the caller goes on
            raise ValueError(f"cannot be cached: {type(e).__name__}: {e}") from None
        payload = marshal.dumps((_SIGNATURE, rows))
    return MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def loads(data: bytes) -> dict[str, tuple[Any, Any, object]]:
    """The entries of a cache file; ValueError when it is not one this code wrote (corrupt,
    torn, another version of Python or of the model)."""
    head = len(MAGIC) + 4
    if not data.startswith(MAGIC) or len(data) < head:
        raise ValueError("not a briefer cache file")
    payload = memoryview(data)[head:]
    if zlib.crc32(payload) != int.from_bytes(data[len(MAGIC) : head], "big"):
        raise ValueError("cache file is corrupt (checksum)")
    signature, rows = marshal.loads(payload)
    if signature != _SIGNATURE:
        raise ValueError("cache file written by another version")
    out: dict[str, tuple[Any, Any, object]] = {}
    for name, key, digest, kind, result in rows:
        out[name] = (key, digest, _decode(kind, result))
    return out
