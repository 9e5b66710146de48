"""The English conduct reader, in layers: its words (:mod:`~lawref.analysis.english.words`),
shared clause helpers (:mod:`~lawref.analysis.english.clauses`), and one module per group of
rules — who the subject is (``subjects``), frames (``frames``), law stated rather than conduct
(``law``), charges, topics and counts (``topics``), material (``material``), threats and
conditions (``threats``), denial (``denial``) and the gates over a whole text (``gates``).
``Analyzer`` is all of them, with the reading of one stretch
(``mentions``) and the hub that asks every rule (``_offending``).
"""
