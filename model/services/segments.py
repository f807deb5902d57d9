"""Saved target segments (P1): filters over accounts and fit-score weights."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.changes import Changes
from model.entities import Segment
from model.errors import InvalidValue
from model.services import common as c
from model.sql import bytewise

SEGMENT_DIMENSIONS = (
    "nature",
    "industry",
    "region",
    "scale",
    "sales_channel",
    "development_stage",
    "it_situation",
    "core_needs",
)


def _filters(_s: Session, _o: Any, raw: Any) -> dict[str, list[str]]:
    filters = {str(k): [str(v) for v in vals] for k, vals in dict(raw or {}).items() if vals}
    bad = set(filters) - set(SEGMENT_DIMENSIONS)
    if bad:
        raise InvalidValue(
            "Unknown segment dimension: {dimensions}.", dimensions=", ".join(sorted(bad))
        )
    return filters


def _weights(_s: Session, _o: Any, raw: Any) -> dict[str, float]:
    weights = {str(k): float(v) for k, v in dict(raw or {}).items()}
    if set(weights) - set(SEGMENT_DIMENSIONS) or any(w < 0 for w in weights.values()):
        raise InvalidValue("Weights are zero or more, one per segment dimension.")
    return weights


SEGMENT_FIELDS: dict[str, c.Validator] = {
    "name": c.text(200, required=True, label="Segment name"),
    "filters": _filters,
    "weights": _weights,
}


def save_segment(session: Session, segment_id: int | None, values: Mapping[str, Any]) -> Changes:
    if segment_id is None:
        row = c.create(session, Segment, values, SEGMENT_FIELDS)
        return Changes.of(created=[("segment", row.id)])
    row = c.get(session, Segment, segment_id, "segment")
    old = c.apply_fields(session, row, values, SEGMENT_FIELDS)
    return Changes.of(updated=[("segment", segment_id)], undo={"old": old})


def delete_segment(session: Session, segment_id: int) -> Changes:
    row = c.get(session, Segment, segment_id, "segment")
    changes, _ = c.delete_with_snapshot(session, row)
    return changes


def segments(session: Session) -> list[Segment]:
    return list(
        session.execute(select(Segment).order_by(bytewise(Segment.name), Segment.id)).scalars()
    )
