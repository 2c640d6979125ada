# uncaught: ValueError "generator already executing"
def reentrant():
    for i in range(3):
        yield i
        if i == 1:
            next(gen)


def plain():
    yield "a"
    yield "b"


print(list(plain()))
p = plain()
print(next(p), p.gi_running, next(p), next(p, "done"))
gen = reentrant()
print(next(gen))
print(next(gen))
print("resuming re-entrant generator")
print(next(gen))
print("not reached")
