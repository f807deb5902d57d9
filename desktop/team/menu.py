"""File → Open team database… (filled in by issue 15's work)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow


def install(window: MainWindow) -> None:
    """Add the team database's entries to ``window.file_menu``."""
