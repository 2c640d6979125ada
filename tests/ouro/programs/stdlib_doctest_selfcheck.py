"""A small statistics helper checked by its own doctests.

>>> mean([1, 2, 3, 4])
2.5
>>> median([3, 1, 2])
2
"""
import doctest


def mean(xs):
    """Arithmetic mean.

    >>> mean([2, 4])
    3.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of empty data
    """
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)


def median(xs):
    """Middle value.

    >>> median([5, 1, 4, 2])
    3.0
    >>> median(['b', 'a', 'c'])
    'b'
    """
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def mode(xs):
    """Most common value (a deliberately failing example).

    >>> mode([1, 1, 2])
    2
    >>> mode([])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    IndexError: ...
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    """
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])[0][0]


results = doctest.testmod()
print(results)
print(doctest.run_docstring_examples.__name__)
finder = doctest.DocTestFinder()
tests = finder.find(median)
print([(t.name, len(t.examples)) for t in tests])
print(repr(tests[0].examples[0].source), repr(tests[0].examples[0].want))
parser = doctest.DocTestParser()
ex = parser.get_examples(">>> 1 + 1\n2\n>>> x = 5\n>>> x * 2\n10\n")
print([(e.source, e.want) for e in ex])
