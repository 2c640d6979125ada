# lists: literals, indexing, append, pop, len, concatenation, array
l = [1, 2.5, "three", [4], none, true]
print(l, len(l), l[0], l[-1], l[3][0])
l[1] = "two"
append(l, 7)
print(l, pop(l), len(l))
print([1, 2] + [3], [], array(3, 0))
squares = []
i = 0
while i < 10 { append(squares, i * i); i = i + 1 }
print(squares)
s = 0
i = 0
while i < len(squares) { s = s + squares[i]; i = i + 1 }
print(s)
