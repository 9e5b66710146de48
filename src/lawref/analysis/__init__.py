"""Reading reports: the models of an analysis (:mod:`~lawref.analysis.models`), the reader
(:mod:`~lawref.analysis.reader`) and its measurement (:mod:`~lawref.analysis.evaluation`).

``lawref.analysis.Analyzer`` and ``lawref.analysis.analyze`` (the module's names before 0.2)
still work for one release."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.analysis.reader import Analyzer, analyze

__all__ = ["Analyzer", "analyze"]


def __getattr__(name: str) -> object:
    """The reader's names, imported on first use (PEP 562)."""
    if name in __all__:
        from lawref.analysis import reader

        return getattr(reader, name)
    raise AttributeError(f"module 'lawref.analysis' has no attribute {name!r}")
