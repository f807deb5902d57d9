"""The map's words: risks, reasons to visit, route answers and changes, via ``tr``.

:mod:`graph` answers with codes and numbers (``"no_coach"``, ``support=-1``);
this module words them for people, in the interface language, so the side
panel, the tooltips and the exports say the same thing. Method texts (the rule
a risk comes from) come from the methodology data in the current language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from desktop import labels
from desktop.i18n import lang
from graph import OrgDiff, Risk, RouteAnswer, Suggestion

CONTEXT = "OrgMap"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_badge(role: str | None) -> str:
    """A role's badge on a card and in the legend: the decision-chain codes KDM, KI
    and KU stay codes (docs/glossary.md); the purchase lead and the evaluator read as
    words in the interface language ("牵头", "评委")."""
    if role == "LEAD":
        return tr("LEAD")
    if role == "EVAL":
        return tr("EVAL")
    return labels.role_short(role)


def percent(value: float) -> str:
    return f"{round(value * 100):d}%"


def severity_label(severity: int) -> str:
    return {1: tr("Note"), 2: tr("Warning"), 3: tr("Serious")}.get(severity, tr("Warning"))


def rule_text(rule_id: str) -> str:
    """The method's wording of a rule or exit criterion, or "" if it is unknown."""
    from model.methodology import load_methodology

    try:
        return load_methodology().text(rule_id, lang())
    except KeyError:
        return ""


def support_words(value: int) -> str:
    return f"{labels.support_sign(value)} {labels.support_label(value)}"


def risk_text(risk: Risk, name: Callable[[str], str]) -> str:
    """One sentence for a risk; ``name`` turns a node key into a person's name."""
    d: Mapping[str, object] = risk.detail
    who = name(risk.people[0]) if risk.people else ""
    code = risk.code
    if code == "no_coach":
        return tr("Nobody is our coach yet: find a KI or KU manager who shows us how to sell here.")
    if code == "single_threaded":
        if not risk.people:
            return tr("We have no contact at this customer yet.")
        return tr("Single-threaded: {name} is our only contact.").format(name=who)
    if code == "kdm_unknown":
        return tr("We do not know who makes the decision (KDM).")
    if code == "kdm_neutral":
        return tr("{name}, the key decision maker, is neutral toward us.").format(name=who)
    if code == "kdm_opposed":
        return tr("{name}, the key decision maker, opposes us ({support}).").format(
            name=who, support=support_words(int(str(d.get("support", -1))))
        )
    if code == "influential_backs_competitor":
        role = d.get("role")
        if role:
            return tr("{name} ({role}) backs {competitor}.").format(
                name=who, role=labels.role_short(str(role)), competitor=d.get("competitor", "")
            )
        return tr("{name} backs {competitor} and sways the decision maker ({reach}).").format(
            name=who,
            competitor=d.get("competitor", ""),
            reach=percent(float(str(d.get("reach", 0.0)))),
        )
    if code == "no_senior_visit":
        role = labels.role_short(str(d.get("role") or ""))
        if not risk.people:
            return tr(
                "Nobody on this deal is {role}, so no senior visit to one either; it is due by P5."
            ).format(role=role)
        return tr("No senior visit to {name} ({role}) for this deal yet; it is due by P5.").format(
            name=labels.join_list(name(k) for k in risk.people), role=role
        )
    if code == "insider_single_source":
        return tr(
            "What {name} tells us is confirmed by {n} channel(s) only: cross-check it."
        ).format(name=who, n=d.get("sources", 0))
    if code == "stale_relationship":
        member = name(str(d.get("member", "")))
        days = d.get("days")
        if days is None:
            return tr("{member} has no contact with {name} on record.").format(
                member=member, name=who
            )
        return tr("{member} last met {name} {days} days ago.").format(
            member=member, name=who, days=days
        )
    return code


def reason_text(s: Suggestion, name: Callable[[str], str]) -> str:
    """Why a person is worth a visit, and at which level."""
    d = s.detail
    influence = percent(s.influence)
    support = support_words(int(str(d.get("support", 0))))
    if s.reason == "kdm":
        text = tr("The key decision maker; support now {support}.").format(support=support)
    elif s.reason == "backs_competitor":
        text = tr("Backs {competitor}; sways the decision maker ({influence}).").format(
            competitor=d.get("competitor", ""), influence=influence
        )
    elif s.reason == "opponent":
        text = tr("Opposes us ({support}); sways the decision maker ({influence}).").format(
            support=support, influence=influence
        )
    elif s.reason == "not_contacted":
        text = tr("Nobody on our side knows them; sways the decision maker ({influence}).").format(
            influence=influence
        )
    elif s.reason == "raise_support":
        text = tr(
            "Support could rise from {support}; sways the decision maker ({influence})."
        ).format(support=support, influence=influence)
    else:
        text = tr("Senior enough to tell us who decides.")
    level = labels.visit_level_label(str(d.get("visit_level") or "rep"))
    via = d.get("via")
    if via:
        return (
            text
            + " "
            + tr("Visit at {level}, through {member}.").format(
                level=level.lower(), member=name(str(via))
            )
        )
    return text + " " + tr("Visit at {level}.").format(level=level.lower())


def route_problem(answer: RouteAnswer, name: Callable[[str], str]) -> str:
    if answer.reason == "no_kdm":
        return tr("Nobody has the KDM role yet: mark the key decision maker to see routes to them.")
    if answer.reason == "no_source":
        return tr("We have no member, insider or coach here yet: link one of our team to a person.")
    if answer.reason == "no_route":
        target = name(answer.target) if answer.target else ""
        return tr(
            "No route reaches {name} yet: record who influences whom, or build a relationship."
        ).format(name=target)
    return ""


def hop_word(kind: str) -> str:
    return {
        "influence": tr("influences"),
        "relationship": tr("knows"),
        "reports_to": tr("reports to"),
        "manages": tr("manages"),
    }.get(kind, kind)


def _flag(value: bool, on: str, off: str) -> str:
    return on if value else off


def diff_lines(diff: OrgDiff, name: Callable[[int], str]) -> list[tuple[str, int, str]]:
    """(what, person id, sentence) for every change, joined and left first."""
    out: list[tuple[str, int, str]] = []
    for pid in diff.joined:
        out.append(("joined", pid, tr("{name} joined").format(name=name(pid))))
    for pid in diff.left:
        out.append(("left", pid, tr("{name} left").format(name=name(pid))))
    for pid, old, new in diff.role_changed:
        out.append(
            (
                "role",
                pid,
                tr("{name}: role {old} → {new}").format(
                    name=name(pid),
                    old=labels.role_short(old) or tr("none"),
                    new=labels.role_short(new) or tr("none"),
                ),
            )
        )
    for pid, old_s, new_s in diff.support_changed:
        out.append(
            (
                "support",
                pid,
                tr("{name}: support {old} → {new}").format(
                    name=name(pid), old=support_words(old_s), new=support_words(new_s)
                ),
            )
        )
    for pid, old_c, new_c in diff.competitor_changed:
        if new_c:
            text = tr("{name} now backs {competitor}").format(name=name(pid), competitor=new_c)
        else:
            text = tr("{name} no longer backs {competitor}").format(
                name=name(pid), competitor=old_c
            )
        out.append(("backing", pid, text))
    for pid, _was, now in diff.insider_changed:
        text = _flag(now, tr("{name} became our insider"), tr("{name} is no longer our insider"))
        out.append(("insider", pid, text.format(name=name(pid))))
    for pid, _was, now in diff.coach_changed:
        text = _flag(now, tr("{name} became our coach"), tr("{name} is no longer our coach"))
        out.append(("coach", pid, text.format(name=name(pid))))
    for pid, _old_m, new_m in diff.manager_changed:
        if new_m is None:
            text = tr("{name} now reports to nobody here").format(name=name(pid))
        else:
            text = tr("{name} now reports to {manager}").format(name=name(pid), manager=name(new_m))
        out.append(("manager", pid, text))
    return out
