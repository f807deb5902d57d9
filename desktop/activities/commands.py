"""Undo steps of the activity log; each puts the relationships back exactly.

Logging raises our members' relationships with the people met
(:mod:`model.services.activities`). :class:`LogActivityCommand` keeps the
relationship rows as they were before the log, so its undo deletes the
activity *and* puts those rows back; its redo restores the same activity and
the rows as the log left them. :class:`EditActivityCommand` does the same for an
edit (the activity's fields, members and people), :class:`DeleteActivityCommand`
for a delete (which leaves relationships as they are; its undo restores the
activity).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.context import ServiceCommand, WorkspaceContext
from model.errors import DomainError
from model.services.activities import (
    ActivityState,
    RelationshipState,
    delete_activity,
    log_activity,
    restore_activity,
    revert_activity,
    update_activity,
)
from model.services.common import Snapshot


class LogActivityCommand(ServiceCommand):
    """Log an activity; undo deletes it and puts the relationships back as they were."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        account_id: int,
        values: Mapping[str, Any],
        members: tuple[int, ...],
        people: tuple[int, ...],
    ) -> None:
        super().__init__(ctx, text)
        self.account_id, self.values = account_id, dict(values)
        self.members, self.people = tuple(members), tuple(people)
        self.ident: int | None = None
        self.before: RelationshipState | None = None  # relationships before the log
        self.after: RelationshipState | None = None  # ... as the log left them
        self.snapshot: Snapshot | None = None
        self.warnings: tuple[DomainError, ...] = ()

    def apply(self) -> None:
        if self.snapshot is not None:
            self.ctx.write(restore_activity, self.snapshot, relationships=self.after)
            return
        changes = self.ctx.write(
            log_activity, self.account_id, self.values, members=self.members, people=self.people
        )
        self.ident, self.warnings = changes.created_id("activity"), changes.warnings
        self.before = changes.undo.get("relationships")

    def revert(self) -> None:
        assert self.ident is not None
        changes = self.ctx.write(delete_activity, self.ident, relationships=self.before)
        self.snapshot = changes.undo["snapshot"]
        self.after = changes.undo.get("relationships")


class EditActivityCommand(ServiceCommand):
    """Change an activity (fields, members, people); undo puts it and the
    relationships the edit raised back as they were."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        activity_id: int,
        values: Mapping[str, Any],
        members: tuple[int, ...] | None = None,
        people: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.ident, self.values = activity_id, dict(values)
        self.members, self.people = members, people
        self.state: ActivityState | None = None
        self.before: RelationshipState | None = None

    def apply(self) -> None:
        changes = self.ctx.write(
            update_activity, self.ident, self.values, members=self.members, people=self.people
        )
        if "state" not in changes.undo:
            if not self._pushed:
                self.setObsolete(True)  # nothing changed: keep it off the stack
            return
        self.state = changes.undo["state"]
        self.before = changes.undo["relationships"]

    def revert(self) -> None:
        if self.state is not None:
            self.ctx.write(revert_activity, self.ident, self.state, self.before)


class MarkDoneCommand(EditActivityCommand):
    """Mark a next step done on a day (a local day), or not done (None)."""

    def __init__(
        self, ctx: WorkspaceContext, text: str, activity_id: int, day: date | None
    ) -> None:
        super().__init__(ctx, text, activity_id, {"next_done_on": day})


class DeleteActivityCommand(ServiceCommand):
    """Delete an activity with whom it met; undo restores it all."""

    def __init__(self, ctx: WorkspaceContext, text: str, activity_id: int) -> None:
        super().__init__(ctx, text)
        self.ident = activity_id
        self.snapshot: Snapshot | None = None
        self.warnings: tuple[DomainError, ...] = ()

    def apply(self) -> None:
        changes = self.ctx.write(delete_activity, self.ident)
        self.snapshot, self.warnings = changes.undo["snapshot"], changes.warnings

    def revert(self) -> None:
        assert self.snapshot is not None
        self.ctx.write(restore_activity, self.snapshot)
