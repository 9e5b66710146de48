"""Provision numbers, ids and Akoma Ntoso URIs.

A provision number is written as printed in the Act, sub-divisions in brackets: ``67B``,
``15(2)``, ``2(1)(da)``, ``67B(proviso)``. Its id is ``<act>/s<number>`` for Acts and
``<act>/r<number>`` for Rules (docs/design.md#the-data-contract). The Akoma Ntoso portion
follows the eId
conventions of the AKN naming convention (``sec_67B__subsec_2__cl_a``), as laws-africa/cobalt does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.models import ActKind

_BASE = r"[0-9]+[A-Z]*"
_PART = r"\((?:[0-9]+[A-Z]*|[a-z]{1,6}|proviso|explanation)\)"
NUMBER_RE = re.compile(rf"^(?P<base>{_BASE})(?P<parts>(?:{_PART})*)\Z")
ID_RE = re.compile(
    rf"^(?P<act>[a-z][a-z0-9-]*[a-z0-9])/(?P<prefix>[sr])(?P<number>{_BASE}(?:{_PART})*)\Z"
)
_PART_RE = re.compile(r"\(([^()]+)\)")
_ROMAN_RE = re.compile(r"^(?=[ivxl]+$)l?x{0,3}(?:ix|iv|v?i{0,3})$")

PREFIX: dict[ActKind, str] = {"act": "s", "rules": "r"}
"""Id prefix per kind of instrument: ``s`` (section) for Acts, ``r`` (rule) for Rules."""


@dataclass(frozen=True, slots=True, order=True)
class ProvisionId:
    """A parsed provision id: act id, prefix (``s``/``r``) and number."""

    act: str
    prefix: str
    number: str

    @classmethod
    def parse(cls, text: str) -> ProvisionId:
        """Parse ``it-act-2000/s67B``; raise :class:`ValueError` when it is not of that form."""
        match = ID_RE.match(text)
        if match is None:
            raise ValueError(f"not a provision id: {text!r} (expected e.g. 'it-act-2000/s67B')")
        return cls(match["act"], match["prefix"], match["number"])

    def __str__(self) -> str:
        return f"{self.act}/{self.prefix}{self.number}"

    @property
    def parts(self) -> tuple[str, ...]:
        """The base number then each bracketed sub-division: ``('15', '2')`` for ``15(2)``."""
        return split_number(self.number)


def is_valid_number(number: str) -> bool:
    """True when *number* is a provision number as lawref writes it (``67B``, ``2(1)(da)``)."""
    return NUMBER_RE.match(number) is not None


def split_number(number: str) -> tuple[str, ...]:
    """``'2(1)(da)'`` → ``('2', '1', 'da')``. Raises :class:`ValueError` for a malformed number."""
    match = NUMBER_RE.match(number)
    if match is None:
        raise ValueError(f"not a provision number: {number!r} (expected e.g. '67B' or '15(2)')")
    return (match["base"], *_PART_RE.findall(match["parts"]))


def join_number(parts: tuple[str, ...]) -> str:
    """Inverse of :func:`split_number`."""
    return parts[0] + "".join(f"({p})" for p in parts[1:])


def ancestors(number: str) -> tuple[str, ...]:
    """Numbers of the enclosing divisions, nearest first: ``'2(1)(d)'`` → ``('2(1)', '2')``."""
    parts = split_number(number)
    return tuple(join_number(parts[:i]) for i in range(len(parts) - 1, 0, -1))


def provision_id(act: str, kind: ActKind, number: str) -> str:
    """The id of provision *number* of act *act*."""
    return f"{act}/{PREFIX[kind]}{number}"


def _portion_name(level: int, part: str, previous: str, kind: ActKind) -> str:
    if part in ("proviso", "explanation"):
        return part
    if level == 0:
        return f"{'sec' if kind == 'act' else 'rule'}_{part}"
    if part[0].isdigit():
        return f"{'subsec' if kind == 'act' else 'subrule'}_{part}"
    if _ROMAN_RE.match(part) and previous.isalpha():
        return f"subcl_{part}"
    return f"cl_{part}"


def akn_portion(number: str, kind: ActKind) -> str:
    """The AKN eId of a portion: ``'15(2)'`` → ``'sec_15__subsec_2'``; ``'67B(a)'`` →
    ``'sec_67B__cl_a'``; Rules use ``rule_``/``subrule_``. Roman numerals below a clause are
    sub-clauses when they follow a clause letter
    (``3(1)(b)(ii)`` → ``rule_3__subrule_1__cl_b__subcl_ii``)."""
    parts = split_number(number)
    return "__".join(
        _portion_name(level, part, parts[level - 1] if level else "", kind)
        for level, part in enumerate(parts)
    )


def akn_uri(work: str, number: str, kind: ActKind) -> str:
    """The portion URI: ``/akn/in/act/2000/21`` + ``67B`` → ``/akn/in/act/2000/21/~sec_67B``."""
    return f"{work}/~{akn_portion(number, kind)}"
