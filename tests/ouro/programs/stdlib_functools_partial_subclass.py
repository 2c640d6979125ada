# subclasses of functools.partial
import functools
import pickle


def f(*args, **kw):
    return args, kw


class P(functools.partial):
    pass


p = P(f, 1, a=2)
print(type(p).__name__, p(3, b=4), p.func is f, p.args, p.keywords)
print(repr(p).startswith("P(<function f at "), repr(functools.partial(f, 1)).startswith("functools.partial("))
p.note = "hi"
print(p.note, p.__dict__)

# a partial of a partial subclass without attributes is flattened only if
# the class keeps partial's __call__
q = functools.partial(P(f, 1), 2)
print(q.func is f, q.args)


class Logged(functools.partial):
    def __call__(self, *args, **kw):
        print("calling with", args, kw)
        return super().__call__(*args, **kw)


lg = Logged(f, "x")
print(lg("y"))
flat = functools.partial(lg, "z")
print(flat.func is lg, flat.args, flat())

# pickling keeps the subclass and the attributes
r = pickle.loads(pickle.dumps(p))
print(type(r).__name__, r(9), r.__dict__)


class Method(functools.partial):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class C:
    m = Method(f, "bound")


print(C().m(1)[0][0], type(C.__dict__["m"]).__name__)
print(sorted(map(P(pow, 2), [3, 1, 2])))

# copy keeps the args tuple, the keywords dict and the attributes (the
# same objects); __setstate__ replaces the __dict__
import copy

for cls in (functools.partial, P):
    g = cls(f, ["asdf"], bar=[True])
    g.attr = []
    c = copy.copy(g)
    print(cls.__name__, c.args is g.args, c.keywords is g.keywords, c.attr is g.attr)
    d = copy.deepcopy(g)
    print(d.args is g.args, d.args[0] is g.args[0], d.attr is g.attr, d(), d.__dict__)
    h = cls(f)
    h.old = 1
    h.__setstate__((f, (1,), dict(a=10), dict(attr=[])))
    print(h.func is f, h.args, h.keywords, h.__dict__, h(2, b=20))
    h.__setstate__((f, (1,), dict(a=10), None))
    print(h.__dict__, h(3))
    h.__setstate__((f, (1,), None, None))
    print(h.args, h.keywords, h())
    for bad in ((1, (), {}, None), (f, (), [], None), (f,)):
        try:
            h.__setstate__(bad)
        except TypeError as e:
            print("TypeError:", e)
