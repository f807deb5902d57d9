"""graph.from_model: OrgData read from a temporary workspace, now and in the past."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, update

from graph import best_route_to_kdm, build_org_graph, diff_snapshots, person_key
from graph.from_model import (
    account_choices,
    account_stage,
    deal_choices,
    link_rows,
    org_data,
    org_data_at,
)
from model.base import utcnow
from model.entities import AuditEntry, Person
from model.errors import NotFound
from model.services import accounts, deals, people, team
from model.workspace import Workspace


@dataclass
class Org:
    account: int
    other: int
    boss: int
    ki: int
    ku: int
    gone: int
    rep: int
    exec_: int
    idle: int
    rival: int
    deal: int


def _new(ws: Workspace, fn: Any, kind: str, *args: Any) -> int:
    with ws.begin() as s:
        return int(fn(s, *args).created_id(kind))


@pytest.fixture
def org(workspace: Workspace) -> Org:
    ws = workspace
    rep = _new(ws, team.create_member, "member", {"name": "Rita", "role": "rep"})
    exec_ = _new(ws, team.create_member, "member", {"name": "Ed", "role": "executive"})
    idle = _new(ws, team.create_member, "member", {"name": "Ivy", "role": "presales"})
    rival = _new(ws, team.create_competitor, "competitor", {"name": "Rival Corp"})
    account = _new(ws, accounts.create_account, "account", {"name": "Acme", "owner_id": exec_})
    other = _new(ws, accounts.create_account, "account", {"name": "Other"})
    boss = _new(
        ws,
        people.create_person,
        "person",
        account,
        {"name": "Boss", "role": "KDM", "seniority": "top", "support": -1},
    )
    ki = _new(
        ws,
        people.create_person,
        "person",
        account,
        {
            "name": "Kim",
            "role": "KI",
            "manager_id": boss,
            "seniority": "senior",
            "insider": True,
            "insider_sources": 1,
            "title": "CIO",
        },
    )
    ku = _new(
        ws,
        people.create_person,
        "person",
        account,
        {
            "name": "Kuo",
            "role": "KU",
            "manager_id": ki,
            "backs_competitor_id": rival,
            "map_x": 10.0,
            "map_y": 20.0,
        },
    )
    gone = _new(
        ws,
        people.create_person,
        "person",
        account,
        {"name": "Gone", "left_on": date.today() - timedelta(days=3)},
    )
    _new(ws, people.create_person, "person", other, {"name": "Stranger"})
    with ws.begin() as s:
        people.set_influence(s, ki, boss, 0.8)
        people.set_influence(s, gone, boss, 0.9)
        people.set_relationship(
            s,
            rep,
            ki,
            {"strength": 0.7, "visit_level": "manager", "last_contact": date(2024, 5, 1)},
        )
        people.set_relationship(s, idle, gone, {"strength": 0.4})
    deal = _new(
        ws,
        deals.create_deal,
        "deal",
        {
            "name": "Big deal",
            "account_id": account,
            "stage": "P4",
            "owner_id": rep,
            "force": True,
            "reason": "taken over mid-funnel",
        },
    )
    _new(
        ws, deals.create_deal, "deal", {"name": "Small deal", "account_id": account, "stage": "P2"}
    )
    with ws.begin() as s:
        deals.set_deal_role(s, deal, ku, "KDM", support=2, coach=True)
    return Org(account, other, boss, ki, ku, gone, rep, exec_, idle, rival, deal)


def test_org_data_reads_people_links_and_members(workspace: Workspace, org: Org) -> None:
    with workspace.sessions() as s:
        data = org_data(s, org.account)
    by_id = {p.id: p for p in data.people}
    assert set(by_id) == {org.boss, org.ki, org.ku}  # "Gone" left, "Stranger" is elsewhere
    boss, ki, ku = by_id[org.boss], by_id[org.ki], by_id[org.ku]
    assert (boss.role, boss.support, boss.seniority) == ("KDM", -1, 3)
    assert (ki.manager_id, ki.insider, ki.title, ki.seniority) == (org.boss, True, "CIO", 2)
    assert (ku.competitor, ku.x, ku.y) == ("Rival Corp", 10.0, 20.0)
    assert boss.x is None and boss.y is None
    assert [(e.source, e.target, e.strength) for e in data.influences] == [(org.ki, org.boss, 0.8)]
    rel = data.relationships
    assert [(r.member_id, r.person_id, r.visit_level) for r in rel] == [
        (org.rep, org.ki, "manager")
    ]
    assert rel[0].last_contact == date(2024, 5, 1)
    # the owner and whoever holds a relationship; Ivy's only contact has left
    assert {(m.id, m.role) for m in data.members} == {(org.rep, "rep"), (org.exec_, "executive")}
    assert dict(data.insider_sources) == {org.ki: 1}
    G = build_org_graph(data)
    answer = best_route_to_kdm(G)
    assert answer.reason == "ok"
    assert answer.routes[0].nodes[-1] == person_key(org.boss)


def test_deal_roles_override_the_standing_view(workspace: Workspace, org: Org) -> None:
    with workspace.sessions() as s:
        data = org_data(s, org.account, org.deal)
        stage = account_stage(s, org.account, org.deal)
    ku = next(p for p in data.people if p.id == org.ku)
    assert (ku.role, ku.support, ku.coach, ku.competitor) == ("KDM", 2, True, None)
    boss = next(p for p in data.people if p.id == org.boss)
    assert boss.role == "KDM"  # no deal role: the standing view stays
    assert org.rep in {m.id for m in data.members}  # the deal's owner
    assert stage == "P4"


def test_missing_account_or_foreign_deal(workspace: Workspace, org: Org) -> None:
    with workspace.sessions() as s:
        with pytest.raises(NotFound):
            org_data(s, 999)
        with pytest.raises(NotFound):
            org_data(s, org.other, org.deal)
        with pytest.raises(NotFound):
            org_data(s, org.account, 999)
        with pytest.raises(NotFound):
            org_data_at(s, 999, date.today())


def test_choices_and_stage(workspace: Workspace, org: Org) -> None:
    with workspace.sessions() as s:
        choices = account_choices(s)
        assert [(c.name, c.people) for c in choices] == [("Acme", 3), ("Other", 1)]
        assert [d.name for d in deal_choices(s, org.account)] == ["Big deal", "Small deal"]
        assert account_stage(s, org.account) == "P4"
        assert account_stage(s, org.other) is None


def test_link_rows_of_a_person(workspace: Workspace, org: Org) -> None:
    with workspace.sessions() as s:
        links = link_rows(s, org.ki)
        assert link_rows(s, 999) == []
    kinds = sorted((lk.kind, lk.source, lk.target) for lk in links)
    assert kinds == sorted(
        [
            ("reports_to", org.ki, org.boss),
            ("reports_to", org.ku, org.ki),
            ("influence", org.ki, org.boss),
            ("relationship", org.rep, org.ki),
        ]
    )
    influence = next(lk for lk in links if lk.kind == "influence")
    assert (influence.source_name, influence.target_name, influence.strength) == (
        "Kim",
        "Boss",
        0.8,
    )


def _tick() -> datetime:
    """A moment strictly between two writes."""
    time.sleep(0.002)
    moment = utcnow()
    time.sleep(0.002)
    return moment


def test_org_data_at_rolls_back_changes(workspace: Workspace, org: Org) -> None:
    before = _tick()
    with workspace.begin() as s:
        people.update_person(s, org.boss, {"support": 2, "role": "KI"})
        people.update_person(s, org.ki, {"manager_id": None, "insider": False})
        people.update_person(s, org.ku, {"backs_competitor_id": None})
        people.set_influence(s, org.ki, org.boss, 0.3)
        people.set_influence(s, org.ku, org.boss, 0.6)
    newcomer = _new(workspace, people.create_person, "person", org.account, {"name": "New"})
    with workspace.begin() as s:
        people.delete_person(s, org.ki)
        people.update_person(s, org.ku, {"left_on": date.today() - timedelta(days=1)})

    with workspace.sessions() as s:
        now = org_data(s, org.account)
        past = org_data_at(s, org.account, before)
    past_people = {p.id: p for p in past.people}
    assert newcomer not in past_people
    assert org.ku in past_people  # had not left yet
    boss, ku = past_people[org.boss], past_people[org.ku]
    assert (boss.support, boss.role) == (-1, "KDM")
    assert ku.competitor == "Rival Corp"
    assert ku.x == 10.0  # positions are today's
    # Kim was deleted since; the delete entry keeps the row, so the past has Kim
    assert org.ki in past_people
    assert [(e.source, e.target, e.strength) for e in past.influences] == []

    diff = diff_snapshots(past, now)
    assert diff.joined == (newcomer,)
    assert set(diff.left) == {org.ki, org.ku}  # Kim deleted, Ku left
    assert (org.boss, "KDM", "KI") in diff.role_changed
    assert (org.boss, -1, 2) in diff.support_changed


def test_org_data_at_keeps_influence_strengths_of_the_day(workspace: Workspace, org: Org) -> None:
    before = _tick()
    with workspace.begin() as s:
        people.set_influence(s, org.ki, org.boss, 0.2)
        people.update_person(s, org.ki, {"insider": False})
    with workspace.sessions() as s:
        past = org_data_at(s, org.account, before)
        now = org_data(s, org.account)
    assert [e.strength for e in past.influences] == [0.8]
    assert [e.strength for e in now.influences] == [0.2]
    assert dict(past.insider_sources) == {org.ki: 1}
    assert diff_snapshots(past, now).insider_changed == ((org.ki, True, False),)


def test_undone_create_and_restored_delete(workspace: Workspace, org: Org) -> None:
    """A person deleted and put back by undo existed all along, before and after."""
    from model.services.common import restore

    before = _tick()
    with workspace.begin() as s:
        snap = people.delete_person(s, org.boss).undo["snapshot"]
    with workspace.begin() as s:
        restore(s, snap)
    with workspace.sessions() as s:
        past = org_data_at(s, org.account, before)
    assert org.boss in {p.id for p in past.people}


def test_rows_without_log_count_from_created_at(workspace: Workspace, org: Org) -> None:
    with workspace.begin() as s:
        s.execute(update(Person).where(Person.id == org.ku).values(created_at=datetime(2030, 1, 1)))
    with workspace.sessions() as s:
        past = org_data_at(s, org.account, date(2029, 12, 31))
        later = org_data_at(s, org.account, date(2030, 1, 1))
    assert org.ku not in {p.id for p in past.people}
    assert org.ku in {p.id for p in later.people}


def test_a_delete_entry_carrying_the_row_brings_the_person_back(
    workspace: Workspace, org: Org
) -> None:
    before = _tick()
    with workspace.begin() as s:
        people.delete_person(s, org.ku)
        # what the log would need to keep: the deleted row in ``old``
        row = {
            "account_id": org.account,
            "name": "Kuo",
            "role": "KU",
            "support": 1,
            "manager_id": org.ki,
            "seniority": "staff",
            "created_at": "2020-01-01T00:00:00",
        }
        s.execute(
            update(AuditEntry)
            .where(
                AuditEntry.entity == "person",
                AuditEntry.entity_id == org.ku,
                AuditEntry.action == "delete",
            )
            .values(old=json.dumps(row))
        )
        # a foreign account's deleted person does not leak in
        s.execute(
            insert(AuditEntry),
            [
                {
                    "action": "delete",
                    "entity": "person",
                    "entity_id": 4242,
                    "field": "",
                    "old": json.dumps({"account_id": org.other, "name": "X"}),
                    "at": utcnow(),
                }
            ],
        )
    with workspace.sessions() as s:
        past = org_data_at(s, org.account, before)
    ku = next(p for p in past.people if p.id == org.ku)
    assert (ku.name, ku.role, ku.support, ku.manager_id) == ("Kuo", "KU", 1, org.ki)
    assert 4242 not in {p.id for p in past.people}
