# and/or/not returning operands, short-circuit, conditional expressions
def t(x):
    print("t", x)
    return x


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" and "x", [] or {} or 0)
print(t(0) and t(1))
print(t(1) and t(2) and t(3))
print(t(0) or t("") or t("z"))
print(t(1) or t(2))
print(not t(0), not not t([]))
a, b = 3, 0
print("yes" if a else "no", "yes" if b else "no", a if a > b else b)
print(1 if a > 5 else 2 if a > 2 else 3, (lambda: 4)() if b else -1)
x = [t(i) for i in range(4) if i % 2 and i > 0 or i == 2]
print(x)
print((a and b) or (a or b), a and not b, not a or b)
if a and b or not b:
    print("mixed")
while b or a > 1:
    a -= 1
print(a)
r = t(0) or t(0) or t(0)
print(r, t(1) and t(0) or t(5))
val = None
print(val if val is not None else "default", val or "alt")
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]))
