"""``keyaccount report PATH --account NAME --out pack.pdf [--lang zh|en] [--private]``.

The workspace is only read: a current file through a read-only connection
(``query_only``), an older one through an upgraded copy in a scratch folder,
as ``keyaccount snapshot`` does — the user's file is never written. Qt draws
the pack offscreen, so no screen is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from model.errors import DomainError


def report(
    workspace: str | Path, account: str, out: Path, lang: str = "en", private: bool = False
) -> Path:
    """Write the review pack of the account named ``account``; returns ``out``.

    Raises :class:`~model.errors.DomainError` with a readable message for a
    missing workspace or an unknown account (naming close matches).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_language
    from desktop.report.pack import PackError, read_pack, write_pack
    from model.exporting.reading import reading_session
    from model.review_pack import account_matches
    from model.workspace import url_for

    if "://" in str(workspace):  # a team database: named without its password
        path = Path(url_for(str(workspace)).render_as_string(hide_password=True))
    else:
        path = Path(workspace)
        if not path.is_file():
            raise DomainError("No workspace at {path}.", path=str(path))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(lang)
    with reading_session(workspace if "://" in str(workspace) else path) as session:
        found, close = account_matches(session, account)
        if found is None:
            if close:
                raise DomainError(
                    "No account named '{name}' in {workspace}. Did you mean: {close}?",
                    name=account,
                    workspace=path.name,
                    close="; ".join(close),
                )
            raise DomainError(
                "No account named '{name}' in {workspace}.", name=account, workspace=path.name
            )
        content = read_pack(session, found, private=private)
    if content is None:
        raise DomainError(
            "No account named '{name}' in {workspace}.", name=account, workspace=path.name
        )
    try:
        write_pack(content, out)
    except PackError as exc:
        raise DomainError("{reason}", reason=str(exc)) from exc
    del app
    return out
