"""Issue #11: classification (cognizable, bailable, which court) for every offence, by the date
the proceeding began (the Code then in force: CrPC before 1 July 2024, BNSS from then — BNSS
s.531(2)(a)), with the special Acts' rules (IT Act s.77B, POCSO s.28) on top."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.cli import main
from lawref.errors import DataError, InvalidDateError

D = dt.date


def test_the_code_follows_the_proceeding_not_the_conduct(catalog: Catalog) -> None:
    before = catalog.classification("67B IT Act", D(2019, 10, 13), D(2020, 1, 5))
    after = catalog.classification("67B IT Act", D(2019, 10, 13), D(2025, 1, 5))
    assert before.code == "crpc-1973"
    assert after.code == "bnss-2023"
    for at in (before, after):
        assert at.first is not None
        assert (at.first.cognizable, at.first.bailable) == (True, False)
        assert at.first.triable_by == "Magistrate of the first class"
        assert "it-act-2000/s77B" in at.first.rules
    assert before.first is not None
    assert before.first.source.title.startswith("CrPC")
    assert after.first is not None
    assert after.first.source.title.startswith("BNSS")


def test_clauses_are_classified_like_their_section(catalog: Catalog) -> None:
    """`lookup sharing --json` gave classification null for s.67B(a)/(b)."""
    result = catalog.lookup("sharing", D(2021, 1, 1), proceeding_date=D(2021, 2, 1))
    by_id = {entry.id: entry for entry in result.provisions}
    for clause in ("it-act-2000/s67B(a)", "it-act-2000/s67B(b)"):
        if clause in by_id:
            classification = by_id[clause].classification
            assert classification is not None
            assert classification.cognizable is True
    assert all(e.classification is not None for e in result.provisions if e.penalty is not None)


def test_lookup_json_carries_the_classification(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["lookup", "sharing", "--as-of", "2021-01-01", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert status == 0
    assert document["proceeding_date"] == "2026-11-23"
    clauses = [p for p in document["provisions"] if p["id"].startswith("it-act-2000/s67B(")]
    assert clauses
    assert all(p["classification"]["code"] == "bnss-2023" for p in clauses)


def test_a_later_conviction_can_be_classified_differently(catalog: Catalog) -> None:
    """IPC s.354C: the second-conviction row is non-bailable (the data said bailable)."""
    at = catalog.classification("IPC 354C", D(2020, 1, 1), D(2021, 1, 1))
    assert at.first is not None
    assert at.subsequent is not None
    assert at.first.bailable is True
    assert at.subsequent.bailable is False


def test_the_bnss_changed_how_sexual_harassment_is_tried(catalog: Catalog) -> None:
    ipc = catalog.classification("IPC 354A(2)", D(2023, 1, 1), D(2023, 2, 1))
    bns = catalog.classification("BNS 75(2)", D(2025, 1, 1), D(2025, 2, 1))
    assert ipc.first is not None
    assert bns.first is not None
    assert (ipc.first.bailable, ipc.first.triable_by) == (True, "Any Magistrate")
    assert (bns.first.bailable, bns.first.triable_by) == (False, "Court of Session")


def test_an_ipc_offence_in_a_bnss_proceeding_is_not_guessed(catalog: Catalog) -> None:
    at = catalog.classification("IPC 292", D(2023, 1, 1), D(2025, 1, 1))
    assert at.code == "bnss-2023"
    assert at.first is None
    assert "not the repealed IPC" in at.message


def test_pocso_offences_are_tried_by_the_special_court(catalog: Catalog) -> None:
    for provision in catalog.provisions:
        if provision.act != "pocso-2012":
            continue
        for version in provision.versions:
            if version.penalty is None:
                continue
            at = catalog.classification(provision.id, version.valid_from, D(2026, 1, 1))
            assert at.first is not None, provision.id
            assert at.first.triable_by == "Special Court (POCSO Act s.28)", provision.id


def test_every_offence_is_classified_under_every_code_that_can_govern_it(
    catalog: Catalog,
) -> None:
    """A data rule: for each offence version and each Code that can govern a proceeding on it,
    lawref states a classification or says, from its data, why it does not."""
    for provision in catalog.provisions:
        for version in provision.versions:
            if version.penalty is None or version.omitted:
                continue
            for code in catalog.procedure.codes:
                if code.repealed_on is not None and code.repealed_on <= version.valid_from:
                    continue
                start = max(code.in_force_from, version.valid_from)
                at = catalog.classification(provision.id, version.valid_from, start)
                assert at.code == code.id
                assert at.first is not None or "not the repealed IPC" in at.message, (
                    provision.id,
                    code.id,
                )
                if at.first is not None:
                    assert at.first.source.title
                    assert at.first.confidence in ("high", "medium", "low")


def test_a_proceeding_cannot_begin_before_the_conduct(catalog: Catalog) -> None:
    with pytest.raises(InvalidDateError, match="before the date of the conduct"):
        catalog.classification("67B IT Act", D(2020, 1, 1), D(2019, 1, 1))


@pytest.mark.parametrize("code", ["crpc-1973", "bnss-2023"])
@given(months=st.floats(min_value=0, max_value=10_000, allow_nan=False))
def test_part_two_puts_every_punishment_in_one_band(
    catalog: Catalog, code: str, months: float
) -> None:
    rows = next(c for c in catalog.procedure.codes if c.id == code).other_laws
    assert sum(row.reaches(months) for row in rows) == 1
    assert sum(row.reaches(float("inf")) for row in rows) == 1


def test_show_names_the_code_and_the_proceeding_date(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(
        ["show", "67B IT Act", "--as-of", "2019-10-13", "--proceeding-date", "2025-01-05"]
    )
    out = " ".join(capsys.readouterr().out.split())
    assert status == 0
    assert "in a proceeding begun on 2025-01-05, under the BNSS" in out
    assert "CrPC" not in out


def test_an_ipc_offence_without_its_crpc_row_is_a_data_error(data_copy: Path) -> None:
    path = data_copy / "statutes" / "ipc-1860.toml"
    text = path.read_text(encoding="utf-8")
    cut = re.sub(
        r'\[\[provisions\."292"\.versions\.classifications\]\]\n(?:[a-z_]+ = .*\n)+', "", text
    )
    assert cut != text
    path.write_text(cut, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any(
        'provisions."292"' in p.key_path and "CrPC" in p.reason for p in caught.value.problems
    )


def test_part_two_bands_that_overlap_are_a_data_error(data_copy: Path) -> None:
    path = data_copy / "procedure.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("under_months = 36", "under_months = 40", 1), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any("exactly one band" in p.reason for p in caught.value.problems)


@pytest.mark.parametrize(("ref", "day"), [("IPC 201", D(2020, 1, 1)), ("BNS 238", D(2025, 1, 1))])
def test_evidence_destruction_is_classified_limb_by_limb(
    catalog: Catalog, ref: str, day: dt.date
) -> None:
    at = catalog.classification(ref, day, day)
    assert [row.limb for row in at.limbs] == [
        tier.limb
        for tier in catalog.provision(ref).version_on(day).derived_penalty.tiers  # type: ignore[union-attr]
    ]
    death, life, lesser = at.limbs
    assert death.cognizable is None  # "according as the offence … is cognizable"
    assert (death.bailable, death.triable_by) == (True, "Court of Session")
    assert (life.cognizable, life.triable_by) == (False, "Magistrate of the first class")
    assert lesser.triable_by == "the Court by which the offence is triable"
    words = " ".join(show_words(catalog, ref, day).split())
    assert "cognizable if the offence concerned is cognizable" in words


def show_words(catalog: Catalog, ref: str, day: dt.date) -> str:
    from lawref.views.text import show_text

    return show_text(catalog, catalog.at(ref, day), catalog.classification(ref, day, day))


def test_a_limb_row_must_name_a_limb_of_the_version(data_copy: Path) -> None:
    path = data_copy / "statutes" / "bns-2023.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'limb = "if the offence is punishable with imprisonment for life, or with '
            'imprisonment which may extend to ten years"\ncognizable',
            'limb = "if the offence is punishable with a penalty"\ncognizable',
            1,
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any("is not the words of a limb" in p.reason for p in caught.value.problems)


def test_a_three_year_maximum_is_in_the_three_years_and_upwards_row(catalog: Catalog) -> None:
    """Knit Pro International v. State (NCT of Delhi), (2022) 10 SCC 221: an offence whose
    longest term is three years is punishable "with imprisonment for 3 years, and upwards", so
    cognizable and non-bailable under Part II (IT Act s.66 as enacted, before s.77B; audit
    2026-12-15a D4). The data note says so and no longer calls classification omitted."""
    at = catalog.classification("66 IT Act", D(2005, 1, 1), D(2005, 1, 1))
    assert at.code == "crpc-1973"
    assert at.first is not None
    assert (at.first.cognizable, at.first.bailable) == (True, False)
    assert "3 years, and upwards" in at.first.source.title
    version = catalog.at("it-act-2000/s66", D(2005, 1, 1)).version
    assert version is not None
    assert version.note is not None
    assert "Knit Pro" in version.note
    assert "omitted" not in version.note


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        # a penalty limb's words must be the statute's (IPC s.506's second limb)
        (
            'limb = "if the threat be to cause death or grievous hurt, or to cause the '
            "destruction of any property by fire, or to cause an offence punishable with death "
            "or imprisonment for life, or with imprisonment for a term which may extend to seven "
            'years, or to impute, unchastity to a woman"\npenalty',
            'limb = "if the threat be grave"\npenalty',
            "is not in the text of this version",
        ),
        (
            'first_limb = "Whoever commits, the offence of criminal intimidation"',
            'first_limb = "Whoever intimidates"',
            "is not in the text of this version",
        ),
        # a limb's words are its own (review 2026-12-22a L3a)
        (
            'first_limb = "Whoever commits, the offence of criminal intimidation"',
            'first_limb = "if the threat be to cause death or grievous hurt, or to cause the '
            "destruction of any property by fire, or to cause an offence punishable with death "
            "or imprisonment for life, or with imprisonment for a term which may extend to seven "
            'years, or to impute, unchastity to a woman"',
            "each limb of a penalty has its own words",
        ),
        # a limb's row under a Code that does not list the IPC (L3c)
        (
            'code = "crpc-1973"\nlimb = "if the threat',
            'code = "bnss-2023"\nlimb = "if the threat',
            "does not list ipc-1860's offences",
        ),
        # a Schedule row for a limb names one of the penalty's limbs
        (
            'limb = "if the threat be to cause death or grievous hurt, or to cause the '
            "destruction of any property by fire, or to cause an offence punishable with death "
            "or imprisonment for life, or with imprisonment for a term which may extend to seven "
            'years, or to impute, unchastity to a woman"\ncognizable',
            'limb = "if the threat be grave"\ncognizable',
            "is not the words of a limb",
        ),
    ],
)
def test_a_penalty_limb_is_in_the_statutes_words(
    data_copy: Path, old: str, new: str, reason: str
) -> None:
    assert any(reason in problem for problem in _ipc_edited(data_copy, old, new))


def test_each_limb_of_a_special_acts_penalty_takes_its_own_part_ii_row(catalog: Catalog) -> None:
    """A penalty graded by its cases, under an Act the Schedule's Part I does not list, is
    classified limb by limb by each limb's own longest term (Part II, then the Act's rules on
    top). No such provision is in lawref's data yet: IT Act s.66E (three years) is given a
    seven-year second limb here to show the rule."""
    from lawref.statutes.classify import classify
    from lawref.statutes.models import PenaltyLimb, PenaltyTier

    day = dt.date(2020, 1, 1)
    provision = catalog.provision("it-act-2000/s66E")
    version = catalog.at("it-act-2000/s66E", day).version
    assert version is not None
    assert version.penalty is not None
    seven = PenaltyTier.model_validate(
        {
            "combinator": "imprisonment_or_fine_or_both",
            "imprisonment": {"max_months": 84},
            "fine": {},
        }
    )
    limbed = version.model_copy(
        update={
            "penalty": version.penalty.model_copy(
                update={
                    "first_limb": "Whoever",
                    "limbs": (PenaltyLimb(limb="if graver", penalty=seven),),
                }
            )
        }
    )
    classified = classify(catalog.procedure, provision, limbed, day, lambda _pid, _day: True)
    assert classified.first is not None
    assert classified.first.bailable is True  # three years: bailable (IT Act s.77B)
    assert [(row.limb, row.bailable, row.triable_by) for row in classified.limbs] == [
        ("if graver", False, "Magistrate of the first class")
    ]


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('"29A", "52A"', '"29A", "600A"', "past the last section"),
        ('"29A", "52A"', '"29A", "52a"', "is not a lettered section number"),
        ('"29A", "52A"', '"29A", "29A"', "listed twice"),
        ("lettered_bases = [29, 52,", "lettered_bases = [29, 51, 52,", "which no lettered section"),
        ('"29A", "52A"', '"29A", "30A", "52A"', "is not on a lettered_bases number"),
    ],
)
def test_an_acts_lettered_sections_are_checked(
    data_copy: Path, old: str, new: str, reason: str
) -> None:
    """The IPC's lettered sections decide how "153(a)" is read: each is a number and one or
    two capitals, within the Code, listed once; the numbers with lettered sections after them
    (``lettered_bases``) are those of the list, neither more nor fewer ("505B" is clause (b) of
    s.505, which has no lettered section)."""
    assert any(reason in problem for problem in _ipc_edited(data_copy, old, new))


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("clause_sections = [1, 2, 4,", "clause_sections = [1, 2, 2, 4,", "listed once each"),
        ("clause_sections = [1, 2, 4,", "clause_sections = [2, 1, 4,", "in ascending order"),
        ("353, 358]", "353, 358, 359]", "clause section 359 is not a section"),
    ],
)
def test_an_acts_clause_sections_are_checked(
    data_copy: Path, old: str, new: str, reason: str
) -> None:
    """The BNS's sections with lettered clauses decide whether "66D" of the Sanhita is a clause
    or a section it lacks: each a section of the Sanhita (1 to 358), listed once, in order."""
    assert any(reason in problem for problem in _ipc_edited(data_copy, old, new, "bns-2023"))


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('292 = "e", 294 = "b"', '291 = "e", 294 = "b"', "not one of clause_bases"),
        ('292 = "e", 294 = "b"', '292 = "E", 294 = "b"', "not a clause's small letters"),
        ('292 = "e", 294 = "b"', '292 = "eee", 294 = "b"', "not a clause's small letters"),
    ],
)
def test_an_acts_clause_ends_are_checked(data_copy: Path, old: str, new: str, reason: str) -> None:
    """The last clause of each section whose clauses are lettered decides whether "292C" or
    "376(2)(o)" is a clause the Code has: each is of a section with clauses, in small
    letters."""
    assert any(reason in problem for problem in _ipc_edited(data_copy, old, new))


def test_clause_ends_are_complete_only_beside_the_sections_with_clauses(data_copy: Path) -> None:
    """Every section's last clause can be recorded in full only where the sections with
    clauses are: otherwise a section missing from ``clause_ends`` would be read as having
    roman clauses only."""
    old = 'clause_sections = [2, 3, 5, 9, 11, 13, 19, 43, 45], clause_ends = { 2 = "m", 3 = "d", '
    new = 'clause_ends_in_full = true, clause_ends = { 2 = "m", 3 = "d", '
    problems = _ipc_edited(data_copy, old, new, "pocso-2012")
    assert any("needs clause_sections" in problem for problem in problems)


def test_every_held_clause_is_of_a_section_recorded_with_clauses(catalog: Catalog) -> None:
    """Data rule: where an Act records its sections with lettered or roman clauses in full
    (``clause_sections``), every provision lawref holds at such a clause ("bns-2023/s294(2)(a)",
    "pocso-2012/s11(v)") is of a section in that list, so that no clause lawref quotes could be
    read as a section the Act lacks."""
    checked = 0
    for provision in catalog.statutes.provisions:
        act = catalog.statutes.act(provision.act)
        listed = act.lettered_sections
        if listed is None or listed.clause_sections is None:
            continue
        number = provision.id.split("/", 1)[1][1:]
        section = re.match(r"(\d+)([A-Z]*)", number)
        assert section is not None
        if re.search(r"\((?:[a-z]{1,2}|[ivx]+)\)", number) and not section[2]:
            # (a lettered section's clauses, IPC s.354A(1)(iii), are its own: the list is of
            # the plain numbers a capital may follow)
            checked += 1
            assert int(section[1]) in listed.clause_sections, provision.id
    assert checked >= 10  # BNS ss.61, 75, 78, 294; POCSO ss.2, 11


def test_clauses_from_is_a_commencement_the_data_record(data_copy: Path) -> None:
    """The day an Act's clause data speak from is the day the Act or one of its instruments
    came into force (the IT Act: its Amendment Act, 2008, on 27 October 2009), taken from the
    one record of it, not typed anew."""
    problems = _ipc_edited(
        data_copy, "clauses_from = 2009-10-27", "clauses_from = 2009-10-28", "it-act-2000"
    )
    assert any("neither the Act nor one of its instruments" in p for p in problems)


def test_every_held_lettered_clause_is_within_its_sections_recorded_clauses(
    catalog: Catalog,
) -> None:
    """Data rule: every lettered clause lawref holds ("bns-2023/s294(2)(e)",
    "pocso-2012/s2(1)(da)") is no later than its section's last lettered clause where that is
    recorded (``clause_ends``), and, where every section's last is recorded
    (``clause_ends_in_full``), its section has one, so that lawref never says of a clause it
    quotes that the Act lacks it."""
    checked = 0
    for provision in catalog.statutes.provisions:
        listed = catalog.statutes.act(provision.act).lettered_sections
        number = provision.id.split("/", 1)[1][1:]
        cited = re.fullmatch(r"(\d+)(?:\(\d+\))*\(([a-z]{1,2})\)(?:\(.*)?", number)
        if listed is None or cited is None or re.fullmatch(r"[ivx]+", cited[2]):
            continue
        last = listed.clause_ends.get(int(cited[1]))
        if last is None:
            assert not listed.clause_ends_in_full, provision.id
            continue
        checked += 1
        assert cited[2] <= last, provision.id
    assert checked >= 8  # BNS ss.2, 64, 294; POCSO s.2(1)(d), (da); IPC s.376(2)


def _clause_marks(text: str) -> list[str]:
    """The clause marks that open a line of *text* ("(a)", "(aa)", "(iv)"), leaving out those
    of its illustrations ("Illustrations" to the next "Explanation" or sub-section), which are
    no clauses ("(a) A threatens to publish …", BNS s.308)."""
    marks: list[str] = []
    illustrating = False
    for line in text.splitlines():
        if re.match(r"Illustrations?\b", line):
            illustrating = True
        elif re.match(r"Explanation|\(\d+\)", line):
            illustrating = False
        elif not illustrating and (mark := re.match(r"\(([a-z]{1,2}|[ivx]+)\)", line)):
            marks.append(mark[1])
    return marks


def test_every_lettered_clause_printed_in_a_held_text_is_within_its_act_s_clause_data(
    catalog: Catalog,
) -> None:
    """Data rule: every clause mark that opens a line of a text lawref holds ("(a) the Special
    Juvenile Police Unit; or" in POCSO s.19(1), "(aa)" in s.45(2) since 2019) is of a section in
    its Act's ``clause_sections``, where recorded, and a lettered one no later than the
    section's recorded last (``clause_ends``); where every section's last is recorded
    (``clause_ends_in_full``), the section has one. So no clause lawref quotes can be said to
    be one the Act lacks (review 2027-01-02a H1, which found POCSO ss.19 and 45 missing)."""
    checked = 0
    for provision in catalog.statutes.provisions:
        listed = catalog.statutes.act(provision.act).lettered_sections
        number = provision.id.split("/", 1)[1][1:]
        section = re.match(r"(\d+)([A-Z]*)", number)
        if listed is None or listed.clause_sections is None or section is None or section[2]:
            continue
        digits = int(section[1])
        for version in provision.versions:
            for mark in _clause_marks(version.text or ""):
                checked += 1
                assert digits in listed.clause_sections, (provision.id, mark)
                if re.fullmatch(r"[ivx]+|l", mark):
                    continue
                last = listed.clause_ends.get(digits)
                assert last is not None or not listed.clause_ends_in_full, (provision.id, mark)
                assert last is None or mark <= last, (provision.id, mark)
    assert checked >= 40


def test_a_limbs_row_stands_beside_the_general_row(data_copy: Path) -> None:
    """Review 2026-12-22a L3b: IPC s.506's second limb's CrPC row without the first limb's."""
    path = data_copy / "statutes" / "ipc-1860.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('[[provisions."506".versions.classifications]]')
    end = text.index('[[provisions."506".versions.classifications]]', start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any("needs the general punishment's row" in p.reason for p in caught.value.problems)


def test_a_lookup_says_why_no_classification_is_stated(catalog: Catalog) -> None:
    """Review 2026-12-22a M3: an IPC offence in a proceeding under the BNSS has no row; the
    lookup says why (as `show` does), without the proceeding's date, which it states once."""
    result = catalog.lookup("sextortion", dt.date(2022, 1, 1), proceeding_date=dt.date(2025, 1, 1))
    (entry,) = [e for e in result.provisions if e.id == "ipc-1860/s506"]
    assert entry.classification is None
    message = entry.classification_message or ""
    assert message.startswith(
        "The Bharatiya Nagarik Suraksha Sanhita, 2023 governs the proceeding."
    )
    assert "states no classification" in message
    assert "2025-01-01" not in message
    # where a row is stated, no message
    result = catalog.lookup("sextortion", dt.date(2022, 1, 1), proceeding_date=dt.date(2022, 1, 1))
    (entry,) = [e for e in result.provisions if e.id == "ipc-1860/s506"]
    assert entry.classification is not None
    assert entry.classification_message is None


def _ipc_edited(data_copy: Path, old: str, new: str, act: str = "ipc-1860") -> list[str]:
    """The problems loading finds once *old* (which must be there) is replaced by *new* in the
    data file of *act* (the IPC's unless said)."""
    path = data_copy / "statutes" / f"{act}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    return [p.reason for p in caught.value.problems]


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('marks = ["(ii)"]', 'marks = ["(ii)", "Part 11"]', "is not a mark"),
        ('marks = ["(ii)"]', 'marks = ["(ii)", "ii"]', "is not a mark"),
        ('marks = ["(ii)"]', 'marks = ["(ii)", "Part I"]', "names one limb only"),
        ('marks = ["(ii)"]', "marks = []", "at least one mark"),
        (
            'marks = ["(ii)"]\nlimb = 2',
            'marks = ["(ii)"]\nlimb = 3',
            "limb 3",
        ),
    ],
)
def test_a_limbs_citations_are_checked(data_copy: Path, old: str, new: str, reason: str) -> None:
    """The marks practitioners write for a limb ("506(ii)") decide which limb a report's
    citation is read as: each is a bracketed mark or a part, names one limb only, and names a
    limb the penalty has."""
    assert any(reason in problem for problem in _ipc_edited(data_copy, old, new))


def test_a_limbs_successor_is_one_of_the_provisions(data_copy: Path) -> None:
    """A limb's successor (IPC s.506's second limb: BNS s.351(3)) must be among the
    provision's own successors."""
    problems = _ipc_edited(
        data_copy,
        'successors = ["bns-2023/s351(3)"]',
        'successors = ["bns-2023/s352"]',
    )
    assert any("is not among the provision's successors" in p for p in problems)


def test_limb_citations_need_limbs() -> None:
    """A citation of a limb is of a penalty graded by its cases."""
    from pydantic import ValidationError

    from lawref.statutes.models import LimbCitation, Penalty, PenaltyTier

    tier = PenaltyTier.model_validate(
        {
            "combinator": "imprisonment_or_fine_or_both",
            "imprisonment": {"max_months": 24},
            "fine": {},
        }
    )
    cited = LimbCitation.model_validate(
        {
            "marks": ["(i)"],
            "limb": 1,
            "source": {"title": "a court", "citation": "X v. Y"},
            "confidence": "medium",
        }
    )
    with pytest.raises(ValidationError, match="graded by its cases"):
        Penalty(first=tier, limb_citations=(cited,))


def test_ipc_506s_limbs_are_cited_as_courts_cite_them(catalog: Catalog) -> None:
    """IPC s.506 numbers no sub-divisions; courts write "506(i)" / "506(1)" for its general
    punishment and "506(ii)" for its second limb (commentary "Part I" / "Part II", low).
    "506(2)", read in no source, names none."""
    version = catalog.at("ipc-1860/s506", dt.date(2020, 1, 1)).version
    assert version is not None
    assert version.penalty is not None
    penalty = version.penalty
    assert [penalty.cited_limb(m) for m in ("(i)", "(1)", "Part I", "(ii)", "part ii")] == [
        1,
        1,
        1,
        2,
        2,
    ]
    assert penalty.cited_limb("(2)") is None
    assert (penalty.limb_words(2) or "").startswith("if the threat be to cause death")
    assert penalty.limb_words(3) is None


def test_show_says_how_courts_cite_each_limb(catalog: Catalog) -> None:
    """`show` and the site give each limb's marks with where the usage was read, as usage and
    not the text."""
    from lawref.statutes.phrases import limb_citation_lines

    version = catalog.at("ipc-1860/s506", dt.date(2020, 1, 1)).version
    assert version is not None
    lines = limb_citation_lines(version.penalty, "506")
    assert [line.split(":")[0] for line in lines] == [
        "cited as “506(i)”, “506(1)”",
        "cited as “506 Part I”",
        "cited as “506(ii)”",
        "cited as “506 Part II”",
    ]
    assert all("usage, not the text; read in" in line for line in lines)
    assert "Theivam v. The State" in lines[2]
    assert lines[3].endswith("confidence low)")  # a commentary's words, not a court's
    other = catalog.at("ipc-1860/s354D", dt.date(2020, 1, 1)).version
    assert other is not None
    assert limb_citation_lines(other.penalty, "354D") == []
