"""pydoc rendering documentation to plain text (render_doc, help() into
a string, getdoc, describe, synopsis)."""
import io
import os
import pydoc
import tempfile


class Shape:
    """A geometric shape.

    Subclasses provide area().
    """

    sides = 0

    def __init__(self, name: str, scale: float = 1.0) -> None:
        self.name = name
        self.scale = scale

    def area(self) -> float:
        """Return the area."""
        raise NotImplementedError

    @property
    def label(self):
        """A label for display."""
        return self.name.title()

    @staticmethod
    def unit():
        return "cm"

    @classmethod
    def make(cls, *args, **kwargs):
        "Alternative constructor."
        return cls(*args, **kwargs)


class Square(Shape):
    sides = 4

    def area(self):
        return self.scale ** 2


def helper(x, *rest, flag=False, **options):
    """Do something helpful with x."""


text = pydoc.render_doc(Square, renderer=pydoc.plaintext)
print(text)
print(pydoc.render_doc(helper, renderer=pydoc.plaintext))
print(pydoc.plain(pydoc.render_doc(len)))
print(pydoc.describe(Square), pydoc.describe(helper), pydoc.describe(pydoc))
print(repr(pydoc.getdoc(Shape.make)))
out = io.StringIO()
h = pydoc.Helper(output=out)
h.help(Shape.area)
h.help("keywords")
print(out.getvalue())
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "mod.py")
    with open(p, "w") as f:
        f.write('"""First line of the docstring.\n\nMore text."""\nX = 1\n')
    print(pydoc.synopsis(p))
print(pydoc.locate("os.path.join").__name__, pydoc.locate("no.such.thing"))
try:
    pydoc.render_doc("no_such_module_xyz")
except ImportError as e:
    print("ImportError:", e)
