"""The leads list as a table over cached :class:`~model.leads.LeadRow` rows, and the
words for channels (the method's CHANNEL.1..10 in the interface language)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop import labels
from desktop.i18n import lang
from desktop.models.row_table import ID_ROLE, SORT_ROLE, RowTableModel
from model.enums import LeadStatus
from model.leads import LeadRow
from model.methodology import load_methodology

CONTEXT = "LeadsTable"
_STATUS_ORDER = {s.value: i for i, s in enumerate(LeadStatus)}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def channel_name(channel: int) -> str:
    """The channel's full name in the interface language (CHANNEL.n)."""
    return load_methodology().text(f"CHANNEL.{channel}", lang())


def channel_short(channel: int) -> str:
    """ "n · name" without the examples in brackets, for lists and combo boxes."""
    name = channel_name(channel)
    for bracket in (" (", "（", "("):
        name = name.split(bracket, 1)[0]
    return f"{channel} · {name.rstrip(':：')}"


def kind_short(kind: str) -> str:
    """The lead's kind in one word for the table (the full words in its tooltip)."""
    words = {"existing": tr("Existing"), "new": tr("New"), "dormant": tr("Dormant")}
    return words.get(kind, labels.lead_kind_label(kind))


class Column(IntEnum):
    RECEIVED = 0
    COMPANY = 1
    CONTACT = 2
    CHANNEL = 3
    KIND = 4
    STATUS = 5
    OWNER = 6
    DEAL = 7


def column_titles() -> list[str]:
    return [
        tr("Received"),
        tr("Company"),
        tr("Contact"),
        tr("Channel"),
        tr("Kind"),
        tr("Status"),
        tr("Owner"),
        tr("Opportunity"),
    ]


def column_tips() -> list[str]:
    return [
        tr("The day the lead came in"),
        tr("The account, or the company name as it was given"),
        tr("Who to talk to"),
        tr("Where the lead came from: one of the method's ten channels"),
        tr("Existing, new or dormant customer"),
        tr("New, contacted, converted into an opportunity, or discarded"),
        tr("Who follows the lead up (leads are not protected: anyone may)"),
        tr("The deal the lead became, and its stage"),
    ]


class LeadTableModel(RowTableModel[LeadRow]):
    """One row per lead, in the order :func:`model.leads.lead_rows` gives (newest first)."""

    def column_count(self) -> int:
        return len(Column)

    def column_titles(self) -> list[str]:
        return column_titles()

    def column_tips(self) -> list[str]:
        return column_tips()

    def cell(self, row: LeadRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CHANNEL:
                return channel_name(row.channel)
            if column == Column.COMPANY and row.account_id is None:
                return tr("Not an account yet: converting the lead creates it")
            if column == Column.KIND:
                return labels.lead_kind_label(row.kind)
            if column in (Column.COMPANY, Column.CONTACT, Column.OWNER, Column.DEAL):
                return self._text(row, column) or None
        return None

    @staticmethod
    def data_text(row: LeadRow, column: int) -> str:
        """What the cell shows (for measuring)."""
        return LeadTableModel._text(row, column)

    @staticmethod
    def _text(row: LeadRow, column: int) -> str:
        if column == Column.RECEIVED:
            return row.received_on.isoformat() if row.received_on else ""
        if column == Column.COMPANY:
            return row.company if row.account_id is not None else f"{row.company} *"
        if column == Column.CONTACT:
            return row.contact_name
        if column == Column.CHANNEL:
            return channel_short(row.channel)
        if column == Column.KIND:
            return kind_short(row.kind)
        if column == Column.STATUS:
            return labels.lead_status_label(row.status)
        if column == Column.OWNER:
            return row.owner
        if column == Column.DEAL:
            if row.deal_id is None:
                return ""
            return f"{row.deal} ({labels.stage_label(row.deal_stage)})"
        return ""

    @staticmethod
    def _sort(row: LeadRow, column: int) -> Any:
        if column == Column.RECEIVED:
            return row.received_on.toordinal() if row.received_on else 0
        if column == Column.CHANNEL:
            return row.channel
        if column == Column.STATUS:
            return _STATUS_ORDER.get(row.status, 9)
        if column == Column.COMPANY:
            return row.company.casefold()
        return LeadTableModel._text(row, column).casefold()
