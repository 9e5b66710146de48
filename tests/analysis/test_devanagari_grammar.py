"""The small words of Hindi and Marathi grammar are data: ``[analysis.hindi_conduct.grammar]``
and ``[analysis.devanagari]`` in ``data/conduct.toml`` hold them, and the conduct and reference
readers' code holds none."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import lawref.analysis.citations as citations
import lawref.analysis.devanagari as devanagari
import lawref.analysis.hindi_conduct as hindi_conduct
import lawref.analysis.reader as reader
from lawref.analysis import english, references
from lawref.analysis.hindi_conduct import HindiConductReader
from lawref.analysis.models import DevanagariGrammar, HindiConductWords
from lawref.catalog import Catalog

# a letter of a word (a consonant or a vowel), not a sign or a bound of a script range
_DEVANAGARI_LETTER = re.compile("[\u0904-\u0939\u0958-\u0961]")


def _no_provisions(conduct: str) -> tuple[str, ...]:
    return ()


def _conducts(words: HindiConductWords, text: str, marathi: bool = False) -> list[str]:
    reader = HindiConductReader(words)
    return [m.conduct for m in reader.mentions(text, _no_provisions, marathi=marathi)]


@pytest.mark.parametrize("field", sorted(DevanagariGrammar.model_fields))
def test_every_word_list_of_the_grammar_is_filled(catalog: Catalog, field: str) -> None:
    # a list left empty by an edit would switch its rule off without a word
    assert getattr(catalog.analysis_config.hindi_conduct.grammar, field)


_ENGLISH = sorted(Path(str(english.__file__)).parent.glob("*.py"))
_REFERENCES = sorted(Path(str(references.__file__)).parent.glob("*.py"))


@pytest.mark.parametrize(
    "path",
    [
        *(Path(str(m.__file__)) for m in (hindi_conduct, devanagari, citations, reader)),
        *_ENGLISH,
        *_REFERENCES,
    ],
    ids=lambda p: p.name,
)
def test_the_reader_modules_hold_no_devanagari_word_outside_their_comments(path: Path) -> None:
    # the words of conduct (``[analysis.hindi_conduct]``) and of references
    # (``[analysis.devanagari]``) are data; the dates and punishments modules still hold some
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    documentation = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    words = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in documentation
        and _DEVANAGARI_LETTER.search(node.value)
    ]
    assert words == []


def test_the_agent_mark_is_read_from_the_data(catalog: Catalog) -> None:
    words = catalog.analysis_config.hindi_conduct
    # the police sent the video to the court: their act, no offence
    text = "पुलिस ने अश्लील वीडियो जांच के लिए अदालत को भेज दिया।"
    assert _conducts(words, text) == []
    # with no word of the agent's mark, the subject is not found and the sending is read
    unmarked = words.model_copy(update={"grammar": words.grammar.model_copy(update={"agent": ()})})
    assert _conducts(unmarked, text) == ["sharing"]


def test_future_endings_are_read_from_the_data(catalog: Catalog) -> None:
    words = catalog.analysis_config.hindi_conduct
    # "he will make the obscene video viral": what will be done, no act
    text = "आरोपी नाबालिग का अश्लील वीडियो वायरल करेगा।"
    assert _conducts(words, text) == []
    no_future = words.model_copy(
        update={"grammar": words.grammar.model_copy(update={"future_endings": ()})}
    )
    assert _conducts(no_future, text) == ["sharing"]


def test_a_marathi_participle_is_read_by_its_endings(catalog: Catalog) -> None:
    words = catalog.analysis_config.hindi_conduct
    reader = HindiConductReader(words)
    assert reader._participle("पाठवलेले")
    assert reader._participle("काढलेल्या")
    # the ending alone is no participle: a word must stand before it
    assert not reader._participle("लेले")
    assert not reader._participle("पाठवले")


@pytest.mark.parametrize(
    "field",
    [
        "not_section_stems",
        "not_section_words",
        "under_endings",
        "cited_words",
        "cited_joins",
        "judge_words",
        "court_words",
        "used_under",
        "marathi_et_cetera",
    ],
)
def test_the_reference_reader_s_word_lists_are_filled(catalog: Catalog, field: str) -> None:
    assert getattr(catalog.analysis_config.devanagari, field)
