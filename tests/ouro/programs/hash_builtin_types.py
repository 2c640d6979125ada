"""hash() of exact ints, floats and tuples (computed without a call) and of
subclasses overriding __hash__; equal numbers hash equal."""
import sys
vals = [0, 1, -1, -2, 2**61-1, 2**61, -(2**61), 2**62, -2**63, 2**63-1, 10**30, -10**30, True, False,
        0.0, -0.0, 1.5, -1.0, float('inf'), float('-inf'), 1e300, 2.0**70, (), (1,), (1, 2), (1, (2, 3.5)), ((),)]
for v in vals:
    print(repr(v), hash(v))
class I(int):
    def __hash__(self): return 7
class F(float):
    pass
class T(tuple):
    def __hash__(self): return -1
print(hash(I(3)), hash(F(2.5)), hash(T()))
print(hash(float('nan')) == hash(float('nan')) or True)
d = {1: 'a', 1.0: 'b', True: 'c', (1, 2): 'd'}
print(d, {0, 0.0, False, -0.0})
try:
    hash(([1],))
except TypeError as e:
    print(e)
