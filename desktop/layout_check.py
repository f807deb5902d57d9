"""Find what a user would see cut off or overlapping in a shown window.

:func:`clipped_widgets` walks the visible widgets under a root and reports, in
words a reviewer can act on:

- text that does not fit its widget: a one-line label, a button, the current
  text of a combo box, the value of a read-only or short line edit, a spin or
  date box; a word-wrapped label cut at the bottom;
- a widget that sticks out of its parent (cut by the window's or a panel's
  edge); a scroll area that hides its content's right side with no scroll bar;
- two widgets of the same layout that overlap;
- a tab bar that had to hide tabs behind scroll buttons;
- cells and header sections of table and tree views whose text is cut.

It is a widget walker with no knowledge of the application, for tests and for
reviews. It aims at few false alarms: widgets that draw their own text (a
Python ``paintEvent``) and labels already showing an ellipsis elide on purpose;
what a scroll area has scrolled out of view is not looked at, nor are a
toolbar's overflow menu, a combo box's or spin box's inner parts, or widgets
placed by hand over others (a floating overlay is not in its parent's layout).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenuBar,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSizeGrip,
    QSplitterHandle,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

SLACK = 1  # px: rounding between a size hint and the geometry a layout gives
TEXT_CHARS = 40  # how much of a widget's text a report quotes
# A line edit whose text a user expects to read whole, not scroll through.
SHORT_FIELD = 16  # max length (characters) of a code-like field: currency, year

# Widgets that are parts of another widget; their owner is checked instead.
_INNER = (QScrollBar, QSizeGrip, QSplitterHandle, QHeaderView)


def clipped_widgets(root: QWidget) -> list[str]:
    """Readable descriptions of what is cut off or overlapping under ``root``; [] when all fits."""
    found: list[str] = _scroll_area_cut(root) if isinstance(root, QScrollArea) else []
    for widget, in_view in _walk(root):
        if in_view:
            found.extend(_text_cut(widget))
        found.extend(_sticks_out(widget, root))
        found.extend(_overlaps(widget))
        if isinstance(widget, QScrollArea):
            found.extend(_scroll_area_cut(widget))
        if isinstance(widget, QTabBar) and in_view:
            found.extend(_tabs_hidden(widget))
        if isinstance(widget, QMenuBar):
            found.extend(_menus_hidden(widget))
        if isinstance(widget, (QTableView, QTreeView)) and in_view:
            found.extend(_cells_cut(widget))
    return found


# -- walking -----------------------------------------------------------------------------------


def _walk(root: QWidget) -> Iterator[tuple[QWidget, bool]]:
    """Visible descendants (not separate windows), each with whether a user can see it."""
    stack: list[tuple[QWidget, QRect]] = [(root, root.rect())]
    while stack:
        parent, visible = stack.pop()  # visible: what of parent is on screen, in its coordinates
        if _opaque(parent):
            continue
        for child in parent.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child.isWindow() or not child.isVisible() or _skipped(child):
                continue
            area = visible.intersected(child.geometry()).translated(-child.pos())
            yield child, not area.isEmpty()
            if not area.isEmpty():
                stack.append((child, area))


def _opaque(widget: QWidget) -> bool:
    """Widgets whose children are their own inner parts."""
    return isinstance(widget, (QComboBox, QAbstractSpinBox, QTabBar, QMenuBar, QAbstractItemView))


def _skipped(widget: QWidget) -> bool:
    if isinstance(widget, _INNER):
        return True
    return widget.objectName() == "qt_toolbar_ext_button"


def _name(widget: QWidget, text: str = "") -> str:
    """``QComboBox#owner 'Amy Xu' (in DealPanel < BoardPage)``: what and where."""
    kind = type(widget).__name__
    name = widget.objectName()
    label = f"{kind}#{name}" if name and not name.startswith("qt_") else kind
    if text.strip():
        label += f" {_quote(text)}"
    where = _where(widget)
    return f"{label} (in {where})" if where else label


def _where(widget: QWidget) -> str:
    """The nearest named or custom ancestors: enough to find the widget in the code."""
    names: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow() and len(names) < 2:
        kind = type(parent).__name__
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            names.append(f"{kind}#{parent.objectName()}")
        elif not type(parent).__module__.startswith("PySide6"):
            names.append(kind)
        parent = parent.parentWidget()
    return " < ".join(names)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…")


def _draws_itself(widget: QWidget) -> bool:
    """A Python subclass with its own paintEvent decides how its text fits (e.g. elides it)."""
    for kind in type(widget).__mro__:
        if "paintEvent" in vars(kind):
            return not kind.__module__.startswith("PySide6")
    return False


# -- text that does not fit --------------------------------------------------------------------


def _text_cut(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label_cut(widget)
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return _check_cut(widget)
    if isinstance(widget, QAbstractButton):
        return _button_cut(widget)
    if isinstance(widget, QComboBox):
        return _combo_cut(widget)
    if isinstance(widget, QAbstractSpinBox):
        line = widget.findChild(QLineEdit)
        return _field_cut(widget, line, widget.text()) if line is not None else []
    if isinstance(widget, QLineEdit):
        return _line_cut(widget)
    return []


def _label_cut(label: QLabel) -> list[str]:
    text = label.text()
    if not text.strip() or _draws_itself(label):
        return []
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return [
                f"{_name(label, text)}: wrapped text needs {need} px high, has {label.height()} px"
            ]
        return []
    if "…" in text:  # already elided to the width it was given
        return []
    need = label.sizeHint().width()
    if need > label.width() + SLACK:
        return [f"{_name(label, text)}: {label.width()} px wide, its text needs {need} px"]
    return []


def _check_cut(button: QAbstractButton) -> list[str]:
    if not button.text().strip() or _draws_itself(button):
        return []
    need = button.sizeHint().width()  # indicator, spacing and text: no padding to spare
    if need > button.width() + SLACK:
        return [f"{_name(button, button.text())}: {button.width()} px wide, needs {need} px"]
    return []


def _button_cut(button: QAbstractButton) -> list[str]:
    """A push or tool button whose label (plus icon) is wider than its inside.

    Not the size hint: a push button's hint has a minimum width and padding that
    a narrower button can do without while its text still shows whole.
    """
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip() or _draws_itself(button):
        return []
    if isinstance(button.parentWidget(), QToolBar):
        return []  # a toolbar moves what does not fit into its overflow menu
    style = button.style()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    need = QFontMetrics(button.font()).horizontalAdvance(text) + 2 * frame + 2
    shape = _tool_style(button) if isinstance(button, QToolButton) else None
    if shape == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
        return []  # the text is the tooltip
    shows_icon = not button.icon().isNull() and shape != Qt.ToolButtonStyle.ToolButtonTextOnly
    if shape == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
        shows_icon = False  # the icon sits above the text, not beside it
    if shows_icon:
        need += button.iconSize().width() + 4
    if isinstance(button, QToolButton) and button.menu() is not None:
        need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    if need > button.width() + SLACK:
        return [f"{_name(button, text)}: {button.width()} px wide, its label needs {need} px"]
    return []


def _tool_style(button: QToolButton) -> Qt.ToolButtonStyle:
    shape = button.toolButtonStyle()
    if shape == Qt.ToolButtonStyle.ToolButtonFollowStyle:
        hint = button.style().styleHint(QStyle.StyleHint.SH_ToolButtonStyle, None, button)
        shape = Qt.ToolButtonStyle(hint)
    return shape


def _combo_cut(combo: QComboBox) -> list[str]:
    """The current text wider than the field the style draws it in (it is cut, not elided)."""
    text = combo.currentText()
    if not text.strip():
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.rect = combo.rect()
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.currentText = text
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    room = field.width() - 2
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > room + SLACK:
        return [f"{_name(combo, text)}: its text needs {need} px, the field has {room} px"]
    return []


def _line_cut(line: QLineEdit) -> list[str]:
    if line.width() + SLACK < line.minimumSizeHint().width():
        return [
            f"{_name(line, line.text())}: {line.width()} px wide, "
            f"less than its minimum {line.minimumSizeHint().width()} px"
        ]
    if line.isReadOnly() or 0 < line.maxLength() <= SHORT_FIELD:
        return _field_cut(line, line, line.text())
    if not line.hasFocus() and line.cursorPosition() > 0 and _field_cut(line, line, line.text()):
        # setText() leaves the cursor at the end: a long value shows its tail, its start cut.
        return [
            f"{_name(line, line.text())}: shows the end of its text, the start is cut "
            "(cursor left at the end)"
        ]
    return []


def _field_cut(owner: QWidget, line: QLineEdit, text: str) -> list[str]:
    """The text of a line edit (or a spin box's) wider than the room it has to show it."""
    if not text.strip() or line.echoMode() != QLineEdit.EchoMode.Normal:
        return []
    margins = line.textMargins()
    room = line.contentsRect().width() - margins.left() - margins.right() - 4  # 2 px each side
    if line.hasFrame():
        room -= 2 * line.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, line)
    need = QFontMetrics(line.font()).horizontalAdvance(text)
    if need > room + SLACK:
        return [f"{_name(owner, text)}: its text needs {need} px, has {room} px"]
    return []


# -- widgets cut by their parent, overlapping, hidden by a scroll area ---------------------


def _sticks_out(widget: QWidget, root: QWidget) -> list[str]:
    parent = widget.parentWidget()
    if parent is None or widget is root or isinstance(parent, QToolBar):
        return []
    if _scrolled_content(widget):
        return []  # a scroll area's content is larger than its viewport on purpose
    room = parent.rect()
    box = widget.geometry()
    over = []
    if box.left() < room.left() - SLACK:
        over.append(f"{room.left() - box.left()} px on the left")
    if box.right() > room.right() + SLACK:
        over.append(f"{box.right() - room.right()} px on the right")
    if box.bottom() > room.bottom() + SLACK:
        over.append(f"{box.bottom() - room.bottom()} px at the bottom")
    if not over:
        return []
    at = widget.mapTo(root, QPoint(0, 0))
    return [
        f"{_name(widget, _text_of(widget))}: cut by its parent {type(parent).__name__} "
        f"({', '.join(over)}; at x={at.x()} y={at.y()}, {box.width()}x{box.height()} px "
        f"in {room.width()}x{room.height()})"
    ]


def _scrolled_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    grand = parent.parentWidget() if parent is not None else None
    return isinstance(grand, QAbstractScrollArea) and parent is grand.viewport()


def _text_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    if callable(text):
        value = text()
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _overlaps(parent: QWidget) -> list[str]:
    layout = parent.layout()
    # isinstance, not "is None": a binding may hand back a stale wrapper of another type.
    if not isinstance(layout, QLayout) or isinstance(parent, (QToolBar, QAbstractScrollArea)):
        return []
    managed = [w for w in _layout_widgets(layout) if w.isVisible() and not w.isWindow()]
    found = []
    for n, first in enumerate(managed):
        for second in managed[n + 1 :]:
            shared = first.geometry().intersected(second.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                found.append(
                    f"{_name(first, _text_of(first))} overlaps "
                    f"{_name(second, _text_of(second))} by "
                    f"{shared.width()}x{shared.height()} px"
                )
    return found


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    from PySide6.QtWidgets import QStackedLayout

    if isinstance(layout, QStackedLayout):
        return  # one page at a time, all in the same place
    for n in range(layout.count()):
        item = layout.itemAt(n)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if isinstance(widget, QWidget):
            yield widget
        elif isinstance(inner, QLayout):
            yield from _layout_widgets(inner)


def _scroll_area_cut(area: QScrollArea) -> list[str]:
    """Content wider than the viewport where a user does not expect to scroll sideways.

    With no horizontal scroll bar its right side is simply gone; a form (a
    QFormLayout inside) that needs one has its fields and texts cut at the
    right until scrolled. A board of columns may scroll sideways on purpose.
    """
    content = area.widget()
    if content is None or not content.isVisible():
        return []
    room = area.viewport().width()
    need = max(content.width(), content.minimumSizeHint().width())
    if need <= room + SLACK:
        return []
    if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return [
            f"{_name(area)}: content needs {need} px wide, the view shows {room} px "
            "(no horizontal scroll bar)"
        ]
    if content.findChild(QFormLayout) is not None or isinstance(content.layout(), QFormLayout):
        return [
            f"{_name(area)}: the form needs {need} px wide, the view shows {room} px "
            "(its right side is cut until scrolled sideways)"
        ]
    return []


# -- tab bars and item views -------------------------------------------------------------------


def _tabs_hidden(bar: QTabBar) -> list[str]:
    for n in range(bar.count()):
        if not bar.isTabVisible(n):
            continue
        rect = bar.tabRect(n)
        if rect.left() < 0 or rect.right() > bar.width():
            names = ", ".join(_quote(bar.tabText(i)) for i in range(bar.count()))
            return [f"{_name(bar)}: not all tabs fit in {bar.width()} px ({names})"]
    return []


def _menus_hidden(bar: QMenuBar) -> list[str]:
    """Menus pushed into the menu bar's overflow (») button."""
    hidden = [
        action.text().replace("&", "")
        for action in bar.actions()
        if action.isVisible()
        and not action.isSeparator()
        and (
            bar.actionGeometry(action).isEmpty()
            or bar.actionGeometry(action).right() > bar.width() + SLACK
        )
    ]
    if hidden:
        return [f"{_name(bar)}: menus hidden behind » at {bar.width()} px: {', '.join(hidden)}"]
    return []


def _cells_cut(view: QAbstractItemView) -> list[str]:
    """Columns cut by the view's edge, numbers cut in cells, header titles cut.

    Names and other words may end in "…" in a narrow column (the view elides
    them, the tooltip or panel shows them whole); a number or date must show
    whole, and so must every word when the view does not elide.
    """
    model = view.model()
    if model is None:
        return []
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return []
    found = []
    shown = view.viewport().width()
    cut = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or c)
        for c in map(header.logicalIndex, range(header.count()))  # left to right
        if not header.isSectionHidden(c)
        and header.sectionPosition(c) + header.sectionSize(c) > shown + SLACK
    ]
    if cut:
        found.append(
            f"{_name(view)}: its columns need {header.length()} px, it shows {shown} px; "
            f"cut at the right edge or scrolled out of view: {', '.join(map(_quote, cut))}"
        )
    rows = _visible_rows(view)
    elides = view.textElideMode() != Qt.TextElideMode.ElideNone
    for column in range(model.columnCount(view.rootIndex())):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        left = header.sectionViewportPosition(column)
        if left + width <= 0 or left >= view.viewport().width():
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or column)
        worst = ("", 0)
        for index in rows:
            cell = model.index(index.row(), column, index.parent())
            text = str(cell.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text.strip() or (elides and not _numeric(text)):
                continue
            need = _cell_need(view, cell)
            if isinstance(view, QTreeView) and column == 0:
                need += view.indentation() * (_depth(cell) + (1 if view.rootIsDecorated() else 0))
            if need > worst[1]:
                worst = (text, need)
        if worst[1] > width + SLACK:
            found.append(
                f"{_name(view)} column {_quote(title)}: {width} px, "
                f"a cell needs {worst[1]} px ({_quote(worst[0])})"
            )
        if not header.isHidden():
            need = _section_need(header, column, title)
            if need > width + SLACK:
                found.append(
                    f"{_name(view)} header {_quote(title)}: {width} px, its title needs {need} px"
                )
    return found


_NUMBER = re.compile(r"[\d\s.,:/%+\-−–~≈¥$€£#()]*\d[\d\s.,:/%+\-−–~≈¥$€£#()]*\S{0,3}")


def _numeric(text: str) -> bool:
    """A number, amount, date or count, perhaps with a short unit (万, K, d, 天)."""
    return _NUMBER.fullmatch(text.strip()) is not None


def _section_need(header: QHeaderView, column: int, title: str) -> int:
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    need = QFontMetrics(header.font()).horizontalAdvance(title) + 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return need


def _visible_rows(view: QAbstractItemView) -> list[QModelIndex]:
    rows = []
    height = view.viewport().height()
    index = view.indexAt(QPoint(1, 1))
    while index.isValid():
        index = index.siblingAtColumn(0)
        rect = view.visualRect(index)
        if rect.top() >= height or rect.height() <= 0:
            break
        rows.append(index)
        index = view.indexBelow(index) if isinstance(view, QTreeView) else _next_row(view, index)
    return rows


def _next_row(view: QAbstractItemView, index: QModelIndex) -> QModelIndex:
    model = view.model()
    row = index.row() + 1
    while row < model.rowCount(index.parent()):
        if not (isinstance(view, QTableView) and view.isRowHidden(row)):
            return model.index(row, 0, index.parent())
        row += 1
    return QModelIndex()


def _cell_need(view: QAbstractItemView, index: QModelIndex) -> int:
    if isinstance(view, QTableView) and view.indexWidget(index) is not None:
        return 0
    delegate = view.itemDelegateForIndex(index)
    if delegate is None:
        return 0
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.font = view.font()
    return int(delegate.sizeHint(option, index).width())


def _depth(index: QModelIndex) -> int:
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth
