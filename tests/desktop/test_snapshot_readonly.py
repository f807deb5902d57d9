"""A snapshot only reads: an old file stays old, a failure leaves nothing behind."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from model.workspace import make_engine, migrate, url_for


def _old_workspace(path: Path) -> None:
    engine = make_engine(url_for(path))
    migrate(engine, url_for(path), "0001")
    engine.dispose()


def test_a_snapshot_of_an_old_file_does_not_upgrade_it(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "old.kan"
    _old_workspace(path)
    before = path.read_bytes()
    out = tmp_path / "shots" / "a.png"
    assert main(["snapshot", str(path), "--view", "accounts", "--out", str(out)]) == 0
    assert out.is_file()
    assert path.read_bytes() == before
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()
    assert not list(tmp_path.glob("old.kan.backup-*"))


def test_a_failed_snapshot_leaves_no_settings_file(
    qapp: object, _sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample_copy = tmp_path / "copy.kan"
    shutil.copy(_sample_file, sample_copy)
    out = tmp_path / "out" / "m.png"
    out.parent.mkdir()
    code = main(["snapshot", str(sample_copy), "--view", "map", "--account", "Nobody Ltd",
                 "--out", str(out)])  # fmt: skip
    assert code == 2
    assert list(out.parent.iterdir()) == []
