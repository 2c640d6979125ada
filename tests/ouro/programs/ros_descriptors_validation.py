"""Validating descriptors and properties: typed fields, ranges, read-only, lazy attributes, __set_name__, __getattr__ fallbacks."""
class Typed:
    def __init__(self, kind, *, minimum=None):
        self.kind, self.minimum = kind, minimum
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value!r}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Product:
    name = Typed(str)
    price = Typed((int, float) if False else float, minimum=0.0)
    qty = Typed(int, minimum=0)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @Lazy
    def total(self):
        return self.price * self.qty
    @property
    def label(self):
        return f"{self.name} x{self.qty}"
    @label.setter
    def label(self, text):
        n, q = text.split(" x")
        self.name, self.qty = n, int(q)
    def __getattr__(self, attr):
        if attr.startswith("is_"):
            return self.name.lower() == attr[3:]
        raise AttributeError(f"{type(self).__name__!r} has no {attr!r}")

p = Product("Tea", 3.5, 4)
print(p.name, p.price, p.qty, p.label, p.is_tea, p.is_coffee)
print(p.total)
print(p.total, vars(p))
p.label = "Coffee x2"
print(p.label, p.name, p.qty, p.total, type(Product.__dict__["name"]).__name__, Product.name.private)
for attr, val in (("price", "3"), ("qty", -1), ("name", 5), ("price", -0.5), ("qty", 2.0)):
    try:
        setattr(p, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del p.qty
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.colour
except AttributeError as e:
    print(type(e).__name__, e)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
for action in (lambda: setattr(r, "value", 1), lambda: delattr(r, "value")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
class Temperature:
    def __init__(self):
        self._c = 0.0
    def _get(self):
        return self._c
    def _set(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    celsius = property(_get, _set, doc="degrees C")
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, lambda self, f: self._set((f - 32) * 5 / 9))
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Slotted.a).__name__, Slotted.a.__name__)
class Dyn:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
d = Dyn()
print(d.secret, d.anything, getattr(d, "x", "default"), hasattr(d, "zzz"))
class Setter:
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)
st = Setter()
st.word = "hi"
st.n = 3
del st.n
print(st.word, vars(st))
del st.nothing
