"""``keyaccount team add-member / list / remove-member``: what the admin types and reads."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL

from desktop.cli import main
from tests.postgres import Server


def _login(url: URL, short: str) -> str:
    """Roles belong to the whole server: each test's are named after its database."""
    return f"{short}_{url.database}"


def _sql(url: URL, statement: str) -> list[tuple[object, ...]]:
    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as con:
        return con.execute(statement).fetchall()  # type: ignore[arg-type]


@pytest.mark.parametrize("command", ["add-member", "list", "remove-member"])
def test_on_a_sqlite_file_the_commands_say_it_has_one_user(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "w.kan"
    assert main(["new", str(path)]) == 0
    before = path.read_bytes()
    argv = ["team", command, str(path)]
    argv += {"add-member": ["Ann Lee", "--role", "rep"], "remove-member": ["Ann Lee"]}.get(
        command, []
    )
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "team members are server roles; a SQLite file has one user" in err
    assert "Traceback" not in err
    assert path.read_bytes() == before


def test_add_list_and_remove_a_member(
    pg_url: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    boss, ann = _login(pg_url, "boss"), _login(pg_url, "ann")
    url = pg_url.render_as_string(hide_password=False)
    assert main(["team", "add-member", url, "Bo Boss", "--role", "manager", "--login", boss]) == 0
    password = "correct horse battery staple"
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    argv = ["team", "add-member", url, "Ann Lee", "--role", "rep", "--manager", "Bo Boss"]
    argv += ["--territory", "cn/zj", "--territory", "cn/js", "--login", ann]
    assert main([*argv, "--password-from-stdin"]) == 0
    out, err = capsys.readouterr()
    assert f"signs in as {ann}" in out
    assert password not in out + err
    stored = _sql(pg_url, f"SELECT rolpassword FROM pg_authid WHERE rolname = '{ann}'")
    assert str(stored[0][0]).startswith("SCRAM-SHA-256$") and password not in str(stored[0][0])
    groups = _sql(
        pg_url,
        "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        f"JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = '{ann}'",
    )
    assert groups == [(f"{pg_url.database}_kan_rep",)]

    assert main(["team", "list", url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"Ann Lee\trep\t{ann}\tsigns in\tmanager: Bo Boss\tregion:cn/js, region:cn/zj" in lines
    assert f"Bo Boss\tmanager\t{boss}\tsigns in" in lines

    assert main(["team", "remove-member", url, "Ann Lee"]) == 0
    assert f"{ann} can no longer sign in" in capsys.readouterr().out
    assert main(["team", "list", url]) == 0
    assert f"Ann Lee\trep\t{ann}\tremoved" in capsys.readouterr().out
    assert _sql(pg_url, "SELECT name, active FROM team_members ORDER BY name") == [
        ("Ann Lee", False),
        ("Bo Boss", True),
    ]


def test_an_existing_member_without_a_sign_in_is_linked_not_doubled(
    pg_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    from model.services.team import create_member
    from model.workspace import open_workspace

    ws = open_workspace(pg_url)
    with ws.begin() as session:
        create_member(session, {"name": "Bo Boss", "role": "manager"})
    with ws.begin() as session:
        create_member(session, {"name": "Cai Wen", "role": "rep", "manager_id": 1})
    ws.close()
    url = pg_url.render_as_string(hide_password=False)
    login = _login(pg_url, "cai")
    assert main(["team", "add-member", url, "Cai Wen", "--role", "presales", "--login", login]) == 0
    assert _sql(pg_url, "SELECT name, role, login, manager_id FROM team_members ORDER BY id") == [
        ("Bo Boss", "manager", None, None),
        ("Cai Wen", "presales", login, 1),
    ]


def test_refusals_are_one_clear_line_and_change_nothing(
    pg_url: URL, pg_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_url.render_as_string(hide_password=False)
    dee = _login(pg_url, "dee")
    assert main(["team", "add-member", url, "Dee", "--role", "rep", "--login", dee]) == 0
    capsys.readouterr()

    def refused(*argv: str) -> str:
        assert main(["team", *argv]) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        return err

    assert "Dee is a team member already" in refused("add-member", url, "Dee", "--role", "rep")
    assert f"A server role named {dee} exists already" in refused(
        "add-member", url, "Another Dee", "--role", "rep", "--login", dee
    )
    assert "No team member called Nobody" in refused(
        "add-member", url, "Eve", "--role", "rep", "--manager", "Nobody"
    )
    assert "cannot be a login" in refused(
        "add-member", url, "Eve", "--role", "rep", "--login", "Robert'); DROP"
    )
    assert "No team member called Nobody signs in" in refused("remove-member", url, "Nobody")
    # A role that may not create roles is told what it needs.
    plain = _login(pg_url, "plain")
    pg_server.admin_execute(f"CREATE ROLE {plain} LOGIN")
    as_plain = pg_url.set(username=plain).render_as_string(hide_password=False)
    err = refused("add-member", as_plain, "Eve", "--role", "rep")
    assert f"The role {plain} may not create roles" in err
    # Nothing of the refused commands was left behind.
    assert _sql(pg_url, "SELECT name FROM team_members") == [("Dee",)]
    assert _sql(pg_url, "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'eve%'") == [(0,)]


def test_a_password_must_come_on_standard_input(
    pg_url: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    url = pg_url.render_as_string(hide_password=False)
    argv = ["team", "add-member", url, "Fay", "--role", "rep", "--password-from-stdin"]
    assert main(argv) == 2
    assert "No password on standard input" in capsys.readouterr().err
    assert _sql(pg_url, "SELECT count(*) FROM team_members") == [(0,)]
