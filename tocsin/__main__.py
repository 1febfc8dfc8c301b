"""`python -m tocsin`, as the `tocsin` command."""

from tocsin.cli.main import main

main()
