"""F1: help for the page on screen.

A small window says what the page is for and what one does there, lists the
page's own actions with their shortcuts (read from the actions themselves, so
they never go stale) and the keys that work everywhere, and links to the part
of the method the page serves (:meth:`Page.help_topic`, else the navigation
entry's default). Enter or the button opens the method there.

One window per application, like the method window; F1 on another page
refills it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.one_window import OneWindow

CONTEXT = "PageHelp"

__all__ = ["PageHelp", "close_page_help", "open_page_help", "page_help_window", "page_text"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def page_text(key: str) -> tuple[str, list[str]]:
    """(what the page is for, what one does there) for the navigation key ``key``."""
    texts: dict[str, tuple[str, list[str]]] = {
        "accounts": (
            tr(
                "The key accounts the team works on. Pick one in the table to see its "
                "profile, its people, its deals and its history on the right."
            ),
            [
                tr("Narrow the table with the search box and the filters above it."),
                tr("Double-click an account to open its profile; the tabs show people and deals."),
                tr("New account and New deal are in the Actions menu and on the toolbar."),
            ],
        ),
        "targets": (
            tr(
                "Step P1 of the method: choose which customers to go after. A segment is a "
                "saved set of conditions; the list ranks the accounts that meet it."
            ),
            [
                tr("Set the conditions, then save them as a segment to use again."),
                tr("The ranking says why each account scores as it does."),
                tr("Double-click an account to open it in Accounts."),
            ],
        ),
        "board": (
            tr(
                "Every open deal as a card in the column of its stage, P1 to P7. A deal "
                "moves on when the exit criteria of its stage are met."
            ),
            [
                tr(
                    "Drag a card to another column to move the deal; the gate asks what is missing."
                ),
                tr("Arrow keys go from card to card and column to column; Enter opens the deal."),
                tr("The badges on a card are explained under Help ▸ Legend."),
                tr("Filters and swimlanes (by owner or account) are above the columns."),
            ],
        ),
        "map": (
            tr(
                "The customer's decision chain: who decides (KDM), who influences (KI), who "
                "uses (KU), who leads and who evaluates, how they stand toward us, and who "
                "of our team knows them."
            ),
            [
                tr("Pick the account (and a deal) at the top; the map shows its people."),
                tr("Drag people to arrange them; draw a link to say who influences whom."),
                tr("Routes show the best way from our people to the KDM."),
                tr(
                    "Symbols and colours are explained in the map's legend and under Help ▸ Legend."
                ),
            ],
        ),
        "leads": (
            tr(
                "Step P2 of the method: leads from the ten channels, until each is verified "
                "as a real opportunity or dropped."
            ),
            [
                tr(
                    "New lead records where it came from (channel and source), the company, "
                    "the contact and who follows it up; leads have no protection and no quota."
                ),
                tr(
                    "Convert turns a lead into an opportunity in P3 once its five elements are "
                    "verified: who verified each, how and when, and the manager's confirmation."
                ),
                tr(
                    "Channel yield counts leads, opportunities and wins per channel and period; "
                    "it says when the first three channels do not lead."
                ),
            ],
        ),
        "activities": (
            tr("Visits, calls, demos and events with the customer, with who met whom."),
            [
                tr(
                    "Log activity (Ctrl+J, from any view) records the day, the kind, our "
                    "people and theirs, the deal, a summary and the next step with its due day."
                ),
                tr(
                    "Logging sets each person's last contact and visit level, so the map's "
                    "stale relationships clear and senior visits count for the deal's gate."
                ),
                tr("Next steps overdue come first, in red; Mark done (Ctrl+D) closes one."),
                tr(
                    "Filter by account, member, kind and period; a person's or a deal's "
                    "timeline opens from the org map's person menu or a deal."
                ),
            ],
        ),
        "dashboard": (
            tr("How the funnel is doing: conversion between stages, time in stage, forecasts."),
            [
                tr(
                    "Funnel: filter by period, owner, industry, region or lead channel, or "
                    "group by one of them; click a bar to list its deals, double-click one "
                    "to open it on the board."
                ),
                tr(
                    "Forecast and Cash: what is expected to be won and collected per month "
                    "or quarter; Team: targets, coverage and how results are spread; "
                    "Review: what needs a decision before the meeting."
                ),
                tr("Export… saves a chart as a PNG image or an SVG drawing."),
            ],
        ),
        "team": (
            tr(
                "Our own people: sales reps, presales and managers, and who reports to whom. "
                "Deals and relationships on the map refer to them."
            ),
            [
                tr("Add a member with the New member action; edit the details on the right."),
                tr("Say which member you are with File ▸ I am…, so your changes carry your name."),
                tr(
                    "Tasks: the key actions of the stage each deal entered, yours first; an "
                    "overdue task shows on the manager's list too."
                ),
                tr(
                    "Self-check: each rep's last 14 days of activities against opportunities "
                    "created and advanced, with the method's questions when they do not match."
                ),
                tr("Territories… assigns regions, industries or named accounts to members."),
            ],
        ),
    }
    return texts.get(key, ("", []))


def _keys(action: QAction | None) -> str:
    if action is None:
        return ""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class PageHelp(QWidget):
    """The text of one page's help, and a button to the method."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("pageHelp")
        self.key = ""
        self.topic: str | None = None
        self.resize(QSize(560, 520))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("pageHelpText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        layout.addWidget(self.browser)
        self.buttons = QDialogButtonBox()
        self.method_button = QPushButton()
        self.method_button.setObjectName("pageHelpMethod")
        self.method_button.clicked.connect(self.open_topic)
        self.buttons.addButton(self.method_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self, self.open_topic)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self, self.open_topic)

    def show_page(
        self,
        key: str,
        title: str,
        topic: str | None,
        actions: list[QAction],
        general: list[tuple[str, str]],
    ) -> None:
        """Fill the window for the page ``key``, titled ``title``."""
        from desktop.method_help import item_ref, method_link

        self.key, self.topic = key, topic
        self.setWindowTitle(tr("Help: {page}").format(page=title))
        purpose, steps = page_text(key)
        parts = [f"<h2>{html.escape(title)}</h2>"]
        if purpose:
            parts.append(f"<p>{html.escape(purpose)}</p>")
        if topic:
            link = method_link(topic, html.escape(item_ref(topic)))
            parts.append(
                "<p>" + tr("In the method: {link}").format(link=link) + "</p>"
            )  # the link is HTML already
        if steps:
            parts.append(f"<h3>{html.escape(tr('What you do here'))}</h3><ul>")
            parts += [f"<li>{html.escape(s)}</li>" for s in steps]
            parts.append("</ul>")
        rows = [(a.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), _keys(a))
                for a in actions if a.text() and a.isVisible()]  # fmt: skip
        if rows:
            parts.append(f"<h3>{html.escape(tr('Actions of this page'))}</h3>")
            parts.append(_table(rows))
        if general:
            parts.append(f"<h3>{html.escape(tr('Keys that work everywhere'))}</h3>")
            parts.append(_table(general))
        self.browser.setHtml("\n".join(parts))
        self.method_button.setVisible(bool(topic))
        self.method_button.setText(
            tr("Open the method at {item}").format(item=item_ref(topic)) if topic else ""
        )
        self.method_button.setDefault(True)

    def open_topic(self) -> None:
        """The method window at this page's topic."""
        if self.topic:
            from desktop.method_help import open_method_help

            open_method_help(self.topic)

    def _follow(self, url: QUrl) -> None:
        from desktop.method_help import item_from_link, open_method_help

        item = item_from_link(url)
        if item is not None:
            open_method_help(item)


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td style='padding-right:18px'>{html.escape(text)}</td>"
        f"<td><b>{html.escape(keys)}</b></td></tr>"
        for text, keys in rows
    )
    return f"<table cellspacing='2'>{body}</table>"


_window = OneWindow(PageHelp)


def page_help_window() -> PageHelp | None:
    """The open page help, if any (tests look at it)."""
    return _window.get()


def open_page_help(
    key: str,
    title: str,
    topic: str | None,
    actions: list[QAction],
    general: list[tuple[str, str]],
) -> PageHelp:
    """Show the help of page ``key``; one window per application."""
    return _window.show(lambda window, _new: window.show_page(key, title, topic, actions, general))


def close_page_help() -> None:
    _window.close()
