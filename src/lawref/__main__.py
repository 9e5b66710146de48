"""``python -m lawref`` runs the command line."""

from lawref.cli import console

console()
