"""collections.OrderedDict microbenchmark: 20 rounds of 20,000 inserts and
lookups, 14,000 move_to_end (to both ends), iteration over keys and items,
and popitem(last=False) as an LRU cache does; prints the best of 3 (wall
time) and a checksum.  Run it under each interpreter:

    bin/ouro benchmarks/ouro/odict_micro.py; python3 benchmarks/ouro/odict_micro.py
"""
import time
from collections import OrderedDict


def run():
    t0 = time.perf_counter()
    total = 0
    for rep in range(20):
        od = OrderedDict()
        for i in range(20000):
            od[i] = i
        for i in range(20000):
            total += od[i]
        for i in range(0, 20000, 2):
            od.move_to_end(i)
        for i in range(0, 20000, 5):
            od.move_to_end(i, last=False)
        for k in od:
            total += k
        for k, v in od.items():
            total += v
        for i in range(5000):
            od.popitem(last=False)
        for i in range(5000):
            od[-i - 1] = i
            od.popitem(last=False)
        total += len(od)
    return time.perf_counter() - t0, total


best = min(run()[0] for _ in range(3))
print("%.3f s" % best, run()[1])
