"""``python -m dateline`` runs the command line."""

from .serve.cli import main

main()
