"""The catalog: the composition root. It loads a data folder once (or its cache), builds each
layer's object — the statute book's queries (:class:`~lawref.statutes.book.Statutes`), the
conduct book (:class:`~lawref.conduct.book.ConductBook`), the analyzer — and answers through
them as a thin facade (docs/design.md#layers). It is the only object that knows where the data
came from. Its answers follow docs/design.md#time: ``as_of`` is the date of the conduct, because
Article 20(1) of the Constitution forbids a penalty greater than the one in force when the act
was done.
"""

from __future__ import annotations

import _thread
import datetime as dt
import os
from functools import cached_property

from lawref.errors import UnknownCaseError
from lawref.loading.loaded import Commentary
from lawref.statutes.book import Statutes
from lawref.statutes.models import (
    Act,
    ClassificationAt,
    DerivedPenaltyResult,
    Procedure,
    Provision,
    ProvisionAt,
    TimelineEntry,
)

# Only the statute book's models are needed to answer ``lawref show``; the rest are types here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager
    from importlib.resources.abc import Traversable
    from typing import IO

    from lawref.analysis.models import Analysis, AnalysisConfig
    from lawref.analysis.reader import Analyzer
    from lawref.cases.models import Article, Case, CaseFlag, Conflict
    from lawref.conduct.book import ConductBook
    from lawref.conduct.lexicon import Lexicon
    from lawref.conduct.models import (
        Conduct,
        Judgment,
        LookupResult,
        OverlapRule,
        ReportingChannel,
        ReportingStep,
        Term,
    )
    from lawref.standards.models import Standard, StandardOn
    from lawref.statistics.book import HeadFigures
    from lawref.statistics.models import StatisticConflict, Statistics
    from lawref.statutes.book import StatuteBook


class Catalog:
    """Acts and provisions with their dated versions. Build one with :meth:`load`."""

    def __init__(
        self, statutes: StatuteBook, commentary: Commentary | Callable[[], Commentary]
    ) -> None:
        """A catalog of a checked statute book and its commentary; the commentary may be given
        as a function that produces it, called the first time conduct, judgments, terms,
        articles or cases are asked for (a cache hit unpickles it only then)."""
        self._statutes = statutes
        self._commentary_source = commentary
        self._commentary_lock = _thread.allocate_lock()

    @classmethod
    def load(cls, path: str | os.PathLike[str] | Traversable, *, cache: bool = True) -> Catalog:
        """Load and check the data folder at *path* (a folder holding ``catalog.toml`` and
        ``statutes/``). Raises :class:`~lawref.DataError` listing every problem found.

        With *cache* (the default), a catalog already checked for exactly these files is reused
        from lawref's cache (see :mod:`lawref.loading.cache`); ``cache=False`` always re-reads."""
        from lawref.loading.datapath import as_traversable

        root = as_traversable(path)
        key = None
        if cache:
            from lawref.loading import cache as store

            try:
                key = store.fingerprint(root, str(root))
            except OSError:  # no such folder: the loader says what is missing
                key = None
            hit = store.load(key) if key else None
            if hit is not None:

                def commentary() -> Commentary:
                    found = hit.commentary()
                    if found is not None:
                        return found
                    from lawref.loading.folder import load_data

                    return load_data(root).commentary

                return cls(hit.statutes, commentary)
        from lawref.loading.folder import load_data  # parsing and checking: only on a miss

        data = load_data(root)
        if key:
            store.store(key, data)
        return cls(data.statutes, data.commentary)

    @property
    def _commentary(self) -> Commentary:
        """The commentary, produced once (under a lock, so that threads share one copy)."""
        source = self._commentary_source
        if isinstance(source, Commentary):
            return source
        with self._commentary_lock:
            source = self._commentary_source
            if not isinstance(source, Commentary):
                source = self._commentary_source = source()
        return source

    # --- the statute book (answered by lawref.statutes.book.Statutes) -----------------------

    @cached_property
    def statutes(self) -> Statutes:
        """The queries over the statute book: the statute layer's own object, which every
        statute answer below delegates to (docs/design.md#layers)."""
        return Statutes(self._statutes)

    @property
    def reviewed_on(self) -> dt.date:
        """The date the data was last checked against its sources."""
        return self._statutes.reviewed_on

    @property
    def origin(self) -> str:
        """Where the data was read from."""
        return self._statutes.origin

    @property
    def acts(self) -> tuple[Act, ...]:
        """Every act, ordered by id."""
        return self.statutes.acts

    @property
    def provisions(self) -> tuple[Provision, ...]:
        """Every provision, acts ordered by id, provisions in natural number order."""
        return self.statutes.provisions

    @property
    def procedure(self) -> Procedure:
        """The Codes of criminal procedure and the special rules that classify offences."""
        return self._statutes.procedure

    def act(self, ref: str) -> Act:
        """The act with id or name *ref* ("it-act-2000", "IT Act", "POCSO");
        raises :class:`~lawref.UnknownActError` with close matches."""
        return self.statutes.act(ref)

    def provision(self, ref: str) -> Provision:
        """The provision *ref* names: an id or a prose reference ("67B IT Act",
        "Section 15(1) POCSO"). Raises :class:`~lawref.UnknownProvisionError` with suggestions."""
        return self.statutes.provision(ref)

    def __contains__(self, provision_id: object) -> bool:
        """Whether *provision_id* is exactly the id of a provision (no alias resolution)."""
        return provision_id in self.statutes

    def get(self, ref: str, default: Provision | None = None) -> Provision | None:
        """Like :meth:`provision`, but returns *default* instead of raising."""
        return self.statutes.get(ref, default)

    def resolve(self, ref: str) -> str:
        """The id *ref* names (see :meth:`provision`)."""
        return self.statutes.resolve(ref)

    def label(self, provision_id: str) -> str:
        """A provision as people write it: ``IT Act s.67B``, ``POCSO Rules r.11``."""
        return self.statutes.label(provision_id)

    def label_any(self, provision_id: str) -> str:
        """Like :meth:`label`, but an id lawref does not hold is returned as it is."""
        return self.statutes.label_any(provision_id)

    # --- conduct, judgments, terminology (answered by lawref.conduct.book.ConductBook) ------

    @cached_property
    def conduct_book(self) -> ConductBook:
        """The conduct layer's object: conduct, judgments, overlap rules and the lexicon."""
        from lawref.conduct.book import ConductBook

        commentary = self._commentary
        return ConductBook(commentary.conduct, commentary.judgments, commentary.overlaps)

    @property
    def conducts(self) -> tuple[Conduct, ...]:
        """Every conduct, in the order of ``data/conduct.toml``."""
        return self.conduct_book.conducts

    def conduct(self, conduct_id: str) -> Conduct:
        """The conduct with this id; raises :class:`~lawref.UnknownConductError`."""
        return self.conduct_book.conduct(conduct_id)

    @property
    def overlaps(self) -> tuple[OverlapRule, ...]:
        """The rules for one act punishable under several provisions (POCSO s.42, IT Act s.81)."""
        return self.conduct_book.overlaps

    @property
    def judgments(self) -> tuple[Judgment, ...]:
        """Every judgment, in the order of ``data/judgments.toml``."""
        return self.conduct_book.judgments

    def judgment(self, judgment_id: str) -> Judgment:
        """The judgment with this id; raises :class:`KeyError` naming it."""
        return self.conduct_book.judgment(judgment_id)

    @property
    def reporting(self) -> tuple[ReportingChannel, ...]:
        """Where and how online child sexual abuse material is reported."""
        return self._commentary.reporting

    def reporting_on(self, as_of: dt.date | None = None) -> tuple[ReportingChannel, ...]:
        """The reporting channels that existed on *as_of* (default today)."""
        day = self.check_date(as_of)
        return tuple(c for c in self._commentary.reporting if c.open_on(day))

    def after_report(self, as_of: dt.date | None = None) -> tuple[ReportingStep, ...]:
        """What happens after a report, as it stood on *as_of* (default today): each channel's
        steps then, in the order of the channels and of their steps."""
        day = self.check_date(as_of)
        order = {c.id: n for n, c in enumerate(self._commentary.reporting)}
        return tuple(
            sorted(
                (s for s in self._commentary.reporting_steps if s.holds_on(day)),
                key=lambda s: (order.get(s.channel, len(order)), s.order, s.id),
            )
        )

    @property
    def terms(self) -> tuple[Term, ...]:
        """The terminology (child pornography, CSAM, CSEAM, paedophile …)."""
        return tuple(self._commentary.terms.values())

    @property
    def lexicon(self) -> Lexicon:
        """The words of every conduct, for matching people's words to a conduct."""
        return self.conduct_book.lexicon

    def lookup(
        self, term: str, as_of: dt.date | None = None, *, proceeding_date: dt.date | None = None
    ) -> LookupResult:
        """The law that reaches the conduct *term* names ("circulating", "kept on his phone",
        "group admin") on *as_of*, the date of the conduct (default today), each provision
        classified for a proceeding begun on *proceeding_date* (default today), with the example
        cases of that conduct. See :func:`lawref.conduct.lookup.lookup`."""
        from lawref.conduct.lookup import lookup

        result = lookup(self.statutes, self.conduct_book, term, as_of, proceeding_date)
        cases = tuple(c.id for c in self.cases(conduct=result.conduct))
        return result.model_copy(update={"cases": cases})

    # --- articles and cases -------------------------------------------------------------------

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every article, ordered by id."""
        return tuple(self._commentary.articles[k] for k in sorted(self._commentary.articles))

    def article(self, article_id: str) -> Article:
        """The article with this id (its seed file name); raises :class:`KeyError` naming it."""
        try:
            return self._commentary.articles[article_id]
        except KeyError:
            raise KeyError(f"no article {article_id!r}") from None

    def case(self, case_id: str) -> Case:
        """The case with this id; raises :class:`~lawref.UnknownCaseError` with close ids."""
        found = self._commentary.cases.get(case_id)
        if found is None:
            import difflib

            close = difflib.get_close_matches(
                case_id, list(self._commentary.cases), n=3, cutoff=0.4
            )
            raise UnknownCaseError(case_id, tuple(close))
        return found

    def cases(
        self,
        *,
        conduct: str | None = None,
        provision: str | None = None,
        platform: str | None = None,
        year: int | None = None,
        state: str | None = None,
    ) -> tuple[Case, ...]:
        """The example cases meeting every filter given, oldest first: *conduct* (an id or the
        words for it), *provision* (an id or reference the reports name), *platform*
        (``whatsapp``, ``telegram``, …), *year* (of the case's date), *state* (a State or Union
        territory; national operations whose places name it are included)."""
        from lawref.cases.casebook import filter_cases

        return filter_cases(
            self.statutes,
            self.conduct_book,
            self._commentary.cases.values(),
            conduct=conduct,
            provision=provision,
            platform=platform,
            year=year,
            state=state,
        )

    def conflicts(self) -> tuple[Conflict, ...]:
        """Facts the reports give differently (465 vs 596 locations …), each with every value
        and its citation."""
        from lawref.cases.casebook import find_conflicts

        return find_conflicts(self._commentary.cases.values())

    # --- official statistics ------------------------------------------------------------------

    @property
    def statistics(self) -> Statistics:
        """Every statistical source, head and figure (``data/statistics/``)."""
        return self._commentary.statistics

    def figures(
        self, *, head: str | None = None, state: str | None = None
    ) -> tuple[HeadFigures, ...]:
        """The official figures of every head (or of *head*, an id), for India and every State
        (or only *state*), each head with the versions of the law its label names and the days
        within each figure's period on which that law changed. See
        :func:`lawref.statistics.book.figures_by_head`."""
        from lawref.statistics.book import figures_by_head

        return figures_by_head(self.statutes, self.statistics, head=head, area=state)

    @property
    def standards(self) -> tuple[Standard, ...]:
        """The international benchmarks lawref reads Indian law against (``data/standards/``)."""
        found = self._commentary.standards
        return tuple(found[key] for key in sorted(found))

    def standard(self, standard_id: str | None = None, as_of: dt.date | None = None) -> StandardOn:
        """Each criterion of the benchmark *standard_id* (the only one, when lawref holds one)
        with lawref's reading of the Indian law in force on *as_of* (default today): the
        verdict is lawref's reading, never the benchmark's rating."""
        from lawref.errors import LawrefError
        from lawref.standards.models import standing

        found = self._commentary.standards
        if standard_id is None and len(found) == 1:
            standard_id = next(iter(found))
        if standard_id not in found:
            known = ", ".join(sorted(found)) or "none"
            raise LawrefError(f"no benchmark {str(standard_id)[:60]!r}; lawref holds: {known}")
        return standing(found[standard_id], self.check_date(as_of), self.reviewed_on)

    def statistic_conflicts(self) -> tuple[StatisticConflict, ...]:
        """Figures that publications give differently for one head, period, area and measure."""
        from lawref.statistics.models import find_conflicts

        return find_conflicts(self.statistics.figures)

    def case_flags(self, case_id: str | None = None) -> tuple[CaseFlag, ...]:
        """Where a report's statement of the law does not match what its conduct reaches on its
        date (for one case, or all)."""
        from lawref.cases.casebook import check_case

        chosen = [self.case(case_id)] if case_id else list(self._commentary.cases.values())
        return tuple(flag for case in chosen for flag in check_case(self.analyzer, case))

    # --- reading reports --------------------------------------------------------------------

    @property
    def analysis_config(self) -> AnalysisConfig:
        """How reports are read (``[analysis]`` in ``data/conduct.toml``)."""
        return self._commentary.analysis

    @cached_property
    def analyzer(self) -> Analyzer:
        """The report reader for this catalog, built on first use."""
        from lawref.analysis.reader import Analyzer

        return Analyzer(self.statutes, self.conduct_book, self.analysis_config)

    def analyze(self, text: str, as_of: dt.date | None = None) -> Analysis:
        """The conduct *text* describes and the laws it names, with spans, mapped to the law on
        *as_of* (given, else the date the text states, else today). See
        :func:`lawref.analysis.analyze`."""
        from lawref.analysis.reading import analyze

        return analyze(self.analyzer, text, as_of)

    def analyze_stream(
        self,
        open_stream: Callable[[], AbstractContextManager[IO[bytes]]],
        as_of: dt.date | None = None,
    ) -> Analysis:
        """:meth:`analyze` for a UTF-8 text too long to hold: *open_stream* opens it afresh
        (``lambda: open(path, "rb")``) for each of the two readings, one for its date and one
        for the rest (``lawref.analysis.reading.analyze_stream``)."""
        from lawref.analysis.reading import analyze_stream

        return analyze_stream(self.analyzer, open_stream, as_of)

    # --- time ------------------------------------------------------------------------------

    def check_date(self, as_of: dt.date | None) -> dt.date:
        """*as_of*, or today when ``None``; a future date is refused
        (:class:`~lawref.InvalidDateError`). See :meth:`Statutes.check_date
        <lawref.statutes.book.Statutes.check_date>`."""
        return self.statutes.check_date(as_of)

    def check_proceeding_date(self, proceeding_date: dt.date | None, as_of: dt.date) -> dt.date:
        """*proceeding_date*, or today; refused when in the future or before the conduct."""
        return self.statutes.check_proceeding_date(proceeding_date, as_of)

    def at(self, ref: str, as_of: dt.date | None = None) -> ProvisionAt:
        """What provision *ref* said on *as_of* (default today): its standing, the version in
        force, and a sentence that says why. Before an Act came into force, after its repeal,
        before a provision was inserted or after it was omitted, the answer says so."""
        return self.statutes.at(ref, as_of)

    def timeline(self, ref: str) -> tuple[TimelineEntry, ...]:
        """Every dated event in the life of provision *ref*, oldest first: enactment or
        insertion, each amendment, omission, and the repeal of its Act."""
        return self.statutes.timeline(ref)

    def successors(self, ref: str) -> tuple[Provision, ...]:
        """The provisions that replaced *ref* in a later Act (IPC s.292 → BNS s.294)."""
        return self.statutes.successors(ref)

    def predecessors(self, ref: str) -> tuple[Provision, ...]:
        """The provisions *ref* replaced in an earlier Act (BNS s.294 → IPC s.292)."""
        return self.statutes.predecessors(ref)

    def classification(
        self, ref: str, as_of: dt.date | None = None, proceeding_date: dt.date | None = None
    ) -> ClassificationAt:
        """How provision *ref* is classified (cognizable, bailable, which court) in a proceeding
        begun on *proceeding_date* (default today) about conduct on *as_of* (default today). See
        :mod:`lawref.statutes.classify`."""
        return self.statutes.classification(ref, as_of, proceeding_date)

    def derived_penalty(
        self, ref: str, underlying: str, as_of: dt.date | None = None
    ) -> DerivedPenaltyResult:
        """The punishment under provision *ref* (attempt, abetment, conspiracy, causing
        disappearance of evidence …) for the concrete offence *underlying*, both read as in
        force on *as_of*. Example: ``derived_penalty("IPC 201", "67B IT Act", date(2019, 10, 13))``.
        Raises :class:`~lawref.DerivationError` when the rule does not reach the offence."""
        return self.statutes.derived_penalty(ref, underlying, as_of)
