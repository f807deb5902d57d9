"""``keyaccount import PATH FILE``: accounts, people, deals or activities from CSV or XLSX.

The file is read (:func:`model.importing.sources.read_source`), its columns
mapped to fields (from its headers, or ``--mapping MAP.json``), and the import
planned (:func:`model.importing.plan.plan_import`): what it creates, merges,
leaves unchanged and rejects, and the duplicates it found. ``--dry-run``
prints that and writes nothing (the workspace is opened read-only). Otherwise
the plan is written in one transaction (:func:`model.services.importing.apply_import`).

A mapping file is JSON: ``{"kind": "deals", "columns": {"Header": "field" or
null}, "day_order": "ymd" | "mdy" | "dmy"}``; a header it does not name is
mapped from its name as without a mapping file; null leaves the column out.

Exit status: 0 when every row was imported (or planned, in a dry run), 1 when
some rows were rejected (the valid ones are imported; ``--errors OUT.csv``
lists the rejected ones), 2 when nothing could be done (a file that cannot be
read, a bad mapping, a workspace that cannot be opened).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.errors import InvalidValue

if TYPE_CHECKING:
    from model.importing.columns import Kind

KINDS = ("accounts", "people", "deals", "activities")
DAY_ORDERS = ("ymd", "mdy", "dmy")
SHOWN = 20
"""Rejected rows and duplicates printed in full; the rest are counted."""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import`` to the ``keyaccount`` parser."""
    p = sub.add_parser(
        "import",
        help="import accounts, people, deals or activities from a CSV or XLSX file",
        description="Import rows from a CSV or XLSX file. Duplicates are merged by rule; a "
        "row with a value the workspace cannot take is rejected whole.",
    )
    p.add_argument("path", type=workspace_arg, help="the workspace file, or a database URL")
    p.add_argument("file", type=Path, help="the CSV or XLSX file to import")
    p.add_argument("--kind", choices=KINDS, help="what the rows are (default: from the headers)")
    p.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    p.add_argument("--mapping", type=Path, help="a JSON file mapping headers to fields")
    p.add_argument("--errors", type=Path, help="write the rejected rows to this CSV file")
    p.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    p.add_argument("--day-order", choices=DAY_ORDERS, help="how the file writes dates")


def workspace_arg(text: str) -> str | Path:
    from model.exporting.reading import workspace_arg as parse

    return parse(text)


class MappingError(InvalidValue):
    """A mapping file that cannot be used; the message names the file and what is wrong."""


def read_mapping(path: Path, headers: Sequence[str]) -> dict[str, Any]:
    """The mapping file's kind, columns (by index) and day order, checked against the file."""
    from model.importing.columns import TARGETS

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MappingError("Mapping file {path} does not exist.", path=path) from None
    except UnicodeDecodeError:
        raise MappingError("Mapping file {path} is not UTF-8 text.", path=path) from None
    except json.JSONDecodeError as exc:
        raise MappingError(
            "Mapping file {path} is not valid JSON: {error} (line {line}, column {column}).",
            path=path,
            error=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    if not isinstance(data, dict):
        raise MappingError(
            'Mapping file {path} must hold an object: {{"kind": ..., "columns": {{...}}}}.',
            path=path,
        )
    unknown = sorted(set(data) - {"kind", "columns", "day_order"})
    if unknown:
        raise MappingError(
            "Mapping file {path}: unknown entries {names}; use kind, columns and day_order.",
            path=path,
            names=", ".join(unknown),
        )
    kind = data.get("kind")
    if kind is not None and kind not in KINDS:
        raise MappingError(
            "Mapping file {path}: kind '{kind}' is not one of {kinds}.",
            path=path,
            kind=kind,
            kinds=", ".join(KINDS),
        )
    day_order = data.get("day_order")
    if day_order is not None and day_order not in DAY_ORDERS:
        raise MappingError(
            "Mapping file {path}: day_order '{order}' is not one of ymd, mdy, dmy.",
            path=path,
            order=day_order,
        )
    columns = data.get("columns", {})
    if not isinstance(columns, dict):
        raise MappingError(
            'Mapping file {path}: columns must be an object {{"Header": "field" or null}}.',
            path=path,
        )
    by_header = {h.strip(): i for i, h in enumerate(headers)}
    chosen: dict[int, str | None] = {}
    for header, target in columns.items():
        index = by_header.get(str(header).strip())
        if index is None:
            raise MappingError(
                "Mapping file {path} names the column '{header}', which the file does not "
                "have (its columns: {headers}).",
                path=path,
                header=header,
                headers=", ".join(headers),
            )
        if target is not None and not isinstance(target, str):
            raise MappingError(
                "Mapping file {path}: the column '{header}' must map to a field name or null.",
                path=path,
                header=header,
            )
        chosen[index] = target
    if kind is not None:
        _check_targets(path, kind, chosen, headers, {t.key for t in TARGETS[kind]})
    return {"kind": kind, "columns": chosen, "day_order": day_order}


def _check_targets(
    path: Path, kind: str, chosen: dict[int, str | None], headers: Sequence[str], keys: set[str]
) -> None:
    seen: dict[str, int] = {}
    for index, target in chosen.items():
        if target is None:
            continue
        if target not in keys:
            raise MappingError(
                "Mapping file {path}: the column '{header}' maps to '{target}', which is not a "
                "field of {kind} (fields: {fields}).",
                path=path,
                header=headers[index],
                target=target,
                kind=kind,
                fields=", ".join(sorted(keys)),
            )
        if target in seen:
            raise MappingError(
                "Mapping file {path}: the columns '{first}' and '{second}' both map to '{target}'.",
                path=path,
                first=headers[seen[target]],
                second=headers[index],
                target=target,
            )
        seen[target] = index


def _mapping(
    args: argparse.Namespace, headers: Sequence[str]
) -> tuple[Kind, dict[int, str | None], str | None]:
    from model.importing.columns import TARGETS, guess_kind, guess_mapping

    given: dict[str, Any] = {"kind": None, "columns": {}, "day_order": None}
    if args.mapping is not None:
        given = read_mapping(args.mapping, headers)
    kind: Kind = args.kind or given["kind"] or guess_kind(headers)
    mapping: dict[int, str | None] = dict(guess_mapping(kind, headers))
    mapping.update(given["columns"])
    if given["columns"]:
        # A header the file maps by hand takes its field from any column guessed to it.
        hand = {t for t in given["columns"].values() if t}
        for index, target in list(mapping.items()):
            if target in hand and index not in given["columns"]:
                mapping[index] = None
    if args.mapping is not None:
        _check_targets(args.mapping, kind, mapping, headers, {t.key for t in TARGETS[kind]})
    mapped = set(mapping.values())
    if mapped & {"family_name", "given_name"}:
        mapped.add("name")  # a person's name from its parts
    missing = [t.key for t in TARGETS[kind] if t.required and t.key not in mapped]
    if missing:
        raise MappingError(
            "No column of {file} maps to the required field(s) {fields} of {kind}; name them "
            "with --mapping.",
            file=args.file.name,
            fields=", ".join(missing),
            kind=kind,
        )
    return kind, mapping, args.day_order or given["day_order"]


def _progress(label: str) -> Callable[[int, int], bool] | None:
    """How far it has come, on one line of stderr when that is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> bool:
        end = "\n" if done >= total else ""
        print(f"\r{label}… {100 * done // max(total, 1):3d}%", end=end, file=sys.stderr)
        return True

    return show


def run(args: argparse.Namespace) -> int:
    """Run ``keyaccount import``; the exit status (see the module docstring)."""
    from model.importing.errors_file import write_error_file
    from model.importing.plan import plan_import, table_day_order
    from model.importing.sources import read_source

    if not args.file.is_file():
        print(f"keyaccount: no file to import at {args.file}", file=sys.stderr)
        return 2
    if not args.dry_run and isinstance(args.path, Path) and not args.path.is_file():
        print(f"keyaccount: no workspace at {args.path}", file=sys.stderr)
        return 2
    table = read_source(args.file, sheet=args.sheet)
    kind, mapping, day_order = _mapping(args, table.headers)
    if day_order is None:
        day_order = table_day_order(table, kind, mapping)
    if args.dry_run:
        from model.exporting.reading import reading_session

        with reading_session(args.path) as session:
            plan = plan_import(
                session, table, kind, mapping, day_order=day_order, progress=_progress("planning")
            )
    else:
        from model.services.importing import apply_import
        from model.workspace import open_workspace

        ws = open_workspace(args.path)
        try:
            with ws.begin() as session:
                session.info["who"] = _login()
                plan = plan_import(
                    session,
                    table,
                    kind,
                    mapping,
                    day_order=day_order,
                    progress=_progress("planning"),
                )
                apply_import(
                    session, plan, source_name=args.file.name, progress=_progress("importing")
                )
        finally:
            ws.close()
    _report(plan, table, args, day_order)
    if args.errors is not None and plan.rejects:
        count = write_error_file(args.errors, plan)
        print(f"{count} problems written to {args.errors}")
    return 1 if plan.rejects else 0


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _report(plan: Any, table: Any, args: argparse.Namespace, day_order: str) -> None:
    what = "would import" if args.dry_run else "imported"
    where = f"{table.format}"
    if table.encoding:
        where += f", {table.encoding}"
    if table.delimiter:
        where += f", delimiter {table.delimiter!r}"
    print(f"{args.file.name} ({where}, dates {day_order}): {what} {plan.kind}")
    for line in plan.summary():
        print(f"  {line}")
    if plan.duplicates:
        print(f"duplicates ({len(plan.duplicates)}):")
        for dup in plan.duplicates[:SHOWN]:
            where = (
                f"line {dup.match_line}"
                if dup.match_line is not None
                else f"workspace #{dup.match_id}"
            )
            target = f"{dup.match_name} ({where})" if dup.match_name else where
            text = f"  line {dup.line}: {dup.name} = {target} ({dup.rule})"
            if dup.fills:
                text += "; fills " + ", ".join(dup.fills)
            for conflict in dup.conflicts:
                text += (
                    f"; keeps {conflict.field} '{conflict.current}' (file: '{conflict.incoming}')"
                )
            print(text)
        if len(plan.duplicates) > SHOWN:
            print(f"  … and {len(plan.duplicates) - SHOWN} more")
    rejects = plan.rejects
    if rejects:
        from model.importing.errors_file import redacted

        private = plan.private_columns()
        print(f"rejected ({len(rejects)}):", file=sys.stderr)
        problems = [p for row in rejects for p in row.problems]
        for problem in problems[:SHOWN]:
            line, column, value, reason = redacted(problem, private)
            where = f"line {line}, {column} '{value}'" if column else f"line {line}"
            print(f"  {where}: {reason}", file=sys.stderr)
        if len(problems) > SHOWN:
            more = len(problems) - SHOWN
            hint = "" if args.errors else " (--errors FILE.csv lists them all)"
            print(f"  … and {more} more{hint}", file=sys.stderr)
