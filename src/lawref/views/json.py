"""The machine-readable shapes of docs/design.md#output-shapes. Public: change them only
additively."""

from __future__ import annotations

import json
from typing import Any

from lawref._version import __version__
from lawref.catalog import Catalog
from lawref.statutes.models import ClassificationAt, ProvisionAt, TimelineEntry


def dumps(document: object) -> str:
    """JSON as lawref prints it: UTF-8 text, two-space indent, keys in model order, newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_document(catalog: Catalog) -> dict[str, Any]:
    """Everything lawref knows, as one JSON-ready document. A mapping's ``valid_from`` /
    ``valid_to`` are null where it follows its provision's own dates."""
    return {
        "lawref_version": __version__,
        "reviewed_on": catalog.reviewed_on.isoformat(),
        "acts": [act.model_dump(mode="json") for act in catalog.acts],
        "provisions": [p.model_dump(mode="json") for p in catalog.provisions],
        "conduct": [conduct.model_dump(mode="json") for conduct in catalog.conducts],
        "overlaps": [rule.model_dump(mode="json") for rule in catalog.overlaps],
        "articles": [a.model_dump(mode="json", exclude={"text"}) for a in catalog.articles],
        "cases": [c.model_dump(mode="json") for c in catalog.cases()],
        "judgments": [judgment.model_dump(mode="json") for judgment in catalog.judgments],
        "terms": [term.model_dump(mode="json") for term in catalog.terms],
        "statistics": catalog.statistics.model_dump(mode="json"),
    }


def show_document(
    catalog: Catalog, standing: ProvisionAt, classification: ClassificationAt | None = None
) -> dict[str, Any]:
    """``lawref show --json``: the provision, its standing on the date and the version then, and
    (``classification_at``) its classification in a proceeding begun on the date given."""
    provision = catalog.provision(standing.provision)
    return {
        "id": provision.id,
        "act": provision.act,
        "number": provision.number,
        "kind": provision.kind,
        "heading": provision.heading,
        "akn": provision.akn,
        "parent": provision.parent,
        "children": list(provision.children),
        "as_of": standing.as_of.isoformat(),
        "status": standing.status,
        "message": standing.message,
        "version": standing.version.model_dump(mode="json") if standing.version else None,
        "successors": list(provision.successors),
        "predecessors": list(provision.predecessors),
        "reviewed_on": catalog.reviewed_on.isoformat(),
        "beyond_review": standing.beyond_review,
        "classification_at": classification.model_dump(mode="json") if classification else None,
    }


def timeline_document(
    catalog: Catalog, provision_id: str, entries: tuple[TimelineEntry, ...]
) -> dict[str, Any]:
    """``lawref timeline --json``."""
    return {
        "id": provision_id,
        "events": [e.model_dump(mode="json") for e in entries],
        "reviewed_on": catalog.reviewed_on.isoformat(),
    }
