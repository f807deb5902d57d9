"""The presentation window: one account per slide, full screen, driven by the keyboard.

A slide shows the account (name, owner, industry, region) and either its open
deals beside its next steps, or its decision-chain map with the best route to
the KDM lit (M switches; the choice stays from slide to slide). Type scales
with the window, so a 1366×768 projector and a 1920×1080 screen both read
from the back of the room; lines too long for their place are cut with "…",
and a list longer than the slide ends with "+ n more".

Keys: → Space PgDn next; ← PgUp Backspace back; Home End first and last; a
number jumps to that slide (digits typed quickly add up: 1 then 2 is slide 12);
M map or deals; Esc leaves. Each slide is read when shown, so a presentation
left open shows what the workspace holds now. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.board import style
from desktop.context import WorkspaceContext
from desktop.i18n import lang
from desktop.labels import amount, join_list, stage_label
from desktop.presentation.start import StartChoice, tr
from graph import Route
from model.board import short_day
from model.presentation import AccountSlide, SlideDeal, SlideStep, account_slide

BASE_SIZE = (1366.0, 768.0)
"""The window size at which type has its base pixel sizes below; larger scales up."""
TITLE_PX, BODY_PX, SMALL_PX, FOOTER_PX = 40.0, 25.0, 19.0, 17.0
DIGIT_WAIT_MS = 1200
"""Digits typed within this time of each other form one slide number."""
MAX_MAP_ZOOM = 1.6
"""A small chain is not blown up past this: cards the size of the screen help nobody."""

BACKGROUND = QColor("#FFFFFF")
INK = style.TEXT
MUTED = style.TEXT_2
ELEMENT_COLOURS = {"verified": style.GREEN, "claimed": style.AMBER}


def element_short(element: str) -> str:
    """A word for each of the five elements, for a slide's small line."""
    return {
        "P3.FIVE.1": tr("Buyer"),
        "P3.FIVE.2": tr("Need"),
        "P3.FIVE.3": tr("Fit"),
        "P3.FIVE.4": tr("Budget"),
        "P3.FIVE.5": tr("Timing"),
    }.get(element, element)


class Line(QLabel):
    """A one-line label that cuts its text with "…" when it is too long for its place.

    ``text()`` stays the whole text (tests and tooltips read it).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = QFontMetrics(self.font()).elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, int(self.alignment()) | int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


def _coloured(widget: QWidget, colour: QColor) -> None:
    widget.setStyleSheet(f"color: {colour.name()}; background: transparent;")


class DealBlock(QWidget):
    """One open deal: stage, name and amount; below, exit criteria, five elements, close."""

    def __init__(self, deal: SlideDeal, account_owner: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.deal = deal
        self.setObjectName(f"slideDeal_{deal.id}")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.stage = QLabel(f" {deal.stage} · {stage_label(deal.stage)} ")
        accent = style.ACCENTS.get(deal.stage, style.GREY)
        self.stage.setStyleSheet(
            f"color: white; background: {accent.name()}; border-radius: 4px; padding: 0 6px;"
        )
        self.name = Line(deal.name)
        _coloured(self.name, INK)
        self.amount = QLabel(amount(deal.amount, deal.currency))
        _coloured(self.amount, INK)
        top.addWidget(self.stage)
        top.addWidget(self.name, 1)
        top.addWidget(self.amount)
        box.addLayout(top)
        # The second line: exit criteria and the element dots stay whole; the rest
        # (which elements are open, the close, another owner) is cut when too long.
        below = QHBoxLayout()
        below.setSpacing(0)
        head = []
        if deal.exits_total:
            head.append(
                tr("Unmet exit criteria {n}/{total}").format(
                    n=deal.exits_unmet, total=deal.exits_total
                )
            )
        head.append(tr("Five elements"))
        self.exits = QLabel(" · ".join(head) + " ")
        self.dots = QLabel(
            "".join(
                f"<span style='color:{ELEMENT_COLOURS.get(status, style.TEXT_3).name()}'>●</span>"
                for _, status in deal.elements
            )
        )
        self.dots.setTextFormat(Qt.TextFormat.RichText)
        missing = [element_short(e) for e, status in deal.elements if status != "verified"]
        rest = [f" {deal.elements_verified}/{len(deal.elements)}"]
        if missing and len(missing) < len(deal.elements):
            rest[0] += " " + tr("(open: {names})").format(names=join_list(missing, complete=False))
        if deal.expected_close is not None:
            rest.append(tr("closes {day}").format(day=short_day(deal.expected_close, lang())))
        if deal.owner and deal.owner != account_owner:
            rest.append(deal.owner)
        self.rest = Line(" · ".join(rest))
        for label in (self.exits, self.dots, self.rest):
            _coloured(label, MUTED)
        self.dots.setStyleSheet("background: transparent;")
        below.addWidget(self.exits)
        below.addWidget(self.dots)
        below.addWidget(self.rest, 1)
        box.addLayout(below)

    def facts(self) -> str:
        """The second line as plain text (the dots as one mark per element)."""
        dots = "".join("●" if s == "verified" else "○" for _, s in self.deal.elements)
        return self.exits.text() + dots + self.rest.text()

    def set_fonts(self, body: QFont, small: QFont) -> None:
        bold = QFont(body)
        bold.setBold(True)
        for label in (self.name, self.amount):
            label.setFont(bold)
        for label in (self.stage, self.exits, self.dots, self.rest):
            label.setFont(small)


class StepBlock(QWidget):
    """One open next step: what to do; below, when it is due (or how late) and the deal."""

    def __init__(self, step: SlideStep, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"slideStep_{step.activity_id}")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.what = Line(("⚠ " if step.overdue else "") + (step.text or tr("(no text)")))
        _coloured(self.what, style.RED if step.overdue else INK)
        box.addWidget(self.what)
        parts = []
        if step.due is not None and step.overdue:
            parts.append(
                tr("overdue since {day} ({n} d)").format(
                    day=short_day(step.due, lang(), today), n=(today - step.due).days
                )
            )
        elif step.due is not None:
            parts.append(tr("due {day}").format(day=short_day(step.due, lang(), today)))
        else:
            parts.append(tr("no due day"))
        if step.deal:
            parts.append(step.deal)
        self.when = Line(" · ".join(parts))
        _coloured(self.when, style.RED if step.overdue else MUTED)
        box.addWidget(self.when)

    def set_fonts(self, body: QFont, small: QFont) -> None:
        self.what.setFont(body)
        self.when.setFont(small)


class Column(QWidget):
    """A heading and as many blocks as fit its height; the rest become "+ n more"."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        _coloured(self.heading, INK)
        self.box.addWidget(self.heading)
        self.blocks: list[DealBlock | StepBlock] = []
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        _coloured(self.empty, MUTED)
        self.box.addWidget(self.empty)
        self.more = QLabel()
        self.more.setObjectName("more")
        _coloured(self.more, MUTED)
        self.box.addWidget(self.more)
        self.box.addStretch(1)
        self.fonts = (QFont(), QFont(), QFont())
        self.row_height = 1
        self.gap = 8

    def fill(self, heading: str, blocks: list[DealBlock | StepBlock], empty: str) -> None:
        for old in self.blocks:
            old.setParent(None)
            old.deleteLater()
        self.blocks = blocks
        self.heading.setText(heading)
        self.empty.setText(empty)
        self.empty.setVisible(not blocks)
        for i, block in enumerate(blocks):
            self.box.insertWidget(1 + i, block)
            block.set_fonts(self.fonts[1], self.fonts[2])
        self.fit()

    def set_fonts(self, heading: QFont, body: QFont, small: QFont) -> None:
        self.fonts = (heading, body, small)
        self.heading.setFont(heading)
        self.empty.setFont(body)
        self.more.setFont(small)
        for block in self.blocks:
            block.set_fonts(body, small)
        self.gap = round(QFontMetrics(small).height() * 0.6)
        self.box.setSpacing(self.gap)
        self.row_height = QFontMetrics(body).height() + QFontMetrics(small).height() + 4
        self.fit()

    def shown(self) -> list[DealBlock | StepBlock]:
        return [b for b in self.blocks if not b.isHidden()]

    def fit(self) -> None:
        """Show the blocks that fit the column's height, and "+ n more" for the others."""
        heading = QFontMetrics(self.fonts[0]).height() + self.gap
        more = QFontMetrics(self.fonts[2]).height() + self.gap
        room = max(0, self.height() - heading)
        capacity = max(1, room // (self.row_height + self.gap))
        if len(self.blocks) > capacity:
            capacity = max(1, (room - more) // (self.row_height + self.gap))
        for i, block in enumerate(self.blocks):
            block.setVisible(i < capacity)
        hidden = max(0, len(self.blocks) - capacity)
        self.more.setText(tr("+ {n} more").format(n=hidden) if hidden else "")
        self.more.setVisible(bool(hidden))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class MapSlide(QWidget):
    """The account's decision chain, drawn by the map's own scene, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.map.scene import MapScene

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.scene = MapScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setObjectName("presentationMap")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setInteractive(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        box.addWidget(self.view, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _coloured(self.empty, MUTED)
        box.addWidget(self.empty, 1)
        self.route = Line()
        self.route.setObjectName("routeLine")
        _coloured(self.route, INK)
        box.addWidget(self.route)
        self.account_id: int | None = None
        self.routes: tuple[Route, ...] = ()
        self.lit = False  # faded cards cannot be read from the back of the room: off at first

    def show_account(self, ctx: WorkspaceContext, account_id: int) -> None:
        from desktop.map.data import build_map_data
        from graph import best_route_to_kdm
        from graph.from_model import org_data

        self.account_id = account_id
        org = ctx.read(org_data, account_id)
        data = build_map_data(org, account_id=account_id)
        self.scene.sync(data)
        self.scene.set_full_detail(True)  # every card in full, whatever the zoom
        has_people = bool(org.people)
        self.view.setVisible(has_people)
        self.empty.setVisible(not has_people)
        self.empty.setText(
            tr("Nobody of this customer is on the map yet: add people on the Org map page.")
        )
        answer = best_route_to_kdm(data.graph, 1) if has_people else None
        if answer is None:
            self.route.setText("")
        elif answer.reason == "ok" and answer.routes:
            names = [self.scene.name_of(k) for k in answer.routes[0].nodes]
            self.route.setText(tr("Best route to the KDM: {route}").format(route=" → ".join(names)))
            self.routes = answer.routes[:1]
        elif answer.reason == "no_kdm":
            self.route.setText(tr("No KDM named on this account's decision chain yet."))
        else:
            self.route.setText(tr("None of our people reaches the KDM yet."))
        if not (answer is not None and answer.reason == "ok"):
            self.routes = ()
        self.light(self.lit)
        self.fit()

    def light(self, on: bool) -> None:
        """Light the best route up (and fade the other cards), or show every card alike."""
        self.lit = on
        self.scene.set_routes(self.routes, on and bool(self.routes))

    def set_fonts(self, body: QFont) -> None:
        self.route.setFont(body)
        self.empty.setFont(body)
        self.route.setFixedHeight(QFontMetrics(body).height() + 6)

    def fit(self) -> None:
        content = self.scene.content_rect()
        if content.isNull():
            return
        content = QRectF(content).adjusted(-20, -20, 20, 20)
        self.view.setSceneRect(content)
        self.view.fitInView(content, Qt.AspectRatioMode.KeepAspectRatio)
        if self.view.transform().m11() > MAX_MAP_ZOOM:
            self.view.resetTransform()
            self.view.scale(MAX_MAP_ZOOM, MAX_MAP_ZOOM)
            self.view.centerOn(content.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class PresentationWindow(QWidget):
    """The slides of ``account_ids`` in order; ``choice`` names them in the footer."""

    DEALS, MAP = "deals", "map"

    def __init__(
        self,
        ctx: WorkspaceContext,
        choice: StartChoice,
        account_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.choice = choice
        self.account_ids = list(account_ids)
        self.index = 0
        self.mode = self.DEALS
        self.slide: AccountSlide | None = None
        self.today = date.today()
        self._digits = ""
        self._digit_timer = QTimer(self)
        self._digit_timer.setSingleShot(True)
        self._digit_timer.setInterval(DIGIT_WAIT_MS)
        self._digit_timer.timeout.connect(self._forget_digits)
        self.setObjectName("presentation")
        self.setWindowTitle(tr("Presentation — {name}").format(name=choice.label))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), BACKGROUND)
        palette.setColor(self.foregroundRole(), INK)
        self.setPalette(palette)

        outer = QVBoxLayout(self)
        # Type follows the window's size: a layout that grew the window to fit the
        # larger type would grow the type again. Slides cut what does not fit instead.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.outer = outer
        self.title = Line()
        self.title.setObjectName("slideTitle")
        _coloured(self.title, INK)
        self.subtitle = Line()
        self.subtitle.setObjectName("slideSubtitle")
        _coloured(self.subtitle, MUTED)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet(f"color: {style.CARD_BORDER.name()};")
        outer.addWidget(rule)

        self.body = QStackedWidget()
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.deals_page = QWidget()
        columns = QHBoxLayout(self.deals_page)
        columns.setContentsMargins(0, 0, 0, 0)
        self.deals = Column("slideDeals")
        self.steps = Column("slideSteps")
        columns.addWidget(self.deals, 4)
        columns.addWidget(self.steps, 3)
        self.columns = columns
        self.map: MapSlide | None = None  # built when first asked for (networkx, layout)
        self.map_holder = QWidget()
        self.map_box = QVBoxLayout(self.map_holder)
        self.map_box.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.deals_page)
        self.body.addWidget(self.map_holder)
        outer.addWidget(self.body, 1)

        foot = QHBoxLayout()
        self.footer = Line()
        self.footer.setObjectName("slideFooter")
        _coloured(self.footer, MUTED)
        self.keys = QLabel()
        self.keys.setObjectName("slideKeys")
        _coloured(self.keys, style.TEXT_3)
        foot.addWidget(self.footer, 1)
        foot.addWidget(self.keys)
        outer.addLayout(foot)
        self._apply_fonts()
        self.show_slide(0)

    # -- type that scales -------------------------------------------------------

    def scale(self) -> float:
        """Type's scale: the window against 1366×768 (the smaller ratio), times the
        user's text size (View ▸ Larger text)."""
        w, h = max(1, self.width()), max(1, self.height())
        fit = min(w / BASE_SIZE[0], h / BASE_SIZE[1])
        return max(0.6, fit) * max(0.8, min(1.6, text_size.scale()))

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(9, round(px * self.scale())))
        font.setBold(bold)
        return font

    def _apply_fonts(self) -> None:
        k = self.scale()
        margin = round(36 * k)
        self.outer.setContentsMargins(margin, round(24 * k), margin, round(14 * k))
        self.outer.setSpacing(round(8 * k))
        self.columns.setSpacing(round(48 * k))
        self.title.setFont(self._font(TITLE_PX, True))
        self.title.setFixedHeight(QFontMetrics(self.title.font()).height() + 4)
        small = self._font(SMALL_PX)
        self.subtitle.setFont(self._font(BODY_PX * 0.9))
        self.subtitle.setFixedHeight(QFontMetrics(self.subtitle.font()).height() + 2)
        heading = self._font(BODY_PX * 1.05, True)
        body = self._font(BODY_PX)
        self.deals.set_fonts(heading, body, small)
        self.steps.set_fonts(heading, body, small)
        if self.map is not None:
            self.map.set_fonts(body)
        self.footer.setFont(self._font(FOOTER_PX))
        self.footer.setFixedHeight(QFontMetrics(self.footer.font()).height() + 2)
        self.keys.setFont(self._font(FOOTER_PX))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # -- slides -----------------------------------------------------------------

    @property
    def count(self) -> int:
        return len(self.account_ids)

    def show_slide(self, index: int) -> None:
        """Show slide ``index`` (clamped), read from the workspace now."""
        if not self.account_ids:
            return
        self.index = max(0, min(self.count - 1, index))
        account_id = self.account_ids[self.index]
        self.slide = self.ctx.read(account_slide, account_id, self.today)
        slide = self.slide
        if slide is None:
            self.title.setText(tr("This account was deleted"))
            self.subtitle.setText("")
            self.deals.fill(tr("Open deals"), [], "")
            self.steps.fill(tr("Next steps"), [], "")
        else:
            self.title.setText(slide.name)
            self.subtitle.setText(
                join_list(
                    (
                        tr("Owner: {name}").format(name=slide.owner) if slide.owner else "",
                        slide.industry,
                        slide.region.replace("/", " / "),
                    ),
                    complete=False,
                )
            )
            deals: list[DealBlock | StepBlock] = [DealBlock(d, slide.owner) for d in slide.deals]
            self.deals.fill(
                tr("Open deals ({n})").format(n=len(slide.deals)),
                deals,
                tr("No open deal on this account."),
            )
            heading = tr("Next steps ({n})").format(n=len(slide.steps))
            if slide.overdue:
                heading = tr("Next steps ({n}, {late} overdue)").format(
                    n=len(slide.steps), late=slide.overdue
                )
            steps: list[DealBlock | StepBlock] = [StepBlock(s, self.today) for s in slide.steps]
            self.steps.fill(
                heading,
                steps,
                tr("No open next step: log one with an activity (Ctrl+J in the main window)."),
            )
        self.footer.setText(
            tr("{n} / {total} · {name}").format(
                n=self.index + 1,
                total=self.count,
                name=slide.name if slide is not None else "",
            )
            + "  ·  "
            + self.choice.label
        )
        self._show_mode()

    def _show_mode(self) -> None:
        if self.mode == self.MAP:
            if self.map is None:
                self.map = MapSlide()
                self.map_box.addWidget(self.map)
                self.map.set_fonts(self._font(BODY_PX))
            if self.slide is not None and self.map.account_id != self.slide.id:
                self.map.show_account(self.ctx, self.slide.id)
            self.body.setCurrentWidget(self.map_holder)
            self.map.fit()
            self.keys.setText(tr("← →  ·  M deals  ·  R light the route  ·  Esc leave"))
        else:
            self.body.setCurrentWidget(self.deals_page)
            self.keys.setText(tr("← →  ·  M map  ·  Esc leave"))

    def toggle_mode(self) -> None:
        self.mode = self.DEALS if self.mode == self.MAP else self.MAP
        self._show_mode()

    def toggle_route(self) -> None:
        """R: light the best route to the KDM up on the map, or not (stays for the next slides)."""
        if self.map is not None and self.mode == self.MAP:
            self.map.light(not self.map.lit)

    def step(self, by: int) -> None:
        self.show_slide(self.index + by)

    # -- keys -------------------------------------------------------------------

    def _forget_digits(self) -> None:
        self._digits = ""

    def _digit(self, digit: str) -> None:
        typed = self._digits + digit
        if not (1 <= int(typed) <= self.count):
            typed = digit  # "1" then "5" with 12 slides: slide 5, not 15
        self._digits = typed
        self._digit_timer.start()
        if 1 <= int(typed) <= self.count:
            self.show_slide(int(typed) - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        actions: dict[Qt.Key, Callable[[], object]] = {
            Qt.Key.Key_Right: lambda: self.step(1),
            Qt.Key.Key_Space: lambda: self.step(1),
            Qt.Key.Key_PageDown: lambda: self.step(1),
            Qt.Key.Key_Down: lambda: self.step(1),
            Qt.Key.Key_Left: lambda: self.step(-1),
            Qt.Key.Key_PageUp: lambda: self.step(-1),
            Qt.Key.Key_Up: lambda: self.step(-1),
            Qt.Key.Key_Backspace: lambda: self.step(-1),
            Qt.Key.Key_Home: lambda: self.show_slide(0),
            Qt.Key.Key_End: lambda: self.show_slide(self.count - 1),
            Qt.Key.Key_M: self.toggle_mode,
            Qt.Key.Key_R: self.toggle_route,
            Qt.Key.Key_Escape: self.close,
        }
        if key in actions:
            actions[key]()
            event.accept()
            return
        text = event.text()
        if len(text) == 1 and text in "0123456789":
            self._digit(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._digit_timer.stop()
        super().closeEvent(event)
