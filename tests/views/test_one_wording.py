"""Issue #12: every view words a punishment the same way, through ``lawref.statutes.phrases``.
Each provision's punishment lines, as the one wording gives them, appear in the terminal view and
on the site's page for it; the lookup view and the handout show a conduct's provisions with the
same words; and no view says "no punishment of its own" of a provision whose punishment is
derived or lies in its sub-divisions."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.statutes.phrases import punishment_lines
from lawref.views.handout.formats import make
from lawref.views.site import Writer
from lawref.views.site_markup import slug
from lawref.views.text import lookup_text, show_text

D = dt.date


def flat(text: str) -> str:
    """Text with Markdown escapes and runs of white space removed, for comparing words."""
    return " ".join(re.sub(r"\\(.)", r"\1", text).split())


@pytest.fixture(scope="module")
def site(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    Writer(catalog, folder).all()
    return folder


def test_every_provision_is_worded_alike_in_the_terminal_and_on_the_site(
    catalog: Catalog, site: Path
) -> None:
    for provision in catalog.provisions:
        page = flat((site / "provisions" / f"{slug(provision.id)}.md").read_text("utf-8"))
        for version in provision.versions:
            if version.omitted or version.text_not_recorded:
                continue
            lines = punishment_lines(
                version.penalty, version.derived_penalty, subdivided=bool(provision.children)
            )
            day = (
                min(version.valid_to - dt.timedelta(days=1), D(2026, 11, 23))
                if version.valid_to
                else D(2026, 11, 23)
            )
            shown = flat(show_text(catalog, catalog.at(provision.id, day)))
            for label, words in lines:
                assert flat(f"{label}: {words}") in shown, (provision.id, version.valid_from)
                assert flat(f"{label}: {words}") in page, (provision.id, version.valid_from)
        if provision.versions and (
            provision.children or any(v.derived_penalty for v in provision.versions)
        ):
            assert "no punishment of its own" not in page, provision.id


@pytest.mark.parametrize("day", [D(2018, 6, 1), D(2021, 1, 1), D(2025, 1, 1)])
def test_lookup_and_handout_word_each_punishment_alike(catalog: Catalog, day: dt.date) -> None:
    for conduct in catalog.conducts:
        result = catalog.lookup(conduct.id, day, proceeding_date=day)
        text = flat(lookup_text(catalog, result))
        handout = flat(str(make(catalog, [conduct.id], day, format="md")))
        for entry in result.provisions:
            lines = punishment_lines(entry.penalty, entry.derived_rule, subdivided=entry.subdivided)
            for label, words in lines:
                assert flat(f"{label}: {words}") in text, (conduct.id, entry.id)
                assert flat(words) in handout, (conduct.id, entry.id)
