"""Account services: the key accounts and their targeting attributes (P1)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from model.changes import Changes
from model.entities import Account, TeamMember
from model.enums import Nature, PartnerKind, SalesChannel, Scale
from model.errors import InvalidValue
from model.services import common as c


def _values(_s: Session, _o: Any, raw: Any) -> list[int]:
    values = sorted({int(v) for v in (raw or [])})
    if any(v not in range(1, 6) for v in values):
        raise InvalidValue("Account values are numbered 1 to 5 (ACC.VALUE.1..5).")
    return values


def _region(_s: Session, _o: Any, raw: Any) -> str:
    parts = [p.strip() for p in str(raw or "").replace("\\", "/").split("/")]
    return "/".join(p for p in parts if p)


def _parent(session: Session, obj: Any, raw: Any) -> int | None:
    parent: int | None = c.reference(Account, label="Parent account")(session, obj, raw)
    c.no_cycle(session, Account, obj, parent, label="Parent account")
    return parent


ACCOUNT_FIELDS: dict[str, c.Validator] = {
    "name": c.text(200, required=True, label="Account name"),
    "nature": c.choice(Nature, label="Nature"),
    "industry": c.text(100),
    "region": _region,
    "scale": c.choice(Scale, label="Scale"),
    "sales_channel": c.choice(SalesChannel, label="Sales channel"),
    "partner_kind": c.choice(PartnerKind, optional=True, label="Partner kind"),
    "partner_name": c.text(200),
    "parent_id": _parent,
    "owner_id": c.reference(TeamMember, label="Owner"),
    "territory": c.text(100),
    "industry_chain": c.text(),
    "main_business": c.text(),
    "org_structure": c.text(),
    "development_stage": c.text(50),
    "markets": c.text(),
    "business_regions": c.text(),
    "registered_capital": c.text(100),
    "culture": c.text(),
    "it_situation": c.text(),
    "core_needs": c.text(),
    "values": _values,
    "note": c.text(),
}


def _check_channel(account: Account) -> None:
    if account.sales_channel == SalesChannel.DIRECT:
        account.partner_kind = None
    elif account.partner_kind is None:
        raise InvalidValue(
            "An account sold through a channel partner needs the partner kind "
            "(service, OEM or relationship).",
            field="partner_kind",
        )


def create_account(session: Session, values: Mapping[str, Any]) -> Changes:
    account = c.create(session, Account, values, ACCOUNT_FIELDS)
    _check_channel(account)
    return Changes.of(created=[("account", account.id)])


def update_account(session: Session, account_id: int, values: Mapping[str, Any]) -> Changes:
    account = c.get(session, Account, account_id, "account")
    values = dict(values)
    channel = values.get("sales_channel", account.sales_channel)
    if channel == SalesChannel.DIRECT and account.partner_kind is not None:
        # Clear it as a field change, so the old kind is in undo["old"] and the log.
        values["partner_kind"] = None
    old = c.apply_fields(session, account, values, ACCOUNT_FIELDS)
    _check_channel(account)
    touched = [("account", account_id)] if old else []
    if "parent_id" in old:
        touched += [("account", i) for i in (old["parent_id"], account.parent_id) if i]
    return Changes.of(updated=touched, undo={"old": old})


def delete_account(session: Session, account_id: int) -> Changes:
    """Delete an account with its people and deals; the snapshot lets undo restore it."""
    account = c.get(session, Account, account_id, "account")
    changes, _ = c.delete_with_snapshot(session, account)
    return changes
