"""The person editor's reads: detail without private data, combo choices."""

from __future__ import annotations

from datetime import date

from model.entities import Department
from model.queries_people import (
    DETAIL_FIELDS,
    competitor_choices,
    department_choices,
    manager_choices,
    person_detail,
    subordinate_ids,
)
from model.services.accounts import create_account
from model.services.common import restore
from model.services.people import (
    create_department,
    create_person,
    delete_department,
    update_private,
)
from model.services.team import create_competitor
from model.workspace import Workspace


def _person(ws: Workspace, account: int, name: str, **values: object) -> int:
    with ws.begin() as s:
        return create_person(s, account, {"name": name, **values}).created_id("person")


def test_detail_choices_and_subordinates(workspace: Workspace) -> None:
    with workspace.begin() as s:
        acme = create_account(s, {"name": "Acme"}).created_id("account")
        other = create_account(s, {"name": "Other"}).created_id("account")
        sales = create_department(s, acme, {"name": "Sales"}).created_id("department")
        create_department(s, other, {"name": "Elsewhere"})
        rival = create_competitor(s, {"name": "Rival"}).created_id("competitor")
    boss = _person(workspace, acme, "Boss", department_id=sales, role="KDM", support=2)
    mid = _person(workspace, acme, "Mid", manager_id=boss, left_on="2024-05-01")
    low = _person(workspace, acme, "Low", manager_id=mid, backs_competitor_id=rival)
    peer = _person(workspace, acme, "Peer")
    _person(workspace, other, "Stranger")
    with workspace.begin() as s:
        update_private(s, boss, {"family": "two kids"})

    with workspace.sessions() as s:
        detail = person_detail(s, boss)
        assert detail is not None and detail.name == "Boss" and detail.role == "KDM"
        assert detail.department_id == sales and detail.support == 2
        assert "family" not in DETAIL_FIELDS and "id" not in DETAIL_FIELDS
        assert "two kids" not in repr(detail)
        mid_detail = person_detail(s, mid)
        assert mid_detail is not None and mid_detail.left_on == date(2024, 5, 1)
        assert person_detail(s, 9999) is None
        assert department_choices(s, acme) == [(sales, "Sales")]
        assert competitor_choices(s) == [(rival, "Rival")]
        assert subordinate_ids(s, boss) == {mid, low}
        assert subordinate_ids(s, low) == set()
        assert [name for _, name in manager_choices(s, boss)] == ["Peer"]
        assert [i for i, _ in manager_choices(s, low)] == [boss, mid, peer]
        assert manager_choices(s, 9999) == []


def test_delete_department_and_restore(workspace: Workspace) -> None:
    with workspace.begin() as s:
        acme = create_account(s, {"name": "Acme"}).created_id("account")
        dep = create_department(s, acme, {"name": "IT"}).created_id("department")
    with workspace.begin() as s:
        changes = delete_department(s, dep)
        assert changes.touches("department", "account")
    with workspace.sessions() as s:
        assert s.get(Department, dep) is None
    with workspace.begin() as s:
        restore(s, changes.undo["snapshot"])
    with workspace.sessions() as s:
        assert department_choices(s, acme) == [(dep, "IT")]
