"""Shared fixtures: the shipped catalog, and a writable copy of the data for breaking."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import lawref
from lawref.catalog import Catalog
from lawref.loading.datapath import checkout_data


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The catalog of the data in this checkout."""
    return lawref.default_catalog()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the checkout's data folder that a test may edit."""
    target = tmp_path / "data"
    shutil.copytree(checkout_data(), target)
    return target


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests answer as of a fixed "today", so that they do not change with the calendar."""
    monkeypatch.setenv("LAWREF_TODAY", "2026-11-23")


def pytest_configure(config: pytest.Config) -> None:
    """Keep the catalog cache of a test run out of the user's own cache folder."""
    import os
    import tempfile

    os.environ.setdefault("LAWREF_CACHE_DIR", tempfile.mkdtemp(prefix="lawref-test-cache-"))
