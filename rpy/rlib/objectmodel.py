"""Small helpers about the translation itself, and object identity."""
from __future__ import annotations

from typing import Any


def we_are_translated() -> bool:
    """False on CPython, True in the translated program (constant-folded)."""
    return False


def compute_unique_id(obj: Any) -> int:
    """A number identifying the instance obj among the live objects, the
    same for its whole life (CPython's id()).  Translated: the address of
    an old object, or for an object that was young when asked a number the
    GC records (with bit 62 set, so never an address); it keeps nothing
    alive.  Untranslated: id(obj)."""
    return id(obj)
