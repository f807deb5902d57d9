"""Backups the user can see and restore: thinning, listing, restoring, damaged files, CLI."""

from __future__ import annotations

import fcntl
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.cli import main
from model.backups import (
    backups_to_keep,
    daily_backup,
    integrity_problem,
    list_backups,
    newest_good_backup,
    quick_check,
    rescue_damaged,
    restore_backup,
    set_aside,
    thin,
)
from model.errors import WorkspaceError
from model.schema import readonly_uri
from model.services import accounts
from model.workspace import make_engine, migrate, open_workspace, url_for

# --- helpers ------------------------------------------------------------------------


def _daily(day: date, hms: str = "090000") -> str:
    return f"w.kan.backup-daily-{day:%Y%m%d}-{hms}"


def _workspace(path: Path, *names: str) -> Path:
    ws = open_workspace(path, create=True)
    with ws.begin() as s:
        for name in names:
            accounts.create_account(s, {"name": name})
    ws.close()
    return path


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM accounts ORDER BY name")]
    finally:
        con.close()


def _rename(path: Path, old: str, new: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE accounts SET name = ? WHERE name = ?", (new, old))
    con.close()


def damage(path: Path) -> None:
    """Overwrite the accounts table's root page: quick_check fails, the schema still reads."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='accounts'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# --- what to keep: a pure function over names and days ------------------------------------


def _a_year_of_daily_opens(first: date, last: date) -> list[tuple[str, date]]:
    """Open the workspace once a day and thin after each backup, as the app does."""
    kept: list[tuple[str, date]] = []
    day = first
    while day <= last:
        kept.append((_daily(day), day))
        names = backups_to_keep(kept, day)
        kept = [k for k in kept if k[0] in names]
        day += timedelta(days=1)
    return kept


def test_a_year_of_daily_opens_keeps_7_daily_4_weekly_and_12_monthly() -> None:
    kept = _a_year_of_daily_opens(date(2024, 1, 1), date(2024, 12, 31))
    daily = {date(2024, 12, d) for d in range(25, 32)}
    # ISO weeks: Mon 30 Dec starts 2025-W01, so the four newest weeks end 31, 29, 22, 15 Dec.
    weekly = {date(2024, 12, 31), date(2024, 12, 29), date(2024, 12, 22), date(2024, 12, 15)}
    month_ends = {date(2024, m + 1, 1) - timedelta(days=1) for m in range(1, 12)}
    month_ends.add(date(2024, 12, 31))
    assert date(2024, 2, 29) in month_ends
    assert {day for _name, day in kept} == daily | weekly | month_ends
    assert len(kept) == 20


def test_thinning_every_day_keeps_what_thinning_once_keeps() -> None:
    year = [
        (_daily(date(2024, 1, 1) + timedelta(days=n)), date(2024, 1, 1) + timedelta(days=n))
        for n in range(366)
    ]
    once = backups_to_keep(year, date(2024, 12, 31))
    every_day = _a_year_of_daily_opens(date(2024, 1, 1), date(2024, 12, 31))
    assert once == {name for name, _day in every_day}


def test_a_user_away_for_months_keeps_the_backups_from_before() -> None:
    rare = [(_daily(date(2024, m, 1)), date(2024, m, 1)) for m in (1, 2, 3)]
    assert backups_to_keep(rare, date(2024, 12, 31)) == {name for name, _ in rare}


def test_the_newest_of_a_day_counts_for_the_day() -> None:
    day = date(2024, 5, 6)
    morning, evening = _daily(day, "080000"), _daily(day, "200000")
    older = [(_daily(day - timedelta(days=n)), day - timedelta(days=n)) for n in range(1, 7)]
    kept = backups_to_keep([(morning, day), (evening, day), *older], day)
    assert evening in kept and morning not in kept


def test_upgrade_backups_stay_12_months_and_other_files_always() -> None:
    today = date(2024, 12, 31)
    recent = "w.kan.backup-0002-20240301-080000"
    old = "w.kan.backup-0002-20231215-080000"
    others = [
        "w.kan.replaced-20200101-000000",  # the file a restore replaced: never deleted
        "w.kan.backup-mine-20200101-000000",  # a tag this version does not know
        "w.kan.notes",
    ]
    pairs = [(recent, date(2024, 3, 1)), (old, date(2023, 12, 15))]
    pairs += [(n, date(2020, 1, 1)) for n in others]
    assert backups_to_keep(pairs, today) == {recent, *others}


def test_a_protected_backup_is_kept_whatever_its_age() -> None:
    today = date(2024, 12, 31)
    pairs = [(_daily(today - timedelta(days=n)), today - timedelta(days=n)) for n in range(60)]
    dropped = _daily(today - timedelta(days=40))  # neither day, week nor month end
    assert dropped not in backups_to_keep(pairs, today)
    assert dropped in backups_to_keep(pairs, today, protect={dropped})


# --- daily backups on disk ---------------------------------------------------------------


def test_a_daily_backup_is_made_on_the_first_open_of_a_local_day(
    tmp_path: Path, local_zone: str
) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    made = daily_backup(path)
    assert made is not None
    assert daily_backup(path) is None  # the second open that day
    (info,) = list_backups(path)
    assert info.kind == "daily" and info.path == made
    assert info.taken_at.date() == datetime.now(ZoneInfo(local_zone)).date()
    assert quick_check(made) == "ok" and _names(made) == ["Acme"]
    tomorrow = daily_backup(path, today=info.taken_at.date() + timedelta(days=1))
    assert tomorrow is not None and tomorrow != made
    left = [n for n in _files(tmp_path) if "partial" in n or n.startswith("w.kan.backup")]
    assert not [n for n in left if "partial" in n or n.endswith(("-wal", "-shm"))]


def test_daily_backups_on_disk_are_thinned(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    shutil.copy(path, tmp_path / "w.kan.backup-0001-20230101-000000")  # upgrade, > 12 months
    shutil.copy(path, tmp_path / "w.kan.replaced-20230101-000000")  # a restore kept it
    first = date(2025, 1, 20)
    for n in range(24):  # 20 January to 12 February 2025, 7 days of it in each week
        assert daily_backup(path, today=first + timedelta(days=n)) is not None
    days = sorted(b.taken_at.date() for b in list_backups(path) if b.kind == "daily")
    # Sundays 26 Jan, 2 and 9 Feb end their weeks; 31 Jan ends its month.
    expected = [date(2025, 1, 26), date(2025, 1, 31), date(2025, 2, 2)]
    expected += [date(2025, 2, d) for d in range(6, 13)]
    assert days == expected
    assert "w.kan.backup-0001-20230101-000000" not in _files(tmp_path)
    assert "w.kan.replaced-20230101-000000" in _files(tmp_path)


def test_the_newest_good_backup_is_never_thinned(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    good = daily_backup(path, today=date(2025, 3, 3))  # a Monday
    assert good is not None
    for day in range(4, 11):  # a week of backups that no longer read back
        (tmp_path / _daily(date(2025, 3, day))).write_bytes(b"damaged " * 512)
    deleted = thin(path, date(2025, 3, 10))
    assert deleted == []
    assert good.exists()
    assert newest_good_backup(path) is not None
    assert newest_good_backup(path).path == good  # type: ignore[union-attr]


# --- listing ------------------------------------------------------------------------------


def test_list_backups_names_when_kind_size_schema_and_problems(tmp_path: Path) -> None:
    path = tmp_path / "w.kan"
    engine = make_engine(url_for(path))
    migrate(engine, url_for(path), "0001")
    engine.dispose()
    open_workspace(path).close()  # upgraded, after a backup at 0001
    day = date.today() + timedelta(days=1)  # the dailies come after that backup
    daily = daily_backup(path, today=day)
    assert daily is not None
    newer = tmp_path / _daily(day + timedelta(days=1))
    shutil.copy(daily, newer)
    con = sqlite3.connect(newer)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    broken = tmp_path / _daily(day + timedelta(days=2))
    broken.write_bytes(b"\x00" * 4096)
    (tmp_path / "other.kan.backup-daily-20250601-080000").write_bytes(b"")  # not ours

    listed = list_backups(path, verify=True)
    assert [b.path for b in listed][:3] == [broken, newer, daily]
    by_path = {b.path: b for b in listed}
    upgrade = listed[3]
    assert upgrade.kind == "upgrade" and upgrade.path.name.startswith("w.kan.backup-0001-")
    assert upgrade.revision == "0001" and upgrade.usable
    assert by_path[daily].kind == "daily" and by_path[daily].usable
    assert by_path[daily].size == daily.stat().st_size
    assert by_path[daily].taken_at.date() == day
    assert not by_path[newer].usable and "9999" in by_path[newer].problem
    assert by_path[broken].ok is False and not by_path[broken].usable
    assert len(listed) == 4
    assert newest_good_backup(path).path == daily  # type: ignore[union-attr]


def test_backups_are_listed_when_the_workspace_itself_is_gone(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    daily_backup(path)
    path.unlink()
    assert [b.kind for b in list_backups(path)] == ["daily"]


# --- restoring ----------------------------------------------------------------------------


def test_restore_brings_the_data_back_and_keeps_the_current_file_aside(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    backup = daily_backup(path)
    assert backup is not None
    _rename(path, "Acme", "Renamed later")

    done = restore_backup(path, backup)

    assert _names(path) == ["Acme"]
    assert quick_check(path) == "ok"
    assert done.kept is not None and done.kept.name.startswith("w.kan.replaced-")
    assert _names(done.kept) == ["Renamed later"]  # nothing lost: the replaced file kept
    assert backup.exists() and _names(backup) == ["Acme"]
    ws = open_workspace(path)  # it opens as a workspace again
    ws.close()
    assert not [n for n in _files(tmp_path) if "restoring" in n or "partial" in n]


def test_setting_aside_moves_the_wal_with_the_file(tmp_path: Path) -> None:
    """A file left by a crash has its last commits in -wal; they go along."""
    live = _workspace(tmp_path / "live.kan", "Acme")
    con = sqlite3.connect(live)
    con.execute("PRAGMA journal_mode=WAL")
    with con:
        con.execute("UPDATE accounts SET name = 'only in the WAL'")
    crashed = tmp_path / "w.kan"
    for suffix in ("", "-wal"):  # what a kill -9 leaves on disk
        shutil.copy(live.with_name(live.name + suffix), crashed.with_name(crashed.name + suffix))
    con.close()

    aside = set_aside(crashed, "replaced")

    assert aside is not None and not crashed.exists()
    assert aside.with_name(aside.name + "-wal").exists()
    assert not crashed.with_name("w.kan-wal").exists()
    assert _names(aside) == ["only in the WAL"]


def test_restore_refuses_a_broken_or_newer_backup_and_changes_nothing(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    good = daily_backup(path)
    assert good is not None
    broken = tmp_path / "w.kan.backup-daily-20200101-000000"
    shutil.copy(good, broken)
    damage(broken)
    newer = tmp_path / "w.kan.backup-daily-20200102-000000"
    shutil.copy(good, newer)
    con = sqlite3.connect(newer)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before, files = path.read_bytes(), _files(tmp_path)

    with pytest.raises(WorkspaceError, match="integrity check") as bad:
        restore_backup(path, broken)
    assert broken.name in bad.value.message and "Nothing was changed" in bad.value.message
    with pytest.raises(WorkspaceError, match="newer version") as too_new:
        restore_backup(path, newer)
    assert "9999" in too_new.value.message
    with pytest.raises(WorkspaceError, match="No backup at"):
        restore_backup(path, tmp_path / "w.kan.backup-daily-19990101-000000")
    with pytest.raises(WorkspaceError, match="the workspace itself"):
        restore_backup(path, path)

    assert path.read_bytes() == before and _files(tmp_path) == files


def test_restore_refuses_while_another_window_has_the_file_open(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    backup = daily_backup(path)
    assert backup is not None
    lock = path.with_name("w.kan.lock")
    with open(lock, "a+", encoding="utf-8") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("alice on laptop (process 42)")
        held.flush()
        with pytest.raises(WorkspaceError, match="alice on laptop"):
            restore_backup(path, backup)
    assert not [n for n in _files(tmp_path) if "replaced" in n]
    assert restore_backup(path, backup).kept is not None  # free again


# --- a damaged file ------------------------------------------------------------------------


def test_a_damaged_file_is_set_aside_and_the_newest_good_backup_offered(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    good = daily_backup(path, today=date(2025, 3, 1))
    assert good is not None
    newer_but_broken = tmp_path / _daily(date(2025, 3, 2))
    shutil.copy(good, newer_but_broken)
    damage(newer_but_broken)
    damage(path)
    damaged_bytes = path.read_bytes()
    assert integrity_problem(path)

    rescue = rescue_damaged(path)

    assert rescue is not None and rescue.problem
    assert rescue.damaged is not None and rescue.damaged.name.startswith("w.kan.damaged-")
    assert rescue.damaged.read_bytes() == damaged_bytes  # moved, never deleted or changed
    assert not path.exists()
    assert rescue.backup is not None and rescue.backup.path == good
    done = restore_backup(path, rescue.backup.path)
    assert done.kept is None  # the damaged file was set aside already
    assert _names(path) == ["Acme"]


def test_a_damaged_file_without_a_good_backup_stays_where_it_is(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    damage(path)
    rescue = rescue_damaged(path)
    assert rescue is not None and rescue.backup is None and rescue.damaged is None
    assert path.exists()


def test_whole_files_and_files_that_are_no_database_are_left_alone(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    daily_backup(path)
    assert rescue_damaged(path) is None
    junk = tmp_path / "junk.kan"
    junk.write_bytes(b"not a database " * 100)
    shutil.copy(path, tmp_path / "junk.kan.backup-daily-20250101-000000")
    empty = tmp_path / "empty.kan"
    empty.write_bytes(b"")
    assert rescue_damaged(junk) is None and rescue_damaged(empty) is None
    assert junk.exists() and empty.exists()


# --- the command line ------------------------------------------------------------------------


def test_cli_backups_lists_when_kind_size_and_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    made = daily_backup(path, today=date(2025, 3, 1))
    assert made is not None
    assert main(["backups", str(path)]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["taken", "kind", "size", "schema", "file"]
    assert row.startswith("2025-03-01 ") and " daily " in row and " KB " in row
    assert row.endswith(made.name)
    assert main(["backups", str(tmp_path / "none.kan")]) == 0
    assert "no backups" in capsys.readouterr().out


def test_cli_restore_says_where_the_replaced_file_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    made = daily_backup(path)
    assert made is not None
    _rename(path, "Acme", "Later")
    assert main(["restore", str(path), made.name]) == 0  # a name from `backups` will do
    out = capsys.readouterr().out
    kept = next(p for p in tmp_path.iterdir() if ".replaced-" in p.name)
    assert f"kept at {kept}" in out
    assert _names(path) == ["Acme"] and _names(kept) == ["Later"]


def test_cli_restore_of_a_broken_backup_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    missing = tmp_path / "w.kan.backup-daily-20250101-000000"
    assert main(["restore", str(path), str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No backup at" in err and "Traceback" not in err


def test_cli_check_of_a_damaged_file_names_the_newest_good_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workspace(tmp_path / "w.kan", "Acme")
    made = daily_backup(path)
    assert made is not None
    damage(path)
    files = _files(tmp_path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"The newest good backup is {made}" in out
    assert f"keyaccount restore {path} {made.name}" in out
    assert _files(tmp_path) == files  # check only looks: nothing moved
