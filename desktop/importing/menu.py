"""File → Import… (Ctrl+Shift+I): the import wizard's entry in the main window.

Kept light: the wizard, and the model's reading and planning code it needs,
are imported when the action runs, never at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from desktop.context import WorkspaceContext
    from desktop.mainwindow import MainWindow

CONTEXT = "ImportMenu"
ACTION_NAME = "importAction"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install(window: MainWindow) -> None:
    """Add File → Import… to ``window.file_menu``; enabled while a writable workspace is shown."""
    action = QAction(tr("&Import…"), window)
    action.setObjectName(ACTION_NAME)
    action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    tip = tr("Import accounts, people, deals or activities from a CSV or Excel file")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setEnabled(False)
    action.triggered.connect(lambda: open_wizard(window))
    window.file_menu.addAction(action)

    def follow(ctx: WorkspaceContext | None) -> None:
        writable = ctx is not None and not ctx.workspace.read_only
        action.setEnabled(writable)
        if ctx is not None and not writable:
            action.setToolTip(tr("This workspace is open read-only: nothing can be imported"))
        else:
            action.setToolTip(tip)

    window.context_hooks.append(follow)


def open_wizard(window: MainWindow) -> None:
    """Open the import wizard on the workspace the window shows."""
    ctx = window.ctx
    if ctx is None or ctx.workspace.read_only:
        return
    from desktop.importing.wizard import ImportWizard

    wizard = ImportWizard(ctx, window.settings, window)
    wizard.open()
