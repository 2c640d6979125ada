"""A real program: generic sorting algorithms written with TypeVar and a
Callable less-than function — merge sort (stable), quicksort, heapsort,
insertion sort — applied to ints, strs and (key, index) tuples, checked
against sorted(), plus binary search and stability checks."""
from __future__ import annotations
from typing import TypeVar, Callable

T = TypeVar("T")


def merge_sort(items: list[T], less: Callable[[T, T], bool]) -> list[T]:
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left = merge_sort(items[:mid], less)
    right = merge_sort(items[mid:], less)
    out: list[T] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if less(right[j], left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(items: list[T], less: Callable[[T, T], bool], lo: int, hi: int) -> None:
    while lo < hi:
        pivot = items[(lo + hi) // 2]
        i = lo
        j = hi
        while i <= j:
            while less(items[i], pivot):
                i += 1
            while less(pivot, items[j]):
                j -= 1
            if i <= j:
                items[i], items[j] = items[j], items[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quicksort(items, less, lo, j)
            lo = i
        else:
            quicksort(items, less, i, hi)
            hi = j


def sift_down(items: list[T], less: Callable[[T, T], bool], start: int, end: int) -> None:
    root = start
    while 2 * root + 1 <= end:
        child = 2 * root + 1
        swap = root
        if less(items[swap], items[child]):
            swap = child
        if child + 1 <= end and less(items[swap], items[child + 1]):
            swap = child + 1
        if swap == root:
            return
        items[root], items[swap] = items[swap], items[root]
        root = swap


def heapsort(items: list[T], less: Callable[[T, T], bool]) -> None:
    n = len(items)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(items, less, start, n - 1)
    for end in range(n - 1, 0, -1):
        items[0], items[end] = items[end], items[0]
        sift_down(items, less, 0, end - 1)


def insertion_sort(items: list[T], less: Callable[[T, T], bool]) -> None:
    for i in range(1, len(items)):
        x = items[i]
        j = i - 1
        while j >= 0 and less(x, items[j]):
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = x


def bisect_left(items: list[T], x: T, less: Callable[[T, T], bool]) -> int:
    lo = 0
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if less(items[mid], x):
            lo = mid + 1
        else:
            hi = mid
    return lo


def int_less(a: int, b: int) -> bool:
    return a < b


def str_less(a: str, b: str) -> bool:
    return a < b


def key_less(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[0]


def same(a: list[int], b: list[int]) -> bool:
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if a[i] != b[i]:
            return False
    return True


def entry_point(argv: list[str]) -> int:
    state = 2024
    data: list[int] = []
    for i in range(3000):
        state = (state * 48271) % 2147483647
        data.append(state % 10000 - 5000)
    expected = sorted(data)
    m = merge_sort(data, int_less)
    q = data[:]
    quicksort(q, int_less, 0, len(q) - 1)
    h = data[:]
    heapsort(h, int_less)
    ins = data[:500]
    insertion_sort(ins, int_less)
    print("merge", same(m, expected), "quick", same(q, expected), "heap", same(h, expected),
          "insertion", same(ins, sorted(data[:500])))
    print("min/median/max:", expected[0], expected[1500], expected[-1])
    words = "the quick brown fox jumps over the lazy dog again and again".split()
    ws = merge_sort(words, str_less)
    heapsort(words, str_less)
    print(" ".join(ws), "|", " ".join(words) == " ".join(ws))
    pairs = [(data[i] % 5, i) for i in range(40)]
    stable = merge_sort(pairs, key_less)
    ok = True
    for i in range(1, len(stable)):
        if stable[i - 1][0] == stable[i][0] and stable[i - 1][1] > stable[i][1]:
            ok = False
    print("merge sort stable:", ok, " ".join(["%d/%d" % (k, i) for k, i in stable[:10]]))
    for x in [-5000, 0, 1234, 4999, 6000]:
        pos = bisect_left(expected, x, int_less)
        print("bisect", x, "->", pos, expected[pos] if pos < len(expected) else -1)
    return 0
