# inf and nan semantics
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 1, 1 < nan)
l = [nan]
print(nan in l, l == l, [nan] == [nan], (nan,) == (nan,))
print(float("nan") in [float("nan")])
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]))
print(inf // 1, inf % 2, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(2.0 ** 1023 * 2, (-0.0) == 0.0, str(-0.0), repr(0.0 * -1))
print(abs(-inf), abs(-0.0), -(0.0))
print(inf.is_integer(), nan.is_integer(), inf.hex(), nan.hex())
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.copysign(1, -0.0))
print(math.inf == inf, math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
    print("complex result", (-8.0) ** 0.5)
except ValueError as e:
    print(type(e).__name__, e)
print(0.0 ** 0, 0.0 ** 0.5, inf ** 0, nan ** 0, 1 ** nan)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
