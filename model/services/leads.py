"""Leads (P2): captured, corrected, deleted, and turned into an opportunity once real.

Leads are never protected and never counted against a quota
(LEAD.RULE.NO_PROTECTION, LEAD.RULE.NO_QUOTA): nothing here checks who owns a
lead before someone else works it, and nothing counts them per member.

**Conversion** (:func:`convert_lead`) is one transaction and one decision: a
lead becomes a *valid opportunity* in P3, or nothing happens. The method says
a lead is an opportunity once its five elements (P3.FIVE.1..5) are verified,
and leaving P2 asks its exit criteria (P2.EXIT.1..5); so the conversion takes
both, creates the deal in P2, records the criteria and the five elements
(each with who verified it — the level follows from the member's team role —
how and when: :func:`~model.services.deals.verify_element`, whose
manager-level record is the direct manager's confirmation, P3.CONFIRM.3) and
moves the deal to P3 through the same gate as the board. If anything is
missing it refuses and names what is missing; no deal is left behind in P2.
A lead with only a company name gets its account created. The lead is
marked converted and linked to the deal; a second conversion is refused.

:func:`revert_conversion` undoes all of it (deal, the account it created, the
lead's status and links) and :func:`redo_conversion` puts back the very same
rows, so one undo step covers the whole conversion.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from model import audit
from model.changes import Changes
from model.entities import Account, Deal, Lead, TeamMember
from model.enums import ElementStatus, LeadKind, LeadStatus, Stage
from model.errors import InvalidValue
from model.methodology import load_methodology
from model.services import common as c
from model.services.accounts import create_account
from model.services.deals import create_deal, move_deal, set_exit_check, verify_element

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
    "source": c.text(),
    "note": c.text(),
}

ELEMENT_KEYS: tuple[str, ...] = ("status", "by", "method", "on", "evidence")
"""What the conversion takes for each of the five elements (``verify_element``'s arguments)."""


def _check_status(lead: Lead, status: Any) -> None:
    """A lead is marked converted by its conversion only, and stays so while linked."""
    if status == LeadStatus.CONVERTED and lead.deal_id is None:
        raise InvalidValue(
            "A lead is marked converted by converting it into an opportunity.", field="status"
        )
    if lead.deal_id is not None and status != LeadStatus.CONVERTED:
        raise InvalidValue(
            "This lead became an opportunity; undo the conversion to change its status.",
            field="status",
        )


@c.naming_accounts
def create_lead(session: Session, values: Mapping[str, Any]) -> Changes:
    values = dict(values)
    if not (str(values.get("company") or "").strip() or values.get("account_id")):
        raise InvalidValue("A lead needs a company name or an account.", field="company")
    if values.get("status") == LeadStatus.CONVERTED:
        raise InvalidValue(
            "A lead is marked converted by converting it into an opportunity.", field="status"
        )
    values.setdefault("received_on", date.today())
    lead = c.create(session, Lead, values, LEAD_FIELDS)
    return Changes.of(created=[("lead", lead.id)])


@c.naming_accounts
def update_lead(session: Session, lead_id: int, values: Mapping[str, Any]) -> Changes:
    lead = c.get(session, Lead, lead_id, "lead")
    if "status" in values:
        _check_status(lead, values["status"])
    company = values.get("company", lead.company)
    account = values.get("account_id", lead.account_id)
    if not (str(company or "").strip() or account):
        raise InvalidValue("A lead needs a company name or an account.", field="company")
    old = c.apply_fields(session, lead, values, LEAD_FIELDS)
    return Changes.of(updated=[("lead", lead_id)] if old else [], undo={"old": old})


@c.naming_accounts
def delete_lead(session: Session, lead_id: int) -> Changes:
    """Delete a lead; ``undo["snapshot"]`` lets :func:`~model.services.common.restore`
    bring it back. The deal a converted lead became stays."""
    lead = c.get(session, Lead, lead_id, "lead")
    changes, _ = c.delete_with_snapshot(session, lead)
    return changes


def conversion_missing(
    criteria: Iterable[str], elements: Mapping[str, Mapping[str, Any]]
) -> list[str]:
    """The method IDs a conversion still lacks: P2's exit criteria not confirmed,
    then the five elements not verified by someone, by some means."""
    method = load_methodology()
    done = set(criteria)
    missing = [x.id for x in method.exit_criteria(Stage.P2.value) if x.id not in done]
    for element in method.five_elements:
        values = elements.get(element.id) or {}
        if (
            values.get("status") != ElementStatus.VERIFIED
            or values.get("by") is None
            or not values.get("method")
        ):
            missing.append(element.id)
    return missing


@c.naming_accounts
def convert_lead(
    session: Session,
    lead_id: int,
    *,
    deal_name: str,
    amount: float = 0.0,
    expected_close: date | None = None,
    elements: Mapping[str, Mapping[str, Any]] | None = None,
    criteria: Iterable[str] = (),
    by: int | None = None,
) -> Changes:
    """Turn a lead into a valid opportunity in P3, with its account if it has none.

    ``criteria`` are the P2 exit criteria the user confirms (all five are
    needed to leave P2); ``elements`` maps each five-element ID to
    ``verify_element``'s arguments (``status``, ``by``, ``method``, ``on``,
    ``evidence``). ``by`` (default: the acting member) ticks the criteria and
    moves the deal; ``expected_close`` (a local day, or None while nobody knows) is
    the deal's. Refused, with what is missing, unless all are there.

    ``Changes.undo["conversion"]`` says what :func:`revert_conversion` needs.
    """
    lead = c.get(session, Lead, lead_id, "lead")
    if lead.deal_id is not None or lead.status == LeadStatus.CONVERTED:
        deal = session.get(Deal, lead.deal_id) if lead.deal_id is not None else None
        raise InvalidValue(
            "This lead was already converted into the deal '{deal}'; a lead becomes "
            "one opportunity only.",
            deal=deal.name if deal is not None else "?",
        )
    criteria = list(dict.fromkeys(criteria))
    valid = {x.id for x in load_methodology().exit_criteria(Stage.P2.value)}
    unknown = [x for x in criteria if x not in valid]
    if unknown:
        raise InvalidValue("'{criterion}' is not an exit criterion of P2.", criterion=unknown[0])
    elements = dict(elements or {})
    missing = conversion_missing(criteria, elements)
    if missing:
        raise InvalidValue(
            "The lead cannot become a valid opportunity (P3) yet; still missing: {unmet}.",
            unmet=", ".join(missing),
        )
    if not str(deal_name or "").strip():
        raise InvalidValue("Deal name must not be empty.", field="deal_name")
    before = {"status": lead.status, "account_id": lead.account_id}
    changes = Changes()
    created_account: int | None = None
    if lead.account_id is None:
        made = create_account(session, {"name": lead.company})
        created_account = made.created_id("account")
        changes |= made
        audit.log(session, "update", lead, "account_id", None, created_account)
        lead.account_id = created_account
    account_id = lead.account_id
    made = create_deal(
        session,
        {
            "name": deal_name,
            "account_id": account_id,
            "owner_id": lead.owner_id,
            "amount": amount,
            "expected_close": expected_close,
            "stage": Stage.P2,
        },
    )
    deal_id = made.created_id("deal")
    changes |= made
    for criterion in criteria:
        changes |= set_exit_check(session, deal_id, criterion, True, by=by)
    for element, values in elements.items():
        clean = {k: values[k] for k in ELEMENT_KEYS if k in values}
        changes |= verify_element(session, deal_id, element, **clean)
    changes |= move_deal(session, deal_id, Stage.P3, by=by)
    lead = c.get(session, Lead, lead_id, "lead")
    audit.log(session, "update", lead, "status", lead.status, LeadStatus.CONVERTED.value)
    audit.log(session, "update", lead, "deal_id", None, deal_id)
    lead.deal_id, lead.status = deal_id, LeadStatus.CONVERTED.value
    session.flush()
    conversion = {
        "lead": lead_id,
        "deal": deal_id,
        "account": created_account,
        "before": before,
    }
    changes |= Changes.of(updated=[("lead", lead_id), ("account", account_id)])
    return replace(changes, undo={"conversion": conversion})


@c.naming_accounts
def revert_conversion(session: Session, conversion: Mapping[str, Any]) -> Changes:
    """Undo :func:`convert_lead`: delete its deal (with what was added to it since)
    and the account it created, and put the lead's status and links back.

    ``undo["snapshots"]`` holds what :func:`redo_conversion` restores.
    """
    lead_id, deal_id = conversion["lead"], conversion["deal"]
    lead = c.get(session, Lead, lead_id, "lead")
    if lead.deal_id != deal_id:
        raise InvalidValue(
            "The lead was linked to another deal since its conversion; it is left as it is."
        )
    deal = c.get(session, Deal, deal_id, "deal")
    account_id = deal.account_id
    changes, deal_snapshot = c.delete_with_snapshot(session, deal)
    snapshots = [deal_snapshot]
    if conversion.get("account") is not None:
        account = c.get(session, Account, conversion["account"], "account")
        gone, account_snapshot = c.delete_with_snapshot(session, account)
        changes |= gone
        snapshots.insert(0, account_snapshot)  # restored first: the deal hangs off it
    else:
        changes |= Changes.of(updated=[("account", account_id)])
    lead = c.get(session, Lead, lead_id, "lead")
    before = conversion["before"]
    for field, value in (("status", before["status"]), ("account_id", before["account_id"])):
        if getattr(lead, field) != value:
            audit.log(session, "update", lead, field, getattr(lead, field), value)
            setattr(lead, field, value)
    if lead.deal_id is not None:
        audit.log(session, "update", lead, "deal_id", lead.deal_id, None)
        lead.deal_id = None
    session.flush()
    changes |= Changes.of(updated=[("lead", lead_id)])
    return replace(changes, undo={"snapshots": snapshots})


@c.naming_accounts
def redo_conversion(
    session: Session, conversion: Mapping[str, Any], snapshots: Iterable[c.Snapshot]
) -> Changes:
    """Put back what :func:`revert_conversion` removed: the same account, deal and
    ids, and the lead converted and linked again."""
    lead_id, deal_id = conversion["lead"], conversion["deal"]
    lead = c.get(session, Lead, lead_id, "lead")
    if lead.deal_id is not None or lead.status == LeadStatus.CONVERTED:
        raise InvalidValue(
            "The lead was converted again since; the earlier conversion is not redone."
        )
    changes = Changes()
    for snapshot in snapshots:
        changes |= c.restore(session, snapshot)
    lead = c.get(session, Lead, lead_id, "lead")
    deal = c.get(session, Deal, deal_id, "deal")
    values = {
        "status": LeadStatus.CONVERTED.value,
        "deal_id": deal_id,
        "account_id": deal.account_id,
    }
    for field, value in values.items():
        if getattr(lead, field) != value:
            audit.log(session, "update", lead, field, getattr(lead, field), value)
            setattr(lead, field, value)
    session.flush()
    return changes | Changes.of(updated=[("lead", lead_id), ("account", deal.account_id)])
