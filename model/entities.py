"""The domain: accounts, customer people, our team, deals and their evidence.

Org charts are adjacency lists (``manager_id`` to the same table) because the
customer's hierarchy changes often and is edited one person at a time.
Influence and our relationships are link tables of their own since they carry
strength and dates. Personal attributes of customer staff live in a separate
table (:class:`PersonPrivate`) so that exports, logs and review packs can leave
them out by not joining it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from model.base import Base, Entity, utcnow

deal_competitors = Table(
    "deal_competitors",
    Base.metadata,
    Column("deal_id", ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True),
    Column("competitor_id", ForeignKey("competitors.id", ondelete="CASCADE"), primary_key=True),
)

activity_members = Table(
    "activity_members",
    Base.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("team_members.id", ondelete="CASCADE"), primary_key=True),
)

activity_people = Table(
    "activity_people",
    Base.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
)


class TeamMember(Entity):
    """Someone on our side: rep, presales, direct manager or executive."""

    __tablename__ = "team_members"

    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="rep")
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The server role the member signs in as (keyaccount team add-member); None on a file.
    login: Mapped[str | None] = mapped_column(String(63), index=True, unique=True)

    manager: Mapped[TeamMember | None] = relationship(remote_side="TeamMember.id")


class Competitor(Entity):
    """A company we meet in deals; the team's shared picture of how to beat it."""

    __tablename__ = "competitors"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    weaknesses: Mapped[str] = mapped_column(Text, default="")
    # Where its prices usually sit against ours: "" unknown, low, par, high.
    price_position: Mapped[str] = mapped_column(String(16), default="")


class Account(Entity):
    """A key account with the targeting attributes of P1 and the deep profile."""

    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(200), index=True)
    nature: Mapped[str] = mapped_column(String(16), default="private")
    industry: Mapped[str] = mapped_column(String(100), default="")
    # Hierarchical region as a path "international/domestic/province/city/district/…"
    region: Mapped[str] = mapped_column(String(300), default="")
    scale: Mapped[str] = mapped_column(String(16), default="medium")
    sales_channel: Mapped[str] = mapped_column(String(16), default="direct")
    partner_kind: Mapped[str | None] = mapped_column(String(16))
    partner_name: Mapped[str] = mapped_column(String(200), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    territory: Mapped[str] = mapped_column(String(100), default="")
    # ACC.PROFILE
    industry_chain: Mapped[str] = mapped_column(Text, default="")
    main_business: Mapped[str] = mapped_column(Text, default="")
    org_structure: Mapped[str] = mapped_column(Text, default="")
    development_stage: Mapped[str] = mapped_column(String(50), default="")
    markets: Mapped[str] = mapped_column(Text, default="")
    business_regions: Mapped[str] = mapped_column(Text, default="")
    registered_capital: Mapped[str] = mapped_column(String(100), default="")
    culture: Mapped[str] = mapped_column(Text, default="")
    it_situation: Mapped[str] = mapped_column(Text, default="")
    core_needs: Mapped[str] = mapped_column(Text, default="")
    # ACC.VALUE.1..5 the account brings us, as a list of numbers.
    values: Mapped[list[int]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Account | None] = relationship(
        remote_side="Account.id", back_populates="subsidiaries"
    )
    subsidiaries: Mapped[list[Account]] = relationship(back_populates="parent")
    departments: Mapped[list[Department]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    deals: Mapped[list[Deal]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )


class Department(Entity):
    __tablename__ = "departments"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    # lead (purchasing), influencer, technical, user, other
    kind: Mapped[str] = mapped_column(String(16), default="other")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id", ondelete="SET NULL"))

    account: Mapped[Account] = relationship(back_populates="departments")


class Person(Entity):
    """Customer staff with their job attributes (PERSON.JOB).

    Account-level role, support and flags are the standing view of the person;
    a deal may override them in :class:`DealRole`.
    """

    __tablename__ = "people"
    __table_args__ = (CheckConstraint("support BETWEEN -2 AND 2", name="support_range"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL")
    )
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120), default="")
    seniority: Mapped[str] = mapped_column(String(16), default="staff")
    role: Mapped[str | None] = mapped_column(String(8))
    support: Mapped[int] = mapped_column(Integer, default=0)
    backs_competitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("competitors.id", ondelete="SET NULL")
    )
    insider: Mapped[bool] = mapped_column(Boolean, default=False)
    coach: Mapped[bool] = mapped_column(Boolean, default=False)
    # Independent channels that confirmed this insider's information (REL.INSIDER).
    insider_sources: Mapped[int] = mapped_column(Integer, default=0)
    product_preference: Mapped[str] = mapped_column(Text, default="")
    purchase_history: Mapped[str] = mapped_column(Text, default="")
    kpi: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    left_on: Mapped[date | None] = mapped_column(Date)
    # Position on the org map, set by the user or by auto-layout.
    map_x: Mapped[float | None] = mapped_column(Float)
    map_y: Mapped[float | None] = mapped_column(Float)

    account: Mapped[Account] = relationship(back_populates="people")
    manager: Mapped[Person | None] = relationship(remote_side="Person.id")
    private: Mapped[PersonPrivate | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class PersonPrivate(Base):
    """Sensitive personal attributes (PERSON.PRIVATE), typed by the user only."""

    __tablename__ = "people_private"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    age: Mapped[str] = mapped_column(String(20), default="")
    gender: Mapped[str] = mapped_column(String(20), default="")
    character: Mapped[str] = mapped_column(Text, default="")
    career_situation: Mapped[str] = mapped_column(Text, default="")
    tenure_hobbies: Mapped[str] = mapped_column(Text, default="")
    family: Mapped[str] = mapped_column(Text, default="")
    education_career: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="private")


PRIVATE_FIELDS: tuple[str, ...] = (
    "age",
    "gender",
    "character",
    "career_situation",
    "tenure_hobbies",
    "family",
    "education_career",
)


class Influence(Entity):
    """Who sways whom inside the customer, 0..1."""

    __tablename__ = "influences"
    __table_args__ = (UniqueConstraint("source_id", "target_id"),)

    source_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    strength: Mapped[float] = mapped_column(Float, default=0.5)
    note: Mapped[str] = mapped_column(Text, default="")


class Relationship(Entity):
    """Which of our people holds a relationship with which customer person."""

    __tablename__ = "relationships"
    __table_args__ = (UniqueConstraint("member_id", "person_id"),)

    member_id: Mapped[int] = mapped_column(
        ForeignKey("team_members.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    strength: Mapped[float] = mapped_column(Float, default=0.5)
    last_contact: Mapped[date | None] = mapped_column(Date)
    visit_level: Mapped[str] = mapped_column(String(16), default="rep")


class Deal(Entity):
    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_board", "status", "stage", "account_id"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    expected_close: Mapped[date | None] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(2), default="P2")
    stage_entered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="open")
    # A close: the reason's key from the workspace's list, and a free note.
    close_reason: Mapped[str] = mapped_column(String(40), default="")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    lost_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("competitors.id", ondelete="SET NULL")
    )
    closed_on: Mapped[date | None] = mapped_column(Date)
    protection_expires: Mapped[date | None] = mapped_column(Date)
    # Released to the public field (公田, P3.PROTECT.4) on this day: any member may claim it.
    public_since: Mapped[date | None] = mapped_column(Date)
    # Tender (P5/P6)
    tendered: Mapped[bool] = mapped_column(Boolean, default=False)
    scoring_shaped: Mapped[bool] = mapped_column(Boolean, default=False)
    scoring_criteria: Mapped[str] = mapped_column(Text, default="")
    # Contract (P7)
    contract_signed_on: Mapped[date | None] = mapped_column(Date)
    contract_value: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="deals")
    competitors: Mapped[list[Competitor]] = relationship(secondary=deal_competitors)
    roles: Mapped[list[DealRole]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", passive_deletes=True
    )
    elements: Mapped[list[FiveElementCheck]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", passive_deletes=True
    )
    exit_checks: Mapped[list[ExitCheck]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", passive_deletes=True
    )
    history: Mapped[list[StageChange]] = relationship(
        back_populates="deal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StageChange.at",
    )
    instalments: Mapped[list[Instalment]] = relationship(
        back_populates="deal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Instalment.seq",
    )


class DealRole(Entity):
    """A person's part in one deal; evaluators (EVAL) included."""

    __tablename__ = "deal_roles"
    __table_args__ = (
        UniqueConstraint("deal_id", "person_id"),
        CheckConstraint("support BETWEEN -2 AND 2", name="support_range"),
    )

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(8))
    support: Mapped[int] = mapped_column(Integer, default=0)
    backs_competitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("competitors.id", ondelete="SET NULL")
    )
    insider: Mapped[bool] = mapped_column(Boolean, default=False)
    coach: Mapped[bool] = mapped_column(Boolean, default=False)

    deal: Mapped[Deal] = relationship(back_populates="roles")
    person: Mapped[Person] = relationship()


class FiveElementCheck(Entity):
    """One of the five elements (P3.FIVE.n) and who verified it, how and when."""

    __tablename__ = "five_elements"
    __table_args__ = (UniqueConstraint("deal_id", "element"),)

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    element: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(10), default="unknown")
    verified_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )
    level: Mapped[str | None] = mapped_column(String(16))
    method: Mapped[str | None] = mapped_column(String(10))
    verified_on: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")

    deal: Mapped[Deal] = relationship(back_populates="elements")


class ExitCheck(Entity):
    """An exit criterion of a stage ticked (or unticked) for one deal."""

    __tablename__ = "exit_checks"
    __table_args__ = (UniqueConstraint("deal_id", "criterion"),)

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    criterion: Mapped[str] = mapped_column(String(20))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    deal: Mapped[Deal] = relationship(back_populates="exit_checks")


class StageChange(Entity):
    """One entry of a deal's stage history: moves and status changes alike."""

    __tablename__ = "stage_changes"

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(2))
    to_stage: Mapped[str] = mapped_column(String(2))
    from_status: Mapped[str] = mapped_column(String(10), default="open")
    to_status: Mapped[str] = mapped_column(String(10), default="open")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    forced: Mapped[bool] = mapped_column(Boolean, default=False)
    # IDs of what was unmet when the move was forced.
    unmet: Mapped[list[str]] = mapped_column(JSON, default=list)
    # A move forced by someone without a manager role waits for a manager's approval.
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)

    deal: Mapped[Deal] = relationship(back_populates="history")


class Instalment(Entity):
    """One instalment of a deal's payment plan.

    ``received_amount`` and ``received_on`` sum up the instalment's
    :class:`Payment` rows (total and latest day); the payment services keep
    them equal and ``check`` verifies it, so reads need no join.
    """

    __tablename__ = "instalments"

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    due_on: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    received_on: Mapped[date | None] = mapped_column(Date)
    received_amount: Mapped[float] = mapped_column(Float, default=0.0)
    how: Mapped[str] = mapped_column(String(50), default="")

    deal: Mapped[Deal] = relationship(back_populates="instalments")


class Payment(Entity):
    """One transfer received against an instalment; several add up."""

    __tablename__ = "payments"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    instalment_id: Mapped[int] = mapped_column(
        ForeignKey("instalments.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[float] = mapped_column(Float)
    received_on: Mapped[date] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(50), default="")


class Lead(Entity):
    """Unverified contact information (P2); never protected, never a quota."""

    __tablename__ = "leads"

    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    company: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[int] = mapped_column(Integer, default=10)
    kind: Mapped[str] = mapped_column(String(10), default="new")
    status: Mapped[str] = mapped_column(String(10), default="new")
    received_on: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    # Where the lead came from in detail (which event, who referred it, which site).
    source: Mapped[str] = mapped_column(Text, default="")


class Activity(Entity):
    __tablename__ = "activities"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="visit")
    on: Mapped[date] = mapped_column(Date, index=True)
    level: Mapped[str] = mapped_column(String(16), default="rep")
    summary: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    # The next step's due day (a local day) and the day it was done.
    next_due: Mapped[date | None] = mapped_column(Date, index=True)
    next_done_on: Mapped[date | None] = mapped_column(Date)

    members: Mapped[list[TeamMember]] = relationship(secondary=activity_members)
    people: Mapped[list[Person]] = relationship(secondary=activity_people)


class Territory(Entity):
    """A member's area of responsibility (责任区, P3.PROTECT.1): a region, an
    industry or one named account."""

    __tablename__ = "territories"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("team_members.id", ondelete="CASCADE"), index=True
    )
    # region (a region path prefix), industry, account
    kind: Mapped[str] = mapped_column(String(10), default="region")
    value: Mapped[str] = mapped_column(String(300), default="")
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )


class ProtectionEvent(Entity):
    """What happened to a deal's protection (P3.PROTECT.3–4): penalised, released
    to the public field, claimed, transferred or extended, and who decided it."""

    __tablename__ = "protection_events"

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    # penalise, release, claim, transfer, extend
    kind: Mapped[str] = mapped_column(String(10))
    on: Mapped[date] = mapped_column(Date)
    from_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )
    to_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")


class Task(Entity):
    """A key action of a stage (e.g. ``P3.ACT.REP.2``) to be done for one deal by a
    member by a day; created when the deal enters the stage."""

    __tablename__ = "tasks"

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(2))
    # The method's key-action ID; empty for a task the user wrote.
    action: Mapped[str] = mapped_column(String(24), default="")
    # The team role the action is for: rep, presales, manager, executive.
    team_role: Mapped[str] = mapped_column(String(16), default="rep")
    title: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)


class Target(Entity):
    """What a member (or, with no member, the whole team) is to win or collect in
    a period (GOAL.4): attainment, coverage and the reverse funnel start here."""

    __tablename__ = "targets"
    __table_args__ = (
        UniqueConstraint("member_id", "period", "kind"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    # None: the team's own target (not the sum of its members').
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="CASCADE"), index=True
    )
    # "2027Q1" for a quarter, "2027-01" for a month, "2027" for a year.
    period: Mapped[str] = mapped_column(String(7))
    # won (contract amounts signed) or collected (payments received)
    kind: Mapped[str] = mapped_column(String(10), default="won")
    # In the workspace's base currency.
    amount: Mapped[float] = mapped_column(Float, default=0.0)


class ForecastOverride(Entity):
    """A manager's call on one open deal's forecast, with the reason: a category
    other than its stage's, and optionally another amount or close day."""

    __tablename__ = "forecast_overrides"

    deal_id: Mapped[int] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), unique=True, index=True
    )
    # commit, best_case, pipeline, omitted
    category: Mapped[str] = mapped_column(String(10))
    # In the deal's own currency; None keeps the deal's amount.
    amount: Mapped[float | None] = mapped_column(Float)
    close_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))


class ForecastSnapshot(Entity):
    """What the forecast said at one instant, kept to measure its accuracy later."""

    __tablename__ = "forecast_snapshots"

    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # manual, weekly
    kind: Mapped[str] = mapped_column(String(10), default="manual")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    base_currency: Mapped[str] = mapped_column(String(3), default="CNY")
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[ForecastLine]] = relationship(
        back_populates="snapshot", cascade="all, delete-orphan", passive_deletes=True
    )


class ForecastLine(Entity):
    """One deal's part of a snapshot: what it was expected to bring in one month,
    as a win (``kind`` win) or as cash collected (``kind`` cash)."""

    __tablename__ = "forecast_lines"

    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("forecast_snapshots.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(4), default="win")
    # The month, "2027-01".
    period: Mapped[str] = mapped_column(String(7))
    category: Mapped[str] = mapped_column(String(10), default="pipeline")
    probability: Mapped[float] = mapped_column(Float, default=0.0)
    # Both in the snapshot's base currency.
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    weighted: Mapped[float] = mapped_column(Float, default=0.0)

    snapshot: Mapped[ForecastSnapshot] = relationship(back_populates="lines")


class Segment(Entity):
    """A saved multi-dimension filter over accounts with fit-score weights (P1)."""

    __tablename__ = "segments"

    name: Mapped[str] = mapped_column(String(200))
    filters: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    weights: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)


class AuditEntry(Base):
    """What a service changed: the map's diff over time and "since last review" read this."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(120), default="")
    # The team member the user said they are (no foreign key: the log outlives members).
    member_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # create, update, delete
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    field: Mapped[str] = mapped_column(String(60), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """Workspace-wide settings a whole team shares (stage probabilities, protection)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
