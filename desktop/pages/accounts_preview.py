"""What the window shows for the few hundred milliseconds the workspace takes
to open: the accounts, read with sqlite3 alone (see model.quickread)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.models.accounts_model import AccountsFilterProxy, AccountsTableModel
from desktop.pages.accounts_table import accounts_table, column_fit
from model.dto import AccountRow


class AccountsPreview(QWidget):
    def __init__(self, rows: Sequence[AccountRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AccountsTableModel(self)
        self.model.set_rows(rows)
        self.proxy = AccountsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        self.note = QLabel(self.tr("Opening the workspace…"))
        layout.addWidget(self.note)
        self.table = accounts_table(self.proxy)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        # The columns the user chose, as the page will show them: no jump at the switch.
        column_fit(self.table).use_settings(getattr(self.window(), "settings", None))
        super().showEvent(event)
