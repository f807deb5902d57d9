"""Competitor services (create, edit, delete and restore with links) and their
win/loss rows."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from model.competitors import CompetitorRow, competitor_row, competitor_rows
from model.entities import AuditEntry, Competitor, Deal, DealRole, Person, deal_competitors
from model.errors import InvalidValue, NotFound
from model.services import accounts, people
from model.services.common import Snapshot
from model.services.competitors import (
    create_competitor,
    delete_competitor,
    restore_competitor,
    update_competitor,
)
from model.workspace import Workspace


def new(workspace: Workspace, **values: Any) -> int:
    with workspace.begin() as s:
        return create_competitor(s, {"name": "Rival", **values}).created_id("competitor")


def rows(workspace: Workspace) -> dict[str, CompetitorRow]:
    with workspace.sessions() as s:
        return {r.name: r for r in competitor_rows(s)}


# --- create and update ----------------------------------------------------------------


def test_create_keeps_the_profile(workspace: Workspace) -> None:
    ident = new(
        workspace,
        name="  Globex  ",
        strengths="Brand",
        weaknesses="Slow service",
        price_position="low",
        note="Met at the expo",
    )
    with workspace.sessions() as s:
        row = competitor_row(s, ident)
    assert row == CompetitorRow(
        ident, "Globex", "Brand", "Slow service", "low", "Met at the expo", 0, 0, 0, 0, 0, 0, 0
    )
    assert row.win_rate is None and not row.linked


@pytest.mark.parametrize("name", ["", "   ", None])
def test_a_competitor_needs_a_name(workspace: Workspace, name: Any) -> None:
    with (
        pytest.raises(InvalidValue, match="Competitor name must not be empty"),
        workspace.begin() as s,
    ):
        create_competitor(s, {"name": name})


def test_a_duplicate_name_is_refused_clearly_ignoring_case(workspace: Workspace) -> None:
    new(workspace, name="Globex")
    other = new(workspace, name="Initech")
    for name in ("Globex", " globex ", "GLOBEX"):
        with pytest.raises(InvalidValue) as err, workspace.begin() as s:
            create_competitor(s, {"name": name})
        assert err.value.message == "There is already a competitor called Globex."
        assert err.value.field == "name"
    with (
        pytest.raises(InvalidValue, match="already a competitor called Globex"),
        workspace.begin() as s,
    ):
        update_competitor(s, other, {"name": "globex"})
    assert set(rows(workspace)) == {"Globex", "Initech"}


def test_renaming_to_its_own_name_in_another_case_is_allowed(workspace: Workspace) -> None:
    ident = new(workspace, name="Globex")
    with workspace.begin() as s:
        changes = update_competitor(s, ident, {"name": "GlobeX"})
    assert changes.undo["old"] == {"name": "Globex"}
    assert set(rows(workspace)) == {"GlobeX"}


def test_price_position_is_unknown_or_one_of_three(workspace: Workspace) -> None:
    ident = new(workspace)
    for value in ("low", "par", "high", "", None):
        with workspace.begin() as s:
            update_competitor(s, ident, {"price_position": value})
        assert rows(workspace)["Rival"].price_position == (value or "")
    with (
        pytest.raises(InvalidValue, match="Price position 'cheap' is not one of: low, par, high"),
        workspace.begin() as s,
    ):
        update_competitor(s, ident, {"price_position": "cheap"})


def test_update_returns_old_values_and_touches_only_what_changed(workspace: Workspace) -> None:
    ident = new(workspace, strengths="Brand")
    with workspace.begin() as s:
        changes = update_competitor(s, ident, {"strengths": "Brand", "weaknesses": "Price"})
    assert changes.undo["old"] == {"weaknesses": ""}
    assert changes.updated == {("competitor", ident)}
    with workspace.begin() as s:
        same = update_competitor(s, ident, {"strengths": "Brand"})
    assert not same and same.undo["old"] == {}
    with pytest.raises(InvalidValue, match="Cannot set colour"), workspace.begin() as s:
        update_competitor(s, ident, {"colour": "red"})
    with pytest.raises(NotFound, match="No competitor with id 999"), workspace.begin() as s:
        update_competitor(s, 999, {"note": "x"})


def test_edits_are_in_the_audit_log_with_the_member(workspace: Workspace) -> None:
    ident = new(workspace)
    with workspace.begin() as s:
        s.info["member_id"] = 7
        update_competitor(s, ident, {"note": "Cheap"})
    with workspace.sessions() as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "competitor", AuditEntry.field == "note")
        ).scalar_one()
    assert (entry.entity_id, entry.old, entry.new, entry.member_id) == (ident, "", "Cheap", 7)


# --- a small fixture with deals -------------------------------------------------------


@pytest.fixture
def world(workspace: Workspace) -> dict[str, int]:
    """Rival competes in five deals: open, won, lost to it, lost to Other, shelved;
    a sixth deal was lost to it without naming it. Two people back it (one only
    on a deal), one who left backs it too."""
    ids: dict[str, int] = {}
    with workspace.begin() as s:
        ids["account"] = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        ids["rival"] = create_competitor(s, {"name": "Rival"}).created_id("competitor")
        ids["other"] = create_competitor(s, {"name": "Other"}).created_id("competitor")
        ids["idle"] = create_competitor(s, {"name": "Idle"}).created_id("competitor")
        plan = {
            "open": ("open", None, True),
            "won": ("won", None, True),
            "lost_to_rival": ("lost", "rival", True),
            "lost_to_other": ("lost", "other", True),
            "shelved": ("shelved", None, True),
            "lost_unnamed": ("lost", "rival", False),
            "without": ("won", None, False),
        }
        for key, (status, lost_to, competes) in plan.items():
            deal = Deal(
                account_id=ids["account"],
                name=key,
                status=status,
                lost_to_id=ids[lost_to] if lost_to else None,
            )
            s.add(deal)
            s.flush()
            ids[key] = deal.id
            if competes:
                s.execute(
                    deal_competitors.insert().values(deal_id=deal.id, competitor_id=ids["rival"])
                )
        s.execute(
            deal_competitors.insert().values(
                deal_id=ids["lost_to_other"], competitor_id=ids["other"]
            )
        )

        def person(name: str, **values: Any) -> int:
            return people.create_person(s, ids["account"], {"name": name, **values}).created_id(
                "person"
            )

        ids["fan"] = person("Fan", backs_competitor_id=ids["rival"])
        ids["deal_fan"] = person("Deal fan")
        ids["gone"] = person("Gone", backs_competitor_id=ids["rival"], left_on="2024-01-01")
        s.add(
            DealRole(
                deal_id=ids["open"],
                person_id=ids["deal_fan"],
                role="KI",
                support=-1,
                backs_competitor_id=ids["rival"],
            )
        )
        # Fan backs it both standing and on a deal: one backer, not two.
        s.add(
            DealRole(
                deal_id=ids["won"],
                person_id=ids["fan"],
                role="KU",
                support=0,
                backs_competitor_id=ids["rival"],
            )
        )
    return ids


def test_win_loss_counts(workspace: Workspace, world: dict[str, int]) -> None:
    got = rows(workspace)
    rival = got["Rival"]
    assert (rival.deals, rival.open, rival.won, rival.lost_to, rival.lost_other, rival.shelved) == (
        6,
        1,
        1,
        2,
        1,
        1,
    )
    assert rival.backers == 2
    assert rival.decided == 3
    assert rival.win_rate == pytest.approx(1 / 3)
    other = got["Other"]
    assert (other.deals, other.lost_to, other.won, other.backers) == (1, 1, 0, 0)
    assert other.win_rate == 0.0
    idle = got["Idle"]
    assert (idle.deals, idle.backers, idle.win_rate, idle.linked) == (0, 0, None, False)
    assert list(got) == ["Idle", "Other", "Rival"]


def test_a_reopened_deal_no_longer_counts_as_lost(
    workspace: Workspace, world: dict[str, int]
) -> None:
    with workspace.begin() as s:
        deal = s.get(Deal, world["lost_to_rival"])
        assert deal is not None
        deal.status = "open"  # a stray lost_to on an open deal is not a loss
    rival = rows(workspace)["Rival"]
    assert (rival.open, rival.lost_to) == (2, 1)


def test_renaming_touches_the_deals_and_people_that_show_it(
    workspace: Workspace, world: dict[str, int]
) -> None:
    with workspace.begin() as s:
        changes = update_competitor(s, world["rival"], {"name": "Rival Corp"})
    assert changes.ids("deal") == {
        world[k]
        for k in ("open", "won", "lost_to_rival", "lost_to_other", "shelved", "lost_unnamed")
    }
    assert changes.ids("person") == {world["fan"], world["deal_fan"], world["gone"]}
    with workspace.begin() as s:
        quiet = update_competitor(s, world["rival"], {"note": "only a note"})
    assert quiet.kinds == {"competitor"}


def links(workspace: Workspace, world: dict[str, int]) -> dict[str, Any]:
    with workspace.sessions() as s:
        return {
            "competes": sorted(
                s.execute(
                    select(deal_competitors.c.deal_id).where(
                        deal_competitors.c.competitor_id == world["rival"]
                    )
                ).scalars()
            ),
            "lost_to": sorted(
                s.execute(select(Deal.id).where(Deal.lost_to_id == world["rival"])).scalars()
            ),
            "backs": sorted(
                s.execute(
                    select(Person.id).where(Person.backs_competitor_id == world["rival"])
                ).scalars()
            ),
            "backs_on_deal": sorted(
                s.execute(
                    select(DealRole.id).where(DealRole.backs_competitor_id == world["rival"])
                ).scalars()
            ),
            "row": s.execute(
                select(Competitor.uuid, Competitor.name).where(Competitor.id == world["rival"])
            ).one_or_none(),
        }


def test_delete_detaches_and_restore_puts_every_link_back(
    workspace: Workspace, world: dict[str, int]
) -> None:
    before = links(workspace, world)
    assert len(before["competes"]) == 5 and len(before["lost_to"]) == 2
    assert len(before["backs"]) == 2 and len(before["backs_on_deal"]) == 2
    with workspace.begin() as s:
        changes = delete_competitor(s, world["rival"])
    snapshot = changes.undo["snapshot"]
    assert isinstance(snapshot, Snapshot)
    assert changes.deleted == {("competitor", world["rival"])}
    assert world["lost_unnamed"] in changes.ids("deal")
    assert world["fan"] in changes.ids("person")
    gone = links(workspace, world)
    assert gone == {"competes": [], "lost_to": [], "backs": [], "backs_on_deal": [], "row": None}
    with workspace.sessions() as s:
        # The deals and people stay; only the links went.
        assert s.get(Deal, world["lost_unnamed"]) is not None
        assert s.get(Person, world["fan"]) is not None
    assert set(rows(workspace)) == {"Idle", "Other"}

    with workspace.begin() as s:
        back = restore_competitor(s, snapshot)
    assert links(workspace, world) == before
    assert back.created == {("competitor", world["rival"])}
    assert world["lost_unnamed"] in back.ids("deal") and world["fan"] in back.ids("person")
    assert rows(workspace)["Rival"].deals == 6


def test_delete_of_an_unknown_competitor_says_so(workspace: Workspace) -> None:
    with pytest.raises(NotFound, match="No competitor with id 5"), workspace.begin() as s:
        delete_competitor(s, 5)
