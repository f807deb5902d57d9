"""File ▸ Print… (Ctrl+P): the current view through Qt's print preview."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.pages.base import Page


def print_page(page: Page, parent: QWidget) -> None:
    raise NotImplementedError  # filled by the main-window work of issue 10
