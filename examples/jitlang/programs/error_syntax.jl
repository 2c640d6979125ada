# a syntax error: the block of the while is never closed
i = 0
while i < 3 {
    i = i + 1
print(i)
