# a metaclass's __prepare__ must return a mapping


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, *args):
        return None


class IntMeta(type):
    def __prepare__(*args):
        return 5


class ListMeta(type):
    def __prepare__(*args):
        return []


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        import collections
        return collections.OrderedDict(kw)


for meta in (BadMeta, IntMeta, ListMeta):
    try:
        class Foo(metaclass=meta):
            x = 1
        print("created", Foo)
    except TypeError as e:
        print("TypeError:", e)


class Good(metaclass=OrderedMeta):
    a = 1


print(Good.a, type(Good.__dict__).__name__)
