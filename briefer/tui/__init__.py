"""The terminal UI (the only part of briefer that imports Textual)."""
