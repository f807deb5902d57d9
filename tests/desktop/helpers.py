"""What several widget tests do the same way: show the board with a deal open,
stand in for the user in the dialogs a section asks through a decider, make
the members, accounts, people and deals a test starts from (through the
services, as the app does), and read back the activities an edit stored.

Imported by test modules of this folder as ``helpers`` (pytest puts the folder
of a test module without ``__init__.py`` on ``sys.path``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from desktop.pages.map import MapPage
from model.entities import Activity, activity_members, activity_people
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.people import create_person
from model.services.team import create_member


def show_map(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    account: int | None = None,
    size: tuple[int, int] = (1366, 700),
) -> MapPage:
    """The map page shown (it lays out and follows changes only when shown), at ``account``."""
    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    if account is not None:
        page.select_account(account)
    return page


def show_board(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    deal: int | None = None,
    size: tuple[int, int] = (1366, 768),
) -> BoardPage:
    """The board page shown (a hidden panel does not follow changes) with ``deal`` open."""
    board = BoardPage(ctx)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    if deal is not None:
        board.open_deal(deal)
    return board


class OkDialog(Protocol):
    buttons: QDialogButtonBox


D = TypeVar("D", bound=OkDialog)


def queue_dialogs(
    monkeypatch: pytest.MonkeyPatch,
    module: object,
    decider: str,
    dialog: Callable[[Any, QWidget | None], D],
    answer: Callable[[D], Any],
) -> Iterator[list[Callable[[D], None]]]:
    """Replace ``module.decider`` by one that opens the real dialog, lets the next
    queued filler act as the user, then answers like OK (None while OK is disabled).

    Use it as the body of a generator fixture: the test queues fillers; a dialog
    the test did not expect, or a filler left unused, fails the test.
    """
    queue: list[Callable[[D], None]] = []

    def decide(parent: QWidget | None, request: Any) -> Any:
        assert queue, "a dialog opened that the test did not expect"
        opened = dialog(request, parent)
        queue.pop(0)(opened)
        ok = opened.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return answer(opened) if ok.isEnabled() else None

    monkeypatch.setattr(module, decider, decide)
    yield queue
    assert not queue, "a dialog the test prepared never opened"


def stored_activities(ctx: WorkspaceContext, *fields: str) -> list[tuple[Any, ...]]:
    """Every activity, by id: the values of its ``fields`` (column names), then the
    ids of our members who took part and of the people met, each sorted."""
    with ctx.workspace.sessions() as s:
        out = []
        for a in s.execute(select(Activity).order_by(Activity.id)).scalars():
            ours = s.execute(
                select(activity_members.c.member_id).where(activity_members.c.activity_id == a.id)
            ).scalars()
            met = s.execute(
                select(activity_people.c.person_id).where(activity_people.c.activity_id == a.id)
            ).scalars()
            out.append((*(getattr(a, f) for f in fields), sorted(ours), sorted(met)))
        return out


def add_member(ctx: WorkspaceContext, name: str, role: str) -> int:
    return ctx.write(create_member, {"name": name, "role": role}).created_id("member")


def add_account(ctx: WorkspaceContext, name: str) -> int:
    return ctx.write(create_account, {"name": name}).created_id("account")


def add_person(ctx: WorkspaceContext, account: int, name: str, **values: Any) -> int:
    return ctx.write(create_person, account, {"name": name, **values}).created_id("person")


def add_deal_at(ctx: WorkspaceContext, account: int, name: str, stage: str) -> int:
    """An open deal put straight into ``stage`` (forced, as one taken over)."""
    values = {"name": name, "account_id": account, "stage": stage, "force": True}
    return ctx.write(create_deal, {**values, "reason": "taken over"}).created_id("deal")


def run_app_child(code: str, sample: Path, tmp_path: Path) -> dict[str, str]:
    """``code`` in a fresh Python (offscreen, its own config/data/cache folders) on a
    copy of ``sample``; argv is the copy and the home folder. What it printed as
    ``KEY value`` lines, once it exited 0 — for what a process imports at start-up,
    which a test process that has imported everything cannot show."""
    path = tmp_path / "sample.kan"
    shutil.copy(sample, path)
    home = tmp_path / "home"
    home.mkdir()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), str(home)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
