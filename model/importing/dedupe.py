"""The rules by which an imported row is "the same" as another: normalised keys.

Two account names are the same company when they agree after
:func:`account_key`: full- and half-width alike (NFKC), case folded, a country
tag such as ``(中国)`` / ``(China)`` dropped, legal suffixes (有限公司,
股份有限公司, 有限责任公司, 集团, Co., Ltd., Ltd, Inc., LLC, GmbH, Corp. …)
dropped from the end, and spaces and punctuation ignored. So
``华为技术有限公司`` and ``华为技术（中国）有限公司`` match, and so do
``Acme Co., Ltd.`` and ``ACME``.

A person is the same as another when both work at the same account, their
names agree after :func:`name_key`, and their phones (digits only, a leading
``+86`` / ``0086`` dropped: :func:`phone_key`) or e-mail addresses (case
folded: :func:`email_key`) agree — or neither side has a phone or an e-mail
that could tell them apart (:func:`same_person`). A namesake with another phone
is somebody else.

Deals are the same when they belong to the same account and their names agree
after :func:`name_key`; activities when account, deal, day, kind and summary
all agree.

>>> account_key("华为技术（中国）有限公司") == account_key("华为技术有限公司")
True
>>> account_key("Acme Co., Ltd.") == account_key("ACME")
True
>>> phone_key("+86 138-0013-8000"), email_key(" Li.Lei@Example.COM ")
('13800138000', 'li.lei@example.com')
"""

from __future__ import annotations

import re
import unicodedata

# Suffixes of CJK company names, longest first (matched on the compact form).
_CJK_SUFFIXES: tuple[str, ...] = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "集团",
    "公司",
)
# What is left of a legal form when only its end is dropped ("有限" of 有限公司).
_FRAGMENTS = ("有限", "责任", "股份")
# Latin legal forms as whole words at the end ("co ltd", "inc", "gmbh" …).
_LATIN_SUFFIXES: frozenset[str] = frozenset(
    {
        "co",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "llc",
        "gmbh",
        "corp",
        "corporation",
        "company",
        "group",
        "plc",
        "ag",
        "sa",
    }
)
_COUNTRY_TAG = re.compile(r"\(\s*(中国|china|prc|中國)\s*\)")
_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    """Full- and half-width alike, case folded (NFKC turns （ into ( and Ａ into A)."""
    return unicodedata.normalize("NFKC", text).casefold()


def _compact(text: str) -> str:
    """Letters and digits only: spaces and punctuation ignored."""
    return "".join(_WORD.findall(text)).replace("_", "")


def account_key(name: str) -> str:
    """The account name as compared for duplicates (see the module docstring).

    A name that is nothing but a legal form keeps its compact form, so it still
    matches only itself.
    """
    folded = _COUNTRY_TAG.sub(" ", _fold(name))
    words = _WORD.findall(folded)
    while len(words) > 1 and words[-1] in _LATIN_SUFFIXES:
        words.pop()
    compact = "".join(words).replace("_", "")
    changed = True
    while changed:
        changed = False
        for suffix in _CJK_SUFFIXES:
            rest = compact[: -len(suffix)]
            # "有限公司" alone is no "有限" company: a suffix is dropped only from a name.
            if compact.endswith(suffix) and rest and not rest.endswith(_FRAGMENTS):
                compact = rest
                changed = True
                break
    return compact or _compact(_fold(name))


def name_key(name: str) -> str:
    """A person's or deal's name as compared: width, case, spaces and punctuation ignored."""
    return _compact(_fold(name))


def phone_key(phone: str) -> str:
    """Digits only; a leading +86 / 0086 (China's country code) dropped.

    >>> phone_key("0086 (10) 8888-6666"), phone_key("8613800138000"), phone_key("")
    ('1088886666', '13800138000', '')
    """
    text = unicodedata.normalize("NFKC", phone).strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith("+86") or digits.startswith("0086"):
        digits = digits[2:] if text.startswith("+86") else digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]  # 86 before an 11-digit mobile number
    return digits


def email_key(email: str) -> str:
    return unicodedata.normalize("NFKC", email).strip().casefold()


def same_person(a_phone: str, a_email: str, b_phone: str, b_email: str) -> bool:
    """Whether two people of one account with the same name are one person.

    The same phone or the same e-mail says yes. Otherwise a phone or an
    e-mail held by both and different says no (a namesake); with nothing on
    both sides to tell them apart, yes: the same name at the same account.

    >>> same_person("13800138000", "", "+86 138 0013 8000", "x@y.cn")
    True
    >>> same_person("13800138000", "", "13900000000", "")
    False
    >>> same_person("", "", "13900000000", "")
    True
    """
    pa, pb = phone_key(a_phone), phone_key(b_phone)
    ea, eb = email_key(a_email), email_key(b_email)
    if (pa and pa == pb) or (ea and ea == eb):
        return True
    return not ((pa and pb) or (ea and eb))
