"""Export the map as PNG, SVG or PDF: title, the whole map in full detail, the legend.

One document layout serves the three formats, drawn at scene scale and fitted
to the device: a raster image for slides, SVG for editing, PDF for print. The
cards are drawn as vectors (the scene's pixmap caches are switched off for the
time of the export) and only with job attributes, like the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPdfWriter,
)
from PySide6.QtWidgets import QWidget

from desktop.map import style as st
from desktop.map.items import font, metrics
from desktop.map.legend import Legend
from desktop.map.scene import MapScene
from desktop.map.texts import tr

FORMATS = ("png", "svg", "pdf")
MARGIN = 30.0
HEADER = 58.0
PNG_MAX = 4800
PNG_SCALE = 2.0


class ExportError(Exception):
    """The file could not be written; the message says why, for the user."""


def _document_size(scene: MapScene, legend: Legend) -> tuple[QSizeF, QRectF]:
    scene.finish_populate()  # every card on paper, also of a big map still being drawn
    content = scene.content_rect()
    if content.isNull():
        content = QRectF(0, 0, 400, 200)
    content = content.adjusted(-24, -24, 24, 24)
    ls = legend.size()
    width = max(content.width(), ls.width(), 520.0) + 2 * MARGIN
    height = MARGIN + HEADER + content.height() + 16 + ls.height() + MARGIN
    return QSizeF(width, height), content


def paint_document(
    scene: MapScene, painter: QPainter, title: str, subtitle: str, legend: Legend | None = None
) -> QSizeF:
    """Paint title, map and legend at scene scale from (0, 0); returns the size used."""
    legend = legend or Legend()
    size, content = _document_size(scene, legend)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(QPointF(0, 0), size), QColor("white"))
    painter.setPen(st.TEXT)
    painter.setFont(font(22.0, True))
    painter.drawText(
        QRectF(MARGIN, MARGIN - 4, size.width() - 2 * MARGIN, 30),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        metrics(22.0, True).elidedText(
            title, Qt.TextElideMode.ElideRight, size.width() - 2 * MARGIN
        ),
    )
    painter.setPen(st.TEXT_2)
    painter.setFont(font(13.0))
    painter.drawText(
        QRectF(MARGIN, MARGIN + 26, size.width() - 2 * MARGIN, 22),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        subtitle,
    )
    target = QRectF(MARGIN, MARGIN + HEADER, content.width(), content.height())
    painter.fillRect(target, st.CANVAS)
    selected = scene.selected_keys()
    scene.clearSelection()
    scene.set_full_detail(True)
    try:
        scene.render(painter, target, content, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        scene.set_full_detail(False)
        scene.select_keys(selected)
    legend.paint(painter, QPointF(MARGIN, target.bottom() + 16))
    painter.restore()
    return size


def export_map(scene: MapScene, path: Path, title: str, subtitle: str | None = None) -> Path:
    """Write the map to ``path``; the suffix (.png, .svg, .pdf) picks the format.

    The document is drawn into memory and saved in one atomic step, so a full
    disk reports failure instead of leaving a cut file that looks finished.
    """
    from model.errors import DomainError
    from model.files import save_bytes

    data = _render(scene, path, title, subtitle)
    try:
        save_bytes(path, data)
    except DomainError as exc:
        raise ExportError(
            tr("Cannot write {path}: {reason}").format(
                path=str(path), reason=exc.params.get("reason", exc)
            )
        ) from exc
    return path


def _render(scene: MapScene, path: Path, title: str, subtitle: str | None) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(tr("Choose a file ending in .png, .svg or .pdf."))
    subtitle = (
        subtitle
        if subtitle is not None
        else tr("Org map, {day}").format(day=date.today().isoformat())
    )
    legend = Legend()
    size, _ = _document_size(scene, legend)
    if fmt == "png":
        scale = min(PNG_SCALE, PNG_MAX / size.width(), PNG_MAX / size.height())
        image = QImage(
            max(1, round(size.width() * scale)),
            max(1, round(size.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDotsPerMeterX(round(96 * scale / 0.0254))
        image.setDotsPerMeterY(round(96 * scale / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        paint_document(scene, painter, title, subtitle, legend)
        painter.end()
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str works; the stubs say bytes
            raise ExportError(tr("Cannot write {path}.").format(path=str(path)))
        return bytes(buffer.data().data())
    if fmt == "svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(round(size.width()), round(size.height())))
        generator.setViewBox(QRect(0, 0, round(size.width()), round(size.height())))
        generator.setTitle(title)
        generator.setDescription(subtitle)
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(tr("Cannot write {path}.").format(path=str(path)))
        paint_document(scene, painter, title, subtitle, legend)
        painter.end()
        return bytes(buffer.data().data())
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Key Account Navigator")
    landscape = size.width() >= size.height()
    writer.setPageSize(
        QPageSize(QPageSize.PageSizeId.A4 if size.width() < 2400 else QPageSize.PageSizeId.A3)
    )
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setResolution(300)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(tr("Cannot write {path}.").format(path=str(path)))
    page_w, page_h = writer.width(), writer.height()
    scale = min(page_w / size.width(), page_h / size.height())
    painter.translate((page_w - size.width() * scale) / 2, (page_h - size.height() * scale) / 2)
    painter.scale(scale, scale)
    paint_document(scene, painter, title, subtitle, legend)
    painter.end()
    del writer  # the PDF is finished when its writer goes
    return bytes(buffer.data().data())


class MapPrint(QWidget):
    """What Ctrl+P prints of the map: the whole map as exported (title, every card in
    full detail, the legend), not the part the view shows. Never shown; the print code
    renders it at its size hint, the document's size."""

    def __init__(self, scene: MapScene, title: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.scene = scene
        self.title = title
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.hide()  # explicitly: a child is otherwise shown with its parent

    def sizeHint(self) -> QSize:
        size, _ = _document_size(self.scene, Legend())
        return QSize(round(size.width()), round(size.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        subtitle = tr("Org map, {day}").format(day=date.today().isoformat())
        paint_document(self.scene, painter, self.title(), subtitle)
        painter.end()
