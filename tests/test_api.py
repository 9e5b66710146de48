"""The public Python API: names in __all__, lazy loading, thread safety, error types."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from pydantic import ValidationError

import lawref
from lawref.catalog import Catalog


def test_every_public_name_resolves() -> None:
    for name in lawref.__all__:
        assert getattr(lawref, name) is not None, name


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        lawref.nothing_here  # noqa: B018


def test_every_error_is_a_lawref_error() -> None:
    for name in (
        "DataError",
        "DerivationError",
        "InvalidDateError",
        "UnknownActError",
        "UnknownProvisionError",
    ):
        assert issubclass(getattr(lawref, name), lawref.LawrefError)
    assert issubclass(lawref.UnknownProvisionError, LookupError)


def test_default_catalog_loads_once_under_concurrency(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []
    real_load = Catalog.load

    def counting_load(path: object, **kwargs: bool) -> Catalog:
        loads.append(1)
        return real_load(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lawref, "_default", None)
    monkeypatch.setattr(Catalog, "load", staticmethod(counting_load))
    barrier = threading.Barrier(8)
    seen: list[Catalog] = []

    def worker() -> None:
        barrier.wait()
        seen.append(lawref.default_catalog())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert len({id(c) for c in seen}) == 1


def test_module_functions_answer_from_the_default_catalog() -> None:
    assert lawref.provision("67B IT Act").id == "it-act-2000/s67B"
    assert lawref.at("67B IT Act", dt.date(2019, 10, 13)).status == "in_force"
    assert lawref.timeline("it-act-2000/s67")[0].date == dt.date(2000, 10, 17)
    result = lawref.derived_penalty("84C IT Act", "67B IT Act", dt.date(2019, 10, 13))
    assert result.penalty.first.imprisonment is not None
    assert result.penalty.first.imprisonment.max_months == 30
    assert "IT Act s.84C applied to IT Act s.67B" in result.explanation


def test_models_are_frozen() -> None:
    provision = lawref.provision("67B IT Act")
    with pytest.raises(ValidationError, match="frozen"):
        provision.heading = "changed"  # type: ignore[misc]
