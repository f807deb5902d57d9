"""Self-check (P3.SELFCHECK.1..2) against hand-computed figures: activities in the last
14 local days, opportunities created and advanced, the diagnosis trigger and the
near/far reserve warning — in two time zones, since history instants are UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import delete

from model.entities import Activity, Deal, StageChange, TeamMember
from model.selfcheck import self_check, team_self_check
from model.services import accounts, team
from model.workspace import Workspace


def _utc(day: date, hour: int, minute: int = 0) -> datetime:
    """The stored (naive UTC) instant of a local day and hour."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC).replace(tzinfo=None)


@pytest.fixture
def ids(workspace: Workspace) -> dict[str, int]:
    with workspace.begin() as s:
        boss = team.create_member(s, {"name": "Chen", "role": "manager"}).created_id("member")
        rep = team.create_member(s, {"name": "Liu", "role": "rep", "manager_id": boss})
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        return {"boss": boss, "rep": rep.created_id("member"), "account": acc}


def _activities(ws: Workspace, ids: dict[str, int], days_ago: list[int], who: str) -> None:
    today = date.today()
    with ws.begin() as s:
        member = s.get(TeamMember, ids[who])
        for n in days_ago:
            act = Activity(account_id=ids["account"], on=today - timedelta(days=n), kind="visit")
            act.members.append(member)
            s.add(act)


def _deal(ws: Workspace, ids: dict[str, int], stage: str, **values: object) -> int:
    with ws.begin() as s:
        deal = Deal(account_id=ids["account"], name=f"D{stage}", owner_id=ids["rep"], stage=stage)
        for key, value in values.items():
            setattr(deal, key, value)
        s.add(deal)
        s.flush()
        return deal.id


def _entry(ws: Workspace, deal_id: int, from_stage: str | None, to: str, at: datetime) -> None:
    with ws.begin() as s:
        s.add(StageChange(deal_id=deal_id, from_stage=from_stage, to_stage=to, at=at))


def test_figures_and_diagnosis(workspace: Workspace, ids: dict[str, int], local_zone: str) -> None:
    today = date.today()
    start = today - timedelta(days=13)
    # 8 activities of Liu in the window (two today, one 13 days ago = the first day),
    # one 14 days ago (outside), and two of Chen alone (not Liu's).
    _activities(workspace, ids, [0, 0, 1, 2, 3, 5, 8, 13, 14], "rep")
    _activities(workspace, ids, [0, 1], "boss")
    a = _deal(workspace, ids, "P3")
    b = _deal(workspace, ids, "P4")
    c = _deal(workspace, ids, "P2")
    # a became an opportunity at 00:30 local on the window's first day: counts.
    _entry(workspace, a, "P2", "P3", _utc(start, 0, 30))
    # b became one at 23:30 local the day before the window: does not.
    _entry(workspace, b, "P2", "P3", _utc(start - timedelta(days=1), 23, 30))
    # b moved P3 -> P4 long ago, c went back P3 -> P2 today: neither is progress in the window.
    _entry(workspace, b, "P3", "P4", _utc(today - timedelta(days=20), 10))
    _entry(workspace, c, "P3", "P2", _utc(today, 9))
    with workspace.sessions() as s:
        check = self_check(s, ids["rep"])
    assert check is not None
    assert (check.start, check.end) == (start, today)
    assert check.per_day == (1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 2)
    assert check.activities == 8
    assert (check.created, check.advanced, check.opportunities) == (1, 0, 1)
    assert check.diagnose  # 8 >= 8 activities, 1 <= 1 opportunity

    # One more opportunity advanced today (b: P4 -> P5) ends the diagnosis.
    _entry(workspace, b, "P4", "P5", _utc(today, 8))
    with workspace.sessions() as s:
        check = self_check(s, ids["rep"])
    assert check is not None
    assert (check.created, check.advanced, check.opportunities) == (1, 1, 2)
    assert not check.diagnose


def test_few_activities_never_diagnose(workspace: Workspace, ids: dict[str, int]) -> None:
    _activities(workspace, ids, [0, 1, 2, 3, 4, 5, 6], "rep")  # 7 < 8
    with workspace.sessions() as s:
        check = self_check(s, ids["rep"])
    assert check is not None and check.activities == 7 and check.opportunities == 0
    assert not check.diagnose


def test_a_deal_counted_created_and_advanced_is_one_opportunity(
    workspace: Workspace, ids: dict[str, int]
) -> None:
    today = date.today()
    d = _deal(workspace, ids, "P4")
    _entry(workspace, d, None, "P3", _utc(today, 9))  # created right in P3
    _entry(workspace, d, "P3", "P4", _utc(today, 10))
    with workspace.sessions() as s:
        check = self_check(s, ids["rep"])
    assert check is not None
    assert (check.created, check.advanced, check.opportunities) == (1, 1, 1)


def test_reserve_warning(workspace: Workspace, ids: dict[str, int]) -> None:
    today = date.today()
    _deal(workspace, ids, "P3", expected_close=today + timedelta(days=200))  # far
    _deal(workspace, ids, "P4")  # far: no expected close
    _deal(workspace, ids, "P5", status="lost")  # closed: neither
    _deal(workspace, ids, "P2")  # a lead-stage deal: neither
    with workspace.sessions() as s:
        check = self_check(s, ids["rep"])
    assert check is not None and (check.near, check.far) == (0, 2)
    assert check.thin_reserve  # no near-term, 2 <= 2 far-term
    near = _deal(workspace, ids, "P3", expected_close=today + timedelta(days=90))  # near
    with workspace.sessions() as s:
        check = self_check(s, ids["rep"])
    assert check is not None and (check.near, check.far) == (1, 2)
    assert not check.thin_reserve
    with workspace.begin() as s:
        s.execute(delete(Deal).where(Deal.id == near))
    _deal(workspace, ids, "P6")  # near by stage
    _deal(workspace, ids, "P3")
    with workspace.sessions() as s:
        check = self_check(s, ids["rep"])
    assert check is not None and (check.near, check.far) == (1, 3)


def test_team_self_check_lists_active_members_by_name(
    workspace: Workspace, ids: dict[str, int]
) -> None:
    with workspace.begin() as s:
        team.create_member(s, {"name": "Gone", "role": "rep", "active": False})
    with workspace.sessions() as s:
        rows = team_self_check(s)
    assert [r.name for r in rows] == ["Chen", "Liu"]
    assert [(r.activities, r.near, r.far) for r in rows] == [(0, 0, 0), (0, 0, 0)]
    # The warning (and the questions) are for reps: Chen is a manager.
    assert [r.thin_reserve for r in rows] == [False, True]


def test_questions_are_for_reps(workspace: Workspace, ids: dict[str, int]) -> None:
    _activities(workspace, ids, list(range(9)), "boss")
    with workspace.sessions() as s:
        boss = self_check(s, ids["boss"])
    assert boss is not None and boss.activities == 9 and boss.opportunities == 0
    assert not boss.diagnose and not boss.thin_reserve
