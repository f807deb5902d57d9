"""The global search's index (model/search.py): names, pinyin, initials, phones, ranking."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from model import search
from model.search import SearchEntry, SearchIndex, build_index, phone_digits, phone_query
from model.services.accounts import create_account, delete_account
from model.services.deals import create_deal
from model.services.people import create_department, create_person
from model.workspace import Workspace


@dataclass
class Tiny:
    huawei: int
    acme: int
    zhangsan: int
    lisi: int
    zhang_xiaoming: int
    zeng: int
    john: int
    deal: int
    acme_deal: int


@pytest.fixture
def tiny(workspace: Workspace) -> Tiny:
    with workspace.begin() as s:
        huawei = create_account(s, {"name": "华为技术有限公司"}).created_id("account")
        acme = create_account(s, {"name": "Acme Steel Group"}).created_id("account")
        it = create_department(s, huawei, {"name": "信息中心"}).created_id("department")

        def person(account: int, name: str, **values: object) -> int:
            return create_person(s, account, {"name": name, **values}).created_id("person")

        zhangsan = person(huawei, "张三", title="CIO", department_id=it, phone="+86 138-1234-5678")
        lisi = person(huawei, "李四", phone="0755 2878 0808")
        zhang_xiaoming = person(huawei, "张晓明", phone="139 0000 1111")
        zeng = person(huawei, "曾伟")
        john = person(acme, "John Smith", title="Buyer", phone="(021) 5555-0138")
        deal = create_deal(
            s, {"name": "华为数据中心项目", "account_id": huawei, "amount": 1_200_000}
        ).created_id("deal")
        acme_deal = create_deal(s, {"name": "Steel mill MES", "account_id": acme}).created_id(
            "deal"
        )
    return Tiny(huawei, acme, zhangsan, lisi, zhang_xiaoming, zeng, john, deal, acme_deal)


def _index(workspace: Workspace) -> SearchIndex:
    with workspace.sessions() as s:
        return build_index(s)


def _found(index: SearchIndex, query: str) -> list[tuple[str, int]]:
    return [(e.kind, e.id) for e in index.search(query)]


def test_chinese_names_by_pinyin_and_initials(workspace: Workspace, tiny: Tiny) -> None:
    index = _index(workspace)
    assert len(index) == 2 + 5 + 2
    # Initials: "zs" is 张三 (the input method's way); 张晓明 is "zxm", not "zs".
    assert _found(index, "zs") == [("person", tiny.zhangsan)]
    # Full pinyin, and its prefix: both 张 people, the shorter name first.
    assert _found(index, "zhang")[:2] == [
        ("person", tiny.zhangsan),
        ("person", tiny.zhang_xiaoming),
    ]
    assert _found(index, "zhangsan") == [("person", tiny.zhangsan)]
    assert _found(index, "ZhangSan") == [("person", tiny.zhangsan)]
    assert ("person", tiny.zhangsan) in _found(index, "zhang san")
    assert _found(index, "hwjs") == [("account", tiny.huawei)]
    assert _found(index, "lisi") == [("person", tiny.lisi)]
    # The characters themselves, as typed with an input method.
    assert _found(index, "华为")[0] == ("account", tiny.huawei)
    assert ("deal", tiny.deal) in _found(index, "华为")
    assert _found(index, "张三") == [("person", tiny.zhangsan)]
    # A surname read otherwise in a name: 曾 is zeng (and ceng, as the word is).
    assert _found(index, "zengwei") == [("person", tiny.zeng)]
    assert _found(index, "zw") == [("person", tiny.zeng)]
    assert _found(index, "nothing like it") == []
    assert _found(index, "   ") == []


def test_english_names_by_words(workspace: Workspace, tiny: Tiny) -> None:
    index = _index(workspace)
    assert _found(index, "acme") == [("account", tiny.acme)]
    assert _found(index, "SMITH") == [("person", tiny.john)]
    assert _found(index, "jo sm") == [("person", tiny.john)]
    # Every word must match: "steel" alone finds both, "steel mes" only the deal.
    assert set(_found(index, "steel")) == {("account", tiny.acme), ("deal", tiny.acme_deal)}
    assert _found(index, "steel mes") == [("deal", tiny.acme_deal)]


def test_phone_digits_whatever_the_separators(workspace: Workspace, tiny: Tiny) -> None:
    index = _index(workspace)
    # Stored "+86 138-1234-5678": typed without the country code, dashes or spaces.
    assert _found(index, "13812345678") == [("person", tiny.zhangsan)]
    assert _found(index, "138-1234") == [("person", tiny.zhangsan)]
    assert _found(index, "+86 138 1234 5678") == [("person", tiny.zhangsan)]
    assert _found(index, "5678") == [("person", tiny.zhangsan)]
    # "138" is the start of 张三's number and the end of John's.
    assert _found(index, "138") == [("person", tiny.zhangsan), ("person", tiny.john)]
    assert _found(index, "28780808") == [("person", tiny.lisi)]
    # Two digits are too few to mean a phone.
    assert _found(index, "13") == []
    entry = index.search("13812345678")[0]
    assert entry.phone == "+86 138-1234-5678"
    assert phone_digits("+86 138-1234-5678") == "13812345678"
    assert phone_query("（0755）2878-0808") == "075528780808"


def test_ranking_exact_prefix_initials_substring_then_kind() -> None:
    # Built from rows, as build_index reads them: accounts, people, deals.
    accounts = [(1, "Hua Bank"), (2, "Shenzhen Hua"), (3, "华安保险")]
    people = [
        (10, 1, "Hua", "", "", "", None),
        (11, 1, "华晓", "", "", "", None),
        (12, 2, "Li Hua", "", "", "", None),
        (13, 2, "Chihuahua", "", "", "", None),
    ]
    deals = [(20, 1, "Hua", "P3", 1.0, "CNY", "open"), (21, 3, "Ohuab", "P2", 0.0, "CNY", "open")]
    index = SearchIndex(accounts, people, deals)
    assert _found(index, "hua") == [
        # exact: the person before the deal of the same name
        ("person", 10),
        ("deal", 20),
        # a prefix of the name, of one of its words or of its pinyin; accounts
        # first, then shorter names
        ("account", 3),
        ("account", 1),
        ("account", 2),
        ("person", 11),
        ("person", 12),
        # a substring
        ("person", 13),
        ("deal", 21),
    ]


def test_the_match_ranks_before_the_kind() -> None:
    index = SearchIndex(
        [(1, "Ashy Works"), (2, "Big Shanghai Works")],
        [(5, 1, "沈浩洋", "", "", "", None)],
        [(3, 1, "Shy launch", "P2", 0.0, "CNY", "open")],
    )
    # A prefix (a deal), then initials (a person), then a substring (an account).
    assert _found(index, "shy") == [("deal", 3), ("person", 5), ("account", 1)]
    assert _found(index, "bsw") == [("account", 2)]  # an English name's initials too


def test_limit_and_the_entry_a_result_shows(workspace: Workspace, tiny: Tiny) -> None:
    many = SearchIndex([(n, f"Plant {n}") for n in range(1, 200)], [], [])
    assert len(many.search("plant")) == search.LIMIT == 50
    assert len(many.search("plant", limit=5)) == 5

    index = _index(workspace)
    person = index.search("zs")[0]
    assert person == SearchEntry(
        "person",
        tiny.zhangsan,
        tiny.huawei,
        "张三",
        account="华为技术有限公司",
        title="CIO",
        department="信息中心",
        phone="+86 138-1234-5678",
    )
    deal = index.search("华为数据")[0]
    assert (deal.kind, deal.account, deal.stage, deal.amount, deal.status) == (
        "deal",
        "华为技术有限公司",
        "P2",
        1_200_000,
        "open",
    )


def test_a_new_index_follows_the_workspace(workspace: Workspace, tiny: Tiny) -> None:
    with workspace.begin() as s:
        delete_account(s, tiny.acme)
    index = _index(workspace)
    assert _found(index, "smith") == []
    assert _found(index, "acme") == []
