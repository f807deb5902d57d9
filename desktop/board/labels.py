"""Display labels for the board's stored values (statuses, support, methods…).

Stored values are short English keys; users see these translated labels.
Method texts (stages, criteria, elements, rules, risks) are not here: they
come from the method data in the current language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.i18n import lang
from model.methodology import load_methodology


def tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def column_title(key: str) -> str:
    """ "P4 · Approval", or the closed column's name."""
    if key == "won":
        return tr("Won")
    if key == "lost":
        return tr("Lost")
    if key == "shelved":
        return tr("Shelved")
    return f"{key} · {load_methodology().stage(key).short(lang())}"


def stage_name(key: str) -> str:
    """The stage's long name from the method ("Turn the lead into a valid opportunity")."""
    return load_methodology().text(key, lang())


def status_label(status: str) -> str:
    return {
        "open": tr("Open"),
        "won": tr("Won"),
        "lost": tr("Lost"),
        "shelved": tr("Shelved"),
    }.get(status, status)


def support_label(support: int | None) -> str:
    if support is None:
        return tr("No KDM named")
    return {
        -2: tr("Strong opponent"),
        -1: tr("Opponent"),
        0: tr("Neutral"),
        1: tr("Supporter"),
        2: tr("Strong supporter"),
    }.get(support, str(support))


def actor_label(actor: str) -> str:
    return {"rep": tr("Sales rep"), "presales": tr("Presales"), "manager": tr("Manager")}.get(
        actor, actor
    )


def verify_method_label(method: str | None) -> str:
    return {
        "visit": tr("Visit"),
        "phone": tr("Phone"),
        "mail": tr("Mail"),
        "wechat": tr("WeChat"),
    }.get(method or "", method or "")


def level_label(level: str | None) -> str:
    return {"rep": tr("Rep"), "manager": tr("Manager"), "executive": tr("Executive")}.get(
        level or "", level or ""
    )


def element_status_label(status: str) -> str:
    return {
        "unknown": tr("Not checked"),
        "claimed": tr("Claimed, not verified"),
        "verified": tr("Verified"),
    }.get(status, status)


def sort_label(key: str) -> str:
    return {
        "amount": tr("Largest amount"),
        "close": tr("Closing soonest"),
        "days": tr("Longest in stage"),
        "name": tr("Name"),
    }.get(key, key)


def lane_label(mode: str) -> str:
    return {
        "none": tr("No swimlanes"),
        "owner": tr("Lanes by owner"),
        "account": tr("Lanes by account"),
    }[mode]


def risk_reason(
    risk_id: str, *, senior_missing: tuple[str, ...] = (), first_payment_problem: str = ""
) -> str:
    """Why a warning shows, in terms of the data that raised it.

    ``senior_missing`` and ``first_payment_problem`` come from the deal's detail
    (:class:`model.board.DealDetail`) and make the P5.RULE.1 and first-payment
    reasons exact where they are known.
    """
    from desktop.labels import join_list, role_short

    if risk_id == "P5.RULE.1" and senior_missing:
        return tr("No senior visit for this deal yet to: {roles}.").format(
            roles=join_list(role_short(r) for r in senior_missing)
        )
    if risk_id == "RISK.NOT_YET.5" and first_payment_problem == "no_contract_value":
        return tr("No contract value is recorded to measure the first payment against.")
    return {
        "P5.RULE.1": tr(
            "Our managers have not yet met every KI, KU and KDM of this deal face to face."
        ),
        "RISK.NOT_YET.1": tr("The bid is won, but no provisional award has been announced."),
        "RISK.NOT_YET.2": tr("We are the provisional winner; the publicity period has not passed."),
        "RISK.NOT_YET.3": tr("The award notice is here, but no contract is signed yet."),
        "RISK.NOT_YET.4": tr("The contract is signed, but no payment has arrived yet."),
        "RISK.NOT_YET.5": tr(
            "The first payment is below {share:.0%} of the contract value."
        ).format(share=load_methodology().first_payment_min),
    }.get(risk_id, "")


# Notes the application itself once wrote into the stage history, in English.
_ENTERED_DIRECTLY = re.compile(r"Entered directly in (P[1-7])")


def history_note(note: str) -> str:
    """A stage change's note as the user reads it.

    Notes are what people typed and show as typed. Workspaces from before the
    gate applied to new deals hold notes the application wrote itself
    ("Entered directly in P3"); those are recognised and shown in the user's
    language.
    """
    entered = _ENTERED_DIRECTLY.fullmatch(note.strip())
    if entered:
        return tr("Entered directly in {stage}").format(stage=column_title(entered[1]))
    return note
