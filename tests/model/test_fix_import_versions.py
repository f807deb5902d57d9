"""An import's merge and its undo/redo never lose a teammate's edit (review R2): the
rows the merge fills are locked while it decides, the undo and redo write only over
the version they checked, and a row's version only moves forward."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL
from test_import_plan import DATA

from model.changes import Changes
from model.entities import Account
from model.errors import EditConflict
from model.importing.columns import guess_kind, guess_mapping
from model.importing.plan import plan_import
from model.importing.sources import read_source
from model.services import importing
from model.services.accounts import create_account, update_account
from model.services.team import create_member
from model.workspace import Workspace, open_workspace

NORTH = "NORTHWIND TRADING"  # merged: the import fills its empty region (Germany)
HUAWEI = "华为技术有限公司"  # created by the import


def _team(ws: Workspace) -> None:
    with ws.begin() as s:
        create_member(s, {"name": "Wang Fang", "role": "rep"})
        create_account(s, {"name": NORTH})


def _import(ws: Workspace) -> Changes:
    table = read_source(DATA / "a2_accounts.csv")
    kind = guess_kind(table.headers)
    with ws.begin() as s:
        plan = plan_import(s, table, kind, guess_mapping(kind, table.headers))
        return importing.apply_import(s, plan, source_name="a2_accounts.csv")


def _account(ws: Workspace, name: str) -> tuple[int, str, int]:
    with ws.sessions() as s:
        row = s.execute(
            select(Account.id, Account.region, Account.version).where(Account.name == name)
        ).one()
    return int(row.id), row.region, int(row.version)


def test_versions_only_move_forward_through_undo_and_redo(workspace: Workspace) -> None:
    _team(workspace)
    _, _, start = _account(workspace, NORTH)
    changes = _import(workspace)
    assert _account(workspace, NORTH)[1:] == ("Germany", start + 1)
    undone = workspace.write(importing.undo_import, changes.undo)
    assert _account(workspace, NORTH)[1:] == ("", start + 2)  # not back to `start`
    redone = workspace.write(importing.redo_import, undone.undo)
    assert _account(workspace, NORTH)[1:] == ("Germany", start + 3)
    workspace.write(importing.undo_import, redone.undo)  # the round trip goes on
    assert _account(workspace, NORTH)[1:] == ("", start + 4)


@pytest.fixture
def teammate(pg_url: URL) -> Iterator[Workspace]:
    ws = open_workspace(pg_url)
    yield ws
    ws.close()


def _edit_between_check_and_write(
    monkeypatch: pytest.MonkeyPatch, teammate: Workspace, name: str, values: dict[str, Any]
) -> None:
    """The teammate commits an edit right after the undo's check passed."""
    check = importing._check_untouched

    def then_edit(*args: Any, **kwargs: Any) -> None:
        check(*args, **kwargs)
        ident = _account(teammate, name)[0]
        teammate.write(update_account, ident, values)

    monkeypatch.setattr(importing, "_check_untouched", then_edit)


def test_undo_keeps_a_merged_field_edited_after_its_check(
    pg_workspace: Workspace, teammate: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _team(pg_workspace)
    changes = _import(pg_workspace)
    _edit_between_check_and_write(monkeypatch, teammate, NORTH, {"region": "Austria"})
    with pytest.raises(EditConflict):
        pg_workspace.write(importing.undo_import, changes.undo, attempts=1)
    assert _account(pg_workspace, NORTH)[1] == "Austria"


def test_undo_keeps_a_created_row_edited_after_its_check(
    pg_workspace: Workspace, teammate: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _team(pg_workspace)
    changes = _import(pg_workspace)
    _edit_between_check_and_write(monkeypatch, teammate, HUAWEI, {"note": "met the CIO"})
    with pytest.raises(EditConflict):
        pg_workspace.write(importing.undo_import, changes.undo, attempts=1)
    with pg_workspace.sessions() as s:
        note = s.execute(select(Account.note).where(Account.name == HUAWEI)).scalar_one()
    assert note == "met the CIO"


def test_the_merge_locks_the_rows_it_fills(
    pg_url: URL, pg_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _team(pg_workspace)
    ident = _account(pg_workspace, NORTH)[0]
    tried: list[str] = []
    fillable = importing._fillable

    def and_a_teammate_writes(key: str, value: Any) -> bool:
        if not tried:
            libpq = pg_url.set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(libpq, autocommit=True) as other:
                other.execute("SET lock_timeout = '300ms'")
                try:
                    other.execute("UPDATE accounts SET region = 'Austria' WHERE id = %s", (ident,))
                    tried.append("written")
                except psycopg.errors.LockNotAvailable:
                    tried.append("waited")
        return fillable(key, value)

    monkeypatch.setattr(importing, "_fillable", and_a_teammate_writes)
    _import(pg_workspace)
    assert tried == ["waited"]  # the row the merge read was locked until it committed
    assert _account(pg_workspace, NORTH)[1] == "Germany"
