"""The map's side panel: the person, the route, the gaps, the changes.

Each tab shows plain rows through one small table model (:class:`PanelModel`)
and says what the user clicked with ``selectRequested(keys)``; the page selects
those cards. Only the person tab edits, through the shared person editor and
link commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import name_key, ranks, sort_by_name
from desktop.commands import DeleteCommand, EditCommand
from desktop.context import WorkspaceContext
from desktop.editors.person_editor import PersonEditor
from desktop.map import style as st
from desktop.map.commands import LinkCommand, _remove_link
from desktop.map.data import OUR_SIDE, THE_KDM, MapAnalysis, NodeInfo
from desktop.map.deal_roles import ChainBox, show_standing_chain
from desktop.map.texts import (
    diff_lines,
    hop_word,
    percent,
    reason_text,
    risk_text,
    route_problem,
    rule_text,
    severity_label,
    support_words,
    tr,
)
from desktop.method_help import item_ref, open_method_help
from graph import OrgDiff, RouteAnswer, person_key
from graph.from_model import LinkRow, link_rows
from model.services.people import update_person

Index = QModelIndex | QPersistentModelIndex
NO_CONTACT = QDate(1900, 1, 1)
"""The last-contact box's blank: no contact recorded."""
KEYS_ROLE = Qt.ItemDataRole.UserRole
DATA_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_COLOUR = "#2B6CB0"


@dataclass(frozen=True, slots=True)
class PanelRow:
    """One row of a side-panel table: cells, the cards it names, a colour chip."""

    cells: tuple[str, ...]
    keys: tuple[str, ...] = ()
    tip: str = ""
    colour: str | None = None
    data: Any = None


class PanelModel(QAbstractTableModel):
    """Rows of :class:`PanelRow`; column 0 carries the colour chip."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[PanelRow] = []
        self.link_column: int | None = None  # a column shown as a link

    def set_rows(self, rows: Sequence[PanelRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def row(self, index: int) -> PanelRow:
        return self._rows[index]

    def rows(self) -> list[PanelRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip or None
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.link_column:
            return QColor(LINK_COLOUR)
        if role == KEYS_ROLE:
            return list(row.keys)
        if role == DATA_ROLE:
            return row.data
        return None


class PanelTable(QTableView):
    """A calm, read-only table whose click names cards."""

    picked = Signal(list)

    def __init__(
        self,
        model: PanelModel,
        stretch: int | None = None,
        parent: QWidget | None = None,
        *,
        fit_height: bool = False,
    ) -> None:
        super().__init__(parent)
        self.fit_height = fit_height
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.clicked.connect(self._on_click)
        self.activated.connect(self._on_click)
        model.modelReset.connect(self._fit_rows)

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text; a ``fit_height`` table as tall as its rows."""
        self.resizeRowsToContents()
        if self.fit_height:
            rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
            header = self.horizontalHeader().height() if self.horizontalHeader().isVisible() else 0
            self.setFixedHeight(rows + header + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _on_click(self, index: QModelIndex) -> None:
        keys = index.data(KEYS_ROLE) or []
        self.picked.emit(list(keys))


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    f = label.font()
    f.setBold(True)
    label.setFont(f)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # a palette, not a style sheet: a style sheet freezes the label's font, so it
    # would not follow View > Larger text
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, st.TEXT_2)
    label.setPalette(palette)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


# -- person ------------------------------------------------------------------------


class PersonPanel(QWidget):
    """The selected person in the person editor, with their links below."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.hint = _hint(
            tr(
                "Click a card to edit the person here.\n\n"
                "Double-click the canvas to add a person. Shift+drag from one card to "
                "another (or use Link mode) to record who reports to or influences whom; "
                "drag from one of our team to a person to record our relationship."
            )
        )
        self.hint.setContentsMargins(12, 12, 12, 12)
        self.stack.addWidget(self.hint)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = PersonEditor(ctx)
        self.deal_id: int | None = None
        self.chain = ChainBox(ctx)
        page_layout.addWidget(self.chain)
        page_layout.addWidget(self.editor, 3)
        page_layout.addWidget(_heading(tr("Links")))
        self.links_model = PanelModel([tr("Link"), tr("Strength")], self)
        self.links = PanelTable(self.links_model, stretch=0)
        self.links.setObjectName("mapLinks")
        self.links.selectionModel().selectionChanged.connect(self._on_link_selected)
        page_layout.addWidget(self.links, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Strength")))
        self.strength = QSpinBox()
        self.strength.setRange(5, 100)
        self.strength.setSingleStep(5)
        self.strength.setSuffix(" %")
        self.strength.setToolTip(tr("How strongly this link carries influence, 5 % to 100 %"))
        self.strength.editingFinished.connect(self._commit_strength)
        row.addWidget(self.strength)
        row.addStretch(1)
        self.remove = QPushButton(tr("Remove link"))
        self.remove.setToolTip(tr("Remove the selected link; undo brings it back"))
        self.remove.clicked.connect(self.remove_link)
        row.addWidget(self.remove)
        page_layout.addLayout(row)
        page_layout.addLayout(self._relationship_row())
        self.person_page = page
        self.stack.addWidget(page)

        self.other = _hint("")
        self.other.setContentsMargins(12, 12, 12, 12)
        self.stack.addWidget(self.other)
        self._enable_link_edit(None)

    def _relationship_row(self) -> QHBoxLayout:
        """Last contact and visit level of the selected relationship (our member → them)."""
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Last contact")))
        self.last_contact = QDateEdit()
        self.last_contact.setObjectName("relLastContact")
        self.last_contact.setCalendarPopup(True)
        self.last_contact.setDisplayFormat("yyyy-MM-dd")
        self.last_contact.setMinimumDate(NO_CONTACT)
        self.last_contact.setSpecialValueText(tr("not recorded"))
        self.last_contact.setToolTip(
            tr("The day of our last contact with this person (today at the latest)")
        )
        self.last_contact.editingFinished.connect(self._commit_last_contact)
        calendar = self.last_contact.calendarWidget()
        if calendar is not None:
            calendar.clicked.connect(lambda _d: self._commit_last_contact())
        row.addWidget(self.last_contact)
        row.addWidget(QLabel(tr("Visit level")))
        self.visit_level = QComboBox()
        self.visit_level.setObjectName("relVisitLevel")
        self.visit_level.setToolTip(tr("The highest level on our side that has met this person"))
        for value, text in labels.options("visit_level"):
            self.visit_level.addItem(text, value)
        self.visit_level.activated.connect(self._commit_visit_level)
        row.addWidget(self.visit_level)
        row.addStretch(1)
        return row

    def set_deal(self, deal_id: int | None, name: str = "") -> None:
        """The deal the map shows (None: the whole account); decides what the editor edits."""
        self.deal_id = deal_id
        self.chain.set_deal(deal_id, name)
        self.chain.setVisible(deal_id is not None and self.person_id is not None)
        show_standing_chain(self.editor, deal_id is None)

    def show_keys(self, keys: list[str], nodes: dict[str, NodeInfo]) -> None:
        """Follow the map's selection."""
        person = int(keys[0][2:]) if len(keys) == 1 and keys[0].startswith("p:") else None
        self.chain.set_person(person)
        self.chain.setVisible(self.deal_id is not None and person is not None)
        if len(keys) == 1 and keys[0].startswith("p:") and int(keys[0][2:]) == self.person_id:
            self.reload_links()  # the same person: their links may have changed
            return
        self.editor.commit_pending()
        if len(keys) == 1 and keys[0].startswith("p:"):
            self.person_id = int(keys[0][2:])
            self.editor.set_person(self.person_id)
            self.reload_links()
            self.stack.setCurrentWidget(self.person_page)
            return
        self.person_id = None
        self.editor.set_person(None)
        if not keys:
            self.stack.setCurrentWidget(self.hint)
            return
        if len(keys) == 1:
            info = nodes.get(keys[0])
            name = info.name if info else ""
            role = labels.team_role_label(info.member_role if info else None)
            self.other.setText(
                tr(
                    "{name} — our team ({role}).\n\nDrag from this card to a person to record "
                    "a relationship. Members are edited on the Team page."
                ).format(name=name, role=role.lower())
            )
        else:
            self.other.setText(
                tr(
                    "{n} cards selected. Drag one of them to move them together; "
                    "Del deletes the selected people (undo brings them back)."
                ).format(n=len(keys))
            )
        self.stack.setCurrentWidget(self.other)

    def reload_links(self) -> None:
        if self.person_id is None:
            self.links_model.set_rows([])
            self._enable_link_edit(None)
            return
        rows: list[PanelRow] = []
        me = self.person_id
        for link in _links_in_order(self.ctx.read(link_rows, me), me):
            if link.kind == "reports_to":
                if link.source == me:
                    text = tr("Reports to {name}").format(name=link.target_name)
                    keys = (person_key(link.target),)
                else:
                    text = tr("{name} reports to them").format(name=link.source_name)
                    keys = (person_key(link.source),)
                colour = st.REPORTS.name()
            elif link.kind == "influence":
                if link.source == me:
                    text = tr("Influences {name}").format(name=link.target_name)
                    keys = (person_key(link.target),)
                else:
                    text = tr("Influenced by {name}").format(name=link.source_name)
                    keys = (person_key(link.source),)
                colour = st.INFLUENCE.name()
            else:
                text = tr("Known by {name} (our team)").format(name=link.source_name)
                keys = (f"m:{link.source}",)
                colour = st.RELATIONSHIP.name()
            strength = "" if link.strength is None else percent(link.strength)
            rows.append(PanelRow((text, strength), keys, "", colour, link))
        self.links_model.set_rows(rows)
        self._enable_link_edit(None)

    def current_link(self) -> LinkRow | None:
        rows = self.links.selectionModel().selectedRows()
        if not rows:
            return None
        data = rows[0].data(DATA_ROLE)
        return data if isinstance(data, LinkRow) else None

    def _on_link_selected(self) -> None:
        self._enable_link_edit(self.current_link())

    def _enable_link_edit(self, link: LinkRow | None) -> None:
        has_strength = link is not None and link.strength is not None
        self.strength.setEnabled(has_strength)
        self.remove.setEnabled(link is not None)
        self.strength.blockSignals(True)
        self.strength.setValue(round((link.strength or 0.5) * 100) if has_strength and link else 50)
        self.strength.blockSignals(False)
        ours = link is not None and link.kind == "relationship"
        self.last_contact.setEnabled(ours)
        self.visit_level.setEnabled(ours)
        self.last_contact.setMaximumDate(QDate.currentDate())
        day = link.last_contact if link is not None and ours else None
        self.last_contact.blockSignals(True)
        self.last_contact.setDate(
            NO_CONTACT if day is None else QDate(day.year, day.month, day.day)
        )
        self.last_contact.blockSignals(False)
        level = link.visit_level if link is not None and ours else "rep"
        self.visit_level.setCurrentIndex(max(0, self.visit_level.findData(level)))

    def _commit_last_contact(self) -> None:
        link = self.current_link()
        if link is None or link.kind != "relationship":
            return
        value = self.last_contact.date()
        day = None if value == NO_CONTACT else date(value.year(), value.month(), value.day())
        if day != link.last_contact:
            self.set_relationship(link, {"last_contact": day})

    def _commit_visit_level(self, _index: int = 0) -> None:
        link = self.current_link()
        level = self.visit_level.currentData()
        if link is not None and link.kind == "relationship" and level != link.visit_level:
            self.set_relationship(link, {"visit_level": level})

    def set_relationship(self, link: LinkRow, values: dict[str, Any]) -> bool:
        """Change our relationship's last contact or visit level, as one undo step."""
        field = tr("last contact") if "last_contact" in values else tr("visit level")
        command = LinkCommand(
            self.ctx,
            tr("{member} and {person}: {field}").format(
                member=link.source_name, person=link.target_name, field=field
            ),
            "relationship",
            link.source,
            link.target,
            values,
        )
        done = self.ctx.push(command)
        if not done:
            self._enable_link_edit(link)  # refused: show what is stored
        return done

    def _commit_strength(self) -> None:
        link = self.current_link()
        if link is None or link.strength is None:
            return
        value = self.strength.value() / 100
        if abs(value - link.strength) < 1e-9:
            return
        self.set_link_strength(link, value)

    def set_link_strength(self, link: LinkRow, value: float) -> bool:
        values: dict[str, Any] = {"strength": value}
        if link.kind == "influence":
            values["note"] = link.note
        command = LinkCommand(
            self.ctx,
            tr("Link strength {a} → {b}").format(a=link.source_name, b=link.target_name),
            link.kind,
            link.source,
            link.target,
            values,
        )
        return self.ctx.push(command)

    def remove_link(self) -> None:
        link = self.current_link()
        if link is None:
            return
        self.remove_this_link(link)

    def remove_this_link(self, link: LinkRow) -> bool:
        text = tr("Remove link {a} → {b}").format(a=link.source_name, b=link.target_name)
        if link.kind == "reports_to":
            return self.ctx.push(
                EditCommand(
                    self.ctx,
                    text,
                    update_person,
                    link.source,
                    {"manager_id": None},
                    shown={"manager_id": link.target},
                )
            )
        return self.ctx.push(DeleteCommand(self.ctx, text, _remove_link(link.kind), link.id))


# -- route -------------------------------------------------------------------------


class RoutePanel(QWidget):
    """Pick where a route starts and ends; see the strongest routes and their strengths."""

    changed = Signal()
    selectRequested = Signal(list)
    fromSelection = Signal()
    toSelection = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setObjectName("routeSource")
        self.source.setToolTip(tr("Where the route starts: our side, or any card"))
        self.target = QComboBox()
        self.target.setObjectName("routeTarget")
        self.target.setToolTip(tr("Whom the route should reach"))
        for combo in (self.source, self.target):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.activated.connect(lambda _i: self.changed.emit())
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        pick_from = QToolButton()
        pick_from.setText(tr("Selected"))
        pick_from.setToolTip(tr("Start from the selected card"))
        pick_from.clicked.connect(self.fromSelection.emit)
        source_row.addWidget(pick_from)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        pick_to = QToolButton()
        pick_to.setText(tr("Selected"))
        pick_to.setToolTip(tr("Aim at the selected card"))
        pick_to.clicked.connect(self.toSelection.emit)
        target_row.addWidget(pick_to)
        self.count = QSpinBox()
        self.count.setRange(1, 5)
        self.count.setValue(3)
        self.count.setToolTip(tr("How many of the strongest routes to light up"))
        self.count.valueChanged.connect(lambda _v: self.changed.emit())
        form.addRow(tr("From"), source_row)
        form.addRow(tr("To"), target_row)
        form.addRow(tr("Routes"), self.count)
        layout.addLayout(form)
        explain = _hint(
            tr(
                "A route's strength is the product of its links' strengths: "
                "the best way for our side to reach a person."
            )
        )
        layout.addWidget(explain)
        self.model = PanelModel([tr("Route"), tr("Strength")], self)
        self.table = PanelTable(self.model, stretch=0)
        self.table.setObjectName("routeTable")
        self.table.picked.connect(self.selectRequested.emit)
        layout.addWidget(self.table, 1)
        self.message = _hint("")
        layout.addWidget(self.message)

    def set_choices(self, nodes: Sequence[NodeInfo]) -> None:
        """Offer our members and the customer's people (keeps the current picks)."""
        members = sort_by_name((n for n in nodes if n.is_member), lambda n: n.name)
        people = sort_by_name((n for n in nodes if not n.is_member), lambda n: n.name)
        self._fill(
            self.source,
            [(OUR_SIDE, tr("Our side (team, insiders, coach)"))]
            + [(n.key, tr("{name} (our team)").format(name=n.name)) for n in members]
            + [(n.key, n.name) for n in people],
        )
        self._fill(
            self.target,
            [(THE_KDM, tr("The key decision maker"))] + [(n.key, n.name) for n in people],
        )

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def pick(self, source: str | None = None, target: str | None = None) -> None:
        for combo, value in ((self.source, source), (self.target, target)):
            if value is None:
                continue
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.changed.emit()

    def query(self) -> tuple[str, str, int]:
        return (
            str(self.source.currentData() or OUR_SIDE),
            str(self.target.currentData() or THE_KDM),
            self.count.value(),
        )

    def show_answer(self, answer: RouteAnswer, name: Callable[[str], str]) -> None:
        rows = []
        for rank, route in enumerate(answer.routes):
            path = " → ".join(name(k) for k in route.nodes)
            steps = [
                f"{name(a)} {hop_word(kind)} {name(b)} ({percent(s)})"
                for a, b, kind, s in zip(
                    route.nodes, route.nodes[1:], route.kinds, route.strengths, strict=False
                )
            ]
            rows.append(
                PanelRow(
                    (path, percent(route.strength)),
                    tuple(route.nodes),
                    "\n".join(steps),
                    st.route_colour(rank).name(),
                    route,
                )
            )
        self.model.set_rows(rows)
        self.message.setText(route_problem(answer, name))


# -- gaps ------------------------------------------------------------------------------


def _links_in_order(links: Sequence[LinkRow], me: int) -> list[LinkRow]:
    """The manager, the people reporting, influences, our team: each group by name.

    Names compare as the user's locale does (Chinese by pinyin); the read
    gives them in code point order.
    """

    def group(link: LinkRow) -> int:
        if link.kind == "reports_to":
            return 0 if link.source == me else 1
        return 2 if link.kind == "influence" else 3

    def other(link: LinkRow) -> str:
        if link.kind == "relationship":
            return link.source_name
        return link.target_name if link.source == me else link.source_name

    place = ranks(other(link) for link in links)
    return sorted(links, key=lambda link: (group(link), place[other(link) or ""]))


class GapsPanel(QWidget):
    """Coverage of the decision chain, risks with their rules, and whom to see next."""

    selectRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(_heading(tr("Decision chain")))
        self.coverage_model = PanelModel(
            [tr("Role"), tr("People"), tr("Support"), tr("Our best visit")], self
        )
        self.coverage = PanelTable(self.coverage_model, stretch=1, fit_height=True)
        self.coverage.setObjectName("coverageTable")
        self.coverage.picked.connect(self.selectRequested.emit)
        layout.addWidget(self.coverage)
        layout.addWidget(_heading(tr("Risks")))
        self.risk_model = PanelModel([tr("Rule"), tr("Risk")], self)
        self.risks = PanelTable(self.risk_model, stretch=1)
        self.risks.setObjectName("riskTable")
        self.risks.picked.connect(self.selectRequested.emit)
        self.risk_model.link_column = 0  # the rule's name opens the method there
        self.risks.clicked.connect(self._open_rule)
        layout.addWidget(self.risks, 3)
        layout.addWidget(_heading(tr("Whom to see next")))
        self.visit_model = PanelModel([tr("Person"), tr("Why")], self)
        self.visits = PanelTable(self.visit_model, stretch=1)
        self.visits.setObjectName("visitTable")
        self.visits.picked.connect(self.selectRequested.emit)
        layout.addWidget(self.visits, 3)

    def _open_rule(self, index: QModelIndex) -> None:
        risk = index.data(DATA_ROLE)
        if index.column() == self.risk_model.link_column and risk is not None:
            open_method_help(risk.rule_id)

    def show_analysis(self, analysis: MapAnalysis, name: Callable[[str], str]) -> None:
        rows = []
        for role, cov in analysis.coverage.items():
            if not cov.known:
                people = tr("nobody known")
                support = ""
                colour = "#B42318" if role in ("KDM", "KI", "KU") else "#9AA4B1"
            else:
                shown = sorted((name(k) for k in cov.people), key=name_key)[:3]
                more = len(cov.people) - len(shown)
                people = labels.join_list(shown, complete=more <= 0)
                people += f" +{more}" if more > 0 else ""
                if cov.best_support == cov.worst_support:
                    support = support_words(cov.best_support or 0)
                else:
                    low = labels.support_sign(cov.worst_support)
                    high = labels.support_sign(cov.best_support)
                    support = f"{low} … {high}"
                best = cov.best_support or 0
                colour = st.support_colour(best).name()
            marks = []
            if cov.insider:
                marks.append(tr("insider"))
            if cov.coach:
                marks.append(tr("coach"))
            if cov.competitor_backers:
                marks.append(tr("{n} back a competitor").format(n=len(cov.competitor_backers)))
            visit = labels.visit_level_label(cov.visit_level) if cov.visit_level else tr("none")
            tip = labels.role_label(role)
            if marks:
                tip += "\n" + labels.join_list(marks)
            rows.append(
                PanelRow((labels.role_short(role), people, support, visit), cov.people, tip, colour)
            )
        self.coverage_model.set_rows(rows)

        severity_colour = {1: "#9AA4B1", 2: "#D68A00", 3: "#B42318"}
        risk_rows = []
        for risk in analysis.risks:
            text = risk_text(risk, name)
            rule = rule_text(risk.rule_id)
            ref = item_ref(risk.rule_id)
            tip = f"{severity_label(risk.severity)} — {ref}: {rule}" if rule else ""
            if rule:
                tip += "\n" + tr("Click the rule to read it in the method.")
            keys = tuple(k for k in risk.people if k.startswith(("p:", "m:")))
            risk_rows.append(
                PanelRow((ref, text), keys, tip, severity_colour.get(risk.severity), risk)
            )
        self.risk_model.set_rows(risk_rows)

        visit_rows = []
        for s in analysis.visits:
            visit_rows.append(
                PanelRow(
                    (name(s.person), reason_text(s, name)),
                    (s.person,),
                    tr(
                        "Score {score}: influence on the decision maker {influence} × room to win "
                        "{room}"
                    ).format(
                        score=percent(s.score), influence=percent(s.influence), room=percent(s.room)
                    ),
                    st.support_colour(int(str(s.detail.get("support", 0)))).name(),
                    s,
                )
            )
        self.visit_model.set_rows(visit_rows)


# -- changes between two dates --------------------------------------------------------------


class ChangesPanel(QWidget):
    """Who joined or left, and whose role, support or backing changed between two days."""

    compareRequested = Signal(object, object)  # date, date
    selectRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-90))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(today)
            edit.dateChanged.connect(lambda _d: self.request())
        self.since.setObjectName("changesSince")
        self.until.setObjectName("changesUntil")
        self.since.setToolTip(tr("Compare the chain as it was at the end of this day…"))
        self.until.setToolTip(tr("…with the chain at the end of this day"))
        form.addRow(tr("From"), self.since)
        form.addRow(tr("To"), self.until)
        layout.addLayout(form)
        self.summary = _hint("")
        layout.addWidget(self.summary)
        self.model = PanelModel([tr("Change")], self)
        self.table = PanelTable(self.model, stretch=0)
        self.table.setObjectName("changesTable")
        self.table.picked.connect(self.selectRequested.emit)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            _hint(
                tr(
                    "People who joined are tagged New on the map, people who changed are "
                    "tagged Changed. History comes from the change log of this workspace."
                )
            )
        )

    def span(self) -> tuple[date, date]:
        a, b = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(a, date) and isinstance(b, date)
        return (a, b) if a <= b else (b, a)

    def request(self) -> None:
        self.compareRequested.emit(*self.span())

    def show_diff(self, diff: OrgDiff, name: Callable[[int], str]) -> dict[str, str]:
        """List the changes; returns the marks for the map (key -> joined/changed)."""
        colours = {"joined": st.JOINED.name(), "left": "#8A93A0"}
        rows = []
        for what, pid, text in diff_lines(diff, name):
            rows.append(
                PanelRow((text,), (person_key(pid),), "", colours.get(what, st.CHANGED.name()))
            )
        self.model.set_rows(rows)
        changed = len(diff.changed_people)
        self.summary.setText(
            tr("{joined} joined · {left} left · {changed} changed").format(
                joined=len(diff.joined), left=len(diff.left), changed=changed
            )
            if diff
            else tr("No changes between these days.")
        )
        marks = {person_key(pid): "joined" for pid in diff.joined}
        for pid in diff.changed_people:
            marks.setdefault(person_key(pid), "changed")
        return marks
