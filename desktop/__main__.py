"""``python -m desktop``: the ``keyaccount`` command.

Guarded: a helper process started with ``spawn`` (the map's worker) imports the
parent's ``__main__`` and must not open a second application.
"""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
