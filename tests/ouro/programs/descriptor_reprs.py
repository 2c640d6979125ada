"""The reprs of staticmethod/classmethod objects and the read-only
attributes of property, staticmethod and classmethod."""


class C:
    @staticmethod
    def f():
        return 1

    @classmethod
    def g(cls):
        return cls.__name__

    @property
    def p(self):
        "the p"
        return 2


def strip_address(r):
    return r.split(' at 0x')[0]


print(strip_address(repr(C.__dict__['f'])), strip_address(repr(C.__dict__['g'])))
print(type(C.__dict__['f']).__name__, C.__dict__['f'].__func__ is C.f, C.g(), C().p, C.p.__doc__)
for attr in ['fget', 'fset', 'fdel']:
    try:
        setattr(C.p, attr, None)
    except AttributeError as e:
        print(attr, e)
C.p.__doc__ = 'changed'
print(C.p.__doc__)
for name in ['f', 'g']:
    try:
        C.__dict__[name].__func__ = None
    except AttributeError as e:
        print(name, e)


class MySM(staticmethod):
    pass


class E:
    h = MySM(len)


print(repr(E.__dict__['h']), E.h('abc'))
