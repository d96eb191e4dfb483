"""Entry point of the frozen app: the same ``main`` as the ``diary`` command.

``hearth`` with no command opens the desktop app; ``hearth --self-test`` checks the build; every
``diary`` command works too (``hearth write --date ...``).
"""

import sys

from diary.cli import main

if __name__ == "__main__":
    sys.exit(main())
