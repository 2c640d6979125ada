# __class_getitem__ and builtin generic aliases
class Registry:
    _cache = {}
    def __class_getitem__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = type(f"{cls.__name__}[{getattr(key, '__name__', key)}]", (cls,), {"key": key})
        return cls._cache[key]
IntReg = Registry[int]
print(IntReg.__name__, IntReg.key, Registry[int] is IntReg, issubclass(IntReg, Registry), len(Registry._cache))
print(Registry["x"].__name__, Registry[None].key)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
class NotClassMethod:
    def __class_getitem__(cls, item):
        return ("implicit classmethod", cls.__name__, item)
print(NotClassMethod[1])
inst = NotClassMethod()
try:
    inst[1]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item):
        return ("metaclass getitem wins", item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class getitem", item)
print(Both[5])
for alias in [list[int], dict[str, int], set[bytes], tuple[int, str], tuple[()], type[int], frozenset[str]]:
    print(alias, alias.__origin__.__name__, alias.__args__)
import collections
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list])
print(list[int] == list[int], list[int] == list[str], list[int] != list, isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(list[int]("ab"), dict[str, int](a=1), type(list[int]()).__name__)
print(list[list[int]], dict[str, list[tuple[int, ...]]])
