"""The Org map page: one account's decision chain, editable, with routes and gaps.

The page reads the account as :class:`~graph.types.OrgData` (``ctx.read``),
turns it into a :class:`~desktop.map.data.MapData` for the scene and a
:class:`~desktop.map.data.MapAnalysis` for the side panel, and rebuilds both
whenever a change touches people, links or our team (coalesced: an undo of ten
deletions reloads once). Gestures arrive from the view as signals and leave as
commands; the scene follows the model like every other view.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QKeyCombination,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.collation import name_key, ranks, sort_by_name
from desktop.commands import CreateCommand, DeleteCommand, EditCommand
from desktop.context import WorkspaceContext, freeze_heap
from desktop.labels import options, role_short, support_label, support_sign
from desktop.map import worker as map_process
from desktop.map.commands import LinkCommand, PlaceCommand
from desktop.map.data import (
    OUR_SIDE,
    THE_KDM,
    MapAnalysis,
    MapData,
    Patch,
    analyse,
    build_map_data,
    find_routes,
    patch_people,
    people_by_id,
    relaid,
)
from desktop.map.deal_roles import chain_command
from desktop.map.export import ExportError, MapPrint, export_map
from desktop.map.layout import map_layout
from desktop.map.legend import LegendStrip
from desktop.map.panels import ChangesPanel, GapsPanel, PersonPanel, RoutePanel
from desktop.map.scene import MapScene
from desktop.map.texts import percent
from desktop.map.view import MapView
from desktop.pages.base import EmptyState, Page
from graph import RouteAnswer, diff_snapshots, person_key, release_views, split_key
from graph.from_model import (
    AccountChoice,
    DealChoice,
    account_choices,
    account_stage,
    accounts_of,
    deal_choices,
    link_rows,
    org_data,
    org_data_at,
    person_nodes,
)
from graph.types import OrgData
from model.board import chain_part, competitor_choices
from model.changes import Changes
from model.enums import SUPPORT_MAX, SUPPORT_MIN
from model.services.people import create_person, delete_person, update_person

WATCHED = (
    "person",
    "influence",
    "relationship",
    "member",
    "deal_role",
    "competitor",
    "department",
    "account",
    "deal",
)
SIDE_WIDTH = 420
STRENGTHS = (0.8, 0.5, 0.2)
APART_FROM = 400
"""From this many cards, graph, layout, analysis and routes are made by a worker thread
(the window stays responsive; the scene follows when the worker is done)."""
PROCESS_FROM = 5000
"""From this many cards a map's layout, analysis and routes run in the helper process
(:mod:`desktop.map.worker`), which reads the account itself, instead of the worker
thread: a thread shares Python's lock with the window, and at 20,000 people a 60 ms
turn of the UI thread took 130–230 ms while it worked. Below it a job is short and a
process not worth its start (a database in memory, which another process cannot see,
stays on the thread at any size)."""
MOVE_CHUNK = 100
"""At most this many cards a new layout moves per turn of the event loop (those
nearest the view first): a layout that shifts a thousand cards of a big map never
freezes the window."""
MOVE_BUDGET_S = 0.02
"""How long the cards moved in one turn may take (their lines, the tiles they leave
and enter); how many that is is learnt from the turns before (at 20,000 people
0.6–0.7 ms a card, so ~30: with the frame painted after it, ~45 ms a turn)."""
NAMES_CHUNK = 5000
"""At most this many new names get their sort key per turn of the event loop (20,000
took 80–130 ms of the UI thread: ~25 ms a chunk)."""
ANYONES = ("member", "competitor")
"""Kinds whose change may show on any account's map (our team's names, competitors)."""

_WORKERS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="map")
START_AFTER_MS = 30
"""A worker's job starts this long after it is asked for: the edit that asked is
painted first, without sharing Python's lock with the job (at 2,000 people a new
layout and analysis running at once doubled the time to see an added card)."""
HAND_OVER_S = 0.0005
"""How long the worker may keep Python's interpreter lock while the UI thread waits for
it. Each card and edge tile paints in Python: with the default 5 ms, a frame drawn
while the worker laid out 20,000 people waited for the lock hundreds of times."""


def _pass_on(future: Future[Any], done: Future[Any]) -> None:
    """The worker's outcome of ``done`` becomes the outcome of the page's ``future``."""
    error = done.exception()
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(done.result())


def _uncollected(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` on the worker with the garbage collector paused (the whole
    process's: Python has one), then what it made and kept frozen.

    A job on a big map makes a million objects. With the collector running, the
    objects alive while it works are walked by full collections, each holding
    Python's lock for 100–400 ms at 20,000 people: the window froze though the
    work was on the worker. The jobs free their own garbage (their graphs' views
    are dropped, :func:`graph.release_views`), so nothing is left for a collection;
    what the job returns lives as long as the map and is frozen
    (:func:`freeze_heap`) before the collector runs again."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = fn(*args)
        freeze_heap()
        return result
    finally:
        if collecting:
            gc.enable()


def build_apart(
    org: OrgData, account_id: int, deal_id: int | None, stage: str | None, today: date
) -> tuple[MapData, MapAnalysis]:
    """Graph, layout and analysis of an account (Qt-free: runs on a worker thread)."""
    data = build_map_data(org, account_id=account_id, deal_id=deal_id, stage=stage)
    try:
        return data, analyse(data, today)
    finally:
        release_views(data.graph)  # a result dropped unshown is freed at once


def read_build_apart(
    read: Callable[..., Any], account_id: int, deal_id: int | None, today: date
) -> tuple[MapData, MapAnalysis]:
    """Read the account (``read``: the context's, a session of its own on the worker's
    thread), then :func:`build_apart` (reading 20,000 people took 0.8 s of the UI
    thread, twice as a map opened)."""
    org = read(org_data, account_id, deal_id)
    stage = read(account_stage, account_id, deal_id)
    return build_apart(org, account_id, deal_id, stage, today)


def layout_apart(org: OrgData) -> dict[str, tuple[float, float]]:
    """The map's layout of ``org`` on a graph of its own (worker thread; the graph
    is freed as soon as the job ends, see :func:`graph.release_views`)."""
    from graph import build_org_graph

    G = build_org_graph(org)
    try:
        return map_layout(G)
    finally:
        release_views(G)


def routes_apart(org: OrgData, source: str, target: str, k: int) -> RouteAnswer:
    """The routes the route tab asks for, on a graph of its own (worker thread)."""
    from graph import build_org_graph

    G = build_org_graph(org)
    try:
        return find_routes(G, source, target, k)
    finally:
        release_views(G)


def analyse_apart(data: MapData, today: date) -> MapAnalysis:
    """The analysis of ``data`` on a graph of its own (the page may patch its graph
    while the worker reads)."""
    from graph import build_org_graph

    G = build_org_graph(data.org)
    try:
        return analyse(replace(data, graph=G), today)
    finally:
        release_views(G)


class _Relay(QObject):
    """Brings a worker's result back to the UI thread (a queued signal)."""

    done = Signal(str, int, object)


LinkChoice = tuple[str, float | None]
"""("reports_to", None), ("influence", strength) or ("relationship", strength)."""


class MapPage(Page):
    key = "map"

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.account_id: int | None = None
        self.deal_id: int | None = None
        self.data = MapData()
        self.analysis = MapAnalysis()
        self.answer = RouteAnswer((), "no_kdm")
        self.accounts: list[AccountChoice] = []
        self._fit_next = True
        self._sized = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._refresh)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._show_selection)
        self._move_timer = QTimer(self)
        self._move_timer.setSingleShot(True)
        self._move_timer.setInterval(0)
        self._move_timer.timeout.connect(
            lambda: self._move_more() if self._moves_later else self._settled()
        )
        """The next chunk of cards a layout moved: a timer, not ``QTimer.singleShot(0)``,
        whose calls came as posted events, several in one pass of the event loop with
        their frames (three chunks, 150-180 ms, without a turn between them)."""
        self._names_timer = QTimer(self)
        self._names_timer.setSingleShot(True)
        self._names_timer.setInterval(0)
        self._names_timer.timeout.connect(self._names_changed)
        self._names_stale = False
        """The search names are read again in full soon (a patch leaves them be)."""
        self._focus_name = False
        self._changes: Changes | None = None
        """Changes of the shown account not yet shown (coalesced until the timer fires)."""
        self._stale = False
        """Hidden when its account changed: read again when shown."""
        self._accounts_stale = False
        self._generation = {"build": 0, "layout": 0, "analysis": 0, "routes": 0}
        """Each worker request's number: a result for an older one is dropped."""
        self._futures: dict[str, Future[Any]] = {}
        self._queued: list[
            tuple[
                Future[Any], Callable[..., Any], tuple[Any, ...], Callable[[], Future[Any]] | None
            ]
        ] = []
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_AFTER_MS)
        self._start_timer.timeout.connect(self._start_queued)
        self._moves_later: list[str] = []
        self._move_cost = 0.0007
        """Seconds a moved card took (learnt: see :data:`MOVE_BUDGET_S`)."""
        """Cards a new layout moved that are still to be moved on the scene."""
        self._routes_frame = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._worker_done)
        self.full_reloads = 0
        self._gaps_stale = False
        self._choices_stale = False
        self._name_keys: dict[str, Any] = {}
        self._name_count: Counter[str] = Counter()
        self._name_list: list[str] = []
        """The completer's names, in order (a patch inserts and removes a few)."""
        """How many times the whole map was built (tests count them)."""
        self._matches: list[str] = []
        self._deal_names: dict[int, str] = {}
        self.run_menu: Callable[[QMenu, QPoint], object] = lambda menu, at: menu.exec(at)
        """Shows a context menu and waits; tests replace it and trigger an action instead."""
        self._match_at = -1
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.printout = MapPrint(self.scene, self.title, self)
        self._build_actions()
        self._build()
        self._connect()
        ctx.hub.changed.connect(self.changes_arrived)  # hidden: kept until shown (Page)
        # the helper process ends with the last map page
        self.destroyed.connect(map_process.page_opened(self))
        text_size.notifier().changed.connect(self._on_text_size)
        self._load_accounts()
        self.select_account(self._default_account())

    # -- building ----------------------------------------------------------------

    def _action(
        self,
        text: str,
        tip: str,
        slot: Any,
        shortcut: str | QKeySequence | None = None,
        *,
        checkable: bool = False,
    ) -> QAction:
        # Window shortcuts: they work as soon as the page is shown, not only after a
        # click into the map. The page is their only widget besides the main window's
        # toolbar and menu, which hold them only while the page is current, so a hidden
        # map takes no keys from the other pages. (Del stays the view's own, below.)
        action = self.make_action(
            text,
            tip,
            slot,
            shortcut,
            checkable=checkable,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_add = self._action(
            self.tr("Add person"),
            self.tr("Add a person to this customer's map"),
            lambda: self.add_person_at(None),
            "Ctrl+Shift+P",
        )
        self.act_link = self._action(
            self.tr("Link mode"),
            self.tr("Drag from one card to another to link them; Shift+drag does it any time"),
            self._set_link_mode,
            "Ctrl+L",  # Ctrl+K is the main window's Go to…
            checkable=True,
        )
        self.act_delete = self._action(
            self.tr("Delete"),
            self.tr("Delete the selected people; undo brings them back"),
            self.delete_selected,
        )
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_layout = self._action(
            self.tr("Tidy up"),
            self.tr("Place everyone nobody has placed yet in a tidy tree; your placements stay"),
            lambda: self.auto_layout(everyone=False),
            "Ctrl+Shift+L",
        )
        self.act_relayout = self._action(
            self.tr("Re-layout everyone"),
            self.tr("Lay out the whole chart afresh, also the cards you placed (undo restores)"),
            lambda: self.auto_layout(everyone=True),
        )
        self.act_fit = self._action(
            self.tr("Fit"), self.tr("Show the whole map"), self.view.fit, "Ctrl+0"
        )
        self.act_route = self._action(
            self.tr("Routes"),
            self.tr("Light up the strongest routes from our side to the decision maker"),
            self._set_route_mode,
            "Ctrl+R",
            checkable=True,
        )
        self.act_zoom_in = self._zoom_action(
            self.tr("Zoom in"),
            lambda: self.view.zoom_by(1.25),
            (Qt.Key.Key_Plus, Qt.Key.Key_Equal),
        )
        self.act_zoom_out = self._zoom_action(
            self.tr("Zoom out"), lambda: self.view.zoom_by(0.8), (Qt.Key.Key_Minus,)
        )
        self.act_export = self._action(
            self.tr("Export…"),
            self.tr("Save the map as PNG, SVG or PDF"),
            self.export_dialog,
            "Ctrl+E",
        )

    def _zoom_action(self, text: str, slot: Any, keys: tuple[Qt.Key, ...]) -> QAction:
        """+ / = / keypad + and - / keypad -, without Ctrl (Ctrl++ is the app's Larger
        text). Text fields keep these keys: a line edit claims printable keys first."""
        action = QAction(text, self)
        sequences = [QKeySequence(key) for key in keys]
        sequences += [
            QKeySequence(QKeyCombination(Qt.KeyboardModifier.KeypadModifier, key))
            for key in keys
            if key != Qt.Key.Key_Equal
        ]
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def page_actions(self) -> list[QAction]:
        return [
            self.act_add,
            self.act_link,
            self.act_route,
            self.act_layout,
            self.act_relayout,
            self.act_fit,
            self.act_export,
        ]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        self.account_combo = QComboBox()
        self.account_combo.setObjectName("mapAccount")
        self.account_combo.setToolTip(
            self.tr("The account whose decision chain is shown: type part of its name to find it")
        )
        # Searchable: thousands of accounts make one long list. Typing filters by any part
        # of the name; Enter or a pick in the list shows that account.
        self.account_combo.setEditable(True)
        self.account_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account_edit = QLineEdit()
        self.account_edit.setPlaceholderText(self.tr("Type to find an account…"))
        self.account_combo.setLineEdit(self.account_edit)
        self.account_completer = QCompleter(self.account_combo.model(), self.account_combo)
        self.account_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.account_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.account_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.account_combo.setCompleter(self.account_completer)
        self.account_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.account_combo.setMinimumContentsLength(22)
        self.deal_combo = QComboBox()
        self.deal_combo.setObjectName("mapDeal")
        self.deal_combo.setToolTip(
            self.tr("The whole account, or one open deal with the roles people play in it")
        )
        self.deal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.deal_combo.setMinimumContentsLength(16)
        self.search = QLineEdit()
        self.search.setObjectName("mapSearch")
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Type a name and press Enter: the card is centred and selected")
        )
        self.completer = QCompleter([], self.search)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.zoom_label = QLabel()
        self.zoom_label.setToolTip(self.tr("Zoom: Ctrl+wheel or +/−; Ctrl+0 fits the map"))
        self.zoom_label.setMinimumWidth(48)
        account_label = QLabel(self.tr("Account"))
        account_label.setBuddy(self.account_combo)
        deal_label = QLabel(self.tr("Seen from"))
        deal_label.setBuddy(self.deal_combo)
        bar.addWidget(account_label)
        bar.addWidget(self.account_combo, 2)
        bar.addSpacing(8)
        bar.addWidget(deal_label)
        bar.addWidget(self.deal_combo, 1)
        bar.addSpacing(8)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.zoom_label)
        layout.addLayout(bar)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.no_accounts = EmptyState(
            self.tr("No accounts yet"),
            self.tr(
                "Add an account on the Accounts page, then its people: who decides, who "
                "influences, who uses. Their decision chain is drawn here."
            ),
        )
        self.stack.addWidget(self.no_accounts)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mapTabs")
        self.tabs.setDocumentMode(True)
        self.person_panel = PersonPanel(self.ctx)
        self.route_panel = RoutePanel()
        self.gaps_panel = GapsPanel()
        self.changes_panel = ChangesPanel()
        self.tabs.addTab(self.person_panel, self.tr("Person"))
        self.tabs.addTab(self.route_panel, self.tr("Route"))
        self.tabs.addTab(self.gaps_panel, self.tr("Gaps"))
        self.tabs.addTab(self.changes_panel, self.tr("Changes"))
        self.tabs.setTabToolTip(0, self.tr("Edit the selected person and their links"))
        self.tabs.setTabToolTip(1, self.tr("The strongest routes to the decision maker"))
        self.tabs.setTabToolTip(2, self.tr("Coverage of the decision chain, risks, whom to see"))
        self.tabs.setTabToolTip(3, self.tr("Who joined or left, whose support changed"))
        self.tabs.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mapSplitter")
        canvas = QWidget()
        canvas.setObjectName("mapCanvas")
        column = QVBoxLayout(canvas)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        self.legend = LegendStrip()
        self.legend.toggled.connect(lambda _f: self._refit())
        column.addWidget(self.legend)
        self.splitter.addWidget(canvas)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, SIDE_WIDTH])
        self.stack.addWidget(self.splitter)
        self.view.addAction(self.act_delete)

    def _connect(self) -> None:
        self.account_combo.activated.connect(self._on_account_picked)
        self.account_edit.returnPressed.connect(self._on_account_typed)
        self.account_edit.editingFinished.connect(self._show_account_name)
        self.account_completer.activated[str].connect(self.pick_account_by_text)  # type: ignore[index]
        self.deal_combo.activated.connect(self._on_deal_picked)
        self.search.returnPressed.connect(lambda: self.find_person(self.search.text()))
        self.completer.activated.connect(self.find_person)
        self.view.moved.connect(self.place_moved)
        self.view.linkRequested.connect(self.link_cards)
        self.view.addRequested.connect(self.add_person_at)
        self.view.editRequested.connect(self.edit_card)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.context_menu)
        self.view.deleteRequested.connect(self.delete_selected)
        self.view.zoomChanged.connect(self._on_zoom)
        self.view.cancelled.connect(lambda: self.act_link.setChecked(False))
        self.scene.selectionChanged.connect(self._on_selection)
        self.scene.populated.connect(self._on_populated)
        self.tabs.currentChanged.connect(self._on_tab)
        self.route_panel.changed.connect(lambda: self.update_routes(frame=True))
        self.route_panel.selectRequested.connect(self.select_cards)
        self.route_panel.fromSelection.connect(lambda: self._route_from_selection(True))
        self.route_panel.toSelection.connect(lambda: self._route_from_selection(False))
        self.gaps_panel.selectRequested.connect(self.select_cards)
        self.changes_panel.selectRequested.connect(self.select_cards)
        self.changes_panel.compareRequested.connect(self.compare)

    # -- accounts ----------------------------------------------------------------

    def _load_accounts(self) -> None:
        self.accounts = self.ctx.read(account_choices)
        with QSignalBlocker(self.account_combo):
            self.account_combo.clear()
            for a in sort_by_name(self.accounts, lambda a: a.name):
                self.account_combo.addItem(
                    self.tr("{name} ({n} people)").format(name=a.name, n=a.people), a.id
                )
            index = self.account_combo.findData(self.account_id)
            self.account_combo.setCurrentIndex(index)

    def _default_account(self) -> int | None:
        if not self.accounts:
            return None
        return max(self.accounts, key=lambda a: (a.people, -a.id)).id

    def select_account(self, account_id: int | None) -> None:
        """Show this account's map (None keeps the one shown, or picks the default)."""
        if account_id is None:
            account_id = self.account_id if self.account_id is not None else self._default_account()
        known = {a.id for a in self.accounts}
        if account_id is not None and account_id not in known:
            self._load_accounts()
            known = {a.id for a in self.accounts}
            if account_id not in known:
                account_id = self._default_account()
        if account_id != self.account_id:
            self.person_panel.editor.commit_pending()
            self.account_id = account_id
            self.deal_id = None
            self._fit_next = True
            self.scene.clearSelection()
            self.route_panel.pick(OUR_SIDE, THE_KDM)
        with QSignalBlocker(self.account_combo):
            self.account_combo.setCurrentIndex(self.account_combo.findData(self.account_id))
        self.reload_now()

    def _load_deals(self) -> None:
        deals: list[DealChoice] = (
            self.ctx.read(deal_choices, self.account_id) if self.account_id is not None else []
        )
        self._deal_names = {d.id: d.name for d in deals}
        if self.deal_id not in self._deal_names:
            self.deal_id = None
        with QSignalBlocker(self.deal_combo):
            self.deal_combo.clear()
            self.deal_combo.addItem(self.tr("The whole account"), None)
            for d in deals:
                self.deal_combo.addItem(f"{d.stage} · {d.name}", d.id)
            self.deal_combo.setCurrentIndex(max(0, self.deal_combo.findData(self.deal_id)))
        self.deal_combo.setEnabled(bool(deals))

    def pick_account_by_text(self, text: str) -> int | None:
        """Show the account whose name holds ``text`` (the list's own text, a name, or
        part of one: names that start with it first, then the list's order)."""
        needle = text.strip().casefold()
        if not needle:
            self._show_account_name()
            return None
        combo = self.account_combo
        names = {a.id: a.name.casefold() for a in self.accounts}
        ranked: list[tuple[int, int]] = []
        for i in range(combo.count()):
            item = combo.itemText(i).casefold()
            name = names.get(combo.itemData(i), item)
            if needle in (item, name):
                ranked.append((0, i))
            elif name.startswith(needle):
                ranked.append((1, i))
            elif needle in item:
                ranked.append((2, i))
        found = min(ranked)[1] if ranked else None
        if found is None:
            self.ctx.hub.status.emit(self.tr("No account called “{text}”.").format(text=text))
            self._show_account_name()
            return None
        value = combo.itemData(found)
        self.select_account(int(value) if value is not None else None)
        return self.account_id

    def _on_account_typed(self) -> None:
        text = self.account_edit.text()
        current = self.account_combo.findData(self.account_id)
        if current >= 0 and text == self.account_combo.itemText(current):
            return  # the combo itself took the exact name
        self.pick_account_by_text(text)

    def _show_account_name(self) -> None:
        """Typing left unfinished: the field shows the account shown again."""
        index = self.account_combo.findData(self.account_id)
        if index >= 0 and self.account_combo.currentText() != self.account_combo.itemText(index):
            with QSignalBlocker(self.account_combo):
                self.account_combo.setCurrentIndex(index)
                self.account_combo.setEditText(self.account_combo.itemText(index))

    def _on_account_picked(self, index: int) -> None:
        value = self.account_combo.itemData(index)
        self.select_account(int(value) if value is not None else None)

    def _on_deal_picked(self, index: int) -> None:
        value = self.deal_combo.itemData(index)
        self.deal_id = int(value) if value is not None else None
        self.reload_now()

    # -- following the model -----------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Follow ``changes`` (while the page is hidden in a shown window, :class:`Page`
        keeps them and calls this once when it is shown): nothing for another account,
        a patch of the cards an edit touched, else the map read again (coalesced)."""
        if not changes.touches(*WATCHED):
            return
        if changes.created or changes.deleted or changes.touches("account"):
            self._accounts_stale = True  # names and head counts in the account list
        if not self._concerns_shown(changes):
            if self._accounts_stale and self.isVisible():
                self._reload_timer.start()
            return
        self._changes = changes if self._changes is None else self._changes | changes
        if not self.isVisible():
            self._stale = True  # not shown yet (no window): read when shown
            return
        self._reload_timer.start()

    def _concerns_shown(self, changes: Changes) -> bool:
        """Whether ``changes`` may show on the account shown (another account's deals,
        people and links do not)."""
        if self.account_id is None or changes.touches(*ANYONES):
            return True
        if self.account_id in changes.affected("account"):
            return True  # (a deal or person of this account, named by the service)
        nodes = self.data.nodes
        rest: list[tuple[str, int]] = []
        for group in (changes.created, changes.updated, changes.deleted):
            for kind, ident in group:
                if kind not in WATCHED:
                    continue
                if kind == "account":
                    if ident == self.account_id:
                        return True
                elif kind == "person" and person_key(ident) in nodes:
                    return True
                elif kind == "person" and group is changes.deleted:
                    continue  # not on this map (another account's, or one who left)
                else:
                    rest.append((kind, ident))
        if not rest:
            return False
        accounts, unknown = self.ctx.read(accounts_of, rest)
        return unknown or self.account_id in accounts

    @property
    def pending(self) -> bool:
        return (
            self._reload_timer.isActive()
            or self._selection_timer.isActive()
            or self._names_timer.isActive()
        )

    @property
    def building(self) -> bool:
        """A worker is making the map (graph, layout, analysis or routes), or the
        cards a layout moved are still on their way, or a big map's cards are still
        being added (:meth:`MapScene.sync`)."""
        return bool(self._futures) or bool(self._moves_later) or self.scene.populating

    def _on_populated(self, shown: int, total: int) -> None:
        """A big map is drawn over several turns: how far, at the foot of the view;
        once all its cards are there, the jobs waiting for them start."""
        if shown < total:
            locale = QLocale()
            self.view.set_progress(
                self.tr("Drawing {shown} of {total} people…").format(
                    shown=locale.toString(shown), total=locale.toString(total)
                )
            )
            return
        self.view.set_progress("")
        if self._names_stale:
            self._names_timer.start()
        if self._queued:
            self._start_timer.start()
        self._settled()

    def _refresh(self) -> None:
        """Show what changed: patch the cards an edit touched, else read the map again."""
        self._reload_timer.stop()
        changes, self._changes = self._changes, None
        self._stale = False
        if changes is None:
            if self._accounts_stale:
                self._reload_accounts()
            return
        if not self._patch(changes):
            self.reload_now()

    def _reload_accounts(self) -> bool:
        """Read the account list again; True if the shown account is gone."""
        self._accounts_stale = False
        choices = self.ctx.read(account_choices)
        if choices == self.accounts:
            return False
        self._load_accounts()
        if self.account_id not in {a.id for a in self.accounts}:
            self.account_id = self._default_account()
            self.deal_id = None
            self._fit_next = True
            return True
        return False

    def _patch(self, changes: Changes) -> bool:
        """Apply an edit of a few people without building the map again (moved cards
        move, edited ones repaint, added or removed ones come and go); False when it
        needs the whole map (links, managers, deals, a layout to make…)."""
        if self.account_id is None or self.data.graph is None or "build" in self._futures:
            return False
        if changes.kinds - {"person", "account"} or changes.ids("account") - {self.account_id}:
            return False
        people = changes.ids("person")
        if not people:
            return False
        read = self.ctx.read(person_nodes, self.account_id, people, self.deal_id)
        patch = patch_people(self.data, read, people - set(read))
        if patch is None:
            return False
        if self._accounts_stale:  # (a head count in the account list) on the next turn
            self._reload_timer.start()
        self._show_patch(patch)
        return True

    def _show_patch(self, patch: Patch, *, later: bool = False) -> None:
        """Show an edit's patch (``later``: its moved cards all on the next turns, as
        for a worker's layout, whose own turn measured it against the whole map)."""
        if patch.relayout or "layout" in self._futures:
            if len(patch.data.nodes) < APART_FROM:
                patch = relaid(patch, map_layout(patch.data.graph))
            else:  # the cards the layout moves follow when the worker is done
                self._submit("layout", layout_apart, patch.data.org)
        if len(patch.moved) > self._chunk_size() or (later and patch.moved):
            first, rest = self._nearest_first(patch.moved)
            if later:
                first, rest = [], first + rest
            patch = replace(patch, moved=frozenset(first))
            if not self._moves_later:
                self._move_timer.start()
            self._moves_later = rest + [k for k in self._moves_later if k not in patch.moved]
            if later:  # (a card already on its way goes once)
                self._moves_later = list(dict.fromkeys(self._moves_later))
        old = self.data
        self.data = patch.data
        self.scene.apply_patch(patch)
        renamed = False
        if patch.added or patch.removed or patch.repainted:
            before = [old.nodes[k] for k in patch.repainted]
            after = [self.data.nodes[k] for k in patch.repainted]
            renamed = bool(patch.added or patch.removed) or any(
                a.name != b.name for a, b in zip(before, after, strict=True)
            )
            if renamed:
                self._names_patched(
                    [old.nodes[k].name for k in patch.removed if k in old.nodes]
                    + [a.name for a in before],
                    [self.data.nodes[k].name for k in patch.added if k in self.data.nodes]
                    + [b.name for b in after],
                )
            self._analyse()
            # routes start at insiders and coaches and end at the decision maker
            if (
                patch.added
                or patch.removed
                or any(
                    (a.role, a.insider, a.coach) != (b.role, b.insider, b.coach)
                    for a, b in zip(before, after, strict=True)
                )
            ):
                self.update_routes()
            if self.tabs.currentWidget() is self.changes_panel:
                self.compare(*self.changes_panel.span())
        # A patch changes no one's links: the person panel reads again only for a new
        # name in their list (the editor follows its person's fields by itself).
        self._after_change(reselect=renamed)

    def _nearest_first(self, keys: frozenset[str]) -> tuple[list[str], list[str]]:
        """``keys`` split into the first :data:`MOVE_CHUNK` (nearest the view's centre)
        and the rest, in that order."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        cx, cy = centre.x(), centre.y()
        positions = self.data.positions

        def distance(key: str) -> float:
            x, y = positions.get(key, (cx, cy))
            return abs(x - cx) + abs(y - cy)

        order = sorted(keys, key=distance)
        size = self._chunk_size()
        return order[:size], order[size:]

    def _chunk_size(self) -> int:
        """Cards to move in one turn: as many as fit :data:`MOVE_BUDGET_S`."""
        return max(1, min(MOVE_CHUNK, int(MOVE_BUDGET_S / self._move_cost)))

    def _move_more(self) -> None:
        """Move the next cards a layout moved (one chunk per turn of the event loop)."""
        size = self._chunk_size()
        chunk = [k for k in self._moves_later[:size] if k in self.data.nodes]
        self._moves_later = self._moves_later[size:]
        if chunk:
            started = time.thread_time()  # (the UI thread's CPU: a busy machine's wall
            self.scene.apply_patch(Patch(self.data, moved=frozenset(chunk)))  # clock lies)
            each = (time.thread_time() - started) / len(chunk)
            self._move_cost = max(1e-5, (self._move_cost + each) / 2)
            self.view.viewport().update()
        if self._moves_later:
            self._move_timer.start()
        else:
            self._settled()

    def _settled(self) -> None:
        """Once a big map's worker results are all shown, what the map is made of is
        moved out of the garbage collector's sight (:func:`freeze_heap`): each full
        collection would walk its million objects again, hundreds of milliseconds
        with the window frozen."""
        if not self.building and len(self.data.nodes) >= APART_FROM:
            freeze_heap()

    def _names_changed(self, *, every: bool = False) -> None:
        """Names to find and to pick routes from (the route tab's lists when it is shown).
        Their sort keys are made :data:`NAMES_CHUNK` a turn (``every``: all at once):
        20,000 new names took 80–130 ms of the UI thread in one turn."""
        self._names_timer.stop()
        keys = self._name_keys
        count = Counter(n.name for n in self.data.nodes.values())
        new = [name for name in count if name not in keys]
        if len(new) > NAMES_CHUNK and not every:
            for name in new[:NAMES_CHUNK]:
                keys[name] = name_key(name)
            self._names_stale = True  # (a patch meanwhile leaves the list be)
            self._names_timer.start()  # the rest on the next turns
            return
        self._names_stale = False
        self._name_count = count
        for name in new:
            keys[name] = name_key(name)
        self._name_list = sorted(self._name_count, key=keys.__getitem__)
        self.completer.model().setStringList(self._name_list)  # type: ignore[attr-defined]
        self._names_shown()

    def _names_patched(self, gone: list[str], new: list[str]) -> None:
        """A patch took the names ``gone`` away and brought ``new``: the completer's
        list gains and loses those alone (sorting 20,000 names took 40 ms an edit)."""
        if self._names_stale:
            return  # all the names are read soon
        count, order, keys = self._name_count, self._name_list, self._name_keys
        model = self.completer.model()
        for name in gone:
            count[name] -= 1
            if count[name] > 0:
                continue
            del count[name]
            at = bisect_left(order, keys[name], key=keys.__getitem__)
            while at < len(order) and order[at] != name:
                at += 1  # (another name the locale sorts as equal)
            if at < len(order):
                del order[at]
                model.removeRows(at, 1)
        for name in new:
            count[name] += 1
            if count[name] > 1:
                continue
            if name not in keys:
                keys[name] = name_key(name)
            at = bisect_right(order, keys[name], key=keys.__getitem__)
            order.insert(at, name)
            model.insertRows(at, 1)
            model.setData(model.index(at, 0), name)
        self._names_shown()

    def _names_shown(self) -> None:
        self._choices_stale = True
        if self.tabs.currentWidget() is self.route_panel or len(self.data.nodes) < APART_FROM:
            self._fill_route_choices()

    def _fill_route_choices(self) -> None:
        if self._choices_stale:
            self._choices_stale = False
            self.route_panel.set_choices(list(self.data.nodes.values()))

    def _after_change(self, *, reselect: bool = True) -> None:
        """What follows every change shown: selection panel, hint, legend, actions."""
        if reselect:
            self._on_selection()
        self.view.hint = (
            self.tr("Double-click anywhere to add the first person of this customer.")
            if all(n.is_member for n in self.data.nodes.values())
            else ""
        )
        self.legend.setVisible(bool(self.data.nodes))
        self.view.viewport().update()
        self._update_actions()

    # -- workers -----------------------------------------------------------------------

    def _submit(self, job: str, fn: Callable[..., Any], *args: Any) -> int:
        """Run ``fn(*args)`` on the worker; its result comes to :meth:`_worker_done`
        unless a newer request of the same ``job`` came first (then it is dropped)."""
        self._generation[job] += 1
        generation = self._generation[job]
        if sys.getswitchinterval() > HAND_OVER_S:
            sys.setswitchinterval(HAND_OVER_S)
        future: Future[Any] = Future()  # runs once the edit is painted (_start_queued)
        self._futures[job] = future
        self._queued.append((future, fn, args, self._remote(job, args)))
        self._start_timer.start()
        relay = self._relay

        def done(f: Future[Any]) -> None:
            with contextlib.suppress(RuntimeError):  # the page is gone
                relay.done.emit(job, generation, f)

        future.add_done_callback(done)
        return generation

    def _start_queued(self, *, every: bool = False) -> None:
        """Hand the next queued job to the worker (``every``: all of them), one still
        wanted (a newer request or a reload drops a job's future from ``_futures``:
        it is never run). One at a time, and none while cards a layout moved are
        still on their way: a job running meanwhile shares Python's lock with them."""
        if (self._moves_later or self.scene.populating) and not every:
            if self._queued:
                self._start_timer.start()
            return
        wanted = {id(f) for f in self._futures.values()}
        while self._queued:
            future, fn, args, remote = self._queued.pop(0)
            if id(future) not in wanted or not future.set_running_or_notify_cancel():
                continue
            running = remote() if remote is not None else _WORKERS.submit(_uncollected, fn, *args)
            running.add_done_callback(partial(_pass_on, future))
            if not every:
                return

    def _remote(self, job: str, args: tuple[Any, ...]) -> Callable[[], Future[Any]] | None:
        """How ``job`` starts on the helper process, or None when it runs on the thread
        (a build, a map under :data:`PROCESS_FROM`, a workspace another process cannot
        read). The child reads the account the page shows as it is in the workspace,
        which is what ``args``' org was read from."""
        if job not in map_process.JOBS:
            return None
        org: OrgData = args[0].org if job == "analysis" else args[0]
        if len(org.people) + len(org.members) < PROCESS_FROM:
            return None
        source = self._source()
        if source is None:
            return None
        extra = (args[1],) if job == "analysis" else args[1:]
        return partial(map_process.submit, job, source, self.account_id, self.deal_id, org, *extra)

    def _source(self) -> map_process.Source | None:
        """Where the helper process reads this workspace: its URL and, for an encrypted
        file, the passphrase the app holds (None: the thread reads, see
        :func:`_reads_apart`)."""
        if not self._reads_apart():
            return None
        from model.encryption import is_encrypted, known

        workspace = self.ctx.workspace
        path = workspace.path
        passphrase = None
        if path is not None and is_encrypted(path):
            passphrase = known(path)
            if passphrase is None:
                return None
        return map_process.Source(workspace.engine.url, passphrase)

    def _worker_done(self, job: str, generation: int, future: Future[Any]) -> None:
        if self._queued:
            self._start_timer.start()  # the next job, once this result is shown
        if generation != self._generation[job]:
            return  # an older request: a newer one is on its way
        self._futures.pop(job, None)
        try:
            result = future.result()
        except Exception as exc:  # shown, never swallowed silently
            self.ctx.hub.problem.emit(self.tr("Org map"), str(exc))
            return
        if job == "build":
            data, analysis = result
            self._show_built(data, analysis)
        elif job == "layout":
            self._show_patch(relaid(Patch(self.data), result), later=True)
        elif job == "routes":
            self._show_routes(result, self._routes_frame)
            self._routes_frame = False
        else:
            self._show_analysis(result)
        self._settled()

    def settle(self) -> None:
        """Wait for the workers and show their results (gestures that need the map
        as it is now, tests)."""
        self._start_timer.stop()
        self.scene.finish_populate()
        for job in ("build", "layout", "analysis", "routes"):
            while self._moves_later:
                self._move_more()
            self._start_queued(every=True)  # including what a result just shown asked for
            future = self._futures.get(job)
            if future is not None:
                wait((future,))  # (a failure is said by _worker_done, not raised here)
                self._worker_done(job, self._generation[job], future)
        while self._moves_later:
            self._move_more()
        self.scene.finish_populate()
        if self._names_stale:
            self._names_changed(every=True)

    def _analyse(self) -> None:
        """Coverage, risks and whom to see next, again (on the worker for a big map)."""
        if len(self.data.nodes) >= APART_FROM:
            self._submit("analysis", analyse_apart, self.data, date.today())
            return
        self._generation["analysis"] += 1
        self._futures.pop("analysis", None)
        self._show_analysis(analyse(self.data, date.today()))

    def _show_analysis(self, analysis: MapAnalysis) -> None:
        """Keep the analysis; the gaps tab shows it now if it is the tab shown (or the
        map is small), else when it is picked (a hidden tab does no work)."""
        self.analysis = analysis
        self._gaps_stale = True
        if self.tabs.currentWidget() is self.gaps_panel or len(self.data.nodes) < APART_FROM:
            self._show_gaps()

    def _show_gaps(self) -> None:
        if self._gaps_stale:
            self._gaps_stale = False
            self.gaps_panel.show_analysis(self.analysis, self.scene.name_of)

    def reload_now(self) -> None:
        """Read the account again and bring scene and panels up to date."""
        self._reload_timer.stop()
        self._changes = None
        self._stale = False
        self.full_reloads += 1
        if self._accounts_stale or not self.accounts:
            self._reload_accounts()
        if self.account_id is None:
            self._generation["build"] += 1
            self._futures.pop("build", None)
            release_views(self.data.graph)
            self.data = MapData()
            self.scene.sync(self.data)
            self.stack.setCurrentWidget(self.no_accounts)
            self._update_actions()
            return
        self.stack.setCurrentWidget(self.splitter)
        self._load_deals()
        self.person_panel.set_deal(self.deal_id, self._deal_names.get(self.deal_id or 0, ""))
        account_id, deal_id = self.account_id, self.deal_id
        if self._head_count(account_id) >= APART_FROM and self._reads_apart():
            if self._head_count(account_id) >= PROCESS_FROM and self._source() is not None:
                map_process.warm_up()  # (its edits' layouts then find it ready)
            read = self.ctx.read
            self._submit("build", read_build_apart, read, account_id, deal_id, date.today())
            return  # read and built on the worker; the scene follows when it is done
        org = self.ctx.read(org_data, account_id, deal_id)
        stage = self.ctx.read(account_stage, account_id, deal_id)
        if len(org.people) + len(org.members) >= APART_FROM:
            self._submit("build", build_apart, org, account_id, deal_id, stage, date.today())
            return  # the scene follows when the worker is done
        self._generation["build"] += 1
        self._futures.pop("build", None)
        data = build_map_data(org, account_id=account_id, deal_id=deal_id, stage=stage)
        self._show_built(data, analyse(data, date.today()))

    def _head_count(self, account_id: int) -> int:
        """How many people the account list says the account has (0: not known)."""
        return next((a.people for a in self.accounts if a.id == account_id), 0)

    def _reads_apart(self) -> bool:
        """Whether the worker may read the workspace (a database in memory is one
        connection's: another thread would see an empty one)."""
        workspace = getattr(self.ctx, "workspace", None)
        url = getattr(getattr(workspace, "engine", None), "url", None)
        return getattr(url, "database", None) not in (None, "", ":memory:")

    def _show_built(self, data: MapData, analysis: MapAnalysis) -> None:
        self._generation["layout"] += 1  # a layout of the map before is no use now
        self._futures.pop("layout", None)
        self._moves_later = []  # every card goes to its place now
        if self.data.graph is not data.graph:
            release_views(self.data.graph)  # freed now, not by a collection
        self.data = data
        self.scene.sync(self.data)
        self._generation["analysis"] += 1
        self._futures.pop("analysis", None)
        self._show_analysis(analysis)
        if len(data.nodes) >= APART_FROM:
            # on a turn of their own (80 ms at 20,000 people), once every card is drawn
            self._names_stale = True
            if not self.scene.populating:
                self._names_timer.start()
        else:
            self._names_changed()
        self.update_routes()
        if self.tabs.currentWidget() is self.changes_panel:
            self.compare(*self.changes_panel.span())
        if self._fit_next and self.view.isVisible():
            self._fit_next = False
            self.view.open_view(self._focus())
        self._after_change()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)  # applies what arrived while hidden (Page)
        if self._stale or self._changes is not None:
            self._refresh()  # changed while hidden
        elif self._accounts_stale:
            self._reload_timer.start()
        if self._fit_next:
            QTimer.singleShot(0, self, self._first_look)  # dropped if the page goes first

    def _on_text_size(self, _points: float) -> None:
        """View ▸ Larger/Smaller text: names, legend and hint follow at once."""
        self.legend.refresh()
        self.scene.refresh_cards()
        self.view.refresh_legend()
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        """The view changed size under a fitted map (legend folded, text size): fit again."""
        if self.view.fitted and self.view.isVisible():
            self.view.fit()

    def _side_width(self) -> int:
        """The side panel's first width: narrower on a small screen, where the map needs
        the room more."""
        return max(300, min(SIDE_WIDTH, round(self.width() * 0.27)))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._sized and self.width() > 600:
            self._sized = True
            side = self._side_width()
            self.splitter.setSizes([max(100, self.splitter.width() - side), side])

    def _first_look(self) -> None:
        """Once shown and laid out, open the map (unless a restored zoom came first)."""
        if self._fit_next and self.view.isVisible():
            self._fit_next = False
            self.view.open_view(self._focus())

    def _focus(self) -> list[str]:
        """Where a map that does not fit opens: the decision maker, else the top."""
        kdm = [n.key for n in self.data.people() if n.role == "KDM"]
        return kdm[:1]

    def _update_actions(self) -> None:
        has_account = self.account_id is not None
        for action in (
            self.act_add,
            self.act_link,
            self.act_layout,
            self.act_relayout,
            self.act_fit,
            self.act_route,
            self.act_export,
            self.act_zoom_in,
            self.act_zoom_out,
        ):
            action.setEnabled(has_account)
        self.act_delete.setEnabled(any(k.startswith("p:") for k in self.scene.selected_keys()))

    def _on_zoom(self, scale: float) -> None:
        self.zoom_label.setText(percent(scale))

    def _on_selection(self) -> None:
        keys = self.scene.selected_keys()
        self.act_delete.setEnabled(any(k.startswith("p:") for k in keys))
        if len(self.data.nodes) >= APART_FROM:
            # the person's editor and links are read on the next turn: on a big map
            # the gesture that selected (a press, an added card) is painted first
            self._selection_timer.start()
            return
        self._show_selection()

    def _show_selection(self) -> None:
        """The side panel follows the selection (and an edited card's name takes focus)."""
        self._selection_timer.stop()
        self.person_panel.show_keys(self.scene.selected_keys(), self.data.nodes)
        if self._focus_name:
            self._focus_name = False
            self.person_panel.editor.focus_name()

    # -- tabs: route and changes ---------------------------------------------------

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.gaps_panel:
            self._show_gaps()
        if widget is self.route_panel:
            self._fill_route_choices()
        self.act_route.setChecked(widget is self.route_panel)
        if widget is self.changes_panel:
            self.compare(*self.changes_panel.span())
        else:
            self.scene.set_marks({})

    def _set_route_mode(self, on: bool) -> None:
        if on and self.tabs.currentWidget() is not self.route_panel:
            self.tabs.setCurrentWidget(self.route_panel)
        if not on and self.tabs.currentWidget() is self.route_panel:
            self.tabs.setCurrentWidget(self.person_panel)
        self.update_routes(frame=on)

    def update_routes(self, frame: bool = False) -> None:
        """Find the routes the route tab asks for; light them in route mode.

        ``frame``: the user asked (route mode on, other ends): zoom to the routes.
        """
        source, target, k = self.route_panel.query()
        if len(self.data.nodes) >= APART_FROM:
            if not self.act_route.isChecked():
                # nobody looks at routes now: found when the route tab is opened (a big
                # map's routes kept the worker busy for seconds after each edit)
                self._generation["routes"] += 1
                self._futures.pop("routes", None)
                return
            self._routes_frame = frame or (self._routes_frame and "routes" in self._futures)
            self._submit("routes", routes_apart, self.data.org, source, target, k)
            return  # shown when the worker is done
        self._show_routes(find_routes(self.data.graph, source, target, k), frame)

    def _show_routes(self, answer: RouteAnswer, frame: bool) -> None:
        self.answer = answer
        self.route_panel.show_answer(self.answer, self.scene.name_of)
        on = self.act_route.isChecked()
        self.scene.set_routes(self.answer.routes, on)
        if on and frame and self.answer.routes and self.view.isVisible():
            self.view.frame_keys([k for r in self.answer.routes for k in r.nodes])

    def _route_from_selection(self, as_source: bool) -> None:
        keys = self.scene.selected_keys()
        if len(keys) != 1:
            self.ctx.hub.status.emit(self.tr("Select one card on the map first."))
            return
        self._fill_route_choices()
        if as_source:
            self.route_panel.pick(source=keys[0])
        else:
            self.route_panel.pick(target=keys[0])

    def compare(self, since: date, until: date) -> None:
        if self.account_id is None:
            return
        before = self.ctx.read(org_data_at, self.account_id, since)
        after = self.ctx.read(org_data_at, self.account_id, until)
        names = {p.id: p.name for p in (*before.people, *after.people)}
        diff = diff_snapshots(before, after)
        marks = self.changes_panel.show_diff(diff, lambda pid: names.get(pid, f"#{pid}"))
        if self.tabs.currentWidget() is self.changes_panel:
            self.scene.set_marks(marks)

    # -- selection and search --------------------------------------------------------

    def select_cards(self, keys: list[str]) -> None:
        """Select these cards and bring them into view (from the side panel)."""
        shown = self.scene.select_keys(keys)
        if shown:
            self.view.centre_on_keys(shown)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find_person(self, text: str) -> str | None:
        """Select and centre the next card whose name contains ``text``."""
        needle = text.strip().casefold()
        if not needle:
            return None
        found = [n for n in self.data.nodes.values() if needle in n.name.casefold()]
        place = ranks(n.name for n in found)  # in turn by name, as the user reads them
        matches = sorted(
            found,
            key=lambda n: (not n.name.casefold().startswith(needle), place[n.name or ""], n.key),
        )
        keys = [n.key for n in matches]
        if not keys:
            self.ctx.hub.status.emit(
                self.tr("Nobody called “{text}” on this map.").format(text=text)
            )
            return None
        if keys != self._matches:
            self._matches, self._match_at = keys, -1
        self._match_at = (self._match_at + 1) % len(keys)
        key = keys[self._match_at]
        self.select_cards([key])
        return key

    # -- gestures -> commands --------------------------------------------------------

    def _saved(self, person_id: int) -> tuple[float | None, float | None]:
        p = people_by_id(self.data.org).get(person_id)
        return (p.x, p.y) if p is not None else (None, None)

    def place_moved(self, moved: dict[str, tuple[QPointF, QPointF]]) -> bool:
        """Cards were dragged: store where they are now, as one undo step."""
        new: dict[int, tuple[float, float]] = {}
        old: dict[int, tuple[float | None, float | None]] = {}
        for key, (_start, end) in moved.items():
            kind, ident = split_key(key)
            if kind != "person":
                continue
            new[ident] = (round(end.x(), 1), round(end.y(), 1))
            old[ident] = self._saved(ident)
        if not new:
            return False
        if len(new) == 1:
            text = self.tr("Move {name}").format(name=self.scene.name_of(next(iter(moved))))
        else:
            text = self.tr("Move {n} people").format(n=len(new))
        return self.ctx.push(PlaceCommand(self.ctx, text, new, old))

    def auto_layout(self, everyone: bool = False) -> bool:
        """Tidy tree for the people nobody placed (``everyone``: for all), one undo step."""
        G = self.data.graph
        if G is None or not self.data.people():
            return False
        positions = map_layout(G, keep=not everyone)
        new: dict[int, tuple[float, float]] = {}
        old: dict[int, tuple[float | None, float | None]] = {}
        for key, (x, y) in positions.items():
            kind, ident = split_key(key)
            if kind != "person":
                continue
            saved = self._saved(ident)
            target = (round(x, 1), round(y, 1))
            if saved != target:
                new[ident] = target
                old[ident] = saved
        if not new:
            self.ctx.hub.status.emit(self.tr("Everyone already has a place."))
            return False
        text = self.tr("Re-layout everyone") if everyone else self.tr("Tidy up the map")
        self._fit_next = everyone
        done = self.ctx.push(PlaceCommand(self.ctx, text, new, old))
        if done and everyone:
            self.reload_now()
        return done

    def add_person_at(self, pos: QPointF | None) -> int | None:
        """Create a person at ``pos`` (or in view, to the right), select and edit them."""
        if self.account_id is None:
            return None
        if pos is None:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            pos = QPointF(centre)
        values = {
            "name": self.tr("New person"),
            "map_x": round(pos.x(), 1),
            "map_y": round(pos.y(), 1),
        }
        command = CreateCommand(
            self.ctx,
            self.tr("Add person"),
            "person",
            create_person,
            delete_person,
            self.account_id,
            values,
        )
        if not self.ctx.push(command) or command.ident is None:
            return None
        self._refresh()  # the new card now, not after the coalescing timer
        if person_key(command.ident) not in self.scene.nodes:
            self.settle()  # a big map read afresh: its worker brings the card
        self.edit_card(person_key(command.ident))
        return command.ident

    def edit_card(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.person_panel)
        self._focus_name = key.startswith("p:")  # once the panel shows them
        self.scene.select_keys([key])

    def delete_selected(self) -> int:
        """Delete the selected people (our members are not deleted here); one undo step."""
        people = [k for k in self.scene.selected_keys() if k.startswith("p:")]
        if not people:
            return 0
        self.person_panel.editor.commit_pending()
        names = [self.scene.name_of(k) for k in people]
        text = (
            self.tr("Delete {name}").format(name=names[0])
            if len(people) == 1
            else self.tr("Delete {n} people").format(n=len(people))
        )
        stack = self.ctx.undo_stack
        stack.beginMacro(text)
        done = 0
        try:
            for key in people:
                _, ident = split_key(key)
                command = DeleteCommand(
                    self.ctx,
                    self.tr("Delete {name}").format(name=self.scene.name_of(key)),
                    delete_person,
                    ident,
                )
                if self.ctx.push(command):
                    done += 1
        finally:
            stack.endMacro()
        if done:
            self.ctx.hub.status.emit(
                self.tr("Deleted {n} — Ctrl+Z brings them back.").format(
                    n=names[0] if done == 1 else self.tr("{n} people").format(n=done)
                )
            )
        return done

    # -- a person's part: the context menu -------------------------------------------------

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """Right-click: on a person's card their part (edited by the map's one rule),
        edit and delete; elsewhere what applies to the map (add here, fit, tidy, routes…)."""
        if self.account_id is None:
            return None
        where = self.view.mapToScene(pos)
        key = self.scene.key_at(where)
        if key is not None and key.startswith("p:"):
            if key not in self.scene.selected_keys():
                self.scene.select_keys([key])
            menu = self.person_menu(key)
        else:
            menu = self.canvas_menu(where)
        self.run_menu(menu, self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()
        return menu

    def person_menu(self, key: str) -> QMenu:
        """The card's menu: role, support, competitor, insider, coach; edit; delete."""
        person_id = split_key(key)[1]
        menu = self.chain_menu(person_id) or QMenu(self)
        menu.addSeparator()
        edit = menu.addAction(self.tr("Edit person"))
        edit.setObjectName("edit_person")
        edit.triggered.connect(lambda _c=False: self.edit_card(key))
        route = menu.addAction(self.tr("Routes to this person"))
        route.setObjectName("route_to")
        route.triggered.connect(lambda _c=False: self._route_to(key))
        from desktop.activities.editor import add_person_actions  # the activity log's entries

        add_person_actions(menu, self, person_id)
        from desktop.exporting.person_actions import add_person_data_actions  # export, erase

        add_person_data_actions(menu, self, person_id)
        menu.addSeparator()
        delete = menu.addAction(self.act_delete.text())
        delete.setObjectName("delete")
        delete.setToolTip(self.act_delete.toolTip())
        delete.triggered.connect(lambda _c=False: self.delete_selected())
        return menu

    def canvas_menu(self, where: QPointF) -> QMenu:
        """The canvas's menu: add a person where the click was, and the map's actions."""
        menu = QMenu(self)
        menu.setObjectName("canvasMenu")
        add = menu.addAction(self.tr("Add person here"))
        add.setObjectName("add_here")
        add.triggered.connect(lambda _c=False: self.add_person_at(QPointF(where)))
        menu.addSeparator()
        for action in (self.act_fit, self.act_zoom_in, self.act_zoom_out):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.act_layout, self.act_relayout):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.act_route, self.act_link):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_export)
        return menu

    def _route_to(self, key: str) -> None:
        """Routes from our side to this person, lit."""
        self._fill_route_choices()
        self.route_panel.pick(OUR_SIDE, key)
        self.act_route.setChecked(True)

    def chain_menu(self, person_id: int) -> QMenu | None:
        """Role, support, competitor, insider and coach as the card shows them."""
        part = self.ctx.read(chain_part, person_id, self.deal_id)
        if part is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("chainMenu")
        deal = self._deal_names.get(self.deal_id or 0, "")
        if self.deal_id is not None:
            head = (
                self.tr("{person} on “{deal}”: {role}").format(
                    person=part.name, deal=deal, role=role_short(part.role)
                )
                if part.on_deal
                else self.tr("{person} is not on “{deal}” yet").format(person=part.name, deal=deal)
            )
            menu.addAction(head).setEnabled(False)
            menu.addSeparator()

        def add(parent: QMenu, text: str, name: str, field: str, value: Any, on: bool) -> None:
            act = parent.addAction(text)
            act.setObjectName(name)
            act.setCheckable(True)
            act.setChecked(on)
            act.triggered.connect(lambda _c=False: self.set_chain(person_id, field, value))

        shown_role = part.role if part.on_deal or self.deal_id is None else None
        roles = menu.addMenu(
            self.tr("Role on this deal") if self.deal_id is not None else self.tr("Role")
        )
        for code, text in options("role"):
            add(roles, str(text), f"role_{code}", "role", code, shown_role == code)
        roles.addSeparator()
        none_text = (
            self.tr("Take off this deal")
            if self.deal_id is not None
            else self.tr("No role in the decision chain")
        )
        add(roles, none_text, "role_none", "role", None, shown_role is None)
        support = menu.addMenu(self.tr("Support"))
        for value in range(SUPPORT_MAX, SUPPORT_MIN - 1, -1):
            add(
                support,
                f"{support_sign(value)}  {support_label(value)}",
                f"support_{value}",
                "support",
                value,
                part.support == value,
            )
        backs = menu.addMenu(self.tr("Backs competitor"))
        competitors = sort_by_name(self.ctx.read(competitor_choices), lambda c: c[1])
        for ident, name in [(None, self.tr("No competitor")), *competitors]:
            add(
                backs,
                name,
                f"backs_{ident or 0}",
                "backs_competitor_id",
                ident,
                part.backs_id == ident,
            )
        add(menu, self.tr("Insider"), "insider", "insider", not part.insider, part.insider)
        add(menu, self.tr("Coach"), "coach", "coach", not part.coach, part.coach)
        return menu

    def set_chain(self, person_id: int, field: str, value: Any) -> bool:
        """Write one field of a person's part where the card reads it (one undo step)."""
        part = self.ctx.read(chain_part, person_id, self.deal_id)
        if part is None:
            return False
        deal = self._deal_names.get(self.deal_id or 0, "")
        command = chain_command(self.ctx, self.deal_id, part, field, value, deal=deal, parent=self)
        return command is not None and self.ctx.push(command)

    def _set_link_mode(self, on: bool) -> None:
        self.view.link_mode = on
        self.view.hint = (
            self.tr("Link mode: drag from one card to another. Esc stops.") if on else ""
        )
        self.view.viewport().update()

    def choose_link(self, source: str, target: str, at: QPoint) -> LinkChoice | None:
        """Ask what the new link means; tests replace this."""
        a, b = self.scene.name_of(source), self.scene.name_of(target)
        menu = QMenu(self)
        choices: dict[QAction, LinkChoice] = {}
        if source.startswith("m:") or target.startswith("m:"):
            member, person = (a, b) if source.startswith("m:") else (b, a)
            title = menu.addAction(
                self.tr("{member} knows {person}:").format(member=member, person=person)
            )
            title.setEnabled(False)
            for strength, label in zip(
                STRENGTHS, (self.tr("close"), self.tr("good"), self.tr("slight")), strict=True
            ):
                act = menu.addAction(f"   {label} ({percent(strength)})")
                choices[act] = ("relationship", strength)
        else:
            act = menu.addAction(self.tr("{a} reports to {b}").format(a=a, b=b))
            choices[act] = ("reports_to", None)
            menu.addSeparator()
            title = menu.addAction(self.tr("{a} influences {b}:").format(a=a, b=b))
            title.setEnabled(False)
            for strength, label in zip(
                STRENGTHS,
                (self.tr("strongly"), self.tr("somewhat"), self.tr("a little")),
                strict=True,
            ):
                act = menu.addAction(f"   {label} ({percent(strength)})")
                choices[act] = ("influence", strength)
        picked = menu.exec(at)
        return choices.get(picked) if isinstance(picked, QAction) else None

    def link_cards(self, source: str, target: str, at: QPoint | None = None) -> bool:
        """A drag from ``source`` to ``target`` ended: ask what it means, then record it."""
        if source.startswith("m:") and target.startswith("m:"):
            self.ctx.hub.status.emit(
                self.tr("Links between our own people are kept on the Team page.")
            )
            return False
        choice = self.choose_link(source, target, at or QPoint())
        if choice is None:
            return False
        kind, strength = choice
        a, b = self.scene.name_of(source), self.scene.name_of(target)
        if kind == "reports_to":
            _, sub = split_key(source)
            _, boss = split_key(target)
            text = self.tr("{a} reports to {b}").format(a=a, b=b)
            return self.ctx.push(
                EditCommand(self.ctx, text, update_person, sub, {"manager_id": boss})
            )
        if kind == "relationship":
            member_key, person = (source, target) if source.startswith("m:") else (target, source)
            _, member_id = split_key(member_key)
            _, person_id = split_key(person)
            info = self.data.nodes.get(member_key)
            level = {"manager": "manager", "executive": "executive"}.get(
                (info.member_role if info else None) or "", "rep"
            )
            text = self.tr("{member} knows {person}").format(
                member=self.scene.name_of(member_key), person=self.scene.name_of(person)
            )
            values = {"strength": strength or 0.5, "visit_level": level}
            return self.ctx.push(
                LinkCommand(self.ctx, text, "relationship", member_id, person_id, values)
            )
        _, s = split_key(source)
        _, t = split_key(target)
        note = next(
            (
                lk.note
                for lk in self.ctx.read(link_rows, s)
                if lk.kind == "influence" and lk.source == s and lk.target == t
            ),
            "",
        )
        text = self.tr("{a} influences {b}").format(a=a, b=b)
        return self.ctx.push(
            LinkCommand(
                self.ctx, text, "influence", s, t, {"strength": strength or 0.5, "note": note}
            )
        )

    # -- page hooks: global search, F1, print, state kept across rebuilds -----------

    def show_person(self, account_id: int, person_id: int) -> bool:
        """Show this account's map with the person's card selected and centred."""
        self.select_account(account_id)
        if self.account_id != account_id:
            return False
        self.settle()
        key = person_key(person_id)
        if key not in self.scene.nodes:
            return False
        self.select_cards([key])
        self.edit_card(key)
        return True

    def help_topic(self) -> str | None:
        """In route mode the coach who shows the way; with one person selected, their
        role in the decision chain; else the registry's (the decision maker)."""
        if self.act_route.isChecked():
            return "REL.COACH"
        keys = self.scene.selected_keys()
        info = self.data.nodes.get(keys[0]) if len(keys) == 1 else None
        if info is not None and info.role:
            return f"ROLE.{info.role}"
        return None

    def print_widget(self) -> QWidget | None:
        """The whole map (title, all cards in full detail, legend), not only the view."""
        return self.printout if self.account_id is not None else None

    def print_scene(self) -> MapScene:
        return self.scene

    def print_title(self) -> str:
        return self.title()

    def view_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {"account": self.account_id, "deal": self.deal_id}
        if not self.view.fitted:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            state["zoom"] = round(self.view.scale_factor(), 4)
            state["centre"] = [round(centre.x(), 1), round(centre.y(), 1)]
        return state

    def restore_view_state(self, state: dict[str, Any]) -> None:
        account = state.get("account")
        if isinstance(account, int) and account in {a.id for a in self.accounts}:
            self.select_account(account)
        deal = state.get("deal")
        if isinstance(deal, int) and deal in self._deal_names and deal != self.deal_id:
            self.deal_id = deal
            self.reload_now()
        self.settle()
        zoom, centre = state.get("zoom"), state.get("centre")
        if isinstance(zoom, int | float) and isinstance(centre, list) and len(centre) == 2:
            self._fit_next = False
            self.view.set_scale(float(zoom))
            self.view.centerOn(QPointF(float(centre[0]), float(centre[1])))

    # -- export ----------------------------------------------------------------------

    def title(self) -> str:
        account = next((a.name for a in self.accounts if a.id == self.account_id), "")
        if self.deal_id is not None:
            deal = self.deal_combo.currentText()
            return self.tr("{account} — {deal}").format(account=account, deal=deal)
        return account

    def export_to(self, path: Path) -> Path | None:
        try:
            return export_map(self.scene, path, self.title())
        except ExportError as exc:
            self.ctx.hub.problem.emit(self.tr("Export the map"), str(exc))
            return None

    def export_dialog(self) -> None:
        from desktop.file_dialogs import remember_dir, start_dir

        # The main window's settings (tests give it throwaway ones); QSettings() otherwise.
        settings = getattr(self.window(), "settings", None)
        if not isinstance(settings, QSettings):
            settings = QSettings()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the map"),
            start_dir(settings, "export", f"{self.title() or 'org-map'}.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        )
        if name:
            remember_dir(settings, "export", name)
            path = self.export_to(Path(name))
            if path is not None:
                self.ctx.hub.status.emit(self.tr("Map saved to {path}.").format(path=str(path)))
