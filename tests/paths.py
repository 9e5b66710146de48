"""Where the tests find the checkout's files, wherever in ``tests/`` they stand."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
PACKAGE = ROOT / "src" / "lawref"
DOCS = ROOT / "docs"
README = ROOT / "README.md"
FIXTURES = TESTS / "fixtures" / "broken"
LABELS = TESTS / "labels" / "seeds.toml"
CORPUS = TESTS / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"
