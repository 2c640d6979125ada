# uncaught: ZeroDivisionError inside a property reached via getattr()
class Stats:
    def __init__(self, values):
        self.values = values

    @property
    def mean(self):
        return sum(self.values) / len(self.values)

    @property
    def spread(self):
        return max(self.values) - min(self.values)


s = Stats([1, 2, 3, 4])
for attr in ["mean", "spread"]:
    print(attr, getattr(s, attr))
print(hasattr(s, "median"))
empty = Stats([])
print(getattr(empty, "values"))
print("mean of empty")
print(getattr(empty, "mean"))
print("not reached")
