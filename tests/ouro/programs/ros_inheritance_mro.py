"""Class hierarchies: cooperative super() chains, diamonds, MRO errors, __init_subclass__ registries, abstract bases, class attributes."""
import abc

class Base:
    def __init__(self, **kw):
        print(f"Base.__init__ leftover={kw}")
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=None, **kw):
        print(f"Left.__init__ left={left}")
        super().__init__(**kw)
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self, right=None, **kw):
        print(f"Right.__init__ right={right}")
        super().__init__(**kw)
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom(left=1, right=2, extra=3)
print(b.hello(), [c.__name__ for c in Bottom.__mro__], Bottom.mro() == list(Bottom.__mro__))
print(super(Left, b).hello(), isinstance(b, Right), issubclass(Bottom, (int, Base)))
try:
    class Bad(Left, Bottom):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Csv(Plugin, name="csv"): pass
class Json(Plugin): pass
class PrettyJson(Json, name="pretty"): pass
print(sorted(Plugin.registry), PrettyJson.plugin_name, Json.plugin_name)
try:
    class Oops(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Animal(abc.ABC):
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        type(self).count += 1
        Animal.count += 1
    @abc.abstractmethod
    def move(self): ...
    def speak(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound}"
    @classmethod
    def create(cls, *names):
        return [cls(n) for n in names]
    @staticmethod
    def kingdom():
        return "animalia"
    @property
    def tag(self):
        return f"<{self.name}>"
class Dog(Animal):
    sound = "woof"
    def move(self):
        return "runs"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
class Fish(Animal):
    def move(self):
        return "swims"
pets = Dog.create("rex", "fido") + Puppy.create("bit") + [Fish("nemo")]
for p in pets:
    print(p.speak(), p.move(), p.tag, p.kingdom())
print(Animal.count, Dog.count, Puppy.count, Fish.count, Animal.__abstractmethods__)
try:
    Animal("x")
except TypeError as e:
    print(type(e).__name__, e)
class Half(Animal):
    pass
try:
    Half("h")
except TypeError as e:
    print(type(e).__name__, e)
try:
    pets[0].tag = "new"
except AttributeError as e:
    print(type(e).__name__, e)
print(Dog.__bases__, Dog.__base__, Puppy.__qualname__, Dog.speak is Animal.speak, Puppy.speak is Dog.speak)
print(type(Dog), type(Animal), type(type), isinstance(Dog, type), Dog.__dict__.get("sound"), "speak" in Dog.__dict__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("created_by", mcls.__name__)
        return super().__new__(mcls, name, bases, ns)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class WithMeta(metaclass=Meta):
    pass
class Child(WithMeta):
    pass
print(WithMeta, Child, Child.created_by, type(Child).__name__)
print(super(Puppy, pets[2]).speak())
print(Bottom().missing_method())
