# StopIteration inside generators becomes RuntimeError (PEP 479); executing errors
def leaks_stop():
    yield 1
    raise StopIteration("leaked")


g = leaks_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def self_running():
    yield me.send(None)


me = self_running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def returns_normally():
    yield 1
    return "fine"


print(list(returns_normally()))


def catch_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"


print(list(catch_inside()))


def stop_in_genexp():
    return list(next(iter([])) if x else x for x in [0, 1])


try:
    stop_in_genexp()
except RuntimeError as e:
    print("RuntimeError:", e)


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("from __next__")


print(list(It()), [x for x in It()])


def gen_exhausted():
    yield 1


ge = gen_exhausted()
print(list(ge), list(ge), next(ge, "default"))
