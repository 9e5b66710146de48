"""Trainers' handouts: :mod:`~lawref.views.handout.build` turns query results into a block
document; :mod:`~lawref.views.handout.formats` writes it in a format — one module each
(:mod:`~lawref.views.handout.markdown`, :mod:`~lawref.views.handout.html`,
:mod:`~lawref.views.handout.typst` for Typst and PDF, :mod:`~lawref.views.handout.docx` for
Word) behind one registry."""
