"""getrandbits/randbytes of many bits give CPython's numbers, and take
linear time (the result was built by OR-ing each shifted 32-bit word into
it: random.randbytes(1 << 18) took minutes)."""
import hashlib
import random

r = random.Random(12345)
for k in (0, 1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 100, 1000):
    print(k, r.getrandbits(k))
big = r.getrandbits(8 * 1024 * 1024 + 5)     # 8 Mbit: quadratic would not finish
print("big bits:", big.bit_length() <= 8 * 1024 * 1024 + 5, hex(big & 0xFFFFFFFFFFFF))
print("big sha:", hashlib.sha256(big.to_bytes(1024 * 1024 + 1, "little")).hexdigest())
data = random.Random(7).randbytes(4 * 1024 * 1024)
print("randbytes:", len(data), hashlib.sha256(data).hexdigest())
print(random.Random(1).randbytes(9).hex(), random.Random(1).randbytes(0))
try:
    r.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
