"""P5.RULE.1, senior visits: one rule, and gate, board and map all say what it says.

Each edge case is recorded as facts through the services (activities with our
members and the customer's people, roles, people who left) and then asked of
the three places that show the rule: the gate for leaving P5, the board's
warnings and the map's ``no_senior_visit`` risks on the deal's chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from graph import build_org_graph, risks
from graph.from_model import org_data
from model.board import warnings_by_deal
from model.entities import Activity
from model.errors import InvalidValue
from model.rules.visits import (
    IN_PERSON_KINDS,
    SENIOR_VISIT_ROLES,
    Visit,
    VisitFacts,
    counts_as_senior_visit,
    senior_visits,
    senior_visits_by_deal,
)
from model.services import accounts, activities, deals, people, team
from model.workspace import Workspace

ALL = ("KI", "KU", "KDM")
DAY = date(2025, 3, 10)

# -- the pure rule ---------------------------------------------------------------------------


def test_in_person_kinds_are_the_face_to_face_ones() -> None:
    assert {
        "visit",
        "presentation",
        "demo",
        "event",
        "reference_visit",
        "hq_visit",
    } == IN_PERSON_KINDS
    assert SENIOR_VISIT_ROLES == ALL


@pytest.mark.parametrize(
    ("visit", "left_on", "counts"),
    [
        (Visit(1, "visit", DAY, frozenset({"manager"}), frozenset({5})), None, True),
        (Visit(1, "hq_visit", DAY, frozenset({"rep", "executive"}), frozenset({5})), None, True),
        (Visit(1, "call", DAY, frozenset({"manager"}), frozenset({5})), None, False),
        (Visit(1, "mail", DAY, frozenset({"executive"}), frozenset({5})), None, False),
        (Visit(1, "visit", DAY, frozenset({"rep", "presales"}), frozenset({5})), None, False),
        (Visit(2, "visit", DAY, frozenset({"manager"}), frozenset({5})), None, False),
        (Visit(None, "visit", DAY, frozenset({"manager"}), frozenset({5})), None, False),
        (Visit(1, "visit", None, frozenset({"manager"}), frozenset({5})), None, False),
        (Visit(1, "visit", DAY + timedelta(days=1), frozenset({"manager"}), frozenset({5})), None,
         False),
        (Visit(1, "visit", DAY, frozenset({"manager"}), frozenset({6})), None, False),
        (Visit(1, "visit", DAY, frozenset({"manager"}), frozenset({5})), DAY, False),
        (Visit(1, "visit", DAY, frozenset({"manager"}), frozenset({5})), DAY + timedelta(1), True),
    ],
    ids=[
        "manager-visit",
        "executive-at-hq",
        "phone-call",
        "mail",
        "rep-and-presales-only",
        "another-deal",
        "no-deal",
        "no-day",
        "tomorrow",
        "someone-else",
        "had-left-that-day",
        "left-the-day-after",
    ],
)  # fmt: skip
def test_what_counts_as_a_senior_visit(visit: Visit, left_on: date | None, counts: bool) -> None:
    assert counts_as_senior_visit(visit, 1, 5, left_on, DAY) is counts


def test_every_role_needs_a_holder_and_a_visit_to_one_of_them() -> None:
    met = Visit(1, "demo", DAY, frozenset({"manager"}), frozenset({11, 20}))
    facts = VisitFacts(1, (met,))
    found = senior_visits({10: "KDM", 11: "KDM", 20: "KI", 30: "LEAD"}, facts, DAY)
    assert found.visited == {"KDM", "KI"}  # one of two KDMs is enough
    assert (found.missing, found.unheld) == (("KU",), ("KU",))
    assert found.holders == {"KDM": (10, 11), "KI": (20,)}
    assert found.visited_people == {11, 20} and not found.met
    nobody = senior_visits({}, VisitFacts(1), DAY)
    assert nobody.missing == ALL and nobody.unheld == ALL
    everyone = senior_visits({11: "KDM", 20: "KI", 21: "KU"}, VisitFacts(1, (met,)), DAY)
    assert everyone.missing == ("KU",) and everyone.unheld == ()


def test_a_person_who_had_left_by_the_visit_is_not_visited() -> None:
    met = Visit(1, "visit", DAY, frozenset({"executive"}), frozenset({10}))
    gone = VisitFacts(1, (met,), {10: DAY - timedelta(days=1)})
    assert senior_visits({10: "KDM"}, gone, DAY).missing == ALL
    still = VisitFacts(1, (met,), {10: DAY + timedelta(days=30)})
    assert senior_visits({10: "KDM"}, still, DAY).missing == ("KI", "KU")


# -- through the services: gate, board and map agree -------------------------------------------


@dataclass
class World:
    manager: int
    executive: int
    rep: int
    presales: int
    account: int
    kdm: int
    ki: int
    ku: int
    deal: int
    other_deal: int


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:

        def member(name: str, role: str) -> int:
            return team.create_member(s, {"name": name, "role": role}).created_id("member")

        def person(name: str, role: str | None) -> int:
            return people.create_person(s, acc, {"name": name, "role": role}).created_id("person")

        def deal(name: str) -> int:
            values = {"name": name, "account_id": acc, "stage": "P5", "force": True}
            return deals.create_deal(s, {**values, "reason": "taken over"}).created_id("deal")

        manager, executive = member("Wang", "manager"), member("Chen", "executive")
        rep, presales = member("Li", "rep"), member("Sun", "presales")
        acc = accounts.create_account(s, {"name": "Acme Steel"}).created_id("account")
        return World(
            manager,
            executive,
            rep,
            presales,
            acc,
            kdm=person("Zhao CEO", "KDM"),
            ki=person("Qian CTO", "KI"),
            ku=person("Zhou Ops", "KU"),
            deal=deal("Plant MES"),
            other_deal=deal("Warehouse WMS"),
        )


def visit(
    workspace: Workspace,
    w: World,
    *who: int,
    kind: str = "hq_visit",
    on: date | None = None,
    members: tuple[int, ...] | None = None,
    deal: int | str | None = "mine",
    level: str = "rep",
) -> None:
    deal_id = w.deal if deal == "mine" else deal
    with workspace.begin() as s:
        activities.log_activity(
            s,
            w.account,
            {"kind": kind, "on": on or date.today(), "deal_id": deal_id, "level": level},
            members=list(members if members is not None else (w.rep, w.manager)),
            people=list(who),
        )


def missing(workspace: Workspace, w: World) -> tuple[str, ...]:
    """The roles P5.RULE.1 misses for ``w.deal``, asserting gate, board and map agree."""
    today = date.today()
    with workspace.sessions() as s:
        rule = senior_visits_by_deal(s, [w.deal])[w.deal]
        gate = deals.evaluate_move(s, w.deal, "P6")
        board = warnings_by_deal(s, [w.deal]).get(w.deal, ())
        G = build_org_graph(org_data(s, w.account, w.deal, today=today))
        on_map = [r for r in risks(G, stage="P5", today=today) if r.code == "no_senior_visit"]
    assert gate.missing_senior_visits == rule.missing
    assert ("P5.RULE.1" in gate.rules) == bool(rule.missing)
    assert ("P5.RULE.1" in board) == bool(rule.missing)
    assert sorted(str(r.detail["role"]) for r in on_map) == sorted(rule.missing)
    for risk in on_map:  # a role nobody holds names nobody
        assert bool(risk.people) is (risk.detail["role"] not in rule.unheld)
    return rule.missing


def test_a_managers_visit_for_this_deal_meets_the_rule(workspace: Workspace, w: World) -> None:
    assert missing(workspace, w) == ALL
    visit(workspace, w, w.kdm, w.ki)
    assert missing(workspace, w) == ("KU",)
    visit(workspace, w, w.ku, kind="presentation", members=(w.executive,))
    assert missing(workspace, w) == ()


@pytest.mark.parametrize("kind", ["call", "mail", "other"])
def test_a_call_or_mail_is_no_visit(workspace: Workspace, w: World, kind: str) -> None:
    visit(workspace, w, w.kdm, w.ki, w.ku, kind=kind, members=(w.executive,))
    assert missing(workspace, w) == ALL


def test_a_visit_by_reps_and_presales_alone_is_no_senior_visit(
    workspace: Workspace, w: World
) -> None:
    # the activity's own level field is no evidence: who was there is
    visit(workspace, w, w.kdm, w.ki, w.ku, members=(w.rep, w.presales), level="executive")
    assert missing(workspace, w) == ALL


def test_a_relationships_visit_level_is_no_visit(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        for pid in (w.kdm, w.ki, w.ku):
            people.set_relationship(s, w.executive, pid, {"visit_level": "executive"})
    assert missing(workspace, w) == ALL


def test_visits_for_another_deal_or_for_no_deal_do_not_count(
    workspace: Workspace, w: World
) -> None:
    visit(workspace, w, w.kdm, w.ki, w.ku, deal=w.other_deal)
    visit(workspace, w, w.kdm, w.ki, w.ku, deal=None)  # account upkeep
    assert missing(workspace, w) == ALL
    with workspace.sessions() as s:
        assert senior_visits_by_deal(s, [w.other_deal])[w.other_deal].missing == ()


def test_a_role_nobody_holds_is_missing(workspace: Workspace, w: World) -> None:
    visit(workspace, w, w.kdm, w.ki, w.ku)
    assert missing(workspace, w) == ()
    with workspace.begin() as s:  # on this deal the ops head is only the buying lead
        deals.set_deal_role(s, w.deal, w.ku, "LEAD", support=1)
    assert missing(workspace, w) == ("KU",)
    with workspace.sessions() as s:
        assert senior_visits_by_deal(s, [w.deal])[w.deal].unheld == ("KU",)


def test_a_person_who_left_holds_no_role(workspace: Workspace, w: World) -> None:
    visit(workspace, w, w.kdm, w.ki, w.ku, on=date.today() - timedelta(days=20))
    assert missing(workspace, w) == ()
    with workspace.begin() as s:  # the KDM left; a successor took over
        people.update_person(s, w.kdm, {"left_on": date.today() - timedelta(days=5)})
        people.create_person(s, w.account, {"name": "Wu New CEO", "role": "KDM"})
    assert missing(workspace, w) == ("KDM",)
    with workspace.sessions() as s:
        assert senior_visits_by_deal(s, [w.deal])[w.deal].unheld == ()


def test_a_visit_met_someone_who_had_already_left(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:  # leaves next week; recorded as met a month after leaving
        people.update_person(s, w.kdm, {"left_on": date.today() + timedelta(days=7)})
    visit(workspace, w, w.kdm, w.ki, w.ku, on=date.today() - timedelta(days=30))
    assert missing(workspace, w) == ()
    with workspace.begin() as s:
        people.update_person(s, w.kdm, {"left_on": date.today() - timedelta(days=40)})
        people.create_person(s, w.account, {"name": "Wu New CEO", "role": "KDM"})
    assert missing(workspace, w) == ("KDM",)


# -- local days (users at UTC+8) -------------------------------------------------------------------


def test_a_visit_planned_for_tomorrow_has_not_happened(
    local_zone: str, workspace: Workspace, w: World
) -> None:
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(InvalidValue, match="in the future"):  # the service refuses it ...
        visit(workspace, w, w.kdm, w.ki, w.ku, on=tomorrow)
    visit(workspace, w, w.kdm, w.ki, w.ku)  # ... so write it dated tomorrow by hand, as a
    with workspace.begin() as s:  # colleague whose local day is already tomorrow may have
        s.execute(update(Activity).values(on=tomorrow))
    assert missing(workspace, w) == ALL, local_zone
    visit(workspace, w, w.kdm, w.ki, w.ku, on=date.today())  # today, the local day, counts
    assert missing(workspace, w) == (), local_zone
