# uncaught: raise ... from None suppresses the context in the traceback
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None


table = {"a": 1, "b": 2}
print(lookup(table, "a"))
print(lookup(table, "b"))
try:
    lookup(table, "z")
except LookupError as e:
    print("caught", e, e.__context__ is not None, e.__suppress_context__)
print(lookup(table, "c"))
print("not reached")
x = 1
y = 2
print(x + y)
