"""The account review pack's read (model.review_pack): what it lists and what it never does.

A small account built by hand: its KDM with personal attributes, a deal at P4
with one exit criterion ticked and one element verified, a deal lost last week
and one lost long ago, activities inside and outside the 90 days, next steps
open and done.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import make
import pytest

from model.entities import PRIVATE_FIELDS, Deal
from model.methodology import load_methodology
from model.review_pack import WINDOW_DAYS, account_matches, review_pack
from model.services import accounts, activities, deals, people
from model.workspace import Workspace, open_workspace, readonly_engine

MARK = "QX7PRIVATE"


def _world(ws: Workspace) -> dict[str, int]:
    today = date.today()
    with ws.begin() as s:
        rep = make.member(s, "Zhao Rep", "rep")
        acme = make.account(s, "Acme Steel")
        make.account(s, "Acme Mining")
        make.account(s, "Beta Foods")
        accounts.update_account(
            s, acme, {"owner_id": rep, "industry": "Steel", "core_needs": "Cut energy cost"}
        )
        kdm = make.person(s, acme, "Wang Kdm", "KDM")
        ki = make.person(s, acme, "Li Ki", "KI")
        gone = make.person(s, acme, "Old Hand", "KU")
        people.update_person(s, gone, {"left_on": today - timedelta(days=3)})
        p4 = make.deal_at(s, acme, "Mill upgrade", "P4")
        lost = make.deal_at(s, acme, "Coke oven", "P3")
        old = make.deal_at(s, acme, "Old boiler", "P3")
    with ws.begin() as s:
        people.update_private(s, kdm, {f: f"{f} {MARK}" for f in PRIVATE_FIELDS})
        deals.set_exit_check(s, p4, "P4.EXIT.1", True, by=rep)
        deals.verify_element(s, p4, "P3.FIVE.1", by=rep, method="visit")
        deals.close_deal(s, lost, "lost", close_reason="price")
        deals.close_deal(s, old, "lost", close_reason="price")
        activities.log_activity(
            s,
            acme,
            {
                "on": today - timedelta(days=10),
                "summary": "Met the KDM",
                "next_step": "Send the reference list",
                "next_due": today + timedelta(days=5),
                "deal_id": p4,
            },
            members=[rep],
            people=[kdm],
        )
        activities.log_activity(
            s,
            acme,
            {
                "on": today - timedelta(days=WINDOW_DAYS + 10),
                "summary": "First call",
                "next_step": "Book the plant tour",
                "next_due": today - timedelta(days=WINDOW_DAYS),
            },
            members=[rep],
            people=[ki],
        )
        activities.log_activity(
            s,
            acme,
            {
                "on": today - timedelta(days=WINDOW_DAYS),  # the window's first day: in
                "summary": "Lunch",
                "next_step": "Done already",
                "next_done_on": today - timedelta(days=WINDOW_DAYS - 1),
            },
            members=[rep],
        )
    with ws.begin() as s:
        s.get(Deal, old).closed_on = today - timedelta(days=WINDOW_DAYS + 1)  # type: ignore[union-attr]
    return {"acme": acme, "kdm": kdm, "ki": ki, "gone": gone, "p4": p4, "lost": lost, "old": old}


@pytest.fixture
def world(workspace: Workspace) -> dict[str, int]:
    return _world(workspace)


def test_profile_people_and_private_left_out_by_default(
    workspace: Workspace, world: dict[str, int]
) -> None:
    with workspace.sessions() as s:
        pack = review_pack(s, world["acme"])
    assert pack is not None
    assert pack.name == "Acme Steel" and not pack.private
    profile = dict(pack.profile)
    assert profile["industry"] == "Steel"
    assert profile["owner"] == "Zhao Rep"
    assert profile["core_needs"] == "Cut energy cost"
    assert "note" not in profile and "parent" not in profile  # empty fields are left out
    # KDM first, KI next; the person who left is not listed
    assert [(p.name, p.role) for p in pack.people] == [("Wang Kdm", "KDM"), ("Li Ki", "KI")]
    assert all(p.private == () for p in pack.people)
    assert MARK not in repr(pack)


def test_private_attributes_only_when_asked(workspace: Workspace, world: dict[str, int]) -> None:
    with workspace.sessions() as s:
        pack = review_pack(s, world["acme"], private=True)
    assert pack is not None and pack.private
    kdm = pack.people[0]
    assert dict(kdm.private) == {f: f"{f} {MARK}" for f in PRIVATE_FIELDS}
    assert pack.people[1].private == ()  # nothing typed for the KI


def test_deals_exit_criteria_and_elements(workspace: Workspace, world: dict[str, int]) -> None:
    with workspace.sessions() as s:
        pack = review_pack(s, world["acme"])
    assert pack is not None
    # open first, then the one lost this week; the one lost 91 days ago is out
    assert [(d.name, d.status) for d in pack.deals] == [
        ("Mill upgrade", "open"),
        ("Coke oven", "lost"),
    ]
    mill = pack.deals[0]
    assert mill.stage == "P4"
    assert [e.id for e in mill.exits] == ["P4.EXIT.1", "P4.EXIT.2", "P4.EXIT.3", "P4.EXIT.4"]
    ticked = {e.id for e in mill.exits if e.done}
    assert ticked == {"P4.EXIT.1"}
    assert {e.id: e.status for e in mill.elements}["P3.FIVE.1"] == "verified"
    assert [e.status for e in mill.elements].count("unknown") == 4
    assert [d.name for d in pack.open_deals] == ["Mill upgrade"]


def test_activities_of_the_window_and_open_next_steps(
    workspace: Workspace, world: dict[str, int]
) -> None:
    today = date.today()
    with workspace.sessions() as s:
        pack = review_pack(s, world["acme"], today=today)
    assert pack is not None
    assert pack.since == today - timedelta(days=90)
    # newest first; the first call 100 days ago is outside the window
    assert [a.summary for a in pack.activities] == ["Met the KDM", "Lunch"]
    steps = [(n.kind, n.text, n.overdue) for n in pack.next_steps if n.kind == "activity"]
    # the overdue step of the old call first, then the one due in 5 days; the done one is gone
    assert steps == [
        ("activity", "Book the plant tour", True),
        ("activity", "Send the reference list", False),
    ]
    reference = next(n for n in pack.next_steps if n.text == "Send the reference list")
    assert reference.deal == "Mill upgrade" and reference.who == "Zhao Rep"
    assert reference.due == today + timedelta(days=5)
    # the live tasks of the open deal come as steps, never those of a closed deal
    tasks = [n for n in pack.next_steps if n.kind == "task"]
    method = load_methodology()
    p4_actions = {
        a.id for role in ("rep", "presales", "manager") for a in method.actions("P4", role)
    }
    assert {n.action for n in tasks} == p4_actions and len(tasks) == len(p4_actions)
    assert all(n.deal == "Mill upgrade" and n.team_role for n in tasks)


def test_unknown_account_and_close_matches(workspace: Workspace, world: dict[str, int]) -> None:
    with workspace.sessions() as s:
        assert review_pack(s, 99999) is None
        assert account_matches(s, "Acme Steel") == (world["acme"], [])
        assert account_matches(s, "acme steel") == (world["acme"], [])  # one case-blind match
        found, close = account_matches(s, "Acme")
        assert found is None and close == ["Acme Mining", "Acme Steel"]
        assert account_matches(s, "Acme Steal")[1][0] == "Acme Steel"
        assert account_matches(s, "zzz") == (None, [])


def test_readonly_engine_reads_and_refuses_writes(tmp_path: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    path = tmp_path / "w.kan"
    ws = open_workspace(path, create=True)
    ids = _world(ws)
    ws.close()
    before = path.read_bytes()
    engine = readonly_engine(path)
    with Session(engine) as s:
        pack = review_pack(s, ids["acme"])
        assert pack is not None and pack.name == "Acme Steel"
        with pytest.raises(OperationalError):
            s.execute(text("DELETE FROM accounts"))
    engine.dispose()
    assert path.read_bytes() == before
