"""The terminal UI and its browser server (the only part of briefer that imports Textual or
textual-serve)."""
