"""f-strings: {expr} of int/float/str/bool, expressions inside braces,
constant format specs (.3f, 5d, 08d, x, e, g, <, >, ^), {{ }} escapes."""


def greet(name: str, n: int) -> str:
    return f"Hello, {name}! You have {n} new message{'s' if n != 1 else ''}."


def entry_point(argv: list[str]) -> int:
    x = 3.14159265
    n = 42
    s = "rpy"
    ok = True
    print(f"x={x} n={n} s={s} ok={ok}")
    print(f"{x:.3f} {x:.0f} {x:10.2f}| {x:<10.1f}| {x:e} {x:.2e} {x:g}")
    print(f"{n:5d}|{n:<5d}|{n:05d}|{n:x}|{n:X}|{n:o}|{n:+d}|{-n:d}")
    print(f"{s:>8}|{s:<8}|{s:^8}|{s}")
    print(f"{n + 1} {n * 2} {len(s)} {s.upper()} {x > 3.0} {n // 5}")
    print(f"{{literal braces}} and {n}")
    print(greet("Ada", 1))
    print(greet("Bob", 3))
    items = ["a", "bb", "ccc"]
    for i, item in enumerate(items):
        print(f"{i:2d}: {item:>5} ({len(item)})")
    total = 0.0
    for v in [0.1, 0.2, 0.3]:
        total += v
    print(f"total={total} rounded={total:.2f}")
    print(f"{1 / 3:.5f} {2.5:.1f} {1e16} {-0.0} {1e-5:.2e}")
    print(f"{'nested'} {str(n)}{'!'}")
    return 0
