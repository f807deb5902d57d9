"""File → Import…: a wizard that brings accounts, people, deals or activities in
from a CSV or Excel file.

1. The file: chosen where the last one was; for a workbook the sheet; for a
   CSV the encoding and delimiter found, each with a way to say otherwise.
2. What the rows are (guessed from the headers) and where each column goes
   (guessed, changed by hand in a combo per column), with sample values beside
   and the required fields marked; the order of day and month (guessed).
3. A dry run that writes nothing: how many rows would be created, merged into
   a record already there, skipped or rejected; which rows merge into which
   record; every rejected row with its line, column, value and reason, which
   can be saved as an error file.
4. Import: the whole file as one undo step (Edit → Undo takes it back), written
   off the UI thread with progress and Cancel.

The model does the reading (``model.importing.sources``), the mapping
(``columns``), the plan (``plan``) and the writing
(``model.services.importing``); this module only asks and shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import error_text
from desktop.file_dialogs import remember_dir, start_dir
from desktop.importing.commands import PROGRESS, ImportCommand
from desktop.importing.models import MappingModel, TargetDelegate, TextTableModel
from desktop.pages.list_editor import read_only_table
from desktop.progress import Cancelled, Progress, failure_text, run_with_progress
from model.errors import DomainError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop.context import WorkspaceContext
    from model.importing.columns import Target
    from model.importing.plan import Duplicate, ImportPlan
    from model.importing.sources import SourceTable

CONTEXT = "ImportWizard"
FILE_FILTER = "CSV, Excel (*.csv *.txt *.tsv *.xlsx);;CSV (*.csv *.txt *.tsv);;Excel (*.xlsx);;*"
SHOWN_ROWS = 1000
"""The preview's "All rows" tab lists at most this many rows (the counts cover all)."""
WRAPPED_ROWS = 300
"""Tables of up to this many rows wrap long reasons onto more lines (more would be slow)."""
ERROR_STYLE = "QLabel { color: #a4262c; }"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_labels() -> dict[str, str]:
    return {
        "accounts": tr("Accounts"),
        "people": tr("People"),
        "deals": tr("Deals"),
        "activities": tr("Activities"),
    }


def day_order_labels() -> dict[str, str]:
    return {
        "ymd": tr("Year, month, day (2027-01-05, 2027年1月5日)"),
        "mdy": tr("Month/day/year (01/05/2027, as in the US)"),
        "dmy": tr("Day/month/year (05/01/2027)"),
    }


def action_labels() -> dict[str, str]:
    return {
        "create": tr("New"),
        "merge": tr("Merged"),
        "skip": tr("Skipped"),
        "reject": tr("Rejected"),
    }


def field_label(target: Target) -> str:
    """The target's label as the editors' problems name it: the translation tool files
    the model's ``label=`` literals under "Errors" (tools/update_translations.py)."""
    return QCoreApplication.translate("Errors", target.label)


def cell_text(cell: object) -> str:
    """A cell of the file as the user would read it (phone numbers and IDs whole)."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes").removesuffix(" 00:00")
    if isinstance(cell, date):
        return cell.isoformat()
    from model.importing.values import as_text

    try:
        return as_text(cell)  # type: ignore[arg-type]
    except DomainError:
        return str(cell)


@dataclass(frozen=True)
class Reason:
    """A reason the model gave as a template and its values (a CellProblem's, a
    PlannedRow's): shown as :func:`desktop.errors.error_text` shows a DomainError."""

    template: str
    params: dict[str, Any]
    message: str


def problem_text(template: str, params: Any, english: str) -> str:
    """A reason the model gave (a template and its values) in the user's language."""
    if not template:
        return QCoreApplication.translate("Errors", english) if english else ""
    return error_text(cast(DomainError, Reason(template, dict(params or {}), english)))


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """``width`` × ``height``, or the screen's free area when that is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 40), min(height, free.height() - 60)
    widget.resize(width, height)


def stretch_table(table: QTableView, stretch: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column in range(table.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


class EmptyOr(QStackedWidget):
    """A table, or a sentence saying why it has no rows."""

    def __init__(self, table: QTableView, empty: str) -> None:
        super().__init__()
        self.table = table
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName(f"{table.objectName()}Empty")
        self.addWidget(table)
        self.addWidget(self.empty)

    def follow(self, known: bool = True) -> None:
        """The table, or the sentence when it is ``known`` to have no rows."""
        rows = self.table.model().rowCount()
        self.setCurrentWidget(self.table if rows or not known else self.empty)
        if rows <= WRAPPED_ROWS:
            self.table.resizeRowsToContents()


class ImportState:
    """What the pages decided so far, shared by them."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.kind: str = "accounts"
        self.mapping: dict[int, str | None] = {}
        self.day_order: str = "ymd"
        self.plan: ImportPlan | None = None
        self.planned_for: tuple[Any, ...] | None = None  # what the plan was made from


class Page(QWizardPage):
    """A page of the wizard: its name (for tests), title and the sentence under it."""

    def __init__(self, wizard: ImportWizard, name: str, title: str, subtitle: str) -> None:
        super().__init__()
        self.owner = wizard
        self.setObjectName(name)
        self.setTitle(title)
        self.setSubTitle(subtitle)


# -- 1. the file ---------------------------------------------------------------------------


class FilePage(Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            "filePage",
            tr("Choose the file"),
            tr(
                "A CSV or Excel (.xlsx) file with the column names in its first row and one "
                "record per row, such as an export from another CRM or a spreadsheet."
            ),
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes to Choose…
        self.path_edit.setPlaceholderText(tr("No file chosen yet"))
        self.choose_button = QPushButton(tr("&Choose…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.setToolTip(tr("Choose a .csv or .xlsx file to import"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)

        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.setToolTip(tr("The sheet of the workbook whose rows are imported"))
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encoding")
        self.encoding_combo.setToolTip(
            tr(
                "How the file's text is encoded. Found automatically (UTF-8 first, then "
                "GB18030); choose another if names look garbled."
            )
        )
        self.encoding_combo.addItem("", None)
        self.encoding_combo.addItem(tr("UTF-8 with BOM"), "utf-8-sig")
        self.encoding_combo.addItem(tr("UTF-8"), "utf-8")
        self.encoding_combo.addItem(tr("GB18030 (GBK, Chinese Windows)"), "gb18030")
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiter")
        self.delimiter_combo.setToolTip(
            tr("The character between the columns; found automatically, or choose it")
        )
        self.delimiter_combo.addItem("", None)
        for value, name in self.delimiter_names().items():
            self.delimiter_combo.addItem(name, value)
        self._automatic_texts(None)
        form = QFormLayout()
        form.addRow(tr("&Sheet:"), self.sheet_combo)
        form.addRow(tr("&Encoding:"), self.encoding_combo)
        form.addRow(tr("&Delimiter:"), self.delimiter_combo)
        self.form = form
        self.info = QLabel(
            tr(
                "No file chosen yet. Click Choose… and pick a .csv or .xlsx file; "
                "the next step shows what its columns will become."
            )
        )
        self.info.setObjectName("fileInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addStretch(1)
        for combo in (self.sheet_combo, self.encoding_combo, self.delimiter_combo):
            combo.activated.connect(lambda _i: self.read())
        self._show_kind(None)

    @staticmethod
    def delimiter_names() -> dict[str, str]:
        return {
            ",": tr("Comma ( , )"),
            ";": tr("Semicolon ( ; )"),
            "\t": tr("Tab"),
            "|": tr("Vertical bar ( | )"),
        }

    def _automatic_texts(self, table: SourceTable | None) -> None:
        """The "Automatic" entries say what was found, while they are the ones chosen."""
        found = tr("Automatic: {found}")
        read = table if table is not None and table.format == "csv" else None
        encoding = read.encoding if read and self.encoding_combo.currentIndex() == 0 else None
        delimiter = read.delimiter if read and self.delimiter_combo.currentIndex() == 0 else None
        self.encoding_combo.setItemText(
            0, found.format(found=self.encoding_name(encoding)) if encoding else tr("Automatic")
        )
        name = self.delimiter_names().get(delimiter or "", delimiter)
        self.delimiter_combo.setItemText(
            0, found.format(found=name) if delimiter else tr("Automatic")
        )

    @staticmethod
    def encoding_name(encoding: str) -> str:
        return {
            "utf-8-sig": tr("UTF-8 with BOM"),
            "utf-8": tr("UTF-8"),
            "gb18030": tr("GB18030 (GBK, Chinese Windows)"),
        }.get(encoding, encoding)

    def _show_kind(self, kind: str | None) -> None:
        """The sheet row for a workbook, the encoding and delimiter rows for a CSV."""
        self.form.setRowVisible(self.sheet_combo, kind == "xlsx")
        self.form.setRowVisible(self.encoding_combo, kind == "csv")
        self.form.setRowVisible(self.delimiter_combo, kind == "csv")

    def choose(self) -> None:
        settings = self.owner.settings
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import from a file"),
            start_dir(settings, "import"),
            FILE_FILTER,
        )
        if not path:
            return
        remember_dir(settings, "import", path)
        self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Read ``path`` afresh: its own sheet list, the encoding and delimiter found."""
        state = self.owner.state
        state.path = path
        self.path_edit.setText(str(path))
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.setCurrentIndex(0)
        self.sheet_combo.clear()
        workbook = path.suffix.lower() == ".xlsx"
        self._show_kind("xlsx" if workbook else "csv")  # a CSV that fails keeps its choices
        if workbook:
            from model.importing.sources import sheet_names

            try:
                names = sheet_names(path)
            except (DomainError, OSError) as exc:
                self._show_kind(None)
                self.fail(
                    error_text(exc) if isinstance(exc, DomainError) else self.unreadable(path, exc)
                )
                return
            self.sheet_combo.addItems(names)
        self.read()

    @staticmethod
    def unreadable(path: Path, exc: OSError) -> str:
        text = tr("{file} cannot be read ({detail}). Check that it is there and not in use.")
        return text.format(file=path.name, detail=exc.strerror or exc)

    def read(self) -> None:
        state = self.owner.state
        if state.path is None:
            return
        from model.importing.sources import read_source

        path, sheet = state.path, self.sheet_combo.currentText() or None
        encoding, delimiter = self.encoding_combo.currentData(), self.delimiter_combo.currentData()
        try:
            table = run_with_progress(
                self.owner,
                tr("Import"),
                tr("Reading {file}…").format(file=path.name),
                tr("Cancel"),
                lambda _progress: read_source(
                    path, sheet=sheet, encoding=encoding, delimiter=delimiter
                ),
                object_name=PROGRESS,
            )
        except Cancelled:
            self.fail(tr("Reading the file was cancelled."))
            return
        except DomainError as exc:
            self.fail(error_text(exc))
            return
        except OSError as exc:
            self.fail(self.unreadable(path, exc))
            return
        state.table = table
        self._show_kind(table.format)
        self._automatic_texts(table)
        rows = len(table.rows)
        text = tr("Read from {file}: rows {rows}, columns {columns}.").format(
            rows=f"{rows:,}", columns=len(table.headers), file=table.path.name
        )
        if table.format == "xlsx":
            text += " " + tr("Dates in the {system} date system.").format(
                system=table.date_system or 1900
            )
        if not rows:
            text = tr(
                "{file} has column names but no rows below them: there is nothing to import."
            ).format(file=table.path.name)
        self.info.setText(text)
        self.info.setStyleSheet(ERROR_STYLE if not rows else "")
        self.completeChanged.emit()

    def fail(self, message: str) -> None:
        self.owner.state.table = None
        self.info.setText(message)
        self.info.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        table = self.owner.state.table
        return table is not None and len(table.rows) > 0


# -- 2. the rows and the columns -------------------------------------------------------------


class MappingPage(Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            "mappingPage",
            tr("What the rows are, and where each column goes"),
            tr(
                "Guessed from the column names; change any of them. Columns left "
                "“not imported” are ignored."
            ),
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        self.kind_combo.setToolTip(tr("What each row of the file describes"))
        for key, label in kind_labels().items():
            self.kind_combo.addItem(label, key)
        self.kind_combo.activated.connect(lambda _i: self.kind_chosen())
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("dayOrder")
        self.day_combo.setToolTip(
            tr("How the file writes dates whose numbers alone do not say (01/05/2027)")
        )
        for key, label in day_order_labels().items():
            self.day_combo.addItem(label, key)
        self.day_combo.activated.connect(lambda _i: self._day_chosen())
        self._day_by_hand = False
        form = QFormLayout()
        form.addRow(tr("Each &row is one of:"), self.kind_combo)
        form.addRow(tr("&Dates are written:"), self.day_combo)
        self.model = MappingModel(self)
        self.model.changed = self.mapping_changed
        self.table = QTableView()
        self.table.setObjectName("mappingTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(MappingModel.TARGET, TargetDelegate(self.model, self))
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 16  # room for the combos
        )
        stretch_table(self.table, MappingModel.SAMPLES)
        self.required_label = QLabel()
        self.required_label.setObjectName("requiredInfo")
        self.required_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.required_label)
        self._seen: SourceTable | None = None

    def targets(self) -> tuple[Target, ...]:
        from model.importing.columns import TARGETS

        return TARGETS[self.owner.state.kind]  # type: ignore[index]

    def initializePage(self) -> None:
        state = self.owner.state
        if state.table is None or state.table is self._seen:
            return  # back and forth: the user's choices stay
        self._seen = state.table
        from model.importing.columns import guess_kind

        state.kind = guess_kind(state.table.headers)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(state.kind), 0))
        self._day_by_hand = False
        self.kind_chosen()

    def kind_chosen(self) -> None:
        from model.importing.columns import guess_mapping

        state = self.owner.state
        assert state.table is not None
        state.kind = self.kind_combo.currentData()
        state.mapping = dict(guess_mapping(state.kind, state.table.headers))  # type: ignore[arg-type]
        targets = self.targets()
        self.model.reset(
            state.table.headers,
            self._samples(state.table),
            state.mapping,
            {t.key: field_label(t) for t in targets},
            {t.key for t in targets if t.required},
        )
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, MappingModel.TARGET))
        self.table.resizeColumnToContents(MappingModel.HEADER)
        # As wide as the longest choice, so that a field chosen later is not cut.
        texts = [self.model.target_text(None)]
        texts += [self.model.target_text(t.key) for t in targets]
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in texts)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MappingModel.TARGET, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(MappingModel.TARGET, widest + 6 * self.fontMetrics().height())
        self.mapping_changed()

    @staticmethod
    def _samples(table: SourceTable, count: int = 3, look: int = 200) -> list[str]:
        found: list[list[str]] = [[] for _ in table.headers]
        for index, row in enumerate(table.rows):
            if index >= look:
                break
            for column, cell in enumerate(row.cells[: len(found)]):
                text = cell_text(cell).strip()
                if text and len(found[column]) < count and text not in found[column]:
                    found[column].append(text)
        return [" · ".join(values) for values in found]

    def _day_chosen(self) -> None:
        self._day_by_hand = True
        self.owner.state.day_order = self.day_combo.currentData()

    def mapping_changed(self) -> None:
        state = self.owner.state
        state.mapping = dict(self.model.mapping)
        if not self._day_by_hand and state.table is not None:
            self._guess_day_order(state.table)
        self.completeChanged.emit()
        self.required_label.setText(self._required_text())
        self.required_label.setStyleSheet("" if self.isComplete() else ERROR_STYLE)

    def _guess_day_order(self, table: SourceTable) -> None:
        from model.importing.values import guess_day_order

        days = {t.key for t in self.targets() if t.kind == "day"}
        columns = [i for i, key in self.owner.state.mapping.items() if key in days]
        cells = [row.cells[i] for row in table.rows[:500] for i in columns if i < len(row.cells)]
        order = guess_day_order(cells) if cells else "ymd"
        self.owner.state.day_order = order
        self.day_combo.setCurrentIndex(max(self.day_combo.findData(order), 0))

    def _missing(self) -> list[Target]:
        chosen = set(self.owner.state.mapping.values())
        return [t for t in self.targets() if t.required and t.key not in chosen]

    def _twice(self) -> list[str]:
        many = {t.key for t in self.targets() if t.many}  # several columns joined
        seen: dict[str, int] = {}
        for key in self.owner.state.mapping.values():
            if key is not None and key not in many:
                seen[key] = seen.get(key, 0) + 1
        return [self.model.labels.get(k, k) for k, n in seen.items() if n > 1]

    def _required_text(self) -> str:
        missing, twice = self._missing(), self._twice()
        if missing:
            return tr("Still to choose (required): {fields}.").format(
                fields=", ".join(field_label(t) for t in missing)
            )
        if twice:
            return tr("Each field takes one column; chosen more than once: {fields}.").format(
                fields=", ".join(twice)
            )
        required = [field_label(t) for t in self.targets() if t.required]
        return tr("Required fields (*) all have a column: {fields}.").format(
            fields=", ".join(required)
        )

    def isComplete(self) -> bool:
        return self.owner.state.table is not None and not self._missing() and not self._twice()


# -- 3. the dry run --------------------------------------------------------------------------


class PreviewPage(Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            "previewPage",
            tr("Preview: what the import would do"),
            tr("A dry run over every row: nothing is written until you click Import."),
        )
        self.counts = QLabel()
        self.counts.setObjectName("planCounts")
        self.counts.setWordWrap(True)
        font = self.counts.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.counts.setFont(font)
        self.also = QLabel()
        self.also.setObjectName("planAlso")
        self.also.setWordWrap(True)
        self.duplicates = TextTableModel(
            [tr("Line"), tr("In the file"), tr("Merges into"), tr("Why")], self
        )
        self.rejects = TextTableModel([tr("Line"), tr("Column"), tr("Value"), tr("Reason")], self)
        self.all_rows = TextTableModel([tr("Line"), tr("What happens"), tr("Row")], self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.dup_view = self._tab(
            "duplicatesTable",
            self.duplicates,
            3,
            tr("No duplicates: no row matches a record already there or another row of the file."),
        )
        self.reject_view = self._tab(
            "rejectsTable", self.rejects, 3, tr("No rejected rows: every row can be imported.")
        )
        self.rows_view = self._tab("rowsTable", self.all_rows, 2, tr("The file has no rows."))
        self.tabs.addTab(self.dup_view, "")
        self.tabs.addTab(self.reject_view, "")
        self.tabs.addTab(self.rows_view, "")
        self.tabs.setTabToolTip(
            0, tr("Rows that match a record already in the workspace, or an earlier row")
        )
        self.tabs.setTabToolTip(1, tr("Rows left out, with the line, column, value and reason"))
        self.tabs.setTabToolTip(2, tr("What happens to each row of the file"))
        self.save_button = QPushButton(tr("&Save error file…"))
        self.save_button.setObjectName("saveErrors")
        self.save_button.setToolTip(
            tr("Save the rejected rows as a CSV file to correct them (personal notes left out)")
        )
        self.save_button.clicked.connect(self.save_errors)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.also)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    @staticmethod
    def _tab(name: str, model: TextTableModel, stretch: int, empty: str) -> EmptyOr:
        table = read_only_table(name, model)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        stretch_table(table, stretch)
        return EmptyOr(table, empty)

    def _key(self) -> tuple[Any, ...]:
        state = self.owner.state
        return (id(state.table), state.kind, tuple(sorted(state.mapping.items())), state.day_order)

    def initializePage(self) -> None:
        state = self.owner.state
        self.message.clear()
        self.message.setStyleSheet("")
        if state.plan is not None and state.planned_for == self._key():
            self.show_plan(state.plan)
            return
        state.plan = None
        self.show_plan(None)
        QTimer.singleShot(0, self.make_plan)

    def make_plan(self) -> None:
        state = self.owner.state
        if state.table is None or self.owner.currentPage() is not self:
            return
        from model.importing.plan import plan_import

        table, kind, mapping, order = state.table, state.kind, state.mapping, state.day_order
        ctx = self.owner.ctx

        def work(progress: Progress) -> ImportPlan:
            return ctx.read(plan_import, table, kind, mapping, day_order=order, progress=progress)

        try:
            plan = run_with_progress(
                self.owner,
                tr("Import"),
                tr("Checking {rows} rows…").format(rows=f"{len(table.rows):,}"),
                tr("Cancel"),
                work,
                object_name=PROGRESS,
            )
        except Cancelled:
            self.say(tr("The preview was cancelled; nothing was written."), error=True)
            return
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return
        except Exception as exc:  # a fault of ours: said in words, the wizard stays usable
            self.say(failure_text(exc), error=True)
            return
        state.plan, state.planned_for = plan, self._key()
        self.show_plan(plan)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def show_plan(self, plan: ImportPlan | None) -> None:
        counts = dict(plan.counts) if plan is not None else {}
        if plan is None:
            self.counts.setText(tr("Checking the rows…"))
        else:
            self.counts.setText(
                tr("{create} new · {merge} merged · {skip} skipped · {reject} rejected").format(
                    **{k: f"{counts.get(k, 0):,}" for k in ("create", "merge", "skip", "reject")}
                )
            )
            self.counts.setToolTip(
                tr(
                    "New: records the import creates. Merged: rows that fill in a record "
                    "already there. Skipped: rows with nothing new (imported before). "
                    "Rejected: rows left out, listed with their reasons."
                )
            )
        self.also.setText(also_text(plan) if plan is not None else "")
        self.also.setVisible(bool(self.also.text()))
        self.duplicates.set_rows(duplicate_rows(plan) if plan is not None else [])
        rejects = reject_rows(plan) if plan is not None else []
        self.rejects.set_rows(rejects)
        self.all_rows.set_rows(all_rows(plan) if plan is not None else [])
        for view in (self.dup_view, self.reject_view, self.rows_view):
            view.follow(known=plan is not None)
        titles = [tr("Duplicates ({count})"), tr("Rejected rows ({count})")]
        titles.append(tr("All rows ({count})"))
        numbers = (
            len(self.duplicates.rows()),
            counts.get("reject", 0),
            len(plan.rows) if plan else 0,
        )
        for tab, (title, number) in enumerate(zip(titles, numbers, strict=True)):
            self.tabs.setTabText(tab, title.format(count=f"{number:,}"))
        self.save_button.setEnabled(bool(rejects))
        if plan is not None and not self.importable(plan):
            self.say(tr("No row would be created or merged: there is nothing to import."))
        self.owner.button(QWizard.WizardButton.FinishButton).setToolTip(
            tr("Import the new and merged rows as one step (undo takes it back)")
        )
        self.completeChanged.emit()

    @staticmethod
    def importable(plan: ImportPlan) -> bool:
        counts = plan.counts
        return counts.get("create", 0) + counts.get("merge", 0) > 0

    def isComplete(self) -> bool:
        plan = self.owner.state.plan
        return plan is not None and self.importable(plan)

    def save_errors(self) -> None:
        state = self.owner.state
        if state.plan is None or state.path is None:
            return
        settings = self.owner.settings
        name = f"{state.path.stem}-errors.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the rejected rows"),
            start_dir(settings, "import-errors", name, default=str(state.path.parent)),
            tr("CSV (*.csv)"),
        )
        if not path:
            return
        remember_dir(settings, "import-errors", path)
        from model.importing.errors_file import write_error_file

        try:
            write_error_file(Path(path), state.plan)
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return
        except OSError as exc:
            self.say(
                tr("The error file could not be saved ({detail}).").format(
                    detail=exc.strerror or exc
                ),
                error=True,
            )
            return
        self.say(tr("Rejected rows saved to {file}.").format(file=path))


def also_text(plan: ImportPlan) -> str:
    """What the import does beside the rows: accounts, competitors and owners the rows name
    that are not in the workspace yet, columns that have no place in it."""
    lines = []
    shown = 8
    for names, template in (
        (
            list(plan.new_accounts.values()),
            tr("New accounts the rows name, created too ({count}): {names}"),
        ),
        (
            list(plan.new_competitors.values()),
            tr("New competitors the rows name, created too ({count}): {names}"),
        ),
        (
            list(plan.new_members.values()),
            tr("New team members the rows name as owners, created too ({count}): {names}"),
        ),
        (list(plan.ignored), tr("Not imported (no such field here): {names}")),
    ):
        if names:
            text = ", ".join(names[:shown]) + (" …" if len(names) > shown else "")
            lines.append(template.format(count=f"{len(names):,}", names=text))
    return "\n".join(lines)


def duplicate_rows(plan: ImportPlan) -> list[tuple[str, ...]]:
    """Line, the row's name, the record it merges into, why they match (and what it fills)."""
    wanted = {d.match_line for d in plan.duplicates if d.match_line is not None}
    named = {r.line: str(r.record.get("name") or "") for r in plan.rows if r.line in wanted}
    out: list[tuple[str, ...]] = []
    for dup in plan.duplicates:
        why = [rule_text(dup.rule)] if dup.rule else []
        if dup.fills:
            fields = ", ".join(key_label(plan.kind, key) for key in dup.fills)
            why.append(tr("fills {fields}").format(fields=fields))
        for conflict in dup.conflicts:
            if conflict.field == "name":
                continue  # the names differ as spelled: the target column says both
            why.append(
                tr("keeps {field} “{current}” (the file says “{incoming}”)").format(
                    field=key_label(plan.kind, conflict.field),
                    current=conflict.current,
                    incoming=conflict.incoming,
                )
            )
        target = dup_target(dup, named.get(dup.match_line or 0, ""))
        out.append((str(dup.line), dup.name, target, tr("; ").join(why)))
    return out


def key_label(kind: str, key: str) -> str:
    """A field's label in the user's language, from its key ("industry" -> "Industry")."""
    from model.importing.columns import TARGET_BY_KEY

    target = TARGET_BY_KEY.get(kind, {}).get(key)  # type: ignore[call-overload]
    return field_label(target) if target is not None else key


# The planner's rules (model/importing/plan.py), listed for the translation tool.
RULES = (
    QT_TRANSLATE_NOOP("ImportRule", "the same as an earlier row of the file"),
    QT_TRANSLATE_NOOP(
        "ImportRule",
        "the same account name once legal forms, width, case and punctuation are set aside",
    ),
    QT_TRANSLATE_NOOP(
        "ImportRule", "the same name at the same account, with the same phone or e-mail"
    ),
    QT_TRANSLATE_NOOP("ImportRule", "a deal of the same name at the same account"),
    QT_TRANSLATE_NOOP("ImportRule", "the same day, kind, deal and summary at the same account"),
)


def rule_text(rule: str) -> str:
    """Why two rows are the same record (the model's English words) in the user's language."""
    return QCoreApplication.translate("ImportRule", rule)


def dup_target(dup: Duplicate, earlier: str = "") -> str:
    """The record a row merges into: its name as held (``earlier``: as the earlier row of
    the file names it), and where it is."""
    name = (
        earlier
        or getattr(dup, "match_name", "")
        or next((c.current for c in dup.conflicts if c.field == "name"), dup.name)
    )
    if dup.match_line is not None:
        return tr("{name} (line {line} of this file)").format(name=name, line=dup.match_line)
    return tr("{name} (already in the workspace)").format(name=name)


def reject_rows(plan: ImportPlan) -> list[tuple[str, ...]]:
    """One row per problem of every rejected row: line, column, value, reason."""
    out: list[tuple[str, ...]] = []
    private = plan.private_columns()
    for row in plan.rows:
        if row.action != "reject":
            continue
        if not row.problems:
            reason = problem_text(row.template, row.params, row.reason)
            out.append((str(row.line), "", "", reason))
        for problem in row.problems:
            reason = problem_text(problem.template, problem.params, problem.reason)
            value = tr("(personal, not shown)") if problem.column in private else problem.value
            out.append((str(problem.line), problem.column, value, reason))
    return out


def all_rows(plan: ImportPlan) -> list[tuple[str, ...]]:
    """Line, what happens, the row's values (a person's personal attributes and notes
    left out: the wizard may be on a projector)."""
    from model.importing.columns import TARGETS

    targets = TARGETS[plan.kind]
    hidden = {t.key for t in targets if t.private}
    if plan.kind == "people":
        hidden.add("note")
    place = {t.key: i for i, t in enumerate(targets)}  # the name first, as in the mapping
    labels = action_labels()
    out: list[tuple[str, ...]] = []
    for row in plan.rows[:SHOWN_ROWS]:
        keys = sorted((k for k in row.record if k not in hidden), key=lambda k: place.get(k, 99))
        shown = [row.record[k] for k in keys]
        values = [cell_text(v) for v in shown if v not in (None, "")]
        out.append((str(row.line), labels.get(row.action, row.action), " · ".join(values)))
    return out


# -- the wizard ------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """File → Import…; see the module docstring."""

    def __init__(self, ctx: WorkspaceContext, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.state = ImportState()
        self.setObjectName("importWizard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Import"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        fit_size(self, 1100, 720)

    def accept(self) -> None:
        """Import: one undo step; the wizard closes only when it is written."""
        plan, path = self.state.plan, self.state.path
        if plan is None or path is None or self.currentPage() is not self.preview_page:
            return
        counts = plan.counts
        text = tr("Import of {file} ({create} new, {merge} merged)").format(
            file=path.name,
            create=f"{counts.get('create', 0):,}",
            merge=f"{counts.get('merge', 0):,}",
        )
        command = ImportCommand(self.ctx, text, plan, path.name, self)
        try:
            problem = self.ctx.try_push(command)
        except Cancelled:
            self.preview_page.say(tr("The import was cancelled; nothing was written."), error=True)
            return
        if problem is not None:
            self.preview_page.say(problem, error=True)
            return
        super().accept()
