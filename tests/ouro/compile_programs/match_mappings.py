# match: mapping patterns with **rest
def mp(x):
    match x:
        case {}:
            if not x:
                return "empty mapping"
            return "any mapping (matched {}) with %d keys" % len(x)


print(mp({}), mp({"a": 1}))


def mp2(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return "point %r,%r" % (px, py)
        case {"type": "circle", "r": r, **rest}:
            return "circle r=%r rest=%r" % (r, rest)
        case {"k": {"nested": v}}:
            return "nested %r" % v
        case {1: one, None: n}:
            return "non-str keys %r %r" % (one, n)
        case {"a": 1 | 2 as a}:
            return "a in 1|2: %r" % a
        case dict() if "zz" in x:
            return "has zz"
        case _:
            return "no match"


for v in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 5, "color": "red", "z": 1},
          {"k": {"nested": "deep", "other": 1}}, {1: "one", None: "none"}, {"a": 2}, {"a": 3},
          {"zz": 0}, [("a", 1)], "string"]:
    print(mp2(v))


class Config(dict):
    pass


match Config(debug=True, level=3):
    case {"debug": True, **opts}:
        print("debug config", opts)
import collections
dd = collections.defaultdict(int)
match dd:
    case {"missing": _}:
        print("defaultdict created key (wrong)")
    case _:
        print("defaultdict: missing key does not match", dict(dd))
import types
match types.MappingProxyType({"p": 1}):
    case {"p": val}:
        print("mappingproxy", val)


class Key:
    A = "a"


match {"a": 10, "b": 20}:
    case {Key.A: v, **others}:
        print("value pattern key", v, others)
match {"x": 1}:
    case {"x": 1, **empty}:
        print("rest empty", empty)
