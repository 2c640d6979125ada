"""A mix of what ordinary programs use, compared with CPython as a whole (written probing for differences, 2026-11-30)."""
import dataclasses, typing, enum, collections, functools, itertools, inspect, textwrap, string
from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: tuple = ()
@dataclass
class Box:
    items: list = field(default_factory=list)
    name: str = "box"
    def total(self) -> int: return sum(self.items)
p = Pt(1, 2); print(p, repr(p), hash(p) == hash(Pt(1, 2)), p < Pt(2, 0), asdict(p), astuple(p), replace(p, y=5))
try: p.x = 3
except dataclasses.FrozenInstanceError as e: print("frozen", e)
b = Box([1, 2]); print(b, b.total(), dataclasses.fields(b)[0].name, Box.__init__.__doc__)
class Color(enum.Enum):
    RED = 1; GREEN = 2
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color['RED'], list(Color), Perm.R | Perm.W, repr(Perm(7)), Perm(0))
print(inspect.signature(Box), inspect.signature(functools.reduce) if hasattr(functools.reduce, '__text_signature__') else '')
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: "doc"; return ""
print(inspect.signature(f), inspect.getdoc(f), f.__annotations__)
print(typing.get_type_hints(f), typing.Optional[int], typing.List[typing.Dict[str, int]], list[int] | None)
T = typing.TypeVar('T')
class Stack(typing.Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
print(Stack[int], Stack.__parameters__, typing.get_origin(list[int]), typing.get_args(dict[str, int]))
class P(typing.Protocol):
    def m(self) -> int: ...
print(isinstance(1, typing.Hashable), typing.NamedTuple('NT', [('a', int)])(1))
NT = collections.namedtuple('NT', 'a b c', defaults=[3])
n = NT(1, 2); print(n, n._asdict(), n._replace(a=9), NT._fields, NT._field_defaults)
c = collections.Counter("abracadabra"); print(c.most_common(3), c['z'], c + collections.Counter('aab'), sorted(c.elements())[:5])
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(reversed(od)), od.popitem(last=False))
dd = collections.defaultdict(list); dd['x'].append(1); print(dd, dict(dd))
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child())
dq = collections.deque(range(5), maxlen=4); dq.rotate(2); print(dq, dq.maxlen)
print(list(itertools.accumulate([1,2,3], initial=10)), list(itertools.pairwise('abcd')), list(itertools.groupby('aabbbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.combinations_with_replacement('ab', 2)), list(itertools.product(range(2), repeat=2)), list(itertools.islice(itertools.count(5, 2), 3)))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
print(show(1), show("s"), functools.partial(int, base=2)("101"), functools.cmp_to_key(lambda a, b: a - b))
class C:
    @functools.cached_property
    def v(self): print("compute"); return 42
c1 = C(); print(c1.v, c1.v)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30), textwrap.dedent("   a\n   b"), textwrap.shorten("hello world foo", 12))
print(string.Template("$a and ${b}").substitute(a=1, b=2), string.capwords("hello world"), string.ascii_letters[:5])
print(f"{3.14159:.2f} {1234567:,} {0.5:%} {255:#x} {'s':*^9} {12:08b} {-1.5e-7:g} {1e20} {2**0.5!r}")
print(sorted({3: 'a', 1: 'b'}.items()), min([], default=0), max("abc", key=ord), divmod(-7, 2), round(2.675, 2), round(-0.5), pow(3, -1, 7))
