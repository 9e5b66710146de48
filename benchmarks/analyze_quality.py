"""Precision and recall of ``lawref analyze`` on the hand-labelled seed reports.

Run: ``uv run python benchmarks/analyze_quality.py``. Labels: ``tests/labels/seeds.toml``.
"""

from __future__ import annotations

from pathlib import Path

import lawref
from lawref.analysis.evaluation import load_labels, score

LABELS = Path(__file__).resolve().parents[1] / "tests" / "labels" / "seeds.toml"


def main() -> None:
    """Print a table per conduct, then the totals."""
    catalog = lawref.default_catalog()
    mentions, references = load_labels(LABELS, lambda a: catalog.article(a).text)
    per, overall, refs = score(
        catalog.analyze, lambda a: catalog.article(a).text, mentions, references
    )
    head = f"{'conduct':<22} {'labels':>6} {'found':>6} {'predicted':>9}"
    print(f"{head} {'precision':>9} {'recall':>7}")
    for conduct, s in per.items():
        print(
            f"{conduct:<22} {s.labelled:>6} {s.found_labels:>6} {s.predicted:>9}"
            f" {s.precision:>9.2f} {s.recall:>7.2f}"
        )
    print(
        f"{'all conduct mentions':<22} {overall.labelled:>6} {overall.found_labels:>6}"
        f" {overall.predicted:>9} {overall.precision:>9.2f} {overall.recall:>7.2f}"
    )
    print(
        f"{'statute references':<22} {refs.labelled:>6} {refs.found_labels:>6}"
        f" {refs.predicted:>9} {refs.precision:>9.2f} {refs.recall:>7.2f}"
    )


if __name__ == "__main__":
    main()
