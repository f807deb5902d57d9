"""Opening a workspace file that may be encrypted (asks for its passphrase)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from model.workspace import Workspace


def open_any(parent: QWidget | None, path: Path, *, create: bool = False) -> Workspace:
    """Open ``path`` as :func:`model.workspace.open_workspace` does (placeholder:
    encrypted files are not handled yet)."""
    from model.workspace import open_workspace

    return open_workspace(path, create=create)
