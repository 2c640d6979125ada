"""Interned identifier strings.

Attribute and global names reach the dictionaries of maps, types and
modules from many places (each code object's co_names, setattr(), class
bodies).  Giving every equal name one string object lets those
dictionaries find a key by identity, without comparing characters: code
objects intern their names when they are made ready to run (pycode.py),
maps intern the names they add, and sys.intern() uses the same table.
"""
from __future__ import annotations

_interned: dict[str, str] = {}


def intern(s: str) -> str:
    """The one string object of this value."""
    got = _interned.get(s, None)
    if got is not None:
        return got
    _interned[s] = s
    return s


def is_interned(s: str) -> bool:
    return s in _interned
