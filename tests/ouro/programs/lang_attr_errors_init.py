# object.__init__'s excess-arguments message, and deleting or setting an
# attribute that a class without __dict__ has only on the class


class C:
    pass


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("C(42)", lambda: C(42))
attempt("C.__new__(C, 42)", lambda: C.__new__(C, 42))
attempt("C().__init__(42)", lambda: C().__init__(42))
attempt("object.__new__(C, 42)", lambda: object.__new__(C, 42))
attempt("object.__init__(C(), 42)", lambda: object.__init__(C(), 42))


class WithInit:
    def __init__(self):
        pass


attempt("WithInit(1)", lambda: WithInit(1))
attempt("object.__init__(WithInit(), 1)", lambda: object.__init__(WithInit(), 1))


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)


attempt("WithNew(1)", lambda: WithNew(1))
attempt("WithNew(1).__init__(2)", lambda: WithNew(1).__init__(2))


class B:
    y = 0
    __slots__ = ("z",)


def del_y():
    del B().y


def set_y():
    B().y = 0


def del_x():
    del B().x


def set_x():
    B().x = 0


def del_z():
    del B().z


attempt("del B().y", del_y)
attempt("B().y = 0", set_y)
attempt("del B().x", del_x)
attempt("B().x = 0", set_x)
attempt("del B().z", del_z)


def del_bit_length():
    del (5).bit_length


def del_real():
    del (5).real


attempt("del (5).bit_length", del_bit_length)
attempt("del (5).real", del_real)


class D:
    y = 1


def del_dy():
    del D().y


attempt("del D().y", del_dy)
