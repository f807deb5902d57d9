"""Who I am: asked on the first open of a workspace, remembered per workspace and
machine, changeable from File → I am… and the status bar, carried by every write."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop import me
from desktop.app import Application
from desktop.commands import DeleteCommand
from desktop.context import WorkspaceContext
from desktop.me import MeChoice, WhoAmIDialog
from model.entities import AuditEntry, StageChange
from model.rows import MemberRow, member_rows
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.team import create_member, delete_member, update_member
from model.workspace import open_workspace

Asked = list[tuple[list[str], int | None]]
Decide = Callable[[me.MeDecider], None]


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    """A workspace with two active members and one who left the team."""
    path = tmp_path / "team.kan"
    ws = open_workspace(path, create=True)
    with ws.begin() as s:
        create_member(s, {"name": "Wang Li", "role": "manager"})
        create_member(s, {"name": "Chen Rep", "role": "rep"})
        create_member(s, {"name": "Gone Guo", "role": "rep", "active": False})
    ws.close()
    return path


@pytest.fixture
def decide(monkeypatch: pytest.MonkeyPatch) -> Decide:
    """Set how "who are you?" is answered from now on."""
    return lambda decider: monkeypatch.setattr(me, "decider", decider)


def first(name: str) -> me.MeDecider:
    """Answer with the active member of that name."""
    return lambda _p, members, _c, _s: MeChoice(next(m.id for m in members if m.name == name))


def answering(choice: MeChoice | None, asked: Asked) -> me.MeDecider:
    """A decider that records what it was offered and answers ``choice``."""

    def decide(
        _parent: object, members: Sequence[MemberRow], current: int | None, _suggested: str
    ) -> MeChoice | None:
        asked.append(([m.name for m in members], current))
        return choice

    return decide


def member_id(ctx: WorkspaceContext, name: str) -> int:
    return next(m.id for m in ctx.read(member_rows) if m.name == name)


def drag(page: Any, source: str, deal_id: int, target: str) -> bool:
    """What a drag does: the source column's mimeData dropped on the target column."""
    src, dst = page.models[source], page.models[target]
    mime = src.mimeData([src.index(src.row_of(deal_id))])
    return bool(dst.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex()))


def reopen(settings: QSettings, path: Path) -> Application:
    again = Application(settings)
    assert again.open(path)
    return again


# -- first use: the real dialog on the app's real open path ------------------------------------


def test_a_new_workspace_asks_who_i_am_and_adds_me(
    app: Application, settings: QSettings, tmp_path: Path, qtbot: Any, decide: Decide
) -> None:
    """`keyaccount new` has no members: the real dialog offers to add "me"."""
    seen: dict[str, Any] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WhoAmIDialog)
        seen["empty"] = dialog.findChild(object, "meEmpty").isVisible()  # type: ignore[union-attr]
        seen["list"] = dialog.members.isVisible()
        seen["prefill"] = dialog.name.text()
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Wang Li")
        dialog.role.setCurrentIndex(dialog.role.findData("manager"))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    decide(me.ask_me)  # the real dialog, not the test default
    QTimer.singleShot(0, answer)
    path = tmp_path / "new.kan"
    assert app.open(path, create=True)
    ctx = app.ctx
    assert ctx is not None
    assert seen == {"empty": True, "list": False, "prefill": ctx.who}, "named as the login"
    (row,) = ctx.read(member_rows)
    assert (row.name, row.role, row.active) == ("Wang Li", "manager", True)
    assert ctx.me == row.id
    assert settings.value(me.settings_key(ctx)) == row.uuid
    assert app.window.me_button.text() == "Me: Wang Li"
    assert ctx.undo_stack.count() == 0, "a first-use setup step, not an undoable edit"


def test_the_dialog_lists_active_members_and_picks_one(qtbot: Any, team_file: Path) -> None:
    ws = open_workspace(team_file)
    with ws.sessions() as s:
        members = [m for m in member_rows(s) if m.active]
    ws.close()
    chen = next(m.id for m in members if m.name == "Chen Rep")
    dialog = WhoAmIDialog(members, current=chen, suggested="login")
    qtbot.addWidget(dialog)
    texts = [dialog.members.item(n).text() for n in range(dialog.members.count())]
    assert texts == ["Chen Rep — Sales rep", "Wang Li — Manager"]
    assert dialog.pick.isChecked() and dialog.choice() == MeChoice(chen)
    dialog.members.setCurrentRow(1)
    assert dialog.choice() == MeChoice(next(m.id for m in members if m.name == "Wang Li"))
    qtbot.keyClicks(dialog.name, " Zhou")  # typing a name chooses "I'm new"
    assert dialog.new.isChecked()
    assert dialog.choice() == MeChoice(None, "login Zhou", "rep")
    dialog.name.clear()
    assert not dialog.ok.isEnabled(), "a new member needs a name"
    rect = dialog.members.visualItemRect(dialog.members.item(0))
    dialog.show()
    qtbot.mouseClick(dialog.members.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.pick.isChecked() and dialog.choice() == MeChoice(chen)


# -- remembered, per workspace and machine --------------------------------------------------------


def test_the_choice_is_remembered_across_reopen(
    app: Application, settings: QSettings, team_file: Path, decide: Decide
) -> None:
    asked: Asked = []
    decide(first("Chen Rep"))
    assert app.open(team_file)
    assert app.ctx is not None
    chen = member_id(app.ctx, "Chen Rep")
    assert app.ctx.me == chen
    app.close_workspace()

    decide(answering(None, asked))
    again = reopen(settings, team_file)
    try:
        assert again.ctx is not None and again.ctx.me == chen
        assert asked == [], "a remembered choice is not asked again"
        assert again.window.me_button.text() == "Me: Chen Rep"
    finally:
        assert again.ctx is not None
        again.ctx.close()
        again.window.close()


def test_later_leaves_nobody_and_asks_again_next_time(
    app: Application, settings: QSettings, team_file: Path, decide: Decide
) -> None:
    asked: Asked = []
    decide(answering(None, asked))
    assert app.open(team_file)
    assert app.ctx is not None and app.ctx.me is None
    assert asked == [(["Chen Rep", "Wang Li"], None)], "only active members are offered"
    assert settings.value(me.settings_key(app.ctx)) is None
    assert app.window.me_button.text() == "Me: not chosen"
    app.close_workspace()
    again = reopen(settings, team_file)
    assert len(asked) == 2
    assert again.ctx is not None
    again.ctx.close()
    again.window.close()


@pytest.mark.parametrize("how", ["deleted", "deactivated", "deleted, id reused"])
def test_a_member_gone_since_is_asked_again(
    app: Application, settings: QSettings, team_file: Path, how: str, decide: Decide
) -> None:
    asked: Asked = []
    decide(first("Chen Rep"))  # the highest id of the active members
    assert app.open(team_file)
    ctx = app.ctx
    assert ctx is not None
    chen = member_id(ctx, "Chen Rep")
    assert ctx.me == chen
    app.close_workspace()
    ws = open_workspace(team_file)
    with ws.begin() as s:
        if how == "deactivated":
            update_member(s, chen, {"active": False})
        else:
            delete_member(s, member_id_in(s, "Gone Guo"))  # the highest id goes first
            delete_member(s, chen)
            if how == "deleted, id reused":
                reused = create_member(s, {"name": "New Niu"}).created_id("member")
                assert reused == chen, "SQLite hands the freed id out again"
    ws.close()
    decide(answering(None, asked))
    again = reopen(settings, team_file)
    try:
        assert again.ctx is not None and again.ctx.me is None
        assert len(asked) == 1
    finally:
        assert again.ctx is not None
        again.ctx.close()
        again.window.close()


def member_id_in(session: Any, name: str) -> int:
    return next(m.id for m in member_rows(session) if m.name == name)


def test_each_workspace_keeps_its_own_choice(
    app: Application, settings: QSettings, team_file: Path, tmp_path: Path, decide: Decide
) -> None:
    other = tmp_path / "other.kan"
    decide(first("Chen Rep"))
    assert app.open(team_file)
    assert app.ctx is not None
    first_key = me.settings_key(app.ctx)
    decide(lambda *_a: MeChoice(None, "Solo Su", "executive"))
    assert app.open(other, create=True)
    assert app.ctx is not None
    assert me.settings_key(app.ctx) != first_key
    assert str(team_file) not in first_key, "the key is a digest, not the path"
    assert app.window.me_button.text() == "Me: Solo Su"


def test_the_key_of_a_database_url_never_holds_its_password(ctx: WorkspaceContext) -> None:
    ctx.workspace.url = "postgresql://sales:secret@db.example/team"
    key = me.settings_key(ctx)
    ctx.workspace.url = "postgresql://sales:changed@db.example/team"
    assert me.settings_key(ctx) == key, "a new password is the same workspace"
    ctx.workspace.url = "postgresql://sales:secret@db.example/other"
    assert me.settings_key(ctx) != key
    assert "secret" not in key


def test_snapshots_never_ask(
    settings: QSettings, team_file: Path, qapp: object, decide: Decide
) -> None:
    asked: Asked = []
    decide(answering(None, asked))
    quiet = Application(settings, interactive=False)
    try:
        assert quiet.open(team_file)
        assert asked == []
    finally:
        assert quiet.ctx is not None
        quiet.ctx.close()
        quiet.window.close()


# -- changeable -----------------------------------------------------------------------------------


def test_the_menu_action_and_the_status_bar_change_who_i_am(
    app: Application, settings: QSettings, team_file: Path, qtbot: Any, decide: Decide
) -> None:
    decide(first("Chen Rep"))
    assert app.open(team_file)
    ctx = app.ctx
    assert ctx is not None
    chen, wang = member_id(ctx, "Chen Rep"), member_id(ctx, "Wang Li")
    assert ctx.me == chen
    window = app.window
    assert window.act_me in window.file_menu.actions() and window.act_me.isEnabled()

    asked: Asked = []
    decide(answering(MeChoice(wang), asked))
    window.act_me.trigger()
    assert asked == [(["Chen Rep", "Wang Li"], chen)], "the dialog shows the current choice"
    assert ctx.me == wang and window.me_button.text() == "Me: Wang Li"
    assert "Manager" in window.me_button.toolTip()
    stored = next(m.uuid for m in ctx.read(member_rows) if m.id == wang)
    assert settings.value(me.settings_key(ctx)) == stored

    decide(answering(MeChoice(chen), asked))
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.me_button, Qt.MouseButton.LeftButton)
    assert ctx.me == chen and window.me_button.text() == "Me: Chen Rep"

    decide(answering(None, asked))  # "Later" keeps the current choice
    window.act_me.trigger()
    assert ctx.me == chen

    app.close_workspace()
    assert not window.act_me.isEnabled() and not window.me_button.isVisible()


def test_deleting_me_while_open_stops_acting_as_me(
    app: Application, team_file: Path, decide: Decide
) -> None:
    decide(first("Chen Rep"))
    assert app.open(team_file)
    ctx = app.ctx
    assert ctx is not None
    chen = ctx.me
    assert chen is not None
    ctx.push(DeleteCommand(ctx, "Delete Chen", delete_member, chen))
    assert ctx.me is None
    assert app.window.me_button.text() == "Me: not chosen"


def test_renaming_me_updates_the_status_bar(
    app: Application, team_file: Path, decide: Decide
) -> None:
    decide(first("Chen Rep"))
    assert app.open(team_file)
    ctx = app.ctx
    assert ctx is not None and ctx.me is not None
    ctx.write(update_member, ctx.me, {"name": "Chen Xiaoming"})
    assert app.window.me_button.text() == "Me: Chen Xiaoming"


def test_a_refused_new_member_is_a_message_and_changes_nothing(
    ctx: WorkspaceContext, settings: QSettings, decide: Decide
) -> None:
    problems: list[tuple[str, str]] = []
    ctx.hub.problem.connect(lambda title, text: problems.append((title, text)))
    decide(lambda *_a: MeChoice(None, "x" * 500, "rep"))
    assert not me.choose(ctx, settings)
    assert ctx.me is None and ctx.read(member_rows) == []
    assert problems and "120" in problems[0][1]


# -- every write carries me -----------------------------------------------------------------------


def test_a_move_through_the_app_records_me_beside_the_login(
    app: Application, team_file: Path, decide: Decide
) -> None:
    ws = open_workspace(team_file)
    with ws.begin() as s:
        account = create_account(s, {"name": "Acme Steel"}).created_id("account")
        deal = create_deal(s, {"name": "Line 3", "account_id": account}).created_id("deal")
    ws.close()
    decide(first("Wang Li"))
    assert app.open(team_file)
    ctx = app.ctx
    assert ctx is not None and ctx.me is not None
    ctx.who = "wang.li"
    board = app.window.show_page("board")
    assert board is not None
    board.reason_asker = lambda *_a: "Customer changed plans"  # type: ignore[attr-defined]
    assert drag(board, "P2", deal, "P1")
    rows = ctx.read(
        lambda s: s.execute(
            select(AuditEntry.who, AuditEntry.member_id, AuditEntry.field).where(
                AuditEntry.entity == "deal", AuditEntry.entity_id == deal
            )
        ).all()
    )
    moved = [r for r in rows if r.field == "stage"]
    assert moved and all((r.who, r.member_id) == ("wang.li", ctx.me) for r in moved)
    last = ctx.read(
        lambda s: (
            s.execute(
                select(StageChange.by_id)
                .where(StageChange.deal_id == deal)
                .order_by(StageChange.id)
            )
            .scalars()
            .all()
        )
    )
    assert last[-1] == ctx.me
    board.open_deal(deal)  # type: ignore[attr-defined]
    panel = board.panel  # type: ignore[attr-defined]
    assert panel.detail.history[-1].by == "Wang Li"
    texts = [label.text() for label in panel.findChildren(type(app.window.workspace_label))]
    assert any("P2 → " in t and "Wang Li" in t for t in texts), "the history names me"


def test_on_a_team_database_the_signed_in_member_is_me_unasked(
    app: Application, pg_url: Any, decide: Decide
) -> None:
    """A member signs in as their own server role: the app takes "me" from the
    server, asks nobody, and writes carry that member."""
    from model.team_server import add_member

    login = f"rita_{pg_url.database}"
    add_member(pg_url, "Rita Rep", "rep", login=login, territories=["China/East"])
    asked: Asked = []
    decide(answering(None, asked))
    assert app.open(pg_url.set(username=login).render_as_string(hide_password=False))
    ctx = app.ctx
    assert ctx is not None
    rita = next(m.id for m in ctx.read(member_rows) if m.name == "Rita Rep")
    assert ctx.me == rita
    assert asked == [], "nobody is asked who they are"
    made = ctx.write(create_account, {"name": "Hangzhou Metro", "region": "China/East/Zhejiang"})
    with ctx.workspace.sessions() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == made.created_id("account"))
        ).all()
        assert entries
        assert {e.member_id for e in entries} == {rita}
