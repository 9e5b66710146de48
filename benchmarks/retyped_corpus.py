"""Does ``lawref analyze`` read a report the same whatever way its text arrives? The labelled
corpus's reports, re-typed as other sources deliver them, read against the reports as stored.

Reports reach a reader as a Windows file (CRLF line ends, often a byte order mark), as a web
page's copy (no-break spaces, soft hyphens in long words), or as a PDF's or a court order's
copy (lines wrapped at about 80 characters). None of these changes what a report says, so each
should read as the stored text does. Each way of re-typing is deterministic; for each, this
prints the share of reports whose conducts, statute references (Act and section), stated
punishments (claims and provision), date and differences claimed are all the same as the
stored text's, and the reports that differ (by id, with what differs) for the dev part only:
the held-out parts are measured, not read.

Run: ``uv run python benchmarks/retyped_corpus.py [--part dev|heldout|all] [--list N]``.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import lawref
from lawref.analysis.evaluation import CORPUS_PARTS, CorpusReport, load_corpus
from lawref.analysis.models import Analysis

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"

_LONG_WORD = re.compile(r"\b([A-Za-z]{4})([a-z]{4,})")


def _windows(text: str) -> str:
    """A Windows file: a byte order mark, then CRLF line ends."""
    return "\ufeff" + text.replace("\n", "\r\n")


def _web_page(text: str) -> str:
    """A web page's copy: no-break spaces after commas and before numbers, a soft hyphen in
    each long word after its fourth letter."""
    spaced = re.sub(r"(?<=,) (?=\S)| (?=\d)", "\u00a0", text)
    return _LONG_WORD.sub("\\1\u00ad\\2", spaced)


def _wrapped(text: str) -> str:
    """A PDF's or a court order's copy: every paragraph's lines wrapped at 80 characters."""
    return "\n".join(
        textwrap.fill(line, width=80, break_long_words=False, break_on_hyphens=False)
        if len(line) > 80
        else line
        for line in text.split("\n")
    )


RETYPINGS: dict[str, Callable[[str], str]] = {
    "windows file (BOM, CRLF)": _windows,
    "web page (no-break spaces, soft hyphens)": _web_page,
    "wrapped at 80 columns": _wrapped,
}


def _reading(analysis: Analysis) -> dict[str, object]:
    """What a reader takes from an answer, with no offsets or quotes (which differ with the
    characters re-typed)."""
    return {
        "conducts": sorted({m.conduct for m in analysis.mentions}),
        "references": sorted({(r.act or "", r.section or "") for r in analysis.statute_references}),
        "punishments": sorted({(p.claims, p.provision or "") for p in analysis.stated_punishments}),
        "date": (analysis.as_of, analysis.as_of_source),
        "differences": len(analysis.summary.differences),
    }


def main() -> None:
    """Re-type every report of the chosen parts each way and print how many read the same."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--list", type=int, default=10, help="differing dev reports to list")
    args = parser.parse_args()
    parts = {
        "dev": CORPUS_PARTS[:1],
        "heldout": CORPUS_PARTS[1:],
        "all": CORPUS_PARTS,
    }[args.part]
    catalog = lawref.default_catalog()
    reports: list[CorpusReport] = [r for part in parts for r in load_corpus(CORPUS / part)]
    stored = {r.id: _reading(catalog.analyze(r.text)) for r in reports}
    print(f"{len(reports)} reports ({', '.join(parts[:1])}{' …' if len(parts) > 1 else ''})")
    for name, retype in RETYPINGS.items():
        same = 0
        differing: list[str] = []
        for report in reports:
            read = _reading(catalog.analyze(retype(report.text)))
            if read == stored[report.id]:
                same += 1
            elif report.split == "dev":
                kinds = [k for k in read if read[k] != stored[report.id][k]]
                differing.append(f"    {report.id}: {', '.join(kinds)}")
        share = same / len(reports) if reports else 1.0
        print(f"  {name}: {same}/{len(reports)} read the same ({share:.1%})")
        for line in differing[: args.list]:
            print(line)


if __name__ == "__main__":
    main()
