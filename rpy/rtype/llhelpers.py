"""Helpers written in RPy that the toolchain calls to implement built-in operations.

The annotator turns some built-in operations (repr of containers, min/max/sum
of lists, list equality, str padding) into calls to these generic functions,
specialized per type like any RPy generic function, so that they are
translated (and later seen by the JIT) like user code.
"""
from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


def ll_list_repr(l: list[T]) -> str:
    pieces = [repr(x) for x in l]
    return '[' + ', '.join(pieces) + ']'


def ll_dict_repr(d: dict[K, V]) -> str:
    pieces = [repr(k) + ': ' + repr(v) for k, v in d.items()]
    return '{' + ', '.join(pieces) + '}'


def ll_list_eq(a: list[T], b: list[T]) -> bool:
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if a[i] != b[i]:
            return False
    return True


def ll_list_min(l: list[T]) -> T:
    if len(l) == 0:
        raise ValueError("min() arg is an empty sequence")
    best = l[0]
    for i in range(1, len(l)):
        if l[i] < best:
            best = l[i]
    return best


def ll_list_max(l: list[T]) -> T:
    if len(l) == 0:
        raise ValueError("max() arg is an empty sequence")
    best = l[0]
    for i in range(1, len(l)):
        if l[i] > best:
            best = l[i]
    return best


def ll_sum_int(l: list[int], start: int) -> int:
    total = start
    for x in l:
        total += x
    return total


def ll_sum_float(l: list[float], start: float) -> float:
    total = start
    for x in l:
        total += x
    return total


def ll_str_ljust(s: str, width: int, fill: str) -> str:
    n = width - len(s)
    if n <= 0:
        return s
    return s + fill * n


def ll_str_rjust(s: str, width: int, fill: str) -> str:
    n = width - len(s)
    if n <= 0:
        return s
    return fill * n + s


def ll_str_center(s: str, width: int, fill: str) -> str:
    n = width - len(s)
    if n <= 0:
        return s
    left = n // 2 + (n & width & 1)
    return fill * left + s + fill * (n - left)


def ll_format_center(s: str, width: int, fill: str) -> str:
    """Centering of format() and f-strings: the extra fill goes on the right
    (str.center puts it on the left for odd widths)."""
    n = width - len(s)
    if n <= 0:
        return s
    left = n // 2
    return fill * left + s + fill * (n - left)


def ll_str_zfill(s: str, width: int) -> str:
    n = width - len(s)
    if n <= 0:
        return s
    if len(s) > 0 and (s[0] == '+' or s[0] == '-'):
        return s[0] + '0' * n + s[1:]
    return '0' * n + s


def ll_str_index(s: str, sub: str, start: int, end: int) -> int:
    i = s.find(sub, start, end)
    if i < 0:
        raise ValueError("substring not found")
    return i


def ll_str_rindex(s: str, sub: str, start: int, end: int) -> int:
    i = s.rfind(sub, start, end)
    if i < 0:
        raise ValueError("substring not found")
    return i


def ll_list_min_key(l: list[T], key: Callable[[T], K]) -> T:
    if len(l) == 0:
        raise ValueError("min() arg is an empty sequence")
    best = l[0]
    bestkey = key(best)
    for i in range(1, len(l)):
        k = key(l[i])
        if k < bestkey:
            best = l[i]
            bestkey = k
    return best


def ll_list_max_key(l: list[T], key: Callable[[T], K]) -> T:
    if len(l) == 0:
        raise ValueError("max() arg is an empty sequence")
    best = l[0]
    bestkey = key(best)
    for i in range(1, len(l)):
        k = key(l[i])
        if k > bestkey:
            best = l[i]
            bestkey = k
    return best


def ll_sort_keys(l: list[T], key: Callable[[T], K], reverse: bool) -> None:
    keys = [key(x) for x in l]
    _prim_sort_with_keys(l, keys, reverse)


def _prim_sort_with_keys(l: list[T], keys: list[K], reverse: bool) -> None:
    """A primitive: the C backend sorts l by keys (stable) with the runtime's sort."""
    order = sorted(range(len(l)), key=lambda i: keys[i], reverse=reverse)  # untranslated only
    items = [l[i] for i in order]
    for i in range(len(items)):
        l[i] = items[i]


def ll_any(l: list[T]) -> bool:
    for x in l:
        if x:
            return True
    return False


def ll_all(l: list[T]) -> bool:
    for x in l:
        if not x:
            return False
    return True


def ll_divmod_int(a: int, b: int) -> tuple[int, int]:
    return (a // b, a % b)


def ll_divmod_float(a: float, b: float) -> tuple[float, float]:
    return (a // b, a % b)


def ll_str_partition(s: str, sep: str) -> tuple[str, str, str]:
    if len(sep) == 0:
        raise ValueError("empty separator")
    i = s.find(sep)
    if i < 0:
        return (s, '', '')
    return (s[:i], sep, s[i + len(sep):])


def ll_str_rpartition(s: str, sep: str) -> tuple[str, str, str]:
    if len(sep) == 0:
        raise ValueError("empty separator")
    i = s.rfind(sep)
    if i < 0:
        return ('', '', s)
    return (s[:i], sep, s[i + len(sep):])


def ll_str_capitalize(s: str) -> str:
    if len(s) == 0:
        return s
    return s[0].upper() + s[1:].lower()


def ll_str_title(s: str) -> str:
    pieces: list[str] = []
    prev_cased = False
    for c in s:
        if c.isalpha():
            pieces.append(c.lower() if prev_cased else c.upper())
            prev_cased = True
        else:
            pieces.append(c)
            prev_cased = False
    return ''.join(pieces)


def ll_str_swapcase(s: str) -> str:
    pieces: list[str] = []
    for c in s:
        if c.isupper():
            pieces.append(c.lower())
        elif c.islower():
            pieces.append(c.upper())
        else:
            pieces.append(c)
    return ''.join(pieces)


def ll_str_removeprefix(s: str, prefix: str) -> str:
    if s.startswith(prefix):
        return s[len(prefix):]
    return s


def ll_str_removesuffix(s: str, suffix: str) -> str:
    if len(suffix) > 0 and s.endswith(suffix):
        return s[:len(s) - len(suffix)]
    return s


def ll_msort(keys: list[K], vals: list[T], reverse: bool) -> None:
    """Stable merge sort of vals by keys (compared with `<`, so __lt__ works),
    both lists permuted together; reverse like CPython (stable)."""
    n = len(keys)
    if reverse:
        keys.reverse()
        vals.reverse()
    width = 1
    ks = keys[:]
    vs = vals[:]
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            k = lo
            while i < mid and j < hi:
                if keys[j] < keys[i]:
                    ks[k] = keys[j]
                    vs[k] = vals[j]
                    j += 1
                else:
                    ks[k] = keys[i]
                    vs[k] = vals[i]
                    i += 1
                k += 1
            while i < mid:
                ks[k] = keys[i]
                vs[k] = vals[i]
                i += 1
                k += 1
            while j < hi:
                ks[k] = keys[j]
                vs[k] = vals[j]
                j += 1
                k += 1
            lo += 2 * width
        for x in range(n):
            keys[x] = ks[x]
            vals[x] = vs[x]
        width *= 2
    if reverse:
        keys.reverse()
        vals.reverse()


def ll_sort_lt(l: list[T], reverse: bool) -> None:
    keys = l[:]
    ll_msort(keys, l, reverse)


def ll_sort_keys_lt(l: list[T], key: Callable[[T], K], reverse: bool) -> None:
    keys = [key(x) for x in l]
    ll_msort(keys, l, reverse)


def ll_slice_indices(length: int, start: int, stop: int, step: int, has_start: bool,
                     has_stop: bool) -> tuple[int, int, int]:
    """(start, stop, number of items) of a slice with a step, as CPython computes them."""
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if not has_start:
        start = length - 1 if step < 0 else 0
    elif start < 0:
        start += length
        if start < 0:
            start = -1 if step < 0 else 0
    elif start >= length:
        start = length - 1 if step < 0 else length
    if not has_stop:
        stop = -1 if step < 0 else length
    elif stop < 0:
        stop += length
        if stop < 0:
            stop = -1 if step < 0 else 0
    elif stop >= length:
        stop = length - 1 if step < 0 else length
    if step < 0:
        n = (start - stop - 1) // (-step) + 1 if stop < start else 0
    else:
        n = (stop - start - 1) // step + 1 if start < stop else 0
    return (start, stop, n)


def ll_list_setslice_step(l: list[T], start: int, stop: int, step: int, has_start: bool,
                          has_stop: bool, items: list[T]) -> None:
    first, last, n = ll_slice_indices(len(l), start, stop, step, has_start, has_stop)
    if step == 1:
        l[first:first + n] = items
        return
    if len(items) != n:
        raise ValueError("attempt to assign sequence of size %d to extended slice of size %d"
                         % (len(items), n))
    values = items[:]
    for i in range(n):
        l[first + i * step] = values[i]


def ll_list_delslice_step(l: list[T], start: int, stop: int, step: int, has_start: bool,
                          has_stop: bool) -> None:
    first, last, n = ll_slice_indices(len(l), start, stop, step, has_start, has_stop)
    if n == 0:
        return
    drop = [False] * len(l)
    for i in range(n):
        drop[first + i * step] = True
    kept = [l[i] for i in range(len(l)) if not drop[i]]
    l[:] = kept
