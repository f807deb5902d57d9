"""Exit criteria the decision chain answers, computed instead of ticked.

Where the workspace records what an exit criterion asks — who holds which role
on a deal, their support, insiders, coaches, evaluators, the scoring-criteria
flag — the criterion is the data's answer, not a tick: :func:`computed_criteria`
is a pure function over :class:`ChainFacts`, and :func:`chain_facts` reads those
facts for many deals in one batch. The gate, the deal panel, the board's n/m
badge and :func:`model.services.deals.set_exit_check` all call them.

Who is on a deal
----------------
The same reading as the map's deal view (``graph.from_model.org_data`` with a
deal): every person of the deal's account still in post (``left_on`` unset or
after the day judged), with the deal's :class:`~model.entities.DealRole` — role,
support, insider, coach — replacing the person's standing values where the
person has one. ``insider_sources``, ``seniority`` and the department are the
person's own.

The criteria (METHODOLOGY.md)
-----------------------------
``P3.EXIT.1``
    An insider on the KI side and one on the KU side, and the five elements
    verified. A person is on the KI side when their role is KI or they work in
    an influencing or technical department; on the KU side when their role is
    KU or they work in a user department (:data:`DEPARTMENT_SIDE`): insiders
    are usually junior staff of those departments, not the role holders.
``P4.EXIT.2``
    At least :data:`MIN_INSIDERS` insiders on the KI/KU side whose information
    is cross-checked, i.e. confirmed through :data:`MIN_SOURCES` or more
    channels (``Person.insider_sources``).
``P4.EXIT.3``
    A coach on the KI/KU side at middle level or above (``Seniority``).
``P5.EXIT.3``, ``P5.EXIT.4``, ``P5.EXIT.5``
    The KU, KI and KDM roles are held and back us (:func:`backs_us`).
``P5.EXIT.7``
    The deal's ``scoring_shaped`` flag.
``P5.EXIT.8``
    Evaluators (EVAL) are named and back us (:func:`backs_us`: most of them).

"Backing us", defined once
--------------------------
A person supports us at :data:`SUPPORTING` (+1) or more on the scale
``SUPPORT_MIN..SUPPORT_MAX``. A role backs us when somebody holds it, the
supporters among its holders outnumber the others (a strict majority: one
supporter and one neutral is not enough), and none of them is a strong
opponent (``SUPPORT_MIN``), who can sink a deal alone. With one holder that is
simply "supports at +1 or more".

Messages
--------
A :class:`CriterionFinding` says what the data shows and, when unmet, what to
do, as :class:`Note` objects: a literal English template (marked with
:func:`~model.errors.term` so that tools/update_translations.py collects it into
the "Errors" context) and its parameters. Parameters named ``*_label`` are
words the desktop translates; ``*names`` are tuples of names it joins per
locale; ``support`` is a signed figure such as "−1".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from operator import attrgetter
from typing import Any, Final

from sqlalchemy import Connection, Executable, case, func, literal, null, or_, select
from sqlalchemy.orm import Session

from model.batch import collector_paused
from model.entities import Deal, DealRole, Department, FiveElementCheck, Person
from model.enums import SUPPORT_MIN, ElementStatus, Role, Seniority
from model.errors import render, term
from model.methodology import Methodology, load_methodology

__all__ = [
    "COMPUTED_CRITERIA",
    "DEPARTMENT_SIDE",
    "MIN_INSIDERS",
    "MIN_SOURCES",
    "SUPPORTING",
    "ChainFacts",
    "ChainPerson",
    "CriterionFinding",
    "Note",
    "backs_us",
    "chain_facts",
    "computed_criteria",
    "effective_done",
    "met_criteria",
    "signed",
]

SUPPORTING: Final = 1
"""Support at or above this backs us (on the scale SUPPORT_MIN..SUPPORT_MAX)."""
MIN_INSIDERS: Final = 2
"""P4.EXIT.2 asks for "several" insiders: at least this many."""
MIN_SOURCES: Final = 2
"""An insider's information is cross-checked when this many channels confirm it (REL.INSIDER)."""
COACH_MIN: Final = Seniority.MIDDLE
"""P4.EXIT.3: a coach among KI/KU middle or senior managers."""
DEPARTMENT_SIDE: Final[Mapping[str, Role]] = {
    "influencer": Role.KI,
    "technical": Role.KI,
    "user": Role.KU,
}
"""Department kinds (``Department.kind``) whose staff are on the KI or KU side (ROLE.KI/KU)."""

COMPUTED_CRITERIA: Final = frozenset(
    {
        "P3.EXIT.1",
        "P4.EXIT.2",
        "P4.EXIT.3",
        "P5.EXIT.3",
        "P5.EXIT.4",
        "P5.EXIT.5",
        "P5.EXIT.7",
        "P5.EXIT.8",
    }
)
"""Exit criteria the workspace's data answers; a tick of them never counts."""

_ROLE_LABELS: Final[Mapping[Role, str]] = {
    Role.KDM: term("KDM"),
    Role.KI: term("KI"),
    Role.KU: term("KU"),
    Role.EVAL: term("evaluator"),
}


def signed(support: int) -> str:
    """A support level as people write it.

    >>> signed(2), signed(0), signed(-1)
    ('+2', '0', '−1')
    """
    return "0" if support == 0 else f"+{support}" if support > 0 else f"−{-support}"


@dataclass(frozen=True, slots=True)
class Note:
    """One sentence of a finding: an English template and what fills it."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English sentence (logs, command line, tests); names joined with ", "."""
        values = {k: ", ".join(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        return render(self.template, values)


@dataclass(frozen=True, slots=True)
class CriterionFinding:
    """The data's answer to one exit criterion: met or not, and why in data terms."""

    criterion: str
    met: bool
    says: tuple[Note, ...]
    todo: tuple[Note, ...] = ()  # what to do, when unmet

    @property
    def message(self) -> str:
        return " ".join(n.text for n in self.says)


@dataclass(frozen=True, slots=True)
class ChainPerson:
    """A customer person as one deal sees them (see the module docstring)."""

    id: int
    name: str
    role: str | None = None
    support: int = 0
    insider: bool = False
    insider_sources: int = 0
    coach: bool = False
    seniority: str = Seniority.STAFF.value
    department_kind: str = ""
    left_on: date | None = None

    def present_on(self, day: date | None) -> bool:
        """Still in post on ``day`` (with no day: has not left at all)."""
        return self.left_on is None or (day is not None and self.left_on > day)

    @property
    def sides(self) -> frozenset[str]:
        """ "KI" and/or "KU", by role or by department (P3.EXIT.1, P4.EXIT.2/3)."""
        return _sides(self.role, self.department_kind)

    @property
    def seniority_rank(self) -> int:
        """:attr:`Seniority.rank`; an unknown seniority ranks as staff."""
        return _RANKS.get(self.seniority, _STAFF_RANK)


@cache  # a handful of (role, department kind) pairs, asked for thousands of people
def _sides(role: str | None, department_kind: str) -> frozenset[str]:
    side = _DEPARTMENT_SIDE.get(department_kind)
    if role in _KI_KU:
        return frozenset((role,) if side is None else (role, side))
    return _NO_SIDE if side is None else frozenset((side,))


_ROLES: Final = frozenset(r.value for r in Role)
_KI_KU: Final = frozenset({Role.KI.value, Role.KU.value})
_NO_SIDE: Final[frozenset[str]] = frozenset()
_DEPARTMENT_SIDE: Final = {kind: role.value for kind, role in DEPARTMENT_SIDE.items()}
_RANKS: Final = {s.value: s.rank for s in Seniority}
_STAFF_RANK: Final = Seniority.STAFF.rank


@dataclass(frozen=True)
class ChainFacts:
    """What the computed criteria read about one deal."""

    people: tuple[ChainPerson, ...] = ()
    scoring_shaped: bool = False
    tendered: bool = False
    verified_elements: frozenset[str] = frozenset()
    on: date | None = None  # the day judged: people who left on or before it do not count

    def present(self) -> tuple[ChainPerson, ...]:
        """The people still in post on the day judged (:meth:`ChainPerson.present_on`)."""
        day = self.on
        if day is None:
            return tuple(p for p in self.people if p.left_on is None)
        return tuple(p for p in self.people if p.left_on is None or p.left_on > day)


def backs_us(supports: Sequence[int]) -> bool:
    """Whether the holders of a role (their support levels) back us.

    Somebody holds the role, supporters (≥ :data:`SUPPORTING`) are a strict
    majority, and nobody is a strong opponent.

    >>> backs_us([1]), backs_us([0]), backs_us([]), backs_us([2, 0]), backs_us([2, 1, 0])
    (True, False, False, False, True)
    >>> backs_us([2, 2, SUPPORT_MIN])
    False
    """
    if not supports:
        return False
    for_us = sum(1 for s in supports if s >= SUPPORTING)
    return 2 * for_us > len(supports) and min(supports) > SUPPORT_MIN


def _names(people: Iterable[ChainPerson]) -> tuple[str, ...]:
    return tuple(p.name for p in people)


# The predicates: computed_criteria (with the why) and met_criteria (only the answer)
# both decide through these, so the two can never disagree.


def _holders(people: Sequence[ChainPerson], role: str) -> list[ChainPerson]:
    return [p for p in people if p.role == role]


def _insiders_on(people: Sequence[ChainPerson], side: str) -> list[ChainPerson]:
    return [p for p in people if p.insider and side in p.sides]


def _all_verified(verified: frozenset[str], method: Methodology) -> bool:
    return all(e.id in verified for e in method.five_elements)


def _cross_checked(people: Sequence[ChainPerson]) -> list[ChainPerson]:
    return [p for p in people if p.insider and p.sides and p.insider_sources >= MIN_SOURCES]


def _senior_coaches(people: Sequence[ChainPerson]) -> list[ChainPerson]:
    return [p for p in people if p.coach and p.sides and p.seniority_rank >= COACH_MIN.rank]


_ROLE_CRITERIA: Final = (  # plain strings: enum lookups cost in loops over thousands of deals
    ("P5.EXIT.3", Role.KU.value),
    ("P5.EXIT.4", Role.KI.value),
    ("P5.EXIT.5", Role.KDM.value),
    ("P5.EXIT.8", Role.EVAL.value),
)


def _role_finding(criterion: str, role: str, people: Sequence[ChainPerson]) -> CriterionFinding:
    holders = _holders(people, role)
    label = _ROLE_LABELS[Role(role)]
    if not holders:
        todo = (
            Note(term("Name the evaluators on the deal (Tender section), with their support."))
            if role == Role.EVAL
            else Note(
                term("Put the {role_label} on the deal's decision chain, with their support."),
                {"role_label": label},
            )
        )
        return CriterionFinding(
            criterion,
            False,
            (Note(term("Nobody on the deal is {role_label}."), {"role_label": label}),),
            (todo,),
        )
    met = backs_us([p.support for p in holders])
    if len(holders) == 1:
        (one,) = holders
        params = {"name": one.name, "role_label": label, "support": signed(one.support)}
        if met:
            return CriterionFinding(
                criterion,
                True,
                (Note(term("{name} ({role_label}) supports us at {support}."), params),),
            )
        return CriterionFinding(
            criterion,
            False,
            (
                Note(
                    term("{name} ({role_label}) is at {support}; backing us means +1 or more."),
                    params,
                ),
            ),
            (Note(term("Win {name} over, then record the new support on the deal."), params),),
        )
    for_us = [p for p in holders if p.support >= SUPPORTING]
    others = [p for p in holders if p.support < SUPPORTING]
    counts = {"count": len(holders), "supporters": len(for_us), "role_label": label}
    says = [Note(term("Of {count} people as {role_label}, {supporters} support us."), counts)]
    if met:
        return CriterionFinding(criterion, True, tuple(says))
    strong = [p for p in holders if p.support <= SUPPORT_MIN]
    if strong:
        says.append(
            Note(
                term("Strongly opposed to us: {names}."),
                {"names": _names(strong)},
            )
        )
    if 2 * len(for_us) <= len(holders):
        says.append(Note(term("Not backing us yet: {names}."), {"names": _names(others)}))
    return CriterionFinding(
        criterion,
        False,
        tuple(says),
        (
            Note(
                term("Win over {names}, then record the new support on the deal."),
                {"names": _names(strong or others)},
            ),
        ),
    )


def _insiders_and_elements(
    people: Sequence[ChainPerson], verified: frozenset[str], method: Methodology
) -> CriterionFinding:
    says: list[Note] = []
    todo: list[Note] = []
    met = True
    for role, todo_text in (
        (
            Role.KI,
            term(
                "Develop an insider in a key influencer's (KI) department; mark them on the deal."
            ),
        ),
        (
            Role.KU,
            term("Develop an insider in a key user's (KU) department; mark them on the deal."),
        ),
    ):
        found = _insiders_on(people, role.value)
        label = _ROLE_LABELS[role]
        if found:
            says.append(
                Note(
                    term("Insiders on the {role_label} side: {names}."),
                    {"role_label": label, "names": _names(found)},
                )
            )
        else:
            met = False
            says.append(Note(term("No insider on the {role_label} side."), {"role_label": label}))
            todo.append(Note(todo_text))
    elements = [e.id for e in method.five_elements]
    done = sum(1 for e in elements if e in verified)
    says.append(
        Note(term("Five elements verified: {n} of {total}."), {"n": done, "total": len(elements)})
    )
    if not _all_verified(verified, method):
        met = False
        todo.append(Note(term("Verify the remaining five elements in the deal panel.")))
    return CriterionFinding("P3.EXIT.1", met, tuple(says), tuple(todo) if not met else ())


def _cross_checked_insiders(people: Sequence[ChainPerson]) -> CriterionFinding:
    checked = _cross_checked(people)
    single = [p for p in people if p.insider and p.sides and p not in checked]
    params: dict[str, Any] = {"n": len(checked), "min": MIN_INSIDERS, "sources": MIN_SOURCES}
    says: list[Note] = []
    if checked:
        says.append(
            Note(
                term("Insiders in KI/KU confirmed through {sources} or more channels: {names}."),
                {**params, "names": _names(checked)},
            )
        )
    else:
        says.append(
            Note(
                term("No insider in KI/KU is confirmed through {sources} or more channels."),
                params,
            )
        )
    met = len(checked) >= MIN_INSIDERS
    if met:
        return CriterionFinding("P4.EXIT.2", True, tuple(says))
    if checked:
        says.append(Note(term("The method asks for at least {min}."), params))
    if single:
        says.append(
            Note(
                term("Confirmed through fewer channels: {names}."),
                {"names": _names(single)},
            )
        )
    return CriterionFinding(
        "P4.EXIT.2",
        False,
        tuple(says),
        (
            Note(
                term(
                    "Develop more insiders in KI/KU and check what each tells through "
                    "a second channel (recorded on the person)."
                )
            ),
        ),
    )


def _coach(people: Sequence[ChainPerson]) -> CriterionFinding:
    coaches = [p for p in people if p.coach and p.sides]
    senior = _senior_coaches(people)
    if senior:
        return CriterionFinding(
            "P4.EXIT.3",
            True,
            (
                Note(
                    term("Coach among KI/KU at middle level or above: {names}."),
                    {"names": _names(senior)},
                ),
            ),
        )
    says = (
        Note(
            term("Coaches among KI/KU are below middle level: {names}."), {"names": _names(coaches)}
        )
        if coaches
        else Note(term("No coach among KI/KU people."))
    )
    return CriterionFinding(
        "P4.EXIT.3",
        False,
        (says,),
        (
            Note(
                term(
                    "Develop a coach among KI/KU middle or senior managers; "
                    "the direct manager usually leads this."
                )
            ),
        ),
    )


def _scoring(shaped: bool) -> CriterionFinding:
    if shaped:
        return CriterionFinding(
            "P5.EXIT.7", True, (Note(term("The scoring criteria are marked as shaped by us.")),)
        )
    return CriterionFinding(
        "P5.EXIT.7",
        False,
        (Note(term("The scoring criteria are not marked as shaped by us.")),),
        (Note(term("Once they are, mark it in the deal panel's Tender section.")),),
    )


def computed_criteria(
    chain: ChainFacts, method: Methodology | None = None
) -> dict[str, CriterionFinding]:
    """The data's answer to every criterion of :data:`COMPUTED_CRITERIA`.

    Whether a criterion applies (tender or not) is the gate's business
    (:func:`model.gates.applicable_criteria`); every one is answered here.

    >>> kdm = ChainPerson(1, "Wang Wei", role="KDM", support=-1)
    >>> found = computed_criteria(ChainFacts(people=(kdm,)))
    >>> found["P5.EXIT.5"].met, found["P5.EXIT.5"].message
    (False, 'Wang Wei (KDM) is at −1; backing us means +1 or more.')
    >>> found["P5.EXIT.3"].message
    'Nobody on the deal is KU.'
    """
    method = method or load_methodology()
    people = chain.present()
    found = [
        _insiders_and_elements(people, chain.verified_elements, method),
        _cross_checked_insiders(people),
        _coach(people),
        _scoring(chain.scoring_shaped),
        *(_role_finding(criterion, role, people) for criterion, role in _ROLE_CRITERIA),
    ]
    return {f.criterion: f for f in found}


def met_criteria(chain: ChainFacts, method: Methodology | None = None) -> frozenset[str]:
    """The criteria of :data:`COMPUTED_CRITERIA` the data says are met, without the why.

    The same predicates as :func:`computed_criteria` (the board counts thousands
    of deals with it).

    >>> kdm = ChainPerson(1, "Wang Wei", role="KDM", support=2)
    >>> sorted(met_criteria(ChainFacts((kdm,), scoring_shaped=True)))
    ['P5.EXIT.5', 'P5.EXIT.7']
    """
    method = method or load_methodology()
    people = chain.present()
    met = {
        criterion
        for criterion, role in _ROLE_CRITERIA
        if backs_us([p.support for p in _holders(people, role)])
    }
    if (
        _insiders_on(people, Role.KI.value)
        and _insiders_on(people, Role.KU.value)
        and _all_verified(chain.verified_elements, method)
    ):
        met.add("P3.EXIT.1")
    if len(_cross_checked(people)) >= MIN_INSIDERS:
        met.add("P4.EXIT.2")
    if _senior_coaches(people):
        met.add("P4.EXIT.3")
    if chain.scoring_shaped:
        met.add("P5.EXIT.7")
    return frozenset(met)


def effective_done(ticked: Iterable[str], met_by_data: Iterable[str]) -> frozenset[str]:
    """Criteria met: ticks of criteria the data does not answer, and what the data says is met.

    >>> kdm = ChainPerson(1, "Wang Wei", role="KDM", support=2)
    >>> done = effective_done({"P5.EXIT.1", "P5.EXIT.3"}, met_criteria(ChainFacts((kdm,))))
    >>> sorted(done)
    ['P5.EXIT.1', 'P5.EXIT.5']
    """
    return frozenset(c for c in ticked if c not in COMPUTED_CRITERIA) | (
        frozenset(met_by_data) & COMPUTED_CRITERIA
    )


# -- reading ---------------------------------------------------------------------------

_CHUNK: Final = 2000  # ids per IN list (well below the variable limits of SQLite and PostgreSQL)


def _known_role(column: Any) -> Any:
    """A role column as :class:`ChainPerson` takes it: a role of :class:`Role`, else NULL."""
    return case((column.in_(sorted(_ROLES)), column), else_=null())


# A person's columns in ChainPerson's field order, so that a row is its arguments (the
# schema keeps support within SUPPORT_MIN..SUPPORT_MAX and the flags and seniority set).
_PERSON: Final = (
    Person.id,
    Person.name,
    _known_role(Person.role),
    Person.support,
    Person.insider,
    Person.insider_sources,
    Person.coach,
    Person.seniority,
    func.coalesce(Department.kind, literal("")),
    Person.left_on,
)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _rows(conn: Connection, statement: Executable) -> Iterator[Sequence[Any]]:
    """The rows of ``statement`` fetched in blocks: no round trip per row, and no list
    of every row kept alive while the people built from them pile up."""
    for block in conn.execute(statement).partitions(1000):
        yield from block


@collector_paused()
def chain_facts(
    db: Session | Connection, deal_ids: Iterable[int], *, today: date | None = None
) -> dict[int, ChainFacts]:
    """The facts of :func:`computed_criteria` for each existing deal of ``deal_ids``.

    Core selects over id lists of up to 2,000, fetched in blocks as plain rows:
    the deals, their parts (:class:`~model.entities.DealRole`), their verified
    elements, the people of their accounts who matter (a standing role,
    insider or coach) and the other people with a part in one of the deals.
    Each person is built once and shared by all the deals that see them as
    they stand; only a part that differs from the person's standing values
    is built again, as that deal sees them. ``today`` (default: the local
    day) decides who has left.
    """
    day = today or date.today()
    conn = db.connection() if isinstance(db, Session) else db  # plain rows, no ORM
    ids = sorted(set(deal_ids))
    deals: dict[int, tuple[int, bool, bool]] = {}
    parts: dict[int, list[Sequence[Any]]] = defaultdict(list)
    verified: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(ids):
        for i, a, t, s in _rows(
            conn,
            select(Deal.id, Deal.account_id, Deal.tendered, Deal.scoring_shaped).where(
                Deal.id.in_(chunk)
            ),
        ):
            deals[i] = (a, bool(t), bool(s))
        for part in _rows(
            conn,
            select(
                DealRole.deal_id,
                DealRole.person_id,
                _known_role(DealRole.role),
                DealRole.support,
                DealRole.insider,
                DealRole.coach,
            ).where(DealRole.deal_id.in_(chunk)),
        ):
            parts[part[0]].append(part)
        for deal_id, element in _rows(
            conn,
            select(FiveElementCheck.deal_id, FiveElementCheck.element).where(
                FiveElementCheck.deal_id.in_(chunk),
                FiveElementCheck.status == ElementStatus.VERIFIED.value,
            ),
        ):
            verified[deal_id].add(element)
    # The people who matter without a part in a deal: a standing role, insider or coach.
    people = select(Person.account_id, *_PERSON).outerjoin(
        Department, Department.id == Person.department_id
    )
    standing: dict[int, list[ChainPerson]] = defaultdict(list)
    known: dict[int, ChainPerson] = {}
    for chunk in _chunks(sorted({a for a, _, _ in deals.values()})):
        for row in _rows(
            conn,
            people.where(
                Person.account_id.in_(chunk),
                or_(Person.role.is_not(None), Person.insider, Person.coach),
            ).order_by(Person.id),
        ):
            known[row[1]] = person = ChainPerson(*row[1:])
            standing[row[0]].append(person)
    # The people who matter only through a part in one of these deals.
    missing = sorted({part[1] for own in parts.values() for part in own} - known.keys())
    for chunk in _chunks(missing):
        for row in _rows(conn, people.where(Person.id.in_(chunk))):
            known[row[1]] = ChainPerson(*row[1:])
    empty: frozenset[str] = frozenset()
    out: dict[int, ChainFacts] = {}
    for deal_id, (account, tendered, shaped) in deals.items():
        base = standing.get(account, ())
        own = parts.get(deal_id)
        if own:
            found = [_on_deal(known[part[1]], part) for part in own if part[1] in known]
            on = {p.id for p in found}
            found.extend(p for p in base if p.id not in on)
            found.sort(key=_by_id)
            chain = tuple(found)
        else:
            chain = tuple(base)
        elements = verified.get(deal_id)
        out[deal_id] = ChainFacts(
            people=chain,
            scoring_shaped=shaped,
            tendered=tendered,
            verified_elements=frozenset(elements) if elements else empty,
            on=day,
        )
    return out


_by_id: Final = attrgetter("id")


def _on_deal(person: ChainPerson, part: Sequence[Any]) -> ChainPerson:
    """The person as one deal sees them: the deal's role, support, insider and coach.

    ``part`` is a row (deal, person, role, support, insider, coach); a part
    equal to the person's standing values is the person as they stand.
    """
    _, _, role, support, insider, coach = part
    if (
        role == person.role
        and support == person.support
        and insider == person.insider
        and coach == person.coach
    ):
        return person
    return ChainPerson(
        person.id,
        person.name,
        role,
        support,
        insider,
        person.insider_sources,
        coach,
        person.seniority,
        person.department_kind,
        person.left_on,
    )
