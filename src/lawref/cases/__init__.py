"""The cases layer: articles and the example cases cited into them
(:mod:`~lawref.cases.models`) and the casebook (:mod:`~lawref.cases.casebook`: filters,
conflicts between reports, and the reports' statements of the law checked against it)."""
