"""Logging and deleting the visits a deal's gates count (model.services.activities).

An activity's day is a local day and never in the future; its level follows
the highest team role among our members who took part; a delete keeps a
snapshot that brings back the same row with the same members and people; the
changes name the deal, so its card and gate follow. :func:`model.board.deal_visits`
and :func:`model.board.visit_choices` are the deal panel's reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import make
import pytest
from sqlalchemy import select

from model.board import deal_visits, visit_choices
from model.changes import Changes
from model.entities import Activity, activity_members, activity_people
from model.errors import InvalidValue
from model.gates import deal_facts, gate_for
from model.services import activities, deals, people, team
from model.workspace import Workspace


@dataclass
class World:
    rep: int
    presales: int
    manager: int
    executive: int
    account: int
    other_account: int
    kdm: int
    ki: int
    ku: int
    lead: int
    stranger: int  # works at the other account
    deal: int


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:
        acc, other = make.account(s, "Acme Steel"), make.account(s, "Other Co")
        return World(
            make.member(s, "Li Rep", "rep"),
            make.member(s, "Sun Presales", "presales"),
            make.member(s, "Wang Manager", "manager"),
            make.member(s, "Chen Exec", "executive"),
            acc,
            other,
            kdm=make.person(s, acc, "Zhao CEO", "KDM"),
            ki=make.person(s, acc, "Qian CTO", "KI"),
            ku=make.person(s, acc, "Zhou Ops", "KU"),
            lead=make.person(s, acc, "Wu Buyer", "LEAD"),
            stranger=make.person(s, other, "Ma Elsewhere"),
            deal=make.deal_at(s, acc, "Plant MES", "P5"),
        )


def log(
    workspace: Workspace,
    w: World,
    members: tuple[int, ...],
    met: tuple[int, ...],
    *,
    acting: int | None = None,
    **values: Any,
) -> Changes:
    with workspace.begin() as s:
        s.info["member_id"] = acting
        return activities.log_activity(
            s, w.account, {"deal_id": w.deal, **values}, members=members, people=met
        )


def stored(workspace: Workspace, activity_id: int) -> dict[str, Any] | None:
    """The activity's row with the ids of its members and people, as the database has it."""
    with workspace.sessions() as s:
        row = s.execute(select(Activity.__table__).where(Activity.id == activity_id)).first()
        if row is None:
            return None
        ours = s.execute(
            select(activity_members.c.member_id).where(
                activity_members.c.activity_id == activity_id
            )
        ).scalars()
        met = s.execute(
            select(activity_people.c.person_id).where(activity_people.c.activity_id == activity_id)
        ).scalars()
        return {**row._asdict(), "members": sorted(ours), "people": sorted(met)}


# -- the level follows who took part ------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "level"),
    [
        (("rep",), "rep"),
        (("presales",), "rep"),
        (("rep", "presales"), "rep"),
        (("rep", "manager"), "manager"),
        (("manager", "executive"), "executive"),
        (("rep", "executive"), "executive"),
    ],
)
def test_the_level_is_the_highest_team_role_among_the_members(
    workspace: Workspace, w: World, who: tuple[str, ...], level: str
) -> None:
    ids = {"rep": w.rep, "presales": w.presales, "manager": w.manager, "executive": w.executive}
    aid = log(workspace, w, tuple(ids[r] for r in who), (w.kdm,)).created_id("activity")
    row = stored(workspace, aid)
    assert row is not None and row["level"] == level


def test_a_level_given_is_kept(workspace: Workspace, w: World) -> None:
    aid = log(workspace, w, (w.rep,), (w.kdm,), level="executive").created_id("activity")
    row = stored(workspace, aid)
    assert row is not None and row["level"] == "executive"


def test_with_nobody_named_the_acting_member_took_part(workspace: Workspace, w: World) -> None:
    aid = log(workspace, w, (), (w.kdm,), acting=w.manager).created_id("activity")
    row = stored(workspace, aid)
    assert row is not None and (row["members"], row["level"]) == ([w.manager], "manager")
    nobody = log(workspace, w, (), (w.kdm,)).created_id("activity")  # and no one acting
    row = stored(workspace, nobody)
    assert row is not None and (row["members"], row["level"]) == ([], "rep")


def test_members_and_people_named_twice_are_recorded_once(workspace: Workspace, w: World) -> None:
    aid = log(workspace, w, (w.rep, w.rep), (w.ki, w.kdm, w.ki)).created_id("activity")
    row = stored(workspace, aid)
    assert row is not None
    assert (row["members"], row["people"]) == ([w.rep], sorted([w.ki, w.kdm]))


# -- refusals --------------------------------------------------------------------------------


def test_a_day_in_the_future_is_refused_as_a_local_day(
    local_zone: str, workspace: Workspace, w: World
) -> None:
    tomorrow = date.today() + timedelta(days=1)  # the user's local day, in either zone
    with pytest.raises(InvalidValue, match="in the future") as info:
        log(workspace, w, (w.manager,), (w.kdm,), on=tomorrow)
    assert info.value.field == "on" and tomorrow.isoformat() in info.value.message
    with pytest.raises(InvalidValue, match="in the future"):
        log(workspace, w, (w.manager,), (w.kdm,), on=tomorrow.isoformat())
    with workspace.sessions() as s:
        assert s.execute(select(Activity.id)).first() is None, local_zone
    today = log(workspace, w, (w.manager,), (w.kdm,), on=date.today()).created_id("activity")
    undated = log(workspace, w, (w.manager,), (w.kdm,)).created_id("activity")
    for aid in (today, undated):
        row = stored(workspace, aid)
        assert row is not None and row["on"] == date.today(), local_zone


def test_no_day_and_a_bad_day_are_refused(workspace: Workspace, w: World) -> None:
    with pytest.raises(InvalidValue, match="needs a date"):
        log(workspace, w, (w.manager,), (w.kdm,), on=None)
    with pytest.raises(InvalidValue, match="not a date"):
        log(workspace, w, (w.manager,), (w.kdm,), on="next week")


def test_people_and_deals_of_another_account_are_refused(workspace: Workspace, w: World) -> None:
    with pytest.raises(InvalidValue, match="work at the activity's account"):
        log(workspace, w, (w.manager,), (w.kdm, w.stranger))
    with workspace.begin() as s:
        values = {"name": "Elsewhere", "account_id": w.other_account, "stage": "P2"}
        theirs = deals.create_deal(s, values).created_id("deal")
    with pytest.raises(InvalidValue, match="deal's own account") as info:
        log(workspace, w, (w.manager,), (w.kdm,), deal_id=theirs)
    assert info.value.field == "deal_id"
    with workspace.sessions() as s:
        assert s.execute(select(Activity.id)).first() is None


# -- the changes name the deal; delete and restore are exact ------------------------------------


def test_log_delete_and_restore_name_the_deal_and_put_back_the_same_row(
    workspace: Workspace, w: World
) -> None:
    logged = log(
        workspace,
        w,
        (w.rep, w.manager),
        (w.kdm, w.ki),
        kind="presentation",
        on=date(2025, 3, 1),
        summary="Showed the MES roadmap",
        next_step="Pilot proposal",
    )
    aid = logged.created_id("activity")
    assert {("deal", w.deal), ("account", w.account)} <= logged.updated
    before = stored(workspace, aid)
    assert before is not None and before["members"] == sorted([w.rep, w.manager])

    with workspace.begin() as s:
        deleted = activities.delete_activity(s, aid)
    assert deleted.deleted == {("activity", aid)}
    assert {("deal", w.deal), ("account", w.account)} <= deleted.updated
    assert stored(workspace, aid) is None
    with workspace.sessions() as s:  # the links went with it
        assert s.execute(select(activity_people.c.person_id)).first() is None

    with workspace.begin() as s:
        restored = activities.restore_activity(s, deleted.undo["snapshot"])
    assert ("activity", aid) in restored.created
    assert {("deal", w.deal), ("account", w.account)} <= restored.updated
    assert stored(workspace, aid) == before


def test_an_activity_for_no_deal_names_only_the_account(workspace: Workspace, w: World) -> None:
    changes = log(workspace, w, (w.manager,), (w.kdm,), deal_id=None)
    assert changes.updated == {("account", w.account)}
    with workspace.begin() as s:
        deleted = activities.delete_activity(s, changes.created_id("activity"))
    assert deleted.updated == {("account", w.account)}


def test_deleting_what_is_not_there_says_so(workspace: Workspace, w: World) -> None:
    from model.errors import NotFound

    with pytest.raises(NotFound), workspace.begin() as s:
        activities.delete_activity(s, 999)


# -- the reads of the deal panel --------------------------------------------------------------


def test_deal_visits_lists_newest_first_with_what_each_counts_for(
    workspace: Workspace, w: World
) -> None:
    today = date.today()
    log(workspace, w, (w.rep,), (w.kdm,), on=today - timedelta(days=9), kind="visit")
    log(workspace, w, (w.manager,), (w.ki, w.lead), on=today - timedelta(days=3), kind="demo")
    log(workspace, w, (w.executive,), (w.ku,), on=today - timedelta(days=1), kind="call")
    with workspace.sessions() as s:
        found = deal_visits(s, w.deal)
    assert found is not None
    assert [v.kind for v in found.visits] == ["call", "demo", "visit"]  # newest first
    call, demo, rep_visit = found.visits
    assert demo.level == "manager" and demo.members == (("Wang Manager", "manager"),)
    assert [(p.name, p.role) for p in demo.people] == [("Qian CTO", "KI"), ("Wu Buyer", "LEAD")]
    assert demo.senior_for == ("KI",)
    assert call.senior_for == () and rep_visit.senior_for == ()  # a call; a rep alone
    assert found.missing == ("KU", "KDM") and found.visited == {"KI"}
    assert found.unheld == ()
    assert found.holders == {"KI": ("Qian CTO",), "KU": ("Zhou Ops",), "KDM": ("Zhao CEO",)}


def test_a_role_on_the_deal_is_shown_over_the_standing_role(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:  # on this deal the ops head is only the buying lead
        deals.set_deal_role(s, w.deal, w.ku, "LEAD")
    log(workspace, w, (w.manager,), (w.ku,))
    with workspace.sessions() as s:
        found = deal_visits(s, w.deal)
    assert found is not None
    assert [(p.name, p.role) for p in found.visits[0].people] == [("Zhou Ops", "LEAD")]
    assert found.visits[0].senior_for == () and found.unheld == ("KU",)
    assert "KU" in found.missing


def test_visit_choices_offer_the_deals_people_first(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        gone = people.create_person(
            s, w.account, {"name": "Aa Gone", "left_on": date.today() - timedelta(days=3)}
        ).created_id("person")
        plain = people.create_person(s, w.account, {"name": "Ab Engineer"}).created_id("person")
        team.update_member(s, w.presales, {"active": False})
    with workspace.sessions() as s:
        found = visit_choices(s, w.deal)
        assert visit_choices(s, 999) is None and deal_visits(s, 999) is None
    assert found is not None and found.deal == "Plant MES" and found.account_id == w.account
    assert [c.id for c in found.people] == [w.kdm, w.ki, w.ku, w.lead, plain, gone]
    assert [c.on_deal for c in found.people] == [True, True, True, True, False, False]
    assert found.holders == {w.kdm: "KDM", w.ki: "KI", w.ku: "KU"}
    assert found.left_on[gone] == date.today() - timedelta(days=3)
    assert w.stranger not in {c.id for c in found.people}
    assert [m.name for m in found.members] == ["Chen Exec", "Li Rep", "Wang Manager"]
    assert {m.name: m.role for m in found.members}["Wang Manager"] == "manager"


# -- the gate counts them -----------------------------------------------------------------------


def test_logged_manager_visits_to_ki_ku_and_kdm_pass_the_p5_gate(
    workspace: Workspace, w: World
) -> None:
    def gate() -> Any:
        with workspace.sessions() as s:
            return gate_for(deal_facts(s, w.deal), "P6")

    assert gate().missing_senior_visits == ("KI", "KU", "KDM")
    log(workspace, w, (w.rep,), (w.ki, w.ku, w.kdm))  # a rep alone: no senior visit
    assert "P5.RULE.1" in gate().rules
    log(workspace, w, (w.rep, w.manager), (w.ki, w.kdm), kind="visit")
    assert gate().missing_senior_visits == ("KU",)
    last = log(workspace, w, (w.executive,), (w.ku,), kind="hq_visit").created_id("activity")
    passed = gate()
    assert passed.missing_senior_visits == () and "P5.RULE.1" not in passed.rules
    with workspace.begin() as s:  # deleting the visit to the KU takes it back
        deleted = activities.delete_activity(s, last)
    assert gate().missing_senior_visits == ("KU",)
    with workspace.begin() as s:
        activities.restore_activity(s, deleted.undo["snapshot"])
    assert gate().missing_senior_visits == ()
