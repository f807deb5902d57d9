"""An edit whose commit went in doubt (the connection dropped during COMMIT) is kept,
and every retry, on its own or on Retry, first asks the server what became of it:
kept there, it goes on the undo stack with what its first run changed and is never
made twice; really failed, it is made once more."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from desktop import conflict_dialog, context
from desktop.commands import CreateCommand
from desktop.conflict_dialog import ConnectionNotice
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from model.changes import Changes
from model.entities import Account
from model.services.accounts import create_account, delete_account
from model.workspace import open_workspace
from tests.model.test_in_doubt_commit import _lose_the_commits_answer


@pytest.fixture
def ctx(qapp: object, pg_url: URL) -> Iterator[WorkspaceContext]:
    install_language("en")
    context_ = WorkspaceContext(open_workspace(pg_url))
    yield context_
    context_.close()


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[ConnectionNotice]:
    """The real notices, as they open."""
    made: list[ConnectionNotice] = []

    def make(parent: Any) -> ConnectionNotice:
        made.append(conflict_dialog.make_notice(parent))
        return made[-1]

    monkeypatch.setattr(conflict_dialog, "notice_factory", make)
    return made


def _accounts(ctx: WorkspaceContext, name: str) -> int:
    return ctx.read(lambda s: int(s.scalar(select(func.count()).where(Account.name == name))))


def _create(ctx: WorkspaceContext, name: str) -> CreateCommand:
    return CreateCommand(
        ctx, f"New account {name}", "account", create_account, delete_account, {"name": name}
    )


def test_an_in_doubt_create_kept_by_the_server_is_retried_on_its_own_and_made_once(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    notices: list[ConnectionNotice],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context, "RETRY_DELAYS_MS", (50,))
    spread: list[Changes] = []
    ctx.hub.changed.connect(spread.append)
    _lose_the_commits_answer(ctx.workspace, monkeypatch, committed=True)
    command = _create(ctx, "Acme")
    assert not ctx.push(command)
    (notice,) = notices
    assert notice.isVisible() and "Trying again" in notice.state.text()
    assert "never saved twice" in notice.message.text()
    # The automatic retry finds the commit kept: nothing runs again.
    qtbot.waitUntil(lambda: not ctx.kept, timeout=5000)
    assert _accounts(ctx, "Acme") == 1
    assert ctx.undo_stack.count() == 1 and command.ident is not None
    assert [c.created_id("account") for c in spread] == [command.ident]
    ctx.undo_stack.undo()  # the first run's id is known: its undo deletes that account
    assert _accounts(ctx, "Acme") == 0
    ctx.undo_stack.redo()
    assert _accounts(ctx, "Acme") == 1


def test_retry_button_makes_a_create_whose_commit_really_failed_once(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    notices: list[ConnectionNotice],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context, "RETRY_DELAYS_MS", ())  # no try on its own: Retry only
    _lose_the_commits_answer(ctx.workspace, monkeypatch, committed=False)
    command = _create(ctx, "Beta")
    assert not ctx.push(command)
    (kept,) = ctx.kept
    assert "Press Retry" in kept.notice.state.text() and _accounts(ctx, "Beta") == 0
    qtbot.mouseClick(kept.notice.retry_button, Qt.MouseButton.LeftButton)
    assert _accounts(ctx, "Beta") == 1 and ctx.undo_stack.count() == 1 and not ctx.kept


def test_retry_button_on_a_kept_commit_does_not_make_it_again(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    notices: list[ConnectionNotice],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context, "RETRY_DELAYS_MS", ())
    _lose_the_commits_answer(ctx.workspace, monkeypatch, committed=True)
    assert not ctx.push(_create(ctx, "Gamma"))
    (kept,) = ctx.kept
    qtbot.mouseClick(kept.notice.retry_button, Qt.MouseButton.LeftButton)
    assert _accounts(ctx, "Gamma") == 1 and ctx.undo_stack.count() == 1 and not ctx.kept
