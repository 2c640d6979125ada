"""gc.get_objects, gc.get_referents and gc.get_referrers: the facts that
hold in CPython and in ouro alike (which containers refer to an object,
which objects a container holds, that live containers are listed), and the
trace module's caller counting, which finds functions by their code."""
import gc
import sys
import trace


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []


root = Node("root")
leaf = Node("leaf")
root.children.append(leaf)
by_name = {"leaf": leaf}
pair = (leaf, 1)


def refers(container, obj):
    return any(r is obj for r in gc.get_referents(container))


refs = gc.get_referrers(leaf)
print("children list refers:", any(r is root.children for r in refs))
print("dict refers:", any(r is by_name for r in refs))
print("tuple refers:", any(r is pair for r in refs))
print("root itself does not:", not any(r is root for r in refs))
print("list holds leaf:", refers(root.children, leaf))
print("dict holds leaf:", refers(by_name, leaf))
print("tuple holds leaf:", refers(pair, leaf))
print("referents of several:", sum(1 for r in gc.get_referents(root.children, pair) if r is leaf))

objs = gc.get_objects()
print("listed:", any(o is root.children for o in objs), any(o is by_name for o in objs))
print("only tracked:", all(gc.is_tracked(o) for o in objs))
print("atoms not tracked:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))


def helper():
    return sum(range(3))


code = helper.__code__
print("functions of a code:", [f.__name__ for f in gc.get_referrers(code) if callable(f)])
lonely = Node("lonely")
print("nothing refers to a fresh local:",
      [type(r).__name__ for r in gc.get_referrers(lonely) if not isinstance(r, dict)])

for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)
for fn in (gc.get_referrers, gc.get_referents):
    try:
        fn(x=1)
    except TypeError as e:
        print("TypeError:", e)


def caller():
    return helper()


tracer = trace.Trace(count=0, trace=0, countfuncs=0, countcallers=1)
tracer.runfunc(caller)
# (the caller's name only: CPython finds a method's class through the
# class's namespace dict, which ouro's classes do not have as an object)
pairs = sorted((c[2].split(".")[-1], d[2]) for c, d in tracer.results().callers)
print("callers:", [p for p in pairs if p[1] in ("helper", "caller")])
