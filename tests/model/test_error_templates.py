"""Domain errors carry a literal template the desktop can translate.

The desktop shows a DomainError in the user's language by looking its
template up in the "Errors" context (desktop/errors.py), and
tools/update_translations.py finds those templates by reading the model's
source. Both only work if every error is raised with a literal English
template and named parameters, never an f-string: these tests hold every call
site in model/ to that, and check the parameters fill the template.
"""

from __future__ import annotations

import ast
import importlib.util
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from model.errors import DomainError, InvalidValue, NotFound, WorkspaceError, render
from model.services import accounts, deals, people, team
from model.services.deals import GateBlocked, ReasonRequired
from model.workspace import Workspace, open_workspace

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "model"
TOOL = ROOT / "tools" / "update_translations.py"


# -- every call site in model/ -------------------------------------------------------


def _trees() -> dict[Path, ast.Module]:
    return {
        p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p))
        for p in sorted(MODEL.rglob("*.py"))
        if "__pycache__" not in p.parts
    }


def _bases(cls: ast.ClassDef) -> set[str]:
    return {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}


def _has_init(cls: ast.ClassDef) -> bool:
    return any(isinstance(n, ast.FunctionDef) and n.name == "__init__" for n in cls.body)


def _error_classes(trees: dict[Path, ast.Module]) -> tuple[set[str], set[str]]:
    """(called with a template, build their template in their own __init__)."""
    classes = [n for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    derived = {"DomainError"}
    while more := {c.name for c in classes if _bases(c) & derived} - derived:
        derived |= more
    own = {c.name for c in classes if c.name in derived - {"DomainError"} and _has_init(c)}
    while more := {c.name for c in classes if _bases(c) & own} - own:
        own |= more
    return derived - own, own


def _calls() -> Iterator[tuple[str, ast.Call, str]]:
    """(where, call, class) for every call that hands a domain error its template."""
    trees = _trees()
    templated, own = _error_classes(trees)
    assert {"InvalidValue", "NotFound", "WorkspaceError", "ReasonRequired"} <= templated
    assert "GateBlocked" in own
    for path, tree in trees.items():
        rel = path.relative_to(ROOT).as_posix()
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree if cls is None else cls
            for node in ast.walk(body):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if cls is None and name in templated:
                    yield f"{rel}:{node.lineno}", node, name
                elif (
                    cls is not None
                    and cls.name in own
                    and name == "__init__"
                    and isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Call)
                    and getattr(func.value.func, "id", None) == "super"
                ):
                    yield f"{rel}:{node.lineno}", node, cls.name


CALLS = list(_calls())


def test_the_model_raises_domain_errors_in_many_places() -> None:
    assert len(CALLS) > 60


@pytest.mark.parametrize(("where", "call", "cls"), CALLS, ids=[c[0] for c in CALLS])
def test_every_domain_error_gets_a_literal_template(where: str, call: ast.Call, cls: str) -> None:
    first = call.args[0] if call.args else None
    assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
        f"{where}: {cls}(...) needs a literal template as its first argument, not "
        f"{ast.unparse(first) if first else 'nothing'}; write "
        f"{cls}('... {{x}} ...', x=...) so that it can be translated"
    )


# Calls without a literal template fail the test above; these check the rest.
LITERAL_CALLS = [
    c
    for c in CALLS
    if c[1].args and isinstance(c[1].args[0], ast.Constant) and isinstance(c[1].args[0].value, str)
]


@pytest.mark.parametrize(("where", "call", "cls"), LITERAL_CALLS, ids=[c[0] for c in LITERAL_CALLS])
def test_the_parameters_fill_the_template(where: str, call: ast.Call, cls: str) -> None:
    first = call.args[0]
    assert isinstance(first, ast.Constant) and isinstance(first.value, str)
    names = {
        (field or "").split(".")[0].split("[")[0]
        for _, field, _, _ in string.Formatter().parse(first.value)
        if field is not None
    }
    assert "" not in names, f"{where}: positional placeholder '{{}}' in {first.value!r}"
    keywords = {k.arg for k in call.keywords}
    assert None not in keywords, f"{where}: pass parameters by name, not **mapping"
    given = keywords - {"field"}
    assert names <= given, f"{where}: {sorted(names - given)} in the template but not passed"
    assert given <= names, f"{where}: {sorted(given - names)} passed but not in the template"


def test_no_f_string_reaches_a_domain_error_anywhere_in_the_model() -> None:
    """Also errors built elsewhere and raised later (``raise _out_of_bounds(...)``)."""
    bad = [w for w, call, _ in CALLS if call.args and isinstance(call.args[0], ast.JoinedStr)]
    assert bad == []


# -- the error itself ---------------------------------------------------------------------


def test_a_domain_error_keeps_template_and_parameters() -> None:
    exc = InvalidValue("{label} must not be empty.", field="name", label="Deal name")
    assert exc.template == "{label} must not be empty."
    assert exc.params == {"label": "Deal name"}
    assert exc.message == str(exc) == "Deal name must not be empty."
    assert exc.field == "name"


def test_a_template_that_does_not_fit_its_parameters_still_gives_a_message() -> None:
    assert DomainError("No workspace at {path}.").message == "No workspace at {path}."
    assert DomainError("Odd {brace").message == "Odd {brace"
    assert render("{a} and {b}", {"a": 1}) == "{a} and {b}"


def test_repr_conversions_work_in_templates() -> None:
    exc = InvalidValue("Unknown sample size {size!r}.", size="huge")
    assert exc.message == "Unknown sample size 'huge'."


# -- real refusals --------------------------------------------------------------------------


def test_a_validator_passes_its_label_as_a_parameter(workspace: Workspace) -> None:
    with workspace.begin() as s:
        account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
    with pytest.raises(InvalidValue) as info, workspace.begin() as s:
        accounts.update_account(s, account, {"name": "  "})
    assert info.value.template == "{label} must not be empty."
    assert info.value.params == {"label": "Account name"}
    assert info.value.message == "Account name must not be empty."


def test_a_number_out_of_range_keeps_the_value_and_bounds(workspace: Workspace) -> None:
    with workspace.begin() as s:
        account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        person = people.create_person(s, account, {"name": "Zhao"}).created_id("person")
    with pytest.raises(InvalidValue) as info, workspace.begin() as s:
        people.update_person(s, person, {"support": 5})
    assert info.value.params == {"label": "Support", "lo": -2, "hi": 2, "raw": 5}
    assert info.value.message == "Support must be between -2 and 2, not 5."


def test_not_found_names_the_kind_as_a_label(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as info, workspace.begin() as s:
        team.update_member(s, 999, {"name": "x"})
    assert info.value.params == {"kind_label": "team member", "ident": 999}
    assert info.value.message == "No team member with id 999 in this workspace."


def test_deal_refusals_are_templates_too(workspace: Workspace) -> None:
    with workspace.begin() as s:
        account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        values = {"name": "MES", "account_id": account, "stage": "P3", "force": True}
        deal = deals.create_deal(s, {**values, "reason": "old CRM"}).created_id("deal")
    with pytest.raises(ReasonRequired) as back, workspace.begin() as s:
        deals.move_deal(s, deal, "P2")
    assert back.value.template == "Moving a deal back needs a reason."
    with pytest.raises(GateBlocked) as blocked, workspace.begin() as s:
        deals.move_deal(s, deal, "P4")
    assert blocked.value.template == "Moving from {from_stage} to {to_stage} needs: {unmet}."
    assert blocked.value.params["from_stage"] == "P3"
    with workspace.begin() as s:
        deals.close_deal(s, deal, "lost", close_reason="price")
    with pytest.raises(InvalidValue) as closed, workspace.begin() as s:
        deals.close_deal(s, deal, "shelved", close_reason="timing", reason="later")
    assert closed.value.params == {"name": "MES", "status_label": "lost"}
    assert closed.value.message == "'MES' is already lost."


def test_workspace_errors_are_templates(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as info:
        open_workspace(tmp_path / "missing.kan")
    assert info.value.template == "No workspace at {path}."
    assert info.value.params == {"path": tmp_path / "missing.kan"}


# -- the extractor finds them ------------------------------------------------------------------


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations_for_model", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_extractor_collects_every_template_and_label(tool: ModuleType) -> None:
    found = tool.error_messages(ROOT)
    assert found.problems == []
    sources = {key[1] for key in found.messages() if key[0] == "Errors"}
    literal = {
        c.args[0].value for _, c, _ in CALLS if c.args and isinstance(c.args[0], ast.Constant)
    }
    assert literal <= sources
    # labels passed to validators, kinds of record, words marked with term()
    assert {"Deal name", "Parent account", "team member", "won", "influence"} <= sources


def _write(root: Path, name: str, text: str) -> None:
    path = root / "model" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_extractor_refuses_an_f_string_template(tool: ModuleType, tmp_path: Path) -> None:
    _write(
        tmp_path,
        "errors.py",
        "class DomainError(Exception):\n"
        "    def __init__(self, template, /, **params):\n"
        "        super().__init__(template)\n"
        "class InvalidValue(DomainError):\n"
        "    pass\n"
        "class Blocked(InvalidValue):\n"
        "    def __init__(self, gate):\n"
        "        super().__init__('Blocked at {stage}.', stage=gate)\n",
    )
    _write(
        tmp_path,
        "services.py",
        "from model.errors import Blocked, InvalidValue\n"
        "def check(name, gate):\n"
        "    text(label='Deal name')\n"
        "    get(None, object, 1, 'deal')\n"
        "    term('won')\n"
        "    raise Blocked(gate)\n"
        "    raise InvalidValue('{label} is wrong.', label=name)\n"
        "    raise InvalidValue(f'{name} is wrong.')\n"
        "    raise InvalidValue('A' + name)\n",
    )
    found = tool.error_messages(tmp_path)
    assert {key[1] for key in found.messages()} == {
        "Blocked at {stage}.",
        "Deal name",
        "deal",
        "won",
        "{label} is wrong.",
    }
    assert len(found.problems) == 2
    assert "an f-string" in found.problems[0] and "services.py:8" in found.problems[0]
    assert "services.py:9" in found.problems[1]
