# mutual recursion and a tree walk: entry code of several functions
# calling each other
def is_even(n) {
    if n == 0 { return true }
    return is_odd(n - 1)
}
def is_odd(n) {
    if n == 0 { return false }
    return is_even(n - 1)
}
def tree(d) {
    t = new()
    t.v = d
    if d == 0 { t.l = none; t.r = none } else { t.l = tree(d - 1); t.r = tree(d - 1) }
    return t
}
def walk(t) {
    if t == none { return 0 }
    return t.v + walk(t.l) + walk(t.r)
}
def depth(t) {
    if t == none { return 0 }
    a = depth(t.l)
    b = depth(t.r)
    if a > b { return a + 1 }
    return b + 1
}
n = 0
c = 0
while n < 600 {
    if is_even(n % 40) { c = c + 1 }
    n = n + 1
}
print(c)
t = tree(11)
k = 0
w = 0
while k < 8 {
    w = w + walk(t) + depth(t)
    k = k + 1
}
print(w)
