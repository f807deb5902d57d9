"""Forced moves that wait for a manager's approval.

A move forced past an unmet gate (``StageChange.forced``) is the author's
judgement against the method's. When the author is a manager or an executive,
that judgement is the approval; anyone else's forced move — a rep's, a
presales engineer's, or one recorded "by" nobody — waits until a manager
approves it or reverts it. The rule, in one place (:func:`awaiting_moves`):

A stage change awaits approval when

- it was forced, and no approval is recorded (``approved_at`` is empty),
- its author's team role is not manager or executive (read as it stands now:
  a forced move by a manager is approved by its author, so it is not stored
  twice; workspaces written before approvals existed need no migration),
- its deal is open (a closed deal left the funnel; nothing is left to approve),
- and the deal has not gone back since to where the move came from (or
  further): the gate that was forced is then no longer passed. That is what
  :func:`revert_forced_move` does, and a plain move back does the same.

A forced creation (a deal entered straight into P3 or later) came from
:data:`ENTRY_STAGE`, where a deal can be created without a gate.

Who may do what: approving needs a manager or an executive. Reverting moves
the deal back with a reason, as any move back does; a manager or executive
may revert anyone's forced move, and the author may take back their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, Select, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from model import audit
from model.base import utcnow
from model.changes import Changes
from model.entities import Deal, StageChange, TeamMember
from model.enums import DealStatus, Stage, TeamRole
from model.errors import DomainError, InvalidValue
from model.services import common as c

MANAGER_ROLES: frozenset[str] = frozenset({TeamRole.MANAGER.value, TeamRole.EXECUTIVE.value})
"""Team roles whose forced moves need no approval, and who may approve others'."""

ENTRY_STAGE = Stage.P2
"""The latest stage a deal may be created in without a gate (see ``create_deal``)."""


Reader = Session | Connection


class ApprovalRefused(DomainError):
    """The acting member may not approve (or revert) this forced move."""


def is_manager(db: Reader, member_id: int | None) -> bool:
    """Whether a team member holds a manager or executive role (None: nobody named)."""
    if member_id is None:
        return False
    role = db.execute(select(TeamMember.role).where(TeamMember.id == member_id)).scalar()
    return role in MANAGER_ROLES


def awaiting_moves(deal_ids: Iterable[int] | None = None) -> Select[int, int]:
    """(stage change id, deal id) of every forced move awaiting approval.

    One statement for any number of deals, so the board and the panel read it
    in one go; ``deal_ids`` narrows it.
    """
    later = aliased(StageChange)
    author = aliased(TeamMember)
    came_from = func.coalesce(StageChange.from_stage, literal(ENTRY_STAGE.value))
    gone_back = exists().where(
        later.deal_id == StageChange.deal_id,
        or_(later.at > StageChange.at, and_(later.at == StageChange.at, later.id > StageChange.id)),
        later.to_stage <= came_from,  # "P1" < "P2" < … < "P7"
    )
    stmt = (
        select(StageChange.id, StageChange.deal_id)
        .join(Deal, Deal.id == StageChange.deal_id)
        .outerjoin(author, author.id == StageChange.by_id)
        .where(
            StageChange.forced,
            StageChange.approved_at.is_(None),
            Deal.status == DealStatus.OPEN.value,
            or_(author.role.is_(None), author.role.not_in(sorted(MANAGER_ROLES))),
            ~gone_back,
        )
    )
    if deal_ids is not None:
        stmt = stmt.where(StageChange.deal_id.in_(list(deal_ids)))
    return stmt


def awaiting_ids(db: Reader, deal_ids: Iterable[int] | None = None) -> frozenset[int]:
    """Ids of the stage changes awaiting approval (of the given deals)."""
    return frozenset(change_id for change_id, _ in db.execute(awaiting_moves(deal_ids)))


def revert_target(from_stage: str | None) -> str:
    """Where reverting a forced move puts the deal back: where the move came from."""
    return from_stage or ENTRY_STAGE.value


def _awaiting(session: Session, change_id: int) -> StageChange:
    entry = c.get(session, StageChange, change_id, "stage change")
    if change_id not in awaiting_ids(session, [entry.deal_id]):
        raise InvalidValue("This move does not await approval (any more).")
    return entry


def _acting(session: Session, by: int | None) -> TeamMember:
    member_id = by if by is not None else audit.member(session)
    if member_id is None:
        raise ApprovalRefused(
            "Say who you are (File → I am…) before approving or reverting a forced move."
        )
    return c.get(session, TeamMember, member_id, "team member")


@c.naming_accounts
def approve_stage_change(session: Session, change_id: int, *, by: int | None = None) -> Changes:
    """A manager (or an executive) approves a forced move; ``by`` defaults to the acting member.

    ``undo`` holds what :func:`withdraw_approval` needs to take it back.
    """
    approver = _acting(session, by)
    if approver.role not in MANAGER_ROLES:
        raise ApprovalRefused(
            "Only a manager or an executive may approve a forced move; {name} is neither.",
            name=approver.name,
        )
    entry = _awaiting(session, change_id)
    audit.log(session, "update", entry, "approved_by_id", entry.approved_by_id, approver.id)
    entry.approved_by_id = approver.id
    entry.approved_at = utcnow()
    session.flush()
    return Changes.of(
        updated=[("deal", entry.deal_id), ("stage_change", entry.id)],
        undo={"change_id": entry.id, "approved_at": entry.approved_at},
    )


@c.naming_accounts
def withdraw_approval(
    session: Session, change_id: int, *, approved_at: datetime | None = None
) -> Changes:
    """Take an approval back (the undo of :func:`approve_stage_change`).

    With ``approved_at`` it refuses when the approval is no longer the one
    that undo is about (approved again since), rather than remove a newer one.
    """
    entry = c.get(session, StageChange, change_id, "stage change")
    if entry.approved_at is None:
        return Changes()
    if approved_at is not None and entry.approved_at != approved_at:
        raise InvalidValue("The approval changed since; it was left as it is.")
    audit.log(session, "update", entry, "approved_by_id", entry.approved_by_id, None)
    entry.approved_by_id = None
    entry.approved_at = None
    session.flush()
    return Changes.of(updated=[("deal", entry.deal_id), ("stage_change", entry.id)])


@c.naming_accounts
def revert_forced_move(
    session: Session, change_id: int, *, reason: str, by: int | None = None
) -> Changes:
    """Undo the effect of a forced move: move the deal back to where it came from.

    It is a move back like any other (``move_deal`` with the reason, kept in the
    history); undo it with ``revert_stage_change`` on the created entry.
    Allowed to a manager or an executive, and to the author of the move.
    """
    from model.services.deals import move_deal  # deals imports much; only this needs it

    actor = _acting(session, by)
    entry = _awaiting(session, change_id)
    if actor.role not in MANAGER_ROLES and actor.id != entry.by_id:
        raise ApprovalRefused(
            "Only a manager, an executive or its author may revert a forced move; "
            "{name} is none of them.",
            name=actor.name,
        )
    return move_deal(
        session, entry.deal_id, revert_target(entry.from_stage), reason=reason, by=actor.id
    )
