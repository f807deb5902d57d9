"""The whole import as one undo step.

The first run writes the planned rows in one transaction off the UI thread,
behind a progress dialog with Cancel (``desktop/importing/progress.py``); a
cancel rolls the transaction back, so nothing is written. Undo and redo call
the model's ``undo_import`` / ``redo_import`` with the undo data the first
run returned: undo hands back the rows it deleted, which redo writes again with
the same ids and UUIDs (and redo hands back what the next undo needs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.context import ServiceCommand, WorkspaceContext
from desktop.importing.progress import Progress
from model.changes import Changes

if TYPE_CHECKING:
    from model.importing.plan import ImportPlan

Runner = Callable[[Callable[[Progress], Changes]], Changes]
"""Runs the work (given a progress callback) where the window repaints; raises
``desktop.importing.progress.Cancelled`` when the user cancelled."""


class ImportCommand(ServiceCommand):
    """Import the planned rows of one file; undo removes what it created and puts
    merged records back as they were; redo writes them again."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        plan: ImportPlan,
        source_name: str,
        runner: Runner,
    ) -> None:
        super().__init__(ctx, text)
        self.plan: ImportPlan | None = plan
        self.source_name = source_name
        self.runner = runner
        self.undo_data: dict[str, Any] | None = None  # for undo_import
        self.redo_data: dict[str, Any] | None = None  # for redo_import, once undone
        self.changes: Changes | None = None

    def first_run(self) -> None:
        from model.services.importing import apply_import

        assert self.plan is not None
        plan, ctx, source_name = self.plan, self.ctx, self.source_name
        held: list[Changes] = []

        def write(progress: Progress) -> Changes:
            def apply(session: Any) -> Changes:
                held.append(apply_import(session, plan, source_name=source_name, progress=progress))
                return Changes()  # spread below, from the UI thread

            ctx.write(apply)
            return held[0]

        changes = self.runner(write)
        self.changes = changes
        self.undo_data = dict(changes.undo)
        self.plan = None  # the undo data is all later steps need
        if changes:
            ctx.hub.changed.emit(changes)

    def apply(self) -> None:
        from model.services.importing import redo_import

        assert self.redo_data is not None
        self.undo_data = dict(self.ctx.write(redo_import, self.redo_data).undo)

    def revert(self) -> None:
        from model.services.importing import undo_import

        assert self.undo_data is not None
        self.redo_data = dict(self.ctx.write(undo_import, self.undo_data).undo)
