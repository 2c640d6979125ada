# __format__ protocol with str.format, format(), f-strings
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        if spec.endswith("c"):
            return f"{self.cents}{spec[:-1]}c"
        return format(self.cents / 100, spec)

    def __str__(self):
        return "Money(%d)" % self.cents

m = Money(12345)
print(format(m), format(m, ">12,.1f"), format(m, "c"), format(m, " c"))
print("{} {:c} {:10.3f}|".format(m, m, m), f"{m} {m!s} {m:c} {m:>10}")
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print(type(e).__name__, e)
plain = Plain()
print(format(plain, "") == str(plain) or "differs")
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class Temp(float):
    def __format__(self, spec):
        return super().__format__(spec) + "°"
print(format(Temp(21.456), ".1f"), f"{Temp(3):e}")
class Tag(str):
    pass
print("{:>6}".format(Tag("ab")), format(Tag("x"), "*^5"))
import datetime
d = datetime.date(2024, 2, 29)
print(format(d, "%Y/%m/%d"), "{:%d %b %Y}".format(d), f"{d:%j}", str(d))
print(int.__format__(5, "03"), float.__format__(0.5, "%"), str.__format__("a", ">2"))
print(object.__format__(plain, "") == str(plain) or "differs")
try:
    object.__format__(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
