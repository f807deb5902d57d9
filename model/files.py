"""One way to write a file: all of it or nothing.

Every file the application writes (exports, reports, snapshots, backups) is
written to a temporary file in the same folder, flushed to the disk and then
renamed over the target. A full disk or a crash half-way leaves the old file
(or none), never a truncated one that looks like success.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from model.errors import WorkspaceError


class SaveError(WorkspaceError):
    """A file could not be written; nothing at the target changed."""


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.partial")


def sync_to_disk(fd: int) -> None:
    """Flush ``fd`` to the disk itself. On macOS ``fsync`` only reaches the drive's
    cache, which a power cut loses; ``F_FULLFSYNC`` asks the drive to write it out
    (file systems that do not support it raise, and plain fsync is the fallback)."""
    if sys.platform == "darwin":
        import fcntl

        full = getattr(fcntl, "F_FULLFSYNC", None)
        if full is not None:
            try:
                fcntl.fcntl(fd, full)
                return
            except OSError:
                pass
    os.fsync(fd)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every system lets a folder be opened (Windows)
    try:
        sync_to_disk(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_with(path: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file, then put it at ``path`` atomically.

    ``write`` gets the temporary path (for writers that want a file name, such
    as SQLite's backup or Qt's image writers) and raises on failure.
    """
    path = Path(path)
    temporary = _temporary(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(temporary)
        with open(temporary, "rb+") as done:
            sync_to_disk(done.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise SaveError(
            "Cannot write {path}: {reason}. Nothing was written.",
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    return path


def save_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`save_with`).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> save_bytes(folder / "a.txt", b"hello").read_bytes()
    b'hello'
    >>> sorted(p.name for p in folder.iterdir())
    ['a.txt']
    """

    def write(temporary: Path) -> None:
        with open(temporary, "wb") as out:
            out.write(data)
            out.flush()

    return save_with(path, write)
