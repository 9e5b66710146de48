"""How ``lawref analyze`` reads reports it was not built from: the labelled corpus in
``tests/corpus`` — ``dev`` (may be developed on) and the held-out parts ``heldout`` to
``heldout-45`` (never tuned on; ``heldout-10`` is in Marathi, ``heldout-11`` is from outlets
no other part has), then the held-out parts together — in English; then, apart, the reports in
Hindi and in Marathi (both written in Devanagari: lawref reads their conduct, statute
references, dates and punishments) and the count of those in Bengali and Odia, which it does
not read.

Run: ``uv run python benchmarks/analyze_corpus.py [--errors N]``. Prints, per part: document-
level conduct precision, recall and F1 (and precision and recall for what it reads at high
confidence, and at medium or high), span recall, statute-reference recall (and the references
read where no label is), decoys taken, report dates right, stated punishments found, false
alarms (of the reports labelled with no offending conduct, those in which some conduct was
read), and the differences the summary claims between the text's statement of the law and the
law (with those drawn from a reference the labels place in another Act or none); then a
confusion table per conduct, the figures per kind of report (for the dev part and the held-out
parts together), and the first errors of the dev part (``--heldout-errors`` lists the held-out
parts' too). Targets (issue #13): F1 >= 0.95, span recall >= 0.90, reference recall >= 0.95,
decoys taken <= 5%, dates >= 95%, punishments found >= 90%.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import lawref
from lawref.analysis.evaluation import (
    CORPUS_PARTS,
    HELDOUT_PARTS,
    CorpusReport,
    CorpusScore,
    Reader,
    load_corpus,
    score_corpus,
)
from lawref.analysis.models import Analysis

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def _pct(top: int, bottom: int) -> str:
    return f"{top / bottom:6.1%} ({top}/{bottom})" if bottom else "   n/a"


def _differences(score: CorpusScore) -> str:
    """The differences the summary claims, and how many rest on a reference the labels place
    in another Act or none."""
    return (
        f"{score.differences} in {score.reports_differing} of {score.reports} reports"
        f"   (from references: {score.ref_differences}, of which on a reference the labels"
        f" place elsewhere: {score.ref_differences_misplaced})"
    )


def _report(name: str, score: CorpusScore, errors: int) -> None:
    print(f"== {name}: {score.reports} reports in English")
    print(
        f"  conduct per report   P {score.doc_precision:.2f}  R {score.doc_recall:.2f}"
        f"  F1 {score.doc_f1:.2f}   ({score.doc_true} right of {score.doc_predicted} predicted,"
        f" {score.doc_gold} labelled)"
    )
    for level, name in (("high", "high"), ("medium", "medium or high")):
        right, read = score.at_least[level]
        recall = right / score.doc_gold if score.doc_gold else 1.0
        precision = f"{score.precision_at_least(level):.2f}" if read else " n/a"
        print(
            f"    read at {name + ' confidence':<26} P {precision}"
            f"  R {recall:.2f}   ({right} right of {read})"
        )
    print(f"  span recall          {_pct(score.spans_found, score.spans_gold)}")
    print(
        f"  statute references   {_pct(score.refs_found, score.refs_gold)}"
        f"   (read at no label: {score.refs_unlabelled} of {score.refs_read})"
    )
    print(f"  decoys taken         {_pct(score.decoys_taken, score.decoys)}")
    print(
        f"  report dates right   {_pct(score.dates_right, score.reports)}"
        f"   (of the wrong, the year guessed for a dateline with none: {score.dates_year_guessed})"
    )
    print(f"  punishments found    {_pct(score.punishments_found, score.punishments)}")
    print(f"  false alarms         {_pct(score.quiet_read, score.quiet)}")
    print(f"  differences claimed  {_differences(score)}")
    print(f"  {'conduct':<22} {'right':>6} {'taken':>6} {'missed':>7}")
    for conduct, (right, taken, missed) in sorted(score.confusion.items()):
        print(f"  {conduct:<22} {right:>6} {taken:>6} {missed:>7}")
    for line in score.errors[:errors]:
        print(f"  - {line}")


def _report_kinds(analyze: Reader, reports: list[CorpusReport]) -> None:
    """The main figures per kind of report (news, court and bail reports, press releases,
    explainers): where a kind reads worse than the rest, an interim target per kind is the
    honest one."""
    print(
        f"  {'kind':<14} {'reports':>7} {'P':>5} {'R':>5} {'F1':>5}  {'decoys taken':<18}"
        " false alarms"
    )
    for kind in sorted({r.kind for r in reports}):
        score = score_corpus(analyze, [r for r in reports if r.kind == kind])
        print(
            f"  {kind:<14} {score.reports:>7} {score.doc_precision:>5.2f}"
            f" {score.doc_recall:>5.2f} {score.doc_f1:>5.2f}"
            f"  {_pct(score.decoys_taken, score.decoys):<18} {_pct(score.quiet_read, score.quiet)}"
        )


def _once(analyze: Reader) -> Reader:
    """*analyze*, reading each text once: the figures per kind re-score reports already read."""
    seen: dict[str, Analysis] = {}

    def read(text: str) -> Analysis:
        if text not in seen:
            seen[text] = analyze(text)
        return seen[text]

    return read


_LANGUAGES = {"hi": "Hindi", "mr": "Marathi", "bn": "Bengali", "or": "Odia"}


def _report_other(catalog: lawref.Catalog, reports: list[CorpusReport], errors: int) -> None:
    """Reports in other languages: lawref reads those in Devanagari (Hindi, and Marathi since
    the tenth session), their conduct, statute references, dates and punishments; those in
    Bengali and Odia it does not read."""
    for language in sorted({r.language for r in reports}):
        group = [r for r in reports if r.language == language]
        name = _LANGUAGES.get(language, language)
        if language not in ("hi", "mr"):
            print(f"  ({len(group)} reports in {name}: not read)")
            continue
        score = score_corpus(catalog.analyze, group)
        print(f"  {len(group)} reports in {name}:")
        print(
            f"    conduct per report P {score.doc_precision:.2f}  R {score.doc_recall:.2f}"
            f"  F1 {score.doc_f1:.2f}   ({score.doc_true} right of {score.doc_predicted}"
            f" predicted, {score.doc_gold} labelled)"
        )
        print(f"    span recall        {_pct(score.spans_found, score.spans_gold)}")
        print(f"    decoys taken       {_pct(score.decoys_taken, score.decoys)}")
        print(
            f"    statute references {_pct(score.refs_found, score.refs_gold)}"
            f"   (read at no label: {score.refs_unlabelled} of {score.refs_read})"
        )
        print(
            f"    report dates right {_pct(score.dates_right, score.reports)}"
            f"   (year guessed: {score.dates_year_guessed})"
        )
        print(f"    punishments found  {_pct(score.punishments_found, score.punishments)}")
        print(f"    differences        {_differences(score)}")
        for line in score.errors[:errors]:
            print(f"    - {line}")
    print()


def main() -> None:
    """Score each part of the corpus and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=15, help="errors to list for the dev part")
    parser.add_argument(
        "--heldout-errors",
        action="store_true",
        help="also list the held-out part's errors (for reporting only: reading them to change "
        "lawref's words or rules would make the held-out figures meaningless)",
    )
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="score the dev part only: for use while changing the reader, so that the held-out "
        "figures are seen once, after the last change",
    )
    args = parser.parse_args()
    catalog = lawref.default_catalog()
    analyze = _once(catalog.analyze)
    pooled = []
    pooled_hindi = []
    for part in CORPUS_PARTS:
        if args.dev_only and part in HELDOUT_PARTS:
            continue
        reports = load_corpus(CORPUS / part)
        english = [r for r in reports if r.language == "en"]
        if part in HELDOUT_PARTS:
            pooled += english
            pooled_hindi += [r for r in reports if r.language == "hi"]
        listed = args.errors if part == "dev" or args.heldout_errors else 0
        _report(part, score_corpus(analyze, english), listed)
        if part == "dev":
            _report_kinds(analyze, english)
        _report_other(catalog, [r for r in reports if r.language != "en"], listed)
    if args.dev_only:
        return
    _report("held-out parts together", score_corpus(analyze, pooled), 0)
    _report_kinds(analyze, pooled)
    print("  and, of the held-out parts together,")
    _report_other(catalog, pooled_hindi, 0)


if __name__ == "__main__":
    main()
