"""Files are flushed to the disk itself, on macOS too (where fsync stops at the drive's cache)."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from model import files
from model.files import save_bytes


def test_on_macos_the_drive_is_asked_to_write_its_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(files.sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", lambda _fd, op, *a: calls.append(op) or 0)
    monkeypatch.setattr(os, "fsync", lambda _fd: pytest.fail("plain fsync on macOS"))
    save_bytes(tmp_path / "x.bin", b"data")
    assert calls == [51, 51]  # the file, then its folder
    assert (tmp_path / "x.bin").read_bytes() == b"data"


def test_a_file_system_without_full_sync_falls_back_to_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []

    def refuse(_fd: int, _op: int, *_a: object) -> int:
        raise OSError(45, "Operation not supported")

    monkeypatch.setattr(files.sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", refuse)
    monkeypatch.setattr(os, "fsync", synced.append)
    save_bytes(tmp_path / "x.bin", b"data")
    assert len(synced) == 2
