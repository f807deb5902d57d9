"""A person's data on request: everything held about them, and their erasure.

The erasure test plants a marker in every place a person's data can sit (their
row, personal attributes, links and their notes, an activity's summary, a
deal's note, a lead, the audit log through edits) and then searches the raw
bytes of the workspace's files for it after a checkpoint.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from model.entities import (
    PRIVATE_FIELDS,
    Activity,
    AuditEntry,
    Deal,
    Lead,
    Person,
    activity_people,
)
from model.errors import InvalidValue, NotFound
from model.exporting.person import (
    ERASED,
    erase_person,
    erasure_plan,
    find_person,
    person_data,
)
from model.services import accounts, activities, deals, leads, people, team
from model.workspace import Workspace, open_workspace

MARK = "QX7MARKERZZ"
NAME = f"Li {MARK}"


def plant(ws: Workspace) -> dict[str, int]:
    """A person with the marker everywhere, and a colleague who must stay whole."""
    with ws.begin() as s:
        s.info["who"] = "tester"
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        member = team.create_member(s, {"name": "Rep", "role": "rep"}).created_id("member")
        pid = people.create_person(
            s, acc, {"name": NAME, "phone": f"138{MARK}", "email": f"{MARK}@x.cn"}
        ).created_id("person")
        other = people.create_person(s, acc, {"name": "Wang Fang"}).created_id("person")
        deal = deals.create_deal(
            s,
            {"name": "Grid", "account_id": acc, "stage": "P3", "force": True, "reason": "x"},
        ).created_id("deal")
    with ws.begin() as s:
        people.update_private(s, pid, {f: f"{f} {MARK}" for f in PRIVATE_FIELDS})
        people.update_person(s, pid, {"kpi": f"kpi {MARK}", "title": "CIO"})
        people.update_person(s, other, {"kpi": f"works with {NAME}"})
        people.set_influence(s, pid, other, 0.8, note=f"note {MARK}")
        people.set_relationship(s, member, pid, {"strength": 0.6})
        deals.set_deal_role(s, deal, pid, "KDM", support=1)
        deals.update_deal(s, deal, {"note": f"call {NAME} on Monday"})
        act = activities.log_activity(
            s,
            acc,
            {"on": date(2026, 1, 5), "summary": f"Met {NAME}, phone 138{MARK}"},
            members=[member],
            people=[pid, other],
        ).created_id("activity")
        lead = leads.create_lead(
            s, {"company": "Acme", "contact_name": NAME, "contact_phone": f"138{MARK}"}
        ).created_id("lead")
    with ws.begin() as s:
        activities.update_activity(s, act, {"summary": f"Met {NAME} and Wang Fang"})
    return {"account": acc, "person": pid, "other": other, "deal": deal, "activity": act,
            "lead": lead, "member": member}  # fmt: skip


def test_find_person_by_id_uuid_or_name(workspace: Workspace) -> None:
    ids = plant(workspace)
    with workspace.sessions() as s:
        uuid = s.get(Person, ids["person"]).uuid  # type: ignore[union-attr]
        assert find_person(s, str(ids["person"])) == ids["person"]
        assert find_person(s, uuid) == ids["person"]
        assert find_person(s, "  wang FANG ") == ids["other"]
        with pytest.raises(NotFound) as err:
            find_person(s, "Nobody Here")
        assert "Nobody Here" in err.value.message
        with pytest.raises(NotFound):
            find_person(s, "999")
    with workspace.begin() as s:
        people.create_person(s, ids["account"], {"name": "Wang Fang"})
    with workspace.sessions() as s, pytest.raises(InvalidValue) as twice:
        find_person(s, "Wang Fang")
    assert "2 people" in twice.value.message and "Give the id" in twice.value.message


def test_person_data_holds_everything_about_them(workspace: Workspace) -> None:
    ids = plant(workspace)
    with workspace.sessions() as s:
        data = person_data(s, ids["person"])
        plan = erasure_plan(s, ids["person"])
    assert data["person"]["name"] == NAME and data["person"]["kpi"] == f"kpi {MARK}"
    assert data["private"]["family"] == f"family {MARK}"
    assert data["account"]["name"] == "Acme"
    assert [(r["deal"], r["role"]) for r in data["deal_roles"]] == [("Grid", "KDM")]
    assert [(i["source"], i["target"], i["note"]) for i in data["influences"]] == [
        (NAME, "Wang Fang", f"note {MARK}")
    ]
    assert [r["member"] for r in data["relationships"]] == ["Rep"]
    assert [(a["id"], a["people"], a["members"]) for a in data["activities"]] == [
        (ids["activity"], [NAME, "Wang Fang"], ["Rep"])
    ]
    assert [x["id"] for x in data["leads"]] == [ids["lead"]]
    mentioned = {(m["table"], m["id"], m["column"]) for m in data["mentions"]}
    assert {
        ("people", ids["other"], "kpi"),
        ("deals", ids["deal"], "note"),
        ("activities", ids["activity"], "summary"),
    } <= mentioned
    logged = {(e["entity"], e["field"]) for e in data["audit_log"]}
    assert ("person", "kpi") in logged and ("deal", "note") in logged
    assert all(e["entity"] != "account" for e in data["audit_log"])  # not about them
    assert plan.name == NAME and plan.private and plan.deal_roles == 1
    assert (plan.influences, plan.relationships, plan.activities, plan.leads) == (1, 1, 1, 1)


def _leaks(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.is_file() and MARK.encode() in p.read_bytes()]


def test_erase_leaves_the_marker_nowhere(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    path = folder / "w.kan"
    ws = open_workspace(path, create=True)
    ids = plant(ws)
    assert _leaks(folder)  # it really is in the file before
    with ws.begin() as s:
        changes = erase_person(s, ids["person"])
    assert ("person", ids["person"]) in changes.deleted
    assert {("deal", ids["deal"]), ("activity", ids["activity"]), ("lead", ids["lead"])} <= (
        changes.updated
    )
    assert changes.undo == {}
    with ws.sessions() as s:
        assert s.get(Person, ids["person"]) is None
        logged = [
            (e.entity, e.field)
            for e in s.scalars(select(AuditEntry))
            if MARK in (e.old or "") + (e.new or "")
        ]
        assert logged == []
        act = s.get(Activity, ids["activity"])
        assert act is not None and act.summary == f"Met {ERASED} and Wang Fang"
        met = s.scalars(
            select(activity_people.c.person_id).where(
                activity_people.c.activity_id == ids["activity"]
            )
        ).all()
        assert met == [ids["other"]]
        lead = s.get(Lead, ids["lead"])
        assert lead is not None and (lead.contact_name, lead.contact_phone) == ("", "")
        colleague = s.get(Person, ids["other"])
        assert colleague is not None and colleague.kpi == f"works with {ERASED}"
    ws.close()  # the marker must not be in the file, its WAL or anything beside it
    assert _leaks(folder) == []


def test_erase_of_someone_unknown_is_refused(workspace: Workspace) -> None:
    with workspace.begin() as s, pytest.raises(NotFound):
        erase_person(s, 12345)


def _only_delete(session: Any, person_id: int) -> None:
    people.delete_person(session, person_id)


def test_a_plain_delete_would_leave_the_marker(tmp_path: Path) -> None:
    """What the erasure adds: the mentions elsewhere stay after a plain delete."""
    folder = tmp_path / "ws"
    ws = open_workspace(folder / "w.kan", create=True)
    ids = plant(ws)
    with ws.begin() as s:
        _only_delete(s, ids["person"])
    ws.close()
    assert _leaks(folder)


def test_a_name_is_theirs_only_at_their_account(workspace: Workspace) -> None:
    """王伟 at one customer is not 王伟 at another: their name is searched in the records
    of their own account only; their phone number everywhere."""
    with workspace.begin() as s:
        ours = accounts.create_account(s, {"name": "Ours"}).created_id("account")
        theirs = accounts.create_account(s, {"name": "Theirs"}).created_id("account")
        pid = people.create_person(s, ours, {"name": "王伟", "phone": "13912345678"})
        people.create_person(s, theirs, {"name": "王伟"})
        deal_ours = deals.create_deal(
            s, {"name": "A", "account_id": ours, "stage": "P3", "force": True, "reason": "x"}
        ).created_id("deal")
        deal_theirs = deals.create_deal(
            s, {"name": "B", "account_id": theirs, "stage": "P3", "force": True, "reason": "x"}
        ).created_id("deal")
    with workspace.begin() as s:
        deals.update_deal(s, deal_ours, {"note": "王伟 signs"})
        deals.update_deal(s, deal_theirs, {"note": "王伟 signs; backup 13912345678"})
    person_id = pid.created_id("person")
    with workspace.sessions() as s:
        found = {(m["table"], m["id"]) for m in person_data(s, person_id)["mentions"]}
    assert found == {("deals", deal_ours), ("deals", deal_theirs)}
    with workspace.begin() as s:
        erase_person(s, person_id)
    with workspace.sessions() as s:
        notes = dict(s.execute(select(Deal.id, Deal.note)).all())
        logged = [e.new for e in s.scalars(select(AuditEntry)) if e.entity == "deal"]
    assert notes == {deal_ours: f"{ERASED} signs", deal_theirs: f"王伟 signs; backup {ERASED}"}
    # Their phone leaves the other account's history; the other 王伟 stays in it.
    assert logged.count("王伟 signs; backup (deleted)") == 1
    assert "(deleted) signs" in logged and "王伟 signs" not in logged


def test_a_mention_in_other_letter_case_is_found_on_both_backends(workspace: Workspace) -> None:
    """SQLite's LIKE ignores the case of Latin letters, PostgreSQL's does not: the
    search for a person's traces ignores it on both, so "LI QX7…" in a note is theirs."""
    ids = plant(workspace)
    with workspace.begin() as s:
        deals.update_deal(s, ids["deal"], {"note": f"ask {NAME.upper()} about the budget"})
    with workspace.sessions() as s:
        data = person_data(s, ids["person"])
    mentioned = {(m["table"], m["id"], m["column"]) for m in data["mentions"]}
    assert ("deals", ids["deal"], "note") in mentioned


def test_erase_blanks_a_mention_in_other_letter_case(workspace: Workspace) -> None:
    ids = plant(workspace)
    with workspace.begin() as s:
        deals.update_deal(s, ids["deal"], {"note": f"ask {NAME.upper()} about the budget"})
    with workspace.begin() as s:
        erase_person(s, ids["person"])
    with workspace.sessions() as s:
        note = s.get_one(Deal, ids["deal"]).note
    assert MARK.lower() not in note.lower()
