"""Methods pickle as CPython's: a bound method (Python, classmethod,
built-in, method-wrapper) as getattr(self, name), a method descriptor or
slot wrapper as getattr(type, name), a module's built-in function by its
name; staticmethods and plain functions as globals."""
import functools
import operator
import pickle


class A:
    def __init__(self, v=42):
        self.v = v

    def f(self):
        return self.v

    @classmethod
    def c(cls):
        return cls.__name__

    @staticmethod
    def s():
        return "s"

    def __eq__(self, other):
        return isinstance(other, A) and other.v == self.v


def show_reduce(label, obj):
    try:
        r = obj.__reduce__()
        if isinstance(r, tuple):
            print(label, r[0].__name__, [type(x).__name__ if isinstance(x, A) else x
                                         for x in r[1]])
        else:
            print(label, repr(r))
    except TypeError as e:
        print(label, "TypeError", e)


show_reduce("bound", A(1).f)
show_reduce("classmethod", A.c)
show_reduce("list.append bound", [1].append)
show_reduce("int method", (5).bit_length)
show_reduce("str.join", str.join)
show_reduce("len", len)
show_reduce("functools.reduce", functools.reduce)
show_reduce("int.__add__", int.__add__)
show_reduce("(1).__add__", (1).__add__)
show_reduce("object.__init__", object.__init__)
show_reduce("function", A.f)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(A(7).f, proto))
    print(proto, m(), type(m.__self__).__name__, m.__func__ is A.f,
          pickle.loads(pickle.dumps(A.c, proto))(),
          pickle.loads(pickle.dumps(A.s, proto))())

lst = [3, 1, 2]
app = pickle.loads(pickle.dumps(lst.append))
app(9)
print(app.__self__, lst)
print(pickle.loads(pickle.dumps(str.upper))("abc"), pickle.loads(pickle.dumps("-".join))("xy"))
print(pickle.loads(pickle.dumps((10).__add__))(5), pickle.loads(pickle.dumps(int.__add__))(2, 3))
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(operator.add)) is operator.add)
print(pickle.loads(pickle.dumps(dict.fromkeys))("ab"))
print(sorted(map(pickle.loads(pickle.dumps(str.lower)), ["B", "a"])))
