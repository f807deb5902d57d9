"""Undo commands of the Forecast tab and the targets dialog (issue 13).

Each user edit is one step on ``ctx.undo_stack`` and calls model services only:

- a manager's forecast override of one deal (set, or cleared), undone by
  :func:`~model.services.forecast.restore_forecast_override` with the undo
  data the service returned (the override as it was before, or none);
- a forecast snapshot taken on demand, undone by deleting it and redone by
  restoring the very same snapshot with its lines;
- a member's (or the team's) target for a period and kind, set or removed;
  undo sets the old amount back (or removes the target the step created), or
  restores the removed one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.commands import DeleteCommand
from desktop.context import ServiceCommand, WorkspaceContext
from model.services.common import Snapshot, restore
from model.services.forecast import (
    clear_forecast_override,
    delete_snapshot,
    restore_forecast_override,
    set_forecast_override,
    take_snapshot,
)
from model.services.targets import delete_target, restore_target, set_target, undo_set_target

# -- forecast overrides ----------------------------------------------------------------------


class SetOverrideCommand(ServiceCommand):
    """Set a manager's forecast call on one deal (category, amount, close day, note);
    undo puts back the override the deal had before, or none."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        deal_id: int,
        category: str,
        note: str,
        *,
        amount: float | None = None,
        close_on: date | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.category, self.note = deal_id, category, note
        self.amount, self.close_on = amount, close_on
        self.before: dict[str, Any] | None = None  # the service's undo data of the first run

    def apply(self) -> None:
        changes = self.ctx.write(
            set_forecast_override,
            self.deal_id,
            self.category,
            self.note,
            amount=self.amount,
            close_on=self.close_on,
            by=self.ctx.me,
        )
        if self.before is None:
            self.before = dict(changes.undo)

    def revert(self) -> None:
        assert self.before is not None
        self.ctx.write(restore_forecast_override, self.before)


class ClearOverrideCommand(ServiceCommand):
    """Clear a deal's override (its stage decides its category again); undo restores it."""

    def __init__(self, ctx: WorkspaceContext, text: str, deal_id: int) -> None:
        super().__init__(ctx, text)
        self.deal_id = deal_id
        self.before: dict[str, Any] | None = None

    def apply(self) -> None:
        changes = self.ctx.write(clear_forecast_override, self.deal_id)
        if self.before is None:
            self.before = dict(changes.undo)

    def revert(self) -> None:
        assert self.before is not None
        self.ctx.write(restore_forecast_override, self.before)


# -- snapshots -------------------------------------------------------------------------------


class TakeSnapshotCommand(ServiceCommand):
    """Take a forecast snapshot now; undo deletes it, redo restores the same one
    (same instant, same lines: what the forecast said then, not now)."""

    def __init__(self, ctx: WorkspaceContext, text: str) -> None:
        super().__init__(ctx, text)
        self.ident: int | None = None
        self.snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.ctx.write(restore, self.snapshot)
            return
        changes = self.ctx.write(take_snapshot, "manual", by=self.ctx.me)
        self.ident = changes.created_id("forecast_snapshot")

    def revert(self) -> None:
        assert self.ident is not None
        self.snapshot = self.ctx.write(delete_snapshot, self.ident).undo.get("snapshot")


class DeleteSnapshotCommand(ServiceCommand):
    """Delete a snapshot with its lines; undo restores it all."""

    def __init__(self, ctx: WorkspaceContext, text: str, snapshot_id: int) -> None:
        super().__init__(ctx, text)
        self.ident = snapshot_id
        self.snapshot: Snapshot | None = None

    def apply(self) -> None:
        self.snapshot = self.ctx.write(delete_snapshot, self.ident).undo.get("snapshot")

    def revert(self) -> None:
        assert self.snapshot is not None
        self.ctx.write(restore, self.snapshot)


# -- targets ---------------------------------------------------------------------------------


class SetTargetCommand(ServiceCommand):
    """Set what a member (``member_id`` None: the team) is to win or collect in a period;
    undo sets the old amount back, or removes the target when there was none."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        member_id: int | None,
        period: str,
        amount: float,
        kind: str = "won",
    ) -> None:
        super().__init__(ctx, text)
        self.member_id, self.period, self.amount, self.kind = member_id, period, amount, kind
        self.before: dict[str, Any] | None = None  # the service's undo data of the first run

    def apply(self) -> None:
        changes = self.ctx.write(set_target, self.member_id, self.period, self.amount, self.kind)
        if self.before is None:
            self.before = dict(changes.undo)
            if not changes and not self._pushed:
                self.setObsolete(True)  # the same amount again: keep it off the stack

    def revert(self) -> None:
        assert self.before is not None
        self.ctx.write(undo_set_target, self.before)


class DeleteTargetCommand(DeleteCommand):
    """Remove a target; undo restores the very same row."""

    def __init__(self, ctx: WorkspaceContext, text: str, target_id: int) -> None:
        super().__init__(ctx, text, delete_target, target_id, restorer=restore_target)
