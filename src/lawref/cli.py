"""The ``lawref`` command. Exit codes (docs/design.md#errors): 0 done, 1 bad data, 2 bad usage.

This module imports nothing heavy at the top, so ``lawref --help`` and ``--version`` start fast;
each command imports the catalog when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys

from lawref._version import __version__
from lawref.errors import DataError, LawrefError

# ``typing`` and ``datetime`` are not imported at run time: ``--help`` must start fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import Any, Literal, NoReturn, Protocol

    from lawref.catalog import Catalog
else:  # the one typing name the classes below need at run time, without importing typing
    Protocol = object

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2

_COMMANDS = (
    "lookup",
    "conducts",
    "analyze",
    "handout",
    "cases",
    "case",
    "stats",
    "standards",
    "conflicts",
    "show",
    "timeline",
    "derive",
    "list",
    "export",
    "validate",
    "schema",
)
"""The sub-commands, in the order ``lawref --help`` lists them."""


def _version_line() -> str:
    from lawref.loading.datapath import data_root
    from lawref.loading.review import reviewed_on

    try:
        day = reviewed_on(data_root())
    except DataError:
        day = None
    return f"lawref {__version__} (law as reviewed on {day or 'unknown: data not found'})"


def _date(text: str) -> dt.date:
    from lawref.clock import parse_date

    try:
        return parse_date(text, what="--as-of")
    except LawrefError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _proceeding_date(text: str) -> dt.date:
    from lawref.clock import parse_date

    try:
        return parse_date(text, what="--proceeding-date")
    except LawrefError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _proceeding_option(sub: _Arguments) -> None:
    sub.add_argument(
        "--proceeding-date",
        type=_proceeding_date,
        metavar="DATE",
        help="the day the proceeding (investigation, inquiry or trial) began, which selects the "
        "Code of procedure for the classification (default: today)",
    )


def _catalog(args: argparse.Namespace) -> Catalog:
    """The catalog a command reads: ``--data``'s folder, else lawref's own.

    Loading it pauses the cyclic garbage collector: importing pydantic and the models and
    unpickling the catalog allocate many objects and free almost none, so a collection then only
    costs time (about 8 ms of a ``lawref show``). The collector's state is restored after, so the
    command itself runs as usual. Commands call this before importing what renders their answer,
    which imports the models too."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from lawref.catalog import Catalog

        if getattr(args, "data", None):
            return Catalog.load(args.data)
        import lawref

        return lawref.default_catalog()
    finally:
        if was_enabled:
            gc.enable()


def _write(args: argparse.Namespace, text: str) -> None:
    output = getattr(args, "output", None)
    if output:
        from lawref.atomic import write_text_atomic

        write_text_atomic(output, text)
    else:
        sys.stdout.write(text)


def _answer(
    args: argparse.Namespace, document: Callable[[], object], text: Callable[[], str]
) -> int:
    """Print the JSON *document* with ``--json``, else the *text* for people."""
    if getattr(args, "json", False):
        from lawref.views.json import dumps

        _write(args, dumps(document()))
    else:
        _write(args, text())
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """``lawref show ID [--as-of DATE] [--json]``."""
    catalog = _catalog(args)
    from lawref.views import text as render

    standing = catalog.at(args.id, args.as_of)
    classification = catalog.classification(
        standing.provision, standing.as_of, args.proceeding_date
    )

    def document() -> object:
        from lawref.views.json import show_document

        return show_document(catalog, standing, classification)

    return _answer(args, document, lambda: render.show_text(catalog, standing, classification))


def cmd_timeline(args: argparse.Namespace) -> int:
    """``lawref timeline ID [--json]``."""
    catalog = _catalog(args)
    from lawref.views import json as export
    from lawref.views import text as render

    provision = catalog.provision(args.id)
    entries = catalog.timeline(provision.id)
    return _answer(
        args,
        lambda: export.timeline_document(catalog, provision.id, entries),
        lambda: render.timeline_text(catalog, provision.id, entries),
    )


def cmd_derive(args: argparse.Namespace) -> int:
    """``lawref derive RULE OFFENCE [--as-of DATE] [--json]``."""
    catalog = _catalog(args)
    from lawref.views import text as render

    result = catalog.derived_penalty(args.rule, args.offence, args.as_of)
    return _answer(
        args,
        lambda: {**result.model_dump(mode="json"), "reviewed_on": catalog.reviewed_on.isoformat()},
        lambda: render.derived_text(catalog, result),
    )


def cmd_lookup(args: argparse.Namespace) -> int:
    """``lawref lookup TERM [--as-of DATE] [--json]``."""
    catalog = _catalog(args)
    from lawref.views import text as render

    result = catalog.lookup(args.term, args.as_of, proceeding_date=args.proceeding_date)
    return _answer(
        args, lambda: result.model_dump(mode="json"), lambda: render.lookup_text(catalog, result)
    )


def cmd_cases(args: argparse.Namespace) -> int:
    """``lawref cases [--conduct] [--provision] [--platform] [--year] [--state] [--json]``."""
    catalog = _catalog(args)
    from lawref.views import text as render

    cases = catalog.cases(
        conduct=args.conduct,
        provision=args.provision,
        platform=args.platform,
        year=args.year,
        state=args.state,
    )
    return _answer(
        args,
        lambda: {
            "cases": [c.model_dump(mode="json") for c in cases],
            "reviewed_on": catalog.reviewed_on.isoformat(),
        },
        lambda: render.cases_text(catalog, cases),
    )


def cmd_case(args: argparse.Namespace) -> int:
    """``lawref case ID [--json]``."""
    catalog = _catalog(args)
    from lawref.views import text as render

    case = catalog.case(args.id)
    return _answer(
        args,
        lambda: {
            **case.model_dump(mode="json"),
            "flags": [f.model_dump(mode="json") for f in catalog.case_flags(case.id)],
            "reviewed_on": catalog.reviewed_on.isoformat(),
        },
        lambda: render.case_text(catalog, case),
    )


def cmd_conflicts(args: argparse.Namespace) -> int:
    """``lawref conflicts [--json]``: facts the reports give differently, and official figures
    that publications give differently."""
    catalog = _catalog(args)
    from lawref.views import text as render

    conflicts = catalog.conflicts()
    figures = catalog.statistic_conflicts()
    return _answer(
        args,
        lambda: {
            "conflicts": [c.model_dump(mode="json") for c in conflicts],
            "statistics": [c.model_dump(mode="json") for c in figures],
            "reviewed_on": catalog.reviewed_on.isoformat(),
        },
        lambda: render.conflicts_text(catalog, conflicts, figures),
    )


def cmd_stats(args: argparse.Namespace) -> int:
    """``lawref stats [--head H] [--state S] [--json]``."""
    catalog = _catalog(args)
    from lawref.views import text as render

    groups = catalog.figures(head=args.head, state=args.state)
    return _answer(
        args,
        lambda: {
            "heads": [g.model_dump(mode="json") for g in groups],
            "sources": {
                key: source.model_dump(mode="json")
                for key, source in sorted(catalog.statistics.sources.items())
                if any(f.source == key for g in groups for f in g.figures)
            },
            "reviewed_on": catalog.reviewed_on.isoformat(),
        },
        lambda: render.figures_text(catalog, groups),
    )


def cmd_standards(args: argparse.Namespace) -> int:
    """``lawref standards [ID] [--as-of DATE] [--json]``."""
    catalog = _catalog(args)
    from lawref.views import text as render

    standing = catalog.standard(args.id, args.as_of)
    return _answer(
        args,
        lambda: standing.model_dump(mode="json"),
        lambda: render.standard_text(catalog, standing),
    )


def _read_input(name: str) -> str:
    """The text of FILE, or of standard input for ``-``, for a batch (``lawref.inputs``)."""
    from lawref import inputs

    return inputs.read_report(name, sys.stdin.buffer)


def cmd_analyze(args: argparse.Namespace) -> int:
    """``lawref analyze FILE|- [--as-of DATE] [--json]``; with several files or ``--jsonl``,
    JSON Lines, one report per line (``lawref.batch``). A text longer than
    ``lawref.inputs.IN_MEMORY`` is read in stretches, not held, and not repeated by the text
    view."""
    if args.jsonl or len(args.file) > 1:
        return _analyze_many(args)
    catalog = _catalog(args)
    from lawref import inputs
    from lawref.views import text as render

    with inputs.open_input(args.file[0], sys.stdin.buffer) as source:
        text: str | None = None
        if source.size <= inputs.IN_MEMORY:
            text = whole = source.read_text()
            analysis = catalog.analyze(whole, args.as_of)
        else:
            try:
                analysis = catalog.analyze_stream(source.rewound, args.as_of)
            except OSError as exc:
                name = inputs.shown(args.file[0])
                raise LawrefError(f"cannot read {name}: {exc.strerror or exc}") from None
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR") and not args.output
    return _answer(
        args,
        lambda: analysis.model_dump(mode="json"),
        lambda: render.analysis_text(catalog, text, analysis, colour=colour, explain=args.explain),
    )


def _analyze_many(args: argparse.Namespace) -> int:
    from lawref import batch, inputs

    jobs = args.jobs if args.jobs > 0 else min(os.cpu_count() or 1, MAX_JOBS)
    if args.jsonl:

        def reports() -> Iterator[batch.Report]:
            for name in args.file:
                if name == "-":
                    yield from batch.read_jsonl(name, sys.stdin.buffer)
                    continue
                try:
                    stream = inputs.open_checked(name)
                except LawrefError as exc:
                    yield batch.Report(inputs.shown(name), None, error=str(exc))
                    continue
                with stream:
                    yield from batch.read_jsonl(inputs.shown(name), stream)

        source: Iterable[batch.Report] = reports()
    else:
        source = batch.read_files(args.file, _read_input)
    if args.output:
        from lawref.atomic import open_atomic

        with open_atomic(args.output) as stream:
            count, failed = batch.run(
                source, args.as_of, jobs, args.data, lambda line: stream.write(line.encode())
            )
    else:
        count, failed = batch.run(source, args.as_of, jobs, args.data, sys.stdout.write)
    if failed:
        print(f"lawref: {failed} of {count} reports could not be read", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


_HANDOUT_FORMATS: dict[str, Literal["pdf", "docx", "html", "md"]] = {
    "pdf": "pdf",
    "docx": "docx",
    "html": "html",
    "md": "md",
}
_HANDOUT_SUFFIXES: dict[str, Literal["pdf", "docx", "html", "md"]] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
}


MAX_JOBS = 64
"""The most worker processes ``--jobs`` starts: more only costs memory (each loads the catalog)."""


def _jobs(text: str) -> int:
    """``--jobs``: a whole number from 0 (one per core) to :data:`MAX_JOBS`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a whole number") from None
    if not 0 <= value <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_JOBS}, not {text[:20]}")
    return value


def _handout_format(given: str | None, output: str | None) -> Literal["pdf", "docx", "html", "md"]:
    """The handout's format: ``--format``, else the ``-o`` file's extension, else Markdown. A file
    whose extension names another format than ``--format``, or (without ``--format``) none lawref
    writes, is an error:
    ``-o h.pdf`` wrote Markdown into ``h.pdf`` and exited 0."""
    from pathlib import PurePath

    suffix = PurePath(output).suffix.lower() if output else ""
    implied = _HANDOUT_SUFFIXES.get(suffix)
    if given is None and output and suffix and implied is None:
        known = ", ".join(sorted(_HANDOUT_SUFFIXES))
        raise LawrefError(f"cannot tell the format of {output!r}: use {known}, or --format")
    if given is not None and implied is not None and given != implied:
        raise LawrefError(f"--format {given} does not match {output!r}: a {implied} file")
    return _HANDOUT_FORMATS[given or implied or "md"]


def cmd_handout(args: argparse.Namespace) -> int:
    """``lawref handout CONDUCT… [--all] [--as-of] [--format pdf|docx|html|md] [--detail] [-o FILE]
    [--title]``."""
    chosen = _handout_format(args.format, args.output)
    catalog = _catalog(args)
    from lawref.views.handout.formats import make

    result = make(
        catalog,
        args.conduct,
        args.as_of,
        format=chosen,
        title=args.title,
        everything=args.all,
        detail=args.detail,
        state=args.state,
    )
    if isinstance(result, bytes):
        if args.output:
            from lawref.atomic import write_bytes_atomic

            write_bytes_atomic(args.output, result)
        elif sys.stdout.isatty():
            raise LawrefError(f"a {chosen.upper()} is not printed to a terminal: give -o FILE")
        else:
            sys.stdout.buffer.write(result)
    else:
        _write(args, result)
    return EXIT_OK


def cmd_conducts(args: argparse.Namespace) -> int:
    """``lawref conducts``: the conduct ids, labels and a few of their words."""
    catalog = _catalog(args)
    lines = []
    for conduct in catalog.conducts:
        sample = ", ".join(conduct.terms[:6])
        lines.append(f"{conduct.id:<22} {conduct.label}  ({sample}, …)")
    lines += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    _write(args, "\n".join(lines) + "\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """``lawref list [ACT]``: acts, or the provisions of one act."""
    catalog = _catalog(args)
    lines = []
    if args.act:
        act = catalog.act(args.act)
        lines.append(f"{act.id}  —  {act.title} ({act.citation})")
        for pid in act.provisions:
            provision = catalog.provision(pid)
            lines.append(f"  {pid:<28} {provision.heading}")
    else:
        for act in catalog.acts:
            span = f"in force {act.in_force_from}" + (
                f" to {act.repealed_on}" if act.repealed_on else ""
            )
            lines.append(f"{act.id:<18} {act.title} ({act.citation}; {span})")
    lines += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    _write(args, "\n".join(lines) + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """``lawref export [-o FILE]``: the whole catalog as one JSON document."""
    from lawref.views.json import dumps, export_document

    _write(args, dumps(export_document(_catalog(args))))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """``lawref validate [PATH]``: check a data folder; every problem on its own line."""
    from lawref.catalog import Catalog
    from lawref.loading.datapath import data_root

    catalog = Catalog.load(args.path or data_root(), cache=False)
    versions = sum(len(p.versions) for p in catalog.provisions)
    print(
        f"ok: {len(catalog.acts)} acts, {len(catalog.provisions)} provisions, {versions} versions, "
        f"{len(catalog.conducts)} conducts, {len(catalog.judgments)} judgments, "
        f"{len(catalog.articles)} articles, {len(catalog.cases())} cases "
        f"in {catalog.origin}; law as reviewed on {catalog.reviewed_on}"
    )
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """``lawref schema [statute|catalog]``: the JSON Schema of a data file, for editors."""
    from lawref.loading.schema import CatalogFile, StatuteFile
    from lawref.views.json import dumps

    schema = (StatuteFile if args.kind == "statute" else CatalogFile).model_json_schema()
    _write(args, dumps(schema))
    return EXIT_OK


class _VersionAction(argparse.Action):
    """``--version``: lawref's version and the date its law was last reviewed."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(_version_line())
        parser.exit()


class _Arguments(Protocol):
    """What the sub-command definitions use of a parser."""

    def add_argument(self, *args: Any, **kwargs: Any) -> object:
        """Define an argument."""


def _terminal_columns() -> int:
    """The terminal's width as :func:`shutil.get_terminal_size` finds it: ``$COLUMNS``, else the
    terminal standard output is on, else 80 columns."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the terminal's width so that it need not import
    :mod:`shutil` (and with it bz2, lzma and fnmatch) on every start: argparse makes a formatter
    whenever an argument is added, not only when help is printed."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_columns() - 2)


class _Unconfigured:
    """Stands in for a sub-command's parser that this run does not need: its arguments are not
    added, which saves most of the parser's start-up cost (``lawref --help`` must be fast)."""

    def add_argument(self, *args: Any, **kwargs: Any) -> object:
        """Accept and ignore an argument definition."""
        return None


def build_parser(selected: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``lawref`` command.

    With no *selected*, every sub-command is defined in full. With the name of a sub-command,
    only that one exists (``lawref show …`` needs no other). With any other string, every
    sub-command is listed with its help but none is configured: enough for ``lawref --help``
    and for argparse to name the valid choices when a command is misspelt."""
    parser = argparse.ArgumentParser(
        formatter_class=_Formatter,
        prog="lawref",
        description="Indian law on online child sexual abuse material: provisions, dated "
        "versions and penalties, offline and with sources.",
        epilog="Dates are the date of the conduct (YYYY-MM-DD); the law in force that day applies.",
    )
    parser.add_argument(
        "-V", "--version", action=_VersionAction, help="show the version and the data's review date"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> _Arguments:
        if selected in _COMMANDS and name != selected:
            return _Unconfigured()
        sub = commands.add_parser(
            name, help=help_text, description=help_text, formatter_class=_Formatter
        )
        sub.set_defaults(func=func)
        return _Unconfigured() if selected is not None and name != selected else sub

    def data_option(sub: _Arguments) -> None:
        sub.add_argument("--data", metavar="PATH", help="read this data folder instead of lawref's")

    lookup = add("lookup", cmd_lookup, "the law that reaches a conduct, in your words, on a date")
    lookup.add_argument(
        "term", help='what was done: "circulating", "kept on his phone", "group admin"'
    )
    lookup.add_argument(
        "--as-of", type=_date, metavar="DATE", help="date of the conduct (default: today)"
    )
    _proceeding_option(lookup)
    lookup.add_argument("--json", action="store_true", help="print JSON")
    data_option(lookup)

    conducts = add("conducts", cmd_conducts, "the conducts lawref knows and some of their words")
    data_option(conducts)

    analyze = add(
        "analyze",
        cmd_analyze,
        "read a report: its conduct and the laws it names, mapped to the law",
    )
    analyze.add_argument(
        "file",
        nargs="+",
        help="text files, or - for standard input; with several, JSON Lines, one per report",
    )
    analyze.add_argument(
        "--explain",
        action="store_true",
        help="show why each mention counts: its trigger, what it acts on, its actor, confidence",
    )
    analyze.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON Lines ({"text": ..., "id": ..., "as_of": ...} per line); write JSON Lines',
    )
    analyze.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help=f"reports read at once, in N processes (0: one per core; at most {MAX_JOBS})",
    )
    analyze.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        help="date of the conduct (default: the date the text states, else today)",
    )
    analyze.add_argument("--json", action="store_true", help="print JSON")
    analyze.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically)")
    data_option(analyze)

    handout = add("handout", cmd_handout, "a printable handout per conduct for legal trainers")
    handout.add_argument("conduct", nargs="*", help='conduct ids or words, e.g. "storing"')
    handout.add_argument("--all", action="store_true", help="every conduct, with a contents page")
    handout.add_argument(
        "--as-of", type=_date, metavar="DATE", help="date of the conduct (default: today)"
    )
    handout.add_argument(
        "--format",
        choices=("pdf", "docx", "html", "md"),
        default=None,
        help="pdf, docx, html or md (default: the -o file's extension, else md)",
    )
    handout.add_argument(
        "--detail",
        choices=("standard", "full"),
        default="standard",
        help="standard: a summary page, then at most three pages per conduct; full: every word "
        "lawref holds (whole statute texts, every holding, every case)",
    )
    handout.add_argument(
        "--state", help="tell the cases of this State or Union territory (others where it has none)"
    )
    handout.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically)")
    handout.add_argument("--title", help="the handout's title")
    data_option(handout)

    cases = add("cases", cmd_cases, "example cases from the reports, filtered")
    cases.add_argument("--conduct", help='a conduct id or words, e.g. "sharing"')
    cases.add_argument("--provision", help='a provision the reports name, e.g. "67B IT Act"')
    cases.add_argument(
        "--platform",
        choices=(
            "whatsapp",
            "telegram",
            "facebook",
            "instagram",
            "darknet",
            "social_media",
            "websites",
        ),
    )
    cases.add_argument("--year", type=int, help="the year of the case")
    cases.add_argument(
        "--state", help='a State or Union territory, e.g. "Maharashtra" (national operations too)'
    )
    cases.add_argument("--json", action="store_true", help="print JSON")
    data_option(cases)

    case = add("case", cmd_case, "one case: its facts with numbered citations and quoted passages")
    case.add_argument("id", help="a case id (see `lawref cases`)")
    case.add_argument("--json", action="store_true", help="print JSON")
    data_option(case)

    stats = add(
        "stats",
        cmd_stats,
        "official figures (NCRB, NCMEC, the cyber-crime portal …) by head, year and State",
    )
    stats.add_argument("--head", help="a statistical head's id (see `lawref stats`)")
    stats.add_argument("--state", help='a State or Union territory, or "India"')
    stats.add_argument("--json", action="store_true", help="print JSON")
    data_option(stats)

    standards = add(
        "standards",
        cmd_standards,
        "India's law against an international benchmark (ICMEC's five criteria), by date",
    )
    standards.add_argument("id", nargs="?", help="the benchmark (default: the only one)")
    standards.add_argument(
        "--as-of", type=_date, metavar="DATE", help="date of the law (default: today)"
    )
    standards.add_argument("--json", action="store_true", help="print JSON")
    data_option(standards)

    conflicts = add("conflicts", cmd_conflicts, "facts the reports give differently")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    data_option(conflicts)

    show = add("show", cmd_show, "a provision as in force on a date, with its penalty and text")
    show.add_argument(
        "id", help='an id or reference: it-act-2000/s67B, "67B IT Act", "POCSO 15(1)"'
    )
    show.add_argument(
        "--as-of", type=_date, metavar="DATE", help="date of the conduct (default: today)"
    )
    _proceeding_option(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    data_option(show)

    timeline = add("timeline", cmd_timeline, "every dated change of a provision")
    timeline.add_argument("id", help="an id or reference")
    timeline.add_argument("--json", action="store_true", help="print JSON")
    data_option(timeline)

    derive = add(
        "derive",
        cmd_derive,
        "a punishment defined by reference to another offence "
        "(attempt, abetment, conspiracy, causing disappearance of evidence)",
    )
    derive.add_argument("rule", help='the provision that derives it, e.g. "IPC 201", "84C IT Act"')
    derive.add_argument("offence", help='the offence it concerns, e.g. "67B IT Act"')
    derive.add_argument(
        "--as-of", type=_date, metavar="DATE", help="date of the conduct (default: today)"
    )
    derive.add_argument("--json", action="store_true", help="print JSON")
    data_option(derive)

    listing = add("list", cmd_list, "the acts, or the provisions of one act")
    listing.add_argument("act", nargs="?", help='an act id or name, e.g. "POCSO"')
    data_option(listing)

    export = add("export", cmd_export, "everything as one JSON document")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically)")
    data_option(export)

    validate = add("validate", cmd_validate, "check a data folder; list every problem")
    validate.add_argument("path", nargs="?", help="the data folder (default: lawref's own)")

    schema = add("schema", cmd_schema, "the JSON Schema of a data file")
    schema.add_argument("kind", nargs="?", choices=("statute", "catalog"), default="statute")
    return parser


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """A warning as one line for people ("lawref: warning: …"), not a file and line number."""
    print(f"lawref: warning: {_printable(str(message))}", file=sys.stderr)


def _printable(message: str) -> str:
    """*message* with control characters shown as escapes (``\\x1b``), so that a file name or a
    value cannot send a terminal escape sequence; line breaks and tabs stay."""
    return "".join(
        ch if ch in "\n\t" or not (ord(ch) < 32 or 127 <= ord(ch) < 160) else f"\\x{ord(ch):02x}"
        for ch in message
    )


def _as_text(value: str) -> str:
    """A command-line word as text: bytes that were not UTF-8 (kept by Python as lone
    surrogates) become U+FFFD, so the word can be written into a handout. File names keep
    theirs: they name files."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _silence_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered for a reader
    who has gone (or a full disk) is not written again, with a traceback, at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises for user error)."""
    for stream in (sys.stdout, sys.stderr):
        # UTF-8 whatever the locale (a legacy locale turned ₹ and Devanagari into "?" with exit
        # 0); a lone surrogate from a file name that is not UTF-8 is shown escaped, not raised.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    import warnings

    warnings.showwarning = _show_warning
    arguments = list(sys.argv[1:] if argv is None else argv)
    chosen = arguments[0] if arguments and not arguments[0].startswith("-") else ""
    parser = build_parser(chosen)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    for name in ("title",):
        if isinstance(getattr(args, name, None), str):
            setattr(args, name, _as_text(getattr(args, name)))
    try:
        code: int = args.func(args)
        sys.stdout.flush()
    except DataError as exc:
        for problem in exc.problems:
            print(f"lawref: {_printable(str(problem))}", file=sys.stderr)
        print(f"lawref: {len(exc.problems)} problem(s) in the data", file=sys.stderr)
        return EXIT_DATA
    except LawrefError as exc:
        print(f"lawref: {_printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # writing the answer failed: a full disk, /dev/full, a closed pipe
        _silence_stdout()
        print(f"lawref: cannot write the answer: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except MemoryError:
        print("lawref: out of memory: the input is too large for this machine", file=sys.stderr)
        return EXIT_USAGE
    return code


def console() -> NoReturn:
    """The ``lawref`` program (``[project.scripts]``, ``python -m lawref``): run :func:`main`,
    then exit with its code.

    Before exiting it moves every object still alive into the garbage collector's permanent
    generation (:func:`gc.freeze`), so that the collections the interpreter runs as it shuts down
    have nothing to walk: about 15 ms off every run that loaded the catalog. Nothing is lost:
    standard output is flushed and files are closed at exit as before, and the memory goes back
    to the system with the process. (:func:`main` itself does not do this: tests call it in a
    process that goes on.)"""
    code = main()
    import gc

    gc.freeze()
    sys.exit(code)
