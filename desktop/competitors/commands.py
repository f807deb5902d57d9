"""Undo commands for competitors, over the generic shapes of desktop.commands.

Create and edit are the generic commands; a delete restores through
:func:`~model.services.competitors.restore_competitor`, which also names the
deals and people whose links came back, so the views showing them refresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.commands import CreateCommand, DeleteCommand, EditCommand
from desktop.context import WorkspaceContext
from model.services.competitors import (
    create_competitor,
    delete_competitor,
    restore_competitor,
    update_competitor,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("CompetitorCommands", text)


class DeleteCompetitorCommand(DeleteCommand):
    """Delete a competitor, detaching it from deals and people; undo re-attaches them."""

    def __init__(self, ctx: WorkspaceContext, text: str, competitor_id: int) -> None:
        super().__init__(ctx, text, delete_competitor, competitor_id, restorer=restore_competitor)


def create_command(ctx: WorkspaceContext, values: dict[str, Any]) -> CreateCommand:
    text = tr("Add competitor {name}").format(name=values.get("name", ""))
    return CreateCommand(ctx, text, "competitor", create_competitor, delete_competitor, values)


def edit_command(
    ctx: WorkspaceContext,
    text: str,
    competitor_id: int,
    values: dict[str, Any],
    shown: dict[str, Any] | None = None,
) -> EditCommand:
    """``shown``: what the editor showed, so an edit on a stale screen is refused."""
    return EditCommand(ctx, text, update_competitor, competitor_id, values, shown=shown)


def set_deal_competitors(
    ctx: WorkspaceContext,
    text: str,
    deal_id: int,
    chosen: Iterable[int],
    new_names: Sequence[str] = (),
) -> bool:
    """Set a deal's competitors, first creating those named anew: one undo step.

    Returns False when the model refused (the hub has shown why); what was
    done before the refusal stays in the one step, so one undo takes it back.
    """
    from desktop.board.commands import SetCompetitorsCommand

    ids = list(chosen)
    if not new_names:
        return ctx.push(SetCompetitorsCommand(ctx, text, deal_id, ids))
    stack = ctx.undo_stack
    stack.beginMacro(text)
    try:
        for name in new_names:
            command = create_command(ctx, {"name": name})
            if not ctx.push(command):
                return False
            assert command.ident is not None
            ids.append(command.ident)
        return ctx.push(SetCompetitorsCommand(ctx, text, deal_id, ids))
    finally:
        stack.endMacro()
