"""The Sphinx extension that writes the site's reference pages: ``extensions =
["lawref.sphinxext"]``. The writer lives in :mod:`lawref.views.site`."""

from lawref.views.site import Writer, setup, slug

__all__ = ["Writer", "setup", "slug"]
