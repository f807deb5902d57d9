"""File ▸ Print… (Ctrl+P): the current view through Qt's print preview.

The page names what it prints (:meth:`Page.print_widget`, the page itself by
default); that widget is drawn scaled to fit one sheet, landscape by default,
under a header line with the workspace, the view and today's date. A page with
nothing to print (a view not built yet) says so in the status bar instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPageLayout, QPainter, QPen, QRegion
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.pages.base import Page

CONTEXT = "Printing"

__all__ = ["header_text", "print_page", "print_size", "render_page"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def header_text(page: Page, title: str) -> tuple[str, str]:
    """(left, right) of the header: "workspace — view — what it shows", today's date."""
    parts = [page.ctx.workspace.label, title, page.print_title()]
    left = " — ".join(p for p in parts if p)
    right = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    return left, right


def render_page(page: Page, printer: QPrinter, title: str = "") -> bool:
    """Draw ``page``'s printable widget on ``printer``; False when there is nothing."""
    widget = page.print_widget()
    if widget is None:
        return False
    size = print_size(widget)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        _paint(painter, printer, widget, size, header_text(page, title))
    finally:
        painter.end()
    return True


def print_size(widget: QWidget) -> QSize:
    """The size ``widget`` is drawn at: as shown, or (never shown, e.g. a whole map
    made for printing) its size hint, which it is given."""
    if widget.isVisible() and not widget.size().isEmpty():
        return widget.size()
    hint = widget.sizeHint()
    size = hint if hint.isValid() and not hint.isEmpty() else QSize(1280, 800)
    widget.resize(size)
    return size


def _paint(
    painter: QPainter, printer: QPrinter, widget: QWidget, size: QSize, header: tuple[str, str]
) -> None:
    sheet = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    sheet.moveTo(0, 0)
    dpi = printer.resolution()
    font = QFont(widget.font())
    font.setPointSizeF(10)
    painter.setFont(font)
    fm = QFontMetrics(font, printer)
    line = fm.height()
    left, right = header
    painter.setPen(QPen(Qt.GlobalColor.black))
    right_w = fm.horizontalAdvance(right) + line
    painter.drawText(
        QRectF(0, 0, sheet.width() - right_w, line),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        fm.elidedText(left, Qt.TextElideMode.ElideRight, int(sheet.width() - right_w)),
    )
    painter.drawText(
        QRectF(sheet.width() - right_w, 0, right_w, line),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        right,
    )
    rule_y = line + dpi * 0.04
    painter.setPen(QPen(Qt.GlobalColor.gray, max(1.0, dpi / 150)))
    painter.drawLine(0, round(rule_y), round(sheet.width()), round(rule_y))
    area = QRectF(0, rule_y + dpi * 0.1, sheet.width(), sheet.height() - rule_y - dpi * 0.1)
    scale = min(area.width() / size.width(), area.height() / size.height())
    painter.save()
    painter.translate(area.left() + (area.width() - size.width() * scale) / 2, area.top())
    painter.scale(scale, scale)
    widget.render(
        painter,
        QPoint(0, 0),
        QRegion(QRect(QPoint(0, 0), size)),
        QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground,
    )
    painter.restore()


def print_page(page: Page, parent: QWidget, title: str = "") -> bool:
    """Preview, then print, what ``page`` shows; False (and a word why) when nothing."""
    if page.print_widget() is None:
        message = tr("This view has nothing to print.")
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(message, 6000)
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(header_text(page, title)[0])
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Print preview — {view}").format(view=title or page.key))
    dialog.paintRequested.connect(lambda target: render_page(page, target, title))
    dialog.resize(parent.size() * 0.9 if parent is not None else QSize(1100, 760))
    dialog.exec()
    dialog.deleteLater()
    return True
