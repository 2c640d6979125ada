"""dict[K, V] with str and int keys: literals, setitem/getitem, get with and
without default, setdefault (also with list values), pop (with default), del,
update, clear, keys/values/items iteration, in / not in, len, dict() copy,
KeyError, and insertion order kept after deletions and re-insertions."""


def show(d: dict[str, int]) -> str:
    return "{" + ", ".join(["%s: %d" % (k, v) for k, v in d.items()]) + "}"


def entry_point(argv: list[str]) -> int:
    d = {"one": 1, "two": 2, "three": 3}
    print(show(d), len(d))
    d["four"] = 4
    d["two"] = 22
    print(show(d), d["two"], d.get("one", 0), d.get("zzz", -1))
    print("in:", "one" in d, "five" in d, "five" not in d)
    print("setdefault:", d.setdefault("five", 5), d.setdefault("one", 100), show(d))
    print("pop:", d.pop("three"), d.pop("missing", -99), show(d))
    del d["one"]
    print("del:", show(d))
    d["one"] = 111
    d["three"] = 333
    print("reinserted at end:", show(d))
    d.update({"two": 2, "six": 6})
    print("update:", show(d))
    keys = [k for k in d]
    print("keys:", " ".join(keys))
    print("keys():", " ".join([k for k in d.keys()]))
    print("values():", sum([v for v in d.values()]), " ".join([str(v) for v in d.values()]))
    for k, v in d.items():
        print("  item", k, v)
    copy = dict(d)
    copy["new"] = 0
    print("copy:", len(d), len(copy))
    try:
        x = d["nope"]
        print("no error", x)
    except KeyError:
        print("KeyError for d['nope']")
    try:
        del d["nope"]
    except KeyError:
        print("KeyError for del")
    try:
        d.pop("nope")
    except KeyError:
        print("KeyError for pop")
    squares: dict[int, int] = {}
    for i in range(-5, 6):
        squares[i] = i * i
    print(len(squares), squares[-5], squares[0], squares[5], 3 in squares, 30 in squares)
    for i in range(-5, 6, 2):
        del squares[i]
    print(" ".join(["%d:%d" % (k, v) for k, v in squares.items()]))
    names: dict[str, str] = {"a": "alpha"}
    g = names.get("a")
    if g is not None:
        print("get without default:", g)
    print("missing is None:", names.get("b") is None)
    groups: dict[int, list[str]] = {}
    for w in ["ant", "bee", "cat", "dingo", "eagle", "fox", "gnu"]:
        groups.setdefault(len(w), []).append(w)
    for n, ws in groups.items():
        print(n, ",".join(ws))
    counts: dict[str, int] = {}
    for ch in "mississippi":
        counts[ch] = counts.get(ch, 0) + 1
    print(show(counts))
    counts.clear()
    print("cleared:", len(counts), show(counts))
    churn: dict[int, int] = {}
    for i in range(1000):
        churn[i] = i
        if i >= 3:
            del churn[i - 3]
    print("churn:", len(churn), " ".join([str(k) for k in churn]))
    return 0
