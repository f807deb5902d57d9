"""Languages: Qt translators for our strings and Qt's own dialogs.

The interface language also picks the language of the method's texts, which
come from the method data (both languages) rather than from .qm files.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("zh", "en")
_QT_LOCALE = {"zh": "zh_CN", "en": "en"}
_installed: list[QTranslator] = []


def system_language() -> str:
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def qm_path(lang: str) -> Path:
    return Path(str(files("resources") / "i18n" / f"keyaccount_{_QT_LOCALE[lang]}.qm"))


def install_language(lang: str | None) -> str:
    """Install translators for ``lang`` ("zh", "en", or None for the system's)."""
    lang = lang if lang in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if lang == "zh" and qt.load(
        QLocale(_QT_LOCALE[lang]),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(_QT_LOCALE[lang]))
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):  # Qt appends it to every window title
        app.setApplicationDisplayName(
            QCoreApplication.translate("MainWindow", "Key Account Navigator")
        )
    current_language.value = lang
    return lang


class _Current:
    value = "en"


current_language = _Current()


def lang() -> str:
    """The interface language now in use ("zh" or "en")."""
    return current_language.value
