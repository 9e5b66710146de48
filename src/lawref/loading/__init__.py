"""Loading a data folder: the file models (:mod:`~lawref.loading.schema`), the folder's reading
and checking (:mod:`~lawref.loading.folder`, with :mod:`~lawref.loading.conduct`,
:mod:`~lawref.loading.cases` and :mod:`~lawref.loading.procedure`), where the data is
(:mod:`~lawref.loading.datapath`), the checked result (:mod:`~lawref.loading.loaded`) and its
cache (:mod:`~lawref.loading.cache`).

The folder reader's names (``lawref.loading.load_data``, ``validation_problems``,
``format_key_path``: the module's names before 0.2) still work for one release; they are imported
on first use, so that a warm ``lawref show`` never imports the loader."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.loading.folder import load_data
    from lawref.loading.problems import format_key_path, validation_problems

__all__ = ["format_key_path", "load_data", "validation_problems"]


def __getattr__(name: str) -> object:
    """The folder reader's names, imported on first use (PEP 562)."""
    if name == "load_data":
        from lawref.loading.folder import load_data

        return load_data
    if name in __all__:
        from lawref.loading import problems

        return getattr(problems, name)
    raise AttributeError(f"module 'lawref.loading' has no attribute {name!r}")
