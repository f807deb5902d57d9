"""Workspaces encrypted at rest: round trip, wrong passphrases, backups, check, first paint."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import keyring.errors
import pytest
from keyrings import MemoryKeyring, no_outside_keys, using  # noqa: F401 (autouse fixture)
from old_files import at_0001_with_acme

from model import encryption
from model.backups import copy_to_look, daily_backup, list_backups, restore_backup
from model.check import check_workspace
from model.encryption import (
    ENV_VAR,
    HEADER,
    PassphraseNeeded,
    WrongPassphrase,
    create_encrypted,
    decrypt_workspace,
    encrypt_workspace,
    is_encrypted,
)
from model.errors import WorkspaceError
from model.quickread import preview_accounts
from model.rows import account_rows
from model.services.accounts import create_account
from model.workspace import open_workspace

MARKER = "Marker-Account-7Q3Z"
PASSPHRASE = "correct horse 'battery' staple"


def plain_workspace(path: Path, *names: str) -> Path:
    ws = open_workspace(path, create=True)
    for name in names or (MARKER,):
        with ws.begin() as session:
            create_account(session, {"name": name})
    ws.close()
    return path


def encrypted_workspace(path: Path, *names: str) -> Path:
    """A workspace encrypted with PASSPHRASE, its key held by no one (a new process)."""
    encrypt_workspace(plain_workspace(path, *names), PASSPHRASE)
    encryption.forget_all()
    return path


@pytest.fixture(params=[False, True], ids=["posix", "windows"])
def windows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways of holding old content while it is replaced: a handle, or (Windows) a link."""
    flag = bool(request.param)
    monkeypatch.setattr(encryption, "_OPEN_FILES_BLOCK_RENAME", flag)
    return flag


def rows_of(path: Path) -> list[object]:
    ws = open_workspace(path)
    try:
        with ws.sessions() as session:
            return list(account_rows(session))
    finally:
        ws.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_encrypted(path: Path) -> None:
    data = path.read_bytes()
    assert not data.startswith(HEADER), path
    assert MARKER.encode() not in data, path
    assert is_encrypted(path)


def test_round_trip_encrypt_open_decrypt(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path / "w.kan")
    before = rows_of(path)
    encrypt_workspace(path, PASSPHRASE)
    assert_encrypted(path)
    # No plain -wal or -shm is left beside the encrypted file.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan"]
    encryption.forget_all()
    with pytest.raises(PassphraseNeeded) as needed:
        open_workspace(path)
    assert str(path) in needed.value.message
    encryption.remember(path, PASSPHRASE)
    assert rows_of(path) == before
    # Edits land encrypted too (through the WAL, then checkpointed into the file).
    ws = open_workspace(path)
    with ws.begin() as session:
        create_account(session, {"name": MARKER + "-2"})
    ws.checkpoint()
    ws.close()
    assert_encrypted(path)
    decrypt_workspace(path, PASSPHRASE)
    assert path.read_bytes().startswith(HEADER)
    encryption.forget_all()
    assert [r.name for r in rows_of(path)] == [MARKER, MARKER + "-2"]


def test_the_plain_content_is_overwritten_not_just_unlinked(tmp_path: Path, windows: bool) -> None:
    """Seen through a descriptor kept open on the old content (which has no name after)."""
    path = plain_workspace(tmp_path / "w.kan")
    size = path.stat().st_size
    old = os.open(path, os.O_RDONLY)
    try:
        assert MARKER.encode() in os.pread(old, size, 0)
        encrypt_workspace(path, PASSPHRASE)
        assert os.pread(old, size, 0) == b"\0" * size
    finally:
        os.close(old)
    assert_encrypted(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan"]


def test_a_hard_link_backup_of_the_plain_file_is_the_users_and_kept(
    tmp_path: Path, windows: bool
) -> None:
    """rsnapshot, Time Machine and cp -l keep an unchanged file as another name of it."""
    path = plain_workspace(tmp_path / "w.kan")
    (tmp_path / "snapshot").mkdir()
    kept = tmp_path / "snapshot" / "w.kan"
    os.link(path, kept)
    before = digest(kept)
    encrypt_workspace(path, PASSPHRASE)
    assert_encrypted(path)
    assert digest(kept) == before
    assert [r.name for r in rows_of(kept)] == [MARKER]


def test_a_wrong_passphrase_changes_nothing_and_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = encrypted_workspace(tmp_path / "w.kan")
    before = digest(path)
    with pytest.raises(WrongPassphrase) as wrong:
        decrypt_workspace(path, "not it")
    assert str(path) in wrong.value.message
    assert digest(path) == before
    assert not encryption.opens(path, "not it")
    monkeypatch.setenv(ENV_VAR, "not it either")
    with pytest.raises(WrongPassphrase) as from_env:
        open_workspace(path)
    assert ENV_VAR in from_env.value.message and str(path) in from_env.value.message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan"]
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    assert [r.name for r in rows_of(path)] == [MARKER]


def test_encrypting_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="No workspace"):
        encrypt_workspace(tmp_path / "none.kan", PASSPHRASE)
    path = plain_workspace(tmp_path / "w.kan")
    with pytest.raises(WorkspaceError, match="must not be empty"):
        encrypt_workspace(path, "")
    with pytest.raises(WorkspaceError, match="not encrypted"):
        decrypt_workspace(path, PASSPHRASE)
    ws = open_workspace(path)  # open in a window: the file must not be replaced under it
    try:
        before = digest(path)
        with pytest.raises(WorkspaceError, match="is open in"):
            encrypt_workspace(path, PASSPHRASE)
        assert digest(path) == before
    finally:
        ws.close()
    encrypt_workspace(path, PASSPHRASE)
    with pytest.raises(WorkspaceError, match="encrypted already"):
        encrypt_workspace(path, PASSPHRASE)


def test_backups_stay_encrypted_and_restore(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path / "w.kan")
    plain_backup = daily_backup(path, datetime(2026, 3, 1, 9, 0))
    assert plain_backup is not None and MARKER.encode() in plain_backup.read_bytes()
    done = encrypt_workspace(path, PASSPHRASE)
    # The backup made before was encrypted with the workspace: no plain copy stays.
    assert done.copies == [plain_backup] and not done.left
    assert_encrypted(plain_backup)
    encryption.forget_all()
    encryption.remember(path, PASSPHRASE)  # as opening the workspace does
    daily = daily_backup(path, datetime(2026, 3, 2, 9, 0))
    assert daily is not None
    assert_encrypted(daily)
    listed = {b.path: b for b in list_backups(path, verify=True)}
    assert listed[daily].usable and listed[plain_backup].usable, listed
    ws = open_workspace(path)
    with ws.begin() as session:
        create_account(session, {"name": "Later"})
    ws.close()
    restored = restore_backup(path, daily)
    assert_encrypted(path)
    assert restored.kept is not None
    assert_encrypted(restored.kept)
    assert [r.name for r in rows_of(path)] == [MARKER]
    # A copy made to look at a backup (File → Restore from backup… → Look) is encrypted too.
    look = copy_to_look(daily, tmp_path / "look")
    assert_encrypted(look)
    assert [r.name for r in rows_of(look)] == [MARKER]
    # Without the passphrase a backup is neither listed as usable nor restorable.
    encryption.forget_all()
    assert not any(b.usable for b in list_backups(path, verify=True))
    with pytest.raises(WorkspaceError, match="passphrase"):
        restore_backup(path, daily)


def test_the_backup_before_an_upgrade_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.kan"
    at_0001_with_acme(path).dispose()
    encrypt_workspace(path, PASSPHRASE)
    ws = open_workspace(path)  # upgrades, after a backup
    try:
        assert ws.backup is not None
        backup = ws.backup
    finally:
        ws.close()
    assert ".backup-0001-" in backup.name
    data = backup.read_bytes()
    assert not data.startswith(HEADER) and b"Acme" not in data
    assert not path.read_bytes().startswith(HEADER)


def test_check_needs_the_passphrase_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = encrypted_workspace(tmp_path / "w.kan")
    report = check_workspace(path)
    assert report.codes == ["file.passphrase"]
    assert "encrypted" in report.findings[0].message and ENV_VAR in report.findings[0].message
    monkeypatch.setenv(ENV_VAR, "wrong")
    assert check_workspace(path).codes == ["file.passphrase"]
    monkeypatch.setenv(ENV_VAR, PASSPHRASE)
    report = check_workspace(path, full=True)
    assert report.ok and report.rules_checked and report.revision is not None


def test_first_paint_only_with_a_known_key(tmp_path: Path) -> None:
    path = plain_workspace(tmp_path / "w.kan", MARKER, "Zeta")
    full = rows_of(path)
    encrypt_workspace(path, PASSPHRASE)
    encryption.forget_all()
    with using(MemoryKeyring()):  # a saved passphrase is not looked up for the first paint
        encryption.save_passphrase(path, PASSPHRASE)
        assert preview_accounts(path) is None
    encryption.remember(path, PASSPHRASE)
    assert preview_accounts(path) == full


def test_the_keyring_gives_a_saved_passphrase_and_a_stale_one_is_passed_over(
    tmp_path: Path,
) -> None:
    path = encrypted_workspace(tmp_path / "w.kan")
    with using(MemoryKeyring()):
        assert encryption.keyring_available()
        assert encryption.save_passphrase(path, "stale")
        assert encryption.unlock(path) is None
        assert encryption.save_passphrase(path, PASSPHRASE)
        assert encryption.unlock(path) == PASSPHRASE
        assert [r.name for r in rows_of(path)] == [MARKER]
    assert not encryption.keyring_available()
    assert not encryption.save_passphrase(path, PASSPHRASE)


def test_create_encrypted_makes_a_current_workspace(tmp_path: Path) -> None:
    path = tmp_path / "new.kan"
    create_encrypted(path, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.kan"]
    assert not path.read_bytes().startswith(HEADER)
    ws = open_workspace(path)
    try:
        assert ws.backup is None  # current already: no upgrade
        with ws.begin() as session:
            create_account(session, {"name": MARKER})
    finally:
        ws.close()
    assert_encrypted(path)
    with pytest.raises(WorkspaceError, match="exists already"):
        create_encrypted(path, PASSPHRASE)


def test_copies_are_found_under_their_workspace() -> None:
    owner = Path("/w/team.kan")
    for name in (
        "team.kan.backup-daily-20260301-090000",
        "team.kan.backup-0001-20260301-090000-2",
        "team.kan.replaced-20260301-090000",
        "team.kan.damaged-20260301-090000",
        ".team.kan.backup-daily-20260301-090000.77.partial",
        ".team.kan.restoring",
        "..team.kan.restoring.77.partial",
    ):
        assert encryption.owner_of(Path("/w") / name) == owner, name


def test_a_file_of_whole_pages_without_the_header_counts_as_encrypted(tmp_path: Path) -> None:
    text = tmp_path / "notes.kan"
    text.write_bytes(b"not a database " * 100)
    assert not is_encrypted(text)
    assert not is_encrypted(tmp_path / "missing.kan")
    pages = tmp_path / "pages.kan"
    pages.write_bytes(os.urandom(4096))
    assert is_encrypted(pages)
    with pytest.raises(PassphraseNeeded, match="or is not a workspace file"):
        open_workspace(pages)


def test_opening_a_plain_workspace_loads_neither_sqlcipher_nor_the_keyring(
    tmp_path: Path,
) -> None:
    path = plain_workspace(tmp_path / "w.kan")
    code = (
        "import sys; from pathlib import Path\n"
        "from model.workspace import open_workspace\n"
        "from model.quickread import preview_accounts\n"
        "from model.backups import daily_backup\n"
        "from model.check import check_workspace\n"
        f"p = Path({str(path)!r})\n"
        "assert preview_accounts(p)\n"
        "open_workspace(p).close()\n"
        "daily_backup(p)\n"
        "assert check_workspace(p).ok\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlcipher3', 'keyring'))))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]", out.stderr


def test_a_later_edit_after_the_wal_is_folded_in(tmp_path: Path) -> None:
    """A workspace left with its -wal (a crash) is encrypted with what the WAL holds."""
    path = plain_workspace(tmp_path / "w.kan")
    ws = open_workspace(path)
    with ws.begin() as session:
        create_account(session, {"name": "In the WAL"})
    # Not closed cleanly: the lock is released but the -wal is left with the edit.
    wal = path.with_name(path.name + "-wal")
    copy = tmp_path / "crashed.kan"
    copy.write_bytes(path.read_bytes())
    copy.with_name(copy.name + "-wal").write_bytes(wal.read_bytes())
    ws.close()
    assert copy.with_name(copy.name + "-wal").stat().st_size > 0
    encrypt_workspace(copy, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crashed.kan", "w.kan"]
    assert [r.name for r in rows_of(copy)] == ["In the WAL", MARKER]


def test_a_damaged_encrypted_file_is_found_once_its_passphrase_is_held(tmp_path: Path) -> None:
    from model.backups import integrity_problem

    path = plain_workspace(tmp_path / "w.kan", *(f"Account {n:03}" for n in range(150)))
    encrypt_workspace(path, PASSPHRASE)
    assert integrity_problem(path) is None
    data = bytearray(path.read_bytes())
    # Every page but the first (which says how to open the file): some are free
    # pages, which no check reads, and which those are moves with each migration.
    for page in range(4096, len(data), 4096):
        data[page + 100 : page + 200] = b"\xff" * 100
    path.write_bytes(bytes(data))
    assert integrity_problem(path)  # the pages no longer decrypt
    encryption.forget_all()
    assert integrity_problem(path) is None  # not known: the open asks first


def _disk_full_when(monkeypatch: pytest.MonkeyPatch, fails: Callable[[str], bool]) -> None:
    """The rename that puts a converted file in place fails (a full disk) for some targets."""
    from model import files

    real = os.replace

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if fails(os.fspath(target)):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(source, target)

    monkeypatch.setattr(files.os, "replace", replace)


def test_a_failed_encryption_leaves_the_plain_file_and_its_backups_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows: bool
) -> None:
    """The old content is zeroed only once it has been replaced, never after a failure."""
    path = plain_workspace(tmp_path / "w.kan")
    backup = daily_backup(path, datetime(2026, 3, 1, 9, 0))
    assert backup is not None
    before, backup_before = digest(path), digest(backup)
    _disk_full_when(monkeypatch, lambda target: True)
    with pytest.raises(WorkspaceError, match="No space left"):
        encrypt_workspace(path, PASSPHRASE)
    assert digest(path) == before and digest(backup) == backup_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan", backup.name]
    # The workspace converts, a backup that cannot be written is left whole and named.
    monkeypatch.undo()
    monkeypatch.setattr(encryption, "_OPEN_FILES_BLOCK_RENAME", windows)
    _disk_full_when(monkeypatch, lambda target: ".backup-" in target)
    done = encrypt_workspace(path, PASSPHRASE)
    assert done.left == [backup] and not done.copies
    assert_encrypted(path)
    assert digest(backup) == backup_before
    assert [r.name for r in rows_of(backup)] == [MARKER]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan", backup.name]


def test_on_windows_a_second_name_left_by_a_crash_is_zeroed_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot replace a file held open: the old content is held by a hard link,
    which a crash may leave behind; the next encryption zeroes and removes it."""
    monkeypatch.setattr(encryption, "_OPEN_FILES_BLOCK_RENAME", True)
    path = plain_workspace(tmp_path / "w.kan")
    crashed = tmp_path / ".w.kan.999.wiping"
    crashed.write_bytes(path.read_bytes())
    kept = os.open(crashed, os.O_RDONLY)
    try:
        encrypt_workspace(path, PASSPHRASE)
        assert os.pread(kept, 4096, 0) == b"\0" * 4096
    finally:
        os.close(kept)
    assert_encrypted(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan"]
    assert [r.name for r in rows_of(path)] == [MARKER]


class BrokenKeyring(MemoryKeyring):
    """A keyring that fails as a locked one or one without its D-Bus session does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("org.freedesktop.DBus.Error.ServiceUnknown")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.NoReply")


class UndecidedKeyring(MemoryKeyring):
    """A backend whose priority cannot be told (its library fails when asked).

    Only once ``armed``: keyring looks at every backend class it knows when it
    chooses one, and this one must not get in the way of other tests.
    """

    armed = False

    @property
    def priority(self) -> float:  # type: ignore[override]
        if self.armed:
            raise RuntimeError("No D-Bus session bus")
        return 0

    @staticmethod
    def ready() -> UndecidedKeyring:
        made = UndecidedKeyring()
        made.armed = True
        return made


def test_a_keyring_that_fails_is_no_keyring_and_the_passphrase_is_asked_for(
    tmp_path: Path,
) -> None:
    path = encrypted_workspace(tmp_path / "w.kan")
    for broken in (BrokenKeyring(), UndecidedKeyring.ready()):
        with using(broken):
            assert encryption.unlock(path) is None  # the prompt comes next
            assert encryption.saved_passphrase(path) is None
            assert not encryption.save_passphrase(path, PASSPHRASE)
            encryption.delete_saved_passphrase(path)
            with pytest.raises(PassphraseNeeded):
                open_workspace(path)
            assert check_workspace(path).codes == ["file.passphrase"]


def test_without_sqlcipher_plain_workspaces_work_and_encrypted_ones_say_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Platforms without a sqlcipher3 wheel: its import fails."""
    secret = encrypted_workspace(tmp_path / "secret.kan")
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)
    assert not encryption.available()
    path = plain_workspace(tmp_path / "w.kan")
    assert daily_backup(path, datetime(2026, 3, 1, 9, 0)) is not None
    assert check_workspace(path).ok
    assert preview_accounts(path) == rows_of(path)
    with pytest.raises(encryption.EncryptionUnavailable, match="not installed"):
        encrypt_workspace(path, PASSPHRASE)
    with pytest.raises(encryption.EncryptionUnavailable, match="not installed"):
        create_encrypted(tmp_path / "new.kan", PASSPHRASE)
    assert [r.name for r in rows_of(path)] == [MARKER]
    before = digest(secret)
    with pytest.raises(encryption.EncryptionUnavailable) as opening:
        open_workspace(secret)
    assert str(secret) in opening.value.message and "cannot read" in opening.value.message
    report = check_workspace(secret)
    assert report.codes == ["file.passphrase"]
    assert "cannot read encrypted" in report.findings[0].message
    with pytest.raises(encryption.EncryptionUnavailable):
        decrypt_workspace(secret, PASSPHRASE)
    assert digest(secret) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["secret.kan", "w.kan", *(p.name for p in tmp_path.glob("w.kan.backup-*"))]
    )


def test_a_mistyped_passphrase_is_not_kept_in_memory(tmp_path: Path) -> None:
    """A wrong guess may be another of the user's passwords: nothing derived from it stays."""
    path = encrypted_workspace(tmp_path / "w.kan")
    assert not encryption.opens(path, "my bank password")
    assert encryption.opens(path, PASSPHRASE)
    held = [passphrase for passphrase, _salt in encryption._raw_keys]
    assert held == [PASSPHRASE]


def test_a_second_name_left_before_the_replacement_is_removed_not_zeroed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash on Windows before the rename leaves a hard link to the live plain file."""
    monkeypatch.setattr(encryption, "_OPEN_FILES_BLOCK_RENAME", True)
    path = plain_workspace(tmp_path / "w.kan")
    backup = daily_backup(path, datetime(2026, 3, 1, 9, 0))
    assert backup is not None
    os.link(path, tmp_path / ".w.kan.999.wiping")
    os.link(backup, tmp_path / f".{backup.name}.999.wiping")
    done = encrypt_workspace(path, PASSPHRASE)
    assert done.copies == [backup] and not done.left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan", backup.name]
    encryption.forget_all()
    decrypt_workspace(path, PASSPHRASE)
    assert [r.name for r in rows_of(path)] == [MARKER]
    assert [r.name for r in rows_of(backup)] == [MARKER]


@pytest.mark.parametrize("locks", [True, False], ids=["posix", "no-fcntl"])
def test_a_second_window_on_the_file_stops_a_conversion_or_a_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locks: bool
) -> None:
    """The lock names only the first window; a second one (or a command) holds none,
    and Windows has no such locks at all.

    Had the file been replaced under it, its later edits would land in the old,
    zeroed file and be lost.
    """
    if not locks:
        monkeypatch.setitem(sys.modules, "fcntl", None)  # as on Windows
    path = plain_workspace(tmp_path / "w.kan")
    backup = daily_backup(path, datetime(2026, 3, 1, 9, 0))
    assert backup is not None
    first = open_workspace(path)  # holds the lock
    second = open_workspace(path)  # told about the first; holds no lock
    with second.sessions() as session:
        assert len(account_rows(session)) == 1
    first.close()  # as the first window does before it encrypts
    before = digest(path)
    for attempt, doing in (
        (lambda: encrypt_workspace(path, PASSPHRASE), "before encrypting or decrypting it"),
        (lambda: restore_backup(path, backup), "before restoring a backup"),
    ):
        with pytest.raises(WorkspaceError) as refused:
            attempt()
        message = refused.value.message
        assert "another window or program" in message and doing in message
        assert str(path) in message
    with second.begin() as session:
        create_account(session, {"name": "From the second window"})
    second.close()
    assert digest(path) != before  # the second window's edit is in the file itself
    encrypt_workspace(path, PASSPHRASE)
    assert [r.name for r in rows_of(path)] == ["From the second window", MARKER]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.kan", backup.name]
    # Decrypting too, with the key given rather than held.
    first, second = open_workspace(path), open_workspace(path)
    with second.sessions() as session:
        assert len(account_rows(session)) == 2
    first.close()
    encryption.forget_all()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="another window or program"):
        decrypt_workspace(path, PASSPHRASE)
    assert digest(path) == before
    second.close()
    decrypt_workspace(path, PASSPHRASE)
    assert [r.name for r in rows_of(path)] == ["From the second window", MARKER]
