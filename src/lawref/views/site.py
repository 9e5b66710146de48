"""A Sphinx extension that writes the reference part of the documentation site from lawref's data.

At ``builder-inited`` it loads the catalog once and writes MyST pages under ``reference/`` in the
source folder: a page per Act, provision, conduct, case and article, pages for judgments,
terminology and penalties at a glance (for any date the reader picks), and the lookup (which law
reached a conduct on a date; see ``lawref.views.site_lookup``). Articles show their full text
with every cited passage highlighted and anchored; case pages link each citation to its passage
and back. The pages are generated, never edited by hand (``docs/reference/`` is not committed).
Parallel-safe.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from lawref.statutes.phrases import (
    citable_copy,
    classification_lines,
    format_date,
    limb_citation_lines,
    punishment_lines,
)
from lawref.views.cli_page import cli_page
from lawref.views.handout.common import LINE_BREAKS
from lawref.views.handout.markdown import escape_markdown as md
from lawref.views.reports import case_when, counted_facts, report_name
from lawref.views.site_lookup import lookup_page, penalties_picker
from lawref.views.site_markup import code as code
from lawref.views.site_markup import slug as slug

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from sphinx.application import Sphinx

    from lawref.cases.models import Article, Case, Citation
    from lawref.catalog import Catalog
    from lawref.statutes.models import ClassificationAt, DerivedPenalty, Penalty, ProvisionVersion


def _penalty(
    penalty: Penalty | None,
    derived: DerivedPenalty | None = None,
    *,
    subdivided: bool = False,
) -> str:
    lines = punishment_lines(penalty, derived, subdivided=subdivided)
    return md("; ".join(f"{label}: {words}" for label, words in lines))


def _link(target: str, text: str) -> str:
    return f"[{md(text)}]({target})"


def _provision_link(pid: str, depth: str = "../") -> str:
    return _link(f"{depth}provisions/{slug(pid)}.md", pid)


def _article_title(article: Article) -> str:
    """An article as a reader names it: the outlet, the headline where the text has one, and
    the date lawref uses, written as people in India write dates; the id only when the text
    shows none of them."""
    parts = [part for part in (article.publisher, article.headline) if part]
    when = f" ({format_date(article.date_used)})" if article.date_used else ""
    return (": ".join(parts) + when) if parts else f"Article {article.id}{when}"


def _anchor(case_id: str, number: int) -> str:
    return f"cite-{slug(case_id)}-{number}"


def _case_citations(case: Case) -> list[Citation]:
    from lawref.cases.models import case_citations

    return case_citations(case)


class Writer:
    """Writes every reference page for one catalog into one folder."""

    def __init__(self, catalog: Catalog, folder: Path) -> None:
        self.catalog = catalog
        self.folder = folder
        self.written: set[Path] = set()

    def write(self, relative: str, lines: list[str]) -> None:
        """Write a page only when its content changed (keeps Sphinx's incremental builds)."""
        path = self.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        text = "\n".join(lines).rstrip() + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        self.written.add(path)

    def all(self) -> None:
        """Every page, then remove pages for things the data no longer has."""
        self.index()
        for act in self.catalog.acts:
            self.act(act.id)
        for provision in self.catalog.provisions:
            self.provision(provision.id)
        for conduct in self.catalog.conducts:
            self.conduct(conduct.id)
        for case in self.catalog.cases():
            self.case(case)
        for article in self.catalog.articles:
            self.article(article.id)
        self.judgments()
        self.terms()
        self.penalties()
        self.lookup()
        self.handouts()
        self.figures()
        self.cli()
        for stale in self.folder.rglob("*.md"):
            if stale not in self.written:
                stale.unlink()

    def figures(self) -> None:
        """The numbers (a page and chart per statistical head) and India against the benchmark
        (:mod:`lawref.views.site_figures`)."""
        from lawref.views.site_figures import FOLDER, standards_page, write_statistics

        for relative, lines in write_statistics(self.catalog, self.folder / FOLDER):
            self.write(relative, lines)
        self.write("standards.md", standards_page(self.catalog))

    def handouts(self) -> None:
        """The handouts to download, built with the site (:mod:`lawref.views.site_handouts`)."""
        from lawref.views.site_handouts import FOLDER, handouts_page, write_handouts

        listed = write_handouts(self.catalog, self.folder / FOLDER)
        self.write("handouts.md", handouts_page(self.catalog, listed))

    def index(self) -> None:
        """The reference's table of contents."""
        self.write(
            "index.md",
            [
                "# Reference",
                "",
                "Generated from lawref's data; it cannot disagree with the library. "
                f"Law as reviewed on {self.catalog.reviewed_on}. "
                "[Every reference page](all.md) on one page.",
                "",
                "```{toctree}",
                ":maxdepth: 1",
                "",
                "lookup",
                "penalties",
                "handouts",
                "standards",
                "statistics/index",
                "judgments",
                "terms",
                *(["cli"] if self.cli_parser else []),
                "acts/index",
                "provisions/index",
                "conduct/index",
                "cases/index",
                "articles/index",
                "```",
            ],
        )
        for section, title, names in (
            ("acts", "Acts and Rules", [a.id for a in self.catalog.acts]),
            ("conduct", "Conduct", [c.id for c in self.catalog.conducts]),
        ):
            self.write(
                f"{section}/index.md",
                [f"# {title}", "", "```{toctree}", ":maxdepth: 1", "", *map(slug, names), "```"],
            )
        # The pages that grow with the data (provisions, cases, articles) are listed by links on
        # their section's page, not in a toctree: the theme draws the whole navigation tree into
        # every page, so each page in it costs every page's build (issue #15). They sit in the
        # toctrees of one page outside the navigation, "every reference page" (which Sphinx
        # needs to place them), linked from the reference's index.
        listed = {
            "provisions": (
                "Provisions",
                [(slug(p.id), f"{p.id} — {p.heading}") for p in self.catalog.provisions],
            ),
            "cases": ("Example cases", [(slug(c.id), c.title) for c in self.catalog.cases()]),
            "articles": (
                "Articles",
                [(slug(a.id), _article_title(a)) for a in self.catalog.articles],
            ),
        }
        for section, (title, pages) in listed.items():
            if section == "cases":
                self.write("cases/index.md", self._cases_by_state())
                continue
            self.write(
                f"{section}/index.md",
                [f"# {title}", "", *(f"- {_link(name + '.md', text)}" for name, text in pages)],
            )
        everything = [
            "---",
            "orphan: true",
            "---",
            "",
            "# Every reference page",
            "",
            "Every provision, case and article page, by section (the navigation lists the "
            "sections).",
        ]
        for section, (title, pages) in listed.items():
            everything += ["", "```{toctree}", f":caption: {md(title)}", ":maxdepth: 1", ""]
            everything += [f"{section}/{name}" for name, _ in pages] + ["```"]
        self.write("all.md", everything)

    def _cases_by_state(self) -> list[str]:
        """The cases page: national operations, then each State or Union territory, each case
        with its date and the conduct it describes (a trainer looks for their own State)."""
        from lawref.cases.casebook import in_state

        cases = self.catalog.cases()
        states = sorted({c.state for c in cases} - {"India"})
        lines = [
            "# Example cases",
            "",
            f"{len(cases)} cases from {len(states)} States and Union territories and national "
            "operations, each fact cited to the words of the reports. A national operation is "
            "also listed under each State its reports name. On the command line: "
            "`lawref cases --state Maharashtra`.",
        ]
        groups = [("National operations", [c for c in cases if c.state == "India"])]
        groups += [
            (
                state,
                [
                    c
                    for c in cases
                    if c.state == state or (c.state == "India" and in_state(c, state))
                ],
            )
            for state in states
        ]
        for title, chosen in groups:
            if not chosen:
                continue
            lines += ["", f"## {md(title)}", ""]
            for case in sorted(chosen, key=lambda c: (c.date, c.id)):
                conduct = ", ".join(dict.fromkeys(c.conduct for c in case.conduct))
                lines.append(
                    f"- {_link(slug(case.id) + '.md', case.title)} ({case.date.year}"
                    + (f"; {md(conduct.replace('_', ' '))}" if conduct else "")
                    + ")"
                )
        return lines

    def act(self, act_id: str) -> None:
        """An Act: its facts, its amending instruments, its provisions."""
        act = self.catalog.act(act_id)
        lines = [
            f"# {md(act.title)}",
            "",
            f"- id: {code(act.id)} · {md(act.citation)} · Akoma Ntoso work {code(act.akn)}",
            f"- in force from {act.in_force_from}"
            + (
                f"; repealed with effect from {act.repealed_on} by {md(act.repealed_by or '')}"
                if act.repealed_on
                else ""
            ),
            f"- commencement: {act.in_force_from}"
            + (f" ({md(act.commencement)})" if act.commencement else "")
            + f" (confidence {act.confidence})",
        ]
        if act.supersedes:
            lines += ["", "## Replaced", ""]
            lines += [
                f"- {md(old.title)} ({md(old.citation)}), replaced from {act.in_force_from}"
                f" · confidence **{old.confidence}**"
                + (f" · read in: {md(copy)}" if (copy := citable_copy(old.source)) else "")
                for old in act.supersedes
            ]
        if act.instruments:
            lines += ["", "## Amending instruments", ""]
            lines += [
                f"- {md(i.title)} ({md(i.citation)})"
                + (f", in force from {i.in_force_from}" if i.in_force_from else "")
                for i in act.instruments
            ]
        lines += ["", "## Provisions", ""]
        for pid in act.provisions:
            provision = self.catalog.provision(pid)
            lines.append(f"- {_provision_link(pid)} — {md(provision.heading)}")
        self.write(f"acts/{slug(act_id)}.md", lines)

    def _classifications(
        self, provision_id: str, version: ProvisionVersion
    ) -> list[tuple[str, ClassificationAt]]:
        """The version's classification under each Code that can govern a proceeding on it,
        for a proceeding begun on the first day that Code could take it."""
        out = []
        for procedure_code in self.catalog.procedure.codes:
            if (
                procedure_code.repealed_on is not None
                and procedure_code.repealed_on <= version.valid_from
            ):
                continue
            start = max(procedure_code.in_force_from, version.valid_from)
            if start > self.catalog.check_date(None):
                continue
            at = self.catalog.classification(provision_id, version.valid_from, start)
            span = f"from {procedure_code.in_force_from}" + (
                f" to {procedure_code.repealed_on}" if procedure_code.repealed_on else ""
            )
            out.append((f"in a proceeding under the {procedure_code.short_title} ({span})", at))
        return out

    def provision(self, provision_id: str) -> None:
        """A provision: every version with its text, penalty and source; links and uses."""
        provision = self.catalog.provision(provision_id)
        lines = [
            f"# {md(provision.id)}",
            "",
            f"**{md(provision.heading)}**",
            "",
            f"Part of {_link('../acts/' + slug(provision.act) + '.md', provision.act)}"
            f" · Akoma Ntoso {code(provision.akn)}",
        ]
        if provision.parent:
            lines.append(f" · within {_provision_link(provision.parent)}")
        for version in provision.versions:
            until = f" to {version.valid_to}" if version.valid_to else " (in force)"
            lines += [
                "",
                f"## From {version.valid_from}{until}",
                "",
                f"*{md(version.instrument_title)}*",
                "",
            ]
            if version.omitted:
                lines.append("Omitted.")
                continue
            if version.text_not_recorded:
                lines.append("*Text not recorded: no authoritative copy was read (see the note).*")
            else:
                # a line followed by another ends in a hard break ("\\"), so clauses (a)-(e) keep
                # their own lines instead of running together into one paragraph (a break
                # before a blank line or at the end would show as a backslash)
                quoted = (version.text or "").splitlines()
                follows = [bool(line.strip()) for line in quoted[1:]] + [False]
                lines += [
                    "> " + md(line) + ("\\" if more else "") if line.strip() else ">"
                    for line, more in zip(quoted, follows, strict=True)
                ]
                punishment = _penalty(
                    version.penalty,
                    version.derived_penalty,
                    subdivided=bool(provision.children),
                )
                lines += ["", f"**Punishment:** {punishment}"]
                cited = limb_citation_lines(version.penalty, provision.number)
                if cited:
                    lines += ["", "**How the limbs are cited:**", ""]
                    lines += [f"- {md(line)}" for line in cited]
            for heading, at in self._classifications(provision.id, version):
                words = classification_lines(
                    at.first,
                    at.subsequent,
                    self.catalog.label_any,
                    limbs=at.limbs,
                    first_limb=at.first_limb,
                )
                if words:
                    lines += ["", f"**Classification {md(heading)}:**", ""]
                    lines += [f"- {md(label)}: {md(text)}" for label, text in words]
            lines += ["", f"Citation: {md(version.citation)} · confidence **{version.confidence}**"]
            copy = citable_copy(version.source)
            if copy:
                lines += ["", f"Text read in: {md(copy)}"]
            if version.note:
                lines += ["", f"Note: {md(version.note)}"]
        if not provision.versions:
            lines += ["", md(provision.note or "lawref does not record this provision's text.")]
        links = [("Succeeded by", provision.successors), ("Replaces", provision.predecessors)]
        for label, ids in links:
            if ids:
                lines += ["", f"{label}: " + ", ".join(_provision_link(i) for i in ids)]
        if provision.changes:
            lines += ["", f"What changed: {md(provision.changes)}"]
        conducts = [
            c for c in self.catalog.conducts if any(m.provision == provision.id for m in c.mappings)
        ]
        if conducts:
            lines += ["", "## Conduct it reaches", ""]
            lines += [f"- {_link('../conduct/' + slug(c.id) + '.md', c.label)}" for c in conducts]
        holdings = [
            (j, h)
            for j in self.catalog.judgments
            for h in j.holdings
            if provision.id in h.provisions
        ]
        if holdings:
            lines += ["", "## Judgments", ""]
            lines += [f"- {md(j.title)} ({j.decided}): {md(h.summary)}" for j, h in holdings]
        cases = [
            c
            for c in self.catalog.cases()
            if any(p.provision == provision.id for p in c.provisions)
        ]
        if cases:
            lines += ["", "## Cases that name it", ""]
            lines += [f"- {_link('../cases/' + slug(c.id) + '.md', c.title)}" for c in cases]
        self.write(f"provisions/{slug(provision.id)}.md", lines)

    def conduct(self, conduct_id: str) -> None:
        """A conduct: the lookup as of the review date, and what changed when."""
        conduct = self.catalog.conduct(conduct_id)
        day = self.catalog.reviewed_on
        result = self.catalog.lookup(conduct_id, day)
        lines = [
            f"# {md(conduct.label)}",
            "",
            md(conduct.description),
            "",
            "Words reports use: " + md(", ".join(conduct.terms)),
            "",
            f"## The law on {day}",
            "",
            "| Provision | When it applies | Punishment |",
            "|---|---|---|",
        ]
        for entry in result.provisions:
            punishment = _penalty(
                entry.penalty,
                entry.derived_rule,
                subdivided=entry.subdivided,
            )
            lines.append(f"| {_provision_link(entry.id)} | {md(entry.condition)} | {punishment} |")
        lines += [
            "",
            "## What changed when",
            "",
            "| Provision | From | Until | When it applies |",
            "|---|---|---|---|",
        ]
        for mapping in conduct.mappings:
            provision = self.catalog.provision(mapping.provision)
            start = mapping.valid_from or (
                provision.versions[0].valid_from if provision.versions else None
            )
            end = mapping.valid_to or (
                provision.versions[-1].valid_to if provision.versions else None
            )
            lines.append(
                f"| {_provision_link(mapping.provision)} | {start or '—'} | {end or '—'} "
                f"| {md(mapping.condition)} |"
            )
        cases = self.catalog.cases(conduct=conduct_id)
        if cases:
            lines += ["", "## Example cases", ""]
            lines += [f"- {_link('../cases/' + slug(c.id) + '.md', c.title)}" for c in cases]
        self.write(f"conduct/{slug(conduct_id)}.md", lines)

    def case(self, case: Case) -> None:
        """A case in the words handouts use (:mod:`lawref.views.reports`): where and when, what
        was done, the law the reports name by its citation, and what the reports count, saying
        where they disagree; each fact with a numbered citation linked to its passage in the
        report, and the reports named by outlet, headline and date."""
        catalog = self.catalog
        numbers = {id(c): n for n, c in enumerate(_case_citations(case), 1)}

        def cite(citation: Citation) -> str:
            number = numbers[id(citation)]
            target = f"../articles/{slug(citation.article)}.html#{_anchor(case.id, number)}"
            return f'<a class="citation" id="ref-{number}" href="{target}">[{number}]</a>'

        where = "India (a national operation)" if case.state == "India" else md(case.state)
        same = [p for p in case.places if p.value == case.state]
        other = [p for p in case.places if p.value != case.state]
        if same:
            where += " " + " ".join(cite(p.citation) for p in same)
        if other:
            where += " — " + "; ".join(f"{md(p.value)} {cite(p.citation)}" for p in other)
        lines = [
            f"# {md(case.title)}",
            "",
            md(case.summary),
            "",
            f"- **Where:** {where}",
            f"- **When:** {case_when(case)} {cite(case.date_citation)}",
        ]
        for label, items in (("Agencies", case.agencies), ("Platforms", case.platforms)):
            if items:
                lines.append(
                    f"- **{label}:** "
                    + "; ".join(f"{md(i.value)} {cite(i.citation)}" for i in items)
                )
        if case.conduct:
            done: dict[str, list[str]] = {}
            for described in case.conduct:
                done.setdefault(described.conduct, []).append(cite(described.citation))
            lines.append(
                "- **What was done:** "
                + "; ".join(
                    _link("../conduct/" + slug(conduct) + ".md", catalog.conduct(conduct).label)
                    + " "
                    + " ".join(cites)
                    for conduct, cites in done.items()
                )
            )
        if case.provisions:
            named: dict[str, list[str]] = {}
            for reference in case.provisions:
                shown = (
                    _link(
                        f"../provisions/{slug(reference.provision)}.md",
                        catalog.label_any(reference.provision),
                    )
                    if reference.provision
                    else md(f"the {catalog.act(reference.act or '').short_title}")
                )
                named.setdefault(shown, []).append(cite(reference.citation))
            lines.append(
                "- **Law the reports name:** "
                + "; ".join(f"{shown} {' '.join(cites)}" for shown, cites in named.items())
            )
        if case.facts:
            disputed = {c.kind for c in catalog.conflicts() if c.case == case.id}
            lines += ["", "## What the reports count", ""]
            for words, _, facts in counted_facts(case, disputed):
                cites = " ".join(cite(f.citation) for f in facts)
                lines.append(f"- {md(words[0].upper() + words[1:])} {cites}")
        flags = catalog.case_flags(case.id)
        conflicts = [c for c in catalog.conflicts() if c.case == case.id]
        if flags or conflicts:
            lines += ["", "## Checked against the law, and where the reports disagree", ""]
            lines += [f"- {md(f.reason)}" for f in flags]
            lines += [f"- {md(c.explanation)}" for c in conflicts]
        lines += ["", "## Citations", ""]
        for citation in _case_citations(case):
            number = numbers[id(citation)]
            lines.append(
                f"{number}. "
                + _link(
                    "../articles/" + slug(citation.article) + ".md",
                    report_name(catalog.article(citation.article)),
                )
                + f": “{md(citation.quote)}”"
            )
        self.write(f"cases/{slug(case.id)}.md", lines)

    def article(self, article_id: str) -> None:
        """An article: metadata, then the full text with every cited passage highlighted."""
        article = self.catalog.article(article_id)
        marks: list[tuple[int, int, str, int]] = []
        for case in self.catalog.cases():
            for index, citation in enumerate(_case_citations(case), 1):
                if citation.article == article_id:
                    marks.append((citation.start, citation.end, case.id, index))
        marks.sort()
        out: list[str] = []
        position = 0
        for start, end, case_id, number in marks:
            if start < position:
                continue
            out.append(html.escape(article.text[position:start]))
            back = f"../cases/{slug(case_id)}.html#ref-{number}"
            out.append(
                f'<mark id="{_anchor(case_id, number)}" '
                f'title="{html.escape(case_id)} [{number}]">'
                f"{html.escape(article.text[start:end])}"
                f'<a class="back" href="{back}">↩</a></mark>'
            )
            position = end
        out.append(html.escape(article.text[position:]))
        # every kind of line break is a <br>: a "\r" left in place would end the HTML block and
        # let the rest of the text be read as MyST (directives included)
        body = LINE_BREAKS.sub("\n", "".join(out))
        body = body.replace("\n", "<br>\n").replace("<br>\n<br>\n", "<br><br>")
        body = re.sub(r"\n\s*\n", "\n", body)
        lines = [f"# {md(_article_title(article))}", "", f"- id: {code(article_id)}"]
        if article.headline:
            lines.append(f"- headline: {md(article.headline)}")
        if article.publisher:
            lines.append(f"- publisher: {md(article.publisher)}")
        if article.dateline:
            lines.append(f"- dateline: {md(article.dateline)}")
        for dated in article.dates:
            lines.append(f"- {dated.kind.replace('_', ' ')}: {dated.value} (“{md(dated.quote)}”)")
        if article.date_used:
            lines.append(f"- date lawref uses: {article.date_used}")
        if article.date_note:
            lines.append(f"- {md(article.date_note)}")
        lines += [
            f"- SHA-256 of the text: {code(article.sha256)}",
            "",
            "## Text",
            "",
            '<div class="article-text">' + body.replace("\n", " ") + "</div>",
        ]
        self.write(f"articles/{slug(article_id)}.md", lines)

    def judgments(self) -> None:
        """Every judgment with its status and holdings."""
        lines = ["# Judgments", ""]
        for j in self.catalog.judgments:
            lines += [
                f"## {md(j.title)}",
                "",
                f"{md(j.court)}, {j.decided}; "
                f"{md('; '.join(j.citations) or 'citation not confirmed')}. "
                f"Status: **{j.status.replace('_', ' ')}** (confidence {j.confidence}).",
                "",
            ]
            for h in j.holdings:
                tied = ", ".join(_provision_link(p, "") for p in h.provisions)
                lines.append(
                    f"- {md(h.summary)}"
                    + (f" ({tied})" if tied else "")
                    + f" — *{md(h.effect)}, confidence {md(h.confidence)}*"
                )
            lines.append("")
        self.write("judgments.md", lines)

    def terms(self) -> None:
        """Terminology, with guidance for trainers."""
        lines = ["# Terminology", ""]
        for term in self.catalog.terms:
            abbreviation = f" ({md(term.abbreviation)})" if term.abbreviation else ""
            lines += [
                f"## {md(term.term)}{abbreviation}",
                "",
                md(term.meaning),
                "",
                f"**What to say:** {md(term.guidance)}",
                "",
            ]
        self.write("terms.md", lines)

    def penalties(self) -> None:
        """Every punishing provision's penalty at a glance: for a date the reader picks (the
        review date first), and, for readers without scripts, the table as on the review date."""

        lines = [
            "# Penalties at a glance",
            "",
            "Pick a date to see every punishing provision in force that day and its punishment "
            "for a first and a later conviction.",
            "",
            *penalties_picker(self.catalog),
            "",
            "```{container} lawref-static",
            f"As in force on {self.catalog.reviewed_on}, or, for repealed or omitted provisions, "
            "as last in force.",
            "",
            "| Provision | In force | Punishment |",
            "|---|---|---|",
        ]
        for provision in self.catalog.provisions:
            versions = [
                v for v in provision.versions if v.penalty is not None and not v.penalty_inherited
            ]
            if not versions:
                continue
            version = versions[-1]
            span = f"{version.valid_from} to {version.valid_to or 'now'}"
            punishment = _penalty(version.penalty)
            lines.append(f"| {_provision_link(provision.id, '')} | {span} | {punishment} |")
        lines.append("```")
        self.write("penalties.md", lines)

    def lookup(self) -> None:
        """The lookup: which law reached a conduct on a date, for any conduct and date, answered
        in the reader's browser from answers lawref computed when the site was built."""

        self.write("lookup.md", lookup_page(self.catalog))

    cli_parser: Callable[[], argparse.ArgumentParser] | None = None
    """Builds the ``lawref`` program's full parser for :meth:`cli` (the docs' configuration
    passes :func:`lawref.cli.build_parser` as ``lawref_cli_parser``; the views sit below the
    command line and do not import it). None: no command-line page."""

    def cli(self) -> None:
        """The command line: every command, argument and option, read from the parser."""

        if self.cli_parser is not None:
            self.write("cli.md", cli_page(self.cli_parser()))


def generate(app: Sphinx) -> None:
    """``builder-inited``: write the reference pages from the default catalog."""
    from lawref.catalog import Catalog
    from lawref.loading.datapath import data_root

    writer = Writer(Catalog.load(data_root()), Path(app.srcdir) / "reference")
    writer.cli_parser = app.config.lawref_cli_parser
    writer.all()


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    app.add_config_value("lawref_cli_parser", None, "")
    app.connect("builder-inited", generate)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
