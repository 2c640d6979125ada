# objects left at the end of the program are finalized at exit (after the
# atexit functions), as CPython's shutdown does
import atexit


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen():
    try:
        yield 1
    finally:
        print("generator finally at exit")


atexit.register(print, "atexit first")
a = Res("a")
b = Res("b")
g = gen()
next(g)
holder = [Res("in list")]
print("end of program")
