"""Sphinx configuration for the lawref documentation site (built offline, warnings are errors)."""

from __future__ import annotations

import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from docutils.nodes import Element, bullet_list
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
html_static_path = ["_static"]
# the lookup page and the penalties page's date picker (answers embedded at build time)
html_css_files = ["lawref-site.css"]
html_js_files = [("lawref-site.js", {"defer": "defer"})]
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
        r"(LoadedData|StatuteBook|Commentary|Lexicon|Analyzer|Resolver|Document|HandoutError|Detail"
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
    for module_name in (
        "statutes.models",
        "conduct.models",
        "cases.models",
        "analysis.models",
        "statistics.models",
        "statistics.book",
        "standards.models",
    ):
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


_TITLE_TOCS: dict[str, Any] = {}


def _title_tocs(env: BuildEnvironment) -> dict[str, bullet_list]:
    """Each page's table of contents cut as Sphinx cuts it for a ``titles_only`` toctree: its
    title and the toctrees inside it, without its sections. Made once per build (the tables do
    not change while pages are written)."""
    from docutils import nodes
    from sphinx import addnodes

    if _TITLE_TOCS.get("from") is not env.tocs:
        cut = {}
        for docname, toc in env.tocs.items():
            copy = toc.deepcopy()
            for top in copy.children:
                if isinstance(top, nodes.Element) and len(top) > 1:
                    if subtrees := list(top.findall(addnodes.toctree)):
                        top[1][:] = subtrees
                    else:
                        top.pop(1)
            cut[docname] = copy
        _TITLE_TOCS.update({"from": env.tocs, "cut": cut})
    tocs: dict[str, bullet_list] = _TITLE_TOCS["cut"]
    return tocs


def _quick_navigation(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Furo draws the whole navigation into every page with ``toctree(titles_only=True)``, and
    Sphinx copies each page's full table of contents (every heading, every documented object)
    before it drops all but the titles: the API page's 250 entries were copied for each of the
    211 pages. The navigation is given the tables already cut, so it is built from titles
    alone; the HTML is byte for byte the same (issue #15, docs/performance.md)."""
    toctree = context.get("toctree")
    if toctree is None:
        return

    def navigation(**options: Any) -> str:
        if not options.get("titles_only"):
            return str(toctree(**options))
        env = app.env
        full = env.tocs
        env.tocs = _title_tocs(env)
        try:
            return str(toctree(**options))
        finally:
            env.tocs = full

    context["toctree"] = navigation


def setup(app: Sphinx) -> None:
    """Connect the resolver of bare model names and, before the theme's handler, the quick
    navigation."""
    app.connect("missing-reference", _resolve_bare_model_names)
    app.connect("html-page-context", _quick_navigation, priority=400)


autodoc_member_order = "bysource"
# the reference's command-line page is read from the program's own parser, every command built
lawref_cli_parser = build_parser
