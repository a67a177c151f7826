"""Entry point of the frozen bundle: the CLI, which starts the GUI without a subcommand."""

import multiprocessing
import sys

from empfehlung_desktop.cli import main

if __name__ == "__main__":
    # A big import reads on two cores: the bundle starts its second process as
    # itself, and this call runs it instead of the application.
    multiprocessing.freeze_support()
    sys.exit(main())
