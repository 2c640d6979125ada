# a run-time type error, after some output
print("before")
def f(a) { return a + 1 }
print(f(1))
print(f("one"))
print("after")
