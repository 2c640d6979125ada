"""Built-in modules and library-level protocols at the application level,
against CPython: programs run through `python -m ouro` (untranslated) and
CPython, whose stdout (and stderr where said) must agree.  _imp and the
importlib machinery on top of it (importlib.import_module, find_spec,
module specs), marshal, _contextvars, memoryview (formats, casts, shapes,
BufferError), UnicodeError and AttributeError/NameError attributes, the
copy/pickle protocol (object.__reduce_ex__, __getstate__, copyreg), _json,
atexit, weak references to objects with __slots__, code.co_positions, the
__text_signature__ of built-in functions (inspect.signature), _struct
(struct, pickle), binascii (base64), _random and _sha512 (random).

    python -m pytest -q tests/ouro/objspace/test_modules.py     (~2 min)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]

IMP = r'''
import _imp, marshal, sys
print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('itertools'),
      _imp.is_builtin('nope'), _imp.lock_held(), _imp.is_frozen('nope'))
print(_imp.source_hash(5, b'abc'), _imp.source_hash(2**40, b'0123456789abcdefXYZ'),
      _imp.check_hash_based_pycs)
_imp.acquire_lock(); print(_imp.lock_held()); _imp.release_lock()
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError", e)
for v in [None, True, False, ..., 1, -5, 2**31, 2**40, -2**70, 1.5, -0.0, 1e300, 5e-324, "abc",
          "h\xe9\u20ac\U0001f600", b"xy", (1, (2,)), [1, 2], {"a": 1}, frozenset([3]), {4},
          3+4j, "x" * 300, tuple(range(300)), StopIteration]:
    d = marshal.dumps(v)
    back = marshal.loads(d)
    print(repr(v)[:40], back == v, type(back).__name__)
print(marshal.loads(b'\xe9\x05\x00\x00\x00'), marshal.version)
for bad in [b'', b'i\x01', b'?']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)
import importlib, importlib.util, importlib.machinery
print([f.__name__ for f in sys.meta_path if f.__module__.startswith("_frozen")])
m = importlib.import_module("colorsys")
print(m.__name__, m.__spec__.name, type(m.__loader__).__name__, m.__spec__.origin == m.__file__)
import json
print(json.__spec__.name, type(json.__loader__).__name__, json.__spec__.submodule_search_locations
      == json.__path__, json.__cached__.endswith(".pyc"))
print(sys.__spec__, sys.__loader__)
print(importlib.util.find_spec("json").name, importlib.util.find_spec("no_such_mod_xyz"))
print(importlib.import_module(".decoder", "json").__name__, importlib.reload(m) is m)
try:
    importlib.import_module("no_such_mod_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
print(sys.version_info, sys.version_info.major, sys.version_info[:2])
'''

CONTEXTVARS = r'''
import contextvars as cv
v = cv.ContextVar('v', default=1); w = cv.ContextVar('w')
print(repr(v)[:30], repr(w)[:25], v.name)
t = v.set(5); print(repr(t)[:40], t.var is v, t.old_value, cv.Token.MISSING)
print(v.get(), w.get(7))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is w)
c = cv.copy_context()
print(len(c), list(c.items()) == [(v, 5)], v in c, c[v], c.get(w), c.get(w, 3))
for f in [lambda: c[1], lambda: cv.ContextVar(1),
          lambda: cv.Token(), lambda: cv.Context(1), lambda: v.reset(1)]:
    try:
        f()
    except (KeyError, TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e)[:45])
print(hash(v) == hash(v), c == cv.copy_context(), c != cv.Context())
v.reset(t)
try:
    v.reset(t)
except RuntimeError as e:
    print(str(e)[-25:])
def f():
    c.run(f)
try:
    c.run(f)
except RuntimeError as e:
    print(str(e)[:40])
print(cv.ContextVar[int], cv.Context.__module__, type(t).__module__)
try:
    v.name = 3
except AttributeError as e:
    print(e)
print(cv.Context().run(lambda *a, **k: (a, k), 1, x=2))
ctx = cv.copy_context()
def g():
    w.set(10)
    return w.get()
print(ctx.run(g), w.get(None), ctx[w], list(ctx.keys()) == [w])
it = iter(ctx)
ctx.run(v.set, 99)
print(len(list(it)), len(ctx), sorted(map(str, ctx.values())))
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print(str(e)[-30:])
t3 = cv.Context().run(w.set, 3)
try:
    w.reset(t3)
except ValueError as e:
    print(str(e)[-30:])
import decimal
print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.getcontext().prec)
'''

MEMORYVIEW = r'''
m = memoryview(bytearray(range(16)))
c = m.cast('@I'); print(c.format, c.shape, c.strides, c.tolist()[:2], c.nbytes, c.itemsize)
print(m.cast('d').tolist()[:1], m.cast('f').tolist()[:2], m.cast('?').tolist()[:3],
      m.cast('c').tolist()[:3], m.cast('q').tolist(), m.cast('Q').tolist(), m.cast('h').tolist())
s = m[::2]; print(s.shape, s.strides, s.c_contiguous, s.contiguous, s.nbytes, s.tolist())
for f in [lambda: s.cast('B'), lambda: m.cast('x'), lambda: m.cast('I').cast('H'),
          lambda: m.cast('B', (3, 5)), lambda: m.cast('B', [4, 4]).cast('B', [2, 8]),
          lambda: m[1, 2], lambda: m['a'], lambda: m.cast('B', [4, 4])[0],
          lambda: m.cast('B', [4, 4])[1:2, 1:2], lambda: memoryview(bytes(7)).cast('I'),
          lambda: hash(m), lambda: memoryview(b'ab').cast('I', [1]),
          lambda: memoryview(b'abcd').cast('B', [0, 4]), lambda: len(memoryview(b'abcd').cast('I', []))]:
    try:
        print(f())
    except (TypeError, ValueError, NotImplementedError, IndexError) as e:
        print(type(e).__name__, e)
g = m.cast('B', [4, 4]); print(g[1:3].tolist(), g[1:3].shape, g[::2].strides, g.cast('B').shape,
                              g[2, 3], g.tobytes('F')[:6], g.f_contiguous, g.c_contiguous)
print(m.cast('I')[1], m.cast('h')[-1])
c = m.cast('I'); c[0] = 2**32 - 1; print(m[:4].tolist())
for val in [2**32, 'x', 1.5, -1]:
    try:
        c[0] = val
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = m.cast('d'); d[0] = 1.5; print(d[0], m[:8].hex())
f = m.cast('f'); f[0] = 0.1; print(f[0], m[:4].hex(' '))
b = m.cast('c'); b[1] = b'z'; print(b[1], repr(m.cast('b')[15]))
z = memoryview(b'abcd').cast('I', []); print(z.ndim, z.shape, z[()] == 0x64636261, z.tolist() == z[()])
ro = memoryview(b'abc'); print(hash(ro) == hash(b'abc'), ro.readonly, ro.toreadonly().readonly,
                              ro == b'abc', ro == bytearray(b'abc'), ro == 'abc', ro == [97, 98, 99])
print(memoryview(b'\x01\x02').cast('b') == memoryview(bytearray(b'\x01\x02')),
      memoryview(b'\x01\x00\x00\x00').cast('i') == memoryview(b'\x01\x00\x00\x00').cast('I'))
data = bytearray(b'0123456789')
view = memoryview(data)
for op in [lambda: data.append(1), lambda: data.extend(b'x'), lambda: data.pop(),
           lambda: data.clear(), lambda: data.__delitem__(0), lambda: data.insert(0, 1),
           lambda: data.__setitem__(slice(0, 2), b'abc')]:
    try:
        op()
    except BufferError as e:
        print("BufferError", e)
data[0:2] = b'ab'; data[0] = 65; print(data)
view.release()
data.append(33); print(len(data), bytes(memoryview(data)[-1:]))
with memoryview(data) as v2:
    try:
        data.append(1)
    except BufferError as e:
        print("BufferError", e)
data.append(1)
print(len(data), list(memoryview(b'xyz')), b''.join([memoryview(b'a'), memoryview(b'bc')]))
print(bytearray(b'abcdef')[1:3] == memoryview(b'bc'), memoryview(b'abc')[::-1].tobytes())
'''

UNICODE_ERRORS = r'''
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.start, ue.end, ue.reason, ue.object, repr(ue), ue.args)
for text, enc in [("日本", "latin-1"), ("a\u20acb", "ascii"), ("\U0001f600", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e.encoding, e.start, e.end, e.reason, e.args, e)
for data, enc in [(b"ab\xff\xfe", "utf-8"), (b"ab\xff\xfe", "ascii"), (b"\xe2\x82", "utf-8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason, e.args, e)
t = UnicodeTranslateError("abc", 1, 2, "nope"); print(t, t.encoding, t.object, t.args)
t.start = 0; t.end = 3; print(t)
e = UnicodeEncodeError("ascii", "x\u20acy", 1, 2, "bad"); print(e)
e.start = 0; e.end = 3; e.reason = "why"; print(e, e.args)
for args in [(), ("a",), ("a", b"x", 0, 1, 2), ("a", "x", 0, 1, "r"), ("a", b"x", "0", 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as ex:
        print(ex)
try:
    UnicodeEncodeError("a", b"x", 0, 1, "r")
except TypeError as ex:
    print(ex)
print(repr(str(UnicodeError("x"))), UnicodeDecodeError("a", bytearray(b"xy"), 0, 2, "r").object)
print(str(UnicodeEncodeError.__new__(UnicodeEncodeError)) == "")
import codecs
print(codecs.encode("é", "ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
a = AttributeError("x", name="n", obj=1); print(a.name, a.obj, a.args, AttributeError().name)
n = NameError("y", name="nm"); print(n.name, n.args); n.name = 5; print(n.name)
for f in [lambda: AttributeError(foo=1), lambda: NameError(obj=1)]:
    try:
        f()
    except TypeError as ex:
        print(ex)
try:
    object().missing
except AttributeError as ex:
    print(ex.name, type(ex.obj).__name__)
'''

REDUCE = r'''
import copy, copyreg
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, 2)
q = copy.copy(p); q.x = 10
print(p.x, q.x, q.y, p.__reduce_ex__(2)[2], copyreg._slotnames(Pt))
class A:
    def __init__(self):
        self.a = [1]
        self.b = 2
a = A(); b = copy.deepcopy(a); print(b.a, b.b, b.a is a.a)
print(a.__reduce_ex__(2)[0].__name__, a.__reduce_ex__(2)[1:3], a.__reduce_ex__(4)[3:])
print(a.__getstate__(), object().__getstate__(), a.__reduce__()[0].__name__, a.__reduce__()[1])
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), slice(1, 2, 3).__reduce__(),
      range(5).__reduce__(), range(1, 9, 2).__reduce__())
print({1, 2}.__reduce__(), frozenset([3]).__reduce__(), bytearray(b"ab").__reduce__(),
      bytearray(b"ab").__reduce_ex__(4), bytearray().__reduce_ex__(2))
e = ValueError("x", 1); e.foo = 3
print(e.__reduce__(), ValueError("y").__reduce__())
e2 = ValueError(); e2.__setstate__({"bar": 4}); print(e2.bar, copy.copy(e).foo)
class L(list):
    pass
l = L([1, 2]); l.z = 1
print(copy.copy(l), copy.copy(l).z, l.__reduce_ex__(2)[2], type(l.__reduce_ex__(2)[3]).__name__)
class D(dict):
    pass
print(copy.deepcopy(D(a=1)), type(copy.copy(D(a=1))).__name__)
class I(int):
    pass
print(copy.copy(I(5)), type(copy.copy(I(5))).__name__, I(5).__reduce_ex__(2)[1])
class G:
    def __getstate__(self):
        return {"g": 1}
    def __setstate__(self, st):
        self.__dict__.update(st, restored=True)
print(copy.copy(G()).__dict__)
class N:
    def __getnewargs__(self):
        return (1, 2)
    def __new__(cls, *args):
        o = object.__new__(cls)
        o.args = args
        return o
print(copy.copy(N()).args, N().__reduce_ex__(2)[1][1:])
class NX:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})
    def __new__(cls, *args, **kw):
        o = object.__new__(cls)
        o.got = (args, kw)
        return o
print(copy.copy(NX()).got, NX().__reduce_ex__(2)[0].__name__)
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = bool(NotImplemented)
    print(r, len(w), w[0].category.__name__, str(w[0].message))
def gen():
    yield 1
for f in [lambda: copy.copy(gen()), lambda: gen().__reduce_ex__(2)]:
    try:
        f()
    except TypeError as ex:
        print(ex)
print(copy.copy({1: 2}), copy.copy([1]), copy.deepcopy((1, [2])), copy.copy(Ellipsis))
'''

JSON = r'''
import json
from collections import OrderedDict
bad = ['', '[', '[1,', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}', '{"a":1,}', '{1:2}', '"abc',
       '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '[1,]', 'nul', '-', '-x', '01', '1.', '1e',
       '[1e5, 2E-3, 0.5e+2]', 'NaN', '-Infinity', 'Infinity', '"\\ud83d\\ude00"', '"\\ud83dx"',
       '{"a": [1, {"b": null}], "c": true}', '  [1]  ', '[1] x', '"\t"',
       '123456789012345678901234567890', '-0', '-0.0', '{"a":1, "a":2}', '[[[]]]',
       '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"\\ud83d\\u0041"']
for b in bad:
    try:
        print(repr(b), repr(json.loads(b)))
    except json.JSONDecodeError as e:
        print(repr(b), "JSONDecodeError", e, e.pos)
print(json.loads('{"b":1,"a":2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b":1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads('[NaN]', parse_constant=lambda c: "C" + c))
print(json.loads('"a\tb"', strict=False))
print(json.dumps(["é\u20ac\U0001f600\x01\"\\\x7f"]), json.dumps("é\x7f\x1f", ensure_ascii=False))
from json import decoder, scanner, encoder
print(decoder.c_scanstring is not None, scanner.c_make_scanner is not None,
      encoder.c_encode_basestring_ascii is not None)
print(decoder.scanstring('"abc"', 1), type(scanner.make_scanner).__name__)
try:
    decoder.scanstring(b'x', 0)
except TypeError as e:
    print(e)
s = scanner.make_scanner(json.JSONDecoder())
try:
    s("  ", 0)
except StopIteration as e:
    print("StopIteration", e.value)
print(s('[1]', 0), s.strict, s.parse_int)
deep = json.loads("[" * 100 + "]" * 100)
n = 0
while deep:
    deep = deep[0]
    n += 1
print(n)
'''

ATEXIT = r'''
import atexit
def bye(who, punct="!"):
    print("bye", who + punct)
def boom():
    raise ValueError("in atexit")
atexit.register(bye, "first")
atexit.register(boom)
atexit.register(bye, "second", punct="?")
f = atexit.register(lambda: print("removed"))
atexit.unregister(f)
try:
    atexit.register(1)
except TypeError as e:
    print(e)
print("main done")
'''

MISC = r'''
import sys, weakref, traceback
class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class WithWeak(Base):
    __slots__ = ("__weakref__",)
class Plain(Base):
    pass
for o in [Child(), WithWeak(), Plain(), 1, "s", (), [], {}, object(), None, len, {1}, Plain]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(e)
def inner():
    raise ValueError("deep")
try:
    inner()
except ValueError as e:
    info = sys.exc_info()
    print(info[2] is e.__traceback__, e.__traceback__.tb_next is e.__traceback__.tb_next)
    print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
def f(x):
    return x + 1
pos = list(f.__code__.co_positions())
print(all(len(p) == 4 for p in pos), pos[-1][0], [l for _, _, l in f.__code__.co_lines()][-1])
print(hash("") == 0, hash(b"") == 0, {"": 1}[""], "" in {""})
match 1:
    case int():
        pass
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(e)
import inspect, math
for f in [divmod, sorted, len, print, math.sqrt, math.log, str.join, dict.get, int.to_bytes, max,
          "".split, [].append]:
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print("ValueError", e)
print(len.__text_signature__, max.__text_signature__, str.join.__text_signature__)
'''

STRUCT = r'''
import struct
for mode in '@<>=!':
    for c in 'bBhHiIlLqQnNP':
        out = []
        for v in [0, 1, -1, 127, 255, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1, 1.5, '1', True]:
            try:
                r = struct.pack(mode + c, v).hex()
            except Exception as e:
                r = type(e).__name__ + ':' + str(e)
            out.append(r)
        print(mode, c, out)
for fmt in ['', 'x', 'cbB', '?hHiIlLqQ', 'nNP', 'efd', '3s', '5p', '0s', 'i c', '2i 3h', '@bi', '<bi', 'bq', '10x', '3x2i', 'z', '3', '<n', 'ii5s']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error", e)
print(struct.pack('3s5p0s', b'abcdef', b'xy', b'q'), struct.unpack('3s5p', b'abc\x09zzzz'))
for v in [0.0, -0.0, 1.5, 1e-8, 65504.0, 65520.0, 6e-8, 3e-8, 1e300, float('inf'), float('nan'), 2.5e-5, 0.1, 1/3]:
    for c in 'efd':
        try:
            b = struct.pack('<' + c, v)
            print(c, v, b.hex(), struct.unpack('<' + c, b), struct.unpack('>' + c, b[::-1]))
        except Exception as e:
            print(c, v, type(e).__name__, e)
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -7, 2**32-1, -2**63, 2**64-1)))
print(struct.unpack('@bi?c', struct.pack('@bi?c', -1, 5, 7, b'x')), struct.pack('@bi', 1, 2))
for bad in [lambda: struct.pack('i'), lambda: struct.pack('i', 1, 2), lambda: struct.unpack('i', b'abc'),
            lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'), lambda: struct.pack('s', 'a'),
            lambda: struct.pack('f', 'x'), lambda: struct.pack('f', 1e300), lambda: struct.pack('e', 1e6),
            lambda: struct.unpack_from('i', b'abc', 1), lambda: struct.unpack_from('i', b'abcdefgh', -2),
            lambda: list(struct.iter_unpack('i', b'abcde')), lambda: struct.iter_unpack('', b''),
            lambda: struct.Struct(1), lambda: struct.pack_into('i', bytearray(3), 0, 1),
            lambda: struct.pack_into('i', b'abcd', 0, 1), lambda: struct.pack_into('i', bytearray(8)),
            lambda: struct.unpack('i', 'abcd')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct('<2h')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
ba = bytearray(8); s.pack_into(ba, 2, 3, 4); print(ba, s.unpack_from(ba, 2), struct.unpack_from('<h', ba, offset=2))
print(struct.Struct(b'i').format, struct.error.__module__, issubclass(struct.error, Exception))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00'); print(it.__length_hint__(), next(it), list(it))
import pickle
print(pickle.loads(pickle.dumps([1, 'a', (2.5, None), {3: b'x'}, 2**70, -5])))
class P:
    def __init__(self): self.x = [1, 2]
print(pickle.loads(pickle.dumps(P(), 2)).x, pickle.loads(pickle.dumps(P(), 0)).x)
'''

BINASCII = r'''
import binascii, base64
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))]:
    e = binascii.b2a_base64(d)
    print(e[:40], binascii.a2b_base64(e) == d, binascii.b2a_base64(d, newline=False)[-3:], binascii.hexlify(d)[:20], binascii.crc32(d), binascii.crc_hqx(d, 0))
print(binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.unhexlify('6162'), binascii.a2b_hex(b'FFaa'))
for bad in ['abc', 'zz', b'YW=', b'YWJj\nZA', 'YQ', 'Y', 'YQ===', 'é']:
    try:
        print(repr(bad), binascii.a2b_base64(bad))
    except (binascii.Error, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
for bad in ['=YQ==', 'YQ==YQ==', 'YQ=a', 'Y!Q=', 'YQ==\n', 'YWJj', 'YQ']:
    try:
        print(repr(bad), binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print(repr(bad), "Error", e)
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
print(binascii.crc32(b'hello', 12345), binascii.crc32(b'x', -1), binascii.Error.__mro__[1].__name__, binascii.Error.__module__)
print(base64.b64encode(b'hello world'), base64.b64decode('aGVsbG8gd29ybGQ='), base64.urlsafe_b64encode(b'\xff\xfe'), base64.b16encode(b'hi'), base64.b16decode(b'6869'))
print(base64.b32encode(b'abc'), base64.b32decode(b'MFRGG==='), base64.b85encode(b'hello'), base64.a85encode(b'hello'), base64.standard_b64decode(b'YQ=='))
try:
    base64.b64decode('YQ', validate=True)
except binascii.Error as e:
    print("Error", e)
'''

RANDOM = r'''
import _sha512
for d in [b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 1000]:
    h = _sha512.sha512(d)
    print(h.hexdigest()[:32], _sha512.sha384(d).hexdigest()[:32], h.name, h.digest_size, h.block_size)
h = _sha512.sha512(); h.update(b'ab'); c = h.copy(); h.update(b'c'); print(h.hexdigest()[:16], c.hexdigest()[:16])
try:
    _sha512.sha512('x')
except TypeError as e:
    print(e)
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.getrandbits(70), random.randrange(0, 1000, 7))
random.seed("hello"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(2**100 + 7); print(random.random())
random.seed(-5); print(random.random())
random.seed(3.25); print(random.random())
r = random.Random(123); print(r.random(), r.gauss(0, 1), r.getrandbits(0), r.getrandbits(32))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
print(random.Random(7).choices('abc', k=5), random.Random(1).triangular(), random.Random(2).betavariate(2, 3))
print(isinstance(random.Random(), random.Random), random.Random.__mro__[1].__name__)
class MyR(random.Random):
    pass
m = MyR(5); m.extra = 1; print(m.random(), m.extra)
print(random.Random(0).randbytes(5))
'''


def run_both(tmp_path: Any, name: str, program: str) -> tuple[Any, Any]:
    if not (REPO / "ouro" / "__main__.py").exists():
        pytest.skip("no interpreter")
    prog = tmp_path / ("mod_" + name + ".py")
    prog.write_text(program)
    expected = subprocess.run([os.path.realpath(sys.executable), str(prog)], capture_output=True,
                              text=True, timeout=120, cwd=tmp_path)
    got = subprocess.run([sys.executable, "-m", "ouro", "-S", str(prog)], capture_output=True,
                         text=True, timeout=900, cwd=REPO)
    return expected, got


@pytest.mark.parametrize("name", ["IMP", "CONTEXTVARS", "MEMORYVIEW", "UNICODE_ERRORS", "REDUCE",
                                  "JSON", "MISC", "STRUCT", "BINASCII", "RANDOM"])
def test_app_level(tmp_path: Any, name: str) -> None:
    expected, got = run_both(tmp_path, name.lower(), globals()[name])
    assert got.stdout.splitlines() == expected.stdout.splitlines(), got.stderr[-2000:]
    assert expected.returncode == 0


def test_atexit(tmp_path: Any) -> None:
    expected, got = run_both(tmp_path, "atexit", ATEXIT)
    assert got.stdout.splitlines() == expected.stdout.splitlines()
    exp_err = [line for line in expected.stderr.splitlines() if "0x" not in line]
    got_err = [line for line in got.stderr.splitlines() if "0x" not in line]
    assert got_err == exp_err
    assert got.returncode == expected.returncode == 0
