"""json.dumps through the C-level encoder (_json.make_encoder): nested
values, unicode, ensure_ascii, separators, sort_keys, skipkeys, default,
allow_nan, circular references, subclasses of int/float/str/dict/list,
non-str keys, big ints, tuples and the error messages."""
import json
import math
import sys
from collections import OrderedDict


def show(label, obj, **kw):
    try:
        print(label, json.dumps(obj, **kw))
    except Exception as e:
        print(label, "error", type(e).__name__, e)


show("none", None)
show("true", True)
show("false", False)
show("int", 42)
show("neg", -7)
show("big", 2 ** 100)
show("bigneg", -(3 ** 80))
show("float", 3.14)
show("floats", [0.1, 1e300, -0.0, 1e-7, 123456789.0, 1e16, 2.5e-300])
show("nan", [float("nan"), float("inf"), float("-inf")])
show("str", "hello")
show("empty", ["", [], {}, ()])
show("esc", "quote\" back\\ nl\n cr\r tab\t bs\b ff\f ctl\x01\x1f del\x7f")
show("uni", "\u0105\u0107\u017c \u00e9t\u00e9 \u65e5\u672c \U0001f600 \ud800")
show("uni_noascii", "\u0105\u0107\u017c \u00e9t\u00e9 \u65e5\u672c \U0001f600", ensure_ascii=False)
show("uni_noascii_esc", "a\"b\\c\n\x00", ensure_ascii=False)
show("nested", {"a": [1, 2, {"b": (3, 4.5, None)}], "c": {"d": {"e": [True, False]}}})
show("tuple", (1, (2, (3,)), []))
show("list_of_dicts", [{"x": i, "y": [i] * i} for i in range(4)])
show("seps", {"a": [1, 2], "b": 3}, separators=(",", ":"))
show("seps2", {"a": [1, 2], "b": 3}, separators=(" ; ", " = "))
show("sort", {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True)
show("sort_mixed", {"b": 1, 2: 2}, sort_keys=True)
show("sort_ints", {3: "c", 1: "a", 2: "b"}, sort_keys=True)
show("keys", {1: "int", 2.5: "float", True: "bool", None: "none", -3: "neg",
              2 ** 70: "big", float("inf"): "inf"})
show("key_false", {False: 0})
show("key_nan", {float("nan"): 1})
show("key_nan_strict", {float("nan"): 1}, allow_nan=False)
show("bad_key", {(1, 2): 3})
show("bad_key_obj", {object(): 3})
show("skipkeys", {(1, 2): 3, "a": 4, (5,): 6, "b": 7}, skipkeys=True)
show("skipkeys_first", {(1, 2): 3, "a": 4}, skipkeys=True)
show("skipkeys_all", {(1, 2): 3}, skipkeys=True)
show("allow_nan", [1.0, float("nan")], allow_nan=False)
show("allow_inf", {"x": float("inf")}, allow_nan=False)
show("allow_ninf", -float("inf"), allow_nan=False)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    def __str__(self):
        return "MyInt-str"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [("fixed", 1), ("other", [2])]


class BadItemsDict(dict):
    def items(self):
        return [("a", 1, 2)]


class MyList(list):
    pass


class MyTuple(tuple):
    pass


show("myint", [MyInt(5), {MyInt(6): MyInt(7)}])
show("myfloat", [MyFloat(1.5), {MyFloat(2.5): MyFloat(3.5)}])
show("mystr", [MyStr("abc"), {MyStr("k"): MyStr("v\n")}])
show("mydict", MyDict(a=1, b=[MyDict()]))
show("itemsdict", ItemsDict(z=9))
show("itemsdict_sort", ItemsDict(z=9), sort_keys=True)
show("itemsdict_empty", ItemsDict())
show("baditems", BadItemsDict(q=1))
show("mylist", MyList([1, MyList([2])]))
show("mytuple", MyTuple((1, 2)))
show("ordered", OrderedDict([("z", 1), ("a", 2)]))
show("ordered_sort", OrderedDict([("z", 1), ("a", 2)]), sort_keys=True)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no way: " + type(o).__name__)


show("default", [Point(1, 2), {"p": Point(3, Point(4, 5))}, {3, 1, 2}], default=default)
show("default_fail", [1, 2j], default=default)
show("no_default", [1, {2, 3}])
show("no_default_obj", {"a": object.__new__(Point)})
show("bytes", b"abc")


def default_str(o):
    return "<%s>" % type(o).__name__


show("default_str", [Point(0, 0), b"x", 1j], default=default_str)

circ = []
circ.append(circ)
show("circ_list", circ)
circd = {}
circd["self"] = circd
show("circ_dict", circd)
circ2 = {"a": [1, {"b": None}]}
circ2["a"][1]["b"] = circ2
show("circ_deep", circ2)
show("circ_nocheck", [1, 2], check_circular=False)
shared = [1, 2]
show("shared", [shared, shared, {"a": shared}])


class Loop:
    pass


def default_loop(o):
    return [o]


show("circ_default", Loop(), default=default_loop)

deep = []
for _ in range(10000):
    deep = [deep]
show("deep_list", deep)
deepd = {}
for _ in range(10000):
    deepd = {"a": deepd}
show("deep_dict", deepd)
moderate = []
for _ in range(12):
    moderate = [moderate, {"k": moderate}]
print("moderate", len(json.dumps(moderate)))

# JSONEncoder directly
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print("encoder", enc.encode({"b": [1, 2.0], "a": "\u00e9"}))
print("iterencode", list(json.JSONEncoder().iterencode({"a": 1}, _one_shot=True)))
print("encode_str", json.JSONEncoder().encode("plain"))
print("indent", json.dumps({"a": [1, {"b": 2}]}, indent=2))

# _json.make_encoder itself
import _json

print("type", _json.make_encoder.__name__, _json.make_encoder.__module__)
mk = _json.make_encoder({}, None, _json.encode_basestring_ascii, None, ": ", ", ",
                        False, False, True)
print("call", mk([1, "\u00e9", {"k": None}], 0))
print("attrs", mk.markers, mk.default, mk.encoder is _json.encode_basestring_ascii,
      mk.indent, repr(mk.key_separator), repr(mk.item_separator), mk.sort_keys, mk.skipkeys)
mk2 = _json.make_encoder(None, str, lambda s: "<" + s + ">", None, "=", ";", False, True,
                         False)
print("custom", mk2({"b": [1, "x"], "a": 2, 3: object.__new__(Loop) and "y", (1,): 2}, 0))
mk3 = _json.make_encoder(None, str, lambda s: 5, None, "=", ";", True, True, False)
try:
    mk3(["x"], 0)
except TypeError as e:
    print("bad encoder", e)
for args in [(1, None, None, None, ":", ",", 0, 0, 0),
             (None, None, None, None, 1, ",", 0, 0, 0),
             (None, None, None, None, ":", b",", 0, 0, 0),
             (None, None, None, None, ":", ",", 0, 0)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print("make_encoder error", e)
try:
    mk()
except TypeError as e:
    print("call error", e)
print("kw call", mk(obj=[1], _current_indent_level=0))
