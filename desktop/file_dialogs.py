"""Where file dialogs start: the folder last used for the same purpose, else the
user's documents folder.

Purposes are short words ("workspace", "export", "print", …); each remembers its
own folder in the settings, so exporting a map does not move where workspaces
are opened from. Use::

    path, _ = QFileDialog.getSaveFileName(parent, title, start_dir(settings, "export", name), …)
    if path:
        remember_dir(settings, "export", path)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

__all__ = ["documents_dir", "remember_dir", "start_dir"]


def _key(purpose: str) -> str:
    return f"dialogs/{purpose}"


def documents_dir() -> str:
    """The user's documents folder (their home when the platform names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return found
    return str(Path.home())


def start_dir(
    settings: QSettings, purpose: str, file_name: str = "", default: str | None = None
) -> str:
    """The folder (joined with ``file_name`` when given) a dialog for ``purpose`` opens in.

    The folder last used for ``purpose`` if it still exists, else ``default`` if it
    exists, else the documents folder.
    """
    folder = ""
    for candidate in (settings.value(_key(purpose), ""), default):
        if candidate and Path(str(candidate)).is_dir():
            folder = str(candidate)
            break
    folder = folder or documents_dir()
    return str(Path(folder) / file_name) if file_name else folder


def remember_dir(settings: QSettings, purpose: str, path: str | Path) -> None:
    """Remember the folder of ``path`` (a file chosen, or a folder) for ``purpose``."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    settings.setValue(_key(purpose), str(folder))
