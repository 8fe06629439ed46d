"""A hanging indent for the outline: wrapped lines continue under the text, not at
column 0 (Textual's Content wraps every line back to the left edge)."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """Rows of (head, body): the body wraps in the width left after its head, and its
    continuation lines start under the body's first character. ``str()`` is the plain
    text (each row head + body, rows joined by newlines)."""

    def __init__(self, *rows: tuple[Content, Content]) -> None:
        self.rows = rows
        self._cache: tuple[int, Content, int] | None = None

    def __str__(self) -> str:
        return "\n".join(head.plain + body.plain for head, body in self.rows)

    def _lines(self, width: int) -> tuple[Content, int]:
        if self._cache is not None and self._cache[0] == width:
            return self._cache[1], self._cache[2]
        lines: list[Content] = []
        for head, body in self.rows:
            indent = head.cell_length
            if indent > width // 2:  # a pane too narrow for a hanging indent
                lines.extend((head + body).wrap(max(1, width)))
                continue
            pad = Content(" " * indent)
            for i, part in enumerate(body.wrap(max(1, width - indent)) or [Content("")]):
                lines.append((head if i == 0 else pad) + part)
        joined = Content("\n").join(lines)
        self._cache = (width, joined, len(lines))
        return joined, len(lines)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((head.cell_length + body.cell_length for head, body in self.rows), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._lines(width)[1]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if not width:
            return []
        return self._lines(width)[0].render_strips(width, height, style, options)
