"""The conduct layer: conduct, its words and mappings, judgments and terms
(:mod:`~lawref.conduct.models`), the lexicon (:mod:`~lawref.conduct.lexicon`) and the lookup of
the law a conduct reaches (:mod:`~lawref.conduct.lookup`). Built on the statute book."""
