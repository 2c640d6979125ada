"""json.dumps through _json.make_encoder, edge cases: containers mutated
while they are encoded, errors raised in the middle (and the encoder used
again afterwards), sort_keys with keys that do not compare, str/int
subclass keys, the int digit limit and the encoder in a loop."""
import json
import sys


def show(label, obj, **kw):
    try:
        print(label, json.dumps(obj, **kw))
    except Exception as e:
        print(label, "error", type(e).__name__, e)


class Grow:
    pass


lst = [1, Grow(), 3]


def grow_default(o):
    if isinstance(o, Grow):
        lst.append(4)
        return "grown"
    raise TypeError("?")


show("list_grows", lst, default=grow_default)

d = {"a": 1, "b": Grow(), "c": 3}


def dict_default(o):
    d["z"] = 26
    del d["a"]
    return "changed"


show("dict_changes", d, default=dict_default)
print("dict_after", sorted(d))


def failing(o):
    raise RuntimeError("boom %s" % type(o).__name__)


enc = json.JSONEncoder(default=failing)
try:
    enc.encode([1, [2, {"x": Grow()}]])
except RuntimeError as e:
    print("failed", e)
print("again", enc.encode([1, [2, {"x": 3}]]))

show("sort_bad", {1: 1, "a": 2}, sort_keys=True)
show("sort_none", {None: 1, "a": 2}, sort_keys=True)
show("sort_floats", {2.5: "a", 1: "b", -1.5: "c", True: "d"}, sort_keys=True)


class K(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


show("sort_rev_keys", {K("a"): 1, K("b"): 2, K("c"): 3}, sort_keys=True)


class IntKey(int):
    pass


show("intkey", {IntKey(10): "ten", IntKey(-1): [IntKey(2)]})
show("boolint", [True + 0, int(False), 1 == 1])

old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(640)
show("huge_int", [10 ** 700])
show("huge_key", {10 ** 700: 1})
sys.set_int_max_str_digits(old)

total = 0
doc = {"name": "x" * 10, "vals": list(range(20)), "nested": {"f": 1.25, "t": (None, True)}}
for i in range(300):
    total += len(json.dumps(doc))
    total += len(json.dumps([doc, i], separators=(",", ":"), sort_keys=True))
print("loop", total)
print("ensure", json.dumps(["\u00ff\u0100\uffff\U00010000"], ensure_ascii=False))
print("ensure_ascii", json.dumps(["\u00ff\u0100\uffff\U00010000"]))
print("roundtrip", json.loads(json.dumps({"a": [1.5, "\u20ac", None]})))

import enum


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class NF(float):
    pass


show("intenum", {Color.RED: [Color.GREEN, Color.RED]})
show("float_sub_nan", [NF("nan"), NF("-inf"), NF(0.5)])
show("float_sub_nan_strict", [NF("inf")], allow_nan=False)
show("str_enum_like", {"k": enum.Enum("E", "A B").A.name})
