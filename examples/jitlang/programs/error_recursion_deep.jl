# a recursion that raises an error deep inside, after its code is compiled
def down(n, m) {
    if n == m { return 1 / 0 }
    if n > 300 { return n }
    return down(n + 1, m) + 1
}
i = 0
s = 0
while i < 200 {
    s = s + down(0, -1) % 11
    i = i + 1
}
print(s)
print(down(0, 250))
