i = 0
while i < 2 {
    if i == 1 { print(v) }
    v = i
    i = i + 1
}
x = 1
if x > 5 { w = 2 }
print(w)
