"""Reading reports: the models of an analysis (:mod:`~lawref.analysis.models`), the reader
(:mod:`~lawref.analysis.reader`) and its measurement (:mod:`~lawref.analysis.evaluation`).

``lawref.analysis.Analyzer`` and ``lawref.analysis.analyze`` (the module's names before 0.2)
still work for one release."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.analysis.reader import Analyzer
    from lawref.analysis.reading import analyze

__all__ = ["Analyzer", "analyze"]


def __getattr__(name: str) -> object:
    """The reader's names, imported on first use (PEP 562)."""
    if name == "Analyzer":
        from lawref.analysis.reader import Analyzer

        return Analyzer
    if name == "analyze":
        from lawref.analysis.reading import analyze

        return analyze
    raise AttributeError(f"module 'lawref.analysis' has no attribute {name!r}")
