# args: 3 4 five
# status: 7
"""argv and the exit status: argv[0] is the program, the rest come from the
`# args:` header; arguments are parsed with int() (ValueError caught) and the
exit status (non-zero: 7) is computed from them."""


def parse_args(args: list[str]) -> list[int]:
    out: list[int] = []
    for a in args:
        try:
            out.append(int(a))
        except ValueError:
            print("not a number:", a)
    return out


def entry_point(argv: list[str]) -> int:
    print("argc", len(argv), "program name given:", len(argv[0]) > 0)
    # translated executable, so it is not printed
    print("argc", len(argv), "argv[0] non-empty:", len(argv[0]) > 0)
    for i in range(1, len(argv)):
        print("arg", i, repr(argv[i]))
    nums = parse_args(argv[1:])
    total = sum(nums)
    print("sum of numeric args:", total)
    if total == 7:
        return total
    return 1
