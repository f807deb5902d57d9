"""``keyaccount copy``: a workspace copied between SQLite and PostgreSQL, verified row for row."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import no_outside_keys  # noqa: F401 (autouse fixture)
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import URL

from desktop.cli import main
from model import copying, encryption
from model.copying import CopyMismatch, CopyRefused, copy_workspace, verify_copy
from model.entities import Person, TeamMember
from model.services.people import create_person
from model.workspace import open_workspace
from tests.postgres import Server


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small sample in Chinese: every table filled, text beyond ASCII, JSON, dates."""
    from model.sample import generate_sample

    path = tmp_path_factory.mktemp("copy-sample") / "sample.kan"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang="zh", size="small")
    ws.close()
    return path


@pytest.fixture
def source(tmp_path: Path, sample_file: Path) -> Path:
    path = tmp_path / "source.kan"
    shutil.copy(sample_file, path)
    return path


@pytest.fixture
def empty_db(pg_server: Server) -> Iterator[URL]:
    """A new, empty database on the run's server (the copy migrates it)."""
    url = pg_server.fresh_database()
    yield url
    pg_server.drop_database(url)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(url: URL | Path, sql: str) -> list[tuple[object, ...]]:
    ws = open_workspace(url)
    try:
        with ws.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        ws.close()


def test_sqlite_to_postgresql_and_back_is_equal_row_for_row(
    source: Path, empty_db: URL, tmp_path: Path
) -> None:
    before = digest(source)
    there = copy_workspace(source, empty_db)
    back = copy_workspace(empty_db, tmp_path / "back.kan")
    assert digest(source) == before  # the source is only read
    assert there.counts == back.counts
    filled = {name for name, n in there.counts.items() if n}
    assert {"accounts", "people", "deals", "people_private", "activities"} <= filled
    assert verify_copy(source, tmp_path / "back.kan") == there.counts
    # ids, uuids and row versions kept, checked here apart from the comparison
    sql = "SELECT id, uuid, version, name FROM people ORDER BY id"
    assert rows(source, sql) == rows(empty_db, sql) == rows(tmp_path / "back.kan", sql)
    # the server's id sequence is past the copied ids: a new person gets the next one
    ws = open_workspace(empty_db)
    try:
        with ws.begin() as s:
            biggest = s.execute(select(func.max(Person.id))).scalar()
            account = s.execute(select(Person.account_id).limit(1)).scalar()
            made = create_person(s, account, {"name": "新来的人"}).created_id("person")
        assert made == biggest + 1
    finally:
        ws.close()


def test_a_loop_of_managers_is_copied_as_it_is(source: Path, empty_db: URL) -> None:
    ws = open_workspace(source)
    with ws.engine.begin() as conn:
        a, b = conn.execute(select(TeamMember.id).order_by(TeamMember.id).limit(2)).scalars()
        conn.execute(update(TeamMember).where(TeamMember.id == a).values(manager_id=b))
        conn.execute(update(TeamMember).where(TeamMember.id == b).values(manager_id=a))
        stamp = conn.execute(select(TeamMember.updated_at).where(TeamMember.id == a)).scalar()
    ws.close()
    copy_workspace(source, empty_db)  # verified inside: updated_at kept as well
    sql = f"SELECT id, manager_id, updated_at FROM team_members WHERE id IN ({a}, {b}) ORDER BY id"
    copied = rows(empty_db, sql)
    assert [(r[0], r[1]) for r in copied] == [(a, b), (b, a)]
    assert copied[0][2] == stamp


def test_a_tampered_value_is_reported_with_its_table_and_id(source: Path, empty_db: URL) -> None:
    copy_workspace(source, empty_db)
    person = rows(empty_db, "SELECT max(id) FROM people")[0][0]
    ws = open_workspace(empty_db)
    with ws.engine.begin() as conn:
        conn.execute(text(f"UPDATE people SET title = 'Tampered' WHERE id = {person}"))
    ws.close()
    with pytest.raises(CopyMismatch) as caught:
        verify_copy(source, empty_db)
    assert caught.value.table == "people"
    assert caught.value.key == f"id {person}"
    assert "column title" in caught.value.message and "'Tampered'" in caught.value.message


def test_a_missing_row_and_a_private_value_are_reported_without_the_private_value(
    source: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.kan"
    copy_workspace(source, copy)
    person, family = rows(copy, "SELECT person_id, family FROM people_private LIMIT 1")[0]
    ws = open_workspace(copy)
    with ws.engine.begin() as conn:
        conn.execute(
            text("UPDATE people_private SET family = 'changed' WHERE person_id = :p"), {"p": person}
        )
    ws.close()
    with pytest.raises(CopyMismatch) as caught:
        verify_copy(source, copy)
    assert caught.value.table == "people_private" and str(person) in str(caught.value.key)
    assert "changed" not in caught.value.message and str(family) not in caught.value.message
    assert "(private)" in caught.value.message
    ws = open_workspace(copy)
    with ws.engine.begin() as conn:
        conn.execute(text("DELETE FROM tasks WHERE id = (SELECT max(id) FROM tasks)"))
    ws.close()
    with pytest.raises(CopyMismatch, match=r"tasks.*missing from it"):
        verify_copy(source, copy)


def test_a_target_that_holds_rows_is_refused_and_force_replaces_it(
    source: Path, empty_db: URL, tmp_path: Path
) -> None:
    copy_workspace(source, empty_db)
    with pytest.raises(CopyRefused, match="holds a workspace"):
        copy_workspace(source, empty_db)
    file_target = tmp_path / "full.kan"
    shutil.copy(source, file_target)
    before = digest(file_target)
    with pytest.raises(CopyRefused, match="--force"):
        copy_workspace(empty_db, file_target)
    assert digest(file_target) == before
    # --force: a server database emptied and filled again, a file replaced when verified
    ws = open_workspace(source)
    with ws.engine.begin() as conn:
        conn.execute(text("DELETE FROM tasks"))
    ws.close()
    assert copy_workspace(source, empty_db, force=True).counts["tasks"] == 0
    assert copy_workspace(empty_db, file_target, force=True).counts["tasks"] == 0
    assert rows(file_target, "SELECT count(*) FROM tasks") == [(0,)]
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_the_same_database_as_source_and_target_is_refused(source: Path, pg_url: URL) -> None:
    with pytest.raises(CopyRefused, match="the same database"):
        copy_workspace(source, source.parent / "." / source.name, force=True)
    same = pg_url.set(host="localhost", password="x")
    with pytest.raises(CopyRefused, match="the same database"):
        copy_workspace(pg_url, same, force=True)


def test_cli_copies_prints_counts_and_never_the_password(
    source: Path,
    empty_db: URL,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    secret = "t0p-s3cret"
    with_password = empty_db.set(password=secret).render_as_string(hide_password=False)
    assert main(["copy", str(source), with_password]) == 0
    out, err = capsys.readouterr()
    assert "verified row for row" in out and "people" in out
    assert "copying into" in err and "verifying" in err  # progress on stderr
    assert secret not in out + err
    # a full target: exit 2, one line saying why, nothing printed with the password
    assert main(["copy", str(source), with_password]) == 2
    out, err = capsys.readouterr()
    assert "holds a workspace" in err and "--force" in err and secret not in out + err
    assert main(["copy", with_password, str(tmp_path / "back.kan")]) == 0
    capsys.readouterr()
    assert main(["copy", str(tmp_path / "none.kan"), str(tmp_path / "x.kan")]) == 2
    assert "No workspace at" in capsys.readouterr().err
    assert main(["copy", "postgresql+nodriver://u:" + secret + "@h/d", "x.kan"]) == 2
    err = capsys.readouterr().err
    assert "kind of database this application does not know" in err and secret not in err
    assert main(["copy", "postgresql://u:" + secret + "@h:port/d", "x.kan"]) == 2
    err = capsys.readouterr().err
    assert "neither a file path nor a database URL" in err and secret not in err


def test_cli_says_when_the_copy_differs_from_its_source(
    source: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    writes = copying._write_table
    last = copying.tables()[-1]  # no table points at it: a row can go missing alone

    def lose_a_row(src, dst, table, progress):  # type: ignore[no-untyped-def]
        done = writes(src, dst, table, progress)
        if table is last:
            dst.execute(
                last.delete().where(last.c.id == select(func.max(last.c.id)).scalar_subquery())
            )
        return done

    monkeypatch.setattr(copying, "_write_table", lose_a_row)
    target = tmp_path / "lossy.kan"
    assert main(["copy", str(source), str(target)]) == 1
    err = capsys.readouterr().err
    assert f"table {last.name}" in err and "missing" in err and "NOT equal" in err
    assert not target.exists()  # a file that failed its verification is never put in place


def test_an_encrypted_source_opens_with_its_passphrase(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encryption.encrypt_workspace(source, "pass phrase")
    encryption.forget_all()
    monkeypatch.setenv(encryption.ENV_VAR, "wrong")
    assert main(["copy", str(source), str(tmp_path / "plain.kan")]) == 2
    monkeypatch.setenv(encryption.ENV_VAR, "pass phrase")
    assert main(["copy", str(source), str(tmp_path / "plain.kan")]) == 0
    assert encryption.is_encrypted(source)
    assert not encryption.is_encrypted(tmp_path / "plain.kan")


def test_a_server_user_limited_by_row_level_security_is_refused(
    source: Path, empty_db: URL, pg_server: Server, tmp_path: Path
) -> None:
    copy_workspace(source, empty_db)
    role = "kan_p5_limited_" + empty_db.database[-6:]  # type: ignore[index]
    ws = open_workspace(empty_db)
    try:
        with ws.engine.begin() as conn:
            conn.execute(text(f"CREATE ROLE {role} LOGIN"))
            conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
            conn.execute(text("ALTER TABLE accounts ENABLE ROW LEVEL SECURITY"))
        with pytest.raises(CopyRefused, match=r"only some rows .of accounts"):
            copy_workspace(empty_db.set(username=role), tmp_path / "part.kan")
        assert not (tmp_path / "part.kan").exists()
    finally:
        with ws.engine.begin() as conn:
            conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
        ws.close()
        pg_server.admin_execute(f"DROP ROLE IF EXISTS {role}")
