"""The Sphinx extension that writes the site's reference pages: ``extensions =
["lawref.sphinxext"]``. The writer lives in :mod:`lawref.views.site`."""

from lawref.views.site import Writer, setup
from lawref.views.site_markup import slug

__all__ = ["Writer", "setup", "slug"]
