"""A manager's forecast overrides and the forecast snapshots (see :mod:`model.forecast`).

Overrides
---------
:func:`set_forecast_override` and :func:`clear_forecast_override` each return,
in ``Changes.undo``, the deal's override as it was before (``{"deal_id",
"before"}``; ``before`` None when it had none, and a delete ``snapshot`` when
the step removed a row). :func:`restore_forecast_override` puts that state back
and returns the same kind of undo data for the state it replaced, so undo and
redo are each one call.

Snapshots
---------
:func:`take_snapshot` writes what the forecasts say now: a
:class:`~model.entities.ForecastSnapshot` and its lines. Its undo is
:func:`delete_snapshot`, whose delete snapshot the generic
:func:`model.services.common.restore` brings back with the same ids.
:func:`take_weekly_snapshot_if_due` is for the desktop to call when a workspace
is opened for editing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from model import audit
from model.base import new_uuid, utcnow
from model.board import stage_probabilities
from model.changes import Changes
from model.entities import Deal, ForecastLine, ForecastOverride, ForecastSnapshot, TeamMember
from model.errors import InvalidValue
from model.forecast import (
    CATEGORIES,
    COUNTED,
    SNAPSHOT_MONTHS,
    cash_parts,
    deal_value,
    local_day,
    win_forecast,
)
from model.money import month_key, period_bounds, workspace_rates
from model.services import common as c

__all__ = [
    "OVERRIDE_FIELDS",
    "WEEKLY_DAYS",
    "clear_forecast_override",
    "delete_snapshot",
    "restore_forecast_override",
    "sees_everything",
    "set_forecast_override",
    "take_snapshot",
    "take_weekly_snapshot_if_due",
]

WEEKLY_DAYS: Final = 7
"""A weekly snapshot is due when the last snapshot is this many days old."""

OVERRIDE_FIELDS: dict[str, c.Validator] = {
    "category": c.choice(CATEGORIES, label="Forecast category"),
    "amount": c.number(0, label="Forecast amount", optional=True),
    "close_on": c.day(label="Expected close"),
    "note": c.text(2000, required=True, label="Why"),
    "by_id": c.reference(TeamMember, label="Decided by"),
}
_STATE: Final = ("category", "amount", "close_on", "note", "by_id")


def _override(session: Session, deal_id: int) -> ForecastOverride | None:
    return session.execute(
        select(ForecastOverride).where(ForecastOverride.deal_id == deal_id)
    ).scalar_one_or_none()


def _state(row: ForecastOverride | None) -> dict[str, Any] | None:
    return None if row is None else {f: getattr(row, f) for f in _STATE}


def _write(session: Session, deal_id: int, values: Mapping[str, Any]) -> Changes:
    """Make the deal's override hold ``values`` (creating it when it has none)."""
    row = _override(session, deal_id)
    if row is None:
        row = c.create(session, ForecastOverride, values, OVERRIDE_FIELDS, deal_id=deal_id)
        return Changes.of(created=[("forecast_override", row.id)], affects=[("deal", deal_id)])
    old = c.apply_fields(session, row, values, OVERRIDE_FIELDS)
    if not old:
        return Changes()
    return Changes.of(updated=[("forecast_override", row.id)], affects=[("deal", deal_id)])


def _remove(session: Session, deal_id: int) -> tuple[Changes, c.Snapshot | None]:
    row = _override(session, deal_id)
    if row is None:
        return Changes(), None
    changes, snap = c.delete_with_snapshot(session, row)
    return changes.with_affects([("deal", deal_id)]), snap


@c.naming_accounts
def set_forecast_override(
    session: Session,
    deal_id: int,
    category: str,
    note: str,
    *,
    amount: float | None = None,
    close_on: date | None = None,
    by: int | None = None,
) -> Changes:
    """A manager's call on an open deal's forecast: its category, and optionally
    another amount (in the deal's currency) or close day, with why and who.

    ``by`` defaults to the member the user said they are. Refused for a deal
    that is not open and without a note.
    """
    deal = c.get(session, Deal, deal_id, "deal")
    if deal.status != "open":
        raise InvalidValue(
            "Only an open deal's forecast can be overridden; '{name}' is {status_label}.",
            name=deal.name,
            status_label=deal.status,
        )
    before = _state(_override(session, deal_id))
    values = {
        "category": category,
        "amount": amount,
        "close_on": close_on,
        "note": note,
        "by_id": by if by is not None else audit.member(session),
    }
    changes = _write(session, deal_id, values)
    return changes | Changes(undo={"deal_id": deal_id, "before": before})


@c.naming_accounts
def clear_forecast_override(session: Session, deal_id: int) -> Changes:
    """Remove a deal's override: its stage decides its category again."""
    c.get(session, Deal, deal_id, "deal")
    before = _state(_override(session, deal_id))
    changes, snap = _remove(session, deal_id)
    undo: dict[str, Any] = {"deal_id": deal_id, "before": before}
    if snap is not None:
        undo["snapshot"] = snap
    return Changes(changes.created, changes.updated, changes.deleted, undo, (), changes.affects)


@c.naming_accounts
def restore_forecast_override(session: Session, undo: Mapping[str, Any]) -> Changes:
    """Put a deal's override back as ``undo`` (a set's, clear's or restore's) says it was.

    Returns the undo data of the state it replaced.
    """
    deal_id = int(undo["deal_id"])
    before: Mapping[str, Any] | None = undo.get("before")
    current = _state(_override(session, deal_id))
    mine: dict[str, Any] = {"deal_id": deal_id, "before": current}
    if before is None:
        changes, snap = _remove(session, deal_id)
        if snap is not None:
            mine["snapshot"] = snap
    elif current is None and undo.get("snapshot") is not None:
        changes = c.restore(session, undo["snapshot"]).with_affects([("deal", deal_id)])
        row = _override(session, deal_id)
        if row is not None and _state(row) != dict(before):
            changes |= _write(session, deal_id, before)
    else:
        changes = _write(session, deal_id, before)
    return Changes(changes.created, changes.updated, changes.deleted, mine, (), changes.affects)


# -- snapshots -------------------------------------------------------------------------------


@c.naming_accounts
def take_snapshot(
    session: Session, kind: str = "manual", *, by: int | None = None, now: datetime | None = None
) -> Changes:
    """Keep what the win and cash forecasts say now, for :data:`SNAPSHOT_MONTHS` months.

    ``now`` is the instant (naive UTC, default now); its local day decides the
    months. Undo: :func:`delete_snapshot` of the created ``("forecast_snapshot", id)``.
    """
    kind = c.choice(("manual", "weekly"), label="Snapshot kind")(session, None, kind)
    by = c.reference(TeamMember, label="Taken by")(session, None, by)
    now = now or utcnow()
    today = local_day(now)
    rates = workspace_rates(session)
    snap = ForecastSnapshot(
        taken_at=now,
        kind=kind,
        by_id=by if by is not None else audit.member(session),
        base_currency=rates.base,
    )
    session.add(snap)
    session.flush()
    audit.log(session, "create", snap)
    lines: list[dict[str, Any]] = []
    probs = stage_probabilities(session)
    win = win_forecast(session, "month", today, SNAPSHOT_MONTHS, today=today, probs=probs)
    months = [p.period for p in win.periods]
    window = set(months)
    for d in win.deals:
        if d.period in window and d.category in COUNTED and d.base_amount is not None:
            lines.append(
                _line(snap.id, d.deal_id, d.owner_id, "win", d.period, d.category)
                | {"probability": d.probability, "amount": d.base_amount, "weighted": d.weighted}
            )
    first, _end = period_bounds(months[0])
    for deal_id, owner, closed_on, value, contract_value, currency in session.execute(
        select(
            Deal.id,
            Deal.owner_id,
            Deal.closed_on,
            Deal.amount,
            Deal.contract_value,
            Deal.currency,
        ).where(Deal.status == "won", Deal.closed_on >= first, Deal.closed_on <= today)
    ):
        base = rates.to_base(deal_value(value, contract_value), currency)
        if base is not None and closed_on is not None:
            lines.append(
                _line(snap.id, deal_id, owner, "win", month_key(closed_on), "won")
                | {"probability": 1.0, "amount": base, "weighted": base}
            )
    cash: dict[tuple[int, int | None, str, str, float], list[float]] = defaultdict(
        lambda: [0.0, 0.0]
    )
    for part in cash_parts(session, first, period_bounds(months[-1])[1], rates=rates, probs=probs):
        key = (part.deal_id, part.owner_id, part.period, part.part, part.probability)
        cash[key][0] += part.amount
        cash[key][1] += part.weighted
    for (deal_id, owner, period, part_name, p), (amount, weighted) in cash.items():
        lines.append(
            _line(snap.id, deal_id, owner, "cash", period, part_name)
            | {"probability": p, "amount": amount, "weighted": weighted}
        )
    if lines:
        # Core, not the ORM's bulk insert: a large workspace's snapshot has ~30,000 lines.
        session.connection().execute(ForecastLine.metadata.tables["forecast_lines"].insert(), lines)
    session.expire(snap)
    return Changes.of(created=[("forecast_snapshot", snap.id)])


def _line(
    snapshot_id: int, deal_id: int, owner: int | None, kind: str, period: str, category: str
) -> dict[str, Any]:
    now = utcnow()
    return {
        "uuid": new_uuid(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "snapshot_id": snapshot_id,
        "deal_id": deal_id,
        "owner_id": owner,
        "kind": kind,
        "period": period,
        "category": category,
    }


@c.naming_accounts
def delete_snapshot(session: Session, snapshot_id: int) -> Changes:
    """Remove a snapshot and its lines; ``undo["snapshot"]`` restores them
    (:func:`model.services.common.restore`). On a team database only its taker or
    an executive may; anybody else is told so (:class:`InvalidValue`)."""
    refusal = InvalidValue(
        "Only the member who took a forecast snapshot, or an executive, may remove "
        "it on the team database; nothing was changed."
    )
    with c.refused_by_server(session, ForecastSnapshot, snapshot_id, refusal):
        row = c.get(session, ForecastSnapshot, snapshot_id, "forecast snapshot")
        changes, _ = c.delete_with_snapshot(session, row)
    return changes


def sees_everything(session: Session) -> bool:
    """Whether the signed-in role reads every deal: always on a file; on a server
    when row security does not apply to it (the admin) or it is an executive's."""
    if session.get_bind().dialect.name == "sqlite":
        return True
    limited = session.execute(
        text("SELECT pg_catalog.row_security_active('public.deals')")
    ).scalar()
    if not limited:
        return True
    return bool(session.execute(text("SELECT public.kan_sees_all()")).scalar())


def take_weekly_snapshot_if_due(session: Session, now: datetime | None = None) -> Changes | None:
    """Take a ``weekly`` snapshot when the setting ``weekly_snapshots`` is on, the
    workspace has deals and the last snapshot (of any kind) is at least
    :data:`WEEKLY_DAYS` days old (or there is none); None when none was due.
    On a team database only a role that reads every deal (an executive's, the
    admin's) takes it (:func:`sees_everything`); a rep's app never does."""
    from model.settings import get_setting

    if not get_setting(session, "weekly_snapshots"):
        return None
    if not sees_everything(session):
        # A member who reads only some deals would keep a partial snapshot as the
        # team's and put the weekly clock back for everybody.
        return None
    now = now or utcnow()
    last = session.execute(select(func.max(ForecastSnapshot.taken_at))).scalar_one_or_none()
    if last is not None and now - last < timedelta(days=WEEKLY_DAYS):
        return None
    if session.execute(select(Deal.id).limit(1)).first() is None:
        return None
    return take_snapshot(session, "weekly", now=now)
