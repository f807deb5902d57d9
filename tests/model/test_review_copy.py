"""Second reading of ``keyaccount copy`` (issue 15): defects proven before they were fixed.

* A server target was committed before it was verified: a copy that the check then
  found unequal stayed in the database (with ``--force``, in place of the workspace
  that was there), though the command said it was not equal.
* A server source was read table by table under READ COMMITTED: a teammate's commit
  between two tables (a new account and its deal) made the copy fail, or copied a
  workspace that never existed. The source is now read in one snapshot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from keyrings import no_outside_keys  # noqa: F401 (autouse fixture)
from sqlalchemy import text
from sqlalchemy.engine import URL

from model import copying
from model.copying import CopyMismatch, copy_workspace
from model.entities import Account, Deal
from model.workspace import open_workspace
from tests.model import test_copy

# The copy tests' fixtures: the small sample (a copy of it a test), an empty database.
sample_file, source, empty_db = test_copy.sample_file, test_copy.source, test_copy.empty_db


def _count(url: URL | Path, table: str) -> int:
    ws = open_workspace(url)
    try:
        with ws.engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        ws.close()


def _admin(url: URL, *statements: str) -> None:
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as con:
        for sql in statements:
            con.execute(sql)  # type: ignore[arg-type]


# A server that stores one value otherwise than it was sent (as a trigger, a domain or
# a column changed by hand would): the verification finds it.
TAMPER = (
    """CREATE FUNCTION review_tamper() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.name := NEW.name || ' (changed)'; RETURN NEW; END $$""",
    "CREATE TRIGGER review_tamper BEFORE INSERT ON accounts "
    "FOR EACH ROW EXECUTE FUNCTION review_tamper()",
)


def test_a_server_copy_found_unequal_leaves_the_target_as_it_was(
    source: Path, empty_db: URL
) -> None:
    open_workspace(empty_db, create=True).close()  # migrated and empty
    _admin(empty_db, *TAMPER)
    with pytest.raises(CopyMismatch, match="accounts"):
        copy_workspace(source, empty_db)
    assert _count(empty_db, "accounts") == 0
    assert _count(empty_db, "deals") == 0


def test_a_forced_server_copy_found_unequal_keeps_the_workspace_it_would_replace(
    source: Path, empty_db: URL
) -> None:
    copy_workspace(source, empty_db)
    before = {t: _count(empty_db, t) for t in ("accounts", "deals", "people")}
    _admin(empty_db, *TAMPER)
    ws = open_workspace(source)
    with ws.engine.begin() as conn:
        conn.execute(text("DELETE FROM tasks"))
    ws.close()
    with pytest.raises(CopyMismatch):
        copy_workspace(source, empty_db, force=True)
    assert {t: _count(empty_db, t) for t in before} == before
    assert _count(empty_db, "tasks") > 0


def test_a_server_source_is_copied_as_of_one_moment_while_the_team_works(
    source: Path, empty_db: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_workspace(source, empty_db)
    accounts, deals = _count(empty_db, "accounts"), _count(empty_db, "deals")
    write_table = copying._write_table

    def teammate_commits_after_accounts(src: Any, dst: Any, table: Any, progress: Any) -> int:
        done = write_table(src, dst, table, progress)
        if table.name == "accounts":
            ws = open_workspace(empty_db)
            try:
                with ws.sessions() as session, session.begin():
                    account = Account(name="Added meanwhile", region="cn/zj")
                    session.add(account)
                    session.flush()
                    session.add(Deal(account_id=account.id, name="Its deal"))
            finally:
                ws.close()
        return done

    monkeypatch.setattr(copying, "_write_table", teammate_commits_after_accounts)
    target = tmp_path / "copy.kan"
    report = copy_workspace(empty_db, target)
    assert report.counts["accounts"] == accounts and report.counts["deals"] == deals
    assert _count(target, "accounts") == accounts and _count(target, "deals") == deals
    assert _count(empty_db, "deals") == deals + 1  # the teammate's deal is saved there


def test_a_row_the_target_refuses_is_said_by_its_table_without_its_values(
    source: Path, empty_db: URL
) -> None:
    """A file whose references lead nowhere (SQLite kept no foreign keys then): the
    server refuses the row; the copy says which table, never the row's values, and
    leaves the target empty."""
    import sqlite3

    con = sqlite3.connect(source)
    with con:
        con.execute("PRAGMA foreign_keys = OFF")
        (family,) = con.execute(
            "SELECT family FROM people_private WHERE family <> '' LIMIT 1"
        ).fetchone()
        con.execute(
            "UPDATE people_private SET person_id = 999999 "
            "WHERE person_id = (SELECT min(person_id) FROM people_private WHERE family <> '')"
        )
    con.close()
    with pytest.raises(copying.CopyRefused, match="people_private") as raised:
        copy_workspace(source, empty_db)
    said = raised.value.message + "".join(map(str, raised.value.params.values()))
    assert family not in said and "999999" not in said
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert _count(empty_db, "accounts") == 0
