"""list.sort over unboxed keys: when every key is an exact int (one word),
float or str (listobject.keys_kind), the keys are copied out of their boxes
into a list of RPy ints, floats or strs and sorted with the items alongside.
A comparison is then one `<` on two values read from one array, where
comparing the boxes loads each box and then its value: CPython's keys are
one load away, ours were two.  `<` on these types cannot raise, so no step
needs to keep the arrays a permutation of the list's items.

The algorithm is listobject.SortState's (CPython's run detection and binary
insertion below 64 items, then passes of stable merges of adjacent runs,
alternating between two pairs of arrays), specialized by the translator for
each key type (a generic function over T)."""
from __future__ import annotations

from typing import TypeVar

from ouro.objspace.model import W_Root

K = TypeVar("K", int, float, str)


def _count_run(keys: list[K], lo: int, hi: int) -> tuple[int, bool]:
    """The length of the run at lo, and whether it is strictly descending."""
    if lo + 1 == hi:
        return (1, False)
    i = lo + 1
    if keys[i] < keys[i - 1]:
        i += 1
        while i < hi and keys[i] < keys[i - 1]:
            i += 1
        return (i - lo, True)
    i += 1
    while i < hi and not keys[i] < keys[i - 1]:
        i += 1
    return (i - lo, False)


def _reverse_range(keys: list[K], values: list[W_Root], lo: int, hi: int) -> None:
    i = lo
    j = hi - 1
    while i < j:
        k = keys[i]
        keys[i] = keys[j]
        keys[j] = k
        w = values[i]
        values[i] = values[j]
        values[j] = w
        i += 1
        j -= 1


def _binary_insertion(keys: list[K], values: list[W_Root], lo: int, hi: int, start: int) -> None:
    """keys[lo:start] is sorted; insert the others (values alongside)."""
    i = start
    while i < hi:
        key = keys[i]
        w_value = values[i]
        left = lo
        right = i
        while left < right:
            mid = left + ((right - left) >> 1)
            if key < keys[mid]:
                right = mid
            else:
                left = mid + 1
        j = i
        while j > left:
            keys[j] = keys[j - 1]
            values[j] = values[j - 1]
            j -= 1
        keys[left] = key
        values[left] = w_value
        i += 1


def _merge(keys: list[K], values: list[W_Root], lo: int, mid: int, hi: int,
           out_keys: list[K], out_values: list[W_Root]) -> None:
    """keys[lo:mid] and keys[mid:hi] merged into out_keys[lo:hi]."""
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if keys[j] < keys[i]:
            out_keys[k] = keys[j]
            out_values[k] = values[j]
            j += 1
        else:
            out_keys[k] = keys[i]
            out_values[k] = values[i]
            i += 1
        k += 1
    while i < mid:
        out_keys[k] = keys[i]
        out_values[k] = values[i]
        i += 1
        k += 1
    while j < hi:
        out_keys[k] = keys[j]
        out_values[k] = values[j]
        j += 1
        k += 1


def sort_unboxed(keys: list[K], values: list[W_Root], minrun: int) -> list[W_Root]:
    """Sorts values by keys (both are reordered; stable); returns the
    sorted values (the list given, or the second array)."""
    n = len(keys)
    if n < 2:
        return values
    bounds = [0]
    lo = 0
    while lo < n:
        run, descending = _count_run(keys, lo, n)
        if descending:
            _reverse_range(keys, values, lo, lo + run)
        if run < minrun:
            force = minrun if n - lo > minrun else n - lo
            _binary_insertion(keys, values, lo, lo + force, lo + run)
            run = force
        lo += run
        bounds.append(lo)
    if len(bounds) <= 2:
        return values
    other_keys = keys[:]
    other_values = values[:]
    while len(bounds) > 2:
        new_bounds = [0]
        k = 0
        while k + 2 < len(bounds):
            _merge(keys, values, bounds[k], bounds[k + 1], bounds[k + 2],
                   other_keys, other_values)
            new_bounds.append(bounds[k + 2])
            k += 2
        if k + 1 < len(bounds):
            # the odd run at the end is carried over as it is
            _merge(keys, values, bounds[k], bounds[k + 1], bounds[k + 1],
                   other_keys, other_values)
            new_bounds.append(bounds[k + 1])
        tmp_keys = keys
        keys = other_keys
        other_keys = tmp_keys
        tmp_values = values
        values = other_values
        other_values = tmp_values
        bounds = new_bounds
    return values
