# benchmark: recursive calls (fib, a tree walk): code compiled from the
# functions' starts, their recursive calls not inlined
def fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
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

n = 20
a = args()
if len(a) > 0 { n = int(a[0]) }
t = tree(8)
s = 0
k = 0
while k < n {
    s = (s + fib(15 + k % 3) + walk(t)) % 1000003
    k = k + 1
}
print(s)
