"""Leads (P2): captured, corrected, and turned into an opportunity once real."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from model import audit
from model.changes import Changes
from model.entities import Account, Lead, TeamMember
from model.enums import LeadKind, LeadStatus, Stage
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


@c.naming_accounts
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
