"""Decimal and Fraction arithmetic: money, rounding modes, contexts, continued fractions, harmonic sums."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero, Context
from fractions import Fraction
import math

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal), str(Decimal("1.10") + Decimal("2.20")))
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize())
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(mode, [str(Decimal(x).quantize(Decimal("1"), rounding=mode)) for x in ("2.5", "3.5", "-2.5", "2.4", "-2.6")])
getcontext().prec = 50
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal(1).exp())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") * 1, +Decimal("1.234567"))
print(Decimal(1) / Decimal(3))
getcontext().prec = 28
d = Decimal("-12.3450")
print(d.as_tuple(), d.sign if hasattr(d, "sign") else "", d.is_signed(), abs(d), -d, d.adjusted(), d.to_integral_value(), int(d), float(d), round(d, 2), round(d))
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.3") == 1.3, Decimal(2) == 2, hash(Decimal(2)) == hash(2), Decimal("NaN") == Decimal("NaN"))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.25"), Decimal("1E1")]), max(Decimal("1"), Decimal("1.0")), Decimal("7") % 3, Decimal("-7") // 2, divmod(Decimal(7), Decimal(-2)))
print(Decimal("inf"), Decimal("-Infinity") < 0, Decimal("nan").is_nan(), Decimal("0.000001234"), Decimal("1234567890123456789012345678901234"), Decimal("1E-7"), Decimal("0E-10"))
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.5'):,}", f"{Decimal('0.5'):%}", f"{Decimal('1e10'):e}", format(Decimal("-0.0005"), ".1e"))
print(Decimal(3).compare(Decimal(4)), Decimal("2.50").quantize(Decimal("0.1")), Decimal(10) ** -2, Decimal(2) ** Decimal("0.5"))
c = Context(prec=3, rounding=ROUND_DOWN)
print(c.divide(Decimal(2), Decimal(3)), c.create_decimal("3.14159"), c.power(2, 10))

f = Fraction(3, 4)
g = Fraction("5/6")
print(f + g, f - g, f * g, f / g, f ** 2, f ** -1, -f, abs(-g), f // g, f % g, divmod(Fraction(7, 2), Fraction(2, 3)))
print(Fraction(0.1), Fraction("0.1"), Fraction(0.1).limit_denominator(100), Fraction(math.pi).limit_denominator(1000), Fraction(Decimal("1.25")))
print(f == 0.75, f < 1, Fraction(1, 3) == 1 / 3, float(Fraction(1, 3)), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 3), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)))
print(repr(f), str(Fraction(4, 2)), Fraction(-6, -4), Fraction(6, -4), f.numerator, f.denominator, f.as_integer_ratio(), Fraction(5).is_integer() if hasattr(Fraction, "is_integer") else "")
h = sum(Fraction(1, n) for n in range(1, 21))
print(h, float(h), f"{h:.10f}" if hasattr(Fraction, "__format__") and Fraction.__format__ is not object.__format__ else "")
def cont_frac(x, n):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return out
print(cont_frac(Fraction(415, 93), 10), cont_frac(Fraction(math.sqrt(2)), 8))
def convergents(cf):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)
print(list(convergents([3, 7, 15, 1, 292])))
egypt = []
x = Fraction(4, 13)
while x:
    d = math.ceil(1 / x)
    egypt.append(Fraction(1, d)); x -= Fraction(1, d)
print(" + ".join(map(str, egypt)))
print(Fraction(1, 2) + 0.5, 1 + Fraction(1, 2), Fraction(1, 2) + Decimal(1) if False else "", 2 ** Fraction(1, 2), Fraction(2) ** 0.5, Fraction(1, 2) * 1j)
for bad in (lambda: Decimal("1.2.3"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("x") if False else Fraction("1/0"),
            lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction(1.5, 2), lambda: Fraction(float("inf")),
            lambda: Fraction(float("nan")), lambda: Fraction(1, 2) < "a", lambda: Fraction(0) ** -1, lambda: Decimal(1) < "a"):
    try:
        print(bad())
    except (ArithmeticError, ValueError, TypeError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError))
