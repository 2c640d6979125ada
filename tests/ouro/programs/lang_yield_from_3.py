# yield from with non-generator iterators: send forwards only None, throw/close forwarding
class Echo:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("echo result")
        return f"echo {self.i}"
def delegating():
    r = yield from Echo()
    yield f"delegate got {r!r}"
print(list(delegating()))
d = delegating()
print(next(d))
try:
    d.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)
class WithSend(Echo):
    def send(self, v):
        return f"WithSend.send({v!r})"
    def throw(self, *a):
        return "WithSend.throw handled"
    def close(self):
        print("WithSend.close called")
def delegating2():
    yield from WithSend()
d2 = delegating2()
print(next(d2), d2.send(42), d2.throw(ValueError("x")))
d2.close()
def sub():
    received = []
    while len(received) < 2:
        received.append((yield len(received)))
    return received
def outer():
    result = yield from sub()
    return ("outer", result)
o = outer()
print(next(o), o.send("first"))
try:
    o.send("second")
except StopIteration as e:
    print("outer returned", e.value)
def gen_raises_stop():
    yield 1
    return 99
def wrapper():
    v = yield from gen_raises_stop()
    yield v
print(list(wrapper()))
