"""Number tables: bases 2-36, multiplication tables, Pascal's triangle, amortisation schedule, percentages, ordinals."""
import string
DIGITS = string.digits + string.ascii_uppercase
def to_base(n, b):
    if not 2 <= b <= 36:
        raise ValueError(f"base {b} out of range")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in (0, 7, 255, -255, 1000, 2 ** 64):
    print(f"{n:>22} | " + " ".join(f"{to_base(n, b):>8}" for b in (2, 8, 16, 36)[1:] ) + f" | {to_base(n, 2)[-12:]:>12}")
print(all(int(to_base(n, b), b) == n for n in range(-50, 500, 7) for b in range(2, 37)))
print("   |" + "".join(f"{j:4}" for j in range(1, 10)))
print("---+" + "-" * 36)
for i in range(1, 10):
    print(f"{i:2} |" + "".join(f"{i * j:4}" for j in range(1, 10)))
row = [1]
for _ in range(10):
    print(" ".join(map(str, row)).center(60))
    row = [a + b for a, b in zip([0] + row, row + [0])]
def amortise(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    pay = principal * r / (1 - (1 + r) ** -n)
    bal = principal
    print(f"payment {pay:,.2f}")
    print(f"{'month':>5} {'interest':>10} {'principal':>10} {'balance':>12}")
    for m in range(1, n + 1):
        interest = bal * r
        bal -= pay - interest
        if m <= 3 or m > n - 2:
            print(f"{m:>5} {interest:>10,.2f} {pay - interest:>10,.2f} {max(bal, 0):>12,.2f}")
amortise(250_000, 0.045, 2)
def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
print(", ".join(ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003)))
scores = {"ann": 18, "bob": 25, "cy": 7}
total = sum(scores.values())
for name, s in sorted(scores.items(), key=lambda kv: -kv[1]):
    print(f"{name:<5}{s:>4}{s / total:>8.1%} {'*' * round(20 * s / total)}")
print(f"{0.000123:.2e} {123456789:.3e} {1/7:.15g} {2**0.5:.20f} {1e-10:f} {12345.6789:_.2f} {-1234.5:+,.1f}")
print(int("ff", 16), int("z", 36), int("-101", 2), int("0o777", 8), int("0xDEAD", 0), hex(3735928559), oct(511), bin(-5))
for bad in (lambda: to_base(5, 1), lambda: int("12", 2), lambda: int("g", 16), lambda: to_base("5", 2)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
