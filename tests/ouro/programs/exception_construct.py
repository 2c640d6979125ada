"""Exception instances made by calling their classes: BaseException's own
__new__/__init__ (made without calling them), subclasses with their own
__init__ or __new__, the OSError family (errno subclasses, args without the
file names in repr), keyword errors."""
import errno
class E(Exception): pass
class F(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a, b); self.b = b
class G(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a); o.tag = 'g'; return o
class H(KeyError):
    def __del__(self): pass
for c, a in [(ValueError, (1,)), (E, ()), (E, (1, 2)), (F, (1,)), (G, (3,)), (KeyError, ('k',)),
             (OSError, (errno.ENOENT, 'nf')), (OSError, (1,)), (FileNotFoundError, (2, 'x', 'f')),
             (StopIteration, (5,)), (SystemExit, (3,)), (UnicodeDecodeError, ('utf-8', b'\xff', 0, 1, 'bad')),
             (SyntaxError, ('m', ('f', 1, 2, 'x'))), (ImportError, ('m',)), (BaseExceptionGroup, ('g', [ValueError(1)])),
             (ExceptionGroup, ('g', [ValueError(1)])), (AttributeError, ('a',)), (NameError, ('n',)), (H, ('h',))]:
    e = c(*a)
    print(type(e).__name__, repr(e), e.args, str(e), getattr(e, 'b', None), getattr(e, 'tag', None))
try:
    raise ValueError(1, 2)
except ValueError as e:
    print(repr(e), e.__traceback__ is not None)
for bad in [lambda: ValueError(x=1), lambda: E(x=1), lambda: F(), lambda: KeyError(1, y=2), lambda: StopIteration(value=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(AttributeError('a', name='n', obj=1).name, NameError('x', name='y').name, ImportError('m', name='n', path='p').path)
del e
import gc; gc.collect()
