"""The class methods of built-in types (dict.fromkeys, int.from_bytes,
bytes.fromhex, ...) are builtin_function_or_method objects bound to the
class they are reached through, as CPython's METH_CLASS methods: their
type, __self__, __qualname__, repr, signature, equality, and the unbound
classmethod_descriptor in the type's namespace."""
import collections, datetime, inspect, itertools, pickle


class D(dict):
    pass


class I(int):
    pass


for f in (dict.fromkeys, D.fromkeys, D().fromkeys, int.from_bytes, I.from_bytes,
          bytes.fromhex, bytearray.fromhex, float.fromhex, itertools.chain.from_iterable,
          collections.OrderedDict.fromkeys, datetime.datetime.now, datetime.date.today):
    print(type(f).__name__, f.__self__.__name__, f.__qualname__, f.__name__,
          repr(f).split(' at 0x')[0])
d = dict.__dict__['fromkeys']
print(type(d).__name__, d, d.__get__(None, D).__self__.__name__, d(dict, 'ab'))
for f in (dict.fromkeys, int.from_bytes, bytes.fromhex, collections.OrderedDict.fromkeys):
    print(f.__qualname__, inspect.signature(f))
print(D.fromkeys('ab', 0), type(D().fromkeys('x')).__name__, type(I.from_bytes(b'\x01', 'big')).__name__)
print(dict.fromkeys == dict.fromkeys, dict.fromkeys == D.fromkeys, hash(int.from_bytes) == hash(int.from_bytes))
a = []
print(a.append == a.append, a.append == [].append, len == len, D().keys.__qualname__)
print(pickle.loads(pickle.dumps(dict.fromkeys))('xy'), inspect.isbuiltin(dict.fromkeys))
for call in (lambda: dict.fromkeys(), lambda: int.from_bytes(), lambda: bytes.fromhex('zz')):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
