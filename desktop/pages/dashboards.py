"""The Dashboards page: what a team lead brings to the review meeting (issue 13).

Five tabs — Funnel, Forecast, Cash, Team, Review — each a widget taking
``(ctx, parent)`` with a ``refresh()`` that reads what it shows. A tab is
built the first time it is shown (the page's first show builds only the tab
in front), so opening the page pays for one tab's figures and charts. The
tabs draw their charts with QPainter: the page's first view imports no
matplotlib, whose import alone was half a second of it (bench/dashboard.py has
the figures).

Following the model lazily (see :class:`~desktop.pages.base.Page`): an edit
marks every built tab stale; the tab in front refreshes at once when the page
is seen, the others when they are next shown.

The Forecast and Cash tabs live in desktop/dashboards/forecast_tab.py and
cash_tab.py (``ForecastTab``, ``CashTab``); until those modules exist their
tabs say what will be there.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTableView, QTabWidget, QVBoxLayout, QWidget

from desktop.context import WorkspaceContext
from desktop.pages.base import EmptyState, Page
from model.changes import Changes

CONTEXT = "DashboardsPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    module: str
    cls: str
    help: str
    """The method item F1 opens on this tab."""


def tab_specs() -> list[TabSpec]:
    return [
        TabSpec(
            "funnel", lambda: tr("Funnel"), "desktop.dashboards.funnel_tab", "FunnelTab", "GOAL.5"
        ),
        TabSpec(
            "forecast",
            lambda: tr("Forecast"),
            "desktop.dashboards.forecast_tab",
            "ForecastTab",
            "GOAL.7",
        ),
        TabSpec("cash", lambda: tr("Cash"), "desktop.dashboards.cash_tab", "CashTab", "GOAL.7"),
        TabSpec("team", lambda: tr("Team"), "desktop.dashboards.team_tab", "TeamTab", "GOAL.8"),
        TabSpec(
            "review", lambda: tr("Review"), "desktop.dashboards.review_tab", "ReviewTab", "GOAL.6"
        ),
    ]


def _tab_class(spec: TabSpec) -> Any:
    """The tab's class, or None while its module is not written yet."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
    return getattr(module, spec.cls, None)


class _Slot(QWidget):
    """Where a tab goes until it is built (the QTabWidget's page, never replaced)."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.tab: Any = None
        self.stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


ROWS_MEASURED = 100
"""Rows a table of the dashboards measures to fit a column to its contents (Qt's
default, 1,000, asks each of 1,000 deals for every role of every column: 0.4 s for
the Forecast tab's deals on the large sample). The rows shown are measured first."""


def _measure_fewer_rows(tab: object) -> None:
    if isinstance(tab, QWidget):
        for view in tab.findChildren(QTableView):
            view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)


def _lay_out_now(slot: _Slot) -> None:
    """Give a tab just built its final size at once, when its slot is shown.

    A chart asks to be drawn when the event loop is next idle; laid out only later,
    it was drawn twice: first hidden at the Figure's default 640×480, then again at
    its own size (each draw of a chart with many labels costs 0.1–0.3 s on the large
    sample). Shown and laid out here, each chart is drawn once, at its size.
    """
    if not slot.isVisible():
        return
    layout = slot.layout()
    if layout is not None:
        layout.activate()
    if isinstance(slot.tab, QWidget):
        slot.tab.show()
        inner = slot.tab.layout()
        if inner is not None:
            inner.activate()


class DashboardsPage(Page):
    key = "dashboard"
    restores_hidden = True
    """The main window restores a saved tab before the page's first show (not after
    it): only that tab is built then, not the Funnel first (0.45 s on the large sample)."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.slots: list[_Slot] = []
        for spec in tab_specs():
            slot = _Slot(spec)
            self.slots.append(slot)
            self.tabs.addTab(slot, spec.title())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._current_changed)
        self.ctx.hub.changed.connect(self.changes_arrived)

    # -- tabs built on first show, refreshed when shown and stale -------------------

    def slot(self, key: str) -> _Slot:
        return next(s for s in self.slots if s.spec.key == key)

    def tab(self, key: str) -> Any:
        """The tab widget of ``key`` (building it if needed)."""
        return self._ensure(self.slot(key))

    def show_tab(self, key: str) -> Any:
        slot = self.slot(key)
        self.tabs.setCurrentWidget(slot)
        return self._ensure(slot)

    def built(self) -> list[str]:
        """The keys of the tabs built so far."""
        return [s.spec.key for s in self.slots if s.tab is not None]

    def _ensure(self, slot: _Slot) -> Any:
        if slot.tab is None:
            cls = _tab_class(slot.spec)
            if cls is None:
                slot.tab = EmptyState(
                    slot.spec.title(), tr("This part of the dashboards is not available yet.")
                )
            else:
                slot.tab = cls(self.ctx, slot)
            layout = slot.layout()
            assert layout is not None
            layout.addWidget(slot.tab)
            _measure_fewer_rows(slot.tab)
            _lay_out_now(slot)
            slot.stale = False
        elif slot.stale:
            slot.stale = False
            refresh = getattr(slot.tab, "refresh", None)
            if callable(refresh):
                refresh()
        return slot.tab

    def _current_changed(self, index: int) -> None:
        if self.isVisible() and 0 <= index < len(self.slots):
            self._ensure(self.slots[index])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # applies what waited (marks tabs stale)
        current = self.tabs.currentWidget()
        if isinstance(current, _Slot):
            self._ensure(current)

    def apply_changes(self, changes: Changes) -> None:
        if not changes:
            return
        for slot in self.slots:
            if slot.tab is not None:
                slot.stale = True
        current = self.tabs.currentWidget()
        if isinstance(current, _Slot) and current.tab is not None and self.isVisible():
            self._ensure(current)

    def refresh(self) -> None:
        for slot in self.slots:
            if slot.tab is not None:
                slot.stale = True
        current = self.tabs.currentWidget()
        if isinstance(current, _Slot) and self.isVisible():
            self._ensure(current)

    # -- what the main window asks ------------------------------------------------

    def current_key(self) -> str:
        current = self.tabs.currentWidget()
        return current.spec.key if isinstance(current, _Slot) else ""

    def help_topic(self) -> str | None:
        current = self.tabs.currentWidget()
        return current.spec.help if isinstance(current, _Slot) else None

    def print_widget(self) -> QWidget | None:
        current = self.tabs.currentWidget()
        if isinstance(current, _Slot) and isinstance(current.tab, QWidget):
            return current.tab
        return None

    def view_state(self) -> dict[str, Any]:
        return {"tab": self.current_key()}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        key = state.get("tab")
        if isinstance(key, str) and key in {s.spec.key for s in self.slots}:
            if self.isVisible():
                self.show_tab(key)
            else:
                self.tabs.setCurrentWidget(self.slot(key))
