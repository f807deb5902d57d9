"""`keyaccount team` (issue 15: the team database)."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command's parser to ``sub``."""


def run(args: argparse.Namespace) -> int:
    return 2
