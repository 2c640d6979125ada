# match: or-patterns, as-patterns, captures in alternatives, guards, nesting
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case ["look"] | ["l"]:
            return "looking"
        case [("quit" | "exit")]:
            return "bye"
        case [cmd_word, *args] as whole:
            return "unknown %r with %d args (%r)" % (cmd_word, len(args), whole)
        case []:
            return "nothing"


for c in ["go north", "go up", "pick up lamp", "take sword", "drop a b", "drop", "look", "l",
          "exit", "dance wildly now", ""]:
    print(repr(c), "->", f(c))


def nested_or(v):
    match v:
        case (1 | 2, "a" | "b") as pair:
            return "pair " + repr(pair)
        case [1, (2 | 3) as inner, *_]:
            return "inner %r" % inner
        case {"k": [1 | 2 as kk, *_]}:
            return "kk %r" % kk
        case (int() | str()) as simple:
            return "simple " + repr(simple)
    return "fallthrough"


for v in [(1, "a"), (2, "b"), (3, "a"), [1, 3, 9], [1, 4], {"k": [2, 0]}, 5, "s", 2.0]:
    print(nested_or(v))
x = [1, 2]
match x:
    case [a, b] if a > b:
        print("decreasing")
    case [a, b] if a < b:
        print("increasing", a, b)
print("captures survive:", a, b)
match (1, 2, 3):
    case (1, *rest) as whole if sum(rest) == 5:
        print("whole", whole, "rest", rest)
count = 0


def subject():
    global count
    count += 1
    return [count]


match subject():
    case [2]:
        pass
    case [1]:
        print("subject evaluated once, count =", count)


def returns_in_match(v):
    for i in range(3):
        match v, i:
            case (0, 1):
                return "returned at i=1"
            case (1, _):
                break
    return "after loop"


print(returns_in_match(0), returns_in_match(1))
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (2, q)}]}:
        print("deep nest q =", q)
