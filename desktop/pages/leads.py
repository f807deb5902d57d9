"""The Leads page (P2): leads by channel, captured, edited and converted, and the
yield of each channel.

A lead is contact information not yet verified. The list (newest first) has
filters for channel, kind, status and owner and a search box; the side panel
edits the selected lead in place (each change one undo step), shows what the
method asks in P2 — the exit criteria and the key actions of the rep and of
presales — and converts the lead into an opportunity
(:mod:`desktop.leads.convert`). Leads are neither protected nor counted
(LEAD.RULE.*), which the form says. The second tab is the channel yield
(:mod:`desktop.leads.yield_view`).

New lead is Ctrl+Shift+N as on the Team and Targeting pages: Ctrl+N is the
window's New workspace.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import sort_by_name
from desktop.commands import CreateCommand, DeleteCommand, EditCommand
from desktop.context import WorkspaceContext
from desktop.i18n import lang
from desktop.leads import convert as convert_module
from desktop.leads import form as form_module
from desktop.leads.convert import ConvertLeadCommand, ConvertRequest
from desktop.leads.form import CaptureRequest, LeadForm
from desktop.leads.table import Column, LeadTableModel, channel_short, kind_short
from desktop.leads.yield_view import YieldView
from desktop.pages.base import EmptyState, Page
from desktop.pages.list_editor import (
    EditorPanel,
    ListEditor,
    fit_rows,
    follow_text_size,
    list_beside,
    row_proxy,
    row_table,
    text_width,
)
from desktop.widgets import GuardedComboBox
from model.changes import Changes
from model.enums import LeadKind, LeadStatus
from model.leads import LeadChoices, LeadFilter, LeadRow, filter_leads, lead_choices, lead_facts
from model.leads import lead_rows as read_lead_rows
from model.methodology import load_methodology
from model.services.leads import create_lead, delete_lead, update_lead
from model.settings import get_setting


def method_html(heading: str, parts: list[tuple[str, list[str]]]) -> str:
    """P2's exit criteria and key actions per role as a short list."""
    out = [f"<b>{escape(heading)}</b>"]
    for title, items in parts:
        out.append(f"<p style='margin:6px 0 2px 0'><i>{escape(title)}</i></p>")
        out.append("<ul style='margin:0 0 0 -20px'>")
        out.extend(f"<li>{escape(text)}</li>" for text in items)
        out.append("</ul>")
    return "".join(out)


class LeadEditor(EditorPanel):
    """The selected lead: its form, the conversion, and what P2 asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("leadEditor", 360, parent)
        self.form = LeadForm()
        self.name = self.form.contact_name  # where a new lead's cursor goes
        self.fields = self.form.fields
        self.body.addWidget(self.form)
        self.body.addWidget(self.error)
        line = QHBoxLayout()
        self.convert = QPushButton(self.tr("Convert to opportunity…"))
        self.convert.setObjectName("convertLead")
        line.addWidget(self.convert)
        line.addStretch(1)
        self.body.addLayout(line)
        self.deal = QLabel()
        self.deal.setObjectName("leadDeal")
        self.deal.setWordWrap(True)
        self.body.addWidget(self.deal)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        self.body.addWidget(rule)
        self.method = QLabel()
        self.method.setObjectName("leadMethod")
        self.method.setWordWrap(True)
        self.method.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.method)
        self.body.addStretch(1)
        method = load_methodology()
        language = lang()
        self.method.setText(
            method_html(
                self.tr("What P2 asks before a lead becomes an opportunity"),
                [
                    (
                        self.tr("Exit criteria"),
                        [i.text(language) for i in method.exit_criteria("P2")],
                    ),
                    (
                        self.tr("Key actions of the rep"),
                        [i.text(language) for i in method.actions("P2", "rep")],
                    ),
                    (
                        self.tr("Key actions of presales"),
                        [i.text(language) for i in method.actions("P2", "presales")],
                    ),
                ],
            )
        )


class LeadsPage(Page, ListEditor[LeadRow]):
    """Leads in a filtered table with an editor beside it, and channel yield."""

    editor: LeadEditor

    key = "leads"

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._selected: int | None = None
        self._loading = False
        self._all: list[LeadRow] = []
        self._choices = LeadChoices((), ())
        self.table_model = LeadTableModel(self)
        self.proxy = row_proxy(self.table_model, self, -1)
        self._build_actions()
        self._build_ui()
        self.follow_model()

    # -- building -----------------------------------------------------------------

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self.make_action(
            self.tr("New lead…"),
            self.tr("Capture a lead: where it came from, the company and whom to contact"),
            self.new_lead,
            "Ctrl+Shift+N",
            sp.SP_FileIcon,
        )
        self.act_new.setObjectName("act_new_lead")
        self.addAction(self.act_new)  # the shortcut works on the page alone too
        self.act_delete = self.make_action(
            self.tr("Delete lead"),
            self.tr("Delete the selected lead (undo brings it back)"),
            self.delete_lead,
            QKeySequence(QKeySequence.StandardKey.Delete),
            sp.SP_TrashIcon,
        )
        self.act_delete.setObjectName("act_delete_lead")
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_convert = self.make_action(
            self.tr("Convert to opportunity…"),
            self.tr("Make the selected lead a valid opportunity in P3, with its five elements"),
            self.convert_lead,
            "Ctrl+Shift+O",
        )
        self.act_convert.setObjectName("act_convert_lead")
        self.addAction(self.act_convert)

    def page_actions(self) -> list[QAction]:
        return [self.act_new, self.act_convert, self.act_delete]

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leadTabs")
        outer.addWidget(self.tabs)

        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No leads yet"),
            self.tr(
                "Capture every lead as it comes: a customer's new need, a referral, a contact "
                "met at an event, a call or a web enquiry. Note its channel so you can see which "
                "channels turn leads into opportunities. Leads are neither protected nor "
                "counted: anyone may follow one up."
            ),
            self.tr("Capture the first lead (Ctrl+Shift+N)"),
            then=self.new_lead,
        )
        self.stack.addWidget(self.empty)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("leadSearch")
        self.search.setPlaceholderText(self.tr("Search company, contact, source or note (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 2)
        self.channel_filter = GuardedComboBox()
        self.channel_filter.setObjectName("filterChannel")
        self.channel_filter.addItem(self.tr("Any channel"), None)
        for n in range(1, 11):
            self.channel_filter.addItem(channel_short(n), n)
        self.kind_filter = GuardedComboBox()
        self.kind_filter.setObjectName("filterKind")
        self.kind_filter.addItem(self.tr("Any kind"), None)
        for value, text in labels.options(LeadKind):
            self.kind_filter.addItem(text, value)
        self.status_filter = GuardedComboBox()
        self.status_filter.setObjectName("filterStatus")
        self.status_filter.addItem(self.tr("Any status"), None)
        for value, text in labels.options(LeadStatus):
            self.status_filter.addItem(text, value)
        self.owner_filter = GuardedComboBox()
        self.owner_filter.setObjectName("filterOwner")
        self.owner_filter.addItem(self.tr("Any owner"), None)
        for combo in (self.channel_filter, self.kind_filter, self.status_filter, self.owner_filter):
            combo.setSizeAdjustPolicy(
                GuardedComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            bar.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.count = QLabel()
        bar.addWidget(self.count)
        main_layout.addLayout(bar)

        self.table = row_table("leadTable", self.proxy, Column.RECEIVED)
        self.table.sortByColumn(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.addAction(self.act_delete)
        self._size_columns()
        follow_text_size(self, self._size_columns)
        self.table.installEventFilter(self)
        self.editor = LeadEditor()
        scroll = QScrollArea()
        scroll.setObjectName("leadEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.editor_scroll = scroll
        self.splitter = list_beside("leadSplitter", self.table, scroll, [860, 420])
        main_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(main)
        self.tabs.addTab(self.stack, self.tr("Leads"))

        self.yield_view = YieldView()
        self.tabs.addTab(self.yield_view, self.tr("Channel yield"))

        self._follow_list()
        self.proxy.modelReset.connect(self._update_count)
        self.editor.form.committed.connect(self._edit)
        self.editor.convert.clicked.connect(self.convert_lead)

    def _size_columns(self, width: int | None = None) -> None:
        """Widths from the font, the texts shown and the table's width: the day, kind and
        status whole; company, contact, channel, owner and opportunity as wide as their
        texts up to a cap, narrowed together toward their titles' width when the table is
        narrow (the rest in their tooltips); what is left over goes to the company.
        ``width``: the table's new width while it is being resized."""
        table = self.table
        fit_rows(table)
        em = table.fontMetrics().horizontalAdvance("M")
        if hasattr(self, "editor_scroll"):  # the editor grows with the text
            self.editor_scroll.setMinimumWidth(max(380, 34 * em))
        rows = self.table_model.rows()
        whole = {
            Column.RECEIVED: ["2026-12-31"],
            Column.KIND: [kind_short(k.value) for k in LeadKind],
            Column.STATUS: [labels.lead_status_label(s.value) for s in LeadStatus],
        }
        fixed = {column: text_width(table, column, texts) for column, texts in whole.items()}
        # column: (its texts, cap in M)
        flexible = {
            Column.COMPANY: ([LeadTableModel.data_text(r, Column.COMPANY) for r in rows], 18),
            Column.CONTACT: ([r.contact_name for r in rows], 8),
            Column.CHANNEL: ([channel_short(r.channel) for r in rows], 10),
            Column.OWNER: ([r.owner for r in rows], 7),
            Column.DEAL: ([r.deal for r in rows if r.deal_id is not None], 10),
        }
        floors = {column: self._title_width(column) for column in flexible}
        floors[Column.COMPANY] = max(floors[Column.COMPANY], 6 * em)
        wants = {
            column: max(floors[column], min(text_width(table, column, texts), cap * em))
            for column, (texts, cap) in flexible.items()
        }
        if width is None:
            width = table.width()
        room = width - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
        spare = room - sum(fixed.values())
        if sum(wants.values()) > spare:
            give = sum(wants.values()) - sum(floors.values())
            share = max(0.0, (spare - sum(floors.values())) / give) if give else 0.0
            wants = {c: int(floors[c] + (w - floors[c]) * share) for c, w in wants.items()}
        wants[Column.COMPANY] += max(0, spare - sum(wants.values()))
        for column, size in (fixed | wants).items():
            table.setColumnWidth(column, size)

    def _title_width(self, column: int) -> int:
        """The least width that shows the column's title whole (and its sort arrow)."""
        header = self.table.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        title = str(self.table_model.headerData(column, Qt.Orientation.Horizontal) or "")
        need = header.fontMetrics().horizontalAdvance(title) + 2 * margin + 4
        if header.sortIndicatorSection() == column:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return need

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table:
            self._size_columns(event.size().width())  # type: ignore[attr-defined]
        return super().eventFilter(watched, event)

    # -- reading ------------------------------------------------------------------

    def refresh(self) -> None:
        def read(session: Any) -> tuple[list[LeadRow], LeadChoices, list[Any], str]:
            return (
                read_lead_rows(session),
                lead_choices(session),
                lead_facts(session),
                str(get_setting(session, "default_currency")),
            )

        rows, choices, facts, currency = self.ctx.read(read)
        self._all = rows
        if choices != self._choices:
            self._choices = choices
            with self.editor.filling(True):
                self.editor.form.set_choices(choices)
            self._fill_owner_filter()
        self.yield_view.set_facts(facts, currency)
        self._apply_filter()

    def _fill_owner_filter(self) -> None:
        combo = self.owner_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any owner"), None)
        for member in sort_by_name(self._choices.members, lambda m: m.name):
            combo.addItem(member.name, member.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def current_filter(self) -> LeadFilter:
        return LeadFilter(
            channel=self.channel_filter.currentData(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            owner_id=self.owner_filter.currentData(),
            search=self.search.text(),
        )

    def _apply_filter(self) -> None:
        self._show_rows(filter_leads(self._all, self.current_filter()))
        self._size_columns()
        self.stack.setCurrentIndex(1 if self._all else 0)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("lead", "deal", "account", "member"):
            self.refresh()

    def rows(self) -> list[LeadRow]:
        """The leads shown (after the filters)."""
        return self.table_model.rows()

    def _update_count(self) -> None:
        self.count.setText(self._count_text(self.proxy.rowCount(), len(self._all)))

    def _count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("1 lead") if total == 1 else self.tr("{n} leads").format(n=total)
        return self.tr("{shown} of {n} shown").format(shown=shown, n=total)

    def selected_lead(self) -> LeadRow | None:
        return self.selected()

    # -- the editor ---------------------------------------------------------------

    def _load_editor(self) -> None:
        lead = self.selected_lead()
        ed = self.editor
        with ed.filling(lead is not None):
            self.act_delete.setEnabled(lead is not None)
            convertible = lead is not None and lead.deal_id is None
            self.act_convert.setEnabled(convertible)
            ed.convert.setEnabled(convertible)
            if lead is None:
                ed.heading.setText(self.tr("No lead selected"))
                ed.deal.clear()
                return
            ed.heading.setText(lead.company)
            ed.form.load(lead)
            if lead.deal_id is not None:
                ed.deal.setText(
                    self.tr("Became the opportunity “{deal}”, now in {stage}.").format(
                        deal=lead.deal,
                        stage=f"{lead.deal_stage} · {labels.stage_label(lead.deal_stage)}",
                    )
                )
            elif lead.account_id is None:
                ed.deal.setText(
                    self.tr("{company} is not an account yet; converting creates it.").format(
                        company=lead.company
                    )
                )
            else:
                ed.deal.clear()

    def _edit(self, field: str) -> None:
        lead = self.selected_lead()
        if lead is None or self._loading:
            return
        values = self.editor.form.value(field)
        attribute = {"company": "typed_company"}
        shown = {k: getattr(lead, attribute.get(k, k)) for k in values}
        if field == "company":
            shown["account_id"] = lead.account_id
            if values.get("account_id") is not None:
                values = {"account_id": values["account_id"]}
                shown = {"account_id": lead.account_id}
        if all(shown.get(k) == v for k, v in values.items()):
            return
        text = self.tr("Edit the lead from {company}").format(company=lead.company)
        command = EditCommand(self.ctx, text, update_lead, lead.id, values, shown=shown)
        if not self._push(command):
            reason = self.editor.error.text()
            self.refresh()
            self.editor.show_error(reason)

    # -- new, delete, convert -----------------------------------------------------

    def new_lead(self) -> bool:
        request = CaptureRequest(self._choices, self.ctx.me, date.today())
        values = form_module.decide_capture(self, request)
        if values is None:
            return False
        text = self.tr("Capture a lead from {company}").format(company=values.get("company", ""))
        command = CreateCommand(self.ctx, text, "lead", create_lead, delete_lead, values)
        if not self._push(command):
            return False
        self.search.clear()
        self.select(command.ident)
        return True

    def delete_lead(self) -> None:
        lead = self.selected_lead()
        if lead is None:
            return
        command = DeleteCommand(
            self.ctx,
            self.tr("Delete the lead from {company}").format(company=lead.company),
            delete_lead,
            lead.id,
        )
        done = self.tr("Deleted the lead from {company}. Undo brings it back.").format(
            company=lead.company
        )
        self._delete(lead.id, command, done)

    def convert_lead(self) -> bool:
        lead = self.selected_lead()
        if lead is None:
            return False
        if lead.deal_id is not None:
            self.editor.show_error(
                self.tr("This lead already became the opportunity “{deal}”.").format(deal=lead.deal)
            )
            return False
        request = ConvertRequest(lead, self._choices.members, self.ctx.me, date.today())
        values = convert_module.decide_conversion(self, request)
        if values is None:
            return False
        text = self.tr("Convert the lead from {company} into an opportunity").format(
            company=lead.company
        )
        command = ConvertLeadCommand(self.ctx, text, lead.id, values)
        if not self._push(command):
            return False
        self.ctx.hub.status.emit(
            self.tr("“{deal}” is now an opportunity in P3 on the funnel board.").format(
                deal=values.deal_name
            )
        )
        return True

    # -- Page ---------------------------------------------------------------------

    def help_topic(self) -> str | None:
        return "P2"

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def print_widget(self) -> QWidget | None:
        if self.tabs.currentIndex() == 1:
            return self.yield_view.view
        return self.table if self._all else None

    def view_state(self) -> dict[str, Any]:
        return {"lead": self._selected, "tab": self.tabs.currentIndex()}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.flush_pending()
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        lead = state.get("lead")
        if isinstance(lead, int) and self.table_model.row_of(lead) >= 0:
            self.select(lead)
