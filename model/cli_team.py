"""``keyaccount team`` (issue 15): team members as server roles of a team database.

``team add-member URL NAME --role ROLE`` makes a sign-in (a PostgreSQL LOGIN
role) for a member, ``team list URL`` shows the team with its sign-ins,
``team remove-member URL NAME`` takes a sign-in away (the member and their
history stay). Run them as the database's admin. A password is read from
standard input with ``--password-from-stdin`` (never from the command line,
which other users of the machine can see) and sent to the server hashed.
"""

from __future__ import annotations

import argparse
import sys

from model.enums import TeamRole
from model.errors import InvalidValue

TEAM_ROLES = tuple(r.value for r in TeamRole)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command's parser to ``sub``."""
    team = sub.add_parser("team", help="team members of a team database (PostgreSQL)")
    commands = team.add_subparsers(dest="team_command", required=True)
    p = commands.add_parser(
        "add-member", help="give a team member a sign-in of their own on the server"
    )
    p.add_argument("url", help="the team database, postgresql+psycopg://admin@host/db")
    p.add_argument(
        "name", help="the member's name (an existing member without a sign-in is linked)"
    )
    p.add_argument("--role", choices=TEAM_ROLES, required=True)
    p.add_argument("--manager", help="the name of the member's manager")
    p.add_argument(
        "--territory",
        action="append",
        default=[],
        metavar="REGION_PREFIX",
        help="a region path the member is responsible for (repeatable)",
    )
    p.add_argument("--login", help="the server role's name (default: made from NAME)")
    p.add_argument(
        "--password-from-stdin",
        action="store_true",
        help="read the member's password from the first line of standard input",
    )
    p = commands.add_parser("list", help="the team and their sign-ins")
    p.add_argument("url")
    p = commands.add_parser(
        "remove-member", help="take a member's sign-in away (their history stays)"
    )
    p.add_argument("url")
    p.add_argument("name", help="the member's name or login")


def run(args: argparse.Namespace) -> int:
    """Run one ``team`` subcommand; the exit status."""
    from model import team_server

    if args.team_command == "add-member":
        password = _password() if args.password_from_stdin else None
        login = team_server.add_member(
            args.url,
            args.name,
            args.role,
            manager=args.manager,
            territories=args.territory,
            login=args.login,
            password=password,
        )
        print(f"added {args.name.strip()} ({args.role}): signs in as {login}")
        if password is None:
            print("  no password set: give one with ALTER ROLE, or add the member again")
        return 0
    if args.team_command == "remove-member":
        login = team_server.remove_member(args.url, args.name)
        print(f"{login} can no longer sign in; the member and their history are kept")
        return 0
    rows = team_server.list_members(args.url)
    if not rows:
        print("no team members")
    for row in rows:
        state = "signs in" if row.can_sign_in else ("no sign-in" if not row.login else "removed")
        line = f"{row.name}\t{row.role}\t{row.login or '-'}\t{state}"
        if row.manager:
            line += f"\tmanager: {row.manager}"
        if row.territories:
            line += "\t" + ", ".join(row.territories)
        print(line)
    return 0


def _password() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InvalidValue("No password on standard input; nothing was changed.")
    return line
