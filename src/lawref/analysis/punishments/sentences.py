"""Where a report's sentences end, for the punishment reader: a stated punishment is read with
the provision, the court and the conviction its own sentence names, so a stop that ends no
sentence must not split one.

A sentence (or a clause after a semicolon: "… five years under s.67B; the rape charge is
punishable with death" states two laws) ends at ".", "!", "?", "।", "|", ";" or a line's end,
except at a stop that ends none:

- a stop inside a number, or after "Rs" or "Sec" before one ("Rs. 10 lakh", "Sec. 67B"; not
  "FIRs. 2 co-accused …", nor "40 secs."): these are fixed in the pattern, as their exceptions
  are of spelling, not of words;
- a line break inside a sentence, where a copy of a court's order or a PDF wraps its lines: the
  line ends in a small word that ends no clause ("to", "of", "under", "sentenced") and the next
  opens with a small letter or a bracket, not with a word that opens a sentence ("section",
  "he"): "sentenced him to", a line break, "ten years' imprisonment under Section 67B" was
  read as the law's term for s.67B, and said to differ from it. A line that ends a clause
  ("… ten years in jail" before "section 67B provides …", "… सजा सुनाई," before another line)
  and a headline's line end a sentence (review 2027-01-08b H2). The words are data
  (``[analysis.sentences]``);
- a stop after an initial that follows a title ("Justice N. Anand Venkatesh reduced …",
  "Special Judge S. K. Sharma sentenced …"), after another initial before a name ("R.K. Singh
  awarded …"), or after "and" before another initial ("Justices B.R. Gavai and K.V.
  Viswanathan commuted …"). A name after initials is a capitalised word followed by one in
  lower case, a comma or another initial, and not a word that opens a sentence ("the U.S. The
  accused …" ends a sentence). The titles and the sentence-opening words are data
  (``[analysis.sentences]`` in ``data/conduct.toml``).

The pattern has no nested repetition: it is run once over the text, in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


# (a stop after "Rs" or "Sec" before a number is none; not after a number and "Rs": "fined
# 10,000 Rs. 2 co-accused …"; nor lower-case "secs" after a number: "40 secs." is seconds;
# reviews 2026-12-20c M3, 20d H2, 20e H3)
def _wrapped(ends: Sequence[str], not_next: Sequence[str]) -> str:
    """The alternative of the sentence pattern that continues a sentence over a wrapped line:
    a line ending in one of *ends* (then a space or a tab at most) before a line that opens with
    a small letter or a bracket, and not with one of *not_next*; nothing when *ends* is
    empty."""
    if not ends:
        return ""
    after = "|".join(rf"(?<=\b{re.escape(word)})|(?<=\b{re.escape(word)}[ \t])" for word in ends)
    refused = rf"(?!\(?(?:{'|'.join(map(re.escape, not_next))})\b)" if not_next else ""
    return rf"|(?:{after})\n(?=[ \t]*{refused}[a-z(])"


_ABBREVIATED = (
    r"(?:(?<=\bRs)(?<![\d,]\sRs)|(?<=\bRS)(?<![\d,]\sRS)|(?<=\bSec)|(?<=\bSEC)"
    r"|(?<=\bsec)(?<!\d\ssec)|(?<=\bSecs)|(?<=\bsecs)(?<!\d\ssecs))"
)


def sentence_pattern(
    titles: Sequence[str],
    openers: Sequence[str],
    wrap_ends: Sequence[str] = (),
    wrap_not_next: Sequence[str] = (),
) -> re.Pattern[str]:
    """The pattern whose matches are a text's sentences, each with its closing stops; *titles*
    are the words after which an initial's stop ends no sentence ("Justice", "Dr"), *openers*
    the capitalised words that open a sentence and so are no name after initials ("The",
    "Police"); *wrap_ends* the small words a line may end in inside a sentence ("to", "of",
    "sentenced"), and *wrap_not_next* the words that, opening the next line, open a sentence
    ("section", "he"). Any may be empty: with no titles, no stop after a title's initial is
    spared; with no openers, every capitalised word may be a name; with no wrap ends, every line
    break ends a sentence."""
    after_title = "|".join(rf"(?<=\b{re.escape(title)}\s[A-Z])" for title in titles)
    not_opener = rf"(?!(?:{'|'.join(map(re.escape, openers))})\b)" if openers else ""
    # a name after initials: another initial, or a capitalised word then a word in lower case
    # or a comma
    name_after = rf"(?=\s?(?:[A-Z]\.|{not_opener}[A-Z][a-z]+(?:\s+[a-z]|,)))"
    initial_stop = (
        "(?:"
        + (rf"(?:{after_title})\.(?=\s?[A-Z])|" if after_title else "")
        # (after another initial, only before a name; after "and", only before another
        # initial: "Justices B.R. Gavai and K.V. Viswanathan", not "Class IX and X. Section 14")
        + r"(?:(?<=\.[A-Z])|(?<=\.\s[A-Z]))\."
        + name_after
        + r"|(?<=\band\s[A-Z])\.(?=\s?[A-Z]\.))"
    )
    return re.compile(
        r"[^.!?\n\u0964|;]+(?:(?:\.(?=\d)|"
        + _ABBREVIATED
        + r"\.(?=\s?\d)|"
        + initial_stop
        + _wrapped(wrap_ends, wrap_not_next)
        + r")"
        r"[^.!?\n\u0964|;]*)*"
        r"[.!?\u0964|;]*"
    )
