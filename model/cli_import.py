"""``keyaccount`` subcommands of this feature (placeholder until built)."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this feature's subcommands to the ``keyaccount`` parser."""


def run(args: argparse.Namespace) -> int:
    """Run one of this feature's subcommands; the exit status."""
    raise NotImplementedError(args.command)
