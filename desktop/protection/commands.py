"""Undo commands of protection: one decision, one territory added or removed.

A decision (:class:`DecisionCommand`) runs its service once; undo and redo then
put back exactly the step the service returned
(:func:`~model.services.protection.revert_decision`,
:func:`~model.services.protection.reapply_decision`), the event row included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.commands import CreateCommand, DeleteCommand
from desktop.context import ServiceCommand, WorkspaceContext
from model.changes import Changes
from model.services.protection import (
    create_territory,
    delete_territory,
    reapply_decision,
    restore_territory,
    revert_decision,
)


class DecisionCommand(ServiceCommand):
    """Penalise, release, claim, transfer or extend; one undo step restoring exactly."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        service: Callable[..., Changes],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(ctx, text)
        self.service, self.args, self.kwargs = service, args, kwargs
        self.step: dict[str, Any] | None = None

    def apply(self) -> None:
        if self.step is None:
            self.step = self.ctx.write(self.service, *self.args, **self.kwargs).undo["step"]
        else:
            self.ctx.write(reapply_decision, self.step)

    def revert(self) -> None:
        assert self.step is not None
        self.ctx.write(revert_decision, self.step)


class AddTerritoryCommand(CreateCommand):
    def __init__(
        self, ctx: WorkspaceContext, text: str, member_id: int, values: dict[str, Any]
    ) -> None:
        super().__init__(
            ctx,
            text,
            "territory",
            create_territory,
            delete_territory,
            member_id,
            dict(values),
            restorer=restore_territory,
        )


class RemoveTerritoryCommand(DeleteCommand):
    def __init__(self, ctx: WorkspaceContext, text: str, territory_id: int) -> None:
        super().__init__(ctx, text, delete_territory, territory_id, restorer=restore_territory)
