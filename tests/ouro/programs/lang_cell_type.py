# types.CellType: construction, contents, repr, comparisons, hash
import types

empty = types.CellType()
full = types.CellType(3)
print(repr(empty).startswith("<cell at 0x"), repr(empty).endswith(": empty>"))
print(repr(full).startswith("<cell at 0x"), ": int object at 0x" in repr(full))
print(full.cell_contents)
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError:", e)
empty.cell_contents = "now"
print(empty.cell_contents, ": str object at" in repr(empty))
del empty.cell_contents
print(repr(empty).endswith(": empty>"))

a, b = types.CellType(1), types.CellType(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == types.CellType(1), empty == types.CellType(), empty < a, a < empty)
print(a.__eq__(1), a == 1)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)


def outer():
    v = [1]

    def inner():
        return v
    return inner


c = outer().__closure__[0]
print(type(c) is types.CellType, ": list object at" in repr(c), c.cell_contents)
try:
    types.CellType(1, 2)
except TypeError as e:
    print("TypeError raised")
