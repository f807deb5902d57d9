"""Undoable task edits. Tasks are named by uuid: a task a stage entry made is made
again with the same uuid when that move is redone (model/services/tasks.py), so
these commands still find it after the move was undone and redone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.context import ServiceCommand, WorkspaceContext
from model.services.common import Snapshot, restore
from model.services.tasks import delete_task, set_task


class SetTaskCommand(ServiceCommand):
    """Assign, take, set the due day, mark done or not done, retitle one task.

    Undo writes the old values back only if the task still holds what the edit
    wrote (someone else's newer edit is never overwritten); redo likewise.
    """

    def __init__(
        self, ctx: WorkspaceContext, text: str, uuid: str, values: Mapping[str, Any]
    ) -> None:
        super().__init__(ctx, text)
        self.uuid, self.values = uuid, dict(values)
        self.old: dict[str, Any] | None = None
        self.new: dict[str, Any] = {}

    def apply(self) -> None:
        if self.old is None:
            changes = self.ctx.write(set_task, self.uuid, self.values)
            self.old = dict(changes.undo.get("old") or {})
            self.new = dict(changes.undo.get("new") or {})
            if not self.old:
                self.setObsolete(True)  # nothing changed: keep it off the stack
            return
        self.ctx.write(set_task, self.uuid, self.new, expect=self.old)

    def revert(self) -> None:
        if self.old:
            self.ctx.write(set_task, self.uuid, self.old, expect=self.new)


class DeleteTaskCommand(ServiceCommand):
    """Delete a task; undo brings the very same row back."""

    def __init__(self, ctx: WorkspaceContext, text: str, uuid: str) -> None:
        super().__init__(ctx, text)
        self.uuid = uuid
        self.snapshot: Snapshot | None = None

    def apply(self) -> None:
        self.snapshot = self.ctx.write(delete_task, self.uuid).undo["snapshot"]

    def revert(self) -> None:
        assert self.snapshot is not None
        self.ctx.write(restore, self.snapshot)
