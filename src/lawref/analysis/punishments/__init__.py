"""The punishments a report states ("imprisonment up to five years and a fine of up to Rs 10
lakh", "a ten-year jail term", "six months to one year", "life imprisonment", "hanged till
death"), read into numbers and compared with what the law provided on the date.

A statement is read within one sentence: a term with a punishment word beside it, a fine with an
amount, a range of terms, or imprisonment for life or death. The words that name punishments
are in ``data/conduct.toml`` ``[analysis]`` (``punishment_words``); the grammar of numbers,
units and limits ("up to", "not less than") is here. Every pattern is a regular expression
without nested repetition: time is linear in the text.

The steps are modules of this package: ``grammar`` (numbers, units, limits), ``parts`` (what a
statement is read into), ``imposed`` (a court's sentence or the law's punishment), ``payments``
(money a court orders paid that is not a fine, and who pays it), ``compare``
(how it differs from the law on the date) and ``reader`` (``PunishmentReader``, which reads a
stretch with them).
"""

from lawref.analysis.punishments.reader import PunishmentReader

__all__ = ["PunishmentReader"]
