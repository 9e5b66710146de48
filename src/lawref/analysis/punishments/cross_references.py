"""A section that statute text cites for what that section speaks of, which no punishment stated
nearby is of.

A report that quotes the law quotes its cross-references with it: "whoever … sells … any such
obscene object as is referred to in section 294, … shall be punished … three years" is BNS
s.295's punishment, not s.294's, and "a child as defined in section 2(d)" names s.2 for its
definition. Such a reference is written "<word> as (is|are) <verb> in section N" (the verb
"referred to", "defined", "specified" …), and it takes no punishment of the sentence. Not after
a word of the punishment or the offence ("punished as specified in Section 14", "the offence as
defined in Section 67B" name the provision the statement is of), nor with no "as" ("The
punishment specified in Section 67B …"; review 2027-01-08b H1).

The verbs and the provision words are data (``[analysis.cross_references]`` in
``data/conduct.toml``, :class:`lawref.analysis.models.CrossReferenceWords`); the shape around
them is fixed here. The pattern is searched only in the 60 characters before a reference and
has no nested repetition.
"""

from __future__ import annotations

import re

from lawref.analysis.models import CrossReferenceWords, StatuteReference

# how far before a reference its citing words are looked for
_REACH = 60


class CrossReferences:
    """Tells whether a reference is cited by the statute's words for what it speaks of
    (:meth:`cites`), with the words of :class:`CrossReferenceWords`. With no verbs, no reference
    is."""

    def __init__(self, words: CrossReferenceWords) -> None:
        verbs = sorted(
            {" ".join(v.lower().split()) for v in words.verbs}, key=lambda v: (-len(v), v)
        )
        self._provision_words = frozenset(w.lower() for w in words.provision_words)
        self._pattern = (
            re.compile(
                r"\b(?P<word>[A-Za-z]+)\s+as\s+(?:is\s+|are\s+)?(?:"
                + "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs)
                + r")\s+in\s+(?:the\s+)?(?:said\s+)?"
                r"(?:(?:sub-?section|clause)\s*\(\w{1,4}\)\s+of\s+)?"
                r"(?:(?:section|sections|secs?\.?|s\.)\s*)?\Z",
                re.IGNORECASE,
            )
            if verbs
            else None
        )

    def cites(self, text: str, ref: StatuteReference) -> bool:
        """Whether *ref* is cited by the statute's words for what they speak of ("any such
        obscene object as is referred to in section 294", "a child as defined in section 2"),
        not as a provision a statement is of."""
        if self._pattern is None:
            return False
        match = self._pattern.search(text, max(0, ref.start - _REACH), ref.start)
        return match is not None and match["word"].lower() not in self._provision_words
