"""The reference reader in steps: which Acts a text names (``names``), a section resolved
against an Act (``sections``), lists and ranges of sections (``lists``), sections that name no
Act (``anaphora``), and the helpers they share (``helpers``).
``CitationReader`` (:mod:`lawref.analysis.citations`) is all of them.
"""
