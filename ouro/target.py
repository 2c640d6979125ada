"""The translation target of the `ouro` executable:

    python -m rpy.translate --output bin/ouro ouro/target.py

entry_point is the command line (ouro/interpreter/main.py)."""
from __future__ import annotations

from ouro.interpreter.main import main
from ouro.objspace import (bytearrayobject, bytesobject, complexobject, floatobject,  # noqa: F401
                           iterobject, rangeobject, setobject, sliceobject, space)


space.collect_builtin_types()


def entry_point(argv: list[str]) -> int:
    return main(argv)
