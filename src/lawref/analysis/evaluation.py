"""Measuring ``analyze`` against hand labels: precision and recall of conduct mentions (per
conduct and overall) and of statute references.

A prediction is right when its span overlaps a label's span and names the same conduct (for
references: the same Act, and the same provision where the label names one; in the report
corpus a label of the Act alone is also found at the Act's name a section was read against).
Each label is matched at most once.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lawref.analysis.models import Analysis, StatuteReference
from lawref.analysis.summary import reference_said
from lawref.errors import DataError, Problem


@dataclass(frozen=True, slots=True)
class Label:
    """One labelled span: an article, where it is, and what it names."""

    article: str
    start: int
    end: int
    conduct: str | None = None
    act: str | None = None
    provision: str | None = None


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and the precision and recall they give."""

    predicted: int
    labelled: int
    correct_predictions: int
    found_labels: int

    @property
    def precision(self) -> float:
        """Right predictions over all predictions (1.0 when nothing was predicted)."""
        return self.correct_predictions / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Labels found over all labels (1.0 when nothing was labelled)."""
        return self.found_labels / self.labelled if self.labelled else 1.0


Reader = Callable[[str], Analysis]
"""What is measured: a function that reads a text (``Catalog.analyze``)."""


def load_labels(path: Path, text_of: Callable[[str], str]) -> tuple[list[Label], list[Label]]:
    """Mentions and references from a labels file, placed in their articles' texts (*text_of*
    gives an article's text by id)."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    problems: list[Problem] = []
    placed: dict[str, list[Label]] = {"mentions": [], "references": []}
    for section in placed:
        for index, item in enumerate(raw.get(section, [])):
            text = text_of(item["article"])
            within = item.get("within", item["quote"])
            if text.count(within) != 1:
                problems.append(Problem(str(path), f"{section}[{index}].within", "must occur once"))
                continue
            offset = text.index(within)
            inner = within.find(item["quote"])
            if inner < 0:
                problems.append(Problem(str(path), f"{section}[{index}].quote", "not in `within`"))
                continue
            start = offset + inner
            placed[section].append(
                Label(
                    article=item["article"],
                    start=start,
                    end=start + len(item["quote"]),
                    conduct=item.get("conduct"),
                    act=item.get("act"),
                    provision=item.get("provision"),
                )
            )
    if problems:
        raise DataError(problems)
    return placed["mentions"], placed["references"]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(
    analyze: Reader,
    text_of: Callable[[str], str],
    mentions: list[Label],
    references: list[Label],
) -> tuple[dict[str, Score], Score, Score]:
    """Per-conduct scores, the overall conduct score, and the statute-reference score, over
    every article that has labels."""
    articles = sorted({label.article for label in (*mentions, *references)})
    predicted_m: list[Label] = []
    predicted_r: list[Label] = []
    for article in articles:
        result = analyze(text_of(article))
        predicted_m += [Label(article, m.start, m.end, conduct=m.conduct) for m in result.mentions]
        predicted_r += [
            Label(article, r.start, r.end, act=r.act, provision=r.provision)
            for r in result.statute_references
        ]

    def agree(p: Label, gold: Label) -> bool:
        if p.article != gold.article or not _overlap((p.start, p.end), (gold.start, gold.end)):
            return False
        if gold.conduct is not None:
            return p.conduct == gold.conduct
        return p.act == gold.act and (gold.provision is None or p.provision == gold.provision)

    def tally(predicted: list[Label], gold: list[Label]) -> Score:
        used: set[int] = set()
        right = 0
        for p in predicted:
            match = next((i for i, g in enumerate(gold) if i not in used and agree(p, g)), None)
            if match is not None:
                used.add(match)
                right += 1
        return Score(len(predicted), len(gold), right, len(used))

    conducts = sorted({m.conduct for m in (*mentions, *predicted_m) if m.conduct})
    per = {
        c: tally(
            [p for p in predicted_m if p.conduct == c], [g for g in mentions if g.conduct == c]
        )
        for c in conducts
    }
    return per, tally(predicted_m, mentions), tally(predicted_r, references)


# --- the report corpus (tests/corpus) ------------------------------------------------------

_SCRIPTS = {"hi": (0x0900, 0x097F), "bn": (0x0980, 0x09FF), "or": (0x0B00, 0x0B7F)}
LANGUAGES = frozenset({"en", "hi", "mr", "bn", "or", "other"})
"""The languages a corpus report may be in: English, Hindi, Marathi, Bengali, Odia, other."""


def language_of(text: str) -> str:
    """``en`` for a text in the Latin script, else the Indian script most of its letters are in
    (``hi`` Devanagari, ``bn`` Bengali, ``or`` Odia), or ``other``."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "en"
    counts = {
        name: sum(low <= ord(ch) <= high for ch in letters)
        for name, (low, high) in _SCRIPTS.items()
    }
    name, most = max(counts.items(), key=lambda item: item[1])
    if most > len(letters) * 0.2:
        return name
    latin = sum(ch.isascii() for ch in letters)
    return "en" if latin > len(letters) * 0.8 else "other"


@dataclass(frozen=True, slots=True)
class Marked:
    """A labelled span in a corpus report: where it is and what it is."""

    start: int
    end: int
    tag: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class CorpusReport:
    """One labelled report of ``tests/corpus``: its metadata, excerpt and labels."""

    id: str
    split: str
    state: str
    kind: str
    date: dt.date
    date_in_text: bool
    text: str
    language: str
    mentions: tuple[Marked, ...]
    decoys: tuple[Marked, ...]
    references: tuple[Marked, ...]
    punishments: tuple[Marked, ...]


def load_corpus(folder: Path) -> list[CorpusReport]:
    """Every report in *folder* (``tests/corpus/dev`` or ``…/heldout``), its labels placed in
    its text. Raises :class:`~lawref.DataError` naming every label that is not found."""
    problems: list[Problem] = []
    reports = []
    for path in sorted(folder.glob("*.toml")):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        report = raw["report"]
        text = report["text"]
        placed: dict[str, list[Marked]] = {}
        for section, tag_key, detail_key in (
            ("mentions", "conduct", "actor"),
            ("decoys", "looks_like", "kind"),
            ("references", "act", "section"),
            ("punishments", "provision", "claims"),
        ):
            placed[section] = []
            for index, item in enumerate(raw.get(section, [])):
                within = item.get("within", item["quote"])
                inner = within.find(item["quote"])
                if text.count(within) != 1 or inner < 0:
                    problems.append(
                        Problem(str(path), f"{section}[{index}]", "quote not found once in text")
                    )
                    continue
                start = text.index(within) + inner
                placed[section].append(
                    Marked(
                        start,
                        start + len(item["quote"]),
                        str(item.get(tag_key) or ""),
                        item.get(detail_key),
                    )
                )
        # a language the file states (Marathi is written in Devanagari, as Hindi is), else the
        # one its script shows
        language = str(report.get("language") or language_of(text))
        if language not in LANGUAGES:
            problems.append(Problem(str(path), "report.language", f"unknown: {language!r}"))
        reports.append(
            CorpusReport(
                id=report["id"],
                split=folder.name,
                state=report.get("state", ""),
                kind=report.get("kind", ""),
                date=report["date"],
                date_in_text=bool(report.get("date_in_text", True)),
                text=text,
                language=language,
                mentions=tuple(placed["mentions"]),
                decoys=tuple(placed["decoys"]),
                references=tuple(placed["references"]),
                punishments=tuple(placed["punishments"]),
            )
        )
    if problems:
        raise DataError(problems)
    return reports


@dataclass
class CorpusScore:
    """What ``analyze`` got right on a set of reports, as counts (see :func:`score_corpus`)."""

    reports: int = 0
    doc_true: int = 0
    doc_predicted: int = 0
    doc_gold: int = 0
    spans_found: int = 0
    spans_gold: int = 0
    refs_found: int = 0
    refs_gold: int = 0
    refs_read: int = 0
    refs_unlabelled: int = 0
    """References read that no label covers (at their words or their Act's name): sections a
    range or a list made up, or words that are no reference. Labels are not exhaustive for
    every Act named twice, so this is an upper bound on references read wrongly."""
    decoys_taken: int = 0
    decoys: int = 0
    dates_right: int = 0
    dates_year_guessed: int = 0
    """Of the dates read wrongly, those whose day and month were read right and whose year was
    inferred, in a text that nowhere prints the report's year (a wire dateline, "Bengaluru, July
    19:"): the text itself does not say which year it is."""
    punishments_found: int = 0
    punishments: int = 0
    differences: int = 0
    """The claims the summary makes that the text's statement of the law differs from the law
    (``AnalysisSummary.differences``)."""
    reports_differing: int = 0
    """The reports with at least one such claim."""
    ref_differences: int = 0
    """References read with a flag that is a difference (a misnamed Act, a section the Act
    lacks, one not in force on every day the conduct may be), as the summary lists it."""
    ref_differences_misplaced: int = 0
    """Of those, the references that no label places in the Act read (the labels give another
    Act, or no label covers them): differences drawn from a reading the labels do not share, so
    very likely claims the text never made."""
    at_least: dict[str, list[int]] = field(
        default_factory=lambda: {"high": [0, 0], "medium": [0, 0]}
    )
    """Per confidence: the (report, conduct) pairs read with at least one mention of that
    confidence or higher, right and read (``[right, read]``): how far a reader may trust what
    lawref is sure of (``high``) and what the summary's "differs" claims rest on (``medium``:
    medium or high mentions only)."""
    quiet: int = 0
    """Reports labelled with no offending conduct (explainers, statistics, reports of other
    crimes, of adults' pictures, of a victim's identity disclosed)."""
    quiet_read: int = 0
    """Of those, the reports in which ``analyze`` read some conduct: a reader of the answer
    would be told that a report describes an offence that it does not."""
    confusion: dict[str, list[int]] = field(default_factory=dict)
    """Per conduct: reports where it was found rightly, taken wrongly, missed."""
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(top: int, bottom: int) -> float:
        return top / bottom if bottom else 1.0

    @property
    def doc_precision(self) -> float:
        """Right (report, conduct) pairs over predicted ones."""
        return self._ratio(self.doc_true, self.doc_predicted)

    def precision_at_least(self, level: str) -> float:
        """Right (report, conduct) pairs over those read with a mention of confidence *level*
        (``"high"`` or ``"medium"``) or higher."""
        right, read = self.at_least[level]
        return self._ratio(right, read)

    @property
    def doc_recall(self) -> float:
        """Right (report, conduct) pairs over labelled ones."""
        return self._ratio(self.doc_true, self.doc_gold)

    @property
    def doc_f1(self) -> float:
        """The harmonic mean of the two."""
        p, r = self.doc_precision, self.doc_recall
        return 2 * p * r / (p + r) if p + r else 0.0


CORPUS_PARTS = (
    "dev",
    "heldout",
    "heldout-2",
    "heldout-3",
    "heldout-4",
    "heldout-5",
    "heldout-6",
    "heldout-7",
    "heldout-8",
    "heldout-9",
    "heldout-10",
    "heldout-11",
    "heldout-12",
    "heldout-13",
    "heldout-14",
    "heldout-15",
    "heldout-16",
    "heldout-17",
    "heldout-18",
    "heldout-19",
    "heldout-20",
    "heldout-21",
    "heldout-22",
    "heldout-23",
    "heldout-24",
    "heldout-25",
    "heldout-26",
    "heldout-27",
    "heldout-28",
    "heldout-29",
    "heldout-30",
    "heldout-31",
    "heldout-32",
    "heldout-33",
    "heldout-34",
    "heldout-35",
    "heldout-36",
    "heldout-37",
    "heldout-38",
    "heldout-39",
    "heldout-40",
    "heldout-41",
    "heldout-42",
    "heldout-43",
    "heldout-44",
    "heldout-45",
)
"""The parts of ``tests/corpus``: ``dev`` may be developed on; every other part is held out,
never tuned on, and measured only."""

HELDOUT_PARTS = CORPUS_PARTS[1:]
"""The parts never tuned on."""

LANGUAGE_HELDOUT_PARTS = {"heldout-10": "mr"}
"""Held-out parts held out by language rather than by state: every report in the language
given, from states the dev part also has (Marathi is written in Maharashtra and Goa), none of
them a report of the dev part (tests/corpus/README.md)."""

OUTLET_HELDOUT_PARTS = frozenset({"heldout-11"})
"""Held-out parts held out by outlet rather than by state: every report from a publisher no
other part has, of an event no dev report tells, from states the dev part also has: how lawref
reads outlets it has never seen (tests/corpus/README.md)."""

LABELLED_ACTS = frozenset(
    {
        "it-act-2000",
        "pocso-2012",
        "ipc-1860",
        "bns-2023",
        "bnss-2023",
        "crpc-1973",
        "it-rules-2021",
        "pocso-rules-2020",
        "jj-act-2015",
        "itpa-1956",
        "irwa-1986",
        "other",
    }
)
"""The Acts the corpus labels by id; a reference to any other Act is labelled ``other``
(tests/corpus/README.md)."""


def _same_act(read: str | None, label: str) -> bool:
    """Whether the Act read is the labelled one: the same id, or one the labels call ``other``
    (the Indian Telegraph Act, the Ranbir Penal Code, …)."""
    return read == label or (label == "other" and read is not None and read not in LABELLED_ACTS)


def _places(read: StatuteReference, act_only: bool, span: tuple[int, int]) -> bool:
    """Whether the reference *read* is at the labelled *span*: its own words overlap it, or,
    for a label of the Act alone ("… of the Information Technology Act"), the name of the Act
    the reference was read against does."""
    if _overlap((read.start, read.end), span):
        return True
    return (
        act_only
        and read.act_start is not None
        and read.act_end is not None
        and _overlap((read.act_start, read.act_end), span)
    )


def _same_section(read: str | None, section: str | None) -> bool:
    """Whether the section read (``StatuteReference.section``) is the labelled one or one of
    its sub-sections or clauses."""
    if section is None:
        return True
    if read is None:
        return False
    return read == section or read.startswith(section + "(")


def score_corpus(analyze: Reader, reports: list[CorpusReport]) -> CorpusScore:
    """Score ``analyze`` on *reports*: document-level conduct (the set of conducts a report
    describes), span recall of each labelled mention (a mention of the same conduct overlapping
    it), statute-reference recall (same Act, and the same section where the label names one),
    decoys taken (any mention overlapping a decoy), the reports with no labelled conduct in
    which some conduct was read, the report's date (right when read from the
    text, or when the reader does not claim a text date for a report whose text has none), and
    stated punishments found; and the differences the summary claims, with those drawn from a
    reference the labels place in another Act or none."""
    result = CorpusScore()
    for report in reports:
        analysis = analyze(report.text)
        result.reports += 1
        gold = {m.tag for m in report.mentions}
        predicted = {m.conduct for m in analysis.mentions}
        result.doc_gold += len(gold)
        result.doc_predicted += len(predicted)
        result.doc_true += len(gold & predicted)
        for level, levels in (("high", {"high"}), ("medium", {"high", "medium"})):
            firm = {m.conduct for m in analysis.mentions if m.confidence in levels}
            result.at_least[level][0] += len(gold & firm)
            result.at_least[level][1] += len(firm)
        if not gold:
            result.quiet += 1
            result.quiet_read += bool(predicted)
        for conduct in gold | predicted:
            row = result.confusion.setdefault(conduct, [0, 0, 0])
            row[0 if conduct in gold & predicted else (1 if conduct in predicted else 2)] += 1
        for conduct in sorted(gold - predicted):
            result.errors.append(f"{report.id}: missed {conduct}")
        for conduct in sorted(predicted - gold):
            words = [m.text for m in analysis.mentions if m.conduct == conduct]
            result.errors.append(f"{report.id}: took {conduct} from {words[:3]}")
        for label in report.mentions:
            result.spans_gold += 1
            if any(
                m.conduct == label.tag and _overlap((m.start, m.end), (label.start, label.end))
                for m in analysis.mentions
            ):
                result.spans_found += 1
        for decoy in report.decoys:
            result.decoys += 1
            if any(_overlap((m.start, m.end), (decoy.start, decoy.end)) for m in analysis.mentions):
                result.decoys_taken += 1
        claimed = set(analysis.summary.differences)
        result.differences += len(analysis.summary.differences)
        result.reports_differing += bool(analysis.summary.differences)
        for reference in analysis.statute_references:
            said = reference_said(reference.text, reference.provision)
            differing = [flag for flag in reference.flags if f"{said}: {flag}" in claimed]
            if differing:
                result.ref_differences += 1
                if not any(
                    _same_act(reference.act, label.tag)
                    and _places(reference, label.detail is None, (label.start, label.end))
                    for label in report.references
                ):
                    result.ref_differences_misplaced += 1
                    result.errors.append(
                        f"{report.id}: a difference on a reference the labels place elsewhere "
                        f"{reference.text!r} ({reference.act}): {differing[0]}"
                    )
        for reference in analysis.statute_references:
            result.refs_read += 1
            if not any(
                _places(reference, label.detail is None, (label.start, label.end))
                for label in report.references
            ):
                result.refs_unlabelled += 1
        for ref in report.references:
            result.refs_gold += 1
            if any(
                _same_act(r.act, ref.tag)
                and _same_section(r.section, ref.detail)
                and _places(r, ref.detail is None, (ref.start, ref.end))
                for r in analysis.statute_references
            ):
                result.refs_found += 1
            else:
                section = f" s.{ref.detail}" if ref.detail else ""
                quote = report.text[ref.start : ref.end]
                result.errors.append(
                    f"{report.id}: missed reference {quote!r} ({ref.tag}{section})"
                )
        if analysis.as_of == report.date or (
            not report.date_in_text and analysis.as_of_source != "text"
        ):
            result.dates_right += 1
        else:
            if (
                analysis.as_of_source == "inferred"
                and analysis.as_of.month == report.date.month
                and analysis.as_of.day == report.date.day
                and str(report.date.year) not in report.text
            ):
                result.dates_year_guessed += 1
            read = f"{analysis.as_of} ({analysis.as_of_source}) from {analysis.as_of_quote!r}"
            if analysis.as_of_quote is None:
                read = f"no date ({analysis.as_of_source})"
            result.errors.append(f"{report.id}: date {report.date}, read {read}")
        for punishment in report.punishments:
            result.punishments += 1
            if any(
                _overlap((p.start, p.end), (punishment.start, punishment.end))
                for p in analysis.stated_punishments
            ):
                result.punishments_found += 1
            else:
                quote = report.text[punishment.start : punishment.end]
                result.errors.append(f"{report.id}: missed punishment {quote!r}")
    return result
