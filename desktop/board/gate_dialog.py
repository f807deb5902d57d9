"""The stage gate, shown when a forward move is blocked.

It lists what the method asks before the deal may leave each stage it
passes — unmet exit criteria, unverified five elements and rules such as the
senior visits of P5 — and lets the user tick, force with a reason, or cancel.
Criteria the deal's data answers (model.rules.chain) are not tickable: the
dialog shows what the data says and what to do instead; only forcing gets
past them. The page calls it through a replaceable callable so that tests
decide without opening a window.

:func:`note_text` and :func:`finding_lines` put the data's findings (English
templates from the model) into the user's language; the deal panel uses them too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.board import style
from desktop.board.labels import column_title
from desktop.board.widgets import WrapCheck
from desktop.errors import CONTEXT as ERRORS_CONTEXT
from desktop.i18n import lang
from desktop.labels import join_list, join_sentences
from desktop.method_help import item_ref, with_help
from model.gates import RULE_SENIOR_VISITS, Gate
from model.methodology import Methodology, load_methodology
from model.rows import DealCard
from model.rules.chain import CriterionFinding, Note


def note_text(note: Note) -> str:
    """One sentence of a finding in the user's language (English if it does not fit)."""
    params: dict[str, object] = {}
    for key, value in note.params.items():
        if isinstance(value, tuple):
            params[key] = join_list(value)
        elif key.endswith("label") and isinstance(value, str):
            params[key] = QCoreApplication.translate(ERRORS_CONTEXT, value)
        else:
            params[key] = value
    try:
        return QCoreApplication.translate(ERRORS_CONTEXT, note.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return note.text


def finding_lines(finding: CriterionFinding) -> tuple[str, str]:
    """(what the data shows, what to do — "" when met), in the user's language."""
    says = join_sentences(note_text(n) for n in finding.says)
    todo = join_sentences(note_text(n) for n in finding.todo) if not finding.met else ""
    return says, todo


def _tr(text: str) -> str:
    return QCoreApplication.translate("GateDialog", text)


def finding_widget(
    criterion: str, finding: CriterionFinding, method: Methodology, language: str
) -> QWidget:
    """A criterion the data answers: a mark, its text, the data's answer, what to do.

    No checkbox: the answer changes when the data does (``objectName`` is
    ``computed_<criterion>``).
    """
    box = QWidget()
    box.setObjectName(f"computed_{criterion}")
    rows = QVBoxLayout(box)
    rows.setContentsMargins(0, 1, 0, 3)
    rows.setSpacing(1)
    colour = style.GREEN if finding.met else style.RED
    mark = "✓" if finding.met else "✗"
    head = QLabel(
        f"<span style='color:{colour.name()}; font-weight:bold'>{mark}</span>&nbsp; "
        + method.text(criterion, language)
    )
    head.setObjectName("findingCriterion")
    head.setWordWrap(True)
    rows.addWidget(head)
    says, todo = finding_lines(finding)
    lines = [(_tr("Data: {says}").format(says=says), "findingSays")]
    if todo:
        lines.append((_tr("To do: {todo}").format(todo=todo), "findingTodo"))
    for text, name in lines:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setContentsMargins(18, 0, 0, 0)
        label.setStyleSheet(f"color: {style.TEXT_2.name()};")
        rows.addWidget(label)
    box.setToolTip(
        _tr("Answered by the deal's data, not by a tick ({id})").format(id=item_ref(criterion))
    )
    return box


@dataclass(frozen=True)
class GateDecision:
    """What to do with a blocked move: criteria to tick, and whether to force it."""

    tick: tuple[str, ...] = ()
    force: bool = False
    reason: str = ""


GateDecider = Callable[[QWidget | None, DealCard, Gate], GateDecision | None]
"""(parent, card, gate) -> decision, or None to leave the deal where it is."""


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("gateHeading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #556070;")
    return label


class GateDialog(QDialog):
    def __init__(self, card: DealCard, gate: Gate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card, self.gate = card, gate
        method = load_methodology()
        language = lang()
        self.setWindowTitle(self.tr("Stage gate"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(
            self.tr("Move “{deal}” from {src} to {dst}?").format(
                deal=card.name, src=column_title(gate.from_stage), dst=column_title(gate.to_stage)
            )
        )
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(
            _note(
                self.tr(
                    "The method asks for the following before the deal moves on. Tick what has "
                    "been done, or force the move with a reason; the history keeps both. "
                    "What the deal's data answers (✗) cannot be ticked: change the data first."
                )
            )
        )

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, WrapCheck] = {}
        stages: dict[str, list[str]] = {}
        for stage, criterion in gate.unmet_criteria:
            stages.setdefault(stage, []).append(criterion)
        for stage, criteria in stages.items():
            rows.addWidget(
                _heading(self.tr("Exit criteria of {stage}").format(stage=column_title(stage)))
            )
            for criterion in criteria:
                finding = gate.findings.get(criterion)
                if finding is not None:
                    found = finding_widget(criterion, finding, method, language)
                    rows.addWidget(with_help(found, criterion))
                    continue
                box = WrapCheck(method.text(criterion, language))
                box.setToolTip(
                    self.tr("Tick it if it has been done: {id}").format(id=item_ref(criterion))
                )
                box.toggled.connect(self._update)
                self.boxes[criterion] = box
                rows.addWidget(with_help(box, criterion))
        if gate.unverified_elements:
            rows.addWidget(_heading(self.tr("Five elements not verified yet (needed from P3 on)")))
            for element in gate.unverified_elements:
                rows.addWidget(with_help(QLabel("•  " + method.text(element, language)), element))
            rows.addWidget(
                _note(self.tr("Verify them in the deal panel: who checked, how and when."))
            )
        if gate.rules:
            rows.addWidget(_heading(self.tr("Rules not met")))
            for rule in gate.rules:
                text = method.text(rule, language)
                if rule == RULE_SENIOR_VISITS and gate.missing_senior_visits:
                    text += "\n" + self.tr("Still without a senior visit: {roles}").format(
                        roles=join_list(gate.missing_senior_visits)
                    )
                label = QLabel("•  " + text)
                label.setWordWrap(True)
                rows.addWidget(with_help(label, rule))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        # As tall as the criteria need at the dialog's width (the size hint measures wrapped
        # texts at a narrower width and left an empty band), up to a scroll.
        margins = layout.contentsMargins()
        width = self.minimumWidth() - margins.left() - margins.right()
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        scroll.setMinimumHeight(min(460, (needed if needed > 0 else body.sizeHint().height()) + 8))
        layout.addWidget(scroll, 1)

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for forcing the move (kept in the history)"))
        self.reason.textChanged.connect(self._update)
        layout.addWidget(self.reason)

        buttons = QDialogButtonBox()
        self.move_button = QPushButton(self.tr("Move"))
        self.move_button.setToolTip(self.tr("Enabled once every requirement above is met"))
        self.force_button = QPushButton(self.tr("Force move"))
        self.force_button.setToolTip(
            self.tr("Move although requirements are unmet; needs a reason")
        )
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.force_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.move_button.clicked.connect(lambda: self._finish(force=False))
        self.force_button.clicked.connect(lambda: self._finish(force=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._decision: GateDecision | None = None
        self._update()
        # Sized for the dialog's width: Qt measures a window's wrapped texts at a narrower
        # one, which left an empty band (Chinese) or cut the last criteria (English).
        width = self.minimumWidth()
        surplus = max(0, scroll.sizeHint().height() - scroll.minimumHeight())
        if self.hasHeightForWidth():
            height = self.heightForWidth(width) - surplus
            self.setMinimumHeight(height)
            self.resize(width, height)

    def ticked(self) -> tuple[str, ...]:
        return tuple(c for c, box in self.boxes.items() if box.isChecked())

    def would_pass(self) -> bool:
        """True when the ticks alone meet the gate (no data answers, elements or rules left)."""
        return (
            len(self.ticked()) == len(self.boxes)
            and not self.gate.findings
            and not self.gate.unverified_elements
            and not self.gate.rules
        )

    def _update(self) -> None:
        passes = self.would_pass()
        self.move_button.setEnabled(passes)
        self.move_button.setDefault(passes)
        self.force_button.setEnabled(not passes and bool(self.reason.text().strip()))

    def _finish(self, *, force: bool) -> None:
        self._decision = GateDecision(
            tick=self.ticked(), force=force, reason=self.reason.text().strip() if force else ""
        )
        self.accept()

    def decision(self) -> GateDecision | None:
        return self._decision


def ask_gate(parent: QWidget | None, card: DealCard, gate: Gate) -> GateDecision | None:
    dialog = GateDialog(card, gate, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None
