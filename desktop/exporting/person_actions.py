"""A person's data on request: entries in the person's menu (export, erase)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget


def add_person_data_actions(menu: QMenu, page: QWidget, person_id: int) -> None:
    """Add the person's data entries to ``menu`` (placeholder until built)."""
