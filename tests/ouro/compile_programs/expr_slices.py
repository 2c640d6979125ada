# slicing in all forms; slice assignment and deletion
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-7], s[8:2:-2])
print(s[-100:100], s[5:2], "hello"[1:4], "hello"[::-1], (1, 2, 3, 4)[1:3])
i, j, k = 1, 8, 3
print(s[i:j], s[i:j:k], s[i:], s[:j:k], s[::k])
t = s[:]
t[2:4] = ["a", "b", "c"]
print(t)
t[::2] = range(len(t[::2]))
print(t)
del t[1:3]
print(t)
del t[::3]
print(t)
t[:0] = [100]
print(t)
t[len(t):] = [200, 300]
print(t)


class S:
    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        print("set", k, v)

    def __delitem__(self, k):
        print("del", k)


o = S()
print(o[1:2], o[::3], o[1:2, 3], o[..., 1], o[:, None], o[1:2:3, ::])
o[1:5] = "x"
del o[::2]
print(o[slice(1, 2)], o[-1], o["key"])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][::-1], [r[1:] for r in m])
b = bytearray(b"abcdef")
b[1:3] = b"XY"
print(b, b[::2])
n = 2
print(s[n - 1:n + 1], s[-n:], s[:-n or None])
