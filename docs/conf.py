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
_NAVIGATION: dict[Any, str] = {}


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
        _TITLE_TOCS.update({"from": env.tocs, "cut": cut, "in_navigation": _in_navigation(env)})
    tocs: dict[str, bullet_list] = _TITLE_TOCS["cut"]
    return tocs


def _in_navigation(env: BuildEnvironment) -> set[str]:
    """Every page the navigation can show: the root page and every page its toctrees include,
    hidden or not, down to the last level. (A page's ancestors in the toctrees are then outside
    it too: a parent inside the navigation would bring its children in.)"""
    seen = {env.config.root_doc}
    todo = [env.config.root_doc]
    while todo:
        for child in env.toctree_includes.get(todo.pop(), ()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _navigation_key(app: Sphinx, pagename: str, options: dict[str, Any]) -> tuple[Any, ...] | None:
    """What the navigation's HTML depends on for a page the navigation does not show, or None
    for the pages it shows (drawn each time). Sphinx's tree for a page differs from another's in
    three ways only: the page's own entry and its ancestors' are marked ``current``, its
    ancestors' entries are copied whole, and each link is made relative to the page. A page
    outside the navigation (the generated provisions, cases and articles under "Every
    reference page") has no entry in it and neither have its ancestors, so its tree differs
    from another such page's only in the relative links, which depend on the folders of its
    address alone: pages in the same folder get the same HTML."""
    env = app.env
    if pagename not in env.all_docs:  # the index, the search page: not a document
        return None
    _title_tocs(env)
    if pagename in _TITLE_TOCS["in_navigation"]:
        return None
    folders = app.builder.get_target_uri(pagename).split("#")[0].split("/")[:-1]
    return (tuple(sorted(options.items())), tuple(folders))


def _quick_navigation(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Furo draws the whole navigation into every page with ``toctree(titles_only=True)``, and
    Sphinx copies each page's full table of contents (every heading, every documented object)
    before it drops all but the titles: the API page's 250 entries were copied for each of the
    211 pages. The navigation is given the tables already cut, so it is built from titles
    alone; and the pages outside the navigation (most of the site) share one drawing per folder
    (:func:`_navigation_key`). The HTML is byte for byte the same (issue #15,
    docs/performance.md)."""
    toctree = context.get("toctree")
    if toctree is None:
        return

    def navigation(**options: Any) -> str:
        if not options.get("titles_only"):
            return str(toctree(**options))
        key = _navigation_key(app, pagename, options)
        if key is not None and key in _NAVIGATION:
            return _NAVIGATION[key]
        env = app.env
        full = env.tocs
        env.tocs = _title_tocs(env)
        try:
            html = str(toctree(**options))
        finally:
            env.tocs = full
        if key is not None:
            _NAVIGATION[key] = html
        return html

    context["toctree"] = navigation


def _fresh_navigation(app: Sphinx, builder: object) -> None:
    """``write-started``: forget the cut tables and the drawn navigation of an earlier build in
    the same process (the pages may have changed since)."""
    _TITLE_TOCS.clear()
    _NAVIGATION.clear()


def _remembered_stems(app: Sphinx, doctree: object, docname: str) -> None:
    """``doctree-resolved`` (the search index exists by then): the search index stems every word
    of every page, remembering stems for one page only, so the same English words were stemmed
    again on each page (about 3 s of the build). The stemmer is a pure function of the word:
    remembering its answers for the whole build changes nothing in the index."""
    import functools

    indexer = getattr(app.builder, "indexer", None)
    lang = getattr(indexer, "lang", None)
    if lang is not None and not hasattr(lang.stem, "cache_info"):
        lang.stem = functools.cache(lang.stem)


def setup(app: Sphinx) -> None:
    """Connect the resolver of bare model names, the remembered stems of the search index and,
    before the theme's handler, the quick navigation (with its caches emptied when a build
    starts writing)."""
    app.connect("missing-reference", _resolve_bare_model_names)
    app.connect("doctree-resolved", _remembered_stems)
    app.connect("write-started", _fresh_navigation)
    app.connect("html-page-context", _quick_navigation, priority=400)


autodoc_member_order = "bysource"
# the reference's command-line page is read from the program's own parser, every command built
lawref_cli_parser = build_parser
