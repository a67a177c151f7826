"""Entry point of the frozen bundle: the CLI, which starts the GUI without a subcommand."""

import sys

from empfehlung_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
