"""Extract the desktop's strings into resources/i18n/*.ts, in the contexts Qt asks for.

Why not lupdate alone: lupdate files a call through a module-level helper
(``def tr(text): return QCoreApplication.translate("Navigation", text)``) or
``other.tr(...)`` under a context Qt never looks up at run time ("" or "page"),
so those strings would stay English on screen. lupdate still runs first, because
it merges and keeps the translations of moved or lightly edited strings; a small
AST pass then puts every message where the code looks for it, carries existing
translations over, and drops lupdate's misfiled copies.

The model (Qt-free) raises domain errors with literal English templates;
their templates, the ``label=`` literals passed to validators, the kinds named
in ``common.get(..., what)`` and words marked ``term("...")`` go into the
"Errors" context, where desktop/errors.py looks them up. A template that is
not a literal (an f-string) is reported as a problem.

After the merge the English file gets its source texts as (finished)
translations, so en is always complete, and the Chinese messages still to do
are listed.

    .venv/bin/python tools/update_translations.py           # update both .ts files
    .venv/bin/python tools/update_translations.py --check   # change nothing; exit 1 if incomplete

Re-running is safe: it only ever adds, moves and drops messages as the code
changed, and never touches a finished translation.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = "desktop"
I18N_DIR = ROOT / "resources" / "i18n"
TS_FILES = {
    "zh_CN": I18N_DIR / "keyaccount_zh_CN.ts",
    "en": I18N_DIR / "keyaccount_en.ts",
}
SOURCE_LANGUAGE = "en"
PLURAL_FORMS = {"zh_CN": 1, "en": 2}
APPLICATION_CLASSES = {"QCoreApplication", "QGuiApplication", "QApplication"}
NOT_FINISHED = {"unfinished", "vanished", "obsolete"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
ACCELERATOR = re.compile(r"&([^&\s])")


# -- messages ------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Message:
    """What Qt looks up at run time: context, source text, disambiguation."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Found:
    message: Message
    file: str  # relative to ROOT, posix
    line: int


@dataclass
class Extraction:
    found: list[Found] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file:line: what is wrong"
    dynamic: list[str] = field(default_factory=list)  # tr(variable): must be marked elsewhere
    moved: int = 0  # lupdate messages whose context the AST pass corrected
    lupdate_only: list[Found] = field(default_factory=list)

    def messages(self) -> dict[tuple[str, str, str], Message]:
        return {f.message.key: f.message for f in self.found}

    def locations(self) -> dict[tuple[str, str, str], list[tuple[str, int]]]:
        where: dict[tuple[str, str, str], list[tuple[str, int]]] = defaultdict(list)
        for f in self.found:
            if (f.file, f.line) not in where[f.message.key]:
                where[f.message.key].append((f.file, f.line))
        return where


def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / SOURCE_DIR).rglob("*.py") if "__pycache__" not in p.parts)


# -- the AST pass ----------------------------------------------------------------


@dataclass(frozen=True)
class Wrapper:
    """A helper that calls QCoreApplication.translate with a fixed context."""

    context: str
    text: int  # index of the parameter passed as the source text
    comment: int | None = None
    comment_literal: str = ""
    n: int | None = None
    params: tuple[str, ...] = ()


@dataclass
class ModuleInfo:
    name: str
    path: Path
    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)
    wrappers: dict[str, Wrapper] = field(default_factory=dict)
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # alias -> (mod, name)
    classes: set[str] = field(default_factory=set)
    # class -> attribute -> class name of what self.<attribute> holds
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_name(node: ast.expr | None) -> str | None:
    """The class an annotation names: ``Foo``, ``"Foo"``, ``Foo | None``, ``mod.Foo``."""
    if node is None:
        return None
    if isinstance(node, ast.Name):
        return node.id if node.id != "None" else None
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            return _type_name(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _type_name(node.left) or _type_name(node.right)
    if isinstance(node, ast.Subscript) and _type_name(node.value) == "Optional":
        return _type_name(node.slice)
    return None


def _constructed(node: ast.expr | None) -> str | None:
    """``Foo(...)`` -> "Foo" (a capitalised callable is taken for a class)."""
    if isinstance(node, ast.Call):
        name = _type_name(node.func)
        if name and name[:1].isupper():
            return name
    return None


def _is_application(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id in APPLICATION_CLASSES) or (
        isinstance(node, ast.Attribute) and node.attr in APPLICATION_CLASSES
    )


def _literal(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left, {}), _literal(node.right, {})
        if left is not None and right is not None:
            return left + right
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _arg(call: ast.Call, index: int, *names: str) -> ast.expr | None:
    if index < len(call.args):
        return call.args[index]
    for keyword in call.keywords:
        if keyword.arg in names:
            return keyword.value
    return None


def _scan_module(info: ModuleInfo) -> None:
    """Constants, translate() helpers, imports and what attributes hold."""
    package = info.name if info.path.name == "__init__.py" else info.name.rpartition(".")[0]
    for node in info.tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                value = _literal(node.value, {})
                if value is not None:
                    info.constants[target.id] = value
                elif isinstance(node.value, ast.Lambda):
                    wrapper = _wrapper(node.value.args, [node.value.body], info.constants)
                    if wrapper:
                        info.wrappers[target.id] = wrapper
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            value = _literal(node.value, {})
            if value is not None:
                info.constants[node.target.id] = value
        elif isinstance(node, ast.FunctionDef):
            body = [s for s in node.body if not _is_docstring(s)]
            returns = [s.value for s in body if isinstance(s, ast.Return) and s.value]
            if len(body) == 1 and returns:
                wrapper = _wrapper(node.args, returns, info.constants)
                if wrapper:
                    info.wrappers[node.name] = wrapper
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                info.imports[alias.asname or alias.name] = (base, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                info.imports[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0],
                    None,
                )
    for cls in ast.walk(info.tree):
        if isinstance(cls, ast.ClassDef):
            info.classes.add(cls.name)
            info.attributes[cls.name] = _attributes(cls)


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _wrapper(
    args: ast.arguments, returns: list[ast.expr], constants: dict[str, str]
) -> Wrapper | None:
    params = tuple(a.arg for a in [*args.posonlyargs, *args.args])
    for value in returns:
        if not (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr == "translate"
            and _is_application(value.func.value)
        ):
            continue
        context = _literal(_arg(value, 0, "context"), constants)
        text = _arg(value, 1, "sourceText", "key")
        if context is None or not (isinstance(text, ast.Name) and text.id in params):
            continue
        comment = _arg(value, 2, "disambiguation")
        n = _arg(value, 3, "n")
        return Wrapper(
            context=context,
            text=params.index(text.id),
            comment=params.index(comment.id)
            if isinstance(comment, ast.Name) and comment.id in params
            else None,
            comment_literal=_literal(comment, constants) or "",
            n=params.index(n.id) if isinstance(n, ast.Name) and n.id in params else None,
            params=params,
        )
    return None


def _attributes(cls: ast.ClassDef) -> dict[str, str]:
    """``self.x = Foo(...)``, ``self.x: Foo``, ``self.x = self.make()`` -> {"x": "Foo"}."""
    returns = {
        f.name: name
        for f in cls.body
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and (name := _type_name(f.returns))
    }
    found: dict[str, str] = {}
    for node in ast.walk(cls):
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        annotation: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value, annotation = [node.target], node.value, node.annotation
        for target in targets:
            if not (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                continue
            name = _type_name(annotation) or _constructed(value)
            if (
                name is None
                and isinstance(value, ast.Call)
                and isinstance(value.func, ast.Attribute)
                and isinstance(value.func.value, ast.Name)
                and value.func.value.id == "self"
            ):
                name = returns.get(value.func.attr)
            if name:
                found.setdefault(target.attr, name)
    return found


class _Visitor(ast.NodeVisitor):
    def __init__(self, info: ModuleInfo, modules: dict[str, ModuleInfo], rel: str) -> None:
        self.info, self.modules, self.rel = info, modules, rel
        self.classes: list[str] = []
        self.scopes: list[dict[str, str]] = []  # local name -> class name
        self.selves: list[str | None] = []  # name of the first parameter of a method
        self.functions: list[str] = []
        self.out = Extraction()

    # scopes

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        args = node.args
        scope: dict[str, str] = {}
        for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
            name = _type_name(a.annotation)
            if name:
                scope[a.arg] = name
        if not isinstance(node, ast.Lambda):
            for child in ast.walk(node):
                if isinstance(child, ast.Assign):
                    name = _constructed(child.value)
                    for target in child.targets:
                        if name and isinstance(target, ast.Name):
                            scope.setdefault(target.id, name)
                elif isinstance(child, ast.AnnAssign) and isinstance(child.target, ast.Name):
                    name = _type_name(child.annotation)
                    if name:
                        scope.setdefault(child.target.id, name)
        first = (args.posonlyargs + args.args)[:1]
        in_class = bool(self.classes) and not isinstance(node, ast.Lambda)
        self.selves.append(first[0].arg if first and in_class else None)
        self.scopes.append(scope)
        self.functions.append(getattr(node, "name", "<lambda>"))
        self.generic_visit(node)
        self.functions.pop()
        self.scopes.pop()
        self.selves.pop()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function
    visit_Lambda = _function

    # calls

    def _where(self, node: ast.AST) -> str:
        return f"{self.rel}:{getattr(node, 'lineno', 0)}"

    def _add(
        self, node: ast.Call, context: str, text: ast.expr | None, comment: str, n: bool
    ) -> None:
        source = _literal(text, {})
        if source is None:
            if isinstance(text, ast.JoinedStr):
                self.out.problems.append(
                    f"{self._where(node)}: f-string passed to a translation call; "
                    "write tr('... {x}').format(x=...) instead"
                )
            elif isinstance(text, ast.BinOp) and isinstance(text.op, ast.Mod):
                self.out.problems.append(
                    f"{self._where(node)}: '%' formatting inside a translation call; "
                    "format after translating"
                )
            else:
                self.out.dynamic.append(f"{self._where(node)}: {ast.unparse(node)[:100]}")
            return
        if not source:
            return
        self.out.found.append(Found(Message(context, source, comment, n), self.rel, node.lineno))

    def _comment(self, node: ast.expr | None) -> str:
        return _literal(node, self.info.constants) or ""

    def _receiver_class(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            if self.selves and node.id in [s for s in self.selves if s] and self.classes:
                return self.classes[-1]
            for scope in reversed(self.scopes):
                if node.id in scope:
                    return scope[node.id]
            if node.id in self.info.classes:
                return node.id
            imported = self.info.imports.get(node.id)
            if imported and imported[1] and imported[1][:1].isupper():
                return imported[1]
            return None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "super" and self.classes:
                return self.classes[-1]
            return None
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and self.classes
            and node.value.id in [s for s in self.selves if s]
        ):
            return self.info.attributes.get(self.classes[-1], {}).get(node.attr)
        return None

    def _wrapper_for(self, func: ast.expr) -> Wrapper | None:
        if isinstance(func, ast.Name):
            if any(func.id in scope for scope in self.scopes):
                return None  # a local of the same name shadows the helper
            if func.id in self.info.wrappers:
                return self.info.wrappers[func.id]
            imported = self.info.imports.get(func.id)
            if imported and imported[1]:
                module = self.modules.get(imported[0])
                if module:
                    return module.wrappers.get(imported[1])
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            imported = self.info.imports.get(func.value.id)
            if imported:
                target = imported[0] if imported[1] is None else f"{imported[0]}.{imported[1]}"
                module = self.modules.get(target)
                if module:
                    return module.wrappers.get(func.attr)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        wrapper = self._wrapper_for(func)
        if wrapper is not None:
            comment = (
                self._comment(_arg(node, wrapper.comment, wrapper.params[wrapper.comment]))
                if wrapper.comment is not None
                else wrapper.comment_literal
            )
            n = (
                wrapper.n is not None
                and _arg(node, wrapper.n, wrapper.params[wrapper.n]) is not None
            )
            text = _arg(node, wrapper.text, wrapper.params[wrapper.text])
            self._add(node, wrapper.context, text, comment, n)
            return
        if isinstance(func, ast.Attribute) and name == "tr":
            cls = self._receiver_class(func.value)
            if cls is None:
                if _literal(_arg(node, 0, "sourceText"), {}) is not None:
                    self.out.problems.append(
                        f"{self._where(node)}: cannot tell the class of "
                        f"'{ast.unparse(func.value)}' in '{ast.unparse(func)}(...)'; annotate it "
                        "or use QCoreApplication.translate('Context', ...)"
                    )
                return
            comment = self._comment(_arg(node, 1, "disambiguation"))
            n = _arg(node, 2, "n") is not None
            self._add(node, cls, _arg(node, 0, "sourceText"), comment, n)
        elif (
            isinstance(func, ast.Attribute) and name == "translate" and _is_application(func.value)
        ):
            context_node = _arg(node, 0, "context")
            context = _literal(context_node, self.info.constants)
            if context is None and isinstance(context_node, ast.Name):
                imported = self.info.imports.get(context_node.id)
                if imported and imported[1] and imported[0] in self.modules:
                    context = self.modules[imported[0]].constants.get(imported[1])
            text = _arg(node, 1, "sourceText", "key")
            if context is None:
                if _literal(text, {}) is not None:
                    self.out.problems.append(
                        f"{self._where(node)}: translate() with a context that is not a literal"
                    )
                return
            if (
                isinstance(text, ast.Name)
                and self.functions[-1:]
                and (self.functions[-1] in self.info.wrappers)
            ):
                return  # the helper's own call: its callers' literals are found above
            comment = self._comment(_arg(node, 2, "disambiguation"))
            n = _arg(node, 3, "n") is not None
            self._add(node, context, text, comment, n)
        elif name in {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP"}:
            context = _literal(node.args[0] if node.args else None, self.info.constants)
            if context is None:
                self.out.problems.append(f"{self._where(node)}: {name} needs a literal context")
                return
            comment = (
                self._comment(node.args[2]) if name.endswith("3") and len(node.args) > 2 else ""
            )
            text = node.args[1] if len(node.args) > 1 else None
            self._add(node, context, text, comment, name == "QT_TRANSLATE_N_NOOP")
        elif name in {"QT_TR_NOOP", "QT_TR_N_NOOP"}:
            if not self.classes:
                self.out.problems.append(f"{self._where(node)}: {name} outside a class")
                return
            text = node.args[0] if node.args else None
            self._add(node, self.classes[-1], text, "", name == "QT_TR_N_NOOP")


def ast_messages(root: Path = ROOT) -> Extraction:
    """Every literal the code hands to Qt's translation functions, in its run-time context."""
    modules: dict[str, ModuleInfo] = {}
    for path in source_files(root):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        info = ModuleInfo(_module_name(path, root), path, tree)
        _scan_module(info)
        modules[info.name] = info
    result = Extraction()
    for info in modules.values():
        visitor = _Visitor(info, modules, info.path.relative_to(root).as_posix())
        visitor.visit(info.tree)
        result.found.extend(visitor.out.found)
        result.problems.extend(visitor.out.problems)
        result.dynamic.extend(visitor.out.dynamic)
    return result


# -- domain error templates (model/) ------------------------------------------------

ERROR_DIRS = ("model", "graph", "desktop")
ERROR_CONTEXT = "Errors"  # desktop/errors.py translates in this context
ERROR_BASE = "DomainError"
TERM_MARKER = "term"  # model.errors.term("won"): a word passed as a *_label parameter
# Where a function takes a label the desktop translates besides ``label=``:
# common.get(session, cls, ident, what) names the kind of record not found.
LABEL_ARGUMENTS = {"get": (3, "what")}


def error_files(root: Path = ROOT) -> list[Path]:
    return sorted(
        p
        for folder in ERROR_DIRS
        for p in (root / folder).rglob("*.py")
        if "__pycache__" not in p.parts
    )


def _base_names(cls: ast.ClassDef) -> set[str]:
    return {name for base in cls.bases if (name := _type_name(base))}


def _defines_init(cls: ast.ClassDef) -> bool:
    return any(isinstance(node, ast.FunctionDef) and node.name == "__init__" for node in cls.body)


def _descendants(classes: list[ast.ClassDef], roots: set[str]) -> set[str]:
    found = set(roots)
    while more := {c.name for c in classes if _base_names(c) & found} - found:
        found |= more
    return found


def error_classes(trees: Iterable[ast.Module]) -> tuple[set[str], set[str]]:
    """(classes called with a template, classes that build theirs in ``__init__``).

    DomainError and its subclasses take the template as first argument, unless
    a class has its own ``__init__`` (GateBlocked(gate)): then its
    ``super().__init__`` call is where the template is, for it and its subclasses.
    """
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    derived = _descendants(classes, {ERROR_BASE})
    own_init = {c.name for c in classes if c.name in derived - {ERROR_BASE} and _defines_init(c)}
    own = _descendants(classes, own_init)
    return derived - own, own


class _ErrorVisitor(ast.NodeVisitor):
    """Templates handed to domain errors, and the labels that go into them."""

    def __init__(self, templated: set[str], own: set[str], rel: str) -> None:
        self.templated, self.own, self.rel = templated, own, rel
        self.enclosing: list[str] = []
        self.out = Extraction()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.enclosing.append(node.name)
        self.generic_visit(node)
        self.enclosing.pop()

    def _found(self, node: ast.AST, text: str) -> None:
        if text:
            message = Message(ERROR_CONTEXT, text)
            self.out.found.append(Found(message, self.rel, getattr(node, "lineno", 0)))

    def _template(self, node: ast.Call, what: str) -> None:
        text = node.args[0] if node.args else None
        source = text.value if isinstance(text, ast.Constant) else None
        if isinstance(source, str):
            self._found(node, source)
            return
        kind = "an f-string" if isinstance(text, ast.JoinedStr) else "no literal text"
        self.out.problems.append(
            f"{self.rel}:{node.lineno}: {what} gets {kind} as its template; write "
            f"{what}('... {{x}} ...', x=...) so that it can be translated"
        )

    def _is_super_init(self, func: ast.expr) -> bool:
        return (
            isinstance(func, ast.Attribute)
            and func.attr == "__init__"
            and isinstance(func.value, ast.Call)
            and getattr(func.value.func, "id", None) == "super"
            and bool(self.enclosing)
            and self.enclosing[-1] in self.own
        )

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in self.templated:
            self._template(node, name)
        elif self._is_super_init(func):
            self._template(node, f"{self.enclosing[-1]}.__init__")
        elif name == TERM_MARKER:
            text = _literal(node.args[0] if node.args else None, {})
            if text is None:
                self.out.problems.append(f"{self.rel}:{node.lineno}: {name}() needs a literal")
            else:
                self._found(node, text)
        if name in LABEL_ARGUMENTS:
            index, keyword = LABEL_ARGUMENTS[name]
            text = _literal(_arg(node, index, keyword), {})
            if text is not None:
                self._found(node, text)
        for keyword_node in node.keywords:
            if keyword_node.arg == "label":
                text = _literal(keyword_node.value, {})
                if text is not None:
                    self._found(keyword_node.value, text)


def error_messages(root: Path = ROOT) -> Extraction:
    """Every error template and label the model hands the desktop to translate."""
    trees = {
        p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in error_files(root)
    }
    templated, own = error_classes(trees.values())
    result = Extraction()
    for path, tree in trees.items():
        visitor = _ErrorVisitor(templated, own, path.relative_to(root).as_posix())
        visitor.visit(tree)
        result.found.extend(visitor.out.found)
        result.problems.extend(visitor.out.problems)
    return result


# -- lupdate -------------------------------------------------------------------------


def lupdate_binary() -> str:
    local = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    if local.exists():
        return str(local)
    found = shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: run `make` to build .venv first")
    return found


def run_lupdate(ts: Path, root: Path = ROOT) -> None:
    files = [p.relative_to(root).as_posix() for p in source_files(root)]
    command = [
        lupdate_binary(),
        "-silent",
        "-no-obsolete",
        "-locations",
        "absolute",
        "-source-language",
        SOURCE_LANGUAGE,
        *files,
        "-ts",
        str(ts),
    ]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{done.stdout}{done.stderr}")


def read_ts(path: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context name, message element) for each message of a .ts file."""
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def message_of(context: str, element: ET.Element) -> Message:
    return Message(
        context,
        element.findtext("source") or "",
        element.findtext("comment") or "",
        element.get("numerus") == "yes",
    )


def _plausible_context(context: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9_]*", context))


def extract(root: Path = ROOT) -> Extraction:
    """The AST pass, checked against what lupdate sees; no .ts file is touched."""
    result = ast_messages(root)
    errors = error_messages(root)
    result.found.extend(errors.found)
    result.problems.extend(errors.problems)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe_en.ts"
        run_lupdate(probe, root)
        reconcile(result, probe, root)
    return result


def reconcile(result: Extraction, lupdate_ts: Path, root: Path) -> set[tuple[str, str, str]]:
    """Fold lupdate's view into ``result``; return the keys lupdate filed wrongly."""
    known = result.messages()
    by_file: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for f in result.found:
        by_file[(f.file, f.message.source, f.message.comment)].add(f.message.context)
    misfiled: set[tuple[str, str, str]] = set()
    for context, element in read_ts(lupdate_ts):
        message = message_of(context, element)
        if message.key in known:
            continue
        places = _locations(element, lupdate_ts.parent, root)
        if any(by_file.get((file, message.source, message.comment)) for file, _ in places):
            misfiled.add(message.key)
            result.moved += 1
            continue
        file, line = places[0] if places else ("?", 0)
        if _plausible_context(context):
            found = Found(message, file, line)
            result.lupdate_only.append(found)
            result.found.append(found)
        else:
            misfiled.add(message.key)
            result.problems.append(
                f"{file}:{line}: lupdate files {message.source!r} under context "
                f"{context!r}, which Qt never asks for, and the AST pass cannot tell the real one"
            )
    return misfiled


def _locations(element: ET.Element, ts_dir: Path, root: Path) -> list[tuple[str, int]]:
    places = []
    for location in element.iter("location"):
        name = location.get("filename")
        if not name:
            continue
        path = (ts_dir / name).resolve()
        try:
            rel = path.relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = name
        places.append((rel, int(location.get("line") or 0)))
    return places


# -- merging into the real files ------------------------------------------------------


def translation_texts(element: ET.Element) -> list[str]:
    translation = element.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def is_finished(element: ET.Element) -> bool:
    translation = element.find("translation")
    if translation is None or translation.get("type") in NOT_FINISHED:
        return False
    texts = translation_texts(element)
    return bool(texts) and all(t.strip() for t in texts)


def _new_message(
    message: Message, places: list[tuple[str, int]], ts_dir: Path, root: Path, forms: int
) -> ET.Element:
    element = ET.Element("message")
    if message.numerus:
        element.set("numerus", "yes")
    for file, line in places:
        rel = Path(_relpath(root / file, ts_dir)).as_posix()
        ET.SubElement(element, "location", {"filename": rel, "line": str(line)})
    ET.SubElement(element, "source").text = message.source
    if message.comment:
        ET.SubElement(element, "comment").text = message.comment
    translation = ET.SubElement(element, "translation", {"type": "unfinished"})
    if message.numerus:
        for _ in range(forms):
            ET.SubElement(translation, "numerusform")
    return element


def _relpath(path: Path, start: Path) -> str:
    return os.path.relpath(path, start)


def _set_translation(element: ET.Element, texts: list[str], finished: bool) -> None:
    old = element.find("translation")
    index = list(element).index(old) if old is not None else len(element)
    if old is not None:
        element.remove(old)
    translation = ET.Element("translation")
    if not finished:
        translation.set("type", "unfinished")
    if element.get("numerus") == "yes":
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = texts[0] if texts else ""
    element.insert(index, translation)


@dataclass
class Report:
    language: str
    total: int = 0
    finished: int = 0
    added: int = 0
    carried: int = 0
    suggested: int = 0
    unfinished: list[Message] = field(default_factory=list)


def merge(ts: Path, language: str, extraction: Extraction, root: Path = ROOT) -> Report:
    """Run lupdate on ``ts``, then put every message in its run-time context and write it."""
    old: dict[tuple[str, str, str], ET.Element] = {}
    by_source: dict[str, set[str]] = defaultdict(set)
    if ts.exists():
        for context, element in read_ts(ts):
            message = message_of(context, element)
            old[message.key] = copy.deepcopy(element)
            if is_finished(element) and not message.numerus:
                by_source[message.source].add(translation_texts(element)[0])
    ts.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate(ts, root)
    tree = ET.parse(ts)
    wanted = extraction.messages()
    where = extraction.locations()
    report = Report(language, added=len(set(wanted) - set(old)))
    contexts: dict[str, list[ET.Element]] = defaultdict(list)
    present: set[tuple[str, str, str]] = set()
    for context_el in tree.getroot().findall("context"):
        name = context_el.findtext("name") or ""
        for element in context_el.findall("message"):
            message = message_of(name, element)
            if message.key not in wanted or message.key in present:
                continue  # misfiled by lupdate: re-added below in its real context
            present.add(message.key)
            contexts[name].append(element)
    forms = PLURAL_FORMS.get(language, 2)
    for key, message in wanted.items():
        if key in present:
            continue
        element = _new_message(message, where[key], ts.parent, root, forms)
        previous = old.get(key)
        if previous is not None and previous.find("translation") is not None:
            _set_translation(element, translation_texts(previous), is_finished(previous))
            report.carried += 1
        elif len(by_source.get(message.source, ())) == 1 and not message.numerus:
            # Same text translated elsewhere: offer it, unfinished, for a translator to confirm.
            _set_translation(element, [next(iter(by_source[message.source]))], False)
            report.suggested += 1
        contexts[key[0]].append(element)
    root_el = ET.Element("TS", {"version": "2.1", "language": language})
    root_el.set("sourcelanguage", SOURCE_LANGUAGE)
    for name in sorted(contexts):
        context_el = ET.SubElement(root_el, "context")
        ET.SubElement(context_el, "name").text = name
        for element in sorted(contexts[name], key=lambda e: _order(e, ts.parent, root)):
            if language == SOURCE_LANGUAGE and not is_finished(element):
                source = element.findtext("source") or ""
                count = forms if element.get("numerus") == "yes" else 1
                _set_translation(element, [source] * count, True)
            context_el.append(element)
            report.total += 1
            if is_finished(element):
                report.finished += 1
            else:
                report.unfinished.append(message_of(name, element))
    ts.write_text(serialise(root_el), encoding="utf-8")
    return report


def _order(element: ET.Element, ts_dir: Path, root: Path) -> tuple[str, int, str]:
    places = _locations(element, ts_dir, root)
    file, line = places[0] if places else ("~", 0)
    return (file, line, element.findtext("source") or "")


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
    )


def _attributes_text(element: ET.Element) -> str:
    return "".join(f' {k}="{_escape(v)}"' for k, v in element.attrib.items())


def serialise(root: ET.Element) -> str:
    """The layout lupdate itself writes, so a later lupdate run changes little."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f"<TS{_attributes_text(root)}>",
    ]

    def emit(element: ET.Element, depth: int) -> None:
        pad = "    " * depth
        children = list(element)
        attrs = _attributes_text(element)
        if children:
            lines.append(f"{pad}<{element.tag}{attrs}>")
            for child in children:
                emit(child, depth + 1)
            lines.append(f"{pad}</{element.tag}>")
            return
        if element.tag == "location":
            lines.append(f"{pad}<location{attrs}/>")
            return
        lines.append(f"{pad}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>")

    for context in root:
        lines.append("<context>")
        for child in context:
            emit(child, 1)
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# -- checks --------------------------------------------------------------------------


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def translation_problems(source: str, translation: str) -> list[str]:
    """What a finished translation must keep from its source."""
    problems = []
    if placeholders(source) != placeholders(translation):
        problems.append(f"placeholders {placeholders(source)} became {placeholders(translation)}")
    if ACCELERATOR.search(source.replace("&&", "")) and not ACCELERATOR.search(
        translation.replace("&&", "")
    ):
        problems.append("the keyboard accelerator (&) is missing")
    return problems


def check_files(extraction: Extraction) -> list[str]:
    """Every message the code uses, finished and sound, in every .ts file."""
    failures = list(extraction.problems)
    wanted = extraction.messages()
    for ts in TS_FILES.values():
        if not ts.exists():
            failures.append(f"{ts.name} is missing: run tools/update_translations.py")
            continue
        have = {message_of(c, e).key: e for c, e in read_ts(ts)}
        for key in sorted(wanted):
            element = have.get(key)
            label = f"{ts.name}: [{key[0]}] {key[1]!r}"
            if element is None:
                failures.append(f"{label} is not in the file")
            elif not is_finished(element):
                failures.append(f"{label} is not translated (unfinished)")
            else:
                for text in translation_texts(element):
                    failures.extend(f"{label}: {p}" for p in translation_problems(key[1], text))
    return failures


# -- command line ----------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if incomplete")
    parser.add_argument("--dynamic", action="store_true", help="list tr() calls on variables")
    args = parser.parse_args(list(argv) if argv is not None else None)
    extraction = extract(ROOT)
    messages = extraction.messages()
    print(
        f"{len(messages)} messages in {len({k[0] for k in messages})} contexts from "
        f"{len(source_files())} files ({extraction.moved} lupdate misfiled, moved to "
        f"their run-time context; {len(extraction.lupdate_only)} seen by lupdate only)"
    )
    for found in extraction.lupdate_only:
        print(
            f"  lupdate only: {found.file}:{found.line} [{found.message.context}] "
            f"{found.message.source!r}"
        )
    if args.dynamic:
        for line in extraction.dynamic:
            print(f"  dynamic: {line}")
    if not args.check:
        I18N_DIR.mkdir(parents=True, exist_ok=True)
        for language, ts in TS_FILES.items():
            report = merge(ts, language, extraction, ROOT)
            print(
                f"{ts.relative_to(ROOT)}: {report.total} messages, {report.finished} finished, "
                f"{len(report.unfinished)} unfinished ({report.added} new, {report.carried} "
                f"carried to their run-time context, {report.suggested} suggested from the same "
                "text elsewhere)"
            )
            if language != SOURCE_LANGUAGE:
                for message in report.unfinished:
                    print(f"  to translate: [{message.context}] {message.source!r}")
    failures = check_files(extraction)
    for failure in failures:
        print(f"  ! {failure}", file=sys.stderr)
    if failures:
        print(f"{len(failures)} problem(s)", file=sys.stderr)
        return 1
    print("complete: every message is translated in every language")
    return 0


if __name__ == "__main__":
    sys.exit(main())
