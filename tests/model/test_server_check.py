"""``keyaccount check`` and ``keyaccount sample`` (and export, import) on a PostgreSQL server.

The method's checks are tested on both backends in test_check.py; here what is
the server's own: the storage part of the check (references that lead nowhere,
amcheck where it is installed) and a sample written into a server database
(by COPY, its id sequences moved on), identical to the one written to SQLite.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from desktop.cli import main
from model.base import Base
from model.check import check_workspace
from model.entities import Account
from model.sample import _Builder, _plan, _write, generate_sample
from model.services import accounts, deals, people
from model.workspace import Workspace, open_workspace
from tests.postgres import Server

TODAY = date(2026, 6, 15)


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def admin(server: Server, url: URL, *statements: str) -> None:
    """Statements as the server's superuser, in the test's own database."""
    import psycopg

    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as con:
        for sql in statements:
            con.execute(sql)  # type: ignore[arg-type]


def fill(ws: Workspace) -> dict[str, int]:
    with ws.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        ceo = people.create_person(s, acc, {"name": "Zhao", "role": "KDM"}).created_id("person")
        deal = deals.create_deal(s, {"name": "MES", "account_id": acc}).created_id("deal")
        deals.set_deal_role(s, deal, ceo, "KDM", support=1)
    return {"account": acc, "person": ceo, "deal": deal}


# --- check ----------------------------------------------------------------------------


def test_check_of_a_server_database_from_the_command_line(
    pg_workspace: Workspace, pg_url: URL, pg_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = fill(pg_workspace)
    assert main(["check", url_text(pg_url)]) == 0
    out = capsys.readouterr().out
    assert "No problems found." in out
    assert "Storage: PostgreSQL, references between tables" in out
    assert "CREATE EXTENSION amcheck" in out  # what the user can do to have pages read
    # A reference written while the server was told not to check it.
    admin(
        pg_server,
        pg_url,
        "SET session_replication_role = replica",
        f"UPDATE deal_roles SET person_id = 999 WHERE deal_id = {ids['deal']}",
    )
    assert main(["check", url_text(pg_url)]) == 1
    out = capsys.readouterr().out
    assert "[postgresql.foreign_key] deal_roles#" in out
    assert "refers to a row of people that does not exist" in out
    assert "keyaccount restore" not in out  # no backup file beside a server database


def test_amcheck_reads_every_table_and_index_where_it_is_installed(
    pg_workspace: Workspace, pg_url: URL, pg_server: Server
) -> None:
    fill(pg_workspace)
    admin(pg_server, pg_url, "CREATE EXTENSION amcheck")
    report = check_workspace(pg_url)
    assert report.ok and report.storage_check == "amcheck", report.findings
    assert report.storage_notes == []
    full = check_workspace(pg_url, full=True)
    assert full.ok and full.storage_check == "amcheck_full"
    # An index that lies: its function is declared IMMUTABLE, then changed, so
    # the table's rows no longer give the entries the index holds (amcheck's own
    # example of a corrupt index). As with SQLite's quick_check, the default check
    # reads the index's pages, which are sound; the full check matches the index
    # with its table and finds it. Only the check of that index fails.
    admin(
        pg_server,
        pg_url,
        "CREATE FUNCTION kan_lie(i int) RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT i'",
        "CREATE INDEX kan_lying ON accounts (kan_lie(id))",
        "CREATE OR REPLACE FUNCTION kan_lie(i int) RETURNS int IMMUTABLE LANGUAGE sql"
        " AS 'SELECT -i'",
    )
    assert check_workspace(pg_url).ok
    report = check_workspace(pg_url, full=True)
    assert report.codes == ["postgresql.storage"], report.findings
    assert report.findings[0].where == "kan_lying"
    assert "REINDEX INDEX kan_lying" in report.findings[0].message
    assert report.rules_checked  # the checks after it still ran


def test_a_role_without_amcheck_rights_gets_the_method_checks_and_a_note(
    pg_workspace: Workspace, pg_url: URL, pg_server: Server
) -> None:
    fill(pg_workspace)
    role = f"reader_{pg_url.database}"
    admin(
        pg_server,
        pg_url,
        "CREATE EXTENSION amcheck",
        f"CREATE ROLE {role} LOGIN BYPASSRLS",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
    )
    try:
        report = check_workspace(pg_url.set(username=role))
        assert report.ok and report.rules_checked, report.findings
        assert report.storage_check == "references"
        assert any("amcheck could not run" in n for n in report.storage_notes)
    finally:
        admin(pg_server, pg_url, f"DROP OWNED BY {role}", f"DROP ROLE {role}")


# --- sample ----------------------------------------------------------------------------


def rows_of(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows as SQLAlchemy reads them back (the same Python values on both)."""
    with engine.connect() as conn:
        return {
            t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
            for t in Base.metadata.sorted_tables
        }


def test_the_sample_on_a_server_is_the_sample_on_sqlite(pg_url: URL, tmp_path: Path) -> None:
    server = open_workspace(pg_url)
    local = open_workspace(tmp_path / "sample.kan", create=True)
    try:
        for ws in (server, local):
            generate_sample(ws.engine, lang="zh", size="small", seed=3, today=TODAY)
        on_server = rows_of(server.engine)
        assert on_server["accounts"] and on_server["stage_changes"]
        assert on_server == rows_of(local.engine)
    finally:
        server.close()
        local.close()


def test_copy_stores_exactly_what_core_inserts_store(pg_server: Server, pg_template: str) -> None:
    dumps = []
    for fast in (None, False):  # the default on a server (COPY), then plain executemany
        url = pg_server.fresh_database(template=pg_template)
        ws = open_workspace(url)
        try:
            builder = _Builder(_plan("small"), "en", 7, TODAY)
            builder.build()
            with ws.engine.begin() as conn:
                _write(conn, builder.rows, fast=fast)
            dumps.append(rows_of(ws.engine))
        finally:
            ws.close()
            pg_server.drop_database(url)
    assert dumps[0]["people"] and dumps[0] == dumps[1]


def test_sample_command_writes_a_server_database_users_can_go_on_with(
    pg_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sample", "--seed", "5", url_text(pg_url)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"created {pg_url.render_as_string(hide_password=True)}: 9 accounts")
    report = check_workspace(pg_url)
    assert report.ok and report.rules_checked, report.findings
    ws = open_workspace(pg_url)
    try:
        with ws.begin() as s:  # the ids the sample chose are behind every sequence
            made = accounts.create_account(s, {"name": "After the sample"}).created_id("account")
            person = people.create_person(s, made, {"name": "New"}).created_id("person")
        with ws.sessions() as s:
            from model.entities import Account, Person

            assert made == s.scalar(select(Account.id).order_by(Account.id.desc()).limit(1))
            assert person == s.scalar(select(Person.id).order_by(Person.id.desc()).limit(1))
    finally:
        ws.close()
    # A database that has data is refused, and left as it was.
    assert main(["sample", url_text(pg_url)]) == 2
    assert "empty workspace" in capsys.readouterr().err


# --- export and import on a server ------------------------------------------------------

IMPORTS = Path(__file__).resolve().parents[1] / "data" / "import"


def test_export_and_import_take_a_server_url(
    pg_workspace: Workspace, pg_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line's workspace may be a URL (a path would fold its ``//``); a
    server is read in a read-only transaction and written as the app writes it."""
    ids = fill(pg_workspace)
    url = url_text(pg_url)
    out = tmp_path / "team.json"
    assert main(["export", url, "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    exported = json.loads(out.read_text(encoding="utf-8"))
    accounts_out = exported["tables"]["accounts"]
    name = accounts_out["columns"].index("name")
    assert [row[name] for row in accounts_out["rows"]] == ["Acme"]
    card = tmp_path / "zhao.json"
    assert main(["person", "export", url, "--person", str(ids["person"]), "--out", str(card)]) == 0
    assert "Zhao" in card.read_text(encoding="utf-8")
    assert main(["import", url, str(IMPORTS / "a2_accounts.csv"), "--dry-run"]) in (0, 1)
    with pg_workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 1  # a dry run wrote nothing
    assert main(["import", url, str(IMPORTS / "a2_accounts.csv")]) in (0, 1)
    with pg_workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Account)) > 1
    capsys.readouterr()
    assert main(["export", url.replace(str(pg_url.database), "nowhere"), "--out", str(out)]) == 2
    assert "Cannot open workspace" in capsys.readouterr().err
