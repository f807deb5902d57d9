"""The team lead's review list: what needs a decision or a nudge, deal by deal.

Five kinds of item, each read in one or two statements for the whole
workspace (the large sample's 20,000 deals included):

* ``forced_pending`` — a move forced past an unmet gate that waits for a
  manager (:func:`model.services.approvals.awaiting_moves`); *since*: the local
  day of the move; *detail*: the move and what was unmet
  ("P3→P4 P3.EXIT.2, P3.FIVE.4");
* ``contradicted`` — an exit criterion of the deal's current stage that the
  workspace's data answers (:data:`model.rules.chain.COMPUTED_CRITERIA`),
  ticked done on an open deal while the data says it is not met
  (:func:`model.rules.chain.met_criteria` over
  :func:`model.rules.chain.chain_facts`): the tick does not count at the gate
  and whoever ticked it may believe the deal is further than it is; *since*:
  the day it was ticked; *detail*: the criterion's ID. Ticks of stages the
  deal has left are history (the data may have changed since, a person
  left) and the gate they opened is passed, so they are not listed;
* ``protection_expired`` — an expired protection awaiting a decision
  (:func:`model.protection.awaiting_decision`: penalise, release or
  transfer); *since*: the first day without protection; *detail*: the stage;
* ``overdue_step`` — a next step of an activity on an open deal due before
  today and not done (:func:`model.activities.is_overdue`); *since*: its due
  day; *detail*: the step as written;
* ``idle`` — an open deal with no activity for more than ``review_idle_days``
  days (setting, or ``idle_days``); *since*: the day of its last activity, or
  the day it was created when it has none; *detail*: the stage.

Items are sorted by kind (the order above), then the oldest first. Each
names a deal, its account and owner; nothing of the customer's people's
private attributes is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final, Literal

from sqlalchemy import Connection, func, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from model.batch import collector_paused
from model.entities import Account, Activity, Deal, ExitCheck, Setting, StageChange, TeamMember
from model.enums import DealStatus
from model.methodology import load_methodology
from model.protection import awaiting_decision
from model.rows import Reader
from model.rules.chain import COMPUTED_CRITERIA, chain_facts, met_criteria
from model.services.approvals import awaiting_moves
from model.settings import DEFAULTS
from model.sql import bytewise

__all__ = ["KINDS", "ReviewItem", "ReviewKind", "review_list"]

ReviewKind = Literal["forced_pending", "contradicted", "protection_expired", "overdue_step", "idle"]
KINDS: Final[tuple[str, ...]] = (
    "forced_pending",
    "contradicted",
    "protection_expired",
    "overdue_step",
    "idle",
)
"""The kinds of item in the order the list shows them."""

_DETAIL_LEN: Final = 120


@dataclass(frozen=True, slots=True)
class ReviewItem:
    kind: str  # one of KINDS
    deal_id: int
    deal_name: str
    account_id: int
    account_name: str
    owner_name: str
    since: date | None
    detail: str  # an ID or a short fact; never a private attribute
    owner_id: int | None = None
    stage: str = ""


def _local_day(at: datetime) -> date:
    """The local day of a stored (naive UTC) instant."""
    return at.replace(tzinfo=UTC).astimezone().date()


def _utc_start(day: date) -> datetime:
    """The stored (naive UTC) instant at which local ``day`` begins."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def _plain(db: Reader) -> Connection:
    """The connection under ``db``: plain rows, without the ORM's processing of each
    (a few hundred ms over the large sample's thousands of items)."""
    return db.connection() if isinstance(db, Session) else db


def _idle_days(db: Reader) -> int:
    raw = db.execute(select(Setting.value).where(Setting.key == "review_idle_days")).scalar()
    value = json.loads(raw) if raw is not None else DEFAULTS["review_idle_days"]
    return int(value)


_HEAD: Final = (
    Deal.id,
    Deal.name,
    Deal.account_id,
    Account.name,
    func.coalesce(TeamMember.name, literal_column("''")),
    Deal.owner_id,
    Deal.stage,
)


def _heads(*extra: Any) -> Select[Any]:
    """The deal's head columns (then ``extra``), with its account and owner."""
    return (
        select(*_HEAD, *extra)
        .join(Account, Account.id == Deal.account_id)
        .outerjoin(TeamMember, TeamMember.id == Deal.owner_id)
    )


def _item(kind: str, head: Any, since: date | None, detail: str) -> ReviewItem:
    deal_id, name, account_id, account, owner, owner_id, stage = head
    return ReviewItem(
        kind, deal_id, name, account_id, account, owner, since, detail, owner_id, stage
    )


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _DETAIL_LEN else line[: _DETAIL_LEN - 1] + "…"


def _forced(db: Reader) -> Iterable[ReviewItem]:
    waiting = awaiting_moves().subquery("aw")
    stmt = _heads(
        StageChange.at, StageChange.from_stage, StageChange.to_stage, StageChange.unmet
    ).join(StageChange, StageChange.deal_id == Deal.id)
    stmt = stmt.where(StageChange.id.in_(select(waiting.c.id)))
    for row in _plain(db).execute(stmt):
        at, from_stage, to_stage, unmet = row[7:]
        move = f"{from_stage}→{to_stage}" if from_stage else to_stage
        detail = f"{move} {', '.join(unmet)}" if unmet else move
        yield _item("forced_pending", row[:7], _local_day(at), detail)


def _contradicted(db: Reader, today: date) -> Iterable[ReviewItem]:
    stmt = _heads(ExitCheck.criterion, ExitCheck.done_on).join(
        ExitCheck, ExitCheck.deal_id == Deal.id
    )
    stmt = stmt.where(
        Deal.status == DealStatus.OPEN.value,
        ExitCheck.done,
        ExitCheck.criterion.in_(sorted(COMPUTED_CRITERIA)),
        # of the stage the deal is in ("P4.EXIT.n" as a range, as the board reads them)
        bytewise(ExitCheck.criterion) > Deal.stage.concat("."),
        bytewise(ExitCheck.criterion) < Deal.stage.concat("/"),
    )
    ticks = _plain(db).execute(stmt).all()
    if not ticks:
        return
    chains = chain_facts(db, {row[0] for row in ticks}, today=today)
    method = load_methodology()
    met: dict[int, frozenset[str]] = {}
    for row in ticks:
        deal_id, criterion, done_on = row[0], row[7], row[8]
        if deal_id not in met:
            chain = chains.get(deal_id)
            met[deal_id] = met_criteria(chain, method) if chain is not None else frozenset()
        if criterion not in met[deal_id]:
            yield _item("contradicted", row[:7], done_on, criterion)


def _protection(db: Reader, today: date) -> Iterable[ReviewItem]:
    rows = awaiting_decision(_plain(db), today)  # Core rows: no ORM loading of each
    if not rows:
        return
    wanted = _heads().where(Deal.id.in_([r.deal_id for r in rows]))
    heads = {row[0]: row for row in _plain(db).execute(wanted)}
    for r in rows:
        expired = r.state.expires + timedelta(days=1) if r.state.expires else None
        yield _item("protection_expired", heads[r.deal_id], expired, r.stage)


_CHUNK: Final = 2000  # deal ids per IN list (well below SQLite's and PostgreSQL's limits)


def _overdue(db: Reader, today: date) -> Iterable[ReviewItem]:
    # The steps due first (the index on next_due finds them), then their open deals: in
    # one join SQLite walked every open deal's activities (~0.04 s on the large sample
    # for none at all).
    conn = _plain(db)
    due_steps = select(Activity.deal_id, Activity.next_due, Activity.next_step).where(
        Activity.next_due < today,
        Activity.next_done_on.is_(None),
        Activity.deal_id.is_not(None),
    )
    steps = [(d, due, step) for d, due, step in conn.execute(due_steps) if d is not None]
    ids = sorted({deal_id for deal_id, _due, _step in steps})
    heads: dict[int, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        wanted = _heads().where(
            Deal.status == DealStatus.OPEN.value, Deal.id.in_(ids[start : start + _CHUNK])
        )
        heads.update((row[0], row) for row in conn.execute(wanted))
    for deal_id, due, step in steps:
        head = heads.get(deal_id)
        if head is not None:
            yield _item("overdue_step", head, due, _short(step or ""))


def _idle(db: Reader, today: date, days: int) -> Iterable[ReviewItem]:
    cutoff = today - timedelta(days=days)  # a last activity before it: more than `days` ago
    last = (
        select(Activity.deal_id.label("deal_id"), func.max(Activity.on).label("last_on"))
        .where(Activity.deal_id.is_not(None))
        .group_by(Activity.deal_id)
        .subquery("la")
    )
    stmt = (
        _heads(last.c.last_on, Deal.created_at)
        .outerjoin(last, last.c.deal_id == Deal.id)
        .where(Deal.status == DealStatus.OPEN.value)
        .where(
            (last.c.last_on < cutoff)
            | (last.c.last_on.is_(None) & (Deal.created_at < _utc_start(cutoff)))
        )
    )
    for row in _plain(db).execute(stmt):
        last_on, created = row[7], row[8]
        since = last_on if last_on is not None else _local_day(created)
        yield _item("idle", row[:7], since, row[6])


@collector_paused()  # thousands of items and the chains behind them live until it ends
def review_list(
    db: Reader, today: date | None = None, idle_days: int | None = None
) -> list[ReviewItem]:
    """Every item of the review list (see the module docstring), in its order."""
    today = today or date.today()
    days = idle_days if idle_days is not None else _idle_days(db)
    items = [
        *_forced(db),
        *_contradicted(db, today),
        *_protection(db, today),
        *_overdue(db, today),
        *_idle(db, today, days),
    ]
    order = {k: i for i, k in enumerate(KINDS)}
    far = date.max
    items.sort(key=lambda i: (order[i.kind], i.since or far, i.deal_name, i.deal_id, i.detail))
    return items
