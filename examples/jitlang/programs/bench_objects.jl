# benchmark: an object-heavy loop (a new object per iteration, field reads and writes)
n = 2000
a = args()
if len(a) > 0 { n = int(a[0]) }
acc = new()
acc.x = 0
acc.y = 0
acc.count = 0
i = 0
while i < n {
    p = new()
    p.x = i
    p.y = i % 5
    p.z = p.x + p.y
    acc.x = acc.x + p.x % 3
    acc.y = acc.y + p.z % 7
    acc.count = acc.count + 1
    i = i + 1
}
print(acc.x, acc.y, acc.count)
