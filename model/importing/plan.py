"""What an import would do, row by row, before anything is written.

:func:`plan_import` reads nothing but the source table and the workspace and
writes nothing. Each row of the file becomes a :class:`PlannedRow`:

- ``create``: a new account, person, deal or activity;
- ``merge``: the same as a row already in the workspace (or an earlier row
  of the file, ``match_line``) by the rules of :mod:`model.importing.dedupe`,
  and it fills fields that are empty there (``fills``);
- ``skip``: the same, and it adds nothing (importing a file twice skips every
  row the second time: "unchanged");
- ``reject``: a value the workspace cannot take; ``problems`` say which cell
  and why. A row is imported whole or not at all.

A merge never overwrites a field that holds another value: that is a
:class:`Conflict`, listed with the row's :class:`Duplicate` and left as it is.

Rows of people, deals and activities name their account; an account not in
the workspace is created with the import (``ImportPlan.new_accounts``, "create
account X"), as is a competitor named as the winner of a lost deal. Owners
are team members found by name; one not in the team yet is created with the
import too ("create team member X"): a team's first import brings its people.

Values are checked by the same validators as the editors' (``*_FIELDS`` of
:mod:`model.services`), so an import accepts what an editor would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import (
    PRIVATE_FIELDS,
    Account,
    Activity,
    Competitor,
    Deal,
    Person,
    PersonPrivate,
    TeamMember,
)
from model.enums import DealStatus, Stage
from model.errors import DomainError, InvalidValue, render, term
from model.importing.columns import TARGETS, CellProblem, Kind, row_converter
from model.importing.dedupe import account_key, email_key, name_key, phone_key, same_person
from model.importing.sources import SourceTable
from model.importing.values import guess_day_order
from model.services import common as c
from model.services.accounts import ACCOUNT_FIELDS
from model.services.activities import ACTIVITY_FIELDS
from model.services.deals import DEAL_FIELDS
from model.services.people import PERSON_FIELDS, PRIVATE_VALIDATORS
from model.services.team import MEMBER_FIELDS
from model.settings import get_setting

Action = Literal["create", "merge", "skip", "reject"]
ACTIONS: tuple[Action, ...] = ("create", "merge", "skip", "reject")
Progress = Callable[[int, int], bool | None]
"""(rows done, rows in all) -> False to cancel."""

PROGRESS_EVERY = 2000


class ImportCancelled(DomainError):
    """The user cancelled a plan or an import; nothing was written."""


def cancelled() -> ImportCancelled:
    return ImportCancelled("The import was cancelled; nothing was changed.")


@dataclass(frozen=True)
class Conflict:
    """A field a merge leaves alone: the workspace holds ``current``, the file ``incoming``."""

    field: str
    current: str
    incoming: str


@dataclass(frozen=True)
class Duplicate:
    """A row found to be the same as a workspace row (``match_id``) or an earlier
    row of the file (``match_line``), by ``rule`` (an English template)."""

    line: int
    kind: Kind
    name: str
    match_id: int | None
    match_line: int | None
    rule: str
    fills: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    # The name of the record it is the same as, as held there (workspace or earlier row).
    match_name: str = ""


@dataclass(frozen=True)
class PlannedRow:
    """What the import does with one row of the file (see the module docstring).

    ``record`` holds the entity's columns as they would be written (converted
    and validated); ``refs`` the references still to be resolved when the row
    is written (an account or competitor created by the same import, by key);
    ``fills`` the fields a merge writes; ``reason`` says why in English
    (``template``/``params`` for the desktop to translate).
    """

    line: int
    action: Action
    record: dict[str, object]
    match_id: int | None = None
    problems: tuple[CellProblem, ...] = ()
    reason: str = ""
    match_line: int | None = None
    fills: dict[str, object] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()
    refs: dict[str, object] = field(default_factory=dict)
    template: str = ""
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPlan:
    kind: Kind
    rows: list[PlannedRow]
    duplicates: list[Duplicate]
    source: str = ""
    headers: tuple[str, ...] = ()
    mapping: dict[int, str | None] = field(default_factory=dict)
    # Accounts and competitors the import creates because rows name them: key -> name.
    new_accounts: dict[str, str] = field(default_factory=dict)
    new_competitors: dict[str, str] = field(default_factory=dict)
    # Owners not in the team yet, created as team members: key -> name.
    new_members: dict[str, str] = field(default_factory=dict)
    # Mapped fields that have no place in the workspace (not imported).
    ignored: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(ACTIONS, 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    @property
    def rejects(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "reject"]

    def private_columns(self) -> frozenset[str]:
        """Headers of the file's columns that hold personal notes (redacted in the error file)."""
        keys = set(PRIVATE_FIELDS) | ({"note"} if self.kind == "people" else set())
        return frozenset(
            self.headers[i]
            for i, key in self.mapping.items()
            if key in keys and i < len(self.headers)
        )

    def summary(self) -> list[str]:
        """What the import does, in English lines (the command line prints them)."""
        n = self.counts
        lines = [
            f"{n['create']} to create, {n['merge']} to merge, "
            f"{n['skip']} unchanged, {n['reject']} rejected ({self.kind}, {len(self.rows)} rows)"
        ]
        for name in self.new_accounts.values():
            lines.append(f"create account {name}")
        for name in self.new_competitors.values():
            lines.append(f"create competitor {name}")
        for name in self.new_members.values():
            lines.append(f"create team member {name}")
        if self.ignored:
            lines.append("not imported (no such field here): " + ", ".join(self.ignored))
        return lines


# -- the fields of each kind ------------------------------------------------------------

_VALIDATED: dict[Kind, tuple[dict[str, c.Validator], frozenset[str]]] = {
    "accounts": (
        ACCOUNT_FIELDS,
        frozenset(
            k
            for k in ACCOUNT_FIELDS
            if k not in ("parent_id", "owner_id", "values", "sales_channel", "partner_kind")
        ),
    ),
    "people": (
        PERSON_FIELDS,
        frozenset(
            k
            for k in PERSON_FIELDS
            if k not in ("department_id", "manager_id", "backs_competitor_id", "map_x", "map_y")
        ),
    ),
    "deals": (
        DEAL_FIELDS,
        frozenset(
            {
                "name",
                "amount",
                "currency",
                "expected_close",
                "note",
                "tendered",
                "contract_signed_on",
                "contract_value",
            }
        ),
    ),
    "activities": (
        ACTIVITY_FIELDS,
        frozenset({"kind", "on", "summary", "next_step", "next_due", "level"}),
    ),
}
_REFERENCES: dict[Kind, frozenset[str]] = {
    "accounts": frozenset({"owner"}),
    "people": frozenset({"account"}),
    "deals": frozenset({"account", "owner", "lost_to", "stage", "status", "close_reason"}),
    "activities": frozenset({"account", "deal", "people"}),
}
# Fields that found the match: never a conflict (spelled differently, still the same).
_KEYS = frozenset({"name", "account_id"})
# Numbers whose 0 is the default and says nothing yet: a merge may fill them.
_UNSET_ZERO = frozenset({"amount", "support"})
_COMPARED: dict[str, Callable[[str], str]] = {"phone": phone_key, "email": email_key}
# Fields a merge never fills (it would move a deal or change who a person is).
_NOT_MERGED = frozenset({"name", "stage", "status", "account_id"})
_LABEL = {
    "accounts": term("account"),
    "people": term("person"),
    "deals": term("deal"),
    "activities": term("activity"),
}
_SPLIT_NAMES = re.compile(r"[,;，；、/|\n]+")
REQUIRED = "name"


def _empty(value: object) -> bool:
    return value is None or value == ""


def _shown(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _same(a: object, b: object) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-6
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return a == b


class _Planner:
    """One plan's state: the workspace's rows as keys, the file's rows seen so far."""

    def __init__(
        self, db: Session, table: SourceTable, kind: Kind, mapping: Mapping[int, str | None]
    ) -> None:
        self.db = db
        self.kind = kind
        self.headers = tuple(table.headers)
        self.mapping = {int(i): k for i, k in mapping.items()}
        self.column = {
            k: self.headers[i] for i, k in self.mapping.items() if k and i < len(self.headers)
        }
        self.column.setdefault("status", self.column.get("stage", ""))
        self.column.setdefault("currency", self.column.get("amount", ""))
        validators, allowed = _VALIDATED[kind]
        self.validators = validators
        self.allowed = allowed
        private = set(PRIVATE_FIELDS) if kind == "people" else set()
        known = allowed | _REFERENCES[kind] | private | {"external_id"}
        self.ignored = tuple(
            sorted({k for k in self.mapping.values() if k and k not in known}, key=str)
        )
        self.rows: list[PlannedRow] = []
        self.duplicates: list[Duplicate] = []
        self.new_accounts: dict[str, str] = {}
        self.new_competitors: dict[str, str] = {}
        self.new_members: dict[str, str] = {}
        # (reference, key) -> the name as first written: created once a row that names
        # it is planned (a rejected row creates nothing).
        self.spelled: dict[tuple[str, str], str] = {}
        # key -> (row index in self.rows, the effective record after earlier rows)
        self.seen: dict[Any, tuple[int, dict[str, object]]] = {}
        self._accounts: dict[str, int] | None = None
        self._account_keys: dict[str, str] = {}
        self._owners: dict[str, int] = {}
        self._member_names: dict[int, str] | None = None
        self._members: dict[str, int] | None = None
        self._competitors: dict[str, int] | None = None
        self.default_currency = str(get_setting(db, "default_currency"))
        self.close_reasons = frozenset(str(r) for r in get_setting(db, "close_reasons"))
        self.today = date.today()
        self._load_workspace()

    # -- workspace look-ups ---------------------------------------------------------

    def shown(self, key: str, value: object) -> str:
        """A held value as the user knows it: a member or competitor by name, not id."""
        if key == "owner_id":
            return self.member_name(value)
        if key == "lost_to_id" and isinstance(value, int):
            name = self.db.execute(select(Competitor.name).where(Competitor.id == value)).scalar()
            return str(name) if name is not None else _shown(value)
        return _shown(value)

    def member_name(self, ident: object) -> str:
        """A team member's name as held (for a conflict), or the id when not found."""
        if self._member_names is None:
            self._member_names = {
                i: n for i, n in self.db.execute(select(TeamMember.id, TeamMember.name))
            }
        name = self._member_names.get(ident) if isinstance(ident, int) else None
        return name if name is not None else _shown(ident)

    def register_members(self) -> None:
        """The owners to create: those of rows created, and those a merge fills in."""
        for row in self.rows:
            if row.action == "create" and "owner" in row.refs:
                key = str(row.refs["owner"])
            elif row.action == "merge" and row.match_line is None and "owner" in row.fills:
                key = name_key(str(row.fills["owner"]))
            else:
                continue
            self.new_members.setdefault(key, self.spelled[("owner", key)])

    def account_key(self, name: str) -> str:
        """:func:`~model.importing.dedupe.account_key`, worked out once per name."""
        key = self._account_keys.get(name)
        if key is None:
            key = self._account_keys[name] = account_key(name)
        return key

    def accounts(self) -> dict[str, int]:
        if self._accounts is None:
            self._accounts = {}
            for ident, name in self.db.execute(
                select(Account.id, Account.name).order_by(Account.id)
            ):
                self._accounts.setdefault(account_key(name), ident)
        return self._accounts

    def members(self) -> dict[str, int]:
        if self._members is None:
            self._members = {}
            for ident, name, email in self.db.execute(
                select(TeamMember.id, TeamMember.name, TeamMember.email).order_by(TeamMember.id)
            ):
                self._members.setdefault(name_key(name), ident)
                if email:
                    self._members.setdefault(email.strip().casefold(), ident)
        return self._members

    def competitors(self) -> dict[str, int]:
        if self._competitors is None:
            self._competitors = {}
            for ident, name in self.db.execute(select(Competitor.id, Competitor.name)):
                self._competitors.setdefault(name_key(name), ident)
        return self._competitors

    def _load_workspace(self) -> None:
        """The workspace's rows of this kind, by the key that finds their duplicates."""
        self.existing: dict[Any, list[tuple[int, dict[str, object]]]] = {}
        db = self.db
        if self.kind == "accounts":
            cols = [getattr(Account, k) for k in sorted(self.allowed | {"owner_id"})]
            for row in db.execute(select(Account.id, *cols).order_by(Account.id)):
                values = dict(row._mapping)
                ident = int(values.pop("id"))
                self.existing.setdefault(self.account_key(str(values["name"])), []).append(
                    (ident, values)
                )
        elif self.kind == "people":
            cols = [getattr(Person, k) for k in sorted(self.allowed)]
            private = {
                r[0]: dict(r._mapping)
                for r in db.execute(select(PersonPrivate.person_id, *_private_columns()))
            }
            for row in db.execute(select(Person.id, Person.account_id, *cols).order_by(Person.id)):
                values = dict(row._mapping)
                ident = int(values.pop("id"))
                extra = private.get(ident, {})
                values.update({k: extra.get(k, "") for k in PRIVATE_FIELDS})
                key = (values["account_id"], name_key(str(values["name"])))
                self.existing.setdefault(key, []).append((ident, values))
        elif self.kind == "deals":
            names = sorted(
                self.allowed
                | {"owner_id", "lost_to_id", "stage", "status", "close_reason", "status_reason"}
            )
            cols = [getattr(Deal, k) for k in names]
            for row in db.execute(select(Deal.id, Deal.account_id, *cols).order_by(Deal.id)):
                values = dict(row._mapping)
                ident = int(values.pop("id"))
                key = (values["account_id"], name_key(str(values["name"])))
                self.existing.setdefault(key, []).append((ident, values))
        else:
            stmt = select(
                Activity.id,
                Activity.account_id,
                Activity.deal_id,
                Activity.on,
                Activity.kind,
                Activity.summary,
                Activity.next_step,
                Activity.next_due,
                Activity.level,
            ).order_by(Activity.id)
            for row in db.execute(stmt):
                values = dict(row._mapping)
                ident = int(values.pop("id"))
                self.existing.setdefault(_activity_key(values), []).append((ident, values))
            self.deals: dict[tuple[int, str], int] = {}
            self.deal_names: dict[str, list[tuple[int, int]]] = {}
            for ident, account_id, name in db.execute(
                select(Deal.id, Deal.account_id, Deal.name).order_by(Deal.id)
            ):
                self.deals.setdefault((account_id, name_key(name)), ident)
                self.deal_names.setdefault(name_key(name), []).append((ident, account_id))
            self.people: dict[tuple[int, str], int] = {}
            for ident, account_id, name in db.execute(
                select(Person.id, Person.account_id, Person.name).order_by(Person.id)
            ):
                self.people.setdefault((account_id, name_key(name)), ident)

    # -- one row ----------------------------------------------------------------------

    def problem(self, line: int, key: str, value: object, exc: DomainError) -> CellProblem:
        return CellProblem(
            line=line,
            column=self.column.get(key, key),
            value="" if key in PRIVATE_FIELDS else _shown(value),  # never shown or logged
            reason=exc.message,
            template=exc.template,
            params=dict(exc.params),
        )

    def validate(
        self, line: int, rec: Mapping[str, object]
    ) -> tuple[dict[str, object], list[CellProblem]]:
        """The entity's columns from the converted record, checked by the editors' validators."""
        values: dict[str, object] = {}
        problems: list[CellProblem] = []
        session = self.db
        for key, raw in rec.items():
            if key not in self.allowed or key == "name":
                continue
            if _empty(raw):
                continue
            try:
                values[key] = self.validators[key](session, None, raw)
            except InvalidValue as exc:
                problems.append(self.problem(line, key, raw, exc))
        if self.kind != "activities" and "name" in rec:  # a missing one: the converter says so
            raw = rec.get("name")
            try:
                values["name"] = self.validators["name"](session, None, raw)
            except InvalidValue as exc:
                problems.append(self.problem(line, "name", raw, exc))
        if self.kind == "people":
            for key in PRIVATE_FIELDS:
                raw = rec.get(key)
                if _empty(raw):
                    continue
                try:
                    values[key] = PRIVATE_VALIDATORS[key](session, None, raw)
                except InvalidValue as exc:
                    problems.append(self.problem(line, key, raw, exc))
        return values, problems

    def account_ref(
        self,
        line: int,
        rec: Mapping[str, object],
        refs: dict[str, object],
        values: dict[str, object],
    ) -> tuple[str | None, list[CellProblem]]:
        """The row's account: its id in ``values``, or the key of one the import creates
        (its name checked as the account editor checks it)."""
        raw = rec.get("account")
        name = "" if raw is None else str(raw).strip()
        if not name:
            return None, []
        key = self.account_key(name)
        ident = self.accounts().get(key)
        if ident is not None:
            values["account_id"] = ident
            return key, []
        if ("account", key) not in self.spelled:  # checked once, as first written validly
            try:
                ACCOUNT_FIELDS["name"](self.db, None, name)
            except InvalidValue as exc:
                return None, [self.problem(line, "account", raw, exc)]
            self.spelled[("account", key)] = name
        refs["account"] = key
        return key, []

    def owner(
        self,
        line: int,
        rec: Mapping[str, object],
        values: dict[str, object],
        refs: dict[str, object],
    ) -> list[CellProblem]:
        raw = rec.get("owner")
        if _empty(raw):
            return []
        text = str(raw).strip()
        ident = self._owners.get(text)
        if ident is None:
            ident = self.members().get(name_key(text)) or self.members().get(text.casefold())
            if ident is not None:
                self._owners[text] = ident
        if ident is not None:
            values["owner_id"] = ident
            return []
        try:  # someone not in the team yet: created with the import, as the plan says
            MEMBER_FIELDS["name"](self.db, None, text)
        except InvalidValue as exc:
            return [self.problem(line, "owner", raw, exc)]
        key = name_key(text)
        self.spelled.setdefault(("owner", key), text)
        refs["owner"] = key
        values["owner"] = text  # no column: what a merge would fill, or a conflict
        return []

    def plan_row(self, line: int, rec: dict[str, object], problems: list[CellProblem]) -> None:
        if any(not p.column for p in problems):  # a broken row, a required field left empty
            self.reject(line, {}, {}, problems)
            return
        values, more = self.validate(line, rec)
        problems = [*problems, *more]
        refs: dict[str, object] = {}
        account: str | None = None
        if self.kind in ("accounts", "deals"):
            problems += self.owner(line, rec, values, refs)
        if self.kind in ("people", "deals"):
            account, bad = self.account_ref(line, rec, refs, values)
            problems += bad
            if account is None and not bad:
                exc = InvalidValue(
                    "A {kind_label} belongs to an account: name one.", kind_label=_LABEL[self.kind]
                )
                problems.append(self.problem(line, "account", rec.get("account"), exc))
        if self.kind == "deals":
            problems += self.deal_fields(line, rec, values, refs)
        if self.kind == "activities":
            problems += self.activity_fields(line, rec, values, refs)
            account = str(values.get("account_id") or refs.get("account") or "")
        if problems:
            self.reject(line, values, refs, problems)
            return
        self.place(line, values, refs, account)

    def reject(
        self,
        line: int,
        values: dict[str, object],
        refs: dict[str, object],
        problems: list[CellProblem],
    ) -> None:
        reason = "; ".join(f"{p.column}: {p.reason}" if p.column else p.reason for p in problems)
        self.add(
            PlannedRow(line, "reject", values, problems=tuple(problems), refs=refs, reason=reason)
        )

    def deal_fields(
        self,
        line: int,
        rec: Mapping[str, object],
        values: dict[str, object],
        refs: dict[str, object],
    ) -> list[CellProblem]:
        problems: list[CellProblem] = []
        values.setdefault("currency", self.default_currency)
        stage, status = rec.get("stage"), rec.get("status")
        if isinstance(stage, tuple):  # not split by the converter (the row has problems)
            stage, status = stage[0], status or stage[1]
        status_value = str(status or "open")
        if status_value not in _STATUSES:
            exc = InvalidValue(
                "'{raw}' is not a deal status (open, won, lost, shelved).", raw=status
            )
            problems.append(self.problem(line, "status", status, exc))
            status_value = "open"
        if _empty(stage):
            stage_value = Stage.P7.value if status_value == DealStatus.WON else Stage.P2.value
        else:
            stage_value = str(stage)
            if stage_value not in _STAGES:
                exc = InvalidValue("'{raw}' is not a stage of the method (P1 to P7).", raw=stage)
                problems.append(self.problem(line, "stage", stage, exc))
                stage_value = Stage.P2.value
        if status_value == DealStatus.WON and stage_value != Stage.P7.value:
            exc = InvalidValue("A won deal is in P7, not {stage}.", stage=stage_value)
            problems.append(self.problem(line, "stage", stage, exc))
        values["stage"], values["status"] = stage_value, status_value
        reason = rec.get("close_reason")
        if not _empty(reason) and status_value != DealStatus.OPEN:
            text = str(reason).strip()
            if text in self.close_reasons:
                values["close_reason"] = text
            else:
                values["status_reason"] = text  # another system's words: kept as the note
        lost_to = rec.get("lost_to")
        if not _empty(lost_to):
            name = str(lost_to).strip()
            key = name_key(name)
            ident = self.competitors().get(key)
            if ident is not None:
                values["lost_to_id"] = ident
            else:
                self.spelled.setdefault(("lost_to", key), name)
                refs["lost_to"] = key
        return problems

    def activity_fields(
        self,
        line: int,
        rec: Mapping[str, object],
        values: dict[str, object],
        refs: dict[str, object],
    ) -> list[CellProblem]:
        problems: list[CellProblem] = []
        on = values.get("on")
        if not isinstance(on, date):
            exc = InvalidValue("An activity needs a date.")
            problems.append(self.problem(line, "on", rec.get("on"), exc))
        elif on > self.today:
            exc = InvalidValue(
                "{day} is in the future: log an activity once it has happened.", day=on.isoformat()
            )
            problems.append(self.problem(line, "on", rec.get("on"), exc))
        due = values.get("next_due")
        if isinstance(on, date) and isinstance(due, date) and due < on:
            exc = InvalidValue(
                "The next step is due on {due}, before the activity of {day}.",
                due=due.isoformat(),
                day=on.isoformat(),
            )
            problems.append(self.problem(line, "next_due", rec.get("next_due"), exc))
        account_id: int | None = None
        raw_account = rec.get("account")
        if not _empty(raw_account):
            account_id = self.accounts().get(self.account_key(str(raw_account)))
        raw_deal = rec.get("deal")
        if not _empty(raw_deal):
            deal_key = name_key(str(raw_deal))
            if account_id is not None:
                found = (
                    [self.deals[(account_id, deal_key)]]
                    if (account_id, deal_key) in self.deals
                    else []
                )
            elif _empty(raw_account):
                found = [d for d, _a in self.deal_names.get(deal_key, [])]
            else:
                found = []
            if len(found) != 1:
                exc = (
                    InvalidValue("No deal is called '{name}' at this account.", name=raw_deal)
                    if not found
                    else InvalidValue(
                        "{count} deals are called '{name}'; name the account too.",
                        count=len(found),
                        name=raw_deal,
                    )
                )
                problems.append(self.problem(line, "deal", raw_deal, exc))
            else:
                values["deal_id"] = found[0]
                account_id = next(a for d, a in self.deal_names[deal_key] if d == found[0])
        if account_id is None and not _empty(raw_account) and "deal_id" not in values:
            _key, bad = self.account_ref(line, rec, refs, values)
            problems += bad
        elif account_id is None and not problems:
            exc = InvalidValue("An activity is logged at an account or for a deal: name one.")
            problems.append(self.problem(line, "account", raw_account, exc))
        if account_id is not None:
            values["account_id"] = account_id
        raw_people = rec.get("people")
        names = (
            [str(p) for p in raw_people]
            if isinstance(raw_people, list | tuple)
            else [p for p in _SPLIT_NAMES.split(str(raw_people or "")) if p.strip()]
        )
        people: list[int] = []
        for name in names:
            ident = self.people.get((account_id, name_key(name))) if account_id else None
            if ident is None:
                exc = InvalidValue(
                    "Nobody called '{name}' works at this account.", name=name.strip()
                )
                problems.append(self.problem(line, "people", raw_people, exc))
            else:
                people.append(ident)
        if people:
            refs["people"] = sorted(set(people))
        return problems

    # -- duplicates --------------------------------------------------------------------

    def file_key(
        self, values: Mapping[str, object], refs: Mapping[str, object], account: str | None
    ) -> Any:
        if self.kind == "accounts":
            return self.account_key(str(values["name"]))
        if self.kind == "activities":
            return _activity_key(
                {**values, "account_id": values.get("account_id") or refs.get("account")}
            )
        return (account, name_key(str(values["name"])))

    def workspace_matches(
        self, values: Mapping[str, object]
    ) -> list[tuple[int, dict[str, object]]]:
        if self.kind == "accounts":
            return self.existing.get(self.account_key(str(values["name"])), [])
        if self.kind == "activities":
            return self.existing.get(_activity_key(values), [])
        if "account_id" not in values:
            return []  # a new account has nothing yet
        key = (values["account_id"], name_key(str(values["name"])))
        candidates = self.existing.get(key, [])
        if self.kind == "people":
            candidates = [
                (i, v)
                for i, v in candidates
                if same_person(
                    str(v.get("phone") or ""),
                    str(v.get("email") or ""),
                    str(values.get("phone") or ""),
                    str(values.get("email") or ""),
                )
            ]
        return candidates

    def compare(
        self, current: Mapping[str, object], values: Mapping[str, object]
    ) -> tuple[dict[str, object], list[Conflict]]:
        fills: dict[str, object] = {}
        conflicts: list[Conflict] = []
        for key, value in values.items():
            if _empty(value) or key in _KEYS:
                continue
            if key == "owner":  # someone not in the team yet (the import creates them)
                held = current.get("owner_id")
                if _empty(held):
                    fills[key] = value
                elif not _empty(current.get("owner")) and _same(current["owner"], value):
                    continue  # filled by an earlier row of the file
                else:
                    conflicts.append(Conflict("owner", self.member_name(held), str(value)))
                continue
            have = current.get(key)
            if key in _UNSET_ZERO and have in (0, 0.0):
                have = None  # a deal without an amount yet, a person's support not judged
            if (
                key in _COMPARED
                and isinstance(have, str)
                and _COMPARED[key](have) == _COMPARED[key](str(value))
            ):
                continue
            if _empty(have):
                if key not in _NOT_MERGED:
                    fills[key] = value
            elif not _same(have, value):
                conflicts.append(
                    Conflict(_FIELD_OF.get(key, key), self.shown(key, have), _shown(value))
                )
        return fills, conflicts

    def place(
        self, line: int, values: dict[str, object], refs: dict[str, object], account: str | None
    ) -> None:
        for ref, made in (("account", self.new_accounts), ("lost_to", self.new_competitors)):
            if ref in refs:
                made.setdefault(str(refs[ref]), self.spelled[(ref, str(refs[ref]))])
        key = self.file_key(values, refs, account)
        name = _shown(values.get("name") or values.get("summary") or "")
        earlier = self.seen.get(key)
        if self.kind == "people" and earlier is not None:
            prior = earlier[1]
            if not same_person(
                str(prior.get("phone") or ""),
                str(prior.get("email") or ""),
                str(values.get("phone") or ""),
                str(values.get("email") or ""),
            ):
                earlier = None
                key = (key, line)
        if earlier is not None:
            index, effective = earlier
            first = self.rows[index]
            fills, conflicts = self.compare(effective, values)
            effective.update(fills)
            if first.action == "create":
                first.record.update(fills)
                _merge_refs(first.refs, refs)
            elif fills:
                first.fills.update(fills)
                if first.action == "skip":
                    self.rows[index] = replace(
                        first,
                        action="merge",
                        reason="fills " + ", ".join(first.fills),
                        template="fills {fields}",
                        params={"fields": ", ".join(first.fills)},
                    )
            self.duplicates.append(
                Duplicate(
                    line,
                    self.kind,
                    name,
                    first.match_id,
                    first.line,
                    _SAME_IN_FILE,
                    tuple(dict.fromkeys(_FIELD_OF.get(k, k) for k in fills)),
                    tuple(conflicts),
                    _shown(first.record.get("name") or first.record.get("summary") or ""),
                )
            )
            template = "same as line {other}, fills {fields}" if fills else "same as line {other}"
            params: dict[str, object] = {"other": first.line, "fields": ", ".join(fills)}
            self.add(
                PlannedRow(
                    line,
                    "merge" if fills else "skip",
                    values,
                    first.match_id,
                    reason=render(template, params),
                    match_line=first.line,
                    fills=fills,
                    conflicts=tuple(conflicts),
                    refs=refs,
                    template=template,
                    params=params,
                )
            )
            return
        matches = self.workspace_matches(values)
        if matches:
            ident, current = matches[0]
            fills, conflicts = self.compare(current, values)
            effective = {**current, **fills}
            self.seen[key] = (len(self.rows), effective)
            self.duplicates.append(
                Duplicate(
                    line,
                    self.kind,
                    name,
                    ident,
                    None,
                    _RULES[self.kind],
                    tuple(dict.fromkeys(_FIELD_OF.get(k, k) for k in fills)),
                    tuple(conflicts),
                    _shown(current.get("name") or current.get("summary") or ""),
                )
            )
            if fills:
                template, params = "fills {fields}", {"fields": ", ".join(fills)}
            else:
                template, params = "unchanged", {}
            self.add(
                PlannedRow(
                    line,
                    "merge" if fills else "skip",
                    values,
                    ident,
                    reason=render(template, params),
                    fills=dict(fills),
                    conflicts=tuple(conflicts),
                    refs=refs,
                    template=template,
                    params=params,
                )
            )
            return
        self.seen[key] = (len(self.rows), dict(values))
        self.add(PlannedRow(line, "create", values, refs=refs, reason="new", template="new"))

    def add(self, row: PlannedRow) -> None:
        self.rows.append(row)


_STAGES = frozenset(s.value for s in Stage)
_STATUSES = frozenset(s.value for s in DealStatus)
_FIELD_OF = {"owner_id": "owner", "lost_to_id": "lost_to", "account_id": "account"}
"""A column as the import's field (Target.key) that fills it, for what the plan shows."""
_SAME_IN_FILE = "the same as an earlier row of the file"
_RULES: dict[str, str] = {
    "accounts": "the same account name once legal forms, width, case and punctuation are set aside",
    "people": "the same name at the same account, with the same phone or e-mail",
    "deals": "a deal of the same name at the same account",
    "activities": "the same day, kind, deal and summary at the same account",
}


def _merge_refs(into: dict[str, object], refs: Mapping[str, object]) -> None:
    for key, value in refs.items():
        if key == "people":
            merged = {*(into.get("people") or []), *value}  # type: ignore[misc]
            into["people"] = sorted(merged)
        else:
            into.setdefault(key, value)


def _activity_key(values: Mapping[str, object]) -> tuple[object, ...]:
    return (
        values.get("account_id"),
        values.get("deal_id"),
        values.get("on"),
        values.get("kind") or "visit",
        name_key(str(values.get("summary") or "")),
    )


def _private_columns() -> list[Any]:
    return [getattr(PersonPrivate, k) for k in PRIVATE_FIELDS]


def table_day_order(table: SourceTable, kind: Kind, mapping: Mapping[int, str | None]) -> str:
    """How the file writes its days, from the cells of its date columns (the first rows)."""
    days = {t.key for t in TARGETS[kind] if t.kind == "day"}
    columns = [i for i, key in mapping.items() if key in days]
    sample = table.rows[:2000]
    return guess_day_order(row.cells[i] for row in sample for i in columns if i < len(row.cells))


def plan_import(
    db: Session,
    table: SourceTable,
    kind: Kind,
    mapping: Mapping[int, str | None],
    *,
    day_order: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Plan importing ``table`` as rows of ``kind`` with ``mapping`` (column -> field).

    Reads the workspace and writes nothing. ``progress(done, total)`` is called
    every few thousand rows; when it returns False the plan stops with
    :class:`ImportCancelled`. Without ``day_order`` it is guessed from the
    file's date columns (:func:`guess_day_order`: 03/25/2027 is month first).
    """
    if day_order is None:
        day_order = table_day_order(table, kind, mapping)
    planner = _Planner(db, table, kind, mapping)
    headers = planner.headers
    date_system = int(table.date_system or 1900)
    rows: Sequence[Any] = table.rows
    total = len(rows)
    convert = row_converter(
        kind, planner.mapping, headers, day_order=day_order, date_system=date_system
    )
    for done, row in enumerate(rows, 1):
        rec, problems = convert(row)
        planner.plan_row(row.line, rec, problems)
        due = progress is not None and (done % PROGRESS_EVERY == 0 or done == total)
        if due and progress(done, total) is False:  # type: ignore[misc]
            raise cancelled()
    planner.register_members()
    return ImportPlan(
        kind=kind,
        rows=planner.rows,
        duplicates=planner.duplicates,
        source=table.path.name,
        headers=headers,
        mapping=planner.mapping,
        new_accounts=planner.new_accounts,
        new_competitors=planner.new_competitors,
        new_members=planner.new_members,
        ignored=planner.ignored,
    )
