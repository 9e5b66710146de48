"""The statute book's layer: the models of Acts, provisions and their dated versions
(:mod:`~lawref.statutes.models`), ids and prose references (:mod:`~lawref.statutes.ids`,
:mod:`~lawref.statutes.references`), the rules of interpretation that derive one punishment
from another (:mod:`~lawref.statutes.derive`) and classify offences
(:mod:`~lawref.statutes.classify`), and the one place the law is worded for people
(:mod:`~lawref.statutes.phrases`). It imports no other layer of lawref (docs/design.md#layers).
"""
