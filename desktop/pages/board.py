"""The funnel board: one column per stage P1–P7, plus won, lost and shelved.

The page owns the cached cards (:class:`~desktop.board.store.BoardStore`),
ten column models and the deal panel. It reads all cards once; afterwards it
follows ``ctx.hub.changed`` and re-reads only the deals a change names, then
updates just the columns those deals left or entered. Moves go through
:class:`~desktop.board.moves.MoveController`, whose deciders
(``gate_decider``, ``reason_asker``, ``close_decider``) tests replace. New deals
start from a column's "+", the New deal action (Ctrl+Shift+D) or the deal
panel's menu, through :func:`~desktop.board.new_deal.ask_new_deal` and its
replaceable ``new_deal_runner``.
"""

from __future__ import annotations

import logging
import sys
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from html import escape
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QProcess,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.board import style
from desktop.board.column import CardList, ColumnWidget
from desktop.board.column_model import ColumnModel
from desktop.board.deal_menu import Confirm, confirm_dialog, delete_deal_asking
from desktop.board.delegate import CardDelegate
from desktop.board.dialogs import CloseDecider, ReasonAsker
from desktop.board.filter_bar import FilterBar
from desktop.board.gate_dialog import GateDecider
from desktop.board.labels import column_title, tr
from desktop.board.moves import KEYBOARD_ORDER, MoveController
from desktop.board.new_deal import DEFAULT_STAGE, DialogRunner, ask_new_deal, exec_dialog
from desktop.board.panel import DealPanel
from desktop.board.store import BoardStore
from desktop.context import WorkspaceContext
from desktop.i18n import lang
from desktop.pages.base import EmptyState, Page
from model import board as model_board
from model.board import (
    CLOSED_KEYS,
    COLUMN_KEYS,
    STAGE_KEYS,
    BoardFilter,
    CardExtras,
    ColumnSummary,
    ColumnTally,
    Entry,
    FilterOptions,
    accounts_of_people,
    board_entries,
    card_extras,
    card_extras_command,
    column_of,
    compact_amount,
    deal_detail,
    extras_from_json,
    filter_options,
    probability,
    quarter_of,
    sort_key,
    stage_probabilities,
    summary_of,
    tally,
)
from model.changes import Changes
from model.methodology import load_methodology
from model.money import Rates, workspace_rates
from model.rows import DealCard, board_rows

_OptionIndex = tuple[
    FilterOptions, dict[int, str], dict[int, str], frozenset[str], frozenset[str], frozenset[str]
]
"""The filter options as look-ups: the options, owners, accounts, industries, quarters, regions."""

INCREMENTAL_LIMIT = 400
"""Above this many changed deals one full read is cheaper than many small ones."""

PROGRESSIVE_CARDS = 3000
"""From this many cards the board paints before the badges and warnings are read.

Reading who holds each role of thousands of deals takes about a second; the cards
need not wait for it. Smaller boards show everything in their first paint."""

AFTER_FIRST_PAINT_MS = 60
"""The worker starts once the cards have been painted (a 20,000-card board paints in
about 20 ms), so the two do not share the interpreter during the first paint."""

_log = logging.getLogger(__name__)


def extras_file(ctx: WorkspaceContext) -> Path | None:
    """The workspace file a process of its own may read a large board's badges from.

    On a thread of the app, ``card_extras`` (0.9 s of Python on the 20,000-deal
    sample) shares the interpreter's lock with the UI thread: each page opened
    meanwhile took up to twice as long (the Dashboards' first visit 0.4 -> 1.2 s).
    A process reads beside the app instead (:func:`model.board.card_extras_command`).
    None, and the thread reads them, for a workspace that is no local file (a
    server), an encrypted file (its key stays in this process), an app frozen into
    one executable (no interpreter to run), or when the page's ``card_extras`` is
    not the model's own (a stand-in of a test cannot be sent to another process).
    """
    path = ctx.workspace.path
    if path is None or card_extras is not model_board.card_extras:
        return None
    if getattr(sys, "frozen", False) or not sys.executable:
        return None
    from model.encryption import is_encrypted  # a look at the file's first bytes

    return None if is_encrypted(path) else path


class BoardPage(Page):
    key = "board"
    extrasLoaded = Signal()  # a large board's badges and warnings are in

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.method = load_methodology()
        self.store = BoardStore(self.method, lang())
        self.moves = MoveController(ctx, self.store, self)
        self.delegate = CardDelegate(self)
        self.models: dict[str, ColumnModel] = {}
        self.columns: dict[str, ColumnWidget] = {}
        self.summaries: dict[str, ColumnSummary] = {}
        # Running sums of the cards each column shows: a drop adjusts two of them.
        self.tallies: dict[str, ColumnTally] = {k: ColumnTally() for k in COLUMN_KEYS}
        # Headers and totals convert into the workspace's base currency at its rates.
        self.rates: Rates | None = None
        self._members: dict[str, set[int]] = {k: set() for k in COLUMN_KEYS}
        self._filter = BoardFilter()
        self._options = FilterOptions((), (), (), (), ())
        self._option_index: _OptionIndex | None = None
        self._reload_pending = False
        # Badges and warnings of a large board, still being read by the worker.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="board-extras")
        self._extras: Future[CardExtras] | None = None
        self._fresh: set[int] = set()  # deals re-read since the pending extras were asked
        self._generation = 0  # which reload a pending read of the extras belongs to
        self._extras_waiting: int | None = None  # asked while hidden: read when shown
        self._extras_timer = QTimer(self)
        self._extras_timer.setInterval(25)
        self._extras_timer.timeout.connect(self._poll_extras)
        self._process: QProcess | None = None  # the badges read by a process (extras_file)
        app = QCoreApplication.instance()
        if app is not None:  # the app ends at once after quitting (desktop.cli): not the read
            app.aboutToQuit.connect(self._stop_process)
        self.new_deal_runner: DialogRunner = exec_dialog
        self.confirm: Confirm = confirm_dialog
        # Shows a card's right-click menu; tests replace it (a menu's exec blocks).
        self.menu_runner: Callable[[QMenu, QPoint], object] = QMenu.exec

        self.filter_bar = FilterBar(self)
        self.filter_bar.filterChanged.connect(self._on_filter)
        self.filter_bar.viewChanged.connect(self.rebuild)
        self.totals = QLabel()
        self.totals.setObjectName("boardTotals")
        # A palette, not a style sheet: a styled label keeps its font when the text size changes.
        totals_palette = self.totals.palette()
        totals_palette.setColor(QPalette.ColorRole.WindowText, style.TEXT_2)
        self.totals.setPalette(totals_palette)

        self.board = QWidget()
        self.board.setObjectName("boardColumns")
        self.board.setAutoFillBackground(True)
        palette = self.board.palette()
        palette.setColor(self.board.backgroundRole(), style.BOARD_BG)
        self.board.setPalette(palette)
        row = QHBoxLayout(self.board)
        row.setContentsMargins(10, 10, 10, 10)
        row.setSpacing(8)
        for key in COLUMN_KEYS:
            model = ColumnModel(key, self.store, self)
            model.drop_handler = self.moves.drop
            model.tooltip = self._card_tooltip
            column = ColumnWidget(model, self.delegate, collapsible=key in CLOSED_KEYS)
            column.view.openRequested.connect(self.open_deal)
            column.header.addRequested.connect(lambda k=key: self.new_deal(stage=k))
            column.view.stepRequested.connect(lambda d, view=column.view: self.step(d, view))
            column.view.crossRequested.connect(lambda d, view=column.view: self.cross(view, d))
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(
                lambda pos, view=column.view: self._context_menu(view, pos)
            )
            self.models[key] = model
            self.columns[key] = column
            row.addWidget(column, 1)
            if key in CLOSED_KEYS:
                column.set_collapsed(True)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("boardScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(self.board)

        self.panel = DealPanel(ctx, self)
        self.panel.hide()
        self.panel.closeRequested.connect(self.close_panel)
        self.panel.menu.newDealRequested.connect(lambda a: self.new_deal(account_id=a))
        self.panel.menu.statusRequested.connect(self.set_status)
        self.panel.menu.deleteRequested.connect(self.delete_deal)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(self.scroller)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        second = QHBoxLayout()
        second.addWidget(self.totals, 1)
        second.addWidget(QLabel(tr("Swimlanes")))
        second.addWidget(self.filter_bar.lanes)
        second.addSpacing(10)
        second.addWidget(QLabel(tr("Sort")))
        second.addWidget(self.filter_bar.sort)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)
        self.empty = EmptyState(
            tr("No deals yet"),
            tr(
                "Deals appear here in one column per stage, P1 to P7. Create a deal on an "
                "account or convert a lead; then drag its card as the deal moves on — the "
                "method's exit criteria guard every step."
            ),
            tr("New deal…"),
        )
        assert self.empty.button is not None
        self.empty.button.setObjectName("emptyNewDeal")
        self.empty.button.clicked.connect(lambda: self.new_deal())
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._syncing = False
        for key in STAGE_KEYS:
            self.columns[key].view.verticalScrollBar().valueChanged.connect(
                lambda value, k=key: self._scrolled(k, value)
            )
        self._build_actions()
        # Lazy while hidden: Page.changes_arrived keeps the Changes, showEvent applies them.
        ctx.hub.changed.connect(self.changes_arrived)
        text_size.notifier().changed.connect(self._text_size_changed)
        self.reload()

    # -- deciders (replaceable in tests) --------------------------------------------------

    @property
    def gate_decider(self) -> GateDecider:
        return self.moves.gate_decider

    @gate_decider.setter
    def gate_decider(self, decider: GateDecider) -> None:
        self.moves.gate_decider = decider

    @property
    def reason_asker(self) -> ReasonAsker:
        return self.moves.reason_asker

    @reason_asker.setter
    def reason_asker(self, asker: ReasonAsker) -> None:
        self.moves.reason_asker = asker

    @property
    def close_decider(self) -> CloseDecider:
        return self.moves.close_decider

    @close_decider.setter
    def close_decider(self, decider: CloseDecider) -> None:
        self.moves.close_decider = decider

    # -- actions ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, tip: str, slot: object, shortcut: str | None = None) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                # Only while the board has focus: in text fields Ctrl+Left moves by word.
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.board.addAction(act)
            act.triggered.connect(slot)
            return act

        self.act_left = action(
            tr("Move left"),
            tr("Move the selected deals one stage back (Ctrl+Left); asks for a reason"),
            lambda: self.step(-1),
            "Ctrl+Left",
        )
        self.act_right = action(
            tr("Move right"),
            tr("Move the selected deals one stage on (Ctrl+Right); the stage gate applies"),
            lambda: self.step(1),
            "Ctrl+Right",
        )
        self.act_open = action(
            tr("Open deal"),
            tr("Show the selected deal in the side panel (Enter or double-click)"),
            self._open_selected,
        )
        self.act_closed = action(
            tr("Closed deals"),
            tr("Show or hide the won, lost and shelved columns"),
            self._toggle_closed,
        )
        self.act_closed.setCheckable(True)
        self.act_clear = action(
            tr("Clear filters"), tr("Show every deal again"), self.filter_bar.reset
        )
        self.act_protection = action(
            tr("Protection…"),
            tr("Expired protections awaiting a decision, and the public field"),
            self.open_protection,
        )
        self.act_protection.setObjectName("act_protection")
        self.act_new_deal = self.make_action(
            tr("New deal…"),
            tr("Create a deal on an account, in the stage you choose"),
            lambda: self.new_deal(),
            "Ctrl+Shift+D",
            QStyle.StandardPixmap.SP_FileIcon,
        )
        self.act_new_deal.setObjectName("act_new_deal")
        self.addAction(self.act_new_deal)  # the shortcut works on the page alone too
        self.act_reload = action(
            tr("Reload"), tr("Read every deal again from the workspace (F5)"), self.reload, "F5"
        )

    def page_actions(self) -> list[QAction]:
        return [
            self.act_new_deal,
            self.act_left,
            self.act_right,
            self.act_open,
            self.act_closed,
            self.act_clear,
            self.act_protection,
        ]

    def open_protection(self) -> None:
        from desktop.protection.lists import open_protection

        open_protection(self.ctx, self)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def select_account(self, account_id: int | None) -> None:
        """The board shows every account; the account filter narrows it on request only."""

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every card again (on open, F5, or after a change too large to patch)."""
        self._reload_pending = False
        # The warnings and criteria progress are separate queries. A large board
        # paints its cards first; a worker reads them (in its own session) once the
        # cards are on screen, so it does not compete with the first paint.
        cards = self.ctx.read(board_rows)
        probs = self.ctx.read(stage_probabilities)
        self.rates = self.ctx.read(workspace_rates)
        self._extras_timer.stop()
        self._stop_process()
        self._extras, self._fresh = None, set()
        self._generation += 1
        if len(cards) < PROGRESSIVE_CARDS:
            extras = self.ctx.read(card_extras)
        else:
            extras = CardExtras()
            generation = self._generation
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: self._start_extras(generation))
        self.store.load(cards, extras, probs)
        self.store.currency = self.rates.base
        self.delegate.currency = self.store.currency
        self._members = {k: set() for k in COLUMN_KEYS}
        for card in cards:
            self._members[column_of(card)].add(card.id)
        self._options = filter_options(cards)
        self.filter_bar.set_options(self._options)
        self._filter = self.filter_bar.board_filter()
        self.stack.setCurrentIndex(0 if cards else 1)
        self.rebuild()
        if self.panel.isVisible():
            self.panel.reload()

    def rebuild(self) -> None:
        """Every column from the cached cards: after a filter, sort or lane change."""
        columns: dict[str, list[DealCard]] = {k: self._column_cards(k) for k in COLUMN_KEYS}
        entries = self._entries(columns)
        for key in COLUMN_KEYS:
            self.models[key].set_entries(entries[key])
            self.tallies[key] = tally(columns[key], self.store.now, self.rates)
            self._set_summary(key)
        self._update_totals()

    def _entries(self, columns: dict[str, list[DealCard]]) -> dict[str, list[Entry]]:
        return board_entries(
            columns, self.filter_bar.sort_key(), self.filter_bar.lane_mode(), rates=self.rates
        )

    def _column_cards(self, key: str) -> list[DealCard]:
        cards = self.store.cards
        flt = self._filter
        found = [cards[i] for i in self._members[key]]
        return [c for c in found if flt.matches(c)] if flt.active else found

    def _set_summary(self, key: str) -> None:
        summary = summary_of(key, self.tallies[key], self.store.probs, self.method)
        self.summaries[key] = summary
        self.columns[key].header.set_summary(
            summary, probability(key, self.store.probs), self.store.currency
        )

    def _update_totals(self) -> None:
        open_ = [self.summaries[k] for k in STAGE_KEYS if k in self.summaries]
        count = sum(s.count for s in open_)
        total = sum(s.total for s in open_)
        weighted = sum(s.weighted for s in open_)
        language = lang()
        text = tr("{n} open deals · {total} in the funnel · {weighted} weighted").format(
            n=f"{count:,}",
            total=compact_amount(total, self.store.currency, language),
            weighted=compact_amount(weighted, self.store.currency, language),
        )
        if self._filter.active:
            text += " · " + tr("filtered")
        self.totals.setText(text)
        missing = sorted({code for s in open_ for code in s.missing})
        self.totals.setToolTip(
            tr("Deals in {codes} are left out: no rate to {base} in the settings.").format(
                codes=", ".join(missing), base=self.store.currency
            )
            if missing
            else ""
        )

    def _on_filter(self) -> None:
        self._filter = self.filter_bar.board_filter()
        self.rebuild()

    # -- following the model -----------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Re-read only the deals ``changes`` names (Page.changes_arrived calls this
        at once while the board is seen, or once when it is shown again)."""
        if changes.touches("setting"):
            self.store.probs = self.ctx.read(stage_probabilities)
            self.rates = self.ctx.read(workspace_rates)
            self.store.currency = self.delegate.currency = self.rates.base
            self.rebuild()
        ids = set(changes.ids("deal"))
        accounts = set(changes.ids("account"))
        if changes.ids("person"):  # people answer exit criteria (model.rules.chain)
            accounts |= self.ctx.read(accounts_of_people, changes.ids("person"))
        members = changes.ids("member")
        if accounts or members:
            ids |= {
                c.id
                for c in self.store.cards.values()
                if c.account_id in accounts or (c.owner_id or 0) in members
            }
        if not ids:
            return
        if len(ids) > INCREMENTAL_LIMIT:
            if not self._reload_pending:
                self._reload_pending = True
                QTimer.singleShot(0, self.reload)
            return
        self.refresh_deals(ids)

    def _start_extras(self, generation: int, *, even_hidden: bool = False) -> None:
        if generation != self._generation or self.extras_pending:
            return  # a newer reload asked again meanwhile
        path = extras_file(self.ctx)
        if path is None and not self.isVisible() and not even_hidden:
            # Left before the badges were asked: they wait until the board is shown
            # again (showEvent). Read now, the worker would hold Python's lock for
            # seconds while the user works on another page (the Dashboards' first
            # visit took 1.3 s instead of 0.4 s beside it on the large sample).
            # A process of their own takes nothing from the page the user went to.
            self._extras_waiting = generation
            return
        self._extras_waiting = None
        self._fresh = set()
        if path is not None:
            self._start_process(path)
        else:
            self._read_on_thread()

    def _read_on_thread(self) -> None:
        self._extras = self._pool.submit(self.ctx.read, card_extras)
        self._extras_timer.start()

    def _start_process(self, path: Path) -> None:
        program, *arguments = card_extras_command(path)
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        process.finished.connect(lambda *_: self._process_ended(process))
        process.errorOccurred.connect(lambda error: self._process_failed(process, error))
        self._process = process
        process.start()

    def _process_failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        # Only a failed start ends here; a crash is followed by ``finished``.
        if error == QProcess.ProcessError.FailedToStart:
            self._process_ended(process)

    def _process_ended(self, process: QProcess) -> None:
        """The process's answer; when it has none, the page reads the badges itself."""
        if process is not self._process or not shiboken6.isValid(self):
            # Stopped (a newer reload asked again, the app quits; its deleteLater is
            # _stop_process's), or the page is being deleted and its child with it.
            return
        self._process = None
        process.deleteLater()
        extras: CardExtras | None = None
        ran = process.error() != QProcess.ProcessError.FailedToStart
        if ran and process.exitStatus() == QProcess.ExitStatus.NormalExit:
            out = bytes(process.readAllStandardOutput().data())
            if process.exitCode() == 0 and out.strip():
                try:  # its last line (what else it printed came before)
                    extras = extras_from_json(out.decode().strip().splitlines()[-1])
                except ValueError:  # UnicodeDecodeError too
                    extras = None
        if extras is None:
            said = bytes(process.readAllStandardError().data()).decode(errors="replace")
            _log.warning(
                "the board's badges were not read by a process (%s); read here instead",
                said.strip().splitlines()[-1] if said.strip() else process.errorString(),
            )
            self._read_on_thread()
            return
        self._extras_loaded(extras)

    def _stop_process(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.finished.connect(process.deleteLater)
            process.kill()  # its answer is not wanted any more (_process_ended drops it)
            # Killed, it ends at once: reaped here, it is not "destroyed while running"
            # when the page goes (the workspace closed, the app quitting).
            process.waitForFinished(200)

    def _poll_extras(self) -> None:
        pending = self._extras
        if pending is None or not pending.done():
            return
        self._extras_timer.stop()
        self._extras = None
        try:
            extras = pending.result()
        except Exception as exc:  # the cards stand; say why their badges did not come
            self.ctx.hub.status.emit(
                self.tr("Badges and warnings could not be read: {reason}").format(reason=exc)
            )
            return
        self._extras_loaded(extras)

    def _extras_loaded(self, extras: CardExtras) -> None:
        self.store.add_extras(extras, skip=self._fresh)
        for model in self.models.values():
            model.repaint_all()
        self.extrasLoaded.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._extras_waiting is not None:
            generation = self._extras_waiting
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: self._start_extras(generation))

    @property
    def extras_pending(self) -> bool:
        """A worker or a process is reading this board's badges and warnings right now."""
        return self._extras is not None or self._process is not None

    def wait_for_extras(self, timeout: float = 30.0) -> None:
        """Block until a large board's badges are in (benches and tests)."""
        if not self.extras_pending and self.store.cards and not self.store.progress:
            self._start_extras(self._generation, even_hidden=True)
        process = self._process
        if process is not None:
            process.waitForFinished(int(timeout * 1000))  # its finished signal answers
            if self._process is process:  # no answer in time, or none at all
                self._process_ended(process)
        pending = self._extras
        if pending is not None:
            pending.result(timeout=timeout)
            self._poll_extras()

    def refresh_deals(self, deal_ids: set[int]) -> None:
        """Re-read a few deals and patch only the columns they left or entered."""
        self._fresh |= set(deal_ids)
        cards = self.ctx.read(board_rows, deal_ids=sorted(set(deal_ids)))
        extras = self.ctx.read(card_extras, deal_ids)
        before = {i: self.store.column(i) for i in deal_ids}
        self._retally(deal_ids, cards)
        self.store.replace(deal_ids, cards, extras)
        affected: set[str] = set()
        for deal_id, key in before.items():
            if key is not None:
                self._members[key].discard(deal_id)
                affected.add(key)
        for card in cards:
            key = column_of(card)
            self._members[key].add(card.id)
            affected.add(key)
        if self.filter_bar.lane_mode() != "none":
            affected |= set(STAGE_KEYS)  # lanes line up across the funnel: heights may move
            columns: dict[str, list[DealCard]] = {
                key: self._column_cards(key) for key in COLUMN_KEYS if key in affected
            }
            entries: Mapping[str, Sequence[Entry]] = self._entries(columns)
            for key in COLUMN_KEYS:  # fixed order: left to right
                if key in affected:
                    self.models[key].update_entries(entries[key], deal_ids)
        else:
            patched = self._patched_entries(affected, deal_ids, cards)
            for key in COLUMN_KEYS:
                if key in patched:
                    rows, gone, coming = patched[key]
                    self.models[key].patch_ids(rows, gone, coming)
        for key in COLUMN_KEYS:
            if key in affected:
                self._set_summary(key)
        self._update_totals()
        if self._new_options(cards):
            self._options = filter_options(self.store.cards.values())
            self.filter_bar.set_options(self._options)
        if self.stack.currentIndex() == 1 and self.store.cards:
            self.stack.setCurrentIndex(0)
        if self.panel.isVisible() and self.panel.deal_id in deal_ids:
            self.panel.reload()

    def _retally(self, deal_ids: set[int], cards: list[DealCard]) -> None:
        """Adjust the columns' running sums before the store takes the fresh ``cards``:
        each deal's old card out of the column that counted it, its new card in."""
        now, flt, old = self.store.now, self._filter, self.store.cards
        for deal_id in deal_ids:
            card = old.get(deal_id)
            if card is not None and (not flt.active or flt.matches(card)):
                self.tallies[column_of(card)].remove(card, now)
        for card in cards:
            if not flt.active or flt.matches(card):
                self.tallies[column_of(card)].add(card, now)

    def _patched_entries(
        self, keys: set[str], deal_ids: set[int], cards: list[DealCard]
    ) -> dict[str, tuple[list[int], list[int], list[int]]]:
        """The rows of the columns ``keys`` after ``deal_ids`` were re-read as ``cards``
        (no lanes), with the deals that left and came: the shown rows without those
        deals, and each card that passes the filter put where the sort puts it — not
        a sort of every card of the column, which is what :func:`board_entries` would
        give too (its order is total)."""
        order = sort_key(self.filter_bar.sort_key(), self.rates)
        all_cards = self.store.cards
        flt = self._filter
        out: dict[str, tuple[list[int], list[int], list[int]]] = {}
        for key in keys:
            model = self.models[key]
            rows = model.plain_ids()
            found = model.rows_of(deal_ids)
            for r in sorted(found.values(), reverse=True):
                del rows[r]
            out[key] = (rows, list(found), [])
        for card in cards:
            key = column_of(card)
            if key in out and (not flt.active or flt.matches(card)):
                rows, _gone, coming = out[key]
                at = bisect_left(rows, order(card), key=lambda e: order(all_cards[e]))
                rows.insert(at, card.id)
                coming.append(card.id)
        return out

    def _new_options(self, cards: list[DealCard]) -> bool:
        o = self._options
        if self._option_index is None or self._option_index[0] is not o:
            # Once per set of options, not per drop (8,000 accounts at 4x the sample).
            self._option_index = (
                o,
                dict(o.owners),
                dict(o.accounts),
                frozenset(o.industries),
                frozenset(o.quarters),
                frozenset(o.regions),
            )
        _, owners, accounts, industries, quarters, regions = self._option_index
        return any(
            owners.get(c.owner_id or 0) != c.owner
            or accounts.get(c.account_id) != c.account
            or (c.industry and c.industry not in industries)
            or quarter_of(c.expected_close) not in quarters
            or c.region.split("/")[0] not in regions
            for c in cards
        )

    # -- moving ----------------------------------------------------------------------------------

    def _focused_list(self) -> CardList | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, CardList):
            widget = widget.parentWidget()
        if widget is not None:
            return widget
        for key in COLUMN_KEYS:  # no focus: the column that has a selection
            view = self.columns[key].view
            if view.selected_ids():
                return view
        return None

    def step(self, direction: int, view: CardList | None = None) -> bool:
        """Ctrl+Left/Right on the selected cards; keeps them selected where they land."""
        view = view or self._focused_list()
        if view is None:
            return False
        model = view.model()
        assert isinstance(model, ColumnModel)
        ids = view.selected_ids()
        if not ids or model.key not in KEYBOARD_ORDER:
            return False
        moved = self.moves.step(ids, model.key, direction)
        if moved:
            self.select_deals(ids)
        return moved

    def select_deals(self, deal_ids: list[int]) -> None:
        """Select these deals in their column and give that column the focus."""
        by_column: dict[str, list[int]] = {}
        for deal_id in deal_ids:
            key = self.store.column(deal_id)
            if key is not None:
                by_column.setdefault(key, []).append(deal_id)
        if not by_column:
            return
        key = max(by_column, key=lambda k: len(by_column[k]))
        column = self.columns[key]
        if column.collapsed:
            return
        model = self.models[key]
        selection = QItemSelection()
        rows = [r for r in (model.row_of(i) for i in by_column[key]) if r is not None]
        for r in rows:
            selection.select(model.index(r), model.index(r))
        view = column.view
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        view.selectionModel().select(selection, flags)
        if rows:
            view.selectionModel().setCurrentIndex(
                model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            view.scrollTo(model.index(rows[0]))
        view.setFocus()

    def _context_menu(self, view: CardList, pos: QPoint) -> None:
        menu = self.card_menu(view, pos)
        if menu is not None:
            self.menu_runner(menu, view.viewport().mapToGlobal(pos))

    def card_menu(self, view: CardList, pos: QPoint) -> QMenu | None:
        """The right-click menu of the card at ``pos`` (viewport coordinates), or None."""
        index = view.indexAt(pos)
        model = view.model()
        if not index.isValid() or not isinstance(model, ColumnModel):
            return None
        deal = model.deal_at(index.row())
        if deal is None:
            return None
        ids = view.selected_ids()
        if deal not in ids:  # the card right-clicked is the one acted on
            ids = [deal]
            view.select_row(index.row())
        source = model.key
        card = self.store.cards[deal]
        menu = QMenu(view)
        menu.setObjectName("cardMenu")
        menu.setToolTipsVisible(True)

        def add(text: str, name: str, slot: Any, enabled: bool = True) -> QAction:
            act = menu.addAction(text)
            act.setObjectName(name)
            act.setEnabled(enabled)
            act.triggered.connect(slot)
            return act

        add(tr("Open"), "card_open", lambda: self.open_deal(deal))
        if source in STAGE_KEYS:
            n = STAGE_KEYS.index(source)
            nxt = STAGE_KEYS[n + 1] if n + 1 < len(STAGE_KEYS) else None
            if nxt is not None:
                add(
                    tr("Move to next stage ({stage})").format(stage=column_title(nxt)),
                    "card_next",
                    lambda: self.moves.drop(ids, source, nxt),
                )
        move_to = menu.addMenu(tr("Move to"))
        move_to.setObjectName("card_move_to")
        for key in STAGE_KEYS:
            act = move_to.addAction(column_title(key))
            act.setObjectName(f"card_move_{key}")
            act.setEnabled(key != source)
            act.triggered.connect(lambda _c=False, k=key: self.moves.drop(ids, source, k))
        menu.addSeparator()
        for key in CLOSED_KEYS:
            add(
                tr("Mark as {status}…").format(status=column_title(key).lower()),
                f"card_{key}",
                lambda _c=False, k=key: self.moves.drop(ids, source, k),
                key != source,
            )
        if card.status != "open":
            add(tr("Reopen…"), "card_reopen", lambda: self.set_status(deal, "open"))
        menu.addSeparator()
        add(tr("Log a visit…"), "card_visit", lambda: self.log_visit(deal))
        menu.addSeparator()
        add(tr("Delete deal…"), "card_delete", lambda: self.delete_deal(deal))
        return menu

    def log_visit(self, deal_id: int) -> bool:
        """The Log visit dialog of the deal panel, for this deal (opened in the panel)."""
        from desktop.board.visits import DealVisitsView

        self.open_deal(deal_id)
        found = self.panel.findChildren(DealVisitsView)
        return bool(found) and found[0].log_visit()

    def cross(self, view: CardList, direction: int) -> bool:
        """Left/Right: the card beside the current one in the next shown column.

        Columns without cards (or collapsed) are passed over; the card nearest
        to the same height is chosen, so moving back and forth keeps the row.
        """
        model = view.model()
        assert isinstance(model, ColumnModel)
        current = view.currentIndex()
        y = view.visualRect(current).center().y() if current.isValid() else 0
        y = view.viewport().mapTo(self, QPoint(0, y)).y()
        n = COLUMN_KEYS.index(model.key) + direction
        while 0 <= n < len(COLUMN_KEYS):
            column = self.columns[COLUMN_KEYS[n]]
            if not column.collapsed and column.view.card_rows():
                target = column.view
                row = target.nearest_card_row(target.viewport().mapFrom(self, QPoint(0, y)).y())
                if row is not None:
                    view.clearSelection()  # one selection on the board: the keyboard's card
                    target.select_row(row)
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.scroller.ensureWidgetVisible(column, 0, 0)
                    return True
            n += direction
        return False

    def _scrolled(self, key: str, value: int) -> None:
        """With swimlanes the stage columns scroll as one grid, so lanes stay side by side."""
        if self._syncing or self.filter_bar.lane_mode() == "none":
            return
        self._syncing = True
        try:
            for other in STAGE_KEYS:
                if other != key:
                    self.columns[other].view.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    def _toggle_closed(self) -> None:
        show = self.act_closed.isChecked()
        for key in CLOSED_KEYS:
            self.columns[key].set_collapsed(not show)

    # -- creating, closing and deleting deals ---------------------------------------------------

    def new_deal(self, stage: str = DEFAULT_STAGE, account_id: int | None = None) -> int | None:
        """The New deal form; the created deal is selected and opened in the panel."""
        deal_id = ask_new_deal(
            self.ctx, self, stage=stage, account_id=account_id, runner=self.new_deal_runner
        )
        if deal_id is not None and deal_id in self.store.cards:
            self.select_deals([deal_id])
            self.open_deal(deal_id)
        return deal_id

    def set_status(self, deal_id: int, status: str) -> bool:
        """Won, lost, shelved or open again: the same path (and dialogs) as a drop."""
        card = self.store.cards.get(deal_id)
        if card is None:
            return False
        target = card.stage if status == "open" else status
        return self.moves.drop([deal_id], column_of(card), target)

    def delete_deal(self, deal_id: int) -> bool:
        """Ask, naming the deal and what goes with it; then delete it as one undo step."""
        detail = self.ctx.read(deal_detail, deal_id)
        return detail is not None and delete_deal_asking(self.ctx, self, detail, self.confirm)

    # -- the deal panel -----------------------------------------------------------------------

    def open_deal(self, deal_id: int) -> None:
        first = not self.panel.isVisible()
        self.panel.show_deal(deal_id)
        self.panel.show()
        if first:
            self._fit_panel()

    def _fit_panel(self) -> None:
        """Give the panel the width its contents need (more with larger text)."""
        width = self.splitter.width()
        side = min(max(self.panel.wanted_width(), width // 3), width // 2)
        if self.splitter.sizes()[1] < side or not self.panel.isVisible():
            self.splitter.setSizes([max(0, width - side), side])

    def _open_selected(self) -> None:
        view = self._focused_list()
        if view is not None and view.selected_ids():
            self.open_deal(view.selected_ids()[0])

    def close_panel(self) -> None:
        self.panel.hide()
        view = self._focused_list()
        if view is not None:
            view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.panel.isVisible():
            self.close_panel()
            return
        super().keyPressEvent(event)

    # -- hooks of the main window (search, F1, print, language switch) ------------------------

    def show_deal(self, deal_id: int) -> bool:
        """Select the deal's card (clearing filters or showing closed columns as needed),
        scroll to it and open it in the panel."""
        self.flush_pending()  # a deal made while the board was hidden is in the store
        key = self.store.column(deal_id)
        if key is None:
            return False
        card = self.store.cards[deal_id]
        if self._filter.active and not self._filter.matches(card):
            self.filter_bar.reset()
            self._on_filter()
        if self.columns[key].collapsed:
            self.act_closed.setChecked(True)
            self._toggle_closed()
        self.select_deals([deal_id])
        self.scroller.ensureWidgetVisible(self.columns[key], 0, 0)
        self.open_deal(deal_id)
        return True

    def selected_deal(self) -> int | None:
        """The deal the user looks at: the card selected in the focused column, else the
        deal open in the panel."""
        view = self._focused_list()
        ids = view.selected_ids() if view is not None else []
        if ids:
            return ids[0]
        return self.panel.deal_id if self.panel.isVisible() else None

    def help_topic(self) -> str | None:
        deal = self.selected_deal()
        card = self.store.cards.get(deal) if deal is not None else None
        return card.stage if card is not None and card.status == "open" else None

    def print_widget(self) -> QWidget | None:
        return self.board

    def view_state(self) -> dict[str, Any]:
        bar = self.filter_bar
        return {
            "search": bar.search.text(),
            "owner": bar.owner.currentData(),
            "account": bar.account.currentData(),
            "region": bar.region.currentData(),
            "industry": bar.industry.currentData(),
            "quarter": bar.quarter.currentData(),
            "amount_min": bar.amount_min.text(),
            "amount_max": bar.amount_max.text(),
            "lanes": bar.lane_mode(),
            "sort": bar.sort_key(),
            "closed": self.act_closed.isChecked(),
            "deal": self.selected_deal(),
            "panel": self.panel.isVisible(),
        }

    def restore_view_state(self, state: dict[str, Any]) -> None:
        bar = self.filter_bar
        bar._filling = True  # one rebuild at the end, not one per field
        try:
            for name in ("owner", "account", "region", "industry", "quarter", "lanes", "sort"):
                combo = getattr(bar, name)
                if name in state:
                    n = combo.findData(state[name])
                    combo.blockSignals(True)
                    combo.setCurrentIndex(n if n >= 0 else 0)
                    combo.blockSignals(False)
            for name in ("search", "amount_min", "amount_max"):
                edit = getattr(bar, name)
                edit.blockSignals(True)
                edit.setText(str(state.get(name) or ""))
                edit.blockSignals(False)
        finally:
            bar._filling = False
        self._filter = bar.board_filter()
        bar.clear.setEnabled(self._filter.active)
        self.rebuild()
        if bool(state.get("closed")) != self.act_closed.isChecked():
            self.act_closed.setChecked(bool(state.get("closed")))
            self._toggle_closed()
        deal = state.get("deal")
        if isinstance(deal, int) and deal in self.store.cards:
            self.select_deals([deal])
            if state.get("panel"):
                self.open_deal(deal)

    # -- text size ---------------------------------------------------------------------------

    def _text_size_changed(self, _size: float) -> None:
        """Larger or smaller text: headers, cards and the panel measure again at once."""
        # QApplication.setFont posts the font to every widget; take it now, not later.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        for column in self.columns.values():
            column._apply_widths()
            column.header.refit()
            column.view.relayout()
        self.panel.follow_text_size()
        if self.panel.isVisible():
            self._fit_panel()

    # -- tooltips --------------------------------------------------------------------------------

    def _card_tooltip(self, deal_id: int) -> str:
        card = self.store.cards.get(deal_id)
        if card is None:
            return ""
        language = lang()
        lines = [
            f"<b>{escape(card.name)}</b>",
            escape(card.account),
            f"{compact_amount(card.amount, card.currency, language)} · "
            + (column_title(card.stage) if card.status == "open" else column_title(card.status)),
        ]
        if card.region:
            lines.append(card.region.replace("/", " › "))
        if card.protection_expires is not None:
            lines.append(
                tr("Protected until {day}").format(day=card.protection_expires.isoformat())
            )
        lines.append(tr("Double-click or Enter opens the deal; drag it to move it."))
        return "<br>".join(lines)
