"""Issue #12: the modules that moved into layered subpackages keep their old import paths for
one release, each with a DeprecationWarning naming the new place."""

from __future__ import annotations

import importlib
import sys

import pytest

from lawref._moved import MOVED


@pytest.mark.parametrize("old", sorted(MOVED))
def test_an_old_path_still_imports_and_warns(old: str) -> None:
    sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match="moved to"):
        module = importlib.import_module(old)
    for target in MOVED[old]:
        new = importlib.import_module(target)
        public = [name for name in vars(new) if not name.startswith("_")]
        assert all(hasattr(module, name) for name in public)


def test_the_split_penalties_module_offers_both_halves() -> None:
    sys.modules.pop("lawref.penalties", None)
    with pytest.warns(DeprecationWarning, match="lawref.statutes.derive"):
        module = importlib.import_module("lawref.penalties")
    assert callable(module.derive)
    assert callable(module.format_penalty)
