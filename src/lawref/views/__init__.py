"""The views: text for the terminal (:mod:`~lawref.views.text`), the JSON shapes
(:mod:`~lawref.views.json`), handouts (:mod:`~lawref.views.handout`) and the documentation
site's pages (:mod:`~lawref.views.site`). Every view words the law through
:mod:`lawref.statutes.phrases`."""
