"""The Self-check tab (P3.SELFCHECK.1..2): effort against opportunities, per member.

The figures and thresholds are :mod:`model.selfcheck`'s; this view lists every
active member and, for the one selected, the activities of each of the last
14 days, the method's questions when many activities bring few opportunities,
and a warning when the reserve of opportunities is thin. The questions are
our own wording of the method's four points.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.context import WorkspaceContext
from desktop.models.row_table import ID_ROLE, SORT_ROLE, RowTableModel
from desktop.pages.base import EmptyState
from desktop.pages.list_editor import CURSOR, fit_rows, list_beside, read_only_table
from model.changes import Changes
from model.selfcheck import (
    FEW_FAR,
    FEW_OPPORTUNITIES,
    MANY_ACTIVITIES,
    NEAR_DAYS,
    WINDOW_DAYS,
    SelfCheck,
    team_self_check,
)

CONTEXT = "SelfCheckView"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def questions() -> list[str]:
    """P3.SELFCHECK.2 in our words: what to ask oneself when visits bring few opportunities."""
    return [
        tr("Channels: are your leads coming from the channels that convert best "
           "(existing customers, referrals, events), or mostly from cold ones?"),
        tr("Strategy: are you visiting the departments and people who can start a "
           "purchase, with a reason for the next meeting each time?"),
        tr("Confirmation: do you check the five elements early, with presales and your "
           "manager, so that real opportunities are recognised and weak ones dropped?"),
        tr("Yourself: do your skills and your drive match the visits — what would you "
           "practise, or ask your manager to help with?"),
    ]  # fmt: skip


class Column(IntEnum):
    NAME = 0
    ACTIVITIES = 1
    CREATED = 2
    ADVANCED = 3
    NEAR = 4
    FAR = 5
    CHECK = 6


def check_text(row: SelfCheck) -> str:
    flags = []
    if row.diagnose:
        flags.append(tr("Many visits, few opportunities"))
    if row.thin_reserve:
        flags.append(tr("Thin reserve"))
    return "; ".join(flags)


class SelfCheckModel(RowTableModel[Any]):
    """One row per member: :class:`SelfCheck` rows keyed by member id."""

    def column_count(self) -> int:
        return len(Column)

    def column_titles(self) -> list[str]:
        return [
            tr("Member"),
            tr("Activities"),
            tr("Created"),
            tr("Advanced"),
            tr("Near-term"),
            tr("Far-term"),
            tr("Check"),
        ]

    def column_tips(self) -> list[str]:
        return [
            tr("Active members of the team"),
            tr("Visits, calls and other activities they took part in, last {n} days").format(
                n=WINDOW_DAYS
            ),
            tr("Their deals that became a valid opportunity (P3) in those days"),
            tr("Their opportunities that moved forward a stage in those days"),
            tr("Open deals in P5–P7, or expected to close within {n} days").format(n=NEAR_DAYS),
            tr("Other open deals in P3–P4"),
            tr("What the self-check asks them to look at"),
        ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        check: SelfCheck = row.check
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.CHECK:
            return QColor("#b3261e") if check_text(check) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and Column.ACTIVITIES <= column <= Column.FAR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        values: dict[int, Any] = {
            Column.NAME: check.name,
            Column.ACTIVITIES: check.activities,
            Column.CREATED: check.created,
            Column.ADVANCED: check.advanced,
            Column.NEAR: check.near,
            Column.FAR: check.far,
            Column.CHECK: check_text(check),
        }
        value = values.get(column)
        return str(value) if role == Qt.ItemDataRole.DisplayRole and value is not None else value


class _Row:
    """A SelfCheck with the ``id`` the table keys rows by (the member's)."""

    __slots__ = ("check", "id")

    def __init__(self, check: SelfCheck) -> None:
        self.check, self.id = check, check.member_id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Row) and other.check == self.check

    def __hash__(self) -> int:
        return hash(self.check)


class DayBars(QWidget):
    """The activities of each day of the window as small bars with their counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckDays")
        self.days: tuple[date, ...] = ()
        self.counts: tuple[int, ...] = ()
        self.setMinimumHeight(self.fontMetrics().height() * 5)

    def set_days(self, days: tuple[date, ...], counts: tuple[int, ...]) -> None:
        self.days, self.counts = days, counts
        self.setToolTip(
            "\n".join(f"{d.isoformat()}: {n}" for d, n in zip(days, counts, strict=True))
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, self.fontMetrics().height() * 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.counts:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.height()
        width = self.width() / len(self.counts)
        top, bottom = line + 2, self.height() - line - 2
        most = max(max(self.counts), 1)
        bar = self.palette().highlight().color()
        text = self.palette().windowText().color()
        for i, (day, count) in enumerate(zip(self.days, self.counts, strict=True)):
            x = i * width
            height = (bottom - top) * count / most
            if count:
                painter.fillRect(QRectF(x + 2, bottom - height, width - 4, height), bar)
            painter.setPen(text)
            painter.drawText(
                QRectF(x, bottom - height - line - 1, width, line),
                int(Qt.AlignmentFlag.AlignCenter),
                str(count),
            )
            painter.drawText(
                QRectF(x, bottom + 2, width, line), int(Qt.AlignmentFlag.AlignCenter), str(day.day)
            )
        painter.end()


class SelfCheckView(QWidget):
    """Every active member's figures; the selected one's days, questions and warning."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckView")
        self.ctx = ctx
        self.stale = True
        self._selected: int | None = ctx.me
        self.model = SelfCheckModel(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        self.intro = QLabel(
            self.tr(
                "The last {n} days of each member: activities against opportunities created "
                "and advanced. At {many} activities or more with {few} opportunity or fewer, "
                "the method asks four questions; no near-term opportunity and {far} far-term "
                "ones or fewer means the reserve is thin."
            ).format(n=WINDOW_DAYS, many=MANY_ACTIVITIES, few=FEW_OPPORTUNITIES, far=FEW_FAR)
        )
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No one to check yet"),
            self.tr("Add your team on the Members tab; each member's self-check shows here."),
        )
        self.stack.addWidget(self.empty)
        self.table = read_only_table("selfCheckTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CHECK, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.detail = QFrame()
        self.detail.setObjectName("selfCheckDetail")
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setMinimumWidth(360)
        side = QVBoxLayout(self.detail)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        side.addWidget(self.heading)
        self.figures = QLabel()
        self.figures.setObjectName("selfCheckFigures")
        self.figures.setWordWrap(True)
        side.addWidget(self.figures)
        self.bars = DayBars()
        side.addWidget(self.bars)
        self.diagnosis = QLabel()
        self.diagnosis.setObjectName("selfCheckDiagnosis")
        self.diagnosis.setWordWrap(True)
        self.diagnosis.setTextFormat(Qt.TextFormat.RichText)
        side.addWidget(self.diagnosis)
        self.warning = QLabel()
        self.warning.setObjectName("selfCheckWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e;")
        side.addWidget(self.warning)
        side.addStretch(1)

        self.stack.addWidget(list_beside("selfCheckSplitter", self.table, self.detail, [760, 460]))
        outer.addWidget(self.stack, 1)

    # -- reading --------------------------------------------------------------------------

    def checks(self) -> list[SelfCheck]:
        return [r.check for r in self.model.rows()]

    def refresh(self) -> None:
        self.stale = False
        rows = [_Row(c) for c in self.ctx.read(team_self_check)]
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)
        if self.model.row_of(self._selected) < 0:
            self._selected = rows[0].id if rows else None
        self.select_member(self._selected)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("activity", "deal", "stage_change", "member"):
            self.refresh()

    def select_member(self, member_id: int | None) -> None:
        self._selected = member_id
        index = self.model.index(self.model.row_of(member_id), 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(index, CURSOR)
        self._show_detail()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected = current.data(ID_ROLE)
            self._show_detail()

    def selected_check(self) -> SelfCheck | None:
        row = self.model.row_at(self.model.row_of(self._selected))
        return None if row is None else row.check

    def _show_detail(self) -> None:
        check = self.selected_check()
        if check is None:
            self.heading.clear()
            self.figures.clear()
            self.bars.set_days((), ())
            self.diagnosis.clear()
            self.warning.clear()
            return
        self.heading.setText(
            self.tr("{name} · {role}, {start} to {end}").format(
                name=check.name,
                role=labels.team_role_label(check.role),
                start=check.start.isoformat(),
                end=check.end.isoformat(),
            )
        )
        self.figures.setText(
            self.tr(
                "{acts} activities; {opps} opportunities created or advanced ({created} created, "
                "{advanced} advanced). Open reserve: {near} near-term, {far} far-term."
            ).format(
                acts=check.activities,
                opps=check.opportunities,
                created=check.created,
                advanced=check.advanced,
                near=check.near,
                far=check.far,
            )
        )
        self.bars.set_days(check.days, check.per_day)
        if check.diagnose:
            items = "".join(f"<li>{q}</li>" for q in questions())
            self.diagnosis.setText(
                self.tr("<b>Many visits, few opportunities.</b> Ask yourself:")
                + f"<ol>{items}</ol>"
            )
        elif not check.checked:
            self.diagnosis.setText(
                self.tr(
                    "The questions and the reserve warning are for sales reps, whose pipeline "
                    "this is; the days above show this member's activities."
                )
            )
        elif check.activities < MANY_ACTIVITIES:
            self.diagnosis.setText(
                self.tr(
                    "Only {acts} activities in {n} days: look at each day above — where did "
                    "the time go?"
                ).format(acts=check.activities, n=WINDOW_DAYS)
            )
        else:
            self.diagnosis.setText(
                self.tr("Activities are turning into opportunities; look at each day above.")
            )
        self.warning.setText(
            self.tr(
                "No near-term opportunity and only {far} far-term: the pipeline will run dry. "
                "Mine new leads and turn them into valid opportunities now."
            ).format(far=check.far)
            if check.thin_reserve
            else ""
        )
