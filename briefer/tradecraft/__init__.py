"""Tradecraft (issue #14): portion markings and audience export (``audience``), ICD 203
likelihood ranges (``likelihood``), ICD 206 sourcing (``sourcing``), and how the analyst's
text cites items (``mentions``). Headless: nothing here imports Textual."""
