# Calls of built-in functions and methods (the positional fast path of the
# eval loop and the general one): results and CPython's argument errors.
l = []
l.append(1)
app = l.append
app(2)
print(l, len(l), max(3, 4), min([5, 1]), divmod(7, 2))
print(str.upper("ab"), "x".join(["a", "b"]), list.__len__(l))
for bad in (lambda: len(), lambda: len(1, 2), lambda: str.upper(), lambda: str.upper(5),
            lambda: l.append(), lambda: l.append(1, 2), lambda: "a".find(), lambda: dict.fromkeys()):
    try:
        bad()
    except TypeError as e:
        print(e)
print(dict.fromkeys([1, 2]), "abc".find("c", 1), "abc".startswith("a", 0, 2))
print(isinstance(1, int), getattr(l, "pop")(), sorted([3, 1, 2]), l)
