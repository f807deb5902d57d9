"""The start dialog of presentation mode: which accounts the meeting steps through.

A saved segment (the Targeting page's), an owner, or every account. Each
choice says how many accounts it brings; a choice with none cannot start.
The dialog is asked through :data:`decide_start`, which tests replace (they
fill the real :class:`StartDialog` and never block).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import GuardedComboBox
from model.presentation import SourceChoice

CONTEXT = "Presentation"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


SEGMENT, OWNER, ALL = "segment", "owner", "all"


@dataclass(frozen=True, slots=True)
class StartRequest:
    """What the dialog offers: saved segments, owners, the workspace's account count,
    and the member to propose (the user, when known)."""

    segments: tuple[SourceChoice, ...]
    owners: tuple[SourceChoice, ...]
    accounts: int
    me: int | None = None


@dataclass(frozen=True, slots=True)
class StartChoice:
    """The chosen accounts: ``kind`` segment, owner or all; ``id`` the segment's or
    owner's (None for all); ``label`` names the choice on the slides."""

    kind: str
    id: int | None
    label: str


class StartDialog(QDialog):
    """Pick a segment, an owner or every account; OK starts the presentation."""

    def __init__(self, request: StartRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setObjectName("presentationStart")
        self.setWindowTitle(tr("Presentation mode"))
        outer = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "One slide per account: its decision chain, open deals and next steps. "
                "Which accounts does the meeting go through?"
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        grid = QGridLayout()
        outer.addLayout(grid)
        self.group = QButtonGroup(self)
        self.by_segment = QRadioButton(tr("A saved &segment"))
        self.by_owner = QRadioButton(tr("The accounts of an &owner"))
        self.by_all = QRadioButton(tr("&Every account ({n})").format(n=request.accounts))
        self.segment = GuardedComboBox()
        self.segment.setObjectName("segmentChoice")
        for s in request.segments:
            self.segment.addItem(tr("{name} ({n})").format(name=s.name, n=s.accounts), s.id)
        self.owner = GuardedComboBox()
        self.owner.setObjectName("ownerChoice")
        for o in request.owners:
            self.owner.addItem(tr("{name} ({n})").format(name=o.name, n=o.accounts), o.id)
        for row, (button, combo) in enumerate(
            ((self.by_segment, self.segment), (self.by_owner, self.owner), (self.by_all, None))
        ):
            self.group.addButton(button, row)
            grid.addWidget(button, row, 0)
            if combo is not None:
                grid.addWidget(combo, row, 1)
        grid.setColumnStretch(1, 1)
        self.hint = QLabel()
        self.hint.setObjectName("startHint")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        keys = QLabel(
            tr("→ or Space: next · ←: back · a number: that slide · M: map or deals · Esc: leave")
        )
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #555;")
        outer.addWidget(keys)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.by_segment.setEnabled(bool(request.segments))
        self.segment.setEnabled(bool(request.segments))
        self.by_owner.setEnabled(bool(request.owners))
        self.owner.setEnabled(bool(request.owners))
        self.by_all.setEnabled(request.accounts > 0)
        if request.me is not None:
            at = self.owner.findData(request.me)
            if at >= 0:
                self.owner.setCurrentIndex(at)
        if request.me is not None and self.owner.findData(request.me) >= 0:
            self.by_owner.setChecked(True)
        elif request.segments:
            self.by_segment.setChecked(True)
        elif request.owners:
            self.by_owner.setChecked(True)
        else:
            self.by_all.setChecked(True)
        self.group.idToggled.connect(lambda *_: self._update())
        self.segment.currentIndexChanged.connect(lambda *_: self._choose(self.by_segment))
        self.owner.currentIndexChanged.connect(lambda *_: self._choose(self.by_owner))
        self._update()
        self.setMinimumWidth(520)

    def _choose(self, button: QRadioButton) -> None:
        button.setChecked(True)
        self._update()

    def count(self) -> int:
        """How many accounts the current choice brings."""
        if self.by_segment.isChecked() and self.segment.currentIndex() >= 0:
            return self.request.segments[self.segment.currentIndex()].accounts
        if self.by_owner.isChecked() and self.owner.currentIndex() >= 0:
            return self.request.owners[self.owner.currentIndex()].accounts
        if self.by_all.isChecked():
            return self.request.accounts
        return 0

    def _update(self) -> None:
        n = self.count()
        lines = []
        if not self.request.accounts:
            lines.append(tr("This workspace has no accounts yet: add one on the Accounts page."))
        elif not self.request.segments:
            lines.append(tr("No saved segment yet: save one on the Targeting page."))
        if self.request.accounts and n == 0:
            lines.append(tr("No account matches this choice."))
        elif n:
            lines.append(tr("Accounts: {n}, one slide each.").format(n=n))
        self.hint.setText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def choice(self) -> StartChoice | None:
        if self.count() == 0:
            return None
        if self.by_segment.isChecked():
            s = self.request.segments[self.segment.currentIndex()]
            return StartChoice(SEGMENT, s.id, s.name)
        if self.by_owner.isChecked():
            o = self.request.owners[self.owner.currentIndex()]
            return StartChoice(OWNER, o.id, o.name)
        return StartChoice(ALL, None, tr("Every account"))


StartDecider = Callable[[QWidget | None, StartRequest], StartChoice | None]


def ask_start(parent: QWidget | None, request: StartRequest) -> StartChoice | None:
    dialog = StartDialog(request, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


decide_start: StartDecider = ask_start
"""How presentation mode asks which accounts to show; tests replace it."""
