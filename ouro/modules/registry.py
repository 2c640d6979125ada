"""The table of built-in modules: name -> the RPy function that makes the
module object.  A module is made the first time it is imported (so a
program that never imports `math` pays nothing for it) and then lives in
sys.modules like any other.

A built-in module package (ouro/modules/<name>/) provides
`make_module() -> W_Module` and is listed in MODULES below.  Inside it,
functions are gateway built-ins (ouro/objspace/gateway.py: register(None,
spec, fn) / register_raw) put into the module's dict; types are
W_TypeObjects made with make_builtin_type.
"""
from __future__ import annotations

from typing import Callable

from ouro.interpreter.module import W_Module

ModuleMaker = Callable[[], W_Module]

MODULES: dict[str, ModuleMaker] = {}


def register_module(name: str, maker: ModuleMaker) -> None:
    """Load time: `name` is made by `maker` on first import."""
    MODULES[name] = maker


def builtin_module_names() -> list[str]:
    names: list[str] = []
    for name in MODULES:
        names.append(name)
    names.sort()
    return names
