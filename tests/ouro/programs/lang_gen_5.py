# generator expressions: scoping, early binding of the first iterable, laziness
x = [1, 2, 3]
g = (i * 10 for i in x)
x = [100]
print(list(g))
def lazy_log():
    log = []
    def src():
        for i in range(3):
            log.append(f"yield {i}")
            yield i
    gen = (v * 2 for v in src())
    log.append("created")
    first = next(gen)
    log.append(f"got {first}")
    rest = list(gen)
    return log, rest
print(lazy_log())
try:
    (y for y in 5)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(K.doubled)
gen = (a + b for a in "xy" for b in "12")
print(list(gen), list(gen))
print(sum(x * x for x in range(10) if x % 2), "".join(c.upper() for c in "abc"))
nested = list(list(j for j in range(i)) for i in range(4))
print(nested)
def send_to_genexp():
    g = (i for i in range(3))
    next(g)
    try:
        g.send(5)
        return "send accepted"
    except TypeError as e:
        return f"{type(e).__name__}: {e}"
print(send_to_genexp())
g2 = (i for i in range(3))
print(type(g2).__name__, g2.__name__, g2.__qualname__, g2.gi_frame is not None)
g2.close()
print(list(g2), g2.gi_frame)
pairs = dict((k, len(k)) for k in ["a", "bb", "ccc"])
print(pairs, set(c for c in "hello") == {"h", "e", "l", "o"}, tuple(n for n in range(3)))
print(any(n > 100 for n in range(10 ** 9)), next(n for n in range(10 ** 9) if n * n > 50))
