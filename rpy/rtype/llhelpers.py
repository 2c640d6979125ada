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
