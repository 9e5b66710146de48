"""India's law against international benchmarks (``data/standards/``): a benchmark's criteria in
its own words, and lawref's reading of the Indian provisions and holdings that bear on each, from
the day each came in (:mod:`~lawref.standards.models`). A verdict
is lawref's reading of the law, never the benchmark's own rating. A layer above statistics and
below loading (docs/design.md#layers)."""
