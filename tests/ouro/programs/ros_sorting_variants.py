"""Sorting algorithms (bubble, insertion, merge, quick, heap, counting, shell, radix)."""
import random

def bubble(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    out.extend(l[i:]); out.extend(r[j:])
    return out

def quick(a):
    if len(a) < 2:
        return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])

def heap_sort(a):
    a = list(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    n = len(a)
    for s in range((n - 2) // 2, -1, -1):
        sift(s, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

def shell(a):
    a = list(a)
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            t = a[i]; j = i
            while j >= gap and a[j - gap] > t:
                a[j] = a[j - gap]; j -= gap
            a[j] = t
        gap = 1 if gap == 2 else int(gap * 5 / 11)
    return a

def radix(a):
    a = list(a)
    if not a:
        return a
    m = max(a)
    exp = 1
    while m // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a

rng = random.Random(42)
data = [rng.randint(0, 999) for _ in range(60)]
ref = sorted(data)
for fn in (bubble, insertion, merge_sort, quick, heap_sort, counting, shell, radix):
    res = fn(data)
    print(f"{fn.__name__:>10}: {'ok' if res == ref else 'FAIL'} {res[:8]}")
print(ref[-5:])
words = "the quick brown fox jumps over the lazy dog THE End".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1], reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x, y: 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
lst = [5, 3, 1]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted({3: 'a', 1: 'b', 2: 'c'}.items(), key=lambda kv: kv[1]))
print(max(words, key=len), min(words, key=len), max([], default="none"))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1)
except TypeError as e:
    print(type(e).__name__, e)
