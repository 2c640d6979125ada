# property: getter/setter/deleter, inheritance, read-only errors
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s.celsius)
def getx(self):
    return self.__dict__.get("x", "unset")
class Old:
    x = property(getx, doc="old style")
print(Old().x, Old.x.__doc__, Old.x.fget is getx, Old.x.fset)
o = Old()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    @property
    def value(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Lazy().value)
