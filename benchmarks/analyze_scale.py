"""Reading at scale: ``lawref analyze --jsonl`` on a large JSON Lines stream, with one worker and
with ``--jobs N``, and the peak memory of the command and of its workers.

Run: ``uv run python benchmarks/analyze_scale.py [--megabytes 20] [--jobs 2] [--single 100]``.

The stream is the seed reports repeated, one per line, to about N MB. Each run is a separate
``lawref`` process writing to a file; its wall time, the parent's peak resident memory and the
largest worker's are printed, and the outputs are checked to be byte-identical. Targets (issue
#13): ``--jobs 2`` near 2x on two cores; peak memory for a 100 MB input under 300 MB (the
parent's peak plus ``jobs`` times the largest worker's, an upper bound).

With ``--single M`` it also reads one text of M MB (the seed reports repeated, and a text of one
word repeated, which gives a mention every few bytes) with ``lawref analyze FILE --json``, and
prints the time and peak memory of each: a single text is read in stretches, not held.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import lawref

PROBE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:])
me = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(me, file=sys.stderr)
sys.exit(done.returncode)
"""


def build(path: Path, megabytes: float) -> int:
    """Write the stream; return the number of reports."""
    texts = [a.text for a in lawref.default_catalog().articles]
    target = int(megabytes * 1_000_000)
    size = count = 0
    with path.open("w", encoding="utf-8") as stream:
        while size < target:
            line = json.dumps({"id": str(count), "text": texts[count % len(texts)]}) + "\n"
            stream.write(line)
            size += len(line.encode("utf-8"))
            count += 1
    return count


def run(source: Path, output: Path, jobs: int) -> tuple[float, int]:
    """Wall seconds and the peak resident memory in MB of the largest process of one run."""
    command = [
        sys.executable,
        "-c",
        PROBE,
        sys.executable,
        "-m",
        "lawref",
        "analyze",
        "--jsonl",
        "--jobs",
        str(jobs),
        "--as-of",
        "2021-01-01",
        str(source),
        "-o",
        str(output),
    ]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return seconds, peak_kb // 1024


def single(folder: Path, megabytes: float) -> None:
    """Time and peak memory of ``lawref analyze FILE --json`` on one long text, two kinds."""
    sys.path.insert(0, str(Path(__file__).parent))
    from analyze_speed import build_text

    word = "He circulated the videos.\n" * 40 + "\n"
    texts = {
        "seed reports repeated": build_text(megabytes),
        "one sentence repeated": word * max(1, int(megabytes * 1_000_000 / len(word))),
    }
    for kind, text in texts.items():
        path = folder / "single.txt"
        path.write_text(text, encoding="utf-8")
        del text
        command = [sys.executable, "-c", PROBE, sys.executable, "-m", "lawref", "analyze"]
        command += [str(path), "--json", "-o", str(folder / "single.json")]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - start
        peak = int(done.stderr.strip().splitlines()[-1]) // 1024
        answer = json.loads((folder / "single.json").read_text(encoding="utf-8"))
        listed = len(answer["mentions"])
        print(
            f"single text, {kind}: {path.stat().st_size / 1e6:.1f} MB in {seconds:.1f} s, "
            f"peak {peak} MB; mentions listed {listed:,}, not listed "
            f"{answer['mentions_not_listed']:,}"
        )
    texts.clear()


def main() -> None:
    """Time one worker against ``--jobs``, print peaks, check the outputs agree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--single", type=float, default=0.0, metavar="M")
    args = parser.parse_args()
    if args.single:
        with tempfile.TemporaryDirectory() as folder:
            single(Path(folder), args.single)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "reports.jsonl"
        count = build(source, args.megabytes)
        print(f"input: {source.stat().st_size / 1e6:.1f} MB, {count:,} reports")
        one, one_peak = run(source, Path(folder) / "one.jsonl", 1)
        many, many_peak = run(source, Path(folder) / "many.jsonl", args.jobs)
        same = (Path(folder) / "one.jsonl").read_bytes() == (
            Path(folder) / "many.jsonl"
        ).read_bytes()
        print(f"--jobs 1: {one:.1f} s ({args.megabytes / one:.2f} MB/s), peak {one_peak} MB")
        print(
            f"--jobs {args.jobs}: {many:.1f} s ({args.megabytes / many:.2f} MB/s), "
            f"largest process {many_peak} MB, upper bound for all "
            f"{many_peak * (args.jobs + 1)} MB"
        )
        print(f"speed-up: {one / many:.2f}x (target near {args.jobs}x on {args.jobs} cores)")
        print(f"outputs identical: {same}")


if __name__ == "__main__":
    main()
