# uncaught: generator already executing / StopIteration inside generator becomes RuntimeError
def counter():
    i = 0
    while i < 3:
        yield i
        i += 1


def pairs(it):
    it = iter(it)
    for a in it:
        b = next(it)
        yield a, b


print(list(counter()))
print(list(pairs([1, 2, 3, 4])))
gen = pairs("abcd")
print(next(gen), next(gen))
print("now an odd number of items")
print(list(pairs([1, 2, 3])))
print("not reached")
