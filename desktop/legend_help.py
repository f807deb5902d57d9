"""Help ▸ Legend: what card badges and map symbols mean.

The symbols are drawn with the board's and the map's own colours (and the map's
own legend and pill painter), so the legend looks like what it explains. The
texts of the badges are the board's own translations (context ``CardDelegate``),
so a badge reads here exactly as on a card.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import labels
from desktop.one_window import OneWindow

CONTEXT = "Legend"
IMAGE_H = 22
_IMAGE = int(QTextDocument.ResourceType.ImageResource.value)

__all__ = ["LegendHelp", "legend_html", "legend_window", "open_legend"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _board(text: str) -> str:
    """A badge's text as the card shows it (the card delegate's translation)."""
    return QCoreApplication.translate("CardDelegate", text)


# -- small pictures ------------------------------------------------------------------

Paint = Callable[[QPainter, QRectF], None]


def _picture(width: int, paint: Paint, ratio: float = 2.0) -> QImage:
    image = QImage(round(width * ratio), round(IMAGE_H * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint(painter, QRectF(0, 0, width, IMAGE_H))
    painter.end()
    return image


def _card_pill(text: str, fg: QColor, bg: QColor, outline: bool = False) -> Paint:
    """A badge pill as a card draws it (board colours, small bold-less text)."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        font = painter.font()
        font.setPixelSize(12)
        painter.setFont(font)
        w = painter.fontMetrics().horizontalAdvance(text) + 14
        pill = QRectF(1, 3, min(w, rect.width() - 2), rect.height() - 6)
        painter.setPen(QPen(fg, 1) if outline else Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(fg)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    return paint


def _dots(filled: int) -> Paint:
    from desktop.board import style

    def paint(painter: QPainter, rect: QRectF) -> None:
        colour = style.GREEN if filled == 5 else style.BLUE
        painter.setPen(QPen(colour, 1))
        for n in range(5):
            painter.setBrush(colour if n < filled else style.CARD_BG)
            painter.drawEllipse(QRectF(2 + n * 11, rect.center().y() - 4, 8, 8))

    return paint


def _strip(colour: QColor) -> Paint:
    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QColor("#D3D8DF"))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(1, 1, 40, rect.height() - 2), 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(3, 4, 3, rect.height() - 8), 1.5, 1.5)

    return paint


def _text(text: str, colour: QColor) -> Paint:
    def paint(painter: QPainter, rect: QRectF) -> None:
        font = painter.font()
        font.setPixelSize(12)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)

    return paint


def _map_pill(text: str, colour: QColor) -> Paint:
    from desktop.map.items import pill

    def paint(painter: QPainter, rect: QRectF) -> None:
        pill(painter, 1, rect.center().y() - 8, text, colour, QColor("white"), 11.0)

    return paint


def _line(colour: QColor, width: float, style: Qt.PenStyle, arrow: bool = False) -> Paint:
    def paint(painter: QPainter, rect: QRectF) -> None:
        pen = QPen(colour, width, style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        cy = rect.center().y()
        end = rect.width() - (10 if arrow else 4)
        painter.drawLine(QPointF(4, cy), QPointF(end, cy))
        if arrow:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(
                [QPointF(end + 7, cy), QPointF(end - 1, cy - 4.5), QPointF(end - 1, cy + 4.5)]
            )

    return paint


def _star(colour: QColor) -> Paint:
    from desktop.map.items import star

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(star(QPointF(10, rect.center().y()), 8))

    return paint


def _ring(colour: QColor) -> Paint:
    def paint(painter: QPainter, rect: QRectF) -> None:
        cy = rect.center().y()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(10, cy), 6, 6)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(10, cy), 2.3, 2.3)

    return paint


def _frame(colour: QColor) -> Paint:
    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(colour, 2.0))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(3, rect.center().y() - 7, 26, 14), 3, 3)

    return paint


# -- the rows ----------------------------------------------------------------------


class Row(NamedTuple):
    name: str  # the picture's resource name
    width: int  # of the picture, in pixels
    paint: Paint
    title: str  # the mark in words
    text: str  # what it means


def card_rows() -> list[Row]:
    """Every mark a deal card can carry."""
    from desktop.board import style

    coach = _board("Coach")
    awaiting = "⚑ " + _board("Awaiting approval")
    return [
        Row("elements", 60, _dots(3), tr("Five elements"), tr(
            "One dot per element of a valid opportunity verified; all five turn green.")),
        Row("exits", 60, _card_pill("✓ 2/4", style.GREY, style.GREY_BG), tr("Exit criteria"), tr(
            "Exit criteria of the deal's stage met, of all; green when all are met.")),
        Row("coach", 60, _card_pill(coach, style.GREEN, style.GREEN_BG),
            f"{coach} ({coach[:1]})", tr("We have a coach inside the customer.")),
        Row("no_coach", 60, _card_pill(coach, style.TEXT_3, style.CARD_BG, True), tr("No coach"),
            tr("No coach yet: an outlined badge.")),
        Row("kdm", 60, _card_pill("KDM +2", *style.support_colours(2)), "KDM (K+2)", tr(
            "How the key decision maker stands toward us, from −2 (strong opponent) to +2 "
            "(strong supporter); ? when no KDM is named.")),
        Row("approval", 150, _card_pill(awaiting, style.AMBER, style.AMBER_BG, True), awaiting,
            tr("A forced move: moved past an unmet gate by someone without a manager role. "
               "A manager approves it or reverts it; the card also has an amber strip.")),
        Row("risks", 60, _card_pill("⚠ 2", style.RED, style.RED_BG), tr("Warnings"), tr(
            "Method rules not met, or \"not yours yet\" warnings; click the badge to read "
            "about them in the method.")),
        Row("days", 60, _card_pill(_board("{n} d").format(n=48), style.AMBER, style.AMBER_BG),
            tr("Days in stage"),
            tr("Days in the stage; amber when longer than the stage usually takes.")),
        Row("late", 80, _text("2026-03-31", style.RED), tr("Closing date"), tr(
            "In red: the expected closing date has passed.")),
        Row("won", 60, _strip(style.ACCENTS["won"]), tr("Closed"), tr(
            "A strip on the left: the deal is closed (green won, red lost, grey shelved).")),
    ]  # fmt: skip


def map_rows() -> list[Row]:
    """The map's symbols."""
    from desktop.map import style as st
    from desktop.map.texts import role_badge

    rows: list[Row] = []
    for role in ("KDM", "KI", "KU", "LEAD", "EVAL"):
        short = role_badge(role)  # the map's own badge words
        rows.append(
            Row(f"role.{role}", 60, _map_pill(short, st.role_colour(role)), short,
                labels.role_label(role))
        )  # fmt: skip
    for value in (2, 1, 0, -1, -2):
        sign = labels.support_sign(value)
        rows.append(
            Row(f"support.{value}", 60, _map_pill(sign, st.support_colour(value)), sign,
                tr("Support toward us: {label}").format(label=labels.support_label(value)))
        )  # fmt: skip
    rows += [
        Row("coach", 60, _star(st.COACH), tr("Coach"),
            tr("Guides us inside the customer.")),
        Row("insider", 60, _ring(st.INSIDER), tr("Insider"),
            tr("One of the customer's people close to us.")),
        Row("rival", 60, _frame(st.COMPETITOR), tr("Backs a competitor"),
            tr("The card has this border.")),
        Row("reports", 60, _line(st.REPORTS, 1.8, Qt.PenStyle.SolidLine), tr("Reports to"),
            tr("From a person to their manager.")),
        Row("influence", 60, _line(st.INFLUENCE, 2.2, Qt.PenStyle.DashLine, True),
            tr("Influences"),
            tr("The arrow points to the one influenced; thicker is stronger.")),
        Row("relationship", 60, _line(st.RELATIONSHIP, 2.2, Qt.PenStyle.DotLine),
            tr("Our relationship"), tr("A member of our team knows the person.")),
        Row("route", 60, _line(st.route_colour(0), 7.0, Qt.PenStyle.SolidLine), tr("Route"),
            tr("A way from our people to the target; the strongest is the darkest.")),
    ]  # fmt: skip
    return rows


def legend_html(browser: QTextBrowser) -> str:
    """The legend's page; its pictures are registered as resources of ``browser``."""
    document = browser.document()

    def image(name: str, width: int, paint: Paint) -> str:
        url = f"legend:{name}"
        document.addResource(_IMAGE, QUrl(url), _picture(width, paint))
        return f"<img src='{url}' width='{width}' height='{IMAGE_H}'>"

    def table(rows: list[Row], prefix: str) -> str:
        body = "".join(
            f"<tr><td style='padding:3px 12px 3px 0'>{image(prefix + r.name, r.width, r.paint)}"
            f"</td><td style='padding:3px 0' valign='middle'><b>{html.escape(r.title)}</b>"
            f"{' — ' if r.title else ''}{html.escape(r.text)}</td></tr>"
            for r in rows
        )
        return f"<table>{body}</table>"

    parts = [
        f"<h2>{html.escape(tr('Cards on the funnel board'))}</h2>",
        table(card_rows(), "card."),
        f"<h2>{html.escape(tr('Symbols on the org map'))}</h2>",
        f"<p>{html.escape(tr('The map draws this legend in its corner, too:'))}</p>",
    ]
    from desktop.map.legend import Legend

    pixmap: QPixmap = Legend().pixmap(2.0)
    document.addResource(_IMAGE, QUrl("legend:map"), pixmap.toImage())
    size = pixmap.deviceIndependentSize()
    parts.append(
        f"<p><img src='legend:map' width='{round(size.width())}' "
        f"height='{round(size.height())}'></p>"
    )
    parts.append(table(map_rows(), "map."))
    return "\n".join(parts)


class LegendHelp(QWidget):
    """One window with both legends; Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("legendHelp")
        self.setWindowTitle(tr("Legend"))
        self.resize(QSize(640, 720))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("legendText")
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh()

    def refresh(self) -> None:
        """Build the page again (in the current language)."""
        self.setWindowTitle(tr("Legend"))
        self.browser.setHtml(legend_html(self.browser))

    def text(self) -> str:
        return self.browser.toPlainText()


_window = OneWindow(LegendHelp)


def legend_window() -> LegendHelp | None:
    """The open legend, if any (tests look at it)."""
    return _window.get()


def open_legend(parent: QWidget) -> LegendHelp:
    """Show the legend window (one per application), in the current language."""
    return _window.show(lambda window, new: None if new else window.refresh())


def close_legend() -> None:
    _window.close()
