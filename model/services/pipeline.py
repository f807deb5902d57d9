"""Leads (P2), activities, and saved target segments (P1)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import audit
from model.changes import Changes
from model.entities import Account, Activity, Deal, Lead, Person, Segment, TeamMember
from model.enums import ActivityKind, LeadKind, LeadStatus, Stage, VisitLevel
from model.errors import InvalidValue
from model.services import common as c
from model.services.deals import create_deal

LEAD_FIELDS: dict[str, c.Validator] = {
    "account_id": c.reference(Account, label="Account"),
    "company": c.text(200),
    "contact_name": c.text(120),
    "contact_phone": c.text(50),
    "contact_email": c.text(200),
    "channel": c.number(1, 10, integer=True, label="Channel"),
    "kind": c.choice(LeadKind, label="Lead kind"),
    "status": c.choice(LeadStatus, label="Lead status"),
    "received_on": c.day(label="Received on"),
    "owner_id": c.reference(TeamMember, label="Owner"),
    "note": c.text(),
}


def create_lead(session: Session, values: Mapping[str, Any]) -> Changes:
    values = dict(values)
    if not (values.get("company") or values.get("account_id")):
        raise InvalidValue("A lead needs a company name or an account.", field="company")
    values.setdefault("received_on", date.today())
    lead = c.create(session, Lead, values, LEAD_FIELDS)
    return Changes.of(created=[("lead", lead.id)])


def update_lead(session: Session, lead_id: int, values: Mapping[str, Any]) -> Changes:
    lead = c.get(session, Lead, lead_id, "lead")
    old = c.apply_fields(session, lead, values, LEAD_FIELDS)
    return Changes.of(updated=[("lead", lead_id)] if old else [], undo={"old": old})


def convert_lead(session: Session, lead_id: int, *, deal_name: str, amount: float = 0.0) -> Changes:
    """Turn a lead into a deal in P2 once the lead is real enough to work."""
    lead = c.get(session, Lead, lead_id, "lead")
    if lead.deal_id is not None:
        raise InvalidValue("This lead already became a deal.")
    if lead.account_id is None:
        raise InvalidValue("Link the lead to an account before converting it.", field="account_id")
    changes = create_deal(
        session,
        {
            "name": deal_name,
            "account_id": lead.account_id,
            "owner_id": lead.owner_id,
            "amount": amount,
            "stage": Stage.P2,
        },
    )
    deal_id = changes.created_id("deal")
    audit.log(session, "update", lead, "status", lead.status, LeadStatus.CONVERTED.value)
    lead.deal_id, lead.status = deal_id, LeadStatus.CONVERTED.value
    return changes | Changes.of(updated=[("lead", lead_id)])


ACTIVITY_FIELDS: dict[str, c.Validator] = {
    "deal_id": c.reference(Deal, label="Deal"),
    "kind": c.choice(ActivityKind, label="Activity kind"),
    "on": c.day(label="Date"),
    "level": c.choice(VisitLevel, label="Level"),
    "summary": c.text(),
    "next_step": c.text(),
}


def log_activity(
    session: Session,
    account_id: int,
    values: Mapping[str, Any],
    *,
    members: Iterable[int] = (),
    people: Iterable[int] = (),
) -> Changes:
    c.get(session, Account, account_id, "account")
    values = dict(values)
    values.setdefault("on", date.today())
    if values["on"] in (None, ""):
        raise InvalidValue("An activity needs a date.", field="on")
    activity = c.create(session, Activity, values, ACTIVITY_FIELDS, account_id=account_id)
    activity.members = [c.get(session, TeamMember, m, "team member") for m in members]
    met = [c.get(session, Person, p, "person") for p in people]
    if any(p.account_id != account_id for p in met):
        raise InvalidValue("People met must work at the activity's account.")
    activity.people = met
    return Changes.of(created=[("activity", activity.id)], updated=[("account", account_id)])


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
    return list(session.execute(select(Segment).order_by(Segment.name)).scalars())
