"""A deleted person leaves no trace of their personal data: not in the file, its WAL,
the audit log, or any backup made afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.entities import PRIVATE_FIELDS, AuditEntry
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
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
