"""Protection services (P3.PROTECT.1–4): territories and the decisions on expired deals.

See :mod:`model.protection` for the states, when a deal awaits a decision and
how an account falls in a territory.

Decisions, each recorded as a :class:`~model.entities.ProtectionEvent` with the
acting member (``audit.member``) as ``decided_by_id``:

- :func:`penalise` (P3.PROTECT.4): the owner held the land without farming it.
  The owner keeps the deal, but without protection: the record counts against
  the owner (``from_member_id`` = ``to_member_id`` = the owner; see
  :func:`model.protection.penalties`), takes the deal off the list awaiting a
  decision, and anyone who uncovers it may still have it transferred to them.
- :func:`release` (P3.PROTECT.4): the deal goes to the public field (公田):
  ``public_since`` is today, it has no owner and no protection; the event
  keeps whose it was (``from_member_id``).
- :func:`claim`: any member takes a deal from the public field; they become
  the owner, a new protection period starts today and ``public_since`` is
  cleared. A deal no longer public (claimed already) is refused.
- :func:`transfer` (P3.PROTECT.3): whoever else uncovered the expired deal
  takes it (in a cooperation the later one decides): the new owner gets a new
  period; from/to/decided_by are logged. Refused while the protection runs.
- :func:`extend`: an expired deal that progressed gets a new period for its owner.

Each decision returns its step in ``changes.undo["step"]``: the deal's fields
before and after and the event row. :func:`revert_decision` puts the fields
back and deletes the event; :func:`reapply_decision` writes the same fields
and the same event row (id and uuid) again. Both refuse
(:class:`~model.errors.EditConflict`) when the deal no longer holds what the
step left, so an undo never overwrites a newer edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from model import audit
from model.base import new_uuid, utcnow
from model.changes import Changes
from model.entities import Account, Deal, ProtectionEvent, TeamMember, Territory
from model.errors import EditConflict, InvalidValue, term
from model.protection import TERRITORY_KINDS, protection_state
from model.services import common as c
from model.services.deals import _add_months
from model.settings import get_setting

STEP_FIELDS: tuple[str, ...] = ("owner_id", "protection_expires", "public_since")
"""The deal's fields a decision may change (and its undo puts back)."""


# -- territories -----------------------------------------------------------------------


@c.naming_accounts
def create_territory(session: Session, member_id: int, values: Mapping[str, Any]) -> Changes:
    """Give ``member_id`` a territory: ``{"kind": "region", "value": "domestic/Zhejiang"}``,
    ``{"kind": "industry", "value": "Steel"}`` or ``{"kind": "account", "account_id": 7}``.

    The same territory twice for one member is refused.
    """
    c.get(session, TeamMember, member_id, "team member")
    kind = str(values.get("kind") or "")
    if kind not in TERRITORY_KINDS:
        raise InvalidValue(
            "Territory kind '{raw}' is not one of: {allowed}.",
            field="kind",
            raw=kind,
            allowed=", ".join(TERRITORY_KINDS),
        )
    account_id: int | None = None
    value = ""
    if kind == "account":
        raw = values.get("account_id")
        if raw in (None, ""):
            raise InvalidValue("A named-account territory needs an account.", field="account_id")
        account_id = c.get(session, Account, int(raw), "account").id
        same = Territory.account_id == account_id
    else:
        value = c.clean_text(values.get("value"), multiline=False)
        if kind == "region":
            value = "/".join(p.strip() for p in value.split("/") if p.strip())
        if not value:
            raise InvalidValue("A territory needs a region or an industry.", field="value")
        if len(value) > 300:
            raise InvalidValue("Text is longer than {max_len} characters.", max_len=300)
        same = Territory.value == value
    if session.execute(
        select(Territory.id).where(Territory.member_id == member_id, Territory.kind == kind, same)
    ).first():
        raise InvalidValue("This member already has that territory.", field="value")
    row = Territory(member_id=member_id, kind=kind, value=value, account_id=account_id)
    session.add(row)
    session.flush()
    audit.log(session, "create", row)
    return Changes.of(created=[("territory", row.id)], updated=[("member", member_id)])


@c.naming_accounts
def delete_territory(session: Session, territory_id: int) -> Changes:
    """Remove a territory; ``undo["snapshot"]`` brings back the same row."""
    row = c.get(session, Territory, territory_id, "territory")
    member_id = row.member_id
    changes, _ = c.delete_with_snapshot(session, row)
    return changes | Changes.of(updated=[("member", member_id)])


@c.naming_accounts
def restore_territory(session: Session, snapshot: c.Snapshot) -> Changes:
    """Put back a territory :func:`delete_territory` removed (same id)."""
    changes = c.restore(session, snapshot)
    members = [("member", row["member_id"]) for name, row in snapshot.rows if name == "territories"]
    return changes | Changes.of(updated=members)


# -- decisions -------------------------------------------------------------------------


def _open_deal(session: Session, deal_id: int) -> Deal:
    deal = c.get(session, Deal, deal_id, "deal")
    if deal.status != "open":
        raise InvalidValue("'{name}' is closed: its protection no longer matters.", name=deal.name)
    return deal


def _new_period(session: Session, today: date) -> date:
    return _add_months(today, int(get_setting(session, "protection_months")))


def _member(session: Session, member_id: int | None) -> int:
    if member_id is None:
        raise InvalidValue(
            "Say which member takes the deal (choose who you are first).", field="member"
        )
    return c.get(session, TeamMember, member_id, "team member").id


def _decide(
    session: Session,
    deal: Deal,
    kind: str,
    after: Mapping[str, Any],
    *,
    from_member: int | None,
    to_member: int | None,
    note: str,
    today: date,
) -> Changes:
    """Write ``after`` to the deal and log the event: one decision, its step in ``undo``."""
    before = {f: getattr(deal, f) for f in STEP_FIELDS}
    new = {**before, **after}
    for field, value in new.items():
        if before[field] != value:
            audit.log(session, "update", deal, field, before[field], value)
            setattr(deal, field, value)
    deal.updated_at = utcnow()
    event = {
        "uuid": new_uuid(),
        "deal_id": deal.id,
        "kind": kind,
        "on": today,
        "from_member_id": from_member,
        "to_member_id": to_member,
        "decided_by_id": audit.member(session),
        "note": c.clean_text(note),
        "created_at": utcnow(),
        "updated_at": utcnow(),
        "version": 1,
    }
    session.execute(insert(ProtectionEvent), [event])
    event_id: int = session.execute(
        select(ProtectionEvent.id).where(ProtectionEvent.uuid == event["uuid"])
    ).scalar_one()
    event["id"] = event_id
    audit.log(session, "create", session.get(ProtectionEvent, event_id))
    step = {"deal_id": deal.id, "before": before, "after": new, "event": event}
    return Changes.of(
        created=[("protection_event", event_id)],
        updated=[("deal", deal.id)],
        undo={"step": step},
    )


def _hand_over(
    session: Session,
    deal: Deal,
    kind: str,
    to: int,
    *,
    from_member: int | None,
    note: str,
    today: date,
) -> Changes:
    """``to`` owns the deal from ``today`` with a new protection period, and it leaves
    the public field: a claim and a transfer (P3.PROTECT.3) differ only in who gives it."""
    after = {"owner_id": to, "protection_expires": _new_period(session, today)}
    after["public_since"] = None
    return _decide(
        session, deal, kind, after, from_member=from_member, to_member=to, note=note, today=today
    )


def _expired(deal: Deal, today: date, verb: str) -> None:
    state = protection_state(deal.protection_expires, deal.public_since, deal.status, today)
    if state.state == "protected":
        assert deal.protection_expires is not None
        raise InvalidValue(
            "'{name}' is protected until {day}: it cannot be {verb_label} before then.",
            name=deal.name,
            day=deal.protection_expires.isoformat(),
            verb_label=verb,
        )
    if state.state == "public":
        raise InvalidValue(
            "'{name}' is in the public field already: a member may claim it.", name=deal.name
        )
    if state.state == "none":
        raise InvalidValue(
            "'{name}' has no protection period (it is not a valid opportunity).", name=deal.name
        )


@c.naming_accounts
def penalise(session: Session, deal_id: int, *, note: str = "") -> Changes:
    """Record a penalty on the owner of an expired deal; the owner keeps it (module doc)."""
    today = date.today()
    deal = _open_deal(session, deal_id)
    _expired(deal, today, term("penalised"))
    assert deal.protection_expires is not None
    already = session.execute(
        select(ProtectionEvent.on).where(
            ProtectionEvent.deal_id == deal_id,
            ProtectionEvent.kind == "penalise",
            ProtectionEvent.on >= deal.protection_expires,
        )
    ).first()
    if already is not None:
        raise InvalidValue(
            "'{name}' was penalised on {day} for this expiry already.",
            name=deal.name,
            day=already[0].isoformat(),
        )
    owner = deal.owner_id
    return _decide(
        session, deal, "penalise", {}, from_member=owner, to_member=owner, note=note, today=today
    )


@c.naming_accounts
def release(session: Session, deal_id: int, *, note: str = "") -> Changes:
    """Release an expired deal to the public field (公田): no owner, no protection."""
    today = date.today()
    deal = _open_deal(session, deal_id)
    _expired(deal, today, term("released"))
    after = {"owner_id": None, "protection_expires": None, "public_since": today}
    return _decide(
        session,
        deal,
        "release",
        after,
        from_member=deal.owner_id,
        to_member=None,
        note=note,
        today=today,
    )


@c.naming_accounts
def claim(
    session: Session, deal_id: int, *, member_id: int | None = None, note: str = ""
) -> Changes:
    """A member (default: the acting one) claims a deal of the public field."""
    today = date.today()
    deal = _open_deal(session, deal_id)
    if deal.public_since is None:
        raise InvalidValue(
            "'{name}' is not in the public field (claimed already?): nothing to claim.",
            name=deal.name,
        )
    claimer = _member(session, member_id if member_id is not None else audit.member(session))
    return _hand_over(session, deal, "claim", claimer, from_member=None, note=note, today=today)


@c.naming_accounts
def transfer(session: Session, deal_id: int, to_member_id: int, *, note: str = "") -> Changes:
    """Hand an expired (or public) deal to another member with a new period (P3.PROTECT.3)."""
    today = date.today()
    deal = _open_deal(session, deal_id)
    if deal.public_since is None:
        _expired(deal, today, term("transferred"))
    to = _member(session, to_member_id)
    if to == deal.owner_id:
        raise InvalidValue("'{name}' is that member's deal already.", name=deal.name)
    return _hand_over(
        session, deal, "transfer", to, from_member=deal.owner_id, note=note, today=today
    )


@c.naming_accounts
def extend(session: Session, deal_id: int, *, note: str = "") -> Changes:
    """Give an expired deal's owner a new period (for a deal that progressed)."""
    today = date.today()
    deal = _open_deal(session, deal_id)
    _expired(deal, today, term("extended"))
    after = {"protection_expires": _new_period(session, today)}
    owner = deal.owner_id
    return _decide(
        session, deal, "extend", after, from_member=owner, to_member=owner, note=note, today=today
    )


def _conflict(deal: Deal) -> EditConflict:
    conflict = EditConflict(
        "'{name}' changed after this step (its owner or protection). Nothing was changed; "
        "the views now show the newer state.",
        name=deal.name,
    )
    conflict.kind, conflict.ident = "deal", deal.id
    return conflict


def _put(session: Session, deal: Deal, expect: Mapping[str, Any], put: Mapping[str, Any]) -> None:
    if any(getattr(deal, f) != expect[f] for f in STEP_FIELDS):
        raise _conflict(deal)
    for field in STEP_FIELDS:
        if getattr(deal, field) != put[field]:
            audit.log(session, "update", deal, field, getattr(deal, field), put[field])
            setattr(deal, field, put[field])
    deal.updated_at = utcnow()


@c.naming_accounts
def revert_decision(session: Session, step: Mapping[str, Any]) -> Changes:
    """Undo a decision exactly: the deal's fields as before, the event gone."""
    deal = c.get(session, Deal, step["deal_id"], "deal")
    _put(session, deal, step["after"], step["before"])
    event_id = step["event"]["id"]
    found = session.get(ProtectionEvent, event_id)
    if found is not None:
        audit.log(session, "delete", found)
        session.expunge(found)
    session.execute(delete(ProtectionEvent).where(ProtectionEvent.id == event_id))
    session.flush()
    return Changes.of(updated=[("deal", deal.id)], deleted=[("protection_event", event_id)])


@c.naming_accounts
def reapply_decision(session: Session, step: Mapping[str, Any]) -> Changes:
    """Redo a decision exactly: the same fields and the same event row (id, uuid)."""
    deal = c.get(session, Deal, step["deal_id"], "deal")
    _put(session, deal, step["before"], step["after"])
    session.execute(insert(ProtectionEvent), [dict(step["event"])])
    session.flush()
    audit.log(session, "create", session.get(ProtectionEvent, step["event"]["id"]))
    return Changes.of(
        updated=[("deal", deal.id)], created=[("protection_event", step["event"]["id"])]
    )
