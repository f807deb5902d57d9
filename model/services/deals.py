"""Deal services: create, edit, move through the funnel, close, and the
evidence the gates read (exit criteria, five elements, roles, payments)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from model import audit
from model.base import utcnow
from model.changes import Changes
from model.currencies import is_currency
from model.entities import (
    Account,
    Competitor,
    Deal,
    DealRole,
    ExitCheck,
    FiveElementCheck,
    Instalment,
    Person,
    StageChange,
    TeamMember,
)
from model.enums import (
    STAGES,
    DealStatus,
    ElementStatus,
    Role,
    Stage,
    VerifyMethod,
    VisitLevel,
)
from model.errors import DomainError, InvalidValue, term
from model.gates import DealFacts, Gate, deal_facts, gate_for, won_gate
from model.methodology import load_methodology
from model.services import common as c
from model.settings import get_setting


class GateBlocked(DomainError):
    """The move is not allowed yet; ``gate`` lists what is missing."""

    def __init__(self, gate: Gate) -> None:
        super().__init__(
            "Moving from {from_stage} to {to_stage} needs: {unmet}.",
            from_stage=gate.from_stage,
            to_stage=gate.to_stage,
            unmet=", ".join(gate.unmet_ids),
        )
        self.gate = gate


class ReasonRequired(InvalidValue):
    pass


STATUS_TERMS: dict[str, str] = {
    DealStatus.OPEN: term("open"),
    DealStatus.WON: term("won"),
    DealStatus.LOST: term("lost"),
    DealStatus.SHELVED: term("shelved"),
}
"""A deal status as a word in an error message (``status_label``, translated by the desktop)."""


def _currency(_s: Session, _o: Any, raw: Any) -> str:
    value = str(raw or "").strip().upper()
    if not is_currency(value):
        raise InvalidValue("Currency '{raw}' is not an ISO 4217 code such as CNY or USD.", raw=raw)
    return value


DEAL_FIELDS: dict[str, c.Validator] = {
    "name": c.text(200, required=True, label="Deal name"),
    "account_id": c.reference(Account, label="Account"),
    "owner_id": c.reference(TeamMember, label="Owner"),
    "amount": c.number(0, label="Amount"),
    "currency": _currency,
    "expected_close": c.day(label="Expected close"),
    "protection_expires": c.day(label="Protection expiry"),
    "tendered": c.flag(),
    "scoring_shaped": c.flag(),
    "scoring_criteria": c.text(),
    "contract_signed_on": c.day(label="Contract signed on"),
    "contract_value": c.number(0, label="Contract value", optional=True),
    "note": c.text(),
}


def create_deal(session: Session, values: Mapping[str, Any]) -> Changes:
    values = dict(values)
    stage = Stage(values.pop("stage", Stage.P2))
    if not values.get("account_id"):
        raise InvalidValue("A deal belongs to an account: choose one.", field="account_id")
    values.setdefault("currency", get_setting(session, "default_currency"))
    reason = str(values.pop("reason", "") or "").strip()
    # A deal entered straight into a later stage skipped that stage's gate:
    # history says so, with what was unmet, as for a forced move.
    gate = gate_for(DealFacts(stage=Stage.P1.value), stage.value)
    if not gate.met and not reason:
        reason = f"Entered directly in {stage.value}"
    deal = c.create(session, Deal, values, DEAL_FIELDS, stage=stage.value, status="open")
    session.add(
        StageChange(
            deal_id=deal.id,
            at=deal.stage_entered_at,
            from_stage=None,
            to_stage=stage.value,
            reason=reason,
            forced=not gate.met,
            unmet=gate.unmet_ids if not gate.met else [],
        )
    )
    if stage.number >= 3:
        _start_protection(session, deal)
    return Changes.of(created=[("deal", deal.id)], updated=[("account", deal.account_id)])


def update_deal(session: Session, deal_id: int, values: Mapping[str, Any]) -> Changes:
    deal = c.get(session, Deal, deal_id, "deal")
    if "stage" in values or "status" in values:
        raise InvalidValue("Stage and status change through a move or a close, with the gate.")
    old = c.apply_fields(session, deal, values, DEAL_FIELDS)
    return Changes.of(updated=[("deal", deal_id)] if old else [], undo={"old": old})


def delete_deal(session: Session, deal_id: int) -> Changes:
    deal = c.get(session, Deal, deal_id, "deal")
    changes, _ = c.delete_with_snapshot(session, deal)
    return changes


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _start_protection(session: Session, deal: Deal) -> None:
    """P3.PROTECT.2: a valid opportunity is protected for the configured months."""
    if deal.protection_expires is None:
        months = int(get_setting(session, "protection_months"))
        deal.protection_expires = _add_months(date.today(), months)


def evaluate_move(session: Session, deal_id: int, stage: str | Stage) -> Gate:
    c.get(session, Deal, deal_id, "deal")
    return gate_for(deal_facts(session, deal_id), Stage(stage).value)


def set_exit_check(
    session: Session,
    deal_id: int,
    criterion: str,
    done: bool,
    *,
    by: int | None = None,
    note: str = "",
) -> Changes:
    c.get(session, Deal, deal_id, "deal")
    method = load_methodology()
    valid = {x.id for s in method.stages for x in method.exit_criteria(s.id)}
    if criterion not in valid:
        raise InvalidValue(
            "'{criterion}' is not an exit criterion of the method.", criterion=criterion
        )
    row = session.execute(
        select(ExitCheck).where(ExitCheck.deal_id == deal_id, ExitCheck.criterion == criterion)
    ).scalar_one_or_none()
    old = None if row is None else row.done
    before = None if row is None else _exit_row(row)
    if row is None:
        row = ExitCheck(deal_id=deal_id, criterion=criterion)
        session.add(row)
    row.done = done
    row.by_id = by
    row.done_on = date.today() if done else None
    row.note = note
    session.flush()
    audit.log(session, "update", row, "done", old, done)
    return Changes.of(
        updated=[("deal", deal_id), ("exit_check", row.id)], undo={"old": old, "row": before}
    )


def _exit_row(row: ExitCheck) -> dict[str, Any]:
    return {"done": row.done, "by_id": row.by_id, "done_on": row.done_on, "note": row.note}


def restore_exit_check(
    session: Session, deal_id: int, criterion: str, row: Mapping[str, Any] | None
) -> Changes:
    """Put an exit check back exactly as it was, who and when included (undo of a tick)."""
    current = session.execute(
        select(ExitCheck).where(ExitCheck.deal_id == deal_id, ExitCheck.criterion == criterion)
    ).scalar_one_or_none()
    if current is None and row is None:
        return Changes()
    if row is None:
        assert current is not None
        audit.log(session, "update", current, "done", current.done, None)
        session.delete(current)
        return Changes.of(updated=[("deal", deal_id)], deleted=[("exit_check", current.id)])
    if current is None:
        current = ExitCheck(deal_id=deal_id, criterion=criterion)
        session.add(current)
    audit.log(session, "update", current, "done", current.done, row["done"])
    for key in ("done", "by_id", "done_on", "note"):
        setattr(current, key, row[key])
    session.flush()
    return Changes.of(updated=[("deal", deal_id), ("exit_check", current.id)])


def move_deal(
    session: Session,
    deal_id: int,
    stage: str | Stage,
    *,
    reason: str = "",
    force: bool = False,
    by: int | None = None,
    tick: Iterable[str] = (),
) -> Changes:
    """Move a deal to another stage of the funnel.

    Criteria in ``tick`` are ticked first (the gate dialog lets users do that
    on the spot). A gate that is still unmet raises :class:`GateBlocked`
    unless ``force`` is given with a reason, which the history keeps with the
    IDs that were unmet. A move back always needs a reason.
    """
    deal = c.get(session, Deal, deal_id, "deal")
    target = Stage(stage)
    reason = reason.strip()
    if deal.status != DealStatus.OPEN:
        raise InvalidValue(
            "'{name}' is {status_label}; reopen it before moving it.",
            name=deal.name,
            status_label=STATUS_TERMS.get(deal.status, str(deal.status)),
        )
    if target.value == deal.stage:
        return Changes()
    changes = Changes()
    for criterion in tick:
        changes |= set_exit_check(session, deal_id, criterion, True, by=by)
    gate = gate_for(deal_facts(session, deal_id), target.value)
    if gate.backward and not reason:
        raise ReasonRequired("Moving a deal back needs a reason.", field="reason")
    if not gate.met:
        if not force:
            raise GateBlocked(gate)
        if not reason:
            raise ReasonRequired("Forcing a move past an unmet gate needs a reason.")
    now = utcnow()  # one instant for history and time-in-stage, so a revert is exact
    entry = StageChange(
        deal_id=deal_id,
        at=now,
        from_stage=deal.stage,
        to_stage=target.value,
        from_status=deal.status,
        to_status=deal.status,
        by_id=by,
        reason=reason,
        forced=not gate.met,
        unmet=gate.unmet_ids if not gate.met else [],
    )
    session.add(entry)
    audit.log(session, "update", deal, "stage", deal.stage, target.value)
    deal.stage = target.value
    deal.stage_entered_at = now
    if target.number >= 3:
        _start_protection(session, deal)
    session.flush()
    return changes | Changes.of(updated=[("deal", deal_id)], created=[("stage_change", entry.id)])


def close_deal(
    session: Session,
    deal_id: int,
    status: str | DealStatus,
    *,
    reason: str = "",
    competitor_id: int | None = None,
    by: int | None = None,
) -> Changes:
    """Mark a deal won, lost or shelved.

    Won is not a matter of opinion: the P7 rule (signed contract, first payment
    of at least 30%) must hold, and it cannot be forced. Lost and shelved need a
    reason, and lost may name the competitor that took it.
    """
    deal = c.get(session, Deal, deal_id, "deal")
    new = DealStatus(status)
    if new == DealStatus.OPEN:
        raise InvalidValue("Use reopen to put a closed deal back in the funnel.")
    if deal.status != DealStatus.OPEN:
        raise InvalidValue(
            "'{name}' is already {status_label}.",
            name=deal.name,
            status_label=STATUS_TERMS.get(deal.status, str(deal.status)),
        )
    reason = reason.strip()
    if new == DealStatus.WON:
        gate = won_gate(deal_facts(session, deal_id))
        if not gate.met:
            raise GateBlocked(gate)
    elif not reason:
        raise ReasonRequired(
            "Marking a deal {status_label} needs a reason.",
            field="reason",
            status_label=STATUS_TERMS[new],
        )
    if competitor_id is not None:
        c.get(session, Competitor, competitor_id, "competitor")
    entry = StageChange(
        deal_id=deal_id,
        from_stage=deal.stage,
        to_stage=deal.stage,
        from_status=deal.status,
        to_status=new.value,
        by_id=by,
        reason=reason,
    )
    session.add(entry)
    audit.log(session, "update", deal, "status", deal.status, new.value)
    deal.status = new.value
    deal.status_reason = reason
    deal.lost_to_id = competitor_id if new == DealStatus.LOST else None
    deal.closed_on = date.today()
    session.flush()
    return Changes.of(updated=[("deal", deal_id)], created=[("stage_change", entry.id)])


def reopen_deal(session: Session, deal_id: int, *, reason: str, by: int | None = None) -> Changes:
    deal = c.get(session, Deal, deal_id, "deal")
    if deal.status == DealStatus.OPEN:
        return Changes()
    if not reason.strip():
        raise ReasonRequired("Reopening a closed deal needs a reason.", field="reason")
    entry = StageChange(
        deal_id=deal_id,
        from_stage=deal.stage,
        to_stage=deal.stage,
        from_status=deal.status,
        to_status="open",
        by_id=by,
        reason=reason.strip(),
    )
    session.add(entry)
    audit.log(session, "update", deal, "status", deal.status, "open")
    closed = {
        "status_reason": deal.status_reason,
        "lost_to_id": deal.lost_to_id,
        "closed_on": deal.closed_on,
    }
    deal.status, deal.status_reason, deal.lost_to_id, deal.closed_on = "open", "", None, None
    session.flush()
    return Changes.of(
        updated=[("deal", deal_id)], created=[("stage_change", entry.id)], undo={"closed": closed}
    )


def revert_stage_change(
    session: Session, change_id: int, *, closed: Mapping[str, Any] | None = None
) -> Changes:
    """Undo one move or close: restore the stage and status, drop the history entry.

    Only the latest entry of a deal can be reverted, so history never has holes.
    """
    entry = c.get(session, StageChange, change_id, "stage change")
    deal = c.get(session, Deal, entry.deal_id, "deal")
    latest = session.execute(
        select(StageChange.id)
        .where(StageChange.deal_id == deal.id)
        .order_by(StageChange.at.desc(), StageChange.id.desc())
        .limit(1)
    ).scalar_one()
    if latest != change_id or entry.from_stage is None:
        raise InvalidValue("Only the latest stage change of a deal can be reverted.")
    audit.log(session, "update", deal, "stage", deal.stage, entry.from_stage)
    deal.stage = entry.from_stage
    deal.status = entry.from_status
    if entry.from_status == DealStatus.OPEN:
        deal.status_reason, deal.lost_to_id, deal.closed_on = "", None, None
    elif closed is not None:  # undo of a reopen: the close's reason, competitor and day
        deal.status_reason = str(closed.get("status_reason") or "")
        deal.lost_to_id = closed.get("lost_to_id")
        deal.closed_on = closed.get("closed_on")
    previous: datetime | None = session.execute(
        select(StageChange.at)
        .where(
            StageChange.deal_id == deal.id,
            StageChange.id != change_id,
            StageChange.to_stage == entry.from_stage,
            StageChange.from_stage.is_distinct_from(entry.from_stage),
        )
        .order_by(StageChange.at.desc())
        .limit(1)
    ).scalar_one_or_none()
    deal.stage_entered_at = previous or deal.created_at
    reached_p3 = session.execute(
        select(StageChange.id).where(
            StageChange.deal_id == deal.id,
            StageChange.id != change_id,
            StageChange.to_stage.in_([st.value for st in STAGES if st.number >= 3]),
        )
    ).first()
    if reached_p3 is None and deal.protection_expires is not None:
        # Protection starts when a deal first becomes a valid opportunity (P3).
        audit.log(session, "update", deal, "protection_expires", deal.protection_expires, None)
        deal.protection_expires = None
    session.delete(entry)
    session.flush()
    return Changes.of(updated=[("deal", deal.id)], deleted=[("stage_change", change_id)])


def verify_element(
    session: Session,
    deal_id: int,
    element: str,
    *,
    status: str = "verified",
    by: int | None = None,
    level: str | None = None,
    method: str | None = None,
    on: date | None = None,
    evidence: str = "",
) -> Changes:
    """Record one of the five elements (P3.FIVE.n): who checked it, how, when."""
    c.get(session, Deal, deal_id, "deal")
    ids = {e.id for e in load_methodology().five_elements}
    if element not in ids:
        raise InvalidValue("'{element}' is not one of the five elements.", element=element)
    status = c.choice(ElementStatus, label="Status")(session, None, status) or "unknown"
    if status == ElementStatus.VERIFIED and (by is None or method is None):
        raise InvalidValue("A verified element needs who verified it and how.")
    row = session.execute(
        select(FiveElementCheck).where(
            FiveElementCheck.deal_id == deal_id, FiveElementCheck.element == element
        )
    ).scalar_one_or_none()
    old = None
    if row is None:
        row = FiveElementCheck(deal_id=deal_id, element=element)
        session.add(row)
    else:
        old = {
            k: getattr(row, k)
            for k in ("status", "verified_by_id", "level", "method", "verified_on", "evidence")
        }
    if by is not None:
        c.get(session, TeamMember, by, "team member")
    row.status = status
    row.verified_by_id = by
    row.level = c.choice(VisitLevel, optional=True, label="Level")(session, None, level)
    row.method = c.choice(VerifyMethod, optional=True, label="Method")(session, None, method)
    row.verified_on = on or (date.today() if status == ElementStatus.VERIFIED else None)
    row.evidence = evidence
    session.flush()
    audit.log(session, "update", row, "status", None if old is None else old["status"], status)
    return Changes.of(updated=[("deal", deal_id), ("five_element", row.id)], undo={"old": old})


def set_deal_role(
    session: Session,
    deal_id: int,
    person_id: int,
    role: str | None,
    *,
    support: int = 0,
    competitor_id: int | None = None,
    insider: bool = False,
    coach: bool = False,
) -> Changes:
    """Give a person a part in a deal (or remove it with ``role=None``)."""
    deal = c.get(session, Deal, deal_id, "deal")
    person = c.get(session, Person, person_id, "person")
    if person.account_id != deal.account_id:
        raise InvalidValue(
            "{person} works at another account than this deal's.", person=person.name
        )
    row = session.execute(
        select(DealRole).where(DealRole.deal_id == deal_id, DealRole.person_id == person_id)
    ).scalar_one_or_none()
    if role is None:
        if row is not None:
            session.execute(delete(DealRole).where(DealRole.id == row.id))
            return Changes.of(updated=[("deal", deal_id)], deleted=[("deal_role", row.id)])
        return Changes()
    values = {
        "role": c.choice(Role, label="Role")(session, None, role),
        "support": c.number(-2, 2, integer=True, label="Support")(session, None, support),
        "backs_competitor_id": c.reference(Competitor, label="Competitor")(
            session, None, competitor_id
        ),
        "insider": bool(insider),
        "coach": bool(coach),
    }
    if row is None:
        row = DealRole(deal_id=deal_id, person_id=person_id, **values)
        session.add(row)
        session.flush()
        audit.log(session, "create", row)
        return Changes.of(updated=[("deal", deal_id)], created=[("deal_role", row.id)])
    for key, value in values.items():
        if getattr(row, key) != value:
            audit.log(session, "update", row, key, getattr(row, key), value)
            setattr(row, key, value)
    return Changes.of(updated=[("deal", deal_id), ("deal_role", row.id)])


def add_instalment(
    session: Session, deal_id: int, *, amount: float, due_on: date | None = None
) -> Changes:
    c.get(session, Deal, deal_id, "deal")
    amount_v = c.number(0.01, label="Instalment amount")(session, None, amount)
    seq = 1 + len(session.execute(select(Instalment.id).where(Instalment.deal_id == deal_id)).all())
    row = Instalment(deal_id=deal_id, seq=seq, amount=amount_v, due_on=due_on)
    session.add(row)
    session.flush()
    audit.log(session, "create", row)
    return Changes.of(updated=[("deal", deal_id)], created=[("instalment", row.id)])


def record_payment(
    session: Session,
    instalment_id: int,
    *,
    received_amount: float,
    received_on: date | None = None,
    how: str = "",
) -> Changes:
    row = c.get(session, Instalment, instalment_id, "instalment")
    amount = c.number(0, label="Received amount")(session, None, received_amount)
    old = {"received_amount": row.received_amount, "received_on": row.received_on, "how": row.how}
    audit.log(session, "update", row, "received_amount", row.received_amount, amount)
    row.received_amount = float(amount or 0.0)
    row.received_on = received_on or date.today()
    row.how = how
    return Changes.of(updated=[("deal", row.deal_id), ("instalment", row.id)], undo={"old": old})


def set_competitors(session: Session, deal_id: int, competitor_ids: Iterable[int]) -> Changes:
    deal = c.get(session, Deal, deal_id, "deal")
    wanted = [c.get(session, Competitor, i, "competitor") for i in dict.fromkeys(competitor_ids)]
    old = [x.id for x in deal.competitors]
    deal.competitors = wanted
    audit.log(session, "update", deal, "competitors", old, [x.id for x in wanted])
    return Changes.of(updated=[("deal", deal_id)], undo={"old": old})


def delete_instalment(session: Session, instalment_id: int) -> Changes:
    """Remove an instalment from the plan; the snapshot lets undo put it back."""
    row = c.get(session, Instalment, instalment_id, "instalment")
    deal_id = row.deal_id
    changes, _ = c.delete_with_snapshot(session, row)
    return changes | Changes.of(updated=[("deal", deal_id)])


def restore_payment(session: Session, instalment_id: int, old: Mapping[str, Any]) -> Changes:
    """Put an instalment's receipt back as it was (the undo of :func:`record_payment`)."""
    row = c.get(session, Instalment, instalment_id, "instalment")
    audit.log(
        session, "update", row, "received_amount", row.received_amount, old["received_amount"]
    )
    row.received_amount = float(old["received_amount"] or 0.0)
    row.received_on = old["received_on"]
    row.how = str(old["how"] or "")
    return Changes.of(updated=[("deal", row.deal_id), ("instalment", row.id)])
