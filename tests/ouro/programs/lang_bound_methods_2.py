# uncaught: a method defined without self
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

    def reset():
        return 0


c = Counter()
print(c.inc(), c.inc(5), c.n)
inc = c.inc
print(inc(), inc(by=10), c.n)
print(Counter.reset())
print(type(Counter.reset).__name__, type(c.reset).__name__)
print(c.reset.__func__ is Counter.reset)
print("calling reset on an instance")
print(c.reset())
print("not reached")
