# misc statements: pass, if/elif/else chains, nested defs, global in branches, expression statements
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        pass
    else:
        return "large"
    return "medium"


print([classify(n) for n in (-5, 0, 5, 50, 500)])
if False:
    never = 1
elif None:
    never = 2
else:
    print("else branch")
print("never" in globals())
x = 5
if x:
    if x > 3:
        if x > 4:
            print("deeply nested true")
if not x:
    pass
else:
    print("not-else")


def outer():
    def middle():
        def inner():
            return "inner"
        return inner
    return middle()()


print(outer())
flag = True
if flag:
    def chosen():
        return "first"
else:
    def chosen():
        return "second"
print(chosen())
for i in range(2):
    def per_iteration(i=i):
        return i
print(per_iteration())
1 + 1
"just a string"
[1, 2, 3]
x
None


class Empty:
    pass


def empty_function():
    pass


print(empty_function(), Empty.__name__)
a = b = 1
a, b = b + 1, a + 1
print(a, b)
semicolons = 1; more = 2; print(semicolons + more)
if x: print("one-line if")
while False: pass
for _ in (): pass
try: pass
except: pass
with open(__file__) as fh: pass
print(fh.closed)
val = (1 if x else 2) if x > 3 else (3 if x else 4)
print(val)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
print(type(...).__name__, ... is Ellipsis, __debug__)
z = 0
z = z + 1; z += 1; z *= 3
print(z)
