"""Closed vocabularies of the method, stored as short strings.

Stored as plain strings (not native enums) so that SQLite and PostgreSQL hold
the same values and a later version can add a member without a type migration.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"
    P5 = "P5"
    P6 = "P6"
    P7 = "P7"

    @property
    def number(self) -> int:
        return int(self.value[1:])


STAGES: tuple[Stage, ...] = tuple(Stage)


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    SHELVED = "shelved"


class Nature(StrEnum):
    PUBLIC = "public"
    STATE = "state"
    FOREIGN = "foreign"
    PRIVATE = "private"


class Scale(StrEnum):
    XL = "xl"
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"


class SalesChannel(StrEnum):
    DIRECT = "direct"
    PARTNER = "partner"


class PartnerKind(StrEnum):
    SERVICE = "service"
    OEM = "oem"
    RELATION = "relation"


class Role(StrEnum):
    """A customer person's place in the decision chain (ROLE.*)."""

    KDM = "KDM"
    KI = "KI"
    KU = "KU"
    LEAD = "LEAD"
    EVAL = "EVAL"


class TeamRole(StrEnum):
    REP = "rep"
    PRESALES = "presales"
    MANAGER = "manager"
    EXECUTIVE = "executive"


class VisitLevel(StrEnum):
    """Highest level on our side that met someone; ordered rep < manager < executive."""

    REP = "rep"
    MANAGER = "manager"
    EXECUTIVE = "executive"

    @property
    def rank(self) -> int:
        return ("rep", "manager", "executive").index(self.value)


class VerifyMethod(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    MAIL = "mail"
    WECHAT = "wechat"


class ElementStatus(StrEnum):
    UNKNOWN = "unknown"
    CLAIMED = "claimed"
    VERIFIED = "verified"


class LeadKind(StrEnum):
    EXISTING = "existing"
    NEW = "new"
    DORMANT = "dormant"


class LeadStatus(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    CONVERTED = "converted"
    DISCARDED = "discarded"


class ActivityKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    MAIL = "mail"
    EVENT = "event"
    DEMO = "demo"
    PRESENTATION = "presentation"
    REFERENCE_VISIT = "reference_visit"
    HQ_VISIT = "hq_visit"
    TENDER = "tender"  # a tender event: bid opening, clarification, defence
    OTHER = "other"


class Seniority(StrEnum):
    STAFF = "staff"
    MIDDLE = "middle"
    SENIOR = "senior"
    TOP = "top"

    @property
    def rank(self) -> int:
        return ("staff", "middle", "senior", "top").index(self.value)


SUPPORT_MIN, SUPPORT_MAX = -2, 2
"""Support toward us: -2 strong opponent, 0 neutral, +2 strong supporter (REL.SUPPORT)."""


class PricePosition(StrEnum):
    """Where a competitor's prices usually sit against ours; "" when nobody knows."""

    LOW = "low"
    PAR = "par"
    HIGH = "high"
