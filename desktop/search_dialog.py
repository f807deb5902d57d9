"""Edit ▸ Go to… (Ctrl+K): find an account, person or deal and jump to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow


def open_search(window: MainWindow) -> None:
    raise NotImplementedError  # filled by the global-search work of issue 10
