# uncaught: multi-line expression in traceback and method call chain
class Calc:
    def __init__(self, values):
        self.values = values

    def ratio(self, i, j):
        return (self.values[i]
                / self.values[j])

    def all_ratios(self):
        return [self.ratio(i, i + 1)
                for i in range(len(self.values) - 1)]


c = Calc([8, 4, 2, 1])
print(c.all_ratios())
c2 = Calc([3, 1, 0, 5])
print(c2.ratio(0, 1))
print(c2.all_ratios())
print("not reached")
