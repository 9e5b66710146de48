"""Sphinx configuration for the lawref documentation site (built offline, warnings are errors)."""

from __future__ import annotations

import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from lawref.cli import build_parser  # noqa: E402  (after the path above)

project = "lawref"
author = "The lawref developers"
copyright = "2026, The lawref developers"
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinxcontrib.autodoc_pydantic",
    "lawref.sphinxext",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "images/*.md"]
html_theme = "furo"
html_title = "lawref"
html_static_path: list[str] = []
nitpick_ignore = [("py:class", "pydantic.main.BaseModel")]
nitpick_ignore_regex = [
    # standard-library and typing names autodoc cannot resolve without intersphinx (offline build)
    (
        "py:class",
        r"(datetime\.date|dt\.date|Traversable|os\.PathLike.*|Literal.*|Sequence.*"
        r"|collections\.abc\.(Callable|Mapping)|AbstractContextManager|IO|typing\.IO"
        r"|pydantic\.functional_validators\.AfterValidator|(func=~?)?lawref\.statutes\.models\._a_key)",
    ),
    # internal helpers that the public API mentions but does not expose
    (
        "py:class",
        r"(LoadedData|StatuteBook|Commentary|Lexicon|Analyzer|Resolver|Document|HandoutError"
        r"|lawref\.conduct\.lexicon\.Lexicon|lawref\.views\.handout\.build\.Document"
        r"|lawref\.models\.(Frozen|ActRecord))",
    ),
    ("py:(func|mod)", r"lawref\.(lookup_conduct\.lookup|analysis\.analyze|cache)"),
    # the error classes are documented under lawref.errors and re-exported as lawref.<Name>
    (
        "py:class",
        r"lawref\.(DataError|UnknownActError|UnknownProvisionError|UnknownConductError|UnknownCaseError|InvalidDateError|DerivationError|LawrefError)",
    ),
]
autodoc_pydantic_model_show_json = False
autodoc_pydantic_model_show_config_summary = False
autodoc_pydantic_model_show_validator_summary = False
autodoc_pydantic_model_show_validator_members = False
autodoc_pydantic_field_list_validators = False
autodoc_typehints = "description"


def _model_names() -> dict[str, str]:
    """Every model class by its bare name → its full name."""
    import importlib

    names = {}
    for module_name in ("statutes.models", "conduct.models", "cases.models", "analysis.models"):
        module = importlib.import_module(f"lawref.{module_name}")
        for name, value in vars(module).items():
            if isinstance(value, type) and value.__module__ == module.__name__:
                names[name] = f"{module.__name__}.{name}"
    return names


_MODELS = _model_names()


def _resolve_bare_model_names(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: Element
) -> Element | None:
    """Modules that name a model only for type checking (so that ``lawref show`` need not define
    it) leave autodoc a bare name such as ``Conduct``: resolve it to the documented model."""
    full = _MODELS.get(node.get("reftarget", ""))
    if node.get("refdomain") != "py" or full is None:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], full, node, contnode
    )


def setup(app: Sphinx) -> None:
    """Connect the resolver of bare model names."""
    app.connect("missing-reference", _resolve_bare_model_names)


autodoc_member_order = "bysource"
# the reference's command-line page is read from the program's own parser, every command built
lawref_cli_parser = build_parser
