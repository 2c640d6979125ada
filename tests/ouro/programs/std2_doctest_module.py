"""doctest run on this module's own docstrings, with failures,
exceptions, ELLIPSIS, NORMALIZE_WHITESPACE and a DocTestParser."""
import doctest
import sys


def mean(values):
    """Average of a list.

    >>> mean([1, 2, 3])
    2.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> mean([1, 2])   # wrong on purpose
    1
    """
    return sum(values) / len(values)


def table(n):
    """
    >>> table(3)   # doctest: +NORMALIZE_WHITESPACE
    1 2   3
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> raise ValueError("unexpected")
    """
    print(*range(1, n + 1))


class Stack:
    """
    >>> s = Stack(); s.push(1); s.push(2); s.pop()
    2
    >>> s.items
    [1]
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


if __name__ == "__main__":
    result = doctest.testmod(verbose=False)
    print(result)
    print(result.failed, result.attempted)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(">>> 1 + 1\n2\n>>> print('a')\nb\n", {}, "inline", "inline.txt", 0)
    print(test.name, len(test.examples), [e.want for e in test.examples])
    runner = doctest.DocTestRunner(verbose=False)
    runner.run(test, out=sys.stdout.write)
    print(runner.summarize(verbose=False))
    finder = doctest.DocTestFinder()
    names = sorted(t.name for t in finder.find(sys.modules[__name__]))
    print(names)
