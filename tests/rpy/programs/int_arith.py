"""Integer arithmetic: + - * / // % ** with negative operands, abs, unary minus,
chained comparisons, min/max of ints, augmented assignment."""


def show_divmod(a: int, b: int) -> None:
    print(a, "//", b, "=", a // b, " ", a, "%", b, "=", a % b)


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return abs(a)


def power(base: int, exp: int) -> int:
    result = 1
    while exp > 0:
        if exp % 2 == 1:
            result *= base
        exp //= 2
        if exp > 0:
            base *= base
    return result


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def entry_point(argv: list[str]) -> int:
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3),
             (1, 7), (-1, 7), (1, -7), (-1, -7), (123456789, 1000), (-123456789, 1000)]
    for a, b in pairs:
        show_divmod(a, b)
    print(7 / 2, -7 / 2, 1 / 4, 10 / 5)
    print(2 ** 10, (-3) ** 3, 7 ** 0, 2 ** 62)
    print(abs(-42), abs(42), abs(0), -(-5), -0)
    x = 10
    x += 5
    x -= 3
    x *= 4
    x //= 5
    x %= 7
    print("augmented:", x)
    y = 100
    y **= 2
    print("pow-assign:", y)
    print(gcd(48, 36), gcd(-48, 36), gcd(17, 5), gcd(0, 9))
    print(power(3, 13), power(-2, 15), power(10, 18))
    print(collatz_steps(27), collatz_steps(97), collatz_steps(1))
    a = 3
    b = 5
    c = 7
    print(a < b < c, a < c < b, a <= 3 <= b, c > b > a, a == 3 != b)
    print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
    print(min(3, -1), max(3, -1), min(4, 2, 8, 1), max(4, 2, 8, 1))
    big = 9223372036854775807
    small = -9223372036854775807 - 1
    print(big, small, big // 2, small // 2, big % 1000, small % 1000)
    print(big - 1, small + 1, -big)
    total = 0
    for i in range(1, 101):
        total += i * i
    print("sum of squares:", total)
    # integer sequences
    fact = 1
    for i in range(1, 21):
        fact *= i
    print("20! =", fact)
    fib_a = 0
    fib_b = 1
    for i in range(90):
        fib_a, fib_b = fib_b, fib_a + fib_b
    print("fib(90) =", fib_a)
    return 0
