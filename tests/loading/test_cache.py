"""The catalog cache only ever saves time: same answers, rebuilt when anything it depends on
changes, ignored when damaged or unwritable."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.errors import DataError
from lawref.loading import cache


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(folder))
    return folder


def _snapshot(catalog: Catalog) -> list[object]:
    return [p.model_dump() for p in catalog.provisions]


def test_cached_catalog_equals_a_fresh_one(data_copy: Path, cache_dir: Path) -> None:
    fresh = Catalog.load(data_copy, cache=False)
    first = Catalog.load(data_copy)
    assert len(list(cache_dir.glob("catalog-*.pickle"))) == 1
    second = Catalog.load(data_copy)
    assert _snapshot(first) == _snapshot(second) == _snapshot(fresh)
    assert second.reviewed_on == fresh.reviewed_on


def test_editing_a_data_file_invalidates_the_cache(data_copy: Path, cache_dir: Path) -> None:
    before = Catalog.load(data_copy)
    catalog_file = data_copy / "catalog.toml"
    catalog_file.write_text("reviewed_on = 2026-11-01\n", encoding="utf-8")
    after = Catalog.load(data_copy)
    assert before.reviewed_on != after.reviewed_on
    assert str(after.reviewed_on) == "2026-11-01"


def test_adding_a_file_changes_the_key(data_copy: Path) -> None:
    key = cache.fingerprint(data_copy, "x")
    (data_copy / "statutes" / "notes.txt").write_text("x", encoding="utf-8")
    assert cache.fingerprint(data_copy, "x") != key


def test_a_broken_data_file_is_reported_even_with_a_warm_cache(
    data_copy: Path, cache_dir: Path
) -> None:
    Catalog.load(data_copy)
    (data_copy / "catalog.toml").write_text("reviewed_on = 'never'\n", encoding="utf-8")
    with pytest.raises(DataError, match="reviewed_on"):
        Catalog.load(data_copy)


def test_a_damaged_cache_file_is_a_miss(data_copy: Path, cache_dir: Path) -> None:
    Catalog.load(data_copy)
    (entry,) = cache_dir.glob("catalog-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert Catalog.load(data_copy).reviewed_on is not None


def test_cache_can_be_turned_off(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAWREF_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    Catalog.load(data_copy)
    assert not list(tmp_path.rglob("catalog-*.pickle"))


def test_an_unwritable_cache_folder_is_ignored(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(blocker / "cache"))
    assert Catalog.load(data_copy).provisions


def test_old_cache_files_are_pruned(data_copy: Path, cache_dir: Path) -> None:
    catalog_file = data_copy / "catalog.toml"
    for day in range(1, 12):
        catalog_file.write_text(f"reviewed_on = 2026-10-{day:02d}\n", encoding="utf-8")
        Catalog.load(data_copy)
    assert len(list(cache_dir.glob("catalog-*.pickle"))) == 8


def test_a_hit_unpickles_the_commentary_only_when_asked(data_copy: Path, cache_dir: Path) -> None:
    fresh = Catalog.load(data_copy, cache=False)
    Catalog.load(data_copy)
    hit = cache.load(cache.fingerprint(data_copy, str(data_copy)))
    assert hit is not None
    provisions = hit.statutes.provisions
    assert isinstance(provisions, cache.OnDemand)
    assert provisions.keys() == {p.id for p in fresh.provisions}
    assert not provisions._values  # nothing unpickled until read
    assert provisions["it-act-2000/s67B"] is provisions["it-act-2000/s67B"]
    assert provisions["it-act-2000/s67B"] == fresh.provision("it-act-2000/s67B")
    assert list(provisions._values) == ["it-act-2000/s67B"]
    commentary = hit.commentary()
    assert commentary is not None
    assert list(commentary.conduct) == [c.id for c in fresh.conducts]
    warm = Catalog.load(data_copy)
    assert [c.model_dump() for c in warm.conducts] == [c.model_dump() for c in fresh.conducts]
    assert [c.id for c in warm.cases()] == [c.id for c in fresh.cases()]


def test_a_damaged_commentary_is_read_again_from_the_data(data_copy: Path, cache_dir: Path) -> None:
    fresh = Catalog.load(data_copy, cache=False)
    Catalog.load(data_copy)
    (entry,) = cache_dir.glob("catalog-*.pickle")
    hit = cache.load(cache.fingerprint(data_copy, str(data_copy)))
    assert hit is not None
    statute_part = len(entry.read_bytes()) - len(hit._rest)
    entry.write_bytes(entry.read_bytes()[:statute_part] + b"not a pickle")
    damaged = Catalog.load(data_copy)
    assert damaged.provision("it-act-2000/s67B") == fresh.provision("it-act-2000/s67B")
    assert [c.id for c in damaged.conducts] == [c.id for c in fresh.conducts]


def test_editing_lawref_source_changes_the_key(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A source file counts by size and modification time, as Python judges its own .pyc."""
    import os
    import shutil

    code = tmp_path / "code"
    shutil.copytree(cache._CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_CODE", code)
    key = cache.fingerprint(data_copy, "x")
    source = code / "statutes" / "phrases.py"  # a module in a subpackage counts too (issue #12)
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    touched = cache.fingerprint(data_copy, "x")
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    grown = cache.fingerprint(data_copy, "x")
    assert len({key, touched, grown}) == 3


def test_threads_share_one_commentary(data_copy: Path, cache_dir: Path) -> None:
    """The commentary of a cache hit is unpickled once, whichever thread asks first."""
    from concurrent.futures import ThreadPoolExecutor

    Catalog.load(data_copy)
    warm = Catalog.load(data_copy)
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(lambda _: warm.conduct("storing"), range(32)))
    assert all(item is found[0] for item in found)
