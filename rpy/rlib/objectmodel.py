"""Small helpers about the translation itself."""
from __future__ import annotations


def we_are_translated() -> bool:
    """False on CPython, True in the translated program (constant-folded)."""
    return False
