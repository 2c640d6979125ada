# uncaught: OverflowError converting a huge int to float in arithmetic
import math

values = [10, 10 ** 10, 10 ** 100, 10 ** 300]
for v in values:
    print(len(str(v)), math.log10(v), v / 3 if v < 10 ** 300 else "big")
print(math.log(10 ** 400) > 900)
print(math.sqrt(10 ** 300))
print(float(10 ** 308))
try:
    float(10 ** 309)
except OverflowError as e:
    print("caught:", e)
ratios = []
for v in values:
    ratios.append(v / 7)
print(ratios[0], ratios[-1])
huge = 10 ** 400
print("dividing huge by a float")
print(huge * 1.5)
print("not reached")
