"""Tasks from a stage's key actions: creation on entry, assignees, due days, undo of
the move, dormant tasks, escalation to the manager, My tasks' order, edits by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from model.entities import Task
from model.errors import InvalidValue
from model.services import accounts, deals, team
from model.services.common import restore
from model.services.tasks import add_task, delete_task, set_task
from model.settings import set_setting
from model.tasks import deal_tasks, member_tasks, my_tasks
from model.workspace import Workspace

P2_REP = [f"P2.ACT.REP.{i}" for i in range(1, 7)]
P2_PRE = [f"P2.ACT.PRE.{i}" for i in range(1, 6)]
P4_REP = [f"P4.ACT.REP.{i}" for i in range(1, 6)]
P4_PRE = [f"P4.ACT.PRE.{i}" for i in range(1, 6)]
P4_MGR = [f"P4.ACT.MGR.{i}" for i in range(1, 5)]


@dataclass
class World:
    boss: int
    rep: int
    presales: int
    account: int
    deal: int


def _member(s: object, name: str, role: str, boss: int | None = None) -> int:
    values = {"name": name, "role": role, "manager_id": boss}
    return team.create_member(s, values).created_id("member")  # type: ignore[arg-type]


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:
        boss = _member(s, "Chen Boss", "manager")
        rep = _member(s, "Liu Rep", "rep", boss)
        pre = _member(s, "Zhou Presales", "presales", boss)
        acc = accounts.create_account(s, {"name": "Acme Steel"}).created_id("account")
        deal = deals.create_deal(s, {"name": "MES", "account_id": acc, "owner_id": rep})
        return World(boss, rep, pre, acc, deal.created_id("deal"))


def _tasks(ws: Workspace, deal_id: int, stage: str | None = None) -> dict[str, Task]:
    with ws.sessions() as s:
        q = select(Task).where(Task.deal_id == deal_id)
        if stage:
            q = q.where(Task.stage == stage)
        rows = list(s.execute(q).scalars())
        s.expunge_all()
        return {t.action or t.title: t for t in rows}


def _move(ws: Workspace, deal_id: int, stage: str, **kw: object) -> deals.Changes:
    with ws.begin() as s:
        kw.setdefault("force", True)
        kw.setdefault("reason", "test")
        return deals.move_deal(s, deal_id, stage, **kw)  # type: ignore[arg-type]


# -- made on entering a stage ------------------------------------------------------


def test_creating_a_deal_in_p2_makes_the_p2_key_actions(workspace: Workspace, w: World) -> None:
    tasks = _tasks(workspace, w.deal)
    assert sorted(tasks) == sorted(P2_REP + P2_PRE)  # P2 has no manager actions
    due = date.today() + timedelta(days=14)
    for action, task in tasks.items():
        assert task.stage == "P2"
        assert task.due_on == due
        assert task.done_on is None
        assert task.title == ""  # the desktop shows the action's text
        if action in P2_REP:
            assert (task.team_role, task.assignee_id) == ("rep", w.rep)
        else:  # presales: unassigned until someone takes it
            assert (task.team_role, task.assignee_id) == ("presales", None)


def test_entering_p4_gives_manager_actions_to_the_owners_manager(
    workspace: Workspace, w: World
) -> None:
    assert _move(workspace, w.deal, "P3").ids("task") == frozenset()  # P3: no key actions
    changes = _move(workspace, w.deal, "P4")
    tasks = _tasks(workspace, w.deal, "P4")
    assert sorted(tasks) == sorted(P4_REP + P4_PRE + P4_MGR)
    assert changes.ids("task") == {t.id for t in tasks.values()}
    assert {tasks[a].assignee_id for a in P4_MGR} == {w.boss}
    assert {tasks[a].assignee_id for a in P4_REP} == {w.rep}
    assert {tasks[a].assignee_id for a in P4_PRE} == {None}


def test_due_days_come_from_the_workspace_setting(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        set_setting(s, "task_due_days", 5)
        with pytest.raises(InvalidValue):
            set_setting(s, "task_due_days", 0)
    _move(workspace, w.deal, "P4")
    due = {t.due_on for t in _tasks(workspace, w.deal, "P4").values()}
    assert due == {date.today() + timedelta(days=5)}


def test_a_deal_without_owner_gets_unassigned_tasks(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        deal = deals.create_deal(s, {"name": "Nobody's", "account_id": w.account})
        deal_id = deal.created_id("deal")
        assert len(deal.ids("task")) == 11
    assert {t.assignee_id for t in _tasks(workspace, deal_id).values()} == {None}


# -- undo and redo of the move ------------------------------------------------------


def test_undo_of_the_move_removes_its_tasks_and_redo_makes_the_same(
    workspace: Workspace, w: World
) -> None:
    _move(workspace, w.deal, "P3")
    moved = _move(workspace, w.deal, "P4")
    uuids = {a: t.uuid for a, t in _tasks(workspace, w.deal, "P4").items()}
    assert len(uuids) == 14
    with workspace.begin() as s:
        undone = deals.revert_move(s, moved.created_id("stage_change"), w.deal, (), moved.undo)
    assert undone.ids("task") == moved.ids("task")
    assert _tasks(workspace, w.deal, "P4") == {}
    assert len(_tasks(workspace, w.deal, "P2")) == 11  # the earlier stage's tasks stay
    _move(workspace, w.deal, "P4")  # redo
    again = {a: t.uuid for a, t in _tasks(workspace, w.deal, "P4").items()}
    assert again == uuids  # later edits' undo commands name tasks by these


def test_moving_back_and_forward_does_not_make_the_work_twice(
    workspace: Workspace, w: World
) -> None:
    _move(workspace, w.deal, "P3")
    _move(workspace, w.deal, "P4")
    back = _move(workspace, w.deal, "P3", reason="the KDM left")
    assert back.ids("task") == frozenset()
    # Dormant: the rep's P4 tasks leave My tasks while the deal is back in P3 ...
    with workspace.sessions() as s:
        assert {r.stage for r in member_tasks(s, w.rep)} == {"P2"}
        assert {r.stage for r in deal_tasks(s, w.deal)} == {"P2", "P4"}
        assert not any(r.live for r in deal_tasks(s, w.deal) if r.stage == "P4")
    forward = _move(workspace, w.deal, "P4")
    assert forward.ids("task") == frozenset()  # ... and come back as they were
    with workspace.sessions() as s:
        assert {r.stage for r in member_tasks(s, w.rep)} == {"P2", "P4"}
        assert s.execute(select(func.count(Task.id))).scalar_one() == 11 + 14


def test_closing_makes_open_tasks_dormant_and_reopening_wakes_them(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        deals.close_deal(s, w.deal, "lost", close_reason="price")
    with workspace.sessions() as s:
        assert member_tasks(s, w.rep) == []
        assert len(deal_tasks(s, w.deal)) == 11
    with workspace.begin() as s:
        deals.reopen_deal(s, w.deal, reason="new budget")
    with workspace.sessions() as s:
        assert len(member_tasks(s, w.rep)) == 6


# -- escalation and order -----------------------------------------------------------


def _set(ws: Workspace, deal_id: int, action: str, **values: object) -> None:
    task = _tasks(ws, deal_id)[action]
    with ws.begin() as s:
        set_task(s, task.id, values)


def test_an_overdue_task_escalates_to_the_assignees_manager(
    workspace: Workspace, w: World, local_zone: str
) -> None:
    today = date.today()  # the user's local day
    _set(workspace, w.deal, "P2.ACT.REP.3", due_on=today - timedelta(days=1))
    _set(workspace, w.deal, "P2.ACT.REP.4", due_on=today)  # due today: still on time
    _set(workspace, w.deal, "P2.ACT.PRE.2", due_on=today - timedelta(days=2))  # unassigned
    with workspace.sessions() as s:
        boss = member_tasks(s, w.boss)
        assert [(r.action, r.escalated) for r in boss] == [
            ("P2.ACT.PRE.2", True),  # nobody took it: the owner's manager
            ("P2.ACT.REP.3", True),
        ]
        assert [r.days_late() for r in boss] == [2, 1]
        mine = member_tasks(s, w.rep)
        # Overdue first, then by due day: the task due today before those due later.
        assert [r.action for r in mine[:2]] == ["P2.ACT.REP.3", "P2.ACT.REP.4"]
        assert mine[0].overdue() and not mine[1].overdue()
        assert not any(r.escalated for r in mine)
        assert my_tasks(s, None) == []
        # Presales tasks wait, unassigned, on every presales member's list to be taken.
        pool = member_tasks(s, w.presales)
        assert [r.action for r in pool] == ["P2.ACT.PRE.2", *P2_PRE[:1], *P2_PRE[2:]]
        assert {r.assignee_id for r in pool} == {None}
    # Done late: no longer escalated.
    _set(workspace, w.deal, "P2.ACT.REP.3", done_on=today)
    with workspace.sessions() as s:
        assert [r.action for r in member_tasks(s, w.boss)] == ["P2.ACT.PRE.2"]


def test_the_managers_own_overdue_task_goes_one_level_up(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        top = _member(s, "Wang Director", "executive")
        team.update_member(s, w.boss, {"manager_id": top})
    _move(workspace, w.deal, "P4")
    _set(workspace, w.deal, "P4.ACT.MGR.1", due_on=date.today() - timedelta(days=3))
    with workspace.sessions() as s:
        assert [(r.action, r.escalated) for r in member_tasks(s, top)] == [("P4.ACT.MGR.1", True)]
        assert member_tasks(s, w.boss)[0].action == "P4.ACT.MGR.1"
        assert not member_tasks(s, w.boss)[0].escalated


# -- edits by hand ------------------------------------------------------------------


def test_take_mark_done_and_their_undo(workspace: Workspace, w: World) -> None:
    task = _tasks(workspace, w.deal)["P2.ACT.PRE.1"]
    with workspace.begin() as s:
        took = set_task(s, task.uuid, {"assignee_id": w.presales})
    assert took.undo["old"] == {"assignee_id": None}
    with workspace.begin() as s:
        done = set_task(s, task.uuid, {"done_on": date.today()})
        with pytest.raises(InvalidValue):
            set_task(s, task.uuid, {"done_on": date.today() + timedelta(days=1)})
    with workspace.sessions() as s:
        assert "P2.ACT.PRE.1" not in {r.action for r in member_tasks(s, w.presales)}
        assert len(member_tasks(s, w.presales)) == 4  # the others still wait to be taken
        done_too = member_tasks(s, w.presales, include_done=True)
        assert [r.action for r in done_too][-1] == "P2.ACT.PRE.1"  # done: last
    with workspace.begin() as s:  # undo: only if it still holds what the edit wrote
        set_task(s, task.uuid, done.undo["old"], expect=done.undo["new"])
        with pytest.raises(InvalidValue):
            set_task(s, task.uuid, done.undo["old"], expect=done.undo["new"])
    assert _tasks(workspace, w.deal)["P2.ACT.PRE.1"].done_on is None


def test_a_task_by_hand_is_added_deleted_and_restored(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        s.info["member_id"] = w.rep
        with pytest.raises(InvalidValue):
            add_task(s, w.deal, {"title": "  "})
        made = add_task(s, w.deal, {"title": "Send the reference list"})
    task = _tasks(workspace, w.deal)["Send the reference list"]
    assert (task.action, task.stage, task.assignee_id) == ("", "P2", w.rep)
    assert task.due_on == date.today() + timedelta(days=14)
    assert made.created_id("task") == task.id
    with workspace.begin() as s:
        gone = delete_task(s, task.uuid)
    assert "Send the reference list" not in _tasks(workspace, w.deal)
    with workspace.begin() as s:
        restore(s, gone.undo["snapshot"])
    assert _tasks(workspace, w.deal)["Send the reference list"].id == task.id
