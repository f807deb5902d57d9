"""The seven-step method as checked, immutable data.

The application's rules (stage gates, five elements, protection period, first
payment) refer to the method by ID instead of hard-coding its wording, so that
the method can be read, reviewed and translated in ``resources/methodology.json``
without touching code.  The file is checked once, when it is first loaded: a
missing, duplicated or untranslated ID then stops the application at start-up
with a message naming the file and the ID, instead of surfacing later as a
blank label or a rule that silently never fires.

Two numbers of the method are parameters rather than prose, and the file carries
them so that code never repeats them:

* ``P7.RULE.FIRST_PAYMENT_MIN`` has ``value`` 0.30 (share of the contract value).
* ``P3.PROTECT.2`` has ``default_months`` 6, ``min_months`` 3, ``max_months`` 6.
  The course suggests a protection period of three to six months.  We default to
  the upper end because enterprise deals run for months and P3's exit criteria
  (org structure, decision chain, a plan for it) rarely fit in less; a team may
  shorten it, down to three months, to push idle opportunities into 公田 sooner.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

__all__ = [
    "ACTORS",
    "FIRST_PAYMENT_MIN",
    "LANGS",
    "REQUIRED_IDS",
    "STAGE_IDS",
    "Item",
    "Methodology",
    "MethodologyError",
    "Option",
    "Stage",
    "Text",
    "load_methodology",
]

LANGS: Final = ("zh", "en")
STAGE_IDS: Final = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")
ACTORS: Final = ("rep", "presales", "manager")


def _numbered(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}.{n}" for n in range(1, count + 1))


# Every ID named in ../shared/METHODOLOGY.md, in its order.  Written out here
# (not parsed from the Markdown at run time) because the spec is not shipped
# with the application; a test keeps the two in step.
REQUIRED_IDS: Final[tuple[str, ...]] = (
    *_numbered("ACC.TRAIT", 10),
    "ACC.NATURE",
    "ACC.INDUSTRY",
    "ACC.REGION",
    "ACC.SCALE",
    "ACC.CHANNEL",
    "PARTNER.SERVICE",
    "PARTNER.OEM",
    "PARTNER.RELATION",
    "ACC.PROFILE",
    *_numbered("ACC.VALUE", 5),
    "TEAM.INTERNAL",
    "ROLE.KDM",
    "ROLE.KI",
    "ROLE.KU",
    "ROLE.LEAD",
    "ROLE.EVAL",
    "REL.INSIDER",
    "REL.COACH",
    "REL.SUPPORT",
    "REL.BACKS_COMPETITOR",
    "PERSON.JOB",
    "PERSON.PRIVATE",
    *STAGE_IDS,
    "LEAD.KIND.EXISTING",
    "LEAD.KIND.NEW",
    "LEAD.KIND.DORMANT",
    *_numbered("LEAD.DEF", 5),
    "LEAD.RULE.NO_QUOTA",
    "LEAD.RULE.NO_PROTECTION",
    *_numbered("CHANNEL", 10),
    *_numbered("P2.ACT.REP", 6),
    *_numbered("P2.ACT.PRE", 5),
    *_numbered("P2.EXIT", 5),
    *_numbered("P3.FIVE", 5),
    *_numbered("P3.CONFIRM", 3),
    *_numbered("P3.PROTECT", 4),
    *_numbered("P3.EXIT", 5),
    *_numbered("P3.SELFCHECK", 2),
    *_numbered("P4.ACT.REP", 5),
    *_numbered("P4.ACT.PRE", 5),
    *_numbered("P4.ACT.MGR", 4),
    *_numbered("P4.EXIT", 4),
    *_numbered("P4.RULE", 2),
    *_numbered("P5.EXIT", 9),
    *_numbered("P5.RULE", 2),
    *_numbered("P6.ACT.REP", 4),
    *_numbered("P6.ACT.PRE", 4),
    *_numbered("P6.ACT.MGR", 4),
    *_numbered("P6.EXIT", 6),
    *_numbered("P6.RULE", 2),
    *_numbered("P7.EXIT", 2),
    "P7.RULE.FIRST_PAYMENT_MIN",
    *_numbered("RISK.NOT_YET", 5),
    *_numbered("GOAL", 10),
)

# Groups the file keeps outside the stages but which belong to one stage's work.
# Kept here rather than in the file so that a translator cannot move a rule to
# another stage by accident.
GROUP_STAGE: Final[Mapping[str, str]] = MappingProxyType(
    {
        "lead_kinds": "P2",
        "lead_definitions": "P2",
        "lead_rules": "P2",
        "channels": "P2",
        "five_elements": "P3",
        "confirm_steps": "P3",
        "protection_rules": "P3",
        "self_check": "P3",
        "risks": "P7",
    }
)
# Rule groups that are folded into their stage's ``rules``.
_RULE_GROUPS: Final = ("lead_rules", "protection_rules")

_EMPTY_PARAMS: Final[Mapping[str, float]] = MappingProxyType({})


class MethodologyError(ValueError):
    """The methodology file cannot be trusted; the message names file and ID."""


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


@dataclass(frozen=True, slots=True)
class Text:
    """A bilingual text that has no ID of its own (titles, summaries, notes)."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.zh if _check_lang(lang) == "zh" else self.en


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of an attribute (e.g. a company size).

    Options have a ``key`` instead of an ID because they are stored in user data
    and must stay stable even if the method's IDs are renumbered.
    """

    key: str
    zh: str
    en: str
    value: float | None = None

    def text(self, lang: str) -> str:
        return self.zh if _check_lang(lang) == "zh" else self.en


@dataclass(frozen=True, kw_only=True)
class Item:
    """Anything of the method that has an ID.

    ``group`` and ``stage_id`` record where the item sits, so that a view can
    show an ID in context without searching the whole method.  ``params`` holds
    the numbers of a rule (e.g. ``value``); ``flags`` the true booleans of the
    file (``effective``, ``sensitive``, ``editable``, ``hierarchical``).
    """

    id: str
    zh: str
    en: str
    group: str
    stage_id: str | None = None
    params: Mapping[str, float] = field(default_factory=lambda: _EMPTY_PARAMS, hash=False)
    flags: frozenset[str] = frozenset()
    options: tuple[Option, ...] = ()
    actor: str | None = None

    def text(self, lang: str) -> str:
        return self.zh if _check_lang(lang) == "zh" else self.en

    def param(self, name: str) -> float:
        try:
            return self.params[name]
        except KeyError:
            raise KeyError(f"{self.id} has no parameter {name!r}") from None

    @property
    def value(self) -> float | None:
        return self.params.get("value")

    @property
    def effective(self) -> bool:
        return "effective" in self.flags

    @property
    def sensitive(self) -> bool:
        return "sensitive" in self.flags


@dataclass(frozen=True, kw_only=True)
class Stage(Item):
    """One funnel stage with everything a rep needs to work it.

    ``rules`` also holds the rule groups the file keeps at top level for this
    stage (lead rules in P2, protection rules in P3), so that a stage view or a
    stage gate finds every rule that applies in one place.
    """

    short_zh: str
    short_en: str
    summary: Text
    default_probability: float
    usual_days: int
    exit_criteria: tuple[Item, ...]
    actions: Mapping[str, tuple[Item, ...]] = field(hash=False)
    rules: tuple[Item, ...]

    def short(self, lang: str) -> str:
        return self.short_zh if _check_lang(lang) == "zh" else self.short_en


@dataclass(frozen=True, eq=False)
class Methodology:
    """The whole method, indexed by ID.

    Built only by :func:`load_methodology`, which guarantees that every
    :data:`REQUIRED_IDS` entry is present, unique and has both texts, so the
    look-ups below can treat a missing ID as a programming error.
    """

    source: str
    title: Text
    account: Text
    stages: tuple[Stage, ...]
    groups: Mapping[str, tuple[Item, ...]]
    protection_purpose: Text
    risk_note: Text
    _items: Mapping[str, Item] = field(repr=False)
    _raw_json: str = field(repr=False)

    # -- look-ups ---------------------------------------------------------
    def stage(self, stage_id: str) -> Stage:
        item = self._items.get(stage_id)
        if not isinstance(item, Stage):
            raise KeyError(f"unknown stage {stage_id!r}; stages are {', '.join(STAGE_IDS)}")
        return item

    def item(self, item_id: str) -> Item:
        try:
            return self._items[item_id]
        except KeyError:
            raise KeyError(f"unknown methodology ID {item_id!r}") from None

    def text(self, item_id: str, lang: str) -> str:
        return self.item(item_id).text(lang)

    def all_ids(self) -> tuple[str, ...]:
        return tuple(self._items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    def __iter__(self) -> Iterator[Item]:
        return iter(self._items.values())

    def exit_criteria(self, stage_id: str) -> tuple[Item, ...]:
        return self.stage(stage_id).exit_criteria

    def actions(self, stage_id: str, role: str) -> tuple[Item, ...]:
        if role not in ACTORS:
            raise ValueError(f"role must be one of {', '.join(ACTORS)}, not {role!r}")
        return self.stage(stage_id).actions[role]

    def group(self, name: str) -> tuple[Item, ...]:
        try:
            return self.groups[name]
        except KeyError:
            raise KeyError(f"unknown methodology group {name!r}") from None

    # -- named groups -----------------------------------------------------
    @property
    def rules(self) -> tuple[Item, ...]:
        """Every rule of the method, in stage order."""
        return tuple(rule for stage in self.stages for rule in stage.rules)

    @property
    def five_elements(self) -> tuple[Item, ...]:
        return self.groups["five_elements"]

    @property
    def confirm_steps(self) -> tuple[Item, ...]:
        return self.groups["confirm_steps"]

    @property
    def protection_rules(self) -> tuple[Item, ...]:
        return self.groups["protection_rules"]

    @property
    def self_check(self) -> tuple[Item, ...]:
        return self.groups["self_check"]

    @property
    def channels(self) -> tuple[Item, ...]:
        return self.groups["channels"]

    @property
    def lead_kinds(self) -> tuple[Item, ...]:
        return self.groups["lead_kinds"]

    @property
    def lead_definitions(self) -> tuple[Item, ...]:
        return self.groups["lead_definitions"]

    @property
    def lead_rules(self) -> tuple[Item, ...]:
        return self.groups["lead_rules"]

    @property
    def roles(self) -> tuple[Item, ...]:
        return self.groups["roles"]

    @property
    def relations(self) -> tuple[Item, ...]:
        return self.groups["relations"]

    @property
    def person_attributes(self) -> tuple[Item, ...]:
        return self.groups["person_attributes"]

    @property
    def risks(self) -> tuple[Item, ...]:
        return self.groups["risks"]

    @property
    def goals(self) -> tuple[Item, ...]:
        return self.groups["goals"]

    # -- parameters -------------------------------------------------------
    @property
    def first_payment_min(self) -> float:
        return self.item("P7.RULE.FIRST_PAYMENT_MIN").param("value")

    @property
    def FIRST_PAYMENT_MIN(self) -> float:
        """Same as the module constant, for code that holds a (possibly custom) method."""
        return self.first_payment_min

    @property
    def protection_months(self) -> tuple[int, int, int]:
        """(default, min, max) months of an opportunity's protection period."""
        rule = self.item("P3.PROTECT.2")
        return (
            int(rule.param("default_months")),
            int(rule.param("min_months")),
            int(rule.param("max_months")),
        )

    # -- export -----------------------------------------------------------
    def to_json_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The file's own structure, optionally reduced to one language.

        The file's layout (not the indexed model) is returned because it is what
        a translator or reviewer edits, so printing it shows them their file.
        """
        data: dict[str, Any] = json.loads(self._raw_json)
        if lang is None:
            return data
        drop = "en" if _check_lang(lang) == "zh" else "zh"
        reduced = _drop_lang(data, drop)
        assert isinstance(reduced, dict)
        return reduced


def _drop_lang(node: Any, drop: str) -> Any:
    if isinstance(node, dict):
        return {
            key: _drop_lang(value, drop)
            for key, value in node.items()
            if key != drop and not key.endswith("_" + drop)
        }
    if isinstance(node, list):
        return [_drop_lang(value, drop) for value in node]
    return node


# -- loading --------------------------------------------------------------


class _Reader:
    """Turns the parsed JSON into dataclasses, failing with file and place."""

    def __init__(self, source: str) -> None:
        self.source = source

    def error(self, where: str, message: str) -> MethodologyError:
        return MethodologyError(f"{self.source}: {where}: {message}")

    def obj(self, value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.error(where, "expected a JSON object")
        return value

    def seq(self, parent: Mapping[str, Any], key: str, where: str) -> Sequence[Any]:
        value = parent.get(key)
        if not isinstance(value, list):
            raise self.error(where, f"{key!r} must be a list")
        return value

    def string(self, parent: Mapping[str, Any], key: str, where: str) -> str:
        value = parent.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(where, f"{key!r} text is missing or empty")
        return value

    def number(self, parent: Mapping[str, Any], key: str, where: str) -> float:
        value = parent.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(where, f"{key!r} must be a number")
        return float(value)

    def text(self, parent: Mapping[str, Any], key: str, where: str) -> Text:
        node = self.obj(parent.get(key), f"{where}.{key}")
        return Text(
            zh=self.string(node, "zh", f"{where}.{key}"),
            en=self.string(node, "en", f"{where}.{key}"),
        )

    # -- checks over the whole tree ----------------------------------------
    def check_ids(self, data: Any) -> None:
        seen: dict[str, str] = {}
        for path, node in _walk(data, "$"):
            if "id" not in node:
                continue
            item_id = node["id"]
            if not isinstance(item_id, str) or not item_id.strip():
                raise self.error(path, "'id' must be a non-empty string")
            for lang in LANGS:
                value = node.get(lang)
                if not isinstance(value, str) or not value.strip():
                    raise self.error(item_id, f"{lang!r} text is missing or empty")
            if item_id in seen:
                raise self.error(item_id, f"duplicate ID (at {seen[item_id]} and {path})")
            seen[item_id] = path
        missing = [item_id for item_id in REQUIRED_IDS if item_id not in seen]
        if missing:
            raise self.error(", ".join(missing), "required ID missing")

    # -- builders ----------------------------------------------------------
    def item(
        self,
        raw: Any,
        where: str,
        *,
        group: str,
        stage_id: str | None = None,
        actor: str | None = None,
    ) -> Item:
        node = self.obj(raw, where)
        item_id = self.string(node, "id", where)
        return Item(
            id=item_id,
            zh=node["zh"],
            en=node["en"],
            group=group,
            stage_id=stage_id,
            params=self.params(node),
            flags=frozenset(key for key, value in node.items() if value is True),
            options=self.options(node, item_id),
            actor=actor or self.actor(node, item_id),
        )

    def items(
        self,
        parent: Mapping[str, Any],
        key: str,
        where: str,
        stage_id: str | None = None,
        group: str | None = None,
        actor: str | None = None,
    ) -> tuple[Item, ...]:
        return tuple(
            self.item(
                raw,
                f"{where}.{key}[{n}]",
                group=group or key,
                stage_id=stage_id,
                actor=actor,
            )
            for n, raw in enumerate(self.seq(parent, key, where))
        )

    @staticmethod
    def params(node: Mapping[str, Any]) -> Mapping[str, float]:
        numbers = {
            key: float(value)
            for key, value in node.items()
            if isinstance(value, int | float) and not isinstance(value, bool)
        }
        return MappingProxyType(numbers) if numbers else _EMPTY_PARAMS

    def options(self, node: Mapping[str, Any], item_id: str) -> tuple[Option, ...]:
        if "options" not in node:
            return ()
        result: list[Option] = []
        for n, raw in enumerate(self.seq(node, "options", item_id)):
            where = f"{item_id}.options[{n}]"
            option = self.obj(raw, where)
            value = option.get("value")
            result.append(
                Option(
                    key=self.string(option, "key", where),
                    zh=self.string(option, "zh", where),
                    en=self.string(option, "en", where),
                    value=None if value is None else self.number(option, "value", where),
                )
            )
        keys = [option.key for option in result]
        if len(set(keys)) != len(keys):
            raise self.error(item_id, "option keys must be unique")
        return tuple(result)

    def actor(self, node: Mapping[str, Any], item_id: str) -> str | None:
        actor = node.get("actor")
        if actor is not None and actor not in ACTORS:
            raise self.error(item_id, f"'actor' must be one of {', '.join(ACTORS)}")
        return actor

    def stage(self, raw: Any, where: str, extra_rules: Sequence[Item]) -> Stage:
        node = self.obj(raw, where)
        stage_id = self.string(node, "id", where)
        probability = self.number(node, "default_probability", stage_id)
        if not 0.0 <= probability <= 1.0:
            raise self.error(stage_id, "'default_probability' must be between 0 and 1")
        days = node.get("usual_days")
        if isinstance(days, bool) or not isinstance(days, int) or days <= 0:
            raise self.error(stage_id, "'usual_days' must be a positive whole number")
        actions_node = self.obj(node.get("actions"), f"{stage_id}.actions")
        unknown = sorted(set(actions_node) - set(ACTORS))
        if unknown:
            raise self.error(stage_id, f"unknown actor(s) in 'actions': {', '.join(unknown)}")
        actions = {
            actor: self.items(
                actions_node, actor, f"{stage_id}.actions", stage_id, f"actions.{actor}", actor
            )
            if actor in actions_node
            else ()
            for actor in ACTORS
        }
        return Stage(
            id=stage_id,
            zh=node["zh"],
            en=node["en"],
            group="stages",
            stage_id=stage_id,
            short_zh=self.string(node, "short_zh", stage_id),
            short_en=self.string(node, "short_en", stage_id),
            summary=self.text(node, "summary", stage_id),
            default_probability=probability,
            usual_days=days,
            exit_criteria=self.items(node, "exit_criteria", stage_id, stage_id),
            actions=MappingProxyType(actions),
            rules=(*extra_rules, *self.items(node, "rules", stage_id, stage_id)),
        )


def _walk(node: Any, path: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _walk(value, f"{path}[{n}]")


def _build(raw_json: str, source: str) -> Methodology:
    reader = _Reader(source)
    try:
        data = json.loads(raw_json)
    except json.JSONDecodeError as exc:
        raise reader.error(f"line {exc.lineno} column {exc.colno}", exc.msg) from None
    root = reader.obj(data, "$")
    reader.check_ids(root)

    groups: dict[str, tuple[Item, ...]] = {}
    account = reader.obj(root.get("account"), "account")
    for key in ("traits", "attributes", "partner_kinds", "values"):
        groups[f"account.{key}"] = tuple(
            reader.item(raw, f"account.{key}[{n}]", group=f"account.{key}")
            for n, raw in enumerate(reader.seq(account, key, "account"))
        )
    groups["account.team_internal"] = (
        reader.item(
            account.get("team_internal"), "account.team_internal", group="account.team_internal"
        ),
    )
    for key in ("roles", "relations", "person_attributes", "goals", *GROUP_STAGE):
        groups[key] = reader.items(root, key, "$", GROUP_STAGE.get(key))
    for step in groups["confirm_steps"]:
        if step.actor is None:
            raise reader.error(step.id, "'actor' is required for a confirmation step")

    raw_stages = reader.seq(root, "stages", "$")
    stages = tuple(
        reader.stage(
            raw,
            f"stages[{n}]",
            [rule for key in _RULE_GROUPS if GROUP_STAGE[key] == stage_id for rule in groups[key]],
        )
        for n, (raw, stage_id) in enumerate(zip(raw_stages, STAGE_IDS, strict=False))
    )
    found = tuple(stage.id for stage in stages)
    if found != STAGE_IDS or len(raw_stages) != len(STAGE_IDS):
        listed = ", ".join(str(reader.obj(raw, "stages").get("id")) for raw in raw_stages)
        raise reader.error("stages", f"must be {', '.join(STAGE_IDS)} in order, not {listed}")
    for earlier, later in itertools.pairwise(stages):
        if later.default_probability < earlier.default_probability:
            raise reader.error(later.id, "'default_probability' is lower than the previous stage's")

    items: dict[str, Item] = {}
    for stage in stages:
        items[stage.id] = stage
        for actor_items in stage.actions.values():
            items.update((i.id, i) for i in actor_items)
        items.update((i.id, i) for i in stage.exit_criteria)
        items.update((i.id, i) for i in stage.rules)
    for group_items in groups.values():
        items.update((i.id, i) for i in group_items)

    methodology = Methodology(
        source=source,
        title=reader.text(root, "title", "$"),
        account=Text(
            zh=reader.string(account, "zh", "account"),
            en=reader.string(account, "en", "account"),
        ),
        stages=stages,
        groups=MappingProxyType(groups),
        protection_purpose=reader.text(root, "protection_purpose", "$"),
        risk_note=reader.text(root, "risk_note", "$"),
        _items=MappingProxyType(items),
        _raw_json=raw_json,
    )
    _check_parameters(methodology, reader)
    return methodology


def _check_parameters(methodology: Methodology, reader: _Reader) -> None:
    """Refuse numbers the rules could not work with, before any rule uses them."""
    if not any(channel.effective for channel in methodology.channels):
        raise reader.error("channels", "no channel is marked 'effective'")
    needed = {
        "P7.RULE.FIRST_PAYMENT_MIN": ("value",),
        "P3.PROTECT.2": ("default_months", "min_months", "max_months"),
    }
    for item_id, names in needed.items():
        for name in names:
            params = methodology.item(item_id).params
            if name not in params:
                raise reader.error(item_id, f"{name!r} must be a number")
            if name.endswith("_months") and not params[name].is_integer():
                raise reader.error(item_id, f"{name!r} must be a whole number of months")
    share = methodology.first_payment_min
    default, low, high = methodology.protection_months
    if not 0.0 < share <= 1.0:
        raise reader.error("P7.RULE.FIRST_PAYMENT_MIN", "'value' must be in (0, 1]")
    if not 0 < low <= default <= high:
        raise reader.error("P3.PROTECT.2", "need 0 < min_months <= default_months <= max_months")


def _default_resource() -> Traversable:
    return files("resources") / "methodology.json"


@functools.cache
def _load_default() -> Methodology:
    resource = _default_resource()
    return _build(resource.read_text(encoding="utf-8"), str(resource))


def load_methodology(path: Path | None = None) -> Methodology:
    """Load and check the method.

    The shipped file is read and checked once per process and shared, because
    every view and rule consults it.  An explicit ``path`` (a team's own copy,
    or a test's broken file) is read afresh each time, so that an edited file is
    seen on the next call instead of a stale cached copy.
    """
    if path is None:
        return _load_default()
    try:
        raw_json = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MethodologyError(f"{path}: cannot read the file: {exc.strerror}") from None
    return _build(raw_json, str(path))


FIRST_PAYMENT_MIN: Final[float] = load_methodology().first_payment_min
