"""Competitors: the workspace's shared list of the companies we meet in deals.

A competitor is named by deals (competes in, lost to) and by customer people
(backs it, standing or in one deal). Deleting one detaches it from all of
those; the delete snapshot keeps the links, so undo puts every one back. The
desktop asks before deleting and says how many links go (see
:func:`model.competitors.competitor_rows`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from model.changes import Changes, Ref
from model.entities import Competitor, Deal, DealRole, Person, deal_competitors
from model.enums import PricePosition
from model.errors import InvalidValue
from model.services import common as c


def _price_position(session: Session, obj: Any, raw: Any) -> str:
    if raw in (None, ""):
        return ""  # unknown
    value: str = c.choice(PricePosition, label="Price position")(session, obj, raw)
    return value


def _name(session: Session, obj: Any, raw: Any) -> str:
    """A required name that no other competitor has, ignoring case and spaces around it."""
    name: str = c.text(200, required=True, label="Competitor name")(session, obj, raw)
    wanted = name.casefold()
    for ident, other in session.execute(select(Competitor.id, Competitor.name)):
        if other.strip().casefold() == wanted and (obj is None or ident != obj.id):
            raise InvalidValue(
                "There is already a competitor called {name}.", field="name", name=other
            )
    return name


COMPETITOR_FIELDS: dict[str, c.Validator] = {
    "name": _name,
    "strengths": c.text(),
    "weaknesses": c.text(),
    "price_position": _price_position,
    "note": c.text(),
}


def _links(session: Session, competitor_id: int) -> list[Ref]:
    """The deals and people that name this competitor, so views showing them refresh."""
    deals = union(
        select(deal_competitors.c.deal_id).where(deal_competitors.c.competitor_id == competitor_id),
        select(Deal.id).where(Deal.lost_to_id == competitor_id),
        select(DealRole.deal_id).where(DealRole.backs_competitor_id == competitor_id),
    )
    people = union(
        select(Person.id).where(Person.backs_competitor_id == competitor_id),
        select(DealRole.person_id).where(DealRole.backs_competitor_id == competitor_id),
    )
    refs: list[Ref] = [("deal", int(i)) for i in session.execute(deals).scalars()]
    refs += [("person", int(i)) for i in session.execute(people).scalars()]
    return refs


def create_competitor(session: Session, values: Mapping[str, Any]) -> Changes:
    """Add a competitor; ``values`` needs at least a name no other competitor has."""
    row = c.create(session, Competitor, values, COMPETITOR_FIELDS)
    return Changes.of(created=[("competitor", row.id)])


def update_competitor(session: Session, competitor_id: int, values: Mapping[str, Any]) -> Changes:
    """Change fields; ``undo["old"]`` holds the old values of those that changed.

    A new name also touches the deals and people that show it.
    """
    row = c.get(session, Competitor, competitor_id, "competitor")
    old = c.apply_fields(session, row, values, COMPETITOR_FIELDS)
    if not old:
        return Changes.of(undo={"old": old})
    touched: list[Ref] = [("competitor", competitor_id)]
    if "name" in old:
        touched += _links(session, competitor_id)
    return Changes.of(updated=touched, undo={"old": old})


@c.naming_accounts
def delete_competitor(session: Session, competitor_id: int) -> Changes:
    """Delete a competitor and detach it from deals and people.

    On a team database only an executive may (the links on deals others cannot
    see go with it); anybody else is told so (:class:`InvalidValue`).

    The snapshot in ``undo["snapshot"]`` holds the row and every link (deals it
    competes in, deals lost to it, people backing it), which
    :func:`model.services.common.restore` puts back.
    """
    refusal = InvalidValue(
        "Only an executive may remove a competitor on the team database; nothing was changed."
    )
    with c.refused_by_server(session, Competitor, competitor_id, refusal):
        row = c.get(session, Competitor, competitor_id, "competitor")
        links = _links(session, competitor_id)
        changes, _ = c.delete_with_snapshot(session, row)
    return changes | Changes.of(updated=links)


@c.naming_accounts
def restore_competitor(session: Session, snapshot: c.Snapshot) -> Changes:
    """Undo :func:`delete_competitor`: the row and its links, and the deals and
    people that show it again."""
    changes = c.restore(session, snapshot)
    links = [ref for ident in changes.ids("competitor") for ref in _links(session, ident)]
    return changes | Changes.of(updated=links)
