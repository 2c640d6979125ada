# import forms (absolute only)
import math
import os.path
import collections.abc
import json as j
import xml.etree.ElementTree as ET
from functools import reduce
from itertools import chain as ch, count
from os import path as p, sep
from math import *
print(math.floor(2.7), os.path.basename("/a/b.txt"), isinstance([], collections.abc.Sequence))
print(j.dumps({"a": [1, 2]}), ET.fromstring("<r><c/></r>").tag, reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(list(ch([1], [2])), next(count(5)), p.join("x", "y"), sep)
print(sqrt(16), pi > 3, floor(-0.5), "gcd" in dir(), "_" + "private" in dir())
print(os.path is p, type(collections).__name__, collections.abc.__name__)


def local_import():
    import string
    from operator import add as plus
    return string.ascii_lowercase[:3], plus(2, 3)


print(local_import(), "string" in globals())
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import importlib
print(importlib.import_module("math").ceil(1.2))
import sys
print("math" in sys.modules, __name__)


def shadow_module():
    math = "shadowed"
    return math


print(shadow_module(), math.e > 2)
from collections import (OrderedDict,
                         namedtuple as nt)
P = nt("P", "x y")
print(OrderedDict(a=1), P(1, 2))
import email.mime.text
print(email.mime.text.__name__)
