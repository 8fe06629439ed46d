"""Editions of a brief: snapshots (:mod:`.snapshot`), the semantic diff between two of them
(:mod:`.diff`), the "Changes since the last edition" section (:mod:`.changes`) and what git
knows about a workspace (:mod:`.gitinfo`). Headless: nothing here imports Textual."""
