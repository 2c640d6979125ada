# library modules over native ones: random (seeded), struct, pickle, base64, copy, importlib
import random, struct, pickle, base64, copy, importlib, contextvars, atexit

random.seed(2024)
print([random.randint(1, 6) for _ in range(10)], round(random.random(), 12))
deck = list("AKQJT98765432")
random.shuffle(deck)
print("".join(deck), random.choice(deck), random.sample(range(50), 4))
rng = random.Random("seed string")
print(rng.randrange(1000), rng.getrandbits(40), round(rng.uniform(-1, 1), 9))

packed = struct.pack("<iHd3s?", -7, 65000, 2.5, b"xyz", True)
print(packed.hex(), struct.unpack("<iHd3s?", packed), struct.calcsize("@bid"))
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

data = {"points": [Point(1, 2), Point(3, 4)], "tags": {"a", "b"}, "n": 2**70, "t": (1.5, None)}
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, proto))
    assert back == data, proto
print("pickle ok", sorted(back["tags"]), back["points"])
clone = copy.deepcopy(data)
print(clone["points"][1], clone["points"][0] is data["points"][0])

raw = bytes(range(0, 256, 37))
enc = base64.b64encode(raw)
print(enc, base64.b64decode(enc) == raw, base64.b16encode(b"ok"), base64.urlsafe_b64encode(b"\xfb\xff"))

mod = importlib.import_module("string")
print(mod.capwords("hello  world"), mod.__spec__.name, type(mod.__loader__).__name__)

var = contextvars.ContextVar("var", default="outer")
def show():
    return var.get()
ctx = contextvars.copy_context()
ctx.run(var.set, "inner")
print(show(), ctx.run(show), len(ctx))

atexit.register(print, "goodbye from atexit")
print("end of program")
