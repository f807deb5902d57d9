"""Workspaces encrypted at rest with SQLCipher: the one place that knows keys.

An encrypted workspace is a SQLCipher 4 file (the ``sqlcipher3`` package,
default settings: AES-256, PBKDF2-HMAC-SHA512 over 256,000 rounds). Every
connection to a workspace file — the engine, the first-paint read, backups,
the check, a restore — is made by :func:`connect`, which opens a plain file
with ``sqlite3`` as before and an encrypted one with ``sqlcipher3`` and its key.

Plain or encrypted is told by the file's first 16 bytes: a plain SQLite file
starts with ``SQLite format 3\\0``; a SQLCipher file starts with its random
salt. Looking costs one small read, so opening a plain workspace does no more
than it did (no keyring, no SQLCipher import).

Keys are held for the life of the process in a registry of file → passphrase
(:func:`remember`); a backup, a file set aside or a copy made to look at is
found under its workspace's name. Where a passphrase is not known yet,
:func:`unlock` tries the ``KEYACCOUNT_PASSPHRASE`` environment variable (for
scripts and tests) and then the system's keyring (when the system has one);
the desktop asks the user after that.

Stretching a passphrase into a key costs about a tenth of a second, so it is
done once per file (SQLCipher's own derivation, by :mod:`hashlib`, with the
file's salt) and later connections give SQLCipher the key itself.

Encrypting a workspace (:func:`encrypt_workspace`) writes an encrypted copy
with ``sqlcipher_export`` into a temporary file beside it and renames it over
the plain one, then overwrites the plain file's old content with zeros; its
``-wal`` is folded in first and removed with the ``-shm``. Its backups (and
files set aside) are encrypted the same way, so no plain copy stays beside it.
:func:`decrypt_workspace` is the reverse.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from model.errors import WorkspaceError
from model.files import sync_to_disk

HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every plain SQLite file."""
ENV_VAR = "KEYACCOUNT_PASSPHRASE"
"""A passphrase given by the environment (scripts, tests); the keyring and prompts come after."""
KEYRING_SERVICE = "Key Account Navigator"
"""The service name of saved passphrases in the system's keyring; the user is the file's path."""

# SQLCipher 4's defaults, which every file this application encrypts uses.
_KDF_ROUNDS = 256_000
_KEY_BYTES = 32
_SALT_BYTES = 16
_PAGE = 512  # every SQLite or SQLCipher file is whole pages of at least this

_SIDE_FILES = ("-wal", "-shm")
# What names a copy of a workspace (see model.backups): the key is its workspace's.
_COPY_MARKS = (".backup-", ".replaced-", ".damaged-")


class EncryptionUnavailable(WorkspaceError):
    """SQLCipher is not installed here (no ``sqlcipher3`` wheel for this platform)."""


class PassphraseNeeded(WorkspaceError):
    """An encrypted file whose passphrase is not known."""


class WrongPassphrase(WorkspaceError):
    """A passphrase that does not open the file; nothing was changed."""


# --- what a file is -----------------------------------------------------------


def is_encrypted(path: Path | str) -> bool:
    """Whether ``path`` looks like an encrypted workspace.

    A file of whole pages that does not begin with SQLite's header: SQLCipher
    files are indistinguishable from random bytes, so "encrypted" also covers
    a file that is no database at all; opening it then says both.
    A missing or empty file is not encrypted.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(len(HEADER))
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return False
    return len(head) == len(HEADER) and head != HEADER and size % _PAGE == 0


def available() -> bool:
    """Whether this installation can read and write encrypted workspaces."""
    try:
        sqlcipher()
    except EncryptionUnavailable:
        return False
    return True


def sqlcipher() -> ModuleType:
    """SQLCipher's DB-API module, or :class:`EncryptionUnavailable` saying it is missing."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise EncryptionUnavailable(
            "Encryption is not available in this installation: the SQLCipher library "
            "(Python package sqlcipher3) is not installed for this system."
        ) from exc
    return cast(ModuleType, dbapi2)


def dbapi(path: Path) -> ModuleType:
    """The DB-API module that opens ``path``: ``sqlite3``, or ``sqlcipher3`` when encrypted."""
    if not is_encrypted(path):
        return sqlite3
    try:
        return sqlcipher()
    except EncryptionUnavailable as exc:
        raise EncryptionUnavailable(
            "{path} is encrypted, but this installation cannot read encrypted workspaces "
            "(the SQLCipher library, Python package sqlcipher3, is not installed for this "
            "system). Nothing was changed.",
            path=path,
        ) from exc


def db_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """The database errors a connection from :func:`connect` may raise, and ``more``.

    For ``except``: SQLCipher's errors are not sqlite3's (its module is imported
    only once an encrypted file is opened, and only then can they occur).
    """
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    found: tuple[type[Exception], ...] = (sqlite3.Error,)
    if loaded is not None:
        found += (loaded.Error,)
    return found + more


def is_not_a_database(exc: BaseException) -> bool:
    """The error SQLite gives for a file it cannot read as a database (a wrong key too)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


# --- keys held in this process ------------------------------------------------------


_lock = threading.Lock()
_passphrases: dict[Path, str] = {}
_raw_keys: dict[tuple[str, bytes], str] = {}
_raw_keys_work = True  # SQLCipher's defaults are what _derive assumes (checked on use)


def _key(path: Path | str) -> Path:
    return Path(path).expanduser().resolve()


def owner_of(path: Path | str) -> Path:
    """The workspace a backup, set-aside file or temporary copy belongs to (or ``path``).

    >>> owner_of("/w/team.kan.backup-daily-20250305-091500").name
    'team.kan'
    >>> owner_of("/w/.team.kan.backup-daily-20250305-091500.4242.partial").name
    'team.kan'
    >>> owner_of("/w/.team.kan.restoring").name, owner_of("/w/team.kan").name
    ('team.kan', 'team.kan')
    """
    path = Path(path)
    name = path.name
    if name.startswith(".") and name.endswith(".partial"):
        name = name[1:].rsplit(".", 2)[0]
    if name.startswith(".") and name.endswith(".restoring"):
        name = name[1 : -len(".restoring")]
    for mark in _COPY_MARKS:
        if mark in name:
            name = name.split(mark)[0]
    return path.with_name(name)


def remember(path: Path | str, passphrase: str) -> None:
    """Hold ``passphrase`` as the key of ``path`` (and its copies) for this process."""
    with _lock:
        _passphrases[_key(path)] = passphrase


def forget(path: Path | str) -> None:
    """Drop the key of ``path`` held by this process."""
    with _lock:
        _passphrases.pop(_key(path), None)


def forget_all() -> None:
    """Drop every key this process holds (closing the application, tests)."""
    with _lock:
        _passphrases.clear()
        _raw_keys.clear()


def known(path: Path | str) -> str | None:
    """The passphrase this process holds for ``path`` or its workspace, else None."""
    resolved = _key(path)
    with _lock:
        found = _passphrases.get(resolved)
        if found is None:
            found = _passphrases.get(owner_of(resolved))
    return found


def unlock(path: Path | str, *, keyring: bool = True) -> str | None:
    """The passphrase of an encrypted ``path``: held, from the environment or the keyring.

    One found outside this process is tried first and held when it opens the
    file. A wrong one in ``KEYACCOUNT_PASSPHRASE`` is a :class:`WrongPassphrase`
    (the user gave it); a stale one in the keyring is passed over (None: ask).
    """
    found = known(path)
    if found is not None:
        return found
    given = os.environ.get(ENV_VAR)
    if given:
        if not opens(path, given):
            raise WrongPassphrase(
                "The passphrase in {variable} does not open {path} (or the file is not a "
                "workspace). Nothing was changed.",
                variable=ENV_VAR,
                path=path,
            )
        remember(path, given)
        return given
    if keyring:
        saved = saved_passphrase(owner_of(_key(path)))
        if saved is not None and opens(path, saved):
            remember(path, saved)
            return saved
    return None


def opens(path: Path | str, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file at ``path`` (read-only, no change)."""
    from model.schema import readonly_uri

    try:
        con = connect(path, uri=readonly_uri(Path(path)), passphrase=passphrase)
    except WrongPassphrase:
        return False
    con.close()
    return True


# --- connections -----------------------------------------------------------


def _salt(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_SALT_BYTES)
    except OSError:
        return b""


def _derive(passphrase: str, salt: bytes) -> str:
    """SQLCipher 4's key for ``passphrase`` and a file's salt, as a raw-key PRAGMA value."""
    with _lock:
        found = _raw_keys.get((passphrase, salt))
    if found is None:
        import hashlib

        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, _KDF_ROUNDS, _KEY_BYTES)
        found = f"\"x'{key.hex()}{salt.hex()}'\""
        with _lock:
            _raw_keys[(passphrase, salt)] = found
    return found


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _apply_key(con: Any, path: Path, passphrase: str, *, raw: bool) -> bool:
    """Key a new connection and read from it; False when the key does not open the file.

    ``raw``: give SQLCipher the key derived here (fast once derived), else the
    passphrase to stretch itself.
    """
    salt = _salt(path)
    value = _derive(passphrase, salt) if raw else _quoted(passphrase)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to tell
        con.execute(f"PRAGMA key = {value}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except con.DatabaseError as exc:
        if not is_not_a_database(exc):
            raise
        return False
    return True


def _raw_possible(path: Path) -> bool:
    return _raw_keys_work and len(_salt(path)) == _SALT_BYTES


def connect(
    path: Path | str,
    *,
    uri: str | None = None,
    passphrase: str | None = None,
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """A DB-API connection to the workspace file ``path`` with its key applied.

    ``uri`` (a ``file:`` URI of ``path``, e.g. :func:`model.schema.readonly_uri`)
    opens it in a mode; otherwise the path is opened for writing. A plain file is
    opened with ``sqlite3`` exactly as before. An encrypted one (or a new file
    given a ``passphrase``: it will be encrypted) is opened with ``sqlcipher3``
    and ``passphrase``, or the one :func:`unlock` finds; none is
    :class:`PassphraseNeeded`, one that does not open it :class:`WrongPassphrase`.
    """
    global _raw_keys_work
    path = Path(path)
    target = uri if uri is not None else str(path)
    if passphrase is None and not is_encrypted(path):
        return sqlite3.connect(target, uri=uri is not None, check_same_thread=check_same_thread)
    module = sqlcipher() if passphrase is not None else dbapi(path)
    if passphrase is None:
        passphrase = unlock(path)
    if passphrase is None:
        raise passphrase_needed(path)
    ways = [True, False] if _raw_possible(path) else [False]
    for raw in ways:
        con = module.connect(target, uri=uri is not None, check_same_thread=check_same_thread)
        try:
            ok = _apply_key(con, path, passphrase, raw=raw)
        except BaseException:
            con.close()
            raise
        if ok:
            if not raw and len(ways) == 2:
                _raw_keys_work = False  # this SQLCipher stretches keys otherwise
            return cast(sqlite3.Connection, con)
        con.close()
        if raw:
            _drop_derived(passphrase, path)
    raise wrong_passphrase(path)


def _drop_derived(passphrase: str, path: Path) -> None:
    """Hold no key derived from a passphrase that did not open ``path``.

    A mistyped passphrase may be another of the user's passwords; it is not kept
    in this process's memory any longer than the attempt.
    """
    with _lock:
        _raw_keys.pop((passphrase, _salt(path)), None)


def passphrase_needed(path: Path) -> PassphraseNeeded:
    """The error of an encrypted file whose passphrase is not known."""
    return PassphraseNeeded(
        "{path} is encrypted (or is not a workspace file); its passphrase is needed to "
        "open it. Nothing was changed.",
        path=path,
    )


def wrong_passphrase(path: Path) -> WrongPassphrase:
    """The error of a passphrase that does not open ``path``."""
    return WrongPassphrase(
        "The passphrase does not open {path} (or the file is not a workspace). "
        "Nothing was changed.",
        path=path,
    )


def engine_options(path: Path) -> dict[str, Any]:
    """``create_engine`` options for a workspace file: its DB-API module when encrypted.

    SQLAlchemy's sqlite dialect then wraps SQLCipher's errors as it wraps
    sqlite3's; the connections come from a ``creator`` using :func:`connect`.
    """
    return {"module": dbapi(path)} if is_encrypted(path) else {}


# --- the system's keyring -----------------------------------------------------


def keyring_available() -> bool:
    """Whether the system has a keyring to save passphrases in (not keyring's "fail" one)."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # not installed, or an installation that fails to load
        return False
    try:
        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0
    except Exception:  # a backend that cannot tell (no D-Bus session, a broken one): none
        return False


def saved_passphrase(path: Path) -> str | None:
    """The passphrase saved in the system's keyring for the workspace ``path``, or None."""
    if not keyring_available():
        return None
    import keyring

    try:
        found = keyring.get_password(KEYRING_SERVICE, str(_key(path)))
    except Exception:
        return None
    return found or None


def save_passphrase(path: Path, passphrase: str) -> bool:
    """Save ``passphrase`` in the system's keyring for ``path``; False when there is none."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, str(_key(path)), passphrase)
    except Exception:
        return False
    return True


def delete_saved_passphrase(path: Path) -> None:
    """Remove the keyring's passphrase for ``path``, if any."""
    if not keyring_available():
        return
    import keyring

    with suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, str(_key(path)))


# --- encrypting and decrypting files --------------------------------------------------


@dataclass
class Converted:
    """What :func:`encrypt_workspace` or :func:`decrypt_workspace` did."""

    path: Path
    copies: list[Path] = field(default_factory=list)
    """Backups and set-aside files converted with the workspace."""
    left: list[Path] = field(default_factory=list)
    """Copies that could not be converted (another passphrase, unreadable): left as they were."""


def copies_of(path: Path) -> list[Path]:
    """The backups and set-aside files of the workspace ``path`` (not their ``-wal``/``-shm``)."""
    path = _key(path)
    try:
        names = sorted(p for p in path.parent.iterdir() if p.is_file())
    except OSError:
        return []
    out = []
    for candidate in names:
        rest = candidate.name[len(path.name) :]
        if not candidate.name.startswith(path.name) or rest.endswith(_SIDE_FILES):
            continue
        if any(rest.startswith(mark) for mark in _COPY_MARKS):
            out.append(candidate)
    return out


def _check_password_text(passphrase: str) -> None:
    if not passphrase:
        raise WorkspaceError("The passphrase must not be empty; nothing was changed.")


def encrypt_workspace(path: Path, passphrase: str) -> Converted:
    """Encrypt the closed workspace at ``path`` and its backups with ``passphrase``.

    Refused (nothing changed) when the file is missing, encrypted already, not a
    workspace, or open in a window. See the module's docstring for the steps.
    """
    from model.backups import _held
    from model.schema import read_revision_readonly

    _check_password_text(passphrase)
    module = sqlcipher()
    path = _key(path)
    _must_be_file(path)
    _wipe_leftovers(path)
    if is_encrypted(path):
        raise WorkspaceError("{path} is encrypted already; nothing was changed.", path=path)
    read_revision_readonly(path)  # a workspace, or a WorkspaceError saying what it is
    with _held(path, converting=True), _unchanged_on_failure(path):
        _fold_wal(path, None)
        _convert(module, path, None, passphrase, wipe=True)
    remember(path, passphrase)
    return _convert_copies(module, path, None, passphrase)


def decrypt_workspace(path: Path, passphrase: str) -> Converted:
    """Decrypt the closed workspace at ``path`` (and its backups that ``passphrase`` opens)."""
    from model.backups import _held

    module = sqlcipher()
    path = _key(path)
    _must_be_file(path)
    _wipe_leftovers(path)
    if not is_encrypted(path):
        raise WorkspaceError("{path} is not encrypted; nothing was changed.", path=path)
    if not opens(path, passphrase):
        raise wrong_passphrase(path)
    with _held(path, converting=True, passphrase=passphrase), _unchanged_on_failure(path):
        _fold_wal(path, passphrase)
        _convert(module, path, passphrase, None, wipe=False)
    forget(path)
    return _convert_copies(module, path, passphrase, None)


def _convert_copies(
    module: ModuleType, path: Path, key: str | None, new_key: str | None
) -> Converted:
    """Convert the backups and set-aside files of ``path`` as the workspace was.

    Those converted already are skipped; one that cannot be converted (another
    passphrase, unreadable) is left as it was and named in ``left``.
    """
    done = Converted(path)
    for copy in copies_of(path):
        if is_encrypted(copy) == (key is None):
            continue  # already as the workspace is now
        if key is not None and not opens(copy, key):
            done.left.append(copy)
            continue
        try:
            _fold_wal(copy, key)
            _convert(module, copy, key, new_key, wipe=key is None)
        except db_errors(WorkspaceError, OSError):
            done.left.append(copy)
            continue
        done.copies.append(copy)
    return done


def create_encrypted(path: Path, passphrase: str) -> Path:
    """A new, empty workspace at ``path``, encrypted from the start.

    The schema is written into a plain temporary file beside it (it holds no
    data yet), which is encrypted into place and removed.
    """
    from model.workspace import open_workspace

    _check_password_text(passphrase)
    module = sqlcipher()
    path = _key(path)
    if path.exists():
        raise WorkspaceError(
            "{path} exists already; choose another name for the new workspace.", path=path
        )
    scratch = path.with_name(f".{path.name}.{os.getpid()}.new")
    for leftover in _with_side_files(scratch):
        leftover.unlink(missing_ok=True)
    try:
        open_workspace(scratch, create=True).close()
        _fold_wal(scratch, None)
        _export(module, scratch, None, path, passphrase)
    finally:
        for leftover in _with_side_files(scratch):
            leftover.unlink(missing_ok=True)
    remember(path, passphrase)
    return path


@contextmanager
def _unchanged_on_failure(path: Path) -> Iterator[None]:
    """A database error while converting (a lock, a full disk) as a readable refusal.

    The file is replaced only at the end, by a rename, so it is as it was.
    """
    try:
        yield
    except db_errors() as exc:
        raise WorkspaceError(
            "Cannot convert {path}: {reason}. Nothing was changed.", path=path, reason=exc
        ) from exc


def _must_be_file(path: Path) -> None:
    if path.is_dir():
        raise WorkspaceError("{path} is a folder, not a workspace file.", path=path)
    if not path.is_file():
        raise WorkspaceError("No workspace at {path}.", path=path)


def _with_side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("", *_SIDE_FILES)]


def _fold_wal(path: Path, passphrase: str | None) -> None:
    """Copy the file's ``-wal`` into it and empty it (the file must be closed elsewhere)."""
    if not path.with_name(path.name + "-wal").exists():
        return
    con = connect(path, passphrase=passphrase)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        con.close()


def _export(
    module: ModuleType, source: Path, key: str | None, target: Path, new_key: str | None
) -> None:
    """Write ``source`` (key ``key``, None: plain) to ``target`` (``new_key``) atomically."""
    from model.files import save_with

    def write(temporary: Path) -> None:
        # A plain source is opened with SQLCipher too: sqlcipher_export is its function.
        con = connect(source, passphrase=key) if key is not None else module.connect(str(source))
        try:
            con.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temporary), new_key or ""))
            con.execute("SELECT sqlcipher_export('converted')").fetchall()
            version = con.execute("PRAGMA main.user_version").fetchone()[0]
            con.execute(f"PRAGMA converted.user_version = {int(version)}")
            con.execute("DETACH DATABASE converted")
        except module.Error as exc:
            raise OSError(str(exc)) from exc
        finally:
            con.close()
        check = connect(temporary, passphrase=new_key) if new_key else sqlite3.connect(temporary)
        try:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise OSError(f"the converted copy of {source} does not read back whole")
        finally:
            check.close()

    save_with(target, write)


def _convert(
    module: ModuleType, path: Path, key: str | None, new_key: str | None, *, wipe: bool
) -> None:
    """Replace ``path`` by its conversion; with ``wipe`` zero the old content afterwards."""
    with _old_content(path, wipe):
        _export(module, path, key, path, new_key)
    for side in _with_side_files(path)[1:]:
        with _old_content(side, wipe):
            side.unlink(missing_ok=True)


_OPEN_FILES_BLOCK_RENAME = os.name == "nt"
"""Windows: a file held open (without sharing its deletion) cannot be renamed over or removed."""


@contextmanager
def _old_content(path: Path, wipe: bool) -> Iterator[None]:
    """Keep hold of ``path``'s old content while it is replaced; then overwrite it.

    Once the new file is in place the old one has no name, and its blocks are
    overwritten with zeros (on copy-on-write file systems and SSDs the old
    blocks may survive on the device; see docs/encryption.md). The hold is a
    handle on the old file, or on Windows, where a held file cannot be replaced,
    a second name (a hard link) removed afterwards. Only content that no name
    leads to any more is zeroed: when the replacement fails (a full disk, the
    file open elsewhere) the file is left exactly as it was, and content that
    still has another name (a hard-link backup such as rsnapshot's or Time
    Machine's) is the user's copy and left alone.
    """
    if not wipe:
        yield
        return
    handle = None
    aside = None
    if _OPEN_FILES_BLOCK_RENAME:
        aside = _wiping_name(path)
        try:
            os.link(path, aside)
        except OSError:
            aside = None  # no hard links here (FAT, some network folders): not zeroed
    else:
        with suppress(OSError):
            handle = open(path, "r+b")  # noqa: SIM115 (closed below)
    replaced = False
    try:
        yield
        replaced = True
    finally:
        if aside is not None:
            if replaced and not _names_same_file(path, aside) and _names(aside) == 1:
                _zero_file(aside)
            with suppress(OSError):
                aside.unlink()
        if handle is not None:
            with suppress(OSError):
                if replaced and os.fstat(handle.fileno()).st_nlink == 0:
                    _zero(handle)
            handle.close()


def _wiping_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.wiping")


def _names_same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _names(path: Path) -> int:
    """How many names the file at ``path`` has (0 when it cannot be told)."""
    try:
        return os.stat(path).st_nlink
    except OSError:
        return 0


def _zero_file(path: Path) -> None:
    with suppress(OSError), open(path, "r+b") as handle:
        _zero(handle)


def _wipe_leftovers(path: Path) -> None:
    """Zero and remove second names of old plain content left by a crash (Windows).

    A crash before the replacement leaves a second name of the live file (the
    workspace or a backup): such a name is only removed, never zeroed; content
    is zeroed only when the leftover is its last name.
    """
    try:
        names = list(path.parent.iterdir())
    except OSError:
        return
    for leftover in names:
        if not (leftover.name.startswith(f".{path.name}.") and leftover.name.endswith(".wiping")):
            continue
        if _names(leftover) == 1:
            _zero_file(leftover)
        with suppress(OSError):
            leftover.unlink()


def _zero(handle: Any) -> None:
    size = os.fstat(handle.fileno()).st_size
    handle.seek(0)
    block = b"\0" * 65536
    left = size
    while left > 0:
        handle.write(block[: min(left, len(block))])
        left -= len(block)
    handle.flush()
    sync_to_disk(handle.fileno())
