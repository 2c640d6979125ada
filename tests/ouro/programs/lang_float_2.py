# round() and float formatting
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, -2.5]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
print(round(1234.5678, -2), round(1234.5678, -5), round(5.5, 0), round(-0.4))
print(round(2.5, None), round(1e300, 2), round(1.23456789, 8))
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
x = 1234.56789
for spec in ["", "f", ".2f", "10.3f", "<12.1f", "^12.1f", "+.2f", " .2f", "e", ".3e",
             "E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.3f", "012.2f", "#.0f",
             "=+12.2f", "*>15,.1f", ".0e", "#g", "n"]:
    print(repr(spec), format(x, spec))
for v in [1e-10, 1e10, 1e16, 123456789.0, 0.0001, 0.00001, -0.0, 1e100]:
    print(format(v, "g"), format(v, ".4g"), format(v, "#.4g"), str(v), format(v, ""))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "10.2f"))
print(format(float("inf"), "F"), format(float("nan"), "E"), format(-0.0, "+f"))
print("%f %e %g %.3f %10.2e %-10.1f|" % (x, x, x, x, x, x))
print("%G %E %.0f %#.0f %+.1f" % (1e-20, 2.5, 2.5, 3.5, -0.05))
