"""Both languages complete: every string the code translates has a finished
translation, and a walk over the real main window finds no English words in
Chinese and no Chinese in English.

The completeness check reads the sources the way tools/update_translations.py
does (lupdate plus the AST pass that knows the run-time contexts), so a new
``tr()`` string without a translation fails here before anyone sees it. The
walk catches what extraction cannot: a label set without ``tr()``, or a
translation filed under a context Qt never asks for.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.i18n import install_language, qm_path
from model.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "update_translations.py"
HINT = "run `make translations` (and tools/update_translations.py after changing strings)"

# -- what may stay Latin in Chinese, and Chinese in English -------------------------

ALLOWED_IN_ZH = frozenset(
    {
        # decision-chain role codes and method terms users say in English
        *("KDM", "KI", "KU", "LEAD", "EVAL", "KPI", "IT", "ERP", "OEM"),
        # file formats, currencies
        *("PNG", "SVG", "PDF", "CSV", "JSON", "XLSX", "Excel", "CNY", "USD", "EUR", "HKD"),
        # the database server a team shares, by its product name
        "PostgreSQL",
        # keys named in tooltips
        *("Ctrl", "Shift", "Alt", "Esc", "Del", "Enter", "Tab"),
    }
)
METHOD_ID = re.compile(r"\b[A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)+\b|\bP[1-7]\b")
# A method item's raw ID ("P5.EXIT.3"): users read the item's words or its name
# ("P5 exit criterion 3"), never the ID. Stage IDs alone (P1-P7) are their words.
RAW_ID = re.compile(r"\b[A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)+\b")
SHORTCUT = re.compile(
    r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+?(?=[\s)）,，;；、。]|$)|\bF(?:[1-9]|1[0-2])\b"
)
ACCELERATOR = re.compile(r"\(&?[A-Za-z0-9]\)")  # 文件(&F); a toolbar shows 撤销(U)
QUARTER = re.compile(r"\b\d{4}-Q[1-4]\b")  # 2026-Q1: as common in Chinese business as in English
AMOUNT = re.compile(r"\d[\d.,]*\s?[kKMm]\b")  # 300k, 1.5M in the amount filter's hint
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
# "Insider (内线)": a Chinese term in brackets right after an English one
GLOSS = re.compile(r"(?<=[A-Za-z]) ?[(（\[][^()（）\[\]]*[)）\]]")
CJK_AMOUNT = re.compile(r"\d[\d.,]*\s?[万亿]")  # 120万, 2亿: accepted amount formats
LANGUAGE_NAMES = frozenset({"中文", "English"})  # the language picker names each language in itself


def english_words(text: str, data_tokens: frozenset[str]) -> list[str]:
    """Latin words in a Chinese text that are neither allowed terms nor workspace data."""
    if text.strip() in LANGUAGE_NAMES:
        return []
    for pattern in (EMAIL, SHORTCUT, METHOD_ID, ACCELERATOR, QUARTER, AMOUNT):
        text = pattern.sub(" ", text)
    return [
        w
        for w in WORD.findall(text)
        if w not in ALLOWED_IN_ZH and w.strip("'’-") not in data_tokens
    ]


def chinese_characters(text: str) -> list[str]:
    """CJK characters in an English text, apart from glosses and amount formats."""
    if text.strip() in LANGUAGE_NAMES:
        return []
    text = CJK_AMOUNT.sub(" ", GLOSS.sub(" ", text))
    return CJK.findall(text)


def test_the_checks_themselves() -> None:
    data = frozenset({"ERP", "MES"})
    assert english_words("文件(&F)", data) == []
    assert english_words("撤销(U)", data) == []
    assert english_words("添加一个大客户（Ctrl+Shift+A）", data) == []
    assert english_words("MES 制造执行系统 · P3.FIVE.2 · P1 … P7", data) == []
    assert english_words("金额范围；可输入 300k、1.5M、120万", data) == []
    assert english_words("li.ma@beichen-soft.cn", data) == []
    assert english_words("2026-Q1", data) == []
    assert english_words("删除 Account", data) == ["Account"]
    assert english_words("Open", data) == ["Open"]
    assert chinese_characters("Insider (内线)") == []
    assert chinese_characters("Amount range; 300k, 1.5M, 120万 and 2亿 are understood") == []
    assert chinese_characters("中文") == []
    assert chinese_characters("客户") == ["客", "户"]


# -- completeness ----------------------------------------------------------------


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _load_tool()


@pytest.fixture(scope="module")
def extraction(tool: ModuleType) -> Any:
    return tool.extract()


def test_every_message_has_a_finished_translation_in_both_files(
    tool: ModuleType, extraction: Any
) -> None:
    assert len(extraction.messages()) > 100, "extraction found almost nothing: is lupdate broken?"
    failures = tool.check_files(extraction)
    assert not failures, (
        f"{len(failures)} translation problem(s); run tools/update_translations.py, translate "
        "what it lists in resources/i18n/keyaccount_zh_CN.ts, then `make translations`:\n"
        + "\n".join(failures[:40])
    )


def test_compiled_translations_are_there_and_current() -> None:
    for lang in ("zh", "en"):
        qm = qm_path(lang)
        ts = qm.with_suffix(".ts")
        assert qm.exists(), f"{qm.name} is missing: {HINT}"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, (
            f"{qm.name} is older than {ts.name}: {HINT}"
        )


def _write(root: Path, name: str, text: str) -> None:
    path = root / "desktop" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_extractor_files_each_call_under_its_run_time_context(
    tool: ModuleType, tmp_path: Path
) -> None:
    _write(tmp_path, "__init__.py", "")
    _write(
        tmp_path,
        "helpers.py",
        "from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP\n"
        "CONTEXT = 'Helpers'\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        "LABELS = {1: QT_TRANSLATE_NOOP('Labels', 'Strong supporter')}\n"
        "TITLE = tr('Through the helper')\n",
    )
    _write(
        tmp_path,
        "pages.py",
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from desktop.helpers import tr\n"
        "class Page(QWidget):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.setWindowTitle(self.tr('On the page'))\n"
        "        tr('Imported helper')\n"
        "        QCoreApplication.translate('Explicit', 'Direct')\n"
        "class Row:\n"
        "    def __init__(self, page: Page):\n"
        "        page.tr('Through an annotated page')\n"
        "class App:\n"
        "    def __init__(self):\n"
        "        self.window = self._make()\n"
        "        self.window.tr('Through an attribute')\n"
        "    def _make(self) -> Page:\n"
        "        return Page()\n",
    )
    result = tool.extract(tmp_path)
    assert result.problems == []
    assert {(m.context, m.source) for m in result.messages().values()} == {
        ("Helpers", "Through the helper"),
        ("Labels", "Strong supporter"),
        ("Page", "On the page"),
        ("Helpers", "Imported helper"),
        ("Explicit", "Direct"),
        ("Page", "Through an annotated page"),
        ("Page", "Through an attribute"),
    }
    assert result.moved >= 3  # lupdate files those under "", "page" and "self.window"


def test_the_extractor_refuses_what_cannot_be_translated(tool: ModuleType, tmp_path: Path) -> None:
    _write(
        tmp_path,
        "bad.py",
        "from PySide6.QtWidgets import QWidget\n"
        "class Page(QWidget):\n"
        "    def show(self, name, other):\n"
        "        self.tr(f'Hello {name}')\n"
        "        other.tr('Whose context?')\n",
    )
    problems = tool.ast_messages(tmp_path).problems
    assert any("f-string" in p for p in problems)
    assert any("cannot tell the class" in p for p in problems)


def test_a_translation_must_keep_placeholders_and_accelerators(tool: ModuleType) -> None:
    assert tool.translation_problems("Delete {name}", "删除 {name}") == []
    assert tool.translation_problems("&File", "文件(&F)") == []
    assert tool.translation_problems("Delete {name}", "删除 {名字}")
    assert tool.translation_problems("{p:.0%} weighted", "加权 {p}")
    assert tool.translation_problems("&File", "文件")


# -- the walk ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from model.sample import generate_sample

    files = {}
    for lang in ("zh", "en"):
        path = tmp_path_factory.mktemp(f"i18n-{lang}") / f"sample-{lang}.kan"
        ws = open_workspace(path, create=True)
        try:
            generate_sample(ws.engine, lang=lang, size="small")
        finally:
            ws.close()
        files[lang] = path
    return files


def data_tokens(path: Path) -> frozenset[str]:
    """Latin words the workspace's own data holds (names, IT systems), not stored codes."""
    tokens: set[str] = set()
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f'pragma table_info("{table}")')]
            for row in db.execute(f'select * from "{table}"'):
                for column, value in zip(columns, row, strict=True):
                    if not isinstance(value, str) or column == "uuid":
                        continue
                    if re.fullmatch(r"[a-z_]+|[\[{].*", value, re.S):
                        continue  # stored codes and JSON: never shown as they are
                    tokens.update(WORD.findall(EMAIL.sub(" ", value)))
    return frozenset(t.strip("'’-") for t in tokens)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _model_texts(
    model: QAbstractItemModel, where: str, rows: int = 60
) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    top = QModelIndex()
    # A list model's columnCount is private in Qt: it always has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for section in range(columns):
        for role in roles:
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{where} header {section}", value
    for row in range(min(rows, model.rowCount(top))):
        for column in range(columns):
            index = model.index(row, column)
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} cell {row},{column}", value
            if isinstance(model, QAbstractListModel):
                continue
            for child in range(min(rows, model.rowCount(index))):
                value = model.data(model.index(child, column, index))
                if isinstance(value, str):
                    yield f"{where} cell {row}/{child},{column}", value


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    for text in (action.text(), action.toolTip(), action.statusTip(), action.iconText()):
        yield f"{where} action {action.text()!r}", text
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{where} menu", menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub, f"{where} > {menu.title()}")


def widget_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """Every text the application shows or can show on ``top`` and everything inside it."""
    yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        for text in (widget.toolTip(), widget.statusTip(), widget.whatsThis()):
            yield name, text
        if widget.isWindow():
            yield f"{name} title", widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            yield name, f"{widget.prefix()} {widget.suffix()} {widget.specialValueText()}"
        elif isinstance(widget, QAbstractSpinBox):
            yield name, widget.specialValueText()
        if isinstance(widget, QComboBox):
            yield f"{name} placeholder", widget.placeholderText()
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.itemText(i)
                tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{name} item {i} tip", tip
        if isinstance(widget, QTabWidget | QTabBar):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
                yield f"{name} tab {i} tip", widget.tabToolTip(i)
        if isinstance(widget, QMenu):
            yield f"{name} title", widget.title()
        if isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
            model = widget.model()
            if model is not None:
                yield from _model_texts(model, name)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    yield f"{name} item", item.toPlainText()
                elif isinstance(item, QGraphicsSimpleTextItem):
                    yield f"{name} item", item.text()
                yield f"{name} item tip", item.toolTip()
        for action in widget.actions():
            yield from _action_texts(action, name)
    for action in top.findChildren(QAction):
        yield from _action_texts(action, "window")


def _select_first_person(window: QWidget) -> None:
    """Fill the person editor too: pick the first person of the selected account."""
    table = window.findChild(QTableView, "peopleTable")
    model = table.model() if isinstance(table, QTableView) else None
    if isinstance(table, QTableView) and model is not None and model.rowCount(QModelIndex()):
        table.selectRow(0)


def _deal_panel_and_gate(window: Any, path: Path) -> list[tuple[str, str]]:
    """Open the deal panel on a deal with a forced move, and the gate of a blocked move.

    The panel stays open, so the window's walk reads its history; the gate
    dialog is built on the board's real move path and read here.
    """
    from desktop.board.gate_dialog import GateDialog

    with sqlite3.connect(path) as db:
        forced = db.execute(
            "select deal_id from stage_changes where forced = 1 and unmet != '[]' "
            "order by id limit 1"
        ).fetchone()
        blocked = db.execute(
            "select id from deals where status = 'open' and stage = 'P5' order by id limit 1"
        ).fetchone()
    assert forced and blocked, "the sample should hold a forced move and a deal in P5"
    board = window.show_page("board")
    dialogs: list[GateDialog] = []

    def decide(parent: Any, card: Any, gate: Any) -> None:
        dialogs.append(GateDialog(card, gate, parent))
        return None  # cancel: the deal stays where it is

    board.gate_decider = decide
    board.select_deals([blocked[0]])
    board.step(1)
    assert dialogs, "moving a P5 deal on should open the gate"
    texts = [(f"gate {where}", text) for where, text in widget_texts(dialogs[0])]
    dialogs[0].deleteLater()
    board.open_deal(forced[0])
    QApplication.processEvents()
    return texts


@pytest.fixture
def walk(
    qapp: QApplication, settings: QSettings, sample_files: dict[str, Path], tmp_path: Path
) -> Iterator[Any]:
    """Build the real application in a language and collect every text it shows."""
    from desktop.app import Application
    from desktop.pages.registry import VIEW_KEYS

    apps: list[Application] = []

    def run(lang: str) -> tuple[list[tuple[str, str]], Path]:
        for check in (lang, "en"):
            if not qm_path(check).exists():
                pytest.fail(f"{qm_path(check).name} is missing: {HINT}")
        path = tmp_path / f"{lang}-workspace.kan"
        shutil.copy(sample_files[lang], path)
        settings.setValue("ui/language", lang)
        app = Application(settings)
        apps.append(app)
        window = app.window
        window.resize(1366, 768)
        window.show()
        texts = list(widget_texts(window))  # the welcome screen
        assert app.open(path), f"cannot open {path}"
        window = app.window
        for key in VIEW_KEYS:
            window.show_page(key)
            QApplication.processEvents()
            if key == "accounts":
                _select_first_person(window)
            QApplication.processEvents()
        for menu in window.menuBar().findChildren(QMenu):
            menu.aboutToShow.emit()  # e.g. the recent-workspaces menu fills itself here
        window.show_history()
        texts += _deal_panel_and_gate(window, path)
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(app.settings, app.ctx, window)
        QApplication.processEvents()
        texts += list(widget_texts(window))
        texts += list(widget_texts(dialog))
        dialog.deleteLater()
        cleaned = []
        for where, text in texts:
            for own in sorted({str(path), str(path.resolve()), path.name}, key=len, reverse=True):
                text = text.replace(own, " ")  # the workspace's file: data, not a label
            if text.strip():
                cleaned.append((where, _plain(text)))
        return cleaned, path

    yield run
    for app in apps:
        if app.ctx is not None:
            app.ctx.close()
            app.ctx = None
        app.window.close()
        app.window.deleteLater()
    install_language("en")
    QApplication.processEvents()


def _report(bad: list[tuple[str, str, list[str]]]) -> str:
    lines = [f"  {where}: {text[:90]!r} -> {found}" for where, text, found in bad[:40]]
    return f"{len(bad)} text(s):\n" + "\n".join(lines)


def test_chinese_window_shows_no_english(walk: Any, sample_files: dict[str, Path]) -> None:
    texts, path = walk("zh")
    assert QCoreApplication.translate("Navigation", "Accounts") != "Accounts", (
        f"the Chinese translator is not installed: {HINT}"
    )
    allowed = data_tokens(path)
    bad = sorted({(w, t, tuple(e)) for w, t in texts if (e := english_words(t, allowed))})
    assert not bad, "English in the Chinese interface; " + _report(
        [(w, t, list(e)) for w, t, e in bad]
    )
    assert len(texts) > 300  # the walk really saw the window
    assert any(w.startswith("gate ") for w, _t in texts)  # and the gate dialog
    ids = sorted({(w, t, tuple(RAW_ID.findall(t))) for w, t in texts if RAW_ID.search(t)})
    assert not ids, "raw method IDs in the Chinese interface; " + _report(
        [(w, t, list(i)) for w, t, i in ids]
    )


def test_english_window_shows_no_chinese(walk: Any) -> None:
    texts, _path = walk("en")
    bad = sorted({(w, t, tuple(c)) for w, t in texts if (c := chinese_characters(t))})
    assert not bad, "Chinese in the English interface; " + _report(
        [(w, t, list(c)) for w, t, c in bad]
    )
    assert len(texts) > 300
    ids = sorted({(w, t, tuple(RAW_ID.findall(t))) for w, t in texts if RAW_ID.search(t)})
    assert not ids, "raw method IDs in the English interface; " + _report(
        [(w, t, list(i)) for w, t, i in ids]
    )


def test_application_display_name_follows_the_language(walk: Any) -> None:
    walk("zh")
    name = QGuiApplication.applicationDisplayName()
    assert not english_words(name, frozenset()), name
