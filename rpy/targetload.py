"""Importing a target file (TARGET.py) and finding its entry_point.

Shared by rpy.run (untranslated) and rpy.translate.  The target is imported
as a real module named after its file, with its directory on sys.path, so
that it can import its sibling modules.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import types
from typing import Callable


class TargetError(Exception):
    """The target cannot be loaded; the message is for the user."""


def import_target(path: str) -> types.ModuleType:
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        raise TargetError("%s: no such file" % path)
    directory = os.path.dirname(path)
    if directory not in sys.path:
        sys.path.insert(0, directory)
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError:
        raise
    except Exception as e:
        # the program's own error at import time: show its traceback, not ours
        import traceback
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next
        text = ''.join(traceback.format_exception(type(e), e, tb))
        raise TargetError("%s: importing the target failed:\n%s" % (path, text.rstrip()))
    return module


def load_target(path: str) -> Callable[[list[str]], int]:
    module = import_target(path)
    entry = getattr(module, 'entry_point', None)
    if entry is None:
        raise TargetError("%s:1: the target defines no function 'entry_point'; "
                          "write 'def entry_point(argv: list[str]) -> int:'" % path)
    return entry
