"""The competitors as views show them: profile, and how we fare against each.

A deal counts for a competitor when the competitor is named in it or the deal
was lost to it (a deal lost to a rival has met that rival, even if nobody
ticked it in the deal's list). All counts are aggregated in SQL, in one
statement for the whole list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Integer, and_, case, func, literal_column, or_, select, union
from sqlalchemy.sql.elements import ColumnElement

from model.entities import Competitor, Deal, DealRole, Person, deal_competitors
from model.enums import DealStatus
from model.rows import Reader
from model.sql import bytewise


@dataclass(frozen=True, slots=True)
class CompetitorRow:
    id: int
    name: str
    strengths: str
    weaknesses: str
    price_position: str  # "" unknown, or a model.enums.PricePosition value
    note: str
    deals: int  # deals it competes in or that were lost to it
    open: int  # ... still open
    won: int  # ... won by us
    lost_to: int  # ... lost to this competitor
    lost_other: int  # ... lost to someone else, or to nobody named
    shelved: int  # ... shelved
    backers: int  # customer people (still in post) who back it, standing or in a deal

    @property
    def decided(self) -> int:
        """Deals decided between us and it: won by us or lost to it."""
        return self.won + self.lost_to

    @property
    def win_rate(self) -> float | None:
        """Our share of the deals decided between us and it; None before the first.

        >>> row = CompetitorRow(1, "A", "", "", "", "", 5, 1, 3, 1, 0, 0, 0)
        >>> row.win_rate
        0.75
        >>> CompetitorRow(1, "A", "", "", "", "", 2, 1, 0, 0, 1, 0, 0).win_rate is None
        True
        """
        return self.won / self.decided if self.decided else None

    @property
    def linked(self) -> bool:
        """Whether deleting it would detach it from deals or people."""
        return bool(self.deals or self.backers)


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def competitor_rows(db: Reader, ids: Iterable[int] | None = None) -> list[CompetitorRow]:
    """Every competitor (or those in ``ids``) with its win/loss counts, by name."""
    links = union(
        select(
            deal_competitors.c.competitor_id.label("competitor_id"),
            deal_competitors.c.deal_id.label("deal_id"),
        ),
        select(Deal.lost_to_id, Deal.id).where(
            Deal.lost_to_id.is_not(None), Deal.status == DealStatus.LOST.value
        ),
    ).subquery("links")
    lost = Deal.status == DealStatus.LOST.value
    per = (
        select(
            links.c.competitor_id,
            func.count().label("deals"),
            _count(Deal.status == DealStatus.OPEN.value).label("open"),
            _count(Deal.status == DealStatus.WON.value).label("won"),
            _count(and_(lost, Deal.lost_to_id == links.c.competitor_id)).label("lost_to"),
            _count(
                and_(
                    lost,
                    or_(Deal.lost_to_id.is_(None), Deal.lost_to_id != links.c.competitor_id),
                )
            ).label("lost_other"),
            _count(Deal.status == DealStatus.SHELVED.value).label("shelved"),
        )
        .join(Deal, Deal.id == links.c.deal_id)
        .group_by(links.c.competitor_id)
        .subquery("per")
    )
    backing = union(
        select(
            Person.backs_competitor_id.label("competitor_id"), Person.id.label("person_id")
        ).where(Person.backs_competitor_id.is_not(None), Person.left_on.is_(None)),
        select(DealRole.backs_competitor_id, DealRole.person_id)
        .join(Person, Person.id == DealRole.person_id)
        .where(DealRole.backs_competitor_id.is_not(None), Person.left_on.is_(None)),
    ).subquery("backing")
    backers = (
        select(backing.c.competitor_id, func.count().label("n"))
        .group_by(backing.c.competitor_id)
        .subquery("backers")
    )
    zero = literal_column("0", Integer)
    stmt = (
        select(
            Competitor.id,
            Competitor.name,
            Competitor.strengths,
            Competitor.weaknesses,
            Competitor.price_position,
            Competitor.note,
            func.coalesce(per.c.deals, zero),
            func.coalesce(per.c.open, zero),
            func.coalesce(per.c.won, zero),
            func.coalesce(per.c.lost_to, zero),
            func.coalesce(per.c.lost_other, zero),
            func.coalesce(per.c.shelved, zero),
            func.coalesce(backers.c.n, zero),
        )
        .outerjoin(per, per.c.competitor_id == Competitor.id)
        .outerjoin(backers, backers.c.competitor_id == Competitor.id)
        .order_by(bytewise(Competitor.name), Competitor.id)
    )
    if ids is not None:
        stmt = stmt.where(Competitor.id.in_(list(ids)))
    return [
        CompetitorRow(
            int(r[0]),
            r[1],
            r[2] or "",
            r[3] or "",
            r[4] or "",
            r[5] or "",
            *(int(v) for v in r[6:]),
        )
        for r in db.execute(stmt)
    ]


def competitor_row(db: Reader, competitor_id: int) -> CompetitorRow | None:
    """One competitor's row, or None when it is gone."""
    rows = competitor_rows(db, [competitor_id])
    return rows[0] if rows else None
