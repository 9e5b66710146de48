"""Turning what people type into a provision id.

Accepts exact ids (``it-act-2000/s67B``, any case) and the prose forms Indian lawyers and reporters
use: "67B IT Act", "Section 15(1) POCSO", "s. 67-B of the Information Technology Act, 2000",
"u/s 67 B IT Act", "IPC 292", "BNS 294(2)(a)", "rule 11 POCSO Rules". Act names come from each
Act's ``aliases`` in the data; only the grammar of references lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lawref.errors import UnknownProvisionError
from lawref.statutes.ids import ProvisionId

_NOISE = re.compile(
    r"\b(?:sections?|secs?|sub-?sections?|ss|s|u/s|under|rules?|sub-?rules?|r|clauses?|cl|of|the"
    r"|and|act|no)\b\.?",
)
# A number begins where a run of digits begins and takes the whole run (``(?<!\d)``, ``\d++``):
# without that, a run of n digits followed by letters is tried from each of its n starts, n
# steps each — quadratic.
_NUMBER = re.compile(
    r"(?<![0-9])(?P<base>\d++)\s*-?\s*(?P<letters>[a-z]{0,2})\b"
    r"(?P<parts>(?:\s*\(\s*[0-9a-z]+\s*\))*)"
)

LONGEST = 200
"""The most characters a reference or a conduct's words may have: the longest anyone writes
("Section 67B of the Information Technology Act, 2000 as amended by Act 10 of 2009") is under
a hundred. A longer query is refused before it is parsed or compared with every id."""


def shortened(query: str, width: int = 40) -> str:
    """*query* as an error message shows it: at most *width* characters, then an ellipsis."""
    return query if len(query) <= width else query[:width] + "…"


def normalise(text: str) -> str:
    """Lower-case, keep letters, digits, ``/`` and brackets, collapse the rest to single spaces."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9/()]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _alias_forms(alias: str) -> set[str]:
    base = re.sub(r"^the ", "", normalise(alias))
    forms = {base}
    without_act = re.sub(r"\bact\b", " ", base)
    without_year = re.sub(r"\b(1[89]|20)\d\d\b", " ", without_act)
    for form in (without_act, without_year):
        squeezed = re.sub(r"\s+", " ", form).strip()
        if squeezed:
            forms.add(squeezed)
    return forms


@dataclass(frozen=True, slots=True)
class ActNames:
    """Every normalised name of every act, longest first, for matching inside a reference."""

    names: tuple[tuple[str, str], ...]

    @classmethod
    def build(cls, aliases: Mapping[str, Iterable[str]]) -> ActNames:
        """*aliases* maps act id → its names (title, short title, aliases)."""
        pairs = set()
        for act_id, names in aliases.items():
            for name in (act_id, *names):
                for form in _alias_forms(name):
                    pairs.add((form, act_id))
        ordered = sorted(pairs, key=lambda p: (-len(p[0]), p[0], p[1]))
        return cls(tuple(ordered))

    def find(self, text: str) -> tuple[str | None, str]:
        """The act named in normalised *text* and the text with that name removed. A name that
        is a prefix of a longer one ("pocso" in "pocso rules") loses to the longer."""
        for name, act_id in self.names:
            match = re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text)
            if match:
                # an act's own year or a comma after it ("IT Act, 2000") belongs to the name
                rest = text[: match.start()] + " " + text[match.end() :]
                return act_id, rest
        return None, text


def parse_number(text: str) -> str | None:
    """The provision number in what remains of a reference, as lawref writes it, or ``None``.
    ``'67 b'`` → ``'67B'``; ``'15 (1)'`` → ``'15(1)'``; ``'2(1)(da)'`` → ``'2(1)(da)'``."""
    cleaned = re.sub(r"\s+", " ", _NOISE.sub(" ", text)).strip()
    cleaned = re.sub(r"\b(1[89]|20)\d\d\b", " ", cleaned) if re.search(r"\d", cleaned) else cleaned
    match = _NUMBER.search(cleaned)
    if match is None:
        return None
    parts = re.findall(r"\(\s*([0-9a-z]+)\s*\)", match["parts"])
    return match["base"] + match["letters"].upper() + "".join(f"({p})" for p in parts)


@dataclass(frozen=True, slots=True)
class Resolver:
    """Resolves references against a fixed set of provision ids and act names."""

    ids: frozenset[str]
    lowered: Mapping[str, str]
    numbers: Mapping[str, tuple[str, ...]]
    acts: ActNames
    prefixes: Mapping[str, str]

    @classmethod
    def build(cls, provision_ids: Iterable[str], aliases: Mapping[str, Iterable[str]]) -> Resolver:
        """Index *provision_ids*; *aliases* maps act id → names."""
        all_ids = frozenset(provision_ids)
        numbers: dict[str, list[str]] = {}
        prefixes: dict[str, str] = {}
        for pid in sorted(all_ids):
            parsed = ProvisionId.parse(pid)
            numbers.setdefault(parsed.number, []).append(pid)
            prefixes[parsed.act] = parsed.prefix
        return cls(
            ids=all_ids,
            lowered={pid.lower(): pid for pid in all_ids},
            numbers={n: tuple(v) for n, v in numbers.items()},
            acts=ActNames.build(aliases),
            prefixes=prefixes,
        )

    def resolve(self, query: str) -> str:
        """The id *query* names; raises :class:`UnknownProvisionError` with suggestions, or
        without them for a query longer than :data:`LONGEST`."""
        if len(query) > LONGEST:
            raise UnknownProvisionError(
                shortened(query), (), f"a reference is at most {LONGEST} characters"
            )
        text = query.strip()
        if text in self.ids:
            return text
        if text.lower() in self.lowered:
            return self.lowered[text.lower()]
        act_id, rest = self.acts.find(normalise(text))
        number = parse_number(rest)
        if number is None:
            detail = "no section or rule number found" if act_id else "not an id or a reference"
            raise UnknownProvisionError(query, self.suggest(text, act_id), detail)
        if act_id is not None:
            for candidate in _number_variants(number):
                pid = f"{act_id}/{self.prefixes.get(act_id, 's')}{candidate}"
                if pid in self.ids:
                    return pid
            raise UnknownProvisionError(
                query,
                self.suggest(f"{act_id}/{self.prefixes.get(act_id, 's')}{number}", act_id),
                f"{act_id} has no provision {number} in lawref's data",
            )
        for candidate in _number_variants(number):
            found = self.numbers.get(candidate, ())
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise UnknownProvisionError(
                    query, found, f"{candidate} exists in several Acts; name the Act"
                )
        raise UnknownProvisionError(
            query, self.suggest(text, None), "name the Act, e.g. '67B IT Act'"
        )

    def suggest(self, text: str, act_id: str | None, limit: int = 5) -> tuple[str, ...]:
        """Close matches for *text* among ids (of *act_id* only, when given)."""
        import difflib

        pool = sorted(pid for pid in self.ids if act_id is None or pid.startswith(act_id + "/"))
        lowered = {pid.lower(): pid for pid in pool}
        hits = difflib.get_close_matches(text.lower(), list(lowered), n=limit, cutoff=0.5)
        if not hits and act_id is not None:
            number = parse_number(normalise(text.split("/", 1)[-1]))
            if number:
                base = re.match(r"\d+", number)
                hits = [p for p in lowered if base and re.search(rf"/[sr]{base.group()}\b", p)][
                    :limit
                ]
        return tuple(lowered[h] for h in hits)


def _number_variants(number: str) -> tuple[str, ...]:
    """The number as typed, then the sloppy form "67 (B)" read as section 67B."""
    variants = [number]
    match = re.fullmatch(r"(\d+)\(([a-z])\)(.*)", number)
    if match:
        variants.append(match[1] + match[2].upper() + match[3])
    return tuple(variants)
