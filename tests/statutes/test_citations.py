"""Issue #11: every version shows people its legal citation (Act, section, amending Act and its
section, commencement); the copy lawref read stays as provenance and is never presented on the
site or in a handout as the source of the law when it is a code-hosting path or a slide upload."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.sphinxext import Writer, slug
from lawref.statutes.models import Source
from lawref.statutes.phrases import citable_copy
from lawref.views.handout.formats import make

D = dt.date
UNCITABLE = re.compile(
    r"github\.com|githubusercontent|huggingface|slideshare|scribd|repository not named"
    r"|\.dart\b|saranshpagey|NyayFlow",
    re.I,
)


@pytest.mark.parametrize(
    ("ref", "day", "citation"),
    [
        (
            "67B IT Act",
            D(2020, 1, 1),
            "IT Act 2000 s.67B, inserted by Act 10 of 2009, s.32, w.e.f. 27-10-2009",
        ),
        (
            "POCSO 15(2)",
            D(2020, 1, 1),
            "POCSO Act 2012 s.15(2), substituted by Act 25 of 2019, s.8, w.e.f. 16-08-2019",
        ),
        (
            "POCSO 15",
            D(2018, 1, 1),
            "POCSO Act 2012 s.15, as enacted (Act 32 of 2012), w.e.f. 14-11-2012 "
            "(S.O. 2705(E), dated 9 November 2012)",
        ),
        (
            "BNS 294",
            D(2025, 1, 1),
            "BNS 2023 s.294, as enacted (Act 45 of 2023), w.e.f. 01-07-2024 "
            "(S.O. 850(E), dated 23 February 2024)",
        ),
        (
            "IPC 354C",
            D(2020, 1, 1),
            "IPC 1860 s.354C, inserted by Act 13 of 2013, s.7, w.e.f. 03-02-2013 "
            "(deemed in force by its s.1(2))",
        ),
    ],
)
def test_a_version_carries_its_legal_citation(
    catalog: Catalog, ref: str, day: dt.date, citation: str
) -> None:
    version = catalog.at(ref, day).version
    assert version is not None
    assert version.citation == citation


def test_an_unconfirmed_amending_section_is_said_to_be_not_recorded(catalog: Catalog) -> None:
    version = catalog.at("79 IT Act", D(2020, 1, 1)).version
    assert version is not None
    assert "(amending provision not recorded)" in version.citation


def test_every_version_has_a_citation_naming_its_act_and_section(catalog: Catalog) -> None:
    for provision in catalog.provisions:
        act = catalog.act(provision.act)
        for version in provision.versions:
            assert version.citation.startswith(act.short_title), provision.id
            assert provision.number in version.citation, provision.id
            assert "w.e.f." in version.citation or "as in force on" in version.citation


def test_code_hosting_copies_are_provenance_not_the_source_of_law() -> None:
    assert citable_copy(Source(title="A", url="https://github.com/x/y/blob/z.md")) is None
    assert citable_copy(Source(title="rights_of_child app, lib/x.dart", citation="c")) is None
    assert (
        citable_copy(Source(title="Order on SlideShare", url="https://www.slideshare.net/a"))
        is None
    )
    assert (
        citable_copy(Source(title="India Code", url="https://www.indiacode.nic.in/x"))
        == "India Code"
    )


def test_site_pages_never_present_a_code_path_as_the_source(
    catalog: Catalog, tmp_path: Path
) -> None:
    Writer(catalog, tmp_path).all()
    for provision in catalog.provisions:
        if provision.versions:
            page = tmp_path / "provisions" / f"{slug(provision.id)}.md"
            assert "Citation: " in page.read_text(encoding="utf-8"), provision.id
    for page in [*(tmp_path / "provisions").glob("*.md"), *(tmp_path / "acts").glob("*.md")]:
        text = page.read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith(("Citation:", "Text read in:", "- commencement")):
                assert not UNCITABLE.search(line), (page.name, line)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_handouts_never_present_a_code_path_as_the_source(catalog: Catalog, fmt: str) -> None:
    out = make(catalog, ["storing", "sharing"], D(2021, 1, 1), format=fmt)
    assert isinstance(out, str)
    assert not UNCITABLE.search(out)
    assert "inserted by Act 10 of 2009, s.32" in out
