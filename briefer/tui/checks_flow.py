"""The checks in the app: a large brief's checks run in a thread (the session's runner,
the newest job wins; a bug there is reported once), and the checks panel (``c``) on the
open brief, which follows the findings and jumps to the one chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .host import Host, ready_session

if TYPE_CHECKING:
    from ..checks import Finding
    from ..session import CheckJob, Event


class ChecksFlow:
    """Runs the session's checks and shows their panel (one per app)."""

    def __init__(self, app: Host) -> None:
        self.app = app
        self.reported = False
        self.index = 0  # the finding highlighted when the panel was last closed

    def run(self, job: CheckJob) -> None:
        """A large brief's checks, in a thread (the newest job wins)."""

        def run() -> None:
            try:
                found = job.run()
            except Exception as e:  # noqa: BLE001 - reported on the UI thread
                self.app.call_from_thread(self._failed, e)
                return
            self.app.call_from_thread(self._done, job, found)

        self.app.run_worker(
            run,
            name="checks",
            group="checks",
            thread=True,
            exclusive=True,
            description="check the brief",
            exit_on_error=False,
        )

    def _done(self, job: CheckJob, found: list[Finding]) -> None:
        if self.app.session is not None:
            self.app.session.accept(job, found)

    def _failed(self, error: Exception) -> None:
        if not self.reported:  # once: not after every keystroke
            self.reported = True
            self.app.internal_error("checks", error)

    def show_panel(self) -> None:
        """``c``: the checks panel on the open brief; enter jumps to a finding."""
        session = ready_session(self.app)
        if session is None:
            return
        from ..session import FindingsChanged, LibraryChanged, cursor_for
        from .screens.checks import ChecksPanel

        panel = ChecksPanel(
            session.findings,
            session.brief,
            session.path.name,
            self.index,
            base=session.ws.root,
            problems=list(session.ws.errors),  # unreadable notes, listed until fixed (#19)
        )

        def update(event: Event) -> None:
            if isinstance(event, FindingsChanged) and panel.is_attached and session.is_open:
                panel.show(list(event.findings or ()), brief=session.brief)
            elif isinstance(event, LibraryChanged) and panel.is_attached and session.is_open:
                panel.show(panel.findings, problems=list(session.ws.errors))

        stop = session.subscribe(update)

        def done(finding: Finding | None) -> None:
            stop()
            self.index = panel.highlighted
            if finding is not None and session.is_open:
                # once the panel is gone: the outline must have the focus when it reports
                # its new highlight, or the detail pane would not follow it
                cursor = cursor_for(finding, session.brief)
                self.app.call_after_refresh(self.app.main_screen.jump, cursor)

        self.app.push_screen(panel, done)
