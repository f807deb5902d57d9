"""Domain errors in the user's language.

The model raises errors with a literal English template and its parameters
(model/errors.py); tools/update_translations.py collects those templates, and
the words the model passes as ``*_label`` parameters, into the "Errors"
context. Every place that shows a DomainError to the user goes through
:func:`error_text`; ``exc.message`` stays English for logs and the command line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from model.errors import DomainError

CONTEXT = "Errors"


def _param(name: str, value: Any) -> Any:
    if name.endswith("label") and isinstance(value, str) and value:
        return QCoreApplication.translate(CONTEXT, value)
    if isinstance(value, str):
        return _method_names(value) or value
    return value


def _method_names(value: str) -> str:
    """Method IDs the model listed ("P5.EXIT.3, P3.FIVE.1") as the items' words; else ""."""
    from desktop.i18n import lang
    from desktop.labels import join_list
    from model.methodology import load_methodology

    method = load_methodology()
    ids = [part.strip() for part in value.split(",")]
    if not all(i in method for i in ids) or not any("." in i for i in ids):
        return ""  # not a list of method items (a lone "P5" is a stage, said as is)
    return join_list((method.text(i, lang()) for i in ids), complete=False)


def error_text(exc: DomainError) -> str:
    """The error's message translated, or its English message if the translation does not fit."""
    template = QCoreApplication.translate(CONTEXT, exc.template)
    try:
        return template.format(**{k: _param(k, v) for k, v in exc.params.items()})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return exc.message
