"""A deleted person is still in the chain as it was before the delete, and a
restore (undo) brings them back into the log too; private text never gets in."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from graph.from_model import org_data_at
from model.base import utcnow
from model.entities import AuditEntry, Person
from model.services import common
from model.services.accounts import create_account
from model.services.people import create_person, delete_person, update_private
from model.workspace import Workspace


def _names(workspace: Workspace, account: int, when: date) -> set[str]:
    with workspace.sessions() as s:
        return {p.name for p in org_data_at(s, account, when).people}


def test_deleted_person_is_in_the_past_and_restore_is_logged(
    workspace: Workspace, local_zone: str
) -> None:
    with workspace.begin() as s:
        acc = create_account(s, {"name": "Acme"}).created_id("account")
        boss = create_person(s, acc, {"name": "Boss", "role": "KDM"}).created_id("person")
        update_private(s, boss, {"family": "secret family note"})
        s.execute(
            update(Person).where(Person.id == boss).values(created_at=utcnow() - timedelta(days=10))
        )
        s.execute(update(AuditEntry).values(at=utcnow() - timedelta(days=10)))
    with workspace.begin() as s:
        snapshot = delete_person(s, boss).undo["snapshot"]
    yesterday = date.today() - timedelta(days=1)
    # The post is still in the past chain; who held it is not kept once deleted.
    with workspace.sessions() as s:
        past = org_data_at(s, acc, yesterday).people
    assert [(p.name, p.role) for p in past] == [(common.TOMBSTONE, "KDM")]
    assert "Boss" not in _names(workspace, acc, yesterday)
    assert _names(workspace, acc, date.today()) == set()
    with workspace.begin() as s:
        common.restore(s, snapshot)
    assert "Boss" in _names(workspace, acc, date.today())
    with workspace.sessions() as s:
        log = s.execute(select(AuditEntry.action, AuditEntry.old, AuditEntry.new)).all()
    assert ("create", None, None) in log
    assert all("secret family note" not in (old or "") + (new or "") for _, old, new in log)
