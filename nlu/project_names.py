"""Finding the project a short mention means: 国际交流项目 → 国际科技人文交流与合作."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from knowledge.catalog import Catalog, ProjectInfo

# A mention must share this much with a project name (rapidfuzz partial ratio, 0–100).
MIN_PROJECT_SIMILARITY = 60.0
_MENTION = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,20}?)项目")


def project_mentioned(text: str, catalog: Catalog) -> ProjectInfo | None:
    """Returns the one project ``text`` names, by exact part or by a close short name."""
    compact = "".join(text.split())
    for project in catalog.projects:
        if "".join(project.name.split()) in compact:
            return project
    match = _MENTION.search(compact)
    mention = match.group("name") if match else compact
    exact = catalog.find_project(mention)
    if exact is not None:
        return exact
    scored = sorted(
        ((_similarity(mention, project.name), project) for project in catalog.projects),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < MIN_PROJECT_SIMILARITY:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _similarity(mention: str, name: str) -> float:
    """Scores how much of the mention's characters appear, in order, in the name."""
    shared = sum(1 for char in mention if char in name)
    return max(fuzz.partial_ratio(mention, name), 100.0 * shared / max(len(mention), 1))
