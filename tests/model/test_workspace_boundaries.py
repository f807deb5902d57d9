"""What is not a workspace stays untouched; every failure is a sentence, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from model.errors import WorkspaceError
from model.workspace import open_workspace


def _beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()} - {path.name}


def test_an_empty_file_is_not_turned_into_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "empty.kan"
    path.write_bytes(b"")
    for create in (False, True):
        with pytest.raises(WorkspaceError, match="empty"):
            open_workspace(path, create=create)
    assert path.read_bytes() == b""
    assert _beside(path) == set()


def test_an_empty_sqlite_database_is_not_turned_into_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 0")
    con.execute("CREATE TABLE t (a)")
    con.execute("DROP TABLE t")  # a real SQLite file with no tables
    con.commit()
    con.close()
    before = path.read_bytes()
    assert before  # a header, not a 0-byte file
    with pytest.raises(WorkspaceError, match="empty"):
        open_workspace(path)
    assert path.read_bytes() == before
    assert _beside(path) == set()


@pytest.mark.parametrize("kind", ["junk", "foreign", "future"])
def test_a_refused_file_gets_nothing_created_beside_it(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.kan"
    if kind == "junk":
        path.write_bytes(b"not a database " * 200)
    elif kind == "foreign":
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('abc123')")
        con.execute("CREATE TABLE notes (a)")
        con.commit()
        con.close()
    else:
        open_workspace(path, create=True).close()
        con = sqlite3.connect(path)
        con.execute("UPDATE alembic_version SET version_num='9999'")
        con.commit()
        con.close()
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError):
        open_workspace(path)
    assert path.read_bytes() == before
    assert _beside(path) == set()


def test_a_postgresql_url_without_its_driver_says_what_to_install(tmp_path: Path) -> None:
    try:
        import psycopg  # noqa: F401

        has_driver = True
    except ImportError:
        has_driver = False
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    with pytest.raises(WorkspaceError) as info:
        open_workspace(url)
    if not has_driver:
        assert "psycopg" in str(info.value)
    assert "127.0.0.1" in str(info.value)


def test_sample_on_a_failing_disk_leaves_no_workspace_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import model.sample

    def full_disk(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(model.sample, "generate_sample", full_disk)
    path = tmp_path / "s.kan"
    assert main(["sample", str(path)]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and "s.kan" in err
    assert not path.exists()
    assert _beside(path) == set()  # no .partial left either
    monkeypatch.undo()
    assert main(["sample", str(path)]) == 0  # a retry is not refused


@pytest.mark.parametrize(
    ("setup", "expect"),
    [
        ("directory", "folder"),
        ("parent_is_a_file", "s.kan"),
    ],
)
def test_cli_failures_are_messages_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, expect: str
) -> None:
    if setup == "directory":
        path = tmp_path / "dir.kan"
        path.mkdir()
        code = main(["check", str(path)])
    else:
        parent = tmp_path / "plain-file"
        parent.write_text("x")
        code = main(["new", str(parent / "s.kan")])
    out = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in out.err
    assert expect in out.out + out.err


def test_methodology_into_a_closed_pipe_ends_quietly() -> None:
    """`keyaccount methodology --json | head -c 10` ends without a traceback."""
    import subprocess
    import sys

    code = "import sys; from desktop.cli import main; sys.exit(main(['methodology', '--json']))"
    shell = subprocess.run(
        f"'{sys.executable}' -c \"{code}\" | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert len(shell.stdout) == 10
    assert "Traceback" not in shell.stderr, shell.stderr
    assert "BrokenPipe" not in shell.stderr


def test_another_applications_alembic_database_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "their.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
    con.execute("CREATE TABLE invoices (a)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="another application") as info:
        open_workspace(path)
    assert "newer version" not in str(info.value)
    assert path.read_bytes() == before
