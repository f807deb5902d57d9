"""The whole import as one undo step.

Every run writes off the UI thread, behind a progress dialog, so the window
repaints while 100,000 rows are written or taken back
(``desktop/progress.py``). The first run writes the planned rows in
one transaction and has Cancel: a cancel rolls the transaction back, so
nothing is written. Undo and redo call the model's ``undo_import`` /
``redo_import`` with the undo data the step before returned: undo hands back
the rows it deleted, which redo writes again with the same ids and UUIDs (and
redo hands back what the next undo needs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.context import ServiceCommand, WorkspaceContext
from desktop.progress import Progress, run_with_progress
from model.changes import Changes

if TYPE_CHECKING:
    from model.importing.plan import ImportPlan


PROGRESS = "importProgress"
"""The object name of the import's progress dialogs (the wizard's too)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class ImportCommand(ServiceCommand):
    """Import the planned rows of one file; undo removes what it created and puts
    merged records back as they were; redo writes them again."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        plan: ImportPlan,
        source_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.plan: ImportPlan | None = plan
        self.source_name = source_name
        self.parent = parent  # the first run's progress shows over it (the wizard)
        self.undo_data: dict[str, Any] | None = None  # for undo_import
        self.redo_data: dict[str, Any] | None = None  # for redo_import, once undone

    def first_run(self) -> None:
        from model.services.importing import apply_import

        assert self.plan is not None
        plan, rows = self.plan, len(self.plan.rows)
        changes = self._write(
            self.parent,
            tr("Importing {rows} rows…").format(rows=f"{rows:,}"),
            lambda session, progress: apply_import(
                session, plan, source_name=self.source_name, progress=progress
            ),
            cancellable=True,
        )
        self.undo_data = dict(changes.undo)
        self.plan = None  # the undo data is all later steps need

    def apply(self) -> None:
        from model.services.importing import redo_import

        assert self.redo_data is not None
        redo = self.redo_data
        changes = self._write(
            QApplication.activeWindow(),
            tr("Importing {file} again…").format(file=self.source_name),
            lambda session, _progress: redo_import(session, redo),
        )
        self.undo_data = dict(changes.undo)

    def revert(self) -> None:
        from model.services.importing import undo_import

        assert self.undo_data is not None
        undo = self.undo_data
        changes = self._write(
            QApplication.activeWindow(),
            tr("Taking back the import of {file}…").format(file=self.source_name),
            lambda session, _progress: undo_import(session, undo),
        )
        self.redo_data = dict(changes.undo)

    def _write(
        self,
        parent: QWidget | None,
        label: str,
        service: Callable[[Any, Progress], Changes],
        *,
        cancellable: bool = False,
    ) -> Changes:
        """Run ``service`` in one transaction of ``ctx.write`` in a worker thread; the
        changes are spread from the UI thread once it is done (views are no thread's
        but this one's). Raises ``Cancelled`` when the user cancelled."""
        ctx = self.ctx
        held: list[Changes] = []

        def work(progress: Progress) -> Changes:
            def call(session: Any) -> Changes:
                held.append(service(session, progress))
                return Changes()  # nothing spread from the worker thread

            ctx.write(call)
            return held[0]

        cancel = tr("Cancel") if cancellable else ""
        changes = run_with_progress(parent, tr("Import"), label, cancel, work, object_name=PROGRESS)
        if changes:
            ctx.hub.changed.emit(changes)
        return changes
