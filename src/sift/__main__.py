"""``python -m sift`` runs the command line."""

from sift.cli import main

main()
