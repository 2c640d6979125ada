"""A mix of what ordinary programs use, compared with CPython as a whole (written probing for differences, 2026-11-30)."""
import asyncio, sys, weakref, gc
errs = [lambda: [].pop(), lambda: {}['k'], lambda: 1 + 'a', lambda: 'a' * 'b', lambda: int('x'), lambda: None.foo,
        lambda: [1][5], lambda: (1).bar, lambda: len(5), lambda: iter(5), lambda: next(iter([])), lambda: float('abc'),
        lambda: 'abc'.index('z'), lambda: [].index(1), lambda: tuple()[0], lambda: {1} - [1], lambda: sum(['a']),
        lambda: sorted([1, 'a']), lambda: max([]), lambda: chr(-1), lambda: ord('ab'), lambda: int(None), lambda: 10 ** -1 % 0,
        lambda: 1 // 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: hash([]), lambda: {[]: 1}, lambda: object().__dict__,
        lambda: setattr(1, 'x', 2), lambda: 'abc'[1:2:0], lambda: bytes('é', 'ascii'), lambda: b'\xff'.decode(),
        lambda: print(undefined_name), lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2), lambda: (lambda *, k: k)(1),
        lambda: dict(a=1)(), lambda: [x for x in 5], lambda: __import__('nonexistent_mod_xyz'), lambda: getattr(object, 'nope'),
        lambda: int.from_bytes('ab', 'big'), lambda: 'a'.join([1]), lambda: list(zip([1], [2, 3], strict=True)),
        lambda: memoryview(b'a')[5], lambda: range(0)[0], lambda: complex('x'), lambda: round(1.5, 'a'), lambda: abs('a')]
for e in errs:
    try:
        e()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['made_by'] = m.__name__; return super().__new__(m, name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__); return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw): super().__init_subclass__(**kw); cls.tag = tag
    def __repr__(self): return f"<{type(self).__name__}>"
class B(A, tag="b"):
    __slots__ = ('q',)
    def __getattr__(self, n): return n.upper()
b = B(); print(b, b.made_by, B.tag, b.zzz, B.__mro__, isinstance(b, A), B.__qualname__)
class V:
    def __init__(self, *xs): self.xs = list(xs)
    def __add__(self, o): return V(*[a + c for a, c in zip(self.xs, o.xs)])
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __eq__(self, o): return isinstance(o, V) and self.xs == o.xs
    __hash__ = None
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, x): return x in self.xs
    def __bool__(self): return bool(self.xs)
    def __repr__(self): return f"V{tuple(self.xs)}"
print(sum([V(1, 2), V(3, 4)]), V(1) == V(1), 2 in V(1, 2), list(reversed(V(1, 2, 3))), V()[:] if False else bool(V()), V(5)[0])
def gen():
    try:
        x = yield 1
        print("got", x)
        yield from range(2)
        return "done"
    finally:
        print("gen finally")
g = gen(); print(next(g), g.send("s"), next(g))
try: next(g); next(g)
except StopIteration as e: print("stop", e.value)
async def work(n):
    await asyncio.sleep(0.001 * n); return n * 2
async def main():
    r = await asyncio.gather(*(work(i) for i in range(3)))
    t = asyncio.create_task(work(5)); print(r, await t)
    async def agen():
        for i in range(3): yield i
    print([x async for x in agen()])
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
asyncio.run(main())
class Node: pass
n = Node(); r = weakref.ref(n); print(r() is n); del n; gc.collect(); print(r())
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("caught", eg.exceptions)
except* TypeError as eg:
    print("caught", eg.exceptions)
match {"type": "pt", "x": 1, "y": [2, 3]}:
    case {"type": "pt", "x": int(x), "y": [a, *rest]}: print("matched", x, a, rest)
def outer():
    v = 1
    def inner():
        nonlocal v; v += 1; return v
    return inner
f = outer(); print(f(), f(), f.__closure__[0].cell_contents)
print(sys.getsizeof(1) > 0, [*range(3), *'ab'], {**{'a': 1}, 'b': 2}, (lambda: (yield))().__class__.__name__)
raise KeyError("final")
