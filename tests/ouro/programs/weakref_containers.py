# weakref.py on real weak references: WeakValueDictionary, WeakKeyDictionary,
# WeakSet, WeakMethod, finalize (checked after gc.collect())
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def method(self):
        return self.n * 10


objs = [Obj(i) for i in range(10)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print("values:", len(wvd), sorted(wvd.keys())[:3])
del objs[::2]
gc.collect()
print("values after:", len(wvd), sorted(wvd.keys()))
print("get:", wvd.get(1), wvd.get(2), 3 in wvd, 4 in wvd)
print("setdefault:", wvd.setdefault(3, Obj(33)))
print("valuerefs:", len(wvd.valuerefs()))

wkd = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(5)]
for k in keys:
    wkd[k] = k.n * 100
print("keys:", len(wkd), wkd[keys[2]])
removed = keys.pop(2)
del removed
gc.collect()
print("keys after:", len(wkd), sorted(wkd.values()))
print("keyrefs:", len(wkd.keyrefs()), keys[0] in wkd)

ws = weakref.WeakSet()
members = [Obj(i) for i in range(6)]
for m in members:
    ws.add(m)
print("set:", len(ws), members[0] in ws)
members = members[:2]
gc.collect()
print("set after:", len(ws), sorted(x.n for x in ws))
other = weakref.WeakSet(members[:1])
print("set ops:", len(ws | other), len(ws - other), ws >= other)

m = Obj(7)
wm = weakref.WeakMethod(m.method)
print("WeakMethod:", wm()())
del m
gc.collect()
print("WeakMethod dead:", wm())

log = []
x = Obj(8)
fin = weakref.finalize(x, log.append, "x finalized")
print("finalize alive:", fin.alive, fin.atexit)
y = Obj(9)
fin2 = weakref.finalize(y, log.append, "y finalized")
print("detach:", fin2.detach()[2:], fin2.alive)
del x, y
gc.collect()
print("finalize:", fin.alive, log)
z = Obj(10)
fin3 = weakref.finalize(z, log.append, "called early")
print("call:", fin3(), fin3.alive, log[-1])
print("call again:", fin3())

# a cache that forgets entries nobody uses any more
class Cache:
    def __init__(self):
        self.data = weakref.WeakValueDictionary()
        self.misses = 0

    def get(self, n):
        v = self.data.get(n)
        if v is None:
            self.misses += 1
            v = Obj(n)
            self.data[n] = v
        return v


cache = Cache()
held = [cache.get(i % 4) for i in range(12)]
print("cache misses:", cache.misses, len(cache.data))
held = None
gc.collect()
print("cache after drop:", len(cache.data))
again = cache.get(1)
print("cache misses now:", cache.misses)
