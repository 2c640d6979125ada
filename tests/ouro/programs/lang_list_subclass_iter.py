"""list(), tuple(), extend, unpacking and str.join of a list or tuple
subclass go through its __iter__ (only exact lists and tuples are copied
directly, as CPython's PyList_CheckExact/PyTuple_CheckExact)."""


class Rev(list):
    def __iter__(self):
        return reversed(self[:])


class Twice(tuple):
    def __iter__(self):
        for x in tuple.__iter__(self):
            yield x
            yield x


r = Rev([1, 2, 3])
t = Twice(("a", "b"))
print(list(r), tuple(r), list(t), tuple(t))
x = [0]
x.extend(r)
x.extend(t)
print(x, ",".join(Twice(("p", "q"))), sorted(r), [*r], [*t])
a, b, c = r
print(a, b, c, set(t) == {"a", "b"}, min(r), max(Twice((4, 9))))
print(dict.fromkeys(r), " ".join(map(str, r)))
r.extend(r)
print(r, len(r))


class Plain(list):
    pass


p = Plain([3, 4])
p += p
print(p, list(p), tuple(Plain([5])))


def f(*args):
    return args


print(f(*r), f(*t))
