# slice objects with negative/extended steps on all sequence types
seqs = [list(range(10)), tuple(range(10)), "0123456789", b"0123456789", bytearray(b"0123456789"), range(10)]
slices = [slice(2, 8, 3), slice(None, None, -2), slice(-3, None), slice(8, 2, -2), slice(100, None), slice(-100, 3), slice(None, -1, 4)]
for s in slices:
    print(s, [list(seq[s]) if isinstance(seq, range) else seq[s] for seq in seqs])
for s in slices:
    print(s.indices(10), s.indices(3), s.indices(0))
lst = list(range(10))
lst[1:9:2] = [-1] * 4
print(lst)
lst[::-3] = "abcd"
print(lst)
del lst[::-2]
print(lst)
ba = bytearray(b"abcdefgh")
ba[::2] = b"1234"
del ba[-2:]
print(ba)
class Recorder:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Recorder()
r[1:2] = "x"
r[::2, 1] = "y"
del r[:-1]
del r[..., 0]
print(r[1:2:3], r[:], r[::], r[:, :], r[1:][::-1] if False else "skip")
print("hello"[slice(None, None, -1)], [1, 2, 3][slice(1, None)], (1, 2, 3)[slice(-1)])
