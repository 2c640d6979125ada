# UNPACK_SEQUENCE of lists (read straight from the list's storage when the
# length matches), list subclasses with their own __iter__, wrong lengths.
a, b = [1, 2]
print(a, b)
a, b, c = [1.5, "x", None]
print(a, b, c)
class L(list):
    def __iter__(self):
        return iter([7, 8])
a, b = L([1, 2, 3])
print(a, b)
for bad in ([1], [1, 2, 3], []):
    try:
        a, b = bad
    except ValueError as e:
        print(e)
x = [[1, 2], [3, 4]]
for p, q in x:
    print(p + q)
a, *b = [1, 2, 3]
print(a, b)
