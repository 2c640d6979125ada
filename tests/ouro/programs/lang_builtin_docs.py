"""Docstrings of built-ins as CPython's: functions, methods, slot wrappers,
class and static methods, attribute descriptors, types of built-in
modules; what help() and inspect print for them."""
import collections
import functools
import inspect
import itertools
import math
import os
import pydoc

objs = [len, print, str.split, str.__add__, list.__init__, dict.fromkeys, str.maketrans,
        int.from_bytes, int.real, type.mro, type.__dict__["__name__"], math.sqrt, os.getcwd,
        itertools.chain, itertools.chain.from_iterable, collections.deque,
        collections.deque.append, functools.reduce, functools.partial, os.stat_result,
        BaseException.with_traceback, memoryview.tobytes, range.count]
for o in objs:
    d = o.__doc__
    print(repr(d.splitlines()[0]) if d else d)


class Mine:
    __slots__ = ("a",)

    def m(self):
        "my doc"


print(Mine.a.__doc__, Mine.m.__doc__, Mine.__doc__)
print(inspect.getdoc(list.append))
print(pydoc.render_doc(math.hypot, renderer=pydoc.plaintext))
help(abs)
help(str.upper)
