"""Files are written whole or not at all, and a failure says so."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import model.files
from model.files import SaveError, save_bytes, save_with


def _full_disk(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_keeps_the_old_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    monkeypatch.setattr(model.files.os, "fsync", _full_disk)
    with pytest.raises(SaveError, match="No space left"):
        save_bytes(target, b"new report" * 10_000)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_writer_that_fails_half_way_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "x.bin"

    def half(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise OSError(errno.EIO, "I/O error")

    with pytest.raises(SaveError, match=r"x\.bin"):
        save_with(target, half)
    assert list(tmp_path.iterdir()) == []


def test_a_whole_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.svg"
    save_bytes(target, b"<svg/>")
    save_bytes(target, b"<svg>2</svg>")
    assert target.read_bytes() == b"<svg>2</svg>"
    assert os.listdir(target.parent) == ["a.svg"]


def test_a_backup_that_cannot_be_written_leaves_no_empty_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.workspace import backup_sqlite, open_workspace

    path = tmp_path / "w.kan"
    open_workspace(path, create=True).close()
    monkeypatch.setattr(model.files.os, "fsync", _full_disk)
    with pytest.raises(SaveError):
        backup_sqlite(path, "0002")
    assert not [p for p in tmp_path.iterdir() if ".backup-" in p.name or "partial" in p.name]
