"""A deleted person leaves no trace of their personal data: not in the file, its WAL,
the audit log, or any backup made afterwards. On a PostgreSQL server: not in any row
any role can read, nor, once vacuumed, in any tuple of the tables' pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from model.entities import PRIVATE_FIELDS, AuditEntry, Person
from model.services import accounts, people
from model.workspace import Workspace, backup_sqlite, open_workspace

MARK = "QX7MARKERZZ"


def _person_with_markers(ws: Workspace) -> tuple[int, int]:
    with ws.begin() as s:
        account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        pid = people.create_person(
            s,
            account,
            {"name": f"Li {MARK}", "phone": f"138{MARK}", "email": f"{MARK}@x.cn", "title": "CIO"},
        ).created_id("person")
    with ws.begin() as s:
        people.update_private(s, pid, {f: f"{f} {MARK}" for f in PRIVATE_FIELDS})
        people.update_person(s, pid, {"name": f"Li Wei {MARK}", "insider": True, "kpi": MARK})
    return account, pid


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _leaks(folder: Path) -> list[str]:
    needle = MARK.encode()
    return [name for name, data in _files(folder).items() if needle in data]


@pytest.mark.parametrize("how", ["person", "account"])
def test_a_deleted_person_is_gone_from_every_byte(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "ws"
    path = folder / "w.kan"
    ws = open_workspace(path, create=True)
    account, pid = _person_with_markers(ws)
    assert _leaks(folder)  # the marker really is in the file before
    with ws.begin() as s:
        if how == "person":
            people.delete_person(s, pid)
        else:
            accounts.delete_account(s, account)
    with ws.sessions() as s:
        logged = [
            (e.field, e.old, e.new)
            for e in s.query(AuditEntry).all()
            if MARK in (e.old or "") or MARK in (e.new or "")
        ]
    assert logged == []
    ws.close()
    backup_sqlite(path, "after")
    assert _leaks(folder) == []
    ws = open_workspace(path)
    ws.close()
    assert _leaks(folder) == []


def test_the_guard_is_real_without_secure_delete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With secure_delete off (as on builds where it is off by default) the bytes stay."""
    import model.workspace as workspace

    original = workspace._sqlite_pragmas

    def insecure(conn: object, record: object) -> None:
        original(conn, record)
        conn.execute("PRAGMA secure_delete=OFF")  # type: ignore[attr-defined]

    monkeypatch.setattr(workspace, "_sqlite_pragmas", insecure)
    folder = tmp_path / "ws"
    ws = open_workspace(folder / "w.kan", create=True)
    _, pid = _person_with_markers(ws)
    with ws.begin() as s:
        people.delete_person(s, pid)
    ws.close()
    assert _leaks(folder)


def test_our_connections_delete_securely(workspace: Workspace) -> None:
    """SQLite: every connection overwrites deleted rows with zeros (secure_delete).

    PostgreSQL has no such setting. What the server does instead: a deleted row is
    gone for every reader the moment the delete commits (no SQL, whatever the role,
    reads it), and the VACUUM the app runs right after a person's delete removes
    the dead tuple from its page, so not even a superuser's page inspection finds
    it as a row. Its bytes may stay in the page's free space, and in the server's
    write-ahead log, until they are overwritten; they are read only by whoever may
    read the server's files (VACUUM FULL rewrites a table; the server's disk
    encryption covers the rest).
    """
    if workspace.engine.dialect.name == "sqlite":
        with workspace.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        return
    _, pid = _person_with_markers(workspace)
    with workspace.begin() as s:  # a neighbour on the same pages, which stays
        kept = people.create_person(s, _account_of(s, pid), {"name": "Stays"})
        private = {f: f"{f} kept" for f in PRIVATE_FIELDS}
        people.update_private(s, kept.created_id("person"), private)
    assert _rows_with(workspace, MARK)  # the marker really is there before
    with workspace.begin() as s:
        people.delete_person(s, pid)
    assert _rows_with(workspace, MARK) == []
    # The delete vacuums the tables that held personal data at once (the workspace's
    # checkpoint after the delete), not leaving it to autovacuum.
    tables = ("people", "people_private", "audit_log")
    assert _dead_tuples_with(workspace, tables, MARK) == []


def _account_of(session: Session, pid: int) -> int:
    return int(session.get_one(Person, pid).account_id)


def _rows_with(ws: Workspace, needle: str) -> list[str]:
    """Tables any row of which holds ``needle`` in any column, as SQL reads them."""
    from sqlalchemy import inspect

    with ws.engine.connect() as conn:
        return [
            name
            for name in inspect(conn).get_table_names()
            if conn.exec_driver_sql(
                f'SELECT 1 FROM "{name}" t WHERE strpos(t::text, %(needle)s::text) > 0 LIMIT 1',
                {"needle": needle},
            ).first()
        ]


def _dead_tuples_with(ws: Workspace, tables: tuple[str, ...], needle: str) -> list[str]:
    """Tables whose pages still hold a tuple (live or dead) with ``needle``, read with
    PostgreSQL's pageinspect as a superuser would read them."""
    found = []
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pageinspect")
        for name in tables:
            hit = conn.exec_driver_sql(
                "SELECT 1 FROM generate_series(0, pg_relation_size(%(t)s::text)"
                " / current_setting('block_size')::int - 1) AS b,"
                " heap_page_items(get_raw_page(%(t)s::text, b::int)) AS i"
                " WHERE i.t_data IS NOT NULL"
                " AND position(convert_to(%(n)s::text, 'UTF8') IN i.t_data) > 0 LIMIT 1",
                {"t": name, "n": needle},
            ).first()
            if hit:
                found.append(name)
        conn.commit()
    return found
