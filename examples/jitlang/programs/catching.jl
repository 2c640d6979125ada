# int_or and pop_or: the interpreter raises an exception and catches it
# (a residual call's, and one raised in traced code), in hot loops
words = ["12", "x", "7", "", "-3", "4y"]
i = 0
total = 0
bad = 0
while i < 3000 {
    w = words[i % 6]
    n = int_or(w, -1000)
    if n == -1000 { bad = bad + 1 } else { total = total + n }
    i = i + 1
}
print(total, bad)
stack = []
i = 0
popped = 0
empty = 0
while i < 3000 {
    if i % 3 == 0 { append(stack, i) }
    x = pop_or(stack, -1)
    if x == -1 { empty = empty + 1 } else { popped = popped + x }
    i = i + 1
}
print(popped, empty)
i = 0
s = 0
while i < 2000 {
    s = s + int_or("x", i) + pop_or(stack, 1)
    i = i + 1
}
print(s)
i = 0
s = 0
while i < 2000 {
    if i < 1500 { v = "5" } else { v = "z" }
    s = s + int_or(v, 1)
    i = i + 1
}
print(s)
