"""Would a model learned from the corpus read better than the rules alone? An experiment, kept
so that its figures can be checked and rerun (docs/analysis.md, "twelfth session").

Two filters are trained on ``tests/corpus/dev`` only, by logistic regression (AdaGrad, L2; pure
Python, deterministic) and scored by five-fold cross-validation grouped by report, so that no
report is scored by a model trained on it:

- a **mention filter**: each mention ``analyze`` makes is kept when the model, from its conduct,
  trigger, evidence and the words around it, thinks it is a labelled mention of that conduct;
- a **report filter**: all a report's mentions are dropped when the model, from the report's
  words and the reader's mentions, thinks the report describes no offending conduct.

It prints document-level conduct precision, recall and F1 per language at several thresholds
(threshold 0 is the reader as it is). Held-out parts are not read, unless asked:
``--heldout-once`` trains the report filter on the whole dev part and prints, for the held-out
parts (``HELDOUT_PARTS``), the figures of the reader alone and with that filter at one
threshold fixed beforehand (``HELDOUT_THRESHOLD``: 0.5, the best of the dev part's
cross-validation in English when it was set, 2027-01-07) — figures only, to be read once: a
threshold chosen from them would tune on them.

``--weights`` trains the report filter on the whole dev part and prints the words it weighs
most for and against a report's conduct, twice: over every word, as above, and over a general
vocabulary only (Latin words of three letters or more found in at least ``GENERAL_REPORTS`` dev
reports), with that vocabulary's cross-validated figures. This is the test of whether the
filter could be shipped with reasons a lawyer can check (docs/analysis.md, "forty-third
session"): over every word its heaviest words are names of people and places and pieces of
Devanagari words, a memory of the dev reports; over a general vocabulary its gain in English is
about a third of that.

Run: ``uv run python benchmarks/learned_filter.py [--heldout-once | --weights]``.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import lawref
from lawref.analysis.evaluation import HELDOUT_PARTS, CorpusReport, load_corpus

DEV = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "dev"
FOLDS = 5
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.?!।]\s|\n")

Features = dict[str, float]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A mention the reader made, its features, and whether a label of its conduct covers it."""

    report: str
    conduct: str
    features: Features
    labelled: bool


def _fold(report: str) -> int:
    return int(hashlib.sha256(report.encode()).hexdigest(), 16) % FOLDS


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    low = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return low, after.start() if after else len(text)


def _candidates(catalog: lawref.Catalog, report: CorpusReport) -> list[Candidate]:
    analysis = catalog.analyze(report.text)
    per_conduct = Counter(m.conduct for m in analysis.mentions)
    found: list[Candidate] = []
    for m in analysis.mentions:
        low, high = _sentence(report.text, m.start, m.end)
        text = report.text
        features: Features = {
            "bias": 1.0,
            f"conduct={m.conduct}": 1.0,
            f"trigger={m.trigger.lower()}": 1.0,
            f"conduct-trigger={m.conduct}|{m.trigger.lower()}": 1.0,
            f"confidence={m.confidence}": 1.0,
            f"actor={m.actor is not None}": 1.0,
            f"acts-on={m.acts_on is not None}": 1.0,
            f"mentions-of-conduct={min(per_conduct[m.conduct], 4)}": 1.0,
            f"conducts={min(len(per_conduct), 5)}": 1.0,
        }
        if low == 0:
            features["first-sentence"] = 1.0
        for word in [w.lower() for w in _WORD.findall(text[low : m.start])][-6:]:
            features[f"before={word}"] = 1.0
        for word in [w.lower() for w in _WORD.findall(text[m.end : high])][:6]:
            features[f"after={word}"] = 1.0
        for word in {w.lower() for w in _WORD.findall(text[low:high])[:80]}:
            features[f"sentence={word}"] = 0.5
        labelled = any(
            g.tag == m.conduct and g.start < m.end and m.start < g.end for g in report.mentions
        )
        found.append(Candidate(report.id, m.conduct, features, labelled))
    return found


GENERAL_REPORTS = 10
_LATIN_WORD = re.compile(r"[a-z]{3,}")


def _report_features(
    report: CorpusReport,
    candidates: Sequence[Candidate],
    vocabulary: frozenset[str] | None = None,
) -> Features:
    """A report's features: its words (only those in *vocabulary*, when given, scaled by the
    number of its Latin words), the number of mentions read and their conducts."""
    if vocabulary is None:
        words = {w.lower() for w in _WORD.findall(report.text)}
        scale = 5 / math.sqrt(len(words) or 1)
    else:
        latin = set(_LATIN_WORD.findall(report.text.lower()))
        words = latin & vocabulary
        scale = 5 / math.sqrt(len(latin) or 1)
    features: Features = {"bias": 1.0, f"mentions={min(len(candidates), 6)}": 1.0}
    features.update({f"word={w}": scale for w in words})
    for c in candidates:
        features[f"conduct={c.conduct}"] = 1.0
    return features


def _train(examples: Sequence[tuple[Features, bool]], l2: float, epochs: int) -> Features:
    weights: defaultdict[str, float] = defaultdict(float)
    squares: defaultdict[str, float] = defaultdict(lambda: 1e-8)
    for _ in range(epochs):
        for features, target in examples:
            error = _probability(weights, features) - target
            for name, value in features.items():
                gradient = error * value + l2 * weights[name]
                squares[name] += gradient * gradient
                weights[name] -= 0.3 * gradient / math.sqrt(squares[name])
    return dict(weights)


def _probability(weights: Features, features: Features) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _cross_validated(
    items: Sequence[tuple[str, Features, bool]], l2: float, epochs: int
) -> list[float]:
    """Each item's probability from a model trained on the other folds' reports."""
    scores = [0.0] * len(items)
    for fold in range(FOLDS):
        train = [(f, y) for report, f, y in items if _fold(report) != fold]
        weights = _train(train, l2, epochs)
        for index, (report, features, _) in enumerate(items):
            if _fold(report) == fold:
                scores[index] = _probability(weights, features)
    return scores


def _f1(
    reports: Sequence[CorpusReport],
    candidates: Sequence[Candidate],
    scores: Sequence[float],
    threshold: float,
) -> str:
    right = predicted = gold = 0
    by_report: defaultdict[str, set[str]] = defaultdict(set)
    for c, probability in zip(candidates, scores, strict=True):
        if probability >= threshold:
            by_report[c.report].add(c.conduct)
    for report in reports:
        labelled = {m.tag for m in report.mentions}
        read = by_report.get(report.id, set())
        right += len(labelled & read)
        predicted += len(read)
        gold += len(labelled)
    p = right / predicted if predicted else 1.0
    r = right / gold if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f}"


HELDOUT_THRESHOLD = 0.5


def heldout_once() -> None:
    """Train the report filter on the whole dev part; print the held-out parts' figures."""
    catalog = lawref.default_catalog()
    dev = [r for r in load_corpus(DEV) if r.language in ("en", "hi", "mr")]
    items = [(_report_features(r, _candidates(catalog, r)), bool(r.mentions)) for r in dev]
    weights = _train(items, 1e-2, 30)
    heldout = [
        r
        for part in HELDOUT_PARTS
        for r in load_corpus(DEV.parent / part)
        if r.language in ("en", "hi", "mr")
    ]
    for language in ("en", "hi", "mr"):
        part = [r for r in heldout if r.language == language]
        per_report = {r.id: _candidates(catalog, r) for r in part}
        mentions = [c for r in part for c in per_report[r.id]]
        score = {r.id: _probability(weights, _report_features(r, per_report[r.id])) for r in part}
        kept = [score[c.report] for c in mentions]
        print(f"== held-out, {len(part)} reports ({language}), {len(mentions)} mentions")
        print(f"  the reader alone        {_f1(part, mentions, [1.0] * len(kept), 0.0)}")
        print(
            f"  report filter at {HELDOUT_THRESHOLD:.1f}  "
            f"{_f1(part, mentions, kept, HELDOUT_THRESHOLD)}"
        )


def _heaviest(weights: Features, count: int = 25) -> tuple[str, str]:
    """The words weighed most against and for a report's conduct, as two printable lines."""
    ranked = sorted((v, k[5:]) for k, v in weights.items() if k.startswith("word="))
    against = ", ".join(f"{w} {v:+.2f}" for v, w in ranked[:count])
    for_ = ", ".join(f"{w} {v:+.2f}" for v, w in reversed(ranked[-count:]))
    return against, for_


def weights() -> None:
    """Train the report filter on the whole dev part over every word and over a general
    vocabulary; print the words each weighs most and the latter's cross-validated figures."""
    catalog = lawref.default_catalog()
    dev = [r for r in load_corpus(DEV) if r.language in ("en", "hi", "mr")]
    per_report = {r.id: _candidates(catalog, r) for r in dev}
    spread = Counter(w for r in dev for w in set(_LATIN_WORD.findall(r.text.lower())))
    general = frozenset(w for w, n in spread.items() if n >= GENERAL_REPORTS)
    for name, vocabulary in (("every word", None), (f"general ({len(general)} words)", general)):
        items = [(_report_features(r, per_report[r.id], vocabulary), bool(r.mentions)) for r in dev]
        against, for_ = _heaviest(_train(items, 1e-2, 30))
        print(f"== report filter over {name}, trained on {len(dev)} dev reports")
        print(f"  heaviest against: {against}")
        print(f"  heaviest for:     {for_}")
    items_cv = [
        (r.id, _report_features(r, per_report[r.id], general), bool(r.mentions)) for r in dev
    ]
    scores = dict(zip([r.id for r in dev], _cross_validated(items_cv, 1e-2, 30), strict=True))
    for language in ("en", "hi", "mr"):
        part = [r for r in dev if r.language == language]
        mentions = [c for r in part for c in per_report[r.id]]
        kept = [scores[c.report] for c in mentions]
        print(f"== dev, {len(part)} reports ({language}), general vocabulary, cross-validated")
        print(f"  the reader alone        {_f1(part, mentions, [1.0] * len(kept), 0.0)}")
        print(f"  report filter at 0.5    {_f1(part, mentions, kept, 0.5)}")


def main() -> None:
    """Train, cross-validate and print both filters per language."""
    if "--heldout-once" in sys.argv[1:]:
        heldout_once()
        return
    if "--weights" in sys.argv[1:]:
        weights()
        return
    catalog = lawref.default_catalog()
    reports = [r for r in load_corpus(DEV) if r.language in ("en", "hi", "mr")]
    per_report = {r.id: _candidates(catalog, r) for r in reports}
    candidates = [c for r in reports for c in per_report[r.id]]
    mention_p = _cross_validated([(c.report, c.features, c.labelled) for c in candidates], 1e-3, 25)
    report_items = [
        (r.id, _report_features(r, per_report[r.id]), bool(r.mentions)) for r in reports
    ]
    report_p = dict(
        zip([r.id for r in reports], _cross_validated(report_items, 1e-2, 30), strict=True)
    )
    for language in ("en", "hi", "mr"):
        part = [r for r in reports if r.language == language]
        ids = {r.id for r in part}
        own = [i for i, c in enumerate(candidates) if c.report in ids]
        mentions = [candidates[i] for i in own]
        kept_by_mention = [mention_p[i] for i in own]
        kept_by_report = [report_p[c.report] for c in mentions]
        print(f"== dev, {len(part)} reports ({language}), {len(own)} mentions")
        for threshold in THRESHOLDS:
            by_mention = _f1(part, mentions, kept_by_mention, threshold)
            by_report = _f1(part, mentions, kept_by_report, threshold)
            print(f"  threshold {threshold:.1f}  mention filter {by_mention}")
            print(f"                 report filter  {by_report}")


if __name__ == "__main__":
    main()
