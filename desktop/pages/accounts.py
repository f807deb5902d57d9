"""The Accounts page: the key-account list with its filters, and the selected
account's profile and people beside it.

The list follows the hub: an edit that names a few accounts (written, or
rolled up to: ``Changes.affected``) re-reads just those rows (so the user keeps
their place); anything broader reloads the list and puts the selection back on
the same account. While another page is up the page does nothing: the changes
wait (``Page.changes_arrived``) and apply in one refresh when it is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cmp_to_key
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import collator, sort_by_name
from desktop.context import WorkspaceContext
from desktop.models.accounts_model import (
    ID_ROLE,
    UNASSIGNED,
    AccountsFilterProxy,
    AccountsTableModel,
    Column,
)
from desktop.pages.accounts_table import accounts_table, column_fit
from desktop.pages.base import EmptyState, Page
from desktop.pages.list_editor import (
    MenuRunner,
    RowMenu,
    copy_name_action,
    map_action,
    run_menu,
)
from desktop.report.dialog import review_pack_action
from model.changes import Changes
from model.dto import AccountRow
from model.regions import region_prefixes

if TYPE_CHECKING:
    # The board's dialogs pull model.board (gates, stage rules): imported when used,
    # not while the page is built at start-up.
    from desktop.board.new_deal import DialogRunner, NewDealDialog
    from desktop.editors.account_editor import AccountEditor
    from desktop.pages.people_panel import PeoplePanel

WATCHED = ("account", "deal", "person", "activity", "member", "setting")
"""Kinds of change that alter what an account row shows (a setting: the base currency
or a rate the open value is converted at)."""

PARTIAL_LIMIT = 50
"""Up to this many named accounts, refresh their rows; beyond it, reload all."""

PROFILE_TAB, PEOPLE_TAB = 0, 1
"""The indexes of the Profile and People tabs."""


def account_rows(session: Any, **kwargs: Any) -> list[AccountRow]:
    """:func:`model.rows.account_rows`, imported at the first read: model.rows pulls
    the entities, which listing the accounts at start-up does without."""
    from model.rows import account_rows as read

    return read(session, **kwargs)


class AccountsPage(Page):
    """Key accounts: filter bar, sortable table, and the selected account's tabs."""

    key = "accounts"
    accountChanged = Signal(object)  # int | None: the account now selected
    actionsChanged = Signal()  # page_actions() differ now (the People tab came or went)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # At start-up the window's preview has just read the rows: not twice. The page
        # then lists them at once and leaves for after their first paint what the list
        # does not need, each a first use of the ORM (the entities' import, the mappers,
        # the first queries): see finish_building.
        take = getattr(self.window(), "take_preview_rows", None)
        rows = take() if callable(take) else None
        self.unfinished = rows is not None
        self.model = AccountsTableModel(self)
        if not self.unfinished:
            self.model.stale_days = self._stale_days()
        self.proxy = AccountsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current: int | None = None
        self._last_row = 0  # proxy row of the selection, to land near it after a delete
        self.new_deal_runner: DialogRunner = _exec_new_deal  # tests fill the form instead
        self._build_actions()
        self._build()
        ctx.hub.changed.connect(self.changes_arrived)  # lazy while hidden (Page)
        self.reload(rows)

    def finish_building(self) -> None:
        """What start-up left for after the list's first paint (the window calls this on
        the next turn of the event loop): the stale-activity threshold (the amber dates
        follow a workspace's own), the owners to filter by and the Profile tab with the
        selected account. Once; nothing for a page built the ordinary way."""
        if not self.unfinished:
            return
        self.unfinished = False
        self.model.set_stale_days(self._stale_days())
        self._fill_filter_choices(owners=True)
        self._editor_shown()

    def _stale_days(self) -> int:
        from model.settings import get_setting

        return int(self.ctx.read(get_setting, "stale_days"))

    # -- building ----------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        self.act_new = QAction(self.tr("New &account"), self)
        self.act_new.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.act_new.setToolTip(self.tr("Add a key account (Ctrl+Shift+A)"))
        self.act_new.setStatusTip(self.act_new.toolTip())
        self.act_new.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.act_new.triggered.connect(self.new_account)
        self.addAction(self.act_new)

        self.act_delete = QAction(self.tr("&Delete account"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Only while the list has focus: Delete in a text field deletes text.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.setToolTip(
            self.tr("Delete the selected account with its people and deals (Del; undoable)")
        )
        self.act_delete.setStatusTip(self.act_delete.toolTip())
        self.act_delete.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.act_delete.triggered.connect(self.delete_account)
        self.act_delete.setEnabled(False)
        self.act_new_deal = QAction(self.tr("New &deal…"), self)
        self.act_new_deal.setObjectName("act_new_deal_for_account")
        self.act_new_deal.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_new_deal.setToolTip(
            self.tr("Create a deal for the selected account (Ctrl+Shift+D)")
        )
        self.act_new_deal.setStatusTip(self.act_new_deal.toolTip())
        self.act_new_deal.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.act_new_deal.triggered.connect(self.new_deal)
        self.act_new_deal.setEnabled(False)
        self.addAction(self.act_new_deal)

        self.act_edit = QAction(self.tr("&Edit account"), self)
        self.act_edit.setObjectName("act_edit_account")
        self.act_edit.setStatusTip(self.tr("Edit the account's profile (Enter in the list)"))
        self.act_edit.triggered.connect(lambda: self._on_activated(QModelIndex()))
        self.act_people = QAction(self.tr("Show &people"), self)
        self.act_people.setObjectName("act_show_people")
        self.act_people.setStatusTip(self.tr("The customer's people and their roles"))
        self.act_people.triggered.connect(lambda: self.tabs.setCurrentIndex(PEOPLE_TAB))
        self.act_map = map_action(self, lambda: (self._current, None))
        self.act_copy = copy_name_action(self, self._current_name)

        self._separator = QAction(self)
        self._separator.setSeparator(True)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.empty = EmptyState(
            self.tr("No accounts yet"),
            self.tr(
                "Accounts are the customers you target: organisations that buy often and in "
                "volume, and whose business can move your results. Add one to record who they "
                "are, who decides there, and the deals you work on with them."
            ),
            self.tr("Add the first account"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.new_account)
        self.empty.button.setToolTip(self.act_new.toolTip())
        self.stack.addWidget(self.empty)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(6, 6, 6, 0)
        column.addLayout(self._build_filters())

        self.table = accounts_table(self.proxy)
        self.table_fit = column_fit(self.table)
        # The main window's settings (none for a page on its own, as in tests).
        self.table_fit.use_settings(getattr(self.window(), "settings", None))
        self.header_menu_runner: MenuRunner = run_menu  # tests look at the menu instead
        self._last_header_menu: QMenu | None = None
        self.table.addAction(self.act_delete)
        self.table.activated.connect(self._on_activated)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.row_menu = RowMenu(self.table, lambda _index: self.row_actions())

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side_layout.addWidget(self.title)
        self.tabs = QTabWidget()
        # The Profile tab's editor: at start-up a stand-in until finish_building.
        self._editor: AccountEditor | None = None
        self.tabs.addTab(QWidget() if self.unfinished else self._new_editor(), self.tr("Profile"))
        self.tabs.setTabToolTip(
            PROFILE_TAB, self.tr("Who the account is: targeting attributes and profile")
        )
        # The People tab's panel is built the first time it is needed (see people):
        # behind the Profile tab at start-up, it was a tenth of building the page.
        self._people: PeoplePanel | None = None
        self.tabs.addTab(QWidget(), self.tr("People"))
        self.tabs.setTabToolTip(
            PEOPLE_TAB, self.tr("The customer's people and their roles in the decision")
        )
        side_layout.addWidget(self.tabs, 1)
        # The People tab holds a list and an editor of its own: it gets more room.
        self._tab_sizes: dict[int, list[int]] = {0: [700, 440], 1: [430, 710]}
        self._tab = 0
        self.tabs.currentChanged.connect(self._on_tab)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("accountsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes(self._tab_sizes[0])
        column.addWidget(self.splitter, 1)
        self.stack.addWidget(content)
        self.content = content

        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)

    def _new_editor(self) -> AccountEditor:
        from desktop.editors.account_editor import AccountEditor

        editor = self._editor = AccountEditor(self.ctx)
        editor.accountRequested.connect(self.select_account)
        return editor

    @property
    def editor(self) -> AccountEditor:
        """The Profile tab's editor (see :meth:`_editor_shown`)."""
        return self._editor_shown()

    def _editor_shown(self) -> AccountEditor:
        """The editor, built in place of the tab's start-up stand-in the first time
        it is asked for, showing the selected account."""
        if self._editor is not None:
            return self._editor
        editor = self._new_editor()
        _replace_tab(self.tabs, PROFILE_TAB, editor)
        editor.set_account(self._current)
        return editor

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setPlaceholderText(self.tr("Search accounts…"))
        self.search.setToolTip(
            self.tr("Name, industry, region, owner, needs… (Ctrl+F). Every word must match.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.search.textChanged.connect(self._update_count)
        bar.addWidget(self.search, 2)

        def combo(name: str, tip: str) -> QComboBox:
            box = QComboBox()
            box.setObjectName(f"{name}Filter")
            box.setToolTip(tip)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(9)
            box.currentIndexChanged.connect(lambda _i: self._filter_from(name, box))
            bar.addWidget(box, 1)
            return box

        self.nature_filter = combo("nature", self.tr("Show one nature of organisation"))
        self.industry_filter = combo("industry", self.tr("Show one industry"))
        self.region_filter = combo(
            "region", self.tr("Show one region, with everything inside it at any level")
        )
        self.scale_filter = combo("scale", self.tr("Show one company size"))
        self.owner_filter = combo("owner", self.tr("Show the accounts of one owner"))
        self._static_filters()

        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show all accounts again"))
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("accountCount")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count_label)
        return bar

    def _static_filters(self) -> None:
        for box, everything, kind in (
            (self.nature_filter, self.tr("All natures"), "nature"),
            (self.scale_filter, self.tr("All sizes"), "scale"),
        ):
            box.blockSignals(True)
            box.addItem(everything, None)
            for value, text in labels.options(kind):
                box.addItem(text, value)
            box.blockSignals(False)

    def _header_menu(self, pos: Any) -> None:
        """Right-click on the header: choose which columns to show."""
        header = self.table.horizontalHeader()
        if self._last_header_menu is not None:
            self._last_header_menu.deleteLater()
        menu = self._last_header_menu = self.header_menu()
        self.header_menu_runner(menu, header.mapToGlobal(pos))

    def header_menu(self) -> QMenu:
        """Each column to tick or untick (a choice that stays, whatever the width),
        and the way back to columns that come and go with the width."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("accountColumnsMenu")
        for column in Column:
            if column == Column.NAME:
                continue
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setData(int(column))
            action.toggled.connect(lambda shown, c=column: self.table_fit.choose(c, shown))
        menu.addSeparator()
        automatic = menu.addAction(self.tr("Show the columns that fit"))
        automatic.setObjectName("act_columns_automatic")
        automatic.setStatusTip(
            self.tr("Forget the columns chosen here: show as many as the width allows")
        )
        automatic.setEnabled(bool(self.table_fit.choices))
        automatic.triggered.connect(self.table_fit.automatic)
        return menu

    def row_actions(self) -> list[QAction | None]:
        """The right-click menu of an account row (None: a separator)."""
        return [
            self.act_edit,
            self.act_people,
            self.act_map,
            None,
            self.act_new_deal,
            self.act_copy,
            None,
            self.act_delete,
        ]

    def _current_name(self) -> str | None:
        row = self.model.row_of(self._current) if self._current is not None else -1
        return self.model.account_at(row).name if row >= 0 else None

    # -- Page ----------------------------------------------------------------------

    def page_actions(self) -> list[QAction]:
        """Account actions, and the People tab's own while that tab is up."""
        actions = [self.act_new, self.act_new_deal, self.act_delete, review_pack_action(self)]
        if self.tabs.currentIndex() == PEOPLE_TAB:
            actions += [self._separator, *self.people.actions_for_page()]
        return actions

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.content:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def select_account(self, account_id: int | None) -> None:
        self.flush_pending()  # an account made while the page was hidden is listed
        if account_id is None:
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            self._show(None)
            return
        source_row = self.model.row_of(account_id)
        if source_row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, Column.NAME))
        if not proxy_index.isValid():  # hidden by the filters: show it anyway
            self.clear_filters()
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, Column.NAME))
        self.table.selectionModel().setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        # Showing the account may have saved an edit that changed the rows, so
        # proxy_index may point at nothing now; the view's current index follows.
        self.table.scrollTo(self.table.currentIndex())

    def current_account(self) -> int | None:
        return self._current

    def show_person(self, account_id: int, person_id: int) -> bool:
        """The account selected, its People tab up and the person selected there."""
        self.flush_pending()
        if self.model.row_of(account_id) < 0:
            return False
        self.select_account(account_id)
        self.tabs.setCurrentWidget(self.people)
        self.people.select_person(person_id)
        return self.people.current_person_id() == person_id

    def print_widget(self) -> QWidget | None:
        """The selected account's profile (or its people, when that tab is up)."""
        if self.stack.currentWidget() is not self.content or self._current is None:
            return None
        return self.tabs.currentWidget()

    def view_state(self) -> dict[str, Any]:
        return {
            "account": self._current,
            "tab": self.tabs.currentIndex(),
            "person": self._people.current_person_id()
            if self._people is not None and self._people.account_id == self._current
            else None,
            "search": self.search.text(),
            "filters": {name: box.currentData() for name, box in self._filter_boxes().items()},
        }

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.flush_pending()
        filters = state.get("filters") or {}
        for name, box in self._filter_boxes().items():
            index = box.findData(filters.get(name)) if filters.get(name) is not None else 0
            box.setCurrentIndex(max(0, index))  # a value gone from the data shows all
        self.search.setText(str(state.get("search") or ""))
        account = state.get("account")
        if isinstance(account, int) and self.model.row_of(account) >= 0:
            self.select_account(account)
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        person = state.get("person")
        if isinstance(person, int):
            self.people.select_person(person)

    def _filter_boxes(self) -> dict[str, QComboBox]:
        return {
            "nature": self.nature_filter,
            "industry": self.industry_filter,
            "region": self.region_filter,
            "scale": self.scale_filter,
            "owner": self.owner_filter,
        }

    # -- data ------------------------------------------------------------------------

    def reload(self, rows: Sequence[AccountRow] | None = None) -> None:
        """Read every row again (keeping the selected account selected); ``rows``:
        already read (the start-up preview's, see MainWindow.take_preview_rows)."""
        keep = self._current
        self.model.set_rows(self.ctx.read(account_rows) if rows is None else rows)
        self._fill_filter_choices(owners=not self.unfinished)
        self._after_refresh(keep)

    def apply_changes(self, changes: Changes) -> None:
        """Re-read the rows of the accounts ``changes`` names (Page.changes_arrived
        calls this at once while the page is up, else once when it is shown)."""
        ids = changes.affected("account")  # rows written or rolled up to (model.changes)
        if not ids and not changes.touches(*WATCHED):
            return
        if changes.touches("member") or not ids or len(ids) > PARTIAL_LIMIT:
            self.reload()
            return
        keep = self._current
        before = [self.model.account_at(r) for i in ids if (r := self.model.row_of(i)) >= 0]
        rows = self.ctx.read(account_rows, account_ids=sorted(ids))
        self.model.refresh_rows(ids, rows)
        if _choices(before) != _choices(rows) or len(before) != len(rows):
            self._fill_filter_choices(owners=False)  # an industry or region came or went
        self._after_refresh(keep)

    def _after_refresh(self, keep: int | None) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.content if has_rows else self.empty)
        if keep is not None and self.model.row_of(keep) >= 0:
            if self._current != keep or not self.table.selectionModel().hasSelection():
                self.select_account(keep)
            else:
                self._show(keep)
        elif self.proxy.rowCount() > 0:
            self._select_proxy_row(0 if keep is None else self._last_row)
        else:
            self.select_account(None)
        self._update_count()

    def _select_proxy_row(self, row: int) -> None:
        count = self.proxy.rowCount()
        if count == 0:
            self.select_account(None)
            return
        index = self.proxy.index(max(0, min(row, count - 1)), Column.NAME)
        self.select_account(int(index.data(ID_ROLE)))

    def _fill_filter_choices(self, *, owners: bool) -> None:
        rows = self.model.rows
        industries = sort_by_name({r.industry for r in rows if r.industry}, lambda i: i)
        self._refill(self.industry_filter, self.tr("All industries"), [(i, i) for i in industries])
        # Each region once (2,000 accounts share some hundred): ~10 ms less at start-up.
        prefixes = {p for region in {r.region for r in rows} for p in region_prefixes(region)}
        ordered = sorted(prefixes, key=cmp_to_key(_compare_regions))
        regions = [(p, "    " * p.count("/") + p.rsplit("/", 1)[-1]) for p in ordered]
        self._refill(self.region_filter, self.tr("All regions"), regions)
        if owners:
            from model.rows import member_rows

            members = sort_by_name(self.ctx.read(member_rows), lambda m: m.name)
            choices: list[tuple[Any, str]] = [(UNASSIGNED, self.tr("(nobody)"))]
            choices += [(m.id, m.name) for m in members]
            self._refill(self.owner_filter, self.tr("All owners"), choices)
        elif self.owner_filter.count() == 0:  # start-up: the owners come after the paint
            self._refill(self.owner_filter, self.tr("All owners"), [])

    def _refill(self, box: QComboBox, everything: str, choices: list[tuple[Any, str]]) -> None:
        current = box.currentData()
        wanted = [(None, everything), *choices]
        if current is not None and current not in [value for value, _ in choices]:
            wanted.append((current, box.currentText().strip()))  # keep the active filter
        if [(box.itemData(i), box.itemText(i)) for i in range(box.count())] == wanted:
            return
        box.blockSignals(True)
        box.clear()
        for value, text in wanted:
            box.addItem(text, value)
            if value is not None and text != str(value):
                box.setItemData(box.count() - 1, str(value), Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def _filter_from(self, name: str, box: QComboBox) -> None:
        self.proxy.set_filter(**{name: box.currentData()})
        self._update_count()
        if self._current is not None and self.model.row_of(self._current) >= 0:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(self._current), 0))
            if index.isValid():
                self.table.scrollTo(index)
                return
        self._select_proxy_row(0)

    def clear_filters(self) -> None:
        for box in (
            self.nature_filter,
            self.industry_filter,
            self.region_filter,
            self.scale_filter,
            self.owner_filter,
        ):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.proxy.clear_filters()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        filtered = self.proxy.is_filtered()
        self.clear_button.setEnabled(filtered)
        self.count_label.setText(
            self.tr("{shown} of {total}").format(shown=shown, total=total)
            if filtered
            else self.tr("1 account")
            if total == 1
            else self.tr("{total} accounts").format(total=total)
        )

    # -- selection ---------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ident = current.data(ID_ROLE) if current.isValid() else None
        if current.isValid():
            self._last_row = current.row()
        self._show(int(ident) if ident is not None else None)

    def _on_tab(self, tab: int) -> None:
        """Each tab keeps its own split, so the user's choice sticks per tab."""
        self._tab_sizes[self._tab] = self.splitter.sizes()
        self._tab = tab
        if tab in self._tab_sizes:
            self.splitter.setSizes(self._tab_sizes[tab])
        self._sync_people()
        self.actionsChanged.emit()

    def _on_activated(self, _index: QModelIndex) -> None:
        """Enter or double-click on a row: start editing that account."""
        self.tabs.setCurrentWidget(self.editor)
        self.editor.focus_name()

    def _show(self, account_id: int | None) -> None:
        changed = account_id != self._current
        self._current = account_id
        row = self.model.row_of(account_id) if account_id is not None else -1
        self.title.setText(
            self.model.account_at(row).name if row >= 0 else self.tr("No account selected")
        )
        for action in (
            self.act_delete,
            self.act_new_deal,
            self.act_edit,
            self.act_people,
            self.act_map,
            self.act_copy,
        ):
            action.setEnabled(account_id is not None)
        editor = self._editor  # None: a stand-in until finish_building shows the account
        if changed or (editor is not None and editor.account_id != account_id):
            if editor is not None:
                editor.set_account(account_id)
            self._sync_people()
            self.accountChanged.emit(account_id)

    def _sync_people(self) -> None:
        """The People tab follows the selected account while it is up; behind the
        Profile tab it waits (its read and column fit are a third of showing an
        account, at start-up too) and catches up when the tab is shown."""
        if self.tabs.currentIndex() == PEOPLE_TAB:
            if self.people.account_id != self._current:
                self.people.set_account(self._current)
        elif self._people is not None and self._people.account_id != self._current:
            self._people.editor.commit_pending()  # as set_account does on a switch

    @property
    def people(self) -> PeoplePanel:
        """The People tab's panel, built (in place of the tab's empty stand-in) the
        first time it is asked for."""
        if self._people is None:
            from desktop.pages.people_panel import PeoplePanel  # with the person editor

            self._people = PeoplePanel(self.ctx, self.tabs)
            _replace_tab(self.tabs, PEOPLE_TAB, self._people)
        return self._people

    # -- actions -------------------------------------------------------------------------

    def new_account(self) -> None:
        name = self.tr("New account")
        from desktop.commands import CreateCommand
        from model.services.accounts import create_account, delete_account

        values: dict[str, Any] = {"name": name}
        if self.ctx.me is not None:
            values["owner_id"] = self.ctx.me
        command = CreateCommand(
            self.ctx, self.tr("New account"), "account", create_account, delete_account, values
        )
        if not self.ctx.push(command) or command.ident is None:
            return
        self.select_account(command.ident)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.focus_name()

    def new_deal(self) -> int | None:
        """The New deal form for the selected account; the deal appears on the board."""
        if self._current is None:
            return None
        from desktop.board.new_deal import ask_new_deal

        return ask_new_deal(self.ctx, self, account_id=self._current, runner=self.new_deal_runner)

    def delete_account(self) -> None:
        account_id = self._current
        if account_id is None:
            return
        row = self.model.row_of(account_id)
        name = self.model.account_at(row).name if row >= 0 else ""
        from desktop.commands import DeleteCommand
        from model.account_form import account_dependents
        from model.services.accounts import delete_account

        people, deals, subsidiaries = self.ctx.read(account_dependents, account_id)
        text = self.tr(
            "Delete the account “{name}”?\n\n"
            "Its people ({people}) and deals ({deals}) are deleted with it."
        ).format(name=name, people=people, deals=deals)
        if subsidiaries:
            text += " " + self.tr("Its subsidiaries ({count}) stay, without this parent.").format(
                count=subsidiaries
            )
        text += "\n\n" + self.tr("Undo (Ctrl+Z) brings everything back.")
        if not self.confirm(self.tr("Delete account"), text):
            return
        position = self._last_row
        command = DeleteCommand(
            self.ctx,
            self.tr("Delete account {name}").format(name=name),
            delete_account,
            account_id,
        )
        if self.ctx.push(command):
            self._select_proxy_row(position)

    def confirm(self, title: str, text: str) -> bool:
        """Ask before a destructive step (tests replace this)."""
        from desktop.board.deal_menu import confirm_dialog

        return confirm_dialog(self, title, text)

    def sizeHint(self) -> QSize:
        return QSize(1100, 640)


def _exec_new_deal(dialog: NewDealDialog) -> int:
    """The New deal form, shown window-modal (desktop.board.new_deal.exec_dialog)."""
    from desktop.board.new_deal import exec_dialog

    return exec_dialog(dialog)


def _replace_tab(tabs: QTabWidget, index: int, widget: QWidget) -> None:
    """Put ``widget`` in place of the tab's stand-in: same title, tip and index."""
    stand_in = tabs.widget(index)
    text, tip = tabs.tabText(index), tabs.tabToolTip(index)
    current = tabs.currentIndex()
    tabs.blockSignals(True)  # the same tab, the same index: nothing to tell
    try:
        tabs.removeTab(index)
        tabs.insertTab(index, widget, text)
        tabs.setTabToolTip(index, tip)
        tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(False)
    if stand_in is not None:
        stand_in.deleteLater()


def _choices(rows: Iterable[AccountRow]) -> set[tuple[str, str]]:
    """What rows give the industry and region filters (a stage move gives nothing new)."""
    return {(r.industry, r.region) for r in rows}


def _compare_regions(a: str, b: str) -> int:
    """Region paths level by level, each level as the user's language sorts names
    (Chinese by pinyin), so "华东" and everything inside it stay together."""
    compare = collator().compare
    for left, right in zip(a.split("/"), b.split("/"), strict=False):
        order = compare(left, right)
        if order:
            return order
    return len(a.split("/")) - len(b.split("/"))
