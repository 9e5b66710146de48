"""The site's page of command-line commands, read from the argument parser itself.

The page is made from the :class:`argparse.ArgumentParser` the ``lawref`` program parses with, so
it cannot forget an option: every sub-command with its help, its usage line, and each argument
and option with its metavar, choices, default and help. Every value reaches the page escaped:
words through :func:`~lawref.views.handout.markdown.escape_markdown`, values shown as written
(usage lines, option strings, metavars, choices, defaults) in code spans whose fence no value can
close (:func:`lawref.views.site_markup.code`). The usage lines are laid out at a fixed width, not
the terminal's, so the page is the same on every machine.
"""

from __future__ import annotations

import argparse

from lawref.views.handout.markdown import escape_markdown as md
from lawref.views.site_markup import code, slug

USAGE_WIDTH = 10_000
"""Columns the usage lines are laid out in: wide enough that argparse never wraps one."""


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.HelpFormatter(prog, width=USAGE_WIDTH)


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = _formatter(parser.prog)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, prefix="")
    return formatter.format_help().strip()


def _subcommands(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _default(action: argparse.Action) -> str | None:
    """The default worth stating: none for flags, help, version and options without one."""
    if action.nargs == 0 or action.default in (None, argparse.SUPPRESS):
        return None
    if isinstance(action.default, (list, tuple)):
        return " ".join(str(value) for value in action.default)
    return str(action.default)


def _argument(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    """One argument or option as a list item: its strings and metavar, help, choices, default."""
    formatter = _formatter(parser.prog)
    if action.option_strings:
        metavar = ""
        if action.nargs != 0:
            default_metavar = formatter._get_default_metavar_for_optional(action)
            metavar = " " + formatter._format_args(action, default_metavar)
        name = ", ".join(code(option + metavar) for option in action.option_strings)
    else:  # a positional by its name, then as the usage line writes it where that differs
        shown = formatter._format_args(
            action, formatter._get_default_metavar_for_positional(action)
        )
        name = code(action.dest) + (f" ({code(shown)})" if shown != action.dest else "")
    words = [md(formatter._expand_help(action))] if action.help else []
    if action.choices is not None:
        words.append("one of " + ", ".join(code(str(choice)) for choice in action.choices))
    default = _default(action)
    if default is not None:
        words.append("default " + code(default))
    return f"- {name}" + (": " + "; ".join(words) if words else "")


def _arguments(parser: argparse.ArgumentParser) -> list[str]:
    """The parser's positional arguments, then its options, each under its own heading."""
    actions = [a for a in parser._actions if not isinstance(a, argparse._SubParsersAction)]
    lines: list[str] = []
    for title, group in (
        ("Arguments", [a for a in actions if not a.option_strings]),
        ("Options", [a for a in actions if a.option_strings]),
    ):
        if group:
            lines += ["", f"**{title}**", "", *(_argument(parser, a) for a in group)]
    return lines


def cli_page(parser: argparse.ArgumentParser) -> list[str]:
    """The lines of the command-line reference page for *parser* (MyST Markdown)."""
    prog = parser.prog
    lines = [f"# The {md(prog)} command", ""]
    if parser.description:
        lines += [md(parser.description), ""]
    lines += [f"Usage: {code(_usage(parser))}"]
    lines += _arguments(parser)
    if parser.epilog:
        lines += ["", md(parser.epilog)]
    subcommands = _subcommands(parser)
    if subcommands is None:
        return lines
    helps = {a.dest: a.help for a in subcommands._choices_actions}
    lines += ["", "## Commands", "", "| command | what it does |", "|---|---|"]
    for name in subcommands.choices:
        link = f"[{code(name)}](#cli-{slug(name)})"
        lines.append(f"| {link} | {md(helps.get(name) or '')} |")
    for name, sub in subcommands.choices.items():
        lines += ["", f"(cli-{slug(name)})=", f"## {md(prog + ' ' + name)}", ""]
        description = sub.description or helps.get(name)
        if description:
            lines += [md(description), ""]
        lines.append(f"Usage: {code(_usage(sub))}")
        lines += _arguments(sub)
        if sub.epilog:
            lines += ["", md(sub.epilog)]
    return lines
