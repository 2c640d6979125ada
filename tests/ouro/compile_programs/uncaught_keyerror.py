# an uncaught KeyError from a comprehension inside a method
class Registry:
    def __init__(self):
        self.entries = {"a": 1, "b": 2}

    def lookup_all(self, keys):
        return [self.entries[k] for k in keys]


r = Registry()
print(r.lookup_all("ab"))
print(r.lookup_all("abc"))
