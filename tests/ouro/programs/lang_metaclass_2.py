# metaclass-level methods, properties and operators on classes
class Meta(type):
    def __len__(cls):
        return len(cls.members)
    def __iter__(cls):
        return iter(cls.members)
    def __getitem__(cls, key):
        return cls.members[key]
    def __contains__(cls, item):
        return item in cls.members
    def __repr__(cls):
        return f"<class {cls.__name__} with {len(cls)} members>"
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Colors(metaclass=Meta):
    members = ["red", "green", "blue"]

class Sizes(metaclass=Meta):
    members = ["S"]

print(len(Colors), list(Colors), Colors[1], "red" in Colors, "pink" in Colors)
print(repr(Colors), Colors | Sizes, Colors.upper_name, hasattr(Colors(), "upper_name"))
print(type(Colors), type(type(Colors)))
T = type("T", (), {})
print(type(T) is type, T.__name__, T.__module__)
print(type.__call__(T).__class__.__name__, type(T()).__name__)
class Abstractish(type):
    def __new__(mcs, name, bases, ns):
        missing = [m for m in ns.get("required", ()) if m not in ns]
        if bases and missing:
            raise TypeError(f"{name} missing {missing}")
        cls = super().__new__(mcs, name, bases, ns)
        return cls
class Iface(metaclass=Abstractish):
    required = ()
try:
    class Impl(Iface):
        required = ("run", "stop")
        def run(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Colors, type), issubclass(Meta, type), Meta.__mro__[1].__name__)
print(type.__name__, type.__qualname__, Meta.__qualname__, Colors.__class__.__name__)
def fn_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class ByFn(metaclass=fn_meta):
    pass
print(ByFn.made_by, type(ByFn).__name__)
