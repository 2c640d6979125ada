"""print(): several values of different types, sep= and end= (empty,
multi-character, with newlines), print() with no arguments, mixing
end="" with later output, printing many lines."""


def entry_point(argv: list[str]) -> int:
    print("a", 1, 2.5, True, False, -3)
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("x", "y", sep="\n")
    print("no newline", end="")
    print(" -- continued")
    print("custom end", end="!\n")
    print(1, 2, 3, sep=" + ", end=" = 6\n")
    print()
    print("", "", sep="|")
    print("")
    for i in range(5):
        print(i, end=" " if i < 4 else "\n")
    print("tab\tseparated", "value", sep="\t")
    print(0.1, 1e16, -0.0, 1 / 3, sep=" | ")
    print("unicode: é 中 😀", "ok", sep=" :: ")
    for i in range(200):
        print("line", i, "of", 200, sep=" ", end="\n" if i % 50 == 49 else "; ")
    return 0
