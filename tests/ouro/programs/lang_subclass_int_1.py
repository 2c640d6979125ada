# subclassing int, float, complex, bool (not allowed)
class Bits(int):
    def __new__(cls, v, width=8):
        self = super().__new__(cls, v)
        self.width = width
        return self
    def __repr__(self):
        return f"Bits({format(int(self), '0' + str(self.width) + 'b')})"
    def __add__(self, o):
        return Bits(int(self) + int(o), self.width)
b = Bits(5)
print(b, b + 3, 3 + b, b * 2, type(b * 2).__name__, type(b + 3).__name__, b.width, b == 5, hash(b) == hash(5))
print(isinstance(b, int), int(b), float(b), b.bit_length(), str(b), f"{b:x}", f"{b}", b < 6, -b, abs(Bits(-3)))
print([10, 20, 30, 40, 50, 60][b], range(10)[Bits(2)], Bits(255, 16))
class Meters(float):
    def __str__(self):
        return f"{float(self)} m"
m = Meters(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, m.is_integer(), round(m), Meters("1e3"))
class Z(complex):
    pass
z = Z(1, 2)
print(z, type(z).__name__, z.real, z.conjugate(), type(z.conjugate()).__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Flags(int):
    def __and__(self, o):
        return Flags(int.__and__(self, o))
    def __or__(self, o):
        return Flags(int.__or__(self, o))
    __rand__ = __and__
    __ror__ = __or__
    def __repr__(self):
        return f"Flags({int(self):#x})"
f = Flags(0x10) | 0x01
print(f, 0x100 | Flags(1), f & 0x11, type(f & 1).__name__)
class Counted(int):
    instances = 0
    def __init__(self, v):
        Counted.instances += 1
xs = [Counted(i) for i in range(4)]
print(sum(xs), Counted.instances, sorted(xs, reverse=True), max(xs), type(max(xs)).__name__)
print(int.__new__(Counted, 9), type(int.__new__(Counted, 9)).__name__)
print(Bits.__mro__[1].__name__, issubclass(Bits, int), Bits.__base__ is int)
