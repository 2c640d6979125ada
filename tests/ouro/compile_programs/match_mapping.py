# match statements: mapping patterns (literal and attribute keys, **rest,
# nested), what counts as a mapping, duplicate keys found at run time
import collections
import collections.abc


class K:
    A = "a"
    B = "b"


def mapping(x):
    match x:
        case {}:
            if len(x) == 0:
                return "empty mapping"
            return "non-empty, matched by {}: %d keys" % len(x)


def m(x):
    match x:
        case {"kind": "point", "x": px, "y": py}:
            return "point %r %r" % (px, py)
        case {"kind": "circle", "r": r, **rest}:
            return "circle %r, rest %r" % (r, sorted(rest.items()))
        case {1: one, 2.5: two, None: n, False: t}:
            return "numeric keys %r %r %r %r" % (one, two, n, t)
        case {-1: neg, 1 + 2j: cplx}:
            return "negative and complex keys %r %r" % (neg, cplx)
        case {K.A: a, K.B: [b1, *bs]}:
            return "attribute keys %r %r %r" % (a, b1, bs)
        case {"only": _, **rest} if not rest:
            return "only key"
        case {**everything} if len(everything) > 3:
            return "big mapping %r" % (sorted(everything),)
        case _:
            return "no match"


for v in [{"kind": "point", "x": 1, "y": 2}, {"kind": "point", "x": 1},
          {"kind": "circle", "r": 3}, {"kind": "circle", "r": 3, "color": "red", "z": 0},
          {1: "a", 2.5: "b", None: "c", 1.0 != 1: "d"}, {-1: "neg", (1 + 2j): "c", 5: 5},
          {"a": 1, "b": [2, 3, 4]}, {"a": 1, "b": []}, {"only": 1}, {"only": 1, "x": 2},
          {1: 1, 2: 2, 3: 3, 4: 4}, [("kind", "point")], "kind", None, 5]:
    print(m(v))

print(mapping({}), "/", mapping({1: 2, 3: 4}), "/", mapping([]))


# lookups use get(): a defaultdict is not extended, __missing__ not called
d = collections.defaultdict(list)
d["x"] = 1
match d:
    case {"x": 1, "y": _}:
        print("defaultdict matched y?!")
    case {"x": 1}:
        print("defaultdict: no y, keys", sorted(d))


class Loud(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        print("  getitem", k)
        return self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


match Loud({"a": 1, "b": 2, "c": 3}):
    case {"a": 1, "c": c, **rest}:
        print("custom mapping", c, sorted(rest.items()))

# **rest is a new dict, the subject is unchanged
src = {"k": 1, "l": 2, "m": 3}
match src:
    case {"k": 1, **others}:
        others["new"] = 4
        print(sorted(others.items()), sorted(src.items()))

# rest without keys copies everything
match {"a": 1}:
    case {**everything}:
        print("everything", everything)

# a mapping subject is not a sequence and vice versa
for v in [{0: "a", 1: "b"}, ["a", "b"]]:
    match v:
        case [a, b]:
            print("sequence", a, b)
        case {0: a, 1: b}:
            print("mapping", a, b)


# duplicate keys through attributes: ValueError at run time
class Dup:
    X = "same"
    Y = "same"


try:
    match {"same": 1}:
        case {Dup.X: 1, Dup.Y: 1}:
            print("matched?!")
except ValueError as e:
    print("ValueError:", e)

# nested mappings and captures in loops
events = [{"type": "click", "pos": {"x": 1, "y": 2}},
          {"type": "key", "key": "q", "mods": ["ctrl"]},
          {"type": "key", "key": "w", "mods": []},
          {"type": "scroll", "delta": -3}]
for ev in events:
    match ev:
        case {"type": "click", "pos": {"x": x, "y": y}}:
            print("click at", x, y)
        case {"type": "key", "key": k, "mods": [mod]}:
            print("key", k, "with", mod)
        case {"type": "key", "key": k}:
            print("key", k)
        case {"type": t, **rest}:
            print("unknown", t, rest)
