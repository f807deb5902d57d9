"""The method data is complete, bilingual, our own wording, and checked on load."""

from __future__ import annotations

import copy
import hashlib
import html
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from model.cli_methodology import print_methodology
from model.methodology import (
    ACTORS,
    FIRST_PAYMENT_MIN,
    REQUIRED_IDS,
    STAGE_IDS,
    MethodologyError,
    load_methodology,
)

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "resources" / "methodology.json"
TRANSLATIONS = REPO / "resources" / "i18n" / "keyaccount_zh_CN.ts"
# What the tests need from the method's spec and course, kept in the repository so
# that it stands alone: the spec's IDs in its order, and a fingerprint of the course
# text (never the text itself): the sorted 8-byte BLAKE2b digests of every run of
# COPY_RUN characters of the text, NFKC-normalised and with whitespace removed.
SPEC_IDS = REPO / "tests" / "data" / "method_ids.txt"
COURSE_FINGERPRINT = REPO / "tests" / "data" / "course_shingles.bin"
COPY_RUN = 12  # a shared run this long means we pasted rather than wrote
DIGEST = 8


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _with_id(data: dict[str, Any], item_id: str) -> dict[str, Any]:
    return next(node for node in _objects(data) if node.get("id") == item_id)


def _remove_id(data: dict[str, Any], item_id: str) -> None:
    for node in _objects(data):
        for value in node.values():
            if isinstance(value, list):
                value[:] = [
                    v for v in value if not (isinstance(v, dict) and v.get("id") == item_id)
                ]


@pytest.fixture
def write(tmp_path: Path) -> Callable[[dict[str, Any]], Path]:
    def _write(data: dict[str, Any]) -> Path:
        path = tmp_path / "methodology.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return _write


# -- the shipped file -------------------------------------------------------


def test_every_required_id_is_present_with_both_texts() -> None:
    method = load_methodology()
    for item_id in REQUIRED_IDS:
        assert item_id in method, item_id
        assert method.text(item_id, "zh").strip(), item_id
        assert method.text(item_id, "en").strip(), item_id


def _spec_ids() -> tuple[str, ...]:
    lines = SPEC_IDS.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def test_required_ids_follow_the_spec() -> None:
    spec = _spec_ids()
    assert len(spec) == len(set(spec)) > 150
    assert spec == REQUIRED_IDS  # the same IDs, in the spec's order
    assert set(STAGE_IDS) <= set(spec)


def test_shipped_file_has_only_known_ids() -> None:
    # Not a load-time rule (teams may extend the method); a guard on our own file.
    assert set(load_methodology().all_ids()) == set(REQUIRED_IDS)


def test_stages_are_in_funnel_order() -> None:
    method = load_methodology()
    assert tuple(stage.id for stage in method.stages) == STAGE_IDS
    probabilities = [stage.default_probability for stage in method.stages]
    assert probabilities == sorted(probabilities)
    assert all(0 < p < 1 for p in probabilities)
    assert all(stage.usual_days > 0 for stage in method.stages)


def test_p1_has_no_exit_criteria() -> None:
    assert load_methodology().exit_criteria("P1") == ()


def test_first_payment_minimum_comes_from_the_data() -> None:
    assert FIRST_PAYMENT_MIN == 0.30
    assert load_methodology().first_payment_min == 0.30
    assert load_methodology().item("P7.RULE.FIRST_PAYMENT_MIN").value == 0.30


def test_protection_period_parameters() -> None:
    assert load_methodology().protection_months == (6, 3, 6)


def test_first_three_channels_are_the_effective_ones() -> None:
    channels = load_methodology().channels
    assert [c.id for c in channels] == [f"CHANNEL.{n}" for n in range(1, 11)]
    assert [c.effective for c in channels] == [True] * 3 + [False] * 7


def test_actions_and_exit_criteria_by_stage() -> None:
    method = load_methodology()
    assert [a.id for a in method.actions("P2", "rep")] == [f"P2.ACT.REP.{n}" for n in range(1, 7)]
    assert [a.id for a in method.actions("P4", "manager")][-1] == "P4.ACT.MGR.4"
    assert method.actions("P5", "presales") == ()
    assert all(a.actor == "manager" for a in method.actions("P6", "manager"))
    assert [e.id for e in method.exit_criteria("P5")] == [f"P5.EXIT.{n}" for n in range(1, 10)]
    with pytest.raises(ValueError, match="role"):
        method.actions("P2", "ceo")
    with pytest.raises(KeyError, match="P8"):
        method.stage("P8")
    assert set(ACTORS) == {"rep", "presales", "manager"}


def test_stage_rules_gather_every_rule_of_the_stage() -> None:
    method = load_methodology()
    assert [r.id for r in method.stage("P2").rules] == [
        "LEAD.RULE.NO_QUOTA",
        "LEAD.RULE.NO_PROTECTION",
    ]
    assert [r.id for r in method.stage("P3").rules] == [f"P3.PROTECT.{n}" for n in range(1, 5)]
    all_rules = [r.id for r in method.rules]
    assert all_rules[-1] == "P7.RULE.FIRST_PAYMENT_MIN"
    assert len(all_rules) == len(set(all_rules)) == 2 + 4 + 2 + 2 + 2 + 1


def test_groups_and_their_stage() -> None:
    method = load_methodology()
    assert [i.id for i in method.five_elements] == [f"P3.FIVE.{n}" for n in range(1, 6)]
    assert {i.stage_id for i in method.five_elements} == {"P3"}
    assert [s.actor for s in method.confirm_steps] == ["rep", "presales", "manager"]
    assert [r.id for r in method.risks] == [f"RISK.NOT_YET.{n}" for n in range(1, 6)]
    assert method.item("PERSON.PRIVATE").sensitive
    assert [o.value for o in method.item("REL.SUPPORT").options] == [-2, -1, 0, 1, 2]
    assert method.item("P3").id == "P3"  # stages are items too


def test_text_lookup_and_languages() -> None:
    method = load_methodology()
    assert "内线" in method.text("REL.INSIDER", "zh")
    assert "insider" in method.text("REL.INSIDER", "en").lower()
    with pytest.raises(ValueError, match="language"):
        method.text("REL.INSIDER", "fr")
    with pytest.raises(KeyError, match="NOPE"):
        method.item("NOPE")


def test_users_own_terms_are_kept() -> None:
    method = load_methodology()
    assert "内部教练" in method.text("REL.COACH", "zh")
    assert "五要素" in method.text("P3.EXIT.1", "zh")
    assert "公田" in method.text("P3.PROTECT.4", "zh")


def test_no_zh_text_equals_its_en_text() -> None:
    for item in load_methodology():
        assert item.zh != item.en, item.id
        for option in item.options:
            assert option.zh != option.en, f"{item.id}:{option.key}"


def _zh_texts(node: Any, where: str = "$") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and (key == "zh" or key.endswith("_zh")):
                yield f"{where}.{key}", value
            else:
                yield from _zh_texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _zh_texts(value, f"{where}[{n}]")


def shingles(text: str) -> set[bytes]:
    """Digests of every COPY_RUN-character run, as the course fingerprint was made."""
    flat = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return {
        hashlib.blake2b(flat[i : i + COPY_RUN].encode("utf-8"), digest_size=DIGEST).digest()
        for i in range(len(flat) - COPY_RUN + 1)
    }


def fingerprint(data: bytes) -> frozenset[bytes]:
    assert len(data) % DIGEST == 0
    return frozenset(data[i : i + DIGEST] for i in range(0, len(data), DIGEST))


def copied(texts: Iterable[tuple[str, str]], course: frozenset[bytes]) -> list[tuple[str, str]]:
    """(where, text) of every text sharing a run of COPY_RUN characters with the course."""
    return [(where, text) for where, text in texts if shingles(text) & course]


def _translations() -> Iterator[tuple[str, str]]:
    ts = TRANSLATIONS.read_text(encoding="utf-8")
    for n, text in enumerate(re.findall(r"<translation>(.*?)</translation>", ts, re.S)):
        yield f"{TRANSLATIONS.name} message {n}", html.unescape(text)


def test_the_fingerprint_is_sorted_digests_of_a_whole_course() -> None:
    data = COURSE_FINGERPRINT.read_bytes()
    digests = [data[i : i + DIGEST] for i in range(0, len(data), DIGEST)]
    assert len(data) % DIGEST == 0
    assert digests == sorted(set(digests))  # digests only, in order: no text to read back
    assert len(digests) > 5000  # a whole course, not a stub


def test_the_own_words_check_finds_a_pasted_run() -> None:
    # A made-up "course" stands in for the real one, which cannot be committed.
    made_up = "大客户销售要先画清决策链，再逐个争取关键角色的支持，最后才谈价格和合同条款。"
    course = fingerprint(b"".join(sorted(shingles(made_up))))
    ours = "先摸清采购流程，再谈方案"
    pasted = "我们的做法：" + made_up[8 : 8 + COPY_RUN] + "。"
    spaced = " ".join(made_up[20 : 20 + COPY_RUN])  # whitespace does not hide a copy
    short = "但" + made_up[: COPY_RUN - 1] + "呢"  # eleven shared characters are a coincidence
    texts = [("ours", ours), ("pasted", pasted), ("spaced", spaced), ("short", short)]
    found = copied(texts, course)
    assert [where for where, _ in found] == ["pasted", "spaced"]


def test_zh_texts_are_our_own_words() -> None:
    course = fingerprint(COURSE_FINGERPRINT.read_bytes())
    assert copied(_zh_texts(_raw()), course) == []


def test_chinese_translations_are_our_own_words() -> None:
    course = fingerprint(COURSE_FINGERPRINT.read_bytes())
    texts = list(_translations())
    assert len(texts) > 500
    assert copied(texts, course) == []


def test_default_load_is_shared() -> None:
    assert load_methodology() is load_methodology()


def test_to_json_dict_per_language() -> None:
    method = load_methodology()
    assert method.to_json_dict(None) == _raw()
    zh_only = method.to_json_dict("zh")
    keys = {key for node in _objects(zh_only) for key in node}
    assert "zh" in keys and "short_zh" in keys
    assert not {key for key in keys if key == "en" or key.endswith("_en")}
    assert zh_only["stages"][6]["rules"][0]["value"] == 0.30


# -- refusing a bad file ----------------------------------------------------


def test_a_valid_copy_loads(write: Callable[[dict[str, Any]], Path]) -> None:
    method = load_methodology(write(_raw()))
    assert method.all_ids() == load_methodology().all_ids()


@pytest.mark.parametrize("item_id", ["P2.EXIT.3", "CHANNEL.10", "GOAL.7", "TEAM.INTERNAL"])
def test_missing_id_is_refused_by_name(
    write: Callable[[dict[str, Any]], Path], item_id: str
) -> None:
    data = _raw()
    if item_id == "TEAM.INTERNAL":
        del data["account"]["team_internal"]
    else:
        _remove_id(data, item_id)
    path = write(data)
    with pytest.raises(MethodologyError, match=re.escape(item_id)) as error:
        load_methodology(path)
    assert str(path) in str(error.value)


def test_missing_stage_is_refused(write: Callable[[dict[str, Any]], Path]) -> None:
    data = _raw()
    del data["stages"][4]
    with pytest.raises(MethodologyError, match="P5"):
        load_methodology(write(data))


def test_stages_out_of_order_are_refused(write: Callable[[dict[str, Any]], Path]) -> None:
    data = _raw()
    data["stages"][2], data["stages"][3] = data["stages"][3], data["stages"][2]
    with pytest.raises(MethodologyError, match="in order"):
        load_methodology(write(data))


def test_missing_en_text_is_refused(write: Callable[[dict[str, Any]], Path]) -> None:
    data = _raw()
    del _with_id(data, "P4.EXIT.2")["en"]
    with pytest.raises(MethodologyError, match=r"P4\.EXIT\.2.*'en'"):
        load_methodology(write(data))


def test_empty_zh_text_is_refused(write: Callable[[dict[str, Any]], Path]) -> None:
    data = _raw()
    _with_id(data, "ROLE.KDM")["zh"] = "  "
    with pytest.raises(MethodologyError, match=r"ROLE\.KDM.*'zh'"):
        load_methodology(write(data))


def test_duplicate_id_is_refused(write: Callable[[dict[str, Any]], Path]) -> None:
    data = _raw()
    data["goals"].append(copy.deepcopy(_with_id(data, "GOAL.3")))
    with pytest.raises(MethodologyError, match=r"GOAL\.3.*duplicate"):
        load_methodology(write(data))


def test_missing_first_payment_value_is_refused(
    write: Callable[[dict[str, Any]], Path],
) -> None:
    data = _raw()
    del _with_id(data, "P7.RULE.FIRST_PAYMENT_MIN")["value"]
    with pytest.raises(MethodologyError, match=r"FIRST_PAYMENT_MIN.*'value'"):
        load_methodology(write(data))


def test_bad_protection_range_is_refused(write: Callable[[dict[str, Any]], Path]) -> None:
    data = _raw()
    _with_id(data, "P3.PROTECT.2")["min_months"] = 9
    with pytest.raises(MethodologyError, match=r"P3\.PROTECT\.2"):
        load_methodology(write(data))


def test_broken_json_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "methodology.json"
    path.write_text('{"stages": [', encoding="utf-8")
    with pytest.raises(MethodologyError, match="line 1") as error:
        load_methodology(path)
    assert str(path) in str(error.value)


def test_unreadable_file_is_a_methodology_error(tmp_path: Path) -> None:
    with pytest.raises(MethodologyError, match="cannot read"):
        load_methodology(tmp_path / "absent.json")


# -- printing ---------------------------------------------------------------


def _printed(lang: str | None, as_json: bool) -> str:
    out = io.StringIO()
    print_methodology(lang, as_json, out)
    return out.getvalue()


def test_listing_in_both_languages_names_every_id() -> None:
    text = _printed(None, as_json=False)
    for item_id in REQUIRED_IDS:
        assert re.search(rf"(^|\s){re.escape(item_id)}\s", text, re.MULTILINE), item_id
    assert text.index("P1  ") < text.index("P2.EXIT.1") < text.index("P7  ")
    assert "定位目标客户群" in text and "Target the customer group" in text
    assert "value=0.3" in text


def test_listing_in_one_language() -> None:
    zh = _printed("zh", as_json=False)
    en = _printed("en", as_json=False)
    assert "出口标准" in zh and "Exit criteria" not in zh
    assert "Exit criteria" in en and "出口标准" not in en
    method = load_methodology()
    assert method.text("P5.EXIT.7", "zh") in zh and method.text("P5.EXIT.7", "en") not in zh


def test_json_output_round_trips() -> None:
    assert json.loads(_printed(None, as_json=True)) == _raw()
    en = json.loads(_printed("en", as_json=True))
    assert en == load_methodology().to_json_dict("en")
    assert "zh" not in en["stages"][0]


def test_unknown_language_is_refused_before_printing() -> None:
    out = io.StringIO()
    with pytest.raises(ValueError, match="language"):
        print_methodology("fr", False, out)
    assert out.getvalue() == ""


def test_instance_alias_for_first_payment_minimum() -> None:
    assert load_methodology().FIRST_PAYMENT_MIN == FIRST_PAYMENT_MIN
