"""The activity log (issue 12): relationships follow a logged activity and undo exactly,
the map's stale-relationship risk clears, next steps come due and get done, and the
timeline's filters and order — each against values worked out by hand.

Decision under test (model/services/activities.py): a member who met a person with no
relationship yet gets one at strength 0.2 (a first contact); existing rows keep their
strength, take the activity's day as last contact if later and — face to face only — the
activity's level as visit level if higher. Nothing is lowered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import make
import pytest
from sqlalchemy import select

from graph.build import build_org_graph, member_key, person_key
from graph.from_model import org_data
from graph.risks import risks
from model.activities import (
    ActivityFilter,
    activity_count,
    activity_draft,
    activity_rows,
    hq_visits,
    is_overdue,
)
from model.entities import Relationship
from model.errors import InvalidValue
from model.gates import deal_facts, gate_for
from model.services import activities, people
from model.workspace import Workspace


@dataclass
class W:
    rep: int
    manager: int
    account: int
    other: int
    deal: int
    kdm: int
    ki: int
    ku: int
    buyer: int  # no role


@pytest.fixture
def w(workspace: Workspace) -> W:
    with workspace.begin() as s:
        rep, manager = make.member(s, "Li Rep", "rep"), make.member(s, "Wang Manager", "manager")
        acc, other = make.account(s, "Acme Steel"), make.account(s, "Beta Grid")
        world = W(
            rep,
            manager,
            acc,
            other,
            make.deal_at(s, acc, "Plant MES", "P5"),
            kdm=make.person(s, acc, "Zhao CEO", "KDM"),
            ki=make.person(s, acc, "Qian CTO", "KI"),
            ku=make.person(s, acc, "Zhou Ops", "KU"),
            buyer=make.person(s, acc, "Wu Buyer"),
        )
        # The one relationship there is: an old one, at rep level, fairly strong.
        people.set_relationship(
            s,
            manager,
            world.kdm,
            {"strength": 0.7, "last_contact": date.today() - timedelta(days=200)},
        )
        return world


def rels(workspace: Workspace) -> dict[tuple[int, int], dict[str, Any]]:
    """Every relationship row, all columns, by (member, person)."""
    table = Relationship.__table__
    with workspace.sessions() as s:
        return {
            (r["member_id"], r["person_id"]): dict(r)
            for r in s.execute(select(table)).mappings()  # type: ignore[call-overload]
        }


def same_but_newer(now: dict[Any, dict[str, Any]], then: dict[Any, dict[str, Any]]) -> bool:
    """``now`` holds ``then``'s rows in every column but the row version, which only
    moves forward: an undo is a new write, and another user who saw the row before
    it must not be able to save over it as if nothing had happened."""
    if now.keys() != then.keys():
        return False
    for key, row in now.items():
        old = then[key]
        if {k: v for k, v in row.items() if k != "version"} != {
            k: v for k, v in old.items() if k != "version"
        }:
            return False
        if row["version"] < old["version"]:
            return False
    return True


def short(workspace: Workspace) -> dict[tuple[int, int], tuple[float, date | None, str]]:
    return {
        k: (r["strength"], r["last_contact"], r["visit_level"]) for k, r in rels(workspace).items()
    }


def log(workspace: Workspace, account: int, values: dict[str, Any], members: Any, met: Any) -> Any:
    with workspace.begin() as s:
        return activities.log_activity(s, account, values, members=members, people=met)


# -- relationships --------------------------------------------------------------------------


def test_a_visit_raises_and_creates_relationships(workspace: Workspace, w: W) -> None:
    day = date.today() - timedelta(days=5)
    before = short(workspace)
    assert before == {(w.manager, w.kdm): (0.7, date.today() - timedelta(days=200), "rep")}
    changes = log(
        workspace, w.account, {"on": day, "kind": "visit"}, [w.rep, w.manager], [w.kdm, w.ki]
    )
    assert short(workspace) == {
        (w.manager, w.kdm): (0.7, day, "manager"),  # strength kept, contact and level raised
        (w.manager, w.ki): (0.2, day, "manager"),  # created: a first contact
        (w.rep, w.kdm): (0.2, day, "manager"),  # the activity's level: the manager was there
        (w.rep, w.ki): (0.2, day, "manager"),
    }
    table = rels(workspace)
    assert ("relationship", table[(w.manager, w.kdm)]["id"]) in changes.updated
    assert ("relationship", table[(w.rep, w.ki)]["id"]) in changes.created
    assert ("account", w.account) in changes.updated  # the map and the timeline follow


def test_a_call_sets_the_contact_not_the_visit_level_and_nothing_is_lowered(
    workspace: Workspace, w: W
) -> None:
    day = date.today() - timedelta(days=3)
    log(workspace, w.account, {"on": day, "kind": "visit"}, [w.manager], [w.kdm])
    assert short(workspace)[(w.manager, w.kdm)] == (0.7, day, "manager")
    log(workspace, w.account, {"on": day - timedelta(days=30), "kind": "visit"}, [w.rep], [w.kdm])
    log(
        workspace, w.account, {"on": day - timedelta(days=1), "kind": "visit"}, [w.manager], [w.kdm]
    )
    assert short(workspace)[(w.manager, w.kdm)] == (0.7, day, "manager")  # older: not lowered
    today = date.today()
    log(workspace, w.account, {"on": today, "kind": "call"}, [w.rep], [w.ku])
    assert short(workspace)[(w.rep, w.ku)] == (0.2, today, "rep")  # a call is no visit
    log(workspace, w.account, {"on": today, "kind": "call"}, [w.manager], [w.kdm])
    assert short(workspace)[(w.manager, w.kdm)] == (0.7, today, "manager")


def test_undoing_a_log_puts_the_relationships_back_exactly(workspace: Workspace, w: W) -> None:
    before = rels(workspace)
    day = date.today() - timedelta(days=2)
    changes = log(
        workspace, w.account, {"on": day, "kind": "demo"}, [w.rep, w.manager], [w.kdm, w.ki]
    )
    after = rels(workspace)
    assert after != before and len(after) == 4
    aid = changes.created_id("activity")
    with workspace.begin() as s:  # the undo: delete with the state the log returned
        deleted = activities.delete_activity(s, aid, relationships=changes.undo["relationships"])
    assert same_but_newer(rels(workspace), before)  # id, uuid, times, values
    with workspace.begin() as s:  # the redo
        restored = activities.restore_activity(
            s, deleted.undo["snapshot"], relationships=deleted.undo["relationships"]
        )
    assert ("activity", aid) in restored.created
    assert same_but_newer(rels(workspace), after)


def test_a_plain_delete_leaves_the_relationships(workspace: Workspace, w: W) -> None:
    day = date.today() - timedelta(days=2)
    changes = log(workspace, w.account, {"on": day}, [w.manager], [w.kdm])
    after = rels(workspace)
    with workspace.begin() as s:
        deleted = activities.delete_activity(s, changes.created_id("activity"))
    assert rels(workspace) == after
    with workspace.begin() as s:
        activities.restore_activity(s, deleted.undo["snapshot"])
    assert rels(workspace) == after


def test_an_edit_raises_and_its_revert_is_exact(workspace: Workspace, w: W) -> None:
    old_day = date.today() - timedelta(days=20)
    aid = log(workspace, w.account, {"on": old_day, "kind": "call"}, [w.rep], [w.ku]).created_id(
        "activity"
    )
    before = rels(workspace)
    new_day = date.today() - timedelta(days=1)
    with workspace.begin() as s:
        changes = activities.update_activity(
            s, aid, {"on": new_day, "kind": "visit"}, members=[w.manager], people=[w.ku, w.kdm]
        )
    assert short(workspace) == {
        (w.manager, w.kdm): (0.7, new_day, "manager"),
        (w.rep, w.ku): (0.2, old_day, "rep"),  # no longer there: kept as it was
        (w.manager, w.ku): (0.2, new_day, "manager"),
    }
    with workspace.sessions() as s:
        draft = activity_draft(s, aid)
    assert draft is not None
    assert (draft.on, draft.kind, draft.members, draft.people) == (
        new_day,
        "visit",
        (w.manager,),
        tuple(sorted([w.ku, w.kdm])),
    )
    with workspace.begin() as s:
        activities.revert_activity(s, aid, changes.undo["state"], changes.undo["relationships"])
    assert same_but_newer(rels(workspace), before)
    with workspace.sessions() as s:
        back = activity_draft(s, aid)
    assert back is not None
    assert (back.on, back.kind, back.members, back.people) == (old_day, "call", (w.rep,), (w.ku,))


def test_logging_a_visit_clears_the_stale_relationship_risk(workspace: Workspace, w: W) -> None:
    today = date.today()

    def stale() -> set[tuple[str, ...]]:
        with workspace.sessions() as s:
            graph = build_org_graph(org_data(s, w.account, today=today))
        return {r.people for r in risks(graph, today=today) if r.code == "stale_relationship"}

    pair = (person_key(w.kdm), member_key(w.manager))
    assert stale() == {pair}  # 200 days since the last contact
    log(workspace, w.account, {"on": today - timedelta(days=1)}, [w.manager], [w.kdm])
    assert stale() == set()


def test_a_senior_visit_logged_satisfies_p5_rule_1(workspace: Workspace, w: W) -> None:
    def missing() -> tuple[str, ...]:
        with workspace.sessions() as s:
            return gate_for(deal_facts(s, w.deal), "P6").missing_senior_visits

    assert missing() == ("KI", "KU", "KDM")
    day = date.today() - timedelta(days=1)
    values = {"on": day, "kind": "presentation", "deal_id": w.deal}
    log(workspace, w.account, values, [w.rep], [w.ki, w.ku, w.kdm])
    assert missing() == ("KI", "KU", "KDM")  # a rep alone is no senior visit
    log(workspace, w.account, values, [w.manager], [w.ki, w.kdm])
    assert missing() == ("KU",)


def test_headquarters_visits_answer_p5_rule_2(workspace: Workspace, w: W) -> None:
    with workspace.sessions() as s:
        assert hq_visits(s, w.deal).visitors == () and not hq_visits(s, w.deal).met
    day = date.today() - timedelta(days=4)
    hq = {"on": day, "kind": "hq_visit", "deal_id": w.deal}
    log(workspace, w.account, hq, [w.manager], [w.ku])
    log(workspace, w.account, {**hq, "deal_id": None}, [w.manager], [w.kdm])  # for no deal
    with workspace.sessions() as s:
        found = hq_visits(s, w.deal)
    assert found.visitors == ((w.ku, "Zhou Ops", "KU", day),) and not found.met
    log(workspace, w.account, {**hq, "on": day + timedelta(days=1)}, [w.rep], [w.kdm, w.ku])
    with workspace.sessions() as s:
        found = hq_visits(s, w.deal)
    assert found.visitors == (
        (w.ku, "Zhou Ops", "KU", day),
        (w.kdm, "Zhao CEO", "KDM", day + timedelta(days=1)),
    )
    assert found.met


# -- next steps ------------------------------------------------------------------------------


def test_next_step_due_and_done_are_checked(local_zone: str, workspace: Workspace, w: W) -> None:
    today = date.today()  # the local day in this zone
    day = today - timedelta(days=3)
    with pytest.raises(InvalidValue, match="before the activity"):
        log(workspace, w.account, {"on": day, "next_due": day - timedelta(days=1)}, [w.rep], [w.ku])
    values = {"on": day, "next_step": "Send the quote", "next_due": today - timedelta(days=1)}
    aid = log(workspace, w.account, values, [w.rep], [w.ku]).created_id("activity")
    with workspace.sessions() as s:
        [row] = activity_rows(s, today=today)
    assert row.overdue(today) and row.step_open, local_zone
    assert not row.overdue(today - timedelta(days=1))  # due that day: not yet overdue
    with pytest.raises(InvalidValue, match="in the future"), workspace.begin() as s:
        activities.set_next_step_done(s, aid, today + timedelta(days=1))
    with workspace.begin() as s:
        activities.set_next_step_done(s, aid, today)
    with workspace.sessions() as s:
        [row] = activity_rows(s, today=today)
        assert activity_count(s, today=today) == (1, 0)
    assert row.next_done_on == today and not row.overdue(today) and not row.step_open


def test_is_overdue_by_hand() -> None:
    d = date(2026, 3, 10)
    assert is_overdue(date(2026, 3, 9), None, d)
    assert not is_overdue(date(2026, 3, 10), None, d)
    assert not is_overdue(None, None, d)
    assert not is_overdue(date(2026, 3, 1), date(2026, 3, 2), d)


# -- the timeline ------------------------------------------------------------------------------


@pytest.fixture
def timeline(workspace: Workspace, w: W) -> dict[str, int]:
    """Six activities; ``today`` is the day the test judges (a fixed day in the past of the
    activities would be in the future, so days count back from the real local today)."""
    t = date.today()

    def ago(n: int) -> date:
        return t - timedelta(days=n)

    a, o, deal = w.account, w.other, w.deal
    specs = {
        # name: (account, day, kind, members, people, deal, next_due, done)
        "a": (a, ago(1), "visit", [w.manager], [w.kdm], deal, None, None),
        "b": (a, ago(10), "call", [w.rep], [w.ku], None, ago(2), None),
        "c": (a, ago(40), "demo", [w.rep, w.manager], [w.ki], deal, ago(5), None),
        "d": (a, ago(3), "call", [w.rep], [w.buyer], None, ago(1), t),
        "e": (a, ago(3), "visit", [w.rep], [w.kdm, w.ku], None, t, None),
        "f": (o, ago(100), "event", [w.manager], [], None, None, None),
    }
    ids: dict[str, int] = {}
    for name, (acc, day, kind, ours, theirs, deal, due, done) in specs.items():
        values = {"on": day, "kind": kind, "deal_id": deal, "next_due": due, "next_done_on": done}
        ids[name] = log(workspace, acc, values, ours, theirs).created_id("activity")
    return ids


def order(workspace: Workspace, where: ActivityFilter | None = None, **kw: Any) -> list[int]:
    with workspace.sessions() as s:
        return [r.id for r in activity_rows(s, where, date.today(), **kw)]


def test_overdue_first_then_newest(
    local_zone: str, workspace: Workspace, w: W, timeline: dict[str, int]
) -> None:
    t = timeline
    # Overdue: c (due 5 days ago) then b (2 days ago); d was done, e is due today.
    # Then newest first: a (1 day), e and d (3 days: higher id first), f (100 days).
    assert order(workspace) == [t["c"], t["b"], t["a"], t["e"], t["d"], t["f"]], local_zone
    assert order(workspace, limit=3) == [t["c"], t["b"], t["a"]]
    with workspace.sessions() as s:
        assert activity_count(s, today=date.today()) == (6, 2)
        rows = {r.id: r for r in activity_rows(s, today=date.today())}
    assert rows[t["c"]].members == tuple(sorted([(w.rep, "Li Rep"), (w.manager, "Wang Manager")]))
    assert rows[t["e"]].people == ((w.kdm, "Zhao CEO"), (w.ku, "Zhou Ops"))
    assert rows[t["a"]].deal == "Plant MES" and rows[t["b"]].deal == ""
    assert rows[t["f"]].account == "Beta Grid" and rows[t["f"]].people == ()


def test_the_filters(workspace: Workspace, w: W, timeline: dict[str, int]) -> None:
    t, today = timeline, date.today()
    assert order(workspace, ActivityFilter(account_id=w.other)) == [t["f"]]
    assert order(workspace, ActivityFilter(deal_id=w.deal)) == [t["c"], t["a"]]
    assert order(workspace, ActivityFilter(person_id=w.kdm)) == [t["a"], t["e"]]
    assert order(workspace, ActivityFilter(member_id=w.manager)) == [t["c"], t["a"], t["f"]]
    assert order(workspace, ActivityFilter(kind="call")) == [t["b"], t["d"]]
    since = today - timedelta(days=9)  # the last ten days
    assert order(workspace, ActivityFilter(since=since)) == [t["a"], t["e"], t["d"]]
    until = today - timedelta(days=10)
    assert order(workspace, ActivityFilter(until=until)) == [t["c"], t["b"], t["f"]]
    both = ActivityFilter(member_id=w.rep, person_id=w.ku)
    assert order(workspace, both) == [t["b"], t["e"]]
    assert order(workspace, ActivityFilter(overdue_only=True)) == [t["c"], t["b"]]
    with workspace.sessions() as s:
        assert activity_count(s, ActivityFilter(account_id=w.account), today) == (5, 2)
        assert activity_count(s, ActivityFilter(kind="event"), today) == (1, 0)
