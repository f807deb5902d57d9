"""Render the main views of the real window offscreen, for looking at what a user sees.

    .venv/bin/python tools/screenshots.py [--out /tmp/shots] [--views board,map]
        [--sizes 1366x768,1920x1080] [--langs en,zh] [--text normal,larger] [--check]

For every language it generates a fresh small sample workspace in that language
(in a temporary folder, with throwaway settings: nothing of the user's is read or
written), opens it in :class:`desktop.app.Application` and shows the views the
way a user would leave them: the board with a deal open in its panel, the map at
Fit, the accounts with an account selected, targeting and team. "larger" is View
▸ Larger text triggered twice on the window already showing the views at normal
size, so the views have to follow the change without a restart.

Files are named ``<view>-<w>x<h>-<lang>-<text>.png``; their paths are printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parent.parent
VIEWS = (
    "board",
    "map",
    "accounts",
    "targets",
    "team",
    "leads",
    "leads-yield",
    "convert",
    "activities",
    "team-tasks",
    "team-selfcheck",
    "dash-funnel",
    "dash-forecast",
    "dash-cash",
    "dash-team",
    "dash-review",
    "targets-dialog",
    "settings-currencies",
    "settings-probabilities",
    "presentation",
    "presentation-map",
    "review-pack",
)
SHOWN = "screenshotShown"
"""The object name of a dialog or window a view opens: it is grabbed instead of the
main window, then closed."""
SIZES = ((1366, 768), (1920, 1080))
LANGS = ("en", "zh")
TEXTS = ("normal", "larger")
ALIASES = {"targeting": "targets"}


def settle(ms: int = 60) -> None:
    """Let queued layouts, timers and paints run (the board paints its cards first)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + ms / 1000
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.monotonic() >= end:
            break
        time.sleep(0.005)
    QCoreApplication.processEvents()


def generate(folder: Path, lang: str) -> Path:
    from model.sample import generate_sample
    from model.workspace import open_workspace

    path = folder / f"sample-{lang}.kan"
    ws = open_workspace(path, create=True)
    try:
        generate_sample(ws.engine, lang=lang, size="small")
        with ws.begin() as session:
            stage_tasks(session)
    finally:
        ws.close()
    return path


def stage_tasks(session: Any) -> None:
    """The sample's deals were made in their stages directly, so they have no tasks: make
    each open deal's tasks of its stage as entering it would, and date every third one
    back by a week or two, so the Tasks tab shows overdue and escalated work."""
    from datetime import date, timedelta

    from sqlalchemy import select, update

    from model.base import utcnow
    from model.entities import Deal, Task
    from model.services.tasks import create_stage_tasks

    today = date.today()
    for deal in session.execute(select(Deal).where(Deal.status == "open")).scalars():
        if deal.stage != "P1":
            create_stage_tasks(session, deal, deal.stage, utcnow())
    ids = list(session.execute(select(Task.id).order_by(Task.id)).scalars())
    for n, ident in enumerate(ids[::3]):
        late = today - timedelta(days=3 + n % 12)
        session.execute(update(Task).where(Task.id == ident).values(due_on=late))


def shown_deal(page: Any) -> int | None:
    """The first open P5 deal (else the first open deal): its panel has the most to show."""
    cards = [c for c in page.store.cards.values() if c.status == "open"]
    if not cards:
        return None
    pool = [c for c in cards if c.stage == "P5"] or cards
    return int(min(c.id for c in pool))


def prepare_board(window: MainWindow) -> None:
    page: Any = window.show_page("board")
    if page is None:
        return
    settle(80)
    if page.panel.isVisible():
        page.close_panel()  # opened again below, so it takes its width for this size
    deal = shown_deal(page)
    if deal is not None:
        page.open_deal(deal)


def prepare_map(window: MainWindow) -> None:
    page: Any = window.show_page("map")
    if page is None:
        return
    settle(80)
    page.act_fit.trigger()


def prepare_accounts(window: MainWindow) -> None:
    page: Any = window.show_page("accounts")
    if page is None:
        return
    if page.proxy.rowCount() and not page.table.selectionModel().hasSelection():
        source = page.proxy.mapToSource(page.proxy.index(0, 0))
        page.select_account(page.model.account_at(source.row()).id)


def prepare_plain(key: str) -> Callable[[MainWindow], None]:
    return lambda window: (window.show_page(key), None)[1]


def prepare_leads(tab: int) -> Callable[[MainWindow], None]:
    """The Leads page on its list (the newest lead selected) or its Channel yield tab."""

    def prepare(window: MainWindow) -> None:
        page: Any = window.show_page("leads")
        if page is None:
            return
        page.tabs.setCurrentIndex(tab)
        if tab == 0 and page.proxy.rowCount() and page.selected_lead() is None:
            source = page.proxy.mapToSource(page.proxy.index(0, 0))
            page.select(page.table_model.rows()[source.row()].id)

    return prepare


def prepare_convert(window: MainWindow) -> None:
    """The conversion dialog of the newest lead not yet converted, shown over the window
    (grabbed by :func:`render` instead of the window while it is open)."""
    page: Any = window.show_page("leads")
    if page is None:
        return
    page.tabs.setCurrentIndex(0)
    lead = next((r for r in page.rows() if r.deal_id is None), None)
    if lead is None:
        return
    page.select(lead.id)
    from datetime import date

    from desktop.leads.convert import ConvertDialog, ConvertRequest

    request = ConvertRequest(lead, page._choices.members, page.ctx.me, date.today())
    dialog = ConvertDialog(request, window)
    dialog.setObjectName(SHOWN)
    dialog.show()


def prepare_activities(window: MainWindow) -> None:
    page: Any = window.show_page("activities")
    if page is None:
        return
    if page.selected_id() is None and page.model.rowCount():
        page.table.selectRow(0)


def prepare_team(tab: str) -> Callable[[MainWindow], None]:
    """A tab of the Team page; Tasks shows the tasks of the first manager who has some
    (escalations land there), else of the first member who has some (nobody is "me")."""

    def prepare(window: MainWindow) -> None:
        page: Any = window.show_page("team")
        if page is None:
            return
        page.show_tab(tab)
        if tab != "tasks" or page.tasks.rows():
            return
        members = sorted(page.rows(), key=lambda m: (m.role != "manager", m.id))
        for member in members:
            page.tasks.show_member(member.id)
            if page.tasks.rows():
                return

    return prepare


def prepare_dashboard(tab: str) -> Callable[[MainWindow], None]:
    """A tab of the Dashboards page, as it opens (the current quarter, every owner)."""

    def prepare(window: MainWindow) -> None:
        page: Any = window.show_page("dashboard")
        if page is not None:
            page.show_tab(tab)

    return prepare


def prepare_targets_dialog(window: MainWindow) -> None:
    """Team ▸ Targets…: the targets of this quarter, over the Team page."""
    page: Any = window.show_page("team")
    if page is None:
        return
    from desktop.dashboards.targets_dialog import open_targets_dialog

    dialog = open_targets_dialog(page.ctx, page)
    dialog.setObjectName(SHOWN)


def prepare_settings(tab: int) -> Callable[[MainWindow], None]:
    """Edit ▸ Settings… on one of its workspace tabs (shown, not run modally)."""

    def prepare(window: MainWindow) -> None:
        from PySide6.QtCore import Qt

        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.settings, window.ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.tabs.setCurrentIndex(tab)
        dialog.setObjectName(SHOWN)
        dialog.show()

    return prepare


def prepare_presentation(mode: str) -> Callable[[MainWindow], None]:
    """Presentation mode over every account (the start dialog answered), on the first slide
    with deals, shown at the size under test instead of full screen; ``mode``: deals or map."""

    def prepare(window: MainWindow) -> None:
        if window.ctx is None:
            return
        from PySide6.QtCore import QCoreApplication

        from desktop.presentation import accounts_of
        from desktop.presentation.start import ALL, StartChoice
        from desktop.presentation.window import PresentationWindow

        label = QCoreApplication.translate("Presentation", "Every account")
        choice = StartChoice(ALL, None, label)
        shown = PresentationWindow(window.ctx, choice, accounts_of(window.ctx, choice), window)
        shown.setObjectName(SHOWN)
        shown.resize(window.size())
        shown.show()
        if mode == "map":
            shown.toggle_mode()

    return prepare


PREPARE: dict[str, Callable[[MainWindow], None]] = {
    "board": prepare_board,
    "map": prepare_map,
    "accounts": prepare_accounts,
    "targets": prepare_plain("targets"),
    "team": prepare_team("members"),
    "leads": prepare_leads(0),
    "leads-yield": prepare_leads(1),
    "convert": prepare_convert,
    "activities": prepare_activities,
    "team-tasks": prepare_team("tasks"),
    "team-selfcheck": prepare_team("selfcheck"),
    "dash-funnel": prepare_dashboard("funnel"),
    "dash-forecast": prepare_dashboard("forecast"),
    "dash-cash": prepare_dashboard("cash"),
    "dash-team": prepare_dashboard("team"),
    "dash-review": prepare_dashboard("review"),
    "targets-dialog": prepare_targets_dialog,
    "settings-currencies": prepare_settings(1),
    "settings-probabilities": prepare_settings(2),
    "presentation": prepare_presentation("deals"),
    "presentation-map": prepare_presentation("map"),
}


def review_pack_pages(window: MainWindow, out: Path, lang: str) -> list[Path]:
    """The first two pages (the front and the map) of the review pack of the account with
    the most open deals, as PNG through poppler's pdftoppm; [] without pdftoppm."""
    tool = shutil.which("pdftoppm")
    if tool is None or window.ctx is None:
        return []
    import subprocess

    from desktop.report.pack import read_pack, render_pack
    from model.rows import account_rows

    ctx = window.ctx
    rows = ctx.read(account_rows)
    if not rows:
        return []
    account = max(rows, key=lambda r: (r.open_deals, r.people, -r.id))
    content = ctx.read(read_pack, account.id)
    if content is None:
        return []
    with tempfile.TemporaryDirectory(prefix="keyaccount-pack-") as folder:
        pdf = Path(folder) / "pack.pdf"
        pdf.write_bytes(render_pack(content))
        stem = out / f"review-pack-{lang}"
        subprocess.run(
            [tool, "-png", "-r", "80", "-f", "1", "-l", "2", str(pdf), str(stem)], check=True
        )
    return sorted(out.glob(f"review-pack-{lang}-*.png"))


def render(
    out: Path,
    views: Sequence[str],
    sizes: Sequence[tuple[int, int]],
    langs: Sequence[str],
    texts: Sequence[str],
    log: Callable[[str], None] = print,
    check: bool = False,
) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from desktop import me, text_size
    from desktop.app import Application, qt_app

    qt_app([sys.argv[0]])
    _quiet_offscreen_plugin()
    me.decider = lambda *_args: None  # nobody answers "who are you?"
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="keyaccount-shots-"))
    written: list[Path] = []
    try:
        base = text_size.notifier().base
        for lang in langs:
            sample = generate(scratch, lang)
            copy = scratch / f"open-{lang}.kan"
            shutil.copy2(sample, copy)
            settings = QSettings(str(scratch / f"{lang}.ini"), QSettings.Format.IniFormat)
            settings.setValue("ui/language", lang)
            app = Application(settings, interactive=False)
            try:
                if not app.open(copy):
                    raise RuntimeError(f"cannot open the {lang} sample")
                window = app.window
                window.show()
                for text in texts:
                    if text == "larger":
                        window.act_bigger.trigger()
                        window.act_bigger.trigger()
                    else:
                        text_size.set_point_size(base)
                    settle(50)
                    for w, h in sizes:
                        window.resize(w, h)
                        settle(30)
                        if (window.width(), window.height()) != (w, h):
                            log(
                                f"note: the window is {window.width()}x{window.height()}, "
                                f"not {w}x{h} (its minimum size is larger)"
                            )
                        for view in views:
                            if view == "review-pack":  # a PDF: one size, one text size
                                if (w, h) == tuple(sizes[0]) and text == texts[0]:
                                    for path in review_pack_pages(window, out, lang):
                                        written.append(path)
                                        log(str(path))
                                continue
                            PREPARE[view](window)
                            settle(120)
                            path = out / f"{view}-{w}x{h}-{lang}-{text}.png"
                            shown = window.findChild(QWidget, SHOWN)
                            grabbed = shown or window
                            if not grabbed.grab().save(str(path), "PNG"):
                                raise OSError(f"cannot write {path}")
                            written.append(path)
                            log(str(path))
                            if check:
                                from desktop.layout_check import clipped_widgets

                                for problem in clipped_widgets(grabbed):
                                    log(f"    {problem}")
                            if shown is not None:
                                shown.close()
                                shown.setObjectName("")  # deleted later, not found again
                                shown.deleteLater()
                                settle(10)
            finally:
                text_size.set_point_size(base)
                settle(20)  # the views' follow-ups (the map re-fits on a zero timer) run first
                if app.ctx is not None:
                    app.ctx.close()
                app.window.close()
                app.window.deleteLater()
                settle(10)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def _quiet_offscreen_plugin() -> None:
    """The offscreen plugin warns on every window shown that it has no size hints to pass on."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _list(text: str, known: Sequence[str], what: str) -> list[str]:
    items = [ALIASES.get(t.strip(), t.strip()) for t in text.split(",") if t.strip()]
    wrong = [t for t in items if t not in known]
    if wrong:
        raise argparse.ArgumentTypeError(
            f"unknown {what}: {', '.join(wrong)} (choose from {', '.join(known)})"
        )
    return items


def _sizes(text: str) -> list[tuple[int, int]]:
    sizes = []
    for item in text.split(","):
        try:
            w, h = (int(x) for x in item.strip().lower().split("x"))
        except ValueError:
            raise argparse.ArgumentTypeError(f"size '{item}' is not WIDTHxHEIGHT") from None
        sizes.append((w, h))
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument(
        "--views",
        type=lambda t: _list(t, VIEWS, "view"),
        default=list(VIEWS),
        help="comma-separated: " + ",".join(VIEWS),
    )
    parser.add_argument(
        "--sizes", type=_sizes, default=list(SIZES), help="comma-separated WxH, e.g. 1366x768"
    )
    parser.add_argument("--langs", type=lambda t: _list(t, LANGS, "language"), default=list(LANGS))
    parser.add_argument("--text", type=lambda t: _list(t, TEXTS, "text size"), default=list(TEXTS))
    parser.add_argument(
        "--check",
        action="store_true",
        help="also list under each file what desktop/layout_check.py finds cut or overlapping",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    written = render(args.out, args.views, args.sizes, args.langs, args.text, check=args.check)
    print(f"{len(written)} screenshots in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
