"""Old import paths, kept working for one release after the package was layered (issue #12).

``import lawref.models`` (and every other module that moved into a subpackage) still works: a
finder on ``sys.meta_path`` answers the old name with the module at its new place, and warns
with a :class:`DeprecationWarning` naming it. CHANGELOG.md lists the moves.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import warnings
from types import ModuleType

MOVED: dict[str, tuple[str, ...]] = {
    "lawref.models": ("lawref.statutes.models",),
    "lawref.ids": ("lawref.statutes.ids",),
    "lawref.references": ("lawref.statutes.references",),
    "lawref.classify": ("lawref.statutes.classify",),
    "lawref.penalties": ("lawref.statutes.phrases", "lawref.statutes.derive"),
    "lawref.models_conduct": ("lawref.conduct.models",),
    "lawref.lexicon": ("lawref.conduct.lexicon",),
    "lawref.lookup_conduct": ("lawref.conduct.lookup",),
    "lawref.models_analysis": ("lawref.analysis.models",),
    "lawref.evaluation": ("lawref.analysis.evaluation",),
    "lawref.models_cases": ("lawref.cases.models",),
    "lawref.casebook": ("lawref.cases.casebook",),
    "lawref.schema": ("lawref.loading.schema",),
    "lawref.loaded": ("lawref.loading.loaded",),
    "lawref.datapath": ("lawref.loading.datapath",),
    "lawref.cache": ("lawref.loading.cache",),
    "lawref.reading": ("lawref.loading.review",),
    "lawref.loading_conduct": ("lawref.loading.conduct",),
    "lawref.loading_cases": ("lawref.loading.cases",),
    "lawref.loading_procedure": ("lawref.loading.procedure",),
    "lawref.render": ("lawref.views.text",),
    "lawref.export": ("lawref.views.json",),
    "lawref.handout_build": ("lawref.views.handout.build",),
    "lawref.handout_render": (
        "lawref.views.handout.common",
        "lawref.views.handout.markdown",
        "lawref.views.handout.html",
        "lawref.views.handout.typst",
    ),
}
"""Each old module name → the module(s) now holding its names (``lawref.penalties`` was split
into the wording of the law and the rules that derive one punishment from another)."""


class _Alias:
    """Loads an old name as the module(s) that replaced it (the loader protocol's two methods)."""

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        targets = MOVED[spec.name]
        warnings.warn(
            f"{spec.name} moved to {' and '.join(targets)}; the old name goes in the next release",
            DeprecationWarning,
            stacklevel=3,
        )
        modules = [importlib.import_module(target) for target in targets]
        if len(modules) == 1:
            return modules[0]
        merged = ModuleType(spec.name, modules[0].__doc__)
        for module in reversed(modules):
            merged.__dict__.update(
                {k: v for k, v in vars(module).items() if not k.startswith("__")}
            )
        return merged

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the module is the one that replaced the old name."""


class MovedModules:
    """Finds the old names of moved modules (see :data:`MOVED`). A plain class with the finder's
    one method: ``importlib.abc`` would cost ``lawref --help`` its import."""

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        """A spec for an old name, or ``None`` for every other module."""
        if fullname not in MOVED:
            return None
        # _Alias has the loader protocol's methods; typeshed wants the importlib.abc class.
        return importlib.machinery.ModuleSpec(fullname, _Alias())  # type: ignore[arg-type]


def install() -> None:
    """Put the finder on ``sys.meta_path`` once."""
    if not any(isinstance(finder, MovedModules) for finder in sys.meta_path):
        sys.meta_path.append(MovedModules())
