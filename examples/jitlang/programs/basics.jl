# integers, floats, strings, booleans, none
x = 7
y = 2
print(x + y, x - y, x * y, x / y, x % y, -x / y, -x % y)
print(1.5 + 2, 7.0 / 2, 2 * 0.25, 10 % 3.5, -1.5)
print("ab" + "cd", "x" * 3, len("hello"), "hello"[1], "hello"[-1])
print(true, false, none, not true, not 0, 1 < 2, 2 <= 1, "a" < "b", 1 == 1.0, "a" != "a")
print(1 and 2, 0 and 2, 0 or "z", none or false)
print(str(42) + "!", int("  -17 "), int(3.99), int(-3.99), float(3), float("2.5"), int(true))
print(sqrt(16), sqrt(2.0), 1e3, 2.5e-3, 1.0 / 3.0)
print(9223372036854775807, -9223372036854775807 - 1)
a = 1; b = 2; print(a + b)
