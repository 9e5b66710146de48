"""`lawref validate` and `Catalog.load` report every problem at once: file, key path, reason."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.cli import main
from lawref.errors import DataError, Problem
from tests.paths import FIXTURES


def _problems(path: Path) -> tuple[Problem, ...]:
    with pytest.raises(DataError) as caught:
        Catalog.load(path)
    return caught.value.problems


def _has(problems: tuple[Problem, ...], file: str, key: str, reason: str) -> bool:
    return any(p.file.endswith(file) and p.key_path == key and reason in p.reason for p in problems)


def test_shipped_data_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_every_problem_of_a_broken_file_is_reported(data_copy: Path) -> None:
    shutil.copy(FIXTURES / "many-problems.toml", data_copy / "statutes")
    problems = _problems(data_copy)
    file = "statutes/many-problems.toml"
    expected = [
        # schema problems stop that file's cross-checks, so they are asserted on their own below
        (
            file,
            'provisions."3".versions[0].confidence',
            "Input should be 'high', 'medium' or 'low'",
        ),
        (file, 'provisions."3".versions[0].penalty.first.combinator', "Input should be"),
        (file, 'provisions."3".versions[0].penalty.first.imprisonment', "greater than max_months"),
        (file, 'provisions."5".colour', "Extra inputs are not permitted"),
        (file, 'provisions."5".versions[0].source', "Field required"),
    ]
    for item in expected:
        assert _has(problems, *item), f"{item} not in {[str(p) for p in problems]}"


def test_every_cross_reference_problem_is_reported(data_copy: Path) -> None:
    text = (FIXTURES / "many-problems.toml").read_text(encoding="utf-8")
    # keep the cross-reference problems, mend the schema ones
    text = text.replace('confidence = "certain"', 'confidence = "high"')
    text = text.replace('"imprisonment_and_fines"', '"imprisonment_and_fine"')
    text = text.replace("min_months = 24, max_months = 12", "max_months = 12")
    text = text.replace('colour = "red"', "")
    text = text.replace(
        'confidence = "high"                  # PROBLEM: no source',
        'confidence = "high"\nsource = { title = "fixture", citation = "tests/fixtures/broken" }',
    )
    (data_copy / "statutes" / "many-problems.toml").write_text(text, encoding="utf-8")
    problems = _problems(data_copy)
    file = "statutes/many-problems.toml"
    expected = [
        (file, "act.id", "does not match the file name"),
        (file, 'provisions."1".versions[1].valid_from', "does not come after"),
        (file, 'provisions."2".versions[0].valid_from', "before misnamed-act came into force"),
        (file, 'provisions."2".versions[0].instrument', "neither the act id nor"),
        (file, 'provisions."2".successors[0]', "no provision 'ipc-1860/s9999'"),
        (file, 'provisions."3".versions[0].valid_from', "before broken-amendment received assent"),
        (file, 'provisions."4(a)".heading', "no enclosing provision"),
        (file, 'provisions."4(a)".versions[0].penalty_from_parent', "without a parent"),
    ]
    for item in expected:
        assert _has(problems, *item), f"{item} not in {[str(p) for p in problems]}"


@pytest.mark.parametrize(
    ("day", "slip", "key", "reason"),
    [
        ("introduced = 2023-12-12", "introduced = 2024-01-11", "act", "after the assent on"),
        ("introduced = 2023-08-11", "introduced = 2024-01-11", "act.bills[0]", "before it was"),
    ],
)
def test_a_bills_days_out_of_order_are_a_data_error(
    data_copy: Path, day: str, slip: str, key: str, reason: str
) -> None:
    """A Bill is introduced before the Act it is for is assented to, and ends after it is
    introduced: a day that says otherwise is a slip the data must not keep."""
    path = data_copy / "statutes" / "bns-2023.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(day) == 1
    path.write_text(text.replace(day, slip), "utf-8")
    problems = _problems(data_copy)
    assert _has(problems, "statutes/bns-2023.toml", key, reason), [str(p) for p in problems]


def test_invalid_toml_names_the_file_and_line(data_copy: Path) -> None:
    shutil.copy(FIXTURES / "not-toml.toml", data_copy / "statutes")
    problems = _problems(data_copy)
    assert any(
        p.file.endswith("statutes/not-toml.toml")
        and "not valid TOML" in p.reason
        and "line 3" in p.reason
        for p in problems
    ), [str(p) for p in problems]


def test_missing_catalog_file_is_reported(data_copy: Path) -> None:
    (data_copy / "catalog.toml").unlink()
    problems = _problems(data_copy)
    assert _has(problems, "catalog.toml", "", "missing")


def test_problems_in_several_files_come_together(data_copy: Path) -> None:
    shutil.copy(FIXTURES / "not-toml.toml", data_copy / "statutes")
    (data_copy / "catalog.toml").write_text("reviewed_on = 'soon'\n", encoding="utf-8")
    problems = _problems(data_copy)
    assert {Path(p.file).name for p in problems} >= {"not-toml.toml", "catalog.toml"}


def test_validate_command_prints_one_line_per_problem_and_exits_1(
    data_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FIXTURES / "many-problems.toml", data_copy / "statutes")
    shutil.copy(FIXTURES / "not-toml.toml", data_copy / "statutes")
    assert main(["validate", str(data_copy)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == ""
    assert len(lines) >= 7
    assert all(line.startswith("lawref: ") for line in lines)
    assert "Traceback" not in captured.err
    assert any('many-problems.toml: provisions."5".colour' in line for line in lines)


def test_validate_of_a_missing_folder_is_a_data_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "nothing")]) == 1
    assert "catalog.toml: missing" in capsys.readouterr().err


def test_conduct_cross_references_are_checked(data_copy: Path) -> None:
    shutil.copy(FIXTURES / "conduct-problems.toml", data_copy / "conduct.toml")
    problems = _problems(data_copy)
    file = "conduct.toml"
    expected = [
        (file, "conduct.viewing.mappings[0].authority.quote", "is not in the text"),
        (file, "conduct.viewing.mappings[1].provision", "no provision 'it-act-2000/s99Z'"),
        (file, "conduct.viewing.mappings[2].valid_to", "is not a date on which"),
        (file, "conduct.viewing.mappings[3].authority.judgment", "no judgment"),
        (file, "conduct.viewing.mappings[4].valid_to", "from 2023-11-30 is not recorded"),
        (file, "conduct.sharing.terms[0]", "already a term of 'viewing'"),
    ]
    for item in expected:
        assert _has(problems, *item), f"{item} not in {[str(p) for p in problems]}"


def test_judgment_references_are_checked(data_copy: Path) -> None:
    path = data_copy / "judgments.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        'reversed_by = "just-rights-v-harish-2024"', 'reversed_by = "nowhere-2099"', 1
    )
    path.write_text(text, encoding="utf-8")
    problems = _problems(data_copy)
    assert any(
        p.file.endswith("judgments.toml") and p.key_path.endswith(".reversed_by") for p in problems
    ), [str(p) for p in problems]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"text": "Some words."}, "text_not_recorded and text exclude each other"),
        (
            {"note": "n", "penalty": {"first": {"combinator": "fine_only", "fine": {}}}},
            "has no structured penalty",
        ),
        ({}, "needs a note"),
        ({"note": "n", "omitted": True}, "an omitted version has no text"),
        (
            {
                "text_not_recorded": False,
                "text": "t",
                "penalty": {
                    "first_limb": "t",
                    "first": {"combinator": "fine_only", "fine": {}},
                },
            },
            "first_limb needs at least one other limb",
        ),
        (
            {
                "text_not_recorded": False,
                "text": "t",
                "penalty": {
                    "first": {"combinator": "fine_only", "fine": {}},
                    "subsequent": {"combinator": "fine_only", "fine": {}},
                    "first_limb": "t",
                    "limbs": [{"limb": "u", "penalty": {"combinator": "fine_only", "fine": {}}}],
                },
            },
            "or by its limbs, not both",
        ),
    ],
)
def test_a_version_whose_text_is_not_recorded_is_checked(
    fields: dict[str, object], reason: str
) -> None:
    """A change known to have happened but not read verbatim carries no text and no penalty,
    and must say in its note what is known of it."""
    from pydantic import ValidationError

    from lawref.loading.schema import VersionRecord

    record = {
        "valid_from": "2023-11-30",
        "instrument": "jan-vishwas-2023",
        "text_not_recorded": True,
        "source": {"title": "t", "url": "https://example.org"},
        "confidence": "medium",
        **fields,
    }
    with pytest.raises(ValidationError, match=reason):
        VersionRecord.model_validate(record)


def test_acts_analyze_reads_but_lawref_does_not_hold_are_checked(data_copy: Path) -> None:
    conduct = data_copy / "conduct.toml"
    text = conduct.read_text(encoding="utf-8")
    text = text.replace('id = "jj-act-2015"', 'id = "ipc-1860"', 1)
    text = text.replace(
        'id = "itpa-1956"\ntitle = "The Immoral Traffic (Prevention) Act, 1956"\n',
        'id = "itpa-1956"\n',
        1,
    )
    text = text.replace('id = "irwa-1986"', 'id = "bsa-2023"', 1)
    conduct.write_text(text, encoding="utf-8")
    problems = _problems(data_copy)
    file = "conduct.toml"
    assert _has(problems, file, "analysis.other_acts[2].id", "is an Act lawref holds")
    assert _has(problems, file, "analysis.other_acts[3].title", "only a procedure Code")
    assert _has(problems, file, "analysis.other_acts[6].id", "is given twice")


def test_sections_read_by_their_glosses_are_checked(data_copy: Path) -> None:
    """A held section's gloss entry carries the heading the statute file records and no source;
    any other carries a source; each is of a held Act, once."""
    conduct = data_copy / "conduct.toml"
    text = conduct.read_text(encoding="utf-8")
    text = text.replace(
        'heading = "Punishment for criminal intimidation"',
        'heading = "Criminal intimidation, punished"',
        1,
    )
    text = text.replace('act = "ipc-1860"\nsection = "376"', 'act = "crpc-1973"\nsection = "376"')
    text = text.replace('act = "bns-2023"\nsection = "64"', 'act = "bns-2023"\nsection = "70"')
    text = re.sub(r'(section = "302"\nheading = .*\nwords = .*\n)source = .*\n', r"\1", text)
    text = re.sub(
        r'(section = "377"\nheading = .*\nwords = .*\nsource = .*\n)confidence = .*\n', r"\1", text
    )
    conduct.write_text(text, encoding="utf-8")
    problems = _problems(data_copy)
    file = "conduct.toml"
    where = "analysis.section_glosses"
    assert _has(problems, file, f"{where}[8].heading", "not the heading lawref holds")
    assert any(p.key_path.endswith(".act") and "no Act lawref holds" in p.reason for p in problems)
    assert any("bns-2023 s.70 is given twice" in p.reason for p in problems)
    assert any(
        p.key_path.endswith(".source") and "where was the heading read" in p.reason
        for p in problems
    )
    assert any(
        p.key_path.endswith(".confidence") and "how sure is the heading" in p.reason
        for p in problems
    )


def test_acts_named_in_devanagari_are_checked(data_copy: Path) -> None:
    conduct = data_copy / "conduct.toml"
    text = conduct.read_text(encoding="utf-8")
    text = text.replace('"jj-act-2015" = ["जेजे एक्ट"', '"jj-act-1986" = ["जेजे एक्ट"', 1)
    text = text.replace('"ए" = "A"', '"ए" = "AB"', 1)
    conduct.write_text(text, encoding="utf-8")
    problems = _problems(data_copy)
    file = "conduct.toml"
    assert _has(problems, file, "analysis.devanagari.act_names.jj-act-1986", "no Act lawref")
    assert _has(problems, file, "analysis.devanagari.letters.ए", "not one Latin letter")


def test_the_words_of_a_sexual_context_are_checked(data_copy: Path) -> None:
    conduct = data_copy / "conduct.toml"
    text = conduct.read_text(encoding="utf-8")
    text = text.replace('"ipc-1860/s292",', '"ipc-2860/s292",', 1)
    text = text.replace('generic_material = [\n  "videos",', 'generic_material = [\n  "reels",', 1)
    conduct.write_text(text, encoding="utf-8")
    problems = _problems(data_copy)
    file = "conduct.toml"
    assert _has(problems, file, "analysis.sexual_provisions[5]", "no Act lawref holds")
    assert _has(problems, file, "analysis.generic_material[0]", "not one of material_words")
