# definitions with defaults, keyword-only, positional-only, *args, **kwargs; calls with * and **
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], c=0, d=1, **{"e": 9, "y": 8}))
print(f(1, *(2, 3), *[4], d=0, **{"q": 1}, w=2))


def pos_only(a, b, /):
    return a, b


def kw_only(*, a, b=1):
    return a, b


def varargs(*args):
    return args


def varkw(**kwargs):
    return kwargs


print(pos_only(1, 2), kw_only(a=0), kw_only(b=2, a=1), varargs(), varargs(1, 2), varkw(), varkw(x=1))
print(pos_only(*range(2)), kw_only(**{"a": "A"}), varargs(*"abc", *[1]), varkw(**{"k": 1}, j=2))


def defaults_eval_once(x=[]):
    x.append(1)
    return x


print(defaults_eval_once(), defaults_eval_once(), defaults_eval_once([0]))
base = 10


def default_from_global(x=base * 2, *, y=base + 1):
    return x, y


base = 0
print(default_from_global(), default_from_global.__defaults__, default_from_global.__kwdefaults__)


def posonly_and_kwargs(a, /, **kw):
    return a, kw


print(posonly_and_kwargs(1, a=2))


def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h


args = (1, 2, 3)
kwargs = {"f": 6, "g": 7, "h": 8}
print(many(*args, 4, 5, **kwargs), many(1, 2, 3, 4, 5, 6, 7, h=8))


class M:
    def method(self, x, *rest, key=None, **other):
        return self.__class__.__name__, x, rest, key, other


m = M()
print(m.method(1), m.method(1, 2, 3, key="k", extra=0), M.method(m, *[5, 6], **{"key": 1}))
meth = m.method
print(meth(*[], x=9))
print(print("a", "b", sep="|", end="!\n"))
print(max(3, 1, 2), max([3, 1, 2], key=lambda v: -v), min(*[4, 5]), sorted([3, 1], reverse=True))
print(dict(a=1, **{"b": 2}), list(*[[1, 2]]), "{} {x}".format(1, **{"x": 2}))
print((lambda *a, k=0, **kw: (a, k, kw))(*range(3), **{"k": 1, "o": 2}))


def all_kinds(p1, p2=2, /, n1=3, *va, k1, k2=4, **vk):
    return locals()


print(all_kinds(1, k1=0))
print(all_kinds(1, 2, 3, 4, 5, k1=1, k2=2, z=3))
big_call = sum([*range(100)])
print(big_call, varargs(*range(260))[-1], len(varkw(**{("k%d" % i): i for i in range(300)})))
