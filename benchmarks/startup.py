"""Start-up cost of lawref, measured as whole processes against the same machine's baselines.

Run: ``uv run python benchmarks/startup.py [--runs N]``. Prints the median and best wall time of
each command and the ratios that issue #2 sets as targets, of the best times (the estimate of a
command's own cost: what is above it is other processes' interference, as the :mod:`timeit`
documentation puts it), of the median times and of the median CPU times:

* ``lawref show it-act-2000/s67B`` within 1.5x of ``python -c "from pydantic import BaseModel"``
  (lawref's own parsing, validating and indexing cost at most half of importing pydantic);
* ``lawref --help`` within 3x of ``python -c pass``.

Commands run interleaved, so that a slow moment of the machine touches every command alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _lawref_command() -> list[str]:
    script = Path(sys.executable).with_name("lawref")
    if script.exists():
        return [str(script)]
    found = shutil.which("lawref")
    return [found] if found else [sys.executable, "-m", "lawref"]


def commands() -> dict[str, list[str]]:
    """The commands measured, by label."""
    lawref = _lawref_command()
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import pydantic.BaseModel": [sys.executable, "-c", "from pydantic import BaseModel"],
        "import lawref + first query": [
            sys.executable,
            "-c",
            "import lawref; lawref.at('it-act-2000/s67B')",
        ],
        "lawref show it-act-2000/s67B": [*lawref, "show", "it-act-2000/s67B"],
        "lawref --help": [*lawref, "--help"],
    }


def environment() -> dict[str, str]:
    """The environment the commands run in: this one, but allowed to write bytecode.

    Some sandboxes set ``PYTHONDONTWRITEBYTECODE``, which makes every process recompile pydantic
    and lawref from source; an installed program has its ``.pyc`` files, so the warm-up run
    writes them and the measured runs use them (for the baselines and lawref alike)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall-clock and CPU (user + system) seconds of each command, *runs* times, interleaved,
    after one warm-up run each (which also fills lawref's catalog cache and writes bytecode)."""
    table = commands()
    env = environment()
    wall: dict[str, list[float]] = {label: [] for label in table}
    cpu: dict[str, list[float]] = {label: [] for label in table}
    for argv in table.values():
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    for _ in range(runs):
        for label, argv in table.items():
            before = os.times()
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
            wall[label].append(time.perf_counter() - start)
            after = os.times()
            cpu[label].append(
                (after.children_user - before.children_user)
                + (after.children_system - before.children_system)
            )
    return wall, cpu


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    timings, cpu_times = measure(args.runs)
    median = {label: statistics.median(values) for label, values in timings.items()}
    cpu = {label: statistics.median(values) for label, values in cpu_times.items()}
    header = f"{'command':<32} {'median ms':>10} {'best ms':>9} {'median CPU ms':>14}"
    print(f"{header}   ({args.runs} runs)")
    for label, values in timings.items():
        print(
            f"{label:<32} {median[label] * 1000:>10.1f} {min(values) * 1000:>9.1f}"
            f" {cpu[label] * 1000:>14.1f}"
        )
    best = {label: min(values) for label, values in timings.items()}
    show_label, pydantic_label = "lawref show it-act-2000/s67B", "import pydantic.BaseModel"
    help_label, bare_label = "lawref --help", "python -c pass"
    print()
    print(f"{'ratio':<32} {'best':>6} {'median':>7} {'median CPU':>11}  target")
    for label, numerator, denominator, target in (
        ("lawref show / pydantic import", show_label, pydantic_label, 1.5),
        ("lawref --help / bare python", help_label, bare_label, 3.0),
    ):
        print(
            f"{label:<32} {best[numerator] / best[denominator]:>5.2f}x"
            f" {median[numerator] / median[denominator]:>6.2f}x"
            f" {cpu[numerator] / cpu[denominator]:>10.2f}x  <= {target}x"
        )
    own = best[show_label] - best[pydantic_label]
    pyd = best[pydantic_label] - best[bare_label]
    print()
    print(f"lawref's own work in show (best)  : {own * 1000:.0f} ms")
    print(f"pydantic's own import (best)      : {pyd * 1000:.0f} ms")


if __name__ == "__main__":
    main()
