"""This feature's entries in the main window's File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow


def install(window: MainWindow) -> None:
    """Add this feature's actions to ``window.file_menu`` (placeholder until built)."""
