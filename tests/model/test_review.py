"""The team lead's review list (model/review.py): each kind of item on a deal made for
it, the day it is listed from, and that the deal leaves the list once it is put right.
Days that come from stored instants are checked in two time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import make  # type: ignore[import-not-found]  # tests/model/make.py
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import Activity, Deal, ExitCheck, Person, StageChange
from model.review import KINDS, ReviewItem, review_list
from model.services import accounts, team
from model.services.approvals import approve_stage_change
from model.services.protection import penalise
from model.settings import set_setting
from model.workspace import Workspace


def _utc(day: date, hour: int, minute: int = 0) -> datetime:
    """The stored (naive UTC) instant of a local day and hour."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC).replace(tzinfo=None)


@pytest.fixture
def ids(workspace: Workspace) -> dict[str, int]:
    with workspace.begin() as s:
        return {
            "boss": team.create_member(s, {"name": "Chen", "role": "manager"}).created_id("member"),
            "rep": team.create_member(s, {"name": "Liu", "role": "rep"}).created_id("member"),
            "account": accounts.create_account(s, {"name": "Acme"}).created_id("account"),
        }


def _deal(s: Session, ids: dict[str, int], name: str, **values: object) -> int:
    deal = Deal(account_id=ids["account"], name=name, owner_id=ids["rep"], **values)
    s.add(deal)
    s.flush()
    return deal.id


def _items(ws: Workspace, kind: str, **kw: object) -> list[ReviewItem]:
    with ws.sessions() as s:
        return [i for i in review_list(s, **kw) if i.kind == kind]  # type: ignore[arg-type]


def test_a_forced_move_awaiting_approval_until_a_manager_approves(
    workspace: Workspace, ids: dict[str, int], local_zone: str
) -> None:
    today = date.today()
    with workspace.begin() as s:
        deal = make.deal_at(s, ids["account"], "Forced", "P3")  # forced, by nobody
        entry = s.execute(select(StageChange).where(StageChange.deal_id == deal)).scalar_one()
        entry.at = _utc(today - timedelta(days=5), 0, 30)  # early on a local day
        change, unmet = entry.id, list(entry.unmet)
    (item,) = _items(workspace, "forced_pending")
    assert (item.deal_id, item.deal_name, item.account_name) == (deal, "Forced", "Acme")
    assert item.since == today - timedelta(days=5)
    assert unmet and item.detail == "P3 " + ", ".join(unmet)
    with workspace.begin() as s:
        approve_stage_change(s, change, by=ids["boss"])
    assert _items(workspace, "forced_pending") == []


def test_a_tick_the_data_contradicts_until_the_data_backs_it(
    workspace: Workspace, ids: dict[str, int]
) -> None:
    today = date.today()
    with workspace.begin() as s:
        deal = _deal(s, ids, "Ticked", stage="P5")
        left = _deal(s, ids, "Moved on", stage="P6")
        closed = _deal(s, ids, "Closed", stage="P5", status="lost", closed_on=today)
        for on, criterion in [
            (deal, "P5.EXIT.3"),  # a KU backs us: nobody is KU — contradicted
            (deal, "P5.EXIT.1"),  # not answered by data: a tick is the answer
            (deal, "P4.EXIT.2"),  # a stage the deal has left
            (left, "P5.EXIT.3"),
            (closed, "P5.EXIT.3"),
        ]:
            s.add(
                ExitCheck(deal_id=on, criterion=criterion, done=True, done_on=today - timedelta(3))
            )
    (item,) = _items(workspace, "contradicted")
    assert (item.deal_id, item.detail, item.since, item.stage) == (
        deal,
        "P5.EXIT.3",
        today - timedelta(days=3),
        "P5",
    )
    with workspace.begin() as s:  # a KU who backs us joins the account: the tick holds
        ku = make.person(s, ids["account"], "Wu", role="KU")
        person = s.get(Person, ku)
        assert person is not None
        person.support = 2
    assert _items(workspace, "contradicted") == []


def test_an_expired_protection_awaiting_a_decision_until_it_is_taken(
    workspace: Workspace, ids: dict[str, int]
) -> None:
    today = date.today()
    with workspace.begin() as s:
        expired = _deal(s, ids, "Expired", stage="P3", protection_expires=today - timedelta(3))
        still = _deal(s, ids, "Last day", stage="P3", protection_expires=today)
        for d in (expired, still):
            at = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=200)
            s.add(StageChange(deal_id=d, from_stage="P2", to_stage="P3", at=at))
    (item,) = _items(workspace, "protection_expired")
    assert (item.deal_id, item.since, item.detail) == (expired, today - timedelta(2), "P3")
    with workspace.begin() as s:
        penalise(s, expired)
    assert _items(workspace, "protection_expired") == []


def test_an_overdue_next_step_until_it_is_done(workspace: Workspace, ids: dict[str, int]) -> None:
    today = date.today()
    with workspace.begin() as s:
        deal = _deal(s, ids, "Late", stage="P4")
        closed = _deal(s, ids, "Won", stage="P7", status="won", closed_on=today)

        def act(on: int, due: date, step: str) -> int:
            a = Activity(account_id=ids["account"], deal_id=on, on=today - timedelta(10),
                         next_step=step, next_due=due)  # fmt: skip
            s.add(a)
            s.flush()
            return a.id

        late = act(deal, today - timedelta(1), "Send   the\nquote")
        act(deal, today, "Due today: not yet late")
        act(closed, today - timedelta(5), "On a closed deal")
    (item,) = _items(workspace, "overdue_step")
    assert (item.deal_id, item.since, item.detail) == (deal, today - timedelta(1), "Send the quote")
    with workspace.begin() as s:
        row = s.get(Activity, late)
        assert row is not None
        row.next_done_on = today
    assert _items(workspace, "overdue_step") == []


def test_idle_deals_more_than_the_setting_days_without_activity(
    workspace: Workspace, ids: dict[str, int], local_zone: str
) -> None:
    today = date.today()
    with workspace.begin() as s:
        old = _deal(s, ids, "Old visit", stage="P4")
        recent = _deal(s, ids, "Visited 30 days ago", stage="P4")
        # Never visited: created late on the local day 31 days ago (listed) and early on the
        # day 30 days ago (not): the local day, not the UTC one, decides.
        never = _deal(s, ids, "Never", stage="P3",
                      created_at=_utc(today - timedelta(31), 23, 30))  # fmt: skip
        _deal(s, ids, "Never, newer", stage="P3", created_at=_utc(today - timedelta(30), 0, 30))
        _deal(s, ids, "Closed", stage="P3", status="lost", closed_on=today,
              created_at=_utc(today - timedelta(300), 9))  # fmt: skip
        for d, days in ((old, 31), (old, 45), (recent, 30), (recent, 90)):
            s.add(Activity(account_id=ids["account"], deal_id=d, on=today - timedelta(days)))
    found = _items(workspace, "idle", idle_days=30)
    assert [(i.deal_id, i.since, i.detail) for i in found] == [
        (never, today - timedelta(31), "P3"),  # the same day: by name
        (old, today - timedelta(31), "P4"),
    ]
    with workspace.begin() as s:  # the workspace's setting is the default
        set_setting(s, "review_idle_days", 31)
    assert _items(workspace, "idle") == []
    assert len(_items(workspace, "idle", idle_days=29)) == 4  # the 30-day ones too
    with workspace.begin() as s:
        s.add(Activity(account_id=ids["account"], deal_id=never, on=today))
    assert [i.deal_id for i in _items(workspace, "idle", idle_days=30)] == [old]


def test_items_come_by_kind_then_oldest_first(workspace: Workspace, ids: dict[str, int]) -> None:
    today = date.today()
    with workspace.begin() as s:
        a = _deal(s, ids, "A", stage="P4", created_at=_utc(today - timedelta(60), 9))
        b = _deal(s, ids, "B", stage="P4", created_at=_utc(today - timedelta(90), 9))
        s.add(Activity(account_id=ids["account"], deal_id=a, on=today - timedelta(40),
                       next_step="x", next_due=today - timedelta(2)))  # fmt: skip
        s.add(Activity(account_id=ids["account"], deal_id=b, on=today - timedelta(50),
                       next_step="y", next_due=today - timedelta(9)))  # fmt: skip
    with workspace.sessions() as s:
        found = review_list(s, idle_days=30)
    assert [(i.kind, i.deal_id) for i in found] == [
        ("overdue_step", b),
        ("overdue_step", a),
        ("idle", b),
        ("idle", a),
    ]
    assert KINDS.index("overdue_step") < KINDS.index("idle")
