"""pydoc documenting a whole pure-Python module written to a temporary
directory: classes with inherited methods, properties, class attributes
(compiled patterns among them), functions, data, and help() into a
string; plus the text of a few stdlib classes."""
import importlib
import io
import os
import pydoc
import sys
import tempfile
import textwrap

SOURCE = '''"""inventory -- a small module to document.

It has classes, functions and data.
"""
import re

__all__ = ["Item", "Stock", "Container", "parse", "LIMIT"]
__version__ = "1.2"
__author__ = "Someone"

LIMIT = 10
NAMES = ["a", "b"]


class Item:
    """One item of the stock."""

    pattern = re.compile(r"(\\w+):(\\d+)")
    count = 0

    def __init__(self, name, qty=1):
        self.name = name
        self.qty = qty

    def __repr__(self):
        return "Item(%r, %r)" % (self.name, self.qty)

    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.qty) == (other.name, other.qty)

    @property
    def label(self):
        """The label printed on the shelf."""
        return self.name.upper()


class Container:
    """A base with a method to inherit."""

    def size(self):
        """How many."""
        return len(self.items)


class Stock(Container):
    """Items by name."""

    def __init__(self):
        self.items = {}

    def add(self, item: Item) -> None:
        """Add an item."""
        self.items[item.name] = item


def parse(text, *, strict=False):
    """Parse 'name:qty' into an Item."""
    m = Item.pattern.match(text)
    return Item(m.group(1), int(m.group(2)))
'''

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "inventory.py"), "w") as f:
        f.write(SOURCE)
    sys.path.insert(0, d)
    inventory = importlib.import_module("inventory")
    text = pydoc.render_doc(inventory, renderer=pydoc.plaintext)
    print(text.replace(d, "TMP"))
    out = io.StringIO()
    pydoc.Helper(output=out).help(inventory.Item)
    print(out.getvalue())
    print(pydoc.render_doc(textwrap.TextWrapper.wrap, renderer=pydoc.plaintext))
    print(pydoc.getdoc(inventory.Item.__eq__), "|", pydoc.getdoc(inventory.Item.pattern))
