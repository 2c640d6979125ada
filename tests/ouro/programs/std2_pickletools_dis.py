"""pickletools: disassembling pickles of several protocols, optimize,
genops, and the error on a truncated pickle."""
import io
import pickle
import pickletools
import collections

Point = collections.namedtuple("Point", "x y")
data = {"name": "demo", "values": [1, 2.5, None, True], "pair": (1, "two"), "blob": b"\x00\xff"}
for proto in (0, 2, 4):
    s = pickle.dumps(data, protocol=proto)
    out = io.StringIO()
    pickletools.dis(s, out=out, annotate=0)
    print("protocol", proto, "ops:", len(out.getvalue().splitlines()))
    print(pickle.loads(s) == data)
s = pickle.dumps([1, [2, 3], "x"], protocol=2)
pickletools.dis(s)
pickletools.dis(pickle.dumps((1, 2), protocol=0), annotate=30)
opt = pickletools.optimize(pickle.dumps([data, data], protocol=4))
print(pickle.loads(opt) == [data, data], len(opt) <= len(pickle.dumps([data, data], protocol=4)))
print([op.name for op, arg, pos in pickletools.genops(pickle.dumps(Point(1, 2), protocol=4))])
try:
    pickletools.dis(pickle.dumps([1, 2, 3], protocol=2)[:-3])
except ValueError as e:
    print("ValueError:", e)
print(pickletools.opcodes[0].name, len(pickletools.opcodes) > 60)
