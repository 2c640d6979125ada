"""int / int gives a float: like CPython, the result is the correctly rounded
quotient of the exact integers — which differs from float(a) / float(b)
when the operands do not fit in 53 bits."""


def entry_point(argv: list[str]) -> int:
    pairs = [(7, 2), (-7, 2), (1, 3), (10, 4), (0, 5), (9007199254740993, 1),
             (8248402585199953832, 856), (5258986265376043509, 7408596316092197599),
             (591064915700530116, 1096615257545913404), (-9223372036854775807, 3),
             (9223372036854775807, 9223372036854775806)]
    for a, b in pairs:
        q = a / b
        print(a, "/", b, "=", q, "| float(a) / float(b) =", float(a) / float(b))
    return 0
