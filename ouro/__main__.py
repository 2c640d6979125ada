"""`python -m ouro [options] script.py args`: the interpreter, untranslated
(running on CPython: slow, for tests and debugging).  The translated
executable is bin/ouro (`make ouro`)."""
from __future__ import annotations

import sys

from ouro.interpreter.output import flush_all
from ouro.target import entry_point

if __name__ == "__main__":
    status = entry_point(sys.argv)
    flush_all()
    sys.exit(status)
