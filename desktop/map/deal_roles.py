"""The map's one rule for a person's part in the decision chain, and its editor.

What a card shows — role, support, competitor backed, insider, coach — is
:func:`model.board.chain_part`: with a deal chosen, the person's part in that
deal when they have one, else their standing values; with no deal chosen,
their standing values. Every edit on the map goes through
:func:`chain_command`, which writes to the same place the card reads from:

* no deal chosen: the person (``update_person``);
* a deal chosen and the person on it: their part in the deal (``set_deal_role``);
* a deal chosen and the person not on it yet: the edit puts them on the deal,
  with the role asked for (their standing role offered first) and the rest of
  what the card shows. Choosing a role does so without asking.

So the editor always writes what the card shows, and the card shows what was
written. :class:`ChainBox` is that editor in the side panel of the deal view
(the person editor's own decision-chain fields, which hold the standing
values, are hidden meanwhile); the page's context menu uses the same rule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board.deal_people import SetDealRoleCommand, support_icon, support_text
from desktop.collation import sort_by_name
from desktop.commands import EditCommand
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.editors.person_editor import PersonEditor
from model.board import ChainPart, chain_part, competitor_choices
from model.changes import Changes
from model.enums import SUPPORT_MAX, SUPPORT_MIN, Role
from model.services.people import update_person

CHAIN_FIELDS: tuple[str, ...] = ("role", "support", "backs_competitor_id", "insider", "coach")
"""The person's fields a deal's part overrides (the rows the person editor hides)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("DealRoles", text)


# -- asking for a role ---------------------------------------------------------------------

RoleAsker = Callable[[QWidget | None, str, str | None], str | None]


def role_dialog(parent: QWidget | None, person: str, default: str | None) -> QInputDialog:
    """The question "in which role does this person join the deal?", their standing role first."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr("Put {person} on the deal").format(person=person))
    dialog.setLabelText(
        tr("{person} is not on this deal yet. In which role do they take part?").format(
            person=person
        )
    )
    dialog.setComboBoxItems([labels.role_label(r.value) for r in Role])
    dialog.setComboBoxEditable(False)
    codes = [r.value for r in Role]
    dialog.setTextValue(labels.role_label(default if default in codes else Role.KI.value))
    return dialog


def role_from(dialog: QInputDialog) -> str | None:
    chosen = dialog.textValue()
    return next((r.value for r in Role if labels.role_label(r.value) == chosen), None)


def ask_deal_role(parent: QWidget | None, person: str, default: str | None) -> str | None:
    dialog = role_dialog(parent, person, default)
    return role_from(dialog) if dialog.exec() == QInputDialog.DialogCode.Accepted else None


ask_role: RoleAsker = ask_deal_role
"""How the map asks for the role of someone joining the deal; tests replace it."""


# -- the rule ---------------------------------------------------------------------------------


def field_label(field: str) -> str:
    return {
        "role": tr("role"),
        "support": tr("support"),
        "backs_competitor_id": tr("competitor backed"),
        "insider": tr("insider"),
        "coach": tr("coach"),
    }.get(field, field)


def chain_command(
    ctx: WorkspaceContext,
    deal_id: int | None,
    part: ChainPart,
    field: str,
    value: Any,
    *,
    deal: str = "",
    parent: QWidget | None = None,
) -> ServiceCommand | None:
    """The one command that writes ``field`` where the card reads it (see the module doc).

    None when there is nothing to do (taking someone off a deal they are not
    on) or the user cancelled the role question.
    """
    if field not in CHAIN_FIELDS:
        raise ValueError(f"not a decision-chain field: {field!r}")
    if deal_id is None:
        text = tr("Edit {person} ({field})").format(person=part.name, field=field_label(field))
        attribute = "backs_id" if field == "backs_competitor_id" else field
        shown = {field: getattr(part, attribute)}
        return EditCommand(ctx, text, update_person, part.person_id, {field: value}, shown=shown)
    if field == "role" and value is None:
        if not part.on_deal:
            return None
        text = tr("Take {person} off “{deal}”").format(person=part.name, deal=deal)
        return SetDealRoleCommand(ctx, text, deal_id, part.person_id, None)
    values: dict[str, Any] = {
        "role": part.role,
        "support": part.support,
        "backs_competitor_id": part.backs_id,
        "insider": part.insider,
        "coach": part.coach,
        field: value,
    }
    role = values["role"]
    if not part.on_deal and field != "role":
        role = ask_role(parent, part.name, part.role)
        if role is None:
            return None
    if part.on_deal:
        text = tr("{person} on “{deal}” ({field})").format(
            person=part.name, deal=deal, field=field_label(field)
        )
    else:
        text = tr("Put {person} on “{deal}”").format(person=part.name, deal=deal)
    return SetDealRoleCommand(
        ctx,
        text,
        deal_id,
        part.person_id,
        role,
        support=values["support"],
        competitor_id=values["backs_competitor_id"],
        insider=values["insider"],
        coach=values["coach"],
    )


# -- the person editor's standing fields ------------------------------------------------------


def show_standing_chain(editor: PersonEditor, visible: bool) -> None:
    """Show or hide the person editor's decision-chain rows (heading included).

    In the deal view the card shows the deal's part, which :class:`ChainBox`
    edits; the standing values stay out of sight so that nobody edits what
    the card does not show.
    """
    form = editor.form
    rows: list[int] = []
    for name in CHAIN_FIELDS:
        widget = editor.widgets[name]
        holder = widget if name != "insider" else widget.parentWidget()  # insider + sources
        if holder is None:
            continue
        row = cast(tuple[int, Any], form.getWidgetPosition(holder))[0]
        if row >= 0:
            rows.append(row)
    if not rows:
        return
    errors = set(editor.errors.values())
    for row in range(min(rows) - 1, max(rows) + 1):  # from the heading to the last field
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is not None and item.widget() in errors:
            continue  # error rows show and hide themselves
        form.setRowVisible(row, visible)


# -- the side panel's editor -------------------------------------------------------------------


class ChainBox(QFrame):
    """A person's part in the chosen deal, shown and edited by the map's one rule."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id: int | None = None
        self.deal = ""
        self.person_id: int | None = None
        self.part: ChainPart | None = None
        self._loading = False
        self.setObjectName("chainBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#chainBox { border: 1px solid #9DB4D0; border-radius: 4px;"
            " background: #F3F7FC; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.status = QLabel()
        self.status.setObjectName("chainStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #556070;")
        outer.addWidget(self.status)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role = QComboBox()
        self.role.setObjectName("chainRole")
        self.role.addItem(tr("Not on this deal"), None)
        for r in Role:
            self.role.addItem(labels.role_label(r.value), r.value)
        self.support = QComboBox()
        self.support.setObjectName("chainSupport")
        for value in range(SUPPORT_MAX, SUPPORT_MIN - 1, -1):
            self.support.addItem(support_icon(value), support_text(value), value)
        self.backs = QComboBox()
        self.backs.setObjectName("chainBacks")
        self.insider = QCheckBox(tr("Insider: passes us internal information"))
        self.insider.setObjectName("chainInsider")
        self.coach = QCheckBox(tr("Coach: shows us how to sell inside"))
        self.coach.setObjectName("chainCoach")
        for combo in (self.role, self.support, self.backs):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Support"), self.support)
        form.addRow(tr("Backs"), self.backs)
        form.addRow("", self.insider)
        form.addRow("", self.coach)
        outer.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("chainError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        outer.addWidget(self.error)
        self.role.activated.connect(lambda _i: self.commit("role", self.role.currentData()))
        self.support.activated.connect(
            lambda _i: self.commit("support", self.support.currentData())
        )
        self.backs.activated.connect(
            lambda _i: self.commit("backs_competitor_id", self.backs.currentData())
        )
        self.insider.clicked.connect(lambda on: self.commit("insider", bool(on)))
        self.coach.clicked.connect(lambda on: self.commit("coach", bool(on)))
        ctx.hub.changed.connect(self._on_changed)
        self.hide()

    # -- state -------------------------------------------------------------------------

    def set_deal(self, deal_id: int | None, name: str = "") -> None:
        self.deal_id, self.deal = deal_id, name
        self.title.setText(tr("On the deal “{deal}”").format(deal=name) if deal_id else "")
        self.reload()

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.error.hide()
        self.reload()

    def reload(self) -> None:
        if self.person_id is None or self.deal_id is None:
            self.part = None
            return
        self.part = self.ctx.read(chain_part, self.person_id, self.deal_id)
        self._show()

    def _on_changed(self, changes: Changes) -> None:
        if self.part is not None and changes.touches("deal_role", "person", "competitor", "deal"):
            self.reload()

    def _show(self) -> None:
        part = self.part
        if part is None:
            return
        self._loading = True
        try:
            competitors = [
                (None, tr("No competitor")),
                *sort_by_name(self.ctx.read(competitor_choices), lambda c: c[1]),
            ]
            self.backs.clear()
            for ident, name in competitors:
                self.backs.addItem(name, ident)
            self.role.setCurrentIndex(
                max(0, self.role.findData(part.role if part.on_deal else None))
            )
            self.support.setCurrentIndex(max(0, self.support.findData(part.support)))
            self.backs.setCurrentIndex(max(0, self.backs.findData(part.backs_id)))
            self.insider.setChecked(part.insider)
            self.coach.setChecked(part.coach)
        finally:
            self._loading = False
        if part.on_deal:
            self.status.setText(
                tr("{person} takes part in this deal as {role}.").format(
                    person=part.name, role=labels.role_short(part.role)
                )
            )
        else:
            self.status.setText(
                tr(
                    "{person} is not on this deal yet: the card shows their standing part. "
                    "Choose a role, or change any of these, to put them on it."
                ).format(person=part.name)
            )

    def values(self) -> dict[str, Any]:
        """What the box shows, as the card's fields (tests compare it with the card)."""
        return {
            "role": self.role.currentData(),
            "support": self.support.currentData(),
            "backs_competitor_id": self.backs.currentData(),
            "insider": self.insider.isChecked(),
            "coach": self.coach.isChecked(),
        }

    # -- edits ------------------------------------------------------------------------

    def commit(self, field: str, value: Any) -> bool:
        part = self.part
        if self._loading or part is None or self.deal_id is None:
            return False
        shown = {
            "role": part.role if part.on_deal else None,
            "support": part.support,
            "backs_competitor_id": part.backs_id,
            "insider": part.insider,
            "coach": part.coach,
        }
        if shown[field] == value:
            return False
        command = chain_command(
            self.ctx, self.deal_id, part, field, value, deal=self.deal, parent=self
        )
        error = self.ctx.try_push(command) if command is not None else None
        self.error.setText(error or "")
        self.error.setVisible(bool(error))
        if command is None or error is not None:
            self.reload()  # cancelled or refused: show what is stored
            return False
        return True
