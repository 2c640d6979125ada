# uncaught: KeyError from set.remove
active = {1, 2, 3, 5, 8}
print(sorted(active), len(active))
active.remove(5)
active.discard(100)
print(sorted(active))
active |= {13, 21}
print(sorted(active), 13 in active)
print(sorted(active & {1, 2, 99}), sorted(active - {1}))
try:
    set().pop()
except KeyError as e:
    print("caught:", repr(e))
frozen = frozenset(active)
print(sorted(frozen | {0}), type(frozen | {0}).__name__)
print("removing 42")
active.remove(42)
print("not reached")
x = 1
print(x)
