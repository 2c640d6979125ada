# descriptors on metaclasses, __set_name__ called by type(), descriptor __get__ with owner only
class ClassProperty:
    def __init__(self, fget):
        self.fget = fget
    def __get__(self, obj, owner):
        return self.fget(owner)
class Registry:
    _items = ["a", "b"]
    count = ClassProperty(lambda cls: len(cls._items))
class Sub(Registry):
    _items = ["x"]
print(Registry.count, Sub.count, Sub().count)
class MetaDesc:
    def __get__(self, cls, meta):
        return f"meta-descriptor on {cls.__name__}"
class Meta(type):
    info = MetaDesc()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.info, hasattr(WithMeta(), "info"))
class Named:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__name__}.{name}"
    def __get__(self, obj, owner):
        return self.where
Dyn = type("Dyn", (), {"field": Named()})
print(Dyn.field, Dyn().field)
late = Named()
class Late:
    pass
Late.attr = late
try:
    print(Late.attr)
except AttributeError as e:
    print(type(e).__name__, e)
late.__set_name__(Late, "attr")
print(Late.attr)
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")
try:
    class Host:
        thing = BadSetName()
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")
class Lookup:
    def __get__(self, obj, owner=None):
        return ("get", obj is None)
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")
class H:
    d = Lookup()
h = H()
print(H.d, h.d)
try:
    h.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
H.d = "replaced on class"
print(h.d)
