"""Words: one term per concept per language, and lists joined as each language writes them.

``docs/glossary.md`` names the term chosen for each concept of the method and the
variants to avoid. The test reads it and checks every place the user meets the
method's words: the Chinese and English translations, the method data and the
``keyaccount methodology`` listing.
"""

from __future__ import annotations

import ast
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_language
from desktop.labels import join_list
from model.cli_methodology import print_methodology
from model.methodology import load_methodology


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    yield
    install_language("en")


# -- lists -------------------------------------------------------------------------


def test_lists_in_english(language: None) -> None:
    install_language("en")
    assert join_list(["KI", "KU", "KDM"]) == "KI, KU, and KDM"
    assert join_list(["KI", "KU"]) == "KI and KU"
    assert join_list(["KDM"]) == "KDM"
    assert join_list([]) == ""
    assert join_list(["Li", "", "Wang"]) == "Li and Wang"  # empty parts are dropped
    assert join_list(["Li", "Wang", "Zhou"], complete=False) == "Li, Wang, Zhou"
    assert join_list(x for x in ("a", "b")) == "a and b"  # any iterable


def test_lists_in_chinese(language: None) -> None:
    install_language("zh")
    assert join_list(["KI", "KU", "KDM"]) == "KI、KU和KDM"
    assert join_list(["王丽", "李强"]) == "王丽和李强"
    assert join_list(["王丽", "李强", "周敏"], complete=False) == "王丽、李强、周敏"
    assert ", " not in join_list(["内线", "内部教练", "支持"])


# -- the glossary ------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
I18N = ROOT / "resources" / "i18n"
METHOD = ROOT / "resources" / "methodology.json"


@dataclass(frozen=True)
class Term:
    concept: str
    en: tuple[str, ...]  # empty: too common a word to pair with the Chinese
    zh: str
    avoid_zh: tuple[str, ...]
    avoid_en: tuple[str, ...]


@dataclass(frozen=True)
class Text:
    """One text the user can read, in both languages where it has both."""

    where: str
    en: str
    zh: str


def _table(markdown: str, heading: str) -> list[list[str]]:
    section = markdown.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def _split(cell: str, sep: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(sep) if part.strip() and part.strip() != "—")


def glossary(markdown: str) -> tuple[list[Term], list[list[str]]]:
    terms = [
        Term(concept, _split(en, " / "), zh, _split(avoid_zh, ","), _split(avoid_en, ","))
        for concept, en, zh, avoid_zh, avoid_en in _table(markdown, "Terms")
    ]
    return terms, _table(markdown, "Stages")


def _english_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(form) for form in forms)
    return re.compile(rf"(?<![\w-])(?:{words})(?:e?s)?(?![\w-])", re.IGNORECASE)


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# English idioms that share a word with a term but not its sense: a probability
# "in force" (生效) is no forced move (强制推进).
IDIOMS = re.compile(r"\bin force\b", re.IGNORECASE)
CJK = re.compile(r"[\u4e00-\u9fff]")


def pairing_problems(terms: list[Term], texts: Iterable[Text]) -> list[str]:
    """Texts whose English uses a term but whose Chinese lacks the chosen word."""
    problems = []
    listed = list(texts)
    for term in terms:
        if not term.en:
            continue
        pattern = _english_pattern(term.en)
        for text in listed:
            if (
                text.zh
                and pattern.search(IDIOMS.sub(" ", PLACEHOLDER.sub(" ", text.en)))
                and term.zh not in text.zh
            ):
                problems.append(f"{text.where}: {text.en!r} -> {text.zh!r} lacks {term.zh}")
    return problems


def avoid_problems(terms: list[Term], texts: Iterable[Text]) -> list[str]:
    """Texts that use a variant the glossary says to avoid."""
    problems = []
    listed = list(texts)
    for term in terms:
        for text in listed:
            # A variant inside the chosen term is fine: 对手 in 竞争对手.
            chinese = text.zh.replace(term.zh, "\0")
            problems += [
                f"{text.where}: {text.zh!r} says {variant}, not {term.zh}"
                for variant in term.avoid_zh
                if variant in (chinese if variant in term.zh else text.zh)
            ]
            if term.avoid_en and _english_pattern(term.avoid_en).search(text.en):
                problems.append(f"{text.where}: {text.en!r} uses one of {term.avoid_en}")
    return problems


def translations() -> Iterator[Text]:
    """Source and finished translation of every message, both files."""
    english: dict[tuple[str, str], str] = {}
    for lang in ("en", "zh_CN"):
        ts = ET.parse(I18N / f"keyaccount_{lang}.ts")
        for context in ts.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                done = node is not None and node.get("type") not in ("unfinished", "obsolete")
                text = (node.text or "") if node is not None and done else ""
                if lang == "en":
                    english[(name, source)] = text or source
                else:
                    yield Text(f"zh_CN.ts {name}: {source[:40]!r}", source, text)
    for (name, source), text in english.items():
        yield Text(f"en.ts {name}: {source[:40]!r}", text, "")


def method_texts() -> Iterator[Text]:
    def walk(node: Any, where: str) -> Iterator[Text]:
        if isinstance(node, dict):
            for suffix in ("", "short_"):
                en, zh = node.get(f"{suffix}en"), node.get(f"{suffix}zh")
                if isinstance(en, str) and isinstance(zh, str):
                    yield Text(f"methodology.json {node.get('id', where)}", en, zh)
            for key, value in node.items():
                yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for n, value in enumerate(node):
                yield from walk(value, f"{where}[{n}]")

    yield from walk(json.loads(METHOD.read_text(encoding="utf-8")), "$")


def listing() -> Text:
    """The `keyaccount methodology` listing, once per language: one text each side."""
    printed = {}
    for lang in ("en", "zh"):
        out = io.StringIO()
        print_methodology(lang, False, out)
        printed[lang] = out.getvalue()
    return Text("keyaccount methodology", printed["en"], printed["zh"])


@pytest.fixture(scope="module")
def terms() -> list[Term]:
    return glossary(GLOSSARY.read_text(encoding="utf-8"))[0]


def test_the_glossary_names_the_method_words(terms: list[Term]) -> None:
    chosen = {term.zh for term in terms}
    for word in (
        "出口标准",
        "五要素",
        "内线",
        "内部教练",
        "首期款",
        "合同总额",
        "直接上级",
        "公田",
    ):
        assert word in chosen, word
    assert len(terms) >= 25
    for term in terms:
        assert term.zh and term.zh not in term.avoid_zh, term.concept
    assert len(chosen) == len(terms), "one concept, one word: a word chosen twice"


def test_stage_names_are_the_method_data() -> None:
    stages = glossary(GLOSSARY.read_text(encoding="utf-8"))[1]
    method = load_methodology()
    assert [row[0] for row in stages] == [stage.id for stage in method.stages]
    for stage_id, en, zh, short_en, short_zh in stages:
        stage = method.stage(stage_id)
        assert (en, zh, short_en, short_zh) == (stage.en, stage.zh, stage.short_en, stage.short_zh)


def test_translations_use_the_glossary(terms: list[Term]) -> None:
    texts = list(translations())
    assert len(texts) > 1500  # both files were read
    problems = pairing_problems(terms, texts) + avoid_problems(terms, texts)
    assert not problems, "\n".join(problems)


def test_method_data_uses_the_glossary(terms: list[Term]) -> None:
    texts = list(method_texts())
    assert len(texts) > 200
    problems = pairing_problems(terms, texts) + avoid_problems(terms, texts)
    assert not problems, "\n".join(problems)


def test_the_listing_uses_the_glossary(terms: list[Term]) -> None:
    text = listing()
    assert "出口标准" in text.zh and "Exit criteria" in text.en
    problems = pairing_problems(terms, [text]) + avoid_problems(terms, [text])
    assert not problems, "\n".join(problems)


def sample_texts() -> Iterator[Text]:
    """The sample workspace's (Chinese, English) texts: the first data users read."""
    tree = ast.parse((ROOT / "model" / "sample.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2:
            zh, en = (e.value if isinstance(e, ast.Constant) else None for e in node.elts)
            bilingual = isinstance(zh, str) and isinstance(en, str)
            if bilingual and CJK.search(str(zh)) and not CJK.search(str(en)):
                yield Text(f"model/sample.py line {node.lineno}", str(en), str(zh))


def test_the_sample_workspace_uses_the_glossary(terms: list[Term]) -> None:
    texts = list(sample_texts())
    assert len(texts) > 300
    problems = pairing_problems(terms, texts) + avoid_problems(terms, texts)
    assert not problems, "\n".join(problems)


def test_the_checks_find_a_stray_word(terms: list[Term]) -> None:
    stray = [
        Text("made up", "The first payment is below 30%.", "首付款低于 30%。"),
        Text("made up", "Contract value", "合同金额"),
        Text("made up", "Backs {competitor}", "倾向 {competitor}"),  # a name, not the word
        Text("made up", "Competitors", "竞争对手"),
        Text("made up", "Watch the rivals", "盯住对手"),
        Text("made up", "Awaiting approval", "待批准"),
        Text("made up", "Exit conditions", "出口标准"),
    ]
    pairing = pairing_problems(terms, stray)
    avoided = avoid_problems(terms, stray)
    assert sorted(p.split(" lacks ")[1] for p in pairing) == sorted(
        ["首期款", "合同总额", "待审批"]
    )
    assert any("首付款" in p for p in avoided)
    assert any("合同金额" in p for p in avoided)
    assert any("盯住对手" in p for p in avoided)
    assert not any("竞争对手'" in p for p in avoided)
    assert any("Exit conditions" in p for p in avoided)


def test_sentences_are_joined_as_each_language_writes_them(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from desktop.labels import join_sentences

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        assert join_sentences(["尚未出现。", "赢单率：50%。", ""]) == "尚未出现。赢单率：50%。"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert join_sentences(["Not yet.", "Win rate: 50%."]) == "Not yet. Win rate: 50%."
    finally:
        QLocale.setDefault(previous)
