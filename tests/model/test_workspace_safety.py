"""Upgrades that are all or nothing, paths that stay paths, writes that lock first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from old_files import at_0001_with_acme
from sqlalchemy import text

from model.errors import WorkspaceError
from model.workspace import backup_sqlite, make_engine, migrate, open_workspace, url_for

ODD_NAMES = [
    "notes#1.kan",
    "report?v2.kan",
    "pct%20name.kan",
    "a&b;c d.kan",
    "客户 计划.kan",
    "x?mode=ro#frag.kan",
]


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


def _old_file_with_negative_amount(path: Path) -> None:
    """A 0001 workspace holding a deal that 0002's CHECK (amount >= 0) rejects."""
    engine = at_0001_with_acme(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO deals (id, account_id, name, amount, currency, stage, stage_entered_at,"
            " status, status_reason, tendered, scoring_shaped, scoring_criteria, note, uuid,"
            " created_at, updated_at) VALUES (7, 1, 'Minus five', -5, 'CNY', 'P2', '2025-01-01',"
            " 'open', '', 0, 0, '', '', 'd7', '2025-01-01', '2025-01-01')"
        )
    engine.dispose()


def test_an_upgrade_refused_by_a_new_constraint_leaves_the_file_as_it_was(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.kan"
    _old_file_with_negative_amount(path)
    tables = _tables(path)
    for attempt in range(2):  # the second try must say the same, not "table already exists"
        with pytest.raises(WorkspaceError) as info:
            open_workspace(path)
        message = str(info.value)
        assert "Minus five" in message and "deals" in message, message
        assert "backup" in message
        assert _revision(path) == "0001"
        assert _tables(path) == tables, attempt
        assert not [t for t in _tables(path) if t.startswith("_alembic_tmp")]
    backups = list(tmp_path.glob("old.kan.backup-*"))
    assert len(backups) == 1, backups  # one backup, not one per try
    assert str(backups[0].name) in message


def test_a_leftover_temporary_table_of_a_broken_upgrade_is_cleared(tmp_path: Path) -> None:
    """Files broken by earlier versions (left at 0001 with _alembic_tmp_deals) open again."""
    path = tmp_path / "stuck.kan"
    _old_file_with_negative_amount(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE deals SET amount = 5")
    con.execute("CREATE TABLE _alembic_tmp_deals (id INTEGER)")
    con.commit()
    con.close()
    ws = open_workspace(path)
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT amount FROM deals")).scalar() == 5
    ws.close()
    assert not [t for t in _tables(path) if t.startswith("_alembic_tmp")]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_file_names_are_files_not_url_syntax(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    ws = open_workspace(path, create=True)
    ws.close()
    assert path.is_file()
    others = {p.name for p in tmp_path.iterdir()} - {
        name,
        f"{name}-wal",
        f"{name}-shm",
        f"{name}.lock",
    }
    assert not others, others
    assert ws.path == path.resolve()
    assert ws.label == name
    ws = open_workspace(path)  # reopening finds the same file, current
    ws.close()
    assert _revision(path) == _revision(path)


@pytest.mark.parametrize("name", ["old#1.kan", "v?2.kan", "p%41.kan"])
def test_an_old_file_with_an_odd_name_is_backed_up_before_its_upgrade(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    engine = make_engine(url_for(path))
    migrate(engine, url_for(path), "0001")
    engine.dispose()
    ws = open_workspace(path)
    ws.close()
    assert ws.backup is not None and ws.backup.is_file()
    assert ws.backup.name.startswith(name + ".backup-0001")
    assert _revision(ws.backup) == "0001"


def test_a_preview_of_an_odd_name_reads_that_file(tmp_path: Path) -> None:
    from model.quickread import preview_accounts

    decoy = tmp_path / "notes"
    path = tmp_path / "notes#1.kan"
    open_workspace(path, create=True).close()
    assert preview_accounts(path) == []
    assert not decoy.exists()


def test_a_write_takes_the_write_lock_before_it_reads(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: another writer waits instead of both deciding on stale rows."""
    path = tmp_path / "lock.kan"
    ws = open_workspace(path, create=True)
    try:
        with ws.begin() as session:
            session.execute(text("SELECT 1"))
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
        with ws.sessions() as session:  # a plain read does not lock writers out
            session.execute(text("SELECT 1"))
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
            finally:
                other.close()
    finally:
        ws.close()


def test_a_second_opener_is_told_who_has_the_file_open(tmp_path: Path) -> None:
    import subprocess
    import sys
    import textwrap

    path = tmp_path / "team.kan"
    open_workspace(path, create=True).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from model.workspace import open_workspace
                ws = open_workspace({str(path)!r})
                print("open", flush=True)
                sys.stdin.readline()
                ws.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        ws = open_workspace(path)
        assert f"process {holder.pid}" in ws.also_open_by
        ws.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    ws = open_workspace(path)  # the other one has closed it
    assert ws.also_open_by == ""
    ws.close()


def test_retried_upgrades_keep_one_backup_and_drop_dead_partials(tmp_path: Path) -> None:
    """A kill during an upgrade or its backup leaves no pile of copies for the next try."""
    path = tmp_path / "old.kan"
    engine = make_engine(url_for(path))
    migrate(engine, url_for(path), "0001")
    engine.dispose()
    dead = tmp_path / ".old.kan.backup-0001-20260101-000000.999999999.partial"
    dead.write_bytes(b"half a backup")
    first = backup_sqlite(path, "0001")  # as a killed attempt would have left it
    ws = open_workspace(path)
    ws.close()
    assert ws.backup == first  # the identical earlier copy serves
    assert sorted(p.name for p in tmp_path.glob("old.kan.backup-*")) == [first.name]
    assert not dead.exists()


def test_check_names_a_table_left_by_an_interrupted_upgrade(tmp_path: Path) -> None:
    from model.check import check_workspace

    path = tmp_path / "w.kan"
    open_workspace(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE _alembic_tmp_deals (id INTEGER)")
    con.commit()
    con.close()
    codes = [f.code for f in check_workspace(path).findings]
    assert codes == ["sqlite.upgrade_leftover"]
