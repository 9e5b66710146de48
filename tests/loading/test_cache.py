"""The catalog cache only ever saves time: same answers, rebuilt when anything it depends on
changes, ignored when damaged or unwritable."""

from __future__ import annotations

import os
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


# --- a cache another user could write is never unpickled (issue #14) -------------------------
#
# Threat: someone who can write to the cache folder (a shared LAWREF_CACHE_DIR, a folder made
# under a loose umask) plants a pickle at the name any user can compute. Guarantee: a cache
# file is unpickled only when the folder and the file are the user's own and writable by no one
# else, the file is not a link, and its SHA-256 header matches; otherwise it is a miss.


class _Planted:
    """Unpickling this creates the file *marker*: the proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def _plant(path: Path, marker: Path) -> None:
    import hashlib
    import pickle

    payload = pickle.dumps(_Planted(marker))
    path.write_bytes(cache._MAGIC + hashlib.sha256(payload).digest() + payload)


def _planted_at_the_key(data_copy: Path, cache_dir: Path, marker: Path, mode: int = 0o600) -> Path:
    """A plant that would create *marker* if unpickled, at the name the cache would read."""
    planted = cache_dir / f"catalog-{_key(data_copy)}.pickle"
    _plant(planted, marker)
    planted.chmod(mode)
    return planted


def _key(data_copy: Path) -> str:
    from lawref.loading.datapath import as_traversable

    root = as_traversable(data_copy)
    return cache.fingerprint(root, str(root))


def test_the_cache_folder_is_created_private(data_copy: Path, cache_dir: Path) -> None:
    Catalog.load(data_copy)
    assert cache_dir.stat().st_mode & 0o777 == 0o700
    (entry,) = cache_dir.glob("catalog-*.pickle")
    assert entry.stat().st_mode & 0o777 == 0o600


def test_a_planted_file_others_can_write_is_not_unpickled(
    data_copy: Path, cache_dir: Path, tmp_path: Path
) -> None:
    cache_dir.mkdir(mode=0o700)
    marker = tmp_path / "code-ran"
    _planted_at_the_key(data_copy, cache_dir, marker, 0o666)
    assert Catalog.load(data_copy).provisions
    assert not marker.exists()


def test_a_folder_others_can_write_is_not_used_and_says_why(
    data_copy: Path, cache_dir: Path, tmp_path: Path
) -> None:
    cache_dir.mkdir()
    cache_dir.chmod(0o777)
    marker = tmp_path / "code-ran"
    _planted_at_the_key(data_copy, cache_dir, marker)
    with pytest.warns(cache.CacheWarning, match="no one else can write"):
        assert Catalog.load(data_copy).provisions
    assert not marker.exists()


def test_a_link_at_the_cache_name_is_not_followed(
    data_copy: Path, cache_dir: Path, tmp_path: Path
) -> None:
    cache_dir.mkdir(mode=0o700)
    marker = tmp_path / "code-ran"
    elsewhere = tmp_path / "elsewhere.pickle"
    _plant(elsewhere, marker)
    elsewhere.chmod(0o600)
    (cache_dir / f"catalog-{_key(data_copy)}.pickle").symlink_to(elsewhere)
    assert Catalog.load(data_copy).provisions
    assert not marker.exists()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
def test_a_file_of_another_user_is_not_unpickled(
    data_copy: Path, cache_dir: Path, tmp_path: Path
) -> None:
    cache_dir.mkdir(mode=0o700)
    marker = tmp_path / "code-ran"
    os.chown(_planted_at_the_key(data_copy, cache_dir, marker), 65534, 65534)
    assert Catalog.load(data_copy).provisions
    assert not marker.exists()


def test_two_changed_bytes_are_a_miss_and_the_cache_is_rebuilt(
    data_copy: Path, cache_dir: Path
) -> None:
    fresh = Catalog.load(data_copy, cache=False)
    Catalog.load(data_copy)
    (entry,) = cache_dir.glob("catalog-*.pickle")
    blob = bytearray(entry.read_bytes())
    middle = len(blob) // 2
    blob[middle] ^= 0x01
    blob[middle + 7] ^= 0x10
    entry.write_bytes(bytes(blob))
    assert cache.load(_key(data_copy)) is None
    assert _snapshot(Catalog.load(data_copy)) == _snapshot(fresh)
    assert cache.load(_key(data_copy)) is not None


def test_pruning_removes_only_what_the_cache_wrote(data_copy: Path, cache_dir: Path) -> None:
    Catalog.load(data_copy)
    foreign = [cache_dir / "catalog-notes.pickle", cache_dir / "catalog-mine.txt"]
    for path in foreign:
        path.write_text("keep me", encoding="utf-8")
    stale = cache_dir / f".catalog-{'0' * 64}.pickle.abc123.tmp"
    fresh = cache_dir / f".catalog-{'1' * 64}.pickle.def456.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"half a write")
    os.utime(stale, (0, 0))
    cache._prune(cache_dir)
    assert all(path.exists() for path in foreign)
    assert fresh.exists()
    assert not stale.exists()
    assert len(list(cache_dir.glob("catalog-*.pickle"))) == 2


def test_a_data_folder_with_a_link_cycle_is_not_cached(data_copy: Path, cache_dir: Path) -> None:
    (data_copy / "statutes" / "loop").symlink_to(data_copy / "statutes")
    with pytest.raises(OSError, match="not a regular file"):
        _key(data_copy)


def test_control_the_same_file_private_and_the_users_own_is_unpickled(
    data_copy: Path, cache_dir: Path, tmp_path: Path
) -> None:
    # Shows that the refusals above come from the checks, not from a malformed plant.
    cache_dir.mkdir(mode=0o700)
    marker = tmp_path / "code-ran"
    _planted_at_the_key(data_copy, cache_dir, marker)
    assert Catalog.load(data_copy).provisions
    assert marker.exists()


def test_a_folder_others_can_write_is_warned_about_once(data_copy: Path, cache_dir: Path) -> None:
    import warnings

    cache_dir.mkdir()
    cache_dir.chmod(0o777)
    cache._WARNED.discard(str(cache_dir))
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        Catalog.load(data_copy)
    assert sum(issubclass(w.category, cache.CacheWarning) for w in seen) == 1


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
def test_another_users_link_to_a_private_folder_is_not_followed(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    marker = tmp_path / "code-ran"
    _planted_at_the_key(data_copy, private, marker)
    link = tmp_path / "link"
    link.symlink_to(private)
    os.chown(link, 65534, 65534, follow_symlinks=False)
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(link))
    cache._WARNED.discard(str(link))
    with pytest.warns(cache.CacheWarning):
        assert Catalog.load(data_copy).provisions
    assert not marker.exists()
