"""``keyaccount encrypt PATH`` and ``keyaccount decrypt PATH``.

The passphrase comes from the ``KEYACCOUNT_PASSPHRASE`` environment variable
(scripts, tests) or is asked for on the terminal (twice when setting one).
When the system has a keyring, an encrypting run saves it there, so the
application opens the workspace without asking; decrypting removes it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from model.errors import WorkspaceError

if TYPE_CHECKING:
    from model.encryption import Converted


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this feature's subcommands to the ``keyaccount`` parser."""
    p = sub.add_parser(
        "encrypt",
        help="encrypt a workspace file and its backups with a passphrase (SQLCipher)",
    )
    p.add_argument("path", type=Path)
    p.add_argument("--new", action="store_true", help="create a new, empty encrypted workspace")
    p = sub.add_parser("decrypt", help="decrypt an encrypted workspace file and its backups")
    p.add_argument("path", type=Path)


def run(args: argparse.Namespace) -> int:
    """Run one of this feature's subcommands; the exit status."""
    if args.command == "encrypt":
        return _encrypt(args.path, new=args.new)
    return _decrypt(args.path)


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise WorkspaceError(
            "No passphrase: set {variable} or run the command in a terminal to be asked. "
            "Nothing was changed.",
            variable="KEYACCOUNT_PASSPHRASE",
        )
    return getpass.getpass(prompt)


def new_passphrase(path: Path) -> str:
    """The passphrase to encrypt ``path`` with: from the environment, or asked twice."""
    from model.encryption import ENV_VAR

    given = os.environ.get(ENV_VAR)
    if given:
        return given
    first = _ask(f"New passphrase for {path}: ")
    if not first:
        raise WorkspaceError("The passphrase must not be empty; nothing was changed.")
    if _ask("The same passphrase again: ") != first:
        raise WorkspaceError("The two passphrases differ; nothing was changed.")
    return first


def _encrypt(path: Path, *, new: bool) -> int:
    from model import encryption

    path = path.expanduser().resolve()
    encryption.sqlcipher()  # or says that this installation cannot encrypt
    if not new and not path.exists():
        raise WorkspaceError(
            "No workspace at {path}; to create an encrypted one, run "
            "keyaccount encrypt --new {path}.",
            path=path,
        )
    if not new and encryption.is_encrypted(path):
        raise WorkspaceError("{path} is encrypted already; nothing was changed.", path=path)
    passphrase = new_passphrase(path)
    if new:
        encryption.create_encrypted(path, passphrase)
        print(f"created {path}, encrypted")
    else:
        done = encryption.encrypt_workspace(path, passphrase)
        print(f"encrypted {path}")
        _tell_copies("encrypted", done)
    if encryption.save_passphrase(path, passphrase):
        print("the passphrase is saved in the system's keyring")
    else:
        print("no system keyring: the passphrase is asked for when the workspace is opened")
    return 0


def _decrypt(path: Path) -> int:
    from model import encryption

    path = path.expanduser().resolve()
    if not path.is_file():
        raise WorkspaceError("No workspace at {path}.", path=path)
    if not encryption.is_encrypted(path):
        raise WorkspaceError("{path} is not encrypted; nothing was changed.", path=path)
    encryption.dbapi(path)  # SQLCipher missing: said before a passphrase is asked for
    passphrase = encryption.unlock(path) or _ask(f"Passphrase of {path}: ")
    done = encryption.decrypt_workspace(path, passphrase)
    encryption.delete_saved_passphrase(path)
    print(f"decrypted {path}")
    _tell_copies("decrypted", done)
    return 0


def _tell_copies(verb: str, done: Converted) -> None:
    for copy in done.copies:
        print(f"  {verb} {copy.name}")
    for copy in done.left:
        print(f"  left as it was (another passphrase, or unreadable): {copy.name}")
