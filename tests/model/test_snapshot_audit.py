"""Delete snapshots that undo restores, and the audit log (with private values redacted)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from model.audit import REDACTED
from model.base import Base
from model.entities import AuditEntry, Deal, Person
from model.services import accounts, activities, common, deals, people, team
from model.services.common import TOMBSTONE
from model.workspace import Workspace

Dump = dict[str, list[tuple[Any, ...]]]


def dump(workspace: Workspace, *, skip_columns: tuple[str, ...] = ()) -> Dump:
    """Every row of every table but the audit log, in primary-key order."""
    out: Dump = {}
    with workspace.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log", "settings"):
                continue
            cols = [c for c in table.c if c.name not in skip_columns]
            rows = conn.execute(select(*cols).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


def audit_rows(workspace: Workspace) -> list[AuditEntry]:
    with workspace.begin() as s:
        rows = list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())
        s.expunge_all()
        return rows


@dataclass
class Acme:
    account: int
    ceo: int
    cto: int
    dev: int
    deal: int
    rep: int


def build_account(workspace: Workspace, *, with_links: bool) -> Acme:
    """An account with an org chart, a deal with history, and (optionally) the
    link rows that hang off both people and deals: deal roles, influence,
    relationships and activities."""
    with workspace.begin() as s:
        rep = team.create_member(s, {"name": "Li Rep"}).created_id("member")
        account = accounts.create_account(s, {"name": "Acme Steel", "industry": "steel"})
        acc = account.created_id("account")
        ceo = people.create_person(s, acc, {"name": "Zhao CEO", "role": "KDM"}).created_id("person")
        cto = people.create_person(
            s, acc, {"name": "Qian CTO", "role": "KI", "manager_id": ceo}
        ).created_id("person")
        dev = people.create_person(
            s, acc, {"name": "Sun Dev", "role": "KU", "manager_id": cto}
        ).created_id("person")
        people.update_private(s, cto, {"family": "two children", "age": "45"})
        deal = deals.create_deal(
            s, {"name": "Plant MES", "account_id": acc, "amount": 800_000}
        ).created_id("deal")
        deals.set_exit_check(s, deal, "P2.EXIT.1", True, by=rep)
        deals.verify_element(s, deal, "P3.FIVE.1", by=rep, method="visit")
        deals.move_deal(s, deal, "P4", force=True, reason="pilot agreed")
        inst = deals.add_instalment(s, deal, amount=100_000).created_id("instalment")
        deals.record_payment(s, inst, amount=100_000, received_on=date(2025, 5, 1))
        if with_links:
            deals.set_deal_role(s, deal, ceo, "KDM", support=1)
            deals.set_deal_role(s, deal, dev, "KU", support=2, coach=True)
            people.set_influence(s, cto, ceo, 0.7)
            people.set_relationship(s, rep, cto, {"visit_level": "rep", "strength": 0.6})
            activities.log_activity(
                s, acc, {"kind": "visit", "deal_id": deal}, members=[rep], people=[cto, dev]
            )
    return Acme(acc, ceo, cto, dev, deal, rep)


def test_delete_account_and_restore_without_link_rows(workspace: Workspace) -> None:
    acme = build_account(workspace, with_links=False)
    before = dump(workspace, skip_columns=("updated_at",))
    with workspace.begin() as s:
        changes = accounts.delete_account(s, acme.account)
    after_delete = dump(workspace)
    assert after_delete["accounts"] == [] and after_delete["people"] == []
    assert after_delete["deals"] == [] and after_delete["stage_changes"] == []
    with workspace.begin() as s:
        restored = common.restore(s, changes.undo["snapshot"])
    assert dump(workspace, skip_columns=("updated_at",)) == before
    assert {("account", acme.account), ("deal", acme.deal)} <= restored.created
    assert {("person", p) for p in (acme.ceo, acme.cto, acme.dev)} <= restored.created
    with workspace.begin() as s:
        cto = s.get(Person, acme.cto)
        deal = s.get(Deal, acme.deal)
        assert cto is not None and deal is not None
        assert cto.manager_id == acme.ceo
        assert [h.to_stage for h in deal.history] == ["P2", "P4"]
        assert people.get_private(s, acme.cto)["family"] == "two children"


def test_delete_account_and_restore_brings_everything_back(workspace: Workspace) -> None:
    acme = build_account(workspace, with_links=True)
    before = dump(workspace, skip_columns=("updated_at",))
    with workspace.begin() as s:
        changes = accounts.delete_account(s, acme.account)
    with workspace.begin() as s:
        common.restore(s, changes.undo["snapshot"])
    assert dump(workspace, skip_columns=("updated_at",)) == before


def test_delete_person_and_restore_relinks_reports(workspace: Workspace) -> None:
    acme = build_account(workspace, with_links=True)
    before = dump(workspace, skip_columns=("updated_at", "version"))
    with workspace.begin() as s:
        uuid = s.execute(select(Person.uuid).where(Person.id == acme.cto)).scalar_one()
        dev_version = s.execute(select(Person.version).where(Person.id == acme.dev)).scalar_one()
        changes = people.delete_person(s, acme.cto)
    with workspace.begin() as s:
        dev = s.get(Person, acme.dev)
        assert dev is not None and dev.manager_id is None  # SET NULL on delete
    with workspace.begin() as s:
        common.restore(s, changes.undo["snapshot"])
    with workspace.begin() as s:
        dev = s.get(Person, acme.dev)
        cto = s.get(Person, acme.cto)
        assert dev is not None and cto is not None
        assert dev.manager_id == acme.cto
        assert cto.manager_id == acme.ceo
        assert cto.uuid == uuid
        # Relinked, so a new write: its version moves on (a stale save is refused).
        assert dev.version > dev_version
    assert dump(workspace, skip_columns=("updated_at", "version")) == before


def test_restore_keeps_ids_and_uuids(workspace: Workspace) -> None:
    acme = build_account(workspace, with_links=False)
    with workspace.begin() as s:
        uuids = {
            "account": s.execute(select(Deal.uuid).where(Deal.id == acme.deal)).scalar_one(),
            "people": dict(s.execute(select(Person.id, Person.uuid)).all()),
        }
        changes = accounts.delete_account(s, acme.account)
    with workspace.begin() as s:
        common.restore(s, changes.undo["snapshot"])
        assert (
            s.execute(select(Deal.uuid).where(Deal.id == acme.deal)).scalar_one()
            == uuids["account"]
        )
        assert dict(s.execute(select(Person.id, Person.uuid)).all()) == uuids["people"]


# --- audit --------------------------------------------------------------------


def test_audit_rows_for_create_update_delete(workspace: Workspace) -> None:
    with workspace.begin() as s:
        s.info["who"] = "li.rep"
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
    with workspace.begin() as s:
        accounts.update_account(s, acc, {"name": "Acme Group", "scale": "xl"})
    with workspace.begin() as s:
        accounts.delete_account(s, acc)
    rows = [r for r in audit_rows(workspace) if r.entity == "account"]
    assert [(r.action, r.field, r.old, r.new) for r in rows[:3]] == [
        ("create", "", None, None),
        ("update", "name", "Acme", "Acme Group"),
        ("update", "scale", "medium", "xl"),
    ]
    # A delete keeps the row it removed, so history can show it as it was.
    assert (rows[3].action, rows[3].new) == ("delete", None)
    assert json.loads(rows[3].old or "")["name"] == "Acme Group"
    assert len(rows) == 4
    assert all(r.entity_id == acc for r in rows)
    assert rows[0].who == "li.rep"
    assert rows[0].entity_uuid and all(r.entity_uuid == rows[0].entity_uuid for r in rows)


def test_audit_logs_moves_and_closes(workspace: Workspace) -> None:
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        deal = deals.create_deal(s, {"name": "D", "account_id": acc}).created_id("deal")
        deals.move_deal(s, deal, "P3", force=True, reason="x")
        deals.close_deal(s, deal, "lost", close_reason="price")
    rows = [
        (r.field, r.old, r.new)
        for r in audit_rows(workspace)
        if r.entity == "deal" and r.action == "update"
    ]
    assert rows == [("stage", "P2", "P3"), ("status", "open", "lost")]


SECRET = "wife works at Sinopec, son at Tsinghua"


def test_private_attributes_are_audited_redacted(workspace: Workspace) -> None:
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        pid = people.create_person(s, acc, {"name": "Zhao"}).created_id("person")
    with workspace.begin() as s:
        changes = people.update_private(s, pid, {"family": SECRET, "character": "quick temper"})
    assert changes.updated == {("person", pid)}
    with workspace.begin() as s:
        people.update_private(s, pid, {"family": SECRET + " (updated)"})
        assert people.get_private(s, pid)["family"] == SECRET + " (updated)"
    rows = audit_rows(workspace)
    private = [r for r in rows if r.field in ("family", "character")]
    assert [(r.field, r.old, r.new) for r in private] == [
        ("family", "", REDACTED),
        ("character", "", REDACTED),
        ("family", REDACTED, REDACTED),
    ]
    assert all(r.entity == "person" and r.entity_id == pid for r in private)
    with workspace.begin() as s:
        people.delete_person(s, pid)
    # Once the person is deleted even the fact of a value gives way to a tombstone.
    after = [r for r in audit_rows(workspace) if r.field in ("family", "character")]
    assert [(r.field, r.old, r.new) for r in after] == [
        ("family", "", TOMBSTONE),
        ("character", "", TOMBSTONE),
        ("family", TOMBSTONE, TOMBSTONE),
    ]
    with workspace.engine.connect() as conn:
        every_value = [
            str(v) for row in conn.execute(select(AuditEntry.__table__)).all() for v in row
        ]
    for typed in (SECRET, "Sinopec", "quick temper", "temper"):
        assert not any(typed in value for value in every_value), typed
