"""PySide6's per-import source scan is replaced by a look at the module's names."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop.app import qt_app
from desktop.import_scan import uses_pyside


def _module(tmp_path: Path, name: str, source: str) -> ModuleType:
    """Import a module of ``source`` the way an import statement does (through
    ``builtins.__import__``, where PySide6 hooks in)."""
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        module: ModuleType = __import__(name)
        return module
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_a_module_counts_by_what_it_imported_not_by_its_text(tmp_path: Path) -> None:
    qt = _module(tmp_path, "scan_qt", "from PySide6.QtCore import QObject\n")
    whole = _module(tmp_path, "scan_whole", "import PySide6.QtCore as core\n")
    plain = _module(tmp_path, "scan_plain", '"""Mentions PySide6 in words only."""\nX = 1\n')
    assert uses_pyside(qt) and uses_pyside(whole)
    assert not uses_pyside(plain)


def test_the_app_puts_the_light_check_in_place_for_later_imports(
    tmp_path: Path, qapp: object
) -> None:
    qt_app()
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.fail("PySide6 no longer has its feature module: drop desktop/import_scan.py")
    assert feature._mod_uses_pyside is uses_pyside
    _module(tmp_path, "scan_later_qt", "from PySide6.QtCore import QObject\n")
    _module(tmp_path, "scan_later_plain", '"""PySide6 in words."""\n')
    assert feature.pyside_feature_dict["scan_later_qt"] == 0
    assert feature.pyside_feature_dict["scan_later_plain"] == -1
