"""The README's example session is replayed against the real command line: it must stay true."""

from __future__ import annotations

import re
import shlex

import pytest

from lawref.cli import main
from tests.paths import README

MAIN = "uv run --no-dev lawref "
"""How the README runs lawref: the main command's way, without the dev group."""


def _sessions() -> list[tuple[str, list[str], int | None]]:
    """(command, expected output lines, expected exit code or None) for each ``$ uv run … lawref``
    (a session that runs lawref any other way than the main command's ``uv run --no-dev lawref``
    is an error: the README shows one way to run lawref)."""
    text = README.read_text(encoding="utf-8")
    steps: list[tuple[str, list[str], int | None]] = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        lines = block.splitlines()
        index = 0
        while index < len(lines):
            line = lines[index]
            index += 1
            if not line.startswith("$ "):
                continue
            command = line[2:]
            output: list[str] = []
            while index < len(lines) and not lines[index].startswith("$ "):
                output.append(lines[index])
                index += 1
            while output and not output[-1]:
                output.pop()
            if command == "echo $?":
                previous, expected, _ = steps.pop()
                steps.append((previous, expected, int(output[0])))
            elif command.startswith(MAIN):
                steps.append((command.removeprefix(MAIN), output, None))
            else:
                assert " lawref " not in f" {command} ", f"run lawref as `{MAIN}…`: {command}"
    return steps


SESSIONS = _sessions()


def test_the_readme_has_a_session() -> None:
    assert len(SESSIONS) >= 4


@pytest.mark.parametrize(("command", "expected", "code"), SESSIONS, ids=[s[0] for s in SESSIONS])
def test_readme_session(
    capsys: pytest.CaptureFixture[str], command: str, expected: list[str], code: int | None
) -> None:
    status = main(shlex.split(command))
    captured = capsys.readouterr()
    actual = (captured.out + captured.err).rstrip("\n").splitlines()
    assert status == (code if code is not None else 0)
    if "  …" in expected:
        cut = expected.index("  …")
        head, tail = expected[:cut], expected[cut + 1 :]
        assert actual[: len(head)] == head
        assert actual[len(actual) - len(tail) :] == tail
    else:
        assert actual == expected
