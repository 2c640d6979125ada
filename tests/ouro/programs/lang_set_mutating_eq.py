"""Sets whose keys' __eq__ empties or refills the sets while update(),
|=, ^=, symmetric_difference_update() and add() compare them (an internal
AssertionError before: the add restarted on a set left without a table),
and dict.fromkeys(dict/set/frozenset) taking the stored hashes instead of
calling __hash__ again."""


class Bad:
    def __init__(self, n, h):
        self.n = n
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        action = ACTIONS.pop(0) if ACTIONS else None
        if action == "clear1":
            set1.clear()
        elif action == "clear2":
            set2.clear()
        elif action == "ints":
            set1.clear()
            set1.update(range(3))
        return self.n == getattr(other, "n", None)

    def __repr__(self):
        return "B%d" % self.n


def make(plan):
    global set1, set2, ACTIONS
    ACTIONS = []
    set1 = {Bad(i, i % 2) for i in range(6)}
    set2 = {Bad(i + 3, i % 2) for i in range(6)}
    ACTIONS = list(plan)


def run(label, plan, op):
    make(plan)
    try:
        op()
        result = "ok"
    except RuntimeError as e:
        result = "RuntimeError %s" % e
    print(label, plan, result, len(set1), sorted(map(repr, set1)), len(set2))


for plan in [[], ["clear1"], [None, "clear1"], ["clear2"], ["ints"], [None, None, "ints"],
             ["clear1", "clear1", "clear2"]]:
    run("update", plan, lambda: set1.update(set2))
    run("ior", plan, lambda: set1.__ior__(set2))
    run("sdu", plan, lambda: set1.symmetric_difference_update(set2))
    run("ixor", plan, lambda: set1.__ixor__(set2))
    run("add", plan, lambda: set1.add(Bad(9, 1)))
    run("update list", plan, lambda: set1.update(list(set2)))
    run("update dict", plan, lambda: set1.update(dict.fromkeys(set2)))


class HashCounting(int):
    def __init__(self, *args):
        self.hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


d = dict.fromkeys(map(HashCounting, range(10)))
count = lambda: sum(e.hash_count for e in d)
print("made", count())
for label, make_source in [("set", set), ("frozenset", frozenset), ("dict", dict)]:
    src = make_source(d)
    before = count()
    d2 = dict.fromkeys(src, 1)
    print(label, count() - before, sorted(d2.items()) == sorted(dict.fromkeys(range(10), 1).items()))


class SetSub(set):
    pass


src = SetSub(d)
before = count()
dict.fromkeys(src)
print("set subclass hashes again:", count() - before)


class DictSub(dict):
    pass


before = count()
print(type(DictSub.fromkeys(set(d))).__name__, count() - before > 0)
