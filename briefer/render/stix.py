"""STIX 2.1 export: the brief as a bundle threat-intelligence platforms can ingest.

Made with the ``stix2`` library, which checks every object against the specification as it
is built (a bad property is an error here, not in the recipient's platform):

- one ``report`` for the brief (name = title, description = the BLUF, ``published`` = the
  brief's date), its ``object_refs`` listing everything else;
- one ``note`` per cited item and per prose entry (``abstract`` = the section heading,
  ``content`` = the text as a reader sees it); a cited item's note carries an external
  reference to its source with the item's Admiralty grade;
- one ``opinion`` per entry where the analyst set a confidence, about that entry's note:
  high → strongly-agree, moderate → agree, low → neutral, with the STIX confidence value
  from the spec's None/Low/Med/High scale (High 85, Med 50, Low 15) on both objects;
- the report's external references: every cited source (title, publisher and dates,
  URL when it is a web address, DOI as its own reference);
- an ``identity`` for the author, the ``created_by_ref`` of every object;
- TLP 2.0 marking definitions with their official ids (OASIS CTI common objects, extension
  ``extension-definition--60a3c5c5-…``) in ``object_marking_refs`` of every object: the
  brief's marking on the report, the identity and the opinions' and notes' portion markings
  where the brief has them (an unmarked brief is marked TLP:CLEAR, as briefer ranks it).

Object ids are version-4 UUIDs whose bits come from a hash of the brief's title and date
and the block's place (not from a random source), so exporting the same brief again gives
the same ids and a platform sees new versions (``modified``) of the same objects rather
than a pile of duplicates. The bundle, a wrapper, gets a fresh id each time.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

from .. import document as d
from .csl import doi_of
from .escape import fold, paragraphs
from .markdown import BLUF_HEADING, COMMENT_LABEL

TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP_CREATED = "2022-10-01T00:00:00.000Z"
# The official TLP 2.0 marking-definition ids (OASIS cti-stix-common-objects).
TLP_IDS = {
    "TLP:CLEAR": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "TLP:GREEN": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "TLP:AMBER": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "TLP:AMBER+STRICT": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "TLP:RED": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
# analyst confidence → (STIX None/Low/Med/High scale value, opinion about the note)
CONFIDENCE_SCALE = {"high": "High", "moderate": "Med", "low": "Low"}
OPINIONS = {"high": "strongly-agree", "moderate": "agree", "low": "neutral"}
# Namespace of briefer's STIX ids (uuid5 of "briefer" in the URL namespace).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://briefer.invalid/stix")


def marking_definition(marking: str) -> Any:
    from stix2.v21 import MarkingDefinition

    return MarkingDefinition(
        id=TLP_IDS[marking],
        created=TLP_CREATED,
        name=marking,
        extensions={
            TLP_EXTENSION: {
                "extension_type": "property-extension",
                "tlp_2_0": marking.removeprefix("TLP:").lower(),
            }
        },
    )


def confidence_value(level: str) -> int | None:
    """ "moderate" → 50 (STIX 2.1 Appendix A, None/Low/Med/High scale)."""
    from stix2.confidence.scales import none_low_med_high_to_value

    scale = CONFIDENCE_SCALE.get(level)
    return none_low_med_high_to_value(scale) if scale else None


def _timestamp(date: str, fallback: datetime) -> datetime:
    mt = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", date.strip())
    if mt:
        year, month, day = (int(g) if g else 1 for g in mt.groups())
        try:
            return datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            pass
    return fallback


def block_text(block: d.Block) -> str:
    """The text of a block as a reader sees it, plain (the Markdown of prose as written)."""
    if isinstance(block, d.Prose):
        return block.text.strip()
    if isinstance(block, d.Take):
        text = fold(block.text)
    elif isinstance(block, d.Quote):
        text = "\n\n".join(f"“{p}”" for p in paragraphs(block.text))
        text += f"\n\n— {fold(block.attribution)}"
    else:
        text = fold(block.amount)
        if block.subject:
            text += f" — {fold(block.subject)}"
        if block.context:
            text += f" ({fold(block.context)})"
    if block.comment.strip():
        text += "\n\n" + COMMENT_LABEL + " " + "\n\n".join(paragraphs(block.comment))
    return text


def _source_reference(s: d.DocSource) -> list[dict[str, str]]:
    details = "; ".join(d.source_details(s))
    ref: dict[str, str] = {
        "source_name": s.title or s.id,
        "external_id": s.id,
        "description": ". ".join(x for x in (details, d.grades_line(s).rstrip(".")) if x) + ".",
    }
    if s.link:
        ref["url"] = s.link
    refs = [ref]
    doi = doi_of(s.identifier) if s.identifier else None
    if doi:
        refs.append({"source_name": "doi", "external_id": doi, "url": f"https://doi.org/{doi}"})
    return refs


def bundle(doc: d.Document, now: datetime | None = None) -> Any:
    """The brief as a ``stix2`` Bundle (``now``: the ``modified`` time, for tests)."""
    from stix2.v21 import Bundle, Identity, Note, Opinion, Report

    now = (now or datetime.now(UTC)).replace(microsecond=0)
    base = f"{fold(doc.title)}\n{doc.date}"

    def sid(kind: str, *key: object) -> str:
        digest = uuid.uuid5(NAMESPACE, "|".join([base, kind, *map(str, key)])).bytes
        return f"{kind}--{uuid.UUID(bytes=digest, version=4)}"

    brief_marking = doc.marking or "TLP:CLEAR"
    used = {brief_marking}
    common: dict[str, Any] = {"created": now, "modified": now, "lang": doc.language or "en"}
    objects: list[Any] = []
    if doc.author:
        identity = Identity(
            id=sid("identity", doc.author),
            name=fold(doc.author),
            identity_class="individual",
            object_marking_refs=[TLP_IDS[brief_marking]],
            created=now,
            modified=now,
        )
        objects.append(identity)
        common["created_by_ref"] = identity.id
    report_id = sid("report")
    authors = [fold(doc.author)] if doc.author else []

    if doc.bluf.strip():
        bluf_marking = doc.bluf_marking if doc.bluf_marking in TLP_IDS else brief_marking
        used.add(bluf_marking)
        objects.append(
            Note(
                id=sid("note", "bluf"),
                abstract=BLUF_HEADING,
                content=doc.bluf.strip(),
                authors=authors or None,
                object_refs=[report_id],
                object_marking_refs=[TLP_IDS[bluf_marking]],
                labels=["bluf"],
                **common,
            )
        )
    for si, sec in enumerate(doc.sections):
        for bi, block in enumerate(sec.blocks):
            marking = block.marking if block.marking in TLP_IDS else brief_marking
            used.add(marking)
            marks = [TLP_IDS[marking]]
            text = block_text(block)
            if not text:
                continue
            extra: dict[str, Any] = {}
            conf = None
            if not isinstance(block, d.Prose):
                cit = block.citation
                extra["external_references"] = [
                    {
                        "source_name": cit.source.title or cit.source.id,
                        "external_id": cit.ref,
                        "description": f"Admiralty grade {cit.grade}",
                        **({"url": cit.source.link} if cit.source.link else {}),
                    }
                ]
                extra["labels"] = [block.kind]
                conf = confidence_value(block.confidence)
                if conf is not None:
                    extra["confidence"] = conf
            else:
                extra["labels"] = ["prose"]
            note = Note(
                id=sid("note", si, bi),
                abstract=fold(sec.heading) or "Untitled section",
                content=text,
                authors=authors or None,
                object_refs=[report_id],
                object_marking_refs=marks,
                **extra,
                **common,
            )
            objects.append(note)
            if conf is not None and not isinstance(block, d.Prose):
                objects.append(
                    Opinion(
                        id=sid("opinion", si, bi),
                        opinion=OPINIONS[block.confidence],
                        explanation=f"The analyst holds this with {block.confidence} "
                        f"confidence (ICD 203); STIX confidence {conf}.",
                        authors=authors or None,
                        confidence=conf,
                        object_refs=[note.id],
                        object_marking_refs=marks,
                        **common,
                    )
                )

    description = doc.bluf.strip() or None
    refs = [r for s in doc.sources for r in _source_reference(s)]
    content_ids = [o.id for o in objects if o.type != "identity"]
    if not content_ids:  # an empty brief: the report must still refer to something
        empty = Note(
            id=sid("note", "empty"),
            content="This brief has no BLUF and no entries yet.",
            object_refs=[report_id],
            object_marking_refs=[TLP_IDS[brief_marking]],
            **common,
        )
        objects.append(empty)
        content_ids = [empty.id]
    report = Report(
        id=report_id,
        name=fold(doc.title) or "Untitled brief",
        description=description,
        report_types=["threat-report"],
        published=_timestamp(doc.date, now),
        object_refs=content_ids,
        external_references=refs or None,
        object_marking_refs=[TLP_IDS[brief_marking]],
        labels=[x for x in (fold(doc.subtitle),) if x] or None,
        **common,
    )
    markings = [marking_definition(mk) for mk in TLP_IDS if mk in used]
    return Bundle(objects=[*markings, report, *objects], id=f"bundle--{uuid.uuid4()}")


def render(doc: d.Document) -> str:
    """The STIX 2.1 bundle as JSON text."""
    # pretty=True orders the properties in quadratic time (30 s for 500 entries); the
    # objects already hold their properties in the specification's order
    text: str = bundle(doc).serialize(indent=2, ensure_ascii=False)  # stix2 is untyped
    return text + "\n"
