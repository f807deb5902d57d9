"""Words: one term per concept per language, and lists joined as each language writes them.

``docs/glossary.md`` names the term chosen for each concept of the method and the
variants to avoid. The test reads it and checks every place the user meets the
method's words: the Chinese and English translations, the method data and the
``keyaccount methodology`` listing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_language
from desktop.labels import join_list


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
