# uncaught: float conversion failure inside a method
class Reading:
    def __init__(self, raw):
        self.raw = raw

    def value(self):
        return float(self.raw)

    def scaled(self, k):
        return self.value() * k


readings = [Reading("1.5"), Reading("  2e3 "), Reading("-inf"), Reading("nan")]
for r in readings:
    print(r.raw.strip(), r.scaled(2))

total = 0.0
for r in readings[:2]:
    total += r.scaled(0.5)
print("total", total)
bad = Reading("3,5")
print("scaling bad reading")
print(bad.scaled(10))
