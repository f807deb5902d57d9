"""Generic undo commands over the model's services.

Most edits are one of three shapes — change fields, create, delete — and
their inverses follow from what the services return (old values, created ids,
delete snapshots), so one class per shape serves every entity.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.context import ServiceCommand, WorkspaceContext
from model.changes import Changes
from model.errors import DomainError
from model.services.common import Snapshot, checked_update, restore


class EditCommand(ServiceCommand):
    """Set fields on one entity; undo writes the old values back.

    Each step remembers the row version it left, and the next step (undo, redo)
    runs only if the row is still at that version: another window or user who
    changed the row meanwhile is never overwritten (``EditConflict``).
    """

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        update: Callable[..., Changes],
        ident: int,
        values: Mapping[str, Any],
        *,
        shown: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.update, self.ident, self.values = update, ident, dict(values)
        self.old: dict[str, Any] = {}
        self.version: int | None = None  # the row's version after the last step
        # What the last step wrote; before the first, what the view showed (if it says).
        self.written: dict[str, Any] = dict(shown or {})

    def apply(self) -> None:
        changes = self.ctx.write(
            checked_update, self.update, self.ident, self.values, self.version, self.written
        )
        old = changes.undo.get("old") or {}
        self.version = getattr(old, "version", None)
        self.written = dict(getattr(old, "new", {}))
        if not self.old:
            self.old = dict(old)
        if not self.old and not self._pushed:
            self.setObsolete(True)  # nothing changed: keep it off the stack

    def intended(self) -> dict[str, Any]:
        return dict(self.values)

    def can_rebase(self) -> bool:
        return not self._pushed  # a first edit; an undo step re-checks its own version

    def rebase(self, current: Mapping[str, Any]) -> bool:
        """Re-apply on top of the record as it is now: the fields hold ``current``
        (read for the conflict dialog), so only a still newer change refuses it."""
        if self._pushed:
            return False
        self.version, self.old = None, {}
        self.written = {name: current.get(name) for name in self.values}
        return True

    def revert(self) -> None:
        if self.old:
            changes = self.ctx.write(
                checked_update, self.update, self.ident, self.old, self.version, self.written
            )
            old = changes.undo.get("old")
            self.version = getattr(old, "version", self.version)
            self.written = dict(getattr(old, "new", self.old))


class CreateCommand(ServiceCommand):
    """Create an entity; undo deletes it, redo restores the very same row.

    ``args`` and ``kwargs`` go to ``create``. ``restorer`` puts the deleted row
    back: the generic :func:`~model.services.common.restore`, or the entity's
    own where more must follow (a payment's instalment total, the deal an
    activity names). ``warnings`` keeps what the model noted on the create.
    """

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        kind: str,
        create: Callable[..., Changes],
        delete: Callable[..., Changes],
        *args: Any,
        restorer: Callable[..., Changes] = restore,
        **kwargs: Any,
    ) -> None:
        super().__init__(ctx, text)
        self.kind, self.create, self.delete = kind, create, delete
        self.args, self.kwargs, self.restorer = args, kwargs, restorer
        self.ident: int | None = None
        self.snapshot: Snapshot | None = None
        self.warnings: tuple[DomainError, ...] = ()

    def apply(self) -> None:
        if self.snapshot is not None:
            self.ctx.write(self.restorer, self.snapshot)
            return
        changes = self.ctx.write(self.create, *self.args, **self.kwargs)
        self.ident, self.warnings = changes.created_id(self.kind), changes.warnings

    def revert(self) -> None:
        assert self.ident is not None
        self.snapshot = self.ctx.write(self.delete, self.ident).undo["snapshot"]


class DeleteCommand(ServiceCommand):
    """Delete an entity with what hangs off it; undo restores it all (see
    :class:`CreateCommand` for ``restorer`` and ``warnings``)."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        delete: Callable[..., Changes],
        ident: int,
        *,
        restorer: Callable[..., Changes] = restore,
    ) -> None:
        super().__init__(ctx, text)
        self.delete, self.ident, self.restorer = delete, ident, restorer
        self.snapshot: Snapshot | None = None
        self.warnings: tuple[DomainError, ...] = ()

    def apply(self) -> None:
        changes = self.ctx.write(self.delete, self.ident)
        self.snapshot, self.warnings = changes.undo["snapshot"], changes.warnings

    def revert(self) -> None:
        assert self.snapshot is not None
        self.ctx.write(self.restorer, self.snapshot)
