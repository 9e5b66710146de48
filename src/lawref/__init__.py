"""lawref: a typed, offline reference of Indian law on online child sexual abuse material.

The module-level functions answer from the default catalog, the data shipped with lawref, loaded
once on first use (thread-safe). Load another data folder with :meth:`lawref.catalog.Catalog.load`.

>>> import datetime as dt, lawref
>>> lawref.at("67B IT Act", dt.date(2019, 10, 13)).status
'in_force'
"""

from __future__ import annotations

import _thread

from lawref import _moved
from lawref._version import __version__
from lawref.errors import (
    AmbiguousConductError,
    DataError,
    DerivationError,
    InvalidDateError,
    LawrefError,
    Problem,
    UnknownActError,
    UnknownConductError,
    UnknownProvisionError,
)

# ``typing`` costs ``lawref --help`` several milliseconds; type checkers treat this name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from typing import Any, Literal

    from lawref.analysis.models import Analysis
    from lawref.catalog import Catalog
    from lawref.conduct.models import Conduct, Judgment, LookupResult, Term
    from lawref.statutes.models import (
        Act,
        DerivedPenaltyResult,
        Penalty,
        PenaltyTier,
        Provision,
        ProvisionAt,
        ProvisionVersion,
        TimelineEntry,
    )

__all__ = [
    "Act",
    "AmbiguousConductError",
    "Analysis",
    "Catalog",
    "Conduct",
    "DataError",
    "DerivationError",
    "DerivedPenaltyResult",
    "InvalidDateError",
    "Judgment",
    "LawrefError",
    "LookupResult",
    "Penalty",
    "PenaltyTier",
    "Problem",
    "Provision",
    "ProvisionAt",
    "ProvisionVersion",
    "Term",
    "TimelineEntry",
    "UnknownActError",
    "UnknownConductError",
    "UnknownProvisionError",
    "__version__",
    "analyze",
    "at",
    "default_catalog",
    "derived_penalty",
    "format_penalty",
    "handout",
    "lookup",
    "provision",
    "timeline",
]

_moved.install()  # old import paths keep working for one release (issue #12)

_lock = _thread.allocate_lock()
_default: Catalog | None = None


def default_catalog() -> Catalog:
    """The catalog of the data shipped with lawref, loaded on first use (once, under a lock)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                from lawref.catalog import Catalog
                from lawref.loading.datapath import data_root

                _default = Catalog.load(data_root())
    return _default


def provision(ref: str) -> Provision:
    """The provision named by id or reference ("it-act-2000/s67B", "67B IT Act")."""
    return default_catalog().provision(ref)


def at(ref: str, as_of: dt.date | None = None) -> ProvisionAt:
    """What provision *ref* said on *as_of*, the date of the conduct (default today)."""
    return default_catalog().at(ref, as_of)


def timeline(ref: str) -> tuple[TimelineEntry, ...]:
    """Every dated event in the life of provision *ref*."""
    return default_catalog().timeline(ref)


def derived_penalty(
    ref: str, underlying: str, as_of: dt.date | None = None
) -> DerivedPenaltyResult:
    """The punishment under *ref* (e.g. IPC s.201, IT Act s.84C) for offence *underlying*."""
    return default_catalog().derived_penalty(ref, underlying, as_of)


def analyze(text: str, as_of: dt.date | None = None) -> Analysis:
    """Read a report: its conduct and the laws it names, with spans, mapped to the law on
    *as_of* (given, else the date the text states, else today)."""
    return default_catalog().analyze(text, as_of)


def handout(
    conducts: list[str],
    as_of: dt.date | None = None,
    *,
    format: Literal["md", "html", "pdf", "docx", "typ"] = "md",
    title: str | None = None,
    everything: bool = False,
    detail: Literal["standard", "full"] = "standard",
) -> str | bytes:
    """A trainers' handout for *conducts* as in force on *as_of*: Markdown, HTML or Typst text,
    PDF bytes (the ``pdf`` extra) or DOCX bytes, a Word document to adapt (the ``docx``
    extra); *detail* ``full`` prints every word lawref holds."""
    from lawref.views.handout.formats import make

    return make(
        default_catalog(),
        conducts,
        as_of,
        format=format,
        title=title,
        everything=everything,
        detail=detail,
    )


def lookup(term: str, as_of: dt.date | None = None) -> LookupResult:
    """The law that reaches the conduct *term* names, on *as_of* (the date of the conduct)."""
    return default_catalog().lookup(term, as_of)


def format_penalty(penalty: Penalty) -> str:
    """A penalty in words, Indian style: "imprisonment … up to 5 years and fine up to ₹10 lakh"."""
    from lawref.statutes.phrases import format_penalty as _format

    return _format(penalty)


_LAZY = {
    "Catalog": "lawref.catalog",
    "Act": "lawref.statutes.models",
    "Analysis": "lawref.analysis.models",
    "Conduct": "lawref.conduct.models",
    "Judgment": "lawref.conduct.models",
    "LookupResult": "lawref.conduct.models",
    "Term": "lawref.conduct.models",
    "DerivedPenaltyResult": "lawref.statutes.models",
    "Penalty": "lawref.statutes.models",
    "PenaltyTier": "lawref.statutes.models",
    "Provision": "lawref.statutes.models",
    "ProvisionAt": "lawref.statutes.models",
    "ProvisionVersion": "lawref.statutes.models",
    "TimelineEntry": "lawref.statutes.models",
}


def __getattr__(name: str) -> Any:
    """Import the pydantic-backed names on first use, keeping ``import lawref`` light (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lawref' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
