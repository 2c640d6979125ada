"""The `__ouro__` module: what ouro offers beyond CPython's modules (as
PyPy's `__pypy__`), for its own tools.

    cache_source(path) -> bool

compiles the source file at path through ouro's bytecode cache
(ouro/compiler/pycache.py) without running it: True when the cache file is
now up to date (it was, or it was written), False when it could not be
written (a read-only directory, -B or PYTHONDONTWRITEBYTECODE).  A
SyntaxError of the source is raised.  scripts/warm_stdlib_cache.py uses it
to fill the caches of the standard library at build time, as CPython's
installation ships its .pyc files: a program then imports the standard
library without compiling it, whatever its PYTHONDONTWRITEBYTECODE.
(py_compile and compileall write CPython's format under the same file
name, which ouro's importer does not read: see docs/status.md.)
"""
from __future__ import annotations

from ouro.compiler.pycache import STATS
from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules.posix.errors import oserror
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.boolobject import w_False, w_True
from ouro.objspace.gateway import register
from ouro.objspace.model import W_Root


def cache_source(slots: list[W_Root | None]) -> W_Root:
    w_path = slots[0]
    assert w_path is not None
    path = space.str_of_w(w_path)
    writes = STATS.writes
    try:
        importing.compile_source_file(path)
    except OSError:
        raise oserror(w_path)
    if STATS.last_from_cache or STATS.writes > writes:
        return w_True
    return w_False


FUNCTIONS = [register(None, "cache_source(path, /)", cache_source)]


def make_module() -> W_Module:
    w_mod = W_Module("__ouro__", None)
    for w_f in FUNCTIONS:
        w_mod.w_dict.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("__ouro__", make_module)
