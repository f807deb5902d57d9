"""Paints a deal card (and a swimlane's title row) in one column list.

One delegate serves every column. All cards share one height (the views use
uniform item sizes), derived from the font so that larger text for a
projector grows the cards with it. Fonts, pens and elided texts are cached
per font: a scroll frame then repaints a column's visible cards without
recomputing their texts, and View ▸ Larger text lays them out again at once.

A title takes up to two lines; what still does not fit is elided in the
middle, so two deals whose names share a long beginning ("Regulatory
reporting platform…") still read differently. Lane titles do the same; the
full texts are in the tooltips.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPixmapCache,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from desktop.board import style
from desktop.board.column_model import LANE_ROLE, VIEW_ROLE
from desktop.board.labels import support_label
from desktop.board.store import CardView
from desktop.i18n import lang
from model.board import Badges, LaneHeader, compact_amount
from model.methodology import load_methodology

Index = QModelIndex | QPersistentModelIndex

MARGIN_X, MARGIN_Y, PAD = 6, 4, 9
LINES = 5
PROTECTION_URGENT_DAYS = 14  # the countdown turns red with this many days left
"""Text lines of a card above its badges: two for the title, account, amount, owner."""


def two_lines(text: str, font: QFont, width: int) -> tuple[str, str]:
    """``text`` on up to two lines of ``width`` pixels in ``font``.

    The first line breaks at a word (or, for Chinese, anywhere); the rest goes
    on the second line, elided in the middle when it is still too long, so
    the ends of two titles with the same beginning stay visible. A second
    line never holds a lone character ("…扩" / "容"): the break moves one
    earlier. The second line is "" when the text fits on one.
    """
    fm = QFontMetrics(font)
    if width <= 0 or fm.horizontalAdvance(text) <= width:
        return text, ""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    n = line.textLength() if line.isValid() else 0
    layout.endLayout()
    n = max(1, n)
    if n >= 3 and len(text[n:].strip()) == 1 and not text[n - 1].isspace():
        n -= 1  # Chinese breaks anywhere: take a second character down, not one orphan
    first, rest = text[:n].rstrip(), text[n:].strip()
    if fm.horizontalAdvance(first) > width:  # a single word wider than the card
        first = fm.elidedText(first, Qt.TextElideMode.ElideRight, width)
    return first, fm.elidedText(rest, Qt.TextElideMode.ElideMiddle, width)


@dataclass
class _Fonts:
    """Fonts and metrics for one base font; rebuilt only when the font changes."""

    key: str
    title: QFont
    body: QFont
    small: QFont
    fm_title: QFontMetrics
    fm_body: QFontMetrics
    fm_small: QFontMetrics
    line: int
    badge_h: int
    height: int


def _fonts(base: QFont) -> _Fonts:
    title = QFont(base)
    title.setBold(True)
    body = QFont(base)
    small = QFont(base)
    small.setPointSizeF(max(7.0, base.pointSizeF() * 0.86))
    fm_title, fm_body, fm_small = QFontMetrics(title), QFontMetrics(body), QFontMetrics(small)
    line = max(fm_title.height(), fm_body.height()) + 2
    badge_h = fm_small.height() + 4
    height = 2 * MARGIN_Y + 2 * PAD + LINES * line + 4 + badge_h
    return _Fonts(
        base.key(), title, body, small, fm_title, fm_body, fm_small, line, badge_h, height
    )


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class _Badge:
    kind: str  # elements, exits, coach, kdm, risks
    text: str
    short: str
    fg: QColor
    bg: QColor
    outline: bool = False


@dataclass
class _Plan:
    name: str
    name2: str  # the title's second line, "" when it fits on one
    account: str
    close: str
    owner: str
    days: str
    name_rect: QRect
    name2_rect: QRect
    account_rect: QRect
    amount_rect: QRect
    owner_rect: QRect
    days_rect: QRect
    badges: list[tuple[QRect, _Badge, str]]


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._f: _Fonts | None = None
        self._compact: dict[tuple[str, str, int], bool] = {}
        self.currency = ""  # the board's usual currency, for lane totals
        # Translated once: tr() on every paint shows in a scroll frame's time.
        self._t_days = self.tr("{n} d")
        self._t_in = self.tr("in {stage}")
        self._t_no_owner = self.tr("No owner")
        self._t_coach = self.tr("Coach")
        self._t_awaiting = "⚑ " + self.tr("Awaiting approval")
        self._t_left = self.tr("{n} d left")  # the protection countdown (P3.PROTECT.2)
        self._t_expired = self.tr("Expired")
        self._t_public = self.tr("Public field")
        self._t_expired_short = self.tr("Exp.")  # on narrow cards
        self._t_public_short = self.tr("Public")
        self._border = QPen(style.CARD_BORDER, 1)
        self._hover = QPen(style.CARD_HOVER, 1)
        self._selected = QPen(style.SELECTED_BORDER, 2)
        self._focus = QPen(style.SELECTED_BORDER, 1, Qt.PenStyle.DotLine)
        # About 600 cards of 180×110 pixels; drawn cards are blitted, not painted again.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 48 * 1024))

    def fonts(self, base: QFont) -> _Fonts:
        if self._f is None or self._f.key != base.key():
            self._f = _fonts(base)
        return self._f

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(max(120, option.rect.width()), self.fonts(option.font).height)

    # -- painting -----------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        f = self.fonts(option.font)
        lane = index.data(LANE_ROLE)
        if isinstance(lane, LaneHeader):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_lane(painter, option.rect, lane, f)
            painter.restore()
            return
        view = index.data(VIEW_ROLE)
        if isinstance(view, CardView):
            state = QStyle.StateFlag
            selected = bool(option.state & state.State_Selected)
            hover = bool(option.state & state.State_MouseOver)
            painter.drawPixmap(
                option.rect.topLeft(),
                self._pixmap(painter, option.rect.size(), view, f, selected, hover),
            )
            if option.state & state.State_HasFocus:  # the keyboard's card: a ring around it
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(self._focus)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                ring = option.rect.adjusted(MARGIN_X - 3, MARGIN_Y - 3, 3 - MARGIN_X, 3 - MARGIN_Y)
                painter.drawRoundedRect(QRectF(ring).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
                painter.restore()

    def _pixmap(
        self, painter: QPainter, size: QSize, v: CardView, f: _Fonts, selected: bool, hover: bool
    ) -> QPixmap:
        """The card as an image, cached: scrolling and drops mostly blit cards already drawn."""
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        state = f"{size.width()}x{size.height()}:{selected:d}{hover:d}:{dpr}"
        key = f"kan-card:{v.serial}:{state}:{f.key}"
        found = QPixmap()
        if QPixmapCache.find(key, found):
            return found
        pixmap = QPixmap(size * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_card(p, QRect(QPoint(0, 0), size), v, f, selected, hover)
        p.end()
        QPixmapCache.insert(key, pixmap)
        return pixmap

    def _paint_card(
        self, painter: QPainter, rect: QRect, v: CardView, f: _Fonts, selected: bool, hover: bool
    ) -> None:
        card = rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        painter.setPen(self._selected if selected else self._hover if hover else self._border)
        painter.setBrush(style.SELECTED_BG if selected else style.CARD_BG)
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if v.status != "open" or v.badges.awaiting_approval:
            # A thin strip: the outcome of a closed card; amber while a forced move waits.
            painter.setPen(Qt.PenStyle.NoPen)
            outcome = style.ACCENTS.get(v.status, style.GREY)
            painter.setBrush(outcome if v.status != "open" else style.AMBER)
            painter.drawRoundedRect(
                QRectF(card.left() + 1, card.top() + 6, 3, card.height() - 12), 1.5, 1.5
            )
        plan = self._plan(v, card.width() - 2 * PAD, f)
        painter.translate(card.left() + PAD, card.top() + PAD - 1)
        painter.setFont(f.title)
        painter.setPen(style.TEXT)
        painter.drawText(plan.name_rect, _LEFT, plan.name)
        if plan.name2:
            painter.drawText(plan.name2_rect, _LEFT, plan.name2)
        painter.drawText(plan.amount_rect, _LEFT, v.amount)
        painter.setFont(f.body)
        painter.setPen(style.TEXT_2)
        painter.drawText(plan.account_rect, _LEFT, plan.account)
        painter.drawText(plan.owner_rect, _LEFT, plan.owner)
        if plan.close:
            painter.setPen(style.RED if v.close_late else style.TEXT_2)
            painter.drawText(plan.amount_rect, _RIGHT, plan.close)
        painter.setFont(f.small)
        if v.overdue:
            self._pill(painter, plan.days_rect, style.AMBER_BG, None)
            painter.setPen(style.AMBER)
        else:
            painter.setPen(style.TEXT_3)
        painter.drawText(plan.days_rect, Qt.AlignmentFlag.AlignCenter, plan.days)
        for rect, badge, text in plan.badges:
            if badge.kind == "elements":
                self._paint_dots(painter, rect, v, f)
            else:
                self._pill(painter, rect, badge.bg, badge.fg if badge.outline else None)
                painter.setPen(badge.fg)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _plan(self, v: CardView, w: int, f: _Fonts) -> _Plan:
        """Texts and places of one card at one width, relative to its inner corner; cached
        per font (larger text lays the card out again)."""
        key = ("plan:" + f.key, w)
        found = v.elided.get(key)
        if isinstance(found, _Plan):
            return found
        line = f.line
        days = (
            self._t_in.format(stage=v.stage)
            if v.usual_days is None
            else self._t_days.format(n=v.days)
        )
        days_w = f.fm_small.horizontalAdvance(days) + 10
        amount_w = f.fm_title.horizontalAdvance(v.amount)
        owner_w = max(0, w - days_w - 6)
        elide = Qt.TextElideMode.ElideRight
        name, name2 = two_lines(v.name, f.title, w)
        close_w = max(0, w - amount_w - 8)
        close = v.close
        if close and f.fm_body.horizontalAdvance(close) > close_w and v.close_short:
            close = v.close_short  # "27年2月" beside "¥1157万" rather than "2027年…"
        plan = _Plan(
            name=name,
            name2=name2,
            account=f.fm_body.elidedText(v.account, elide, w),
            close=f.fm_body.elidedText(close, elide, close_w) if close else "",
            owner=f.fm_body.elidedText(v.owner or self._t_no_owner, elide, owner_w),
            days=days,
            name_rect=QRect(0, 0, w, line),
            name2_rect=QRect(0, line, w, line),
            account_rect=QRect(0, 2 * line, w, line),
            amount_rect=QRect(0, 3 * line, w, line),
            owner_rect=QRect(0, 4 * line, owner_w, line),
            days_rect=QRect(w - days_w, 4 * line + (line - f.badge_h) // 2, days_w, f.badge_h),
            badges=self._badge_layout(v, QRect(0, LINES * line + 4, w, f.badge_h), f),
        )  # fmt: skip
        v.elided[key] = plan
        return plan

    def _paint_dots(self, painter: QPainter, rect: QRect, v: CardView, f: _Fonts) -> None:
        b = v.badges
        d = max(5, f.badge_h // 2 - 1) if rect.width() > 5 * 5 + 4 * 2 else 5
        gap = (rect.width() - 5 * d) / 4
        colour = style.GREEN if b.elements_complete else style.BLUE
        cy = rect.center().y() - d / 2 + 1
        painter.setPen(QPen(colour, 1))
        for n in range(b.elements_total):
            painter.setBrush(colour if n < b.elements else style.CARD_BG)
            painter.drawEllipse(QRectF(rect.left() + n * (d + gap), cy, d, d))

    @staticmethod
    def _pill(painter: QPainter, rect: QRect, bg: QColor, outline: QColor | None) -> None:
        painter.setPen(QPen(outline, 1) if outline is not None else Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        r = rect.height() / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), r, r)

    def _paint_lane(self, painter: QPainter, rect: QRect, lane: LaneHeader, f: _Fonts) -> None:
        """A lane's banner: whose cards follow, and how many and how much in this column."""
        band = rect.adjusted(2, MARGIN_Y, -2, -MARGIN_Y)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LANE_BG)
        painter.drawRoundedRect(QRectF(band), 5, 5)
        painter.setBrush(style.BLUE)
        painter.drawRoundedRect(QRectF(band.left(), band.top() + 8, 3, f.line * 2), 1.5, 1.5)
        inner = band.adjusted(PAD + 2, 8, -PAD, -PAD)
        first, second, figures = self.lane_texts(lane, inner.width(), f)
        painter.setFont(f.title)
        painter.setPen(style.TEXT)
        top = inner.top()
        for text in (first, second) if second else (first,):
            painter.drawText(QRect(inner.left(), top, inner.width(), f.line), _LEFT, text)
            top += f.line
        painter.setFont(f.small)
        painter.setPen(style.TEXT_2)
        painter.drawText(QRect(inner.left(), top, inner.width(), f.line), _LEFT, figures)

    def lane_name(self, lane: LaneHeader) -> str:
        return lane.label or self._t_no_owner

    def lane_figures(self, lane: LaneHeader) -> str:
        if not lane.count:
            return self.tr("none here")
        total = compact_amount(lane.total, self.currency, lang())
        return self.tr("{n} · {total}").format(n=lane.count, total=total)

    def lane_texts(self, lane: LaneHeader, width: int, f: _Fonts) -> tuple[str, str, str]:
        """A lane title on up to two lines (elided in the middle), and its figures."""
        first, second = two_lines(self.lane_name(lane), f.title, width)
        return first, second, self.lane_figures(lane)

    def lane_tooltip(self, lane: LaneHeader) -> str:
        return f"{self.lane_name(lane)}\n{self.lane_figures(lane)}"

    def lane_inner_width(self, rect: QRect) -> int:
        """Width of a lane banner's text in a row of ``rect`` (as painted)."""
        return rect.adjusted(2, MARGIN_Y, -2, -MARGIN_Y).adjusted(PAD + 2, 8, -PAD, -PAD).width()

    def card_plan(self, v: CardView, option: QStyleOptionViewItem) -> _Plan:
        """The texts and rectangles of a card as painted in ``option.rect``: the
        layout tests and tooltips read."""
        f = self.fonts(option.font)
        card = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        return self._plan(v, card.width() - 2 * PAD, f)

    # -- layout shared by painting and tooltips --------------------------------------

    def _badges(self, v: CardView) -> list[_Badge]:
        b = v.badges
        out = [_Badge("elements", "", "", style.BLUE, style.BLUE_BG)]
        if b.exits_total:
            done = b.exits_complete
            out.append(
                _Badge(
                    "exits",
                    f"✓ {b.exits}/{b.exits_total}",
                    f"{b.exits}/{b.exits_total}",
                    style.GREEN if done else style.GREY,
                    style.GREEN_BG if done else style.GREY_BG,
                )
            )
        coach = self._t_coach
        if b.coach:
            out.append(_Badge("coach", coach, coach[:1], style.GREEN, style.GREEN_BG))
        else:
            out.append(_Badge("coach", coach, coach[:1], style.TEXT_3, style.CARD_BG, outline=True))
        sign = "" if b.kdm_support is None else f"{b.kdm_support:+d}" if b.kdm_support else "0"
        fg, bg = style.support_colours(b.kdm_support)
        out.append(_Badge("kdm", f"KDM {sign or '?'}", f"K{sign or '?'}", fg, bg))
        if b.awaiting_approval:
            awaiting = self._t_awaiting
            out.append(_Badge("approval", awaiting, "⚑", style.AMBER, style.AMBER_BG, True))
        if b.protection:
            out.append(self._protection_badge(b))
        if b.risks:
            out.append(
                _Badge("risks", f"⚠ {len(b.risks)}", f"⚠{len(b.risks)}", style.RED, style.RED_BG)
            )
        return out

    def _protection_badge(self, b: Badges) -> _Badge:
        """The countdown: days left (red from 14 on), expired, or in the public field."""
        if b.protection == "public":
            short = self._t_public_short
            return _Badge("protection", self._t_public, short, style.AMBER, style.AMBER_BG, True)
        if b.protection == "expired":
            short = self._t_expired_short
            return _Badge("protection", self._t_expired, short, style.RED, style.RED_BG, True)
        n = b.protection_days or 0
        urgent = n <= PROTECTION_URGENT_DAYS
        fg, bg = (style.RED, style.RED_BG) if urgent else (style.GREY, style.GREY_BG)
        return _Badge("protection", self._t_left.format(n=n), f"{n}d", fg, bg)

    def compact_badges(self, width: int, f: _Fonts) -> bool:
        """Whether cards ``width`` pixels wide (inside) draw the short badge texts.

        One rule for every card of that width, so all columns (which share one
        card width) read alike: the long form ("Coach", "KDM ?") only when a
        card with exits, coach, KDM and a warning has room for it in long form.
        """
        key = ("compact", f.key, width)
        found = self._compact.get(key)
        if found is None:
            sample = [
                _Badge("elements", "", "", style.BLUE, style.BLUE_BG),
                _Badge("exits", "✓ 10/10", "10/10", style.GREY, style.GREY_BG),
                _Badge("coach", self._t_coach, self._t_coach[:1], style.GREY, style.GREY_BG),
                _Badge("kdm", "KDM +2", "K+2", style.GREY, style.GREY_BG),
                _Badge("risks", "⚠ 9", "⚠9", style.GREY, style.GREY_BG),
            ]
            found = self._row_width(sample, False, f) > width
            self._compact[key] = found
        return found

    @staticmethod
    def _widths(badges: list[_Badge], compact: bool, f: _Fonts) -> tuple[list[str], list[int]]:
        pad = 8 if compact else 12
        d = 5 if compact else max(5, f.badge_h // 2 - 1)
        dots_w = 5 * d + 4 * (2 if compact else 3)
        texts = [b.short if compact else b.text for b in badges]
        widths = [
            dots_w if b.kind == "elements" else f.fm_small.horizontalAdvance(t) + pad
            for b, t in zip(badges, texts, strict=True)
        ]
        return texts, widths

    def _row_width(self, badges: list[_Badge], compact: bool, f: _Fonts) -> int:
        widths = self._widths(badges, compact, f)[1]
        return sum(widths) + (3 if compact else 4) * (len(widths) - 1)

    def _badge_layout(self, v: CardView, row: QRect, f: _Fonts) -> list[tuple[QRect, _Badge, str]]:
        """Badges left to right; on narrow cards shorter labels, tighter pills, smaller dots.

        The form depends on the card width only (:meth:`compact_badges`). A
        forced move's long "⚑ Awaiting approval" shrinks to "⚑" when the row
        has no room for it; the risk badge comes last and matters most, so a
        row that still does not fit drops the coach and KDM badges before it
        would clip the warning.
        """
        badges = self._badges(v)
        compact = self.compact_badges(row.width(), f)
        gap = 3 if compact else 4
        texts, widths = self._widths(badges, compact, f)
        if sum(widths) + gap * (len(widths) - 1) > row.width():
            for i, b in enumerate(badges):
                if b.kind == "approval" and not compact:
                    texts[i] = b.short
                    widths[i] = f.fm_small.horizontalAdvance(b.short) + 12
        while sum(widths) + gap * (len(widths) - 1) > row.width() and len(badges) > 2:
            n = next((i for i, b in enumerate(badges) if b.kind in ("coach", "kdm")), 1)
            del badges[n], texts[n], widths[n]
        out = []
        x = row.left()
        for b, text, bw in zip(badges, texts, widths, strict=True):
            bw = min(bw, max(0, row.right() - x + 1))
            if bw <= 0:
                break
            out.append((QRect(x, row.top(), bw, row.height()), b, text))
            x += bw + gap
        return out

    # -- tooltips -----------------------------------------------------------------------

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        lane = index.data(LANE_ROLE)
        if isinstance(lane, LaneHeader):
            QToolTip.showText(event.globalPos(), self.lane_tooltip(lane), view)
            return True
        v = index.data(VIEW_ROLE)
        if not isinstance(v, CardView):
            return super().helpEvent(event, view, option, index)
        text = self.tooltip_at(v, option, event.pos())
        if text:
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """A click on the ⚠ badge opens the method at the card's first warning."""
        if (
            isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
        ):
            v = index.data(VIEW_ROLE)
            risks = v.badges.risks if isinstance(v, CardView) else ()
            if risks and self.badge_at(v, option, event.position().toPoint()) == "risks":
                from desktop.method_help import open_method_help

                open_method_help(risks[0])
                return True
        return super().editorEvent(event, model, option, index)

    def _hit(
        self, v: CardView, option: QStyleOptionViewItem, pos: QPoint
    ) -> tuple[_Plan, QPoint, str]:
        """The card's plan, ``pos`` (view coordinates) in the plan's, and the kind of
        the badge there ("" when none)."""
        f = self.fonts(option.font)
        card = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        plan = self._plan(v, card.width() - 2 * PAD, f)
        local = pos - QPoint(card.left() + PAD, card.top() + PAD - 1)
        for rect, badge, _text in plan.badges:
            if rect.adjusted(-2, -2, 2, 2).contains(local):
                return plan, local, badge.kind
        return plan, local, ""

    def badge_at(self, v: CardView, option: QStyleOptionViewItem, pos: QPoint) -> str:
        """The kind of the badge under ``pos`` (view coordinates); "" when none."""
        return self._hit(v, option, pos)[2]

    def tooltip_at(self, v: CardView, option: QStyleOptionViewItem, pos: QPoint) -> str:
        """The explanation of the badge (or the days) under the mouse; "" elsewhere."""
        plan, local, kind = self._hit(v, option, pos)
        if kind:
            return self.badge_tooltip(v, kind)
        if plan.days_rect.adjusted(-2, -2, 2, 2).contains(local):
            return self.days_tooltip(v)
        if v.close and plan.amount_rect.contains(local):
            return self.close_tooltip(v)
        return ""

    def close_tooltip(self, v: CardView) -> str:
        if v.close_late:
            return self.tr("Expected to close {day}: that date has passed.").format(day=v.close)
        return self.tr("Expected to close {day}").format(day=v.close)

    def badge_tooltip(self, v: CardView, kind: str) -> str:
        method = load_methodology()
        b = v.badges
        if kind == "elements":
            return self.tr(
                "Five elements verified: {n} of {m}. A valid opportunity (P3) needs all five "
                "checked by the rep and confirmed by the manager."
            ).format(n=b.elements, m=b.elements_total)
        if kind == "exits":
            return self.tr("Exit criteria of the current stage met: {n} of {m}.").format(
                n=b.exits, m=b.exits_total
            )
        if kind == "coach":
            return (
                self.tr("A coach (内部教练) inside the customer shows us how to sell there.")
                if b.coach
                else self.tr("No coach yet: develop one among KI/KU middle or senior managers.")
            )
        if kind == "kdm":
            return self.tr("Key decision maker's support: {label}.").format(
                label=support_label(b.kdm_support)
            )
        if kind == "protection":
            return self.protection_tooltip(b)
        if kind == "approval":
            return self.tr(
                "Awaiting approval: moved past an unmet gate by someone without a manager "
                "role. A manager approves the move or reverts it in the deal panel."
            )
        if kind == "risks":
            not_yet = [r for r in b.risks if r.startswith("RISK.NOT_YET.")]
            rules = [r for r in b.risks if r not in not_yet]
            parts = []
            for head, ids in (
                (self.tr("Not yours yet:"), not_yet),
                (self.tr("Method rules not met:"), rules),
            ):
                if ids:
                    parts.append("\n".join([head, *(f"• {method.text(r, lang())}" for r in ids)]))
            hint = self.tr("Click the badge to read about it in the method.")
            return "\n".join([*parts, hint])
        return ""

    def protection_tooltip(self, b: Badges) -> str:
        if b.protection == "public":
            return self.tr(
                "In the public field: nobody protects this deal; any member may claim it."
            )
        if b.protection == "expired":
            return self.tr(
                "The protection period has expired: penalise the owner, release the deal "
                "to the public field or transfer it (the deal panel's ⋯ menu)."
            )
        return self.tr("Protected for its owner for {n} more days.").format(
            n=b.protection_days or 0
        )

    def days_tooltip(self, v: CardView) -> str:
        if v.usual_days is None:
            return ""
        if v.overdue:
            return self.tr("{n} days in this stage; it usually takes {usual}.").format(
                n=v.days, usual=v.usual_days
            )
        return self.tr("{n} days in this stage (usually up to {usual}).").format(
            n=v.days, usual=v.usual_days
        )
