"""Measuring ``analyze`` against hand labels: precision and recall of conduct mentions (per
conduct and overall) and of statute references.

A prediction is right when its span overlaps a label's span and names the same conduct (for
references: the same Act, and the same provision where the label names one). Each label is
matched at most once.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from lawref.catalog import Catalog
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


def load_labels(path: Path, catalog: Catalog) -> tuple[list[Label], list[Label]]:
    """Mentions and references from a labels file, placed in their articles' texts."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    problems: list[Problem] = []
    placed: dict[str, list[Label]] = {"mentions": [], "references": []}
    for section in placed:
        for index, item in enumerate(raw.get(section, [])):
            text = catalog.article(item["article"]).text
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
    catalog: Catalog, mentions: list[Label], references: list[Label]
) -> tuple[dict[str, Score], Score, Score]:
    """Per-conduct scores, the overall conduct score, and the statute-reference score, over
    every article that has labels."""
    articles = sorted({label.article for label in (*mentions, *references)})
    predicted_m: list[Label] = []
    predicted_r: list[Label] = []
    for article in articles:
        result = catalog.analyze(catalog.article(article).text)
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
