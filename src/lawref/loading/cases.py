"""Loading the articles (``data/articles/``) and the example cases (``data/cases.toml``).

A citation stores the quote, not offsets (docs/design.md#the-data-contract): the loader finds
the quote in the article's text — exactly once, or the ``occurrence`` given — and computes
``start``/``end`` and a little surrounding context. A quote that is not found is a load error, as
is a text whose SHA-256 differs from the one recorded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path

from pydantic import ValidationError

from lawref.cases.models import Article, Case, Citation
from lawref.errors import Problem
from lawref.loading.files import read_bytes
from lawref.loading.problems import validation_problems
from lawref.statutes.models import _a_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

TOML = dict[str, object]
CONTEXT = 80
_CITED_GROUPS = ("places", "agencies", "platforms", "conduct", "provisions", "facts")


def occurrences(text: str, quote: str) -> list[int]:
    """Every start offset of *quote* in *text* (overlapping matches included)."""
    found = []
    start = text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def resolve_citation(citation: Citation, text: str) -> Citation | str:
    """The citation with its offsets and context, or the reason it cannot be placed."""
    if not citation.quote.strip():
        return "the quote is empty"
    starts = occurrences(text, citation.quote)
    if not starts:
        return f"{citation.quote!r} is not in article {citation.article}"
    if citation.occurrence is None and len(starts) > 1:
        return (
            f"{citation.quote!r} occurs {len(starts)} times in article {citation.article}; "
            "say which with occurrence = N, or quote more words"
        )
    index = (citation.occurrence or 1) - 1
    if not 0 <= index < len(starts):
        count = len(starts)
        return f"occurrence {citation.occurrence} of {citation.quote!r}: it occurs {count} time(s)"
    start = starts[index]
    end = start + len(citation.quote)
    context = text[max(0, start - CONTEXT) : end + CONTEXT]
    return citation.model_copy(update={"start": start, "end": end, "context": context})


def read_articles(
    folder: Traversable,
    read: Callable[[Traversable, str], TOML | None],
    label: str,
    problems: list[Problem],
) -> dict[str, Article]:
    """Articles with their text, each checked against its recorded SHA-256 and its own quotes."""

    shown = f"{label}/articles/articles.toml"
    raw = read(folder.joinpath("articles.toml"), shown)
    if raw is None:
        return {}
    table = raw.get("articles")
    if not isinstance(table, dict):
        problems.append(Problem(shown, "articles", 'needs [articles."<id>"] tables'))
        return {}
    articles: dict[str, Article] = {}
    for article_id, entry in table.items():
        where = f'articles."{article_id}"'
        try:
            _a_key(article_id)  # before the id names a file: no "../", no markup
        except ValueError as exc:
            problems.append(Problem(shown, where, str(exc)))
            continue
        text_file = folder.joinpath(f"{article_id}.txt")
        linked = isinstance(text_file, Path) and text_file.is_symlink()
        if not linked and not text_file.is_file() and not _exists(text_file):
            problems.append(Problem(shown, where, f"no text file {article_id}.txt beside it"))
            continue
        data = read_bytes(text_file, f"{label}/articles/{article_id}.txt", problems)
        if data is None:
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(f"{label}/articles/{article_id}.txt", "", f"not UTF-8: {exc.reason}")
            )
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(shown, where, "must be a table"))
            continue
        try:
            article = Article.model_validate({**entry, "id": article_id, "text": text})
        except ValidationError as exc:
            problems.extend(validation_problems(shown, exc, ("articles", article_id)))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != article.sha256:
            problems.append(
                Problem(
                    shown, f"{where}.sha256", f"the text's SHA-256 is {digest}; the file changed"
                )
            )
        for index, dated in enumerate(article.dates):
            if len(occurrences(text, dated.quote)) != 1:
                problems.append(
                    Problem(
                        shown,
                        f"{where}.dates[{index}].quote",
                        "must occur exactly once in the text",
                    )
                )
        if article.publisher_quote and article.publisher_quote not in text:
            problems.append(Problem(shown, f"{where}.publisher_quote", "not in the text"))
        if article.kind == "report" and (article.publisher is None) != (
            article.publisher_quote is None
        ):
            problems.append(
                Problem(
                    shown,
                    f"{where}.publisher",
                    "a publisher needs the words of the text that name it",
                )
            )
        articles[article_id] = article
    return articles


def _nest(item: object, default_article: object) -> object:
    """``{quote, article, occurrence, …}`` → ``{…, citation: {article, quote, occurrence}}``."""
    if not isinstance(item, dict) or "quote" not in item:
        return item
    rest = {k: v for k, v in item.items() if k not in ("quote", "article", "occurrence")}
    citation = {"article": item.get("article", default_article), "quote": item["quote"]}
    if "occurrence" in item:
        citation["occurrence"] = item["occurrence"]
    return {**rest, "citation": citation}


def _shape_case(case_id: str, entry: TOML) -> TOML:
    default = entry.get("article")
    shaped = {k: v for k, v in entry.items() if k != "article"}
    shaped["id"] = case_id
    if isinstance(entry.get("date_citation"), dict):
        date_citation = _nest(entry["date_citation"], default)
        assert isinstance(date_citation, dict)
        shaped["date_citation"] = date_citation.get("citation", date_citation)
    for group in _CITED_GROUPS:
        items = entry.get(group)
        if isinstance(items, list):
            shaped[group] = [_nest(item, default) for item in items]
    return shaped


def read_cases(
    raw: TOML,
    articles: Mapping[str, Article],
    known: Mapping[str, set[str]],
    shown: str,
    problems: list[Problem],
) -> dict[str, Case]:
    """Cases with every citation placed in its article; *known* holds the ids of ``conduct``,
    ``provisions`` and ``acts`` that cases may name."""

    table = raw.get("cases")
    if not isinstance(table, dict):
        problems.append(Problem(shown, "cases", 'needs [cases."<id>"] tables'))
        return {}
    cases: dict[str, Case] = {}
    for case_id, entry in table.items():
        if not isinstance(entry, dict):
            problems.append(Problem(shown, f"cases.{case_id}", "must be a table"))
            continue
        try:
            case = Case.model_validate(_shape_case(case_id, entry))
        except ValidationError as exc:
            problems.extend(validation_problems(shown, exc, ("cases", case_id)))
            continue
        placed = _place_citations(case, articles, shown, problems)
        _check_names(placed, known, shown, problems)
        cases[case_id] = placed
    return cases


def _place(
    citation: Citation,
    where: str,
    articles: Mapping[str, Article],
    shown: str,
    problems: list[Problem],
) -> Citation:
    article = articles.get(citation.article)
    if article is None:
        problems.append(Problem(shown, f"{where}.article", f"no article {citation.article!r}"))
        return citation
    placed = resolve_citation(citation, article.text)
    if isinstance(placed, str):
        problems.append(Problem(shown, f"{where}.quote", placed))
        return citation
    return placed


def _place_citations(
    case: Case, articles: Mapping[str, Article], shown: str, problems: list[Problem]
) -> Case:
    base = f"cases.{case.id}"
    update: dict[str, object] = {
        "date_citation": _place(
            case.date_citation, f"{base}.date_citation", articles, shown, problems
        )
    }
    for group in _CITED_GROUPS:
        items = getattr(case, group)
        update[group] = tuple(
            item.model_copy(
                update={
                    "citation": _place(
                        item.citation, f"{base}.{group}[{i}]", articles, shown, problems
                    )
                }
            )
            for i, item in enumerate(items)
        )
    return case.model_copy(update=update)


def _check_names(
    case: Case, known: Mapping[str, set[str]], shown: str, problems: list[Problem]
) -> None:
    base = f"cases.{case.id}"
    for index, cited in enumerate(case.conduct):
        if cited.conduct not in known["conduct"]:
            problems.append(
                Problem(shown, f"{base}.conduct[{index}].conduct", f"no conduct {cited.conduct!r}")
            )
    for index, named in enumerate(case.provisions):
        if named.provision is not None and named.provision not in known["provisions"]:
            problems.append(
                Problem(
                    shown,
                    f"{base}.provisions[{index}].provision",
                    f"no provision {named.provision!r}",
                )
            )
        if named.act is not None and named.act not in known["acts"]:
            problems.append(
                Problem(shown, f"{base}.provisions[{index}].act", f"no act {named.act!r}")
            )


def _exists(entry: Traversable) -> bool:
    """Whether anything (a pipe or device included) is at *entry* on disk."""
    return isinstance(entry, Path) and entry.exists()
