"""File dialogs open where the user works: the documents folder the first time,
then the folder last used for the same purpose (here: exporting the map)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop import file_dialogs
from desktop.pages.map import MapPage

if TYPE_CHECKING:
    from desktop.app import Application


def test_map_export_starts_in_documents_then_in_the_last_folder(
    sample_app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_dir", lambda: str(documents))
    chosen = tmp_path / "review" / "maps"
    chosen.mkdir(parents=True)
    asked: list[Any] = []
    answers = iter([str(chosen / "first.png"), ""])

    def dialog(*args: Any, **_kw: Any) -> tuple[str, str]:
        asked.append(args)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    window = sample_app.window
    window.show()
    page = window.show_page("map")
    assert isinstance(page, MapPage)
    qtbot.waitUntil(lambda: page.view.scale_factor() > 0)

    page.act_export.trigger()
    assert Path(asked[0][2]).parent == documents
    assert (chosen / "first.png").exists()
    page.act_export.trigger()
    assert Path(asked[1][2]).parent == chosen
