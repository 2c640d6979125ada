# abandoned generators are finalized as soon as their last reference goes
def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  finally of", tag)


for x in numbers("loop with break"):
    print(x)
    break
print("after the loop")
g = numbers("rebound name")
next(g)
g = None
print("after rebinding")


def consume():
    local = numbers("local variable")
    next(local)
    return "returning"


print(consume())
print("end", [next(numbers("temporary"))])


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit delivered")
        raise


for _ in catches_exit():
    break
print("done")
