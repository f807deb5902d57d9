"""``keyaccount copy FROM TO [--force]``: a workspace copied between SQLite and PostgreSQL.

FROM and TO are workspace file paths or database URLs
(``postgresql+psycopg://user:password@host:5432/team``); a password in a URL is
never printed. The copy goes into a new or empty workspace (``--force``
replaces one that holds rows), is verified row for row, and its rows per table
are printed; how far it has come goes to stderr. An encrypted source file
opens with the passphrase from ``KEYACCOUNT_PASSPHRASE``, the system's keyring
or the terminal, as the other commands do.

Exit status: 0 copied and verified, 1 the copy differs from its source, 2 refused
or failed (a message on stderr; nothing changed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from model.errors import WorkspaceError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command's parser to ``sub``."""
    p = sub.add_parser(
        "copy",
        help="copy a workspace between files and team databases (SQLite <-> PostgreSQL), "
        "verified row for row",
    )
    p.add_argument("source", help="the workspace to copy: a file path or a database URL")
    p.add_argument("target", help="a new or empty workspace: a file path or a database URL")
    p.add_argument(
        "--force", action="store_true", help="replace a target that holds a workspace already"
    )


def run(args: argparse.Namespace) -> int:
    """Copy, verify and print the counts; the exit status."""
    from model.copying import CopyMismatch, copy_workspace, shown

    source, target = _url(args.source), _url(args.target)
    _unlock(source)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        report = copy_workspace(source, target, force=args.force, progress=progress)
    except CopyMismatch as exc:
        print(f"keyaccount: {exc.message}", file=sys.stderr)
        # Verified before it is kept (a server copy before its commit, a file before its
        # rename into place): the unequal copy is gone, the target is as it was.
        print(
            f"the copy was NOT equal to its source, so it was not kept: {shown(target)} is "
            "left as it was",
            file=sys.stderr,
        )
        return 1
    width = max(len(name) for name in report.counts)
    for name, count in report.counts.items():
        print(f"  {name.ljust(width)}  {count:>9}")
    print(
        f"copied {report.source} to {report.target}: {report.rows} rows in "
        f"{len(report.counts)} tables, verified row for row ({report.seconds:.1f} s)"
    )
    return 0


def _url(given: str) -> URL:
    """The URL of a path or URL given on the command line."""
    from sqlalchemy.exc import ArgumentError

    from model.workspace import url_for

    try:
        return url_for(given)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
        # Only the scheme of a URL is repeated: the rest may hold its password.
        named = given.split("://", 1)[0] + "://…" if "://" in given else given
        raise WorkspaceError(
            "'{url}' is neither a file path nor a database URL.", url=named
        ) from exc


def _unlock(source: URL) -> None:
    """An encrypted source file's passphrase, known to this process before it is read."""
    from model import encryption
    from model.cli_encryption import _ask
    from model.workspace import sqlite_path

    path = sqlite_path(source)
    if path is None or not path.is_file() or not encryption.is_encrypted(path):
        return
    encryption.dbapi(path)  # SQLCipher missing: said before a passphrase is asked for
    passphrase = encryption.unlock(path) or _ask(f"Passphrase of {Path(path)}: ")
    if not encryption.opens(path, passphrase):
        raise encryption.wrong_passphrase(path)
    encryption.remember(path, passphrase)
