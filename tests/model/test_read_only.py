"""A workspace that cannot be written is shown read-only, never half-editable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

import model.workspace as workspace
from model.services import accounts
from model.workspace import ReadOnlyWorkspace, make_engine, migrate, open_workspace, url_for


def _deny_writes(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Our tests run as root, who may write anywhere: say "no" the way the OS would."""
    real = os.access

    def access(path: object, mode: int, *a: object, **k: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() == denied.resolve():
            return False
        return real(path, mode, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace.os, "access", access)


@pytest.mark.parametrize("deny", ["file", "folder"])
def test_a_read_only_workspace_opens_for_reading_and_refuses_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deny: str
) -> None:
    folder = tmp_path / "share"
    path = folder / "w.kan"
    ws = open_workspace(path, create=True)
    with ws.begin() as s:
        accounts.create_account(s, {"name": "Acme"})
    ws.close()
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    before = sorted(p.name for p in folder.iterdir())
    _deny_writes(monkeypatch, path if deny == "file" else folder)
    ws = open_workspace(path)
    try:
        assert ws.read_only == ("the file is read-only" if deny == "file" else
                                "its folder is read-only")  # fmt: skip
        with ws.sessions() as s:
            assert s.execute(text("SELECT name FROM accounts")).scalar() == "Acme"
        with pytest.raises(ReadOnlyWorkspace, match="read-only"), ws.begin() as s:
            accounts.create_account(s, {"name": "Beta"})
    finally:
        ws.close()
    assert sorted(p.name for p in folder.iterdir()) == before  # no -wal/-shm made


def test_an_old_read_only_file_is_refused_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.kan"
    engine = make_engine(url_for(path))
    migrate(engine, url_for(path), "0001")
    engine.dispose()
    _deny_writes(monkeypatch, path)
    with pytest.raises(ReadOnlyWorkspace, match="Copy it to a folder"):
        open_workspace(path)
