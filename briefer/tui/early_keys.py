"""Keys typed while briefer is starting: held until the workspace is loaded, so they
never reach a binding (typing ``/zebrafinch`` at once used to open the BLUF editor through
its ``b``); once loaded, a leading ``/`` puts the rest in the library filter, other keys
are dropped, and the user is told. ctrl+q and ctrl+c work at all times."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from .host import Host


class EarlyKeys:
    """The keys held for the app until its workspace is loaded."""

    def __init__(self) -> None:
        # keys typed before the workspace is loaded (None once it is; see hold)
        self.keys: list[events.Key] | None = []

    def hold(self, event: events.Event) -> bool:
        """Keep ``event`` when it is a key typed before the load (True: it is held)."""
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            and self.keys is not None
            and event.key not in ("ctrl+q", "ctrl+c")
        ):
            self.keys.append(event)
            return True
        return False

    def release(self, app: Host) -> None:
        """The workspace is loaded (or failed): what was typed goes to the filter, or is
        said to be ignored; keys are not held any more."""
        keys, self.keys = self.keys or [], None
        if not keys:
            return
        if keys[0].key == "slash" and app.session is not None:
            text = "".join(k.character or "" for k in keys[1:] if k.is_printable)
            box = app.main_screen.query_one("#filter", Input)
            box.focus()
            box.insert_text_at_cursor(text)
            return
        n = len(keys)
        app.notify(
            f"{n} key{'s' if n != 1 else ''} typed while briefer was starting "
            f"{'were' if n != 1 else 'was'} ignored.",
            timeout=4,
        )
