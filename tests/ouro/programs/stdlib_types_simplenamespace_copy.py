# types.SimpleNamespace can be copied, deep-copied and pickled
import copy
import pickle
import types

ns = types.SimpleNamespace(a=1, b=[2])
c = copy.copy(ns)
print(c, c == ns, c is ns, c.b is ns.b)
d = copy.deepcopy(ns)
print(d, d == ns, d.b is ns.b)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(ns, proto))
    print(proto, p, type(p).__name__, p == ns)
r = ns.__reduce__()
print(r[0] is types.SimpleNamespace, r[1], r[2], r[2] is ns.__dict__)


class Sub(types.SimpleNamespace):
    pass


s = Sub(x=1)
print(pickle.loads(pickle.dumps(s)), copy.copy(s), type(copy.deepcopy(s)).__name__)
print(copy.copy(types.SimpleNamespace()))
