"""Trainers' handouts: :mod:`~lawref.views.handout.build` turns query results into a block
document; :mod:`~lawref.views.handout.render` writes it as Markdown, HTML, Typst or PDF."""
