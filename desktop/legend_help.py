"""Help ▸ Legend: what card badges and map symbols mean."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_legend(parent: QWidget) -> None:
    raise NotImplementedError  # filled by the main-window work of issue 10
