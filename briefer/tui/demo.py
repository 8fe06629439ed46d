"""``briefer --demo``: a temporary copy of the sample workspace, removed when the app exits
unless the user changed something in it (then its path is printed, on stderr, after the
terminal is restored)."""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from .. import paths

Manifest = dict[str, str]  # relative path → sha256 of the content


def manifest(folder: Path) -> Manifest:
    """Every file under ``folder`` with a digest of its content."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make_copy() -> tuple[Path, Manifest]:
    """A fresh copy of the sample workspace (``…/briefer-demo-XXXX/briefs``) and what is in
    it, to tell at exit whether the user changed anything."""
    folder = Path(tempfile.mkdtemp(prefix="briefer-demo-")) / "briefs"
    shutil.copytree(paths.sample_workspace(), folder, ignore=shutil.ignore_patterns("exports"))
    return folder, manifest(folder)


def changed(folder: Path, before: Manifest) -> list[str]:
    """Files added, removed or changed since ``before`` (an edit undone to the original
    content counts as unchanged)."""
    try:
        now = manifest(folder)
    except OSError:
        return ["(the folder cannot be read)"]
    return sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))


def finish(folder: Path, before: Manifest, err: TextIO | None = None) -> bool:
    """At exit: remove the demo copy when nothing in it changed (True), else keep it and
    say where it is and what changed (False)."""
    err = err if err is not None else sys.stderr
    if not folder.exists():
        return True
    work = changed(folder, before)
    if not work:
        shutil.rmtree(folder.parent, ignore_errors=True)  # the mkdtemp folder
        if not folder.parent.exists():
            return True
        print(f"briefer: the demo folder could not be removed: {folder.parent}", file=err)
        return False
    shown = ", ".join(work[:5]) + (f" and {len(work) - 5} more" if len(work) > 5 else "")
    print(
        f"briefer: the demo workspace was kept because you changed files in it "
        f"({shown}):\n  {folder}",
        file=err,
    )
    return False
