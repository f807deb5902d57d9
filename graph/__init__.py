"""Decision-chain graph of a key account (networkx; never imports Qt).

Build a graph with :func:`build_org_graph` from plain :class:`OrgData`, then ask
it questions: :func:`influence_paths`, :func:`best_route_to_kdm`,
:func:`coverage`, :func:`risks`, :func:`next_visits`,
:func:`hierarchical_layout`; compare snapshots with :func:`diff_snapshots`.

Names are imported on first use, so ``from graph import OrgData`` does not load
networkx (about 0.13 s): the desktop imports it only when a map is shown.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.advice import Suggestion, next_visits
    from graph.build import build_org_graph, member_key, person_key, split_key
    from graph.coverage import RoleCoverage, coverage
    from graph.diff import OrgDiff, diff_snapshots
    from graph.layout import hierarchical_layout
    from graph.paths import (
        REPORTS_DOWN_STRENGTH,
        REPORTS_UP_STRENGTH,
        Route,
        RouteAnswer,
        best_route_to_kdm,
        find_kdm,
        influence_paths,
        reach_to,
    )
    from graph.risks import Risk, risks
    from graph.types import InfluenceEdge, MemberNode, OrgData, PersonNode, RelationshipEdge

_EXPORTS: dict[str, str] = {
    "InfluenceEdge": "graph.types",
    "MemberNode": "graph.types",
    "OrgData": "graph.types",
    "PersonNode": "graph.types",
    "RelationshipEdge": "graph.types",
    "OrgDiff": "graph.diff",
    "diff_snapshots": "graph.diff",
    "build_org_graph": "graph.build",
    "member_key": "graph.build",
    "person_key": "graph.build",
    "split_key": "graph.build",
    "REPORTS_DOWN_STRENGTH": "graph.paths",
    "REPORTS_UP_STRENGTH": "graph.paths",
    "Route": "graph.paths",
    "RouteAnswer": "graph.paths",
    "best_route_to_kdm": "graph.paths",
    "find_kdm": "graph.paths",
    "influence_paths": "graph.paths",
    "reach_to": "graph.paths",
    "RoleCoverage": "graph.coverage",
    "coverage": "graph.coverage",
    "Risk": "graph.risks",
    "risks": "graph.risks",
    "Suggestion": "graph.advice",
    "next_visits": "graph.advice",
    "hierarchical_layout": "graph.layout",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
