# uncaught: exception in a with body, __exit__ runs and does not suppress
class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.name, self.ops)
        else:
            print("rollback", self.name, exc_type.__name__)
        return False

    def apply(self, op):
        if op < 0:
            raise ValueError(f"negative op {op}")
        self.ops.append(op)


with Transaction("t1") as t:
    t.apply(1)
    t.apply(2)
with Transaction("t2") as t:
    t.apply(3)
    t.apply(-4)
print("not reached")
