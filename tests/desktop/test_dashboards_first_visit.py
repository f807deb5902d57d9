"""The Dashboards' first visit builds the one tab it shows, the saved one included.

The main window used to show a new page and then give it its saved state: the
Dashboards page built its Funnel tab at the show (0.45 s on the large sample),
then the saved tab. Now the saved tab is set before the first show
(``DashboardsPage.restores_hidden``), so only that tab is built. Pages that need
their geometry to restore (the map centres its view) still get theirs after it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.dashboards.cash_tab import CashTab
from desktop.dashboards.team_tab import TeamTab
from desktop.pages.dashboards import DashboardsPage


def visit(window: Any, key: str) -> Any:
    """The View menu's entry of ``key`` (Ctrl+n), as the user picks it."""
    row = [e.key for e in window.entries].index(key)
    window.nav_actions[row].trigger()
    return window.pages[key]


def shown(app: Application, qtbot: QtBot, saved: dict[str, Any] | None = None) -> Any:
    """The app's window shown on the accounts, with ``saved`` as the Dashboards' view."""
    window = app.window
    window.show()
    qtbot.waitExposed(window)
    if saved is not None:
        window.restore_view_state({"page": "accounts", "pages": {"dashboard": saved}})
    return window


def test_reopened_the_dashboards_build_only_the_tab_saved(
    sample_app: Application, sample_copy: Path, qtbot: QtBot
) -> None:
    window = shown(sample_app, qtbot)
    page = visit(window, "dashboard")
    assert isinstance(page, DashboardsPage)
    page.tabs.setCurrentWidget(page.slot("cash"))  # as a click on the tab does
    assert page.built() == ["funnel", "cash"]
    visit(window, "accounts")
    sample_app.close_workspace()  # the views are saved for this file
    assert sample_app.open(sample_copy)
    window = sample_app.window
    assert "dashboard" not in window.pages
    again = window.current_page()  # the page shown again, once the event loop has turned
    qtbot.waitUntil(lambda: again is not None and again.isVisible(), timeout=5_000)
    page = visit(window, "dashboard")
    assert page.built() == ["cash"]  # not the Funnel first
    assert page.current_key() == "cash" and page.isVisible()
    assert isinstance(page.slot("cash").tab, CashTab) and page.slot("cash").tab.isVisible()


def test_a_saved_tab_given_before_the_page_exists_is_the_one_built(
    sample_app: Application, qtbot: QtBot
) -> None:
    window = shown(sample_app, qtbot, {"tab": "team"})
    page = visit(window, "dashboard")
    assert page.built() == ["team"]
    assert isinstance(page.slot("team").tab, TeamTab)
    assert window.view_state()["pages"]["dashboard"] == {"tab": "team"}


def test_without_a_saved_tab_the_first_visit_builds_the_funnel_alone(
    sample_app: Application, qtbot: QtBot
) -> None:
    page = visit(shown(sample_app, qtbot, {"tab": "gone"}), "dashboard")
    assert page.built() == ["funnel"]
