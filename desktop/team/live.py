"""Others' changes to a team database shown without a restart (issue 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow


def install(window: MainWindow) -> None:
    """Follow the open workspace (``window.context_hooks``) and listen to its server."""
