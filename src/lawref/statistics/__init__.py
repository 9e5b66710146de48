"""Official figures on online child sexual abuse material in India (``data/statistics/``): the
sources they were read in, the statistical heads by their own labels, the figures with their
publications' words (:mod:`~lawref.statistics.models`), the numbers a quote states
(:mod:`~lawref.statistics.numbers`), and the questions put to them
(:mod:`~lawref.statistics.book`). A layer above cases (for the places it names) and below
loading (docs/design.md#layers)."""
