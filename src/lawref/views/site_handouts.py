"""The handouts a reader of the site downloads: one per conduct and the booklet of all of them, as
PDF and as DOCX, built with the site from the same data, as in force on the data's review date.

Building a PDF and a DOCX for every conduct takes a few seconds, so a file is rebuilt only when
the handout's content changed: each file's content key (the SHA-256 of the handout's Markdown,
which holds every word of it, with the format and lawref's version) is kept beside the files in
``.keys.json``, and a file whose key is unchanged is left as it is. The files are written
atomically; the page links them with MyST's ``download`` role, which copies them into the built
site."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from lawref._version import __version__
from lawref.atomic import write_bytes_atomic
from lawref.statutes.phrases import format_date
from lawref.views.handout.build import build
from lawref.views.handout.formats import write
from lawref.views.handout.markdown import escape_markdown as md

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.catalog import Catalog

FOLDER = "handouts"
"""The folder, beside the page, that holds the files."""
FORMATS = (("pdf", "PDF"), ("docx", "Word (DOCX)"))
"""The formats offered, with the words the page shows for each."""
BOOKLET = "all-conducts"
"""The file name (without extension) of the booklet of every conduct."""


def _key(markdown: str, format: str) -> str:
    text = f"{__version__}\n{format}\n{markdown}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_keys(path: Path) -> dict[str, object]:
    """The keys a build left in *path* (``.keys.json``: file name → the key of what it was made
    from), or none when the file is missing, unreadable or not a table: then every file is made
    again, which is slower but never wrong."""
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return keys if isinstance(keys, dict) else {}


def write_handouts(catalog: Catalog, folder: Path) -> list[tuple[str, str]]:
    """Write every downloadable handout into *folder* (created if need be), rebuilding only those
    whose content changed, remove files of conducts the data no longer has, and return
    ``(name, label)`` for each handout, in the order the page lists them."""
    folder.mkdir(parents=True, exist_ok=True)
    keys_file = folder / ".keys.json"
    old_keys = read_keys(keys_file)
    day = catalog.reviewed_on
    wanted: list[tuple[str, str, list[str], bool]] = [
        (conduct.id, conduct.label, [conduct.id], False) for conduct in catalog.conducts
    ]
    wanted.append((BOOKLET, "Every conduct (a booklet with contents)", [], True))
    keys: dict[str, str] = {}
    for name, _, conducts, everything in wanted:
        # built once and written in each format (``make`` would build it again for each)
        document = build(catalog, conducts, day, everything=everything)
        markdown = write(document, "md")
        assert isinstance(markdown, str)
        for format, _ in FORMATS:
            file = f"{name}.{format}"
            key = _key(markdown, format)
            keys[file] = key
            if old_keys.get(file) == key and (folder / file).is_file():
                continue
            data = write(document, format)
            assert isinstance(data, bytes)
            write_bytes_atomic(folder / file, data)
    for stale in folder.iterdir():
        if stale.is_file() and stale.name != keys_file.name and stale.name not in keys:
            stale.unlink()
    write_bytes_atomic(keys_file, (json.dumps(keys, indent=1, sort_keys=True) + "\n").encode())
    return [(name, label) for name, label, _, _ in wanted]


def handouts_page(catalog: Catalog, handouts: list[tuple[str, str]]) -> list[str]:
    """The page that offers the handouts, as MyST lines (labels escaped; names are conduct ids,
    which the data's grammar keeps to lower-case letters, digits and ``_``)."""
    reviewed = md(format_date(catalog.reviewed_on))
    lines = [
        "# Handouts to download",
        "",
        "Printable handouts for trainers, built with this site from the same data: the law as "
        f"in force on {reviewed}, the date the data was last reviewed. Page one of each "
        "summarises the sections, punishments, classification and what changed and when; at "
        "most three pages per conduct follow. The Word version is for adapting to a course.",
        "",
        "For another date of the conduct, or every word lawref holds, make one with the command "
        "line: `lawref handout storing --as-of 2019-10-13 --detail full -o storing.pdf`.",
        "",
        "| Conduct | " + " | ".join(label for _, label in FORMATS) + " |",
        "|---|" + "---|" * len(FORMATS),
    ]
    for name, label in handouts:
        links = " | ".join(
            f"{{download}}`{words} <{FOLDER}/{name}.{format}>`" for format, words in FORMATS
        )
        lines.append(f"| {md(label)} | {links} |")
    return lines
