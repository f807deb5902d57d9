"""Compare two snapshots of an account's org data (who joined, left, changed sides)."""

from __future__ import annotations

from dataclasses import dataclass

from graph.types import OrgData, PersonNode

__all__ = ["OrgDiff", "diff_snapshots"]


@dataclass(frozen=True, slots=True)
class OrgDiff:
    """Differences between two :class:`~graph.types.OrgData` snapshots.

    Every change is a tuple ``(person id, old value, new value)``; all tuples are
    sorted by person id. Only people present in both snapshots can change.

    Attributes
    ----------
    joined, left : tuple of int
        Ids of people only in ``after`` / only in ``before``.
    role_changed : tuple of (int, str or None, str or None)
    support_changed : tuple of (int, int, int)
    competitor_changed : tuple of (int, str or None, str or None)
    insider_changed, coach_changed : tuple of (int, bool, bool)
    manager_changed : tuple of (int, int or None, int or None)
        Reorganisations (reports-to changed).
    """

    joined: tuple[int, ...] = ()
    left: tuple[int, ...] = ()
    role_changed: tuple[tuple[int, str | None, str | None], ...] = ()
    support_changed: tuple[tuple[int, int, int], ...] = ()
    competitor_changed: tuple[tuple[int, str | None, str | None], ...] = ()
    insider_changed: tuple[tuple[int, bool, bool], ...] = ()
    coach_changed: tuple[tuple[int, bool, bool], ...] = ()
    manager_changed: tuple[tuple[int, int | None, int | None], ...] = ()

    def __bool__(self) -> bool:
        """True when anything changed."""
        return any(
            (
                self.joined,
                self.left,
                self.role_changed,
                self.support_changed,
                self.competitor_changed,
                self.insider_changed,
                self.coach_changed,
                self.manager_changed,
            )
        )

    @property
    def changed_people(self) -> tuple[int, ...]:
        """Sorted ids of people present in both snapshots with any change."""
        ids: set[int] = set()
        for changes in (
            self.role_changed,
            self.support_changed,
            self.competitor_changed,
            self.insider_changed,
            self.coach_changed,
            self.manager_changed,
        ):
            ids.update(c[0] for c in changes)
        return tuple(sorted(ids))


def diff_snapshots(before: OrgData, after: OrgData) -> OrgDiff:
    """What changed among the customer's people between two snapshots.

    Parameters
    ----------
    before, after : OrgData
        Two snapshots of the same account; people are matched by id.

    Returns
    -------
    OrgDiff
        Falsy when nothing changed.

    Examples
    --------
    >>> from graph.types import OrgData, PersonNode
    >>> old = OrgData(people=[PersonNode(1, "Wang", role="KI"), PersonNode(2, "Li")])
    >>> new = OrgData(people=[PersonNode(1, "Wang", role="KDM", support=1),
    ...                       PersonNode(3, "Chen")])
    >>> d = diff_snapshots(old, new)
    >>> d.joined, d.left, d.role_changed, d.support_changed
    ((3,), (2,), ((1, 'KI', 'KDM'),), ((1, 0, 1),))
    >>> bool(diff_snapshots(old, old))
    False
    """
    a: dict[int, PersonNode] = {p.id: p for p in before.people}
    b: dict[int, PersonNode] = {p.id: p for p in after.people}
    both = sorted(a.keys() & b.keys())
    return OrgDiff(
        joined=tuple(sorted(b.keys() - a.keys())),
        left=tuple(sorted(a.keys() - b.keys())),
        role_changed=tuple((i, a[i].role, b[i].role) for i in both if a[i].role != b[i].role),
        support_changed=tuple(
            (i, a[i].support, b[i].support) for i in both if a[i].support != b[i].support
        ),
        competitor_changed=tuple(
            (i, a[i].competitor, b[i].competitor)
            for i in both
            if a[i].competitor != b[i].competitor
        ),
        insider_changed=tuple(
            (i, a[i].insider, b[i].insider) for i in both if a[i].insider != b[i].insider
        ),
        coach_changed=tuple((i, a[i].coach, b[i].coach) for i in both if a[i].coach != b[i].coach),
        manager_changed=tuple(
            (i, a[i].manager_id, b[i].manager_id)
            for i in both
            if a[i].manager_id != b[i].manager_id
        ),
    )
