"""inspect on functions, classes and generators: signatures (a class
without __init__ has object's "()": a type's __new__ is a built-in function
and type.__text_signature__ exists), bind, getmembers, isabstract (from
type.__flags__), getgeneratorstate, cleandoc."""
import inspect, functools, types, sys
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def target(a: int, b: str = 'x', *args, c: float = 1.0, **kw) -> bool:
    """Doc line."""
    return True
print(inspect.signature(target), target.__doc__, target.__wrapped__.__name__, inspect.unwrap(target) is target.__wrapped__)
print(inspect.getfullargspec(target.__wrapped__))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(target), inspect.isabstract(int))
class K:
    """Class doc."""
    x: int = 1
    def m(self): pass
    @property
    def p(self): return 1
print([n for n, _ in inspect.getmembers(K) if not n.startswith('__')], inspect.getdoc(K), inspect.getmodule(K).__name__)
print(inspect.signature(K.m), inspect.signature(K), inspect.signature(print) if False else '', inspect.signature(len))
print(types.SimpleNamespace(a=1, b=[2]), types.MappingProxyType({'a': 1}), type(target).__name__, types.FunctionType is type(target))
sig = inspect.signature(target.__wrapped__); ba = sig.bind(1, 'y', 3, 4, c=2.0, z=9); ba.apply_defaults(); print(ba.arguments, ba.args, ba.kwargs)
print([p.kind.name for p in sig.parameters.values()], sig.parameters['b'].annotation, sig.return_annotation)
print(inspect.getsourcelines(K.m)[1], inspect.getfile(K).endswith('more3.py'), inspect.stack()[0].function, inspect.currentframe().f_code.co_name)
def gen():
    yield 1
g = gen(); print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(inspect.cleandoc("""
    Indented
      more
    end"""))
print(inspect.formatargvalues(*inspect.getargvalues(inspect.currentframe()))[:20])
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class B(A):
    def f(self): pass
class MyInt(int): pass
class E(ValueError): pass
print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(int), bool(MyInt.__flags__ & (1 << 24)), bool(E.__flags__ & (1 << 30)), bool(B.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)))
print(int.__flags__, object.__flags__, type.__flags__, bool(A.__flags__ & (1 << 20)))
