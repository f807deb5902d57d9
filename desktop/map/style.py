"""The map's look: a calm grey canvas, white cards, a few meaningful hues.

Role and support colours are the people table's own (one colour means one
thing across the application); the map adds the colours of its edges and of
what it lights up (route, selection, changes). Sizes are scene units: at 100 %
zoom one unit is one pixel, and the fonts are sized to be read on a projector.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from desktop.models.people_model import ROLE_COLOURS, SUPPORT_COLOURS

# -- geometry (scene units) ---------------------------------------------------

NODE_W = 184.0
NODE_H = 70.0
MEMBER_W = NODE_W
MEMBER_H = NODE_H
"""Our members' cards are as large as the customers': their names wrap the same way."""
X_GAP = NODE_W + 30.0
"""Distance between neighbouring columns of the tidy layout."""
Y_GAP = NODE_H + 60.0
"""Distance between rows of the tidy layout."""
STACK_GAP = NODE_H + 16.0
"""Distance between leaves stacked under their manager."""
STACK_INDENT = 26.0
"""Stacked leaves stand this far right of their manager, so the bracket shows."""
STRIPE = 7.0
RADIUS = 8.0
RING = 4.0
"""Room around a card for selection and route rings (part of its bounding rect)."""

DETAIL_LOD = 0.2
"""Below this zoom the whole map is drawn by one overview layer: no text, no antialiasing
(a card is then ~37 px wide on screen: no name fits in it readably)."""
EDGE_LOD = 0.12
"""Below this zoom only reports-to lines are drawn: influences and relationships wait."""
CARD_LOD = 0.85
"""From this zoom up a card shows everything (name, title, role, support, marks)."""
COMPACT_LOD = 0.5
"""From this zoom up to :data:`CARD_LOD` a card shows its name and title, drawn larger,
its role and marks on its border."""
NAME_LOD = DETAIL_LOD
"""From this zoom up to :data:`COMPACT_LOD` a card is a simplified box with the name
only, as large as the card allows (two lines if that reads better)."""
READABLE_PX = 11.0
"""The smallest size (screen pixels, at normal text size) a zoomed-out name is drawn at."""
LABEL_LOD = 0.55
"""From this zoom up influence strengths are written on the edges."""


def detail_level(scale: float) -> str:
    """What a card shows at this zoom: ``"full"``, ``"compact"`` (name and title, larger),
    ``"name"`` (the name alone, large) or ``"box"`` (a plain box: nothing fits readably).

    The text size (View ▸ Larger text) does not move these thresholds: larger text
    draws the card's words larger, it never shows less of the card.
    """
    if scale >= CARD_LOD:
        return "full"
    if scale >= COMPACT_LOD:
        return "compact"
    if scale >= NAME_LOD:
        return "name"
    return "box"


# -- colours -------------------------------------------------------------------

CANVAS = QColor("#F4F6F8")
LANE = QColor("#E8EEF5")
LANE_BORDER = QColor("#CBD6E2")
LANE_TEXT = QColor("#4A5A6E")
CARD = QColor("#FFFFFF")
CARD_BORDER = QColor("#CDD4DC")
MEMBER_CARD = QColor("#EEF4FB")
MEMBER_BORDER = QColor("#9DB5D0")
TEXT = QColor("#1F2937")
TEXT_2 = QColor("#5B6573")
TEXT_3 = QColor("#8A93A0")

REPORTS = QColor("#8D99A8")
INFLUENCE = QColor("#3D6FB0")
RELATIONSHIP = QColor("#2A9D8F")
COMPETITOR = QColor("#B7410E")
"""Cards of people who back a competitor get a border and a line in this colour."""
INSIDER = QColor("#00838F")
COACH = QColor("#C28A00")

SELECTED = QColor("#2563EB")
ROUTE = (QColor("#F08C00"), QColor("#F4A940"), QColor("#F7C77E"), QColor("#F9D9A6"))
"""Route colours, strongest route first."""
JOINED = QColor("#2F9E44")
CHANGED = QColor("#7048E8")
FADED = 0.38
"""Opacity of what is not on a lit route."""


def support_colour(support: int) -> QColor:
    return QColor(SUPPORT_COLOURS.get(max(-2, min(2, support)), "#757575"))


def support_tint(support: int) -> QColor:
    """A very light wash of the support colour for the card's body."""
    base = support_colour(support)
    tint = QColor(base)
    tint.setAlphaF(0.07 if support else 0.0)
    return tint


def role_colour(role: str | None) -> QColor:
    return QColor(ROLE_COLOURS.get(role or "", "#546E7A"))


def route_colour(rank: int) -> QColor:
    return QColor(ROUTE[min(rank, len(ROUTE) - 1)])


# -- fonts -----------------------------------------------------------------------


def font(pixels: float, *, bold: bool = False) -> QFont:
    """The application's family at a size in scene units (pixels at 100 %)."""
    app_font = QApplication.font()
    f = QFont(app_font.family())
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    return f


NAME_PX = 16.0
TITLE_PX = 13.0
SMALL_PX = 12.0
BADGE_PX = 11.5
LANE_TITLE_PX = 15.0
