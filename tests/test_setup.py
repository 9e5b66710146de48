"""Issue #15: the README's main command installs only what lawref needs to run.

uv installs the ``dev`` dependency group (pytest, mypy, Sphinx, Playwright, …, about 130 MB) with
every ``uv run`` unless told otherwise. The README's main command must leave it out and its test
command must bring it in. uv's choice of groups is modelled from its documented options
(``uv run --help``: ``--dev``, ``--no-dev``, ``--group``, ``--no-group``, ``--only-group``,
``--no-default-groups``, ``--all-groups``, ``--extra``, ``--all-extras`` and
``[tool.uv] default-groups``); an option the model does not know fails the test rather than
being guessed.
"""

from __future__ import annotations

import re
import shlex
import tomllib

import pytest

from tests.paths import DOCS, README, ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    """A requirement's normalised project name: ``"Sphinx>=9"`` → ``"sphinx"``."""
    match = re.match(r"[A-Za-z0-9._-]+", requirement.strip())
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _two_commands(text: str) -> list[str]:
    """The commands (comments cut) of the first console block under "The two commands"."""
    section = text.split("## The two commands", 1)[1]
    block = re.search(r"```console\n(.*?)```", section, flags=re.S)
    assert block, "no console block under 'The two commands'"
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def installed_by(command: str) -> tuple[str, set[str]]:
    """(the program a ``uv run`` command runs, the projects it installs for it)."""
    words = shlex.split(command)
    assert words[:2] == ["uv", "run"], command
    project = PYPROJECT["project"]
    groups_defined: dict[str, list[str]] = PYPROJECT.get("dependency-groups", {})
    extras_defined: dict[str, list[str]] = project.get("optional-dependencies", {})
    default = PYPROJECT.get("tool", {}).get("uv", {}).get("default-groups", ["dev"])
    groups = set(groups_defined) if default == "all" else set(default)
    added: set[str] = set()
    removed: set[str] = set()
    only: set[str] | None = None
    extras: set[str] = set()
    rest = words[2:]
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        if option == "--no-dev":
            removed.add("dev")
        elif option == "--dev":
            added.add("dev")
        elif option == "--no-default-groups":
            groups = set()
        elif option == "--all-groups":
            added |= set(groups_defined)
        elif option == "--only-dev":
            only = {"dev"}
        elif option == "--group":
            added.add(rest.pop(0))
        elif option == "--no-group":
            removed.add(rest.pop(0))
        elif option == "--only-group":
            only = (only or set()) | {rest.pop(0)}
        elif option == "--extra":
            extras.add(rest.pop(0))
        elif option == "--all-extras":
            extras |= set(extras_defined)
        else:
            pytest.fail(f"the model of uv's groups does not know {option!r} (in {command!r})")
    chosen = only if only is not None else (groups | added) - removed
    names = {_name(r) for r in project["dependencies"]} if only is None else set()
    for group in chosen:
        names |= {_name(r) for r in groups_defined[group]}
    for extra in extras:
        names |= {_name(r) for r in extras_defined[extra]}
    assert rest, f"no program in {command!r}"
    return rest[0], names


DEV_ONLY = {_name(r) for group in PYPROJECT["dependency-groups"].values() for r in group} - {
    _name(r) for r in PYPROJECT["project"]["dependencies"]
}


def test_the_main_command_installs_no_dev_only_package() -> None:
    main, _ = _two_commands(README.read_text(encoding="utf-8"))
    assert _two_commands(DOCS.joinpath("start.md").read_text(encoding="utf-8"))[0] == main
    program, installed = installed_by(main)
    assert program == "lawref"
    assert installed == {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert not installed & DEV_ONLY


def test_the_test_command_installs_the_test_toolchain() -> None:
    for page in (README, DOCS / "start.md"):
        _, tests = _two_commands(page.read_text(encoding="utf-8"))
        program, installed = installed_by(tests)
        assert program == "pytest"
        assert {"pytest", "hypothesis", "mypy", "ruff", "sphinx"} <= installed


def test_the_model_sees_the_dev_group_uv_installs_by_default() -> None:
    """Without the option the main command's install would have the whole dev group: the
    check above is not vacuous."""
    _, installed = installed_by('uv run lawref lookup "circulating"')
    assert {"sphinx", "playwright", "mypy"} <= installed
    _, installed = installed_by("uv run --no-default-groups --group dev lawref validate")
    assert "sphinx" in installed


def test_every_lawref_command_in_the_setup_pages_runs_without_the_dev_group() -> None:
    pages = [README, DOCS / "start.md", DOCS / "contributing.md", ROOT / ".ci" / "run"]
    seen = 0
    for page in pages:
        for line in page.read_text(encoding="utf-8").splitlines():
            command = line.removeprefix("$ ").split("  #")[0].strip()
            if command.startswith("uv run") and " lawref " in f"{command} ":
                program, installed = installed_by(command)
                assert program == "lawref", (page.name, command)
                assert not installed & DEV_ONLY, (page.name, command)
                seen += 1
    assert seen >= 12
