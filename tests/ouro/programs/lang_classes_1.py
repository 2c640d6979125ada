# class basics: attributes, __dict__, __module__, __qualname__, __doc__, name mangling
class Account:
    "A bank account."
    bank = "RPy Bank"
    __secret = "class secret"
    def __init__(self, owner):
        self.owner = owner
        self.__pin = 1234
        self._protected = True
    def pin_hint(self):
        return str(self.__pin)[:2] + "**"
    @classmethod
    def secret(cls):
        return cls.__secret
a = Account("ann")
print(Account.__name__, Account.__qualname__, Account.__module__, Account.__doc__, a.bank)
print(sorted(a.__dict__), a._Account__pin, a.pin_hint(), Account.secret(), Account._Account__secret)
print(hasattr(a, "__pin"), hasattr(Account, "__secret"))
class Sub(Account):
    def peek(self):
        try:
            return self.__pin
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Sub("bob").peek())
print(type(a) is Account, a.__class__ is Account, isinstance(a, object), Account.__bases__)
a.__class__ = Sub
print(type(a).__name__, a.peek())
class Empty:
    pass
e = Empty()
e.dynamic = 1
e.__dict__["via_dict"] = 2
print(e.dynamic, e.via_dict, vars(e), Empty.__doc__)
e.__dict__ = {"replaced": True}
print(vars(e), hasattr(e, "dynamic"))
class Outer:
    class Inner:
        class Deepest:
            def m(self):
                pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.m.__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
class WithClassAttrs:
    counter = 0
    items = []
    def __init__(self):
        WithClassAttrs.counter += 1
        self.items.append(self.counter)
WithClassAttrs(); WithClassAttrs()
print(WithClassAttrs.counter, WithClassAttrs.items)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(Account.__dict__["bank"], type(Account.__dict__).__name__, "pin_hint" in Account.__dict__)
try:
    Account.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
