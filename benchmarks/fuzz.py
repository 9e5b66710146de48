"""Hostile inputs for a set time: lawref's Python API and command line fed generated strings,
bytes and files, counting what went wrong.

Run: ``uv run python benchmarks/fuzz.py [--seconds 60] [--seed 1] [--cli-every 25]``.

Each round builds one hostile input from a seeded generator (long digit runs before letters,
nested brackets, repeated Act names, NUL and control characters, lone surrogates, invalid UTF-8,
huge numbers, line breaks of every kind, random Unicode) and gives it to ``lawref.at``,
``lawref.lookup``, ``lawref.analyze`` and ``clock.parse_date``; every ``--cli-every`` rounds it
also runs ``lawref show``, ``lawref lookup`` and ``lawref analyze`` on it in a separate process.
A failure is an exception that is not a ``LawrefError`` (API), or a traceback or an exit code
other than 0, 1 or 2 (CLI). Printed: inputs tried, failures (with the first few inputs that
failed), the slowest call with its input's length, and the peak memory of this process and of
the largest command. Issue #14: every parser of user input is linear and every bad input is a
clear error; this is where that is tried at volume, not in a timed test.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import lawref
from lawref import clock
from lawref.errors import LawrefError

PIECES = [
    "67B",
    "IT Act",
    "POCSO",
    "Section",
    "u/s",
    "s.",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "`",
    "<img>",
    "\x00",
    "\r",
    "\n",
    "\u2028",
    "\x85",
    "\ud800",
    "\udcff",
    "₹",
    "ഓ",
    "ह",
    "\u200b",
    "..",
    "-",
    "/",
    "of the",
    "Information Technology Act, 2000",
    "Indian Penal Code",
    "2019",
    "Updated: 27-06-2020",
    "Oct 23 (PTI):",
    "shared",
    "downloaded",
    "child pornography",
    "imprisonment up to five years",
    "Rs 10 lakh",
    "read with",
    "67(A)(B)",
    "#",
    "*",
    "|",
]


def hostile(rng: random.Random) -> str:
    """One generated input."""
    kind = rng.randrange(7)
    if kind == 0:
        return "1" * rng.randrange(1, 60_000) + rng.choice(["abc", "B IT Act", ")", ""])
    if kind == 1:
        depth = rng.randrange(1, 20_000)
        return "(" * depth + "67" + ")" * rng.randrange(depth + 1)
    if kind == 2:
        return " ".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 3_000)))
    if kind == 3:
        return "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(1, 2_000)))
    if kind == 4:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4_000)))
        return data.decode("utf-8", errors="surrogateescape")
    if kind == 5:
        return rng.choice(PIECES) * rng.randrange(1, 50_000)
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 50)))


def _api_calls(catalog: lawref.Catalog) -> list[tuple[str, Callable[[str], object]]]:
    return [
        ("at", lambda s: catalog.at(s, None)),
        ("lookup", lambda s: catalog.lookup(s, None)),
        ("analyze", lambda s: catalog.analyze(s)),
        ("parse_date", clock.parse_date),
    ]


def _argument(value: str) -> bytes:
    """*value* as a command-line word: its bytes (surrogates as they stand), no NUL (which no
    command line can carry), at most 5,000 of them."""
    return value[:5000].encode("utf-8", "surrogatepass").replace(b"\x00", b"")


def _cli(arguments: list[str | bytes], stdin: bytes | None = None) -> tuple[bool, float, int]:
    """Whether a command ran cleanly, its seconds and its peak memory in MB."""
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], input=sys.stdin.buffer.read(), capture_output=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "clean = done.returncode in (0, 1, 2) and b'Traceback' not in done.stderr\n"
        "print(int(clean), peak)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "lawref", *arguments],
        input=stdin or b"",
        capture_output=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    clean, peak = done.stdout.split()
    return clean == b"1", seconds, int(peak)


def main() -> None:
    """Fuzz for the time given and print what was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cli-every", type=int, default=25)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.environ.setdefault("LAWREF_TODAY", "2026-11-23")
    catalog = lawref.default_catalog()
    calls = _api_calls(catalog)
    tried = failures = commands = 0
    failed: list[str] = []
    slowest = (0.0, "", 0)
    cli_peak = 0
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory() as folder:
        text_file = Path(folder) / "input.txt"
        while time.monotonic() < deadline:
            value = hostile(rng)
            for name, call in calls:
                tried += 1
                start = time.perf_counter()
                try:
                    call(value)
                except LawrefError:
                    pass
                except Exception as exc:
                    failures += 1
                    if len(failed) < 5:
                        failed.append(f"{name}: {type(exc).__name__} on {value[:60]!r}")
                seconds = time.perf_counter() - start
                if seconds > slowest[0]:
                    slowest = (seconds, name, len(value))
            if tried // len(calls) % args.cli_every == 0:
                data = value.encode("utf-8", errors="surrogatepass")
                text_file.write_bytes(data)
                runs: tuple[tuple[list[str | bytes], bytes | None], ...] = (
                    (["show", _argument(value)], None),
                    (["lookup", _argument(value)], None),
                    (["analyze", str(text_file), "--json"], None),
                    (["analyze", "-", "--json"], data),
                )
                for arguments, stdin in runs:
                    commands += 1
                    clean, seconds, peak = _cli(arguments, stdin)
                    cli_peak = max(cli_peak, peak)
                    if not clean:
                        failures += 1
                        if len(failed) < 5:
                            failed.append(f"lawref {arguments[0]!s}: unclean on {value[:60]!r}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"seconds: {args.seconds:.0f}, seed {args.seed}")
    print(f"inputs tried: {tried:,} API calls, {commands:,} commands")
    print(f"failures: {failures}")
    for line in failed:
        print(f"  - {line}")
    print(f"slowest call: {slowest[1]} {slowest[0]:.2f} s on {slowest[2]:,} characters")
    print(f"peak memory: this process {peak} MB, largest command {cli_peak} MB")


if __name__ == "__main__":
    main()
