"""Float arithmetic: + - * / // % ** with negatives, abs, min/max, int<->float
conversions (float(i), int(f) truncation), comparisons, nan/inf behaviour,
Newton iteration and a numeric integration."""


def newton_sqrt(x: float) -> float:
    guess = x / 2.0
    for i in range(30):
        guess = (guess + x / guess) / 2.0
    return guess


def integrate_square(a: float, b: float, steps: int) -> float:
    h = (b - a) / float(steps)
    total = 0.0
    for i in range(steps):
        mid = a + (float(i) + 0.5) * h
        total += mid * mid * h
    return total


def mean(values: list[float]) -> float:
    return sum(values) / float(len(values))


def entry_point(argv: list[str]) -> int:
    a = 7.5
    b = -2.0
    print(a + b, a - b, a * b, a / b)
    print(a // 2.0, -a // 2.0, a % 2.0, -a % 2.0, a % -2.0, -a % -2.0)
    print(2.0 ** 10.0, 2.0 ** -2.0, 9.0 ** 0.5, (-2.0) ** 3.0)
    print(abs(-3.25), abs(3.25), -(-1.5))
    print(min(1.5, -0.5), max(1.5, -0.5), min([3.0, 1.0, 2.0]), max([3.0, 1.0, 2.0]))
    print(1.0 < 2.0, 2.0 <= 2.0, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
    print(float(3), float(-7), float(0), float(2 ** 53))
    print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e15))
    x = 1.0
    x += 0.5
    x *= 4.0
    x -= 1.0
    x /= 2.0
    print("augmented:", x)
    print("sqrt(2) ~", newton_sqrt(2.0))
    print("sqrt(1e10) ~", newton_sqrt(1e10))
    print("integral x^2 on [0,3] ~", integrate_square(0.0, 3.0, 1000))
    print("mean:", mean([1.0, 2.0, 4.0, 8.0]))
    inf = float("inf")
    nan = float("nan")
    print(inf > 1e308, -inf < -1e308, inf + 1.0, inf - inf == inf)
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
    print(1e308 * 10.0, -1e308 * 10.0, 1e-320 / 1e10)
    # float loop accumulation
    total = 0.0
    for i in range(10):
        total += 0.1
    print("ten tenths:", total, total == 1.0)
    # int / int always gives a float
    n = 10
    d = 4
    print(n / d, (n / d) * float(d) == float(n), 1 / 3, 2 / 3)
    return 0
