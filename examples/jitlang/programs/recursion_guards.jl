# a recursion whose guards fail: the argument changes type (int, float,
# string) and the branches flip, inside code compiled from the start
def f(x, d) {
    if d == 0 { return x }
    if d % 3 == 0 { return f(x + x, d - 1) }
    return f(x, d - 1) + x
}
def g(n) {
    if n % 17 == 0 { return f("ab", n % 5) }
    if n % 2 == 0 { return f(n, n % 9) }
    return f(n * 0.5, n % 7)
}
i = 0
s = 0
t = 0.0
u = ""
while i < 3000 {
    r = g(i)
    if i % 17 == 0 { u = r } else { if i % 2 == 0 { s = (s + r) % 1000003 } else { t = t + r } }
    i = i + 1
}
print(s, t, u)
