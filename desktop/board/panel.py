"""The deal panel: one deal's fields, evidence, plan and history beside the board.

It is rebuilt from a :class:`~model.board.DealDetail` each time the deal
changes (the page tells it), so it never holds stale values or a session.
Every edit is a command: field edits go through ``EditCommand`` over
``update_deal``; ticks, verifications, competitors and payments through the
board's own commands.
"""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.board import style
from desktop.board.approvals import ApprovalBanner
from desktop.board.commands import (
    SetExitCheckCommand,
    VerifyElementCommand,
)
from desktop.board.deal_menu import DealMenu, menu_button
from desktop.board.deal_people import DealPeople, Evaluators
from desktop.board.dialogs import (
    CompetitorsDialog,
    VerifyAsker,
    ask_verify,
    from_qdate,
)
from desktop.board.gate_dialog import finding_widget
from desktop.board.labels import (
    actor_label,
    column_title,
    element_status_label,
    history_note,
    level_label,
    risk_reason,
    status_label,
    verify_method_label,
)
from desktop.board.payments import PaymentPlan
from desktop.board.visits import DealVisitsView
from desktop.board.widgets import WrapCheck
from desktop.collation import sort_by_name
from desktop.commands import EditCommand
from desktop.competitors.commands import set_deal_competitors
from desktop.context import WorkspaceContext
from desktop.i18n import lang
from desktop.labels import close_reason_label, join_list
from desktop.method_help import help_button, item_ref
from desktop.widgets import GuardedComboBox, GuardedDateEdit, GuardedDoubleSpinBox
from model.board import (
    DealDetail,
    HistoryItem,
    competitor_choices,
    deal_detail,
    member_choices,
)
from model.methodology import ACTORS, load_methodology
from model.rows import member_rows
from model.services.deals import update_deal

NO_DATE = QDate(1900, 1, 1)
MIN_WIDTH, WANTED_WIDTH = 360, 420
"""The panel's narrowest and preferred widths at the platform's text size; larger
text scales both (:func:`desktop.text_size.scale`)."""


def _bold(text: str, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    _embolden(label, scale)
    label.setWordWrap(True)
    return label


def _embolden(label: QLabel, scale: float = 1.0) -> None:
    """Bold (and ``scale`` times larger) than the application font as it is now.

    An own font no longer follows the application's; the panel calls this again
    when the text size changes (:meth:`DealPanel.follow_text_size`).
    """
    font = QFont(QApplication.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # A palette, not a style sheet: a styled label keeps its font when the text size changes.
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, style.TEXT_2)
    label.setPalette(palette)
    return label


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


class _NoteEdit(QPlainTextEdit):
    """A multi-line text that commits when it loses focus."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


class _Section(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelSection")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 8, 0, 6)
        self.body.setSpacing(5)
        rule = QFrame()
        rule.setFixedHeight(1)
        rule.setStyleSheet(f"background: {style.CARD_BORDER.name()};")
        self.body.addWidget(rule)
        self.body.addSpacing(4)
        heading = _bold(title, 1.02)
        heading.setStyleSheet(f"color: {style.TEXT.name()};")
        self.body.addWidget(heading)

    def add(self, widget: QWidget) -> QWidget:
        self.body.addWidget(widget)
        return widget


class Timeline(QWidget):
    """The stage history, oldest at the top, drawn as a rail with one dot per entry."""

    def __init__(self, entries: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 0, 0, 0)
        layout.setSpacing(8)
        self.entries = entries
        for entry in entries:
            layout.addWidget(entry)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.entries:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        x = 8
        first = self.entries[0].geometry().top() + 8
        last = self.entries[-1].geometry().top() + 8
        p.setPen(QPen(style.CARD_BORDER, 2))
        p.drawLine(x, first, x, last)
        for n, entry in enumerate(self.entries):
            y = entry.geometry().top() + 8
            colour = style.ACCENTS.get(str(entry.property("accent")), style.BLUE)
            p.setPen(QPen(colour, 2))
            p.setBrush(colour if n == len(self.entries) - 1 else style.CARD_BG)
            p.drawEllipse(QPoint(x, y), 5, 5)
        p.end()


class DealPanel(QWidget):
    closeRequested = Signal()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id: int | None = None
        self.detail: DealDetail | None = None
        self.verify_asker: VerifyAsker = ask_verify  # tests fill the real dialog through it
        self.setObjectName("dealPanel")
        self.setMinimumWidth(MIN_WIDTH)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), style.CARD_BG)
        self.setPalette(palette)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 8, 8)
        top = QHBoxLayout()
        self.title = _bold("", 1.25)
        self.subtitle = _muted("")
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.menu = DealMenu(self)
        self.menu.protectionRequested.connect(self._decide_protection)
        from desktop.activities.editor import add_deal_action  # the activity log's entry

        add_deal_action(self.menu, self.ctx, lambda: self.menu.detail)
        top.addWidget(menu_button(self.menu), 0, Qt.AlignmentFlag.AlignTop)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the deal panel (Esc)"))
        close.clicked.connect(self.closeRequested)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroller, 1)
        self._loading = False

    # -- text size ---------------------------------------------------------------------

    def wanted_width(self) -> int:
        """The width the panel asks of the board's splitter (grows with larger text)."""
        return int(WANTED_WIDTH * max(1.0, text_size.scale()))

    def follow_text_size(self) -> None:
        """Larger or smaller text: own fonts anew, and the body built again at the new size."""
        self.setMinimumWidth(int(MIN_WIDTH * max(1.0, text_size.scale())))
        _embolden(self.title, 1.25)
        if self.detail is not None:
            self.reload()

    # -- loading -------------------------------------------------------------------------

    def show_deal(self, deal_id: int) -> None:
        if deal_id != self.deal_id:
            self.deal_id = deal_id
            self.reload(keep_scroll=False)
        else:
            self.reload()

    def reload(self, keep_scroll: bool = True) -> None:
        if self.deal_id is None:
            return
        detail = self.ctx.read(deal_detail, self.deal_id)
        if detail is None:  # deleted under us
            self.deal_id, self.detail = None, None
            self.menu.set_deal(None)
            self.closeRequested.emit()
            return
        position = self.scroller.verticalScrollBar().value() if keep_scroll else 0
        self.detail = detail
        self.menu.set_deal(detail)
        self._loading = True
        try:
            self._build(detail)
        finally:
            self._loading = False
        self.scroller.verticalScrollBar().setValue(position)

    def _build(self, d: DealDetail) -> None:
        language = lang()
        self.title.setText(d.name)
        where = column_title(d.stage) if d.status == "open" else status_label(d.status)
        self.subtitle.setText(f"{d.account} · {where} · {d.owner or self.tr('No owner')}")
        body = QWidget()
        body.setObjectName("panelBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(2)
        if d.warnings:
            layout.addWidget(self._warnings(d))
        for forced in d.awaiting:  # forced moves a manager has to approve or revert
            layout.addWidget(ApprovalBanner(self.ctx, d, forced))
        if d.status != "open":
            layout.addWidget(self._closed(d))
        layout.addWidget(self._fields(d))
        if d.status == "open":
            layout.addWidget(self._protection(d))
            layout.addWidget(self._exits(d, language))
            layout.addWidget(self._actions(d, language))
        layout.addWidget(self._elements(d, language))
        layout.addWidget(self._people(d))
        layout.addWidget(self._visits(d))
        layout.addWidget(self._competitors(d))
        if d.stage == "P5" or d.tendered or d.evaluators:
            layout.addWidget(self._tender(d))
        if d.stage in ("P6", "P7") or d.instalments:
            layout.addWidget(self._payments(d))
        layout.addWidget(self._history(d))
        layout.addStretch(1)
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroller.setWidget(body)

    # -- sections --------------------------------------------------------------------------

    def _warnings(self, d: DealDetail) -> QWidget:
        box = QFrame()
        box.setObjectName("panelWarnings")
        box.setStyleSheet(
            f"#panelWarnings {{ background: {style.RED_BG.name()}; border-radius: 6px; }}"
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 8, 4, 8)  # the "?"s sit in the box's right corner
        method = load_methodology()
        not_yet = [r for r in d.warnings if r.startswith("RISK.NOT_YET.")]
        rules = [r for r in d.warnings if r not in not_yet]
        for title, ids in (
            (self.tr("Not yours yet"), not_yet),
            (self.tr("Method rules not met"), rules),
        ):
            if not ids:
                continue
            head = _bold(title)
            head.setStyleSheet(f"color: {style.RED.name()};")
            layout.addWidget(head)
            for risk in ids:
                reason = risk_reason(
                    risk,
                    senior_missing=d.senior_missing,
                    first_payment_problem=d.first_payment_problem,
                )
                label = QLabel(f"• {method.text(risk, lang())}\n   {reason}")
                label.setWordWrap(True)
                if risk in not_yet:
                    label.setToolTip(method.risk_note.get(lang()))
                layout.addWidget(self._rule_row(label, risk))
        return box

    @staticmethod
    def _rule_row(label: QLabel, risk: str) -> QWidget:
        """A warning's text with its "?" at the top right, level with the first line."""
        row = QWidget()
        row.setObjectName(f"withHelp_{risk}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        line.addWidget(label, 1)
        button = help_button(risk)
        button.setObjectName(f"methodHelp_{risk}")
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        return row

    def _closed(self, d: DealDetail) -> QWidget:
        section = _Section(status_label(d.status))
        lines = [d.status_reason] if d.status_reason else []
        if d.close_reason:
            reason = close_reason_label(d.close_reason)
            lines.insert(0, self.tr("Reason: {reason}").format(reason=reason))
        if not lines and d.status == "won":
            lines.append(self.tr("Won: contract signed and first payment received."))
        text = "\n".join(lines) or self.tr("No reason recorded.")
        if d.lost_to:
            text += "\n" + self.tr("Lost to {competitor}").format(competitor=d.lost_to)
        section.add(_muted(text))
        return section

    def _fields(self, d: DealDetail) -> QWidget:
        section = _Section(self.tr("Deal"))
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow panel (1366 px, Chinese, larger text) puts a field under its label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        name = QLineEdit(d.name)
        name.setCursorPosition(0)  # a name longer than the field shows its beginning
        name.setObjectName("field_name")
        name.editingFinished.connect(lambda: self._edit("name", name.text().strip()))
        form.addRow(self.tr("Name"), name)

        owner = GuardedComboBox()
        owner.setObjectName("field_owner_id")
        owner.addItem(self.tr("No owner"), None)
        for ident, member in sort_by_name(self.ctx.read(member_choices), lambda m: m[1]):
            owner.addItem(member, ident)
        owner.setCurrentIndex(max(0, owner.findData(d.owner_id)))
        owner.activated.connect(lambda _n: self._edit("owner_id", owner.currentData()))
        form.addRow(self.tr("Owner"), owner)

        amount = self._money(d.amount)
        amount.setObjectName("field_amount")
        amount.editingFinished.connect(lambda: self._edit("amount", amount.value()))
        currency = QLineEdit(d.currency)
        currency.setObjectName("field_currency")
        currency.setMaxLength(3)
        fm = QFontMetrics(currency.font())
        currency.setFixedWidth(fm.horizontalAdvance("MMM") + 2 * fm.averageCharWidth() + 12)
        currency.editingFinished.connect(lambda: self._edit("currency", currency.text()))
        row = QHBoxLayout()
        row.addWidget(amount, 1)
        row.addWidget(currency)
        form.addRow(self.tr("Amount"), row)

        form.addRow(self.tr("Expected close"), self._date("expected_close", d.expected_close))
        form.addRow(
            self.tr("Protected until"), self._date("protection_expires", d.protection_expires)
        )
        tendered = QCheckBox(self.tr("Sold through a tender"))
        tendered.setObjectName("field_tendered")
        tendered.setChecked(d.tendered)
        tendered.toggled.connect(lambda on: self._edit("tendered", on))
        form.addRow("", tendered)
        form.addRow(
            self.tr("Contract signed"), self._date("contract_signed_on", d.contract_signed_on)
        )
        value = self._money(d.contract_value or 0.0, special=self.tr("not set"))
        value.setObjectName("field_contract_value")
        value.editingFinished.connect(lambda: self._edit("contract_value", value.value() or None))
        form.addRow(self.tr("Contract value"), value)
        note = _NoteEdit(d.note)
        note.setObjectName("field_note")
        note.setPlaceholderText(self.tr("Notes on this deal"))
        note.setMaximumHeight(72)
        note.committed.connect(lambda text: self._edit("note", text))
        form.addRow(self.tr("Note"), note)
        section.add(form_host)
        return section

    def _money(self, value: float, special: str = "") -> QDoubleSpinBox:
        spin = GuardedDoubleSpinBox()
        spin.setRange(0.0, 1e13)
        spin.setDecimals(0)
        spin.setGroupSeparatorShown(True)
        spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        if special:
            spin.setSpecialValueText(special)
        spin.setValue(value)
        return spin

    def _date(self, field: str, day: date | None) -> QDateEdit:
        edit = GuardedDateEdit()
        edit.setObjectName(f"field_{field}")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("not set"))
        edit.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))

        def commit() -> None:
            value = edit.date()
            self._edit(field, None if value == NO_DATE else from_qdate(value))

        edit.editingFinished.connect(commit)
        calendar = edit.calendarWidget()
        if calendar is not None:
            calendar.clicked.connect(lambda _d: commit())
        return edit

    def _exits(self, d: DealDetail, language: str) -> QWidget:
        section = _Section(self.tr("Exit criteria of {stage}").format(stage=column_title(d.stage)))
        if not d.exits:
            section.add(_muted(self.tr("This stage has no exit criteria.")))
        method = load_methodology()
        for item in d.exits:
            if item.finding is not None:  # the deal's data answers it: no checkbox
                section.add(finding_widget(item.id, item.finding, method, language))
                continue
            box = WrapCheck(method.text(item.id, language))
            box.setObjectName(f"exit_{item.id}")
            box.setChecked(item.done)
            box.setToolTip(item_ref(item.id))
            box.toggled.connect(lambda on, criterion=item.id: self._tick(criterion, on))
            section.add(box)
            if item.done and (item.by or item.on):
                note = _muted(
                    self.tr("done {on} {by}").format(
                        on=_day(item.on),
                        by=(self.tr("by {name}").format(name=item.by) if item.by else ""),
                    )
                )
                note.setContentsMargins(24, 0, 0, 2)
                section.add(note)
        return section

    def _actions(self, d: DealDetail, language: str) -> QWidget:
        method = load_methodology()
        stage = method.stage(d.stage)
        has_actions = any(method.actions(d.stage, a) for a in ACTORS) or d.stage == "P3"
        title = (
            self.tr("Key actions in {stage}") if has_actions else self.tr("Rules of {stage}")
        ).format(stage=column_title(d.stage))
        section = _Section(title)
        by_actor: dict[str, list[str]] = {a: [] for a in ACTORS}
        for actor in ACTORS:
            by_actor[actor] += [i.text(language) for i in method.actions(d.stage, actor)]
        if d.stage == "P3":
            for step in method.confirm_steps:
                by_actor.setdefault(step.actor or "rep", []).append(step.text(language))
        any_action = False
        for actor, texts in by_actor.items():
            if not texts:
                continue
            any_action = True
            section.add(_bold(actor_label(actor)))
            for text in texts:
                label = QLabel(f"• {text}")
                label.setWordWrap(True)
                section.add(label)
        if stage.rules:
            if any_action:
                section.add(_bold(self.tr("Rules")))
            for rule in stage.rules:
                label = QLabel(f"• {rule.text(language)}")
                label.setWordWrap(True)
                section.add(label)
        elif not any_action:
            section.add(_muted(self.tr("The method names no key actions or rules for this stage.")))
        return section

    def _elements(self, d: DealDetail, language: str) -> QWidget:
        section = _Section(
            self.tr("Five elements ({n}/5 verified)").format(
                n=sum(1 for e in d.elements if e.status == "verified")
            )
        )
        method = load_methodology()
        for element in d.elements:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            texts = QVBoxLayout()
            texts.setSpacing(0)
            colour = {
                "verified": style.GREEN,
                "claimed": style.AMBER,
            }.get(element.status, style.TEXT_3)
            head = QLabel(
                f"<span style='color:{colour.name()}'>●</span> " + method.text(element.id, language)
            )
            head.setWordWrap(True)
            texts.addWidget(head)
            if element.status == "verified":
                detail = join_list(
                    (
                        element.by,
                        level_label(element.level),
                        verify_method_label(element.method),
                        _day(element.on),
                    ),
                    complete=False,
                )
                if element.evidence:
                    detail += f" — {element.evidence}"
            else:
                detail = element_status_label(element.status)
            below = _muted(detail)
            below.setContentsMargins(16, 0, 0, 0)  # wrapped lines stay under the name, too
            texts.addWidget(below)
            line.addLayout(texts, 1)
            button = QPushButton(self.tr("Verify…"))
            button.setObjectName(f"verify_{element.id}")
            button.setToolTip(self.tr("Record who verified this element, how and when"))
            button.clicked.connect(lambda _c=False, e=element.id: self._verify(e))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            section.add(row)
        return section

    def _competitors(self, d: DealDetail) -> QWidget:
        section = _Section(self.tr("Competitors"))
        rivals = (name for _, name in sort_by_name(d.competitors, lambda c: c[1]))
        text = join_list(rivals) or self.tr("None recorded")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        names = QLabel(text)
        names.setWordWrap(True)  # several long names must not widen the panel past its view
        line.addWidget(names, 1)
        edit = QPushButton(self.tr("Edit…"))
        edit.setObjectName("editDealCompetitors")
        edit.setToolTip(self.tr("Choose the competitors in this deal, or add a new one"))
        edit.clicked.connect(self._edit_competitors)
        line.addWidget(edit)
        section.add(row)
        manage = QPushButton(self.tr("Manage competitors…"))
        manage.setObjectName("manageCompetitors")
        manage.setFlat(True)
        manage.setToolTip(self.tr("Strengths, weaknesses, prices and win/loss of every competitor"))
        manage.clicked.connect(self._manage_competitors)
        section.body.addWidget(manage, 0, Qt.AlignmentFlag.AlignLeft)
        return section

    def _protection(self, d: DealDetail) -> QWidget:
        from desktop.protection.section import ProtectionView

        section = _Section(self.tr("Protection"))
        view = ProtectionView(self.ctx, d.id)
        self.menu.set_protection(view.state())
        section.add(view)
        return section

    def _decide_protection(self, deal_id: int) -> None:
        from desktop.protection.decide import decide_deal

        decide_deal(self.ctx, self.window(), deal_id)

    def _people(self, d: DealDetail) -> QWidget:
        section = _Section(self.tr("Decision chain"))
        section.add(DealPeople(self.ctx, d))
        return section

    def _visits(self, d: DealDetail) -> QWidget:
        section = _Section(self.tr("Visits and meetings"))
        section.add(DealVisitsView(self.ctx, d))
        return section

    def _tender(self, d: DealDetail) -> QWidget:
        section = _Section(self.tr("Tender"))
        shaped = QCheckBox(self.tr("Scoring criteria shaped by us"))
        shaped.setObjectName("field_scoring_shaped")
        shaped.setChecked(d.scoring_shaped)
        shaped.toggled.connect(lambda on: self._edit("scoring_shaped", on))
        section.add(shaped)
        criteria = _NoteEdit(d.scoring_criteria)
        criteria.setPlaceholderText(self.tr("The tender's scoring criteria"))
        criteria.setMaximumHeight(64)
        criteria.committed.connect(lambda text: self._edit("scoring_criteria", text))
        section.add(criteria)
        section.add(Evaluators(self.ctx, d))
        return section

    def _payments(self, d: DealDetail) -> QWidget:
        section = _Section(self.tr("Payment plan"))
        section.add(PaymentPlan(self.ctx, d, section))
        return section

    def _history(self, d: DealDetail) -> QWidget:
        section = _Section(self.tr("Stage history"))
        section.add(Timeline([self._history_entry(h) for h in d.history]))
        return section

    def _history_entry(self, h: HistoryItem) -> QWidget:
        method = load_methodology()
        if h.from_stage is None:
            what = self.tr("Created in {stage}").format(stage=column_title(h.to_stage))
            accent = h.to_stage
        elif h.from_status != h.to_status:
            what = (
                self.tr("Reopened in {stage}").format(stage=column_title(h.to_stage))
                if h.to_status == "open"
                else status_label(h.to_status)
            )
            accent = h.to_status if h.to_status != "open" else h.to_stage
        else:
            what = f"{h.from_stage} → {column_title(h.to_stage)}"
            accent = h.to_stage
        lines = [
            f"<b>{what}</b>  <span style='color:{style.TEXT_2.name()}'>"
            # h.at is a UTC instant: the user's day is the local one.
            f"{h.at.replace(tzinfo=UTC).astimezone():%Y-%m-%d}"
            f"{' · ' + h.by if h.by else ''}</span>"
        ]
        if h.reason:
            lines.append(history_note(h.reason))
        if h.forced:
            unmet = join_list(
                (method.text(i, lang()) if i in method else i for i in h.unmet), complete=False
            )
            lines.append(
                f"<span style='color:{style.AMBER.name()}'>"
                + self.tr("Forced past: {unmet}").format(unmet=unmet)
                + "</span>"
            )
            if h.approved_by:
                lines.append(self.tr("Approved by {name}").format(name=h.approved_by))
            elif h.awaiting:
                lines.append(self.tr("Awaiting a manager's approval"))
        label = QLabel("<br>".join(lines))
        label.setWordWrap(True)
        label.setProperty("accent", accent)
        return label

    # -- edits ----------------------------------------------------------------------------

    def _edit(self, field: str, value: Any) -> None:
        if self._loading or self.detail is None:
            return
        if getattr(self.detail, field) == value:
            return
        text = self.tr("Edit {field} of “{deal}”").format(
            field=self._field_label(field), deal=self.detail.name
        )
        shown = {field: getattr(self.detail, field)}
        self.ctx.push(
            EditCommand(self.ctx, text, update_deal, self.detail.id, {field: value}, shown=shown)
        )

    def _field_label(self, field: str) -> str:
        """A field's name for the undo history, in the user's language."""
        return {
            "name": self.tr("Name"),
            "owner_id": self.tr("Owner"),
            "amount": self.tr("Amount"),
            "currency": self.tr("Currency"),
            "expected_close": self.tr("Expected close"),
            "protection_expires": self.tr("Protected until"),
            "tendered": self.tr("Sold through a tender"),
            "contract_signed_on": self.tr("Contract signed"),
            "contract_value": self.tr("Contract value"),
            "note": self.tr("Note"),
            "scoring_shaped": self.tr("Scoring criteria shaped by us"),
            "scoring_criteria": self.tr("The tender's scoring criteria"),
        }.get(field, field)

    def _tick(self, criterion: str, done: bool) -> None:
        if self._loading or self.detail is None:
            return
        text = (self.tr("Tick {id}") if done else self.tr("Untick {id}")).format(
            id=item_ref(criterion)
        )
        self.ctx.push(SetExitCheckCommand(self.ctx, text, self.detail.id, criterion, done))

    def _verify(self, element: str) -> None:
        if self.detail is None:
            return
        current = next(e for e in self.detail.elements if e.id == element)
        members = self.ctx.read(member_choices)
        roles = {m.id: m.role for m in self.ctx.read(member_rows)}
        by = next((i for i, n in members if n == current.by), None)
        values = self.verify_asker(
            self,
            element,
            members,
            self.ctx.me,
            {
                "status": "verified" if current.status == "unknown" else current.status,
                "by": by if by is not None else self.ctx.me,
                "method": current.method or "visit",
                "on": current.on,
                "evidence": current.evidence,
            },
            roles,
        )
        if values is not None:
            self.verify(element, values)

    def verify(self, element: str, values: dict[str, Any]) -> bool:
        assert self.detail is not None
        text = self.tr("Verify {id}").format(id=item_ref(element))
        return self.ctx.push(VerifyElementCommand(self.ctx, text, self.detail.id, element, values))

    def _edit_competitors(self) -> None:
        if self.detail is None:
            return
        dialog = CompetitorsDialog(
            self.ctx.read(competitor_choices), {i for i, _ in self.detail.competitors}, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text = self.tr("Competitors of “{deal}”").format(deal=self.detail.name)
            set_deal_competitors(
                self.ctx, text, self.detail.id, dialog.values(), dialog.new_names()
            )

    def _manage_competitors(self) -> None:
        from desktop.competitors.dialog import open_competitors

        chosen = self.detail.competitors if self.detail is not None else ()
        open_competitors(self.ctx, self.window(), chosen[0][0] if chosen else None)
