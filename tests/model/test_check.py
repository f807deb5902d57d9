"""``check_workspace``: a sound workspace passes; each kind of damage is found,
named and located; the file is never changed, not even a newer one.

The method's checks run on both backends (``workspace`` is a SQLite file and a
PostgreSQL database, tests/model/conftest.py). The checks of a file's storage
(quick_check, integrity_check, damaged pages, nothing written beside the file)
are SQLite's: their tests take a ``sqlite_workspace``. What the check does on a
server's storage is tested in test_server_check.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from model.check import CheckReport, Finding, check_workspace, format_report
from model.errors import WorkspaceError
from model.services import accounts, deals, people, team
from model.workspace import (
    Workspace,
    known_revisions,
    make_engine,
    migrate,
    open_workspace,
    url_for,
)

HEAD = known_revisions()[1]

Target = Path | str
"""What ``check_workspace`` is given: a SQLite file's path or a server database's URL."""


@pytest.fixture
def sqlite_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A SQLite file, for the checks of a file's own storage (its pages, indexes,
    WAL and the files beside it), which a server database does not have."""
    ws = open_workspace(tmp_path / "test.kan", create=True)
    yield ws
    ws.close()


def target_of(workspace: Workspace) -> Target:
    if workspace.path is not None:
        return workspace.path
    return workspace.url.render_as_string(hide_password=False)


def build_sound(workspace: Workspace) -> dict[str, int]:
    """A workspace as the services write it, with forced moves, a won deal,
    a reopened deal and a reverted move."""
    with workspace.begin() as s:
        boss = team.create_member(s, {"name": "Wang", "role": "manager"}).created_id("member")
        rep = team.create_member(s, {"name": "Li", "manager_id": boss}).created_id("member")
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        other = accounts.create_account(s, {"name": "Other"}).created_id("account")
        ceo = people.create_person(s, acc, {"name": "Zhao", "role": "KDM", "support": 2})
        ceo_id = ceo.created_id("person")
        cto = people.create_person(
            s, acc, {"name": "Qian", "role": "KI", "manager_id": ceo_id, "support": -2}
        ).created_id("person")
        people.create_person(s, other, {"name": "Zhou"})

        lead = deals.create_deal(s, {"name": "Early lead", "account_id": acc}).created_id("deal")
        forced = deals.create_deal(s, {"name": "Pilot", "account_id": acc}).created_id("deal")
        deals.verify_element(s, forced, "P3.FIVE.1", by=rep, method="visit")
        deals.move_deal(s, forced, "P4", force=True, reason="CEO sponsor")
        deals.set_deal_role(s, forced, cto, "KI", support=1)

        proper = deals.create_deal(s, {"name": "Proper", "account_id": acc}).created_id("deal")
        for n in range(1, 6):
            deals.set_exit_check(s, proper, f"P2.EXIT.{n}", True)
            deals.verify_element(s, proper, f"P3.FIVE.{n}", by=boss, method="phone")
        deals.move_deal(s, proper, "P3")

        won = deals.create_deal(
            s, {"name": "Won MES", "account_id": acc, "amount": 100_000}
        ).created_id("deal")
        deals.move_deal(s, won, "P7", force=True, reason="fast track")
        deals.update_deal(s, won, {"contract_signed_on": date(2025, 1, 1), "contract_value": 1e5})
        inst = deals.add_instalment(s, won, amount=30_000).created_id("instalment")
        deals.record_payment(s, inst, amount=30_000)
        deals.close_deal(s, won, "won")

        reopened = deals.create_deal(s, {"name": "Back", "account_id": acc}).created_id("deal")
        deals.close_deal(s, reopened, "lost", close_reason="price")
        deals.reopen_deal(s, reopened, reason="second chance")

        reverted = deals.create_deal(s, {"name": "Oops", "account_id": acc}).created_id("deal")
        entry = deals.move_deal(s, reverted, "P5", force=True, reason="misclick")
        deals.revert_stage_change(s, entry.created_id("stage_change"))
    return {
        "account": acc,
        "other": other,
        "ceo": ceo_id,
        "cto": cto,
        "boss": boss,
        "rep": rep,
        "lead": lead,
        "forced": forced,
        "proper": proper,
        "won": won,
    }


def break_db(target: Target, *statements: str) -> None:
    """Write rows the services would refuse: foreign keys and CHECKs off.

    On PostgreSQL the references are not checked under ``session_replication_role
    = replica``; a CHECK cannot be turned off, so one a statement breaks is dropped
    (from this test's own database) and the statement tried again.
    """
    if isinstance(target, str):
        _break_server(target, statements)
        return
    con = sqlite3.connect(target)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("PRAGMA ignore_check_constraints=ON")
        for sql in statements:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


def _break_server(url: str, statements: tuple[str, ...]) -> None:
    import psycopg
    from psycopg import errors
    from sqlalchemy.engine import make_url

    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as con:
        con.execute("SET session_replication_role = replica")
        for sql in statements:
            while True:
                try:
                    with con.transaction():
                        con.execute(sql)  # type: ignore[arg-type]
                    break
                except errors.CheckViolation as exc:
                    table, check = exc.diag.table_name, exc.diag.constraint_name
                    con.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{check}"')  # type: ignore[arg-type]


Sound = tuple[Target, dict[str, int]]


@pytest.fixture
def sound(workspace: Workspace) -> Sound:
    ids = build_sound(workspace)
    workspace.close()
    return target_of(workspace), ids


@pytest.fixture
def sqlite_sound(sqlite_workspace: Workspace) -> tuple[Path, dict[str, int]]:
    ids = build_sound(sqlite_workspace)
    sqlite_workspace.close()
    assert sqlite_workspace.path is not None
    return sqlite_workspace.path, ids


def codes(report: CheckReport) -> list[str]:
    return [f.code for f in report.findings]


def only(report: CheckReport, code: str) -> list[Finding]:
    found = [f for f in report.findings if f.code == code]
    assert found, f"no {code} in {report.findings}"
    assert codes(report) == [code] * len(found), report.findings
    return found


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def stored(target: Target) -> dict[str, Any]:
    """What a check must leave as it was: the files of a SQLite workspace's folder,
    every row of a server database."""
    if isinstance(target, Path):
        return files_of(target.parent)
    from sqlalchemy import create_engine, inspect

    engine = create_engine(target)
    try:
        with engine.connect() as conn:
            return {
                name: conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY 1').all()
                for name in sorted(inspect(conn).get_table_names())
            }
    finally:
        engine.dispose()


# --- sound ---------------------------------------------------------------------


def test_a_sound_workspace_is_ok(sound: Sound) -> None:
    target, _ = sound
    report = check_workspace(target)
    assert report.findings == []
    assert report.ok and report.rules_checked
    assert (report.revision, report.head) == (HEAD, HEAD)
    text = format_report(report)
    assert "No problems found." in text and f"Schema: {HEAD} (current)" in text


def test_an_empty_new_workspace_is_ok(workspace: Workspace) -> None:
    workspace.close()
    assert check_workspace(target_of(workspace)).ok


def test_the_check_changes_no_file(sqlite_sound: tuple[Path, dict[str, int]]) -> None:
    path, _ = sqlite_sound
    before = files_of(path.parent)
    check_workspace(path)
    check_workspace(str(path))
    check_workspace(url_for(path))
    assert files_of(path.parent) == before  # same bytes, no -wal, -shm or backup left


def test_a_workspace_open_in_the_app_sees_what_another_writer_committed(
    workspace: Workspace,
) -> None:
    """On SQLite the other writer's change sits in the WAL, and the check reads
    through it without touching the file; a server shows every committed change."""
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        deal = deals.create_deal(s, {"name": "Fresh", "account_id": acc}).created_id("deal")
    target = target_of(workspace)
    # Another writer commits while the app keeps the workspace open.
    break_db(target, f"UPDATE deals SET stage='P5' WHERE id={deal}")
    path = workspace.path
    main_before = path.read_bytes() if path is not None else b""
    if path is not None:
        assert path.with_name(path.name + "-wal").exists()
    report = check_workspace(target)
    assert "deal.history" in codes(report)
    assert any("'Fresh'" in f.message for f in report.findings)
    if path is not None:
        assert path.read_bytes() == main_before


# --- rule findings --------------------------------------------------------------


def test_p3_plus_without_five_elements_and_no_forced_move(
    sound: Sound,
) -> None:
    target, ids = sound
    lead = ids["lead"]
    break_db(
        target,
        f"UPDATE deals SET stage='P4' WHERE id={lead}",
        f"UPDATE stage_changes SET to_stage='P4' WHERE deal_id={lead}",
        f"INSERT INTO five_elements (deal_id, element, status, evidence, uuid, created_at,"
        f" updated_at) VALUES ({lead}, 'P3.FIVE.2', 'verified', '', 'fe-x', '2025-01-01',"
        " '2025-01-01')",
    )
    [finding] = only(check_workspace(target), "deal.five_elements")
    assert finding.where == f"deals#{lead}"
    assert "'Early lead'" in finding.message and "P4" in finding.message
    assert "1 of 5" in finding.message
    assert "P3.FIVE.1, P3.FIVE.3, P3.FIVE.4, P3.FIVE.5" in finding.message


def test_forced_move_explains_missing_elements_only_for_the_ids_it_lists(
    sound: Sound,
) -> None:
    target, ids = sound
    forced = ids["forced"]
    # The forced move into P4 recorded P3.FIVE.2..5 as unmet: sound so far.
    # Un-verifying P3.FIVE.1 afterwards is not explained by it.
    break_db(target, f"UPDATE five_elements SET status='claimed' WHERE deal_id={forced}")
    [finding] = only(check_workspace(target), "deal.five_elements")
    assert "P3.FIVE.1 not verified" in finding.message
    assert "P3.FIVE.2" not in finding.message


def test_closed_deals_are_not_held_to_the_five_elements(
    sound: Sound,
) -> None:
    target, ids = sound
    won = ids["won"]
    break_db(target, f"UPDATE stage_changes SET forced=false, unmet='[]' WHERE deal_id={won}")
    assert check_workspace(target).ok


WON_PAYMENTS = "instalment_id IN (SELECT id FROM instalments WHERE deal_id={won})"


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        # The transfers and the instalment's total that sums them, changed together.
        (
            (
                "UPDATE instalments SET received_amount=29000 WHERE deal_id={won}",
                f"UPDATE payments SET amount=29000 WHERE {WON_PAYMENTS}",
            ),
            "29%",
        ),
        (("UPDATE deals SET contract_signed_on=NULL WHERE id={won}",), "no signed contract"),
        # the deal's amount is no stand-in for the contract value
        (("UPDATE deals SET contract_value=NULL WHERE id={won}",), "no contract value"),
        (
            (
                "UPDATE instalments SET received_on=NULL, received_amount=0 WHERE deal_id={won}",
                f"DELETE FROM payments WHERE {WON_PAYMENTS}",
            ),
            "no received first instalment",
        ),
    ],
)
def test_won_deal_breaking_the_first_payment_rule(
    sound: Sound, statements: tuple[str, ...], expected: str
) -> None:
    target, ids = sound
    won = ids["won"]
    break_db(target, *(sql.format(won=won) for sql in statements))
    [finding] = only(check_workspace(target), "deal.won_rule")
    assert finding.where == f"deals#{won}"
    assert "'Won MES'" in finding.message and expected in finding.message
    assert "30%" in finding.message


def test_won_deal_outside_p7(sound: Sound) -> None:
    target, ids = sound
    won = ids["won"]
    break_db(
        target,
        f"UPDATE deals SET stage='P6' WHERE id={won}",
        f"UPDATE stage_changes SET to_stage='P6' WHERE deal_id={won} AND to_stage='P7'",
        f"UPDATE stage_changes SET from_stage='P6' WHERE deal_id={won} AND from_stage='P7'",
    )
    [finding] = only(check_workspace(target), "deal.won_rule")
    assert "P6" in finding.message


def test_stage_differing_from_the_last_history_entry(
    sound: Sound,
) -> None:
    target, ids = sound
    proper = ids["proper"]
    break_db(target, f"UPDATE deals SET stage='P2' WHERE id={proper}")
    [finding] = only(check_workspace(target), "deal.history")
    assert finding.where == f"deals#{proper}"
    assert "'Proper'" in finding.message
    assert "stage P2" in finding.message and "to P3" in finding.message


def test_status_differing_from_the_last_history_entry_or_no_history(
    sound: Sound,
) -> None:
    target, ids = sound
    break_db(
        target,
        f"UPDATE deals SET status='shelved' WHERE id={ids['proper']}",
        f"DELETE FROM stage_changes WHERE deal_id={ids['lead']}",
    )
    found = only(check_workspace(target), "deal.history")
    assert sorted(f.where for f in found) == sorted(
        [f"deals#{ids['proper']}", f"deals#{ids['lead']}"]
    )
    messages = " ".join(f.message for f in found)
    assert "'shelved'" in messages and "no stage history" in messages


def test_reports_to_cycles_among_people_and_team(sound: Sound) -> None:
    target, ids = sound
    break_db(
        target,
        f"UPDATE people SET manager_id={ids['cto']} WHERE id={ids['ceo']}",
        f"UPDATE team_members SET manager_id={ids['boss']} WHERE id={ids['boss']}",
    )
    found = only(check_workspace(target), "reports_to.cycle")
    assert len(found) == 2
    by_where = {f.where: f.message for f in found}
    people_loop = by_where[f"people#{min(ids['ceo'], ids['cto'])}"]
    assert "Zhao" in people_loop and "Qian" in people_loop
    assert "Wang" in by_where[f"team_members#{ids['boss']}"]


def test_manager_in_another_account(sound: Sound) -> None:
    target, ids = sound
    break_db(
        target,
        f"UPDATE people SET manager_id=(SELECT id FROM people WHERE name='Zhou')"
        f" WHERE id={ids['ceo']}",
    )
    [finding] = only(check_workspace(target), "person.manager_account")
    assert finding.where == f"people#{ids['ceo']}"
    assert "Zhao" in finding.message and "Zhou" in finding.message


def test_support_outside_the_range(sound: Sound) -> None:
    target, ids = sound
    break_db(
        target,
        f"UPDATE people SET support=5 WHERE id={ids['ceo']}",
        f"UPDATE deal_roles SET support=-3 WHERE deal_id={ids['forced']}",
    )
    found = only(check_workspace(target), "support.range")
    assert found[0].where == f"people#{ids['ceo']}"
    assert found[1].where.startswith("deal_roles#")
    assert "support 5" in found[0].message and "-2..2" in found[0].message
    assert "'Pilot'" in found[1].message and "support -3" in found[1].message


def test_unknown_stage_and_status_values(sound: Sound) -> None:
    target, ids = sound
    lead = ids["lead"]
    break_db(
        target,
        f"UPDATE deals SET stage='P9', status='maybe' WHERE id={lead}",
        f"UPDATE stage_changes SET to_stage='P9', to_status='maybe' WHERE deal_id={lead}",
    )
    report = check_workspace(target)
    assert sorted(set(codes(report))) == ["deal.stage_unknown", "deal.status_unknown"]
    wheres = {(f.code, f.where) for f in report.findings}
    assert ("deal.stage_unknown", f"deals#{lead}") in wheres
    assert ("deal.status_unknown", f"deals#{lead}") in wheres
    assert any(w.startswith("stage_changes#") for _, w in wheres)
    assert any("'P9'" in f.message and "'Early lead'" in f.message for f in report.findings)


# --- storage findings -----------------------------------------------------------


def test_broken_foreign_key_is_found(sound: Sound) -> None:
    target, _ = sound
    break_db(target, "UPDATE deal_roles SET person_id=999")
    report = check_workspace(target)
    code = "sqlite.foreign_key" if isinstance(target, Path) else "postgresql.foreign_key"
    fk = [f for f in report.findings if f.code == code]
    assert fk and fk[0].where.startswith("deal_roles#")
    assert "people" in fk[0].message


def _index_page(path: Path, index: str) -> tuple[int, int]:
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE type='index' AND name=?", (index,)
    ).fetchone()[0]
    con.close()
    return (root - 1) * page_size, page_size


def _empty_index(path: Path, index: str) -> None:
    """An empty index leaf page: the index loses its entries, the table keeps its rows."""
    start, page_size = _index_page(path, index)
    data = bytearray(path.read_bytes())
    data[start : start + 8] = bytes([0x0A, 0, 0, 0, 0, *page_size.to_bytes(2, "big"), 0])
    path.write_bytes(bytes(data))


def test_a_damaged_index_is_found_by_the_full_integrity_check(
    sqlite_sound: tuple[Path, dict[str, int]],
) -> None:
    path, _ = sqlite_sound
    _empty_index(path, "ix_people_account_id")
    report = check_workspace(path, full=True)
    assert report.storage_check == "integrity_check"
    [finding] = only(report, "sqlite.integrity")
    assert "ix_people_account_id" in finding.message
    assert "Storage: SQLite integrity_check (full)" in format_report(report)


def test_the_default_is_the_quick_check_which_does_not_compare_indexes(
    sqlite_sound: tuple[Path, dict[str, int]],
) -> None:
    """quick_check reads every page but skips the index-versus-table comparison
    that made integrity_check three quarters of a check on the large sample."""
    path, _ = sqlite_sound
    report = check_workspace(path)
    assert report.ok and report.storage_check == "quick_check"
    assert "quick_check (run with --full" in format_report(report)
    _empty_index(path, "ix_people_account_id")
    assert check_workspace(path).ok  # the lost index entries need --full
    assert codes(check_workspace(path, full=True)) == ["sqlite.integrity"]


def test_a_damaged_table_page_is_found_by_the_quick_check(
    sqlite_sound: tuple[Path, dict[str, int]],
) -> None:
    path, _ = sqlite_sound
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name='people'").fetchone()
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    # A leaf page whose cell count points past its end: its cells are garbage.
    data[start + 3 : start + 5] = (page_size // 2).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    report = check_workspace(path)
    assert report.storage_check == "quick_check"
    assert {"sqlite.integrity", "file.unreadable"} & set(codes(report)), report.findings


def test_check_cli_runs_quick_by_default_and_full_with_the_flag(
    sqlite_sound: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    path, _ = sqlite_sound
    _empty_index(path, "ix_people_account_id")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "quick_check" in out and "No problems found." in out
    assert main(["check", "--full", str(path)]) == 1
    out = capsys.readouterr().out
    assert "integrity_check (full)" in out and "[sqlite.integrity]" in out
    assert "ix_people_account_id" in out


def test_the_stage_history_is_read_once_for_all_checks(
    sound: Sound, monkeypatch: pytest.MonkeyPatch
) -> None:
    import model.check as check

    target, ids = sound
    reads: list[int] = []
    real = check._history

    def counted(conn: Any) -> Any:
        reads.append(1)
        return real(conn)

    monkeypatch.setattr(check, "_history", counted)
    # Findings of both checks that walk the history still come out.
    break_db(
        target,
        f"UPDATE deals SET stage='P2' WHERE id={ids['proper']}",
        f"DELETE FROM five_elements WHERE deal_id={ids['forced']}",
        f"UPDATE stage_changes SET unmet='[]' WHERE deal_id={ids['forced']}",
    )
    report = check_workspace(target)
    assert {"deal.history", "deal.five_elements"} <= set(codes(report)), report.findings
    assert len(reads) == 1


def test_a_malformed_page_is_a_finding_not_an_exception(
    sqlite_sound: tuple[Path, dict[str, int]],
) -> None:
    path, _ = sqlite_sound
    start, page_size = _index_page(path, "ix_people_account_id")
    data = bytearray(path.read_bytes())
    data[start : start + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    # quick_check reads the page and names it; integrity_check's index walk
    # stops on it, which is a finding too, never an exception.
    report = check_workspace(path)
    [finding] = only(report, "sqlite.integrity")
    assert f"Page {start // page_size + 1}:" in finding.message
    report = check_workspace(path, full=True)
    assert codes(report) == ["file.unreadable"]
    assert "malformed" in report.findings[0].message
    assert path.read_bytes() == bytes(data)


def test_a_file_that_is_not_a_database_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "notes.kan"
    path.write_bytes(b"not a database" * 500)
    report = check_workspace(path)
    assert codes(report) == ["file.unreadable"]
    assert "notes.kan" in report.findings[0].message
    assert path.read_bytes() == b"not a database" * 500


def test_a_foreign_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    report = check_workspace(path)
    assert codes(report) == ["schema.unversioned"]
    assert report.revision is None and not report.rules_checked


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="No workspace"):
        check_workspace(tmp_path / "typo.kan")
    assert not (tmp_path / "typo.kan").exists()


# --- schema revisions -------------------------------------------------------------


def test_a_newer_revision_is_reported_and_not_modified(
    sound: Sound,
) -> None:
    target, _ = sound
    break_db(target, "UPDATE alembic_version SET version_num='9999_from_the_future'")
    before = stored(target)
    report = check_workspace(target)
    assert report.revision == "9999_from_the_future" and report.head == HEAD
    assert codes(report) == ["schema.newer"]
    assert not report.ok and not report.rules_checked
    assert "9999_from_the_future" in report.findings[0].message
    text = format_report(report)
    assert "newer" in text and "not checked" in text
    assert stored(target) == before


def test_an_older_revision_is_reported_and_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.kan"
    engine = make_engine(url_for(path))
    migrate(engine, url_for(path), "0001")
    engine.dispose()
    before = files_of(tmp_path)
    report = check_workspace(path)
    assert report.revision == "0001" and report.head == HEAD
    assert report.ok
    assert "older" in format_report(report)
    assert files_of(tmp_path) == before


# --- the report ------------------------------------------------------------------


def test_format_report_names_code_place_and_deal(sound: Sound) -> None:
    target, ids = sound
    break_db(target, f"UPDATE deals SET stage='P2' WHERE id={ids['proper']}")
    text = format_report(check_workspace(target))
    assert str(target) in text
    assert "1 problem found:" in text
    assert f"[deal.history] deals#{ids['proper']}: " in text and "'Proper'" in text


def test_report_ok_follows_the_findings() -> None:
    report = CheckReport(target="x", revision=HEAD, head=HEAD)
    assert report.ok
    report.add("deal.history", "m", "deals#1")
    assert not report.ok and report.findings == [Finding("deal.history", "m", "deals#1")]


def test_a_history_entry_that_does_not_start_where_the_last_one_ended(
    sound: Sound,
) -> None:
    target, ids = sound
    proper = ids["proper"]
    break_db(
        target,
        f"UPDATE stage_changes SET from_stage='P1' WHERE deal_id={proper} AND from_stage='P2'",
    )
    [finding] = only(check_workspace(target), "deal.history_chain")
    assert finding.where.startswith("stage_changes#")
    assert "starts at P1/open" in finding.message and "ended at P2/open" in finding.message
