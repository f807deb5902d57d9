"""The navigation entries, in order, and how to build each page.

Pages are built the first time they are shown, and their modules imported
then, so start-up pays only for the first view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.context import WorkspaceContext
from desktop.pages.base import Page, PlaceholderPage


def tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


@dataclass(frozen=True)
class Entry:
    key: str
    title: Callable[[], str]
    tooltip: Callable[[], str]
    build: Callable[[WorkspaceContext, QWidget | None], Page]
    help: str | None = None
    """The method item F1 points to on this page when the page names none itself
    (:meth:`Page.help_topic`); None: the page's own help only."""


def _placeholder(
    key: str, title: Callable[[], str], text: Callable[[], str]
) -> Callable[[WorkspaceContext, QWidget | None], Page]:
    return lambda ctx, parent: PlaceholderPage(ctx, key, title(), text(), parent)


def _accounts(ctx: WorkspaceContext, parent: QWidget | None) -> Page:
    from desktop.pages.accounts import AccountsPage

    return AccountsPage(ctx, parent)


def _targeting(ctx: WorkspaceContext, parent: QWidget | None) -> Page:
    from desktop.pages.targeting import TargetingPage

    return TargetingPage(ctx, parent)


def _board(ctx: WorkspaceContext, parent: QWidget | None) -> Page:
    from desktop.pages.board import BoardPage

    return BoardPage(ctx, parent)


def _map(ctx: WorkspaceContext, parent: QWidget | None) -> Page:
    from desktop.pages.map import MapPage

    return MapPage(ctx, parent)


def _leads(ctx: WorkspaceContext, parent: QWidget | None) -> Page:
    from desktop.pages.leads import LeadsPage

    return LeadsPage(ctx, parent)


def _dashboards(ctx: WorkspaceContext, parent: QWidget | None) -> Page:
    from desktop.pages.dashboards import DashboardsPage

    return DashboardsPage(ctx, parent)


def _team(ctx: WorkspaceContext, parent: QWidget | None) -> Page:
    from desktop.pages.team import TeamPage

    return TeamPage(ctx, parent)


def entries() -> list[Entry]:
    return [
        Entry(
            "accounts",
            lambda: tr("Accounts"),
            lambda: tr("Key accounts, their people and profiles"),
            _accounts,
            help="ACC.TRAIT.1",
        ),
        Entry(
            "targets",
            lambda: tr("Targeting"),
            lambda: tr("P1: saved segments and the ranked target list"),
            _targeting,
            help="P1",
        ),
        Entry(
            "board",
            lambda: tr("Funnel board"),
            lambda: tr("Deals by stage P1–P7"),
            _board,
            help="P1",
        ),
        Entry(
            "map",
            lambda: tr("Org map"),
            lambda: tr("The customer's decision chain"),
            _map,
            help="ROLE.KDM",
        ),
        Entry(
            "leads",
            lambda: tr("Leads"),
            lambda: tr("P2: unverified leads by channel"),
            _leads,
            help="P2",
        ),
        Entry(
            "activities",
            lambda: tr("Activities"),
            lambda: tr("Visits, calls, demos and events"),
            # Imported when first shown, like the builders above.
            lambda ctx, parent: __import__(
                "desktop.pages.activities", fromlist=["ActivitiesPage"]
            ).ActivitiesPage(ctx, parent),
            help="P5.RULE.1",
        ),
        Entry(
            "dashboard",
            lambda: tr("Dashboards"),
            lambda: tr("Conversion, time in stage and forecasts"),
            _dashboards,
        ),
        Entry("team", lambda: tr("Team"), lambda: tr("Our people, roles and managers"), _team),
    ]


VIEW_KEYS = ("accounts", "targets", "board", "map", "leads", "activities", "dashboard", "team")
