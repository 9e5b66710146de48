"""``python -m lawref`` runs the command line."""

import sys

from lawref.cli import main

sys.exit(main())
