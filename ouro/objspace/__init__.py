"""ouro.objspace: the object space -- Python's objects and their behaviour,
in RPy.  One module per built-in type family; `space` holds the generic
protocols (attribute access, calls, operators, comparisons, iteration,
hashing, conversions) that dispatch on the objects' types.

Import order: model (W_Root, types), maps, exceptions, gateway, then the
type families, then space.  Type-family modules use the generic protocols as
`space.xxx(...)` through `from ouro.objspace import space`, which works
even though space imports them.
"""

# the generic protocols first: importing them imports every type module in
# an order that works (see the module docstring)
from ouro.objspace import space  # noqa: E402,F401
