import pprint
import copy
import pickle
import struct
import base64
import binascii
import hashlib
from collections import OrderedDict, defaultdict, Counter, namedtuple
from dataclasses import dataclass, field

data = {
    "users": [{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"score": i * 1.5, "active": i % 2 == 0}} for i in range(4)],
    "settings": {"theme": "dark", "langs": ("en", "fr", "de"), "limits": list(range(25))},
    "empty": {}, "nested": [[[1, 2], [3, [4, [5, [6]]]]]],
}
pprint.pprint(data)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(40)), width=40))
pprint.pprint(OrderedDict(a=1, b=2))
pprint.pprint(defaultdict(list, {"x": [1] * 30, "y": []}))
pprint.pprint(Counter("abracadabra"))
pprint.pprint({"long string": "lorem ipsum dolor sit amet " * 5})
pprint.pprint(set(range(30)))
pprint.pprint(frozenset({1, 2}))
pprint.pprint([b"bytes" * 20])
P = namedtuple("P", "x y")
pprint.pprint([P(1, 2)] * 5, width=30)


@dataclass
class Cfg:
    name: str
    opts: dict = field(default_factory=dict)
    items: list = field(default_factory=list)


pprint.pprint(Cfg("x" * 30, {"k" * 10: "v" * 20, "a": 1}, list(range(20))))
print(pprint.isreadable([1, "a"]), pprint.saferepr([1, 2]), pprint.isrecursive([]))
orig = {"a": [1, 2, {"b": [3]}], "c": (4, [5])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"][2]["b"].append(99)
print(sh, dp, sh["a"] is orig["a"], dp["a"] is orig["a"])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Pt({self.x}, {self.y})"

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __deepcopy__(self, memo):
        print("deepcopy hook")
        return Pt(copy.deepcopy(self.x, memo), self.y)


print(copy.deepcopy([Pt(1, [2])]), copy.copy(Pt(3, 4)))
for obj in [1, "s", [1, 2.5, None], {"k": (1, 2)}, {1, 2}, OrderedDict(a=1), P(3, 4), Cfg("z"), Pt(5, 6), Counter("aab"), b"\x00\xff", 10 ** 30, float("inf")]:
    for proto in (0, 2, 4, 5):
        back = pickle.loads(pickle.dumps(obj, protocol=proto))
        assert back == obj or obj != obj, (obj, proto)
    print("pickled", repr(back))
print(pickle.dumps([1, "a", (2,)], protocol=2))
print(pickle.dumps({"a": 1, "b": [True, None]}, protocol=4))
print(pickle.dumps(1.5, protocol=0))
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    print(type(e).__name__)
print(struct.pack("<iHd", -5, 65535, 2.5), struct.unpack(">I2s", b"\x00\x00\x01\x00ab"), struct.calcsize("@iqh"))
print(struct.pack("!3sxb", b"abc", -1), struct.unpack_from("<h", b"\x01\x02\x03", 1), list(struct.iter_unpack("<B", b"\x01\x02")))
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)
print(base64.b64encode(b"hello world!?"), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"))
print(binascii.hexlify(b"\x01\x02", "-"), binascii.crc32(b"abc"), bytes.fromhex("de ad be ef").hex(":"), base64.a85encode(b"test"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").digest()[:4], hashlib.blake2b(b"x", digest_size=8).hexdigest())
