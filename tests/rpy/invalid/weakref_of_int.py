# error: 7: weakref_create() needs an instance of an RPy class, not int
# Invalid RPy: a weak reference to an int.
from rpy.rlib.rweakref import weakref_create


def entry_point(argv: list[str]) -> int:
    r = weakref_create(len(argv))  # <-- error
    return 0
