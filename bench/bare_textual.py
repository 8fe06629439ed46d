"""The reference for the TUI's first frame: a bare Textual app showing one label.

bench/bench_process.py runs it as a whole process in a pty, exactly as it runs briefer, and
times until the label is on the screen. ctrl+q quits (Textual's default binding).
"""

from textual.app import App, ComposeResult
from textual.widgets import Label

MARKER = "bare textual ready"


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Label(MARKER)


if __name__ == "__main__":
    Bare().run()
