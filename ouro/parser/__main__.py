"""`python -m ouro.parser [--dump] FILE`: parse FILE with ouro's parser
(untranslated) and print its AST dump, or the SyntaxError as CPython prints
it (exit status 1).  The work is done by the RPy program parse_main.py."""
from __future__ import annotations

import sys

from ouro.parser.parse_main import entry_point

if __name__ == "__main__":
    sys.exit(entry_point(["ouro.parser"] + sys.argv[1:]))
