"""Display labels for the model's stored values, in the interface language.

The model stores short English codes (``"state"``, ``"KDM"``, ``-2``); users
must never see those. Every page that shows such a value asks this module, so
one word means one thing across the application and translators meet each
label once. Source texts are marked with ``QT_TRANSLATE_NOOP`` in the
"Labels" context and translated when asked for, so a language switch needs no
rebuild of these tables. Stage names are the method's own short names, which
come from the method data in both languages rather than from ``.ts`` files.

>>> from model.enums import Nature
>>> nature_label(Nature.STATE)
'State-owned enterprise'
>>> support_label(-2)
'Strong opponent'
>>> options("scale")[0]
('xl', 'Extra-large')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop import i18n
from model.amounts import compact_amount
from model.enums import (
    SUPPORT_MAX,
    SUPPORT_MIN,
    ActivityKind,
    DealStatus,
    ElementStatus,
    LeadKind,
    LeadStatus,
    Nature,
    PartnerKind,
    PricePosition,
    Role,
    SalesChannel,
    Scale,
    Seniority,
    Stage,
    TeamRole,
    VerifyMethod,
    VisitLevel,
)

CONTEXT: Final = "Labels"

Value = str | int
"""A stored value: an enum member, its string code, or a support level."""

# -- source texts (translated on use) -----------------------------------------

_NATURE: Final[dict[Value, object]] = {
    Nature.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public organisation"),
    Nature.STATE: QT_TRANSLATE_NOOP("Labels", "State-owned enterprise"),
    Nature.FOREIGN: QT_TRANSLATE_NOOP("Labels", "Foreign-owned or joint venture"),
    Nature.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private enterprise"),
}

_SCALE: Final[dict[Value, object]] = {
    Scale.XL: QT_TRANSLATE_NOOP("Labels", "Extra-large"),
    Scale.LARGE: QT_TRANSLATE_NOOP("Labels", "Large"),
    Scale.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Scale.SMALL: QT_TRANSLATE_NOOP("Labels", "Small or micro"),
}

_SALES_CHANNEL: Final[dict[Value, object]] = {
    SalesChannel.DIRECT: QT_TRANSLATE_NOOP("Labels", "Direct"),
    SalesChannel.PARTNER: QT_TRANSLATE_NOOP("Labels", "Through a partner"),
}

_PARTNER_KIND: Final[dict[Value, object]] = {
    PartnerKind.SERVICE: QT_TRANSLATE_NOOP("Labels", "Sells and services on its own"),
    PartnerKind.OEM: QT_TRANSLATE_NOOP("Labels", "OEM partner"),
    PartnerKind.RELATION: QT_TRANSLATE_NOOP("Labels", "Relationship-only partner"),
}

_TEAM_ROLE: Final[dict[Value, object]] = {
    TeamRole.REP: QT_TRANSLATE_NOOP("Labels", "Sales rep"),
    TeamRole.PRESALES: QT_TRANSLATE_NOOP("Labels", "Presales"),
    TeamRole.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    TeamRole.EXECUTIVE: QT_TRANSLATE_NOOP("Labels", "Executive"),
}

_ROLE: Final[dict[Value, object]] = {
    Role.KDM: QT_TRANSLATE_NOOP("Labels", "Key decision maker (KDM)"),
    Role.KI: QT_TRANSLATE_NOOP("Labels", "Key influencer (KI)"),
    Role.KU: QT_TRANSLATE_NOOP("Labels", "Key user (KU)"),
    Role.LEAD: QT_TRANSLATE_NOOP("Labels", "Purchase lead contact (LEAD)"),
    Role.EVAL: QT_TRANSLATE_NOOP("Labels", "Tender evaluator (EVAL)"),
}

_ROLE_SHORT: Final[dict[Value, object]] = {
    Role.KDM: QT_TRANSLATE_NOOP("Labels", "KDM"),
    Role.KI: QT_TRANSLATE_NOOP("Labels", "KI"),
    Role.KU: QT_TRANSLATE_NOOP("Labels", "KU"),
    Role.LEAD: QT_TRANSLATE_NOOP("Labels", "LEAD"),
    Role.EVAL: QT_TRANSLATE_NOOP("Labels", "EVAL"),
}

_SUPPORT: Final[dict[Value, object]] = {
    -2: QT_TRANSLATE_NOOP("Labels", "Strong opponent"),
    -1: QT_TRANSLATE_NOOP("Labels", "Opponent"),
    0: QT_TRANSLATE_NOOP("Labels", "Neutral"),
    1: QT_TRANSLATE_NOOP("Labels", "Supporter"),
    2: QT_TRANSLATE_NOOP("Labels", "Strong supporter"),
}

# Signs, not words: the same in every language, so not translated.
_SUPPORT_SIGN: Final[dict[int, str]] = {-2: "−−", -1: "−", 0: "0", 1: "+", 2: "++"}

_SENIORITY: Final[dict[Value, object]] = {
    Seniority.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff"),
    Seniority.MIDDLE: QT_TRANSLATE_NOOP("Labels", "Middle management"),
    Seniority.SENIOR: QT_TRANSLATE_NOOP("Labels", "Senior management"),
    Seniority.TOP: QT_TRANSLATE_NOOP("Labels", "Top management"),
}

_VISIT_LEVEL: Final[dict[Value, object]] = {
    VisitLevel.REP: QT_TRANSLATE_NOOP("Labels", "Rep level"),
    VisitLevel.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager level"),
    VisitLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Labels", "Executive level"),
}

_DEAL_STATUS: Final[dict[Value, object]] = {
    DealStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    DealStatus.WON: QT_TRANSLATE_NOOP("Labels", "Won"),
    DealStatus.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
    DealStatus.SHELVED: QT_TRANSLATE_NOOP("Labels", "Shelved"),
}

_LEAD_KIND: Final[dict[Value, object]] = {
    LeadKind.EXISTING: QT_TRANSLATE_NOOP("Labels", "Existing customer"),
    LeadKind.NEW: QT_TRANSLATE_NOOP("Labels", "New customer"),
    LeadKind.DORMANT: QT_TRANSLATE_NOOP("Labels", "Dormant customer"),
}

_LEAD_STATUS: Final[dict[Value, object]] = {
    LeadStatus.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    LeadStatus.CONTACTED: QT_TRANSLATE_NOOP("Labels", "Contacted"),
    LeadStatus.CONVERTED: QT_TRANSLATE_NOOP("Labels", "Converted"),
    LeadStatus.DISCARDED: QT_TRANSLATE_NOOP("Labels", "Discarded"),
}

_ACTIVITY_KIND: Final[dict[Value, object]] = {
    ActivityKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
    ActivityKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    ActivityKind.MAIL: QT_TRANSLATE_NOOP("Labels", "Mail"),
    ActivityKind.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
    ActivityKind.DEMO: QT_TRANSLATE_NOOP("Labels", "Demo"),
    ActivityKind.PRESENTATION: QT_TRANSLATE_NOOP("Labels", "Presentation"),
    ActivityKind.REFERENCE_VISIT: QT_TRANSLATE_NOOP("Labels", "Reference-customer visit"),
    ActivityKind.HQ_VISIT: QT_TRANSLATE_NOOP("Labels", "Visit to our headquarters"),
    ActivityKind.TENDER: QT_TRANSLATE_NOOP("Labels", "Tender event"),
    ActivityKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_ELEMENT_STATUS: Final[dict[Value, object]] = {
    ElementStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
    ElementStatus.CLAIMED: QT_TRANSLATE_NOOP("Labels", "Claimed, not verified"),
    ElementStatus.VERIFIED: QT_TRANSLATE_NOOP("Labels", "Verified"),
}

_VERIFY_METHOD: Final[dict[Value, object]] = {
    VerifyMethod.VISIT: QT_TRANSLATE_NOOP("Labels", "In a visit"),
    VerifyMethod.PHONE: QT_TRANSLATE_NOOP("Labels", "By phone"),
    VerifyMethod.MAIL: QT_TRANSLATE_NOOP("Labels", "By mail"),
    VerifyMethod.WECHAT: QT_TRANSLATE_NOOP("Labels", "On WeChat"),
}

# Department kinds are a closed list in model.services.people, not an enum.
_DEPARTMENT_KIND: Final[dict[Value, object]] = {
    "lead": QT_TRANSLATE_NOOP("Labels", "Leads the purchase"),
    "influencer": QT_TRANSLATE_NOOP("Labels", "Influencing department"),
    "technical": QT_TRANSLATE_NOOP("Labels", "Technical department"),
    "user": QT_TRANSLATE_NOOP("Labels", "Using department"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# Why a deal closed (model.settings.CLOSE_REASON_KEYS); a team's own reasons show as typed.
_CLOSE_REASON: Final[dict[Value, object]] = {
    "price": QT_TRANSLATE_NOOP("Labels", "Price"),
    "relationship": QT_TRANSLATE_NOOP("Labels", "Relationship"),
    "product_fit": QT_TRANSLATE_NOOP("Labels", "Product fit"),
    "competitor": QT_TRANSLATE_NOOP("Labels", "Competitor"),
    "no_decision": QT_TRANSLATE_NOOP("Labels", "No decision"),
    "budget": QT_TRANSLATE_NOOP("Labels", "Budget"),
    "timing": QT_TRANSLATE_NOOP("Labels", "Timing"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# A competitor's usual prices against ours; "" (unknown) labels as "".
_PRICE_POSITION: Final[dict[Value, object]] = {
    PricePosition.LOW: QT_TRANSLATE_NOOP("Labels", "Lower than ours"),
    PricePosition.PAR: QT_TRANSLATE_NOOP("Labels", "Similar to ours"),
    PricePosition.HIGH: QT_TRANSLATE_NOOP("Labels", "Higher than ours"),
}

_TABLES: Final[Mapping[str, Mapping[Value, object]]] = MappingProxyType(
    {
        "nature": _NATURE,
        "scale": _SCALE,
        "sales_channel": _SALES_CHANNEL,
        "partner_kind": _PARTNER_KIND,
        "team_role": _TEAM_ROLE,
        "role": _ROLE,
        "role_short": _ROLE_SHORT,
        "support": _SUPPORT,
        "seniority": _SENIORITY,
        "visit_level": _VISIT_LEVEL,
        "deal_status": _DEAL_STATUS,
        "lead_kind": _LEAD_KIND,
        "lead_status": _LEAD_STATUS,
        "activity_kind": _ACTIVITY_KIND,
        "element_status": _ELEMENT_STATUS,
        "verify_method": _VERIFY_METHOD,
        "department_kind": _DEPARTMENT_KIND,
        "price_position": _PRICE_POSITION,
        "close_reason": _CLOSE_REASON,
    }
)

ENUM_KINDS: Final[Mapping[type[StrEnum], str]] = MappingProxyType(
    {
        Nature: "nature",
        Scale: "scale",
        SalesChannel: "sales_channel",
        PartnerKind: "partner_kind",
        TeamRole: "team_role",
        Role: "role",
        Seniority: "seniority",
        VisitLevel: "visit_level",
        DealStatus: "deal_status",
        LeadKind: "lead_kind",
        LeadStatus: "lead_status",
        ActivityKind: "activity_kind",
        ElementStatus: "element_status",
        VerifyMethod: "verify_method",
        Stage: "stage",
        PricePosition: "price_position",
    }
)
"""Which kind labels each enum of model.enums (the test checks none is missing)."""

KINDS: Final[tuple[str, ...]] = (*_TABLES, "stage")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _plain(value: Value) -> Value:
    """Enum members become their plain codes, which Qt item data and the model store."""
    return str(value.value) if isinstance(value, StrEnum) else value


def _key(value: Value | None) -> Value | None:
    return None if value is None else _plain(value)


def _kind_of(kind: str | type[StrEnum]) -> str:
    if isinstance(kind, type):
        try:
            return ENUM_KINDS[kind]
        except KeyError:
            raise KeyError(f"no labels for {kind.__name__}") from None
    if kind not in KINDS:
        raise KeyError(f"unknown label kind {kind!r}; kinds are {', '.join(KINDS)}")
    return kind


def label(kind: str | type[StrEnum], value: Value | None) -> str:
    """The display label of ``value``; an unknown value shows as itself, empty as ""."""
    name = _kind_of(kind)
    key = _key(value)
    if key is None or key == "":
        return ""
    if name == "stage":
        return stage_label(str(key))
    if name == "support":
        try:
            key = int(key)
        except ValueError:
            return str(key)
    text = _TABLES[name].get(key)
    return _tr(str(text)) if text is not None else str(key)


def options(kind: str | type[StrEnum]) -> list[tuple[Value, str]]:
    """(stored value, label) pairs in the model's order, for combo boxes and filters."""
    name = _kind_of(kind)
    if name == "stage":
        return [(stage.value, stage_label(stage.value)) for stage in Stage]
    return [(_plain(key), _tr(str(text))) for key, text in _TABLES[name].items()]


# -- one function per kind, for readable call sites ----------------------------


def nature_label(value: Value | None) -> str:
    return label("nature", value)


def scale_label(value: Value | None) -> str:
    return label("scale", value)


def sales_channel_label(value: Value | None) -> str:
    return label("sales_channel", value)


def partner_kind_label(value: Value | None) -> str:
    return label("partner_kind", value)


def team_role_label(value: Value | None) -> str:
    return label("team_role", value)


def role_label(value: Value | None) -> str:
    """The decision-chain role in words, with its code: "Key decision maker (KDM)"."""
    return label("role", value)


def role_short(value: Value | None) -> str:
    """The role's code for badges and narrow columns: "KDM"."""
    return label("role_short", value)


def support_label(value: int | None) -> str:
    return label("support", value)


def support_sign(value: int | None) -> str:
    """A compact sign for support toward us: "−−", "−", "0", "+", "++"."""
    if value is None:
        return ""
    clamped = max(SUPPORT_MIN, min(SUPPORT_MAX, int(value)))
    return _SUPPORT_SIGN[clamped]


def seniority_label(value: Value | None) -> str:
    return label("seniority", value)


def visit_level_label(value: Value | None) -> str:
    return label("visit_level", value)


def deal_status_label(value: Value | None) -> str:
    return label("deal_status", value)


def lead_kind_label(value: Value | None) -> str:
    return label("lead_kind", value)


def lead_status_label(value: Value | None) -> str:
    return label("lead_status", value)


def activity_kind_label(value: Value | None) -> str:
    return label("activity_kind", value)


def element_status_label(value: Value | None) -> str:
    return label("element_status", value)


def verify_method_label(value: Value | None) -> str:
    return label("verify_method", value)


def department_kind_label(value: Value | None) -> str:
    return label("department_kind", value)


def close_reason_label(value: Value | None) -> str:
    """A close reason of the workspace's list: built-in keys translated, a team's own as typed."""
    return label("close_reason", value)


def price_position_label(value: Value | None) -> str:
    """Where a competitor's prices usually sit against ours; "" when unknown."""
    return label("price_position", value)


def stage_label(value: Value | None) -> str:
    """The stage's short name from the method, in the interface language ("Opportunity")."""
    from desktop.i18n import lang
    from model.methodology import load_methodology

    key = _key(value)
    if key is None or key == "":
        return ""
    try:
        return load_methodology().stage(str(key)).short(lang())
    except KeyError:
        return str(key)


def amount(value: float | None, currency: str = "", *, empty: str = "") -> str:
    """An amount as every view shows it, short and in the interface language.

    Chinese counts in 万 and 亿 ("350万", "1.2亿", "8,000"); English in K, M
    and B ("350K", "12M", "950"), as the board's cards and headers do. A
    known currency adds its sign ("¥350万"), another its code. Sorting never
    reads this text: views sort by the number itself. ``None`` shows ``empty``.
    """
    if value is None:
        return empty
    number = float(value)
    text = compact_amount(number, currency, i18n.lang())
    plain = f"{abs(number):.0f}"
    if plain in text and abs(number) >= 1000:  # below the first unit: group the digits
        text = text.replace(plain, f"{abs(number):,.0f}", 1)
    return text


def join_list(items: Iterable[object], *, complete: bool = True) -> str:
    """Words joined as the interface language writes a list.

    A complete list ends with the language's "and" ("A, B, and C"; "A、B和C");
    ``complete=False`` is for a list that goes on (a "+2" or "…" follows) or names
    parts of one thing, and only separates ("A, B, C"; "A、B、C"). Empty items are
    dropped. Codes for logs are not lists of words: join those with ", ".
    The language is the default QLocale's, which ``install_language`` sets.
    """
    words = [str(item) for item in items if str(item)]
    locale = QLocale()
    if complete:
        return locale.createSeparatedList(words)
    chinese = locale.language() == QLocale.Language.Chinese
    return ("、" if chinese else ", ").join(words)


def join_sentences(sentences: Iterable[object]) -> str:
    """Whole sentences one after another: a space in English, none after "。" in Chinese."""
    parts = [str(s).strip() for s in sentences if str(s).strip()]
    chinese = QLocale().language() == QLocale.Language.Chinese
    return ("" if chinese else " ").join(parts)


__all__ = [
    "ENUM_KINDS",
    "KINDS",
    "activity_kind_label",
    "amount",
    "close_reason_label",
    "deal_status_label",
    "department_kind_label",
    "element_status_label",
    "join_list",
    "join_sentences",
    "label",
    "lead_kind_label",
    "lead_status_label",
    "nature_label",
    "options",
    "partner_kind_label",
    "price_position_label",
    "role_label",
    "role_short",
    "sales_channel_label",
    "scale_label",
    "seniority_label",
    "stage_label",
    "support_label",
    "support_sign",
    "team_role_label",
    "verify_method_label",
    "visit_level_label",
]
