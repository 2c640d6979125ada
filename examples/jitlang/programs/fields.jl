# object fields: ints unboxed by the map, boxed again when another value arrives
a = new()
b = new()
a.n = 0
a.name = "a"
b.n = 100
i = 0
while i < 3000 {
    a.n = a.n + i % 7
    b.n = b.n - 1
    if i == 2500 { b.n = 1.5 }
    if i > 2500 { b.n = b.n * 1.0 }
    if i == 2900 { a.name = 7 }
    i = i + 1
}
print(a.n, b.n, a, b)
c = new()
c.x = a
c.y = 3
print(c.x.n + c.y, c)
