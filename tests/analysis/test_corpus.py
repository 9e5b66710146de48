"""The labelled report corpus (``tests/corpus``) is well formed: every label is found in its
text, ids are unique, conduct and Act ids are from the vocabulary, dates fall in 2017 to 2026, and
the held-out part shares no state with the dev part (it measures reading of states lawref was not
developed on)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from lawref.analysis.evaluation import (
    CORPUS_PARTS,
    HELDOUT_PARTS,
    LABELLED_ACTS,
    LANGUAGE_HELDOUT_PARTS,
    OUTLET_HELDOUT_PARTS,
    CorpusReport,
    Marked,
    language_of,
    load_corpus,
    score_corpus,
)
from lawref.catalog import Catalog
from lawref.errors import DataError
from tests.paths import CORPUS, ROOT

ACTS = LABELLED_ACTS
KINDS = {"news", "press_release", "court_report", "explainer", "bail_report"}
DECOYS = {
    "official",
    "homonym",
    "negated",
    "statute_text",
    "general_law",
    "victim_or_public",
    "statistics",
    "other",
}


@pytest.mark.parametrize(
    ("part", "least"),
    [
        ("dev", 298),
        ("heldout", 45),
        ("heldout-2", 15),
        ("heldout-3", 14),
        ("heldout-4", 20),
        ("heldout-5", 9),
        ("heldout-6", 19),
        ("heldout-7", 17),
    ],
)
def test_every_label_is_found_in_its_report(part: str, least: int) -> None:
    reports = load_corpus(CORPUS / part)  # raises DataError naming every label not found
    assert len(reports) >= least


def test_the_corpus_is_large_and_varied_enough() -> None:
    reports = [*load_corpus(CORPUS / "dev"), *load_corpus(CORPUS / "heldout")]
    assert len(reports) >= 150
    assert len({r.state for r in reports if r.state != "India"}) >= 15
    assert len({r.id for r in reports}) == len(reports)
    assert {r.date.year for r in reports} >= {2018, 2020, 2022, 2024, 2026}
    assert all(dt.date(2017, 1, 1) <= r.date <= dt.date(2026, 12, 31) for r in reports)


def test_vocabularies(catalog: Catalog) -> None:
    conducts = {c.id for c in catalog.conducts}
    for path in sorted(CORPUS.glob("*/*.toml")):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        assert raw["report"]["id"] == path.stem, path
        assert raw["report"]["kind"] in KINDS, path
        for mention in raw.get("mentions", []):
            assert mention["conduct"] in conducts, (path, mention)
        for decoy in raw.get("decoys", []):
            assert decoy["looks_like"] in conducts, (path, decoy)
            assert decoy["kind"] in DECOYS, (path, decoy)
        for reference in raw.get("references", []):
            assert reference["act"] in ACTS, (path, reference)


def test_the_heldout_parts_share_no_state_with_dev_or_each_other() -> None:
    dev = {r.state for r in load_corpus(CORPUS / "dev")}
    held = {r.state for r in load_corpus(CORPUS / "heldout")}
    fresh = {r.state for r in load_corpus(CORPUS / "heldout-2")}
    assert not (dev & held) - {"India"}
    assert not (fresh & (dev | held)) - {"India"}
    # the later parts are from the first two parts' states (every State is in one part
    # already): none of them is a state the reader was developed on
    for part in HELDOUT_PARTS[2:]:
        if part in LANGUAGE_HELDOUT_PARTS or part in OUTLET_HELDOUT_PARTS:
            continue  # held out by language or by outlet (below)
        assert not ({r.state for r in load_corpus(CORPUS / part)} & dev) - {"India"}, part


def test_a_part_held_out_by_language_is_all_in_that_language() -> None:
    """A Marathi part from development states measures the Marathi reader only if every report
    in it is in Marathi (and, by ``test_no_report_is_in_two_parts``, none is a dev report)."""
    for part, language in LANGUAGE_HELDOUT_PARTS.items():
        reports = load_corpus(CORPUS / part)
        assert reports, part
        assert {r.language for r in reports} == {language}, part


def _outlet(publisher: str) -> str:
    """A publisher's name as one outlet however it is written ("The Hindu", "thehindu.com")."""
    name = publisher.lower().removeprefix("the ").split(" (")[0]
    for ending in (".com", ".in", ".co.in", ".org", ".net"):
        name = name.removesuffix(ending)
    return "".join(ch for ch in name if ch.isalnum()).removeprefix("the")


def test_a_part_held_out_by_outlet_has_outlets_no_other_part_has() -> None:
    """A part measuring outlets lawref has never seen has none of another part's publishers."""
    seen: set[str] = set()
    for part in CORPUS_PARTS:
        if part in OUTLET_HELDOUT_PARTS:
            continue
        for path in sorted((CORPUS / part).glob("*.toml")):
            seen.add(
                _outlet(tomllib.loads(path.read_text(encoding="utf-8"))["report"]["publisher"])
            )
    for part in OUTLET_HELDOUT_PARTS:
        paths = sorted((CORPUS / part).glob("*.toml"))
        assert paths, part
        for path in paths:
            publisher = tomllib.loads(path.read_text(encoding="utf-8"))["report"]["publisher"]
            assert _outlet(publisher) not in seen, (part, publisher)


def test_no_report_is_in_two_parts() -> None:
    """A report the reader was developed on measures nothing in a held-out part (three were in
    both dev and heldout until 2026-12-02)."""
    urls: dict[str, str] = {}
    for part in CORPUS_PARTS:
        for path in sorted((CORPUS / part).glob("*.toml")):
            url = tomllib.loads(path.read_text(encoding="utf-8"))["report"]["url"]
            url = url.split("://", 1)[-1].removeprefix("www.").rstrip("/")
            assert url not in urls, (path, urls.get(url))
            urls[url] = str(path)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested a man for circulating videos.", "en"),
        ("पुलिस ने आरोपी को गिरफ्तार किया", "hi"),
        ("পুলিশ অভিযুক্তকে গ্রেফতার করেছে", "bn"),
        ("ପୋଲିସ ଅଭିଯୁକ୍ତଙ୍କୁ ଗିରଫ କରିଛି", "or"),
    ],
)
def test_the_language_of_a_report(text: str, language: str) -> None:
    assert language_of(text) == language


def test_a_label_of_the_act_alone_is_found_at_the_act_a_section_was_read_against(
    catalog: Catalog,
) -> None:
    text = (
        "He was booked under section 67B (publishing or transmitting of material depicting "
        "children in sexually explicit act) of the Information Technology Act."
    )
    act = text.index("Information Technology Act")
    number = text.index("67B")

    def report(references: tuple[Marked, ...]) -> CorpusReport:
        return CorpusReport(
            id="x", split="dev", state="Kerala", kind="news", date=dt.date(2021, 1, 1),
            date_in_text=False, text=text, language="en", mentions=(), decoys=(),
            references=references, punishments=(),
        )  # fmt: skip

    whole = Marked(act, act + len("Information Technology Act"), "it-act-2000")
    section = Marked(number, number + 3, "it-act-2000", "67B")
    section_at_act = Marked(act, act + len("Information Technology Act"), "it-act-2000", "67B")
    score = score_corpus(catalog.analyze, [report((whole, section, section_at_act))])
    # the Act alone and the section are found; a label of a section is found only at the
    # section's own words, not at the Act's name
    assert (score.refs_found, score.refs_gold) == (2, 3)


def test_every_part_of_the_corpus_is_measured() -> None:
    folders = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    assert folders == sorted(CORPUS_PARTS)


def test_a_report_may_state_its_language(tmp_path: Path) -> None:
    """Marathi is written in Devanagari, as Hindi is: a corpus file says so with ``language``;
    a language lawref does not know is an error."""
    body = 'id = "x"\ndate = 2024-01-01\ntext = "पोलिसांनी आरोपीला अटक केली आहे."\n'
    (tmp_path / "a.toml").write_text('[report]\nlanguage = "mr"\n' + body, encoding="utf-8")
    (tmp_path / "b.toml").write_text("[report]\n" + body.replace('"x"', '"y"'), encoding="utf-8")
    assert [r.language for r in load_corpus(tmp_path)] == ["mr", "hi"]
    (tmp_path / "c.toml").write_text('[report]\nlanguage = "xx"\n' + body, encoding="utf-8")
    with pytest.raises(DataError, match=r"report\.language"):
        load_corpus(tmp_path)


def test_the_second_labelling_is_of_dev_reports_and_quotes_them(catalog: Catalog) -> None:
    """``benchmarks/agreement``: a blind second labelling of dev reports (issue #13's ceiling:
    how far two annotators agree). Each file names a dev report, its conduct and decoy ids are
    from the vocabulary, and each quote is in the report's text."""
    conducts = {c.id for c in catalog.conducts}
    texts = {r.id: r.text for r in load_corpus(CORPUS / "dev")}
    files = sorted((ROOT / "benchmarks" / "agreement").glob("*.toml"))
    assert len(files) == 40
    for path in files:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        assert raw["id"] == path.stem, path
        assert raw["id"] in texts, path
        for mention in raw.get("mentions", []):
            assert mention["conduct"] in conducts, (path, mention)
            assert mention["quote"] in texts[raw["id"]], (path, mention)
        for decoy in raw.get("decoys", []):
            assert decoy["looks_like"] in conducts, (path, decoy)
            assert decoy["kind"] in DECOYS, (path, decoy)
            assert decoy["quote"] in texts[raw["id"]], (path, decoy)


def test_a_false_alarm_is_conduct_read_in_a_report_labelled_with_none(catalog: Catalog) -> None:
    """A report whose labels name no offending conduct counts as quiet; if ``analyze`` reads
    any conduct in it, that is a false alarm. A report with conduct labelled is neither."""

    def report(text: str, mentions: tuple[Marked, ...] = ()) -> CorpusReport:
        return CorpusReport(
            id=text[:10], split="dev", state="Kerala", kind="news", date=dt.date(2021, 1, 1),
            date_in_text=False, text=text, language="en", mentions=mentions, decoys=(),
            references=(), punishments=(),
        )  # fmt: skip

    alarm = report("The accused shared child sexual abuse material on Telegram, police said.")
    quiet = report("Police held an awareness class on cyber safety for school children.")
    shared = "The accused shared child sexual abuse material on WhatsApp, police said."
    start = shared.index("shared")
    labelled = report(shared, (Marked(start, start + len("shared"), "sharing"),))
    score = score_corpus(catalog.analyze, [alarm, quiet, labelled])
    assert (score.quiet, score.quiet_read) == (2, 1)


def test_conduct_read_at_high_confidence_is_scored_apart(catalog: Catalog) -> None:
    """A (report, conduct) pair counts among those read at high confidence only when some
    mention of it is high; a pair read only at lower confidence counts in the whole figure
    alone."""
    sure = "The accused shared child sexual abuse material on WhatsApp, police said."
    unsure = "A video of the minor girl was shared."  # no one named as the sharer

    def report(text: str, tag: str | None) -> CorpusReport:
        at = text.index("shared") if tag else 0
        marks = (Marked(at, at + 6, tag),) if tag else ()
        return CorpusReport(
            id=text[:10], split="dev", state="Kerala", kind="news", date=dt.date(2021, 1, 1),
            date_in_text=False, text=text, language="en", mentions=marks, decoys=(),
            references=(), punishments=(),
        )  # fmt: skip

    read = [catalog.analyze(t) for t in (sure, unsure)]
    assert [m.confidence for m in read[0].mentions] == ["high"]
    assert [m.confidence for m in read[1].mentions] == ["low"]
    score = score_corpus(catalog.analyze, [report(sure, "sharing"), report(unsure, None)])
    assert score.at_least == {"high": [1, 1], "medium": [1, 1]}
    assert (score.doc_true, score.doc_predicted) == (1, 2)
    assert (score.precision_at_least("high"), score.doc_precision) == (1.0, 0.5)


def test_a_wrong_date_whose_year_the_text_never_prints_is_counted_apart(
    catalog: Catalog,
) -> None:
    """A wire dateline with no year ("Bengaluru, July 19:") gives the day and month; the year
    is inferred. When the text nowhere prints the report's year, a wrong year is counted
    apart (``dates_year_guessed``); a wrong day, or a year the text prints, is not."""

    def report(text: str, date: dt.date) -> CorpusReport:
        return CorpusReport(
            id=text[:10], split="dev", state="Kerala", kind="news", date=date,
            date_in_text=True, text=text, language="en", mentions=(), decoys=(),
            references=(), punishments=(),
        )  # fmt: skip

    body = " Police held an awareness class on cyber safety for school children."
    guessed = report("Bengaluru, July 19:" + body, dt.date(2019, 7, 19))
    other_day = report("Bengaluru, July 18:" + body, dt.date(2019, 7, 19))
    # (a year the text prints, read wrongly: the floor of a later year named)
    printed = report(
        "Bengaluru, July 19:" + body + " It began in 2019 and grew in 2021.", dt.date(2019, 7, 19)
    )
    score = score_corpus(lambda text: catalog.analyze(text, None), [guessed, other_day, printed])
    assert score.dates_right == 0
    assert score.dates_year_guessed == 1
