# objects with named fields (maps shared by objects built alike)
def point(x, y) {
    p = new()
    p.x = x
    p.y = y
    return p
}

p = point(1, 2)
q = point(3.5, "four")
print(p, q, p.x + q.x)
p.x = p.x + 10
p.z = [p.x, p.y]
print(p, p.z[0])
e = new()
print(e)
e.next = p
print(e.next.z[1])
print(p == p, p == q, p != q)
