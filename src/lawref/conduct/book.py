"""The conduct layer's data as one object: every conduct with its words and mappings, the
judgments read against the law, and the rules for an act punishable under several provisions.
The queries that read it against the statute book are in :mod:`lawref.conduct.lookup`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from lawref.conduct.lexicon import Lexicon
from lawref.conduct.models import Conduct, Judgment, OverlapRule
from lawref.errors import UnknownConductError


class ConductBook:
    """Conduct, judgments and overlap rules, with the lexicon built on first use."""

    def __init__(
        self,
        conducts: Mapping[str, Conduct],
        judgments: Mapping[str, Judgment],
        overlaps: tuple[OverlapRule, ...],
    ) -> None:
        """The book of *conducts* (by id, in data order), *judgments* (by id) and *overlaps*."""
        self._conducts = conducts
        self._judgments = judgments
        self.overlaps = overlaps

    @property
    def conducts(self) -> tuple[Conduct, ...]:
        """Every conduct, in the order of ``data/conduct.toml``."""
        return tuple(self._conducts.values())

    def conduct(self, conduct_id: str) -> Conduct:
        """The conduct with this id; raises :class:`~lawref.UnknownConductError`."""
        found = self._conducts.get(conduct_id)
        if found is None:
            raise UnknownConductError(conduct_id, self.lexicon.suggest(conduct_id))
        return found

    @property
    def judgments(self) -> tuple[Judgment, ...]:
        """Every judgment, in the order of ``data/judgments.toml``."""
        return tuple(self._judgments.values())

    def judgment(self, judgment_id: str) -> Judgment:
        """The judgment with this id; raises :class:`KeyError` naming it."""
        try:
            return self._judgments[judgment_id]
        except KeyError:
            raise KeyError(f"no judgment {judgment_id!r}") from None

    @cached_property
    def lexicon(self) -> Lexicon:
        """The words of every conduct, for matching people's words to a conduct."""
        return Lexicon.build({c.id: (c.label, c.terms) for c in self._conducts.values()})
