"""Sphinx configuration for the lawref documentation site (built offline, warnings are errors)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

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
    ("py:class", r"(datetime\.date|dt\.date|Traversable|os\.PathLike.*|Literal.*|Sequence.*)"),
    # internal helpers that the public API mentions but does not expose
    ("py:class", r"(LoadedData|Lexicon|Analyzer|Resolver|lawref\.models\.(Frozen|ActRecord))"),
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
autodoc_member_order = "bysource"
