"""The global search (Ctrl+K): accounts, people and deals by name, pinyin or phone.

A Chinese user looks 张三 up the way an input method spells him: ``zhangsan``,
``zhang`` or the initials ``zs``; 华为技术有限公司 is ``hwjs``. A phone number
is typed as digits, whatever dashes, spaces or ``+86`` the record holds.

:func:`build_index` reads three plain Core selects (no ORM objects) and turns
every name into its search keys once; :meth:`SearchIndex.search` ranks what
every word of a query matches: exact, then prefix, then initials, then
substring; on a tie accounts come before people, and people before deals.

Pinyin comes from ``pypinyin``, imported on first use and cached per name, so
a second index of the same workspace (after an edit) costs the reads alone,
and names without Chinese characters never reach it.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, func, literal_column, select
from sqlalchemy.orm import Session

from model.entities import Account, Deal, Department, Person

Reader = Session | Connection

KINDS: Final = ("account", "person", "deal")
"""The kinds of things found, in the order a tie lists them."""

EXACT, PREFIX, INITIALS, SUBSTRING = 0, 1, 2, 3
"""How well one word of a query matches an entry (lower is better)."""

LIMIT: Final = 50
MIN_PHONE_DIGITS: Final = 3

_CJK: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD: Final = re.compile(r"\w+")
_NON_DIGIT: Final = re.compile(r"[^0-9]+")
_PHONE_NOISE: Final = re.compile(r"[\s\-–—.()（）/]+")
_SEP: Final = "\x00"  # between the keys of one entry, so no match spans two keys


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """One thing the search can find, with what a result line shows about it.

    ``industry`` and ``region`` (a path, "China/East/Shanghai") describe an
    account; ``account`` is the account's name for a person or a deal;
    ``title``, ``department``, ``phone`` and ``left`` (the person has left the
    customer) belong to a person; ``stage``, ``amount``, ``currency`` and
    ``status`` to a deal.
    """

    kind: str
    id: int
    account_id: int
    name: str
    account: str = ""
    industry: str = ""
    region: str = ""
    title: str = ""
    department: str = ""
    phone: str = ""
    left: bool = False
    stage: str = ""
    amount: float = 0.0
    currency: str = ""
    status: str = ""


@dataclass(frozen=True, slots=True)
class SearchKeys:
    """What a name is found by: its casefolded text, pinyin and initials, phone digits."""

    folded: str  # "华为技术有限公司", "acme steel"
    words: str  # " acme steel": each word after a space, for word-start prefixes
    pinyins: tuple[str, ...]  # ("zhangsan",); a surname's other readings add more
    initials: tuple[str, ...]  # ("zs",)
    hay: str  # all the text keys in one string, to discard most entries at once


def fold(text: str) -> str:
    """Text as the search compares it: NFKC (full-width letters become ASCII), casefolded.

    >>> fold("ＡＣＭＥ Steel")
    'acme steel'
    """
    return unicodedata.normalize("NFKC", text).casefold()


_SURNAMES: Final = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "朴": "piao", "查": "zha",
    "盖": "ge", "仇": "qiu", "乐": "yue", "尉": "yu", "覃": "qin", "缪": "miao",
    "翟": "zhai", "召": "shao", "员": "yun", "种": "chong", "秘": "bi", "冼": "xian",
    "折": "she", "繁": "po", "句": "gou", "柏": "bai", "重": "chong", "藏": "zang",
    "卜": "bu", "薄": "bo", "宓": "mi", "郇": "huan", "隗": "wei", "黑": "he",
    "能": "nai", "万": "wan", "尹": "yin", "燕": "yan", "祭": "zhai",
}  # fmt: skip
"""Surnames read otherwise in a name than in a word (曾经 ceng, 曾 the surname zeng)."""

_pinyin_cache: dict[tuple[str, bool], tuple[tuple[str, ...], tuple[str, ...]]] = {}
_keys_cache: dict[tuple[str, bool], SearchKeys] = {}


def pinyin_keys(name: str, *, surname: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The full pinyin (joined, no tones) and initials of ``name``; cached per name.

    Words that are not Chinese keep their letters in the full form and give
    their first letter to the initials. With ``surname`` (a person's name),
    a surname's own reading counts too: 曾 is read ``zeng`` in a name.

    >>> pinyin_keys("张三")
    (('zhangsan',), ('zs',))
    >>> pinyin_keys("华为ERP项目")
    (('huaweierpxiangmu',), ('hwexm',))
    >>> pinyin_keys("曾伟", surname=True)
    (('cengwei', 'zengwei'), ('cw', 'zw'))
    >>> pinyin_keys("Acme Steel")
    ((), ('as',))
    """
    cached = _pinyin_cache.get((name, surname))
    if cached is not None:
        return cached
    folded = fold(name)
    if not _CJK.search(folded):
        words = _WORD.findall(folded)
        found: tuple[tuple[str, ...], tuple[str, ...]] = (
            (),
            ("".join(w[0] for w in words),) if len(words) > 1 else (),
        )
    else:
        found = _chinese_keys(folded, surname)
    _pinyin_cache[(name, surname)] = found
    return found


def _chinese_keys(folded: str, surname: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from pypinyin import lazy_pinyin  # first use only: ~0.2 s to import

    syllables: list[str] = []  # one per Chinese character or other word
    pos = 0
    first_cjk = -1
    for run in _CJK.finditer(folded):
        syllables += _WORD.findall(folded[pos : run.start()])
        if first_cjk < 0 and run.start() == 0:
            first_cjk = len(syllables)
        syllables += [s.casefold() for s in lazy_pinyin(run.group())]
        pos = run.end()
    syllables += _WORD.findall(folded[pos:])
    syllables = [s for s in syllables if s]
    variants = [syllables]
    reading = _SURNAMES.get(folded[0]) if surname and first_cjk == 0 else None
    if reading and syllables and reading != syllables[0]:
        variants.append([reading, *syllables[1:]])
    fulls = tuple(dict.fromkeys("".join(v) for v in variants))
    initials = tuple(dict.fromkeys("".join(s[0] for s in v) for v in variants))
    return fulls, initials


def phone_digits(phone: str) -> str:
    """The digits of a phone number without the country code of China.

    >>> phone_digits("+86 138-1234-5678"), phone_digits("0086 10 6552 9988")
    ('13812345678', '1065529988')
    >>> phone_digits("(010) 6552-9988")
    '01065529988'
    """
    text = phone.strip()
    digits = _NON_DIGIT.sub("", text)
    if text.startswith("+86") or text.startswith("0086"):
        digits = digits[2:] if text.startswith("+") else digits[4:]
    return digits


def phone_query(query: str) -> str | None:
    """The digits of ``query`` when it is a phone number (or the part of one) to look up.

    >>> phone_query("138-1234"), phone_query("+86 138"), phone_query("13"), phone_query("a138")
    ('1381234', '138', None, None)
    """
    text = _PHONE_NOISE.sub("", query.strip())
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("+"):
        text = text[1:]
    if len(text) >= MIN_PHONE_DIGITS and text.isascii() and text.isdigit():
        return text
    return None


def keys_for(name: str, *, surname: bool = False) -> SearchKeys:
    """The search keys of a name, made once per name (many people share one)."""
    found = _keys_cache.get((name, surname))
    if found is None:
        folded = fold(name)
        pinyins, initials = pinyin_keys(name, surname=surname)
        words = " " + " ".join(_WORD.findall(folded))
        hay = _SEP.join((folded, *pinyins, *initials))
        found = SearchKeys(folded, words, pinyins, initials, hay)
        _keys_cache[(name, surname)] = found
    return found


class SearchIndex:
    """Every account, person and deal of a workspace, with their search keys.

    Rows stay as read (accounts, then people, then deals); a
    :class:`SearchEntry` is made only for what a search returns.
    """

    def __init__(
        self,
        accounts: Sequence[Sequence[Any]],
        people: Sequence[Sequence[Any]],
        deals: Sequence[Sequence[Any]],
    ) -> None:
        self._rows = [*accounts, *people, *deals]
        self._first_person = len(accounts)
        self._first_deal = len(accounts) + len(people)
        self._names = {int(r[0]): str(r[1]) for r in accounts}
        self._keys = [keys_for(str(r[1])) for r in accounts]
        self._keys += [keys_for(str(r[2]), surname=True) for r in people]
        self._keys += [keys_for(str(r[2])) for r in deals]
        self._digits = [phone_digits(str(r[5] or "")) for r in people]

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[SearchEntry]:
        return (self.entry(n) for n in range(len(self._rows)))

    def search(self, query: str, limit: int = LIMIT) -> list[SearchEntry]:
        """The best ``limit`` entries every word of ``query`` matches, best first.

        A query of digits only (at least three, dashes, spaces and ``+86``
        ignored) also finds people by phone.
        """
        words = fold(query).split()
        if not words:
            return []
        ranked: list[tuple[int, int, int, int, str, int]] = []
        for n, keys in enumerate(self._keys):
            worst = total = 0
            for word in words:
                if word not in keys.hay:
                    break
                tier = _tier(keys, word)
                worst = max(worst, tier)
                total += tier
            else:
                ranked.append(_rank(self._kind_rank(n), keys, worst, total, n))
        digits = phone_query(query)
        if digits is not None:
            found = {r[-1] for r in ranked}
            first = self._first_person
            for n, phone in enumerate(self._digits, start=first):
                if digits in phone and n not in found:
                    tier = PREFIX if phone.startswith(digits) else SUBSTRING
                    ranked.append(_rank(1, self._keys[n], tier, tier, n))
        best = heapq.nsmallest(limit, ranked) if len(ranked) > limit else sorted(ranked)
        return [self.entry(r[-1]) for r in best]

    def _kind_rank(self, n: int) -> int:
        return 0 if n < self._first_person else 1 if n < self._first_deal else 2

    def entry(self, n: int) -> SearchEntry:
        """The ``n``-th thing indexed (accounts, then people, then deals)."""
        row = self._rows[n]
        kind = self._kind_rank(n)
        if kind == 0:
            ident, name, *about = row  # industry and region, when read
            industry, region = (*about, "", "")[:2]
            return SearchEntry(
                "account",
                int(ident),
                int(ident),
                str(name),
                industry=str(industry or ""),
                region=str(region or ""),
            )
        if kind == 1:
            ident, aid, name, title, department, phone, left_on = row
            return SearchEntry(
                "person",
                int(ident),
                int(aid),
                str(name),
                account=self._names.get(int(aid), ""),
                title=str(title or ""),
                department=str(department or ""),
                phone=str(phone or ""),
                left=left_on is not None,
            )
        ident, aid, name, stage, amount, currency, status = row
        return SearchEntry(
            "deal",
            int(ident),
            int(aid),
            str(name),
            account=self._names.get(int(aid), ""),
            stage=str(stage),
            amount=float(amount or 0.0),
            currency=str(currency or ""),
            status=str(status),
        )


def _tier(keys: SearchKeys, word: str) -> int:
    """How ``word`` matches keys whose ``hay`` holds it somewhere."""
    if word == keys.folded or word in keys.pinyins:
        return EXACT
    if (
        keys.folded.startswith(word)
        or " " + word in keys.words
        or any(p.startswith(word) for p in keys.pinyins)
    ):
        return PREFIX
    if any(i.startswith(word) for i in keys.initials):
        return INITIALS
    return SUBSTRING


def _rank(
    kind: int, keys: SearchKeys, worst: int, total: int, n: int
) -> tuple[int, int, int, int, str, int]:
    """Worst word's tier, all words' tiers, kind, shorter name, pinyin order; then ``n``."""
    order = keys.pinyins[0] if keys.pinyins else keys.folded
    return (worst, total, kind, len(keys.folded), order, n)


def build_index(db: Reader) -> SearchIndex:
    """Read every account, person and deal and key them for :meth:`SearchIndex.search`."""
    conn = db.connection() if isinstance(db, Session) else db  # plain rows, no ORM loading
    accounts = list(
        conn.execute(select(Account.id, Account.name, Account.industry, Account.region))
    )
    people = list(
        conn.execute(
            select(
                Person.id,
                Person.account_id,
                Person.name,
                Person.title,
                func.coalesce(Department.name, literal_column("''")),
                Person.phone,
                Person.left_on,
            ).outerjoin(Department, Department.id == Person.department_id)
        )
    )
    deals = list(
        conn.execute(
            select(
                Deal.id,
                Deal.account_id,
                Deal.name,
                Deal.stage,
                Deal.amount,
                Deal.currency,
                Deal.status,
            )
        )
    )
    return SearchIndex(accounts, people, deals)
