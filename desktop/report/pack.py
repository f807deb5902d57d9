"""The account review pack: a PDF for a review meeting about one key account.

Five parts, each starting on a new page so a reader finds them at the same
place in every pack:

1. the account: profile, what is open, the decision chain's coverage per role,
   its risks (each with the rule it comes from) and the best routes to the KDM;
2. the decision-chain map (landscape), drawn by the map's own scene with the
   best routes lit, so the paper shows what the screen shows;
3. the deals: stage, the stage's exit criteria met or not, the five elements;
4. the activities of the last 90 days and the next steps still open;
5. the people, their role and support — and their personal attributes only
   when the user asked for them (``private``).

Everything is read in one pass (:func:`read_pack`: :func:`model.review_pack.review_pack`
plus the map's graph analysis) and then drawn with Qt alone (QPdfWriter,
QTextDocument, QPainter): no new dependency. The words follow the interface
language (``tr`` and the method's texts in :func:`desktop.i18n.lang`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from desktop import labels
from desktop.i18n import lang
from desktop.map.data import MapAnalysis, MapData, analyse, build_map_data
from desktop.map.scene import MapScene
from desktop.map.texts import hop_word, percent, risk_text, route_problem, severity_label
from graph import RouteAnswer, best_route_to_kdm
from model.review_pack import WINDOW_DAYS, NextStep, PackPerson, ReviewPack, review_pack

if TYPE_CHECKING:
    from model.board import DealDetail

CONTEXT = "ReviewPack"
ROUTES = 3
STEP_DAYS = 14
"""Key actions (tasks) due within this many days are listed among the next steps."""
"""Best routes to the KDM listed and lit on the map."""
RESOLUTION = 96
"""Device pixels per inch of the PDF: layout units are the screen's CSS pixels."""
MARGIN_MM = 14.0
HEADER_PX = 28.0
FOOTER_PX = 24.0


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PackError(Exception):
    """The pack could not be written; the message says why, for the user."""


@dataclass(frozen=True)
class PackContent:
    """What one pack prints: the model's rows and the map's analysis."""

    pack: ReviewPack
    map: MapData
    analysis: MapAnalysis
    routes: RouteAnswer

    def name_of(self, key: str) -> str:
        node = self.map.nodes.get(key)
        return node.name if node is not None else key


def read_pack(
    session: Any, account_id: int, *, private: bool = False, today: date | None = None
) -> PackContent | None:
    """Read everything the pack of ``account_id`` shows (None: the account is gone)."""
    from graph.from_model import account_stage, org_data

    today = today or date.today()
    pack = review_pack(session, account_id, private=private, today=today)
    if pack is None:
        return None
    org = org_data(session, account_id, today=today)
    stage = account_stage(session, account_id)
    data = build_map_data(org, account_id=account_id, stage=stage)
    routes = (
        best_route_to_kdm(data.graph, ROUTES)
        if data.graph is not None
        else RouteAnswer((), "no_kdm")
    )
    return PackContent(pack, data, analyse(data, today), routes)


# -- the words -------------------------------------------------------------------------------


def _profile_label(key: str) -> str:
    return {
        "nature": tr("Nature"),
        "industry": tr("Industry"),
        "region": tr("Region"),
        "scale": tr("Scale"),
        "sales_channel": tr("Sales channel"),
        "partner_kind": tr("Partner kind"),
        "partner_name": tr("Partner"),
        "parent": tr("Parent account"),
        "owner": tr("Owner"),
        "territory": tr("Territory"),
        "development_stage": tr("Development stage"),
        "registered_capital": tr("Registered capital"),
        "main_business": tr("Main business"),
        "industry_chain": tr("Industry chain"),
        "org_structure": tr("Organisation"),
        "markets": tr("Markets"),
        "business_regions": tr("Business regions"),
        "culture": tr("Culture"),
        "it_situation": tr("IT situation"),
        "core_needs": tr("Core needs"),
        "note": tr("Note"),
    }.get(key, key)


def _profile_value(key: str, value: str) -> str:
    shown = {
        "nature": labels.nature_label,
        "scale": labels.scale_label,
        "sales_channel": labels.sales_channel_label,
        "partner_kind": labels.partner_kind_label,
    }.get(key)
    return shown(value) if shown is not None else value


def _private_label(key: str) -> str:
    return {
        "age": tr("Age"),
        "gender": tr("Gender"),
        "character": tr("Character"),
        "career_situation": tr("Career situation"),
        "tenure_hobbies": tr("Tenure, hobbies"),
        "family": tr("Family"),
        "education_career": tr("Education, career"),
    }.get(key, key)


def _method_text(item_id: str) -> str:
    from model.methodology import load_methodology

    method = load_methodology()
    return method.text(item_id, lang()) if item_id in method else item_id


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _e(text: object) -> str:
    return escape(str(text))


# -- the parts as HTML -----------------------------------------------------------------------

STYLE = """
body { font-size: 10pt; color: #1f2933; }
h1 { font-size: 20pt; margin: 0 0 2px 0; }
h2 { font-size: 13pt; margin: 14px 0 4px 0; color: #102a43; }
h3 { font-size: 11pt; margin: 10px 0 3px 0; color: #243b53; }
p.sub { color: #52606d; margin: 0 0 8px 0; }
p.note { color: #52606d; font-size: 9pt; }
th { background: #e4e7eb; text-align: left; font-weight: bold; }
td.key { color: #52606d; }
.met { color: #1e7b34; font-weight: bold; }
.unmet { color: #b42318; font-weight: bold; }
.late { color: #b42318; font-weight: bold; }
.private { color: #7c2d12; }
"""


def _table(
    head: Iterable[str],
    rows: Iterable[Iterable[str]],
    widths: Iterable[int] = (),
    nowrap: frozenset[int] = frozenset(),
) -> str:
    """An HTML table; cells of ``rows`` are HTML already (escape what they hold).
    Columns in ``nowrap`` (days) are never broken."""
    cols = list(widths)
    out = [
        '<table width="100%" cellspacing="0" cellpadding="4" border="0.5" '
        'style="border-color:#cbd2d9; border-collapse: collapse;">'
    ]
    header = list(head)
    if header:
        out.append("<tr>")
        for i, h in enumerate(header):
            w = f' width="{cols[i]}%"' if i < len(cols) else ""
            out.append(f"<th{w}>{_e(h)}</th>")
        out.append("</tr>")
    for row in rows:
        if isinstance(row, str):  # a line across the table, under the row before
            out.append(f"<tr><td></td><td colspan='{max(1, len(header) - 1)}'>{row}</td></tr>")
            continue
        cells = (
            f"<td nowrap>{c}</td>" if i in nowrap else f"<td>{c}</td>" for i, c in enumerate(row)
        )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _title_html(c: PackContent) -> str:
    p = c.pack
    owner = dict(p.profile).get("owner", "")
    bits = [tr("Account review pack"), p.today.isoformat()]
    if owner:
        bits.append(tr("Owner: {name}").format(name=owner))
    return f"<h1>{_e(p.name)}</h1><p class='sub'>{_e(' · '.join(bits))}</p>"


def front_html(c: PackContent) -> str:
    """Part 1: profile, what is open, coverage, risks and the best routes to the KDM."""
    p = c.pack
    out = [_title_html(c)]
    open_deals = p.open_deals
    if open_deals:
        sums: dict[str, float] = {}
        for d in open_deals:
            sums[d.currency] = sums.get(d.currency, 0.0) + d.amount
        money = labels.join_list(labels.amount(v, cur) for cur, v in sorted(sums.items()))
        out.append(
            "<p>"
            + _e(
                tr("{n} open deal(s), {amount} in all; furthest stage {stage}.").format(
                    n=len(open_deals),
                    amount=money,
                    stage=f"{open_deals[0].stage} {labels.stage_label(open_deals[0].stage)}",
                )
            )
            + "</p>"
        )
    else:
        out.append("<p>" + _e(tr("No open deal on this account.")) + "</p>")
    out.append(f"<h2>{_e(tr('Profile'))}</h2>")
    if p.profile:
        out.append(
            _table(
                (),
                (
                    (f"<span class='key'>{_e(_profile_label(k))}</span>", _e(_profile_value(k, v)))
                    for k, v in p.profile
                    if k != "owner"
                ),
                (25, 75),
            )
        )
    else:
        out.append("<p class='note'>" + _e(tr("No profile recorded yet.")) + "</p>")
    out.append(f"<h2>{_e(tr('Decision chain'))}</h2>")
    out.append(_coverage_html(c))
    out.append(f"<h3>{_e(tr('Best routes to the key decision maker'))}</h3>")
    out.append(_routes_html(c))
    out.append(f"<h3>{_e(tr('Risks'))}</h3>")
    out.append(_risks_html(c))
    return "".join(out)


def _coverage_html(c: PackContent) -> str:
    cov = c.analysis.coverage
    if not cov:
        return "<p class='note'>" + _e(tr("Nobody of this customer is on record yet.")) + "</p>"
    rows = []
    for role, rc in cov.items():
        if not rc.known:
            rows.append(
                (
                    _e(labels.role_label(role)),
                    f"<span class='unmet'>{_e(tr('nobody known'))}</span>",
                    "",
                    "",
                )
            )
            continue
        names = labels.join_list(c.name_of(k) for k in rc.people)
        support = (
            labels.support_label(rc.worst_support)
            if rc.worst_support == rc.best_support
            else f"{labels.support_label(rc.worst_support)} … "
            f"{labels.support_label(rc.best_support)}"
        )
        flags = [w for w, on in ((tr("insider"), rc.insider), (tr("coach"), rc.coach)) if on]
        contact = (
            labels.visit_level_label(rc.visit_level)
            if rc.visit_level is not None
            else tr("no contact")
        )
        if flags:
            contact = tr("; ").join((contact, *flags))
        rows.append((_e(labels.role_label(role)), _e(names), _e(support), _e(contact)))
    return _table(
        (tr("Role"), tr("People"), tr("Support"), tr("Our highest contact")), rows, (18, 40, 20, 22)
    )


def _routes_html(c: PackContent) -> str:
    answer = c.routes
    if not answer.routes:
        return "<p class='note'>" + _e(route_problem(answer, c.name_of)) + "</p>"
    items = []
    for r in answer.routes:
        parts = [c.name_of(r.nodes[0])]
        for kind, node in zip(r.kinds, r.nodes[1:], strict=True):
            parts.append(f"—{hop_word(kind)}→")
            parts.append(c.name_of(node))
        text = " ".join(parts)
        items.append(
            f"<li>{_e(text)} <span class='note'>"
            f"({_e(tr('strength {p}').format(p=percent(r.strength)))})</span></li>"
        )
    return "<ol>" + "".join(items) + "</ol>"


def _risks_html(c: PackContent) -> str:
    found = sorted(c.analysis.risks, key=lambda r: -r.severity)
    if not found:
        return "<p class='note'>" + _e(tr("No risk found in the decision chain.")) + "</p>"
    rows = (
        (
            f"<span class='{'unmet' if r.severity >= 3 else 'key'}'>"
            f"{_e(severity_label(r.severity))}</span>",
            _e(risk_text(r, c.name_of)),
            _e(r.rule_id),
        )
        for r in found
    )
    return _table((tr("Severity"), tr("Risk"), tr("Rule")), rows, (14, 70, 16))


def deals_html(c: PackContent) -> str:
    """Part 3: each deal's stage, exit criteria met or not, and the five elements."""
    p = c.pack
    out = [f"<h1>{_e(tr('Deals'))}</h1>"]
    out.append(
        "<p class='sub'>"
        + _e(
            tr("{account}: open deals, and those closed in the last {days} days").format(
                account=p.name, days=WINDOW_DAYS
            )
        )
        + "</p>"
    )
    if not p.deals:
        out.append("<p>" + _e(tr("No deal on this account yet.")) + "</p>")
    for d in p.deals:
        out.append(_deal_html(d))
    return "".join(out)


def _deal_html(d: DealDetail) -> str:
    stage = f"{d.stage} {labels.stage_label(d.stage)}"
    facts = [stage, labels.deal_status_label(d.status), labels.amount(d.amount, d.currency)]
    if d.expected_close is not None:
        facts.append(tr("close {day}").format(day=_day(d.expected_close)))
    if d.owner:
        facts.append(tr("owner {name}").format(name=d.owner))
    out = [f"<h2>{_e(d.name)}</h2><p class='sub'>{_e(' · '.join(facts))}</p>"]
    if d.status == "open":
        met = sum(1 for x in d.exits if x.met)
        out.append(
            "<h3>"
            + _e(
                tr("Exit criteria of {stage}: {met} of {n} met").format(
                    stage=d.stage, met=met, n=len(d.exits)
                )
            )
            + "</h3>"
        )
        rows = []
        for x in d.exits:
            mark = (
                f"<span class='met'>{_e(tr('met'))}</span>"
                if x.met
                else f"<span class='unmet'>{_e(tr('not met'))}</span>"
            )
            how = tr("from the data") if x.computed else (x.by or "")
            if x.on is not None and not x.computed:
                how = f"{how} {_day(x.on)}".strip()
            rows.append((mark, f"<b>{_e(x.id)}</b> {_e(_method_text(x.id))}", _e(how)))
        out.append(_table((tr("Status"), tr("Exit criterion"), tr("Checked")), rows, (12, 68, 20)))
    out.append("<h3>" + _e(tr("Five elements")) + "</h3>")
    rows = []
    for el in d.elements:
        css = "met" if el.status == "verified" else ("key" if el.status == "claimed" else "unmet")
        who = ", ".join(x for x in (el.by, _day(el.on)) if x)
        rows.append(
            (
                f"<b>{_e(el.id)}</b> {_e(_method_text(el.id))}",
                f"<span class='{css}'>{_e(labels.element_status_label(el.status))}</span>",
                _e(who),
            )
        )
    out.append(_table((tr("Element"), tr("Status"), tr("Verified by")), rows, (56, 14, 30)))
    if d.warnings:
        out.append(
            "<p class='note'>"
            + _e(
                tr("Warnings: {list}").format(
                    list=tr("; ").join(_method_text(w) for w in d.warnings)
                )
            )
            + "</p>"
        )
    return "".join(out)


def activities_html(c: PackContent) -> str:
    """Part 4: the activities of the last 90 days and the next steps still open."""
    p = c.pack
    out = [f"<h1>{_e(tr('Activities and next steps'))}</h1>"]
    out.append(f"<h2>{_e(tr('Next steps'))}</h2>")
    shown, later = _steps_shown(p)
    if not shown:
        out.append("<p class='note'>" + _e(tr("No open next step.")) + "</p>")
    groups: dict[str, list[NextStep]] = {}
    for step in shown:
        groups.setdefault(step.deal, []).append(step)
    for deal, steps in groups.items():
        out.append(f"<h3>{_e(deal or tr('The account'))}</h3>")
        out.append(
            _table(
                (tr("Due"), tr("Step"), tr("Who")),
                (_step_row(s) for s in steps),
                (15, 65, 20),
                frozenset({0}),
            )
        )
    if later:
        out.append(
            "<p class='note'>"
            + _e(
                tr(
                    "{n} more key action(s) of the open deals are due after {day} "
                    "(see the Tasks page)."
                ).format(n=later, day=_day(p.today + timedelta(days=STEP_DAYS)))
            )
            + "</p>"
        )
    out.append(
        "<h2>"
        + _e(
            tr("Activities from {since} to {today}").format(
                since=_day(p.since), today=_day(p.today)
            )
        )
        + "</h2>"
    )
    if p.activities:
        rows = []
        for a in p.activities:
            who = labels.join_list([n for _, n in a.members] + [n for _, n in a.people])
            rows.append(
                (
                    _e(_day(a.on)),
                    _e(labels.activity_kind_label(a.kind)),
                    _e(who),
                    _e(a.deal),
                    _e(a.summary),
                )
            )
        out.append(
            _table(
                (tr("Day"), tr("Kind"), tr("Who"), tr("Deal"), tr("Summary")),
                rows,
                (12, 10, 22, 16, 40),
                frozenset({0}),
            )
        )
    else:
        out.append(
            "<p class='note'>" + _e(tr("No activity in the last {n} days.").format(n=WINDOW_DAYS))
        )
    return "".join(out)


def _steps_shown(p: ReviewPack) -> tuple[list[NextStep], int]:
    """The steps the pack lists, and how many key actions it leaves for later.

    Every next step written on an activity is listed; of the method's key
    actions (tasks), those overdue or due within :data:`STEP_DAYS` days (a
    deal carries a dozen per stage: all of them would bury the steps agreed
    with the customer).
    """
    horizon = p.today + timedelta(days=STEP_DAYS)
    shown = [
        s
        for s in p.next_steps
        if s.kind != "task" or s.overdue or (s.due is not None and s.due <= horizon)
    ]
    return shown, len(p.next_steps) - len(shown)


def _step_row(s: NextStep) -> tuple[str, str, str]:
    due = _e(_day(s.due))
    if s.overdue:
        due = f"<span class='late'>{due} {_e(tr('overdue'))}</span>"
    text = s.text or _method_text(s.action)
    if s.action:
        text = f"{s.action} {text}"
    who = s.who or (labels.team_role_label(s.team_role) if s.team_role else "")
    return due, _e(text), _e(who)


def people_html(c: PackContent) -> str:
    """Part 5: the people; their personal attributes only when asked for."""
    p = c.pack
    out = [f"<h1>{_e(tr('People'))}</h1>"]
    if p.private:
        out.append(
            "<p class='private'>"
            + _e(
                tr(
                    "This pack includes personal attributes of the customer's staff: "
                    "keep it within the account team."
                )
            )
            + "</p>"
        )
    if not p.people:
        out.append(
            "<p class='note'>" + _e(tr("Nobody of this customer is on record yet.")) + "</p>"
        )
        return "".join(out)
    rows: list[Iterable[str]] = []
    for x in p.people:
        rows.append(_person_row(x))
        if x.private:
            rows.append(
                "<span class='private'>"
                + _e(tr("; ").join(f"{_private_label(k)}: {v}" for k, v in x.private))
                + "</span>"
            )
    out.append(
        _table(
            (tr("Name"), tr("Title"), tr("Role"), tr("Support"), tr("Notes")),
            rows,
            (20, 22, 16, 14, 28),
        )
    )
    return "".join(out)


def _person_row(x: PackPerson) -> tuple[str, str, str, str, str]:
    notes = []
    if x.insider:
        notes.append(tr("insider"))
    if x.coach:
        notes.append(tr("coach"))
    if x.backs:
        notes.append(tr("backs {competitor}").format(competitor=x.backs))
    if x.manager:
        notes.append(tr("reports to {name}").format(name=x.manager))
    cell = _e(tr("; ").join(notes))
    title = " · ".join(t for t in (x.title, x.department) if t)
    role = labels.role_label(x.role) if x.role else ""
    return _e(x.name), _e(title), _e(role), _e(labels.support_label(x.support)), cell


PARTS: tuple[Callable[[PackContent], str], ...] = (
    front_html,
    deals_html,
    activities_html,
    people_html,
)
"""The text parts in print order; the map comes after the first."""


# -- drawing ---------------------------------------------------------------------------------


def _plain_font(points: float) -> QFont:
    """A font without ligatures: "fi" and "fl" stay letters, so a PDF viewer's search
    (and a copy of the text) finds "influences" and "verified"."""
    font = QFont()
    font.setPointSizeF(points)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _document(html: str, width: float, height: float, writer: QPdfWriter) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_plain_font(10))
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, height))
    doc.setHtml(f"<html><body>{html}</body></html>")
    return doc


class _Pages:
    """Turns pages on the writer and draws each page's header and footer."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, c: PackContent, total: int):
        self.writer = writer
        self.painter = painter
        self.c = c
        self.total = total
        self.number = 0

    def start(self, landscape: bool = False) -> QRectF:
        """A new page (the first is open already); returns its body rectangle."""
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        if self.number > 0:
            self.writer.setPageOrientation(orientation)
            self.writer.newPage()
        self.number += 1
        w, h = float(self.writer.width()), float(self.writer.height())
        self._furniture(w, h)
        return QRectF(0, HEADER_PX, w, h - HEADER_PX - FOOTER_PX)

    def _furniture(self, w: float, h: float) -> None:
        p = self.painter
        p.save()
        p.setFont(_plain_font(8))
        p.setPen(QColor("#52606d"))
        left = tr("{account} — account review pack").format(account=self.c.pack.name)
        p.drawText(
            QRectF(0, 0, w, HEADER_PX - 10),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            left,
        )
        p.drawText(
            QRectF(0, 0, w, HEADER_PX - 10),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.c.pack.today.isoformat(),
        )
        p.setPen(QColor("#cbd2d9"))
        p.drawLine(0, int(HEADER_PX - 6), int(w), int(HEADER_PX - 6))
        p.setPen(QColor("#52606d"))
        foot = (
            tr("Includes personal attributes: keep within the account team")
            if self.c.pack.private
            else tr("For internal review")
        )
        p.drawText(
            QRectF(0, h - FOOTER_PX + 6, w, FOOTER_PX - 6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            foot,
        )
        p.drawText(
            QRectF(0, h - FOOTER_PX + 6, w, FOOTER_PX - 6),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            tr("Page {n} of {total}").format(n=self.number, total=self.total),
        )
        p.restore()


def _draw_document(pages: _Pages, doc: QTextDocument, body: QRectF) -> None:
    """Draw ``doc`` page by page (its page size is the body's size)."""
    painter = pages.painter
    height = doc.pageSize().height()
    for i in range(doc.pageCount()):
        if i > 0:
            body = pages.start()
        painter.save()
        painter.translate(body.left(), body.top() - i * height)
        clip = QRectF(0, i * height, body.width(), height)
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        painter.restore()


def _map_title(c: PackContent) -> tuple[str, str]:
    title = tr("Decision chain — {account}").format(account=c.pack.name)
    if c.routes.routes:
        sub = tr("The {n} strongest route(s) to the key decision maker are lit.").format(
            n=len(c.routes.routes)
        )
    else:
        sub = route_problem(c.routes, c.name_of)
    return title, sub


class PaperScene(MapScene):
    """The map's scene for paper: routes lit, but no card faded (a faded name
    cannot be read in print); the lines off the routes still step back."""

    def is_faded(self, key: str) -> bool:
        return False


def _draw_map(pages: _Pages, c: PackContent, body: QRectF) -> None:
    from desktop.map.export import _document_size, paint_document
    from desktop.map.legend import Legend

    painter = pages.painter
    if not c.map.nodes:
        painter.save()
        painter.setPen(QColor("#52606d"))
        painter.drawText(
            body,
            int(Qt.AlignmentFlag.AlignCenter),
            tr("Nobody of this customer is on record yet: the map is empty."),
        )
        painter.restore()
        return
    scene = PaperScene()
    try:
        scene.sync(c.map)
        if c.routes.routes:
            scene.set_routes(c.routes.routes, True)
        legend = Legend()
        size, _ = _document_size(scene, legend)
        scale = min(body.width() / size.width(), body.height() / size.height())
        painter.save()
        painter.translate(
            body.left() + (body.width() - size.width() * scale) / 2,
            body.top() + (body.height() - size.height() * scale) / 2,
        )
        painter.scale(scale, scale)
        title, sub = _map_title(c)
        paint_document(scene, painter, title, sub, legend)
        painter.restore()
    finally:
        scene.clear()
        scene.deleteLater()


def render_pack(c: PackContent) -> bytes:
    """The pack as PDF bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(tr("Account review pack — {account}").format(account=c.pack.name))
    writer.setCreator("Key Account Navigator")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    portrait_w, portrait_h = float(writer.width()), float(writer.height())
    body_h = portrait_h - HEADER_PX - FOOTER_PX
    docs = [_document(part(c), portrait_w, body_h, writer) for part in PARTS]
    total = sum(d.pageCount() for d in docs) + 1  # + the map's page
    painter = QPainter()
    if not painter.begin(writer):
        raise PackError(tr("Cannot draw the review pack."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pages = _Pages(writer, painter, c, total)
        for i, doc in enumerate(docs):
            body = pages.start()
            _draw_document(pages, doc, body)
            if i == 0:
                _draw_map(pages, c, pages.start(landscape=True))
    finally:
        painter.end()
    del writer  # the PDF is finished when its writer goes
    return bytes(buffer.data().data())


def write_pack(c: PackContent, path: Path) -> Path:
    """Write the pack to ``path`` in one atomic step (a full disk leaves no cut file)."""
    from model.errors import DomainError
    from model.files import save_bytes

    data = render_pack(c)
    try:
        save_bytes(path, data)
    except DomainError as exc:
        raise PackError(
            tr("Cannot write {path}: {reason}").format(
                path=str(path), reason=exc.params.get("reason", exc)
            )
        ) from exc
    return path
