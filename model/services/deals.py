"""Deal services: create, edit, move through the funnel, close, and the
evidence the gates read (exit criteria, five elements, roles, payments)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from model import audit
from model.base import utcnow
from model.changes import Changes, kind_of_table
from model.currencies import is_currency
from model.entities import (
    Account,
    Competitor,
    Deal,
    DealRole,
    ExitCheck,
    FiveElementCheck,
    Person,
    StageChange,
    TeamMember,
)
from model.enums import (
    SUPPORT_MAX,
    SUPPORT_MIN,
    DealStatus,
    ElementStatus,
    Role,
    Stage,
    TeamRole,
    VerifyMethod,
    VisitLevel,
)
from model.errors import DomainError, InvalidValue, term
from model.gates import DealFacts, Gate, deal_facts, gate_for, won_gate
from model.methodology import load_methodology
from model.rules.chain import COMPUTED_CRITERIA, CriterionFinding, chain_facts, computed_criteria
from model.services import common as c
from model.services.payments import (  # the payment plan lives there; kept importable here
    add_instalment as add_instalment,
)
from model.services.payments import delete_instalment as delete_instalment
from model.services.payments import record_payment as record_payment
from model.services.tasks import create_stage_tasks, delete_stage_tasks
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


class TickContradicted(InvalidValue):
    """A tick of a criterion the deal's data answers otherwise; ``finding`` says what it shows."""

    def __init__(self, finding: CriterionFinding) -> None:
        super().__init__(
            "This exit criterion is answered by the deal's data, which says: {says}",
            field="criterion",
            says=finding.message,
        )
        self.finding = finding


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


def _signed_on(session: Session, obj: Any, raw: Any) -> date | None:
    """A contract is signed on a day that has come (the user's local day)."""
    day: date | None = c.day(label="Contract signed on")(session, obj, raw)
    if day is not None and day > date.today():
        raise InvalidValue(
            "{label} {day} is in the future; record the signing once it has happened.",
            field="contract_signed_on",
            label="Contract signed on",
            day=day.isoformat(),
        )
    return day


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
    "contract_signed_on": _signed_on,
    "contract_value": c.number(0, label="Contract value", optional=True),
    "note": c.text(),
}


@c.naming_accounts
def create_deal(session: Session, values: Mapping[str, Any]) -> Changes:
    """Create a deal in ``values["stage"]`` (default P2).

    A deal created in P3 or later goes through the same gate as a move from
    P1 to that stage: the five elements of a new deal are never verified, so
    without ``values["force"]`` it raises :class:`GateBlocked`, and forced it
    needs ``values["reason"]`` (:class:`ReasonRequired`). The history entry
    then says it was forced, with the unmet IDs and the reason. P1 and P2 need
    no force. The entry's ``by`` is the acting member (``audit.member``).
    """
    values = dict(values)
    stage = Stage(values.pop("stage", Stage.P2))
    force = bool(values.pop("force", False))
    reason = str(values.pop("reason", "") or "").strip()
    if not values.get("account_id"):
        raise InvalidValue("A deal belongs to an account: choose one.", field="account_id")
    values.setdefault("currency", get_setting(session, "default_currency"))
    gate = gate_for(DealFacts(stage=Stage.P1.value), stage.value)
    forced = stage.number >= 3 and not gate.met
    if forced:
        if not force:
            raise GateBlocked(gate)
        if not reason:
            raise ReasonRequired(
                "Creating a deal in {stage} skips its gate: give a reason.",
                field="reason",
                stage=stage.value,
            )
    deal = c.create(session, Deal, values, DEAL_FIELDS, stage=stage.value, status="open")
    session.add(
        StageChange(
            deal_id=deal.id,
            at=deal.stage_entered_at,
            from_stage=None,
            to_stage=stage.value,
            by_id=audit.member(session),
            reason=reason,
            forced=forced,
            unmet=gate.unmet_ids if forced else [],
        )
    )
    if stage.number >= 3:
        _start_protection(session, deal)
    tasks = create_stage_tasks(session, deal, stage.value, deal.stage_entered_at)
    return Changes.of(
        created=[("deal", deal.id), *(("task", t) for t in tasks)],
        updated=[("account", deal.account_id)],
    )


@c.naming_accounts
def update_deal(session: Session, deal_id: int, values: Mapping[str, Any]) -> Changes:
    deal = c.get(session, Deal, deal_id, "deal")
    if "stage" in values or "status" in values:
        raise InvalidValue("Stage and status change through a move or a close, with the gate.")
    old = c.apply_fields(session, deal, values, DEAL_FIELDS)
    return Changes.of(updated=[("deal", deal_id)] if old else [], undo={"old": old})


@c.naming_accounts
def delete_deal(session: Session, deal_id: int) -> Changes:
    deal = c.get(session, Deal, deal_id, "deal")
    changes, _ = c.delete_with_snapshot(session, deal)
    return changes


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _protection_end(session: Session) -> date:
    return _add_months(date.today(), int(get_setting(session, "protection_months")))


def _start_protection(session: Session, deal: Deal) -> dict[str, Any]:
    """P3.PROTECT.2: a valid opportunity is protected for the configured months.

    Returns the undo of what it did: ``{"protection_expires": None}`` when it
    started a period, ``{}`` when one was already running.
    """
    if deal.protection_expires is not None:
        return {}
    deal.protection_expires = _protection_end(session)
    return {"protection_expires": None}


def evaluate_move(session: Session, deal_id: int, stage: str | Stage) -> Gate:
    c.get(session, Deal, deal_id, "deal")
    return gate_for(deal_facts(session, deal_id), Stage(stage).value)


@c.naming_accounts
def set_exit_check(
    session: Session,
    deal_id: int,
    criterion: str,
    done: bool,
    *,
    by: int | None = None,
    note: str = "",
) -> Changes:
    """Tick or untick an exit criterion; ``by`` defaults to the acting member.

    A criterion the deal's data answers (:data:`~model.rules.chain.COMPUTED_CRITERIA`)
    cannot be ticked against the data: :class:`TickContradicted` says what the
    data shows. Ticking one the data confirms is allowed and changes nothing
    for the gate; unticking is always allowed.
    """
    c.get(session, Deal, deal_id, "deal")
    method = load_methodology()
    valid = {x.id for s in method.stages for x in method.exit_criteria(s.id)}
    if criterion not in valid:
        raise InvalidValue(
            "'{criterion}' is not an exit criterion of the method.", criterion=criterion
        )
    if done and criterion in COMPUTED_CRITERIA:
        finding = computed_criteria(chain_facts(session, [deal_id])[deal_id])[criterion]
        if not finding.met:
            raise TickContradicted(finding)
    if by is None:
        by = audit.member(session)
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


EXIT_FIELDS: tuple[str, ...] = ("done", "by_id", "done_on", "note")
"""What one exit check is made of (the values undo restores)."""


def _exit_row(row: ExitCheck) -> dict[str, Any]:
    return {k: getattr(row, k) for k in EXIT_FIELDS}


Check = TypeVar("Check", ExitCheck, FiveElementCheck)


def _restore_check(
    session: Session,
    entity: type[Check],
    deal_id: int,
    key: tuple[str, str],
    fields: tuple[str, ...],
    values: Mapping[str, Any] | None,
) -> Changes:
    """Put back one of a deal's check rows, found by ``key`` (column, value): with
    ``values``, or deleted when None. The first of ``fields`` is the one audited."""
    column, name = key
    kind = kind_of_table(entity.__tablename__)
    current = session.execute(
        select(entity).where(entity.deal_id == deal_id, getattr(entity, column) == name)
    ).scalar_one_or_none()
    if current is None and values is None:
        return Changes()
    audited = fields[0]
    if values is None:
        assert current is not None
        audit.log(session, "update", current, audited, getattr(current, audited), None)
        session.delete(current)
        session.flush()
        return Changes.of(updated=[("deal", deal_id)], deleted=[(kind, current.id)])
    if current is None:
        current = entity(deal_id=deal_id, **{column: name})
        session.add(current)
    audit.log(session, "update", current, audited, getattr(current, audited), values[audited])
    for field in fields:
        setattr(current, field, values[field])
    session.flush()
    return Changes.of(updated=[("deal", deal_id), (kind, current.id)])


@c.naming_accounts
def restore_exit_check(
    session: Session, deal_id: int, criterion: str, row: Mapping[str, Any] | None
) -> Changes:
    """Put an exit check back exactly as it was, who and when included (undo of a tick)."""
    return _restore_check(session, ExitCheck, deal_id, ("criterion", criterion), EXIT_FIELDS, row)


@c.naming_accounts
def move_deal(
    session: Session,
    deal_id: int,
    stage: str | Stage,
    *,
    reason: str = "",
    force: bool = False,
    by: int | None = None,
    tick: Iterable[str] = (),
    seen: Mapping[str, Any] | None = None,
) -> Changes:
    """Move a deal to another stage of the funnel.

    Criteria in ``tick`` are ticked first (the gate dialog lets users do that
    on the spot). A gate that is still unmet raises :class:`GateBlocked`
    unless ``force`` is given with a reason, which the history keeps with the
    IDs that were unmet. A move back always needs a reason. ``by`` defaults
    to the acting member.

    Entering P3 or later starts the protection period (P3.PROTECT.2) if none
    runs; moving back before P3 ends it, and ``undo["protection_expires"]``
    keeps the day it would have ended so :func:`revert_stage_change` puts it
    back exactly.

    ``seen`` is the deal as the user saw it when deciding (its ``stage`` and
    ``status``): if someone moved it since, the move is refused with
    :class:`~model.errors.EditConflict` instead of moving it from where they put it.
    """
    deal = c.get(session, Deal, deal_id, "deal")
    c.check_seen(session, deal, seen)
    target = Stage(stage)
    reason = reason.strip()
    by = by if by is not None else audit.member(session)
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
    undo: dict[str, Any] = {}
    if target.number >= 3:
        undo = _start_protection(session, deal)
    elif deal.protection_expires is not None:
        # Back before P3 the deal is no valid opportunity any more: no land to hold.
        undo["protection_expires"] = deal.protection_expires
        audit.log(session, "update", deal, "protection_expires", deal.protection_expires, None)
        deal.protection_expires = None
    session.flush()
    tasks = create_stage_tasks(session, deal, target.value, now)  # the stage's key actions
    return changes | Changes.of(
        updated=[("deal", deal_id)],
        created=[("stage_change", entry.id), *(("task", t) for t in tasks)],
        undo=undo,
    )


@c.naming_accounts
def close_deal(
    session: Session,
    deal_id: int,
    status: str | DealStatus,
    *,
    close_reason: str = "",
    reason: str = "",
    competitor_id: int | None = None,
    by: int | None = None,
    seen: Mapping[str, Any] | None = None,
) -> Changes:
    """Mark a deal won, lost or shelved (``seen``: as :func:`move_deal`).

    Won is not a matter of opinion: the P7 rule (signed contract, first payment
    of at least 30%) must hold, and it cannot be forced. Lost and shelved need
    a ``close_reason`` from the workspace's list (setting ``close_reasons``);
    ``reason`` is a free note kept beside it (``status_reason``). Only lost
    records the competitor that took it. ``by`` defaults to the acting member.
    """
    deal = c.get(session, Deal, deal_id, "deal")
    c.check_seen(session, deal, seen)
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
    close_reason = str(close_reason or "").strip()
    if close_reason and close_reason not in get_setting(session, "close_reasons"):
        raise InvalidValue(
            "'{close_reason}' is not one of the workspace's close reasons.",
            field="close_reason",
            close_reason=close_reason,
        )
    if new == DealStatus.WON:
        gate = won_gate(deal_facts(session, deal_id))
        if not gate.met:
            raise GateBlocked(gate)
    elif not close_reason:
        raise ReasonRequired(
            "Marking a deal {status_label} needs a reason from the list.",
            field="close_reason",
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
        by_id=by if by is not None else audit.member(session),
        reason=reason,
    )
    session.add(entry)
    audit.log(session, "update", deal, "status", deal.status, new.value)
    deal.status = new.value
    deal.close_reason = close_reason
    deal.status_reason = reason
    deal.lost_to_id = competitor_id if new == DealStatus.LOST else None
    deal.closed_on = date.today()
    session.flush()
    return Changes.of(updated=[("deal", deal_id)], created=[("stage_change", entry.id)])


@c.naming_accounts
def reopen_deal(
    session: Session,
    deal_id: int,
    *,
    reason: str,
    by: int | None = None,
    seen: Mapping[str, Any] | None = None,
) -> Changes:
    """Put a closed deal back in the funnel; ``undo["closed"]`` keeps what the close said
    (``seen``: as :func:`move_deal`)."""
    deal = c.get(session, Deal, deal_id, "deal")
    c.check_seen(session, deal, seen)
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
        by_id=by if by is not None else audit.member(session),
        reason=reason.strip(),
    )
    session.add(entry)
    audit.log(session, "update", deal, "status", deal.status, "open")
    closed = {
        "close_reason": deal.close_reason,
        "status_reason": deal.status_reason,
        "lost_to_id": deal.lost_to_id,
        "closed_on": deal.closed_on,
    }
    deal.status, deal.close_reason, deal.status_reason = "open", "", ""
    deal.lost_to_id, deal.closed_on = None, None
    session.flush()
    return Changes.of(
        updated=[("deal", deal_id)], created=[("stage_change", entry.id)], undo={"closed": closed}
    )


@c.naming_accounts
def revert_stage_change(
    session: Session,
    change_id: int,
    *,
    closed: Mapping[str, Any] | None = None,
    undo: Mapping[str, Any] | None = None,
) -> Changes:
    """Undo one move or close: restore the stage and status, drop the history entry.

    Only the latest entry of a deal can be reverted, so history never has holes.
    ``closed`` is a reopen's ``undo["closed"]`` (the close's reason, note,
    competitor and day); ``undo`` is the reverted move's ``Changes.undo``, whose
    ``protection_expires`` is put back exactly. Without it the protection
    follows the stage: none before P3, a new period if the deal is back in P3
    or later without one.
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
        deal.close_reason, deal.status_reason = "", ""
        deal.lost_to_id, deal.closed_on = None, None
    elif closed is not None:  # undo of a reopen: the close's reason, competitor and day
        deal.close_reason = str(closed.get("close_reason") or "")
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
    if undo is not None and "protection_expires" in undo:
        protection = undo["protection_expires"]
    elif Stage(deal.stage).number < 3:
        protection = None  # protection runs only while the deal is a valid opportunity
    else:
        protection = deal.protection_expires or _protection_end(session)
    if protection != deal.protection_expires:
        old_protection = deal.protection_expires
        audit.log(session, "update", deal, "protection_expires", old_protection, protection)
        deal.protection_expires = protection
    tasks = delete_stage_tasks(session, deal.id, entry.to_stage, entry.at)  # the entry's tasks
    session.delete(entry)
    session.flush()
    return Changes.of(
        updated=[("deal", deal.id)],
        deleted=[("stage_change", change_id), *(("task", t) for t in tasks)],
    )


ELEMENT_FIELDS: tuple[str, ...] = (
    "status",
    "verified_by_id",
    "level",
    "method",
    "verified_on",
    "evidence",
)
"""What one five-element record is made of (the values undo restores)."""

SENIOR_TEAM_ROLES: frozenset[str] = frozenset({TeamRole.MANAGER, TeamRole.EXECUTIVE})
"""Team roles that confirm the five elements as a manager (P3.CONFIRM.3)."""


def verification_level(team_role: str | None) -> str:
    """The level a member verifies at, from their team role: not a free choice.

    >>> verification_level("presales"), verification_level("manager")
    ('rep', 'manager')
    """
    if team_role in SENIOR_TEAM_ROLES:
        return VisitLevel(str(team_role)).value
    return VisitLevel.REP.value


@c.naming_accounts
def verify_element(
    session: Session,
    deal_id: int,
    element: str,
    *,
    status: str = "verified",
    by: int | None = None,
    method: str | None = None,
    on: date | None = None,
    evidence: str = "",
) -> Changes:
    """Record one of the five elements (P3.FIVE.n): who checked it, how, when.

    ``by`` (default: the acting member) is who verified it; the level is their
    team role's (:func:`verification_level`). A day in the future (local day) is
    refused. A verification at manager level is the direct manager's
    confirmation (P3.CONFIRM.3): only a manager or executive records it, so a
    rep cannot enter it on a manager's behalf.
    """
    c.get(session, Deal, deal_id, "deal")
    ids = {e.id for e in load_methodology().five_elements}
    if element not in ids:
        raise InvalidValue("'{element}' is not one of the five elements.", element=element)
    status = c.choice(ElementStatus, label="Status")(session, None, status) or "unknown"
    if by is None and status != ElementStatus.UNKNOWN:
        by = audit.member(session)
    if status == ElementStatus.VERIFIED and (by is None or method is None):
        raise InvalidValue("A verified element needs who verified it and how.")
    if on is not None and on > date.today():
        raise InvalidValue(
            "{day} is in the future: record a verification once it has happened.",
            field="on",
            day=on.isoformat(),
        )
    level = None
    if by is not None:
        verifier = c.get(session, TeamMember, by, "team member")
        level = verification_level(verifier.role)
        # Who records it: the acting member, or (no one named) the verifier.
        acting = audit.member(session)
        recorder = (session.get(TeamMember, acting) if acting is not None else None) or verifier
        if level != VisitLevel.REP and recorder.role not in SENIOR_TEAM_ROLES:
            raise InvalidValue(
                "The direct manager's confirmation of the five elements is recorded "
                "by a manager or executive, not by {member}.",
                field="by",
                member=recorder.name,
            )
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
        old = {k: getattr(row, k) for k in ELEMENT_FIELDS}
    row.status = status
    row.verified_by_id = by
    row.level = level
    row.method = c.choice(VerifyMethod, optional=True, label="Method")(session, None, method)
    row.verified_on = on or (date.today() if status == ElementStatus.VERIFIED else None)
    row.evidence = evidence
    session.flush()
    audit.log(session, "update", row, "status", None if old is None else old["status"], status)
    return Changes.of(updated=[("deal", deal_id), ("five_element", row.id)], undo={"old": old})


@c.naming_accounts
def restore_element(
    session: Session, deal_id: int, element: str, old: Mapping[str, Any] | None
) -> Changes:
    """Put a five-element record back exactly as it was (the undo of :func:`verify_element`).

    ``old`` is ``Changes.undo["old"]``; None means there was no record.
    """
    return _restore_check(
        session, FiveElementCheck, deal_id, ("element", element), ELEMENT_FIELDS, old
    )


DEAL_ROLE_FIELDS: tuple[str, ...] = ("role", "support", "backs_competitor_id", "insider", "coach")
"""What a person's part in one deal is made of (the values undo restores)."""


def _deal_role_values(row: DealRole | None) -> dict[str, Any] | None:
    return None if row is None else {k: getattr(row, k) for k in DEAL_ROLE_FIELDS}


def _deal_role_row(session: Session, deal_id: int, person_id: int) -> DealRole | None:
    return session.execute(
        select(DealRole).where(DealRole.deal_id == deal_id, DealRole.person_id == person_id)
    ).scalar_one_or_none()


def _deal_and_person(session: Session, deal_id: int, person_id: int) -> tuple[Deal, Person]:
    deal = c.get(session, Deal, deal_id, "deal")
    person = c.get(session, Person, person_id, "person")
    if person.account_id != deal.account_id:
        raise InvalidValue(
            "{person} works at another account than this deal's.", person=person.name
        )
    return deal, person


def _write_deal_role(
    session: Session, deal_id: int, person_id: int, values: Mapping[str, Any] | None
) -> Changes:
    """Make the person's part in the deal exactly ``values`` (None: not on the deal)."""
    row = _deal_role_row(session, deal_id, person_id)
    if values is None:
        if row is None:
            return Changes()
        audit.log(session, "delete", row)
        gone = session.execute(
            delete(DealRole).where(DealRole.id == row.id, DealRole.version == row.version)
        )
        if c.rowcount(gone) != 1:  # changed by someone since it was read: theirs stays
            raise c.changed_meanwhile("deal_role", row.id, row.id)
        session.expire_all()
        return Changes.of(updated=[("deal", deal_id)], deleted=[("deal_role", row.id)])
    if row is None:
        row = DealRole(deal_id=deal_id, person_id=person_id, **values)
        session.add(row)
        session.flush()
        audit.log(session, "create", row)
        return Changes.of(updated=[("deal", deal_id)], created=[("deal_role", row.id)])
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            audit.log(session, "update", row, key, getattr(row, key), value)
            setattr(row, key, value)
            changed = True
    if not changed:
        return Changes()
    row.updated_at = utcnow()
    session.flush()
    return Changes.of(updated=[("deal", deal_id), ("deal_role", row.id)])


@c.naming_accounts
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
    """Give a person of the deal's account a part in the deal, or remove it (``role=None``).

    The part is the role in the decision chain (KDM, KI, KU, LEAD, EVAL), the
    support for us on this deal (-2..+2), the competitor the person backs,
    and whether they are our insider or coach here. People who have left the
    customer (``left_on``) may keep their part; the views say they left.

    ``Changes.undo`` holds ``old`` (the part before, or None when the person
    was not on the deal) and ``new`` (the part after, or None once removed):
    :func:`restore_deal_role` with ``old`` and ``expect=new`` undoes exactly.
    """
    _deal_and_person(session, deal_id, person_id)
    old = _deal_role_values(_deal_role_row(session, deal_id, person_id))
    values: dict[str, Any] | None = None
    if role is not None:
        values = {
            "role": c.choice(Role, label="Role")(session, None, role),
            "support": c.number(SUPPORT_MIN, SUPPORT_MAX, integer=True, label="Support")(
                session, None, support
            ),
            "backs_competitor_id": c.reference(Competitor, label="Competitor backed")(
                session, None, competitor_id
            ),
            "insider": bool(insider),
            "coach": bool(coach),
        }
    changes = _write_deal_role(session, deal_id, person_id, values)
    return changes | Changes.of(undo={"old": old, "new": values})


@c.naming_accounts
def restore_deal_role(
    session: Session,
    deal_id: int,
    person_id: int,
    values: Mapping[str, Any] | None,
    *,
    expect: Mapping[str, Any] | None,
) -> Changes:
    """Put a person's part in a deal back to ``values`` (None: off the deal) — undo and redo.

    ``expect`` is what the part must be now (what the undone edit wrote); if
    someone changed it since, the undo is refused rather than overwrite that.
    """
    _deal_and_person(session, deal_id, person_id)
    current = _deal_role_values(_deal_role_row(session, deal_id, person_id))
    wanted = None if expect is None else {k: expect[k] for k in DEAL_ROLE_FIELDS}
    if current != wanted:
        person = c.get(session, Person, person_id, "person")
        raise InvalidValue(
            "{person}'s part in this deal was changed since; it is left as it is now.",
            person=person.name,
        )
    clean = None if values is None else {k: values[k] for k in DEAL_ROLE_FIELDS}
    return _write_deal_role(session, deal_id, person_id, clean)


@c.naming_accounts
def set_competitors(
    session: Session,
    deal_id: int,
    competitor_ids: Iterable[int],
    *,
    expected: Iterable[int] | None = None,
) -> Changes:
    """Set the competitors a deal is up against; ``undo["old"]`` keeps the list replaced.

    ``expected`` is the list the caller believes the deal holds (an undo: the list its
    edit wrote); when someone changed the list since, nothing is written and
    :class:`~model.errors.EditConflict` says so, so their list is never overwritten.
    """
    deal = c.get(session, Deal, deal_id, "deal")
    old = [x.id for x in deal.competitors]
    if expected is not None and sorted(set(old)) != sorted(set(expected)):
        raise c.changed_meanwhile("deal", deal_id, deal.name)
    wanted = [c.get(session, Competitor, i, "competitor") for i in dict.fromkeys(competitor_ids)]
    deal.competitors = wanted
    deal.updated_at = utcnow()  # a link table's change moves the deal's version too
    audit.log(session, "update", deal, "competitors", old, [x.id for x in wanted])
    return Changes.of(updated=[("deal", deal_id)], undo={"old": old})


@c.naming_accounts
def revert_move(
    session: Session,
    change_id: int,
    deal_id: int,
    untick: Iterable[str],
    undo: dict[str, Any] | None = None,
) -> Changes:
    """Undo a move in one transaction: the history entry, then the ticks it added.

    ``undo`` is the move's ``Changes.undo`` (e.g. the protection period it ended).
    """
    changes = revert_stage_change(session, change_id, undo=undo)
    for criterion in untick:
        changes |= set_exit_check(session, deal_id, criterion, False)
    return changes
