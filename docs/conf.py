"""Sphinx configuration for the lawref documentation site (built offline, warnings are errors)."""

from __future__ import annotations

import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
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
        _TITLE_TOCS.clear()  # and what was worked out from the old tables
        _NAVIGATION.clear()
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


_FURO_OPTIONS = {"collapse": False, "titles_only": True, "maxdepth": -1, "includehidden": True}
"""How furo asks for the navigation (``furo._compute_navigation_tree``)."""
_NEUTRAL_PAGE = "__lawref_no_page__"
"""The name of a page that no toctree lists, in any folder: its navigation has nothing current."""
_PENDING: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}
"""Pages whose navigation furo drew from the neutral HTML, for :func:`_current_navigation` to
mark: the page's own ``toctree`` and the options furo asked with."""


def _folder(app: Sphinx, pagename: str) -> tuple[str, ...] | None:
    """The folders of *pagename*'s address, which its navigation's relative links depend on;
    None when the drawing may not be shared (a builder other than ``html``, whose addresses
    are not one file per page, or Sphinx's tables hold what a page's own copy would keep:
    ``only`` directives or a ``tocdepth``)."""
    from sphinx import addnodes

    env = app.env
    if app.builder.name != "html" or pagename not in env.all_docs:
        return None  # the index, the search page: not a document
    tocs = _title_tocs(env)
    if "shareable" not in _TITLE_TOCS:
        _TITLE_TOCS["shareable"] = _NEUTRAL_PAGE not in env.all_docs and not any(
            "tocdepth" in env.metadata.get(name, {}) or any(toc.findall(addnodes.only))
            for name, toc in tocs.items()
        )
    if not _TITLE_TOCS["shareable"]:
        return None
    return tuple(app.builder.get_target_uri(pagename).split("/")[:-1])


def _neutral_navigation(app: Sphinx, pagename: str, options: dict[str, Any]) -> str | None:
    """The navigation's HTML, as Sphinx draws it, for a page in *pagename*'s folder that the
    navigation does not show; None when it may not be shared (:func:`_folder`). Sphinx's tree
    for a page differs from another's in three ways only: the page's own entry and its
    ancestors' are marked ``current``, its ancestors' entries are copied whole (the same
    entries, without ``only`` or ``tocdepth``), and each link is made relative to the page.
    For a page outside the navigation (the generated provisions, cases and articles under
    "Every reference page") nothing is current (its ancestors are outside it too: a parent
    inside the navigation would bring its children in), so it gets this HTML, drawn once per
    folder."""
    from sphinx.environment.adapters.toctree import global_toctree_for_doc

    folder = _folder(app, pagename)
    if folder is None:
        return None
    key = (tuple(sorted(options.items())), folder)
    if key not in _NAVIGATION:
        env = app.env
        builder: Any = app.builder
        neutral = "/".join([*pagename.split("/")[:-1], _NEUTRAL_PAGE])
        # the defaults Sphinx's own toctree() fills in
        asked = {"collapse": True, "includehidden": False, **options}
        if asked.get("maxdepth") == "":
            del asked["maxdepth"]
        full = env.tocs
        env.tocs = _title_tocs(env)
        try:
            tree = global_toctree_for_doc(env, neutral, builder, tags=builder.tags, **asked)
        finally:
            env.tocs = full
        _NAVIGATION[key] = builder.render_partial(tree)["fragment"]
    return _NAVIGATION[key]


def _mark_current(app: Sphinx, pagename: str, drawn: str) -> str | None:
    """Furo's navigation *drawn* for a page outside it, changed as furo and Sphinx change it for
    *pagename*, a page inside it: the page's link becomes ``#``; it, each list and item above
    it, get the class ``current``; the checkbox of each such item with children is checked; and
    the page's item gets ``current-page``. None when the page's link is not found exactly once
    or the HTML is not as expected (the caller then draws the page as the theme does)."""
    import html
    import re

    href = app.builder.get_relative_uri(
        "/".join([*pagename.split("/")[:-1], _NEUTRAL_PAGE]), pagename
    )
    if html.escape(href) != href:
        return None
    link = f'<a class="reference internal" href="{href}">'
    at = drawn.find(link)
    if at < 0 or drawn.find(link, at + 1) >= 0:
        return None
    open_tags: list[re.Match[str]] = []
    for tag in re.finditer(r"<(/?)(ul|li)\b[^>]*>", drawn[:at]):
        if not tag[1]:
            open_tags.append(tag)
        elif not open_tags or open_tags.pop()[2] != tag[2]:
            return None
    edits = [(at, at + len(link), '<a class="current reference internal" href="#">')]
    items = [tag for tag in open_tags if tag[2] == "li"]
    for tag in open_tags:
        if tag[2] == "ul":
            if tag[0] != "<ul>":
                return None
            edits.append((tag.start(), tag.end(), '<ul class="current">'))
            continue
        item = re.fullmatch(r'<li class="(toctree-l\d+)( has-children)?">', tag[0])
        if item is None:
            return None
        last = " current-page" if tag is items[-1] else ""
        edits.append(
            (tag.start(), tag.end(), f'<li class="{item[1]} current{item[2] or ""}{last}">')
        )
        if item[2]:  # its checkbox follows its link
            box = re.compile(r'(</a><input aria-label="[^"]*")( class="toctree-checkbox")')
            found = box.search(drawn, tag.end())
            if found is None or drawn.find("</a>", tag.end()) != found.start():
                return None
            edits.append((found.end(1), found.end(1), ' checked=""'))
    for start, end, text in sorted(edits, reverse=True):
        drawn = drawn[:start] + text + drawn[end:]
    return drawn


def _quick_navigation(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Furo draws the whole navigation into every page with ``toctree(titles_only=True)``, and
    Sphinx copies each page's full table of contents (every heading, every documented object)
    before it drops all but the titles: the API page's 250 entries were copied for each of the
    211 pages. The navigation is given the tables already cut, so it is built from titles
    alone; the pages outside the navigation (most of the site) share one drawing per folder
    (:func:`_neutral_navigation`); and the pages inside it are given that drawing too, which
    :func:`_current_navigation` marks for the page once furo has turned it into its own HTML
    (so neither Sphinx nor furo draws each page's tree anew). The HTML is byte for byte the
    same (issue #15, docs/performance.md)."""
    toctree = context.get("toctree")
    if toctree is None:
        return

    def navigation(**options: Any) -> str:
        if not options.get("titles_only"):
            return str(toctree(**options))
        neutral = _neutral_navigation(app, pagename, options)
        if neutral is not None and pagename not in _TITLE_TOCS["in_navigation"]:
            return neutral
        if neutral is not None and options == _FURO_OPTIONS and pagename not in _PENDING:
            _PENDING[pagename] = (toctree, options)
            return neutral
        return _draw(app, toctree, options)

    context["toctree"] = navigation


def _draw(app: Sphinx, toctree: Callable[..., Any], options: dict[str, Any]) -> str:
    """The page's navigation as Sphinx draws it, from the cut tables of contents."""
    env = app.env
    full = env.tocs
    env.tocs = _title_tocs(env)
    try:
        return str(toctree(**options))
    finally:
        env.tocs = full


def _current_navigation(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """After the theme's handler: the navigation furo drew from the neutral HTML, for a page
    inside the navigation, marked for that page (:func:`_mark_current`), or, should that fail,
    drawn for it as furo draws it."""
    pending = _PENDING.pop(pagename, None)
    if pending is None:
        return
    drawn = context.get("furo_navigation_tree")
    marked = _mark_current(app, pagename, drawn) if isinstance(drawn, str) else None
    if marked is None:
        from furo.navigation import get_navigation_tree

        marked = get_navigation_tree(_draw(app, *pending))
    context["furo_navigation_tree"] = marked


def _fresh_navigation(app: Sphinx, builder: object) -> None:
    """``write-started``: forget the cut tables and the drawn navigation of an earlier build in
    the same process (the pages may have changed since)."""
    _TITLE_TOCS.clear()
    _NAVIGATION.clear()
    _PENDING.clear()


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
    around the theme's handler, the quick navigation (with its caches emptied when a build
    starts writing)."""
    app.connect("missing-reference", _resolve_bare_model_names)
    app.connect("doctree-resolved", _remembered_stems)
    app.connect("write-started", _fresh_navigation)
    app.connect("html-page-context", _quick_navigation, priority=400)
    app.connect("html-page-context", _current_navigation, priority=600)


autodoc_member_order = "bysource"
# the reference's command-line page is read from the program's own parser, every command built
lawref_cli_parser = build_parser
