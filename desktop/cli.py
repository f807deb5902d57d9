"""The ``keyaccount`` command.

``keyaccount [PATH]`` opens the GUI; the subcommands work without a screen
and import Qt only where they draw (``snapshot``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    from model.dto import AccountRow
    from model.sample import SampleStats

ORG, APP = "KeyAccountNavigator", "keyaccount"
"""The organisation and application names settings and data are kept under."""

COMMANDS = (
    "new",
    "sample",
    "check",
    "methodology",
    "snapshot",
    "backups",
    "restore",
    "report",
    "forecast",
    "import",
    "export",
    "person",
    "encrypt",
    "decrypt",
    "team",
    "copy",
)
# Subcommands whose parsers and runs live in their feature's module (Qt-free):
# each module has ``add_parsers(sub)`` and ``run(args) -> int``.
FEATURE_COMMANDS = {
    "import": "model.cli_import",
    "export": "model.cli_export",
    "person": "model.cli_export",
    "encrypt": "model.cli_encryption",
    "decrypt": "model.cli_encryption",
    "team": "model.cli_team",
    "copy": "model.cli_copy",
}
VIEWS = ("accounts", "targets", "board", "map", "leads", "activities", "dashboard", "team")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"size '{text}' is not WIDTHxHEIGHT, e.g. 1600x1000"
        ) from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size '{text}' is out of range")
    return w, h


def workspace_arg(text: str) -> str | Path:
    """A workspace on the command line: a database URL kept as written, else a path."""
    from model.exporting.reading import workspace_arg as parse

    return parse(text)


def _shown(where: str) -> str:
    """``where`` as it may be printed: a URL without its password."""
    from model.server_login import public_url
    from model.workspace import url_for

    return where if not _is_url(where) else public_url(url_for(where))


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keyaccount", description="Key Account Navigator: win key accounts step by step."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("new", help="create an empty workspace")
    p.add_argument("path", type=workspace_arg, help="a new file, or an empty database's URL")
    p = sub.add_parser("sample", help="create the sample workspace")
    p.add_argument("path", help="a new workspace file, or an empty PostgreSQL database's URL")
    p.add_argument("--lang", choices=("zh", "en"), default="en")
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=7)
    p = sub.add_parser("check", help="check a workspace: schema, integrity, rules")
    p.add_argument("path")
    p.add_argument(
        "--full",
        action="store_true",
        help="run SQLite's full integrity_check (compares every index with its table; "
        "slower) instead of quick_check; on PostgreSQL, amcheck's heapallindexed",
    )
    p = sub.add_parser("methodology", help="print the method data")
    p.add_argument("--lang", choices=("zh", "en"))
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("snapshot", help="render a view to PNG without a screen")
    p.add_argument("path")
    p.add_argument("--view", choices=VIEWS, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--size", type=_size, default=(1600, 1000))
    p.add_argument("--lang", choices=("zh", "en"), default="en")
    p.add_argument("--account", help="account name to show (map, people)")
    p = sub.add_parser("report", help="write an account's review pack (PDF)")
    p.add_argument("path")
    p.add_argument("--account", required=True, help="the account's name")
    p.add_argument("--out", type=Path, required=True, help="the PDF to write")
    p.add_argument("--lang", choices=("zh", "en"), default="en")
    p.add_argument("--private", action="store_true", help="include personal attributes of people")
    p = sub.add_parser("forecast", help="print the win and cash forecasts of a period")
    p.add_argument("path", type=workspace_arg)
    p.add_argument(
        "--period",
        type=_period,
        help="a month (2027-01), quarter (2027Q1) or year (2027); default: the current quarter",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p = sub.add_parser("backups", help="list the backups beside a workspace file")
    p.add_argument("path", type=Path)
    p.add_argument("--verify", action="store_true", help="also check each backup reads back")
    p = sub.add_parser("restore", help="put a backup in place of a workspace file")
    p.add_argument("path", type=Path)
    p.add_argument("backup", type=Path, help="a backup's path, or its name from `backups`")
    for module in dict.fromkeys(FEATURE_COMMANDS.values()):
        importlib.import_module(module).add_parsers(sub)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keyaccount",
        description="Key Account Navigator. Subcommands: " + ", ".join(COMMANDS) + ".",
    )
    parser.add_argument(
        "path",
        nargs="?",
        help="workspace file to open, or a team database's URL "
        "(postgresql+psycopg://user@host:5432/database)",
    )
    parser.add_argument("--sample", action="store_true", help="open the sample workspace")
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language")
    return parser


def _fail(message: str) -> int:
    print(f"keyaccount: {message}", file=sys.stderr)
    return 2


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; every failure ends as one line on stderr, never a traceback."""
    from model.errors import DomainError

    try:
        return _run_command(args)
    except DomainError as exc:
        return _fail(exc.message)
    except BrokenPipeError:
        raise  # main() ends quietly: the reader of a pipe has what it wanted
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or exc}{where}")


def _run_command(args: argparse.Namespace) -> int:
    from model.errors import DomainError

    try:
        if args.command == "new":
            return _new(args.path)
        if args.command == "sample":
            return _sample(args.path, args.lang, args.size, args.seed)
        if args.command == "check":
            from model.check import check_workspace, format_report

            report = check_workspace(args.path, full=args.full)
            print(format_report(report))
            broken = {"sqlite.integrity", "file.unreadable"} & set(report.codes)
            if broken and not _is_url(args.path):  # a server keeps no backups beside a file
                _name_newest_backup(Path(args.path))
            return 0 if report.ok else 1
        if args.command == "methodology":
            from model.cli_methodology import print_methodology

            print_methodology(args.lang, args.json, sys.stdout)
            return 0
        if args.command == "snapshot":
            from desktop.snapshot import snapshot

            snapshot(args.path, args.view, args.out, args.size, args.lang, args.account)
            print(f"wrote {args.out}")
            return 0
        if args.command == "report":
            from desktop.report.cli import report

            report(args.path, args.account, args.out, args.lang, args.private)
            print(f"wrote {args.out}")
            return 0
        if args.command == "forecast":
            return _forecast(args.path, args.period, args.json)
        if args.command == "backups":
            return _backups(args.path, args.verify)
        if args.command == "restore":
            return _restore(args.path, args.backup)
        if args.command in FEATURE_COMMANDS:
            status: int = importlib.import_module(FEATURE_COMMANDS[args.command]).run(args)
            return status
    except DomainError as exc:
        return _fail(exc.message)
    return _fail(f"unknown command {args.command}")


def _period(text: str) -> str:
    from model.money import period_bounds

    try:
        period_bounds(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"period '{text}' is not a month (2027-01), quarter (2027Q1) or year (2027)"
        ) from None
    return text


def _forecast(path: str | Path, period: str | None, as_json: bool) -> int:
    """The win forecast per month or quarter of ``period`` and its monthly cash forecast.

    A month shows one month; a quarter the quarter (win) and its three months
    (cash); a year its four quarters and twelve months. The file is only read.
    """
    import json
    from dataclasses import asdict
    from datetime import date

    from model.exporting.reading import reading_session
    from model.forecast import cash_forecast, win_forecast
    from model.money import period_bounds, quarter_key

    today = date.today()
    period = period or quarter_key(today)
    first, last = period_bounds(period)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    grain = "month" if months == 1 else "quarter"
    with reading_session(path) as db:
        win = win_forecast(db, grain, first, max(1, months // 3), today=today)
        cash = cash_forecast(db, first, months, today=today)
    if as_json:
        data = {
            "period": period,
            "base": win.base,
            "win": {
                "grain": win.grain,
                "periods": [asdict(p) for p in win.periods],
                "deals": [asdict(d) for d in win.deals],
                "undated": list(win.undated),
                "slipped": list(win.slipped),
            },
            "cash": {
                "months": [asdict(m) | {"total": m.total} for m in cash.months],
                "overdue": [asdict(o) for o in cash.overdue],
            },
            "missing_rates": sorted(win.missing_rates | cash.missing_rates),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return 0
    print(f"Win forecast {period} ({win.base})")
    _table(
        ("period", "won", "commit", "best case", "pipeline", "weighted", "won+weighted"),
        [
            (
                p.period,
                *(_money(x) for x in (p.won, p.commit, p.best_case, p.pipeline)),
                _money(p.weighted),
                _money(p.won + p.weighted),
            )
            for p in win.periods
        ],
        right=6,
    )
    window = {p.period for p in win.periods}
    listed = [d for d in win.deals if d.period in window]
    if listed:
        print()
        _table(
            (
                "deal",
                "account",
                "owner",
                "stage",
                "category",
                "close",
                "amount",
                "prob.",
                "weighted",
            ),
            [
                (
                    d.name,
                    d.account_name,
                    d.owner_name,
                    d.stage,
                    d.category + (" *" if d.overridden else ""),
                    str(d.close_on),
                    f"{_money(d.amount)} {d.currency}",
                    f"{d.probability:.0%}",
                    _money(d.weighted),
                )
                for d in listed
            ],
            right=3,
        )
        if any(d.overridden for d in listed):
            print("* overridden by a manager")
    print()
    print(f"Cash forecast {period} ({cash.base}; open deals weighted by probability)")
    _table(
        ("month", "received", "due (won)", "expected (open)", "total"),
        [
            (m.period, *(_money(x) for x in (m.received, m.due_won, m.expected_open, m.total)))
            for m in cash.months
        ],
        right=4,
    )
    if cash.overdue:
        print()
        print(f"Overdue instalments on {today}")
        _table(
            ("deal", "account", "instalment", "due", "outstanding", "days late"),
            [
                (
                    o.deal_name,
                    o.account_name,
                    str(o.seq),
                    str(o.due_on),
                    f"{_money(o.own_outstanding)} {o.currency}",
                    str(o.days_late),
                )
                for o in cash.overdue
            ],
            right=2,
        )
    notes = []
    if win.undated:
        notes.append(f"{len(win.undated)} open deal(s) have no expected close and are in no period")
    if win.slipped:
        notes.append(f"{len(win.slipped)} open deal(s) were expected to close before {first}")
    missing = sorted(win.missing_rates | cash.missing_rates)
    if missing:
        notes.append(f"left out for want of a rate to {win.base}: {', '.join(missing)}")
    if notes:
        print()
        for note in notes:
            print(f"note: {note}")
    return 0


def _money(value: float) -> str:
    return f"{value:,.0f}"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], right: int = 1) -> None:
    """Columns padded to their widest cell; the last ``right`` columns (amounts) to the right."""
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    split = len(header) - right
    for r in (header, *rows):
        cells = [
            c.rjust(w) if i >= split else c.ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())


def _backups(path: Path, verify: bool) -> int:
    """A table of the backups beside ``path``, newest first."""
    from model.backups import format_size, list_backups

    backups = list_backups(path, verify=verify)
    if not backups:
        print(f"no backups of {path} (they are made beside it: {path.name}.backup-…)")
        return 0
    rows = [("taken", "kind", "size", "schema", *(("ok",) if verify else ()), "file")]
    for b in backups:
        ok = ("yes" if b.ok else f"no: {b.problem}",) if verify else ()
        when = b.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        rows.append((when, b.kind, format_size(b.size), b.revision or "?", *ok, b.name))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1])
    return 0


def _restore(path: Path, backup: Path) -> int:
    """Restore ``backup`` (a path, or a name beside the workspace) into ``path``."""
    from model.backups import restore_backup

    if not backup.exists() and backup.name == str(backup):
        backup = path.parent / backup  # a name from the `backups` list
    done = restore_backup(path, backup)
    print(f"restored {done.path} from {done.backup.name}")
    if done.kept is not None:
        print(f"the file it replaced is kept at {done.kept}")
    else:
        print(f"there was no file at {done.path} to keep")
    return 0


def _name_newest_backup(path: Path) -> None:
    """After a failed integrity check: the newest backup that reads back whole."""
    from model.backups import newest_good_backup

    if not path.is_file():
        return
    best = newest_good_backup(path)
    if best is None:
        print(f"No good backup of {path} was found beside it.")
        return
    when = best.taken_at.strftime("%Y-%m-%d %H:%M")
    print(
        f"The newest good backup is {best.path} (taken {when}, schema {best.revision}). "
        f"Restore it with: keyaccount restore {path} {best.name}  "
        "(the damaged file is kept beside it)"
    )


def _new(path: str | Path) -> int:
    from model.workspace import open_workspace

    if isinstance(path, str):  # a server's empty database: the migrations make it a workspace
        open_workspace(path, create=True).close()
        print(f"created {_shown(path)}")
        return 0
    if path.exists():
        return _fail(f"{path} exists already; choose another name.")
    open_workspace(path, create=True).close()
    print(f"created {path}")
    return 0


def _is_url(text: str) -> bool:
    return "://" in text


def _sample(where: str, lang: str, size: str, seed: int) -> int:
    """Write the sample to ``PATH.partial`` and rename it when whole.

    A failure half-way (a full disk) then leaves no workspace that ``check``
    would call healthy and a retry would refuse as existing. A database URL
    (PostgreSQL) is migrated and filled in one transaction: a failure leaves
    it empty, and a database with data is refused.
    """
    if _is_url(where):
        _sample_written(where, _fill_sample(where, lang, size, seed))
        return 0
    path = Path(where)
    if path.exists():
        return _fail(f"{path} exists already; choose another name.")
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, *(partial.with_name(partial.name + x) for x in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    try:
        stats = _fill_sample(partial, lang, size, seed)
        os.replace(partial, path)
    except BaseException as exc:
        for leftover in (partial, *(partial.with_name(partial.name + x) for x in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            return _fail(f"cannot write {path}: {exc.strerror or exc}")
        raise
    _sample_written(str(path), stats)
    return 0


def _fill_sample(where: str | Path, lang: str, size: str, seed: int) -> SampleStats:
    """Create (or migrate) the workspace and generate the sample into it."""
    from model import sample
    from model.workspace import open_workspace

    ws = open_workspace(where, create=True)
    try:
        return sample.generate_sample(
            ws.engine, lang=lang, size=size, seed=seed, progress=_progress_line()
        )
    finally:
        ws.close()


def _sample_written(where: str, stats: SampleStats) -> None:
    print(
        f"created {_shown(where)}: {stats.accounts} accounts, {stats.people} people, "
        f"{stats.deals} deals in {stats.seconds:.1f} s"
    )


def _progress_line() -> Callable[[int, int], None] | None:
    """On a terminal, how far the sample has come, on one line of stderr (the large
    sample takes a minute); nothing in a pipe or a log."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\rgenerating the sample… {100 * done // total:3d}%", end=end, file=sys.stderr)

    return show


class ReadAhead:
    """The first paint's read of a workspace (:func:`model.quickread.preview_accounts`)
    on a thread of its own, started before Qt and the window.

    Its SQL runs with the GIL released (~60 ms on the large sample), so on a second
    core it costs the start nothing while the app's modules are imported and the
    window is built. ``keyaccount PATH`` starts it once QtCore is imported, not
    before: the rows it then fetches one by one each take the GIL from the main
    thread, and a thread taking it often from a busy one slows that one most when
    the machine is loaded (measured: the first paint 0.44 s started here, 0.61 s
    started first, 0.51 s read on the main thread, medians under load).
    :meth:`desktop.app.Application.start` takes the rows from it (:meth:`preview_rows`).
    """

    def __init__(self, path: Path) -> None:
        import threading

        from model.quickread import preview_accounts  # imported here, not on the thread

        self.path = Path(path)
        self._read = preview_accounts
        self._answer: list[list[AccountRow] | None] = []
        self._thread: threading.Thread = threading.Thread(
            target=self._run, name="read-ahead", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        # A failure here leaves no answer: preview_rows reads again, where it is told.
        with contextlib.suppress(Exception):
            self._answer.append(self._read(self.path))

    def wait(self) -> None:
        """Until the thread is done with the file (before anything else opens it)."""
        self._thread.join()

    def preview_rows(self, path: Path) -> list[AccountRow] | None:
        """``preview_accounts(path)``: the thread's answer when it read that file,
        else read now."""
        self.wait()
        if self._answer and Path(path) == self.path:
            return self._answer[0]
        return self._read(Path(path))


def read_ahead(path: Path) -> ReadAhead:
    """What ``keyaccount PATH`` does once QtCore is imported, before the app's own
    modules: PySide6's check of each module imported lightened now, not in
    desktop.app.qt_app after those modules (desktop.import_scan: ~5 ms), and the
    accounts read ahead (:class:`ReadAhead`)."""
    from desktop.import_scan import lighten_feature_scan

    lighten_feature_scan()
    return ReadAhead(path)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings

    from model.server_login import is_server

    path: Path | str | None = None
    if not args.sample:
        given = args.path or _last_workspace()
        # A team database's URL stays a URL; anything else names a file.
        path = given if given is None or is_server(given) else Path(given)
    ahead = read_ahead(path) if isinstance(path, Path) else None

    from desktop.app import Application

    app = Application(ahead=ahead)
    if args.lang:
        QSettings().setValue("ui/language", args.lang)
        app.switch_language(args.lang)
    if args.sample:
        app.open_sample()
    elif path is not None:
        app.start(path)
    return _end_process(app.run())


def _last_workspace() -> Path | str | None:
    """The workspace opened last (``keyaccount`` alone opens it), if it is still there
    (a team database's URL, without its password, is opened again as it is); read
    before the application exists, so with its names (desktop.app.qt_app)."""
    from PySide6.QtCore import QSettings

    from model.server_login import is_server

    last = str(QSettings(ORG, APP).value("workspace/last", "") or "")
    if is_server(last):
        return last
    return Path(last) if last and Path(last).exists() else None


def _end_process(code: int) -> int:
    """End the process at once, now that the app has shut down (settings written,
    workspace closed and checkpointed: Application.shut_down).

    Python's own teardown after the window had closed took 0.3 to 2.4 s on the
    large sample: destroying every module's objects and Qt's, and joining the
    board's background read of badges nobody will see. What must run still
    does: the atexit handlers (log files) and the flush of stdout and stderr.
    """
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run ``keyaccount``; every command ends quietly when its reader goes away.

    ``keyaccount methodology --json | head``: once ``head`` has its lines it
    closes the pipe, and the next write (or the flush at exit, for short
    output and ``--help``) raises BrokenPipeError. As the Python docs advise,
    stdout is then pointed at devnull so the interpreter's own flush at exit
    does not raise again, and the command ends without a traceback.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        try:
            if argv and argv[0] in COMMANDS:
                return run_command(command_parser().parse_args(argv))
            return run_gui(gui_parser().parse_args(argv))
        finally:
            # Short output is still in the buffer: write it here, where a
            # closed pipe is caught, not in the interpreter's exit.
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return 0


def _quiet_stdout() -> None:
    """Point stdout at devnull: nothing more can reach a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (stdout replaced, e.g. in tests)
        pass


if __name__ == "__main__":
    sys.exit(main())
