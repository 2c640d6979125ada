import _string
import string

def show(fmt):
    try:
        print(repr(fmt), list(_string.formatter_parser(fmt)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

for fmt in ["", "abc", "{}", "{0}", "a{b}c", "{{x}}", "x{0!r:>10}y", "{a.b[0]}", "{:{}}",
            "{0:}", "{!s}", "{!}", "{0!", "{0!r", "{0!rx}", "{", "}", "a}b", "{a{b}", "{0:{1}",
            "{0[}", "{x]}", "}}{{", "{0:{{}}}", "tail{0}tail", "{!r:}", "{0!x}"]:
    show(fmt)

it = _string.formatter_parser("ok{0}bad}")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("lazy:", e)

def split(name):
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), list(rest))
    except Exception as e:
        print(repr(name), type(e).__name__, e)

for name in ["", "0", "12", "abc", "a.b", "a[0]", "a[x].y[12]", "0.real", "a.", "a[]",
             "a[0", "a[0]x", "a..b", "[0]", ".x", "99999999999999999999999"]:
    split(name)

try:
    _string.formatter_parser(1)
except TypeError as e:
    print(e)
try:
    _string.formatter_field_name_split(b"x")
except TypeError as e:
    print(e)
print(type(_string.formatter_parser("")).__name__)

f = string.Formatter()
print(f.format("{0} and {name!r:>8} {x[1]} {y.real}", "zero", name="n", x=[1, 2], y=3))
print(f.format("{:{}}|{:>{w}}", "a", 5, "b", w=4))
print(list(f.parse("a{0}b{1:x}c{2!r}")))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

print(Upper().format("{} {:>5}", "abc", "de"))
try:
    f.format("{} {0}", 1, 2)
except ValueError as e:
    print(e)
