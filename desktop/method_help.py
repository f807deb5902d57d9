"""Help → Method: the seven-step method inside the application.

One window shows the whole method in the interface language, straight from
:func:`model.methodology.load_methodology`: every stage with its exit criteria,
key actions per role and rules, the groups that belong to a stage (five
elements, protection rules, the "not yours yet" warnings, …), then the roles,
relations and the rest. Every item has an anchor named by its ID, so
:func:`open_method_help` can show the window at the item a rule fired on.

Where the application applies a rule — the gate dialog, a card's warnings, the
map's risks, the deal panel — the rule's name leads here: through a link
``method:<ID>`` (:func:`method_link`, :func:`connect_links`) or a small "?"
button (:func:`help_button`).

Users never meet raw IDs such as ``P5.EXIT.3``: :func:`item_ref` names an item
as the window numbers it ("P5 exit criterion 3", "P5 出口标准 3").

The window has no parent, so that a modal dialog (the gate) does not block it,
and there is one per application; the main window closes it when it closes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import lang
from desktop.one_window import OneWindow
from model.methodology import ACTORS, GROUP_STAGE, Item, Methodology, Stage, load_methodology

CONTEXT = "MethodHelp"
SCHEME = "method"
HIGHLIGHT = "#FFF1C2"

__all__ = [
    "MethodHelp",
    "close_method_help",
    "connect_links",
    "help_button",
    "item_from_link",
    "item_ref",
    "method_help_window",
    "method_link",
    "open_method_help",
    "with_help",
]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# -- words ---------------------------------------------------------------------------


def _group_title(group: str) -> str:
    titles = {
        "exit_criteria": tr("Exit criteria"),
        "actions.rep": tr("Key actions of the sales rep"),
        "actions.presales": tr("Key actions of presales"),
        "actions.manager": tr("Key actions of the manager"),
        "rules": tr("Rules"),
        "lead_kinds": tr("Kinds of lead"),
        "lead_definitions": tr("What counts as a lead"),
        "channels": tr("Lead channels"),
        "five_elements": tr("Five elements of a valid opportunity"),
        "confirm_steps": tr("Confirming an opportunity"),
        "self_check": tr("Self-check when opportunities are few"),
        "risks": tr("Not yours yet"),
        "account.traits": tr("Traits of a key account"),
        "account.attributes": tr("Account attributes"),
        "account.partner_kinds": tr("Kinds of channel partner"),
        "account.values": tr("What a key account is worth to us"),
        "account.team_internal": tr("Internal key customers"),
        "roles": tr("Roles in the decision chain"),
        "relations": tr("Relations to us"),
        "person_attributes": tr("What to know about a person"),
        "goals": tr("What the method is for"),
    }
    return titles.get(group, group)


def _actor(actor: str) -> str:
    return {"rep": tr("Sales rep"), "presales": tr("Presales"), "manager": tr("Manager")}.get(
        actor, actor
    )


def _stage_groups(method: Methodology, stage: Stage) -> list[tuple[str, tuple[Item, ...]]]:
    """(group, items) in the order the window shows them for one stage."""
    shown = {rule.id for rule in stage.rules}
    groups: list[tuple[str, tuple[Item, ...]]] = [("exit_criteria", stage.exit_criteria)]
    groups += [(f"actions.{actor}", stage.actions[actor]) for actor in ACTORS]
    groups.append(("rules", stage.rules))
    for group, stage_id in GROUP_STAGE.items():
        if stage_id == stage.id:
            groups.append((group, tuple(i for i in method.group(group) if i.id not in shown)))
    return [(group, items) for group, items in groups if items]


def _place(item_id: str) -> tuple[str | None, str, int] | None:
    """(stage, group, number) of an item as the window lists it, or None if unknown."""
    method = load_methodology()
    if item_id not in method:
        return None
    item = method.item(item_id)
    if isinstance(item, Stage):
        return item.id, "stage", 0
    for stage in method.stages:
        for group, items in _stage_groups(method, stage):
            for number, listed in enumerate(items, start=1):
                if listed.id == item_id:
                    return stage.id, group, number
    items = method.groups.get(item.group, ())
    number = next((n for n, i in enumerate(items, start=1) if i.id == item_id), 0)
    return None, item.group, number


def item_ref(item_id: str) -> str:
    """A short name of a method item, as the window numbers it, never its raw ID.

    "P5 exit criterion 3", "P7 rule 1", "Five elements 2", "Not yours yet 4";
    a stage is "P3 · Opportunity". An ID the method does not know shows as is.
    """
    place = _place(item_id)
    if place is None:
        return item_id
    stage, group, number = place
    method = load_methodology()
    if group == "stage":
        return f"{item_id} · {method.stage(item_id).short(lang())}"
    if group == "exit_criteria":
        return tr("{stage} exit criterion {n}").format(stage=stage, n=number)
    if group == "rules":
        return tr("{stage} rule {n}").format(stage=stage, n=number)
    if group == "five_elements":
        return tr("Five elements {n}").format(n=number)
    title = _group_title(group)
    if number and group != "account.team_internal":
        return tr("{group} {n}").format(group=title, n=number)
    return title


def method_link(item_id: str, text: str) -> str:
    """Rich text: ``text`` as a link that opens the method at ``item_id``."""
    return f'<a href="{SCHEME}:{html.escape(item_id)}">{html.escape(text)}</a>'


def item_from_link(link: str | QUrl) -> str | None:
    """The item ID of a ``method:`` link; None for any other link."""
    text = link.toString() if isinstance(link, QUrl) else str(link)
    prefix = f"{SCHEME}:"
    return text[len(prefix) :] if text.startswith(prefix) else None


# -- the page --------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text)


_ITEM = "margin-top:3px; margin-bottom:3px;"


class _Page:
    """The method as one HTML page in one language, anchors named by ID."""

    def __init__(self, method: Methodology, language: str, current: str | None) -> None:
        self.method, self.language, self.current = method, language, current
        self.parts: list[str] = []

    def add(self, text: str) -> None:
        self.parts.append(text)

    def heading(self, level: int, anchor: str, text: str) -> None:
        self.add(f'<h{level}><a name="{_esc(anchor)}"></a>{_esc(text)}</h{level}>')

    def item(self, item: Item, number: int | None, note: str = "") -> None:
        shade = f" background-color:{HIGHLIGHT};" if item.id == self.current else ""
        prefix = f"{number}.&nbsp;" if number is not None else "•&nbsp;"
        extra = f' <span style="color:#556070">{_esc(note)}</span>' if note else ""
        self.add(
            f'<p style="{_ITEM} margin-left:18px;{shade}"><a name="{_esc(item.id)}"></a>{prefix}'
            f"{_esc(item.text(self.language))}{extra}</p>"
        )
        for option in item.options:
            text = _esc(option.text(self.language))
            self.add(f'<p style="{_ITEM} margin-left:44px; color:#38414d">– {text}</p>')

    def group(self, group: str, items: Iterable[Item], numbered: bool = True) -> None:
        self.add(f"<h4>{_esc(_group_title(group))}</h4>")
        for number, item in enumerate(items, start=1):
            note = ""
            if item.effective:
                note = tr("(among the most effective)")
            if item.sensitive:
                note = tr("(sensitive: never exported or logged)")
            if item.actor and group == "confirm_steps":
                note = tr("({actor})").format(actor=_actor(item.actor))
            self.item(item, number if numbered else None, note)

    def note(self, text: str) -> None:
        self.add(f'<p style="margin-left:18px; color:#556070"><i>{_esc(text)}</i></p>')

    def stage(self, stage: Stage) -> None:
        shade = f' style="background-color:{HIGHLIGHT}"' if stage.id == self.current else ""
        self.add(
            f'<h2{shade}><a name="{stage.id}"></a>{stage.id} · {_esc(stage.text(self.language))}'
            "</h2>"
        )
        self.add(f"<p>{_esc(stage.summary.get(self.language))}</p>")
        self.add(
            '<p style="color:#556070">'
            + _esc(
                tr("Usual win probability {p:.0%}; usually about {d} days in this stage.").format(
                    p=stage.default_probability, d=stage.usual_days
                )
            )
            + "</p>"
        )
        groups = _stage_groups(self.method, stage)
        if not groups:
            self.note(tr("The method sets no exit criteria, actions or rules here."))
        for group, items in groups:
            self.group(group, items)
            if group == "rules" and any(r.group == "protection_rules" for r in items):
                self.note(self.method.protection_purpose.get(self.language))
            if group == "risks":
                self.note(self.method.risk_note.get(self.language))

    def build(self) -> str:
        method = self.method
        self.add(f'<h1><a name="top"></a>{_esc(method.title.get(self.language))}</h1>')
        self.add(
            "<p>"
            + _esc(
                tr(
                    "Every stage with what it asks before a deal moves on, the key actions "
                    "of each role, the rules, and the warnings. The application's gates and "
                    "warnings refer to these items."
                )
            )
            + "</p>"
        )
        for stage in method.stages:
            self.stage(stage)
        self.add(f'<h2><a name="chain"></a>{_esc(tr("The decision chain"))}</h2>')
        for group in ("roles", "relations", "person_attributes"):
            self.group(group, method.group(group), numbered=False)
        self.add(f'<h2><a name="account"></a>{_esc(tr("Key accounts"))}</h2>')
        self.add(f"<p>{_esc(method.account.get(self.language))}</p>")
        for group in (
            "account.traits",
            "account.attributes",
            "account.partner_kinds",
            "account.values",
            "account.team_internal",
        ):
            self.group(group, method.group(group), numbered=group != "account.team_internal")
        self.add(f'<h2><a name="goals"></a>{_esc(tr("What the method is for"))}</h2>')
        for number, item in enumerate(method.goals, start=1):
            self.item(item, number)
        return "\n".join(self.parts)


def method_html(language: str, current: str | None = None) -> str:
    """The whole method as HTML in ``language`` ("zh"/"en"), ``current`` highlighted."""
    return _Page(load_methodology(), language, current).build()


# -- the window ------------------------------------------------------------------------


class MethodHelp(QWidget):
    """Contents on the left, the method on the right; Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("methodHelp")
        self.current: str | None = None
        self.language = ""
        self.resize(QSize(980, 680))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.contents = QListWidget()
        self.contents.setObjectName("methodContents")
        self.contents.setMaximumWidth(240)
        self.contents.setSpacing(3)
        self.contents.itemActivated.connect(self._go)
        self.contents.itemClicked.connect(self._go)
        self.browser = QTextBrowser()
        self.browser.setObjectName("methodText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 760])
        layout.addWidget(splitter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild in the interface language, keeping the current item highlighted."""
        self.language = lang()
        self.setWindowTitle(tr("The seven-step method"))
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(method_html(self.language, self.current))
        self.browser.verticalScrollBar().setValue(position)
        self.contents.clear()
        method = load_methodology()
        entries = [
            (stage.id, f"{stage.id} · {stage.short(self.language)}") for stage in method.stages
        ]
        entries += [
            ("chain", tr("The decision chain")),
            ("account", tr("Key accounts")),
            ("goals", tr("What the method is for")),
        ]
        for anchor, text in entries:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, anchor)
            self.contents.addItem(entry)

    def show_item(self, item_id: str | None) -> None:
        """Highlight ``item_id`` and scroll to it (None: the top, nothing highlighted)."""
        current = item_id if item_id is not None and item_id in load_methodology() else None
        if self.language != lang() or current != self.current:
            self.current = current
            self.refresh()
        self.browser.scrollToAnchor(self.current or "top")  # lays the page out that far
        top = self._anchor_top(self.current) if self.current else None
        if top is not None:  # the item a fifth down the view, after a little of what leads to it
            bar = self.browser.verticalScrollBar()
            bar.setValue(min(bar.value(), max(0, int(top) - self.browser.viewport().height() // 5)))
        stage = (_place(self.current) or (None, "", 0))[0] if self.current else None
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == stage:
                self.contents.setCurrentRow(row)
                break
        else:
            self.contents.clearSelection()

    def _anchor_top(self, name: str) -> float | None:
        """Where the anchor ``name`` sits in the laid-out page, or None."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                if name in fragments.fragment().charFormat().anchorNames():
                    return document.documentLayout().blockBoundingRect(block).top()
                fragments += 1
            block = block.next()
        return None

    def _go(self, entry: QListWidgetItem) -> None:
        self.browser.scrollToAnchor(str(entry.data(Qt.ItemDataRole.UserRole)))

    def _follow(self, url: QUrl) -> None:
        item = item_from_link(url)
        if item is not None:
            self.show_item(item)


_window = OneWindow(MethodHelp)


def method_help_window() -> MethodHelp | None:
    """The open method window, if any (tests look at it)."""
    return _window.get()


def open_method_help(item_id: str | None = None) -> MethodHelp:
    """Show the method window, at ``item_id`` when given; one window per application."""
    return _window.show(lambda window, _new: window.show_item(item_id))


def close_method_help() -> None:
    _window.close()


def help_button(item_id: str, parent: QWidget | None = None) -> QToolButton:
    """A small "?" that opens the method at ``item_id``."""
    button = QToolButton(parent)
    button.setText("?")
    button.setAutoRaise(True)
    button.setObjectName(f"methodHelp_{item_id}")
    button.setToolTip(tr("Read this in the method: {item}").format(item=item_ref(item_id)))
    button.setCursor(Qt.CursorShape.WhatsThisCursor)
    button.clicked.connect(lambda _checked=False: open_method_help(item_id))
    return button


def with_help(widget: QWidget, item_id: str) -> QWidget:
    """``widget`` with a "?" at its right that opens the method at ``item_id``."""
    row = QWidget()
    row.setObjectName(f"withHelp_{item_id}")
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(2)
    line.addWidget(widget, 1)
    line.addWidget(help_button(item_id), 0, Qt.AlignmentFlag.AlignTop)
    return row


def connect_links(label: QLabel) -> QLabel:
    """Let ``method:`` links in a rich-text label open the method window."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.setOpenExternalLinks(False)

    def follow(link: str) -> None:
        item = item_from_link(link)
        if item is not None:
            open_method_help(item)

    label.linkActivated.connect(follow)
    return label
