# args: fib 25 --verbose
"""A small command-line tool: dispatches on argv[1] to a subcommand, parses
options, reports usage errors with status 2, success with status 0.  The
`# args:` header selects the fib subcommand; other paths are exercised by
calling main() directly with other argument lists."""


def fib(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def usage(msg: str) -> int:
    print("usage error:", msg)
    return 2


def main(args: list[str]) -> int:
    if len(args) < 2:
        return usage("missing command")
    verbose = False
    positional: list[str] = []
    for a in args[1:]:
        if a == "--verbose" or a == "-v":
            verbose = True
        elif a.startswith("-"):
            return usage("unknown option " + a)
        else:
            positional.append(a)
    cmd = positional[0] if len(positional) > 0 else ""
    if cmd == "fib":
        if len(positional) != 2:
            return usage("fib takes one number")
        try:
            n = int(positional[1])
        except ValueError:
            return usage("not a number: " + positional[1])
        if verbose:
            for i in range(n + 1):
                print("fib(%d) = %d" % (i, fib(i)))
        else:
            print(fib(n))
        return 0
    if cmd == "echo":
        print(" ".join(positional[1:]))
        return 0
    return usage("unknown command " + repr(cmd))


def entry_point(argv: list[str]) -> int:
    status = main(argv)
    print("-- main returned", status)
    print("-- extra runs:", main(["prog"]), main(["prog", "fib", "x"]), main(["prog", "-q"]),
          main(["prog", "echo", "a", "b"]), main(["prog", "what"]))
    return status
