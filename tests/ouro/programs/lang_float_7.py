# uncaught: math domain error
import math


def safe_log(x):
    if x <= 0:
        return float("-inf")
    return math.log(x)


for v in [1, math.e, 100, 0.5]:
    print(v, round(math.log(v), 6), round(safe_log(v), 6))
print(safe_log(0), safe_log(-1))
print(math.sqrt(2), math.exp(1), math.atan2(1, 1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("caught:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("caught:", e)
print("log of negative")
print(math.log(-5))
print("not reached")
