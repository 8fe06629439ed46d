"""Where a character of a scalar's value sits in its YAML file.

The model keeps where each value starts (``pos``). Inside a value, folding (``>``, plain
multi-line scalars), indentation (``|``) and escapes move characters around, so we walk
the file text from the value's start and pair each non-blank character of the value with
the same character in the file. Anything that does not line up (the file changed since it
was read, an escape we cannot pair) falls back to the value's start: a finding is never
placed on the wrong word.
"""

from __future__ import annotations

from collections.abc import Callable

Pos = tuple[int, int]

_SIMPLE_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


class FileText:
    """The text of one YAML file, split into lines (None when it could not be read)."""

    def __init__(self, text: str | None) -> None:
        self.lines = [ln.rstrip("\r") for ln in text.split("\n")] if text is not None else None

    def locator(self, value: str, start: Pos) -> Callable[[int], Pos]:
        """A function: index in ``value`` → (line, col) in the file, 1-based."""
        where = self._align(value, start) if self.lines is not None else None

        def at(index: int) -> Pos:
            if where is None or not 0 <= index < len(where) or where[index] is None:
                return start
            return where[index]  # type: ignore[return-value]

        return at

    def _align(self, value: str, start: Pos) -> list[Pos | None] | None:
        lines = self.lines
        assert lines is not None
        row, col = start[0] - 1, start[1] - 1
        if not 0 <= row < len(lines) or not 0 <= col <= len(lines[row]):
            return None
        lead = lines[row][col : col + 1]
        style = lead if lead in ("|", ">", "'", '"') else ""
        if style in ("|", ">"):
            row, col = row + 1, 0  # the header line holds indicators and maybe a comment
        elif style:
            col += 1
        where: list[Pos | None] = [None] * len(value)

        def char() -> str:
            return lines[row][col] if col < len(lines[row]) else "\n"

        def advance(n: int = 1) -> None:
            nonlocal row, col
            for _ in range(n):
                if col < len(lines[row]):
                    col += 1
                else:
                    row, col = row + 1, 0

        for i, ch in enumerate(value):
            if ch.isspace():
                continue
            while True:
                if row >= len(lines):
                    return None
                c = char()
                if c.isspace():
                    advance()
                    continue
                if style == '"' and c == "\\":
                    decoded, width = self._escape(lines[row], col)
                    if decoded is None:
                        return None
                    if decoded.isspace() or decoded == "":
                        advance(width)
                        continue
                    if decoded != ch:
                        return None
                    where[i] = (row + 1, col + 1)
                    advance(width)
                    break
                if style == "'" and c == "'" and lines[row][col + 1 : col + 2] == "'":
                    if ch != "'":
                        return None
                    where[i] = (row + 1, col + 1)
                    advance(2)
                    break
                if c != ch:
                    return None
                where[i] = (row + 1, col + 1)
                advance()
                break
        return where

    @staticmethod
    def _escape(line: str, col: int) -> tuple[str | None, int]:
        """Decode the escape at ``line[col]`` (a backslash): (text, width in the file)."""
        if col + 1 >= len(line):
            return "", 1  # a line continuation
        kind = line[col + 1]
        if kind in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[kind], 2
        if kind in _HEX_ESCAPES:
            n = _HEX_ESCAPES[kind]
            digits = line[col + 2 : col + 2 + n]
            try:
                return chr(int(digits, 16)), 2 + n
            except ValueError:
                return None, 1
        return None, 1
