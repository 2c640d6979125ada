"""A prebuilt list nothing is ever added to has no known item type; its
repr is still '[]' (nothing can be in it), untranslated and translated."""
from __future__ import annotations


class Registry:
    items = []


def entry_point(argv: list[str]) -> int:
    print(Registry.items)
    print(len(argv) > 0)
    return 0
