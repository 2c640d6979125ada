# uncaught: AttributeError with a did-you-mean suggestion
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
        self.verbose = False

    def describe(self):
        return f"timeout={self.timeout} retries={self.retries}"


c = Config()
print(c.describe())
c.timeout = 60
print(c.describe())
print(getattr(c, "verbose"))
print(hasattr(c, "retry"))
try:
    c.retry
except AttributeError as e:
    print("caught:", e)
print("about to misspell")
print(c.timout)
print("not reached")
