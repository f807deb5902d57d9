"""``keyaccount export`` and ``keyaccount person``: data out, and a person's data on request.

- ``keyaccount export PATH --out FILE.json|FILE.xlsx|FOLDER [--private]``: the
  workspace as a lossless JSON export, one sheet per table, or one CSV file per
  table (a folder, or ``NAME.csv`` for a folder ``NAME``). The workspace is only read.
- ``keyaccount export --from FILE.json --into NEW_PATH``: load a JSON export
  into a new (or empty) workspace; nothing is left behind if it fails.
- ``keyaccount person export PATH --person ID-OR-NAME --out FILE.json``.
- ``keyaccount person erase PATH --person ID-OR-NAME [--yes]``: without
  ``--yes`` it only lists what would go.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

FORMATS = ("json", "xlsx", "csv")


def workspace_arg(text: str) -> str | Path:
    from model.exporting.reading import workspace_arg as parse

    return parse(text)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` and ``person`` to the ``keyaccount`` parser."""
    p = sub.add_parser(
        "export",
        help="export a workspace (JSON, XLSX, CSV), or load a JSON export into a new one",
        description="Export a workspace: keyaccount export PATH --out FILE.json|FILE.xlsx|FOLDER. "
        "Load a JSON export into a new workspace: keyaccount export --from FILE.json "
        "--into NEW_PATH.",
    )
    p.add_argument(
        "path", nargs="?", type=workspace_arg, help="the workspace to export (a file or a URL)"
    )
    p.add_argument(
        "--out",
        type=Path,
        help="FILE.json (lossless), FILE.xlsx (a sheet per table), or a folder / NAME.csv "
        "(a CSV file per table)",
    )
    p.add_argument("--format", choices=FORMATS, help="the format, when --out does not tell")
    p.add_argument(
        "--private",
        action="store_true",
        help="include the personal attributes of customer people (left out by default)",
    )
    p.add_argument("--from", dest="source", type=Path, help="a JSON export to load")
    p.add_argument("--into", type=Path, help="the new (or empty) workspace to load it into")
    p = sub.add_parser("person", help="a customer person's data: export it, or erase the person")
    actions = p.add_subparsers(dest="person_action", required=True)
    q = actions.add_parser("export", help="write everything held about one person as JSON")
    q.add_argument("path", type=workspace_arg)
    q.add_argument("--person", required=True, help="the person's id, UUID or full name")
    q.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    q = actions.add_parser("erase", help="erase one person and every trace of them")
    q.add_argument("path", type=workspace_arg)
    q.add_argument("--person", required=True, help="the person's id, UUID or full name")
    q.add_argument("--yes", action="store_true", help="erase (without it, only list what would go)")


def run(args: argparse.Namespace) -> int:
    """Run ``export`` or ``person``; the exit status (a DomainError is shown by the caller)."""
    if args.command == "export":
        if args.source is not None or args.into is not None:
            return _load(args)
        return _export(args)
    if args.person_action == "export":
        return _person_export(args.path, args.person, args.out)
    return _person_erase(args.path, args.person, args.yes)


def _fail(message: str) -> int:
    print(f"keyaccount: {message}", file=sys.stderr)
    return 2


def format_of(out: Path, given: str | None = None) -> str:
    """The export format ``out`` asks for: json, xlsx, or csv (a folder)."""
    if given:
        return given
    suffix = out.suffix.lower()
    if suffix in (".json", ".xlsx", ".csv"):
        return suffix[1:]
    return "csv" if out.is_dir() or not suffix else ""


def _export(args: argparse.Namespace) -> int:
    from model.exporting.reading import reading_session

    if args.path is None or args.out is None:
        return _fail("export needs a workspace and --out FILE (or --from FILE.json --into PATH)")
    kind = format_of(args.out, args.format)
    if not kind:
        return _fail(
            f"cannot tell the format of {args.out}: name a .json or .xlsx file, "
            "or a folder for CSV files (or give --format)"
        )
    with reading_session(args.path) as session:
        counts, where = export_to(session, kind, args.out, private=args.private)
    private = "with" if args.private else "without"
    print(
        f"wrote {where}: {len(counts)} tables, {sum(counts.values())} rows "
        f"({private} personal attributes)"
    )
    return 0


def export_to(session: Any, kind: str, out: Path, *, private: bool, progress: Any = None) -> Any:
    """Export in ``kind`` (json, xlsx, csv) to ``out``: (rows per table, what was written)."""
    if kind == "json":
        from model.exporting.workspace_json import export_json

        return export_json(session, out, private=private, progress=progress), out
    if kind == "xlsx":
        from model.exporting.tables import export_xlsx

        return export_xlsx(session, out, private=private, progress=progress), out
    from model.exporting.tables import csv_folder, export_csv

    return export_csv(session, out, private=private, progress=progress), csv_folder(out)


def _load(args: argparse.Namespace) -> int:
    from model.exporting.workspace_json import load_json
    from model.workspace import open_workspace

    if args.source is None or args.into is None or args.path is not None:
        return _fail("loading takes --from FILE.json and --into NEW_PATH (and no workspace PATH)")
    target: Path = args.into
    if target.exists():
        ws = open_workspace(target)
        try:
            counts = load_json(args.source, ws)
        finally:
            ws.close()
    else:
        partial = target.with_name(target.name + ".partial")
        leftovers = [partial, *(partial.with_name(partial.name + x) for x in ("-wal", "-shm"))]
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        try:
            ws = open_workspace(partial, create=True)
            try:
                counts = load_json(args.source, ws)
            finally:
                ws.close()
            os.replace(partial, target)
        finally:
            for leftover in leftovers:
                leftover.unlink(missing_ok=True)
    print(f"loaded {args.source} into {target}: {sum(counts.values())} rows")
    return 0


def _person_export(path: str | Path, ident: str, out: Path) -> int:
    from model.exporting.person import find_person, person_data
    from model.exporting.reading import reading_session
    from model.files import save_bytes

    with reading_session(path) as session:
        person_id = find_person(session, ident)
        data = person_data(session, person_id)
    save_bytes(out, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    print(f"wrote {out}: everything held about person {person_id} (personal attributes included)")
    return 0


def describe(plan: Any) -> list[str]:
    """What erasing a person removes, one line each (the command line's confirmation)."""
    lines = [f"person {plan.person_id} '{plan.name}' at {plan.account}"]
    if plan.private:
        lines.append("their personal attributes")
    for count, what in (
        (plan.deal_roles, "role(s) in deals"),
        (plan.influences, "influence link(s) with their notes"),
        (plan.relationships, "relationship(s) with our team"),
    ):
        if count:
            lines.append(f"{count} {what}")
    if plan.activities:
        lines.append(f"their part in {plan.activities} activity(ies) (the activities stay)")
    if plan.mentions:
        lines.append(f"{plan.mentions} mention(s) in notes, replaced by '(erased)'")
    if plan.leads:
        lines.append(f"the contact details of {plan.leads} lead(s)")
    if plan.audit_entries:
        lines.append(f"their values in {plan.audit_entries} audit-log entry(ies)")
    return lines


def _person_erase(path: str | Path, ident: str, yes: bool) -> int:
    from model.backups import list_backups
    from model.exporting.person import erase_person, erasure_plan, find_person
    from model.workspace import open_workspace

    ws = open_workspace(path)
    try:
        with ws.sessions() as session:
            person_id = find_person(session, ident)
            plan = erasure_plan(session, person_id)
        lines = describe(plan)
        if not yes:
            print("Erasing would remove, and it cannot be undone:")
            print("\n".join(f"  - {line}" for line in lines))
            print("Nothing was changed. Run again with --yes to erase.")
            return 1
        with ws.begin() as session:
            session.info["who"] = _login()
            erase_person(session, person_id)
    finally:
        ws.close()
    print(f"erased {lines[0]}; it cannot be undone.")
    older = list_backups(path) if isinstance(path, Path) else []  # a server keeps none here
    if older:
        print(
            f"note: {len(older)} backup(s) beside the workspace were made before and still "
            f"hold this person: {', '.join(b.name for b in older)}"
        )
    return 0


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
