"""File ▸ Export…: the workspace export's entry in the main window.

Kept light: the dialog and the model's export code are imported when the
action runs, never at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from desktop.context import WorkspaceContext
    from desktop.mainwindow import MainWindow

CONTEXT = "ExportMenu"
ACTION_NAME = "exportAction"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install(window: MainWindow) -> None:
    """Add File ▸ Export… to ``window.file_menu``; enabled while a workspace is shown
    (read-only ones too: an export only reads)."""
    action = QAction(tr("&Export…"), window)
    action.setObjectName(ACTION_NAME)
    tip = tr("Export the workspace as JSON (lossless), an Excel workbook or CSV files")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setEnabled(False)
    action.triggered.connect(lambda: run_export(window))
    window.file_menu.addAction(action)

    def follow(ctx: WorkspaceContext | None) -> None:
        action.setEnabled(ctx is not None)

    window.context_hooks.append(follow)


def run_export(window: MainWindow) -> None:
    """Ask what and where, and export the workspace the window shows."""
    if window.ctx is None:
        return
    from desktop.exporting.workspace import export_workspace

    export_workspace(window.ctx, window.settings, window)
