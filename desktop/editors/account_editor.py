"""The form behind the Accounts page's "Profile" tab: every attribute of one account.

Each finished field edit is one undoable command ("Edit account name"), so
Ctrl+Z steps back one field at a time. The form never keeps the account
object: it reads a plain :class:`AccountForm` and re-reads it whenever the hub
says accounts or team members changed (an undo, another view's edit), with
signals blocked so that loading never writes back. A value the service
refuses is explained in red under the form and the field shows the stored
value again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import sort_by_name
from desktop.commands import EditCommand
from desktop.context import WorkspaceContext
from desktop.i18n import lang
from desktop.method_help import item_ref
from desktop.widgets import TextBox
from model.account_form import AccountForm, read_account_form, refreshed_form
from model.changes import Changes
from model.enums import SalesChannel
from model.methodology import load_methodology
from model.services.accounts import update_account

# -- small widgets -------------------------------------------------------------


TextWidget = QLineEdit | TextBox

# ACC.PROFILE option keys whose text labels the matching field; industry and
# size are edited above, with the targeting attributes.
PROFILE_FIELDS: tuple[tuple[str, str, bool], ...] = (
    # (field, ACC.PROFILE option key, multi-line)
    ("industry_chain", "chain_segment", True),
    ("main_business", "main_business", True),
    ("org_structure", "org_structure", True),
    ("development_stage", "development_stage", False),
    ("markets", "markets", True),
    ("business_regions", "business_regions", True),
    ("registered_capital", "registered_capital", False),
    ("culture", "culture", True),
    ("it_situation", "it_situation", True),
    ("core_needs", "core_needs", True),
)


def narrow_combo() -> QComboBox:
    """A combo box as wide as its field, not as its longest choice: the form
    fits a narrow pane (the list that drops down shows the choices whole)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class CheckLabel(QLabel):
    """The word-wrapped text of a check box beside it: a click on it clicks the box."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.check = check
        self.setWordWrap(True)
        self.setBuddy(check)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.check.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class AccountEditor(QWidget):
    """Edits one account. ``accountRequested`` asks the page to show another one."""

    accountRequested = Signal(int)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: AccountForm | None = None
        self._pending_partner = False
        self._build()
        self.set_account(None)
        ctx.hub.changed.connect(self._on_changed)

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        method = load_methodology()
        language = lang()

        def method_text(item_id: str) -> str:
            return method.text(item_id, language)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("accountForm")
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 12, 8)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("accountEditorMessage")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setContentsMargins(8, 4, 8, 4)
        outer.addWidget(self.error_label)

        # Targeting attributes (P1)
        form = self._section(column, self.tr("Account"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("accountName")
        self.name_edit.setPlaceholderText(self.tr("The customer's name"))
        self._line(self.name_edit, "name")
        form.addRow(self.tr("&Name"), self.name_edit)

        self.nature_combo = self._choice("nature", labels.options("nature"))
        self.nature_combo.setToolTip(method_text("ACC.NATURE"))
        form.addRow(self.tr("Na&ture"), self.nature_combo)

        self.industry_combo = narrow_combo()
        self.industry_combo.setEditable(True)
        self.industry_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.industry_combo.setToolTip(method_text("ACC.INDUSTRY"))
        industry_line = self.industry_combo.lineEdit()
        assert industry_line is not None
        self.industry_line = industry_line
        industry_line.setPlaceholderText(self.tr("Choose or type an industry"))
        self.industry_combo.activated.connect(
            lambda _i: self._commit_field("industry", self.industry_combo.currentText())
        )
        industry_line.editingFinished.connect(
            lambda: self._commit_field("industry", self.industry_combo.currentText())
        )
        form.addRow(self.tr("&Industry"), self.industry_combo)

        self.region_edit = QLineEdit()
        self.region_edit.setPlaceholderText(self.tr("e.g. China/East/Shanghai/Pudong"))
        region = method.item("ACC.REGION")
        levels = " / ".join(option.text(language) for option in region.options)
        self.region_edit.setToolTip(
            self.tr("Widest region first, levels separated by “/”:\n{levels}").format(levels=levels)
        )
        self.region_model = QStringListModel(self)
        completer = QCompleter(self.region_model, self.region_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda text: self._commit_field("region", str(text)))
        self.region_edit.setCompleter(completer)
        self._line(self.region_edit, "region")
        form.addRow(self.tr("&Region"), self.region_edit)

        self.scale_combo = self._choice("scale", labels.options("scale"))
        self.scale_combo.setToolTip(method_text("ACC.SCALE"))
        form.addRow(self.tr("Si&ze"), self.scale_combo)

        # How we sell
        form = self._section(column, self.tr("How we sell"))
        self.channel_combo = narrow_combo()
        for value, text in labels.options("sales_channel"):
            self.channel_combo.addItem(text, value)
        self.channel_combo.setToolTip(method_text("ACC.CHANNEL"))
        self.channel_combo.activated.connect(self._on_channel)
        form.addRow(self.tr("&Channel"), self.channel_combo)

        self.partner_kind_combo = narrow_combo()
        self.partner_kind_combo.setPlaceholderText(self.tr("Choose the partner kind…"))
        for value, text in labels.options("partner_kind"):
            self.partner_kind_combo.addItem(text, value)
        for n, item_id in enumerate(("PARTNER.SERVICE", "PARTNER.OEM", "PARTNER.RELATION")):
            self.partner_kind_combo.setItemData(
                n, method_text(item_id), Qt.ItemDataRole.ToolTipRole
            )
        self.partner_kind_combo.activated.connect(self._on_partner_kind)
        form.addRow(self.tr("Partner &kind"), self.partner_kind_combo)

        self.partner_name_edit = QLineEdit()
        self.partner_name_edit.setPlaceholderText(self.tr("The partner company"))
        self._line(self.partner_name_edit, "partner_name")
        form.addRow(self.tr("Partner na&me"), self.partner_name_edit)

        self.owner_combo = narrow_combo()
        self.owner_combo.setToolTip(self.tr("The rep on our side who owns the account"))
        self.owner_combo.activated.connect(
            lambda _i: self._commit_field("owner_id", self.owner_combo.currentData())
        )
        form.addRow(self.tr("&Owner"), self.owner_combo)

        self.territory_edit = QLineEdit()
        self.territory_edit.setPlaceholderText(self.tr("Sales territory"))
        self._line(self.territory_edit, "territory")
        form.addRow(self.tr("&Territory"), self.territory_edit)

        # Group structure
        form = self._section(column, self.tr("Group"))
        self.parent_combo = narrow_combo()
        self.parent_combo.setToolTip(self.tr("The group or head office this account belongs to"))
        self.parent_combo.activated.connect(
            lambda _i: self._commit_field("parent_id", self.parent_combo.currentData())
        )
        form.addRow(self.tr("&Parent account"), self.parent_combo)
        self.subsidiaries_list = QListWidget()
        self.subsidiaries_list.setToolTip(self.tr("Click a subsidiary to open it"))
        self.subsidiaries_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.subsidiaries_list.itemClicked.connect(self._on_subsidiary)
        self.subsidiaries_list.itemActivated.connect(self._on_subsidiary)
        self.no_subsidiaries = QLabel(self.tr("None"))
        self.no_subsidiaries.setEnabled(False)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.subsidiaries_list)
        holder_layout.addWidget(self.no_subsidiaries)
        form.addRow(self.tr("Subsidiaries"), holder)

        # In-depth profile (ACC.PROFILE), folded away until wanted
        profile = method.item("ACC.PROFILE")
        option_text = {option.key: option.text(language) for option in profile.options}
        self.profile_toggle = QToolButton()
        self.profile_toggle.setObjectName("profileToggle")
        self.profile_toggle.setCheckable(True)
        self.profile_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.profile_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.profile_toggle.setAutoRaise(True)
        self.profile_toggle.setToolTip(profile.text(language))
        font = self.profile_toggle.font()
        font.setBold(True)
        self.profile_toggle.setFont(font)
        self.profile_toggle.toggled.connect(self.set_profile_expanded)
        column.addSpacing(6)
        column.addWidget(self.profile_toggle)
        self.profile_box = QWidget()
        profile_form = QFormLayout(self.profile_box)
        profile_form.setContentsMargins(18, 0, 0, 0)
        self._tune(profile_form)
        # Labels above the fields: these are paragraphs, they need the width.
        profile_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.profile_edits: dict[str, TextWidget] = {}
        for name, key, multiline in PROFILE_FIELDS:
            edit: TextWidget = TextBox(3) if multiline else QLineEdit()
            self._line(edit, name)
            self.profile_edits[name] = edit
            profile_form.addRow(option_text.get(key, name), edit)
        column.addWidget(self.profile_box)
        self.profile_box.setVisible(False)

        # Value of the account to us (ACC.VALUE.1..5)
        self._heading(column, self.tr("What this account brings us"))
        self.value_checks: list[QCheckBox] = []
        self.value_labels: list[QLabel] = []
        for n in range(1, 6):
            # The box with its text in a label beside it: a long text wraps in a
            # narrow pane (a check box's own text never does) and no one scrolls.
            text = method_text(f"ACC.VALUE.{n}")
            check = QCheckBox()
            check.setAccessibleName(text)
            check.setToolTip(item_ref(f"ACC.VALUE.{n}"))
            check.clicked.connect(lambda _checked: self._commit_values())
            label = CheckLabel(text, check)
            label.setToolTip(check.toolTip())
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.value_checks.append(check)
            self.value_labels.append(label)
            column.addLayout(row)

        self._heading(column, self.tr("Note"))
        self.note_edit = TextBox(4)
        self.note_edit.setPlaceholderText(self.tr("Anything the team should know"))
        self._line(self.note_edit, "note")
        column.addWidget(self.note_edit)
        column.addStretch(1)

    def _heading(self, column: QVBoxLayout, text: str) -> None:
        heading = QLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addSpacing(6)
        column.addWidget(heading)

    def _section(self, column: QVBoxLayout, title: str) -> QFormLayout:
        self._heading(column, title)
        form = QFormLayout()
        self._tune(form)
        column.addLayout(form)
        return form

    @staticmethod
    def _tune(form: QFormLayout) -> None:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow pane (or with larger text) a label goes above its field
        # rather than pushing the form wider than the pane.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _line(self, edit: TextWidget, name: str) -> None:
        edit.editingFinished.connect(lambda: self._commit_field(name, edit.text()))

    def _choice(self, name: str, choices: list[tuple[Any, str]]) -> QComboBox:
        combo = narrow_combo()
        for value, text in choices:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i: self._commit_field(name, combo.currentData()))
        return combo

    def set_profile_expanded(self, expanded: bool) -> None:
        with QSignalBlocker(self.profile_toggle):
            self.profile_toggle.setChecked(expanded)
        self.profile_toggle.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.profile_box.setVisible(expanded)

    # -- model -> widgets --------------------------------------------------------

    @property
    def account_id(self) -> int | None:
        return self.form.id if self.form is not None else None

    def set_account(self, account_id: int | None) -> None:
        """Show ``account_id`` (None: an empty, disabled form)."""
        if account_id != self.account_id:
            self.commit_pending()
            self._pending_partner = False
            self._message("")
        self.form = self.ctx.read(read_account_form, account_id) if account_id else None
        self.body.setEnabled(self.form is not None)
        self._fill(force=True)

    def commit_pending(self) -> None:
        """Save the text field being typed in (before the form shows another account)."""
        if self.form is None:
            return
        focused = QApplication.focusWidget()
        if focused is self.industry_line:
            self._commit_field("industry", self.industry_combo.currentText())
            return
        for name, edit in self._text_fields().items():
            if edit is focused:
                self._commit_field(name, edit.text())
                return

    def _text_fields(self) -> dict[str, TextWidget]:
        return {
            "name": self.name_edit,
            "region": self.region_edit,
            "partner_name": self.partner_name_edit,
            "territory": self.territory_edit,
            **self.profile_edits,
            "note": self.note_edit,
        }

    def focus_name(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.name_edit)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def _on_changed(self, changes: Changes) -> None:
        if self.form is None or not changes.touches("account", "member"):
            return
        old = self.form
        own = {("account", old.id)}
        if changes.updated == own and not changes.created and not changes.deleted:
            # This account's own edit (this form's, or its undo/redo): one row again.
            self.form = self.ctx.read(refreshed_form, old)
        else:
            self.form = self.ctx.read(read_account_form, old.id)
        if self.form is None:
            self._pending_partner = False
            self._message("")
            self.body.setEnabled(False)
        self._fill(previous=old)

    def _fill(
        self,
        fields: set[str] | None = None,
        *,
        force: bool = False,
        previous: AccountForm | None = None,
    ) -> None:
        """Show stored values, with signals blocked so nothing is written back.

        A text field the user is typing in keeps its text unless that text
        was never edited (it still shows the previously stored value).
        """
        form = self.form
        values: Mapping[str, Any] = form.values if form is not None else {}
        old_values: Mapping[str, Any] = previous.values if previous is not None else values

        def wanted(name: str) -> bool:
            return fields is None or name in fields

        def put_text(edit: TextWidget, name: str) -> None:
            if not wanted(name):
                return
            value = str(values.get(name) or "")
            if edit.text() == value:
                return
            if not force and edit.hasFocus() and edit.text() != str(old_values.get(name) or ""):
                return  # the user is typing here; their text wins until they finish
            with QSignalBlocker(edit):
                if isinstance(edit, QLineEdit):
                    cursor = edit.cursorPosition()
                    edit.setText(value)
                    edit.setCursorPosition(min(cursor, len(value)))
                else:
                    edit.setText(value)

        def put_combo(combo: QComboBox, name: str) -> None:
            if wanted(name):
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(combo.findData(values.get(name)))

        put_text(self.name_edit, "name")
        put_combo(self.nature_combo, "nature")
        put_combo(self.scale_combo, "scale")
        if form is None or wanted("industry"):
            self._fill_industries(str(values.get("industry") or ""))
        if form is not None:
            self.region_model.setStringList(list(form.regions))
        put_text(self.region_edit, "region")
        pending = self._pending_partner and not force  # keep the user's half-made switch
        if (wanted("sales_channel") or wanted("partner_kind")) and not pending:
            self._pending_partner = False
            put_combo(self.channel_combo, "sales_channel")
            with QSignalBlocker(self.partner_kind_combo):
                kind = values.get("partner_kind")
                self.partner_kind_combo.setCurrentIndex(
                    self.partner_kind_combo.findData(kind) if kind else -1
                )
        put_text(self.partner_name_edit, "partner_name")
        self._enable_partner()
        self._fill_owners(values.get("owner_id"))
        put_text(self.territory_edit, "territory")
        self._fill_parents(values.get("parent_id"))
        self._fill_subsidiaries()
        for name, edit in self.profile_edits.items():
            put_text(edit, name)
        self._update_profile_title()
        if wanted("values"):
            chosen = set(values.get("values") or [])
            for n, check in enumerate(self.value_checks, start=1):
                with QSignalBlocker(check):
                    check.setChecked(n in chosen)
        put_text(self.note_edit, "note")

    def _fill_industries(self, current: str) -> None:
        method = load_methodology().item("ACC.INDUSTRY")
        names = [option.text(lang()) for option in method.options]
        known = {n.casefold() for n in names}
        for name in self.form.industries if self.form is not None else ():
            if name.casefold() not in known:
                known.add(name.casefold())
                names.append(name)
        combo = self.industry_combo
        with QSignalBlocker(combo):
            if [combo.itemText(i) for i in range(combo.count())] != names:
                combo.clear()
                combo.addItems(names)
            line = self.industry_line
            if line.hasFocus() and line.isModified():
                return
            combo.setCurrentIndex(combo.findText(current))
            combo.setEditText(current)

    def _fill_owners(self, owner_id: int | None) -> None:
        combo = self.owner_combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("(nobody)"), None)
            members = self.form.members if self.form is not None else ()
            for member in sort_by_name(members, lambda m: m.name):
                if not member.active and member.id != owner_id:
                    continue
                text = f"{member.name} — {labels.team_role_label(member.role)}"
                if not member.active:
                    text = self.tr("{name} (left the team)").format(name=text)
                combo.addItem(text, member.id)
            combo.setCurrentIndex(max(0, combo.findData(owner_id)))

    def _fill_parents(self, parent_id: int | None) -> None:
        combo = self.parent_combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            form = self.form
            if form is not None:
                excluded = form.descendants() | {form.id}
                for ident, name, _parent in sort_by_name(form.accounts, lambda a: a[1]):
                    if ident not in excluded:
                        combo.addItem(name, ident)
            combo.setCurrentIndex(max(0, combo.findData(parent_id)))

    def _fill_subsidiaries(self) -> None:
        rows = self.form.subsidiaries() if self.form is not None else []
        self.subsidiaries_list.clear()
        for ident, name in rows:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            self.subsidiaries_list.addItem(item)
        self.subsidiaries_list.setVisible(bool(rows))
        self.no_subsidiaries.setVisible(not rows)
        line = self.subsidiaries_list.sizeHintForRow(0) if rows else 0
        self.subsidiaries_list.setFixedHeight(min(len(rows), 4) * line + 6)

    def _update_profile_title(self) -> None:
        values = self.form.values if self.form is not None else {}
        filled = sum(1 for name, _key, _multi in PROFILE_FIELDS if values.get(name))
        title = load_methodology().item("ACC.PROFILE").text(lang())
        self.profile_toggle.setText(
            self.tr("In-depth profile ({filled} of {total} filled)").format(
                filled=filled, total=len(PROFILE_FIELDS)
            )
            if values
            else title
        )

    def _enable_partner(self) -> None:
        partner = self.channel_combo.currentData() == SalesChannel.PARTNER.value
        self.partner_kind_combo.setEnabled(partner)
        self.partner_name_edit.setEnabled(partner)

    # -- widgets -> model --------------------------------------------------------

    def _undo_texts(self) -> dict[str, str]:
        return {
            "name": self.tr("Edit account name"),
            "nature": self.tr("Edit account nature"),
            "industry": self.tr("Edit account industry"),
            "region": self.tr("Edit account region"),
            "scale": self.tr("Edit account size"),
            "sales_channel": self.tr("Edit account sales channel"),
            "partner_kind": self.tr("Edit account partner kind"),
            "partner_name": self.tr("Edit account partner name"),
            "owner_id": self.tr("Edit account owner"),
            "territory": self.tr("Edit account territory"),
            "parent_id": self.tr("Edit account parent"),
            "industry_chain": self.tr("Edit account industry-chain segment"),
            "main_business": self.tr("Edit account main business"),
            "org_structure": self.tr("Edit account organisation structure"),
            "development_stage": self.tr("Edit account development stage"),
            "markets": self.tr("Edit account markets"),
            "business_regions": self.tr("Edit account business regions"),
            "registered_capital": self.tr("Edit account registered capital"),
            "culture": self.tr("Edit account culture"),
            "it_situation": self.tr("Edit account IT situation"),
            "core_needs": self.tr("Edit account core needs"),
            "values": self.tr("Edit account value to us"),
            "note": self.tr("Edit account note"),
        }

    def _commit_field(self, name: str, value: Any) -> bool:
        return self.commit({name: value}, self._undo_texts()[name])

    def commit(self, values: Mapping[str, Any], text: str) -> bool:
        """Write ``values`` as one undoable step; on refusal say why and show the stored value."""
        form = self.form
        if form is None:
            return False
        changed = {k: v for k, v in values.items() if _differs(form.values.get(k), v)}
        if not changed:
            self._fill(set(values))  # e.g. "  Acme " typed over "Acme": show it tidy
            return True
        shown = {k: form.values.get(k) for k in changed}
        command = EditCommand(self.ctx, text, update_account, form.id, changed, shown=shown)
        # A refused field is explained here, beside the form, not in a dialog over it.
        refusal = self.ctx.try_push(command)
        if refusal is not None:
            self._message(refusal, error=True)
            self._fill(set(changed), force=True)
            return False
        if command.isObsolete():  # the service saw no change after tidying the value
            self._fill(set(changed), force=True)
        self._message("")
        return True

    def _commit_values(self) -> None:
        chosen = [n for n, check in enumerate(self.value_checks, start=1) if check.isChecked()]
        self._commit_field("values", chosen)

    def _on_channel(self, _index: int) -> None:
        channel = self.channel_combo.currentData()
        if channel == SalesChannel.DIRECT.value:
            self._pending_partner = False
            # Name the kind too, so that undo brings the partner kind back.
            self.commit(
                {"sales_channel": channel, "partner_kind": None},
                self._undo_texts()["sales_channel"],
            )
            self._enable_partner()
            return
        kind = self.partner_kind_combo.currentData()
        if kind:
            self.commit(
                {"sales_channel": channel, "partner_kind": kind},
                self._undo_texts()["sales_channel"],
            )
            return
        # A partner account needs its partner kind: ask for it before saving anything.
        self._pending_partner = True
        self._enable_partner()
        self._message(
            self.tr(
                "An account sold through a partner needs the partner kind: choose it below "
                "“Channel” to finish the change."
            ),
            error=False,
        )
        self.partner_kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_partner_kind(self, _index: int) -> None:
        kind = self.partner_kind_combo.currentData()
        if self._pending_partner:
            self._pending_partner = False
            self.commit(
                {"sales_channel": SalesChannel.PARTNER.value, "partner_kind": kind},
                self._undo_texts()["sales_channel"],
            )
        else:
            self._commit_field("partner_kind", kind)

    def _on_subsidiary(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(ident, int):
            self.accountRequested.emit(ident)

    def _message(self, text: str, *, error: bool = True) -> None:
        """The line under the form: red for a refused value, amber for a next step."""
        self.error_label.setText(text)
        self.error_label.setProperty("error", error)
        color = "#b91c1c" if error else "#92400e"
        self.error_label.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.error_label.setVisible(bool(text))

    @property
    def message(self) -> str:
        """The inline message now shown ("" when none)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""


def _differs(stored: Any, new: Any) -> bool:
    if isinstance(stored, str) or isinstance(new, str):
        return str(stored or "") != str(new or "")
    return bool(stored != new)


__all__ = ["AccountEditor", "AccountForm", "TextBox", "read_account_form"]
