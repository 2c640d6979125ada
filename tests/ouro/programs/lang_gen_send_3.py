# uncaught: exception thrown into a generator that does not handle it
def monitor():
    seen = []
    while True:
        try:
            value = yield len(seen)
            seen.append(value)
        except ValueError as e:
            print("monitor recovered from", e)
            seen.clear()


m = monitor()
print(next(m))
print(m.send("a"), m.send("b"))
print(m.throw(ValueError("reset")))
print(m.send("c"))
print("throwing something it does not handle")
m.throw(TypeError("unexpected type"))
print("not reached")
a = 1
print(a)
