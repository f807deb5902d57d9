"""Territories (责任区, P3.PROTECT.1): who is responsible for which regions, industries
and named accounts. Opened from the Team page's "Territories…".

Each add and each removal is one undo step (Ctrl+Z in the main window, or
here). The table follows the hub, so an undo shows at once. Tests drive the
real dialog through :data:`show_territories`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.board import style
from desktop.context import WorkspaceContext
from desktop.method_help import with_help
from desktop.models.row_table import RowTableModel
from desktop.pages.list_editor import read_only_table
from desktop.protection.commands import AddTerritoryCommand, RemoveTerritoryCommand
from desktop.protection.decide import show_following, tr
from model.changes import Changes
from model.protection import TerritoryChoices, TerritoryRow, territories
from model.protection import territory_choices as read_choices


def territory_kind_label(kind: str) -> str:
    return {
        "account": tr("Named account"),
        "region": tr("Region"),
        "industry": tr("Industry"),
    }.get(kind, kind)


class TerritoryModel(RowTableModel[TerritoryRow]):
    def column_count(self) -> int:
        return 3

    def column_titles(self) -> list[str]:
        return [tr("Member"), tr("Kind"), tr("Region, industry or account")]

    def column_tips(self) -> list[str]:
        return ["", "", tr("A region covers every place under it")]

    def cell(self, row: TerritoryRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [row.member, territory_kind_label(row.kind), row.value][column]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class TerritoriesDialog(QDialog):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("territoriesDialog")
        self.setWindowTitle(tr("Territories"))
        self.resize(760, 520)
        outer = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Give each member the regions, industries or named accounts they answer "
                "for. An account falls in the most specific match: a named account, then "
                "the deepest region, then the industry. The member is suggested as the "
                "owner when a deal there is claimed or transferred."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(with_help(intro, "P3.PROTECT.1"))
        self.model = TerritoryModel(self)
        self.view = read_only_table("territoryTable", self.model, alternate=False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 180)
        self.view.setColumnWidth(1, 140)
        self.empty = QLabel(
            tr(
                "No territories yet. Choose a member, a kind and a region, industry or "
                "account below, then Add."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {style.TEXT_2.name()};")
        outer.addWidget(self.empty)
        outer.addWidget(self.view, 1)

        add = QHBoxLayout()
        self.member = QComboBox()
        self.member.setObjectName("territoryMember")
        self.kind = QComboBox()
        self.kind.setObjectName("territoryKind")
        for kind in ("region", "industry", "account"):
            self.kind.addItem(territory_kind_label(kind), kind)
        self.value = QComboBox()
        self.value.setObjectName("territoryValue")
        self.value.setMinimumWidth(240)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setObjectName("addTerritory")
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeTerritory")
        self.remove_button.clicked.connect(lambda _c=False: self.remove_selected())
        for widget, stretch in (
            (self.member, 2),
            (self.kind, 1),
            (self.value, 3),
            (self.add_button, 0),
            (self.remove_button, 0),
        ):
            add.addWidget(widget, stretch)
        outer.addLayout(add)
        self.problem = QLabel("")
        self.problem.setObjectName("territoryProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {style.RED.name()};")
        outer.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.choices = TerritoryChoices((), (), (), ())
        self.kind.currentIndexChanged.connect(lambda _n: self._fill_values())
        self.refresh()
        ctx.hub.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("territory", "member", "account"):
            self.refresh()

    def refresh(self) -> None:
        self.choices = self.ctx.read(read_choices)
        self.model.set_rows(self.ctx.read(territories))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        current = self.member.currentData()
        self.member.clear()
        for ident, name in self.choices.members:
            self.member.addItem(name, ident)
        if current is not None and self.member.findData(current) >= 0:
            self.member.setCurrentIndex(self.member.findData(current))
        elif self.ctx.me is not None and self.member.findData(self.ctx.me) >= 0:
            self.member.setCurrentIndex(self.member.findData(self.ctx.me))
        self._fill_values()
        if not self.choices.members:
            self.problem.setText(tr("Add your team on the Team page first."))

    def _fill_values(self) -> None:
        kind = self.kind.currentData()
        text = self.value.currentText()
        self.value.clear()
        self.value.setEditable(kind != "account")
        if kind == "account":
            for ident, name in self.choices.accounts:
                self.value.addItem(name, ident)
        else:
            options = self.choices.regions if kind == "region" else self.choices.industries
            self.value.addItems(list(options))
            self.value.setEditText(text if text in options else "")
            self.value.lineEdit().setPlaceholderText(
                tr("e.g. China/East") if kind == "region" else tr("e.g. Steel")
            )

    # -- edits ------------------------------------------------------------------------------

    def set_values(self, member_id: int, kind: str, value: str | int) -> None:
        """Fill the add row (tests, keyboard users): a text or an account id."""
        self.member.setCurrentIndex(self.member.findData(member_id))
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if kind == "account":
            self.value.setCurrentIndex(self.value.findData(value))
        else:
            self.value.setEditText(str(value))

    def add(self) -> bool:
        member = self.member.currentData()
        kind = str(self.kind.currentData())
        if member is None:
            return False
        if kind == "account":
            values: dict[str, Any] = {"kind": kind, "account_id": self.value.currentData()}
        else:
            values = {"kind": kind, "value": self.value.currentText()}
        label = self.value.currentText().strip()
        text = tr("Add {member}'s territory {value}").format(
            member=self.member.currentText(), value=label
        )
        problem = self.ctx.try_push(AddTerritoryCommand(self.ctx, text, int(member), values))
        self.problem.setText(problem or "")
        return problem is None

    def remove_selected(self) -> bool:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return False
        text = tr("Remove {member}'s territory {value}").format(member=row.member, value=row.value)
        return self.ctx.push(RemoveTerritoryCommand(self.ctx, text, row.id))

    def select_row(self, territory_id: int) -> None:
        self.view.selectRow(self.model.row_of(territory_id))


Shower = Callable[[TerritoriesDialog], None]


def _exec(dialog: TerritoriesDialog) -> None:
    dialog.exec()


show_territories: Shower = _exec
"""How the dialog is shown; tests replace it to drive the real dialog without blocking."""


def open_territories(ctx: WorkspaceContext, parent: QWidget | None = None) -> TerritoriesDialog:
    dialog = TerritoriesDialog(ctx, parent)
    return show_following(ctx, dialog, show_territories, dialog._changed)
