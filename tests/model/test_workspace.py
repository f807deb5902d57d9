"""Workspace files: pragmas, migrations with backup, refusal of newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from old_files import at_0001_with_acme
from sqlalchemy import text

from model.errors import WorkspaceError, WorkspaceTooNew
from model.workspace import make_engine, open_workspace, url_for


def test_new_workspace_is_at_head_with_safe_pragmas(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "a.kan", create=True)
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    from model.schema import known_revisions

    assert rev == known_revisions()[1]
    ws.close()


def test_missing_file_is_an_error_unless_creating(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="No workspace"):
        open_workspace(tmp_path / "typo.kan")
    assert not (tmp_path / "typo.kan").exists()


def test_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.kan"
    open_workspace(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceTooNew, match="newer version"):
        open_workspace(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("future.kan.backup-*"))


def test_broken_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.kan"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(WorkspaceError, match=r"broken\.kan"):
        open_workspace(path)


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match=r"not a Key Account Navigator workspace"):
        open_workspace(path)


def _workspace_at_0001_with_children(path: Path) -> None:
    engine = at_0001_with_acme(path)
    with engine.begin() as conn:
        cols = (
            "account_id, name, amount, currency, stage, stage_entered_at, status, status_reason,"
            " tendered, scoring_shaped, scoring_criteria, note, uuid, created_at, updated_at"
        )
        for i in range(1, 4):
            conn.exec_driver_sql(
                f"INSERT INTO deals (id, {cols}) VALUES ({i}, 1, 'D{i}', 100, 'CNY', 'P3',"
                f" '2025-01-01', 'open', '', 0, 0, '', '', 'd{i}', '2025-01-01', '2025-01-01')"
            )
            conn.exec_driver_sql(
                "INSERT INTO stage_changes (deal_id, to_stage, from_status, to_status, at, reason,"
                f" forced, unmet, uuid, created_at, updated_at) VALUES ({i}, 'P3', 'open', 'open',"
                f" '2025-01-01', '', 0, '[]', 's{i}', '2025-01-01', '2025-01-01')"
            )
    engine.dispose()


def test_migration_keeps_child_rows_and_backs_up_first(tmp_path: Path) -> None:
    """The batch-rebuild of ``deals`` must not cascade-delete its history rows."""
    path = tmp_path / "old.kan"
    _workspace_at_0001_with_children(path)
    ws = open_workspace(path)
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM deals").scalar() == 3
        assert conn.exec_driver_sql("SELECT count(*) FROM stage_changes").scalar() == 3
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name='deals'").scalar()
    assert "amount >= 0" in ddl
    assert ws.backup is not None and ws.backup.exists()
    con = sqlite3.connect(ws.backup)
    assert con.execute("SELECT count(*) FROM stage_changes").fetchone()[0] == 3
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()
    ws.close()


def test_the_trap_is_real_with_foreign_keys_on(tmp_path: Path) -> None:
    """Proves the test above guards something: the naive upgrade loses rows."""
    from alembic import command

    from model.workspace import _alembic_config

    path = tmp_path / "naive.kan"
    _workspace_at_0001_with_children(path)
    engine = make_engine(url_for(path))
    with engine.connect() as conn:
        cfg = _alembic_config(url_for(path))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        lost = conn.exec_driver_sql("SELECT count(*) FROM stage_changes").scalar()
    engine.dispose()
    assert lost == 0


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from model.base import Base

    ws = open_workspace(tmp_path / "m.kan", create=True)
    with ws.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    ws.close()
    assert diff == []


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from model.schema import REVISIONS
    from model.workspace import _alembic_config

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    in_scripts = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert list(REVISIONS) == in_scripts
    assert script.get_current_head() == REVISIONS[-1]
