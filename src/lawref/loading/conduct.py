"""Loading ``conduct.toml``, ``judgments.toml`` and ``terms.toml`` and checking every reference
they make into the statutes, into each other, and into the words of the provisions they quote."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from lawref.analysis.models import AnalysisConfig
from lawref.conduct.models import Authority, Conduct, Judgment, OverlapRule, Term
from lawref.errors import Problem
from lawref.loading.problems import squash, unknown_ids, validation_problems
from lawref.loading.schema import ConductFile, JudgmentsFile, TermsFile
from lawref.statutes.models import Provision, ProvisionVersion

TOML = dict[str, object]
Reader = Callable[[str], TOML | None]
FileModel = TypeVar("FileModel", bound=BaseModel)


def _with_ids(raw: TOML, section: str) -> TOML:
    """Tables keyed by id get the key as their ``id`` (so the key is the only place it is typed)."""
    table = raw.get(section)
    if isinstance(table, dict):
        raw = {
            **raw,
            section: {
                key: {**value, "id": key} if isinstance(value, dict) else value
                for key, value in table.items()
            },
        }
    return raw


def _validate(
    model: type[FileModel], raw: TOML, shown: str, problems: list[Problem]
) -> FileModel | None:

    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems.extend(validation_problems(shown, exc))
        return None


def _check_authority(
    authority: Authority,
    where: str,
    shown: str,
    judgments: Mapping[str, Judgment],
    problems: list[Problem],
) -> None:
    def add(key: str, reason: str) -> None:
        problems.append(Problem(shown, key, reason))

    if authority.judgment is None:
        return
    judgment = judgments.get(authority.judgment)
    if judgment is None:
        add(f"{where}.judgment", f"no judgment {authority.judgment!r}")
    elif authority.holding and authority.holding not in {h.id for h in judgment.holdings}:
        add(
            f"{where}.holding",
            f"{authority.judgment} has no holding {authority.holding!r}",
        )


def _check_range(
    start: dt.date | None,
    end: dt.date | None,
    provision: Provision,
    repealed_on: dt.date | None,
    where: str,
    shown: str,
    problems: list[Problem],
) -> None:
    def add(key: str, reason: str) -> None:
        problems.append(Problem(shown, key, reason))

    boundaries = {v.valid_from for v in provision.versions} | (
        {repealed_on} if repealed_on else set()
    )
    for key, value in (("valid_from", start), ("valid_to", end)):
        if value is not None and value not in boundaries:
            add(
                f"{where}.{key}",
                f"{value} is not a date on which {provision.id} changed "
                f"({', '.join(str(b) for b in sorted(boundaries))})",
            )
    if start and end and start >= end:
        add(f"{where}.valid_to", "ends before it starts")


def _versions_in_range(
    provision: Provision, start: dt.date | None, end: dt.date | None
) -> list[ProvisionVersion]:
    return [
        v
        for v in provision.versions
        if (end is None or v.valid_from < end)
        and (start is None or v.valid_to is None or v.valid_to > start)
    ]


def _texts_in_range(provision: Provision, start: dt.date | None, end: dt.date | None) -> list[str]:
    return [v.text for v in _versions_in_range(provision, start, end) if v.text]


def check_named_acts(
    analysis: AnalysisConfig,
    acts: Collection[str],
    codes: Mapping[str, str],
    shown: str,
    problems: list[Problem],
) -> None:
    """The Acts ``analyze`` reads but lawref does not hold (``[[analysis.other_acts]]``): each
    id is new (not an Act lawref holds, not given twice) and each has a title, its own or, for a
    Code of criminal procedure, the one ``procedure.toml`` records (*codes*: id → title). The
    Acts named in Devanagari (``[analysis.devanagari]``) are each one of these or held, and
    each letter there stands for one Latin letter."""
    seen: set[str] = set()
    for index, other in enumerate(analysis.other_acts):
        where = f"analysis.other_acts[{index}]"
        if other.id in acts:
            problems.append(Problem(shown, f"{where}.id", f"{other.id!r} is an Act lawref holds"))
        if other.id in seen:
            problems.append(Problem(shown, f"{where}.id", f"{other.id!r} is given twice"))
        seen.add(other.id)
        if other.title is None and other.id not in codes:
            problems.append(
                Problem(shown, f"{where}.title", "missing: only a procedure Code may omit it")
            )
        if not other.names:
            problems.append(Problem(shown, f"{where}.names", "an Act needs a name to be read"))
    words = analysis.devanagari
    for act, names in sorted(words.act_names.items()):
        where = f"analysis.devanagari.act_names.{act}"
        if act not in acts and act not in seen and act not in codes:
            problems.append(Problem(shown, where, f"{act!r} is no Act lawref holds or names"))
        if not names:
            problems.append(Problem(shown, where, "an Act needs a name to be read"))
    tables = {**words.letters, **words.hindi_letters, **words.bracket_letters}
    for letter, latin in sorted(tables.items()):
        if not re.fullmatch(r"[A-Za-z]", latin):
            problems.append(
                Problem(
                    shown,
                    f"analysis.devanagari.letters.{letter}",
                    f"{latin!r} is not one Latin letter",
                )
            )


def check_section_glosses(
    analysis: AnalysisConfig,
    provisions: Mapping[str, Provision],
    acts: Collection[str],
    shown: str,
    problems: list[Problem],
) -> None:
    """The sections of the general Codes read by their glosses (``[[analysis.section_glosses]]``):
    each of an Act lawref holds, given once, with words to match; a section lawref holds carries
    the heading its statute file records and no source of its own (that file says where it was
    read); any other carries the source its heading was read in."""
    seen: set[tuple[str, str]] = set()
    for index, entry in enumerate(analysis.section_glosses):
        where = f"analysis.section_glosses[{index}]"
        if entry.act not in acts:
            problems.append(Problem(shown, f"{where}.act", f"{entry.act!r} is no Act lawref holds"))
        if (entry.act, entry.section) in seen:
            problems.append(
                Problem(shown, f"{where}.section", f"{entry.act} s.{entry.section} is given twice")
            )
        seen.add((entry.act, entry.section))
        if not entry.words:
            problems.append(Problem(shown, f"{where}.words", "a gloss needs words to be read"))
        held = provisions.get(f"{entry.act}/s{entry.section}")
        if held is not None:
            if entry.heading != held.heading:
                problems.append(
                    Problem(
                        shown,
                        f"{where}.heading",
                        f"not the heading lawref holds for it: {held.heading!r}",
                    )
                )
            if entry.source is not None or entry.confidence is not None:
                problems.append(
                    Problem(shown, f"{where}.source", "lawref holds the section: its file's own")
                )
        else:
            if entry.source is None:
                problems.append(
                    Problem(shown, f"{where}.source", "missing: where was the heading read?")
                )
            if entry.confidence is None:
                problems.append(
                    Problem(shown, f"{where}.confidence", "missing: how sure is the heading?")
                )


def check_sexual_context(
    analysis: AnalysisConfig,
    provisions: Collection[str],
    acts: Collection[str],
    shown: str,
    problems: list[Problem],
) -> None:
    """The words of the sexual context of a text (``sexual_context`` …): each provision about a
    sexual act or material is an Act lawref holds, or a section of one ("<act>/s<number>",
    held or not: reports name sections lawref does not hold), and each generic material word is
    a material word (else no mention could act on it)."""
    for index, name in enumerate(analysis.sexual_provisions):
        act, _, section = name.partition("/s")
        if name not in provisions and not (
            act in acts and (not section or re.fullmatch(r"\d{1,3}[A-Z]{0,2}", section))
        ):
            problems.append(
                Problem(
                    shown,
                    f"analysis.sexual_provisions[{index}]",
                    f"{name!r} is no Act lawref holds or section of one",
                )
            )
    material = {w.lower() for w in analysis.material_words}
    for index, word in enumerate(analysis.generic_material):
        if word.lower() not in material:
            problems.append(
                Problem(
                    shown,
                    f"analysis.generic_material[{index}]",
                    f"{word!r} is not one of material_words",
                )
            )


def check_conduct(
    conduct_file: ConductFile,
    provisions: Mapping[str, Provision],
    repeals: Mapping[str, dt.date | None],
    judgments: Mapping[str, Judgment],
    shown: str,
    problems: list[Problem],
) -> None:
    """Every mapping and overlap rule points at real provisions, dates and holdings, and every
    quoted word is in the provision's text; no word of the lexicon belongs to two conducts."""

    def add(key: str, reason: str) -> None:
        problems.append(Problem(shown, key, reason))

    owner: dict[str, str] = {}
    for conduct_id, conduct in conduct_file.conduct.items():
        for index, term in enumerate(conduct.terms):
            key = " ".join(re.findall(r"[a-z0-9]+", term.lower()))
            if not key:
                add(f"conduct.{conduct_id}.terms[{index}]", "empty term")
            elif key in owner and owner[key] != conduct_id:
                add(
                    f"conduct.{conduct_id}.terms[{index}]",
                    f"{term!r} is already a term of {owner[key]!r}; a word names one conduct",
                )
            owner.setdefault(key, conduct_id)
        for index, mapping in enumerate(conduct.mappings):
            where = f"conduct.{conduct_id}.mappings[{index}]"
            provision = provisions.get(mapping.provision)
            if provision is None:
                add(f"{where}.provision", f"no provision {mapping.provision!r}")
                continue
            repealed = repeals.get(provision.act)
            _check_range(
                mapping.valid_from, mapping.valid_to, provision, repealed, where, shown, problems
            )
            for version in _versions_in_range(provision, mapping.valid_from, mapping.valid_to):
                if version.text_not_recorded:
                    add(
                        f"{where}.valid_to",
                        f"the text of {provision.id} from {version.valid_from} is not recorded, "
                        "so no conduct can be said to reach it: end the mapping there",
                    )
            quote = mapping.authority.quote
            if quote is not None:
                texts = _texts_in_range(provision, mapping.valid_from, mapping.valid_to)
                if not any(squash(quote) in squash(text) for text in texts):
                    add(
                        f"{where}.authority.quote",
                        f"{quote!r} is not in the text of {provision.id} in force then",
                    )
            _check_authority(mapping.authority, f"{where}.authority", shown, judgments, problems)
    for index, rule in enumerate(conduct_file.overlaps):
        where = f"overlaps[{index}]"
        provision = provisions.get(rule.provision)
        if provision is None:
            add(f"{where}.provision", f"no provision {rule.provision!r}")
        else:
            _check_range(
                rule.valid_from,
                rule.valid_to,
                provision,
                repeals.get(provision.act),
                where,
                shown,
                problems,
            )
        acts = set(repeals)
        for key, values in (
            ("covers", rule.covers),
            ("displaced", rule.displaced),
            ("by", rule.by),
        ):
            for position, value in enumerate(values):
                if value not in provisions and not (key == "covers" and value in acts):
                    add(f"{where}.{key}[{position}]", f"no provision or act {value!r}")
        _check_authority(rule.authority, f"{where}.authority", shown, judgments, problems)


def check_judgments(
    judgments: Mapping[str, Judgment],
    provisions: Mapping[str, Provision],
    conduct_ids: set[str],
    shown: str,
    problems: list[Problem],
) -> None:
    """Holdings name real provisions and conduct; appeals, reversals and recalls name real
    judgments."""

    def add(key: str, reason: str) -> None:
        problems.append(Problem(shown, key, reason))

    for judgment_id, judgment in judgments.items():
        for key in ("reversed_by", "recalled_by", "appeal_from"):
            target = getattr(judgment, key)
            if target is not None and target not in judgments:
                add(f"judgments.{judgment_id}.{key}", f"no judgment {target!r}")
        if judgment.status == "reversed" and judgment.reversed_by is None:
            add(
                f"judgments.{judgment_id}.reversed_by",
                "a reversed judgment names what reversed it",
            )
        if judgment.status == "recalled" and judgment.recalled_by is None:
            add(
                f"judgments.{judgment_id}.recalled_by",
                "a recalled judgment names what recalled it",
            )
        seen: set[str] = set()
        for index, holding in enumerate(judgment.holdings):
            where = f"judgments.{judgment_id}.holdings[{index}]"
            if holding.id in seen:
                add(f"{where}.id", f"duplicate holding id {holding.id!r}")
            seen.add(holding.id)
            if holding.text_as_of is not None and holding.text_as_of > judgment.decided:
                add(
                    f"{where}.text_as_of",
                    f"{holding.text_as_of} is after the decision ({judgment.decided}): a court "
                    "construes a text in force on or before the day it decides",
                )
            for found in (
                *unknown_ids(f"{where}.provisions", holding.provisions, provisions, "provision"),
                *unknown_ids(f"{where}.conduct", holding.conduct, conduct_ids, "conduct"),
            ):
                add(*found)


def read_topic_files(
    read: Reader, label: str, problems: list[Problem]
) -> tuple[ConductFile | None, JudgmentsFile | None, TermsFile | None]:
    """Parse and validate the three files (each problem recorded against its file)."""
    results: list[BaseModel | None] = []
    for name, section, model in (
        ("conduct.toml", "conduct", ConductFile),
        ("judgments.toml", "judgments", JudgmentsFile),
        ("terms.toml", "terms", TermsFile),
    ):
        shown = f"{label}/{name}"
        raw = read(name)
        if raw is None:
            results.append(None)
            continue
        results.append(_validate(model, _with_ids(raw, section), shown, problems))
    conduct, judgments, terms = results
    assert conduct is None or isinstance(conduct, ConductFile)
    assert judgments is None or isinstance(judgments, JudgmentsFile)
    assert terms is None or isinstance(terms, TermsFile)
    return conduct, judgments, terms


def collect(
    conduct_file: ConductFile | None,
    judgments_file: JudgmentsFile | None,
    terms_file: TermsFile | None,
) -> tuple[
    dict[str, Conduct],
    tuple[OverlapRule, ...],
    dict[str, Judgment],
    dict[str, Term],
    AnalysisConfig,
]:
    """The validated contents in file order (empty where a file was invalid)."""
    conduct = dict(conduct_file.conduct) if conduct_file else {}
    overlaps = conduct_file.overlaps if conduct_file else ()
    judgments = dict(judgments_file.judgments) if judgments_file else {}
    terms = dict(terms_file.terms) if terms_file else {}
    analysis = conduct_file.analysis if conduct_file else AnalysisConfig()
    return conduct, overlaps, judgments, terms, analysis
