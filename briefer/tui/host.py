"""What the app's helpers share: ``Host``, what they use of the app; ``ready_session``, the
check most actions start with; ``problems_text``, problems as a notification says them.

The helpers (crash recovery, the checks, brief files, preview and export, editions,
import, the disk, themes, the palette, keys typed while starting) are plain classes and
functions the app holds or calls. They see the app as a ``Host``: the few Textual ``App``
methods they call and briefer's state on it. A Protocol, not the app's class: only the
entry point imports ``tui/app.py`` (tests/tui/test_structure.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..textutil import visible

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.notifications import SeverityLevel
    from textual.screen import Screen, ScreenResultCallbackType
    from textual.theme import Theme
    from textual.worker import Worker

    from .. import model as m
    from ..errors import Problem
    from ..session import BriefSession
    from .locking import BriefFollower
    from .saving import SaveGuard
    from .screens.main import MainScreen

T = TypeVar("T")


class Host(Protocol):
    """The briefer app, as its helpers use it."""

    session: BriefSession | None  # set once the workspace is loaded
    config: m.Config
    main_screen: MainScreen
    guard: SaveGuard | None
    follower: BriefFollower | None
    theme: str

    @property
    def screen_stack(self) -> list[Screen[Any]]: ...

    @property
    def available_themes(self) -> dict[str, Theme]: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...

    def push_screen(
        self, screen: Screen[T], callback: ScreenResultCallbackType[T] | None = None
    ) -> object: ...

    def call_after_refresh(
        self, callback: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> bool: ...

    def call_from_thread(
        self, callback: Callable[..., T | Awaitable[T]], *args: Any, **kwargs: Any
    ) -> T: ...

    def run_worker(
        self,
        work: Callable[[], None],
        name: str | None = "",
        group: str = "default",
        description: str = "",
        exit_on_error: bool = True,
        start: bool = True,
        exclusive: bool = False,
        thread: bool = False,
    ) -> Worker[None]: ...

    def exit(self, result: None = None, return_code: int = 0) -> None: ...

    def get_key_display(self, binding: Binding) -> str: ...

    async def run_action(self, action: str) -> object: ...

    # briefer's own
    def internal_error(self, what: str, error: BaseException) -> None: ...

    def open_brief_asking(self, path: Path) -> None: ...

    def action_save_as(self) -> None: ...

    def action_sourcing_statement(self) -> None: ...

    def switch_theme(self, name: str) -> bool: ...

    def export_as(self, fmt: str) -> None: ...


def ready_session(app: Host) -> BriefSession | None:
    """The session with a brief open, else None (and the user is told why)."""
    s = app.session
    if s is None:
        app.notify("The workspace is still loading.", severity="warning")
        return None
    if not s.is_open:
        app.notify("No brief is open.", severity="warning")
        return None
    return s


def problems_text(problems: Sequence[Problem], limit: int = 3) -> str:
    shown = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        shown.append(f"… and {len(problems) - limit} more (briefer check lists them all)")
    return visible("\n".join(shown))
