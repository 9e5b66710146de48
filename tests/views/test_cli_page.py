"""Issue #15: the site's command-line page is read from the real parser, so it names every
command and option; it is the same on every machine, escapes every value and builds under
``sphinx-build -W -n``."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.cli import build_parser
from lawref.views.cli_page import cli_page
from lawref.views.site import Writer
from lawref.views.site_markup import code
from tests.security.test_site import HOSTILE, _render, _tags


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the parser has no sub-commands")


def test_every_command_and_option_of_the_real_parser_is_on_the_page() -> None:
    parser = build_parser()
    page = "\n".join(cli_page(parser))
    commands = _subparsers(parser)
    assert len(commands) >= 14
    assert "lookup" in commands
    assert "--version" in page
    for name, sub in commands.items():
        assert f"## lawref {name}\n" in page
        assert "`" + sub.format_usage().split("usage: ", 1)[1].split()[0] in page
        for action in sub._actions:
            for option in action.option_strings:
                assert "`" + option in page, (name, option)
            for choice in action.choices or ():
                assert code(str(choice)) in page, (name, choice)
            if action.help:
                assert action.help.split()[0] in page, (name, action.help)
        section = page.split(f"## lawref {name}\n", 1)[1].split("\n## ", 1)[0]
        for action in sub._actions:
            if not action.option_strings:
                assert f"\n- `{action.dest}`" in section, (name, action.dest)


def test_the_page_states_metavars_choices_and_defaults() -> None:
    page = cli_page(build_parser())
    assert "- `--jobs N`: reports read at once" in "\n".join(page)
    schema = next(line for line in page if line.startswith("- `kind` (`[{statute,catalog}]`)"))
    assert "one of `statute`, `catalog`" in schema
    assert "default `statute`" in schema
    json_flag = next(line for line in page if line.startswith("- `--json`"))
    assert "default" not in json_flag


def test_the_page_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    narrow = cli_page(build_parser())
    monkeypatch.setenv("COLUMNS", "300")
    assert cli_page(build_parser()) == narrow
    usage = next(line for line in narrow if line.startswith("Usage: `lawref analyze"))
    assert "[--data PATH]" in usage


@pytest.mark.parametrize("value", HOSTILE)
def test_no_value_of_the_parser_becomes_markup(value: str) -> None:
    parser = argparse.ArgumentParser(prog="lawref", description=value, epilog=value)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub = commands.add_parser("cmd", help=value, description=value)
    sub.add_argument("--opt", metavar=value, help=value, default=value)
    sub.add_argument("--pick", choices=(value, "b"), help=value)
    sub.add_argument("thing", help=value)
    html = _render("\n".join(cli_page(parser)))
    page = {"h1", "h2", "p", "code", "ul", "li", "strong", "a", "div"}
    assert _tags(html) <= page | {"table", "thead", "tbody", "tr", "th", "td"}
    # the commands table's link and the label before the command's heading, nothing else
    assert re.findall(r'href="([^"]*)"', html) == ["#cli-cmd", "#cli-cmd"]
    assert (html.count("<h1"), html.count("<h2")) == (1, 2)


def test_the_writer_lists_the_page_only_when_it_has_a_parser(
    catalog: Catalog, tmp_path: Path
) -> None:
    Writer(catalog, tmp_path / "without").all()
    assert not (tmp_path / "without" / "cli.md").exists()
    assert "\ncli\n" not in (tmp_path / "without" / "index.md").read_text(encoding="utf-8")
    writer = Writer(catalog, tmp_path / "with")
    writer.cli_parser = build_parser
    writer.all()
    page = (tmp_path / "with" / "cli.md").read_text(encoding="utf-8")
    assert page.startswith("# The lawref command")
    assert "\ncli\n" in (tmp_path / "with" / "index.md").read_text(encoding="utf-8")


def test_the_page_builds_under_sphinx_with_warnings_as_errors(tmp_path: Path) -> None:
    from sphinx.cmd.build import build_main

    source = tmp_path / "src"
    source.mkdir()
    (source / "conf.py").write_text('extensions = ["myst_parser"]\n', encoding="utf-8")
    (source / "index.md").write_text("# Site\n\n```{toctree}\ncli\n```\n", encoding="utf-8")
    (source / "cli.md").write_text("\n".join(cli_page(build_parser())) + "\n", encoding="utf-8")
    status = build_main(["-q", "-W", "-n", "-b", "html", str(source), str(tmp_path / "html")])
    assert status == 0
    html = (tmp_path / "html" / "cli.html").read_text(encoding="utf-8")
    assert 'href="#cli-lookup"' in html
    assert 'id="cli-lookup"' in html
