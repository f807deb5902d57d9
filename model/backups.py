"""Backups the user can see and restore.

Backups lie beside the workspace file, named by what made them and the local
time they were taken (see :func:`model.workspace.backup_sqlite`)::

    team.kan.backup-daily-20250305-091500     the first open of a local day
    team.kan.backup-0002-20250301-120000      before the upgrade from schema 0002
    team.kan.replaced-20250306-101112         the file a restore replaced
    team.kan.damaged-20250306-101005          a file that failed its integrity check

Daily backups are thinned to 7 daily, 4 weekly and 12 monthly ones; backups
made before an upgrade are kept for 12 months. :func:`backups_to_keep` decides
that from names and days alone. Files set aside (``replaced``, ``damaged``)
and backups of kinds this version does not know are never deleted, and
neither is the newest backup that reads back whole.

Listing, checking and restoring use sqlite3 alone (no SQLAlchemy import),
so they also work on a file that no longer opens. A backup of an encrypted
workspace is encrypted with its passphrase (:func:`copy_sqlite`), and so is a
restored file (see docs/encryption.md).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from model.encryption import (
    WrongPassphrase,
    connect,
    db_errors,
    is_encrypted,
    is_not_a_database,
    known,
    passphrase_needed,
    remember,
    unlock,
)
from model.errors import WorkspaceError
from model.files import _sync_folder, save_with
from model.schema import known_revisions, read_revision_readonly, readonly_uri

DAILY, WEEKLY, MONTHLY = 7, 4, 12
"""How many days, ISO weeks and months keep their newest daily backup."""
UPGRADE_MONTHS = 12
"""Backups made before an upgrade are kept this many months."""

STAMP = "%Y%m%d-%H%M%S"
_STAMP_RE = r"(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
_BACKUP_RE = re.compile(r"\.backup-(?P<tag>.+?)-" + _STAMP_RE + r"$")
_ASIDE_RE = re.compile(r"\.(?P<tag>replaced)-" + _STAMP_RE + r"$")
_REVISION_TAG = re.compile(r"^\d{4}$")
_SIDE_FILES = ("-wal", "-shm")
SQLITE_HEADER = b"SQLite format 3\x00"

# Kinds of backup. Other tags name their own kind and are never thinned.
KIND_DAILY = "daily"
KIND_UPGRADE = "upgrade"
KIND_REPLACED = "replaced"
THINNED = frozenset({KIND_DAILY, KIND_UPGRADE})


# --- names ------------------------------------------------------------------


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: its kind, tag and when it was taken (local)."""

    kind: str
    tag: str
    taken_at: datetime
    n: int = 1


def parse_name(name: str) -> BackupName | None:
    """Read a backup's (or a replaced file's) name; None for any other file.

    >>> parse_name("w.kan.backup-daily-20250305-091500")
    BackupName(kind='daily', tag='daily', taken_at=datetime.datetime(2025, 3, 5, 9, 15), n=1)
    >>> parse_name("w.kan.backup-0002-20250301-120000-2").kind
    'upgrade'
    >>> parse_name("w.kan.backup-daily-20250305-091500-wal") is None
    True
    """
    found = _BACKUP_RE.search(name) or _ASIDE_RE.search(name)
    if found is None:
        return None
    try:
        taken_at = datetime.strptime(found["stamp"], STAMP)
    except ValueError:
        return None
    tag = found["tag"]
    if found.re is _ASIDE_RE:
        kind = KIND_REPLACED
    elif tag == "daily":
        kind = KIND_DAILY
    elif _REVISION_TAG.match(tag):
        kind = KIND_UPGRADE
    else:
        kind = tag
    return BackupName(kind, tag, taken_at, int(found["n"] or 1))


def _belongs_to(workspace: Path, candidate: Path) -> bool:
    prefix = workspace.name
    rest = candidate.name[len(prefix) :]
    return candidate.name.startswith(prefix) and (
        rest.startswith(".backup-") or rest.startswith(".replaced-")
    )


# --- what to keep (pure) ------------------------------------------------------


def _as_datetime(when: date | datetime) -> datetime:
    return when if isinstance(when, datetime) else datetime(when.year, when.month, when.day)


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def backups_to_keep(
    backups: Iterable[tuple[str, date | datetime]],
    today: date,
    *,
    protect: Collection[str] = (),
) -> set[str]:
    """The names to keep of ``(name, day taken)`` pairs, on ``today``.

    Of the daily backups, the newest of each of the 7 newest days that have
    one is kept, the newest of each of the 4 newest ISO weeks and of the 12
    newest months (like restic's ``--keep-daily 7 --keep-weekly 4
    --keep-monthly 12``: a user away for a month still has backups from before).
    A backup made before an upgrade is kept for 12 months. Names of any other
    kind (set-aside files, unknown tags, names that are no backup at all) and
    those in ``protect`` are always kept.

    >>> names = [f"w.kan.backup-daily-202501{d:02}-090000" for d in range(1, 32)]
    >>> kept = backups_to_keep([(n, parse_name(n).taken_at) for n in names], date(2025, 1, 31))
    >>> sorted(int(n[25:27]) for n in kept)  # 7 days, and the Sundays of 2 weeks before
    [12, 19, 25, 26, 27, 28, 29, 30, 31]
    """
    keep: set[str] = set()
    daily: list[tuple[datetime, str]] = []
    cutoff = _year_before(today)
    for name, when in backups:
        parsed = parse_name(name)
        kind = parsed.kind if parsed is not None else None
        if kind == KIND_DAILY:
            daily.append((_as_datetime(when), name))
        elif kind == KIND_UPGRADE:
            if _as_datetime(when).date() >= cutoff or name in protect:
                keep.add(name)
        else:
            keep.add(name)
    daily.sort(reverse=True)
    rules: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (DAILY, lambda t: t.date()),
        (WEEKLY, lambda t: t.isocalendar()[:2]),
        (MONTHLY, lambda t: (t.year, t.month)),
    ]
    for count, bucket in rules:
        seen: set[Hashable] = set()
        for when, name in daily:
            key = bucket(when)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(name)
    keep.update(name for _when, name in daily if name in protect)
    return keep


# --- looking at files ---------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """One backup beside a workspace, newest first in :func:`list_backups`."""

    path: Path
    taken_at: datetime  # local time, from the name
    kind: str  # "daily", "upgrade", "replaced" or the tag that made it
    size: int  # bytes
    revision: str | None  # its schema, None when it cannot be read
    ok: bool | None = None  # passes quick_check; None when not checked
    problem: str = ""  # why it cannot be restored, "" when it can (as far as checked)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def usable(self) -> bool:
        """Checked whole and of a schema this version can open."""
        return bool(self.ok) and not self.problem


def quick_check(path: Path) -> str:
    """SQLite's ``quick_check`` of a file, read-only: "ok" or what is wrong.

    Raises a database error (:func:`model.encryption.db_errors`) when the file
    cannot be read at all, and an encrypted file's WorkspaceError when its
    passphrase is not known or wrong.
    """
    con = connect(path, uri=readonly_uri(path))
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA quick_check(10)").fetchall()]
    finally:
        con.close()
    return "ok" if rows == ["ok"] else "; ".join(rows)


def _verify(path: Path, revision: str | None) -> tuple[bool, str]:
    """(whole?, why it cannot be restored or "")."""
    try:
        result = quick_check(path)
    except db_errors() as exc:
        return False, str(exc)
    except WorkspaceError as exc:
        return False, exc.message
    if result != "ok":
        return False, result
    return True, _revision_problem(revision)


def _revision_problem(revision: str | None) -> str:
    revisions, head = known_revisions()
    if revision is None:
        return "no schema version"
    if revision not in revisions:
        return f"schema {revision} is newer than this version ({head})"
    return ""


def _info(path: Path, parsed: BackupName, verify: bool) -> BackupInfo:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    ok: bool | None = None
    try:
        revision = read_revision_readonly(path)
    except WorkspaceError as exc:
        revision, problem = None, exc.message
        ok = False if verify else None
    else:
        problem = _revision_problem(revision)
        if verify:
            ok, problem = _verify(path, revision)
    return BackupInfo(path, parsed.taken_at, parsed.kind, size, revision, ok, problem)


def list_backups(path: Path, *, verify: bool = False) -> list[BackupInfo]:
    """The backups of the workspace at ``path``, newest first.

    The workspace itself need not exist (a backup is what is left when it is
    lost). ``verify`` runs ``quick_check`` on each: about a second per 250 MB.
    """
    path = Path(path).expanduser().resolve()
    found: list[tuple[Path, BackupName]] = []
    try:
        candidates = list(path.parent.iterdir())
    except OSError:
        return []
    for candidate in candidates:
        if not _belongs_to(path, candidate) or not candidate.is_file():
            continue
        parsed = parse_name(candidate.name[len(path.name) :])
        if parsed is not None:
            found.append((candidate, parsed))
    found.sort(key=lambda f: (f[1].taken_at, f[1].n, f[0].name), reverse=True)
    return [_info(p, parsed, verify) for p, parsed in found]


def newest_good_backup(
    path: Path, backups: Sequence[BackupInfo] | None = None
) -> BackupInfo | None:
    """The newest backup that reads back whole and this version can open."""
    for info in list_backups(path) if backups is None else backups:
        if info.ok is None:
            ok, problem = _verify(info.path, info.revision)
            info = BackupInfo(
                info.path, info.taken_at, info.kind, info.size, info.revision, ok, problem
            )
        if info.usable:
            return info
    return None


def format_size(size: int) -> str:
    """Bytes for people.

    >>> format_size(900), format_size(12_300), format_size(244_416_512)
    ('900 B', '12.0 KB', '233.1 MB')
    """
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"  # pragma: no cover


# --- daily backups and thinning -------------------------------------------------


def _now_on(today: date | datetime | None) -> datetime:
    now = datetime.now()
    if today is None:
        return now
    if isinstance(today, datetime):
        return today
    return datetime.combine(today, now.time().replace(microsecond=0))


def daily_backup(path: Path, today: date | datetime | None = None) -> Path | None:
    """On the first open of a local day, back the workspace up and thin the backups.

    Returns the new backup, or None when today's exists already. The backup
    is checked with ``quick_check`` before it takes its name (see
    :func:`model.workspace.backup_sqlite`); a failure is a WorkspaceError
    (SaveError) that names the file and leaves no partial backup.
    """
    from model.workspace import backup_sqlite

    path = Path(path).expanduser().resolve()
    now = _now_on(today)
    for info in list_backups(path):
        if info.kind == KIND_DAILY and info.taken_at.date() == now.date():
            return None
    made = backup_sqlite(path, KIND_DAILY, now=now)
    thin(path, now.date(), verified=made)
    return made


def thin(path: Path, today: date | None = None, *, verified: Path | None = None) -> list[Path]:
    """Delete the daily and upgrade backups that :func:`backups_to_keep` lets go.

    The newest backup that reads back whole is never deleted (``verified``
    names one known whole, e.g. the one just written, to save reading it
    again). Returns what was deleted; a file that cannot be deleted stays.
    """
    path = Path(path).expanduser().resolve()
    today = today or date.today()
    backups = list_backups(path)
    thinnable = [b for b in backups if b.kind in THINNED]
    if verified is not None:
        good: str | None = Path(verified).name
    else:
        newest = newest_good_backup(path, thinnable)
        good = newest.name if newest is not None else None
    keep = backups_to_keep(
        [(b.name, b.taken_at) for b in backups], today, protect={good} if good else set()
    )
    deleted: list[Path] = []
    for info in thinnable:
        if info.name in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue
        deleted.append(info.path)
    return deleted


# --- setting a file aside and restoring -------------------------------------------


def _unused(path: Path, label: str, now: datetime) -> Path:
    stamp = now.strftime(STAMP)
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while any(target.with_name(target.name + s).exists() for s in ("", *_SIDE_FILES)):
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    return target


def set_aside(path: Path, label: str, now: datetime | None = None) -> Path | None:
    """Rename the file with its ``-wal`` and ``-shm`` to ``<file>.<label>-<stamp>``.

    Nothing is deleted or rewritten: the renamed file still opens with its WAL
    (SQLite finds ``<file>-wal`` by name). Returns the new name, or None when
    there was no file. On failure whatever was moved is moved back.
    """
    path = Path(path)
    if not path.exists():
        return None
    target = _unused(path, label, now or datetime.now())
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_SIDE_FILES):
            source = path.with_name(path.name + suffix)
            if suffix and not source.exists():
                continue
            destination = target.with_name(target.name + suffix)
            os.rename(source, destination)
            moved.append((source, destination))
    except OSError as exc:
        for source, destination in reversed(moved):
            with suppress(OSError):
                os.rename(destination, source)
        raise WorkspaceError(
            "Cannot set {path} aside: {reason}. Nothing was changed.",
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    _sync_folder(path.parent)
    return target


@dataclass(frozen=True)
class Restored:
    """A restore done: the workspace now holds the backup; ``kept`` the file it replaced."""

    path: Path
    backup: Path
    kept: Path | None


def copy_sqlite(uri: str, source: Path, target: Path) -> Path:
    """Copy the SQLite database ``uri`` opens (the file ``source``) to ``target``.

    Through the online backup API into a temporary file that is renamed only
    when whole and checked (:func:`~model.files.save_with`): a full disk never
    leaves a cut or empty copy. A failure is an ``OSError``.

    The copy of an encrypted file is encrypted with the same passphrase (its
    own salt); this process holds that passphrase for the copy too.
    """
    key = unlock(source) if is_encrypted(source) else None
    if key is None and is_encrypted(source):
        raise passphrase_needed(source)

    def write(temporary: Path) -> None:
        try:
            src = connect(source, uri=uri)
            dst = connect(temporary, passphrase=key) if key is not None else None
        except db_errors() as exc:
            raise OSError(str(exc)) from exc
        try:
            if dst is None:
                dst = sqlite3.connect(str(temporary))
            with dst:
                src.backup(dst)
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise OSError(f"the copy of {source} does not read back whole")
        except db_errors() as exc:
            raise OSError(str(exc)) from exc
        finally:
            if dst is not None:
                dst.close()
            src.close()

    done = save_with(target, write)
    if key is not None:
        remember(done, key)
    return done


def _copy_whole(source: Path, target: Path) -> Path:
    """Copy a closed SQLite file (through its WAL, if any) atomically and check the copy.

    Read-only and, without a ``-wal`` beside it, immutable: no ``-wal`` or
    ``-shm`` files appear next to a backup that is copied.
    """
    return copy_sqlite(readonly_uri(source), source, target)


def check_restorable(backup: Path) -> str:
    """The backup's schema revision, or a WorkspaceError saying why it cannot be restored."""
    backup = Path(backup)
    if not backup.is_file():
        raise WorkspaceError("No backup at {backup}.", backup=backup)
    try:
        revision = read_revision_readonly(backup)
    except WorkspaceError as exc:
        raise WorkspaceError(
            "{backup} cannot be restored: {reason} Nothing was changed.",
            backup=backup,
            reason=exc.message,
        ) from exc
    revisions, head = known_revisions()
    if revision is None:
        raise WorkspaceError(
            "{backup} has no schema version; it is not a backup of a workspace. "
            "Nothing was changed.",
            backup=backup,
        )
    if revision not in revisions:
        raise WorkspaceError(
            "{backup} was saved by a newer version of Key Account Navigator (schema {schema}; "
            "this version knows up to {head}). Update the application to restore it; "
            "nothing was changed.",
            backup=backup,
            schema=revision,
            head=head,
        )
    try:
        result = quick_check(backup)
    except db_errors() as exc:
        result = str(exc)
    if result != "ok":
        raise WorkspaceError(
            "{backup} fails its integrity check ({problem}); choose another backup. "
            "Nothing was changed.",
            backup=backup,
            problem=result,
        )
    return revision


def restore_backup(path: Path, backup: Path, now: datetime | None = None) -> Restored:
    """Put ``backup`` in place of the workspace at ``path``; keep the current file aside.

    The backup is checked (whole, not from a newer schema) and copied to a
    staging file beside the workspace first; only then is the current file
    (with its ``-wal`` and ``-shm``) renamed to ``<file>.replaced-<stamp>``,
    never deleted, and the copy renamed into place. Close the workspace first.
    An older schema is fine: the next open upgrades it, after a backup.
    """
    path = Path(path).expanduser().resolve()
    backup = Path(backup).expanduser().resolve()
    if backup == path:
        raise WorkspaceError(
            "{backup} is the workspace itself; choose one of its backups.", backup=backup
        )
    check_restorable(backup)
    with _held(path):
        return _put_in_place(path, backup, now)


_ELSEWHERE = "another window or program"


def _refused(path: Path, holder: str, converting: bool) -> WorkspaceError:
    """Why the file cannot be replaced now (literal templates, for translation)."""
    if converting:
        return WorkspaceError(
            "{path} is open in {holder}; close it there before encrypting or decrypting it. "
            "Nothing was changed.",
            path=path,
            holder=holder,
        )
    return WorkspaceError(
        "{path} is open in {holder}; close it there before restoring a backup. "
        "Nothing was changed.",
        path=path,
        holder=holder,
    )


@contextmanager
def _held(path: Path, *, converting: bool = False, passphrase: str | None = None) -> Iterator[None]:
    """Hold the lock an open workspace holds beside its file (``<file>.lock``), if free,
    and make sure no other connection has the file open.

    Replacing a file that another window has open would leave that window
    writing to the file set aside (its edits lost); so a restore or a
    conversion waits for nobody and refuses (``converting`` says which it is). The lock names
    the first window on a file; a second window, or a command, holds no lock
    and is found by asking SQLite for the file alone (:func:`_open_elsewhere`).
    ``passphrase``: the key of an encrypted file not yet held by this process.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; other connections are still found
        fcntl = None  # type: ignore[assignment]
    lock = path.with_name(path.name + ".lock")
    handle = None
    if fcntl is not None and lock.exists():
        with suppress(OSError):
            handle = open(lock, "r+", encoding="utf-8")  # noqa: SIM115 (closed below)
    try:
        if handle is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = handle.read().strip() or "another program"
                raise _refused(path, holder, converting) from None
        if _open_elsewhere(path, passphrase):
            raise _refused(path, _ELSEWHERE, converting)
        yield
    finally:
        if handle is not None:
            handle.close()


def _open_elsewhere(path: Path, passphrase: str | None = None) -> bool:
    """Whether another connection (a second window, a command) has ``path`` open.

    A connection in SQLite's exclusive locking mode cannot begin while any
    other holds the file, even an idle one; nothing is written (closing it
    folds a ``-wal`` in, as closing any last connection does). A file that
    does not open (damaged, no key) is taken as open nowhere else: the caller
    reports what is wrong with it.
    """
    if not path.is_file():
        return False
    try:
        con = connect(path, passphrase=passphrase)
    except db_errors(WorkspaceError):
        return False
    try:
        con.isolation_level = None
        con.execute("PRAGMA busy_timeout = 200")
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.execute("ROLLBACK")
    except db_errors() as exc:
        return _is_busy(exc)
    finally:
        con.close()
    return False


def _is_busy(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code:
        return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _put_in_place(path: Path, backup: Path, now: datetime | None) -> Restored:
    staging = _copy_whole(backup, path.with_name(f".{path.name}.restoring"))
    try:
        kept = set_aside(path, KIND_REPLACED, now)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    try:
        os.replace(staging, path)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        if kept is not None:
            for suffix in ("", *_SIDE_FILES):
                aside = kept.with_name(kept.name + suffix)
                if aside.exists():
                    os.rename(aside, path.with_name(path.name + suffix))
        raise WorkspaceError(
            "Cannot restore {backup} to {path}: {reason}. Nothing was changed.",
            backup=backup,
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    _sync_folder(path.parent)
    return Restored(path, backup, kept)


# --- a damaged file on open ------------------------------------------------------


def integrity_problem(path: Path) -> str | None:
    """What ``quick_check`` finds wrong with a SQLite file, or None.

    None also for files that are no SQLite database at all (the open refuses
    those and leaves them alone) and for files that cannot be read for other
    reasons than damage (locked, no permission): only damage is reported. An
    encrypted file is checked when this process holds its passphrase (it
    opened with it before, so a page that no longer decrypts is damage);
    otherwise the open asks for the passphrase first.
    """
    path = Path(path)
    try:
        with open(path, "rb") as f:
            plain = f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return None
    if not plain and not (is_encrypted(path) and known(path) is not None):
        return None
    try:
        result = quick_check(path)
    except WrongPassphrase as exc:
        return exc.message
    except db_errors() as exc:
        return str(exc) if is_not_a_database(exc) else None
    except WorkspaceError:
        return None
    return None if result == "ok" else result


@dataclass(frozen=True)
class Rescue:
    """A workspace that failed its integrity check on open.

    With a good backup the damaged file was set aside (``damaged``) and
    ``backup`` is the newest good one to offer. Without one the file stays
    where it is (``damaged`` None): it is the only copy of what can be read.
    """

    path: Path
    problem: str
    damaged: Path | None
    backup: BackupInfo | None


def rescue_damaged(path: Path, now: datetime | None = None) -> Rescue | None:
    """Check a workspace file before opening it; None when it is whole.

    A damaged file with a good backup is set aside as ``<file>.damaged-<stamp>``
    (never deleted) and the newest good backup named, for the caller to offer.
    """
    path = Path(path).expanduser().resolve()
    problem = integrity_problem(path)
    if problem is None:
        return None
    backup = newest_good_backup(path)
    if backup is None:
        return Rescue(path, problem, None, None)
    damaged = set_aside(path, "damaged", now)
    return Rescue(path, problem, damaged, backup)


def copy_to_look(backup: Path, folder: Path) -> Path:
    """A private copy of a backup in ``folder``, to open without touching the backup."""
    backup = Path(backup)
    check_restorable(backup)
    return _copy_whole(backup, Path(folder) / backup.name)
