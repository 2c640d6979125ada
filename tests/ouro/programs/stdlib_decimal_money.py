from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext, localcontext, InvalidOperation, DivisionByZero
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
print(prices)
total = sum(prices)
print(total, repr(total))
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("tax", tax)
print("grand", total + tax)
for v in ["2.675", "2.665", "-1.005", "0.5", "1.5", "2.5"]:
    d = Decimal(v)
    print(v, d.quantize(Decimal("0.01"), ROUND_HALF_EVEN), d.quantize(Decimal("1"), ROUND_HALF_UP), round(d), round(d, 1))
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
    print(Decimal("123456789") + 0)
print(getcontext().prec)
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * 2)
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000"))
print(Decimal(0.1))
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("-0"))
print(Decimal("3.14159").as_tuple())
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('12.3'):>10}|")
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal(-7), Decimal(2)))
print(Decimal(10).sqrt(), Decimal(2).ln() if hasattr(Decimal, 'ln') else '', Decimal("1.5").to_integral_value())
print(int(Decimal("42.9")), float(Decimal("0.25")), Decimal("3") ** 4)
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.10"), Decimal("-2")]))
print(Decimal("1.1") == Decimal("1.10"), hash(Decimal("2")) == hash(2), Decimal("0.5") == 0.5)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

f = Fraction(3, 4)
g = Fraction("1/3")
print(f, g, repr(f), f + g, f * g, f / g, f - 1, f ** 2, -g)
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("0.125"), Fraction(10, -4))
print(float(f), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(f.numerator, f.denominator, f < g, max(f, g), sum([Fraction(1, n) for n in range(1, 6)]))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("x/2")
except ValueError as e:
    print("ValueError:", e)
print(f"{Fraction(1, 3):}" if False else str(Fraction(1, 3)))
print(Decimal("2.50").quantize(Decimal("0.1")), Decimal(5).compare(Decimal(3)), Decimal("-3.2").copy_abs())
print(Decimal("1.23E+5"), Decimal("0.00001234"), Decimal("1234567890123456789012345678901234"))
print(str(Decimal("1E-7")), Decimal(123).scaleb(-2), Decimal("12.340").adjusted())
