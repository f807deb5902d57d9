"""The board's colours: calm greys, one blue for the funnel, and a few signal hues.

Kept in one place so that the delegate, headers and panel agree, and so that
signal colours (late, risk, support) mean the same thing everywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

BOARD_BG = QColor("#F3F4F6")
COLUMN_BG = QColor("#E8EBEF")
LANE_BG = QColor("#DCE2E9")
CARD_BG = QColor("#FFFFFF")
CARD_BORDER = QColor("#D3D8DF")
CARD_HOVER = QColor("#A9B3C1")
SELECTED_BORDER = QColor("#2B6CB0")
SELECTED_BG = QColor("#EEF5FC")

TEXT = QColor("#1F2937")
TEXT_2 = QColor("#556070")
TEXT_3 = QColor("#8A93A0")

GREEN = QColor("#2F7D4F")
GREEN_BG = QColor("#E3F2E8")
AMBER = QColor("#8F5B00")
AMBER_BG = QColor("#FCEFD6")
RED = QColor("#B42318")
RED_BG = QColor("#FCE9E7")
GREY = QColor("#5B6775")
GREY_BG = QColor("#EDF0F3")
BLUE = QColor("#2B6CB0")
BLUE_BG = QColor("#E6EFF8")

# Stage accents deepen along the funnel; closed columns take their outcome's hue.
ACCENTS = {
    "P1": QColor("#9AABC0"),
    "P2": QColor("#849AB4"),
    "P3": QColor("#6E89A8"),
    "P4": QColor("#58789C"),
    "P5": QColor("#436790"),
    "P6": QColor("#2F5784"),
    "P7": QColor("#1F4778"),
    "won": GREEN,
    "lost": QColor("#A3473D"),
    "shelved": QColor("#7B8794"),
}


def support_colours(support: int | None) -> tuple[QColor, QColor]:
    """(text, background) of a KDM support badge."""
    if support is None:
        return GREY, GREY_BG
    if support > 0:
        return GREEN, GREEN_BG
    if support < 0:
        return RED, RED_BG
    return GREY, GREY_BG
