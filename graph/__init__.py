"""Decision-chain graph of a key account (networkx; never imports Qt).

Build a graph with :func:`build_org_graph` from plain :class:`OrgData`, then ask
it questions: :func:`influence_paths`, :func:`best_route_to_kdm`,
:func:`coverage`, :func:`risks`, :func:`next_visits`,
:func:`hierarchical_layout`; compare snapshots with :func:`diff_snapshots`.

Importing :mod:`graph` does not load networkx (about 0.13 s): the modules import
it only for type checking, and :func:`build_org_graph` loads it on first call.
"""

from graph.advice import REASONS, Suggestion, next_visits
from graph.build import build_org_graph, member_key, person_key, release_views, split_key
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
from graph.risks import RISK_CODES, Risk, risks
from graph.types import (
    MEMBER_ROLES,
    ROLES,
    VISIT_LEVELS,
    InfluenceEdge,
    MemberNode,
    OrgData,
    PersonNode,
    RelationshipEdge,
)

__all__ = [
    "MEMBER_ROLES",
    "REASONS",
    "REPORTS_DOWN_STRENGTH",
    "REPORTS_UP_STRENGTH",
    "RISK_CODES",
    "ROLES",
    "VISIT_LEVELS",
    "InfluenceEdge",
    "MemberNode",
    "OrgData",
    "OrgDiff",
    "PersonNode",
    "RelationshipEdge",
    "Risk",
    "RoleCoverage",
    "Route",
    "RouteAnswer",
    "Suggestion",
    "best_route_to_kdm",
    "build_org_graph",
    "coverage",
    "diff_snapshots",
    "find_kdm",
    "hierarchical_layout",
    "influence_paths",
    "member_key",
    "next_visits",
    "person_key",
    "reach_to",
    "release_views",
    "risks",
    "split_key",
]
