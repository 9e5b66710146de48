"""How far two annotators agree on what conduct a report describes, against lawref's reading.

Run: ``uv run python benchmarks/label_agreement.py``.

``benchmarks/agreement/`` holds a second, independent labelling of 40 English reports drawn at
random (seeded) from ``tests/corpus/dev``: two annotators, 20 reports each, who saw only each
report's text and the labelling rules of ``tests/corpus/README.md``, not the corpus's labels,
nor lawref's reader or its output. Each file holds the conduct the text describes
(``[[mentions]]``: quote, conduct, actor) and its decoys. The script prints document-level
conduct precision, recall and F1 of the second labelling against the corpus's labels (the
agreement of two careful people: the ceiling a reader can be expected to reach), and of
lawref's reading against each labelling, on the same reports, with the reports where the two
labellings differ.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

import lawref
from lawref.analysis.evaluation import CorpusReport, load_corpus

ROOT = Path(__file__).resolve().parents[1]
AGREEMENT = ROOT / "benchmarks" / "agreement"
DEV = ROOT / "tests" / "corpus" / "dev"

Pair = tuple[frozenset[str], frozenset[str]]


def _score(pairs: Sequence[Pair]) -> str:
    """Precision, recall and F1 of the second set of each pair against the first."""
    right = sum(len(gold & got) for gold, got in pairs)
    predicted = sum(len(got) for _, got in pairs)
    labelled = sum(len(gold) for gold, _ in pairs)
    precision = right / predicted if predicted else 1.0
    recall = right / labelled if labelled else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"P {precision:.2f}  R {recall:.2f}  F1 {f1:.2f}   "
        f"({right} right of {predicted} given, {labelled} in the reference)"
    )


def main() -> None:
    """Print the agreement figures and the reports where the two labellings differ."""
    catalog = lawref.default_catalog()
    reports: dict[str, CorpusReport] = {r.id: r for r in load_corpus(DEV)}
    second_vs_first: list[Pair] = []
    lawref_vs_first: list[Pair] = []
    lawref_vs_second: list[Pair] = []
    differ: list[str] = []
    for path in sorted(AGREEMENT.glob("*.toml")):
        relabel = tomllib.loads(path.read_text(encoding="utf-8"))
        report = reports[relabel["id"]]
        first = frozenset(m.tag for m in report.mentions)
        second = frozenset(m["conduct"] for m in relabel.get("mentions", []))
        read = frozenset(m.conduct for m in catalog.analyze(report.text, report.date).mentions)
        second_vs_first.append((first, second))
        lawref_vs_first.append((first, read))
        lawref_vs_second.append((second, read))
        if first != second:
            differ.append(f"  - {report.id}: corpus {sorted(first)}, second {sorted(second)}")
    print(f"== label agreement: {len(second_vs_first)} English dev reports, relabelled blind")
    print(f"  second labelling vs corpus labels   {_score(second_vs_first)}")
    print(f"  lawref vs corpus labels             {_score(lawref_vs_first)}")
    print(f"  lawref vs second labelling          {_score(lawref_vs_second)}")
    print("  reports where the labellings differ:")
    print("\n".join(differ) or "  (none)")


if __name__ == "__main__":
    main()
