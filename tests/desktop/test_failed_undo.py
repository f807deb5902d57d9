"""A step that fails below the model (locked file, full disk) stays on the stack, retryable."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.commands import CreateCommand, EditCommand
from desktop.context import WorkspaceContext
from model.entities import Account
from model.services.accounts import create_account, delete_account, update_account


def _name(ctx: WorkspaceContext, account_id: int) -> str:
    return ctx.read(lambda s: s.get(Account, account_id).name)


@contextmanager
def _locked(ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse() -> Iterator[Session]:
        raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))

    monkeypatch.setattr(ctx.workspace, "begin", contextmanager(refuse))
    yield
    monkeypatch.undo()


def test_a_failed_undo_can_be_tried_again(
    ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    ctx.hub.problem.connect(lambda _title, text: problems.append(text))
    assert ctx.push(CreateCommand(ctx, "New", "account", create_account, delete_account,
                                  {"name": "Acme"}))  # fmt: skip
    account_id = ctx.read(lambda s: s.query(Account.id).scalar())
    assert ctx.push(EditCommand(ctx, "Rename", update_account, account_id, {"name": "Beta"}))
    with _locked(ctx, monkeypatch):
        ctx.undo_stack.undo()
        QApplication.processEvents()
    assert problems and "locked" in problems[-1]
    assert _name(ctx, account_id) == "Beta"  # nothing changed
    assert ctx.undo_stack.index() == 2 and ctx.undo_stack.canUndo()
    assert ctx.undo_stack.undoText() == "Rename"
    ctx.undo_stack.undo()  # the retry works
    assert _name(ctx, account_id) == "Acme"
    with _locked(ctx, monkeypatch):  # a failed redo stays redoable too
        ctx.undo_stack.redo()
        QApplication.processEvents()
    assert _name(ctx, account_id) == "Acme"
    assert ctx.undo_stack.index() == 1 and ctx.undo_stack.redoText() == "Rename"
    ctx.undo_stack.redo()
    assert _name(ctx, account_id) == "Beta"
