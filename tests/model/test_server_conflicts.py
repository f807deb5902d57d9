"""Two people on one server database: the second save of a record someone changed is
refused (EditConflict naming it), nothing is overwritten, and what the services
decide on is locked while they decide.

Each test opens the same PostgreSQL database twice (two workspaces: two users'
connection pools), as two copies of the app on two laptops would.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from model import workspace as workspace_module
from model.entities import Deal, Person, StageChange
from model.errors import EditConflict
from model.services import common as c
from model.services.accounts import create_account
from model.services.approvals import approve_stage_change, awaiting_ids
from model.services.deals import create_deal, move_deal, set_exit_check, update_deal
from model.services.people import create_person, delete_person, update_person
from model.services.team import create_member
from model.workspace import Workspace, WriteBusy, open_workspace


@pytest.fixture
def two(pg_url: URL) -> Iterator[tuple[Workspace, Workspace]]:
    first, second = open_workspace(pg_url), open_workspace(pg_url)
    yield first, second
    first.close()
    second.close()


def _deals(ws: Workspace, n: int = 1) -> list[int]:
    def make(s: Any) -> list[int]:
        account = create_account(s, {"name": "Acme"}).created_id("account")
        return [
            create_deal(s, {"name": f"Deal {i}", "account_id": account}).created_id("deal")
            for i in range(n)
        ]

    return ws.write(make)


def _seen(ws: Workspace, deal_id: int) -> dict[str, Any]:
    """The deal as a user's board shows it (read, no transaction kept)."""
    with ws.sessions() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        return {"stage": deal.stage, "status": deal.status}


def _history(ws: Workspace, deal_id: int) -> list[tuple[str | None, str]]:
    with ws.sessions() as s:
        rows = s.execute(
            select(StageChange.from_stage, StageChange.to_stage)
            .where(StageChange.deal_id == deal_id)
            .order_by(StageChange.at, StageChange.id)
        )
        return [(a, b) for a, b in rows]


def test_the_second_move_of_a_deal_both_saw_is_refused(two: tuple[Workspace, Workspace]) -> None:
    ann, bob = two
    (deal,) = _deals(ann)
    seen_by_ann, seen_by_bob = _seen(ann, deal), _seen(bob, deal)
    ann.write(move_deal, deal, "P1", reason="not qualified after all", seen=seen_by_ann)
    with pytest.raises(EditConflict) as refused:
        bob.write(move_deal, deal, "P3", force=True, reason="boss said so", seen=seen_by_bob)
    assert (refused.value.kind, refused.value.ident) == ("deal", deal)
    assert "Deal 0" in refused.value.message
    assert _seen(bob, deal)["stage"] == "P1"  # Ann's move stands
    assert _history(bob, deal) == [(None, "P2"), ("P2", "P1")]
    # Bob re-applies on what he sees now: allowed.
    bob.write(move_deal, deal, "P3", force=True, reason="boss said so", seen=_seen(bob, deal))
    assert _history(ann, deal)[-1] == ("P1", "P3")


def test_a_bulk_move_refuses_only_the_deals_someone_moved(
    two: tuple[Workspace, Workspace],
) -> None:
    """A drop of several deals is one move per deal, each checked: none bypasses it."""
    ann, bob = two
    deals = _deals(ann, 3)
    seen = {d: _seen(bob, d) for d in deals}
    ann.write(move_deal, deals[1], "P1", reason="back", seen=_seen(ann, deals[1]))
    refused = []
    for d in deals:
        try:
            bob.write(move_deal, d, "P3", force=True, reason="bulk", seen=seen[d])
        except EditConflict as exc:
            refused.append(exc.ident)
    assert refused == [deals[1]]
    assert [_seen(ann, d)["stage"] for d in deals] == ["P3", "P1", "P3"]


def test_a_stale_row_version_at_save_is_a_conflict_not_an_overwrite(
    two: tuple[Workspace, Workspace],
) -> None:
    """A row read without a lock and saved after another user's commit: the ORM's
    version check refuses it, and the refusal names the record."""
    ann, bob = two
    (deal,) = _deals(ann)

    def late_save(s: Any) -> None:
        row = s.execute(select(Deal).where(Deal.id == deal)).scalar_one()  # no lock
        ann.write(update_deal, deal, {"amount": 500})
        row.amount = 700
        s.flush()

    with pytest.raises(EditConflict) as refused:
        bob.write(late_save)
    assert (refused.value.kind, refused.value.ident) == ("deal", deal)
    with bob.sessions() as s:
        assert s.get(Deal, deal).amount == 500  # type: ignore[union-attr]


def test_a_field_edit_on_a_stale_screen_is_refused(two: tuple[Workspace, Workspace]) -> None:
    ann, bob = two
    (deal,) = _deals(ann)
    ann.write(c.checked_update, update_deal, deal, {"amount": 100}, None, {"amount": 0})
    with pytest.raises(EditConflict):
        bob.write(c.checked_update, update_deal, deal, {"amount": 200}, None, {"amount": 0})
    with bob.sessions() as s:
        assert s.get(Deal, deal).amount == 100  # type: ignore[union-attr]


def test_what_a_write_decides_on_is_locked_until_it_commits(
    two: tuple[Workspace, Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While Bob's write holds deal X (read to decide on), Ann's write of X waits for it
    (here: gives up after the lock wait) instead of deciding on a row that is changing."""
    monkeypatch.setattr(workspace_module, "LOCK_WAIT", "300ms")
    ann, bob = two
    (deal,) = _deals(ann)
    outcome: list[str] = []

    def hold(s: Any) -> None:
        c.get(s, Deal, deal, "deal")
        try:
            ann.write(set_exit_check, deal, "P2.EXIT.1", True)
        except WriteBusy as exc:
            outcome.append(exc.message)

    bob.write(hold)
    assert outcome and "nothing was changed" in outcome[0]
    ann.write(set_exit_check, deal, "P2.EXIT.1", True)  # free again once Bob committed


def test_concurrent_writers_lose_no_move(two: tuple[Workspace, Workspace]) -> None:
    """Two users ping-pong one deal from threads: every history entry starts where the
    one before ended, and every accepted move is in it."""
    ann, bob = two
    (deal,) = _deals(ann)
    accepted = [0, 0]

    def mover(ws: Workspace, n: int) -> None:
        for _ in range(15):
            seen = _seen(ws, deal)
            target = "P1" if seen["stage"] == "P2" else "P2"
            try:
                ws.write(move_deal, deal, target, force=True, reason="ping", seen=seen)
            except EditConflict:
                continue
            accepted[n] += 1

    threads = [threading.Thread(target=mover, args=(ws, n)) for n, ws in enumerate(two)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    history = _history(ann, deal)
    assert len(history) == 1 + sum(accepted)
    assert all(history[i][1] == history[i + 1][0] for i in range(len(history) - 1))
    assert _seen(bob, deal)["stage"] == history[-1][1]


def test_a_restore_keeps_a_reference_set_meanwhile(two: tuple[Workspace, Workspace]) -> None:
    """Undoing a delete puts back the links it emptied, but not over a link another
    user set since; the row's version moves, so a stale edit of it is refused."""
    ann, bob = two

    def people(s: Any) -> tuple[int, int, int]:
        account = create_account(s, {"name": "Acme"}).created_id("account")
        boss = create_person(s, account, {"name": "Boss"}).created_id("person")
        other = create_person(s, account, {"name": "Other"}).created_id("person")
        report = create_person(s, account, {"name": "Report", "manager_id": boss}).created_id(
            "person"
        )
        return boss, other, report

    boss, other, report = ann.write(people)
    snapshot = ann.write(delete_person, boss).undo["snapshot"]
    with bob.sessions() as s:
        assert s.get(Person, report).manager_id is None  # type: ignore[union-attr]
    bob.write(update_person, report, {"manager_id": other})
    ann.write(c.restore, snapshot)
    with bob.sessions() as s:
        assert s.get(Person, report).manager_id == other  # type: ignore[union-attr]
        assert s.get(Person, boss) is not None


def test_a_restore_bumps_the_version_of_a_link_it_puts_back(
    two: tuple[Workspace, Workspace],
) -> None:
    ann, bob = two

    def people(s: Any) -> tuple[int, int]:
        account = create_account(s, {"name": "Acme"}).created_id("account")
        boss = create_person(s, account, {"name": "Boss"}).created_id("person")
        report = create_person(s, account, {"name": "Report", "manager_id": boss}).created_id(
            "person"
        )
        return boss, report

    boss, report = ann.write(people)
    snapshot = ann.write(delete_person, boss).undo["snapshot"]
    with bob.sessions() as s:
        before = s.get(Person, report).version  # type: ignore[union-attr]
    ann.write(c.restore, snapshot)
    with bob.sessions() as s:
        row = s.get(Person, report)
        assert row is not None and row.manager_id == boss and row.version == before + 1


def test_a_reps_forced_move_reaches_the_managers_list_in_another_session(
    two: tuple[Workspace, Workspace],
) -> None:
    rep_app, manager_app = two

    def team(s: Any) -> tuple[int, int]:
        boss = create_member(s, {"name": "Wang", "role": "manager"}).created_id("member")
        rep = create_member(s, {"name": "Li", "role": "rep", "manager_id": boss})
        return boss, rep.created_id("member")

    boss, rep = rep_app.write(team)
    (deal,) = _deals(rep_app)
    moved = rep_app.write(
        move_deal,
        deal,
        "P4",
        force=True,
        reason="customer in a hurry",
        seen=_seen(rep_app, deal),
        session_info={"member_id": rep},
    )
    change = moved.created_id("stage_change")
    with manager_app.sessions() as s:
        assert change in awaiting_ids(s)
    manager_app.write(approve_stage_change, change, session_info={"member_id": boss})
    with rep_app.sessions() as s:
        assert change not in awaiting_ids(s)
