"""The Activities page: the activity log as a timeline, with filters and next steps.

Every visit, call, demo, presentation, event, reference or headquarters visit
and tender event logged with a customer, newest first — with the next steps
that are overdue (due before today, not done) listed first, in red, so they
are dealt with before anything else. Filters narrow it to an account, a
member of ours, a kind and a period; the deal and person filters come from
elsewhere (:meth:`show_deal`, :meth:`show_person`: the org map's "Activities
of this person", a deal's menu) and show as chips that clear with a click.

The timeline is read in three statements, ordered and cut in SQL
(:func:`model.activities.activity_rows`): the page shows the first
:data:`SHOWN` and says how many more the filters hold, so it opens fast on a
log of tens of thousands.

Edits are undo steps (:mod:`desktop.activities.commands`) through the one
activity editor (:mod:`desktop.activities.editor`): log (also Ctrl+J from
anywhere), edit (double-click or Enter), mark the next step done, delete.
With a deal chosen, a line says what P5.RULE.2 asks: the buying group, above
all the KDM, invited to our headquarters.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.activities.commands import DeleteActivityCommand, MarkDoneCommand
from desktop.activities.editor import BASE_LINE, KIND_ORDER, edit_activity, quick_capture
from desktop.activities.table import ActivityTableModel, Column
from desktop.board import style
from desktop.collation import sort_by_name
from desktop.context import WorkspaceContext
from desktop.labels import join_list
from desktop.method_help import item_ref
from desktop.pages.base import EmptyState, Page
from desktop.pages.list_editor import (
    RowMenu,
    fit_rows,
    follow_text_size,
    map_action,
    put_cursor,
    read_only_table,
    text_width,
)
from model.activities import (
    HQ_RULE_ID,
    ActivityFilter,
    ActivityRow,
    account_options,
    activity_count,
    activity_rows,
    deal_account,
    hq_visits,
    member_options,
    names_of,
)
from model.changes import Changes

SHOWN = 500
"""Activities listed at most; the status line says how many more the filters hold."""

PERIODS: tuple[int | None, ...] = (None, 14, 30, 90, 365)
"""The period filter's choices: the last n days (today included); None: any time."""

WIDTHS: dict[int, int] = {
    Column.DAY: 88,
    Column.KIND: 116,
    Column.ACCOUNT: 170,
    Column.DEAL: 150,
    Column.OURS: 120,
    Column.THEIRS: 140,
    Column.SUMMARY: 210,
}
"""Column widths at the normal text size; the next step takes the rest."""

NEXT_MIN = 150
"""The next step's width at least (at the normal text size) before other columns narrow."""

FOLLOWED = frozenset({"activity", "account", "deal", "person", "member", "relationship"})
"""Kinds of change the timeline shows something of."""


class ActivitiesPage(Page):
    """The activity log: filters, the timeline, and its edits."""

    key = "activities"

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.deal_id: int | None = None
        self.person_id: int | None = None
        self.rows: list[ActivityRow] = []
        self.total = 0
        self.overdue = 0
        self.model = ActivityTableModel(self)
        self._build_actions()
        self._build_ui()
        self.follow_model()

    # -- building -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_log = self.make_action(
            self.tr("Log activity…"),
            self.tr("Log a visit, call, demo or event: who met whom, and the next step"),
            self.log_activity,
            icon=sp.SP_FileDialogNewFolder,
        )
        self.act_edit = self.make_action(
            self.tr("Edit…"),
            self.tr("Change the selected activity: day, kind, people, notes, next step"),
            self.edit_selected,
            icon=sp.SP_FileDialogDetailedView,
        )
        self.act_done = self.make_action(
            self.tr("Mark done"),
            self.tr("Mark the selected activity's next step done today"),
            self.mark_done,
            "Ctrl+D",
            sp.SP_DialogApplyButton,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.act_delete = self.make_action(
            self.tr("Delete activity"),
            self.tr("Delete the selected activity (undo brings it back)"),
            self.delete_selected,
            QKeySequence(QKeySequence.StandardKey.Delete),
            sp.SP_TrashIcon,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for action in (self.act_done, self.act_delete):
            self.addAction(action)
        self.act_map = map_action(self, self._map_target, person=False)

    def _combo(self, name: str, tip: str, width: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setMinimumWidth(width)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.account = self._combo("activityAccountFilter", self.tr("Only this account"), 200)
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.account.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.member = self._combo("activityMemberFilter", self.tr("Only with this member"), 150)
        self.kind = self._combo("activityKindFilter", self.tr("Only this kind"), 150)
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in KIND_ORDER:
            self.kind.addItem(labels.activity_kind_label(kind), kind)
        self.period = self._combo("activityPeriodFilter", self.tr("Only this period"), 130)
        for days in PERIODS:
            text = (
                self.tr("Any time")
                if days is None
                else self.tr("Last {n} days").format(n=days)
                if days < 365
                else self.tr("Last 12 months")
            )
            self.period.addItem(text, days)
        self.deal_chip = self._chip("activityDealChip", self.clear_deal)
        self.person_chip = self._chip("activityPersonChip", self.clear_person)
        for widget in (self.account, self.member, self.kind, self.period):
            bar.addWidget(widget)
        bar.addWidget(self.deal_chip)
        bar.addWidget(self.person_chip)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.status = QLabel()
        self.status.setObjectName("activityStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.hq = QLabel()
        self.hq.setObjectName("activityHq")
        self.hq.setWordWrap(True)
        self.hq.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.hq)

        self.stack = QStackedWidget()
        self.table = read_only_table("activityTable", self.model)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for column in WIDTHS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()
        self._text_size = follow_text_size(self, self._fit_columns)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.menu = RowMenu(self.table, self._menu_entries)
        self.empty_filtered = EmptyState(
            self.tr("No activity matches these filters"),
            self.tr("Widen the period, or choose “All accounts”, “Anyone” and “Any kind”."),
        )
        self.empty = EmptyState(
            self.tr("No activities logged yet"),
            self.tr(
                "Log each visit, call, demo or event with the customer: who of ours met whom "
                "of theirs, what was said and the next step. Use Log activity (Ctrl+J) from "
                "any view, a person's menu on the org map, or a deal's panel. Logging keeps "
                "the map's last contacts and the senior-visit rule up to date."
            ),
            self.tr("Log activity…"),
            then=self.log_activity,
        )
        for shown in (self.table, self.empty_filtered, self.empty):
            self.stack.addWidget(shown)
        layout.addWidget(self.stack, 1)
        self._fill_options()
        for combo in (self.account, self.member, self.kind, self.period):
            combo.currentIndexChanged.connect(lambda _n: self.refresh())

    def _fit_columns(self) -> None:
        """Row height and column widths for the text size now; the day always whole."""
        fit_rows(self.table)
        scale = max(1.0, self.table.fontMetrics().height() / BASE_LINE)
        day = max(
            text_width(self.table, Column.DAY, [date.today().isoformat()]), WIDTHS[Column.DAY]
        )
        wanted = {c: int(w * scale) for c, w in WIDTHS.items() if c != Column.DAY}
        room = self.table.viewport().width() - day - int(NEXT_MIN * scale)
        if room > 0 and sum(wanted.values()) > room:  # larger text: narrower texts, no scrolling
            total = sum(wanted.values())
            wanted = {
                c: max(w * room // total, text_width(self.table, c)) for c, w in wanted.items()
            }
        header = self.table.horizontalHeader()
        header.resizeSection(Column.DAY, day)
        for column, width in wanted.items():
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)  # once the table has its new width

    def _chip(self, name: str, clear: Any) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName(name)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        chip.setToolTip(self.tr("Click to show every activity again"))
        chip.clicked.connect(lambda _c=False: clear())
        chip.hide()
        return chip

    def _fill_options(self) -> None:
        """The account and member choices (accounts with activities, and the one filtered)."""
        chosen_account, chosen_member = self.account.currentData(), self.member.currentData()
        accounts = self.ctx.read(account_options, True)
        if chosen_account is not None and all(a[0] != chosen_account for a in accounts):
            accounts += [a for a in self.ctx.read(account_options) if a[0] == chosen_account]
        for combo in (self.account, self.member):
            combo.blockSignals(True)
            combo.clear()
        self.account.addItem(self.tr("All accounts"), None)
        for ident, name in sort_by_name(accounts, lambda a: a[1]):
            self.account.addItem(name, ident)
        self.member.addItem(self.tr("Anyone"), None)
        for ident, name in sort_by_name(self.ctx.read(member_options), lambda m: m[1]):
            self.member.addItem(name, ident)
        self.account.setCurrentIndex(max(0, self.account.findData(chosen_account)))
        self.member.setCurrentIndex(max(0, self.member.findData(chosen_member)))
        for combo in (self.account, self.member):
            combo.blockSignals(False)

    # -- reading ------------------------------------------------------------------------------

    def current_filter(self, today: date | None = None) -> ActivityFilter:
        today = today or date.today()
        days = self.period.currentData()
        return ActivityFilter(
            account_id=self.account.currentData(),
            deal_id=self.deal_id,
            person_id=self.person_id,
            member_id=self.member.currentData(),
            kind=self.kind.currentData(),
            since=None if days is None else today - timedelta(days=int(days) - 1),
        )

    def refresh(self) -> None:
        today = date.today()
        where = self.current_filter(today)
        selected = self.selected_id()
        self.rows = self.ctx.read(activity_rows, where, today, SHOWN)
        self.total, self.overdue = self.ctx.read(activity_count, where, today)
        self.model.set_today(today)
        self.model.set_rows(self.rows)
        if self.rows:
            self.stack.setCurrentWidget(self.table)
        elif where == ActivityFilter() and self.ctx.read(activity_count)[0] == 0:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.empty_filtered)
        self._chips()
        self.status.setText(self._status_text())
        self._hq_line(today)
        if selected is not None:
            self.select(selected)
        self._enable()

    def apply_changes(self, changes: Changes) -> None:
        if changes.kinds & FOLLOWED:
            if changes.touches("account", "member"):
                self._fill_options()
            self.refresh()

    def _status_text(self) -> str:
        shown = len(self.rows)
        if not self.total:
            return ""
        text = self.tr("{n} activities").format(n=f"{self.total:,}")
        if shown < self.total:
            text = self.tr(
                "The first {shown} of {n} activities: narrow them with the filters"
            ).format(shown=shown, n=f"{self.total:,}")
        if self.overdue:
            text += " · " + self.tr("next steps overdue: {n}, listed first").format(n=self.overdue)
        return text

    def _chips(self) -> None:
        deal, person = self.ctx.read(names_of, deal_id=self.deal_id, person_id=self.person_id)
        self.deal_chip.setText(self.tr("Deal: {name}  ✕").format(name=deal))
        self.deal_chip.setVisible(self.deal_id is not None)
        self.person_chip.setText(self.tr("Person: {name}  ✕").format(name=person))
        self.person_chip.setVisible(self.person_id is not None)

    def _hq_line(self, today: date) -> None:
        if self.deal_id is None:
            self.hq.hide()
            return
        found = self.ctx.read(hq_visits, self.deal_id, today)
        rule = item_ref(HQ_RULE_ID)
        if found.visitors:
            who = join_list(
                f"{name} ({labels.role_short(role)})" if role else name
                for _, name, role, _ in found.visitors
            )
            text = self.tr("Visited our headquarters for this deal: {who} ({rule}).").format(
                who=who, rule=rule
            )
            if not found.kdm_visited:
                text += " " + self.tr("The KDM has not been yet: invite them above all.")
        else:
            text = self.tr(
                "Nobody of the buying group has visited our headquarters for this deal yet: "
                "{rule} asks to invite them, above all the KDM."
            ).format(rule=rule)
        colour = style.GREEN if found.kdm_visited else style.TEXT_2
        self.hq.setText(f"<span style='color:{colour.name()}'>{text}</span>")
        self.hq.show()

    # -- selection ----------------------------------------------------------------------------

    def selected_row(self) -> ActivityRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select(self, activity_id: int) -> bool:
        row = self.model.row_of(activity_id)
        return row >= 0 and put_cursor(self.table, self.model.index(row, 0))

    def _enable(self) -> None:
        row = self.selected_row()
        self.act_edit.setEnabled(row is not None)
        self.act_delete.setEnabled(row is not None)
        self.act_done.setEnabled(row is not None and row.step_open)

    def _menu_entries(self, _index: QModelIndex) -> list[QAction | None]:
        return [self.act_edit, self.act_done, None, self.act_map, None, self.act_delete]

    def _map_target(self) -> tuple[int | None, int | None]:
        row = self.selected_row()
        return (row.account_id, None) if row is not None else (None, None)

    # -- edits --------------------------------------------------------------------------------

    def log_activity(self) -> bool:
        """The editor, pre-filled with the filtered account, deal and person."""
        account = self.account.currentData()
        if self.deal_id is not None:
            account = self.ctx.read(deal_account, self.deal_id) or account
        return quick_capture(
            self.ctx, self, account_id=account, deal_id=self.deal_id, person_id=self.person_id
        )

    def edit_selected(self) -> bool:
        ident = self.selected_id()
        return ident is not None and edit_activity(self.ctx, self, ident)

    def mark_done(self) -> bool:
        row = self.selected_row()
        if row is None or not row.step_open:
            return False
        today = date.today()
        step = row.next_step or labels.activity_kind_label(row.kind)
        text = self.tr("Mark “{step}” done").format(step=step)
        return self.ctx.push(MarkDoneCommand(self.ctx, text, row.id, max(today, row.on)))

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        text = self.tr("Delete the activity of {day} at {account} ({kind})").format(
            kind=labels.activity_kind_label(row.kind), day=row.on.isoformat(), account=row.account
        )
        return self.ctx.push(DeleteActivityCommand(self.ctx, text, row.id))

    # -- filters from elsewhere ---------------------------------------------------------------

    def _set_account(self, account_id: int | None) -> None:
        if account_id is not None and self.account.findData(account_id) < 0:
            self.account.blockSignals(True)
            name = dict(self.ctx.read(account_options)).get(account_id, "")
            self.account.addItem(name, account_id)
            self.account.blockSignals(False)
        self.account.blockSignals(True)
        self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
        self.account.blockSignals(False)

    def show_deal(self, deal_id: int) -> bool:
        """The timeline of one deal (its account chosen, the deal as a chip)."""
        self.flush_pending()
        account = self.ctx.read(deal_account, deal_id)
        if account is None:
            return False
        self.deal_id, self.person_id = deal_id, None
        self._set_account(account)
        self.refresh()
        return True

    def show_person(self, account_id: int, person_id: int) -> bool:
        """The timeline of one of the customer's people."""
        self.flush_pending()
        self.person_id, self.deal_id = person_id, None
        self._set_account(account_id)
        self.refresh()
        return True

    def select_account(self, account_id: int | None) -> None:
        self.deal_id = self.person_id = None
        self._set_account(account_id)
        self.refresh()

    def clear_deal(self) -> None:
        self.deal_id = None
        self.refresh()

    def clear_person(self) -> None:
        self.person_id = None
        self.refresh()

    # -- page hooks ---------------------------------------------------------------------------

    def page_actions(self) -> list[QAction]:
        return [self.act_log, self.act_edit, self.act_done, self.act_delete]

    def help_topic(self) -> str | None:
        return "P5.RULE.1"

    def print_widget(self) -> QWidget | None:
        return self.table if self.rows else None

    def print_title(self) -> str:
        return self.account.currentText() if self.account.currentData() is not None else ""

    def view_state(self) -> dict[str, Any]:
        state = {
            "account": self.account.currentData(),
            "member": self.member.currentData(),
            "kind": self.kind.currentData(),
            "period": self.period.currentData(),
            "deal": self.deal_id,
            "person": self.person_id,
        }
        return {k: v for k, v in state.items() if v is not None}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        deal, person = state.get("deal"), state.get("person")
        self.deal_id = deal if isinstance(deal, int) else None
        self.person_id = person if isinstance(person, int) else None
        account = state.get("account")
        self._set_account(account if isinstance(account, int) else None)
        for combo, key in ((self.member, "member"), (self.kind, "kind"), (self.period, "period")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(state.get(key))))
            combo.blockSignals(False)
        self.refresh()
