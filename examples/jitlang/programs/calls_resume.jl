# a guard failing inside inlined calls: the callees' frames (virtual in
# the compiled loop) are rebuilt when it fails, and bridges start with them
def f(a, b) {
    if a % 7 == 3 { return a * b + 1 }
    return a + b
}
def g(x) {
    t = [x, x + 1]
    return f(t[0], t[1]) * 2
}
i = 0
s = 0
while i < 3000 {
    s = (s + g(i)) % 1000003
    i = i + 1
}
print(s)
