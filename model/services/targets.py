"""Targets: what a member, or the whole team, is to win or collect in a period (GOAL.4).

One target per (member or team, period, kind); setting one again changes its
amount. Each service returns :class:`~model.changes.Changes` whose ``undo``
holds what undoing it takes:

* :func:`set_target` — ``undo["old"]``: the amount before (None: there was no
  target), with ``member_id``, ``period`` and ``kind``; :func:`undo_set_target`
  puts it back (deletes the target when there was none);
* :func:`delete_target` — ``undo["snapshot"]``; :func:`restore_target` puts
  the row back with its id and uuid.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import audit
from model.changes import Changes
from model.entities import Target, TeamMember
from model.errors import InvalidValue, term
from model.services import common as c
from model.targets import KINDS, is_period

__all__ = [
    "delete_target",
    "restore_target",
    "set_target",
    "undo_set_target",
]


def _find(session: Session, member_id: int | None, period: str, kind: str) -> Target | None:
    member = Target.member_id.is_(None) if member_id is None else Target.member_id == member_id
    return session.execute(
        select(Target).where(member, Target.period == period, Target.kind == kind)
    ).scalar_one_or_none()


def _check(session: Session, member_id: int | None, period: str, amount: Any, kind: str) -> float:
    if kind not in KINDS:
        raise InvalidValue(
            "Value '{raw}' is not one of: {allowed}.", raw=kind, allowed=", ".join(KINDS)
        )
    if not isinstance(period, str) or not is_period(period):
        raise InvalidValue(
            "'{period}' is not a period: write a month (2027-01), a quarter (2027Q1) "
            "or a year (2027).",
            field="period",
            period=period,
        )
    if member_id is not None:
        c.get(session, TeamMember, member_id, term("team member"))
    try:
        if isinstance(amount, bool):
            raise TypeError(amount)
        value = float(amount)
    except (TypeError, ValueError):
        raise InvalidValue(
            "A target must be a number, not '{raw}'.", field="amount", raw=amount
        ) from None
    if not math.isfinite(value) or value < 0:
        raise InvalidValue("A target must be zero or more, not {raw}.", field="amount", raw=amount)
    return value


@c.naming_accounts
def set_target(
    session: Session,
    member_id: int | None,
    period: str,
    amount: float,
    kind: str = "won",
) -> Changes:
    """Set the ``kind`` target of a member (None: the team) for ``period``, in the base
    currency; a second call for the same member, period and kind changes its amount."""
    value = _check(session, member_id, period, amount, kind)
    where = {"member_id": member_id, "period": period, "kind": kind}
    row = _find(session, member_id, period, kind)
    if row is None:
        row = Target(member_id=member_id, period=period, kind=kind, amount=value)
        session.add(row)
        session.flush()
        audit.log(session, "create", row)
        return Changes.of(created=[("target", row.id)], undo={**where, "old": None})
    old = row.amount
    if old == value:
        return Changes.of(undo={**where, "old": old})
    row.amount = value
    audit.log(session, "update", row, "amount", old, value)
    session.flush()
    return Changes.of(updated=[("target", row.id)], undo={**where, "old": old})


@c.naming_accounts
def undo_set_target(session: Session, undo: Mapping[str, Any]) -> Changes:
    """Undo :func:`set_target` with its ``Changes.undo``: the old amount back, or the
    target gone when there was none before."""
    member_id, period, kind = undo["member_id"], undo["period"], undo["kind"]
    if undo.get("old") is not None:
        return set_target(session, member_id, period, undo["old"], kind)
    row = _find(session, member_id, period, kind)
    if row is None:
        return Changes()
    changes, _ = c.delete_with_snapshot(session, row)
    return changes


@c.naming_accounts
def delete_target(session: Session, target_id: int) -> Changes:
    """Delete a target; ``Changes.undo["snapshot"]`` brings it back (:func:`restore_target`)."""
    row = c.get(session, Target, target_id, term("target"))
    changes, _ = c.delete_with_snapshot(session, row)
    return changes


def restore_target(session: Session, snapshot: c.Snapshot) -> Changes:
    """Undo :func:`delete_target`: the row back with the same id and uuid."""
    return c.restore(session, snapshot)
