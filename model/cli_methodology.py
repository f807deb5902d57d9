"""``keyaccount methodology``: print the method the application enforces.

Reviewers and translators need to see the method exactly as the application
loaded it (after validation), not as they remember the course, so this prints
from :func:`model.methodology.load_methodology` rather than from the raw file.
It lives in ``model`` so that it runs without Qt, e.g. on a build server.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final, TextIO

from model.methodology import (
    ACTORS,
    GROUP_STAGE,
    LANGS,
    Item,
    Methodology,
    Stage,
    Text,
    load_methodology,
)

__all__ = ["print_methodology"]

# (zh, en) for every heading the listing prints.
_LABELS: Final[Mapping[str, tuple[str, str]]] = {
    "exit_criteria": ("出口标准", "Exit criteria"),
    "actions.rep": ("关键动作：销售代表", "Key actions: rep"),
    "actions.presales": ("关键动作：售前", "Key actions: presales"),
    "actions.manager": ("关键动作：经理", "Key actions: managers"),
    "rules": ("规则", "Rules"),
    "lead_kinds": ("线索类型", "Lead kinds"),
    "lead_definitions": ("哪些算线索", "What counts as a lead"),
    "lead_rules": ("线索规则", "Lead rules"),
    "channels": ("线索渠道", "Lead channels"),
    "five_elements": ("有效商机五要素", "Five elements of a valid opportunity"),
    "confirm_steps": ("商机确认步骤", "Confirmation steps"),
    "protection_rules": ("商机保护规则", "Protection rules"),
    "self_check": ("商机不足时的自我检核", "Self-check when opportunities are few"),
    "risks": ("还不算到手的五种情形", "Five 'not yours yet' warnings"),
    "account.traits": ("大客户特征", "Key-account traits"),
    "account.attributes": ("客户属性", "Account attributes"),
    "account.partner_kinds": ("渠道伙伴类型", "Partner kinds"),
    "account.values": ("大客户对公司的价值", "Value of a key account to the company"),
    "account.team_internal": ("内部大客户", "Internal key customers"),
    "roles": ("客户角色", "Customer roles"),
    "relations": ("关系", "Relations"),
    "person_attributes": ("人员属性", "Person attributes"),
    "goals": ("方法的目标", "Goals of the method"),
    "rest": ("方法的其他部分", "The rest of the method"),
    "account": ("大客户", "Key accounts"),
    "purpose": ("目的", "Purpose"),
    "note": ("提醒", "Note"),
    "none": ("（无）", "(none)"),
    "effective": ("最有效", "most effective"),
    "sensitive": ("敏感", "sensitive"),
    "rep": ("销售代表", "rep"),
    "presales": ("售前", "presales"),
    "manager": ("经理", "manager"),
}

_STAGE_FACTS: Final = (
    "默认赢率 {p:.0%}，通常 {d} 天",
    "default probability {p:.0%}, usually {d} days",
)

_INDENT: Final = "    "


def _colon(lang: str | None) -> str:
    return "：" if lang == "zh" else ": "


def _langs(lang: str | None) -> tuple[str, ...]:
    return LANGS if lang is None else (lang,)


def _label(key: str, lang: str | None) -> str:
    zh, en = _LABELS[key]
    return {"zh": zh, "en": en, None: f"{en} / {zh}"}[lang]


def _texts(zh: str, en: str, lang: str | None) -> list[str]:
    return [zh if code == "zh" else en for code in _langs(lang)]


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two, which ``len`` ignores."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _block(head: str, texts: list[str], indent: str) -> list[str]:
    """First text after ``head``, any further language aligned under it."""
    pad = " " * _width(head)
    return [f"{indent}{head}{texts[0]}", *(f"{indent}{pad}{text}" for text in texts[1:])]


def _notes(item: Item, lang: str | None) -> str:
    notes: list[str] = []
    if item.actor is not None and not item.group.startswith("actions."):
        notes.append(_label(item.actor, lang))
    if item.effective:
        notes.append(_label("effective", lang))
    if item.sensitive:
        notes.append(_label("sensitive", lang))
    notes.extend(f"{name}={value:g}" for name, value in item.params.items())
    return f"  [{'; '.join(notes)}]" if notes else ""


def _item_lines(item: Item, lang: str | None, indent: str) -> list[str]:
    lines = _block(f"{item.id}  ", _texts(item.zh, item.en, lang), indent)
    lines[0] += _notes(item, lang)
    for option in item.options:
        value = "" if option.value is None else f" ({option.value:g})"
        lines.extend(
            _block(
                f"- {option.key}{value}: ",
                _texts(option.zh, option.en, lang),
                indent + _INDENT,
            )
        )
    return lines


def _section(key: str, items: Iterable[Item], lang: str | None, indent: str) -> list[str]:
    listed = list(items)
    lines = [f"{indent}{_label(key, lang)}{_colon(lang).rstrip()}"]
    if not listed:
        return [*lines, f"{indent}{_INDENT}{_label('none', lang)}"]
    for item in listed:
        lines.extend(_item_lines(item, lang, indent + _INDENT))
    return lines


def _note(key: str, text: Text, lang: str | None, indent: str) -> list[str]:
    return _block(f"{_label(key, lang)}{_colon(lang)}", _texts(text.zh, text.en, lang), indent)


def _stage_lines(method: Methodology, stage: Stage, lang: str | None) -> list[str]:
    lines = _block(f"{stage.id}  ", _texts(stage.zh, stage.en, lang), "")
    lines.extend(_texts(f"{_INDENT}{stage.summary.zh}", f"{_INDENT}{stage.summary.en}", lang))
    facts = [
        template.format(p=stage.default_probability, d=stage.usual_days)
        for template in _STAGE_FACTS
    ]
    lines.extend(f"{_INDENT}{text}" for text in _texts(facts[0], facts[1], lang))
    lines.extend(_section("exit_criteria", stage.exit_criteria, lang, _INDENT))
    for actor in ACTORS:
        if stage.actions[actor]:
            lines.extend(_section(f"actions.{actor}", stage.actions[actor], lang, _INDENT))
    if stage.rules:
        lines.extend(_section("rules", stage.rules, lang, _INDENT))
    if any(rule.group == "protection_rules" for rule in stage.rules):
        lines.extend(_note("purpose", method.protection_purpose, lang, _INDENT * 2))
    shown = {rule.id for rule in stage.rules}
    for group, stage_id in GROUP_STAGE.items():
        items = [item for item in method.group(group) if item.id not in shown]
        if stage_id == stage.id and items:
            lines.extend(_section(group, items, lang, _INDENT))
            if group == "risks":
                lines.extend(_note("note", method.risk_note, lang, _INDENT * 2))
    return lines


def _listing(method: Methodology, lang: str | None) -> list[str]:
    lines = _texts(method.title.zh, method.title.en, lang)
    for stage in method.stages:
        lines.extend(["", *_stage_lines(method, stage, lang)])
    lines.extend(["", _label("rest", lang)])
    lines.extend(_note("account", method.account, lang, _INDENT))
    for group in method.groups:
        if group not in GROUP_STAGE:
            lines.extend(_section(group, method.group(group), lang, _INDENT))
    return lines


def print_methodology(lang: str | None, as_json: bool, out: TextIO) -> None:
    """Write the method to ``out`` in one language (``"zh"``/``"en"``) or both (None).

    Raises ``ValueError`` for another language code, before writing anything, so
    the CLI never leaves half a listing behind.
    """
    if lang is not None and lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    method = load_methodology()
    if as_json:
        json.dump(method.to_json_dict(lang), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    out.write("\n".join(_listing(method, lang)) + "\n")
