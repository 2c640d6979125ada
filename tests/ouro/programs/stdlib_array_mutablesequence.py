"""array.array is registered as a collections.abc.MutableSequence when
the array module is imported (CPython's array_modexec), so the ABC's
checks and mixin expectations hold."""
import array
import collections.abc

a = array.array("i", [1, 2, 3])
print(isinstance(a, collections.abc.MutableSequence))
print(isinstance(a, collections.abc.Sequence), isinstance(a, collections.abc.Iterable))
print(issubclass(array.array, collections.abc.MutableSequence))
print(issubclass(array.ArrayType, collections.abc.Reversible))
print(isinstance(a, collections.abc.Hashable), isinstance(a, collections.abc.Set))


class MyArray(array.array):
    pass


print(isinstance(MyArray("d"), collections.abc.MutableSequence))
