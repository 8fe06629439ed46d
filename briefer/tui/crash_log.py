"""The safety net's log: the traceback of an internal error, appended to ``crash.log`` in
briefer's cache folder rather than shown in the terminal; messages say where it went."""

from __future__ import annotations

import traceback

from .. import paths


def log_crash(text: str) -> str:
    """Append ``text`` to the crash log; where it went, for a message ("details in …")."""
    log = paths.cache_dir() / "crash.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as f:
            f.write(text)
        return f"details in {log}"
    except OSError:
        return "no log could be written"


def log_error(error: BaseException) -> str:
    """``error``'s traceback, to the crash log (see ``log_crash``)."""
    return log_crash("".join(traceback.format_exception(error)))
