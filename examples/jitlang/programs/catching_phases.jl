# int_or in loops whose call starts or stops raising half-way: the loop's
# guard_no_exception (or guard_exception) starts failing, and gets a bridge
i = 0
s = 0
v = "5"
while i < 3000 {
    if i == 2000 { v = "z" }
    s = s + int_or(v, 1)
    i = i + 1
}
print(s)
i = 0
s = 0
v = "z"
while i < 3000 {
    if i == 2000 { v = "5" }
    s = s + int_or(v, 1)
    i = i + 1
}
print(s)
