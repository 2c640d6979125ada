"""python -m rpy.run TARGET.py [ARGS]: run an RPy program untranslated, on CPython.

The target's entry_point(argv) is called with [TARGET.py, ARGS...]; its result
is the exit status.  An uncaught exception prints CPython's traceback and
exits with status 1, as the translated program does (with a shorter message).
"""
from __future__ import annotations

import os
import sys

from rpy.targetload import load_target


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] in ('-h', '--help'):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    target = argv[1]
    entry = load_target(target)
    try:
        status = entry([target] + argv[2:])
    finally:
        sys.stdout.flush()
    if not isinstance(status, int):
        print("rpy.run: entry_point returned %r, not an int" % (status,), file=sys.stderr)
        return 2
    return status & 0xff


if __name__ == '__main__':
    sys.exit(main(sys.argv))
